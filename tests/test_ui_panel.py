"""Panels follow the session while shown, catch up when shown again, and close what they hold."""

from __future__ import annotations

import ipywidgets as widgets

from beratungskit.ui.panel import Panel, close_widgets, widget_tree
from beratungskit.ui.rows import KeyedRows
from beratungskit.ui.session import Session


class Names(Panel):
    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.refreshed = 0
        self.text = widgets.Label()
        self.widget = widgets.VBox([self.text])
        self.refresh()

    def refresh(self) -> None:
        self.refreshed += 1
        self.text.value = ", ".join(r.label for r in self.session.case.resources)


def test_hidden_panel_waits_and_catches_up_once(session: Session) -> None:
    panel = Names(session)
    panel.show(False)
    session.apply(lambda case: case.add_resource("Fahrrad"))
    session.apply(lambda case: case.add_resource("Kita"))
    assert panel.text.value == "" and panel.refreshed == 1
    panel.show(True)
    assert panel.text.value == "Fahrrad, Kita" and panel.refreshed == 2
    panel.show(True)  # nothing new: no second refresh
    assert panel.refreshed == 2


def test_shown_panel_follows_every_change(session: Session) -> None:
    panel = Names(session)
    session.apply(lambda case: case.add_resource("Fahrrad"))
    assert panel.text.value == "Fahrrad"
    session.undo()
    assert panel.text.value == ""


class _Line:
    def __init__(self) -> None:
        self.widget = widgets.Label()

    def show(self, _key: str, item: str) -> None:
        self.widget.value = item


def test_closing_the_session_closes_every_widget_a_panel_holds(session: Session) -> None:
    panel = Names(session)
    panel.hidden = widgets.Button()  # held, but not shown in the panel's box
    panel.lines = KeyedRows(_Line)
    panel.lines.sync([("a", "A"), ("b", "B")])
    panel.lines.sync([("a", "A")])  # "B" is laid aside, in no box
    held = widget_tree(panel.widget, panel.hidden, panel.lines.box, panel.lines.spare[0].widget)
    assert all(w.comm is not None for w in held)
    session.close()
    assert all(w.comm is None for w in held)
    session.apply(lambda case: case.add_resource("Fahrrad"))  # a closed session tells nobody
    assert panel.refreshed == 1


def test_close_widgets_reaches_layouts_and_styles() -> None:
    class Owner:
        def __init__(self) -> None:
            self.button = widgets.Button(description="x")

    owner = Owner()
    layout, style = owner.button.layout, owner.button.style
    close_widgets(owner)
    assert owner.button.comm is None and layout.comm is None and style.comm is None
