"""Property (issue 9): a case file changed at random either loads, or gets one German line naming it —
and the file stays byte for byte as it was, and nothing takes longer than 2 s.

Valid case files (the demo case and random cases, as the store writes them) are mutated twice over:
as bytes (flipped, inserted, deleted, doubled or cut-off bytes; deep brackets; a NUL; invalid UTF-8;
a BOM) and as JSON (a value anywhere replaced by an odd one — a control character, a lone
surrogate, a 5,000-digit number, a huge string, deep nesting, the wrong type — a key removed or an
unknown one added). Every reader must agree on the outcome: the store (load, list, problems), the
store's rules for any path (``check_case_file``, what ``validate`` uses), the team report's reader
and the ``validate`` command.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beratungskit.analysis.team import iter_cases
from beratungskit.cli import main
from beratungskit.demo import demo_case
from beratungskit.model import Case, visible
from beratungskit.store import CaseFileError, CaseStore, StaleRevisionError, check_case_file
from tests.strategies import cases

KEY = "fall"
NAME = f"{KEY}.json"
FRAME = (f"Die Datei „{NAME}“ kann nicht geöffnet werden: ", " Sie bleibt unverändert liegen.")
#: Longest time any one reader may work on one file (CPU seconds: a parse that blows up) …
LIMIT_S = 2.0
#: … and may take at all (wall seconds: a read that waits forever, with room for a loaded machine).
WALL_LIMIT_S = 20.0
#: Words that betray a message the program did not write in German (pydantic, json, the OS).
ENGLISH = re.compile(
    r"\b(should|Input|required|Expecting|expected|unable|invalid|Invalid|must|Errno|error|Error|"
    r"denied|exceeds|Exceeds|recursion|delimiter|property|Traceback|not a valid)\b"
)
#: What a value may be replaced with: odd values of every JSON type.
ODD_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    1.5,
    "__ZAHL__",  # becomes a number of 5,000 digits (json.dumps refuses to write one)
    float("nan"),
    "",
    " ",
    "x" * 5000,
    "\x00",
    "Fahr\x1brad",
    "Zeile\r\nzwei",
    "\ud800",
    "\uffff",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "FALL",
    [],
    {},
    [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]],
    {"id": "r1"},
]


def _valid_bytes(case: Case) -> bytes:
    """The file the store writes for ``case`` (under the key ``fall``, revision 1)."""
    with tempfile.TemporaryDirectory() as folder:
        store = CaseStore(folder)
        store.save(case.model_copy(update={"key": KEY, "revision": 0}))
        return (Path(folder) / NAME).read_bytes()


DEMO_BYTES = _valid_bytes(demo_case())


@pytest.fixture(scope="module", autouse=True)
def _warm_up() -> None:
    """Import once what ``validate`` loads on first use (the wording guard): not the file's cost."""
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / NAME).write_bytes(DEMO_BYTES)
        with contextlib.redirect_stdout(io.StringIO()):
            assert main(["validate", str(Path(folder) / NAME)]) == 0


# --- mutations -----------------------------------------------------------------------------------


@st.composite
def byte_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    kind = draw(
        st.sampled_from(
            ["flip", "insert", "delete", "double", "cut", "deep", "nul", "latin1", "bom", "brackets"]
        )
    )
    at = draw(st.integers(0, len(data)))
    if kind == "flip" and data:
        at = min(at, len(data) - 1)
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    if kind == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    if kind == "delete":
        return data[:at] + data[at + draw(st.integers(1, 40)) :]
    if kind == "double":
        return data[:at] + data[at : at + 200] + data[at:]
    if kind == "cut":
        return data[:at]
    if kind == "deep":
        depth = draw(st.sampled_from([33, 1000, 100_000]))
        return data[:at] + b"[" * depth + data[at:]
    if kind == "nul":
        return data[:at] + b"\x00" + data[at:]
    if kind == "latin1":
        return data[:at] + "Müller".encode("latin-1") + data[at:]
    if kind == "bom":
        return b"\xef\xbb\xbf" + data
    return data[:at] + draw(st.sampled_from([b"{", b"}", b"]", b'"', b"\\", b",", b":"])) + data[at:]


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value: keys of objects and indexes of arrays."""
    out = [here]
    if isinstance(value, dict):
        for key, child in value.items():
            out += _paths(child, (*here, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            out += _paths(child, (*here, index))
    return out


@st.composite
def json_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    tree = json.loads(data)
    path = draw(st.sampled_from([p for p in _paths(tree) if p]))
    parent = tree
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    action = draw(st.sampled_from(["replace", "replace", "replace", "remove", "extra"]))
    if action == "remove":
        del parent[last]
    elif action == "extra" and isinstance(parent, dict):
        parent[draw(st.sampled_from(["bemerkung", "Label", "\x00", "schema_version "]))] = "x"
    else:
        parent[last] = draw(st.sampled_from(ODD_VALUES))
    text = json.dumps(tree, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2])))
    text = text.replace('"__ZAHL__"', "9" * 5000)
    return text.encode("utf-8", "surrogatepass")  # a lone surrogate is written as it is, not as \ud800


# --- the property --------------------------------------------------------------------------------


def _timed(what: str, fn: Any) -> Any:
    start, cpu = time.perf_counter(), time.process_time()
    try:
        return fn()
    finally:
        took, worked = time.perf_counter() - start, time.process_time() - cpu
        assert worked < LIMIT_S and took < WALL_LIMIT_S, f"{what}: {worked:.1f} s Rechenzeit, {took:.1f} s"


def _outcome(fn: Any) -> Case | str:
    try:
        return fn()  # type: ignore[no-any-return]
    except CaseFileError as exc:
        return str(exc)


def _assert_german_line(message: str) -> None:
    assert "\n" not in message and visible(message) == message, repr(message)
    message.encode("utf-8")
    assert message.startswith(FRAME[0]) and message.endswith(FRAME[1]), message
    reason = message[len(FRAME[0]) : -len(FRAME[1])]
    # What may be English are the file's own field names (the path) and values (in „…“).
    words = re.sub(r"„[^“]*“", "", reason)
    words = re.sub(r"[\w\[\].~\\-]+: ", "", words)
    assert not ENGLISH.search(words), reason


def _check(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / NAME
        path.write_bytes(content)
        store = _timed("CaseStore", lambda: CaseStore(folder))
        loaded = _timed("load", lambda: _outcome(lambda: store.load(KEY)))
        listed = _timed("list", store.list)
        problems = _timed("problems", store.problems)
        checked = _timed("check_case_file", lambda: _outcome(lambda: check_case_file(path)))
        team = _timed("team", lambda: list(iter_cases(Path(folder))))
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = _timed("validate", lambda: main(["validate", str(path)]))

        if isinstance(loaded, Case):
            assert isinstance(checked, Case) and checked == loaded
            assert [s.key for s in listed] == [KEY] and problems == []
            assert [c.key for c in team] == [KEY]
            assert code == 0
            loaded.model_dump_json()  # what loads can be written again
        else:
            _assert_german_line(loaded)
            assert checked == loaded
            assert listed == [] and [p.message for p in problems] == [loaded]
            assert team == []
            assert code == 1 and err.getvalue() == f"ungültig – {loaded}\n"
            # a refused file is never replaced: not by a new case, not by a claimed revision
            for revision in (0, 1, 7):
                intruder = Case.new(alias="Überschreiber", key=KEY)
                object.__setattr__(intruder, "revision", revision)
                try:
                    _timed("save", lambda i=intruder: store.save(i))
                except (CaseFileError, StaleRevisionError) as exc:
                    assert NAME in str(exc)
                else:
                    raise AssertionError("a refused file was replaced")
        assert path.read_bytes() == content
        assert sorted(p.name for p in Path(folder).iterdir()) in ([NAME], [".sperre.lock", NAME])


SETTINGS = settings(
    max_examples=100,
    deadline=None,  # the 2 s limit is asserted per reader; hypothesis' deadline would be flaky here
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SETTINGS
@given(data=st.data())
def test_demo_case_with_random_byte_changes(data: st.DataObject) -> None:
    content = DEMO_BYTES
    for _ in range(data.draw(st.integers(1, 3))):
        content = data.draw(byte_mutation(content))
    _check(content)


@SETTINGS
@given(data=st.data())
def test_demo_case_with_random_json_changes(data: st.DataObject) -> None:
    content = data.draw(json_mutation(DEMO_BYTES))
    _check(content)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=cases(max_resources=6, max_items=2), data=st.data())
def test_random_case_with_random_changes(case: Case, data: st.DataObject) -> None:
    content = _valid_bytes(case)
    mutate = data.draw(st.sampled_from([byte_mutation, json_mutation]))
    _check(data.draw(mutate(content)))


def test_the_unchanged_files_load() -> None:
    """The property's base: the valid files themselves load (else every mutation would 'pass')."""
    _check(DEMO_BYTES)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / NAME).write_bytes(DEMO_BYTES)
        assert CaseStore(folder).load(KEY).alias == demo_case().alias
