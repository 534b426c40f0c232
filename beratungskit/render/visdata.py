"""The ecomap as vis-network data: node and edge dicts plus options, pure JSON-serialisable values.

The offline HTML export and the live map widget send exactly these dicts, so both look the same; the
widget can diff them by ``id``. Tooltips (``title``) are plain text: vis-network 9 shows a *string*
title with ``innerText`` (never as HTML), and no title here is ever an HTML element.

>>> from beratungskit.demo import demo_case
>>> nodes = vis_nodes(demo_case())
>>> nodes[0]["id"], nodes[0]["label"], nodes[0]["x"], nodes[0]["y"]
('elb', 'Mira K.', 0.0, 0.0)
>>> nodes[1]["symbol"]["shape"], nodes[1]["label"]
('star', 'Ich backe gern\\nund gut')
>>> vis_edges(demo_case())[0]["arrows"]["to"]["enabled"]
True
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from beratungskit.analysis.layout import (
    ELB_FONT_SIZE,
    FONT_SIZE,
    HINT2_FONT_SIZE,
    HINT_FONT_SIZE,
    MARGIN,
    RING2_FONT_SIZE,
    RING2_SPACE,
    RING_FONT_SIZE,
    TITLE2_FONT_SIZE,
    TITLE_FONT_SIZE,
    MapLayout,
    RingLine,
    compute_layout,
    ring_name_inline,
    ring_words,
    title_lines,
    title_words,
)
from beratungskit.messages import t, text_direction
from beratungskit.model import ELB_ID, Case, Category, Relation, Resource, label, label_or_open
from beratungskit.render.style import (
    CATEGORY_STYLE,
    EDGE_COLOR,
    ELB_STYLE,
    FONT_COLOR,
    FONT_FACE,
    RING_COLOR,
    STRENGTH_STYLE,
    arrow_ends,
    category_hint,
    category_name,
)

__all__ = ["OPEN_DASHES", "VIS_OPTIONS", "VisItems", "map_background", "node_title", "vis_edges", "vis_nodes"]

#: vis-network options: fixed positions (no physics), large labels below the symbols, touch-friendly.
VIS_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False, "randomSeed": 1},
    "nodes": {
        "shape": "box",
        "borderWidth": 3,
        "borderWidthSelected": 5,
        "margin": {"top": MARGIN[0], "right": MARGIN[1], "bottom": MARGIN[2], "left": MARGIN[3]},
        "shapeProperties": {"borderRadius": 4},
        "font": {"size": FONT_SIZE, "face": FONT_FACE, "color": FONT_COLOR, "align": "left"},
        "labelHighlightBold": False,
        "opacity": 1,
        "shadow": {"enabled": False},
    },
    "edges": {
        "smooth": False,
        "color": {"color": EDGE_COLOR, "highlight": "#000000", "hover": "#000000", "inherit": False},
        "arrowStrikethrough": False,
        "selectionWidth": 2,
        "hoverWidth": 1,
    },
    "interaction": {
        "hover": True,
        "tooltipDelay": 150,
        "dragNodes": True,
        "dragView": True,
        "zoomView": True,
        "multiselect": False,
        "selectConnectedEdges": False,
        "navigationButtons": False,
        "keyboard": False,
    },
}


@lru_cache(maxsize=64)
def _tint(hex_color: str, share: float = 0.16) -> str:
    """``hex_color`` mixed into white: the box's background, light enough for dark text."""
    r, g, b = (int(hex_color[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 - (255 - c) * share) for c in (r, g, b)]
    return "#" + "".join(f"{c:02X}" for c in mix)


def _color(style: Any) -> dict[str, Any]:
    """A box in the category's colour: its border, a light tint of it behind the text."""
    back = _tint(style.color)
    same = {"background": back, "border": "#000000"}
    return {"background": back, "border": style.border, "highlight": same, "hover": same}


def _elb_color() -> dict[str, Any]:
    same = {"background": ELB_STYLE.color, "border": "#000000"}
    return {"background": ELB_STYLE.color, "border": ELB_STYLE.border, "highlight": same, "hover": same}


def node_title(resource: Resource, *, include_notes: bool = True) -> str:
    """Plain-text tooltip of a resource: label, category, closeness, origin, role and note."""
    note = resource.note if include_notes else None
    r = resource
    return _node_title(r.label, r.category, r.closeness, r.origin, r.role, note)


@lru_cache(maxsize=8192)
def _node_title(
    label: str, category: Any, closeness: Any, origin: Any, role: str | None, note: str | None
) -> str:
    # every change of the map builds every node again; most tooltips stay as they were
    parts = [
        t(
            "render_map.tip.resource",
            label=label,
            category=category_name(category),
            closeness=t(f"render_map.closeness.{closeness or 'open'}"),
            origin=label_or_open(origin),
        )
    ]
    if role:
        parts.append(t("render_map.tip.role", role=role))
    if note:
        parts.append(t("render_map.tip.note", note=note))
    return "\n".join(parts)


def vis_nodes(
    case: Case, placed: MapLayout | None = None, *, include_notes: bool = True
) -> list[dict[str, Any]]:
    """One dict per node: the eLb first (white name on a dark ellipse), then the resources as boxes.

    ``placed`` defaults to :func:`beratungskit.analysis.layout.compute_layout`. Every node carries the
    keys a highlight changes (``borderWidth``, ``opacity``, ``shadow``) with their plain values, so
    ending a highlight sets values again instead of deleting options in vis-network.
    ``include_notes=False`` leaves the eLb's notes out of the tooltips.
    """
    placed = placed or compute_layout(case)
    return [_elb_node(case, placed), *(_resource_node(res, placed, include_notes) for res in case.resources)]


def _elb_node(case: Case, placed: MapLayout) -> dict[str, Any]:
    x, y = placed.positions[ELB_ID]
    return {
        "id": ELB_ID,
        "label": "\n".join(placed.lines[ELB_ID]),
        "x": x,
        "y": y,
        "shape": "ellipse",
        "color": _elb_color(),
        "font": {
            "size": ELB_FONT_SIZE,
            "color": "#FFFFFF",
            "face": FONT_FACE,
            "bold": True,
            "align": "center",
        },
        "margin": 5,
        "borderWidth": 3,
        "opacity": 1,
        "shadow": {"enabled": False},
        "title": t("render_map.tip.elb", alias=case.alias),
        "kind": "elb",
    }


#: The border of a box whose closeness nobody chose yet: dashed, like a line not drawn for good
#: (the legend and the list say „Nähe noch offen“). A solid box sets ``False`` again, so a choice
#: made later replaces the dashes in the live map instead of leaving them.
OPEN_DASHES = [7, 5]


def _resource_node(res: Resource, placed: MapLayout, include_notes: bool) -> dict[str, Any]:
    style = CATEGORY_STYLE[res.category]
    x, y = placed.positions[res.id]
    dashes = list(OPEN_DASHES) if res.closeness is None else False
    return {
        "id": res.id,
        "label": "\n".join(placed.lines[res.id]),
        "x": x,
        "y": y,
        "color": _color(style),
        "borderWidth": 3,
        "shapeProperties": {"borderRadius": 4, "borderDashes": dashes},
        "opacity": 1,
        "shadow": {"enabled": False},
        "title": node_title(res, include_notes=include_notes),
        "kind": "resource",
        "category": res.category.value,
        "closeness": res.ring,
        "symbol": {"shape": style.shape, "color": style.color, "border": style.border},
    }


def _relation_title(case: Case, rel: Relation, names: Mapping[str, str], include_notes: bool) -> str:
    a, b = names.get(rel.source, rel.source), names.get(rel.target, rel.target)
    return _line_title(a, b, rel.strength, rel.direction, rel.note if include_notes else None)


@lru_cache(maxsize=8192)
def _line_title(a: str, b: str, strength: Any, direction: Any, note: str | None) -> str:
    text = t(
        "render_map.tip.relation",
        strength=label(strength),
        direction=t(f"render_map.tip.dir.{direction.value}", a=a, b=b),
    )
    if note:
        text += "\n" + t("render_map.tip.note", note=note)
    return text


def vis_edges(
    case: Case, placed: MapLayout | None = None, *, include_notes: bool = True
) -> list[dict[str, Any]]:
    """One dict per relation (``id`` = relation id), styled by strength and direction of support.

    A line that would run through a box is drawn as the curve the layout chose for it.
    """
    routes = (placed or compute_layout(case)).routes
    names = _names(case)
    return [_edge(case, rel, names, routes.get(rel.id), include_notes) for rel in case.relations]


def _names(case: Case) -> dict[str, str]:
    return {ELB_ID: case.alias, **{r.id: r.label for r in case.resources}}


def _edge(
    case: Case, rel: Relation, names: Mapping[str, str], route: tuple[str, float] | None, include_notes: bool
) -> dict[str, Any]:
    line = STRENGTH_STYLE[rel.strength]
    to_end, from_end = arrow_ends(rel.direction)
    return {
        "id": rel.id,
        "from": rel.source,
        "to": rel.target,
        "width": line.width,
        "dashes": list(line.dashes) if line.dashes else False,
        "arrows": {
            "to": {"enabled": to_end, "scaleFactor": 0.9},
            "from": {"enabled": from_end, "scaleFactor": 0.9},
        },
        "title": _relation_title(case, rel, names, include_notes),
        "strength": rel.strength.value,
        "direction": rel.direction.value,
        "smooth": _smooth(route),
    }


class VisItems:
    """:func:`vis_nodes` and :func:`vis_edges` for one live map, kept per item between edits.

    A node's dict follows from its resource, its place and its label's lines alone, a line's from
    its relation, its route and the names at its ends. A case never changes an item in place (a
    change sets a new one), so a resource that is the same object at the same place with the same
    lines keeps the very dict of the edit before: one edit builds the dicts of what it touched, not of
    all 200 (and the map's comparison finds the rest unchanged at a glance). The dicts are shared:
    whoever gets them must not change them (the live map replaces, never changes, a kept dict).

    >>> from beratungskit.demo import demo_case
    >>> case, items = demo_case(), VisItems()
    >>> items.nodes(case, compute_layout(case)) == vis_nodes(case)
    True
    >>> items.edges(case, compute_layout(case)) == vis_edges(case)
    True
    """

    def __init__(self, *, include_notes: bool = True) -> None:
        self.include_notes = include_notes
        # resource id → (resource, position, lines, dict); relation id → (relation, route, names, dict)
        self._nodes: dict[str, tuple[Any, Any, Any, dict[str, Any]]] = {}
        self._edges: dict[str, tuple[Any, Any, Any, dict[str, Any]]] = {}

    def nodes(self, case: Case, placed: MapLayout) -> list[dict[str, Any]]:
        kept, out = {}, [_elb_node(case, placed)]
        for res in case.resources:
            at, lines = placed.positions[res.id], placed.lines[res.id]
            known = self._nodes.get(res.id)
            if known is None or known[0] is not res or known[1] != at or known[2] != lines:
                known = (res, at, lines, _resource_node(res, placed, self.include_notes))
            kept[res.id] = known
            out.append(known[3])
        self._nodes = kept
        return out

    def edges(self, case: Case, placed: MapLayout) -> list[dict[str, Any]]:
        names = _names(case)
        kept, out = {}, []
        for rel in case.relations:
            route, ends = placed.routes.get(rel.id), (names.get(rel.source), names.get(rel.target))
            known = self._edges.get(rel.id)
            if known is None or known[0] is not rel or known[1] != route or known[2] != ends:
                known = (rel, route, ends, _edge(case, rel, names, route, self.include_notes))
            kept[rel.id] = known
            out.append(known[3])
        self._edges = kept
        return out


def _smooth(route: tuple[str, float] | None) -> dict[str, Any]:
    if route is None:
        return {"enabled": False}
    kind, roundness = route
    return {"enabled": True, "type": kind, "roundness": roundness}


def map_background(case: Case, placed: MapLayout | None = None) -> dict[str, Any]:
    """What is drawn behind and around the nodes, as plain data (the live map and the export draw it).

    ``rings``: rectangles with rounded corners (from ``x0``, ``y0`` to ``x1``, ``y1``, corner
    radius ``r``) with their names at (``lx``, ``ly``); ``sectors``: the dividing lines from near
    the eLb to the outer ring at ``angle`` (radians, clockwise from the right);
    ``areas``: each area's title (symbol + name, hint) with the box a tap on it hits and the box its
    focus view shows; ``extent``: the box around everything (the whole map fits it); ``fonts``.
    """
    placed = placed or compute_layout(case)
    aspect = placed.aspect
    areas = []
    for title in placed.titles:
        style = CATEGORY_STYLE[title.category]
        focus = placed.sector_extent(title.category)
        areas.append(
            {
                "category": title.category.value,
                "x": title.x,
                "y": title.y,
                "align": title.align,
                "text": f"{style.symbol} {category_name(title.category)}",
                # with a language in a crowded map, the names alone (the hints are in the legend)
                "hint": category_hint(title.category) if placed.title_hints else "",
                "color": style.border,
                "box": _box(title.box),
                "focus": _box(focus),
                **_title_words(title.category, placed.lang, placed.title_hints),
            }
        )
    sectors = []
    for sector in placed.sectors:
        x0, y0, x1, y1 = placed.sector_line(sector)
        sectors.append(
            {
                "angle": round(sector.start, 4),
                "x0": round(x0, 1),
                "y0": round(y0, 1),
                "x1": round(x1, 1),
                "y1": round(y1, 1),
            }
        )
    rings = [
        {
            "x0": r.x0,
            "y0": r.y0,
            "x1": r.x1,
            "y1": r.y1,
            "r": r.r,
            "label": t(f"render_map.ring.{r.closeness}"),
            "lx": r.label_x,
            "ly": r.label_y,
            **_ring_words(r, placed.lang),
        }
        for r in placed.rings
    ]
    background = {
        "rings": rings,
        "sectors": sectors,
        "areas": areas,
        "extent": _box(placed.extent),
        "color": RING_COLOR,
        "sector_color": "#8C8C8C",
        "fonts": {
            "ring": RING_FONT_SIZE,
            "title": TITLE_FONT_SIZE,
            "hint": HINT_FONT_SIZE,
            "face": FONT_FACE,
        },
        "aspect": aspect,
    }
    if placed.lang != "de":  # the eLb's words under the German: their sizes, direction and fonts
        background["second"] = {
            "lang": placed.lang,
            "dir": text_direction(placed.lang),
            "face": SECOND_FACE[text_direction(placed.lang)],
            "title": TITLE2_FONT_SIZE,
            "hint": HINT2_FONT_SIZE,
            "ring": RING2_FONT_SIZE,
            "space": RING2_SPACE,
        }
    return background


#: The fonts of the eLb's words on the map: Arabic and Persian in Noto's Arabic letters (as the
#: page's language layer shows them), the rest in the map's own face.
SECOND_FACE = {
    "rtl": "'Noto Sans Arabic', 'Noto Naskh Arabic', 'DejaVu Sans', sans-serif",
    "ltr": FONT_FACE,
}


def _ring_words(ring: RingLine, lang: str) -> dict[str, Any]:
    """A ring's name in the eLb's language, under the German or (``inline``) beside it."""
    two = ring_words(ring.closeness, lang)
    if two is None:
        return {}
    words: dict[str, Any] = {"label2": two, "inline": ring_name_inline(ring)}
    if ring.label2_box is not None:  # by itself, at its own place on the line
        b = ring.label2_box
        words.update(apart=True, lx2=round((b.x0 + b.x1) / 2, 1), ly2=round((b.y0 + b.y1) / 2, 1))
    return words


def _title_words(category: Category, lang: str, hints: bool = True) -> dict[str, Any]:
    """An area title's name and hint in the eLb's language, with where its lines go below the title's
    top (``tops``: name, name in ``lang``, hint, hint in ``lang``); nothing for German. ``hints``:
    whether the title carries the hints (:func:`~beratungskit.analysis.layout.title_hints`)."""
    two = title_words(category, lang)
    if two is None:
        return {}
    name2, hint, hint2, _height = title_lines(lang, two, hints)
    return {"text2": two[0], "hint2": two[1] if hints else None, "tops": [0.0, name2, hint, hint2]}


def _box(box: Any) -> list[float]:
    return [round(box.x0, 1), round(box.y0, 1), round(box.x1, 1), round(box.y1, 1)]
