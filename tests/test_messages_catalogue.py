"""The gettext catalogues of the eLb's texts: complete, in step with the German, compiled as committed.

German (the message modules) is the source. Every text the eLb reads (``messages.is_elb_facing``)
must have a translation in every offered language with the same placeholders; the committed ``.mo``
files must say what the ``.po`` files say (the program reads the ``.mo``).
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from beratungskit.messages import (
    CATALOGUE,
    LANGUAGES,
    LOCALE_DIR,
    SOURCE_LANGUAGE,
    has_translation,
    is_elb_facing,
    t,
    tr,
    tr_text,
)
from beratungskit.messages._babel import PARTNERS_CONTEXT, PHRASINGS_CONTEXT, placeholders
from beratungskit.model import Language
from beratungskit.resources import builtin_templates_dir

OTHER = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE]
ROOT = Path(__file__).resolve().parent.parent


def _po(lang: str) -> object:
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "beratungskit.po").open("rb") as handle:
        return read_po(handle, locale=lang)


#: The office's editable files the eLb reads, with their Babel extractor: the question cards, the step
#: drafts' sentence starts and the partner directory („Angebote“, the crisis panel's local services).
TEMPLATE_FILES = {
    "question_cards.yaml": "beratungskit_question_cards",
    "step_phrasings.yaml": "beratungskit_phrasings",
    "partners.yaml": "beratungskit_partners",
}


def _wanted() -> dict[tuple[str, str], str]:
    """(context, German) of every text the catalogues must hold: eLb-facing keys and the texts of the
    office's files (:data:`TEMPLATE_FILES`)."""
    wanted = {(key, text): key for key, text in CATALOGUE.items() if is_elb_facing(key)}
    for name, extractor in TEMPLATE_FILES.items():
        path = builtin_templates_dir() / name
        for _line, text, _comments, context in extract_from_file(extractor, str(path)):
            wanted[(context, text)] = f"{context}: {text}"
    return wanted


#: Texts whose translation may be the German word itself: English „Person“ and „Partner“ are
#: English words. Anything else the same in both languages stood on the screen without a translation
#: (the layer shows none where the two are the same): „Jobcenter“, „5 Plan“ (trial of session 14).
SAME_WORD = {
    ("en", "analysis_outline.person"),
    ("en", "analysis_outline.person_role"),
    ("en", "render_plan.plan.partner"),
}


@pytest.mark.parametrize("lang", OTHER)
def test_no_elb_text_is_the_german_again(lang: str) -> None:
    catalog = _po(lang)
    found = {(m.context, m.id): m.string for m in catalog if m.id}  # type: ignore[attr-defined]
    same = []
    for (context, german), name in _wanted().items():
        words = re.sub(r"\{\w+\}", "", german)
        word = re.search(r"[^\W\d_]{2}", words)
        if found.get((context, german)) == german and word and (lang, context) not in SAME_WORD:
            same.append(name)
    assert same == [], f"{lang}: gleich wie im Deutschen, also ohne Übersetzung auf dem Bildschirm: {same}"


@pytest.mark.parametrize("lang", OTHER)
def test_the_offices_own_texts_are_translated(lang: str) -> None:
    """Trial of session 14 (Türkçe): the beginnings of the step drafts and the „Angebote“ cards and
    local crisis services stood in German only. Every sentence start and every offer of the shipped
    files is in each language's catalogue, and the lookup finds it."""
    from beratungskit.analysis.template_yaml import read_yaml
    from beratungskit.messages._babel import partner_texts, phrasing_texts

    for context, name, texts in (
        (PHRASINGS_CONTEXT, "step_phrasings.yaml", phrasing_texts),
        (PARTNERS_CONTEXT, "partners.yaml", partner_texts),
    ):
        german = texts(read_yaml(builtin_templates_dir() / name))
        assert len(german) >= 16, (name, german)
        for text in german:
            other = tr_text(lang, context, text)
            assert other != text and placeholders(other) == placeholders(text), (lang, context, text)


def test_the_offered_languages_are_the_models() -> None:
    assert [lang.value for lang in Language] == list(LANGUAGES)
    assert all(t(f"model.Language.{lang}") for lang in LANGUAGES)


@pytest.mark.parametrize("lang", OTHER)
def test_every_elb_text_is_translated_with_the_same_placeholders(lang: str) -> None:
    catalog = _po(lang)
    found = {(m.context, m.id): m for m in catalog if m.id}  # type: ignore[attr-defined]
    missing, fuzzy, wrong = [], [], []
    for (context, german), name in _wanted().items():
        message = found.get((context, german))
        if message is None or not message.string:
            missing.append(name)
        elif message.fuzzy:
            fuzzy.append(name)
        elif placeholders(message.string) != placeholders(german):
            wrong.append(f"{name}: {sorted(placeholders(message.string))} ≠ {sorted(placeholders(german))}")
    report = (
        f"{lang}: {len(missing)} ohne Übersetzung, {len(fuzzy)} unsicher (fuzzy), "
        f"{len(wrong)} mit anderen Platzhaltern. Neue Texte für die Kundin oder den Kunden brauchen eine "
        "Übersetzung in jeder Sprache: `make catalogues`, dann die .po-Dateien in beratungskit/locale "
        "ergänzen (Poedit/Weblate) und `make catalogues` noch einmal (übersetzt die .mo).\n"
        + "\n".join(missing[:40] + fuzzy[:20] + wrong)
    )
    assert not (missing or fuzzy or wrong), report


@pytest.mark.parametrize("lang", OTHER)
def test_no_translation_has_other_placeholders(lang: str) -> None:
    # holds even while new German texts wait for their translation: a wrong placeholder would crash
    for message in _po(lang):  # type: ignore[attr-defined]
        if message.id and message.string and not message.fuzzy:
            assert placeholders(message.string) == placeholders(message.id), (lang, message.context)


@pytest.mark.parametrize("lang", OTHER)
def test_committed_mo_says_what_the_po_says(lang: str) -> None:
    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    with (folder / "beratungskit.mo").open("rb") as handle:
        compiled = read_mo(handle)
    expected = {(m.context, m.id): m.string for m in _po(lang) if m.id and m.string and not m.fuzzy}  # type: ignore[attr-defined]
    actual = {(m.context, m.id): m.string for m in compiled if m.id}
    assert actual == expected, f"{lang}: .mo ist veraltet — `make catalogues` ausführen"


def test_the_template_holds_exactly_the_elb_texts() -> None:
    with (LOCALE_DIR / "beratungskit.pot").open("rb") as handle:
        template = read_po(handle)
    in_template = {(m.context, m.id) for m in template if m.id}
    wanted = set(_wanted())
    assert wanted - in_template == set(), "neue Texte: `make catalogues` ausführen"
    assert in_template - wanted == set(), "entfernte Texte: `make catalogues` ausführen"


def test_lookup_falls_back_to_german() -> None:
    key = "render_plan.plan.title"
    assert tr(SOURCE_LANGUAGE, key) == t(key)
    assert tr("xx", key) == t(key)  # unknown language
    assert tr_text("ar", "nirgends", "Ein Text ohne Übersetzung") == "Ein Text ohne Übersetzung"
    assert has_translation("de", key)


def test_lookup_uses_the_catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a catalogue made here: the lookup finds by context + German, formats the values
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    from beratungskit import messages

    catalog = Catalog(locale="en")
    catalog.add(CATALOGUE["render_plan.plan.for"], "for {alias}", context="render_plan.plan.for")
    folder = tmp_path / "en" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    (folder / "beratungskit.mo").write_bytes(buffer.getvalue())
    monkeypatch.setattr(messages, "LOCALE_DIR", tmp_path)
    messages._translations.cache_clear()
    try:
        assert tr("en", "render_plan.plan.for", alias="Mira") == "for Mira"
        assert has_translation("en", "render_plan.plan.for")
        assert not has_translation("en", "render_plan.plan.title")
        assert tr("en", "render_plan.plan.title") == t("render_plan.plan.title")
    finally:
        monkeypatch.undo()  # the real catalogues again, and nothing of this one left in the cache
        messages._translations.cache_clear()
    assert tr("en", "render_plan.plan.title") == "My plan"


def test_only_texts_for_the_elb_are_offered_for_translation() -> None:
    assert is_elb_facing("render_plan.plan.will")
    assert is_elb_facing("analysis_documented.relation.gives_you")
    assert not is_elb_facing("cli.help_pdf")
    assert not is_elb_facing("render_plan.pdf.no_chromium")
    assert not is_elb_facing("ui_session.picker_heading")
    assert not is_elb_facing("model.duplicate_id")
    assert not is_elb_facing("render_conference.title") if "render_conference.title" in CATALOGUE else True
