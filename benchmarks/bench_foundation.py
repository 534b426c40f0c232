"""Figures for the foundation at 15/50/200 resources: store save and load, layout, HTML export,
HTML size, overlapping labels. Medians over repeated runs; run as ``python benchmarks/bench_foundation.py``.

Targets (issue 2) at 200 resources: save ≤ 20 ms, load ≤ 10 ms, export ≤ 150 ms; 0 overlapping labels.
Save and load go through the real store on real files (with fsync) in a temporary folder.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.cases import synthetic_case
from beratungskit.analysis import layout as layout_module
from beratungskit.analysis.layout import compute_layout, count_overlaps
from beratungskit.render.ecomap import ecomap_html, vis_network_assets
from beratungskit.store import CaseStore

SIZES = (15, 50, 200)
REPEAT = 15


def _median_ms(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    vis_network_assets()  # read once per process, like a running app
    store = CaseStore(Path(tempfile.mkdtemp(prefix="bk-bench-")))
    head = (
        "Ressourcen",
        "Verteilung",
        "Save ms",
        "Load ms",
        "Layout ms",
        "Export ms",
        "HTML KB",
        "Überlapp.",
    )
    print(" ".join(f"{h:>10}" for h in head))
    for n in SIZES:
        for skew in (False, True):
            case = synthetic_case(n, seed=1, skew=skew)
            case.key = f"bench-{n}-{int(skew)}"
            save_ms = _median_ms(lambda c=case: store.save(c))
            load_ms = _median_ms(lambda k=case.key: store.load(k))
            layout_ms = _median_ms(lambda c=case: (layout_module._CACHE.clear(), compute_layout(c)))
            export_ms = _median_ms(lambda c=case: ecomap_html(c))
            size_kb = len(ecomap_html(case).encode("utf-8")) / 1024
            overlaps = count_overlaps(compute_layout(case).boxes.values())
            kind = "schief" if skew else "gemischt"
            times = " ".join(f"{value:>10.1f}" for value in (save_ms, load_ms, layout_ms, export_ms))
            print(f"{n:>10} {kind:>10} {times} {size_kb:>10.0f} {overlaps:>10}")
    print("Ziele bei 200 Ressourcen: Save ≤ 20 ms, Load ≤ 10 ms, Export ≤ 150 ms, 0 Überlappungen.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
