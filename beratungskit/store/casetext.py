"""The text of a case file, made anew per save but only from what changed.

A case is saved on every click, as the whole case (pydantic's ``model_dump_json(indent=2)``). At 200
resources that text takes over a millisecond to make, although one click changes one item. The
items of a case are never changed in place (frozen models in tuples; every change builds a new tuple
with new items), so the text of a list or an item object, once made, stays its text:
:class:`CaseText` keeps it per list and item object and makes only the new items' text (a list grown
at the end, as the log on every change, only for the new end). The result is byte for byte what
``model_dump_json(indent=2)`` gives
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

import operator
from typing import Any

from pydantic import BaseModel

from beratungskit.model import Case

__all__ = ["CaseText"]

#: The fields of a case that hold lists of items (tuples; in the file each item spans several lines).
_LISTS = tuple(
    name for name, info in Case.model_fields.items() if getattr(info.annotation, "__origin__", None) is tuple
)
#: An item inside a top-level list stands two levels deep: two spaces per level.
_ITEM_INDENT = b"\n    "


class CaseText:
    """Makes a case's file text, keeping each list's and each item's text for the next save."""

    def __init__(self) -> None:
        # list field → (the items last saved, their texts, the field's text); holding the items keeps
        # them alive, so an id seen again in a new tuple is the same item. The case's lists are tuples
        # of frozen items, so the tuple kept is exactly what was saved; a list given in their place
        # (by hand) is copied into a tuple of its own, never kept as itself.
        self._lists: dict[str, tuple[tuple[Any, ...], list[bytes], bytes]] = {}

    def dump(self, case: Case, revision: int) -> bytes:
        """``case`` as ``model_dump_json(indent=2)`` with ``revision`` as its revision (no newline)."""
        head = case.model_copy(update={"revision": revision}).model_dump_json(indent=2, exclude=set(_LISTS))
        lines = head.encode().split(b"\n")
        scalars = [name for name in Case.model_fields if name not in _LISTS]
        if len(lines) != len(scalars) + 2:  # a field spans several lines: not the shape built for
            return case.model_copy(update={"revision": revision}).model_dump_json(indent=2).encode()
        line_of = dict(zip(scalars, (line.rstrip(b",") for line in lines[1:-1]), strict=True))
        parts = []
        for name in Case.model_fields:
            if name not in _LISTS:
                parts.append(line_of[name])
                continue
            try:
                parts.append(self._field(name, getattr(case, name)))
            except TypeError:  # a list of plain values: not the shape built for
                return case.model_copy(update={"revision": revision}).model_dump_json(indent=2).encode()
        return b"{\n" + b",\n".join(parts) + b"\n}"

    def _field(self, name: str, items: tuple[Any, ...]) -> bytes:
        """The text of one list field, from what was kept of its last version."""
        kept = self._lists.get(name)
        old, old_texts = (kept[0], kept[1]) if kept is not None else ((), [])
        n = len(old)
        same_start = n > 0 and len(items) >= n and all(map(operator.is_, old, items[:n]))
        if kept is not None and same_start and len(items) == n:  # the same items: unchanged
            return kept[2]
        if same_start:
            # grown at the end (the log on every change, a new resource): only the new ones are made
            texts = old_texts + [_item_text(item) for item in items[n:]]
        else:
            by_id = dict(zip(map(id, old), old_texts, strict=True))
            texts = [by_id.get(id(item)) or _item_text(item) for item in items]
        key = b'  "' + name.encode() + b'": '
        text = key + (b"[\n" + b",\n".join(texts) + b"\n  ]" if texts else b"[]")
        self._lists[name] = (tuple(items), texts, text)
        return text


def _item_text(item: Any) -> bytes:
    """An item of a top-level list as it stands in the file (two levels deep)."""
    if not isinstance(item, BaseModel):
        raise TypeError(f"not a model: {item!r}")
    return _ITEM_INDENT[1:] + item.model_dump_json(indent=2).encode().replace(b"\n", _ITEM_INDENT)
