"""A part of the screen that follows the session — now while it is shown, later when it is not.

Every saved change, undo and reload tells every panel. A panel that is on screen brings itself up
to date at once (:meth:`Panel.refresh`); one that is not (another tab, another side mode) only notes
that it is behind and catches up when it is shown again. So an edit costs what the shown panels
need, not what every tab of the app would need.

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp())
>>> session = Session(store, store.create("Sonnenblume"))
>>> class Count(Panel):
...     shown = 0
...     def refresh(self): self.shown = len(self.session.case.resources)
>>> panel = Count(session); panel.show(False)
>>> _ = session.apply(lambda case: case.add_resource("Fahrrad")); panel.shown
0
>>> panel.show(True); panel.shown
1
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ipywidgets as widgets

from beratungskit.ui.parts import RowLook
from beratungskit.ui.rows import KeyedRows
from beratungskit.ui.session import Session

__all__ = ["Panel", "close_widgets", "widget_tree"]


#: The traits through which a widget holds other widgets.
_HOLDING = ("children", "layout", "style")


def widget_tree(*roots: widgets.Widget, keep: Iterable[widgets.Widget] = ()) -> list[widgets.Widget]:
    """The ``roots`` and every widget they hold (children, layouts, styles …), each once.

    ``keep``: widgets left out, with everything inside them (shared with other views).
    """
    seen: dict[int, widgets.Widget] = {id(w): w for w in keep}
    found: list[widgets.Widget] = []
    todo = list(roots)
    while todo:
        widget = todo.pop()
        if id(widget) in seen:
            continue
        seen[id(widget)] = widget
        found.append(widget)
        for name in _HOLDING:
            value = getattr(widget, name, None)
            values = value if isinstance(value, (list, tuple)) else (value,)
            todo += [v for v in values if isinstance(v, widgets.Widget)]
    return found


def _held(value: Any) -> list[widgets.Widget]:
    # Widgets an attribute holds: itself, or in a list/dict, the rows of a KeyedRows (also the rows
    # laid aside, which are in no box), or the ``widget`` of a part such as the question cards.
    if isinstance(value, widgets.Widget):
        return [value]
    if isinstance(value, Panel):
        return []  # another panel (a part, or the tab around it) closes its own widgets
    if isinstance(getattr(value, "widget", None), widgets.Widget):
        return [value.widget]
    if isinstance(value, RowLook):
        return value.shared
    if isinstance(value, KeyedRows):
        return [value.box, *(row.widget for row in [*value.rows.values(), *value.spare])]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, widgets.Widget)]
    return []


def close_widgets(owner: object, keep: Iterable[widgets.Widget] = ()) -> None:
    """Close every widget ``owner`` holds in its attributes, with everything inside them
    (but not ``keep``: widgets it shows but does not own)."""
    roots = [w for value in vars(owner).values() for w in _held(value)]
    for widget in widget_tree(*roots, keep=keep):
        widget.close()


class Panel:
    """Base of the session's panels: ``widget`` is what is shown, :meth:`refresh` follows the case.

    A panel starts as shown (standalone use, tests); the app says :meth:`show` ``(False)`` for what
    is off screen. Parts (:meth:`parts`) are shown and hidden with their panel.
    """

    widget: widgets.Widget

    def __init__(self, session: Session) -> None:
        self.session = session
        self.visible = True
        self.behind = False
        #: Widgets the panel shows but does not own (the app's live map): never closed with it.
        self.shared: list[widgets.Widget] = []
        session.subscribe(self._session_changed)
        session.on_close(self.close)

    def parts(self) -> Iterable[Panel]:
        """Panels inside this one that are on screen whenever this one is."""
        return ()

    def show(self, visible: bool = True) -> None:
        """Say whether the panel is on screen; a panel that was behind catches up when shown."""
        self.visible = visible
        for part in self.parts():
            part.show(visible)
        if visible and self.behind:
            self.behind = False
            self.refresh()

    def refresh(self) -> None:
        """Bring what is shown in line with the case (change only what differs)."""

    def close(self) -> None:
        """Close the panel's widgets (the app does so when the browser no longer shows them)."""
        close_widgets(self, keep=self.shared)

    def _session_changed(self, _session: Session) -> None:
        if self.visible:
            self.refresh()
        else:
            self.behind = True
