"""How a panel reports the outcome of a change: saved, refused by a rule, or stale file.

Panels call :func:`attempt`, which runs one change through the session and turns every failure into
a calm German sentence; the app's status line implements :class:`Feedback`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from beratungskit.messages import t
from beratungskit.model import CaseError
from beratungskit.model.case import Case
from beratungskit.ui.session import Session

__all__ = ["Feedback", "attempt"]

T = TypeVar("T")


class Feedback:
    """Receives the outcome of changes. This base keeps the last one (enough for tests and scripts).

    >>> fb = Feedback(); fb.done("ok"); fb.last
    'ok'
    """

    def __init__(self) -> None:
        self.last = ""
        self.stale_shown = False
        #: Where the keyboard was last sent (:meth:`focus`), for tests and scripts.
        self.focused = ""

    def done(self, message: str) -> None:
        self.last = message

    def problem(self, message: str) -> None:
        self.last = message

    def stale(self) -> None:
        self.stale_shown = True

    def focus(self, selector: str) -> None:
        """Move the keyboard to the first element of the page matching ``selector`` once it is shown,
        with the caret after any text in it (the app does it in the page; this base only notes it)."""
        self.focused = selector


def attempt(
    session: Session,
    change: Callable[[Case], T],
    feedback: Feedback,
    show_problem: Callable[[str], None],
    done_message: Callable[[T], str],
    what: Callable[[T], str] | None = None,
) -> tuple[bool, T | None]:
    """Run ``change`` through ``session``; report to ``feedback`` / ``show_problem``.

    Returns ``(True, result)`` when the change is saved, else ``(False, None)``; the case and the
    person's input stay as they were. The outcome is reported as soon as the change is on disk,
    before the panels follow it (:meth:`Session.apply`'s ``saved``). ``what``: the change in plain
    words for "Rückgängig" and "Wiederholen" (default: ``done_message``).
    """
    from beratungskit.store import StaleRevisionError, StoreError

    def report(result: T) -> None:
        # on disk now, and said before the panels (the map's answer above all) follow the change
        show_problem("")
        feedback.done(done_message(result))

    try:
        result = session.apply(change, saved=report, what=what or done_message)
    except CaseError as exc:
        show_problem(str(exc))
        return False, None
    except StaleRevisionError:
        feedback.stale()
        return False, None
    except (StoreError, OSError) as exc:
        message = t("ui_session.save_failed", reason=exc)
        show_problem(message)
        feedback.problem(message)
        return False, None
    return True, result
