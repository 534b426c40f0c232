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

**Only regular files are cases.** A case file is opened without following a symbolic link and
without blocking (a named pipe would otherwise wait forever), at most :data:`MAX_CASE_BYTES` are read
and the JSON may nest at most :data:`MAX_JSON_DEPTH` deep (:mod:`beratungskit.store.reading`).
Anything else named ``*.json`` — a folder, a pipe, a link to a file elsewhere — is reported as a
problem with a German reason. :func:`check_case_file` applies exactly these rules to any path (the
``validate`` command uses it).

**Revision 0 means "never saved".** Saving a case of revision 0 creates its file and never replaces
one, whatever lies there. A file that the store did not write may say ``"revision": 0`` (or nothing);
the store reads it as revision 1, so it can be loaded and changed like any other.

**History.** Before a save replaces ``<key>.json``, the old revision is kept as
``<folder>/.verlauf/<key>/<revision:06d>.json``, frozen: nothing that edits a case file later can
change it. It is a hard link when the case file has no other name (the store's own file — the save
then gives the case file a new inode, so the entry is the only name left; no bytes copied) and a copy
of the very bytes that were checked when the file has another name somewhere (``ln``), through which
it could be rewritten in place. A symbolic link is never archived (it is no case file at all). The
app saves on every click, so the history is pruned: kept are

* the newest :data:`KEEP_RECENT` (50) revisions, counting the current file, and
* forever, the last revision of every calendar day (the date of its ``updated_at``): an older
  revision is kept when the revision after it belongs to another day.

Pruning is incremental and cheap: each save looks only at the one revision that has just left the
window of the newest 50 and at its successor, reading just the start of those two files.

Keys are plain file names (``KEY_PATTERN``: ``a–z 0–9 - _``, and no Windows device name such as
``con``), so a key can never reach outside the folder (:class:`BadKeyError`).

**Temporary files** (``.<name>.<random>.tmp``) exist only while a writer holds the folder lock. One
left behind by a writer that was killed is removed when a store is opened on the folder and the lock
is free, and in a case's history folder at its next save.

Every error is German and names the file; an operating-system error never shows its English text.

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
import contextlib
import os
import re
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError

from beratungskit.messages import t
from beratungskit.model import KEY_PATTERN, Case, german_errors, now, visible
from beratungskit.store.casetext import CaseText
from beratungskit.store.errors import (
    BadKeyError,
    CaseFileError,
    SchemaVersionError,
    StaleRevisionError,
)
from beratungskit.store.files import (
    LockError,
    atomic_write,
    folder_lock,
    remove_orphans,
    remove_orphans_locked,
)
from beratungskit.store.migrate import migrate
from beratungskit.store.private import PRIVATE_DIR, private_dir
from beratungskit.store.reading import (
    MAX_CASE_BYTES,
    MAX_JSON_DEPTH,
    JsonError,
    UnreadableFileError,
    entry_problem,
    os_reason,
    parse_json,
    read_regular_file,
)

__all__ = [
    "ENV_VAR",
    "HISTORY_DIR",
    "KEEP_RECENT",
    "MAX_CASE_BYTES",
    "MAX_JSON_DEPTH",
    "CaseStore",
    "CaseSummary",
    "StoreProblem",
    "case_file_problem",
    "check_case_file",
    "default_store_dir",
    "load_case_file",
    "read_case_bytes",
    "valid_key",
]

ENV_VAR = "BERATUNGSKIT_STORE"
HISTORY_DIR = ".verlauf"
#: How many of the newest revisions (the current one included) are always kept.
KEEP_RECENT = 50

# Device names that Windows refuses as file names whatever the extension ("con.json").
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(10)}
_HISTORY_NAME = re.compile(r"^(\d{6,})\.json$")
# updated_at sits near the top of a file written by the store; searching 4 KiB avoids a full parse.
# An escaped quote inside the alias (\") cannot match: the pattern needs a bare quote before and after.
_UPDATED_DAY = re.compile(rb'"updated_at"\s*:\s*"(\d{4}-\d{2}-\d{2})')

Signature = tuple[int, int, int, int]


def _signature(info: os.stat_result) -> Signature:
    # A save always writes a new file (new inode), so these four change with every replacement.
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


class _Current(NamedTuple):
    """The case file as a save found it: its revision, its bytes and the stat of what was read."""

    revision: int
    raw: bytes
    info: os.stat_result


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
        return t("store.file_broken", name=visible(self.path.name), reason=self.reason)

    def __str__(self) -> str:
        return self.message


def default_store_dir() -> Path:
    """``$BERATUNGSKIT_STORE`` if set, else ``./faelle`` (relative to the current folder), absolute."""
    value = os.environ.get(ENV_VAR, "").strip()
    return Path(value).expanduser().absolute() if value else Path.cwd() / "faelle"


def valid_key(key: object) -> bool:
    """True for a key that is a safe file name in the store."""
    return isinstance(key, str) and bool(KEY_PATTERN.fullmatch(key)) and key not in _WINDOWS_RESERVED


def case_file_problem(name: str) -> str | None:
    """Why the store would not take a file of this name as a case (German), or None.

    >>> case_file_problem("kranich.json") is None
    True
    >>> case_file_problem("con.json")
    '„con“ ist unter Windows ein reservierter Gerätename und keine gültige Fallkennung.'
    """
    if not name.endswith(".json"):
        return t("store.reason_not_json_name")
    if name.startswith("."):
        return t("store.reason_hidden")
    stem = name[: -len(".json")]
    if stem in _WINDOWS_RESERVED:
        return t("store.reason_reserved_name", stem=stem)
    if not valid_key(stem):
        return t("store.reason_bad_name")
    return None


# --- reading ----------------------------------------------------------------------------------------


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", ")")) else text + "."


def _validation_reason(exc: ValidationError) -> str:
    messages = german_errors(exc)
    first = _sentence(messages[0])
    if len(messages) == 2:
        return t("store.reason_invalid_one_more", detail=first.rstrip(".")) + "."
    if len(messages) > 2:
        return t("store.reason_invalid_more", detail=first.rstrip("."), more=len(messages) - 1) + "."
    return first


def read_case_bytes(path: Path, *, follow_symlinks: bool = False) -> tuple[bytes, os.stat_result]:
    """The bytes of a case file, read as the store reads them; :class:`CaseFileError` (German) if not.

    Only a regular file of at most :data:`MAX_CASE_BYTES`; never blocks; a symbolic link only with
    ``follow_symlinks=True``.
    """
    try:
        return read_regular_file(path, max_bytes=MAX_CASE_BYTES, follow_symlinks=follow_symlinks)
    except UnreadableFileError as exc:
        raise CaseFileError(path, exc.reason) from None


def _case_from_bytes(path: Path, raw: bytes) -> Case:
    """Parse, migrate and validate a case file's bytes; CaseFileError with a German reason."""
    try:
        # The fast path for a current, valid file: pydantic reads the bytes itself (no dict between).
        case: Case | None = Case.model_validate_json(raw)
    except ValidationError:
        case = None
    if case is None or "schema_version" not in case.model_fields_set:
        # Anything else takes the full way, which also gives the German reason: parse with limits,
        # migrate an older schema (a file must say which one it follows), validate.
        case = _case_from_data(path, _parse(path, raw))
    if case.revision == 0:
        # Written by someone else than the store: counts as the first revision (see module docstring).
        object.__setattr__(case, "revision", 1)
    return case


def _parse(path: Path, raw: bytes) -> dict[str, Any]:
    try:
        data = parse_json(raw, max_depth=MAX_JSON_DEPTH)
    except JsonError as exc:
        raise CaseFileError(path, exc.reason) from None
    if not isinstance(data, dict):
        raise CaseFileError(path, t("store.reason_not_object"))
    return data


def _case_from_data(path: Path, data: dict[str, Any]) -> Case:
    try:
        data = migrate(data)
    except SchemaVersionError as exc:
        raise CaseFileError(path, str(exc)) from None
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        raise CaseFileError(path, _validation_reason(exc)) from None


def _load(path: Path, *, follow_symlinks: bool) -> tuple[Case, Signature]:
    raw, info = read_case_bytes(path, follow_symlinks=follow_symlinks)
    return _case_from_bytes(path, raw), _signature(info)


def load_case_file(path: Path | str) -> Case:
    """Read, migrate and validate any case JSON file. :class:`CaseFileError` names file and reason.

    Any name will do and a symbolic link is followed: the person named this file. To check a file
    the way the store would take it, use :func:`check_case_file`.

    >>> import tempfile, pathlib
    >>> bad = pathlib.Path(tempfile.mkdtemp()) / "kaputt.json"
    >>> _ = bad.write_text('{"key": ', encoding="utf-8")
    >>> try:
    ...     load_case_file(bad)
    ... except CaseFileError as exc:
    ...     print(exc)
    Die Datei „kaputt.json“ kann nicht geöffnet werden: Sie ist kein gültiges JSON (Zeile 1, Spalte 9). Sie bleibt unverändert liegen.
    """  # noqa: E501
    return _load(Path(path), follow_symlinks=True)[0]


def check_case_file(path: Path | str) -> Case:
    """The case in ``path`` if the store would take this file as a case; else :class:`CaseFileError`.

    The store's own rules: the name is ``<key>.json`` with a valid key, the entry is a regular
    file (no link, folder or pipe), it parses and validates, and the key inside is the file's.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> store = CaseStore(folder)
    >>> _ = store.create("Kranich", key="kranich")
    >>> check_case_file(folder / "kranich.json").alias
    'Kranich'
    """
    path = Path(path)
    problem = case_file_problem(path.name)
    if problem is not None:
        raise CaseFileError(path, problem)
    case = _load(path, follow_symlinks=False)[0]
    if case.key != path.name[: -len(".json")]:
        raise CaseFileError(path, t("store.reason_key_mismatch", key=case.key))
    return case


def _day_of(path: Path) -> str | None:
    """Calendar day (``YYYY-MM-DD``) of a stored revision's ``updated_at``; None when unreadable."""
    try:
        raw = read_regular_file(path, max_bytes=MAX_CASE_BYTES, follow_symlinks=False)[0]
    except UnreadableFileError:
        return None
    day = _day_of_bytes(raw)
    if day is not None:
        return day
    try:
        data = parse_json(raw)
    except JsonError:
        return None
    value = data.get("updated_at") if isinstance(data, dict) else None
    return value[:10] if isinstance(value, str) and len(value) >= 10 else None


def _day_of_bytes(data: bytes) -> str | None:
    found = _UPDATED_DAY.search(data, 0, 4096)
    return found.group(1).decode() if found else None


def _is_case_file_name(name: str) -> bool:
    return case_file_problem(name) is None


def _is_history_name(name: str) -> bool:
    return bool(_HISTORY_NAME.match(name))


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
        # spares re-parsing the whole file before every save while nobody else touched it.
        self._known: dict[str, tuple[Signature, int]] = {}
        # file name → (signature, result) for list()/problems()
        self._scanned: dict[str, tuple[Signature, CaseSummary | StoreProblem]] = {}
        # the text of each item last saved: a save makes only the changed items' text anew
        self._text = CaseText()
        # Temporary files of writers that were killed (kill -9, power cut) are removed now, when no
        # writer holds the lock; in a history folder at the next save of that case.
        remove_orphans(self.folder, _is_case_file_name)

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
        """True when there is an entry named after ``key`` (readable or not, a broken link too)."""
        return os.path.lexists(self.path_for(key))

    def load(self, key: str) -> Case:
        """The stored case ``key``; :class:`CaseFileError` (file + German reason) if it cannot be used."""
        path = self.path_for(key)
        case, signature = _load(path, follow_symlinks=False)
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
        """Every ``*.json`` entry in the folder that cannot be used as a case, by file name."""
        found = [r for r in self._scan() if isinstance(r, StoreProblem)]
        return sorted(found, key=lambda p: p.path.name)

    def _scan(self) -> builtins.list[CaseSummary | StoreProblem]:
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return []
        except OSError as exc:
            return [StoreProblem(self.folder, os_reason(exc))]
        results: builtins.list[CaseSummary | StoreProblem] = []
        seen: set[str] = set()
        for entry in entries:
            name = entry.name
            # temporary files, the lock and the history start with a dot and are never cases
            if name.startswith(".") or not name.endswith(".json"):
                continue
            path = Path(entry.path)
            try:
                info = entry.stat(follow_symlinks=False)
            except FileNotFoundError:
                continue  # removed since the folder was listed
            except OSError as exc:
                results.append(StoreProblem(path, os_reason(exc)))
                continue
            # a folder, pipe, device or link named *.json: reported, never opened
            problem = entry_problem(info) or case_file_problem(name)
            if problem is not None:
                results.append(StoreProblem(path, problem))
                continue
            seen.add(name)
            signature = _signature(info)
            cached = self._scanned.get(name)
            if cached is not None and cached[0] == signature:
                results.append(cached[1])
                continue
            key = name[: -len(".json")]
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
        except OSError:  # no history yet (or a history that is no folder: nothing to offer)
            names = []
        for name in names:
            match = _HISTORY_NAME.match(name)
            if match:
                found.add(int(match.group(1)))
        current = self._current(path, key)
        if current is not None:
            found.add(current.revision)
        return sorted(found)

    def load_revision(self, key: str, revision: int) -> Case:
        """Case ``key`` as it was at ``revision`` (for comparison; saving it is refused as stale)."""
        path = self.path_for(key)
        old = self._history_path(key, revision)
        if os.path.lexists(old):
            case = _load(old, follow_symlinks=False)[0]
            if case.key != key:
                raise CaseFileError(old, t("store.reason_key_mismatch", key=case.key))
            return case
        if os.path.lexists(path):
            case = self.load(key)
            if case.revision == revision:
                return case
        raise CaseFileError(path, "", t("store.no_revision", revision=revision, key=key, name=path.name))

    # --- writing -------------------------------------------------------------------------------------

    def _current(self, path: Path, key: str) -> _Current | None:
        """The file on disk (None: no file); CaseFileError if it is no valid case.

        Its bytes are exactly those whose revision was checked: they are what the history keeps.
        """
        try:
            raw, info = read_case_bytes(path)
        except CaseFileError:
            if not os.path.lexists(path):
                return None
            raise
        signature = _signature(info)
        known = self._known.get(key)
        if known is not None and known[0] == signature:
            return _Current(known[1], raw, info)
        case = _case_from_bytes(path, raw)
        if case.key != key:
            raise CaseFileError(path, t("store.reason_key_mismatch", key=case.key))
        self._known[key] = (signature, case.revision)
        return _Current(case.revision, raw, info)

    def save(self, case: Case) -> None:
        """Write ``case`` as the next revision; on success ``case.revision`` is that revision.

        Refused (nothing written) with :class:`StaleRevisionError` when the file holds another
        revision than ``case.revision`` or when a case of revision 0 (never saved) would replace
        any file, and with :class:`CaseFileError` when the existing file is unreadable or the disk
        refuses (German reason, never the system's English text).
        """
        key = case.key
        path = self.path_for(key)
        mine = case.revision
        new_revision = mine + 1
        # serialise outside the lock: it is the slowest part and needs no file
        data = self._text.dump(case, new_revision) + b"\n"
        try:
            private_dir(self.folder)  # a new case folder is the owner's alone (0700)
        except OSError as exc:
            raise self._write_error(path, exc) from None
        try:
            with folder_lock(self.folder):
                self._save_locked(key, path, mine, data)
        except LockError as exc:
            raise CaseFileError(
                path, "", t("store.lock_failed", key=key, name=Path(exc.filename).name, detail=os_reason(exc))
            ) from None
        # the model would re-check the whole case on assignment; the revision alone cannot break a rule
        object.__setattr__(case, "revision", new_revision)

    def _save_locked(self, key: str, path: Path, mine: int, data: bytes) -> None:
        try:
            current = self._current(path, key)
        except CaseFileError as exc:
            raise CaseFileError(
                path, exc.reason, t("store.save_broken", key=key, name=path.name, reason=exc.reason)
            ) from None
        archived: Path | None = None
        if current is None:
            if mine != 0:
                raise StaleRevisionError(
                    t("store.vanished", key=key, name=path.name, mine=mine), path, None, mine
                )
            self._set_history_aside(key)
        else:
            stored = current.revision
            if mine == 0 or stored != mine:
                # revision 0 is a case never saved: it never replaces a file, whatever that file says
                message = (
                    t("store.exists", key=key, name=path.name, stored=stored)
                    if mine == 0
                    else t("store.stale", key=key, stored=stored, mine=mine)
                )
                raise StaleRevisionError(message, path, stored, mine)
            archived = self._archive(key, path, current)
        try:
            info = atomic_write(path, data, replace=current is not None)
        except FileExistsError:
            # another program put a file there after we looked: a new case does not replace it
            raise StaleRevisionError(
                t("store.exists", key=key, name=path.name, stored="?"), path, None, 0
            ) from None
        except OSError as exc:
            if archived is not None:  # the failed save leaves no trace in the history either
                with contextlib.suppress(OSError):
                    archived.unlink()
            raise self._write_error(path, exc) from None
        self._known[key] = (_signature(info), mine + 1)
        if current is not None:
            # The save has happened; a history entry that cannot be pruned now is pruned later.
            with contextlib.suppress(OSError):
                self._prune(key, mine + 1, data)

    @staticmethod
    def _write_error(path: Path, exc: OSError) -> CaseFileError:
        return CaseFileError(path, "", t("store.write_failed", name=path.name, detail=os_reason(exc)))

    def create(self, alias: str, key: str | None = None) -> Case:
        """A new, empty case, saved at once (revision 1); never replaces a file (refused: key taken)."""
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

    def _history_folder(self, key: str) -> Path:
        """``.verlauf/<key>``, made if missing; refused unless both are real folders (no links)."""
        folder = self.folder / HISTORY_DIR / key
        try:
            for part in (folder.parent, folder):  # one by one: never create anything through a link
                with contextlib.suppress(FileExistsError):
                    part.mkdir(mode=PRIVATE_DIR)
                    os.chmod(part, PRIVATE_DIR)  # the umask may cut the mode, never widen it: exact
                if not stat.S_ISDIR(os.lstat(part).st_mode):
                    detail = t("store.history_not_folder", name=part.name)
                    raise self._history_error(key, folder, detail)
        except OSError as exc:
            raise self._history_error(key, folder, os_reason(exc)) from None
        return folder

    @staticmethod
    def _history_error(key: str, folder: Path, detail: str) -> CaseFileError:
        message = t("store.history_failed", key=key, folder=f"{HISTORY_DIR}/{key}", detail=detail)
        return CaseFileError(folder, "", message)

    def _archive(self, key: str, path: Path, current: _Current) -> Path | None:
        """Keep the current file (``current``) in the history; the new entry, or None if kept already.

        The entry must be frozen: nothing may change it later. When the file has no other name (the
        normal case: the store wrote it), a hard link is that already — the save that follows gives
        the case file a new inode, so the entry is the only name left — and costs nothing. A file
        that has another name elsewhere (``ln``) gets a copy of the checked bytes instead: through
        the other name it could be rewritten in place. A link that does not end up on the very
        file that was checked (replaced meanwhile by another program) is dropped for a copy too.
        """
        folder = self._history_folder(key)
        remove_orphans_locked(folder, _is_history_name)  # we hold the lock: leftovers are orphans
        target = folder / f"{current.revision:06d}.json"
        if os.path.lexists(target):
            return None  # archived already by an attempt that stopped before its rename
        try:
            if current.info.st_nlink == 1 and self._link(path, target, _signature(current.info)):
                return target
            atomic_write(target, current.raw, replace=False)
        except OSError as exc:
            raise self._history_error(key, folder, os_reason(exc)) from None
        return target

    @staticmethod
    def _link(path: Path, target: Path, signature: Signature) -> bool:
        """Hard-link ``path`` as ``target`` if that gives exactly the checked file; else leave none."""
        try:
            os.link(path, target, follow_symlinks=False)
        except FileExistsError:
            raise
        except OSError:
            return False  # no hard links on this file system: the caller copies
        if _signature(os.lstat(target)) == signature:
            return True
        target.unlink()
        return False

    def _set_history_aside(self, key: str) -> None:
        # A new case under a key whose file was deleted: keep the old history, but under another name
        # so the two cases' revisions never mix. "~" cannot occur in a key.
        history = self.folder / HISTORY_DIR / key
        try:
            if history.is_dir() and any(history.iterdir()):
                history.rename(history.with_name(f"{key}~{now():%Y%m%dT%H%M%S}~{os.getpid()}"))
        except OSError as exc:
            raise CaseFileError(
                history,
                "",
                t("store.history_failed", key=key, folder=f"{HISTORY_DIR}/{key}", detail=os_reason(exc)),
            ) from None

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
