"""The session's bilingual layer (ui/bilingual.py) and the language chooser, without a browser.

The page-side matching is JavaScript (ui/static/bilingual.js); ``translate_text`` does the same in
Python, so here every eLb text of the catalogue is checked to be recognised — with and without
values — and values to come through untouched. tests/test_browser_session_languages.py checks the page.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from beratungskit.messages import CATALOGUE, LANGUAGES, SOURCE_LANGUAGE, is_elb_facing, t, tr, tr_text
from beratungskit.store import CaseStore
from beratungskit.ui.bilingual import BilingualLayer, LanguageChooser, patterns, translate_text, typed_texts
from beratungskit.ui.feedback import Feedback
from beratungskit.ui.session import Session

OTHER = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]


def _sample_values(text: str) -> dict[str, str]:
    names = {n for _l, n, _s, _c in string.Formatter().parse(text) if n}
    return {name: f"Wert{i}-«{name}»" for i, name in enumerate(sorted(names))}


def _wordless(german: str) -> bool:
    """A frame with no words of its own („{text}“): the layer leaves it alone (see below)."""
    return not re.search(r"[^\W\d_]", re.sub(r"\{\w+\}", "", german))


def _frames_not_translated(
    lang: str,
    values_for: Callable[[str], dict[str, str] | None],
    typed: Sequence[str] = (),
    shown_as: Callable[[str], str] = lambda text: text,
) -> list[str]:
    """The keys of the catalogue's eLb texts, filled with ``values_for(german)`` (``None``: skip)
    and shown as ``shown_as`` puts them on the page, that the page's layer does not translate;
    every one it translates keeps its values as typed."""
    missed = []
    for key, german in CATALOGUE.items():
        if not is_elb_facing(key) or "{{" in german or _wordless(german):
            continue
        values = values_for(german)
        if values is None:
            continue
        shown = german.format(**values)
        if tr(lang, key, **values) == shown:
            continue  # the same in both languages (e.g. "{symbol} {category}")
        got = translate_text(shown_as(shown), lang, typed)
        if got is None:
            missed.append(key)
            continue
        for value in values.values():
            assert value in got, (key, got)
    return missed


@pytest.mark.parametrize("lang", OTHER)
def test_every_elb_text_is_recognised_and_values_stay_as_typed(lang: str) -> None:
    assert _frames_not_translated(lang, _sample_values) == []


def _no_break(text: str) -> str:
    # how ipywidgets shows a selection list's option: every space as U+00A0
    return text.replace(" ", "\u00a0")


def _breaking(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize("lang", OTHER)
@pytest.mark.parametrize("shown_as", [_no_break, _breaking], ids=["as-no-break-spaces", "as-plain-spaces"])
def test_every_elb_text_is_recognised_whatever_its_spaces(lang: str, shown_as: Callable[[str], str]) -> None:
    """Trial 15: six of eleven topics of „Andere Stellen“ stayed German in Türkçe although the
    catalogue has them: the selection list showed „Alltag und Lebensfragen“ with no-break spaces.
    Every catalogue text is looked up with its spaces as the page may show them — no-break where the
    catalogue has plain ones, plain where it has no-break ones („SGB\u00a0II“)."""
    assert _frames_not_translated(lang, _sample_values, shown_as=shown_as) == []
    topic = translate_text(_no_break(t("model.ReferralTopic.alltag")), lang)
    assert topic == tr(lang, "model.ReferralTopic.alltag")


def test_patterns_are_plain_enough_for_javascript() -> None:
    _exact, templated = patterns("ar")
    for source, names, _other, _bare in templated:
        assert "(?P<" not in source and "(?<" not in source  # no named groups: plain () only
        assert len(re.compile(source).groupindex) == 0 and re.compile(source).groups == len(names)


def test_typed_text_and_german_only_are_left_alone() -> None:
    assert translate_text("Fahrrad mit Anhänger", "ar") is None
    assert translate_text("Festhalten", SOURCE_LANGUAGE) is None
    layer = BilingualLayer()
    assert layer.lang == "de" and layer.exact == {} and layer.templated == []


def test_the_chooser_saves_the_language_and_the_layer_follows(store_dir: Path) -> None:
    store = CaseStore(store_dir)
    session = Session(store, store.create("Sonnenblume"))
    feedback = Feedback()
    chooser = LanguageChooser(feedback)
    chooser.show(session)
    assert chooser.dropdown.value == "de" and chooser.layer.lang == "de"

    chooser.dropdown.value = "fa"
    assert store.load(session.case.key).language.value == "fa"  # saved at once
    assert chooser.layer.lang == "fa" and chooser.layer.direction == "rtl"
    assert chooser.layer.exact["Festhalten"] == tr("fa", "ui_session.add")
    assert feedback.last.startswith("Ihre Sprache ist jetzt: Persisch")
    assert "Sprache: Persisch (Farsi)" in session.case.log[-1].summary  # the eLb sees it was changed

    session.undo()
    assert chooser.dropdown.value == "de" and chooser.layer.lang == "de"


def test_a_symbol_in_front_stays_and_the_words_are_translated() -> None:
    assert translate_text("★ Persönlich", "en") == "★ Personal"
    assert translate_text("▲ Fahrrad", "en") is None  # typed text after a symbol stays as it is


OTHERS = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


@pytest.mark.parametrize("lang", OTHERS)
def test_every_scaling_question_is_offered_in_the_elbs_language(lang: str) -> None:
    """The trial of issue 11: the questions that follow the number stood in German only on the shared
    screen, and „Was hilft Ihnen, trotzdem dranzubleiben?“ was even taken for the relation „{a} hilft
    {b}“ and garbled. Every question, for every number and change, is translated as a whole and keeps
    its numbers."""
    from beratungskit.analysis.scaling import scaling_questions

    texts = {q.text for n in range(11) for prev in (None, *range(11)) for q in scaling_questions(n, prev)}
    texts |= {q.text for q in scaling_questions(None)}
    for german in sorted(texts):
        other = translate_text(german, lang)
        assert other is not None, (lang, german)
        numbers = sorted(re.findall(r"\d+", german))
        assert sorted(re.findall(r"\d+", other)) == numbers, (lang, german, other)
    keep_going = translate_text("Was hilft Ihnen, trotzdem dranzubleiben?", lang)
    assert keep_going == tr(lang, "analysis_scaling.keep_going")


@pytest.mark.parametrize("lang", OTHERS)
def test_a_step_draft_is_shown_in_the_elbs_language(lang: str) -> None:
    """A draft ("Dabei hilft mir: Nähmaschine. Damit kann ich …") is one of the office's sentence
    starts (templates/step_phrasings.yaml). The relation pattern „{a} hilft {b}“ once put garbled
    Turkish under it (trial of issue 11), so the card was left German only — and the eLb could not
    read the beginnings of the steps (trial of session 14). Now each draft of the demo case is
    translated by its own frame, the name kept as typed, the card's text no longer left out."""
    from beratungskit.analysis.drafts import draft_steps
    from beratungskit.demo import demo_case
    from beratungskit.messages._babel import PHRASINGS_CONTEXT
    from beratungskit.render.bilingual import isolated_text
    from beratungskit.ui.draft_card import DraftCard

    case = demo_case()
    typed = typed_texts(case)
    drafts = [d for goal in case.goals for d in draft_steps(case, goal.id, skip_used=False)]
    assert drafts
    for draft in drafts:
        other = translate_text(draft.text, lang, typed)
        assert other is not None and "hilft" not in other, (lang, draft.text, other)
    sewing = translate_text("Dabei hilft mir: Nähmaschine. Damit kann ich …", lang, ["Nähmaschine"])
    german = "Dabei hilft mir: {label}. Damit kann ich …"
    frame = isolated_text(tr_text(lang, PHRASINGS_CONTEXT, german), lang)
    assert sewing == frame.replace("{label}", "\u2068Nähmaschine\u2069") and frame != german
    card = DraftCard(object())  # type: ignore[arg-type]
    assert "bk-no-tr" not in card.text._dom_classes


#: Typed texts that contain the words of the app's short frames („{a} hilft {b}“, „für {x}“,
#: „bis {x}“, „Ziel {n}“, „{x} (Mitte)“, „Notiz: {x}“ …): each is a whole note, label or will.
TYPED_TRAPS = [
    "Mein Bruder hilft mir beim Umzug",
    "Meine Nachbarin hilft mir.",
    "für meine Kinder da sein",
    "bis zum Sommer eine Stelle",
    "Ziel ist eine eigene Wohnung",
    "Tante Ayse (Mitte)",
    "Notiz: Oma fragen",
    "Kita Sonnenhof hilft Ihnen",
]


@pytest.mark.parametrize("lang", OTHER)
@pytest.mark.parametrize("typed", TYPED_TRAPS)
def test_typed_text_is_never_read_as_a_frame(lang: str, typed: str) -> None:
    """Trial of issue 11: with Türkçe chosen, a resource note „Mein Bruder hilft mir beim Umzug“ got a
    garbled line, because the relation pattern „{a} hilft {b}“ matched it. Shown by itself, or after a
    symbol, a typed text of the case is left as it is."""
    assert translate_text(typed, lang) is not None  # the trap: without knowing what was typed
    assert translate_text(typed, lang, [typed]) is None
    assert translate_text(f"● {typed}", lang, [typed]) is None


@pytest.mark.parametrize("lang", OTHER)
def test_a_frame_around_typed_text_is_still_translated(lang: str) -> None:
    """Knowing the typed texts costs no translation of the app's own frames: every eLb text of the
    catalogue, its values filled with typed texts (also ones holding a frame's words), is translated
    with the values as typed."""

    def traps(german: str) -> dict[str, str] | None:
        names = sorted({n for _l, n, _s, _c in string.Formatter().parse(german) if n})
        return {name: TYPED_TRAPS[i % len(TYPED_TRAPS)] for i, name in enumerate(names)} or None

    assert _frames_not_translated(lang, traps, TYPED_TRAPS) == []


def test_the_layer_knows_the_cases_typed_texts(tmp_path: Path) -> None:
    """The chooser sends the case's typed texts to the page while another language is shown (and
    follows every change); a German session sends none."""
    from beratungskit.model import Language
    from beratungskit.ui.bilingual import typed_texts

    store = CaseStore(tmp_path)
    session = Session(store, store.create("Deniz"))
    chooser = LanguageChooser(Feedback())
    chooser.show(session)
    session.apply(lambda c: c.add_resource("Bruder", note="Mein Bruder hilft mir beim Umzug"))
    assert chooser.layer.typed == []  # German: nothing to send
    session.apply(lambda c: c.set_language(Language.TR))
    assert "Mein Bruder hilft mir beim Umzug" in chooser.layer.typed
    session.apply(lambda c: c.add_will("Ich will für meine Kinder da sein."))
    assert "Ich will für meine Kinder da sein." in chooser.layer.typed
    assert chooser.layer.typed == typed_texts(session.case, chooser._partners())
    assert any(p.name in chooser.layer.typed for p in chooser._partners())  # the directory's texts too


@pytest.mark.parametrize("lang", ["en", "ar", "tr", "uk", "ru", "fa"])
def test_a_referral_line_names_its_area_in_the_elb_s_language(tmp_path: Path, lang: str) -> None:
    """Issue 11: a referral in „4 Andere Stellen“ („Schuldnerberatung der Stadt (Beispiel) – Schulden
    und Geld (20.11.2026)“) kept its area in German with a language chosen: the area was a value of
    its own. Each area has its whole line now; the institution stays as typed."""
    from beratungskit.analysis.partners import load_partners_or_none
    from beratungskit.demo import demo_case
    from beratungskit.model import ReferralTopic
    from beratungskit.ui.bilingual import typed_texts
    from beratungskit.ui.referral_panel import ReferralPanel
    from beratungskit.ui.session import Session

    case = demo_case()
    for topic in ReferralTopic:
        case.add_referral(f"Beratung {topic.value}", topic)
    store = CaseStore(tmp_path)
    store.save(case)
    panel = ReferralPanel(Session(store, case), partners=load_partners_or_none() or [])
    typed = typed_texts(case)
    shown = [row.widget.value for row in panel.lines.rows.values()]
    assert len(shown) == len(case.referrals) >= len(ReferralTopic)
    for line, ref in zip(shown, case.referrals, strict=True):
        other = translate_text(line, lang, typed)
        assert other is not None, (lang, line)
        assert tr(lang, f"model.ReferralTopic.{ref.topic.value}") in other and ref.institution in other, other


@pytest.mark.parametrize("lang", ["en", "ar", "tr", "uk", "ru", "fa"])
def test_the_language_s_own_message_says_its_name_in_it(store_dir: Path, lang: str) -> None:
    """Issue 11: right after choosing Türkçe the status said „Ihre Sprache ist jetzt: Türkisch.“ and
    under it „Diliniz artık: Türkisch.“ — the language's name was a value, kept in German. One whole
    text per language: the line under it names the language in that language."""
    store = CaseStore(store_dir)
    session = Session(store, store.create("Sonnenblume"))
    feedback = Feedback()
    chooser = LanguageChooser(feedback)
    chooser.show(session)
    chooser.dropdown.value = lang
    german_name = t(f"model.Language.{lang}")
    assert feedback.last == f"Ihre Sprache ist jetzt: {german_name}."
    other = translate_text(feedback.last, lang)
    assert other is not None and tr(lang, f"model.Language.{lang}") in other, other
    assert german_name not in other or lang == "en", other


@pytest.mark.parametrize("lang", OTHER)
def test_the_elb_s_own_words_are_not_repeated_as_a_translation(lang: str) -> None:
    """„Wille & Ziele“ with a language chosen: under the will „„Ich will wieder in einer Bäckerei
    arbeiten …““ the page put the same German words again in other quotation marks („«…»“), as the
    translation of the frame „„{text}““ — the eLb read their will twice, in Arabic with the marks at
    the wrong ends of a wrapped line. A frame without words of its own is not translated; one with
    words still is."""
    will = "„Ich will wieder in einer Bäckerei arbeiten, am liebsten ganz früh morgens.“"
    assert translate_text(will, lang) is None
    assert translate_text("„Ich frage Tamara.“", lang, ["Ich frage Tamara."]) is None
    # the scaling question before the eLb's answer is translated (trial of session 14: German only),
    # the answer is not repeated under it
    asked = translate_text(
        "Warum 4 und nicht 2? – „Die Kita macht früher auf.“", lang, ["Die Kita macht früher auf."]
    )
    assert asked == translate_text("Warum 4 und nicht 2?", lang) and asked is not None
    _exact, templated = patterns(lang)
    assert all(
        bare or re.search(r"[^\W\d_]", re.sub(r"\{\w+\}", "", other)) for _s, _n, other, bare in templated
    )
    # the frame with words keeps its translation
    gives = translate_text("„Jana“ hilft Ihnen.", lang, ["Jana"])
    assert gives is not None and "Jana" in gives and gives != "„Jana“ hilft Ihnen."


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_numbers_in_a_right_to_left_translation_are_isolated_on_the_page(lang: str) -> None:
    """As in the printed plan: the page's Arabic and Persian texts hold their own numbers and German
    names in bidi isolates (FSI … PDI), „1 الإرادة“ on the section button, „… من 10“ in the scaling
    line, the crisis lines' phone numbers."""
    exact, _templated = patterns(lang)
    assert (
        exact[t("ui_goals.section.will")]
        == "\u2068" + "1" + "\u2069 " + tr(lang, "ui_goals.section.will")[2:]
    )
    crisis = exact[t("ui_session.crisis_help_self_harm")]
    assert "\u20680800 111 0 111\u2069" in crisis and "\u2068Telefonseelsorge\u2069" in crisis
    scale = translate_text(t("ui_goals.goal_summary_confidence", n=6), lang)
    assert scale is not None and scale.endswith("\u206810\u2069") and "\u20686\u2069" in scale
    # left-to-right languages as they were
    assert patterns("tr")[0][t("ui_goals.section.will")] == tr("tr", "ui_goals.section.will")


#: The live map's own buttons (ui/mapwidget.py texts, ui/map_tab.py tools): seen by the eLb beside
#: the map, they stood in German only with a language chosen (issue 11).
MAP_BUTTONS = ("fold_form", "unfold_form", "fold_goals", "unfold_goals", "big", "big_exit", "whole_map")


@pytest.mark.parametrize("lang", OTHER)
def test_the_maps_own_buttons_carry_the_elbs_language(lang: str) -> None:
    layer = BilingualLayer(lang)
    for key in (*MAP_BUTTONS, "legend_show", "legend_hide"):
        german = t(f"ui_map.{key}")
        assert is_elb_facing(f"ui_map.{key}")
        assert layer.exact.get(german) == tr(lang, f"ui_map.{key}") != german, key
