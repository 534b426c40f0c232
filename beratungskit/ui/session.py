"""The session controller: every panel changes the case through one :class:`Session`.

A change is a plain function on the case (usually one ``Case`` method). :meth:`Session.apply`
remembers the state before, runs the change, saves the case at once and tells every panel. When the
file on disk was changed elsewhere in the meantime (:class:`StaleRevisionError`), the case in memory is
put back exactly as it was and the error is re-raised, so the panel can keep what the person typed
and offer "Neu laden".

Snapshots are the compact JSON of the case — the same text the store writes — because rebuilding a
case from JSON is cheaper than a deep copy of many pydantic objects and keeps undo honest: what is
restored is exactly what was saved.

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
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

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


def _snapshot(case: Case) -> str:
    return case.model_dump_json()


def _restore(case: Case, snapshot: str) -> None:
    """Put ``case`` back to ``snapshot`` in place (same object, every field replaced)."""
    old = Case.model_validate_json(snapshot)
    for name in _FIELDS:
        # object.__setattr__: the fields were validated as a whole just above.
        object.__setattr__(case, name, getattr(old, name))


class Session:
    """One open case, kept in step with its file; the single way panels change the case.

    ``subscribe(cb)`` registers ``cb(session)``, called after every saved change, undo and reload.
    """

    def __init__(self, store: CaseStore, case: Case, *, undo_depth: int = UNDO_DEPTH) -> None:
        self.store = store
        self.case = case
        self._undo: deque[str] = deque(maxlen=undo_depth)
        self._listeners: list[Listener] = []
        self._on_close: list[Callable[[], None]] = []

    # --- changes -------------------------------------------------------------------------------

    def apply(self, change: Callable[[Case], T]) -> T:
        """Run ``change(case)``, save at once, notify. Errors leave case and file as they were.

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
        self._undo.append(before)
        self._notify()
        return result

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> bool:
        """Take back the last change; saved as a new revision. False when there is nothing to undo."""
        if not self._undo:
            return False
        snapshot = self._undo.pop()
        # _restore replaces every field with new objects: the current ones, kept aside untouched, are
        # the way back if the save fails (no second JSON of the whole case for that).
        current = {name: getattr(self.case, name) for name in _FIELDS}
        revision = self.case.revision
        _restore(self.case, snapshot)
        # The file moved on by our own saves since the snapshot; write on top of the current revision.
        object.__setattr__(self.case, "revision", revision)
        try:
            self.store.save(self.case)
        except BaseException:
            for name, value in current.items():
                object.__setattr__(self.case, name, value)
            self._undo.append(snapshot)
            raise
        self._notify()
        return True

    def reload(self) -> None:
        """Read the case again from its file (after someone else saved it); clears undo."""
        fresh = self.store.load(self.case.key)
        _restore(self.case, fresh.model_dump_json())
        self._undo.clear()
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

    def _notify(self) -> None:
        for listener in list(self._listeners):
            listener(self)
