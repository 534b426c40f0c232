"""The case-conference page: parses, follows the phases, escapes hostile text, loads nothing."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from beratungskit.demo import demo_case
from beratungskit.render.conference import conference_html, write_conference

HOSTILE = "<script>alert(1)</script>"


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.srcs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.srcs += [v or "" for k, v in attrs if k in {"src", "href"}]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Collect:
    parser = _Collect()
    parser.feed(html)
    return parser


def test_phases_in_order_map_and_no_script() -> None:
    page = conference_html(demo_case())
    parsed = _parse(page)
    text = " ".join(parsed.text)
    positions = [
        text.index(p)
        for p in ("Fallvorstellung", "Fragen zum Verständnis", "Hypothesen", "Rückmeldung", "Abschluss")
    ]
    assert positions == sorted(positions)
    assert "svg" in parsed.tags and "script" not in parsed.tags
    assert all(s.startswith("#") for s in parsed.srcs)  # only in-page links, nothing external
    assert "3 von 4 Schritten macht die Kundin/der Kunde selbst (75 %)." in text


def test_ideas_are_suggestions_and_hostile_text_is_escaped() -> None:
    case = demo_case()
    case.update("wills", "w1", text=HOSTILE, shareable=True)
    case.add_team_idea(HOSTILE + " Probearbeiten?")
    case.add_team_idea("Sprachcafé ausprobieren", taken_up=False)
    page = conference_html(case)
    assert HOSTILE not in page and "&lt;script&gt;" in page
    parsed = _parse(page)
    assert "script" not in parsed.tags
    assert " ".join(parsed.text).count("Vorschlag – die Kundin/der Kunde entscheidet") == 2
    hidden = conference_html(case, ideas=False)
    assert "Sprachcafé ausprobieren" not in hidden


def test_write_conference_does_not_change_the_case(tmp_path: Path) -> None:
    case = demo_case()
    before = case.model_dump()
    path = write_conference(case, tmp_path / "fb.html")
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert case.model_dump() == before


def test_a_shared_resource_note_is_shown_and_an_unshared_one_is_not() -> None:
    from beratungskit.demo import demo_case
    from beratungskit.render.conference import conference_html

    case = demo_case()
    shared = next(r for r in case.resources if r.note and not r.is_person)
    private = next(r for r in case.resources if r.note and r.id != shared.id)
    case.update_resource(shared.id, shareable=True)
    html = conference_html(case)
    assert shared.note is not None and private.note is not None
    assert shared.note in html
    assert private.note not in html
