"""The team report: parses, has captioned charts, says "zu wenige Fälle", escapes partner names."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from beratungskit.analysis.team import Partner, team_aggregates
from beratungskit.demo import demo_case
from beratungskit.render.team_report import team_html, write_team_report


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Tags:
    p = _Tags()
    p.feed(html)
    return p


def test_too_few_cases_shows_no_chart() -> None:
    page = team_html(team_aggregates([demo_case()] * 4, partners=None))
    parsed = _parse(page)
    assert "svg" not in parsed.tags
    assert "Zu wenige Fälle" in " ".join(parsed.text)


def test_charts_have_captions_and_hostile_partner_names_are_escaped() -> None:
    hostile = "<script>alert(1)</script> Treff"
    cases = []
    for i in range(5):
        case = demo_case()
        case.add_resource(hostile, origin="sozialraum")
        case.add_resource("Tafel & Co", origin="sozialraum")
        cases.append(case.model_copy(update={"key": f"k{i}"}))
    page = team_html(team_aggregates(cases, partners=[Partner(hostile), Partner("Tafel & Co")]))
    parsed = _parse(page)
    assert "script" not in parsed.tags and "&lt;script&gt;" in page
    assert parsed.tags.count("figure") == parsed.tags.count("figcaption") >= 6
    text = " ".join(parsed.text)
    assert "zu wenige Fälle" in page  # e.g. steps of network partners: no case has one
    assert "Welche Netzwerkpartner werden im selben Fall zusammen genutzt?" in text


def test_write_team_report(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    out = write_team_report(
        [demo_case()] * 5, tmp_path / "team.html", progress=lambda d, t: calls.append((d, t))
    )
    assert "<svg" in out.read_text(encoding="utf-8")
    assert calls[-1] == (5, 5)


def test_charts_are_well_formed_svg_and_hidden_figures_are_grey() -> None:
    """Found by the XML check of issue 9: a hidden figure's text carried ``fill`` twice."""
    import xml.etree.ElementTree as ET

    from beratungskit.analysis.team import Figure
    from beratungskit.render.team_report import MUTED, bar_chart_svg, histogram_svg

    for svg in (
        bar_chart_svg([("A", Figure.of(12, 6)), ("B", Figure.of(3, 2))], aria="Test"),
        histogram_svg({0: Figure.of(1, 1), 1: Figure.of(9, 6)}, aria="Test"),
    ):
        root = ET.fromstring(svg)
        hidden = [el for el in root.iter("{http://www.w3.org/2000/svg}text") if el.text == "zu wenige Fälle"]
        assert hidden and all(el.get("fill") == MUTED for el in hidden)
