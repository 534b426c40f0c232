"""Preparing a case conference (Fallbesprechung): pick a case, see it pseudonymised, record the
team's ideas as suggestions, save the one file that goes on the projector.

The case picker shows aliases, so it belongs on the IFK's own screen; "Beamer-Ansicht" hides it and
leaves only the pseudonymised preview.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import ipywidgets as widgets

from beratungskit.analysis.pseudonym import pseudonym_code
from beratungskit.messages import t
from beratungskit.render.conference import conference_html, write_conference
from beratungskit.store import CaseStore, StoreError, error_text, folder_secret
from beratungskit.store.teamfolder import CONFERENCES, TeamFolder, team_folder
from beratungskit.ui.access import page_style
from beratungskit.ui.embed import frame_html
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.look import CSS
from beratungskit.ui.parts import label
from beratungskit.ui.session import Session

__all__ = ["ConferenceView", "conference_view", "output_dir"]


def output_dir(store: CaseStore) -> Path:
    """Where printable files of a store go: ``<store>/ausdrucke``."""
    return store.folder / "ausdrucke"


#: Largest conference page from the team folder that is shown (a real one is well under 1 MB).
MAX_SHOWN = 5_000_000


class ConferenceView:
    """``team``: the team folder (under the hub), where "save" puts the page and whose pages can be shown."""

    def __init__(self, store: CaseStore | None = None, team: TeamFolder | None = None) -> None:
        self.store = store or CaseStore()
        self.team = team
        self.session: Session | None = None
        self.feedback = Feedback()

        title = widgets.Label(t("ui_conference.conf_title"))
        title.add_class("bk-title")
        self.picker = widgets.Dropdown(description="", layout=widgets.Layout(width="auto"))
        self.picker.add_class("bk-conf-picker")
        self.beamer = widgets.Button(description=t("ui_conference.conf_beamer"), layout={"width": "auto"})
        self.beamer.add_class("bk-conf-beamer")
        self.back = widgets.Button(description=t("ui_conference.conf_back"), layout={"width": "auto"})
        self.chooser = widgets.VBox(
            [
                widgets.Label(t("ui_conference.conf_intro")),
                widgets.HBox(
                    [label(t("ui_conference.conf_pick"), "bk-field-label"), self.picker, self.beamer]
                ),
            ]
        )
        self.preview = widgets.HTML("", layout=widgets.Layout(width="100%"))
        self.preview.add_class("bk-conf-preview")

        self.idea = widgets.Textarea(
            placeholder=t("ui_conference.conf_idea_placeholder"), layout=widgets.Layout(width="100%")
        )
        self.idea.add_class("bk-conf-idea")
        self.idea_goal = widgets.Dropdown(description="", layout=widgets.Layout(width="auto"))
        self.add_idea = widgets.Button(
            description=t("ui_conference.conf_idea_add"), button_style="primary", layout={"width": "auto"}
        )
        self.add_idea.add_class("bk-conf-add-idea")
        self.save = widgets.Button(
            description=t("ui_team.save_to_team" if team else "ui_conference.conf_save"),
            layout={"width": "auto"},
        )
        self.save.add_class("bk-conf-save")
        self.message = widgets.Label("")
        self.message.add_class("bk-status")
        heading = widgets.Label(t("ui_conference.conf_ideas_heading"))
        heading.add_class("bk-heading")
        self.ideas_box = widgets.VBox(
            [
                heading,
                label(t("ui_conference.conf_ideas_note"), "bk-field-label"),
                self.idea,
                widgets.HBox(
                    [
                        label(t("ui_conference.conf_idea_goal"), "bk-field-label"),
                        self.idea_goal,
                        self.add_idea,
                    ]
                ),
                widgets.HBox([self.save, self.message]),
            ]
        )
        parts = [*page_style(CSS), title, self.chooser, self.back, self.preview, self.ideas_box]
        self.shared = widgets.Dropdown(description="", layout=widgets.Layout(width="auto"))
        self.shared.add_class("bk-team-conferences")
        self.show_shared = widgets.Button(description=t("ui_team.team_show"), layout={"width": "auto"})
        self.show_shared.add_class("bk-team-show")
        self.shared_note = widgets.Label("")
        self.shared_row = widgets.HBox(
            [label(t("ui_team.team_pick"), "bk-field-label"), self.shared, self.show_shared]
        )
        if team is not None:
            shared_heading = widgets.Label(t("ui_team.team_heading"))
            shared_heading.add_class("bk-heading")
            self.shared_box = widgets.VBox(
                [
                    shared_heading,
                    widgets.Label(t("ui_team.team_note")),
                    self.shared_row,
                    self.shared_note,
                ],
                layout=widgets.Layout(margin="18px 0 0 0"),
            )
            parts.insert(parts.index(title) + 2, self.shared_box)
            self.show_shared.on_click(lambda _b: self.show_team_page())
            self.refresh_shared()
        self.widget = widgets.VBox(parts)
        self.widget.add_class("bk-app")
        self.back.layout.display = "none"

        self.picker.observe(lambda _c: self.open(self.picker.value), names="value")
        self.beamer.on_click(lambda _b: self.projector(True))
        self.back.on_click(lambda _b: self.projector(False))
        self.add_idea.on_click(lambda _b: self.record_idea())
        self.save.on_click(lambda _b: self.write())
        self.refresh()

    def refresh(self) -> None:
        cases = self.store.list()
        self.picker.options = [(f"{c.alias} ({c.updated_at:%d.%m.%Y})", c.key) for c in cases]
        if not cases:
            self.preview.value = ""
            self.message.value = t("ui_conference.conf_none")
        elif self.picker.value is None:
            self.picker.value = cases[0].key  # opens it through the observer

    def open(self, key: str | None) -> None:
        if key is None:
            return
        try:
            self.session = Session(self.store, self.store.load(key))
        except StoreError as exc:
            self.message.value = str(exc)
            return
        self.session.subscribe(lambda _s: self.show())
        self.show()

    def show(self) -> None:
        if self.session is None:
            return
        case = self.session.case
        # Goals are named by number, as in the pseudonymised file: their wording may be private.
        self.idea_goal.options = [(t("ui_conference.conf_idea_no_goal"), None)] + [
            (t("ui_conference.conf_goal_option", n=n), goal.id) for n, goal in enumerate(case.goals, start=1)
        ]
        try:
            salt = self._secret()
        except StoreError as exc:  # a damaged secret is reported, never replaced
            self.preview.value = ""
            self.message.value = str(exc)
            return
        self.preview.value = frame_html(conference_html(case, salt=salt), height="900px")

    def projector(self, on: bool) -> None:
        self.chooser.layout.display = "none" if on else ""
        self.ideas_box.layout.display = "none" if on else ""
        self.back.layout.display = "" if on else "none"

    def record_idea(self) -> None:
        text = self.idea.value.strip()
        if self.session is None or not text:
            self.message.value = t("ui_conference.conf_idea_empty")
            return
        goal_id = self.idea_goal.value
        ok, _idea = attempt(
            self.session,
            lambda case: case.add_team_idea(text, goal_id=goal_id),
            self.feedback,
            self._problem,
            lambda _i: t("ui_conference.conf_idea_added"),
        )
        if ok:
            self.idea.value = ""
            self.message.value = self.feedback.last
        elif self.feedback.stale_shown:
            self.feedback.stale_shown = False
            self.message.value = t("ui_conference.conf_stale")

    def _secret(self) -> bytes:
        """The case folder's pseudonym secret: the same case keeps its code in every opening."""
        return folder_secret(self.store.folder)

    def _problem(self, message: str) -> None:
        if message:
            self.message.value = message

    def write(self) -> Path | None:
        """Save the conference page: into the team folder (with the case's team figures) under the
        hub, else into ``<store>/ausdrucke`` (0600)."""
        if self.session is None:
            return None
        case = self.session.case
        try:
            salt = self._secret()
            name = f"fallbesprechung-{pseudonym_code(case.key, salt=salt)}.html"
            if self.team is not None:
                from beratungskit.ui.teamshare import share_figures

                path = self.team.write(CONFERENCES, name, conference_html(case, salt=salt))
                share_figures(self.store, case, self.team)
                self.message.value = t("ui_team.saved_to_team", name=name)
                self.refresh_shared()
                return path
            path = output_dir(self.store) / name
            write_conference(case, path, salt=salt)
        except (StoreError, OSError) as exc:
            self.message.value = error_text(exc)
            return None
        self.message.value = t("ui_conference.conf_saved", path=path)
        return path

    # --- conference pages of the team -------------------------------------------------------------

    def refresh_shared(self) -> None:
        """List the conference pages in the team folder, newest first."""
        if self.team is None:
            return
        pages = sorted(self.team.files(CONFERENCES), key=lambda p: p.stat().st_mtime, reverse=True)
        self.shared.options = [
            (
                t(
                    "ui_team.team_option",
                    code=p.stem.removeprefix("fallbesprechung-"),
                    date=f"{datetime.fromtimestamp(p.stat().st_mtime):%d.%m.%Y %H:%M}",
                ),
                p.name,
            )
            for p in pages
        ]
        # the newest page chosen (a blank choice looked as if there were none); no empty list at all
        self.shared.value = pages[0].name if pages else None
        self.shared_note.value = "" if pages else t("ui_team.team_none")
        self.show_shared.disabled = not pages
        self.shared_row.layout.display = "" if pages else "none"

    def show_team_page(self) -> None:
        """Show a colleague's pseudonymised page from the team folder (read-only, in a sandbox)."""
        if self.team is None or not self.shared.value:
            return
        path = self.team.folder / CONFERENCES / Path(self.shared.value).name
        try:
            if path.stat().st_size > MAX_SHOWN:
                self.shared_note.value = t("ui_team.team_too_large")
                return
            document = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            self.shared_note.value = error_text(exc)
            return
        # Nothing of one's own case stays open while a colleague's page is shown (choosing it again
        # in the case list opens it again).
        self.session = None
        self.picker.value = None
        self.preview.value = frame_html(document, height="900px")
        self.shared_note.value = ""


def conference_view(store_dir: str | Path | None = None) -> widgets.Widget:
    """The widget for ``notebooks/03_fallbesprechung.ipynb`` (with the team folder under the hub)."""
    from beratungskit.ui.pagelinks import link_conference_view

    view = ConferenceView(CaseStore(Path(store_dir) if store_dir else None), team=team_folder())
    link_conference_view(view)
    return view.widget
