"""Cases on disk: one pretty-printed UTF-8 JSON file per case, ``<folder>/<key>.json``.

The folder is ``$BERATUNGSKIT_STORE`` or ``./faelle`` unless given (:func:`default_store_dir`).

**Saving** is atomic (temporary file, fsync, ``os.replace``, fsync of the folder; see
:mod:`beratungskit.store.files`) and happens under a lock file, so two windows or processes cannot
interleave. Every save raises the revision by one. A case is only saved over the revision it was
loaded from: if the file holds another revision, the save is refused with
:class:`StaleRevisionError` (German message, "Bitte neu laden"), and a new case (revision 0) is never
saved over an existing file. A file that cannot be read or validated is reported
(:meth:`CaseStore.problems`, :class:`CaseFileError` naming file and reason) and never modified,
renamed or overwritten — saving to its key is refused as well.

**History.** Before a save replaces ``<key>.json``, the old revision is kept as
``<folder>/.verlauf/<key>/<revision:06d>.json`` (a hard link to the old file — no copying; a plain
copy where the file system has no hard links), so changes can be compared over time. The app saves on
every click, so the history is pruned: kept are

* the newest :data:`KEEP_RECENT` (50) revisions, counting the current file, and
* forever, the last revision of every calendar day (the date of its ``updated_at``): an older
  revision is kept when the revision after it belongs to another day.

Pruning is incremental and cheap: each save looks only at the one revision that has just left the
window of the newest 50 and at its successor, reading just the start of those two files.

Keys are plain file names (``KEY_PATTERN``: ``a–z 0–9 - _``, and no Windows device name such as
``con``), so a key can never reach outside the folder (:class:`BadKeyError`).

>>> import tempfile
>>> from beratungskit.model import Case
>>> store = CaseStore(tempfile.mkdtemp())
>>> case = Case.new(alias="Sonnenblume", key="sonne")
>>> store.save(case); case.revision
1
>>> store.save(case); store.revisions("sonne")
[1, 2]
>>> store.load("sonne").alias
'Sonnenblume'
"""

from __future__ import annotations

import builtins
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from beratungskit.messages import t
from beratungskit.model import KEY_PATTERN, Case, german_errors, now
from beratungskit.store.errors import (
    BadKeyError,
    CaseFileError,
    SchemaVersionError,
    StaleRevisionError,
)
from beratungskit.store.files import atomic_write, folder_lock
from beratungskit.store.migrate import migrate
from beratungskit.store.private import private_dir

__all__ = [
    "ENV_VAR",
    "HISTORY_DIR",
    "KEEP_RECENT",
    "CaseStore",
    "CaseSummary",
    "StoreProblem",
    "default_store_dir",
    "load_case_file",
    "valid_key",
]

ENV_VAR = "BERATUNGSKIT_STORE"
HISTORY_DIR = ".verlauf"
#: How many of the newest revisions (the current one included) are always kept.
KEEP_RECENT = 50

# Device names that Windows refuses as file names whatever the extension ("con.json").
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}
_HISTORY_NAME = re.compile(r"^(\d{6,})\.json$")
# updated_at sits near the top of a file written by the store; reading 2 KiB avoids a full parse.
# An escaped quote inside the alias (\") cannot match: the pattern needs a bare quote before and after.
_UPDATED_DAY = re.compile(rb'"updated_at"\s*:\s*"(\d{4}-\d{2}-\d{2})')

Signature = tuple[int, int, int, int]


def _signature(info: os.stat_result) -> Signature:
    # A save always writes a new file (new inode), so these four change with every replacement.
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


@dataclass(frozen=True)
class CaseSummary:
    """One readable case in the store, for a list to choose from."""

    key: str
    alias: str
    updated_at: datetime
    revision: int
    path: Path


@dataclass(frozen=True)
class StoreProblem:
    """A file in the store that cannot be used. ``reason`` is a German sentence; the file is untouched."""

    path: Path
    reason: str

    @property
    def message(self) -> str:
        """The whole German sentence, naming the file."""
        return t("store.file_broken", name=self.path.name, reason=self.reason)

    def __str__(self) -> str:
        return self.message


def default_store_dir() -> Path:
    """``$BERATUNGSKIT_STORE`` if set, else ``./faelle`` (relative to the current folder), absolute."""
    value = os.environ.get(ENV_VAR, "").strip()
    return Path(value).expanduser().absolute() if value else Path.cwd() / "faelle"


def valid_key(key: object) -> bool:
    """True for a key that is a safe file name in the store."""
    return isinstance(key, str) and bool(KEY_PATTERN.fullmatch(key)) and key not in _WINDOWS_RESERVED


# --- reading ----------------------------------------------------------------------------------------


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", ")")) else text + "."


def _validation_reason(exc: ValidationError) -> str:
    messages = german_errors(exc)
    first = _sentence(messages[0])
    if len(messages) > 1:
        return t("store.reason_invalid_more", detail=first.rstrip("."), more=len(messages) - 1) + "."
    return first


def _read(path: Path) -> tuple[dict[str, Any], Signature]:
    """Read and parse a case file without validating it; CaseFileError with a German reason."""
    try:
        with open(path, "rb") as fh:
            signature = _signature(os.fstat(fh.fileno()))
            raw = fh.read()
    except FileNotFoundError:
        raise CaseFileError(path, t("store.reason_missing")) from None
    except OSError as exc:
        raise CaseFileError(path, t("store.reason_os", detail=exc.strerror or exc)) from None
    try:
        text = raw.decode("utf-8-sig")  # tolerate the BOM an editor may add
    except UnicodeDecodeError as exc:
        raise CaseFileError(path, t("store.reason_not_utf8", pos=exc.start)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CaseFileError(path, t("store.reason_json", line=exc.lineno, column=exc.colno)) from None
    if not isinstance(data, dict):
        raise CaseFileError(path, t("store.reason_not_object"))
    return data, signature


def _case_from_data(path: Path, data: dict[str, Any]) -> Case:
    try:
        data = migrate(data)
    except SchemaVersionError as exc:
        raise CaseFileError(path, str(exc)) from None
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        raise CaseFileError(path, _validation_reason(exc)) from None


def _load(path: Path) -> tuple[Case, Signature]:
    data, signature = _read(path)
    return _case_from_data(path, data), signature


def load_case_file(path: Path | str) -> Case:
    """Read, migrate and validate any case JSON file. :class:`CaseFileError` names file and reason.

    >>> import tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "kaputt.json"
    >>> _ = bad.write_text('{"key": ', encoding="utf-8")
    >>> try:
    ...     load_case_file(bad)
    ... except CaseFileError as exc:
    ...     print(exc)
    Die Datei „kaputt.json“ kann nicht geöffnet werden: Sie ist kein gültiges JSON (Zeile 1, Spalte 9). Sie bleibt unverändert liegen.
    """  # noqa: E501
    return _load(Path(path))[0]


def _day_of(path: Path) -> str | None:
    """Calendar day (``YYYY-MM-DD``) of a stored revision's ``updated_at``; None when unreadable."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(2048)
            found = _UPDATED_DAY.search(head)
            if found:
                return found.group(1).decode()
            data = json.loads((head + fh.read()).decode("utf-8-sig"))
    except (OSError, ValueError):
        return None
    value = data.get("updated_at") if isinstance(data, dict) else None
    return value[:10] if isinstance(value, str) and len(value) >= 10 else None


def _day_of_bytes(data: bytes) -> str | None:
    found = _UPDATED_DAY.search(data, 0, 4096)
    return found.group(1).decode() if found else None


# --- the store --------------------------------------------------------------------------------------


class CaseStore:
    """A folder of case files. See the module docstring for the guarantees.

    >>> import tempfile
    >>> store = CaseStore(tempfile.mkdtemp())
    >>> case = store.create("Libelle", key="libelle")
    >>> [(s.key, s.alias, s.revision) for s in store.list()]
    [('libelle', 'Libelle', 1)]
    """

    def __init__(self, folder: Path | str | None = None) -> None:
        self.folder: Path = default_store_dir() if folder is None else Path(folder).expanduser().absolute()
        # key → (stat signature, revision) of a file this store has read or written and found valid;
        # spares re-reading the whole file before every save while nobody else touched it.
        self._known: dict[str, tuple[Signature, int]] = {}
        # file name → (signature, result) for list()/problems()
        self._scanned: dict[str, tuple[Signature, CaseSummary | StoreProblem]] = {}

    def __repr__(self) -> str:
        return f"CaseStore({str(self.folder)!r})"

    # --- paths ---------------------------------------------------------------------------------------

    def path_for(self, key: str) -> Path:
        """The file of case ``key``; :class:`BadKeyError` for anything that is not a plain key."""
        if not valid_key(key):
            raise BadKeyError(str(key))
        return self.folder / f"{key}.json"

    def history_dir(self, key: str) -> Path:
        """Folder holding the earlier revisions of ``key``."""
        self.path_for(key)
        return self.folder / HISTORY_DIR / key

    def _history_path(self, key: str, revision: int) -> Path:
        return self.folder / HISTORY_DIR / key / f"{revision:06d}.json"

    # --- reading -------------------------------------------------------------------------------------

    def exists(self, key: str) -> bool:
        """True when a file for ``key`` exists (readable or not)."""
        return self.path_for(key).exists()

    def load(self, key: str) -> Case:
        """The stored case ``key``; :class:`CaseFileError` (file + German reason) if it cannot be used."""
        path = self.path_for(key)
        case, signature = _load(path)
        if case.key != key:
            raise CaseFileError(path, t("store.reason_key_mismatch", key=case.key))
        self._known[key] = (signature, case.revision)
        return case

    def list(self) -> builtins.list[CaseSummary]:
        """Every readable case, newest change first."""
        summaries = [r for r in self._scan() if isinstance(r, CaseSummary)]
        summaries.sort(key=lambda s: (-s.updated_at.timestamp(), s.key))
        return summaries

    def problems(self) -> builtins.list[StoreProblem]:
        """Every ``*.json`` file in the folder that cannot be used as a case, by file name."""
        found = [r for r in self._scan() if isinstance(r, StoreProblem)]
        return sorted(found, key=lambda p: p.path.name)

    def _scan(self) -> builtins.list[CaseSummary | StoreProblem]:
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return []
        results: builtins.list[CaseSummary | StoreProblem] = []
        seen: set[str] = set()
        for entry in entries:
            name = entry.name
            # temporary files, the lock and the history start with a dot and are never cases
            if name.startswith(".") or not name.endswith(".json") or not entry.is_file():
                continue
            seen.add(name)
            path = Path(entry.path)
            key = name[: -len(".json")]
            if not valid_key(key):
                results.append(StoreProblem(path, t("store.reason_bad_name")))
                continue
            try:
                signature = _signature(entry.stat())
            except FileNotFoundError:
                continue  # removed since the folder was listed
            cached = self._scanned.get(name)
            if cached is not None and cached[0] == signature:
                results.append(cached[1])
                continue
            result: CaseSummary | StoreProblem
            try:
                case = self.load(key)
                signature = self._known[key][0]
                result = CaseSummary(key, case.alias, case.updated_at, case.revision, path)
            except CaseFileError as exc:
                result = StoreProblem(path, exc.reason)
            self._scanned[name] = (signature, result)
            results.append(result)
        for name in set(self._scanned) - seen:
            del self._scanned[name]
        return results

    def revisions(self, key: str) -> builtins.list[int]:
        """Kept earlier revisions of ``key`` and the current one, ascending."""
        path = self.path_for(key)
        found: set[int] = set()
        try:
            names = os.listdir(self.history_dir(key))
        except FileNotFoundError:
            names = []
        for name in names:
            match = _HISTORY_NAME.match(name)
            if match:
                found.add(int(match.group(1)))
        current = self._stored_revision(path, key)
        if current is not None:
            found.add(current)
        return sorted(found)

    def load_revision(self, key: str, revision: int) -> Case:
        """Case ``key`` as it was at ``revision`` (for comparison; saving it is refused as stale)."""
        path = self.path_for(key)
        old = self._history_path(key, revision)
        if old.is_file():
            case = load_case_file(old)
            if case.key != key:
                raise CaseFileError(old, t("store.reason_key_mismatch", key=case.key))
            return case
        if path.exists():
            case = self.load(key)
            if case.revision == revision:
                return case
        raise CaseFileError(path, "", t("store.no_revision", revision=revision, key=key, name=path.name))

    # --- writing -------------------------------------------------------------------------------------

    def _stored_revision(self, path: Path, key: str) -> int | None:
        """Revision of the file on disk (None: no file); CaseFileError if it is not a valid case."""
        try:
            info = os.stat(path)
        except FileNotFoundError:
            return None
        known = self._known.get(key)
        if known is not None and known[0] == _signature(info):
            return known[1]
        return self.load(key).revision

    def save(self, case: Case) -> None:
        """Write ``case`` as the next revision; on success ``case.revision`` is that revision.

        Refused (nothing written) with :class:`StaleRevisionError` when the file holds another
        revision than ``case.revision``, and with :class:`CaseFileError` when the existing file is
        unreadable.
        """
        key = case.key
        path = self.path_for(key)
        mine = case.revision
        new_revision = mine + 1
        # serialise outside the lock: it is the slowest part and needs no file
        data = case.model_copy(update={"revision": new_revision}).model_dump_json(indent=2).encode() + b"\n"
        private_dir(self.folder)  # a new case folder is the owner's alone (0700)
        with folder_lock(self.folder):
            try:
                stored = self._stored_revision(path, key)
            except CaseFileError as exc:
                raise CaseFileError(
                    path, exc.reason, t("store.save_broken", key=key, name=path.name, reason=exc.reason)
                ) from None
            if stored is None:
                if mine != 0:
                    raise StaleRevisionError(
                        t("store.vanished", key=key, name=path.name, mine=mine), path, None, mine
                    )
                self._set_history_aside(key)
            elif stored != mine:
                message = (
                    t("store.exists", key=key, name=path.name, stored=stored)
                    if mine == 0
                    else t("store.stale", key=key, stored=stored, mine=mine)
                )
                raise StaleRevisionError(message, path, stored, mine)
            else:
                self._archive(path, key, stored)
            try:
                info = atomic_write(path, data)
            except OSError as exc:
                raise CaseFileError(
                    path, "", t("store.write_failed", name=path.name, detail=exc.strerror or exc)
                ) from exc
            self._known[key] = (_signature(info), new_revision)
            if stored is not None:
                self._prune(key, new_revision, data)
        # the model would re-check the whole case on assignment; the revision alone cannot break a rule
        object.__setattr__(case, "revision", new_revision)

    def create(self, alias: str, key: str | None = None) -> Case:
        """A new, empty case, saved at once (revision 1). Refused if ``key`` is taken."""
        if key is not None:
            self.path_for(key)
        for _attempt in range(5):
            case = Case.new(alias=alias, key=key)
            try:
                self.save(case)
                return case
            except StaleRevisionError:
                if key is not None:
                    raise
        raise StaleRevisionError(t("store.exists", key=case.key, name="", stored="?"), self.folder, None, 0)

    def _archive(self, path: Path, key: str, revision: int) -> None:
        target = self._history_path(key, revision)
        private_dir(target.parent)
        try:
            os.link(path, target)  # the old file stays as it is: no bytes copied
        except FileExistsError:
            pass  # archived already by an attempt that stopped before its rename
        except OSError:
            atomic_write(target, path.read_bytes())  # file systems without hard links

    def _set_history_aside(self, key: str) -> None:
        # A new case under a key whose file was deleted: keep the old history, but under another name
        # so the two cases' revisions never mix. "~" cannot occur in a key.
        history = self.folder / HISTORY_DIR / key
        if history.is_dir() and any(history.iterdir()):
            history.rename(history.with_name(f"{key}~{now():%Y%m%dT%H%M%S}~{os.getpid()}"))

    def _prune(self, key: str, current: int, current_data: bytes) -> None:
        # Only the revision that has just left the window of the newest KEEP_RECENT can need removal;
        # everything older was decided when it left the window.
        leaving = current - KEEP_RECENT
        if leaving < 0:
            return
        old = self._history_path(key, leaving)
        if not old.exists():
            return
        successor = leaving + 1
        next_day = (
            _day_of_bytes(current_data)
            if successor == current
            else _day_of(self._history_path(key, successor))
        )
        day = _day_of(old)
        if day is not None and day == next_day:
            old.unlink()  # not the last revision of its day
