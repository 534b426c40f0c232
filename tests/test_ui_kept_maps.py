"""A case opens with the picture its map was left with — laid out once, not searched at every opening.

Each app here is a new page's kernel (the layout's memory cleared): only what the store keeps
carries over. Structural, not timed: the times are in ``benchmarks/bench_app.py``.
"""

from __future__ import annotations

import json
import stat
import threading
import time
from pathlib import Path

import pytest

from beratungskit.analysis import layout as layout_module
from beratungskit.model import Category
from beratungskit.store import CaseStore
from beratungskit.ui import kept_maps
from beratungskit.ui.app import SessionApp
from tests.mapcases import map_case


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The resources of each case laid out by a search of the shapes (the expensive part; the eLb
    alone, shown while a case opens, left out)."""
    found: list[int] = []
    real = layout_module._best_packing

    def noting(case, *args, **kwargs):  # type: ignore[no-untyped-def]
        if case.resources:
            found.append(len(case.resources))
        return real(case, *args, **kwargs)

    monkeypatch.setattr(layout_module, "_best_packing", noting)
    return found


def page(store: CaseStore, key: str) -> SessionApp:
    """A new page: a new kernel (nothing of the last one in memory) opens the case at 1280×800."""
    layout_module._CACHE.clear()
    app = SessionApp(store)
    app.screen_size = (1280, 800)
    app.page_shown()
    app.picker.open(key)
    return app


def test_a_case_opens_with_the_picture_it_was_left_with(store_dir: Path, searches: list[int]) -> None:
    store = CaseStore(store_dir)
    case = map_case(40)
    store.save(case)
    first = page(store, case.key)
    # the first time it is searched for (with the shapes 5 % narrower and wider where an area title
    # stands beside the rings: layout.NEARBY_SHAPES, for German maps too since session 16)
    assert searches and set(searches) == {40} and len(searches) <= 1 + len(layout_module.NEARBY_SHAPES)
    # an edit: the box dropped a little aside, and one moved a ring further out
    rid = first.session.case.resources[7].id  # type: ignore[union-attr]
    x, y = first.map.placed.positions[rid]
    first.map._handle_message(first.map, {"type": "moved", "positions": {rid: [x + 3.0, y + 2.0]}})
    first.map_tab.map_moves.set_closeness(first.session.case.resources[2].id, 3)  # type: ignore[union-attr]
    left = first.map.placed
    first.map.keeper.flush()  # a moment after the last edit
    searches.clear()

    second = page(store, case.key)
    assert searches == []  # no search: the picture kept …
    assert second.map.placed == left  # … is the one it was left with
    assert {n["id"]: (n["x"], n["y"]) for n in second.map.nodes} == {
        n["id"]: (n["x"], n["y"]) for n in first.map.nodes
    }
    assert second.map.background == first.map.background
    # the next edit starts from it like from any picture shown
    second.map_tab.map_moves.set_closeness(second.session.case.resources[5].id, 1)  # type: ignore[union-attr]
    assert searches == [] and len(second.map.nodes) == 41


def test_a_case_changed_elsewhere_is_laid_out_afresh(store_dir: Path, searches: list[int]) -> None:
    store = CaseStore(store_dir)
    case = map_case(40)
    store.save(case)
    page(store, case.key)
    elsewhere = store.load(case.key)
    elsewhere.add_resource("Nachbarin mit Auto", category=Category.SOZIAL)
    store.save(elsewhere)
    searches.clear()
    app = page(store, case.key)
    assert searches and set(searches) == {41}  # (beside the form, then the whole width)
    assert len(app.map.nodes) == 42 and any(n["label"].startswith("Nachbarin") for n in app.map.nodes)


def test_the_kept_pictures_are_private_and_hold_no_label(store_dir: Path) -> None:
    store = CaseStore(store_dir)
    case = map_case(15)
    store.save(case)
    page(store, case.key)
    folder = store_dir / kept_maps.KEPT_DIR
    (kept,) = folder.iterdir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700 and stat.S_IMODE(kept.stat().st_mode) == 0o600
    text = kept.read_text(encoding="utf-8")
    assert not [r.label for r in case.resources if r.label in text] and case.alias not in text
    assert [s.key for s in store.list()] == [case.key] and store.problems() == []  # never a case


@pytest.mark.parametrize("kept", [b"", b"{nicht json", b'{"version": 1}', b"[]" * 5, None])
def test_a_damaged_kept_picture_is_passed_over(
    store_dir: Path, searches: list[int], kept: bytes | None
) -> None:
    store = CaseStore(store_dir)
    case = map_case(15)
    store.save(case)
    path = store_dir / kept_maps.KEPT_DIR / f"{case.key}.json"
    path.parent.mkdir(mode=0o700)
    if kept is None:  # not a file at all
        path.mkdir()
    else:
        path.write_bytes(kept)
    app = page(store, case.key)
    assert searches and len(app.map.nodes) == 16
    if kept is not None:  # laid out afresh, and kept again
        assert json.loads(path.read_bytes())["content"]


def test_an_edit_writes_its_picture_a_moment_later_and_only_once(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Edits in a row cost nothing more: their picture is written once, after the last (the moment
    made long here: a loaded machine must not write between two edits)."""
    store = CaseStore(store_dir)
    case = map_case(15)
    store.save(case)
    app = page(store, case.key)
    monkeypatch.setattr(kept_maps, "WRITE_AFTER", 600.0)
    written: list[Path] = []
    real = kept_maps.atomic_write

    def noting_write(path: Path, data: bytes, **kwargs: object) -> object:
        if path.parent == store_dir / kept_maps.KEPT_DIR:  # (not another test's timer)
            written.append(path)
        return real(path, data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kept_maps, "atomic_write", noting_write)
    moves = app.map_tab.map_moves
    for rid in [r.id for r in app.session.case.resources[:3]]:  # type: ignore[union-attr]
        moves.set_closeness(rid, 3)
    assert written == []
    app.map.keeper.flush()
    assert [p.name for p in written] == [f"{case.key}.json"]


def test_edits_start_no_thread_and_the_picture_is_written_by_itself(
    store_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit only notes when its picture is due: starting a thread per edit blocked a loaded kernel
    for up to ~20 ms. The one writer thread writes it a moment later without anybody calling flush."""
    keeper = kept_maps.MapKeeper(store_dir)
    case = map_case(5)
    object.__setattr__(case, "revision", 2)
    shown = layout_module.compute_layout(case, 1.8)
    keeper.keep(case, shown)  # the writer thread may start here, once per kernel
    started: list[str] = []
    real_start = threading.Thread.start

    def noting_start(thread: threading.Thread) -> None:
        started.append(thread.name)
        real_start(thread)

    monkeypatch.setattr(threading.Thread, "start", noting_start)
    monkeypatch.setattr(kept_maps, "WRITE_AFTER", 0.05)
    for _ in range(20):
        keeper.keep(case, shown)
    assert started == []
    path = store_dir / kept_maps.KEPT_DIR / f"{case.key}.json"
    deadline = time.monotonic() + 30
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert path.exists()
    assert keeper.picture(case, 1.8) == shown


def test_a_store_that_is_gone_gets_no_picture_folder(store_dir: Path) -> None:
    keeper = kept_maps.MapKeeper(store_dir / "weg")
    case = map_case(5)
    object.__setattr__(case, "revision", 2)
    keeper.keep(case, layout_module.compute_layout(case, 1.8), now=True)
    assert not (store_dir / "weg").exists()
