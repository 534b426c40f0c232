"""A map's layout as plain data, and back: the picture shown is kept with the case for its next opening.

Laying out a case of 60 resources afresh is a search (several shapes, lines kept clear, repairs):
about 0.3 s, most of the wait after a case is clicked. The picture the person saw last time is
kept (as data, beside the case file: :mod:`beratungskit.ui.kept_maps`) and shown again when the
case opens, if it is still valid for the case — then the map looks as it was left, and the next
edit starts from it as from any picture shown.

Valid means: made by this very layout code (:func:`layout_version`), for exactly the content the
layout depends on (the fingerprint of :func:`content_fingerprint`: labels, roles, areas, rings, drop
hints, lines, the eLb's alias), for a canvas of nearly the same shape, and every box still the size
its label needs now (fonts and hyphenation included). Anything else — another case, a changed
label, a file from an older version, a damaged or foreign file — is not used: the map is laid out
afresh. The data holds no label text (ids, numbers, area and ring names only).

>>> from beratungskit.demo import demo_case
>>> from beratungskit.analysis.layout import compute_layout
>>> case = demo_case()
>>> shown = compute_layout(case, 1.8)
>>> data = layout_data(shown, content_fingerprint(case))
>>> again = kept_layout(case, data, 1.8)
>>> again == shown, again.warm == shown.warm
(True, True)
>>> case.add_resource("Fahrrad") and kept_layout(case, data, 1.8) is None   # the content changed
True
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import types
import typing
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from beratungskit.analysis import arabic_widths as _arabic_widths
from beratungskit.analysis import layout as _layout
from beratungskit.analysis.layout import (
    SECTOR_ORDER,
    AreaTitle,
    Box,
    MapLayout,
    RingLine,
    Sector,
)
from beratungskit.model import ELB_ID, Case, Category

__all__ = ["SHAPE_TOLERANCE", "content_fingerprint", "kept_layout", "layout_data", "layout_version"]

#: A kept picture is shown for a canvas whose shape (width / height) differs by at most this share
#: (fitted into it): the live map lays itself out anew only beyond it, too (``CaseMap._resized``),
#: and keeps laying out in the shape of the picture shown within it. (0.04 until the new-user
#: trial: a reload on a canvas 5 % different laid the map out afresh, and every box moved.)
SHAPE_TOLERANCE = 0.06

# The classes a kept layout is made of; nothing else is ever built from the data.
_CLASSES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        Box,
        Sector,
        RingLine,
        AreaTitle,
        MapLayout,
        _layout._Warm,
        _layout._Shape,
        _layout._Kept,
        _layout._Band,
    )
}


@cache
def layout_version() -> str:
    """A fingerprint of the layout code and what it measures titles and ring names with: another
    version lays out differently, so its pictures are not used."""
    digest = hashlib.sha256(Path(_layout.__file__).read_bytes())
    digest.update(
        Path(_arabic_widths.__file__).read_bytes()
    )  # the widths of the eLb's words in Arabic script
    digest.update(repr([_layout._title_size(cat) for cat in SECTOR_ORDER]).encode())
    return digest.hexdigest()[:32]


#: The last fingerprint: its content key's parts (the same tuples for the same case lists, see
#: ``layout._PARTS``) and the fingerprint. Every edit keeps its picture with one (~1 ms at 200).
_last_fingerprint: tuple[Any, Any, tuple[str, str], str] | None = None


def content_fingerprint(case: Case) -> str:
    """A fingerprint of everything in ``case`` the layout depends on (not notes, origins, dates)."""
    global _last_fingerprint
    key = _layout._content_key(case, 1.0)
    last = _last_fingerprint
    if last is not None and last[0] is key[2] and last[1] is key[3] and last[2] == (key[0], key[4]):
        return last[3]
    fingerprint = hashlib.sha256(repr(key).encode()).hexdigest()[:32]
    _last_fingerprint = (key[2], key[3], (key[0], key[4]), fingerprint)
    return fingerprint


def layout_data(shown: MapLayout, content: str) -> dict[str, Any]:
    """``shown`` as JSON-ready data, with what makes it valid (``content``: the
    :func:`content_fingerprint` of the case it shows, taken when it was shown).

    The labels' lines are left out (they follow from the case); everything else is kept, the way
    the next edit's layout starts from (``warm``) included.
    """
    fields = {f.name: getattr(shown, f.name) for f in dataclasses.fields(shown) if f.name != "lines"}
    return {
        "version": layout_version(),
        "content": content,
        "aspect": shown.aspect,
        "layout": {name: _plain(value) for name, value in fields.items()},
    }


def kept_layout(case: Case, data: Any, aspect: float) -> MapLayout | None:
    """The layout in ``data`` (from :func:`layout_data`) if it is valid for ``case`` on a canvas of
    ``aspect``; ``None`` otherwise (see the module docstring). Never raises for bad data.

    A valid one is remembered as :func:`~beratungskit.analysis.layout.compute_layout`'s result for
    this case and shape: an undo back to this content gets this picture again.
    """
    try:
        if not isinstance(data, Mapping) or data.get("version") != layout_version():
            return None
        kept_aspect = float(data["aspect"])
        wanted = min(max(float(aspect), 0.6), 3.5)
        if not math.isfinite(kept_aspect) or abs(kept_aspect - wanted) > SHAPE_TOLERANCE * wanted:
            return None
        if data.get("content") != content_fingerprint(case):
            return None
        fields = {name: _built(value) for name, value in dict(data["layout"]).items()}
        shown = MapLayout(**fields, lines=_lines(case))
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError):
        return None
    if not _typed(shown, MapLayout) or not _fits(case, shown):
        return None
    key = (*_layout._content_key(case, min(max(shown.aspect, 0.6), 3.5)), False)
    if key not in _layout._CACHE:
        if len(_layout._CACHE) >= _layout._CACHE_SIZE:
            _layout._CACHE.pop(next(iter(_layout._CACHE)))
        _layout._CACHE[key] = shown
    return shown


def _lines(case: Case) -> dict[str, tuple[str, ...]]:
    elb_lines, _w, _h = _layout.elb_size(case.alias)
    lines = {ELB_ID: tuple(elb_lines)}
    for res in case.resources:
        lines[res.id] = tuple(_layout.node_lines(res))
    return lines


def _fits(case: Case, shown: MapLayout) -> bool:
    """Every node and line of the case there, every area, each box the size its label needs now and
    each position its box's centre (the layout rounds positions a little)."""
    ids = {ELB_ID, *(r.id for r in case.resources)}
    if set(shown.boxes) != ids or set(shown.positions) != ids:
        return False
    if set(shown.routes) != {rel.id for rel in case.relations}:
        return False
    if shown.warm is None or {s.category for s in shown.sectors} != set(Category):
        return False
    _lines_elb, elb_hw, elb_hh = _layout.elb_size(case.alias)
    sizes = {ELB_ID: (2 * elb_hw, 2 * elb_hh)}
    for res in case.resources:
        half_w, half_h = _layout._box_size(shown.lines[res.id])
        sizes[res.id] = (2 * half_w, 2 * half_h)
    for node_id, box in shown.boxes.items():
        w, h = sizes[node_id]
        x, y = shown.positions[node_id]
        if box.node_id != node_id or abs(box.x1 - box.x0 - w) > 1e-6 or abs(box.y1 - box.y0 - h) > 1e-6:
            return False
        if abs((box.x0 + box.x1) / 2 - x) > 0.5 or abs((box.y0 + box.y1) / 2 - y) > 0.5:  # (rounded)
            return False
    return True


@cache
def _hints(name: str) -> dict[str, Any]:
    return typing.get_type_hints(_CLASSES[name])


def _typed(value: Any, hint: Any) -> bool:
    """Whether ``value`` is of the type ``hint`` all the way down (the layout's field annotations):
    data that parses but holds a text where a number belongs is no picture either."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        return any(_typed(value, arg) for arg in args)
    if hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_typed(v, args[0]) for v in value)
        return len(value) == len(args) and all(_typed(v, arg) for v, arg in zip(value, args, strict=True))
    if origin in (list, frozenset):
        return isinstance(value, origin) and all(_typed(v, args[0]) for v in value)
    if origin is dict:
        return isinstance(value, dict) and all(
            _typed(k, args[0]) and _typed(v, args[1]) for k, v in value.items()
        )
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        fields = _hints(hint.__name__).items()
        return type(value) is hint and all(_typed(getattr(value, f), h) for f, h in fields)
    return isinstance(hint, type) and isinstance(value, hint)  # str, an area


# --- plain data ----------------------------------------------------------------------------------
# Tagged so that tuples, sets, enums and the layout's own classes come back as they were:
# {"@": class name, field: …}, {"@t": [...]} a tuple, {"@f": [...]} a frozenset, {"@c": value} an
# area, {"@d": [[key, value], …]} a dict whose keys are not all strings.


def _plain(value: Any) -> Any:
    if isinstance(value, Category):
        return {"@c": value.value}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            "@": type(value).__name__,
            **{f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)},
        }
    if isinstance(value, tuple):
        return {"@t": [_plain(v) for v in value]}
    if isinstance(value, frozenset):
        return {"@f": sorted(_plain(v) for v in value)}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("@") for k in value):
            return {k: _plain(v) for k, v in value.items()}
        return {"@d": [[_plain(k), _plain(v)] for k, v in value.items()]}
    if value is None or isinstance(value, (str, int, float)):
        return value
    raise TypeError(f"not kept: {type(value).__name__}")


def _built(value: Any) -> Any:
    if isinstance(value, list):
        return [_built(v) for v in value]
    if not isinstance(value, dict):
        if value is None or isinstance(value, (str, int, float)):
            return value
        raise TypeError(type(value).__name__)
    if "@" in value:
        cls = _CLASSES[value["@"]]
        return cls(**{k: _built(v) for k, v in value.items() if k != "@"})
    if "@t" in value:
        return tuple(_built(v) for v in value["@t"])
    if "@f" in value:
        return frozenset(_built(v) for v in value["@f"])
    if "@c" in value:
        return Category(value["@c"])
    if "@d" in value:
        return {_built(k): _built(v) for k, v in value["@d"]}
    return {k: _built(v) for k, v in value.items()}
