"""The "Wille & Ziele" tab of the session app: from what the eLb wants to the one-page plan.

Five sections beside a live map of the same case, always under the activation bar:

1. **Wille** — :mod:`beratungskit.ui.will_panel` (the eLb's words, verbatim; wishes).
2. **Ziele** — :mod:`beratungskit.ui.goal_section` (goals with will, resources and confidence);
   choosing a goal lights up its resources in the map.
3. **Schritte** — :mod:`beratungskit.ui.steps_panel` (drafts, own steps, the IFK question).
4. **Andere Stellen** — :mod:`beratungskit.ui.referral_panel` (institution and topic area only).
5. **Plan** — :mod:`beratungskit.ui.plan_panel`; the plan preview takes the map's place.

Every change goes through :meth:`Session.apply` (saved at once, undoable); rules live in the model and
in :mod:`beratungskit.analysis`. Only the section on screen follows each change; the others catch up
when they are chosen (:class:`~beratungskit.ui.panel.Panel`).

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp())
>>> panel = GoalsPanel(Session(store, store.create("Sonnenblume")), make_pdf=False)
>>> panel.will.text.value = "Ich will  wieder backen!"; panel.will.add_button.click()
>>> store.load(panel.session.case.key).wills[0].text
'Ich will  wieder backen!'
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from beratungskit.messages import t
from beratungskit.model import ELB_ID, Case
from beratungskit.ui.activation_strip import ActivationStrip
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.goal_section import GoalSection
from beratungskit.ui.map_list import describe_map
from beratungskit.ui.map_moves import MapMoves
from beratungskit.ui.panel import Panel
from beratungskit.ui.parts import full_width, label
from beratungskit.ui.plan_panel import PlanPanel
from beratungskit.ui.referral_panel import ReferralPanel
from beratungskit.ui.session import Session
from beratungskit.ui.steps_panel import StepsSection
from beratungskit.ui.will_panel import WillSection

__all__ = ["GOALS_CSS", "GoalsPanel"]


SECTIONS = ("will", "goals", "steps", "referral", "plan")
#: Width of the side column; the map (or the plan preview) takes the rest.
SIDE_PX = 540.0
SIDE_WIDTH = f"{SIDE_PX:.0f}px"

#: Static CSS of this tab (no user text), scoped to ``.bk-goals``.
GOALS_CSS = """
<style>
.bk-goals .bk-will-item { font-size: 20px !important; font-style: italic; background: #f4f7fb;
  border-left: 5px solid #2e7d4f; border-radius: 6px; padding: 6px 10px; margin: 3px 0; }
.bk-goals .bk-wish-item { background: #faf7ef; border-radius: 6px; padding: 4px 10px; margin: 3px 0; }
.bk-goals .bk-confidence .widget-toggle-button { min-width: 46px; padding: 0 6px !important;
  font-weight: 600; }
.bk-goals .bk-draft-text, .bk-goals .bk-step-row-text { font-size: 19px !important; font-weight: 500; }
.bk-goals .bk-step-row { border-bottom: 1px solid #e3e6ee; padding: 6px 0; }
.bk-goals .bk-step-done { text-decoration: line-through; color: #555; }
.bk-goals .bk-step-row button { min-height: 44px; font-size: 15px !important; }
.bk-goals .bk-draft { margin: 6px 0; }
.bk-goals .bk-goal-full { font-size: 20px !important; font-weight: 600; border-left: 5px solid #2a5d8f;
  padding: 4px 10px; margin: 4px 0 6px; }
.bk-goals .bk-goal-summary { background: #f4f7fb; border-radius: 10px; padding: 8px 12px; }
.bk-goals .bk-share-text { font-weight: 600; color: #1d5c37; }
.bk-goals .bk-activation .widget-hbox > * { margin-right: 14px; }
.bk-goals .bk-activation { border-bottom: 1px solid #dde; margin-bottom: 6px; }
.bk-goals .bk-resource-ticks { border: 1px solid #dde; border-radius: 8px; padding: 4px; }
.bk-goals .bk-tick { margin: 3px !important; font-size: 16px !important; min-height: 44px;
  white-space: normal; height: auto; text-align: left; }
.bk-goals .bk-tick.mod-active { background: #2e7d4f; color: #fff; box-shadow: none; }
.bk-goals .bk-tick.mod-active::before { content: "✓ "; }
.bk-goals .bk-sections .widget-toggle-button { font-weight: 600; padding: 0 10px !important; }
.bk-goals .bk-section-body { border-left: 1px solid #dde; padding-left: 12px; }
.bk-goals .bk-conference-ok { align-items: center; }
.bk-goals .bk-conference-ok label { white-space: normal; overflow: visible; }
.bk-goals .bk-scale-questions .widget-toggle-buttons { display: flex; flex-direction: column; width: 100%; }
.bk-goals .bk-scale-questions .widget-toggle-button { width: 100% !important; height: auto;
  min-height: 44px; white-space: normal; text-align: left; font-size: 17px !important; margin: 2px 0; }
.bk-goals .bk-scale-questions .widget-toggle-button.mod-active { background: #dbe9f6; font-weight: 600; }
.bk-goals .bk-scale-change { font-size: 18px !important; font-weight: 600; color: #1d5c37; }
</style>
"""


# --- the tab ---------------------------------------------------------------------------------------


#: Height of the live map beside the sections: the rest of the window below its top, so the whole
#: map is on screen (a fixed 560 px ran 62 px below a 1280×800 window).
MAP_HEIGHT = "fill"

#: Parts of a case the map does not draw (render/visdata, analysis/layout, the map's summary):
#: most edits of this tab change only these, and then the map is left as it is.
NOT_ON_MAP = frozenset(
    {
        "updated_at",
        "revision",
        "next_review",
        "plan_on",
        "ifk_note",
        "wishes",
        "wills",
        "goals",
        "steps",
        "referrals",
        "team_ideas",
        "log",
    }
)


#: The parts of a case the map is drawn from (all but :data:`NOT_ON_MAP`).
ON_MAP = tuple(name for name in Case.model_fields if name not in NOT_ON_MAP)


def map_source(case: Case) -> tuple[Any, ...]:
    """What the live map is drawn from, to compare: the case's drawn parts themselves.

    A case never changes a list in place (every change sets a new one: ``tests/test_ui_session.py``),
    so an unchanged list compares equal by identity at once — at 200 resources as at 15 (the JSON of
    those parts, compared before, took 0.5–1 ms at 200)."""
    return tuple(getattr(case, name) for name in ON_MAP)


def _make_map(case: Case) -> widgets.Widget:
    try:
        from beratungskit.ui.mapwidget import CaseMap
    except ImportError:  # without the live map the sections still work
        return widgets.Label(t("ui_session.map_missing"))
    live = CaseMap.from_case(case, height=MAP_HEIGHT)
    live.add_class("bk-map")
    return live


class GoalsPanel(Panel):
    """The whole "Wille & Ziele" tab (``widget``) for one session.

    ``map`` is the live map shown beside the sections, so the goal's resources light up right next
    to the goal: the app passes the one map it shares between its tabs (each new map carries the
    ~700 KB vis-network bundle); on its own the panel makes its own :class:`CaseMap`, at once or,
    with ``lazy_map``, when first shown.
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
        super().__init__(session)
        self.feedback = feedback or Feedback()
        self.map: widgets.Widget | None = None
        #: :func:`map_source` of the case this tab last showed in the map (None: not yet)
        self._drawn: tuple[Any, ...] | None = None
        self._ready = False
        self.activation = ActivationStrip(session)
        self.will = WillSection(session, self.feedback)
        self.steps = StepsSection(session, self.feedback)
        self.referral = ReferralPanel(session, self.feedback, partners)
        self.plan = PlanPanel(session, self.feedback, make_pdf=make_pdf)
        self.goals = GoalSection(self)
        # The goal picker belongs to "Ziele" and is shown again above the steps: one choice, two places.
        self.steps_goal = widgets.VBox(
            [label(t("ui_goals.goal_pick"), "bk-field-label"), self.goals.picker, self.goals.goal_text]
        )

        self.sections = widgets.ToggleButtons(
            options=[(t(f"ui_goals.section.{s}"), s) for s in SECTIONS],
            value="will",
            style={"button_width": "auto"},
        )
        self.sections.add_class("bk-sections")
        self.body = widgets.VBox(layout=full_width())
        self.body.add_class("bk-section-body")
        # The activation bar heads the goal work (not the whole tab): the map beside it gets the
        # tab's whole height.
        side = widgets.VBox(
            [self.activation.widget, self.sections, self.body],
            # No scroll area of its own: the page scrolls.
            layout=widgets.Layout(width=SIDE_WIDTH, min_width="0", padding="0 6px"),
        )
        side.add_class("bk-side")
        self.map_help = label(t("ui_goals.map_help"), "bk-muted")
        self.map_box = widgets.VBox(
            [label(t("ui_session.map_missing"), "bk-muted"), self.map_help],
            layout=widgets.Layout(width="100%"),
        )
        self.left = widgets.VBox([self.map_box], layout=widgets.Layout(flex="1 1 auto", width="auto"))
        self.left.add_class("bk-map-box")
        style = widgets.HTML(GOALS_CSS, layout=widgets.Layout(display="none"))
        row = widgets.HBox([self.left, side], layout=full_width())
        row.add_class("bk-goals-row")
        self._side = side
        self._folded: bool | None = None  # decided when the tab is first shown with its case
        self.widget = widgets.VBox([style, row], layout=full_width())
        self.widget.add_class("bk-goals")

        self.sections.observe(lambda _c: self._show_section(), names="value")
        self._ready = True
        if map is not None:
            self.shared.append(map)
            self.attach_map(map)
        elif not lazy_map:
            self.attach_map(_make_map(session.case))
        self._show_section()
        self.goal_changed()

    def show(self, visible: bool = True) -> None:
        if visible:
            live = self.ensure_map()
            if hasattr(live, "height"):
                live.height = MAP_HEIGHT
            if self._folded is None:
                # on a narrow window the goal work starts folded where the map beside it would be too
                # small to read; "◀ Ziele bearbeiten" (one tap) brings it back
                from beratungskit.ui.map_tab import give_map_room, side_folds

                self._folded = bool(side_folds(live, self.session.case, SIDE_PX))
                self._side.layout.display = "none" if self._folded else None
                if self._folded:
                    give_map_room(live)
            self._show_tools(live)
        elif hasattr(self.map, "tools"):
            self.map.tools = []  # type: ignore[union-attr]
        if not visible and getattr(self.map, "highlighted", None):
            # A shared map: the goal's highlight belongs to this tab only (it comes back when shown).
            self.map.highlight([])  # type: ignore[union-attr]
        super().show(visible)
        self._show_parts()

    def _show_tools(self, live: widgets.Widget) -> None:
        # the fold button and the help sit in the map's own button row (the map gets the lines)
        if not hasattr(live, "tools"):
            return
        text = t("ui_map.unfold_goals" if self._folded else "ui_map.fold_goals")  # the IFK's button
        live.tools = [{"key": "fold-goals", "label": text}, {"text": t("ui_goals.map_help")}]

    def _tool(self, key: str) -> None:
        if key != "fold-goals" or not self.visible or self.map is None:
            return
        self._folded = not self._folded
        self._side.layout.display = "none" if self._folded else None
        if self._folded:
            from beratungskit.ui.map_tab import give_map_room

            give_map_room(self.map)
        self._show_tools(self.map)

    def _show_parts(self) -> None:
        # Only the section on screen follows each change; the others catch up when chosen. The
        # goal picker is shown above the steps too, so "Ziele" follows while the steps are shown.
        name = self.sections.value
        self.activation.show(self.visible)
        self.will.show(self.visible and name == "will")
        self.goals.show(self.visible and name in ("goals", "steps"))
        self.steps.show(self.visible and name == "steps")
        self.referral.show(self.visible and name == "referral")
        self.plan.show(self.visible and name == "plan")

    def refresh(self) -> None:
        """The tab's own map follows the case (the sections follow it themselves) — only when
        what it draws changed: a will, a goal or a step leaves the map as it is."""
        case = self.session.case
        source = map_source(case)
        if source != self._drawn:
            show_case = getattr(self.map, "show_case", None)
            if show_case is not None:
                show_case(case)
            describe_map(self.map, case)
            self._drawn = source
        self.update_highlight()

    def ensure_map(self) -> widgets.Widget:
        """The live map, made now if it was left for later (``lazy_map``: made when the tab opens)."""
        if self.map is None:
            self.attach_map(_make_map(self.session.case))
        assert self.map is not None
        return self.map

    def attach_map(self, live: widgets.Widget) -> None:
        """Show ``live`` beside the sections and keep it in step with the case and the chosen goal."""
        self.map = live
        self._drawn = None  # another map: drawn anew below
        on_select = getattr(live, "on_select", None)
        if on_select is not None:
            on_select(self._map_selected)
        on_move = getattr(live, "on_move", None)
        if MapMoves.available(live):  # drops mean closeness or area here too (issue 10)
            self.map_moves = MapMoves(live, self.session, self.feedback, active=lambda: self.visible)
        elif on_move is not None:
            on_move(self._moved)
        on_tool = getattr(live, "on_tool", None)
        if on_tool is not None:
            on_tool(self._tool)
        # with a live map its help sits in the map's button row
        self.map_box.children = [live] if on_tool is not None else [live, self.map_help]
        self.refresh()

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
        self._show_parts()
        self.update_highlight()  # the goal's resources stand out where goals are the topic

    # --- goal and map ----------------------------------------------------------------------------

    def goal_changed(self) -> None:
        """The chosen goal changed (or the case did): steps and highlight follow."""
        if not self._ready:
            return
        self.steps.show_goal(self.goals.goal_id)
        self.update_highlight()

    def highlighted_ids(self) -> list[str]:
        """What the map should emphasise: the ticked resources while editing, else the goal's — in
        „Ziele“ and „Schritte“ only (trial 16: under „1 Wille“ most of the map stood faded by a goal
        that was not the topic there, the other sections leave the map whole too)."""
        if self.goals.editor_open:
            return self.goals.checked()
        if self.sections.value not in ("goals", "steps"):
            return []
        goal_id = self.goals.goal_id
        if goal_id is None:
            return []
        return list(self.session.case.goal(goal_id).resource_ids)

    def update_highlight(self) -> None:
        if not self._ready or self.map is None:
            return
        if not self.visible:
            self.behind = True  # the map is brought up to date when the tab is shown again
            return
        highlight = getattr(self.map, "highlight", None)
        if highlight is not None:
            ids = self.highlighted_ids()
            if frozenset(ids) != getattr(self.map, "highlighted", None):
                highlight(ids)

    def _map_selected(self, node_id: str) -> None:
        if not node_id or node_id == ELB_ID or not self.visible:
            return
        if self.goals.editor_open:
            self.goals.toggle_resource(node_id)
            # Deselect, so a second tap on the same node takes it out again.
            if self.map is not None and hasattr(self.map, "selected"):
                self.map.selected = ""

    def _moved(self, node_id: str, x: float, y: float) -> None:
        if not self.visible:  # a shared map: the tab on screen saves the move
            return
        if node_id == ELB_ID or node_id not in {r.id for r in self.session.case.resources}:
            return
        attempt(
            self.session,
            lambda case: case.move_resource(node_id, x, y),
            self.feedback,
            lambda _m: None,
            lambda _r: "",
        )
