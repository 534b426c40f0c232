"""What moving a resource on the live map means: closer or further away, another area, another place.

The map is the conversation's centre, and moving a resource there is a way of saying something:

- dropped across a ring line: its closeness changes (saved at once, undoable, said in plain words);
- dropped in another area: the map asks whether it belongs there now; "Nein" puts it back;
- dropped inside its own ring and area: it keeps that place among its neighbours (order only).

:class:`MapMoves` connects one :class:`~beratungskit.ui.mapwidget.CaseMap` to one session. Keyboard
and list views can move the selected resource with :meth:`MapMoves.move_closer` and
:meth:`MapMoves.move_further`, the same change a drag makes.

>>> import tempfile
>>> from beratungskit.store import CaseStore
>>> from beratungskit.ui.feedback import Feedback
>>> from beratungskit.ui.mapwidget import CaseMap
>>> from beratungskit.ui.session import Session
>>> store = CaseStore(tempfile.mkdtemp())
>>> session = Session(store, store.create("Sonnenblume"))
>>> bike = session.apply(lambda case: case.add_resource("Fahrrad", closeness=2))
>>> moves = MapMoves(CaseMap.from_case(session.case), session, Feedback())
>>> moves.move_closer(bike.id), moves.feedback.last
(True, '„Fahrrad“ ist jetzt ganz nah (Ring 1: ganz nah).')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from beratungskit.messages import t
from beratungskit.model import Category, Resource
from beratungskit.render.style import category_name
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.session import Session

__all__ = ["MapMoves"]


class MapMoves:
    """Turns drops on ``live`` into changes of ``session``'s case, reported to ``feedback``.

    ``active``: whether the view holding the map is on screen now (a map shared by several tabs: the
    tab on screen answers a drop). The drops stop being heard when the session closes.
    """

    def __init__(
        self, live: Any, session: Session, feedback: Feedback, active: Callable[[], bool] | None = None
    ) -> None:
        self.live = live
        self.session = session
        self.feedback = feedback
        self.active = active or (lambda: True)
        on_drop = getattr(live, "on_drop", None)
        if on_drop is not None:
            on_drop(self._heard)
            session.on_close(lambda: on_drop(self._heard, remove=True))

    @staticmethod
    def available(live: Any) -> bool:
        """True if ``live`` reports drops as area and ring (a :class:`~beratungskit.ui.mapwidget.CaseMap`)."""
        return callable(getattr(live, "on_drop", None))

    def _heard(self, resource_id: str, category: Category, closeness: int, x: float, y: float) -> None:
        if self.active():
            self.dropped(resource_id, category, closeness, x, y)

    def _resource(self, resource_id: str) -> Resource | None:
        return next((r for r in self.session.case.resources if r.id == resource_id), None)

    def dropped(self, resource_id: str, category: Category, closeness: int, x: float, y: float) -> None:
        res = self._resource(resource_id)
        if res is None:
            return
        if category is not res.category:
            self._ask_area(res, category, closeness)
        elif closeness != res.ring:
            self.set_closeness(resource_id, closeness)
        else:
            # Same ring and area: only its place among the neighbours changes (an order hint).
            label = res.label
            attempt(
                self.session,
                lambda case: case.move_resource(resource_id, x, y),
                self.feedback,
                self.feedback.problem,
                lambda _r: t("ui_map.moved_order", label=label),
            )

    def set_closeness(self, resource_id: str, closeness: int) -> bool:
        """Move a resource to ring ``closeness`` (1 = ganz nah); saved, undoable, said in words."""
        res = self._resource(resource_id)
        if res is None:
            return False
        label = res.label
        done, _ = attempt(
            self.session,
            lambda case: case.update("resources", resource_id, closeness=closeness, x=None, y=None),
            self.feedback,
            self.feedback.problem,
            lambda _r: t(
                "ui_map.moved_ring",
                label=label,
                closeness=t(f"render_map.closeness.{closeness}"),
                ring=t(f"render_map.ring.{closeness}"),
            ),
        )
        if not done:
            self._put_back()
        return done

    def move_closer(self, resource_id: str) -> bool:
        """One ring nearer to the centre (for keyboard and list views)."""
        return self._step(resource_id, -1)

    def move_further(self, resource_id: str) -> bool:
        """One ring further out."""
        return self._step(resource_id, +1)

    def _step(self, resource_id: str, step: int) -> bool:
        res = self._resource(resource_id)
        if res is None:
            return False
        target = res.ring + step
        if not 1 <= target <= 3:
            key = "ui_map.cannot_closer" if step < 0 else "ui_map.cannot_further"
            self.feedback.problem(t(key, label=res.label))
            return False
        return self.set_closeness(resource_id, target)

    def _ask_area(self, res: Resource, category: Category, closeness: int) -> None:
        area = category_name(category)
        label, resource_id = res.label, res.id

        def answered(yes: bool) -> None:
            if not yes:
                self.feedback.done(t("ui_map.moved_back", label=label, area=category_name(res.category)))
                self._put_back()
                return
            done, _ = attempt(
                self.session,
                lambda case: case.update(
                    "resources", resource_id, category=category, closeness=closeness, x=None, y=None
                ),
                self.feedback,
                self.feedback.problem,
                lambda _r: t(
                    "ui_map.moved_area",
                    label=label,
                    area=area,
                    closeness=t(f"render_map.closeness.{closeness}"),
                ),
            )
            if not done:
                self._put_back()

        ask = getattr(self.live, "ask", None)
        if ask is None:
            answered(False)
            return
        ask(
            t("ui_map.ask_area", label=label, area=area),
            t("ui_map.ask_yes", area=area),
            t("ui_map.ask_no"),
            answered,
        )

    def _put_back(self) -> None:
        put_back = getattr(self.live, "put_back", None)
        if put_back is not None:
            put_back()
