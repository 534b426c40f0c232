"""Schema migration with a committed version-1 file (``tests/data/case_v1.json``)."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
from pydantic import ValidationError

from beratungskit.model import CURRENT_SCHEMA_VERSION, Case
from beratungskit.store import (
    HISTORY_DIR,
    CaseFileError,
    CaseStore,
    SchemaVersionError,
    load_case_file,
    migrate,
)

V1 = Path(__file__).parent / "data" / "case_v1.json"


@pytest.fixture
def v1_data() -> dict[str, object]:
    return json.loads(V1.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_fixture_really_is_version_1(v1_data: dict[str, object]) -> None:
    assert v1_data["schema_version"] == 1
    with pytest.raises(ValidationError):
        Case.model_validate(v1_data)  # the current model cannot read it without migration


def test_v1_file_loads_with_every_item(v1_data: dict[str, object]) -> None:
    case = load_case_file(V1)
    assert case.schema_version == CURRENT_SCHEMA_VERSION == 5
    assert case.key == "alt-fall" and case.alias == "Löwenzahn" and case.revision == 3
    assert case.goals[0].confidence == 7  # was "zuversicht"
    assert case.goals[0].confidence_next is None
    assert case.wishes == () and case.team_ideas == ()
    assert [r.label for r in case.resources] == [r["label"] for r in v1_data["resources"]]  # type: ignore[union-attr, index]
    assert len(case.relations) == 3 and case.steps[0].goal_id == "z1"
    assert case.problems is not None and list(case.problems()) == []


def test_migrate_does_not_change_its_input(v1_data: dict[str, object]) -> None:
    original = copy.deepcopy(v1_data)
    migrated = migrate(v1_data)
    assert v1_data == original
    assert migrated["schema_version"] == CURRENT_SCHEMA_VERSION
    assert "zuversicht" not in json.dumps(migrated)


def test_v3_file_gets_german_as_the_elbs_language(demo_case: Case) -> None:
    data = json.loads(demo_case.model_dump_json())
    data["schema_version"] = 3
    del data["language"]
    case = Case.model_validate(migrate(data))
    assert case.language.value == "de"
    # a version-3 "false" was nobody's answer (see the next test): the demo's groups become "noch offen"
    unasked = demo_case.model_copy(
        update={
            "resources": tuple(
                r.model_copy(update={"is_person": None if r.is_person is False else r.is_person})
                for r in demo_case.resources
            )
        }
    )
    assert case.model_dump(exclude={"schema_version"}) == unasked.model_dump(exclude={"schema_version"})


def test_v4_unticked_person_box_becomes_noch_offen(demo_case: Case) -> None:
    """Before version 5 "Das ist eine Person" was a tick hidden in "Mehr dazu": ``false`` was also
    what nobody chose. It becomes ``null`` ("noch offen"), so the conference file still treats an
    unticked "Onkel Mehmet" under Sozial as a person; a tick stays a person."""
    data = json.loads(demo_case.model_dump_json())
    data["schema_version"] = 4
    data["resources"][0]["is_person"] = False
    uncle = dict(data["resources"][0], id="r-onkel", label="Onkel Mehmet", category="sozial", is_person=False)
    data["resources"].append(uncle)
    case = Case.model_validate(migrate(data))
    assert case.resource("r-onkel").is_person is None
    assert case.resources[0].is_person is None
    assert sorted(r.label for r in case.resources if r.is_person) == sorted(
        r.label for r in demo_case.resources if r.is_person
    )
    assert not any(r.is_person is False for r in case.resources)


def test_current_version_passes_unchanged(demo_case: Case) -> None:
    data = json.loads(demo_case.model_dump_json())
    assert migrate(data) is data


@pytest.mark.parametrize(
    ("version", "words"),
    [
        (6, ["neueren Version", "Formatversion 6", "aktualisieren"]),
        (0, ["unbekannt"]),
        ("zwei", ["ganze Zahl"]),
    ],
)
def test_unknown_versions_are_refused_in_german(
    v1_data: dict[str, object], version: object, words: list[str]
) -> None:
    v1_data["schema_version"] = version
    with pytest.raises(SchemaVersionError) as info:
        migrate(v1_data)
    assert all(w in str(info.value) for w in words), str(info.value)


@pytest.mark.parametrize("version", ["\x00", "2\n3", "\u2028" + "9" * 80])
def test_an_odd_version_is_shown_as_one_printable_line(v1_data: dict[str, object], version: str) -> None:
    """Found by the mutated-files property (forty-third round): a NUL or a line break in the version
    reached the German message as it was."""
    v1_data["schema_version"] = version
    with pytest.raises(SchemaVersionError) as info:
        migrate(v1_data)
    message = str(info.value)
    assert "ganze Zahl" in message and message.isprintable(), repr(message)
    assert len(message) < 120, message


def test_missing_version_is_refused(v1_data: dict[str, object]) -> None:
    del v1_data["schema_version"]
    with pytest.raises(SchemaVersionError, match="schema_version"):
        migrate(v1_data)


def test_v1_case_in_store_is_saved_as_current_and_old_file_kept(store_dir: Path) -> None:
    shutil.copy(V1, store_dir / "alt-fall.json")
    store = CaseStore(store_dir)
    assert [s.key for s in store.list()] == ["alt-fall"]
    case = store.load("alt-fall")
    case.add_wish("Eine eigene kleine Werkstatt.")
    store.save(case)
    assert case.revision == 4
    saved = json.loads((store_dir / "alt-fall.json").read_text(encoding="utf-8"))
    assert saved["schema_version"] == CURRENT_SCHEMA_VERSION and saved["goals"][0]["confidence"] == 7
    # the v1 file stays as it was, in the history, and still loads (migrated) for comparison
    assert (store_dir / HISTORY_DIR / "alt-fall" / "000003.json").read_bytes() == V1.read_bytes()
    assert store.revisions("alt-fall") == [3, 4]
    assert store.load_revision("alt-fall", 3).wishes == ()


def test_newer_file_in_store_is_reported_not_overwritten(store_dir: Path, v1_data: dict[str, object]) -> None:
    v1_data["schema_version"] = 9
    path = store_dir / "alt-fall.json"
    path.write_text(json.dumps(v1_data), encoding="utf-8")
    before = path.read_bytes()
    store = CaseStore(store_dir)
    assert "neueren Version" in store.problems()[0].reason
    with pytest.raises(CaseFileError):
        store.save(Case.new(alias="Neu", key="alt-fall"))
    assert path.read_bytes() == before


V2 = Path(__file__).parent / "data" / "case_v2.json"


def test_v2_file_keeps_every_chosen_value_and_starts_the_confidence_history() -> None:
    """A version-2 file (the demo case as version 2 wrote it) loads as version 3: every origin,
    closeness and "who named it" it held stays; the new fields start empty; the stored confidence
    becomes the first mark of the goal's history, on the goal's first day."""
    raw = json.loads(V2.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 2
    case = load_case_file(V2)
    assert case.schema_version == CURRENT_SCHEMA_VERSION and case.language.value == "de"
    assert [(r.origin.value, r.closeness, r.named_by.value) for r in case.resources] == [  # type: ignore[union-attr]
        (r["origin"], r["closeness"], r["named_by"]) for r in raw["resources"]
    ]
    assert case.ifk_note is None and case.plan_on is None
    goal, raw_goal = case.goals[0], raw["goals"][0]
    assert goal.confidence == raw_goal["confidence"] == 6
    assert [(m.on.isoformat(), m.value) for m in goal.confidence_history] == [
        (raw_goal["created_at"][:10], 6)
    ]
    assert goal.confidence_question is None


def test_v4_goal_answer_joins_its_newest_mark(demo_case: Case) -> None:
    """Version 4 kept only numbers in the history: the goal's stored question and answer belong to
    the stored number, so they join the newest mark when it holds that number, and only then."""
    data = json.loads(demo_case.model_dump_json())
    data["schema_version"] = 4
    goal = data["goals"][0]
    goal.update(
        confidence=5, confidence_question="Warum 5 und nicht 3?", confidence_next="Meine Schwester hilft."
    )
    goal["confidence_history"] = [{"on": "2026-05-04", "value": 3}, {"on": "2026-09-01", "value": 5}]
    other = dict(goal, id="z-other", confidence=7, confidence_next="Alt.")
    data["goals"].append(other)
    other["confidence_history"] = [{"on": "2026-05-04", "value": 6}]  # another number: not its answer
    case = Case.model_validate(migrate(data))
    first, newest = case.goals[0].confidence_history
    assert (first.answer, newest.question, newest.answer) == (
        None,
        "Warum 5 und nicht 3?",
        "Meine Schwester hilft.",
    )
    assert case.goals[1].confidence_history[0].answer is None
