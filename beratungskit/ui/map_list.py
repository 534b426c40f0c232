"""The Ressourcenkarte as a list ("Als Liste"): the same map for a screen reader, a keyboard or a
person who prefers reading to looking.

Area → ring → resources (the resources whose closeness is still open in a group „Nähe noch
offen“ after the rings, not in the middle ring they are drawn in), each with its lines in words
and the map's actions: "Ändern" (as a tap on the node), "Näher" and "Weiter weg" (as a drag
across a ring), "Verbinden" (as choosing an end of a line). The content comes from
:func:`beratungskit.analysis.outline.map_outline`; the browser side (``static/maplist.js``)
writes plain HTML — headings, lists, buttons whose names include the resource — and keeps each
row, so an edit sends only the rows that changed (and the order of the
rows when it changed), never the whole list.

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp())
>>> session = Session(store, store.create("Sonnenblume"))
>>> moved = []
>>> panel = MapList(session, ListActions(closer=moved.append))
>>> bike = session.apply(lambda case: case.add_resource("Fahrrad"))
>>> panel.rows[bike.id]["label"], panel.areas[0]["rings"][0]["ids"]
('Fahrrad', ['r1'])
>>> panel.view.act("closer", bike.id); moved
['r1']
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anywidget
import traitlets

from beratungskit.analysis.outline import map_outline, map_summary
from beratungskit.messages import t
from beratungskit.model import Case
from beratungskit.render.style import CATEGORY_STYLE
from beratungskit.ui.look import category_colour
from beratungskit.ui.panel import Panel
from beratungskit.ui.session import Session

__all__ = ["ListActions", "MapList", "MapListView", "describe_map"]

STATIC = Path(__file__).resolve().parent / "static"
ACTIONS = ("edit", "closer", "further", "connect")


def _nothing(_resource_id: str) -> None:
    return None


@dataclass
class ListActions:
    """What the list's buttons do, each called with a resource id (the map tab wires them)."""

    edit: Callable[[str], Any] = field(default=_nothing)
    closer: Callable[[str], Any] = field(default=_nothing)
    further: Callable[[str], Any] = field(default=_nothing)
    connect: Callable[[str], Any] = field(default=_nothing)


class MapListView(anywidget.AnyWidget):
    """The browser side of the list; ``on_act(action, id)`` hears its buttons."""

    _esm = (STATIC / "maplist.js").read_text(encoding="utf-8")
    _css = (STATIC / "maplist.css").read_text(encoding="utf-8")
    texts = traitlets.Dict().tag(sync=True)

    def __init__(self, full: Callable[[], dict[str, Any]], act: Callable[[str, str], Any]) -> None:
        # The names keep "{label}": the browser puts each row's label in (as text, never markup).
        super().__init__(texts={key: t(f"ui_access.{key}", label="{label}") for key in _BUTTON_TEXTS})
        self._full = full
        self._act = act
        self.on_msg(self._handle)

    def _handle(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if not isinstance(content, dict):
            return
        if content.get("type") == "hello":
            self.send({"type": "full", **self._full()})
        elif content.get("type") == "act":
            action, resource_id = content.get("action"), content.get("id")
            if action in ACTIONS and isinstance(resource_id, str):
                self.act(action, resource_id)

    def act(self, action: str, resource_id: str) -> None:
        """Do what a button of the row ``resource_id`` does (also for scripts and tests)."""
        self._act(action, resource_id)

    def focus(self, selector: str) -> None:
        """Move the keyboard focus in the page to ``selector`` (e.g. the form after "Ändern")."""
        self.send({"type": "focus", "selector": selector})


_BUTTON_TEXTS = (*ACTIONS, *(f"{a}_name" for a in ACTIONS))


def _rows_and_areas(case: Case) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    rows: dict[str, dict[str, Any]] = {}
    areas: list[dict[str, Any]] = []
    for area in map_outline(case):
        symbol, colour = CATEGORY_STYLE[area.category].symbol, category_colour(area.category)
        for ring in area.rings:
            for entry in ring.entries:
                rows[entry.id] = {
                    "label": entry.label,
                    "symbol": symbol,
                    "colour": colour,
                    "detail": entry.detail,
                    "ring": entry.ring,
                    "links": [link.text for link in entry.links],
                }
        areas.append(
            {
                "key": area.category.value,
                "title": area.name,
                "hint": area.hint,
                # one text for the heading: the page's language layer translates it whole
                "heading": t(f"ui_access.area_heading.{area.category.value}"),
                "symbol": symbol,
                "colour": colour,
                "count": area.count,
                "empty": t("ui_access.area_empty"),
                "rings": [
                    {"ring": r.ring, "name": r.name, "ids": [e.id for e in r.entries]} for r in area.rings
                ],
            }
        )
    return rows, areas


class MapList(Panel):
    """The list view of one session's map (``widget``); follows the case while it is shown."""

    def __init__(self, session: Session, actions: ListActions | None = None) -> None:
        super().__init__(session)
        self.actions = actions or ListActions()
        #: What the browser shows now: rows by resource id, and the areas with their rows' order.
        self.rows: dict[str, dict[str, Any]] = {}
        self.areas: list[dict[str, Any]] = []
        self.center = ""
        self.view = MapListView(self._full, self._act)
        self.view.add_class("bk-map-list")
        self.widget = self.view
        self.refresh()

    def _full(self) -> dict[str, Any]:
        empty = "" if self.rows else t("ui_access.empty")
        return {"center": self.center, "empty": empty, "areas": self.areas, "rows": self.rows}

    def _act(self, action: str, resource_id: str) -> None:
        if resource_id in {r.id for r in self.session.case.resources}:
            getattr(self.actions, action)(resource_id)

    def refresh(self) -> None:
        """Send the rows that changed, the areas only when an order or a count changed."""
        case = self.session.case
        rows, areas = _rows_and_areas(case)
        changed = {key: row for key, row in rows.items() if self.rows.get(key) != row}
        removed = [key for key in self.rows if key not in rows]
        center = t("ui_access.center", alias=case.alias)
        delta: dict[str, Any] = {"type": "delta", "rows": changed, "removed": removed}
        if areas != self.areas:
            delta["areas"] = areas
        if center != self.center:
            delta["center"] = center
        if bool(rows) != bool(self.rows) or not self.areas:
            delta["empty"] = "" if rows else t("ui_access.empty")
        self.rows, self.areas, self.center = rows, areas, center
        if changed or removed or len(delta) > 3:
            self.view.send(delta)
            #: The last message sent (for tests: an edit sends only what changed).
            self.last_sent = delta


def describe_map(live: Any, case: Case) -> None:
    """Give a live map's canvas the map's text summary as its accessible name (a screen reader
    reads "Ressourcenkarte von Mira K.: 16 Ressourcen, davon 3 Menschen …" instead of a picture)."""
    texts = getattr(live, "texts", None)
    if not isinstance(texts, dict):
        return
    summary = map_summary(case)
    if texts.get("aria_label") != summary:
        live.texts = {**texts, "aria_label": summary}
