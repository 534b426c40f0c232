"""Wording guard: notice deficit, typing, profiling, judging and crisis language in free text.

The concept paper asks the IFK to work free of deficit attributions, not to sort people into target
groups, not to profile or take an anamnesis, not to judge or advise, and to *refer* life, crisis and
health topics to the institutions made for them. Free text is where this slips in
("Vermittlungshemmnisse: Sprache", "unmotiviert", "Diagnose Depression"). The guard only *hints*;
it never blocks, and the IFK decides.

Terms, reasons and suggestions live in the editable ``templates/wording_guard.yaml`` (its header
documents the notation). Matching works on a *folded* text — lower case, ä/ö/ü → ae/oe/ue, ß → ss,
accents dropped — so "Ärztlich", "aerztlich" and "ÄRZTLICH" are one word, and every span is mapped
back to the original text. Single words are matched compound-aware: a stem may end a compound
("*hemmnis" → "Vermittlungshemmnisse"), start one ("sucht+" → "Suchterkrankung"), or stand with a
normal German ending ("bildungsfern" → "bildungsfernen"). An allow-list suppresses known false alarms.

Decisions (also in the YAML header): names of counselling services ("Suchtberatung",
"Schuldnerberatung") are fine, because referring there is what the concept asks; "Therapiehund" is
fine, because a dog the eLb names is their resource, while a bare "Therapie" is flagged; workplaces
such as "Krankenhaus" or "Pflegedienst" are fine; "sucht" alone is the verb and never flagged.
Two severities: ``hint`` and ``soft`` (often fine in the eLb's own words, e.g. "alleinerziehend").

>>> [(f.text, f.kind) for f in check_text("Vermittlungshemmnisse: Sprache. Sucht eine Stelle.")]
[('Vermittlungshemmnisse', 'deficit')]
>>> check_text("Sucht über eine Suchmaschine nach Stellen im Krankenhaus.")
[]
"""

from __future__ import annotations

import bisect
import heapq
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from beratungskit.messages import t
from beratungskit.store.reading import os_reason

__all__ = [
    "KINDS",
    "LINE_TOPICS",
    "NOT_FOR_ELB",
    "SEVERITIES",
    "WRITERS",
    "CaseFinding",
    "CrisisOffer",
    "Finding",
    "Guard",
    "Score",
    "WordingGuardError",
    "case_texts",
    "check_case",
    "check_case_items",
    "check_text",
    "crisis_offer",
    "evaluate",
    "fold",
    "format_hint",
    "format_scores",
    "kind_label",
    "load_guard",
    "model_spans",
    "offers_crisis_line",
    "sentence_ends",
    "sentence_spans",
    "vetoable",
    "writer_of",
]

#: Kinds of findings, in the order a hint lists them (the most pressing first).
KINDS: tuple[str, ...] = ("crisis", "profiling", "deficit", "typing", "judging")
SEVERITIES: tuple[str, ...] = ("hint", "soft")

GUARD_FILE = "wording_guard.yaml"
#: Longest single word of the list (German compounds stay far below; a longer one is a paste slip).
MAX_TERM_LENGTH = 60

# Usual German inflection endings after a stem (nouns, adjectives, feminine forms, some verb forms).
_ENDINGS = (
    "",
    "e",
    "em",
    "en",
    "er",
    "es",
    "n",
    "s",
    "ns",
    "ens",
    "in",
    "innen",
    "ern",
    "ere",
    "erem",
    "eren",
    "erer",
    "eres",
    "nen",
    "t",
    "te",
    "ten",
    "st",
    "et",
)
_ENDING_SET = frozenset(_ENDINGS)
_ENDING_RE = "(?:" + "|".join(sorted((e for e in _ENDINGS if e), key=len, reverse=True)) + ")?"
_L = "[a-z0-9]"  # a letter of a folded word
_SEP = "[^a-z0-9.!?]+"  # between the words of a phrase: no sentence end
_GAP = f"(?:{_SEP}{_L}+){{0,3}}"  # "…": up to three other words
_WORD = re.compile(r"[a-z0-9]+")


class WordingGuardError(ValueError):
    """The wording-guard file cannot be used; the message says what to fix (German)."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One place in a text that deserves a second look.

    ``start``/``end`` index the *original* text (``text == original[start:end]``).
    """

    text: str
    start: int
    end: int
    kind: str
    severity: str
    reason: str
    suggestion: str
    #: The term from the YAML file that matched (for editing the list).
    term: str
    #: For referrals: the ``ReferralTopic`` value the topic belongs to, if any.
    topic: str | None = None
    #: Thoughts of self-harm or suicide: a crisis line is always offered.
    self_harm: bool = False
    #: Further kinds the same words stand for ("unmotiviert" is a verdict and a deficit attribution;
    #: "vorbestraft" is life history and a topic to refer).
    also: tuple[str, ...] = ()

    @property
    def kinds(self) -> tuple[str, ...]:
        """``kind`` first, then ``also``."""
        return (self.kind, *self.also)

    @property
    def kind_label(self) -> str:
        return ", ".join(kind_label(kind) for kind in self.kinds)


@dataclass(frozen=True, slots=True)
class CaseFinding:
    """A finding in a case, with where it is (German) and which item/field holds it."""

    where: str
    finding: Finding
    collection: str
    item_id: str
    field: str


@dataclass(frozen=True, slots=True)
class _Term:
    source: str
    kind: str
    severity: str
    reason: str
    suggestion: str
    topic: str | None
    self_harm: bool = False
    also: tuple[str, ...] = ()
    #: index of the group in the YAML (its ``unless`` and ``history`` apply)
    group: int = 0


#: Who wrote a text: the eLb's own words (will, wishes, what they named) or the IFK.
WRITERS: tuple[str, ...] = ("ifk", "elb")
#: Kinds that are never hinted in the eLb's own words: how a person describes themselves, what they
#: plan and what they think of it is theirs ("Ich bin alleinerziehend", "Wegen meinem Rücken …",
#: "Ich muss erst den Führerschein machen", "Ich sollte mehr Sport machen"). The guard reminds the IFK
#: of *their* attitude; the eLb's words are no verdict of the IFK. Crisis stays: a crisis needs an
#: offer of help whoever wrote it.
NOT_FOR_ELB = frozenset({"deficit", "typing", "profiling", "judging"})


# --- folding ----------------------------------------------------------------------------------------

_SPECIAL = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
#: Emoji that name a means of suicide or self-harm, folded into the word they show (fifteenth round:
#: „💊💊💊 heute nacht alle“, „🪢 heute nacht.“ were no words at all for the model, the gate or the
#: patterns on the folded text). Only pictures without an everyday joke meaning (not 💀, the laugh).
_EMOJI_WORDS = {
    "💊": " tabletten ",
    "🪢": " strick ",
    "🔪": " messer ",
    "🗡": " messer ",
    "🩸": " blut ",
    "⚰": " sarg ",
    "🪦": " grab ",
    "🔫": " pistole ",
}
_SPECIAL.update(_EMOJI_WORDS)
#: The zero-width non-joiner of Persian, Kurdish and Urdu spelling („می‌خوام“, „قرص‌ها“) parts the
#: letters it stands between as a space does, where the model already parted its words (thirty-second
#: round: „می‌خوام بمیرم“ with it matched none of the lists' words; left out instead of a space, it
#: changed the model's words and lost „بدون من همه راحت‌تر هستند“).
_SPECIAL["\u200c"] = " "
_FOLD_CACHE: dict[str, str] = {}


def _fold_char(char: str) -> str:
    folded = _FOLD_CACHE.get(char)
    if folded is None:
        if char in _SPECIAL:
            folded = _SPECIAL[char]
        else:
            decomposed = unicodedata.normalize("NFKD", char.lower())
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)) or " "
        _FOLD_CACHE[char] = folded
    return folded


def fold(text: str) -> tuple[str, list[int]]:
    """Lower-case ``text``, spell umlauts as ae/oe/ue and ß as ss, drop accents.

    Returns the folded text and, for each of its characters, the index in ``text`` it came from.

    >>> fold("Größe")[0]
    'groesse'
    """
    if text.isascii():
        # The common case: no umlauts or accents; lower() keeps positions.
        return text.lower(), list(range(len(text)))
    parts: list[str] = []
    index: list[int] = []
    for i, char in enumerate(text):
        folded = _fold_char(char)
        parts.append(folded)
        index.extend([i] * len(folded))
    return "".join(parts), index


def _fold_term(text: str) -> str:
    return "".join(_fold_char(c) if not c.isascii() else c.lower() for c in text)


# --- compiling the YAML -------------------------------------------------------------------------


def _split_marks(word: str) -> tuple[str, str, str]:
    before = word[0] if word[:1] in ("*", "+") else ""
    body = word[len(before) :]
    after = body[-1] if body[-1:] in ("*", "+", "=") else ""
    body = body[: len(body) - len(after)]
    return before, _fold_term(body), after


def _word_regex(word: str) -> str:
    before, body, after = _split_marks(word)
    head = {"*": f"{_L}*", "+": f"{_L}+", "": f"(?<!{_L})"}[before]
    tail = {"*": f"{_L}*", "+": f"{_L}+", "=": f"(?!{_L})", "": f"{_ENDING_RE}(?!{_L})"}[after]
    return head + re.escape(body) + tail


def _phrase_regex(entry: str) -> str:
    """A regex for a raw ``re:`` entry, a phrase, or a single word used as an exception."""
    if entry.startswith("re:"):
        return f"(?:{entry[3:]})"
    out = ""
    gap = False
    for word in entry.split():
        if word in ("…", "..."):
            gap = True
            continue
        if out:
            out += (_GAP if gap else "") + _SEP
        gap = False
        out += _word_regex(word)
    return f"(?:{out})"


def _trie_regex(words: list[str]) -> str:
    """One regex matching any of ``words``, built as a trie so a position costs O(word length)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{inner})?" if ends else inner

    return build(trie)


# --- lemma patterns (issue 11): word forms from a lemmatiser, not from inflection lists -------------

#: Shorthands usable in patterns (``@NEG`` …); the YAML file may add its own under ``macros:``
#: (word families such as illnesses or medicines, kept in one place and used by several patterns).
MACROS: dict[str, str] = {
    "@NEG": (
        "nicht|nich|kein|kaum|nie|niemals|keinerlei|wenig|gering|schlecht|mangelhaft|unzureichend|mangelnd"
    ),
    "@PERSON": "er|sie|ihr|ihm|ihn|kundin|kunde|klient*|frau|herr|person|mann|mutter|vater",
    "@MODAL": "sollen|müssen|sollte|müsste",
}
_MACRO = re.compile(r"@[A-Z][A-Z0-9_]*")


@lru_cache(maxsize=1)
def _countries() -> str:
    """``@LAND``: the German names of countries and regions from Babel's CLDR data ("Syrien",
    "Türkei", "Saudi-Arabien"), so "kommt aus Syrien" is an origin but "kommt aus Köln" is not.
    Names of several words are left out ("Vereinigte Staaten"); the short forms below stand for them.
    """
    names = {"usa", "uk", "england", "kurdistan", "tschetschenien", "balkan"}
    try:
        from babel import Locale

        names |= {_fold_term(n) for n in Locale("de").territories.values() if " " not in n}
    except ImportError:  # Babel travels with Jupyter; without it only the short forms above
        pass
    return "|".join(sorted(names))


_TOKEN = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")
# A full stop after a number ("8. Klasse") or a one-letter abbreviation ("z. B.") ends no sentence.
#: Abbreviations of case notes whose full stop ends no sentence ("Hr. K. rät …", "Kd. sollte …").
# fmt: off
_ABBREVIATIONS = (
    "hr", "fr", "kd", "kdn", "kdin", "dr", "ca", "nr", "tel", "ggf", "bzw", "evtl", "inkl", "vgl", "bspw",
    "zzgl", "abs", "mind", "ehem", "geb", "str", "std", "tsd", "mtl", "jhr", "bzgl", "wg", "lt", "gem",
    "ärztl", "min",
)
# fmt: on
# (the full stop is matched first and the look-behinds include it: a keystroke pays only at full stops)
_SENTENCE_END = re.compile(
    r"[!?;]|\.(?!\.)(?<!\d\.)(?<!\b\w\.)"
    + "".join(rf"(?<!\b{a}\.)(?<!\b{a.capitalize()}\.)" for a in _ABBREVIATIONS)
)
# Punctuation that ends or begins a clause ("Ich kann nicht mehr, …"; "…, sollte es regnen").
_CLAUSE_MARK = frozenset(",.;:!?()[]\"'„“”‚‘»«–—-/")
#: Largest gap "…" in a sequence pattern, and the widest window of a "near:" pattern (in words).
_GAP_WORDS = 4
_NEAR_WINDOW = 9
#: How a lemma pattern begins: "seq:" in order, "near:" close together, "all:" in one sentence.
_PATTERN_KINDS = ("seq:", "near:", "all:")
#: The window of an "all:" pattern: its words anywhere in one sentence, in any order.
_SENTENCE_WINDOW = 10_000
#: Anchors in a sequence pattern: "^" the start of a clause, "$" its end.
_ANCHORS = ("^", "$")


@dataclass(frozen=True, slots=True)
class _Token:
    start: int  # in the original text
    end: int
    forms: tuple[str, ...]  # folded surface form and folded lemma(s)
    sentence: int
    #: indexes of the pattern words (_Spec) this word matches
    specs: frozenset[int] = frozenset()
    #: the word begins / ends a clause (punctuation or the edge of the text next to it)
    clause_start: bool = False
    clause_end: bool = False


class _Spec:
    """One word of a pattern: alternatives, each (mode, folded text); mode: = prefix suffix infix.

    Answers are cached per word form: a session re-checks the same words on every keystroke.
    """

    __slots__ = ("alternatives", "index")

    def __init__(self, alternatives: tuple[tuple[str, str], ...], index: int = 0) -> None:
        self.alternatives = alternatives
        self.index = index

    def matches(self, token: _Token) -> bool:
        return self.index in token.specs


#: One part of a sequence pattern: a word, a gap "…" (None) or an anchor "^"/"$".
_Part = _Spec | None | str


@dataclass(slots=True)
class _Pattern:
    near: bool
    parts: tuple[_Part, ...]
    #: the indexes of its words, set once the guard has numbered all pattern words
    required: frozenset[int] = frozenset()
    #: "near:" its words within this many words of each other; "all:" anywhere in the sentence
    window: int = _NEAR_WINDOW

    @property
    def specs(self) -> list[_Spec]:
        return [p for p in self.parts if isinstance(p, _Spec)]


def _expand_macros(word: str, macros: dict[str, str]) -> str:
    for _depth in range(4):  # a macro may use another one
        expanded = _MACRO.sub(lambda m: macros.get(m.group(), m.group()), word)
        if expanded == word:
            break
        word = expanded
    return word


def _compile_spec(word: str, macros: dict[str, str] | None = None) -> _Spec:
    word = _expand_macros(word, macros if macros is not None else MACROS)
    alternatives = []
    for alt in word.split("|"):
        alt = alt.strip()
        surface = alt.startswith("~")  # "~wäre": this word form only, not its lemma ("sein")
        alt = alt.lstrip("~")
        if not alt:
            continue
        head, tail = alt.startswith("*"), alt.endswith("*") and len(alt) > 1
        body = ("~" if surface else "") + _fold_term(alt.strip("*"))
        mode = "infix" if head and tail else "suffix" if head else "prefix" if tail else "="
        alternatives.append((mode, body))
    return _Spec(tuple(dict.fromkeys(alternatives)))


def _compile_pattern(entry: str, error: Any, macros: dict[str, str] | None = None) -> _Pattern:
    near = entry.startswith(("near:", "all:"))
    body = entry.split(":", 1)[1].split()
    parts: list[_Part] = []
    for word in body:
        if word in ("…", "..."):
            if near:
                raise error(entry, "„…“ gibt es nur in seq:-Mustern")
            parts.append(None)
        elif word in _ANCHORS:
            if near:
                raise error(entry, "„^“ und „$“ gibt es nur in seq:-Mustern")
            parts.append(word)
        else:
            unknown = _MACRO.search(_expand_macros(word, macros if macros is not None else MACROS))
            if unknown:
                raise error(entry, f"unbekannte Abkürzung {unknown.group()}")
            spec = _compile_spec(word, macros)
            if not spec.alternatives:
                raise error(entry, "leeres Wort")
            parts.append(spec)
    if not any(isinstance(p, _Spec) for p in parts):
        raise error(entry, "leeres Muster")
    window = _SENTENCE_WINDOW if entry.startswith("all:") else _NEAR_WINDOW
    return _Pattern(near, tuple(parts), window=window)


class _Alternation:
    """The phrases of one kind, found as the one regex ``(?P<p1>…)|(?P<p2>…)|…`` finds them — from the
    left, where several start at one place the first in the list, none inside an earlier match — but
    each phrase searched on its own: Python's ``re`` tries every branch of an alternation at every
    position of the text, while one pattern is searched fast for its literal start (thirty-fourth
    round: the crisis phrases, 1,300 branches, took about 80 ms on a sentence of a case note as one
    regex, about 4 ms so; the answers are the same, tested).

    >>> finder = _Alternation([(7, "ab"), (8, "b+c"), (9, "abc")])
    >>> [(m.group(), term) for m, term in finder.finditer("xabcbbc")]
    [('ab', 7), ('bbc', 8)]
    """

    def __init__(self, phrases: list[tuple[int, str]]) -> None:
        self._phrases = [(term, re.compile(regex)) for term, regex in phrases]

    def finditer(self, text: str) -> Iterator[tuple[re.Match[str], int]]:
        """(match, term index) of each phrase found, in the order of the text."""
        heads = []  # (start, place in the list, match): the next match of each phrase
        for order, (_term, regex) in enumerate(self._phrases):
            found = regex.search(text)
            if found is not None:
                heads.append((found.start(), order, found))
        heapq.heapify(heads)
        position = 0
        while heads:
            start, order, found = heapq.heappop(heads)
            if start >= position:  # the first to start here (of those that do, the first listed)
                yield found, self._phrases[order][0]
                position = max(found.end(), position + 1)
            again = self._phrases[order][1].search(text, position)
            if again is not None:
                heapq.heappush(heads, (again.start(), order, again))


class _Words:
    """Which pattern words each word form fits, computed once per form (a session re-checks the same
    words on every keystroke) — matching a text is then set lookups.

    A form not seen before is looked up in tables of the pattern words' alternatives — whole word,
    beginning, end — by its own beginnings and ends, instead of asking each of the thousands of pattern
    words in turn (thirty-fourth round: every letter typed makes a new form; the answer is the same as
    asking each in turn gave, tested)."""

    def __init__(self, specs: list[_Spec]) -> None:
        self.specs = specs
        self._known: dict[tuple[str, ...], frozenset[int]] = {}
        # per mode: folded text → pattern words; [0] for every form, [1] for the surface form only („~“)
        self._tables: tuple[dict[str, dict[str, set[int]]], dict[str, dict[str, set[int]]]] = ({}, {})
        self._infixes: list[tuple[str, bool, int]] = []  # („*abc*“, surface only, pattern word)
        for spec in specs:
            for mode, text in spec.alternatives:
                surface = text.startswith("~")
                text = text[1:] if surface else text
                if mode == "infix":
                    self._infixes.append((text, surface, spec.index))
                else:
                    self._tables[surface].setdefault(mode, {}).setdefault(text, set()).add(spec.index)

    def of(self, forms: tuple[str, ...]) -> frozenset[int]:
        found = self._known.get(forms)
        if found is None:
            found = frozenset(self._lookup(forms))
            if len(self._known) > 20_000:
                self._known.clear()
            self._known[forms] = found
        return found

    def _lookup(self, forms: tuple[str, ...]) -> set[int]:
        hits: set[int] = set()
        for number, form in enumerate(forms):
            keys = {
                "=": (form,),
                "prefix": [form[:size] for size in range(len(form) + 1)],
                "suffix": [form[size:] for size in range(len(form) + 1)],
            }
            for table in self._tables[: 2 if number == 0 else 1]:  # „~“ words: the surface form only
                for mode, entries in table.items():
                    for key in keys[mode]:
                        hits.update(entries.get(key, ()))
            hits.update(
                i for text, surface, i in self._infixes if text in form and (number == 0 or not surface)
            )
        return hits


def sentence_ends(text: str) -> list[int]:
    """Where the sentences of ``text`` end, as the guard and its model read them: the index of each
    full stop, question or exclamation mark or semicolon — not the full stop of an abbreviation
    („Kd.“, „ggf.“) or after a digit („2.5“).

    >>> sentence_ends("Kd. kommt am 2.5. wieder. Gut!")
    [24, 29]
    >>> sentence_ends("Kd. soll 15 Min. vorher da sein. Gut!")
    [31, 36]

    An ellipsis ends where its last full stop stands (fifty-seventh round: before, each of its dots
    ended a sentence of its own, and „Ich will einfach nur weg... aus der Schichtarbeit“ was read as
    „weg.“, „.“ and „. aus der Schichtarbeit“):

    >>> sentence_ends("Nur weg... aus der Schicht.")
    [9, 26]
    """
    return [m.start() for m in _SENTENCE_END.finditer(text)]


@lru_cache(maxsize=50_000)
def _forms(word: str) -> tuple[str, ...]:
    """The folded word as written, its lemma and — for a capital at the start of a sentence ("Macht
    es sich …") — the lemma of its lower-case form."""
    from beratungskit.analysis.morphology import lemma, lemmas

    forms = (word, *lemmas(word), lemma(word.lower()))
    return tuple(dict.fromkeys(_fold_term(form) for form in forms))


def _next_mark(text: str, pos: int, step: int) -> bool:
    """Whether the first non-space character from ``pos`` (going by ``step``) is clause punctuation
    or the edge of the text."""
    while 0 <= pos < len(text):
        char = text[pos]
        if not char.isspace():
            return char in _CLAUSE_MARK
        pos += step
    return True


#: Particles of separable verbs: at the end of a clause they belong to its verb ("stellen den Strom
#: ab" is "abstellen", "gibt schnell auf" is "aufgeben"), so the verb gets the joined forms too.
# fmt: off
_PARTICLES = frozenset((
    "ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "heim", "her", "hin", "hoch", "klar", "los",
    "mit", "nach", "vor", "weg", "zu", "zurecht", "zurueck", "raus", "rein", "rum", "runter", "drauf",
    "durch", "zusammen", "um",
))
# fmt: on


def _tokens(text: str, words: _Words) -> list[_Token]:
    ends = sentence_ends(text)
    out = []
    sentence = 0
    for match in _TOKEN.finditer(text):
        while sentence < len(ends) and ends[sentence] < match.start():
            sentence += 1
        forms = _forms(match.group())
        out.append(
            _Token(
                match.start(),
                match.end(),
                forms,
                sentence,
                words.of(forms),
                clause_start=_next_mark(text, match.start() - 1, -1),
                clause_end=_next_mark(text, match.end(), 1),
            )
        )
    _join_particles(text, out, words)
    return out


def _join_particles(text: str, tokens: list[_Token], words: _Words) -> None:
    """Give the verbs of a clause that ends in a separable particle the joined forms ("drehen … ab"
    → also "abdrehen"); a verb is a word written in lower case (German nouns are capitalised)."""
    for i, token in enumerate(tokens):
        if not token.clause_end or i == 0 or token.forms[0] not in _PARTICLES or token.clause_start:
            continue
        particle = token.forms[0]
        j = i - 1
        while j >= 0 and tokens[j].sentence == token.sentence:
            word = tokens[j]
            if text[word.start].islower() or word.clause_start:
                joined = tuple(dict.fromkeys((*word.forms, *(particle + form for form in word.forms))))
                tokens[j] = replace(word, forms=joined, specs=words.of(joined))
            if word.clause_start:
                break
            j -= 1


def _pattern_hits(
    text: str,
    folded: str,
    index: list[int],
    tokens: list[_Token],
    patterns: list[tuple[int, _Pattern]],
) -> list[tuple[int, int, int]]:
    """(folded start, folded end, term index) for every pattern in ``patterns`` that matches ``text``
    (the caller passes only patterns whose words all occur in the text)."""
    if not tokens:
        return []
    to_folded = _to_folded(index)
    hits = []
    for term_index, pattern in patterns:
        span = _near(pattern, tokens) if pattern.near else _seq(pattern, tokens)
        if span is not None:
            start, end = span
            f_start = to_folded.get(tokens[start].start, 0)
            last = tokens[end].end - 1
            f_end = to_folded.get(last, len(folded) - 1) + len(_fold_char(text[last]))
            hits.append((f_start, f_end, term_index))
    return hits


def _to_folded(index: list[int]) -> dict[int, int]:
    """original offset → folded offset (the first folded character of each original one)."""
    to_folded: dict[int, int] = {}
    for f_pos, o_pos in enumerate(index):
        to_folded.setdefault(o_pos, f_pos)
    return to_folded


def _by_sentence(tokens: list[_Token]) -> dict[int, list[_Token]]:
    by_sentence: dict[int, list[_Token]] = {}
    for token in tokens:
        by_sentence.setdefault(token.sentence, []).append(token)
    return by_sentence


def _sentences_matching(
    pattern: _Pattern, by_sentence: dict[int, list[_Token]], present: frozenset[int]
) -> set[int]:
    """The sentences (by number) in which ``pattern`` matches somewhere."""
    if not pattern.required <= present:
        return set()
    found: set[int] = set()
    for number, words in by_sentence.items():
        span = _near(pattern, words) if pattern.near else _seq(pattern, words)
        if span is not None:
            found.add(number)
    return found


def _seq(pattern: _Pattern, tokens: list[_Token]) -> tuple[int, int] | None:
    first = pattern.parts[0]
    for i, token in enumerate(tokens):
        if isinstance(first, _Spec) and not first.matches(token):
            continue
        # a pattern matches within one sentence: compare sentences from the first token on
        end = _match_seq_from(pattern.parts, tokens, i)
        if end is not None:
            return i, end
    return None


def _match_seq_from(parts: tuple[_Part, ...], tokens: list[_Token], i: int) -> int | None:
    sentence = tokens[i].sentence
    same = [tok if tok.sentence == sentence else None for tok in tokens]
    return _walk(parts, same, i)


def _walk(parts: tuple[_Part, ...], tokens: list[_Token | None], i: int) -> int | None:
    if not parts:
        return i - 1
    head, rest = parts[0], parts[1:]
    if head is None:
        for skip in range(_GAP_WORDS + 1):
            end = _walk(rest, tokens, i + skip)
            if end is not None:
                return end
        return None
    if head == "^":  # the next word begins a clause
        token = tokens[i] if i < len(tokens) else None
        return _walk(rest, tokens, i) if token is not None and token.clause_start else None
    if head == "$":  # the word before ends a clause
        token = tokens[i - 1] if 0 < i <= len(tokens) else None
        return _walk(rest, tokens, i) if token is not None and token.clause_end else None
    if i >= len(tokens):
        return None
    token = tokens[i]
    if token is None or not isinstance(head, _Spec) or not head.matches(token):
        return None
    return _walk(rest, tokens, i + 1)


def _near(pattern: _Pattern, tokens: list[_Token]) -> tuple[int, int] | None:
    specs = pattern.specs
    size = pattern.window
    for i, token in enumerate(tokens):
        if not any(s.matches(token) for s in specs):
            continue
        window = [
            j
            for j in range(max(0, i - size), min(len(tokens), i + size + 1))
            if tokens[j].sentence == token.sentence
        ]
        used: list[int] = []
        for spec in specs:
            found = next((j for j in window if j not in used and spec.matches(tokens[j])), None)
            if found is None:
                break
            used.append(found)
        else:
            if max(used) - min(used) <= size:
                return min(used), max(used)
    return None


#: An ``unless`` entry with this prefix also holds when it is found in the sentence right after the
#: finding's: a cause named in a message of its own („Kann nicht mehr. Zu viele Mails lol“).
_NEXT = "next:"

#: An ``unless`` entry „list: NAME“ stands for the entries of ``unless_lists: NAME``: exits that
#: several groups and the model's hint share, written once (thirty-fourth round: before, the same
#: exits stood in up to five places and each round had to copy them).
_LIST = "list:"


def _unless_lists(raw: Any, error: Any) -> dict[str, list[str]]:
    """The named lists of exits (``unless_lists``): a name, and its entries as an ``unless`` has them."""
    if not raw:
        return {}
    if not isinstance(raw, dict):
        raise error("unless_lists", t("analysis_wording.bad_shape"))
    lists = {}
    for name, entries in raw.items():
        if not isinstance(entries, list) or not entries:
            raise error(str(name), t("analysis_wording.bad_shape"))
        nested = [str(e) for e in entries if str(e).strip().startswith(_LIST)]
        if nested:
            raise error(nested[0], t("analysis_wording.nested_list"))
        lists[str(name)] = [str(e).strip() for e in entries]
    return lists


def _exit_parts(entries: list[str]) -> list[str]:
    r"""The alternatives of a model exit pattern from ``entries`` of an ``unless``: phrases folded and
    escaped, the longest first, then each „re:REGEX“ as it is.

    >>> _exit_parts(["kopf hoch", r"re:nach\s+vorne?", "Kopf"])
    ['kopf\\ hoch', 'kopf', 'nach\\s+vorne?']
    """
    phrases = sorted({_fold_term(w) for w in entries if not w.startswith("re:")}, key=len, reverse=True)
    return [re.escape(w) for w in phrases if w] + [w[3:] for w in entries if w.startswith("re:")]


#: A named piece of a raw regex (``fragments:``), used in a „re:“ entry as ``(?&NAME)``: the doubts
#: that undo a noted denial were written out in nine entries and had drifted apart (forty-third
#: round). ``(?&`` is no valid Python regex, so it cannot clash with one.
_FRAGMENT = re.compile(r"\(\?&([A-Z][A-Z0-9_]*)\)")


def _abbreviation_fragment() -> str:
    r"""The built-in fragment ``(?&ABKUERZUNG)``: a look-behind that holds right before the full stop of
    an abbreviation of case notes (``_ABBREVIATIONS``, folded), of one letter („z. B.“, „u. a.“) or of a
    number („8. Klasse“) — exactly the full stops that end no sentence (:func:`sentence_ends`), so a part
    of a sentence the file reads across them (``TEIL``) ends where the sentence ends (forty-seventh
    round: the file's own list of them had drifted from the tuple).

    >>> frag = re.compile(f"(?:{_abbreviation_fragment()})\\.")
    >>> [bool(frag.search(t)) for t in ("kd. verneint", "lt. arzt", "z. b. heute", "8. klasse", "ende. neu")]
    [True, True, True, True, False]
    """
    forms = sorted({_fold_term(a) for a in _ABBREVIATIONS}, key=len, reverse=True)
    return "|".join([*(f"(?<=(?<![a-z]){re.escape(f)})" for f in forms), "(?<=(?<![a-z])[a-z])", r"(?<=\d)"])


def _fragments(raw: Any, error: Any) -> dict[str, str]:
    r"""The named regex pieces of ``fragments:``, each already expanded and checked alone, after the
    built-in ``ABKUERZUNG`` (:func:`_abbreviation_fragment`).

    >>> frags = _fragments({"ZWEIFEL": "aber|jedoch", "NICHT_ZWEIFEL": r"(?!(?&ZWEIFEL))\w+"}, None)
    >>> {k: v for k, v in frags.items() if k != "ABKUERZUNG"}
    {'ZWEIFEL': 'aber|jedoch', 'NICHT_ZWEIFEL': '(?!(?:aber|jedoch))\\w+'}
    """
    out: dict[str, str] = {"ABKUERZUNG": _abbreviation_fragment()}
    if not raw:
        return out
    if not isinstance(raw, dict):
        raise error("fragments", t("analysis_wording.bad_shape"))
    for name, body in raw.items():  # a fragment may use the ones above it
        if name in out:  # the built-in one; a file's own would silently end sentences elsewhere
            raise error(str(name), t("analysis_wording.builtin_fragment", name=name))
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", str(name)) or not isinstance(body, str):
            raise error(str(name), t("analysis_wording.bad_fragment"))
        # written over several lines, broken anywhere: white space is dropped (a space is \s)
        out[str(name)] = _expand_fragments("".join(body.split()), out, error)
        try:
            re.compile(out[str(name)])
        except re.error as exc:
            raise error(str(name), str(exc)) from None
    return out


def _expand_fragments(entry: str, fragments: dict[str, str], error: Any) -> str:
    r"""``entry`` with each ``(?&NAME)`` replaced by the fragment NAME as a group of its own.

    >>> _expand_fragments(r"re:(?![^.]*(?:(?&Z)|nie))x", {"Z": "aber|jedoch"}, None)
    're:(?![^.]*(?:(?:aber|jedoch)|nie))x'
    """

    def body(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in fragments:
            raise error(entry[:60], t("analysis_wording.unknown_fragment", name=name))
        return f"(?:{fragments[name]})"

    return _FRAGMENT.sub(body, entry)


def _with_fragments(data: Any, fragments: dict[str, str], error: Any) -> Any:
    """``data`` (the loaded YAML) with the fragments expanded in every „re:“ entry."""
    if isinstance(data, str):
        return _expand_fragments(data, fragments, error) if data.strip().startswith("re:") else data
    if isinstance(data, dict):
        return {key: _with_fragments(value, fragments, error) for key, value in data.items()}
    if isinstance(data, list):
        return [_with_fragments(value, fragments, error) for value in data]
    return data


def _unless_entries(raw: Any, lists: dict[str, list[str]], error: Any) -> list[str]:
    """The entries of one ``unless``, each „list: NAME“ replaced by the entries of that list.

    >>> _unless_entries(["a", "list: feste", "b"], {"feste": ["hochzeit*", "party"]}, None)
    ['a', 'hochzeit*', 'party', 'b']
    """
    out = []
    for item in raw or ():
        entry = str(item).strip()
        if not entry.startswith(_LIST):
            out.append(entry)
            continue
        name = entry[len(_LIST) :].strip()
        if name not in lists:
            raise error(entry, t("analysis_wording.unknown_list", name=name))
        out += lists[name]
    return out


class _Context:
    """A pattern that matters by the sentence it occurs in: an ``unless`` of a group, or a marker that
    a topic is past or handled (``past``). Either a lemma pattern or a regex/phrase on the folded text.
    """

    __slots__ = ("pattern", "regex")

    def __init__(self, pattern: _Pattern | None, regex: re.Pattern[str] | None) -> None:
        self.pattern = pattern
        self.regex = regex


class Guard:
    """The compiled word lists of one ``wording_guard.yaml``. Build with :func:`load_guard`."""

    def __init__(self, data: dict[str, Any], source: str = GUARD_FILE) -> None:
        self.source = source
        fragments = _fragments(data.get("fragments"), self._error)
        data = _with_fragments({k: v for k, v in data.items() if k != "fragments"}, fragments, self._error)
        kinds = data.get("kinds") or {}
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise self._error(
                sorted(unknown)[0],
                t("analysis_wording.bad_kind", kind=sorted(unknown)[0], allowed=", ".join(KINDS)),
            )
        # what every group with thoughts of self-harm suggests unless it says otherwise
        self_harm = data.get("self_harm") or {}
        if not isinstance(self_harm, dict) or set(self_harm) - {"suggestion"}:
            raise self._error("self_harm", t("analysis_wording.bad_shape"))
        lists = _unless_lists(data.get("unless_lists"), self._error)
        self.macros = {**MACROS, "@LAND": _countries()}
        for name, words in (data.get("macros") or {}).items():
            if not _MACRO.fullmatch(str(name)):
                raise self._error(
                    str(name), "eine Abkürzung beginnt mit @ und hat Großbuchstaben (@KRANKHEIT)"
                )
            self.macros[str(name)] = "|".join(str(words).split())
        self.terms: list[_Term] = []
        # lemma patterns: (term index, compiled pattern)
        self._patterns: list[tuple[int, _Pattern]] = []
        # single words: body → [(term index, before, after)]
        self._words: dict[str, list[tuple[int, str, str]]] = {}
        phrases: dict[str, list[tuple[int, str]]] = {kind: [] for kind in KINDS}
        # per group: the patterns that cancel its findings in their sentence
        self._unless: dict[int, list[_Context]] = {}
        # per group: the ``next:`` entries of its ``unless``, which also cancel in the sentence before
        self._unless_next: dict[int, list[_Context]] = {}
        # groups whose topic may lie in the past ("war früher in Haft"): there it is life history
        self._history: set[int] = set()
        for group_number, group in enumerate(data.get("groups") or []):
            kind = group.get("kind")
            if kind not in KINDS:
                raise self._error(
                    str(kind), t("analysis_wording.bad_kind", kind=kind, allowed=", ".join(KINDS))
                )
            also = tuple(str(k) for k in group.get("also") or () if k != kind)
            for extra in also:
                if extra not in KINDS:
                    raise self._error(
                        extra, t("analysis_wording.bad_kind", kind=extra, allowed=", ".join(KINDS))
                    )
            defaults = kinds.get(kind) or {}
            if group.get("self_harm"):  # the crisis line, unless the group says otherwise
                defaults = {**defaults, **self_harm}
            severity = group.get("severity", defaults.get("severity", "hint"))
            if severity not in SEVERITIES:
                raise self._error(str(severity), t("analysis_wording.bad_severity", severity=severity))
            if group.get("unless"):
                self._unless[group_number] = []
                for entry in _unless_entries(group["unless"], lists, self._error):
                    follows = entry.startswith(_NEXT)
                    context = self._context(entry[len(_NEXT) :].strip() if follows else entry)
                    self._unless[group_number].append(context)
                    if follows:  # also a cause named in the sentence right after (eleventh round)
                        self._unless_next.setdefault(group_number, []).append(context)
            if group.get("history"):
                self._history.add(group_number)
            for raw in group.get("terms") or []:
                entry = str(raw).strip()
                term = _Term(
                    source=entry,
                    kind=kind,
                    severity=severity,
                    reason=" ".join(str(group.get("reason", defaults.get("reason", ""))).split()),
                    suggestion=" ".join(str(group.get("suggestion", defaults.get("suggestion", ""))).split()),
                    topic=group.get("topic"),
                    self_harm=bool(group.get("self_harm", False)),
                    also=also,
                    group=group_number,
                )
                index = len(self.terms)
                self.terms.append(term)
                if entry.startswith(_PATTERN_KINDS):
                    self._patterns.append((index, _compile_pattern(entry, self._error, self.macros)))
                    continue
                if entry.startswith("re:") or len(entry.split()) > 1:
                    regex = _phrase_regex(entry)
                    self._check_regex(entry, regex)
                    phrases[kind].append((index, regex))
                else:
                    before, body, after = _split_marks(entry)
                    if not body or not _WORD.fullmatch(body):
                        raise self._error(entry, "nur Buchstaben und Ziffern, dazu * + = am Rand")
                    if len(body) > MAX_TERM_LENGTH:  # the word trie is built recursively, per letter
                        raise self._error(
                            entry[:40] + "…", t("analysis_wording.term_too_long", max=MAX_TERM_LENGTH)
                        )
                    self._words.setdefault(body, []).append((index, before, after))
        self._past = [self._context(str(e)) for e in data.get("past") or []]
        #: A crisis of self-harm told as past and over („Vor zwei Jahren wollte ich nicht mehr leben.
        #: Heute geht's mir gut.“): in a sentence where one of these matches, no self-harm finding of
        #: the lists (twelfth round; before, the same rule sat in two self-harm groups' ``unless``).
        self._over = [self._context(str(e)) for e in data.get("over") or []]
        self._exceptions: list[re.Pattern[str]] = []
        self._exception_patterns: list[_Pattern] = []
        # fifty-second round: an entry „list: NAME“ stands for the list's entries here too (the facts of
        # the office that the model's hints must also leave alone, written once)
        for raw in _unless_entries(data.get("exceptions"), lists, self._error):
            entry = str(raw).strip()
            if entry.startswith(_PATTERN_KINDS):
                self._exception_patterns.append(_compile_pattern(entry, self._error, self.macros))
                continue
            regex = _phrase_regex(entry)
            self._check_regex(entry, regex)
            self._exceptions.append(re.compile(regex))
        contexts = [c for cs in self._unless.values() for c in cs] + self._past + self._over
        lemma_patterns = (
            [pat for _i, pat in self._patterns]
            + [c.pattern for c in contexts if c.pattern is not None]
            + self._exception_patterns
        )
        specs = [spec for pat in lemma_patterns for spec in pat.specs]
        for number, spec in enumerate(specs):
            spec.index = number
        for pattern in lemma_patterns:
            pattern.required = frozenset(spec.index for spec in pattern.specs)
        self._words_of = _Words(specs)
        self._needs_tokens = bool(lemma_patterns)
        bodies = sorted(self._words)
        self._word_finder = re.compile(f"(?=({_trie_regex(bodies)}))") if bodies else None
        # For a body found at a position, the shorter bodies that are its prefixes match there too.
        self._prefixes = {b: [p for p in bodies if b.startswith(p)] for b in bodies}
        self._phrase_finders = [_Alternation(p) for p in phrases.values() if p]
        self._cache: dict[str, tuple[int, ...]] = {}
        # Which patterns use a pattern word: a text only tries the patterns whose words all occur in it.
        self._required = [pattern.required for _i, pattern in self._patterns]
        self._by_spec: dict[int, list[int]] = {}
        for position, required in enumerate(self._required):
            for spec_index in required:
                self._by_spec.setdefault(spec_index, []).append(position)
        self._model = _ModelUse.read(data.get("model"), kinds, self._error, lists)

    def _context(self, entry: str) -> _Context:
        if entry.startswith(_PATTERN_KINDS):
            return _Context(_compile_pattern(entry, self._error, self.macros), None)
        regex = _phrase_regex(entry)
        self._check_regex(entry, regex)
        return _Context(None, re.compile(regex))

    def _error(self, entry: str, detail: str) -> WordingGuardError:
        return WordingGuardError(
            t("analysis_wording.bad_entry", file=self.source, entry=entry, detail=detail)
        )

    def _check_regex(self, entry: str, regex: str) -> None:
        try:
            re.compile(regex)
        except re.error as exc:
            raise self._error(entry, str(exc)) from None

    # --- matching ---------------------------------------------------------------------------------

    def _word_hits(self, word: str) -> tuple[int, ...]:
        """Indexes of the terms matching one folded word; cached, as a text is re-checked per keystroke."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        hits: list[int] = []
        if self._word_finder is not None:
            for match in self._word_finder.finditer(word):
                pos = match.start()
                for body in self._prefixes[match.group(1)]:
                    end = pos + len(body)
                    hits.extend(
                        index
                        for index, before, after in self._words[body]
                        if _fits(word, pos, end, before, after)
                    )
        result = tuple(hits)
        if len(self._cache) > 20_000:  # bounded: a long session types many words
            self._cache.clear()
        self._cache[word] = result
        return result

    def check(self, text: str, writer: str = "ifk") -> list[Finding]:
        """All findings in ``text``, ordered by position; see :func:`check_text`."""
        if not text:
            return []
        if writer not in WRITERS:
            raise ValueError(t("analysis_wording.bad_writer", writer=writer))
        findings = self._check_all(text, writer)
        if writer == "elb":
            findings = [f for f in (_without(f, NOT_FOR_ELB) for f in findings) if f is not None]
        return findings

    def _check_all(self, text: str, writer: str = "ifk", model: bool = True) -> list[Finding]:
        found = self._check_sentences(text, writer, model)
        joined = join_fragments(text)
        if joined == text:
            return found
        # Short messages (ninth round): „Bin müde. Will schlafen. Für immer.“ is one thought in three
        # full stops. The lists read such fragments once more as one sentence; what that adds is only
        # a crisis finding (a fragment of a case note is no verdict), and only where none stood.
        added = [
            replace(f, text=text[f.start : f.end])
            for f in self._check_sentences(joined, writer, model=False)
            if "crisis" in f.kinds
            and not any(
                o.start < f.end and f.start < o.end and (o.self_harm or not f.self_harm)
                for o in found
                if "crisis" in o.kinds
            )
        ]
        if not added:
            return found
        kept = _merge_same_place(found + added)
        kept.sort(key=lambda f: (f.start, KINDS.index(f.kind), f.end))
        return kept

    def _check_sentences(self, text: str, writer: str = "ifk", model: bool = True) -> list[Finding]:
        folded, index = fold(text)
        raw: list[tuple[int, int, int]] = []  # (folded start, folded end, term index)
        for match in _WORD.finditer(folded):
            for term_index in self._word_hits(match.group()):
                raw.append((match.start(), match.end(), term_index))
        for finder in self._phrase_finders:
            for found, term_index in finder.finditer(folded):
                if found.end() == found.start():
                    continue
                start, end = _widen(folded, found.start(), found.end())
                raw.append((start, end, term_index))
        tokens = _tokens(text, self._words_of) if self._needs_tokens else []
        present: frozenset[int] = frozenset().union(*(tok.specs for tok in tokens)) if tokens else frozenset()
        if self._patterns and present:
            candidates = {p for spec in present for p in self._by_spec.get(spec, ())}
            chosen = [self._patterns[p] for p in sorted(candidates) if self._required[p] <= present]
            raw.extend(_pattern_hits(text, folded, index, tokens, chosen))
        if not raw:
            if self._model is None or not model:
                return []
            # one hint per place: the model's self-harm and crisis findings on one sentence are one
            return _merge_same_place(self._model_findings(text, folded, index, [], writer))
        ends = sentence_ends(text)
        by_sentence = _by_sentence(tokens)
        allowed = [m.span() for rx in self._exceptions for m in rx.finditer(folded) if m.end() > m.start()]
        to_folded = _to_folded(index) if self._exception_patterns else {}
        for pattern in self._exception_patterns:
            if pattern.required <= present:
                span = _near(pattern, tokens) if pattern.near else _seq(pattern, tokens)
                if span is not None:
                    allowed.append((to_folded[tokens[span[0]].start], to_folded[tokens[span[1]].end - 1] + 1))
        sentences: dict[int, set[int]] = {}  # group → sentences where its "unless" holds

        def cancelled(group: int, sentence: int) -> bool:
            if group not in sentences:
                sentences[group] = self._context_sentences(
                    self._unless.get(group, []), folded, index, by_sentence, present, ends
                )
                if group in self._unless_next:  # „Kann nicht mehr. Zu viele Mails lol“
                    after = self._context_sentences(
                        self._unless_next[group], folded, index, by_sentence, present, ends
                    )
                    sentences[group] |= {number - 1 for number in after if number > 0}
            return sentence in sentences[group]

        past: set[int] | None = None
        over: set[int] | None = None
        findings: dict[tuple[int, int, str], Finding] = {}
        for start, end, term_index in raw:
            term = self.terms[term_index]
            # Safety first: no exception silences thoughts of self-harm; only the group's own "unless".
            if not term.self_harm and any(a <= start and end <= b for a, b in allowed):
                continue
            o_start, o_end = index[start], index[end - 1] + 1
            sentence = bisect.bisect_left(ends, o_start)
            if term.group in self._unless and cancelled(term.group, sentence):
                continue
            if term.self_harm and self._over:
                if over is None:
                    over = self._context_sentences(self._over, folded, index, by_sentence, present, ends)
                if sentence in over:  # a crisis told as past and over
                    continue
            kind, also = term.kind, term.also
            if term.group in self._history and "crisis" in (kind, *also):
                if past is None:
                    past = self._context_sentences(self._past, folded, index, by_sentence, present, ends)
                if sentence in past:  # a topic of the past: life history, not a crisis to refer now
                    left = [k for k in (kind, *also) if k != "crisis"] or ["profiling"]
                    kind, also = left[0], tuple(left[1:])
            key = (o_start, o_end, kind)
            if key in findings and findings[key].severity == "hint" and not term.self_harm:
                continue  # one finding per place and kind; a full hint (or self-harm) wins
            findings[key] = Finding(
                text=text[o_start:o_end],
                start=o_start,
                end=o_end,
                kind=kind,
                severity=term.severity,
                reason=term.reason,
                suggestion=term.suggestion,
                term=term.source,
                topic=term.topic,
                self_harm=term.self_harm,
                also=also,
            )
        kept = _merge_same_place(list(findings.values()))
        # A word inside a longer phrase of the same kind is the same hint twice: keep the phrase —
        # unless only the word carries thoughts of self-harm (the crisis line must not get lost).
        kept = [
            f
            for f in kept
            if not any(
                o is not f
                and set(f.kinds) <= set(o.kinds)
                and (o.self_harm or not f.self_harm)
                and o.start <= f.start
                and f.end <= o.end
                and o.end - o.start > f.end - f.start
                for o in kept
            )
        ]
        if self._model is not None and model:
            kept = self._model.vetoed(text, kept)
            added = self._model_findings(text, folded, index, kept, writer)
            kept = _merge_same_place(kept + added)
        kept.sort(key=lambda f: (f.start, KINDS.index(f.kind), f.end))
        return kept

    def _model_findings(
        self, text: str, folded: str, index: list[int], kept: list[Finding], writer: str
    ) -> list[Finding]:
        """The model's findings in ``text`` where the lists found ``kept``: per sentence (without a crisis
        told as past and over), and where none of them or of ``kept`` offers help for self-harm, the
        short message read as one thought (:meth:`_ModelUse.whole`, fourteenth round) — unless an
        ``over`` entry matches anywhere in it."""
        assert self._model is not None
        added = self._not_over(text, folded, index, self._model.findings(text, kept, writer))
        if any(f.self_harm for f in kept + added):
            return added
        whole = self._model.whole(text, kept + added, writer)
        if whole is None or any(c.regex.search(folded) for c in self._over if c.regex is not None):
            return added
        return [*added, whole]

    def _not_over(self, text: str, folded: str, index: list[int], found: list[Finding]) -> list[Finding]:
        """The model's ``found`` without its crisis and self-harm findings in a sentence where an
        ``over`` entry (``re:``) matches: a crisis told as past and over (twelfth round)."""
        regexes = [c.regex for c in self._over if c.regex is not None]
        if not found or not regexes:
            return found
        ends = sentence_ends(text)
        over = {
            bisect.bisect_left(ends, index[m.start()])
            for rx in regexes
            for m in rx.finditer(folded)
            if m.end() > m.start()
        }
        return [f for f in found if "crisis" not in f.kinds or bisect.bisect_left(ends, f.start) not in over]

    def _context_sentences(
        self,
        contexts: list[_Context],
        folded: str,
        index: list[int],
        by_sentence: dict[int, list[_Token]],
        present: frozenset[int],
        ends: list[int],
    ) -> set[int]:
        """The sentences (by number) in which one of ``contexts`` matches."""
        found: set[int] = set()
        for context in contexts:
            if context.pattern is not None:
                found |= _sentences_matching(context.pattern, by_sentence, present)
            elif context.regex is not None:
                for match in context.regex.finditer(folded):
                    if match.end() > match.start():
                        found.add(bisect.bisect_left(ends, index[match.start()]))
        return found


#: How many answers of the model's exits are kept before they are forgotten (a sentence and the next).
EXITS_KEPT = 4096


@dataclass(frozen=True, slots=True)
class _ModelRule:
    """When the model's score for one label makes a finding (``model:`` in the YAML)."""

    label: str
    #: Per writer (``ifk``, ``elb``): the score from which the label becomes a finding. ``None``: the
    #: threshold the model file brings (chosen by cross-validation when it was trained).
    thresholds: dict[str, float | None]
    #: Self-harm only: below ``alone`` the sentence must also hold a word of the field.
    alone: float
    reason: str
    suggestion: str
    topic: str | None
    #: Not self-harm (thirty-eighth round): where this matches the sentence, the label makes no finding
    #: („Typisch für die Gastronomie sind geteilte Dienste“: what is typical of a trade, not of people).
    unless: re.Pattern[str] | None = None

    def threshold(self, model: Any, writer: str) -> float:
        chosen = self.thresholds.get(writer)
        if chosen is not None:
            return chosen
        return float(model.thresholds.get(self.label, {}).get(writer, 1.0))


def _regex_list(raw: Any, name: str, error: Any) -> list[str]:
    """A YAML list of regular expressions, each checked on its own (a German message names the one)."""
    if not isinstance(raw, list):
        raise error(name, t("analysis_wording.bad_shape"))
    out = []
    for entry in raw:
        regex = str(entry).strip()
        try:
            re.compile(regex)
        except re.error as exc:
            raise error(regex[:40], str(exc)) from None
        out.append(regex)
    return out


#: What an entry of the model's ``everyday`` exits may hold.
EVERYDAY_KEYS = frozenset({"exits", "also_pressing", "pressing"})


def _listed_exits(raw_exits: list[Any], lists: dict[str, list[str]], error: Any) -> list[str]:
    r"""The raw patterns of an everyday entry's exits, each „list: NAME“ replaced by the patterns of that
    list (fifty-eighth round: a helper instead of a nested comprehension in :func:`_everyday_exits`).

    >>> _listed_exits(["a job", "list: tiere"], {"tiere": ["re:hund\\w*", "re:katze"]}, ValueError)
    ['a job', 'hund\\w*', 'katze']
    """
    out: list[str] = []
    for raw in raw_exits:
        if str(raw).strip().startswith(_LIST):
            out.extend(_exit_parts(_unless_entries([raw], lists, error)))
        else:
            out.append(raw)
    return out


def _everyday_exits(
    options: dict[str, Any], error: Any, lists: dict[str, list[str]] | None = None
) -> list[str]:
    r"""The model's exits for everyday words (``everyday``), each held only in a message without a
    pressing word (``pressing``, shared, or an entry's own instead; ``also_pressing``, added for one
    entry) — thirty-first round: one list of pressing words instead of a copy in every exit. An exit
    „list: NAME“ stands for the entries of that list (fifty-seventh round: an exit the crisis hint
    also needs is written once).

    >>> exits = _everyday_exits({"pressing": ["sterb"], "everyday": [{"exits": ["a job"]}]}, ValueError)
    >>> [bool(re.search(e, text)) for e in exits for text in ("a job", "a job or sterben")]
    [True, False]
    >>> listed = {"everyday": [{"exits": ["list: tiere"]}]}
    >>> exits = _everyday_exits(listed, ValueError, {"tiere": ["re:hund\\w*"]})
    >>> [bool(re.search(e, text)) for e in exits for text in ("der hund ist da", "die katze")]
    [True, False]
    """
    if not options.get("everyday"):
        return []
    pressing = _regex_list(options.get("pressing") or [], "pressing", error)
    if not isinstance(options["everyday"], list):
        raise error("everyday", t("analysis_wording.bad_shape"))
    parts = []
    for entry in options["everyday"]:
        if not isinstance(entry, dict) or not entry.get("exits") or set(entry) - EVERYDAY_KEYS:
            raise error("everyday", t("analysis_wording.bad_shape"))
        own = _regex_list(entry["pressing"], "pressing", error) if "pressing" in entry else pressing
        words = own + _regex_list(entry.get("also_pressing") or [], "also_pressing", error)
        exits = _regex_list(_listed_exits(entry["exits"], lists or {}, error), "exits", error)
        never = r"(?![\s\S]*(?:" + "|".join(words) + "))" if words else ""
        parts.append("^" + never + r"[\s\S]*?(?:" + "|".join(exits) + ")")
    return parts


class _ModelUse:
    """The guard's second opinion (:mod:`beratungskit.analysis.wording_model`): per sentence, a label
    the lists did not find there becomes a finding when the model's score passes its threshold."""

    def __init__(
        self,
        file: str,
        rules: list[_ModelRule],
        field: re.Pattern[str] | None,
        unless: re.Pattern[str] | None,
        veto: float | None = None,
        medicine: re.Pattern[str] | None = None,
        intent: re.Pattern[str] | None = None,
        again: re.Pattern[str] | None = None,
        settled: re.Pattern[str] | None = None,
    ) -> None:
        self.file = file
        self.rules = rules
        self.field = field
        self.unless = unless
        #: The exits of ``unless`` without the everyday ones: a word of ``again`` inside one of their
        #: matches is the exit's own („die Drohungen haben aufgehört“, „Strom ist wieder an“) and
        #: does not undo it (thirty-first round: before, both exits could never hold).
        self.settled = settled
        #: The words those exits spell out themselves, read once from their patterns.
        self._settled_words = frozenset(re.findall(r"[^\W\d_]+", settled.pattern)) if settled else frozenset()
        #: The answers of :meth:`exits` by (sentence, next sentence): the self-harm and the crisis rule ask
        #: it for the same sentence, and a session re-checks the same sentences per keystroke (forty-fifth
        #: round: the exits are one long expression, about 3 ms a sentence).
        self._exits_seen: dict[tuple[str, str], bool] = {}
        #: Words of the field that name a medicine: alone they do not open the field's gate where the
        #: lists read the sentence as health (profiling) and no ``intent`` is said (eleventh round).
        self.medicine = medicine
        self.intent = intent
        #: Where this matches a sentence, ``unless`` does not hold there (twelfth round): a crisis said
        #: to come back, now, on purpose, or a treatment stopped („letztes Jahr … und jetzt will ich
        #: wieder dahin“, „Insulin absichtlich nicht mehr“) — the same exception the lists' rule for a
        #: crisis long past has („… heute gut“, but not „… aber wieder“).
        self.again = again
        #: A finding of the lists (never one of self-harm) is dropped when the model gives each of its
        #: kinds less than this in its sentence; ``None``: the value of the model file (cross-validated).
        self.veto = veto

    @classmethod
    def read(
        cls, raw: Any, kinds: dict[str, Any], error: Any, lists: dict[str, list[str]]
    ) -> _ModelUse | None:
        from beratungskit.analysis.wording_model import LABELS, MODEL_FILE

        if not raw:
            return None
        if not isinstance(raw, dict):
            raise error("model", t("analysis_wording.bad_shape"))
        rules = []
        field = unless = medicine = intent = again = settled = None
        veto = raw.get("veto")
        if veto is not None:
            try:
                veto = float(veto)
            except (TypeError, ValueError):
                raise error("veto", t("analysis_wording.bad_threshold")) from None
            if not 0.0 <= veto <= 1.0:
                raise error("veto", t("analysis_wording.bad_threshold"))
        for label, options in raw.items():
            if label in ("file", "veto"):
                continue
            if label not in LABELS:
                raise error(str(label), t("analysis_wording.bad_kind", kind=label, allowed=", ".join(LABELS)))
            options = options or {}
            raw_threshold = options.get("threshold")
            if not isinstance(raw_threshold, dict):  # one number for both writers, or the model's own
                raw_threshold = {writer: raw_threshold for writer in WRITERS}
            thresholds: dict[str, float | None] = {}
            try:
                for writer in WRITERS:
                    value = raw_threshold.get(writer)
                    thresholds[writer] = None if value is None else float(value)
                alone = float(options.get("alone", 1.0))
            except (TypeError, ValueError):
                raise error(str(label), t("analysis_wording.bad_threshold")) from None
            numbers = [v for v in thresholds.values() if v is not None] + [alone]
            if set(raw_threshold) - set(WRITERS) or not all(0.0 < v <= 1.0 for v in numbers):
                raise error(str(label), t("analysis_wording.bad_threshold"))
            kind = "crisis" if label == "self_harm" else label
            defaults = kinds.get(kind) or {}
            own_unless = None
            if label != "self_harm" and options.get("unless"):
                own = _exit_parts(_unless_entries(options["unless"], lists, error))
                own_unless = re.compile(r"\b(?:" + "|".join(own) + r")\b") if own else None
            rules.append(
                _ModelRule(
                    label=str(label),
                    thresholds=thresholds,
                    alone=alone,
                    reason=" ".join(str(options.get("reason", defaults.get("reason", ""))).split()),
                    suggestion=" ".join(
                        str(options.get("suggestion", defaults.get("suggestion", ""))).split()
                    ),
                    topic=options.get("topic"),
                    unless=own_unless,
                )
            )
            if label == "self_harm" and options.get("field"):
                # written and matched as the lists' words: "tot" is tot/tote/toten, not "total";
                # "tablette*" takes any continuation (seventh round: bare stems at a word's start
                # let "Gastro", "wegen", "Fa. Brandt", "Zugang" open the gate)
                words = sorted({str(w).strip() for w in options["field"] if str(w).strip()})
                field = re.compile("|".join(_word_regex(w) for w in words))
            if label == "self_harm" and options.get("medicine"):
                words = sorted({str(w).strip() for w in options["medicine"] if str(w).strip()})
                medicine = re.compile("|".join(_word_regex(w) for w in words))
            if label == "self_harm" and options.get("intent"):
                intent = re.compile("|".join(_phrase_regex(str(w).strip()) for w in options["intent"]))
            if label == "self_harm" and options.get("again"):
                again = re.compile("|".join(_phrase_regex(str(w).strip()) for w in options["again"]))
            if label == "self_harm" and (options.get("unless") or options.get("everyday")):
                # phrases, or "re:REGEX" on the folded sentence (seventh round: „würde für … sterben“)
                parts = _exit_parts(_unless_entries(options.get("unless"), lists, error))
                if parts:  # the exits of „unless“ alone, whose own words „again“ does not read
                    settled = re.compile(r"\b(?:" + "|".join(parts) + r")\b")
                # an everyday exit reads from the sentence's start („^“): no „\b“ before it, which
                # never held before a sentence that begins with „[“, „„“ or an emoji (fifty-seventh
                # round, probe 62: „[Sprachnachricht] hallo … ich wollte nur sagen dass ich den Brief
                # bekommen habe …“)
                everyday = _everyday_exits(options, error, lists)
                alternatives = ([r"\b(?:" + "|".join(parts) + r")\b"] if parts else []) + (
                    [r"(?:" + "|".join(everyday) + r")\b"] if everyday else []
                )
                unless = re.compile("|".join(alternatives)) if alternatives else None
        return cls(
            str(raw.get("file", MODEL_FILE)), rules, field, unless, veto, medicine, intent, again, settled
        )

    def _load(self) -> Any:
        from beratungskit.analysis.wording_model import load_model
        from beratungskit.resources import template_path

        try:
            return load_model(template_path(self.file))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # no model (or a broken one): the lists alone, as before; never an error

    def vetoed(self, text: str, found: list[Finding]) -> list[Finding]:
        """``found`` without the lists' findings the model finds very unlikely in their sentence (a
        word of the lists in a sentence of another kind: „JVA-Kantine“ as a customer, „Trauer“ as a
        course's topic). Only where the finding is the sentence's one topic (:func:`vetoable`).
        Findings of self-harm always stay. Where the finding stands in a short sentence that the
        model reads joined to its neighbour (:func:`model_spans`), it must be unlikely in both
        readings (twenty-ninth round: „Kd. ist unmotiviert. Ich will wieder in einer Werkstatt arbeiten, sagt
        sie“ — the reported wish of the second sentence lowered the first sentence's judging score
        below the veto, and „unmotiviert“ lost its hint)."""
        model = self._load()
        veto = self.veto if self.veto is not None else (model.veto if model is not None else 0.0)
        if model is None or veto <= 0.0:
            return found
        spans = model_spans(text)
        own_spans = sentence_spans(text)
        kept = []
        for finding in found:
            # the joined reading first: the model reads a short sentence alone only where that one
            # would veto (all() stops at the first reading that keeps the finding)
            readings = [_span_of(finding, spans, text)]
            own = _span_of(finding, own_spans, text)
            if own != readings[0] and len(_TOKEN.findall(text[own[0] : own[1]])) <= FRAGMENT_WORDS:
                readings.append(own)  # a short verdict of its own, joined to its neighbour for the model
            if not finding.self_harm and all(
                self._unlikely(model, veto, finding, found, text, span) for span in readings
            ):
                continue
            kept.append(finding)
        return kept

    @staticmethod
    def _unlikely(
        model: Any, veto: float, finding: Finding, found: list[Finding], text: str, span: tuple[int, int]
    ) -> bool:
        """Whether the model finds the lists' ``finding`` very unlikely in the part ``span`` of ``text``."""
        start, end = span
        scores = {label: e.score for label, e in model.evidence(text[start:end]).items()}
        return (
            vetoable(finding, found, start, end, scores, text[start:end])
            and max(scores[k] for k in finding.kinds) < veto
        )

    def findings(self, text: str, found: list[Finding], writer: str = "ifk") -> list[Finding]:
        """Findings of the model in ``text`` where ``found`` (the lists' findings) has none of the label
        in the same sentence, with the thresholds for ``writer``."""
        model = self._load()
        if model is None:
            return []
        out: list[Finding] = []
        spans = model_spans(text)
        for number, (start, end) in enumerate(spans):
            after = text[spans[number + 1][0] : spans[number + 1][1]] if number + 1 < len(spans) else ""
            here = list(self._sentence(model, text, start, end, text[start:end], found, writer, after))
            if not any(f.self_harm for f in here):
                # where an exit silenced the joined part, or the model scored it low (fifty-seventh round)
                here += self._parts(model, text, start, end, found, writer)
            if not any(f.self_harm for f in here):
                here += self._clauses(model, text, start, end, found, writer)
            out.extend(here)
        return out

    def _clauses(
        self, model: Any, text: str, start: int, end: int, found: list[Finding], writer: str
    ) -> list[Finding]:
        """The model's self-harm finding in one clause of a long sentence (:func:`clause_spans`), where
        the model is sure of the clause read alone (:data:`PART_SURE`) and the clause passes as a
        sentence would (its exits, its field). Thirty-ninth round: a long message in one sentence
        thins out what one clause says (probe 42: „… ich hab eine Frage zur Mietobergrenze …, ehrlich
        gesagt weiß ich nicht ob ich den Januar noch erlebe, aber meine Mutter soll dann wenigstens
        keine Schulden haben, die Kopie vom Mietvertrag schicke ich nach.“ — 0.11 for the sentence,
        0.99 for its clause)."""
        if any(f.self_harm and start <= f.start < end for f in found):
            return []
        clauses = clause_spans(text, start, end)
        return self._sure_part(model, text, [(a, b, text[b:end]) for a, b in clauses], found, writer)

    def _parts(
        self, model: Any, text: str, start: int, end: int, found: list[Finding], writer: str
    ) -> list[Finding]:
        """The model's self-harm finding in one full sentence of a part that fragments joined
        (:func:`part_readings`), read with its own fragments — where an exit silenced the joined part.
        Thirty-ninth round: an exit holds in the sentence that says it and in the fragments joined to
        that sentence, not in another full sentence that a fragment between them joined to it (probe
        42: „Kdin. erwähnt, sie denke beim Autofahren oft daran, ‚einfach geradeaus in den
        Gegenverkehr' zu fahren. Bisher keine Handlung. Hausarzt und Psychotherapie vermittelt.“ —
        „Hausarzt“, the exit for a medicine the doctor prescribed, silenced the first sentence's 1.0)."""
        readings = part_readings(text, start, end)
        nexts = [b for _, b in readings[1:]] + [end] if readings else []  # where the text after one ends
        parts = [(a, b, text[b:n]) for (a, b), n in zip(readings, nexts, strict=True)]
        # fifty-seventh round: each full sentence also alone, where no exit holds in it with its
        # fragments (probe 62: „alles was ich anfang geht kaputt. studium, beziehung, job. vllt bin ich
        # selbst das was weg muss“ — the list of three words joined both sentences, the model read the
        # whole as a verdict, 0.0 for self-harm, and the last sentence alone 0.996)
        for (a, b), (own_a, own_b), n in zip(readings, full_sentences(text, start, end), nexts, strict=True):
            if (own_a, own_b) != (a, b) and not self.exits(fold(text[a:b])[0], fold(text[b:n])[0]):
                parts.append((own_a, own_b, text[own_b:n]))
        return self._sure_part(model, text, parts, found, writer)

    def _sure_part(
        self, model: Any, text: str, parts: list[tuple[int, int, str]], found: list[Finding], writer: str
    ) -> list[Finding]:
        """The self-harm finding of the first part ``text[a:b]`` (with the text ``after`` it) that the
        model, reading it alone, is sure of (:data:`PART_SURE`) and that passes as a sentence would."""
        rule = next((r for r in self.rules if r.label == "self_harm"), None)
        if rule is None:
            return []
        for a, b, after in parts:
            score = model.evidence(text[a:b])["self_harm"].score
            here = [f for f in found if a <= f.start < b]
            if score >= PART_SURE and self.passes(
                rule, score, fold(text[a:b])[0], model, writer, here, fold(after)[0]
            ):
                return [self._finding(rule, text, a, b)]
        return []

    @staticmethod
    def _finding(rule: _ModelRule, text: str, start: int, end: int) -> Finding:
        """The model's finding for ``rule`` on the sentence ``text[start:end]``. The model judges the
        sentence, not a word: the hint quotes the sentence (its weightiest word alone — "sagt",
        "wollen" — would puzzle the reader)."""
        first, last = _trimmed(text[start:end])
        return Finding(
            text=text[start + first : start + last],
            start=start + first,
            end=start + last,
            kind="crisis" if rule.label == "self_harm" else rule.label,
            severity="hint",
            reason=rule.reason,
            suggestion=rule.suggestion,
            term=f"model:{rule.label}",
            topic=rule.topic,
            self_harm=rule.label == "self_harm",
        )

    def whole(self, text: str, found: list[Finding], writer: str = "ifk") -> Finding | None:
        """The model's self-harm finding on a short message of two to :data:`SHORT_SENTENCES` sentences
        (at most :data:`SHORT_WORDS` words) read as one thought, where the model is sure of the whole
        (``alone``) — or None. Fourteenth round: the model is trained on whole messages but reads one
        sentence at a time, and a farewell splits across full stops („Danke für alles, Sie waren immer
        nett zu mir. Das ist mein letzter Termin.“, „Es wäre so einfach. Ein Schritt vom
        Fensterbrett.“: 0.95 as a whole, 0.63 and 0.61 per sentence on probe 13's fold model). The
        exits hold for the whole message as for a sentence."""
        model = self._load()
        rule = next((r for r in self.rules if r.label == "self_harm"), None)
        if model is None or rule is None or any(f.self_harm for f in found):
            return None
        spans = model_spans(text)
        if not 2 <= len(spans) <= SHORT_SENTENCES or len(_TOKEN.findall(text)) > SHORT_WORDS:
            return None
        score = model.evidence(text)["self_harm"].score
        if score < max(rule.alone, rule.threshold(model, writer)) or self.exits(fold(text)[0]):
            return None
        first, last = _trimmed(text)
        return Finding(
            text=text[first:last],
            start=first,
            end=last,
            kind="crisis",
            severity="hint",
            reason=rule.reason,
            suggestion=rule.suggestion,
            term="model:self_harm",
            topic=rule.topic,
            self_harm=True,
        )

    def passes(
        self,
        rule: _ModelRule,
        score: float,
        folded: str,
        model: Any,
        writer: str,
        here: list[Finding],
        after: str = "",
    ) -> bool:
        """Whether the model's ``score`` for ``rule``'s label in one sentence (``folded``; ``after``:
        the next sentence, folded) makes a finding, where the lists found ``here`` in that sentence.
        Training uses this too, to choose the thresholds (:mod:`beratungskit.analysis.wording_train`)."""
        if rule.label in ("self_harm", "crisis") and self.exits(folded, after):
            return False  # an everyday accident ("beim Kochen") — the lists' own findings stay
        if rule.label == "self_harm":
            if any(f.self_harm for f in here):
                return False
            threshold = rule.threshold(model, writer)
            if score >= max(MEDICINE_SURE, rule.alone, threshold):
                return True
            if self._medicine_only(folded, here):
                # below MEDICINE_SURE even past „alone“ (fifteenth round: with „alone“ at 0.5 „Kd. nimmt
                # Schlaftabletten“, health in an IFK note, passed on the score alone)
                return False
            if score >= max(rule.alone, threshold) and not _bare(folded):
                return True
            return score >= threshold and (self.field is None or bool(self.field.search(folded)))
        if any(rule.label in f.kinds for f in here):
            return False
        if rule.unless is not None and rule.unless.search(folded):
            return False
        if rule.label == "crisis" and self._medicine_only(folded, here):
            return False
        return score >= rule.threshold(model, writer)

    def exits(self, folded: str, after: str = "") -> bool:
        """Whether one of the model's exits (``unless``) holds in one sentence (``folded``): it does
        not where ``again`` matches there or in the next sentence (``after``) — „Prüfung“, „Insulin“,
        „letztes Jahr“ are everyday words until the text says the crisis is back, now, on purpose, or
        a treatment was stopped (twelfth round).

        >>> from beratungskit.analysis.wording import fold, load_guard
        >>> use = load_guard()._model
        >>> use.exits(fold("Ich hab letztes Jahr eine Reha gemacht.")[0])
        True
        >>> use.exits(fold("Letztes Jahr mit den Tabletten, und jetzt will ich wieder dahin.")[0])
        False
        >>> use.exits(fold("Die Drohungen haben aufgehört, seit er weggezogen ist.")[0])
        True
        >>> use.exits(fold("Ich hab aufgehört zu essen, die Drohungen haben aufgehört.")[0])
        False
        >>> use.exits(fold("Sie nimmt ihre Termine seit zwei Wochen absichtlich nicht mehr wahr.")[0])
        False
        """
        key = (folded, after)
        seen = self._exits_seen.get(key)
        if seen is None:
            if len(self._exits_seen) >= EXITS_KEPT:
                self._exits_seen.clear()
            seen = self._exits_seen[key] = self._exits(folded, after)
        return seen

    def _exits(self, folded: str, after: str) -> bool:
        # a sentence after the first begins with the space before it: the exits that hold from the
        # start of a sentence („Suizidalität im Gespräch verneint.“) must see that start
        folded = folded.strip()
        if self.unless is None:
            return False
        if not self.unless.search(folded) and not self._across_ellipsis(folded, after):
            return False
        if self.again is None or self.again.search(after):
            return self.again is None
        # a word of „again“ undoes the exit unless the exit spells it out itself and it stands inside
        # that exit's match („die Drohungen haben aufgehört“); in a slot („seit zwei Wochen absichtlich
        # nicht mehr“) it keeps the crisis it is
        again = list(self.again.finditer(folded))
        if not again:
            return True
        if self.settled is None or any(m.group() not in self._settled_words for m in again):
            return False
        own = [m.span() for m in self.settled.finditer(folded)]
        return all(any(a <= m.start() and m.end() <= b for a, b in own) for m in again)

    def _across_ellipsis(self, folded: str, after: str) -> bool:
        """Whether an exit of ``unless`` (not an everyday one) begins in a sentence that breaks off with
        an ellipsis and ends in the next (fifty-seventh round, probe 62: „Ich will einfach nur weg...
        aus der Schichtarbeit 😅“) — an exit of the next sentence alone never counts here.

        >>> from beratungskit.analysis.wording import fold, load_guard
        >>> use = load_guard()._model
        >>> use.exits(*(fold(t)[0] for t in ("Ich will einfach nur weg...", "aus der Schichtarbeit.")))
        True
        >>> use.exits(*(fold(t)[0] for t in ("Ich will einfach nur weg.", "aus der Schichtarbeit.")))
        False
        """
        if self.settled is None or not after.strip() or not folded.endswith(("...", "…")):
            return False
        joined = f"{folded} {after.strip()}"
        return any(m.start() < len(folded) < m.end() for m in self.settled.finditer(joined))

    def _medicine_only(self, folded: str, here: list[Finding]) -> bool:
        """Whether the only words of the field in one sentence (``folded``) name a medicine, where the
        lists read the sentence as health (``here`` holds a profiling finding) and no intent is said:
        „Kd. nimmt Schlaftabletten“ is profiling, and neither the model's self-harm hint nor its crisis
        hint (each brings the crisis line) should come; „Kd. hat ihre Schlaftabletten absichtlich
        gesammelt“ is another matter (eleventh round)."""
        if self.field is None or self.medicine is None or not any("profiling" in f.kinds for f in here):
            return False
        if self.intent is not None and self.intent.search(folded):
            return False
        words = [m.group() for m in self.field.finditer(folded)]
        return bool(words) and all(self.medicine.fullmatch(word) for word in words)

    def _sentence(
        self,
        model: Any,
        text: str,
        start: int,
        end: int,
        sentence: str,
        found: list[Finding],
        writer: str = "ifk",
        after: str = "",
    ) -> Iterator[Finding]:
        here = [f for f in found if start <= f.start < end]
        evidence = model.evidence(sentence)
        folded = fold(sentence)[0]
        after = fold(after)[0] if after else ""
        for rule in self.rules:
            if writer == "elb" and rule.label in NOT_FOR_ELB:
                continue  # the writer rule would drop it anyway
            if self.passes(rule, evidence[rule.label].score, folded, model, writer, here, after):
                yield self._finding(rule, text, start, end)


#: A sentence the model scores this high for a label the finding does not stand for is about that
#: other topic; the model's low score for the finding's kinds says nothing about the finding there.
_VETO_OTHER = 0.5


#: Fear or worry said in the sentence (twenty-first round): a crisis topic there is felt now, whatever
#: the model's low crisis score says („Ich hab Angst, weil meine Gläubiger jeden Tag anrufen“ — the
#: retrained model scored it 0.03 for crisis and its judging score fell below ``_VETO_OTHER``).
_FEAR = re.compile(
    r"(?<![a-z])(?:angst|aengste|panik\w*|sorgen?|fuercht\w*|befuercht\w*|verzweifel\w*)(?![a-z])"
)

#: Words of a threat (fifty-fifth round): a crisis finding in a sentence that says something threatens is
#: no false alarm the veto should spare the reader — the model gave 0.0 to „Kdin. hat eine
#: Aufenthaltserlaubnis, Beschäftigung erlaubt, aber die Ausländerbehörde droht mit Abschiebung.“
_THREAT = re.compile(r"(?<![a-z])(?:droh|drohe|droht|drohen|drohte|drohten|drohend\w*|angedroht)(?![a-z])")


def _span_of(finding: Finding, spans: list[tuple[int, int]], text: str) -> tuple[int, int]:
    """The part of ``text`` among ``spans`` in which ``finding`` begins (the whole text if none)."""
    return next(((a, b) for a, b in spans if a <= finding.start < b), (0, len(text)))


def vetoable(
    finding: Finding,
    found: list[Finding],
    start: int,
    end: int,
    scores: dict[str, float],
    sentence: str = "",
) -> bool:
    """Whether the model's veto may drop ``finding`` (of the lists) in the sentence ``start``–``end``
    with the model's ``scores``: never for self-harm nor for a crisis finding that brings the crisis
    line (:func:`offers_crisis_line`, fourteenth round: the line is what a missed self-harm sentence
    still gets from a crisis of unclear kind; on probes 12 and 13 out of fold the veto dropped no such
    finding, so sparing them costs nothing there), and only where the finding is the sentence's one
    topic — no other finding of another kind there, and the model scores no other label ≥ 0.5 („Ich
    will nicht mehr leben, und er ist faul“: the sentence's low judging score speaks of self-harm).
    Never a crisis finding in a ``sentence`` that says fear or worry (:data:`_FEAR`, twenty-first round)
    or a threat (:data:`_THREAT`, fifty-fifth round), nor one of violence (topic ``gewalt``, fifty-third
    round: the model's 0.048 for profiling dropped „Kdin. berichtet von Vergewaltigung auf der Flucht …,
    im Vermerk ausführlich festgehalten.“ — a report of violence is no false alarm the veto should spare
    the reader).

    >>> debt = Finding("Gläubiger", 26, 35, "crisis", "hint", "", "", term="gläubiger*", topic="schulden")
    >>> vetoable(debt, [debt], 0, 45, {"crisis": 0.03}, "Ich hab Angst, weil meine Gläubiger anrufen.")
    False
    >>> debt = Finding("Gläubiger", 8, 17, "crisis", "hint", "", "", term="gläubiger*", topic="schulden")
    >>> vetoable(debt, [debt], 0, 41, {"crisis": 0.03}, "Mit den Gläubigern gesprochen, alles gut.")
    True
    >>> told = "Kdin. berichtet von Vergewaltigung auf der Flucht."
    >>> low = {"crisis": 0.02, "profiling": 0.04}
    >>> words = ("Vergewaltigung", 20, 34, "crisis", "hint", "", "", "vergewalt*")
    >>> rape = Finding(*words, topic="gewalt", also=("profiling",))
    >>> vetoable(rape, [rape], 0, 51, low, told)
    False
    >>> debt = Finding(*words, topic="schulden", also=("profiling",))
    >>> vetoable(debt, [debt], 0, 51, low, told)  # the same place with another topic: the veto holds
    True
    >>> deport = Finding("Abschiebung", 33, 44, "crisis", "hint", "", "", "abschiebung*", topic="migration")
    >>> vetoable(deport, [deport], 0, 45, {"crisis": 0.0}, "Die Behörde droht der Kdin. mit Abschiebung.")
    False
    >>> vetoable(deport, [deport], 0, 45, {"crisis": 0.0}, "Die Behörde erspart der Kdin. die Abschiebung.")
    True
    >>> lies = Finding("erzählt Lügen", 4, 17, "judging", "hint", "", "", term="erzaehlt*")
    >>> vetoable(lies, [lies], 0, 30, {"judging": 0.02}, "Kd. erzählt Lügen über den AG.")
    False
    """
    if finding.self_harm or offers_crisis_line(finding):
        return False
    folded = fold(sentence)[0]
    if "crisis" in finding.kinds and (
        finding.topic == "gewalt" or _FEAR.search(folded) or _THREAT.search(folded)
    ):
        return False
    if 2 * (finding.end - finding.start) >= end - start:
        # the finding is most of its sentence („Nervlich völlig am Ende.“): no words of another kind
        # around it, and the model's low score only says it does not know the phrase (ninth round)
        return False
    if sentence and start <= finding.start and finding.end <= end:
        # the same, counted in the sentence's own words (thirty-seventh round): „Kd. erzählt Lügen über
        # den AG.“ is a verdict of two words among four („Kd.“, „den“ are little words), where the
        # characters of „Kd.“ and „über den AG“ made it look like a part the model may judge
        mine = _own_words(fold(sentence[finding.start - start : finding.end - start])[0])
        if 2 * len(mine) >= len(_own_words(folded)):
            return False
    others = [o for o in found if o is not finding and start <= o.start < end]
    if any(o.self_harm or not set(o.kinds) <= set(finding.kinds) for o in others):
        return False
    own = {"crisis" if k == "self_harm" else k for k in finding.kinds}
    return all(score < _VETO_OTHER for label, score in scores.items() if label not in own)


#: A self-harm score from which a sentence whose only words of the field name a medicine still gets
#: the model's hint (fifteenth round: the „alone“ of rounds 7–14; „alone“ is 0.5 now, but „Kd. nimmt
#: Schlaftabletten“ must stay health, while „Ich hab die Schlaftabletten schon bereitgelegt“, 0.98,
#: must not be silenced).
MEDICINE_SURE = 0.65
#: A sentence with at most this many words of its own (not the model's little words, STOP) is
#: bare: below MEDICINE_SURE it needs a word of the field, as below „alone“ (fifteenth round, the
#: lead's landing: with „alone“ at 0.5 the step „Ich frage nach.“ got the crisis line on a score of
#: 0.52 that is mostly the model's bias — two words say nothing of a crisis).
BARE_WORDS = 2


def _bare(folded: str) -> bool:
    """Whether a folded sentence has at most :data:`BARE_WORDS` words of its own.

    >>> _bare("ich frage nach.")
    True
    >>> _bare("ich hab heute alles aufgeraeumt.")
    False
    """
    return len(_own_words(folded)) <= BARE_WORDS


def _own_words(folded: str) -> list[str]:
    """The words of a folded text that are not the model's little words (:data:`STOP`: pronouns,
    articles, „Kd.“, „laut“ …).

    >>> _own_words("kd. erzaehlt luegen ueber den ag.")
    ['erzaehlt', 'luegen', 'ueber', 'ag']
    """
    from beratungskit.analysis.wording_model import STOP

    return [w for w in re.findall(r"[^\W_]+", folded) if w not in STOP]


#: A sentence of at most this many words is a fragment (short-message mode, ninth round).
FRAGMENT_WORDS = 3
#: A message of at most this many sentences and words is also read by the model as one thought
#: (fourteenth round, :meth:`_ModelUse.whole`); longer notes stay sentence by sentence.
SHORT_SENTENCES = 3
SHORT_WORDS = 40


def join_fragments(text: str) -> str:
    """``text`` with the full stop (or ``!``/``?``/``;``) between a fragment of at most
    :data:`FRAGMENT_WORDS` words and its neighbour turned into a comma, so patterns read „Bin müde.
    Will schlafen. Für immer.“ as the one thought it is. Same length and places as ``text``.

    >>> join_fragments("Bin müde. Will schlafen. Für immer.")
    'Bin müde, Will schlafen, Für immer.'
    >>> join_fragments("Kd. kam pünktlich zum Termin. Die Unterlagen sind alle vollständig.")
    'Kd. kam pünktlich zum Termin. Die Unterlagen sind alle vollständig.'
    """
    ends = sentence_ends(text)
    if not ends:
        return text
    bounds = [0, *(e + 1 for e in ends), len(text)]
    words = [len(_TOKEN.findall(text[a:b])) for a, b in pairwise(bounds)]
    chars = list(text)
    for i, end in enumerate(ends):
        after = words[i + 1] if i + 1 < len(words) else 0
        if after and (words[i] <= FRAGMENT_WORDS or after <= FRAGMENT_WORDS):
            chars[end] = ","
    return "".join(chars)


def model_spans(text: str) -> list[tuple[int, int]]:
    """The parts of ``text`` the model reads one at a time: its sentences, with short fragments joined
    to their neighbour as :func:`join_fragments` does for the lists (twelfth round: „Heute ist mein
    Geburtstag. Mein letzter.“ is one thought; the model was trained on whole messages, but read
    „Mein letzter.“ alone). Positions are those of ``text``.

    >>> model_spans("Heute ist mein Geburtstag. Mein letzter.")
    [(0, 40)]
    >>> model_spans("Kd. kam pünktlich zum Termin. Die Unterlagen sind alle vollständig.")
    [(0, 29), (29, 67)]
    """
    return sentence_spans(join_fragments(text))


#: A sentence of more than this many words is also read clause by clause (thirty-ninth round,
#: :meth:`_ModelUse._clauses`); a clause has at least :data:`CLAUSE_MIN_WORDS` words (the model
#: scores a short one such as „die mich so nehmen“ at random).
CLAUSE_SENTENCE_WORDS = 25
CLAUSE_MIN_WORDS = 8
#: How sure the model must be of a part read alone — a clause, or a sentence read without the exit of
#: another sentence (:meth:`_ModelUse._parts`) — for its self-harm hint: the whole was read otherwise.
PART_SURE = 0.9
_CLAUSE_END = re.compile(r"[,;:–—]|\s-\s")


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of each long sentence in ``text[start:end]`` (split at commas, semicolons, colons and
    dashes; pieces of fewer than :data:`CLAUSE_MIN_WORDS` words are left out); a sentence of at most
    :data:`CLAUSE_SENTENCE_WORDS` words has none.

    >>> text = ("Ich hab eine Frage zur Miete und zur Heizung, und ob das Amt die Nachzahlung übernimmt, "
    ...         "ehrlich gesagt weiß ich nicht ob ich den Januar noch erlebe, die Kopie kommt.")
    >>> for a, b in clause_spans(text, 0, len(text)):
    ...     print(repr(text[a:b]))
    'Ich hab eine Frage zur Miete und zur Heizung,'
    ' ehrlich gesagt weiß ich nicht ob ich den Januar noch erlebe,'

    >>> clause_spans("Kd. kam pünktlich, gut vorbereitet.", 0, 35)
    []
    """
    spans: list[tuple[int, int]] = []
    for a, b in sentence_spans(text[start:end]):
        a, b = start + a, start + b
        if len(_TOKEN.findall(text[a:b])) <= CLAUSE_SENTENCE_WORDS:
            continue
        cuts = [a, *(m.end() + a for m in _CLAUSE_END.finditer(text[a:b])), b]
        # a short piece is not read on its own, nor joined to a neighbour, whose exits it would take
        spans += [(x, y) for x, y in pairwise(cuts) if len(_TOKEN.findall(text[x:y])) >= CLAUSE_MIN_WORDS]
    return spans


def full_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The full sentences of the part ``text[start:end]``, one for each of :func:`part_readings` (the
    same sentences, without the fragments next to them).

    >>> text = "Alles geht bei mir kaputt. Studium, Job. Vielleicht bin ich das Problem."
    >>> [text[a:b] for a, b in full_sentences(text, 0, len(text))]
    ['Alles geht bei mir kaputt.', ' Vielleicht bin ich das Problem.']
    >>> full_sentences("Heute ist mein Geburtstag. Mein letzter.", 0, 40)
    []
    """
    own = [(start + a, start + b) for a, b in sentence_spans(text[start:end])]
    full = [(a, b) for a, b in own if len(_TOKEN.findall(text[a:b])) > FRAGMENT_WORDS]
    return full if len(full) >= 2 else []


def part_readings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The full sentences of the part ``text[start:end]`` that fragments joined (:func:`model_spans`),
    each with the fragments next to it — or none, where the part holds fewer than two full sentences
    (thirty-ninth round, :meth:`_ModelUse._parts`).

    >>> text = "Sie denkt daran, geradeaus zu fahren. Bisher nichts passiert. Der Hausarzt weiß es."
    >>> for a, b in part_readings(text, 0, len(text)):
    ...     print(repr(text[a:b]))
    'Sie denkt daran, geradeaus zu fahren. Bisher nichts passiert.'
    ' Bisher nichts passiert. Der Hausarzt weiß es.'

    >>> part_readings("Heute ist mein Geburtstag. Mein letzter.", 0, 40)
    []
    """
    own = [(start + a, start + b) for a, b in sentence_spans(text[start:end])]
    short = [len(_TOKEN.findall(text[a:b])) <= FRAGMENT_WORDS for a, b in own]
    if short.count(False) < 2:
        return []
    readings = []
    for i in range(len(own)):
        if short[i]:
            continue
        first, last = i, i
        while first > 0 and short[first - 1]:
            first -= 1
        while last + 1 < len(own) and short[last + 1]:
            last += 1
        readings.append((own[first][0], own[last][1]))
    return readings


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text`` that holds more than spaces, as the model reads them.

    >>> sentence_spans("Gut. Kd. kommt.")
    [(0, 4), (4, 15)]
    """
    spans = []
    start = 0
    for end in [*(e + 1 for e in sentence_ends(text)), len(text)]:
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    return spans


def _trimmed(sentence: str) -> tuple[int, int]:
    """Where the words of ``sentence`` begin and end (no spaces, no closing full stop, and no comma,
    colon or dash that closed a clause of a long sentence, see :func:`clause_spans`).

    >>> text = "weiß ich nicht ob ich das noch erlebe, "
    >>> first, last = _trimmed(text)
    >>> text[first:last]
    'weiß ich nicht ob ich das noch erlebe'
    """
    first = len(sentence) - len(sentence.lstrip())
    last = len(sentence.rstrip(" \t\n.!?;,:–—"))
    return first, max(first, last)


def _merge_same_place(findings: list[Finding]) -> list[Finding]:
    """One finding per place: the words "unselbstständig" found as deficit and as judging are one
    hint that names both kinds. The most pressing finding leads (self-harm, then the order of KINDS).
    """
    by_place: dict[tuple[int, int], list[Finding]] = {}
    for finding in findings:
        by_place.setdefault((finding.start, finding.end), []).append(finding)
    out = []
    for group in by_place.values():
        if len(group) == 1:
            out.append(group[0])
            continue
        group.sort(key=lambda f: (not f.self_harm, SEVERITIES.index(f.severity), KINDS.index(f.kind)))
        lead = group[0]
        kinds = list(dict.fromkeys(k for f in group for k in f.kinds))
        out.append(replace(lead, also=tuple(k for k in kinds if k != lead.kind)))
    return out


def _without(finding: Finding, kinds: frozenset[str]) -> Finding | None:
    """``finding`` without ``kinds`` (None when nothing is left): what stays for the eLb's own words."""
    left = [k for k in finding.kinds if k not in kinds]
    if not left:
        return None
    if left == list(finding.kinds):
        return finding
    return replace(finding, kind=left[0], also=tuple(left[1:]))


def _fits(word: str, pos: int, end: int, before: str, after: str) -> bool:
    """Whether a stem found at ``word[pos:end]`` obeys its marks (see the YAML header)."""
    if (before == "" and pos != 0) or (before == "+" and pos == 0):
        return False
    rest = word[end:]
    if after == "":
        return rest in _ENDING_SET
    if after == "=":
        return not rest
    if after == "+":
        return bool(rest)
    return True


def _widen(folded: str, start: int, end: int) -> tuple[int, int]:
    # Show whole words: a regex may stop inside one ("vermittelbar" in "unvermittelbaren").
    while start > 0 and folded[start - 1].isalnum():
        start -= 1
    while end < len(folded) and folded[end].isalnum():
        end += 1
    return start, end


# --- loading, with a cache that notices an edited file -----------------------------------------

_LOADED: dict[Path, tuple[float, Guard]] = {}


def load_guard(path: str | os.PathLike[str] | None = None) -> Guard:
    """The compiled guard of ``path`` (default: ``templates/wording_guard.yaml``).

    Compiled once and kept; reloaded when the file changes, so an office can edit its list
    while the app runs.
    """
    from beratungskit.resources import template_path

    file = Path(path) if path is not None else template_path(GUARD_FILE)
    try:
        mtime = file.stat().st_mtime
    except OSError as exc:
        detail = os_reason(exc)
        raise WordingGuardError(t("analysis_wording.bad_file", file=file, detail=detail)) from None
    cached = _LOADED.get(file)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    from beratungskit.analysis.template_yaml import TemplateFileError, read_yaml

    try:
        # the safe template reader: a regular file, bounded, no YAML aliases (hardening, issue 9)
        data = read_yaml(file, lines=False) or {}
    except TemplateFileError as exc:
        raise WordingGuardError(t("analysis_wording.bad_file", file=file, detail=exc)) from None
    if not isinstance(data, dict):
        raise WordingGuardError(t("analysis_wording.bad_file", file=file, detail="kein YAML-Objekt"))
    try:
        guard = Guard(data, source=str(file))
    except (AttributeError, TypeError, KeyError):  # a list where a mapping belongs, and the like
        detail = t("analysis_wording.bad_shape")
        raise WordingGuardError(t("analysis_wording.bad_file", file=file, detail=detail)) from None
    _LOADED[file] = (mtime, guard)
    return guard


def check_text(text: str, guard: Guard | None = None, writer: str = "ifk") -> list[Finding]:
    """Findings in one free text, ordered by position. Fast enough to run on every keystroke.

    ``writer="elb"`` for the eLb's own words (will, wishes, what they named): only crisis findings
    there (a crisis gets an offer of help whoever wrote it); how a person describes, plans and judges
    themselves is theirs.

    >>> [f.kind for f in check_text("Zielgruppe Alleinerziehende, unmotiviert.")]
    ['typing', 'typing', 'judging']
    >>> f = check_text("Hat Mietschulden.")[0]
    >>> (f.text, f.start, f.end, f.topic)
    ('Mietschulden', 4, 16, 'schulden')
    """
    return (guard or load_guard()).check(text, writer)


def kind_label(kind: str) -> str:
    """German name of a kind: ``kind_label("judging") == "Bewertung oder Ratschlag"``."""
    return t(f"analysis_wording.kind.{kind}")


def format_hint(findings: list[Finding], limit: int = 3, partners: Sequence[Any] | None = None) -> str:
    """Plain German hint of one or two lines (no HTML) for under a text field; "" when all is well.

    >>> print(format_hint(check_text("Unmotiviert.")))  # doctest: +ELLIPSIS
    Hinweis zur Formulierung: „Unmotiviert“ (Bewertung oder Ratschlag, Defizitzuschreibung) – Sie entscheiden.
    Vorschlag: Festhalten, was die Person sagt, ...
    """
    if not findings:
        return ""
    ordered = sorted(findings, key=lambda f: (SEVERITIES.index(f.severity), KINDS.index(f.kind), f.start))
    # One word per kind first, so different concerns are not hidden behind one repeated kind;
    # then further words up to the limit.
    firsts: list[Finding] = []
    for finding in ordered:
        if all(f.kind != finding.kind for f in firsts):
            firsts.append(finding)
    shown = (firsts + [f for f in ordered if f not in firsts])[:limit]
    shown.sort(key=ordered.index)
    items = ", ".join(t("analysis_wording.hint.item", words=f.text, kind=f.kind_label) for f in shown)
    rest = len(ordered) - len(shown)
    if rest:
        items += " " + t(
            "analysis_wording.hint.more_one" if rest == 1 else "analysis_wording.hint.more", n=rest
        )
    severity = "hint" if any(f.severity == "hint" for f in findings) else "soft"
    head = t(
        "analysis_wording.hint.head",
        severity=t(f"analysis_wording.severity.{severity}"),
        items=items,
    )
    first = ordered[0]
    lines = [head]
    offer = crisis_offer(findings, partners)
    # For thoughts of self-harm the crisis line below says it all; the list's suggestion would repeat
    # it — or, for a despair said before it („weiß nicht mehr weiter, ich will mir etwas antun“),
    # point elsewhere (the general crisis group's suggestion names a violence helpline first).
    harm = any(f.self_harm for f in findings)
    if first.suggestion and not (harm and offer is not None and offer.crisis_line):
        lines.append(t("analysis_wording.hint.suggestion", suggestion=first.suggestion))
    if offer is not None:
        lines.extend(offer.lines())
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class CrisisOffer:
    """What a crisis topic in a text calls for: a gentle question whether it needs writing down at all,
    the fitting services of the partner directory, and — for thoughts of self-harm — always a crisis line.
    """

    question: str
    #: "Name (what they offer)" of every partner whose topics fit, directory order
    services: tuple[str, ...]
    #: The crisis line (Telefonseelsorge); "" unless a finding is about self-harm or its crisis has no
    #: fitting service (see :data:`LINE_TOPICS`).
    crisis_line: str

    def lines(self) -> list[str]:
        out = [self.question]
        if self.crisis_line:
            out.append(self.crisis_line)
        if self.services:
            out.append(t("analysis_wording.crisis.offer", services="; ".join(self.services)))
        return out


def crisis_offer(findings: Iterable[Finding], partners: Sequence[Any] | None = None) -> CrisisOffer | None:
    """The offer for the crisis findings of one text (None when there is none).

    ``partners`` is the local directory (:func:`beratungskit.analysis.partners.load_partners`, read when
    not given; an unreadable directory only leaves the services out — the crisis line never depends on it).

    >>> offer = crisis_offer(check_text("Er denkt daran, sich etwas anzutun."), partners=[])
    >>> offer.crisis_line.startswith("Bei Gedanken, sich etwas anzutun: Telefonseelsorge")
    True
    """
    crisis = [f for f in findings if "crisis" in f.kinds]
    if not crisis:
        return None
    if partners is None:
        partners = _directory()
    # For self-harm the crisis line is the fitting service; the directory's other services are offered
    # for the other crisis topics of the text (debts, housing …).
    topics = {f.topic for f in crisis if f.topic and not f.self_harm}
    services = tuple(
        t("analysis_wording.crisis.service", name=p.name, description=p.description)
        if p.description
        else p.name
        for p in partners
        if _serves(topics, {str(getattr(topic, "value", topic)) for topic in p.topics})
    )
    line = t("analysis_wording.crisis.line") if any(offers_crisis_line(f) for f in crisis) else ""
    return CrisisOffer(t("analysis_wording.crisis.question"), services, line)


def _serves(topics: set[str], offered: set[str]) -> bool:
    """Whether a service with the topics ``offered`` fits the crisis topics of a text.

    A general crisis („verzweifelt“, „weiß nicht mehr weiter“) fits a crisis service, not a service
    for housing or violence that also names crises among its topics (the trial of issue 11 found the
    housing help offered under „ich will mir etwas antun“); those fit their own topic.

    >>> housing = {"wohnen", "krise"}
    >>> _serves({"krise"}, housing), _serves({"wohnen"}, housing), _serves({"krise"}, {"krise"})
    (False, True, True)
    """
    specific = topics - {"krise"}
    return bool(specific & offered) or ("krise" in topics and offered == {"krise"})


#: Crisis topics that get the crisis line too (issue 11, eighth round): no topic — the model's crisis
#: hint quotes a sentence whose kind of crisis is unclear, and a thought of self-harm may hide in it —
#: and the general life crisis („verzweifelt“, „Existenzangst“, violence), for which the Telefonseelsorge
#: is a line for anyone in acute distress. Housing, debts, family, law and addiction get their fitting
#: service only: a suicide line under a power cut would read as a misjudgement and dull it for when it
#: matters. ``Finding.self_harm`` stays what it says (a thought of self-harm); the line is offered more
#: often than the flag is set, never less.
LINE_TOPICS: frozenset[str | None] = frozenset({None, "krise"})


def offers_crisis_line(finding: Finding) -> bool:
    """Whether this crisis finding brings the crisis line into the offer.

    >>> any(offers_crisis_line(f) for f in check_text("Ich bin total verzweifelt."))
    True
    >>> any(offers_crisis_line(f) for f in check_text("Morgen wird die Wohnung geräumt."))
    False
    """
    return "crisis" in finding.kinds and (finding.self_harm or finding.topic in LINE_TOPICS)


def _directory() -> Sequence[Any]:
    # imported here: the directory is read only for a crisis finding, not with the guard
    from beratungskit.analysis.partners import load_partners_or_none

    return load_partners_or_none()


# --- a whole case ---------------------------------------------------------------------------------

# collection → (free-text fields, the field that names the item in "where")
_CASE_FIELDS: dict[str, tuple[tuple[str, ...], str]] = {
    "resources": (("label", "role", "note"), "label"),
    "relations": (("note",), ""),
    "wishes": (("text",), "text"),
    "wills": (("text",), "text"),
    "goals": (("text", "confidence_next"), "text"),
    "steps": (("text", "helper"), "text"),
    "team_ideas": (("text",), "text"),
}
_ITEM_KIND = {
    "resources": "resource",
    "wishes": "wish",
    "wills": "will",
    "goals": "goal",
    "steps": "step",
    "team_ideas": "team_idea",
}
#: Fields that are always the eLb's own words, whoever named the item (the answer to a scaling question).
_ELB_FIELDS = {("goals", "confidence_next")}
#: Fields always written by the IFK or the team (a helper's name, a relation note, a colleague's idea).
_IFK_FIELDS = {("steps", "helper"), ("relations", "note"), ("team_ideas", "text")}


def writer_of(collection: str, item: Any, field: str) -> str:
    """Who wrote a field: ``"elb"`` for the eLb's own words (named by them), else ``"ifk"``.

    An item whose "who named it" is still open counts as the IFK's: the whole guard looks at it.

    >>> from beratungskit.model import NamedBy, Resource
    >>> writer_of("resources", Resource(id="r1", label="x", named_by=NamedBy.ELB), "note")
    'elb'
    >>> writer_of("resources", Resource(id="r1", label="x"), "note")
    'ifk'
    """
    if (collection, field) in _ELB_FIELDS:
        return "elb"
    if (collection, field) in _IFK_FIELDS:
        return "ifk"
    named_by = getattr(item, "named_by", None)
    return "elb" if getattr(named_by, "value", named_by) == "elb" else "ifk"


def _short(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def case_texts(case: Any) -> Iterator[tuple[str, str]]:
    """``(text, writer)`` for every non-empty free text of a case — the fields the guard checks —
    without saying where. The IFK's own note on the case is one of them.

    >>> from beratungskit.demo import demo_case
    >>> ("Fahrrad", "elb") in set(case_texts(demo_case()))
    True
    """
    for _where, _collection, _item_id, _field, text, writer in _iter_case_texts(case, describe=False):
        yield text, writer


def _iter_case_texts(case: Any, describe: bool = True) -> Iterator[tuple[str, str, str, str, str, str]]:
    """(where, collection, item id, field, text, writer) for every free text of a case."""
    from beratungskit.model import ItemKind, label

    names = {r.id: r.label for r in case.resources}
    names["elb"] = "eLb"
    note = getattr(case, "ifk_note", None)
    if isinstance(note, str) and note.strip():
        where = (
            t("analysis_wording.where.case", field=t("analysis_wording.field.ifk_note")) if describe else ""
        )
        yield where, "case", case.key, "ifk_note", note, "ifk"
    for collection, (fields, name_field) in _CASE_FIELDS.items():
        for item in getattr(case, collection):
            for field in fields:
                value = getattr(item, field, None)
                if not isinstance(value, str) or not value.strip():
                    continue
                where = ""
                if describe:
                    field_name = t(f"analysis_wording.field.{field}")
                    if collection == "relations":
                        where = t(
                            "analysis_wording.where.relation",
                            a=_short(names.get(item.source, item.source), 25),
                            b=_short(names.get(item.target, item.target), 25),
                            field=field_name,
                        )
                    else:
                        where = t(
                            "analysis_wording.where.item",
                            kind=label(ItemKind(_ITEM_KIND[collection])),
                            text=_short(getattr(item, name_field)),
                            field=field_name,
                        )
                yield where, collection, item.id, field, value, writer_of(collection, item, field)


def check_case_items(case: Any, guard: Guard | None = None) -> list[CaseFinding]:
    """Every finding in every free-text field of ``case``, with item and field to jump to."""
    guard = guard or load_guard()
    found: list[CaseFinding] = []
    for where, collection, item_id, field, text, writer in _iter_case_texts(case):
        for finding in guard.check(text, writer):
            found.append(CaseFinding(where, finding, collection, item_id, field))
    return found


def check_case(case: Any, guard: Guard | None = None) -> list[tuple[str, Finding]]:
    """``(where, finding)`` for every free-text field of a case (labels, roles, notes, wishes, wills,
    goals, steps, team ideas); ``where`` is German, e.g. ``Ressource „Fahrrad“, Notiz``.

    >>> from beratungskit.demo import demo_case
    >>> check_case(demo_case())
    []
    """
    return [(c.where, c.finding) for c in check_case_items(case, guard)]


# --- measuring a word list against a labelled corpus ---------------------------------------------


@dataclass(frozen=True, slots=True)
class Score:
    """Sentence-level counts for one kind (or ``overall``)."""

    name: str
    sentences: int
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def evaluate(entries: Iterable[tuple[Any, ...]], guard: Guard | None = None) -> dict[str, Score]:
    """Score a guard on ``(text, kinds)`` or ``(text, kinds, writer)`` entries; ``kinds == ["fine"]``
    marks a sentence without issue (the writer defaults to the IFK).

    A sentence counts as found when the guard reports at least one finding of one of its kinds.
    ``overall``: precision = found / sentences with any finding, recall = found / sentences with an
    issue. Per kind K: a finding of K on a sentence not labelled K is a false positive. ``fine``:
    ``fp`` is the number of fine sentences with any finding (false alarms).
    An office that edits ``wording_guard.yaml`` can run ``benchmarks/bench_wording.py`` to see the effect.

    >>> evaluate([("Unmotiviert.", ["judging"]), ("Fahrrad", ["fine"])])["overall"].recall
    1.0
    """
    guard = guard or load_guard()
    counts = {name: [0, 0, 0, 0] for name in ("overall", *KINDS, "fine")}  # sentences, tp, fp, fn
    for text, labels, *rest in entries:
        found = {kind for f in guard.check(text, rest[0] if rest else "ifk") for kind in f.kinds}
        fine = list(labels) == ["fine"]
        hit = bool(found & set(labels))
        overall = counts["overall"]
        if fine:
            counts["fine"][0] += 1
            counts["fine"][2] += bool(found)
            overall[2] += bool(found)
        else:
            overall[0] += 1
            overall[1] += hit
            overall[2] += bool(found) and not hit
            overall[3] += not hit
        for kind in KINDS:
            if kind in labels:
                counts[kind][0] += 1
                counts[kind][1 if kind in found else 3] += 1
            elif kind in found:
                counts[kind][2] += 1
    return {name: Score(name, *c) for name, c in counts.items()}


def format_scores(scores: dict[str, Score], title: str = "") -> str:
    """A plain-text table of :func:`evaluate`'s result (for the benchmark script and ``pytest -s``)."""
    lines = [title] if title else []
    lines.append(f"{'Art':<10} {'Sätze':>6} {'TP':>4} {'FP':>4} {'FN':>4} {'Präzision':>10} {'Recall':>7}")
    for name, s in scores.items():
        head = f"{name:<10} {s.sentences:>6}"
        if name == "fine":  # false alarms and their share among fine sentences
            rate = s.fp / max(s.sentences, 1)
            lines.append(f"{head} {'':>4} {s.fp:>4} {'':>4} {'Fehlalarme':>10} {rate:>7.3f}")
        else:
            lines.append(f"{head} {s.tp:>4} {s.fp:>4} {s.fn:>4} {s.precision:>10.3f} {s.recall:>7.3f}")
    return "\n".join(lines)
