"""A step draft on a card: "Übernehmen", "Umschreiben" or "Verwerfen".

Nothing reaches the case without one of the first two (only
:func:`~beratungskit.analysis.drafts.confirm_draft` adds a draft). An open sentence ("…, ob …") is
finished by the eLb before it is kept. Cards are keyed rows: when its draft is gone, a card is reused
for the next one, and the rewrite form is made only when a person first asks for it.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

import ipywidgets as widgets

from beratungskit.analysis.drafts import StepDraft, writing_start
from beratungskit.messages import t
from beratungskit.ui.datefield import DateField
from beratungskit.ui.hints import wording_hint
from beratungskit.ui.parts import button, full_width, label, show_if
from beratungskit.ui.steps_viewmodel import DraftItem, DraftKey

__all__ = ["DraftCard", "DraftHost"]


class DraftHost(Protocol):
    """What a card needs from the steps section around it."""

    def take(self, card: DraftCard, text: str | None = None, due: date | None = None) -> None:
        """Confirm the card's draft, as it is or in the eLb's words."""

    def discard(self, card: DraftCard) -> None:
        """Lay the card's draft aside."""

    def focus(self, selector: str) -> None:
        """Move the keyboard to ``selector`` in the page, the caret after the text in it."""


class DraftCard:
    """One suggested step with "Übernehmen", "Umschreiben" and "Verwerfen".

    A card is reused for another draft when its own is gone (:class:`~beratungskit.ui.rows.KeyedRows`).
    "Zu Ende schreiben" (an open draft) and "Umschreiben" open the text box with the keyboard in it,
    the caret after the draft's words; an open draft's "…" is not put into the box
    (:func:`~beratungskit.analysis.drafts.writing_start`).
    """

    _made = 0

    def __init__(self, section: DraftHost) -> None:
        self.section = section
        DraftCard._made += 1
        #: This card's own class in the page: the keyboard is sent to this card's text box.
        self.css_class = f"bk-draft-n{DraftCard._made}"
        self.key: DraftKey | None = None
        self.draft: StepDraft | None = None
        # the draft's sentence start is one of the office's phrasings (templates/step_phrasings.yaml,
        # in the catalogues): the language layer shows it in the eLb's language under the German, its
        # own longer frame before the relation's „{a} hilft {b}“ (which took „Dabei hilft mir: …“)
        self.text = label("", "bk-draft-text")
        self.origin = label("", "bk-muted")
        self.take_button = button(t("ui_goals.draft_take"), "bk-draft-take", "success")
        self.rewrite_button = button(t("ui_goals.draft_rewrite"), "bk-draft-rewrite")
        self.discard_button = button(t("ui_goals.draft_discard"), "bk-draft-discard")
        self.error = label("", "bk-error")
        self.buttons = widgets.HBox([self.take_button, self.rewrite_button, self.discard_button])
        self.widget = widgets.VBox([self.text, self.origin, self.buttons, self.error], layout=full_width())
        self.widget.add_class("bk-card")
        self.widget.add_class("bk-draft")
        self.widget.add_class(self.css_class)
        self.take_button.on_click(lambda _b: self._take_clicked())
        self.rewrite_button.on_click(lambda _b: self.open_rewrite(True))
        self.discard_button.on_click(lambda _b: section.discard(self))
        # "Umschreiben" (the eLb's own words, a date) is made when first opened: most drafts are
        # taken or laid aside as they are.
        self._rewrite: _Rewrite | None = None

    @property
    def rewrite_box(self) -> widgets.VBox:
        return self._rewriting().widget

    @property
    def rewrite(self) -> widgets.Textarea:
        return self._rewriting().text

    @property
    def due(self) -> DateField:
        return self._rewriting().due

    @property
    def save_button(self) -> widgets.Button:
        return self._rewriting().save_button

    @property
    def cancel_button(self) -> widgets.Button:
        return self._rewriting().cancel_button

    def _rewriting(self) -> _Rewrite:
        if self._rewrite is None:
            self._rewrite = _Rewrite(self)
            self.widget.children = [self.text, self.origin, self.buttons, self._rewrite.widget, self.error]
        return self._rewrite

    def show(self, key: DraftKey, item: DraftItem) -> None:
        if key != self.key:  # a new draft on this card: nothing typed for the old one stays
            self.key = key
            if self._rewrite is not None:
                self._rewrite.text.value = writing_start(item.draft.text)
                self._rewrite.due.value = None
            self.error.value = ""
            self.open_rewrite(False)
        self.draft = item.draft
        self.text.value = item.draft.text
        self.origin.value = item.origin
        # An open sentence ("…, ob …") is finished by the eLb before it is kept: one button says so.
        complete = item.draft.complete
        self.take_button.description = t("ui_goals.draft_take" if complete else "ui_goals.draft_finish")
        show_if(self.rewrite_button, complete, "inline-flex")

    def _take_clicked(self) -> None:
        if self.draft is not None and self.draft.complete:
            self.section.take(self)
        else:
            self.open_rewrite(True)

    def open_rewrite(self, show: bool) -> None:
        if show and self._rewrite is None:
            self._rewriting().text.value = writing_start(self.draft.text) if self.draft else ""
        if self._rewrite is not None:
            show_if(self._rewrite.widget, show)
        show_if(self.buttons, not show)
        if show:
            # the button pressed is gone: the keyboard goes on in the box, after the draft's words
            self.section.focus(f".{self.css_class} .bk-draft-rewrite-input textarea")


class _Rewrite:
    """The eLb's own words for a draft, and when (made when "Umschreiben" is first chosen)."""

    def __init__(self, card: DraftCard) -> None:
        self.text = widgets.Textarea(rows=2, layout=full_width())
        self.text.add_class("bk-draft-rewrite-input")
        self.due = DateField(value=None)
        self.due.add_class("bk-draft-due")
        self.save_button = button(t("ui_goals.draft_rewrite_save"), "bk-draft-rewrite-save", "success")
        self.cancel_button = button(t("ui_goals.draft_rewrite_cancel"), "bk-draft-rewrite-cancel")
        self.widget = widgets.VBox(
            [
                label(t("ui_goals.draft_rewrite_label"), "bk-field-label"),
                self.text,
                wording_hint(self.text),
                label(t("ui_goals.due_label"), "bk-field-label"),
                self.due,
                widgets.HBox([self.save_button, self.cancel_button]),
            ],
            layout=widgets.Layout(display="none", width="100%"),
        )
        self.save_button.on_click(lambda _b: card.section.take(card, self.text.value, self.due.value))
        self.cancel_button.on_click(lambda _b: card.open_rewrite(False))
