"""Where everything on the Ressourcenkarte sits: the eLb in the centre, four areas, three rings.

The map follows the paper Netzwerkkarte (DESIGN.md §6), shaped for a screen. Coordinates are
vis-network pixels (y grows **downward**); angles are ``atan2(y, x)`` in these coordinates, so they
grow *clockwise* on screen, starting at the top (−90°):

- **Areas** are sectors cut by straight lines from the centre: sozial, materiell, infrastrukturell and
  persönlich, clockwise from the top (sozial upper right, materiell lower right, infrastrukturell lower
  left, persönlich upper left). Each area gets a share of the map by the room its resources need
  (:func:`_sectors`), at least :data:`MIN_SECTOR_SHARE`, so an empty one still shows its title and
  takes a drop.
- **Rings** are rectangles with rounded corners around the eLb, one inside the other. Labels are wide
  and short, so a ring holds its resources in *rows* above and below the ring inside it and in
  *columns* at its sides; a ring is exactly as thick as its resources need, and its line runs in the
  free gap to the next ring. Rings and rows follow the canvas's shape: a wide screen gets a wide map.
- Every resource is a **box** with its label inside (vis-network's ``box`` shape; the category symbol
  sits in the box's left margin). Lines end at the box's border, so a line never runs through its own
  label. The box sizes are estimated from real font metrics (:func:`text_width`).

Placement (:class:`_Packer`) goes ring by ring from the inside out; every box takes the free place
nearest to the middle of its side that lies wholly inside its area — O(n) work per row. Lines from
the eLb are straight, and a box must not stand in the way of another resource's line: after a first
packing, the lines that would run through a box get a *corridor* (a strip kept free) and the rings
are packed again around them (:func:`_pack_with_corridors`). A line between two resources that cannot
run straight is drawn as a curve around the boxes (:attr:`MapLayout.routes`); only when neither
works (very full maps) does a line cross a label, and :attr:`MapLayout.crossings` counts those.
Several shapes are tried (how wide the rows may grow, columns per ring) and the one that fits the
canvas at the largest zoom wins.

The result depends only on the case's content (resources are ordered by id; a resource the person
dropped somewhere inside its ring and area aims for that spot — the saved ``x``/``y`` are a *hint*,
not a position), so the same case gets the same picture in every run, on screen and on paper.

>>> from beratungskit.demo import demo_case
>>> result = compute_layout(demo_case())
>>> result.positions["elb"]
(0.0, 0.0)
>>> result.cell_at(*result.positions["r1"])   # "Ich backe gern und gut": persönlich, ring 1
(<Category.PERSOENLICH: 'persoenlich'>, 1)
>>> count_overlaps(result.boxes.values()), result.crossings
(0, 0)
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import itertools
import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

import numpy as np

from beratungskit.analysis.arabic_widths import arabic_em
from beratungskit.model import ELB_ID, Case, Category, Resource

__all__ = [
    "DEFAULT_ASPECT",
    "ELB_FONT_SIZE",
    "FONT_SIZE",
    "LINE_HEIGHT",
    "MARGIN",
    "MAX_LINE_EM",
    "SECTOR_ORDER",
    "AreaTitle",
    "Box",
    "MapLayout",
    "RingLine",
    "Sector",
    "compute_layout",
    "count_overlaps",
    "curve_via",
    "elb_size",
    "label_lines",
    "layout",
    "line_points",
    "most_zoom",
    "node_lines",
    "segment_hits_box",
    "text_width",
    "warm_up",
    "words_width",
]

#: Label font size in map pixels; the renderers draw labels at exactly this size.
FONT_SIZE = 18.0
#: vis-network puts the lines of a label one font size apart (measured in chromium).
LINE_HEIGHT = FONT_SIZE
#: The eLb's name in the centre: larger and bold, white on dark.
ELB_FONT_SIZE = 24.0
#: Inner margins of a resource box (top, right, bottom, left); the symbol (7–25 px from the box's
#: left edge, render/mapdraw.js) sits in the left margin. Tight: every pixel of a box costs the
#: whole map its zoom on the 1280×800 joint screen.
MARGIN = (4.0, 6.0, 4.0, 28.0)
#: vis-network's bounding box lies this far outside a box (``shapeProperties.borderRadius``).
BORDER_PAD = 4.0
#: Labels wrap at spaces to lines of at most this many em; a single longer word stays whole up to
#: :data:`MAX_WORD_EM` and is hyphenated (German rules, pyphen) beyond that.
MAX_LINE_EM = 8.0
MAX_WORD_EM = 10.0
#: Canvas width / height assumed when the caller does not know the canvas (the joint screen).
DEFAULT_ASPECT = 1.9
#: Ring names and area titles, in map pixels. No word on the map is smaller than the resource
#: labels (:data:`FONT_SIZE`): the map is zoomed so that those are readable at arm's length
#: (ui/mapwidget.py ``readable_px``: 14 px on the joint screen, 12 px from 41 resources on), and
#: every other word then is too (issue 11: ring names of 16 and their translations of 15 came to
#: 12.6 and 10.9 px at 40 resources on the 1280×800 screen, where the labels were 14.2 and 13.1).
RING_FONT_SIZE = FONT_SIZE
TITLE_FONT_SIZE = 26.0
HINT_FONT_SIZE = FONT_SIZE
#: The eLb's language under the German area title, hint and ring name (another language chosen):
#: the title's name smaller than the German one, hint and ring name as large as the German ones.
TITLE2_FONT_SIZE = 20.0
HINT2_FONT_SIZE = FONT_SIZE
RING2_FONT_SIZE = FONT_SIZE

#: The areas clockwise from the top of the map.
SECTOR_ORDER: tuple[Category, ...] = (
    Category.SOZIAL,
    Category.MATERIELL,
    Category.INFRASTRUKTURELL,
    Category.PERSOENLICH,
)
_TOP = -math.pi / 2
_TAU = 2 * math.pi
_INF = math.inf

# --- text -------------------------------------------------------------------------------------------

# Advance widths (em) of Arial / Liberation Sans (metric twins), measured in chromium. Characters not
# listed fall back to their Unicode class (see _char_em); the estimate errs on the wide side.
_WIDTHS: dict[str, float] = {
    **dict.fromkeys(" !,./:;I[\\]ftijl·'", 0.278),
    **dict.fromkeys("ijl'", 0.222),
    **dict.fromkeys('"', 0.355),
    **dict.fromkeys("#$0123456789?_abdeghnopquäöüéèàâñ–€§L", 0.556),
    **dict.fromkeys("ckszvxyçJ", 0.5),
    **dict.fromkeys("%", 0.889),
    **dict.fromkeys("&ABEKPSVXYÄ", 0.667),
    **dict.fromkeys("()-`r„“”*", 0.34),
    **dict.fromkeys("+<=>~^", 0.584),
    **dict.fromkeys("@W", 1.015),
    **dict.fromkeys("CDHNRUwÜ", 0.722),
    **dict.fromkeys("FTZß", 0.611),
    **dict.fromkeys("GOQÖ", 0.778),
    **dict.fromkeys("Mm", 0.833),
    **dict.fromkeys("{}|", 0.334),
    **dict.fromkeys("—…", 1.0),
    **dict.fromkeys("‘’", 0.222),
    **dict.fromkeys("°•", 0.4),
    # Cyrillic and Turkish letters (the eLb's words on the map in Русский, Українська, Türkçe): the
    # same face draws them (Liberation Sans' tables; ≈ 0.55 em, not the 0.62 of an unknown script)
    **dict.fromkeys("іј", 0.222),
    **dict.fromkeys("ІЇїıİ", 0.278),
    **dict.fromkeys("гѓ", 0.365),
    **dict.fromkeys("кќ", 0.438),
    **dict.fromkeys("тз", 0.459),
    **dict.fromkeys("Јсухѕўş", 0.5),
    **dict.fromkeys("эє", 0.51),
    **dict.fromkeys("чь", 0.521),
    **dict.fromkeys("в", 0.531),
    **dict.fromkeys("ЃГпя", 0.542),
    **dict.fromkeys("нџ", 0.552),
    **dict.fromkeys("аеорѐёђћğ", 0.556),
    **dict.fromkeys("ийѝ", 0.559),
    **dict.fromkeys("бц", 0.573),
    **dict.fromkeys("ЌК", 0.583),
    **dict.fromkeys("дл", 0.584),
    **dict.fromkeys("З", 0.604),
    **dict.fromkeys("Т", 0.611),
    **dict.fromkeys("ъ", 0.625),
    **dict.fromkeys("ЎУ", 0.635),
    **dict.fromkeys("БЛЬ", 0.656),
    **dict.fromkeys("ЀЁЅАВЕРХЧŞ", 0.667),
    **dict.fromkeys("ж", 0.669),
    **dict.fromkeys("Д", 0.677),
    **dict.fromkeys("м", 0.688),
    **dict.fromkeys("ЄЏИЙПЭы", 0.719),
    **dict.fromkeys("ЍНСЯ", 0.722),
    **dict.fromkeys("Ц", 0.74),
    **dict.fromkeys("ю", 0.75),
    **dict.fromkeys("Ф", 0.76),
    **dict.fromkeys("ОĞ", 0.778),
    **dict.fromkeys("Ъ", 0.792),
    **dict.fromkeys("ш", 0.802),
    **dict.fromkeys("њ", 0.813),
    **dict.fromkeys("фщМ", 0.833),
    **dict.fromkeys("ЋЂ", 0.865),
    **dict.fromkeys("ЫљШЖ", 0.923),
    **dict.fromkeys("Щ", 0.938),
    **dict.fromkeys("ЊЮЉ", 1.057),
}


@lru_cache(maxsize=4096)
def _char_em(ch: str) -> float:
    known = _WIDTHS.get(ch)
    if known is not None:
        return known
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf") or ch in "\ufe0f\u200d":
        return 0.0  # combining marks, joiners, variation selectors
    code = ord(ch)
    if code >= 0x1F000 or cat == "So" or 0x2600 <= code <= 0x27BF:
        return 1.3  # emoji and pictographs (Noto Color Emoji: 1.25 em)
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 1.0
    if ch.isupper():
        return 0.78
    return 0.62  # other scripts (Arabic, Cyrillic, …): Noto measures about 0.5 em on average


def text_width(line: str, size: float = FONT_SIZE, *, bold: bool = False) -> float:
    """Estimated width of one line of text in map pixels at font ``size`` (Arial metrics).

    >>> text_width("Fahrrad")
    63.27
    """
    em = sum(_char_em(ch) for ch in line)
    return round(em * size * (1.07 if bold else 1.0), 2)


def words_width(line: str, size: float, *, bold: bool = False) -> float:
    """:func:`text_width` of the map's own words in the eLb's language (ring names, area titles): in
    Arabic script as the map's Arabic face draws them (:func:`~beratungskit.analysis.arabic_widths.
    arabic_em`: each letter's joined form), else as the labels' face.

    >>> words_width("الدائرة 3: أبعد", 18), text_width("الدائرة 3: أبعد", 18)   # drawn: 93.9 px
    (94.59, 147.78)
    """
    if any(ARABIC_SCRIPT_FIRST <= ch <= ARABIC_SCRIPT_LAST for ch in line):
        em = arabic_em(line, bold=bold)
        if em is not None:
            return round(em * size, 2)
    return text_width(line, size, bold=bold)


#: The Arabic block (Arabic, Persian): drawn in the map's Arabic face.
ARABIC_SCRIPT_FIRST, ARABIC_SCRIPT_LAST = "\u0600", "\u06ff"


_HYPHEN_LOCK = threading.Lock()
_HYPHEN: list[Any] = []


def _hyphenator() -> Any:
    """German hyphenation (pyphen's LibreOffice dictionary), loaded once, on first need.

    Reading the dictionary takes a second or more; only words longer than :data:`MAX_WORD_EM` need
    it, and :func:`warm_up` loads it in the background before the first such word comes.
    """
    with _HYPHEN_LOCK:
        if not _HYPHEN:
            try:
                import pyphen
            except ImportError:  # pragma: no cover - pyphen is a dependency
                _HYPHEN.append(None)
            else:
                _HYPHEN.append(pyphen.Pyphen(lang="de_DE"))
        return _HYPHEN[0]


def warm_up() -> threading.Thread:
    """Load the hyphenation dictionary in a background thread (the live app calls this at start)."""
    thread = threading.Thread(target=_hyphenator, name="beratungskit-hyphenation", daemon=True)
    thread.start()
    return thread


@lru_cache(maxsize=4096)
def _split_word(word: str, max_em: float) -> tuple[str, ...]:
    """A word wider than ``max_em``: at its own hyphens, else at German hyphenation points."""
    if _em(word) <= MAX_WORD_EM:
        return (word,)
    if "-" in word.strip("-"):
        parts = [p + "-" for p in word.split("-")]
        parts[-1] = parts[-1][:-1]
        split = [p for part in parts if part for p in _split_word(part, max_em)]
        return tuple(_join_pieces(split, max_em))
    hyph = _hyphenator()
    if hyph is None:
        return (word,)
    pieces: list[str] = []
    rest = word
    while _em(rest) > max_em:
        cut = None
        for head, tail in hyph.iterate(rest):
            if _em(head + "-") <= max_em and len(head) >= 2 and len(tail) >= 2:
                cut = (head + "-", tail)
                break
        if cut is None:
            break  # no hyphenation point: the word stays whole rather than being broken wrongly
        pieces.append(cut[0])
        rest = cut[1]
    pieces.append(rest)
    return tuple(pieces)


def _join_pieces(pieces: list[str], max_em: float) -> list[str]:
    out: list[str] = []
    for piece in pieces:
        if out and out[-1].endswith("-") and _em(out[-1] + piece) <= max_em:
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _em(text: str) -> float:
    return sum(_char_em(ch) for ch in text)


def label_lines(text: str, max_em: float = MAX_LINE_EM) -> list[str]:
    """Wrap a label at spaces; a too long word is split at a hyphen (German rules), never inside.

    >>> label_lines("Stadtbibliothek mit PC-Plätzen")
    ['Stadtbibliothek', 'mit PC-Plätzen']
    >>> label_lines("Integrationskursträgerverbund")
    ['Integrationskurs-', 'trägerverbund']
    """
    return list(_wrapped(text, max_em))


@lru_cache(maxsize=8192)
def _wrapped(text: str, max_em: float) -> tuple[str, ...]:
    # Every layout wraps every label again; labels rarely change, so remember them.
    words = text.split()
    if not words:
        return ("",)
    lines: list[str] = []
    for word in words:
        for i, piece in enumerate(_split_word(word, max_em)):
            # The rest of a hyphenated word starts a new line; a whole word joins the line if it fits.
            if i == 0 and lines and _em(lines[-1] + " " + piece) <= max_em:
                lines[-1] += " " + piece
            else:
                lines.append(piece)
    return tuple(lines)


def node_lines(resource: Resource) -> list[str]:
    """The lines inside a resource's box: the label, then the role in brackets if there is one.

    >>> from beratungskit.model import Resource
    >>> node_lines(Resource(id="r1", label="Jana", role="Schwester", is_person=True))
    ['Jana', '(Schwester)']
    """
    lines = label_lines(resource.label)
    if resource.role:
        lines += label_lines(f"({resource.role})")
    return lines


def _box_size(lines: Iterable[str]) -> tuple[float, float]:
    """(half width, half height) of a resource's bounding box around its centre."""
    return _lines_box(tuple(lines))


@lru_cache(maxsize=8192)
def _lines_box(lines: tuple[str, ...]) -> tuple[float, float]:
    # every layout measures every label again; labels rarely change, so remember them
    width = max(text_width(line) for line in lines) + MARGIN[1] + MARGIN[3]
    height = len(lines) * LINE_HEIGHT + MARGIN[0] + MARGIN[2]
    return width / 2 + BORDER_PAD, height / 2 + BORDER_PAD


def elb_size(alias: str) -> tuple[list[str], float, float]:
    """The eLb's lines and the (half width, half height) of its ellipse (vis-network's proportions)."""
    lines = label_lines(alias, 8.0)
    text_w = max(text_width(line, ELB_FONT_SIZE, bold=True) for line in lines)
    text_h = len(lines) * ELB_FONT_SIZE
    return lines, (text_w + text_h) / 2 + BORDER_PAD, text_h + BORDER_PAD


# --- geometry ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    """An axis-parallel box ``x0 ≤ x1``, ``y0 ≤ y1`` in map pixels (a node's, a title's …)."""

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

    def union(self, other: Box) -> Box:
        return Box(
            self.node_id,
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2


def count_overlaps(boxes: Iterable[Box], gap: float = 0.0) -> int:
    """How many pairs of boxes overlap (touching edges do not count).

    >>> count_overlaps([Box("a", 0, 0, 10, 10), Box("b", 5, 5, 15, 15), Box("c", 20, 0, 30, 10)])
    1
    """
    ordered = sorted(boxes, key=lambda b: b.x0)
    count = 0
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.x0 >= a.x1 + gap:
                break  # sorted by x0: no later box can reach back into a
            if a.overlaps(b, gap):
                count += 1
    return count


def segment_hits_box(ax: float, ay: float, bx: float, by: float, box: Box, pad: float = 0.0) -> bool:
    """True if the segment from (ax, ay) to (bx, by) runs through ``box`` grown by ``pad`` (Liang–Barsky).

    >>> segment_hits_box(-10, 5, 30, 5, Box("a", 0, 0, 10, 10))
    True
    >>> segment_hits_box(-10, 20, 30, 20, Box("a", 0, 0, 10, 10))
    False
    """
    dx, dy = bx - ax, by - ay
    t0, t1 = 0.0, 1.0
    for p, q in (
        (-dx, ax - (box.x0 - pad)),
        (dx, (box.x1 + pad) - ax),
        (-dy, ay - (box.y0 - pad)),
        (dy, (box.y1 + pad) - ay),
    ):
        if p == 0:
            if q < 0:
                return False
            continue
        r = q / p
        if p < 0:
            if r > t1:
                return False
            t0 = max(t0, r)
        else:
            if r < t0:
                return False
            t1 = min(t1, r)
    return t0 < t1


def _norm(angle: float) -> float:
    """An angle in [−90°, 270°): clockwise from the top, as the areas are laid out."""
    return (angle - _TOP) % _TAU + _TOP


# --- the result -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sector:
    """One area: the angles between its two lines (``start < end``, see :func:`_norm`)."""

    category: Category
    start: float
    end: float

    @property
    def mid(self) -> float:
        return (self.start + self.end) / 2

    def holds(self, angle: float) -> bool:
        a = _norm(angle)
        return self.start <= a < self.end


@dataclass(frozen=True)
class RingLine:
    """A ring's line: a rectangle with rounded corners (radius ``r``) around the eLb, from (``x0``,
    ``y0``) to (``x1``, ``y1``) — not always centred, as the ring is as thick on each side as its
    resources there need; its name is centred at (``label_x``, ``label_y``) on the line."""

    closeness: int
    x0: float
    y0: float
    x1: float
    y1: float
    r: float
    label_x: float
    label_y: float
    label_box: Box
    #: Where the name's translation stands by itself when the line had no free place for it with the
    #: German (under or beside it); ``None``: with the German (see :func:`_named`).
    label2_box: Box | None = field(default=None, repr=False)

    @property
    def name_boxes(self) -> list[Box]:
        return [self.label_box] if self.label2_box is None else [self.label_box, self.label2_box]

    def holds(self, x: float, y: float) -> bool:
        """True if (x, y) lies inside the line (rounded corners included)."""
        return _in_rounded(x, y, self.x0, self.y0, self.x1, self.y1, self.r)

    def ray_end(self, angle: float) -> tuple[float, float]:
        """Where the ray from the centre under ``angle`` meets the line."""
        return _ray_end(self.x0, self.y0, self.x1, self.y1, self.r, angle)


def _in_rounded(
    x: float, y: float, x0: float, y0: float, x1: float, y1: float, r: float, margin: float = 0.0
) -> bool:
    """True if (x, y) lies inside the rounded rectangle, at least ``margin`` from its line."""
    if not (x0 + margin <= x <= x1 - margin and y0 + margin <= y <= y1 - margin):
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return math.hypot(x - cx, y - cy) <= r - margin


def _in_rounded_many(
    x: Any, y: Any, x0: float, y0: float, x1: float, y1: float, r: float, margin: float = 0.0
) -> Any:
    """:func:`_in_rounded` for arrays of points: an array of booleans of their shape."""
    cx = np.minimum(np.maximum(x, x0 + r), x1 - r)
    cy = np.minimum(np.maximum(y, y0 + r), y1 - r)
    inside = (x0 + margin <= x) & (x <= x1 - margin) & (y0 + margin <= y) & (y <= y1 - margin)
    return inside & (np.hypot(x - cx, y - cy) <= r - margin)


def _all_in_rounded(
    points: Any, x0: float, y0: float, x1: float, y1: float, r: float, margin: float = 0.0
) -> bool:
    """:func:`_in_rounded` for every row (x, y) of ``points`` at once: True if all lie inside."""
    x, y = points[:, 0], points[:, 1]
    if not bool(np.all((x0 + margin <= x) & (x <= x1 - margin) & (y0 + margin <= y) & (y <= y1 - margin))):
        return False
    cx = np.minimum(np.maximum(x, x0 + r), x1 - r)
    cy = np.minimum(np.maximum(y, y0 + r), y1 - r)
    return bool(np.all(np.hypot(x - cx, y - cy) <= r - margin))


def _ray_end(x0: float, y0: float, x1: float, y1: float, r: float, angle: float) -> tuple[float, float]:
    c, s = math.cos(angle), math.sin(angle)
    lo, hi = 0.0, math.hypot(max(-x0, x1), max(-y0, y1)) + 1
    for _ in range(40):
        mid = (lo + hi) / 2
        if _in_rounded(mid * c, mid * s, x0, y0, x1, y1, r):
            lo = mid
        else:
            hi = mid
    return lo * c, lo * s


@dataclass(frozen=True)
class AreaTitle:
    """An area's title: ``lines[0]`` bold (symbol and name), then the hint.

    (``x``, ``y``) is the top of the first line at the side given by ``align`` (left, right, center).
    """

    category: Category
    x: float
    y: float
    align: str
    box: Box


@dataclass(frozen=True)
class MapLayout:
    """Positions, boxes and lines of every node, plus the rings, areas and titles drawn behind them."""

    positions: dict[str, tuple[float, float]]
    boxes: dict[str, Box]
    lines: dict[str, tuple[str, ...]]
    aspect: float
    rings: tuple[RingLine, RingLine, RingLine]
    sectors: tuple[Sector, ...]
    inner: Box
    titles: tuple[AreaTitle, ...]
    extent: Box
    crossings: int
    #: How each relation's line runs: ``None`` straight, or (vis smooth type, roundness) for a curve
    #: that goes around the boxes in its way (vis-network's ``curvedCW`` / ``curvedCCW``).
    routes: dict[str, tuple[str, float] | None]
    #: How this layout was found, for the next edit's warm start (:func:`compute_layout`'s
    #: ``previous``); not part of the picture.
    warm: _Warm | None = field(default=None, compare=False, repr=False)
    #: The eLb's language whose words the area titles and ring names carry under the German
    #: (``"de"``: German only); their sizes follow it.
    lang: str = field(default="de", repr=False)
    #: Whether the area titles carry their hints (:func:`title_hints`).
    title_hints: bool = field(default=True, repr=False)

    def sector_of(self, category: Category) -> Sector:
        return next(s for s in self.sectors if s.category is category)

    def cell_at(self, x: float, y: float) -> tuple[Category, int]:
        """The area and ring a point of the map lies in (outside the outer ring: ring 3)."""
        angle = math.atan2(y, x) if (x or y) else _TOP
        category = next((s.category for s in self.sectors if s.holds(angle)), self.sectors[-1].category)
        ring = next((r.closeness for r in self.rings if r.holds(x, y)), 3)
        return category, ring

    def sector_line(self, sector: Sector) -> tuple[float, float, float, float]:
        """The line at the start of ``sector``: from the edge around the eLb to the outer ring."""
        c, s = math.cos(sector.start), math.sin(sector.start)
        inner = self.inner
        t_in = min(
            inner.x1 / abs(c) if abs(c) > 1e-9 else math.inf,
            inner.y1 / abs(s) if abs(s) > 1e-9 else math.inf,
        )
        x1, y1 = self.rings[-1].ray_end(sector.start)
        return t_in * c, t_in * s, x1, y1

    def sector_extent(self, category: Category) -> Box:
        """What the focus view of one area shows: its part of the map out to the outer ring, its boxes
        and its title."""
        sector = self.sector_of(category)
        steps = max(2, math.ceil((sector.end - sector.start) / 0.1))
        span = sector.end - sector.start
        outer = self.rings[-1]
        pts = [outer.ray_end(sector.start + span * i / steps) for i in range(steps + 1)]
        pts.append((0.0, 0.0))
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        box = Box(category.value, min(xs), min(ys), max(xs), max(ys))
        boxes = self._area_boxes.get(category)
        if boxes is not None:
            box = box.union(boxes)
        title = next(t for t in self.titles if t.category is category)
        return box.union(title.box)

    @cached_property
    def _area_boxes(self) -> dict[Category, Box]:
        """Per area, the box around its resources' boxes (what :meth:`sector_extent` adds for each
        area: one pass over the boxes for all areas, not one per area)."""
        out: dict[Category, Box] = {}
        for node_box in self.boxes.values():
            if node_box.node_id == ELB_ID:
                continue
            cx, cy = node_box.centre
            angle = math.atan2(cy, cx)
            for sector in self.sectors:
                if sector.holds(angle):
                    kept = out.get(sector.category)
                    out[sector.category] = node_box if kept is None else kept.union(node_box)
        return out


def layout(case: Case, aspect: float = DEFAULT_ASPECT) -> dict[str, tuple[float, float]]:
    """Position of every node (eLb at ``(0, 0)``), keyed by node id. See the module docstring."""
    return compute_layout(case, aspect).positions


# --- what is placed ---------------------------------------------------------------------------------


@dataclass
class _Item:
    res_id: str
    lines: tuple[str, ...]
    w: float
    h: float
    to_elb: bool
    partners: tuple[str, ...]
    #: Where the person dropped it (inside its ring and area): it aims for that spot.
    hint: tuple[float, float] | None = None


@lru_cache(maxsize=8192)
def _natural_key(node_id: str) -> tuple[object, ...]:
    # "r2" before "r10": ids are made as prefix + number.
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", node_id))


Cells = dict[Category, dict[int, list[_Item]]]


def _items(case: Case) -> Cells:
    """The resources as boxes, by area and ring, in the order they are placed.

    Within a cell: dropped ones first (they aim for their spot), then pairs connected with each other
    (one right after the other, so their line is short), then the ones with a line to the eLb
    (nearest to the middle, where their lines are short), then by id.
    """
    to_elb: set[str] = set()
    partners: dict[str, list[str]] = {}
    for rel in case.relations:
        if ELB_ID in (rel.source, rel.target):
            to_elb.add(rel.target if rel.source == ELB_ID else rel.source)
        else:
            partners.setdefault(rel.source, []).append(rel.target)
            partners.setdefault(rel.target, []).append(rel.source)
    cells: Cells = {cat: {1: [], 2: [], 3: []} for cat in SECTOR_ORDER}
    for res in case.resources:
        lines = tuple(node_lines(res))
        half_w, half_h = _box_size(lines)
        hint = (float(res.x), float(res.y)) if res.x is not None and res.y is not None else None
        item = _Item(
            res.id, lines, 2 * half_w, 2 * half_h, res.id in to_elb, tuple(partners.get(res.id, ())), hint
        )
        cells[res.category][res.ring].append(item)
    for rings in cells.values():
        for ring, group in rings.items():
            here = {it.res_id for it in group}
            group.sort(
                key=lambda it: (
                    it.hint is None,
                    not any(p in here for p in it.partners),
                    not it.to_elb,
                    _natural_key(it.res_id),
                )
            )
            rings[ring] = _partners_together(group)
    return cells


def _partners_together(group: list[_Item]) -> list[_Item]:
    ids = {it.res_id for it in group}
    out: list[_Item] = []
    seen: set[str] = set()
    by_id = {it.res_id: it for it in group}
    for it in group:
        if it.res_id in seen:
            continue
        out.append(it)
        seen.add(it.res_id)
        for partner in it.partners:
            if partner in ids and partner not in seen:
                out.append(by_id[partner])
                seen.add(partner)
    return out


# --- areas ------------------------------------------------------------------------------------------

#: Each area keeps at least this share of the map (its title and a place to drop a resource).
MIN_SECTOR_SHARE = 0.1
#: On a sparse map each area's need counts this many average boxes more (:func:`_sectors`) …
SPARSE_PRIOR = 3.0
#: … fading to none at this many resources (crowded maps are laid out by their boxes alone).
SPARSE_UNTIL = 12


def _rect_share(angle: float, aspect: float) -> float:
    """Share of a centred rectangle ``aspect`` × 1 seen clockwise from the top up to ``angle``."""
    hx, hy = aspect / 2, 0.5
    a = _norm(angle)
    pts = [(0.0, -hy)]
    corners = sorted(
        (_norm(math.atan2(y, x)), (x, y)) for x, y in ((hx, -hy), (hx, hy), (-hx, hy), (-hx, -hy))
    )
    pts += [pt for ang, pt in corners if ang < a]
    c, s = math.cos(a), math.sin(a)
    t = min(hx / abs(c) if abs(c) > 1e-12 else _INF, hy / abs(s) if abs(s) > 1e-12 else _INF)
    pts.append((t * c, t * s))
    area = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(pts)) / 2
    return area / aspect


@lru_cache(maxsize=1024)
def _angle_for_share(share: float, aspect: float) -> float:
    # the same for every layout of a case until the room its areas need changes (not on a ring change)
    lo, hi = _TOP, _TOP + _TAU
    for _ in range(36):
        mid = (lo + hi) / 2
        if _rect_share(mid, aspect) < share:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _sectors(cells: Cells, aspect: float) -> tuple[Sector, ...]:
    """The four areas, clockwise from the top; each gets a share of the map by the room it needs."""
    areas = {cat: [it.w * it.h for its in cells[cat].values() for it in its] for cat in SECTOR_ORDER}
    need = {cat: sum(sizes) for cat, sizes in areas.items()}
    boxes = [size for sizes in areas.values() for size in sizes]
    if boxes:
        # A sparse map: each area counts as if it held a few boxes more (fewer, the more there are,
        # none from SPARSE_UNTIL on). With one resource its area took 70 % of the map, the three
        # empty ones were squeezed to one side with their lines fanning out, and every next resource
        # turned every line (trial of session 16: "with 1–3 resources it looks broken").
        prior = max(0.0, SPARSE_PRIOR * (1 - len(boxes) / SPARSE_UNTIL)) * sum(boxes) / len(boxes)
        need = {cat: value + prior for cat, value in need.items()}
    total = sum(need.values())
    base = MIN_SECTOR_SHARE
    if total <= 0:
        shares = dict.fromkeys(SECTOR_ORDER, 0.25)
    else:
        shares = {cat: base + (1 - 4 * base) * need[cat] / total for cat in SECTOR_ORDER}
    out = []
    start, cum = _TOP, 0.0
    for cat in SECTOR_ORDER:
        cum += shares[cat]
        end = _TOP + _TAU if cat is SECTOR_ORDER[-1] else _angle_for_share(cum, aspect)
        out.append(Sector(cat, start, end))
        start = end
    return tuple(out)


#: From a map of this many resources on, an edit keeps the area lines as shown whatever the room the
#: areas need now (while everything fits): one resource more turned every area line, and the boxes
#: along them moved (the new-user trial: "the map moves under the eLb's finger").
SECTORS_KEPT_FROM = 6
#: The area lines shown stay while each lies within this angle (radians) of where the room the areas
#: need puts it (one resource more at 200 turns them by ~0.005; at 15 by up to ~0.1).
SECTOR_SLACK = 0.04


def _sectors_near(sectors: tuple[Sector, ...], shown: tuple[Sector, ...]) -> bool:
    return all(
        a.category is b.category
        and abs(a.start - b.start) <= SECTOR_SLACK
        and abs(a.end - b.end) <= SECTOR_SLACK
        for a, b in zip(sectors, shown, strict=True)
    )


# --- packing ----------------------------------------------------------------------------------------

#: Free space between two boxes side by side, between two rows, and between a box and a line.
#: (Measured with the layout alone on the canvases of 1280×800, form folded and "Karte groß":
#: 10/8/6 → 6/5/4 and the ring gaps 26/14 → 16/10 give labels 4–12 % larger at 15–60 resources.)
GAP = 6.0
ROW_GAP = 5.0
LINE_PAD = 4.0
#: Between the eLb and the first ring, and between two rings (the ring's line runs in the middle).
ELB_GAP = 10.0
RING_GAP = 16.0
#: How far a box keeps from an area's dividing line.
SECTOR_MARGIN = 8.0
#: How thick an empty ring stays, so that it is seen and a resource can be dropped into it.
EMPTY_RING = 50.0
#: Each side of every ring is at least this deep, from its line to the line of the ring inside
#: (ring 1: to the edge around the eLb), also where none of its resources stands on that side: near
#: and far are bands one sees at a glance (31 px on the 1280×800 screen at 40 resources, about 50 px
#: on a sparse map) and can drop a resource into (a box of one line is 34 px high, with vis-network's
#: pad). Before (trial 16, 1280×800), a ring without boxes on a side ran there 16 px outside the
#: ring inside it: two lines side by side, „weiter weg“ no place at all, and a box of the ring inside
#: seemed to sit on the line between them. The figure is as deep as the 40 resources of
#: tests/mapcases.py at 1280×800 allow: their labels must stay at 14 px (readable_px); with 40 they
#: show 14.0 px (test_browser_map), with 44 13.98, without the rule 14.2.
BAND_DEPTH = 40.0
#: A row in which nothing fits is tried again this much further out (an area widens outward).
ROW_STEP = 24.0
#: A row stops trying the waiting boxes of an area after this many in a row did not fit.
MISSES = 4


def _subtract(
    intervals: Sequence[tuple[float, float]], lo: float, hi: float
) -> Sequence[tuple[float, float]]:
    """``intervals`` without the open interval (``lo``, ``hi``).

    >>> _subtract([(0.0, 10.0)], 2.0, 3.0)
    [(0.0, 2.0), (3.0, 10.0)]
    """
    if hi <= lo:
        return intervals
    out = []
    for a, b in intervals:
        if hi <= a or lo >= b:
            out.append((a, b))
            continue
        if a < lo:
            out.append((a, lo))
        if hi < b:
            out.append((hi, b))
    return out


class _Track:
    """A row (above or below the centre) or a column (left or right) of one ring.

    Along the track runs ``u`` (x for a row, y for a column), across it ``v`` (the other one); boxes
    sit with their inner side at distance ``v_in`` from the centre and keep ``u`` in [u_lo, u_hi].
    """

    __slots__ = ("_cache", "depth", "row", "sign", "u_hi", "u_lo", "used", "v_in")

    def __init__(self, row: bool, sign: int, v_in: float, u_lo: float, u_hi: float) -> None:
        self.row, self.sign, self.v_in, self.u_lo, self.u_hi = row, sign, v_in, u_lo, u_hi
        self.used: list[tuple[float, float]] = []
        self.depth = 0.0
        self._cache: dict[tuple[Any, ...], Any] = {}

    def size(self, item: _Item) -> tuple[float, float]:
        """(length along, depth across) of the item's box in this track."""
        return (item.w, item.h) if self.row else (item.h, item.w)

    def v_range(self, depth: float) -> tuple[float, float]:
        return (self.v_in, self.v_in + depth) if self.sign > 0 else (-self.v_in - depth, -self.v_in)

    def box(self, node_id: str, u0: float, length: float, depth: float) -> Box:
        v0, v1 = self.v_range(depth)
        if self.row:
            return Box(node_id, u0, v0, u0 + length, v1)
        return Box(node_id, v0, u0, v1, u0 + length)

    def along(self, x: float, y: float, depth: float) -> float:
        """Where the ray from the centre through (x, y) crosses the middle line of a box ``depth`` deep."""
        v0, v1 = self.v_range(depth)
        vc = (v0 + v1) / 2
        pu, pv = (x, y) if self.row else (y, x)
        if pv * vc <= 1e-9:
            return pu
        return vc * pu / pv

    def _cross(self, d: tuple[float, float], v: float) -> tuple[float, float]:
        """cross(d, P) for P on the line ``v`` of this track, as ``alpha * u + beta``."""
        if self.row:  # P = (u, v)
            return -d[1], d[0] * v
        return d[0], -d[1] * v  # P = (v, u)

    def wedge(self, sector: Sector, length: float, depth: float) -> tuple[tuple[float, float], ...]:
        """Where a box (``length`` × ``depth``) may start so that it lies inside the sector."""
        key = (sector.category, length, depth)
        found = self._cache.get(key)
        if found is None:
            # the same track recurs in every shape tried (the columns of the first ring do not
            # depend on the shape's width): remembered across packings too
            found = self._cache[key] = _wedge_of(
                self.row, self.sign, self.v_in, self.u_lo, self.u_hi, sector, length, depth
            )
        return found  # (never changed: _subtract makes new lists)

    def _wedge(self, sector: Sector, length: float, depth: float) -> list[tuple[float, float]]:
        lo, hi = self.u_lo, self.u_hi - length
        if hi < lo:
            return []
        ds = (math.cos(sector.start), math.sin(sector.start))
        de = (math.cos(sector.end), math.sin(sector.end))
        m = SECTOR_MARGIN
        corners = [(v, du) for v in self.v_range(depth) for du in (0.0, length)]
        if sector.end - sector.start <= math.pi:
            # inside both lines: cross(ds, P) >= m and -cross(de, P) >= m, linear in u. Of a box's
            # two corners on one line v only one can bind: where the bound is a lower one, the
            # corner at du = length gives a bound smaller by the length (rounding is monotone:
            # never larger), where it is an upper one the corner at du = 0 a larger one — the
            # other corner is not computed (the wedges are most of a first packing's work)
            for v in self.v_range(depth):
                for d, sign in ((ds, 1.0), (de, -1.0)):
                    a0, b0 = self._cross(d, v)
                    alpha = sign * a0
                    if alpha > 1e-12:
                        lo = max(lo, (m - sign * (b0 + a0 * 0.0)) / alpha)
                    elif alpha < -1e-12:
                        hi = min(hi, (m - sign * (b0 + a0 * length)) / alpha)
                    else:
                        for du in (0.0, length):
                            if sign * (b0 + a0 * du) < m:
                                return []
            return [(lo, hi)] if lo <= hi else []
        # more than half the map: inside unless in the (convex) rest, grown by the margin
        out: Sequence[tuple[float, float]] = [(lo, hi)]
        for v, du in corners:
            f_lo, f_hi = -_INF, _INF
            for d, sign in ((de, 1.0), (ds, -1.0)):  # cross(de, P) > -m and cross(ds, P) < m
                alpha, beta = self._cross(d, v)
                alpha, beta = sign * alpha, sign * (beta + alpha * du)
                if alpha > 1e-12:
                    f_lo = max(f_lo, (-m - beta) / alpha)
                elif alpha < -1e-12:
                    f_hi = min(f_hi, (-m - beta) / alpha)
                elif beta <= -m:
                    f_lo, f_hi = 0.0, 0.0
            out = _subtract(out, f_lo, f_hi)
        return list(out)

    def corridors(self, kept: _KeptLines, depth: float) -> list[tuple[frozenset[str], float, float]]:
        """Where a box ``depth`` deep may not reach because a kept line runs there: (its ends, lo, hi)
        — a box of length ``length`` may not start in (lo - length, hi)."""
        key = ("kept", depth)  # the same for every length: most boxes of a track share their depth
        found = self._cache.get(key)
        if found is not None:
            return found  # type: ignore[no-any-return]
        v0, v1 = self.v_range(depth)
        pad = LINE_PAD
        au, av, du, flat, safe = kept.along(self.row)
        ta, tb = (v0 - pad - av) / safe, (v1 + pad - av) / safe
        t0 = np.where(flat, 0.0, np.maximum(0.0, np.minimum(ta, tb)))
        t1 = np.where(flat, 1.0, np.minimum(1.0, np.maximum(ta, tb)))
        valid = np.where(flat, (v0 - pad <= av) & (av <= v1 + pad), t0 < t1)
        sa, sb = au + t0 * du, au + t1 * du
        lo, hi = (np.minimum(sa, sb) - pad).tolist(), (np.maximum(sa, sb) + pad).tolist()
        ends = kept.ends
        out = [(ends[i], lo[i], hi[i]) for i in np.flatnonzero(valid).tolist()]
        self._cache[key] = out
        return out


@lru_cache(maxsize=16384)
def _wedge_of(
    row: bool, sign: int, v_in: float, u_lo: float, u_hi: float, sector: Sector, length: float, depth: float
) -> tuple[tuple[float, float], ...]:
    """:meth:`_Track.wedge` of a track with these values (pure: remembered)."""
    return tuple(_Track(row, sign, v_in, u_lo, u_hi)._wedge(sector, length, depth))


class _KeptLines:
    """The kept lines as one array (rows ax, ay, bx, by) for :meth:`_Track.corridors`."""

    def __init__(self, kept: list[_Kept]) -> None:
        self.lines = kept
        self.ends = [line.ends for line in kept]
        self.points = np.array([(k.ax, k.ay, k.bx, k.by) for k in kept], dtype=float).reshape(-1, 4)
        self._along: dict[bool, tuple[Any, ...]] = {}

    def along(self, row: bool) -> tuple[Any, ...]:
        """For tracks that are rows (or columns): where each line starts along and across the track,
        how far it runs along, whether it runs parallel to it, and how far across (1 if parallel)."""
        found = self._along.get(row)
        if found is None:
            a = self.points
            au, av, bu, bv = (
                (a[:, 0], a[:, 1], a[:, 2], a[:, 3]) if row else (a[:, 1], a[:, 0], a[:, 3], a[:, 2])
            )
            dv = bv - av
            flat = np.abs(dv) < 1e-9
            found = self._along[row] = (au, av, bu - au, flat, np.where(flat, 1.0, dv))
        return found


@dataclass(frozen=True)
class _Kept:
    """A piece of a line kept free of boxes (other than the ones at its ``ends``)."""

    ends: frozenset[str]
    ax: float
    ay: float
    bx: float
    by: float


@dataclass
class _Band:
    """One ring after packing: how far its boxes reach to the left, top, right and bottom."""

    left: float
    top: float
    right: float
    bottom: float
    ids: list[str]

    @property
    def reach(self) -> tuple[float, float, float, float]:
        return self.left, self.top, self.right, self.bottom


class _Packer:
    """Packs the boxes ring by ring, each as near to the middle of its side as it can go.

    ``kept`` are lines (as they ran in an earlier try) kept free of other boxes; ``aims`` the places
    their resources had then, which they aim for again.
    ``cone`` (> 0) keeps the rows of a ring out of the sides of the map while resources further out
    still need their lines: a row may reach ``cone`` times its distance from the centre.
    """

    def __init__(
        self,
        sectors: tuple[Sector, ...],
        kept: list[_Kept],
        aims: Mapping[str, tuple[float, float]],
        cone: float,
    ) -> None:
        self.sectors = {s.category: s for s in sectors}
        self.kept = _KeptLines(kept)
        self.aims = dict(aims)
        self.cone = cone
        self.boxes: dict[str, Box] = {}

    def _place_in(
        self, track: _Track, waiting: dict[Category, list[_Item]], only_to_elb: bool = False
    ) -> int:
        """Put as many of the waiting items into ``track`` as fit; return how many."""
        count = 0
        for cat, items in waiting.items():
            if not items:
                continue
            sector = self.sectors[cat]
            keep: list[_Item] = []
            misses = 0
            for item in items:
                if misses >= MISSES or (only_to_elb and not item.to_elb):
                    keep.append(item)
                    continue
                spot = self._spot(track, sector, item)
                if spot is None:
                    keep.append(item)
                    misses += 1
                    continue
                misses = 0
                length, depth = track.size(item)
                track.used.append((spot, spot + length))
                track.depth = max(track.depth, depth)
                box = self.boxes[item.res_id] = track.box(item.res_id, spot, length, depth)
                count += 1
                for partner in item.partners:  # a resource it is connected with comes near it
                    self.aims.setdefault(partner, box.centre)
            items[:] = keep
        return count

    def _spot(self, track: _Track, sector: Sector, item: _Item) -> float | None:
        # (track.size, track.wedge and track.corridors, their remembered answers looked up here: a
        # packing of 60 resources looks for a spot ~180 times)
        length, depth = (item.w, item.h) if track.row else (item.h, item.w)
        cache = track._cache
        free: Sequence[tuple[float, float]] | None = cache.get((sector.category, length, depth))
        if free is None:
            free = track.wedge(sector, length, depth)
        if not free:
            return None
        # what lies wholly outside the wedge changes nothing (_subtract keeps every interval it
        # does not reach): not subtracted at all
        start, end = free[0][0], free[-1][1]
        for a, b in track.used:
            if not free:
                return None
            lo, hi = a - length - GAP, b + GAP
            if hi <= start or lo >= end:
                continue
            free = _subtract(free, lo, hi)
        if self.kept.ends:
            res_id = item.res_id
            corridors = cache.get(("kept", depth))
            if corridors is None:
                corridors = track.corridors(self.kept, depth)
            for ends, lo, hi in corridors:
                if not free:
                    return None
                lo -= length
                if hi <= start or lo >= end or res_id in ends:
                    continue
                free = _subtract(free, lo, hi)
        if not free:
            return None
        # nearest to the middle of the side (the foot of the perpendicular from the centre), or to
        # where the person dropped it, or to where its kept line runs
        point = self.aims.get(item.res_id) or item.hint
        target = (track.along(*point, depth) if point else 0.0) - length / 2
        best, best_d = None, _INF
        for a, b in free:
            u = min(max(target, a), b)
            d = abs(u - target)
            if d < best_d:
                best, best_d = u, d
        return best

    def band(
        self,
        ring: int,
        cells: dict[Category, list[_Item]],
        inner: tuple[float, float, float, float],
        columns: int,
        xlim: float,
        lines_beyond: bool,
    ) -> _Band | None:
        """Pack one ring around ``inner`` (how far the ring inside reaches: left, top, right, bottom);
        ``None`` if its resources do not fit.

        ``lines_beyond``: resources further out have lines to the eLb (rows then keep to the cone).
        """
        il, it, ir, ib = inner
        waiting = {cat: list(items) for cat, items in cells.items() if items}
        gap = ELB_GAP if ring == 1 else RING_GAP
        if not any(waiting.values()):
            return _Band(
                il + gap + EMPTY_RING, it + gap + EMPTY_RING, ir + gap + EMPTY_RING, ib + gap + EMPTY_RING, []
            )
        before = set(self.boxes)
        # columns at the sides, between the first rows above and below; while resources further out
        # need their lines, an inner ring's columns hold only resources with lines (the rest would
        # stand in the way)
        reach = {1: ir + gap, -1: il + gap}
        for _ in range(columns):
            for sign in (1, -1):
                track = _Track(False, sign, reach[sign], -(it + gap) + ROW_GAP, ib + gap - ROW_GAP)
                self._place_in(track, waiting, only_to_elb=True)
                if ring == 1 or not lines_beyond:
                    self._place_in(track, waiting)
                if track.depth:
                    reach[sign] += track.depth + GAP
        # rows above and below, outward until everything is placed
        wide = {1: max(xlim, reach[1] - GAP), -1: max(xlim, reach[-1] - GAP)}
        out = {-1: it + gap, 1: ib + gap}
        empty = {-1: 0.0, 1: 0.0}
        while any(waiting.values()) and empty:
            for sign in list(empty):
                cone = out[sign] * self.cone if self.cone and lines_beyond else _INF
                track = _Track(True, sign, out[sign], -min(wide[-1], cone), min(wide[1], cone))
                if self._place_in(track, waiting):
                    out[sign] += track.depth + ROW_GAP
                    empty[sign] = 0.0
                else:
                    out[sign] += ROW_STEP
                    empty[sign] += ROW_STEP
                    if empty[sign] > 8 * ROW_STEP:
                        del empty[sign]
                if not any(waiting.values()):
                    break
        if any(waiting.values()):
            return None
        mine = [self.boxes[k] for k in self.boxes if k not in before]
        return _Band(
            max([il + gap, *(-b.x0 for b in mine)]),
            max([it + gap, *(-b.y0 for b in mine)]),
            max([ir + gap, *(b.x1 for b in mine)]),
            max([ib + gap, *(b.y1 for b in mine)]),
            [b.node_id for b in mine],
        )


@dataclass(frozen=True)
class _Shape:
    """One way to lay the rings out: columns per ring, how far rows may reach, the outer half width."""

    columns: tuple[int, int, int]
    cone: float
    half_width: float


def _pack(
    cells: Cells,
    sectors: tuple[Sector, ...],
    elb: tuple[float, float],
    shape: _Shape,
    kept: list[_Kept] = [],  # noqa: B006 - never changed
    aims: Mapping[str, tuple[float, float]] | None = None,
    shown: _Shown | None = None,
) -> tuple[dict[str, Box], list[_Band]] | None:
    """All three rings; ``None`` if they do not fit this shape. With ``shown`` (the picture before a
    small change) a ring whose boxes can stay where they were keeps them (:meth:`_Shown.ring`)."""
    packer = _Packer(sectors, kept, aims or {}, shape.cone)
    widest = {k: max((it.w for cat in SECTOR_ORDER for it in cells[cat][k]), default=0.0) for k in (1, 2, 3)}
    limits = {3: shape.half_width}
    for k in (2, 1):
        limits[k] = limits[k + 1] - RING_GAP - shape.columns[k] * (widest[k + 1] + GAP)
    lines_beyond = {
        k: any(it.to_elb for cat in SECTOR_ORDER for j in range(k + 1, 4) for it in cells[cat][j])
        for k in (1, 2, 3)
    }
    inner = (elb[0], elb[1], elb[0], elb[1])
    bands: list[_Band] = []
    for k in (1, 2, 3):
        group = {cat: cells[cat][k] for cat in SECTOR_ORDER}
        band = shown.ring(k, group, inner, packer) if shown is not None else None
        if band is None:
            band = packer.band(k, group, inner, shape.columns[k - 1], limits[k], lines_beyond[k])
        if band is None:
            return None
        _deepen(band, inner, k)
        bands.append(band)
        inner = band.reach
    return packer.boxes, bands


def _deepen(band: _Band, inner: tuple[float, float, float, float], k: int) -> None:
    """Ring ``k`` at least :data:`BAND_DEPTH` deep on each side, also where none of its boxes stands
    there: its line then runs that far from the line of the ring inside (or from the edge around the
    eLb). Every ring line lies :data:`RING_GAP` / 2 beyond its band's reach, rounded outward to
    :data:`RING_STEP` (:func:`_ring_shapes`); the edge around the eLb lies :data:`ELB_GAP` / 2
    beyond it."""
    least = BAND_DEPTH if k > 1 else BAND_DEPTH + ELB_GAP / 2 - RING_GAP / 2
    band.left, band.top, band.right, band.bottom = (
        max(b, i + least) for b, i in zip(band.reach, inner, strict=True)
    )


#: A resource placed into the picture shown (added, or come from another ring) takes the free place
#: nearest to where it aims among these steps (map pixels) and the edges of the boxes around it.
SPOT_STEP = 8.0
#: A ring where more boxes than this must find a new place is packed anew (as fast, and tidier).
LOCAL_MOVES = 4


class _Shown:
    """The picture before a small change, ring by ring: what of it can stay as it is.

    A ring whose resources are the same (same area, size and drop hint) keeps every box where it was,
    as long as each still lies in its area (the areas' angles follow the room they need) and outside
    the ring inside (which may have grown). A resource that is new in a ring (added, or moved there
    from another ring) takes the free place nearest to where it aims inside the ring's reach as
    shown; a resource dropped within its ring and area goes there too when its drop point is free.
    Only a ring where that does not work is packed anew, and the rings outside it then keep their
    boxes if those still clear it. So a change costs the rings it touches, and a box the person did
    not touch does not move.

    Since the new-user trial ("the map moves under the eLb's finger"): a box shown moves only for a
    line newly kept free (the old corridors are where lines ran in an earlier packing); a box placed
    keeps off the lines as drawn; a new box with no free place in its ring takes one a row or column
    further out, and the boxes beyond that side of the rings outside step out by as much; a dropped
    box goes to its drop with the ring grown as far as it must there (``benchmarks/
    bench_map_stability.py`` has the figures).
    """

    def __init__(self, previous: MapLayout, sectors: tuple[Sector, ...], case: Case | None = None) -> None:
        warm = previous.warm
        assert warm is not None and warm.bands
        self.previous, self.warm, self.boxes = previous, warm, previous.boxes
        self.sectors = {s.category: s for s in sectors}
        #: the areas and the lines kept free as shown: its boxes keep to them already
        self.shown_sectors = {s.category: s for s in previous.sectors}
        self.kept = set(warm.kept)
        #: the lines as drawn between resources that were shown (a curve as its pieces, and its
        #: straight way too: it may run straight after the change): a box placed into the picture
        #: keeps off them, so no line must be made room for afterwards (which would move the boxes
        #: in its way)
        at = previous.positions
        self.drawn: list[_Kept] = []
        for rel in case.relations if case is not None else ():
            if rel.source not in at or rel.target not in at:
                continue
            ends = frozenset((rel.source, rel.target))
            self.drawn.append(_Kept(ends, *at[rel.source], *at[rel.target]))
            route = previous.routes.get(rel.id)
            if route is not None:
                points = line_points(*at[rel.source], *at[rel.target], route, steps=12)
                self.drawn += [_Kept(ends, *a, *b) for a, b in itertools.pairwise(points)]

    def ring(
        self,
        k: int,
        group: dict[Category, list[_Item]],
        inner: tuple[float, float, float, float],
        packer: _Packer,
    ) -> _Band | None:
        """Ring ``k`` from the picture shown (its boxes put into ``packer``), or ``None``: pack it."""
        old = self.warm.bands[k - 1]
        gap = ELB_GAP if k == 1 else RING_GAP
        il, it, ir, ib = inner
        inside = Box("", -il - gap, -it - gap, ir + gap, ib + gap)
        # where a ring inside grew (a box added there found room only a row further out), what lies
        # beyond that side moves out with it, all by the same step: the ring keeps its picture
        grown = self._grown(k, inner)
        gl, gt, gr, gb = grown if grown is not None else (0.0, 0.0, 0.0, 0.0)
        reach = Box("", -old.left - gl, -old.top - gt, old.right + gr, old.bottom + gb)
        placed: dict[str, Box] = {}
        todo: list[tuple[_Item, Sector]] = []
        # only a line newly kept free moves a box shown: the old corridors ran where the lines ran
        # in an earlier packing, and the picture shown has its boxes clear of the lines as drawn
        fresh = self._fresh_lines(packer.kept)
        for cat, items in group.items():
            sector = self.sectors[cat]
            stays: list[tuple[_Item, Box]] = []
            for item in items:
                box = self.boxes.get(item.res_id)
                if box is not None and grown is not None:
                    box = self._shifted(box, k, grown)
                if (
                    box is not None
                    and self.warm.cells.get(item.res_id) == (cat, k, item.hint)
                    and abs(box.x1 - box.x0 - item.w) < 1e-6
                    and abs(box.y1 - box.y0 - item.h) < 1e-6
                    and not box.overlaps(inside)
                ):
                    stays.append((item, box))
                else:
                    todo.append((item, sector))
            if stays and (sector is not self.shown_sectors.get(cat) or fresh.ends or grown is not None):
                # still in its area (whose angles may have followed the room the areas need), off
                # the lines newly kept free?
                rows = np.array([(b.x0, b.y0, b.x1, b.y1) for _, b in stays], dtype=float)
                fine = np.ones(len(stays), dtype=bool)
                if sector is not self.shown_sectors.get(cat) or grown is not None:
                    fine &= _in_sector_many(rows, sector, 0.0)
                if fresh.ends:
                    fine &= ~_in_corridors(rows, [it.res_id for it, _ in stays], fresh)
                for (item, box), ok in zip(stays, fine, strict=True):
                    if ok:
                        placed[item.res_id] = box
                    else:
                        todo.append((item, sector))
            else:
                placed.update((item.res_id, box) for item, box in stays)
        if (todo and not old.ids) or len(todo) > LOCAL_MOVES:
            return None  # an empty ring as shown (no reach to place into), or much to place: packed
        # the one just dropped here first (to its drop), then by how the cell orders them
        todo.sort(key=lambda pair: not self._dropped(k, pair[0], pair[1], inside, reach))
        others = np.array([(b.x0, b.y0, b.x1, b.y1) for b in placed.values()], dtype=float).reshape(-1, 4)
        avoid = _KeptLines([*packer.kept.lines, *self.drawn]) if self.drawn else packer.kept
        for item, sector in todo:
            dropped = self._dropped(k, item, sector, inside, reach)
            aim = item.hint if dropped and item.hint else self._aim(k, item, sector, inside)
            # (a box dropped goes to its drop as before: the lines make room for it there)
            if dropped and item.hint is not None:
                # at its drop, where that is free of the boxes and of lines newly kept free (a line
                # it now stands on makes room for it when the map settles), the ring grown as far
                # as it must for it there
                hx, hy = item.hint
                half_w, half_h = item.w / 2, item.h / 2
                there = reach.union(Box("", hx - half_w, hy - half_h, hx + half_w, hy + half_h))
                box = _free_spot(item, aim, sector, inside, there, others, fresh)
            else:
                box = _free_spot(item, aim, sector, inside, reach, others, avoid)
            if box is None:
                box = _free_spot(item, aim, sector, inside, reach, others, packer.kept)
            if box is None:  # no room in the ring as shown: a row more above or below it (the
                # ring outside then makes room where it must)
                taller = Box("", reach.x0, reach.y0 - item.h - ROW_GAP, reach.x1, reach.y1 + item.h + ROW_GAP)
                box = _free_spot(item, aim, sector, inside, taller, others, packer.kept)
            if box is None and not dropped and not self._stayed(k, item, sector):
                # new here: a row or column more on any side (the rings outside move out with it)
                wider = Box(
                    "",
                    reach.x0 - item.w - GAP,
                    reach.y0 - item.h - ROW_GAP,
                    reach.x1 + item.w + GAP,
                    reach.y1 + item.h + ROW_GAP,
                )
                box = _free_spot(item, aim, sector, inside, wider, others, avoid)
            if box is None:
                return None
            was = self.boxes.get(item.res_id)
            if dropped and box is not None and was is not None and box == was:
                # no free place nearer its drop than where it was: the free place nearest to the
                # drop other than that, if near (the person moved it); else it stays where it was
                held = np.vstack((others, [(was.x0, was.y0, was.x1, was.y1)]))
                other = _free_spot(item, aim, sector, inside, reach, held, fresh)
                if other is not None and math.dist(other.centre, aim) <= max(item.w, item.h):
                    box = other
            if (dropped or self._stayed(k, item, sector)) and math.dist(box.centre, aim) > max(
                item.w, item.h
            ):
                # dropped onto another box, or it would have to go far to make room: the ring is
                # packed anew (around the drop)
                return None
            placed[item.res_id] = box
            others = np.vstack((others, [(box.x0, box.y0, box.x1, box.y1)]))
        packer.boxes.update(placed)
        for items in group.values():
            for item in items:  # as the packer does: a partner packed later comes near it
                for partner in item.partners:
                    packer.aims.setdefault(partner, placed[item.res_id].centre)
        if not placed:
            return _Band(
                il + gap + EMPTY_RING, it + gap + EMPTY_RING, ir + gap + EMPTY_RING, ib + gap + EMPTY_RING, []
            )
        mine = list(placed.values())
        return _Band(
            max([il + gap, *(-b.x0 for b in mine)]),
            max([it + gap, *(-b.y0 for b in mine)]),
            max([ir + gap, *(b.x1 for b in mine)]),
            max([ib + gap, *(b.y1 for b in mine)]),
            [r.res_id for items in group.values() for r in items],
        )

    def _grown(self, k: int, inner: tuple[float, float, float, float]) -> tuple[float, ...] | None:
        """How much further (left, top, right, bottom) the ring inside ring ``k`` reaches than as
        shown; ``None`` where it does not."""
        if k == 1:
            return None
        shown = self.warm.bands[k - 2].reach
        grown = tuple(max(0.0, now - was) for now, was in zip(inner, shown, strict=True))
        return grown if any(g > 1e-6 for g in grown) else None

    def _shifted(self, box: Box, k: int, grown: tuple[float, ...]) -> Box:
        """``box`` (of ring ``k`` as shown) moved out as far as the ring inside grew on its side."""
        gl, gt, gr, gb = grown
        il, it, ir, ib = self.warm.bands[k - 2].reach
        dx = gr if box.x0 >= ir else -gl if box.x1 <= -il else 0.0
        dy = gb if box.y0 >= ib else -gt if box.y1 <= -it else 0.0
        if not dx and not dy:
            return box
        return Box(box.node_id, box.x0 + dx, box.y0 + dy, box.x1 + dx, box.y1 + dy)

    def _fresh_lines(self, kept: _KeptLines) -> _KeptLines:
        """The lines of ``kept`` that the picture shown did not keep free yet."""
        found = self.__dict__.get("_fresh")
        if found is not None and found[0] is kept:
            return found[1]  # type: ignore[no-any-return]
        fresh = _KeptLines([line for line in kept.lines if line not in self.kept])
        self._fresh = (kept, fresh)
        return fresh

    def _stayed(self, k: int, item: _Item, sector: Sector) -> bool:
        """Whether ``item`` was shown in this ring and area (it only makes room now)."""
        was = self.warm.cells.get(item.res_id)
        return item.res_id in self.boxes and was is not None and was[:2] == (sector.category, k)

    def _dropped(self, k: int, item: _Item, sector: Sector, inside: Box, reach: Box) -> bool:
        """Whether the person just dropped ``item`` at a spot in this ring and area (its hint is new)."""
        if item.hint is None or self.warm.cells.get(item.res_id) == (sector.category, k, item.hint):
            return False
        x, y = item.hint
        return (
            reach.x0 <= x <= reach.x1
            and reach.y0 <= y <= reach.y1
            and not (inside.x0 < x < inside.x1 and inside.y0 < y < inside.y1)
            and sector.holds(math.atan2(y, x))
        )

    def _aim(self, k: int, item: _Item, sector: Sector, inside: Box) -> tuple[float, float]:
        """Where a resource aims that must find a new place in this ring: its place as shown if it
        was in this ring and area (it makes room for a change nearby: as little as it can), else on
        the way from the centre to where it was shown (or to the middle of its area), just outside
        the ring inside — as near the eLb as it fits."""
        shown = self.boxes.get(item.res_id)
        if shown is not None and self._stayed(k, item, sector):
            return shown.centre
        if shown is not None and sector.holds(math.atan2(shown.centre[1], shown.centre[0])):
            angle = math.atan2(shown.centre[1], shown.centre[0])
        else:
            angle = sector.mid
        x, y = _ray_end(inside.x0, inside.y0, inside.x1, inside.y1, 0.0, angle)
        c, s = math.cos(angle), math.sin(angle)
        return x + c * item.w / 2, y + s * item.h / 2


def _in_sector_many(boxes: Any, sector: Sector, margin: float = SECTOR_MARGIN) -> Any:
    """Which boxes (rows x0, y0, x1, y1) lie in ``sector`` at least :data:`SECTOR_MARGIN` from its lines
    — the rule the packer places by (:meth:`_Track._wedge`)."""
    m, eps = margin, 1e-6
    ds = (math.cos(sector.start), math.sin(sector.start))
    de = (math.cos(sector.end), math.sin(sector.end))
    ok = np.ones(len(boxes), dtype=bool)
    for xi, yi in ((0, 1), (2, 1), (0, 3), (2, 3)):
        px, py = boxes[:, xi], boxes[:, yi]
        cs = ds[0] * py - ds[1] * px  # cross(ds, P)
        ce = de[0] * py - de[1] * px
        if sector.end - sector.start <= math.pi:
            ok &= (cs >= m - eps) & (-ce >= m - eps)
        else:  # outside the rest of the map (convex), grown by the margin
            ok &= ~((ce > -m + eps) & (cs < m - eps))
    return ok


def _in_corridors(rows: Any, ids: list[str], kept: _KeptLines) -> Any:
    """Which boxes (rows x0, y0, x1, y1; resource ``ids``) a line kept free runs through (within
    :data:`LINE_PAD`), other than a line of their own."""
    if not kept.ends or not len(rows):
        return np.zeros(len(rows), dtype=bool)
    grown = rows + np.array([-LINE_PAD, -LINE_PAD, LINE_PAD, LINE_PAD])
    hit = _segments_hit_boxes(kept.points, grown)  # (lines, boxes)
    for i, j in zip(*np.nonzero(hit), strict=True):
        if ids[j] in kept.ends[i]:
            hit[i, j] = False
    return hit.any(axis=0)


def _free_spot(
    item: _Item,
    aim: tuple[float, float],
    sector: Sector,
    inside: Box,
    reach: Box,
    others: Any,
    kept: _KeptLines | None = None,
) -> Box | None:
    """The box of ``item`` nearest to ``aim`` that lies within ``reach``, clear of ``inside``, in its
    area, :data:`GAP` away from ``others`` (rows x0, y0, x1, y1) and off the ``kept`` lines (but its
    own); ``None`` if there is none.

    Tried: places on a grid of :data:`SPOT_STEP` around the aim, and places flush with the ring
    inside and with the boxes around (beside them, in their rows), so a box fits into a gap a row
    left as the packer would have put it. First within a window around the aim (a place found there
    no further than the window's half width is the nearest of all), then in larger ones."""
    w, h = item.w, item.h
    lo_x, hi_x, lo_y, hi_y = reach.x0, reach.x1 - w, reach.y0, reach.y1 - h
    if hi_x < lo_x or hi_y < lo_y:
        return None
    ax, ay = aim[0] - w / 2, aim[1] - h / 2
    # flush with the ring inside, and with the boxes around: level with them, or beside them (a
    # column keeps GAP between its boxes, a row ROW_GAP from the next row)
    edges = []
    for axis, size, lo, hi in ((0, w, inside.x1, inside.x0), (1, h, inside.y1, inside.y0)):
        o0, o1 = others[:, axis], others[:, axis + 2]
        parts = [np.array([lo, hi - size]), o0, o1 - size]
        for gap in (GAP, ROW_GAP):
            parts += [o1 + gap, o0 - gap - size]
        edges.append(np.concatenate(parts))
    edges_x, edges_y = edges
    grown = others + np.array([-GAP, -GAP, GAP, GAP])
    lines = np.zeros((0, 4))
    if kept is not None and kept.ends:
        lines = kept.points[[item.res_id not in ends for ends in kept.ends]]
    half = 12 * SPOT_STEP
    while True:
        x_lo, x_hi = max(lo_x, ax - half), min(hi_x, ax + half)
        y_lo, y_hi = max(lo_y, ay - half), min(hi_y, ay + half)
        whole = x_lo == lo_x and x_hi == hi_x and y_lo == lo_y and y_hi == hi_y
        found = _nearest_free(
            w, h, (ax, ay), (x_lo, x_hi, y_lo, y_hi), edges_x, edges_y, sector, inside, grown, lines
        )
        if found is not None and (whole or math.dist(found, (ax, ay)) <= half):
            return Box(item.res_id, found[0], found[1], found[0] + w, found[1] + h)
        if whole:
            return None
        half *= 3


def _nearest_free(
    w: float,
    h: float,
    at: tuple[float, float],
    window: tuple[float, float, float, float],
    edges_x: Any,
    edges_y: Any,
    sector: Sector,
    inside: Box,
    grown: Any,
    lines: Any,
) -> tuple[float, float] | None:
    """:func:`_free_spot`'s search in one window (x0 from, to; y0 from, to): the top left corner."""
    x_lo, x_hi, y_lo, y_hi = window
    if x_hi < x_lo or y_hi < y_lo:
        return None
    ax, ay = at
    grid_x = ax + SPOT_STEP * np.arange(
        math.ceil((x_lo - ax) / SPOT_STEP), math.floor((x_hi - ax) / SPOT_STEP) + 1
    )
    grid_y = ay + SPOT_STEP * np.arange(
        math.ceil((y_lo - ay) / SPOT_STEP), math.floor((y_hi - ay) / SPOT_STEP) + 1
    )
    xs = np.concatenate((grid_x, edges_x, [x_lo, x_hi]))
    ys = np.concatenate((grid_y, edges_y, [y_lo, y_hi]))
    xs = np.unique(xs[(xs >= x_lo - 1e-9) & (xs <= x_hi + 1e-9)])
    ys = np.unique(ys[(ys >= y_lo - 1e-9) & (ys <= y_hi + 1e-9)])
    gx, gy = (g.ravel() for g in np.meshgrid(xs, ys))
    boxes = np.stack((gx, gy, gx + w, gy + h), axis=1)
    clear = (
        (boxes[:, 2] <= inside.x0)
        | (boxes[:, 0] >= inside.x1)
        | (boxes[:, 3] <= inside.y0)
        | (boxes[:, 1] >= inside.y1)
    )
    boxes = boxes[clear]
    boxes = boxes[_in_sector_many(boxes, sector)]
    if not len(boxes):
        return None
    order = np.argsort((boxes[:, 0] - ax) ** 2 + (boxes[:, 1] - ay) ** 2, kind="stable")
    span = np.array([[boxes[:, 0].min(), boxes[:, 1].min(), boxes[:, 2].max(), boxes[:, 3].max()]])
    near = grown[_boxes_overlap(grown, span)[:, 0]] if len(grown) else grown  # the boxes in the window
    if len(lines):  # and the lines through it
        pad = np.array([-LINE_PAD, -LINE_PAD, LINE_PAD, LINE_PAD])
        seg_box = np.stack(
            (
                np.minimum(lines[:, 0], lines[:, 2]),
                np.minimum(lines[:, 1], lines[:, 3]),
                np.maximum(lines[:, 0], lines[:, 2]),
                np.maximum(lines[:, 1], lines[:, 3]),
            ),
            axis=1,
        )
        lines = lines[_boxes_overlap(seg_box + np.array([-1.0, -1.0, 1.0, 1.0]), span + pad)[:, 0]]
    for start in range(0, len(order), 256):
        chunk = boxes[order[start : start + 256]]
        taken = _boxes_overlap(chunk, near).any(axis=1) if len(near) else np.zeros(len(chunk), dtype=bool)
        if len(lines):
            taken |= _segments_hit_boxes(lines, chunk + pad).any(axis=0)
        free = np.flatnonzero(~taken)
        if free.size:
            return float(chunk[free[0], 0]), float(chunk[free[0], 1])
    return None


# --- lines ------------------------------------------------------------------------------------------


class _Grid:
    """Boxes in a coarse grid, to find the ones near a line quickly."""

    CELL = 128.0

    def __init__(self, boxes: Iterable[Box]) -> None:
        self.cells: dict[tuple[int, int], list[Box]] = {}
        c = self.CELL
        for box in boxes:
            for i in range(math.floor(box.x0 / c), math.floor(box.x1 / c) + 1):
                for j in range(math.floor(box.y0 / c), math.floor(box.y1 / c) + 1):
                    self.cells.setdefault((i, j), []).append(box)

    def hits(
        self, points: list[tuple[float, float]], ends: tuple[str, ...], pad: float = 2.0, limit: float = _INF
    ) -> int:
        """How many boxes (other than ``ends``) the polyline through ``points`` runs through; counting
        stops at ``limit``."""
        c = self.CELL
        cells: set[tuple[int, int]] = set()
        for (ax, ay), (bx, by) in itertools.pairwise(points):
            i0, i1 = math.floor((min(ax, bx) - pad) / c), math.floor((max(ax, bx) + pad) / c)
            j0, j1 = math.floor((min(ay, by) - pad) / c), math.floor((max(ay, by) + pad) / c)
            if (i1 - i0 + 1) * (j1 - j0 + 1) <= 24:
                cells.update((i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1))
                continue
            steps = max(1, math.ceil(math.hypot(bx - ax, by - ay) / (c / 2)))
            for k in range(steps + 1):
                i = math.floor((ax + (bx - ax) * k / steps) / c)
                j = math.floor((ay + (by - ay) * k / steps) / c)
                cells.update(((i, j), (i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)))
        near: dict[str, Box] = {}
        for cell in cells:
            for box in self.cells.get(cell, ()):
                near[box.node_id] = box
        count = 0
        segments = list(itertools.pairwise(points))
        for node_id, box in near.items():
            if node_id in ends:
                continue
            for (ax, ay), (bx, by) in segments:
                if min(ax, bx) > box.x1 + pad or max(ax, bx) < box.x0 - pad:
                    continue
                if min(ay, by) > box.y1 + pad or max(ay, by) < box.y0 - pad:
                    continue
                if segment_hits_box(ax, ay, bx, by, box, pad):
                    count += 1
                    break
            if count >= limit:
                break
        return count


#: Curves tried, in order, for a line that cannot run straight: gentle ones first.
_CURVES = [(kind, r) for r in (0.15, 0.3, 0.5, 0.75) for kind in ("curvedCW", "curvedCCW")]


def curve_via(fx: float, fy: float, tx: float, ty: float, kind: str, roundness: float) -> tuple[float, float]:
    """The control point vis-network uses for a ``curvedCW`` / ``curvedCCW`` line (quadratic Bézier)."""
    dx, dy = tx - fx, fy - ty
    radius = math.hypot(dx, dy)
    sign = 1 if kind == "curvedCW" else -1
    angle = (math.atan2(dy, dx) + (sign * roundness * 0.5 + 0.5) * math.pi) % _TAU
    reach = (roundness * 0.5 + 0.5) * radius
    return fx + reach * math.sin(angle), fy + reach * math.cos(angle)


def line_points(
    fx: float, fy: float, tx: float, ty: float, route: tuple[str, float] | None, steps: int = 24
) -> list[tuple[float, float]]:
    """Points along a line as drawn: straight, or the quadratic Bézier of a curve."""
    if route is None:
        return [(fx, fy), (tx, ty)]
    vx, vy = curve_via(fx, fy, tx, ty, *route)
    out = []
    for k in range(steps + 1):
        u = k / steps
        a, b, c = (1 - u) ** 2, 2 * u * (1 - u), u * u
        out.append((a * fx + b * vx + c * tx, a * fy + b * vy + c * ty))
    return out


def _route(
    grid: _Grid,
    centres: Mapping[str, tuple[float, float]],
    source: str,
    target: str,
    curves: list[tuple[str, float]] = _CURVES,
) -> tuple[tuple[str, float] | None, int]:
    """Straight if the line runs free, else the gentlest free curve; else the one crossing fewest."""
    (fx, fy), (tx, ty) = centres[source], centres[target]
    ends = (source, target)
    if not grid.hits([(fx, fy), (tx, ty)], ends, limit=1):
        return None, 0
    for curve in curves:
        if not grid.hits(line_points(fx, fy, tx, ty, curve, 12), ends, limit=1):
            return curve, 0
    if not curves:
        return None, 1
    chosen: tuple[str, float] | None = None
    least = grid.hits([(fx, fy), (tx, ty)], ends)
    for curve in curves:
        hits = grid.hits(line_points(fx, fy, tx, ty, curve, 12), ends, limit=least)
        if hits < least:
            chosen, least = curve, hits
    return chosen, least


def _routes(
    relations: Iterable[Any],
    centres: Mapping[str, tuple[float, float]],
    boxes: Mapping[str, Box],
    curves: list[tuple[str, float]] = _CURVES,
    pad: float = 2.0,
) -> dict[str, tuple[tuple[str, float] | None, int]]:
    """:func:`_route` for every relation at once: all straight lines against all boxes in one step,
    then the curves of the lines that run through a box (relation id → (route, boxes hit))."""
    relations = list(relations)
    if not relations:
        return {}
    ids = list(boxes)
    index = {k: i for i, k in enumerate(ids)}
    grown = np.array([(b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad) for b in boxes.values()], dtype=float)
    ends = np.array([(index[r.source], index[r.target]) for r in relations])
    seg = np.array([(*centres[r.source], *centres[r.target]) for r in relations], dtype=float)
    hit = _segments_hit_boxes(seg, grown)
    rows = np.arange(len(relations))
    hit[rows, ends[:, 0]] = False
    hit[rows, ends[:, 1]] = False
    counts = hit.sum(axis=1)
    out: dict[str, tuple[tuple[str, float] | None, int]] = {
        rel.id: (None, 0 if not counts[i] else 1) for i, rel in enumerate(relations)
    }
    stuck = np.flatnonzero(counts)
    if not curves or not stuck.size:
        return out
    # the curves in order, for the lines still not free: the first curve alone (most lines are free
    # with it), then all the others at once for the rest
    per_curve = np.zeros((len(relations), len(curves)), dtype=int)
    left = stuck
    for first, last in ((0, 1), (1, len(curves))):
        if first >= last:
            continue
        batch = curves[first:last]
        pieces = _curve_pieces(seg[left], batch, 12)  # (left, curves, 12, 4)
        hits = _segments_hit_boxes(pieces.reshape(-1, 4), grown).reshape(len(left), len(batch), 12, len(ids))
        lines = np.arange(len(left))
        hits[lines, :, :, ends[left, 0]] = False
        hits[lines, :, :, ends[left, 1]] = False
        per_curve[left, first:last] = hits.any(axis=2).sum(axis=2)
        still = []
        for i in left:
            free = np.flatnonzero(per_curve[i, first:last] == 0)
            if free.size:
                out[relations[int(i)].id] = (curves[first + int(free[0])], 0)
            else:
                still.append(i)
        left = np.array(still, dtype=int)
        if not left.size:
            return out
    for i in left:  # no curve is free: the one through fewest boxes
        chosen: tuple[str, float] | None = None
        least = int(counts[i])
        for curve, n_hits in zip(curves, per_curve[i], strict=True):
            if n_hits < least:
                chosen, least = curve, int(n_hits)
        out[relations[int(i)].id] = (chosen, least)
    return out


def _curve_pieces(seg: Any, curves: list[tuple[str, float]], steps: int) -> Any:
    """The segments of every curve in ``curves`` for every line in ``seg`` (rows fx, fy, tx, ty), as
    :func:`line_points` draws them: an array (lines, curves, steps, 4)."""
    fx, fy, tx, ty = (seg[:, k : k + 1] for k in range(4))
    dx, dy = tx - fx, fy - ty
    radius = np.hypot(dx, dy)
    sign = np.array([1.0 if kind == "curvedCW" else -1.0 for kind, _ in curves])[None, :]
    roundness = np.array([r for _, r in curves])[None, :]
    angle = (np.arctan2(dy, dx) + (sign * roundness * 0.5 + 0.5) * math.pi) % _TAU
    reach = (roundness * 0.5 + 0.5) * radius
    vx, vy = fx + reach * np.sin(angle), fy + reach * np.cos(angle)  # (lines, curves)
    u = np.linspace(0.0, 1.0, steps + 1)[None, None, :]
    a, b, c = (1 - u) ** 2, 2 * u * (1 - u), u * u
    px = a * fx[:, :, None] + b * vx[:, :, None] + c * tx[:, :, None]
    py = a * fy[:, :, None] + b * vy[:, :, None] + c * ty[:, :, None]
    return np.stack((px[:, :, :-1], py[:, :, :-1], px[:, :, 1:], py[:, :, 1:]), axis=-1)


def _blocked_lines(
    case: Case, boxes: Mapping[str, Box]
) -> tuple[list[_Kept], dict[str, tuple[float, float]], dict[str, tuple[tuple[str, float] | None, int]]]:
    """The lines that run through a box, straight and curved, as pieces to keep free next time (the
    straight line, or for a line between two resources the gentlest curve), their resources'
    centres, and how every line runs among these boxes (:func:`_routes`: what :class:`_Repair`
    starts from)."""
    grid = _Grid(boxes.values())
    centres = {k: b.centre for k, b in boxes.items()}
    kept: list[_Kept] = []
    aims: dict[str, tuple[float, float]] = {}
    routed = _routes(case.relations, centres, boxes)
    for rel in case.relations:
        if not routed[rel.id][1]:
            continue
        ends = frozenset((rel.source, rel.target))
        (fx, fy), (tx, ty) = centres[rel.source], centres[rel.target]
        if ELB_ID in ends:
            route = None
        else:  # the gentler of the two first curves (around the eLb, say)
            route = min(_CURVES[:2], key=lambda c: grid.hits(line_points(fx, fy, tx, ty, c, 8), tuple(ends)))
        points = line_points(fx, fy, tx, ty, route, 8)
        kept += [_Kept(ends, ax, ay, bx, by) for (ax, ay), (bx, by) in itertools.pairwise(points)]
        for end in ends - {ELB_ID}:
            aims[end] = centres[end]
    return kept, aims, routed


# --- finding the best shape -------------------------------------------------------------------------

#: Trial moves the repair of one packing may try on the live map (each routes every line once). At
#: 50–80 resources an unbounded repair took seconds (8 s to open a case of 60) and still left about
#: five lines through labels; the first dozen trials do most of what repair can do. Paper
#: (``thorough``) may take longer.
REPAIR_BUDGET = 12
REPAIR_BUDGET_THOROUGH = 400

#: Lines from the eLb are kept free in up to this many further packings.
CORRIDOR_ROUNDS = 5
#: At least this many shapes get their lines kept clear before the search may stop.
EARLY = 3
_DEBUG = False
#: Above this many resources the lines are not given corridors (it would take too long; they curve).
CORRIDOR_LIMIT = 80
TITLE_GAP = 10.0


def map_language(case: Case) -> str:
    """The language whose words the map carries under the German (``"de"``: none)."""
    language = getattr(case, "language", None)
    return str(getattr(language, "value", language or "de"))


@lru_cache(maxsize=64)
def title_words(category: Category, lang: str) -> tuple[str, str | None] | None:
    """An area's name and hint in ``lang``, drawn under the German ones; ``None`` for German. The
    hint is ``None`` where it says what the name says („Sozial“/„Menschen“ are both „İnsanlar“)."""
    from beratungskit.messages import tr

    if lang == "de":
        return None
    name = tr(lang, f"render_map.cat.{category.value}")
    hint = tr(lang, f"render_map.cat.{category.value}.hint")
    return name, None if _plain_word(hint) == _plain_word(name) else hint


def _plain_word(text: str) -> str:
    """``text`` without case and marks („İnsanlar“ and „insanlar“ are one word)."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(ch)
    )


@lru_cache(maxsize=64)
def ring_words(closeness: int, lang: str) -> str | None:
    """A ring's name in ``lang``, drawn under the German one; ``None`` for German."""
    from beratungskit.messages import tr

    return None if lang == "de" else tr(lang, f"render_map.ring.{closeness}")


#: With the eLb's language chosen, an area's title carries the hints (German and translated) up to
#: this many resources; above, its name in both languages alone (two short lines, the hints stay in
#: the legend). Four lines in two languages were 103 map px high and up to 271 wide: at 40 and 60
#: resources they fitted none of the outer ring's corners and stood beside the map (+263 px of its
#: width at 40 in Türkçe): labels of 13.4 and 10.6 px at 1280×800. At 30 the four lines still leave
#: labels of 14.3 px or more (Türkçe, Persian, Arabic), at 35 no longer (13.2).
TITLE_HINTS_UP_TO = 30


def title_hints(case: Case) -> bool:
    """Whether the map's area titles carry their hints (German alone: always)."""
    return map_language(case) == "de" or len(case.resources) <= TITLE_HINTS_UP_TO


def title_lines(
    lang: str, two: tuple[str, str | None] | None, hints: bool = True
) -> tuple[float, float, float, float]:
    """The tops of an area title's lines below its top (German name, name in ``lang``, German
    hint, hint in ``lang``) and the title's height; the drawings place the lines by these.
    ``hints=False``: the names alone (the hints' tops are the title's foot)."""
    if two is None:
        return 0.0, 0.0, TITLE_FONT_SIZE * 1.2, TITLE_FONT_SIZE * 1.2 + HINT_FONT_SIZE * 1.25
    name2 = TITLE_FONT_SIZE * 1.2
    hint = name2 + TITLE2_FONT_SIZE * 1.3
    if not hints:
        return name2, hint, hint, hint
    hint2 = hint + HINT_FONT_SIZE * 1.25
    return name2, hint, hint2, hint2 + (HINT2_FONT_SIZE * 1.3 if two[1] is not None else 0.0)


def _title_size(category: Category, lang: str = "de", hints: bool = True) -> tuple[float, float]:
    from beratungskit.messages import t  # the layout needs the title's size, not its look

    name = t(f"render_map.cat.{category.value}")
    hint = t(f"render_map.cat.{category.value}.hint")
    two = title_words(category, lang)
    width = text_width("● " + name, TITLE_FONT_SIZE, bold=True)
    if two is not None and not hints:  # the names alone
        return max(width, words_width(two[0], TITLE2_FONT_SIZE, bold=True)), title_lines(lang, two, hints)[3]
    width = max(width, text_width(hint, HINT_FONT_SIZE))
    if two is None:
        return width, TITLE_FONT_SIZE * 1.2 + HINT_FONT_SIZE * 1.25
    width = max(
        width, words_width(two[0], TITLE2_FONT_SIZE, bold=True), words_width(two[1] or "", HINT2_FONT_SIZE)
    )
    return width, title_lines(lang, two)[3]


def _cost(bands: list[_Band], aspect: float, titles: Mapping[Category, tuple[float, float]] | None) -> float:
    """The map's size in the canvas's terms (smaller = larger zoom), titles at the corners included
    (``None``: the rings alone)."""
    outer = bands[-1]
    w0, h0 = outer.left + outer.right + RING_GAP, outer.top + outer.bottom + RING_GAP
    if titles is None:
        return max(w0 / aspect, h0)
    tw = max(w for w, _ in titles.values())
    th = max(h for _, h in titles.values())
    above = max(w0, 2 * tw + 4 * TITLE_GAP) / aspect, h0 + 2 * (th + TITLE_GAP)
    beside = (w0 + 2 * (tw + TITLE_GAP)) / aspect, max(h0, 2 * th + 4 * TITLE_GAP)
    inside = max(w0 / aspect, h0)
    return min(max(above), max(beside), inside)


def _room(cells: Cells, elb: tuple[float, float]) -> float:
    """An estimate of the room the boxes need (map pixels squared), the eLb's included."""
    area = sum(
        (it.w + GAP) * (it.h + ROW_GAP) for rings in cells.values() for its in rings.values() for it in its
    )
    return area + 4 * (elb[0] + 60) * (elb[1] + 60)


#: Widths of the shapes tried (times the estimate of the room the boxes need). Finer steps between
#: 1.0 and 1.45: there lie the shapes that fill a canvas of 1.7–2.1 best; with 1.05 and 1.15 too, 40
#: resources on the 1280×800 page (canvas 1240 × 664–691 px) show labels of 14.0–14.9 px instead
#: of 13.3–14.6 (one step more or less of the canvas's height chose a shape 0.9 px smaller).
SHAPE_FACTORS: tuple[float, ...] = (0.85, 1.0, 1.05, 1.1, 1.15, 1.2, 1.35, 1.5, 1.75)


def _shapes(cells: Cells, aspect: float, elb: tuple[float, float], thorough: bool = False) -> list[_Shape]:
    """The shapes worth trying for this case, from an estimate of the room its boxes need."""
    count = sum(len(its) for rings in cells.values() for its in rings.values())
    # a filled rectangle of the canvas's shape, a little under half of it boxes
    half_width = math.sqrt(_room(cells, elb) * aspect / 0.45) / 2
    if thorough:
        factors: tuple[float, ...] = (0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5, 1.7, 2.0)
        columns: tuple[tuple[int, int, int], ...] = (
            (0, 0, 1),
            (0, 1, 1),
            (0, 1, 2),
            (1, 1, 1),
            (0, 2, 2),
            (0, 0, 2),
        )
        cones: tuple[float, ...] = (0.0, 1.5, 2.0, 2.8)
    elif count > 80:
        factors = (1.0, 1.3)
        columns = ((0, 1, 1),)
        cones = (0.0,)
    else:
        factors = SHAPE_FACTORS
        columns = ((0, 0, 1), (0, 1, 1), (0, 1, 2))
        cones = (0.0, 2.0)
    return [_Shape(c, cone, half_width * f) for c in columns for cone in cones for f in factors]


@dataclass(frozen=True)
class _Packed:
    """The chosen packing: boxes, rings, and how it was found (kept for the next edit's warm start)."""

    boxes: dict[str, Box]
    bands: list[_Band]
    shape: _Shape
    kept: tuple[_Kept, ...]
    blocked: int
    cost: float
    #: what :func:`_finish` made of it (small maps, where the cost is the drawn map's size)
    finished: _Finished | None = None


def _settle(
    case: Case,
    cells: Cells,
    sectors: tuple[Sector, ...],
    elb: tuple[float, float],
    shape: _Shape,
    packed: tuple[dict[str, Box], list[_Band]],
    titles: Mapping[Category, tuple[float, float]],
    aspect: float,
    kept: list[_Kept],
    aims: dict[str, tuple[float, float]],
    budget: int = REPAIR_BUDGET,
    shown: _Shown | None = None,
    corridors: bool = True,
) -> _Packed:
    """Keep the lines that run through a box free in further packings, then repair what is left
    (with at most ``budget`` trial moves). Without ``corridors`` only the repair (a change placed into
    the picture shown: packing again around a line would move boxes the person did not touch)."""
    boxes, bands = packed
    elb_box = Box(ELB_ID, -elb[0], -elb[1], elb[0], elb[1])
    small = len(case.resources) <= CORRIDOR_LIMIT
    blocked, where, routed = _blocked_lines(case, {**boxes, ELB_ID: elb_box}) if small else ([], {}, {})
    for _ in range(CORRIDOR_ROUNDS if corridors else 0):
        if not blocked:
            break
        kept = kept + blocked
        aims.update(where)
        again = _pack(cells, sectors, elb, shape, kept, aims, shown)
        if again is None:
            break
        boxes, bands = again
        blocked, where, routed = _blocked_lines(case, {**boxes, ELB_ID: elb_box})
    lines_blocked = len({k.ends for k in blocked})
    if small and lines_blocked:
        # (how the lines run among these very boxes is known: the last look for blocked lines)
        repair = _Repair(case, {**boxes, ELB_ID: elb_box}, sectors, cells, bands, elb, budget, routed)
        repaired = repair.run()
        boxes = {k: b for k, b in repaired.items() if k != ELB_ID}
        lines_blocked = len(repair.blocked())
    finished = None
    if small:  # the size of the map as drawn, with the area titles where they go
        finished = _finish(
            case,
            {ELB_ID: elb_box, **{r.id: boxes[r.id] for r in case.resources}},
            bands,
            sectors,
            elb,
            aspect,
            shown.previous if shown is not None else None,
        )
        cost = _drawn_size(finished, aspect)
    else:  # many boxes: the titles go outside
        cost = _cost(bands, aspect, titles)
    if _DEBUG:
        print("shape", shape, "blocked", lines_blocked, "cost", round(cost))
    return _Packed(boxes, bands, shape, tuple(kept), lines_blocked, cost, finished)


def _best_packing(
    case: Case,
    cells: Cells,
    sectors: tuple[Sector, ...],
    elb: tuple[float, float],
    aspect: float,
    thorough: bool = False,
    settled: int = 6,
) -> _Packed:
    """The shape whose packing fits the canvas at the largest zoom with the fewest lines through
    labels; the ``settled`` (thorough: 24) best-looking shapes get their lines kept clear."""
    titles = {cat: _title_size(cat, map_language(case), title_hints(case)) for cat in SECTOR_ORDER}
    tried = []
    for shape in _shapes(cells, aspect, elb, thorough):
        packed = _pack(cells, sectors, elb, shape, [])
        if packed is not None:
            tried.append((_cost(packed[1], aspect, titles), shape, packed))
    if not tried:  # nothing fitted: wider and wider until it does
        width = max(s.half_width for s in _shapes(cells, aspect, elb, thorough))
        while not tried:
            width *= 2
            shape = _Shape((1, 1, 1), 0.0, width)
            packed = _pack(cells, sectors, elb, shape, [])
            if packed is not None:
                tried.append((_cost(packed[1], aspect, titles), shape, packed))
    small = len(case.resources) <= CORRIDOR_LIMIT
    if small:  # ranked by the rings alone: the titles go inside where the corners are free
        tried = [(_cost(packed[1], aspect, None), shape, packed) for _, shape, packed in tried]
    tried.sort(key=lambda t: t[0])
    best: _Packed | None = None
    for rank, (bound, shape, packed) in enumerate(tried[: (24 if thorough else settled) if small else 1]):
        if not thorough and rank >= EARLY and best is not None and best.blocked == 0 and bound >= best.cost:
            break  # a shape with every line free, and the rest cannot be smaller: enough
        budget = REPAIR_BUDGET_THOROUGH if thorough else REPAIR_BUDGET
        found = _settle(case, cells, sectors, elb, shape, packed, titles, aspect, [], {}, budget)
        if best is None or (found.blocked, found.cost) < (best.blocked, best.cost):
            best = found
    assert best is not None
    return best


#: With the eLb's language chosen, a map laid out afresh is also laid out for canvases this much
#: narrower and wider, and the one that comes out largest on the real canvas is kept. Which shapes
#: the search settles is ranked by the rings alone; the titles and ring names in two languages
#: change the map's size after that ranking more than the German ones (at 40 resources on the
#: 1280×800 page a canvas a few pixels higher gave labels 0.5 px smaller, fit14; Türkçe at 40 on a
#: 1242 × 641 canvas: 13.92 -> 14.06 px). German maps too since session 16 (the head with „Rückgängig“
#: and „Wiederholen“ and the translations beside the map left German at 40 resources a 1242 × 653 canvas:
#: a title under the rings, 13.94 px; with the search 14.08).
NEARBY_SHAPES = (0.95, 1.05)


def _nearby_shapes(
    case: Case,
    cells: Cells,
    elb: tuple[float, float],
    aspect: float,
    found: _Packed,
    sectors: tuple[Sector, ...],
) -> tuple[_Packed, tuple[Sector, ...]]:
    """``found`` (packed for ``aspect`` with ``sectors``) or, if it shows larger on the canvas of
    ``aspect`` with no more lines through labels, a packing made for a canvas of a nearby shape
    (:data:`NEARBY_SHAPES`), with its titles placed for the real canvas. Only where something
    drawn reaches beyond the rings (a title beside the map): else the rings are the map's size, and
    the search ranked by them."""
    best, best_sectors = found, sectors
    if found.cost <= _cost(found.bands, aspect, None) * 1.01:
        return found, sectors  # the titles in the ring's corners: the ranking by the rings holds
    for factor in NEARBY_SHAPES:
        near = aspect * factor
        near_sectors = _sectors(cells, near)
        other = _best_packing(case, cells, near_sectors, elb, near)
        boxes = {ELB_ID: Box(ELB_ID, -elb[0], -elb[1], elb[0], elb[1])}
        boxes |= {r.id: other.boxes[r.id] for r in case.resources}
        finished = _finish(case, boxes, other.bands, near_sectors, elb, aspect)
        other = dataclasses.replace(other, cost=_drawn_size(finished, aspect), finished=finished)
        if (other.blocked, other.cost) < (best.blocked, best.cost - 0.5):
            best, best_sectors = other, near_sectors
    return best, best_sectors


@dataclass(frozen=True)
class _Warm:
    """What the next edit's layout starts from: the shape, the kept lines, and what was placed."""

    shape: _Shape
    kept: tuple[_Kept, ...]
    blocked: int
    cost: float
    room: float
    #: cost and room of the last layout whose shape was searched anew: warm starts may not drift
    #: from it by more than :data:`WARM_GROWTH`
    base: tuple[float, float]
    #: resource id → (area, ring, drop hint) when this layout was made
    cells: dict[str, tuple[Category, int, tuple[float, float] | None]]
    #: how far each ring reached (what :class:`_Shown` keeps a ring's boxes in)
    bands: tuple[_Band, ...] = ()


#: A warm start keeps the last shape while the room the boxes need stays within these factors of
#: what that shape was chosen for, and the map grows at most this much more than that room does.
WARM_RANGE = (0.85, 1.2)
#: A map searched anew after an edit replaces the warm start's (every box the person did not touch
#: where it was) only with fewer lines through labels, or this much smaller: a few per cent of zoom
#: are not worth a picture in which everything moved.
WARM_GAIN = 0.9
WARM_GROWTH = 1.2


def _warm_packing(
    case: Case,
    cells: Cells,
    sectors: tuple[Sector, ...],
    elb: tuple[float, float],
    aspect: float,
    previous: MapLayout,
) -> _Packed | None:
    """The map after a small change, packed in the shape of ``previous`` with every resource that
    stayed in its cell aiming for its old place; ``None`` if that no longer fits well (then the
    shapes are searched anew).

    One packing (and a corridor round if a new line runs through a box) instead of dozens: an edit on
    the live map costs a few milliseconds, and what the person did not touch stays where it was.
    """
    warm = previous.warm
    if warm is None or abs(previous.aspect - aspect) > 1e-3 or not warm.bands:
        return None
    room = _room(cells, elb)
    if not WARM_RANGE[0] <= room / warm.base[1] <= WARM_RANGE[1]:
        return None
    titles = {cat: _title_size(cat, map_language(case), title_hints(case)) for cat in SECTOR_ORDER}
    aims: dict[str, tuple[float, float]] = {}
    for cat, rings in cells.items():
        for ring, items in rings.items():
            for it in items:
                if warm.cells.get(it.res_id) == (cat, ring, it.hint):
                    aims[it.res_id] = previous.positions[it.res_id]
    here = set(aims) | {ELB_ID}
    kept = [k for k in warm.kept if k.ends <= here]

    # what the person just dropped goes first (to the drop), then what stayed (to its old place);
    # what is new or came from another ring finds room among them
    def order(it: _Item) -> int:
        return 1 if it.res_id in aims else 0 if it.hint is not None else 2

    cells = {
        cat: {ring: sorted(items, key=order) for ring, items in rings.items()} for cat, rings in cells.items()
    }
    limit = warm.base[0] * math.sqrt(room / warm.base[1]) * WARM_GROWTH
    # first the rings the change touches alone (the rest as shown), then all rings packed anew —
    # but a small map whose boxes all stay as they were (only lines changed) goes the second way at
    # once: there a new line that runs through a box gets a corridor, the rings are packed around
    # it anyway, and trying the local way first doubled the work
    boxes_as_shown = len(aims) == len(case.resources) and all(
        abs(previous.boxes[it.res_id].x1 - previous.boxes[it.res_id].x0 - it.w) < 1e-6
        and abs(previous.boxes[it.res_id].y1 - previous.boxes[it.res_id].y0 - it.h) < 1e-6
        for rings in cells.values()
        for items in rings.values()
        for it in items
    )
    small = len(case.resources) <= CORRIDOR_LIMIT
    tries: tuple[_Shown | None, ...] = (
        (None,) if small and boxes_as_shown else (_Shown(previous, sectors, case), None)
    )
    best: _Packed | None = None
    for shown in tries:
        packed = _pack(cells, sectors, elb, warm.shape, kept, dict(aims), shown)
        if packed is None:
            continue
        # into the picture shown: first without packing again around the lines (only the repair),
        # so that what the person did not touch stays; with it where that leaves more lines blocked
        for corridors in (False, True) if shown is not None else (True,):
            found = _settle(
                case,
                cells,
                sectors,
                elb,
                warm.shape,
                packed,
                titles,
                aspect,
                list(kept),
                dict(aims),
                shown=shown,
                corridors=corridors,
            )
            if found.cost > limit:
                continue
            if found.blocked <= warm.blocked:
                return found
            if best is None or found.blocked < best.blocked:
                best = found
    # more lines through labels than before: the caller searches the shapes anew and keeps the better
    return best


def _count_blocked(case: Case, boxes: Mapping[str, Box]) -> int:
    grid = _Grid(boxes.values())
    centres = {k: b.centre for k, b in boxes.items()}
    return sum(1 for rel in case.relations if _route(grid, centres, rel.source, rel.target)[1])


class _PathHits:
    """For every line, how many boxes each of its ways crosses: the straight line and each curve of
    :data:`_CURVES` (as :func:`_routes` tests them: pieces of 12, boxes grown by 2 px, the line's own
    ends left out) — an array (lines, 1 + curves).

    :func:`_routes` follows from it: straight where that crosses nothing, else the first free curve,
    else the way crossing fewest (:meth:`routed`). A trial move of one or two boxes changes only the
    counts of those boxes (:meth:`moved`: their old places out, their new ones in; the lines that end
    at a moved box counted anew), instead of routing again every line near them: the repair of a
    packing tries a dozen moves, and at 60 lines routing again was most of the work of opening a case.
    """

    PAD = 2.0

    def __init__(self, relations: list[Any], boxes: Mapping[str, Box]) -> None:
        self.relations = relations
        self.ids = {k: i for i, k in enumerate(boxes)}
        ends = [(self.ids[r.source], self.ids[r.target]) for r in relations]
        self.ends = np.array(ends, dtype=int).reshape(-1, 2)
        self.paths = self._paths(relations, boxes, range(len(relations)))
        self.bounds = _segment_bounds(self.paths.reshape(-1, 4))
        self._reach: tuple[Any, ...] | None = None
        self._moved_ways: tuple[Any, Any] | None = None
        self.counts = self._count(self.paths, self.ends, boxes.values())

    @staticmethod
    def _paths(relations: list[Any], boxes: Mapping[str, Box], rows: Iterable[int]) -> Any:
        """The ways of the lines ``rows`` as segments: (lines, 1 + 12 × curves, 4)."""
        seg = np.array(
            [(*boxes[relations[i].source].centre, *boxes[relations[i].target].centre) for i in rows],
            dtype=float,
        ).reshape(-1, 4)
        pieces = _curve_pieces(seg, _CURVES, 12).reshape(len(seg), -1, 4)
        return np.concatenate((seg[:, None, :], pieces), axis=1)

    @classmethod
    def _hit(cls, paths: Any, boxes: Iterable[Box], bounds: Any = None) -> Any:
        """(lines, ways, boxes): which way of each line crosses which of ``boxes``."""
        pad = cls.PAD
        grown = np.array([(b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad) for b in boxes], dtype=float)
        n, m = paths.shape[0], len(grown)
        hit = _segments_hit_boxes(paths.reshape(-1, 4), grown.reshape(-1, 4), bounds)
        hit = hit.reshape(n, paths.shape[1], m)
        curves = hit[:, 1:, :].reshape(n, len(_CURVES), 12, m).any(axis=2)
        return np.concatenate((hit[:, :1, :], curves), axis=1)

    @classmethod
    def _count(cls, paths: Any, ends: Any, boxes: Iterable[Box]) -> Any:
        hit = cls._hit(paths, boxes)
        lines = np.arange(len(paths))
        hit[lines, :, ends[:, 0]] = False
        hit[lines, :, ends[:, 1]] = False
        return hit.sum(axis=2)

    def moved(
        self, boxes: Mapping[str, Box], trial: Mapping[str, Box], changed: Mapping[str, Box]
    ) -> _PathHits:
        """The counts with the ``changed`` boxes (in ``boxes`` before) where ``trial`` has them."""
        self._settle()
        out = copy.copy(self)
        moved = np.array([self.ids[k] for k in changed], dtype=int)
        own = np.flatnonzero(np.isin(self.ends, moved).any(axis=1))
        # the lines between unmoved boxes: the moved boxes' new places in, their old places out (a
        # moved box is never one of such a line's ends)
        touched = [*changed.values(), *(boxes[k] for k in changed)]
        counts = self.counts.copy()
        near = self._near(touched)
        if near.size:
            bounds = tuple(b.reshape(len(self.paths), -1)[near].ravel() for b in self.bounds)
            hit = self._hit(self.paths[near], touched, bounds)
            k = len(changed)
            counts[near] += hit[:, :, :k].sum(axis=2) - hit[:, :, k:].sum(axis=2)
        if own.size:  # a line with a moved end: its ways run elsewhere, counted anew
            ways = self._paths(self.relations, trial, own)
            counts[own] = self._count(ways, self.ends[own], trial.values())
            out._moved_ways = (own, ways)  # into the paths only if the trial is kept (most are not)
        out.counts = counts
        return out

    def _settle(self) -> None:
        """The ways of the lines with a moved end put in place (this is the trial kept)."""
        if self._moved_ways is None:
            return
        own, ways = self._moved_ways
        n = len(self.paths)
        self.paths = self.paths.copy()
        self.paths[own] = ways
        new = _segment_bounds(ways.reshape(-1, 4))  # (segment by segment: the same numbers)
        bounds = tuple(b.copy() for b in self.bounds)
        for whole, part in zip(bounds, new, strict=True):
            whole.reshape(n, -1)[own] = part.reshape(len(own), -1)
        self.bounds = bounds
        self._reach = None
        self._moved_ways = None

    def _near(self, boxes: list[Box]) -> Any:
        """The lines any of whose ways comes near one of ``boxes`` (their bounding boxes meet)."""
        if self._reach is None:  # how far each line's ways reach: least and most x and y
            n = len(self.paths)
            self._reach = tuple(
                f(b.reshape(n, -1), axis=1)
                for f, b in zip((np.min, np.max, np.min, np.max), self.bounds, strict=True)
            )
        x_lo, x_hi, y_lo, y_hi = self._reach
        pad = self.PAD
        grown = np.array([(b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad) for b in boxes], dtype=float)
        meets = (
            (x_lo[:, None] <= grown[None, :, 2])
            & (x_hi[:, None] >= grown[None, :, 0])
            & (y_lo[:, None] <= grown[None, :, 3])
            & (y_hi[:, None] >= grown[None, :, 1])
        )
        return np.flatnonzero(meets.any(axis=1))

    def blocked(self) -> int:
        """How many lines cross a box on every way."""
        return int((self.counts != 0).all(axis=1).sum())

    def routed(
        self, relations: list[Any], before: Mapping[str, tuple[tuple[str, float] | None, int]]
    ) -> dict[str, tuple[tuple[str, float] | None, int]]:
        """How each line runs (as :func:`_routes` says), from the counts."""
        out = dict(before)
        counts = self.counts
        free = counts == 0
        some = free.any(axis=1)
        first = free.argmax(axis=1)
        # no way free: the curve crossing fewest (the first of them), if fewer than the straight line
        fewest = counts[:, 1:].argmin(axis=1)
        for i, rel in enumerate(relations):
            if some[i]:
                k = int(first[i])
                out[rel.id] = (None if k == 0 else _CURVES[k - 1], 0)
            else:
                least = int(counts[i, 1 + fewest[i]])
                straight = int(counts[i, 0])
                out[rel.id] = (_CURVES[int(fewest[i])], least) if least < straight else (None, straight)
        return out


class _Repair:
    """Small moves after packing for the lines that still run through a box: swap one of its resources
    with another of the same area and ring, or shift the box in the way aside — kept only if fewer
    lines run through boxes afterwards and every box stays in its area and ring without touching
    another."""

    def __init__(
        self,
        case: Case,
        boxes: dict[str, Box],
        sectors: tuple[Sector, ...],
        cells: Cells,
        bands: list[_Band],
        elb: tuple[float, float],
        budget: int = REPAIR_BUDGET,
        routed: dict[str, tuple[tuple[str, float] | None, int]] | None = None,
    ) -> None:
        self.case, self.boxes = case, dict(boxes)
        self.trials, self.budget = 0, budget
        self.cell_of = {
            it.res_id: (cat, ring)
            for cat, rings in cells.items()
            for ring, its in rings.items()
            for it in its
        }
        self.sectors = {s.category: s for s in sectors}
        self.outer = {k: Box("", -b.left, -b.top, b.right, b.bottom) for k, b in enumerate(bands, start=1)}
        g = ELB_GAP - 1
        self.inner = {1: Box("", -elb[0] - g, -elb[1] - g, elb[0] + g, elb[1] + g)}
        for k, b in enumerate(bands[:2], start=2):
            g = RING_GAP - 1
            self.inner[k] = Box("", -b.left - g, -b.top - g, b.right + g, b.bottom + g)
        self.relations = list(case.relations)
        if routed is None:
            routed = _routes(self.relations, {k: b.centre for k, b in self.boxes.items()}, self.boxes)
        self.routed = routed
        self._hits: _PathHits | None = None
        self._table: tuple[dict[str, Box], list[str], Any] | None = None

    def blocked(self) -> list[Any]:
        """The lines that run through a box now."""
        return [rel for rel in self.relations if self.routed[rel.id][1]]

    def _reroute(self, trial: dict[str, Box], changed: Mapping[str, Box]) -> _PathHits:
        """How the lines run with ``trial`` (the boxes with ``changed`` in place): the count of boxes
        on each line's ways (:class:`_PathHits`; :meth:`_PathHits.routed` says how each runs)."""
        if self._hits is None:
            self._hits = _PathHits(self.relations, self.boxes)
        return self._hits.moved(self.boxes, trial, changed)

    def fits(self, box: Box, skip: tuple[str, ...]) -> bool:
        cat, ring = self.cell_of[box.node_id]
        sector = self.sectors[cat]
        if not all(sector.holds(math.atan2(y, x)) for x, y in _corners(box)):
            return False
        o = self.outer[ring]
        if box.x0 < o.x0 or box.y0 < o.y0 or box.x1 > o.x1 or box.y1 > o.y1 or box.overlaps(self.inner[ring]):
            return False
        # Box.overlaps(other, GAP) with every other box at once
        ids, rows = self._rows()
        touch = (
            (box.x0 < rows[:, 2] + GAP)
            & (rows[:, 0] < box.x1 + GAP)
            & (box.y0 < rows[:, 3] + GAP)
            & (rows[:, 1] < box.y1 + GAP)
        )
        return not any(ids[i] not in skip for i in np.flatnonzero(touch))

    def _rows(self) -> tuple[list[str], Any]:
        """The boxes now, as ids and rows (x0, y0, x1, y1)."""
        if self._table is None or self._table[0] is not self.boxes:
            rows = np.array([(b.x0, b.y0, b.x1, b.y1) for b in self.boxes.values()], dtype=float)
            self._table = (self.boxes, list(self.boxes), rows.reshape(-1, 4))
        return self._table[1], self._table[2]

    def run(self) -> dict[str, Box]:
        blocked = self.blocked()
        for _ in range(2):
            if not blocked:
                break
            for rel in list(blocked):
                if self.trials >= self.budget:
                    return self.boxes
                trial = self._swap(rel, len(blocked)) or self._shift(rel, len(blocked))
                if trial is not None:
                    self.boxes, self.routed, self._hits = trial
                    blocked = self.blocked()
        return self.boxes

    def _better(
        self, changed: dict[str, Box], count: int
    ) -> tuple[dict[str, Box], dict[str, Any], _PathHits] | None:
        """The boxes with ``changed`` in place and how every line runs then, if fewer lines run
        through boxes than ``count``."""
        if self.trials >= self.budget:
            return None
        self.trials += 1
        trial = {**self.boxes, **changed}
        hits = self._reroute(trial, changed)
        if hits.blocked() >= count:
            return None
        return trial, hits.routed(self.relations, self.routed), hits

    def _moved(self, box: Box, cx: float, cy: float) -> Box:
        hw, hh = (box.x1 - box.x0) / 2, (box.y1 - box.y0) / 2
        return Box(box.node_id, cx - hw, cy - hh, cx + hw, cy + hh)

    def _swap(self, rel: Any, count: int) -> tuple[dict[str, Box], dict[str, Any], _PathHits] | None:
        for end in (rel.source, rel.target):
            if end == ELB_ID:
                continue
            for other, where in self.cell_of.items():
                if other == end or where != self.cell_of[end]:
                    continue
                a, b = self.boxes[end], self.boxes[other]
                na, nb = self._moved(a, *b.centre), self._moved(b, *a.centre)
                if na.overlaps(nb, GAP) or not (self.fits(na, (end, other)) and self.fits(nb, (end, other))):
                    continue
                found = self._better({end: na, other: nb}, count)
                if found:
                    return found
        return None

    def _shift(self, rel: Any, count: int) -> tuple[dict[str, Box], dict[str, Any], _PathHits] | None:
        (fx, fy), (tx, ty) = self.boxes[rel.source].centre, self.boxes[rel.target].centre
        for node_id, box in self.boxes.items():
            if node_id in (rel.source, rel.target, ELB_ID) or not segment_hits_box(fx, fy, tx, ty, box, 2.0):
                continue
            # the line's reach over the box's rows (or columns): move the box just past it
            spans = []
            if abs(ty - fy) > 1e-9:
                for y in (box.y0 - LINE_PAD, box.y1 + LINE_PAD):
                    t = min(max((y - fy) / (ty - fy), 0.0), 1.0)
                    spans.append(fx + t * (tx - fx))
                lo, hi = min(spans), max(spans)
                shifts = [(hi + LINE_PAD - box.x0, 0.0), (lo - LINE_PAD - box.x1, 0.0)]
            else:
                shifts = []
            spans = []
            if abs(tx - fx) > 1e-9:
                for x in (box.x0 - LINE_PAD, box.x1 + LINE_PAD):
                    t = min(max((x - fx) / (tx - fx), 0.0), 1.0)
                    spans.append(fy + t * (ty - fy))
                lo, hi = min(spans), max(spans)
                shifts += [(0.0, hi + LINE_PAD - box.y0), (0.0, lo - LINE_PAD - box.y1)]
            for dx, dy in sorted(shifts, key=lambda d: abs(d[0]) + abs(d[1])):
                moved = Box(node_id, box.x0 + dx, box.y0 + dy, box.x1 + dx, box.y1 + dy)
                if self.fits(moved, (node_id,)):
                    found = self._better({node_id: moved}, count)
                    if found:
                        return found
        return None


# --- the whole map ----------------------------------------------------------------------------------

_CACHE: dict[tuple[Any, ...], MapLayout] = {}
_CACHE_SIZE = 8


#: The layout's part of the last few cases' lists, by the identity of their tuples (a case's lists
#: are tuples of frozen items, replaced on every change, never changed in place): each edit asked for
#: it twice (the layouts kept, the kept pictures' fingerprint), ~0.5 ms each at 200 resources.
_PARTS: dict[tuple[int, int], tuple[Any, Any, tuple[Any, ...], tuple[Any, ...]]] = {}
_PARTS_KEPT = 8


def _content_key(case: Case, aspect: float) -> tuple[Any, ...]:
    """Everything the layout depends on (not notes, origins, dates: an edit of those reuses it; the
    eLb's language is, as the titles and ring names carry its words)."""
    resources, relations = _content_parts(case)
    return case.alias, round(aspect, 3), resources, relations, map_language(case)


def _content_parts(case: Case) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """The resources' and the relations' part of :func:`_content_key` (the same tuples for the same
    lists, see :data:`_PARTS`)."""
    lists = case.resources, case.relations
    fixed = type(lists[0]) is tuple and type(lists[1]) is tuple  # a list could change in place
    ids = (id(lists[0]), id(lists[1]))
    kept = _PARTS.get(ids) if fixed else None
    if kept is not None and kept[0] is lists[0] and kept[1] is lists[1]:
        return kept[2], kept[3]
    resources = tuple(
        sorted(
            (
                r.id,
                r.label,
                r.role,
                r.category.value,
                r.ring,
                None if r.x is None else round(r.x),
                None if r.y is None else round(r.y),
            )
            for r in case.resources
        )
    )
    relations = tuple(sorted((r.id, r.source, r.target) for r in case.relations))
    if fixed:  # the lists themselves are held: their ids stay theirs while kept
        _PARTS.pop(ids, None)
        _PARTS[ids] = (lists[0], lists[1], resources, relations)
        while len(_PARTS) > _PARTS_KEPT:
            _PARTS.pop(next(iter(_PARTS)), None)
    return resources, relations


def compute_layout(
    case: Case,
    aspect: float = DEFAULT_ASPECT,
    *,
    thorough: bool = False,
    previous: MapLayout | None = None,
    anew: bool = False,
) -> MapLayout:
    """The whole map for a canvas of ``aspect`` (width / height); deterministic for the same case.
    ``anew``: searched afresh even where a picture grown from ``previous`` is kept for this content.

    ``thorough`` tries many more shapes (for paper, where a second is fine and every point of type
    counts). ``previous``: the layout shown before a small change (the live map passes it): the change
    is packed into that layout's shape, what stayed in its ring and area aims for its old place, and
    the shapes are searched anew only when that no longer fits well. The last few results are kept:
    an edit that does not move anything (a note, an origin) costs nothing here, and an undo gets back
    the picture it had.
    """
    aspect = min(max(float(aspect), 0.6), 3.5)
    key = (*_content_key(case, aspect), thorough)
    found = None if anew else _CACHE.get(key)
    if found is None:
        found = _compute(case, aspect, thorough, None if thorough or anew else previous)
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = found
    return found


def most_zoom(case: Case, width: float, height: float, *, enough: float = _INF) -> float:
    """At most how large (screen pixels per map pixel) the whole map laid out for a ``width`` ×
    ``height`` canvas can be shown in it — known before the map is laid out.

    The rings of every shape :func:`compute_layout` tries, packed without lines: what the layout
    adds to a packing (the area titles, the rings on whole steps, repairs of lines through labels)
    makes the map larger, so the best of these zooms is an estimate from above — nearly: packing
    again around the lines kept free can tighten a packing a little (over 412 cases and canvases at
    most 0.5 % below the layout's own zoom; callers keep a margin). It costs the packings alone (at
    60 resources about a tenth of a layout): a side panel can decide to fold away (and the map be
    laid out once, for the room it will have). Stops at the first shape that reaches ``enough``;
    ``inf`` where no shape fits (the layout then widens them: nothing known).

    >>> from beratungskit.demo import demo_case
    >>> case = demo_case()
    >>> e = compute_layout(case, 770 / 664).extent   # laid out: its labels on screen (px) …
    >>> round(FONT_SIZE * min(770 / (e.x1 - e.x0), 664 / (e.y1 - e.y0)), 1)
    14.7
    >>> round(FONT_SIZE * most_zoom(case, 770, 664), 1)   # … and the estimate from above
    16.1
    """
    aspect = min(max(width / height, 0.6), 3.5)
    _lines, elb_hw, elb_hh = elb_size(case.alias)
    cells = _items(case)
    sectors = _sectors(cells, aspect)
    best = 0.0
    for shape in _shapes(cells, aspect, (elb_hw, elb_hh)):
        packed = _pack(cells, sectors, (elb_hw, elb_hh), shape, [])
        if packed is None:
            continue
        outer = packed[1][-1]
        zoom = min(
            width / (outer.left + outer.right + RING_GAP), height / (outer.top + outer.bottom + RING_GAP)
        )
        best = max(best, zoom)
        if best >= enough:
            break
    return best or _INF


def _compute(
    case: Case, aspect: float, thorough: bool = False, previous: MapLayout | None = None
) -> MapLayout:
    lang = map_language(case)
    if previous is not None and (previous.lang != lang or previous.title_hints != title_hints(case)):
        previous = None  # titles and ring names of another size: laid out afresh
    elb_lines, elb_hw, elb_hh = elb_size(case.alias)
    elb_box = Box(ELB_ID, -elb_hw, -elb_hh, elb_hw, elb_hh)
    cells = _items(case)
    sectors = _sectors(cells, aspect)
    elb = (elb_hw, elb_hh)
    packed = None
    if previous is not None:
        # the area lines as shown first whatever the room the areas need now: every box shown
        # already lies in its area, only what is new or changed must find a place in its own
        # (the areas' shares follow the room again when the map is searched anew)
        # — from a map of SECTORS_KEPT_FROM resources on: a map nearly empty still gives each area
        # the room it needs (a few boxes to follow, and the first resources shape the map)
        near = _sectors_near(sectors, previous.sectors)
        keep_lines = near or len(previous.positions) - 1 >= SECTORS_KEPT_FROM
        for shown in (previous.sectors, sectors) if keep_lines else (sectors,):
            packed = _warm_packing(case, cells, shown, elb, aspect, previous)
            if packed is not None:
                sectors = shown
                break
            if near:
                break
    room = _room(cells, elb)
    if packed is not None and previous is not None and previous.warm is not None:
        base = previous.warm.base
    if packed is None or (previous is not None and previous.warm and packed.blocked > previous.warm.blocked):
        # searched anew; after an edit on the live map a shorter search (the edit must stay quick),
        # and the warm start's packing if that has fewer lines through labels after all
        fresh = _sectors(cells, aspect)
        again = _best_packing(case, cells, fresh, elb, aspect, thorough, 6 if packed is None else 3)
        if (
            packed is not None
            and previous is not None
            and previous.warm
            and again.blocked > previous.warm.blocked
        ):
            # still a line through a label that the picture before did not have: the whole search
            again = _best_packing(case, cells, fresh, elb, aspect, thorough, 6)
        if packed is None and not thorough and len(case.resources) <= CORRIDOR_LIMIT:
            again, fresh = _nearby_shapes(case, cells, elb, aspect, again, fresh)
        if (
            packed is None
            or again.blocked < packed.blocked
            or (again.blocked == packed.blocked and again.cost < packed.cost * WARM_GAIN)
        ):
            packed = again
            sectors = fresh
            base = (packed.cost, room)
    boxes, bands = packed.boxes, packed.bands
    warm = _Warm(
        packed.shape,
        packed.kept,
        packed.blocked,
        packed.cost,
        room,
        base,
        {
            it.res_id: (cat, ring, it.hint)
            for cat, rings in cells.items()
            for ring, its in rings.items()
            for it in its
        },
        tuple(bands),
    )
    boxes = {ELB_ID: elb_box, **{r.id: boxes[r.id] for r in case.resources}}
    lines = {ELB_ID: tuple(elb_lines)}
    for by_ring in cells.values():
        for items in by_ring.values():
            for it in items:
                lines[it.res_id] = it.lines
    # the picture shown at this canvas shape: its titles and ring names stay while their places are free
    picture = previous if previous is not None and abs(previous.aspect - round(aspect, 4)) <= 1e-3 else None
    done = packed.finished
    if done is None or done.boxes != boxes:
        done = _finish(case, boxes, bands, sectors, elb, aspect, picture)
    for _ in range(len(bands)):
        positions, routes, crossings, rings, inner, titles = (
            done.positions,
            done.routes,
            done.crossings,
            done.rings,
            done.inner,
            done.titles,
        )
        if done.bare is not None:  # (its boxes are these)
            drawn = done.bare.with_titles(titles)
        else:
            drawn = _Drawn(boxes, positions, routes, case, sectors, inner, rings[-1], titles)
        kept = _ring_names_kept(picture, sectors, rings, titles, drawn) if picture is not None else None
        ring_lines: tuple[RingLine, ...]
        if kept is not None:
            ring_lines = kept
        else:
            named: list[RingLine] = []
            for k, ring in enumerate(rings, start=1):  # each name clear of the names placed before it
                inside = rings[k - 2] if k > 1 else (inner.x0, inner.y0, inner.x1, inner.y1, 0.0)
                named.append(
                    _named(ring, k, drawn.with_blocks([b for r in named for b in r.name_boxes]), inside)
                )
            ring_lines = tuple(named)
        # a ring whose name found no place clear of the boxes: room made for it on its top line
        crowded = next(
            (r for r in ring_lines if not drawn.without_lines().still_free(list(r.name_boxes))), None
        )
        if crowded is None or crowded.closeness == len(bands):
            break
        roomy = _room_for_name(boxes, bands, crowded)
        if roomy is None:
            break
        boxes, bands = roomy
        done = _finish(case, boxes, bands, sectors, elb, aspect, None)
    extent = Box("extent", *rings[-1][:4])
    for box in itertools.chain(
        boxes.values(), (t.box for t in titles), (b for r in ring_lines for b in r.name_boxes)
    ):
        extent = extent.union(box)
    return MapLayout(
        positions=positions,
        boxes=boxes,
        lines=lines,
        aspect=round(aspect, 4),
        rings=(ring_lines[0], ring_lines[1], ring_lines[2]),
        sectors=sectors,
        inner=inner,
        titles=titles,
        extent=Box("extent", extent.x0, extent.y0, extent.x1, extent.y1),
        crossings=crossings,
        routes=routes,
        warm=warm,
        lang=lang,
        title_hints=title_hints(case),
    )


def _room_for_name(
    boxes: Mapping[str, Box], bands: list[_Band], crowded: RingLine
) -> tuple[dict[str, Box], list[_Band]] | None:
    """The boxes and rings with room for ``crowded``'s name on its top line: the line moved out by
    what the name needs below it, everything beyond moved away from the centre (the boxes' centres
    scaled, so each stays in its area) until it keeps clear of the name above the line.

    A sparse map's inner ring hugs its few boxes, and the ring outside hugs it: in Ukrainian at 6
    and 7 resources on the joint screen (770 × 654, form open) the boxes of rings 1 and 2 were 16 px
    apart above and below ring 1's line, and its name in two languages (47 px high) found no place
    but on four boxes. ``None`` where no box lies above the line (the name's room is not the line)."""
    k = crowded.closeness
    name = crowded.label_box
    half_h = (name.y1 - name.y0) / 2
    band = bands[k - 1]
    # the line where the name keeps 3 px off the boxes under it (as the search wants it)
    top = max(band.top, band.top + half_h + 3 + RING_STEP - RING_GAP / 2)
    line = top + RING_GAP / 2 + RING_STEP  # at most this far out, on whole steps
    need = line + half_h + 3 + 1  # the boxes beyond: their inner edges at least this far out
    beyond = [node_id for b in bands[k:] for node_id in b.ids]
    over = [
        boxes[i]
        for i in beyond
        if boxes[i].x1 > crowded.x0 and boxes[i].x0 < crowded.x1 and boxes[i].y1 <= crowded.y0
    ]
    if not over:
        return None
    scale = max(1.0, *((need + (b.y1 - b.y0) / 2) / -b.centre[1] for b in over))
    moved = dict(boxes)
    for i in beyond:
        b = boxes[i]
        (cx, cy), hw, hh = b.centre, (b.x1 - b.x0) / 2, (b.y1 - b.y0) / 2
        moved[i] = Box(i, cx * scale - hw, cy * scale - hh, cx * scale + hw, cy * scale + hh)
    grown = [
        *bands[: k - 1],
        dataclasses.replace(band, top=top),
        *(
            dataclasses.replace(
                b, left=b.left * scale, top=b.top * scale, right=b.right * scale, bottom=b.bottom * scale
            )
            for b in bands[k:]
        ),
    ]
    return moved, grown


@dataclass(frozen=True)
class _Finished:
    """Everything drawn around the boxes: positions, lines, rings, the edge around the eLb, titles."""

    boxes: Mapping[str, Box]
    positions: dict[str, tuple[float, float]]
    routes: dict[str, tuple[str, float] | None]
    crossings: int
    rings: list[_Rect]
    inner: Box
    titles: tuple[AreaTitle, ...]
    #: what the ring names must keep clear of, but the titles
    bare: _Drawn | None = None


def _finish(
    case: Case,
    boxes: Mapping[str, Box],
    bands: list[_Band],
    sectors: tuple[Sector, ...],
    elb: tuple[float, float],
    aspect: float,
    shown: MapLayout | None = None,
) -> _Finished:
    """Everything drawn around the boxes (the eLb's among them): positions, how each line runs, how
    many still cross a label, the ring lines, the edge around the eLb and the area titles.

    ``shown``: the picture before a small change; where its rings and areas are the same, its area
    titles stay where they were while their places stay free (they are not looked for again)."""
    positions = {k: (round(b.centre[0], 1), round(b.centre[1], 1)) for k, b in boxes.items()}
    positions[ELB_ID] = (0.0, 0.0)
    # lines: straight where they run free, else curved around the boxes
    curves = _CURVES if len(case.resources) <= CORRIDOR_LIMIT else []
    routed = _routes(case.relations, positions, boxes, curves)
    routes = {k: route for k, (route, _) in routed.items()}
    crossings = sum(1 for _, hits in routed.values() if hits)
    rings = _ring_shapes(bands, boxes)
    g = ELB_GAP / 2
    inner = Box("inner", -elb[0] - g, -elb[1] - g, elb[0] + g, elb[1] + g)
    bare = _Drawn(boxes, positions, routes, case, sectors, inner, rings[-1], ())
    titles = _titles_kept(shown, sectors, rings, bare) if shown is not None else None
    if titles is None:
        titles = _titles(sectors, rings, aspect, bare)
    return _Finished(boxes, positions, routes, crossings, rings, inner, titles, bare)


def _same_frame(shown: MapLayout, sectors: tuple[Sector, ...], rings: list[_Rect]) -> bool:
    """Whether the rings and areas are drawn as in ``shown``."""
    return shown.sectors == sectors and [(r.x0, r.y0, r.x1, r.y1, r.r) for r in shown.rings] == rings


def _titles_kept(
    shown: MapLayout, sectors: tuple[Sector, ...], rings: list[_Rect], bare: _Drawn
) -> tuple[AreaTitle, ...] | None:
    """The area titles as ``shown``, if the rings and areas are the same and every title inside the
    outer ring still keeps clear of the boxes and lines (as :func:`_title_inside` wants it); else
    ``None``."""
    if not _same_frame(shown, sectors, rings):
        return None
    outer = shown.rings[-1]
    inside = [t.box for t in shown.titles if all(outer.holds(x, y) for x, y in _corners(t.box))]
    return shown.titles if bare.still_free(inside, 4.0) else None


def _drawn_size(finished: _Finished, aspect: float) -> float:
    """The map's size in the canvas's terms as it will be drawn: rings, boxes and the area titles
    where they go (inside the outer ring's corners where those are free)."""
    x0, y0, x1, y1, _ = finished.rings[-1]
    extent = Box("extent", x0, y0, x1, y1)
    for box in itertools.chain(finished.boxes.values(), (t.box for t in finished.titles)):
        extent = extent.union(box)
    return max((extent.x1 - extent.x0) / aspect, extent.y1 - extent.y0)


#: Ring lines lie on multiples of this many map pixels (at most this much further out).
RING_STEP = 4.0
#: Largest corner radius of a ring line.
MAX_CORNER = 70.0


_Rect = tuple[float, float, float, float, float]  # x0, y0, x1, y1, corner radius


def _ring_shapes(bands: list[_Band], boxes: Mapping[str, Box]) -> list[_Rect]:
    """Each ring line: in the gap outside its ring, with corners as round as the boxes in them allow."""
    out = []
    step = RING_STEP
    for band in bands:
        half = RING_GAP / 2
        # on a whole step outward: a box moved by a few pixels does not move the ring line with it
        x0, y0 = -math.ceil((band.left + half) / step) * step, -math.ceil((band.top + half) / step) * step
        x1, y1 = math.ceil((band.right + half) / step) * step, math.ceil((band.bottom + half) / step) * step
        r = min(MAX_CORNER, (x1 - x0) / 2, (y1 - y0) / 2)
        corners = np.array([c for node_id in band.ids for c in _corners(boxes[node_id])], dtype=float)
        while r > 4 and not _all_in_rounded(corners.reshape(-1, 2), x0, y0, x1, y1, r, 3.0):
            r -= 4
        out.append((round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1), round(max(r, 4.0), 1)))
    return out


def _corners(box: Box) -> tuple[tuple[float, float], ...]:
    return ((box.x0, box.y0), (box.x1, box.y0), (box.x0, box.y1), (box.x1, box.y1))


def _titles(
    sectors: tuple[Sector, ...], rings: list[_Rect], aspect: float, drawn: _Drawn
) -> tuple[AreaTitle, ...]:
    """Each area's title at a corner of its area (or the middle of its edge): inside the outer ring
    where that corner is free of boxes and lines (as on a paper Netzwerkkarte; the map then takes
    no room for it), else outside it — above and below the map, or beside it, whichever leaves the
    map larger on the canvas."""
    outer = rings[-1]
    x0, y0, x1, y1, _ = outer
    hints = title_hints(drawn.case)
    sizes = {s.category: _title_size(s.category, map_language(drawn.case), hints) for s in sectors}
    corners = [(x1, y0), (x1, y1), (x0, y1), (x0, y0)]
    points = {}
    for sector in sectors:
        inside = [c for c in corners if sector.holds(math.atan2(c[1], c[0]))]
        if inside:
            points[sector.category] = min(
                inside, key=lambda c: abs(_norm(math.atan2(c[1], c[0])) - sector.mid)
            )
        else:
            points[sector.category] = _ray_end(x0, y0, x1, y1, 0.0, sector.mid)
    within: dict[Category, Box] = {}
    for sector in sectors:
        box = _title_inside(*points[sector.category], *sizes[sector.category], rings, sector, drawn)
        if box is not None and not any(box.overlaps(other, TITLE_GAP) for other in within.values()):
            within[sector.category] = box
    options = []
    for beside in (False, True):
        placed: list[AreaTitle] = []
        for sector in sectors:
            w, h = sizes[sector.category]
            px, py = points[sector.category]
            box = within.get(sector.category) or _title_box(px, py, w, h, outer, beside)
            while any(box.overlaps(o.box, TITLE_GAP) for o in placed):  # two titles on one edge
                dy = h + TITLE_GAP if py > 0 else -(h + TITLE_GAP)
                box = Box(box.node_id, box.x0, box.y0 + dy, box.x1, box.y1 + dy)
            right = px > 0 if sector.category in within else abs(box.x1 - x1) < 1e-6 or box.x1 <= x0 + 1e-6
            left = px < 0 if sector.category in within else abs(box.x0 - x0) < 1e-6 or box.x0 >= x1 - 1e-6
            align = "right" if right else "left" if left else "center"
            x = box.x0 if align == "left" else box.x1 if align == "right" else (box.x0 + box.x1) / 2
            placed.append(AreaTitle(sector.category, round(x, 1), round(box.y0, 1), align, box))
        ext = Box("", x0, y0, x1, y1)
        for title in placed:
            ext = ext.union(title.box)
        options.append((max((ext.x1 - ext.x0) / aspect, ext.y1 - ext.y0), beside, tuple(placed)))
    return min(options, key=lambda o: (o[0], o[1]))[2]


def _title_inside(
    px: float, py: float, w: float, h: float, rings: list[_Rect], sector: Sector, drawn: _Drawn
) -> Box | None:
    """The title's box inside the outer ring near its corner (px, py) — in the corner, or moved along
    the top or bottom edge, or the side, toward the middle — where it keeps clear of the boxes, the
    lines, the ring inside and the area's borders; ``None`` if there is no such place."""
    x0, y0, x1, y1, r = rings[-1]
    if not ((abs(px - x0) < 1e-6 or abs(px - x1) < 1e-6) and (abs(py - y0) < 1e-6 or abs(py - y1) < 1e-6)):
        return None  # the middle of an edge: outside
    inset = r * (1 - math.sqrt(0.5)) + 6.0
    left = x0 + inset if px < 0 else x1 - inset - w
    top = y0 + inset if py < 0 else y1 - inset - h
    sx = 1.0 if px < 0 else -1.0  # toward the middle
    sy = 1.0 if py < 0 else -1.0
    step = 16.0
    # the shifts along the edge, then along the side: as arrays (at 200 resources a big map has
    # over a hundred), made into boxes only where they are clear of the boxes and lines
    along = np.arange(int((x1 - x0) / 2 / step)) * step * sx
    down = np.arange(1, int((y1 - y0) / 2 / step)) * step * sy
    bx0 = left + np.concatenate([along, np.zeros(len(down))])
    by0 = top + np.concatenate([np.zeros(len(along)), down])
    bx1, by1 = bx0 + w, by0 + h
    grown = np.stack([bx0 - 4, by0 - 4, bx1 + 4, by1 + 4], axis=1)
    clear = ~_boxes_overlap(grown, drawn.blocks).any(axis=1) if len(drawn.blocks) else np.ones(len(bx0), bool)
    fitting = [  # nearest the corner first
        Box("title", float(bx0[i]), float(by0[i]), float(bx1[i]), float(by1[i]))
        for i in np.flatnonzero(clear)
    ]
    if fitting:
        # points along each box's edge: inside the outer ring, outside the ring inside (all at once)
        b = np.array([(c.x0, c.y0, c.x1, c.y1) for c in fitting], dtype=float)
        k9, k5 = np.arange(9) / 8, np.arange(5) / 4
        w, h = b[:, 2:3] - b[:, 0:1], b[:, 3:4] - b[:, 1:2]
        xs = np.concatenate([np.repeat(b[:, 0:1] + w * k9, 2, axis=1), np.tile(b[:, [0, 2]], 5)], axis=1)
        ys = np.concatenate([np.tile(b[:, [1, 3]], 9), np.repeat(b[:, 1:2] + h * k5, 2, axis=1)], axis=1)
        inside = _in_rounded_many(xs, ys, *rings[-1], 3.0).all(axis=1)
        inside &= ~_in_rounded_many(xs, ys, *rings[-2], -RING_GAP / 4).any(axis=1)
        fitting = [
            box
            for box, ok in zip(fitting, inside, strict=True)
            if ok and all(sector.holds(math.atan2(y, x)) for x, y in _corners(box))
        ]
    for start in range(0, len(fitting), 8):
        candidates = fitting[start : start + 8]
        found = drawn.first_free([Box("t", c.x0 - 4, c.y0 - 4, c.x1 + 4, c.y1 + 4) for c in candidates])
        if found is not None:
            return candidates[found]
    return None


def _title_box(px: float, py: float, w: float, h: float, outer: _Rect, beside: bool) -> Box:
    """The title's box at the edge point (px, py) of the outer ring: outside it, within the map's width."""
    x0, y0, x1, y1, _ = outer
    on_side = (abs(px - x0) < 1e-6 or abs(px - x1) < 1e-6) and y0 + 1e-6 < py < y1 - 1e-6
    if beside or on_side:
        left = px + TITLE_GAP if px > 0 else px - TITLE_GAP - w
        top = y0 if py < 0 else y1 - h
        if on_side and not beside:
            top = py - h / 2
        return Box("title", left, top, left + w, top + h)
    top = y0 - TITLE_GAP - h if py < 0 else y1 + TITLE_GAP
    if abs(px - x0) < 1e-6:  # a corner: flush with the map's side
        left = x0
    elif abs(px - x1) < 1e-6:
        left = x1 - w
    else:
        left = min(max(px - w / 2, x0), x1 - w)
    return Box("title", left, top, left + w, top + h)


@dataclass
class _Drawn:
    """What a ring's name must keep clear of."""

    boxes: Mapping[str, Box]
    positions: Mapping[str, tuple[float, float]]
    routes: Mapping[str, tuple[str, float] | None]
    case: Case
    sectors: tuple[Sector, ...]
    inner: Box
    outer: _Rect
    titles: tuple[AreaTitle, ...]

    def __post_init__(self) -> None:
        segments: list[tuple[float, float, float, float]] = []
        for rel in self.case.relations:
            (fx, fy), (tx, ty) = self.positions[rel.source], self.positions[rel.target]
            points = line_points(fx, fy, tx, ty, self.routes.get(rel.id), 12)
            segments += [(*a, *b) for a, b in itertools.pairwise(points)]
        for sector in self.sectors:
            segments.append((0.0, 0.0, *_ray_end(*self.outer, sector.start)))
        self.segments = np.array(segments, dtype=float).reshape(-1, 4)
        seg = self.segments
        self.seg_boxes = np.stack(
            [
                np.minimum(seg[:, 0], seg[:, 2]),
                np.minimum(seg[:, 1], seg[:, 3]),
                np.maximum(seg[:, 0], seg[:, 2]),
                np.maximum(seg[:, 1], seg[:, 3]),
            ],
            axis=1,
        )
        blocks = [*((b.x0, b.y0, b.x1, b.y1) for b in self.boxes.values())]
        blocks += [(t.box.x0, t.box.y0, t.box.x1, t.box.y1) for t in self.titles]
        self.blocks = np.array(blocks, dtype=float).reshape(-1, 4)

    def with_titles(self, titles: tuple[AreaTitle, ...]) -> _Drawn:
        """The same with the area titles placed (its lines not collected again)."""
        out = self.with_blocks([t.box for t in titles])
        out.titles = titles
        return out

    def without_lines(self) -> _Drawn:
        """The same without its lines: only the boxes and titles to keep clear of."""
        out = copy.copy(self)
        out.segments = np.zeros((0, 4))
        out.seg_boxes = np.zeros((0, 4))
        return out

    def with_blocks(self, boxes: list[Box]) -> _Drawn:
        """The same with more boxes to keep clear of (its lines not collected again)."""
        if not boxes:
            return self
        out = copy.copy(self)
        extra = np.array([(b.x0, b.y0, b.x1, b.y1) for b in boxes], dtype=float)
        out.blocks = np.concatenate((self.blocks, extra.reshape(-1, 4)))
        return out

    def still_free(self, spots: list[Box], pad: float = 0.0) -> bool:
        """Whether every one of ``spots`` (grown by ``pad``) keeps clear of every box, title and line."""
        if not spots:
            return True
        rows = np.array([(b.x0 - pad, b.y0 - pad, b.x1 + pad, b.y1 + pad) for b in spots], dtype=float)
        grown = rows + np.array([-3.0, -3.0, 3.0, 3.0])
        if _boxes_overlap(grown, self.blocks).any():
            return False
        near = _boxes_overlap(self.seg_boxes, grown).any(axis=1) if len(self.segments) else None
        return near is None or not near.any() or not _segments_hit_boxes(self.segments[near], grown).any()

    def first_free(self, spots: list[Box]) -> int | None:
        """The index of the first of ``spots`` that keeps clear of every box, title and line."""
        if not spots:
            return None
        return self.first_free_of(np.array([(b.x0, b.y0, b.x1, b.y1) for b in spots], dtype=float))

    def first_free_of(self, spots: Any) -> int | None:
        """:meth:`first_free` for spots as rows (x0, y0, x1, y1) of an array."""
        if not len(spots):
            return None
        grown = spots + np.array([-3.0, -3.0, 3.0, 3.0])
        seg, seg_box = self.segments, self.seg_boxes
        for start in range(0, len(spots), 32):  # the first free one is usually among the first few
            chunk = grown[start : start + 32]
            taken = _boxes_overlap(chunk, self.blocks).any(axis=1)
            near = _boxes_overlap(seg_box, chunk).any(axis=1) if len(seg) else np.zeros(0, dtype=bool)
            if near.any():
                taken |= _segments_hit_boxes(seg[near], chunk).any(axis=0)
            free = np.flatnonzero(~taken)
            if free.size:
                return start + int(free[0])
        return None


def _boxes_overlap(a: Any, b: Any) -> Any:
    """(len(a), len(b)) booleans: which boxes of ``a`` overlap which of ``b`` (rows x0, y0, x1, y1)."""
    return (
        (a[:, None, 0] < b[None, :, 2])
        & (b[None, :, 0] < a[:, None, 2])
        & (a[:, None, 1] < b[None, :, 3])
        & (b[None, :, 1] < a[:, None, 3])
    )


def _segment_bounds(seg: Any) -> tuple[Any, Any, Any, Any]:
    """The bounding boxes of segments (rows ax, ay, bx, by): their least and most x and y."""
    ax, ay, bx, by = seg[:, 0], seg[:, 1], seg[:, 2], seg[:, 3]
    return np.minimum(ax, bx), np.maximum(ax, bx), np.minimum(ay, by), np.maximum(ay, by)


#: From this many segment-box pairs on, :func:`_segments_hit_boxes` finds the pairs whose bounding
#: boxes meet by a sweep along x (:func:`_near_pairs`) instead of comparing every pair — where the
#: segments are many short pieces (curves, at least four per box): long straight lines from the
#: eLb (200 lines, 201 boxes) meet boxes all along the x axis, and the sweep was slower there.
_SWEEP_PAIRS = 20_000


def _near_pairs(x_lo: Any, x_hi: Any, y_lo: Any, y_hi: Any, boxes: Any) -> tuple[Any, Any]:
    """The pairs (segment i, box j) whose bounding boxes meet (as :func:`_segments_hit_boxes` tests
    them): for each segment only the boxes whose left edge lies between its left end less the
    widest box (and a pixel more) and its right end — the others cannot meet it."""
    order = np.argsort(boxes[:, 0], kind="stable")
    left = boxes[order, 0]
    widest = float((boxes[:, 2] - boxes[:, 0]).max()) + 1.0
    first = np.searchsorted(left, x_lo - widest, side="left")
    last = np.searchsorted(left, x_hi, side="right")
    count = np.maximum(last - first, 0)
    total = int(count.sum())
    i = np.repeat(np.arange(len(x_lo)), count)
    start = np.repeat(first - (np.cumsum(count) - count), count)
    j = order[start + np.arange(total)]
    meet = (
        (x_lo[i] <= boxes[j, 2])
        & (x_hi[i] >= boxes[j, 0])
        & (y_lo[i] <= boxes[j, 3])
        & (y_hi[i] >= boxes[j, 1])
    )
    return i[meet], j[meet]


def _segments_hit_boxes(seg: Any, boxes: Any, bounds: tuple[Any, Any, Any, Any] | None = None) -> Any:
    """(len(seg), len(boxes)) booleans: which segments (rows ax, ay, bx, by) run through which boxes
    (rows x0, y0, x1, y1) — :func:`segment_hits_box` for all pairs at once. Only the pairs whose
    bounding boxes meet are tested exactly (most are far apart). ``bounds``: the segments'
    :func:`_segment_bounds`, where they are known."""
    ax, ay, bx, by = seg[:, 0], seg[:, 1], seg[:, 2], seg[:, 3]
    x_lo, x_hi, y_lo, y_hi = bounds if bounds is not None else _segment_bounds(seg)
    if len(seg) * len(boxes) < _SWEEP_PAIRS or len(seg) < 4 * len(boxes):
        near = (
            (x_lo[:, None] <= boxes[None, :, 2])
            & (x_hi[:, None] >= boxes[None, :, 0])
            & (y_lo[:, None] <= boxes[None, :, 3])
            & (y_hi[:, None] >= boxes[None, :, 1])
        )
        i, j = np.nonzero(near)
    else:  # many pairs: the same pairs, found among the boxes sorted by their left edge
        near = np.zeros((len(seg), len(boxes)), dtype=bool)
        i, j = _near_pairs(x_lo, x_hi, y_lo, y_hi, boxes)
    if not i.size:
        return near
    t0 = np.zeros(i.size)
    t1 = np.ones(i.size)
    miss = np.zeros(i.size, dtype=bool)
    for a, d, lo, hi in (
        (ax[i], bx[i] - ax[i], boxes[j, 0], boxes[j, 2]),
        (ay[i], by[i] - ay[i], boxes[j, 1], boxes[j, 3]),
    ):
        flat = np.abs(d) < 1e-12
        safe = np.where(flat, 1.0, d)
        ta, tb = (lo - a) / safe, (hi - a) / safe
        t0 = np.where(flat, t0, np.maximum(t0, np.minimum(ta, tb)))
        t1 = np.where(flat, t1, np.minimum(t1, np.maximum(ta, tb)))
        miss |= flat & ((a < lo) | (a > hi))
    near[i, j] = ~miss & (t0 < t1)
    return near


def _ring_names_kept(
    shown: MapLayout,
    sectors: tuple[Sector, ...],
    rings: list[_Rect],
    titles: tuple[AreaTitle, ...],
    drawn: _Drawn,
) -> tuple[RingLine, ...] | None:
    """The rings with their names as ``shown``, if the rings, areas and titles are the same and
    every name still keeps clear of the boxes, titles and lines; else ``None``."""
    if titles != shown.titles or not _same_frame(shown, sectors, rings):
        return None
    return shown.rings if drawn.still_free([b for r in shown.rings for b in r.name_boxes]) else None


#: The last search for each ring's name (ring and text → spots searched, the index found, and for
#: each spot before it — every spot when none was free — one box or line piece that covers it). A map
#: too full for a ring's name (at 200 resources the inner ring has no free spot) searched every spot
#: anew at every edit (~3 ms at 200, for the same answer): while each of those boxes and pieces is
#: still drawn, the spots before are still taken and only the rest is searched. The answer is the
#: search's own, whatever changed.
_NAME_SEARCHES: dict[tuple[Any, ...], tuple[Any, int | None, Any, Any]] = {}
_NAME_SEARCHES_KEPT = 12
#: A search that found a free spot among the first this many is not kept: finding what covers them
#: costs about as much as the search, and where names find room (at 15 resources) the names shown
#: mostly stay and it would be work for nothing.
_NAME_SPOTS_WORTH_KEEPING = 128
#: Spots tested against the drawing by :func:`_first_free_name_spot` (for the tests: work per edit).
name_spots_searched = 0


def _first_free_name_spot(key: tuple[Any, ...], rects: Any, drawn: _Drawn) -> int | None:
    """:meth:`_Drawn.first_free_of` for a ring name's spots (rows x0, y0, x1, y1), searching again
    only the spots not known to be still taken (see :data:`_NAME_SEARCHES`)."""
    global name_spots_searched
    start = 0
    kept = _NAME_SEARCHES.get(key)
    if kept is not None and kept[0].shape == rects.shape and np.array_equal(kept[0], rects):
        covers, by_block = kept[2], kept[3]
        if _all_present(covers[by_block], drawn.blocks) and _all_present(covers[~by_block], drawn.segments):
            start = len(covers)
    rest = drawn.first_free_of(rects[start:]) if start < len(rects) else None
    name_spots_searched += len(rects) - start if rest is None else rest + 1
    found = None if rest is None else start + rest
    end = len(rects) if found is None else found
    _NAME_SEARCHES.pop(key, None)
    if end < _NAME_SPOTS_WORTH_KEEPING:  # a short search: done again next time, nothing kept
        return found
    found_covers = _covers(rects[start:end], drawn)  # the spots before start: as kept
    if found_covers is None:
        return found
    covers, by_block = found_covers
    if start:
        covers = np.concatenate((kept[2], covers))  # type: ignore[index]
        by_block = np.concatenate((kept[3], by_block))  # type: ignore[index]
    _NAME_SEARCHES[key] = (rects, found, covers, by_block)
    while len(_NAME_SEARCHES) > _NAME_SEARCHES_KEPT:
        _NAME_SEARCHES.pop(next(iter(_NAME_SEARCHES)), None)
    return found


def _covers(rects: Any, drawn: _Drawn) -> tuple[Any, Any] | None:
    """For spots that are all taken (rows x0, y0, x1, y1): one box (``by_block``) or line piece
    each that takes it as :meth:`_Drawn.first_free_of` decides (whatever spots are searched with
    it), as rows; ``None`` if a spot has none such."""
    covers = np.zeros((len(rects), 4))
    by_block = np.zeros(len(rects), dtype=bool)
    if not len(rects):
        return covers, by_block
    grown = rects + np.array([-3.0, -3.0, 3.0, 3.0])
    if len(drawn.blocks):
        over = _boxes_overlap(grown, drawn.blocks)
        by_block = over.any(axis=1)
        covers[by_block] = drawn.blocks[over[by_block].argmax(axis=1)]
    rest = np.flatnonzero(~by_block)
    if rest.size:
        near = _boxes_overlap(drawn.seg_boxes, grown[rest])  # (pieces, spots)
        some = near.any(axis=1)
        pieces = drawn.segments[some]
        hit = _segments_hit_boxes(pieces, grown[rest]) & near[some]
        if not hit.any(axis=0).all():
            return None
        covers[rest] = pieces[hit.argmax(axis=0)]
    return covers, by_block


def _clear_of_blocks(rects: Any, blocks: Any) -> Any:
    """Which spots (rows x0, y0, x1, y1) keep clear of every block as :meth:`_Drawn.first_free_of`
    tests them (grown by 3 px): booleans, found by a sweep along x (:func:`_near_pairs`) rather
    than comparing every spot with every block."""
    clear = np.ones(len(rects), dtype=bool)
    if not len(rects) or not len(blocks):
        return clear
    grown = rects + np.array([-3.0, -3.0, 3.0, 3.0])
    i, j = _near_pairs(grown[:, 0], grown[:, 2], grown[:, 1], grown[:, 3], blocks)
    over = (
        (grown[i, 0] < blocks[j, 2])
        & (blocks[j, 0] < grown[i, 2])
        & (grown[i, 1] < blocks[j, 3])
        & (blocks[j, 1] < grown[i, 3])
    )
    clear[i[over]] = False
    return clear


def _all_present(rows: Any, among: Any) -> bool:
    """Whether every one of ``rows`` is (exactly) a row of ``among``."""
    if not len(rows):
        return True
    wanted = np.unique(rows, axis=0)
    known = set(map(tuple, among[np.isin(among[:, 0], wanted[:, 0])].tolist()))
    return all(row in known for row in map(tuple, wanted.tolist()))


#: Between the German ring name and its translation when they stand on one line (a ring's line has
#: no free place for the two stacked).
RING2_SPACE = 14.0
#: A translation placed by itself stands at most this far (map pixels) beyond the two names' half
#: widths from its German ring name, while such a place is free.
RING2_REACH = 40.0
#: How many free places of the German ring name are tried for one with its translation near it.
GERMAN_PLACES_TRIED = 12
#: How far across its line a ring's name with its translation may stand where no place on the line
#: (nor inward of it) is free (map pixels).
PAIR_SHIFTS = (0.0, 14.0, -14.0, 24.0, -24.0)


#: Where a ring's name is looked for, in this order (see :func:`_named`): on the line, clear of every
#: box, title and line; moved inward off the line into its ring's band (a gap the packing left),
#: clear of the same; then on the line or off it, clear of the boxes and titles though a line may run
#: under it (a crowded ring whose line every connection crosses). A name is never put on a box while
#: one of these finds a place.
NAME_STAGES: tuple[str, ...] = ("line", "band", "over-lines")
#: How far apart the places off the line are tried (map pixels, inward from the line).
NAME_BAND_STEP = 8.0
#: … and at most this many depths (a deep band of a big map: coarser steps, the search stays short).
NAME_BAND_DEPTHS = 12


def _named(ring: _Rect, closeness: int, drawn: _Drawn, inside: _Rect | None = None) -> RingLine:
    """The ring line with its name on it, where no box, title or line is (along the top, then the
    bottom, then the sides); where the line has no such place, inward of it in the ring's own band
    (``inside``: the line of the ring inside, or the edge around the eLb), and only then where a
    line runs under it (:data:`NAME_STAGES`) — on a box only where none of these has room. In
    another language its name follows under the German on the same white patch; where there is no
    free place for the two, beside it on one line (the box's name then joins them with a tab
    instead of a line break, :func:`ring_name_inline`), or each at its own free place."""
    from beratungskit.messages import t

    name_at = functools.partial(_name_at, hang=closeness == 3)  # the outer ring's name inside its line
    text = t(f"render_map.ring.{closeness}")
    half_w = text_width(text, RING_FONT_SIZE) / 2 + 4
    half_h = RING_FONT_SIZE * 0.65
    two = ring_words(closeness, map_language(drawn.case))
    if two is None:
        for stage in NAME_STAGES:
            found = name_at(
                ring, closeness, drawn, text, half_w, half_h, last=False, stage=stage, inside=inside
            )
            if found is not None:
                return found
        found = _across_the_line(name_at, ring, closeness, drawn, ((text, half_w, half_h),))
        return found or _sure(name_at(ring, closeness, drawn, text, half_w, half_h, last=True))
    half_w2 = words_width(two, RING2_FONT_SIZE) / 2 + 4

    def beside(german: RingLine, *, last: bool, stage: str = "line", close: bool = True) -> RingLine | None:
        """The translation alone near the German name (placed): on the line, or off it by a little;
        the free spot nearest to it, and with ``close`` only one within :data:`RING2_REACH` beyond
        the two names' half widths (the trial: on a sparse map the two stood 400-700 px apart, on
        the other side of the map, and the eLb did not find the words in their language)."""
        box = german.label_box
        return name_at(
            ring,
            closeness,
            drawn.with_blocks([german.label_box]),
            two,
            half_w2,
            RING2_FONT_SIZE * 0.65,
            last=last,
            stage=stage,
            inside=inside if not last else None,
            shifts=(0.0, 12.0, -12.0, 22.0, -22.0) if stage == "line" else (0.0,),
            near=box.centre,
            reach=(box.x1 - box.x0) / 2 + half_w2 + RING2_REACH if close else None,
        )

    forms = (
        (f"{text}\n{two}", max(half_w, half_w2), (RING_FONT_SIZE + RING2_FONT_SIZE) * 0.65),
        (
            f"{text}\t{two}",
            (text_width(text, RING_FONT_SIZE) + RING2_SPACE + words_width(two, RING2_FONT_SIZE)) / 2 + 4,
            max(half_h, RING2_FONT_SIZE * 0.65),
        ),
    )
    # The two together wherever they find room clear of every line — on the line, inward in the
    # band, a little off the line — before each goes to a free place of its own near the other:
    # apart, the eLb read „Ring 2: mittel nah“ on one side and „Коло 2: досить близько“ elsewhere,
    # split by an area's line (trial 16, on screen and on paper). Over a connection line (the last
    # stage) only then: the lines are drawn over a name, and crossed words are read worst.
    clear, over = NAME_STAGES[:-1], NAME_STAGES[-1:]

    def together(stages: tuple[str, ...]) -> RingLine | None:
        for stage in stages:
            for label, hw, hh in forms:  # stacked, then on one line
                found = name_at(ring, closeness, drawn, label, hw, hh, last=False, stage=stage, inside=inside)
                if found is not None:
                    return found
        return None

    def apart(stages: tuple[str, ...]) -> RingLine | None:
        for stage in stages:
            # each at its own free place: the German, then the translation near the line
            german = name_at(
                ring, closeness, drawn, text, half_w, half_h, last=False, stage=stage, inside=inside
            )
            alone = None if german is None else beside(german, last=False, stage=stage)
            if german is not None and alone is not None:
                return dataclasses.replace(german, label2_box=alone.label_box)
        return None

    found = together(clear)
    if found is not None:
        return found
    # the two together a little off the line (across it, inward or outward): on a sparse map a box
    # close under the line can take every place on it
    for label, hw, hh in forms:
        found = name_at(ring, closeness, drawn, label, hw, hh, last=False, shifts=PAIR_SHIFTS)
        if found is not None:
            return found
    found = apart(clear) or together(over) or apart(over)
    if found is not None:
        return found
    # the German's first free place has no room near it: its next free places (on a sparse map the
    # first can be hemmed in by boxes while the line has room for the two further along: the
    # translation stood on the other side of the ring, 330-520 px away, session 17 walk)
    for stage in NAME_STAGES:
        tried = drawn
        for _ in range(GERMAN_PLACES_TRIED):
            german = name_at(
                ring, closeness, tried, text, half_w, half_h, last=False, stage=stage, inside=inside
            )
            if german is None:
                break
            alone = beside(german, last=False, stage=stage)
            if alone is not None:
                return dataclasses.replace(german, label2_box=alone.label_box)
            tried = tried.with_blocks([german.label_box])
    # no free place near the German anywhere: the translation at the free place nearest to it
    for stage in NAME_STAGES:
        german = name_at(ring, closeness, drawn, text, half_w, half_h, last=False, stage=stage, inside=inside)
        alone = None if german is None else beside(german, last=False, stage=stage, close=False)
        if german is not None and alone is not None:
            return dataclasses.replace(german, label2_box=alone.label_box)
    # the two together a little off the line, a line under them, clear of the boxes
    found = _across_the_line(name_at, ring, closeness, drawn, forms)
    if found is not None:
        return found
    # no free place anywhere: the two together, the translation under the German, at the line's
    # first place (each at the first place near the other drew the one over the other — „Ring 1:
    # ganz nah ізько“, trial of session 16 — where a block of the two stays readable)
    label, hw, hh = forms[0]
    return _sure(name_at(ring, closeness, drawn, label, hw, hh, last=True))


def _across_the_line(
    name_at: Any, ring: _Rect, closeness: int, drawn: _Drawn, forms: tuple[tuple[str, float, float], ...]
) -> RingLine | None:
    """The name (each of ``forms``: text, half width, half height) a little across its line
    (:data:`PAIR_SHIFTS`), clear of the boxes and titles though a line may run under it: the last
    place tried before a box. A sparse map's rings hug their few boxes, and a name in two languages
    (47 map px high) found no place clear of them on its line nor inward of it: it was drawn on the
    boxes (in Ukrainian „Коло 2: досить близько“ on „Schwester Iryna“; 75 of 280 maps of 1 to 15
    resources in the seven languages and four canvas shapes). Standing on the line's outer side it
    finds room in the ring's band outside, where a sparse map has some."""
    for label, hw, hh in forms:
        found: RingLine | None = name_at(
            ring, closeness, drawn, label, hw, hh, last=False, stage="across", shifts=PAIR_SHIFTS
        )
        if found is not None:
            return found
    return None


def _sure(named: RingLine | None) -> RingLine:
    if named is None:  # pragma: no cover - last=True always names one
        raise AssertionError("no ring name")
    return named


def ring_name_inline(ring: RingLine) -> bool:
    """Whether the ring's German name and its translation stand on one line (see :func:`_named`)."""
    return "\t" in ring.label_box.node_id


def _name_at(
    ring: _Rect,
    closeness: int,
    drawn: _Drawn,
    text: str,
    half_w: float,
    half_h: float,
    *,
    last: bool,
    shifts: tuple[float, ...] = (0.0,),
    stage: str = "line",
    inside: _Rect | None = None,
    hang: bool = False,
    near: tuple[float, float] | None = None,
    reach: float | None = None,
) -> RingLine | None:
    """The ring line with a name of half width and height ``half_w``, ``half_h`` at the first free
    spot; none free: at the first spot if ``last``, else ``None``. ``shifts``: also this far off the
    line (across it), after every spot on it. ``stage`` (:data:`NAME_STAGES`): ``"line"`` the spots
    on the line; ``"band"`` the spots inward of it, every :data:`NAME_BAND_STEP` pixels, as far as
    the name stays outside ``inside`` (the line of the ring inside); ``"over-lines"`` both, clear
    of the boxes and titles alone; ``"across"`` the spots on the line (and ``shifts`` off it),
    clear of the boxes and titles alone (:func:`_across_the_line`). ``hang``: the spots on the
    line are moved inward until the name touches the line from inside (the outer ring: nothing of
    it outside the map). ``near``: the
    spots nearest to it first, and only those within ``reach`` of it (a translation beside its
    German name)."""
    x0, y0, x1, y1, r = ring
    pieces: list[Any] = []  # rows of spots (x, y), in the order they are searched
    left, right = x0 + r + half_w + 6, x1 - r - half_w - 6
    steps = max(1, int((right - left) / 16))
    top, bottom = y0 + r + half_h + 6, y1 - r - half_h - 6
    vsteps = max(1, int((bottom - top) / 16))
    xs = left + (right - left) * np.arange(steps + 1) / steps
    ys = top + (bottom - top) * np.arange(vsteps + 1) / vsteps

    def along(
        dy_top: float | None, dy_bottom: float | None, dx_left: float | None, dx_right: float | None
    ) -> None:
        for y, dy in ((y0, dy_top), (y1, dy_bottom)):
            if dy is not None:
                pieces.append(np.stack((xs, np.full(len(xs), y + dy)), axis=1))
        for x, dx in ((x0, dx_left), (x1, dx_right)):
            if dx is not None:
                pieces.append(np.stack((np.full(len(ys), x + dx), ys), axis=1))

    if stage in ("line", "over-lines", "across"):
        # the outer ring's name hangs just inside its line: centred on it, it would widen the map
        # by half its height (or width) and every label would be drawn that much smaller
        hy, hx = (half_h + 1, half_w + 1) if hang else (0.0, 0.0)
        for shift in shifts:
            along(shift + hy, shift - hy, shift + hx, shift - hx)
    if stage in ("band", "over-lines"):
        # inward, side by side, as deep as the ring's band on that side lets the name stay in it
        ix0, iy0, ix1, iy1 = inside[:4] if inside is not None else (0.0, 0.0, 0.0, 0.0)
        room = (iy0 - y0 - half_h - 4, y1 - iy1 - half_h - 4, ix0 - x0 - half_w - 4, x1 - ix1 - half_w - 4)
        deepest = max(room)
        # every NAME_BAND_STEP pixels; in a deep band (a big map) at most NAME_BAND_DEPTHS depths
        step = max(NAME_BAND_STEP, deepest / NAME_BAND_DEPTHS)
        depth = step
        while depth <= deepest:
            along(
                depth if depth <= room[0] else None,
                -depth if depth <= room[1] else None,
                depth if depth <= room[2] else None,
                -depth if depth <= room[3] else None,
            )
            depth += step
    if not pieces:
        return None
    at = np.concatenate(pieces)
    rects = np.stack((at[:, 0] - half_w, at[:, 1] - half_h, at[:, 0] + half_w, at[:, 1] + half_h), axis=1)
    # no name beyond the outer ring: it would widen the map, and every label is drawn smaller for it
    ox0, oy0, ox1, oy1 = drawn.outer[:4]
    in_map = (rects[:, 0] >= ox0) & (rects[:, 1] >= oy0) & (rects[:, 2] <= ox1) & (rects[:, 3] <= oy1)
    if hang and inside is not None:  # … nor, hung inward, with its middle in the ring within
        in_map &= ~_in_rounded_many(at[:, 0], at[:, 1], *inside)
    if not in_map.all():
        if in_map.any():
            at, rects = at[in_map], rects[in_map]
        elif not last:
            return None
    if near is not None:
        dist = np.hypot(at[:, 0] - near[0], at[:, 1] - near[1])
        order = np.argsort(dist, kind="stable")
        if reach is not None:
            order = order[dist[order] <= reach]
            if not order.size:
                return None
        at, rects = at[order], rects[order]
    key: tuple[Any, ...] = (closeness, x0, y0, x1, y1, r, text)
    if near is not None:
        key += ("near", near, reach)
    if shifts != (0.0,):
        key += (shifts,)
    if hang:
        key += ("hang",)
    if stage != "line":
        key += (stage, inside)
    seen = drawn.without_lines() if stage in ("over-lines", "across") else drawn
    if stage == "line":
        found = _first_free_name_spot(key, rects, seen)
    else:
        # thousands of spots off the line in a big map: only those no box takes are searched
        # (the search tests them all again, lines too: the same first free spot, found faster)
        free = np.flatnonzero(_clear_of_blocks(rects, seen.blocks))
        first = _first_free_name_spot(key, rects[free], seen) if free.size else None
        found = None if first is None else int(free[first])
    if found is None and not last:
        return None
    x, y = (float(v) for v in at[found or 0])
    box = Box(text, x - half_w, y - half_h, x + half_w, y + half_h)
    return RingLine(closeness, x0, y0, x1, y1, r, round(x, 1), round(y, 1), box)
