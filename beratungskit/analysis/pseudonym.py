"""Pseudonymisation: a copy of a case that can be shown in a case conference or leave the office.

What :func:`pseudonymise` does (the original case is never changed):

* **alias and key** become ``Fall A-7K2`` / ``fall-a-7k2``, derived with a keyed hash (HMAC-SHA256)
  of the key. Exports pass the secret of the case folder
  (:func:`beratungskit.store.folder_secret`), so a case keeps its pseudonym across exports and runs,
  and nobody without that secret can turn a pseudonym back into a key. Without ``salt`` a secret
  made at program start is used (same pseudonym within one run only).
* **people** (``is_person``) are shown by their role ("Schwester", "Nachbarin") or as "Person 3":
  that becomes their label, and ``role`` is left empty. A role that is part of the person's own label
  ("Schwager mit Schreinerei", role "Schwager") stays: a role word is a description, not a name.
* **the IFK's own note** on the case is never exported.
* **notes** of resources are kept only when the IFK marked them ``shareable``; notes on relations
  (they have no such mark) are always removed.
* **wishes, will statements, goals and steps** become "Wunsch 1", "Wille 1", "Ziel 1", "Schritt 1"
  unless marked ``shareable`` (wishes have no mark and are always replaced); a goal's answer to the
  scaling follow-up and a step's helper travel with the item's mark.
* **dates** are coarsened to the month (the first of the month), times are dropped.
* **the documentation log** keeps what was done to which kind of item, not the summaries.
* **referrals** keep only the kind of institution (or the topic area), never its name.
* **item ids** are renumbered (hand-made ids could contain a name).

A **social resource whose "Person oder Gruppe?" is still open** (``is_person`` None: "Onkel Mehmet",
"Jana", "Nachbar Herr Brandt" under "Sozial", the question left unanswered) is treated as a person
unless its label names a group or place ("Schwimmverein Grone", "Moschee-Gemeinde", "Familienzentrum am
Markt"): the question cards of "Sozial" ask for people ("Wer hat Ihnen schon einmal geholfen?"), and an
open answer is nobody's choice. It is shown by the role word in its label ("Onkel", "Nachbar") or as
"Person n". Only the answer "eine Gruppe oder ein Ort" (``is_person`` False) keeps such a label.

Labels of resources that are *not* people (Fahrrad, Buslinie 11, Kita Sonnenhof) are kept: they are
things and places, and a conference needs them to talk about the map. Whether a free label still
contains somebody's name ("Janas Auto") cannot be decided in general; as a second line of defence every
text that is kept — those labels, shared notes and wordings, roles and team ideas — is scrubbed of the
case's alias and of every person's label and name parts (replaced by the person's role or "[Name]").
An IFK should still write labels as things, not as people.

>>> from beratungskit.demo import demo_case
>>> case = demo_case()
>>> p = pseudonymise(case, salt=b"example")
>>> p.alias.startswith("Fall "), case.alias
(True, 'Mira K.')
>>> sorted(r.label for r in p.resources if r.is_person)
['Nachbarin', 'Schwester', 'frühere Kollegin aus der Bäckerei']
>>> p.wills[0].text
'Wille 1'
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any

from beratungskit.messages import t
from beratungskit.model import COLLECTION_KINDS, ELB_ID, ID_PREFIX, Case, Category, ItemKind, Resource, label

__all__ = ["pseudonym_code", "pseudonymise"]

#: Secret of this run: the same key gives the same pseudonym until the program ends.
_RUN_SALT = secrets.token_bytes(32)

# Easily confused characters (0/O, 1/I/L) are left out so a code can be read aloud from a projector.
_LETTERS = "ACDEFHJKMNPRTUVWXY"
_CHARS = "ACDEFHJKMNPRTUVWXY345679"

# Parts of a name that say nothing about who is meant; they stay when the rest is scrubbed.
_NEUTRAL_WORDS = {
    "frau",
    "herr",
    "herrn",
    "familie",
    "fam",
    "von",
    "van",
    "der",
    "die",
    "das",
    "den",
    "und",
    "mit",
    "bei",
    "dem",
    "des",
    "fall",
}

#: Word endings that make a social resource a group or a place, not a person ("Schwimmverein",
#: "Moschee-Gemeinde", "Familienzentrum", "Sprachcafé"): its label is kept like a thing's.
_GROUP_ENDINGS = (
    "verein",
    "gemeinde",
    "zentrum",
    "treff",
    "gruppe",
    "kreis",
    "café",
    "cafe",
    "initiative",
    "club",
    "klub",
    "team",
    "chor",
    "kirche",
    "moschee",
    "synagoge",
    "tempel",
    "mannschaft",
    "netzwerk",
    "verband",
    "bund",
    "hilfe",
    "beratung",
    "dienst",
    "stelle",
    "haus",
    "schule",
    "kita",
    "tafel",
    "werkstatt",
    "projekt",
    "agentur",
)


def _is_group(label_text: str) -> bool:
    """True when a word of ``label_text`` ends in a group or place word.

    >>> _is_group("Schwimmverein Grone"), _is_group("Moschee-Gemeinde"), _is_group("Onkel Mehmet")
    (True, True, False)
    """
    return any(w.casefold().endswith(_GROUP_ENDINGS) for w in _words(label_text))


def _role_words() -> set[str]:
    """Casefolded role words ("schwester", "onkel", "nachbar") of the step phrasing file; none when it
    cannot be read (then such a resource is simply shown as "Person n")."""
    try:
        from beratungskit.analysis.drafts import load_phrasings

        # "Frau Yilmaz" is a salutation, not "meine Frau": such a label is shown as "Person n"
        return set(load_phrasings().possessive) - {"frau", "mann", "herr", "herrn"}
    except Exception:  # an office's broken phrasing file must not stop a conference export
        return set()


def _unmarked_people(case: Case) -> Case:
    """``case`` with every social resource whose "person or group" is still open, and whose label
    names no group or place, seen as a person (its role: the first role word of its label, if any)."""
    roles = _role_words()
    resources: list[Resource] = []
    for res in case.resources:
        if res.is_person is not None or res.category is not Category.SOZIAL or _is_group(res.label):
            resources.append(res)
            continue
        role = res.role or next((w for w in _words(res.label) if w.casefold() in roles), None)
        resources.append(res.model_copy(update={"is_person": True, "role": role}))
    return case.model_copy(update={"resources": tuple(resources)})


# The item kinds of the documentation log, back to the collections their ids live in.
_KIND_COLLECTION = {kind: collection for collection, kind in COLLECTION_KINDS.items()}


def _salt_bytes(salt: bytes | str | None) -> bytes:
    if salt is None:
        return _RUN_SALT
    return salt.encode("utf-8") if isinstance(salt, str) else salt


def pseudonym_code(key: str, *, salt: bytes | str | None = None) -> str:
    """The short code of a case key, e.g. ``A-7K2``: same key and salt → same code; not reversible.

    >>> pseudonym_code("demo-mira", salt="x") == pseudonym_code("demo-mira", salt="x")
    True
    >>> len(pseudonym_code("demo-mira", salt="x"))
    5
    """
    digest = hmac.new(_salt_bytes(salt), key.encode("utf-8"), hashlib.sha256).digest()
    number = int.from_bytes(digest[:8], "big")
    first = _LETTERS[number % len(_LETTERS)]
    number //= len(_LETTERS)
    rest = ""
    for _ in range(3):
        rest += _CHARS[number % len(_CHARS)]
        number //= len(_CHARS)
    return f"{first}-{rest}"


def _month(value: datetime | date | None) -> Any:
    if value is None:
        return None
    if isinstance(value, datetime):
        return datetime(value.year, value.month, 1)
    return date(value.year, value.month, 1)


class _Scrubber:
    """Replaces the alias, the key and people's names (and their parts) inside kept text."""

    def __init__(self, case: Case, displays: dict[str, str]) -> None:
        replacement: dict[str, str] = {}
        persons = [r for r in case.resources if r.is_person]
        # Parts first, whole names last: a whole name wins over its parts (same key, later write).
        for part in _name_parts(case):
            replacement[part] = t("analysis_pseudonym.name")
        for whole in [case.alias, case.key]:
            if len(whole.strip()) >= 2:
                replacement[whole.strip().casefold()] = t("analysis_pseudonym.name")
        for res in persons:
            if len(res.label.strip()) >= 2:
                replacement[res.label.strip().casefold()] = displays[res.id]
        self._replacement = replacement
        pieces = sorted(replacement, key=len, reverse=True)
        self._pattern = (
            # a German genitive ("Janas Auto", "Jens' Rad") belongs to the name, too
            re.compile(
                r"(?<!\w)(?P<n>" + "|".join(re.escape(p) for p in pieces) + r")(?:s|'s|’s|'|’)?(?!\w)",
                re.IGNORECASE,
            )
            if pieces
            else None
        )

    def __call__(self, text: str | None, max_len: int = 1000) -> str | None:
        if text is None or self._pattern is None:
            return text
        name = t("analysis_pseudonym.name")
        out = self._pattern.sub(lambda m: self._replacement.get(m.group("n").casefold(), name), text)
        # A role can be longer than the name it replaces; the field's limit still holds.
        return out if len(out) <= max_len else out[: max_len - 1] + "…"


def _words(text: str) -> list[str]:
    return [p for p in re.split(r"[\W_]+", text) if p]


def _name_parts(case: Case) -> set[str]:
    """Casefolded words that may name somebody: parts of the alias and of people's labels, and the
    whole labels — without the words of a person's own role ("Schwager" in "Schwager mit Schreinerei",
    role "Schwager") and without neutral words."""
    parts: set[str] = set()
    for text, role in [(case.alias, ""), *((r.label, r.role or "") for r in case.resources if r.is_person)]:
        role_words = {w.casefold() for w in _words(role)}
        parts.update(
            p.casefold()
            for p in _words(text)
            if len(p) >= 3 and p.casefold() not in _NEUTRAL_WORDS and p.casefold() not in role_words
        )
        whole = text.strip().casefold()
        if len(whole) >= 2 and whole != role.strip().casefold():
            parts.add(whole)
    return parts


def _display_names(case: Case) -> dict[str, str]:
    """How each person is shown: their role, scrubbed of names, or "Person n"."""
    persons = [r for r in case.resources if r.is_person]
    parts = _name_parts(case)
    displays: dict[str, str] = {}
    for n, res in enumerate(persons, start=1):
        role = (res.role or "").strip()
        words = re.split(r"([\W_]+)", role)
        # A role that holds (a part of) a name falls back to the neutral "Person n".
        if (
            not role
            or role.casefold() in parts
            or any(w.casefold() in parts or _stem(w) in parts for w in words)
        ):
            displays[res.id] = t("analysis_pseudonym.person", n=n)
        else:
            displays[res.id] = role
    return displays


def _stem(word: str) -> str:
    """A word without a genitive ending, compared case-free: ``Ludmilas`` → ``ludmila``."""
    folded = word.casefold().rstrip("'’")
    return folded[:-1] if folded.endswith("s") and len(folded) > 3 else folded


def pseudonymise(case: Case, *, salt: bytes | str | None = None) -> Case:
    """A pseudonymised copy of ``case`` (see the module docstring for exactly what changes).

    ``salt`` fixes the secret of the keyed hash (tests, or a team that wants stable codes across
    runs); without it a secret made at program start is used.

    >>> from beratungskit.demo import demo_case
    >>> case = demo_case()
    >>> copy = pseudonymise(case, salt="s")
    >>> copy.key != case.key and case.alias == "Mira K."
    True
    """
    code = pseudonym_code(case.key, salt=salt)
    seen = _unmarked_people(case)  # how names are found; the copy keeps each resource's own marks
    people = {res.id for res in seen.resources if res.is_person}
    displays = _display_names(seen)
    scrub = _Scrubber(seen, displays)

    ids: dict[str, dict[str, str]] = {}
    for collection, prefix in ID_PREFIX.items():
        items = getattr(case, collection)
        ids[collection] = {item.id: f"{prefix}{n}" for n, item in enumerate(items, start=1)}
    res_ids = {**ids["resources"], ELB_ID: ELB_ID}

    def neutral(kind: str) -> Callable[[int], str]:
        return lambda n: t(f"analysis_pseudonym.{kind}", n=n)

    def texts(items: Iterable[Any], kind: str, max_len: int) -> list[str]:
        make = neutral(kind)
        return [
            (scrub(item.text, max_len) or make(n)) if getattr(item, "shareable", False) else make(n)
            for n, item in enumerate(items, start=1)
        ]

    resources = []
    for res in case.resources:
        shared_note = scrub(res.note) if res.shareable else None
        resources.append(
            {
                **res.model_dump(),
                "id": ids["resources"][res.id],
                "label": displays[res.id] if res.id in people else (scrub(res.label, 80) or res.label),
                # the label already is the role; kept twice it would read "Schwester (Schwester)"
                "role": None,
                "note": shared_note,
                "created_at": _month(res.created_at),
            }
        )
    relations = [
        {
            **rel.model_dump(),
            "id": ids["relations"][rel.id],
            "source": res_ids[rel.source],
            "target": res_ids[rel.target],
            "note": None,
        }
        for rel in case.relations
    ]
    wishes = [
        {
            **wish.model_dump(),
            "id": ids["wishes"][wish.id],
            "text": text,
            "created_at": _month(wish.created_at),
        }
        for wish, text in zip(case.wishes, texts(case.wishes, "wish", 1000), strict=True)
    ]
    wills = [
        {
            **will.model_dump(),
            "id": ids["wills"][will.id],
            "text": text,
            "from_wish": ids["wishes"].get(will.from_wish) if will.from_wish else None,
            "created_at": _month(will.created_at),
        }
        for will, text in zip(case.wills, texts(case.wills, "will", 1000), strict=True)
    ]
    goals = [
        {
            **goal.model_dump(),
            "id": ids["goals"][goal.id],
            "will_id": ids["wills"][goal.will_id],
            "text": text,
            "resource_ids": [res_ids[r] for r in goal.resource_ids],
            "confidence_next": scrub(goal.confidence_next, 300) if goal.shareable else None,
            # the day's answers travel with the goal's mark, like today's
            "confidence_history": [
                {
                    **mark.model_dump(),
                    "on": _month(mark.on),  # like every other date: the month, not the conversation day
                    "answer": scrub(mark.answer, 300) if goal.shareable else None,
                }
                for mark in goal.confidence_history
            ],
            "created_at": _month(goal.created_at),
        }
        for goal, text in zip(case.goals, texts(case.goals, "goal", 300), strict=True)
    ]
    steps = [
        {
            **step.model_dump(),
            "id": ids["steps"][step.id],
            "goal_id": ids["goals"][step.goal_id],
            "text": text,
            "helper": scrub(step.helper, 80) if step.shareable else None,
            "due": _month(step.due),
            "resource_ids": [res_ids[r] for r in step.resource_ids],
            "created_at": _month(step.created_at),
        }
        for step, text in zip(case.steps, texts(case.steps, "step", 300), strict=True)
    ]
    referrals = []
    for ref in case.referrals:
        kind = scrub(ref.institution_kind, 40) if ref.institution_kind else None
        if kind:
            institution = t("analysis_pseudonym.institution_kind", kind=_kind_label(kind))
        else:
            institution = t("analysis_pseudonym.institution_topic", topic=label(ref.topic))
        referrals.append(
            {
                **ref.model_dump(),
                "id": ids["referrals"][ref.id],
                "institution": institution,
                "institution_kind": kind,
                "on": _month(ref.on),
            }
        )
    team_ideas = [
        {
            **idea.model_dump(),
            "id": ids["team_ideas"][idea.id],
            "text": scrub(idea.text, 300) or t("analysis_pseudonym.idea", n=n),
            "goal_id": ids["goals"].get(idea.goal_id) if idea.goal_id else None,
            "created_at": _month(idea.created_at),
        }
        for n, idea in enumerate(case.team_ideas, start=1)
    ]
    key = "fall-" + code.lower()
    log = []
    for entry in case.log:
        if entry.kind == ItemKind.CASE:
            item_id = key
        else:
            item_id = ids[_KIND_COLLECTION[entry.kind]].get(entry.item_id, "")
        log.append(
            {
                "at": _month(entry.at),
                "action": entry.action,
                "kind": entry.kind,
                "item_id": item_id,
                "summary": "",
            }
        )
    return Case.model_validate(
        {
            "key": key,
            "alias": t("analysis_pseudonym.case_alias", code=code),
            "created_at": _month(case.created_at),
            "updated_at": _month(case.updated_at),
            "revision": 0,
            "next_review": _month(case.next_review),
            "plan_on": _month(case.plan_on),
            "ifk_note": None,
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
    )


def _kind_label(kind: str) -> str:
    """``schuldnerberatung`` → ``Schuldnerberatung`` (the directory's kind keys are plain words)."""
    text = kind.replace("_", " ").replace("-", " ").strip()
    return text[:1].upper() + text[1:]
