"""Opening the session page: from the click on the address until the case list is on screen.

Target (issue 14): ≤ 1 s; issue 15 asks ≤ 0.8 s. Measured in Debian chromium against the real app
server (``beratungskit.server`` serving the notebooks folder, as ``beratungskit start`` does), with
the pre-heated session kernel and, for comparison, without it. Two moments are taken inside the
page (``performance.now()`` from navigation start, so the person's wait, not the driver's polling):

* **list on screen**: the first case button is drawn — the first view that comes with the page's
  HTML (``case_picker.first_view_html``); it takes clicks and typing at once, and what is done in
  it is carried out when the widgets are live (a MutationObserver notes the button, the next
  animation frame is the one that draws it);
* **widgets live**: the live picker's first case button is in the page (as measured before the
  first view existed, so the two figures compare with older runs).

"cold" is the first visit (empty browser cache); "warm" are later visits, as an IFK opens the page
again during the day (the pool kernel is refilled between visits).

**Opening a case from the first view** (session 16's trial: reload, click a case at once, 2–5 s of
grey): from the click on the case in the first view until the opened case's map is on screen, and
how long of that wait the chosen case's place showed something else than its message „„…“ wird
geöffnet …“ (Voilà's grey lab shell lay over it until the case was drawn), summed over animation
frames.
"""

from __future__ import annotations

import itertools
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
#: notes when a case button is first drawn (first view or live) and when the live one is in the page
WATCH_LIST = """
new MutationObserver((_m, obs) => {
  if (window.__bkFirstShown === undefined && window.__bkFirstSeen === undefined
      && document.querySelector('.bk-first-open, .bk-case-picker .bk-open-case')) {
    window.__bkFirstSeen = performance.now();
    requestAnimationFrame(() => { window.__bkFirstShown = performance.now(); });
  }
  if (document.querySelector('.bk-case-picker .bk-open-case')) {
    window.__bkListShown = performance.now();
    obs.disconnect();
  }
}).observe(document, {childList: true, subtree: true});
"""


def visit(context, base: str) -> tuple[float, float]:
    """Seconds from navigation start until the list is on screen, and until the widgets are live."""
    pg = context.new_page()
    pg.goto(base + PAGE, wait_until="commit")
    pg.wait_for_function("window.__bkListShown !== undefined", timeout=120_000)
    pg.wait_for_function("window.__bkFirstShown !== undefined", timeout=10_000)
    shown, live = pg.evaluate("[window.__bkFirstShown, window.__bkListShown]")
    pg.close(run_before_unload=True)  # its kernel ends with it
    return float(shown) / 1000, float(live) / 1000


#: From the click on: the time of each frame and whether the chosen case's message could be seen there
WATCH_OPENING = """() => {
  window.__bkFrames = [];
  const tick = (now) => {
    const first = document.getElementById("bk-first-view");
    let seen = "case";
    if (first) {
      const button = first.querySelector(".bk-first-open[aria-busy='true']");
      const box = button.getBoundingClientRect();
      const el = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      seen = button.contains(el) ? "message" : "other";
    } else if (!document.querySelector(".bk-map canvas")) {
      seen = "other";
    }
    window.__bkFrames.push([now, seen]);
    if (seen !== "case") requestAnimationFrame(tick);
  };
  window.__bkClick = performance.now();
  requestAnimationFrame(tick);
}"""


def open_visit(context, base: str) -> tuple[float, float]:
    """Seconds from a click on a case in the first view (as soon as it is drawn) until the case's map
    is on screen, and the seconds of that wait in which the case's message was not to be seen."""
    pg = context.new_page()
    pg.goto(base + PAGE, wait_until="commit")
    pg.wait_for_selector("#bk-first-view .bk-first-open", timeout=120_000)
    # the click lands as soon as the list is drawn (on main Voilà's shell could already lie over it
    # and take a real click: the case is chosen the same way in both)
    pg.evaluate("document.querySelector('#bk-first-view .bk-first-open').click()")
    pg.evaluate(WATCH_OPENING)
    pg.wait_for_function(
        "window.__bkFrames.length && window.__bkFrames.at(-1)[1] === 'case'", timeout=120_000
    )
    click, frames = pg.evaluate("[window.__bkClick, window.__bkFrames]")
    hidden = sum(b[0] - a[0] for a, b in itertools.pairwise(frames) if a[1] == "other")
    pg.close(run_before_unload=True)
    return (frames[-1][0] - click) / 1000, hidden / 1000


def measure_opening() -> list[tuple[float, float]]:
    from playwright.sync_api import sync_playwright

    root = Path(tempfile.mkdtemp(prefix="bk-bench-open-case-"))
    folder = root / "notebooks"
    shutil.copytree(notebooks_dir(), folder)
    store = CaseStore(root / "faelle")
    store.save(demo_case())
    env = {"BERATUNGSKIT_STORE": str(store.folder)}
    with run_voila(folder, env=env, preheat=True) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox", "--disable-gpu"]
        )
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        time.sleep(8)
        visits = []
        for _ in range(VISITS // 2):
            visits.append(open_visit(context, base))
            time.sleep(4)  # the pool kernel is refilled, as for the next case of the day
        browser.close()
    shutil.rmtree(root, ignore_errors=True)
    return visits


def measure(preheat: bool) -> tuple[tuple[float, float], list[tuple[float, float]]]:
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
    for preheat in () if "--nur-fall" in sys.argv else (True, False):
        cold, warm = measure(preheat)
        for i, what in enumerate(("list on screen", "widgets live")):
            times = [visit[i] for visit in warm]
            p95 = sorted(times)[max(0, round(0.95 * len(times)) - 1)]
            print(
                f"{'pre-heated' if preheat else 'no pre-heat':>11}, {what:>14}: cold {cold[i]:.2f} s, "
                f"warm median {statistics.median(times):.2f} s, p95 {p95:.2f} s, max {max(times):.2f} s "
                f"({len(times)} visits)",
                flush=True,
            )
    opened = measure_opening()
    for i, what in enumerate(("case's map on screen", "message not seen")):
        times = [visit[i] for visit in opened]
        print(
            f"case from the first view, {what:>20} after the click: median {statistics.median(times):.2f} s,"
            f" max {max(times):.2f} s ({len(times)} visits)",
            flush=True,
        )
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
