"""Atomic writes and the folder lock, tested with real processes (killed mid-save, racing savers)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from beratungskit.model import Case
from beratungskit.store import CaseStore
from beratungskit.store.files import TEMP_SUFFIX, atomic_write, folder_lock

ROOT = Path(__file__).resolve().parents[1]


def _python(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_atomic_write_replaces_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"alt")
    atomic_write(target, b"neu")
    assert target.read_bytes() == b"neu"
    assert sorted(os.listdir(tmp_path)) == ["a.json"]


def test_failed_write_keeps_the_old_file_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"alt")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write(target, b"neu")
    assert target.read_bytes() == b"alt"
    assert sorted(os.listdir(tmp_path)) == ["a.json"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL gibt es nur auf POSIX")
def test_process_killed_before_rename_leaves_old_case_intact(store_dir: Path, demo_case: Case) -> None:
    store = CaseStore(store_dir)
    store.save(demo_case)
    path = store_dir / f"{demo_case.key}.json"
    before = path.read_bytes()

    # The child saves a change but stops inside os.replace: the temp file is written and fsynced,
    # the rename has not happened. It tells the parent where it is and waits to be killed.
    child = _python(
        """
        import os, sys, time
        from beratungskit.store import CaseStore
        store = CaseStore(sys.argv[1])
        case = store.load(sys.argv[2])
        case.add_resource("Geht beim Absturz verloren")
        def stop_here(src, dst):
            print("VOR-UMBENENNEN", src, flush=True)
            time.sleep(120)
        os.replace = stop_here
        store.save(case)
        print("NICHT ERREICHT", flush=True)
        """,
        str(store_dir),
        demo_case.key,
    )
    assert child.stdout is not None
    line = child.stdout.readline().split()
    assert line[:1] == ["VOR-UMBENENNEN"], child.stderr.read() if child.stderr else ""
    temp = Path(line[1])
    assert temp.exists() and temp.parent == store_dir and temp.name.endswith(TEMP_SUFFIX)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL

    assert path.read_bytes() == before
    fresh = CaseStore(store_dir)
    loaded = fresh.load(demo_case.key)
    assert loaded == demo_case and loaded.revision == 1
    assert [s.key for s in fresh.list()] == [demo_case.key]
    assert fresh.problems() == []
    # the lock died with the process: the next save goes through
    loaded.add_resource("Nach dem Absturz")
    fresh.save(loaded)
    assert fresh.load(demo_case.key).revision == 2
    assert fresh.revisions(demo_case.key) == [1, 2]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX-Prozesse")
def test_racing_processes_lose_no_update(store_dir: Path) -> None:
    store = CaseStore(store_dir)
    store.save(Case.new(alias="Geteilt", key="geteilt"))
    workers, per_worker = 4, 8
    code = """
        import sys
        from beratungskit.store import CaseStore, StaleRevisionError
        store = CaseStore(sys.argv[1])
        name, n = sys.argv[2], int(sys.argv[3])
        done = 0
        while done < n:
            case = store.load("geteilt")
            case.add_resource(f"{name}-{done}")
            try:
                store.save(case)
            except StaleRevisionError:
                continue  # someone else was faster: load again and redo the change
            done += 1
        print("FERTIG")
        """
    children = [_python(code, str(store_dir), f"p{i}", str(per_worker)) for i in range(workers)]
    for child in children:
        out, err = child.communicate(timeout=120)
        assert out.strip() == "FERTIG", err
    final = store.load("geteilt")
    labels = sorted(r.label for r in final.resources)
    assert labels == sorted(f"p{i}-{j}" for i in range(workers) for j in range(per_worker))
    assert final.revision == 1 + workers * per_worker
    assert [p for p in os.listdir(store_dir) if p.endswith(TEMP_SUFFIX)] == []


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX-Prozesse")
def test_save_waits_while_another_process_holds_the_lock(store_dir: Path, demo_case: Case) -> None:
    store = CaseStore(store_dir)
    store.save(demo_case)
    path = store_dir / f"{demo_case.key}.json"
    before = path.read_bytes()
    with folder_lock(store_dir):
        child = _python(
            """
            import sys
            from beratungskit.store import CaseStore
            store = CaseStore(sys.argv[1])
            case = store.load(sys.argv[2])
            print("GELADEN", flush=True)
            store.save(case)
            print("GESPEICHERT", flush=True)
            """,
            str(store_dir),
            demo_case.key,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "GELADEN"
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=1.0)
        # while the lock is held the child cannot have written
        assert child.poll() is None
        assert path.read_bytes() == before
    out, _err = child.communicate(timeout=60)
    assert out.strip() == "GESPEICHERT"
    assert store.load(demo_case.key).revision == 2
