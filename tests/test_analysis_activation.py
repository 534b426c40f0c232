"""Activation balance: who owns the steps, the IFK-step question and the SGB-II-only hint."""

from __future__ import annotations

import pytest

from beratungskit.analysis.activation import (
    activation_hints,
    activation_share,
    asks_ifk_question,
    ifk_step_question,
    sgb2_only_goals,
)
from beratungskit.model import Case, GoalStatus, Origin, Owner, StepStatus


@pytest.fixture
def mixed_case() -> Case:
    """Hand-counted: eLb 2 (one done), IFK 3 (+1 discarded), partner 1, circle 1 (+1 discarded)."""
    case = Case.new(alias="Test", key="test-activation")
    will = case.add_will("Ich will Busfahrerin werden.")
    goal = case.add_goal(will.id, "Den Führerschein Klasse D machen.")
    other = case.add_goal(will.id, "Eine Fahrschule finden.")
    plan = [
        (goal.id, Owner.ELB, StepStatus.OFFEN),
        (goal.id, Owner.ELB, StepStatus.ERLEDIGT),
        (goal.id, Owner.IFK, StepStatus.OFFEN),
        (goal.id, Owner.IFK, StepStatus.BEGONNEN),
        (other.id, Owner.IFK, StepStatus.OFFEN),
        (other.id, Owner.IFK, StepStatus.VERWORFEN),
        (other.id, Owner.NETZWERKPARTNER, StepStatus.OFFEN),
        (other.id, Owner.UMFELD, StepStatus.OFFEN),
        (other.id, Owner.UMFELD, StepStatus.VERWORFEN),
    ]
    for n, (goal_id, owner, status) in enumerate(plan, start=1):
        case.add_step(goal_id, f"Schritt {n}", owner=owner, status=status)
    return case


def test_share_counts_per_owner_ignoring_discarded_steps(mixed_case: Case) -> None:
    share = activation_share(mixed_case)
    assert share.counts == {Owner.ELB: 2, Owner.IFK: 3, Owner.NETZWERKPARTNER: 1, Owner.UMFELD: 1}
    assert (share.elb, share.ifk, share.others, share.total) == (2, 3, 2, 7)
    assert share.elb_share == pytest.approx(2 / 7)
    assert share.describe() == "2 von 7 Schritten machen Sie selbst (29 %)."


def test_share_of_one_goal(mixed_case: Case) -> None:
    share = activation_share(mixed_case, "z1")
    assert (share.elb, share.ifk, share.others) == (2, 2, 0)
    assert share.elb_share == 0.5


def test_share_without_steps() -> None:
    share = activation_share(Case.new(alias="Leer", key="leer"))
    assert share.total == 0 and share.elb_share is None
    assert share.describe() == "Noch keine Schritte festgehalten."


def test_demo_case_share(demo_case: Case) -> None:
    share = activation_share(demo_case)
    assert (share.elb, share.ifk, share.total) == (3, 1, 4)
    assert activation_hints(demo_case) == []


def test_hint_when_the_ifk_owns_more_steps_than_the_elb(mixed_case: Case) -> None:
    hints = activation_hints(mixed_case)
    assert len(hints) == 1
    assert "mehr Schritte (3) als Sie selbst (2)" in hints[0]
    assert hints[0].endswith("?")  # a question, not a reproach


def test_no_hint_when_balanced(mixed_case: Case) -> None:
    mixed_case.add_step("z1", "Ich rufe die Fahrschule an.")
    assert activation_share(mixed_case).elb == 3
    assert activation_hints(mixed_case) == []  # 3 eLb vs 3 IFK: not "more"


def test_a_discarded_ifk_step_does_not_tip_the_balance() -> None:
    case = Case.new(alias="Test", key="t2")
    will = case.add_will("Ich will arbeiten.")
    goal = case.add_goal(will.id, "Ein Praktikum.")
    case.add_step(goal.id, "Ich schreibe eine Mail.")
    case.add_step(goal.id, "Jobcenter A", owner=Owner.IFK, status=StepStatus.VERWORFEN)
    case.add_step(goal.id, "Jobcenter B", owner=Owner.IFK, status=StepStatus.VERWORFEN)
    assert activation_hints(case) == []


def test_ifk_step_question() -> None:
    assert ifk_step_question() == "Was davon können Sie selbst tun?"
    assert ifk_step_question("Frau K.") == "Was davon kann Frau K. selbst tun?"
    assert asks_ifk_question(Owner.IFK)
    assert not any(asks_ifk_question(o) for o in Owner if o is not Owner.IFK)


def _sgb2_case() -> tuple[Case, str]:
    case = Case.new(alias="Test", key="t3")
    coaching = case.add_resource("Bewerbungscoaching", origin=Origin.FACHDIENST)
    case.add_resource("Ich kann gut zuhören", origin=Origin.EIGEN)
    case.add_resource("Dilan", origin=Origin.LEBENSUMFELD, is_person=True, role="Cousine")
    will = case.add_will("Ich will in der Pflege arbeiten.")
    goal = case.add_goal(will.id, "Eine Ausbildung in der Pflege beginnen.", resource_ids=[coaching.id])
    return case, goal.id


def test_sgb2_only_goal_gets_a_gentle_hint() -> None:
    case, goal_id = _sgb2_case()
    assert [g.id for g in sgb2_only_goals(case)] == [goal_id]
    hints = activation_hints(case)
    assert len(hints) == 1
    assert "Eine Ausbildung in der Pflege beginnen." in hints[0]
    # examples of own resources are named; people by role, not by name
    assert "„Ich kann gut zuhören“" in hints[0] and "„Cousine“" in hints[0]
    assert "Dilan" not in hints[0]


def test_no_sgb2_hint_when_the_goal_also_uses_an_own_resource() -> None:
    case, goal_id = _sgb2_case()
    case.update("goals", goal_id, resource_ids=["r1", "r2"])
    assert sgb2_only_goals(case) == []
    assert activation_hints(case) == []


def test_no_sgb2_hint_when_a_step_brings_in_an_own_resource() -> None:
    case, goal_id = _sgb2_case()
    case.add_step(goal_id, "Ich frage meine Cousine, wie ihre Ausbildung war.", resource_ids=["r3"])
    assert sgb2_only_goals(case) == []


def test_no_sgb2_hint_when_the_case_has_only_sgb2_resources() -> None:
    case, _goal_id = _sgb2_case()
    case.remove_resource("r2")
    case.remove_resource("r3")
    assert sgb2_only_goals(case) == []


def test_no_sgb2_hint_for_goals_without_resources_or_reached() -> None:
    case, goal_id = _sgb2_case()
    case.add_goal("w1", "Ohne Ressourcen.")
    assert [g.id for g in sgb2_only_goals(case)] == [goal_id]
    case.update("goals", goal_id, status=GoalStatus.ERREICHT)
    assert sgb2_only_goals(case) == []


def test_analysis_does_not_change_the_case(mixed_case: Case) -> None:
    before = mixed_case.model_dump()
    activation_share(mixed_case)
    activation_hints(mixed_case)
    sgb2_only_goals(mixed_case)
    assert mixed_case.model_dump() == before
