"""The eLb's language beside the German in the session app, for every panel at once.

The panels build their widgets with German texts from the catalogue (``t(...)``). When the case has
another language, :class:`BilingualLayer` — one small anywidget inside the app — puts the
translation right after each German text the eLb reads, in a ``<span class="bk-tr" lang=… dir=…>``
(shown below the German by the app's CSS): button captions, labels, tab titles, headings, question
cards, hints, status lines. It knows the eLb's texts of the catalogue (:data:`ELB_FACING`) and the
question cards, the step drafts' sentence starts and the partner directory; a text with values
("„Fahrrad“ festgehalten.") is recognised by its pattern and translated with the values kept exactly
as typed — unless a value is itself one of our texts („ganz nah“, „Sie (in der Mitte)“), which is
then shown translated too. Typed text itself is never touched: inputs keep
their value, and a text node is translated only when it *is* a catalogue text.

**What people typed is never read as a frame.** A short pattern like „{a} hilft {b}“ also matches a
note „Mein Bruder hilft mir beim Umzug“ shown by itself, and the page put a garbled Turkish line
under it. So the layer knows the case's typed texts (:func:`typed_texts`: labels, roles, notes,
wishes, will, goals, steps, the IFK's note …, and the partner directory's names and descriptions),
and a pattern's match counts only when no typed text runs into the pattern's own words: a typed
text must lie wholly inside one of the pattern's values (or wholly inside its fixed words, where it
only happens to be the same word). Selection lists
(``<option>``) and placeholders get the translation after a "·", since they cannot hold markup.

Doing this in the page, not in each panel, keeps the panels as they are (German source, one
``t(...)`` per text) and follows every text a panel sets later without any panel knowing about it.

>>> layer = BilingualLayer("ar")
>>> layer.lang, layer.direction, layer.exact["Festhalten"]
('ar', 'rtl', 'احفظ')
>>> translate_text("„Fahrrad“ festgehalten.", "en").replace("\u2068", "").replace("\u2069", "")
'“Fahrrad” saved.'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import anywidget
import ipywidgets as widgets
import traitlets
import yaml

from beratungskit.analysis.partners import Partner, load_partners_or_none
from beratungskit.messages import (
    CATALOGUE,
    ENDONYMS,
    LANGUAGES,
    SOURCE_LANGUAGE,
    is_elb_facing,
    t,
    text_direction,
    tr_text,
)
from beratungskit.messages._babel import QUESTION_CARDS_CONTEXT, placeholders
from beratungskit.model import Case, Language
from beratungskit.resources import template_path
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.session import Session

__all__ = [
    "BilingualLayer",
    "Frame",
    "LanguageChooser",
    "patterns",
    "plain_spaces",
    "translate_text",
    "typed_texts",
]

_STATIC = Path(__file__).resolve().parent / "static"
_FIELD = re.compile(r"\{(\w+)\}")
#: A letter (of any script): what a frame needs to have words of its own.
_WORDS = re.compile(r"[^\W\d_]")
#: Spaces that keep words together on a line: no-break (U+00A0), figure (U+2007), narrow no-break
#: (U+202F). A text is looked up with them as plain spaces, on both sides: ipywidgets shows every
#: space of a selection list's option as U+00A0 („Alltag und Lebensfragen“ arrived as
#: „Alltag\u00a0und\u00a0Lebensfragen“ and was not found), and a catalogue text may hold one itself
#: („SGB\u00a0II“). Mirrored in static/bilingual.js (``plainSpaces``).
_KEEP_TOGETHER = re.compile("[\u00a0\u2007\u202f]")


def plain_spaces(text: str) -> str:
    """``text`` with its no-break spaces as plain ones: how a text is looked up.

    >>> plain_spaces("Alltag\u00a0und Lebensfragen")
    'Alltag und Lebensfragen'
    """
    return _KEEP_TOGETHER.sub(" ", text)


def _pattern(german: str) -> tuple[str, list[str]]:
    """A regular expression matching ``german`` with any values, and the placeholder names in order.

    Written so that JavaScript reads it the same way (no Python-only syntax).
    """
    names: list[str] = []
    parts: list[str] = []
    pos = 0
    for match in _FIELD.finditer(german):
        parts.append(re.escape(german[pos : match.start()]))
        parts.append("([\\s\\S]+?)")
        names.append(match.group(1))
        pos = match.end()
    parts.append(re.escape(german[pos:]))
    # re.escape escapes characters JavaScript does not want escaped inside a /u pattern (e.g. "„")
    source = "".join(parts).replace("\\ ", " ").replace("\\–", "–").replace("\\„", "„").replace("\\“", "“")
    return "^" + source + "$", names


#: One frame of the page's language layer: its pattern, its placeholders in order, its translation,
#: and whether it is a frame without words of its own („{question} – „{text}““): such a frame is
#: translated only where one of its values is itself one of our texts, and then as that value's
#: translation alone (the eLb's own words are not repeated under them).
Frame = tuple[str, list[str], str, bool]


@functools.cache
def patterns(lang: str) -> tuple[dict[str, str], list[Frame]]:
    """For ``lang``: exact German text → translation, and the frames with values (:data:`Frame`)."""
    from beratungskit.render.bilingual import isolated_text

    exact: dict[str, str] = {}
    templated: list[Frame] = []

    def add(german: str, other: str) -> None:
        between = _FIELD.sub("", german)
        bare = not _WORDS.search(between)
        if other == german and not (bare and placeholders(german)):
            return  # untranslated (a frame without words may well be the same in both languages)
        if placeholders(german):
            if "{{" in german or (bare and (len(placeholders(german)) < 2 or not between.strip())):
                # a frame of one value and no words („{text}“, „„{text}““) has nothing to say in
                # another language (its "translation" repeated the eLb's own words under them), and
                # values with only spaces between them („{symbol} {origin}“) would match any words
                return
            source, names = _pattern(plain_spaces(german))
            # numbers and German names inside an Arabic or Persian text kept in their place
            templated.append((source, names, isolated_text(other, lang), bare))
        else:
            exact.setdefault(plain_spaces(german.strip()), isolated_text(other.strip(), lang))

    for key, german in CATALOGUE.items():
        if is_elb_facing(key):
            add(german, tr_text(lang, key, german))
    for context, texts in _template_texts().items():
        for german in texts:
            add(german, tr_text(lang, context, german))
    # longer patterns first: the most specific frame wins
    templated.sort(key=lambda item: -len(item[0]))
    return exact, templated


def _template_texts() -> dict[str, list[str]]:
    """The office's editable texts the eLb reads, by message context: the question cards, the step
    drafts' sentence starts and the partner directory's names and descriptions."""
    from beratungskit.messages._babel import (
        PARTNERS_CONTEXT,
        PHRASINGS_CONTEXT,
        partner_texts,
        phrasing_texts,
    )

    found: dict[str, list[str]] = {QUESTION_CARDS_CONTEXT: _question_cards()}
    for context, name, read in (
        (PHRASINGS_CONTEXT, "step_phrasings.yaml", phrasing_texts),
        (PARTNERS_CONTEXT, "partners.yaml", partner_texts),
    ):
        try:
            found[context] = read(yaml.safe_load(template_path(name).read_text(encoding="utf-8")))
        except (OSError, yaml.YAMLError):
            found[context] = []
    return found


def _question_cards() -> list[str]:
    try:
        data = yaml.safe_load(template_path("question_cards.yaml").read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return []
    texts = []
    for deck in data.values():
        if isinstance(deck, dict):
            texts += [
                t.strip() for t in [deck.get("titel"), *(deck.get("fragen") or [])] if isinstance(t, str)
            ]
    return texts


def typed_texts(case: Case, partners: Iterable[Partner] = ()) -> list[str]:
    """Every text of ``case`` that a person typed (and the directory's names and descriptions):
    what the page's language layer must never read as one of the app's frames.

    >>> from beratungskit.model import Case
    >>> case = Case.new("Deniz")
    >>> _ = case.add_resource("Bruder", note="Mein Bruder hilft mir beim Umzug")
    >>> typed_texts(case)
    ['Deniz', 'Bruder', 'Mein Bruder hilft mir beim Umzug']
    """
    texts: list[str | None] = [case.alias, case.ifk_note]
    for res in case.resources:
        texts += [res.label, res.role, res.note]
    texts += [rel.note for rel in case.relations]
    texts += [wish.text for wish in case.wishes]
    texts += [will.text for will in case.wills]
    texts += [idea.text for idea in case.team_ideas]
    for goal in case.goals:
        texts += [goal.text, goal.confidence_next]
    for step in case.steps:
        texts += [step.text, step.helper]
    texts += [ref.institution for ref in case.referrals]
    for partner in partners:
        texts += [partner.name, partner.description]
    seen: dict[str, None] = {}
    for text in texts:
        if text and text.strip():
            seen.setdefault(text.strip(), None)
    return list(seen)


def translate_text(text: str, lang: str, typed: Iterable[str] = ()) -> str | None:
    """The translation of one German text as the page shows it, or ``None`` if it is none of ours.

    The same matching as the page does (tests use it to check what the eLb would see); ``typed``:
    the texts people typed (:func:`typed_texts`), never read as a pattern's frame.

    >>> translate_text("Mein Bruder hilft mir beim Umzug", "tr") is None  # the trap
    False
    >>> translate_text("Mein Bruder hilft mir beim Umzug", "tr", ["Mein Bruder hilft mir beim Umzug"])
    """
    if lang == SOURCE_LANGUAGE:
        return None
    return _translate(plain_spaces(text.strip()), lang, [plain_spaces(t) for t in typed if t], 0)


def _translate(wanted: str, lang: str, typed: list[str], depth: int) -> str | None:
    found = _lookup(wanted, lang, typed, depth)
    if found is not None:
        return found
    # "★ Persönlich": a symbol in front is kept, the words after it are looked up
    parts = _PREFIX.match(wanted)
    if parts:
        rest = _lookup(parts.group(2), lang, typed, depth)
        if rest is not None:
            return parts.group(1) + rest
    return None


def _occurrences(text: str, typed: Iterable[str]) -> Iterator[tuple[int, int]]:
    """Where a typed text stands in ``text`` as whole words."""
    for piece in typed:
        start = text.find(piece)
        while start != -1:
            end = start + len(piece)
            inside_word_before = start > 0 and text[start - 1].isalnum() and piece[0].isalnum()
            inside_word_after = end < len(text) and text[end].isalnum() and piece[-1].isalnum()
            if not (inside_word_before or inside_word_after):
                yield start, end
            start = text.find(piece, start + 1)


def frames_typed_text(match: re.Match[str], typed: Iterable[str]) -> bool:
    """Whether a pattern's own words (the text outside its values) run into a typed text: then the
    match read typed text as the app's frame ("Mein Bruder | hilft | mir beim Umzug")."""
    text = match.string
    fixed: list[tuple[int, int]] = []
    pos = 0
    for i in range(1, (match.re.groups or 0) + 1):
        start, end = match.span(i)
        if start > pos:
            fixed.append((pos, start))
        pos = max(pos, end)
    if pos < len(text):
        fixed.append((pos, len(text)))
    return any(
        start < f_end and f_start < end and not (f_start <= start and end <= f_end)
        for start, end in _occurrences(text, typed)
        for f_start, f_end in fixed
    )


_PREFIX = re.compile(r"^([^\w„“\"(]+)(.+)$", re.S)


def _mask(text: str, typed: Iterable[str]) -> tuple[str, dict[str, str]]:
    """``text`` with each typed text (longest first, not overlapping) as one private-use sign, and the
    signs back to the texts: a pattern's own words can then only be found outside typed text."""
    spans = sorted(_occurrences(text, typed), key=lambda s: (s[0] - s[1], s[0]))
    chosen: list[tuple[int, int]] = []
    for start, end in spans:
        if len(chosen) < 6000 and not any(start < e and s < end for s, e in chosen):
            chosen.append((start, end))
    back: dict[str, str] = {}
    out, pos = [], 0
    for i, (start, end) in enumerate(sorted(chosen)):
        sign = chr(0xE000 + i)
        back[sign] = text[start:end]
        out += [text[pos:start], sign]
        pos = end
    out.append(text[pos:])
    return "".join(out), back


def _lookup(wanted: str, lang: str, typed: list[str], depth: int = 0) -> str | None:
    exact, templated = patterns(lang)
    if wanted in exact:
        return exact[wanted]
    masked: tuple[str, dict[str, str]] | None = None
    for source, names, other, bare in templated:
        if bare and depth:
            continue
        match = re.match(source, wanted)
        if not match:
            continue
        values: tuple[str, ...] | None = None
        if not frames_typed_text(match, typed):
            values = match.groups()
        else:
            # the first split ran into typed text ("A hilft B hilft C"): the frame's words are sought
            # again with every typed text held as one sign, which only a value can take
            masked = masked or _mask(wanted, typed)
            again = re.match(source, masked[0])
            if again:
                values = tuple("".join(masked[1].get(c, c) for c in v) for v in again.groups())
        if values is None:
            continue
        result, told = other, []
        for name, value in zip(names, values, strict=True):
            # a value that is itself one of our texts („ganz nah“, „Sie (in der Mitte)“, a scaling
            # question) is shown in the eLb's language too; typed text never is
            inner = None if depth or value.strip() in typed else _translate(value.strip(), lang, typed, 1)
            told += [inner] if inner is not None else []
            result = result.replace("{" + name + "}", "\u2068" + (inner or value) + "\u2069")  # bidi isolate
        if bare:
            if not told:
                continue
            # a frame without words: only what it says in the eLb's language, never the eLb's own
            # words again in other quotation marks („Warum 4 und nicht 2? – „…““: the question)
            return " · ".join(told)
        return result
    return None


class BilingualLayer(anywidget.AnyWidget):
    """Put it anywhere inside the app (it takes no room); ``lang = "de"`` switches it off."""

    _esm = _STATIC / "bilingual.js"
    lang = traitlets.Unicode(SOURCE_LANGUAGE).tag(sync=True)
    direction = traitlets.Unicode("ltr").tag(sync=True)
    exact = traitlets.Dict().tag(sync=True)
    #: The frames with values (:data:`Frame`), each as [pattern, names, translation, bare].
    templated: traitlets.List[list[object]] = traitlets.List().tag(sync=True)
    #: What people typed in this case (:func:`typed_texts`): never read as a pattern's frame.
    typed: traitlets.List[str] = traitlets.List().tag(sync=True)

    def __init__(self, lang: str = SOURCE_LANGUAGE, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        """Show ``lang`` beside the German from now on (``de``: German only)."""
        exact: dict[str, str] = {}
        templated: list[Frame] = []
        if lang != SOURCE_LANGUAGE:
            exact, templated = patterns(lang)
        with self.hold_sync():
            self.exact = dict(exact)
            self.templated = [list(item) for item in templated]
            self.direction = text_direction(lang)
            self.lang = lang


class LanguageChooser:
    """ "Ihre Sprache:" — the eLb's language for this case, chosen together; saved and logged at once.

    ``chooser.layer`` is the :class:`BilingualLayer` the app holds; :meth:`show` follows the opened
    case, a choice goes through the session like every other change (undo brings the old one back).
    """

    def __init__(self, feedback: Feedback) -> None:
        self.feedback = feedback
        self.session: Session | None = None
        self.layer = BilingualLayer()
        self._directory: list[Partner] | None = None
        self.dropdown = widgets.Dropdown(
            options=[
                (
                    t("ui_session.language_option", german=t(f"model.Language.{code}"), own=ENDONYMS[code]),
                    code,
                )
                for code in LANGUAGES
            ],
            value=SOURCE_LANGUAGE,
            layout=widgets.Layout(width="auto"),
        )
        self.dropdown.add_class("bk-language")
        # each option names the language in German and in itself: the layer adds nothing to it
        # („Türkisch · Türkçe · Türkçe“ once its frame „{german} · {own}“ was read)
        self.dropdown.add_class("bk-no-tr")
        self.label = widgets.Label(t("ui_session.language_label"))
        # The visible "Ihre Sprache:" names the list box for a screen reader too (ui/access.py).
        self.label.add_class("bk-field-label")
        self.widget = widgets.HBox([self.label, self.dropdown], layout=widgets.Layout(align_items="center"))
        self._showing = False
        self.dropdown.observe(self._chosen, names="value")

    def show(self, session: Session) -> None:
        """Follow ``session``'s case (its language now, and after undo or reload)."""
        self.session = session
        session.subscribe(lambda s: self._follow(s.case.language.value))
        self._follow(session.case.language.value)

    def _follow(self, lang: str) -> None:
        self._showing = True
        try:
            self.dropdown.value = lang
        finally:
            self._showing = False
        if lang != SOURCE_LANGUAGE and self.session is not None:
            # sent only while another language is shown: a German session sends nothing more
            typed = typed_texts(self.session.case, self._partners())
            if self.layer.typed != typed:
                self.layer.typed = typed
        if self.layer.lang != lang:
            self.layer.set_language(lang)

    def _partners(self) -> list[Partner]:
        if self._directory is None:
            self._directory = load_partners_or_none()
        return self._directory

    def _chosen(self, change: dict[str, object]) -> None:
        if self._showing or self.session is None:
            return
        lang = str(change["new"])
        done, _ = attempt(
            self.session,
            lambda case: case.set_language(Language(lang)),
            self.feedback,
            self.feedback.problem,
            lambda _r: t(f"ui_session.language_changed.{lang}"),
        )
        if not done:
            self._follow(self.session.case.language.value)
