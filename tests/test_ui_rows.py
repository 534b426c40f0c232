"""Keyed rows: one row per key, kept and updated in place, laid aside and reused — never closed."""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from beratungskit.ui.rows import KeyedRows


class Line:
    def __init__(self) -> None:
        self.widget = widgets.Label()
        self.keys: list[str] = []

    def show(self, key: str, item: str) -> None:
        self.keys.append(key)
        self.widget.value = item


@pytest.fixture
def rows() -> KeyedRows[str, Line]:
    return KeyedRows(Line, empty=widgets.Label("leer"))


def values(rows: KeyedRows[str, Line]) -> list[str]:
    return [w.value for w in rows.box.children]


def test_empty_list_shows_the_placeholder(rows: KeyedRows[str, Line]) -> None:
    assert values(rows) == ["leer"]
    rows.sync([("a", "A")])
    rows.sync([])
    assert values(rows) == ["leer"]


def test_a_kept_key_keeps_its_row_and_widget(rows: KeyedRows[str, Line]) -> None:
    rows.sync([("a", "A"), ("b", "B")])
    a, b = rows.box.children
    rows.sync([("b", "B2"), ("a", "A"), ("c", "C")])
    assert values(rows) == ["B2", "A", "C"]
    assert rows.box.children[:2] == (b, a)  # moved, not made again
    assert rows.made == 3


def test_a_row_whose_key_left_serves_the_next_new_key(rows: KeyedRows[str, Line]) -> None:
    rows.sync([("a", "A"), ("b", "B")])
    rows.sync([("a", "A")])
    assert len(rows.spare) == 1 and rows.spare[0].widget.comm is not None  # laid aside, not closed
    rows.sync([("a", "A"), ("c", "C")])
    assert rows.made == 2 and values(rows) == ["A", "C"]
    assert rows["c"].keys == ["b", "c"]  # the row learns its new key and can forget the old one


def test_undo_brings_a_row_back_without_a_new_widget(rows: KeyedRows[str, Line]) -> None:
    items = [(k, k.upper()) for k in "abcdef"]
    rows.sync(items)
    rows.sync(items[:-1])
    rows.sync(items)
    assert rows.made == 6


def test_unchanged_list_sends_nothing(rows: KeyedRows[str, Line]) -> None:
    rows.sync([("a", "A")])
    sent: list[object] = []
    rows.box.observe(sent.append, names="children")
    rows["a"].widget.observe(sent.append, names="value")
    rows.sync([("a", "A")])
    assert sent == []


def test_a_key_twice_is_refused(rows: KeyedRows[str, Line]) -> None:
    with pytest.raises(ValueError, match="twice"):
        rows.sync([("a", "A"), ("a", "B")])
