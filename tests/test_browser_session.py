"""The joint session app end to end: a real Voilà server on 127.0.0.1, Debian chromium, real files.

A person creates a case, adds resources of all four categories through the form, connects two,
drags one, reloads the page and finds everything again. Hostile labels stay text. Killing the server
mid-session loses nothing that was acknowledged with "Gespeichert" on screen.
"""

from __future__ import annotations

import json
import math
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from beratungskit.demo import demo_case
from beratungskit.store import CaseStore
from tests.servers import node_on_screen, serve_session
from tests.test_browser_map import settled

pytestmark = [pytest.mark.browser, pytest.mark.server]

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
HOSTILE = ["<img src=x onerror=alert(1)>", "</script><script>alert(1)</script>"]


def own_console_errors(watch: Any, refused: list[str]) -> list[str]:
    """Console errors of the app itself.

    Left out only Voilà's kernel shutdown on page unload, which the server refuses with 403
    (DESIGN.md §4) — only as many 403 lines as there were refused requests to ``/voila/api/shutdown/…``.
    """
    kernel_403 = sum(1 for u in refused if "/voila/api/shutdown/" in u)
    out = []
    for error in watch.console_errors:
        if "status of 403" in error and kernel_403 > 0:
            kernel_403 -= 1
            continue
        out.append(error)
    return out


def record_refused(pg: Any) -> list[str]:
    refused: list[str] = []
    pg.on("response", lambda r: r.status == 403 and refused.append(r.url))
    return refused


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    with serve_session(tmp_path) as served:
        yield served


def open_app(pg: Any, url: str) -> None:
    pg.goto(url, wait_until="load", timeout=90_000)
    pg.wait_for_selector(".bk-case-picker", timeout=90_000)


def wait_status(pg: Any, revision: int) -> None:
    pg.wait_for_selector(f".bk-status:has-text('Gespeichert ✓ (Stand {revision})')", timeout=20_000)


def create_case(pg: Any, alias: str) -> None:
    pg.fill(".bk-alias-input input", alias)
    pg.click(".bk-create-case")
    pg.wait_for_selector(".bk-map canvas", timeout=30_000)
    wait_status(pg, 1)


def add_resource(pg: Any, label: str, category: str, revision: int) -> None:
    pg.click(f".bk-category-{category}")
    pg.fill(".bk-label-input input", label)
    pg.click(".bk-save")
    wait_status(pg, revision)


def the_case(store_dir: Path) -> Any:
    (summary,) = CaseStore(store_dir).list()
    return CaseStore(store_dir).load(summary.key)


def wait_until(check: Any, timeout: float = 20.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.2)
    raise AssertionError("the change did not reach the store")


def test_a_whole_session_survives_a_page_reload(page: tuple[Any, Any], served: tuple[str, Path]) -> None:
    pg, watch = page
    refused = record_refused(pg)
    url, store_dir = served
    open_app(pg, url)
    create_case(pg, "Sonnenblume")

    labels = {
        "persoenlich": "Ich koche gern",
        "sozial": "Jana",
        "materiell": "Fahrrad",
        "infrastrukturell": "Buslinie 11",
    }
    for revision, (category, label) in enumerate(labels.items(), start=2):
        add_resource(pg, label, category, revision)
    for revision, label in enumerate(HOSTILE, start=6):
        add_resource(pg, label, "persoenlich", revision)

    # Connect Jana and the bicycle: "Jana hilft mir mit dem Fahrrad".
    pg.click(".bk-side-mode button:has-text('Verbinden')")
    pg.locator(".bk-rel-first select").select_option(label="● Jana")
    pg.locator(".bk-rel-second select").select_option(label="■ Fahrrad")
    pg.click(".bk-rel-direction button:has-text('Jana hilft Fahrrad')")
    pg.click(".bk-rel-save")
    wait_status(pg, 8)

    # Drag the bicycle a little, inside its area and ring: it keeps them, and the spot is saved as a
    # hint where it goes among its neighbours (the layout places every node; nothing is pinned).
    bike = next(r.id for r in the_case(store_dir).resources if r.label == "Fahrrad")
    before = the_case(store_dir).resource(bike)
    assert before.x is None
    x, y = node_on_screen(pg, bike)
    pg.mouse.move(x, y)
    pg.mouse.down()
    pg.mouse.move(x + 6, y + 3, steps=6)
    pg.mouse.move(x + 12, y + 5, steps=6)
    pg.mouse.up()
    moved = wait_until(lambda: (c := the_case(store_dir)) and c.resource(bike).x is not None and c)
    assert (moved.resource(bike).category, moved.resource(bike).closeness) == (
        before.category,
        before.closeness,
    )
    pg.wait_for_timeout(1000)
    pos = pg.evaluate(
        """(id) => window.__beratungskitMaps[window.__beratungskitMaps.length - 1].network.getPosition(id)""",
        bike,
    )

    case = the_case(store_dir)
    assert {r.label: r.category.value for r in case.resources} == {
        **{label: category for category, label in labels.items()},
        **{label: "persoenlich" for label in HOSTILE},
    }
    (rel,) = case.relations
    jana = next(r.id for r in case.resources if r.label == "Jana")
    assert (rel.source, rel.target, rel.direction.value) == (jana, bike, "gibt")

    # The hostile labels are shown as text in "Was wir festhalten" and run nothing.
    pg.click(".bk-tabs .lm-TabBar-tab:has-text('Was wir festhalten')")
    pg.wait_for_selector(".bk-transparency-panel:has-text('Buslinie 11')", timeout=10_000)
    text = pg.locator(".bk-transparency-panel").inner_text()
    assert all(label in text for label in HOSTILE)
    assert pg.locator("img[src='x']").count() == 0

    # Reload the page: the same case comes back with everything, the bicycle where it was dragged
    # (with the picture kept when the page was left, ui/kept_maps.py; where that was not written
    # yet — a reload within a moment of the last edit — the map is laid out afresh: the live map
    # placed the drop into the picture shown, so the fresh packing of its ring may put it a few
    # pixels aside).
    pg.reload(wait_until="load")
    pg.wait_for_selector(".bk-case-picker", timeout=90_000)
    pg.click(".bk-open-case:has-text('Sonnenblume')")
    pg.wait_for_selector(".bk-map canvas", timeout=30_000)
    pg.wait_for_function(
        "(n) => (window.__beratungskitMaps || []).some(m => m.nodes.length === n)",
        arg=len(case.resources) + 1,
        timeout=30_000,
    )
    shown = pg.evaluate(
        """(id) => { const m = window.__beratungskitMaps[window.__beratungskitMaps.length - 1];
                     return {ids: m.nodes.getIds(), pos: m.network.getPosition(id),
                             edges: m.edges.length}; }""",
        bike,
    )
    assert set(shown["ids"]) >= {r.id for r in case.resources}
    assert math.dist((shown["pos"]["x"], shown["pos"]["y"]), (pos["x"], pos["y"])) <= 24
    assert shown["edges"] >= 1

    assert watch.dialogs == []
    assert watch.external == []
    assert own_console_errors(watch, refused) == [] and watch.page_errors == []


def _server_pid(url: str) -> int:
    """The app server serving ``url`` (started by run_voila for this test), found by its port."""
    port = urlparse(url).port
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmd = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"beratungskit.server" in cmd and f"--port={port}".encode() in cmd:
            return int(entry.name)
    raise AssertionError(f"no app server on port {port}")


def test_killing_the_server_loses_no_acknowledged_edit(
    page: tuple[Any, Any], served: tuple[str, Path]
) -> None:
    pg, _watch = page
    url, store_dir = served
    open_app(pg, url)
    create_case(pg, "Kastanie")
    acknowledged = []
    for revision, label in enumerate(["Geduld", "Nachbarin", "Nähmaschine", "Stadtteilbüro"], start=2):
        add_resource(pg, label, "persoenlich", revision)
        acknowledged.append(label)  # "Gespeichert ✓" is on screen now
    pg.fill(".bk-label-input input", "Noch nicht gespeichert")

    pid = _server_pid(url)
    os.killpg(os.getpgid(pid), signal.SIGKILL)  # the server's own group: server and its kernel

    case = the_case(store_dir)
    assert [r.label for r in case.resources] == acknowledged
    assert case.revision == 1 + len(acknowledged)
    json.loads(CaseStore(store_dir).path_for(case.key).read_text(encoding="utf-8"))  # whole, not torn


#: Every box of the shown map lies inside the map's canvas (the whole map in view).
ALL_INSIDE = """() => { const m = window.__beratungskitMaps[window.__beratungskitMaps.length - 1];
  const c = m.el.querySelector('.bk-map-canvas');
  return m.nodes.getIds().every(id => { const b = m.network.getBoundingBox(id);
    const a = m.network.canvasToDOM({x: b.left, y: b.top});
    const z = m.network.canvasToDOM({x: b.right, y: b.bottom});
    return a.x >= 0 && a.y >= 0 && z.x <= c.clientWidth && z.y <= c.clientHeight; }); }"""

LABEL_PX = """() => { const m = window.__beratungskitMaps[window.__beratungskitMaps.length - 1];
                      return m.network.getScale() * m.network.body.nodes['r1'].options.font.size; }"""


def open_demo_map(pg: Any, url: str, store_dir: Path) -> None:
    """The demo case „Mira K.“ saved, opened, and its live map drawn with every resource."""
    CaseStore(store_dir).save(demo_case())
    open_app(pg, url)
    pg.click(".bk-open-case:has-text('Mira')")
    pg.wait_for_function(
        "(n) => (window.__beratungskitMaps || []).some(m => m.nodes.length === n)",
        arg=len(demo_case().resources) + 1,
        timeout=30_000,
    )


def test_demo_map_labels_are_readable_on_a_1280_screen(
    page: tuple[Any, Any], served: tuple[str, Path]
) -> None:
    """Walkthrough: fitted whole, the demo map's labels were ~9.5 px on screen; an eLb must read them."""
    pg, _watch = page
    url, store_dir = served
    open_demo_map(pg, url, store_dir)
    pg.wait_for_timeout(500)  # the first fit happens when the map box gets its size
    assert pg.viewport_size == {"width": 1280, "height": 800}
    # The form folds away and gives the map the width: the whole map, labels ≥ 13 px.
    pg.click(".bk-map-tool-fold")
    pg.wait_for_timeout(2500)  # the browser reports the new size, Python lays the map out for it
    assert pg.evaluate(LABEL_PX) >= 13
    # The eLb stays near the middle of the map box (rings are as thick as each side needs).
    x, y = node_on_screen(pg, "elb")
    box = pg.locator(".bk-map-canvas").bounding_box()
    assert abs(x - (box["x"] + box["width"] / 2)) < box["width"] / 4
    assert abs(y - (box["y"] + box["height"] / 2)) < box["height"] / 4
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / "map_labels_after.png"))

    # Zoomed in by hand, "Ganze Karte" (on the map, only while the whole map is not in view) shows
    # every node inside the map box again.
    assert pg.locator(".bk-map-back").is_hidden()
    pg.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    pg.mouse.wheel(0, -600)
    pg.locator(".bk-map-back").wait_for(state="visible", timeout=10_000)
    pg.click(".bk-map-back")
    pg.wait_for_timeout(300)
    assert pg.locator(".bk-map-back").is_hidden()
    assert pg.evaluate(ALL_INSIDE)


def test_the_button_row_under_the_map_has_no_whole_map_button_while_it_is_whole(
    page: tuple[Any, Any], served: tuple[str, Path]
) -> None:
    """On a window narrower than 1100 px the map's button row stands under the map. It carried
    „Ganze Karte zeigen“ always, also with the whole map in view (in Russian at 1280×800 with the
    form open the row became two lines high: each line less map). Now the map's own „◀ Ganze Karte“
    comes, as beside the tabs, only once the map was zoomed or moved by hand, and brings it back."""
    pg, _watch = page
    url, store_dir = served
    pg.set_viewport_size({"width": 1024, "height": 768})
    open_demo_map(pg, url, store_dir)
    # The layout for the canvas's shape comes from the kernel after the map's first drawing, and every
    # new layout fits the whole map again (it hides „◀ Ganze Karte“): under load it came after the
    # zoom below (CI, once in three runs). Zoom only once the map has its layout.
    settled(pg)
    tools = pg.locator(".bk-map-tools:visible")
    assert "bk-map-tools-docked" not in (tools.get_attribute("class") or "")  # under the map
    assert tools.locator("button:has-text('Ganze Karte')").count() == 0
    back = pg.locator(".bk-map-back")
    assert back.is_hidden()
    box = pg.locator(".bk-map-canvas").bounding_box()
    pg.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    pg.mouse.wheel(0, -600)
    back.wait_for(state="visible", timeout=10_000)
    back.click()
    back.wait_for(state="hidden", timeout=10_000)
    assert pg.evaluate(ALL_INSIDE)


def test_a_working_session_logs_no_console_error(page: tuple[Any, Any], served: tuple[str, Path]) -> None:
    """Issue 15: the browser logged "widget model not found" about 20 times per session.

    Adding, moving, undoing, switching every tab and section, opening another case and coming
    back: no console error at all (a widget closed while the browser still shows it, or one a
    message still refers to, shows up here).
    """
    pg, watch = page
    refused = record_refused(pg)
    url, store_dir = served
    CaseStore(store_dir).save(demo_case())
    open_app(pg, url)
    create_case(pg, "Sonnenblume")
    for revision, label in enumerate(["Fahrrad", "Jana", "Buslinie 11"], start=2):
        add_resource(pg, label, "materiell", revision)
    store = CaseStore(store_dir)
    case = store.load(next(s.key for s in store.list() if s.alias == "Sonnenblume"))
    bike = next(r.id for r in case.resources if r.label == "Fahrrad")
    x, y = node_on_screen(pg, bike)
    pg.mouse.move(x, y)
    pg.mouse.down()
    pg.mouse.move(x + 40, y + 30, steps=10)
    pg.mouse.up()
    wait_status(pg, 5)
    pg.click(".bk-undo")
    pg.wait_for_selector(".bk-status:has-text('Stand 6')", timeout=20_000)
    pg.click(".bk-undo")
    pg.wait_for_selector(".bk-status:has-text('Stand 7')", timeout=20_000)
    for mode in ("Verbinden", "Angebote", "Neu"):
        pg.click(f".bk-side-mode button:has-text('{mode}')")
        pg.wait_for_timeout(300)

    tabs = ["Was wir festhalten", "Wille & Ziele", "Was hat sich verändert?", "Unsere Karte", "Wille & Ziele"]
    for tab in tabs:
        pg.click(f".bk-tabs .lm-TabBar-tab:has-text('{tab}')")
        pg.wait_for_timeout(500)
    pg.fill(".bk-will-input textarea", "Ich will wieder Rad fahren.")
    pg.click(".bk-will-add")
    wait_status(pg, 8)
    for name in ("Ziele", "Schritte", "Andere Stellen", "Plan", "Wille"):
        pg.click(f".bk-sections button:has-text('{name}')")
        pg.wait_for_timeout(300)
    pg.click(".bk-undo")
    pg.wait_for_selector(".bk-status:has-text('Stand 9')", timeout=20_000)
    assert pg.locator(".bk-will-item").count() == 0

    # Another case and back: the view left behind is closed only once the browser dropped it.
    for alias in ("Mira", "Sonnenblume"):
        pg.click(".bk-other-case")
        pg.wait_for_selector(".bk-case-picker", timeout=30_000)
        pg.click(f".bk-open-case:has-text('{alias}')")
        pg.wait_for_selector(".bk-map canvas", timeout=30_000)
        pg.click(".bk-tabs .lm-TabBar-tab:has-text('Wille & Ziele')")
        pg.wait_for_selector(".bk-goals .bk-map canvas", timeout=30_000)
        pg.click(".bk-tabs .lm-TabBar-tab:has-text('Unsere Karte')")
    add_resource(pg, "Nähmaschine", "materiell", 10)
    pg.wait_for_timeout(1000)  # late messages would still log their errors

    assert watch.page_errors == []
    assert own_console_errors(watch, refused) == []


COUNT_RECEIVED = """(() => {
  window.__received = 0;
  const Socket = window.WebSocket;
  window.WebSocket = function (...args) {
    const ws = new Socket(...args);
    ws.addEventListener("message", (e) => {
      const d = e.data;
      window.__received += (d && (d.byteLength || d.size || d.length)) || 0;
    });
    return ws;
  };
  window.WebSocket.prototype = Socket.prototype;
  Object.assign(window.WebSocket, Socket);
})();"""


def test_the_map_bundle_arrives_while_the_case_list_is_shown(
    page: tuple[Any, Any], served: tuple[str, Path]
) -> None:
    """Issue 15: the first click on a case waited for the ~700 KB vis-network bundle; now it is on
    its way as soon as the case list is drawn, before any click."""
    pg, watch = page
    url, store_dir = served
    CaseStore(store_dir).save(demo_case())
    pg.add_init_script(COUNT_RECEIVED)
    open_app(pg, url)
    pg.wait_for_function("() => window.__received > 400000", timeout=60_000)  # no click yet
    pg.click(".bk-open-case:has-text('Mira')")
    pg.wait_for_function(
        "(n) => (window.__beratungskitMaps || []).some(m => m.nodes.length === n)",
        arg=len(demo_case().resources) + 1,
        timeout=30_000,
    )
    assert watch.page_errors == []


MAP_POSITIONS = """() => { const maps = window.__beratungskitMaps;
                          return maps[maps.length - 1].network.getPositions(); }"""


def test_several_undos_and_a_redo_say_what_and_bring_back_the_map(
    page: tuple[Any, Any], served: tuple[str, Path]
) -> None:
    """New-user trial (session 16): the IFK and the eLb step back two edits and forward again. Each
    step says what it takes back, is saved like any edit, and the map shows the earlier picture."""
    pg, watch = page
    url, store_dir = served
    CaseStore(store_dir).save(demo_case())
    open_app(pg, url)
    pg.click(".bk-open-case:has-text('Mira')")
    pg.wait_for_selector(".bk-map canvas", timeout=30_000)
    wait_status(pg, 1)

    def settled() -> dict[str, Any]:
        """The map's positions once the page stands still: the same positions and the same fold state
        twice in a row, 0.7 s apart (after „Festhalten“ the form may fold, and the map is laid out for
        the new width a moment later; a loaded machine takes longer than any fixed wait)."""
        last: tuple[Any, ...] = ()
        for _ in range(60):
            pg.wait_for_timeout(700)
            now = (pg.locator(".bk-resource-form").is_visible(), pg.evaluate(MAP_POSITIONS))
            if now == last:
                return dict(now[1])
            last = now
        raise AssertionError("the map did not settle within 42 s")

    def fold(form_shown: bool) -> None:
        """The form beside the map shown or folded away, and waited for (a click and its answer from
        the kernel take a moment: a second look before it came clicked twice)."""
        settled()
        if pg.locator(".bk-resource-form").is_visible() != form_shown:
            pg.click(".bk-map-tool-fold")
        pg.wait_for_selector(".bk-resource-form", state="visible" if form_shown else "hidden", timeout=20_000)

    def map_alone() -> dict[str, Any]:
        """The map's positions with the form folded away: the same canvas each time (at 1280×800 the
        form folds after „Festhalten“ where the map beside it would read too small, and a map of
        another shape is another picture)."""
        fold(False)
        return settled()

    before = map_alone()
    assert pg.locator(".bk-redo").is_visible() and pg.locator(".bk-redo").is_disabled()
    for revision, label in enumerate(["Nähmaschine", "Nachbarin Jana"], start=2):
        fold(True)  # the form again, to add
        pg.fill(".bk-label-input input", label)
        pg.press(".bk-label-input input", "Enter")
        wait_status(pg, revision)
    # the status can show the new revision a moment before the undo button's title follows
    undo, want = pg.locator(".bk-undo"), "Rückgängig: „Nachbarin Jana“ festgehalten."
    deadline = time.monotonic() + 20
    while undo.get_attribute("title") != want and time.monotonic() < deadline:
        pg.wait_for_timeout(100)
    assert undo.get_attribute("title") == want
    for revision, label in [(4, "Nachbarin Jana"), (5, "Nähmaschine")]:
        pg.click(".bk-undo")
        status = pg.locator(f".bk-status:has-text('Gespeichert ✓ (Stand {revision})')")
        status.wait_for(timeout=20_000)
        assert status.text_content().endswith(f" – Rückgängig gemacht: „{label}“ festgehalten."), label
    assert [r.label for r in the_case(store_dir).resources] == [r.label for r in demo_case().resources]
    after = map_alone()
    assert set(after) == set(before)
    for node, spot in before.items():  # the earlier picture again: every box where it stood
        assert abs(after[node]["x"] - spot["x"]) <= 1 and abs(after[node]["y"] - spot["y"]) <= 1, node
    assert pg.locator(".bk-redo").get_attribute("title") == "Wiederholen: „Nähmaschine“ festgehalten."
    pg.click(".bk-redo")
    wait_status(pg, 6)
    assert pg.locator(".bk-status").text_content().endswith(" – Wiederholt: „Nähmaschine“ festgehalten.")
    assert "Nähmaschine" in [r.label for r in the_case(store_dir).resources]
    assert CaseStore(store_dir).revisions(demo_case().key) == list(range(1, 7))
    assert watch.page_errors == []
