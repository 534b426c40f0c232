"""Team reflection: anonymous figures across every case of a store, with a progress bar.

The figures come from :func:`analysis.team.team_aggregates` (at least 5 cases per figure, nothing to
group people by); the report is written to ``<store>/ausdrucke`` and shown in a sandboxed frame.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import ipywidgets as widgets

from beratungskit.analysis.team import CaseFigures, team_aggregates
from beratungskit.messages import t
from beratungskit.render.team_report import team_html
from beratungskit.store import CaseStore, error_text
from beratungskit.store.private import write_private
from beratungskit.store.teamfolder import CONFERENCES, TeamFolder, team_folder
from beratungskit.ui.access import page_style
from beratungskit.ui.conference_view import output_dir
from beratungskit.ui.embed import frame_html
from beratungskit.ui.look import CSS
from beratungskit.ui.teamshare import read_figures

__all__ = ["TeamView", "team_view"]


class TeamView:
    """Team figures of the own case folder, or under the hub (``team``) of the whole team folder."""

    def __init__(self, store: CaseStore | None = None, team: TeamFolder | None = None) -> None:
        self.store = store or CaseStore()
        self.team = team
        title = widgets.Label(t("ui_conference.team_title"))
        title.add_class("bk-title")
        self.run = widgets.Button(
            description=t("ui_conference.team_run"), button_style="primary", layout={"width": "auto"}
        )
        self.run.add_class("bk-team-run")
        self.progress = widgets.IntProgress(value=0, min=0, max=1, layout=widgets.Layout(width="60%"))
        self.progress.add_class("bk-team-progress")
        self.progress.layout.display = "none"  # an empty bar before anything runs looked like a broken field
        self.message = widgets.Label("")
        self.message.add_class("bk-status")
        self.report = widgets.HTML("", layout=widgets.Layout(width="100%"))
        self.report.add_class("bk-team-report")
        self.folder_label = widgets.Label(t("ui_conference.team_folder", folder=self.store.folder))
        self.folder_label.add_class("bk-team-folder")
        if team is not None:
            self._describe_team()
        self.widget = widgets.VBox(
            [
                *page_style(CSS),
                title,
                widgets.Label(t("ui_team.intro" if team is not None else "ui_conference.team_intro")),
                self.folder_label,
                widgets.HBox([self.run, self.progress]),
                self.message,
                self.report,
            ]
        )
        self.widget.add_class("bk-app")
        self.run.on_click(lambda _b: self.build())

    def _progress(self, done: int, total: int) -> None:
        self.progress.max = max(total, 1)
        self.progress.value = done

    def _describe_team(self) -> tuple[list[CaseFigures], int]:
        assert self.team is not None
        records, unreadable = read_figures(self.team)
        self.folder_label.value = t(
            "ui_team.folder",
            folder=self.team.folder,
            cases=len(records),
            conferences=len(self.team.files(CONFERENCES)),
        )
        return records, unreadable

    def build(self) -> Path | None:
        self.message.value = t("ui_conference.team_reading")
        self.progress.layout.display = None
        try:
            if self.team is not None:
                # Under the hub: what every IFK's cases add to the team figures (counts only).
                records, unreadable = self._describe_team()
                aggregates = team_aggregates(records, progress=self._progress)
                aggregates.n_unreadable = unreadable
            else:
                aggregates = team_aggregates(self.store, progress=self._progress)
            document = team_html(aggregates, team_folder=self.team is not None)
            path = output_dir(self.store) / f"teamreflexion-{date.today():%Y-%m-%d}.html"
            write_private(path, document)
        except OSError as exc:
            self.message.value = t("ui_conference.team_failed", reason=error_text(exc))
            return None
        self.message.value = t("ui_conference.team_done", cases=aggregates.n_cases, path=path)
        self.report.value = frame_html(document, height="1200px")
        return path


def team_view(store_dir: str | Path | None = None) -> widgets.Widget:
    """The widget for ``notebooks/04_teamreflexion.ipynb``."""
    from beratungskit.ui.pagelinks import link_home

    view = TeamView(CaseStore(Path(store_dir) if store_dir else None), team=team_folder())
    link_home(view.widget)
    return view.widget
