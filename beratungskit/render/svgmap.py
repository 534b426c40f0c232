"""The ecomap as an inline SVG drawn in Python, for the printable plan: no JavaScript, no network.

Same layout (:mod:`beratungskit.analysis.layout`) and same visual vocabulary
(:mod:`beratungskit.render.style`) as the HTML map: shapes, colours, line styles, arrows, wrapped
labels, ring circles, area titles and a German legend. Every piece of text is XML-escaped.

>>> from beratungskit.demo import demo_case
>>> svg = ecomap_svg(demo_case())
>>> svg.startswith("<svg") and "Ich backe gern und gut" in svg
True
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from xml.sax.saxutils import escape, quoteattr

from beratungskit.analysis.layout import (
    ELB_SIZE,
    FONT_SIZE,
    LABEL_OFFSET,
    LINE_HEIGHT,
    NODE_SIZE,
    compute_layout,
    label_boxes,
    label_lines,
    node_lines,
)
from beratungskit.messages import t
from beratungskit.model import ELB_ID, Case, Category, Strength
from beratungskit.render.style import (
    CATEGORY_STYLE,
    EDGE_COLOR,
    ELB_STYLE,
    FONT_COLOR,
    FONT_FACE,
    STRENGTH_STYLE,
    arrow_ends,
    category_hint,
    category_name,
)
from beratungskit.render.visdata import map_background, vis_nodes
from beratungskit.render.xmlcheck import well_formed

__all__ = ["arrow_icon", "ecomap_svg", "legend_icon", "line_icon", "shape_svg"]


def _f(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def shape_svg(shape: str, cx: float, cy: float, size: float, fill: str, stroke: str, width: float = 2) -> str:
    """One vis-network shape (dot, square, star, triangle) as SVG, with vis-network's proportions."""
    paint = f'fill="{fill}" stroke="{stroke}" stroke-width="{_f(width)}"'
    if shape == "dot":
        return f'<circle cx="{_f(cx)}" cy="{_f(cy)}" r="{_f(size)}" {paint}/>'
    if shape == "square":
        side = _f(2 * size)
        return f'<rect x="{_f(cx - size)}" y="{_f(cy - size)}" width="{side}" height="{side}" {paint}/>'
    if shape == "star":
        r = size * 0.82
        y0 = cy + 0.1 * r
        pts = []
        for n in range(10):
            rad = r * (1.3 if n % 2 == 0 else 0.5)
            pts.append((cx + rad * math.sin(n * 2 * math.pi / 10), y0 - rad * math.cos(n * 2 * math.pi / 10)))
    elif shape == "triangle":
        s = 2 * size
        ir = math.sqrt(3) / 6 * s
        h = math.sqrt(s * s - size * size)
        pts = [(cx, cy - (h - ir)), (cx + size, cy + ir), (cx - size, cy + ir)]
    else:  # pragma: no cover - every style uses one of the shapes above
        raise ValueError(shape)
    points = " ".join(f"{_f(x)},{_f(y)}" for x, y in pts)
    return f'<polygon points="{points}" {paint} stroke-linejoin="round"/>'


def legend_icon(category: Category | None, px: int = 28) -> str:
    """A category's symbol (``None``: the eLb) as a small SVG for HTML legends (inline: no xmlns)."""
    style = ELB_STYLE if category is None else CATEGORY_STYLE[category]
    name = t("render_map.legend_elb", alias="eLb") if category is None else category_name(category)
    return (
        f'<svg width="{px}" height="{px}" viewBox="-30 -30 60 60" '
        f'role="img" aria-label={quoteattr(name)}>'
        f"{shape_svg(style.shape, 0, 0, 22, style.color, style.border, 3)}</svg>"
    )


def line_icon(strength: Strength, px: int = 64) -> str:
    """A short line in the style of a relation's strength."""
    line = STRENGTH_STYLE[strength]
    dash = f' stroke-dasharray="{" ".join(map(str, line.dashes))}"' if line.dashes else ""
    return (
        f'<svg width="{px}" height="20" viewBox="0 0 64 20" aria-hidden="true">'
        f'<line x1="2" y1="10" x2="62" y2="10" stroke="{EDGE_COLOR}" '
        f'stroke-width="{_f(line.width)}"{dash}/></svg>'
    )


def arrow_icon(both: bool, px: int = 64) -> str:
    """A short line with an arrow at the right end (``both``: at both ends)."""
    head = f'<path d="M62,10 L48,3 L48,17 Z" fill="{EDGE_COLOR}"/>'
    tail = f'<path d="M2,10 L16,3 L16,17 Z" fill="{EDGE_COLOR}"/>' if both else ""
    return (
        f'<svg width="{px}" height="20" viewBox="0 0 64 20" aria-hidden="true">'
        f'<line x1="{14 if both else 2}" y1="10" x2="50" y2="10" stroke="{EDGE_COLOR}" stroke-width="3"/>'
        f"{head}{tail}</svg>"
    )


def _text(
    x: float, y: float, text: str, size: float = FONT_SIZE, anchor: str = "middle", **attrs: str
) -> str:
    extra = "".join(f" {k.replace('_', '-')}={quoteattr(v)}" for k, v in attrs.items())
    return (
        f'<text x="{_f(x)}" y="{_f(y)}" font-size="{_f(size)}" text-anchor="{anchor}"{extra}>'
        f"{escape(text)}</text>"
    )


def ecomap_svg(
    case: Case,
    positions: Mapping[str, tuple[float, float]] | None = None,
    width: int = 800,
    *,
    legend: bool = True,
) -> str:
    """The ecomap of ``case`` as one ``<svg>`` element, ``width`` pixels wide (height follows)."""
    placed = compute_layout(case)
    nodes = vis_nodes(case, {**placed.positions, **(positions or {})}, include_notes=False)
    pos = {n["id"]: (float(n["x"]), float(n["y"])) for n in nodes}
    back = map_background(case, placed.ring_radii)
    boxes = label_boxes(case, pos)
    outer, outer_x = back["rings"][-1]["radius"], back["rings"][-1]["rx"]
    x0 = min([-outer_x - 20, *(b.x0 for b in boxes)]) - 30
    x1 = max([outer_x + 20, *(b.x1 for b in boxes)]) + 30
    y0 = min([-outer - 50, *(b.y0 for b in boxes)]) - 30
    y1 = max([outer + 50, *(b.y1 for b in boxes)]) + 30
    for area in back["areas"]:
        y0, y1 = min(y0, area["y"] - 40), max(y1, area["y"] + 40)
    map_w = x1 - x0
    legend_h = 330 * map_w / 1000 if legend else 0  # the legend scales with the map, readable in print
    total_h = (y1 - y0) + legend_h
    height = round(width * total_h / map_w)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="{_f(x0)} {_f(y0)} {_f(map_w)} {_f(total_h)}" role="img" '
        f"aria-label={quoteattr(t('render_map.svg_label', alias=case.alias, count=len(case.resources)))} "
        f"font-family={quoteattr(FONT_FACE)} fill={quoteattr(FONT_COLOR)}>",
        "<defs>"
        f'<marker id="bk-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="4" markerHeight="4" '
        'markerUnits="strokeWidth" orient="auto-start-reverse">'
        f'<path d="M0,0 L10,5 L0,10 Z" fill="{EDGE_COLOR}"/></marker></defs>',
        f'<rect x="{_f(x0)}" y="{_f(y0)}" width="{_f(map_w)}" height="{_f(total_h)}" fill="#FFFFFF"/>',
    ]
    # rings and area titles
    for ring in back["rings"]:
        r = ring["radius"]
        out.append(
            f'<ellipse cx="0" cy="0" rx="{_f(ring["rx"])}" ry="{_f(r)}" fill="none" stroke="{back["color"]}" '
            'stroke-width="2" '
            'stroke-dasharray="6 6"/>'
        )
        out.append(_text(0, -r - 6, ring["label"], 18, fill="#555555"))
    for area in back["areas"]:
        anchor = "end" if area["align"] == "right" else "start"
        out.append(
            _text(area["x"], area["y"], area["text"], 22, anchor, fill=area["color"], font_weight="bold")
        )
    # relations: a straight line between the symbols, arrows at the ends that receive support
    sizes = {n["id"]: float(n["size"]) for n in nodes}
    for rel in case.relations:
        (ax, ay), (bx, by) = pos[rel.source], pos[rel.target]
        dist = math.hypot(bx - ax, by - ay) or 1.0
        ux, uy = (bx - ax) / dist, (by - ay) / dist
        ra, rb = sizes[rel.source] + 3, sizes[rel.target] + 3
        line = STRENGTH_STYLE[rel.strength]
        to_end, from_end = arrow_ends(rel.direction)
        attrs = f'stroke="{EDGE_COLOR}" stroke-width="{_f(line.width)}"'
        if line.dashes:
            attrs += f' stroke-dasharray="{" ".join(map(str, line.dashes))}"'
        if to_end:
            attrs += ' marker-end="url(#bk-arrow)"'
        if from_end:
            attrs += ' marker-start="url(#bk-arrow)"'
        out.append(
            f'<line x1="{_f(ax + ux * ra)}" y1="{_f(ay + uy * ra)}" x2="{_f(bx - ux * rb)}" '
            f'y2="{_f(by - uy * rb)}" {attrs}/>'
        )
    # nodes and their labels (white backing so lines do not cut through the letters)
    lines_of = {ELB_ID: label_lines(case.alias), **{r.id: node_lines(r) for r in case.resources}}
    for node, box in zip(nodes, boxes, strict=True):
        x, y = pos[node["id"]]
        style = CATEGORY_STYLE[Category(node["category"])] if node["kind"] == "resource" else ELB_STYLE
        size = ELB_SIZE if node["kind"] == "elb" else NODE_SIZE
        out.append(f"<g><title>{escape(node['title'])}</title>")
        out.append(
            shape_svg(style.shape, x, y, size, style.color, style.border, 3 if size == ELB_SIZE else 2)
        )
        lines = lines_of[node["id"]]
        top = y + size + LABEL_OFFSET
        text_w = box.x1 - box.x0 - 8
        out.append(
            f'<rect x="{_f(x - text_w / 2)}" y="{_f(top)}" width="{_f(text_w)}" '
            f'height="{_f(len(lines) * LINE_HEIGHT)}" fill="#FFFFFF" fill-opacity="0.88"/>'
        )
        for i, text in enumerate(lines):
            weight = "bold" if node["kind"] == "elb" else "normal"
            out.append(_text(x, top + (i + 0.8) * LINE_HEIGHT, text, font_weight=weight))
        out.append("</g>")
    if legend:
        out.append(_legend_svg(case, x0, y1, map_w / 1000))
    out.append("</svg>")
    return well_formed("".join(out), t("render_xml.what.svg_map"))


def _legend_svg(case: Case, left: float, top: float, scale: float) -> str:
    """The legend under the map: areas (symbol + name + hint), lines and arrows."""
    g = [f'<g transform="translate({_f(left + 30 * scale)} {_f(top)}) scale({scale:.4f})">']
    g.append(_text(0, 34, t("render_map.legend"), 26, "start", font_weight="bold"))
    y = 80
    for i, cat in enumerate(Category):
        style = CATEGORY_STYLE[cat]
        x = (i % 2) * 470
        row = y + (i // 2) * 52
        g.append(shape_svg(style.shape, x + 20, row - 8, 18, style.color, style.border, 2))
        g.append(_text(x + 52, row, f"{category_name(cat)}: {category_hint(cat)}", 22, "start"))
    y += 2 * 52 + 20
    items = [(STRENGTH_STYLE[s], t(f"render_map.line.{s.value}")) for s in Strength]
    for i, (line, text) in enumerate(reversed(items)):
        x = (i % 2) * 470
        row = y + (i // 2) * 44
        dash = f' stroke-dasharray="{" ".join(map(str, line.dashes))}"' if line.dashes else ""
        g.append(
            f'<line x1="{x}" y1="{row - 8}" x2="{x + 44}" y2="{row - 8}" stroke="{EDGE_COLOR}" '
            f'stroke-width="{_f(line.width)}"{dash}/>'
        )
        g.append(_text(x + 56, row, text, 22, "start"))
    for i, (both, key) in enumerate(((False, "arrow.one"), (True, "arrow.both"))):
        x = ((i + 1) % 2) * 470
        row = y + ((i + 3) // 2) * 44
        attrs = 'marker-end="url(#bk-arrow)"' + (' marker-start="url(#bk-arrow)"' if both else "")
        g.append(
            f'<line x1="{x + 4}" y1="{row - 8}" x2="{x + 44}" y2="{row - 8}" stroke="{EDGE_COLOR}" '
            f'stroke-width="3" {attrs}/>'
        )
        g.append(_text(x + 56, row, t(f"render_map.{key}"), 22, "start"))
    g.append("</g>")
    return "".join(g)
