"""The map on paper, measured in the PDF chromium prints (pdfplumber reads each word's font size).

``beratungskit export CASE --as karte --pdf`` gives one A4 landscape page with areas, rings, area
titles, legend and every label at 9 pt or more for up to 40 resources; the one-page plan carries the
same sheet on the page after the plan.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from beratungskit.analysis.layout import node_lines
from beratungskit.cli import main
from beratungskit.model import Case
from beratungskit.render.plan import html_to_pdf, plan_html
from beratungskit.store import CaseStore
from tests.mapcases import map_case

pdfplumber = pytest.importorskip("pdfplumber")

pytestmark = pytest.mark.browser

#: Words pdfplumber reads back in another order or form (right-to-left script, emoji sequences):
#: they are drawn, but not compared word by word.
_NOT_COMPARED = re.compile(r"[\u0600-\u06ff]|[\U0001F000-\U0001FAFF\u2600-\u27bf\ufe0f]")


def label_words(case: Case) -> set[str]:
    return {
        w
        for r in case.resources
        for line in node_lines(r)
        for w in line.split()
        if not _NOT_COMPARED.search(w)
    }


def read(pdf_path: Path) -> tuple[list[tuple[float, float]], list[dict[str, object]]]:
    with pdfplumber.open(pdf_path) as pdf:
        pages = [(float(p.width), float(p.height)) for p in pdf.pages]
        words = [w for p in pdf.pages for w in p.extract_words(extra_attrs=["size"])]
    return pages, words


@pytest.mark.parametrize("n", [15, 40])
def test_the_a4_map_is_one_landscape_page_with_labels_of_at_least_9_pt(tmp_path: Path, n: int) -> None:
    store = CaseStore(tmp_path / "faelle")
    case = map_case(n)
    store.save(case)
    out = tmp_path / "karte.html"
    assert (
        main(["export", case.key, "--as", "karte", "--pdf", "-o", str(out), "--store", str(store.folder)])
        == 0
    )
    pages, words = read(out.with_suffix(".pdf"))
    assert len(pages) == 1
    width, height = pages[0]
    assert width > height and abs(width - 842) < 2 and abs(height - 595) < 2  # A4 landscape, in pt
    # the map: between the title line and the legend (whose words may repeat a label's "in" or "von")
    top = max(float(w["bottom"]) for w in words if w["text"] == "Stand:")  # type: ignore[arg-type]
    bottom = min(float(w["top"]) for w in words if w["text"] == "lesen")  # type: ignore[arg-type]
    on_map = [w for w in words if top < float(w["top"]) and float(w["bottom"]) < bottom]  # type: ignore[arg-type]
    texts = {str(w["text"]) for w in on_map}
    wanted = label_words(case)
    assert wanted <= texts, sorted(wanted - texts)  # every label is there as text
    smallest = min(float(w["size"]) for w in on_map if w["text"] in wanted)  # type: ignore[arg-type]
    assert smallest >= 9.0, smallest
    joined = " ".join(str(w["text"]) for w in words)
    for text in ("Ring 1: ganz nah", "Ring 3: weiter weg", "Persönlich", "Infrastruktur", "So lesen Sie"):
        assert text in joined, text
    print(f"A4 map, {n} resources: smallest label {smallest:.1f} pt")


@pytest.mark.parametrize("n", [15, 25])
def test_the_plan_prints_the_whole_map_on_a_page_of_its_own_in_8_pt_or_more(tmp_path: Path, n: int) -> None:
    """The plan is one A4 portrait page; the map follows on an A4 landscape page of its own, with
    every label as text at 8 pt or more (issue 10: up to 25 resources). Beside the plan's text, in
    its side column, the labels were 3–4 pt."""
    case = map_case(n)
    html = tmp_path / "plan.html"
    html.write_text(plan_html(case), encoding="utf-8")
    with pdfplumber.open(html_to_pdf(html, tmp_path / "plan.pdf")) as pdf:
        shapes = [(round(float(p.width)), round(float(p.height))) for p in pdf.pages]
        first = pdf.pages[0].extract_text()
        words = pdf.pages[-1].extract_words(extra_attrs=["size"])
    assert shapes == [(595, 842), (842, 595)]
    assert "Meine ganze Karte steht auf der nächsten Seite." in first.replace("\n", " ")
    # the map: between the heading line and the legend
    top = max(float(w["bottom"]) for w in words if w["text"] == "Stand:")  # type: ignore[arg-type]
    bottom = min(float(w["top"]) for w in words if w["text"] == "lesen")  # type: ignore[arg-type]
    on_map = [w for w in words if top < float(w["top"]) and float(w["bottom"]) < bottom]  # type: ignore[arg-type]
    wanted = label_words(case)
    assert wanted <= {str(w["text"]) for w in on_map}, sorted(wanted - {str(w["text"]) for w in on_map})
    smallest = min(float(w["size"]) for w in on_map if w["text"] in wanted)  # type: ignore[arg-type]
    assert smallest >= 8.0, smallest
    print(f"plan's map page, {n} resources: smallest label {smallest:.1f} pt")
