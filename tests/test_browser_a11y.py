"""Everyone can take part (WCAG 2.1 AA): axe-core on every page and tab, tap targets, no scroll area
inside the page, reflow at 200 % zoom — in a real Voilà app and Debian chromium, and on every export.

The session app is walked once per window size through every tab and side panel (the resource form
with its details open and in edit mode, "Verbinden", "Angebote", the list view, the five sections of
"Wille & Ziele"); each check then reads what was found in each state.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from beratungskit.demo import demo_case
from beratungskit.resources import notebooks_dir
from beratungskit.store import CaseStore
from tests.a11y import (
    axe_violations,
    blocking,
    describe,
    inner_scroll_areas,
    small_targets,
    wider_than_window,
)
from tests.conftest import PageWatch, is_local
from tests.servers import run_voila

pytestmark = [pytest.mark.browser]

NOTEBOOK = "01_gemeinsame_sitzung.ipynb"
TODAY = date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The session app on 127.0.0.1 with the demo case in its store."""
    root = tmp_path_factory.mktemp("a11y")
    shutil.copy(notebooks_dir() / NOTEBOOK, root / NOTEBOOK)
    store = CaseStore(root / "faelle")
    store.save(demo_case())
    with run_voila(root / NOTEBOOK, env={"BERATUNGSKIT_STORE": str(root / "faelle")}) as url:
        yield url


def new_page(browser: Any, **context: Any) -> tuple[Any, Any, PageWatch]:
    """A fresh browser context and page (nothing from outside reaches it), as the ``page`` fixture."""
    ctx = browser.new_context(**context)
    ctx.route("**/*", lambda route: route.continue_() if is_local(route.request.url) else route.abort())
    pg = ctx.new_page()
    return ctx, pg, PageWatch(pg)


def open_demo(pg: Any, url: str) -> None:
    pg.goto(url, wait_until="load", timeout=90_000)
    pg.wait_for_selector(".bk-case-picker .bk-open-case", timeout=90_000)


def _open_case(pg: Any) -> None:
    pg.click(".bk-open-case:has-text('Mira')")
    pg.wait_for_selector(".bk-map canvas", timeout=30_000)


def _tab(title: str) -> Callable[[Any], None]:
    def go(pg: Any) -> None:
        pg.click(f".bk-tabs .lm-TabBar-tab:has-text('{title}')")

    return go


def _side(title: str) -> Callable[[Any], None]:
    return lambda pg: pg.click(f".bk-side-mode button:has-text('{title}')")


def _section(n: int) -> Callable[[Any], None]:
    def go(pg: Any) -> None:
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
    ("Wille & Ziele: Wille", _tab("Wille & Ziele")),
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
    assert set(at_1280) == {name for name, _go in STATES}
    failing = {name: describe(blocking(found["axe"])) for name, found in at_1280.items()}
    failing = {name: text for name, text in failing.items() if text}
    assert failing == {}, "\n\n".join(f"{name}:\n{text}" for name, text in failing.items())


def test_every_tap_target_is_at_least_44_px(at_1280: dict[str, dict[str, Any]]) -> None:
    small = {name: found["small"] for name, found in at_1280.items() if found["small"]}
    assert small == {}


def test_no_scroll_area_inside_the_page(at_1280: dict[str, dict[str, Any]]) -> None:
    """At 1280×800 nothing scrolls inside the scrolling page (before, the side panel did and hid
    "Oder aus der Liste wählen")."""
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
    violations = blocking(axe_violations(pg))
    assert violations == [], describe(violations)
    assert watch.external == []
