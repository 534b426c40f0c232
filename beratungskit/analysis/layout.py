"""Where each node of the ecomap sits: the eLb in the middle, categories as sectors, closeness as rings.

Coordinates are vis-network pixels (y grows **downward**). The four categories are the four quarters:

====================  ==============  =====================
category              quarter         sign of (x, y)
====================  ==============  =====================
persönlich            upper left      (−, −)
sozial                upper right     (+, −)
materiell             lower right     (+, +)
infrastrukturell      lower left      (−, +)
====================  ==============  =====================

Closeness 1..3 are rings around the eLb: every ring-1 symbol lies inside the first circle, every
ring-2 symbol between the first and the second, and so on (:attr:`MapLayout.ring_radii`); labels
may reach across a circle (they have a white backing), which keeps the map compact enough to read.

Each node has a *label box*: the node symbol with its (wrapped) label below it, estimated from the
character count at :data:`FONT_SIZE` (see :func:`text_width`, used by the renderers too). Inside its
ring and quarter each resource is placed on arcs ("lanes"); when a lane is full the next lane lies
further out, so no two label boxes overlap, whatever the distribution — 200 resources in one quarter
and ring included. Every box stays strictly inside its own quarter, so quarters never collide.

The result depends only on the case's content (resources are ordered by id, not by list order), so
the same case gets the same picture in every run. A saved position (``resource.x``/``resource.y``)
always wins; automatically placed resources avoid saved ones.

>>> from beratungskit.demo import demo_case
>>> pos = layout(demo_case())
>>> pos["elb"]
(0.0, 0.0)
>>> x, y = pos["r1"]   # "Ich backe gern und gut": persönlich → upper left
>>> x < 0 and y < 0
True
>>> count_overlaps(label_boxes(demo_case(), pos))
0
"""

from __future__ import annotations

import math
import re
import textwrap
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from beratungskit.model import ELB_ID, Case, Category, Resource

__all__ = [
    "ASPECT",
    "CHAR_WIDTH",
    "ELB_SIZE",
    "FONT_SIZE",
    "LINE_HEIGHT",
    "MAX_LINE_CHARS",
    "NODE_SIZE",
    "QUARTERS",
    "Box",
    "MapLayout",
    "compute_layout",
    "count_overlaps",
    "label_boxes",
    "label_lines",
    "layout",
    "node_box",
    "node_lines",
    "text_width",
    "unplaced_positions",
]

#: Label font size in map pixels; the renderers draw labels at exactly this size.
FONT_SIZE = 18
#: Estimated average width of one character at FONT_SIZE (Arial/Liberation Sans, German text with
#: capitals and umlauts: ~0.5 em; rounded up so the estimate errs on the wide side).
CHAR_WIDTH = 0.56 * FONT_SIZE
#: Height of one label line (vis-network puts lines ~1.15 × font size apart; rounded up).
LINE_HEIGHT = 1.3 * FONT_SIZE
#: Labels are wrapped at word boundaries to at most this many characters per line.
MAX_LINE_CHARS = 22
#: Radius-like size of a resource symbol (vis-network ``size``) and of the eLb symbol.
NODE_SIZE = 20
ELB_SIZE = 32
#: vis-network draws an outside label this far below the symbol.
LABEL_OFFSET = 3
#: Padding around each box and the free space kept between two boxes.
BOX_PAD = 4
GAP = 10
#: Least distance between the farthest centre of a ring and the nearest centre of the next ring,
#: and the width an empty ring keeps.
RING_STEP = 2 * NODE_SIZE + 40
MIN_RING_WIDTH = 80
#: Rings are ellipses this much wider than high: screens and projectors are landscape, and a wider
#: map gets a larger zoom when fitted, i.e. larger text on screen.
ASPECT = 1.35
#: How far a lane moves outward when it does not fit yet.
RADIAL_STEP = 8

#: Signs of (x, y) for each category's quarter (screen coordinates, y down).
QUARTERS: dict[Category, tuple[int, int]] = {
    Category.PERSOENLICH: (-1, -1),
    Category.SOZIAL: (1, -1),
    Category.MATERIELL: (1, 1),
    Category.INFRASTRUKTURELL: (-1, 1),
}


@dataclass(frozen=True)
class Box:
    """A node's label box: ``x0 ≤ x1`` and ``y0 ≤ y1`` in map pixels."""

    node_id: str
    x0: float
    y0: float
    x1: float
    y1: float

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        return (
            self.x0 < other.x1 + gap
            and other.x0 < self.x1 + gap
            and self.y0 < other.y1 + gap
            and other.y0 < self.y1 + gap
        )

    def min_dist(self) -> float:
        """Distance from the map centre to the nearest point of the box."""
        dx = max(self.x0, 0.0, -self.x1)
        dy = max(self.y0, 0.0, -self.y1)
        return math.hypot(dx, dy)

    def max_dist(self) -> float:
        """Distance from the map centre to the farthest corner of the box."""
        return math.hypot(max(abs(self.x0), abs(self.x1)), max(abs(self.y0), abs(self.y1)))


@dataclass(frozen=True)
class MapLayout:
    """Positions of all nodes plus the radii of the three rings (inner to outer).

    A ring is an ellipse with vertical radius ``r`` and horizontal radius ``ASPECT * r``.
    """

    positions: dict[str, tuple[float, float]]
    ring_radii: tuple[float, float, float]


# --- label text and box estimate ------------------------------------------------------------------


def label_lines(text: str, max_chars: int = MAX_LINE_CHARS) -> list[str]:
    """Wrap a label at word boundaries; a word longer than a line is broken.

    >>> label_lines("Stadtbibliothek mit PC-Plätzen")
    ['Stadtbibliothek mit', 'PC-Plätzen']
    """
    return list(_wrapped(text, max_chars))


@lru_cache(maxsize=8192)
def _wrapped(text: str, max_chars: int) -> tuple[str, ...]:
    # Every layout wraps every label again; labels rarely change, so remember them.
    text = " ".join(text.split())
    if not text:
        return ("",)
    return tuple(textwrap.wrap(text, width=max_chars, break_long_words=True, break_on_hyphens=False))


def node_lines(resource: Resource) -> list[str]:
    """The lines shown under a resource symbol: the label, then the role in brackets if there is one.

    >>> from beratungskit.model import Resource
    >>> node_lines(Resource(id="r1", label="Jana", role="Schwester", is_person=True))
    ['Jana', '(Schwester)']
    """
    lines = label_lines(resource.label)
    if resource.role:
        lines += label_lines(f"({resource.role})")
    return lines


def text_width(line: str) -> float:
    """Estimated width of one label line in map pixels at :data:`FONT_SIZE`.

    >>> text_width("Fahrrad")
    70.56
    """
    return round(len(line) * CHAR_WIDTH, 2)


def node_box(node_id: str, x: float, y: float, lines: list[str], size: float = NODE_SIZE) -> Box:
    """The box taken by a symbol of ``size`` at (x, y) with ``lines`` of label text below it."""
    offsets = _box_offsets(lines, size)
    half_w, top, bottom = offsets
    return Box(node_id, x - half_w, y - top, x + half_w, y + bottom)


def _box_offsets(lines: list[str], size: float) -> tuple[float, float, float]:
    """(half width, extent above the centre, extent below the centre) of a node's box."""
    width = max([2 * size, *(text_width(line) for line in lines)]) + 2 * BOX_PAD
    top = size + BOX_PAD
    bottom = size + LABEL_OFFSET + len(lines) * LINE_HEIGHT + BOX_PAD
    return width / 2, top, bottom


def label_boxes(case: Case, positions: Mapping[str, tuple[float, float]]) -> list[Box]:
    """The label box of the eLb and of every resource that has a position."""
    boxes = []
    if ELB_ID in positions:
        x, y = positions[ELB_ID]
        boxes.append(node_box(ELB_ID, x, y, label_lines(case.alias), ELB_SIZE))
    for res in case.resources:
        if res.id in positions:
            x, y = positions[res.id]
            boxes.append(node_box(res.id, x, y, node_lines(res)))
    return boxes


def count_overlaps(boxes: Iterable[Box]) -> int:
    """How many pairs of boxes overlap (touching edges do not count).

    >>> count_overlaps([Box("a", 0, 0, 10, 10), Box("b", 5, 5, 15, 15), Box("c", 20, 0, 30, 10)])
    1
    """
    ordered = sorted(boxes, key=lambda b: b.x0)
    count = 0
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.x0 >= a.x1:
                break  # sorted by x0: no later box can reach back into a
            if a.overlaps(b):
                count += 1
    return count


# --- placement ---------------------------------------------------------------------------------------


def layout(case: Case) -> dict[str, tuple[float, float]]:
    """Position of every node (eLb at ``(0, 0)``), keyed by node id. See the module docstring."""
    return compute_layout(case).positions


def unplaced_positions(case: Case) -> dict[str, tuple[float, float]]:
    """Where the layout puts every resource that has no saved position yet.

    The session saves these so that a node, once on screen, stays where it is when others are
    added, moved or removed (automatic positions would otherwise shift around the new one).

    >>> from beratungskit.demo import demo_case
    >>> case = demo_case()
    >>> len(unplaced_positions(case)) == len(case.resources)
    True
    >>> case.place_resources(unplaced_positions(case)); unplaced_positions(case)
    {}
    """
    unplaced = {r.id for r in case.resources if r.x is None or r.y is None}
    if not unplaced:
        return {}
    return {rid: xy for rid, xy in layout(case).items() if rid in unplaced}


def compute_layout(case: Case) -> MapLayout:
    """Positions plus ring radii; deterministic for the same case content."""
    positions: dict[str, tuple[float, float]] = {ELB_ID: (0.0, 0.0)}
    elb_box = node_box(ELB_ID, 0.0, 0.0, label_lines(case.alias), ELB_SIZE)
    # Obstacles every automatically placed box must avoid: the eLb and all saved positions.
    fixed: list[Box] = [elb_box]
    free: list[Resource] = []
    # Saved nodes count for their ring's width too: the session pins every shown node, and rings
    # drawn from the free nodes alone would shrink away from them ("ganz nah" outside ring 1).
    saved_dist: dict[int, list[float]] = {1: [], 2: [], 3: []}
    for res in sorted(case.resources, key=lambda r: _natural_key(r.id)):
        if res.x is not None and res.y is not None:
            positions[res.id] = (float(res.x), float(res.y))
            fixed.append(node_box(res.id, res.x, res.y, node_lines(res)))
            saved_dist[res.ring].append(math.hypot(res.x / ASPECT, res.y))
        else:
            free.append(res)

    placed: dict[Category, list[Box]] = {cat: [] for cat in QUARTERS}
    # Rings are bands of node *centres*: a ring starts RING_STEP beyond the farthest centre of the
    # ring inside it, and its circle is drawn halfway between. Labels may cross a circle (they have a
    # white backing), symbols never do; this keeps the map compact enough to read when fitted.
    floor = float(ELB_SIZE + NODE_SIZE + GAP)
    radii: list[float] = []
    prev_far = 0.0
    for ring in (1, 2, 3):
        near, far = min(saved_dist[ring], default=math.inf), max([float(floor), *saved_dist[ring]])
        for cat, signs in QUARTERS.items():
            group = [r for r in free if r.category == cat and r.ring == ring]
            for res_id, (x, y), box in _place_group(group, signs, floor, fixed + placed[cat]):
                positions[res_id] = (round(x, 1), round(y, 1))
                placed[cat].append(box)
                dist = math.hypot(x / ASPECT, y)
                near, far = min(near, dist), max(far, dist)
        if near == math.inf:  # an empty ring keeps a visible width
            near, far = floor, floor + MIN_RING_WIDTH / 2
        if ring > 1:
            # A dragged node may sit nearer than the ring inside; circles still grow outward.
            inner = radii[-1] if radii else 0.0
            radii.append(round(max((prev_far + near) / 2, inner + MIN_RING_WIDTH / 2), 1))
        prev_far = far
        floor = far + RING_STEP
    outer = max(prev_far + NODE_SIZE + RING_STEP / 2, radii[-1] + MIN_RING_WIDTH / 2)
    radii.append(round(outer, 1))
    return MapLayout(positions=positions, ring_radii=(radii[0], radii[1], radii[2]))


def _natural_key(node_id: str) -> tuple[object, ...]:
    # "r2" before "r10": ids are made as prefix + number.
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", node_id))


@dataclass
class _Item:
    res_id: str
    lines: list[str]
    half_w: float
    top: float
    bottom: float


def _place_group(
    group: list[Resource], signs: tuple[int, int], floor: float, obstacles: list[Box]
) -> list[tuple[str, tuple[float, float], Box]]:
    """Place one quarter's resources of one ring on lanes, starting at radius ``floor``."""
    if not group:  # the usual case once the session has pinned every shown node
        return []
    items = []
    for res in group:
        lines = node_lines(res)
        half_w, top, bottom = _box_offsets(lines, NODE_SIZE)
        items.append(_Item(res.id, lines, half_w, top, bottom))
    out: list[tuple[str, tuple[float, float], Box]] = []
    own: list[Box] = []
    radius = floor
    min_step = min((it.top + it.bottom for it in items), default=0.0) / 2
    # Every lane attempt asks "which obstacles are within reach?": sort them by distance from the
    # centre once, keep only those reaching into this quarter (boxes stay inside their quarter).
    sx, sy = signs
    mine = [o for o in obstacles if (o.x1 > 0 if sx > 0 else o.x0 < 0) and (o.y1 > 0 if sy > 0 else o.y0 < 0)]
    near = _Nearby(sorted(mine, key=Box.min_dist))
    while items:
        near.own = own
        lane = _fit_lane(items, radius, signs, near)
        if lane is None:
            radius += RADIAL_STEP
            continue
        for item, (x, y), box in lane:
            out.append((item.res_id, (x, y), box))
            own.append(box)
        items = items[len(lane) :]
        radius += max(min_step, RADIAL_STEP)
    return out


class _Nearby:
    """Obstacles sorted by their distance from the centre, plus the boxes placed in this group."""

    def __init__(self, fixed: list[Box]) -> None:
        self.fixed = fixed
        self.dist = [o.min_dist() for o in fixed]
        self.own: list[Box] = []

    def within(self, reach: float) -> list[Box]:
        return self.fixed[: bisect_right(self.dist, reach)] + [o for o in self.own if o.min_dist() <= reach]


def _fit_lane(
    items: list[_Item], r: float, signs: tuple[int, int], obstacles: _Nearby
) -> list[tuple[_Item, tuple[float, float], Box]] | None:
    """As many of ``items`` (in order) as fit on the arc of radius ``r``, spread evenly; or None."""
    sx, sy = signs

    # vertical extent toward the horizontal axis (it must stay inside the quarter) and away from it
    def toward(it: _Item) -> float:
        return it.bottom if sy < 0 else it.top

    def away(it: _Item) -> float:
        return it.top if sy < 0 else it.bottom

    angles: list[float] = []
    limits: list[float] = []
    for k, it in enumerate(items):
        lo_s = (toward(it) + GAP / 2) / r
        hi_c = (it.half_w + GAP / 2) / (ASPECT * r)
        if lo_s > 1 or hi_c > 1:
            break
        phi = math.asin(lo_s)
        phi_max = math.acos(hi_c)
        # Along the arc |x| shrinks and |y| grows, so the new box must clear every earlier box of
        # the lane either sideways or vertically: the smaller of the two angles that achieve it.
        for j in range(k):
            prev = items[j]
            pj = angles[j]
            need_x = prev.half_w + it.half_w + GAP
            need_y = away(prev) + toward(it) + GAP
            options = []
            c = math.cos(pj) - need_x / (ASPECT * r)
            if c >= -1:
                options.append(math.acos(max(-1.0, min(1.0, c))))
            s = math.sin(pj) + need_y / r
            if s <= 1:
                options.append(math.asin(s))
            phi = max(phi, min(options) if options else math.inf)
        if phi > phi_max:
            break
        angles.append(phi)
        limits.append(phi_max)
    m = len(angles)
    if m == 0:
        return None
    # Spread the lane over its free arc. Shifting along the arc can bring two boxes closer in one
    # direction, so a spread that collides falls back to tighter ones; the packed lane (0) is valid.
    slack = min(limit - a for a, limit in zip(angles, limits, strict=True))
    for share in (1.0, 0.5, 0.25, 0.0):
        lane = []
        for k, (it, a) in enumerate(zip(items, angles, strict=False)):
            phi = a + share * slack * (k + 0.5) / m
            x, y = sx * ASPECT * r * math.cos(phi), sy * r * math.sin(phi)
            lane.append((it, (x, y), Box(it.res_id, x - it.half_w, y - it.top, x + it.half_w, y + it.bottom)))
        boxes = [box for _, _, box in lane]
        if share and any(a.overlaps(b, GAP) for i, a in enumerate(boxes) for b in boxes[i + 1 :]):
            continue
        reach = max(b.max_dist() for b in boxes) + GAP
        near = obstacles.within(reach)
        if any(box.overlaps(o, GAP) for box in boxes for o in near):
            continue
        return lane
    return None
