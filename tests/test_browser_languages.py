"""Every offered language in the printed plan and sheet (real chromium), and right-to-left text
that comes out of the PDF as it was typed.

Why the text of a PDF can look reversed: chromium (Skia) draws a right-to-left run glyph by glyph
from left to right, maps the joined Arabic letter shapes to "presentation form" code points, and
keeps the typed letters only in a /ActualText span per glyph. A reader that honours /ActualText and
the Unicode bidi algorithm (poppler's ``pdftotext``, Acrobat) gets the typed text back — as long as
each right-to-left part is its own bidi run: the plan marks the eLb's language with ``lang``/``dir``
and every typed text with ``<bdi>``. pdfminer-based tools read the glyphs in page order and show such
text reversed whatever the PDF holds; they are not the reference here.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from beratungskit.messages import LANGUAGES, RTL_LANGUAGES, SOURCE_LANGUAGE, tr
from beratungskit.model import Case
from beratungskit.render.plan import html_to_pdf, write_festgehalten, write_plan
from tests.test_browser_plan import assert_plan_then_map, assert_printed_unscaled, print_plan

pytestmark = pytest.mark.browser

TODAY = date(2026, 11, 27)
TYPED = {
    "ar": ("أريد أن أعمل في مخبز مرة أخرى.", "أن أجد عملًا في الصباح الباكر قبل الصيف."),
    "fa": ("می‌خواهم دوباره در نانوایی کار کنم.", "تا تابستان یک کار صبح زود پیدا کنم."),
}
#: bidi controls a bidi-aware extractor adds around reordered runs; they are not text.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: Arabic vowel marks (harakat, tanween): optional in writing; search ignores them as well.
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")


def _plain(text: str) -> str:
    # The Persian half-space (ZWNJ) only shapes the letters and is drawn as nothing; readers that
    # take the text from the glyphs put a space there. Persian search treats both alike.
    text = _BIDI_CONTROLS.sub("", text).replace("\u200c", " ")
    return " ".join(_HARAKAT.sub("", text).split())


def _words(text: str) -> list[str]:
    """The words of a text without the punctuation at their edges (see the module docstring)."""
    spaced = re.sub('[«»„“”"()]', " ", _plain(text))  # quotes and brackets are not part of a word
    return [w.strip(".,;:!?؟،'") for w in spaced.split()]


def _contains_in_order(haystack: list[str], needle: list[str]) -> bool:
    return any(haystack[i : i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))


def _pdf_text(pdf: Path) -> str:
    """The text a reader copies out of the PDF: pypdf (logical order for right-to-left lines),
    NFKC mapping the joined letter shapes (presentation forms) back to the letters typed."""
    import unicodedata

    from pypdf import PdfReader

    pages = PdfReader(pdf).pages
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in pages))


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE])
def test_plan_and_sheet_render_in_every_language(page, demo_case: Case, tmp_path: Path, lang: str) -> None:
    pg, watch = page
    demo_case.set_language(lang)
    plan = write_plan(demo_case, tmp_path / "plan.html", today=TODAY)
    pg.goto(plan.as_uri())
    assert pg.locator("html").get_attribute("lang") == "de"  # German is the binding text
    parts = pg.locator(f'.tr[lang="{lang}"]')
    assert parts.count() >= 8
    direction = "rtl" if lang in RTL_LANGUAGES else "ltr"
    assert {parts.nth(i).get_attribute("dir") for i in range(parts.count())} == {direction}
    assert pg.get_by_text(tr(lang, "render_plan.plan.will"), exact=True).is_visible()
    # the translation is drawn with a font that has its letters (no empty boxes): real width
    assert pg.get_by_text(tr(lang, "render_plan.plan.will"), exact=True).bounding_box()["width"] > 20
    data = print_plan(pg)
    assert_plan_then_map(data)  # the plan on one page, the map on its own
    assert_printed_unscaled(pg, data)  # nothing shrunk to fit, nothing cut off at the right edge

    sheet = write_festgehalten(demo_case, tmp_path / "fest.html", today=TODAY)
    pg.goto(sheet.as_uri())
    assert pg.locator(f'.tr[lang="{lang}"]').count() > 100
    assert pg.get_by_text(tr(lang, "analysis_documented.section.resources"), exact=True).is_visible()
    assert watch.external == [] and watch.page_errors == []


@pytest.mark.parametrize("lang", sorted(RTL_LANGUAGES))
def test_typed_right_to_left_text_comes_out_of_the_pdf_as_typed(
    demo_case: Case, tmp_path: Path, lang: str
) -> None:
    will_text, goal_text = TYPED[lang]
    demo_case.set_language(lang)
    will = demo_case.add_will(will_text)
    demo_case.add_goal(will.id, goal_text)
    demo_case.add_resource(goal_text[:30])
    for name, writer in (("plan", write_plan), ("fest", write_festgehalten)):
        html = writer(demo_case, tmp_path / f"{name}.html", today=TODAY)
        text = _pdf_text(html_to_pdf(html, tmp_path / f"{name}.pdf"))
        words = _words(text)
        for typed in (will_text, goal_text):
            assert _contains_in_order(words, _words(typed)), f"{name}: {typed!r} not in {text!r}"
        # and the product's own words in that language, too
        assert _contains_in_order(words, _words(tr(lang, "render_plan.fest.title")))
