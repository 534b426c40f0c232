"""Low-level file handling of the store: atomic replacement and a lock between processes.

Why this way: a case is saved on every click, so a crash, a pulled plug or a second window must
never leave a half-written or lost case behind.

* :func:`atomic_write` writes a temporary file *in the same folder* (so the rename stays on one file
  system), flushes and ``fsync``s it, renames it over the target with ``os.replace`` (atomic on POSIX
  and Windows) and then ``fsync``s the folder so the rename itself survives a power cut. A reader
  therefore sees either the old or the new file, never a mix. Temporary files start with a dot and end
  in ``.tmp``, so nothing that lists cases mistakes one for a case.
* :func:`folder_lock` serialises the read-check-write of a save across processes with an exclusive
  lock on a lock file in the folder (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows).

>>> import tempfile
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> with folder_lock(folder):
...     _ = atomic_write(folder / "a.json", b"{}")
>>> (folder / "a.json").read_bytes()
b'{}'
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["LOCK_NAME", "TEMP_SUFFIX", "atomic_write", "folder_lock", "fsync_folder"]

LOCK_NAME = ".sperre.lock"
TEMP_SUFFIX = ".tmp"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
    import time

    def _lock(fd: int) -> None:
        # LK_LOCK itself retries for about 10 s; keep trying, a save holds the lock for milliseconds.
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                return
            except OSError:
                time.sleep(0.05)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        # flock (not lockf): the lock belongs to this open file, so two threads of one process
        # that each open the lock file exclude each other as well.
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold the store folder's exclusive lock (blocks until it is free)."""
    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable. Not possible (nor needed) on Windows."""
    if sys.platform == "win32":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> os.stat_result:
    """Replace ``path`` with ``data`` atomically; returns the stat of the written file.

    With ``durable=False`` the fsyncs are skipped (for copies whose loss after a power cut is
    acceptable); the replacement is still atomic.
    """
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    tmp = Path(tmp_name)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if durable:
                os.fsync(fd)
            info = os.fstat(fd)
        finally:
            os.close(fd)
        # looked up on the module at call time on purpose: the crash test replaces os.replace
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if durable:
        fsync_folder(path.parent)
    return info
