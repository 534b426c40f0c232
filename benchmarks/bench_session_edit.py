"""Python-side cost of one edit in the session app (no browser): form click → model → save → panels → map.

What a person waits for, in a real browser, is in ``bench_app.py``; this splits off the kernel's share.

Target (issue 3): ≤ 30 ms median at 200 resources including save and widget update. Printed twice:
the whole app, and without the live map's ``show_case`` (to see whose share is whose).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cases import synthetic_case

from beratungskit.store import CaseStore
from beratungskit.ui.app import SessionApp


def median_ms(action, n: int = 25) -> float:
    times = []
    for i in range(n):
        start = time.perf_counter()
        action(i)
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 1)


def measure(n_resources: int, with_map: bool) -> dict[str, float]:
    store = CaseStore(Path(tempfile.mkdtemp()))
    case = synthetic_case(n_resources, seed=1)
    store.save(case)
    app = SessionApp(store)
    app.picker.refresh()
    app.picker.case_buttons[case.key].click()
    if not with_map and app.map is not None:
        app.map.show_case = lambda _case: None  # type: ignore[attr-defined]
    form = app.resource_form
    rid = case.resources[0].id

    def add(i: int) -> None:
        form.label.value = f"Ding {i}"
        form.save_button.click()

    return {
        "add": median_ms(add),
        "move": median_ms(lambda i: app.map._moved({rid: [float(i), 2.0]})),
    }


def main() -> None:
    for n in (15, 50, 200):
        whole = measure(n, with_map=True)
        own = measure(n, with_map=False)
        print(
            f"{n:>4} resources  Python only, whole app: add {whole['add']} ms, move {whole['move']} ms"
            f"   without map: add {own['add']} ms, move {own['move']} ms"
        )


if __name__ == "__main__":
    main()
