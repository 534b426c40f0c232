"""The joint session app: the IFK and the eLb draw the eLb's resources together on one screen.

Case picker → session view: the live map in the middle, beside it a question card and the form (or
"Verbinden" / "Angebote"), "Rückgängig", a status line "Gespeichert ✓ (Stand N)" after every change,
and "Was wir festhalten" as a tab. Every change is saved at once through the :class:`Session`.

More tabs (e.g. "Wille & Ziele") are added through :data:`TAB_FACTORIES` or :meth:`SessionApp.add_tab`.

>>> import tempfile
>>> app = SessionApp(CaseStore(tempfile.mkdtemp()))
>>> app.picker.alias.value = "Sonnenblume"; app.picker.create_button.click()
>>> app.resource_form.label.value = "Fahrrad"; app.resource_form.save_button.click()
>>> app.status.value
'„Fahrrad“ festgehalten. Gespeichert ✓ (Stand 2)'
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import ipywidgets as widgets

from beratungskit.messages import t
from beratungskit.model import ELB_ID, Case
from beratungskit.store import CaseStore, StaleRevisionError, StoreError
from beratungskit.ui.case_picker import CasePicker
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.look import CSS
from beratungskit.ui.partners import PartnerPanel
from beratungskit.ui.question_cards import QuestionCards
from beratungskit.ui.relation_form import RelationForm
from beratungskit.ui.resource_form import ResourceForm
from beratungskit.ui.session import Session
from beratungskit.ui.transparency import TransparencyPanel

__all__ = ["TAB_FACTORIES", "SessionApp", "build_app", "session_app"]

TabFactory = Callable[[Session, Feedback], widgets.Widget]

#: Extra tabs after "Unsere Karte" and "Was wir festhalten": (title, factory(session, feedback)).
#: THE PLACE FOR "Wille & Ziele": its module appends ``(t("…"), build_will_tab)`` here (or calls
#: ``app.add_tab``); every newly opened case then gets the tab.
TAB_FACTORIES: list[tuple[str, TabFactory]] = []

_SIDE_MODES = ("new", "connect", "partner")


class StatusLine(Feedback):
    """The status line and the stale-file banner of the app."""

    def __init__(self, app: SessionApp) -> None:
        super().__init__()
        self.app = app

    def done(self, message: str) -> None:
        super().done(message)
        session = self.app.session
        saved = t("ui_session.saved", revision=session.case.revision if session else 0)
        self.app.status.value = f"{message} {saved}".strip()
        self.app.status.remove_class("bk-status-error")
        self.app.hide_stale()
        self.app.undo_button.disabled = not (session and session.can_undo)

    def problem(self, message: str) -> None:
        super().problem(message)
        self.app.status.value = message
        self.app.status.add_class("bk-status-error")

    def stale(self) -> None:
        super().stale()
        self.app.show_stale()


class SessionApp:
    """The whole app as one widget (``app.widget``); ``app.tabs`` is the session's Tab."""

    def __init__(self, store: CaseStore | None = None) -> None:
        self.store = store or CaseStore()
        self.session: Session | None = None
        self.feedback = StatusLine(self)
        self._extra_tabs: list[tuple[str, TabFactory]] = []

        self.title = widgets.Label(t("ui_session.app_title"))
        self.title.add_class("bk-title")
        self.status = widgets.Label("")
        self.status.add_class("bk-status")
        self.undo_button = widgets.Button(
            description=t("ui_session.undo"), disabled=True, layout=widgets.Layout(width="auto")
        )
        self.undo_button.add_class("bk-undo")
        self.other_button = widgets.Button(
            description=t("ui_session.other_case"), layout=widgets.Layout(width="auto")
        )
        self.other_button.add_class("bk-other-case")
        self.stale_text = widgets.Label(t("ui_session.stale"))
        self.reload_button = widgets.Button(
            description=t("ui_session.reload"), button_style="warning", layout=widgets.Layout(width="auto")
        )
        self.reload_button.add_class("bk-reload")
        self.stale_box = widgets.VBox(
            [self.stale_text, self.reload_button], layout=widgets.Layout(display="none", width="auto")
        )
        self.stale_box.add_class("bk-stale")
        # Title and buttons on one line, the status below it: a long status must not push
        # "Rückgängig" off the screen.
        top = widgets.HBox(
            [self.title, widgets.HBox([self.undo_button, self.other_button])],
            layout=widgets.Layout(justify_content="space-between", align_items="center", width="100%"),
        )
        self.header = widgets.VBox([top, self.status], layout=widgets.Layout(display="none", width="100%"))
        self.header.add_class("bk-header")

        self.picker = CasePicker(self.store, self.open_case)
        self.body = widgets.Box([self.picker.widget], layout=widgets.Layout(width="100%"))
        # Static CSS, no user text; a <style> applies even inside a hidden element.
        style = widgets.HTML(CSS, layout=widgets.Layout(display="none"))
        self.widget = widgets.VBox([style, self.header, self.stale_box, self.body])
        self.widget.add_class("bk-app")

        self.undo_button.on_click(lambda _b: self.undo())
        self.reload_button.on_click(lambda _b: self.reload())
        self.other_button.on_click(lambda _b: self.show_picker())

        # Set per opened case:
        self.tabs: widgets.Tab = widgets.Tab()
        self.map: widgets.Widget | None = None

    # --- opening a case -----------------------------------------------------------------------

    def show_picker(self) -> None:
        self._close_view()
        self.session = None
        self.header.layout.display = "none"
        self.hide_stale()
        self.picker.refresh()
        self.body.children = [self.picker.widget]

    def open_case(self, case: Case) -> None:
        """Show the session view for ``case`` (already loaded from or created in the store)."""
        self._close_view()
        session = Session(self.store, case)
        self.session = session
        self.title.value = t("ui_session.app_title_case", alias=case.alias)
        self.status.value = t("ui_session.saved", revision=case.revision)
        self.status.remove_class("bk-status-error")
        self.undo_button.disabled = True
        self.header.layout.display = "flex"
        self.hide_stale()

        self.cards = QuestionCards()
        self.resource_form = ResourceForm(session, self.feedback)
        self.cards.on_category(lambda category: setattr(self.resource_form.categories, "value", category))
        self.resource_form.categories.value = self.cards.category
        self.relation_form = RelationForm(session, self.feedback)
        self.partner_panel = PartnerPanel(session, self.feedback)
        self.transparency = TransparencyPanel(session)

        self.side_mode = widgets.ToggleButtons(
            options=[(t(f"ui_session.side_{m}"), m) for m in _SIDE_MODES],
            value="new",
            style={"button_width": "auto"},
        )
        self.side_mode.add_class("bk-side-mode")
        self.side_body = widgets.VBox()
        self.side_mode.observe(lambda _c: self._show_side(), names="value")
        self._show_side()
        side = widgets.VBox(
            [self.side_mode, self.side_body],
            layout=widgets.Layout(
                width="470px", min_width="470px", max_height="680px", overflow="auto", padding="0 6px"
            ),
        )
        side.add_class("bk-side")

        self.map = self._make_map(case)
        map_help = widgets.Label(t("ui_session.map_help"))
        map_help.add_class("bk-muted")
        map_box = widgets.VBox([self.map, map_help], layout=widgets.Layout(flex="1 1 auto", width="auto"))
        map_box.add_class("bk-map-box")
        map_view = widgets.HBox([map_box, side], layout=widgets.Layout(width="100%"))
        map_view.add_class("bk-map-view")

        self.tabs = widgets.Tab()
        self.tabs.add_class("bk-tabs")
        self.tabs.children = [map_view, self.transparency.widget]
        self.tabs.titles = [t("ui_session.tab_map"), t("ui_session.tab_transparency")]
        for title, factory in [*TAB_FACTORIES, *self._extra_tabs]:
            self._append_tab(title, factory(session, self.feedback))
        self.transparency.show(False)
        self.tabs.observe(self._tab_changed, names="selected_index")
        self.body.children = [self.tabs]
        session.subscribe(self._changed)

    def add_tab(self, title: str, factory: TabFactory) -> None:
        """Add a tab to this app (now, and for every case opened later)."""
        self._extra_tabs.append((title, factory))
        if self.session is not None:
            self._append_tab(title, factory(self.session, self.feedback))

    def _append_tab(self, title: str, widget: widgets.Widget) -> None:
        titles = [*self.tabs.titles[: len(self.tabs.children)], title]
        self.tabs.children = [*self.tabs.children, widget]
        self.tabs.titles = titles

    def _tab_changed(self, _change: object = None) -> None:
        self.transparency.show(self.tabs.selected_index == 1)

    def _make_map(self, case: Case) -> widgets.Widget:
        try:
            from beratungskit.ui.mapwidget import CaseMap
        except ImportError:  # the live map is optional: forms and lists still work without it
            return widgets.Label(t("ui_session.map_missing"))
        live = CaseMap.from_case(case, height="620px")
        live.add_class("bk-map")
        live.on_move(self._moved)
        live.on_select(self._selected)
        return live

    def _close_view(self) -> None:
        if self.map is not None:
            self.map.close()
            self.map = None

    def _show_side(self) -> None:
        mode = self.side_mode.value
        if mode == "new":
            self.side_body.children = [self.cards.widget, self.resource_form.widget]
        elif mode == "connect":
            self.side_body.children = [self.relation_form.widget]
        else:
            self.side_body.children = [self.partner_panel.widget]

    # --- following the case -------------------------------------------------------------------

    def _changed(self, session: Session) -> None:
        show = getattr(self.map, "show_case", None)
        if show is not None:
            show(session.case)
        self.undo_button.disabled = not session.can_undo

    def _moved(self, node_id: str, x: float, y: float) -> None:
        session = self.session
        if session is None or node_id == ELB_ID or node_id not in {r.id for r in session.case.resources}:
            return
        attempt(
            session,
            lambda case: case.move_resource(node_id, x, y),
            self.feedback,
            self.feedback.problem,
            lambda _r: "",
        )

    def _selected(self, node_id: str) -> None:
        if not node_id or self.session is None:
            return
        if self.side_mode.value == "connect":
            self.relation_form.choose(node_id)
        elif node_id != ELB_ID:
            self.side_mode.value = "new"
            self.resource_form.edit(node_id)

    # --- undo, stale file, reload ------------------------------------------------------------

    def undo(self) -> None:
        session = self.session
        if session is None:
            return
        try:
            done = session.undo()
        except StaleRevisionError:
            self.show_stale()
            return
        except (StoreError, OSError) as exc:
            self.feedback.problem(t("ui_session.save_failed", reason=exc))
            return
        if done:
            self.status.value = t("ui_session.undone", revision=session.case.revision)
            self.status.remove_class("bk-status-error")
        else:
            self.status.value = t("ui_session.nothing_to_undo")
        self.undo_button.disabled = not session.can_undo

    def show_stale(self) -> None:
        self.stale_box.layout.display = "flex"

    def hide_stale(self) -> None:
        self.stale_box.layout.display = "none"

    def reload(self) -> None:
        """Read the case again from its file; typed input in the forms stays."""
        session = self.session
        if session is None:
            return
        try:
            session.reload()
        except StoreError as exc:
            self.feedback.problem(str(exc))
            return
        self.hide_stale()
        self.status.value = t("ui_session.reloaded", revision=session.case.revision)
        self.status.remove_class("bk-status-error")


def session_app(store_dir: str | Path | None = None) -> widgets.Widget:
    """The app for the notebook: ``session_app()`` uses ``$BERATUNGSKIT_STORE`` or ``./faelle``."""
    return build_app(CaseStore(Path(store_dir) if store_dir is not None else None)).widget


def build_app(store: CaseStore) -> SessionApp:
    """The session app with all its tabs (map, transparency, Wille & Ziele, Verlauf)."""
    app = SessionApp(store)
    # "Wille & Ziele" and "Verlauf" live in their own modules and add their tabs here.
    from beratungskit.ui.goals_panel import add_goals_tab
    from beratungskit.ui.history_panel import build_history_tab

    add_goals_tab(app)
    app.add_tab(t("ui_conference.history_tab"), build_history_tab)
    return app
