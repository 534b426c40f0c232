"""The IFK's own note on the case: clearly apart from the eLb's words, with the whole wording guard.

Before, an IFK who wanted to note something typed it into a resource's "In Ihren Worten" field, which
belongs to the eLb. This box is the IFK's place; what is written here is shown to the eLb in "Was wir
festhalten" (concept paper: "Sagen Sie den eLb, was Sie dokumentieren") and never leaves the office in
a pseudonymised export.

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp())
>>> box = IfkNoteBox(Session(store, store.create("Sonnenblume")))
>>> box.text.value = "Bringt Unterlagen mit."; box.save_button.click()
>>> store.load(box.session.case.key).ifk_note
'Bringt Unterlagen mit.'
"""

from __future__ import annotations

import ipywidgets as widgets

from beratungskit.messages import t
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.hints import wording_hint
from beratungskit.ui.panel import Panel
from beratungskit.ui.session import Session

__all__ = ["IfkNoteBox"]


class IfkNoteBox(Panel):
    """Heading, a note field with the wording hint (written by the IFK), and "Notiz speichern"."""

    def __init__(self, session: Session, feedback: Feedback | None = None) -> None:
        super().__init__(session)
        self.feedback = feedback or Feedback()
        heading = widgets.Label(t("ui_goals.ifk_note_heading"))
        heading.add_class("bk-heading")
        help_text = widgets.Label(t("ui_goals.ifk_note_help"))
        help_text.add_class("bk-muted")
        self.text = widgets.Textarea(
            value=session.case.ifk_note or "",
            placeholder=t("ui_goals.ifk_note_placeholder"),
            rows=3,
            layout=widgets.Layout(width="100%"),
        )
        self.text.add_class("bk-ifk-note")
        self.save_button = widgets.Button(
            description=t("ui_goals.ifk_note_save"),
            button_style="success",
            layout=widgets.Layout(width="auto"),
        )
        self.save_button.add_class("bk-ifk-note-save")
        self.message = widgets.Label("")
        self.message.add_class("bk-status")
        self.error = widgets.Label("")
        self.error.add_class("bk-error")
        self.widget = widgets.VBox(
            [
                heading,
                help_text,
                self.text,
                wording_hint(self.text, writer="ifk"),
                widgets.HBox([self.save_button, self.message]),
                self.error,
            ],
            layout=widgets.Layout(width="100%"),
        )
        self.widget.add_class("bk-ifk-note-box")
        self._shown = session.case.ifk_note or ""
        self.save_button.on_click(lambda _b: self.save())

    def save(self) -> None:
        text = self.text.value
        ok, _ = attempt(
            self.session,
            lambda case: case.set_ifk_note(text),
            self.feedback,
            self._problem,
            lambda _r: t("ui_goals.ifk_note_saved" if text.strip() else "ui_goals.ifk_note_cleared"),
        )
        if ok:
            self._shown = self.session.case.ifk_note or ""
            self.message.value = self.feedback.last

    def refresh(self) -> None:
        """Follow the case (undo, reload) unless the IFK is in the middle of typing a change."""
        stored = self.session.case.ifk_note or ""
        if self.text.value == self._shown and stored != self._shown:
            self.text.value = stored
        self._shown = stored

    def _problem(self, message: str) -> None:
        self.error.value = message
