"""Run every benchmark script in this folder and print its figures (``make bench``).

Benchmarks measure speed against the targets the issues name; they are figures, not tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: Run on their own only: the leave-one-probe-out estimate trains two models per probe with their
#: threshold searches (hours; since the test extra brings scikit-learn it would run here); the exit audit
#: reads every labelled sentence (sixty-first round).
ON_THEIR_OWN = {
    "bench_wording_lopo.py": "python benchmarks/bench_wording_lopo.py [--probes 19,20]",
    # the exit audit checks every labelled sentence that holds an exit's pattern (about twenty minutes)
    "bench_wording_exits.py": "python benchmarks/bench_wording_exits.py [--all]",
}


def main() -> int:
    failed = 0
    for script in sorted(HERE.glob("bench_*.py")):
        print(f"\n=== {script.name} ===", flush=True)
        if script.name in ON_THEIR_OWN:
            print(f"läuft nur einzeln (Stunden): {ON_THEIR_OWN[script.name]}", flush=True)
            continue
        failed += subprocess.run([sys.executable, str(script)], check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
