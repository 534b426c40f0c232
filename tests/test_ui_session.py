"""The session controller: every change saved at once, undo, stale files refused without loss."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest

from beratungskit.demo import demo_case
from beratungskit.model import ELB_ID, Case, CaseError, Category, Language, ReferralTopic, StepStatus
from beratungskit.store import CaseStore, StaleRevisionError
from beratungskit.ui.session import UNDO_DEPTH, Session


def on_disk(store: CaseStore, key: str) -> dict:
    return json.loads(store.path_for(key).read_text(encoding="utf-8"))


def test_apply_saves_at_once_and_notifies(session: Session, store: CaseStore) -> None:
    seen: list[int] = []
    session.subscribe(lambda s: seen.append(s.case.revision))
    res = session.apply(lambda case: case.add_resource("Fahrrad", category=Category.MATERIELL))
    data = on_disk(store, "sonne")
    assert [r["label"] for r in data["resources"]] == ["Fahrrad"]
    assert data["revision"] == session.case.revision == 2
    assert seen == [2]
    assert res.label == "Fahrrad"


def test_rule_violation_leaves_case_and_file_alone(session: Session, store: CaseStore) -> None:
    session.apply(lambda case: case.add_resource("Fahrrad"))
    before_file = store.path_for("sonne").read_bytes()
    before_case = session.case.model_dump()
    with pytest.raises(CaseError, match="leer"):
        session.apply(lambda case: case.add_resource("   "))
    assert session.case.model_dump() == before_case
    assert store.path_for("sonne").read_bytes() == before_file
    assert session.can_undo  # the good change can still be undone


def test_stale_revision_restores_memory_and_reraises(session: Session, store: CaseStore) -> None:
    session.apply(lambda case: case.add_resource("Fahrrad"))
    # Someone else saves the same case in between (another tab, another PC on the same folder).
    other = store.load("sonne")
    other.add_resource("Nachbarin")
    store.save(other)
    before = session.case.model_dump()
    with pytest.raises(StaleRevisionError):
        session.apply(lambda case: case.add_resource("Kita"))
    assert session.case.model_dump() == before
    assert [r["label"] for r in on_disk(store, "sonne")["resources"]] == ["Fahrrad", "Nachbarin"]
    session.reload()
    assert [r.label for r in session.case.resources] == ["Fahrrad", "Nachbarin"]
    session.apply(lambda case: case.add_resource("Kita"))
    assert [r["label"] for r in on_disk(store, "sonne")["resources"]] == ["Fahrrad", "Nachbarin", "Kita"]


def test_the_map_keeps_area_ring_and_order_when_one_is_added(session: Session, store: CaseStore) -> None:
    """Positions come from the case (area, ring, order), so nothing is pinned into the file."""
    import math

    from beratungskit.analysis.layout import layout

    for label in ("Fahrrad", "Schwester", "Bus"):
        session.apply(lambda case, label=label: case.add_resource(label))
    shown = layout(session.case)
    session.apply(lambda case: case.add_resource("Kita"))  # same area and ring as the others
    after = layout(session.case)
    ids = [r.id for r in session.case.resources[:3]]

    def order(pos: dict[str, tuple[float, float]]) -> list[str]:
        return sorted(ids, key=lambda rid: math.atan2(pos[rid][1], pos[rid][0]) % (2 * math.pi))

    assert order(after) == order(shown)
    assert all(r["x"] is None for r in on_disk(store, "sonne")["resources"])


def test_new_ring_frees_the_order_hint(session: Session) -> None:
    bike = session.apply(lambda case: case.add_resource("Fahrrad", closeness=1))
    session.apply(lambda case: case.move_resource(bike.id, 40.0, -80.0))
    assert session.case.resource(bike.id).x == 40.0
    session.apply(lambda case: case.update_resource(bike.id, closeness=3))
    far = session.case.resource(bike.id)
    assert far.x is None and far.closeness == 3  # the layout places it anew, in the outer ring


def test_undo_is_saved_as_a_new_revision(session: Session, store: CaseStore) -> None:
    bike = session.apply(lambda case: case.add_resource("Fahrrad"))
    session.apply(lambda case: case.connect(ELB_ID, bike.id))
    session.apply(lambda case: case.move_resource(bike.id, 10, 20))
    assert on_disk(store, "sonne")["resources"][0]["x"] == 10
    assert session.undo()
    assert on_disk(store, "sonne")["resources"][0]["x"] is None
    assert session.undo()
    assert on_disk(store, "sonne")["relations"] == []
    assert session.undo()
    data = on_disk(store, "sonne")
    assert data["resources"] == []
    assert data["revision"] == 7  # 1 created, 3 changes, 3 undos: nothing is overwritten in place
    assert not session.undo()
    assert 4 in store.revisions("sonne")


def test_undo_keeps_only_the_last_changes(session: Session) -> None:
    for n in range(UNDO_DEPTH + 5):
        session.apply(lambda case, n=n: case.add_resource(f"Ding {n}"))
    undone = 0
    while session.undo():
        undone += 1
    assert undone == UNDO_DEPTH
    assert len(session.case.resources) == 5


def _added(session: Session, label: str) -> None:
    session.apply(lambda case: case.add_resource(label), what=lambda _r: f"„{label}“ hinzugefügt")


def _labels(store: CaseStore) -> list[str]:
    return [r["label"] for r in on_disk(store, "sonne")["resources"]]


def test_several_steps_back_and_forward_again_each_saying_what_and_each_saved(
    session: Session, store: CaseStore
) -> None:
    """New-user trial (session 16): counsellor and client step back several edits and forward again;
    each step says what it takes back, and each is a saved revision with the one before in the
    history, like any edit."""
    for label in ("Fahrrad", "Jana", "Buslinie 11"):
        _added(session, label)
    assert session.undo_text == "„Buslinie 11“ hinzugefügt" and not session.can_redo
    said: list[str] = []
    assert session.undo(saved=said.append) and session.undo(saved=said.append)
    assert said == ["„Buslinie 11“ hinzugefügt", "„Jana“ hinzugefügt"]
    assert _labels(store) == ["Fahrrad"]
    assert session.undo_text == "„Fahrrad“ hinzugefügt"
    assert session.redo_text == "„Jana“ hinzugefügt"
    assert session.redo(saved=said.append)
    assert said[-1] == "„Jana“ hinzugefügt" and _labels(store) == ["Fahrrad", "Jana"]
    assert session.redo_text == "„Buslinie 11“ hinzugefügt" and session.undo_text == "„Jana“ hinzugefügt"
    assert session.redo() and not session.redo() and not session.can_redo
    assert _labels(store) == ["Fahrrad", "Jana", "Buslinie 11"]
    # 1 created, 3 changes, 2 undos, 2 redos: eight revisions, every earlier one kept as it was
    assert on_disk(store, "sonne")["revision"] == 8
    assert store.revisions("sonne") == list(range(1, 9))
    kept = [[r.label for r in store.load_revision("sonne", n).resources] for n in range(1, 9)]
    assert kept == [
        [],
        ["Fahrrad"],
        ["Fahrrad", "Jana"],
        ["Fahrrad", "Jana", "Buslinie 11"],
        ["Fahrrad", "Jana"],
        ["Fahrrad"],
        ["Fahrrad", "Jana"],
        ["Fahrrad", "Jana", "Buslinie 11"],
    ]


def test_a_new_change_after_undo_cannot_be_overwritten_by_redo(session: Session, store: CaseStore) -> None:
    _added(session, "Fahrrad")
    _added(session, "Jana")
    session.undo()
    _added(session, "Nähmaschine")
    assert not session.can_redo and not session.redo() and session.redo_text == ""
    assert _labels(store) == ["Fahrrad", "Nähmaschine"]
    assert session.undo() and session.undo() and _labels(store) == []


def test_redo_refused_when_stale_keeps_state_and_the_newer_file(session: Session, store: CaseStore) -> None:
    """A stale editor (the case saved elsewhere meanwhile) must not overwrite the newer file."""
    _added(session, "Fahrrad")
    session.undo()
    other = store.load("sonne")
    other.add_resource("Nachbarin")
    store.save(other)
    newer = store.path_for("sonne").read_bytes()
    before = session.case.model_dump_json()
    with pytest.raises(StaleRevisionError):
        session.redo()
    assert store.path_for("sonne").read_bytes() == newer  # nothing acknowledged elsewhere is lost
    assert session.case.model_dump_json() == before
    assert session.can_redo and session.redo_text == "„Fahrrad“ hinzugefügt"  # still there for later
    session.reload()
    assert not session.can_undo and not session.can_redo


def test_undo_refused_when_stale_keeps_state(session: Session, store: CaseStore) -> None:
    session.apply(lambda case: case.add_resource("Fahrrad"))
    other = store.load("sonne")
    other.add_resource("Nachbarin")
    store.save(other)
    before = session.case.model_dump_json()
    with pytest.raises(StaleRevisionError):
        session.undo()
    assert [r.label for r in session.case.resources] == ["Fahrrad"]
    assert session.case.model_dump_json() == before  # every field back as it was, revision too
    assert session.can_undo


def test_unsubscribe(session: Session) -> None:
    seen: list[int] = []
    stop = session.subscribe(lambda s: seen.append(1))
    stop()
    session.apply(lambda case: case.add_resource("Fahrrad"))
    assert seen == []


def _every_change(case: Case) -> list[tuple[str, Callable[[Case], object]]]:
    """Every named change of a case (one call each), on the demo case's own items."""
    res, other = case.resources[0].id, case.resources[1].id
    goal = case.goals[0].id
    will = case.wills[0].id
    step = case.steps[0].id
    return [
        ("add_resource", lambda c: c.add_resource("Neu", category=Category.MATERIELL)),
        ("update_resource", lambda c: c.update_resource(res, label="Anders", closeness=3)),
        ("move_resource", lambda c: c.move_resource(res, 12.0, 34.0)),
        ("place_resources", lambda c: c.place_resources({res: (1.0, 2.0), other: (3.0, 4.0)})),
        ("connect", lambda c: c.connect(res, case.resources[-1].id)),
        ("update relation", lambda c: c.update("relations", c.relations[0].id, note="neu")),
        ("add_wish", lambda c: c.add_wish("Ein Garten")),
        ("promote_wish", lambda c: c.promote_wish(c.add_wish("Ruhe").id)),
        ("add_will", lambda c: c.add_will("Ich will Ruhe.")),
        ("add_goal", lambda c: c.add_goal(will, "Ein Ziel", resource_ids=[res], confidence=4)),
        ("update goal", lambda c: c.update("goals", goal, confidence=9, resource_ids=[other])),
        ("add_step", lambda c: c.add_step(goal, "Anrufen", resource_ids=[res])),
        ("update step", lambda c: c.update("steps", step, status=StepStatus.ERLEDIGT, text="Anders")),
        ("add_referral", lambda c: c.add_referral("Beratungsstelle", ReferralTopic.ALLTAG)),
        ("add_team_idea", lambda c: c.add_team_idea("Eine Idee", goal_id=goal)),
        ("set_next_review", lambda c: c.set_next_review(date(2027, 1, 4))),
        ("set_ifk_note", lambda c: c.set_ifk_note("Notiz")),
        ("plan_made", lambda c: c.plan_made(date(2026, 12, 1))),
        ("set_language", lambda c: c.set_language(Language.TR)),
        ("remove_resource", lambda c: c.remove_resource(res)),
        ("remove goal", lambda c: c.remove("goals", goal)),
        ("remove will", lambda c: c.remove("wills", will)),
    ]


def test_no_change_alters_a_value_an_undo_snapshot_shares(store: CaseStore) -> None:
    """Undo keeps the case's field values themselves (no copy): every change must build new lists
    and items and leave the old ones exactly as they were — else undo would bring back the change."""
    session = Session(store, demo_case())
    session.case.add_team_idea("Vorher da", goal_id=session.case.goals[0].id)  # a list every change sees
    store.save(session.case)
    names = [name for name, _ in _every_change(session.case)]
    for name in names:
        change = dict(_every_change(session.case))[name]
        kept = {field: getattr(session.case, field) for field in Case.model_fields}
        before = {field: json.dumps(_plain(value), default=str) for field, value in kept.items()}
        original = session.case.model_dump_json()
        session.apply(change)
        after = {field: json.dumps(_plain(value), default=str) for field, value in kept.items()}
        assert after == before, name
        assert session.case.model_dump_json() != original, f"{name} changed nothing"
        assert session.undo()
        restored = json.loads(session.case.model_dump_json())
        expected = json.loads(original)
        restored.pop("revision"), expected.pop("revision")
        assert restored == expected, name
        assert on_disk(store, session.case.key)["resources"] == expected["resources"], name


def _plain(value: object) -> object:
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value.model_dump(mode="json") if hasattr(value, "model_dump") else value
