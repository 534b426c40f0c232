"""Next steps for one goal: drafts to take over, the eLb's own steps, the confirmed ones.

:class:`StepsSection` shows the step DRAFTS of :func:`beratungskit.analysis.drafts.draft_steps` as
cards in origin order (own resources first, SGB II last). Each card has "Übernehmen", "Umschreiben"
and "Verwerfen"; nothing reaches the case without one of the first two (only
:func:`~beratungskit.analysis.drafts.confirm_draft` adds a draft). A step the eLb writes themselves
can have any owner; an IFK-owned step first asks "Was davon können Sie selbst tun?" and waits for a
choice (concept paper: "Tun Sie nie mehr für den eLb als dieser für sich selbst").

Drafts, tiles and confirmed steps are keyed rows (:mod:`beratungskit.ui.rows`): a change touches
only the rows it concerns. What each row says comes from :mod:`beratungskit.ui.steps_viewmodel`.

>>> from beratungskit.store import CaseStore
>>> from beratungskit.demo import demo_case
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp()); case = demo_case(); store.save(case)
>>> steps = StepsSection(Session(store, case)); steps.show_goal("z1")
>>> [c.draft.origin.value for c in steps.cards]
['eigen', 'eigen']
>>> card = steps.cards[0]; card.take_button.description  # an open sentence: the eLb finishes it
'Zu Ende schreiben'
>>> card.take_button.click(); card.rewrite.value = "Ich backe Probe-Brötchen für die Bäckerei."
>>> card.save_button.click(); len(store.load("demo-mira").steps)
5
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import ipywidgets as widgets

from beratungskit.analysis.activation import asks_ifk_question, ifk_step_question
from beratungskit.analysis.drafts import Phrasings, confirm_draft, load_phrasings
from beratungskit.messages import t
from beratungskit.model import Case, Owner, StepStatus
from beratungskit.model import label as model_label
from beratungskit.ui.datefield import DateField
from beratungskit.ui.draft_card import DraftCard
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.hints import wording_hint
from beratungskit.ui.panel import Panel
from beratungskit.ui.parts import (
    ConferenceBox,
    RowLook,
    button,
    full_width,
    label,
    row_look,
    show_if,
    tick_button,
)
from beratungskit.ui.rows import KeyedRows
from beratungskit.ui.session import Session
from beratungskit.ui.steps_viewmodel import (
    DraftKey,
    StepItem,
    draft_items,
    draft_key,
    goal_resource_ticks,
    helper_choices,
    step_items,
)

__all__ = ["DraftCard", "StepRow", "StepsSection"]  # DraftCard: re-exported for scripts and tests


class StepRow:
    """One confirmed step: its words, who and when, buttons to change its status, the conference yes.

    Made already showing its first step, with the layouts and styles of its list
    (:class:`~beratungskit.ui.parts.RowLook`): 9 widgets, each sent once.
    """

    def __init__(self, section: StepsSection, key: str, item: StepItem) -> None:
        self.section = section
        self.key = key
        look = row_look(section)
        self.text = label(item.text, "bk-step-row-text", look)
        if item.done:
            self.text.add_class("bk-step-done")
        self.meta = label(item.meta, "bk-muted", look)
        self.status_buttons: dict[StepStatus, widgets.Button] = {}
        for target in StepStatus:
            status_button = button(
                t("ui_goals.step_status_to", status=model_label(target)),
                f"bk-step-to-{target.value}",
                look=look,
            )
            status_button.on_click(lambda _b, s=target: section.set_status(self.key, s))
            self.status_buttons[target] = status_button
        # Only the statuses a step can go to are in the box (not hidden ones: the buttons share
        # one layout, and a hidden button would hide them all).
        self.actions = widgets.HBox(self._offered(item), layout=look.wrap)
        self.conference = ConferenceBox(
            lambda value: section.set_shareable(self.key, value), look, item.shareable
        )
        self.status = item.status
        self.widget = widgets.VBox(
            [self.text, self.meta, self.actions, self.conference.widget],
            layout=look.full,
            _dom_classes=("bk-step-row", f"bk-step-{item.status.value}"),
        )

    def _offered(self, item: StepItem) -> list[widgets.Button]:
        return [b for target, b in self.status_buttons.items() if target in item.targets]

    def show(self, key: str, item: StepItem) -> None:
        self.key = key
        self.text.value = item.text
        if item.done:
            self.text.add_class("bk-step-done")
        else:
            self.text.remove_class("bk-step-done")
        if item.status is not self.status:
            self.widget.remove_class(f"bk-step-{self.status.value}")
            self.widget.add_class(f"bk-step-{item.status.value}")
            self.status = item.status
        self.meta.value = item.meta
        offered = tuple(self._offered(item))
        if tuple(self.actions.children) != offered:
            self.actions.children = offered
        self.conference.show(item.shareable)


class _Tick:
    """A tile for one of the goal's resources under an own step."""

    def __init__(self, section: StepsSection, key: str, name: str) -> None:
        self.key = key
        self.widget = tick_button(name, look=row_look(section))

    def show(self, key: str, name: str) -> None:
        if key != self.key:  # another resource on this tile: it starts unticked
            self.key = key
            self.widget.value = False
        self.widget.description = name


class _HelperPick:
    """A tile for someone on the map who could do the step: a tap writes them into „Wer genau?“."""

    def __init__(self, section: StepsSection, key: str, item: tuple[str, str]) -> None:
        self.value = item[1]
        self.widget = button(item[0], "bk-helper-pick", look=row_look(section))
        self.widget.on_click(lambda _b: setattr(section.helper, "value", self.value))

    def show(self, key: str, item: tuple[str, str]) -> None:
        self.widget.description, self.value = item


# --- the section -----------------------------------------------------------------------------------


class StepsSection(Panel):
    """Drafts, a step in the eLb's own words, and the confirmed steps of one goal."""

    def __init__(self, session: Session, feedback: Feedback | None = None) -> None:
        super().__init__(session)
        self.feedback = feedback or Feedback()
        self.goal_id: str | None = None
        #: Drafts laid aside with "Verwerfen" — not in the case (a draft never is), only hidden here.
        self.discarded: set[DraftKey] = set()
        self.pending_ifk: dict[str, Any] | None = None
        self._phrasings: Phrasings | None = None
        #: layouts and styles of the rows, made with the first row (:func:`row_look`)
        self.look: RowLook | None = None

        self.card_rows: KeyedRows[DraftKey, DraftCard] = KeyedRows(lambda: DraftCard(self))
        self.drafts_box = self.card_rows.box
        self.drafts_box.add_class("bk-drafts")
        self.drafts_note = label("", "bk-muted")

        # a step in the eLb's own words
        self.step_text = widgets.Textarea(
            placeholder=t("ui_goals.step_text_placeholder"), rows=2, layout=full_width()
        )
        self.step_text.add_class("bk-step-text")
        self.owner = widgets.ToggleButtons(
            options=[(model_label(o), o) for o in Owner], value=Owner.ELB, style={"button_width": "auto"}
        )
        self.owner.add_class("bk-step-owner")
        self.helper = widgets.Text(layout=full_width())
        self.helper.add_class("bk-step-helper")
        # who of the map could do it, one tap each (made when the question is first asked)
        self.helper_rows: KeyedRows[str, _HelperPick] = KeyedRows(
            lambda key, item: _HelperPick(self, key, item),
            box=widgets.HBox(layout=widgets.Layout(flex_flow="row wrap", width="100%")),
        )
        self.helper_rows.box.add_class("bk-helper-picks")
        self.helper_box = widgets.VBox(
            [
                label(t("ui_goals.step_helper_label"), "bk-field-label"),
                self.helper_rows.box,
                self.helper,
                wording_hint(self.helper),
            ],
            layout=widgets.Layout(display="none", width="100%"),
        )
        self.due = DateField(value=None)
        self.due.add_class("bk-step-due")
        self.tick_rows: KeyedRows[str, _Tick] = KeyedRows(
            lambda key, name: _Tick(self, key, name),
            box=widgets.HBox(layout=widgets.Layout(flex_flow="row wrap", width="100%")),
        )
        self.step_resources_box = self.tick_rows.box
        self.add_button = button(t("ui_goals.step_add"), "bk-step-add", "success")
        self.step_error = label("", "bk-error")

        # "Was davon können Sie selbst tun?"
        self.ifk_question = label(ifk_step_question(), "bk-card-question")
        self.ifk_own_part = widgets.Textarea(rows=2, layout=full_width())
        self.ifk_own_part.add_class("bk-ifk-own-part")
        self.ifk_self = button(t("ui_goals.ifk_choice_self"), "bk-ifk-self", "success")
        self.ifk_split = button(t("ui_goals.ifk_choice_split"), "bk-ifk-split", "info")
        self.ifk_keep = button(t("ui_goals.ifk_choice_keep"), "bk-ifk-keep")
        self.ifk_back = button(t("ui_goals.ifk_choice_back"), "bk-ifk-back")
        self.ifk_error = label("", "bk-error")
        self.ifk_step = label("", "bk-ifk-step")
        self.ifk_box = widgets.VBox(
            [
                label(t("ui_goals.ifk_intro"), "bk-muted"),
                self.ifk_step,
                self.ifk_question,
                label(t("analysis_plan.ifk_question_more"), "bk-muted"),
                label(t("ui_goals.ifk_own_part_label"), "bk-field-label"),
                self.ifk_own_part,
                wording_hint(self.ifk_own_part),
                widgets.HBox([self.ifk_self, self.ifk_split], layout=widgets.Layout(flex_flow="row wrap")),
                widgets.HBox([self.ifk_keep, self.ifk_back], layout=widgets.Layout(flex_flow="row wrap")),
                self.ifk_error,
            ],
            layout=widgets.Layout(display="none", width="100%"),
        )
        self.ifk_box.add_class("bk-card")
        self.ifk_box.add_class("bk-ifk-question")

        self.step_rows: KeyedRows[str, StepRow] = KeyedRows(
            lambda key, item: StepRow(self, key, item), empty=label(t("ui_goals.confirmed_none"), "bk-muted")
        )
        self.confirmed_box = self.step_rows.box
        self.confirmed_box.add_class("bk-steps-confirmed")
        self.conference_help = label(t("ui_goals.conference_ok_help"), "bk-muted")

        self.own_form = widgets.VBox(
            [
                label(t("ui_goals.own_step_heading"), "bk-heading"),
                label(t("ui_goals.step_text_label"), "bk-field-label"),
                self.step_text,
                wording_hint(self.step_text),
                label(t("ui_goals.step_owner_label"), "bk-field-label"),
                self.owner,
                self.helper_box,
                label(t("ui_goals.due_label"), "bk-field-label"),
                self.due,
                label(t("ui_goals.step_resources_label"), "bk-field-label"),
                self.step_resources_box,
                self.step_error,
                self.add_button,
            ],
            layout=full_width(),
        )
        self.goal_body = widgets.VBox(
            [
                label(t("ui_goals.drafts_heading"), "bk-heading"),
                label(t("ui_goals.drafts_help"), "bk-muted"),
                self.drafts_note,
                self.drafts_box,
                label(t("ui_goals.confirmed_heading"), "bk-heading"),
                self.conference_help,
                self.confirmed_box,
                self.own_form,
            ],
            layout=full_width(),
        )
        self.no_goal = label(t("ui_goals.steps_pick_goal"), "bk-muted")
        self.widget = widgets.VBox([self.no_goal], layout=full_width())
        self.widget.add_class("bk-steps")

        self.owner.observe(lambda _c: self._show_helper(), names="value")
        self.add_button.on_click(lambda _b: self.submit_own())
        self.ifk_self.on_click(lambda _b: self.choose_ifk("self"))
        self.ifk_split.on_click(lambda _b: self.choose_ifk("split"))
        self.ifk_keep.on_click(lambda _b: self.choose_ifk("keep"))
        self.ifk_back.on_click(lambda _b: self._close_ifk())

    @property
    def cards(self) -> list[DraftCard]:
        """The draft cards shown, in order."""
        return list(self.card_rows.rows.values())

    @property
    def conference_boxes(self) -> dict[str, widgets.Checkbox]:
        """The "darf in die Fallbesprechung" box of every confirmed step shown, by step id."""
        return {key: row.conference.widget for key, row in self.step_rows.rows.items()}

    @property
    def step_resources(self) -> dict[str, widgets.ToggleButton]:
        """The tiles of the goal's resources under an own step, by resource id."""
        return {key: tick.widget for key, tick in self.tick_rows.rows.items()}

    # --- which goal ------------------------------------------------------------------------------

    def show_goal(self, goal_id: str | None) -> None:
        """Show drafts and steps of ``goal_id`` (None: ask to pick a goal)."""
        if goal_id == self.goal_id:
            return  # the same goal: the section follows changes of the case by itself
        self._close_ifk()
        self.step_error.value = ""
        self.goal_id = goal_id
        if self.visible:
            self.refresh()
        else:
            self.behind = True

    @property
    def phrasings(self) -> Phrasings:
        """The step phrasings, read from their file once per section (not on every change)."""
        if self._phrasings is None:
            self._phrasings = load_phrasings()
        return self._phrasings

    def refresh(self) -> None:
        case = self.session.case
        if self.goal_id is not None and self.goal_id not in {g.id for g in case.goals}:
            self.goal_id = None
            self._close_ifk()
        if self.goal_id is None:
            self.widget.children = [self.no_goal]
            self.card_rows.sync([])
            return
        # While the IFK question waits for an answer it takes the whole section: it needs a choice.
        self.widget.children = [self.ifk_box] if self.pending_ifk else [self.goal_body]
        drafts = draft_items(case, self.goal_id, self.discarded, self.phrasings)
        self.card_rows.sync(drafts)
        self.drafts_note.value = "" if drafts else t("ui_goals.drafts_none")
        self.tick_rows.sync(goal_resource_ticks(case, self.goal_id))
        steps = step_items(case, self.goal_id)
        show_if(self.conference_help, bool(steps))
        self.step_rows.sync(steps)
        if self.helper_box.layout.display != "none":
            self._show_helper()  # the people on the map follow the case

    def _show_helper(self) -> None:
        asked = self.owner.value in (Owner.NETZWERKPARTNER, Owner.UMFELD)
        if asked or self.helper_rows.box.children:
            self.helper_rows.sync(helper_choices(self.session.case, self.owner.value))
        show_if(self.helper_box, asked)

    # --- actions -----------------------------------------------------------------------------------

    def _run(self, change: Callable[[Case], Any], message: str, show: Callable[[str], None]) -> bool:
        ok, _result = attempt(self.session, change, self.feedback, show, lambda _r: message)
        return ok

    def take(self, card: DraftCard, text: str | None = None, due: date | None = None) -> None:
        """Confirm a draft: as it is (``text=None``) or in the eLb's rewritten words."""
        draft = card.draft
        if draft is None:
            return

        def show(message: str) -> None:
            card.error.value = message

        # Once its resource has a step, draft_steps leaves the draft out: the card goes by itself.
        self._run(lambda case: confirm_draft(case, draft, text, due=due), t("ui_goals.draft_taken"), show)

    def focus(self, selector: str) -> None:
        """Send the keyboard to ``selector`` (a draft card's text box)."""
        self.feedback.focus(selector)

    def discard(self, card: DraftCard) -> None:
        """Lay a draft aside. Nothing is stored: a draft was never part of the case."""
        if card.draft is not None:
            self.discarded.add(draft_key(card.draft))
        self.feedback.done(t("ui_goals.draft_discarded"))
        self.refresh()

    def _own_fields(self) -> dict[str, Any]:
        owner = self.owner.value
        return {
            "owner": owner,
            "helper": self.helper.value if owner in (Owner.NETZWERKPARTNER, Owner.UMFELD) else None,
            "due": self.due.value,
            "resource_ids": [rid for rid, box in self.step_resources.items() if box.value],
        }

    def submit_own(self) -> None:
        """Add the step typed by the eLb; an IFK-owned step asks first (:meth:`choose_ifk`)."""
        text = self.step_text.value
        if self.goal_id is None:
            return
        if not text.strip():
            self.step_error.value = t("ui_goals.step_required")
            return
        fields = self._own_fields()
        if asks_ifk_question(fields["owner"]):
            self.pending_ifk = {"text": text, **fields}
            self.ifk_step.value = t("ui_goals.ifk_step", text=text)
            self.ifk_error.value = ""
            show_if(self.ifk_box, True)
            show_if(self.add_button, False)
            self.widget.children = [self.ifk_box]
            return
        goal_id = self.goal_id
        if self._run(
            lambda case: case.add_step(goal_id, text, **fields),
            t("ui_goals.step_added"),
            self._step_problem,
        ):
            self._clear_own()

    def choose_ifk(self, choice: str) -> None:
        """Answer "Was davon können Sie selbst tun?": ``self``, ``split`` or ``keep``."""
        pending, goal_id = self.pending_ifk, self.goal_id
        if pending is None or goal_id is None:
            return
        own_part = self.ifk_own_part.value
        fields = {k: v for k, v in pending.items() if k != "text"}
        text = pending["text"]
        if choice == "split" and not own_part.strip():
            self.ifk_error.value = t("ui_goals.ifk_split_required")
            return

        def change(case: Case) -> object:
            if choice == "self":
                own = {**fields, "owner": Owner.ELB, "helper": None}
                return case.add_step(goal_id, own_part if own_part.strip() else text, **own)
            if choice == "split":
                case.add_step(goal_id, own_part, **{**fields, "owner": Owner.ELB, "helper": None})
            return case.add_step(goal_id, text, **fields)

        message = t("ui_goals.ifk_split_added") if choice == "split" else t("ui_goals.step_added")

        def show(msg: str) -> None:
            self.ifk_error.value = msg

        if self._run(change, message, show):
            self._close_ifk()
            self._clear_own()

    def set_status(self, step_id: str, status: StepStatus) -> None:
        self._run(
            lambda case: case.update("steps", step_id, status=status),
            t("ui_goals.step_status_changed", status=model_label(status)),
            self._step_problem,
        )

    def set_shareable(self, step_id: str, value: bool) -> None:
        """The eLb agrees (or no longer agrees) that the step's words appear, without names, in a
        case conference; saved at once and undoable."""
        if not self._run(
            lambda case: case.update("steps", step_id, shareable=value),
            t("ui_goals.conference_ok_on" if value else "ui_goals.conference_ok_off"),
            self._step_problem,
        ):
            self.refresh()  # refused: the box shows again what is stored

    def _close_ifk(self) -> None:
        self.pending_ifk = None
        self.ifk_own_part.value = ""
        self.ifk_error.value = ""
        show_if(self.ifk_box, False)
        show_if(self.add_button, True, "inline-flex")
        if self.goal_id is not None:
            self.widget.children = [self.goal_body]

    def _clear_own(self) -> None:
        self.step_text.value = ""
        self.helper.value = ""
        self.due.value = None
        self.owner.value = Owner.ELB
        for box in self.step_resources.values():
            box.value = False
        self.step_error.value = ""

    def _step_problem(self, message: str) -> None:
        self.step_error.value = message
