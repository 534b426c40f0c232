"""Team report over 1,000 and 10,000 fictional cases: wall time and peak memory.

Targets (issue 5): 10,000 cases in ≤ 5 s and ≤ 1 GB. Each size runs in a fresh subprocess so the
peak resident memory (``ru_maxrss``) belongs to that run alone; the cases are generated beforehand
(:mod:`generate_cases`) and not timed. The run reads every file, validates it
(``Case.model_validate_json``), aggregates in one pass (with the wording guard and a partner
directory) and writes the HTML report.

    python benchmarks/bench_team.py            # 1,000 and 10,000
    python benchmarks/bench_team.py 500 2000   # other sizes
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate_cases import partners_yaml, write_cases  # noqa: E402

TARGET_SECONDS = 5.0
TARGET_MB = 1024

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from beratungskit.analysis.team import load_partners, team_aggregates
from beratungskit.render.team_report import team_html

folder, partners_file, out = map(Path, sys.argv[1:4])
start = time.perf_counter()
agg = team_aggregates(folder, partners=load_partners(partners_file))
mid = time.perf_counter()
out.write_text(team_html(agg), encoding="utf-8")
end = time.perf_counter()
rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"cases": agg.n_cases, "aggregate": mid - start, "total": end - start,
                  "rss_mb": rss_kb / 1024}))
"""


def _baseline_mb() -> float:
    """Peak memory of a child that only imports what the run imports (to show the run's own share)."""
    code = (
        "import resource, beratungskit.analysis.team, beratungskit.render.team_report;"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    return float(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    )


def run(n: int, work: Path) -> dict[str, float]:
    folder = work / f"faelle-{n}"
    started = time.perf_counter()
    write_cases(folder, n, seed=n)
    generated = time.perf_counter() - started
    partners = work / "partners.yaml"
    partners.write_text(partners_yaml(), encoding="utf-8")
    out = work / f"team-{n}.html"
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(folder), str(partners), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(result.stdout)
    figures["generate"] = generated
    return figures


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [1000, 10000]
    base = _baseline_mb()
    print(f"Grundbedarf eines Python-Prozesses mit den Modulen: {base:.0f} MB")
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-team-") as tmp:
        for n in sizes:
            f = run(n, Path(tmp))
            rows.append((n, f))
            print(
                f"{n:>6} Fälle: gesamt {f['total']:.2f} s (lesen+zählen {f['aggregate']:.2f} s, "
                f"{1000 * f['total'] / n:.3f} ms/Fall), Speicher max {f['rss_mb']:.0f} MB "
                f"(Erzeugen der Testfälle, nicht gemessen: {f['generate']:.1f} s)"
            )
    ok = True
    for n, f in rows:
        if n == 10000:
            time_ok, mem_ok = f["total"] <= TARGET_SECONDS, f["rss_mb"] <= TARGET_MB
            ok = time_ok and mem_ok
            print(
                f"Ziel 10.000 Fälle ≤ {TARGET_SECONDS:.0f} s: {'erreicht' if time_ok else 'VERFEHLT'}; "
                f"≤ {TARGET_MB} MB: {'erreicht' if mem_ok else 'VERFEHLT'}"
            )
    if len(rows) >= 2:
        (n1, f1), (n2, f2) = rows[0], rows[-1]
        growth = (f2["total"] / f1["total"]) / (n2 / n1)
        mem_growth = f2["rss_mb"] - f1["rss_mb"]
        verdict = "linear" if 0.6 <= growth <= 1.4 else "NICHT linear"
        print(
            f"Zeit je Fall bei {n2} gegenüber {n1} Fällen: Faktor {growth:.2f} → {verdict}; "
            f"Speicher wächst um {mem_growth:.0f} MB (Fälle werden einzeln gelesen, nicht alle gehalten)"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
