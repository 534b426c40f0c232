"""What is documented about the eLb, as plain sentences: one pure function for screen and paper.

Concept paper: "Sagen Sie den eLb, was Sie dokumentieren." :func:`documented` turns every stored
item of a case into a few short sentences with names instead of ids — "Jana hilft Ihnen. Die
Verbindung ist stark." — and the documentation log into one line per day and kind of change ("Am
30.11.2026 haben wir aufgeschrieben: Fahrrad, Jana."). The tab "Was wir festhalten"
(``ui/transparency.py``) and the sheet "Was über mich festgehalten ist" (``render/plan.py``) both
show exactly this, so screen and paper say the same.

A :class:`Sentence` is a message key plus values. The values are names and text someone typed: they
are never translated; ``sentence.text(lang)`` gives the sentence in any offered language.

>>> from beratungskit.demo import demo_case
>>> doc = documented(demo_case())
>>> jana = next(e for e in doc.section("resources").entries if e.title.startswith("Jana"))
>>> jana.title, jana.sentences[0].text()
('Jana (Schwester)', 'Sie haben dazu gesagt: „Sie holt die Kinder mal ab.“')
>>> doc.section("relations").entries[4].sentences[0].text()
'„Jana (Schwester)“ hilft Ihnen.'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from beratungskit.messages import SOURCE_LANGUAGE, tr
from beratungskit.model import (
    ELB_ID,
    Case,
    Category,
    Direction,
    ItemKind,
    Language,
    LogAction,
    LogEntry,
    NamedBy,
    Owner,
    Relation,
    Resource,
    label,
)

__all__ = [
    "COLLECTIONS",
    "Documented",
    "Entry",
    "LogLine",
    "Section",
    "Sentence",
    "display_name",
    "documented",
]

#: The case's collections in the order the eLb reads them.
COLLECTIONS = ("resources", "relations", "wishes", "wills", "goals", "steps", "referrals", "team_ideas")
_AREA = "analysis_documented"


@dataclass(frozen=True)
class Sentence:
    """One sentence: a message key of ``analysis_documented`` and its values (never translated)."""

    key: str
    values: tuple[tuple[str, str], ...] = ()
    #: Values that are themselves product words (message keys, e.g. a topic's name): translated too.
    refs: tuple[tuple[str, str], ...] = ()

    def text(self, lang: str = SOURCE_LANGUAGE) -> str:
        """The sentence in ``lang`` (German by default), typed values exactly as they were typed."""
        words = {name: tr(lang, key) for name, key in self.refs}
        return tr(lang, f"{_AREA}.{self.key}", **dict(self.values), **words)


def _s(key: str, **values: object) -> Sentence:
    return Sentence(key, tuple((k, str(v)) for k, v in values.items()))


def _word(member: Enum) -> str:
    """The message key of a vocabulary value's name (``model.ReferralTopic.schulden``)."""
    return f"model.{type(member).__name__}.{member.value}"


@dataclass(frozen=True)
class Entry:
    """One stored item: its title (the item's own words or a name; may be empty) and its sentences."""

    collection: str
    item_id: str  # for the program (tests, links); never shown
    title: str
    sentences: tuple[Sentence, ...]
    #: The title as a sentence where it holds a product word („Sie – Fahrrad“), for its translation.
    title_sentence: Sentence | None = None


@dataclass(frozen=True)
class Section:
    collection: str
    heading: Sentence
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class LogLine:
    """All changes of one kind on one day: "Am 30.11.2026 haben wir aufgeschrieben:" and the items."""

    day: date
    sentence: Sentence
    items: tuple[str, ...] = ()
    #: Beside each item: the item as a sentence where it holds a product word („Sie – Fahrrad“), else None.
    item_sentences: tuple[Sentence | None, ...] = ()


@dataclass(frozen=True)
class Documented:
    case: tuple[Sentence, ...]
    sections: tuple[Section, ...]
    log: tuple[LogLine, ...] = field(default=())
    log_heading: Sentence = field(default_factory=lambda: _s("section.log"))

    def section(self, collection: str) -> Section:
        return next(s for s in self.sections if s.collection == collection)

    def sentences(self) -> Iterator[Sentence]:
        """Every sentence, headings included, in reading order."""
        yield _s("section.case")
        yield from self.case
        for section in self.sections:
            yield section.heading
            for entry in section.entries:
                yield from entry.sentences
        yield self.log_heading
        yield from (line.sentence for line in self.log)

    def texts(self, lang: str = SOURCE_LANGUAGE) -> Iterator[str]:
        """Every text the eLb reads (titles and sentences), in ``lang`` — e.g. for a readability check."""
        yield _s("section.case").text(lang)
        yield from (s.text(lang) for s in self.case)
        for section in self.sections:
            yield section.heading.text(lang)
            for entry in section.entries:
                if entry.title:
                    yield entry.title
                yield from (s.text(lang) for s in entry.sentences)
        yield self.log_heading.text(lang)
        for line in self.log:
            yield line.sentence.text(lang)
            yield from line.items


# --- names instead of ids ------------------------------------------------------------------------


def display_name(resource: Resource) -> str:
    """People by name and role ("Jana (Schwester)"); things by their label."""
    if resource.is_person and resource.role and resource.role != resource.label:
        return f"{resource.label} ({resource.role})"
    return resource.label


class _Names:
    def __init__(self, case: Case) -> None:
        self.resources = {r.id: display_name(r) for r in case.resources}
        self.wishes = {w.id: w.text for w in case.wishes}
        self.wills = {w.id: w.text for w in case.wills}
        self.goals = {g.id: g.text for g in case.goals}

    def resource(self, resource_id: str) -> str:
        return self.resources.get(resource_id, tr(SOURCE_LANGUAGE, f"{_AREA}.unknown"))

    def resource_list(self, ids: Iterable[str]) -> str:
        return ", ".join(self.resource(i) for i in ids)


def _date(value: date | datetime) -> str:
    return f"{value:%d.%m.%Y}"


def _by_ifk(named_by: NamedBy | None) -> list[Sentence]:
    # The eLb naming things is the rule; only the exception is said.
    return [_s("by_ifk")] if named_by is NamedBy.IFK else []


# --- one function per kind of item --------------------------------------------------------------


def _resource(res: Resource) -> list[Sentence]:
    out = []
    if res.note:
        out.append(_s("resource.note_ifk" if res.named_by is NamedBy.IFK else "resource.note", note=res.note))
    # person, group or place: said when answered (it says the area too: „Das ist ein Mensch.“ needs
    # no „Das ist ein Mensch oder eine Gruppe um Sie.“ after it — trial 16 found this page long), and
    # said to be open where it is asked (Sozial)
    if res.is_person is not None:
        out.append(_s("resource.person" if res.is_person else "resource.group"))
    else:
        if res.category is Category.SOZIAL:
            out.append(_s("resource.person_open"))
        out.append(_s(f"resource.category.{res.category.value}"))
    # origin and closeness may still be open (None): said, not hidden — both in one sentence
    if res.origin is None and res.closeness is None:
        out.append(_s("resource.origin_closeness_open"))
    else:
        out += [
            _s(f"resource.origin.{res.origin.value if res.origin else 'open'}"),
            _s(f"resource.closeness.{res.closeness or 'open'}"),
        ]
    out += _by_ifk(res.named_by)
    if res.note and res.shareable:
        out.append(_s("note_shareable"))
    out.append(_s("on", date=_date(res.created_at)))
    return out


def _relation(rel: Relation, names: _Names) -> list[Sentence]:
    source, target = rel.source, rel.target
    if rel.direction is Direction.BEKOMMT:  # read it the way round the help goes
        source, target = target, source
    if rel.direction is Direction.GEGENSEITIG:
        if ELB_ID in (source, target):
            other = target if source == ELB_ID else source
            first = _s("relation.both_you", b=names.resource(other))
        else:
            first = _s("relation.both", a=names.resource(source), b=names.resource(target))
    elif target == ELB_ID:
        first = _s("relation.gives_you", a=names.resource(source))
    elif source == ELB_ID:
        first = _s("relation.you_give", b=names.resource(target))
    else:
        first = _s("relation.gives", a=names.resource(source), b=names.resource(target))
    out = [first, _s(f"relation.strength.{rel.strength.value}")]
    if rel.note:
        out.append(_s("relation.note", note=rel.note))
    return out


def _relation_title(rel: Relation, names: _Names) -> str:
    you = tr(SOURCE_LANGUAGE, f"{_AREA}.you")
    ends = [you if end == ELB_ID else names.resource(end) for end in (rel.source, rel.target)]
    return " – ".join(ends)


def _relation_title_sentence(rel: Relation, names: _Names) -> Sentence | None:
    """„Sie – Fahrrad“ as a sentence whose „Sie“ is said in any language (``None``: no eLb in it)."""
    return _ends_title_sentence(rel.source, rel.target, names)


def _ends_title_sentence(source: str, target: str, names: _Names) -> Sentence | None:
    if ELB_ID not in (source, target):
        return None
    sides = dict(zip(("a", "b"), (source, target), strict=True))
    values = tuple((name, names.resource(end)) for name, end in sides.items() if end != ELB_ID)
    refs = tuple((name, f"{_AREA}.you") for name, end in sides.items() if end == ELB_ID)
    return Sentence("relation.title", values, refs)


def _entries(case: Case, collection: str, names: _Names) -> Iterator[Entry]:
    if collection == "resources":
        for res in case.resources:
            yield Entry(collection, res.id, display_name(res), tuple(_resource(res)))
    elif collection == "relations":
        for rel in case.relations:
            yield Entry(
                collection,
                rel.id,
                _relation_title(rel, names),
                tuple(_relation(rel, names)),
                _relation_title_sentence(rel, names),
            )
    elif collection == "wishes":
        for wish in case.wishes:
            who = "wish.ifk" if wish.named_by is NamedBy.IFK else "wish.elb"
            yield Entry(collection, wish.id, wish.text, (_s(who), _s("on", date=_date(wish.created_at))))
    elif collection == "wills":
        for will in case.wills:
            out = [_s("will.ifk" if will.named_by is NamedBy.IFK else "will.elb")]
            if will.from_wish:
                out.append(_s("will.from_wish", wish=names.wishes.get(will.from_wish, "…")))
            if will.shareable:
                out.append(_s("shareable"))
            out.append(_s("on", date=_date(will.created_at)))
            yield Entry(collection, will.id, will.text, tuple(out))
    elif collection == "goals":
        for goal in case.goals:
            out = [
                _s(f"goal.status.{goal.status.value}"),
                _s("goal.will", will=names.wills.get(goal.will_id, "…")),
            ]
            if goal.resource_ids:
                out.append(_s("goal.helps", names=names.resource_list(goal.resource_ids)))
            if goal.confidence_question:
                out.append(_s("goal.confidence_question", question=goal.confidence_question))
            if goal.confidence is not None:
                out.append(_s("goal.confidence", n=goal.confidence))
            for mark in goal.confidence_history:
                if mark.answer:
                    out.append(
                        _s("goal.confidence_mark_answer", date=_date(mark.on), n=mark.value, text=mark.answer)
                    )
                else:
                    out.append(_s("goal.confidence_mark", date=_date(mark.on), n=mark.value))
            if goal.confidence_next:
                # after „Wir haben gefragt: …“ the answer is the answer to that question
                key = "goal.confidence_answer" if goal.confidence_question else "goal.confidence_next"
                out.append(_s(key, text=goal.confidence_next))
            out += _by_ifk(goal.named_by)
            if goal.shareable:
                out.append(_s("shareable"))
            out.append(_s("on", date=_date(goal.created_at)))
            yield Entry(collection, goal.id, goal.text, tuple(out))
    elif collection == "steps":
        for step in case.steps:
            owner = step.owner.value
            if step.owner in (Owner.NETZWERKPARTNER, Owner.UMFELD) and step.helper:
                out = [_s(f"step.owner.{owner}_named", who=step.helper)]
            else:
                out = [_s(f"step.owner.{owner}")]
                if step.helper:
                    out.append(_s("step.helper", who=step.helper))
            if step.due:
                out.append(_s("step.due", date=_date(step.due)))
            out += [
                _s(f"step.status.{step.status.value}"),
                _s("step.goal", goal=names.goals.get(step.goal_id, "…")),
            ]
            if step.resource_ids:
                out.append(_s("step.helps", names=names.resource_list(step.resource_ids)))
            out += _by_ifk(step.named_by)
            if step.shareable:
                out.append(_s("shareable"))
            out.append(_s("on", date=_date(step.created_at)))
            yield Entry(collection, step.id, step.text, tuple(out))
    elif collection == "referrals":
        for ref in case.referrals:
            topic = Sentence("referral.topic", refs=(("topic", _word(ref.topic)),))
            out = [_s("referral.text", date=_date(ref.on)), topic]
            yield Entry(collection, ref.id, ref.institution, tuple(out))
    elif collection == "team_ideas":
        for idea in case.team_ideas:
            out = [_s("idea.text")]
            if idea.goal_id:
                out.append(_s("idea.goal", goal=names.goals.get(idea.goal_id, "…")))
            decided = {None: "idea.open", True: "idea.yes", False: "idea.no"}[idea.taken_up]
            out += [_s(decided), _s("on", date=_date(idea.created_at))]
            yield Entry(collection, idea.id, idea.text, tuple(out))


def _case_sentences(case: Case) -> list[Sentence]:
    out = [
        _s("case.alias", alias=case.alias),
        _s("case.created", date=_date(case.created_at)),
        _s("case.updated", date=_date(case.updated_at)),
    ]
    if case.revision:
        out.append(_s("case.revision", n=case.revision))
    if case.plan_on:
        out.append(_s("case.plan_on", date=_date(case.plan_on)))
    out.append(_s("case.review", date=_date(case.next_review)) if case.next_review else _s("case.no_review"))
    if case.ifk_note:
        out.append(_s("case.ifk_note", note=case.ifk_note))
    if case.language is Language.DE:
        out.append(_s("case.german_only"))
    else:
        out.append(Sentence("case.language", refs=(("language", _word(case.language)),)))
    return out


# --- the log -----------------------------------------------------------------------------------------

_ID_PAIR = re.compile(r"^([A-Za-z0-9_-]{1,40}) – ([A-Za-z0-9_-]{1,40})$")


def _log_item(entry: LogEntry, case: Case, names: _Names) -> str:
    """How one log entry names its item, without ids: the stored summary, a relation by its ends."""
    if entry.kind is ItemKind.RELATION:
        rel = next((r for r in case.relations if r.id == entry.item_id), None)
        if rel is not None:
            return _relation_title(rel, names)
        match = _ID_PAIR.match(entry.summary)
        known = set(names.resources) | {ELB_ID}
        if match and set(match.groups()) <= known:
            you = tr(SOURCE_LANGUAGE, f"{_AREA}.you")
            return " – ".join(you if g == ELB_ID else names.resource(g) for g in match.groups())
        return tr(SOURCE_LANGUAGE, f"{_AREA}.relation.gone")
    return entry.summary or label(entry.kind)


#: The plan's own changes as the log stores them (German, ``model.*``) → the sentence that says them
#: in any language: „Sprache: Arabisch“ stood in German only under its Arabic log line.
_CASE_ITEMS = {
    "language_set": "log.item.language",
    "next_review": "log.item.next_review",
    "next_review_none": "log.item.next_review_none",
    "ifk_note": "log.item.ifk_note",
    "plan_made": "log.item.plan_made",
}
_DATE = r"(\d{2}\.\d{2}\.\d{4})"


def _case_item_sentence(summary: str) -> Sentence | None:
    """A change of the plan itself (its language, review date, the IFK's note, the day it was made),
    said as a sentence; ``None`` for a summary worded otherwise (an older file).

    >>> _case_item_sentence("Sprache: Arabisch")
    Sentence(key='log.item.language', values=(), refs=(('language', 'model.Language.ar'),))
    >>> _case_item_sentence("Kooperationsplan vereinbart am 01.12.2026").values
    (('date', '01.12.2026'),)
    """
    for language in Language:
        if summary == tr(SOURCE_LANGUAGE, "model.language_set", language=label(language)):
            return Sentence(_CASE_ITEMS["language_set"], refs=(("language", _word(language)),))
    for model_key, key in _CASE_ITEMS.items():
        german = tr(SOURCE_LANGUAGE, f"model.{model_key}", date="{date}", language="{language}")
        pattern = re.escape(german).replace(re.escape("{date}"), _DATE)
        found = re.fullmatch(pattern, summary)
        if found and "{language}" not in german:
            return Sentence(key, tuple(("date", d) for d in found.groups()))
    return None


def _log_item_sentence(entry: LogEntry, case: Case, names: _Names) -> Sentence | None:
    """The item of :func:`_log_item` as a sentence where it says „Sie“ (a line with the eLb), or a
    change of the plan itself (:func:`_case_item_sentence`)."""
    if entry.kind is ItemKind.CASE:
        return _case_item_sentence(entry.summary)
    if entry.kind is not ItemKind.RELATION:
        return None
    rel = next((r for r in case.relations if r.id == entry.item_id), None)
    if rel is not None:
        return _relation_title_sentence(rel, names)
    match = _ID_PAIR.match(entry.summary)
    if match and set(match.groups()) <= set(names.resources) | {ELB_ID}:
        return _ends_title_sentence(match.group(1), match.group(2), names)
    return None


def _log(case: Case, names: _Names) -> list[LogLine]:
    # one line per day and kind of change, in the order they happened; an item changed five times
    # that day is named once
    groups: dict[tuple[date, str], list[str]] = {}
    said: dict[str, Sentence | None] = {}
    for entry in case.log:
        day = entry.at.date()
        if (
            entry.kind is ItemKind.CASE
            and entry.action is LogAction.ADDED
            and _case_item_sentence(entry.summary) is None
        ):
            # the case itself was made (its summary is the alias); the IFK's note written and the
            # plan agreed are ADDED to the case too, and are said as what they are, not swallowed
            # into „Am … haben wir Ihren Plan angelegt.“
            groups.setdefault((day, "case_added"), [])
            continue
        kind = "case_changed" if entry.kind is ItemKind.CASE else entry.action.value
        items = groups.setdefault((day, kind), [])
        item = _log_item(entry, case, names)
        if item not in items:
            items.append(item)
            said.setdefault(item, _log_item_sentence(entry, case, names))
    return [
        LogLine(day, _s(f"log.{kind}", date=_date(day)), tuple(items), tuple(said[i] for i in items))
        for (day, kind), items in groups.items()
    ]


def documented(case: Case) -> Documented:
    """Everything stored for ``case`` as plain sentences (pure: the case is not changed)."""
    names = _Names(case)
    sections = tuple(
        Section(collection, _s(f"section.{collection}"), tuple(_entries(case, collection, names)))
        for collection in COLLECTIONS
    )
    return Documented(tuple(_case_sentences(case)), sections, tuple(_log(case, names)))
