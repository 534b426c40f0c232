"""Shared fixtures: the demo case, a store in a temporary folder, and a real browser.

The browser is Debian's chromium driven by playwright (playwright cannot download its own browser
here). Browser tests are skipped with a clear reason where chromium is missing — except in CI, where
the test command installs it, so a missing browser there is a failure, not a skip.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import pytest

from beratungskit.demo import demo_case as _demo_case
from beratungskit.model import Case
from beratungskit.store import CaseStore
from beratungskit.ui.session import Session

if TYPE_CHECKING:  # the app pulls in every widget: imported by the fixture that needs it
    from beratungskit.ui.app import SessionApp

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1", ""}
LOCAL_SCHEMES = {"data", "blob", "about", "file"}


@pytest.fixture
def demo_case() -> Case:
    return _demo_case()


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    path = tmp_path / "faelle"
    path.mkdir()
    return path


@pytest.fixture
def store(store_dir: Path) -> CaseStore:
    """An empty case store in a temporary folder."""
    return CaseStore(store_dir)


@pytest.fixture
def session(store: CaseStore) -> Session:
    """A session on a new, empty case "Sonnenblume" (key ``sonne``), saved once."""
    return Session(store, store.create("Sonnenblume", key="sonne"))


@pytest.fixture
def app(store_dir: Path) -> SessionApp:
    """The composed session app without a browser, with a new case "Sonnenblume" opened."""
    from beratungskit.ui.app import SessionApp

    app = SessionApp(CaseStore(store_dir))
    app.picker.alias.value = "Sonnenblume"
    app.picker.create_button.click()
    return app


@pytest.fixture
def demo_served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """The session page alone on 127.0.0.1 over a store with the demo case: (URL, store folder)."""
    from tests.servers import serve_session

    with serve_session(tmp_path, [_demo_case()]) as served:
        yield served


def is_local(url: str) -> bool:
    """True for a request that stays on this machine (loopback, data:, blob:, about:, file:)."""
    parsed = urlparse(url)
    if parsed.scheme in LOCAL_SCHEMES:
        return True
    return (parsed.hostname or "") in LOCAL_HOSTS


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("chromium fehlt in CI: der Testbefehl muss ihn installieren")
        pytest.skip("Debian chromium ist nicht installiert (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
            ],
        )
        yield browser
        browser.close()


class PageWatch:
    """Records every request, console error and uncaught page error of a page."""

    def __init__(self, page: object) -> None:
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("request", lambda req: self.requests.append(req.url))  # type: ignore[attr-defined]
        page.on(  # type: ignore[attr-defined]
            "console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text)
        )
        page.on("pageerror", self._page_error)  # type: ignore[attr-defined]

        def on_dialog(dialog: object) -> None:
            self.dialogs.append(dialog.message)  # type: ignore[attr-defined]
            dialog.dismiss()  # type: ignore[attr-defined]

        page.on("dialog", on_dialog)  # type: ignore[attr-defined]

    def _page_error(self, err: object) -> None:
        # with the script's stack: a rare error (a message sent on a closed connection) names its sender
        self.page_errors.append(f"{err}\n{getattr(err, 'stack', '') or ''}".strip())

    @property
    def external(self) -> list[str]:
        return [u for u in self.requests if not is_local(u)]


@pytest.fixture
def page(browser: object) -> Iterator[tuple[object, PageWatch]]:
    """A fresh page with 1280×800 viewport and a :class:`PageWatch`; external requests are aborted."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    # Record-then-abort: the closed network here would hang on them; the test still sees them.
    context.route(
        "**/*",
        lambda route: route.continue_() if is_local(route.request.url) else route.abort(),
    )
    pg = context.new_page()
    watch = PageWatch(pg)
    yield pg, watch
    context.close()
