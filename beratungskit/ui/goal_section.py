"""Section 2 of "Wille & Ziele": choose a goal, or write one with the eLb.

Each goal is tied to a will statement and to resources (tick them, or tap them in the map while the
goal is edited), with the eLb's 0–10 confidence and the scaling follow-up question. Choosing a goal
lights up its resources in the map: the section tells its host (:class:`GoalHost`, the tab).
The editor's tiles are keyed rows, made when the editor first opens and reused after.

>>> from beratungskit.store import CaseStore
>>> from beratungskit.demo import demo_case
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp()); case = demo_case(); store.save(case)
>>> section = GoalSection(Host(Session(store, case)))
>>> section.picker.value = "z1"; section.summary_confidence.value
'So sicher: 6 von 10'
"""

from __future__ import annotations

from typing import Any, Protocol

import ipywidgets as widgets

from beratungskit.analysis.scaling import previous_mark
from beratungskit.messages import t
from beratungskit.model import Case, Goal
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.goals_viewmodel import goal_options, goal_summary, resource_ticks, will_options
from beratungskit.ui.hints import wording_hint
from beratungskit.ui.panel import Panel
from beratungskit.ui.parts import (
    ConferenceBox,
    RowLook,
    button,
    full_width,
    held,
    label,
    row_look,
    show_if,
    tick_button,
)
from beratungskit.ui.rows import KeyedRows
from beratungskit.ui.scaling_box import ScalingBox
from beratungskit.ui.session import Session

__all__ = ["GoalHost", "GoalSection", "Host"]


class GoalHost(Protocol):
    """What the section needs from the tab around it."""

    session: Session
    feedback: Feedback

    def goal_changed(self) -> None:
        """The chosen goal (or the case) changed: steps and map follow."""

    def update_highlight(self) -> None:
        """The resources to light up in the map changed."""

    def show_section(self, name: str) -> None:
        """Show another section of the tab ("steps")."""


class Host:
    """A host for the section on its own (scripts, tests): nothing around it to tell."""

    def __init__(self, session: Session, feedback: Feedback | None = None) -> None:
        self.session = session
        self.feedback = feedback or Feedback()

    def goal_changed(self) -> None:
        pass

    def update_highlight(self) -> None:
        pass

    def show_section(self, name: str) -> None:
        pass


class _Tick:
    """A tile for one resource in the goal editor."""

    def __init__(self, section: GoalSection, key: str, name: str) -> None:
        self.key = key
        # One widget per tile: layout and style are the list's (200 resources: 200 widgets, not 600).
        self.widget = tick_button(name, look=row_look(section))
        self.widget.observe(lambda _c: section.ticked(), names="value")

    def show(self, key: str, name: str) -> None:
        if key != self.key:  # another resource on this tile: it starts unticked
            self.key = key
            self.widget.value = False
        self.widget.description = name


class GoalSection(Panel):
    """Choose a goal (its resources light up in the map) or write a new one with the eLb."""

    def __init__(self, panel: GoalHost) -> None:
        super().__init__(panel.session)
        self.panel = panel
        self.editing: str | None = None  # goal id being changed; None with the editor open = new goal
        self.editor_open = False
        self._refreshing = False
        # "– bitte wählen –" chosen by hand: no goal is picked for the person until they pick one
        self._none_chosen = False
        self._filling = False
        #: layouts and styles of the tiles, made with the first tile (:func:`row_look`)
        self.look: RowLook | None = None

        self.picker = widgets.Dropdown(layout=full_width())
        self.picker.add_class("bk-goal-picker")
        self.new_button = button(t("ui_goals.goal_new"), "bk-goal-new", "info")
        # The chosen goal in full, as it was written (the picker cuts a long one off after one line:
        # the eLb never saw their whole goal, trial 16); shown under the picker in „Ziele“ and in
        # „Schritte“, in the eLb's words, never as HTML
        self.goal_text = label("", "bk-goal-full")
        self.goal_text.layout.display = "none"
        self.summary_resources = label()
        self.summary_confidence = label("", "bk-goal-confidence")
        self.summary_next = label()
        self.conference = ConferenceBox(lambda value: self._share_changed(value))
        self.summary = widgets.VBox(
            [
                self.summary_resources,
                self.summary_confidence,
                self.summary_next,
                self.conference.widget,
                label(t("ui_goals.conference_ok_help"), "bk-muted"),
            ],
            layout=widgets.Layout(display="none", width="100%"),
        )
        self.summary.add_class("bk-goal-summary")
        self.edit_button = button(t("ui_goals.goal_edit"), "bk-goal-edit")
        self.to_steps_button = button(t("ui_goals.goal_to_steps"), "bk-goal-to-steps", "success")
        self.need_will = label(t("ui_goals.goal_need_will"), "bk-notice")

        self.editor_heading = label("", "bk-heading")
        self.will = widgets.Dropdown(layout=full_width())
        self.will.add_class("bk-goal-will")
        self.text = widgets.Textarea(
            placeholder=t("ui_goals.goal_text_placeholder"), rows=3, layout=full_width()
        )
        self.text.add_class("bk-goal-text")
        # One tile per resource: made when the editor first opens, then kept and reused.
        self.tick_rows: KeyedRows[str, _Tick] = KeyedRows(
            lambda key, name: _Tick(self, key, name),
            box=widgets.HBox(layout=widgets.Layout(flex_flow="row wrap", width="100%")),
            empty=label(t("ui_goals.goal_resources_empty"), "bk-muted"),
        )
        self.ticks_box = self.tick_rows.box
        self._ticks_of: tuple[Any, ...] | None = None  # the resources the tiles were made for
        self.ticks_box.add_class("bk-resource-ticks")
        self.confidence = widgets.ToggleButtons(
            options=[(str(n), n) for n in range(11)], value=None, style={"button_width": "46px"}
        )
        self.confidence.add_class("bk-confidence")
        # Scaling questions that follow the number (issue 11); the answer is the eLb's own words.
        self.scaling = ScalingBox()
        self.confidence_next = self.scaling.answer
        self.save_button = button("", "bk-goal-save", "success", "60%")
        self.cancel_button = button(t("ui_goals.goal_cancel"), "bk-goal-cancel", "", "35%")
        self.error = label("", "bk-error")
        self.editor = widgets.VBox(
            [
                self.editor_heading,
                label(t("ui_goals.goal_will_label"), "bk-field-label"),
                self.will,
                label(t("ui_goals.goal_text_label"), "bk-field-label"),
                self.text,
                wording_hint(self.text),
                label(t("ui_goals.goal_resources_label"), "bk-field-label"),
                self.ticks_box,
                label(t("ui_goals.confidence_label"), "bk-field-label"),
                self.confidence,
                self.scaling.widget,
                self.error,
                widgets.HBox([self.save_button, self.cancel_button]),
            ],
            layout=widgets.Layout(display="none", width="100%"),
        )
        self.editor.add_class("bk-goal-editor")
        self.chooser = widgets.VBox(
            [
                label(t("ui_goals.goal_pick"), "bk-field-label"),
                self.picker,
                self.goal_text,
                self.summary,
                widgets.HBox(
                    [self.edit_button, self.to_steps_button], layout=widgets.Layout(flex_flow="row wrap")
                ),
                self.new_button,
            ],
            layout=full_width(),
        )
        self.widget = widgets.VBox(
            [label(t("ui_goals.goal_heading"), "bk-heading"), self.need_will, self.chooser, self.editor],
            layout=full_width(),
        )
        self.widget.add_class("bk-goal-section")

        self.picker.observe(self._picked, names="value")
        #: the confidence of the last conversation day, for the goal in the editor
        self._previous: int | None = None
        #: and the eLb's answer of that day, named with the change („Beim letzten Mal 4 – „…“, heute 6“)
        self._previous_answer: str | None = None
        # the questions follow the number as it is chosen, before anything is saved
        self.confidence.observe(
            lambda c: self.scaling.set_number(c["new"], self._previous, self._previous_answer), names="value"
        )
        self.new_button.on_click(lambda _b: self.open_editor(None))
        self.edit_button.on_click(lambda _b: self.open_editor(self.picker.value))
        self.to_steps_button.on_click(lambda _b: panel.show_section("steps"))
        self.cancel_button.on_click(lambda _b: self.close_editor())
        self.save_button.on_click(lambda _b: self.submit())
        self.refresh()

    @property
    def goal_id(self) -> str | None:
        value = self.picker.value
        return value if isinstance(value, str) and value else None

    @property
    def ticks(self) -> dict[str, widgets.ToggleButton]:
        """The editor's resource tiles, by resource id, in the map's order."""
        return {key: tick.widget for key, tick in self.tick_rows.rows.items()}

    @property
    def conference_box(self) -> widgets.Checkbox | None:
        """The chosen goal's "darf in die Fallbesprechung" box (None while no goal is chosen)."""
        return self.conference.widget if self.goal_id is not None else None

    # --- following the case ------------------------------------------------------------------------

    def refresh(self) -> None:
        case = self.session.case
        options = goal_options(case)
        current = self.goal_id if self.goal_id in {g.id for g in case.goals} else ""
        if not current and case.goals and not self._none_chosen:
            # the goal worked on last is shown, not an empty choice: a case with a goal opened
            # „Ziele“ and „Schritte“ on „– bitte wählen –“, as if there were none (session 17 walk)
            current = case.goals[-1].id
        if list(self.picker.options) != options or self.picker.value != current:
            self._refreshing = True
            try:
                self.picker.options = options
                self.picker.value = current
            finally:
                self._refreshing = False
        wills = will_options(case)
        if list(self.will.options) != wills:
            keep = self.will.value
            self.will.options = wills
            self.will.value = (
                keep if keep in {w.id for w in case.wills} else (wills[-1][1] if wills else None)
            )
        show_if(self.need_will, not case.wills)
        self.new_button.disabled = not case.wills
        if self.editor_open and case.resources is not self._ticks_of:
            # the tiles follow the resources (a tuple: replaced on a change, never changed in place)
            self._sync_ticks(case)
        self._show_summary(case)
        if self.editing is not None and self.editing not in {g.id for g in case.goals}:
            self.close_editor()
        self.panel.goal_changed()

    def _show_summary(self, case: Case) -> None:
        goal_id = self.goal_id
        show = goal_id is not None and not self.editor_open
        show_if(self.edit_button, show, "inline-flex")
        show_if(self.to_steps_button, show, "inline-flex")
        show_if(self.summary, show)
        show_if(self.goal_text, show)
        if goal_id is None:
            self.goal_text.value = ""
            return
        summary = goal_summary(case, goal_id)
        self.goal_text.value = summary.text
        self.summary_resources.value = summary.resources
        self.summary_confidence.value = summary.confidence
        show_if(self.summary_confidence, bool(summary.confidence))
        self.summary_next.value = summary.confidence_next
        show_if(self.summary_next, bool(summary.confidence_next))
        self.conference.show(summary.shareable)

    def _share_changed(self, value: bool) -> None:
        if self.goal_id is not None:
            self.set_shareable(self.goal_id, value)

    def set_shareable(self, goal_id: str, value: bool) -> None:
        """The eLb agrees (or no longer agrees) that the goal's words appear, without names, in a
        case conference; saved at once and undoable."""
        ok, _g = attempt(
            self.session,
            lambda case: case.update("goals", goal_id, shareable=value),
            self.panel.feedback,
            self._problem,
            lambda _g: t("ui_goals.conference_ok_on" if value else "ui_goals.conference_ok_off"),
        )
        if not ok:
            self._show_summary(self.session.case)  # refused: the box shows again what is stored

    def _picked(self, _change: dict[str, Any]) -> None:
        if self._refreshing:
            return
        self._none_chosen = not self.picker.value
        if self.editor_open:
            self.close_editor()
        self._show_summary(self.session.case)
        self.panel.goal_changed()

    # --- editing ---------------------------------------------------------------------------------

    def ticked(self) -> None:
        """A tile was ticked or unticked: the map follows."""
        if not self._filling:
            self.panel.update_highlight()

    def _sync_ticks(self, case: Case) -> None:
        self.tick_rows.sync(resource_ticks(case))
        self._ticks_of = case.resources

    def checked(self) -> list[str]:
        """Resource ids ticked in the editor, in the map's order."""
        return [rid for rid, box in self.ticks.items() if box.value]

    def toggle_resource(self, resource_id: str) -> None:
        """A tap on a node in the map while the goal is edited takes it in or out."""
        box = self.ticks.get(resource_id)
        if box is not None:
            box.value = not box.value

    def open_editor(self, goal_id: str | None) -> None:
        """Open the editor for ``goal_id`` (None: a new goal)."""
        case = self.session.case
        goal: Goal | None = case.goal(goal_id) if goal_id else None
        self.editing = goal.id if goal else None
        self.editor_open = True
        self.editor_heading.value = t(
            "ui_goals.goal_edit_heading" if goal else "ui_goals.goal_edit_heading_new"
        )
        self.save_button.description = t("ui_goals.goal_save" if goal else "ui_goals.goal_save_new")
        if goal is not None:
            self.will.value = goal.will_id
        self.text.value = goal.text if goal else ""
        self._sync_ticks(case)
        chosen = set(goal.resource_ids) if goal else set()
        self._filling = True  # one highlight below, not one per tile
        try:
            for rid, box in self.ticks.items():
                box.value = rid in chosen
        finally:
            self._filling = False
        before = previous_mark(goal) if goal else None
        self._previous = before.value if before else None
        self._previous_answer = before.answer if before else None
        self.confidence.value = goal.confidence if goal else None
        self.scaling.fill(
            goal.confidence if goal else None,
            self._previous,
            goal.confidence_question if goal else None,
            goal.confidence_next if goal else None,
            previous_answer=self._previous_answer,
        )
        self.error.value = ""
        show_if(self.editor, True)
        show_if(self.chooser, False)
        self.panel.update_highlight()

    def close_editor(self) -> None:
        self.editor_open = False
        self.editing = None
        self.error.value = ""
        show_if(self.editor, False)
        show_if(self.chooser, True)
        self._show_summary(self.session.case)
        self.panel.update_highlight()

    def submit(self) -> None:
        """Save the goal being edited (new or changed), tied to its will and resources.

        What the save changes on screen (the goal list and the chosen goal, the editor closed and
        the summary shown) travels once, at the end: not first the old goal chosen, then the new.
        """
        moving = [self.editor, self.chooser, self.summary, self.edit_button, self.to_steps_button]
        with held(self.picker, *(part.layout for part in moving)):
            self._submit()

    def _submit(self) -> None:
        text = self.text.value
        if not text.strip():
            self.error.value = t("ui_goals.goal_required")
            return
        fields: dict[str, Any] = {
            "resource_ids": self.checked(),
            "confidence": self.confidence.value,
            "confidence_question": self.scaling.question_text if self.confidence_next.value.strip() else None,
            "confidence_next": self.confidence_next.value,
        }
        will_id, editing = self.will.value, self.editing
        goal: Any
        if editing is None:
            ok, goal = attempt(
                self.session,
                lambda case: case.add_goal(will_id, text, **fields),
                self.panel.feedback,
                self._problem,
                lambda _g: t("ui_goals.goal_added"),
            )
        else:
            ok, goal = attempt(
                self.session,
                lambda case: case.update("goals", editing, will_id=will_id, text=text, **fields),
                self.panel.feedback,
                self._problem,
                lambda _g: t("ui_goals.goal_changed"),
            )
        if ok and goal is not None:
            self.editor_open = False
            self.picker.value = goal.id
            self.close_editor()

    def _problem(self, message: str) -> None:
        self.error.value = message
