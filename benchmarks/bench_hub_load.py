"""IFKs working at once through a real JupyterHub: edit → "Gespeichert" on screen.

Target (issue 14): p95 from an edit to "Gespeichert ✓ (Stand N)" ≤ 200 ms with 10 IFKs working at
once on this 2-core machine, no edit lost, memory per user reported.

The hub runs as ``beratungskit hub`` does. As root (as in CI) with real Unix users, made for the run
and removed afterwards (``tests/hubusers.py``, as the hub's tests make them): PAM login, each IFK's
app server under their own account. Otherwise as ``beratungskit hub --demo`` (one shared password,
every app server under this account).

Ten chromium pages (one browser, a context each) log in through the hub's login page, two first
starts at a time and a few seconds apart (a team arrives over some minutes, and ten first starts at
once on two cores took minutes each), and each creates a case. Then, for each number of IFKs asked
for (default 1, 5 and 10), that many work at once while the others' pages stay open: each adds a
resource (type, "Festhalten"), drags it on the map and undoes the drag, with a short pause between
edits as in a conversation. Each edit is timed inside the page, from the click (mouse up) to the
status line showing the new revision. An edit not acknowledged within 30 s is counted, not waited for.

Afterwards every case file is read back: its revision and its resources must be exactly what was
acknowledged on screen. Memory per user is that of the user's app server and its kernels (processes
carrying ``JUPYTERHUB_USER``), as PSS (shared pages divided among the processes that share them)
and RSS.

    python benchmarks/bench_hub_load.py [--ifks 1 5 10] [--rounds 4] [--pause 1.0]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from beratungskit.hub import HubSettings, find_proxy, prepare_team_folder, write_config  # noqa: E402
from tests.hubusers import is_root, team_accounts  # noqa: E402
from tests.servers import free_port, wait_for_http  # noqa: E402

try:
    from playwright.async_api import TimeoutError as PlaywrightTimeout
except ImportError:  # pragma: no cover - the test extra brings playwright
    PlaywrightTimeout = TimeoutError  # type: ignore[misc,assignment]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
EDIT_TIMEOUT_MS = 30_000
LOGIN_TIMEOUT_MS = 300_000
STATUS = ".bk-header .bk-status"

#: In the page: the time of the last release of a mouse button (a click or the end of a drag), and
#: a watcher armed before each edit that notes how long after that release the status line showed a
#: newer "(Stand N)" than before — all inside the page, so the driver's own delays do not count.
TIMING = """
window.__bk = { upAt: 0, result: null, revision: 0, obs: null };
window.addEventListener('pointerup', () => { window.__bk.upAt = performance.now(); }, true);
window.__bkRevision = () => {
  const s = document.querySelector('.bk-header .bk-status');  // STATUS
  const m = s && s.textContent.match(/Stand (\\d+)/);
  return m ? Number(m[1]) : 0;
};
window.__bkArm = () => {
  const bk = window.__bk;
  if (bk.obs) bk.obs.disconnect();
  bk.result = null;
  const before = window.__bkRevision();
  const done = () => {
    const now = window.__bkRevision();
    if (now <= before) return;
    bk.obs.disconnect();
    bk.revision = now;
    bk.result = performance.now() - bk.upAt;
  };
  bk.obs = new MutationObserver(done);
  bk.obs.observe(document.body, {subtree: true, childList: true, characterData: true});
};
"""

#: Page coordinates of the resource ``label`` on the session's map (scrolled into sight), if it is
#: well inside the map and the window; else of another resource that is (the map may have zoomed).
NODE_POSITION = """(label) => {
  const m = window.__beratungskitMaps[0];
  const canvas = m.el.querySelector('.bk-map-canvas');
  canvas.scrollIntoView({ block: 'nearest' });  // "Festhalten" below may have scrolled the map away
  const r = canvas.getBoundingClientRect();
  const inside = ([x, y]) => x > Math.max(r.left, 0) + 60 && x < Math.min(r.right, innerWidth) - 120
    && y > Math.max(r.top, 0) + 60 && y < Math.min(r.bottom, innerHeight) - 90;
  const at = (id) => {
    const p = m.network.canvasToDOM(m.network.getPosition(id));
    return [r.left + p.x, r.top + p.y];
  };
  // the resource farthest from the eLb, dragged a third of the way in: across a ring line, so its
  // closeness changes and is saved (a drop inside its own ring only orders and saves nothing)
  const [ex, ey] = at('elb');
  const seen = m.nodes.getIds().filter(id => id !== 'elb').map(at).filter(inside);
  seen.sort((a, b) => Math.hypot(b[0] - ex, b[1] - ey) - Math.hypot(a[0] - ex, a[1] - ey));
  return seen.length ? [...seen[0], ex + (seen[0][0] - ex) / 3, ey + (seen[0][1] - ey) / 3] : null;
}"""


def say(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


@contextlib.contextmanager
def accounts(size: int) -> Iterator[tuple[list[tuple[str, str]], str | None]]:
    """The team's (user, password) pairs and group: real Unix users as root, else demo users."""
    if is_root():
        prefix = f"bkl{secrets.token_hex(2)}"
        names = [f"ifk{i:02d}" for i in range(size)]
        with team_accounts(prefix, names) as (members, _outsiders):
            yield [(m.name, m.password) for m in members], f"{prefix}-team"
    else:
        password = secrets.token_urlsafe(12)
        yield [(f"last-{i:02d}", password) for i in range(size)], None


def start_hub(
    state: Path, port: int, users: list[tuple[str, str]], group: str | None
) -> subprocess.Popen[bytes]:
    demo = group is None
    settings = HubSettings(
        state=str(state / "hub"),
        team_folder=str(state / "team"),
        port=port,
        hub_port=free_port(),
        proxy_api_port=free_port(),
        proxy=find_proxy() or "",
        demo=demo,
        demo_password=users[0][1] if demo else "",
        demo_users=[u for u, _p in users] if demo else [],
        team_group=group or "beratungskit",
    )
    if not demo:
        state.chmod(0o711)  # the team folder lies below: the users pass, they do not list
    prepare_team_folder(settings)
    config = write_config(settings)
    log = (state / "jupyterhub.log").open("wb")
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "jupyterhub"), "-f", str(config)],
        cwd=settings.state,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


class Ifk:
    """One IFK's page with a case open; the revision the screen last acknowledged."""

    def __init__(self, page: Any, user: str) -> None:
        self.page = page
        self.user = user
        self.revision = 1
        self.labels: list[str] = []
        self.unacknowledged = 0
        self.first: float | None = None

    async def timed(self, action: Any) -> float | None:
        """Arm the page's watcher, act, wait until the status shows a newer revision."""
        await self.page.evaluate("window.__bkArm()")
        await action()
        try:
            await self.page.wait_for_function("window.__bk.result !== null", timeout=EDIT_TIMEOUT_MS)
        except PlaywrightTimeout:
            self.unacknowledged += 1
            self.revision = int(await self.page.evaluate("window.__bkRevision()"))
            return None
        took, self.revision = await self.page.evaluate("[window.__bk.result, window.__bk.revision]")
        return float(took)

    async def add(self, label: str) -> float | None:
        await self.page.fill(".bk-label-input input", label)

        async def click() -> None:
            await self.page.click(".bk-save")

        took = await self.timed(click)
        if took is not None:
            self.labels.append(label)
        return took

    async def move(self, label: str) -> float | None:
        spot = await self.page.evaluate(NODE_POSITION, label)
        if spot is None:
            self.unacknowledged += 1
            return None
        x, y, tx, ty = spot

        async def drag() -> None:
            await self.page.mouse.move(x, y)
            await self.page.mouse.down()
            await self.page.mouse.move((x + tx) / 2, (y + ty) / 2, steps=5)
            await self.page.mouse.move(tx, ty, steps=5)
            await self.page.mouse.up()

        return await self.timed(drag)

    async def undo(self) -> float | None:
        async def click() -> None:
            await self.page.click(".bk-undo")

        return await self.timed(click)


async def arrive(
    browser: Any, base: str, user: str, password: str, door: asyncio.Semaphore, n: int, of: int
) -> Ifk:
    """Log in through the hub's login page and create a case."""
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    page = await context.new_page()
    async with door:
        started = time.monotonic()
        await page.goto(base + "hub/login")
        await page.fill("#username_input", user)
        await page.fill("#password_input", password)
        await page.click("#login_submit")
        await page.wait_for_selector(".bk-case-picker", timeout=LOGIN_TIMEOUT_MS)
        say(f"{user}: angemeldet, Sitzung nach {time.monotonic() - started:.0f} s da ({n}. von {of})")
        await asyncio.sleep(3)  # the next first start a little later
    await page.evaluate(TIMING)
    await page.fill(".bk-alias-input input", f"Fall {user}")
    await page.click(".bk-create-case")
    await page.wait_for_selector(f"{STATUS}:has-text('(Stand 1)')", timeout=120_000)
    await page.wait_for_selector(".bk-map canvas", timeout=120_000)
    ifk = Ifk(page, user)
    ifk.first = await ifk.add("Erste Ressource")  # reported apart: the kernel's first edit loads more
    return ifk


async def page_opens(ifk: Ifk, base: str, visits: int) -> tuple[list[float], list[float]]:
    """The IFK opens the session page again (a new tab, logged in, the app server running), as
    during a day: seconds from navigation until the case list is on screen (the first view that
    comes with the page, or the live picker), and until the live picker's buttons are in the page.
    Read as ``performance.now()`` in the page as soon as the driver sees each (a few ms late at
    most). Each page is closed before the next (its kernel ends with it)."""
    context = ifk.page.context
    shown, live = [], []
    for _ in range(visits):
        await asyncio.sleep(4)  # the next opening a little later: the pre-heated kernel is refilled
        page = await context.new_page()
        await page.goto(
            f"{base}user/{ifk.user}/voila/render/01_gemeinsame_sitzung.ipynb", wait_until="commit"
        )
        await page.wait_for_selector(".bk-first-open, .bk-case-picker .bk-open-case", timeout=120_000)
        shown.append(float(await page.evaluate("performance.now()")) / 1000)
        await page.wait_for_selector(".bk-case-picker .bk-open-case", timeout=120_000)
        live.append(float(await page.evaluate("performance.now()")) / 1000)
        await page.close(run_before_unload=True)
    return shown, live


async def work(ifk: Ifk, rounds: int, pause: float, tag: str) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"add": [], "move": [], "undo": []}

    async def think() -> None:  # a person's pause between edits, not the same for everyone
        await asyncio.sleep(pause * (0.5 + secrets.randbelow(1000) / 1000))

    def keep(kind: str, took: float | None) -> None:
        if took is not None:
            times[kind].append(took)

    await think()
    for i in range(rounds):
        label = f"{tag} {i}"
        keep("add", await ifk.add(label))
        await think()
        keep("move", await ifk.move(label))
        await think()
        keep("undo", await ifk.undo())
        await think()
    return times


def memory_by_user() -> dict[str, tuple[float, float, int]]:
    """Per user: (PSS, RSS) in MB and the number of processes that carry JUPYTERHUB_USER (the app
    server and its kernels). PSS shares each shared page among the processes that map it, so the
    users' figures add up to what they cost the machine together; RSS counts shared pages in full."""
    out: dict[str, tuple[float, float, int]] = {}
    key = b"JUPYTERHUB_USER="
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            env = (entry / "environ").read_bytes().split(b"\0")
            user = next((e[len(key) :].decode() for e in env if e.startswith(key)), None)
            if user is None:
                continue
            rollup = dict(
                line.split(":", 1) for line in (entry / "smaps_rollup").read_text().splitlines()[1:]
            )
            pss, rss = (int(rollup[name].split()[0]) / 1024 for name in ("Pss", "Rss"))
        except (OSError, StopIteration, ValueError, KeyError):
            continue
        old = out.get(user, (0.0, 0.0, 0))
        out[user] = (old[0] + pss, old[1] + rss, old[2] + 1)
    return out


def spread(values: list[float]) -> str:
    if not values:
        return "–"
    p95 = sorted(values)[max(0, round(0.95 * len(values)) - 1)]
    return (
        f"Median {statistics.median(values):5.0f} ms ({min(values):.0f}–{max(values):.0f}), p95 {p95:.0f} ms"
    )


async def drive(
    base: str, users: list[tuple[str, str]], counts: list[int], rounds: int, pause: float, opens: int = 0
) -> list[Ifk]:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(
            executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"]
        )
        door = asyncio.Semaphore(2)
        say(f"{len(users)} IFKs melden sich an (je zwei erste Starts zugleich) …")
        started = time.monotonic()
        team = await asyncio.gather(
            *(arrive(browser, base, u, p, door, i + 1, len(users)) for i, (u, p) in enumerate(users))
        )
        say(
            f"Alle {len(team)} haben einen Fall offen ({time.monotonic() - started:.0f} s). "
            "Jetzt wird gearbeitet."
        )
        firsts = [ifk.first for ifk in team if ifk.first is not None]
        print(f"  erste Bearbeitung nach dem Anlegen  {spread(firsts)}  [{len(firsts)}]", flush=True)
        for count in counts:
            await asyncio.sleep(2)
            working = team[:count]
            say(f"{count} IFK(s) arbeiten zugleich: je {rounds}× hinzufügen, verschieben, rückgängig …")
            results = await asyncio.gather(
                *(work(ifk, rounds, pause, f"{count}er {ifk.user[-2:]}") for ifk in working)
            )
            print(
                f"--- {count} IFK(s) zugleich (Pause zwischen Bearbeitungen ~{pause:.1f} s) ---", flush=True
            )
            every: list[float] = []
            for kind, name in (("add", "hinzufügen"), ("move", "verschieben"), ("undo", "rückgängig")):
                values = [v for r in results for v in r[kind]]
                every += values
                print(f"  {name:<12} {spread(values)}  [{len(values)} Bearbeitungen]", flush=True)
            print(f"  {'alle':<12} {spread(every)}  (Ziel bei 10: p95 ≤ 200 ms)", flush=True)
        if opens:
            await asyncio.sleep(2)
            say(f"{team[0].user} öffnet die Sitzungsseite {opens}× neu (die anderen Seiten bleiben offen) …")
            shown, live = await page_opens(team[0], base, opens)
            for name, values in (("Fallliste sichtbar", shown), ("Widgets bereit", live)):
                ms = [v * 1000 for v in values]
                print(f"  Seite → {name:<18} {spread(ms)}  (Ziel: ≤ 1 s)", flush=True)
        await browser.close()
    return team


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ifks", type=int, nargs="+", default=[1, 5, 10], help="IFKs working at once")
    parser.add_argument("--rounds", type=int, default=4, help="add/move/undo rounds per IFK and count")
    parser.add_argument("--pause", type=float, default=1.0, help="mean pause between one IFK's edits (s)")
    parser.add_argument("--opens", type=int, default=6, help="times one IFK opens the session page anew")
    parser.add_argument("--team", type=int, default=10, help="IFKs who log in (a trial run: fewer)")
    args = parser.parse_args()
    if any(not 1 <= n <= args.team for n in args.ifks):
        parser.error(f"--ifks: 1 bis {args.team} (--team)")
    if not Path(CHROMIUM).exists() or find_proxy() is None:
        print("chromium oder configurable-http-proxy fehlt (make proxy): Messung übersprungen")
        return 0
    state = Path(tempfile.mkdtemp(prefix="bk-bench-hub-"))
    port = free_port()
    load_before = os.getloadavg()
    with accounts(args.team) as (users, group):
        kind = f"echte Unix-Benutzer, Gruppe {group}" if group else "Demo-Betrieb (ein Benutzerkonto)"
        say(
            f"Hub mit {len(users)} IFKs ({kind}); "
            f"Last vorher {load_before[0]:.1f} / {load_before[1]:.1f} (1 / 5 min, 2 Kerne)"
        )
        hub = start_hub(state, port, users, group)
        base = f"http://127.0.0.1:{port}/"
        started = time.monotonic()
        try:
            wait_for_http(base + "hub/health", timeout=120, proc=hub)
            team = asyncio.run(drive(base, users, args.ifks, args.rounds, args.pause, args.opens))
            memory = memory_by_user()
            lost = 0
            for ifk in team:
                home = (
                    Path(os.path.expanduser(f"~{ifk.user}")) if group else state / "hub" / "home" / ifk.user
                )
                files = [p for p in (home / "faelle").glob("*.json") if not p.name.startswith(".")]
                case = json.loads(files[0].read_text(encoding="utf-8")) if len(files) == 1 else {}
                labels = sorted(r["label"] for r in case.get("resources", []))
                if case.get("revision") != ifk.revision or labels != sorted(
                    ifk.labels
                ):  # what the screen said
                    lost += 1
                    say(f"{ifk.user}: Datei Stand {case.get('revision')}, am Bildschirm Stand {ifk.revision}")
            unacknowledged = sum(ifk.unacknowledged for ifk in team)
            print(f"Fälle, deren Datei nicht dem bestätigten Stand entspricht: {lost} von {len(team)}")
            print(f"Bearbeitungen ohne Bestätigung binnen {EDIT_TIMEOUT_MS // 1000} s: {unacknowledged}")
            if memory:
                pss = [m[0] for m in memory.values()]
                rss = [m[1] for m in memory.values()]
                processes = statistics.median(m[2] for m in memory.values())
                print(
                    f"Speicher je IFK (App-Server und {processes - 1:.0f} Kernel): PSS Median "
                    f"{statistics.median(pss):.0f} MB (höchstens {max(pss):.0f} MB), alle zusammen "
                    f"{sum(pss):.0f} MB; RSS Median {statistics.median(rss):.0f} MB"
                )
        finally:
            os.killpg(hub.pid, signal.SIGTERM)
            try:
                hub.wait(timeout=90)
            except subprocess.TimeoutExpired:
                os.killpg(hub.pid, signal.SIGKILL)
            shutil.rmtree(state, ignore_errors=True)
    load_after = os.getloadavg()
    say(
        f"Fertig nach {time.monotonic() - started:.0f} s; "
        f"Last danach {load_after[0]:.1f} / {load_after[1]:.1f} (1 / 5 min)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
