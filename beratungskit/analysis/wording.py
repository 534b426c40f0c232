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

import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from beratungskit.messages import t

__all__ = [
    "KINDS",
    "SEVERITIES",
    "CaseFinding",
    "Finding",
    "Guard",
    "Score",
    "WordingGuardError",
    "case_texts",
    "check_case",
    "check_case_items",
    "check_text",
    "evaluate",
    "fold",
    "format_hint",
    "format_scores",
    "kind_label",
    "load_guard",
]

#: Kinds of findings, in the order a hint lists them (the most pressing first).
KINDS: tuple[str, ...] = ("crisis", "profiling", "deficit", "typing", "judging")
SEVERITIES: tuple[str, ...] = ("hint", "soft")

GUARD_FILE = "wording_guard.yaml"

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

    @property
    def kind_label(self) -> str:
        return kind_label(self.kind)


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


# --- folding ----------------------------------------------------------------------------------------

_SPECIAL = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"}
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


class Guard:
    """The compiled word lists of one ``wording_guard.yaml``. Build with :func:`load_guard`."""

    def __init__(self, data: dict[str, Any], source: str = GUARD_FILE) -> None:
        self.source = source
        kinds = data.get("kinds") or {}
        unknown = set(kinds) - set(KINDS)
        if unknown:
            raise self._error(
                sorted(unknown)[0],
                t("analysis_wording.bad_kind", kind=sorted(unknown)[0], allowed=", ".join(KINDS)),
            )
        self.terms: list[_Term] = []
        # single words: body → [(term index, before, after)]
        self._words: dict[str, list[tuple[int, str, str]]] = {}
        phrases: dict[str, list[str]] = {kind: [] for kind in KINDS}
        for group in data.get("groups") or []:
            kind = group.get("kind")
            if kind not in KINDS:
                raise self._error(
                    str(kind), t("analysis_wording.bad_kind", kind=kind, allowed=", ".join(KINDS))
                )
            defaults = kinds.get(kind) or {}
            severity = group.get("severity", defaults.get("severity", "hint"))
            if severity not in SEVERITIES:
                raise self._error(str(severity), t("analysis_wording.bad_severity", severity=severity))
            for raw in group.get("terms") or []:
                entry = str(raw).strip()
                term = _Term(
                    source=entry,
                    kind=kind,
                    severity=severity,
                    reason=" ".join(str(group.get("reason", defaults.get("reason", ""))).split()),
                    suggestion=" ".join(str(group.get("suggestion", defaults.get("suggestion", ""))).split()),
                    topic=group.get("topic"),
                )
                index = len(self.terms)
                self.terms.append(term)
                if entry.startswith("re:") or len(entry.split()) > 1:
                    regex = _phrase_regex(entry)
                    self._check_regex(entry, regex)
                    phrases[kind].append(f"(?P<p{index}>{regex})")
                else:
                    before, body, after = _split_marks(entry)
                    if not body or not _WORD.fullmatch(body):
                        raise self._error(entry, "nur Buchstaben und Ziffern, dazu * + = am Rand")
                    self._words.setdefault(body, []).append((index, before, after))
        bodies = sorted(self._words)
        self._word_finder = re.compile(f"(?=({_trie_regex(bodies)}))") if bodies else None
        # For a body found at a position, the shorter bodies that are its prefixes match there too.
        self._prefixes = {b: [p for p in bodies if b.startswith(p)] for b in bodies}
        self._phrase_finders = [re.compile("|".join(p)) for p in phrases.values() if p]
        self._exceptions: list[re.Pattern[str]] = []
        for raw in data.get("exceptions") or []:
            entry = str(raw).strip()
            regex = _phrase_regex(entry)
            self._check_regex(entry, regex)
            self._exceptions.append(re.compile(regex))
        self._cache: dict[str, tuple[int, ...]] = {}

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

    def check(self, text: str) -> list[Finding]:
        """All findings in ``text``, ordered by position; see :func:`check_text`."""
        if not text:
            return []
        folded, index = fold(text)
        raw: list[tuple[int, int, int]] = []  # (folded start, folded end, term index)
        for match in _WORD.finditer(folded):
            for term_index in self._word_hits(match.group()):
                raw.append((match.start(), match.end(), term_index))
        for finder in self._phrase_finders:
            for match in finder.finditer(folded):
                if match.lastgroup is None or match.end() == match.start():
                    continue
                start, end = _widen(folded, match.start(), match.end())
                raw.append((start, end, int(match.lastgroup[1:])))
        if not raw:
            return []
        allowed = [m.span() for rx in self._exceptions for m in rx.finditer(folded) if m.end() > m.start()]
        findings: dict[tuple[int, int, str], Finding] = {}
        for start, end, term_index in raw:
            if any(a <= start and end <= b for a, b in allowed):
                continue
            term = self.terms[term_index]
            o_start, o_end = index[start], index[end - 1] + 1
            key = (o_start, o_end, term.kind)
            if key in findings and findings[key].severity == "hint":
                continue  # one finding per place and kind; a full hint beats a soft one
            findings[key] = Finding(
                text=text[o_start:o_end],
                start=o_start,
                end=o_end,
                kind=term.kind,
                severity=term.severity,
                reason=term.reason,
                suggestion=term.suggestion,
                term=term.source,
                topic=term.topic,
            )
        kept = list(findings.values())
        # A word inside a longer phrase of the same kind is the same hint twice: keep the phrase.
        kept = [
            f
            for f in kept
            if not any(
                o is not f
                and o.kind == f.kind
                and o.start <= f.start
                and f.end <= o.end
                and o.end - o.start > f.end - f.start
                for o in kept
            )
        ]
        kept.sort(key=lambda f: (f.start, KINDS.index(f.kind), f.end))
        return kept


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
        raise WordingGuardError(t("analysis_wording.bad_file", file=file, detail=exc.strerror)) from None
    cached = _LOADED.get(file)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    import yaml

    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise WordingGuardError(t("analysis_wording.bad_file", file=file, detail=exc)) from None
    if not isinstance(data, dict):
        raise WordingGuardError(t("analysis_wording.bad_file", file=file, detail="kein YAML-Objekt"))
    guard = Guard(data, source=str(file))
    _LOADED[file] = (mtime, guard)
    return guard


def check_text(text: str, guard: Guard | None = None) -> list[Finding]:
    """Findings in one free text, ordered by position. Fast enough to run on every keystroke.

    >>> [f.kind for f in check_text("Zielgruppe Alleinerziehende, unmotiviert.")]
    ['typing', 'typing', 'judging']
    >>> f = check_text("Hat Mietschulden.")[0]
    >>> (f.text, f.start, f.end, f.topic)
    ('Mietschulden', 4, 16, 'schulden')
    """
    return (guard or load_guard()).check(text)


def kind_label(kind: str) -> str:
    """German name of a kind: ``kind_label("judging") == "Bewertung oder Ratschlag"``."""
    return t(f"analysis_wording.kind.{kind}")


def format_hint(findings: list[Finding], limit: int = 3) -> str:
    """Plain German hint of one or two lines (no HTML) for under a text field; "" when all is well.

    >>> print(format_hint(check_text("Unmotiviert.")))  # doctest: +ELLIPSIS
    Hinweis zur Formulierung: „Unmotiviert“ (Bewertung oder Ratschlag) – Sie entscheiden.
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
    items = ", ".join(t("analysis_wording.hint.item", words=f.text, kind=kind_label(f.kind)) for f in shown)
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
    if not first.suggestion:
        return head
    return head + "\n" + t("analysis_wording.hint.suggestion", suggestion=first.suggestion)


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


def _short(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def case_texts(case: Any) -> Iterator[str]:
    """Every non-empty free text of a case — the fields the guard checks — without saying where.

    >>> from beratungskit.demo import demo_case
    >>> "Fahrrad" in set(case_texts(demo_case()))
    True
    """
    for collection, (fields, _name_field) in _CASE_FIELDS.items():
        for item in getattr(case, collection):
            for field in fields:
                value = getattr(item, field, None)
                if isinstance(value, str) and value.strip():
                    yield value


def _iter_case_texts(case: Any) -> Iterator[tuple[str, str, str, str, str]]:
    """(where, collection, item id, field, text) for every free text of a case."""
    from beratungskit.model import ItemKind, label

    names = {r.id: r.label for r in case.resources}
    names["elb"] = "eLb"
    for collection, (fields, name_field) in _CASE_FIELDS.items():
        for item in getattr(case, collection):
            for field in fields:
                value = getattr(item, field, None)
                if not isinstance(value, str) or not value.strip():
                    continue
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
                yield where, collection, item.id, field, value


def check_case_items(case: Any, guard: Guard | None = None) -> list[CaseFinding]:
    """Every finding in every free-text field of ``case``, with item and field to jump to."""
    guard = guard or load_guard()
    found: list[CaseFinding] = []
    for where, collection, item_id, field, text in _iter_case_texts(case):
        for finding in guard.check(text):
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


def evaluate(entries: Iterable[tuple[str, Sequence[str]]], guard: Guard | None = None) -> dict[str, Score]:
    """Score a guard on ``(text, kinds)`` pairs; ``kinds == ["fine"]`` marks a sentence without issue.

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
    for text, labels in entries:
        found = {f.kind for f in guard.check(text)}
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
