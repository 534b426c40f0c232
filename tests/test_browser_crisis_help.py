"""„Hilfe in einer Krise“ in the real session page (Voilà, Debian chromium, 1280×800 and 1920×1080):
the button is on screen beside the page links with a case open, opens the panel above the tabs
without pushing the map's tools off the screen, and every line carries the eLb's language.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from beratungskit.messages import LANGUAGES, t, tr
from beratungskit.render.bilingual import isolated_text
from beratungskit.store import CaseStore

pytestmark = [pytest.mark.browser, pytest.mark.server]

#: Set to a folder to keep screenshots of the open panel (for looking at them).
SHOTS = Path(os.environ.get("BERATUNGSKIT_SHOTS", "")) if os.environ.get("BERATUNGSKIT_SHOTS") else None


def test_crisis_help_on_screen_in_german_and_the_elb_s_language(
    page: Any, demo_served: tuple[str, Path]
) -> None:
    pg, watch = page
    url, store_dir = demo_served
    before = (store_dir / "demo-mira.json").read_bytes()
    pg.goto(url, wait_until="load", timeout=90_000)
    pg.wait_for_selector(".bk-case-picker .bk-open-case", timeout=90_000)
    assert pg.locator(".bk-crisis-help:visible").count() == 0  # the case list is the IFK's
    pg.click(".bk-open-case:has-text('Mira')")
    pg.wait_for_selector(".bk-map canvas", timeout=60_000)

    for width, height in ((1280, 800), (1920, 1080)):
        pg.set_viewport_size({"width": width, "height": height})
        button = pg.locator(".bk-crisis-help")
        button.wait_for(state="visible", timeout=20_000)
        box = button.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width and box["y"] < 120
        assert button.inner_text().strip() == t("ui_session.crisis_help")
        button.click()
        panel = pg.locator(".bk-crisis-panel .bk-crisis-text")
        panel.wait_for(state="visible", timeout=20_000)
        text = panel.inner_text()
        assert "0800 111 0 111" in text and "116 016" in text
        assert "Beratung bei häuslicher Gewalt" in text  # the shipped directory's violence service
        # the panel sits above the tabs; the tabs' row stays on screen
        tabs = pg.locator(".bk-tabs .lm-TabBar").first.bounding_box()
        assert tabs is not None and tabs["y"] + tabs["height"] <= height
        if SHOTS is not None:
            pg.screenshot(path=str(SHOTS / f"crisis_help_{width}.png"))
        pg.click(".bk-crisis-close")
        panel.wait_for(state="hidden", timeout=20_000)

    pg.set_viewport_size({"width": 1280, "height": 800})
    pg.select_option(".bk-language select", index=LANGUAGES.index("ar"))
    pg.wait_for_selector(".bk-tr[lang='ar']", timeout=30_000)
    pg.click(".bk-crisis-help")
    line = t("ui_session.crisis_help_self_harm")
    translated = pg.locator(f"xpath=//li[text()[normalize-space(.)='{line}']]/span[@lang='ar'][@dir='rtl']")
    translated.wait_for(timeout=20_000)
    # its phone number and „Telefonseelsorge“ in bidi isolates, as every right-to-left translation
    assert translated.inner_text() == isolated_text(tr("ar", "ui_session.crisis_help_self_harm"), "ar")
    if SHOTS is not None:
        pg.screenshot(path=str(SHOTS / "crisis_help_ar_1280.png"))
    after = CaseStore(store_dir).load("demo-mira")
    assert after.language.value == "ar"  # the language was saved; the panel wrote nothing else
    assert before != (store_dir / "demo-mira.json").read_bytes()
    assert watch.external == [] and watch.page_errors == []
