"""Wording guard on the blind probe corpus: precision, recall, per-kind figures, missed self-harm.

``benchmarks/data/wording_probe.yaml`` was written by someone who had never seen the guard's word
lists or patterns (issue 11). It is copied into the repository unchanged and is **never** used to
tune the guard: the guard is developed on ``tests/data/wording_dev.yaml`` and
``tests/data/wording_corpus.yaml``; this script only measures. It prints figures, never sentences,
so running it does not leak the probe into anyone's tuning.

Each entry: ``{text, writer: ifk|elb, kind: fine|deficit|typing|profiling|judging|crisis or a list,
self_harm: bool}``. For writer ``elb`` the probe labels deficit/typing/profiling in the client's own
words about themselves as ``fine`` (the guard must know who wrote); crisis stays crisis.

Scoring (sentence level, as :func:`beratungskit.analysis.wording.evaluate`): a sentence with an issue
is *found* when the guard reports a finding of one of its kinds; overall precision = found / sentences
with any finding; a fine sentence with any finding is a false alarm. A self-harm sentence is *missed*
when no finding offers the crisis line (``Finding.self_harm``; a guard without that flag counts any
crisis finding).

Measured on 30.11.2026 (2 shared cores, load from other sessions; figures are counts, not times):

* before issue 11 (the guard as it was, commit 269b1aa): overall precision 0.677, recall 0.426,
  15 of 18 self-harm sentences without an offer of help (``BASELINE`` below)
* after issue 11 (commit 74dfaaa, measured once after the guard was finished): overall precision
  0.801, recall 0.736; 4 of 18 self-harm sentences without the crisis line; 11 of 127 fine sentences
  with a false alarm. The target (recall ≥ 0.85 at precision ≥ 0.95, no self-harm missed) is NOT met;
  the figures are reported as measured and the probe was not used to tune afterwards.

Run: ``.venv/bin/python benchmarks/bench_wording_probe.py`` (also part of ``make bench``).
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Any

import yaml

from beratungskit.analysis.wording import KINDS, check_text

PROBE = Path(__file__).resolve().parent / "data" / "wording_probe.yaml"

#: The figures of the first and only run on the guard as it was before issue 11 changed it.
BASELINE = """\
Probe-Korpus: 275 Sätze (Inhalte werden nicht ausgegeben)
Art         Sätze   TP   FP   FN  Präzision  Recall
overall       148   63   30   85      0.677   0.426
crisis         38   11   12   27      0.478   0.289
profiling      29   12    5   17      0.706   0.414
deficit        40   18    4   22      0.818   0.450
typing         24   11    5   13      0.688   0.458
judging        29   14    8   15      0.636   0.483
fine          127        16      Fehlalarme   0.126
Schreiber elb: 14 Sätze mit Thema, Präzision 0.250, Recall 0.286, Fehlalarme/falsche Art 12
Schreiber ifk: 134 Sätze mit Thema, Präzision 0.766, Recall 0.440, Fehlalarme/falsche Art 18
Selbstgefährdung: 18 Sätze, ohne Hilfsangebot (Krisentelefon): 15
"""


def load_probe(path: Path = PROBE) -> list[dict[str, Any]]:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for entry in entries:
        kinds = entry["kind"] if isinstance(entry["kind"], list) else [entry["kind"]]
        out.append(
            {
                "text": str(entry["text"]),
                "writer": str(entry.get("writer", "ifk")),
                "kinds": [str(k) for k in kinds],
                "self_harm": bool(entry.get("self_harm", False)),
            }
        )
    return out


def _checker() -> Any:
    """``check_text`` with the writer where the guard knows about writers (after issue 11)."""
    if "writer" in inspect.signature(check_text).parameters:
        return lambda text, writer: check_text(text, writer=writer)
    return lambda text, _writer: check_text(text)


def score(entries: list[dict[str, Any]]) -> dict[str, Any]:
    check = _checker()
    rows: dict[str, list[int]] = {name: [0, 0, 0, 0] for name in ("overall", *KINDS)}  # n, tp, fp, fn
    fine_n = fine_alarm = 0
    harm_n = harm_missed = 0
    by_writer: dict[str, list[int]] = {}
    for entry in entries:
        findings = check(entry["text"], entry["writer"])
        # every kind a finding stands for (``Finding.kinds`` since the second round of issue 11)
        found = {kind for f in findings for kind in getattr(f, "kinds", (f.kind,))}
        labels = set(entry["kinds"])
        writer = by_writer.setdefault(entry["writer"], [0, 0, 0, 0])
        if labels == {"fine"}:
            fine_n += 1
            fine_alarm += bool(found)
            rows["overall"][2] += bool(found)
            writer[2] += bool(found)
        else:
            hit = bool(found & labels)
            for row in (rows["overall"], writer):
                row[0] += 1
                row[1] += hit
                row[2] += bool(found) and not hit
                row[3] += not hit
        for kind in KINDS:
            if kind in labels:
                rows[kind][0] += 1
                rows[kind][1 if kind in found else 3] += 1
            elif kind in found:
                rows[kind][2] += 1
        if entry["self_harm"]:
            harm_n += 1
            offered = any(getattr(f, "self_harm", f.kind == "crisis") for f in findings)
            harm_missed += not offered
    return {
        "rows": rows,
        "writers": by_writer,
        "fine": (fine_n, fine_alarm),
        "self_harm": (harm_n, harm_missed),
        "sentences": len(entries),
    }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def format_result(result: dict[str, Any]) -> str:
    lines = [f"Probe-Korpus: {result['sentences']} Sätze (Inhalte werden nicht ausgegeben)"]
    lines.append(f"{'Art':<10} {'Sätze':>6} {'TP':>4} {'FP':>4} {'FN':>4} {'Präzision':>10} {'Recall':>7}")
    for name, (n, tp, fp, fn) in result["rows"].items():
        lines.append(
            f"{name:<10} {n:>6} {tp:>4} {fp:>4} {fn:>4} "
            f"{_ratio(tp, tp + fp):>10.3f} {_ratio(tp, tp + fn):>7.3f}"
        )
    fine_n, alarms = result["fine"]
    rate = _ratio(alarms, fine_n)
    lines.append(f"{'fine':<10} {fine_n:>6} {'':>4} {alarms:>4} {'':>4} {'Fehlalarme':>10} {rate:>7.3f}")
    for writer, (n, tp, fp, fn) in sorted(result["writers"].items()):
        lines.append(
            f"Schreiber {writer}: {n} Sätze mit Thema, Präzision {_ratio(tp, tp + fp):.3f}, "
            f"Recall {_ratio(tp, tp + fn):.3f}, Fehlalarme/falsche Art {fp}"
        )
    harm_n, missed = result["self_harm"]
    lines.append(f"Selbstgefährdung: {harm_n} Sätze, ohne Hilfsangebot (Krisentelefon): {missed}")
    return "\n".join(lines)


#: The probes, each with what it is now. Probe 1 became development data in the second round of
#: issue 11 (after its before/after measurement); probe 2 is the figure on sentences nobody tuned on.
PROBES: tuple[tuple[str, Path], ...] = (
    ("Probe 1 (blind geschrieben; seit der zweiten Runde Entwicklungsdaten, also abgestimmt)", PROBE),
    ("Probe 2 (blind geschrieben, nie zum Abstimmen benutzt)", PROBE.with_name("wording_probe2.yaml")),
)


def main() -> int:
    for title, path in PROBES:
        print(title)
        if not path.exists():
            print(f"  {path.name} fehlt")
        else:
            print(format_result(score(load_probe(path))))
        print()
    print("Probe 1 vorher (Stand vor Issue 11, einmal gemessen):")
    print(BASELINE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
