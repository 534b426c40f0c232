"""The wording guard in the running app: a real Voilà server on 127.0.0.1, Debian chromium, real files.

While the IFK and the eLb type, a calm hint appears under the field when the words sound like a
deficit, a judgement or a profile — and disappears when they do not. The hint never blocks: the text
is saved as typed. Whatever the person types is shown in the hint as text, never as markup.
Screenshots (1280×800) of the hints go to ``screenshots/wording_hint.png`` and ``wording_hint_model.png``
(a sentence only the model recognises) for a person to look at.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from beratungskit.demo import demo_case
from beratungskit.store import CaseStore
from tests.servers import serve_session, show_goal_work
from tests.test_browser_session import open_app, own_console_errors, record_refused, wait_status

pytestmark = [pytest.mark.browser, pytest.mark.server]

SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
DEFICIT = "Kunde ist unmotiviert"
FINE = "Fahrrad"
# The profiling phrase "Vater … trinkt" spans the markup, so the markup itself lands in the hint.
HOSTILE_NOTE = "<img src=x onerror=alert(1)>unmotiviert, Vater <svg/onload=alert()> trinkt"
HOSTILE_IN_HINT = "„Vater <svg/onload=alert()> trinkt“"
# The hint's stable parts (templates/wording_guard.yaml may change its reasons and suggestions).
CALM = "Sie entscheiden"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    with serve_session(tmp_path_factory.mktemp("wording"), [demo_case()]) as served:
        yield served


def open_demo_case(pg: Any, url: str) -> None:
    open_app(pg, url)
    pg.click(f".bk-open-case:has-text('{demo_case().alias}')")
    pg.wait_for_selector(".bk-map canvas", timeout=30_000)


def hint_under(pg: Any, field: str) -> Any:
    """The hint that follows the field with CSS class ``field`` (its sibling right below it)."""
    return pg.locator(f"{field} + .bk-hint")


def open_the_will(pg: Any, url: str) -> Any:
    """Open the demo case at „Wille & Ziele“ with the will's field shown; its hint (empty so far)."""
    from playwright.sync_api import expect

    open_demo_case(pg, url)
    tab = pg.locator(".bk-tabs .lm-TabBar-tab:has-text('Wille & Ziele')")
    if tab.count() == 0:
        pytest.skip("Der Reiter 'Wille & Ziele' ist in der App noch nicht da (ui/goals_panel.py)")
    tab.click()
    show_goal_work(pg)
    will_hint = hint_under(pg, ".bk-will-input")
    expect(will_hint).to_have_count(1, timeout=30_000)
    return will_hint


def stored_case(store_dir: Path) -> Any:
    key = demo_case().key
    # The file itself, as another program would read it.
    return json.loads(CaseStore(store_dir).path_for(key).read_text(encoding="utf-8"))


def test_hint_appears_while_typing_goes_away_and_never_blocks_saving(
    page: tuple[Any, Any], served: tuple[str, Path]
) -> None:
    from playwright.sync_api import expect

    pg, watch = page
    refused = record_refused(pg)
    url, store_dir = served
    open_demo_case(pg, url)
    label_hint = hint_under(pg, ".bk-resource-form .bk-label-input")
    expect(label_hint).to_have_count(1)
    expect(label_hint).to_have_text("")

    # Typed key by key, as in the session: the hint names the word and leaves the decision to them.
    pg.locator(".bk-label-input input").press_sequentially(DEFICIT)
    expect(label_hint).to_contain_text("„unmotiviert“", timeout=20_000)
    expect(label_hint).to_contain_text(CALM)
    expect(label_hint).to_be_visible()
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / "wording_hint.png"))

    # A fine text: the hint goes away.
    pg.fill(".bk-label-input input", FINE)
    expect(label_hint).to_have_text("", timeout=20_000)

    # The deficit phrase again, and hostile markup in the note: the hint shows it as text.
    pg.fill(".bk-label-input input", DEFICIT)
    expect(label_hint).to_contain_text("„unmotiviert“", timeout=20_000)
    pg.locator(".bk-resource-form .bk-more").get_by_text("Mehr dazu (freiwillig)").click()
    note_hint = hint_under(pg, ".bk-resource-form .bk-note-input")
    pg.fill(".bk-note-input textarea", HOSTILE_NOTE)
    expect(note_hint).to_contain_text(HOSTILE_IN_HINT, timeout=20_000)
    expect(note_hint).to_contain_text("„unmotiviert“")
    expect(note_hint).to_contain_text(CALM)
    assert note_hint.locator("img, svg, b").count() == 0

    # A hint, never a block: the resource is saved as typed.
    revision = CaseStore(store_dir).load(demo_case().key).revision
    pg.click(".bk-save")
    wait_status(pg, revision + 1)
    saved = [r for r in stored_case(store_dir)["resources"] if r["label"] == DEFICIT]
    assert [r["note"] for r in saved] == [HOSTILE_NOTE]
    # The form is empty for the next one, and so are its hints.
    expect(label_hint).to_have_text("")
    expect(note_hint).to_have_text("")

    assert pg.locator("img[src='x']").count() == 0
    assert watch.dialogs == []
    assert list(watch.external) == []
    assert own_console_errors(watch, refused) == [] and watch.page_errors == []


def test_hint_under_the_will_in_the_eLbs_own_words(page: tuple[Any, Any], served: tuple[str, Path]) -> None:
    from playwright.sync_api import expect

    pg, watch = page
    refused = record_refused(pg)
    url, store_dir = served
    will_hint = open_the_will(pg, url)

    # How the eLb judges themselves is theirs: no hint (issue 11, second round) …
    pg.locator(".bk-will-input textarea").press_sequentially(
        "Ich bin halt unmotiviert, aber ich will backen."
    )
    expect(will_hint).to_have_text("", timeout=20_000)
    # … but a crisis gets its gentle question whoever wrote it.
    will = "Ich habe Schulden und kann nachts nicht schlafen, aber ich will wieder backen."
    pg.fill(".bk-will-input textarea", will)
    expect(will_hint).to_contain_text("„Schulden“", timeout=20_000)
    expect(will_hint).to_contain_text("Muss das aufgeschrieben werden?")
    expect(will_hint).to_contain_text(CALM)
    pg.fill(".bk-will-input textarea", "Ich will wieder backen.")
    expect(will_hint).to_have_text("", timeout=20_000)

    # Thoughts of self-harm in words no list knows: the model behind the lists (issue 11, fourth
    # round) quotes the sentence and offers the crisis line, in the eLb's own words too.
    # (since the seventh round the lists know „Pillen … abgezählt“; tablets laid ready they do not)
    pg.fill(
        ".bk-will-input textarea", "Ich will wieder backen. Ich hab die Schlaftabletten schon bereitgelegt."
    )
    expect(will_hint).to_contain_text("„Ich hab die Schlaftabletten schon bereitgelegt“", timeout=20_000)
    expect(will_hint).to_contain_text("Telefonseelsorge 0800 111 0 111")
    # read from arm's length: no line of the hint under 17 px, and the crisis line stands out (bold)
    sizes = will_hint.locator("div[style*='border-left'] > div").evaluate_all(
        "els => els.map(e => [e.textContent, parseFloat(getComputedStyle(e).fontSize),"
        " parseInt(getComputedStyle(e).fontWeight)])"
    )
    assert sizes and all(size >= 17 for _, size, _ in sizes), sizes
    # the numbers once, said to the eLb; the IFK's own line (how to ask, the 112) bold beside it
    assert [weight for text, _, weight in sizes if "Telefonseelsorge" in text] == [600], sizes
    assert [weight for text, _, weight in sizes if "im Notfall 112" in text] == [600], sizes
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / "wording_hint_model.png"))
    pg.fill(".bk-will-input textarea", "Ich will wieder backen.")
    expect(will_hint).to_have_text("", timeout=20_000)

    # The eLb's words are theirs: with the hint showing, the will is still kept verbatim.
    pg.fill(".bk-will-input textarea", will)
    expect(will_hint).to_contain_text("„Schulden“", timeout=20_000)
    pg.click(".bk-will-add")
    pg.wait_for_selector(".bk-status:has-text('Ihr Wille ist festgehalten.')", timeout=30_000)
    assert will in [w["text"] for w in stored_case(store_dir)["wills"]]

    assert watch.dialogs == []
    assert list(watch.external) == []
    assert own_console_errors(watch, refused) == [] and watch.page_errors == []


def test_no_crisis_line_flashes_up_while_an_everyday_wish_is_typed(
    page: tuple[Any, Any], served: tuple[str, Path]
) -> None:
    """Round 28: typed letter by letter, „Ich will wieder i…“ passed a fragment the guard's model read
    as a thought of self-harm, and the crisis line flashed up under an everyday wish. A watcher in the
    page records every text the hint shows while a person types at a steady pace; a sentence that ends
    without a full stop still gets its hint after a pause."""
    from playwright.sync_api import expect

    pg, watch = page
    refused = record_refused(pg)
    url, _store_dir = served
    will_hint = open_the_will(pg, url)
    will_hint.evaluate(
        "el => { window.bkSeen = []; new MutationObserver(() => window.bkSeen.push(el.textContent))"
        ".observe(el, {subtree: true, childList: true, characterData: true}); }"
    )
    field = pg.locator(".bk-will-input textarea")
    field.press_sequentially("Ich will wieder in einer Werkstatt arbeiten.", delay=150)
    pg.wait_for_timeout(2_000)  # the kernel has answered every keystroke, the pause has passed
    expect(will_hint).to_have_text("")
    seen = pg.evaluate("window.bkSeen")
    assert not [text for text in seen if "Telefonseelsorge" in text], seen

    field.fill("")
    field.press_sequentially("ich will nicht mehr aufwachen", delay=60)  # no full stop: the pause reads it
    expect(will_hint).to_contain_text("Telefonseelsorge", timeout=20_000)
    assert watch.dialogs == [] and list(watch.external) == []
    assert own_console_errors(watch, refused) == [] and watch.page_errors == []
