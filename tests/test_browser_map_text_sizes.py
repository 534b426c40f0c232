"""Every word on the live map readable at arm's length (issue 11): the texts the canvas draws —
resource labels, the eLb's name, area titles and hints, ring names, and with a language chosen
their translations — measured in Debian chromium on the 1280×800 joint screen and at 1920×1080 for
10, 25, 40 and 60 resources, German alone and with Türkçe and العربية (and at 40 and 60 with
English, Українська, Русский and فارسی too). No word is below the least size the map aims for
(:func:`beratungskit.ui.mapwidget.readable_px`: 14 px up to 40 resources, 12 px from 41 on), in
every language. Before (fit14), with a language the page's head took 71 px more of the height and
the area titles in two languages (four lines) stood beside the map: at 1280×800 the labels of 40
and 60 resources came to 13.4 and 10.6 px in Türkçe, 13.7 and 11.0 in Arabic, and the test only
held them to the labels' own size. The HTML export (the map as one file, opened in a browser) is
measured at both sizes, against :func:`readable_px` in every language."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from beratungskit.model import Language
from beratungskit.render.ecomap import write_ecomap
from beratungskit.ui.mapwidget import readable_px
from tests.mapcases import map_case
from tests.servers import serve_session
from tests.test_browser_map import open_case, settled

pytestmark = [pytest.mark.browser, pytest.mark.server]

SHOTS = os.environ.get("BERATUNGSKIT_SCREENSHOTS")
FIGURES = os.environ.get("BERATUNGSKIT_TEXT_FIGURES")  # a file: the measured sizes as JSON lines
COUNTS = (10, 25, 40, 60)
LANGS = ("de", "tr", "ar")
#: The other languages of the eLb, on the live map where it is crowded (40 and 60 resources).
MORE_LANGS = ("en", "uk", "ru", "fa")
MORE_COUNTS = (40, 60)

# Each kind of text the canvas draws, its size on the screen (CSS px): font size × zoom.
TEXTS = """() => {
  const maps = window.__beratungskitMaps; const m = maps[maps.length - 1];
  const net = m.network; const bg = m.background(); const two = bg.second || null;
  const scale = net.getScale(), f = bg.fonts, out = {};
  let label = Infinity, elb = Infinity;
  for (const id of m.nodes.getIds()) {
    const item = m.nodes.get(id);
    const size = (item.font && item.font.size) || net.body.nodes[id].options.font.size;
    if (id === "elb") elb = size * scale; else label = Math.min(label, size * scale);
  }
  out.label = label; out.elb = elb;
  out.title = f.title * scale; out.hint = f.hint * scale; out.ring = f.ring * scale;
  if (two) {
    out.title2 = two.title * scale; out.hint2 = two.hint * scale; out.ring2 = two.ring * scale;
  }
  return out;
}"""
LOADED = """(count) => { const maps = window.__beratungskitMaps || [];
  return maps.length > 0 && maps[maps.length - 1].nodes.length === count; }"""
TABS_ROW = "document.querySelector('.bk-tabs > .lm-TabBar').getBoundingClientRect().height"
HEAD = "document.querySelector('.bk-app .bk-header').getBoundingClientRect().height"
# The map's own buttons the eLb sees (fold the form, map large, the legend …) without a translation.
TOOLS_GERMAN_ONLY = """() => Array.from(document.querySelectorAll('.bk-map-tools button'))
  .filter(b => b.offsetParent !== null && !b.querySelector('.bk-tr')).map(b => b.textContent.trim())"""
# Where the room goes (reported, not asserted): the canvas, the layout's shape and extent, the
# rings' box and the titles' boxes (map px).
ROOM = """() => {
  const maps = window.__beratungskitMaps; const m = maps[maps.length - 1];
  const bg = m.background(); const r = m.el.getBoundingClientRect();
  const outer = bg.rings[bg.rings.length - 1];
  return {canvas: [Math.round(r.width), Math.round(r.height)], top: Math.round(r.top),
          aspect: bg.aspect, extent: bg.extent,
          rings: [outer.x0, outer.y0, outer.x1, outer.y1],
          titles: bg.areas.map(a => a.box)};
}"""


def _live_cases() -> list[tuple[int, str]]:
    """(resources, language) of each case the live map is measured with."""
    more = [(n, lang) for n in MORE_COUNTS for lang in MORE_LANGS]
    return [(n, lang) for n in COUNTS for lang in LANGS] + more


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    cases = []
    for n, lang in _live_cases():
        case = map_case(n)
        case.key = f"schrift-{lang}-{n}"
        if lang != "de":
            case.language = Language(lang)
        cases.append(case)
    with serve_session(tmp_path_factory.mktemp("karte-schrift"), cases) as (url, store):
        yield url, store


@pytest.mark.parametrize("screen", [(1280, 800), (1920, 1080)], ids=["1280x800", "1920x1080"])
def test_no_word_on_the_map_is_smaller_than_its_resource_labels_aim(
    page: tuple[Any, Any], served: tuple[str, Path], screen: tuple[int, int]
) -> None:
    pg, watch = page
    url, store_dir = served
    width, height = screen
    pg.set_viewport_size({"width": width, "height": height})
    pg.goto(url, wait_until="load", timeout=90_000)
    too_small = []
    for n, lang in _live_cases():
        open_case(pg, store_dir, f"schrift-{lang}-{n}")
        # the case itself, not the eLb alone shown while it is laid out (a busy machine: over a
        # second, and the map stood still meanwhile)
        pg.wait_for_function(LOADED, arg=n + 1, timeout=60_000)
        settled(pg)
        sizes = pg.evaluate(TEXTS)
        assert math.isfinite(sizes["label"]), (n, lang, sizes)
        if FIGURES:
            with open(FIGURES, "a", encoding="utf-8") as out:
                row = {"screen": f"{width}x{height}", "n": n, "lang": lang, **sizes, **pg.evaluate(ROOM)}
                out.write(json.dumps(row) + "\n")
        if SHOTS:
            pg.screenshot(path=str(Path(SHOTS) / f"map-text-{lang}-{n}-{width}x{height}.png"))
        least = readable_px(n)  # in every language (before: with one, only the labels' own size)
        if lang != "de" and n == COUNTS[0]:
            # the tabs' row above the map: German and translation as two lines of text, not one
            # 46 px line and a second under it (66 px, the map 10 px lower; issue 11)
            row = pg.evaluate(TABS_ROW)
            too_small += [(n, lang, "tabs' row (px high)", round(row, 1))] if row > 58 else []
            # the head: crisis help and title on one row, the status's translation beside it (in
            # Türkçe 119 px before: the title wrapped under the crisis button, the status two lines)
            head = pg.evaluate(HEAD)
            too_small += [(n, lang, "head (px high)", round(head, 1))] if head > 80 else []
        too_small += [(n, lang, kind, round(px, 1)) for kind, px in sizes.items() if px < least - 0.05]
        if lang != "de":  # the map's buttons in the eLb's language too (before: German only)
            too_small += [(n, lang, "button in German only", text) for text in pg.evaluate(TOOLS_GERMAN_ONLY)]
        pg.click("button:has-text('Anderen Fall öffnen')")
    assert too_small == []
    assert watch.external == [] and watch.page_errors == []


# The exported map (one HTML file, opened in a browser): the same kinds of text, measured the same way.
EXPORT_TEXTS = """() => {
  const net = window.beratungskitNetwork, scale = net.getScale();
  const data = JSON.parse(document.getElementById("ecomap-data").textContent);
  const bg = data.background, f = bg.fonts, two = bg.second || null, out = {};
  let label = Infinity, elb = Infinity;
  for (const id of net.body.data.nodes.getIds()) {
    const size = net.body.nodes[id].options.font.size * scale;
    if (id === "elb") elb = size; else label = Math.min(label, size);
  }
  out.label = label; out.elb = elb;
  out.title = f.title * scale; out.hint = f.hint * scale; out.ring = f.ring * scale;
  if (two) {
    out.title2 = two.title * scale; out.hint2 = two.hint * scale; out.ring2 = two.ring * scale;
  }
  const r = document.getElementById("ecomap").getBoundingClientRect();
  out.canvas = [Math.round(r.width), Math.round(r.height)];
  out.aspect = bg.aspect;
  return out;
}"""


@pytest.mark.parametrize("screen", [(1280, 800), (1920, 1080)], ids=["1280x800", "1920x1080"])
def test_no_word_on_the_exported_map_is_smaller_than_the_aim(
    page: tuple[Any, Any], tmp_path: Path, screen: tuple[int, int]
) -> None:
    """The HTML export, opened full screen on the joint screen: the whole map at once, every word at
    least :func:`readable_px` — German alone and with Türkçe and العربية chosen. Before, its legend
    column took 330 px of the width and its layout was made for a canvas of 1.45: at 1280×800 the
    labels came to 12.5 px at 40 resources and 10.8 px at 60 (German)."""
    pg, watch = page
    width, height = screen
    pg.set_viewport_size({"width": width, "height": height})
    too_small = []
    for n in COUNTS:
        for lang in LANGS:
            case = map_case(n)
            if lang != "de":
                case.language = Language(lang)
            path = write_ecomap(case, tmp_path / f"karte-{lang}-{n}.html")
            pg.goto(path.as_uri())
            pg.wait_for_selector("#ecomap canvas")
            pg.wait_for_function("window.beratungskitReady === true")
            pg.wait_for_timeout(200)
            sizes = pg.evaluate(EXPORT_TEXTS)
            shape = {"canvas": sizes.pop("canvas"), "aspect": sizes.pop("aspect")}
            if FIGURES:
                with open(FIGURES, "a", encoding="utf-8") as out:
                    row = {"export": True, "screen": f"{width}x{height}", "n": n, "lang": lang}
                    row |= {**sizes, **shape}
                    out.write(json.dumps(row) + "\n")
            if SHOTS:
                pg.screenshot(path=str(Path(SHOTS) / f"export-{lang}-{n}-{width}x{height}.png"))
            least = readable_px(n)
            too_small += [(n, lang, kind, round(px, 1)) for kind, px in sizes.items() if px < least - 0.05]
    assert too_small == []
    assert watch.external == [] and watch.page_errors == []
