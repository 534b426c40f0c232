"""Errors of the case store. ``str(error)`` is one German sentence that names the file.

>>> from pathlib import Path
>>> str(BadKeyError("../x"))[:30]
'Die Fallkennung „../x“ ist als'
"""

from __future__ import annotations

import os
from pathlib import Path

from beratungskit.messages import t
from beratungskit.model.errors import visible

__all__ = [
    "BadKeyError",
    "CaseFileError",
    "SchemaVersionError",
    "StaleRevisionError",
    "StoreError",
    "error_text",
]


class StoreError(Exception):
    """Something about a case file went wrong; nothing on disk was changed by the failed action."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class CaseFileError(StoreError):
    """A case file cannot be read, parsed, migrated or validated. ``reason`` is the German cause."""

    def __init__(self, path: Path, reason: str, message: str | None = None) -> None:
        super().__init__(message or t("store.file_broken", name=visible(path.name), reason=reason), path)
        self.reason = reason


class StaleRevisionError(StoreError):
    """The file on disk is not the revision this case was loaded from; the save was refused."""

    def __init__(self, message: str, path: Path, stored: int | None, mine: int) -> None:
        super().__init__(message, path)
        self.stored = stored
        self.mine = mine


class BadKeyError(StoreError, ValueError):
    """A case key that would not stay a plain file name inside the store folder."""

    def __init__(self, key: str) -> None:
        super().__init__(t("store.bad_key", key=visible(key, limit=60)))
        self.key = key


class SchemaVersionError(ValueError):
    """The data carries a schema version that cannot be migrated (German message, no file name)."""


def error_text(exc: BaseException) -> str:
    """The German sentence to show for ``exc``: an OS error gets its German reason and the file,
    never the system's English text ("[Errno 13] Permission denied: …").

    >>> error_text(PermissionError(13, "Permission denied", "/tmp/plan.html"))
    'Die Datei „plan.html“ lässt sich nicht schreiben oder lesen: Es fehlt die Berechtigung dafür.'
    """
    if isinstance(exc, OSError) and not isinstance(exc, StoreError):
        from beratungskit.store.reading import os_reason

        name = Path(os.fsdecode(exc.filename)).name if exc.filename else ""
        return t("store.os_failed", name=visible(name), reason=os_reason(exc))
    return visible(str(exc))
