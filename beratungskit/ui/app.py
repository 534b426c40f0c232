"""The joint session app: the IFK and the eLb draw the eLb's resources together on one screen.

Case picker → session view: a header with the case, "Rückgängig" and a status line "Gespeichert ✓
(Stand N)" after every change, and the session's tabs — "Unsere Karte" (:mod:`.map_tab`), "Was wir
festhalten", "Wille & Ziele" and "Was hat sich verändert?". Every change is saved at once through
the :class:`Session`.

The app composes its tabs (:class:`Tab`: a title and how its panel is made); a panel never imports
the app. A tab's panel is made when the tab is first opened, and a tab that is not shown catches up
when it is opened again instead of following every change (:class:`~beratungskit.ui.panel.Panel`).

>>> import tempfile
>>> app = SessionApp(CaseStore(tempfile.mkdtemp()))
>>> app.picker.alias.value = "Sonnenblume"; app.picker.create_button.click()
>>> app.resource_form.label.value = "Fahrrad"; app.resource_form.save_button.click()
>>> app.status.text
'Gespeichert ✓ (Stand 2) – „Fahrrad“ festgehalten.'
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import ipywidgets as widgets

from beratungskit.messages import t
from beratungskit.model import Case
from beratungskit.store import CaseStore, StaleRevisionError, StoreError
from beratungskit.ui.access import AccessHelper, page_style
from beratungskit.ui.bilingual import LanguageChooser
from beratungskit.ui.case_picker import CasePicker, FirstView, take_first_action
from beratungskit.ui.crisis_help import CrisisHelp
from beratungskit.ui.feedback import Feedback
from beratungskit.ui.hints import warm_up
from beratungskit.ui.look import CSS
from beratungskit.ui.panel import Panel, widget_tree
from beratungskit.ui.session import Session

if TYPE_CHECKING:  # the tabs' modules are imported when a case is opened, not with the page
    from beratungskit.ui.map_tab import MapTab

__all__ = ["SessionApp", "StatusText", "Tab", "TabContext", "default_tabs", "link_first_view", "session_app"]

P = TypeVar("P", bound=Panel)


@dataclass
class TabContext:
    """What a tab is made from: the open case's session, where outcomes are reported, and the live
    map the app shares between its tabs (``live_map()``, loaded with this case)."""

    session: Session
    feedback: Feedback
    live_map: Callable[[], widgets.Widget]


@dataclass(frozen=True)
class Tab:
    """One tab of the session: its title and how its content is made (once, when first opened).

    ``build(context)`` returns a :class:`Panel` (which then follows the case while shown) or any
    widget (which is shown as it is).
    """

    title: str
    build: Callable[[TabContext], Panel | widgets.Widget]


def _map_tab(context: TabContext) -> Panel:
    from beratungskit.ui.map_tab import MapTab

    return MapTab(context.session, context.feedback, map=context.live_map())


def _transparency_tab(context: TabContext) -> Panel:
    from beratungskit.ui.transparency import TransparencyPanel

    return TransparencyPanel(context.session, context.feedback)


def _goals_tab(context: TabContext) -> Panel:
    from beratungskit.ui.goals_panel import GoalsPanel

    return GoalsPanel(context.session, context.feedback, map=context.live_map())


def _history_tab(context: TabContext) -> Panel:
    from beratungskit.ui.history_panel import HistoryPanel

    return HistoryPanel(context.session)


def default_tabs() -> list[Tab]:
    """The session's tabs, in order; the first is shown when a case is opened."""
    return [
        Tab(t("ui_session.tab_map"), _map_tab),
        Tab(t("ui_session.tab_transparency"), _transparency_tab),
        Tab(t("ui_goals.tab"), _goals_tab),
        Tab(t("ui_conference.history_tab"), _history_tab),
    ]


class _Shown(Panel):
    """A tab whose content is a plain widget: shown as it is."""

    def __init__(self, session: Session, widget: widgets.Widget) -> None:
        super().__init__(session)
        self.widget = widget


class StatusText(widgets.HTML):  # type: ignore[misc]
    """The head's status line: "Gespeichert ✓ (Stand 3)" and what was done, each part its own text.

    As one text („Gespeichert ✓ (Stand 3) – „Fahrrad“ festgehalten.“) it was none of the catalogue's
    and stood in German only with a language chosen; as parts the page's language layer
    (ui/bilingual.py) puts each part's translation under it (look.py sets the parts side by side).
    ``text`` is the line as one German text (what a screen reader reads, what tests compare).

    >>> line = StatusText()
    >>> line.show("Gespeichert ✓ (Stand 2)", "„<b>“ festgehalten.")
    >>> line.text
    'Gespeichert ✓ (Stand 2) – „<b>“ festgehalten.'
    >>> line.value
    '<span>Gespeichert ✓ (Stand 2)</span><span> – „&lt;b&gt;“ festgehalten.</span>'
    """

    def __init__(self) -> None:
        super().__init__("")
        self.text = ""
        self.add_class("bk-status")

    def show(self, *parts: str, error: bool = False) -> None:
        """Show ``parts`` (empty ones left out) joined by " – "; ``error``: as a problem.

        A part after one that ends with a colon follows it with a space: it is what the colon
        announces („Rückgängig gemacht: „Fahrrad“ festgehalten.“).
        """
        kept = [part.strip() for part in parts if part and part.strip()]
        joined = [
            part if i == 0 else (" " if kept[i - 1].endswith(":") else " – ") + part
            for i, part in enumerate(kept)
        ]
        self.text = "".join(joined)
        # a message may carry what a person typed: escaped like any text
        self.value = "".join(f"<span>{html.escape(part, quote=False)}</span>" for part in joined)
        if error:
            self.add_class("bk-status-error")
        else:
            self.remove_class("bk-status-error")


class StatusLine(Feedback):
    """The status line and the stale-file banner of the app."""

    def __init__(self, app: SessionApp) -> None:
        super().__init__()
        self.app = app

    def done(self, message: str) -> None:
        super().done(message)
        session = self.app.session
        saved = t("ui_session.saved", revision=session.case.revision if session else 0)
        # "Gespeichert" first: what must show first is that the change is safe
        self.app.status.show(saved, message)
        self.app.hide_stale()
        self.app.show_steps()

    def problem(self, message: str) -> None:
        if not message:
            # "no problem" (a form's error cleared as a change is saved; the map's drops report here):
            # the "Gespeichert" that follows says what happened — a blank red line first would flicker
            return
        super().problem(message)
        self.app.status.show(message, error=True)

    def stale(self) -> None:
        super().stale()
        self.app.show_stale()

    def focus(self, selector: str) -> None:
        super().focus(selector)
        self.app.access.focus(selector)


class SessionApp:
    """The whole app as one widget (``app.widget``); ``app.tabs`` is the open case's Tab.

    ``tabs`` lists the session's tabs (default: :func:`default_tabs`).
    """

    def __init__(self, store: CaseStore | None = None, tabs: Sequence[Tab] | None = None) -> None:
        self.store = store or CaseStore()
        self.session: Session | None = None
        self.feedback = StatusLine(self)
        self.tab_specs: list[Tab] = list(default_tabs() if tabs is None else tabs)
        #: The panel of each tab of the open case (None: not opened yet).
        self.panels: list[Panel | None] = []
        self._leaving: tuple[Session, widgets.Widget] | None = None
        # One live map for the page, loaded with each case opened: the vis-network bundle (~700 KB)
        # travels to the browser and is parsed once, not with every case and every tab.
        self._live_map: widgets.Widget | None = None
        #: The live map's last canvas (width, height) with German alone (False) and with a language
        #: (True): a case of the other kind is laid out for the canvas its head leaves.
        self._canvas_seen: dict[bool, tuple[float, float]] = {}
        self._map_session: Session | None = None
        #: The browser window's (width, height) as the page reported it (ui/pagelinks.py), or None:
        #: the map knows how much room it has before it is first drawn (the form may fold away).
        self.screen_size: tuple[float, float] | None = None
        #: called with the opened case, or None when the case list is shown again (page links)
        self.case_listeners: list[Callable[[Case | None], None]] = []

        self.title = widgets.Label(t("ui_session.app_title"))
        self.title.add_class("bk-title")
        self.status = StatusText()
        self.undo_button = widgets.Button(
            description=t("ui_session.undo"), disabled=True, layout=widgets.Layout(width="auto")
        )
        self.undo_button.add_class("bk-undo")
        # "Wiederholen" does again what "Rückgängig" took back; each says what in its tooltip. Both
        # are always in their place, greyed while there is nothing to take back or do again: a button
        # that appeared made the head wider, its title row wrapped and the map below moved down
        # (session 16b: 43 px at 1280×800 in German, 49 px in Arabic).
        self.redo_button = widgets.Button(
            description=t("ui_session.redo"), disabled=True, layout=widgets.Layout(width="auto")
        )
        self.redo_button.add_class("bk-redo")
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
        # The page's head (the map below it is the centre of the conversation) is two rows of one
        # height each, whatever the buttons or the status say: on top the title on the left and the
        # eLb's language and the buttons on the right; under them the status line across the whole
        # width. Beside the buttons the status had some 440 px at 1280×800: „Rückgängig gemacht:
        # „…“ festgehalten.“ (with its translation even more) wrapped and the map moved down with
        # each message. The status is never cut, in German or with its translation beside it. The
        # links to the other pages (``page_links``, filled by ui/pagelinks.py) are the IFK's: with a
        # case open they stand at the page's foot — beside the status they cut it (issue 11), and a
        # line of their own in the head took the map 22 px at 1280×800; on the case list they are a
        # row above it. On a narrow screen (or zoomed) the head's top row wraps.
        # the eLb's language beside the German (ui/bilingual.py): chooser and page layer
        self.language = LanguageChooser(self.feedback)
        self.status_row = widgets.HBox([self.status], layout=widgets.Layout(width="100%"))
        self.status_row.add_class("bk-status-row")
        # the crisis lines, one click away in every session whatever the wording guard finds: in the
        # title's row, where there is room on every screen (the status line beneath keeps its length),
        # before the title, where nothing one taps lies beneath it
        self.crisis_help = CrisisHelp()
        self.title_row = widgets.HBox(
            [self.crisis_help.button, self.title],
            layout=widgets.Layout(align_items="baseline", flex_flow="row wrap"),
        )
        self.title_row.add_class("bk-title-row")
        self.title_block = widgets.VBox([self.title_row], layout=widgets.Layout(flex="1 1 300px"))
        self.title_block.add_class("bk-title-block")
        self.case_buttons = widgets.HBox(
            [self.language.widget, self.undo_button, self.redo_button, self.other_button],
            layout=widgets.Layout(align_items="center", flex_flow="row wrap"),
        )
        self.case_buttons.add_class("bk-case-buttons")
        self.page_links = widgets.Box(layout=widgets.Layout(width="auto"))
        self.page_links.add_class("bk-page-links")
        self.header = widgets.HBox(
            [self.title_block, self.case_buttons, self.status_row],
            layout=widgets.Layout(align_items="center", flex_flow="row wrap", width="100%"),
        )
        self.header.add_class("bk-header")
        self._show_case_head(False)

        self.picker = CasePicker(self.store, self.open_case)
        # The wording guard loads while the person chooses a case, not at the first letter typed
        # (ui/hints.py: a busy kernel let a quick click overtake the typing). Measured here: the
        # kernel's own work stalls at most ~0.2 s meanwhile.
        warm_up()
        self.body = widgets.Box([self.page_links, self.picker.widget], layout=widgets.Layout(width="100%"))
        self.body.add_class("bk-body")
        #: ARIA the stock widgets lack, and where the keyboard goes after a case opens or closes.
        self.access = AccessHelper()
        self.widget = widgets.VBox(
            [
                *page_style(CSS, self.access),
                self.language.layer,
                self.header,
                self.crisis_help.panel,
                self.stale_box,
                self.body,
            ]
        )
        self.widget.add_class("bk-app")

        self.undo_button.on_click(lambda _b: self.undo())
        self.redo_button.on_click(lambda _b: self.redo())
        self.reload_button.on_click(lambda _b: self.reload())
        self.other_button.on_click(lambda _b: self.show_picker())
        self.tabs: widgets.Tab = widgets.Tab()

    # --- opening a case -----------------------------------------------------------------------

    def show_picker(self) -> None:
        leaving = self._view()
        self.session = None
        self._show_case_head(False)
        self.hide_stale()
        self.picker.refresh()
        self.body.remove_class("bk-body-case")
        self.body.children = [self.page_links, self.picker.widget]
        self._retire(leaving)
        for listener in self.case_listeners:
            listener(None)
        self.access.focus(".bk-alias-input input")

    def open_case(self, case: Case) -> None:
        """Show the session view for ``case`` (already loaded from or created in the store).

        Where the page's view does not depend on the map's layout (whether the form beside the map
        folds away is known before: :func:`~beratungskit.ui.map_tab.opening_fold`), the live map is
        laid out after the new view went out: the browser builds the view while the kernel lays
        out the map (at 60 resources most of the wait), and the map is laid out once, for the room
        it will have.
        """
        held = getattr(self._live_map, "held", None)
        if held is not None:
            from beratungskit.ui.map_tab import opening_fold

            if opening_fold(self._window(), case) is None:  # only the layout can tell
                held = None
        with held() if held is not None else nullcontext():
            self._open_case(case)

    def _window(self) -> tuple[float, float] | None:
        """The browser window's size: as the map last reported it, or as the page did."""
        return getattr(self._live_map, "window_size", None) or self.screen_size

    def _open_case(self, case: Case) -> None:
        leaving = self._view()
        session = Session(self.store, case)
        self.session = session
        self.title.value = t("ui_session.app_title_case", alias=case.alias)
        self.status.show(t("ui_session.saved", revision=case.revision))
        self.show_steps()
        self._show_case_head(True)
        self.hide_stale()
        self.language.show(session)
        session.subscribe(self._changed)

        # One empty box per tab; a tab's panel is made when the tab is first opened.
        self.panels = [None] * len(self.tab_specs)
        self.tabs = widgets.Tab(children=[widgets.Box() for _ in self.tab_specs])
        self.tabs.add_class("bk-tabs")
        self.tabs.titles = [spec.title for spec in self.tab_specs]
        self._open_tab(0)
        self.tabs.observe(self._tab_changed, names="selected_index")
        self.body.add_class("bk-body-case")
        self.body.children = [self.tabs, self.page_links]
        self._retire(leaving)  # after the new view went out: the browser draws it first
        for listener in self.case_listeners:
            listener(case)
        # The button that opened the case is gone: the keyboard goes on at the first field.
        self.access.focus(".bk-tabs .bk-label-input input")

    def _show_case_head(self, shown: bool) -> None:
        # title, status and buttons only with a case (the links then at the page's foot, on the
        # case list above it: ``body``)
        for part in (self.title_block, self.case_buttons, self.status_row):
            part.layout.display = None if shown else "none"
        if not shown:
            self.crisis_help.show(False)

    def add_tab(self, title: str, build: Callable[[TabContext], Panel | widgets.Widget]) -> None:
        """Add a tab to this app (now, and for every case opened later)."""
        self.tab_specs.append(Tab(title, build))
        if self.session is not None:
            self.panels.append(None)
            titles = [*self.tabs.titles[: len(self.tabs.children)], title]
            self.tabs.children = [*self.tabs.children, widgets.Box()]
            self.tabs.titles = titles

    def _tab_changed(self, change: dict[str, Any]) -> None:
        if isinstance(change["new"], int):
            self._open_tab(change["new"])

    def _open_tab(self, index: int) -> None:
        session = self.session
        if session is None:
            return
        for i, panel in enumerate(self.panels):
            if panel is not None and i != index:
                panel.show(False)
        panel = self.panels[index]
        if panel is None:
            made = self.tab_specs[index].build(TabContext(session, self.feedback, self.live_map))
            panel = made if isinstance(made, Panel) else _Shown(session, made)
            self.panels[index] = panel
            self.tabs.children[index].children = [panel.widget]
        panel.show(True)

    def _view(self) -> tuple[Session, widgets.Widget] | None:
        return (self.session, self.tabs) if self.session is not None else None

    def _retire(self, view: tuple[Session, widgets.Widget] | None) -> None:
        """``view`` just left the screen; the one that left at an earlier switch is closed now.

        Never sooner: closing a widget the browser may still draw, or one a message still on its
        way refers to, is what the browser reports as "widget model not found".
        """
        earlier, self._leaving = self._leaving, view
        if earlier is not None:
            session, tabs = earlier
            session.close()  # every panel closes what it holds, shown or not (not the live map)
            for widget in widget_tree(tabs, keep=[self._live_map] if self._live_map else []):
                widget.close()

    def live_map(self) -> widgets.Widget:
        """The page's live map, showing the open case (made once, then loaded with each case)."""
        session = self.session
        if session is None:
            raise LookupError("no case is open")
        if self._live_map is None:
            from beratungskit.ui.map_tab import make_map

            self._live_map = make_map(session.case, keeper=self._keeper())
        elif self._map_session is not session and hasattr(self._live_map, "load_case"):
            from beratungskit.analysis.layout import map_language
            from beratungskit.ui.map_tab import (
                AROUND_MAP_TWO_LANGUAGES,
                SIDE_WIDTH_PX,
                canvas_guess,
                opening_fold,
            )

            window = self._window()
            two = map_language(session.case) != "de"
            canvas: tuple[float, float] | None = getattr(self._live_map, "canvas_size", None)
            shown = getattr(self._live_map, "placed", None)
            if window and canvas is None:
                # not drawn yet: laid out for the canvas the window will give it (the form beside,
                # or the whole width where the form will fold away)
                folds = opening_fold(window, session.case)
                side = 0.0 if folds else SIDE_WIDTH_PX
                width, height = canvas_guess(window, side, two_languages=two)
                self._live_map.aspect = width / height
            elif canvas and shown is not None:
                # the case before had German alone and this one a language, or the other way round:
                # the head and the tabs' row change height, and the canvas with them (a few per cent,
                # within what the map lets pass without a second layout): laid out for the canvas
                # such a case had last (the same width), else for the one before moved by the head
                before = shown.lang != "de"
                self._canvas_seen[before] = canvas
                seen = self._canvas_seen.get(two)
                if before != two:
                    if seen is not None and abs(seen[0] - canvas[0]) < 0.5:
                        self._live_map.aspect = seen[0] / seen[1]
                    else:
                        shift = AROUND_MAP_TWO_LANGUAGES if two else -AROUND_MAP_TWO_LANGUAGES
                        self._live_map.aspect = canvas[0] / max(canvas[1] - shift, 1.0)
            self._live_map.load_case(session.case)
        self._map_session = session
        if self.screen_size and getattr(self._live_map, "window_size", False) is None:
            self._live_map.window_size = self.screen_size
        return self._live_map

    def page_shown(self) -> None:
        """The browser has the page (and so the case list): make the live map now, not shown.

        Its ~700 KB vis-network bundle then reaches the browser while the person looks for their
        case, not at the click on it; the first case opened is loaded into it. Called when the
        page reports in (:func:`beratungskit.ui.pagelinks.link_session_app`) — the kernel cannot
        know it otherwise: a pre-heated kernel builds the app before anyone opens the page.
        """
        if self._live_map is None:
            from beratungskit.demo import bare_case
            from beratungskit.ui.map_tab import make_map

            # loaded with the real case when one is opened
            self._live_map = make_map(bare_case(), keeper=self._keeper())

    def _keeper(self) -> Any:
        """Where the live map keeps each case's picture for its next opening (in the store)."""
        from beratungskit.ui.kept_maps import MapKeeper

        return MapKeeper(self.store.folder)

    # --- the tabs' panels ---------------------------------------------------------------------

    def panel_of(self, kind: type[P]) -> P | None:
        """The open case's panel of this kind, if its tab was opened."""
        return next((p for p in self.panels if isinstance(p, kind)), None)

    @property
    def map_tab(self) -> MapTab:
        from beratungskit.ui.map_tab import MapTab

        tab = self.panel_of(MapTab)
        if tab is None:
            raise LookupError("no case is open")
        return tab

    # The map tab's parts, for scripts and tests that drive the app like a person.
    @property
    def map(self) -> widgets.Widget:
        return self.map_tab.map

    @property
    def resource_form(self) -> Any:
        return self.map_tab.resource_form

    @property
    def relation_form(self) -> Any:
        return self.map_tab.relation_form

    @property
    def partner_panel(self) -> Any:
        return self.map_tab.partner_panel

    @property
    def cards(self) -> Any:
        return self.map_tab.cards

    @property
    def side_mode(self) -> widgets.ToggleButtons:
        return self.map_tab.side_mode

    # --- following the case -------------------------------------------------------------------

    def _changed(self, _session: Session) -> None:
        self.show_steps()

    # --- undo, stale file, reload ------------------------------------------------------------

    def show_steps(self) -> None:
        """ "Rückgängig" and "Wiederholen" as the open case's steps are: usable or not, and each
        saying in its tooltip what it takes back or does again („Rückgängig: „Fahrrad“ festgehalten.“)."""
        session = self.session
        for button, can, text, key in (
            (self.undo_button, session is not None and session.can_undo, "undo_text", "ui_session.undo_what"),
            (self.redo_button, session is not None and session.can_redo, "redo_text", "ui_session.redo_what"),
        ):
            what = getattr(session, text) if can else ""
            with button.hold_sync():  # state and tooltip in one message
                button.disabled = not can
                button.tooltip = t(key, what=what) if what else ""

    def undo(self) -> None:
        """Take back the last change, saying which („Rückgängig gemacht: „Fahrrad“ festgehalten.“)."""
        self._step(redo=False)

    def redo(self) -> None:
        """Do again what the last undo took back, saying what („Wiederholt: „Fahrrad“ festgehalten.“)."""
        self._step(redo=True)

    def _step(self, *, redo: bool) -> None:
        session = self.session
        if session is None:
            return

        def done(what: str) -> None:
            # on disk now: said before the map and the panels follow (Session.apply's ``saved``)
            saved = t("ui_session.saved", revision=session.case.revision)
            if what:
                step = t("ui_session.redone_step" if redo else "ui_session.undone_step")
                self.status.show(saved, step, what)
            elif redo:  # a change made without words (a script)
                self.status.show(saved)
            else:
                self.status.show(t("ui_session.undone", revision=session.case.revision))
            self.hide_stale()
            self.show_steps()

        try:
            moved = (session.redo if redo else session.undo)(saved=done)
        except StaleRevisionError:
            self.show_stale()
            return
        except (StoreError, OSError) as exc:
            self.feedback.problem(t("ui_session.save_failed", reason=exc))
            return
        if not moved:
            self.status.show(t("ui_session.nothing_to_redo" if redo else "ui_session.nothing_to_undo"))
        self.show_steps()

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
        self.status.show(t("ui_session.reloaded", revision=session.case.revision))


def link_first_view(app: SessionApp) -> None:
    """Take over what the person chose in the page's first view (``case_picker.first_view_html``)."""
    first = FirstView()

    def act(action: dict[str, Any]) -> None:
        if app.session is None:  # a case opened meanwhile (``?fall=``) stays open
            take_first_action(app.picker, action)

    first.on_action(act)
    app.widget.children = [*app.widget.children, first]


def session_app(store_dir: str | Path | None = None) -> widgets.Widget:
    """The app for the notebook: ``session_app()`` uses ``$BERATUNGSKIT_STORE`` or ``./faelle``."""
    from beratungskit.ui.heap import settle_heap
    from beratungskit.ui.pagelinks import link_session_app
    from beratungskit.ui.teamshare import share_with_team

    app = SessionApp(CaseStore(Path(store_dir) if store_dir is not None else None))
    link_session_app(app)
    link_first_view(app)
    share_with_team(app)  # under the hub: the open case's team figures go to the team folder
    # what the kernel loaded for good is left out of later garbage collections (ui/heap.py)
    settle_heap(warm_up())
    return app.widget
