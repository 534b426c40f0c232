"""The "Verlauf" tab: what has changed since an earlier saved state of the case.

The six-monthly review of the Kooperationsplan starts from here ("Was hat sich seit dem … verändert?").
Earlier states are the revisions the store keeps; comparing is :func:`analysis.changes.compare`.
"""

from __future__ import annotations

import ipywidgets as widgets

from beratungskit.analysis.changes import changes_heading, compare, describe_changes
from beratungskit.messages import t
from beratungskit.model import Case
from beratungskit.store import StoreError
from beratungskit.ui.panel import Panel
from beratungskit.ui.rows import KeyedRows
from beratungskit.ui.session import Session

__all__ = ["HistoryPanel"]


class _Line:
    def __init__(self) -> None:
        self.widget = widgets.Label("")

    def show(self, _key: int, text: str) -> None:
        self.widget.value = text


class HistoryPanel(Panel):
    """Pick an earlier state; the list below says in plain words what changed since then.

    Reading earlier states costs a file each: while the tab is not shown nothing is read.
    """

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self._cache: dict[int, Case] = {}
        intro = widgets.Label(t("ui_conference.history_intro"))
        self.since = widgets.Dropdown(description="", layout=widgets.Layout(width="auto"))
        self.since.add_class("bk-history-since")
        self.heading = widgets.Label("")
        self.heading.add_class("bk-heading")
        # Lines are reused by position: a change rewrites the lines that differ, it makes none anew.
        self.lines: KeyedRows[int, _Line] = KeyedRows(_Line, box=widgets.VBox([]))
        self.changes = self.lines.box
        self.changes.add_class("bk-history-changes")
        since_label = widgets.Label(t("ui_conference.history_since"))
        since_label.add_class("bk-field-label")  # names the list for screen readers (ui/access.py)
        row = widgets.HBox([since_label, self.since])
        self.widget = widgets.VBox([intro, row, self.heading, self.changes])
        self.widget.add_class("bk-history")
        self._quiet = False
        self.since.observe(lambda _c: None if self._quiet else self.show_changes(), names="value")
        self.refresh()

    def _revision(self, revision: int) -> Case:
        if revision not in self._cache:  # saved revisions never change: read each once
            self._cache[revision] = self.session.store.load_revision(self.session.case.key, revision)
        return self._cache[revision]

    def _readable(self, revision: int) -> bool:
        # A damaged or odd file in the history (issue 9) is not offered; the tab itself stays usable.
        try:
            self._revision(revision)
        except StoreError:
            return False
        return True

    def _choices(self) -> list[int]:
        """The end of each earlier day (newest first) — every click is saved, but a review compares
        with the last conversation. With nothing from an earlier day: the first kept state."""
        case = self.session.case
        earlier = [
            r for r in self.session.store.revisions(case.key) if r < case.revision and self._readable(r)
        ]
        today = case.updated_at.date()
        last_of_day: dict[object, int] = {}
        for revision in earlier:
            day = self._revision(revision).updated_at.date()
            if day != today:
                last_of_day[day] = max(revision, last_of_day.get(day, 0))
        if last_of_day:
            return sorted(last_of_day.values(), reverse=True)
        return earlier[:1]

    def refresh(self) -> None:
        """Offer the earlier states worth comparing with, keeping the current choice if possible."""
        options = []
        for revision in self._choices():
            old = self._revision(revision)
            label = t(
                "ui_conference.history_option", date=f"{old.updated_at:%d.%m.%Y %H:%M}", revision=revision
            )
            options.append((label, revision))
        keep = self.since.value
        values = [value for _label, value in options]
        self._quiet = True  # one redraw below, not one per trait change
        try:
            self.since.options = options
            # Default: the oldest kept state — "since we first drew the map".
            self.since.value = keep if keep in values else (values[-1] if values else None)
        finally:
            self._quiet = False
        self.show_changes()

    def show_changes(self) -> None:
        """The list for the chosen earlier state."""
        if self.since.value is None:
            self.heading.value = ""
            self.lines.sync([(0, t("ui_conference.history_none"))])
            return
        old = self._revision(self.since.value)
        self.heading.value = changes_heading(old)
        sentences = describe_changes(compare(old, self.session.case)) or [t("ui_conference.history_same")]
        self.lines.sync(enumerate(f"• {s}" for s in sentences))
