"""The composed app without a browser: picker → session view, status line, stale banner, tabs."""

from __future__ import annotations

import json
from pathlib import Path

import ipywidgets as widgets
import nbformat
import pytest

from beratungskit.model import ELB_ID, Category
from beratungskit.resources import notebooks_dir
from beratungskit.store import CaseStore
from beratungskit.ui.app import SessionApp, session_app


@pytest.fixture
def app(store_dir: Path) -> SessionApp:
    app = SessionApp(CaseStore(store_dir))
    app.picker.alias.value = "Sonnenblume"
    app.picker.create_button.click()
    return app


def stored(app: SessionApp) -> dict:
    assert app.session is not None
    return json.loads(app.store.path_for(app.session.case.key).read_text(encoding="utf-8"))


def test_status_line_after_every_change(app: SessionApp) -> None:
    assert app.status.value == "Gespeichert ✓ (Stand 1)"
    app.resource_form.label.value = "Fahrrad"
    app.resource_form.save_button.click()
    assert app.status.value.endswith("Gespeichert ✓ (Stand 2)")
    assert stored(app)["revision"] == 2
    app.undo_button.click()
    assert "Stand 3" in app.status.value
    assert stored(app)["resources"] == []


def test_question_card_presets_the_form(app: SessionApp) -> None:
    app.cards.deck_buttons[Category.MATERIELL].click()
    assert app.resource_form.categories.value == Category.MATERIELL
    app.resource_form.label.value = "Fahrrad"
    app.resource_form.save_button.click()
    assert stored(app)["resources"][0]["category"] == "materiell"


def test_map_select_and_move(app: SessionApp) -> None:
    app.resource_form.label.value = "Fahrrad"
    app.resource_form.save_button.click()
    rid = stored(app)["resources"][0]["id"]
    app._selected(rid)  # what a click in the map triggers
    assert app.resource_form.editing == rid
    app._moved(rid, 120.0, -40.0)  # what a drag in the map triggers
    res = stored(app)["resources"][0]
    assert (res["x"], res["y"]) == (120.0, -40.0)
    app.side_mode.value = "connect"
    app._selected(ELB_ID)
    app._selected(rid)
    assert (app.relation_form.first.value, app.relation_form.second.value) == (ELB_ID, rid)


def test_stale_file_shows_message_keeps_input_and_reloads(app: SessionApp) -> None:
    assert app.session is not None
    other = app.store.load(app.session.case.key)
    other.add_resource("Nachbarin")
    app.store.save(other)
    app.resource_form.label.value = "Fahrrad"
    app.resource_form.save_button.click()
    assert app.stale_box.layout.display != "none"
    assert app.resource_form.label.value == "Fahrrad"
    app.reload_button.click()
    assert app.stale_box.layout.display == "none"
    app.resource_form.save_button.click()
    assert [r["label"] for r in stored(app)["resources"]] == ["Nachbarin", "Fahrrad"]


def test_tabs_and_a_place_for_more(app: SessionApp) -> None:
    assert list(app.tabs.titles) == ["Unsere Karte", "Was wir festhalten"]
    app.add_tab("Wille & Ziele", lambda session, feedback: widgets.Label(session.case.alias))
    assert app.tabs.titles[-1] == "Wille & Ziele"
    app.other_button.click()
    app.picker.refresh()
    next(iter(app.picker.case_buttons.values())).click()
    assert app.tabs.titles[-1] == "Wille & Ziele"  # every case opened later gets it too


def test_session_app_uses_the_env_store(store_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BERATUNGSKIT_STORE", str(store_dir))
    widget = session_app()
    assert "bk-app" in widget._dom_classes


def test_notebook_is_committed_without_outputs_or_widget_state() -> None:
    path = notebooks_dir() / "01_gemeinsame_sitzung.ipynb"
    nb = nbformat.read(path, as_version=4)
    assert "widgets" not in nb.metadata
    assert all(
        not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code"
    )
    assert "session_app()" in "".join(c.source for c in nb.cells)


def test_transparency_tab_is_current_when_shown(app: SessionApp) -> None:
    app.resource_form.label.value = "Fahrrad"
    app.resource_form.save_button.click()
    app.tabs.selected_index = 1
    assert "Fahrrad" in app.transparency.html.value
    app.tabs.selected_index = 0
    app.resource_form.label.value = "Kita"
    app.resource_form.save_button.click()
    app.tabs.selected_index = 1
    assert "Kita" in app.transparency.html.value
