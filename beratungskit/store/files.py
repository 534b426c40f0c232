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
  Every temporary file of the store is made while that lock is held, so whoever gets the lock knows
  that any temporary file still lying there belongs to a writer that died (``kill -9``, power cut):
  :func:`remove_orphans` takes the lock without waiting and removes them.
* ``atomic_write(..., replace=False)`` creates a file but never replaces one: the temporary file is
  hard-linked to the target name, which fails when the name is taken — atomically, so a new case can
  never land on top of a file another program has just put there.

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
import errno
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

__all__ = [
    "LOCK_NAME",
    "TEMP_NAME",
    "TEMP_SUFFIX",
    "LockError",
    "atomic_write",
    "folder_lock",
    "fsync_folder",
    "orphans",
    "remove_orphans",
    "remove_orphans_locked",
    "try_folder_lock",
]

LOCK_NAME = ".sperre.lock"
TEMP_SUFFIX = ".tmp"
#: ``.<target name>.<random>.tmp`` as :func:`atomic_write` names its temporary files
TEMP_NAME = re.compile(r"^\.(?P<target>.+)\.[A-Za-z0-9_]+\.tmp$")
# hard links are not possible on this file system (FAT, some network shares)
_NO_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS}


class LockError(OSError):
    """The lock file of a folder cannot be opened or created (a plain OSError otherwise)."""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt
    import time

    _LOCK_FLAGS = os.O_RDWR | os.O_CREAT

    def _lock(fd: int) -> None:
        # LK_LOCK itself retries for about 10 s; keep trying, a save holds the lock for milliseconds.
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                return
            except OSError:
                time.sleep(0.05)

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    # flock needs no write access: a lock file that became read-only still serves
    _LOCK_FLAGS = os.O_RDONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)

    def _lock(fd: int) -> None:
        # flock (not lockf): the lock belongs to this open file, so two threads of one process
        # that each open the lock file exclude each other as well.
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _open_lock(folder: Path) -> int:
    path = folder / LOCK_NAME
    try:
        return os.open(path, _LOCK_FLAGS, 0o600)
    except OSError as exc:
        raise LockError(exc.errno, exc.strerror, str(path)) from None


@contextlib.contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold the store folder's exclusive lock (blocks until it is free).

    :class:`LockError` when the lock file cannot be opened or created.
    """
    fd = _open_lock(folder)
    try:
        _lock(fd)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def try_folder_lock(folder: Path) -> Iterator[bool]:
    """Take the folder's lock if nobody holds it (yields True), else yield False at once."""
    try:
        fd = _open_lock(folder)
    except LockError:
        yield False
        return
    try:
        held = _try_lock(fd)
        try:
            yield held
        finally:
            if held:
                _unlock(fd)
    finally:
        os.close(fd)


def orphans(folder: Path, is_target: Callable[[str], bool]) -> list[Path]:
    """Temporary files in ``folder`` whose target name satisfies ``is_target`` (no lock taken)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        match = TEMP_NAME.match(name)
        if match and is_target(match.group("target")):
            found.append(folder / name)
    return found


def remove_orphans(folder: Path, is_target: Callable[[str], bool]) -> list[Path]:
    """Remove temporary files left in ``folder`` by writers that died; returns what was removed.

    Only when the folder's lock is free — a live writer holds it for as long as its temporary file
    exists — and only files whose target name satisfies ``is_target``. The caller that holds the lock
    already uses :func:`remove_orphans_locked`. Nothing here raises: cleaning up is best effort.
    """
    if not orphans(folder, is_target):
        return []  # the common case: no lock file is created, nothing is written
    with try_folder_lock(folder) as held:
        if not held:
            return []
        return remove_orphans_locked(folder, is_target)


def remove_orphans_locked(folder: Path, is_target: Callable[[str], bool]) -> list[Path]:
    """As :func:`remove_orphans`, for a caller that holds the lock of the store folder."""
    removed = []
    for path in orphans(folder, is_target):
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable. Not possible (nor needed) on Windows."""
    if sys.platform == "win32":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, durable: bool = True, replace: bool = True) -> os.stat_result:
    """Replace ``path`` with ``data`` atomically; returns the stat of the written file.

    With ``durable=False`` the fsyncs are skipped (for copies whose loss after a power cut is
    acceptable); the replacement is still atomic. With ``replace=False`` an existing ``path`` (of any
    kind, a dangling symbolic link too) is never replaced: :class:`FileExistsError` instead.
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
        if replace:
            # looked up on the module at call time on purpose: the crash test replaces os.replace
            os.replace(tmp, path)
        else:
            _create(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if durable:
        fsync_folder(path.parent)
    return info


def _create(tmp: Path, path: Path) -> None:
    """Give ``tmp`` the name ``path`` unless that name is taken (then FileExistsError)."""
    try:
        os.link(tmp, path)  # atomic: fails with EEXIST whatever lies at path
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        # No hard links here: check and rename. Another program could slip in between the two;
        # beratungskit's own writers cannot, they hold the folder lock.
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path)) from None
        os.replace(tmp, path)
        return
    with contextlib.suppress(OSError):  # a leftover second name is harmless and cleaned up later
        tmp.unlink()
