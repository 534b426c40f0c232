"""The real session app in a real browser, timed the way a person uses it (issue 15).

One app server on 127.0.0.1 serves the notebooks as ``beratungskit start`` does (pre-heated session
kernel) over a store with fictional cases of each size; Debian chromium at 1280×800 drives the
session page through the real form:

* **page → case list** and **first case click → map drawn**: a fresh page each time (the pre-heated
  kernel of ``beratungskit start``), navigation start → the first case button on screen (the first
  view that comes with the page's HTML; it takes clicks at once) and → the live widgets' case list,
  then a click on the case → the whole map drawn (every node, canvas with a size; the first case
  opened on a page) and, of that, → the case's view on the page (tabs and the map's canvas: the map
  is laid out meanwhile) — twice: **laid out anew** (the store's kept map pictures removed before
  each page: the first time a case is ever opened) and with the **picture kept** from the page
  before (how a case usually opens: ui/kept_maps.py); ``bench_page_open.py`` measures the page
  alone, with and without pre-heating;
* **case opened again**: back to the list and the case clicked again;
* **round trip**: "Nächste Frage" → the next question shown: the floor any edit pays (browser →
  server → kernel → browser), to read the other figures on a loaded machine;
* **add**: type a label, click "Festhalten" → the new node drawn (**in browser**: of that, the map's
  delta received → drawn);
* **move**: drag a node from an outer ring into an inner one (its closeness changes) → the save
  acknowledged ("Gespeichert ✓ (Stand N)"); **move drawn**: of the same move, the release → the
  map's last drawing after it (the box in its ring, the rings redrawn);
* **connect**: choose two ends, click "Verbinden" → the new line drawn;
* **undo**: click "Rückgängig" → the line gone from the drawing;
* **will**, **goal**, **step**: the "Wille & Ziele" tab's own edits → the new row (or the saved goal)
  on screen.

Times are taken in the page (``performance.now()``): from the click (or the release of the drag,
in a capture listener before any handler) to the moment a MutationObserver or vis-network's
``afterDrawing`` sees the result — the way to the kernel and back included. Printed: median and
min–max per action and size. Figures, not tests: the machine may be loaded.

    python benchmarks/bench_app.py [--sizes 15 50 200] [--open-sizes 15 60 200] [--repeat 7] [--pages 3]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

NOTEBOOK = "01_gemeinsame_sitzung.ipynb"
#: Where the store keeps each case's map picture (``beratungskit.ui.kept_maps.KEPT_DIR``; spelt out:
#: the bench also runs against code from before it, with nothing to remove).
KEPT_DIR = ".karten"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]

#: Runs in the page before its own scripts: click/release times, the first case button, and a
#: watcher that notes the first moment a condition holds — checked after each DOM change ("dom")
#: or after each drawing of a live map ("draw").
PAGE_INIT = r"""
(() => {
  const bk = window.__bk = {
    clickAt: 0, upAt: 0, firstAt: 0, pickerAt: 0, kind: null, cond: null, doneAt: 0, lastDraw: 0,
    viewAt: 0,
  };
  const now = () => performance.now();
  window.addEventListener("click", () => { bk.clickAt = now(); }, true);
  window.addEventListener("pointerup", () => { bk.upAt = now(); }, true);
  const check = (kind) => {
    if (!bk.firstAt && document.querySelector(".bk-first-open, .bk-open-case")) {
      bk.firstAt = -1;  // the frame that draws it:
      requestAnimationFrame(() => { bk.firstAt = now(); });
    }
    if (!bk.pickerAt && document.querySelector(".bk-open-case")) bk.pickerAt = now();
    // an opened case's view (its tabs) on the page, before its map is drawn
    if (bk.kind && !bk.viewAt && document.querySelector(".bk-tabs .bk-map-canvas")) bk.viewAt = now();
    if (bk.cond && !bk.doneAt && kind === bk.kind) {
      try { if (bk.cond()) bk.doneAt = now(); } catch (err) { /* not there yet */ }
    }
  };
  bk.arm = (kind, source) => {
    bk.kind = kind; bk.doneAt = 0; bk.viewAt = 0; bk.cond = new Function(source);
  };
  // The kernel's state and the last message from it (``Driver.quiet``): only each message's header
  // is read (the v1 binary protocol's header part, or the start of a JSON text).
  bk.kernel = "starting"; bk.lastIn = 0;
  const text = new TextDecoder();
  const heard = (data) => {
    bk.lastIn = now();
    let head;
    if (typeof data === "string") head = data.slice(0, 2000);
    else if (data instanceof ArrayBuffer && data.byteLength > 24) {
      const view = new DataView(data);
      const at = (i) => view.getUint32(8 * i, true);
      if (!head && at(0) >= 6) {  // offsets: channel, header, parent, metadata, content, ...
        head = text.decode(new Uint8Array(data, at(2), at(3) - at(2)));
        if (head.includes('"status"')) head += text.decode(new Uint8Array(data, at(5), at(6) - at(5)));
      }
    }
    const state = head && /"msg_type":\s*"status"/.test(head) && head.match(/"execution_state":\s*"(\w+)"/);
    if (state) bk.kernel = state[1];
  };
  const Socket = window.WebSocket;
  window.WebSocket = class extends Socket {
    constructor(...args) {
      super(...args);
      this.addEventListener("message", (event) => heard(event.data));
    }
  };
  // The live map's registry (ui/static/mapwidget.js): hook each map as it is made, before it draws.
  const maps = [];
  maps.push = function (...records) {
    for (const r of records) r.network.on("afterDrawing", () => { bk.lastDraw = now(); check("draw"); });
    return Array.prototype.push.apply(this, records);
  };
  window.__beratungskitMaps = maps;
  new MutationObserver(() => check("dom")).observe(document, {
    subtree: true, childList: true, characterData: true, attributes: true,
  });
})();
"""

#: The app's status line ("Gespeichert ✓ (Stand N)"); other panels have status lines of their own.
STATUS = ".bk-header .bk-status"

#: How long the page is quiet (kernel idle, no message) before each timed action (``Driver.quiet``).
QUIET_MS = 300

#: The map of the session tab (the last one made; the goals tab has its own).
MAP = "window.__beratungskitMaps[0]"


def summary(values: list[float]) -> str:
    if not values:
        return "–"
    return f"{statistics.median(values):6.0f} ms ({min(values):.0f}–{max(values):.0f})"


def make_store(folder: Path, sizes: list[int]) -> dict[int, str]:
    """A store with one fictional case per size; returns size → alias."""
    from cases import synthetic_case

    from beratungskit.store import CaseStore

    store = CaseStore(folder)
    aliases = {}
    for n in sorted(set(sizes)):
        case = synthetic_case(n, seed=n)
        object.__setattr__(case, "alias", f"Bench {n}")
        store.save(case)
        aliases[n] = f"Bench {n}"
    return aliases


@contextmanager
def served(store_dir: Path) -> Iterator[str]:
    """The notebooks folder served as ``beratungskit start`` serves it (pre-heated session kernel);
    yields the session page's address."""
    from beratungskit.resources import notebooks_dir
    from tests.servers import run_voila

    with tempfile.TemporaryDirectory(prefix="bench-app-") as tmp:
        folder = Path(tmp) / "notebooks"
        shutil.copytree(notebooks_dir(), folder)
        with run_voila(folder, env={"BERATUNGSKIT_STORE": str(store_dir)}, cull_idle_timeout=60) as url:
            time.sleep(8)  # the pool kernel finishes its first run, as after a morning start
            yield url + f"voila/render/{NOTEBOOK}"


class Driver:
    """One page of the app and the timing hooks in it."""

    def __init__(self, page: Any) -> None:
        self.pg = page

    def quiet(self, ms: float = QUIET_MS) -> None:
        """Wait until the kernel is idle and nothing came from it for ``ms``: a person looks at the
        result before the next step, and whatever an action sets off afterwards (the form folding
        away, the canvas's new size laid out) is over by then, not billed to the next action."""
        self.pg.wait_for_function(
            "(ms) => window.__bk.kernel === 'idle' && performance.now() - window.__bk.lastIn > ms",
            arg=ms,
            timeout=60_000,
            polling=50,
        )

    def timed(self, kind: str, condition: str, action: Any, *, start: str = "clickAt") -> float:
        """Arm the watcher, do ``action``, wait for ``condition``; ms from click (or release).
        The page is quiet first (:meth:`quiet`)."""
        self.quiet()
        self.pg.evaluate("([k, c]) => window.__bk.arm(k, c)", [kind, condition])
        action()
        try:
            self.pg.wait_for_function("() => window.__bk.doneAt > 0", timeout=60_000)
        except Exception:
            shot = Path(tempfile.gettempdir()) / "bench_app_failed.png"
            self.pg.screenshot(path=str(shot))
            print(
                f"waited in vain for: {condition}\nstatus: {self.pg.locator(STATUS).inner_text()!r}"
                f"\nscreenshot: {shot}",
                file=sys.stderr,
            )
            raise
        return float(self.pg.evaluate(f"() => window.__bk.doneAt - window.__bk.{start}"))

    def revision(self) -> int:
        text = self.pg.locator(STATUS).inner_text()
        return int(re.search(r"\(Stand (\d+)\)", text).group(1))  # type: ignore[union-attr]

    def saved(self, revision: int) -> str:
        return f"return document.querySelector('{STATUS}').textContent.includes('(Stand {revision})');"

    def wait_saved(self, revision: int) -> None:
        self.pg.wait_for_selector(f"{STATUS}:has-text('(Stand {revision})')", timeout=60_000)

    def open_picker(self) -> None:
        self.pg.click(".bk-other-case")
        self.pg.wait_for_selector(".bk-case-picker", timeout=60_000)

    def form_at_hand(self) -> None:
        """At 1280×800 a crowded map starts with the form folded away, and folds it again after
        "Festhalten" (issue 10): one tap on "◀ Formular zeigen" brings it, as a person does. Untimed."""
        self.quiet()  # whether it folds is decided with the save
        if self.pg.locator(".bk-label-input input").first.is_hidden():
            self.pg.click(".bk-map-tool-fold:visible")
            self.pg.wait_for_selector(".bk-label-input input", state="visible", timeout=60_000)

    def goal_work_at_hand(self) -> None:
        """The same for the goal work beside the map of "Wille & Ziele" ("◀ Ziele bearbeiten")."""
        self.quiet()
        if self.pg.locator(".bk-will-input textarea").first.is_hidden():
            self.pg.click(".bk-map-tool-fold-goals:visible")
            self.pg.wait_for_selector(".bk-will-input textarea", state="visible", timeout=60_000)

    def open_case(self, alias: str, n: int) -> float:
        return self.timed(
            "draw",
            f"const m = {MAP}; return !!m && m.nodes.length === {n + 1}"
            " && m.el.querySelector('.bk-map-canvas').clientWidth > 0;",
            lambda: self.pg.click(f".bk-open-case:has-text('{alias}')"),
        )

    def outer_node(self, skip: list[str]) -> tuple[str, tuple[float, float], tuple[float, float]]:
        """The resource in the window farthest from the eLb (not in ``skip``), and a drop point on
        the straight way to the eLb, a third of the way out: the same area (areas are sectors
        around the eLb), an inner ring. A drop inside its own cell only orders (nothing is saved);
        a drop across a ring line changes the closeness and is saved, like a person's move."""
        node, x, y, tx, ty = self.pg.evaluate(
            f"""(skip) => {{ const m = {MAP};
                const r = m.el.querySelector('.bk-map-canvas').getBoundingClientRect();
                const at = id => {{ const p = m.network.canvasToDOM(m.network.getPosition(id));
                                   return [r.left + p.x, r.top + p.y]; }};
                const [ex, ey] = at('elb');
                const seen = m.nodes.getIds().filter(id => id !== 'elb' && !skip.includes(id))
                  .map(id => [id, ...at(id)])
                  .filter(([_id, x, y]) => x > r.left + 20 && x < r.right - 20
                                           && y > Math.max(r.top, 0) + 20
                                           && y < Math.min(r.bottom, innerHeight) - 20);
                seen.sort((a, b) => Math.hypot(b[1] - ex, b[2] - ey) - Math.hypot(a[1] - ex, a[2] - ey));
                const [id, x, y] = seen[0];
                return [id, x, y, ex + (x - ex) / 3, ey + (y - ey) / 3]; }}""",
            skip,
        )
        return str(node), (float(x), float(y)), (float(tx), float(ty))


def first_opens(
    browser: Any, url: str, alias: str, n: int, pages: int, kept: Path | None = None
) -> tuple[list[float], list[float], list[float], list[float]]:
    """Fresh pages (pre-heated kernel): navigation → case list on screen (the first view in the
    page's HTML) and → live widgets' list, then a click on the case as a person makes it (after a
    moment looking) → the whole map drawn, and of that → the case's view (its tabs, the map's
    canvas) on the page. Returns the four lists of times.

    ``kept``: the store's folder of kept map pictures (ui/kept_maps.py), removed before each page:
    the case is laid out afresh, as the first time it is ever opened."""
    to_first, to_list, to_map, to_view = [], [], [], []
    for _ in range(pages):
        time.sleep(4)  # the next visit a little later: the pool kernel is refilled
        if kept is not None:
            shutil.rmtree(kept, ignore_errors=True)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        context.add_init_script(PAGE_INIT)
        pg = context.new_page()
        pg.goto(url, wait_until="commit", timeout=120_000)
        pg.wait_for_function("() => window.__bk && window.__bk.pickerAt > 0", timeout=120_000)
        pg.wait_for_function("() => window.__bk.firstAt > 0", timeout=10_000)
        to_first.append(float(pg.evaluate("() => window.__bk.firstAt")))
        to_list.append(float(pg.evaluate("() => window.__bk.pickerAt")))
        pg.wait_for_timeout(1500)  # finding one's case in the list
        to_map.append(Driver(pg).open_case(alias, n))
        to_view.append(float(pg.evaluate("() => window.__bk.viewAt - window.__bk.clickAt")))
        pg.close(run_before_unload=True)  # its kernel ends with it
        context.close()
    return to_first, to_list, to_map, to_view


def connect_pairs(options: int) -> Iterator[tuple[int, int]]:
    """Indexes of two resources in the relation form's lists (0 is "nothing chosen", 1 the eLb), in
    the order the bench connects them: first disjoint pairs (2, 3), (4, 5), … as a person links
    resources across the map, then every other pair, so any ``--repeat`` finds pairs at any size
    (the caller skips a pair that already has a line).

    >>> list(connect_pairs(6))
    [(2, 3), (4, 5), (2, 4), (2, 5), (3, 4), (3, 5)]
    """
    disjoint = [(a, a + 1) for a in range(2, options - 1, 2)]
    yield from disjoint
    for a in range(2, options):
        for b in range(a + 1, options):
            if (a, b) not in disjoint:
                yield (a, b)


def map_edits(d: Driver, n: int, repeat: int, warmup: int) -> dict[str, list[float]]:
    pg = d.pg
    times: dict[str, list[float]] = {
        k: [] for k in ("round trip", "add", "in browser", "move", "move drawn", "connect", "undo")
    }

    def keep(kind: str, i: int, value: float) -> None:
        if i >= warmup:
            times[kind].append(value)

    d.form_at_hand()
    for i in range(warmup + repeat):  # the floor: "Nächste Frage" changes one line of text
        question = pg.locator(".bk-card-question").first.inner_text()
        keep(
            "round trip",
            i,
            d.timed(
                "dom",
                f"return document.querySelector('.bk-card-question').textContent !== {question!r};",
                lambda: pg.click(".bk-card-next"),
            ),
        )

    for i in range(warmup + repeat):  # add
        before = pg.evaluate(f"() => {MAP}.nodes.length")
        revision = d.revision() + 1
        d.form_at_hand()
        pg.fill(".bk-label-input input", f"Neu {i + 1}")
        keep(
            "add",
            i,
            d.timed("draw", f"return {MAP}.nodes.length === {before + 1};", lambda: pg.click(".bk-save")),
        )
        # Of that, the browser's own share: the add's delta (the first one after the click; the form
        # folding afterwards brings another) received → applied → drawn.
        keep(
            "in browser",
            i,
            pg.evaluate(
                f"() => {{ const t = {MAP}.timings.find((t) => t.received >= window.__bk.clickAt);"
                " return t.drawn - t.received; }"
            ),
        )
        d.wait_saved(revision)

    # the page may have scrolled while the form was used: the map back in the window, as a person does
    pg.locator(".bk-map-canvas").first.scroll_into_view_if_needed()
    moved: list[str] = []
    for i in range(warmup + repeat):  # move: drag a node from an outer ring inward, into another ring
        d.quiet()  # the map as laid out after the last step (a fold or a new size moves every box)
        revision = d.revision() + 1
        node, (x, y), (tx, ty) = d.outer_node(moved)
        moved.append(node)

        def drag(x: float = x, y: float = y, tx: float = tx, ty: float = ty) -> None:
            pg.mouse.move(x, y)
            pg.mouse.down()
            pg.mouse.move((x + tx) / 2, (y + ty) / 2, steps=5)
            pg.mouse.move(tx, ty, steps=5)
            pg.mouse.up()

        keep("move", i, d.timed("dom", d.saved(revision), drag, start="upAt"))
        # Of the same move: the release → the map's last drawing after it (new rings included)
        pg.wait_for_timeout(400)
        keep("move drawn", i, pg.evaluate("() => window.__bk.lastDraw - window.__bk.upAt"))

    d.form_at_hand()
    pg.click(".bk-side-mode button:has-text('Verbinden')")
    pg.wait_for_selector(".bk-rel-first select", timeout=60_000)
    pairs = connect_pairs(pg.locator(".bk-rel-first select option").count())
    for i in range(warmup + repeat):  # connect two resources that have no line yet
        before = pg.evaluate(f"() => {MAP}.edges.length")
        revision = d.revision() + 1
        for first, second in pairs:  # the next pair the form offers to connect (no line yet)
            pg.locator(".bk-rel-first select").select_option(index=first)
            pg.locator(".bk-rel-second select").select_option(index=second)
            d.quiet()  # the form has answered the choice
            if pg.locator(".bk-rel-save").inner_text().strip() == "Verbinden":
                break
        else:
            raise RuntimeError(f"no two resources left to connect at {n}")
        keep(
            "connect",
            i,
            d.timed("draw", f"return {MAP}.edges.length === {before + 1};", lambda: pg.click(".bk-rel-save")),
        )
        d.wait_saved(revision)
    pg.click(".bk-side-mode button:has-text('Neu')")

    for i in range(warmup + repeat):  # undo the lines just drawn
        before = pg.evaluate(f"() => {MAP}.edges.length")
        keep(
            "undo",
            i,
            d.timed("draw", f"return {MAP}.edges.length === {before - 1};", lambda: pg.click(".bk-undo")),
        )
        pg.wait_for_selector(f"{STATUS}:has-text('rückgängig')", timeout=60_000)
    return times


def goal_edits(d: Driver, repeat: int, warmup: int) -> dict[str, list[float]]:
    pg = d.pg
    times: dict[str, list[float]] = {k: [] for k in ("will", "goal", "step")}
    pg.click(".bk-tabs .lm-TabBar-tab:has-text('Wille & Ziele')")
    pg.wait_for_selector(".bk-will-input textarea", state="attached", timeout=60_000)
    d.goal_work_at_hand()

    for i in range(warmup + repeat):
        revision = d.revision() + 1
        count = pg.locator(".bk-will-item").count()
        pg.fill(".bk-will-input textarea", f"Ich will Nummer {i + 1} schaffen.")
        value = d.timed(
            "dom",
            f"return document.querySelectorAll('.bk-will-item').length === {count + 1};",
            lambda: pg.click(".bk-will-add"),
        )
        if i >= warmup:
            times["will"].append(value)
        d.wait_saved(revision)

    pg.click(".bk-sections button:has-text('Ziele')")
    for i in range(warmup + repeat):
        pg.click(".bk-goal-new")
        pg.wait_for_selector(".bk-goal-text textarea", state="visible", timeout=60_000)
        pg.fill(".bk-goal-text textarea", f"Ziel Nummer {i + 1}")
        revision = d.revision() + 1
        value = d.timed(
            "dom",
            d.saved(revision).replace(
                "return ",
                "return getComputedStyle(document.querySelector('.bk-goal-editor')).display === 'none' && ",
            ),
            lambda: pg.click(".bk-goal-save"),
        )
        if i >= warmup:
            times["goal"].append(value)

    pg.click(".bk-sections button:has-text('Schritte')")
    pg.wait_for_selector(".bk-step-text textarea", timeout=60_000)
    for i in range(warmup + repeat):
        revision = d.revision() + 1
        count = pg.locator(".bk-step-row").count()
        pg.fill(".bk-step-text textarea", f"Ich mache Schritt {i + 1}.")
        value = d.timed(
            "dom",
            f"return document.querySelectorAll('.bk-step-row').length === {count + 1};",
            lambda: pg.click(".bk-step-add"),
        )
        if i >= warmup:
            times["step"].append(value)
        d.wait_saved(revision)
    pg.click(".bk-tabs .lm-TabBar-tab:has-text('Unsere Karte')")
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # an empty --sizes (or --open-sizes) leaves the edits (or the openings) out
    parser.add_argument("--sizes", type=int, nargs="*", default=[15, 50, 200])
    parser.add_argument("--open-sizes", type=int, nargs="*", default=[15, 60, 200])
    parser.add_argument("--pages", type=int, default=3, help="fresh pages per size for the first opening")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=1)
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp, sync_playwright() as pw:
        store_dir = Path(tmp) / "faelle"
        aliases = make_store(store_dir, [*args.sizes, *args.open_sizes])
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        with served(store_dir) as url:
            print(
                "The real app in chromium 1280×800; median (min–max) over "
                f"{args.repeat} runs after {args.warmup} warm-up",
                flush=True,
            )
            for n in sorted(set(args.open_sizes)):
                # the first time a case is ever opened (laid out afresh), then as it usually opens:
                # with the picture it was left with (kept by the first page)
                for how, kept in (("laid out anew", store_dir / KEPT_DIR), ("picture kept", None)):
                    to_first, to_list, to_map, to_view = first_opens(
                        browser, url, aliases[n], n, args.pages, kept
                    )
                    print(
                        f"[{n:>3} resources] fresh page → case list on screen: {summary(to_first)}",
                        flush=True,
                    )
                    print(f"[{n:>3} resources] fresh page → case list live: {summary(to_list)}", flush=True)
                    print(
                        f"[{n:>3} resources] first case click → map drawn ({how}): {summary(to_map)}",
                        flush=True,
                    )
                    print(
                        f"[{n:>3} resources]   of that → its view on the page: {summary(to_view)}", flush=True
                    )

            context = browser.new_context(viewport={"width": 1280, "height": 800})
            context.add_init_script(PAGE_INIT)
            d = Driver(context.new_page())
            d.pg.goto(url, timeout=120_000)
            d.pg.wait_for_selector(".bk-open-case", timeout=120_000)
            for n in sorted(set(args.open_sizes)):
                opened = []
                for _ in range(5):
                    opened.append(d.open_case(aliases[n], n))
                    d.open_picker()
                print(f"[{n:>3} resources] case opened again → map drawn: {summary(opened[1:])}", flush=True)

            for n in args.sizes:
                d.open_case(aliases[n], n)
                d.pg.wait_for_timeout(500)  # the first fit and redraws settle
                times = map_edits(d, n, args.repeat, args.warmup)
                times |= goal_edits(d, args.repeat, args.warmup)
                for kind, values in times.items():
                    print(f"[{n:>3} resources] {kind:<8} {summary(values)}", flush=True)
                d.open_picker()
            context.close()
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
