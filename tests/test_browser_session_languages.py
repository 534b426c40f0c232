"""The session app in every offered language (real Voilà, Debian chromium): chosen together in the
header, saved at once, and every text the eLb reads then carries its translation below the German,
in an element with the right ``lang`` and ``dir`` — typed text stays as typed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from beratungskit.messages import LANGUAGES, RTL_LANGUAGES, SOURCE_LANGUAGE, t, tr
from beratungskit.store import CaseStore

pytestmark = [pytest.mark.browser, pytest.mark.server]

#: Set to a folder to keep screenshots of the Arabic and Ukrainian session (for looking at them).
SHOTS = Path(os.environ.get("BERATUNGSKIT_SHOTS", "")) if os.environ.get("BERATUNGSKIT_SHOTS") else None


def _translated(pg: Any, german: str, lang: str) -> Any:
    """The translation the page put right after the German text ``german``."""
    return pg.locator(
        f"xpath=//text()[normalize-space(.)='{german}']/following-sibling::span[1][@lang='{lang}']"
    )


def test_every_language_in_the_session(page: Any, demo_served: tuple[str, Path]) -> None:
    pg, watch = page
    url, store_dir = demo_served
    pg.set_viewport_size({"width": 1280, "height": 800})
    pg.goto(url, wait_until="load", timeout=90_000)
    pg.wait_for_selector(".bk-case-picker", timeout=90_000)
    pg.click(".bk-open-case:has-text('Mira')")
    pg.wait_for_selector(".bk-map canvas", timeout=60_000)
    assert pg.locator(".bk-tr").count() == 0  # German only until a language is chosen
    assert pg.locator("html").get_attribute("lang") == "de"

    for lang in [code for code in LANGUAGES if code != SOURCE_LANGUAGE]:
        pg.select_option(".bk-language select", index=LANGUAGES.index(lang))  # labels get translated
        changed = t("ui_session.language_changed", language=t(f"model.Language.{lang}"))
        pg.wait_for_selector(f".bk-status:has-text('{changed}')", timeout=30_000)
        direction = "rtl" if lang in RTL_LANGUAGES else "ltr"
        button = _translated(pg, t("ui_session.add"), lang)
        button.first.wait_for(timeout=20_000)
        assert button.first.inner_text() == tr(lang, "ui_session.add")
        assert button.first.get_attribute("dir") == direction
        for key in ("ui_session.tab_map", "ui_session.tab_transparency", "ui_session.form_new_heading"):
            assert _translated(pg, t(key), lang).count() >= 1, (lang, key)
        card = pg.locator(".bk-card-question").first.inner_text().split("\n")[0]
        assert _translated(pg, card, lang).count() == 1, (lang, card)  # the question card too
        # typed text is never translated: the resource labels in the map list stay German
        assert CaseStore(store_dir).load("demo-mira").language.value == lang
        assert "demo-mira" not in pg.locator(".bk-app").inner_text()
        if lang in ("ar", "uk") and SHOTS is not None:
            pg.screenshot(path=str(SHOTS / f"session_{lang}_1280.png"))
            pg.click(f".lm-TabBar-tab:has-text('{t('ui_session.tab_transparency')}')")
            pg.wait_for_selector(f".bk-transparency .tr[lang='{lang}']", timeout=20_000)
            pg.screenshot(path=str(SHOTS / f"session_{lang}_festhalten_1280.png"))
            pg.click(f".lm-TabBar-tab:has-text('{t('ui_session.tab_map')}')")

    pg.select_option(".bk-language select", index=LANGUAGES.index(SOURCE_LANGUAGE))
    pg.wait_for_function("document.querySelectorAll('.bk-app .bk-tr').length === 0", timeout=20_000)
    assert watch.external == [] and watch.page_errors == []
