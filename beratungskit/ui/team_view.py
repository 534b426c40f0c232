"""Team reflection: anonymous figures across every case of a store, with a progress bar.

The figures come from :func:`analysis.team.team_aggregates` (at least 5 cases per figure, nothing to
group people by); the report is written to ``<store>/ausdrucke`` and shown in a sandboxed frame.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import ipywidgets as widgets

from beratungskit.analysis.team import team_aggregates
from beratungskit.messages import t
from beratungskit.render.team_report import team_html
from beratungskit.store import CaseStore, error_text
from beratungskit.store.private import write_private
from beratungskit.ui.conference_view import output_dir
from beratungskit.ui.embed import frame_html
from beratungskit.ui.look import CSS

__all__ = ["TeamView", "team_view"]


class TeamView:
    def __init__(self, store: CaseStore | None = None) -> None:
        self.store = store or CaseStore()
        title = widgets.Label(t("ui_conference.team_title"))
        title.add_class("bk-title")
        self.run = widgets.Button(
            description=t("ui_conference.team_run"), button_style="primary", layout={"width": "auto"}
        )
        self.run.add_class("bk-team-run")
        self.progress = widgets.IntProgress(value=0, min=0, max=1, layout=widgets.Layout(width="60%"))
        self.progress.add_class("bk-team-progress")
        self.message = widgets.Label("")
        self.message.add_class("bk-status")
        self.report = widgets.HTML("", layout=widgets.Layout(width="100%"))
        self.report.add_class("bk-team-report")
        style = widgets.HTML(CSS, layout=widgets.Layout(display="none"))
        self.widget = widgets.VBox(
            [
                style,
                title,
                widgets.Label(t("ui_conference.team_intro")),
                widgets.Label(t("ui_conference.team_folder", folder=self.store.folder)),
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

    def build(self) -> Path | None:
        self.message.value = t("ui_conference.team_reading")
        try:
            aggregates = team_aggregates(self.store, progress=self._progress)
            document = team_html(aggregates)
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

    view = TeamView(CaseStore(Path(store_dir) if store_dir else None))
    link_home(view.widget)
    return view.widget
