"""A date field that shows and takes dates as TT.MM.JJJJ, whatever the browser's language.

ipywidgets' ``DatePicker`` is the browser's ``<input type="date">``, which Chrome draws in the
format of the browser's own language (mm/dd/yyyy on an English system) — the page's ``lang`` does
not change that, and the office PC's browser language is not ours to set. So the date is a plain text
field that reads the German way of writing a date ("4.12.2026", "04.12.26") and shows it back as
``04.12.2026``; something it cannot read gets a plain German hint, and the last good date stays.

It behaves like a ``DatePicker`` for the panels: ``value`` is a ``date`` or ``None``, it can be
observed, set and put into a box.

>>> field = DateField()
>>> field.text.value = "4.12.26"
>>> field.value, field.text.value
(datetime.date(2026, 12, 4), '04.12.2026')
>>> field.text.value = "31.02.2026"
>>> field.value, field.hint.value.split(".")[0]
(datetime.date(2026, 12, 4), 'Dieses Datum gibt es nicht')
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import ipywidgets as widgets
import traitlets

from beratungskit.messages import t

__all__ = ["DateField", "format_date", "parse_date"]

_DATE = re.compile(r"^\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{2}|\d{4})\s*$")


def format_date(value: date | None) -> str:
    """``04.12.2026`` (empty for no date)."""
    return "" if value is None else f"{value:%d.%m.%Y}"


def parse_date(text: str) -> date | None:
    """A date written the German way; ``None`` for an empty field; ``ValueError`` otherwise.

    >>> parse_date("04.12.2026"), parse_date("4.12.26"), parse_date(" ")
    (datetime.date(2026, 12, 4), datetime.date(2026, 12, 4), None)
    """
    if not text.strip():
        return None
    match = _DATE.match(text)
    if match is None:
        raise ValueError(text)
    day, month, year = (int(part) for part in match.groups())
    if year < 100:
        year += 2000
    return date(year, month, day)  # ValueError for 31.02.


class DateField(widgets.HBox):  # type: ignore[misc]
    """A ``DatePicker`` stand-in: ``value`` is a ``date`` or ``None``; text as TT.MM.JJJJ."""

    value = traitlets.Any(None, allow_none=True)

    def __init__(self, value: date | None = None, **kwargs: Any) -> None:
        self.text = widgets.Text(
            value=format_date(value),
            placeholder=t("ui_session.date_placeholder"),
            continuous_update=False,
            layout=widgets.Layout(width="9.5em"),
        )
        self.text.add_class("bk-date-input")
        self.hint = widgets.Label("")
        self.hint.add_class("bk-hint")
        super().__init__([self.text, self.hint], **kwargs)
        self.add_class("bk-date")
        self.value = value
        self._echo = False
        self.text.observe(self._typed, names="value")
        self.observe(self._set, names="value")

    def _typed(self, change: dict[str, Any]) -> None:
        if self._echo:
            return
        try:
            parsed = parse_date(str(change["new"]))
        except ValueError:
            bad = _DATE.match(str(change["new"])) is not None  # well written, but no such day
            self.hint.value = t("ui_session.date_no_such_day" if bad else "ui_session.date_invalid")
            return
        self.hint.value = ""
        self.value = parsed
        self._show(parsed)

    def _set(self, change: dict[str, Any]) -> None:
        self.hint.value = ""
        self._show(change["new"])

    def _show(self, value: date | None) -> None:
        self._echo = True
        try:
            self.text.value = format_date(value)
        finally:
            self._echo = False
