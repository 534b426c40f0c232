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
('Ich backe Probe-Brötchen für die Bäckerei am Markt.', 'elb', ('r1',))
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from beratungskit.analysis.template_yaml import TemplateFileError, read_yaml
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
    "PersonReference",
    "Phrasings",
    "Rule",
    "StepDraft",
    "confirm_draft",
    "draft_for",
    "draft_steps",
    "load_phrasings",
    "order_resources",
    "person_reference",
    "writing_start",
]

PHRASINGS_FILE = "step_phrasings.yaml"
_PLACEHOLDERS = {"label", "who", "who_dat"}
_POSSESSIVE_STARTS = {"mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren"}
_ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}
#: Where {label} may stand in a template without "heads": after a colon (a neutral frame) or first.
_NEUTRAL_SLOT = re.compile(r"(?:^|: )\{label\}(?=[.,:]|$)")
#: The possessive in the accusative → (dative form, adjective ending accusative, adjective ending dative)
_FORMS = {"meine": ("meiner", "e", "en"), "meinen": ("meinem", "en", "en"), "mein": ("meinem", "es", "en")}


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


_OPEN_END = re.compile(r"\s*(…|\.\.\.)\s*$")


def writing_start(text: str) -> str:
    """What the text box holds when the eLb finishes an open draft: the draft without its "…", with
    one space after it — the caret stands where the eLb goes on writing, nothing to delete first
    (trial 15: the "…" had to be deleted by hand). A complete draft stays as it is.

    >>> writing_start("Ich frage meine Schwester, ob …")
    'Ich frage meine Schwester, ob '
    >>> writing_start("Dabei hilft mir: Cousin Emre. Ich …")
    'Dabei hilft mir: Cousin Emre. Ich '
    >>> writing_start("Ich fahre mit dem Fahrrad zum Termin.")
    'Ich fahre mit dem Fahrrad zum Termin.'
    """
    if not _unfinished(text):
        return text
    return _OPEN_END.sub("", text).rstrip() + " "


@dataclass(frozen=True)
class Rule:
    """``heads``: the label's first word ends in one of them (its gender is known, an article fits);
    ``words``: one of them stands anywhere in the label (only a neutral frame fits)."""

    heads: tuple[str, ...]
    words: tuple[str, ...]
    text: str

    def matches(self, label: str) -> bool:
        folded = label.casefold()
        if self.heads:
            first = re.split(r"[\s,;:/()]+", folded.strip(), maxsplit=1)[0]
            return any(first.endswith(h) for h in self.heads)
        return any(w in folded for w in self.words)


@dataclass(frozen=True)
class Phrasings:
    """The parsed phrasing file; see the comments in ``templates/step_phrasings.yaml``."""

    people: dict[str, str]
    possessive: dict[str, str]  # casefolded role word → "meine" / "meinen" / "mein"
    accusative: dict[str, str]  # casefolded role word → its accusative form
    rules: tuple[Rule, ...]
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
        # the safe template reader: a regular file, bounded, no YAML aliases (hardening, issue 9)
        raw = read_yaml(file, lines=False) or {}
    except TemplateFileError as exc:
        raise ValueError(t("analysis_plan.bad_phrasings", path=file, detail=exc)) from None
    try:
        return _parse(raw)
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        detail = exc.args[0] if isinstance(exc, ValueError) and exc.args else str(exc)
        raise ValueError(t("analysis_plan.bad_phrasings", path=file, detail=detail)) from None


def _check(value: Any, *, article_slot: bool = False, people: bool = False) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(t("model.empty_text"))
    text: str = value.strip()
    for _lit, name, spec, conv in string.Formatter().parse(text):
        if name is not None and name not in _PLACEHOLDERS:
            raise ValueError(t("analysis_plan.bad_placeholder", name=name, text=text))
        if spec or conv:
            # "{label:>999999999}" would build a gigabyte string for every draft
            raise ValueError(t("analysis_plan.placeholder_format", name=name, text=text))
        if name in ("who", "who_dat") and not people:
            raise ValueError(t("analysis_plan.who_outside_people", text=text))
    # {label} needs an article and a case in most places; only a neutral frame fits every label.
    if not article_slot and text.count("{label}") != len(_NEUTRAL_SLOT.findall(text)):
        raise ValueError(t("analysis_plan.label_not_neutral", text=text))
    return text


def _parse(raw: dict[str, Any]) -> Phrasings:
    people = {str(k): _check(v, people=True) for k, v in (raw.get("people") or {}).items()}
    possessive: dict[str, str] = {}
    for article, words in (raw.get("possessive") or {}).items():
        if str(article) not in _FORMS:
            raise ValueError(t("analysis_plan.bad_possessive", article=article))
        for word in words or []:
            possessive.setdefault(str(word).casefold(), str(article))
    accusative = {str(k).casefold(): str(v) for k, v in (raw.get("accusative") or {}).items()}
    rules = []
    for rule in raw.get("rules") or []:
        heads = tuple(str(w).casefold() for w in rule.get("heads") or [])
        words = tuple(str(w).casefold() for w in rule.get("words") or [])
        if not heads and not words:
            raise ValueError(t("analysis_plan.rule_without_words", text=rule.get("text")))
        rules.append(Rule(heads, words, _check(rule["text"], article_slot=bool(heads))))
    categories = {
        str(cat): {str(k): _check(v) for k, v in (by_origin or {}).items()}
        for cat, by_origin in (raw.get("categories") or {}).items()
    }
    return Phrasings(
        people=people,
        possessive=possessive,
        accusative=accusative,
        rules=tuple(rules),
        categories=categories,
        default=_check(raw.get("default", "Dabei hilft mir: {label}. Ich …")),
    )


@dataclass(frozen=True)
class PersonReference:
    """How a draft names a person: ``who`` in the accusative, ``who_dat`` in the dative."""

    who: str
    who_dat: str


def person_reference(resource: Resource, phrasings: Phrasings | None = None) -> str:
    """How a draft asks a person (accusative): by role ("meine Schwester"), by name ("Jana",
    "Herrn Ilić"), or "" when neither can be said in a correct sentence.

    >>> from beratungskit.model import Resource
    >>> person_reference(Resource(id="r1", label="Jana", is_person=True, role="Schwester"))
    'meine Schwester'
    >>> person_reference(Resource(id="r2", label="Tamara", is_person=True, role="früherer Kollege"))
    'meinen früheren Kollegen'
    >>> person_reference(Resource(id="r3", label="Jana", is_person=True))
    'Jana'
    >>> person_reference(Resource(id="r4", label="Trainer vom Verein", is_person=True))
    ''
    """
    found = _reference(resource, phrasings or load_phrasings())
    return found.who if found else ""


def _reference(resource: Resource, ph: Phrasings) -> PersonReference | None:
    role = (resource.role or "").strip()
    if role:
        by_role = _by_role(role, ph)
        if by_role is not None:
            return by_role
    return _by_name(resource.label.strip())


def _by_role(role: str, ph: Phrasings) -> PersonReference | None:
    words = role.split()
    first = words[0].casefold()
    if first in _POSSESSIVE_STARTS or first in _ARTICLES:
        return None  # already declined by whoever typed it, for one case only: not reusable
    for i, word in enumerate(words):
        article = ph.possessive.get(word.casefold())
        if article is None:
            continue
        if any(not w[:1].islower() for w in words[:i]):
            return None  # "Bruder" after another noun ("Jana Bruder"): not a role phrase we can decline
        dative, acc_end, dat_end = _FORMS[article]
        noun = ph.accusative.get(word.casefold(), word) if article == "meinen" else word
        acc = [*(_adjective(w, acc_end) for w in words[:i]), noun, *words[i + 1 :]]
        dat = [*(_adjective(w, dat_end) for w in words[:i]), noun, *words[i + 1 :]]
        return PersonReference(" ".join([article, *acc]), " ".join([dative, *dat]))
    return None


def _adjective(word: str, ending: str) -> str:
    """An adjective typed in any form ("ältere", "älterer", "älteren") with the ending it needs."""
    stem = re.sub(r"(?:en|er|es|em|e)$", "", word) if len(word) > 3 else word
    return stem + ending


_NAME_TITLES = {"frau": ("Frau", "Frau"), "herr": ("Herrn", "Herrn"), "herrn": ("Herrn", "Herrn")}


def _by_name(label: str) -> PersonReference | None:
    """A person's name as it is said in a sentence: "Jana", "Frau Okafor", "Herrn Ilić"."""
    words = label.split()
    if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
        return None
    title = _NAME_TITLES.get(words[0].casefold())
    if title is not None and len(words) >= 2:
        return PersonReference(" ".join([title[0], *words[1:]]), " ".join([title[1], *words[1:]]))
    if all(_is_name(w) for w in words):
        return PersonReference(label, label)
    return None


def _is_name(word: str) -> bool:
    """Whether the morphology tags ``word`` as a proper name (NE), not a common noun (NN)."""
    from beratungskit.analysis.morphology import is_proper_name

    return is_proper_name(word)


def _fill(template: str, **values: str) -> str:
    label = values.get("label", "")
    if label.endswith((".", "!", "?", "…")):
        # "Dabei hilft mir: Ich koche gern!" – the label already ends the sentence
        template = template.replace("{label}.", "{label}")
    return template.format(**values)


def draft_for(resource: Resource, goal_id: str, phrasings: Phrasings | None = None) -> StepDraft:
    """The draft for one resource (the lookup order is explained in the phrasing file)."""
    ph = phrasings or load_phrasings()
    origin = resource.origin.value if resource.origin else "default"
    label = " ".join(resource.label.split())
    if resource.is_person:
        ref = _reference(resource, ph)
        if ref is None:
            template = ph.people.get("neutral") or ph.default
            text = _fill(template, label=label)
        else:
            template = ph.people.get(origin) or ph.people.get("default") or ph.default
            text = _fill(template, label=label, who=ref.who, who_dat=ref.who_dat)
    else:
        rule = next((r for r in ph.rules if r.matches(label)), None)
        if rule is not None:
            template = rule.text
        else:
            by_category = ph.categories.get(resource.category.value, {})
            template = by_category.get(origin) or by_category.get("default") or ph.default
        text = _fill(template, label=label)
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
    An open sentence ending in "…" is refused: the eLb finishes it first (it would go into the plan);
    so is an open draft's :func:`writing_start` with nothing written after it.
    """
    final = draft.text if text is None else text
    # the open draft's beginning as it was put into the box, with nothing written after it, is
    # still a half sentence ("Ich frage meine Schwester, ob")
    if _unfinished(final) or (not draft.complete and final.strip() == writing_start(draft.text).strip()):
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
