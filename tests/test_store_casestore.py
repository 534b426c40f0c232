"""The case store on real files: round trips, revisions, refusals, broken files, keys, history."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from beratungskit.model import Case
from beratungskit.store import (
    ENV_VAR,
    HISTORY_DIR,
    KEEP_RECENT,
    MAX_JSON_DEPTH,
    BadKeyError,
    CaseFileError,
    CaseStore,
    StaleRevisionError,
    StoreError,
    check_case_file,
    default_store_dir,
    load_case_file,
)
from beratungskit.store.files import LOCK_NAME, folder_lock
from tests.hostile import as_other_user, folder_for_other_user, give_away, within
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
    assert raw.startswith(b'{\n  "schema_version": 5')
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


# --- odd files and folder entries (issue 9) -----------------------------------------------------------
# Each test names the defect of issue 9 it reproduces; each failed on the store before the fix.


def _good_and(store: CaseStore) -> Case:
    """A readable case next to the odd entry: it must stay usable whatever lies beside it."""
    return store.create("Daneben", key="heil")


def test_deeply_nested_file_is_refused_naming_file_and_limit(store: CaseStore) -> None:
    """Defect 1: ``[`` × 100,000 raised an uncaught RecursionError in load, list and problems."""
    _good_and(store)
    deep = store.folder / "tief.json"
    deep.write_bytes(b"[" * 100_000)
    deeper = store.folder / "tiefer.json"
    deeper.write_bytes(
        b'{"schema_version": 2, "key": "tiefer", "alias": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    )
    before = files_in(store.folder)

    assert [s.key for s in store.list()] == ["heil"]
    problems = {p.path.name: p.message for p in store.problems()}
    assert sorted(problems) == ["tief.json", "tiefer.json"]
    for name, message in problems.items():
        assert name in message and f"mehr als {MAX_JSON_DEPTH} Ebenen" in message
    for path in (deep, deeper):
        for read in (load_case_file, check_case_file):
            with pytest.raises(CaseFileError, match="verschachtelt"):
                read(path)
    with pytest.raises(CaseFileError, match="verschachtelt"):
        store.load("tief")
    assert files_in(store.folder) == before


def test_fifo_or_folder_named_like_a_case_is_reported_without_waiting(store: CaseStore) -> None:
    """Defect 2: a FIFO ``x.json`` made every reader wait forever for a writer."""
    _good_and(store)
    fifo = store.folder / "x.json"
    os.mkfifo(fifo)
    (store.folder / "ordner.json").mkdir()

    problems = within(10, lambda: {p.path.name: p.reason for p in store.problems()}, fifo=fifo)
    assert problems == {
        "ordner.json": "Sie ist ein Ordner, keine Datei.",
        "x.json": "Sie ist keine gewöhnliche Datei, sondern eine Pipe (FIFO).",
    }
    assert [s.key for s in store.list()] == ["heil"]
    for read in (lambda: store.load("x"), lambda: load_case_file(fifo), lambda: check_case_file(fifo)):
        with pytest.raises(CaseFileError, match="Pipe"):
            within(10, read, fifo=fifo)
    with pytest.raises(CaseFileError, match="nicht gespeichert"):
        within(10, lambda: store.save(Case.new(alias="Neu", key="x")), fifo=fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_new_case_never_replaces_a_file_of_revision_0(store: CaseStore, demo_case: Case) -> None:
    """Defect 5: ``store.create("X", key="demo-mira")`` replaced a valid file whose revision was 0."""
    path = store.folder / f"{demo_case.key}.json"
    path.write_text(demo_case.model_dump_json(indent=2), encoding="utf-8")  # written by hand: revision 0
    original = path.read_bytes()
    assert json.loads(original)["revision"] == 0

    with pytest.raises(StaleRevisionError, match="gibt es schon"):
        store.create("X", key=demo_case.key)
    with pytest.raises(StaleRevisionError, match="gibt es schon"):
        store.save(Case.new(alias="X", key=demo_case.key))
    assert path.read_bytes() == original

    # the hand-written file itself can still be opened and changed: it counts as revision 1
    loaded = store.load(demo_case.key)
    assert loaded.revision == 1 and loaded.alias == demo_case.alias
    loaded.add_resource("Nachbarin")
    store.save(loaded)
    assert store.load(demo_case.key).revision == 2
    assert (store.folder / HISTORY_DIR / demo_case.key / "000001.json").read_bytes() == original


def _edit_in_place(path: Path) -> None:
    data = path.read_bytes().replace(b'"Mira K."', b'"Mira X."')
    with open(path, "r+b") as fh:
        fh.write(data)
        fh.truncate()


def test_history_entries_are_frozen_whatever_edits_the_files_later(
    store: CaseStore, demo_case: Case, tmp_path: Path
) -> None:
    """Defect 11 (second half): a history entry could be a link to a file that changes later.

    The store's own case file: the entry is its old inode, the only name left after the save. A case
    file that is a hard link of a file elsewhere (``ln``): the entry must be a copy — with a link,
    writing that other file in place rewrote the past as well.
    """
    path = store.folder / f"{demo_case.key}.json"
    history = store.folder / HISTORY_DIR / demo_case.key
    store.save(demo_case)
    first = path.read_bytes()
    store.save(demo_case)
    entry = history / "000001.json"
    assert os.lstat(entry).st_nlink == 1 and not os.path.samefile(entry, path)
    _edit_in_place(path)  # an editor writing the current file in place (nano does)
    assert entry.read_bytes() == first

    store.save(store.load(demo_case.key))  # the edited file is revision 2 and a valid case
    elsewhere = tmp_path / "kopie-anderswo.json"
    os.link(path, elsewhere)
    third = path.read_bytes()
    store.save(store.load(demo_case.key))
    entry = history / "000003.json"
    info = os.lstat(entry)
    assert stat.S_ISREG(info.st_mode) and info.st_nlink == 1
    _edit_in_place(elsewhere)
    assert entry.read_bytes() == third
    assert store.load_revision(demo_case.key, 1) == demo_case.model_copy(update={"revision": 1})


def test_case_linked_from_outside_is_refused_and_never_archived(store: CaseStore, tmp_path: Path) -> None:
    """Defect 11: a case symlinked from outside was loaded; its history entry was a link to it."""
    _good_and(store)
    outside = tmp_path / "anderswo.json"
    foreign = Case.new(alias="Von draußen", key="verlinkt")
    store_elsewhere = CaseStore(tmp_path / "andere-ablage")
    store_elsewhere.save(foreign)
    outside.write_bytes((store_elsewhere.folder / "verlinkt.json").read_bytes())
    link = store.folder / "verlinkt.json"
    link.symlink_to(outside)
    outside_bytes = outside.read_bytes()

    assert [s.key for s in store.list()] == ["heil"]
    (problem,) = store.problems()
    assert problem.path == link and "Verknüpfung" in problem.message and "verlinkt.json" in problem.message
    with pytest.raises(CaseFileError, match="Verknüpfung"):
        store.load("verlinkt")
    with pytest.raises(CaseFileError, match="nicht gespeichert"):
        store.save(foreign)  # even with the right revision
    assert outside.read_bytes() == outside_bytes
    assert not (store.folder / HISTORY_DIR / "verlinkt").exists()

    # a history entry that is a link is not read either
    heil = store.load("heil")
    store.save(heil)
    entry = store.folder / HISTORY_DIR / "heil" / "000001.json"
    entry.unlink()
    entry.symlink_to(outside)
    with pytest.raises(CaseFileError, match="Verknüpfung"):
        store.load_revision("heil", 1)


def test_history_folder_that_is_a_link_is_refused(store: CaseStore, tmp_path: Path) -> None:
    """Found while fixing defect 11: a ``.verlauf`` link made the store write the history elsewhere."""
    case = store.create("Fall", key="fall")
    elsewhere = tmp_path / "fremd"
    elsewhere.mkdir()
    (store.folder / HISTORY_DIR).symlink_to(elsewhere)
    before = (store.folder / "fall.json").read_bytes()
    with pytest.raises(CaseFileError, match="kein echter Ordner"):
        store.save(case)
    assert list(elsewhere.iterdir()) == []
    assert (store.folder / "fall.json").read_bytes() == before and case.revision == 1


@pytest.fixture
def shared_store() -> Iterator[CaseStore]:
    """A store in a folder the unprivileged user of :func:`as_other_user` can reach."""
    with folder_for_other_user() as folder:
        yield CaseStore(folder / "faelle")


def _save_outcome(folder: Path, key: str) -> tuple[str, int]:
    """Load ``key`` in ``folder``, change and save it; (the error or "", revision on disk)."""
    store = CaseStore(folder)
    case = store.load(key)
    case.add_resource("Fahrrad")
    try:
        store.save(case)
        message = ""
    except StoreError as exc:
        message = str(exc)
    return message, CaseStore(folder).load(key).revision


def _german_without_system_text(message: str) -> None:
    assert message and message.isprintable()
    for english in ("Errno", "Permission", "denied", ".tmp", "Traceback"):
        assert english not in message, message


def test_permission_errors_are_german_and_leave_no_history_entry(shared_store: CaseStore) -> None:
    store = shared_store
    """Defect 6: "[Errno 13] Permission denied: '…/.verlauf/…tmp'"; a failed save left a history entry."""
    store.create("Fall", key="fall")
    history = store.folder / HISTORY_DIR / "fall"
    history.mkdir(parents=True)
    give_away(store.folder)
    original = (store.folder / "fall.json").read_bytes()

    history.chmod(0o500)  # the history cannot take the old revision
    message, revision = as_other_user(lambda: _save_outcome(store.folder, "fall"))
    _german_without_system_text(message)
    assert "Verlauf" in message and "Berechtigung" in message and "nicht gespeichert" in message
    assert revision == 1 and (store.folder / "fall.json").read_bytes() == original
    history.chmod(0o700)

    store.folder.chmod(0o500)  # the history can, the case file cannot be written
    message, revision = as_other_user(lambda: _save_outcome(store.folder, "fall"))
    store.folder.chmod(0o700)
    _german_without_system_text(message)
    assert "fall.json" in message and "Berechtigung" in message
    assert revision == 1 and list(history.iterdir()) == []  # no leftover entry for the failed save


def test_a_read_only_lock_file_does_not_stop_saving(shared_store: CaseStore) -> None:
    store = shared_store
    """Defect 6: a read-only lock file made every save fail with an English system message."""
    store.create("Fall", key="fall")
    give_away(store.folder)
    (store.folder / LOCK_NAME).chmod(0o400)
    message, revision = as_other_user(lambda: _save_outcome(store.folder, "fall"))
    assert message == "" and revision == 2


def test_a_lock_file_nobody_may_open_gives_a_german_message(shared_store: CaseStore) -> None:
    store = shared_store
    """Defect 6, the lock file owned by someone else and closed to us."""
    store.create("Fall", key="fall")
    give_away(store.folder)
    lock = store.folder / LOCK_NAME
    lock.chmod(0o000)
    if os.geteuid() == 0:
        os.chown(lock, 0, 0)
    message, revision = as_other_user(lambda: _save_outcome(store.folder, "fall"))
    _german_without_system_text(message)
    assert "Sperrdatei" in message and "Berechtigung" in message and revision == 1


def test_orphaned_temp_files_are_removed_at_open_unless_a_writer_holds_the_lock(store: CaseStore) -> None:
    """Defect 7: temp files of savers killed with ``kill -9`` stayed in the folder forever."""
    store.create("Fall", key="fall")
    orphan = store.folder / ".fall.json.k9x2ab_q.tmp"
    orphan.write_bytes(b'{"halb')
    not_ours = [store.folder / ".notiz.tmp", store.folder / ".bericht.html.abc12345.tmp"]
    for path in not_ours:
        path.write_bytes(b"fremd")

    with folder_lock(store.folder):  # a live writer: its temp file must stay
        CaseStore(store.folder)
        assert orphan.exists()
    CaseStore(store.folder)
    assert not orphan.exists()
    assert all(path.exists() for path in not_ours)  # only the store's own kind of temp file

    # in a history folder, the next save of that case cleans up
    case = store.load("fall")
    store.save(case)
    history_orphan = store.folder / HISTORY_DIR / "fall" / ".000002.json.abcd1234.tmp"
    history_orphan.write_bytes(b"{")
    store.save(case)
    assert not history_orphan.exists()
    assert sorted(p.name for p in (store.folder / HISTORY_DIR / "fall").iterdir()) == [
        "000001.json",
        "000002.json",
    ]


def test_the_count_of_further_errors_reads_right(store: CaseStore, demo_case: Case) -> None:
    """Seen in the case picker's screenshot for issue 9: "(und 1 weitere Fehler)"."""
    data = json.loads(demo_case.model_dump_json())
    data["key"] = "zwei"
    data["alias"] = data["resources"][0]["label"] = ""
    (store.folder / "zwei.json").write_text(json.dumps(data), encoding="utf-8")
    data["key"] = "drei"
    data["resources"][1]["label"] = ""
    (store.folder / "drei.json").write_text(json.dumps(data), encoding="utf-8")
    reasons = {p.path.name: p.reason for p in store.problems()}
    assert reasons["zwei.json"].endswith("(und ein weiterer Fehler).")
    assert reasons["drei.json"].endswith("(und 2 weitere Fehler).")
