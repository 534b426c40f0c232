"""The case picker: open, create under a nickname, unreadable files shown and left untouched."""

from __future__ import annotations

from pathlib import Path

from beratungskit.demo import demo_case
from beratungskit.model import Case
from beratungskit.store import CaseStore
from beratungskit.ui.case_picker import CasePicker


def test_lists_cases_with_alias_and_date(store_dir: Path) -> None:
    store = CaseStore(store_dir)
    store.save(demo_case())
    opened: list[Case] = []
    picker = CasePicker(store, opened.append)
    button = picker.case_buttons["demo-mira"]
    assert "Mira K." in button.description and "zuletzt geändert am" in button.description
    button.click()
    assert opened[0].key == "demo-mira" and len(opened[0].resources) == 16


def test_new_case_asks_for_nickname_only(store_dir: Path) -> None:
    store = CaseStore(store_dir)
    opened: list[Case] = []
    picker = CasePicker(store, opened.append)
    texts = " ".join(getattr(w, "value", "") for w in picker.widget.children[1].children)
    assert "Ein Spitzname oder Kürzel genügt" in texts
    picker.create_button.click()
    assert opened == [] and picker.error.value  # empty nickname: explained
    picker.alias.value = "Sonnenblume"
    picker.create_button.click()
    assert opened[0].alias == "Sonnenblume"
    assert [s.alias for s in store.list()] == ["Sonnenblume"]
    # Enter in the name field creates the case as the button does (it did nothing, trial 16)
    picker.alias.value = "Linde"
    picker.alias._handle_custom_msg({"event": "submit"}, [])  # type: ignore[attr-defined]
    assert [case.alias for case in opened] == ["Sonnenblume", "Linde"]


def test_unreadable_file_is_a_calm_notice_and_untouched(store_dir: Path) -> None:
    store = CaseStore(store_dir)
    store.save(demo_case())
    broken = store_dir / "kaputt.json"
    broken.write_bytes(b'{"schema_version": 2, "key": "kaputt", ')
    picker = CasePicker(store, lambda case: None)
    notice = " ".join(getattr(w, "value", "") for box in picker.problems_box.children for w in box.children)
    assert "kaputt.json" in notice
    assert broken.read_bytes() == b'{"schema_version": 2, "key": "kaputt", '
    assert list(picker.case_buttons) == ["demo-mira"]
