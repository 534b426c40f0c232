"""The map's own words (area titles, ring names) in the eLb's language under the German (issue 11):
the layout makes room for them, the background data and the printed map carry them, German alone
stays exactly as it was."""

from __future__ import annotations

import pytest

from beratungskit.analysis.kept_layout import content_fingerprint
from beratungskit.analysis.layout import (
    FONT_SIZE,
    TITLE_HINTS_UP_TO,
    MapLayout,
    _title_size,
    compute_layout,
    title_words,
)
from beratungskit.demo import demo_case
from beratungskit.model import Category, Language
from beratungskit.render.style import category_hint
from beratungskit.render.svgmap import ecomap_svg
from beratungskit.render.visdata import map_background
from beratungskit.ui.mapwidget import FIT_PAD, readable_px
from tests.mapcases import map_case


def test_german_alone_draws_the_background_as_before() -> None:
    background = map_background(demo_case())
    assert "second" not in background
    assert all(
        set(area) == {"category", "x", "y", "align", "text", "hint", "color", "box", "focus"}
        for area in background["areas"]
    )
    assert all(
        set(ring) == {"x0", "y0", "x1", "y1", "r", "label", "lx", "ly"} for ring in background["rings"]
    )


@pytest.mark.parametrize("lang", ["tr", "ar", "fa", "uk", "ru", "en"])
def test_titles_and_ring_names_carry_the_elbs_words_and_room_for_them(lang: str) -> None:
    case = demo_case()
    case.language = Language(lang)
    placed = compute_layout(case, 1.8)
    assert placed.lang == lang
    background = map_background(case, placed)
    assert background["second"]["dir"] == ("rtl" if lang in ("ar", "fa") else "ltr")
    for area in background["areas"]:
        assert area["text2"] and area["tops"][1] > 0
    assert all(ring["label2"] for ring in background["rings"])
    for cat in Category:  # the title is taller (and never narrower) than the German one
        w, h = _title_size(cat, lang)
        w0, h0 = _title_size(cat)
        assert w >= w0 and h > h0
    # nothing drawn on anything: titles, ring names and boxes apart
    boxes = (
        [t.box for t in placed.titles]
        + [b for r in placed.rings for b in r.name_boxes]
        + list(placed.boxes.values())
    )
    assert not [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if a.overlaps(b)]
    svg = ecomap_svg(case, placed)
    assert title_words(Category.PERSOENLICH, lang)[0] in svg.replace("&amp;", "&")
    assert ('direction="rtl"' in svg) == (lang in ("ar", "fa"))


def test_a_language_change_lays_the_map_out_anew() -> None:
    case = demo_case()
    german = compute_layout(case, 1.8)
    before = content_fingerprint(case)
    case.language = Language.TR
    turkish = compute_layout(case, 1.8, previous=german)
    assert turkish is not german and turkish.lang == "tr" and content_fingerprint(case) != before
    assert [t.box for t in turkish.titles] != [t.box for t in german.titles]


def test_a_hint_that_says_the_name_is_not_said_twice() -> None:
    assert title_words(Category.SOZIAL, "tr") == ("İnsanlar", None)
    assert title_words(Category.SOZIAL, "de") is None


def test_the_printed_plans_map_carries_the_plans_language() -> None:
    from beratungskit.render.plan import plan_html

    case = demo_case()  # German case, printed in Turkish: the map's sheet too
    page = plan_html(case, lang="tr")
    assert "Kişisel" in page and "Halka 1" in page
    assert "Halka 1" not in plan_html(case)


def _label_px(placed: MapLayout, width: float, height: float) -> float:
    """The resource labels' size on a canvas of ``width`` × ``height`` CSS px, the map fitted into it
    as the browser does (mapdraw.js bkFitBox, :data:`~beratungskit.ui.mapwidget.FIT_PAD`)."""
    e, pad = placed.extent, 2 * FIT_PAD
    return FONT_SIZE * min((width - pad) / (e.x1 - e.x0), (height - pad) / (e.y1 - e.y0))


#: The live map's canvas at 1280×800 with a language chosen (the form folded away; the head and the
#: tabs' row 72 + 57 px high, look.py; before: 119 + 57 in Türkçe, a canvas 597 px high).
CANVAS_WITH_A_LANGUAGE = (1242.0, 641.0)


@pytest.mark.parametrize("n", [40, 60])
@pytest.mark.parametrize("lang", ["tr", "ar", "fa", "ru"])
def test_a_crowded_map_in_two_languages_is_as_readable_as_in_german(lang: str, n: int) -> None:
    """Issue 11: with a language chosen, 40 and 60 resources on the 1280×800 page show labels of at
    least readable_px. The area titles carry their names in both languages alone (two short lines:
    four lines were 103 map px high and up to 271 wide, they fitted none of the outer ring's
    corners and stood beside the map), and the layout is also tried for nearby canvas shapes. Before,
    on this canvas: 13.4 / 10.7 px in Türkçe, 13.9 / 11.0 in Arabic."""
    case = map_case(n)
    case.language = Language(lang)
    width, height = CANVAS_WITH_A_LANGUAGE
    placed = compute_layout(case, width / height)
    assert not placed.title_hints
    assert _label_px(placed, width, height) >= readable_px(n) - 0.05
    background = map_background(case, placed)
    for area in background["areas"]:  # name and its translation; the hints are in the legend
        assert area["text2"] and area["hint"] == "" and area["hint2"] is None
        assert area["tops"][2] == area["tops"][3] > area["tops"][1]
    svg = ecomap_svg(case, placed)  # (its legend carries the hints)
    assert svg.count(category_hint(Category.PERSOENLICH)) == 1
    assert title_words(Category.PERSOENLICH, lang)[0] in svg.replace("&amp;", "&")


def test_a_map_with_room_keeps_the_hints_in_both_languages() -> None:
    case = map_case(TITLE_HINTS_UP_TO)
    case.language = Language.TR
    placed = compute_layout(case, 1.94)
    assert placed.title_hints
    areas = map_background(case, placed)["areas"]
    assert all(area["hint"] for area in areas) and any(area["hint2"] for area in areas)
    german = map_case(60)  # German alone: always the hints (its titles are two lines anyway)
    assert compute_layout(german, 1.94).title_hints
    names_alone = _title_size(Category.PERSOENLICH, "tr", hints=False)
    assert names_alone[1] < _title_size(Category.PERSOENLICH, "tr")[1]
