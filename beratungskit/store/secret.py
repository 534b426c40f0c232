"""The pseudonym secret of a case folder: one random key, kept beside the cases, readable by no one else.

A pseudonymised export (case conference, GraphML, CSV, JSON) names a case ``Fall A-7K2``. The code
is a keyed hash of the case key (:func:`beratungskit.analysis.pseudonym.pseudonym_code`); with the
same secret the same case gets the same code in every export — one case, one conference file, also
next month — and without the secret nobody can turn a code back into a case key.

The secret lives in the case folder as ``.pseudonym-geheimnis`` (mode 0600, made on first use with
``O_EXCL`` so two programs starting at once agree on one). A damaged secret file is reported and left
as it is: a new secret would silently give every case a new pseudonym.

>>> import tempfile, os, stat
>>> folder = tempfile.mkdtemp()
>>> first = folder_secret(folder)
>>> first == folder_secret(folder), len(first)
(True, 32)
>>> oct(stat.S_IMODE(os.stat(os.path.join(folder, SECRET_FILE)).st_mode))
'0o600'
"""

from __future__ import annotations

import binascii
import os
import secrets
from pathlib import Path

from beratungskit.messages import t
from beratungskit.model import visible
from beratungskit.store.errors import StoreError
from beratungskit.store.reading import UnreadableFileError, os_reason, read_regular_file

__all__ = ["SECRET_FILE", "folder_secret"]

SECRET_FILE = ".pseudonym-geheimnis"
_BYTES = 32
_MAX_BYTES = 1024  # 64 hex digits and a newline; anything much larger is not a secret file


def _read(path: Path) -> bytes:
    # Like a case file: a regular file only, never waiting on a pipe, and only a few bytes of it.
    try:
        raw = read_regular_file(path, max_bytes=_MAX_BYTES, follow_symlinks=False)[0]
    except UnreadableFileError as exc:
        raise StoreError(t("store.secret_broken", path=visible(path), detail=exc.reason), path) from None
    try:
        value = binascii.unhexlify(raw.decode("ascii").strip())
    except (UnicodeDecodeError, binascii.Error, ValueError):
        detail = t("store.secret_not_hex")
        raise StoreError(t("store.secret_broken", path=visible(path), detail=detail), path) from None
    if len(value) != _BYTES:
        detail = t("store.secret_length", n=len(value), expected=_BYTES)
        raise StoreError(t("store.secret_broken", path=visible(path), detail=detail), path)
    return value


def folder_secret(folder: str | os.PathLike[str]) -> bytes:
    """The pseudonym secret of ``folder``; made (0600) on first use."""
    path = Path(folder) / SECRET_FILE
    if os.path.lexists(path):
        return _read(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_bytes(_BYTES)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another program made it a moment ago: use theirs
        return _read(path)
    except OSError as exc:
        raise StoreError(
            t("store.secret_unwritable", path=visible(path), detail=os_reason(exc)), path
        ) from None
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(binascii.hexlify(value).decode("ascii") + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, 0o600)  # O_CREAT's mode is reduced by the umask; 0600 is never widened by it
    return value
