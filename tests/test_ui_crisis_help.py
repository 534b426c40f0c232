"""„Hilfe in einer Krise“ in the session app: the crisis lines one click away, whatever the guard finds.

Through the composed app without a browser (the page's look and the eLb's language:
``test_browser_crisis_help.py``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from beratungskit.analysis.partners import Partner, load_partners
from beratungskit.analysis.wording import check_text, crisis_offer
from beratungskit.messages import t
from beratungskit.model import Category, Origin, ReferralTopic
from beratungskit.ui.app import SessionApp
from beratungskit.ui.crisis_help import CrisisHelp, crisis_help_lines


def test_the_button_stands_in_the_head_of_every_open_case(app: SessionApp) -> None:
    help = app.crisis_help
    assert help.button in app.title_row.children and app.title_block.layout.display is None
    assert help.panel in app.widget.children and not help.shown
    app.show_picker()  # the case list belongs to the IFK: no button, and an open panel closes
    assert app.title_block.layout.display == "none"
    app.picker.alias.value = "Mond"
    app.picker.create_button.click()
    help.button.click()
    assert help.shown
    app.show_picker()
    assert not help.shown


def test_the_panel_offers_the_lines_and_the_local_crisis_services(app: SessionApp) -> None:
    help = app.crisis_help
    help.button.click()
    text = help.text.value
    for number in ("0800 111 0 111", "0800 111 0 222", "116 016", "112", "110"):
        assert number in text
    shipped = load_partners()
    for partner in shipped:  # the shipped directory's crisis and violence services, nothing else
        crisis = bool({ReferralTopic.KRISE, ReferralTopic.GEWALT} & set(partner.topics))
        assert (partner.name in text) == crisis, partner.name
    assert any(ReferralTopic.GEWALT in p.topics for p in shipped)
    help.close_button.click()
    assert not help.shown
    help.button.click()
    help.button.click()  # the button closes it too
    assert not help.shown


def test_opening_the_panel_writes_nothing_into_the_case(app: SessionApp) -> None:
    assert app.session is not None
    path = app.store.path_for(app.session.case.key)
    before = path.read_bytes()
    app.crisis_help.button.click()
    app.crisis_help.close_button.click()
    assert path.read_bytes() == before
    assert app.session.case.revision == 1


def test_the_directory_s_text_is_escaped_and_a_broken_directory_leaves_the_lines() -> None:
    hostile = Partner(
        "x",
        "<img src=x onerror=alert(1)>",
        Category.INFRASTRUKTURELL,
        Origin.FACHDIENST,
        (ReferralTopic.KRISE,),
        "<b>rund um die Uhr</b>",
    )
    help = CrisisHelp(partners=[hostile])
    help.show(True)
    assert "<img" not in help.text.value and "&lt;img src=x onerror=alert(1)&gt;" in help.text.value
    assert "<b>" not in help.text.value
    lines = crisis_help_lines([])  # no directory: the national lines stay
    assert lines[0] == t("ui_session.crisis_help_self_harm")
    assert not any(line.startswith("Hier vor Ort") for line in lines)


def test_a_malformed_directory_is_no_reason_to_hide_the_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "partners.yaml"
    broken.write_text("partner: [unclosed\n", encoding="utf-8")
    monkeypatch.setattr("beratungskit.analysis.partners.partners_path", lambda: broken)
    help = CrisisHelp()
    help.show(True)
    assert "0800 111 0 111" in help.text.value
    # the guard's offer reads the same directory the same way: the crisis line stays
    offer = crisis_offer(check_text("Ich will nicht mehr leben.", writer="elb"))
    assert offer is not None and offer.crisis_line and offer.services == ()
    assert broken.read_text(encoding="utf-8") == "partner: [unclosed\n"  # left as it was


@pytest.mark.parametrize("lang", ["en", "ar", "tr", "uk", "ru", "fa"])
def test_under_the_elbs_own_words_the_crisis_line_is_said_to_the_elb_in_their_language(lang: str) -> None:
    """The trial of issue 11: with Türkçe chosen, „Ich will mir etwas antun.“ in the will field got a
    hint in German only, addressed to the IFK. Under the eLb's own words the crisis line now also
    speaks to the eLb, in a line the page shows in their language; IFK text keeps the IFK's hint."""
    from beratungskit.messages import t, tr
    from beratungskit.render.bilingual import isolated_text
    from beratungskit.ui.bilingual import translate_text
    from beratungskit.ui.hints import hint_for

    elb_line = t("ui_session.crisis_help_self_harm")
    hint = hint_for("Ich will mir etwas antun.", writer="elb")
    assert elb_line in hint.split("\n")
    # the numbers once (the trial of the forty-eighth round: the IFK's line and the eLb's line both
    # carried them, four numbers stacked under one sentence); the IFK keeps how to ask and the 112
    assert hint.count("0800 111 0 111") == 1 and hint.count("0800 111 0 222") == 1
    assert t("analysis_wording.crisis.line") not in hint
    assert t("analysis_wording.crisis.line_beside_elb") in hint.split("\n")
    assert t("analysis_wording.crisis.line") in hint_for("Er will sich etwas antun.", writer="ifk")
    # in Arabic and Persian with its phone number and „Telefonseelsorge“ in bidi isolates (lang15)
    said = isolated_text(tr(lang, "ui_session.crisis_help_self_harm"), lang)
    assert translate_text(elb_line, lang) == said != elb_line
    assert elb_line not in hint_for("Er will sich etwas antun.", writer="ifk")
    assert elb_line not in hint_for("Ich will in einer Bäckerei arbeiten.", writer="elb")


def test_the_crisis_line_under_a_field_is_a_bold_line_of_its_own_and_nothing_is_small() -> None:
    """The small print of the hint (15 px, the crisis line among it) was hard to read from arm's
    length; now every line is 17 px and the crisis line — for the IFK and, under the eLb's words, for
    the eLb — is bold, each a line of its own; typed text stays escaped."""
    from beratungskit.ui.hints import hint_for, hint_html

    page = hint_html(hint_for("Ich will mir etwas antun.", writer="elb"))
    lines = re.findall(r'<div style="([^"]*)">([^<]*)</div>', page)
    bold = [text for style, text in lines if "font-weight:600" in style]
    assert bold == [t("analysis_wording.crisis.line_beside_elb"), t("ui_session.crisis_help_self_harm")]
    ifk = hint_html(hint_for("Er will sich etwas antun.", writer="ifk"))
    assert re.findall(r'font-weight:600[^"]*">([^<]*)<', ifk) == [t("analysis_wording.crisis.line")]
    assert len(lines) == 3 and all("font-size:17px" in style for style, _ in lines)  # below the head
    line = t("analysis_wording.crisis.line")
    typed = hint_html("„<img src=x onerror=alert(1)>“ – Sie entscheiden.\n" + line)
    assert "<img" not in typed and "&lt;img" in typed and typed.count("font-weight:600") == 1
    assert "font-weight" not in hint_html(hint_for("Er ist unmotiviert."))
