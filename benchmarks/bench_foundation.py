"""Figures for the ecomap foundation at 15/50/200 resources: layout time, HTML export time, HTML size,
overlapping labels. Medians over repeated runs; run as ``python benchmarks/bench_foundation.py``.

Targets (issue 2): export ≤ 150 ms at 200 resources; 0 overlapping labels. Save/load times of the
store are added by the lead.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.cases import synthetic_case
from beratungskit.analysis.layout import count_overlaps, label_boxes, layout
from beratungskit.render.ecomap import ecomap_html, vis_network_assets

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
    head = ("Ressourcen", "Verteilung", "Layout ms", "Export ms", "HTML KB", "Überlapp.")
    print(" ".join(f"{h:>10}" for h in head))
    for n in SIZES:
        for skew in (False, True):
            case = synthetic_case(n, seed=1, skew=skew)
            layout_ms = _median_ms(lambda c=case: layout(c))
            export_ms = _median_ms(lambda c=case: ecomap_html(c))
            size_kb = len(ecomap_html(case).encode("utf-8")) / 1024
            overlaps = count_overlaps(label_boxes(case, layout(case)))
            kind = "schief" if skew else "gemischt"
            print(f"{n:>10} {kind:>10} {layout_ms:>10.1f} {export_ms:>10.1f} {size_kb:>10.0f} {overlaps:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
