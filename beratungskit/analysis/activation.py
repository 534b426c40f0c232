"""The activation balance: who does the steps, and does a goal lean only on the Jobcenter?

Concept paper: "Tun Sie nie mehr für den eLb als dieser für sich selbst" and "Nutzen Sie … die
Ressourcen des Lebensumfeldes und des Sozialraumes stets vor den Ressourcen des SGB II". These
functions count and ask; they never block a step. Discarded steps ("nicht mehr nötig") are ignored.

>>> from beratungskit.demo import demo_case
>>> share = activation_share(demo_case())
>>> share.elb, share.ifk, share.others, share.total, round(share.elb_share, 2)
(3, 1, 0, 4, 0.75)
>>> activation_hints(demo_case())
[]
>>> ifk_step_question()
'Was davon können Sie selbst tun?'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from beratungskit.messages import t
from beratungskit.model import (
    Case,
    Goal,
    GoalStatus,
    Origin,
    Owner,
    Step,
    StepStatus,
)

__all__ = [
    "ActivationShare",
    "activation_hints",
    "activation_share",
    "active_steps",
    "asks_ifk_question",
    "ifk_step_question",
    "sgb2_only_goals",
    "sgb2_only_hint",
]


@dataclass(frozen=True)
class ActivationShare:
    """Steps per owner (every owner listed, zeros included) and the eLb's share."""

    counts: dict[Owner, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def elb(self) -> int:
        return self.counts.get(Owner.ELB, 0)

    @property
    def ifk(self) -> int:
        return self.counts.get(Owner.IFK, 0)

    @property
    def others(self) -> int:
        """Network partners and people from the eLb's circle."""
        return self.total - self.elb - self.ifk

    @property
    def elb_share(self) -> float | None:
        """eLb-owned steps / all steps, 0.0–1.0; ``None`` while there are no steps."""
        return self.elb / self.total if self.total else None

    def describe(self) -> str:
        """Plain German: ``3 von 4 Schritten machen Sie selbst (75 %).``"""
        if not self.total:
            return t("analysis_plan.share_none")
        percent = round(100 * self.elb / self.total)
        return t("analysis_plan.share", elb=self.elb, total=self.total, percent=percent)


def active_steps(case: Case, goal_id: str | None = None) -> list[Step]:
    """Steps that count: all but the discarded ones (optionally of one goal)."""
    steps = case.steps if goal_id is None else case.steps_of(goal_id)
    return [s for s in steps if s.status is not StepStatus.VERWORFEN]


def activation_share(case: Case, goal_id: str | None = None) -> ActivationShare:
    """Count the steps per owner (of the whole case or one goal), ignoring discarded steps."""
    counts = dict.fromkeys(Owner, 0)
    for step in active_steps(case, goal_id):
        counts[step.owner] += 1
    return ActivationShare(counts=counts)


def asks_ifk_question(owner: Owner) -> bool:
    """True when adding a step with this owner should first ask :func:`ifk_step_question`."""
    return owner is Owner.IFK


def ifk_step_question(who: str | None = None) -> str:
    """The question shown before an IFK-owned step is added.

    Addressed to the eLb on the joint screen; with ``who`` it names them in the third person.

    >>> ifk_step_question("Frau K.")
    'Was davon kann Frau K. selbst tun?'
    """
    if who:
        return t("analysis_plan.ifk_question_named", who=who)
    return t("analysis_plan.ifk_question")


def _goal_resource_ids(case: Case, goal: Goal) -> set[str]:
    ids = set(goal.resource_ids)
    for step in active_steps(case, goal.id):
        ids.update(step.resource_ids)
    return ids


def sgb2_only_goals(case: Case) -> list[Goal]:
    """Open goals whose resources (of the goal and its steps) are all Fachdienst/SGB II,
    while the case holds own, circle or social-space resources that could be used first.
    """
    # An origin nobody chose yet ("noch offen") is not counted as the eLb's own.
    own = [r for r in case.resources if r.origin not in (None, Origin.FACHDIENST)]
    if not own:
        return []
    origin = {r.id: r.origin for r in case.resources}
    out = []
    for goal in case.goals:
        if goal.status is GoalStatus.ERREICHT:
            continue
        ids = _goal_resource_ids(case, goal)
        if ids and all(origin[i] is Origin.FACHDIENST for i in ids):
            out.append(goal)
    return out


def sgb2_only_hint(case: Case, goal: Goal) -> str:
    """The gentle question for one goal that leans only on SGB II resources (with examples)."""
    from beratungskit.analysis.drafts import order_resources  # same layer; keeps import order clear

    own = order_resources([r for r in case.resources if r.origin not in (None, Origin.FACHDIENST)])
    examples = ", ".join(f"„{r.role or r.label}“" if r.is_person else f"„{r.label}“" for r in own[:3])
    return t("analysis_plan.hint_sgb2_only", goal=goal.text, examples=examples)


def activation_hints(case: Case) -> list[str]:
    """Every gentle hint for this case, in German; empty when the balance is fine.

    - the IFK owns more (non-discarded) steps than the eLb;
    - a goal leans only on Fachdienst/SGB II resources while other resources exist.
    """
    hints = []
    share = activation_share(case)
    if share.ifk > share.elb:
        hints.append(t("analysis_plan.hint_ifk_majority", ifk=share.ifk, elb=share.elb))
    hints.extend(sgb2_only_hint(case, goal) for goal in sgb2_only_goals(case))
    return hints
