"""The text of a case file, made anew per save but only from what changed.

A case is saved on every click, as the whole case (pydantic's ``model_dump_json(indent=2)``). At 200
resources that text takes over a millisecond to make, although one click changes one item. The
items of a case are never changed in place — every change builds a new list with new items — so
the text of an item object, once made, stays its text: :class:`CaseText` keeps it per item object and
makes only the new items' text. The result is byte for byte what ``model_dump_json(indent=2)`` gives
(``tests/test_store_casetext.py`` compares both); where a case does not have the expected shape (a
field that is no list of models spans several lines), it is that dump.

>>> from beratungskit.model import Case
>>> case = Case.new("Sonnenblume", key="sonne")
>>> _ = case.add_resource("Fahrrad")
>>> text = CaseText()
>>> text.dump(case, 2) == case.model_copy(update={"revision": 2}).model_dump_json(indent=2).encode()
True
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from beratungskit.model import Case

__all__ = ["CaseText"]

#: The fields of a case that hold lists of items (in the file each item spans several lines).
_LISTS = tuple(
    name for name, info in Case.model_fields.items() if getattr(info.annotation, "__origin__", None) is list
)
#: An item inside a top-level list stands two levels deep: two spaces per level.
_ITEM_INDENT = b"\n    "


class CaseText:
    """Makes a case's file text, keeping each item's text for the next save."""

    def __init__(self) -> None:
        # id(item) → (item, its text); the item is held, so its id cannot be taken by another
        self._items: dict[int, tuple[Any, bytes]] = {}

    def dump(self, case: Case, revision: int) -> bytes:
        """``case`` as ``model_dump_json(indent=2)`` with ``revision`` as its revision (no newline)."""
        head = case.model_copy(update={"revision": revision}).model_dump_json(indent=2, exclude=set(_LISTS))
        lines = head.encode().split(b"\n")
        scalars = [name for name in Case.model_fields if name not in _LISTS]
        if len(lines) != len(scalars) + 2:  # a field spans several lines: not the shape built for
            return case.model_copy(update={"revision": revision}).model_dump_json(indent=2).encode()
        line_of = dict(zip(scalars, (line.rstrip(b",") for line in lines[1:-1]), strict=True))
        kept: dict[int, tuple[Any, bytes]] = {}
        parts = []
        for name in Case.model_fields:
            if name not in _LISTS:
                parts.append(line_of[name])
                continue
            items = getattr(case, name)
            if not items:
                parts.append(b'  "' + name.encode() + b'": []')
                continue
            texts = []
            for item in items:
                if not isinstance(item, BaseModel):  # a list of plain values: not the shape built for
                    return case.model_copy(update={"revision": revision}).model_dump_json(indent=2).encode()
                known = self._items.get(id(item))
                if known is None or known[0] is not item:
                    known = (item, item.model_dump_json(indent=2).encode().replace(b"\n", _ITEM_INDENT))
                kept[id(item)] = known
                texts.append(b"    " + known[1])
            parts.append(b'  "' + name.encode() + b'": [\n' + b",\n".join(texts) + b"\n  ]")
        self._items = kept  # only the items of the case just saved: the rest may go
        return b"{\n" + b",\n".join(parts) + b"\n}"
