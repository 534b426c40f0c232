"""Lists on screen whose rows are kept, reused and updated in place (:class:`KeyedRows`).

Every widget costs a message to the browser and a view there. A panel that rebuilt its list on each
change paid for every row, so an edit cost more the larger the case was. Here a panel describes its
list as ``(key, item)`` pairs and :meth:`KeyedRows.sync` keeps one row per key:

* a row is made only for a key that was never shown (or taken from the spare rows, below); a
  ``make`` that takes ``(key, item)`` builds the row already showing its item, so its widgets
  reach the browser with their first message, not with one more message per value;
* a row that stays is told its item again and changes only what differs — ipywidgets sends nothing
  for a trait set to the value it already has;
* a row whose key left the list is laid aside, never closed, and reused for the next new key: an
  undo that brings an item back makes no widget, and no widget disappears while the browser may
  still draw it (closing one too early is what the browser reports as "widget model not found").

>>> import ipywidgets as widgets
>>> class Line:
...     def __init__(self): self.widget = widgets.Label()
...     def show(self, key, item): self.widget.value = item
>>> rows = KeyedRows(Line)
>>> rows.sync([("a", "Fahrrad"), ("b", "Kita")]); [r.value for r in rows.box.children]
['Fahrrad', 'Kita']
>>> first = rows.box.children[0]
>>> rows.sync([("a", "Fahrrad (neu)")]); rows.box.children == (first,), first.value
(True, 'Fahrrad (neu)')
>>> rows.sync([("a", "Fahrrad (neu)"), ("c", "Bus")]); rows.made  # "Kita"'s row became "Bus"'s
2
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Hashable, Iterable
from typing import Any, Generic, Protocol, TypeVar, cast

import ipywidgets as widgets

__all__ = ["KeyedRows", "Row"]

K = TypeVar("K", bound=Hashable)
R = TypeVar("R", bound="Row")


class Row(Protocol):
    """One row of a :class:`KeyedRows` list."""

    widget: widgets.Widget

    def show(self, key: Any, item: Any) -> None:
        """Show ``item`` under ``key``. A reused row gets a new key: forget what belonged to the old."""


class KeyedRows(Generic[K, R]):
    """A box whose children follow a keyed list; see the module docstring.

    ``empty`` is shown instead of the rows while the list is empty (optional).
    """

    def __init__(
        self,
        make: Callable[[], R] | Callable[[K, Any], R],
        *,
        box: widgets.Box | None = None,
        empty: widgets.Widget | None = None,
    ) -> None:
        self.make = make
        self._make_shows = len(inspect.signature(make).parameters) >= 2
        self.box = box if box is not None else widgets.VBox(layout=widgets.Layout(width="100%"))
        self.empty = empty
        self.rows: dict[K, R] = {}
        self.spare: list[R] = []
        #: How many rows were ever made (for tests: an edit must not make rows for the whole list).
        self.made = 0
        if empty is not None:
            self.box.children = (empty,)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, key: K) -> R:
        return self.rows[key]

    def __contains__(self, key: object) -> bool:
        return key in self.rows

    def sync(self, items: Iterable[tuple[K, Any]]) -> None:
        """Show exactly ``items``, in this order, reusing rows by key."""
        old = self.rows
        new: dict[K, R] = {}
        pending: list[tuple[K, Any]] = []
        for key, item in items:
            if key in new:
                raise ValueError(f"key shown twice: {key!r}")
            row = old.pop(key, None)
            if row is None:
                pending.append((key, item))
                new[key] = None  # type: ignore[assignment]  # placeholder, keeps the order
                continue
            row.show(key, item)
            new[key] = row
        # Rows whose keys are gone serve the new keys first; only then are rows made.
        self.spare.extend(old.values())
        for key, item in pending:
            row = self.spare.pop() if self.spare else self._make(key, item)
            row.show(key, item)  # a row just made for this item: nothing differs, nothing is sent
            new[key] = row
        self.rows = new
        children = tuple(row.widget for row in new.values())
        if not children and self.empty is not None:
            children = (self.empty,)
        if tuple(self.box.children) != children:
            self.box.children = children

    def _make(self, key: K, item: Any) -> R:
        self.made += 1
        if self._make_shows:
            return cast(Callable[[K, Any], R], self.make)(key, item)
        return cast(Callable[[], R], self.make)()
