"""The session controller: every panel changes the case through one :class:`Session`.

A change is a plain function on the case (usually one ``Case`` method). :meth:`Session.apply`
remembers the state before, runs the change, saves the case at once and tells every panel. When the
file on disk was changed elsewhere in the meantime (:class:`StaleRevisionError`), the case in memory is
put back exactly as it was and the error is re-raised, so the panel can keep what the person typed
and offer "Neu laden".

A snapshot holds the case's field values themselves, not a copy: a :class:`Case` cannot change a
list or an item in place — its lists are tuples of frozen items, and every change builds a new tuple
with new items and sets it (``Case.add``, ``update``, ``remove``; ``tests/test_model_case.py`` and
``tests/test_ui_session.py`` hold that) — so the
values kept aside stay exactly what they were, and taking or restoring a snapshot costs the same at
200 resources as at 15 (the JSON text of the whole case, made and parsed again on every change and
undo, was 3 ms of an undo at 200).

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp())
>>> session = Session(store, store.create("Sonnenblume"))
>>> res = session.apply(lambda case: case.add_resource("Fahrrad"))
>>> session.case.revision, [r.label for r in store.load(session.case.key).resources]
(2, ['Fahrrad'])
>>> session.undo()
True
>>> [r.label for r in store.load(session.case.key).resources]
[]

Several changes can be taken back one after the other (:data:`UNDO_DEPTH`), and what was taken back
can be done again (:meth:`Session.redo`) until the next new change. Each step carries what the change
was in plain German (``what``: the words the app said when it was made), so "Rückgängig" and
"Wiederholen" can say what they take back or do again. An undo or redo is a save like any other:
a new revision, the one before kept in the history, refused when the file moved on elsewhere.

>>> _ = session.apply(lambda case: case.add_resource("Jana"), what=lambda _r: "„Jana“ festgehalten.")
>>> session.undo_text, session.can_redo
('„Jana“ festgehalten.', False)
>>> session.undo(), session.redo_text
(True, '„Jana“ festgehalten.')
>>> session.redo(), [r.label for r in store.load(session.case.key).resources]
(True, ['Jana'])
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from beratungskit.model import Case

if TYPE_CHECKING:  # the store is a lower layer; imported lazily so this module loads on its own
    from beratungskit.store import CaseStore

__all__ = ["Session"]

T = TypeVar("T")
Listener = Callable[["Session"], None]

#: How many changes "Rückgängig" can take back.
UNDO_DEPTH = 30

# Every list and scalar of a case; restoring in place keeps references held by panels valid.
_FIELDS = tuple(Case.model_fields)


Snapshot = dict[str, Any]


def _snapshot(case: Case) -> Snapshot:
    """The case's field values as they are now (shared, never changed in place: see above)."""
    return {name: getattr(case, name) for name in _FIELDS}


@dataclass(frozen=True)
class _Step:
    """One step back (or forward again): the case's values to go to, and what the change was."""

    snapshot: Snapshot
    what: str


def _restore(case: Case, snapshot: Snapshot) -> None:
    """Put ``case`` back to ``snapshot`` in place (same object, every field replaced)."""
    for name, value in snapshot.items():
        # object.__setattr__: the values were a valid case together when they were taken.
        object.__setattr__(case, name, value)


class Session:
    """One open case, kept in step with its file; the single way panels change the case.

    ``subscribe(cb)`` registers ``cb(session)``, called after every saved change, undo and reload.
    """

    def __init__(self, store: CaseStore, case: Case, *, undo_depth: int = UNDO_DEPTH) -> None:
        self.store = store
        self.case = case
        self._undo: deque[_Step] = deque(maxlen=undo_depth)
        self._redo: list[_Step] = []
        self._listeners: list[Listener] = []
        self._on_close: list[Callable[[], None]] = []

    # --- changes -------------------------------------------------------------------------------

    def apply(
        self,
        change: Callable[[Case], T],
        *,
        saved: Callable[[T], object] | None = None,
        what: Callable[[T], str] | None = None,
    ) -> T:
        """Run ``change(case)``, save at once, notify. Errors leave case and file as they were.

        ``saved(result)`` is called once the change is on disk and before the panels are told: the
        status line says "Gespeichert" while the map's answer is still being laid out (a dropped box
        already stands where the person put it), and never before the file is written.
        ``what(result)``: the change in plain German ("„Fahrrad“ festgehalten."), for "Rückgängig".
        ``CaseError`` (a broken rule, German message) and ``StaleRevisionError`` propagate.
        """
        before = _snapshot(self.case)
        try:
            # The map lays itself out from the case (area, ring, order): nothing to pin here.
            result = change(self.case)
            self.store.save(self.case)
        except BaseException:
            # Whether the rule, the disk or a newer file refused it: nothing half-done stays behind.
            _restore(self.case, before)
            raise
        self._undo.append(_Step(before, what(result) if what is not None else ""))
        self._redo.clear()  # a new change: what was taken back stays taken back
        self._saved(saved, result)
        return result

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_text(self) -> str:
        """What "Rückgängig" takes back now, in plain German ("" if unknown or nothing)."""
        return self._undo[-1].what if self._undo else ""

    @property
    def redo_text(self) -> str:
        """What "Wiederholen" does again now, in plain German ("" if unknown or nothing)."""
        return self._redo[-1].what if self._redo else ""

    def undo(self, *, saved: Callable[[str], object] | None = None) -> bool:
        """Take back the last change; saved as a new revision. False when there is nothing to undo.

        ``saved(what)``: as for :meth:`apply`, once the undo is on disk and before the panels follow;
        ``what`` is the change taken back in plain German.
        """
        return self._go(self._undo, self._redo.append, saved)

    def redo(self, *, saved: Callable[[str], object] | None = None) -> bool:
        """Do again what the last undo took back; saved as a new revision. False when nothing is left."""
        return self._go(self._redo, self._undo.append, saved)

    def _go(
        self,
        steps: deque[_Step] | list[_Step],
        back: Callable[[_Step], None],
        saved: Callable[[str], object] | None,
    ) -> bool:
        """Go to the newest of ``steps``, save it, and hand the way back to ``back``."""
        if not steps:
            return False
        step = steps.pop()
        # the current values, kept aside untouched, are the way back (and the way back if the save fails)
        current = _snapshot(self.case)
        revision = self.case.revision
        _restore(self.case, step.snapshot)
        # The file moved on by our own saves since the snapshot; write on top of the current revision.
        # A file changed elsewhere meanwhile refuses this save (StaleRevisionError): nothing is lost.
        object.__setattr__(self.case, "revision", revision)
        try:
            self.store.save(self.case)
        except BaseException:
            _restore(self.case, current)
            steps.append(step)
            raise
        back(_Step(current, step.what))
        self._saved(saved, step.what)
        return True

    def reload(self) -> None:
        """Read the case again from its file (after someone else saved it); clears undo and redo."""
        fresh = self.store.load(self.case.key)
        _restore(self.case, _snapshot(fresh))
        self._undo.clear()
        self._redo.clear()
        self._notify()

    # --- listeners -----------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(session)`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def on_close(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` when the session ends (:meth:`close`): panels release their widgets."""
        self._on_close.append(callback)

    def close(self) -> None:
        """End the session: nothing is told of changes any more; ``on_close`` callbacks run once."""
        self._listeners.clear()
        callbacks, self._on_close = self._on_close, []
        for callback in callbacks:
            callback()

    def _saved(self, saved: Callable[[T], object] | None, result: T) -> None:
        try:
            if saved is not None:
                saved(result)
        finally:  # the panels follow the case whatever the report did
            self._notify()

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener(self)
