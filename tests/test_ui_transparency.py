"""„Was wir festhalten“: every stored item and the log, addressed to the eLb, user text escaped."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from beratungskit.model import Case
from beratungskit.store import CaseStore
from beratungskit.ui.session import Session
from beratungskit.ui.transparency import TransparencyPanel, transparency_html

HOSTILE = "<img src=x onerror=alert(1)>"


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text += data


def parsed(html: str) -> Tags:
    p = Tags()
    p.feed(html)
    return p


def test_every_item_of_the_demo_case_is_listed(demo_case: Case) -> None:
    text = parsed(transparency_html(demo_case)).text
    assert "Das haben wir über Sie festgehalten" in text
    for res in demo_case.resources:
        assert res.label in text
    for item in [*demo_case.wills, *demo_case.wishes, *demo_case.goals, *demo_case.steps]:
        assert item.text in text
    assert demo_case.referrals[0].institution in text
    assert "„Jana (Schwester)“ hilft Ihnen." in text
    assert "Am 30.11.2026 haben wir aufgeschrieben:" in text or "haben wir aufgeschrieben:" in text


def test_tab_and_sheet_say_the_same_sentences(demo_case: Case) -> None:
    from beratungskit.analysis.documented import documented

    text = " ".join(parsed(transparency_html(demo_case)).text.split())
    for sentence in documented(demo_case).sentences():
        assert " ".join(sentence.text().split()) in text, sentence.key


def test_tab_shows_the_elbs_language_below_the_german(demo_case: Case) -> None:
    demo_case.set_language("ar")
    html = transparency_html(demo_case)
    assert 'class="tr" lang="ar" dir="rtl"' in html
    assert "Das haben wir über Sie festgehalten" in parsed(html).text


def test_user_text_is_shown_as_text(demo_case: Case) -> None:
    demo_case.add_resource(HOSTILE, note="</script><script>alert(1)</script>")
    page = parsed(transparency_html(demo_case))
    assert "img" not in page.tags and "script" not in page.tags
    assert HOSTILE in page.text


def test_panel_follows_every_change(store_dir: Path) -> None:
    store = CaseStore(store_dir)
    session = Session(store, store.create("Sonnenblume"))
    panel = TransparencyPanel(session)
    session.apply(lambda case: case.add_resource("Fahrrad"))
    assert "Fahrrad" in panel.html.value
    assert "haben wir aufgeschrieben:" in panel.html.value
    session.undo()
    assert "Fahrrad" not in panel.html.value


@pytest.mark.parametrize("lang", ["en", "ar", "tr", "uk", "ru", "fa"])
def test_a_line_s_title_says_sie_in_the_elb_s_language(lang: str) -> None:
    """Issue 11: a line's title in „Was wir festhalten“ and on the sheet („Sie – Fahrrad“), and the
    same line named in the log, stood in German only with a language chosen. Its „Sie“ is said in
    the eLb's language under the German; the names stay as typed, German alone is as before."""
    import re

    from beratungskit.demo import demo_case
    from beratungskit.messages import tr
    from beratungskit.render.plan import festgehalten_html

    case = demo_case()
    you = tr(lang, "analysis_documented.you")
    german = transparency_html(case, "de")
    assert '<b dir="auto">Sie – Fahrrad</b>' in german and 'class="tr"' not in german
    for page in (transparency_html(case, lang), festgehalten_html(case, lang=lang)):
        said = re.findall(
            rf'<span class="tr" lang="{lang}" dir="(?:ltr|rtl)">([^<]*<bdi>[^<]*</bdi>[^<]*)</span>', page
        )
        titles = [re.sub(r"</?bdi>", "", s) for s in said if " – " in s]
        assert f"{you} – Fahrrad" in titles, (lang, titles[:3])
        # 16 lines with the eLb: their titles, and the same lines named in the log
        assert sum(t.startswith(f"{you} – ") for t in titles) == 32, (lang, len(titles))
