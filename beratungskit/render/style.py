"""The visual vocabulary of the ecomap, shared by the offline HTML, the print SVG and the live map.

Each category has a colour from the Okabe–Ito palette (distinguishable with the common kinds of
colour blindness) **and** its own shape and symbol, so the map also reads in black and white:

=================  =========  ===========  ======  =========
category           colour     vis shape    symbol  name
=================  =========  ===========  ======  =========
persönlich         #E69F00    star         ★       orange
sozial             #0072B2    dot          ●       blue
materiell          #009E73    square       ■       bluish green
infrastrukturell   #CC79A7    triangle     ▲       reddish purple
=================  =========  ===========  ======  =========

The eLb is a larger dark dot labelled with the alias. Lines: ``stark`` thick and solid, ``mittel``
solid, ``schwach`` thin and dashed. Arrows show the direction of support, read from the relation's
source to its target: ``gibt`` → arrow at the target, ``bekommt`` → arrow at the source,
``gegenseitig`` → arrows at both ends.

>>> CATEGORY_STYLE[Category.SOZIAL].shape, CATEGORY_STYLE[Category.SOZIAL].symbol
('dot', '●')
>>> arrow_ends(Direction.BEKOMMT)
(False, True)
"""

from __future__ import annotations

from dataclasses import dataclass

from beratungskit.messages import t
from beratungskit.model import Category, Direction, Strength

__all__ = [
    "CATEGORY_STYLE",
    "EDGE_COLOR",
    "ELB_STYLE",
    "FONT_COLOR",
    "FONT_FACE",
    "LABEL_BACKGROUND",
    "RING_COLOR",
    "STRENGTH_STYLE",
    "CategoryStyle",
    "LineStyle",
    "arrow_ends",
    "category_hint",
    "category_name",
]


@dataclass(frozen=True)
class CategoryStyle:
    color: str  #: fill colour (Okabe–Ito)
    border: str  #: darker outline of the same hue
    shape: str  #: vis-network shape name (label drawn below the symbol)
    symbol: str  #: Unicode symbol for buttons and legends


@dataclass(frozen=True)
class LineStyle:
    width: float  #: line width in map pixels
    dashes: tuple[int, ...] | None  #: dash pattern (on, off) or None for a solid line


CATEGORY_STYLE: dict[Category, CategoryStyle] = {
    Category.PERSOENLICH: CategoryStyle("#E69F00", "#8A5F00", "star", "★"),
    Category.SOZIAL: CategoryStyle("#0072B2", "#004A75", "dot", "●"),
    Category.MATERIELL: CategoryStyle("#009E73", "#005E45", "square", "■"),
    Category.INFRASTRUKTURELL: CategoryStyle("#CC79A7", "#8C4672", "triangle", "▲"),
}
ELB_STYLE = CategoryStyle("#2B2B2B", "#000000", "dot", "◉")

STRENGTH_STYLE: dict[Strength, LineStyle] = {
    Strength.STARK: LineStyle(6.0, None),
    Strength.MITTEL: LineStyle(3.0, None),
    Strength.SCHWACH: LineStyle(2.0, (10, 8)),
}
EDGE_COLOR = "#555555"
RING_COLOR = "#B8B8B8"
FONT_COLOR = "#1A1A1A"
#: Arial where it exists, else its metric twin Liberation Sans (the layout's width estimate assumes these).
FONT_FACE = "Arial, 'Liberation Sans', Helvetica, sans-serif"
#: Labels get a light backing so that lines running behind them do not cut through the letters.
LABEL_BACKGROUND = "rgba(255,255,255,0.88)"


def arrow_ends(direction: Direction) -> tuple[bool, bool]:
    """(arrow at the target, arrow at the source) for a relation's direction of support."""
    if direction is Direction.GIBT:
        return True, False
    if direction is Direction.BEKOMMT:
        return False, True
    return True, True


def category_name(category: Category) -> str:
    """Short German name for legends and buttons, e.g. ``Infrastruktur``."""
    return t(f"render_map.cat.{category.value}")


def category_hint(category: Category) -> str:
    """What belongs in the category, in plain words, e.g. ``Orte und Angebote``."""
    return t(f"render_map.cat.{category.value}.hint")
