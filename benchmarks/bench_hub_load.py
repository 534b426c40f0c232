"""Ten IFKs working at once through a real JupyterHub: edit → "Gespeichert" on screen.

Target (issue 14): p95 from an edit to "Gespeichert ✓ (Stand N)" ≤ 200 ms with 10 IFKs working at
once on this 2-core machine, no edit lost, memory per user reported.

The hub runs as ``beratungskit hub --demo`` does (shared-password login, one app server per user as
this Unix user, homes under a temporary state folder), with ten demo users. Ten chromium pages (one
browser, ten contexts) log in through the hub's login page (two first starts at a time, as a team
arrives over a few minutes), each creates a case; then all ten at once repeat: add a resource, drag
it on the map, undo the drag. The time of each edit is taken inside the page, from the click (mouse
up) to the status line showing the new revision.

Afterwards every case file is read back: its revision and its resources must be exactly what was
acknowledged on screen. Memory per user is the resident memory of the user's server and its kernels
(processes carrying ``JUPYTERHUB_USER``), after the run.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from beratungskit.hub import HubSettings, find_proxy, prepare_team_folder, write_config  # noqa: E402
from tests.servers import free_port, wait_for_http  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
USERS = [f"last-{i:02d}" for i in range(10)]
ROUNDS = 5
PASSWORD = "bench-pass-word"

#: page-side timing: mark() at the click, then resolve when the status shows "(Stand N)"
TIMING = """
window.__bkWait = (revision) => new Promise((resolve) => {
  const start = performance.now();
  const want = '(Stand ' + revision + ')';
  const done = () => {
    const s = document.querySelector('.bk-status');
    if (!s || !s.textContent.includes(want)) return false;
    obs.disconnect();
    resolve(performance.now() - start);
    return true;
  };
  const obs = new MutationObserver(done);
  obs.observe(document.body, {subtree: true, childList: true, characterData: true});
  done();
});
"""


def start_hub(state: Path, port: int) -> subprocess.Popen[bytes]:
    settings = HubSettings(
        state=str(state),
        team_folder=str(state / "team"),
        port=port,
        hub_port=free_port(),
        proxy_api_port=free_port(),
        proxy=find_proxy() or "",
        demo=True,
        demo_password=PASSWORD,
        demo_users=USERS,
    )
    prepare_team_folder(settings)
    config = write_config(settings)
    log = (state / "jupyterhub.log").open("wb")
    return subprocess.Popen(
        [str(Path(sys.executable).parent / "jupyterhub"), "-f", str(config)],
        cwd=state,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


async def one_ifk(
    browser, base: str, user: str, ready: list[str], go: asyncio.Event, door: asyncio.Semaphore
) -> dict:
    context = await browser.new_context(viewport={"width": 1280, "height": 800})
    page = await context.new_page()
    async with door:  # the team arrives over a few minutes: two first starts at a time
        await page.goto(base + "hub/login")
        await page.fill("#username_input", user)
        await page.fill("#password_input", PASSWORD)
        await page.click("#login_submit")
        await page.wait_for_selector(".bk-case-picker", timeout=600_000)
    await page.evaluate(TIMING)
    await page.fill(".bk-alias-input input", f"Fall {user}")
    await page.click(".bk-create-case")
    await page.wait_for_selector(".bk-status:has-text('(Stand 1)')", timeout=120_000)
    await page.wait_for_selector(".bk-map canvas", timeout=120_000)
    ready.append(user)
    await go.wait()
    times: dict[str, list[float]] = {"add": [], "move": [], "undo": []}
    revision = 1
    for i in range(ROUNDS):
        await page.fill(".bk-label-input input", f"Ding {i}")
        revision += 1
        waiting = page.evaluate(f"window.__bkWait({revision})")
        await page.click(".bk-save")
        times["add"].append(await waiting)

        node = await page.evaluate(
            """(label) => { const m = window.__beratungskitMaps[window.__beratungskitMaps.length - 1];
                 const id = m.nodes.get().find(n => (n.label || '').startsWith(label)).id;
                 const p = m.network.canvasToDOM(m.network.getPosition(id));
                 const r = m.el.querySelector('.bk-map-canvas').getBoundingClientRect();
                 return [r.left + p.x, r.top + p.y]; }""",
            f"Ding {i}",
        )
        await page.mouse.move(node[0], node[1])
        await page.mouse.down()
        await page.mouse.move(node[0] + 30, node[1] + 25, steps=6)
        revision += 1
        waiting = page.evaluate(f"window.__bkWait({revision})")
        await page.mouse.up()
        times["move"].append(await waiting)

        revision += 1
        waiting = page.evaluate(f"window.__bkWait({revision})")
        await page.click(".bk-undo")
        times["undo"].append(await waiting)
    await context.close()
    return {"user": user, "times": times, "revision": revision}


def memory_by_user() -> dict[str, float]:
    """Resident memory (MB) of every process that carries JUPYTERHUB_USER, per user."""
    out: dict[str, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            env = (entry / "environ").read_bytes().split(b"\0")
            key = b"JUPYTERHUB_USER="
            user = next((e[len(key) :].decode() for e in env if e.startswith(key)), None)
            if user is None:
                continue
            status = (entry / "status").read_text().splitlines()
            rss_kb = next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
        except (OSError, StopIteration, ValueError):
            continue
        out[user] = out.get(user, 0.0) + rss_kb / 1024
    return out


async def drive(base: str) -> list[dict]:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(
            executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"]
        )
        go = asyncio.Event()
        ready: list[str] = []
        door = asyncio.Semaphore(2)
        tasks = [asyncio.create_task(one_ifk(browser, base, user, ready, go, door)) for user in USERS]
        # everyone logged in with a case open, then all ten work at once
        while len(ready) < len(USERS) and not any(t.done() for t in tasks):
            await asyncio.sleep(0.5)
        go.set()
        results = await asyncio.gather(*tasks)
        await browser.close()
    return results


def main() -> None:
    if not Path(CHROMIUM).exists() or find_proxy() is None:
        print("chromium oder configurable-http-proxy fehlt: Messung übersprungen")
        return
    state = Path(tempfile.mkdtemp(prefix="bk-bench-hub-"))
    port = free_port()
    print(f"load average before: {os.getloadavg()[0]:.1f} (2 cores)")
    hub = start_hub(state, port)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for_http(base + "hub/health", timeout=120, proc=hub)
        started = time.monotonic()
        results = asyncio.run(drive(base))
        print(f"{len(USERS)} IFKs logged in, made a case and worked in {time.monotonic() - started:.0f} s")
        memory = memory_by_user()
        all_times = []
        for kind in ("add", "move", "undo"):
            values = [v for r in results for v in r["times"][kind]]
            all_times += values
            p95 = sorted(values)[max(0, round(0.95 * len(values)) - 1)]
            median = statistics.median(values)
            print(f"  {kind:>4}: median {median:.0f} ms, p95 {p95:.0f} ms ({len(values)} edits)")
        p95 = sorted(all_times)[max(0, round(0.95 * len(all_times)) - 1)]
        print(f"  all edits: p95 {p95:.0f} ms, max {max(all_times):.0f} ms (target p95 ≤ 200 ms)")
        lost = 0
        for result in results:
            folder = state / "home" / result["user"] / "faelle"
            (case_file,) = [p for p in folder.glob("*.json") if not p.name.startswith(".")]
            case = json.loads(case_file.read_text(encoding="utf-8"))
            labels = sorted(r["label"] for r in case["resources"])
            expected = sorted(f"Ding {i}" for i in range(ROUNDS))
            if case["revision"] != result["revision"] or labels != expected:
                lost += 1
        print(f"  cases whose file differs from what the screen acknowledged: {lost} of {len(results)}")
        if memory:
            values = list(memory.values())
            median = statistics.median(values)
            print(
                f"  memory per user (server + kernels, after the run): median {median:.0f} MB, "
                f"max {max(values):.0f} MB, all users {sum(values):.0f} MB"
            )
    finally:
        os.killpg(hub.pid, signal.SIGTERM)
        try:
            hub.wait(timeout=90)
        except subprocess.TimeoutExpired:
            os.killpg(hub.pid, signal.SIGKILL)
        shutil.rmtree(state, ignore_errors=True)
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
