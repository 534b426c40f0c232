"""The activation bar above the "Wille & Ziele" tab: who does the steps, and gentle hints.

A bar and "x von y Schritten gehen Sie selbst" (concept paper: "Tun Sie nie mehr für den eLb als
dieser für sich selbst"), plus the hints of :func:`beratungskit.analysis.activation.activation_hints`.

>>> from beratungskit.store import CaseStore
>>> from beratungskit.demo import demo_case
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp()); case = demo_case(); store.save(case)
>>> ActivationStrip(Session(store, case)).text.value
'3 von 4 Schritten gehen Sie selbst.'
"""

from __future__ import annotations

import ipywidgets as widgets

from beratungskit.messages import t
from beratungskit.ui.panel import Panel
from beratungskit.ui.parts import label, show_if
from beratungskit.ui.rows import KeyedRows
from beratungskit.ui.session import Session
from beratungskit.ui.steps_viewmodel import activation_view

__all__ = ["ActivationStrip"]


class _Hint:
    def __init__(self) -> None:
        self.widget = label("", "bk-notice")

    def show(self, _key: int, text: str) -> None:
        self.widget.value = text


class ActivationStrip(Panel):
    """Who does the steps: a bar, "x von y Schritten gehen Sie selbst" and gentle hints."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.bar = widgets.HTML(layout=widgets.Layout(width="260px"))
        self.text = label("", "bk-share-text")
        self.legend = widgets.HTML("")
        self.legend.add_class("bk-muted")
        self.hint_rows: KeyedRows[int, _Hint] = KeyedRows(_Hint)
        self.hints = self.hint_rows.box
        self.hints.add_class("bk-activation-hints")
        # The counts stand once there is a step (trial of session 16: with none, „Wer macht die
        # Schritte?“, an empty bar and 0 / 0 / 0 stood first and pushed „1 Wille“ and the will just
        # saved below the window)
        self.head = widgets.HBox(
            [label(t("ui_goals.share_title"), "bk-field-label"), self.bar, self.text, self.legend],
            layout=widgets.Layout(align_items="center", flex_flow="row wrap"),
        )
        self.widget = widgets.VBox(
            [self.head, self.hints],
            layout=widgets.Layout(width="100%", padding="4px 8px"),
        )
        self.widget.add_class("bk-activation")
        self.refresh()

    def refresh(self) -> None:
        view = activation_view(self.session.case)
        self.bar.value = view.bar
        self.text.value = view.text
        self.legend.value = view.legend
        show_if(self.head, view.counted)
        self.hint_rows.sync(enumerate(view.hints))
