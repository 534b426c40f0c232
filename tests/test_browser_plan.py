"""In a real browser (Debian chromium): the plan renders offline and prints to exactly ONE A4 page."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from beratungskit.analysis.documented import documented
from beratungskit.model import Case
from beratungskit.render.plan import html_to_pdf, write_festgehalten, write_plan

pytestmark = pytest.mark.browser

TODAY = date(2026, 11, 27)
# a page object, not the /Type /Pages tree node
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
# A4 in PDF points (1/72 inch): 595.28 × 841.89
_MEDIABOX = re.compile(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")


def pdf_pages(data: bytes) -> int:
    return len(_PAGE.findall(data))


def printed_pt(data: bytes, contains: str) -> list[float]:
    """Sizes in pt at which the text pieces containing ``contains`` are printed on the PDF's pages.

    Chromium shrinks a page whose content is wider than the paper (to 3/4 at most, then it cuts the
    right edge off), so the size a CSS rule asks for is not always the size on paper: this reads
    the size from the PDF itself (font size × text and transformation matrices)."""
    import io
    import math

    from pypdf import PdfReader

    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if contains in text:
            a, b = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
            sizes.append(size * math.hypot(a, b))

    for pdf_page in PdfReader(io.BytesIO(data)).pages:
        pdf_page.extract_text(visitor_text=visit)
    return sizes


def assert_printed_unscaled(pg, data: bytes) -> None:
    """The frame sentence is printed at the size its CSS asks for: nothing was shrunk or cut."""
    css_pt = pg.evaluate("parseFloat(getComputedStyle(document.querySelector('.frame')).fontSize)") * 0.75
    sizes = printed_pt(data, "Unser gemeinsames Ziel")
    assert sizes, "frame sentence not found in the PDF"
    assert all(abs(size - css_pt) < 0.1 for size in sizes), (sizes, css_pt)


def assert_a4(data: bytes) -> None:
    boxes = _MEDIABOX.findall(data)
    assert boxes
    for width, height in boxes:
        assert abs(float(width) - 595.3) < 2 and abs(float(height) - 841.9) < 2, (width, height)


def page_shapes(data: bytes) -> list[str]:
    """Each page of the PDF in order: "hoch" (A4 portrait) or "quer" (A4 landscape)."""
    import io

    from pypdf import PdfReader

    shapes = []
    for pdf_page in PdfReader(io.BytesIO(data)).pages:
        width, height = float(pdf_page.mediabox.width), float(pdf_page.mediabox.height)
        if abs(width - 595.3) < 2 and abs(height - 841.9) < 2:
            shapes.append("hoch")
        elif abs(width - 841.9) < 2 and abs(height - 595.3) < 2:
            shapes.append("quer")
        else:
            shapes.append(f"{width:.0f}×{height:.0f}")
    return shapes


def print_plan(pg) -> bytes:
    """The plan as chromium prints it: each page in the size its CSS asks for (the plan A4
    portrait, its map A4 landscape), as in the print dialog and in ``html_to_pdf``."""
    return pg.pdf(prefer_css_page_size=True)


def assert_plan_then_map(data: bytes, plan_pages: int = 1) -> None:
    """The plan on ``plan_pages`` A4 portrait pages, then the whole map on one A4 landscape page."""
    assert page_shapes(data) == ["hoch"] * plan_pages + ["quer"]


def test_plan_renders_offline_and_prints_on_one_a4_page(page, demo_case: Case, tmp_path: Path) -> None:
    pg, watch = page
    path = write_plan(demo_case, tmp_path / "plan.html", today=TODAY)
    pg.goto(path.as_uri())
    for heading in (
        "Das will ich",
        "Meine Ziele",
        "Meine nächsten Schritte",
        "Dabei hilft mir",
        "Das macht das Jobcenter",
    ):
        assert pg.get_by_role("heading", name=heading).is_visible()
    assert pg.get_by_text("Meine ganze Karte steht auf der nächsten Seite.").is_visible()
    svg = pg.locator("section.sheet figure.sheet-map > svg")
    box = svg.bounding_box()
    assert box is not None and box["width"] > 600 and box["height"] > 400
    assert pg.get_by_role("heading", name="Meine Karte: Was mir hilft").is_visible()
    assert watch.requests == [path.as_uri()]  # the document itself and nothing else
    assert watch.external == [] and watch.console_errors == [] and watch.page_errors == []

    assert_plan_then_map(print_plan(pg))


def test_the_plan_body_fits_the_printable_a4_area(page, demo_case: Case, tmp_path: Path) -> None:
    """Independent of the PDF: in print media the content is shorter than A4 minus the @page margins."""
    pg, _watch = page
    pg.goto(write_plan(demo_case, tmp_path / "plan.html", today=TODAY).as_uri())
    pg.emulate_media(media="print")
    pg.set_viewport_size({"width": round((210 - 26) / 25.4 * 96), "height": 800})
    # the plan up to the map's own page
    height = pg.evaluate("document.querySelector('section.sheet').getBoundingClientRect().top")
    printable = (297 - 24) / 25.4 * 96
    assert height < printable, f"{height:.0f}px > {printable:.0f}px"


def test_festgehalten_renders(page, demo_case: Case, tmp_path: Path) -> None:
    pg, watch = page
    pg.goto(write_festgehalten(demo_case, tmp_path / "fest.html", today=TODAY).as_uri())
    assert pg.get_by_role("heading", name="Was über mich festgehalten ist").is_visible()
    assert pg.locator(".item").count() == sum(
        len(getattr(demo_case, c))
        for c in ("resources", "relations", "wishes", "wills", "goals", "steps", "referrals", "team_ideas")
    )
    assert pg.locator(".log > ul > li").count() == len(documented(demo_case).log)  # one line per day and kind
    assert watch.external == [] and watch.page_errors == []
    data = pg.pdf(format="A4")
    assert pdf_pages(data) >= 2
    assert_a4(data)


def test_html_to_pdf_with_real_chromium(demo_case: Case, tmp_path: Path) -> None:
    from tests.conftest import CHROMIUM

    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium ist nicht installiert")
    html = write_plan(demo_case, tmp_path / "plan.html", today=TODAY)
    pdf = html_to_pdf(html, tmp_path / "plan.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert_plan_then_map(data)


def test_review_plan_with_changes_still_prints_on_one_page(page, demo_case: Case, tmp_path: Path) -> None:
    """At the six-monthly review the plan also says what changed; it must still fit one page."""
    from beratungskit.render.plan import MAX_CHANGES, plan_html

    old = demo_case.model_copy(deep=True)
    for n in range(MAX_CHANGES + 3):  # more changes than fit: the rest are counted
        demo_case.add_resource(f"Neue Ressource {n}")
    demo_case.update("steps", demo_case.steps[0].id, status="erledigt")
    path = tmp_path / "plan.html"
    path.write_text(plan_html(demo_case, today=TODAY, since=old), encoding="utf-8")
    pg, watch = page
    pg.goto(path.as_uri())
    assert pg.locator("section.changes").get_by_text("Was hat sich seit dem").is_visible()
    assert pg.locator("section.changes .change").count() == MAX_CHANGES
    assert "weitere" in pg.locator("section.changes").inner_text()  # the rest are counted
    assert watch.external == []
    assert_plan_then_map(print_plan(pg))


# --- issue 11: layout makes it fit, not smaller type; an overflowing plan begins page 2 with a heading


def _bigger(case: Case, goals: int, steps: int) -> Case:
    will = case.wills[0]
    ids = [
        r.id
        for r in case.resources
        if r.label in ("Smartphone mit Internet", "Stadtbibliothek mit PC-Plätzen")
    ]
    for g in range(goals):
        goal = case.add_goal(
            will.id,
            f"Bis Ende Januar den Hygieneschein beim Gesundheitsamt machen (Ziel {g + 2}).",
            resource_ids=ids,
            confidence=8,
        )
        for s in range(steps):
            case.add_step(
                goal.id,
                f"Ich suche mit dem Smartphone den nächsten Termin heraus und melde mich an ({s + 1}).",
                resource_ids=ids[:1],
                due=date(2026, 12, 15),
            )
    return case


#: Body text of the plan: what the eLb reads (not the legend, the 0–10 boxes or the small print).
_BODY = [".frame", ".will blockquote", ".goal .text", ".steps li > span", ".helps .group", ".foot .review"]


def test_demo_with_one_more_goal_and_step_fits_one_page_in_body_type(
    page, demo_case: Case, tmp_path: Path
) -> None:
    pg, _watch = page
    path = write_plan(_bigger(demo_case, goals=1, steps=1), tmp_path / "plan.html", today=TODAY)
    pg.goto(path.as_uri())
    pg.emulate_media(media="print")
    sizes = pg.evaluate(
        "sels => sels.map(s => [s, Math.min(...[...document.querySelectorAll(s)]"
        ".map(e => parseFloat(getComputedStyle(e).fontSize)))])",
        _BODY,
    )
    for selector, px in sizes:
        assert px * 72 / 96 >= 11, f"{selector}: {px * 72 / 96:.1f} pt"
    data = print_plan(pg)
    assert_plan_then_map(data)
    assert_printed_unscaled(pg, data)  # ≥ 11 pt on paper too, not only in the CSS


#: The eLb's language under the German: smaller than the German is allowed, never below 10 pt.
_BODY_TR = [f"{s} .tr" for s in [".frame", ".goal", ".steps li > span", ".helps .group", ".foot .review"]]


@pytest.mark.parametrize("lang", ["en", "ar", "tr", "uk", "ru", "fa"])
def test_demo_with_one_more_goal_and_step_fits_one_page_in_every_language(
    page, demo_case: Case, tmp_path: Path, lang: str
) -> None:
    """New-user trial (session 16): in German the demo plus one goal and one step fit one A4 page, in
    Arabic, Persian and Turkish they ran onto a second page. Layout makes them fit: the German body
    text stays ≥ 11 pt on paper, the language's lines ≥ 10 pt."""
    demo_case.set_language(lang)
    pg, _watch = page
    path = write_plan(_bigger(demo_case, goals=1, steps=1), tmp_path / "plan.html", today=TODAY)
    pg.goto(path.as_uri())
    pg.emulate_media(media="print")
    smallest = (
        "sels => sels.map(s => [s, Math.min(...[...document.querySelectorAll(s)]"
        ".map(e => parseFloat(getComputedStyle(e).fontSize)))])"
    )
    for selector, px in pg.evaluate(smallest, _BODY):
        assert px * 72 / 96 >= 11, f"{lang} {selector}: {px * 72 / 96:.1f} pt"
    translated = pg.evaluate(smallest, _BODY_TR)
    assert all(px != float("inf") for _s, px in translated), translated  # the language is there
    for selector, px in translated:
        assert round(px * 72 / 96, 2) >= 10, f"{lang} {selector}: {px * 72 / 96:.1f} pt"
    data = print_plan(pg)
    assert_plan_then_map(data)
    assert_printed_unscaled(pg, data)


@pytest.mark.parametrize("lang", ["de", "ar", "tr"])
def test_a_plan_that_cannot_fit_begins_page_two_with_a_heading(
    page, demo_case: Case, tmp_path: Path, lang: str
) -> None:
    import io

    from pypdf import PdfReader

    demo_case.set_language(lang)
    pg, _watch = page
    pg.goto(write_plan(_bigger(demo_case, goals=4, steps=4), tmp_path / "plan.html", today=TODAY).as_uri())
    data = print_plan(pg)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 3
    assert_plan_then_map(data, plan_pages=len(reader.pages) - 1)
    for number, pdf_page in enumerate(reader.pages[1:-1], start=2):
        first = pdf_page.extract_text().strip().splitlines()[0]
        assert first.startswith("Mein Plan"), (number, first)


@pytest.mark.parametrize("lang", ["en", "ar", "tr", "uk", "ru", "fa"])
def test_the_plan_in_the_elb_s_language_keeps_one_page_and_a_translated_legend(
    page, demo_case: Case, tmp_path: Path, lang: str
) -> None:
    """Issue 11: with a language chosen, the map page's legend (and the plan's other fixed words) carry
    the eLb's language; the demo plan still prints on one A4 page, then the map on its own page,
    whose legend names each area in that language too (read back from the PDF)."""
    import io

    from pypdf import PdfReader

    from beratungskit.messages import tr

    demo_case.set_language(lang)
    pg, _watch = page
    pg.goto(write_plan(demo_case, tmp_path / "plan.html", today=TODAY).as_uri())
    data = print_plan(pg)
    assert_plan_then_map(data)
    map_page = PdfReader(io.BytesIO(data)).pages[-1].extract_text()
    assert "So lesen Sie die Karte" in map_page
    if lang not in ("ar", "fa"):  # Arabic script comes out of the PDF in presentation forms; see below
        assert tr(lang, "render_map.legend") in map_page
        assert tr(lang, "render_map.line.stark") in map_page
    legend = pg.locator(f"footer.sheet-legend .tr[lang='{lang}']")
    assert legend.count() == 11
    footer = pg.locator("footer.sheet-legend").bounding_box()
    for i in range(legend.count()):
        box = legend.nth(i).bounding_box()
        assert box and box["width"] > 0, i
        assert (
            footer["x"] - 0.5 <= box["x"] and box["x"] + box["width"] <= footer["x"] + footer["width"] + 0.5
        )


#: Where each piece of the scaling line and of the first „Dabei hilft mir“ group lies on the page: the
#: line boxes of the scale's translation, the German and translated group name, and the group's items.
_PLACES = """() => {
  const rects = list => [...list].map(r => ({top: r.top, bottom: r.bottom, left: r.left, right: r.right}));
  const boxes = el => rects(el.getClientRects());
  const scale = document.querySelector('.scale-text');
  const group = document.querySelector('.helps .group');
  const name = group.querySelector('.group-name');
  const german = document.createRange();
  german.selectNodeContents(name.firstChild);
  return {
    scaleGerman: boxes(scale.querySelector('.de')), scaleTr: boxes(scale.querySelector('.tr')),
    nameGerman: rects(german.getClientRects()),
    nameTr: boxes(name.querySelector('.tr')), item: boxes(group.querySelector('.item')),
    group: group.getBoundingClientRect().toJSON(),
  };
}"""


@pytest.mark.parametrize("lang", ["ar", "fa", "tr"])
def test_the_scaling_line_and_the_helper_groups_read_whole_in_the_elb_s_language(
    page, demo_case: Case, tmp_path: Path, lang: str
) -> None:
    """Printed in Arabic the scale's translation „مدى ثقتي: 6 من 10“ ran on beside the German and broke
    with „10“ alone on the next line (in Persian the wrapped halves changed places); the group name
    of „Dabei hilft mir“ stood as „Ich selbst · أنا نفسي:“ in one run. Now the translation has a line
    of its own under the German, and a group's translation stands on the German name's line at its
    end, as in a heading, with the group's items below both."""
    demo_case.set_language(lang)
    pg, _watch = page
    pg.goto(write_plan(demo_case, tmp_path / "plan.html", today=TODAY).as_uri())
    pg.emulate_media(media="print")
    pg.set_viewport_size({"width": round((210 - 26) / 25.4 * 96), "height": 1100})
    at = pg.evaluate(_PLACES)
    assert len(at["scaleTr"]) == 1, at["scaleTr"]  # one line, „10“ with the rest
    assert at["scaleTr"][0]["top"] >= at["scaleGerman"][-1]["bottom"] - 1  # under the German
    (german,), (translated,) = at["nameGerman"], at["nameTr"]
    assert abs(german["top"] - translated["top"]) < 6  # one line
    assert german["right"] < translated["left"]  # German first, then the translation
    assert abs(translated["right"] - at["group"]["right"]) < 1  # at the line's end
    assert at["item"][0]["top"] >= translated["bottom"] - 1  # the items below
    data = print_plan(pg)
    assert_plan_then_map(data)


def test_the_name_in_the_head_is_never_broken(page, demo_case: Case, tmp_path: Path) -> None:
    """The plan as the app shows it beside the goal work (about 700 px wide): the subtitle's „für Mira
    K.“ broke between „Mira“ and „K.“. The name and its „für“ keep one line."""
    demo_case.set_language("ar")
    pg, _watch = page
    pg.set_viewport_size({"width": 700, "height": 900})
    pg.goto(write_plan(demo_case, tmp_path / "plan.html", today=TODAY).as_uri())
    lines = pg.evaluate(
        """() => { const sub = document.querySelector('.head .sub');
                   const text = [...sub.childNodes].map(n => n.textContent).join('');
                   const walker = document.createTreeWalker(sub, NodeFilter.SHOW_TEXT);
                   let n; while ((n = walker.nextNode())) { const at = n.textContent.indexOf('Mira K.');
                     if (at >= 0) { const r = document.createRange(); r.setStart(n, at); r.setEnd(n, at + 7);
                                    return [...r.getClientRects()].map(b => Math.round(b.top)); } }
                   return text; }"""
    )
    assert isinstance(lines, list) and len(set(lines)) == 1, lines
