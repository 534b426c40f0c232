"""The relation form: "Wer unterstützt wen?" — a line between the eLb and a resource, or two resources.

Choosing two ends that are already connected shows that line for changing (or deleting) instead of
failing: a person should not have to know what is already drawn.

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp())
>>> session = Session(store, store.create("Sonnenblume"))
>>> bike = session.apply(lambda case: case.add_resource("Fahrrad"))
>>> form = RelationForm(session)
>>> form.first.value, form.second.value = ELB_ID, bike.id
>>> form.save_button.click()
>>> [(r.source, r.target) for r in store.load(session.case.key).relations]
[('elb', 'r1')]
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

from beratungskit.messages import t
from beratungskit.model import ELB_ID, Case, Category, Direction, Relation, Strength
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.look import category_symbol
from beratungskit.ui.panel import Panel
from beratungskit.ui.parts import bar_end, full_width, label
from beratungskit.ui.session import Session

__all__ = ["RelationForm"]

_FLIP = {Direction.GIBT: Direction.BEKOMMT, Direction.BEKOMMT: Direction.GIBT}
#: Value of the "nothing chosen yet" entry (a Dropdown shows ``None`` as an empty box).
NONE = ""


def _short(text: str, limit: int = 24) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label(text: str, cls: str = "bk-field-label") -> widgets.Label:
    return label(text, cls)


class RelationForm(Panel):
    """Connect two ends with a strength and a direction of support. ``widget`` is what the app shows."""

    def __init__(self, session: Session, feedback: Feedback | None = None) -> None:
        super().__init__(session)
        self.feedback = feedback or Feedback()
        self._refreshing = False
        self._choices_of: tuple[Any, ...] | None = None  # the resources the two lists were made from
        self.first = widgets.Dropdown(layout=full_width())
        self.first.add_class("bk-rel-first")
        self.second = widgets.Dropdown(layout=full_width())
        self.second.add_class("bk-rel-second")
        self.strength = widgets.ToggleButtons(
            options=[(t(f"model.Strength.{s.value}"), s) for s in Strength],
            value=Strength.MITTEL,
            style={"button_width": "auto"},
        )
        self.strength.add_class("bk-rel-strength")
        self.direction = widgets.ToggleButtons(
            options=[(t(f"ui_session.rel_dir.{d.value}"), d) for d in Direction],
            value=Direction.GEGENSEITIG,
            style={"button_width": "auto"},
        )
        self.direction.add_class("bk-rel-direction")
        self.save_button = widgets.Button(
            description=t("ui_session.rel_save"), button_style="success", layout=widgets.Layout(width="60%")
        )
        self.save_button.add_class("bk-rel-save")
        self.remove_button = widgets.Button(
            description=t("ui_session.rel_remove"), layout=widgets.Layout(width="38%", display="none")
        )
        self.remove_button.add_class("bk-rel-remove")
        self.info = _label("", "bk-muted")
        self.error = _label("", "bk-error")
        heading = _label(t("ui_session.rel_heading"), "bk-heading")
        self.buttons = widgets.HBox([self.save_button, self.remove_button])
        self.buttons.add_class("bk-form-buttons")  # kept in the window's foot (look.py)
        self.widget = widgets.VBox(
            [
                heading,
                _label(t("ui_session.rel_help"), "bk-muted"),
                _label(t("ui_session.rel_first")),
                self.first,
                _label(t("ui_session.rel_second")),
                self.second,
                self.info,
                _label(t("ui_session.rel_strength")),
                self.strength,
                _label(t("ui_session.rel_direction")),
                self.direction,
                self.error,
                self.buttons,
                bar_end(),
            ],
            layout=full_width(),
        )
        self.widget.add_class("bk-relation-form")
        self.first.observe(self._ends_changed, names="value")
        self.second.observe(self._ends_changed, names="value")
        self.save_button.on_click(lambda _b: self.submit())
        self.remove_button.on_click(lambda _b: self.remove())
        self.refresh()

    # --- choices ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        case = self.session.case
        if case.resources is not self._choices_of:  # a tuple: replaced on a change, never changed
            self._fill_choices(case)
        self._ends_changed()

    def _fill_choices(self, case: Case) -> None:
        self._choices_of = case.resources
        order = {c: i for i, c in enumerate(Category)}
        resources = sorted(case.resources, key=lambda r: (order[r.category], r.label.lower()))
        options: list[tuple[str, str]] = [(t("ui_session.pick_none"), NONE)]
        options.append((t("ui_session.rel_elb"), ELB_ID))
        options += [(f"{category_symbol(r.category)} {r.label}", r.id) for r in resources]
        for dropdown in (self.first, self.second):
            if list(dropdown.options) != options:
                keep = dropdown.value if dropdown.value in {v for _l, v in options} else NONE
                # Replacing the options passes through "nothing chosen"; react once, at the end.
                self._refreshing = True
                try:
                    dropdown.options = options
                    dropdown.value = keep
                finally:
                    self._refreshing = False

    def choose(self, node_id: str) -> None:
        """Take a node clicked in the map as the next free end (first, then second)."""
        if not self.first.value or self.second.value:
            self.first.value = node_id
            self.second.value = NONE
        elif node_id != self.first.value:
            self.second.value = node_id

    def existing(self) -> Relation | None:
        a, b = self.first.value, self.second.value
        for rel in self.session.case.relations:
            if {rel.source, rel.target} == {a, b}:
                return rel
        return None

    def _name(self, node_id: str) -> str:
        if node_id == ELB_ID:
            return ""
        return _short(self.session.case.resource(node_id).label)

    def _direction_labels(self) -> None:
        """Say the direction with the chosen names ("Jana hilft Ihnen"); generic until both are chosen."""
        a, b = self.first.value, self.second.value
        known = {r.id for r in self.session.case.resources} | {ELB_ID}
        if not a or not b or a == b or a not in known or b not in known:
            labels = {d: t(f"ui_session.rel_dir.{d.value}") for d in Direction}
        else:
            labels = {
                Direction.GIBT: self._helps(a, b),
                Direction.BEKOMMT: self._helps(b, a),
                Direction.GEGENSEITIG: t("ui_session.rel_dir.gegenseitig"),
            }
        options = [(labels[d], d) for d in Direction]
        if list(self.direction.options) != options:
            value = self.direction.value
            self.direction.options = options
            self.direction.value = value

    def _helps(self, giver: str, receiver: str) -> str:
        if giver == ELB_ID:
            return t("ui_session.rel_you_help", b=self._name(receiver))
        if receiver == ELB_ID:
            return t("ui_session.rel_helps_you", a=self._name(giver))
        return t("ui_session.rel_helps", a=self._name(giver), b=self._name(receiver))

    def _ends_changed(self, _change: Any = None) -> None:
        if self._refreshing:
            return
        self._direction_labels()
        rel = self.existing()
        self.remove_button.layout.display = "inline-flex" if rel else "none"
        if rel is None:
            self.info.value = ""
            self.save_button.description = t("ui_session.rel_save")
            return
        self.info.value = t("ui_session.rel_exists")
        self.save_button.description = t("ui_session.save_changes")
        self.strength.value = rel.strength
        same_way = rel.source == self.first.value
        self.direction.value = rel.direction if same_way else _FLIP.get(rel.direction, rel.direction)

    # --- actions ---------------------------------------------------------------------------------

    def submit(self) -> None:
        a, b = self.first.value, self.second.value
        if not a or not b or a == b:
            self.error.value = t("ui_session.rel_same")
            return
        strength, direction = self.strength.value, self.direction.value
        rel = self.existing()
        if rel is None:
            attempt(
                self.session,
                lambda case: case.connect(a, b, strength=strength, direction=direction),
                self.feedback,
                self._problem,
                lambda _r: t("ui_session.rel_added"),
            )
            return
        stored = direction if rel.source == a else _FLIP.get(direction, direction)
        rel_id = rel.id
        attempt(
            self.session,
            lambda case: case.update("relations", rel_id, strength=strength, direction=stored),
            self.feedback,
            self._problem,
            lambda _r: t("ui_session.rel_changed"),
        )

    def remove(self) -> None:
        rel = self.existing()
        if rel is None:
            return
        rel_id = rel.id
        attempt(
            self.session,
            lambda case: case.remove("relations", rel_id),
            self.feedback,
            self._problem,
            lambda _r: t("ui_session.rel_removed"),
        )

    def _problem(self, message: str) -> None:
        self.error.value = message
