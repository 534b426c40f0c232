"""The case: everything the IFK and the eLb record together, and the rules that keep it whole.

A :class:`Case` is changed through its methods (``add_resource``, ``connect``, ``add_goal`` …). Each
method builds the new item, checks every rule on the whole case, writes a documentation-log entry
(the eLb is told what is documented) and only then keeps the change; a rule violation raises
:class:`CaseError` with a German message and leaves the case as it was.

There is deliberately **no** field for diagnoses, deficits, target groups, risk scores or
demographics (concept paper: no typing, no profiling, no anamnesis); ``tests/test_model_case.py``
holds that line.

>>> case = Case.new(alias="Sonnenblume")
>>> anna = case.add_resource("Schwester", category=Category.SOZIAL, is_person=True, role="Schwester")
>>> rel = case.connect(ELB_ID, anna.id, strength=Strength.STARK)
>>> [r.label for r in case.resources], len(case.relations)
(['Schwester'], 1)
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)

from beratungskit.messages import t
from beratungskit.model.errors import CaseError, german_errors
from beratungskit.model.text import TEXT_PATTERN, text_problem, visible
from beratungskit.model.vocab import (
    ELB_ID,
    Category,
    Direction,
    GoalStatus,
    ItemKind,
    Language,
    LogAction,
    NamedBy,
    Origin,
    Owner,
    ReferralTopic,
    StepStatus,
    Strength,
    label,
)

__all__ = [
    "COLLECTION_KINDS",
    "CURRENT_SCHEMA_VERSION",
    "ID_PREFIX",
    "KEY_PATTERN",
    "LABEL_MAX",
    "LEGAL_REVIEW_MONTHS",
    "MIDDLE_RING",
    "NOTE_MAX",
    "Case",
    "ConfidenceMark",
    "Goal",
    "LogEntry",
    "Referral",
    "Relation",
    "Resource",
    "Step",
    "TeamIdea",
    "WillStatement",
    "Wish",
    "add_months",
    "now",
]

CURRENT_SCHEMA_VERSION: Literal[5] = 5
#: § 15 Abs. 3 SGB II: the plan is reviewed together regularly, at the latest after six months.
LEGAL_REVIEW_MONTHS = 6
#: Where the map puts a resource whose closeness nobody has chosen yet: the middle ring.
MIDDLE_RING = 2
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months, clamped to the month's end (31 August + 6 → 28/29 February).

    >>> add_months(date(2026, 8, 31), 6)
    datetime.date(2027, 2, 28)
    """
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def now() -> datetime:
    """The current local time, to the second, with its UTC offset."""
    return datetime.now().astimezone().replace(microsecond=0)


Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{1,40}$")]


def _text(max_length: int) -> StringConstraints:
    """A required free text: stripped, not empty, at most ``max_length``, plain (``TEXT_PATTERN``)."""
    return StringConstraints(strip_whitespace=True, min_length=1, max_length=max_length, pattern=TEXT_PATTERN)


def _optional(max_length: int) -> Any:
    """An optional free text (None or plain text of at most ``max_length``)."""
    return Field(max_length=max_length, pattern=TEXT_PATTERN)


#: Longest resource label and note (a partner from the directory becomes one: its name and description).
LABEL_MAX = 80
NOTE_MAX = 1000
# Every text field uses one of these (tests/test_model_case.py checks each field of every model).
Label = Annotated[str, _text(LABEL_MAX)]
ShortText = Annotated[str, _text(120)]
Text = Annotated[str, _text(300)]
LongText = Annotated[str, _text(1000)]
OptionalNote = Annotated[str | None, Field(default=None, max_length=NOTE_MAX, pattern=TEXT_PATTERN)]


class _Item(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)

    id: Id

    @field_validator(
        "note", "role", "helper", "confidence_next", "confidence_question", mode="before", check_fields=False
    )
    @classmethod
    def _blank_to_none(cls, value: Any) -> Any:
        # An emptied optional text field means "no note", not an empty note.
        if isinstance(value, str) and not value.strip():
            return None
        return value


class Resource(_Item):
    """Anything that helps — "auch die kleinsten Dinge". Only ``label`` must be given.

    Origin, closeness, who named it and whether it is a person start unset (``None``, shown as
    "noch offen"): nothing is recorded that nobody chose. An unset origin is never counted as the
    eLb's own resource.
    """

    label: Label
    category: Category = Category.PERSOENLICH
    origin: Origin | None = None
    closeness: Annotated[int | None, Field(ge=1, le=3)] = None
    named_by: NamedBy | None = None
    #: A person (True), a group or place (False), or not yet asked (None, shown as "noch offen").
    #: An unset social resource is still pseudonymised as a person unless its label names a group
    #: or place (:mod:`beratungskit.analysis.pseudonym`).
    is_person: bool | None = None
    #: How a person is shown without their name (Schwester, Nachbarin, Trainer …).
    role: Annotated[str | None, _optional(40)] = None
    #: In the eLb's own words.
    note: OptionalNote = None
    #: The IFK may mark the note as shareable in a case conference; otherwise it stays private.
    shareable: bool = False
    # NaN/inf would be written as null and come back different; a position is always finite.
    x: Annotated[float | None, Field(allow_inf_nan=False)] = None
    y: Annotated[float | None, Field(allow_inf_nan=False)] = None
    created_at: datetime = Field(default_factory=now)

    @property
    def ring(self) -> int:
        """The ring of the map: the chosen closeness, or the middle ring while it is "noch offen"."""
        return self.closeness if self.closeness is not None else MIDDLE_RING


class Relation(_Item):
    """A line in the map: between the eLb and a resource, or between two resources."""

    source: Id
    target: Id
    strength: Strength = Strength.MITTEL
    direction: Direction = Direction.GEGENSEITIG
    note: OptionalNote = None


class Wish(_Item):
    """A wish, idea or dream — a possible starting point for a will statement."""

    text: LongText
    named_by: NamedBy = NamedBy.ELB
    created_at: datetime = Field(default_factory=now)


class WillStatement(_Item):
    """What the eLb really wants, kept verbatim in their own words."""

    text: LongText
    named_by: NamedBy = NamedBy.ELB
    from_wish: Id | None = None
    shareable: bool = False
    created_at: datetime = Field(default_factory=now)


class ConfidenceMark(BaseModel):
    """The confidence of a goal as it stood at the end of one conversation day, with the scaling
    question asked that day and the eLb's answer in their words (at a review: „Beim letzten Mal 4 –
    „…“, heute 6“)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    on: date
    value: Annotated[int, Field(ge=0, le=10)]
    question: Annotated[str | None, _optional(200)] = None
    answer: Annotated[str | None, _optional(300)] = None


class Goal(_Item):
    will_id: Id
    text: Text
    resource_ids: tuple[Id, ...] = ()
    #: "Wie zuversichtlich sind Sie?" on the eLb's own scale 0–10; None until asked.
    confidence: Annotated[int | None, Field(ge=0, le=10)] = None
    #: The scaling question that was asked, as it was asked ("Warum 4 und nicht 2?").
    confidence_question: Annotated[str | None, _optional(200)] = None
    #: The eLb's answer to it, in their own words.
    confidence_next: Annotated[str | None, _optional(300)] = None
    #: One mark per conversation day on which the confidence was given (kept by the case, oldest first):
    #: at a review the change shows ("Beim letzten Mal 4, heute 6").
    confidence_history: tuple[ConfidenceMark, ...] = ()
    status: GoalStatus = GoalStatus.OFFEN
    named_by: NamedBy = NamedBy.ELB
    shareable: bool = False
    created_at: datetime = Field(default_factory=now)


class Step(_Item):
    goal_id: Id
    text: Text
    owner: Owner = Owner.ELB
    #: Which partner or which person of the eLb's circle (by role), when they own the step.
    helper: Annotated[str | None, _optional(80)] = None
    due: date | None = None
    status: StepStatus = StepStatus.OFFEN
    resource_ids: tuple[Id, ...] = ()
    named_by: NamedBy = NamedBy.ELB
    shareable: bool = False
    created_at: datetime = Field(default_factory=now)


class Referral(_Item):
    """Which institution the eLb was pointed to, and the topic area. Never details of a crisis."""

    institution: ShortText
    #: Kind of institution from the partner directory (e.g. "schuldnerberatung"), if known.
    institution_kind: Annotated[str | None, _optional(40)] = None
    topic: ReferralTopic = ReferralTopic.SONSTIGES
    on: date = Field(default_factory=date.today)


class TeamIdea(_Item):
    """A colleague's idea from a case conference: strictly a suggestion the eLb may take or leave."""

    text: Text
    goal_id: Id | None = None
    taken_up: bool | None = None  # None: the eLb has not decided yet
    created_at: datetime = Field(default_factory=now)


class LogEntry(BaseModel):
    """One line of the documentation log: what was recorded when (shown to the eLb)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    at: datetime
    action: LogAction
    kind: ItemKind
    item_id: str = Field(max_length=40, pattern=TEXT_PATTERN)
    summary: str = Field(default="", max_length=200, pattern=TEXT_PATTERN)

    def describe(self) -> str:
        """Plain German: ``12.05.2026 10:14 — Ressource festgehalten: Fahrrad``."""
        what = f"{label(self.kind)} {label(self.action)}"
        tail = f": {self.summary}" if self.summary else ""
        return f"{self.at:%d.%m.%Y %H:%M} — {what}{tail}"


# collection attribute → (item class, kind) — the generic add/update/remove below use it
_COLLECTIONS: dict[str, tuple[type[_Item], ItemKind]] = {
    "resources": (Resource, ItemKind.RESOURCE),
    "relations": (Relation, ItemKind.RELATION),
    "wishes": (Wish, ItemKind.WISH),
    "wills": (WillStatement, ItemKind.WILL),
    "goals": (Goal, ItemKind.GOAL),
    "steps": (Step, ItemKind.STEP),
    "referrals": (Referral, ItemKind.REFERRAL),
    "team_ideas": (TeamIdea, ItemKind.TEAM_IDEA),
}
#: Id prefix per collection: ``r1``, ``v2`` … (readable ids; the pseudonymiser renumbers with them).
ID_PREFIX = {
    "resources": "r",
    "relations": "v",
    "wishes": "wu",
    "wills": "w",
    "goals": "z",
    "steps": "s",
    "referrals": "vw",
    "team_ideas": "ti",
}
#: Which kind of item each collection holds (the documentation log names items by kind).
COLLECTION_KINDS: dict[str, ItemKind] = {name: kind for name, (_cls, kind) in _COLLECTIONS.items()}

ItemT = TypeVar("ItemT", bound=_Item)


class Case(BaseModel):
    """One eLb's case. Pseudonymous: a key and an alias, no real name needed."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    schema_version: Literal[5] = CURRENT_SCHEMA_VERSION
    key: str
    alias: Annotated[str, _text(60)]
    created_at: datetime = Field(default_factory=now)
    updated_at: datetime = Field(default_factory=now)
    #: Revision of the stored file this case was loaded from (0: never saved). Set by the store.
    revision: Annotated[int, Field(ge=0)] = 0
    #: The review date IFK and eLb chose together; None: the latest date the law sets applies.
    next_review: date | None = None
    #: The day the Kooperationsplan was made (the six months of § 15 Abs. 3 SGB II run from here).
    plan_on: date | None = None
    #: The IFK's own note on the case, apart from the eLb's words; the eLb may read it ("Was wir
    #: festhalten"). Never in a pseudonymised export.
    ifk_note: Annotated[str | None, _optional(2000)] = None
    #: The language the eLb reads beside the German (chosen together; German stays binding).
    language: Language = Language.DE
    resources: tuple[Resource, ...] = ()
    relations: tuple[Relation, ...] = ()
    wishes: tuple[Wish, ...] = ()
    wills: tuple[WillStatement, ...] = ()
    goals: tuple[Goal, ...] = ()
    steps: tuple[Step, ...] = ()
    referrals: tuple[Referral, ...] = ()
    team_ideas: tuple[TeamIdea, ...] = ()
    log: tuple[LogEntry, ...] = ()

    # --- construction -------------------------------------------------------------------------

    @classmethod
    def new(cls, alias: str, key: str | None = None) -> Case:
        """A fresh, empty case. Without ``key`` a random pseudonymous key is made."""
        try:
            case = cls(key=key or f"fall-{secrets.token_hex(3)}", alias=alias)
        except ValidationError as exc:
            raise CaseError(german_errors(exc, for_people=True)[0]) from None
        case._log(LogAction.ADDED, ItemKind.CASE, case.key, case.alias)
        return case

    @field_validator("key")
    @classmethod
    def _check_key(cls, value: str) -> str:
        # fullmatch: with match() the ``$`` would let a trailing newline through ("abc\n").
        if not KEY_PATTERN.fullmatch(value):
            raise ValueError(t("model.bad_key", key=visible(value, limit=60)))
        return value

    @model_validator(mode="after")
    def _check_integrity(self) -> Case:
        problems = list(self.problems())
        if problems:
            raise ValueError(problems[0])
        return self

    def problems(self) -> Iterator[str]:
        """Every broken rule between the parts of the case, as German sentences."""
        for name, (_cls, kind) in _COLLECTIONS.items():
            seen: set[str] = set()
            for item in getattr(self, name):
                if item.id in seen:
                    yield t("model.duplicate_id", id=item.id, kind=label(kind))
                seen.add(item.id)
        resource_ids = {r.id for r in self.resources}
        if ELB_ID in resource_ids:
            yield t("model.reserved_id", id=ELB_ID)
        endpoints = resource_ids | {ELB_ID}
        pairs: set[frozenset[str]] = set()
        for rel in self.relations:
            for end in (rel.source, rel.target):
                if end not in endpoints:
                    yield t("model.endpoint_missing", rel=rel.id, id=end)
            if rel.source == rel.target:
                yield t("model.self_relation", id=rel.source)
            pair = frozenset((rel.source, rel.target))
            if pair in pairs:
                yield t("model.relation_twice", a=rel.source, b=rel.target)
            pairs.add(pair)
        wish_ids = {w.id for w in self.wishes}
        for will in self.wills:
            if will.from_wish is not None and will.from_wish not in wish_ids:
                yield t("model.wish_missing", id=will.from_wish)
        will_ids = {w.id for w in self.wills}
        for goal in self.goals:
            if goal.will_id not in will_ids:
                yield t("model.will_missing", goal=goal.id, id=goal.will_id)
            yield from (t("model.resource_missing", id=r) for r in goal.resource_ids if r not in resource_ids)
        goal_ids = {g.id for g in self.goals}
        for step in self.steps:
            if step.goal_id not in goal_ids:
                yield t("model.goal_missing", step=step.id, id=step.goal_id)
            yield from (t("model.resource_missing", id=r) for r in step.resource_ids if r not in resource_ids)
        for idea in self.team_ideas:
            if idea.goal_id is not None and idea.goal_id not in goal_ids:
                yield t("model.idea_goal_missing", idea=idea.id, id=idea.goal_id)

    # --- lookup --------------------------------------------------------------------------------

    def resource(self, resource_id: str) -> Resource:
        return self._find("resources", resource_id)  # type: ignore[return-value]

    def goal(self, goal_id: str) -> Goal:
        return self._find("goals", goal_id)  # type: ignore[return-value]

    def item(self, collection: str, item_id: str) -> _Item:
        return self._find(collection, item_id)

    def _find(self, collection: str, item_id: str) -> _Item:
        for item in getattr(self, collection):
            if item.id == item_id:
                return item  # type: ignore[no-any-return]
        raise CaseError(t("model.item_missing", kind=label(_COLLECTIONS[collection][1]), id=item_id))

    def steps_of(self, goal_id: str) -> list[Step]:
        return [s for s in self.steps if s.goal_id == goal_id]

    # --- generic change machinery ----------------------------------------------------------------

    def next_id(self, collection: str) -> str:
        """The next free id of a collection: ``r1``, ``r2`` … (stable and readable)."""
        prefix = ID_PREFIX[collection]
        taken = {item.id for item in getattr(self, collection)}
        numbers = [
            int(i[len(prefix) :]) for i in taken if i[len(prefix) :].isdigit() and i.startswith(prefix)
        ]
        n = max(numbers, default=0) + 1
        while f"{prefix}{n}" in taken:  # pragma: no cover - only with hand-made ids
            n += 1
        return f"{prefix}{n}"

    def add(self, collection: str, **fields: Any) -> _Item:
        """Add an item to ``collection`` after checking every rule; logs the addition."""
        cls, kind = _COLLECTIONS[collection]
        fields.setdefault("id", self.next_id(collection))
        item = _build(cls, fields)
        if isinstance(item, Goal):
            item = _mark_confidence(item, None)
        self._replace(collection, (*getattr(self, collection), item))
        self._log(LogAction.ADDED, kind, item.id, _summary(item))
        return item

    def update(self, collection: str, item_id: str, **changes: Any) -> _Item:
        """Change fields of one item; the whole case is checked before the change is kept."""
        cls, kind = _COLLECTIONS[collection]
        old = self._find(collection, item_id)
        if "id" in changes and changes["id"] != item_id:
            raise CaseError(t("model.unknown_field", field="id"))
        new = _build(cls, {**old.model_dump(), **changes})
        # A resource that changes its area or ring belongs elsewhere in the map: its saved position
        # no longer says where it is, so the layout places it anew.
        if (
            isinstance(new, Resource)
            and isinstance(old, Resource)
            and not {"x", "y"} & set(changes)
            and (new.category, new.closeness) != (old.category, old.closeness)
        ):
            new = new.model_copy(update={"x": None, "y": None})
        if isinstance(new, Goal) and isinstance(old, Goal):
            new = _mark_confidence(new, old)
        if new == old:
            return old
        self._replace(collection, tuple(new if i.id == item_id else i for i in getattr(self, collection)))
        if set(changes) - {"x", "y"}:  # a moved node is layout, not a recorded fact
            self._log(LogAction.CHANGED, kind, item_id, _summary(new))
        else:
            self._touch()
        return new

    def remove(self, collection: str, item_id: str) -> None:
        """Remove one item and everything that only makes sense with it."""
        _cls, kind = _COLLECTIONS[collection]
        old = self._find(collection, item_id)
        data = self.model_dump()
        data[collection] = [i for i in data[collection] if i["id"] != item_id]
        if collection == "resources":
            data["relations"] = [r for r in data["relations"] if item_id not in (r["source"], r["target"])]
            for entry in data["goals"] + data["steps"]:
                entry["resource_ids"] = [r for r in entry["resource_ids"] if r != item_id]
        elif collection == "goals":
            data["steps"] = [s for s in data["steps"] if s["goal_id"] != item_id]
            for idea in data["team_ideas"]:
                if idea["goal_id"] == item_id:
                    idea["goal_id"] = None
        elif collection == "wills":
            gone = {g["id"] for g in data["goals"] if g["will_id"] == item_id}
            data["goals"] = [g for g in data["goals"] if g["id"] not in gone]
            data["steps"] = [s for s in data["steps"] if s["goal_id"] not in gone]
            for idea in data["team_ideas"]:
                if idea["goal_id"] in gone:
                    idea["goal_id"] = None
        elif collection == "wishes":
            for will in data["wills"]:
                if will["from_wish"] == item_id:
                    will["from_wish"] = None
        rebuilt = _validate_case(data)
        for name in ("resources", "relations", "wishes", "wills", "goals", "steps", "team_ideas"):
            object.__setattr__(self, name, getattr(rebuilt, name))
        self._log(LogAction.REMOVED, kind, item_id, _summary(old))

    def _replace(self, collection: str, items: tuple[Any, ...]) -> None:
        # Items come validated from _build; here only the rules between items are checked, and the
        # old list is put back when one breaks, so a refused change leaves no trace.
        old = getattr(self, collection)
        object.__setattr__(self, collection, items)
        problem = next(self.problems(), None)
        if problem is not None:
            object.__setattr__(self, collection, old)
            raise CaseError(problem)

    def _touch(self) -> None:
        object.__setattr__(self, "updated_at", now())

    def _log(self, action: LogAction, kind: ItemKind, item_id: str, summary: str) -> None:
        entry = LogEntry(at=now(), action=action, kind=kind, item_id=item_id, summary=summary[:200])
        object.__setattr__(self, "log", (*self.log, entry))
        self._touch()

    # --- the named operations a session uses -----------------------------------------------------

    def add_resource(self, label: str, **fields: Any) -> Resource:
        return self.add("resources", label=label, **fields)  # type: ignore[return-value]

    def update_resource(self, resource_id: str, **changes: Any) -> Resource:
        return self.update("resources", resource_id, **changes)  # type: ignore[return-value]

    def move_resource(self, resource_id: str, x: float, y: float) -> Resource:
        return self.update("resources", resource_id, x=round(x, 1), y=round(y, 1))  # type: ignore[return-value]

    def set_next_review(self, when: date | None) -> None:
        """The date of the next review of the plan (logged: the eLb sees it was agreed)."""
        if when == self.next_review:
            return
        self.next_review = when
        summary = t("model.next_review", date=f"{when:%d.%m.%Y}") if when else t("model.next_review_none")
        self._log(LogAction.CHANGED, ItemKind.CASE, self.key, summary)

    def set_ifk_note(self, text: str | None) -> None:
        """The IFK's own note on the case (logged: the eLb sees that it was written or changed)."""
        value = text.strip() if text is not None else None
        value = value or None
        if value == self.ifk_note:
            return
        if value is not None and len(value) > 2000:
            raise CaseError(t("model.ifk_note_too_long", n=len(value)))
        problem = text_problem(value) if value is not None else None
        if problem is not None:
            raise CaseError(problem)
        old = self.ifk_note
        self.ifk_note = value
        action = LogAction.REMOVED if value is None else LogAction.ADDED if old is None else LogAction.CHANGED
        self._log(action, ItemKind.CASE, self.key, t("model.ifk_note"))

    def plan_made(self, today: date) -> None:
        """Note the day the Kooperationsplan was made, when it is a new agreement.

        A plan made again before its review is due (a reprint, a correction) is the same agreement and
        keeps its day; the first plan, or one made on or after the review day, starts a new one.
        """
        if self.plan_on is not None and today < self.review_due():
            return
        self.plan_on = today
        self._log(LogAction.ADDED, ItemKind.CASE, self.key, t("model.plan_made", date=f"{today:%d.%m.%Y}"))

    def review_due(self, today: date | None = None) -> date:
        """The review date: the one chosen together, else the latest the law sets (§ 15 Abs. 3 SGB II:
        six months after the plan was made; ``today`` stands in for a plan not made yet).

        >>> case = Case.new("A"); case.plan_on = date(2026, 8, 31)
        >>> case.review_due()
        datetime.date(2027, 2, 28)
        """
        if self.next_review is not None:
            return self.next_review
        return add_months(self.plan_on or today or date.today(), LEGAL_REVIEW_MONTHS)

    def set_language(self, language: Language) -> None:
        """Choose the eLb's language for the session and the printed plan (logged like any change)."""
        language = Language(language)
        if language == self.language:
            return
        self.language = language
        self._log(
            LogAction.CHANGED, ItemKind.CASE, self.key, t("model.language_set", language=label(language))
        )

    def place_resources(self, positions: dict[str, tuple[float, float]]) -> None:
        """Save map positions for several resources at once (layout, not a recorded fact: no log)."""
        if not positions:
            return
        for resource_id in positions:
            self._find("resources", resource_id)
        placed = tuple(
            r.model_copy(update={"x": round(positions[r.id][0], 1), "y": round(positions[r.id][1], 1)})
            if r.id in positions
            else r
            for r in self.resources
        )
        self._replace("resources", placed)
        self._touch()

    def remove_resource(self, resource_id: str) -> None:
        self.remove("resources", resource_id)

    def connect(self, source: str, target: str, **fields: Any) -> Relation:
        return self.add("relations", source=source, target=target, **fields)  # type: ignore[return-value]

    def add_wish(self, text: str, **fields: Any) -> Wish:
        return self.add("wishes", text=text, **fields)  # type: ignore[return-value]

    def add_will(self, text: str, **fields: Any) -> WillStatement:
        return self.add("wills", text=text, **fields)  # type: ignore[return-value]

    def promote_wish(self, wish_id: str, text: str | None = None) -> WillStatement:
        """Turn a wish into a will statement (in the eLb's words; the wish stays for the record)."""
        wish = self._find("wishes", wish_id)
        assert isinstance(wish, Wish)
        return self.add_will(
            text if text is not None else wish.text, from_wish=wish_id, named_by=wish.named_by
        )

    def add_goal(self, will_id: str, text: str, **fields: Any) -> Goal:
        return self.add("goals", will_id=will_id, text=text, **fields)  # type: ignore[return-value]

    def add_step(self, goal_id: str, text: str, **fields: Any) -> Step:
        return self.add("steps", goal_id=goal_id, text=text, **fields)  # type: ignore[return-value]

    def add_referral(self, institution: str, topic: ReferralTopic, **fields: Any) -> Referral:
        return self.add("referrals", institution=institution, topic=topic, **fields)  # type: ignore[return-value]

    def add_team_idea(self, text: str, **fields: Any) -> TeamIdea:
        return self.add("team_ideas", text=text, **fields)  # type: ignore[return-value]

    # --- reading helpers ---------------------------------------------------------------------------

    def neighbours(self, node_id: str) -> Iterable[str]:
        for rel in self.relations:
            if rel.source == node_id:
                yield rel.target
            elif rel.target == node_id:
                yield rel.source


def _mark_confidence(goal: Goal, old: Goal | None) -> Goal:
    """Keep one confidence mark per day, with the day's question and answer: a new value, question
    or answer today replaces today's mark, never older ones."""
    asked = ("confidence", "confidence_question", "confidence_next")
    if goal.confidence is None or (
        old is not None and all(getattr(old, f) == getattr(goal, f) for f in asked)
    ):
        return goal
    today = now().date()
    history = (
        *(m for m in goal.confidence_history if m.on != today),
        ConfidenceMark(
            on=today, value=goal.confidence, question=goal.confidence_question, answer=goal.confidence_next
        ),
    )
    return goal.model_copy(update={"confidence_history": history})


def _build(cls: type[ItemT], fields: dict[str, Any]) -> ItemT:
    unknown = set(fields) - set(cls.model_fields)
    if unknown:
        raise CaseError(t("model.unknown_field", field=sorted(unknown)[0]))
    try:
        return cls.model_validate(fields)
    except ValidationError as exc:
        raise CaseError(german_errors(exc, for_people=True)[0]) from None


def _validate_case(data: dict[str, Any]) -> Case:
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        raise CaseError(german_errors(exc)[0]) from None


def _summary(item: _Item) -> str:
    for attr in ("label", "text", "institution"):
        value = getattr(item, attr, None)
        if isinstance(value, str):
            return value
    if isinstance(item, Relation):
        return f"{item.source} – {item.target}"
    return ""
