"""Train the wording guard's model (``templates/wording_model.json``) from labelled sentences.

Run with ``make wording-model`` (needs the ``train`` extra: scikit-learn). The result is the same for
the same sentences and the same scikit-learn: the solver (liblinear) is deterministic, features are
sorted, and weights are rounded. The app itself never imports scikit-learn
(:mod:`beratungskit.analysis.wording_model` only sums the shipped weights).

Training sentences: every labelled file of the repository in the probes' format
(``{text, writer, kind, self_harm}``): the development sets in ``tests/data/wording_*.yaml``, the
probes 1–23 in ``benchmarks/data/`` (each development data after its one blind run; probe 11 since
the twelfth round, probe 12 since the thirteenth, probe 13 since the fourteenth, probe 14 since the
fifteenth, probe 15 since the sixteenth, probe 16 since the seventeenth, probe 17 since the
eighteenth, probe 18 since the nineteenth, probe 19 since the twentieth, probe 20 since the
twenty-first, probe 21 since the twenty-second, probe 22 since the twenty-third, probe 23 since the
twenty-fourth), two training
corpora written in the twelfth round by two other helpers for the families earlier rounds judged list-proof
(``tests/data/wording_train12a.yaml``, ``wording_train12b.yaml``: training data only, never a fold of
the leave-one-probe-out estimate), and one of the fifteenth round (``tests/data/wording_train15.yaml``,
1272 sentences in contrasting pairs: indirect self-harm and fine twins with the same surface words;
training data only, read and tuned on; since the sixteenth round counted for self-harm and crisis only,
:data:`SPEAKS_FOR`), and one of the sixteenth round (``tests/data/wording_train16.yaml``, 1250 sentences
in contrasting pairs for self-harm and for deficit talk, every label; training data only), and one of
the seventeenth round (``tests/data/wording_train17.yaml``, 1562 sentences in contrasting pairs for
self-harm, judging and deficit talk, every label; training data only), and one of the nineteenth round
(``tests/data/wording_train18.yaml``, 1208 sentences in contrasting pairs: veiled self-harm in the eLb's
short messages and emotional-but-fine twins, dark jokes taken back or not, the eLb's own past or work
against a present crisis, IFK judging against neutral twins; every label; training data only), and one
of the twentieth round (``tests/data/wording_train19.yaml``, 1344 sentences in contrasting pairs:
emotional eLb messages that are no crisis against veiled self-harm twins, talk about death, religion and
prices, urgent need, IFK judging, profiling, deficit and typing against neutral twins; every label;
training data only), and one of the twenty-first round (``tests/data/wording_train20.yaml``, 1362
sentences in contrasting pairs: short emotional eLb messages that are no crisis against veiled self-harm
twins, urgent need such as medicine running out, IFK judging, profiling, deficit and typing against
neutral twins; every label; training data only), and one of the twenty-second round
(``tests/data/wording_train21.yaml``, 1398 sentences in contrasting pairs: medium-length eLb messages
about hard situations that are no crisis against veiled self-harm twins, other crises against the same
topic not acute, IFK judging, deficit, typing and profiling against neutral twins; every label; training
data only), and one of the twenty-third round (``tests/data/wording_train22.yaml``, 1380 sentences in
contrasting pairs: emotional but fine eLb messages against veiled self-harm twins, very short messages,
other crises against the same topic not acute, IFK notes against neutral twins; every label; training
data only), and one of the twenty-fourth round (``tests/data/wording_train23.yaml``, 1302 sentences:
emotional but fine eLb messages, fine IFK notes with heavy words, indirect self-harm; every label;
training data only). A file whose entries carry ``set: heldout`` keeps those sentences out
(``wording_batch4.yaml``–``wording_batch6.yaml``; and ``wording_batch8.yaml``, ``wording_batch9.yaml`` and
``wording_batch10.yaml`` of the eleventh, twelfth and thirteenth rounds, held out as a whole and so not
among the sources: the estimate for phrasings nobody trained or tuned on).

Labels: ``self_harm`` and ``crisis`` from every sentence; deficit, typing, profiling and judging from
the IFK's sentences only, since the eLb's words about themselves are labelled fine on purpose (the
guard never hints those kinds in the eLb's words).
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from beratungskit.analysis.wording_model import (
    DENSE_MIN_WORDS,
    ENCODER,
    LABELS,
    MODEL_FILE,
    features,
    keep_every_vector,
    kept_vectors,
    vectors,
    word_count,
)

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
    "tests/data/wording_batch7.yaml",
    # twelfth round: training corpora written by two other helpers for the hard families (no probes)
    "tests/data/wording_train12a.yaml",
    "tests/data/wording_train12b.yaml",
    # fifteenth round: contrasting pairs for self-harm (indirect sentences and fine twins), another helper
    "tests/data/wording_train15.yaml",
    # sixteenth round: contrasting pairs for self-harm and for deficit talk, another helper (every label)
    "tests/data/wording_train16.yaml",
    # seventeenth round: contrasting pairs for self-harm, judging and deficit, another helper (every label)
    "tests/data/wording_train17.yaml",
    # eighteenth batch (nineteenth round): contrasting pairs for self-harm in the eLb's short messages,
    # the eLb's past and work, jokes taken back, IFK judging; another helper (every label)
    "tests/data/wording_train18.yaml",
    # nineteenth batch (twentieth round): contrasting pairs for emotional eLb messages that are no crisis
    # and veiled self-harm, talk about death, religion and prices, urgent need, judging, profiling,
    # deficit and typing against neutral twins; another helper (every label)
    "tests/data/wording_train19.yaml",
    # twentieth batch (twenty-first round): contrasting pairs for short emotional eLb messages that are
    # no crisis and veiled self-harm twins, urgent need (medicine running out), judging, profiling,
    # deficit and typing against neutral twins; another helper (every label)
    "tests/data/wording_train20.yaml",
    # twenty-first batch (twenty-second round): contrasting pairs for medium-length eLb messages about
    # hard situations that are no crisis and veiled self-harm twins, other crises against the same topic
    # not acute, IFK judging, deficit, typing and profiling against neutral twins; another helper (every
    # label)
    "tests/data/wording_train21.yaml",
    # twenty-second batch (twenty-third round): contrasting pairs for emotional but fine eLb messages and
    # veiled self-harm twins, very short messages, other crises against the same topic not acute, IFK
    # notes against neutral twins; another helper (every label)
    "tests/data/wording_train22.yaml",
    # twenty-third batch (twenty-fourth round): emotional but fine eLb messages, fine IFK notes with heavy
    # words, indirect self-harm; another helper (every label)
    "tests/data/wording_train23.yaml",
    # thirty-fifth round: the training lists of rounds 32-34 (ways of saying thoughts of suicide that are
    # easy to miss, German and 40 languages, with harmless twins; self-harm only, SPEAKS_FOR)
    "tests/data/wording_train35.yaml",
    # thirty-seventh round: the fine IFK notes and the issues of the thirty-third round's list, which
    # label every kind (in wording_train35.yaml they counted for self-harm alone, and the model learned
    # nothing of typing from „Typisch für die Gastronomie sind geteilte Dienste …“)
    "tests/data/wording_train36.yaml",
    # thirty-eighth round: three training batches by three more helpers who read nothing here (every
    # label): the eLb's messages in German (chat style, dialect, veiled farewells, twins, other crises,
    # neutral words about themselves), in some 30 of the clients' languages and scripts, and IFK notes
    # that record self-harm, near misses, deficit, typing, judging, profiling and other crises
    "tests/data/wording_train38a.yaml",
    "tests/data/wording_train38b.yaml",
    "tests/data/wording_train38c.yaml",
    "benchmarks/data/wording_probe.yaml",
    "benchmarks/data/wording_probe2.yaml",
    "benchmarks/data/wording_probe3.yaml",
    "benchmarks/data/wording_probe4.yaml",
    "benchmarks/data/wording_probe5.yaml",
    "benchmarks/data/wording_probe6.yaml",
    "benchmarks/data/wording_probe7.yaml",
    "benchmarks/data/wording_probe8.yaml",
    "benchmarks/data/wording_probe9.yaml",
    "benchmarks/data/wording_probe10.yaml",
    "benchmarks/data/wording_probe11.yaml",
    "benchmarks/data/wording_probe12.yaml",
    "benchmarks/data/wording_probe13.yaml",
    "benchmarks/data/wording_probe14.yaml",
    "benchmarks/data/wording_probe15.yaml",
    "benchmarks/data/wording_probe16.yaml",
    "benchmarks/data/wording_probe17.yaml",
    "benchmarks/data/wording_probe18.yaml",
    "benchmarks/data/wording_probe19.yaml",
    "benchmarks/data/wording_probe20.yaml",
    "benchmarks/data/wording_probe21.yaml",
    "benchmarks/data/wording_probe22.yaml",
    "benchmarks/data/wording_probe23.yaml",
    # thirty-fifth round: the probes the lists have been written on since (probes 33 and 35-39 stayed
    # out then: they were the blind measure of the rounds 35–37)
    "benchmarks/data/wording_probe24.yaml",
    "benchmarks/data/wording_probe25.yaml",
    "benchmarks/data/wording_probe26.yaml",
    "benchmarks/data/wording_probe27.yaml",
    "benchmarks/data/wording_probe28.yaml",
    "benchmarks/data/wording_probe29.yaml",
    "benchmarks/data/wording_probe30.yaml",
    "benchmarks/data/wording_probe31.yaml",
    "benchmarks/data/wording_probe32.yaml",
    "benchmarks/data/wording_probe34.yaml",
    # thirty-eighth round: the blind probes 33 and 35–39, measured and never tuned on, train now (new
    # writers' ways of saying self-harm: on probe 40, the first written after the thirty-seventh round's
    # model, more sentences from new writers helped more than a new twin); probes 40 and 42 stay blind
    # (probe 41 is development data since its missed sentences were read; it does not train either)
    "benchmarks/data/wording_probe33.yaml",
    "benchmarks/data/wording_probe35.yaml",
    "benchmarks/data/wording_probe36.yaml",
    "benchmarks/data/wording_probe37.yaml",
    "benchmarks/data/wording_probe38.yaml",
    "benchmarks/data/wording_probe39.yaml",
    # fortieth round: the probes 41–44, development data since their errors were read (new writers'
    # ways again; probe 40 stays blind), and a batch of everyday messages in 24 of the clients'
    # languages and scripts by another helper who read nothing here (384 fine, 96 self-harm): in the
    # lists before, text in Greek, Tamil or Ukrainian was about as often a crisis as not, and the model
    # read a script as a crisis („Καλημέρα, θα έρθω αύριο στις δέκα με τα χαρτιά.“)
    "benchmarks/data/wording_probe41.yaml",
    "benchmarks/data/wording_probe42.yaml",
    "benchmarks/data/wording_probe43.yaml",
    "benchmarks/data/wording_probe44.yaml",
    "tests/data/wording_train45.yaml",
    # forty-first round: probe 45, development data since its errors were read, and a batch of short
    # everyday messages by another helper who read nothing here (closings, thanks, a wish list's last
    # item, goodbye for a move, a death in the family with its practical questions; and self-harm
    # contrasts of the same form): the model read „Liebe Grüße und bis bald!“ (0.79) and „Und
    # vielleicht irgendwann ein Hund.“ (0.66) as thoughts of self-harm — both sentences of fewer than
    # six words, which the word-only twin reads alone. The model shipped was trained before them: in
    # the round, a new twin read „Liebe Grüße und bis bald!“ 0.23, but gave 41 harmless twins of the
    # tests in other languages a self-harm hint („Nem akarok Budapesten élni.“, „I bought a rope for
    # the climbing gym“) and cost one self-harm sentence its line; a main model with the kept twin
    # changed nothing on the held-out sets
    "benchmarks/data/wording_probe45.yaml",
    "tests/data/wording_train46.yaml",
    # forty-second round: probe 46 (read as development data since) and a batch of 600 short messages
    # (2–7 words) in 24 of the clients' languages and scripts, 480 everyday ones — half of them near
    # misses („My phone is dead.“, „Kupiłem linę do wspinaczki.“) — and 120 self-harm contrasts, by a
    # helper who read nothing here: the word-only twin scores every sentence of fewer than six words
    # alone, and it read plain greetings in Turkish, Kurdish and Albanian as thoughts of self-harm.
    # The models shipped were trained before both. The round's new twin, tried beside the shipped main
    # model, gave 35 harmless twins of the tests in other languages a self-harm hint (most in languages
    # the batch lacks: „en halua elää Helsingissä“, „jag vill dö av skratt“) and cost two self-harm
    # sentences their line; a batch in the sixty languages of the tests' core forms must come first
    "benchmarks/data/wording_probe46.yaml",
    "tests/data/wording_train47.yaml",
    # forty-ninth round: the probes 47–52 and the forty-fourth round's development batch, read as
    # development data since their errors were read (new writers' ways: nine rounds of lists moved the
    # probes they read and the next blind probe hardly at all); probes 40 and 53 stay blind
    "benchmarks/data/wording_probe47.yaml",
    "benchmarks/data/wording_probe48.yaml",
    "benchmarks/data/wording_probe49.yaml",
    "benchmarks/data/wording_probe49_dev.yaml",
    "benchmarks/data/wording_probe50.yaml",
    "benchmarks/data/wording_probe51.yaml",
    "benchmarks/data/wording_probe52.yaml",
    # fifty-fourth round: the probes 53–57, read as development data in the rounds 49–53; probes 40, 58
    # and 59 stay blind
    "benchmarks/data/wording_probe53.yaml",
    "benchmarks/data/wording_probe54.yaml",
    "benchmarks/data/wording_probe55.yaml",
    "benchmarks/data/wording_probe56.yaml",
    "benchmarks/data/wording_probe57.yaml",
)
#: The labels a partly labelled source speaks for (sixteenth round). The fifteenth round's batch labels
#: its 602 IFK sentences crisis or fine and none deficit, typing or judging, while 120 of them are told
#: with a negation („brauche … nicht mehr“, „hält es nicht mehr aus“) — the words of deficit talk. As
#: negatives for the IFK's kinds they pulled the model's deficit weights down, and the threshold search
#: raised the IFK's deficit threshold to 0.93–0.97: probe 15's deficit recall fell 0.856 → 0.756 in the
#: fifteenth round. Counted for self-harm and crisis only, they say nothing of the other labels (a batch
#: that labels every kind, as the sixteenth round's does, counts in full). The training lists of the
#: thirty-second to thirty-fourth rounds (thirty-fifth round) speak for self-harm alone: a harmless twin
#: of a self-harm way may well be another crisis („Mein Ex bedroht mich … Wo bekomme ich Hilfe?“) or a
#: health fact, which the lists do not label. A source not named here counts for every label.
HARM_LABELS: frozenset[str] = frozenset({"self_harm", "crisis"})
SPEAKS_FOR: dict[str, frozenset[str]] = {
    "tests/data/wording_train15.yaml": HARM_LABELS,
    "tests/data/wording_train35.yaml": frozenset({"self_harm"}),
}
#: Inverse strength of the L2 penalty per label (chosen on held-out sentences, see the closing note).
#: Nineteenth round: 2.0 gave 8 fine sentences fewer a hint on the folds 16–18 and the held-out batches
#: 8–10 (105 against 113, one self-harm sentence more missed), 0.5 gave 121 and 24; not changed, since
#: the retrained model (C 1.0 or 2.0 alike, with the training batch 18) gives seven fine twins of the test
#: suite the self-harm hint (assisted dying as a topic, „Gott persönlich“ in prayer, „nicht mal 25
#: Euro“, a christening; scores 0.47–0.70) and was not shipped (see bench_wording_lopo's closing note).
#: Twentieth round: 2.0. With probe 19 and the training batch 19 in the sources, on the folds 16–19 and
#: the held-out batches 8–10 (fold models, out of fold): self-harm missed + fine sentences with a hint
#: 33 + 157 at 1.0, 32 + 155 at 2.0, 36 + 147 at 4.0 (main: 33 + 181); 2.0 misses the fewest.
#: Twenty-third round: 1.0. With probe 22 and the training batch 22 in the sources, on the folds 16–21
#: and the held-out batches 8–10 (word-only fold models, out of fold; this round's lists): self-harm
#: missed + fine sentences with a hint at C 2.0 51 + 226 — four self-harm sentences more missed than
#: main's 47 + 236 (the batch's fine emotional eLb messages pulled down the weights of veiled farewells:
#: „ich fühl mich wie müll und müll kommt weg“, „in drei verschiedenen Apotheken, damit keiner fragt“)
#: —, at C 1.0 47 + 228 (fold 22 too: 64 + 278 against 69 + 272). The models shipped after that round
#: are still the twenty-second round's (C 2.0, trained before probe 22 and batch 22 came in): the C 1.0
#: pair gave two older tests another answer, and there was no time for a second training — a retrain
#: must check wording_model.TWIN_SURE / TWIN_FLOOR again (bench_wording_lopo's closing note).
C = 1.0
#: Weights smaller than this are dropped from the file (they change no decision).
PRUNE = 0.02
#: The sentence vector's columns in training: standardised per dimension, times this, so that one L2
#: penalty weighs them against the binary word features (eighteenth session: on probe 20 with the
#: sentences before it, 0.15, 0.3, 0.6 and 1.0 ranked its self-harm sentences alike; 0.3 kept).
DENSE_SCALE = 0.3
#: The self-harm head on the sentence vector (twenty-fifth round): a small network with one hidden
#: layer of this many units (ReLU), read beside the linear model; the self-harm score of a sentence long
#: enough for its vector is the mean of the two (``wording_model.WordingModel``). ``0``: no head. The
#: twenty-fourth round's experiment (bench_wording_lopo's docstring): on the vector alone, leave one
#: probe out for probes 19–23, the mean of a linear and such a head had a quarter fewer fine eLb
#: sentences with the self-harm hint than the linear head at the same recall.
#: Shipped since the twenty-sixth round (the twenty-fifth round's training, with the twenty-second
#: round's twin; in the app it counts from ``wording_model.HEAD_FLOOR`` on, bench_wording_lopo's note).
#: A new training writes a new twin too: check the plan's bare steps in the tests before shipping it.
HEAD_UNITS = 128
#: Its L2 penalty (scikit-learn's ``alpha``) and seed (one seed: the same training gives the same file).
HEAD_ALPHA = 0.01
HEAD_SEED = 0
#: The word-only twin of the model (for machines without the sentence encoder, ``fallback``).
WORDS_FILE = "wording_model_words.json"
#: Sentence vectors computed in earlier trainings (about 7 minutes for 28,000 sentences), by sentence.
VECTOR_CACHE = ROOT / ".cache" / "wording-vectors.npz"


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
    if entry.get("only") and label not in entry["only"]:
        return None
    if label == "self_harm":
        return int(entry["self_harm"])
    if label == "crisis":
        return int("crisis" in entry["kinds"])
    if entry["writer"] != "ifk":
        return None
    return int(label in entry["kinds"])


_FEATURES: dict[str, dict[str, int]] = {}


def _row(text: str) -> dict[str, int]:
    """The binary features of one text (cached: cross-validation trains many times on the same)."""
    row = _FEATURES.get(text)
    if row is None:
        row = _FEATURES[text] = {name: 1 for name, _n in features(text)}
    return row


def train(
    entries: Sequence[dict[str, Any]], c: float = C, dense: bool = False, head: bool = True
) -> dict[str, Any]:
    """The model's JSON data, trained on ``entries`` (weights only; :func:`build` adds thresholds);
    with ``dense``, also on each sentence's vector (the model's ``dense`` part) and, with ``head``, the
    self-harm head on it (:func:`train_head`)."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [_row(e["text"]) for e in entries]
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(rows)
    names = vectorizer.get_feature_names_out()
    if dense:  # the vectors of sentences long enough (DENSE_MIN_WORDS), the others at the mean: 0
        block = vectors([e["text"] for e in entries]).astype(np.float64)
        long = np.array([word_count(e["text"]) >= DENSE_MIN_WORDS for e in entries])
        mean, spread = block[long].mean(axis=0), block[long].std(axis=0) + 1e-6
        columns = (block - mean) / spread * DENSE_SCALE
        columns[~long] = 0.0
        matrix = hstack([matrix, csr_matrix(columns)]).tocsr()
    weights = [[0.0] * len(LABELS) for _ in names]
    bias = []
    dense_weights = []
    for column, label in enumerate(LABELS):
        chosen = [i for i, e in enumerate(entries) if _target(e, label) is not None]
        targets = [_target(entries[i], label) for i in chosen]
        fit = LogisticRegression(C=c, solver="liblinear", class_weight="balanced", max_iter=1000)
        fit.fit(matrix[chosen], targets)
        coef, intercept = fit.coef_[0], float(fit.intercept_[0])
        if dense:  # back to the raw vector: w·((v - mean) / spread · s) = (w · s / spread)·(v - mean)
            raw = coef[len(names) :] * DENSE_SCALE / spread
            dense_weights.append([round(float(w), 5) for w in raw])
        bias.append(round(intercept, 4))
        for i, weight in enumerate(coef[: len(names)]):
            weights[i][column] = round(float(weight), 3)
    kept = {str(name): w for name, w in zip(names, weights, strict=True) if max(abs(x) for x in w) >= PRUNE}
    data: dict[str, Any] = {"labels": list(LABELS), "bias": bias, "weights": kept}
    if dense:
        data["dense"] = {
            "encoder": ENCODER,
            "mean": [round(float(x), 6) for x in mean],
            "weights": dense_weights,
        }
        if head and HEAD_UNITS:
            harm = [i for i in map(int, np.flatnonzero(long)) if _target(entries[i], "self_harm") is not None]
            data["dense"]["head"] = train_head(
                (block[harm] - mean) / spread, [_target(entries[i], "self_harm") for i in harm], spread
            )
    return data


def train_head(inputs: Any, targets: Sequence[int | None], spread: Any) -> dict[str, Any]:
    """The self-harm head (:data:`HEAD_UNITS`) trained on standardised sentence vectors ``inputs``
    (``(vector - mean) / spread``); its first layer is stored against the raw ``vector - mean`` (divided
    by ``spread``), as the linear weights are, so the app needs no second centring."""
    import numpy as np
    from sklearn.neural_network import MLPClassifier

    fit = MLPClassifier(
        hidden_layer_sizes=(HEAD_UNITS,),
        alpha=HEAD_ALPHA,
        early_stopping=True,
        validation_fraction=0.1,
        n_iter_no_change=6,
        max_iter=200,
        batch_size=min(256, len(inputs)),
        random_state=HEAD_SEED,
    )
    fit.fit(inputs, np.asarray(targets, dtype=int))
    first = fit.coefs_[0] / np.asarray(spread)[:, None]
    return {
        "hidden": [[round(float(w), 6) for w in row] for row in first.T],
        "hidden_bias": [round(float(b), 6) for b in fit.intercepts_[0]],
        "out": [round(float(w), 6) for w in fit.coefs_[1][:, 0]],
        "out_bias": round(float(fit.intercepts_[1][0]), 6),
    }


def load_vectors(path: Path = VECTOR_CACHE) -> None:
    """Keep the sentence vectors of earlier trainings (computed with the same encoder)."""
    import numpy as np

    if not path.exists():
        return
    with np.load(path, allow_pickle=False) as stored:
        if str(stored["encoder"]) != ENCODER:
            return
        kept_vectors().update(zip(stored["texts"].tolist(), stored["vectors"], strict=True))


def save_vectors(path: Path = VECTOR_CACHE) -> None:
    import numpy as np

    kept = kept_vectors()
    if not kept:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    texts = list(kept)
    rows = np.stack([kept[t] for t in texts])
    np.savez(path, encoder=np.array(ENCODER), texts=np.array(texts), vectors=rows)


#: Sentences encoded between two writes of the vector cache (:func:`encode_and_keep`).
ENCODE_CHUNK = 2000


def encode_and_keep(texts: Sequence[str], path: Path = VECTOR_CACHE, chunk: int = ENCODE_CHUNK) -> None:
    """Encode the ``texts`` not in the cache yet, writing the cache after every ``chunk`` of them:
    the encoding is most of an hour of a training on two busy cores (twenty-fourth round: 37,000
    sentences), and a training stopped before its end — a kill, not an exception, so no ``finally``
    runs — kept none of it."""
    kept = kept_vectors()
    missing = list(dict.fromkeys(t for t in texts if t not in kept))
    for start in range(0, len(missing), chunk):
        vectors(missing[start : start + chunk])
        save_vectors(path)


# --- thresholds chosen by cross-validation -----------------------------------------------------------

#: Folds of the cross-validation that chooses the thresholds (a sentence's fold: a checksum of its text).
FOLDS = 5
#: Thresholds tried per label and writer (1.0: the label is left to the lists).
GRID: tuple[float, ...] = (
    0.03,
    0.05,
    0.075,
    0.1,
    0.15,
    0.2,
    0.25,
    0.3,
    0.35,
    0.4,
    0.45,
    0.5,
    0.55,
    0.6,
    0.65,
    0.7,
    0.75,
    0.8,
    0.85,
    0.9,
    0.93,
    0.95,
    0.97,
    0.99,
    1.0,
)
#: The thresholds keep the guard's precision on the held-out folds at least this high (the target is
#: 0.95 on unseen sentences; the margin is for sentences less like the training ones).
MIN_PRECISION = 0.96
#: Vetoes tried: a finding of the lists (never one of self-harm) is dropped when the model gives each of
#: its kinds less than this in its sentence (0: no veto).
#: (Up to 0.05 since the sixth round: with probe 5 in the training data the choice went to 0.075 and
#: dropped the lists' right finding in „Nervlich völlig am Ende.“, a family of the third round.)
VETOES: tuple[float, ...] = (0.0, 0.005, 0.01, 0.02, 0.03, 0.05)
#: The veto is the largest of ``VETOES`` that loses at most this share of the sentences found on the
#: held-out folds. (The lists were written on the training sentences, so there they are almost never
#: wrong and a veto can only cost; on a blind probe the lists' false alarms are where the model is
#: surest: probe 4 with the lists of the fourth round, a veto of 0.02 dropped 8 wrong findings and 1
#: right one. So the veto is bought as insurance at a fixed small price, not by the precision bound.)
VETO_COST = 0.005
#: A self-harm sentence that gets the crisis line counts this much more than any other sentence found
#: (a gentle question too many costs little; the field gate keeps the model's self-harm hints to
#: sentences with words of death or harm). Tried instead: the highest self-harm threshold that keeps
#: 97 % of the self-harm sentences on the held-out folds — it went to the lowest threshold (0.03) and
#: cost precision on every probe in the leave-one-probe-out estimate (closing note of the fifth round).
SELF_HARM_WEIGHT = 3
#: What one false alarm costs in the search (sixth round): without a price below the precision bound,
#: the ascent spent the whole margin of the bound on one label — the IFK's self-harm threshold went to
#: 0.03 with probe 5 in the training data, and „Nervlich völlig am Ende.“ got the crisis line. With
#: it, a step down must find at least as much as it alarms (a self-harm sentence still counts 4).
FALSE_ALARM_COST = 1
#: Count the self-harm sentences the MODEL would offer the crisis line on, whether or not the lists
#: did (seventh round). On the training sentences the lists find nearly every one (they were written on
#: them), so the search saw no use in a low self-harm threshold and raised the eLb's to 0.7–0.75; on the
#: blind probe 6, six of the eLb's self-harm sentences the lists missed had model scores 0.5–0.75. The
#: model is the net for the phrasings the lists do not know yet, so its catch is counted on its own.
SAFETY_NET = True
#: The self-harm thresholds are at most this (seventh round). Even counted on its own, the model's
#: catch on the training sentences is high above 0.5 (they are like the sentences it learnt from),
#: while the eLb's fine sentences there are traps written full of words of death; so the search put the
#: eLb's threshold at 0.7. On the blind probe 6, six eLb self-harm sentences the lists missed scored
#: 0.52–0.74, and with the field written as words no fine eLb sentence scored between 0.35 and 0.9.
#: Leave-one-probe-out with probe 6 as a fold: at 0.75 (no cap) 18 of 99 without the crisis line, 13
#: before (closing note of the seventh round). Twelfth round: 0.35 (the eLb's value of the eleventh
#: round's shipped model). With the twelfth round's training corpora (fine look-alikes full of words of
#: death) the search went to the cap for both writers; leave-one-probe-out on probes 8–11 at 0.5 against
#: 0.35: 3 self-harm sentences more without a self-harm finding (2 more without any line) at 0.5,
#: 8 fine sentences fewer with a hint (of 1 716) — recall first. Fifteenth round: 0.3. With the
#: fifteenth round's training corpus (fine twins of indirect self-harm) the search went to the cap for
#: both writers (the IFK's was 0.2 before); the fold model of probe 14 left its last two self-harm
#: sentences (eLb, scored 0.32 and 0.34, each with a word of the field) without a finding at 0.35 and
#: none at 0.3, with the same 23 fine sentences with a hint (a training figure: chosen on probe 14).
SELF_HARM_CAP = 0.3
#: The self-harm thresholds are at least this, per writer (nineteenth round). Below „alone“ the model's
#: self-harm hint needs a word of the field, and the field's everyday words („Ruhe“, „Leben“, „morgen“,
#: „geh“, „weg“) open it in the eLb's short emotional messages („Ich bete jeden Abend, das gibt mir
#: Ruhe“, „Hab endlich wieder Lust aufs Leben“): on the folds 16–18 (their fold models, out of fold)
#: and the never-tuned held-out batches 8–10, the eLb's 0.4 (the search's cap 0.3 before) gave 10 fine
#: sentences fewer a hint and missed no self-harm sentence more; the IFK's 0.35 missed one more.
#: Twentieth round: 0.35. With the model retrained on probe 19 and the training batch 19 (C 2.0), the
#: floor matters little on the folds 16–19 and the held-out batches 8–10 (self-harm missed + fine with a
#: hint: 0.35 32 + 156, 0.4 32 + 155, 0.45 34 + 150), but at 0.4 one self-harm sentence of all the
#: labelled ones lost the flag it has with main's model („Ich hab den Leuten im Forum schon tschüss
#: gesagt.“, 0.39); at 0.35 none does, for 5 fine sentences more with a hint of 12,049 (591 against 586).
SELF_HARM_FLOOR: dict[str, float] = {"elb": 0.35}
#: The model's crisis thresholds are at most this, per writer (twelfth round). A crisis hint of the
#: model brings the crisis line with it, and a line missed costs far more than a hint too many; but the
#: search prices every false alarm alike, so on the training sentences (where the lists find nearly
#: every crisis) it raised the IFK's threshold from 0.6 to 0.85, and on the eleventh round's held-out
#: sentences two IFK notes with self-harm („Strangmarken am Hals“) lost their only line. 0.6 is the
#: IFK's value of the rounds before; 0.75 the lowest the search chose for the eLb in the twelfth
#: round's leave-one-probe-out folds.
#: Twentieth round: the IFK's 0.5. With the model retrained on probe 19 and the training batch 19, a
#: held-out IFK note of self-harm („Strangmarken am Hals gesehen, er wich der Frage aus“) scored 0.55 and
#: lost its only line at 0.6; on the folds 16–19 and the held-out batches 8–10 (fold models) 0.5 finds one
#: sentence more (probe 18) for no fine sentence more with a hint, over all labelled sentences 2 more of
#: 12,049.
CRISIS_CAP: dict[str, float] = {"ifk": 0.5, "elb": 0.75}
#: The IFK's judging threshold is at most this (twenty-first round). The search, pricing every false
#: alarm alike, put it at 0.95–0.97 on the folds, and judging was the kind found least (probe 20's blind
#: recall 0.53). With the fold models of the twenty-first round (probe 20 and the training batch 20 among
#: the sources, C 2.0) on the folds 16–20, judging recall at 0.9 against the search's own thresholds:
#: fold 20 0.608 -> 0.693, fold 19 0.531 -> 0.569, fold 18 0.706 -> 0.718, fold 17 0.589 -> 0.619, fold
#: 16 0.638 -> 0.655, for one fine sentence more with a hint (fold 19) and judging precision 0.86–0.87 on
#: folds 19–20 (0.85: fold 20 0.717, 3 fine sentences more). As the caps above, a bound the app's own
#: question cards still hold (none of them gets a hint).
JUDGING_CAP: dict[str, float] = {"ifk": 0.9}


@dataclass(frozen=True, slots=True)
class Unit:
    """One labelled entry as the threshold search sees it: what the lists found, and per model label
    the highest threshold at which the model would add that label (``-1``: it would not at any)."""

    writer: str
    labels: frozenset[str]
    self_harm: bool
    #: per finding of the lists: its kinds (after the writer rule), the model's highest score for
    #: them in its sentence (what a veto compares; 1.0 where the veto does not apply: not the lists'
    #: one topic in the sentence), and whether it offers the crisis line
    lists: tuple[tuple[frozenset[str], float, bool], ...]
    reach: dict[str, float]
    #: one of the app's own question cards (:func:`app_questions`): the model must stay quiet on it
    app: bool = False


def fold_of(text: str, folds: int = FOLDS) -> int:
    return zlib.crc32(text.encode("utf-8")) % folds


def units(
    entries: Sequence[dict[str, Any]], scores: Sequence[Sequence[dict[str, float]]], guard: Any
) -> list[Unit]:
    """The entries with what the lists find and, from ``scores`` (per entry, per sentence: the model's
    probability per label), how far the model reaches — the same decision as the guard
    (:meth:`beratungskit.analysis.wording._ModelUse.passes`) at every threshold."""
    from beratungskit.analysis.wording import NOT_FOR_ELB, fold, model_spans, vetoable

    use = guard._model
    out = []
    for entry, per_sentence in zip(entries, scores, strict=True):
        text, writer = entry["text"], entry["writer"]
        only = entry.get("only")
        found = guard._check_all(text, writer, model=False)
        spans = model_spans(text)
        lists = []
        for f in found:
            kinds = frozenset(
                k
                for k in f.kinds
                if (writer != "elb" or k not in NOT_FOR_ELB) and (not only or k == "crisis")
            )
            where = next((i for i, (a, b) in enumerate(spans) if a <= f.start < b), 0)
            score = per_sentence[where] if per_sentence else {}
            a, b = spans[where] if spans else (0, len(text))
            # with the sentence, as the guard calls it (thirty-eighth round): the fear rule of the
            # twenty-first round and the word count of the thirty-seventh apply to the search too
            if not score or not vetoable(f, found, a, b, score, text[a:b]):
                score = {}
            lists.append((kinds, max((score.get(k, 1.0) for k in f.kinds), default=1.0), f.self_harm))
        reach: dict[str, float] = {}
        for number, ((start, end), score) in enumerate(zip(spans, per_sentence, strict=True)):
            here = [f for f in found if start <= f.start < end]
            folded = fold(text[start:end])[0]
            after = ""
            if number + 1 < len(spans):
                after = fold(text[spans[number + 1][0] : spans[number + 1][1]])[0]
            for rule in use.rules:
                if only and rule.label not in only:
                    continue  # a source that says nothing about this label (:data:`SPEAKS_FOR`)
                value = score[rule.label]
                # the decision is monotone in the threshold: find the highest threshold that passes
                probe = _Probe({rule.label: {writer: value}})
                free = replace(rule, thresholds={w: None for w in rule.thresholds})
                if use.passes(free, value, folded, probe, writer, here, after):
                    reach[rule.label] = max(reach.get(rule.label, -1.0), value)
        out.append(
            Unit(
                writer=writer,
                labels=frozenset(entry["kinds"]),
                self_harm=entry["self_harm"],
                lists=tuple(lists),
                reach=reach,
                app=entry.get("set") == "app",
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class _Probe:
    """A stand-in for the model in :meth:`_ModelUse.passes`: only its thresholds."""

    thresholds: dict[str, dict[str, float]]


def measure(
    chosen: Sequence[Unit], thresholds: dict[str, dict[str, float]], veto: float = 0.0
) -> tuple[int, int, int, int, int]:
    """(sentences with an issue, found, false alarms, self-harm sentences, with the crisis line) of the
    guard with ``thresholds`` and ``veto`` on ``chosen`` — scored as ``benchmarks/bench_wording_probe.py``
    does."""
    from beratungskit.analysis.wording import NOT_FOR_ELB

    n = tp = fp = harm = offered = 0
    for unit in chosen:
        kept = [(kinds, harm_line) for kinds, score, harm_line in unit.lists if harm_line or score >= veto]
        lists = frozenset(k for kinds, _h in kept for k in kinds)
        added = {
            "crisis" if label == "self_harm" else label
            for label, reach in unit.reach.items()
            if reach >= thresholds.get(label, {}).get(unit.writer, 1.0)
            and not (unit.writer == "elb" and label in NOT_FOR_ELB)
        }
        found = lists | added
        model_harm = unit.reach.get("self_harm", -1.0) >= thresholds.get("self_harm", {}).get(
            unit.writer, 1.0
        )
        if unit.labels == {"fine"}:
            fp += bool(found)
        else:
            n += 1
            hit = bool(found & unit.labels)
            tp += hit
            fp += bool(found) and not hit
        if unit.self_harm:
            harm += 1
            offered += any(h for _k, h in kept) or model_harm
    return n, tp, fp, harm, offered


def choose_thresholds(
    chosen: Sequence[Unit], labels: Sequence[str] = LABELS
) -> tuple[dict[str, dict[str, float]], float]:
    """Thresholds per label and writer and the veto on the lists' findings, from ``chosen`` (sentences
    the model was not trained on: out-of-fold scores). The veto first: the largest of ``VETOES`` that
    costs at most ``VETO_COST`` of the sentences the lists find. Then per label and writer the
    threshold that finds the most sentences (a self-harm sentence with the crisis line counts
    ``1 + SELF_HARM_WEIGHT``, a false alarm ``-FALSE_ALARM_COST``) while precision stays ≥
    ``MIN_PRECISION`` and no question card of the app gets a hint of the model (eleventh round: this
    bound replaced the IFK thresholds set by hand for profiling, typing and judging), by coordinate
    ascent over
    ``GRID`` from "model off", three passes; on a tie the higher threshold wins. Self-harm and crisis
    thresholds are then held at ``SELF_HARM_CAP`` and ``CRISIS_CAP`` at most (recall first: a hint of
    the model for either brings the crisis line)."""
    from beratungskit.analysis.wording import NOT_FOR_ELB

    keys = [
        (label, writer)
        for label in labels
        for writer in ("ifk", "elb")
        if not (writer == "elb" and label in NOT_FOR_ELB)
    ]
    thresholds: dict[str, dict[str, float]] = {label: {"ifk": 1.0, "elb": 1.0} for label in labels}
    found = measure(chosen, thresholds)[1]
    veto = max(v for v in VETOES if found - measure(chosen, thresholds, v)[1] <= VETO_COST * found)

    harmful = [u for u in chosen if u.self_harm]
    cards = [u for u in chosen if u.app]

    def quiet_on_cards(t: dict[str, dict[str, float]]) -> bool:
        return not any(
            reach >= t.get(label, {}).get(u.writer, 1.0) for u in cards for label, reach in u.reach.items()
        )

    def value(t: dict[str, dict[str, float]], v: float) -> tuple[bool, float]:
        if not quiet_on_cards(t):  # a hard bound, not a price: the app's own questions never get a hint
            return False, 0.0
        _n, tp, fp, _harm, offered = measure(chosen, t, v)
        if SAFETY_NET:  # the model's own catch: what it would offer where the lists miss
            offered = sum(
                u.reach.get("self_harm", -1.0) >= t.get("self_harm", {}).get(u.writer, 1.0) for u in harmful
            )
        precision = tp / (tp + fp) if tp + fp else 1.0
        if precision < MIN_PRECISION:
            return False, precision
        return True, tp + SELF_HARM_WEIGHT * offered - FALSE_ALARM_COST * fp

    def cap_of(label: str, writer: str) -> float:
        return {
            "self_harm": SELF_HARM_CAP,
            "crisis": CRISIS_CAP.get(writer, 1.0),
            "judging": JUDGING_CAP.get(writer, 1.0),
        }.get(label, 1.0)

    for _round in range(3):
        changed = False
        for label, writer in keys:
            best = (value(thresholds, veto), thresholds[label][writer])
            grid = [c for c in GRID if c <= cap_of(label, writer)]
            for candidate in sorted(grid, reverse=True):
                trial = {k: dict(v) for k, v in thresholds.items()}
                trial[label][writer] = candidate
                result = (value(trial, veto), candidate)
                if result[0] > best[0]:
                    best = result
            if best[1] != thresholds[label][writer]:
                thresholds[label][writer] = best[1]
                changed = True
        if not changed:
            break
    # the caps are bounds, not prices (twelfth round): where the search left self-harm or crisis
    # (since the twenty-first round also the IFK's judging) above its cap (it found no threshold
    # below that paid for its alarms or kept the precision bound), the cap holds — unless that gives
    # one of the app's own texts a hint; then the lowest threshold above the cap that keeps them
    # quiet. (With the twelfth round's training corpora, full of fine look-alikes with words of
    # death, the search turned the model's self-harm hint off for the eLb.) Self-harm stays off for
    # a writer with no self-harm sentence at all among ``chosen``.
    for label, writer in keys:
        if label == "self_harm" and not any(u.writer == writer for u in harmful):
            continue
        if label not in ("self_harm", "crisis", "judging"):
            continue
        cap, chosen_value = cap_of(label, writer), thresholds[label][writer]
        if chosen_value > cap:
            for candidate in sorted(c for c in (*GRID, chosen_value) if cap <= c <= chosen_value):
                trial = {k: dict(v) for k, v in thresholds.items()}
                trial[label][writer] = candidate
                if quiet_on_cards(trial):
                    thresholds[label][writer] = candidate
                    break
    for writer, floor in SELF_HARM_FLOOR.items():
        if "self_harm" in thresholds and thresholds["self_harm"][writer] < floor:
            thresholds["self_harm"][writer] = floor
    return thresholds, veto


def out_of_fold_scores(
    entries: Sequence[dict[str, Any]],
    folds: int = FOLDS,
    dense: bool = False,
    fold_models: list[dict[str, Any]] | None = None,
) -> list[list[dict[str, float]]]:
    """Per entry and sentence, the model's scores from a model trained on the other folds.

    Words only, the fold models are appended to ``fold_models`` when it is given; with the dense part,
    ``fold_models`` are those word-only fold models (trained on the same entries), which score the
    short sentences as the twin does in the app — without them each fold's twin is trained again."""
    from beratungskit.analysis.wording import model_spans
    from beratungskit.analysis.wording_model import WordingModel

    if dense:  # every sentence's vector at once (in batches), before the models ask one by one
        vectors([e["text"][a:b] for e in entries for a, b in model_spans(e["text"])])
    scores: list[list[dict[str, float]]] = [[] for _ in entries]
    for number in range(folds):
        inside = [e for e in entries if fold_of(e["text"], folds) != number]
        data = train(inside, dense=dense)
        model = WordingModel(data)
        if dense:  # the short sentences as the app scores them: by the word-only twin
            model.short = WordingModel(fold_models[number] if fold_models else train(inside))
        elif fold_models is not None:
            fold_models.append(data)
        for i, entry in enumerate(entries):
            if fold_of(entry["text"], folds) == number:
                text = entry["text"]
                scores[i] = [model.score(text[a:b]) for a, b in model_spans(text)]
    return scores


def in_sample_for_app(
    entries: Sequence[dict[str, Any]],
    scores: list[list[dict[str, float]]],
    data: dict[str, Any],
    twin: dict[str, Any] | None = None,
) -> list[list[dict[str, float]]]:
    """``scores`` with the app's question cards (``set: app``, :func:`app_questions`) scored by the
    model of ``data`` — the model that ships, trained on every entry — instead of out of fold
    (thirteenth round).

    The cards are in the training of every model the guard is used with (:func:`gather` adds them to
    the shipped model and to every fold of the leave-one-probe-out estimate), and the app shows them
    word for word, so out of fold they were scored by a model that had never seen them: „Was gibt
    Ihnen Kraft an einem langen Tag?“ (a word of the self-harm field, „Kraft“) reached 0.51 there and
    set the IFK's self-harm threshold to 0.55 through the hard bound, far above the cap (0.35); the
    shipped model gives it 0.19. The bound now holds for the cards as the app scores them.
    :data:`APP_TEXTS` keep their out-of-fold scores: they stand for sentences people type (a praise
    that reads like a type, a label, a step), so the bound asks the model to stay quiet on phrasings
    like them, which only a model that has not seen them can show."""
    from beratungskit.analysis.wording import model_spans
    from beratungskit.analysis.wording_model import WordingModel

    model = WordingModel(data)
    if twin is not None:
        model.short = WordingModel(twin)
    out = list(scores)
    for i, entry in enumerate(entries):
        if entry.get("set") == "app" and entry["text"] not in APP_TEXTS:
            text = entry["text"]
            out[i] = [model.score(text[a:b]) for a, b in model_spans(text)]
    return out


def build(
    entries: Sequence[dict[str, Any]],
    guard: Any = None,
    log: Any = None,
    twin: dict[str, Any] | None = None,
    fold_models: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The model trained on ``entries``, with thresholds per label and writer chosen by
    cross-validation on the same ``entries`` only (out-of-fold scores, the guard's lists); given the
    word-only ``twin`` (trained on the same entries), with the sentence vectors too, the short
    sentences scored by the twin. ``fold_models``: see :func:`out_of_fold_scores` (the twin's build
    fills it, the dense build reads it)."""
    from beratungskit.analysis.wording import load_guard

    guard = guard or load_guard()
    dense = twin is not None
    data = train(entries, dense=dense)
    oof = in_sample_for_app(
        entries, out_of_fold_scores(entries, dense=dense, fold_models=fold_models), data, twin
    )
    chosen_units = units(entries, oof, guard)
    thresholds, veto = choose_thresholds(chosen_units, [rule.label for rule in guard._model.rules])
    if log is not None:
        n, tp, fp, harm, offered = measure(chosen_units, thresholds, veto)
        log(
            f"Kreuzvalidierung ({FOLDS} Teile): Recall {tp / n:.3f}, Präzision {tp / max(1, tp + fp):.3f}, "
            f"Selbstgefährdung {offered}/{harm} mit Krisentelefon; Schwellen {thresholds}, Veto {veto}"
        )
    data["thresholds"] = thresholds
    data["veto"] = veto
    return data


def dumps(data: dict[str, Any]) -> str:
    """The model as JSON with one feature a line (a retrained model gives a readable diff)."""
    lines = ["{"]
    for key in sorted(k for k in data if k not in ("weights", "dense")):
        lines.append(f"{json.dumps(key)}: {json.dumps(data[key], ensure_ascii=False)},")
    if "dense" in data:  # one label's weights a line
        encoder, mean = json.dumps(data["dense"]["encoder"]), json.dumps(data["dense"]["mean"])
        lines.append(f'"dense": {{"encoder": {encoder},\n"mean": {mean},\n"weights": [')
        rows = data["dense"]["weights"]
        lines.extend(f"{json.dumps(row)}{',' if n + 1 < len(rows) else ''}" for n, row in enumerate(rows))
        head = data["dense"].get("head")
        if head:  # the self-harm head: one hidden unit's weights a line
            lines.append('],\n"head": {"hidden": [')
            rows = head["hidden"]
            lines.extend(f"{json.dumps(row)}{',' if n + 1 < len(rows) else ''}" for n, row in enumerate(rows))
            lines.append(
                f'],\n"hidden_bias": {json.dumps(head["hidden_bias"])},\n"out": {json.dumps(head["out"])},'
                f'\n"out_bias": {json.dumps(head["out_bias"])}}}}},'
            )
        else:
            lines.append("]},")
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
        only = SPEAKS_FOR.get(source)
        entries.extend(
            {**e, "only": only} if only else e for e in load_sentences(path) if e["set"] != "heldout"
        )
    cards = app_questions()
    if cards:
        used.append("die Fragekarten der App")
        entries.extend(cards)
    return entries, used


def app_questions() -> list[dict[str, Any]]:
    """The app's own question cards (and :data:`APP_TEXTS`), as fine sentences (eighth round): the
    guard must stay quiet on them („Welche Sprachen sprechen oder verstehen Sie?“ got a deficit hint
    from a model that had learnt language deficits), so the threshold search sees them instead of a
    hand-set threshold."""
    from beratungskit.analysis.question_cards import load_question_cards

    cards = [question for deck in load_question_cards().values() for question in deck.questions]
    return [
        {"text": text, "writer": "ifk", "kinds": {"fine"}, "self_harm": False, "set": "app"}
        for text in (*cards, *APP_TEXTS)
    ]


#: Texts besides the question cards on which the model must stay quiet (eleventh round: a hard bound of
#: the threshold search, see :func:`choose_thresholds`). They are the ones for which earlier rounds set
#: an IFK threshold by hand in ``wording_guard.yaml``: a resource label of the app's demo case (tenth
#: round, profiling) and a praise that reads like a type (eighth round, typing); and a step as the app's
#: step field holds it (a trap of the tests since the fourth round; with the eleventh round's features
#: the search chose a deficit threshold of 0.65, and the step scored 0.69).
APP_TEXTS: tuple[str, ...] = (
    "Mein Therapiehund Bruno",
    "Er gehört zu den besten Fahrern im Betrieb.",
    "Fehlende Unterlagen bis Freitag nachreichen.",
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Trainiert das Modell des Formulierungs-Hinweises.")
    parser.add_argument("--out", type=Path, default=ROOT / "templates" / MODEL_FILE)
    parser.add_argument("--words-only", action="store_true", help="nur das Modell ohne Satz-Kodierer")
    parser.add_argument(
        "--keep-twin",
        action="store_true",
        help="den Zwilling aus Wörtern neben --out behalten und mit ihm die Schwellen wählen",
    )
    args = parser.parse_args(argv)
    entries, used = gather()
    trained_on = f"{len(entries)} Sätze aus " + ", ".join(used)
    fold_models: list[dict[str, Any]] = []
    words = build(entries, log=print, fold_models=fold_models)
    words["trained_on"] = trained_on
    twin = args.out.with_name(WORDS_FILE)
    if args.keep_twin:
        # thirty-eighth round: the twin that ships scores the app's short questions in the app, so the
        # threshold search bounds them as it does (the new twin gave „Wen können Sie anrufen, wenn es
        # schnell gehen muss?“ 0.52 and lifted the IFK's self-harm threshold to 0.55, the shipped one
        # gives it 0.28); the fold twins still score every sentence out of fold
        words = json.loads(twin.read_text(encoding="utf-8"))
        print(f"{twin}: behalten")
    else:
        twin.write_text(dumps(words), encoding="utf-8")
        print(f"{twin}: {len(words['weights'])} Merkmale, {len(entries)} Sätze (ohne Satz-Kodierer)")
    if args.words_only:
        return 0
    keep_every_vector()
    load_vectors(VECTOR_CACHE)
    encode_and_keep([e["text"] for e in entries], VECTOR_CACHE)
    try:
        data = build(entries, log=print, twin=words, fold_models=fold_models)
    finally:
        save_vectors(VECTOR_CACHE)
    data["trained_on"] = trained_on
    data["fallback"] = WORDS_FILE
    args.out.write_text(dumps(data), encoding="utf-8")
    print(f"{args.out}: {len(data['weights'])} Merkmale und der Satz-Kodierer, {len(entries)} Sätze")
    return 0


if __name__ == "__main__":
    sys.exit(main())
