"""Changes between two revisions of a case, in plain German."""

from __future__ import annotations

from beratungskit.analysis.changes import changes_heading, compare, describe_changes
from beratungskit.demo import demo_case
from beratungskit.model import ELB_ID, Category, GoalStatus, Origin, StepStatus, Strength


def test_no_change_says_so() -> None:
    changes = compare(demo_case(), demo_case())
    assert not changes
    assert describe_changes(changes) == []


def test_every_kind_of_change_is_found_and_described() -> None:
    old = demo_case()
    new = old.model_copy(deep=True)
    bike = new.add_resource("Lastenrad", category=Category.MATERIELL)
    new.connect(ELB_ID, bike.id)
    new.remove_resource("r4")  # Polnisch und Deutsch
    new.update_resource("r8", closeness=1, category=Category.INFRASTRUKTURELL, origin=Origin.LEBENSUMFELD)
    new.update("relations", "v1", strength=Strength.SCHWACH)
    new.update("steps", "s2", status=StepStatus.ERLEDIGT)
    new.update("goals", "z1", status=GoalStatus.ERREICHT, confidence=9)
    ch = compare(old, new)
    assert [r.label for r in ch.resources_added] == ["Lastenrad"]
    assert [r.label for r in ch.resources_removed] == ["Ich spreche Polnisch und Deutsch"]
    assert [(m.old, m.new) for m in ch.closeness_changed] == [(3, 1)]
    assert len(ch.category_changed) == 1 and len(ch.origin_changed) == 1
    assert len(ch.relations_added) == 1 and len(ch.relations_removed) == 1  # r4's line went with it
    assert [s.id for s in ch.steps_done] == ["s2"]
    assert [g.id for g in ch.goals_reached] == ["z1"]
    assert [(m.old, m.new) for m in ch.confidence_changed] == [(6, 9)]
    text = describe_changes(ch)
    assert "Neu auf der Karte: Lastenrad." in text
    assert "Schwimmverein Grone ist näher gerückt (Ring 3 → 1)." in text
    assert (
        "So sicher bei „Bis zum Frühjahr eine Stelle im Verkauf einer Bäckerei in der Frühschicht "
        "haben.“: jetzt 9 von 10, vorher 6." in text
    )
    assert any(line.startswith("Neue Verbindung: Sie – Lastenrad") for line in text)
    assert any(line.startswith("Ziel erreicht:") for line in text)


def test_a_step_already_done_is_not_reported_again() -> None:
    old = demo_case()
    old.update("steps", "s1", status=StepStatus.ERLEDIGT)
    new = old.model_copy(deep=True)
    assert compare(old, new).steps_done == []


def test_heading_names_the_date_of_the_older_revision() -> None:
    assert changes_heading(demo_case()).startswith("Was hat sich seit dem ")
