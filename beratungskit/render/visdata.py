"""The ecomap as vis-network data: node and edge dicts plus options, pure JSON-serialisable values.

The offline HTML export and the live map widget send exactly these dicts, so both look the same; the
widget can diff them by ``id``. Tooltips (``title``) are plain text: vis-network 9 shows a *string*
title with ``innerText`` (never as HTML), and no title here is ever an HTML element.

>>> from beratungskit.demo import demo_case
>>> nodes = vis_nodes(demo_case())
>>> nodes[0]["id"], nodes[0]["label"], nodes[0]["x"], nodes[0]["y"]
('elb', 'Mira K.', 0.0, 0.0)
>>> nodes[1]["shape"], nodes[1]["label"]
('star', 'Ich backe gern und gut')
>>> vis_edges(demo_case())[0]["arrows"]["to"]["enabled"]
True
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from beratungskit.analysis.layout import (
    ASPECT,
    ELB_SIZE,
    FONT_SIZE,
    NODE_SIZE,
    QUARTERS,
    compute_layout,
    label_lines,
    layout,
    node_lines,
)
from beratungskit.messages import t
from beratungskit.model import ELB_ID, Case, Relation, Resource, label, label_or_open
from beratungskit.render.style import (
    CATEGORY_STYLE,
    EDGE_COLOR,
    ELB_STYLE,
    FONT_COLOR,
    FONT_FACE,
    LABEL_BACKGROUND,
    RING_COLOR,
    STRENGTH_STYLE,
    arrow_ends,
    category_name,
)

__all__ = ["VIS_OPTIONS", "map_background", "node_title", "vis_edges", "vis_nodes"]

#: vis-network options: fixed positions (no physics), large labels below the symbols, touch-friendly.
VIS_OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False, "randomSeed": 1},
    "nodes": {
        "size": NODE_SIZE,
        "borderWidth": 2,
        "borderWidthSelected": 4,
        "font": {
            "size": FONT_SIZE,
            "face": FONT_FACE,
            "color": FONT_COLOR,
            "background": LABEL_BACKGROUND,
        },
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


def _color(style: Any) -> dict[str, Any]:
    same = {"background": style.color, "border": "#000000"}
    return {"background": style.color, "border": style.border, "highlight": same, "hover": same}


def node_title(resource: Resource, *, include_notes: bool = True) -> str:
    """Plain-text tooltip of a resource: label, category, closeness, origin, role and note."""
    parts = [
        t(
            "render_map.tip.resource",
            label=resource.label,
            category=category_name(resource.category),
            closeness=t(f"render_map.closeness.{resource.closeness or 'open'}"),
            origin=label_or_open(resource.origin),
        )
    ]
    if resource.role:
        parts.append(t("render_map.tip.role", role=resource.role))
    if include_notes and resource.note:
        parts.append(t("render_map.tip.note", note=resource.note))
    return "\n".join(parts)


def vis_nodes(
    case: Case,
    positions: Mapping[str, tuple[float, float]] | None = None,
    *,
    include_notes: bool = True,
) -> list[dict[str, Any]]:
    """One dict per node: the eLb first, then the resources in case order.

    ``positions`` defaults to :func:`beratungskit.analysis.layout.layout`; a node missing from it is
    placed by the layout. ``include_notes=False`` leaves the eLb's notes out of the tooltips.
    """
    pos = dict(positions or {})
    if any(node_id not in pos for node_id in (ELB_ID, *(r.id for r in case.resources))):
        pos = {**layout(case), **pos}  # only lay out when a node has no position yet
    x, y = pos[ELB_ID]
    nodes: list[dict[str, Any]] = [
        {
            "id": ELB_ID,
            "label": "\n".join(label_lines(case.alias)),
            "x": x,
            "y": y,
            "shape": ELB_STYLE.shape,
            "size": ELB_SIZE,
            "color": _color(ELB_STYLE),
            "borderWidth": 3,
            "title": t("render_map.tip.elb", alias=case.alias),
            "kind": "elb",
        }
    ]
    for res in case.resources:
        style = CATEGORY_STYLE[res.category]
        x, y = pos[res.id]
        nodes.append(
            {
                "id": res.id,
                "label": "\n".join(node_lines(res)),
                "x": x,
                "y": y,
                "shape": style.shape,
                "size": NODE_SIZE,
                "color": _color(style),
                "title": node_title(res, include_notes=include_notes),
                "kind": "resource",
                "category": res.category.value,
                "closeness": res.ring,
            }
        )
    return nodes


def _relation_title(case: Case, rel: Relation, names: Mapping[str, str], include_notes: bool) -> str:
    a, b = names.get(rel.source, rel.source), names.get(rel.target, rel.target)
    text = t(
        "render_map.tip.relation",
        strength=label(rel.strength),
        direction=t(f"render_map.tip.dir.{rel.direction.value}", a=a, b=b),
    )
    if include_notes and rel.note:
        text += "\n" + t("render_map.tip.note", note=rel.note)
    return text


def vis_edges(case: Case, *, include_notes: bool = True) -> list[dict[str, Any]]:
    """One dict per relation (``id`` = relation id), styled by strength and direction of support."""
    names = {ELB_ID: case.alias, **{r.id: r.label for r in case.resources}}
    edges = []
    for rel in case.relations:
        line = STRENGTH_STYLE[rel.strength]
        to_end, from_end = arrow_ends(rel.direction)
        edges.append(
            {
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
            }
        )
    return edges


def map_background(case: Case, ring_radii: tuple[float, float, float] | None = None) -> dict[str, Any]:
    """What is drawn behind the nodes: the three ring circles and the four area titles.

    ``{"rings": [{"radius", "rx", "label"}…], "areas": [{"x", "y", "text", "color", "align"}…], "color"}``;
    a ring is an ellipse (vertical radius ``radius``, horizontal ``rx``); the area titles sit in the
    corners of the rectangle around the outer ring.
    """
    radii = ring_radii or compute_layout(case).ring_radii
    outer = radii[-1]
    areas = []
    for cat, (sx, sy) in QUARTERS.items():
        style = CATEGORY_STYLE[cat]
        # In the corner of the square around the outer circle, running toward the vertical axis.
        areas.append(
            {
                "x": round(sx * ASPECT * outer, 1),
                "y": round(sy * (outer - 8) + (12 if sy < 0 else 0), 1),
                "text": f"{style.symbol} {category_name(cat)}",
                "color": style.border,
                "align": "left" if sx < 0 else "right",
            }
        )
    rings = [
        {"radius": r, "rx": round(ASPECT * r, 1), "label": t(f"render_map.ring.{i}")}
        for i, r in enumerate(radii, start=1)
    ]
    return {"rings": rings, "areas": areas, "color": RING_COLOR}
