"""Opening the session page: from the click on the address until the case list is on screen.

Target (issue 14): ≤ 1 s; issue 15 asks ≤ 0.8 s. Measured in Debian chromium against the real app
server (``beratungskit.server`` serving the notebooks folder, as ``beratungskit start`` does), with
the pre-heated session kernel and, for comparison, without it. The moment the list appears is taken
inside the page (a MutationObserver notes ``performance.now()`` when the first case button shows),
so the figure is the person's wait from navigation start, not the test driver's polling.

"cold" is the first visit (empty browser cache); "warm" are later visits, as an IFK opens the page
again during the day (the pool kernel is refilled between visits).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import synthetic_case  # noqa: E402

from beratungskit.demo import demo_case  # noqa: E402
from beratungskit.resources import notebooks_dir  # noqa: E402
from beratungskit.store import CaseStore  # noqa: E402
from tests.servers import run_voila  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PAGE = "voila/render/01_gemeinsame_sitzung.ipynb"
VISITS = 8
#: notes when the first case button of the case list is in the page
WATCH_LIST = """
new MutationObserver((_m, obs) => {
  if (document.querySelector('.bk-case-picker .bk-open-case')) {
    window.__bkListShown = performance.now();
    obs.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


def visit(context, base: str) -> float:
    pg = context.new_page()
    pg.goto(base + PAGE, wait_until="commit")
    pg.wait_for_function("window.__bkListShown !== undefined", timeout=120_000)
    shown = float(pg.evaluate("window.__bkListShown"))
    pg.close(run_before_unload=True)  # its kernel ends with it
    return shown / 1000


def measure(preheat: bool) -> tuple[float, list[float]]:
    from playwright.sync_api import sync_playwright

    root = Path(tempfile.mkdtemp(prefix="bk-bench-open-"))
    folder = root / "notebooks"
    shutil.copytree(notebooks_dir(), folder)
    store = CaseStore(root / "faelle")
    store.save(demo_case())
    for seed in range(20):
        store.save(synthetic_case(15, seed=seed))
    env = {"BERATUNGSKIT_STORE": str(store.folder)}
    with run_voila(folder, env=env, preheat=preheat) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"]
        )
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        context.add_init_script(WATCH_LIST)
        time.sleep(8)  # let the pool kernel finish its first run, as after a morning start
        cold = visit(context, base)
        warm = []
        for _ in range(VISITS):
            time.sleep(4)  # the next IFK a little later: the pool is refilled
            warm.append(visit(context, base))
        browser.close()
    shutil.rmtree(root, ignore_errors=True)
    return cold, warm


def main() -> None:
    if not Path(CHROMIUM).exists():
        print("chromium fehlt: Messung übersprungen")
        return
    print(f"load average before: {os.getloadavg()[0]:.1f} (2 cores)")
    for preheat in (True, False):
        cold, warm = measure(preheat)
        p95 = sorted(warm)[max(0, round(0.95 * len(warm)) - 1)]
        print(
            f"{'pre-heated' if preheat else 'no pre-heat':>11}: case list after cold {cold:.2f} s, "
            f"warm median {statistics.median(warm):.2f} s, p95 {p95:.2f} s, max {max(warm):.2f} s "
            f"({len(warm)} visits)"
        )
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
