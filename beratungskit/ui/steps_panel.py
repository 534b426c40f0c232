"""Next steps for one goal, and the activation balance of the whole case.

:class:`StepsSection` shows the step DRAFTS of :func:`beratungskit.analysis.drafts.draft_steps` as
cards in origin order (own resources first, SGB II last). Each card has "Übernehmen", "Umschreiben"
and "Verwerfen"; nothing reaches the case without one of the first two (only
:func:`~beratungskit.analysis.drafts.confirm_draft` adds a draft). A step the eLb writes themselves
can have any owner; an IFK-owned step first asks "Was davon können Sie selbst tun?" and waits for a
choice (concept paper: "Tun Sie nie mehr für den eLb als dieser für sich selbst").

:class:`ActivationStrip` is always visible above the tab: a bar and "x von y Schritten gehen Sie
selbst", plus the gentle hints of :func:`beratungskit.analysis.activation.activation_hints`.

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

import html
from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any

import ipywidgets as widgets

from beratungskit.analysis.activation import (
    activation_hints,
    activation_share,
    asks_ifk_question,
    ifk_step_question,
)
from beratungskit.analysis.drafts import StepDraft, confirm_draft, draft_steps, order_resources
from beratungskit.messages import t
from beratungskit.model import Case, Owner, Step, StepStatus, label
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.hints import wording_hint
from beratungskit.ui.look import category_symbol
from beratungskit.ui.session import Session

__all__ = [
    "ActivationStrip",
    "DraftCard",
    "StepsSection",
    "conference_box",
    "share_bar_html",
    "share_legend_html",
    "tick_button",
]


def _full() -> widgets.Layout:
    # A fresh Layout per widget: a shared one would hide every widget when one is hidden.
    return widgets.Layout(width="100%")


#: Bar colours: the eLb's own steps stand out; colour always comes with the count in words.
_BAR = {"elb": "#2e7d4f", "others": "#7fb3d5", "ifk": "#c9c9c9"}


def _label(text: str, cls: str = "") -> widgets.Label:
    # Label renders its value as text: the eLb's words (and anything hostile in them) stay text.
    out = widgets.Label(text)
    if cls:
        out.add_class(cls)
    return out


def _button(text: str, cls: str, style: str = "") -> widgets.Button:
    # own Layout per button: hiding one button must not hide the others
    button = widgets.Button(description=text, button_style=style, layout=widgets.Layout(width="auto"))
    button.add_class(cls)
    return button


def tick_button(text: str, value: bool = False) -> widgets.ToggleButton:
    """A large on/off tile for choosing resources (easier to hit than a small checkbox).

    >>> tick_button("★ Fahrrad").value
    False
    """
    button = widgets.ToggleButton(
        value=value, description=text, layout=widgets.Layout(width="auto", max_width="100%")
    )
    button.add_class("bk-tick")
    return button


def conference_box(value: bool, on_change: Callable[[bool], None]) -> widgets.Checkbox:
    """The eLb's yes to showing one item's words, without names, in a case conference.

    ``on_change`` gets the new value when the box is ticked or unticked by a person.

    >>> seen = []; box = conference_box(False, seen.append); box.value = True; seen
    [True]
    """
    box = widgets.Checkbox(
        value=value,
        description=t("ui_goals.conference_ok"),
        indent=False,
        layout=widgets.Layout(width="100%"),
    )
    box.add_class("bk-conference-ok")
    box.observe(lambda change: on_change(bool(change["new"])), names="value")
    return box


def _draft_key(draft: StepDraft) -> tuple[str, tuple[str, ...], str]:
    return (draft.goal_id, draft.resource_ids, draft.text)


# --- activation ------------------------------------------------------------------------------------


def share_bar_html(elb: int, others: int, ifk: int) -> str:
    """The bar as static HTML (numbers only, no user text).

    >>> 'width:75%' in share_bar_html(3, 0, 1)
    True
    """
    total = elb + others + ifk
    if not total:
        return '<div class="bk-share-bar" style="height:22px;border-radius:8px;background:#eee"></div>'
    parts = []
    for key, n in (("elb", elb), ("others", others), ("ifk", ifk)):
        if n:
            width = round(100 * n / total)
            parts.append(f'<div class="bk-share-{key}" style="width:{width}%;background:{_BAR[key]}"></div>')
    return (
        '<div class="bk-share-bar" role="img" aria-label="'
        + html.escape(t("ui_goals.share_legend", elb=elb, others=others, ifk=ifk), quote=True)
        + '" style="display:flex;height:22px;border-radius:8px;overflow:hidden;'
        'border:1px solid #bbb;width:100%">' + "".join(parts) + "</div>"
    )


def share_legend_html(elb: int, others: int, ifk: int) -> str:
    """The bar's legend: a coloured square beside each count (numbers only, no user text).

    >>> "Sie selbst: 2" in share_legend_html(2, 0, 1)
    True
    """
    parts = []
    for key, n in (("elb", elb), ("others", others), ("ifk", ifk)):
        square = f'<span style="color:{_BAR[key]};font-size:20px">■</span>'
        parts.append(f"{square} {html.escape(t(f'ui_goals.share_legend_{key}', n=n))}")
    return "&nbsp;&nbsp; ".join(parts)


class ActivationStrip:
    """Who does the steps: a bar, "x von y Schritten gehen Sie selbst" and gentle hints."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.bar = widgets.HTML(layout=widgets.Layout(width="260px"))
        self.text = _label("", "bk-share-text")
        self.legend = widgets.HTML("")
        self.legend.add_class("bk-muted")
        self.hints = widgets.VBox()
        self.hints.add_class("bk-activation-hints")
        title = _label(t("ui_goals.share_title"), "bk-field-label")
        self.widget = widgets.VBox(
            [
                widgets.HBox(
                    [title, self.bar, self.text, self.legend],
                    layout=widgets.Layout(align_items="center", flex_flow="row wrap"),
                ),
                self.hints,
            ],
            layout=widgets.Layout(width="100%", padding="4px 8px"),
        )
        self.widget.add_class("bk-activation")
        session.subscribe(lambda _s: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        share = activation_share(self.session.case)
        self.bar.value = share_bar_html(share.elb, share.others, share.ifk)
        if share.total:
            self.text.value = t("ui_goals.share_text", elb=share.elb, total=share.total)
        else:
            self.text.value = t("ui_goals.share_none")
        self.legend.value = share_legend_html(share.elb, share.others, share.ifk)
        hints = activation_hints(self.session.case)
        current = [h.value for h in self.hints.children]
        if current != hints:
            self.hints.children = [_label(f"💬 {h}", "bk-notice") for h in hints]


# --- one draft -------------------------------------------------------------------------------------


class DraftCard:
    """One suggested step with "Übernehmen", "Umschreiben" and "Verwerfen"."""

    def __init__(self, section: StepsSection, draft: StepDraft, resource_name: str, symbol: str) -> None:
        self.section = section
        self.draft = draft
        self.text = _label(draft.text, "bk-draft-text")
        origin = _label(
            t("ui_goals.draft_origin", symbol=symbol, origin=t(f"ui_session.origin.{draft.origin or 'open'}"))
            + f" · {resource_name}",
            "bk-muted",
        )
        self.take_button = _button(t("ui_goals.draft_take"), "bk-draft-take", "success")
        self.rewrite_button = _button(t("ui_goals.draft_rewrite"), "bk-draft-rewrite")
        self.discard_button = _button(t("ui_goals.draft_discard"), "bk-draft-discard")
        self.rewrite = widgets.Textarea(value=draft.text, rows=2, layout=_full())
        self.rewrite.add_class("bk-draft-rewrite-input")
        self.due = widgets.DatePicker(value=None)
        self.due.add_class("bk-draft-due")
        self.save_button = _button(t("ui_goals.draft_rewrite_save"), "bk-draft-rewrite-save", "success")
        self.cancel_button = _button(t("ui_goals.draft_rewrite_cancel"), "bk-draft-rewrite-cancel")
        self.error = _label("", "bk-error")
        self.rewrite_box = widgets.VBox(
            [
                _label(t("ui_goals.draft_rewrite_label"), "bk-field-label"),
                self.rewrite,
                wording_hint(self.rewrite),
                _label(t("ui_goals.due_label"), "bk-field-label"),
                self.due,
                widgets.HBox([self.save_button, self.cancel_button]),
            ],
            layout=widgets.Layout(display="none", width="100%"),
        )
        self.buttons = widgets.HBox([self.take_button, self.rewrite_button, self.discard_button])
        self.widget = widgets.VBox(
            [self.text, origin, self.buttons, self.rewrite_box, self.error], layout=_full()
        )
        self.widget.add_class("bk-card")
        self.widget.add_class("bk-draft")
        if draft.complete:
            self.take_button.on_click(lambda _b: section.take(self))
        else:  # an open sentence ("…, ob …") is finished by the eLb before it is kept
            self.take_button.description = t("ui_goals.draft_finish")
            self.take_button.on_click(lambda _b: self.open_rewrite(True))
            self.rewrite_button.layout.display = "none"  # the same thing here: one button is clearer
        self.rewrite_button.on_click(lambda _b: self.open_rewrite(True))
        self.cancel_button.on_click(lambda _b: self.open_rewrite(False))
        self.save_button.on_click(lambda _b: section.take(self, self.rewrite.value, self.due.value))
        self.discard_button.on_click(lambda _b: section.discard(self))

    def open_rewrite(self, show: bool) -> None:
        self.rewrite_box.layout.display = "flex" if show else "none"
        self.buttons.layout.display = "none" if show else "flex"


# --- the section -----------------------------------------------------------------------------------


class StepsSection:
    """Drafts, a step in the eLb's own words, and the confirmed steps of one goal."""

    def __init__(self, session: Session, feedback: Feedback | None = None) -> None:
        self.session = session
        self.feedback = feedback or Feedback()
        self.goal_id: str | None = None
        #: Drafts laid aside with "Verwerfen" — not in the case (a draft never is), only hidden here.
        self.discarded: set[tuple[str, tuple[str, ...], str]] = set()
        self.cards: list[DraftCard] = []
        self.pending_ifk: dict[str, Any] | None = None

        self.goal_line = _label("", "bk-goal-line")
        self.drafts_box = widgets.VBox(layout=_full())
        self.drafts_box.add_class("bk-drafts")
        self.drafts_note = _label("", "bk-muted")

        # a step in the eLb's own words
        self.step_text = widgets.Textarea(
            placeholder=t("ui_goals.step_text_placeholder"), rows=2, layout=_full()
        )
        self.step_text.add_class("bk-step-text")
        self.owner = widgets.ToggleButtons(
            options=[(label(o), o) for o in Owner], value=Owner.ELB, style={"button_width": "auto"}
        )
        self.owner.add_class("bk-step-owner")
        self.helper = widgets.Text(layout=_full())
        self.helper.add_class("bk-step-helper")
        self.helper_box = widgets.VBox(
            [
                _label(t("ui_goals.step_helper_label"), "bk-field-label"),
                self.helper,
                wording_hint(self.helper),
            ],
            layout=widgets.Layout(display="none", width="100%"),
        )
        self.due = widgets.DatePicker(value=None)
        self.due.add_class("bk-step-due")
        self.step_resources: dict[str, widgets.ToggleButton] = {}
        self.step_resources_box = widgets.HBox(layout=widgets.Layout(flex_flow="row wrap", width="100%"))
        self.add_button = _button(t("ui_goals.step_add"), "bk-step-add", "success")
        self.step_error = _label("", "bk-error")

        # "Was davon können Sie selbst tun?"
        self.ifk_question = _label(ifk_step_question(), "bk-card-question")
        self.ifk_own_part = widgets.Textarea(rows=2, layout=_full())
        self.ifk_own_part.add_class("bk-ifk-own-part")
        self.ifk_self = _button(t("ui_goals.ifk_choice_self"), "bk-ifk-self", "success")
        self.ifk_split = _button(t("ui_goals.ifk_choice_split"), "bk-ifk-split", "info")
        self.ifk_keep = _button(t("ui_goals.ifk_choice_keep"), "bk-ifk-keep")
        self.ifk_back = _button(t("ui_goals.ifk_choice_back"), "bk-ifk-back")
        self.ifk_error = _label("", "bk-error")
        self.ifk_step = _label("", "bk-ifk-step")
        self.ifk_box = widgets.VBox(
            [
                _label(t("ui_goals.ifk_intro"), "bk-muted"),
                self.ifk_step,
                self.ifk_question,
                _label(t("analysis_plan.ifk_question_more"), "bk-muted"),
                _label(t("ui_goals.ifk_own_part_label"), "bk-field-label"),
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

        self.confirmed_box = widgets.VBox(layout=_full())
        self.confirmed_box.add_class("bk-steps-confirmed")
        #: One "darf in die Fallbesprechung" box per confirmed step of the shown goal, by step id.
        self.conference_boxes: dict[str, widgets.Checkbox] = {}
        self.conference_help = _label(t("ui_goals.conference_ok_help"), "bk-muted")

        self.own_form = widgets.VBox(
            [
                _label(t("ui_goals.own_step_heading"), "bk-heading"),
                _label(t("ui_goals.step_text_label"), "bk-field-label"),
                self.step_text,
                wording_hint(self.step_text),
                _label(t("ui_goals.step_owner_label"), "bk-field-label"),
                self.owner,
                self.helper_box,
                _label(t("ui_goals.due_label"), "bk-field-label"),
                self.due,
                _label(t("ui_goals.step_resources_label"), "bk-field-label"),
                self.step_resources_box,
                self.step_error,
                self.add_button,
            ],
            layout=_full(),
        )
        self.goal_body = widgets.VBox(
            [
                _label(t("ui_goals.drafts_heading"), "bk-heading"),
                _label(t("ui_goals.drafts_help"), "bk-muted"),
                self.drafts_note,
                self.drafts_box,
                _label(t("ui_goals.confirmed_heading"), "bk-heading"),
                self.conference_help,
                self.confirmed_box,
                self.own_form,
            ],
            layout=_full(),
        )
        self.no_goal = _label(t("ui_goals.steps_pick_goal"), "bk-muted")
        self.widget = widgets.VBox([self.no_goal], layout=_full())
        self.widget.add_class("bk-steps")

        self.owner.observe(lambda _c: self._show_helper(), names="value")
        self.add_button.on_click(lambda _b: self.submit_own())
        self.ifk_self.on_click(lambda _b: self.choose_ifk("self"))
        self.ifk_split.on_click(lambda _b: self.choose_ifk("split"))
        self.ifk_keep.on_click(lambda _b: self.choose_ifk("keep"))
        self.ifk_back.on_click(lambda _b: self._close_ifk())
        session.subscribe(lambda _s: self.refresh())

    # --- which goal ------------------------------------------------------------------------------

    def show_goal(self, goal_id: str | None) -> None:
        """Show drafts and steps of ``goal_id`` (None: ask to pick a goal)."""
        if goal_id != self.goal_id:
            self._close_ifk()
            self.step_error.value = ""
        self.goal_id = goal_id
        self.refresh()

    def refresh(self) -> None:
        case = self.session.case
        if self.goal_id is not None and self.goal_id not in {g.id for g in case.goals}:
            self.goal_id = None
            self._close_ifk()
        if self.goal_id is None:
            self.widget.children = [self.no_goal]
            self.cards = []
            return
        # While the IFK question waits for an answer it takes the whole section: it needs a choice.
        self.widget.children = [self.ifk_box] if self.pending_ifk else [self.goal_body]
        self._refresh_drafts(case)
        self._refresh_step_resources(case)
        self._refresh_confirmed(case)

    def _refresh_drafts(self, case: Case) -> None:
        assert self.goal_id is not None
        drafts = [d for d in draft_steps(case, self.goal_id) if _draft_key(d) not in self.discarded]
        known = {_draft_key(c.draft): c for c in self.cards}
        if [_draft_key(d) for d in drafts] == list(known):
            return  # same drafts: keep the cards (and any rewrite being typed)
        cards = []
        for draft in drafts:
            card = known.get(_draft_key(draft))
            if card is None:
                res = case.resource(draft.resource_ids[0])
                card = DraftCard(
                    self,
                    draft,
                    res.role or res.label if res.is_person else res.label,
                    category_symbol(res.category),
                )
            cards.append(card)
        self.cards = cards
        self.drafts_box.children = [c.widget for c in cards]
        self.drafts_note.value = "" if cards else t("ui_goals.drafts_none")

    def _refresh_step_resources(self, case: Case) -> None:
        assert self.goal_id is not None
        goal = case.goal(self.goal_id)
        ids = [r.id for r in order_resources([case.resource(i) for i in goal.resource_ids])]
        if list(self.step_resources) == ids:
            for rid in ids:
                res = case.resource(rid)
                self.step_resources[rid].description = f"{category_symbol(res.category)} {res.label}"
            return
        old = self.step_resources
        self.step_resources = {
            rid: tick_button(
                f"{category_symbol(case.resource(rid).category)} {case.resource(rid).label}",
                old[rid].value if rid in old else False,
            )
            for rid in ids
        }
        self.step_resources_box.children = list(self.step_resources.values())

    def _refresh_confirmed(self, case: Case) -> None:
        assert self.goal_id is not None
        steps = case.steps_of(self.goal_id)
        self.conference_boxes = {}
        self.conference_help.layout.display = "flex" if steps else "none"
        if not steps:
            self.confirmed_box.children = [_label(t("ui_goals.confirmed_none"), "bk-muted")]
            return
        self.confirmed_box.children = [self._step_row(s) for s in steps]

    def _step_row(self, step: Step) -> widgets.Widget:
        owner = label(step.owner)
        if step.helper and step.owner in (Owner.NETZWERKPARTNER, Owner.UMFELD):
            owner = step.helper
        status = label(step.status)
        meta = (
            t("ui_goals.step_meta_due", owner=owner, due=f"{step.due:%d.%m.%Y}", status=status)
            if step.due
            else t("ui_goals.step_meta", owner=owner, status=status)
        )
        text = _label(step.text, "bk-step-row-text")
        if step.status is StepStatus.ERLEDIGT:
            text.add_class("bk-step-done")
        buttons = []
        for target in StepStatus:
            if target is step.status:
                continue
            button = _button(t("ui_goals.step_status_to", status=label(target)), f"bk-step-to-{target.value}")
            button.on_click(lambda _b, sid=step.id, s=target: self.set_status(sid, s))
            buttons.append(button)
        share = conference_box(step.shareable, partial(self.set_shareable, step.id))
        self.conference_boxes[step.id] = share
        row = widgets.VBox(
            [
                text,
                _label(meta, "bk-muted"),
                widgets.HBox(buttons, layout=widgets.Layout(flex_flow="row wrap")),
                share,
            ],
            layout=_full(),
        )
        row.add_class("bk-step-row")
        row.add_class(f"bk-step-{step.status.value}")
        return row

    def _show_helper(self) -> None:
        show = self.owner.value in (Owner.NETZWERKPARTNER, Owner.UMFELD)
        self.helper_box.layout.display = "flex" if show else "none"

    # --- actions -----------------------------------------------------------------------------------

    def _run(self, change: Callable[[Case], Any], message: str, show: Callable[[str], None]) -> bool:
        ok, _result = attempt(self.session, change, self.feedback, show, lambda _r: message)
        return ok

    def take(self, card: DraftCard, text: str | None = None, due: date | None = None) -> None:
        """Confirm a draft: as it is (``text=None``) or in the eLb's rewritten words."""
        draft = card.draft

        def show(message: str) -> None:
            card.error.value = message

        # Once its resource has a step, draft_steps leaves the draft out: the card goes by itself.
        self._run(lambda case: confirm_draft(case, draft, text, due=due), t("ui_goals.draft_taken"), show)

    def discard(self, card: DraftCard) -> None:
        """Lay a draft aside. Nothing is stored: a draft was never part of the case."""
        self.discarded.add(_draft_key(card.draft))
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
            self.ifk_box.layout.display = "flex"
            self.add_button.layout.display = "none"
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
            t("ui_goals.step_status_changed", status=label(status)),
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
        self.ifk_box.layout.display = "none"
        self.add_button.layout.display = "inline-flex"
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
