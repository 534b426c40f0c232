"""What changed between two revisions of a case — "Was hat sich seit dem … verändert?".

Items are matched by their id (ids are never reused within a case); relations by their two ends, so a
line that was removed and drawn again is not reported as a change.

>>> from beratungskit.demo import demo_case
>>> from beratungskit.model import StepStatus
>>> old = demo_case()
>>> new = old.model_copy(deep=True)
>>> _ = new.update("steps", "s1", status=StepStatus.ERLEDIGT)
>>> _ = new.update_resource("r6", closeness=1)
>>> for line in describe_changes(compare(old, new)):
...     print(line)
Frau Okafor ist näher gerückt (Ring 2 → 1).
Schritt erledigt: „Ich frage Tamara, ob ihre Bäckerei jemanden für die Frühschicht sucht.“
"""

from __future__ import annotations

from dataclasses import dataclass, field

from beratungskit.messages import t
from beratungskit.model import (
    ELB_ID,
    Case,
    Goal,
    GoalStatus,
    Referral,
    Relation,
    Resource,
    Step,
    StepStatus,
    WillStatement,
    label,
    label_or_open,
)

__all__ = ["Changes", "Moved", "changes_heading", "compare", "describe_changes"]


@dataclass(frozen=True)
class Moved:
    """One value of one item that changed: ``item`` is the newer version."""

    item: Resource | Relation | Goal
    old: object
    new: object


@dataclass
class Changes:
    """Everything that differs between ``old`` and ``new`` (each list in the newer case's order)."""

    old: Case
    new: Case
    resources_added: list[Resource] = field(default_factory=list)
    resources_removed: list[Resource] = field(default_factory=list)
    closeness_changed: list[Moved] = field(default_factory=list)
    category_changed: list[Moved] = field(default_factory=list)
    origin_changed: list[Moved] = field(default_factory=list)
    relations_added: list[Relation] = field(default_factory=list)
    relations_removed: list[Relation] = field(default_factory=list)
    strength_changed: list[Moved] = field(default_factory=list)
    wills_added: list[WillStatement] = field(default_factory=list)
    goals_added: list[Goal] = field(default_factory=list)
    steps_added: list[Step] = field(default_factory=list)
    steps_done: list[Step] = field(default_factory=list)
    goals_reached: list[Goal] = field(default_factory=list)
    confidence_changed: list[Moved] = field(default_factory=list)
    referrals_added: list[Referral] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in self.__dataclass_fields__ if name not in {"old", "new"})


def _pair(rel: Relation) -> frozenset[str]:
    return frozenset((rel.source, rel.target))


def compare(old: Case, new: Case) -> Changes:
    """Compare two revisions of one case (``old`` the earlier one). Neither case is changed.

    >>> from beratungskit.demo import demo_case
    >>> bool(compare(demo_case(), demo_case()))
    False
    """
    ch = Changes(old=old, new=new)
    old_res = {r.id: r for r in old.resources}
    new_res = {r.id: r for r in new.resources}
    ch.resources_added = [r for r in new.resources if r.id not in old_res]
    ch.resources_removed = [r for r in old.resources if r.id not in new_res]
    for res in new.resources:
        before = old_res.get(res.id)
        if before is None:
            continue
        if before.closeness != res.closeness:
            ch.closeness_changed.append(Moved(res, before.closeness, res.closeness))
        if before.category != res.category:
            ch.category_changed.append(Moved(res, before.category, res.category))
        if before.origin != res.origin:
            ch.origin_changed.append(Moved(res, before.origin, res.origin))

    old_rel = {_pair(r): r for r in old.relations}
    new_rel = {_pair(r): r for r in new.relations}
    ch.relations_added = [r for r in new.relations if _pair(r) not in old_rel]
    ch.relations_removed = [r for r in old.relations if _pair(r) not in new_rel]
    for rel in new.relations:
        before_rel = old_rel.get(_pair(rel))
        if before_rel is not None and before_rel.strength != rel.strength:
            ch.strength_changed.append(Moved(rel, before_rel.strength, rel.strength))

    old_wills = {w.id for w in old.wills}
    ch.wills_added = [w for w in new.wills if w.id not in old_wills]
    old_goals = {g.id: g for g in old.goals}
    ch.goals_added = [g for g in new.goals if g.id not in old_goals]
    for goal in new.goals:
        before_goal = old_goals.get(goal.id)
        was_reached = before_goal is not None and before_goal.status == GoalStatus.ERREICHT
        if goal.status == GoalStatus.ERREICHT and not was_reached:
            ch.goals_reached.append(goal)
        before_conf = before_goal.confidence if before_goal is not None else None
        if goal.confidence != before_conf and goal.confidence is not None:
            ch.confidence_changed.append(Moved(goal, before_conf, goal.confidence))
    old_steps = {s.id: s for s in old.steps}
    ch.steps_added = [s for s in new.steps if s.id not in old_steps]
    for step in new.steps:
        before_step = old_steps.get(step.id)
        was_done = before_step is not None and before_step.status == StepStatus.ERLEDIGT
        if step.status == StepStatus.ERLEDIGT and not was_done:
            ch.steps_done.append(step)
    old_refs = {r.id for r in old.referrals}
    ch.referrals_added = [r for r in new.referrals if r.id not in old_refs]
    return ch


def changes_heading(old: Case) -> str:
    """``Was hat sich seit dem 12.05.2026 verändert?`` — dated by the older revision's last change."""
    return t("analysis_changes.heading", date=f"{old.updated_at:%d.%m.%Y}")


def _node_label(case: Case, other: Case, node_id: str) -> str:
    if node_id == ELB_ID:
        return t("analysis_changes.elb")
    for source in (case, other):
        for res in source.resources:
            if res.id == node_id:
                return res.label
    return node_id


def describe_changes(changes: Changes) -> list[str]:
    """The changes as short, plain German sentences, in the order a person would talk them through."""
    ch, new, old = changes, changes.new, changes.old
    out = [t("analysis_changes.resource_added", label=r.label) for r in ch.resources_added]
    out += [t("analysis_changes.resource_removed", label=r.label) for r in ch.resources_removed]
    for m in ch.closeness_changed:
        if m.old is None or m.new is None:  # chosen for the first time, or back to "noch offen"
            key = "closeness_set" if m.new is not None else "closeness_open"
        else:
            key = "closer" if int(m.new) < int(m.old) else "further"  # type: ignore[call-overload]
        out.append(t(f"analysis_changes.{key}", label=m.item.label, old=m.old, new=m.new))  # type: ignore[union-attr]
    for key, moves in (("category_changed", ch.category_changed), ("origin_changed", ch.origin_changed)):
        for m in moves:
            out.append(
                t(
                    f"analysis_changes.{key}",
                    label=m.item.label,  # type: ignore[union-attr]
                    old=label_or_open(m.old),  # type: ignore[arg-type]
                    new=label_or_open(m.new),  # type: ignore[arg-type]
                )
            )
    for rel in ch.relations_added:
        a, b = _node_label(new, old, rel.source), _node_label(new, old, rel.target)
        out.append(t("analysis_changes.relation_added", a=a, b=b))
    for rel in ch.relations_removed:
        a, b = _node_label(old, new, rel.source), _node_label(old, new, rel.target)
        out.append(t("analysis_changes.relation_removed", a=a, b=b))
    for m in ch.strength_changed:
        changed = m.item
        assert isinstance(changed, Relation)
        a, b = _node_label(new, old, changed.source), _node_label(new, old, changed.target)
        out.append(
            t("analysis_changes.relation_strength", a=a, b=b, old=label(m.old), new=label(m.new))  # type: ignore[arg-type]
        )
    out += [t("analysis_changes.will_added", text=w.text) for w in ch.wills_added]
    out += [t("analysis_changes.goal_added", text=g.text) for g in ch.goals_added]
    out += [t("analysis_changes.step_added", text=s.text) for s in ch.steps_added]
    out += [t("analysis_changes.step_done", text=s.text) for s in ch.steps_done]
    out += [t("analysis_changes.goal_reached", text=g.text) for g in ch.goals_reached]
    for m in ch.confidence_changed:
        text = m.item.text  # type: ignore[union-attr]
        if m.old is None:
            out.append(t("analysis_changes.confidence_first", text=text, new=m.new))
        else:
            out.append(t("analysis_changes.confidence_changed", text=text, old=m.old, new=m.new))
    out += [t("analysis_changes.referral_added", institution=r.institution) for r in ch.referrals_added]
    return out
