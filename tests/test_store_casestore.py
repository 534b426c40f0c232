"""The case store on real files: round trips, revisions, refusals, broken files, keys, history."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from beratungskit.model import Case
from beratungskit.store import (
    ENV_VAR,
    HISTORY_DIR,
    KEEP_RECENT,
    BadKeyError,
    CaseFileError,
    CaseStore,
    StaleRevisionError,
    StoreError,
    default_store_dir,
    load_case_file,
)
from tests.strategies import cases


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` (history included) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- round trip -------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases())
def test_every_saved_case_loads_back_equal(case: Case) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = CaseStore(folder)
        store.save(case)
        loaded = store.load(case.key)
        assert loaded == case
        assert loaded.model_dump() == case.model_dump()
        # and a second save of the loaded case keeps every item
        store.save(loaded)
        again = store.load(case.key)
        assert again.model_dump(exclude={"revision"}) == case.model_dump(exclude={"revision"})
        assert again.revision == 2


def test_file_is_pretty_utf8_json_named_after_the_key(store: CaseStore, demo_case: Case) -> None:
    demo_case.add_resource("Bäckerei „Zur Brezel“")
    store.save(demo_case)
    path = store.folder / f"{demo_case.key}.json"
    raw = path.read_bytes()
    assert "Bäckerei „Zur Brezel“".encode() in raw  # not \u-escaped
    assert raw.startswith(b'{\n  "schema_version": 3')
    assert json.loads(raw.decode("utf-8"))["revision"] == 1
    assert load_case_file(path) == demo_case


# --- revisions --------------------------------------------------------------------------------------


def test_each_save_raises_the_revision_in_case_and_file(store: CaseStore, demo_case: Case) -> None:
    assert demo_case.revision == 0
    for expected in (1, 2, 3):
        store.save(demo_case)
        assert demo_case.revision == expected
        assert store.load(demo_case.key).revision == expected
    assert store.revisions(demo_case.key) == [1, 2, 3]


def test_stale_save_is_refused_and_file_unchanged(store: CaseStore, demo_case: Case) -> None:
    store.save(demo_case)
    window_a = store.load(demo_case.key)
    window_b = CaseStore(store.folder).load(demo_case.key)  # a second window / process
    window_a.add_resource("Gitarre")
    store.save(window_a)
    before = files_in(store.folder)

    window_b.add_resource("Hund Bello")
    with pytest.raises(StaleRevisionError) as info:
        CaseStore(store.folder).save(window_b)
    message = str(info.value)
    assert "Stand 2" in message and "Stand 1" in message and "neu laden" in message
    assert info.value.stored == 2 and info.value.mine == 1
    assert files_in(store.folder) == before
    # the refused window keeps its input and its revision
    assert window_b.revision == 1
    assert "Hund Bello" in [r.label for r in window_b.resources]
    assert "Hund Bello" not in [r.label for r in store.load(demo_case.key).resources]


def test_same_store_object_also_refuses_a_stale_copy(store: CaseStore, demo_case: Case) -> None:
    store.save(demo_case)
    old = store.load(demo_case.key)
    store.save(demo_case)
    with pytest.raises(StaleRevisionError):
        store.save(old)


def test_new_case_is_never_saved_over_an_existing_one(store: CaseStore, demo_case: Case) -> None:
    store.save(demo_case)
    before = files_in(store.folder)
    intruder = Case.new(alias="Andere Person", key=demo_case.key)
    with pytest.raises(StaleRevisionError) as info:
        store.save(intruder)
    assert "gibt es schon" in str(info.value)
    assert files_in(store.folder) == before
    assert intruder.revision == 0


def test_create_refuses_a_taken_key_and_makes_random_keys(store: CaseStore) -> None:
    first = store.create("Amsel", key="amsel")
    assert first.revision == 1 and store.exists("amsel")
    with pytest.raises(StaleRevisionError):
        store.create("Andere Amsel", key="amsel")
    assert store.load("amsel").alias == "Amsel"
    other = store.create("Drossel")
    assert other.key != "amsel" and store.load(other.key).alias == "Drossel"


def test_saving_a_case_whose_file_was_deleted_is_refused(store: CaseStore, demo_case: Case) -> None:
    store.save(demo_case)
    (store.folder / f"{demo_case.key}.json").unlink()
    with pytest.raises(StaleRevisionError) as info:
        store.save(demo_case)
    assert "gibt es nicht mehr" in str(info.value)
    assert not store.exists(demo_case.key)


def test_new_case_under_a_deleted_key_does_not_mix_histories(store: CaseStore) -> None:
    case = store.create("Erster", key="wieder")
    store.save(case)
    store.save(case)
    (store.folder / "wieder.json").unlink()
    fresh = store.create("Zweiter", key="wieder")
    assert store.revisions("wieder") == [1]
    assert store.load_revision("wieder", 1).alias == "Zweiter"
    kept = [p for p in (store.folder / HISTORY_DIR).iterdir() if p.name.startswith("wieder~")]
    assert len(kept) == 1 and len(list(kept[0].iterdir())) == 2  # the old history is not lost
    assert fresh.revision == 1


# --- list ---------------------------------------------------------------------------------------------


def test_list_shows_readable_cases_newest_first(store: CaseStore) -> None:
    assert store.list() == [] and store.problems() == []  # folder not even created yet
    old = Case.new(alias="Alt", key="alt")
    old.updated_at = datetime(2026, 1, 1, tzinfo=timezone.utc)
    new = Case.new(alias="Neu", key="neu")
    new.updated_at = datetime(2026, 3, 1, tzinfo=timezone.utc)
    store.save(old)
    store.save(new)
    store.save(new)
    summaries = store.list()
    assert [(s.key, s.alias, s.revision) for s in summaries] == [("neu", "Neu", 2), ("alt", "Alt", 1)]
    assert summaries[0].path == store.folder / "neu.json"
    assert summaries[0].updated_at == new.updated_at


# --- broken files ---------------------------------------------------------------------------------


def _valid_data(key: str) -> dict[str, object]:
    case = Case.new(alias="Kaputt", key=key)
    case.add_resource("Fahrrad")
    return json.loads(case.model_dump_json())  # type: ignore[no-any-return]


def _with(file_key: str, **changes: object) -> bytes:
    data = _valid_data(file_key)
    data.update(changes)
    return json.dumps(data, ensure_ascii=False, indent=2).encode()


def _bad_field(key: str) -> bytes:
    data = _valid_data(key)
    data["resources"][0]["closeness"] = 7  # type: ignore[index]
    return json.dumps(data, indent=2).encode()


BROKEN = {
    "bad_json": (lambda key: b'{\n  "key": "x",\n  "alias": \n}', ["JSON", "Zeile 4"]),
    "invalid_field": (_bad_field, ["resources[0].closeness", "höchstens 3"]),
    "wrong_type": (lambda key: _with(key, resources="keine Liste"), ["resources", "Liste"]),
    "missing_alias": (lambda key: _with(key, alias=None), ["alias"]),
    "not_utf8": (lambda key: b'{"alias": "\xe4\xf6"}', ["UTF-8"]),
    "newer_version": (lambda key: _with(key, schema_version=99), ["neueren Version", "99"]),
    "no_version": (
        lambda key: json.dumps({k: v for k, v in _valid_data(key).items() if k != "schema_version"}).encode(),
        ["schema_version"],
    ),
    "not_an_object": (lambda key: b"[1, 2, 3]", ["JSON-Objekt"]),
    "other_key_inside": (lambda key: _with(key, key="jemand-anders"), ["jemand-anders"]),
    "empty_file": (lambda key: b"", ["JSON"]),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_broken_file_is_reported_and_never_touched(store: CaseStore, kind: str) -> None:
    make, expected = BROKEN[kind]
    key = "kaputt"
    store.folder.mkdir(exist_ok=True)
    store.save(Case.new(alias="Daneben", key="heil"))  # a good case next to it
    path = store.folder / f"{key}.json"
    content = make(key)
    path.write_bytes(content)
    before = files_in(store.folder)

    problems = store.problems()
    assert [p.path for p in problems] == [path]
    assert all(word in problems[0].reason for word in expected), problems[0].reason
    assert "kaputt.json" in problems[0].message
    assert [s.key for s in store.list()] == ["heil"]

    with pytest.raises(CaseFileError) as info:
        store.load(key)
    assert "kaputt.json" in str(info.value)
    assert all(word in str(info.value) for word in expected)
    assert info.value.path == path

    # neither a new case nor one claiming any revision may replace the broken file
    for revision in (0, 1, 5):
        attempt = Case.new(alias="Überschreiber", key=key)
        attempt.revision = revision
        with pytest.raises(CaseFileError) as refused:
            store.save(attempt)
        assert "kaputt.json" in str(refused.value) and "nicht gespeichert" in str(refused.value)
    assert path.read_bytes() == content
    assert files_in(store.folder) == before


def test_file_name_that_is_no_key_is_reported(store: CaseStore) -> None:
    store.folder.mkdir(exist_ok=True)
    odd = store.folder / "Fall Müller.json"
    odd.write_bytes(b"{}")
    assert [p.path.name for p in store.problems()] == ["Fall Müller.json"]
    assert "Dateiname" in store.problems()[0].reason
    assert odd.read_bytes() == b"{}"


def test_a_repaired_file_is_listed_again(store: CaseStore) -> None:
    case = store.create("Reparatur", key="rep")
    path = store.folder / "rep.json"
    good = path.read_bytes()
    path.write_bytes(b"{")
    assert [p.path for p in store.problems()] == [path]
    path.write_bytes(good)
    assert store.problems() == [] and [s.key for s in store.list()] == ["rep"]
    store.save(case)  # the store re-reads the file and finds the same revision
    assert case.revision == 2


def test_every_store_error_is_a_german_sentence_naming_the_file(store: CaseStore) -> None:
    store.create("A", key="fall-a")
    errors: list[StoreError] = []
    for action in (
        lambda: store.load("fehlt"),
        lambda: store.save(Case.new(alias="B", key="fall-a")),
        lambda: store.load_revision("fall-a", 9),
    ):
        with pytest.raises(StoreError) as info:
            action()
        errors.append(info.value)
    for error in errors:
        text = str(error)
        assert ".json" in text or "fall-a" in text
        assert text[0].isupper() and text.rstrip().endswith((".", ")"))
        assert "Error" not in text and "Traceback" not in text


# --- keys -----------------------------------------------------------------------------------------

BAD_KEYS = [
    "../x",
    "..",
    ".",
    "/etc/passwd",
    "a/b",
    "a\\b",
    "",
    "Gross",
    "a b",
    "fall.json",
    "äpfel",
    "-start",
    "_start",
    "a" * 41,
    "abc\n",
    "con",
    "nul",
    "lpt1",
    "x\x00y",
]


@pytest.mark.parametrize("key", BAD_KEYS)
def test_keys_cannot_escape_the_folder(store: CaseStore, key: str) -> None:
    for action in (store.path_for, store.load, store.exists, store.revisions):
        with pytest.raises(BadKeyError) as info:
            action(key)
        assert "nicht erlaubt" in str(info.value)
    with pytest.raises(BadKeyError):
        store.create("X", key=key)
    assert not store.folder.exists() or files_in(store.folder) == {}


def test_model_valid_but_unsafe_key_is_refused_on_save(store: CaseStore) -> None:
    case = Case.new(alias="Gerät", key="con")  # the model allows it; Windows cannot store it
    with pytest.raises(BadKeyError):
        store.save(case)
    assert case.revision == 0


def test_good_keys_are_plain_files_in_the_folder(store: CaseStore) -> None:
    for key in ("a", "fall-1", "x_y-9", "0" * 40):
        assert store.path_for(key) == store.folder / f"{key}.json"


# --- folder choice ------------------------------------------------------------------------------


def test_folder_from_argument_env_var_or_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_case: Case
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert default_store_dir() == tmp_path / "faelle"
    assert CaseStore().folder == tmp_path / "faelle"

    monkeypatch.setenv(ENV_VAR, str(tmp_path / "anderswo"))
    assert CaseStore().folder == tmp_path / "anderswo"
    CaseStore().save(demo_case)
    assert (tmp_path / "anderswo" / f"{demo_case.key}.json").is_file()
    assert not (tmp_path / "faelle").exists()

    assert CaseStore(tmp_path / "explizit").folder == tmp_path / "explizit"


# --- history ----------------------------------------------------------------------------------------


def test_earlier_revisions_can_be_loaded(store: CaseStore, demo_case: Case) -> None:
    store.save(demo_case)
    demo_case.add_resource("Neue Ressource")
    store.save(demo_case)
    demo_case.update_resource("r1", label="Umbenannt")
    store.save(demo_case)
    assert store.revisions(demo_case.key) == [1, 2, 3]
    first = store.load_revision(demo_case.key, 1)
    assert first.revision == 1 and "Neue Ressource" not in [r.label for r in first.resources]
    assert store.load_revision(demo_case.key, 2).resource("r1").label != "Umbenannt"
    assert store.load_revision(demo_case.key, 3) == demo_case
    with pytest.raises(CaseFileError, match="Stand 7"):
        store.load_revision(demo_case.key, 7)
    # an old revision is for comparing: saving it is refused
    with pytest.raises(StaleRevisionError):
        store.save(first)


def _save_on(store: CaseStore, case: Case, day: int, n: int) -> None:
    for i in range(n):
        case.updated_at = datetime(2026, 5, day, 8, 0, tzinfo=timezone(timedelta(hours=2))) + timedelta(
            minutes=i
        )
        store.save(case)


def test_history_keeps_newest_revisions_and_last_of_each_day(store: CaseStore) -> None:
    case = Case.new(alias="Viele Klicks", key="klicks")
    _save_on(store, case, 4, 5)  # revisions 1–5 on 4 May
    _save_on(store, case, 5, 5)  # 6–10 on 5 May
    _save_on(store, case, 6, KEEP_RECENT)  # 11–60 on 6 May
    assert case.revision == 60
    expected = [5, 10, *range(11, 61)]
    assert store.revisions("klicks") == expected
    assert store.load_revision("klicks", 5).updated_at.day == 4
    assert store.load_revision("klicks", 10).updated_at.day == 5

    _save_on(store, case, 6, 3)  # 61–63, same day: 11–13 leave the window and go
    assert store.revisions("klicks") == [5, 10, *range(14, 64)]


def test_history_without_day_changes_keeps_exactly_the_newest(store: CaseStore) -> None:
    case = Case.new(alias="Ein Tag", key="eintag")
    _save_on(store, case, 7, KEEP_RECENT + 10)
    assert store.revisions("eintag") == list(range(11, KEEP_RECENT + 11))
    history = store.folder / HISTORY_DIR / "eintag"
    assert len(list(history.iterdir())) == KEEP_RECENT - 1  # the current file is the 50th


def test_history_file_is_the_old_file_unchanged(store: CaseStore, demo_case: Case) -> None:
    store.save(demo_case)
    first_bytes = (store.folder / f"{demo_case.key}.json").read_bytes()
    store.save(demo_case)
    assert (store.folder / HISTORY_DIR / demo_case.key / "000001.json").read_bytes() == first_bytes


def test_no_temp_or_lock_file_is_mistaken_for_a_case(store: CaseStore, demo_case: Case) -> None:
    store.save(demo_case)
    (store.folder / f".{demo_case.key}.json.abc123.tmp").write_bytes(b"{halb")
    assert [s.key for s in store.list()] == [demo_case.key]
    assert store.problems() == []
    assert not [p for p in os.listdir(store.folder) if p.endswith(".json") and p.startswith(".")]
