"""Every page the eLb reads says which language each part is in, and writes dates as TT.MM.JJJJ.

The printed documents are German pages (``<html lang="de">``); every part in the eLb's language
carries its own ``lang`` and ``dir``. No date appears as 2026-12-04 or 12/04/2026.
"""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser

import pytest

from beratungskit.messages import LANGUAGES, RTL_LANGUAGES
from beratungskit.model import Case
from beratungskit.render.ecomap import ecomap_html
from beratungskit.render.plan import festgehalten_html, plan_html
from beratungskit.ui.transparency import transparency_html

TODAY = date(2026, 11, 27)
FOREIGN_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
GERMAN_DATE = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")


class _Parts(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root_lang: str | None = None
        self.parts: list[dict[str, str | None]] = []
        self.text: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "html":
            self.root_lang = found.get("lang")
        if found.get("lang") and tag != "html":
            self.parts.append(found)
        self._hidden += tag in {"script", "style"}

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in {"script", "style"}

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.text.append(data)


def _parsed(html: str) -> _Parts:
    parser = _Parts()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("lang", LANGUAGES)
def test_documents_mark_every_language_and_write_german_dates(demo_case: Case, lang: str) -> None:
    demo_case.set_language(lang)
    pages = {
        "plan": plan_html(demo_case, today=TODAY),
        "festgehalten": festgehalten_html(demo_case, today=TODAY),
        "tab": transparency_html(demo_case),
        "karte": ecomap_html(demo_case),
    }
    for name, html in pages.items():
        page = _parsed(html)
        if name != "tab":  # the tab is a part of the app's German page
            assert page.root_lang == "de", name
        others = [p for p in page.parts if p.get("lang") != "de"]
        if lang == "de":
            assert others == [], name
        elif name != "karte":  # the map file stays German
            assert others, name
            assert {p.get("lang") for p in others} == {lang}, name
            want = "rtl" if lang in RTL_LANGUAGES else "ltr"
            assert {p.get("dir") for p in others} == {want}, name
        text = " ".join(page.text)
        assert not FOREIGN_DATE.search(text), (name, FOREIGN_DATE.search(text))
        if name != "karte":
            assert GERMAN_DATE.search(text), name
