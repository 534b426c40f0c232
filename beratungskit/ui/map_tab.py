"""The "Unsere Karte" tab: the live map, and beside it a question card with the resource form, or
"Verbinden", or "Angebote" (network partners).

A click on a node chooses it for the form (or as an end of a new line); a drag saves the new place.
The relation form and the partner list are made when their side mode is first chosen, and only the
side panel on screen follows each change (:class:`~beratungskit.ui.panel.Panel`).

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp())
>>> tab = MapTab(Session(store, store.create("Sonnenblume")))
>>> tab.resource_form.label.value = "Fahrrad"; tab.resource_form.save_button.click()
>>> [n["label"] for n in tab.map.nodes][1:]
['Fahrrad']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import ipywidgets as widgets

from beratungskit.messages import t
from beratungskit.model import ELB_ID, Case
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.panel import Panel
from beratungskit.ui.parts import label
from beratungskit.ui.question_cards import QuestionCards
from beratungskit.ui.resource_form import ResourceForm
from beratungskit.ui.session import Session

if TYPE_CHECKING:  # imported when first needed
    from beratungskit.ui.partners import PartnerPanel
    from beratungskit.ui.relation_form import RelationForm

__all__ = ["MAP_HEIGHT", "SIDE_MODES", "MapTab", "make_map"]

SIDE_MODES = ("new", "connect", "partner")


#: Height of the live map in the map tab.
MAP_HEIGHT = "620px"


def make_map(case: Case, height: str = MAP_HEIGHT) -> widgets.Widget:
    """The live map of ``case`` (a calm note instead where the map cannot load)."""
    try:
        from beratungskit.ui.mapwidget import CaseMap
    except ImportError:  # the live map is optional: forms and lists still work without it
        return widgets.Label(t("ui_session.map_missing"))
    live = CaseMap.from_case(case, height=height)
    live.add_class("bk-map")
    return live


class MapTab(Panel):
    """The map tab of one session (``widget``).

    ``map``: a live map the app shares between its tabs (loaded with this case); by default the tab
    makes its own.
    """

    def __init__(
        self, session: Session, feedback: Feedback | None = None, *, map: widgets.Widget | None = None
    ) -> None:
        super().__init__(session)
        self.feedback = feedback or Feedback()
        self.cards = QuestionCards()
        self.resource_form = ResourceForm(session, self.feedback)
        self.cards.on_category(lambda category: setattr(self.resource_form.categories, "value", category))
        self.resource_form.categories.value = self.cards.category
        self._relation_form: RelationForm | None = None
        self._partner_panel: PartnerPanel | None = None

        self.side_mode = widgets.ToggleButtons(
            options=[(t(f"ui_session.side_{m}"), m) for m in SIDE_MODES],
            value="new",
            style={"button_width": "auto"},
        )
        self.side_mode.add_class("bk-side-mode")
        self.side_body = widgets.VBox()
        side = widgets.VBox(
            [self.side_mode, self.side_body],
            layout=widgets.Layout(
                width="470px", min_width="470px", max_height="680px", overflow="auto", padding="0 6px"
            ),
        )
        side.add_class("bk-side")

        if map is not None:
            self.shared.append(map)
        self.map = map if map is not None else make_map(session.case)
        on_move = getattr(self.map, "on_move", None)
        if on_move is not None:
            on_move(self._moved)
            self.map.on_select(self._selected)
        map_box = widgets.VBox(
            [self.map, label(t("ui_session.map_help"), "bk-muted")],
            layout=widgets.Layout(flex="1 1 auto", width="auto"),
        )
        map_box.add_class("bk-map-box")
        self.widget = widgets.HBox([map_box, side], layout=widgets.Layout(width="100%"))
        self.widget.add_class("bk-map-view")
        self.side_mode.observe(lambda _c: self._show_side(), names="value")
        self._show_side()

    # --- the side panel ----------------------------------------------------------------------------

    @property
    def relation_form(self) -> RelationForm:
        """The "Verbinden" form (made when first needed)."""
        if self._relation_form is None:
            from beratungskit.ui.relation_form import RelationForm

            self._relation_form = RelationForm(self.session, self.feedback)
        return self._relation_form

    @property
    def partner_panel(self) -> PartnerPanel:
        """The "Angebote" list (made when first needed)."""
        if self._partner_panel is None:
            from beratungskit.ui.partners import PartnerPanel

            self._partner_panel = PartnerPanel(self.session, self.feedback)
        return self._partner_panel

    def _show_side(self) -> None:
        mode = self.side_mode.value
        if mode == "new":
            self.side_body.children = [self.cards.widget, self.resource_form.widget]
        elif mode == "connect":
            self.side_body.children = [self.relation_form.widget]
        else:
            self.side_body.children = [self.partner_panel.widget]
        self._show_forms()

    def _show_forms(self) -> None:
        # Only the form on screen follows each change; the other catches up when it is chosen.
        mode = self.side_mode.value
        self.resource_form.show(self.visible and mode == "new")
        if self._relation_form is not None:
            self._relation_form.show(self.visible and mode == "connect")

    def show(self, visible: bool = True) -> None:
        if visible and hasattr(self.map, "height"):
            self.map.height = MAP_HEIGHT  # the map may be shared with a tab that shows it smaller
        super().show(visible)
        self._show_forms()

    def refresh(self) -> None:
        show_case = getattr(self.map, "show_case", None)
        if show_case is not None:
            show_case(self.session.case)

    # --- what the map reports ----------------------------------------------------------------------

    def _moved(self, node_id: str, x: float, y: float) -> None:
        if not self.visible:  # a shared map: the tab on screen saves the move
            return
        if node_id == ELB_ID or node_id not in {r.id for r in self.session.case.resources}:
            return
        attempt(
            self.session,
            lambda case: case.move_resource(node_id, x, y),
            self.feedback,
            self._move_problem,
            lambda _r: "",
        )

    def _move_problem(self, message: str) -> None:
        if message:  # a saved move says nothing; the status line shows "Gespeichert"
            self.feedback.problem(message)

    def _selected(self, node_id: str) -> None:
        if not node_id or not self.visible:
            return
        if self.side_mode.value == "connect":
            self.relation_form.choose(node_id)
        elif node_id != ELB_ID:
            self.side_mode.value = "new"
            self.resource_form.edit(node_id)
