"""The wording hint while a person types: how often does a hint flash up that the finished sentence
does not have?

The hint under a field follows every keystroke. Read letter by letter, an everyday sentence passes
through fragments the guard misreads: „Ich will wieder i“ (on its way to „in einer Werkstatt“) made the
model see a thought of self-harm, and the crisis line flashed up under an everyday wish. Since the
twenty-eighth round the hint reads only the sentences already finished while a person types
(:func:`beratungskit.ui.hints.settled`) and the whole text after a pause in typing.

The script types fine sentences of the probes (labelled ``fine``, no self-harm; probes 26 and 27,
development data) one letter at a time and counts, for every prefix that ends in a letter,

* **crisis line**: the hint offers the crisis line, the finished sentence's does not;
* **other kind**: the hint names a kind the finished sentence's does not,

once as before (every prefix read whole) and once as now while the person types on without a pause
(the prefix up to its last finished sentence). A pause in the middle of a sentence reads it as it
stands, as before: „Ich will nicht mehr“ … (pause) … „in die Backstube“ can still show a hint for a
moment — the words typed so far do say that.
Figures, not sentences, are printed.

Measured on 03.12.2026 (2 shared cores; counts, not times):

* main 13921bf's guard, 250 sentences, before the change, in the first form of this script (every
  prefix read whole): the crisis line flashed at 491 prefixes of 58 sentences (399 of them in the
  middle of a word), a kind the sentence does not have at 619 prefixes.
* the twenty-eighth round's guard (lists of its second part), the script as it is (120 sentences):
  read whole, the crisis line at 140 prefixes of 21 sentences (113 in the middle of a word), another
  kind at 177 prefixes of 27 sentences; **while typing (finished sentences only): 0 and 0**. A first
  try that dropped only the unfinished last word still flashed in 11 of the 120 sentences („Ich habe
  die Tabletten“ … „vom Zahnarzt genommen“), so the hint waits for the sentence.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from beratungskit.analysis.wording import check_text, offers_crisis_line  # noqa: E402
from beratungskit.ui.hints import settled  # noqa: E402

PROBES = (ROOT / "benchmarks/data/wording_probe26.yaml", ROOT / "benchmarks/data/wording_probe27.yaml")
SENTENCES = 120


def fine_sentences(count: int = SENTENCES) -> list[dict[str, Any]]:
    rows = [
        entry
        for path in PROBES
        for entry in yaml.safe_load(path.read_text(encoding="utf-8"))
        if entry.get("kind") == "fine" and not entry.get("self_harm")
    ]
    random.Random(7).shuffle(rows)
    return rows[:count]


def _signature(text: str, writer: str, cache: dict[tuple[str, str], Any]) -> tuple[frozenset[str], bool]:
    key = (text, writer)
    if key not in cache:
        findings = check_text(text, writer=writer) if text.strip() else []
        kinds = frozenset(kind for finding in findings for kind in finding.kinds)
        cache[key] = (kinds, any(offers_crisis_line(finding) for finding in findings))
    return cache[key]


def flashes(rows: list[dict[str, Any]], shown: Callable[[str], str]) -> dict[str, int]:
    """Prefixes (and sentences) whose hint, read as ``shown(prefix)``, says more than the sentence's."""
    cache: dict[tuple[str, str], Any] = {}
    line = kind = mid_word = 0
    line_sentences = kind_sentences = 0
    for entry in rows:
        text, writer = entry["text"], entry["writer"]
        final_kinds, final_line = _signature(text, writer, cache)
        had_line = had_kind = False
        for end in range(1, len(text)):
            prefix = text[:end]
            if not prefix[-1].isalnum():
                continue
            kinds, offers = _signature(shown(prefix), writer, cache)
            if offers and not final_line:
                line += 1
                mid_word += text[end].isalnum()
                had_line = True
            if kinds - final_kinds:
                kind += 1
                had_kind = True
        line_sentences += had_line
        kind_sentences += had_kind
    return {
        "line": line,
        "line_mid_word": mid_word,
        "line_sentences": line_sentences,
        "kind": kind,
        "kind_sentences": kind_sentences,
    }


def main() -> int:
    rows = fine_sentences()
    check_text("Warm.")
    print(f"{len(rows)} unauffällige Sätze (Proben 26 und 27), Buchstabe für Buchstabe getippt")
    readings = (("jedes Stück ganz gelesen (vorher)", lambda p: p), ("beim Tippen (jetzt)", settled))
    for title, shown in readings:
        started = time.perf_counter()
        result = flashes(rows, shown)
        print(
            f"{title}: Krisentelefon aufgeblitzt bei {result['line']} Stücken "
            f"({result['line_mid_word']} mitten im Wort) in {result['line_sentences']} Sätzen; "
            f"eine Art, die der Satz nicht hat, bei {result['kind']} Stücken in {result['kind_sentences']} "
            f"Sätzen ({time.perf_counter() - started:.0f} s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
