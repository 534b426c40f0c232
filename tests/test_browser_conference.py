"""Real browser: the conference and team files draw offline, without errors, readable on a projector.

Screenshots go to ``screenshots/conference.png`` and ``screenshots/team.png`` for a person to look at.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from beratungskit.analysis.team import load_partners, team_aggregates
from beratungskit.demo import demo_case
from beratungskit.render.conference import write_conference
from beratungskit.render.team_report import team_html

SHOTS = Path(__file__).resolve().parent.parent / "screenshots"
BENCH = Path(__file__).resolve().parent.parent / "benchmarks"

pytestmark = pytest.mark.browser


def test_conference_draws_offline(page: tuple[object, object], tmp_path: Path) -> None:
    pg, watch = page
    case = demo_case()
    case.update("wills", "w1", shareable=True)
    case.add_team_idea("Vielleicht kennt die Nachbarin eine Bäckerei, die früh Leute sucht?", goal_id="z1")
    path = write_conference(case, tmp_path / "fallbesprechung.html")
    pg.set_viewport_size({"width": 1920, "height": 1080})  # type: ignore[attr-defined]
    pg.goto(path.as_uri())  # type: ignore[attr-defined]
    svg = pg.locator(".map svg")  # type: ignore[attr-defined]
    box = svg.bounding_box()
    assert box is not None and box["height"] > 800  # the map fills a projector screen
    assert pg.locator("text", has_text="Schwester").count() >= 1  # type: ignore[attr-defined]
    assert pg.get_by_text("Vorschlag – die Kundin/der Kunde entscheidet").count() == 1  # type: ignore[attr-defined]
    body = pg.inner_text("body")  # type: ignore[attr-defined]
    assert "Mira" not in body and "Jana" not in body
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / "conference.png"))  # type: ignore[attr-defined]
    assert watch.external == [] and watch.console_errors == [] and watch.page_errors == []  # type: ignore[attr-defined]


def test_team_report_draws_offline(page: tuple[object, object], tmp_path: Path) -> None:
    sys.path.insert(0, str(BENCH))
    from generate_cases import partners_yaml, write_cases

    folder = write_cases(tmp_path / "faelle", 60, seed=3)
    partners = tmp_path / "partners.yaml"
    partners.write_text(partners_yaml(), encoding="utf-8")
    path = tmp_path / "team.html"
    path.write_text(team_html(team_aggregates(folder, partners=load_partners(partners))), encoding="utf-8")
    pg, watch = page
    pg.set_viewport_size({"width": 1920, "height": 1080})  # type: ignore[attr-defined]
    pg.goto(path.as_uri())  # type: ignore[attr-defined]
    assert pg.locator("figure svg").count() >= 8  # type: ignore[attr-defined]
    for i in range(pg.locator("figure svg").count()):  # type: ignore[attr-defined]
        box = pg.locator("figure svg").nth(i).bounding_box()  # type: ignore[attr-defined]
        assert box is not None and box["width"] > 300 and box["height"] > 40
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / "team.png"), full_page=True)  # type: ignore[attr-defined]
    assert watch.external == [] and watch.console_errors == [] and watch.page_errors == []  # type: ignore[attr-defined]
