"""Section 1 of "Wille & Ziele": will statements in the eLb's own words, and wishes.

Will statements are stored verbatim (the eLb's words are theirs); "Wünsche und Ideen" have their own
place, and each can become a will statement ("Das will ich wirklich"). Every will carries the eLb's
yes or no to showing its words, without names, in a case conference.

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp())
>>> section = WillSection(Session(store, store.create("Sonnenblume")), Feedback())
>>> section.text.value = "Ich will  wieder backen!"; section.add_button.click()
>>> store.load(section.session.case.key).wills[0].text
'Ich will  wieder backen!'
"""

from __future__ import annotations

import ipywidgets as widgets

from beratungskit.messages import t
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.goals_viewmodel import WillItem, WishItem, will_items, wish_items
from beratungskit.ui.hints import wording_hint
from beratungskit.ui.panel import Panel
from beratungskit.ui.parts import ConferenceBox, RowLook, button, full_width, label, row_look, show_if
from beratungskit.ui.rows import KeyedRows
from beratungskit.ui.session import Session

__all__ = ["WillSection"]


class _WillRow:
    """A will statement and the eLb's yes to the conference: 3 widgets (layouts and styles are the
    list's, :class:`~beratungskit.ui.parts.RowLook`), made already showing the statement."""

    def __init__(self, section: WillSection, key: str, item: WillItem) -> None:
        self.key = key
        look = row_look(section)
        self.text = label(item.text, "bk-will-item", look)
        self.conference = ConferenceBox(
            lambda value: section.set_shareable(self.key, value), look, item.shareable
        )
        self.widget = widgets.VBox([self.text, self.conference.widget], layout=look.full)

    def show(self, key: str, item: WillItem) -> None:
        self.key = key
        self.text.value = item.text
        self.conference.show(item.shareable)


class _WishRow:
    """A wish, and "Das will ich wirklich" until it is a will statement (then a note says so)."""

    def __init__(self, section: WillSection, key: str, item: WishItem) -> None:
        self.key = key
        look = row_look(section)
        self.text = label(item.text, "bk-wish-text", look)
        self.is_will = label(t("ui_goals.wish_is_will"), "bk-muted", look)
        self.promote = button(t("ui_goals.wish_promote"), "bk-wish-promote", look=look)
        self.promote.on_click(lambda _b: section.promote(self.key))
        # The note or the button, whichever applies, is in the row (they share their layouts).
        self.widget = widgets.VBox(self._parts(item), layout=look.full, _dom_classes=("bk-wish-item",))

    def _parts(self, item: WishItem) -> tuple[widgets.Widget, ...]:
        return (self.text, self.is_will if item.promoted else self.promote)

    def show(self, key: str, item: WishItem) -> None:
        self.key = key
        self.text.value = item.text
        parts = self._parts(item)
        if tuple(self.widget.children) != parts:
            self.widget.children = parts


class WillSection(Panel):
    """Will statements in the eLb's words (kept verbatim) and wishes that can become one."""

    def __init__(self, session: Session, feedback: Feedback) -> None:
        super().__init__(session)
        self.feedback = feedback
        #: layouts and styles of the rows, made with the first row (:func:`row_look`)
        self.look: RowLook | None = None
        self.text = widgets.Textarea(placeholder=t("ui_goals.will_placeholder"), rows=3, layout=full_width())
        self.text.add_class("bk-will-input")
        self.add_button = button(t("ui_goals.will_add"), "bk-will-add", "success", "100%")
        self.error = label("", "bk-error")
        self.will_rows: KeyedRows[str, _WillRow] = KeyedRows(
            lambda key, item: _WillRow(self, key, item), empty=label(t("ui_goals.wills_empty"), "bk-muted")
        )
        self.wills_box = self.will_rows.box
        self.wills_box.add_class("bk-wills")
        self.conference_help = label(t("ui_goals.conference_ok_help"), "bk-muted")
        self.wish_text = widgets.Textarea(
            placeholder=t("ui_goals.wish_placeholder"), rows=2, layout=full_width()
        )
        self.wish_text.add_class("bk-wish-input")
        self.wish_button = button(t("ui_goals.wish_add"), "bk-wish-add", "", "100%")
        self.wish_error = label("", "bk-error")
        self.wish_rows: KeyedRows[str, _WishRow] = KeyedRows(lambda key, item: _WishRow(self, key, item))
        self.wishes_box = self.wish_rows.box
        self.wishes_box.add_class("bk-wishes")
        self.widget = widgets.VBox(
            [
                label(t("ui_goals.will_heading"), "bk-heading"),
                label(t("ui_goals.will_label"), "bk-card-question"),
                label(t("ui_goals.will_help"), "bk-muted"),
                self.text,
                wording_hint(self.text, writer="elb"),  # the eLb's own words
                self.error,
                self.add_button,
                label(t("ui_goals.wills_heading"), "bk-field-label"),
                self.conference_help,
                self.wills_box,
                label(t("ui_goals.wish_heading"), "bk-heading"),
                label(t("ui_goals.wish_help"), "bk-muted"),
                self.wish_text,
                wording_hint(self.wish_text, writer="elb"),
                self.wish_error,
                self.wish_button,
                self.wishes_box,
            ],
            layout=full_width(),
        )
        self.widget.add_class("bk-will-section")
        self.add_button.on_click(lambda _b: self.add_will())
        self.wish_button.on_click(lambda _b: self.add_wish())
        self.refresh()

    @property
    def conference_boxes(self) -> dict[str, widgets.Checkbox]:
        """The "darf in die Fallbesprechung" box of every will statement, by will id."""
        return {key: row.conference.widget for key, row in self.will_rows.rows.items()}

    @property
    def promote_buttons(self) -> dict[str, widgets.Button]:
        """The "Das will ich wirklich" button of every wish that is not yet a will statement, by wish id."""
        return {
            key: row.promote for key, row in self.wish_rows.rows.items() if row.promote in row.widget.children
        }

    def refresh(self) -> None:
        case = self.session.case
        wills = will_items(case)
        show_if(self.conference_help, bool(wills))
        self.will_rows.sync(wills)
        self.wish_rows.sync(wish_items(case))

    # --- actions ---------------------------------------------------------------------------------

    def add_will(self) -> None:
        text = self.text.value
        if not text.strip():
            self.error.value = t("ui_goals.will_required")
            return
        # Verbatim: the text goes to the model exactly as typed (the eLb's words are theirs).
        ok, _w = attempt(
            self.session,
            lambda case: case.add_will(text),
            self.feedback,
            self._problem,
            lambda _w: t("ui_goals.will_added"),
        )
        if ok:
            self.text.value = ""

    def add_wish(self) -> None:
        text = self.wish_text.value
        if not text.strip():
            self.wish_error.value = t("ui_goals.wish_required")
            return
        ok, _w = attempt(
            self.session,
            lambda case: case.add_wish(text),
            self.feedback,
            self._wish_problem,
            lambda _w: t("ui_goals.wish_added"),
        )
        if ok:
            self.wish_text.value = ""

    def promote(self, wish_id: str) -> None:
        """Turn a wish into a will statement in the same words (``Case.promote_wish``)."""
        attempt(
            self.session,
            lambda case: case.promote_wish(wish_id),
            self.feedback,
            self._wish_problem,
            lambda _w: t("ui_goals.wish_promoted"),
        )

    def set_shareable(self, will_id: str, value: bool) -> None:
        """The eLb agrees (or no longer agrees) that the will's words appear, without names, in a
        case conference; saved at once and undoable."""
        ok, _w = attempt(
            self.session,
            lambda case: case.update("wills", will_id, shareable=value),
            self.feedback,
            self._problem,
            lambda _w: t("ui_goals.conference_ok_on" if value else "ui_goals.conference_ok_off"),
        )
        if not ok:
            self.refresh()  # refused: the box shows again what is stored

    def _problem(self, message: str) -> None:
        self.error.value = message

    def _wish_problem(self, message: str) -> None:
        self.wish_error.value = message
