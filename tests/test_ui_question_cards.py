"""Question cards: enough good prompts per category, none about deficits; one card at a time."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from beratungskit.analysis.question_cards import load_question_cards
from beratungskit.analysis.template_yaml import TemplateFileError
from beratungskit.messages import CATALOGUE, LANGUAGES, SOURCE_LANGUAGE
from beratungskit.model import Category
from beratungskit.ui.bilingual import translate_text
from beratungskit.ui.question_cards import QuestionCards

# A floor even without the wording guard: words that would turn a resource check into an anamnesis.
DEFICIT_STEMS = ("defizit", "problem", "schwäche", "krank", "diagnos", "sucht", "schuld", "versag", "fehlt")


def test_at_least_eight_questions_per_category() -> None:
    decks = load_question_cards()
    assert list(decks) == list(Category)
    for deck in decks.values():
        assert len(deck.questions) >= 8, deck.category
        assert len(set(deck.questions)) == len(deck.questions)
        assert all(q.endswith("?") for q in deck.questions)


def test_questions_ask_about_resources_not_deficits() -> None:
    for deck in load_question_cards().values():
        for question in deck.questions:
            assert not any(stem in question.lower() for stem in DEFICIT_STEMS), question


def test_wording_guard_finds_nothing_in_the_cards() -> None:
    wording = pytest.importorskip("beratungskit.analysis.wording")
    for deck in load_question_cards().values():
        for question in deck.questions:
            assert wording.check_text(question) == [], question


def test_examples_from_the_brief_are_there() -> None:
    all_questions = {q for d in load_question_cards().values() for q in d.questions}
    assert {
        "Was können Sie gut?",
        "Wer hat Ihnen schon einmal geholfen?",
        "Welche Wege legen Sie jeden Tag zurück?",
    } <= all_questions


def test_one_card_at_a_time_and_choosing_presets_category() -> None:
    cards = QuestionCards()
    chosen: list[Category] = []
    cards.on_category(chosen.append)
    first = cards.question.value
    cards.next_button.click()
    assert cards.question.value != first
    cards.choose(Category.SOZIAL)  # the form's „Welche Art?“ chose „Sozial“
    assert chosen == [Category.PERSOENLICH, Category.SOZIAL]  # "Nächste Frage" keeps the form on its area
    assert cards.question.value == "Wer hat Ihnen schon einmal geholfen?"
    assert "Sozial" in cards.title.value


def test_malformed_cards_file_gives_german_message(tmp_path: Path) -> None:
    bad = tmp_path / "question_cards.yaml"
    bad.write_text("persoenlich:\n  fragen:\n    - Was können Sie gut?\n  - kaputt\n", encoding="utf-8")
    with pytest.raises(TemplateFileError, match=r"„question_cards.yaml“ ist nicht lesbar \(Zeile \d+\)"):
        load_question_cards(bad)
    wrong = tmp_path / "falsch.yaml"
    wrong.write_text("gefuehle:\n  fragen: ['Wie geht es?']\n", encoding="utf-8")
    with pytest.raises(TemplateFileError, match="keine Art von Ressource"):
        load_question_cards(wrong)


def test_next_question_brings_the_form_back_to_the_card_s_area() -> None:
    """Issue 11: the form had been switched to another area; "Nächste Frage" left it there."""
    cards = QuestionCards()
    form_area: list[Category] = [Category.MATERIELL]  # the person switched the form meanwhile
    cards.on_category(form_area.append)
    cards.choose(Category.SOZIAL)
    form_area.append(Category.MATERIELL)
    cards.next_button.click()
    assert form_area[-1] is Category.SOZIAL


def test_area_buttons_carry_their_words() -> None:
    """The one set of area buttons (the form's „Welche Art?“, which the card follows) says each
    area's name beside its symbol."""
    from beratungskit.ui.resource_form import CategoryPicker

    labels = {c: b.description for c, b in CategoryPicker().buttons.items()}
    assert labels[Category.PERSOENLICH] == "★  Persönlich"
    for category, text in labels.items():
        symbol, _, word = text.partition("  ")
        assert symbol and word == CATALOGUE[f"model.Category.{category.value}"], text


def test_each_area_keeps_its_place_in_its_questions() -> None:
    cards = QuestionCards()
    cards.next()
    cards.next()
    third = cards.question.value
    cards.choose(Category.MATERIELL)
    assert cards.index == 0 and "Materiell" in cards.title.value
    cards.choose(Category.PERSOENLICH)
    assert cards.question.value == third


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE])
def test_the_card_s_heading_is_read_by_the_language_layer(lang: str) -> None:
    """The heading over the question („● Sozial – Menschen um Sie herum“) is said in the eLb's
    language too: the area and the deck's title are two texts the page's layer knows (as one text it
    stood in German only)."""
    cards = QuestionCards()
    for category in Category:
        cards.choose(category)
        parts = [html.unescape(p) for p in re.findall(r"<span>([^<]*)</span>", cards.title.value)]
        assert len(parts) == 2 and "–" in parts[1], (category, cards.title.value)
        for part in parts:
            assert translate_text(part, lang) is not None, (category, part)
