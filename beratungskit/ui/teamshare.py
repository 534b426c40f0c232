"""What an IFK's app gives the team folder: each case's team figures, and conference pages on request.

Under ``beratungskit hub`` the team reflection reads no case of anybody: every IFK's session app
writes what each open case adds to the team figures (:class:`~beratungskit.analysis.team.CaseFigures`:
counts only) into the team folder, a few seconds after the last change (so no edit waits for it),
named by the case's pseudonym code. The conference page goes there when the IFK saves it for the
team (:class:`~beratungskit.ui.conference_view.ConferenceView`).

>>> import tempfile
>>> from beratungskit.demo import demo_case
>>> from beratungskit.store import CaseStore
>>> team = TeamFolder(tempfile.mkdtemp())
>>> path = share_figures(CaseStore(tempfile.mkdtemp()), demo_case(), team)
>>> records, unreadable = read_figures(team)
>>> len(records), unreadable, records[0].categories["sozial"]
(1, 0, 5)
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from beratungskit.analysis.pseudonym import pseudonym_code
from beratungskit.analysis.team import CaseFigures, case_figures
from beratungskit.model import Case
from beratungskit.store import CaseStore
from beratungskit.store.secret import folder_secret
from beratungskit.store.teamfolder import FIGURES, TeamFolder, team_folder

if TYPE_CHECKING:
    from beratungskit.ui.app import SessionApp
    from beratungskit.ui.session import Session

__all__ = ["DELAY", "TeamShare", "case_code", "read_figures", "share_figures", "share_with_team"]

#: Seconds after the last change before the case's figures are written to the team folder.
DELAY = 3.0
#: How large a figures record may be (a real one is well under 2 KB).
MAX_RECORD = 64_000


def case_code(store: CaseStore, key: str) -> str:
    """The case's pseudonym code, the same in every export of this case folder (e.g. ``A-7K2``)."""
    return pseudonym_code(key, salt=folder_secret(store.folder))


def share_figures(store: CaseStore, case: Case, team: TeamFolder) -> Path:
    """Write what ``case`` adds to the team figures into the team folder; returns the file."""
    return team.write(FIGURES, f"{case_code(store, case.key)}.json", case_figures(case).to_json())


def read_figures(team: TeamFolder) -> tuple[list[CaseFigures], int]:
    """Every readable figures record of the team folder, and how many files could not be read."""
    records: list[CaseFigures] = []
    unreadable = 0
    for path in team.files(FIGURES):
        try:
            if path.stat().st_size > MAX_RECORD:
                raise ValueError("too large")
            records.append(CaseFigures.from_json(path.read_bytes()))
        except (OSError, ValueError, TypeError):
            unreadable += 1
    return records, unreadable


class TeamShare:
    """Keeps the team folder's figures of the app's open case up to date, off the edit's path."""

    def __init__(self, app: SessionApp, team: TeamFolder, delay: float = DELAY) -> None:
        self.app = app
        self.team = team
        self.delay = delay
        self.pending: Any = None
        self.last_error: str = ""

    def opened(self, case: Case | None) -> None:
        if case is not None and self.app.session is not None:
            self.app.session.subscribe(self.changed)
            self.write()

    def changed(self, _session: Session) -> None:
        """After a saved change: write once the IFK has paused for ``delay`` seconds."""
        loop = _running_loop()
        if loop is None:  # no event loop (a script or a test): write at once
            self.write()
            return
        if self.pending is not None:
            self.pending.cancel()
        self.pending = loop.call_later(self.delay, self.write)

    def write(self) -> None:
        self.pending = None
        session = self.app.session
        if session is None:
            return
        started = time.perf_counter()
        try:
            share_figures(session.store, session.case, self.team)
            self.last_error = ""
        except Exception as exc:  # the team figures must never disturb the conversation
            self.last_error = f"{type(exc).__name__}: {exc}"
        self.seconds = time.perf_counter() - started


def _running_loop() -> Any:
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


def share_with_team(app: SessionApp) -> TeamShare | None:
    """Attach :class:`TeamShare` to the session app when there is a team folder (under the hub)."""
    team = team_folder()
    if team is None:
        return None
    share = TeamShare(app, team)
    app.case_listeners.append(share.opened)
    return share
