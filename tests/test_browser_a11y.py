"""Everyone can take part (WCAG 2.1 AA): axe-core on every page and tab, tap targets, no scroll area
inside the page, reflow at 200 % zoom — in a real Voilà app and Debian chromium, and on every export.

The session app is walked once per window size through every tab and side panel (the resource form
with its details open and in edit mode, "Verbinden", "Angebote", the list view, the five sections of
"Wille & Ziele"); each check then reads what was found in each state.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from beratungskit.analysis.outline import map_summary
from beratungskit.demo import demo_case
from beratungskit.messages import t
from beratungskit.model import Category
from beratungskit.resources import notebooks_dir
from beratungskit.store import CaseStore
from tests.a11y import (
    axe_violations,
    describe,
    focus_ring,
    inner_scroll_areas,
    small_targets,
    wider_than_window,
)
from tests.conftest import PageWatch, is_local
from tests.servers import node_on_screen, run_voila, show_goal_work

pytestmark = [pytest.mark.browser]

NOTEBOOK = "01_gemeinsame_sitzung.ipynb"
TODAY = date(2026, 11, 27)
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
WILL = "Ich will wieder in einer Werkstatt arbeiten."
GOAL = "Bis zum Sommer ein Praktikum in einer Tischlerei."
STEP = "Ich frage in der Werkstatt im Stadtteil nach einem Praktikum."


#: The session app behind a button that keeps the kernel busy until the test lets it go (a file
#: named ``weiter`` appears beside the notebook): a kernel slow for as long as the test needs.
BUSY_NOTEBOOK = "zz_kernel_beschaeftigt.ipynb"
BUSY_CODE = """import time
from pathlib import Path

import ipywidgets as widgets
from IPython.display import display

from beratungskit.ui.app import session_app


def wait_for_the_test(_button):
    go, limit = Path("weiter"), time.monotonic() + 120
    while not go.exists() and time.monotonic() < limit:
        time.sleep(0.05)
    go.unlink(missing_ok=True)


busy = widgets.Button(description="Kernel beschäftigen", layout=widgets.Layout(height="48px"))
busy.add_class("bk-test-busy")
busy.on_click(wait_for_the_test)
display(busy)
session_app()
"""


def _busy_notebook(folder: Path) -> None:
    cell = {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": BUSY_CODE}
    kernel = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    notebook = {"cells": [cell], "metadata": {"kernelspec": kernel}, "nbformat": 4, "nbformat_minor": 5}
    (folder / BUSY_NOTEBOOK).write_text(json.dumps(notebook), encoding="utf-8")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The whole app as ``beratungskit start`` serves it (home page, session, conference, team) on
    127.0.0.1 with the demo case in its store; the app's root URL and the store's folder. Beside
    the app's notebooks lies :data:`BUSY_NOTEBOOK`."""
    root = tmp_path_factory.mktemp("a11y")
    shutil.copytree(notebooks_dir(), root / "notebooks")
    _busy_notebook(root / "notebooks")
    store = CaseStore(root / "faelle")
    store.save(demo_case())
    with run_voila(root / "notebooks", env={"BERATUNGSKIT_STORE": str(root / "faelle")}, timeout=90) as url:
        yield url, root / "faelle"


@pytest.fixture(scope="module")
def demo_app(served: tuple[str, Path]) -> str:
    """The session page's URL."""
    return served[0] + f"voila/render/{NOTEBOOK}"


#: The other pages a person opens: (name, path below the app's root, what shows it is ready).
PAGES = [
    ("Startseite", "", ".bk-home-pages"),
    ("Fallbesprechung", "voila/render/03_fallbesprechung.ipynb", ".bk-app"),
    ("Teamreflexion", "voila/render/04_teamreflexion.ipynb", ".bk-app"),
]


def test_every_page_says_it_is_german_and_what_it_is(page: tuple[Any, Any], served: tuple[str, Path]) -> None:
    """WCAG 3.1.1 and 2.4.2: ``<html lang="de">`` (a screen reader reads German as German) and a page
    title in words, not a file name."""
    pg, _watch = page
    titles = {}
    for name, path, ready in [*PAGES, ("Sitzung", f"voila/render/{NOTEBOOK}", ".bk-case-picker")]:
        pg.goto(served[0] + path, wait_until="load", timeout=90_000)
        pg.wait_for_selector(ready, timeout=90_000)
        assert pg.locator("html").get_attribute("lang") == "de", name
        titles[name] = pg.title()
    assert titles["Sitzung"] == "Gemeinsame Sitzung – beratungskit"
    assert titles["Fallbesprechung"] == "Fallbesprechung – beratungskit"
    assert titles["Teamreflexion"] == "Teamreflexion – beratungskit"
    assert all(t and "ipynb" not in t and "_" not in t for t in titles.values()), titles


@pytest.mark.parametrize(("name", "path", "ready"), PAGES, ids=[p[0] for p in PAGES])
def test_home_conference_and_team_pages(
    browser: Any, served: tuple[str, Path], name: str, path: str, ready: str
) -> None:
    """axe-clean (no violation of any impact), 44 px targets and reflow at 200 % on the pages beside
    the session."""
    found = {}
    for size, scale in (((1280, 800), 1), ((640, 400), 2)):
        ctx, pg, watch = new_page(
            browser, viewport={"width": size[0], "height": size[1]}, device_scale_factor=scale
        )
        try:
            pg.goto(served[0] + path, wait_until="load", timeout=90_000)
            pg.wait_for_selector(ready, timeout=90_000)
            pg.wait_for_timeout(800)
            if scale == 1:
                found["axe"] = describe(axe_violations(pg))
                found["small"] = small_targets(pg, "body")
            else:
                found["wide"] = wider_than_window(pg)
            assert watch.external == []
        finally:
            ctx.close()
    assert found == {"axe": "", "small": [], "wide": []}


def new_page(browser: Any, **context: Any) -> tuple[Any, Any, PageWatch]:
    """A fresh browser context and page (nothing from outside reaches it), as the ``page`` fixture."""
    ctx = browser.new_context(**context)
    ctx.route("**/*", lambda route: route.continue_() if is_local(route.request.url) else route.abort())
    pg = ctx.new_page()
    return ctx, pg, PageWatch(pg)


def open_demo(pg: Any, url: str) -> None:
    pg.goto(url, wait_until="load", timeout=90_000)
    pg.wait_for_selector(".bk-case-picker .bk-open-case", timeout=90_000)


def form_at_hand(pg: Any) -> None:
    """The resource form: on a narrow window a crowded map opens with it folded away (an earlier test
    may have added resources to the demo case); one tap on the map's button brings it."""
    pg.wait_for_timeout(500)  # the map's row shows the case's state
    if pg.locator(".bk-label-input input").first.is_hidden():
        pg.tap(".bk-map-tool-fold:visible")
        pg.wait_for_selector(".bk-label-input input", state="visible", timeout=30_000)


def _open_case(pg: Any) -> None:
    pg.click(".bk-open-case:has-text('Mira')")
    pg.wait_for_selector(".bk-map canvas", timeout=30_000)


def _tab(title: str) -> Callable[[Any], None]:
    def go(pg: Any) -> None:
        pg.click(f".bk-tabs .lm-TabBar-tab:has-text('{title}')")

    return go


def _side(title: str) -> Callable[[Any], None]:
    return lambda pg: pg.click(f".bk-side-mode button:has-text('{title}')")


def _goal_work(pg: Any) -> None:
    show_goal_work(pg)


def _section(n: int) -> Callable[[Any], None]:
    def go(pg: Any) -> None:
        _goal_work(pg)
        pg.wait_for_selector(".bk-sections button", timeout=30_000)
        pg.locator(".bk-sections button").nth(n).click()

    return go


#: The states of the app a person can reach, in walking order: (name, how to get there from the last).
STATES: list[tuple[str, Callable[[Any], None]]] = [
    ("Fallauswahl", lambda pg: None),
    ("Karte: Neu", _open_case),
    ("Karte: Mehr dazu", lambda pg: pg.click(".bk-more")),
    ("Karte: Ressource ändern", lambda pg: pg.select_option(".bk-pick select", index=3)),
    ("Karte: Verbinden", _side("Verbinden")),
    ("Karte: Angebote", _side("Angebote")),
    ("Karte: Als Liste", lambda pg: pg.click(".bk-view-mode button:has-text('Als Liste')")),
    ("Was wir festhalten", _tab("Was wir festhalten")),
    ("Wille & Ziele", _tab("Wille & Ziele")),
    ("Wille & Ziele: Wille", _goal_work),
    ("Wille & Ziele: Ziele", _section(1)),
    ("Wille & Ziele: neues Ziel", lambda pg: pg.click(".bk-goal-new")),
    ("Wille & Ziele: Schritte", _section(2)),
    ("Wille & Ziele: Andere Stellen", _section(3)),
    ("Wille & Ziele: Plan", _section(4)),
    ("Was hat sich verändert?", _tab("Was hat sich verändert?")),
]


def walk(browser: Any, url: str, check: Callable[[Any], Any], **context: Any) -> dict[str, Any]:
    """Go through :data:`STATES` in one page; ``check(page)`` in each state, results by state."""
    ctx, pg, watch = new_page(browser, **context)
    found: dict[str, Any] = {}
    try:
        open_demo(pg, url)
        for name, go in STATES:
            go(pg)
            pg.wait_for_timeout(900)  # the kernel's answer and the browser's layout
            found[name] = check(pg)
        assert watch.external == []
    finally:
        ctx.close()
    return found


@pytest.fixture(scope="module")
def at_1280(browser: Any, demo_app: str) -> dict[str, dict[str, Any]]:
    """axe, tap targets and scroll areas in every state on the usual joint screen, 1280×800."""
    return walk(
        browser,
        demo_app,
        lambda pg: {
            "axe": axe_violations(pg),
            "small": small_targets(pg, ".bk-app"),
            "inner": inner_scroll_areas(pg),
        },
        viewport={"width": 1280, "height": 800},
    )


def test_every_tab_and_panel_passes_axe(at_1280: dict[str, dict[str, Any]]) -> None:
    """No axe violation at all, not even a moderate one (the issue's floor is none serious or
    critical): the app and the page's heading lie in the ``main`` landmark, every field has a name."""
    assert set(at_1280) == {name for name, _go in STATES}
    failing = {name: describe(found["axe"]) for name, found in at_1280.items()}
    failing = {name: text for name, text in failing.items() if text}
    assert failing == {}, "\n\n".join(f"{name}:\n{text}" for name, text in failing.items())


def test_every_tap_target_is_at_least_44_px(at_1280: dict[str, dict[str, Any]]) -> None:
    small = {name: found["small"] for name, found in at_1280.items() if found["small"]}
    assert small == {}


def test_no_scroll_area_inside_the_page(at_1280: dict[str, dict[str, Any]]) -> None:
    """At 1280×800 nothing scrolls inside the scrolling page (before, the side panel did and hid
    "Etwas von der Karte ändern")."""
    inner = {name: found["inner"] for name, found in at_1280.items() if found["inner"]}
    assert inner == {}


def test_everything_but_the_map_reflows_at_200_percent_zoom(browser: Any, demo_app: str) -> None:
    """WCAG 1.4.10: 1280×800 at 200 % zoom is a 640×400 CSS-pixel window (twice the device pixels)."""
    wide = walk(
        browser,
        demo_app,
        wider_than_window,
        viewport={"width": 640, "height": 400},
        device_scale_factor=2,
    )
    wide = {name: found for name, found in wide.items() if found}
    assert wide == {}


# --- the exports -----------------------------------------------------------------------------------


def _plan() -> str:
    from beratungskit.render.plan import plan_html

    return plan_html(demo_case(), today=TODAY)


def _plan_since() -> str:
    from beratungskit.render.plan import plan_html

    new = demo_case()
    new.add_resource("Nachbarschaftscafé")
    return plan_html(new, today=TODAY, since=demo_case())


def _festgehalten() -> str:
    from beratungskit.render.plan import festgehalten_html

    return festgehalten_html(demo_case(), today=TODAY)


def _karte() -> str:
    from beratungskit.render.ecomap import ecomap_html

    return ecomap_html(demo_case())


def _fallbesprechung() -> str:
    from beratungskit.render.conference import conference_html

    return conference_html(demo_case(), salt=b"test")


def _team() -> str:
    from beratungskit.analysis.team import team_aggregates
    from beratungskit.render.team_report import team_html

    cases = [demo_case().model_copy(update={"key": f"fall-{i}"}) for i in range(6)]
    return team_html(team_aggregates(cases, partners=None))


EXPORTS: dict[str, Callable[[], str]] = {
    "plan": _plan,
    "plan seit": _plan_since,
    "festgehalten": _festgehalten,
    "karte": _karte,
    "fallbesprechung": _fallbesprechung,
    "team": _team,
}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_every_export_passes_axe(page: tuple[Any, Any], tmp_path: Path, name: str) -> None:
    pg, watch = page
    path = tmp_path / "export.html"
    path.write_text(EXPORTS[name](), encoding="utf-8")
    pg.goto(path.as_uri())
    pg.wait_for_timeout(300)
    violations = axe_violations(pg)
    assert violations == [], describe(violations)
    # Opened on a screen (the conference file on the team's beamer), its links are tapped too.
    assert small_targets(pg, "body") == []
    assert watch.external == []


# --- keyboard only -----------------------------------------------------------------------------------


FOCUS_ON = """([s, text]) => { const el = document.activeElement;
    return !!el && el.matches(s) && (!text || (el.innerText || '').includes(text)); }"""


def tab_to(pg: Any, selector: str, *, text: str = "", back: bool = False, limit: int = 150) -> int:
    """Press Tab (or Shift+Tab) until the focus is on ``selector`` (showing ``text``, if given);
    every stop on the way must show where the focus is."""
    for presses in range(limit):
        ring = focus_ring(pg)
        if pg.evaluate(FOCUS_ON, [selector, text]):
            assert ring["outline"], f"no visible focus on {ring}"
            return presses
        if presses and ring["tag"] != "BODY":
            assert ring["outline"] or ring["shadow"], f"no visible focus on {ring}"
        pg.keyboard.press("Shift+Tab" if back else "Tab")
    raise AssertionError(f"Tab never reached {selector}; last at {focus_ring(pg)}")


def status(pg: Any, text: str) -> None:
    pg.wait_for_selector(f".bk-status:has-text('{text}')", timeout=60_000)


def focused(pg: Any, selector: str) -> None:
    pg.wait_for_function(
        "(s) => !!document.activeElement && document.activeElement.matches(s)", arg=selector, timeout=30_000
    )


def test_a_whole_session_by_keyboard_alone(browser: Any, served: tuple[str, Path]) -> None:
    """Create a case, add two resources, connect them, move one closer and one further away, write a
    will, a goal, a step and make the plan — with Tab, arrow keys, Enter and Space only. Every focus
    stop shows a visible ring; "Gespeichert" is a live region."""
    root, store_dir = served
    url = root + f"voila/render/{NOTEBOOK}"
    ctx, pg, watch = new_page(browser, viewport={"width": 1280, "height": 800})
    try:
        open_demo(pg, url)
        tab_to(pg, ".bk-alias-input input")
        pg.keyboard.type("Kastanie", delay=20)
        tab_to(pg, ".bk-create-case")
        pg.keyboard.press("Enter")
        status(pg, "Stand 1")
        assert pg.get_attribute(".bk-header .bk-status", "role") == "status"
        focused(pg, ".bk-label-input input")  # the keyboard goes on at the first field

        def add(label: str, area: str, person: bool = False) -> None:
            tab_to(pg, ".bk-label-input input", back=True)
            pg.keyboard.type(label, delay=20)
            tab_to(pg, f".bk-category-{area}")
            pg.keyboard.press("Enter")
            pg.wait_for_selector(f".bk-category-{area}[aria-pressed='true']", timeout=30_000)
            assert pg.get_attribute(f".bk-category-{area}", "aria-pressed") == "true"
            if person:  # „Wer oder was ist das?“ stands under the category for „Sozial“
                tab_to(pg, ".bk-person button", text="eine Person")
                pg.keyboard.press("Enter")
                # the choice is made before the keyboard goes on: the role field it opens comes in
                # while Tab moves (once, under a loaded CI run, the save never came)
                pg.wait_for_selector(".bk-role-input input:visible", timeout=30_000)
            tab_to(pg, ".bk-save")
            pg.keyboard.press("Enter")
            try:
                pg.wait_for_selector(f".bk-status:has-text('„{label}“ festgehalten')", timeout=20_000)
            except PlaywrightTimeout:
                # twice in loaded CI runs the save of „Jana“ never came (alone 3 of 3 passed): the Enter
                # fell while the form re-rendered after the person choice. A person presses again; the
                # form must still hold the label then (nothing was saved), and the second press must save
                assert pg.input_value(".bk-label-input input") == label
                tab_to(pg, ".bk-save")
                pg.keyboard.press("Enter")
                status(pg, f"„{label}“ festgehalten")

        add("Fahrrad", "materiell")
        add("Jana", "sozial", person=True)

        # Connect the two through the list: "Verbinden" at Jana, the second end by arrow keys.
        tab_to(pg, ".bk-view-mode button:nth-child(2)", back=True)
        pg.keyboard.press("Enter")
        pg.wait_for_selector(".bk-list-item", timeout=30_000)
        tab_to(pg, "[aria-label='„Jana“ verbinden']")
        pg.keyboard.press("Enter")
        focused(pg, ".bk-rel-second select")
        for _ in range(10):  # the options read "■ Fahrrad" with a non-breaking space
            chosen = pg.eval_on_selector(".bk-rel-second select", "s => s.selectedOptions[0].textContent")
            if " ".join(chosen.split()) == "■ Fahrrad":
                break
            pg.keyboard.press("ArrowDown")
        tab_to(pg, ".bk-rel-save")
        pg.keyboard.press("Enter")
        status(pg, "Verbindung")

        # Closer and further away, from the list's buttons; the keyboard stays on the moved row.
        tab_to(pg, "[aria-label='„Fahrrad“ näher zur Mitte']", back=True)
        pg.keyboard.press("Enter")
        status(pg, "„Fahrrad“ ist jetzt ganz nah")
        tab_to(pg, "[aria-label='„Jana“ weiter nach außen']", back=True)
        pg.keyboard.press("Enter")
        status(pg, "„Jana“ ist jetzt weiter weg")
        SHOTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(SHOTS / "keyboard_list.png"))

        # The tabs: arrow keys move along them, Enter opens one.
        tab_to(pg, ".bk-tabs .lm-TabBar-tab.lm-mod-current", back=True)
        pg.keyboard.press("ArrowRight")
        pg.keyboard.press("ArrowRight")
        pg.keyboard.press("Enter")
        pg.wait_for_selector(".bk-will-input textarea", timeout=60_000)
        tab_to(pg, ".bk-will-input textarea")
        pg.keyboard.type(WILL, delay=5)
        tab_to(pg, ".bk-will-add")
        pg.keyboard.press("Enter")
        status(pg, "Wille ist festgehalten")

        tab_to(pg, ".bk-sections button:nth-child(2)", back=True)
        pg.keyboard.press("Enter")
        pg.wait_for_selector(".bk-goal-new", state="visible", timeout=60_000)
        tab_to(pg, ".bk-goal-new")
        pg.keyboard.press("Enter")
        pg.wait_for_selector(".bk-goal-text textarea", state="visible", timeout=60_000)
        tab_to(pg, ".bk-goal-text textarea")
        pg.keyboard.type(GOAL, delay=5)
        tab_to(pg, ".bk-resource-ticks button", text="Fahrrad")
        pg.keyboard.press("Space")
        tab_to(pg, ".bk-confidence button:nth-child(8)")  # 0 … 10: the eighth is 7
        pg.keyboard.press("Enter")
        tab_to(pg, ".bk-goal-save")
        pg.keyboard.press("Enter")
        status(pg, "Ziel festgehalten")

        tab_to(pg, ".bk-sections button:nth-child(3)", back=True)
        pg.keyboard.press("Enter")
        pg.wait_for_selector(".bk-step-text textarea", state="visible", timeout=60_000)
        tab_to(pg, ".bk-step-text textarea")
        pg.keyboard.type(STEP, delay=5)
        tab_to(pg, ".bk-step-add")
        pg.keyboard.press("Enter")
        status(pg, "Schritt festgehalten")

        tab_to(pg, ".bk-sections button:nth-child(5)", back=True)
        pg.keyboard.press("Enter")
        pg.wait_for_selector(".bk-plan-make", state="visible", timeout=60_000)
        tab_to(pg, ".bk-plan-make")
        pg.keyboard.press("Enter")
        pg.wait_for_selector(".bk-plan-files:has-text('-plan.html')", timeout=120_000)
        pg.screenshot(path=str(SHOTS / "keyboard_plan.png"))
        assert watch.external == [] and watch.page_errors == []
    finally:
        ctx.close()

    store = CaseStore(store_dir)
    (case,) = [store.load(s.key) for s in store.list() if s.alias == "Kastanie"]
    bike, jana = (next(r for r in case.resources if r.label == n) for n in ("Fahrrad", "Jana"))
    assert (bike.category, bike.closeness) == (Category.MATERIELL, 1)
    assert (jana.category, jana.is_person, jana.closeness) == (Category.SOZIAL, True, 3)
    assert [{r.source, r.target} for r in case.relations] == [{jana.id, bike.id}]
    assert [w.text for w in case.wills] == [WILL]
    (goal,) = case.goals
    assert (goal.text, goal.resource_ids, goal.confidence) == (GOAL, (bike.id,), 7)
    assert [s.text for s in case.steps] == [STEP]
    assert (store_dir / "ausdrucke" / f"{case.key}-plan.html").exists()


# --- the list against the map ------------------------------------------------------------------------

#: The live map last drawn on the page (the map tab's).
MAP = "window.__beratungskitMaps[window.__beratungskitMaps.length - 1]"

#: Every resource node of the live map: its area and ring, and how many lines touch it.
MAP_NODES = """() => { const m = window.__beratungskitMaps[window.__beratungskitMaps.length - 1];
    const edges = m.edges.get();
    return m.nodes.get().filter((n) => n.kind === 'resource').map((n) => ({
        id: String(n.id), area: n.category, ring: n.closeness,
        lines: edges.filter((e) => e.from === n.id || e.to === n.id).length})); }"""

#: Every row of the list: the area it is under, the ring heading above it, its name and its lines.
LIST_ROWS = """() => [...document.querySelectorAll('.bk-list-area .bk-list-item')].map((li) => ({
    id: li.dataset.id, area: li.closest('.bk-list-area').dataset.area,
    ring: li.closest('.bk-list-ring').querySelector('.bk-list-ring-title').innerText.trim(),
    label: li.querySelector('.bk-list-label').innerText.trim(),
    lines: li.querySelectorAll('.bk-list-links > li').length}))"""


def test_the_list_shows_what_the_map_shows_and_acts_on_it(browser: Any, served: tuple[str, Path]) -> None:
    """The list ("Als Liste") holds every resource of the live map once, under the map's area and
    ring, with as many lines as the map draws to it; the canvas is named by the summary of the case
    as saved; a step closer in the list moves the node on the map to the next ring."""
    root, store_dir = served
    ctx, pg, watch = new_page(browser, viewport={"width": 1280, "height": 800})
    try:
        open_demo(pg, root + f"voila/render/{NOTEBOOK}")
        _open_case(pg)
        pg.wait_for_function(f"() => {MAP}.nodes.length > 1", timeout=30_000)
        (key,) = [s.key for s in CaseStore(store_dir).list() if s.alias == "Mira K."]
        case = CaseStore(store_dir).load(key)
        label = pg.evaluate(f"() => {MAP}.el.querySelector('.bk-map-canvas').getAttribute('aria-label')")
        assert label == map_summary(case)

        pg.click(".bk-view-mode button:has-text('Als Liste')")
        pg.wait_for_selector(".bk-list-item", timeout=30_000)
        nodes = {n["id"]: n for n in pg.evaluate(MAP_NODES)}
        rows = pg.evaluate(LIST_ROWS)
        assert sorted(r["id"] for r in rows) == sorted(nodes) == sorted(r.id for r in case.resources)
        for row in rows:
            node = nodes[row["id"]]
            assert (row["area"], row["ring"], row["lines"]) == (
                node["area"],
                t(f"render_map.ring.{node['ring']}"),
                node["lines"],
            ), row
            assert row["label"] == case.resource(row["id"]).label

        # The same action as a drag across a ring line: one step closer, seen on the map.
        far = next(r for r in rows if nodes[r["id"]]["ring"] > 1)
        pg.click(f".bk-list-item[data-id='{far['id']}'] .bk-list-closer")
        ring = nodes[far["id"]]["ring"] - 1
        pg.wait_for_function(
            f"([id, ring]) => {MAP}.nodes.get(id).closeness === ring", arg=[far["id"], ring], timeout=30_000
        )
        assert CaseStore(store_dir).load(key).resource(far["id"]).ring == ring
        pg.wait_for_function(
            f"([id, ring]) => ({LIST_ROWS})().some((r) => r.id === id && r.ring === ring)",
            arg=[far["id"], t(f"render_map.ring.{ring}")],
            timeout=30_000,
        )
        assert watch.external == [] and watch.page_errors == []
    finally:
        ctx.close()


# --- typing, then a tap at once ---------------------------------------------------------------------


def test_a_tap_right_after_typing_saves_the_whole_text(browser: Any, served: tuple[str, Path]) -> None:
    """While the kernel is busy, a person types a long name and taps the area and "Festhalten" at
    once: the whole name is saved, not its first letter. (ipywidgets sends a field's first change
    and holds the rest back until the kernel is done with it, but sends a tap at once.)"""
    root, store_dir = served
    label = "Sprachcafé im Stadtteilzentrum Nord"
    go = store_dir.parent / "notebooks" / "weiter"
    ctx, pg, watch = new_page(browser, viewport={"width": 1280, "height": 800}, has_touch=True)
    try:
        open_demo(pg, root + f"voila/render/{BUSY_NOTEBOOK}")
        pg.tap(".bk-open-case:has-text('Mira')")
        pg.wait_for_selector(".bk-map canvas", timeout=30_000)
        form_at_hand(pg)
        pg.tap(".bk-test-busy")  # the kernel now waits for `go`
        pg.tap(".bk-label-input input")
        pg.keyboard.type(label, delay=20)
        pg.tap(".bk-category-infrastrukturell")
        pg.tap(".bk-save")
        pg.wait_for_timeout(300)  # the taps are on their way to the kernel
        go.write_text("", encoding="utf-8")
        pg.wait_for_selector(".bk-status:has-text('festgehalten')", timeout=60_000)
        said = pg.inner_text(".bk-header .bk-status")
        (key,) = [s.key for s in CaseStore(store_dir).list() if s.alias == "Mira K."]
        labels = [r.label for r in CaseStore(store_dir).load(key).resources]
        assert f"„{label}“" in said and label in labels, (said, labels[-3:])
        assert watch.external == [] and watch.page_errors == []
    finally:
        go.unlink(missing_ok=True)
        ctx.close()


# --- touch ------------------------------------------------------------------------------------------


#: Page coordinates of the free points along a line of the live map (where vis-network's own hit
#: test finds this line and no node), from one end to the other.
EDGE_POINTS = """(id) => { const m = window.__beratungskitMaps[window.__beratungskitMaps.length - 1];
    const edge = m.network.body.edges[id];
    const r = m.el.querySelector('.bk-map-canvas').getBoundingClientRect();
    const found = [];
    for (let i = 1; i < 20; i++) {
        const d = m.network.canvasToDOM(edge.edgeType.getPoint(i / 20));
        if (d.x < 4 || d.y < 4 || d.x > r.width - 4 || d.y > r.height - 4) continue;
        if (m.network.getNodeAt(d) === undefined && String(m.network.getEdgeAt(d)) === id) {
            found.push([r.left + d.x, r.top + d.y]);
        }
    }
    return found; }"""


def map_at_rest(pg: Any, quiet_ms: int = 1500) -> None:
    """Wait until the live map has drawn no new change for ``quiet_ms`` (Python lays the map out
    again for the canvas's size once it is shown)."""
    pg.wait_for_function(
        f"""(quiet) => {{ const m = {MAP}; const now = performance.now();
            const n = m.timings.length;
            if (window.__bkSeen !== n) {{ window.__bkSeen = n; window.__bkSince = now; }}
            return now - window.__bkSince > quiet; }}""",
        arg=quiet_ms,
        timeout=60_000,
        polling=100,
    )
    pg.wait_for_timeout(600)  # the view's own animation to the whole map


def test_a_tap_on_a_line_shows_what_its_tip_shows(browser: Any, served: tuple[str, Path]) -> None:
    """Nothing only on hover: a finger's tap on a line of the map shows the line's tip (strength,
    direction and its note), as a tap on a resource shows the resource's, and the tip stays whole
    inside the map, also for the line nearest the map's right edge."""
    root, _store_dir = served
    ctx, pg, watch = new_page(browser, viewport={"width": 1280, "height": 800}, has_touch=True)
    try:
        open_demo(pg, root + f"voila/render/{NOTEBOOK}")
        pg.tap(".bk-open-case:has-text('Mira')")
        pg.wait_for_function(
            "() => (window.__beratungskitMaps || []).some((m) => m.edges.get('v17'))", timeout=60_000
        )
        if pg.locator(".bk-map-back:visible").count():
            pg.tap(".bk-map-back")
        pg.locator(".bk-map-canvas").scroll_into_view_if_needed()
        map_at_rest(pg)  # a new layout for the canvas's size hides the tip, as it moves the lines
        edges = pg.evaluate(f"() => {MAP}.edges.get().map((e) => String(e.id))")
        free = {e: p for e in edges if (p := pg.evaluate(EDGE_POINTS, e))}
        # v17 has a note (a tall tip), tapped at its lowest free point; then the line that reaches
        # furthest to the right, at its rightmost point: the two tips most likely to be cut off.
        taps = [("v17", max(free["v17"], key=lambda p: p[1]))]
        right = max(free, key=lambda e: max(p[0] for p in free[e]))
        taps.append((right, max(free[right], key=lambda p: p[0])))
        tip = pg.locator(".bk-map-tip")
        frame = pg.locator(".bk-map-frame").bounding_box()
        for edge, point in taps:
            title = pg.evaluate(f"(id) => {MAP}.edges.get(id).title", edge)
            pg.touchscreen.tap(*point)
            tip.wait_for(state="visible", timeout=10_000)
            assert tip.inner_text().strip() == title.strip(), edge
            box = tip.bounding_box()
            assert frame["x"] <= box["x"] and box["x"] + box["width"] <= frame["x"] + frame["width"], edge
            assert frame["y"] <= box["y"] and box["y"] + box["height"] <= frame["y"] + frame["height"], edge
            pg.wait_for_timeout(500)
            assert tip.is_visible(), "the tip must stay until the next tap"
            SHOTS.mkdir(parents=True, exist_ok=True)
            pg.screenshot(path=str(SHOTS / f"touch_line_tip_{edge}.png"))
        assert "Jana bringt die Kinder hin" in pg.evaluate(f"() => {MAP}.edges.get('v17').title")
        assert watch.external == [] and watch.page_errors == []
    finally:
        ctx.close()


def test_touch_adds_drags_opens_and_pinches(browser: Any, served: tuple[str, Path]) -> None:
    """On a touch screen (no mouse): a resource is added by taps, dragged with a finger, opened by a
    tap on its node, and two fingers zoom the map. Touches go in through chromium's own touch input
    (DevTools ``Input.dispatchTouchEvent``), as a touch screen sends them."""
    root, store_dir = served
    ctx, pg, watch = new_page(browser, viewport={"width": 1280, "height": 800}, has_touch=True)
    cdp = ctx.new_cdp_session(pg)

    def touch(kind: str, *points: tuple[float, float]) -> None:
        cdp.send(
            "Input.dispatchTouchEvent",
            {"type": kind, "touchPoints": [{"x": x, "y": y, "id": i} for i, (x, y) in enumerate(points)]},
        )

    try:
        open_demo(pg, root + f"voila/render/{NOTEBOOK}")
        pg.tap(".bk-open-case:has-text('Mira')")
        pg.wait_for_selector(".bk-map canvas", timeout=30_000)
        # Added by taps (the words come from the screen keyboard), "Festhalten" right after typing.
        form_at_hand(pg)
        pg.tap(".bk-label-input input")
        pg.keyboard.type("Nachbarschaftscafé", delay=20)
        pg.tap(".bk-category-infrastrukturell")
        pg.tap(".bk-save")
        status(pg, "„Nachbarschaftscafé“ festgehalten")
        case = next(
            CaseStore(store_dir).load(s.key) for s in CaseStore(store_dir).list() if s.alias == "Mira K."
        )
        cafe = next(r for r in case.resources if r.label == "Nachbarschaftscafé")
        pg.wait_for_function(f"(id) => !!{MAP}.nodes.get(id)", arg=cafe.id, timeout=30_000)
        if pg.locator(".bk-map-back:visible").count():
            pg.tap(".bk-map-back")  # the whole map in view, the new node too
            pg.wait_for_timeout(500)
        # The finger goes where the box stays: on a loaded machine the form's folding and the layout
        # for the canvas's new shape may still be on their way (the finger missed the box and panned).
        map_at_rest(pg, 800)

        # Dragged with one finger: the map saves where it was dropped.
        x, y = node_on_screen(pg, cafe.id)
        box = pg.locator(".bk-map-canvas").bounding_box()
        assert box["x"] < x < box["x"] + box["width"] and box["y"] < y < box["y"] + box["height"]
        touch("touchStart", (x, y))
        for step in range(1, 16):
            touch("touchMove", (x - 6 * step, y - 5 * step))
            pg.wait_for_timeout(16)
        touch("touchEnd")
        status(pg, f"Stand {case.revision + 1}")
        moved = CaseStore(store_dir).load(case.key).resource(cafe.id)
        assert (moved.x, moved.y, moved.closeness) != (cafe.x, cafe.y, cafe.closeness)

        # Opened by a tap on its node: the form shows it for changing. ("Gespeichert" comes as soon as
        # the file is written, before the map's answer: the finger waits for the box's new place.)
        map_at_rest(pg, 800)
        x, y = node_on_screen(pg, cafe.id)
        pg.touchscreen.tap(x, y)
        pg.wait_for_function(
            """([heading, label]) => {
                 const form = document.querySelector('.bk-resource-form');
                 const h = form && form.querySelector('.bk-heading');
                 const input = form && form.querySelector('.bk-label-input input');
                 return !!h && h.innerText.trim() === heading && !!input && input.value === label; }""",
            arg=[t("ui_session.form_edit_heading", label="Nachbarschaftscafé"), "Nachbarschaftscafé"],
            timeout=30_000,
        )

        # Two fingers apart: the map zooms in. (Measured again: the page may have scrolled to the form,
        # and the form may just have opened beside the map, which is then laid out for its new size.)
        map_at_rest(pg)
        box = pg.locator(".bk-map-canvas").bounding_box()
        before = pg.evaluate(f"() => {MAP}.network.getScale()")
        cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        touch("touchStart", (cx - 40, cy), (cx + 40, cy))
        for step in range(1, 12):
            touch("touchMove", (cx - 40 - 10 * step, cy), (cx + 40 + 10 * step, cy))
            pg.wait_for_timeout(16)
        touch("touchEnd")
        pg.wait_for_timeout(300)
        assert pg.evaluate(f"() => {MAP}.network.getScale()") > before * 1.5
        SHOTS.mkdir(parents=True, exist_ok=True)
        pg.screenshot(path=str(SHOTS / "touch_after_pinch.png"))
        assert watch.external == [] and watch.page_errors == []
    finally:
        ctx.close()
