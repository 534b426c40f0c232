"""Issue 11 end to end, as a person clicks it: a real Voilà server on 127.0.0.1, Debian chromium.

Nothing is saved that nobody chose ("noch offen"), the area buttons carry words and "Nächste Frage"
moves the form, a partner already on the map says so, the IFK writes their own note where the eLb
reads everything, the will field treats the eLb's words as theirs but offers help at a crisis, the
scaling questions follow the number and name the change since last time, and the review field shows
the latest legal date as such. Screenshots (1280×800) go to ``screenshots/conversation_*.png``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from beratungskit.model import Category, ConfidenceMark, Origin
from beratungskit.store import CaseStore
from tests.servers import serve_session

pytestmark = [pytest.mark.browser, pytest.mark.server]

SHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    store = CaseStore(tmp_path / "faelle")
    case = store.create("Deniz", key="deniz")
    hands = case.add_resource("Ich kann gut mit den Händen arbeiten", origin=Origin.EIGEN, closeness=1)
    case.add_resource(
        "Werkstatt im Stadtteiltreff", category=Category.INFRASTRUKTURELL, origin=Origin.SOZIALRAUM
    )
    will = case.add_will("Ich will wieder mit Holz arbeiten.")
    goal = case.add_goal(will.id, "Ein Praktikum in einer Tischlerei.", resource_ids=[hands.id], confidence=4)
    # the last conversation was three months ago, at 4
    earlier = date.today() - timedelta(days=90)
    said = "Ich kenne schon eine Werkstatt."
    case.update("goals", goal.id, confidence_history=[ConfidenceMark(on=earlier, value=4, answer=said)])
    with serve_session(tmp_path, [case]) as served:
        yield served


def shot(pg: Any, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"conversation_{name}.png"))


def status(pg: Any, text: str) -> None:
    pg.wait_for_selector(f".bk-status:has-text('{text}')", timeout=30_000)


def test_the_conversation_as_a_person_clicks_it(page: tuple[Any, Any], served: tuple[str, Path]) -> None:
    pg, watch = page
    url, store_dir = served
    pg.goto(url, wait_until="load", timeout=90_000)
    pg.wait_for_selector(".bk-case-picker", timeout=90_000)
    pg.click(".bk-open-case:has-text('Deniz')")
    pg.wait_for_selector(".bk-map canvas", timeout=30_000)

    # --- words on the area buttons; the card asks in the area the form writes down in
    for word in ("★  Persönlich", "Sozial", "Materiell", "Infrastrukturell"):
        assert pg.locator(".bk-category button", has_text=word).first.is_visible()
    pg.click(".bk-category-sozial")
    pg.wait_for_selector(".bk-card-title:has-text('Sozial')", timeout=10_000)
    pg.click(".bk-card-next")
    pg.wait_for_selector(".bk-card-count:has-text('Frage 2 von')", timeout=10_000)
    pg.wait_for_selector(".bk-category-sozial.bk-chosen", timeout=10_000)

    # --- nothing saved that nobody chose: the ring asked before „Festhalten“ with nothing pressed,
    # the details with „noch offen“ pressed
    assert pg.locator(".bk-closeness button.mod-active").count() == 0
    pg.locator(".bk-more").get_by_text("Mehr dazu (freiwillig)").click()
    for group in ("bk-origin", "bk-named-by"):
        pg.wait_for_selector(f".{group} button.mod-active:has-text('noch offen')", timeout=10_000)
    shot(pg, "1_noch_offen")
    pg.fill(".bk-label-input input", "Nachbarin mit Garten")
    pg.click(".bk-save")
    status(pg, "Nachbarin mit Garten")
    added = CaseStore(store_dir).load("deniz").resources[-1]
    assert (added.label, added.origin, added.closeness, added.named_by) == (
        "Nachbarin mit Garten",
        None,
        None,
        None,
    )

    # --- a partner already on the map says so
    pg.click(".bk-side-mode button:has-text('Angebote')")
    pg.click(".bk-partner-bibliothek")
    pg.wait_for_timeout(1500)
    pg.click(".bk-partner-bibliothek")
    pg.wait_for_selector(".bk-partners .bk-error:has-text('schon auf der Karte')", timeout=20_000)
    shot(pg, "2_partner_schon_da")
    labels = [r.label for r in CaseStore(store_dir).load("deniz").resources]
    assert sum("bibliothek" in x.casefold() for x in labels) == 1

    # --- the IFK's own note, written where the eLb reads everything
    pg.click(".bk-tabs .lm-TabBar-tab:has-text('Was wir festhalten')")
    pg.fill(".bk-ifk-note textarea", "Bandscheibenvorfall 2021, seitdem Depression.")
    pg.wait_for_selector(".bk-ifk-note-box .bk-hint:has-text('Profiling')", timeout=20_000)  # the whole guard
    pg.fill(".bk-ifk-note textarea", "Bringt zum nächsten Termin die Mappe mit.")
    # the hint follows the new text once the kernel has it; only then „Notiz speichern“ (in one loaded CI
    # run the note never showed after the save; alone the test passed 3 of 3)
    pg.wait_for_selector(".bk-ifk-note-box .bk-hint:has-text('Profiling')", state="hidden", timeout=30_000)
    pg.click(".bk-ifk-note-save")
    pg.wait_for_selector(
        ".bk-transparency-panel:has-text('Bringt zum nächsten Termin die Mappe mit.')", timeout=20_000
    )
    assert "Notiz Ihrer Beraterin oder Ihres Beraters" in pg.locator(".bk-transparency-panel").inner_text()
    shot(pg, "3_notiz_fachkraft")
    assert CaseStore(store_dir).load("deniz").ifk_note == "Bringt zum nächsten Termin die Mappe mit."
    # typed text in the page's own letters (a text area's default is a typewriter font: Courier-like)
    fonts = pg.evaluate(
        """() => [".bk-app", ".bk-ifk-note textarea"].map(
               (s) => getComputedStyle(document.querySelector(s)).fontFamily)"""
    )
    assert fonts[1] == fonts[0], fonts

    # --- the will: the eLb's words get no typing hint; a crisis gets the offer of help
    pg.click(".bk-tabs .lm-TabBar-tab:has-text('Wille & Ziele')")
    pg.wait_for_selector(".bk-will-input textarea", timeout=30_000)
    pg.fill(".bk-will-input textarea", "Ich bin Migrantin und will in einer Tischlerei arbeiten.")
    pg.wait_for_timeout(1500)
    assert "Typisierung" not in pg.locator(".bk-goals").inner_text()
    pg.fill(".bk-will-input textarea", "Manchmal will ich einfach nicht mehr leben.")
    pg.wait_for_selector(".bk-hint:has-text('Telefonseelsorge')", timeout=20_000)
    assert (
        "Muss das aufgeschrieben werden?" in pg.locator(".bk-hint:has-text('Telefonseelsorge')").inner_text()
    )
    shot(pg, "4_krise_hilfe")
    pg.fill(".bk-will-input textarea", "")

    # --- scaling questions follow the number; the change since last time shows
    pg.click(".bk-sections button:has-text('2 Ziele')")
    pg.wait_for_selector(".bk-goal-picker select", state="visible", timeout=30_000)
    pg.locator(".bk-goal-picker select").select_option(index=1)
    pg.wait_for_selector(".bk-goal-edit", timeout=20_000)
    pg.click(".bk-goal-edit")
    pg.locator(".bk-confidence button", has_text=re.compile(r"^\s*6\s*$")).click()
    # the earlier number with what Deniz said then (issue 11: the history kept only the number)
    earlier = "Beim letzten Mal 4 – „Ich kenne schon eine Werkstatt.“, heute 6."
    pg.wait_for_selector(f".bk-scale-change:has-text('{earlier}')", timeout=20_000)
    first_question = pg.locator(".bk-scale-questions button").first.inner_text()
    assert first_question.startswith("Beim letzten Mal 4, heute 6 – was hat dazu beigetragen?")
    pg.locator(".bk-confidence button", has_text=re.compile(r"^\s*1\s*$")).click()
    pg.wait_for_selector(
        ".bk-scale-questions button:has-text('Was hilft Ihnen, trotzdem dranzubleiben?')",
        timeout=20_000,
    )
    pg.locator(".bk-confidence button", has_text=re.compile(r"^\s*6\s*$")).click()
    pg.wait_for_selector(".bk-scale-questions button:has-text('Warum 6 und nicht 4?')", timeout=20_000)
    pg.locator(".bk-scale-questions button:has-text('Warum 6 und nicht 4?')").click()
    pg.fill(".bk-confidence-next textarea", "Weil ich schon zwei Tischlereien kenne.")
    shot(pg, "5_skalenfragen")
    pg.click(".bk-goal-save")
    status(pg, "Ziel")
    goal = CaseStore(store_dir).load("deniz").goals[0]
    assert (goal.confidence, goal.confidence_question, goal.confidence_next) == (
        6,
        "Warum 6 und nicht 4?",
        "Weil ich schon zwei Tischlereien kenne.",
    )
    assert [m.value for m in goal.confidence_history] == [4, 6]
    pg.wait_for_selector(f".bk-goal-confidence:has-text('{earlier}')", timeout=20_000)

    # --- the review date: the latest the law sets, said as such, in the app's own field
    pg.click(".bk-sections button:has-text('5 Plan')")
    pg.wait_for_selector(".bk-review-note:has-text('spätestens am')", timeout=20_000)
    assert "SGB\u00a0II, §\u00a015" in pg.locator(".bk-review-note").inner_text()
    assert pg.locator(".bk-review input").input_value() != ""
    shot(pg, "6_ueberpruefung")
    pg.set_viewport_size({"width": 1920, "height": 1080})
    shot(pg, "6_ueberpruefung_1920")

    assert watch.external == []
    assert watch.page_errors == [] and watch.dialogs == []
