"""The map widget alone (not the app): bench button → drawn, incremental widget against pyvis HTML.

This figure times a bench button that calls ``CaseMap.show_case`` directly — no form, no save, no
panels. What a person waits for in the real app is in ``bench_app.py``.

Issue 3 asks: on a map of 200 resources, one added resource must be drawn ≥ 10× faster than by
regenerating the whole pyvis page into an iframe, and within 200 ms from click to drawn.

Both variants run in one Voilà app (real server on 127.0.0.1, Debian chromium via playwright):

* **live** — a button adds a resource to the case and calls ``CaseMap.show_case``; only the changed
  items travel and the browser applies them to its vis DataSet. Drawn = vis ``afterDrawing`` after
  the delta was applied (recorded by the widget).
* **naive** — a button adds a resource and rebuilds the page with ``pyvis.network.Network(
  cdn_resources="in_line")`` … ``generate_html()`` into an ``ipywidgets.HTML`` ``<iframe srcdoc>``.
  Drawn = the end of the new page's script (vis draws synchronously there), posted to the parent.

Click time is taken in the page (capture listener, before the widget's own handler), so both figures
include the way to the kernel and back. Also printed: the Python time of one edit at 200 resources
(diff + send alone, and ``show_case`` with layout and vis dicts). Figures, not tests.

    python benchmarks/bench_mapwidget.py [--sizes 15 50 200] [--repeat 15]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "tests")]

NOTEBOOK = """
import json, re, sys, time, html as _html, pathlib
sys.path.insert(0, {bench!r})
import ipywidgets as W
from cases import synthetic_case
from beratungskit.model import ELB_ID
from beratungskit.render.visdata import VIS_OPTIONS, vis_edges, vis_nodes
from beratungskit.ui.mapwidget import CaseMap

OUT = pathlib.Path({out!r})
kernel_ms = {{"live": [], "naive": []}}

def save():
    OUT.write_text(json.dumps(kernel_ms))

live_case = synthetic_case({n}, seed=7)
naive_case = synthetic_case({n}, seed=7)
live = CaseMap.from_case(live_case, height="560px")

def add_to(case):
    r = case.add_resource(f"Neue Ressource {{len(case.resources) + 1}}")
    case.connect(ELB_ID, r.id)

def on_live(_):
    t0 = time.perf_counter()
    add_to(live_case)
    live.show_case(live_case)
    kernel_ms["live"].append((time.perf_counter() - t0) * 1000)
    save()

# Reports to the benchmark page (absolute time) when the regenerated page has drawn. With physics
# off, vis-network draws synchronously inside its constructor (Network → startSimulation → _redraw),
# so the end of pyvis's own script, where this runs, is when the drawing is done.
PROBE = ('<script>parent.postMessage({{bkDrawn: performance.timeOrigin + performance.now(), '
         'drawn: !!(network && network.body.nodeIndices.length)}}, "*");</script>')

def pyvis_html(case):
    from pyvis.network import Network
    net = Network(height="560px", width="100%", directed=True, cdn_resources="in_line")
    for node in vis_nodes(case):
        extra = {{k: v for k, v in node.items() if k not in ("id", "label")}}
        net.add_node(node["id"], label=node["label"], physics=False, **extra)
    for edge in vis_edges(case):
        extra = {{k: v for k, v in edge.items() if k not in ("from", "to")}}
        net.add_edge(edge["from"], edge["to"], **extra)
    net.set_options(json.dumps(VIS_OPTIONS))
    page = net.generate_html()
    # pyvis links bootstrap from a CDN even with in_line; drop it, the offline export does too.
    page = re.sub(r'<link[^>]+cdn[^>]+>|<script[^>]+cdn[^>]*></script>', "", page)
    return page.replace("</body>", PROBE + "</body>")

naive = W.HTML()
def show_naive():
    naive.value = ('<iframe sandbox="allow-scripts" style="width:100%;height:580px;border:0" srcdoc="'
                   + _html.escape(pyvis_html(naive_case), quote=True) + '"></iframe>')

def on_naive(_):
    t0 = time.perf_counter()
    add_to(naive_case)
    show_naive()
    kernel_ms["naive"].append((time.perf_counter() - t0) * 1000)
    save()

show_naive()
b_live = W.Button(description="Neu live")
b_live.on_click(on_live)
b_naive = W.Button(description="Neu pyvis")
b_naive.on_click(on_naive)
W.VBox([W.HBox([b_live, b_naive]), live, naive])
"""

PAGE_SETUP = """() => {
  window.__bkClicks = [];
  window.__bkNaive = [];
  document.addEventListener("click", (e) => {
    const b = e.target.closest && e.target.closest("button");
    const at = performance.timeOrigin + performance.now();
    if (b) window.__bkClicks.push({what: b.textContent.trim(), at});
  }, true);
  window.addEventListener("message", (e) => {
    if (e.data && e.data.bkDrawn) window.__bkNaive.push(e.data.bkDrawn);
  });
}"""


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def python_side(n: int, repeat: int) -> dict[str, float]:
    """Python time of one edit at ``n`` resources, with ``send`` serialising like the comm does."""
    from cases import synthetic_case

    from beratungskit.model import ELB_ID
    from beratungskit.render.visdata import vis_edges, vis_nodes
    from beratungskit.ui.mapwidget import CaseMap

    case = synthetic_case(n, seed=7)
    widget = CaseMap.from_case(case)
    sizes: list[int] = []
    widget.send = lambda content, buffers=None: sizes.append(len(json.dumps(content)))  # type: ignore[method-assign]
    update_ms, show_ms = [], []
    for i in range(repeat):
        r = case.add_resource(f"Neue Ressource {i}")
        case.connect(ELB_ID, r.id)
        nodes, edges = vis_nodes(case), vis_edges(case)
        t0 = time.perf_counter()
        widget.update(nodes, edges)
        update_ms.append((time.perf_counter() - t0) * 1000)
        case.update_resource(r.id, label=f"Neue Ressource {i} (geändert)")
        t0 = time.perf_counter()
        widget.show_case(case)
        show_ms.append((time.perf_counter() - t0) * 1000)
    return {"update_ms": median(update_ms), "show_case_ms": median(show_ms), "msg_bytes": median(sizes)}


def browser_side(n: int, repeat: int, warmup: int = 2) -> dict[str, Any]:
    import nbformat
    from playwright.sync_api import sync_playwright
    from servers import run_voila

    with tempfile.TemporaryDirectory(prefix="bench-map-") as tmp:
        folder = Path(tmp)
        out = folder / "kernel_ms.json"
        nb = nbformat.v4.new_notebook()
        source = textwrap.dedent(NOTEBOOK).format(bench=str(HERE), out=str(out), n=n)
        nb.cells = [nbformat.v4.new_code_cell(source)]
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        path = folder / "bench.ipynb"
        nbformat.write(nb, path)
        with run_voila(path) as url, sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )
            # Tall enough that map and iframe are both on screen: off-screen frames are throttled.
            page = browser.new_page(viewport={"width": 1280, "height": 1500})
            page.route(
                "**/*",
                lambda route: route.continue_() if "127.0.0.1" in route.request.url else route.abort(),
            )
            page.goto(url, timeout=120_000)
            page.wait_for_function(
                "() => (window.__beratungskitMaps || []).some(m => m.nodes.length > 0)", timeout=120_000
            )
            page.wait_for_selector("iframe", timeout=60_000)
            page.wait_for_timeout(1500)
            page.evaluate(PAGE_SETUP)
            live_ms, naive_ms = [], []
            for i in range(warmup + repeat):
                # live
                before = page.evaluate("() => window.__beratungskitMaps[0].timings.length")
                page.get_by_role("button", name="Neu live").click()
                page.wait_for_function(
                    f"() => window.__beratungskitMaps[0].timings.length > {before}", timeout=30_000
                )
                page.wait_for_timeout(150)
                took = page.evaluate(
                    """() => { const t = window.__beratungskitMaps[0].timings;
                               const c = window.__bkClicks[window.__bkClicks.length - 1];
                               return performance.timeOrigin + t[t.length - 1].drawn - c.at; }"""
                )
                if i >= warmup:
                    live_ms.append(float(took))
                # naive
                before = page.evaluate("() => window.__bkNaive.length")
                page.get_by_role("button", name="Neu pyvis").click()
                page.wait_for_function(f"() => window.__bkNaive.length > {before}", timeout=30_000)
                page.wait_for_timeout(150)
                took = page.evaluate(
                    """() => window.__bkNaive[window.__bkNaive.length - 1]
                             - window.__bkClicks[window.__bkClicks.length - 1].at"""
                )
                if i >= warmup:
                    naive_ms.append(float(took))
            nodes = page.evaluate("() => window.__beratungskitMaps[0].nodes.length")
            browser.close()
        kernel = json.loads(out.read_text())
    return {
        "live_ms": median(live_ms),
        "naive_ms": median(naive_ms),
        "live_all": live_ms,
        "naive_all": naive_ms,
        "kernel_live_ms": median(kernel["live"][warmup:]),
        "kernel_naive_ms": median(kernel["naive"][warmup:]),
        "nodes_at_end": nodes,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    for n in args.sizes:
        py = python_side(n, args.repeat)
        print(
            f"[{n} resources] map widget only, Python, one added resource: diff+send"
            f" {py['update_ms']:.2f} ms "
            f"(message {py['msg_bytes'] / 1024:.1f} KB); show_case incl. layout {py['show_case_ms']:.1f} ms",
            flush=True,
        )
        br = browser_side(n, args.repeat)
        ratio = br["naive_ms"] / br["live_ms"]
        print(
            f"[{n} resources] MAP WIDGET ONLY, bench button → drawn, median of {args.repeat}: "
            f"live widget {br['live_ms']:.0f} ms "
            f"(kernel {br['kernel_live_ms']:.0f} ms), pyvis HTML in iframe {br['naive_ms']:.0f} ms "
            f"(kernel {br['kernel_naive_ms']:.0f} ms) → {ratio:.1f}× faster",
            flush=True,
        )
        print(
            f"[{n} resources] targets: ≥ 10× faster {'erreicht' if ratio >= 10 else 'NICHT erreicht'}, "
            f"≤ 200 ms {'erreicht' if br['live_ms'] <= 200 else 'NICHT erreicht'}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
