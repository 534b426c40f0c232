"""A real JupyterHub for a team: real Unix users, PAM login, one app server per IFK, a team folder.

Runs as root only (CI runs as root): it creates two team members and one outsider with ``useradd``
(names ``bkt<suffix>-anna`` …, removed again afterwards, also after a failure), starts
``beratungskit hub`` on 127.0.0.1 and drives Debian chromium through the hub's login page.

Checked: each IFK lands in the session app and creates a case in their own ``~/faelle`` (0700, case
file 0600); neither can list or open the other's cases, through the app or the file system; the
outsider cannot log in; a conference page saved for the team appears in the team folder (0640,
team group) and the team view counts it; the page's kernel ends when the page is left; no page
asks anything outside this machine.
"""

from __future__ import annotations

import contextlib
import grp
import json
import os
import pwd
import re
import secrets
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from beratungskit.hub import find_proxy
from beratungskit.store.teamfolder import CONFERENCES, FIGURES
from tests.a11y import axe_violations, describe, small_targets
from tests.hubusers import Member, is_root, run, team_accounts
from tests.servers import free_port

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.hub]

SUFFIX = secrets.token_hex(2)
PREFIX = f"bkt{SUFFIX}"
GROUP = f"{PREFIX}-team"
SPAWN_TIMEOUT = 300_000  # ms: first start of a user's server and kernel, on a loaded 2-core machine
SHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture(scope="module")
def team() -> Iterator[tuple[list[Member], Member]]:
    if not is_root():
        pytest.skip("braucht root: legt echte Unix-Benutzer an (CI läuft als root)")
    with team_accounts(PREFIX, ["anna", "ben"], outsiders=["out"]) as (members, outsiders):
        yield members, outsiders[0]


@pytest.fixture(scope="module")
def hub(team: tuple[list[Member], Member]) -> Iterator[tuple[str, Path]]:
    if find_proxy() is None:
        pytest.fail("configurable-http-proxy fehlt (make proxy)")
    shared = Path(tempfile.mkdtemp(prefix="bk-hubtest-"))
    shared.chmod(0o711)  # the team folder lies below; users may pass, not list
    state = Path(tempfile.mkdtemp(prefix="bk-hubstate-"))
    team_dir = shared / "team"
    port = free_port()
    log = state / "hub-command.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "beratungskit",
                "hub",
                f"--port={port}",
                f"--zustand={state / 'hub'}",
                f"--teamordner={team_dir}",
                f"--teamgruppe={GROUP}",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 180
        while "JupyterHub läuft" not in log.read_text():
            if process.poll() is not None or time.monotonic() > deadline:
                hub_log = state / "hub" / "jupyterhub.log"
                detail = hub_log.read_text()[-3000:] if hub_log.exists() else ""
                pytest.fail(f"hub did not start:\n{log.read_text()}\n{detail}")
            time.sleep(0.5)
        yield f"http://127.0.0.1:{port}/", team_dir
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(
                process.pid, signal.SIGTERM
            )  # the command stops JupyterHub, which stops the users' servers
        try:
            process.wait(timeout=90)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
        shutil.rmtree(shared, ignore_errors=True)
        shutil.rmtree(state, ignore_errors=True)


@pytest.fixture(scope="module")
def sessions(
    browser: Any, hub: tuple[str, Path], team: tuple[list[Member], Member]
) -> Iterator[dict[str, Any]]:
    """Each member logged in through the hub's login page, in a browser context of their own."""
    from tests.conftest import PageWatch, is_local

    base, _team_dir = hub
    members, _outsider = team
    out: dict[str, Any] = {}
    contexts = []
    for member in members:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        context.route(
            "**/*", lambda route: route.continue_() if is_local(route.request.url) else route.abort()
        )
        contexts.append(context)
        pg = context.new_page()
        watch = PageWatch(pg)
        pg.goto(base + "hub/login", wait_until="load")
        try:
            heading = pg.wait_for_selector("h1", timeout=120_000)
        except Exception:
            pg.screenshot(path=f"/tmp/hub-login-{member.name}.png")
            raise AssertionError(f"no login form at {pg.url}: {pg.content()[:3000]}") from None
        assert heading.inner_text().strip() == "Anmelden"
        pg.fill("#username_input", member.name)
        pg.fill("#password_input", member.password)
        pg.click("#login_submit")
        pg.wait_for_selector(".bk-case-picker", timeout=SPAWN_TIMEOUT)
        out[member.name] = (pg, watch, member)
    yield out
    for context in contexts:
        context.close()


def create_case(pg: Any, alias: str) -> None:
    pg.fill(".bk-alias-input input", alias)
    pg.click(".bk-create-case")
    pg.wait_for_selector(f".bk-title:has-text('{alias}')", timeout=60_000)
    pg.wait_for_selector(".bk-status:has-text('Gespeichert')", timeout=60_000)


def test_each_ifk_lands_in_their_own_session_app_with_a_private_case_folder(
    sessions: dict[str, Any], hub: tuple[str, Path]
) -> None:
    base, _team_dir = hub
    aliases = {}
    for (pg, watch, member), alias in zip(sessions.values(), ["Kastanie", "Linde"], strict=True):
        assert pg.url == f"{base}user/{member.name}/voila/render/01_gemeinsame_sitzung.ipynb"
        create_case(pg, alias)
        aliases[member.name] = alias
        folder = member.home / "faelle"
        files = list(folder.glob("*.json"))
        assert len(files) == 1
        assert json.loads(files[0].read_text())["alias"] == alias
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
        assert files[0].stat().st_uid == pwd.getpwnam(member.name).pw_uid
        assert watch.external == []


def test_nobody_can_list_or_open_another_ifks_cases(sessions: dict[str, Any], hub: tuple[str, Path]) -> None:
    base, _team_dir = hub
    (pg_a, _w, anna), (_pg_b, _wb, ben) = sessions.values()
    ben_case = next((ben.home / "faelle").glob("*.json"))
    # the file system: Anna can neither list Ben's folder nor read his case
    assert run("ls", str(ben.home / "faelle"), user=anna.name, check=False).returncode != 0
    assert run("cat", str(ben_case), user=anna.name, check=False).returncode != 0
    # the app: Anna's own app lists only her case ...
    pg_a.goto(base + f"user/{anna.name}/voila/render/01_gemeinsame_sitzung.ipynb", wait_until="load")
    pg_a.wait_for_selector(".bk-open-case", timeout=SPAWN_TIMEOUT)
    listed = pg_a.locator(".bk-open-case").all_inner_texts()
    assert any("Kastanie" in text for text in listed)
    assert not any("Linde" in text for text in listed)
    # ... and Ben's app refuses her (the hub does not give her access to his server)
    statuses: list[int] = []
    pg_a.on("response", lambda r: statuses.append(r.status))
    pg_a.goto(base + f"user/{ben.name}/voila/render/01_gemeinsame_sitzung.ipynb?fall={ben_case.stem}")
    pg_a.wait_for_load_state("load")
    time.sleep(2)
    assert 403 in statuses
    assert "Diese Seite gehört einer anderen Person." in pg_a.locator("h1").inner_text()
    assert "Linde" not in pg_a.content()
    assert pg_a.locator(".bk-case-picker").count() == 0


def _accessible(pg: Any) -> None:
    """A German page (``lang="de"``) without any axe-core violation and without a tap target under
    44 px."""
    assert pg.evaluate("() => document.documentElement.lang") == "de"
    violations = axe_violations(pg)
    assert violations == [], describe(violations)
    small = small_targets(pg)
    assert small == [], small


def test_an_outsider_cannot_log_in(
    browser: Any, hub: tuple[str, Path], team: tuple[list[Member], Member]
) -> None:
    base, _team_dir = hub
    _members, outsider = team
    context = browser.new_context()
    pg = context.new_page()
    pg.goto(base + "hub/login")
    # The first page of the day passes axe-core and has 44 px targets, with and without its error.
    _accessible(pg)
    pg.fill("#username_input", outsider.name)
    pg.fill("#password_input", outsider.password)
    pg.click("#login_submit")
    pg.wait_for_selector(".login_error", timeout=60_000)
    assert "stimmen nicht" in pg.locator(".login_error").inner_text()
    assert "/hub/login" in pg.url
    _accessible(pg)
    context.close()


def test_a_conference_page_for_the_team_lands_in_the_team_folder_and_the_team_view_counts_it(
    sessions: dict[str, Any], hub: tuple[str, Path]
) -> None:
    base, team_dir = hub
    (pg_a, watch_a, anna), (pg_b, watch_b, ben) = sessions.values()
    # Anna: from her session, one click to the conference view of her case; her session kernel ends.
    pg_a.goto(base + f"user/{anna.name}/voila/render/01_gemeinsame_sitzung.ipynb", wait_until="load")
    pg_a.click(".bk-open-case:has-text('Kastanie')", timeout=SPAWN_TIMEOUT)
    pg_a.wait_for_selector(".bk-title:has-text('Kastanie')", timeout=60_000)
    session_kernel = json.loads(pg_a.locator("#jupyter-config-data").text_content())["kernelId"]
    pg_a.click(".bk-nav-link:text-is('Fallbesprechung zu diesem Fall')")
    pg_a.wait_for_selector(".bk-conf-preview iframe", timeout=SPAWN_TIMEOUT)
    deadline = time.monotonic() + 30
    while pg_a.request.get(f"{base}user/{anna.name}/api/kernels/{session_kernel}").status != 404:
        assert time.monotonic() < deadline, "the session page's kernel still runs after leaving it"
        time.sleep(0.5)
    pg_a.click(".bk-conf-save:has-text('im Team ablegen')")
    pg_a.wait_for_selector(".bk-status:has-text('Im Teamordner abgelegt')", timeout=60_000)

    pages = list((team_dir / CONFERENCES).glob("fallbesprechung-*.html"))
    assert len(pages) == 1
    page = pages[0]
    assert "Kastanie" not in page.read_text(encoding="utf-8")
    assert stat.S_IMODE(page.stat().st_mode) == 0o640
    assert page.stat().st_gid == grp.getgrnam(GROUP).gr_gid
    assert page.stat().st_uid == pwd.getpwnam(anna.name).pw_uid
    # Ben (team) can read it; the outsider's mode bits say nobody else can
    assert run("cat", str(page), user=ben.name, check=False).returncode == 0
    figures = list((team_dir / FIGURES).glob("*.json"))
    assert {stat.S_IMODE(p.stat().st_mode) for p in figures} == {0o640}
    assert len(figures) == 2  # Anna's case (with the page) and Ben's, shared when he opened it

    # Ben: the team view counts both cases and Anna's conference page, and shows her page.
    pg_b.goto(base + f"user/{ben.name}/voila/render/04_teamreflexion.ipynb", wait_until="load")
    label = pg_b.wait_for_selector(".bk-team-folder", timeout=SPAWN_TIMEOUT)
    text = label.inner_text()
    assert re.search(r"Fälle mit Zahlen: 2\b", text), text
    assert re.search(r"Abgelegte Fallbesprechungen: 1\b", text), text
    pg_b.click(".bk-team-run")
    pg_b.wait_for_selector(".bk-status:has-text('2 Fälle')", timeout=60_000)
    # the team view speaks of the team folder it reads, and has one heading (issue 14)
    report = pg_b.locator(".bk-team-report iframe").get_attribute("srcdoc") or ""
    assert "Zahlen aus dem Teamordner" in report
    assert "Fallordner" not in pg_b.locator("body").inner_text() + report
    assert pg_b.locator(":is(h1, h2, h3, .bk-title):visible").all_inner_texts() == ["Teamreflexion"]
    pg_b.goto(base + f"user/{ben.name}/voila/render/03_fallbesprechung.ipynb", wait_until="load")
    pg_b.wait_for_selector(".bk-team-conferences", timeout=SPAWN_TIMEOUT)
    pg_b.click(".bk-team-show")
    frame = pg_b.wait_for_selector(".bk-conf-preview iframe[srcdoc*='Fall ']", timeout=60_000)
    assert "Kastanie" not in (frame.get_attribute("srcdoc") or "")
    assert watch_a.external == [] and watch_b.external == []


def _hub_api(pg: Any, method: str, url: str) -> Any:
    """A call to the hub's REST API as the logged-in person (cookie and its XSRF token, as
    JupyterHub's own pages call it)."""
    xsrf = next(
        c["value"] for c in pg.context.cookies() if c["name"] == "_xsrf" and c["path"].endswith("/hub/")
    )
    return pg.request.fetch(url, method=method, headers={"X-XSRFToken": xsrf})


def _hub_page(pg: Any, name: str, heading: str) -> None:
    """The page shows ``heading``; it is German, axe-clean and has 44 px targets (also the bar's
    logo link, theme button and "Abmelden"); screenshots at 1280×800 and 1920×1080."""
    pg.wait_for_selector(f"h1:has-text('{heading}')", timeout=60_000)
    _accessible(pg)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((1280, 800), (1920, 1080)):
        pg.set_viewport_size({"width": width, "height": height})
        pg.screenshot(path=str(SHOTS / f"hub-{name}-{width}x{height}.png"))
    pg.set_viewport_size({"width": 1280, "height": 800})


def test_the_hubs_own_pages_pass_axe_with_44_px_targets(
    browser: Any, hub: tuple[str, Path], team: tuple[list[Member], Member]
) -> None:
    """Home, 404, 403, "not running", "starting" and the page after "Abmelden", each as the hub
    serves it to a logged-in IFK: no axe-core violation, no tap target under 44×44 px, also in the
    navigation bar (the login page is checked in test_an_outsider_cannot_log_in)."""
    from beratungskit.hub import hub_page_texts

    base, _team_dir = hub
    (_anna, ben), _outsider = team
    bk = hub_page_texts()
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    try:
        pg.goto(base + "hub/login", wait_until="load")
        pg.fill("#username_input", ben.name)
        pg.fill("#password_input", ben.password)
        pg.click("#login_submit")
        pg.wait_for_selector(".bk-case-picker", timeout=SPAWN_TIMEOUT)

        pg.goto(base + "hub/home", wait_until="load")
        _hub_page(pg, "home", bk["home_heading"])
        assert pg.goto(base + "hub/gibt-es-nicht").status == 404
        _hub_page(pg, "404", bk["error_404"])
        assert bk["error_404_text"] in pg.inner_text("main")  # not "reload the page": that cannot help
        assert pg.goto(base + "hub/admin").status == 403  # an IFK is no admin
        _hub_page(pg, "403", bk["error_403"])

        # "Not running": the server stopped (as after the idle cull), then the app's address opened.
        assert _hub_api(pg, "DELETE", base + f"hub/api/users/{ben.name}/server").status in (202, 204)
        deadline = time.monotonic() + 120
        while _hub_api(pg, "GET", base + f"hub/api/users/{ben.name}").json().get("servers"):
            assert time.monotonic() < deadline, "the server did not stop"
            time.sleep(0.5)
        pg.goto(base + f"user/{ben.name}/voila/render/01_gemeinsame_sitzung.ipynb", wait_until="load")
        _hub_page(pg, "not-running", bk["not_running"])

        # "Starting": its button starts the server; a second tab shows the page while it starts.
        pg.click("#start", no_wait_after=True)
        deadline = time.monotonic() + 60
        while True:
            server = _hub_api(pg, "GET", base + f"hub/api/users/{ben.name}").json()["servers"].get("", {})
            if server.get("pending") == "spawn":
                break
            assert not server.get("ready") and time.monotonic() < deadline, f"no start seen: {server}"
            time.sleep(0.2)
        pending = context.new_page()
        pending.goto(base + f"hub/spawn-pending/{ben.name}", wait_until="load")
        _hub_page(pending, "starting", bk["starting"])
        pending.close()  # one tab follows the start: two would log in to the new server at once
        pg.wait_for_selector(".bk-case-picker", timeout=SPAWN_TIMEOUT)  # on by itself, to the app
        # The app's own home page, as the hub shows it (with "Angemeldet als …" and "Abmelden").
        pg.goto(base + f"user/{ben.name}/", wait_until="load")
        pg.wait_for_selector(".bk-home-pages", timeout=SPAWN_TIMEOUT)
        assert pg.locator(".bk-home-logout").is_visible()
        _accessible(pg)
        for width, height in ((1280, 800), (1920, 1080)):
            pg.set_viewport_size({"width": width, "height": height})
            pg.screenshot(path=str(SHOTS / f"hub-app-home-{width}x{height}.png"))
        pg.set_viewport_size({"width": 1280, "height": 800})

        # "Abmelden": with a login form (not auto_login) JupyterHub goes straight back to the login
        # page; its "logged out" page (logout.html) is only for single sign-on.
        pg.goto(base + "hub/logout", wait_until="load")
        assert pg.url.endswith("/hub/login"), pg.url
        _hub_page(pg, "logout", bk["login_title"])
    finally:
        context.close()
