"""Small widget parts every panel uses: labels, buttons, tick tiles and the conference yes.

Labels show their value as text: what the eLb typed (and anything hostile in it) is never read as
HTML. Each widget gets its own ``Layout``: a shared one would hide every widget when one is hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from beratungskit.messages import t

__all__ = ["ConferenceBox", "button", "full_width", "label", "show_if", "tick_button"]


def full_width() -> widgets.Layout:
    """A fresh full-width layout."""
    return widgets.Layout(width="100%")


def label(text: str = "", cls: str = "") -> widgets.Label:
    """A text line with an optional CSS class (``bk-heading``, ``bk-muted``, ``bk-field-label`` …).

    >>> label("<b>Fahrrad</b>", "bk-muted").value
    '<b>Fahrrad</b>'
    """
    out = widgets.Label(text)
    if cls:
        out.add_class(cls)
    return out


def button(text: str, cls: str, style: str = "", width: str = "auto") -> widgets.Button:
    """A button with a CSS class for tests and styles."""
    out = widgets.Button(description=text, button_style=style, layout=widgets.Layout(width=width))
    out.add_class(cls)
    return out


def show_if(widget: widgets.Widget, shown: bool, display: str = "flex") -> None:
    """Show or hide ``widget`` (nothing travels when it already is as asked)."""
    widget.layout.display = display if shown else "none"


def tick_button(text: str = "", value: bool = False) -> widgets.ToggleButton:
    """A large on/off tile for choosing resources (easier to hit than a small checkbox).

    >>> tick_button("★ Fahrrad").value
    False
    """
    out = widgets.ToggleButton(
        value=value, description=text, layout=widgets.Layout(width="auto", max_width="100%")
    )
    out.add_class("bk-tick")
    return out


class ConferenceBox:
    """The eLb's yes to showing one item's words, without names, in a case conference.

    ``on_change(value)`` is called when a person ticks or unticks the box; :meth:`show` puts the
    stored answer into it without calling back (a stored answer is not a new decision).

    >>> seen = []; box = ConferenceBox(seen.append)
    >>> box.show(True); box.widget.value = False; seen
    [False]
    """

    def __init__(self, on_change: Callable[[bool], Any] | None = None) -> None:
        self.on_change = on_change
        self._quiet = False
        self.widget = widgets.Checkbox(
            value=False, description=t("ui_goals.conference_ok"), indent=False, layout=full_width()
        )
        self.widget.add_class("bk-conference-ok")
        self.widget.observe(self._changed, names="value")

    @property
    def value(self) -> bool:
        return bool(self.widget.value)

    def show(self, value: bool) -> None:
        self._quiet = True
        try:
            self.widget.value = value
        finally:
            self._quiet = False

    def _changed(self, change: dict[str, Any]) -> None:
        if not self._quiet and self.on_change is not None:
            self.on_change(bool(change["new"]))
