"""The exported ecomap in a real browser (Debian chromium): it draws offline, shows every node,
keeps labels apart as vis-network itself measures them, and runs no injected markup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.cases import synthetic_case
from beratungskit.analysis.layout import Box, compute_layout, count_overlaps
from beratungskit.model import ELB_ID, Case
from beratungskit.render.ecomap import EXPORT_ASPECT, write_ecomap
from tests.test_render_ecomap import HOSTILE, hostile_case

pytestmark = pytest.mark.browser

SCREENSHOTS = Path(__file__).resolve().parent.parent / "screenshots"

_BOXES = """() => {
  const n = window.beratungskitNetwork;
  return n.body.data.nodes.getIds().map(id => [id, n.getBoundingBox(id)]);
}"""


def _open(page: Any, case: Case, tmp_path: Path) -> Any:
    path = write_ecomap(case, tmp_path / "karte.html")
    page.goto(path.as_uri())
    page.wait_for_selector("#ecomap canvas")
    page.wait_for_function("window.beratungskitReady === true")
    return page


def test_demo_map_draws_offline_with_every_node(page: Any, demo_case: Case, tmp_path: Path) -> None:
    pg, watch = page
    _open(pg, demo_case, tmp_path)
    ids = pg.evaluate("window.beratungskitNetwork.body.data.nodes.getIds()")
    assert sorted(ids) == sorted([ELB_ID] + [r.id for r in demo_case.resources])
    edges = pg.evaluate("window.beratungskitNetwork.body.data.edges.getIds()")
    assert sorted(edges) == sorted(r.id for r in demo_case.relations)
    assert watch.external == []
    assert watch.console_errors == [] and watch.page_errors == []
    # fitted: the eLb is drawn inside the visible map, not in a corner
    dom = pg.evaluate("window.beratungskitNetwork.canvasToDOM({x: 0, y: 0})")
    box = pg.locator("#ecomap").bounding_box()
    assert 0.3 * box["width"] < dom["x"] < 0.7 * box["width"]
    assert 0.3 * box["height"] < dom["y"] < 0.7 * box["height"]
    SCREENSHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SCREENSHOTS / "ecomap_demo.png"))


@pytest.mark.parametrize(("n", "skew"), [(50, False), (200, False), (200, True)])
def test_labels_do_not_overlap_as_drawn(page: Any, tmp_path: Path, n: int, skew: bool) -> None:
    """vis-network's own label boxes (measured text) do not overlap, and our estimate contains them."""
    pg, watch = page
    case = synthetic_case(n, seed=5, skew=skew, long_labels=True)
    _open(pg, case, tmp_path)
    drawn = [Box(i, b["left"], b["top"], b["right"], b["bottom"]) for i, b in pg.evaluate(_BOXES)]
    assert len(drawn) == n + 1
    assert count_overlaps(drawn) == 0
    estimated = compute_layout(case, EXPORT_ASPECT).boxes  # the export's layout
    for real in drawn:  # within a pixel (positions travel rounded to 0.1): boxes keep 10 px apart
        est = estimated[real.node_id]
        assert est.x0 - 1 <= real.x0 and real.x1 <= est.x1 + 1, (real, est)
        assert est.y0 - 1 <= real.y0 and real.y1 <= est.y1 + 1, (real, est)
    assert watch.page_errors == []


def test_hostile_labels_stay_text(page: Any, tmp_path: Path) -> None:
    pg, watch = page
    case = hostile_case()
    _open(pg, case, tmp_path)
    pg.wait_for_timeout(300)  # give an injected onerror handler the chance to fire
    assert watch.dialogs == []
    assert pg.evaluate("document.querySelectorAll('img, iframe, object, embed, a').length") == 0
    assert pg.evaluate("document.scripts.length") == 4  # data, vis-network, drawing, the page's own
    assert pg.evaluate("document.title") == f"Ressourcenkarte – {case.alias}"
    assert pg.locator("h1").inner_text() == f"Ressourcenkarte von {case.alias}"
    titles = pg.evaluate("window.beratungskitNetwork.body.data.nodes.get().map(n => n.title)")
    for res in case.resources:
        assert any(t.startswith(res.label) for t in titles)
    # hover a node: the tooltip shows the hostile text as text, not as markup
    target = case.resources[1]
    dom = pg.evaluate(
        f"window.beratungskitNetwork.canvasToDOM(window.beratungskitNetwork.getPosition('{target.id}'))"
    )
    box = pg.locator("#ecomap").bounding_box()
    pg.mouse.move(box["x"] + dom["x"], box["y"] + dom["y"])
    pg.wait_for_selector("div.vis-tooltip", state="visible")
    tip = pg.locator("div.vis-tooltip")
    assert target.label in tip.inner_text()
    # innerText turns line breaks into <br>; nothing else may appear inside the tooltip
    assert tip.evaluate("el => [...el.querySelectorAll('*')].every(c => c.tagName === 'BR')")
    assert watch.dialogs == [] and watch.external == [] and watch.page_errors == []
    assert HOSTILE[1] == target.label


@pytest.mark.parametrize("lang", ["de", "ar", "uk"])
def test_the_head_says_where_the_legend_is_while_it_stands_below(
    page: Any, demo_case: Case, tmp_path: Path, lang: str
) -> None:
    """At 1280×800 the legend stands below the map, out of sight, and nothing said so. The head's
    right end now says „Unter der Karte: So lesen Sie die Karte“ (and, with a language chosen, in
    that language too, right to left for Arabic); from 1600 px on the legend stands beside the map
    and the hint is gone."""
    from beratungskit.messages import tr

    demo_case.set_language(lang)
    pg, watch = page
    pg.set_viewport_size({"width": 1280, "height": 800})
    _open(pg, demo_case, tmp_path)
    hint = pg.locator("header .legend-below")
    assert hint.is_visible()
    assert "Unter der Karte: So lesen Sie die Karte" in hint.inner_text()
    legend = pg.locator("aside").bounding_box()
    assert legend is not None and legend["y"] >= 800 - 1  # below, out of sight: hence the hint
    header = pg.locator("header").bounding_box()
    box = hint.bounding_box()
    assert box is not None and header is not None
    assert abs(box["x"] + box["width"] - (header["x"] + header["width"] - 20)) < 2  # at the right end
    assert box["y"] + box["height"] <= header["y"] + header["height"]  # inside the head
    translated = pg.locator(f"header .legend-below .tr[lang='{lang}']")
    if lang == "de":
        assert translated.count() == 0
    else:
        assert translated.inner_text() == tr(lang, "render_map.legend_below")
        assert translated.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    pg.set_viewport_size({"width": 1920, "height": 1080})
    pg.wait_for_timeout(100)
    assert not hint.is_visible()
    beside = pg.locator("aside").bounding_box()
    assert beside is not None and beside["y"] < 200 and beside["x"] > 1500
    assert watch.page_errors == [] and watch.external == []


_LINE_THROUGH_RING_NAME = """() => {
  const n = window.beratungskitNetwork;
  const bg = JSON.parse(document.getElementById("ecomap-data").textContent).background;
  const ring = bg.rings[0], eLb = n.getPosition("%s");
  const far = {x: eLb.x + 3 * (ring.lx - eLb.x), y: eLb.y + 3 * (ring.ly - eLb.y)};
  n.body.data.nodes.add({id: "probe", x: far.x, y: far.y, label: "", shape: "dot", size: 4, fixed: true});
  n.body.data.edges.add({id: "probe-line", from: "%s", to: "probe", smooth: false, width: 8,
                         color: {color: "#ff0000", inherit: false}});
  // and a box laid on ring 2's name: the box stays over the name
  const two = bg.rings[1];
  n.body.data.nodes.add({id: "probe-box", x: two.lx, y: two.ly, label: "      ", shape: "box",
                         color: {background: "#00ff00", border: "#00ff00"}, fixed: true});
  n.redraw();
  const canvas = document.querySelector("#ecomap canvas");
  const ratio = canvas.width / canvas.clientWidth;
  const count = (cx, cy, half, hit) => {
    const p = n.canvasToDOM({x: cx, y: cy}), r = Math.max(2, half * n.getScale());
    const data = canvas.getContext("2d").getImageData(
      Math.round((p.x - r) * ratio), Math.round((p.y - r) * ratio),
      Math.round(2 * r * ratio), Math.round(2 * r * ratio)).data;
    let found = 0;
    for (let i = 0; i < data.length; i += 4) found += hit(data[i], data[i + 1], data[i + 2]);
    return found;
  };
  const red = (cx, cy, half) => count(cx, cy, half, (r, g, b) => r > 200 && g < 90 && b < 90);
  const green = (cx, cy, half) => count(cx, cy, half, (r, g, b) => g > 200 && r < 90 && b < 90);
  const half = bg.fonts.ring * 0.4;  // well inside the name's white patch
  return {onName: red(ring.lx, ring.ly, half),
          beyond: red((ring.lx + far.x) / 2, (ring.ly + far.y) / 2, half),
          boxOnName: green(two.lx, two.ly, 3)};
}"""


def test_ring_names_stand_over_the_connection_lines(page: Any, demo_case: Case, tmp_path: Path) -> None:
    """Session 17: a crowded ring's name had the connection lines drawn over it. The names are drawn
    after the lines now: a line through a ring's name is cut by its white patch; a box on a name
    stays over it."""
    pg, watch = page
    _open(pg, demo_case, tmp_path)
    seen = pg.evaluate(_LINE_THROUGH_RING_NAME % (ELB_ID, ELB_ID))
    assert seen["beyond"] > 0, seen  # the line is drawn ...
    assert seen["onName"] == 0, seen  # ... but not over the ring's name
    assert seen["boxOnName"] > 0, seen  # a box is not hidden by a name
    assert watch.page_errors == []
