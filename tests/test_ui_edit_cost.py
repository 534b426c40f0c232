"""An edit costs the same at 200 resources as at 15: counted in widgets made, with every tab built.

Each widget made is a message to the browser and a view there; the app used to rebuild whole lists
on every change (one added resource made 108 widgets at 15 resources and 1,218 at 200). Counted as
the issue counted it: by wrapping ``ipywidgets.Widget.open``. Structural, not timed — the times are
in ``benchmarks/``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import ipywidgets as widgets
import pytest

from beratungskit.model import ELB_ID, Case, Category, Origin, Owner, ReferralTopic, StepStatus
from beratungskit.store import CaseStore
from beratungskit.ui.app import SessionApp
from beratungskit.ui.goals_panel import GoalsPanel

SIZES = (15, 200)
CATEGORIES = list(Category)
ORIGINS = list(Origin)


def big_case(n: int) -> Case:
    """A fictional case with ``n`` resources, each tied to the eLb, and the goal work around them."""
    case = Case.new("Kastanie", key=f"kastanie-{n}")
    for i in range(n):
        res = case.add_resource(
            f"Ressource {i + 1}",
            category=CATEGORIES[i % 4],
            origin=ORIGINS[i % 4],
            closeness=1 + i % 3,
        )
        case.connect(ELB_ID, res.id)
    for i in range(3):
        case.add_wish(f"Wunsch {i + 1}")
    will = case.add_will("Ich will wieder in einer Werkstatt arbeiten.")
    ids = [r.id for r in case.resources]
    for i in range(3):
        goal = case.add_goal(will.id, f"Ziel {i + 1}", resource_ids=ids[i * 4 : i * 4 + 4], confidence=5)
        for j in range(2):
            case.add_step(goal.id, f"Schritt {j + 1} zu Ziel {i + 1}", resource_ids=[goal.resource_ids[j]])
    case.add_referral("Schuldnerberatung (Beispiel)", ReferralTopic.SCHULDEN)
    return case


class Counter:
    def __init__(self) -> None:
        self.made = 0

    def __call__(self, action: Callable[[], object]) -> int:
        self.made = 0
        action()
        return self.made


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[int, dict[str, int]]]:
    """Widgets made by each edit, per case size."""
    counter = Counter()
    original = widgets.Widget.open

    def counting_open(self: widgets.Widget) -> None:
        counter.made += 1
        original(self)

    widgets.Widget.open = counting_open  # type: ignore[method-assign]
    try:
        yield {n: edits(n, counter, tmp_path_factory.mktemp(f"cost{n}")) for n in SIZES}
    finally:
        widgets.Widget.open = original  # type: ignore[method-assign]


def edits(n: int, count: Counter, folder: Path) -> dict[str, int]:
    store = CaseStore(folder)
    case = big_case(n)
    store.save(case)
    app = SessionApp(store)
    app.picker.refresh()
    app.picker.case_buttons[case.key].click()

    # Build everything once: every tab, every side mode, every section, the goal editor.
    for index in range(len(app.tabs.children)):
        app.tabs.selected_index = index
    goals = app.panel_of(GoalsPanel)
    assert goals is not None
    for name in ("will", "goals", "steps", "referral", "plan", "goals"):
        goals.show_section(name)
    goals.goals.picker.value = case.goals[0].id
    goals.goals.new_button.click()
    goals.goals.cancel_button.click()
    app.tabs.selected_index = 0
    for mode in ("connect", "partner", "new"):
        app.side_mode.value = mode

    out: dict[str, int] = {}
    form = app.resource_form
    first, second = case.resources[0].id, case.resources[1].id

    def add() -> None:
        form.label.value = "Neue Ressource"
        form.save_button.click()

    out["add"] = count(add)
    out["move"] = count(lambda: app.map._moved({first: [12.5, -40.0]}))  # what a drag reports
    out["undo"] = count(app.undo)

    app.side_mode.value = "connect"
    rel = app.relation_form

    def connect() -> None:
        rel.first.value, rel.second.value = first, second
        rel.save_button.click()

    out["connect"] = count(connect)
    out["undo connect"] = count(app.undo)
    app.side_mode.value = "new"

    # The goal tab's own edits, with the tab shown.
    app.tabs.selected_index = list(app.tabs.titles).index("Wille & Ziele")
    goals.show_section("will")

    def will() -> None:
        goals.will.text.value = "Ich will einen Führerschein machen."
        goals.will.add_button.click()

    out["will"] = count(will)
    goals.show_section("goals")

    def goal() -> None:
        goals.goals.edit_button.click()
        goals.goals.text.value = "Ziel 1, genauer gesagt"
        goals.goals.ticks[case.resources[5].id].value = True
        goals.goals.save_button.click()

    out["goal"] = count(goal)
    goals.show_section("steps")

    def step() -> None:
        goals.steps.step_text.value = "Ich rufe in der Werkstatt an."
        goals.steps.owner.value = Owner.ELB
        goals.steps.add_button.click()

    out["step"] = count(step)
    step_id = app.session.case.steps[-1].id if app.session else ""
    out["step status"] = count(lambda: goals.steps.set_status(step_id, StepStatus.ERLEDIGT))
    out["undo in goals"] = count(app.undo)
    assert app.session is not None
    assert len(app.session.case.resources) == n + 1  # every edit above was really saved
    assert len(app.session.case.wills) == 2 and app.session.case.goals[0].text == "Ziel 1, genauer gesagt"
    return out


EDITS = [
    "add",
    "move",
    "undo",
    "connect",
    "undo connect",
    "will",
    "goal",
    "step",
    "step status",
    "undo in goals",
]


@pytest.mark.parametrize("edit", EDITS)
def test_an_edit_makes_no_more_widgets_at_200_resources_than_at_15(
    made: dict[int, dict[str, int]], edit: str
) -> None:
    small, large = (made[n][edit] for n in SIZES)
    assert large == small, f"{edit}: {small} widgets at {SIZES[0]} resources, {large} at {SIZES[1]}"


def test_map_edits_make_no_widget_at_all(made: dict[int, dict[str, int]]) -> None:
    """Adding, moving, connecting and undoing change what is there; nothing new needs a widget."""
    for n in SIZES:
        assert {e: made[n][e] for e in ("add", "move", "undo", "connect", "undo connect")} == dict.fromkeys(
            ("add", "move", "undo", "connect", "undo connect"), 0
        )
