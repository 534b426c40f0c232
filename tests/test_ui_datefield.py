"""Dates in the session are written and shown as TT.MM.JJJJ (ui/datefield.py)."""

from __future__ import annotations

from datetime import date

import pytest

from beratungskit.ui.datefield import DateField, format_date, parse_date


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("04.12.2026", date(2026, 12, 4)),
        ("4.12.26", date(2026, 12, 4)),
        (" 1.1.2027 ", date(2027, 1, 1)),
        ("", None),
    ],
)
def test_german_dates_are_read(typed: str, expected: date | None) -> None:
    assert parse_date(typed) == expected


@pytest.mark.parametrize("typed", ["2026-12-04", "12/31/2026", "morgen", "31.02.2026", "4.12"])
def test_other_writings_are_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_date(typed)


def test_the_field_behaves_like_a_date_picker() -> None:
    field = DateField(value=date(2027, 5, 20))
    assert field.text.value == "20.05.2027"
    seen = []
    field.observe(lambda change: seen.append(change["new"]), names="value")
    field.text.value = "1.6.27"
    assert field.value == date(2027, 6, 1) and field.text.value == "01.06.2027" and seen == [date(2027, 6, 1)]
    field.text.value = "12/31/2027"  # the browser's English habit is not guessed at
    assert field.value == date(2027, 6, 1) and "TT.MM.JJJJ" in field.hint.value
    field.value = None
    assert field.text.value == "" and field.hint.value == ""
    assert format_date(date(2026, 1, 2)) == "02.01.2026"
