"""Rules of the case model: every change is checked, refused changes leave no trace, German messages."""

from __future__ import annotations

import typing
from collections.abc import Callable
from datetime import date, datetime, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from pydantic import BaseModel, ValidationError

from beratungskit.demo import demo_case
from beratungskit.model import (
    ELB_ID,
    Case,
    CaseError,
    Category,
    ItemKind,
    LogAction,
    LogEntry,
    Origin,
    ReferralTopic,
    Resource,
    Strength,
    german_errors,
    visible,
)
from tests.strategies import cases


@pytest.fixture
def case() -> Case:
    """Small case: two resources, a wish, a will, a goal with a step, a team idea."""
    c = Case.new(alias="Test", key="test")
    r1 = c.add_resource("Fahrrad")
    r2 = c.add_resource("Jana", category=Category.SOZIAL, is_person=True, role="Schwester")
    c.connect(ELB_ID, r1.id)
    c.connect(r1.id, r2.id)
    wish = c.add_wish("Ein eigenes Café.")
    will = c.promote_wish(wish.id, "Ich will in einer Bäckerei arbeiten.")
    goal = c.add_goal(will.id, "Stelle in einer Bäckerei", resource_ids=[r1.id, r2.id])
    c.add_step(goal.id, "Bäckereien abfahren", resource_ids=[r1.id])
    c.add_team_idea("Vielleicht den Stadtteilladen fragen?", goal_id=goal.id)
    return c


# --- the only required field ------------------------------------------------------------------------


def test_a_resource_needs_only_a_label() -> None:
    c = Case.new(alias="Neu", key="neu")
    res = c.add_resource("Geduld")
    # Nothing is recorded that nobody chose: origin, closeness and "who named it" stay open.
    assert (res.id, res.label, res.category, res.origin, res.closeness, res.named_by) == (
        "r1",
        "Geduld",
        Category.PERSOENLICH,
        None,
        None,
        None,
    )
    assert res.ring == 2  # the map still places it, in the middle ring
    with pytest.raises(ValidationError):
        Resource(id="r1")  # type: ignore[call-arg]


def test_smallest_case_is_key_and_alias() -> None:
    c = Case.model_validate({"key": "k", "alias": "A"})
    assert c.resources == () and c.revision == 0 and list(c.problems()) == []


def test_label_is_stripped_and_blank_is_refused() -> None:
    c = Case.new(alias="A", key="a")
    assert c.add_resource("  Fahrrad  ").label == "Fahrrad"
    with pytest.raises(CaseError, match="leer geht nicht"):
        c.add_resource("   ")


# --- refused changes ---------------------------------------------------------------------------------

REFUSED: dict[str, tuple[Callable[[Case], Any], str]] = {
    "duplicate_id": (lambda c: c.add_resource("Doppelt", id="r1"), "mehrfach"),
    "reserved_id": (lambda c: c.add_resource("Ich", id=ELB_ID), "reserviert"),
    "endpoint_missing": (lambda c: c.connect(ELB_ID, "r99"), "r99"),
    "self_relation": (lambda c: c.connect("r1", "r1"), "zwei verschiedene Enden"),
    "relation_twice": (lambda c: c.connect("r1", ELB_ID), "schon eine Verbindung"),
    "relation_twice_reversed": (lambda c: c.connect("r2", "r1"), "schon eine Verbindung"),
    "goal_without_will": (lambda c: c.add_goal("w9", "Ziel"), "w9"),
    "step_without_goal": (lambda c: c.add_step("z9", "Schritt"), "z9"),
    "goal_resource_missing": (lambda c: c.add_goal("w1", "Ziel", resource_ids=["r7"]), "r7"),
    "step_resource_missing": (lambda c: c.add_step("z1", "Schritt", resource_ids=["r8"]), "r8"),
    "will_wish_missing": (lambda c: c.add_will("Wille", from_wish="wu9"), "wu9"),
    "idea_goal_missing": (lambda c: c.add_team_idea("Idee", goal_id="z5"), "z5"),
    "bad_category": (lambda c: c.add_resource("X", category="gefaehrlich"), "nicht erlaubt"),
    "bad_strength": (lambda c: c.connect(ELB_ID, "r2", strength="riesig"), "nicht erlaubt"),
    "closeness_range": (lambda c: c.add_resource("X", closeness=4), "höchstens 3"),
    "confidence_range": (lambda c: c.add_goal("w1", "Ziel", confidence=11), "höchstens 10"),
    "confidence_negative": (lambda c: c.add_goal("w1", "Ziel", confidence=-1), "mindestens 0"),
    "label_too_long": (lambda c: c.add_resource("x" * 81), "höchstens 80"),
    "role_too_long": (lambda c: c.add_resource("X", role="r" * 41), "höchstens 40"),
    "note_too_long": (lambda c: c.add_resource("X", note="n" * 1001), "höchstens 1000"),
    "goal_text_too_long": (lambda c: c.add_goal("w1", "z" * 301), "höchstens 300"),
    "will_text_empty": (lambda c: c.add_will(""), "leer geht nicht"),
    "unknown_field": (lambda c: c.add_resource("X", diagnose="irgendwas"), "diagnose"),
    "update_unknown_field": (lambda c: c.update_resource("r1", risiko=3), "risiko"),
    "update_breaks_rule": (lambda c: c.update("steps", "s1", goal_id="z9"), "z9"),
    "change_id": (lambda c: c.update_resource("r1", id="r5"), "id"),
    "missing_item": (lambda c: c.update_resource("r42", label="X"), "r42"),
    "remove_missing": (lambda c: c.remove_resource("r42"), "r42"),
    "bad_date": (lambda c: c.add_step("z1", "S", due="morgen"), "Datum"),
    "bad_referral_topic": (lambda c: c.add_referral("Stelle", "diagnose"), "nicht erlaubt"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_change_raises_german_error_and_leaves_no_trace(case: Case, name: str) -> None:
    change, words = REFUSED[name]
    before = case.model_dump()
    with pytest.raises(CaseError) as info:
        change(case)
    assert words in str(info.value)
    assert case.model_dump() == before  # items, log and updated_at all as they were


def test_text_bounds_accept_the_maximum(case: Case) -> None:
    assert len(case.add_resource("x" * 80).label) == 80
    assert case.add_goal("w1", "z" * 300, confidence=10).confidence == 10
    assert case.add_goal("w1", "y", confidence=0).confidence == 0


def test_enum_values_may_be_given_as_their_stored_text(case: Case) -> None:
    res = case.add_resource("Nachbarschaftsverein", category="sozial", origin="sozialraum")
    assert res.category is Category.SOZIAL and res.origin is Origin.SOZIALRAUM


def test_invalid_file_data_is_refused_when_validating_a_whole_case(case: Case) -> None:
    data = case.model_dump()
    data["relations"] = [*data["relations"], {"id": "v9", "source": "r1", "target": "r1"}]
    with pytest.raises(ValidationError):
        Case.model_validate(data)


@settings(max_examples=30, deadline=None)
@given(c=cases())
def test_random_cases_hold_every_rule_and_refuse_a_dangling_link(c: Case) -> None:
    assert list(c.problems()) == []
    before = c.model_dump()
    with pytest.raises(CaseError):
        c.connect(ELB_ID, "gibt-es-nicht")
    with pytest.raises(CaseError):
        c.add_step("gibt-es-nicht", "Schritt")
    assert c.model_dump() == before


# --- removal cascades --------------------------------------------------------------------------------


def test_removing_a_resource_removes_its_relations_and_references(case: Case) -> None:
    case.remove_resource("r1")
    assert [r.id for r in case.resources] == ["r2"]
    assert case.relations == ()
    assert case.goal("z1").resource_ids == ("r2",)
    assert case.steps[0].resource_ids == ()
    assert list(case.problems()) == []


def test_removing_a_goal_removes_its_steps_and_frees_team_ideas(case: Case) -> None:
    case.remove("goals", "z1")
    assert case.goals == () and case.steps == ()
    assert case.team_ideas[0].goal_id is None


def test_removing_a_will_removes_its_goals_and_their_steps(case: Case) -> None:
    case.remove("wills", "w1")
    assert case.wills == () and case.goals == () and case.steps == ()
    assert case.team_ideas[0].goal_id is None  # the idea stays, without its goal


def test_removing_a_wish_keeps_the_will_that_came_from_it(case: Case) -> None:
    case.remove("wishes", "wu1")
    assert case.wills[0].from_wish is None and case.wills[0].text.startswith("Ich will")


# --- the documentation log -----------------------------------------------------------------------------


def test_every_recorded_change_is_logged(case: Case) -> None:
    n = len(case.log)
    res = case.add_resource("Bibliothek")
    case.update_resource(res.id, note="Hat PCs.")
    case.remove_resource(res.id)
    assert [(e.action, e.kind, e.item_id) for e in case.log[n:]] == [
        (LogAction.ADDED, ItemKind.RESOURCE, res.id),
        (LogAction.CHANGED, ItemKind.RESOURCE, res.id),
        (LogAction.REMOVED, ItemKind.RESOURCE, res.id),
    ]
    assert case.log[n].summary == "Bibliothek"
    assert "Ressource festgehalten: Bibliothek" in case.log[n].describe()


def test_new_case_log_starts_with_the_case(case: Case) -> None:
    assert (case.log[0].action, case.log[0].kind, case.log[0].item_id) == (
        LogAction.ADDED,
        ItemKind.CASE,
        "test",
    )


def test_moving_a_node_is_layout_not_a_logged_fact(case: Case) -> None:
    n = len(case.log)
    moved = case.move_resource("r1", 12.345, -7.89)
    assert (moved.x, moved.y) == (12.3, -7.9)
    assert len(case.log) == n


def test_unchanged_update_is_not_logged(case: Case) -> None:
    n = len(case.log)
    case.update_resource("r1", label="Fahrrad")
    assert len(case.log) == n


def test_refused_change_writes_no_log_entry(case: Case) -> None:
    n = len(case.log)
    with pytest.raises(CaseError):
        case.connect("r1", "r1")
    assert len(case.log) == n


# --- small behaviours ---------------------------------------------------------------------------------


def test_ids_are_readable_and_never_reused_while_taken(case: Case) -> None:
    assert case.next_id("resources") == "r3"
    case.remove_resource("r1")
    assert case.add_resource("Neu").id == "r3"
    assert case.next_id("referrals") == "vw1"


def test_blank_optional_text_means_no_note(case: Case) -> None:
    assert case.add_resource("X", note="   ", role="").note is None


def test_referral_records_institution_and_topic_only(case: Case) -> None:
    ref = case.add_referral("Suchtberatung (Beispiel)", ReferralTopic.SUCHT, on=date(2026, 1, 2))
    assert set(ref.model_dump()) == {"id", "institution", "institution_kind", "topic", "on"}


def test_strength_and_direction_defaults(case: Case) -> None:
    rel = case.connect(ELB_ID, "r2")
    assert rel.strength is Strength.MITTEL


def test_key_must_be_a_plain_name() -> None:
    for bad in ("../x", "Gross", "a b", "abc\n", ""):
        with pytest.raises(ValidationError):
            Case(key=bad, alias="A")


def test_changing_area_or_ring_frees_the_saved_position() -> None:
    case = Case.new("Test", key="ort")
    res = case.add_resource("Fahrrad", category=Category.MATERIELL, x=10, y=20)
    case.update_resource(res.id, note="gehört mir")
    assert (case.resource(res.id).x, case.resource(res.id).y) == (10, 20)  # other fields keep it
    case.update_resource(res.id, closeness=3)
    assert (case.resource(res.id).x, case.resource(res.id).y) == (None, None)
    case.update_resource(res.id, category=Category.PERSOENLICH, x=5, y=6)  # explicit position wins
    assert (case.resource(res.id).x, case.resource(res.id).y) == (5, 6)


def test_place_resources_sets_positions_without_logging() -> None:
    case = Case.new("Test", key="platz")
    a, b = case.add_resource("A"), case.add_resource("B")
    entries = len(case.log)
    case.place_resources({a.id: (1.04, 2.0), b.id: (3.0, 4.0)})
    assert [(r.x, r.y) for r in case.resources] == [(1.0, 2.0), (3.0, 4.0)]
    assert len(case.log) == entries
    with pytest.raises(CaseError):
        case.place_resources({"r99": (0.0, 0.0)})


def test_next_review_is_logged() -> None:
    case = Case.new("Test", key="termin")
    case.set_next_review(date(2027, 5, 20))
    assert case.next_review == date(2027, 5, 20)
    assert case.log[-1].describe().endswith("Fall geändert: nächstes Gespräch am 20.05.2027")
    entries = len(case.log)
    case.set_next_review(date(2027, 5, 20))  # unchanged: nothing to log
    assert len(case.log) == entries


# --- issue 11: the IFK's note, confidence per conversation day, the review date ---------------------


def test_ifk_note_is_the_ifks_own_logged_and_emptied_to_none() -> None:
    case = Case.new(alias="Neu", key="neu")
    case.set_ifk_note("  Termin mit Unterlagen vereinbart.  ")
    assert case.ifk_note == "Termin mit Unterlagen vereinbart."
    assert case.log[-1].summary == "Notiz der Fachkraft" and case.log[-1].action.value == "added"
    case.set_ifk_note("Termin verschoben.")
    assert case.log[-1].action.value == "changed"
    n = len(case.log)
    case.set_ifk_note("Termin verschoben.")  # unchanged: nothing logged
    assert len(case.log) == n
    case.set_ifk_note("   ")
    assert case.ifk_note is None and case.log[-1].action.value == "removed"
    with pytest.raises(CaseError, match="2000"):
        case.set_ifk_note("x" * 2001)


def test_confidence_keeps_one_mark_per_day(monkeypatch: pytest.MonkeyPatch) -> None:
    import beratungskit.model.case as case_module

    clock = {"now": datetime(2026, 5, 4, 9, tzinfo=timezone.utc)}
    monkeypatch.setattr(case_module, "now", lambda: clock["now"])
    case = Case.new(alias="Neu", key="neu")
    will = case.add_will("Ich will arbeiten.")
    goal = case.add_goal(will.id, "Eine Stelle", confidence=3)
    goal = case.update("goals", goal.id, confidence=4)  # same day: replaces the mark
    assert [(m.on, m.value) for m in goal.confidence_history] == [(date(2026, 5, 4), 4)]
    clock["now"] = datetime(2026, 11, 2, 9, tzinfo=timezone.utc)
    goal = case.update("goals", goal.id, text="Eine Stelle im Lager")  # no new value: no new mark
    assert len(goal.confidence_history) == 1
    goal = case.update("goals", goal.id, confidence=6)
    assert [(m.on, m.value) for m in goal.confidence_history] == [
        (date(2026, 5, 4), 4),
        (date(2026, 11, 2), 6),
    ]


def test_a_confidence_mark_keeps_the_days_question_and_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Trial of issue 11, point 1: the history kept only numbers, so a review could not show what the
    eLb said last time. Each day's mark keeps the question and the answer of that day; a review day
    writes its own mark and leaves the earlier one's answer as it was."""
    import beratungskit.model.case as case_module

    clock = {"now": datetime(2026, 5, 4, 9, tzinfo=timezone.utc)}
    monkeypatch.setattr(case_module, "now", lambda: clock["now"])
    case = Case.new(alias="Neu", key="neu")
    will = case.add_will("Ich will arbeiten.")
    goal = case.add_goal(will.id, "Eine Stelle", confidence=4)
    goal = case.update(
        "goals",
        goal.id,
        confidence_question="Warum 4 und nicht 2?",
        confidence_next="Ich kenne eine Tischlerei.",
    )  # the same day, the same number: the answer joins the day's mark
    first = (date(2026, 5, 4), 4, "Warum 4 und nicht 2?", "Ich kenne eine Tischlerei.")
    assert [(m.on, m.value, m.question, m.answer) for m in goal.confidence_history] == [first]
    clock["now"] = datetime(2026, 11, 2, 9, tzinfo=timezone.utc)
    goal = case.update(
        "goals",
        goal.id,
        confidence=6,
        confidence_question="Beim letzten Mal 4, heute 6 – was hat dazu beigetragen?",
        confidence_next="Das Praktikum.",
    )
    marks = [(m.on, m.value, m.question, m.answer) for m in goal.confidence_history]
    assert marks == [first, (date(2026, 11, 2), 6, goal.confidence_question, "Das Praktikum.")]


def test_review_due_is_chosen_date_else_six_months_after_the_plan() -> None:
    case = Case.new(alias="Neu", key="neu")
    assert case.review_due(date(2026, 3, 10)) == date(2026, 9, 10)  # no plan yet: counted from today
    case.plan_made(date(2026, 3, 10))
    assert case.plan_on == date(2026, 3, 10) and "vereinbart" in case.log[-1].summary
    case.plan_made(date(2026, 4, 1))  # a reprint before the review: the same agreement
    assert case.plan_on == date(2026, 3, 10)
    assert case.review_due(date(2026, 4, 1)) == date(2026, 9, 10)
    case.plan_made(date(2026, 9, 10))  # made again at the review: a new agreement
    assert case.plan_on == date(2026, 9, 10)
    case.set_next_review(date(2026, 12, 1))
    assert case.review_due() == date(2026, 12, 1)


# --- text that no export can carry (issue 9) ----------------------------------------------------------


def _accepts_text(annotation: object) -> bool:
    """True for a field that takes free text (str, Annotated[str, …], str | None …), not an enum."""
    if annotation is str:
        return True
    if isinstance(annotation, type):
        return False
    return any(_accepts_text(arg) for arg in typing.get_args(annotation))


def _models() -> list[type[BaseModel]]:
    from beratungskit.model.case import _COLLECTIONS

    return [Case, LogEntry, *(cls for cls, _kind in _COLLECTIONS.values())]


def _base_data(cls: type[BaseModel]) -> dict[str, object]:
    """A valid instance of ``cls`` as data: from the demo case, else its required text fields."""
    demo = demo_case()
    if cls is Case:
        return demo.model_dump(mode="json")
    for name in type(demo).model_fields:
        items = getattr(demo, name)
        if isinstance(items, tuple) and items and isinstance(items[0], cls):
            return items[0].model_dump(mode="json")
    return {
        name: "a1"
        for name, field in cls.model_fields.items()
        if field.is_required() and _accepts_text(field.annotation)
    }


TEXT_FIELDS = [
    (cls, name)
    for cls in _models()
    for name, field in cls.model_fields.items()
    if _accepts_text(field.annotation)
]


def test_every_model_has_its_text_fields_checked() -> None:
    names = {f"{cls.__name__}.{name}" for cls, name in TEXT_FIELDS}
    # the scan finds the fields (a sample): so the test below covers every one of them
    assert {"Case.alias", "Resource.label", "Resource.note", "Step.helper", "LogEntry.summary"} <= names
    assert len(TEXT_FIELDS) > 30


@pytest.mark.parametrize(("cls", "name"), TEXT_FIELDS, ids=lambda v: getattr(v, "__name__", v))
@pytest.mark.parametrize("char", ["\x00", "\x01", "\x0b", "\x1b", "\x7f", "\x85", "\ud800", "\uffff"])
def test_every_text_field_refuses_control_characters(cls: type[BaseModel], name: str, char: str) -> None:
    """Defect 3: NUL and other control characters were accepted; GraphML and the SVG map then broke."""
    data = _base_data(cls)
    cls.model_validate(data)  # the base is valid
    bad = f"ab{char}c"
    is_list = typing.get_origin(cls.model_fields[name].annotation) is tuple
    data[name] = [bad] if is_list else bad
    with pytest.raises(ValidationError) as info:
        cls.model_validate(data)
    messages = german_errors(info.value)
    # a free text names the character; an id (its own, stricter pattern) says what an id may hold
    assert any(m.startswith(name) and ("Stelle" in m or "ennung" in m) for m in messages), messages
    for message in messages:
        message.encode("utf-8")  # the message itself is printable: the character is shown escaped
        assert visible(message) == message


def test_tab_and_newline_are_text_a_carriage_return_is_not() -> None:
    case = Case.new(alias="Tab\tund Zeile")
    res = case.add_resource("Fahrrad", note="eins\nzwei\tdrei „vier“ 😀 عربي\u00a0fünf\u200b")
    assert res.note == "eins\nzwei\tdrei „vier“ 😀 عربي\u00a0fünf\u200b"
    assert case.alias == "Tab\tund Zeile"
    with pytest.raises(CaseError, match=r"Steuerzeichen \(\\r\)"):
        case.add_resource("Fahrrad", note="Windows\r\nZeile")


def test_a_control_character_typed_in_the_app_gets_a_message_naming_the_form_field() -> None:
    case = Case.new(alias="A")
    before = case.model_dump()
    with pytest.raises(CaseError) as info:
        case.add_resource("Fahr\x00rad")
    assert str(info.value).startswith("Bezeichnung: ") and "\\x00" in str(info.value)
    assert case.model_dump() == before


def test_alias_error_names_the_field_as_the_form_does() -> None:
    """Defect 10: the alias error said "alias:"."""
    for alias in ("", "x" * 61):
        with pytest.raises(CaseError) as info:
            Case.new(alias=alias)
        assert str(info.value).startswith("Name für den Fall: "), str(info.value)
