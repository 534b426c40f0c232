"""Train the wording guard's model (``templates/wording_model.json``) from labelled sentences.

Run with ``make wording-model`` (needs the ``train`` extra: scikit-learn). The result is the same for
the same sentences and the same scikit-learn: the solver (liblinear) is deterministic, features are
sorted, and weights are rounded. The app itself never imports scikit-learn
(:mod:`beratungskit.analysis.wording_model` only sums the shipped weights).

Training sentences: every labelled file of the repository in the probes' format
(``{text, writer, kind, self_harm}``): the development sets in ``tests/data/wording_*.yaml`` and the
probes 1–3 in ``benchmarks/data/`` (development data since rounds two to four of issue 11). A file
whose entries carry ``set: heldout`` keeps those sentences out (``wording_batch4.yaml``: the estimate
for phrasings nobody trained or tuned on).

Labels: ``self_harm`` and ``crisis`` from every sentence; deficit, typing, profiling and judging from
the IFK's sentences only, since the eLb's words about themselves are labelled fine on purpose (the
guard never hints those kinds in the eLb's words).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

from beratungskit.analysis.wording_model import LABELS, MODEL_FILE, features

__all__ = ["load_sentences", "main", "train"]

ROOT = Path(__file__).resolve().parents[2]
SOURCES: tuple[str, ...] = (
    "tests/data/wording_corpus.yaml",
    "tests/data/wording_dev.yaml",
    "tests/data/wording_batch.yaml",
    "tests/data/wording_batch2.yaml",
    "tests/data/wording_batch3.yaml",
    "tests/data/wording_batch4.yaml",
    "tests/data/wording_batch5.yaml",
    "tests/data/wording_batch6.yaml",
    "benchmarks/data/wording_probe.yaml",
    "benchmarks/data/wording_probe2.yaml",
    "benchmarks/data/wording_probe3.yaml",
)
#: Inverse strength of the L2 penalty per label (chosen on held-out sentences, see the closing note).
C = 1.0
#: Weights smaller than this are dropped from the file (they change no decision).
PRUNE = 0.02


def load_sentences(path: Path) -> list[dict[str, Any]]:
    """The entries of one labelled file: text, writer, kinds, self_harm, set."""
    out = []
    for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        kinds = entry["kind"] if isinstance(entry["kind"], list) else [entry["kind"]]
        out.append(
            {
                "text": str(entry["text"]),
                "writer": str(entry.get("writer", "ifk")),
                "kinds": {str(k) for k in kinds},
                "self_harm": bool(entry.get("self_harm", False)),
                "set": str(entry.get("set", "")),
            }
        )
    return out


def _target(entry: dict[str, Any], label: str) -> int | None:
    """1/0 for ``label`` in ``entry``, or None when the entry says nothing about it."""
    if label == "self_harm":
        return int(entry["self_harm"])
    if label == "crisis":
        return int("crisis" in entry["kinds"])
    if entry["writer"] != "ifk":
        return None
    return int(label in entry["kinds"])


def train(entries: Sequence[dict[str, Any]], c: float = C) -> dict[str, Any]:
    """The model's JSON data, trained on ``entries``."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [{name: 1 for name, _n in features(e["text"])} for e in entries]
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(rows)
    names = vectorizer.get_feature_names_out()
    weights = [[0.0] * len(LABELS) for _ in names]
    bias = []
    for column, label in enumerate(LABELS):
        chosen = [i for i, e in enumerate(entries) if _target(e, label) is not None]
        targets = [_target(entries[i], label) for i in chosen]
        fit = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=1000)
        fit.fit(matrix[chosen], targets)
        bias.append(round(float(fit.intercept_[0]), 4))
        for i, weight in enumerate(fit.coef_[0]):
            weights[i][column] = round(float(weight), 3)
    kept = {str(name): w for name, w in zip(names, weights, strict=True) if max(abs(x) for x in w) >= PRUNE}
    return {"labels": list(LABELS), "bias": bias, "weights": kept}


def dumps(data: dict[str, Any]) -> str:
    """The model as JSON with one feature a line (a retrained model gives a readable diff)."""
    lines = ["{"]
    for key in sorted(k for k in data if k != "weights"):
        lines.append(f"{json.dumps(key)}: {json.dumps(data[key], ensure_ascii=False)},")
    lines.append('"weights": {')
    rows = sorted(data["weights"].items())
    lines.extend(
        f"{json.dumps(name, ensure_ascii=False)}: {json.dumps(weights)}{',' if n + 1 < len(rows) else ''}"
        for n, (name, weights) in enumerate(rows)
    )
    lines.append("}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def gather(sources: Iterable[str] = SOURCES, root: Path = ROOT) -> tuple[list[dict[str, Any]], list[str]]:
    """All training entries (held-out ones left out) and the files they came from."""
    entries: list[dict[str, Any]] = []
    used = []
    for source in sources:
        path = root / source
        if not path.exists():
            continue
        used.append(source)
        entries.extend(e for e in load_sentences(path) if e["set"] != "heldout")
    return entries, used


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Trainiert das Modell des Formulierungs-Hinweises.")
    parser.add_argument("--out", type=Path, default=ROOT / "templates" / MODEL_FILE)
    args = parser.parse_args(argv)
    entries, used = gather()
    data = train(entries)
    data["trained_on"] = f"{len(entries)} Sätze aus " + ", ".join(used)
    args.out.write_text(dumps(data), encoding="utf-8")
    print(f"{args.out}: {len(data['weights'])} Merkmale, {len(entries)} Sätze")
    return 0


if __name__ == "__main__":
    sys.exit(main())
