"""Step DRAFTS for a goal, built from the resources linked to it.

A draft is a first-person sentence start ("Ich frage meine Schwester, ob …") for the eLb to finish,
rewrite or drop. It is a plain object and **not** part of the case: only :func:`confirm_draft` adds a
step, with the eLb's wording if they rewrote it. Discarding a draft means simply not confirming it.
The phrasings come from the editable ``templates/step_phrasings.yaml``; they are questions and own
actions, never advice (concept paper: "Halten Sie sich mit Tipps und Ratschlägen zurück").

Drafts are ordered the way the concept paper asks resources to be used: own resources first, then the
eLb's circle, then the social space, then Fachdienst/SGB II; within an origin the closest first.

>>> from beratungskit.demo import demo_case
>>> case = demo_case()
>>> drafts = draft_steps(case, "z1", skip_used=False)
>>> [d.origin.value for d in drafts]
['eigen', 'eigen', 'eigen', 'lebensumfeld', 'sozialraum']
>>> drafts[3].text
'Ich frage meine frühere Kollegin aus der Bäckerei, ob …'
>>> step = confirm_draft(case, drafts[2], text="Ich backe Probe-Brötchen für die Bäckerei am Markt.")
>>> step.text, step.owner.value, step.resource_ids
('Ich backe Probe-Brötchen für die Bäckerei am Markt.', 'elb', ['r1'])
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from beratungskit.messages import t
from beratungskit.model import (
    ORIGIN_ORDER,
    Case,
    CaseError,
    NamedBy,
    Origin,
    Owner,
    Resource,
    Step,
    StepStatus,
)
from beratungskit.resources import template_path

__all__ = [
    "PHRASINGS_FILE",
    "Phrasings",
    "StepDraft",
    "confirm_draft",
    "draft_for",
    "draft_steps",
    "load_phrasings",
    "order_resources",
    "person_reference",
]

PHRASINGS_FILE = "step_phrasings.yaml"
_PLACEHOLDERS = {"label", "who"}
_POSSESSIVE_STARTS = {"mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren"}


@dataclass(frozen=True)
class StepDraft:
    """A suggested step: not in the case until the eLb confirms it (:func:`confirm_draft`)."""

    goal_id: str
    text: str
    resource_ids: tuple[str, ...]
    #: None while nobody has said where the resource comes from ("noch offen").
    origin: Origin | None
    #: Suggested owner: always the eLb ("Tun Sie nichts, was der eLb selbst tun kann").
    owner: Owner = Owner.ELB

    @property
    def complete(self) -> bool:
        """False while the draft is an open sentence ("Ich frage meine Schwester, ob …")."""
        return not _unfinished(self.text)


def _unfinished(text: str) -> bool:
    return text.rstrip().endswith(("…", "..."))


@dataclass(frozen=True)
class Phrasings:
    """The parsed phrasing file; see the comments in ``templates/step_phrasings.yaml``."""

    people: dict[str, str]
    possessive: dict[str, str]  # casefolded role word → "meine" / "meinen" / "mein"
    accusative: dict[str, str]  # casefolded role word → its accusative form
    rules: tuple[tuple[tuple[str, ...], str], ...]
    categories: dict[str, dict[str, str]]
    default: str


def load_phrasings(path: Path | str | None = None) -> Phrasings:
    """Read and check the phrasing file (default: ``templates/step_phrasings.yaml``).

    A broken file raises :class:`ValueError` with a German message naming the file.
    """
    file = Path(path) if path is not None else template_path(PHRASINGS_FILE)
    if not file.exists():
        raise ValueError(t("analysis_plan.phrasings_missing", path=file))
    try:
        raw = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        return _parse(raw)
    except (yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as exc:
        detail = exc.args[0] if isinstance(exc, ValueError) and exc.args else str(exc)
        raise ValueError(t("analysis_plan.bad_phrasings", path=file, detail=detail)) from None


def _check(text: Any) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ValueError(t("model.empty_text"))
    for _lit, name, _spec, _conv in string.Formatter().parse(text):
        if name is not None and name not in _PLACEHOLDERS:
            raise ValueError(t("analysis_plan.bad_placeholder", name=name, text=text))
    return text.strip()


def _parse(raw: dict[str, Any]) -> Phrasings:
    people = {str(k): _check(v) for k, v in (raw.get("people") or {}).items()}
    possessive: dict[str, str] = {}
    for article, words in (raw.get("possessive") or {}).items():
        for word in words or []:
            possessive.setdefault(str(word).casefold(), str(article))
    accusative = {str(k).casefold(): str(v) for k, v in (raw.get("accusative") or {}).items()}
    rules = tuple(
        (tuple(str(w).casefold() for w in rule["words"]), _check(rule["text"]))
        for rule in raw.get("rules") or []
    )
    categories = {
        str(cat): {str(k): _check(v) for k, v in (by_origin or {}).items()}
        for cat, by_origin in (raw.get("categories") or {}).items()
    }
    return Phrasings(
        people=people,
        possessive=possessive,
        accusative=accusative,
        rules=rules,
        categories=categories,
        default=_check(raw.get("default", "Ich nutze „{label}“ und …")),
    )


def person_reference(resource: Resource, phrasings: Phrasings | None = None) -> str:
    """How a draft names a person: by role ("meine Schwester"), else by the label as written.

    >>> from beratungskit.model import Resource
    >>> person_reference(Resource(id="r1", label="Jana", is_person=True, role="Schwester"))
    'meine Schwester'
    >>> person_reference(Resource(id="r2", label="Tamara", is_person=True, role="früherer Kollege"))
    'meinen früheren Kollegen'
    >>> person_reference(Resource(id="r3", label="Jana", is_person=True))
    'Jana'
    """
    ph = phrasings or load_phrasings()
    role = (resource.role or "").strip()
    if not role:
        return resource.label
    words = role.split()
    if words[0].casefold() in _POSSESSIVE_STARTS | {"der", "die", "das", "den"}:
        return role  # already phrased by whoever typed it
    for i, word in enumerate(words):
        article = ph.possessive.get(word.casefold())
        if article is None:
            continue
        if article == "meinen":
            # accusative masculine: the noun and the adjectives before it change ("früherer" → "früheren")
            words[i] = ph.accusative.get(word.casefold(), word)
            words[:i] = [_weak_adjective(w) for w in words[:i]]
        elif article == "mein":
            words[:i] = [re.sub(r"es$", "e", w) for w in words[:i]]
        return " ".join([article, *words])
    return role


def _weak_adjective(word: str) -> str:
    # "früherer"/"alter" → "früheren"/"alten" after "meinen"; other words stay as written
    if word[:1].islower() and word.endswith("er") and len(word) > 4:
        return word[:-2] + "en"
    return word


def draft_for(resource: Resource, goal_id: str, phrasings: Phrasings | None = None) -> StepDraft:
    """The draft for one resource (the lookup order is explained in the phrasing file)."""
    ph = phrasings or load_phrasings()
    origin = resource.origin.value if resource.origin else "default"
    if resource.is_person:
        template = ph.people.get(origin) or ph.people.get("default") or ph.default
    else:
        folded = resource.label.casefold()
        template = next((text for words, text in ph.rules if any(w in folded for w in words)), "")
        if not template:
            by_category = ph.categories.get(resource.category.value, {})
            template = by_category.get(origin) or by_category.get("default") or ph.default
    who = person_reference(resource, ph) if resource.is_person else resource.label
    text = template.format(label=resource.label, who=who)
    return StepDraft(goal_id=goal_id, text=text, resource_ids=(resource.id,), origin=resource.origin)


def order_resources(resources: list[Resource]) -> list[Resource]:
    """Origin order (eigen → Lebensumfeld → Sozialraum → Fachdienst → noch offen), then closeness
    (an open closeness counts as the middle ring), then label."""
    rank: dict[Origin | None, int] = {origin: i for i, origin in enumerate(ORIGIN_ORDER)}
    rank[None] = len(ORIGIN_ORDER)
    return sorted(resources, key=lambda r: (rank[r.origin], r.ring, r.label.casefold(), r.id))


def draft_steps(
    case: Case, goal_id: str, *, skip_used: bool = True, phrasings: Phrasings | None = None
) -> list[StepDraft]:
    """One draft per resource linked to the goal, in origin order. The case is not changed.

    ``skip_used`` leaves out resources that an open step of this goal already uses.
    """
    goal = case.goal(goal_id)
    ph = phrasings or load_phrasings()
    used: set[str] = set()
    if skip_used:
        for step in case.steps_of(goal_id):
            if step.status is not StepStatus.VERWORFEN:
                used.update(step.resource_ids)
    linked = [case.resource(r) for r in dict.fromkeys(goal.resource_ids) if r not in used]
    return [draft_for(r, goal_id, ph) for r in order_resources(linked)]


def confirm_draft(
    case: Case,
    draft: StepDraft,
    text: str | None = None,
    *,
    owner: Owner | None = None,
    due: date | None = None,
    helper: str | None = None,
    named_by: NamedBy = NamedBy.ELB,
) -> Step:
    """Add the draft to the case as a step — the only way a draft gets into the case.

    ``text=None`` keeps the draft's wording; any other text (the eLb's rewrite) replaces it. An empty
    rewrite or a goal that no longer exists raises :class:`~beratungskit.model.CaseError`.
    An open sentence ending in "…" is refused: the eLb finishes it first (it would go into the plan).
    """
    final = draft.text if text is None else text
    if _unfinished(final):
        raise CaseError(t("analysis_plan.draft_unfinished"))
    return case.add_step(
        draft.goal_id,
        final,
        owner=owner if owner is not None else draft.owner,
        due=due,
        helper=helper,
        resource_ids=list(draft.resource_ids),
        named_by=named_by,
    )
