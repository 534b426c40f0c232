"""Small widget parts every panel uses: labels, buttons, tick tiles and the conference yes.

Labels show their value as text: what the eLb typed (and anything hostile in it) is never read as
HTML. Each widget gets its own ``Layout``: a shared one would hide every widget when one is hidden —
except in the rows of a list (:class:`RowLook`), whose layouts and styles are never changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

import ipywidgets as widgets
from ipywidgets.widgets.widget_bool import CheckboxStyle, ToggleButtonStyle
from ipywidgets.widgets.widget_string import LabelStyle

from beratungskit.messages import t

__all__ = ["ConferenceBox", "RowLook", "button", "full_width", "label", "row_look", "show_if", "tick_button"]


class RowLook:
    """Layouts and styles shared by the rows of one list.

    Every ``Layout`` and every style is a widget of its own: a message to the browser and a model
    there. A row of a step had 25 widgets, 13 of them layouts and styles; with one look per list it
    has 9. Nothing here is ever changed after it is made, so sharing hides or restyles nothing: a
    part a row hides or shows keeps a layout of its own. Made when the first row needs it
    (:func:`row_look`), closed with the panel whose rows use it.

    >>> look = RowLook(); a, b = label("A", look=look), label("B", look=look)
    >>> a.layout is b.layout and a.style is b.style
    True
    """

    def __init__(self) -> None:
        self.full = full_width()
        self.wrap = widgets.Layout(flex_flow="row wrap")
        self.auto = widgets.Layout(width="auto")
        self.label = LabelStyle()
        self.button = widgets.ButtonStyle()
        self.checkbox = CheckboxStyle()
        self.tile = widgets.Layout(width="auto", max_width="100%")
        self.toggle = ToggleButtonStyle()

    @property
    def shared(self) -> list[widgets.Widget]:
        """Every layout and style of the look (to close them with the panel)."""
        return [
            self.full,
            self.wrap,
            self.auto,
            self.tile,
            self.label,
            self.button,
            self.checkbox,
            self.toggle,
        ]


def full_width() -> widgets.Layout:
    """A fresh full-width layout."""
    return widgets.Layout(width="100%")


def bar_end() -> widgets.Box:
    """An empty mark right after a form's button bar that keeps to the window's foot
    (``.bk-form-buttons``, look.py): where the bar stands in the form. While the mark is below the
    window the bar covers the form and casts a shadow over it; with the mark in sight the bar stands
    in its place, without one (a scroll-driven animation on the mark's view timeline, no script)."""
    mark = widgets.Box(layout=widgets.Layout(width="100%"))
    mark.add_class("bk-bar-end")
    return mark


def row_look(owner: Any) -> RowLook:
    """The :class:`RowLook` of ``owner`` (a panel), made on first use as ``owner.look``."""
    look = getattr(owner, "look", None)
    if look is None:
        look = owner.look = RowLook()
    return look


def label(text: str = "", cls: str = "", look: RowLook | None = None) -> widgets.Label:
    """A text line with an optional CSS class (``bk-heading``, ``bk-muted``, ``bk-field-label`` …).

    >>> label("<b>Fahrrad</b>", "bk-muted").value
    '<b>Fahrrad</b>'
    """
    # The class goes with the widget's first message (add_class afterwards would be a second one).
    shared = {"layout": look.full, "style": look.label} if look else {}
    return widgets.Label(text, _dom_classes=(cls,) if cls else (), **shared)


def button(
    text: str, cls: str, style: str = "", width: str = "auto", look: RowLook | None = None
) -> widgets.Button:
    """A button with a CSS class for tests and styles (``look``: of a row; width "auto")."""
    shared: dict[str, Any] = (
        {"layout": look.auto, "style": look.button} if look else {"layout": widgets.Layout(width=width)}
    )
    return widgets.Button(description=text, button_style=style, _dom_classes=(cls,), **shared)


@contextmanager
def held(*parts: widgets.Widget) -> Iterator[None]:
    """Changes to ``parts`` inside the block travel at its end, one message per widget: a value
    set on the way (options, then the chosen one; hidden, then shown again) is not sent at all.

    >>> box = widgets.Dropdown(options=["a"])
    >>> with held(box, box.layout):
    ...     box.options = ["a", "b"]; box.value = "b"; box.layout.display = "none"
    >>> box.value, box.layout.display
    ('b', 'none')
    """
    with ExitStack() as stack:
        for part in parts:
            stack.enter_context(part.hold_sync())
        yield


def show_if(widget: widgets.Widget, shown: bool, display: str = "flex") -> None:
    """Show or hide ``widget`` (nothing travels when it already is as asked)."""
    widget.layout.display = display if shown else "none"


def tick_button(text: str = "", value: bool = False, look: RowLook | None = None) -> widgets.ToggleButton:
    """A large on/off tile for choosing resources (easier to hit than a small checkbox).

    >>> tick_button("★ Fahrrad").value
    False
    """
    shared: dict[str, Any] = (
        {"layout": look.tile, "style": look.toggle}
        if look
        else {"layout": widgets.Layout(width="auto", max_width="100%")}
    )
    return widgets.ToggleButton(value=value, description=text, _dom_classes=("bk-tick",), **shared)


class ConferenceBox:
    """The eLb's yes to showing one item's words, without names, in a case conference.

    ``on_change(value)`` is called when a person ticks or unticks the box; :meth:`show` puts the
    stored answer into it without calling back (a stored answer is not a new decision).

    >>> seen = []; box = ConferenceBox(seen.append)
    >>> box.show(True); box.widget.value = False; seen
    [False]
    """

    def __init__(
        self,
        on_change: Callable[[bool], Any] | None = None,
        look: RowLook | None = None,
        value: bool = False,
    ) -> None:
        self.on_change = on_change
        self._quiet = False
        shared: dict[str, Any] = (
            {"layout": look.full, "style": look.checkbox} if look else {"layout": full_width()}
        )
        self.widget = widgets.Checkbox(
            value=value,
            description=t("ui_goals.conference_ok"),
            indent=False,
            _dom_classes=("bk-conference-ok",),
            **shared,
        )
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
