"""Step drafts: ordered own → circle → social space → SGB II, first person, never in the case unconfirmed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from beratungskit.analysis.drafts import (
    StepDraft,
    confirm_draft,
    draft_for,
    draft_steps,
    load_phrasings,
    person_reference,
)
from beratungskit.model import Case, CaseError, Category, Origin, Owner, Resource


def _case_with_goal(resources: list[dict[str, object]]) -> tuple[Case, str]:
    case = Case.new(alias="Test", key="test-drafts")
    ids = [case.add_resource(**r).id for r in resources]  # type: ignore[arg-type]
    will = case.add_will("Ich will als Gärtnerin arbeiten.")
    goal = case.add_goal(will.id, "Eine Stelle in einer Gärtnerei finden.", resource_ids=ids)
    return case, goal.id


def test_drafts_are_ordered_by_origin_then_closeness_then_label() -> None:
    # deliberately scrambled: SGB II first, own resources last
    case, goal_id = _case_with_goal(
        [
            {"label": "Coaching im Jobcenter", "origin": Origin.FACHDIENST, "closeness": 1},
            {"label": "Stadtteiltreff", "origin": Origin.SOZIALRAUM, "closeness": 3},
            {"label": "Gemeinschaftsgarten", "origin": Origin.SOZIALRAUM, "closeness": 2},
            {"label": "Tante Ute", "origin": Origin.LEBENSUMFELD, "is_person": True, "role": "Tante"},
            {"label": "Zähigkeit", "origin": Origin.EIGEN, "closeness": 2},
            {"label": "Ausdauer", "origin": Origin.EIGEN, "closeness": 2},
            {"label": "Pflanzenwissen", "origin": Origin.EIGEN, "closeness": 1},
        ]
    )
    drafts = draft_steps(case, goal_id)
    assert [d.origin for d in drafts] == [
        Origin.EIGEN,
        Origin.EIGEN,
        Origin.EIGEN,
        Origin.LEBENSUMFELD,
        Origin.SOZIALRAUM,
        Origin.SOZIALRAUM,
        Origin.FACHDIENST,
    ]
    labels = [case.resource(d.resource_ids[0]).label for d in drafts]
    # within "eigen": closeness 1 before 2, then alphabetical
    assert labels[:3] == ["Pflanzenwissen", "Ausdauer", "Zähigkeit"]
    assert labels[4:6] == ["Gemeinschaftsgarten", "Stadtteiltreff"]


def test_drafting_leaves_the_case_unchanged(demo_case: Case) -> None:
    before = demo_case.model_dump()
    drafts = draft_steps(demo_case, "z1", skip_used=False)
    assert len(drafts) == 5
    assert demo_case.model_dump() == before
    assert all(isinstance(d, StepDraft) for d in drafts)


def test_demo_drafts_skip_resources_already_in_a_step(demo_case: Case) -> None:
    drafts = draft_steps(demo_case, "z1")
    labels = {demo_case.resource(d.resource_ids[0]).label for d in drafts}
    # Tamara, Fahrrad and Kita Sonnenhof already have a step of this goal
    assert labels == {"Ich backe gern und gut", "Früh aufstehen fällt mir leicht"}


def test_person_drafts_use_the_role_not_the_name() -> None:
    jana = Resource(id="r1", label="Jana", is_person=True, role="Schwester", origin=Origin.LEBENSUMFELD)
    text = draft_for(jana, "z1").text
    assert text == "Ich frage meine Schwester, ob …"
    assert "Jana" not in text
    neighbour = Resource(id="r2", label="Herr Ilić", is_person=True, role="Nachbar")
    assert draft_for(neighbour, "z1").text == "Ich frage meinen Nachbarn, ob …"
    no_role = Resource(id="r3", label="Kalle", is_person=True)
    assert draft_for(no_role, "z1").text == "Ich frage Kalle, ob …"
    odd_role = Resource(id="r4", label="X", is_person=True, role="Pate vom Fußball")
    assert person_reference(odd_role) == "meinen Paten vom Fußball"


def test_bus_line_draft_reads_like_the_example() -> None:
    bus = Resource(id="r1", label="Buslinie 11", category=Category.INFRASTRUKTURELL, origin=Origin.SOZIALRAUM)
    assert draft_for(bus, "z1").text == "Ich fahre mit der Buslinie 11 zur …"


@pytest.mark.parametrize("category", list(Category))
@pytest.mark.parametrize("origin", list(Origin))
@pytest.mark.parametrize("is_person", [False, True])
def test_every_draft_is_first_person_and_no_advice(
    category: Category, origin: Origin, is_person: bool
) -> None:
    res = Resource(id="r1", label="Etwas", category=category, origin=origin, is_person=is_person)
    draft = draft_for(res, "z1")
    assert draft.text.startswith("Ich ")
    assert draft.owner is Owner.ELB
    for advice in ("Sie sollten", "sollten", "müssen", "Tipp", "empfehle"):
        assert advice not in draft.text


def test_confirm_keeps_the_draft_wording(demo_case: Case) -> None:
    import dataclasses

    draft = dataclasses.replace(
        draft_steps(demo_case, "z1")[0], text="Ich frage Tamara nach der Frühschicht."
    )
    assert draft.complete
    n_steps, n_log = len(demo_case.steps), len(demo_case.log)
    step = confirm_draft(demo_case, draft, due=date(2027, 1, 15))
    assert step.text == draft.text
    assert step.owner is Owner.ELB
    assert step.resource_ids == list(draft.resource_ids)
    assert step.due == date(2027, 1, 15)
    assert len(demo_case.steps) == n_steps + 1
    assert len(demo_case.log) == n_log + 1  # the eLb is told it was recorded


def test_confirm_with_a_rewrite_replaces_the_text(demo_case: Case) -> None:
    draft = draft_steps(demo_case, "z1")[0]
    step = confirm_draft(demo_case, draft, "Ich backe am Samstag Probe-Brötchen für die Bäckerei Lüders.")
    assert step.text == "Ich backe am Samstag Probe-Brötchen für die Bäckerei Lüders."
    assert demo_case.steps[-1] == step
    assert draft.text not in [s.text for s in demo_case.steps]


def test_an_open_sentence_is_not_kept_as_it_is(demo_case: Case) -> None:
    draft = next(d for d in draft_steps(demo_case, "z1") if not d.complete)
    assert draft.text.endswith("…")
    before = demo_case.model_dump()
    with pytest.raises(CaseError, match="halber Satz"):
        confirm_draft(demo_case, draft)
    assert demo_case.model_dump() == before


def test_confirm_with_another_owner(demo_case: Case) -> None:
    draft = draft_steps(demo_case, "z1")[0]
    step = confirm_draft(
        demo_case, draft, "Meine Schwester fragt im Laden nach.", owner=Owner.UMFELD, helper="Schwester"
    )
    assert (step.owner, step.helper) == (Owner.UMFELD, "Schwester")


def test_an_empty_rewrite_is_refused_and_nothing_is_added(demo_case: Case) -> None:
    draft = draft_steps(demo_case, "z1")[0]
    before = demo_case.model_dump()
    with pytest.raises(CaseError, match="Text"):
        confirm_draft(demo_case, draft, "   ")
    assert demo_case.model_dump() == before


def test_a_draft_for_a_removed_goal_cannot_be_confirmed(demo_case: Case) -> None:
    draft = draft_steps(demo_case, "z1")[0]
    demo_case.remove("goals", "z1")
    with pytest.raises(CaseError):
        confirm_draft(demo_case, draft)
    assert demo_case.steps == []


def test_an_edited_phrasing_file_is_used(tmp_path: Path, demo_case: Case) -> None:
    own = tmp_path / "phr.yaml"
    own.write_text(
        'people:\n  default: "Ich rufe {who} an und frage, ob …"\n'
        "possessive:\n  meine: [Kollegin]\n"
        'default: "Ich probiere {label} aus."\n'
    )
    phrasings = load_phrasings(own)
    drafts = draft_steps(demo_case, "z1", skip_used=False, phrasings=phrasings)
    texts = [d.text for d in drafts]
    assert "Ich probiere Fahrrad aus." in texts
    assert "Ich rufe meine frühere Kollegin aus der Bäckerei an und frage, ob …" in texts


def test_a_broken_phrasing_file_gives_a_german_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text('default: "Ich frage {name}"\n')
    with pytest.raises(ValueError, match="unbekannter Platzhalter"):
        load_phrasings(bad)
    with pytest.raises(ValueError, match="fehlt"):
        load_phrasings(tmp_path / "gibt-es-nicht.yaml")


def test_braces_in_a_label_are_kept_verbatim() -> None:
    res = Resource(id="r1", label="{who} {{x}} </script>")
    assert "{who} {{x}} </script>" in draft_for(res, "z1").text
