"""The live Ressourcenkarte: vis-network in an anywidget, updated item by item from Python.

:class:`MapWidget` takes generic vis node/edge dicts (each with an ``id``) and keeps the browser in
step with them: :meth:`MapWidget.set_items` loads everything once, :meth:`MapWidget.update` compares
with what was last sent and ships only the added, changed and removed items as one message, which the
browser applies to its vis ``DataSet`` — the drawing is never rebuilt on an edit. Back from the
browser come the selected node (trait ``selected``) and positions after a drag (``on_move``).

vis-network is the file pyvis ships, wrapped so the UMD bundle takes its CommonJS path (no CDN, no
global ``vis``); it travels inside ``_esm``, built once per Python process.

:class:`CaseMap` is the same widget fed from a :class:`~beratungskit.model.Case` through the render
layer (same colours, shapes, legend and layout as the HTML export).

>>> m = MapWidget()
>>> m.set_items([{"id": "elb", "label": "Ich", "x": 0, "y": 0}], [])
>>> delta = m.update([{"id": "elb", "label": "Ich", "x": 0, "y": 0}, {"id": "r1", "label": "Rad"}], [])
>>> [n["id"] for n in delta.nodes.add], delta.nodes.update
(['r1'], [])
"""

from __future__ import annotations

import copy
import importlib.util
import logging
import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anywidget
import traitlets
from ipywidgets import CallbackDispatcher

from beratungskit.analysis.kept_layout import SHAPE_TOLERANCE
from beratungskit.analysis.layout import Box, _content_key, warm_up
from beratungskit.messages import t
from beratungskit.model import ELB_ID

if TYPE_CHECKING:
    from beratungskit.analysis.layout import MapLayout
    from beratungskit.model import Case

#: The joint screen's map canvas (1280×800 with the form beside the map: 770×671 px) is about this
#: wide per high. The first case of a page is laid out for it before the browser reports the real
#: size (unless the page reported the window's size: ui/app.py) ; a canvas within SHAPE_TOLERANCE
#: (6 %) of it is not laid out again (a second full layout at 60 resources).
DEFAULT_MAP_ASPECT = 1.15

__all__ = [
    "READABLE_TEXT_PX",
    "CaseMap",
    "ItemDelta",
    "MapDelta",
    "MapWidget",
    "case_legend",
    "diff_items",
    "readable_px",
    "vis_network_js",
]

log = logging.getLogger(__name__)

# German hyphenation (for the rare word too long for a line) takes a second to load: in the background,
# while the page is built, not when the first such word is laid out.
warm_up()

STATIC = Path(__file__).resolve().parent / "static"
#: Drawing shared with the offline export (rings, area lines and titles, symbols, fitting).
MAPDRAW = Path(__file__).resolve().parent.parent / "render" / "mapdraw.js"

#: Options the live map always uses, whatever the caller passes: positions come from the data
#: (the layout or where the person dragged a node), so physics stays off and nothing drifts.
FORCED_OPTIONS: dict[str, Any] = {
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False, "hierarchical": {"enabled": False}},
    "interaction": {
        "dragNodes": True,
        "dragView": True,
        "zoomView": True,
        "hover": True,
        "tooltipDelay": 150,
        "navigationButtons": False,
        "keyboard": False,
        "multiselect": False,
    },
    "autoResize": True,
    "width": "100%",
    "height": "100%",
}

#: What :meth:`MapWidget.highlight` lays over nodes: emphasised ones get a thick border and a
#: shadow, the rest fade back (colour stays, so the categories can still be told apart).
HIGHLIGHT_ON: dict[str, Any] = {
    "borderWidth": 5,
    "shadow": {"enabled": True, "color": "rgba(0,0,0,0.45)", "size": 16, "x": 0, "y": 0},
}
HIGHLIGHT_OFF: dict[str, Any] = {"opacity": 0.3}

#: Least on-screen size (CSS pixels) of labels the map aims for on the joint screen; where the whole
#: map cannot show them this large, a tap on an area's title shows that area alone, larger.
READABLE_TEXT_PX = 14.0
#: From this many resources on, 12 px labels are the aim (issue 10: 14 px up to 40, 12 px at 60).
DENSE_FROM = 41
DENSE_TEXT_PX = 12.0
#: How much larger (px) the smallest label must come out before a picture under the size aimed at is
#: laid out again for a canvas only a few per cent different (:meth:`CaseMap._resized`).
READING_GAIN = 0.2
#: Room (CSS px) the browser leaves between the canvas's edge and the fitted map (mapdraw.js bkFitBox).
FIT_PAD = 6.0


def readable_px(count: int) -> float:
    """The least label size the whole map should show for a case of ``count`` resources."""
    return DENSE_TEXT_PX if count >= DENSE_FROM else READABLE_TEXT_PX


# --- the JavaScript shipped to the browser ------------------------------------------------------


def vis_network_js() -> str:
    """The vis-network bundle pyvis ships, read from pyvis's package folder without importing pyvis.

    >>> "vis-network" in vis_network_js()[:400]
    True
    """
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - pyvis is a dependency
        raise RuntimeError("pyvis is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    bundles = sorted(folder.glob("lib/vis-*/vis-network.min.js"))
    if not bundles:  # pragma: no cover - guarded by the pinned pyvis version
        raise RuntimeError(f"vis-network.min.js not found below {folder}")
    return bundles[-1].read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _build_esm() -> str:
    # The UMD bundle looks for `exports`/`module` first, then AMD `define`, then a global. Giving it
    # a private `module` in a closure (and hiding any page-wide `define`) makes it export into that
    # object, so the page keeps no global `vis` and a second copy cannot clash with the first.
    # split("\n"), not splitlines(): the bundle has U+2028 and friends inside string literals.
    bundle = "\n".join(
        line for line in vis_network_js().split("\n") if not line.startswith("//# sourceMappingURL")
    )
    widget = (
        MAPDRAW.read_text(encoding="utf-8") + "\n" + (STATIC / "mapwidget.js").read_text(encoding="utf-8")
    )
    return (
        "const vis = (function () {\n"
        "  var module = { exports: {} };\n"
        "  var exports = module.exports;\n"
        "  var define = undefined;\n"
        f"{bundle}\n"
        "  return module.exports;\n"
        "})();\n"
        f"{widget}"
    )


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """Deep merge of two option dicts; ``extra`` wins."""
    out = copy.deepcopy(dict(base))
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


# --- diffing ------------------------------------------------------------------------------------


@dataclass
class ItemDelta:
    """What changed in one collection (nodes or edges) since it was last sent.

    ``update`` holds per item the id and the changed keys with their full new values; ``clear``
    the keys the browser must reset to vis defaults first (gone from the item, or a nested dict
    that lost keys — vis merges nested options, so they would otherwise linger).
    """

    add: list[dict[str, Any]] = field(default_factory=list)
    update: list[dict[str, Any]] = field(default_factory=list)
    clear: list[dict[str, Any]] = field(default_factory=list)
    remove: list[str | int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.add or self.update or self.clear or self.remove)

    def as_message(self) -> dict[str, Any]:
        return {"add": self.add, "update": self.update, "clear": self.clear, "remove": self.remove}


@dataclass
class MapDelta:
    """One incremental update of the map: node and edge changes and, where it changed, the new
    background (rings, titles), sent as one message and drawn once."""

    nodes: ItemDelta
    edges: ItemDelta
    seq: int = 0
    background: dict[str, Any] | None = None

    def __bool__(self) -> bool:
        return bool(self.nodes or self.edges or self.background is not None)

    @property
    def size(self) -> int:
        """Number of items touched (added, changed or removed)."""
        return sum(
            len(d.add) + len({u["id"] for u in d.update} | {c["id"] for c in d.clear}) + len(d.remove)
            for d in (self.nodes, self.edges)
        )


def _index(items: Iterable[Mapping[str, Any]], *, own: bool = False) -> dict[str | int, dict[str, Any]]:
    """The items by id, copied (``own``: the caller hands over fresh dicts nobody else holds)."""
    out: dict[str | int, dict[str, Any]] = {}
    for item in items:
        if "id" not in item:
            raise ValueError(t("ui_map.missing_id", item=dict(item)))
        key = item["id"]
        if key in out:
            raise ValueError(t("ui_map.duplicate_id", id=key))
        out[key] = item if own and isinstance(item, dict) else _copy_plain(dict(item))
    return out


def _copy_plain(value: Any) -> Any:
    """A copy of JSON-shaped data (dicts, lists, scalars); several times faster than ``deepcopy``,
    which was most of an edit's Python time at 200 resources."""
    if isinstance(value, dict):
        return {k: _copy_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_plain(v) for v in value]
    return value


def _lost_keys(old: Any, new: Any) -> bool:
    """True if ``new`` (a dict) lacks a key ``old`` (a dict) had, at any depth."""
    if not (isinstance(old, Mapping) and isinstance(new, Mapping)):
        return False
    return any(key not in new or _lost_keys(value, new[key]) for key, value in old.items())


def diff_items(
    old: Mapping[str | int, Mapping[str, Any]], new: Iterable[Mapping[str, Any]]
) -> tuple[ItemDelta, dict[str | int, dict[str, Any]]]:
    """Compare the last sent items (by id) with the new list.

    Returns the delta and the new items indexed by id (copies, to compare against next time).

    >>> old = {"a": {"id": "a", "label": "A"}, "b": {"id": "b", "label": "B"}}
    >>> delta, _ = diff_items(old, [{"id": "a", "label": "A2"}, {"id": "c", "label": "C"}])
    >>> delta.add, delta.update, delta.remove
    ([{'id': 'c', 'label': 'C'}], [{'id': 'a', 'label': 'A2'}], ['b'])
    """
    current = _index(new)
    return _diff_indexed(old, current), current


def _diff_indexed(
    old: Mapping[str | int, Mapping[str, Any]], current: Mapping[str | int, dict[str, Any]]
) -> ItemDelta:
    delta = ItemDelta()
    for key, item in current.items():
        before = old.get(key)
        if before is None:
            delta.add.append(item)
            continue
        if before is item or before == item:  # the same dict: kept unchanged (render.visdata.VisItems)
            continue
        changed = {k: v for k, v in item.items() if k != "id" and before.get(k, _MISSING) != v}
        cleared = [k for k in before if k not in item]
        cleared += [k for k, v in changed.items() if _lost_keys(before.get(k), v)]
        if cleared:
            delta.clear.append({"id": key, **dict.fromkeys(cleared)})
        if changed:
            delta.update.append({"id": key, **changed})
    delta.remove = [key for key in old if key not in current]
    return delta


_MISSING = object()


# --- the widget ---------------------------------------------------------------------------------


class MapWidget(anywidget.AnyWidget):
    """A vis-network map kept in step with Python, one changed item at a time.

    >>> m = MapWidget(height="480px")
    >>> m.set_items([{"id": "a", "label": "A", "x": 0, "y": 0}], [])
    >>> m.update([{"id": "a", "label": "A", "x": 10, "y": 0}], []).nodes.update
    [{'id': 'a', 'x': 10}]
    """

    _esm = _build_esm()
    _css = (STATIC / "mapwidget.css").read_text(encoding="utf-8")

    #: The full load from :meth:`set_items` (``{"seq", "nodes", "edges"}``); edits travel as messages.
    _snapshot = traitlets.Dict().tag(sync=True)
    #: vis-network options (merged with :data:`FORCED_OPTIONS`).
    options = traitlets.Dict().tag(sync=True)
    #: Legend entries, in order: ``{"heading"}``, ``{"label", "hint", "shape", "color", "border"}``,
    #: ``{"label", "line": {"width", "dashes", "color", "arrows": "none"|"one"|"both"}}`` or ``{"label"}``.
    legend = traitlets.List(traitlets.Dict()).tag(sync=True)
    #: Drawn behind the nodes: ``{"rings": [{"radius", "rx", "label"}], "areas": [...], "color", "font"}``
    #: (see :func:`beratungskit.render.visdata.map_background`); empty: nothing. Not a synced trait:
    #: it travels with the items (full load, delta, reset), so that new rings and the boxes standing in
    #: them arrive in one message and are drawn once. Set from outside :meth:`update`, it is sent as a
    #: change of its own.
    background = traitlets.Dict()
    #: German texts the browser shows (legend title, fit button …).
    texts = traitlets.Dict().tag(sync=True)
    #: Id of the selected node, or "" — set by a click in the browser or from Python.
    selected = traitlets.Unicode("").tag(sync=True)
    height = traitlets.Unicode("560px").tag(sync=True)
    #: Buttons of the view that holds the map, in the row under it: ``{"key", "label"}`` each (a click
    #: calls the callbacks given to :meth:`on_tool` with the key; ``"pressed"`` marks the chosen one
    #: of a switch, consecutive ``"group"`` ones share a wrapper of that CSS class, named by
    #: ``"group_label"``), or ``{"text"}`` for a short help.
    tools = traitlets.List(traitlets.Dict()).tag(sync=True)
    #: Automatic fits (first show, resize, a new case) zoom out no further than labels of this many
    #: screen pixels (from ``options.nodes.font.size``); 0: show the whole map. :meth:`fit` and
    #: the fit button always show the whole map.
    min_text_px = traitlets.Float(0.0).tag(sync=True)

    def __init__(
        self,
        nodes: Sequence[Mapping[str, Any]] | None = None,
        edges: Sequence[Mapping[str, Any]] | None = None,
        *,
        options: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault(
            "texts",
            {
                key: t(f"ui_map.{key}")
                for key in (
                    *("aria_label", "legend_title", "fit_hint", "empty", "whole_map"),
                    *("big", "big_hint", "big_exit", "big_exit_hint"),
                )
            },
        )
        super().__init__(options=_merge(options or {}, FORCED_OPTIONS), **kwargs)
        self._seq = 0
        self._base_nodes: dict[str | int, dict[str, Any]] = {}
        self._sent_nodes: dict[str | int, dict[str, Any]] = {}
        self._sent_edges: dict[str | int, dict[str, Any]] = {}
        #: The background the browser has (sent with the items), and whether a new one is on its way
        #: with the items of an update.
        self._sent_background: dict[str, Any] = self.background
        self._riding = False
        self._highlighted: frozenset[str | int] = frozenset()
        self._loaded = False
        self._move_callbacks = CallbackDispatcher()
        self._size_callbacks = CallbackDispatcher()
        self._answers: dict[int, Callable[[bool], Any]] = {}
        self._tokens = 0
        #: The canvas's (width, height) in CSS pixels as the browser last reported it.
        self.canvas_size: tuple[float, float] | None = None
        #: The browser window's (width, height) in CSS pixels, as last reported (by the map, or by the
        #: page before the map was first shown); None: not known (no browser, or not yet).
        self.window_size: tuple[float, float] | None = None
        self.on_msg(self._handle_message)
        self.observe(self._background_set, "background")
        if nodes is not None or edges is not None:
            self.set_items(nodes or [], edges or [])

    # --- Python → browser ----------------------------------------------------------------------

    def set_options(self, options: Mapping[str, Any]) -> None:
        """Replace the vis options (physics stays off, dragging on)."""
        self.options = _merge(options, FORCED_OPTIONS)

    def set_items(self, nodes: Sequence[Mapping[str, Any]], edges: Sequence[Mapping[str, Any]]) -> None:
        """Load the whole map (first load, or a different case). Later edits: :meth:`update`."""
        self._base_nodes = _index(nodes)
        self._sent_nodes = self._effective(self._base_nodes)
        self._sent_edges = _index(edges)
        self._sent_background = self.background
        self._seq += 1
        self._loaded = True
        self._snapshot = self._full(self._seq)

    def update(
        self,
        nodes: Sequence[Mapping[str, Any]],
        edges: Sequence[Mapping[str, Any]],
        *,
        own: bool = False,
        background: Mapping[str, Any] | None = None,
    ) -> MapDelta:
        """Send only what differs from the last sent state, as one message; return what was sent.

        Nothing is sent when nothing changed. Before the first load this is :meth:`set_items`.
        ``own``: the items are fresh dicts the caller hands over (they are kept without a copy).
        ``background``: the new :attr:`background`; where it changed it goes in the same message.
        """
        if background is not None and background is not self.background and background != self.background:
            self._riding = True  # the observer leaves it to this delta
            try:
                self.background = background  # type: ignore[assignment]
            finally:
                self._riding = False
        if not self._loaded:
            self.set_items(nodes, edges)
            return MapDelta(ItemDelta(add=list(self._sent_nodes.values())), ItemDelta(), self._seq)
        base = _index(nodes, own=own)
        sent_nodes = self._effective(base)
        node_delta = _diff_indexed(self._sent_nodes, sent_nodes)
        sent_edges = _index(edges, own=own)
        edge_delta = _diff_indexed(self._sent_edges, sent_edges)
        self._base_nodes = base
        return self._send_delta(node_delta, sent_nodes, edge_delta, sent_edges)

    def highlight(self, ids: Iterable[str | int]) -> MapDelta:
        """Emphasise these nodes and fade the others; an empty list ends the highlight.

        Travels like any edit: only the nodes whose look changes are sent.
        """
        self._highlighted = frozenset(ids)
        if not self._loaded:
            return MapDelta(ItemDelta(), ItemDelta(), self._seq)
        sent_nodes = self._effective(self._base_nodes)
        node_delta = _diff_indexed(self._sent_nodes, sent_nodes)
        return self._send_delta(node_delta, sent_nodes, ItemDelta(), self._sent_edges)

    @property
    def highlighted(self) -> frozenset[str | int]:
        return self._highlighted

    def fit(self) -> None:
        """Zoom and pan so that every node is visible (whatever :attr:`min_text_px` says)."""
        self.send({"type": "fit", "whole": True})

    @property
    def nodes(self) -> list[dict[str, Any]]:
        """The nodes as last sent to the browser (with highlight), copies."""
        return copy.deepcopy(list(self._sent_nodes.values()))

    @property
    def edges(self) -> list[dict[str, Any]]:
        return copy.deepcopy(list(self._sent_edges.values()))

    def _effective(self, base: Mapping[str | int, dict[str, Any]]) -> dict[str | int, dict[str, Any]]:
        # The items themselves: an item kept here is never changed in place, only replaced (_moved).
        if not self._highlighted:
            return dict(base)
        out: dict[str | int, dict[str, Any]] = {}
        for key, node in base.items():
            if key == ELB_ID:  # the eLb stays as drawn: every goal is theirs (faded, the white name
                out[key] = node  # on light grey could not be read, trial 16)
                continue
            overlay = HIGHLIGHT_ON if key in self._highlighted else HIGHLIGHT_OFF
            out[key] = {**node, **copy.deepcopy(overlay)}
        return out

    def _full(self, seq: int) -> dict[str, Any]:
        return {"seq": seq, "nodes": self.nodes, "edges": self.edges, "background": self.background}

    def _background_set(self, change: Mapping[str, Any]) -> None:
        # Set from outside update() (which sends it with its items): a delta of its own.
        if self._loaded and not self._riding:
            self._send_delta(ItemDelta(), self._sent_nodes, ItemDelta(), self._sent_edges)

    def _send_delta(
        self,
        node_delta: ItemDelta,
        sent_nodes: dict[str | int, dict[str, Any]],
        edge_delta: ItemDelta,
        sent_edges: dict[str | int, dict[str, Any]],
    ) -> MapDelta:
        self._sent_nodes, self._sent_edges = sent_nodes, sent_edges
        background = self.background if self.background is not self._sent_background else None
        delta = MapDelta(node_delta, edge_delta, self._seq, background)
        if not delta:
            return delta
        self._seq += 1
        delta.seq = self._seq
        message = {
            "type": "delta",
            "seq": self._seq,
            "nodes": node_delta.as_message(),
            "edges": edge_delta.as_message(),
        }
        if background is not None:
            message["background"] = background
            self._sent_background = background
        self.send(message)
        if self.selected and self.selected not in sent_nodes:
            self.selected = ""
        return delta

    # --- browser → Python ----------------------------------------------------------------------

    def focus_page(self, selector: str) -> None:
        """Move the keyboard focus to the first element of the page matching ``selector`` once it is
        shown (e.g. the form the map's button just opened)."""
        self.send({"type": "focus", "selector": selector})

    def on_move(self, callback: Callable[[str, float, float], Any], remove: bool = False) -> None:
        """Call ``callback(node_id, x, y)`` after the person dragged a node (once per node)."""
        self._move_callbacks.register_callback(callback, remove=remove)

    def on_tool(self, callback: Callable[[str], Any], remove: bool = False) -> None:
        """Call ``callback(key)`` when one of :attr:`tools` is clicked."""
        self.__dict__.setdefault("_tool_callbacks", CallbackDispatcher()).register_callback(
            callback, remove=remove
        )

    def on_size(self, callback: Callable[[float, float], Any], remove: bool = False) -> None:
        """Call ``callback(width, height)`` when the browser reports a new canvas size."""
        self._size_callbacks.register_callback(callback, remove=remove)

    def ask(self, question: str, yes: str, no: str, answered: Callable[[bool], Any]) -> None:
        """Ask a yes/no question over the map; ``answered(True/False)`` gets the person's choice."""
        self._tokens += 1
        self._answers = {self._tokens: answered}  # only the latest question can be answered
        self.send({"type": "ask", "token": self._tokens, "question": question, "yes": yes, "no": no})

    def on_select(self, callback: Callable[[str], Any], remove: bool = False) -> None:
        """Call ``callback(node_id)`` when the selection changes (``""``: nothing selected)."""

        def handler(change: Mapping[str, Any]) -> None:
            callback(change["new"])

        # Keep one handler per callback so remove=True finds it again.
        handlers: dict[Any, Any] = self.__dict__.setdefault("_select_handlers", {})
        if remove:
            if callback in handlers:
                self.unobserve(handlers.pop(callback), "selected")
            return
        handlers[callback] = handler
        self.observe(handler, "selected")

    def _handle_message(self, _widget: Any, content: Any, _buffers: Any = None) -> None:
        if not isinstance(content, Mapping):
            return
        kind = content.get("type")
        if kind in ("hello", "resync"):
            # The browser holds an older state (page opened after edits, or a missed message).
            if self._loaded and content.get("seq") != self._seq:
                self.send({"type": "reset", **self._full(self._seq)})
        elif kind == "moved":
            self._moved(content.get("positions") or {})
        elif kind == "size":
            try:
                width, height = float(content["width"]), float(content["height"])
            except (KeyError, TypeError, ValueError):
                return
            try:
                window = (float(content["window_width"]), float(content["window_height"]))
            except (KeyError, TypeError, ValueError):
                window = None
            if window and window[0] > 0 and window[1] > 0:
                self.window_size = window
            if width > 0 and height > 0:
                self.canvas_size = (width, height)
                self._size_callbacks(width, height)
        elif kind == "tool":
            key = content.get("key")
            if isinstance(key, str) and any(tool.get("key") == key for tool in self.tools):
                self.__dict__.setdefault("_tool_callbacks", CallbackDispatcher())(key)
        elif kind == "answer":
            answered = self._answers.pop(content.get("token"), None)  # type: ignore[arg-type]
            if answered is not None:
                answered(bool(content.get("yes")))

    def _moved(self, positions: Mapping[str, Any]) -> None:
        for node_id, pos in positions.items():
            try:
                x, y = float(pos[0]), float(pos[1])
            except (TypeError, ValueError, IndexError):
                log.warning("ignoring malformed position for %r: %r", node_id, pos)
                continue
            key = _known_key(self._sent_nodes, node_id)
            if key is None:
                continue
            # The browser already shows the node there: remember it, so a later update that
            # carries the same position sends nothing and one without it is a real change. A new
            # dict: the one kept may be the caller's too (never changed in place).
            for store in (self._sent_nodes, self._base_nodes):
                if key in store:
                    store[key] = {**store[key], "x": x, "y": y}
            self._move_callbacks(str(key), x, y)


#: How many pictures of the case shown are kept for a way back ("Rückgängig" goes back up to
#: ``Session``'s 30 changes; a picture is a few kB).
HISTORY_PICTURES = 32


def _shown_near(
    history: dict[tuple[Any, ...], MapLayout], key: tuple[Any, ...], aspect: float
) -> MapLayout | None:
    """The last picture shown of the content in ``key`` (a :func:`_content_key`) whose shape is within
    :data:`SHAPE_TOLERANCE` of ``aspect``, or None: the form folded away again may give the canvas a
    few pixels off the one the picture was laid out for, and "Rückgängig" still finds that picture
    (looked up by the exact shape alone, a layout of its own came back, boxes up to 85 px elsewhere)."""
    content = (key[0], *key[2:])
    for kept_key in reversed(history):
        if (kept_key[0], *kept_key[2:]) == content and abs(kept_key[1] - aspect) <= SHAPE_TOLERANCE * aspect:
            return history[kept_key]
    return None


def _shape_key(aspect: float) -> float:
    """A canvas shape as the layout takes it (clamped, to a thousandth)."""
    return round(min(max(float(aspect), 0.6), 3.5), 3)


def _known_key(items: Mapping[str | int, Any], node_id: Any) -> str | int | None:
    if node_id in items:
        return node_id  # type: ignore[no-any-return]
    # JSON object keys are strings; a node with a numeric id comes back as "3".
    for key in items:
        if str(key) == str(node_id):
            return key
    return None


# --- the map of one case --------------------------------------------------------------------------


class CaseMap(MapWidget):
    """The live Ressourcenkarte of one case: same look as the HTML export, edited in place.

    The session app calls :meth:`show_case` after every change; only what changed travels. The map is
    laid out for the canvas's shape (the browser reports its size); a node dropped somewhere is
    reported as the area and ring it landed in (:meth:`on_drop`), and then goes where the layout puts
    it — the rings never follow a dragged node.

    >>> from beratungskit.demo import demo_case
    >>> m = CaseMap.from_case(demo_case())
    >>> m.nodes[0]["id"], len(m.nodes) == len(demo_case().resources) + 1
    ('elb', True)
    """

    #: Canvas width / height assumed until the browser reports the real size.
    aspect = DEFAULT_MAP_ASPECT
    #: The case shown and its layout (set by :meth:`show_case`).
    _case: Case
    placed: MapLayout
    #: The case to show when the hold ends (:meth:`held`).
    _pending: Case | None = None
    #: Where the picture of each case is kept for its next opening (the session app sets a
    #: :class:`~beratungskit.ui.kept_maps.MapKeeper`); None: laid out afresh each time.
    keeper: Any = None
    #: The background of the last few layouts (layout id → (layout, background)).
    _backgrounds: dict[int, tuple[MapLayout, dict[str, Any]]]

    @classmethod
    def from_case(cls, case: Case, **kwargs: Any) -> CaseMap:
        from beratungskit.render.visdata import VIS_OPTIONS

        keys = (
            *("aria_label", "fit_hint", "whole_map", "legend_show", "legend_help_hint", "legend_hide"),
            *("big", "big_hint", "big_exit", "big_exit_hint"),
        )
        texts = {key: t(f"ui_map.{key}") for key in keys}
        texts |= {"legend_title": t("render_map.legend"), "empty": t("render_map.empty")}
        kwargs.setdefault("texts", texts)
        kwargs.setdefault("min_text_px", READABLE_TEXT_PX)
        aspect = kwargs.pop("aspect", None)
        keeper = kwargs.pop("keeper", None)
        widget = cls(options=VIS_OPTIONS, **kwargs)
        if aspect:
            widget.aspect = float(aspect)
        widget.keeper = keeper
        widget._drop_callbacks = CallbackDispatcher()
        widget.on_size(widget._resized)
        widget.show_case(case)
        return widget

    def load_case(self, case: Case) -> MapDelta:
        """Show another case: loaded whole and fitted anew, not sent as a change of the one shown.

        The session app keeps one map per page and loads each opened case into it, so the
        vis-network bundle travels and is parsed once, not with every case.
        """
        self._loaded = False
        self._highlighted = frozenset()
        self.selected = ""
        if getattr(self, "_held", False):  # the case's eLb alone now, never the case shown before
            from beratungskit.model import Case as CaseModel

            self.show_case(CaseModel.new(alias=case.alias, key=case.key), now=True)
            self._loaded = False  # the real case is loaded whole, not as a change of this one
            self._pending = case
            return MapDelta(ItemDelta(), ItemDelta(), self._seq)
        return self.show_case(case)

    @contextmanager
    def held(self) -> Iterator[None]:
        """Within: :meth:`load_case` shows the case's eLb alone and :meth:`show_case` only notes the
        case; when the hold ends, the map is laid out and sent once.

        The session app opens a case inside a hold where nothing needs the layout meanwhile: the
        page's new view travels to the browser and is drawn there while the map is laid out.
        """
        self._held = True
        try:
            yield
        finally:
            self._held = False
            pending, self._pending = self._pending, None
            if pending is not None:
                self.show_case(pending)

    def show_case(self, case: Case, *, now: bool = False) -> MapDelta:
        """Bring the map in line with ``case`` (first call: full load); returns what was sent.
        While :meth:`held` (and not ``now``), the case is only noted."""
        from beratungskit.analysis.layout import compute_layout
        from beratungskit.render.visdata import VisItems

        if getattr(self, "_held", False) and not now:
            self._pending = case
            return MapDelta(ItemDelta(), ItemDelta(), self._seq)
        # One layout for nodes, lines and background, sent as one message and drawn once (the rings
        # came a message later and were drawn again: at 200 resources ~12 ms of the page's time, and
        # for a few frames the new boxes stood in the old rings). A change to the case shown starts
        # from the picture on screen (what was not touched stays where it was, and it costs a few
        # milliseconds).
        same = self._loaded and getattr(self, "_case", None) is not None and self._case.key == case.key
        self._case = case
        # The last picture at each canvas shape: when the form beside the map folds away after
        # "Festhalten" (or opens again), the map starts from the picture it showed at that width —
        # what was not touched comes back where it was, without a search of the shapes.
        shown_at: dict[float, MapLayout] = self.__dict__.setdefault("_shown_at", {})
        if not same:
            shown_at.clear()
        # Every picture shown of this case by what it shows: "Rückgängig" (or any way back to a
        # content shown before) gets that very picture again, whatever was laid out in between.
        history: dict[tuple[Any, ...], MapLayout] = self.__dict__.setdefault("_history", {})
        if not same:
            history.clear()
        previous = self.placed if same else None
        if previous is not None:
            previous = shown_at.get(_shape_key(self.aspect), previous)
        # The picture shown keeps its shape while the canvas stays near it (a reopen on a canvas a few
        # per cent different, a scroll bar): it is fitted into the canvas, and an edit starts from it.
        aspect = self.aspect
        if (
            previous is not None
            and abs(previous.aspect - aspect) <= SHAPE_TOLERANCE * aspect
            and not self._too_small(previous, case)
        ):
            aspect = previous.aspect
        # A case opened: the picture it was left with, where it is still valid (ui/kept_maps.py)
        keeper = self.keeper
        placed = keeper.picture(case, aspect) if keeper is not None and previous is None else None
        searched = placed is None and previous is None
        key = _content_key(case, min(max(float(aspect), 0.6), 3.5))
        if placed is None and previous is not None:
            placed = history.get(key)
            if placed is None:
                near = _shown_near(history, key, aspect)
                placed = near if near is not None and not self._too_small(near, case) else None
        if placed is None:
            placed = compute_layout(case, aspect, previous=previous)
        # kept under the shape it has: a picture kept from the last opening (ui/kept_maps.py) may have a
        # shape a few per cent off the canvas, and the next edit (and so "Rückgängig") asks for that one
        key = _content_key(case, min(max(float(placed.aspect), 0.6), 3.5))
        history.pop(key, None)
        history[key] = placed
        while len(history) > HISTORY_PICTURES:
            history.pop(next(iter(history)))
        self.placed = placed
        shown_at.pop(_shape_key(placed.aspect), None)
        shown_at[_shape_key(placed.aspect)] = placed
        while len(shown_at) > 4:
            shown_at.pop(next(iter(shown_at)))
        background = self._background_of(case, placed)
        # each node's and line's dict kept from the edit before where its item did not change
        items = self.__dict__.setdefault("_vis_items", VisItems())
        delta = self.update(
            items.nodes(case, placed), items.edges(case, placed), own=True, background=background
        )
        legend = case_legend(case)
        if legend != self.legend:
            self.legend = legend
        if keeper is not None:  # after everything went out: a searched picture at once, else later
            keeper.keep(case, placed, now=searched)
        return delta

    def _background_of(self, case: Case, placed: MapLayout) -> dict[str, Any]:
        """The rings, sector lines and titles of ``placed`` as :attr:`background` data.

        They follow from the layout's shape alone: an undo gets back an earlier layout, and its
        background (the same dict: nothing compared, nothing sent); a new layout of the same shape
        (a line drawn, a label changed: the rings, titles and boxes stay) gets the last one. Making
        it anew (~1.5 ms) is on the way to the browser now that it travels with the boxes.
        """
        from beratungskit.render.visdata import map_background

        memo = self.__dict__.setdefault("_backgrounds", {})
        kept = memo.get(id(placed))
        if kept is not None and kept[0] is placed:
            return kept[1]  # type: ignore[no-any-return]
        # what map_background reads (the focus boxes take in the areas' boxes)
        shape = (
            placed.aspect,
            placed.rings,
            placed.sectors,
            placed.inner,
            placed.titles,
            placed.extent,
            placed.lang,
        )
        last = self.__dict__.get("_last_shape")
        if last is not None and last[0] == shape and last[1] == placed.boxes:
            background: dict[str, Any] = last[2]
        else:
            background = map_background(case, placed)
        self._last_shape = (shape, placed.boxes, background)
        if len(memo) >= 8:
            memo.pop(next(iter(memo)))
        memo[id(placed)] = (placed, background)
        return background

    def label_px(self, width: float, height: float, extent: Box | None = None) -> float:
        """The smallest label's size on screen (px) if the whole map shown now (or one of the given
        ``extent``) is fitted into a canvas of ``width`` × ``height`` (as the browser fits it:
        mapdraw.js ``bkFitBox``)."""
        from beratungskit.analysis.layout import FONT_SIZE

        extent = self.placed.extent if extent is None else extent
        pad = 2 * FIT_PAD
        return FONT_SIZE * max(
            0.0, min((width - pad) / (extent.x1 - extent.x0), (height - pad) / (extent.y1 - extent.y0))
        )

    def expect_canvas(self, width: float, height: float) -> None:
        """The canvas is about to take this size (e.g. the form beside it folds away): lay the map out
        for its shape now, not after the browser reported it (that would be a second layout)."""
        self.canvas_size = (width, height)
        self._resized(width, height)

    def _resized(self, width: float, height: float) -> None:
        aspect = width / height
        # A few per cent do not change the picture; a new shape (the form folded away) does — and so
        # does a picture that, fitted into this canvas, shows its labels under the size aimed at where
        # one laid out for this very shape shows them clearly larger (stillness gives way to reading;
        # the form's folding announced a size a few pixels off the one the browser then reported).
        # Within the tolerance the shape of the picture shown stays the map's shape: "Rückgängig" finds
        # the very picture it showed (kept by content and shape).
        case = self._pending if self._pending is not None else getattr(self, "_case", None)  # held: to come
        off = abs(aspect - self.aspect) / self.aspect
        if case is None or off == 0:
            return
        if off > SHAPE_TOLERANCE or self._reads_larger_anew(case, aspect):
            self.aspect = aspect
            self.show_case(case)

    def _reads_larger_anew(self, case: Case, aspect: float) -> bool:
        """Whether the picture shown is under the label size aimed at on the canvas as it is now and a
        layout of its own for ``aspect`` would show the labels at least :data:`READING_GAIN` px larger."""
        from beratungskit.analysis.layout import compute_layout

        placed = getattr(self, "placed", None)
        if (
            placed is None
            or not self._too_small(placed, case)
            or abs(placed.aspect - aspect) <= 0.01 * aspect
        ):
            return False
        return (
            self._shown_px(compute_layout(case, aspect, anew=True)) >= self._shown_px(placed) + READING_GAIN
        )

    def _shown_px(self, placed: MapLayout) -> float:
        """The smallest label's size (px) of ``placed`` fitted into the canvas as it is now."""
        return self.label_px(*self.canvas_size, extent=placed.extent) if self.canvas_size else math.inf

    def _too_small(self, placed: MapLayout, case: Case) -> bool:
        """Whether ``placed``, fitted into the canvas as it is now, shows its labels under the size
        aimed at for this case (:func:`readable_px`); unknown canvas: no."""
        return self._shown_px(placed) < readable_px(len(case.resources)) - 0.05

    def on_drop(self, callback: Callable[[str, Any, int, float, float], Any], remove: bool = False) -> None:
        """Call ``callback(resource_id, category, closeness, x, y)`` when a resource was dropped.

        ``category`` and ``closeness`` are the area and ring under the drop point. Without such a
        callback a drop is reported to :meth:`on_move` callbacks as before.
        """
        self._drop_callbacks.register_callback(callback, remove=remove)

    def _moved(self, positions: Mapping[str, Any]) -> None:
        super()._moved(positions)
        placed = getattr(self, "placed", None)
        if placed is None or not self._drop_callbacks.callbacks:
            return
        for node_id, pos in positions.items():
            if node_id not in placed.positions or node_id == "elb":
                continue
            try:
                x, y = float(pos[0]), float(pos[1])
            except (TypeError, ValueError, IndexError):
                continue
            category, closeness = placed.cell_at(x, y)
            self._drop_callbacks(str(node_id), category, closeness, x, y)

    def put_back(self) -> None:
        """Show every node where the layout puts it again (after a drop that changed nothing)."""
        if getattr(self, "_case", None) is not None:
            self.show_case(self._case)


#: The legend's dashed box in a neutral grey (any area's box can be dashed).
_OPEN_SWATCH = {"color": "#F3F4F6", "border": "#4B5563"}


def case_legend(case: Case) -> list[dict[str, Any]]:
    """The export's legend as data for :attr:`MapWidget.legend`: eLb, areas, rings, lines, arrows."""
    from beratungskit.model import Category, Strength
    from beratungskit.render.style import (
        CATEGORY_STYLE,
        EDGE_COLOR,
        ELB_STYLE,
        STRENGTH_STYLE,
        category_hint,
        category_name,
    )

    def symbol(style: Any) -> dict[str, str]:
        return {"shape": style.shape, "color": style.color, "border": style.border}

    entries: list[dict[str, Any]] = [
        {"label": t("render_map.legend_elb", alias=case.alias), "strong": True, **symbol(ELB_STYLE)},
        {"heading": t("render_map.legend_areas")},
    ]
    entries += [
        {"label": category_name(c), "hint": category_hint(c), **symbol(CATEGORY_STYLE[c])} for c in Category
    ]
    entries.append({"heading": t("render_map.legend_rings")})
    entries += [{"label": t(f"render_map.ring.{i}")} for i in (1, 2, 3)]
    # a dashed box: nobody chose its closeness yet (drawn in the middle ring, not decided there)
    entries.append({"label": t("render_map.legend_open"), "shape": "box", "dashed": True, **_OPEN_SWATCH})
    entries.append({"heading": t("render_map.legend_lines")})
    for strength in reversed(Strength):
        line = STRENGTH_STYLE[strength]
        dashes = list(line.dashes) if line.dashes else False
        entries.append(
            {
                "label": t(f"render_map.line.{strength.value}"),
                "line": {"width": line.width, "dashes": dashes, "color": EDGE_COLOR, "arrows": "none"},
            }
        )
    for arrows in ("one", "both"):
        entries.append(
            {
                "label": t(f"render_map.arrow.{arrows}"),
                "line": {"width": 3, "dashes": False, "color": EDGE_COLOR, "arrows": arrows},
            }
        )
    return entries
