"""The audit of the model's exits (issue 11, sixty-first round): for every alternative of the model's
self-harm exits (``model: self_harm: unless`` and ``everyday`` in ``templates/wording_guard.yaml``), how
often it holds in a sentence whose model score passes the writer's threshold — on labelled self-harm
sentences (where it silences the model) and on the others (where it is what it was written for).

The blind probes found in ``bench_wording_probe.PROBES`` („nie gelesen“) are left out, and no sentence is
printed: only counts and the exits' own patterns. An exit that holds on self-harm sentences is too wide;
„ohne Befund“ counts those sentences that end up with no self-harm finding at all.

Why: on the blind probes of the sixtieth round, every self-harm sentence the guard missed had a model
score above the threshold and an exit that silenced it. Run: ``python benchmarks/bench_wording_exits.py
[--all]`` (about 100,000 sentences, of which a third hold an exit's pattern and are checked: about twenty
minutes on two cores; ``--all`` also lists the exits that hold only where they should). ``make bench``
leaves it out (``run.py``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_wording_probe import PROBES  # noqa: E402

from beratungskit.analysis import wording  # noqa: E402

GUARD_FILE = ROOT / "templates" / "wording_guard.yaml"
DATA = (ROOT / "tests" / "data", ROOT / "benchmarks" / "data")
#: Probes nobody read: their sentences are never looked at, here neither.
BLIND = frozenset(path.name for title, path in PROBES if title.endswith("nie gelesen)"))


@dataclass
class Count:
    """How often one exit held where the model was sure: on self-harm sentences (and how many of those
    were left without a self-harm finding) and on the others."""

    self_harm: int = 0
    lost: int = 0
    others: int = 0
    files: set[str] = field(default_factory=set)


def _error(where: str, message: str) -> ValueError:
    return ValueError(f"{where}: {message}")


def exit_alternatives(data: dict[str, Any]) -> list[tuple[str, re.Pattern[str]]]:
    """Each alternative of the model's self-harm exits, named by where it stands, compiled as the guard
    compiles it (``unless``: between word boundaries; ``everyday``: from the sentence's start, never
    beside a pressing word).

    >>> alts = exit_alternatives({"model": {"self_harm": {"unless": ["Prüfung"], "pressing": ["sterb"],
    ...     "everyday": [{"exits": ["hausarzt"]}]}}})
    >>> [(name, bool(rx.search("beim hausarzt"))) for name, rx in alts]
    [('unless: Prüfung', False), ('everyday 0: hausarzt', True)]
    >>> bool(alts[1][1].search("beim hausarzt, ich will sterben"))
    False
    """
    fragments = wording._fragments(data.get("fragments"), _error)
    data = wording._with_fragments(data, fragments, _error)
    lists = wording._unless_lists(data.get("unless_lists"), _error)
    options = data["model"]["self_harm"]
    out: list[tuple[str, re.Pattern[str]]] = []
    for item in options.get("unless") or ():
        entry = str(item).strip()
        name = entry[len("list:") :].strip() if entry.startswith("list:") else None
        for raw in lists[name] if name else [entry]:
            label = f"unless list {name}: {raw}" if name else f"unless: {raw}"
            out += [(label, re.compile(r"\b(?:" + part + r")\b")) for part in wording._exit_parts([raw])]
    pressing = wording._regex_list(options.get("pressing") or [], "pressing", _error)
    for number, entry in enumerate(options.get("everyday") or ()):
        own = wording._regex_list(entry["pressing"], "pressing", _error) if "pressing" in entry else pressing
        words = own + wording._regex_list(entry.get("also_pressing") or [], "also_pressing", _error)
        never = r"(?![\s\S]*(?:" + "|".join(words) + "))" if words else ""
        for raw in entry["exits"]:
            for part in wording._listed_exits([raw], lists, _error):
                pattern = re.compile("^" + never + r"[\s\S]*?(?:" + part + r")\b")
                out.append((f"everyday {number}: {part}", pattern))
    return out


def labelled(path: Path) -> Iterator[tuple[str, str, bool]]:
    """(text, writer, self-harm) of each labelled sentence in one YAML file of sentences: a list of
    entries, or lists of them under keys (a list named ``self_harm`` holds self-harm sentences)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    groups = data.items() if isinstance(data, dict) else [("", data)]
    for key, entries in groups:
        for entry in entries if isinstance(entries, list) else ():
            if isinstance(entry, dict) and "text" in entry:
                harm = bool(entry.get("self_harm", key == "self_harm"))
                yield str(entry["text"]), str(entry.get("writer", "ifk")), harm


def _core(pattern: str) -> str:
    r"""An exit pattern without what binds it to a sentence's start and its pressing words: the pattern
    of an everyday exit (``^(?!…)[\s\S]*?(?:EXIT)\b``) becomes ``(?:EXIT)\b``, which holds wherever the
    exit itself stands.

    >>> _core(r"^(?![\s\S]*(?:sterb))[\s\S]*?(?:hausarzt)\b")
    '(?:hausarzt)\\b'
    >>> _core(r"\b(?:pruefung)\b")
    '\\b(?:pruefung)\\b'
    """
    if not pattern.startswith("^"):
        return pattern
    return pattern.split(r")[\s\S]*?", 1)[-1] if pattern.startswith("^(?!") else pattern[len(r"^[\s\S]*?") :]


class _Recorder:
    """The sentences in which the model's exits held while its self-harm score passed the threshold
    (and no finding of the lists brought the crisis line there), recorded by wrapping three methods of
    the guard's model use for one run."""

    def __init__(self) -> None:
        self.sure: bool | None = None
        self.held: list[tuple[str, str]] = []
        use = wording._ModelUse
        self._saved = (use.passes, use.exits, use.whole)

    def __enter__(self) -> _Recorder:
        use = wording._ModelUse
        passes, exits, whole = self._saved
        recorder = self

        def watched_passes(self: Any, rule: Any, score: float, folded: str, model: Any, writer: str,
                           here: list[Any], after: str = "") -> bool:  # fmt: skip
            if rule.label == "self_harm":
                recorder.sure = score >= rule.threshold(model, writer) and not any(f.self_harm for f in here)
            try:
                return passes(self, rule, score, folded, model, writer, here, after)
            finally:
                recorder.sure = None

        def watched_exits(self: Any, folded: str, after: str = "") -> bool:
            held = exits(self, folded, after)
            if held and recorder.sure:
                recorder.held.append((folded.strip(), after))
            return held

        def watched_whole(self: Any, text: str, found: list[Any], writer: str = "ifk") -> Any:
            recorder.sure = True  # ``whole`` asks the exits only once the score passed
            try:
                return whole(self, text, found, writer)
            finally:
                recorder.sure = None

        use.passes, use.exits, use.whole = watched_passes, watched_exits, watched_whole  # type: ignore[method-assign]
        return self

    def __exit__(self, *_: object) -> None:
        wording._ModelUse.passes, wording._ModelUse.exits, wording._ModelUse.whole = self._saved  # type: ignore[method-assign]


def audit(files: list[Path]) -> tuple[dict[str, Count], int, int]:
    """Per exit alternative its counts, over the labelled sentences of ``files``; and how many
    sentences were read and how many self-harm sentences an exit silenced with no finding left."""
    data = yaml.safe_load(GUARD_FILE.read_text(encoding="utf-8"))
    alternatives = exit_alternatives(data)
    counts = {name: Count() for name, _ in alternatives}
    # an exit can hold only where one of its patterns stands somewhere in the folded text: the others are
    # not checked (about a third of the sentences are)
    anywhere = re.compile("|".join(f"(?:{_core(pattern.pattern)})" for _, pattern in alternatives))
    guard = wording.load_guard()
    read = silenced = 0
    with _Recorder() as recorder:
        for path in files:
            for text, writer, harm in labelled(path):
                read += 1
                if not anywhere.search(wording.fold(text)[0]):
                    continue
                recorder.held.clear()
                found = wording.check_text(text, guard=guard, writer=writer)
                if not recorder.held:
                    continue
                lost = harm and not any(f.self_harm for f in found)
                silenced += lost
                names = {
                    name
                    for folded, after in recorder.held
                    for name, pattern in alternatives
                    if pattern.search(folded)
                    or (after and folded.endswith(("...", "…")) and pattern.search(f"{folded} {after}"))
                }
                for name in names:
                    count = counts[name]
                    count.files.add(path.name)
                    if harm:
                        count.self_harm += 1
                        count.lost += lost
                    else:
                        count.others += 1
    return counts, read, silenced


def main(argv: list[str]) -> int:
    files = sorted(p for folder in DATA for p in folder.glob("wording_*.yaml") if p.name not in BLIND)
    counts, read, silenced = audit(files)
    wide = sorted(
        ((name, c) for name, c in counts.items() if c.self_harm),
        key=lambda item: (-item[1].self_harm, item[0]),
    )
    print(f"Ausgänge des Modells (Selbstgefährdung): {len(counts)}; gelesen: {read} Sätze aus {len(files)} "
          f"Dateien (blind und ausgelassen: {', '.join(sorted(BLIND))})")  # fmt: skip
    print(f"Ausgänge, die bei sicherem Modell auf Sätzen mit Selbstgefährdung greifen: {len(wide)}; "
          f"Sätze mit Selbstgefährdung, die dabei ohne Befund bleiben: {silenced}")  # fmt: skip
    print(f"{'SG':>4} {'ohne Befund':>11} {'andere':>6}  Ausgang")
    for name, count in wide:
        print(f"{count.self_harm:>4} {count.lost:>11} {count.others:>6}  {name[:160]}")
    if "--all" in argv:
        for name, count in sorted(counts.items(), key=lambda item: -item[1].others):
            if count.others and not count.self_harm:
                print(f"{0:>4} {0:>11} {count.others:>6}  {name[:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
