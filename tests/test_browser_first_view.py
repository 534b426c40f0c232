"""The session page's first view: the case list is in the page's HTML and works before the widgets.

Real app server (the notebooks folder with its pre-heated session kernel, as ``beratungskit start``
serves it), real store, Debian chromium. To see the first view on its own, Voilà's ``voila.js`` is
held back until the test lets it through: that is the page as it stands during the second its
JavaScript needs to start the live widgets. Whatever a person does meanwhile must happen once the
page is live — nothing is lost, nothing is done twice.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from beratungskit.demo import demo_case
from beratungskit.resources import notebooks_dir
from beratungskit.store import CaseStore
from tests.servers import run_voila

pytestmark = [pytest.mark.browser, pytest.mark.server]

PAGE = "voila/render/01_gemeinsame_sitzung.ipynb"
FIRST = "#bk-first-view"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, CaseStore]]:
    root = tmp_path_factory.mktemp("first-view")
    folder = root / "notebooks"
    shutil.copytree(notebooks_dir(), folder)
    store = CaseStore(root / "faelle")
    store.save(demo_case())
    with run_voila(folder, env={"BERATUNGSKIT_STORE": str(store.folder)}) as base:
        yield base, store


class HeldBack:
    """Holds the page's ``voila.js`` (the live widgets' start) until :meth:`release`."""

    def __init__(self, pg: Any) -> None:
        self.pg = pg
        self.routes: list[Any] = []
        pg.route("**/voila.js", self.hold)

    def hold(self, route: Any) -> None:
        self.routes.append(route)

    def release(self) -> None:
        for route in self.routes:
            route.continue_()
        self.pg.unroute("**/voila.js", self.hold)


def open_held(pg: Any, url: str) -> HeldBack:
    held = HeldBack(pg)
    pg.goto(url, wait_until="commit", timeout=90_000)
    pg.wait_for_selector(f"{FIRST} .bk-first-create", timeout=90_000)
    return held


def test_the_first_view_lists_the_cases_of_now_and_keeps_names_as_text(
    page: tuple[Any, Any], app: tuple[str, CaseStore]
) -> None:
    """A case saved after the pre-heated kernel drew its list is in the first view; a nickname
    with markup is shown as the letters typed."""
    pg, watch = page
    base, store = app
    store.create("<img src=x onerror=alert(1)>")
    held = open_held(pg, base + PAGE)
    texts = pg.locator(f"{FIRST} .bk-first-open").all_inner_texts()
    assert any(text.startswith("Mira K.") for text in texts)
    assert any(text.startswith("<img src=x onerror=alert(1)>") for text in texts)
    assert pg.locator(f"{FIRST} img").count() == 0
    assert pg.locator("#rendered_cells .bk-case-picker").count() == 0  # the widgets are not there yet
    # An empty name is refused in German before anything is sent.
    pg.click(f"{FIRST} .bk-first-create")
    assert pg.inner_text(f"{FIRST} .bk-first-error") == "Bitte einen Spitznamen oder ein Kürzel eingeben."
    held.release()
    pg.wait_for_selector(".bk-case-picker .bk-open-case", timeout=90_000)
    pg.wait_for_selector(FIRST, state="detached", timeout=30_000)
    # The live list that takes over shows the same cases (the pool kernel drew its list earlier).
    assert pg.locator(".bk-case-picker .bk-open-case").all_inner_texts() == texts
    # the page's main landmark is the live app now (axe: no content outside a landmark)
    assert pg.evaluate("[...document.querySelectorAll('main, [role=main]')].map(e => e.id)") == [
        "rendered_cells"
    ]
    assert pg.locator("#rendered_cells img").count() == 0
    assert watch.page_errors == [] and watch.dialogs == [] and watch.external == []


def test_a_case_chosen_before_the_widgets_opens_once_they_are_there(
    page: tuple[Any, Any], app: tuple[str, CaseStore]
) -> None:
    pg, watch = page
    base, _store = app
    held = open_held(pg, base + PAGE)
    pg.click(f"{FIRST} .bk-first-open:has-text('Mira K.')")
    assert pg.get_attribute(f"{FIRST} .bk-first-open[aria-busy='true']", "data-key") == "demo-mira"
    assert pg.locator(f"{FIRST} .bk-first-open:has-text('„Mira K.“ wird geöffnet …')").count() == 1
    held.release()
    pg.wait_for_selector(".bk-tabs", timeout=90_000)
    assert pg.inner_text(".bk-header .bk-title") == "Ressourcenkarte von Mira K."
    pg.wait_for_selector(FIRST, state="detached", timeout=30_000)
    assert watch.page_errors == []


#: Every animation frame from the click on: what a person sees where the chosen case's button is —
#: the first view with its message, the opened case, or something else over or instead of them.
WATCH_FRAMES = """() => {
  window.__bkFrames = [];
  const tick = () => {
    const first = document.getElementById("bk-first-view");
    let seen;
    if (first) {
      const button = first.querySelector(".bk-first-open[aria-busy='true']");
      const box = button.getBoundingClientRect();
      const el = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      seen = button.contains(el) && /wird geöffnet/.test(button.textContent)
        ? "message" : "covered by " + (el ? el.tagName + "#" + el.id + "." + el.className : "nothing");
    } else {
      const tabs = document.querySelector(".bk-tabs");
      seen = tabs && tabs.getBoundingClientRect().height > 0 ? "case" : "empty";
    }
    window.__bkFrames.push(seen);
    if (seen !== "case") requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}"""


def test_after_a_click_the_page_shows_the_message_then_the_case_never_an_empty_grey_area(
    page: tuple[Any, Any], app: tuple[str, CaseStore]
) -> None:
    """Session 16's trial: a case clicked right after reloading the page showed 2–5 s of grey —
    Voilà's lab shell lay over the first view until the opened case was drawn. From the click
    until the case is there, every frame shows „„Mira K.“ wird geöffnet …“ or the case."""
    pg, watch = page
    base, _store = app
    held = open_held(pg, base + PAGE)
    pg.click(f"{FIRST} .bk-first-open:has-text('Mira K.')")
    pg.evaluate(WATCH_FRAMES)
    held.release()
    pg.wait_for_selector(".bk-tabs", timeout=90_000)
    pg.wait_for_selector(FIRST, state="detached", timeout=30_000)
    pg.wait_for_function("window.__bkFrames.at(-1) === 'case'", timeout=30_000)
    frames = pg.evaluate("window.__bkFrames")
    assert frames[0] == "message" and frames[-1] == "case"
    assert set(frames) == {"message", "case"}, sorted(set(frames))
    assert pg.locator(".bk-map canvas").first.is_visible()
    assert watch.page_errors == []


@pytest.mark.parametrize("how", ["button", "enter"])
def test_a_new_case_named_before_the_widgets_is_created_once(
    page: tuple[Any, Any], app: tuple[str, CaseStore], how: str
) -> None:
    """Named and „Neuen Fall anlegen“ — or Enter in the name field (it did nothing, trial 16)."""
    pg, watch = page
    base, store = app
    name = "Ahorn" if how == "button" else "Eibe"  # one store for the module's tests
    held = open_held(pg, base + PAGE)
    pg.fill(f"{FIRST} .bk-first-alias", name)
    if how == "enter":
        pg.press(f"{FIRST} .bk-first-alias", "Enter")
    else:
        pg.click(f"{FIRST} .bk-first-create")
    assert pg.inner_text(f"{FIRST} .bk-first-create") == "Der neue Fall wird angelegt …"
    assert pg.locator(f"{FIRST} .bk-first-alias").is_disabled()
    held.release()
    pg.wait_for_selector(".bk-tabs", timeout=90_000)
    assert pg.inner_text(".bk-header .bk-title") == f"Ressourcenkarte von {name}"
    assert [s.alias for s in store.list()].count(name) == 1
    assert watch.page_errors == []


def test_a_name_typed_in_the_first_view_moves_into_the_live_field(
    page: tuple[Any, Any], app: tuple[str, CaseStore]
) -> None:
    pg, watch = page
    base, store = app
    held = open_held(pg, base + PAGE)
    pg.click(f"{FIRST} .bk-first-alias")
    pg.keyboard.type("Birke")
    held.release()
    pg.wait_for_selector(FIRST, state="detached", timeout=90_000)
    live = pg.locator("#rendered_cells .bk-alias-input input")
    assert live.input_value() == "Birke"
    assert live.evaluate("el => el === document.activeElement")
    pg.keyboard.type(" 2")  # the person goes on typing where they were, then presses Enter
    pg.keyboard.press("Enter")  # (in the live field too it did nothing, trial 16)
    pg.wait_for_selector(".bk-tabs", timeout=60_000)
    assert "Birke 2" in [s.alias for s in store.list()]
    assert watch.page_errors == []


def test_the_keyboard_stays_on_the_same_case_when_the_widgets_take_over(
    page: tuple[Any, Any], app: tuple[str, CaseStore]
) -> None:
    pg, _watch = page
    base, _store = app
    held = open_held(pg, base + PAGE)
    button = pg.locator(f"{FIRST} .bk-first-open:has-text('Mira K.')")
    button.focus()
    text = button.text_content()
    held.release()
    pg.wait_for_selector(FIRST, state="detached", timeout=90_000)
    assert pg.evaluate("document.activeElement.classList.contains('bk-open-case')")
    assert pg.evaluate("document.activeElement.textContent") == text


def test_a_page_for_one_case_has_no_first_view(page: tuple[Any, Any], app: tuple[str, CaseStore]) -> None:
    """``?fall=KEY`` (back from the conference page) opens the case: no list is shown first."""
    pg, _watch = page
    base, _store = app
    pg.goto(base + PAGE + "?fall=demo-mira", wait_until="commit", timeout=90_000)
    pg.wait_for_selector(".bk-tabs", timeout=90_000)
    assert pg.locator(FIRST).count() == 0
    assert "<!--beratungskit:first-view-->" not in pg.content()


def test_the_first_view_is_only_on_the_session_page(app: tuple[str, CaseStore]) -> None:
    import urllib.request

    base, _store = app
    with urllib.request.urlopen(base + "voila/render/03_fallbesprechung.ipynb", timeout=120) as reply:
        body = reply.read().decode()
    assert 'id="bk-first-view"' not in body
    with urllib.request.urlopen(base + PAGE, timeout=120) as reply:
        body = reply.read().decode()
    assert body.count('id="bk-first-view"') == 1
    assert body.index('id="bk-first-view"') < body.index('id="rendered_cells"')
