"""The Ressourcenkarte in the session app as a person sees it (issue 10), in Debian chromium.

One Voilà server and one page go through the cases of 15, 40 and 60 resources (realistic, long,
Arabic and emoji labels) at 1280×800 and 1920×1080, in "Unsere Karte" and in "Wille & Ziele", as the
page shows them when the case opens (on the narrow screen the form, or the goal work, has folded away
by itself where the map beside it would be too small), and after a resource was added with the form,
and measure from vis-network's own positions and bounding boxes: every node and its whole label inside
the visible canvas, the smallest label on screen, overlaps, lines through labels, the focus view of
each area. Then a drag across a ring line changes the closeness in the case file and "Rückgängig"
restores it, and in "Wille & Ziele" the highlighted resources keep their category colours, node by
node.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from beratungskit.render.style import CATEGORY_STYLE, ELB_STYLE
from beratungskit.render.visdata import _tint
from beratungskit.store import CaseStore
from beratungskit.ui.map_tab import AROUND_MAP, canvas_guess
from beratungskit.ui.mapwidget import readable_px
from tests.mapcases import map_case
from tests.servers import node_on_screen, serve_session, show_goal_work

pytestmark = [pytest.mark.browser, pytest.mark.server]

SIZES = {"1280x800": (1280, 800), "1920x1080": (1920, 1080)}
#: Smallest label on screen (CSS px) the whole map must show, as the issue asks: 14 px up to 40
#: resources, 12 px at 60 — on the page itself as it opens, at 1280×800 and 1920×1080, in both
#: tabs, and in "Karte groß" (the map alone over the whole window, one tap from the page).
OVERVIEW_PX = {15: 14.0, 40: 14.0, 60: 12.0}
FOCUS_PX = 14.0
SHOTS = os.environ.get("BERATUNGSKIT_SCREENSHOTS")

# Everything measured in the page, from vis-network itself: bounding boxes (label and frame) in
# canvas coordinates, turned into CSS pixels of the canvas with canvasToDOM; lines as vis draws them
# (straight, or the quadratic curve through vis's own control point).
MEASURE = """(category) => {
  const maps = window.__beratungskitMaps; const m = maps[maps.length - 1];
  const net = m.network; const rect = m.el.querySelector('.bk-map-canvas').getBoundingClientRect();
  const boxes = {};
  let smallest = Infinity, outside = [];
  for (const id of m.nodes.getIds()) {
    const item = m.nodes.get(id);
    if (category && item.category !== category) continue;
    const bb = net.getBoundingBox(id);
    const a = net.canvasToDOM({x: bb.left, y: bb.top});
    const b = net.canvasToDOM({x: bb.right, y: bb.bottom});
    boxes[id] = [bb.left, bb.top, bb.right, bb.bottom];
    if (a.x < -0.5 || a.y < -0.5 || b.x > rect.width + 0.5 || b.y > rect.height + 0.5) outside.push(id);
    const size = (item.font && item.font.size) || net.body.nodes[id].options.font.size;
    smallest = Math.min(smallest, size * net.getScale());
  }
  const lines = [];
  for (const id of m.edges.getIds()) {
    const edge = net.body.edges[id];
    const from = net.getPosition(edge.fromId), to = net.getPosition(edge.toId);
    let via = null;
    if (edge.options.smooth && edge.options.smooth.enabled) via = edge.edgeType._getViaCoordinates();
    const pts = [];
    for (let k = 0; k <= 48; k++) {
      const u = k / 48;
      if (!via) pts.push([from.x + (to.x - from.x) * u, from.y + (to.y - from.y) * u]);
      else pts.push([(1-u)*(1-u)*from.x + 2*u*(1-u)*via.x + u*u*to.x,
                     (1-u)*(1-u)*from.y + 2*u*(1-u)*via.y + u*u*to.y]);
    }
    lines.push([id, edge.fromId, edge.toId, pts]);
  }
  return {smallest, outside, boxes, lines, focus: m.focus, scale: net.getScale(),
          canvas: [rect.left, rect.top, rect.width, rect.height], viewport: [innerWidth, innerHeight]};
}"""


def overlaps(boxes: dict[str, list[float]]) -> list[tuple[str, str]]:
    items = sorted(boxes.items(), key=lambda kv: kv[1][0])
    out = []
    for i, (a, (ax0, ay0, ax1, ay1)) in enumerate(items):
        for b, (bx0, by0, bx1, by1) in items[i + 1 :]:
            if bx0 >= ax1:
                break
            if ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1:
                out.append((a, b))
    return out


def segment_hits(ax: float, ay: float, bx: float, by: float, box: list[float]) -> bool:
    x0, y0, x1, y1 = box
    dx, dy = bx - ax, by - ay
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)):
        if p == 0:
            if q < 0:
                return False
            continue
        r = q / p
        if p < 0:
            t0 = max(t0, r)
        else:
            t1 = min(t1, r)
        if t0 >= t1:
            return False
    return True


def lines_through_labels(measured: dict[str, Any]) -> list[tuple[str, str]]:
    hits = []
    for edge_id, source, target, points in measured["lines"]:
        for node_id, box in measured["boxes"].items():
            if node_id in (source, target):
                continue
            if any(segment_hits(*a, *b, box) for a, b in itertools.pairwise(points)):
                hits.append((edge_id, node_id))
    return hits


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, list[str]]]:
    with serve_session(tmp_path_factory.mktemp("karte"), [map_case(n) for n in (15, 40, 60)]) as (url, store):
        keys = [summary.key for summary in CaseStore(store).list()]  # the order of the case picker's buttons
        yield url, store, keys


def open_case(pg: Any, folder: Path, key: str) -> None:
    """Open the case ``key`` by its button. The picker lists cases newest first, so the order is read
    from the store now: a case saved by an earlier test has moved up (every case here is called
    "Sonnenblume", so the button's text does not tell them apart)."""
    keys = [summary.key for summary in CaseStore(folder).list()]
    pg.wait_for_selector(".bk-open-case", timeout=90_000)
    pg.locator(".bk-open-case").nth(keys.index(key)).click()
    pg.wait_for_selector(".bk-map canvas", timeout=60_000)


def settled(pg: Any, count: int | None = None) -> None:
    """Wait until the map has the layout for its canvas (the browser reported its size, Python laid
    the map out again and the view fitted it) and the page stopped scrolling; with ``count``, until
    the map shows that many boxes, too (under load the case's boxes came after a map with the eLb
    alone had stood still for a second: a fresh clone's whole suite, once)."""
    pg.wait_for_timeout(800)
    if count is not None:
        pg.wait_for_function(
            "(n) => { const ms = window.__beratungskitMaps || [];"
            " return ms.length > 0 && ms[ms.length - 1].nodes.length === n; }",
            arg=count,
            timeout=60_000,
        )
    last, same = None, 0
    for _ in range(60):
        # the layout itself (its extent), not only the zoom: under load the kernel's new layout for
        # the canvas may come a second or two after the view fitted the old one
        now = pg.evaluate(
            """() => { const m = window.__beratungskitMaps[window.__beratungskitMaps.length - 1];
                       const bg = m.background() || {};
                       const top = m.el.getBoundingClientRect().top;  // the page's scroll too
                       return JSON.stringify([m.network.getScale(), m.nodes.length, bg.extent, top]); }"""
        )
        same = same + 1 if now == last else 0
        if same >= 2:  # unchanged for a second
            return
        last = now
        pg.wait_for_timeout(500)


def fold_form(pg: Any) -> None:
    button = pg.locator(".bk-map-tool-fold")
    if "ausblenden" in button.inner_text():
        button.click()
    settled(pg)


def test_the_whole_map_is_readable_at_both_screen_sizes(
    page: tuple[Any, Any], served: tuple[str, Path, list[str]]
) -> None:
    pg, watch = page
    url, store_dir, _keys = served
    pg.goto(url, wait_until="load", timeout=90_000)
    report = {}
    for size, (width, height) in SIZES.items():
        pg.set_viewport_size({"width": width, "height": height})
        pg.goto(url, wait_until="load", timeout=90_000)  # the page learns the window's size
        for n in (15, 40, 60):
            # as the page shows the case when it opens: nothing folded or tapped by the test
            open_case(pg, store_dir, f"karte-{n}")
            settled(pg, n + 1)
            folded = pg.locator(".bk-side").first.is_hidden()
            # narrow, the form gives the map the width where the map beside it is too small
            assert folded == (size == "1280x800"), (n, size)
            # laid out for the canvas it is shown on at once, not again when the browser reports it:
            # folded for the whole width; the page's first case (nothing drawn yet) beside the form
            _left, _top, w, h = pg.evaluate(MEASURE, None)["canvas"]
            if folded or n == 15:
                gw, gh = (
                    (width - AROUND_MAP[1], height - AROUND_MAP[0])
                    if folded
                    else canvas_guess((width, height))
                )
                assert abs(w / h - gw / gh) / (gw / gh) <= 0.04, (n, size, w, h)
            report[f"{n}@{size}"] = check_whole_map(pg, n, size, OVERVIEW_PX[n])
            if SHOTS:
                pg.screenshot(path=str(Path(SHOTS) / f"map-{n}-{size}.png"))
            if size == "1280x800":
                report[f"{n}@{size} groß"] = big_map(pg, n, size)
            elif n == 60:
                focus_view(pg, size)
            # "Wille & Ziele": the same map, as readable (the goal work folds away where needed)
            pg.click(".bk-tabs .lm-TabBar-tab:has-text('Wille & Ziele')")
            pg.wait_for_selector(".bk-map-tool-fold-goals", timeout=60_000)
            settled(pg, n + 1)
            report[f"{n}@{size} Ziele"] = check_whole_map(pg, n, size, OVERVIEW_PX[n])
            if SHOTS:
                pg.screenshot(path=str(Path(SHOTS) / f"map-{n}-{size}-goals.png"))
            pg.click("button:has-text('Anderen Fall öffnen')")
    print("smallest label on screen (px):", json.dumps(report))
    assert watch.external == [] and watch.page_errors == []


def check_whole_map(pg: Any, n: int, size: str, wanted: float) -> float:
    """Every node and label inside the visible canvas, the canvas inside the window, no overlaps, no
    line through a label, the smallest label at least ``wanted`` px; returns the smallest."""
    width, height = SIZES[size]
    measured = pg.evaluate(MEASURE, None)
    assert measured["outside"] == [], (n, size)
    left, top, w, h = measured["canvas"]
    assert top >= 0 and left >= 0 and top + h <= height and left + w <= width, (n, size)  # on screen
    assert len(measured["boxes"]) == n + 1
    assert overlaps(measured["boxes"]) == [], (n, size)
    assert lines_through_labels(measured) == [], (n, size)
    assert measured["smallest"] >= wanted, (n, size, measured["smallest"])
    return round(float(measured["smallest"]), 1)


def big_map(pg: Any, n: int, size: str) -> float:
    """ "Karte groß": the map alone fills the window (labels as the issue asks), Esc brings the page
    back with its tabs; returns the smallest label in the big map."""
    pg.click(".bk-map-big")
    settled(pg)
    _left, _top, w, h = pg.evaluate(MEASURE, None)["canvas"]
    width, height = SIZES[size]
    assert w >= width - 40 and h >= height - 80, (n, size, w, h)  # the window, less the button row
    assert pg.get_attribute(".bk-map-big", "aria-pressed") == "true"
    smallest = check_whole_map(pg, n, size, OVERVIEW_PX[n])
    if SHOTS:
        pg.screenshot(path=str(Path(SHOTS) / f"map-{n}-{size}-gross.png"))
    if n == 60:
        focus_view(pg, size)
    pg.keyboard.press("Escape")
    settled(pg)
    assert pg.get_attribute(".bk-map-big", "aria-pressed") == "false"
    assert pg.locator(".bk-tabs .lm-TabBar-tab:has-text('Wille & Ziele')").is_visible()
    return smallest


def test_the_map_stays_in_view_while_the_form_is_scrolled_to_festhalten(
    page: tuple[Any, Any], served: tuple[str, Path, list[str]]
) -> None:
    """With "Mehr dazu" open the form is longer than the window: scrolled down to "Festhalten" and
    after saving, the whole map (with the new resource) is still on screen beside it (1920×1080: the
    form stays beside the map there)."""
    pg, watch = page
    url, store_dir, _keys = served
    pg.set_viewport_size({"width": 1920, "height": 1080})
    pg.goto(url, wait_until="load", timeout=90_000)
    open_case(pg, store_dir, "karte-40")
    settled(pg)
    pg.click(".bk-more")
    pg.fill(".bk-resource-form .bk-label-input input", "Nachbarin von unten")
    pg.locator(".bk-save").scroll_into_view_if_needed()
    pg.wait_for_timeout(500)
    pg.click(".bk-save")
    pg.wait_for_selector(".bk-status:has-text('Nachbarin von unten')", timeout=30_000)
    settled(pg)
    save = pg.locator(".bk-save").bounding_box()
    measured = pg.evaluate(MEASURE, None)
    _left, top, _w, h = measured["canvas"]
    assert save["y"] + save["height"] <= 1080  # the form was scrolled down to its button
    assert top >= 0 and top + h <= 1080, measured["canvas"]  # and the map stayed on screen
    assert measured["outside"] == [] and len(measured["boxes"]) == 42
    assert watch.page_errors == []


def test_after_festhalten_the_narrow_page_shows_the_whole_map_readable(
    page: tuple[Any, Any], served: tuple[str, Path, list[str]]
) -> None:
    """1280×800, 40 resources: the case opens with the form folded away; one tap on the map's
    button opens it with the keyboard in its first field; after "Festhalten" the form folds away
    again and the whole map with the new resource is readable, the keyboard on the button."""
    pg, watch = page
    url, store_dir, _keys = served
    pg.set_viewport_size({"width": 1280, "height": 800})
    pg.goto(url, wait_until="load", timeout=90_000)
    count = len(CaseStore(store_dir).load("karte-40").resources) + 1  # an earlier test may add one
    open_case(pg, store_dir, "karte-40")
    settled(pg)
    assert pg.locator(".bk-resource-form").is_hidden()
    head = pg.locator(".bk-header").bounding_box()["height"]
    fold = pg.locator(".bk-map-tool-fold")
    assert fold.bounding_box()["height"] >= 44
    fold.click()
    pg.wait_for_function(
        "() => document.activeElement && document.activeElement.closest('.bk-label-input') !== null",
        timeout=30_000,
    )
    pg.keyboard.type("Onkel Yusuf", delay=10)
    pg.click(".bk-save")
    pg.wait_for_selector(".bk-status:has-text('Onkel Yusuf')", timeout=30_000)
    pg.wait_for_function(
        "(n) => window.__beratungskitMaps.some((m) => m.nodes.length === n)", arg=count + 1, timeout=30_000
    )
    pg.wait_for_selector(".bk-resource-form", state="hidden", timeout=30_000)
    # the long message has the status line to itself, never cut and no new line of the head: the map
    # keeps its place
    assert pg.locator(".bk-header").bounding_box()["height"] == head
    status = pg.locator(".bk-status")
    assert status.inner_text().endswith("„Onkel Yusuf“ festgehalten.")  # whole, to be read out
    assert status.inner_text().startswith("Gespeichert ✓")  # and that it is safe shows in any case
    settled(pg)
    smallest = check_whole_map(pg, count, "1280x800", readable_px(count))
    assert pg.evaluate("() => document.activeElement.classList.contains('bk-map-tool-fold')")
    if SHOTS:
        pg.screenshot(path=str(Path(SHOTS) / f"map-{count}-1280x800-festgehalten.png"))
    print("after Festhalten, smallest label (px):", smallest)
    assert watch.page_errors == []


def focus_view(pg: Any, size: str) -> None:
    """A tap on an area's title shows that area alone, labels ≥ 14 px; one tap back shows it all."""
    for category in ("sozial", "materiell", "infrastrukturell", "persoenlich"):
        x, y = title_on_screen(pg, category)
        pg.mouse.click(x, y)
        pg.wait_for_timeout(400)
        measured = pg.evaluate(MEASURE, category)
        assert measured["focus"] == category, (size, category)
        assert measured["outside"] == [], (size, category)
        assert measured["smallest"] >= FOCUS_PX, (size, category, measured["smallest"])
        if SHOTS and category == "sozial":
            pg.screenshot(path=str(Path(SHOTS) / f"map-60-{size}-focus-{category}.png"))
        pg.click(".bk-map-back")
        pg.wait_for_timeout(300)
        assert pg.evaluate(MEASURE, None)["outside"] == []


def title_on_screen(pg: Any, category: str) -> tuple[float, float]:
    """Page coordinates of the middle of an area's title, from the background data the map draws."""
    x, y = pg.evaluate(
        """(cat) => { const m = window.__beratungskitMaps[window.__beratungskitMaps.length - 1];
                      const area = m.background().areas.find(a => a.category === cat);
                      const b = area.box;
                      const p = m.network.canvasToDOM({x: (b[0] + b[2]) / 2, y: (b[1] + b[3]) / 2});
                      const r = m.el.querySelector('.bk-map-canvas').getBoundingClientRect();
                      return [r.left + p.x, r.top + p.y]; }""",
        category,
    )
    return float(x), float(y)


def test_a_drag_across_a_ring_line_changes_the_closeness_and_undo_restores_it(
    page: tuple[Any, Any], served: tuple[str, Path, list[str]]
) -> None:
    pg, watch = page
    url, store_dir, _keys = served
    pg.goto(url, wait_until="load", timeout=90_000)
    open_case(pg, store_dir, "karte-15")
    fold_form(pg)
    store = CaseStore(store_dir)
    case = store.load("karte-15")
    moving = next(r for r in case.resources if r.label == "Smartphone mit Internet")
    assert moving.closeness == 2
    # a point of ring 3 in the same area: just outside ring line 2, where no box is
    target = pg.evaluate(
        """(id) => { const m = window.__beratungskitMaps[window.__beratungskitMaps.length - 1];
                     const bg = m.background(); const r2 = bg.rings[1], r3 = bg.rings[2];
                     const p = m.network.getPosition(id);
                     // straight outward from the box's place, to the middle of ring 3's band
                     const len = Math.hypot(p.x, p.y);
                     // (the middle: a drop a pixel past ring line 2 may land on it after rounding)
                     const band = [];
                     for (let t = 1.0; t < 4; t += 0.02) {
                       const x = p.x * t, y = p.y * t;
                       const in2 = x > r2.x0 && x < r2.x1 && y > r2.y0 && y < r2.y1;
                       const in3 = x > r3.x0 + 10 && x < r3.x1 - 10 && y > r3.y0 + 10 && y < r3.y1 - 10;
                       if (!in2 && in3) band.push({x, y});
                     }
                     const best = band[Math.floor(band.length / 2)];
                     const d = m.network.canvasToDOM(best);
                     const r = m.el.querySelector('.bk-map-canvas').getBoundingClientRect();
                     return [r.left + d.x, r.top + d.y, len]; }""",
        moving.id,
    )
    x, y = node_on_screen(pg, moving.id)
    pg.mouse.move(x, y)
    pg.mouse.down()
    pg.mouse.move(target[0], target[1], steps=20)
    pg.mouse.up()
    pg.wait_for_selector(".bk-status:has-text('weiter weg')", timeout=30_000)
    assert saved_closeness(store, moving.id, 3) == 3
    # drawn in ring 3 now, and the tooltip text says so
    pg.wait_for_function(
        """(id) => { const m = window.__beratungskitMaps[window.__beratungskitMaps.length - 1];
                     return m.nodes.get(id).closeness === 3; }""",
        arg=moving.id,
        timeout=20_000,
    )
    pg.click("button:has-text('Rückgängig')")
    pg.wait_for_selector(".bk-status:has-text('Rückgängig')", timeout=30_000)
    assert saved_closeness(store, moving.id, 2) == 2
    assert watch.page_errors == []


def saved_closeness(store: CaseStore, resource_id: str, wanted: int) -> int:
    """The closeness in the case file, read again for a few seconds until it is ``wanted`` (the status
    line may be drawn a moment before the file is read back here)."""
    for _ in range(20):
        found = store.load("karte-15").resource(resource_id).closeness
        if found == wanted:
            break
        time.sleep(0.25)
    return found


def colour(value: str) -> tuple[int, int, int, float] | None:
    """``#RRGGBB`` or ``rgba(r,g,b,a)`` as numbers; ``None`` for what a canvas would not take (such as
    ``rgba(230,159,0,null)``: the canvas then keeps the colour it drew before)."""
    if re.fullmatch(r"#[0-9A-Fa-f]{6}", value):
        return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16), 1.0
    found = re.fullmatch(r"rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([0-9.]+))?\)", value)
    if not found:
        return None
    r, g, b, a = found.groups()
    return int(r), int(g), int(b), float(a) if a is not None else 1.0


def expected_colours(category: str | None) -> tuple[str, str]:
    if category is None:
        return ELB_STYLE.color, ELB_STYLE.border
    style = next(s for c, s in CATEGORY_STYLE.items() if c.value == category)
    return _tint(style.color), style.border


def drawn_colours(pg: Any) -> dict[str, dict[str, Any]]:
    """What vis-network draws each node with (getFormattingValues: its colours after highlight and
    opacity), next to the node's data."""
    return pg.evaluate(
        """() => { const m = window.__beratungskitMaps[window.__beratungskitMaps.length - 1];
                   const out = {};
                   for (const id of m.nodes.getIds()) {
                     const item = m.nodes.get(id);
                     const drawn = m.network.body.nodes[id].getFormattingValues();
                     out[id] = {category: item.category || null, opacity: item.opacity,
                                fill: String(drawn.color), border: String(drawn.borderColor)};
                   }
                   return out; }"""
    )


def test_goal_highlight_keeps_every_node_in_its_colours(
    page: tuple[Any, Any], served: tuple[str, Path, list[str]]
) -> None:
    pg, watch = page
    url, store_dir, _keys = served
    pg.goto(url, wait_until="load", timeout=90_000)
    open_case(pg, store_dir, "karte-15")
    pg.click(".bk-tabs .lm-TabBar-tab:has-text('Wille & Ziele')")
    pg.wait_for_selector(".bk-goals .bk-map canvas", timeout=30_000)
    show_goal_work(pg)  # folded away for the map on the narrow window: one tap
    pg.fill(".bk-will-input textarea", "Ich will wieder arbeiten, am liebsten in einer Bäckerei.")
    pg.click(".bk-will-add")
    pg.wait_for_selector(".bk-status:has-text('Ihr Wille ist festgehalten.')", timeout=30_000)
    pg.click(".bk-sections button:has-text('2 Ziele')")
    pg.click(".bk-goal-new")
    pg.fill(".bk-goal-text textarea", "Ich möchte in einer Bäckerei arbeiten.")
    # ticked one by one, then some taken out again: every change of the highlight is checked
    sequence = ["Jana", "Fahrrad", "Kita Sonnenhof", "Ich backe gern und gut", "Fahrrad", "Jana", "Fahrrad"]
    count = "() => window.__beratungskitMaps[window.__beratungskitMaps.length - 1].timings.length"
    for label in sequence:
        before = pg.evaluate(count)
        pg.click(f".bk-resource-ticks button:has-text('{label}')")
        pg.wait_for_function(f"(n) => ({count})() > n", arg=before, timeout=20_000)
        check_colours(pg)
    if SHOTS:
        pg.screenshot(path=str(Path(SHOTS) / "wille-und-ziele-map.png"))
    # the goal work folded away: the goal's resources stay lit on the larger map
    pg.click(".bk-map-tool-fold-goals:visible")
    pg.wait_for_selector(".bk-sections", state="hidden", timeout=30_000)
    settled(pg)
    check_colours(pg)  # (also: some nodes faded, so the highlight is still on)
    if SHOTS:
        pg.screenshot(path=str(Path(SHOTS) / "wille-und-ziele-map-folded.png"))
    assert watch.page_errors == []


def check_colours(pg: Any) -> None:
    faded = 0
    for node_id, drawn in drawn_colours(pg).items():
        background, border = expected_colours(drawn["category"])
        alpha = drawn["opacity"] if drawn["opacity"] is not None else 1.0
        faded += alpha < 1
        for got, want in ((drawn["fill"], background), (drawn["border"], border)):
            value = colour(got)
            assert value is not None, (node_id, got)  # a colour the canvas would ignore
            assert value[:3] == colour(want)[:3], (node_id, got, want)  # type: ignore[index]
            assert value[3] == pytest.approx(alpha), (node_id, got, alpha)
    assert faded > 0  # the highlight is on: the others fade back
