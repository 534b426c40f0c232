"""Helpers for tests with odd folder entries: a deadline for code that might hang, another user.

``within(seconds, fn, fifo=...)`` runs ``fn`` in a thread and fails the test when it has not finished
in time — and then opens the FIFO for writing, so a reader stuck on it wakes up and the test run
itself does not hang.

``as_other_user(fn)`` runs ``fn`` in a forked child under an unprivileged user when the tests run as
root (as CI does: root ignores file permissions, so a permission test would prove nothing), and
directly otherwise. It returns what ``fn`` returns (it must be picklable); an exception in ``fn``
becomes a ``RuntimeError`` naming it (let ``fn`` catch what the test expects and return it).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

T = TypeVar("T")

#: uid/gid of the unprivileged user the permission tests run as (Debian's "nobody")
NOBODY = 65534


def within(seconds: float, fn: Callable[[], T], *, fifo: Path | None = None) -> T:
    """``fn()``, or a test failure when it takes longer than ``seconds`` (it is then unblocked)."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["result"] = fn()
        except BaseException as exc:
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        if fifo is not None:  # wake a reader that waits for a writer
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail(f"nach {seconds} s nicht fertig: hängt")
    if "error" in box:
        raise box["error"]
    return box["result"]  # type: ignore[no-any-return]


@contextlib.contextmanager
def folder_for_other_user() -> Iterator[Path]:
    """A temporary folder the unprivileged user can reach (pytest's tmp_path is root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="beratungskit-"))
    try:
        give_away(folder)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def give_away(*paths: Path) -> None:
    """Hand ``paths`` (recursively) to the unprivileged user, when running as root."""
    if os.geteuid() != 0:
        return
    for top in paths:
        for path in [top, *(top.rglob("*") if top.is_dir() and not top.is_symlink() else [])]:
            os.chown(path, NOBODY, NOBODY, follow_symlinks=False)


def as_other_user(fn: Callable[[], T]) -> T:
    """Run ``fn`` without root's power over file permissions; its result or its exception."""
    if os.geteuid() != 0:
        return fn()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        os.close(read_end)
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            outcome: tuple[str, Any] = ("result", fn())
        except BaseException as exc:
            outcome = ("error", f"{type(exc).__name__}: {exc}")
        try:
            payload = pickle.dumps(outcome)
        except Exception as exc:
            payload = pickle.dumps(("error", f"nicht übertragbar: {exc!r}"))
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        payload = pipe.read()
    os.waitpid(pid, 0)
    kind, value = pickle.loads(payload)
    if kind == "error":
        raise RuntimeError(value)
    return value  # type: ignore[no-any-return]
