"""Hypothesis strategies for random, valid cases (shared by store, analysis and render tests).

``cases()`` builds the case as plain data and validates it once (``Case.model_validate``), which is
much faster than calling ``add_*`` per item (each of those re-checks the whole case). Every rule of the
model holds for what it returns: unique ids, relations between existing, different ends (at most one
per pair), goals on existing wills, steps on existing goals, resource references that exist.

Labels mix hostile text on purpose: HTML (``<script>``), quotes, backslashes, emoji, right-to-left
script and names, so exports and the pseudonymisation can be tested against them. Person resources
(``is_person=True``) carry a name as label and a role.

>>> from hypothesis import given
>>> @given(cases())
... def test_roundtrip(case): ...
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from beratungskit.model import (
    ELB_ID,
    Case,
    Category,
    Direction,
    GoalStatus,
    ItemKind,
    LogAction,
    NamedBy,
    Origin,
    Owner,
    ReferralTopic,
    StepStatus,
    Strength,
)

__all__ = [
    "HOSTILE_TEXTS",
    "NAMES",
    "ROLES",
    "case_keys",
    "cases",
    "labels",
    "person_names",
    "texts",
]

#: Text that breaks naive HTML, JSON, CSV or shell handling.
HOSTILE_TEXTS = [
    "<script>alert(1)</script>",
    "\"Anführungszeichen\" und 'einfache'",
    "„Deutsche“ »Zeichen« ‚klein‘",
    "Back\\slash \\n kein Umbruch",
    "a & b < c > d",
    "</textarea><img src=x onerror=alert(1)>",
    "{{ jinja }} {% raw %} ${js}",
    "=SUMME(A1:A9)",  # CSV formula injection
    "Zeile eins\nZeile zwei",
    "Ümlaute äöü ß ÄÖÜ",
    "😀 Emoji 🚲",
    "עברית und العربية",
    "Tab\tgetrennt",
    "javascript:alert(1)",
]

#: Fictional names (for pseudonymisation tests: none of them may appear in a pseudonymised export).
NAMES = [
    "Jana",
    "Frau Okafor",
    "Tomasz Nowak",
    "Aylin Demir",
    "Herr Müller-Lüdenscheidt",
    "Zoë O'Brien",
    "Małgorzata",
    "Björn",
    "Li Wei",
    'Karl "Kalle" Schmidt',
    "Ana-Lucía <b>Pérez</b>",
]

ROLES = ["Schwester", "Nachbarin", "Trainer", "frühere Kollegin", "Onkel", "Freundin", "Vermieter"]

_SAFE_ALPHABET = st.characters(
    # what a text field may hold (model/text.py): no surrogates (not encodable), no control
    # characters other than \n and \t, not the two non-characters XML refuses
    blacklist_categories=("Cs", "Cc"),
    whitelist_characters="\n\t",
    blacklist_characters="\ufffe\uffff",
)


def _fits(max_len: int) -> Any:
    return lambda s: 0 < len(s.strip()) <= max_len


def texts(max_len: int) -> st.SearchStrategy[str]:
    """Free text of at most ``max_len`` characters after stripping, never blank."""
    random = st.text(_SAFE_ALPHABET, min_size=1, max_size=min(max_len, 40))
    fixed = st.sampled_from([s[:max_len] for s in HOSTILE_TEXTS + NAMES])
    return st.one_of(fixed, random).filter(_fits(max_len)).map(str.strip)


def labels() -> st.SearchStrategy[str]:
    """A resource label (≤ 80 characters)."""
    return texts(80)


def person_names() -> st.SearchStrategy[str]:
    """A fictional person's name, sometimes with hostile characters."""
    return st.one_of(st.sampled_from(NAMES), texts(40))


def case_keys() -> st.SearchStrategy[str]:
    """A valid case key (``KEY_PATTERN``)."""
    return st.from_regex(r"\A[a-z0-9][a-z0-9_-]{0,20}\Z")


_BASE = datetime(2026, 1, 1, 8, 0, tzinfo=timezone(timedelta(hours=1)))


def _datetimes() -> st.SearchStrategy[datetime]:
    return st.integers(0, 400 * 24 * 3600).map(lambda s: _BASE + timedelta(seconds=s))


def _dates() -> st.SearchStrategy[date]:
    return st.integers(0, 800).map(lambda d: date(2026, 1, 1) + timedelta(days=d))


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


@st.composite
def _subset(draw: st.DrawFn, pool: list[str], max_size: int = 4) -> list[str]:
    if not pool:
        return []
    return draw(st.lists(st.sampled_from(pool), max_size=max_size, unique=True))


@st.composite
def cases(draw: st.DrawFn, max_resources: int = 12, max_items: int = 4) -> Case:
    """A random valid :class:`Case` (validated once; ``revision`` 0, never saved)."""
    n_res = draw(st.integers(0, max_resources))
    resources: list[dict[str, Any]] = []
    for i in range(1, n_res + 1):
        is_person = draw(st.booleans())
        resources.append(
            {
                "id": f"r{i}",
                "label": draw(person_names() if is_person else labels()),
                "category": draw(st.sampled_from(Category)),
                "origin": draw(st.sampled_from(Origin)),
                "closeness": draw(st.integers(1, 3)),
                "named_by": draw(st.sampled_from(NamedBy)),
                "is_person": is_person,
                "role": draw(st.sampled_from(ROLES)) if is_person else None,
                "note": draw(_maybe(texts(200))),
                "shareable": draw(st.booleans()),
                "x": draw(_maybe(st.floats(-2000, 2000, allow_nan=False))),
                "y": draw(_maybe(st.floats(-2000, 2000, allow_nan=False))),
                "created_at": draw(_datetimes()),
            }
        )
    res_ids = [r["id"] for r in resources]
    nodes = [ELB_ID, *res_ids]
    pairs = [(a, b) for i, a in enumerate(nodes) for b in nodes[i + 1 :]]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=20)) if pairs else []
    relations = [
        {
            "id": f"v{i}",
            "source": a if flip else b,
            "target": b if flip else a,
            "strength": draw(st.sampled_from(Strength)),
            "direction": draw(st.sampled_from(Direction)),
            "note": draw(_maybe(texts(100))),
        }
        for i, ((a, b), flip) in enumerate(((p, draw(st.booleans())) for p in chosen), start=1)
    ]
    wishes = [
        {"id": f"wu{i}", "text": draw(texts(1000)), "named_by": draw(st.sampled_from(NamedBy))}
        for i in range(1, draw(st.integers(0, max_items)) + 1)
    ]
    wish_ids = [w["id"] for w in wishes]
    wills = [
        {
            "id": f"w{i}",
            "text": draw(texts(1000)),
            "named_by": draw(st.sampled_from(NamedBy)),
            "from_wish": draw(_maybe(st.sampled_from(wish_ids))) if wish_ids else None,
            "shareable": draw(st.booleans()),
        }
        for i in range(1, draw(st.integers(0, max_items)) + 1)
    ]
    will_ids = [w["id"] for w in wills]
    goals = []
    if will_ids:
        goals = [
            {
                "id": f"z{i}",
                "will_id": draw(st.sampled_from(will_ids)),
                "text": draw(texts(300)),
                "resource_ids": draw(_subset(res_ids)),
                "confidence": draw(_maybe(st.integers(0, 10))),
                "confidence_next": draw(_maybe(texts(300))),
                "status": draw(st.sampled_from(GoalStatus)),
                "named_by": draw(st.sampled_from(NamedBy)),
            }
            for i in range(1, draw(st.integers(0, max_items)) + 1)
        ]
    goal_ids = [g["id"] for g in goals]
    steps = []
    if goal_ids:
        steps = [
            {
                "id": f"s{i}",
                "goal_id": draw(st.sampled_from(goal_ids)),
                "text": draw(texts(300)),
                "owner": draw(st.sampled_from(Owner)),
                "helper": draw(_maybe(texts(80))),
                "due": draw(_maybe(_dates())),
                "status": draw(st.sampled_from(StepStatus)),
                "resource_ids": draw(_subset(res_ids)),
                "named_by": draw(st.sampled_from(NamedBy)),
            }
            for i in range(1, draw(st.integers(0, 2 * max_items)) + 1)
        ]
    referrals = [
        {
            "id": f"vw{i}",
            "institution": draw(texts(120)),
            "institution_kind": draw(_maybe(st.sampled_from(["schuldnerberatung", "suchtberatung"]))),
            "topic": draw(st.sampled_from(ReferralTopic)),
            "on": draw(_dates()),
        }
        for i in range(1, draw(st.integers(0, 2)) + 1)
    ]
    team_ideas = [
        {
            "id": f"ti{i}",
            "text": draw(texts(300)),
            "goal_id": draw(_maybe(st.sampled_from(goal_ids))) if goal_ids else None,
            "taken_up": draw(_maybe(st.booleans())),
        }
        for i in range(1, draw(st.integers(0, 2)) + 1)
    ]
    log = [
        {
            "at": draw(_datetimes()),
            "action": draw(st.sampled_from(LogAction)),
            "kind": draw(st.sampled_from(ItemKind)),
            "item_id": draw(st.sampled_from(nodes)),
            "summary": draw(texts(200)),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    created = draw(_datetimes())
    data = {
        "key": draw(case_keys()),
        "alias": draw(texts(60)),
        "created_at": created,
        "updated_at": created + timedelta(seconds=draw(st.integers(0, 10**6))),
        "next_review": draw(_maybe(_dates())),
        "resources": resources,
        "relations": relations,
        "wishes": wishes,
        "wills": wills,
        "goals": goals,
        "steps": steps,
        "referrals": referrals,
        "team_ideas": team_ideas,
        "log": log,
    }
    return Case.model_validate(data)
