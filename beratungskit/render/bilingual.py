"""German and the eLb's language side by side, as safe HTML.

The eLb's texts are printed in German (the binding text) and, when the eLb chose another language,
the translation right below it in an element of its own that carries ``lang`` and ``dir``: screen
readers switch voice, the browser shapes and orders Arabic and Persian right to left, and text taken
out of the printed PDF comes out in reading order (see :func:`beratungskit.render.plan.html_to_pdf`).
Typed values (names, notes, the eLb's words) go into ``<bdi>`` so a German name inside an Arabic
sentence, or an Arabic name inside a German one, keeps its own direction. They are never translated.
In Arabic and Persian the numbers and German names of the translation itself („من 10“, „SGB II“,
a phone number) are isolated the same way (:func:`isolated`).

>>> str(text_html("render_plan.plan.title", "de"))
'<span class="de" lang="de">Mein Plan</span>'
>>> for part in text_html("analysis_documented.relation.gives_you", "en", a="<b>Jana</b>").split("</span>"):
...     print(part)
<span class="de" lang="de">„<bdi>&lt;b&gt;Jana&lt;/b&gt;</bdi>“ hilft Ihnen.
<span class="tr" lang="en" dir="ltr">“<bdi>&lt;b&gt;Jana&lt;/b&gt;</bdi>” helps you.
<BLANKLINE>
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

from beratungskit.analysis.documented import Sentence
from beratungskit.messages import CATALOGUE, SOURCE_LANGUAGE, text_direction, tr_text

__all__ = [
    "Part",
    "isolated",
    "isolated_text",
    "lang_attrs",
    "line_translation_html",
    "sentence_html",
    "sentence_translation_html",
    "text_html",
    "translation_html",
]

#: One piece of a line put together from several texts: a catalogue key with its values, or (key
#: ``None``) a text a person typed, given as the value ``text`` and never translated.
Part = tuple[str | None, dict[str, Any]]


def lang_attrs(lang: str) -> Markup:
    """``lang="…" dir="…"`` for an element holding text in ``lang``."""
    return Markup(' lang="{}" dir="{}"').format(lang, text_direction(lang))


#: A placeholder of a catalogue text („{n}“, „{date}“).
_FIELD = re.compile(r"(\{\w+\})")
#: A left-to-right run inside a right-to-left text: digits, Latin letters (German names such as
#: „Jobcenter“, „SGB II“) and what joins them inside one run (spaces, no-break spaces, dots, colons,
#: slashes, dashes),
#: from its first to its last letter or digit. „0800 111 0 111“ stays one run.
_LTR_RUN = re.compile(
    r"[§0-9A-Za-z\u00c0-\u024f](?:[0-9A-Za-z\u00c0-\u024f .:/\u00a0\u2013-]*[0-9A-Za-z\u00c0-\u024f])?"
)


def isolated(template: str, lang: str) -> Markup:
    """``template`` (a catalogue text in ``lang``, placeholders kept) as escaped markup in which, for a
    right-to-left language, each left-to-right run of the text itself sits in a ``<bdi>``.

    The Unicode bidi algorithm treats an isolate as one neutral character: a number or a German name
    keeps its own order inside and does not pull the Arabic words beside it around. Without it
    „0800 111 0 111“ in a Persian line reads „111 0 111 0800“, and a „10“ at the end of a line or
    beside a value changes places with its neighbours when the line wraps. Values are isolated by
    :func:`_one` already; left-to-right languages are left as they are.

    >>> str(isolated("مدى ثقتي: {n} من 10", "ar"))
    'مدى ثقتي: {n} من <bdi>10</bdi>'
    >>> str(isolated("Telefonseelsorge (خط) 0800 111 0 111 أو", "fa"))
    '<bdi>Telefonseelsorge</bdi> (خط) <bdi>0800 111 0 111</bdi> أو'
    >>> str(isolated("Güven: {n}/10", "tr"))
    'Güven: {n}/10'
    """
    if text_direction(lang) != "rtl":
        return Markup(escape(template))
    pieces = []
    for text, is_run in _runs(template):
        if is_run:
            pieces.append(Markup("<bdi>{}</bdi>").format(text))
        else:
            # a placeholder stays as it is, for format() to fill
            pieces.append(Markup(text) if _FIELD.fullmatch(text) else escape(text))
    return Markup("").join(pieces)


def isolated_text(template: str, lang: str) -> str:
    """:func:`isolated` for plain text (the session page's translations, a widget's text): each
    left-to-right run between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (U+2068 … U+2069).

    >>> isolated_text("1 الإرادة", "ar")
    '\u20681\u2069 الإرادة'
    >>> isolated_text("{n} از 10", "fa")
    '{n} از \u206810\u2069'
    """
    if text_direction(lang) != "rtl":
        return template
    return "".join(f"\u2068{text}\u2069" if is_run else text for text, is_run in _runs(template))


def _runs(template: str) -> list[tuple[str, bool]]:
    """``template`` cut into pieces, each with whether it is a left-to-right run (placeholders are
    pieces of their own and never a run)."""
    pieces: list[tuple[str, bool]] = []
    for piece in _FIELD.split(template):
        if _FIELD.fullmatch(piece):
            pieces.append((piece, False))
            continue
        pos = 0
        for run in _LTR_RUN.finditer(piece):
            pieces += [(piece[pos : run.start()], False), (run.group(), True)]
            pos = run.end()
        pieces.append((piece[pos:], False))
    return [(text, is_run) for text, is_run in pieces if text]


def _one(lang: str, key: str, values: dict[str, Any], refs: dict[str, str]) -> Markup:
    template = tr_text(lang, key, CATALOGUE[key])
    typed = {name: Markup("<bdi>{}</bdi>").format(value) for name, value in values.items()}
    words = {name: escape(tr_text(lang, ref, CATALOGUE[ref])) for name, ref in refs.items()}
    return isolated(template, lang).format(**typed, **words)


def translation_html(key: str, lang: str, **values: Any) -> Markup:
    """Only the ``lang`` part of :func:`text_html` (empty for German)."""
    if lang == SOURCE_LANGUAGE:
        return Markup("")
    return Markup('<span class="tr"{}>{}</span>').format(lang_attrs(lang), _one(lang, key, values, {}))


def sentence_translation_html(sentence: Sentence, lang: str) -> Markup:
    """Only the ``lang`` part of :func:`sentence_html` (empty for German)."""
    if lang == SOURCE_LANGUAGE:
        return Markup("")
    key = f"analysis_documented.{sentence.key}"
    other = _one(lang, key, dict(sentence.values), dict(sentence.refs))
    return Markup('<span class="tr"{}>{}</span>').format(lang_attrs(lang), other)


def line_translation_html(
    parts: Sequence[Part], lang: str, sep: str = " · ", label: str | None = None
) -> Markup:
    """A line put together from several texts („Wer: Ich · bis 04.12.2026 · angefangen“), said in
    ``lang`` as one ``<span class="tr">``: the catalogue text ``label`` in bold in front, then each
    part translated (typed text as typed), joined by ``sep``; empty for German. As one German string
    the line was none of the catalogue's and stood in German only.

    >>> str(line_translation_html([(None, {"text": "Jana"})], "en", label="render_plan.plan.who"))
    '<span class="tr" lang="en" dir="ltr"><b>Who:</b> <bdi>Jana</bdi></span>'
    """
    if lang == SOURCE_LANGUAGE or not parts:
        return Markup("")
    said = Markup(escape(sep)).join(
        Markup("<bdi>{}</bdi>").format(values["text"]) if key is None else _one(lang, key, values, {})
        for key, values in parts
    )
    if label is not None:
        said = Markup("<b>{}</b> {}").format(_one(lang, label, {}, {}), said)
    return Markup('<span class="tr"{}>{}</span>').format(lang_attrs(lang), said)


def text_html(key: str, lang: str, _refs: dict[str, str] | None = None, **values: Any) -> Markup:
    """The German text ``key`` and, for another ``lang``, its translation after it."""
    refs = _refs or {}
    german = Markup('<span class="de" lang="de">{}</span>').format(_one(SOURCE_LANGUAGE, key, values, refs))
    if lang == SOURCE_LANGUAGE:
        return german
    other = _one(lang, key, values, refs)
    return german + Markup('<span class="tr"{}>{}</span>').format(lang_attrs(lang), other)


def sentence_html(sentence: Sentence, lang: str) -> Markup:
    """A :class:`~beratungskit.analysis.documented.Sentence` as :func:`text_html`."""
    return text_html(
        f"analysis_documented.{sentence.key}", lang, dict(sentence.refs), **dict(sentence.values)
    )
