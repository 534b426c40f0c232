"""The "Unsere Karte" tab: the live map, and beside it a question card with the resource form, or
"Verbinden", or "Angebote" (network partners).

A click on a node chooses it for the form (or as an end of a new line); a drag saves the new place.
The side panel's parts are made when the panel is first shown (a crowded case on a narrow window
opens with it folded away), the relation form and the partner list when their side mode is first
chosen, and only the side panel on screen follows each change (:class:`~beratungskit.ui.panel.Panel`).

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
from beratungskit.ui.map_list import ListActions, MapList, describe_map
from beratungskit.ui.map_moves import MapMoves
from beratungskit.ui.panel import Panel
from beratungskit.ui.parts import label, show_if
from beratungskit.ui.question_cards import QuestionCards
from beratungskit.ui.resource_form import ResourceForm
from beratungskit.ui.session import Session

if TYPE_CHECKING:  # imported when first needed
    from beratungskit.ui.partners import PartnerPanel
    from beratungskit.ui.relation_form import RelationForm

__all__ = [
    "MAP_HEIGHT",
    "SIDE_MODES",
    "MapTab",
    "canvas_guess",
    "give_map_room",
    "make_map",
    "opening_fold",
    "side_folds",
]

SIDE_MODES = ("new", "connect", "partner")


#: Height of the live map in the map tab: the rest of the window below it (see mapwidget.js).
MAP_HEIGHT = "fill"

#: From this window width on the map beside the side panel is large enough whatever the case holds
#: (1920×1080: 1340 px); narrower (1280×800: 770 × 664 px beside the form) the panel folds away
#: when the case opens, and after "Festhalten", wherever the map beside it would show labels smaller
#: than readable (:func:`~beratungskit.ui.mapwidget.readable_px`); one tap brings it back.
ROOMY_WINDOW = 1400
#: Up to this width the panel stands under the map (look.py), which has the whole width anyway.
COLUMN_WINDOW = 1000
#: What the page takes around the map (CSS px): the head, the tabs' row, the edges (the map's
#: buttons sit in the tabs' row, mapwidget.js: dock) — above and below it, and beside it.
AROUND_MAP = (149.0, 40.0)
#: With the eLb's language chosen the head and the tabs' row are higher by this much (two lines of
#: text where German has one). Since session 16b the head is two rows, the title and the buttons
#: with the status under them, one height whatever they say: at 1280×800 the map canvas measured
#: 667 px high in German (head 62 px) and 653 in Arabic (head 69 px). With the translations of the
#: session page beside it (lang16) the canvas the browser reported at 1280×800 was 651 px high in
#: German, 654 in Türkçe, 653 in Arabic (the guess said 664: the map laid out for a shape 2 % off,
#: its labels at 40 resources 13.9 px instead of 14.24): the same room in every language now.
AROUND_MAP_TWO_LANGUAGES = 0.0
SIDE_WIDTH_PX = 470.0


def side_folds(
    live: widgets.Widget,
    case: Case,
    side_px: float = SIDE_WIDTH_PX,
    canvas: tuple[float, float] | None = None,
) -> bool:
    """Whether the panel beside the map (``side_px`` wide) should give the map the room: on a
    narrow window, where the map beside it would show labels smaller than readable — on ``canvas``,
    the size the browser reported with the panel beside the map, else on the one guessed."""
    from beratungskit.ui.mapwidget import readable_px

    window = getattr(live, "window_size", None)
    label_px = getattr(live, "label_px", None)
    if not window or label_px is None or getattr(live, "placed", None) is None:
        return False
    if not COLUMN_WINDOW < window[0] < ROOMY_WINDOW:
        return False
    return bool(label_px(*(canvas or canvas_guess(window, side_px))) < readable_px(len(case.resources)))


#: At opening the panel folds before the map is laid out where the estimate of the labels beside it
#: (:func:`~beratungskit.analysis.layout.most_zoom`, from above, at worst 0.5 % below the layout's
#: own) is below this share of readable: at 40 and 60 resources on 1280×800 it is 6–22 % below;
#: near the line only the layout can tell.
SURE_BELOW = 0.95
_opening: dict[tuple[object, ...], bool | None] = {}


def opening_fold(
    window: tuple[float, float] | None, case: Case, side_px: float = SIDE_WIDTH_PX
) -> bool | None:
    """Whether the panel beside the map folds when ``case`` opens, where that is known before the
    map is laid out (so that it is laid out once, for the room it will have): False on a window too
    wide or too narrow for folding (or not known); True where even the best packing of the rings
    beside the panel shows labels clearly below readable; None where only the layout can tell
    (:func:`side_folds`: the demo case, 16 resources, keeps its form beside a 14.8 px map)."""
    from beratungskit.analysis.layout import FONT_SIZE, map_language, most_zoom
    from beratungskit.ui.mapwidget import FIT_PAD, readable_px

    if not window or not COLUMN_WINDOW < window[0] < ROOMY_WINDOW:
        return False
    key = (case.key, case.revision, len(case.resources), window, side_px)
    if key not in _opening:
        enough = readable_px(len(case.resources)) * SURE_BELOW
        two = map_language(case) != "de"
        width, height = (side - 2 * FIT_PAD for side in canvas_guess(window, side_px, two_languages=two))
        px = FONT_SIZE * most_zoom(case, width, height, enough=enough / FONT_SIZE)
        _opening.clear()  # one case opens at a time: the app and the map tab ask about the same
        _opening[key] = True if px < enough else None
    return _opening[key]


def canvas_guess(
    window: tuple[float, float], side_px: float = SIDE_WIDTH_PX, *, two_languages: bool = False
) -> tuple[float, float]:
    """The map's canvas (width, height) in a window of this size, with the panel beside it (under
    it up to :data:`COLUMN_WINDOW`), before the browser reports the real one; ``two_languages``:
    with the eLb's language chosen (a higher head)."""
    beside = side_px if window[0] > COLUMN_WINDOW else 0.0
    above = AROUND_MAP[0] + (AROUND_MAP_TWO_LANGUAGES if two_languages else 0.0)
    return window[0] - AROUND_MAP[1] - beside, window[1] - above


def give_map_room(live: widgets.Widget) -> None:
    """The panel beside the map folds away: lay the map out for the whole width now."""
    window = getattr(live, "window_size", None)
    expect = getattr(live, "expect_canvas", None)
    if window and expect is not None:
        from beratungskit.analysis.layout import map_language

        case = getattr(live, "_pending", None) or getattr(live, "_case", None)
        two = case is not None and map_language(case) != "de"
        expect(*canvas_guess(window, 0.0, two_languages=two))


def make_map(case: Case, height: str = MAP_HEIGHT, keeper: object = None) -> widgets.Widget:
    """The live map of ``case`` (a calm note instead where the map cannot load); ``keeper``: where
    it keeps each case's picture for the next opening (:class:`~beratungskit.ui.kept_maps.MapKeeper`)."""
    try:
        from beratungskit.ui.mapwidget import CaseMap
    except ImportError:  # the live map is optional: forms and lists still work without it
        return widgets.Label(t("ui_session.map_missing"))
    live = CaseMap.from_case(case, height=height, keeper=keeper)
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
        # The side panel's parts (question cards, form: most of the tab's widgets) are made when the
        # panel is first shown: a case that opens with it folded away has its map drawn sooner.
        self._cards: QuestionCards | None = None
        self._resource_form: ResourceForm | None = None
        self._side_mode: widgets.ToggleButtons | None = None
        self._relation_form: RelationForm | None = None
        self._partner_panel: PartnerPanel | None = None
        self.side_body = widgets.VBox()
        side = widgets.VBox(
            # No scroll area of its own: the page scrolls (a panel scrolling inside the scrolling
            # page hid its last fields and made the page jump on a tap).
            layout=widgets.Layout(width=f"{SIDE_WIDTH_PX:.0f}px", min_width="0", padding="0 6px"),
        )
        side.add_class("bk-side")

        if map is not None:
            self.shared.append(map)
        self.map = map if map is not None else make_map(session.case)
        on_move = getattr(self.map, "on_move", None)
        # a drop across a ring line changes closeness, in another area it asks (issue 10); the list's
        # "Näher" / "Weiter weg" make the same change
        self.map_moves = MapMoves(self.map, session, self.feedback, active=lambda: self.visible)
        if MapMoves.available(self.map):
            self.map.on_select(self._selected)
        elif on_move is not None:
            on_move(self._moved)
            self.map.on_select(self._selected)
        describe_map(self.map, session.case)
        # The same map as a list: for a screen reader, a keyboard, or whoever prefers to read.
        self.view_mode = widgets.ToggleButtons(
            options=[(t("ui_access.view_map"), "map"), (t("ui_access.view_list"), "list")],
            value="map",
            style={"button_width": "auto"},
        )
        self.view_mode.add_class("bk-view-mode")
        self._map_list: MapList | None = None
        self.list_box = widgets.VBox(layout=widgets.Layout(display="none", width="100%"))
        self.map_help = label(t("ui_session.map_help"), "bk-muted")
        # The map is the centre of the conversation: the form folds away and gives it the width
        # (a button in the map's own tool row, see show()); the help sits in that row too.
        self._side = side
        on_tool = getattr(self.map, "on_tool", None)
        if on_tool is not None:
            on_tool(self._tool)
        self._help_in_map = on_tool is not None
        show_if(self.map_help, not self._help_in_map)
        # with the map, "Karte | Als Liste" sits in the map's own button row; with the list, here
        show_if(self.view_mode, not self._help_in_map)
        self.list_help = label(t("ui_access.list_help"), "bk-muted")
        self.list_help.layout.display = "none"
        # The map sits in a frame of its own: the list hides the frame, never the map, which the
        # app may share with the goals tab.
        self.map_frame = widgets.Box([self.map], layout=widgets.Layout(width="100%"))
        map_box = widgets.VBox(
            [self.map_frame, self.view_mode, self.list_box, self.map_help, self.list_help],
            layout=widgets.Layout(flex="1 1 auto", width="auto"),
        )
        map_box.add_class("bk-map-box")
        self.widget = widgets.HBox([map_box, side], layout=widgets.Layout(width="100%"))
        self.widget.add_class("bk-map-view")
        self.view_mode.observe(lambda _c: self._show_view(), names="value")
        self._focus_fold = False
        # the form opened by hand (or for a resource chosen on the map) stays until it is folded
        self._kept_open = False
        on_size = getattr(self.map, "on_size", None)
        if on_size is not None and self._help_in_map:
            on_size(self._canvas_reported)
            session.on_close(lambda: on_size(self._canvas_reported, remove=True))
        if self._help_in_map:
            folds = opening_fold(getattr(self.map, "window_size", None), session.case)
            if folds if folds is not None else side_folds(self.map, session.case):
                self._fold(True)
        if self._side.layout.display != "none":
            self._make_side()

    def _make_side(self) -> None:
        """The side panel's parts, when first needed (shown, or asked for)."""
        if self._side_mode is not None:
            return
        self._cards = QuestionCards()
        form = self._resource_form = ResourceForm(self.session, self.feedback)
        # one area for both: the card asks in the area the form writes down in („Welche Art?“ turns
        # the card, „Nächste Frage“ brings the form back to the card's area)
        self._cards.on_category(lambda category: setattr(form.categories, "value", category))
        form.categories.value = self._cards.category
        form.categories.observe(self._cards.choose)
        self._side_mode = widgets.ToggleButtons(
            options=[(t(f"ui_session.side_{m}"), m) for m in SIDE_MODES],
            value="new",
            style={"button_width": "auto"},
        )
        self._side_mode.add_class("bk-side-mode")
        self._side.children = [self._side_mode, self.side_body]
        self._side_mode.observe(lambda _c: self._show_side(), names="value")
        form.on_mode(self._side_children)
        self._show_side()
        # A new resource is on the map now: where the map beside the form is too small to read,
        # the form folds away and both see it large (one tap on "＋ Ressource eintragen" goes on).
        form.on_saved(self._saved)

    @property
    def cards(self) -> QuestionCards:
        """The question cards above the resource form."""
        self._make_side()
        assert self._cards is not None
        return self._cards

    @property
    def resource_form(self) -> ResourceForm:
        """The form that adds and changes resources."""
        self._make_side()
        assert self._resource_form is not None
        return self._resource_form

    @property
    def side_mode(self) -> widgets.ToggleButtons:
        """ "Neue Ressource | Verbinden | Angebote": what the side panel shows."""
        self._make_side()
        assert self._side_mode is not None
        return self._side_mode

    def _fold(self, folded: bool) -> None:
        if not folded:
            self._make_side()
        self._side.layout.display = "none" if folded else None
        if folded:
            self._kept_open = False
            give_map_room(self.map)

    def _beside(self) -> tuple[float, float] | None:
        """The canvas the browser reported last, where it is the one beside the form shown now."""
        canvas: tuple[float, float] | None = getattr(self.map, "canvas_size", None)
        window = getattr(self.map, "window_size", None)
        if canvas is None or not window or self._side.layout.display == "none":
            return None
        # a size from before the form opened (the whole width) is not the one beside it
        return canvas if canvas[0] <= window[0] - SIDE_WIDTH_PX else None

    def _canvas_reported(self, width: float, height: float) -> None:
        """The browser reported the map's canvas: where the map beside the form reads smaller than
        readable there (the guess took the map's button row as standing in the tabs' row: with a
        language whose tab names are long, it stands under the map and the map is ~130 px lower),
        the form folds away — unless it was opened by hand."""
        if not self.visible or self._kept_open or self.view_mode.value != "map":
            return
        canvas = self._beside()
        if canvas is not None and side_folds(self.map, self.session.case, canvas=canvas):
            self._fold(True)
            self._show_tools()

    def _saved(self, added: bool = True) -> None:
        shown = self.visible and self._side.layout.display != "none"
        folds = side_folds(self.map, self.session.case, canvas=self._beside())
        if shown and not self.resource_form.error.value and folds:
            self._fold(True)
            self._focus_fold = True  # the keyboard was on "Festhalten": it goes on at the button
            self._show_tools()
        elif shown and added:
            # the form is empty for the next resource: the keyboard goes on in "Was ist es?"
            self._focus_form()

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

    @property
    def map_list(self) -> MapList:
        """The map as a list (made when first shown)."""
        if self._map_list is None:
            self._map_list = MapList(
                self.session,
                ListActions(
                    edit=self.edit_resource,
                    closer=self.move_closer,
                    further=self.move_further,
                    connect=self.connect_from,
                ),
            )
            self.list_box.children = [self._map_list.widget]
        return self._map_list

    def _show_view(self) -> None:
        as_list = self.view_mode.value == "list"
        if as_list:
            self.map_list.show(self.visible)
        elif self._map_list is not None:
            self._map_list.show(False)
        for widget, shown in (
            (self.map_frame, not as_list),
            (self.map_help, not as_list and not self._help_in_map),
            (self.view_mode, as_list or not self._help_in_map),
            (self.list_box, as_list),
            (self.list_help, as_list),
        ):
            show_if(widget, shown)
        if not as_list and self._help_in_map and self._map_list is not None:
            self._map_list.view.focus(".bk-map-tool-view-map")  # the switch the person used is gone

    def _show_side(self) -> None:
        self._side_children()
        self._show_forms()

    def _side_children(self) -> None:
        mode = self.side_mode.value
        if mode == "new":
            # the question cards ask for a new resource: while one is changed („Fahrrad“ ändern) they
            # step aside — under „Was können Sie gut?“ the changed resource's name looked like an empty
            # field's, and what was typed for a new one went into it (trial of session 16)
            form = self.resource_form
            children = [form.widget] if form.editing is not None else [self.cards.widget, form.widget]
        elif mode == "connect":
            children = [self.relation_form.widget]
        else:
            children = [self.partner_panel.widget]
        if list(self.side_body.children) != children:
            self.side_body.children = children

    def _show_forms(self) -> None:
        # Only the form on screen follows each change; the other catches up when it is chosen.
        if self._resource_form is None:  # not made yet: nothing to follow
            return
        mode = self.side_mode.value
        self.resource_form.show(self.visible and mode == "new")
        if self._relation_form is not None:
            self._relation_form.show(self.visible and mode == "connect")

    def _tool(self, key: str) -> None:
        if not self.visible:
            return
        if key == "fold":
            self._fold(self._side.layout.display != "none")
            self._show_tools()
            if self._side.layout.display != "none":  # opened: the keyboard goes on in the form
                self._kept_open = True
                self._focus_form()
        elif key == "view-list":  # the switch in the map's own row; the list brings its own
            self.view_mode.value = "list"
            self.map_list.view.focus(".widget-toggle-buttons.bk-view-mode button:nth-child(2)")

    def _show_tools(self) -> None:
        folded = self._side.layout.display == "none"
        text = t("ui_map.unfold_form" if folded else "ui_map.fold_form")
        focus, self._focus_fold = self._focus_fold, False
        # "Karte | Als Liste", the fold button and the help sit in the map's button row: the map
        # gets the lines of the screen they took above and below it
        switch = {"group": "bk-view-mode"}
        self.map.tools = [
            {**switch, "key": "view-map", "label": t("ui_access.view_map"), "pressed": True},
            {**switch, "key": "view-list", "label": t("ui_access.view_list"), "pressed": False},
            {"key": "fold", "label": text, **({"focus": True} if focus else {})},
            {"text": t("ui_session.map_help")},
        ]

    def show(self, visible: bool = True) -> None:
        if visible and not self.visible and self._side.layout.display != "none":
            # Back from another tab with the form open: it stays open. The shared map reports the
            # other tab's canvas (narrower beside the goals) until it is drawn here again, and that
            # folded the demo case's form away on every return from „Wille & Ziele“ (session 17).
            # A save that leaves the labels too small still folds it (_saved).
            self._kept_open = True
        if hasattr(self.map, "tools"):  # a shared map: the fold button is this tab's
            if visible:
                self._show_tools()
            else:
                self.map.tools = []
        if visible and hasattr(self.map, "height"):
            self.map.height = MAP_HEIGHT  # the map may be shared with a tab that shows it smaller
        super().show(visible)
        self._show_forms()
        if self._map_list is not None:
            self._map_list.show(visible and self.view_mode.value == "list")

    def refresh(self) -> None:
        show_case = getattr(self.map, "show_case", None)
        if show_case is not None:
            show_case(self.session.case)
        describe_map(self.map, self.session.case)

    # --- what the list (or a keyboard) asks for ---------------------------------------------------

    def _focus_form(self) -> None:
        focus = getattr(self.map, "focus_page", None) or self.feedback.focus
        focus(".bk-resource-form .bk-label-input input")

    def edit_resource(self, resource_id: str) -> None:
        """Show a resource in the form for changing, and take the keyboard there."""
        self._unfold()
        self.side_mode.value = "new"
        self.resource_form.edit(resource_id)
        self.map_list.view.focus(".bk-resource-form .bk-label-input input")

    def connect_from(self, resource_id: str) -> None:
        """Take a resource as the next end of a new line (as a tap on the map in "Verbinden")."""
        self._unfold()
        self.side_mode.value = "connect"
        form = self.relation_form
        form.choose(resource_id)
        which = ".bk-rel-second select" if form.second.value == "" else ".bk-rel-save"
        self.map_list.view.focus(f".bk-relation-form {which}")

    def move_closer(self, resource_id: str) -> bool:
        """One ring nearer the centre: the change a drag across a ring line makes."""
        return self.map_moves.move_closer(resource_id)

    def move_further(self, resource_id: str) -> bool:
        """One ring further out."""
        return self.map_moves.move_further(resource_id)

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

    def _unfold(self) -> None:
        if self._side.layout.display == "none":  # a resource chosen for the form: the form is shown
            self._fold(False)
            self._kept_open = True
            if self.visible:
                self._show_tools()

    def _selected(self, node_id: str) -> None:
        if not node_id or not self.visible:
            return
        self._unfold()
        if self.side_mode.value == "connect":
            self.relation_form.choose(node_id)
        elif node_id != ELB_ID:
            self.side_mode.value = "new"
            self.resource_form.edit(node_id)
