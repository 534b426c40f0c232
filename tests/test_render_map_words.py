"""The map's own words (area titles, ring names) in the eLb's language under the German (issue 11):
the layout makes room for them, the background data and the printed map carry them, German alone
stays exactly as it was."""

from __future__ import annotations

import pytest

from beratungskit.analysis.kept_layout import content_fingerprint
from beratungskit.analysis.layout import _title_size, compute_layout, title_words
from beratungskit.demo import demo_case
from beratungskit.model import Category, Language
from beratungskit.render.svgmap import ecomap_svg
from beratungskit.render.visdata import map_background


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
