"""The "Wille & Ziele" tab of the session app: from what the eLb wants to the one-page plan.

Five sections beside a live map of the same case, always under the activation bar:

1. **Wille** — will statements typed in the eLb's own words and stored verbatim; "Wünsche und Ideen"
   in their own place, each of which can become a will statement ("Das will ich wirklich").
2. **Ziele** — goals, each tied to a will statement and to resources (tick them, or tap them in the
   map while the goal is edited); the eLb's 0–10 confidence and the scaling follow-up question.
   Choosing a goal lights up its resources in the map.
3. **Schritte** — :mod:`beratungskit.ui.steps_panel` (drafts, own steps, the IFK question).
4. **Andere Stellen** — :mod:`beratungskit.ui.referral_panel` (institution and topic area only).
5. **Plan** — :mod:`beratungskit.ui.plan_panel`; the plan preview takes the map's place.

Every change goes through :meth:`Session.apply` (saved at once, undoable); rules live in the model and
in :mod:`beratungskit.analysis`.

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp())
>>> panel = GoalsPanel(Session(store, store.create("Sonnenblume")), make_pdf=False)
>>> panel.will.text.value = "Ich will  wieder backen!"; panel.will.add_button.click()
>>> store.load(panel.session.case.key).wills[0].text
'Ich will  wieder backen!'
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from beratungskit.analysis.drafts import order_resources
from beratungskit.messages import t
from beratungskit.model import ELB_ID, Case, Goal
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.hints import wording_hint
from beratungskit.ui.look import category_symbol
from beratungskit.ui.plan_panel import PlanPanel
from beratungskit.ui.referral_panel import ReferralPanel
from beratungskit.ui.session import Session
from beratungskit.ui.steps_panel import ActivationStrip, StepsSection, conference_box, tick_button

if TYPE_CHECKING:
    from beratungskit.ui.app import SessionApp

__all__ = ["GOALS_CSS", "GoalSection", "GoalsPanel", "WillSection", "add_goals_tab", "build_goals_tab"]


def _full() -> widgets.Layout:
    # A fresh Layout per widget: a shared one would hide every widget when one is hidden.
    return widgets.Layout(width="100%")


SECTIONS = ("will", "goals", "steps", "referral", "plan")
#: Width of the side column; the map (or the plan preview) takes the rest.
SIDE_WIDTH = "540px"

#: Static CSS of this tab (no user text), scoped to ``.bk-goals``.
GOALS_CSS = """
<style>
.bk-goals .bk-will-item { font-size: 20px !important; font-style: italic; background: #f4f7fb;
  border-left: 5px solid #2e7d4f; border-radius: 6px; padding: 6px 10px; margin: 3px 0; }
.bk-goals .bk-wish-item { background: #faf7ef; border-radius: 6px; padding: 4px 10px; margin: 3px 0; }
.bk-goals .bk-confidence .widget-toggle-button { min-width: 42px; padding: 0 6px !important;
  font-weight: 600; }
.bk-goals .bk-draft-text, .bk-goals .bk-step-row-text { font-size: 19px !important; font-weight: 500; }
.bk-goals .bk-step-row { border-bottom: 1px solid #e3e6ee; padding: 6px 0; }
.bk-goals .bk-step-done { text-decoration: line-through; color: #555; }
.bk-goals .bk-step-row button { min-height: 38px; font-size: 15px !important; }
.bk-goals .bk-draft { margin: 6px 0; }
.bk-goals .bk-goal-summary { background: #f4f7fb; border-radius: 10px; padding: 8px 12px; }
.bk-goals .bk-share-text { font-weight: 600; color: #1d5c37; }
.bk-goals .bk-activation .widget-hbox > * { margin-right: 14px; }
.bk-goals .bk-activation { border-bottom: 1px solid #dde; margin-bottom: 6px; }
.bk-goals .bk-resource-ticks { max-height: 260px; overflow-y: auto; border: 1px solid #dde;
  border-radius: 8px; padding: 4px; }
.bk-goals .bk-tick { margin: 3px !important; font-size: 16px !important; min-height: 44px;
  white-space: normal; height: auto; text-align: left; }
.bk-goals .bk-tick.mod-active { background: #2e7d4f; color: #fff; box-shadow: none; }
.bk-goals .bk-tick.mod-active::before { content: "✓ "; }
.bk-goals .bk-sections .widget-toggle-button { font-weight: 600; padding: 0 10px !important; }
.bk-goals .bk-section-body { border-left: 1px solid #dde; padding-left: 12px; }
.bk-goals .bk-conference-ok { align-items: center; }
.bk-goals .bk-conference-ok label { white-space: normal; overflow: visible; }
</style>
"""


def _label(text: str, cls: str = "") -> widgets.Label:
    # Label shows its value as text: the eLb's words are never interpreted as HTML.
    out = widgets.Label(text)
    if cls:
        out.add_class(cls)
    return out


def _button(text: str, cls: str, style: str = "", width: str = "auto") -> widgets.Button:
    button = widgets.Button(description=text, button_style=style, layout=widgets.Layout(width=width))
    button.add_class(cls)
    return button


# --- 1. will and wishes ----------------------------------------------------------------------------


class WillSection:
    """Will statements in the eLb's words (kept verbatim) and wishes that can become one."""

    def __init__(self, session: Session, feedback: Feedback) -> None:
        self.session = session
        self.feedback = feedback
        self.text = widgets.Textarea(placeholder=t("ui_goals.will_placeholder"), rows=3, layout=_full())
        self.text.add_class("bk-will-input")
        self.add_button = _button(t("ui_goals.will_add"), "bk-will-add", "success", "100%")
        self.error = _label("", "bk-error")
        self.wills_box = widgets.VBox(layout=_full())
        self.wills_box.add_class("bk-wills")
        #: One "darf in die Fallbesprechung" box per will statement, by will id.
        self.conference_boxes: dict[str, widgets.Checkbox] = {}
        self.conference_help = _label(t("ui_goals.conference_ok_help"), "bk-muted")
        self.wish_text = widgets.Textarea(placeholder=t("ui_goals.wish_placeholder"), rows=2, layout=_full())
        self.wish_text.add_class("bk-wish-input")
        self.wish_button = _button(t("ui_goals.wish_add"), "bk-wish-add", "", "100%")
        self.wish_error = _label("", "bk-error")
        self.wishes_box = widgets.VBox(layout=_full())
        self.wishes_box.add_class("bk-wishes")
        self.promote_buttons: dict[str, widgets.Button] = {}
        self.widget = widgets.VBox(
            [
                _label(t("ui_goals.will_heading"), "bk-heading"),
                _label(t("ui_goals.will_label"), "bk-card-question"),
                _label(t("ui_goals.will_help"), "bk-muted"),
                self.text,
                wording_hint(self.text),
                self.error,
                self.add_button,
                _label(t("ui_goals.wills_heading"), "bk-field-label"),
                self.conference_help,
                self.wills_box,
                _label(t("ui_goals.wish_heading"), "bk-heading"),
                _label(t("ui_goals.wish_help"), "bk-muted"),
                self.wish_text,
                wording_hint(self.wish_text),
                self.wish_error,
                self.wish_button,
                self.wishes_box,
            ],
            layout=_full(),
        )
        self.widget.add_class("bk-will-section")
        self.add_button.on_click(lambda _b: self.add_will())
        self.wish_button.on_click(lambda _b: self.add_wish())
        session.subscribe(lambda _s: self.refresh())
        self.refresh()

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

    def refresh(self) -> None:
        case = self.session.case
        self.conference_boxes = {}
        wills: list[widgets.Widget] = []
        for w in case.wills:
            box = conference_box(w.shareable, partial(self.set_shareable, w.id))
            self.conference_boxes[w.id] = box
            item = _label(
                t("ui_goals.will_item", text=w.text)
                + (f"  {t('ui_goals.will_from_wish')}" if w.from_wish else ""),
                "bk-will-item",
            )
            wills.append(widgets.VBox([item, box], layout=_full()))
        self.conference_help.layout.display = "flex" if wills else "none"
        self.wills_box.children = wills or [_label(t("ui_goals.wills_empty"), "bk-muted")]
        promoted = {w.from_wish for w in case.wills if w.from_wish}
        self.promote_buttons = {}
        rows: list[widgets.Widget] = []
        for wish in case.wishes:
            parts: list[widgets.Widget] = [_label(wish.text, "bk-wish-text")]
            if wish.id in promoted:
                parts.append(_label(t("ui_goals.wish_is_will"), "bk-muted"))
            else:
                button = _button(t("ui_goals.wish_promote"), "bk-wish-promote")
                button.on_click(lambda _b, wid=wish.id: self.promote(wid))
                self.promote_buttons[wish.id] = button
                parts.append(button)
            row = widgets.VBox(parts, layout=_full())
            row.add_class("bk-wish-item")
            rows.append(row)
        self.wishes_box.children = rows

    def _problem(self, message: str) -> None:
        self.error.value = message

    def _wish_problem(self, message: str) -> None:
        self.wish_error.value = message


# --- 2. goals --------------------------------------------------------------------------------------


class GoalSection:
    """Choose a goal (its resources light up in the map) or write a new one with the eLb."""

    def __init__(self, panel: GoalsPanel) -> None:
        self.panel = panel
        self.session = panel.session
        self.editing: str | None = None  # goal id being changed; None with the editor open = new goal
        self.editor_open = False
        self._refreshing = False

        self.picker = widgets.Dropdown(layout=_full())
        self.picker.add_class("bk-goal-picker")
        self.new_button = _button(t("ui_goals.goal_new"), "bk-goal-new", "info")
        self.summary = widgets.VBox(layout=_full())
        self.summary.add_class("bk-goal-summary")
        self.edit_button = _button(t("ui_goals.goal_edit"), "bk-goal-edit")
        self.to_steps_button = _button(t("ui_goals.goal_to_steps"), "bk-goal-to-steps", "success")
        self.need_will = _label(t("ui_goals.goal_need_will"), "bk-notice")
        #: The chosen goal's "darf in die Fallbesprechung" box (None while no goal is chosen).
        self.conference_box: widgets.Checkbox | None = None

        self.editor_heading = _label("", "bk-heading")
        self.will = widgets.Dropdown(layout=_full())
        self.will.add_class("bk-goal-will")
        self.text = widgets.Textarea(placeholder=t("ui_goals.goal_text_placeholder"), rows=2, layout=_full())
        self.text.add_class("bk-goal-text")
        self.ticks: dict[str, widgets.ToggleButton] = {}
        self.ticks_box = widgets.HBox(layout=widgets.Layout(flex_flow="row wrap", width="100%"))
        self.ticks_box.add_class("bk-resource-ticks")
        self.confidence = widgets.ToggleButtons(
            options=[(str(n), n) for n in range(11)], value=None, style={"button_width": "42px"}
        )
        self.confidence.add_class("bk-confidence")
        self.confidence_next = widgets.Textarea(
            placeholder=t("ui_goals.confidence_next_placeholder"), rows=2, layout=_full()
        )
        self.confidence_next.add_class("bk-confidence-next")
        self.save_button = _button("", "bk-goal-save", "success", "60%")
        self.cancel_button = _button(t("ui_goals.goal_cancel"), "bk-goal-cancel", "", "35%")
        self.error = _label("", "bk-error")
        self.editor = widgets.VBox(
            [
                self.editor_heading,
                _label(t("ui_goals.goal_will_label"), "bk-field-label"),
                self.will,
                _label(t("ui_goals.goal_text_label"), "bk-field-label"),
                self.text,
                wording_hint(self.text),
                _label(t("ui_goals.goal_resources_label"), "bk-field-label"),
                self.ticks_box,
                _label(t("ui_goals.confidence_label"), "bk-field-label"),
                self.confidence,
                _label(t("ui_goals.confidence_next_label"), "bk-field-label"),
                self.confidence_next,
                wording_hint(self.confidence_next),
                self.error,
                widgets.HBox([self.save_button, self.cancel_button]),
            ],
            layout=widgets.Layout(display="none", width="100%"),
        )
        self.editor.add_class("bk-goal-editor")
        self.chooser = widgets.VBox(
            [
                _label(t("ui_goals.goal_pick"), "bk-field-label"),
                self.picker,
                self.summary,
                widgets.HBox(
                    [self.edit_button, self.to_steps_button], layout=widgets.Layout(flex_flow="row wrap")
                ),
                self.new_button,
            ],
            layout=_full(),
        )
        self.widget = widgets.VBox(
            [_label(t("ui_goals.goal_heading"), "bk-heading"), self.need_will, self.chooser, self.editor],
            layout=_full(),
        )
        self.widget.add_class("bk-goal-section")

        self.picker.observe(self._picked, names="value")
        self.new_button.on_click(lambda _b: self.open_editor(None))
        self.edit_button.on_click(lambda _b: self.open_editor(self.picker.value))
        self.to_steps_button.on_click(lambda _b: panel.show_section("steps"))
        self.cancel_button.on_click(lambda _b: self.close_editor())
        self.save_button.on_click(lambda _b: self.submit())
        self.session.subscribe(lambda _s: self.refresh())
        self.refresh()

    @property
    def goal_id(self) -> str | None:
        value = self.picker.value
        return value if isinstance(value, str) and value else None

    # --- following the case ------------------------------------------------------------------------

    def refresh(self) -> None:
        case = self.session.case
        # "" means no goal: a Dropdown shows None as an empty box instead of "– bitte wählen –"
        options: list[tuple[str, str]] = [(t("ui_goals.goal_pick_none"), "")]
        options += [(t("ui_goals.goal_option", n=n, text=g.text), g.id) for n, g in enumerate(case.goals, 1)]
        current = self.goal_id if self.goal_id in {g.id for g in case.goals} else ""
        if list(self.picker.options) != options or self.picker.value != current:
            self._refreshing = True
            try:
                self.picker.options = options
                self.picker.value = current
            finally:
                self._refreshing = False
        wills: list[tuple[str, str]] = [(w.text, w.id) for w in case.wills]
        if list(self.will.options) != wills:
            keep = self.will.value
            self.will.options = wills
            self.will.value = (
                keep if keep in {w.id for w in case.wills} else (wills[-1][1] if wills else None)
            )
        self.need_will.layout.display = "none" if case.wills else "flex"
        self.new_button.disabled = not case.wills
        self._refresh_ticks(case)
        self._show_summary(case)
        if self.editing is not None and self.editing not in {g.id for g in case.goals}:
            self.close_editor()
        self.panel.goal_changed()

    def _refresh_ticks(self, case: Case) -> None:
        ordered = order_resources(list(case.resources))
        ids = [r.id for r in ordered]
        names = {r.id: f"{category_symbol(r.category)} {r.label}" for r in ordered}
        if list(self.ticks) != ids:
            old = self.ticks
            self.ticks = {}
            for rid in ids:
                box = tick_button(names[rid], old[rid].value if rid in old else False)
                box.observe(lambda _c: self.panel.update_highlight(), names="value")
                self.ticks[rid] = box
            self.ticks_box.children = list(self.ticks.values()) or [
                _label(t("ui_goals.goal_resources_empty"), "bk-muted")
            ]
        for rid, box in self.ticks.items():
            if box.description != names[rid]:
                box.description = names[rid]

    def _show_summary(self, case: Case) -> None:
        goal_id = self.goal_id
        show = goal_id is not None and not self.editor_open
        self.edit_button.layout.display = "inline-flex" if show else "none"
        self.to_steps_button.layout.display = "inline-flex" if show else "none"
        if goal_id is None:
            self.summary.children = []
            self.summary.layout.display = "none"
            self.conference_box = None
            return
        goal = case.goal(goal_id)
        names = [case.resource(r).label for r in goal.resource_ids]
        lines = [
            _label(
                t("ui_goals.goal_summary_resources", names=", ".join(names))
                if names
                else t("ui_goals.goal_summary_no_resources")
            )
        ]
        if goal.confidence is not None:
            lines.append(
                _label(t("ui_goals.goal_summary_confidence", n=goal.confidence), "bk-goal-confidence")
            )
        if goal.confidence_next:
            lines.append(_label(t("ui_goals.goal_summary_next", text=goal.confidence_next)))
        self.conference_box = conference_box(goal.shareable, partial(self.set_shareable, goal.id))
        lines += [self.conference_box, _label(t("ui_goals.conference_ok_help"), "bk-muted")]
        self.summary.children = lines
        self.summary.layout.display = "flex" if show else "none"

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
        if self.editor_open:
            self.close_editor()
        self._show_summary(self.session.case)
        self.panel.goal_changed()

    # --- editing ---------------------------------------------------------------------------------

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
        for rid, box in self.ticks.items():
            box.value = bool(goal) and rid in goal.resource_ids  # type: ignore[union-attr]
        self.confidence.value = goal.confidence if goal else None
        self.confidence_next.value = (goal.confidence_next or "") if goal else ""
        self.error.value = ""
        self.editor.layout.display = "flex"
        self.chooser.layout.display = "none"
        self.panel.update_highlight()

    def close_editor(self) -> None:
        self.editor_open = False
        self.editing = None
        self.error.value = ""
        self.editor.layout.display = "none"
        self.chooser.layout.display = "flex"
        self._show_summary(self.session.case)
        self.panel.update_highlight()

    def submit(self) -> None:
        """Save the goal being edited (new or changed), tied to its will and resources."""
        text = self.text.value
        if not text.strip():
            self.error.value = t("ui_goals.goal_required")
            return
        fields: dict[str, Any] = {
            "resource_ids": self.checked(),
            "confidence": self.confidence.value,
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


# --- the tab ---------------------------------------------------------------------------------------


def _make_map(case: Case) -> widgets.Widget:
    try:
        from beratungskit.ui.mapwidget import CaseMap
    except ImportError:  # without the live map the sections still work
        return widgets.Label(t("ui_session.map_missing"))
    live = CaseMap.from_case(case, height="560px")
    live.add_class("bk-map")
    live.add_class("bk-goals-map")
    return live


class GoalsPanel:
    """The whole "Wille & Ziele" tab (``widget``) for one session.

    ``map`` is the live map shown beside the sections (by default its own :class:`CaseMap` of the
    case, so the goal's resources light up right next to the goal).
    """

    def __init__(
        self,
        session: Session,
        feedback: Feedback | None = None,
        *,
        map: widgets.Widget | None = None,
        make_pdf: bool | None = None,
        partners: list[Any] | None = None,
        lazy_map: bool = False,
    ) -> None:
        self.session = session
        self.feedback = feedback or Feedback()
        self.map: widgets.Widget | None = None
        self._ready = False
        self.activation = ActivationStrip(session)
        self.will = WillSection(session, self.feedback)
        self.steps = StepsSection(session, self.feedback)
        self.referral = ReferralPanel(session, self.feedback, partners)
        self.plan = PlanPanel(session, self.feedback, make_pdf=make_pdf)
        self.goals = GoalSection(self)
        # The goal picker belongs to "Ziele" and is shown again above the steps: one choice, two places.
        self.steps_goal = widgets.VBox([_label(t("ui_goals.goal_pick"), "bk-field-label"), self.goals.picker])

        self.sections = widgets.ToggleButtons(
            options=[(t(f"ui_goals.section.{s}"), s) for s in SECTIONS],
            value="will",
            style={"button_width": "auto"},
        )
        self.sections.add_class("bk-sections")
        self.body = widgets.VBox(layout=_full())
        self.body.add_class("bk-section-body")
        side = widgets.VBox(
            [self.sections, self.body],
            layout=widgets.Layout(
                width=SIDE_WIDTH, min_width=SIDE_WIDTH, max_height="620px", overflow="auto", padding="0 6px"
            ),
        )
        side.add_class("bk-side")
        self.map_help = _label(t("ui_goals.map_help"), "bk-muted")
        self.map_box = widgets.VBox(
            [_label(t("ui_session.map_missing"), "bk-muted"), self.map_help],
            layout=widgets.Layout(width="100%"),
        )
        self.left = widgets.VBox([self.map_box], layout=widgets.Layout(flex="1 1 auto", width="auto"))
        self.left.add_class("bk-map-box")
        style = widgets.HTML(GOALS_CSS, layout=widgets.Layout(display="none"))
        self.widget = widgets.VBox(
            [style, self.activation.widget, widgets.HBox([self.left, side], layout=_full())], layout=_full()
        )
        self.widget.add_class("bk-goals")

        self.sections.observe(lambda _c: self._show_section(), names="value")
        self._ready = True
        if map is not None or not lazy_map:
            self.attach_map(map if map is not None else _make_map(session.case))
        self._show_section()
        self.goal_changed()

    def ensure_map(self) -> widgets.Widget:
        """The live map, made now if it was left for later (``lazy_map``: made when the tab opens)."""
        if self.map is None:
            self.attach_map(_make_map(self.session.case))
        assert self.map is not None
        return self.map

    def attach_map(self, live: widgets.Widget) -> None:
        """Show ``live`` beside the sections and keep it in step with the case and the chosen goal."""
        self.map = live
        on_select = getattr(live, "on_select", None)
        if on_select is not None:
            on_select(self._map_selected)
        on_move = getattr(live, "on_move", None)
        if on_move is not None:
            on_move(self._moved)
        show_case = getattr(live, "show_case", None)
        if show_case is not None:
            show_case(self.session.case)
            self.session.subscribe(lambda s: show_case(s.case))
        self.map_box.children = [live, self.map_help]
        self.update_highlight()

    # --- sections --------------------------------------------------------------------------------

    def show_section(self, name: str) -> None:
        self.sections.value = name

    def _show_section(self) -> None:
        name = self.sections.value
        body: dict[str, list[widgets.Widget]] = {
            "will": [self.will.widget],
            "goals": [self.goals.widget],
            "steps": [self.steps_goal, self.steps.widget],
            "referral": [self.referral.widget],
            "plan": [self.plan.widget],
        }
        self.body.children = body[name]
        # The plan preview takes the map's place: the eLb reads the whole page before printing.
        self.left.children = [self.plan.preview] if name == "plan" else [self.map_box]

    # --- goal and map ----------------------------------------------------------------------------

    def goal_changed(self) -> None:
        """The chosen goal changed (or the case did): steps and highlight follow."""
        if not self._ready:
            return
        self.steps.show_goal(self.goals.goal_id)
        self.update_highlight()

    def highlighted_ids(self) -> list[str]:
        """What the map should emphasise: the ticked resources while editing, else the goal's."""
        if self.goals.editor_open:
            return self.goals.checked()
        goal_id = self.goals.goal_id
        if goal_id is None:
            return []
        return list(self.session.case.goal(goal_id).resource_ids)

    def update_highlight(self) -> None:
        if not self._ready:
            return
        if self.map is None:
            return
        highlight = getattr(self.map, "highlight", None)
        if highlight is not None:
            ids = self.highlighted_ids()
            if frozenset(ids) != getattr(self.map, "highlighted", None):
                highlight(ids)

    def _map_selected(self, node_id: str) -> None:
        if not node_id or node_id == ELB_ID:
            return
        if self.goals.editor_open:
            self.goals.toggle_resource(node_id)
            # Deselect, so a second tap on the same node takes it out again.
            if self.map is not None and hasattr(self.map, "selected"):
                self.map.selected = ""

    def _moved(self, node_id: str, x: float, y: float) -> None:
        if node_id == ELB_ID or node_id not in {r.id for r in self.session.case.resources}:
            return
        attempt(
            self.session,
            lambda case: case.move_resource(node_id, x, y),
            self.feedback,
            lambda _m: None,
            lambda _r: "",
        )


def build_goals_tab(session: Session, feedback: Feedback) -> widgets.Widget:
    """Tab factory for the session app: the "Wille & Ziele" panel of ``session``."""
    panel = GoalsPanel(session, feedback)
    widget = panel.widget
    widget._beratungskit_panel = panel  # tests and the app reach the panel through the widget
    return widget


def add_goals_tab(app: SessionApp) -> None:
    """Give ``app`` the "Wille & Ziele" tab (now and for every case opened later).

    The tab's own live map is made only when the tab is first opened: a session that never opens
    it loads one map, not two (each carries the ~700 KB vis-network bundle).
    """

    def factory(session: Session, feedback: Feedback) -> widgets.Widget:
        panel = GoalsPanel(session, feedback, lazy_map=True)
        tabs = app.tabs  # the new case's Tab; this widget becomes its next child
        index = len(tabs.children)

        def selected(change: dict[str, Any]) -> None:
            if change["new"] == index:
                panel.ensure_map()

        tabs.observe(selected, names="selected_index")
        widget = panel.widget
        widget._beratungskit_panel = panel
        return widget

    app.add_tab(t("ui_goals.tab"), factory)
