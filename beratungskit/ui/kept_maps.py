"""The picture of each case's live map, kept beside the case file: the case opens with it next time.

``<store>/.karten/<key>.json`` holds the layout last shown for the case (as data:
:mod:`beratungskit.analysis.kept_layout`, no label text), written by the live map of the app:

- after a layout that was searched afresh (a case opened for the first time, a big change): at
  once, after the map's messages went out — that search is what the next opening saves;
- after an edit: a moment after the last one (:data:`WRITE_AFTER`), by one writer thread that lives
  as long as the kernel (an edit only notes the moment: no thread is started per edit, which cost a
  loaded kernel up to ~20 ms); a kernel ended meanwhile loses only that: the next opening searches
  afresh.

Reading takes it only where it is valid for the case as it is now (same content, same layout code,
nearly the same canvas shape, every box the size its label needs); anything else — a missing,
damaged or foreign file, a case changed elsewhere — is passed over and the map laid out afresh.
The folder is the owner's alone (0700), the files 0600, as the case files; it is a cache: deleting
it loses nothing. A name starting with a dot: the store never takes it for a case.

>>> import tempfile
>>> from pathlib import Path
>>> from beratungskit.analysis.layout import compute_layout
>>> from beratungskit.demo import demo_case
>>> case = demo_case(); object.__setattr__(case, "revision", 3)
>>> keeper = MapKeeper(Path(tempfile.mkdtemp()))
>>> keeper.keep(case, compute_layout(case, 1.8), now=True)
>>> keeper.picture(case, 1.8) == compute_layout(case, 1.8)
True
"""

from __future__ import annotations

import atexit
import json
import logging
import threading
import time
import weakref
from pathlib import Path

from beratungskit.analysis.kept_layout import content_fingerprint, kept_layout, layout_data
from beratungskit.analysis.layout import MapLayout
from beratungskit.model import Case
from beratungskit.store import valid_key
from beratungskit.store.files import atomic_write
from beratungskit.store.private import private_dir
from beratungskit.store.reading import UnreadableFileError, read_regular_file

__all__ = ["KEPT_DIR", "WRITE_AFTER", "MapKeeper"]

log = logging.getLogger(__name__)

#: The folder in the store that holds the kept pictures.
KEPT_DIR = ".karten"
#: Seconds after the last edit until its picture is written (edits in a row write once).
WRITE_AFTER = 2.0
#: A kept picture is a few dozen kB (200 resources: ~45 kB); anything much larger is not one.
MAX_BYTES = 2 * 1024 * 1024

_keepers: weakref.WeakSet[MapKeeper] = weakref.WeakSet()
#: When each keeper's pending pictures are due (monotonic seconds), guarded by :data:`_due_changed`.
_due: weakref.WeakKeyDictionary[MapKeeper, float] = weakref.WeakKeyDictionary()
_due_changed = threading.Condition()
_writer: threading.Thread | None = None


def _write_when_due() -> None:
    """The writer thread: flushes each keeper when its moment has come."""
    while True:
        with _due_changed:
            now = time.monotonic()
            ready = [keeper for keeper, at in _due.items() if at <= now]
            for keeper in ready:
                del _due[keeper]
            if not ready:
                _due_changed.wait(min(_due.values(), default=now + 3600) - now)
                continue
        for keeper in ready:
            keeper.flush()


def _write_later(keeper: MapKeeper) -> None:
    global _writer
    with _due_changed:
        _due[keeper] = time.monotonic() + WRITE_AFTER
        if _writer is None:
            _writer = threading.Thread(target=_write_when_due, name="kept-maps", daemon=True)
            _writer.start()
        _due_changed.notify()


class MapKeeper:
    """Keeps and finds the live map's pictures in ``folder`` (the store's folder)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder) / KEPT_DIR
        self._lock = threading.Lock()
        self._pending: dict[str, tuple[MapLayout, str]] = {}
        _keepers.add(self)

    def path_for(self, key: str) -> Path | None:
        return self.folder / f"{key}.json" if valid_key(key) else None

    def picture(self, case: Case, aspect: float) -> MapLayout | None:
        """The picture kept for ``case`` if it is valid for it on a canvas of ``aspect``, else None."""
        path = self.path_for(case.key)
        if path is None or case.revision < 1:  # a case never saved has no picture
            return None
        if case.key in self._pending:  # shown a moment ago, not written yet
            self.flush()
        try:
            raw, _info = read_regular_file(path, max_bytes=MAX_BYTES, follow_symlinks=False)
            data = json.loads(raw)
        except FileNotFoundError:
            return None
        except (OSError, UnreadableFileError, ValueError, RecursionError) as exc:
            log.info("kept map of %s not used: %s", case.key, exc)
            return None
        return kept_layout(case, data, aspect)

    def keep(self, case: Case, shown: MapLayout, *, now: bool = False) -> None:
        """Keep ``shown`` as the picture of ``case`` (as it is now): written at once with ``now``,
        else :data:`WRITE_AFTER` seconds after the last call."""
        if self.path_for(case.key) is None or case.revision < 1:
            return
        # the content now (the case object changes with the next edit, the layout never does); the
        # data is made when written, in the writer thread
        content = content_fingerprint(case)
        with self._lock:
            self._pending[case.key] = (shown, content)
        if now:
            self.flush()
        else:
            _write_later(self)

    def flush(self) -> None:
        """Write every picture not written yet."""
        with _due_changed:
            _due.pop(self, None)
        with self._lock:
            pending, self._pending = self._pending, {}
        for key, (shown, content) in pending.items():
            path = self.path_for(key)
            assert path is not None
            data = json.dumps(layout_data(shown, content), separators=(",", ":")).encode()
            if not self.folder.parent.is_dir():  # the store itself is gone: nothing to keep it with
                continue
            try:
                private_dir(self.folder)
                atomic_write(path, data, durable=False)
            except OSError as exc:  # a cache: the next opening lays the map out afresh
                log.info("kept map of %s not written: %s", key, exc)


@atexit.register
def _flush_all() -> None:
    for keeper in list(_keepers):
        keeper.flush()
