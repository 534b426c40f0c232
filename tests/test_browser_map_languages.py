"""The map's own words in the eLb's language (issue 11): with Türkçe or العربية chosen, every area
title and ring name on the live map carries its translation under the German, drawn on the canvas
(right to left in Arabic), and the layout makes room for it — measured in Debian chromium at 1280×800
and 1920×1080: each drawn line (German and translated, the canvas's own text widths) lies inside the
box the layout gave its title or ring name, those boxes inside the visible canvas and clear of every
resource box, title and ring name."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from beratungskit.analysis.layout import TITLE_HINTS_UP_TO
from beratungskit.model import Language
from beratungskit.store import CaseStore
from beratungskit.ui.bilingual import LANGUAGES
from tests.mapcases import map_case
from tests.servers import serve_session
from tests.test_browser_map import SIZES, open_case, overlaps, settled

pytestmark = [pytest.mark.browser, pytest.mark.server]

SHOTS = os.environ.get("BERATUNGSKIT_SCREENSHOTS")
SECOND = """() => { const maps = window.__beratungskitMaps;
                    return maps[maps.length - 1].background().second || null; }"""

# The map's words as the canvas draws them (mapdraw.js bkDrawBackground), in map coordinates: each
# line's extent from the canvas's own measureText, the title's and ring name's boxes, the nodes'.
WORDS = """() => {
  const maps = window.__beratungskitMaps; const m = maps[maps.length - 1];
  const net = m.network; const bg = m.background(); const two = bg.second || null;
  const ctx = document.createElement('canvas').getContext('2d');
  const face = bg.fonts.face, face2 = two ? two.face : face;
  const width = (font, text) => { ctx.font = font; return ctx.measureText(text).width; };
  const lines = [], titles = {}, rings = {};
  const fonts = bg.fonts;
  for (const a of bg.areas) {
    const tops = a.tops || [0, 0, fonts.title * 1.2, 0];
    const parts = [["bold " + fonts.title + "px " + face, a.text, tops[0], fonts.title],
                   ["bold " + (two ? two.title : 0) + "px " + face2, a.text2, tops[1], two ? two.title : 0],
                   [fonts.hint + "px " + face, a.hint, tops[2], fonts.hint],
                   [(two ? two.hint : 0) + "px " + face2, a.hint2, tops[3], two ? two.hint : 0]];
    for (const [font, text, top, size] of parts) {
      if (!text) continue;
      const w = width(font, text);
      const x0 = a.align === "left" ? a.x : a.align === "right" ? a.x - w : a.x - w / 2;
      lines.push({owner: "title " + a.category, text, box: [x0, a.y + top, x0 + w, a.y + top + size]});
    }
    titles["title " + a.category] = a.box;
  }
  for (const r of bg.rings) {
    const w1 = width(fonts.ring + "px " + face, r.label);
    const w2 = r.label2 ? width(two.ring + "px " + face2, r.label2) : 0;
    if (r.apart) {  // the translation by itself on the line, the German alone
      const h2 = two.ring * 0.65, h1 = fonts.ring * 0.65;
      rings["ring2 " + r.label] = [r.lx2 - w2 / 2 - 4, r.ly2 - h2, r.lx2 + w2 / 2 + 4, r.ly2 + h2];
      rings["ring " + r.label] = [r.lx - w1 / 2 - 4, r.ly - h1, r.lx + w1 / 2 + 4, r.ly + h1];
      continue;
    }
    const w = r.inline ? w1 + two.space + w2 + 8 : Math.max(w1, w2) + 8;
    const h = fonts.ring * 1.3 + (r.label2 && !r.inline ? two.ring * 1.3 : 0);
    rings["ring " + r.label] = [r.lx - w / 2, r.ly - h / 2, r.lx + w / 2, r.ly + h / 2];
  }
  const nodes = {};
  for (const id of m.nodes.getIds()) {
    const bb = net.getBoundingBox(id); nodes[id] = [bb.left, bb.top, bb.right, bb.bottom];
  }
  const rect = m.el.querySelector('.bk-map-canvas').getBoundingClientRect();
  const a = net.canvasToDOM({x: bg.extent[0], y: bg.extent[1]});
  const b = net.canvasToDOM({x: bg.extent[2], y: bg.extent[3]});
  return {second: two, lines, titles, rings, nodes, scale: net.getScale(),
          inView: a.x >= -0.5 && a.y >= -0.5 && b.x <= rect.width + 0.5 && b.y <= rect.height + 0.5};
}"""


def inside(inner: list[float], outer: list[float], slack: float = 1.0) -> bool:
    return (
        inner[0] >= outer[0] - slack
        and inner[1] >= outer[1] - slack
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def check_words(pg: Any, lang: str, size: str, n: int = 15) -> dict[str, Any]:
    """The map's words in ``lang`` as drawn: see the module docstring. Returns the measurement.
    ``n``: the case's resources (above :data:`TITLE_HINTS_UP_TO` the titles carry their names alone)."""
    got = pg.evaluate(WORDS)
    # the map may still be drawing the case in German when it has settled (a fresh-clone CI run on
    # 2026-12-07 measured Arabic at 1920×1080 before its translation was drawn): look again, up to
    # ten seconds, for the language asked; a map that never draws it still fails below
    for _ in range(40):
        if got["second"] is not None and got["second"]["lang"] == lang:
            break
        pg.wait_for_timeout(250)
        got = pg.evaluate(WORDS)
    assert got["second"] is not None and got["second"]["lang"] == lang
    assert got["second"]["dir"] == ("rtl" if lang in ("ar", "fa") else "ltr")
    assert len(got["titles"]) == 4 and len(got["rings"]) >= 3
    assert all(r for r in got["rings"]), got["rings"]
    owners = {line["owner"] for line in got["lines"]}
    assert len(owners) == 4
    # every area has its name in the eLb's language drawn
    translated = [line for line in got["lines"] if not line["text"].startswith(("●", "★", "■", "▲"))]
    assert len(translated) >= (8 if n <= TITLE_HINTS_UP_TO else 4), translated
    for line in got["lines"]:  # drawn where the layout made room for it
        assert inside(line["box"], got["titles"][line["owner"]]), (lang, size, line)
    boxes = {**got["titles"], **got["rings"], **got["nodes"]}
    assert overlaps(boxes) == [], (lang, size)
    assert got["inView"], (lang, size)
    # readable at arm's length: the smaller lines at least 9 px on the screen
    assert got["second"]["ring"] * got["scale"] >= 9.0, (lang, size, got["scale"])
    return got


#: The languages and sizes opened. 6 resources in Українська and العربية: a sparse map, whose ring
#: names in two languages lay on its boxes (session 19: „Коло 1: дуже близько“ under four boxes at
#: 1280×800 in Ukrainian; in Arabic the same at 1920×1080 and with the form folded).
CASES = (("tr", 15), ("ar", 15), ("ar", 40), ("uk", 6), ("ar", 6))


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    cases = []
    for lang, n in CASES:
        case = map_case(n)
        case.key = f"sprache-{lang}-{n}"
        case.language = Language(lang)
        cases.append(case)
    with serve_session(tmp_path_factory.mktemp("karte-sprache"), cases) as (url, store):
        yield url, store


def test_the_maps_own_words_are_in_the_elbs_language_too(
    page: tuple[Any, Any], served: tuple[str, Path]
) -> None:
    pg, watch = page
    url, store_dir = served
    for size, (width, height) in SIZES.items():
        pg.set_viewport_size({"width": width, "height": height})
        pg.goto(url, wait_until="load", timeout=90_000)
        for lang, n in CASES:
            open_case(pg, store_dir, f"sprache-{lang}-{n}")
            settled(pg)
            check_words(pg, lang, size, n)
            if SHOTS:
                pg.screenshot(path=str(Path(SHOTS) / f"map-words-{lang}-{n}-{size}.png"))
            if lang == "tr" and size == "1280x800":
                # chosen in the session: German alone gives the German map back, Türkçe its words again
                pg.locator(".bk-language select").select_option(index=0)
                settled(pg)
                assert pg.evaluate(SECOND) is None
                pg.locator(".bk-language select").select_option(index=LANGUAGES.index("tr"))
                settled(pg)
                check_words(pg, "tr", size)
            pg.click("button:has-text('Anderen Fall öffnen')")
    assert watch.external == [] and watch.page_errors == []
    assert [s.key for s in CaseStore(store_dir).list()]  # the store is as it was: nothing broke it


#: Each text's width as the map's canvas draws it (mapdraw.js: the face, size and direction).
MEASURE = """(items) => { const c = document.createElement('canvas').getContext('2d');
  return items.map(([font, dir, text]) => {
    c.font = font; c.direction = dir; return c.measureText(text).width; }); }"""


def test_the_layout_gives_each_ring_name_the_width_it_is_drawn(page: tuple[Any, Any]) -> None:
    """Session 19: the room the layout gives a ring's name in two languages is its widest line. It
    was estimated at 0.62 em for every letter outside Latin: 12–16 % wider than drawn in Cyrillic,
    26–57 % in Arabic script (and an Arabic title's name up to 22 % narrower): a sparse map found no
    place for the too wide name and put it on the boxes. Measured in chromium's canvas with the
    map's own faces, in every language the app ships: each line fits its box, and the box is at most
    3 % (plus 1 px) wider than its widest line; every line of an area title fits the title's box."""
    from beratungskit.analysis import layout as layout_module
    from beratungskit.messages import t
    from beratungskit.model import Category
    from beratungskit.render.style import FONT_FACE
    from beratungskit.render.visdata import SECOND_FACE
    from beratungskit.ui.bilingual import text_direction

    pg, watch = page
    pg.set_content("<canvas></canvas>")
    size, size2 = layout_module.RING_FONT_SIZE, layout_module.RING2_FONT_SIZE
    for lang in (lang.value for lang in Language if lang.value != "de"):
        direction = text_direction(lang)
        face2 = SECOND_FACE[direction]
        case = map_case(15)
        case.language = Language(lang)
        rings = [r for r in layout_module.compute_layout(case, 770 / 654).rings if r.label2_box is None]
        assert rings, lang
        items = []
        for ring in rings:
            items.append([f"{size}px {FONT_FACE}", "ltr", t(f"render_map.ring.{ring.closeness}")])
            items.append([f"{size2}px {face2}", direction, layout_module.ring_words(ring.closeness, lang)])
        drawn = pg.evaluate(MEASURE, items)
        for k, ring in enumerate(rings):
            german, second = drawn[2 * k], drawn[2 * k + 1]
            box = ring.label_box.x1 - ring.label_box.x0 - 8  # the patch's 4 px on either side
            if layout_module.ring_name_inline(ring):
                widest = german + layout_module.RING2_SPACE + second
            else:
                widest = max(german, second)
            assert widest - 0.5 <= box <= widest * 1.03 + 1, (lang, ring.closeness, box, german, second)
        for category in Category:
            width, _ = layout_module._title_size(category, lang)
            name2, hint2 = layout_module.title_words(category, lang) or ("", None)
            lines = [
                [f"bold {layout_module.TITLE2_FONT_SIZE}px {face2}", direction, name2],
                [f"{layout_module.HINT2_FONT_SIZE}px {face2}", direction, hint2 or ""],
            ]
            for (_, _, text), w in zip(lines, pg.evaluate(MEASURE, lines), strict=True):
                assert w <= width + 0.5, (lang, category, text, w, width)
    assert watch.page_errors == []
