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
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from beratungskit.analysis.layout import (
    ELB_FONT_SIZE,
    FONT_SIZE,
    HINT_FONT_SIZE,
    LINE_HEIGHT,
    MARGIN,
    RING_FONT_SIZE,
    TITLE_FONT_SIZE,
    MapLayout,
    compute_layout,
    curve_via,
    line_points,
    text_width,
    words_width,
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
from beratungskit.render.visdata import OPEN_DASHES, _tint, map_background
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


def open_box_icon(px: int = 40) -> str:
    """A small dashed box: a resource whose closeness nobody chose yet (``visdata.OPEN_DASHES``)."""
    dash = " ".join(map(str, OPEN_DASHES))
    return (
        f'<svg width="{px}" height="20" viewBox="0 0 40 20" aria-hidden="true">'
        f'<rect x="3" y="2" width="34" height="16" rx="3" fill="#F3F4F6" stroke="#4B5563" '
        f'stroke-width="2.5" stroke-dasharray="{dash}"/></svg>'
    )


def _second(
    two: Mapping[str, Any], x: float, y: float, text: str, size: float, anchor: str, **attrs: str
) -> str:
    """A line in the eLb's language (``two``: map_background's ``second``) at the German line's side:
    right to left for Arabic and Persian, whose start is then the right end."""
    attrs.setdefault("fill", "#333333")
    if two["dir"] == "rtl":
        anchor = {"start": "end", "end": "start"}.get(anchor, anchor)
    return _text(x, y, text, size, anchor, direction=two["dir"], font_family=two["face"], **attrs)


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
    placed: MapLayout | None = None,
    width: int = 800,
    *,
    legend: bool = True,
    aspect: float = 1.45,
) -> str:
    """The ecomap of ``case`` as one ``<svg>`` element, ``width`` pixels wide (height follows).

    Same layout as the screen (``placed``, else :func:`compute_layout` for a canvas of ``aspect``):
    area lines, rings with their names, area titles, boxes with their symbols, lines and curves.
    """
    placed = placed or compute_layout(case, aspect)
    back = map_background(case, placed)
    ext = placed.extent
    # A curve can bulge beyond the boxes and rings (the screen shows it when the map is moved); on
    # paper nothing can be moved, so the sheet holds every line as drawn, never cut at its edge.
    xs, ys = [ext.x0, ext.x1], [ext.y0, ext.y1]
    for rel in case.relations:
        route = placed.routes.get(rel.id)
        if route:  # a straight line lies between its two boxes, inside the extent
            for px, py in line_points(*placed.positions[rel.source], *placed.positions[rel.target], route):
                xs.append(px)
                ys.append(py)
    x0, y0 = min(xs) - 12, min(ys) - 12
    map_w, map_h = max(xs) - min(xs) + 24, max(ys) - min(ys) + 24
    legend_h = 330 * map_w / 1000 if legend else 0  # the legend scales with the map
    total_h = map_h + legend_h
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
    for sector in back["sectors"]:
        out.append(
            f'<line x1="{_f(sector["x0"])}" y1="{_f(sector["y0"])}" x2="{_f(sector["x1"])}" '
            f'y2="{_f(sector["y1"])}" stroke="{back["sector_color"]}" stroke-width="2"/>'
        )
    for ring in back["rings"]:
        out.append(
            f'<rect x="{_f(ring["x0"])}" y="{_f(ring["y0"])}" width="{_f(ring["x1"] - ring["x0"])}" '
            f'height="{_f(ring["y1"] - ring["y0"])}" rx="{_f(ring["r"])}" fill="none" '
            f'stroke="{back["color"]}" stroke-width="2" stroke-dasharray="8 6"/>'
        )
    two: Any = back.get("second")  # the eLb's language under the German (map_background)
    # the rings' names go over the lines (drawn after them, below): a line through a name is cut by
    # its white patch instead of striking it through; the boxes come after the names
    names: list[str] = []
    for ring in back["rings"]:
        w = text_width(ring["label"], RING_FONT_SIZE) + 8  # the layout's room for it
        if two is not None and ring.get("apart"):  # the translation by itself on the line
            size2 = two["ring"]
            w2 = words_width(ring["label2"], size2) + 8
            names.append(
                f'<rect x="{_f(ring["lx2"] - w2 / 2)}" y="{_f(ring["ly2"] - size2 * 0.65)}" '
                f'width="{_f(w2)}" height="{_f(size2 * 1.3)}" fill="#FFFFFF"/>'
            )
            names.append(
                _second(two, ring["lx2"], ring["ly2"] + size2 * 0.35, ring["label2"], size2, "middle")
            )
        if two is None or "label2" not in ring or ring.get("apart"):
            names.append(
                f'<rect x="{_f(ring["lx"] - w / 2)}" y="{_f(ring["ly"] - RING_FONT_SIZE * 0.65)}" '
                f'width="{_f(w)}" height="{_f(RING_FONT_SIZE * 1.3)}" fill="#FFFFFF"/>'
            )
            names.append(
                _text(
                    ring["lx"],
                    ring["ly"] + RING_FONT_SIZE * 0.35,
                    ring["label"],
                    RING_FONT_SIZE,
                    fill="#4D4D4D",
                )
            )
            continue
        size2 = two["ring"]
        if ring.get("inline"):  # beside the German on one line
            w1, w2 = text_width(ring["label"], RING_FONT_SIZE), words_width(ring["label2"], size2)
            w = w1 + two["space"] + w2 + 8
            left = ring["lx"] - w / 2
            names.append(
                f'<rect x="{_f(left)}" y="{_f(ring["ly"] - RING_FONT_SIZE * 0.65)}" '
                f'width="{_f(w)}" height="{_f(RING_FONT_SIZE * 1.3)}" fill="#FFFFFF"/>'
            )
            base = ring["ly"] + RING_FONT_SIZE * 0.35
            names.append(_text(left + 4, base, ring["label"], RING_FONT_SIZE, "start", fill="#4D4D4D"))
            names.append(
                _second(two, left + 4 + w1 + two["space"] + w2 / 2, base, ring["label2"], size2, "middle")
            )
            continue
        w = max(w, words_width(ring["label2"], size2) + 8)
        h = (RING_FONT_SIZE + size2) * 1.3
        names.append(
            f'<rect x="{_f(ring["lx"] - w / 2)}" y="{_f(ring["ly"] - h / 2)}" '
            f'width="{_f(w)}" height="{_f(h)}" fill="#FFFFFF"/>'
        )
        top = ring["ly"] - h / 2
        names.append(
            _text(ring["lx"], top + RING_FONT_SIZE * 1.0, ring["label"], RING_FONT_SIZE, fill="#4D4D4D")
        )
        names.append(
            _second(two, ring["lx"], ring["ly"] + h / 2 - size2 * 0.3, ring["label2"], size2, "middle")
        )
    for area in back["areas"]:
        anchor = {"left": "start", "right": "end"}.get(area["align"], "middle")
        top = area["y"] + TITLE_FONT_SIZE * 0.85
        out.append(
            _text(
                area["x"], top, area["text"], TITLE_FONT_SIZE, anchor, fill=area["color"], font_weight="bold"
            )
        )
        tops = area.get("tops") if two is not None else None
        if tops is None:
            out.append(
                _text(
                    area["x"],
                    top + TITLE_FONT_SIZE * 1.15,
                    area["hint"],
                    HINT_FONT_SIZE,
                    anchor,
                    fill="#333333",
                )
            )
            continue
        y = area["y"]
        out.append(
            _second(
                two,
                area["x"],
                y + tops[1] + two["title"] * 0.9,
                area["text2"],
                two["title"],
                anchor,
                fill=area["color"],
                font_weight="bold",
            )
        )
        if area["hint"]:  # (a crowded map with a language: the names alone)
            out.append(
                _text(
                    area["x"],
                    y + tops[2] + HINT_FONT_SIZE * 0.9,
                    area["hint"],
                    HINT_FONT_SIZE,
                    anchor,
                    fill="#333333",
                )
            )
        if area.get("hint2"):
            out.append(
                _second(two, area["x"], y + tops[3] + two["hint"] * 0.9, area["hint2"], two["hint"], anchor)
            )
    # relations: straight, or the curve the layout chose around the boxes in the way
    pos = placed.positions
    for rel in case.relations:
        (ax, ay), (bx, by) = pos[rel.source], pos[rel.target]
        line = STRENGTH_STYLE[rel.strength]
        to_end, from_end = arrow_ends(rel.direction)
        attrs = f'fill="none" stroke="{EDGE_COLOR}" stroke-width="{_f(line.width)}"'
        if line.dashes:
            attrs += f' stroke-dasharray="{" ".join(map(str, line.dashes))}"'
        if to_end:
            attrs += ' marker-end="url(#bk-arrow)"'
        if from_end:
            attrs += ' marker-start="url(#bk-arrow)"'
        ra, rb = placed.boxes[rel.source], placed.boxes[rel.target]
        route = placed.routes.get(rel.id)
        vx, vy = curve_via(ax, ay, bx, by, *route) if route else ((ax + bx) / 2, (ay + by) / 2)
        sx, sy = _border(ax, ay, vx, vy, ra)
        ex, ey = _border(bx, by, vx, vy, rb)
        if route:
            out.append(f'<path d="M{_f(sx)},{_f(sy)} Q{_f(vx)},{_f(vy)} {_f(ex)},{_f(ey)}" {attrs}/>')
        else:
            out.append(f'<line x1="{_f(sx)}" y1="{_f(sy)}" x2="{_f(ex)}" y2="{_f(ey)}" {attrs}/>')
    out.extend(names)
    # the eLb: white name on a dark ellipse
    elb = placed.boxes[ELB_ID]
    out.append(f"<g><title>{escape(t('render_map.tip.elb', alias=case.alias))}</title>")
    out.append(
        f'<ellipse cx="0" cy="0" rx="{_f((elb.x1 - elb.x0) / 2 - 4)}" ry="{_f((elb.y1 - elb.y0) / 2 - 4)}" '
        f'fill="{ELB_STYLE.color}" stroke="{ELB_STYLE.border}" stroke-width="3"/>'
    )
    lines = placed.lines[ELB_ID]
    for i, text in enumerate(lines):
        y = (i - (len(lines) - 1) / 2) * ELB_FONT_SIZE + ELB_FONT_SIZE * 0.35
        out.append(_text(0, y, text, ELB_FONT_SIZE, fill="#FFFFFF", font_weight="bold"))
    out.append("</g>")
    # resources: a box in the area's colour with the symbol in its left margin
    for res in case.resources:
        box = placed.boxes[res.id]
        style = CATEGORY_STYLE[res.category]
        bx0, by0, bx1, by1 = box.x0 + 4, box.y0 + 4, box.x1 - 4, box.y1 - 4
        out.append(f"<g><title>{escape(res.label)}</title>")
        # a closeness nobody chose yet: dashed, as on the screen (visdata.OPEN_DASHES)
        dashed = f' stroke-dasharray="{" ".join(map(str, OPEN_DASHES))}"' if res.closeness is None else ""
        out.append(
            f'<rect x="{_f(bx0)}" y="{_f(by0)}" width="{_f(bx1 - bx0)}" height="{_f(by1 - by0)}" rx="4" '
            f'fill="{_tint(style.color)}" stroke="{style.border}" stroke-width="3"{dashed}/>'
        )
        cy = (by0 + by1) / 2
        out.append(shape_svg(style.shape, bx0 + 16, cy, 9, style.color, style.border, 1.5))
        rows = placed.lines[res.id]
        for i, text in enumerate(rows):
            y = by0 + MARGIN[0] + (i + 0.8) * LINE_HEIGHT
            out.append(_text(bx0 + MARGIN[3], y, text, FONT_SIZE, "start"))
        out.append("</g>")
    if legend:
        out.append(_legend_svg(case, x0, y0 + map_h, map_w / 1000))
    out.append("</svg>")
    return well_formed("".join(out), t("render_xml.what.svg_map"))


def _border(cx: float, cy: float, tx: float, ty: float, box: Any) -> tuple[float, float]:
    """Where the line from a box's centre toward (tx, ty) leaves the box."""
    hw, hh = (box.x1 - box.x0) / 2 - 2, (box.y1 - box.y0) / 2 - 2
    dx, dy = tx - cx, ty - cy
    if not dx and not dy:
        return cx, cy
    scale = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
    return cx + dx * scale, cy + dy * scale


def _legend_svg(case: Case, left: float, top: float, scale: float) -> str:
    """The legend under the map: areas (symbol + name + hint), lines and arrows, the dashed box."""
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
    # after the last arrow, on its line (the legend keeps its height: the plan's page is measured):
    # a dashed box, „Nähe noch offen“ (drawn in the middle ring until a closeness is chosen)
    row, x = y + 2 * 44, 650
    dash = " ".join(map(str, OPEN_DASHES))
    g.append(
        f'<rect x="{x + 4}" y="{row - 22}" width="36" height="26" rx="4" fill="#F3F4F6" stroke="#4B5563" '
        f'stroke-width="3" stroke-dasharray="{dash}"/>'
    )
    g.append(_text(x + 56, row, t("render_map.closeness.open"), 22, "start"))
    g.append("</g>")
    return "".join(g)
