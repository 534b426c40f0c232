"""Reading a file that anyone may have put there: only regular files, never blocking, bounded.

A case folder and a templates folder are ordinary folders, so anything can turn up in them: a named
pipe (FIFO) that an ordinary ``open()`` would wait on forever, a device, a folder called
``fall.json``, a symbolic link to a file elsewhere, a file of gigabytes, or a JSON text nested a
hundred thousand levels deep that would exhaust Python's stack while being parsed. Every reader of
such files goes through :func:`read_regular_file` (and, for JSON, :func:`parse_json`) and gets either
the bytes or :class:`UnreadableFileError` with a German reason — in milliseconds, whatever the entry.

How: the file is opened with ``O_NONBLOCK`` (a FIFO then opens at once instead of waiting for a
writer; a regular file is not affected) and, where asked, ``O_NOFOLLOW``; ``fstat`` on the open file
decides whether it is a regular file — on the very file that was opened, so nothing can be swapped
in between a check and the read. At most ``max_bytes + 1`` bytes are read.

>>> import tempfile, os
>>> from pathlib import Path
>>> folder = Path(tempfile.mkdtemp())
>>> os.mkfifo(folder / "rohr.json")
>>> try:
...     read_regular_file(folder / "rohr.json", max_bytes=1000)
... except UnreadableFileError as exc:
...     print(exc.reason)
Sie ist keine gewöhnliche Datei, sondern eine Pipe (FIFO).
>>> parse_json(b'{"a": [1, 2]}', max_depth=2)
{'a': [1, 2]}
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from beratungskit.messages import t

__all__ = [
    "MAX_CASE_BYTES",
    "MAX_JSON_DEPTH",
    "JsonError",
    "UnreadableFileError",
    "os_reason",
    "parse_json",
    "read_regular_file",
]

#: A case file larger than this is refused unread. A case with 200 resources and years of log has
#: well under 1 MB; the limit only keeps a stray huge file from filling memory.
MAX_CASE_BYTES = 10 * 1024 * 1024
#: Deepest nesting of arrays and objects accepted in a case file. The case format itself needs 4
#: (case → goals → goal → resource_ids).
MAX_JSON_DEPTH = 32

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)

# errno → catalogue key of a German reason ("Sie …" reads as a sentence about the file)
_ERRNO_REASON = {
    errno.ENOENT: "store.os.missing",
    errno.EACCES: "store.os.access",
    errno.EPERM: "store.os.access",
    errno.ENAMETOOLONG: "store.os.name_too_long",
    errno.ELOOP: "store.os.symlink",
    errno.EISDIR: "store.os.folder",
    errno.ENOTDIR: "store.os.not_dir",
    errno.ENXIO: "store.os.no_device",
    errno.ENODEV: "store.os.no_device",
    errno.EIO: "store.os.io",
    errno.ENOSPC: "store.os.full",
    errno.EROFS: "store.os.read_only",
    errno.EMFILE: "store.os.too_many",
    errno.ENFILE: "store.os.too_many",
    errno.EBUSY: "store.os.busy",
}
if hasattr(errno, "EDQUOT"):  # a full disk quota reads like a full disk
    _ERRNO_REASON[errno.EDQUOT] = "store.os.full"


class UnreadableFileError(Exception):
    """A file that was not read. ``reason`` is one German sentence about the file (no file name)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(reason)
        self.path = path
        self.reason = reason


class JsonError(ValueError):
    """Bytes that are no usable JSON text. ``reason`` is one German sentence."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def os_reason(exc: OSError) -> str:
    """A German sentence for an operating-system error, never the English ``strerror``.

    >>> os_reason(PermissionError(13, "Permission denied"))
    'Es fehlt die Berechtigung dafür.'
    """
    key = _ERRNO_REASON.get(exc.errno or 0)
    if key is not None:
        return t(key)
    return t("store.os.other", number=exc.errno if exc.errno is not None else "?")


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return t("store.os.folder")
    if stat.S_ISFIFO(mode):
        return t("store.os.fifo")
    if stat.S_ISSOCK(mode):
        return t("store.os.socket")
    if stat.S_ISLNK(mode):
        return t("store.os.symlink")
    return t("store.os.device")


def entry_problem(info: os.stat_result) -> str | None:
    """The German reason why a folder entry (``lstat``) is no regular file, or None for a regular one."""
    return None if stat.S_ISREG(info.st_mode) else _kind_of(info.st_mode)


def read_regular_file(
    path: Path, *, max_bytes: int, follow_symlinks: bool = True
) -> tuple[bytes, os.stat_result]:
    """The bytes of ``path`` and the ``fstat`` of the file they came from.

    Raises :class:`UnreadableFileError` (German reason) for anything but a regular file of at most
    ``max_bytes`` bytes; with ``follow_symlinks=False`` a symbolic link is refused too. Never blocks
    on a FIFO or device.
    """
    flags = os.O_RDONLY | _NONBLOCK | _CLOEXEC | _BINARY | (0 if follow_symlinks else _NOFOLLOW)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnreadableFileError(path, os_reason(exc)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFileError(path, _kind_of(info.st_mode))
        if info.st_size > max_bytes:
            raise UnreadableFileError(path, _too_big(max_bytes))
        chunks = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        if len(data) > max_bytes:  # grew while being read
            raise UnreadableFileError(path, _too_big(max_bytes))
        return data, info
    except OSError as exc:
        raise UnreadableFileError(path, os_reason(exc)) from None
    finally:
        os.close(fd)


def _too_big(max_bytes: int) -> str:
    return t("store.os.too_big", limit=_size(max_bytes))


def _size(n: int) -> str:
    """``10 MB``, ``512 KB`` — the way a person reads a size limit."""
    if n >= 1024 * 1024 and n % (1024 * 1024) == 0:
        return f"{n // (1024 * 1024)} MB"
    if n >= 1024 and n % 1024 == 0:
        return f"{n // 1024} KB"
    return f"{n} Bytes"


# A backslash escape, then a whole string: what is left are the brackets and commas of the structure.
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
_STRING = re.compile(rb'"[^"]*"')
_ALL_BYTES = bytes(range(256))
_OPEN_CLOSE = bytes.maketrans(b"{}", b"[]")
_NOT_BRACKET = bytes(b for b in _ALL_BYTES if b not in b"[]{}")


def nesting_depth(raw: bytes, limit: int) -> int:
    """How deep arrays and objects nest in JSON text ``raw``, counted up to just above ``limit``.

    Works on the bytes without parsing (so it cannot recurse): strings are removed, then the
    innermost ``[]`` pairs are taken away, one level per pass, all in C. An unbalanced rest (``[[[``)
    counts one level per remaining opening bracket — exactly what a parser would descend into.

    >>> nesting_depth(b'{"a": [[1], {"b": "]]]"}]}', 10)
    3
    >>> nesting_depth(b"[" * 100_000, 10) > 10
    True
    """
    skeleton = _STRING.sub(b"", _ESCAPE.sub(b"", raw)).translate(_OPEN_CLOSE, _NOT_BRACKET)
    depth = 0
    while skeleton and depth <= limit:
        shorter = skeleton.replace(b"[]", b"")
        if len(shorter) == len(skeleton):
            return depth + skeleton.count(b"[")  # what is left cannot close: "]]][[["
        skeleton = shorter
        depth += 1
    return depth


def parse_json(raw: bytes, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse UTF-8 JSON (a BOM is tolerated) with a depth limit; :class:`JsonError` with a German reason."""
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM an editor may add
    except UnicodeDecodeError as exc:
        raise JsonError(t("store.reason_not_utf8", pos=exc.start)) from None
    if nesting_depth(raw, max_depth) > max_depth:
        raise JsonError(t("store.reason_too_deep", limit=max_depth))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonError(t("store.reason_json", line=exc.lineno, column=exc.colno)) from None
    except RecursionError:  # pragma: no cover - the depth check comes first; a safety net only
        raise JsonError(t("store.reason_too_deep", limit=max_depth)) from None
    except ValueError:  # e.g. an integer of more than 4300 digits
        raise JsonError(t("store.reason_number")) from None
