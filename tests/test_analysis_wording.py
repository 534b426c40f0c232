"""Wording guard: corpus quality (precision/recall per kind), German word forms, spans, cases, hints.

The corpus ``tests/data/wording_corpus.yaml`` was written before the word lists; about 30 % of it
(by a hash of the sentence) was held out while tuning. A probe of 50 sentences (``set: probe``) was
written after the lists: measured once clean (precision 0.80, recall 0.32 — the honest estimate for
phrasings the lists were not written for), then used to widen the lists. ``pytest -s`` prints the tables.
"""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path
from typing import Any

import pytest
import yaml

from beratungskit.analysis.wording import (
    KINDS,
    Finding,
    WordingGuardError,
    check_case,
    check_case_items,
    check_text,
    evaluate,
    fold,
    format_hint,
    format_scores,
    kind_label,
    load_guard,
    offers_crisis_line,
)
from beratungskit.model import NamedBy, ReferralTopic

CORPUS = Path(__file__).parent / "data" / "wording_corpus.yaml"


def _corpus() -> list[tuple[str, list[str], str]]:
    """(text, kinds, part) per sentence; part is "tuning", "held_out" or "probe"."""
    entries = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    out = []
    for entry in entries:
        kinds = entry["kind"] if isinstance(entry["kind"], list) else [entry["kind"]]
        if entry.get("set") == "probe":
            part = "probe"
        else:
            part = "held_out" if zlib.crc32(entry["text"].encode()) % 10 < 3 else "tuning"
        out.append((entry["text"], kinds, part))
    return out


def _kinds(text: str) -> set[str]:
    return {f.kind for f in check_text(text)}


# --- the corpus ---------------------------------------------------------------------------------------


def test_corpus_is_large_varied_and_half_fine() -> None:
    corpus = _corpus()
    texts = [text for text, _, _ in corpus]
    assert len(corpus) >= 150
    assert len(set(texts)) == len(texts), "a sentence appears twice"
    fine = [c for c in corpus if c[1] == ["fine"]]
    assert len(fine) * 2 >= len(corpus)
    for _, kinds, _ in corpus:
        assert set(kinds) <= {"fine", *KINDS}
    for kind in KINDS:
        assert sum(kind in kinds for _, kinds, _ in corpus) >= 15, kind
    main = [part for _, _, part in corpus if part != "probe"]
    assert 0.2 * len(main) <= main.count("held_out") <= 0.4 * len(main)


def test_corpus_precision_and_recall() -> None:
    corpus = _corpus()
    everything = evaluate((text, kinds) for text, kinds, _ in corpus)
    print()
    print(format_scores(everything, f"Gesamtkorpus ({len(corpus)} Sätze)"))
    for part, title in (
        ("tuning", "Abstimmungsteil (beim Abstimmen gesehen)"),
        ("held_out", "Zurückgehaltener Teil (beim Abstimmen nie angesehen)"),
        ("probe", "Nachtest (nach den Listen geschrieben; erste Messung P 0.80 / R 0.32, danach genutzt)"),
    ):
        print(format_scores(evaluate((t, k) for t, k, p in corpus if p == part), title))
    overall = everything["overall"]
    assert overall.precision >= 0.9, format_scores(everything)
    assert overall.recall >= 0.85, format_scores(everything)


# --- German word forms ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Er ist bildungsfern.", "deficit"),
        ("aus einem bildungsfernen Elternhaus", "deficit"),
        ("bildungsferner Haushalt", "deficit"),
        ("Sie ist unmotiviert.", "judging"),
        ("eine unmotivierte Kundin", "judging"),
        ("Sie ist hilfebedürftig.", "deficit"),
        ("Langzeitarbeitslose", "typing"),
        ("ein Langzeitarbeitsloser", "typing"),
        ("Migrantinnen", "typing"),
        ("Sie hat Schulden.", "crisis"),
    ],
)
def test_inflections(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        ("Vermittlungshemmnisse: Sprache", "deficit", "Vermittlungshemmnisse"),
        ("Integrationshemmnis", "deficit", "Integrationshemmnis"),
        ("Suchterkrankung", "crisis", "Suchterkrankung"),
        ("Spielsucht", "crisis", "Spielsucht"),
        ("Mietschulden", "crisis", "Mietschulden"),
        ("Angststörung", "profiling", "Angststörung"),
        ("Lebenskrise", "crisis", "Lebenskrise"),
        ("Kontopfändung", "crisis", "Kontopfändung"),
    ],
)
def test_compounds_report_the_whole_word(text: str, kind: str, word: str) -> None:
    found = [f for f in check_text(text) if f.kind == kind]
    assert [f.text for f in found] == [word]


@pytest.mark.parametrize(
    "variant",
    ["ärztliches Gutachten", "aerztliches Gutachten", "ÄRZTLICHES GUTACHTEN", "AErztliches Gutachten"],
)
def test_umlaut_and_case_variants(variant: str) -> None:
    assert "profiling" in _kinds(variant)


@pytest.mark.parametrize("variant", ["Hilfebedürftig", "hilfebeduerftig", "HILFEBEDÜRFTIG"])
def test_umlaut_variants_of_a_deficit_word(variant: str) -> None:
    assert _kinds(variant) == {"deficit"}


def test_sharp_s_and_ss_are_the_same() -> None:
    assert fold("Größe")[0] == fold("Groesse")[0] == "groesse"
    assert "deficit" in _kinds("Sie ist lernschwach und benachteiligt.")
    assert "crisis" in _kinds("Überschuldung") and "crisis" in _kinds("Ueberschuldung")


@pytest.mark.parametrize(
    "text",
    [
        "Sucht über eine Suchmaschine nach Stellen.",
        "Sucht eine Stelle als Lagerhelfer.",
        "Hat die Oma besucht und versucht, früh anzufangen.",
        "Problemlösung ist ihre Stärke.",
        "Zielstrebig und pünktlich.",
        "Sie hat ein Ziel.",
        "Bewerbungstraining am Dienstag",
        "Sprachcafé im Stadtteil",
        "Ich möchte Pflegehelferin werden.",
        "Hat das Diagnosegerät in der Werkstatt bedient.",
        "Mein Therapiehund Bruno",
        "Möchte im Krankenhaus in der Küche arbeiten.",
        "Termin bei der Suchtberatung ist vereinbart.",
        "Schuldnerberatung der Diakonie als Netzwerkpartner",
        "Ein krisensicherer Job ist ihr Wunsch.",
        "Pflege ist ein Mangelberuf.",
        "Unabhängig vom Jobcenter leben",
        "Hat eine Schwäche für Oldtimer.",
        "War nie krank.",
        "Fehlende Unterlagen bis Freitag nachreichen.",
    ],
)
def test_exceptions_and_traps_give_no_hint(text: str) -> None:
    assert check_text(text) == []


def test_a_bare_therapy_is_still_flagged_but_the_therapy_dog_is_not() -> None:
    assert "profiling" in _kinds("Sie macht eine Therapie.")
    assert _kinds("Ihr Therapiehund begleitet sie.") == set()


# --- spans and findings --------------------------------------------------------------------------------


def test_spans_point_into_the_original_text_even_after_umlauts() -> None:
    text = "Größte Stärke: Geduld. Äußerst unzuverlässig, hat Mietschulden und eine Angststörung."
    findings = check_text(text)
    assert [f.text for f in findings] == ["unzuverlässig", "Mietschulden", "Angststörung"]
    for f in findings:
        assert text[f.start : f.end] == f.text


def test_phrase_findings_cover_whole_words() -> None:
    text = "Er gilt als schwer vermittelbar."
    (finding,) = check_text(text)
    assert finding.text == "schwer vermittelbar"
    assert text[finding.start : finding.end] == finding.text


def test_finding_carries_reason_suggestion_and_referral_topic() -> None:
    (finding,) = check_text("Hat Mietschulden.")
    assert finding.kind == "crisis" and finding.severity == "hint"
    assert "verweisen" in finding.reason.lower()
    assert finding.suggestion.startswith("Verweisen an die Schuldnerberatung")
    assert finding.topic == ReferralTopic.SCHULDEN.value
    (deficit,) = check_text("Defizite in Mathe")
    assert "defizitorientierten Zuschreibungen" in deficit.reason


def test_every_topic_in_the_word_list_is_a_referral_topic() -> None:
    topics = {term.topic for term in load_guard().terms if term.topic}
    assert topics <= {t.value for t in ReferralTopic}
    assert "sucht" in topics and "schulden" in topics


def test_soft_hints_for_words_that_may_be_the_elbs_own() -> None:
    (finding,) = check_text("Ich bin alleinerziehend.")
    assert (finding.kind, finding.severity) == ("typing", "soft")
    assert check_text("Zielgruppe Alleinerziehende")[0].severity == "hint"


def test_kinds_have_german_labels() -> None:
    labels = {kind_label(kind) for kind in KINDS}
    assert len(labels) == len(KINDS)
    assert kind_label("crisis") == "Lebens- oder Krisenthema – verweisen"


# --- format_hint ---------------------------------------------------------------------------------------


def test_format_hint_is_empty_when_all_is_well() -> None:
    assert format_hint([]) == ""
    assert format_hint(check_text("Fahrrad mit Anhänger")) == ""


def test_format_hint_names_the_words_and_leaves_the_decision_to_the_ifk() -> None:
    hint = format_hint(check_text("Unmotiviert, hat Schulden <b>und</b> Diagnose Depression."), partners=[])
    lines = hint.splitlines()
    # head, suggestion, and for the crisis topic the gentle question whether to write it down at all
    assert len(lines) == 3 and lines[2].startswith("Muss das aufgeschrieben werden?")
    assert lines[0].startswith("Hinweis zur Formulierung:")
    assert "Sie entscheiden" in lines[0]
    for word in ("„Unmotiviert“", "„Schulden“", "„Diagnose“"):
        assert word in lines[0]
    # crisis comes first: the suggestion to refer is what the IFK needs most
    assert lines[1].startswith("Vorschlag: Verweisen an die Schuldnerberatung")


def test_format_hint_shortens_long_lists_and_marks_soft_hints() -> None:
    many = check_text("unmotiviert, faul, uneinsichtig, unzuverlässig, ungepflegt")
    assert "und 2 weitere Stellen" in format_hint(many)
    assert format_hint(check_text("Ich bin alleinerziehend.")).startswith("Leiser Hinweis")


# --- a whole case --------------------------------------------------------------------------------------


def test_demo_case_is_clean(demo_case) -> None:
    assert check_case(demo_case) == []


def test_check_case_finds_every_free_text_field(demo_case) -> None:
    case = demo_case
    fahrrad = next(r for r in case.resources if r.label == "Fahrrad")
    case.update_resource(fahrrad.id, note="Fährt viel, wirkt aber unmotiviert.", named_by=NamedBy.IFK)
    jana = next(r for r in case.resources if r.label == "Jana")
    # written by the IFK: the whole guard (the eLb's own words get no typing hint, see below)
    case.update_resource(jana.id, role="Schwester, alleinerziehend", named_by=NamedBy.IFK)
    rel = next(r for r in case.relations if r.note)
    case.update("relations", rel.id, note="Hilft, seit die Schwester Schulden hat.")
    will = case.wills[0]
    goal = case.goals[0]
    case.add_wish("Ich will nicht mehr so faul sein.")
    case.add_step(goal.id, "Diagnose beim Arzt abwarten.", named_by=NamedBy.IFK)
    case.add_team_idea("Zielgruppe U25 – Jugendwerkstatt?")
    case.add_goal(will.id, "Stelle finden trotz Vermittlungshemmnis", named_by=NamedBy.IFK)

    found = check_case(case)
    wheres = {where: f for where, f in found}
    assert "Ressource „Fahrrad“, Notiz" in wheres
    assert wheres["Ressource „Fahrrad“, Notiz"].text == "unmotiviert"
    assert "Ressource „Jana“, Rolle" in wheres
    assert any(w.startswith("Verbindung „Jana – Kita Sonnenhof“, Notiz") for w in wheres)
    # the eLb's own wish: how they judge themselves is theirs (no judging hint since the second round)
    assert "Wunsch / Idee „Ich will nicht mehr so faul sein.“, Text" not in wheres
    assert any(w.startswith("Schritt „Diagnose beim Arzt") for w in wheres)
    assert any(w.startswith("Idee aus dem Team „Zielgruppe U25") for w in wheres)
    assert any(w.startswith("Ziel „Stelle finden trotz") for w in wheres)
    kinds = {f.kind for _, f in found}
    assert kinds == set(KINDS)


def test_check_case_items_say_which_item_and_field(demo_case) -> None:
    fahrrad = next(r for r in demo_case.resources if r.label == "Fahrrad")
    demo_case.update_resource(fahrrad.id, note="Hat Mietschulden.")
    (item,) = check_case_items(demo_case)
    assert (item.collection, item.item_id, item.field) == ("resources", fahrrad.id, "note")
    assert isinstance(item.finding, Finding)


def test_long_item_texts_are_shortened_in_where(demo_case) -> None:
    long_will = "Ich will " + "ganz " * 20 + "unbedingt wieder arbeiten, trotz Räumungsklage."
    demo_case.add_will(long_will)
    ((where, _),) = check_case(demo_case)
    assert where.startswith("Wille „Ich will ganz") and "…“, Text" in where
    assert len(where) < 70


# --- an office's own word list -------------------------------------------------------------------------


def _write(path: Path, body: str) -> Path:
    path.write_text(body, encoding="utf-8")
    return path


def test_own_word_list_is_used_and_reloaded_after_editing(tmp_path: Path) -> None:
    file = _write(
        tmp_path / "wording_guard.yaml",
        "kinds: {judging: {reason: Bitte nicht bewerten.}}\ngroups: [{kind: judging, terms: [trödelig]}]\n",
    )
    (finding,) = check_text("Sie ist trödelig.", guard=load_guard(file))
    assert finding.reason == "Bitte nicht bewerten."
    _write(file, "groups: [{kind: judging, terms: [schnarchig]}]\n# edited\n")
    import os

    os.utime(file, (1, 1))  # a different mtime, as after an edit
    guard = load_guard(file)
    assert check_text("Sie ist trödelig.", guard=guard) == []
    assert len(check_text("schnarchig", guard=guard)) == 1


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("groups: [{kind: gemein, terms: [x]}]", "unbekannte Art „gemein“"),
        ("groups: [{kind: judging, severity: laut, terms: [x]}]", "unbekannte Stärke „laut“"),
        ("groups: [{kind: judging, terms: ['re:(kaputt']}]", "ungültigen Eintrag „re:(kaputt“"),
        ("groups: [kind: judging", "lassen sich nicht lesen"),
    ],
)
def test_a_broken_word_list_says_what_to_fix_in_german(tmp_path: Path, body: str, needle: str) -> None:
    file = _write(tmp_path / "wording_guard.yaml", body)
    with pytest.raises(WordingGuardError, match=re.escape(needle)):
        load_guard(file)


#: Fine trap sentences of earlier rounds that the MODEL flags since the fifth round (its typing label,
#: threshold chosen by cross-validation): known false alarms, kept because the leave-one-probe-out
#: estimate finds about five more sentences per probe with the model's crisis, profiling and typing
#: labels and no more false alarms on the probes (closing note issue-11-guard5.md). The lists must
#: stay quiet here; a model that flags any other sentence of these tests fails them.
MODEL_ALARMS = frozenset(
    (
        "Gehört zur Laufgruppe im Stadtpark.",
        "Die Familie betreibt den Kiosk in dritter Generation.",
        # sixth round: the model's crisis threshold for the IFK went 0.99 -> 0.9 (crisis 0.96 here)
        "Sie schlägt vor, am Montag anzurufen.",
    )
)


def _assert_quiet(text: str, writer: str = "ifk") -> None:
    findings = check_text(text, writer=writer)
    if text in MODEL_ALARMS:
        findings = [f for f in findings if not f.term.startswith("model:")]
    assert findings == []


@pytest.mark.parametrize("text", ["Kunde ist arbeitsunwillig", "wirkt lernunwillig"])
def test_unwilling_compounds_are_judging(text: str) -> None:
    """Found in the session app's review: "arbeitsunwillig" slipped through."""
    assert "judging" in {f.kind.value if hasattr(f.kind, "value") else f.kind for f in check_text(text)}


# --- issue 11: who wrote, patterns, the offer of help ---------------------------------------------

DEV = Path(__file__).parent / "data" / "wording_dev.yaml"


def _dev() -> list[tuple[str, list[str], str, bool]]:
    out = []
    for e in yaml.safe_load(DEV.read_text(encoding="utf-8")):
        kinds = e["kind"] if isinstance(e["kind"], list) else [e["kind"]]
        out.append((e["text"], kinds, e["writer"], bool(e.get("self_harm", False))))
    return out


def test_development_set_precision_recall_and_every_self_harm_phrase() -> None:
    """The set the patterns were developed on (the blind probe is measured in benchmarks/, never here)."""
    dev = _dev()
    assert len(dev) >= 200 and {w for _t, _k, w, _s in dev} == {"ifk", "elb"}
    scores = evaluate((text, kinds, writer) for text, kinds, writer, _s in dev)
    print(format_scores(scores, f"Entwicklungssatz ({len(dev)} Sätze)"))
    assert scores["overall"].precision >= 0.95 and scores["overall"].recall >= 0.95, format_scores(scores)
    missed = [t for t, _k, w, harm in dev if harm and not any(f.self_harm for f in check_text(t, writer=w))]
    assert missed == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Er ist nicht teamfähig.", "deficit"),
        ("Das wird so nichts.", "judging"),
        ("Sie kann nicht mit Geld umgehen.", "deficit"),
        ("Gehört zu den schwer erreichbaren Jugendlichen.", "typing"),
        ("Er denkt daran, sich etwas anzutun.", "crisis"),
    ],
)
def test_the_issue_examples_are_found(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the lemmatiser, not a list of endings, knows these forms
        ("Sie konnte nicht mit Geld umgehen.", "deficit"),
        ("Er kam mit der Arbeit nicht zurecht.", "deficit"),
        ("Mit Geld umgehen kann sie nicht.", "deficit"),
        ("Sie hatten ihm die Kinder weggenommen.", "crisis"),
        ("Er dachte daran, sich etwas anzutun.", "crisis"),
        ("Die Wohnungen wurden geräumt.", "crisis"),
    ],
)
def test_patterns_follow_word_forms(text: str, kind: str) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sie kann gut mit Kindern umgehen.",
        "Kommt mit dem Bus gut zurecht.",
        "Sie ist nicht nur pünktlich, sondern auch sehr genau.",
        "Er hat nie Probleme mit Kollegen gehabt.",
        "Sie schlägt vor, am Montag anzurufen.",
        "Es fehlt noch der Nachweis vom Vermieter.",
    ],
)
def test_patterns_leave_strengths_and_plain_facts_alone(text: str) -> None:
    _assert_quiet(text)


def test_the_elb_s_own_words_get_no_typing_deficit_or_profiling_hints() -> None:
    will = "Ich bin Migrantin, alleinerziehend, und kann nicht gut mit Geld umgehen."
    assert {"typing", "deficit"} <= _kinds(will)  # written by the IFK about the person: hinted
    assert check_text(will, writer="elb") == []
    assert check_text("Wegen meiner Depression will ich halbtags arbeiten.", writer="elb") == []
    with pytest.raises(ValueError, match="Schreiber"):
        check_text("x", writer="jemand")


def test_a_crisis_is_offered_help_whoever_wrote_it() -> None:
    from beratungskit.analysis.partners import Partner
    from beratungskit.analysis.wording import crisis_offer
    from beratungskit.model import Category, Origin

    partners = [
        Partner(
            "wohnen",
            "Fachstelle Wohnen",
            Category.INFRASTRUKTURELL,
            Origin.FACHDIENST,
            (ReferralTopic.WOHNEN,),
            "Hilft bei Räumung",
        ),
        Partner(
            "sucht", "Suchtberatung", Category.INFRASTRUKTURELL, Origin.FACHDIENST, (ReferralTopic.SUCHT,)
        ),
    ]
    for writer in ("elb", "ifk"):
        findings = check_text("Meine Wohnung wird geräumt, ich weiß nicht wohin.", writer=writer)
        offer = crisis_offer(findings, partners)
        assert offer is not None and offer.question.startswith("Muss das aufgeschrieben werden?")
        assert offer.services == ("Fachstelle Wohnen (Hilft bei Räumung)",)
        assert offer.crisis_line == ""  # no self-harm: no crisis line
    harm = check_text("Manchmal will ich einfach nicht mehr leben.", writer="elb")
    offer = crisis_offer(harm, partners=[])
    assert offer is not None and "Telefonseelsorge 0800 111 0 111" in offer.crisis_line
    hint = format_hint(harm, partners=[])
    assert "Telefonseelsorge" in hint and "Muss das aufgeschrieben werden?" in hint
    assert crisis_offer(check_text("Er ist nicht teamfähig."), partners) is None


def test_a_case_is_checked_by_who_wrote_each_field() -> None:
    from beratungskit.model import Case, NamedBy

    case = Case.new(alias="Test", key="t1")
    case.add_will("Ich bin Migrantin und will Erzieherin werden.", named_by=NamedBy.ELB)
    case.add_resource("Nachbarin", note="Ist Migrantin und hilft bei Formularen.", named_by=NamedBy.IFK)
    case.add_resource("Geduld", note="Ich bin Migrantin, ich kenne das.", named_by=NamedBy.ELB)
    case.set_ifk_note("Bandscheibenvorfall 2021, seitdem Depression.")
    found = check_case_items(case)
    assert {(c.collection, c.field) for c in found} == {("resources", "note"), ("case", "ifk_note")}
    assert {c.item_id for c in found if c.collection == "resources"} == {"r1"}
    ifk_note = [c for c in found if c.field == "ifk_note"]
    assert ifk_note[0].where == "Fall, Notiz der Fachkraft" and ifk_note[0].finding.kind == "profiling"


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("groups: [{kind: judging, terms: [" + "a" * 5000 + "]}]", "höchstens 60 Zeichen"),
        ("groups: [judging]", "nicht die erwartete Form"),
        ("groups: [{kind: judging, terms: &t [x]}, {kind: typing, terms: *t}]", "Anker oder Verweis"),
    ],
)
def test_an_odd_word_list_gives_a_german_message_not_a_crash(tmp_path: Path, body: str, needle: str) -> None:
    """Found for issue 9: a 5,000-letter term raised a RecursionError (the word trie is built per
    letter); a group that is no mapping an AttributeError.
    """
    file = _write(tmp_path / "wording_guard.yaml", body)
    with pytest.raises(WordingGuardError, match=re.escape(needle)):
        load_guard(file)


# --- issue 11, second round: kinds of phrasing, not single sentences ------------------------------------

BATCH = Path(__file__).parent / "data" / "wording_batch.yaml"


def _labelled(path: Path) -> list[tuple[str, list[str], str, bool]]:
    out = []
    for e in yaml.safe_load(path.read_text(encoding="utf-8")):
        kinds = e["kind"] if isinstance(e["kind"], list) else [e["kind"]]
        out.append((e["text"], kinds, e["writer"], bool(e.get("self_harm", False))))
    return out


@pytest.mark.parametrize(
    ("name", "floor"),
    [
        # measured once before tuning: P 0.939, R 0.989, no self-harm missed (same hand as the patterns)
        ("wording_batch.yaml", 0.95),
        # measured once before tuning: A P 0.545 R 0.923, B P 0.735 R 0.472, C R 0.575 (15 of 27
        # self-harm sentences missed);
        # its fine sentences keep a few false alarms the lists do not chase (a sister's divorce papers …)
        ("wording_batch2.yaml", 0.9),
        # third round, eight sets measured once each before tuning: P 0.971/0.929/0.973/0.912/0.963/
        # 0.787/0.968, R 0.532/0.684/0.706/0.525/0.684/0.698/0.638, 10 of 25 self-harm missed in
        # set 7, 5 of 60 false alarms in set 8 (header of the file)
        ("wording_batch3.yaml", 0.95),
    ],
)
def test_the_guard_helper_s_batches_precision_recall_and_every_self_harm_phrase(
    name: str, floor: float
) -> None:
    """The guard helper's own batches, tuned on after one measurement each (figures in the files'
    headers). The figure on sentences nobody tuned on is the second probe's (bench_wording_probe.py)."""
    batch = _labelled(BATCH.with_name(name))
    assert len(batch) >= 100 and {w for _t, _k, w, _s in batch} == {"ifk", "elb"}
    scores = evaluate((text, kinds, writer) for text, kinds, writer, _s in batch)
    print(format_scores(scores, f"{name} ({len(batch)} Sätze)"))
    assert scores["overall"].precision >= floor and scores["overall"].recall >= 0.95, format_scores(scores)
    missed = [t for t, _k, w, harm in batch if harm and not any(f.self_harm for f in check_text(t, writer=w))]
    assert missed == []


def _kinds_of(text: str, writer: str = "ifk") -> set[str]:
    return {kind for f in check_text(text, writer=writer) for kind in f.kinds}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # hedged verdicts and lack of a quality
        ("Wirkt mit der Situation völlig überfordert.", "deficit"),
        ("Scheint den Anforderungen nicht gewachsen.", "deficit"),
        ("Macht einen unsicheren Eindruck.", "deficit"),
        ("Es fehlt ihr an Selbstvertrauen.", "deficit"),
        ("Die Frustrationstoleranz ist sehr gering.", "deficit"),
        ("Kunde wirkt unmotiviert.", "deficit"),  # a verdict and a deficit attribution at once
        ("Kunde wirkt unmotiviert.", "judging"),
        # advice by modal verbs, verdicts on plans
        ("Er sollte die Ansprüche an den Lohn senken.", "judging"),
        ("Frau Brandt müsste sich mehr bemühen.", "judging"),
        ("Hätte die Ausbildung nicht abbrechen dürfen.", "judging"),
        ("Der Plan mit dem Kiosk ist nicht durchdacht.", "judging"),
        ("Ihre Gehaltsvorstellungen sind viel zu hoch.", "judging"),
        # membership
        ("Passt in die Gruppe der Berufsrückkehrerinnen.", "typing"),
        ("Er ist einer von diesen Dauerkunden.", "typing"),
        ("Dritte Generation im Leistungsbezug.", "typing"),
        # health and life history
        ("Seit drei Jahren depressiv.", "profiling"),
        ("Nach eigener Aussage vorbestraft.", "profiling"),
        ("Thema Alkohol.", "profiling"),
        ("Nimmt Medikamente gegen die Angst.", "profiling"),
        ("Knie-OP im letzten Jahr.", "profiling"),
        ("Stammt aus Afghanistan.", "profiling"),
        ("Kommt aus der Türkei.", "profiling"),
        ("Sie ist Muslimin.", "profiling"),
        ("War früher in Haft.", "profiling"),
        # crisis paraphrases
        ("Muss nächsten Monat eine Ersatzfreiheitsstrafe antreten.", "crisis"),
        ("Der Vermieter hat fristlos gekündigt.", "crisis"),
        ("Wohnt seit dem Auszug bei einem Kumpel auf dem Sofa.", "crisis"),
        ("Das Jugendamt will ihr die Kleine wegnehmen.", "crisis"),
        ("Der Ex-Partner lauert ihr vor der Wohnung auf.", "crisis"),
        ("Gas ist abgestellt, die Kinder frieren.", "crisis"),
    ],
)
def test_kinds_of_phrasing_are_recognised(text: str, kind: str) -> None:
    assert kind in _kinds_of(text), check_text(text)


@pytest.mark.parametrize(
    "text",
    [
        # conditions, the IFK's own plans, what was planned
        "Sollte es regnen, fährt sie Bus.",
        "Sollte der Bus ausfallen, ruft sie vorher an.",
        "Wir müssen noch klären, ob der Kurs förderfähig ist.",
        "Der Kurs soll im März beginnen.",
        "Besser wäre für sie ein Arbeitsort in der Nähe, sagt sie selbst.",
        # workplaces and work with things the lists know
        "Hat früher als Pflegehelfer in der Psychiatrie gearbeitet.",
        "Interessiert sich für eine Stelle als Koch in der Justizvollzugsanstalt.",
        "Hat im Lager eines Pharmagroßhandels Medikamente kommissioniert.",
        "Er hat beim Umzugsunternehmen Wohnungen geräumt und Möbel montiert.",
        "Kennt sich mit Stromkabeln aus, hat als Elektrohelfer gearbeitet.",
        # what is absent, hypothetical or somebody else's
        "Hat keine Schulden und möchte das so behalten.",
        "Die Oma passt auf, wenn die Kinder krank sind.",
        "Kommt aus der Gastronomie und will im Service bleiben.",
        "Sie spricht fließend Polnisch und Russisch.",
        "Nachbarin hilft bei der Kinderbetreuung, wenn es an Zeit fehlt.",
        "Gehört zur Laufgruppe im Stadtpark.",
        "Sie hat als Kind schon im Laden der Eltern geholfen.",
        "Termin beim Ärztlichen Dienst auf eigenen Wunsch.",
    ],
)
def test_conditions_plans_workplaces_and_absences_are_fine(text: str) -> None:
    _assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "Manchmal denke ich, es wäre besser, wenn ich nicht mehr da wäre.",
        "Meine Familie wäre ohne mich besser dran.",
        "Ich mag nicht mehr, ich will nur noch, dass alles aufhört.",
        "Am liebsten würde ich einschlafen und nie wieder aufwachen.",
        "Ich habe genug Tabletten zu Hause, um es zu beenden.",
        "Hat Tabletten gesammelt.",
        "Sagt, sie sei allen nur eine Last.",
        "Verschenkt seine Sachen und verabschiedet sich.",
        "Ich hab mir schon überlegt, wie ich es machen würde.",
        "Wozu noch leben.",
    ],
)
def test_indirect_self_harm_always_gets_the_crisis_line(text: str) -> None:
    from beratungskit.analysis.wording import crisis_offer

    for writer in ("ifk", "elb"):
        offer = crisis_offer(check_text(text, writer=writer), partners=[])
        assert offer is not None and "Telefonseelsorge" in offer.crisis_line, (writer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Ich mache Schluss mit der Zeitarbeit und suche was Festes.",
        "Ich habe keine Kraft mehr für Nachtschichten, lieber tagsüber.",
        "Ich will nicht mehr im Schichtdienst arbeiten.",
        "Ich kann nicht mehr als 20 Stunden arbeiten wegen der Kinder.",
        "Ich war früher im Knast, das will ich hinter mir lassen.",
        "Ich habe Schulden, aber ich zahle sie jeden Monat ab.",
        "Ich bin seit drei Jahren trocken und will das auch bleiben.",
        "Ich sollte mehr Sport machen, das tut mir gut.",
        "Ich muss erst lernen, wie man Bewerbungen am Computer schreibt.",
    ],
)
def test_the_elb_s_plans_and_a_past_they_left_behind_get_no_hint(text: str) -> None:
    assert check_text(text, writer="elb") == []


def test_a_past_crisis_is_life_history_but_a_present_one_is_a_crisis() -> None:
    assert _kinds_of("War früher in Haft.") == {"profiling"}
    assert "crisis" in _kinds_of("Sitzt in U-Haft.")
    assert "crisis" in _kinds_of("Mein Sohn ist in Haft.", writer="elb")
    assert check_text("Hatte früher Schulden, alles abbezahlt.", writer="elb") == []
    assert "crisis" in _kinds_of("Ich habe Schulden und das macht mir Angst.", writer="elb")


def test_advice_is_hinted_for_the_ifk_but_not_in_the_elb_s_own_words() -> None:
    assert "judging" in _kinds_of("Er sollte mehr Sport machen.")
    assert check_text("Er sollte mehr Sport machen.", writer="elb") == []


def test_a_finding_names_every_kind_it_stands_for() -> None:
    (finding,) = check_text("unzuverlässig")
    assert set(finding.kinds) == {"judging", "deficit"}
    assert "Bewertung oder Ratschlag" in finding.kind_label and "Defizitzuschreibung" in finding.kind_label
    assert "(Bewertung oder Ratschlag, Defizitzuschreibung)" in format_hint([finding])
    # in the eLb's own words the finding is gone, not only relabelled
    assert check_text("unzuverlässig", writer="elb") == []


def test_also_unless_history_and_macros_work_in_an_office_s_own_list(tmp_path: Path) -> None:
    body = """
macros:
  "@TIER": hund katze
groups:
  - kind: judging
    also: [deficit]
    unless: ["seq: wenn … @TIER"]
    terms: ["seq: @TIER faul"]
  - kind: crisis
    topic: wohnen
    history: true
    terms: [obdachlos]
past: [früher]
"""
    guard = load_guard(_write(tmp_path / "wording_guard.yaml", body))
    (finding,) = check_text("Hund faul.", guard=guard)
    assert finding.kinds == ("judging", "deficit")
    assert check_text("Wenn der Hund faul ist, gehen wir.", guard=guard) == []
    assert [f.kinds for f in check_text("Ist obdachlos.", guard=guard)] == [("crisis",)]
    assert [f.kinds for f in check_text("War früher obdachlos.", guard=guard)] == [("profiling",)]
    assert check_text("War früher obdachlos.", guard=guard, writer="elb") == []


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("groups: [{kind: judging, terms: ['seq: @GIBTESNICHT x']}]", "unbekannte Abkürzung @GIBTESNICHT"),
        ("macros: {klein: x}\ngroups: []", "eine Abkürzung beginnt mit @"),
        ("groups: [{kind: judging, also: [gemein], terms: [x]}]", "unbekannte Art „gemein“"),
        ("groups: [{kind: judging, terms: ['near: a … b']}]", "nur in seq:-Mustern"),
    ],
)
def test_a_broken_macro_or_group_option_says_what_to_fix(tmp_path: Path, body: str, needle: str) -> None:
    file = _write(tmp_path / "wording_guard.yaml", body)
    with pytest.raises(WordingGuardError, match=re.escape(needle)):
        load_guard(file)


def test_exceptions_never_silence_thoughts_of_self_harm(tmp_path: Path) -> None:
    body = """
groups:
  - {kind: crisis, self_harm: true, terms: [lebensmüde]}
  - {kind: judging, terms: [faul]}
exceptions: ["re:.*"]
"""
    guard = load_guard(_write(tmp_path / "wording_guard.yaml", body))
    assert check_text("Faul.", guard=guard) == []
    assert [f.self_harm for f in check_text("Lebensmüde.", guard=guard)] == [True]


# --- third round: words that are two kinds, split verbs, note abbreviations, further families -------


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # a labour-market category that names a lack: a deficit attribution and a target group
        ("Marktferne Kundin, seit Jahren ohne Arbeit.", {"deficit", "typing"}),
        ("Gilt als schwer vermittelbar.", {"deficit", "typing"}),
        ("Kommt aus einer bildungsfernen Familie.", {"deficit", "typing"}),
        # a trait said about the person: a verdict and a deficit attribution
        ("Er ist ziemlich naiv.", {"judging", "deficit"}),
        ("Sie ist sehr wählerisch.", {"judging", "deficit"}),
        ("Lässt sich seit Monaten hängen.", {"judging", "deficit"}),
        # a forecast about the person is a profile and a verdict
        ("Integrationsprognose ungünstig.", {"profiling", "judging"}),
    ],
)
def test_words_that_are_two_kinds_name_both(text: str, kinds: set[str]) -> None:
    assert kinds <= _kinds_of(text), check_text(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a separable verb split over the clause („stellen … ab“ = abstellen, „kommt … klar“)
        ("Die Stadtwerke stellen ihr am Montag das Gas ab.", "crisis"),
        ("Der Versorger dreht nächste Woche den Strom ab.", "crisis"),
        ("Er kommt mit dem Papierkram überhaupt nicht klar.", "deficit"),
        # the full stop of „Fr.“ or „Kd.“ ends no sentence
        ("Der Ehemann lässt Fr. K. nicht aus dem Haus.", "crisis"),
        # a verb form the lemmatiser gives to another verb („gehört“ → hören, „fällt“ → fällen)
        ("Gehört zu der Sorte Kunden, die alles abnicken.", "typing"),
        ("Er fällt in die Kategorie Betreuungskunde.", "typing"),
        # a past marker with a number of years: life history, not a crisis now
        ("Hatte vor fünf Jahren Mietschulden.", "profiling"),
    ],
)
def test_split_verbs_and_note_abbreviations(text: str, kind: str) -> None:
    assert kind in _kinds_of(text), check_text(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # advice in any form
        ("IFK empfiehlt einen Staplerschein.", "judging"),
        ("Empfehlung: erst den Sprachkurs abschließen.", "judging"),
        ("Ich würde ihm eher zu einer Stelle im Lager raten.", "judging"),
        ("Sie wäre gut beraten, die Stelle anzunehmen.", "judging"),
        ("Dringend anzuraten ist eine Kinderbetreuung.", "judging"),
        ("Gut wäre, wenn er vorher anruft.", "judging"),
        ("Er hätte das Angebot vom Baumarkt einfach annehmen sollen.", "judging"),
        # verdicts on what the person did or plans
        ("Die Kündigung beim Bäcker war ein Fehler.", "judging"),
        ("Falsche Prioritäten: erst Urlaub, dann Arbeit.", "judging"),
        ("Eine Ausbildung lohnt sich mit 50 nicht mehr.", "judging"),
        ("Sie hat die Chance leichtfertig vertan.", "judging"),
        ("Der Plan ist völlig abgehoben.", "judging"),
        ("Sie stellt sich die Selbstständigkeit zu rosig vor.", "judging"),
        ("Es ist fraglich, ob er die Probezeit übersteht.", "judging"),
        ("Berufswunsch Fotografin kommt nicht in Frage.", "judging"),
        ("Eine Vermittlung ist kurzfristig nicht zu erwarten.", "judging"),
        ("Ein Studium macht in ihrer Lage keinen Sinn.", "judging"),
        ("Er ist arbeitsscheu.", "judging"),
        ("Ohne Druck passiert bei ihm nichts.", "judging"),
        ("Sie scheitert immer wieder an der Probezeit.", "deficit"),
        ("Schulische Leistungen mangelhaft.", "deficit"),
        ("Integrationsferne Kundin, Betreuungsfall.", "typing"),
        ("Drittstaatlerin ohne Anerkennung.", "typing"),
        # lack and failing
        ("Es hapert an der Rechtschreibung.", "deficit"),
        ("Sie ist kaum in der Lage, Formulare auszufüllen.", "deficit"),
        ("Er kriegt nichts auf die Kette und nichts gebacken.", "deficit"),
        ("Lebenslauf voller Lücken.", "deficit"),
        ("Deutschkenntnisse rudimentär.", "deficit"),
        ("Er ist nicht der Schnellste.", "deficit"),
        ("Sie tut sich mit Kritik schwer.", "deficit"),
        # membership
        ("Zählt zu unseren Härtefällen.", "typing"),
        ("Klassische Bürgergeldfamilie.", "typing"),
        ("Sie ist eine von vielen Aufstockerinnen im Haus.", "typing"),
        ("Ewiger Maßnahmeteilnehmer.", "typing"),
        ("Zugewandert aus Osteuropa.", "typing"),
        # health in everyday words
        ("Sie war vier Wochen in der Klinik wegen ihrer Nerven.", "profiling"),
        ("Nervlich völlig am Ende.", "profiling"),
        ("Hatte letztes Jahr einen Bandscheibenvorfall.", "profiling"),
        # crisis in further words
        ("Ihr Freund hat ihr eine geknallt.", "crisis"),
        ("Der Ex steht abends vor ihrer Wohnung und schreit.", "crisis"),
        ("Er muss die Reststrafe im Februar absitzen.", "crisis"),
        ("Hat die Geldstrafe nicht bezahlt und muss jetzt für zwei Monate rein.", "crisis"),
        ("Die Stromrechnung ist offen, Sperre angekündigt.", "crisis"),
        ("Wir haben keine Windeln mehr für das Baby.", "crisis"),
        ("Wir sind seit Wochen ohne Strom.", "crisis"),
        ("Er zockt jeden Abend am Automaten und verliert alles.", "crisis"),
        ("Sie hat eine Vorladung vom Amtsgericht.", "crisis"),
        ("Sie ist in ihrer Heimat vergewaltigt worden.", "profiling"),
        ("Ist Russlanddeutscher.", "typing"),
        ("Er ist in der Ukraine geboren und 2022 geflohen.", "profiling"),
        ("Bewerbungen schreibt sie nur mit viel Hilfe.", "deficit"),
        ("Die Eigenbemühungen sind ein Witz.", "judging"),
        ("Er ist einer dieser jungen Männer ohne Plan.", "typing"),
        ("Er ist gebürtiger Iraker.", "typing"),
        ("Hr. B. ist Zeuge Jehovas.", "profiling"),
        ("Sie hat eine Hüftprothese.", "profiling"),
        ("Er schafft keine acht Stunden am Stück.", "deficit"),
        ("Rat an Kd.: weniger Handy, mehr Bewerbungen.", "judging"),
        ("Mit 58 wird das nichts mehr mit einer Festanstellung.", "judging"),
        ("Die Polizei war gestern bei uns wegen meinem Mann.", "crisis"),
    ],
)
def test_third_round_families_are_recognised(text: str, kind: str) -> None:
    assert kind in _kinds_of(text), check_text(text)


@pytest.mark.parametrize(
    "text",
    [
        "Am liebsten wäre ich einfach weg, für immer.",
        "Manchmal wäre ich lieber nie geboren worden.",
        "Ich sehe keinen Ausweg mehr.",
        "Er hat sich die Arme aufgekratzt, bis es blutete.",
        "Sie denkt daran, einfach Schluss zu machen.",
        "Er will sich vor den Zug werfen.",
        "Ich will nur noch schlafen.",
        "Er meinte, es wäre für alle leichter, wenn es ihn nicht gäbe.",
        "Ich frage mich, wofür ich eigentlich noch lebe.",
        "Keiner würde es merken, wenn ich tot wäre.",
        "Er redet ständig vom Sterben.",
        "Das Leben hat keinen Wert mehr.",
        "Sie hat gefragt, wie viele Schlaftabletten tödlich sind.",
        "Ich bin so müde vom Leben.",
        "Ich will, dass es aufhört, egal wie.",
        "Sie hat sich im Bad eingeschlossen und mit dem Messer geschnitten.",
        "Ich habe Schlaftabletten gehortet.",
        "Es hat alles keinen Zweck.",
        "Manchmal denke ich, ich sollte einfach verschwinden.",
        "Er hat Abschied genommen und sein Auto verschenkt.",
        "Sie sieht keinen Grund mehr weiterzumachen.",
    ],
)
def test_further_self_harm_signs_get_the_crisis_line(text: str) -> None:
    from beratungskit.analysis.wording import crisis_offer

    for writer in ("ifk", "elb"):
        offer = crisis_offer(check_text(text, writer=writer), partners=[])
        assert offer is not None and "Telefonseelsorge" in offer.crisis_line, (writer, text)


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # the person's own proposal, an expectation about a thing, a document fixed, a choice made
        ("Hr. N. hat selbst vorgeschlagen, den Kurs zu besuchen.", "ifk"),
        ("Vorschlag von Frau S.: Praktikum im Tierheim.", "ifk"),
        ("Es wäre gut, wenn der Kurs im März anfängt, sagt Frau B.", "ifk"),
        ("Falls AG zusagt: Schuhe über das Vermittlungsbudget, sollte kein Problem sein.", "ifk"),
        ("Fehler im Antrag korrigiert, Unterlagen vollständig.", "ifk"),
        ("Empfehlungsschreiben vom letzten Chef liegt vor.", "ifk"),
        ("Er kommt mit der neuen Chefin gut klar.", "ifk"),
        ("Er stellt morgens die Zeitungen zu und ist ab zehn frei.", "ifk"),
        ("Sie hat Gas und Strom selbst beim neuen Anbieter angemeldet.", "ifk"),
        ("Er kümmert sich um den kranken Vater und möchte Teilzeit.", "ifk"),
        ("Sie macht Nachtwache in einer Klinik für Suchtkranke.", "ifk"),
        ("Wunsch: Betreuungsassistentin in der Psychiatrie.", "ifk"),
        ("Hat keine Angst vor körperlicher Arbeit, packt gern mit an.", "ifk"),
        ("Er bringt viel Erfahrung im Verkauf mit.", "ifk"),
        ("Beim Vorstellungsgespräch hat sie einen guten Eindruck gemacht.", "ifk"),
        ("Er ist ein typischer Tüftler, repariert alles.", "ifk"),
        ("Die Familie betreibt den Kiosk in dritter Generation.", "ifk"),
        ("Er gehört zu den besten Fahrern im Betrieb.", "ifk"),
        ("Er ist der Typ, der anpackt, Nachbarn rufen ihn bei Umzügen.", "ifk"),
        ("Empfehlung des Praktikumsbetriebs liegt vor, sehr positiv.", "ifk"),
        ("Ich will weg von der Zeitarbeit, für immer.", "elb"),
        ("Sie hat beim Quiz alles richtig geraten.", "ifk"),
        ("Nachtschicht kommt für sie nicht in Frage, die Kinder sind klein (ihre Entscheidung).", "ifk"),
        ("Er ist ein Typ mit Humor, die Kollegen mögen ihn.", "ifk"),
        ("Er ist Elektriker und klemmt bei Kunden den Strom ab, bevor er arbeitet.", "ifk"),
        ("Sie hat nie gelernt, Auto zu fahren, und fährt Fahrrad.", "ifk"),
        ("Ich will nie wieder in die Gastronomie, das war zu stressig.", "elb"),
        ("Ich frage mich, wofür ich den Kurs brauche.", "elb"),
        ("Egal wie, ich will die Ausbildung schaffen.", "elb"),
        # twenty-sixth round: the absence with its reason (the bare „Wenn ich weg bin, passt meine Mutter
        # auf die Kinder auf.“ now gets the question: test_the_twenty_sixth_rounds_head_…)
        ("Wenn ich im Kurs bin, passt meine Mutter auf die Kinder auf.", "elb"),
        ("Ich spiele gern Karten mit meinen Nachbarn.", "elb"),
        ("Ich war sechs Jahre in Haft und habe dort meine Ausbildung gemacht.", "elb"),
        ("Meine Mutter war Alkoholikerin, deshalb trinke ich nie.", "elb"),
        ("Hat in der Entgiftungsstation als Reinigungskraft gearbeitet.", "ifk"),
        ("Er ist Trainer der Rollstuhl-Basketballgruppe.", "ifk"),
        ("Sie hilft ihrer Schwester, die krank ist, beim Einkauf.", "ifk"),
        ("Er hat sich beim Kochen mit dem Messer geschnitten.", "elb"),
        ("Er arbeitet seit zwei Jahren beim Italiener in der Küche.", "ifk"),
        # the eLb's own words: plans, a job left, a service already involved, a wish
        ("Ich habe Schulden, aber das regle ich mit der Schuldnerberatung.", "elb"),
        ("Ich will nicht mehr zurück in die Zeitarbeit.", "elb"),
        ("Am liebsten wäre ich Busfahrerin.", "elb"),
        ("Ich mache den Führerschein, das lohnt sich auf jeden Fall.", "elb"),
        ("Sie will mit ihrem Freund Schluss machen, sagt sie.", "elb"),
    ],
)
def test_third_round_leaves_these_quiet(text: str, writer: str) -> None:
    _assert_quiet(text, writer)


# --- fourth round: the model as a second opinion behind the lists ------------------------------------

MODEL_SECTION = """
model:
  file: {file}
  self_harm: {{threshold: 0.2, alone: 0.65, field: [haut, zigarett], unless: [beim kochen]}}
  judging: {{threshold: 0.9}}
groups:
  - {{kind: judging, terms: [faul]}}
"""


def _model_guard(tmp_path: Path, section: str = MODEL_SECTION) -> object:
    from beratungskit.resources import template_path

    file = template_path("wording_model.json")
    return load_guard(_write(tmp_path / "wording_guard.yaml", section.format(file=file)))


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # self-harm paraphrases with no word of the lists in them (the model's training sentences)
        ("Drückt Zigaretten auf der eigenen Haut aus, zeigte frische Brandwunden.", "ifk"),
        ("Kd. hat sich mehrfach mit Scherben selbst verletzt.", "ifk"),
        ("Ich will nicht mehr leben.", "elb"),
    ],
)
def test_the_model_offers_the_crisis_line_where_the_lists_know_no_word(
    tmp_path: Path, text: str, writer: str
) -> None:
    lists_only = load_guard(_write(tmp_path / "lists.yaml", "groups: [{kind: judging, terms: [faul]}]"))
    assert check_text(text, guard=lists_only, writer=writer) == []
    findings = check_text(text, guard=_model_guard(tmp_path), writer=writer)
    assert any(f.self_harm and f.term == "model:self_harm" for f in findings)
    (finding,) = [f for f in findings if f.self_harm]
    # the model judges the sentence: the hint quotes it (without its full stop)
    assert text[finding.start : finding.end] == finding.text == text.rstrip(".")


def test_the_shipped_guard_asks_the_model_and_shows_the_weightiest_word() -> None:
    findings = check_text("Drückt Zigaretten auf der eigenen Haut aus, zeigte frische Brandwunden.")
    assert any(f.self_harm for f in findings)
    assert check_text("Sie holt die Kinder um drei von der Kita ab.") == []


def test_the_model_needs_a_word_of_the_field_below_alone_and_stays_away_from_accidents(
    tmp_path: Path,
) -> None:
    from beratungskit.analysis.wording_model import load_model

    text = "Kd. hat sich mehrfach mit Scherben selbst verletzt."
    score = load_model().score(text)["self_harm"]
    assert score >= 0.2  # the model alone would call it
    guard = _model_guard(tmp_path, MODEL_SECTION.replace("alone: 0.65", "alone: 1.0"))
    assert not any(f.self_harm for f in check_text(text, guard=guard))  # no word of the field in it
    cooking = "Beim Kochen hat er sich mit Scherben selbst verletzt."
    assert any(
        f.self_harm
        for f in check_text(
            cooking, guard=_model_guard(tmp_path, MODEL_SECTION.replace("beim kochen", "im garten"))
        )
    )
    assert not any(f.self_harm for f in check_text(cooking, guard=_model_guard(tmp_path)))


def test_the_model_adds_nothing_where_the_lists_found_the_label(tmp_path: Path) -> None:
    guard = _model_guard(tmp_path)
    findings = check_text("Ich will nicht mehr leben, sagt er, und er ist faul.", guard=guard)
    assert [f.term for f in findings if "judging" in f.kinds] == ["faul"]


def test_the_model_keeps_the_writer_rule(tmp_path: Path) -> None:
    text = "Kd. sollte sich endlich mal zusammenreißen und pünktlich sein."
    section = MODEL_SECTION.replace("judging: {{threshold: 0.9}}", "judging: {{threshold: 0.05}}")
    guard = _model_guard(tmp_path, section)
    assert any("judging" in f.kinds and f.term == "model:judging" for f in check_text(text, guard=guard))
    assert check_text(text, guard=guard, writer="elb") == []


def test_without_the_model_file_the_lists_work_alone(tmp_path: Path) -> None:
    body = "model: {file: fehlt.json, self_harm: {threshold: 0.2}}\ngroups: [{kind: judging, terms: [faul]}]"
    guard = load_guard(_write(tmp_path / "wording_guard.yaml", body))
    assert [f.term for f in check_text("Ich will nicht mehr leben. Faul.", guard=guard)] == ["faul"]


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ("model: {self_harm: {threshold: 2}}", "eine Schwelle ist eine Zahl über 0 bis 1"),
        ("model: {self_harm: {threshold: viel}}", "eine Schwelle ist eine Zahl über 0 bis 1"),
        ("model: {gefahr: {threshold: 0.5}}", "unbekannte Art „gefahr“"),
    ],
)
def test_a_broken_model_section_says_what_to_fix(tmp_path: Path, body: str, needle: str) -> None:
    with pytest.raises(WordingGuardError, match=re.escape(needle)):
        load_guard(_write(tmp_path / "wording_guard.yaml", body))


def test_the_shipped_model_fits_the_code_and_names_its_sentences() -> None:
    import json

    from beratungskit.analysis.wording_model import LABELS, features, load_model
    from beratungskit.resources import template_path

    data = json.loads(template_path("wording_model.json").read_text(encoding="utf-8"))
    assert data["labels"] == list(LABELS)
    assert "wording_batch4.yaml" in data["trained_on"]
    # every feature kind the code makes is in the file (a changed feature code needs a new model)
    names = {name.split(":")[0] for name in data["weights"]}
    assert names == {name.split(":")[0] for name, _n in features("Kein Ausweg mehr, sagt er.")}
    model = load_model()
    assert model.score("Ich will nicht mehr leben.")["self_harm"] > 0.5


def test_the_model_file_is_written_one_feature_a_line_and_reads_back_the_same() -> None:
    import json

    from beratungskit.analysis.wording_train import dumps

    data = {
        "labels": ["self_harm"],
        "bias": [-1.5],
        "trained_on": "2 Sätze aus „x.yaml“",
        "weights": {"w:tod": [0.5], "c:<töt": [0.25]},
    }
    text = dumps(data)
    assert json.loads(text) == data
    assert '"c:<töt": [0.25],\n"w:tod": [0.5]\n' in text


@pytest.mark.parametrize(
    "text",
    [
        # death, dying and "nicht mehr" in everyday sense (written for this test, not trained on)
        "Kd. hat früher beim Bestattungsinstitut Müller gearbeitet und möchte wieder dorthin.",
        "Wir haben über einen Film gesprochen, in dem jemand stirbt, Kd. mag Drehbücher.",
        "Das Erbe der verstorbenen Tante ist noch nicht verteilt, Nachweis folgt.",
        "Kd. macht am Samstag einen Erste-Hilfe-Kurs für den Führerschein.",
        "Ich hab mich totgelacht über den Film.",
        "Sie möchte im Hospiz als Hauswirtschafterin arbeiten.",
        "Der Opa ist tot, das Haus wird verkauft, Kd. zieht in eine kleinere Wohnung.",
        "Ich will nicht mehr in der Spätschicht sein.",
    ],
)
def test_the_model_stays_quiet_on_death_words_in_everyday_sentences(text: str) -> None:
    assert check_text(text) == []


# --- fifth round: thresholds per writer from cross-validation, the veto, new phrasings --------------


def _model_copy(tmp_path: Path, **extra: object) -> Path:
    """The shipped model with other ``thresholds``/``veto`` (weights unchanged)."""
    import json

    from beratungskit.resources import template_path

    data = json.loads(template_path("wording_model.json").read_text(encoding="utf-8"))
    data.update(extra)
    file = tmp_path / "modell.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    if data.get("fallback"):  # its word-only twin beside it (it scores the short sentences)
        twin = template_path(data["fallback"]).read_text(encoding="utf-8")
        (tmp_path / data["fallback"]).write_text(twin, encoding="utf-8")
    return file


def test_the_threshold_can_differ_per_writer(tmp_path: Path) -> None:
    text = "Kd. hat sich mehrfach mit Scherben selbst verletzt."
    section = MODEL_SECTION.replace(
        "self_harm: {{threshold: 0.2, alone: 0.65,",
        "self_harm: {{threshold: {{ifk: 1.0, elb: 0.2}}, alone: 1.0,",
    ).replace("field: [haut, zigarett]", "field: [verletz]")
    guard = _model_guard(tmp_path, section)
    assert not any(f.self_harm for f in check_text(text, guard=guard, writer="ifk"))
    assert any(f.self_harm for f in check_text(text, guard=guard, writer="elb"))


def test_without_a_threshold_in_the_list_the_model_files_own_counts(tmp_path: Path) -> None:
    text = "Kd. sollte sich endlich mal zusammenreißen und pünktlich sein."
    body = "model: {{file: {file}, judging: {{}}}}\ngroups: [{{kind: deficit, terms: [faul]}}]"

    def judging(thresholds: dict[str, float]) -> bool:
        file = _model_copy(tmp_path, thresholds={"judging": thresholds})
        guard = load_guard(_write(tmp_path / "wording_guard.yaml", body.format(file=file)))
        return any(f.term == "model:judging" for f in check_text(text, guard=guard))

    assert judging({"ifk": 0.05, "elb": 0.05})
    assert not judging({"ifk": 1.0, "elb": 0.05})


def test_the_veto_drops_a_list_finding_the_model_finds_unlikely_but_never_self_harm(tmp_path: Path) -> None:
    text = "Kd. arbeitet gern in der Kantine."

    def terms(veto: float, self_harm: bool) -> list[str]:
        file = _model_copy(tmp_path, veto=veto)
        group = (
            "{kind: crisis, self_harm: true, terms: [kantine]}"
            if self_harm
            else "{kind: profiling, terms: [kantine]}"
        )
        body = f"model: {{file: {file}}}\ngroups: [{group}]"
        guard = load_guard(_write(tmp_path / "wording_guard.yaml", body))
        return [f.term for f in check_text(text, guard=guard)]

    assert terms(0.0, self_harm=False) == ["kantine"]
    assert terms(0.5, self_harm=False) == []  # a profiling word in a sentence the model calls no profiling
    assert terms(0.5, self_harm=True) == ["kantine"]  # thoughts of self-harm are never vetoed


def test_a_veto_in_the_list_overrides_the_model_file_and_must_be_a_number(tmp_path: Path) -> None:
    file = _model_copy(tmp_path, veto=0.5)
    body = "model: {{file: {file}, veto: 0}}\ngroups: [{{kind: profiling, terms: [kantine]}}]"
    guard = load_guard(_write(tmp_path / "wording_guard.yaml", body.format(file=file)))
    assert [f.kind for f in check_text("Kd. arbeitet gern in der Kantine.", guard=guard)] == ["profiling"]
    with pytest.raises(WordingGuardError, match="eine Schwelle ist eine Zahl"):
        load_guard(_write(tmp_path / "kaputt.yaml", "model: {veto: viel}"))


def _unit(
    labels: set[str], writer: str = "ifk", reach: dict[str, float] | None = None, **kw: object
) -> object:
    from beratungskit.analysis.wording_train import Unit

    lists = kw.get("lists", ())
    return Unit(writer, frozenset(labels), bool(kw.get("self_harm")), lists, reach or {})  # type: ignore[arg-type]


def test_thresholds_are_chosen_for_recall_within_the_precision_bound() -> None:
    from beratungskit.analysis import wording_train

    # ten judging sentences the model scores 0.6–0.95, one fine sentence at 0.7
    units = [_unit({"judging"}, reach={"judging": 0.6 + 0.035 * i}) for i in range(10)]
    units += [_unit({"fine"}, reach={"judging": 0.7})] + [_unit({"fine"}) for _ in range(20)]
    thresholds, veto = wording_train.choose_thresholds(units, ["judging"])
    n, tp, fp, _harm, _offered = wording_train.measure(units, thresholds, veto)
    # 0.6 would find all ten with one false alarm (P 0.91 < 0.96); above 0.7 the alarm goes
    assert thresholds["judging"]["ifk"] == 0.75
    assert (n, tp, fp) == (10, 5, 0)


def test_a_self_harm_sentence_found_outweighs_a_false_alarm_within_the_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from beratungskit.analysis import wording_train

    monkeypatch.setattr(wording_train, "SELF_HARM_FLOOR", {})  # the search and its cap alone

    # 40 found sentences of other kinds; 5 self-harm sentences at 0.3, a fine one at 0.35
    units = [_unit({"judging"}, lists=((frozenset({"judging"}), 0.9, False),)) for _ in range(40)]
    units += [_unit({"crisis"}, writer="elb", self_harm=True, reach={"self_harm": 0.3}) for _ in range(5)]
    units += [_unit({"fine"}, writer="elb", reach={"self_harm": 0.35})]
    # the eLb's own sentences must keep the bound too: 20 more the lists find in them
    units += [
        _unit({"crisis"}, writer="elb", lists=((frozenset({"crisis"}), 0.9, False),)) for _ in range(20)
    ]
    thresholds, _veto = wording_train.choose_thresholds(units, ["self_harm"])
    _n, _tp, fp, harm, offered = wording_train.measure(units, thresholds)
    assert (offered, harm, fp) == (5, 5, 1)  # 65 of 66: precision 0.985 (eLb 25 of 26), above the bound
    assert thresholds["self_harm"]["elb"] == 0.3
    assert thresholds["self_harm"]["ifk"] == 1.0  # no IFK sentence asks for it


def test_a_false_alarm_has_a_price_below_the_precision_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from beratungskit.analysis import wording_train

    monkeypatch.setattr(wording_train, "JUDGING_CAP", {})  # the search alone (the cap is its own test)
    # 100 sentences the lists find; the model would add one judging sentence at 0.5 with two alarms
    units = [_unit({"judging"}, lists=((frozenset({"judging"}), 0.9, False),)) for _ in range(100)]
    units += [_unit({"judging"}, reach={"judging": 0.5})]
    units += [_unit({"fine"}, reach={"judging": 0.5}) for _ in range(2)]
    # precision with 0.5 is 101/103 = 0.98, within the bound: only the price keeps the model off
    assert wording_train.choose_thresholds(units, ["judging"])[0]["judging"]["ifk"] == 1.0
    monkeypatch.setattr(wording_train, "FALSE_ALARM_COST", 0)
    assert wording_train.choose_thresholds(units, ["judging"])[0]["judging"]["ifk"] == 0.5


def test_a_self_harm_sentence_is_still_worth_three_alarms(monkeypatch: pytest.MonkeyPatch) -> None:
    from beratungskit.analysis import wording_train

    monkeypatch.setattr(wording_train, "SELF_HARM_FLOOR", {})  # the search and its cap alone

    units = [_unit({"judging"}, lists=((frozenset({"judging"}), 0.9, False),)) for _ in range(200)]
    units += [_unit({"crisis"}, writer="elb", self_harm=True, reach={"self_harm": 0.3})]
    units += [_unit({"fine"}, writer="elb", reach={"self_harm": 0.3}) for _ in range(3)]
    units += [
        _unit({"crisis"}, writer="elb", lists=((frozenset({"crisis"}), 0.9, False),)) for _ in range(60)
    ]
    assert wording_train.choose_thresholds(units, ["self_harm"])[0]["self_harm"]["elb"] == 0.3


def test_the_models_self_harm_catch_counts_on_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    from beratungskit.analysis import wording_train

    # the lists offer the crisis line on all four self-harm sentences (as on their training sentences);
    # the model would too at 0.4, with one false alarm: worth it as the net for unknown phrasings
    found = ((frozenset({"crisis"}), 1.0, True),)
    units = [_unit({"judging"}, lists=((frozenset({"judging"}), 0.9, False),)) for _ in range(100)]
    units += [
        _unit({"crisis"}, writer="elb", self_harm=True, lists=found, reach={"self_harm": 0.4})
        for _ in range(4)
    ]
    units += [_unit({"fine"}, writer="elb", reach={"self_harm": 0.4})]
    monkeypatch.setattr(wording_train, "SELF_HARM_CAP", 0.5)  # the cap of rounds 7–11 (0.4 within it)
    assert wording_train.choose_thresholds(units, ["self_harm"])[0]["self_harm"]["elb"] == 0.4
    monkeypatch.setattr(wording_train, "SAFETY_NET", False)
    # without the net the search sees no use in the model; since the twelfth round the cap holds anyway
    assert wording_train.choose_thresholds(units, ["self_harm"])[0]["self_harm"]["elb"] == 0.5
    monkeypatch.setattr(wording_train, "SELF_HARM_CAP", 1.0)
    assert wording_train.choose_thresholds(units, ["self_harm"])[0]["self_harm"]["elb"] == 1.0


def test_the_self_harm_threshold_stays_at_or_below_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    from beratungskit.analysis import wording_train

    # ten self-harm sentences at 0.8, one at 0.52 with five fine ones at 0.55: the search alone takes 0.8
    units = [_unit({"judging"}, lists=((frozenset({"judging"}), 0.9, False),)) for _ in range(300)]
    units += [_unit({"crisis"}, writer="elb", self_harm=True, reach={"self_harm": 0.8}) for _ in range(10)]
    units += [_unit({"crisis"}, writer="elb", self_harm=True, reach={"self_harm": 0.52})]
    units += [_unit({"fine"}, writer="elb", reach={"self_harm": 0.55}) for _ in range(5)]
    monkeypatch.setattr(wording_train, "SELF_HARM_CAP", 0.5)  # the cap of rounds 7–11
    assert wording_train.choose_thresholds(units, ["self_harm"])[0]["self_harm"]["elb"] == 0.5
    monkeypatch.setattr(wording_train, "SELF_HARM_CAP", 1.0)
    assert wording_train.choose_thresholds(units, ["self_harm"])[0]["self_harm"]["elb"] == 0.8


def test_the_veto_is_the_largest_that_costs_little_of_what_the_lists_find() -> None:
    from beratungskit.analysis import wording_train

    right = [(frozenset({"profiling"}), 0.02 + i / 100, False) for i in range(300)]
    units = [_unit({"profiling"}, lists=(finding,)) for finding in right]
    units += [_unit({"fine"}, lists=((frozenset({"profiling"}), 0.004, False),)) for _ in range(3)]
    _thresholds, veto = wording_train.choose_thresholds(units, ["profiling"])
    # 0.02 costs nothing of 300, 0.03 one (within 0.5 %), 0.05 three
    assert veto == 0.03
    assert wording_train.measure(units, {}, veto)[1:3] == (299, 0)


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # every person of "sich umbringen", the verb split ("bring ich mich um"), typos, dialect
        ("Wenn die mir das Geld streichen, bring ich mich um.", "elb"),
        ("Ich bring mich um, ehrlich.", "elb"),
        ("ich will mich umbrigen", "elb"),
        ("I mog nimmer lebn.", "elb"),
        ("Ich bin für alle nur noch eine Belastung.", "elb"),
        ("Hab gestern die ganze Packung Schlaftabletten geschluckt.", "elb"),
        ("Ich war am Hochhaus oben und hab runtergeschaut, lange.", "elb"),
        ("Kd. verabschiedete sich mit „Machen Sie's gut, für immer“.", "ifk"),
        ("Kd. sagte, er sei sowieso bald nicht mehr da.", "ifk"),
    ],
)
def test_fifth_round_self_harm_phrasings_get_the_crisis_line(text: str, writer: str) -> None:
    assert any(f.self_harm for f in check_text(text, writer=writer))


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # a prison, a hospice, a workshop as employers or customers; idioms; a gap that is no person's
        ("Kd. liefert als Fahrer Essen an die JVA-Küche.", "ifk"),
        ("IFK schickt Stellenangebot der Justizvollzugsanstalt, Verwaltung.", "ifk"),
        ("Kd. macht die Fortbildung im Hospiz, Thema Trauer und Abschied.", "ifk"),
        ("Stelle als Betreuer in einer Werkstatt für behinderte Menschen angeboten.", "ifk"),
        ("Kd. repariert Handys und löst Computerprobleme für Nachbarn.", "ifk"),
        ("Antrag rechtzeitig stellen, damit keine Lücke bei der Miete entsteht.", "ifk"),
        ("Ich sterbe fast vor Hunger, wann ist Mittag?", "elb"),
        ("Bei dem Formular krieg ich echt die Krise.", "elb"),
        ("Kd. zieht im Mai um.", "ifk"),
        # sixth round: an attempt at something else, idioms, a bailiff, crisis training, „for ever“
        ("Ich hab's schon mal versucht mit Bewerbungen, aber das klappt nicht.", "elb"),
        ("Die Lernerei bringt mich noch um.", "elb"),
        ("Mein Onkel arbeitet als Gerichtsvollzieher.", "elb"),
        ("Ich hab bei der Telefonseelsorge gelernt, wie man mit Suizidgefährdeten spricht.", "elb"),
        ("Brauche ich den Nachweis dann nicht mehr?", "elb"),
        ("Ich weiß noch nicht, wie ich es mache mit der Kinderbetreuung.", "elb"),
        ("Ich weiß schon, wie ich es mache: erst Deutschkurs, dann Ausbildung.", "elb"),
        ("Die Höhe vom Regelsatz reicht nicht.", "elb"),
        ("Wir sind Freunde für immer.", "elb"),
        ("Ich will weg von der Zeitarbeit, für immer.", "elb"),
    ],
)
def test_the_lists_leave_these_quiet(text: str, writer: str) -> None:
    """Everyday sentences with the words of the fifth and sixth rounds' patterns: no list hint."""
    assert [f.term for f in check_text(text, writer=writer) if not f.term.startswith("model:")] == []


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # sixth round (families of probe 5's misses, sentences written for the test): a plan told,
        # the means hoarded or at hand, a rescue, arrangements for after one's death, an attempt
        # named only as „it“, sleeping „for ever“, pulling the plug
        ("Ich weiß genau, wann ich es mache.", "elb"),
        ("Hab mir angeschaut, welche Etage reichen würde.", "elb"),
        ("Er sitzt mit einem Messer im Bad und will nicht reden.", "ifk"),
        ("Sie sammelt seit Monaten Schlaftabletten.", "ifk"),
        ("Sie hat Tabletten gehortet.", "ifk"),
        ("Kd. stand auf der Brücke am Geländer, die Polizei hat ihn zurückgeholt.", "ifk"),
        ("Wenn ich mich morgen nicht mehr melde, ruf bitte meine Schwester an.", "elb"),
        ("Ich will bei mir einfach den Stecker ziehen.", "elb"),
        ("Meine Tochter kriegt mein Auto, ich brauch es dann eh nicht mehr.", "elb"),
        ("Er möchte seine Katze versorgt wissen, wenn er nicht mehr da ist.", "ifk"),
        ("Vor zwei Jahren hab ich's schon einmal versucht.", "elb"),
        ("Ich bin so müde. Schlafen. Für immer.", "elb"),
    ],
)
def test_sixth_round_self_harm_phrasings_get_the_crisis_line_from_the_lists(text: str, writer: str) -> None:
    assert any(f.self_harm and not f.term.startswith("model:") for f in check_text(text, writer=writer))


def test_um_at_the_end_of_a_clause_joins_its_verb() -> None:
    # „Mich … bring ich um“: only the joined „umbringen“ meets the lists' „sich|mich umbringen“
    text = "Mich selbst bring ich um, wenn das so weitergeht."
    assert any(f.self_harm and not f.term.startswith("model:") for f in check_text(text, writer="elb"))
    assert check_text("Kd. zieht im Mai um.") == []


@pytest.mark.parametrize(
    "text",
    [
        # slang, pictures of an act, a wish to be with the dead
        "Ich kill mich, ehrlich.",
        "Ich geb mir die Kugel, wenn das so weitergeht.",
        "Wenn ich nicht mehr da bin, kriegt meine Schwester die Wohnung.",
        "Ich fahr gegen den nächsten Baum.",
        "Ich möchte zu meinem verstorbenen Sohn.",
        # the eLb's own language: the plainest words of suicide (en, tr, ru, uk, ar, fa)
        "I want to die.",
        "I will kill myself.",
        "Kendimi öldüreceğim.",
        "Ölmek istiyorum.",
        "Хочу умереть.",
        "Я покончу с собой.",
        "Хочу померти.",
        "Я вб'ю себе.",
        "أريد أن أموت",
        "سأقتل نفسي",
        "می\u200cخواهم بمیرم",
        "به خودکشی فکر می\u200cکنم",
    ],
)
def test_the_lists_know_suicide_in_slang_and_in_the_elbs_languages(text: str) -> None:
    findings = check_text(text, writer="elb")
    assert any(f.self_harm and not f.term.startswith("model:") for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "Der Job killt mich.",
        "Ich möchte zu meiner Tante nach Köln.",
        "I want to work in a die-casting plant.",
        "Ich hab den Kurs Suizidprävention als Ehrenamtliche gemacht.",
    ],
)
def test_look_alikes_of_those_stay_quiet(text: str) -> None:
    assert [f.term for f in check_text(text, writer="elb") if not f.term.startswith("model:")] == []


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # seventh round (families of probe 6's misses, sentences written for the test): a flame that
        # wants to go out, arrangements for the time after, a passive wish for an accident, a farewell,
        # having been "so far" before, a lethal dose looked up (with a typo), exhaust gas, a means
        # already tried, the office's and the law's words, slang, learners' German
        ("Ich fühl mich wie eine Flamme, die bald erlöschen will.", "elb"),
        ("Falls ich weg bin, soll mein Nachbar die Katze nehmen.", "elb"),
        ("Er schrieb seiner Schwester, sie solle seinen Hund übernehmen.", "ifk"),
        ("Ich hoffe jeden Morgen, dass mich ein Laster überfährt.", "elb"),
        ("Wollte Ihnen nur noch tschüss sagen.", "elb"),
        ("Letzten Winter war ich schon einmal so weit.", "elb"),
        ("Hab nachgeschaut, welche Menge Ibuprofen tötlich wäre.", "elb"),
        ("Nachbar fand ihn im Auto, in der Garage mit laufendem Motor.", "ifk"),
        ("Sie sagt, den Strick habe sie schon ausprobiert.", "ifk"),
        ("Lt. Klinik besteht weiterhin Eigengefährdung.", "ifk"),
        ("Kd. informiert sich über Selbsttötung im Internet.", "ifk"),
        ("Null Bock mehr auf Leben, echt.", "elb"),
        ("Ich hab keine Lust mehr aufzuwachen.", "elb"),
        ("Wenn Jobcenter Geld stoppt, ich bringe mir um.", "elb"),
        ("Hatte gestern die Rasierklinge in der Hand.", "elb"),
        ("Ich such mir einen Ort, wo mich niemand findet.", "elb"),
        ("Ich leg mich vor'n Zug.", "elb"),
        ("Ich hab schon Briefe für danach geschrieben.", "elb"),
    ],
)
def test_seventh_round_self_harm_phrasings_get_the_crisis_line_from_the_lists(text: str, writer: str) -> None:
    assert any(f.self_harm and not f.term.startswith("model:") for f in check_text(text, writer=writer))


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # seventh round: dying for someone, idioms with a word between, crime stories, a far future,
        # a book about dying, a service already helping, a hard time past, a holiday, a new job,
        # everyday uses of the new patterns' words
        ("Für meinen Sohn würde ich sterben.", "elb"),
        ("Die Steuererklärung bringt mich wirklich noch um.", "elb"),
        ("Im Tatort gestern bringt der Nachbar sich am Ende um.", "elb"),
        ("Wenn ich mal tot bin, kriegt meine Nichte das Klavier, aber das dauert noch.", "elb"),
        ("Ich lese einen Roman über das Sterben, sehr berührend.", "elb"),
        ("Ich hab Mietschulden, aber bei der Schuldnerberatung hab ich einen Termin.", "elb"),
        ("Ich war einmal obdachlos, heute hab ich eine Wohnung.", "elb"),
        ("Die Zeit im Frauenhaus hat mich stärker gemacht.", "elb"),
        ("Wenn ich in der Reha bin, soll meine Tochter den Hund nehmen.", "elb"),
        ("Ich wollte nur tschüss sagen, ich hab eine neue Stelle in Bremen.", "elb"),
        ("Ich war schon mal so weit, dass ich fast die Stelle hatte.", "elb"),
        ("Hab den Gasherd im neuen Job schon ausprobiert, läuft.", "elb"),
        ("Hab gegoogelt, wie viel ein Führerschein kostet.", "elb"),
        ("Ich hoffe, dass mich die Firma übernimmt.", "elb"),
        ("Wir hatten Kerzen an, als der Strom ausging.", "elb"),
        ("Kein Bock auf Leben im Dorf, ich will in die Stadt.", "elb"),
        ("Ich warte nur noch auf den richtigen Moment für die Bewerbung.", "elb"),
        ("Nach dem Kurs mach ich Schluss mit dem Minijob.", "elb"),
        ("Keine akute Eigengefährdung erkennbar.", "ifk"),
        ("Ich hab gezählt, wie viele Tabletten ich am Tag nehme.", "elb"),
        ("Wie hoch ist die Miete im Hochhaus?", "elb"),
    ],
)
def test_seventh_round_lists_leave_these_quiet(text: str, writer: str) -> None:
    assert [f.term for f in check_text(text, writer=writer) if not f.term.startswith("model:")] == []


def test_the_field_is_matched_as_the_lists_words_not_as_bare_stems() -> None:
    # seventh round: "gas" opened the gate for „Gastro“, "weg" for „wegen“, "brand" for „Fa. Brandt“
    field = load_guard()._model.field
    for word in (
        "gastro",
        "gast",
        "wegen",
        "total",
        "zugang",
        "lastwagen",
        "brandt",
        "armut",
        "lebenslauf",
        "ruhestand",
    ):
        assert field.search(fold(word)[0]) is None, word
    for word in (
        "tot",
        "toten",
        "tabletten",
        "schlaftabletten",
        "weg",
        "autobahnbrücke",
        "sterben",
        "lebensmüde",
        "gas",
    ):
        assert field.search(fold(word)[0]) is not None, word


def test_the_models_self_harm_unless_takes_a_regex_dying_for_someone_is_love() -> None:
    assert not any(f.self_harm for f in check_text("Ich würde für meine Kinder sterben.", writer="elb"))
    assert any(f.self_harm for f in check_text("Ich würde am liebsten sterben.", writer="elb"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # seventh round, the IFK's notes (families of probe 6's misses, sentences written for the test)
        ("Der Vater lässt die Wohnung verwahrlosen.", "judging"),
        ("Hr. K. wirkt total verpeilt.", "judging"),
        ("Sie sollte den Kontakt zu ihrer Clique abbrechen.", "judging"),
        ("Sein Freundeskreis tut ihm nicht gut.", "judging"),
        ("Viel heiße Luft, große Klappe und nichts dahinter.", "judging"),
        ("Ressourcen: keine erkennbar.", "deficit"),
        ("Kd. hat keine Vorstellung von einem Arbeitsalltag.", "deficit"),
        ("Im Kurs seit Monaten kein Fortschritt.", "deficit"),
        ("Kd. ist seit der Geburt adoptiert.", "profiling"),
        ("Fr. A. ist in der 20. SSW.", "profiling"),
        ("Hat früher in der Sexarbeit gearbeitet.", "profiling"),
        ("Ex-Partner droht, ihr das Kind wegzunehmen.", "crisis"),
        ("Am Donnerstag wird die Wohnung geräumt.", "crisis"),
        ("Ein Lehrbuchfall von Langzeitbezug.", "typing"),
    ],
)
def test_seventh_round_families_in_the_ifks_notes(text: str, kind: str) -> None:
    # the lists' own findings (the model's veto may still drop one where it is very sure)
    found = load_guard()._check_all(text, "ifk", model=False)  # type: ignore[attr-defined]
    assert kind in {k for f in found for k in f.kinds}


@pytest.mark.parametrize(
    "text",
    [
        "Der Kontakt zum Arbeitgeber ist abgebrochen, Kd. meldet sich neu.",
        "Das neue Fahrrad tut ihm gut, er fährt jeden Tag.",
        "Kd. hat als Elektriker im Herkunftsland gearbeitet, Anerkennung wird geprüft.",
        "Teilnahme an „Perspektive 50plus“ auf eigenen Wunsch.",
        "Der Abschied von den Kollegen fiel ihr schwer.",
        "Die Schule wird im Sommer geräumt und renoviert, Kurs zieht um.",
        "Kd. möchte Trans-Europa-Fahrerin werden.",
    ],
)
def test_seventh_round_ifk_look_alikes_stay_quiet(text: str) -> None:
    assert [f.term for f in check_text(text) if not f.term.startswith("model:")] == []


# --- eighth round: the warning-sign net -------------------------------------------------------------


def test_a_finding_that_is_most_of_its_sentence_is_not_vetoed() -> None:
    from beratungskit.analysis.wording import vetoable

    finding = Finding("nervlich am Ende", 0, 16, "profiling", "hint", "", "", term="x")
    low = {"self_harm": 0.0, "crisis": 0.1, "profiling": 0.01, "deficit": 0.0, "typing": 0.0, "judging": 0.0}
    assert not vetoable(finding, [finding], 0, 20, low)  # the phrase is the sentence
    assert vetoable(finding, [finding], 0, 80, low)  # a phrase in a longer sentence of another kind


def test_a_crisis_finding_that_brings_the_crisis_line_is_never_vetoed() -> None:
    # fourteenth round: the veto spares what offers the line, as it spares self-harm
    from beratungskit.analysis.wording import vetoable

    low = {"self_harm": 0.0, "crisis": 0.01, "profiling": 0.0, "deficit": 0.0, "typing": 0.0, "judging": 0.0}
    unclear = Finding("verzweifelt", 0, 11, "crisis", "hint", "", "", term="x", topic="krise")
    assert offers_crisis_line(unclear)
    assert not vetoable(unclear, [unclear], 0, 80, low)
    debts = Finding("Schulden", 0, 8, "crisis", "hint", "", "", term="x", topic="schulden")
    assert not offers_crisis_line(debts)
    assert vetoable(debts, [debts], 0, 80, low)  # other crises stay vetoable


@pytest.mark.parametrize("said", ["Ich will", "Sie will"])
def test_the_veto_reads_a_short_sentence_also_on_its_own(said: str) -> None:
    # twenty-ninth round: the model reads „Kd. ist unmotiviert.“ joined to the next sentence; a wish
    # reported there („…, sagt sie“) lowered the judging score of the whole, and the veto dropped the
    # first sentence's verdict. The veto now needs both readings to find it unlikely.
    note = f"Kd. ist unmotiviert. {said} wieder in einer Werkstatt arbeiten, sagt sie"
    assert [f.term for f in check_text(note)] == ["unmotiviert*"]
    assert [f.term for f in check_text(note, writer="elb")] == []  # the eLb's words keep no verdict


def test_an_all_pattern_wants_its_words_anywhere_in_one_sentence(tmp_path: Path) -> None:
    file = _write(
        tmp_path / "wording_guard.yaml",
        "groups: [{kind: crisis, terms: ['all: apfel birne'], reason: Obst.}, "
        "{kind: judging, terms: ['near: apfel kirsche'], reason: Obst.}]\n",
    )
    guard = load_guard(file)
    far = "Ein Apfel, eins zwei drei vier fünf sechs sieben acht neun zehn, dann eine Birne."
    assert [f.kind for f in check_text("Die Birne lag neben dem Apfel.", guard=guard)] == ["crisis"]
    assert [f.kind for f in check_text(far, guard=guard)] == ["crisis"]
    # "near:" keeps its window of nine words; "all:" never reaches into the next sentence
    assert check_text(far.replace("Birne", "Kirsche"), guard=guard) == []
    apart = "Ein Apfel lag heute früh auf dem Tisch. Später kam eine Birne dazu."
    assert check_text(apart, guard=guard) == []


def _guard_without(*marks: str) -> object:
    """The shipped lists without the groups whose terms hold one of ``marks`` (one group per mark)."""
    data = yaml.safe_load(
        (Path(__file__).parents[1] / "templates" / "wording_guard.yaml").read_text(encoding="utf-8")
    )
    left_out = [g for g in data["groups"] if any(m in str(g.get("terms")) for m in marks)]
    assert len(left_out) == len(marks)
    data["groups"] = [g for g in data["groups"] if g not in left_out]
    from beratungskit.analysis.wording import Guard

    return Guard(data)


def _without_the_net() -> object:
    """The shipped lists without the two warning-sign groups (eighth round)."""
    return _guard_without("@MITTEL @VERWEILEN @ERWOGEN", "@VERZEIHUNG")


# Sentences written for the test, one or more per warning sign, in words the older lists do not
# know: the net must catch them, and without the net the lists must not (so each line tests a family).
NET_SENTENCES = [
    # 1 not being there: soon, never seen again, where I go, if I'm no longer
    ("Ich bin nicht mehr lange auf dieser Welt.", "elb"),
    ("Ihr werdet mich nie wieder sehen.", "elb"),
    ("Wohin ich gehe, brauche ich kein Geld.", "elb"),
    ("Falls ich nächsten Monat nicht mehr da bin, wisst ihr es ja.", "elb"),
    ("Wenn ich übermorgen nicht erscheine, wissen Sie, warum.", "elb"),
    # 2 a burden, better off without me
    ("Ohne mich hätten es meine Eltern viel leichter.", "elb"),
    ("Für meine Kinder bin ich wie ein Mühlstein.", "elb"),
    ("Dann seid ihr mich endlich los.", "elb"),
    # 3 goodbyes and apologies for everything
    ("Es tut mir leid wegen allem.", "elb"),
    ("Bitte verzeiht mir.", "elb"),
    # 4 giving away, affairs in order, questions about after
    ("Ich hab meine ganze Plattensammlung an Freunde verschenkt.", "elb"),
    ("Mein Fahrrad kann die Nachbarin behalten, ich brauch es nicht mehr.", "elb"),
    ("Bevor ich gehe, will ich alles geregelt wissen.", "elb"),
    ("Tut es weh, wenn man ertrinkt?", "elb"),
    # 5 means at hand, rehearsal
    ("Er stand nachts mit dem Seil im Keller und hat lange gezögert.", "ifk"),
    ("Ich war oben im Parkhaus und hab lange runtergeschaut.", "elb"),
    ("Manchmal denk ich, ich lauf einfach vor einen Laster.", "elb"),
    # 6 hurting oneself, also told of another person
    ("Sie verbrennt sich mit dem Feuerzeug die Haut am Bauch.", "ifk"),
    ("Wenn es zu viel wird, box ich mich selber.", "elb"),
    ("Seit Wochen ritze ich wieder heimlich.", "elb"),
    # 7 an attempt told
    ("Letztes Jahr wurde mir im Krankenhaus der Magen ausgepumpt.", "elb"),
]


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # everyday exits of the same word fields: a holiday, a new job, a team, a move, something new,
        # an apology for a wait, the children at the kita, a shift, a summer swim, cooking, violence by
        # another person (a crisis, but not self-harm), tablets as prescribed, a roofer at work
        ("Ich bin nicht mehr lange da, mein Urlaub beginnt am Freitag.", "elb"),
        ("Sie sehen mich nicht wieder im Jobcenter, ich fange am Montag in der Bäckerei an.", "elb"),
        ("Ohne mich wäre das Team aufgeschmissen.", "elb"),
        ("Ich verschenke meine alten Möbel, weil wir in eine größere Wohnung ziehen.", "elb"),
        ("Mein altes Handy kann mein Sohn haben, ich hab ein neues gekauft.", "elb"),
        ("Tut mir leid für alles, was Sie wegen mir warten mussten.", "elb"),
        ("Bevor ich gehe, hole ich noch die Kinder von der Kita.", "elb"),
        ("Wer kümmert sich um die Kinder, wenn ich zur Schicht muss?", "elb"),
        ("Im Sommer sind wir von der Brücke in den See gesprungen.", "elb"),
        ("Ich stand mit dem Messer in der Küche und hab überlegt, was ich koche.", "elb"),
        ("Er hat sich beim Gemüseschneiden in den Arm geschnitten.", "ifk"),
        ("Mein Mann hat mich am Arm geschlagen.", "elb"),
        ("Wenn ich morgen nicht komme, sag ich vorher Bescheid.", "elb"),
        ("Ich nehme die Tabletten, wie der Arzt sie verschrieben hat.", "elb"),
        ("Als Dachdecker schau ich jeden Tag vom Dach runter.", "elb"),
        ("Meine Oma hat mir ihren Schmuck vermacht.", "elb"),
    ],
)
def test_the_warning_sign_net_leaves_everyday_sentences_quiet(text: str, writer: str) -> None:
    older = {term.source for term in _without_the_net().terms}  # type: ignore[attr-defined]
    new = [f.term for f in check_text(text, writer=writer) if f.term not in older]
    assert [term for term in new if not term.startswith("model:")] == []


def test_the_crisis_line_also_comes_with_a_crisis_of_unclear_kind_but_not_with_a_fitting_service() -> None:
    from beratungskit.analysis.wording import Finding, crisis_offer

    def crisis(topic: str | None) -> Finding:
        return Finding("x", 0, 1, "crisis", "hint", "", "", term="model:crisis", topic=topic)

    # the model's crisis hint names no topic, so no service fits: the line is offered
    for finding in (crisis(None), crisis("krise")):
        offer = crisis_offer([finding], partners=[])
        assert offer is not None and "Telefonseelsorge 0800 111 0 111" in offer.crisis_line
        assert "Telefonseelsorge" in format_hint([finding], partners=[])
    # housing, debts, family, law, addiction: their fitting service, no suicide line
    for topic in ("wohnen", "schulden", "familie", "recht", "sucht"):
        offer = crisis_offer([crisis(topic)], partners=[])
        assert offer is not None and offer.crisis_line == ""
    despair = check_text("Ich bin total verzweifelt, ich weiß nicht weiter.", writer="elb")
    assert not any(f.self_harm for f in despair)  # the flag keeps its meaning …
    offer = crisis_offer(despair, partners=[])
    assert offer is not None and offer.crisis_line  # … while the line is offered


# --- ninth round: short messages, more warning signs, exits for look-alikes --------------------------


def _tiny_guard(*groups: dict) -> object:
    from beratungskit.analysis.wording import Guard

    return Guard({"groups": list(groups)})


def test_fragments_are_read_together_with_their_neighbours_for_a_crisis(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from beratungskit.analysis import wording

    guard = _tiny_guard(
        {"kind": "crisis", "self_harm": True, "terms": ["all: müde schlafen immer"]},
        {"kind": "judging", "terms": ["all: faul immer"]},
    )
    split = "Bin müde. Will schlafen. Für immer."
    found = guard.check(split, "elb")  # type: ignore[attr-defined]
    assert [f.self_harm for f in found] == [True]
    assert found[0].text == split[found[0].start : found[0].end]  # quotes the text as written
    # long sentences are no fragments: their full stops stay sentence ends
    apart = "Ich war heute sehr müde nach der Arbeit. Am Wochenende will ich lange schlafen wie immer."
    assert guard.check(apart, "elb") == []  # type: ignore[attr-defined]
    # only crisis findings come from the joined reading: a note in fragments is no verdict
    assert guard.check("Kd. faul. Immer.", "ifk") == []  # type: ignore[attr-defined]
    monkeypatch.setattr(wording, "FRAGMENT_WORDS", 0)
    assert guard.check(split, "elb") == []  # type: ignore[attr-defined]


# written for the test (not probe sentences), one or more per family the ninth round added to the
# warning-sign net: the net must catch them, the lists without the net must not
NET9_SENTENCES = [
    # time running out, not coming back, no longer a case, a passive wish, a message read after
    ("Macht euch keine Mühe mit dem Kurs, ich hab sowieso nicht mehr lange.", "elb"),
    ("Ich nehm den Nachtzug nach Norden und komme nie mehr zurück.", "elb"),
    ("Keine Sorge, bald bin ich kein Problem mehr für euch.", "elb"),
    ("Es wäre mir ganz recht, wenn mich morgen die Straßenbahn erwischt.", "elb"),
    ("Wenn ihr diesen Zettel findet, bin ich schon fort.", "elb"),
    ("Bitte behaltet mich so in Erinnerung, wie ich früher war.", "elb"),
    ("Kd. sagt, die Gitarre nach ihm soll sein Neffe bekommen.", "ifk"),
    # a plan for one's end, looking up how, a firearm kept for something, one's own funeral
    ("Ich organisiere gerade meinen Abgang.", "elb"),
    ("Kd. hat alles vorbereitet, nur das Datum steht noch nicht fest.", "ifk"),
    ("Ich hab nachgelesen, wie man es am sichersten schmerzfrei macht.", "elb"),
    ("Kd. bewahrt ein Gewehr im Keller auf und weiß genau, wozu er es braucht.", "ifk"),
    ("Was kostet eigentlich meine eigene Beerdigung?", "elb"),
    # a blade to calm down or to feel something; the office's shorthand for self-injury
    ("Sie hat immer eine Scherbe dabei, um wieder etwas zu spüren.", "ifk"),
    ("Lt. Mutter SVV seit den Ferien.", "ifk"),
]


@pytest.mark.parametrize(("text", "writer"), NET_SENTENCES + NET9_SENTENCES)
def test_the_warning_sign_net_catches_its_families_in_new_words(text: str, writer: str) -> None:
    # the eighth round's families and the ninth's, each caught by the net and by no older list
    assert any(f.self_harm and not f.term.startswith("model:") for f in check_text(text, writer=writer))
    older = _without_the_net()
    assert not any(f.self_harm for f in older._check_all(text, writer, model=False))  # type: ignore[attr-defined]


def test_wishing_to_stop_existing_gets_the_crisis_line_from_the_lists() -> None:
    found = check_text("Manchmal möchte ich einfach aufhören zu existieren.", writer="elb")
    assert any(f.self_harm and not f.term.startswith("model:") for f in found)


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # a bucket list, a celebration organised, painless at the dentist, a sport shooter, books given
        # to the library, a move, the team's goodbye, a relative's funeral, the next meeting, love
        ("Bevor ich sterbe, möchte ich unbedingt einmal Island sehen.", "elb"),
        ("Ich hab für die Taufe alles organisiert, nur der Tag steht noch nicht fest.", "elb"),
        ("Die Zahnärztin hat erklärt, wie man es schmerzlos macht.", "elb"),
        ("Er ist im Schützenverein und weiß, wofür er die Pistole braucht.", "elb"),
        ("Ich hab meine Kinderbücher an die Bibliothek verschenkt.", "elb"),
        ("Ich hab nicht mehr lange hier zu wohnen, wir ziehen um nach Erfurt.", "elb"),
        ("Kd. hat sich von seinem Team verabschiedet, Arbeitsaufnahme bei der Spedition.", "ifk"),
        ("Letzte Woche war die Beerdigung von meinem Onkel, deshalb hab ich gefehlt.", "elb"),
        ("Meine Enkel sind mein Leben, für die steh ich jeden Morgen auf.", "elb"),
        ("Rasierklingen für den Barbershop bestellt, Kd. will die Kundschaft entspannen.", "ifk"),
    ],
)
def test_ninth_round_look_alikes_get_no_crisis_line(text: str, writer: str) -> None:
    assert not any(f.self_harm for f in check_text(text, writer=writer))


def test_another_persons_threat_is_violence_not_a_thought_of_self_harm() -> None:
    for text in ("Ihr Ex hat gedroht, sie umzubringen.", "Mein Bruder droht mir, mich umzubringen."):
        found = check_text(text, writer="elb")
        assert found and all(f.kind == "crisis" for f in found)
        assert not any(f.self_harm for f in found)
    assert any(f.self_harm for f in check_text("Ich will mich umbringen.", writer="elb"))


def test_the_models_everyday_exits_never_follow_a_negation() -> None:
    from beratungskit.analysis.wording import fold, load_guard

    unless = load_guard()._model.unless  # type: ignore[union-attr]
    assert unless.search(fold("wir ziehen im mai um, nach dem umzug")[0])
    assert unless.search(fold("im urlaub bin ich weg")[0])
    for text in ("nicht umziehen, einfach weg", "ohne umzugsplaene verschenkt", "kein urlaub, nur weg"):
        assert unless.search(fold(text)[0]) is None, text


# --- tenth round: more warning-sign families, exits for sad and everyday sentences, violence -------


def _without_the_tenth_round() -> object:
    """The shipped lists without the tenth round's two warning-sign groups."""
    return _guard_without("bemiram", "~dafür|~darum ~sorg")


# written for the test (not probe sentences): one or more per family of the tenth round
NET10_SENTENCES = [
    # a last message or day; not surviving the night or the weekend; getting rid of me; one less
    ("Das hier ist meine letzte Nachricht an euch.", "elb"),
    ("Ich glaube, ich überstehe dieses Wochenende nicht.", "elb"),
    ("Keine Sorge, ihr werdet mich bald los.", "elb"),
    ("Dann hat die Stadt einen Esser weniger.", "elb"),
    ("Ich hab alles vorbereitet, ihr habt nie wieder Ärger mit mir.", "elb"),
    # who looks after the pet when I am gone; things never used again; not growing old
    ("Kd. fragte, wer die Kaninchen versorgt, wenn sie weg ist – ganz ohne Umzug.", "ifk"),
    ("Mein Bruder kann die Angel haben, fischen geh ich eh nie wieder.", "elb"),
    ("So alt werde ich sowieso nicht.", "elb"),
    ("Nach langem Überlegen hab ich mich entschlossen zu gehen.", "elb"),
    # the everyday reason denied; an attempt told with the clinic; „almost done it“
    ("Nicht verreisen, einfach gehen, das ist mein Plan.", "elb"),
    ("Lt. Schwester meinte er damit keinen Urlaub.", "ifk"),
    ("Nach der Psychiatrie bin ich wieder da, wo ich vor dem Versuch stand.", "elb"),
    ("Hab es gestern beinahe getan.", "elb"),
    # a good day to die, a wish to be dead, slang for shooting oneself, a railing
    ("Ein schöner Tag zum Sterben ist das heute.", "elb"),
    ("Ich will mich wegballern, echt jetzt.", "elb"),
    ("Kd. saß nachts auf der Brüstung der Autobahnbrücke.", "ifk"),
    # the eLb's languages, transliterated, and English
    ("I'm tired of living, ehrlich.", "elb"),
    ("Man nemikhām zende bemānam.", "elb"),
    ("Ja ne chochu zhyty.", "elb"),
]


@pytest.mark.parametrize(("text", "writer"), NET10_SENTENCES)
def test_the_tenth_round_families_are_caught_by_the_net(text: str, writer: str) -> None:
    assert any(f.self_harm and not f.term.startswith("model:") for f in check_text(text, writer=writer))
    older = _without_the_tenth_round()
    assert not any(f.self_harm for f in older._check_all(text, writer, model=False))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # a last day at a course, a new job elsewhere, a reha stay, a roofer, a relative's death, a
        # film about someone, a thing dead, tired of the office, pills prescribed, a break-up, a shop
        # closed, a body part „am Ende“, a job found, no hope for one job, a flat too small
        ("Heute ist mein letzter Tag in der Maßnahme.", "elb"),
        ("Sie werden mich bald los, ich hab eine Stelle in Hamburg.", "elb"),
        ("Wer nimmt die Katze, wenn ich in der Reha bin?", "elb"),
        ("Als Dachdecker stehe ich den ganzen Tag an der Dachkante, gesichert natürlich.", "elb"),
        ("Mein Opa ist letzte Woche gestorben, die Beerdigung ist am Freitag.", "elb"),
        ("Wir haben eine Doku über eine Frau gesehen, die sich umbringen wollte.", "elb"),
        ("Mein Handy ist tot, deshalb konnte ich nicht anrufen.", "elb"),
        ("Ich bin müde vom ganzen Papierkram, aber der Antrag ist fertig.", "elb"),
        ("Ich nehme Tabletten gegen Bluthochdruck, der Arzt hat mich gut eingestellt.", "elb"),
        ("Ich hab Schluss mit meinem Freund gemacht, jetzt hab ich Ruhe.", "elb"),
        ("Die Bäckerei hat zugemacht, deswegen such ich was Neues.", "elb"),
        ("Meine Knie sind am Ende, der Orthopäde sagt, keine Arbeit im Stehen mehr.", "elb"),
        ("Ich hab Arbeit gefunden und wollte mich verabschieden, danke!", "elb"),
        ("Ich hab keine Hoffnung mehr auf die Stelle im Lager, ich bewerb mich woanders.", "elb"),
        ("Ich kann nicht mehr, das Zimmer ist zu eng für uns drei.", "elb"),
        ("Wenn ich nicht mehr im Leistungsbezug bin, kauf ich mir ein Fahrrad.", "elb"),
    ],
)
def test_tenth_round_look_alikes_get_no_crisis_line(text: str, writer: str) -> None:
    assert not any(f.self_harm for f in check_text(text, writer=writer))


def test_a_threat_by_another_person_offers_the_violence_service_only() -> None:
    from beratungskit.analysis.partners import Partner
    from beratungskit.analysis.wording import crisis_offer
    from beratungskit.model import Category, Origin

    help_ = Partner(
        "gewaltschutz",
        "Beratung bei Gewalt",
        Category.INFRASTRUKTURELL,
        Origin.FACHDIENST,
        (ReferralTopic.GEWALT,),
    )
    line = Partner(
        "krisendienst", "Krisendienst", Category.INFRASTRUKTURELL, Origin.FACHDIENST, (ReferralTopic.KRISE,)
    )
    for text in (
        "Mein Vater sagt, wenn ich nicht gehorche, bringt er mich um.",
        "Der Nachbar kam mit einer Axt und sagte, er sticht mich ab.",
        "Mein Ex hat gedroht, mich umzubringen.",
        "Er hat gesagt, er bringt mich um.",
        "Mein Freund hat gesagt, er schlägt mich tot, wenn ich gehe.",
        "Er schlug mich gestern fast tot.",
    ):
        found = check_text(text, writer="elb")
        assert found and not any(f.self_harm for f in found), text
        assert {f.topic for f in found if "crisis" in f.kinds} == {ReferralTopic.GEWALT.value}, text
        offer = crisis_offer(found, partners=[help_, line])
        assert offer is not None and offer.crisis_line == "", text
        assert offer.services == ("Beratung bei Gewalt",), text
    # a thought of self-harm in the same text still brings the line
    both = check_text("Er bedroht mich jeden Tag, ich will nicht mehr leben.", writer="elb")
    offer = crisis_offer(both, partners=[help_])
    assert offer is not None and offer.crisis_line and "Beratung bei Gewalt" in offer.services


def test_the_shipped_directory_has_a_violence_service_for_a_threat() -> None:
    """Without a directory entry for the violence topic a threat would offer no local service at all."""
    from beratungskit.analysis.partners import load_partners
    from beratungskit.analysis.wording import crisis_offer

    partners = load_partners()
    found = check_text("Mein Mann schlägt mich, wenn er getrunken hat.", writer="elb")
    offer = crisis_offer(found, partners=partners)
    assert offer is not None and offer.crisis_line == ""
    fitting = [p.name for p in partners if ReferralTopic.GEWALT in p.topics]
    assert fitting and all(any(s.startswith(name) for s in offer.services) for name in fitting)


def test_the_violence_topic_is_in_the_vocabulary_and_old_files_still_load(tmp_path: Path) -> None:
    from beratungskit.analysis.partners import load_partners
    from beratungskit.messages import has_translation, tr
    from beratungskit.model import Case, label
    from beratungskit.store.casestore import CaseStore, load_case_file

    assert label(ReferralTopic.GEWALT) == "Schutz vor Gewalt"
    for lang in ("en", "ar", "tr", "uk", "ru", "fa"):  # the eLb reads the referral panel's topics too
        assert has_translation(lang, "model.ReferralTopic.gewalt"), lang
    assert tr("en", "model.ReferralTopic.gewalt") == "Protection from violence"
    # the shipped directory (written before the topic existed) and the old case files load
    assert load_partners()
    data = Path(__file__).parent / "data"
    for name in ("case_v1.json", "case_v2.json"):
        assert {r.topic for r in load_case_file(data / name).referrals} <= set(ReferralTopic)
    # a referral with the new topic is saved and read back
    case = Case.new("Test")
    case.add_referral("Beratung bei Gewalt", ReferralTopic.GEWALT)
    store = CaseStore(tmp_path)
    store.save(case)
    assert [r.topic for r in store.load(case.key).referrals] == [ReferralTopic.GEWALT]


def test_the_models_tenth_round_exits_are_families_of_everyday_phrases() -> None:
    from beratungskit.analysis.wording import fold, load_guard

    unless = load_guard()._model.unless  # type: ignore[union-attr]
    for text in (
        "der laptop ist leider tot",
        "mein hamster ist gestern gestorben",
        "ich mach schluss mit meiner freundin",
        "tabletten gegen die schilddrüse",
        "meine schulter ist am ende",
        "müde vom ewigen warten",
        "wir haben einen film über einen bergsteiger gesehen",
        "er hat eine lehrstelle gefunden",
        "er hat gedroht, sie totzuschlagen",
    ):
        assert unless.search(fold(text)[0]), text
    for text in ("ich bin tot", "ich mach schluss", "ich hab tabletten gesammelt", "ich bin am ende"):
        assert unless.search(fold(text)[0]) is None, text


def test_a_crisis_long_past_and_over_gets_no_crisis_line_unless_it_comes_back() -> None:
    # written for the test: told as past and over (a health detail for the IFK, fine for the eLb)
    over = [
        ("Früher hatte ich Selbstmordgedanken, heute geht's mir richtig gut.", "elb"),
        ("Kd. hatte 2015 einen Suizidversuch, seither stabil.", "ifk"),
    ]
    for text, writer in over:
        assert not any(f.self_harm for f in check_text(text, writer=writer)), text
    back = [
        ("Kd. hatte 2015 einen Suizidversuch, seither stabil, aber jetzt wieder Suizidgedanken.", "ifk"),
        ("Früher wollte ich mich umbringen, heute geht's mir gut, doch manchmal kommt es wieder.", "elb"),
        ("Vor Jahren wollte ich mich umbringen und heute will ich es wieder.", "elb"),
    ]
    for text, writer in back:
        assert any(f.self_harm for f in check_text(text, writer=writer)), text


# --- eleventh round: a cause in the next message, a medicine told as health ------------------------


def test_an_unless_marked_next_also_holds_in_the_sentence_after_the_finding() -> None:
    guard = _tiny_guard(
        {"kind": "crisis", "self_harm": True, "terms": ["seq: apfel $"], "unless": ["next: birne"]}
    )

    def found(text: str) -> bool:
        return bool(guard.check(text, "elb"))  # type: ignore[attr-defined]

    assert found("Ein grüner Apfel.")
    assert not found("Ein grüner Apfel. Eine reife Birne liegt daneben.")  # the sentence right after
    assert not found("Ein grüner Apfel, eine Birne.")  # and, as any unless, the same sentence
    assert found("Eine reife Birne liegt hier. Ein grüner Apfel.")  # not the sentence before
    assert found("Ein grüner Apfel. Dann kam lange nichts. Eine reife Birne liegt daneben.")


@pytest.mark.parametrize(
    "text",
    [
        "Kann nicht mehr. Zu viele Mails lol",
        "Ich kann nicht mehr. Zu viele Termine diese Woche!",
        "Ich kann nicht mehr. Der Papierkram nervt.",
        "Ich kann nicht mehr. Die Wohnung ist zu klein für uns vier.",
    ],
)
def test_a_cause_of_the_day_in_the_next_message_brings_no_crisis_line(text: str) -> None:
    # written for the test (the brief's known fault, issue 11, eleventh round)
    assert not any(offers_crisis_line(f) for f in check_text(text, writer="elb")), text


@pytest.mark.parametrize(
    "text",
    [
        "Ich kann nicht mehr. Alles zu viel.",
        "Kann nicht mehr. Jeder Tag ist zu viel.",
        "Mama, Papa, es tut mir leid. Ich kann nicht mehr. Passt auf Leo auf.",
        "Ich kann nicht mehr. Niemand würde mich vermissen.",
    ],
)
def test_without_a_cause_of_the_day_the_next_message_keeps_the_crisis_line(text: str) -> None:
    assert any(f.self_harm for f in check_text(text, writer="elb")), text


@pytest.mark.parametrize(
    "text",
    [
        "Kd. nimmt Schlaftabletten.",
        "Kd. nimmt Schlaftabletten",
        "Kd. nimmt abends Schlaftabletten, seit der Scheidung.",
        "Kd. nimmt Tabletten gegen Angst.",
    ],
)
def test_a_medicine_taken_is_health_in_the_ifk_note_not_a_crisis(text: str) -> None:
    # the brief's known fault: the model's crisis line on a note about medication
    findings = check_text(text, writer="ifk")
    assert not any(offers_crisis_line(f) for f in findings), [(f.kind, f.term) for f in findings]
    assert any("profiling" in f.kinds for f in findings)


def test_a_medicine_with_an_intent_still_opens_the_models_gate() -> None:
    use = load_guard()._model  # type: ignore[union-attr]
    health = Finding("nimmt Schlaftabletten", 4, 25, "profiling", "hint", "", "", term="x")
    quiet = fold("Kd. nimmt Schlaftabletten.")[0]
    assert use._medicine_only(quiet, [health])
    assert not use._medicine_only(quiet, [])  # the lists did not read it as health
    for text in (
        "Kd. nimmt ihre Schlaftabletten absichtlich alle auf einmal.",
        "Kd. nimmt Schlaftabletten, um nicht mehr aufzuwachen.",
        "Kd. nimmt Schlaftabletten und schneidet sich.",  # another word of the field
    ):
        assert not use._medicine_only(fold(text)[0], [health]), text
    assert any(f.self_harm for f in check_text("Kd. hat ihre Schlaftabletten absichtlich gesammelt."))


# --- twelfth round: the model's exits yield to „again / now / on purpose“, spoken forms open the
# gate, the crisis threshold is bounded, the eLb's languages as a family ------------------------------


def test_the_models_exits_do_not_hold_where_the_crisis_is_back_now_or_on_purpose() -> None:
    use = load_guard()._model  # type: ignore[union-attr]
    # written for the test: everyday sentences the exits are for
    for text in (
        "Ich hab letztes Jahr eine Reha gemacht.",
        "Mein Insulin ist gut eingestellt.",
        "Vor der Prüfung bin ich immer nervös.",
        "Er hat sich beim Fußball am Arm verletzt, ist aber wieder fit.",
        "Nach dem Urlaub will ich wieder arbeiten.",
        "Er hat gedroht, sie totzuschlagen.",
    ):
        assert use.exits(fold(text)[0]), text
    # … and the same exits where the text says the crisis is back, now, on purpose, or stopped
    for text, after in (
        ("Ich spritze mein Insulin absichtlich nicht mehr.", ""),
        ("Ich hab aufgehört, mein Insulin zu spritzen.", ""),
        ("Wenn ich die Prüfung nicht schaffe, dann leb ich nicht mehr.", ""),
        ("Letztes Jahr wollte ich mit den Tabletten sterben.", "Und jetzt denk ich wieder dran."),
        ("Im Urlaub hab ich mich erneut geschnitten.", ""),
        ("Er hat gedroht, sich vor ihren Augen zu erstechen.", ""),
    ):
        assert not use.exits(fold(text)[0], fold(after)[0]), text


def test_the_models_gate_knows_spoken_forms_and_medicines_by_name() -> None:
    field = load_guard()._model.field  # type: ignore[union-attr]
    for text in (
        "dann leb ich nicht mehr",
        "Hab's schon wieder getan.",
        "Heute nacht mach's ich.",
        "Vielleicht helf ich ein bisschen nach, nachhelfen halt.",
        "Ich hab alles vorbereitet.",
        "Ich hab noch Paracetamol im Schrank.",
    ):
        assert field.search(fold(text)[0]), text
    assert field.search(fold("Ich gehe morgen einkaufen.")[0]) is None


def test_the_crisis_threshold_is_bounded_for_recall(monkeypatch: pytest.MonkeyPatch) -> None:
    from beratungskit.analysis import wording_train

    # the lists find 50 crises; the model would add two more at 0.7, with two fine sentences at 0.7 —
    # the search alone keeps the model off (the alarms cost as much as the finds; a tie keeps it off)
    units = [_unit({"crisis"}, lists=((frozenset({"crisis"}), 0.9, False),)) for _ in range(50)]
    units += [_unit({"crisis"}, reach={"crisis": 0.7}) for _ in range(2)]
    units += [_unit({"fine"}, reach={"crisis": 0.7}) for _ in range(2)]
    thresholds = wording_train.choose_thresholds(units, ["crisis"])[0]
    # (the IFK's cap 0.6 until the nineteenth round, 0.5 since the twentieth)
    assert thresholds["crisis"] == wording_train.CRISIS_CAP == {"ifk": 0.5, "elb": 0.75}
    # an app text the model would give a crisis hint at 0.62: the lowest threshold above keeps it quiet
    units.append(wording_train.Unit("ifk", frozenset({"fine"}), False, (), {"crisis": 0.62}, app=True))
    assert wording_train.choose_thresholds(units, ["crisis"])[0]["crisis"]["ifk"] == 0.65
    monkeypatch.setattr(wording_train, "CRISIS_CAP", {})
    assert wording_train.choose_thresholds(units[:-1], ["crisis"])[0]["crisis"] == {"ifk": 1.0, "elb": 1.0}


def test_the_self_harm_threshold_is_bounded_even_where_the_search_turns_the_model_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from beratungskit.analysis import wording_train

    monkeypatch.setattr(wording_train, "SELF_HARM_FLOOR", {})  # the search and its cap alone

    # many fine look-alikes the model scores high (a training corpus of traps): at any threshold the
    # precision bound fails, so the search leaves the model off — the cap holds all the same
    units = [_unit({"crisis"}, writer="elb", lists=((frozenset({"crisis"}), 0.9, True),)) for _ in range(20)]
    units += [_unit({"crisis"}, writer="elb", self_harm=True, reach={"self_harm": 0.6}) for _ in range(3)]
    units += [_unit({"fine"}, writer="elb", reach={"self_harm": 0.97}) for _ in range(3)]
    thresholds = wording_train.choose_thresholds(units, ["self_harm"])[0]
    assert thresholds["self_harm"]["elb"] == wording_train.SELF_HARM_CAP
    assert thresholds["self_harm"]["ifk"] == 1.0  # no IFK sentence asks for it


@pytest.mark.parametrize(
    "text",
    [
        # written for the test, in the app's languages and the eLb's chat forms
        "I really want to die, nothing works",
        "i am going to end it, sorry",
        "I keep cutting myself when it gets bad",
        "I don't want to live like this anymore",
        "Sometimes I think everyone is better off without me",
        "ya no quiero vivir así",
        "Мне не хочется жить, честно",
        "Я вже не хочу жити",
        "Artık yaşamak istemiyorum",
        "baddi moot, khalas",
        "نمیخوام زندگی کنم دیگه",
    ],
)
def test_the_plain_words_of_suicide_in_the_elbs_languages_get_the_crisis_line(text: str) -> None:
    assert any(f.self_harm for f in load_guard()._check_all(text, "elb", model=False)), text  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "I want to end this course early, it is boring",
        "He is going to end it with his girlfriend",
        "I will finish it tonight, the application form",
        "I am tired of waiting for the letter",
        "Ich will die Ausbildung schaffen, egal wie.",  # German „will die“
        "Ich mach mein Abi mit viel Mut.",  # German „Abi … Mut“, not Arabizi
        "Ich helf meinem Sohn in Mathe nach.",
        "Die Tabletten reichen bis Freitag.",
    ],
)
def test_look_alikes_of_the_twelfth_rounds_list_entries_stay_quiet(text: str) -> None:
    assert not load_guard()._check_all(text, "elb", model=False), text  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "text",
    [
        "Ich hab gelesen, wie viele Ibuprofen reichen.",
        "Die Paracetamol hab ich abgezählt, ob es reicht.",
        "Wenn der Krebs zu langsam ist, dann helf ich nach.",
    ],
)
def test_a_medicine_by_name_counted_out_or_fate_helped_along_gets_the_crisis_line(text: str) -> None:
    assert any(f.self_harm for f in load_guard()._check_all(text, "elb", model=False)), text  # type: ignore[attr-defined]


def test_the_model_sees_a_laugh_finality_and_a_farewell_as_fields() -> None:
    from beratungskit.analysis.wording_model import features

    names = {name for name, _n in features("21 Uhr bin ich tot 😂")}
    assert {"f:laugh", "ff:death_laugh"} <= names
    assert "f:final" in {name for name, _n in features("Heute ist mein Geburtstag, mein letzter.")}
    assert "f:farewell" in {name for name, _n in features("Danke für alles, verzeiht mir.")}
    assert "f:act" in {name for name, _n in features("Hab's wieder getan.")}


@pytest.mark.parametrize(
    "text",
    [
        # written for the test: a crisis of self-harm told as past and over, in one sentence or two
        "Vor drei Jahren wollte ich mich umbringen. Heute geht's mir richtig gut.",
        "Als Jugendliche hab ich mich geritzt, das ist lange vorbei.",
        "Letztes Jahr war ich wegen Suizidgedanken in der Klinik. Jetzt geht es mir viel besser.",
        # thirteenth round: over, with a new life or work again
        "Vor vier Jahren wollte ich nicht mehr leben. Das ist vorbei, ich will jetzt wieder arbeiten.",
        "Mit 17 hab ich mich geritzt, ist lange her, heute bin ich Mutter von zwei Kindern.",
        "Früher hatte ich Suizidgedanken, heute bin ich ein anderer Mensch.",
    ],
)
def test_a_crisis_told_as_past_and_over_gets_no_crisis_line_from_lists_or_model(text: str) -> None:
    findings = check_text(text, writer="elb")
    assert not any(offers_crisis_line(f) for f in findings), [(f.kind, f.term) for f in findings]


@pytest.mark.parametrize(
    "text",
    [
        "Vor drei Jahren wollte ich mich umbringen. Heute geht's mir gut, aber die Gedanken kommen wieder.",
        "Vor drei Jahren wollte ich mich umbringen. Heute will ich es wieder.",
        "Jetzt ist bald alles vorbei, ich will nicht mehr leben.",
        "Früher war alles besser. Heute will ich mich umbringen.",
        # thirteenth round: told as over, but coming back
        "Vor vier Jahren wollte ich nicht mehr leben. Das ist vorbei, dachte ich, aber es kommt wieder.",
        "Früher hatte ich Suizidgedanken, heute bin ich ein anderer Mensch, doch manchmal will ich sterben.",
    ],
)
def test_a_past_crisis_that_comes_back_or_a_present_one_keeps_the_crisis_line(text: str) -> None:
    assert any(f.self_harm for f in check_text(text, writer="elb")), text


# --- thirteenth round: probe 12's families, in sentences written for the test -------------------------


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("Ich warte nicht, bis der Tumor es erledigt, das mach ich lieber selber.", "elb"),
        ("Kd. hat Angst vor sich selbst, sagt, sie wisse nicht, was sie heute Nacht tue.", "ifk"),
        ("ich hab angst dass ich mir heut was antu", "elb"),
        ("Jeden Abend bete ich, dass der Herrgott mich zu sich holt.", "elb"),
        ("hoffentlich hab ich auf der Autobahn einen Unfall, dann ist Ruhe", "elb"),
        ("Ich wünsche mir, dass mich morgen ein Bus überfährt.", "elb"),
        ("Der Hund ist bei der Schwester, die Wohnung gekündigt, nur noch er übrig, sagt Hr. K.", "ifk"),
        ("Die Schulden sind bezahlt, den Rest regel ich jetzt auch noch.", "elb"),
        ("Macht's gut alle zusammen, es war schön. Ich bin dann weg.", "elb"),
        ("Hr. L. kann nicht garantieren, dass er nächste Woche noch am Leben ist.", "ifk"),
        ("Meine Nachbarin sagt, sie macht sich weg, sobald das Geld alle ist.", "elb"),
        ("Frag nicht, ob die Kasse den Sarg zahlt, wenn ich es durchziehe.", "elb"),
        ("Sucht nicht nach mir, es ist alles geregelt.", "elb"),
        ("Хочу уснуть и больше не проснуться.", "elb"),
        ("I just want to sleep and never wake up.", "elb"),
    ],
)
def test_the_thirteenth_round_families_get_the_crisis_line_from_the_lists(text: str, writer: str) -> None:
    found = load_guard()._check_all(text, writer, model=False)  # type: ignore[attr-defined]
    assert any(f.self_harm for f in found), [(f.kind, f.text) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        # the same words for an errand, a course, a plan or a return
        "Ich hab Angst vor mir selbst, wenn ich beim Vorstellungsgespräch zu schnell rede.",
        "Den Antrag mach ich selbst, die Krankheit hindert mich nicht.",
        "Ich hoffe, ich hab keinen Unfall mit dem alten Auto.",
        "Tschüss an alle, war schön im Kurs, bis nächste Woche!",
        "Ich mach mich jetzt auf den Weg zum Termin.",
        "Ich mach mich gleich weg, der Bus kommt.",
        "Die Ausbildung zieh ich durch, versprochen.",
        "Bitte nicht anrufen, ich räume heute die Wohnung für den Umzug.",
        "Ich weiß nicht, ob ich morgen noch da bin, vielleicht hab ich Frühschicht.",
    ],
)
def test_look_alikes_of_the_thirteenth_rounds_entries_get_no_crisis_line(text: str) -> None:
    found = load_guard()._check_all(text, "elb", model=False)  # type: ignore[attr-defined]
    assert not any(f.self_harm for f in found), [(f.kind, f.text) for f in found]


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("Strom ist seit Wochen abgestellt, weil die Rechnung nicht bezahlt ist.", "elb"),
        ("Hr. T. muss bis Ende der Woche das Zimmer verlassen, noch keine Bleibe.", "ifk"),
        ("Мой брат бьёт меня, помогите.", "elb"),
        ("Meine Eltern wollen mich zwingen, meinen Cousin zu heiraten.", "elb"),
        ("Der Arbeitgeber hat seinen Pass einbehalten.", "ifk"),
    ],
)
def test_the_thirteenth_round_crisis_families_are_found_by_the_lists(text: str, writer: str) -> None:
    found = load_guard()._check_all(text, writer, model=False)  # type: ignore[attr-defined]
    assert any("crisis" in f.kinds for f in found), text


@pytest.mark.parametrize(
    "text",
    [
        "Ich muss bis Freitag das Zimmer im Wohnheim verlassen, die neue Wohnung ist schon unterschrieben.",
        "Sie haben meinen Pass ja schon kopiert.",
        "Meine Heizung ist aus, weil ich sparen will; die Rechnung ist bezahlt.",
    ],
)
def test_look_alikes_of_the_thirteenth_rounds_crisis_entries_stay_quiet(text: str) -> None:
    found = load_guard()._check_all(text, "elb", model=False)  # type: ignore[attr-defined]
    assert not any("crisis" in f.kinds for f in found), [(f.kind, f.text) for f in found]


def test_the_app_texts_bound_the_thresholds_as_the_shipped_model_scores_them() -> None:
    from beratungskit.analysis import wording_train
    from beratungskit.analysis.wording import model_spans
    from beratungskit.analysis.wording_model import WordingModel

    model_file = Path(wording_train.ROOT) / "templates" / "wording_model.json"
    data = json.loads(model_file.read_text(encoding="utf-8"))
    card = {
        "text": "Was gibt Ihnen Kraft an einem langen Tag?",
        "writer": "ifk",
        "kinds": {"fine"},
        "set": "app",
    }
    other = {"text": "Ich will nicht mehr leben.", "writer": "elb", "kinds": {"crisis"}, "set": ""}
    oof = [[{"self_harm": 0.51}], [{"self_harm": 0.42}]]  # the card as a model that never saw it scores it
    scores = wording_train.in_sample_for_app([card, other], oof, data)
    shipped = WordingModel(data)
    assert scores[0] == [shipped.score(card["text"][a:b]) for a, b in model_spans(card["text"])]
    assert scores[1] == oof[1]  # every other sentence keeps its out-of-fold score
    # so the bound no longer lifts the IFK's self-harm threshold above the cap (0.55 in round 12)
    assert data["thresholds"]["self_harm"]["ifk"] <= wording_train.SELF_HARM_CAP


def test_an_everyday_parting_with_a_return_keeps_the_models_self_harm_hint_away() -> None:
    use = load_guard()._model  # type: ignore[attr-defined]
    for text in (
        "Tschüss, bis Montag!",
        "Danke und tschüss, bis nächste Woche.",
        "Wir sehen uns am Donnerstag.",
    ):
        assert use.exits(fold(text)[0]), text
    for text in (
        "Tschüss, bis nie wieder.",
        "Tschüss für immer, bis morgen seid ihr mich los.",
        "Wir sehen uns nie wieder.",
    ):
        assert not use.exits(fold(text)[0]), text


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # probe 11's families its fold's model still missed, in sentences written for the test
        ("Konto aufgelöst, Katze versorgt, Miete bezahlt. Dann ist Schluss.", "elb"),
        ("heut nacht tu ich's, sagt keinem was", "elb"),
        ("Morgen ist Weihnachten. Mein letztes.", "elb"),
        ("Ich möchte mein Leben einfach zurückgeben.", "elb"),
        ("Manchmal will ich mir selbst den Stecker ziehen.", "elb"),
        ("Ich mach es nicht mehr lange, glaub mir.", "elb"),
        ("Steh an der Brücke über den Gleisen, nicht um einzusteigen.", "elb"),
        ("Ich bin überflüssig auf dieser Welt.", "elb"),
        ("Die Kinder sind bei Oma untergebracht, jetzt darf ich gehen.", "elb"),
        ("Mutter berichtet, der Sohn habe gedroht, sich etwas anzutun.", "ifk"),
        ("Tonight I'll end it, tell my mum I'm sorry.", "elb"),
    ],
)
def test_probe_11s_families_missed_by_its_fold_get_the_crisis_line(text: str, writer: str) -> None:
    found = load_guard()._check_all(text, writer, model=False)  # type: ignore[attr-defined]
    assert any(f.self_harm for f in found), [(f.kind, f.text) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "Heute Nacht mach ich es fertig, das Bewerbungsschreiben.",
        "Die Steuer ist bezahlt, danach ist Schluss mit dem Papierkram.",
        "Das war mein letzter Geburtstag in Syrien, jetzt feiere ich hier.",
        "Den Minijob mach ich nicht mehr lange, ab März Vollzeit.",
        "Ich bin hier falsch, das ist das falsche Büro.",
        "Die Kinder sind bei Oma untergebracht, jetzt darf ich gehen?",
    ],
)
def test_look_alikes_of_probe_11s_families_get_no_crisis_line(text: str) -> None:
    found = load_guard()._check_all(text, "elb", model=False)  # type: ignore[attr-defined]
    assert not any(f.self_harm for f in found), [(f.kind, f.text) for f in found]


def test_a_place_to_live_a_bucket_list_and_rest_from_something_keep_the_models_hint_away() -> None:
    use = load_guard()._model  # type: ignore[attr-defined]
    for text in (
        "Ich mag nicht mehr in so einer Gegend wohnen, zu laut.",
        "Ich will nicht sterben, ohne einmal Paris gesehen zu haben.",
        "Ich brauche meine Ruhe vor dem Lärm der Baustelle.",
    ):
        assert use.exits(fold(text)[0]), text
    for text in (
        "Ich will nicht mehr in dieser Welt leben.",
        "Ich will nicht mehr in dieser Stadt leben, ich will gar nicht mehr leben.",
        "Ich will meine Ruhe, für immer.",
    ):
        assert not use.exits(fold(text)[0]), text


# --- fourteenth round: a short message read as one thought, the field's heights and goodbyes ---------

# written for the test (not probe sentences): a farewell split across full stops, a height to fall from
ROUND14_WHOLE = [
    "Danke für alles, Sie waren immer gut zu mir. Das war heute mein letzter Termin.",
    "Ich hab heute alles aufgeräumt. Alles ist jetzt an seinem Platz für danach.",
]


@pytest.mark.parametrize("text", ROUND14_WHOLE)
def test_a_short_message_is_read_as_one_thought_by_the_model(text: str) -> None:
    guard = load_guard()
    found = check_text(text, guard=guard, writer="elb")
    assert any(f.self_harm for f in found)
    # the whole message's reading finds it (fifteenth round: the retrained model also finds „Ich hab
    # heute alles aufgeräumt.“ alone, so the test no longer asks that no sentence alone does)
    use = guard._model
    assert use is not None
    whole = use.whole(text, [], "elb")
    assert whole is not None and whole.self_harm and whole.term == "model:self_harm"
    assert whole.text == text[whole.start : whole.end]


def test_the_whole_message_reading_keeps_to_short_messages_and_to_the_exits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from beratungskit.analysis import wording

    guard = load_guard()
    use = guard._model
    assert use is not None
    text = ROUND14_WHOLE[0]
    # a long note stays sentence by sentence
    monkeypatch.setattr(wording, "SHORT_SENTENCES", 1)
    assert use.whole(text, [], "elb") is None
    monkeypatch.undo()
    monkeypatch.setattr(wording, "SHORT_WORDS", 5)
    assert use.whole(text, [], "elb") is None
    monkeypatch.undo()
    # a crisis told as past and over (``over``), and nothing twice where self-harm is already found
    over = "Ich wollte letztes Jahr nicht mehr leben. Das ist vorbei, heute geht es mir gut."
    assert not any(f.self_harm for f in check_text(over, guard=guard, writer="elb"))
    found = check_text("Ich will nicht mehr leben. Das ist mein letzter Termin.", guard=guard, writer="elb")
    assert sum(f.term == "model:self_harm" and f.start == 0 and f.end > 30 for f in found) == 0


def test_the_fields_heights_and_goodbyes_open_the_models_gate() -> None:
    # scored between the threshold and „alone“: the field's word decides
    guard = load_guard()
    text = "ich sitz auf dem balkon und schau runter, 8 stockwerke"
    assert any(f.self_harm for f in check_text(text, guard=guard, writer="elb"))
    assert guard._model is not None and guard._model.field is not None
    for word in ("fensterbrett", "stockwerke", "hochhaus", "geschluckt", "tschuess", "anymore"):
        assert guard._model.field.search(word), word
    assert not guard._model.field.search("die")  # the article, not the English verb


# written for the test (not probe sentences): the eLb's everyday words the model took for a farewell or
# an act — an errand with its day, a series watched to its end, a reason given to the office, looking
# ahead; the fourteenth round's exits keep the model's hints away, the lists' own findings stay
ROUND14_EVERYDAY = [
    "Die Gehaltsabrechnung mach ich morgen, heute schaff ich es nicht mehr.",
    "Hab die letzte Staffel durchgesuchtet, jetzt bin ich leer.",
    "Ich sag das nur, damit Sie wissen, warum ich so müde bin.",
    "Ich will nur noch nach vorne schauen und nicht mehr zurück.",
]


@pytest.mark.parametrize("text", ROUND14_EVERYDAY)
def test_fourteenth_round_everyday_words_of_the_elb_get_no_model_hint(text: str) -> None:
    assert [f.term for f in check_text(text, writer="elb") if f.term.startswith("model:")] == []


def test_the_fourteenth_rounds_exits_yield_to_again() -> None:
    use = load_guard()._model
    assert use is not None
    assert use.exits(fold("Ich bringe die Unterlagen morgen vorbei.")[0])
    assert not use.exits(fold("Ich bring dir den Schlüssel noch vorbei, dann bin ich weg.")[0])
    assert not use.exits(fold("Ich spring nach vorne vom Dach.")[0])


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        # fourteenth round: ten pills or more taken at once (a dose or a time is no count)
        ("Ich hab gestern Abend 25 Schlaftabletten genommen.", True),
        ("Sie hat vierzig Ibuprofen eingeworfen.", True),
        ("Ich habe 400 mg Ibuprofen genommen.", False),  # a dose, not a count
        ("Ich hab 10 Jahre Tabletten genommen, jetzt nicht mehr.", False),  # a time, not a count
        # written for the test (not probe sentences): being no more, affairs in order for afterwards,
        # no reason left to stay, stones in one's pockets — and their everyday look-alikes
        ("Den Antrag brauch ich nicht mehr, bald bin ich nicht mehr.", True),
        ("Mein Neffe hat jetzt alle Papiere, für die Zeit danach.", True),
        ("I hob kan Grund mehr, dass i do bleib.", True),
        ("Ich geh zum Fluss, Steine in den Manteltaschen.", True),
        ("Ab März bin ich nicht mehr Kunde bei Ihnen.", False),
        ("Ich hab keinen Grund mehr, in Köln zu bleiben.", False),
        ("Die Unterlagen für danach bringe ich mit.", False),
        # fifteenth round: probe 14's families of self-harm
        # written for the test (not probe sentences), each family with an everyday look-alike
        ("Ich lauf heute Abend zum See und komme nicht mehr zurück.", True),
        ("Ich fahre zu meinem Bruder und komme nicht zurück, ich zieh nach Kiel.", False),
        ("Er will noch seine Papiere regeln, bevor er geht.", True),
        ("Er will noch seine Papiere regeln, bevor er in Rente geht, sagt er.", False),
        ("Ab Sonntag brauch ich nichts mehr.", True),
        ("Ab Sonntag brauch ich nichts mehr vom Amt, ich hab eine Stelle.", False),
        ("Die Schlaftabletten heb ich mir auf.", True),
        ("Sie hat den Wagen in der Garage laufen lassen, mit geschlossenem Tor.", True),
        ("Ich hab den Wagen in der Garage warmlaufen lassen.", False),
        ("Kennen Sie eine schmerzlose Methode?", True),
        ("Ich werde mich nach dem Termin erledigen.", True),
        ("Ich werde das nach dem Termin erledigen.", False),
        ("I mues mer öppis atue.", True),
        ("Die Ritzwunden am Bein bluten wieder.", True),
        ("Wer würde mich überhaupt finden?", True),
        ("Прощайте, друзі.", True),
        ("Прощай, Jobcenter, ich habe eine Arbeit!", False),
        ("Ich bin todmüde vom Leben.", True),
        ("Ich will, dass es aufhört.", True),
        ("Ich will, dass es aufhört mit dem Lärm nebenan.", False),
    ],
)
def test_the_lists_families_of_self_harm_and_their_everyday_look_alikes(text: str, harm: bool) -> None:
    """The self-harm families the lists know (fourteenth and fifteenth rounds), each beside an
    everyday sentence with the same words: the lists alone, without the model."""
    found = [f for f in check_text(text, writer="elb") if not f.term.startswith("model:")]
    assert any(f.self_harm for f in found) is harm


# --- fifteenth round: probe 14's families of self-harm, emoji as words, the model's new fields -------


def test_emoji_of_a_means_are_words_for_the_model_the_gate_and_the_patterns() -> None:
    from beratungskit.analysis.wording_model import features

    text = "💊💊 heute nacht"
    folded, index = fold(text)
    assert "tabletten" in folded.split() and len(index) == len(folded)
    assert "f:means" in {f for f, _ in features(text)}
    use = load_guard()._model
    assert use is not None and use.field is not None and use.field.search(folded)
    # a laugh stays no word (the skull is a laugh in chat slang)
    assert not any(char.isalpha() for char in fold("💀")[0])


def test_the_models_new_fields_pair_need_and_return_with_a_negated_future() -> None:
    from beratungskit.analysis.wording_model import features

    assert "ff:need_negfuture" in {f for f, _ in features("Ich werd das nicht mehr brauchen.")}
    assert "ff:negfuture_return" in {f for f, _ in features("Ich komm nicht zurück.")}
    assert "f:farewell" in {f for f, _ in features("Прощайте всі.")}


def test_a_model_score_of_half_needs_no_word_of_the_field() -> None:
    # fifteenth round: „alone“ 0.5 (was 0.65); seventeenth round: 0.45 (the curve over „alone“ on the
    # LOPO folds and the held-out batches); a sentence without a word of the field
    guard = load_guard()
    use = guard._model
    assert use is not None
    rule = next(r for r in use.rules if r.label == "self_harm")
    assert rule.alone == 0.45
    model = use._load()
    folded = fold("Die Karte ist schön, aber ich werd sie bald nicht mehr brauchen.")[0]
    assert use.field is not None and not use.field.search(folded)
    assert use.passes(rule, 0.55, folded, model, "elb", [])
    assert use.passes(rule, 0.46, folded, model, "elb", [])
    assert not use.passes(rule, 0.4, folded, model, "elb", [])


def test_a_sure_score_on_pills_made_ready_is_not_silenced_as_health() -> None:
    # fifteenth round: medicine-only yields to a sure score (the browser's will test found this)
    found = check_text("Ich hab die Schlaftabletten schon bereitgelegt", writer="elb")
    assert any(f.self_harm and f.text.startswith("Ich hab") for f in found)
    assert not any(f.self_harm for f in check_text("Kd. nimmt Schlaftabletten.", writer="ifk"))


def test_medicine_kept_back_and_tiredness_of_life_are_no_exits() -> None:
    use = load_guard()._model
    assert use is not None
    assert use.exits(fold("Die Tabletten sind vom Arzt.")[0])
    assert not use.exits(fold("Ich heb mir die Tabletten vom Arzt auf.")[0])
    assert use.exits(fold("Ich bin todmüde.")[0])
    assert not use.exits(fold("Ich bin todmüde, vom Leben.")[0])


BARE_STEPS = ["Ich frage nach.", "Ich frage meine Schwester.", "Ich rufe an.", "Ich gehe hin."]


@pytest.mark.parametrize("text", BARE_STEPS)
@pytest.mark.parametrize("writer", ["elb", "ifk"])
def test_a_bare_step_gets_no_crisis_line_on_the_models_score_alone(text: str, writer: str) -> None:
    """Fifteenth round, the lead's landing: with „alone“ at 0.5 the retrained model gave the step „Ich
    frage nach.“ 0.52 — mostly its bias — and the crisis line (the team figures' test cases all had a
    hint). Two words of one's own say nothing of a crisis: below MEDICINE_SURE a bare sentence needs a
    word of the field, as every sentence below „alone“ does."""
    assert check_text(text, writer=writer) == []


@pytest.mark.parametrize("text", ["Ich will sterben.", "Nie mehr aufwachen.", "Mach Schluss."])
def test_a_bare_sentence_with_a_word_of_the_field_still_gets_the_crisis_line(text: str) -> None:
    assert any(f.self_harm for f in check_text(text, writer="elb"))


# --- sixteenth round: probe 15's families of self-harm, the model's everyday exits, list exits -------

# written for the test (not probe sentences): each family beside an everyday sentence with its words
ROUND16_LISTS = [
    ("Ob ich an Weihnachten noch da bin, weiß ich nicht.", True),
    ("Falls ich nächstes Jahr noch am Leben bin, mach ich den Führerschein.", True),
    ("Wenn ich um halb fünf noch da bin, rufe ich Sie an.", False),
    ("Ich bring mich um, dann ist endlich Ruhe.", True),
    ("Ich mach mich kaputt für die Firma, dann ist Feierabend.", False),
    ("Nach dem Termin ist Schluss mit mir.", True),
    ("Es ist aus mit mir und ihm, wir haben uns getrennt.", False),
    ("Ich weiß jetzt wo und wann.", True),
    ("Ich weiß noch nicht wo und wann.", False),
    ("Ich weiß schon, wo und wann das Vorstellungsgespräch ist.", False),
    ("Ich bin wie ein Fehler, der ausgelöscht gehört.", True),
    ("Ich habe einen Fehler gemacht, der korrigiert werden muss.", False),
    ("Ich sollte aus dem Verteiler gelöscht werden.", False),
    ("Jede Nacht steh ich auf dem Balkon, lange.", False),
    ("Immer wieder hab ich auf der Brücke gestanden und runtergeschaut.", True),
    ("Ich stand am Fenster und hab auf den Bus gewartet.", False),
    ("Manchmal denk ich, einfach das Lenkrad herumreißen.", True),
    ("Ich musste das Lenkrad herumreißen, weil ein Reh kam.", False),
    ("I ha kei Bock meh z'läbe.", True),
    ("Ich hab kein Bock mehr auf Minijobs.", False),
    ("In der Apotheke hab ich mir reichlich Schlaftabletten besorgt.", True),
    ("In der Apotheke hab ich genug Pflaster besorgt.", False),
    ("In der Apotheke hab ich nicht genug geholt, das Geld hat nicht gereicht.", False),
    ("Ich sehne mich nach dem ewigen Schlaf.", True),
    # the last things put in order, a day decided to go (the retrained sources' fold misses), and a
    # family that holds beside a dog (each family keeps its own exits)
    ("Er will noch die letzten Dinge regeln, sagt er.", True),
    ("Die letzten Dinge vor dem Umzug regel ich morgen.", False),
    ("Ich hab beschlossen, dass ich morgen geh.", True),
    ("Ich hab beschlossen, dass ich morgen zur Party geh.", False),
    ("Den Hund hab ich weggegeben. Ich weiß jetzt wo und wann.", True),
    # one's own body hurt until it bleeds (not a skin condition), survivors' benefits „if something
    # happens to me“
    ("Ich hab mir gestern die Wimpern ausgerissen, bis es geblutet hat.", True),
    ("Er fragt, ob es Witwenrente gibt, falls ihm was passiert.", True),
    ("Er fragt, ob es Witwenrente gibt, seit seine Frau gestorben ist.", False),
    ("Nach der Nachtschicht brauch ich einen langen Schlaf.", False),
]


@pytest.mark.parametrize(("text", "harm"), ROUND16_LISTS)
def test_the_sixteenth_rounds_self_harm_families_and_their_look_alikes(text: str, harm: bool) -> None:
    """Probe 15's families of self-harm the round-15 guard missed (time to come in doubt, an act and
    then peace, „Schluss mit mir“, where and when, a mistake to be deleted, heights again and again,
    the steering wheel, Swiss German, medicine in a quantity, the big sleep), by the lists alone."""
    found = [f for f in check_text(text, writer="elb") if not f.term.startswith("model:")]
    assert any(f.self_harm for f in found) is harm


# written for the test: everyday sentences of the eLb the round-15 model took for self-harm
ROUND16_EVERYDAY = [
    "Ich hab heute alles aufgeräumt.",
    "Wir haben gestern den Keller ausgemistet.",
    "Die Medikamente für meinen Vater hab ich abgeholt, deshalb kam ich später.",
    "Ich könnte mich schon wieder aufregen über den Bus, aber egal.",
    "Ich gebe schnell auf, das will ich ändern.",
    "Ich hab einfach noch nicht die richtige Stelle gefunden.",
    "Ich hab nie was richtig zu Ende gebracht. Diesmal will ich.",
    "Wenn ich die Stelle kriege, falle ich tot um vor Freude.",
    "Die Prüfung war der Tod, aber bestanden ist bestanden.",
    "Ich musste das Lenkrad herumreißen, weil ein Reh kam.",
    "Meine Tante ist letzte Woche gestorben. Jetzt bin ich wieder voll dabei.",
]


@pytest.mark.parametrize("text", ROUND16_EVERYDAY)
def test_the_sixteenth_rounds_everyday_exits_keep_the_model_quiet(text: str) -> None:
    assert not any(f.self_harm for f in check_text(text, writer="elb"))


@pytest.mark.parametrize(
    "text",
    [
        # the tidy-up with something after it, a resolution with an act, medicine for oneself
        "Ich hab heute alles aufgeräumt. Alles ist jetzt an seinem Platz für danach.",
        "Ich hab alles aufgeräumt und mich von allen verabschiedet.",
        "Letztes Mal hat es nicht geklappt. Diesmal nehm ich alle Tabletten.",
    ],
)
def test_the_sixteenth_rounds_exits_leave_the_farewell_and_the_act(text: str) -> None:
    assert any(f.self_harm for f in check_text(text, writer="elb"))


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # written for the test: a year long gone, „gewesen“, childhood, debts with a plan to pay,
        # a believer, a status with a permission to work, prevention as a field, an appetite,
        # a relative in hospital, the counsellor's own illness, a faith's institution as employer
        ("Meine Vorstrafe ist von 2012, das steht so im Zeugnis.", "elb"),
        ("Ich bin mal obdachlos gewesen, jetzt hab ich eine Wohnung.", "elb"),
        ("Meine Mutter hat uns geschlagen, als ich klein war. Ich mach es anders.", "elb"),
        ("Ich hab 8.000 Euro Schulden, ich zahl in Raten.", "elb"),
        ("Ich hab Schulden, deshalb brauch ich einen Job mit festem Einkommen.", "elb"),
        ("Ich bin gläubige Muslimin und arbeite gern im Team.", "elb"),
        ("Ich hab eine Duldung, aber ich darf arbeiten.", "elb"),
        ("Ich hab mich früher geritzt, als Teenager. Heute nicht mehr.", "elb"),
        ("Mich interessiert die Suizidrate bei Jugendlichen, ich will Sozialarbeit studieren.", "elb"),
        ("Ich geh für immer weg aus dieser Wohnung, endlich eine eigene Wohnung!", "elb"),
        ("Kd. hat im Kurs Gewaltprävention mitgemacht und möchte Trainerin werden.", "ifk"),
        ("Kd. hat Hunger auf was Neues und will in die Pflege.", "ifk"),
        ("Kd. Mutter liegt im Krankenhaus, Termin deshalb verschoben.", "ifk"),
        ("Termin fällt aus wg. Krankheit der IFK, neuer Termin folgt.", "ifk"),
        ("Bewerbung bei einer evangelischen Kita besprochen.", "ifk"),
    ],
)
def test_the_sixteenth_rounds_list_exits_keep_everyday_sentences_quiet(text: str, writer: str) -> None:
    assert [f.term for f in check_text(text, writer=writer) if not f.term.startswith("model:")] == []


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        # their crisis twins: a debt that bites now, a status without work, a believer's debts,
        # self-harm that came back, a relative's threat, someone in hospital after an attempt
        ("Ich hab Schulden und der Gerichtsvollzieher kommt morgen.", "elb"),
        ("Meine Duldung läuft aus, die Abschiebung ist angekündigt.", "elb"),
        ("Ich hab mich früher geritzt, als Teenager. Heute nicht mehr so oft, aber wieder.", "elb"),
        ("Ich hab Angst, weil meine Gläubiger jeden Tag anrufen.", "elb"),
    ],
)
def test_the_sixteenth_rounds_list_exits_leave_crises_found(text: str, writer: str) -> None:
    assert any(f.kind == "crisis" for f in check_text(text, writer=writer))


def test_a_self_harm_batch_counts_only_for_self_harm_and_crisis() -> None:
    """Sixteenth round: the fifteenth round's training batch labels its IFK sentences crisis or fine
    only, so as negatives for deficit, typing, profiling and judging it pulled those kinds' thresholds
    up (probe 15's deficit recall 0.856 -> 0.756). Its entries now say nothing about those labels — in
    training and in the threshold search — while a batch that labels every kind counts in full."""
    from beratungskit.analysis import wording_train
    from beratungskit.analysis.wording_model import LABELS

    assert wording_train.SPEAKS_FOR["tests/data/wording_train15.yaml"] == wording_train.HARM_LABELS
    assert "tests/data/wording_train16.yaml" not in wording_train.SPEAKS_FOR
    entries, _used = wording_train.gather(
        ["tests/data/wording_train15.yaml", "tests/data/wording_corpus.yaml"]
    )
    batch = [e for e in entries if e.get("only")]
    rest = [e for e in entries if not e.get("only") and e.get("set") != "app"]
    assert batch and rest
    ifk = next(e for e in batch if e["writer"] == "ifk")
    assert [wording_train._target(ifk, label) is None for label in LABELS] == [
        label not in ("self_harm", "crisis") for label in LABELS
    ]
    assert all(wording_train._target(e, "deficit") is not None for e in rest if e["writer"] == "ifk")
    # the threshold search: a judging and deficit finding of the lists in such an entry is no alarm
    text = "Kd. ist faul und unzuverlässig."
    scores = [[dict.fromkeys(LABELS, 0.99)]]
    fine = {"text": text, "writer": "ifk", "kinds": {"fine"}, "self_harm": False, "set": ""}
    guard = load_guard()
    full = wording_train.units([fine], scores, guard)[0]
    only = wording_train.units([{**fine, "only": wording_train.HARM_LABELS}], scores, guard)[0]
    assert {"deficit", "judging"} <= {k for kinds, _s, _h in full.lists for k in kinds}
    assert not [k for kinds, _s, _h in only.lists for k in kinds]
    assert set(only.reach) <= {"self_harm", "crisis"}
    assert wording_train.measure([full], {})[2] == 1 and wording_train.measure([only], {})[2] == 0


def test_the_training_lists_count_for_the_self_harm_decision_only() -> None:
    """Thirty-fifth round: the training lists of rounds 32–34 train the model, but their twins may be
    another crisis or a health fact the lists do not label — as negatives for crisis they would teach
    the model that a threat at home is fine. They speak for self-harm alone, in training and in the
    threshold search; every way and twin of the lists in tests/data is among them."""
    from beratungskit.analysis import wording_train
    from beratungskit.analysis.wording_model import LABELS

    source = "tests/data/wording_train35.yaml"
    assert source in wording_train.SOURCES and wording_train.SPEAKS_FOR[source] == {"self_harm"}
    entries, used = wording_train.gather([source, "tests/data/wording_corpus.yaml"])
    assert source in used
    batch = [e for e in entries if e.get("only")]
    assert {e["self_harm"] for e in batch} == {True, False}
    for entry in batch:
        assert [wording_train._target(entry, label) is None for label in LABELS] == [
            label != "self_harm" for label in LABELS
        ]
    # a twin that is another crisis says nothing about crisis
    threat = next(e for e in batch if e["text"].startswith("Mein Ex bedroht mich"))
    assert not threat["self_harm"] and wording_train._target(threat, "crisis") is None
    assert all(wording_train._target(e, "crisis") is not None for e in entries if not e.get("only"))
    texts = {e["text"]: e["self_harm"] for e in batch}
    for name in ("wording_forms32.yaml", "wording_forms33.yaml", "wording_forms34.yaml"):
        lists = yaml.safe_load((CORPUS.with_name(name)).read_text(encoding="utf-8"))
        for key, harm in (("self_harm", True), ("twins", False)):
            assert all(texts.get(e["text"]) is harm for e in lists[key]), (name, key)


def test_the_thirty_third_rounds_ifk_notes_train_every_kind() -> None:
    """Thirty-seventh round: the fine IFK notes and the issues of the thirty-third round's list label
    every kind; among the self-harm-only sentences the model learned nothing of typing from „Typisch für
    die Gastronomie sind geteilte Dienste …“ and gave it a typing hint. They train in full now, with
    their kinds, and are no longer among the sentences that speak for self-harm alone."""
    from beratungskit.analysis import wording_train
    from beratungskit.analysis.wording_model import LABELS

    source = "tests/data/wording_train36.yaml"
    assert source in wording_train.SOURCES and source not in wording_train.SPEAKS_FOR
    entries, _used = wording_train.gather([source, "tests/data/wording_train35.yaml"])
    full = {e["text"]: e for e in entries if not e.get("only")}
    only = {e["text"] for e in entries if e.get("only")}
    lists = yaml.safe_load(CORPUS.with_name("wording_forms33.yaml").read_text(encoding="utf-8"))
    for entry in lists["fine"] + lists["issues"]:
        trained = full[entry["text"]]
        assert entry["text"] not in only
        kinds = set(entry.get("kinds", ["fine"]))
        assert set(trained["kinds"]) == kinds and not trained["self_harm"]
        for label in LABELS:
            target = wording_train._target(trained, label)
            if label in ("self_harm", "crisis") or trained["writer"] == "ifk":
                assert target == int(label in kinds), (entry["text"], label)


# --- seventeenth round: probe 16's families of self-harm, verdicts and deficit talk --------------------

# written for the test (not probe sentences): each family beside everyday sentences with its words
ROUND17_LISTS = [
    # a hook, a beam or a knot that would hold
    ("Ich hab mir den Balken im Keller angeguckt, ob der mich aushalten würde.", True),
    ("Er hat gegoogelt, wie man eine Schlinge knüpft.", True),
    ("Ich hab geprüft, ob der Haken an der Decke die Hängematte halten würde.", False),
    ("Beim Segeln hab ich gelernt, wie man einen Knoten macht, der hält.", False),
    # on a window sill, a roof or a railing high up
    ("Sie steht gerade auf dem Dach vom Parkhaus, hat sie geschrieben.", True),
    ("Ich sitz oft auf dem Fensterbrett im 8. Stock und schau runter.", True),
    ("Die Katze sitzt auf dem Fensterbrett im 2. Stock und schaut raus.", False),
    ("Er steht als Dachdecker auf dem Dach im 5. Stock, ohne Angst.", False),
    # following a dead child or partner
    ("Seit mein Mann tot ist, will ich nur noch zu ihm.", True),
    ("Ich möchte meiner kleinen Tochter hinterher, sie fehlt mir so.", True),
    ("Seit Oma gestorben ist, will ich zu meiner Tante nach Köln ziehen.", False),
    ("Ich will meiner Tochter hinterher nach Berlin, sie wohnt jetzt dort.", False),
    # burning, scalding, stabbing oneself for relief or again and again
    ("Ich verbrenn mich mit der Zigarette, das beruhigt mich.", True),
    ("Gestern hab ich mit der Nadel an mir rumgekratzt, bis es ruhig war.", True),
    ("Er schlug sich immer wieder mit der Faust gegen den Kopf.", True),
    ("Ich hab mich beim Kochen mit heißem Wasser verbrüht, tut echt weh.", False),
    ("Kalt duschen hilft mir gegen den Druck im Kopf.", False),
    # imagining falling or dying, and it felt good
    ("Ich stell mir vor, wie es wäre, einfach von der Brücke zu springen, und es fühlt sich ruhig an.", True),
    ("Der Gedanke, nicht mehr aufzuwachen, tröstet mich.", True),
    ("Ich hab mir vorgestellt, wie es wär, vom Zehner zu springen, und dann war es echt gut.", False),
    # „nobody will miss me“ the other way round; history in a few weeks
    ("Mich würde eh niemand vermissen.", True),
    ("In ein paar Tagen bin ich eh Geschichte.", True),
    ("Mich wird im Büro keiner vermissen, ich bin ja im Urlaub.", False),
    ("In zwei Wochen bin ich hier Geschichte, dann fang ich in Hamburg an.", False),
    # out „of everything“
    ("Ich steig aus. Nicht aus dem Kurs, aus allem.", True),
    ("Ich halte mich aus allem raus, was mit dem Streit zu tun hat.", False),
    # not deserved by one's children; the children cared for, then free to go
    ("Meine Kinder hätten eine bessere Mutter verdient als mich.", True),
    ("Wenn jemand meinen Sohn aufnimmt, dann kann ich endlich gehen.", True),
    ("Meine Kinder haben was Besseres verdient als diese Schule.", False),
    ("Wenn meine Mutter die Kinder nimmt, kann ich zum Vorstellungsgespräch gehen.", False),
    # medicine made ready in full, for oneself
    ("Die Tabletten hab ich abgezählt und bereitgelegt, die ganze Packung.", True),
    ("Die Pflegerin hat das Insulin für Opa aufgezogen.", False),
    # a bridge gone to at night to stand there; the point of still breathing
    ("Die Eisenbahnbrücke hinterm Bahnhof, da geh ich jede Nacht hin und steh oben.", True),
    ("Auf dem Parkhaus steh ich oft oben, da sieht man das Feuerwerk am besten.", False),
    ("wozu noch atmen, echt", True),
    ("Was bringt es noch zu bewerben, wenn keiner antwortet?", False),
    # up onto a roof or a bridge straight after
    ("Nach dem Termin fahr ich gleich zur Autobahn auf die Brücke.", True),
    ("Morgen steig ich aufs Dach, die Dachrinne ist verstopft.", False),
    # a condition and then the pills; a bare plan that feels right
    ("Falls die Prüfung schiefgeht, schluck ich alle Tabletten.", True),
    ("Wenn die Kopfschmerzen wiederkommen, nehm ich die Tabletten.", False),
    ("Ich hab endlich einen Plan. Er fühlt sich gut an.", True),
    ("Ich hab einen Plan für die Bewerbungen, der Termin ist am Montag.", False),
    # a farewell of someone else told by a worried caller or sent to everyone in a chat
    ("Die Schwester ruft an: Frau K. habe sich per WhatsApp von allen verabschiedet.", True),
    ("Frau K. hat sich im Gruppenchat verabschiedet, weil sie den Kurs wechselt.", False),
    # the internet's words, and the eLb's other languages
    ("ich denk echt oft an sewer slide", True),
    ("manchmal will ich mich einfach unaliven", True),
    ("Nie chcę już żyć.", True),
    ("Vreau să mă sinucid.", True),
    ("Hoću da umrem.", True),
    ("Je veux mourir.", True),
    ("Ich hab meiner Tochter eine Rutsche gekauft, sie liebt den Wasserpark.", False),
]


@pytest.mark.parametrize(("text", "harm"), ROUND17_LISTS)
def test_the_seventeenth_rounds_self_harm_families_and_their_look_alikes(text: str, harm: bool) -> None:
    """Probe 16's families of self-harm the round-16 guard missed (a hook or knot that would hold, a
    window sill high up, following the dead, hurting oneself for relief, imagining the fall as good,
    „nobody will miss me“, out „of everything“, not deserved by one's children, medicine made ready,
    the internet's words and more of the eLb's languages), by the lists alone."""
    found = [f for f in check_text(text, writer="elb") if not f.term.startswith("model:")]
    assert any(f.self_harm for f in found) is harm


# written for the test: verdicts and deficit talk in the IFK's notes, each beside a fine twin
ROUND17_KINDS = [
    ("Kd. soll bis Freitag die Unterlagen bringen, sonst hat das Folgen.", "judging"),
    ("Kundin verheimlicht wohl Einkommen ihres Partners.", "judging"),
    ("TN arbeitet vermutlich schwarz auf dem Bau.", "judging"),
    ("Kd. wird die Ausbildung eh nicht durchhalten.", "judging"),
    ("Kd. ruiniert sich selbst mit dem Lebenswandel.", "judging"),
    ("Kd. steht sich selbst im Weg.", "judging"),
    ("Hilfsjob im Lager, zu mehr reicht es bei ihm nicht.", "judging"),
    ("Kd. kann kaum lesen, obwohl er seit Jahren hier lebt.", "judging"),
    ("Kundin hat nie gelernt, pünktlich zu sein.", "judging"),
    ("Kd. kommt oft verkatert zum Termin.", "judging"),
    ("Wie alle Gamer ist er nachts wach.", "judging"),
    ("Wie bei allen Rentnern ist hier Geduld gefragt.", "typing"),
    ("Kundin ist so eine Öko-Tante.", "typing"),
    ("Kd. ist die Sorte Kunde, die nur mit Anwalt kommt.", "typing"),
    ("Kd. kann nicht mit Kritik.", "deficit"),
    ("Kundin spricht kaum Deutsch.", "deficit"),
    ("Kd. kann keine zehn Minuten still sitzen.", "deficit"),
    ("TN bleibt hinter allen Erwartungen zurück.", "deficit"),
    ("Kd. ist beruflich mehrfach gescheitert.", "deficit"),
    ("Kd. kann den Erklärungen im Kurs kaum folgen.", "deficit"),
    ("Kd. hat schon wieder keine Unterlagen mitgebracht.", "deficit"),
]


@pytest.mark.parametrize(("text", "kind"), ROUND17_KINDS)
def test_the_seventeenth_rounds_verdicts_and_deficit_talk(text: str, kind: str) -> None:
    assert kind in {k for f in check_text(text) if not f.term.startswith("model:") for k in f.kinds}


@pytest.mark.parametrize(
    "text",
    [
        # their fine twins: the person's own worry, a rule explained, a procedure for a whole group,
        # a skill, learning German, a result told plainly
        "Kd. befürchtet, die Ausbildung nicht durchzuhalten; Unterstützung durch Nachhilfe vereinbart.",
        "Rechtsfolgenbelehrung erklärt: Unterlagen bis Freitag, sonst gibt es Kürzungen.",
        "Wie alle Teilnehmenden erhält Kd. eine Monatskarte.",
        "Kd. arbeitet sicher mit Excel und im Lager.",
        "Kd. lernt Deutsch im Integrationskurs, B1 im Mai.",
        "Kd. hat die Tante vom Bahnhof abgeholt.",
        "Kd. hat die Unterlagen mitgebracht, Antrag gestellt.",
        "Kd. macht sich selbst ein Bild vom Betrieb.",
    ],
)
def test_the_seventeenth_rounds_fine_twins_stay_quiet(text: str) -> None:
    assert [f.term for f in check_text(text, writer="ifk") if not f.term.startswith("model:")] == []


# --- eighteenth round: probe 17's families of self-harm -------------------------------------------------

# written for the test (not probe sentences): each family beside everyday sentences with its words;
# (writer, text, whether the lists give the self-harm flag)
ROUND18_HARM = [
    ("elb", "Isch hab die Faxe dicke vum Lewe.", True),
    ("elb", "Ich hab die Schnauze gestrichen voll vom Leben.", True),
    ("elb", "Ich will ne Pause. Ne ganz lange. So eine, von der man nicht zurückkommt.", True),
    ("elb", "Ich brauch einen Schlaf, aus dem man nicht mehr aufwacht.", True),
    ("elb", "Ich hab einen Zettel geschrieben, wer meine Sachen kriegt. Ich bin 24.", True),
    ("elb", "Ich weiß jetzt, welche Brücke. Die alte an der Bahn.", True),
    ("elb", "Ich weiß jetzt genau, welcher Ast hinter dem Haus.", True),
    ("elb", "Heute Abend sag ich dem Herrgott persönlich guten Tag.", True),
    ("elb", "Morgen lerne ich meinen Schöpfer kennen.", True),
    ("elb", "Mein Vater hat es auch gemacht, mit 52. Ich bin jetzt 52.", True),
    ("elb", "Ick will weg, so richtig weg.", True),
    ("elb", "Den Schlüssel leg ich unter die Matte. Ich bin dann schon weg. Nicht im Urlaub.", True),
    ("elb", "Ich war beim Friseur. Für die Beerdigung. Meine eigene.", True),
    ("elb", "Ich leg mich vor den nächsten Zug, und das ist kein Spruch.", True),
    ("elb", "Ich hab mit meinem Hausarzt über Sterbehilfe in der Schweiz gesprochen. Für mich.", True),
    ("ifk", "Kd. berichtet, sie habe sich bei Dignitas angemeldet.", True),
    ("elb", "Ich hab in der Küche das Messer genommen. An meinen Arm. Dann hab ich es gemacht.", True),
    ("ifk", "Kd. sagt: ‚Wenn Papa geht, nehm ich seine Schmerzpflaster, dann sind wir zusammen.‘", True),
    ("elb", "Wenn meine Mutter stirbt, geh ich mit.", True),
    ("elb", "Ich hab gekündigt, damit keiner sich wundert, wenn ich nicht mehr komme.", True),
    ("elb", "Ich hab die Tabletten von meiner Oma genommen. Alle.", True),
    ("elb", "Ich bin am See. Danke für die Geduld die ganze Zeit. Jetzt ist das Handy aus.", True),
    ("elb", "Ich will nicht mal 30 werden.", True),
    ("elb", "Canıma kıyacağım, yemin ederim.", True),
    ("elb", "Ja ustal zhit. Ne hochu bolshe zhit.", True),
    ("elb", "Ich hab die Faxen dicke vom Leben in der Großstadt, ich zieh aufs Land.", False),
    ("elb", "Das Buch handelt von einer Reise, von der man nicht zurückkommt.", False),
    ("elb", "Ich hab eine Liste gemacht, wer was zu Weihnachten kriegt.", False),
    ("elb", "Ich hab eine Liste gemacht, wer was zum Fest mitbringt.", False),
    (
        "elb",
        "Ich hab ne Liste gemacht, wer was kriegt. Das Sofa. Nach Porto nehm ich nur einen Koffer mit.",
        False,
    ),
    ("elb", "Ich weiß jetzt, welcher Baum im Park gefällt wird.", False),
    ("elb", "Der Pfarrer sagt, im Gebet begegnen wir Gott persönlich.", False),
    ("elb", "Meine Mutter hat es auch gemacht, mit 40. Ich bin jetzt 40 und mach den Führerschein.", False),
    ("elb", "Ich will weg, so richtig weg, nicht in den Urlaub, sondern auswandern.", False),
    ("elb", "Ich bin nächste Woche weg, im Urlaub.", False),
    ("elb", "Ich war beim Friseur, für die Beerdigung meiner Oma.", False),
    ("elb", "Wir haben im Ethikunterricht über Sterbehilfe in der Schweiz gesprochen.", False),
    ("elb", "Sterbehilfe ist für mich ein schwieriges Thema.", False),
    ("elb", "Ich hab mich beim Kochen mit dem Messer in den Finger geschnitten.", False),
    ("elb", "Wenn Oma geht, geh ich mit.", False),
    (
        "elb",
        "Ich hab Bescheid gesagt, damit keiner wartet, wenn ich nicht mehr komme, ich bin ab Mai in Rente.",
        False,
    ),
    ("elb", "Ich hab die Tabletten vom Tierarzt für den Hund mitgenommen. Alle sind bezahlt.", False),
    ("elb", "Danke für die Geduld. Ich bin jetzt im Kino, das Handy ist aus.", False),
    ("elb", "Ich will nicht mal 25 Euro dafür ausgeben.", False),
    ("elb", "Ich will nicht mit 30 noch bei meinen Eltern wohnen.", False),
]


@pytest.mark.parametrize(("writer", "text", "harm"), ROUND18_HARM)
def test_the_eighteenth_rounds_self_harm_families_and_their_twins(writer: str, text: str, harm: bool) -> None:
    """Probe 17's families of self-harm the round-17 guard missed (fed up „with life“ in dialect, a pause
    one does not come back from, a list of who gets what, the place chosen, meeting God in person, a
    parent's suicide at one's age, gone „not on holiday“, one's own funeral, the next bus, assisted dying
    „for me“, a knife to one's arm, the dying parent's medicine, a job quit so nobody is startled, pills
    taken „all of them“, the phone switched off after thanks, not even reaching an age, Turkish and
    Russian in Latin letters) by the lists alone; their fine twins get no self-harm flag at all."""
    _assert_self_harm_by_the_lists(text, writer, harm)


def _assert_self_harm_by_the_lists(text: str, writer: str, harm: bool) -> None:
    """A self-harm sentence gets the flag from the lists themselves; its twin gets none at all."""
    found = check_text(text, writer=writer)
    if harm:
        assert any(f.self_harm for f in found if not f.term.startswith("model:")), text
    else:
        assert not any(f.self_harm for f in found), text


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        # the model's exits of the eighteenth round: a working day ended, a course or a shift done with
        ("Ich mach jetzt Schluss für heute, der Akku ist gleich leer.", False),
        ("I'm done with the course, passed it, now the next level!", False),
        ("Honestly done with my shift, going home now.", False),
        # the exits do not hold where the message goes on to the crisis
        ("Ich mach Schluss für heute. Und dann für immer, ich hab die Tabletten da.", True),
        ("Honestly, I'm done with everything.", True),
    ],
)
def test_the_eighteenth_rounds_model_exits_keep_everyday_endings_quiet(text: str, harm: bool) -> None:
    assert any(f.self_harm for f in check_text(text, writer="elb")) is harm


TAKEN_BACK = [
    # nineteenth round: a dark joke taken back in the same sentence gets no self-harm flag
    ("Wenn ich noch eine Excel-Tabelle sehe, spring ich vom Balkon 😂 nee Spaß, läuft gut.", False),
    ("Noch ein Formular und ich erschieß mich 😅 Spaß, ich bring es morgen vorbei.", False),
    ("Wenn die Schicht noch länger geht, geb ich mir die Kugel 🤣 nee Spaß, ich mag den Job.", False),
    ("Wenn die Bahn wieder ausfällt, werf ich mich vor den Zug, nee nur Spaß, ich nehm das Rad.", False),
    ("Ich bring mich um wegen dieser Hotline, war nur Spaß, jetzt hat es geklappt.", False),
    # no take-back: the joke turns serious, or says it is none
    ("Ich spring vom Balkon 😂 nee aber ehrlich, so fühl ich mich grad wirklich.", True),
    ("Ich häng mich auf, kein Spaß.", True),
    ("Ich will nicht mehr leben 😂 nee Spaß. Oder auch nicht, ich mein das ernst.", True),
    ("Ich spring vom Balkon, nicht im Spaß.", True),
]


@pytest.mark.parametrize(("text", "harm"), TAKEN_BACK)
def test_a_dark_joke_taken_back_in_the_same_sentence_gets_no_self_harm_flag(text: str, harm: bool) -> None:
    assert any(f.self_harm for f in check_text(text, writer="elb")) is harm


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        # nineteenth round: a crisis long past, then „heut“ (the spoken „heute“) … gut
        ("Ich hab 2018 nen Suizidversuch gehabt, heut geht's mir gut, ich mach jetzt die Ausbildung.", False),
        ("Ich hab 2018 nen Suizidversuch gehabt, heut geht's mir gut, aber manchmal denk ich dran.", True),
    ],
)
def test_a_crisis_long_past_told_with_heut_is_over(text: str, harm: bool) -> None:
    assert any(f.self_harm for f in check_text(text, writer="elb")) is harm


def test_the_elbs_self_harm_threshold_is_at_least_the_floor() -> None:
    # nineteenth round: the eLb's self-harm threshold is at least 0.4 (the search goes to the cap, 0.3):
    # below „alone“ the field's everyday words opened the gate on the eLb's emotional fine messages;
    # twentieth round: 0.35 (at 0.4 the retrained model lost one labelled self-harm sentence's flag)
    from beratungskit.analysis import wording_train

    assert wording_train.SELF_HARM_FLOOR == {"elb": 0.35}
    units = [_unit({"judging"}, lists=((frozenset({"judging"}), 0.9, False),)) for _ in range(200)]
    units += [_unit({"crisis"}, writer=w, self_harm=True, reach={"self_harm": 0.3}) for w in ("elb", "ifk")]
    thresholds = wording_train.choose_thresholds(units, ["self_harm"])[0]
    assert thresholds["self_harm"] == {"ifk": 0.3, "elb": 0.35}


# --- twentieth round: the model's exits for talk about money, a topic, a celebration, a move ---------

# written for the test (not in any labelled file): (text, whether the model's exits hold)
ROUND20_EXITS = [
    # a sum „not even“ spent is a price, not an age one will not reach
    ("Die Schuhe haben nicht mal 20 Euro gekostet, voll das Schnäppchen.", True),
    ("Für ein Geschenk geb ich keine 50 Euro aus.", True),
    # assisted dying or the death penalty as a topic of a lesson, a debate, the news
    ("In Religion hatten wir eine Debatte über Sterbehilfe.", True),
    ("Die Todesstrafe war heute Thema in der Zeitung.", True),
    # a family celebration organised
    ("Ich hab für den Geburtstag meiner Tochter alles vorbereitet.", True),
    ("Die Hochzeit im Mai ist gebucht, Saal und Musik.", True),
    # a suitcase taken along, emigrating
    ("Nach Kanada nehm ich nur den großen Koffer mit.", True),
    ("Meine Schwester ist nach Kanada ausgewandert, im Sommer besuch ich sie.", True),
    # not where the money is for food or a child, an age is meant, nothing is planned, or „für mich“
    ("Ich hab nicht mal 3 Euro für Essen fürs Kind.", False),
    ("Ich will nicht mal 40 werden.", False),
    ("Keine Hochzeit geplant, kein Urlaub, nichts mehr.", False),
    ("Keine Auswanderung, nur weg.", False),
    ("Sterbehilfe war beim Arzt das Thema. Für mich.", False),
    ("Wir haben über Sterbehilfe diskutiert, für mich selbst wäre das was.", False),
]


@pytest.mark.parametrize(("text", "holds"), ROUND20_EXITS)
def test_the_twentieth_rounds_model_exits(text: str, holds: bool) -> None:
    """The fine eLb messages the retrained model of the nineteenth round gave its self-harm hint with no
    word of the field (above „alone“): a price („nicht mal 25 Euro“), assisted dying as a topic, a
    christening organised, a list before a move abroad. The exits are general, each with its
    exceptions; the lists' own self-harm findings are never silenced by them."""
    from beratungskit.analysis.wording import fold, load_guard, model_spans

    use = load_guard()._model  # type: ignore[attr-defined]
    spans = model_spans(text)
    parts = [fold(text[a:b])[0] for a, b in spans]
    assert any(use.exits(part, after) for part, after in zip(parts, [*parts[1:], ""], strict=True)) is holds


# --- twenty-first round: list crisis findings in the eLb's plainly calm messages, medicine running out,
# --- names called and groups said to be alike in the IFK's notes

# written for the test (not in any labelled file): the eLb's messages that are no crisis — a debt
# procedure begun or over, a divorce done, an eviction called off, arrears taken over, a past the person
# has left, anger that a payment did not come, paperwork, a farewell into the weekend, sleep after shifts,
# a pet's young given away, no money wanted from the office
ROUND21_CALM = [
    "Nach der Privatinsolvenz hab ich ein Jahr gebraucht, jetzt such ich was im Lager.",
    "Die Scheidung ist durch, ich bin so erleichtert.",
    "Die Insolvenz läuft noch, aber in vier Jahren bin ich durch.",
    "Wegen der Insolvenz war ich beim Amtsgericht, der Antrag ist jetzt eingereicht.",
    "Die Zwangsräumung wurde gestern abgesagt, wir können bleiben.",
    "Das Amt hat die Mietschulden übernommen, wir können in der Wohnung bleiben.",
    "Ich war im Gefängnis, aber ich habe mich wirklich geändert.",
    "Ich bin stinksauer, weil die Miete wieder nicht überwiesen wurde, das Amt schläft.",
    "Ich raste aus, wenn das Geld wieder nicht kommt!",
    "Ich weiß nicht mehr weiter bei dem Antrag auf Wohngeld, Seite 3.",
    "Ich verabschiede mich ins Wochenende, schönen Feierabend!",
    "Ich will nur noch schlafen, zwei Nachtschichten am Stück.",
    "Unser Hund hat Welpen bekommen, ich verschenke zwei an Freunde.",
    "Ich brauche kein Geld mehr vom Jobcenter, ich habe einen Vertrag!",
]

# their crisis twins: the same words where the crisis is now (kind crisis; self_harm where the list
# reads a thought of self-harm)
ROUND21_CRISIS = [
    ("Die Insolvenz hat mich ruiniert, ich weiß nicht, wovon wir essen sollen.", False),
    ("Die Räumung ist für Freitag angesetzt, ich weiß nicht wohin.", False),
    ("Ich bin wütend und habe Angst, die Räumung ist morgen.", False),
    ("Die Miete wurde nicht überwiesen, jetzt droht die Kündigung.", False),
    ("Ich bekomme kein Geld mehr vom Amt, der Kühlschrank ist leer.", False),
    ("Ich weiß nicht mehr weiter, seit mein Mann weg ist.", False),
    ("Ich verabschiede mich von euch allen.", True),
    ("Ich will nur noch schlafen und nie mehr aufwachen.", True),
    ("Ich verschenke meine Katze und meine Sachen, ich brauch das alles nicht mehr.", True),
]


@pytest.mark.parametrize("text", ROUND21_CALM)
def test_the_twenty_first_rounds_calm_elb_messages_get_no_list_crisis(text: str) -> None:
    """Probe 20's eLb wrote such messages as fine and got a crisis hint of the lists: the topic is done,
    called off, taken over or left behind, or the words belong to something else (anger at a delay, a
    form, the weekend, shifts, a pet's young). The model's own hints are not this test's business."""
    assert [f.term for f in check_text(text, writer="elb") if not f.term.startswith("model:")] == []


@pytest.mark.parametrize(("text", "harm"), ROUND21_CRISIS)
def test_the_twenty_first_rounds_exits_leave_the_crisis_twins(text: str, harm: bool) -> None:
    findings = [f for f in check_text(text, writer="elb") if not f.term.startswith("model:")]
    assert any(f.kind == "crisis" for f in findings), text
    if harm:
        assert any(f.self_harm for f in findings), text


@pytest.mark.parametrize(
    "text",
    [
        "Kd. hat nur noch Tabletten für zwei Tage, Hausarzt im Urlaub.",
        "Kundin hat nur noch Tabletten für drei Tage.",
        "Die Medikamente von Hr. B. gehen am Wochenende aus.",
    ],
)
def test_medicine_running_out_is_urgent_need_not_a_health_detail(text: str) -> None:
    """Running out of medicine is urgent need (twentieth round's noticed regression: a training batch's
    „nur noch Tabletten für zwei Tage“ lost its crisis hit to the medicine-only silence)."""
    use = load_guard()._model  # type: ignore[union-attr]
    health = Finding("Tabletten", 0, 9, "profiling", "hint", "", "", term="x")
    assert not use._medicine_only(fold(text)[0], [health])
    # a medicine taken, no running out: still health only
    assert use._medicine_only(fold("Kd. nimmt Tabletten für zwei Wochen nach der OP.")[0], [health])


# written for the test (not in any labelled file): (IFK note, kind the lists must find)
ROUND21_KINDS = [
    ("Kd. Junkie, Termin verschoben.", "judging"),
    ("Kundin ist eine Schwätzerin.", "judging"),
    ("Kd. wirkt hinterhältig.", "judging"),
    ("Laut Kollegin ein Alki.", "judging"),
    ("Kd. ist aggro, Gespräch abgebrochen.", "judging"),
    ("Kd. hat kein Bock auf Maßnahmen.", "judging"),
    ("Kd. Psycho, Vorsicht.", "judging"),
    ("Kd. wohnt bei der Mutter, wie so oft in diesen Familien.", "typing"),
    ("Kd. sammelt Pfand, typisch für die Szene dort.", "typing"),
    ("Die Rumänen im Haus arbeiten eh alle auf dem Bau.", "typing"),
    ("Kd. ohne Abschluss, wie die ganze Familie.", "typing"),
]


@pytest.mark.parametrize(("text", "kind"), ROUND21_KINDS)
def test_the_twenty_first_rounds_names_and_groups(text: str, kind: str) -> None:
    assert kind in {k for f in check_text(text) if not f.term.startswith("model:") for k in f.kinds}


@pytest.mark.parametrize(
    "text",
    [
        # their neutral twins: a course full, a trip, a compound with a look-alike word
        "Die Russischkurse sind alle belegt, Kd. auf Warteliste.",
        "Die Polen-Reise mit der Familie ist im Juli.",
        "Kd. arbeitet als Mixer und Blender-Techniker in der Werbung.",
    ],
)
def test_the_twenty_first_rounds_neutral_twins_get_no_verdict(text: str) -> None:
    kinds = {k for f in check_text(text) if not f.term.startswith("model:") for k in f.kinds}
    assert not kinds & {"judging", "typing"}, kinds


def test_the_ifks_judging_threshold_is_bounded_for_recall(monkeypatch: pytest.MonkeyPatch) -> None:
    """Twenty-first round: judging was the kind found least (probe 20: recall 0.53); the IFK's judging
    threshold is at most ``JUDGING_CAP`` (0.9), the search's own choice where it is lower, and the app's
    question cards still bound it from below."""
    from beratungskit.analysis import wording_train

    # the lists find 50 verdicts; the model would add two more at 0.92, with two fine notes at 0.92 —
    # the search alone keeps the model off (a tie keeps it off), the cap brings it to 0.9
    units = [_unit({"judging"}, lists=((frozenset({"judging"}), 0.9, False),)) for _ in range(50)]
    units += [_unit({"judging"}, reach={"judging": 0.92}) for _ in range(2)]
    units += [_unit({"fine"}, reach={"judging": 0.92}) for _ in range(2)]
    assert wording_train.JUDGING_CAP == {"ifk": 0.9}
    assert wording_train.choose_thresholds(units, ["judging"])[0]["judging"]["ifk"] == 0.9
    # an app text the model would give a judging hint at 0.91: the lowest threshold above keeps it quiet
    card = wording_train.Unit("ifk", frozenset({"fine"}), False, (), {"judging": 0.91}, app=True)
    assert wording_train.choose_thresholds([*units, card], ["judging"])[0]["judging"]["ifk"] > 0.91
    monkeypatch.setattr(wording_train, "JUDGING_CAP", {})
    assert wording_train.choose_thresholds(units, ["judging"])[0]["judging"]["ifk"] == 1.0


# --- twenty-second round: attempts told in IFK notes, leaving life said formally, a form's answer the
# --- model's exits silenced, the eLb's calm messages, further verdicts, deficits and groups

# written for the test (not in any labelled file): (writer, text) the lists must give the self-harm flag
ROUND22_HARM = [
    ("elb", "Bitte stellen Sie alles ein, ich werde bald aus dem Leben scheiden."),
    ("elb", "Ich habe beschlossen, aus dem Leben zu treten."),
    ("ifk", "Kundin wurde nachts von der Polizei auf dem Dach eines Hochhauses angetroffen."),
    ("ifk", "Kd. stand auf der Eisenbahnbrücke, ein Passant hat ihn heruntergeredet."),
    ("ifk", "Nach dem Streit saß Kd. oben auf dem Turm der Burg, die Feuerwehr hat ihn runtergeholt."),
    ("elb", "Wie viel Paracetamol ist zu viel? Frag nicht für Mama."),
]


@pytest.mark.parametrize(("writer", "text"), ROUND22_HARM)
def test_the_twenty_second_rounds_attempts_and_farewells_get_the_flag(writer: str, text: str) -> None:
    """Probe 21's self-harm sentences without any crisis line, in general form: a person fetched or
    talked down from a height, or found there by the police at night (IFK notes), and leaving life
    said in formal words; and how much is too much, asked „not for grandma“ (a training-18 message lost
    the flag with the retrained model)."""
    assert any(f.self_harm for f in check_text(text, writer=writer) if not f.term.startswith("model:")), text


@pytest.mark.parametrize(
    "text",
    [
        # someone's death told, a roofer at work, boxes fetched down: no attempt
        "Mein Großvater ist 2019 aus dem Leben geschieden.",
        "Kd. arbeitet als Dachdecker und war heute auf dem Dach des Rathauses.",
        "Der Kollege hat die Kisten vom Gerüst heruntergeholt, sie waren zu schwer.",
    ],
)
def test_the_twenty_second_rounds_attempt_entries_leave_their_twins(text: str) -> None:
    findings = [f for f in check_text(text, writer="elb") if not f.term.startswith("model:")]
    assert not any(f.self_harm for f in findings), text


# (text, whether the model's exits hold): assets are an everyday reason for a will, not where a form's
# answer says there are none; a move, not where it is denied
ROUND22_EXITS = [
    ("Mein Vermögen geht an meine Schwester, das Testament liegt beim Notar.", True),
    ("Vermögen: keins. Zukunft: gibt es nicht, ich mach bald Schluss.", False),
    ("Kein Vermögen, keine Zukunft, ich mach bald Schluss.", False),
    # a move or a holiday denied right after its word is no everyday reason
    ("Umziehen tu ich nicht, ich verschenke nur alles.", False),
    ("Urlaub mach ich keinen mehr.", False),
    ("Umziehen tu ich nächste Woche, die Adresse schick ich.", True),
]


@pytest.mark.parametrize(("text", "holds"), ROUND22_EXITS)
def test_the_twenty_second_rounds_assets_and_move_exits(text: str, holds: bool) -> None:
    """Probe 21: a form's answers („Frage Vermögen: keins. … ich mach bald Schluss.“) scored 0.99 for
    self-harm, and the exit „vermögen“ silenced it (no crisis line at all). And a move denied after
    its word („Umziehen tu ich nicht.“): a probe-20 farewell lost the flag to the move exit with the
    retrained model."""
    from beratungskit.analysis.wording import fold, load_guard, model_spans

    use = load_guard()._model  # type: ignore[attr-defined]
    spans = model_spans(text)
    parts = [fold(text[a:b])[0] for a, b in spans]
    assert any(use.exits(part, after) for part, after in zip(parts, [*parts[1:], ""], strict=True)) is holds


# written for the test (not in any labelled file): the eLb's messages that are no crisis — exhausted by
# hours of work counted, a flat given notice for a move
ROUND22_CALM = [
    "Ich kann nicht mehr, seit Montag jeden Tag 12 Stunden im Lager.",
    "Ich kann nicht mehr. Zehn Stunden Nachtschicht, morgen schlaf ich aus.",
    "Wir haben unsere Wohnung gekündigt, weil wir in eine größere ziehen.",
]

# their crisis twins, and the new crisis entries (kind crisis; self_harm where the list reads a thought
# of self-harm)
ROUND22_CRISIS = [
    ("Ich kann nicht mehr. Keiner würde mich vermissen.", True),
    ("Mir wurde die Wohnung gekündigt, weil der Vermieter Eigenbedarf hat.", False),
    ("Ich muss morgen raus aus der Notunterkunft und habe nichts.", False),
    ("Nach dem Wohnungsbrand schlafen wir bei der Nachbarin.", False),
    ("Trotz Schutzanordnung steht mein Ex jeden Tag vor meiner Tür.", False),
]


@pytest.mark.parametrize("text", ROUND22_CALM)
def test_the_twenty_second_rounds_calm_elb_messages_get_no_list_crisis(text: str) -> None:
    """Probe 21's eLb wrote such messages as fine and got a crisis hint of the lists."""
    assert [f.term for f in check_text(text, writer="elb") if not f.term.startswith("model:")] == []


@pytest.mark.parametrize(("text", "harm"), ROUND22_CRISIS)
def test_the_twenty_second_rounds_crisis_entries_and_twins(text: str, harm: bool) -> None:
    findings = [f for f in check_text(text, writer="elb") if not f.term.startswith("model:")]
    assert any(f.kind == "crisis" for f in findings), text
    if harm:
        assert any(f.self_harm for f in findings), text


# written for the test (not in any labelled file): (IFK note, kind the lists must find)
ROUND22_KINDS = [
    ("Kd. führt sich auf wie eine Diva.", "judging"),
    ("Kd. hat einen Hang zur Schwarzmalerei.", "judging"),
    ("Kd. sucht stets den Weg des geringsten Widerstandes.", "judging"),
    ("Kundin will Model werden, habe sie auf den Boden der Tatsachen gebracht.", "judging"),
    ("Vier Jobs in zwei Jahren, das sagt eigentlich alles.", "judging"),
    ("Mit 55 ist für sie der Zug längst abgefahren.", "judging"),
    ("Kd. ist ein Spätzünder.", "judging"),
    ("Kd. hat starken Körpergeruch.", "judging"),
    ("Kd. versäumt es ständig, sich abzumelden.", "deficit"),
    ("Kd. scheitert seit Monaten an der Theorieprüfung.", "deficit"),
    ("Kundin hat noch nie einen Job lange gehalten.", "deficit"),
    ("Kd. lässt die nötige Ernsthaftigkeit vermissen.", "deficit"),
    ("Kd. ist wie viele Lagerarbeiter ohne Führerschein.", "typing"),
    ("Kd. ist ein Bastler, wie man sie auf dem Land oft trifft.", "typing"),
    ("Rumänen nehmen bekanntlich jede Arbeit an.", "typing"),
    ("Syrische Familien bleiben sowieso unter sich.", "typing"),
]


@pytest.mark.parametrize(("text", "kind"), ROUND22_KINDS)
def test_the_twenty_second_rounds_verdicts_deficits_and_groups(text: str, kind: str) -> None:
    assert kind in {k for f in check_text(text) if not f.term.startswith("model:") for k in f.kinds}


@pytest.mark.parametrize(
    "text",
    [
        # their neutral twins: a wish shared with others, a question, a train missed
        "Kd. möchte wie viele andere Kursteilnehmer den Staplerschein machen.",
        "Kd. fragt, wie viele Fahrer der Betrieb noch sucht.",
        "Kd. kam zu spät, der Zug war schon abgefahren.",
    ],
)
def test_the_twenty_second_rounds_neutral_twins_get_no_verdict(text: str) -> None:
    kinds = {k for f in check_text(text) if not f.term.startswith("model:") for k in f.kinds}
    assert not kinds & {"judging", "typing", "deficit"}, kinds


# --- twenty-third round: probe 22's fine eLb messages with a list crisis (a past told with its year or
# --- with time clean, debts paid monthly, the last day in a shelter, income reported, a game's
# --- attack, a letter of notice, the school holidays), and its self-harm sentences without any line

# written for the test (not in any labelled file): the eLb's messages that are no crisis now
ROUND23_CALM = [
    "Ich hab die Wohnung gekündigt, weil ich in eine billigere zieh, das Amt weiß Bescheid.",
    "Früher Heroin, heute bin ich seit sieben Jahren clean und mach eine Umschulung.",
    "Wegen Drogen war ich in Haft, aber ich bin seit drei Jahren sauber und will in die Pflege.",
    "Ich hab die Kontrolle über meine Alkoholsucht zurückgewonnen und such jetzt einen Job.",
    "Sie war 2017 wohnungslos, das erzählt sie offen.",
    "Meine Schulden sind geregelt, ich zahl jeden Monat 50 Euro an die Bank.",
    "Heute ist meine letzte Nacht im Frauenhaus, ich freu mich so.",
    "Nach dem Frauenhaus ziehe ich nächste Woche in meine neue Wohnung.",
    "Im Knast hab ich den Hauptschulabschluss nachgeholt, darauf bin ich stolz.",
    "Wir haben das Finale verloren, aber nächste Saison wird neu angegriffen!",
    "Alles ist organisiert, in den Sommerferien nimmt die Tante die Kinder, ich kann zur Fortbildung.",
    "Den Abschiedsbrief an die Firma hab ich abgeschickt, sprich die Kündigung, ab Mai fang ich woanders an.",
]

# their crisis twins (the lists still give a crisis hint; self_harm where they read a thought of
# self-harm)
ROUND23_CRISIS = [
    ("Ich hab Schulden und zahl jeden Monat drauf, es wird immer mehr.", False),
    ("Ich bin obdachlos und schlafe im Park.", False),
    ("Ich hab Schulden bei drei Banken und die Mahnungen stapeln sich.", False),
    ("Ich bin im Frauenhaus, er hat rausgefunden wo.", False),
    ("Er hat mich gestern auf der Straße angegriffen.", False),
    ("Ich hab alles geregelt, meine Schwester nimmt die Kinder.", True),
    ("Ich hab einen Abschiedsbrief geschrieben, ich kann nicht mehr.", True),
]


@pytest.mark.parametrize("text", ROUND23_CALM)
def test_the_twenty_third_rounds_calm_elb_messages_get_no_list_crisis(text: str) -> None:
    """Probe 22's eLb wrote such messages as fine and got a crisis hint (or the self-harm line) of the
    lists: a past with its year or time counted clean, debts paid each month or settled, the last day
    in a shelter, a move into a flat of one's own, something learnt in prison, a game's „attack“, a
    „farewell letter“ that is the notice to an employer, children cared for in the holidays."""
    assert [f.term for f in check_text(text, writer="elb") if not f.term.startswith("model:")] == []


@pytest.mark.parametrize(("text", "harm"), ROUND23_CRISIS)
def test_the_twenty_third_rounds_crisis_twins_keep_their_hint(text: str, harm: bool) -> None:
    findings = [f for f in check_text(text, writer="elb") if not f.term.startswith("model:")]
    assert any(f.kind == "crisis" for f in findings), text
    if harm:
        assert any(f.self_harm for f in findings), text


def test_the_twenty_third_rounds_income_reported_is_no_charge() -> None:
    """Probe 22's IFK note „Nebenverdienst wird angezeigt“ got the legal crisis hint of „angezeigt“."""
    note = "Kd. hat einen Minijob als Kellner, das Einkommen wurde angezeigt."
    assert not {k for f in check_text(note) if not f.term.startswith("model:") for k in f.kinds} & {"crisis"}
    charged = "Kd. wurde wegen Diebstahls angezeigt."
    assert "crisis" in {k for f in check_text(charged) if not f.term.startswith("model:") for k in f.kinds}


# written for the test (not in any labelled file): (writer, text) the lists must give the self-harm flag
ROUND23_HARM = [
    ("elb", "Seit Ingrid weg ist, will ich nur noch zu ihr auf den Friedhof ziehen."),
    ("ifk", "Kd. gibt an, er sei gestern absichtlich vor einen Lkw gelaufen."),
    ("elb", "Ich hab meine eigene Todesanzeige schon geschrieben."),
    ("elb", "Was kostet eigentlich eine Grabrede? Für meine. Die schreib ich selbst."),
    ("elb", "Nie dam rady. Kupiłam sznur."),
    ("elb", "Formulare sind fertig, meine Todesanzeige auch."),
]


@pytest.mark.parametrize(("writer", "text"), ROUND23_HARM)
def test_the_twenty_third_rounds_veiled_self_harm_gets_the_flag(writer: str, text: str) -> None:
    """Probe 22's self-harm sentences without any crisis line, in general form: moving to a dead
    person's grave, walking into a vehicle on purpose (an IFK note), one's own funeral speech or
    notice written, a rope bought said in Polish."""
    assert any(f.self_harm for f in check_text(text, writer=writer) if not f.term.startswith("model:")), text


@pytest.mark.parametrize(
    "text",
    [
        # their twins: a visit to a grave, an accident, a speech for someone else
        "Am Sonntag fahre ich zu meinem Vater auf den Friedhof.",
        "Kd. ist auf dem Hof versehentlich gegen einen Stapler gelaufen.",
        "Die Grabrede für meinen Onkel hat der Pfarrer gehalten.",
        "Kupiłam sznur do prania i klamerki.",
        "Meine Trauerrede für Oma hat alle zum Weinen gebracht.",
    ],
)
def test_the_twenty_third_rounds_self_harm_entries_leave_their_twins(text: str) -> None:
    findings = [f for f in check_text(text, writer="elb") if not f.term.startswith("model:")]
    assert not any(f.self_harm for f in findings), text


def test_the_twenty_third_rounds_this_year_against_last_year_keeps_the_model() -> None:
    """Probe 22: „Letztes Jahr hat die Flut … genommen, dieses Jahr nehm ich mich selbst.“ scored 1.0
    for self-harm, and the model's exit „letztes Jahr“ silenced it (no crisis line at all). „Dieses
    Jahr“ set against the year past says the matter is now."""
    from beratungskit.analysis.wording import fold, load_guard

    use = load_guard()._model  # type: ignore[attr-defined]
    assert use.exits(fold("Letztes Jahr war ich in Kur, alles gut.")[0])
    assert not use.exits(fold("Letzten Winter das Haus verloren, diesen Winter gehe ich selbst.")[0])


# --- twenty-fourth round: probe 23's self-harm sentences without the flag (a noose made of a belt, a
# --- „Personenschaden“ announced as oneself, swimming out and not back, „ich gehe ganz“, no morning any
# --- more, a height and a goodbye, another way down, nothing left to settle), and fine messages with a
# --- list crisis (someone else's jump at the station, disappearing on holiday, a child who fetched)

# written for the test (not in any labelled file): (writer, text) the lists must give the self-harm flag
ROUND24_HARM = [
    ("ifk", "Betreuerin meldet, Kd. habe sich aus einem Ladekabel eine Schlinge gebastelt."),
    ("elb", "Wenn die Bahn heute wieder Personenschaden meldet, bin ich das selbst."),
    ("ifk", "Kd. sagt, sie werde am Wochenende weit rausschwimmen und nie mehr zurück."),
    ("elb", "Ich geh ins Meer und komm nicht zurück."),
    ("ifk", "Auf die Frage, ob er verreise, sagte Kd.: ‚Ich gehe ganz.‘"),
    ("elb", "Für mich gibt es keinen Morgen mehr."),
    ("elb", "Ich geh jetzt aufs Hochhaus. Tschüss."),
    ("elb", "Ich steig heute aufs Dach, runter komm ich anders."),
    ("elb", "Die Papiere liegen im Schrank, die Pflanzen hat die Nachbarin, nichts mehr zu regeln."),
    # the S-Bahn, the U-Bahn and the tram beside the train („Ich spring vor die S-Bahn.“ had no line)
    ("elb", "Ich spring morgen früh vor die S-Bahn."),
    # the times of the freight trains known by heart or noted
    ("ifk", "Kd. erwähnt, sie habe sich die Durchfahrtszeiten der Güterzüge notiert."),
]


@pytest.mark.parametrize(("writer", "text"), ROUND24_HARM)
def test_the_twenty_fourth_rounds_self_harm_families(writer: str, text: str) -> None:
    """Probe 23's self-harm sentences without any line: a noose made of a belt, a „Personenschaden“
    said to be oneself, swimming out and not coming back, „ich gehe ganz“ as the answer, no morning
    any more, a bridge or a tower and a goodbye, another way down, nothing left to settle, the times of
    the freight trains noted; and the S-Bahn beside the train."""
    assert any(f.self_harm for f in check_text(text, writer=writer) if not f.term.startswith("model:")), text


@pytest.mark.parametrize(
    "text",
    [
        # their twins: a sling for an arm, a late train, a swim and back, a walk, a party, a lift, a move
        "Seit dem Sturz trägt sie den Arm in einer Schlinge, Termin verschoben.",
        "Wegen eines Personenschadens bei Hannover kam ich eine Stunde zu spät.",
        "Im Urlaub bin ich weit rausgeschwommen, bis zur Boje und zurück.",
        "Ich gehe ganz gern spazieren, am liebsten am Kanal.",
        "Wir haben gefeiert, als gäbe es kein Morgen.",
        "Auf den Turm steig ich zu Fuß, runter komm ich anders, mit dem Aufzug.",
        "Nach dem Umzug gibt es nichts mehr zu regeln, alles erledigt.",
        "Als Fahrdienstleiter hat er die Durchfahrtszeiten der Güterzüge notiert.",
    ],
)
def test_the_twenty_fourth_rounds_self_harm_entries_leave_their_twins(text: str) -> None:
    findings = [f for f in check_text(text, writer="elb") if not f.term.startswith("model:")]
    assert not any(f.self_harm for f in findings), text


@pytest.mark.parametrize(
    ("writer", "text"),
    [
        ("elb", "Ich war zu spät, weil vor die S-Bahn jemand gesprungen ist."),
        ("elb", "Ich möchte einfach verschwinden, ans Meer, ein Wochenende ohne Handy."),
        ("ifk", "Ihr Sohn hat sie vom Bahnhof abgeholt, danach kam sie zum Termin."),
    ],
)
def test_the_twenty_fourth_rounds_calm_messages_get_no_list_crisis(writer: str, text: str) -> None:
    """Probe 23's fine messages with a crisis of the lists: someone else jumped in front of the train
    (the writer waited), disappearing on holiday, a child who fetched someone or something."""
    assert [f.term for f in check_text(text, writer=writer) if not f.term.startswith("model:")] == []


@pytest.mark.parametrize(
    ("writer", "text"),
    [
        # their twins keep the crisis (and the self-harm line where it is one)
        ("elb", "Ich spring morgen früh vor den Zug."),
        ("elb", "Ich möchte einfach verschwinden, ans Meer, und nie wieder zurück."),
        ("ifk", "Das Jugendamt hat ihren Sohn abgeholt."),
    ],
)
def test_the_twenty_fourth_rounds_crisis_twins_keep_their_hint(writer: str, text: str) -> None:
    findings = [f for f in check_text(text, writer=writer) if not f.term.startswith("model:")]
    assert any(f.kind == "crisis" for f in findings), text
    if writer == "elb":
        assert any(f.self_harm for f in findings), text


@pytest.mark.parametrize(
    ("writer", "text", "harm"),
    [
        ("elb", "Ich war zu spät, weil vor die S-Bahn jemand gesprungen ist.", False),
        ("ifk", "Kd. erzählt vom Tod seines Katers, Termin trotzdem wahrgenommen.", False),
        # their twins: the writer's own jump, a parent's death with no wish to live
        ("elb", "Ich will vor die S-Bahn springen.", True),
        ("elb", "Seit dem Tod meines Vaters will ich nicht mehr leben.", True),
    ],
)
def test_the_twenty_fourth_rounds_someone_elses_jump_and_a_pets_death(
    writer: str, text: str, harm: bool
) -> None:
    """Probe 23: „weil vor den Zug einer gesprungen ist“ (the writer waited on the platform) and „vom
    Tod des Hundes“ got the self-harm question or a crisis of the lists; the jump is in the model's
    exits too (a pet's death is not: „seit dem Tod des Hundes keinen Grund mehr zu leben“ is one
    sentence). The writer's own jump and a parent's death with no wish to live keep it."""
    assert any(f.self_harm for f in check_text(text, writer=writer)) is harm, text


@pytest.mark.parametrize(
    ("writer", "text", "harm"),
    [
        # the head reads „when I am gone, someone looks after the children“ as the warning sign it
        # often is (care for one's dependants arranged); with the absence's reason it stays quiet
        ("elb", "Wenn ich weg bin, passt meine Mutter auf die Kinder auf.", True),
        ("elb", "Wenn ich im Kurs bin, passt meine Mutter auf die Kinder auf.", False),
        ("elb", "Wenn ich auf Montage bin, passt meine Mutter auf die Kinder auf.", False),
        # the round's two exits of the model's hint, and the self-harm sentences beside them
        ("elb", "Ich weiß jetzt, welcher Baum im Park gefällt wird.", False),
        ("elb", "Ich weiß, an welchem Baum es passieren wird.", True),
        ("elb", "Der Pfarrer sagt, im Gebet begegnen wir Gott persönlich.", False),
        ("elb", "Der Pfarrer sagt, wir begegnen Gott persönlich, und ich will ihm bald begegnen.", True),
        ("elb", "Im Gebet bitte ich Gott, mich zu holen.", True),
        # the floor: the IFK's note the head alone would have given the question
        ("ifk", "Sucht über eine Suchmaschine nach Stellen.", False),
    ],
)
def test_the_twenty_sixth_rounds_head_asks_near_the_warning_signs_and_keeps_to_its_floor_and_exits(
    writer: str, text: str, harm: bool
) -> None:
    """The self-harm head (twenty-sixth round: shipped with its floor, ``HEAD_FLOOR``) raises sentences
    whose meaning is near a self-harm image; a felled tree and a teaching of one's faith said for all
    are exits of the model's hint, prayer for oneself is not."""
    assert any(f.self_harm for f in check_text(text, writer=writer)) is harm, text


@pytest.mark.parametrize(
    ("writer", "text", "harm"),
    [
        ("elb", "Her gece köprüden atlamayı düşünüyorum.", True),
        ("elb", "Köprüden geçerken manzara çok güzeldi.", False),
        ("elb", "Bu yaz balkondan atlayan kedi için veterinere gittik.", False),
        ("elb", "Farda az pol mipparam.", True),
        ("elb", "Zendegi baraye man tamam shod.", True),
        ("elb", "Kelas tamam shod, man emtehan dadam.", False),
        ("elb", "Man mikhaham bemiram.", True),
        ("ifk", "Nachbar meldet, Kd. habe einen Wasserschlauch an den Auspuff gesteckt.", True),
        ("ifk", "Kd. hat einen Gartenschlauch gekauft, der Auspuff am Auto muss repariert werden.", False),
        ("ifk", "Kd. hat sich nach dem Anruf mehrfach mit der Faust gegen den Kopf geschlagen.", True),
        ("ifk", "Er hat sich mit dem Kollegen geprügelt, der ihm ins Gesicht geschlagen hat.", False),
        ("elb", "Ich hab mir wieder Buchstaben in den Unterarm eingeritzt.", True),
        ("elb", "Ich hab meinen Namen in die Bank im Park eingeritzt, als ich 12 war.", False),
        ("ifk", "Kd. verweigert seit gestern Essen und Trinken.", True),
        ("elb", "Im Ramadan verweigern wir tagsüber Essen und Trinken, abends essen wir zusammen.", False),
    ],
)
def test_the_twenty_sixth_rounds_self_harm_families_and_their_twins(
    writer: str, text: str, harm: bool
) -> None:
    """Probe 25's self-harm families the round-26 guard missed (a jump from a bridge in Turkish and in
    Persian written in Latin letters, life „over“ in Persian, a hose of any kind on the exhaust, beating
    oneself, letters cut into the skin, food and drink refused) by the lists alone; their everyday
    twins (a bridge crossed, a cat that jumped, a hose for the garden, a fight, a name cut into a bench,
    the fast) get no self-harm flag."""
    _assert_self_harm_by_the_lists(text, writer, harm)


@pytest.mark.parametrize(
    ("writer", "text", "harm"),
    [
        ("elb", "Wenn das so weitergeht, trink ich den Unkrautvernichter aus dem Keller.", True),
        ("ifk", "Kd. berichtet, ihr Bruder wolle Rattengift schlucken, er habe es schon gekauft.", True),
        ("elb", "Der Unkrautvernichter steht im Keller, ich trink lieber einen Tee.", False),
        ("ifk", "Kd. arbeitet als Kammerjäger und trinkt in der Pause nichts, wegen dem Rattengift.", False),
        ("elb", "Wer kriegt eigentlich meinen Hund? Ich hab ja niemanden.", True),
        ("elb", "Wer nimmt meinen Hund, während ich in der Reha bin?", False),
        ("elb", "Wer bekommt meine Wohnung, wenn ich nach dem Umzug ausziehe?", False),
        ("ifk", "Kd. hatte den Gashahn in der Küche aufgedreht, Polizei und Notarzt vor Ort.", True),
        ("ifk", "Gasherd angelassen beim Kochen, Rauchmelder ging an, alles gut.", False),
        ("ifk", "Nachbarin meldet, Kd. sitze im Bad mit dem Einweggrill im Zimmer, Tür abgeschlossen.", True),
        ("elb", "Wir grillen am Wochenende im Garten, der Grill steht schon draußen.", False),
        ("elb", "Heit Nacht geh i in d'Isar, dann is a Ruah.", True),
        ("elb", "Im Sommer geh i in d'Isar zum Baden mit die Kinder.", False),
        ("elb", "Nu mai are rost. Iertați-mă.", True),
        ("elb", "Nu mai are rost să aștept autobuzul, merg pe jos.", False),
        ("elb", "Die Bewerbung ist fertig und mein Leben auch, glaub ich.", True),
        ("elb", "Die Bewerbung ist fertig und ich bin stolz auf mein Leben.", False),
        ("ifk", "TN sagt, sie hungere, ‚bis ich verschwinde‘. Hausärztin informiert.", True),
        ("ifk", "TN hungert nicht mehr, seit die Tafel liefert.", False),
        ("elb", "Ich hab die Schlaftabletten von Oma, die reichen für einen ewigen Schlaf.", True),
        ("elb", "Die neue Matratze ist super, da schläft man lang.", False),
        ("ifk", "Kd. isst kaum noch, ‚dann hört das alles bald auf‘, sagt er.", True),
        ("elb", "Ich zahle die Rechnung, dann hört das endlich auf mit den Mahnungen.", False),
        ("elb", "Ich bin doch eh überflüssig, für alle.", True),
        ("elb", "Ich bin in der Firma überflüssig geworden, die Stelle wurde gestrichen.", False),
        ("elb", "Żegnajcie na zawsze, dziękuję za wszystko.", True),
        ("elb", "Żegnaj, Berlin! Wracam do Krakowa na stałe, mam tam pracę.", False),
        ("ifk", "Kd. kündigt an, sie schlucke heute alles, was im Medizinschrank ist.", True),
        ("elb", "Ich nehme alles, was im Schrank ist, mit in die neue Wohnung.", False),
        ("ifk", "Kd. hat sich nach dem Streit mit einer Rasierklinge die Arme geritzt.", True),
        ("ifk", "Kd. hat sich am Unterarm immer wieder geschnitten, Narben sichtbar.", True),
        ("ifk", "Kd. hat sich als Koch immer wieder am Daumen geschnitten, jetzt Schnittschutz.", False),
        # exits are whole words: a diary, a team leader, „angelegt“ keep the flag
        ("ifk", "Im Tagebuch schreibt sie, sie trinke bald den Unkrautvernichter.", True),
        ("ifk", "Teamleiter meldet: Kd. wolle sich draußen hinlegen und einschlafen.", True),
        ("elb", "Ich hab mir einen Vorrat angelegt und trink das Rattengift heute.", True),
    ],
)
def test_the_twenty_seventh_rounds_self_harm_families_and_their_twins(
    writer: str, text: str, harm: bool
) -> None:
    """Probe 26's self-harm families the guard still missed (a poison drunk, „who gets my things“, gas
    turned on, a grill inside, the river, the Romanian „nu mai are rost“, „done, and my life too“,
    starving „to disappear“, tablets for „a long sleep“, not eating „so that it stops“, „überflüssig“,
    a Polish farewell forever, „everything in the cabinet“, cutting oneself) by the lists alone; their
    everyday twins (a pest controller, a stay in rehab, cooking, a barbecue, bathing in the river, a
    bus not worth waiting for, a post cut, a move home, a cook's cuts) get no self-harm flag."""
    _assert_self_harm_by_the_lists(text, writer, harm)


@pytest.mark.parametrize(
    ("writer", "text", "kinds"),
    [
        # an offer named by its group is a service, not a typing („Coaching Alleinerziehende“)
        ("ifk", "Kd. startet im Februar im Workshop Alleinerziehende beim Träger.", set()),
        ("ifk", "Anmeldung zum Coaching Alleinerziehende ist raus.", set()),
        ("ifk", "Kd. ist alleinerziehend und deshalb kaum vermittelbar.", {"typing"}),
        # a residence permit granted or extended is settled; one running out is a worry to refer
        ("elb", "Meine Aufenthaltserlaubnis wurde bis 2029 verlängert, endlich!", set()),
        ("ifk", "Kd. legt die neue Aufenthaltserlaubnis vor, Kopie zur Akte.", set()),
        ("elb", "Meine Aufenthaltserlaubnis läuft im März aus und ich hab Angst.", {"crisis"}),
        # debts passed on to a service or agreed with a lawyer are in hand; debts pressing are not
        ("elb", "Den Brief vom Inkasso hab ich an meine Schuldnerberaterin weitergeleitet.", set()),
        ("elb", "Die Gläubiger kriegen das Geld vom Auto, ist mit der Anwältin so besprochen.", set()),
        ("elb", "Ich hab Inkasso am Hals und weiß nicht weiter.", {"crisis"}),
        ("elb", "Die Gläubiger rufen jeden Tag an, ich mach nicht mehr auf.", {"crisis"}),
    ],
)
def test_the_twenty_seventh_rounds_settled_matters_get_no_hint_and_pressing_ones_do(
    writer: str, text: str, kinds: set[str]
) -> None:
    """Probe 26's fine sentences with a hint, as families: a coaching or workshop for a group, a
    residence permit extended, debts passed on to a service or agreed with a lawyer — each beside a
    twin where the matter presses, which keeps its hint."""
    found = {kind for f in check_text(text, writer=writer) for kind in f.kinds}
    assert kinds <= found if kinds else not found, (text, found)


@pytest.mark.parametrize(
    ("writer", "text", "harm"),
    [
        ("elb", "Вече не искам да живея така.", True),
        ("elb", "Не искам да живея в София, искам в Пловдив.", False),
        ("elb", "Вчера купил верёвку, всё готово.", True),
        ("elb", "Ubiću se, ne mogu više.", True),
        ("elb", "Nuk dua më të jetoj.", True),
        ("elb", "Ez ê xwe bikujim.", True),
        ("elb", "Waxaan rabaa inaan is dilo.", True),
        ("elb", "Tôi thật sự không muốn sống nữa.", True),
        ("elb", "Tôi không muốn sống ở Berlin, tôi muốn ở Hamburg.", False),
        ("elb", "wallah bde e2tol 7ali", True),
        ("elb", "ana wa2ef 3al jeser w bfakker erme 7ali men fo2", True),
        ("elb", "يا رب خذني عندك", True),
        ("elb", "مرگ برای من بهتر از این زندگی است", True),
        ("elb", "Bazen kendime zarar veriyorum.", True),
        ("elb", "Ölmek için ilaç biriktirdim.", True),
        ("elb", "J'ai déjà écrit ma lettre d'adieu.", True),
        ("elb", "I du mer was an, i ko nimmer.", True),
        ("elb", "Ich hab die Nase voll vom Leben.", True),
        ("elb", "Ich hab die Nase voll vom Lernen, ich will arbeiten.", False),
        ("ifk", "Kd. möchte vorher noch alles ordentlich hinterlassen, Testament geschrieben.", True),
        ("ifk", "Kd. will die Wohnung beim Auszug ordentlich hinterlassen, Übergabe am 30.", False),
        ("ifk", "Kd. sagt, sie wolle sich draußen hinlegen und einfach einschlafen.", True),
        ("ifk", "TN hungert seit Wochen, um zu verschwinden.", True),
        ("ifk", "Kd. fragte, wie viel Insulin man braucht, um friedlich einzuschlafen.", True),
        ("ifk", "Kd. fragt, ob man über das Geländer der Brücke gut rüberkommt.", True),
        ("ifk", "Kd. ist Dachdecker und fragt, ob er mit der Leiter über die Dachrinne rüberkommt.", False),
    ],
)
def test_the_twenty_seventh_rounds_second_net_and_its_twins(writer: str, text: str, harm: bool) -> None:
    """Probe 27's self-harm sentences the round's guard missed, as families: the plainest words in
    Bulgarian, Russian, Serbian, Albanian, Kurmanji, Somali, Vietnamese, Arabic, Persian, Turkish,
    French and in German dialect; everything left „in order“, lying down outside to fall asleep,
    starving „to disappear“, the amount of insulin, a railing one „gets over“. Everyday twins (a city
    one does not want to live in, a flat handed over, being fed up with learning, a roofer's ladder)
    get no self-harm flag; the lists alone give it."""
    _assert_self_harm_by_the_lists(text, writer, harm)


@pytest.mark.parametrize(
    ("writer", "text", "harm"),
    [
        ("elb", "Nem akarok már élni.", True),
        ("elb", "Nem akarok Budapesten élni.", False),
        ("elb", "ሕጂ ክነብር ኣይደልን።", True),
        ("elb", "ኣብ በርሊን ክነብር ኣይደልን።", False),
        ("elb", "Δεν θέλω πια να ζω.", True),
        ("elb", "Δεν θέλω να ζω στην Αθήνα.", False),
        ("elb", "Non voglio più vivere così.", True),
        ("elb", "غواړم ځان ووژنم.", True),
        ("elb", "دیگه نمی\u200cخوام زنده بمونم.", True),
        ("elb", "Hoću da se ubijem.", True),
        ("elb", "Я режу себя по ночам.", True),
        ("elb", "Я режу овощи на кухне.", False),
        ("elb", "Znowu się pocięłam.", True),
        ("elb", "Pocięłam materiał na zasłony.", False),
        ("elb", "M-am tăiat din nou.", True),
        ("elb", "M-am tăiat la deget.", False),
        ("elb", "Me corté las venas.", True),
        ("elb", "Me corté el pelo ayer.", False),
        ("elb", "Ще скоча от покрива.", True),
        ("elb", "Yaşamanın hiçbir anlamı yok.", True),
        ("elb", "Написала прощальну записку.", True),
        ("elb", "J'ai gardé des cachets pour en finir.", True),
        ("elb", "Des médicaments pour en finir avec la douleur du dos.", False),
        ("elb", "honestly gonna kms", True),
        ("elb", "drove 50 kms today to the interview", False),
        ("elb", "Ich will mich umbrngen", True),
        ("elb", "Sie hungert sich zu Tode.", True),
        ("elb", "Ich hab Hunger, gibt es hier einen Automaten?", False),
        ("ifk", "Hat sich selbst Brandwunden zugefügt.", True),
        ("ifk", "Hat sich bei der Arbeit Schnittwunden zugezogen.", False),
        ("ifk", "Zustand nach Erhängungsversuch im Frühjahr.", True),
        ("ifk", "Kd. will „den Löffel abgeben“.", True),
        ("elb", "Mein Opa hat letztes Jahr den Löffel abgegeben.", False),
        ("elb", "ma 3ad biddi 3ish", True),
        ("elb", "bade ente7er", True),
        ("elb", "ana rayi7 men el donya", True),
        ("elb", "الكل أحسن بدوني", True),
        ("elb", "جرحت نفسي", True),
        ("elb", "Tôi muốn tự tử.", True),
        ("elb", "Tôi muốn từ từ học tiếng Đức.", False),
        ("elb", "Я собрала таблетки и выпью все.", True),
    ],
)
def test_the_twenty_eighth_rounds_net_and_its_twins(writer: str, text: str, harm: bool) -> None:
    """Probe 28's self-harm sentences the guard missed were again mostly the plainest words in a
    language the lists knew too narrowly: the core forms („I don't want to live any more / I want to
    kill myself“) in Hungarian, Tigrinya, Greek, Pashto, Persian, Serbian, Russian, Polish, Romanian,
    Spanish, Bulgarian, Turkish, Ukrainian, French, Vietnamese, Levantine Arabic (Latin letters and
    script), English slang; „umbringen“ mistyped, starving oneself to death, wounds inflicted on oneself,
    an attempt at hanging, „den Löffel abgeben“ of one's own will. Everyday twins (a city one does not
    want to live in, vegetables or cloth cut, a haircut, kilometres driven, „slowly“ in Vietnamese, a
    grandfather who died) get no self-harm flag; the lists alone give it."""
    _assert_self_harm_by_the_lists(text, writer, harm)


@pytest.mark.parametrize(
    ("writer", "text", "harm"),
    [
        ("elb", "Der Glaube gibt mir Kraft, jeden Sonntag geh ich in die Kirche.", False),
        ("elb", "Mein verstorbener Vater passt von oben auf mich auf.", False),
        ("elb", "Am Todestag meiner Mutter zünde ich eine Kerze an, das tröstet mich.", False),
        ("elb", "Ich bete jeden Abend, das hilft mir.", False),
        ("elb", "Meine Schwester ist im Himmel, das weiß ich, und sie ist stolz auf mich.", False),
        ("elb", "Ich bete jeden Abend, dass Gott mich holt.", True),
        ("elb", "Ich will zu meiner Mutter in den Himmel.", True),
        ("elb", "Am Grab denke ich jeden Tag, ich will zu ihm.", True),
        ("elb", "Ich bete, dass ich nicht mehr aufwache.", True),
        ("elb", "Jeden Sonntag am Grab denke ich, bald bin ich bei dir, Mama.", True),
        # „hält mich“ is faith only where faith holds: a beam that will bear one's weight is no comfort
        ("ifk", "Kd. sagte beim Gehen: ‚Der Balken in der Scheune hält mich noch aus.‘", True),
        ("elb", "Der Glaube hält mich, jeden Tag.", False),
        # (2) probe 29: the same in the eLb's languages, guarded by the same wish to follow
        ("elb", "Mi madre murió el año pasado, rezo por ella y eso me da paz.", False),
        ("elb", "My faith keeps me going, church every Sunday.", False),
        ("elb", "Tata zmarł, ale trzymam się.", False),
        ("elb", "Hab die Zeit totgeschlagen mit Sudoku.", False),
        ("elb", "My faith keeps me going, but I want to die.", True),
    ],
)
def test_the_twenty_eighth_rounds_faith_and_grief_keep_the_wish_to_follow(
    writer: str, text: str, harm: bool
) -> None:
    """Probe 28: the eLb's grief and faith („Gott gibt mir Kraft“, „Oma ist im Himmel, das tröstet
    mich“) were read by the model as thoughts of self-harm, and the crisis line came under a prayer.
    Faith, prayer, a grave visited, a dead parent who gives strength or watches over are an exit of the
    model's hint — never where the sentence wishes to follow, to be taken or not to wake up."""
    assert any(f.self_harm for f in check_text(text, writer=writer)) is harm, text


@pytest.mark.parametrize(
    ("writer", "text", "crisis"),
    [
        ("elb", "Seit der Entgiftung bin ich klar im Kopf.", False),
        ("elb", "Seit der Entgiftung trinke ich wieder jeden Tag.", True),
        ("elb", "Hab aufgehört zu kiffen.", False),
        ("elb", "Hab aufgehört zu kiffen, aber jetzt wieder angefangen.", True),
        ("elb", "Ich geh montags zu den Anonymen Alkoholikern.", False),
        ("elb", "Trotz der Anonymen Alkoholiker hatte ich wieder einen Rückfall.", True),
        ("elb", "Mein Mann ist aus der U-Haft raus und arbeitet wieder.", False),
        ("elb", "Mein Mann ist seit gestern in U-Haft.", True),
        ("elb", "Das Kontaktverbot gilt, ich fühle mich jetzt sicher.", False),
        ("elb", "Er hält sich nicht an das Kontaktverbot.", True),
        ("elb", "Die Stromsperre ist aufgehoben, danke.", False),
        ("elb", "Morgen kommt die Stromsperre.", True),
        ("elb", "Die Räumungsklage wurde zurückgenommen.", False),
        ("elb", "Die Räumungsklage ist da, ich muss raus.", True),
        ("elb", "Meine Kinder sind wieder bei mir, das Jugendamt hat die Hilfe beendet.", False),
        ("elb", "Me muero de risa con mi hija.", False),
        ("elb", "Ich lieb meinen Hund zu Tode.", False),
        ("elb", "Die Tabletten nehm ich so, wie der Arzt es sagt.", False),
        ("elb", "Ich schneide gern Haare, Friseurin wäre mein Traum.", False),
        ("elb", "Kein Bock mehr auf diesen Drucker, der geht nie.", False),
        ("elb", "Ich hab Schluss gemacht mit meinem Freund, ist besser so.", False),
        ("elb", "Ich hab Hunger bis zum Umfallen, Zuckerfest ist bald.", False),
        ("elb", "Im Film springt die Heldin von der Brücke ins Wasser.", False),
        ("elb", "Im Ramadan hab ich Hunger bis zum Abend.", False),
        ("elb", "Meine Kinder sind wieder bei mir, das Jugendamt ist raus.", False),
        ("elb", "Seit der Therapie bin ich stabil.", False),
        ("elb", "Hab aufgehört zu trinken, seit einem Jahr.", False),
    ],
)
def test_the_twenty_eighth_rounds_recovery_and_settled_matters(writer: str, text: str, crisis: bool) -> None:
    """Probe 28: recovery and settled matters in the eLb's own words got a crisis hint — since a detox,
    a habit stopped, a self-help group, out of custody and at work, safe under a protection order, a
    power cut or an eviction called off, children back home, hungry while fasting, a joke, a film, a
    haircut, a medicine taken as the doctor says. Each beside a twin where the matter presses now."""
    assert any("crisis" in f.kinds for f in check_text(text, writer=writer)) is crisis, text


@pytest.mark.parametrize(
    ("writer", "text", "harm"),
    [
        ("elb", "Ես մտածում եմ ինքնասպանության մասին։", True),
        ("elb", "Չեմ ուզում ապրել։", True),
        ("elb", "აღარ მინდა სიცოცხლე.", True),
        ("elb", "მინდა თავი მოვიკლა.", True),
        ("elb", "መኖር አልፈልግም።", True),
        ("elb", "ራሴን ማጥፋት እፈልጋለሁ።", True),
        ("elb", "ئیتر نامەوێت بژیم.", True),
        ("elb", "میں اب جینا نہیں چاہتی۔", True),
        ("elb", "sochta hoon sab khatam kar doon, khud ko bhi", True),
        ("elb", "mikham khodamo bekosham", True),
        ("elb", "کاش بمیرم", True),
        ("elb", "جرحت حالي مرة تانية", True),
        ("elb", "لو مت بيرتاح كل الناس", True),
        ("elb", "بدي انهي حياتي", True),
        ("elb", "wallah bade mout", True),
        ("elb", "J'ai envie de me foutre en l'air.", True),
        ("elb", "J'ai envie d'en finir avec ces papiers.", False),
        ("elb", "J'ai envie d'en finir.", True),
        ("elb", "Je pense à me jeter sous un train.", True),
        ("elb", "Voglio farla finita.", True),
        ("elb", "Voglio smettere di fumare, farla finita con le sigarette.", False),
        ("elb", "Végezni akarok magammal.", True),
        ("elb", "Znowu się pociąłem.", True),
        ("elb", "Chcę skoczyć z mostu.", True),
        ("elb", "Skočiću s mosta.", True),
        ("elb", "Ще се обеся.", True),
        ("elb", "Ez dixwazim xwe ji avahiyê bavêjim.", True),
        ("elb", "Хочу выпилиться.", True),
        ("ifk", "Kd. will vom Dach des Parkhauses springen.", True),
        ("ifk", "Kd. will im Freibad vom Sprungturm springen, macht Schwimmkurs.", False),
        ("ifk", "TN hat einen Gürtel an der Heizung befestigt, Mitbewohner hat eingegriffen.", True),
        ("ifk", "TN hat als Elektriker Kabel an der Heizung befestigt.", False),
        ("ifk", "Kundin zeigte ein Seil und sagte, das sei für heute Abend.", True),
        ("elb", "Seil für heute Abend: Kletterhalle mit meinem Sohn.", False),
    ],
)
def test_the_twenty_eighth_rounds_second_net_and_its_twins(writer: str, text: str, harm: bool) -> None:
    """Probe 29 (blind, measured before and after the round's first part): its self-harm sentences
    still without the flag were the plainest words of a language — Armenian, Georgian, Amharic, Sorani,
    Urdu, Persian, Levantine Arabic, French, Italian, Hungarian, Polish, Serbian, Bulgarian, Kurmanji,
    Russian slang — and, in the IFK's notes, a jump wished from a roof, a strap fastened with someone
    stepping in, a rope „for tonight“. Twins (done with paperwork or cigarettes, a diving tower, an
    electrician's cable, a climbing rope) get no self-harm flag; the lists alone give it."""
    _assert_self_harm_by_the_lists(text, writer, harm)


@pytest.mark.parametrize(
    ("writer", "text", "harm"),
    [
        ("elb", "main jeena nahi chahta", True),
        ("elb", "ab jeena nahi chahti hoon.", True),
        ("elb", "main yahan jeena nahi chahti, is shahar mein", False),
        ("elb", "मैं अब जीना नहीं चाहता", True),
        ("elb", "मैं इस शहर में जीना नहीं चाहता, कहीं और जाना है", False),
        ("elb", "我真的不想活了", True),
        ("elb", "我想自杀", True),
        ("elb", "我想死你了，妈妈", False),
        ("elb", "我想学德语，找工作", False),
        ("elb", "elle se scarifie depuis des mois", True),
        ("elb", "je veux en finir", True),
        ("elb", "je vais en finir vite avec les formulaires", False),
        ("elb", "na ghwaram che zhwandi osam", True),
        ("elb", "ghwaram che pa germany ke kar okram", False),
        ("elb", "bir daha uyanmak istemiyorum", True),
        ("elb", "sabah erken uyanmak istemiyorum, gece çalışmak istiyorum", False),
        ("elb", "kendimi kesiyorum, kimse bilmiyor", True),
        ("elb", "mutfakta kendimi kestim biraz, önemli değil", False),
        ("elb", "Galvoju apie savižudybę", True),
        ("elb", "ئەمەوێت خۆم بکوژم", True),
        ("elb", "عايزة اموت نفسي", True),
        ("elb", "ابغى اموت", True),
        ("elb", "بدي موت من الضحك", False),
        ("elb", "بدي موت من الجوع، وين الأكل", False),
        ("elb", "بدي موتور جديد للسيارة", False),
        ("elb", "رح انتحر", True),
        ("elb", "جمعت الحبوب كلها", True),
        ("elb", "جمعت حبوب القمح مع ابي في القرية", False),
        ("elb", "jma3t 7boob ktir", True),
        ("elb", "عطيت كل اغراضي لاخي، ما رح احتاجها", True),
        ("elb", "عطيت اغراضي لاخي لانه بيت جديد", False),
        ("elb", "ما بدي فيق", True),
        ("elb", "ما بدي فيق بكير بكرا", False),
        ("elb", "مش عايز اصحى تاني", True),
        ("elb", "مش عايز اصحى الساعة ستة", False),
        ("elb", "قطعت ايدي بالشفرة", True),
        ("elb", "جرحت ايدي وانا بطبخ", False),
        ("elb", "wallah ghadi nqtel rasi", True),
        ("elb", "sprygnu s kryshi", True),
        ("elb", "выпрыгну из окна", True),
        ("elb", "выскочу из дома через минуту", False),
        ("elb", "всем будет лучше без меня", True),
        ("elb", "всем будет лучше без шума", False),
        ("elb", "wszystkim byłoby lepiej bez mnie", True),
        ("elb", "všichni by bylo líp beze mě", True),
        ("elb", "hame bedoone man rahat tar hastan", True),
        ("elb", "همه بدون من راحت\u200cترند", True),
        ("elb", "я зібрав таблетки, вистачить", True),
        ("elb", "я зібрала таблетки для бабусі в аптеці", False),
        ("elb", "قرص\u200cها را جمع کرده\u200cام.", True),
        ("elb", "قرص\u200cها را جمع کرده\u200cام که به داروخانه برگردانم", False),
        ("elb", "chtěla jsem se zabít", True),
        ("elb", "nechci už žít", True),
        ("elb", "ነፍሰይ ክቐትላ ሓሲበ", True),
        ("elb", "ራሴን እገድላለሁ", True),
        ("elb", "nimechoka, nataka kujiua", True),
        ("elb", "nataka kujifunza kijerumani", False),
        ("elb", "namewe bjim", True),
        ("ifk", "TN isst seit Tagen nichts, um zu sterben, lt. Schwester.", True),
        ("ifk", "Kd. nimmt Insulin nicht mehr, um zu sterben.", True),
        ("ifk", "Opa kam ins Hospiz, um dort in Ruhe zu sterben.", False),
        ("elb", "niemand würde mich vermissen", True),
        ("elb", "keiner würde mich vermissen wenn ich weg bin", True),
        ("elb", "i want to just fade away", True),
        ("elb", "stopped eating so i can disappear", True),
        ("elb", "the music slowly fades away at the end", False),
        ("elb", "i stopped eating meat so i can save money", False),
    ],
)
def test_the_twenty_ninth_rounds_net_and_its_twins(writer: str, text: str, harm: bool) -> None:
    """Probe 30 (blind, measured once before the round): its 33 self-harm sentences without the flag
    were the plainest words of a language — Hindi and Urdu, Chinese, French, Pashto, Turkish,
    Lithuanian, Sorani, Egyptian, Levantine and Moroccan Arabic, Russian, Ukrainian, Polish, Czech,
    Persian, Tigrinya, Amharic, Swahili — and, in the IFK's notes, food or insulin refused „um zu
    sterben“. Twins (to live here, „I miss you so much“, done with a file, not to wake early, dying of
    laughter, grains harvested, a new flat, pills for the pharmacy, a hospice) get no self-harm flag;
    the lists alone give it."""
    _assert_self_harm_by_the_lists(text, writer, harm)


@pytest.mark.parametrize(
    ("writer", "text", "harm"),
    [
        ("elb", "I want to work as a forklift driver", False),
        ("elb", "I want to work as a forklift driver but honestly I just want to die", True),
        ("elb", "kuaför olmak istiyorum, saç kesmeyi seviyorum", False),
        ("elb", "I worked at a pharmacy, sorting pills and stock", False),
        ("elb", "I worked at a pharmacy and I saved up pills for myself", True),
        ("elb", "I pray every night, God has a plan for me", False),
        ("elb", "I pray every night that God takes me", True),
        ("elb", "I pray every night that I don't wake up", True),
        ("elb", "almancam kötü ama öğreniyorum", False),
        ("elb", "я чуть не умер со смеху", False),
        ("elb", "meine katze hat mich gekratzt deshalb die kratzer am arm", False),
        ("elb", "die kratzer am arm hab ich mir selbst gemacht", True),
        ("elb", "das spiel heißt dead by daylight, spiel ich mit meinem bruder", False),
        ("elb", "I finished therapy last spring, feeling much better now", False),
        ("elb", "I finished therapy but I still want to end it", True),
        ("elb", "ich hab ein seil gekauft für den umzug, um den schrank festzumachen", False),
        ("elb", "ich hab ein seil gekauft für den umzug, aber eigentlich für mich", True),
        ("elb", "ich hab ein seil gekauft und weiß schon wo", True),
        ("elb", "Ich habe meine alten Sachen verschenkt, weil die neue Wohnung kleiner ist.", False),
        ("elb", "ich hab meine sachen verschenkt, brauch sie eh nicht mehr", True),
        ("elb", "ich hab tabletten gesammelt für die spendenaktion in der moschee", False),
        ("elb", "ich hab tabletten gesammelt, genug für alles", True),
        ("elb", "ich hab schluss mit drogen, seit 14 monaten", False),
        ("ifk", "Lebenslauf aktualisiert, Lücke 2019 erläutert (Elternzeit).", False),
        ("elb", "this job would be to die for, but honestly i want to die", True),
    ],
)
def test_the_twenty_ninth_rounds_exits_keep_their_pressing_twins(writer: str, text: str, harm: bool) -> None:
    """Probe 30's fine sentences with a self-harm hint: a job wished or done, German being learnt,
    prayer and hope, laughing „to death“, a cat's scratches, a game's name, a therapy finished; a rope
    bought for the move, things given away for a smaller flat, pills gathered for a donation. Each
    exit beside a twin that speaks of dying, waking, oneself or „for me“ and keeps the flag."""
    assert any(f.self_harm for f in check_text(text, writer=writer)) is harm, text


def test_the_twenty_ninth_rounds_settled_habit_and_explained_gap_get_no_hint() -> None:
    """Probe 30: „schluss mit drogen, seit 14 monaten“ got a crisis hint, a CV gap „erläutert“ a
    deficit hint; a relapse and a gap not explained keep theirs."""
    assert check_text("ich hab schluss mit drogen, seit 14 monaten", writer="elb") == []
    assert check_text("ich hab schluss mit drogen seit 2 monaten, aber wieder rückfall", writer="elb")
    assert check_text("Lebenslauf aktualisiert, Lücke 2019 erläutert (Elternzeit).") == []
    assert [f.kind for f in check_text("Lücke im Lebenslauf, kaum Berufserfahrung.")][:1] == ["deficit"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kd. ist lesbisch, lebt mit Partnerin.", "profiling"),
        ("TN hat sich letzte Woche geoutet.", "profiling"),
        ("Kd. gehört zu den Querdenkern.", "profiling"),
        ("Kd. wählt die AfD, sagt er offen.", "profiling"),
        ("TN ist aktiv bei den Grünen.", "profiling"),
        ("Kd. geht freitags regelmäßig in die Moschee.", "profiling"),
        ("Kd. wurde im Iran gefoltert.", "profiling"),
        ("Kd. kommt aus dem Maßregelvollzug.", "profiling"),
        ("Kd. hat Hämorrhoiden.", "profiling"),
        ("Kd. hat Albträume vom Krieg.", "profiling"),
        ("TN ist völlig verplant.", "deficit"),
        ("Kd. rafft es einfach nicht.", "deficit"),
        ("Kd. ist nirgends zu gebrauchen.", "deficit"),
        ("Kd. ist ein Pflegefall.", "deficit"),
        ("Kd. hat keine Manieren.", "judging"),
        ("Total unsympathische Person.", "judging"),
        ("TN sucht sich immer die Opferrolle.", "judging"),
        ("Kd. erzählt Lügen über den AG.", "judging"),
        ("An ihrer Stelle würde ich die Wohnung kündigen.", "judging"),
        ("Zu dick für den Einzelhandel.", "judging"),
        ("Typischer Südländer, laut und unpünktlich.", "typing"),
        ("Rentnertyp, sitzt die Zeit ab.", "typing"),
        ("Afrikanerin, daher entspannt mit Zeiten.", "typing"),
        ("Kd. ist eine Frau, daher kein Lager.", "typing"),
        ("Ab 60 kaum noch vermittelbar.", "typing"),
        ("Kd. fürchtet Ehrenmord durch den Bruder.", "crisis"),
        ("Kd. wird am Arbeitsplatz sexuell belästigt.", "crisis"),
        ("Kd. wird von Schleusern erpresst.", "crisis"),
    ],
)
def test_the_twenty_ninth_rounds_words_of_the_ifk(text: str, kind: str) -> None:
    """Probe 30's IFK notes the lists had no word for: sexuality, politics and faith practised, torture,
    forensic psychiatry, health details, deficit talk, verdicts, typing by origin, sex, age or a
    „type“, honour violence, harassment and extortion — each in words of its family the probe did not
    use."""
    assert kind in {k for f in check_text(text) for k in f.kinds}, text
    assert check_text(text, writer="elb") == [] or kind == "crisis"  # the eLb's own words keep no verdict


@pytest.mark.parametrize(
    "text",
    [
        "Kd. arbeitet im Lager, Schicht ab 6 Uhr, kein Problem.",
        "Kd. hat Bewerbung bei der Gewerkschaft ver.di als Bürokraft abgegeben.",
        "Kd. macht Praktikum bei der Kirche als Hausmeister.",
        "Es hat ihn nach Berlin verschlagen, jetzt sucht er dort Arbeit.",
        "Kd. kleidet sich für das Vorstellungsgespräch passend.",
        "Kd. ist gut zu gebrauchen im Team, sagt der Betrieb.",
        "Kd. hat die Grünen Tonnen im Hof gereinigt, AGH.",
        "Die Linke Hand ist nach dem Unfall wieder frei beweglich.",
        "Kd. erzählt gern Geschichten, möchte Kita-Helferin werden.",
        "Kd. ist mit 58 noch fit und will in die Logistik.",
        "Kd. kapiert schnell, Einarbeitung in zwei Tagen.",
        "Kd. kennt keine Angst vor Kunden, ideal für Verkauf.",
    ],
)
def test_the_twenty_ninth_rounds_words_leave_their_twins_alone(text: str) -> None:
    """The same words in an everyday note: a union or a church as an employer, „verschlagen“ as
    ending up somewhere, green bins, a left hand, stories told to children, fit at 58."""
    assert check_text(text) == [], text


@pytest.mark.parametrize(
    ("writer", "text", "harm"),
    [
        ("elb", "정말 죽고 싶다", True),
        ("elb", "자살 생각을 해요", True),
        ("elb", "ilaçları biriktiriyorum", True),
        ("elb", "bileğimi kestim yine", True),
        ("elb", "mutfakta parmağımı kestim", False),
        ("elb", "herkes bensiz daha mutlu olur", True),
        ("elb", "j'ai écrit une lettre d'adieu", True),
        ("elb", "ina so in kashe kaina", True),
        ("elb", "nechcem už žiť", True),
        ("elb", "nechcem žiť v meste, radšej na dedine", False),
        ("elb", "negribu dzīvot", True),
        ("elb", "ما بدي عيش بعد", True),
        ("elb", "ما بدي عيش هون، بدي روح على برلين", False),
        ("elb", "mabghitch n3ich", True),
        ("elb", "mabghitch n3ich f had lmdina", False),
        ("elb", "msh 3ayza a3eesh", True),
        ("elb", "mesh 3ayez a3eesh hena", False),
        ("elb", "3ayez amawet nafsi", True),
        ("elb", "ana bdi 2ente7er", True),
        ("elb", "الشهر الجاي ما رح كون موجود", True),
        ("elb", "الشهر الجاي ما رح كون موجود، مسافر لبلدي", False),
        ("elb", "ฉันอยากตาย", True),
        ("elb", "ami ar bachte chai na", True),
        ("elb", "ghorsaro jam kardam", True),
        ("elb", "nemikhaham zende bashom", True),
        ("elb", "namawet bjim", True),
        ("elb", "am strâns medicamente", True),
        ("elb", "am strâns bani pentru vacanță", False),
        ("elb", "mo fẹ́ pa ara mi", True),
        ("elb", "я собрала таблетки.", True),
        ("elb", "я собрала таблетки для бабушки в аптеке", False),
        ("elb", "aku mau bunuh diri", True),
        ("elb", "jag orkar inte leva längre", True),
        ("elb", "gusto ko nang mamatay, ayoko nang mabuhay", True),
        ("elb", "gonna kms fr", True),
        ("elb", "drove 300 kms today", False),
        ("elb", "I bought a rope.", True),
        ("elb", "I bought a rope for the climbing gym", False),
        ("elb", "i stopped eating so it ends sooner", True),
        ("elb", "ich will mich killen", True),
        ("elb", "mein chef wird mich killen wenn ich zu spät komm", False),
        ("ifk", "Kd. hat den Gashahn aufgedreht, Nachbarin hat es gerochen.", True),
        ("ifk", "SV-Gedanken geäußert, Krisendienst informiert.", True),
        ("ifk", "TN hat sich am Wochenende Schnitte zugefügt.", True),
        ("ifk", "Kd. nimmt Tabletten nicht mehr, „eh alles egal“.", True),
        ("ifk", "Kd. ist die Farbe des Schreibtischs egal.", False),
        ("elb", "ik lag dood van het lachen", False),
        ("elb", "me morí de risa con el video", False),
        ("elb", "this job would be to die for", False),
        ("elb", "mein leben ist gut gerade, endlich", False),
        ("elb", "ich schlag mich durch, aber es wird besser, danke für die hilfe", False),
        ("elb", "My dad died, but I feel him with me when I work in his garden", False),
        ("elb", "ana 3ayz agib hebl w sellim lel shoghl 3ashan ana naqqash", False),
    ],
)
def test_the_twenty_ninth_rounds_second_net_and_its_twins(writer: str, text: str, harm: bool) -> None:
    """Probe 31 (blind, measured once before and once after the round's first part): its self-harm
    sentences still without the flag were the plainest words of a language — Korean and Thai (as the
    guard folds them), Turkish, French, Oromo, Hausa, Slovak, Latvian, Levantine, Moroccan, Egyptian
    and Iraqi Arabic, Bengali, Persian, Dari, Sorani, Somali, Romanian, Yoruba, Russian, Indonesian,
    Swedish, Tigrinya, Tagalog, English and German slang — and, in the IFK's notes, a gas tap opened,
    „SV-Gedanken“, cuts inflicted on oneself, medicine stopped because „it doesn't matter“. Twins (to
    live elsewhere, away next month on a journey, money saved, kilometres driven, a climbing rope, a
    boss who will „kill“ someone) get no self-harm flag; the lists alone give it; laughing oneself „to
    death“ in Dutch and Spanish, a job „to die for“, a life that is good now get no hint of the model."""
    _assert_self_harm_by_the_lists(text, writer, harm)


@pytest.mark.parametrize(
    ("writer", "text", "harm"),
    [
        # the thirtieth round's net: core forms of each language, in words probe 32 did not use
        ("elb", "nalingaka kokufa", True),
        ("elb", "nazali na makanisi ya komiboma", True),
        ("elb", "sitaki kuishi tena, nimechoka", True),
        ("elb", "sitaki kuishi hapa, nataka kuhamia Berlin", False),
        ("elb", "natamani kufa", True),
        ("elb", "nataka kufa kwa kicheko", False),
        ("elb", "premýšľam o samovražde", True),
        ("elb", "chtěla bych umřít", True),
        ("elb", "chcę już umrzeć", True),
        ("elb", "želim da umrem", True),
        ("elb", "dafa begg dee", True),
        ("elb", "bëgguma dund", True),
        ("elb", "bëgguma dund fi, dama bëgg dem Berlin", False),
        ("elb", "aku nggak mau hidup lagi", True),
        ("elb", "pengen mati", True),
        ("elb", "pengen mati ketawa liat video itu", False),
        ("elb", "gribētu nomirt", True),
        ("elb", "norėčiau mirti", True),
        ("elb", "nebenoriu gyventi čia, noriu į Berlyną", False),
        ("elb", "jeene ka dil nahi karta", True),
        ("elb", "main marna chahti hoon", True),
        ("elb", "main marna nahi chahta, main kaam chahta hoon", False),
        ("elb", "मैं मरना चाहती हूँ", True),
        ("elb", "bensiz ailem daha rahat eder", True),
        ("elb", "hayatıma son vermek istiyorum", True),
        ("elb", "ma baddi 3eesh", True),
        ("elb", "ma baddi 3ish hon, baddi ru7 3ala Hamburg", False),
        ("elb", "bfakker bel ente7ar", True),
        ("elb", "baddi mout", True),
        ("elb", "3ayz amot men el da7k", False),
        ("elb", "살기 싫어요", True),
        ("elb", "我真的想死", True),
        ("elb", "我想死你了", False),
        ("elb", "生きていたくない", True),
        ("elb", "ինքնասպանության մասին եմ մտածում", True),
        ("elb", "თვითმკვლელობა მინდა", True),
        ("elb", "ina so na mutu", True),
        ("elb", "mo fẹ́ kú fún ẹ̀rín", False),
        ("elb", "mi vorrei uccidere", True),
        ("elb", "mi voglio ammazzare di lavoro questa settimana", False),
        ("elb", "me voy a suicidar", True),
        ("elb", "me voy a matar estudiando para el examen", False),
        ("elb", "quero me matar", True),
        ("elb", "vou morrer de rir", False),
        ("elb", "знову порізав себе", True),
        ("elb", "jeg vil ikke leve mere", True),
        ("elb", "jag vill dö av skratt", False),
        ("elb", "em muốn chết", True),
        ("elb", "gusto ko nang magpakamatay", True),
    ],
)
def test_the_thirtieth_rounds_net_and_its_twins(writer: str, text: str, harm: bool) -> None:
    """Probe 32 (blind, measured once on main before the round): its 50 self-harm sentences without
    the flag were the plainest words of some thirty languages. The round's net writes each language's
    core forms, not the probe's sentence — here in words the probe did not use —, and the twins
    (living elsewhere, dying of laughter, killing oneself with work or study, „想死你“) get no flag."""
    _assert_self_harm_by_the_lists(text, writer, harm)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("moj muž me bije", "gewalt"),
        ("mój partner mnie bije", "gewalt"),
        ("丈夫经常打我", "gewalt"),
        ("partenerul meu mă lovește", "gewalt"),
        ("mon copain me frappe", "gewalt"),
        ("mi pareja me golpea", "gewalt"),
        ("мой муж меня бьёт", "gewalt"),
        ("hij slaat mij", "gewalt"),
        ("sevgilim beni dövüyor", "gewalt"),
        ("my boyfriend hits me", "gewalt"),
        ("нас виселяють з квартири", "wohnen"),
        ("on m'expulse du logement", "wohnen"),
        ("طردوني من الشقة", "wohnen"),
        ("отключили свет", "schulden"),
        ("ni s-a oprit gazul", "schulden"),
        ("doğalgazımız kesildi, ev buz gibi", "schulden"),
    ],
)
def test_the_thirtieth_rounds_other_crises_in_the_elbs_words(text: str, topic: str) -> None:
    """Probe 32's crises in the eLb's own words the lists had no word for: a partner who beats, an
    eviction, the power or gas cut off — in words the probe did not use; never the self-harm line."""
    found = check_text(text, writer="elb")
    assert topic in {f.topic for f in found if f.kind == "crisis"}, text
    assert not any(f.self_harm for f in found), text


@pytest.mark.parametrize(
    "text",
    [
        "il me frappe à la porte chaque matin, c'est mon voisin",
        "elektrik kesintisi 5 dakika sürdü, sonra geldi",
        "Kd. hat einen Schlafplatz bei der Schwester gefunden.",
        "mon mari me tape sur les nerfs avec son foot",
    ],
)
def test_the_thirtieth_rounds_other_crises_leave_their_twins_alone(text: str) -> None:
    """A knock on the door, a short power cut, a bed found, a husband who gets on one's nerves."""
    found = check_text(text, writer="elb")
    assert not any(f.kind == "crisis" and f.topic in {"gewalt", "wohnen", "schulden"} for f in found), text


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        # core forms written down before they were looked up (about 190 in some sixty languages): the
        # ones without a word of the lists, and their twins
        ("haluan kuolla", True),
        ("haluan kuolla nauruun", False),
        ("en halua enää elää", True),
        ("en halua elää Helsingissä", False),
        ("ajattelen itsemurhaa", True),
        ("ma ei taha enam elada", True),
        ("jeg vil ta mitt eget liv", True),
        ("jeg vil tage mit eget liv", True),
        ("hočem umreti", True),
        ("ne želim več živeti", True),
        ("ne želim živeti v Ljubljani", False),
        ("δεν θέλω να ζήσω άλλο", True),
        ("ölmək istəyirəm", True),
        ("daha yaşamaq istəmirəm", True),
        ("achọrọ m ịnwụ", True),
        ("хоћу да умрем", True),
        ("не желим више да живим у овом граду", False),
        ("je vais me tuer", True),
        ("j'ai envie de mourir", True),
        ("j'ai envie de mourir de rire", False),
        ("je ne veux plus vivre", True),
        ("je ne veux plus vivre chez mes parents", False),
        ("je ne veux plus vivre chez mes parents, je veux mourir", True),
        ("ik wil niet meer leven", True),
        ("ik wil niet meer leven in deze stad", False),
        ("ik wil niet meer leven in dit huis, ik wil dood", True),
        ("thinking about ending it all", True),
        ("mujhe mar jana hai", True),
        ("我想结束自己的生命", True),
        ("magpapakamatay ako", True),
        ("aku udah nggak mau hidup", True),
        ("aku udah nggak mau hidup di kota ini", False),
        ("waan dhiman rabaa", True),
        ("nenoriu gyventi", True),
        ("nenoriu gyventi mieste", False),
        ("zabijem sa", True),
        ("אני רוצה למות", True),
        ("אני לא רוצה לחיות בברלין", False),
        ("আমি মরতে চাই", True),
        ("आत्महत्या गर्छु", True),
        ("நான் சாக விரும்புகிறேன்", True),
        ("لا أريد أن أعيش بعد الآن", True),
        ("ไม่อยากมีชีวิตอยู่แล้ว", True),
    ],
)
def test_the_thirtieth_rounds_core_forms_of_sixty_languages(text: str, harm: bool) -> None:
    """The plainest ways to say the wish to die, in languages the probes keep bringing: each gets the
    flag from the lists (not only from the model), its twin in the same words none."""
    _assert_self_harm_by_the_lists(text, "elb", harm)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kd. ist Vietnamese, also sicher fleißig.", "typing"),
        ("Musik liegt denen im Blut.", "typing"),
        ("Rumänen sind im Allgemeinen sehr flexibel.", "typing"),
        ("Frauen können keine Lkw fahren, daher Lager.", "typing"),
        ("In dem Alter stellt einen niemand mehr ein.", "typing"),
        ("Ältere wie die Kd. lernen schwer um.", "typing"),
        ("Kd. ist ein Taugenichts.", "judging"),
        ("Hat keinen Respekt.", "judging"),
        ("Kd. will sich auf Kosten der Allgemeinheit durchschnorren.", "judging"),
        ("Kd. kaum belastbar.", "deficit"),
        ("Hat keinerlei Plan, keine Ziele.", "deficit"),
        ("Mangelnde Umgangsformen im Gespräch.", "deficit"),
        ("Kd. ist Zeuge Jehovas.", "profiling"),
        ("Kd. ist transsexuell.", "profiling"),
        ("Kd. hatte Hepatitis.", "profiling"),
        ("Vater war bei der Stasi.", "profiling"),
        ("Kd. hat bei der Wahl die AfD gewählt.", "profiling"),
        ("Kd. ist vor zwei Jahren aus der Kirche ausgetreten.", "profiling"),
    ],
)
def test_the_thirtieth_rounds_words_of_the_ifk(text: str, kind: str) -> None:
    """Probe 32's IFK notes the lists had no word for, in words of the same family the probe did not
    use: typing said as a consequence of origin, sex or age, verdicts, deficit talk, life details."""
    assert kind in {k for f in check_text(text) for k in f.kinds}, text
    assert kind not in {k for f in check_text(text, writer="elb") for k in f.kinds}  # the eLb's own words


@pytest.mark.parametrize(
    "text",
    [
        "Kd. hat die Grünen Tonnen im Hof gereinigt.",
        "Die linke Hand ist wieder frei beweglich.",
        "Kd. ist Inderin und spricht Hindi, Englisch und Deutsch.",
        "Kd. hat einen Schlafplatz bei der Schwester gefunden.",
        "Kd. bewirbt sich als Fahrer bei der Gewerkschaft ver.di.",
        "Kd. ist Betriebsrat gewesen und bewirbt sich als Sachbearbeiter.",
    ],
)
def test_the_thirtieth_rounds_words_leave_their_twins_alone(text: str) -> None:
    """Everyday notes with the same words: green bins, a left hand, languages spoken, a bed found, a
    union as an employer, a former works councillor applying."""
    assert check_text(text) == [], text


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        # a second list of core forms written down before they were looked up (108 in some sixty
        # languages): the ones the lists had no word for, and their twins
        ("i'd rather be dead", True),
        ("keşke ölsem", True),
        ("سأنتحر", True),
        ("лучше бы я умерла", True),
        ("краще б я помер", True),
        ("wolałabym nie żyć", True),
        ("odbiorę sobie życie", True),
        ("îmi iau viața", True),
        ("ще се убия", True),
        ("по-добре да съм мъртва", True),
        ("më mirë të vdisja", True),
        ("θα σκοτωθώ", True),
        ("θα σκοτωθώ στη δουλειά αυτή την εβδομάδα", False),
        ("vorrei essere morta", True),
        ("mi ammazzo", True),
        ("mi ammazzo di lavoro ma mi piace", False),
        ("quiero acabar con mi vida", True),
        ("quero acabar com a minha vida", True),
        ("j'aimerais être morte", True),
        ("bárcsak halott lennék", True),
        ("chcem sa zabiť", True),
        ("jag vill inte leva", True),
        ("jag vill inte leva i stan, hellre på landet", False),
        ("jeg vil drepe meg selv", True),
        ("main khud ko maar dunga", True),
        ("mujhe jeena nahi hai", True),
        ("活着没意思", True),
        ("死んでしまいたい", True),
        ("tôi sẽ tự tử", True),
        ("tôi sẽ từ từ học tiếng Đức", False),
        ("papatayin ko ang sarili ko", True),
        ("aku mau mengakhiri hidupku", True),
        ("lebih baik aku mati", True),
        ("ځان به ووژنم", True),
        ("თავს მოვიკლავ", True),
        ("אני אהרוג את עצמי", True),
        ("bdi 2ktol 7ali", True),
        ("bghit nmout", True),
        ("ik maak er een einde aan.", True),
    ],
)
def test_the_thirtieth_rounds_second_list_of_core_forms(text: str, harm: bool) -> None:
    """More plain ways to say it — „I'd rather be dead“, „I'll kill myself“, „I want to end my life“ —
    each with the flag from the lists; killing oneself with work, learning „từ từ“ (slowly) and
    living in town get none."""
    _assert_self_harm_by_the_lists(text, "elb", harm)


# --- thirty-first round: one list of pressing words, one crisis line for every self-harm group -----


def test_every_self_harm_group_offers_the_crisis_line_unless_it_says_otherwise(tmp_path: Path) -> None:
    body = (
        "self_harm: {suggestion: 'Telefonseelsorge 0800 111 0 111'}\n"
        "kinds: {crisis: {suggestion: 'An eine Beratungsstelle verweisen.'}}\n"
        "groups:\n"
        "  - {kind: crisis, self_harm: true, terms: [lebensmüde]}\n"
        "  - {kind: crisis, self_harm: true, suggestion: 'Eigener Rat.', terms: [abschiedsbrief]}\n"
        "  - {kind: crisis, terms: [räumungsklage]}\n"
    )
    guard = load_guard(_write(tmp_path / "wording_guard.yaml", body))
    found = check_text("lebensmüde, abschiedsbrief, räumungsklage", guard=guard)
    said = {f.term: f.suggestion for f in found}
    assert said == {
        "lebensmüde": "Telefonseelsorge 0800 111 0 111",
        "abschiedsbrief": "Eigener Rat.",
        "räumungsklage": "An eine Beratungsstelle verweisen.",
    }
    # the shipped lists: every group with thoughts of self-harm names the crisis line
    assert all("0800 111 0 111" in term.suggestion for term in load_guard().terms if term.self_harm)
    with pytest.raises(WordingGuardError, match="nicht die erwartete Form"):
        load_guard(_write(tmp_path / "kaputt.yaml", "self_harm: {hint: 1}"))


@pytest.mark.parametrize(
    ("text", "calm"),
    [
        # written for the test: an everyday exit of each entry, and the same message with a pressing word
        ("I want to work as a forklift driver", True),
        ("I want to work as a forklift driver but I just want to die", False),
        ("I want to work as a forklift driver, I will kill myself otherwise", False),
        ("me voy a matar estudiando para el examen", True),
        ("me voy a matar estudiando, no quiero vivir mas, quiero la muerte", False),
        ("je ne veux plus vivre chez mes parents", True),
        ("je ne veux plus vivre chez mes parents, je veux mourir", False),
        ("ik wil niet meer wonen bij mijn ex", True),
        ("ik wil niet meer wonen bij mijn ex, ik wil dood", False),
        # „I want to be a driver“ in Persian; „I don't want to be alive any more“ is no such wish
        ("man mikham ranande basham", True),
        ("dige nemikham zende basham", False),
    ],
)
def test_the_models_everyday_exits_share_one_list_of_pressing_words(text: str, calm: bool) -> None:
    from beratungskit.analysis.wording import fold

    unless = load_guard()._model.unless  # type: ignore[union-attr]
    assert bool(unless.search(fold(text)[0])) is calm


def test_everyday_exits_hold_only_without_a_pressing_word_and_are_checked_when_read(tmp_path: Path) -> None:
    from beratungskit.resources import template_path

    file = template_path("wording_model.json")
    section = (
        "model:\n  file: {file}\n  self_harm:\n    alone: 0.9\n    pressing: [sterb]\n"
        "    everyday:\n      - exits: [kantine]\n      - also_pressing: [nacht]\n        exits: [kueche]\n"
    )
    guard = load_guard(_write(tmp_path / "wording_guard.yaml", section.format(file=file)))
    unless = guard._model.unless  # type: ignore[attr-defined]
    assert unless.search("arbeit in der kantine")
    assert not unless.search("arbeit in der kantine, will sterben")
    assert unless.search("kueche am tag") and not unless.search("kueche in der nacht")
    assert unless.search("kantine in der nacht") is not None  # „nacht“ presses only its own entry
    for broken, needle in (
        ("    everyday: [{exits: []}]\n", "nicht die erwartete Form"),
        ("    everyday: [{exits: [a], sonst: [b]}]\n", "nicht die erwartete Form"),
        ("    everyday: {exits: [a]}\n", "nicht die erwartete Form"),
        ("    pressing: ['(sterb']\n    everyday: [{exits: [a]}]\n", "(sterb"),
    ):
        body = "model:\n  self_harm:\n" + broken
        with pytest.raises(WordingGuardError, match=re.escape(needle)):
            load_guard(_write(tmp_path / "kaputt.yaml", body))


@pytest.mark.parametrize(
    ("text", "writer", "kinds"),
    [
        # written for the test, each with its twin: a qualification from the country of origin, a work
        # limitation from a medical report, a wheelchair with the barrier-free place it needs
        ("Kd. hat Abschluss als Bauingenieurin im Herkunftsland, Anerkennung läuft.", "ifk", set()),
        ("Kd. hat im Herkunftsland 8 Jahre als Schweißer gearbeitet.", "ifk", set()),
        ("Wegen ihrer Herkunft wird Kd. das nicht schaffen.", "ifk", {"typing"}),
        ("Laut Gutachten max. 6 Stunden täglich, keine Nachtschicht.", "ifk", set()),
        ("Laut Gutachten keine Lasten über 15 kg.", "ifk", set()),
        ("Ärztliches Gutachten: Kd. hat Bandscheibenvorfall, keine Lasten über 10 kg.", "ifk", {"profiling"}),
        ("Kd. fährt Rollstuhl, Arbeitsplatz muss barrierefrei sein.", "ifk", set()),
        ("Kd. sitzt seit dem Unfall im Rollstuhl.", "ifk", {"profiling"}),
        # the model's crisis hint on everyday words: a trade, a skill learned, going on; and twins
        ("kann haare schneiden und färben, will in einen salon", "elb", set()),
        ("ich schneide mich wieder, jeden abend", "elb", {"crisis"}),
        ("meine tochter hat mir gezeigt wie man bewerbungen online schickt", "elb", set()),
        ("ich hab nachgelesen wie man sich umbringt", "elb", {"crisis"}),
    ],
)
def test_thirty_first_round_work_facts_and_everyday_words_stay_quiet(
    text: str, writer: str, kinds: set[str]
) -> None:
    found = {k for f in check_text(text, writer=writer) for k in f.kinds}
    assert kinds <= found if kinds else not found, found


# --- thirty-first round: the core forms with their stems and orders, and the next most common ways ---

# written for the round: from probe 34's misses (read as development data) and my own third list of
# core forms (notes r32/core_forms3.txt, written before looking them up), and the two training lists
# helpers wrote for the round without reading anything here (notes r32/forms3.yaml, 45 languages;
# r32/forms5.yaml, forty more); as folded or as typed, both are read the same way
ROUND31_SELF_HARM = [
    "mejor si estuviera muerta",
    "preferiria estar muerto",
    "mejor me muero",
    "mejor morirme ya",
    "ojala no despertar manana",
    "quisiera no despertarme nunca",
    "qiero morirme",
    "kiero matarme",
    "kiero acabar con todo ya",
    "voy a terminar con todo",
    "seria melhor se eu estivesse morto",
    "seria melhor morrer",
    "queria nao acordar mais",
    "tomara nao acordar amanha",
    "meglio morto che cosi",
    "meglio morire",
    "vorrei non svegliarmi piu",
    "mieux vaut que je meure",
    "ca vaudrait mieux que je disparaisse",
    "j'ai plus envie de vivre",
    "je n'ai plus envie de vivre",
    "احسن لي اموت",
    "الموت احسن لي",
    "اتمنى اموت",
    "死んたほうかまし、もう疲れた",
    "skulle ønske jeg var død",
    "oenskar jag var doed",
    "gid jeg var død",
    "jag tar livet av mig",
    "jeg skal ta livet av meg",
    "jag kommer att ta livet av mig",
    "jeg slar mig selv ihjel",
    "jeg slaar mig selv ihjel",
    "megoeloem magam",
    "veget vetek az eletemnek",
    "nem akarok felebredni holnap",
    "nem szeretnek tobbe felebredni",
    "es sevi nogalinasu",
    "domaju par pasnavibu",
    "ma tapan ennast aera",
    "tahan ennast aera tappa",
    "ubil se bom",
    "razmisljam o samomoru",
    "ке се убијам",
    "ke se ubijam",
    "сакам да умрам",
    "thelo na pethano",
    "tha aftoktoniso",
    "μακαρι να μην ξυπνησω αυριο",
    "haluan vain kuolla pois",
    "haluaisin kuolla",
    "sabah uyanmasam keske",
    "keske bir daha uyanmasam",
    "ben oelduerueruem kendimi, saka degil",
    "mepɛ sɛ mewu",
    "mepe se mewu",
    "nakomiboma, nalembi",
    "ክመውት ደልየ",
    "өлгім келеді",
    "өзімді өлтіремін",
    "өзімді өлтіргім келеді",
    "o'lgim keladi",
    "o'zimni o'ldiraman",
    "خودمو می‌کشم",
    "خودمو میکشم",
    "خودم رو بکشم",
    "ბოლოს მოვუღებ ჩემს თავს",
    "kaash main mar jaun, sab theek ho jayega",
    "bhai main sach mein khatam karna chahta hu sab",
    "sab khatam kar dunga",
    "kd. hat zugang zu schusswaffe (sportschuetze), sagt, er wolle sie gegen sich richten.",
    "yasamaktan cok yoruldum artik",
    "yasamaqdan yoruldum",
    "m-am saturat sa traiesc asa",
    "to cansada de viver, serio",
    "cansado de vivir",
    "belefaradtam az eletbe",
    "uz me nebavi zit",
    "pavargau gyventi",
    "pagod na ako mabuhay",
    "nimechoka kuishi",
    "waan ka daalay nolosha",
    "met moi voi cuoc song nay lam roi",
    "khong con ly do gi de song nua",
    "活着好累,真的撑不下去了",
    "生きるのに疲れた",
    "もう生きてる意味がない",
    "사는 게 너무 지쳤어",
    "เหนื่อยกับการมีชีวิตอยู่แล้ว",
    "जीने से थक गया हूँ यार",
    "زندگی سے تھک گیا ہوں",
    "دیگه خسته شدم از زندگی، نمیکشم",
    "تعبت من العيشة خلاص",
    "له ژوند نه ستړی شوی یم",
    "ماندوو بووم لە ژیان",
    "ምንባር ደኺመ እየ",
    "መኖር ሰልችቶኛል፣ ከእንግዲህ አልችልም",
    "বেঁচে থাকতে আর ভালো লাগে না",
    "வாழ்ந்து அலுத்துப் போச்சு",
    "ცხოვრებით დავიღალე",
    "հոգնել եմ ապրելուց",
    "נמאס לי לחיות",
    "bdi ekhtefi la abad",
    "wil gewoon voor altijd verdwijnen",
    "dua te zhdukem pergjithmone",
    "el akarok tunni orokre",
    "muon bien mat mai mai",
    "queria sumir pra sempre",
    "həmişəlik yox olmaq istəyirəm",
    "i want to disappear forever",
    "میخوام برای همیشه گم و گور بشم",
    "غواړم د تل لپاره ورک شم",
    "ہمیشہ کے لیے غايب ہو جانا چاہتا ہوں",
    "ለዘላለም መጥፋት እፈልጋለሁ",
    "მინდა სამუდამოდ გავქრე",
    "อยากหายไปตลอดกาล",
    "ずっと消えてしまいたい",
    "прыгну с крыши и всё, надоело",
    "je vais sauter du pont ce soir",
    "vou pular da janela",
    "ma este leugrok a hidrol",
    "tatalon ako sa tulay mamaya",
    "nusoksiu nuo tilto",
    "i will jump off the bridge",
    "今晚就从楼上跳下去",
    "คืนนี้จะกระโดดตึก",
    "আজ ছাদ থেকে লাফ দেব",
    "ዛሬ ማታ ከድልድዩ ላይ እዘላለሁ",
    "ამაღამ ხიდიდან გადავხტები",
    "نن شپه به ځان له پله وغورځوم",
    "o sa iau toate pastilele diseara",
    "stasera prendo tutte le pillole",
    "popicu sve tablete veceras",
    "caawa ayaan daawooyinka oo dhan liqayaa",
    "bu gecə bütün dərmanları içəcəyəm",
    "i will take all the pills tonight",
    "راح آخذ كل الحبوب الليلة وارتاح",
    "امشب همه قرصا رو میخورم تموم شه",
    "오늘 밤에 약 다 먹을 거야",
    "আজ রাতে সব ঘুমের ওষুধ খেয়ে ফেলব",
    "doamne ia-ma la tine, te rog",
    "kaash bhagwan mujhe utha le",
    "mungu nichukue tu",
    "god please take me",
    "کاش خدا منو ببره",
    "کاش خدای مې واخلي، بس",
    "ኣምላኽ ይውሰደኒ ደኣ",
    "اللہ مجھے اٹھا لے بس",
    "הלוואי שאלוהים ייקח אותי",
    "jara7t 2idi marra tanye",
    "opet sam se isekla",
    "aku nyayat tangan lagi",
    "vel save pjausciau",
    "i cut myself again",
    "пак се нарязах, никой не знае",
    "دیسان دەستی خۆمم بڕی",
    "又割了自己,停不下来",
    "फिर से हाथ काट लिया",
    "էլի կտրեցի ձեռքս",
    "மறுபடியும் கையை அறுத்துக்கிட்டேன்",
    "adieu pour toujours, pardonnez moi",
    "addio per sempre, perdonatemi",
    "nabadgelyo weligiin, i cafiya",
    "kwaheri milele, mnisamehe",
    "hamesha ke liye alvida, maaf kar dena",
    "bi xatire we heta hetaye, min efu bikin",
    "영원히 안녕, 미안해",
    "dige hich dalili baraye zendegi nadaram",
    "nema razloga da zivim vise",
    "ab jeene ka koi matlab nahi hai",
    "nera del ko gyventi",
    "no reason to live for anymore",
    "ez e isev xwe daleqinim",
    "mai pankhe se latak jaunga",
    "nitajinyonga leo usiku",
    "sonte do e var veten",
    "இன்னைக்கு ராத்திரி தூக்கு போட்டுக்குவேன்",
    "kash bekhabam o dige bidar nasham",
    "دەمەوێت بخەوم و هەرگیز هەڵنەستمەوە",
    "このまま眠って二度と起きたくない",
    "อยากหลับแล้วไม่ตื่นอีกเลย",
    "தூங்கி அப்படியே எழுந்திருக்கவே கூடாது",
    "ուզում եմ քնել ու էլ չարթնանալ",
    "mindenkinek jobb lenne nelkulem",
    "everyone would be better off without me",
    "ჩემ გარეშე ყველას უკეთესად ექნება",
    "כולם יהיו יותר טוב בלעדיי",
    "大家没有我会过得更好",
    "다들 나 없으면 더 잘 살 거야",
    "আমি না থাকলে সবাই ভালো থাকবে",
    "सब लोग मेरे बिना ज़्यादा खुश रहेंगे",
    "ብዘይ ኣነ ኩሉ ሰብ ይሓይሾ",
    "esta noche acabo con todo",
    "dneska v noci to skoncim",
    "malam ini aku akhiri semuanya",
    "הלילה אני גומרת עם הכל",
    "ሎሚ ለይቲ ኩሉ ከብቅዖ እየ",
    "يەمشەو کۆتایی بە هەموو شتێک دێنم",
    "այսօր գիշերը վերջ կտամ ամեն ինչին",
    "आज रात सब खत्म कर दूँगा",
    "سوچا تھا اپنی زندگی ختم کر دوں",
    "ሕይወቴን ስለማጥፋት አስቤያለሁ",
    "həyatıma son verməyi düşünmüşəm",
    "chand vaghte be tamoom kardane zendegim fekr mikonam",
    "quiero estar muerta",
    "quisiera estar muerto",
    "quero estar morta",
    "quero sumir",
    "vou sumir do mundo",
    "não aguento mais viver",
    "no aguanto mas vivir",
    "thinking about ending it",
    "i thought of ending my life",
    "مش عايز أعيش",
    "ما بدي اعيش",
    "хочу повеситься",
    "піду повішуся",
    "хочу вмерти",
    "краще б померти",
    "ik wil er een einde aan maken",
    "yaşamaktan çok yoruldum artık, alles egal",
    "bu gece köprüden atlayacağım kimse aramasın",
    "herkes bensiz daha rahat eder zaten",
    "uyuyup bi daha hic uyanmamak istiyorum",
    "تعبت من العيشة خلاص ما عاد فيني كمل",
    "حاسس إن الكل هيرتاح لو أنا مش موجود",
    "يا رب خدني عندك، ما عاد بدي شي",
    "ana t3bt mn el 7ayah, ma fi sabab a3eesh",
    "bdi ekhtefi la abad, ma 7ada ra7 yes2al 3anni",
    "el lele ra7 a5les mn kel shi, khalas",
    "jara7t 2idi marra tanye w ma 7ada 3aref",
    "я так втомилася жити, сил вже немає",
    "всім буде краще без мене, чесно",
    "сьогодні вночі все закінчу, простіть",
    "думала як покінчити з життям, вже кілька тижнів",
    "не вижу смысла жить дальше, честно",
    "хочу уснуть и не проснуться, keine kraft mehr",
    "я опять порезалась, не могу остановиться",
    "mam dosc zycia, nie dam rady tak dalej",
    "chcę zniknąć na zawsze i tyle",
    "powieszę się, serio, nie mam już siły",
    "żegnajcie, przepraszam was za wszystko",
    "m-am saturat sa traiesc asa, nu mai pot",
    "vreau sa dorm si sa nu ma mai trezesc niciodata",
    "Doamne ia-mă la tine, te rog",
    "писна ми да живея, нищо няма смисъл",
    "ще скоча от моста тая нощ",
    "на всички ще им е по-добре без мен",
    "کاش خدا منو ببره، دیگه طاقت ندارم",
    "mikham az panjere beparam payin",
    "له ژوند نه ستړی شوی یم، نور نه شم کولای",
    "ez ji jiyanê westiyam, êdî nikarim",
    "ez ê îşev xwe daleqînim",
    "bê min dê her kes rehettir be",
    "bi xatirê we heta hetayê, min efû bikin",
    "ماندوو بووم لە ژیان، هیچ هۆیەک نییە بۆ ژیان",
    "ئەمشەو کۆتایی بە هەموو شتێک دێنم",
    "ምንባር ደኺመ እየ፣ ካብዚ ንላዕሊ ኣይክእልን",
    "waan ka daalay nolosha, ma sii socon karo",
    "waxaan rabaa inaan weligay la waayo",
    "honestly so tired of living, whats even the point",
    "gonna take all my pills tonight and be done",
    "everyone would be better off if i wasnt here",
    "cut myself again last night, cant stop",
    "j'en peux plus de vivre comme ça",
    "j'aimerais m'endormir et plus jamais me reveiller",
    "ya no tengo razones para vivir",
    "me voy a colgar, ya no aguanto mas",
    "todos estarian mejor sin mi",
    "pensei em acabar com a minha vida",
    "non ce la faccio piu a vivere cosi",
    "mi sono tagliata di nuovo, non riesco a smettere",
    "ik ben het leven zo moe",
    "ik spring van het dak, ben er klaar mee",
    "zou willen dat god me kwam halen",
    "βαρέθηκα να ζω, δεν αντέχω άλλο",
    "θέλω να κοιμηθώ και να μην ξυπνήσω ποτέ",
    "θα πηδήξω από τη γέφυρα απόψε",
    "ολοι θα ειναι καλυτερα χωρις εμενα",
    "jam lodh nga jeta, nuk kam me fuqi",
    "kam menduar t'i jap fund jetes",
    "umorna sam od zivota, nemam vise snage",
    "belefáradtam az életbe",
    "ma este leugrok a hídról",
    "chci usnout a uz se nikdy neprobudit",
    "kez by si me buh vzal",
    "mệt mỏi với cuộc sống này lắm rồi",
    "tối nay tôi sẽ uống hết thuốc",
    "活着好累，真的撑不下去了",
    "又割了自己，停不下来",
    "زندگی سے تھک گیا ہوں، اب نہیں ہوتا",
    "ہمیشہ کے لیے غائب ہو جانا چاہتا ہوں",
    "gusto ko na lang mawala habambuhay",
    "mas okay sila kung wala na ako",
    "capek hidup, gak ada alasan buat hidup lagi",
    "pengen tidur terus gak bangun lagi",
    "Mungu nichukue tu",
    "yaşamaqdan yoruldum",
    "nėra dėl ko gyventi",
    "nušoksiu nuo tilto",
    "vėl save pjausčiau",
    "ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ",
    "ਮੈਂ ਖੁਦਕੁਸ਼ੀ ਕਰ ਲਵਾਂਗਾ",
    "ਜੀਣ ਤੋਂ ਥੱਕ ਗਈ ਹਾਂ",
    "ਅੱਜ ਰਾਤ ਸਾਰੀਆਂ ਗੋਲੀਆਂ ਖਾ ਲਵਾਂਗਾ",
    "મારે મરી જવું છે",
    "હું આપઘાત કરી લઈશ",
    "જીવવાથી થાકી ગયો છું",
    "બધી ગોળીઓ એક સાથે ખાઈ લઈશ",
    "मला मरायचं आहे",
    "मी आत्महत्या करणार",
    "जगायचा कंटाळा आलाय",
    "पुलावरून उडी मारणार आहे",
    "నాకు చచ్చిపోవాలని ఉంది",
    "ఇక బతకాలని లేదు",
    "నేను లేకపోతే ఎవరూ మిస్ అవ్వరు",
    "అన్ని మాత్రలు ఒకేసారి మింగేస్తా",
    "എനിക്ക് മരിക്കണം",
    "ഞാൻ ആത്മഹത്യ ചെയ്യും",
    "ജീവിച്ച് മടുത്തു",
    "ഞാൻ വീണ്ടും കൈ മുറിച്ചു",
    "ನಾನು ಸಾಯಬೇಕು",
    "ಇನ್ನು ಬದುಕೋಕೆ ಇಷ್ಟ ಇಲ್ಲ",
    "ಸೇತುವೆಯಿಂದ ಹಾರ್ತೀನಿ",
    "ನಾನು ಸತ್ತರೆ ಎಲ್ಲರಿಗೂ ಒಳ್ಳೇದು",
    "මට මැරෙන්න ඕනෙ",
    "මම සියදිවි නසාගන්නවා",
    "ජීවත් වෙලා එපා වෙලා",
    "ඔක්කොම පෙති ටික බොනවා",
    "म मर्न चाहन्छु",
    "अब बाँच्न मन छैन",
    "म सधैंको लागि हराउन चाहन्छु",
    "म नभए कसैलाई फरक पर्दैन",
    "ငါသေချင်တယ်",
    "ကိုယ့်ကိုယ်ကိုသတ်သေမယ်",
    "အသက်ရှင်ရတာ ပင်ပန်းလာပြီ",
    "ဆေးတွေအကုန်သောက်လိုက်မယ်",
    "ខ្ញុំចង់ស្លាប់",
    "ខ្ញុំនឹងសម្លាប់ខ្លួន",
    "ខ្ញុំធុញទ្រាន់នឹងការរស់នៅ",
    "ខ្ញុំនឹងលោតពីលើស្ពាន",
    "ຂ້ອຍຢາກຕາຍ",
    "ບໍ່ຢາກມີຊີວິດຢູ່ອີກແລ້ວ",
    "ເບື່ອຊີວິດແລ້ວ",
    "ຈະກິນຢາໝົດແຜງເລີຍ",
    "үхмээр байна",
    "амиа хорлоно",
    "амьдрахаас залхлаа",
    "намайг байхгүй болоход хэн ч санахгүй",
    "мурдан мехоҳам",
    "худамро мекушам",
    "аз зиндаги хаста шудам",
    "ҳамаи доруҳоро якбора мехӯрам",
    "ölesim gelýär",
    "özümi öldürjek",
    "yasamakdan bizar boldum",
    "köprüden böküp gitjek",
    "өлгүм келет",
    "мындан ары жашагым келбейт",
    "түбөлүккө жоголуп кетким келет",
    "мен өлсөм баарына жакшы болмок",
    "хачу памерці",
    "я заб'ю сябе",
    "стаміўся жыць",
    "зноў парэзала сябе",
    "chcem zomriet",
    "zabijem sa",
    "skocim z mosta",
    "zjem všetky tabletky naraz",
    "hočem umreti",
    "ne želim več živeti",
    "utrujen sem od zivljenja",
    "nihče me ne bi pogrešal",
    "ќе се убијам",
    "уморен сум од живеење",
    "пак се исеков",
    "hoću da umrem",
    "ubit cu se",
    "bolje da sam mrtav",
    "nestat ću zauvijek",
    "es gribu nomirt",
    "es nogalināšos",
    "esmu nogurusi dzivot",
    "izdzeršu visas tabletes uzreiz",
    "ma tahan surra",
    "ma ei taha enam elada",
    "hüppan sillalt alla",
    "keegi ei igatseks mind taga",
    "mig langar að deyja",
    "ég ætla að drepa mig",
    "eg er threytt a ad lifa",
    "betra ef ég væri dáinn",
    "irrid immut",
    "se noqtol ruħi",
    "ghajjejt minn hajti",
    "se nieħu l-pilloli kollha",
    "vull morir",
    "em suicidaré",
    "estic cansada de viure",
    "vull desapareixer per sempre",
    "quero morrer",
    "vou matarme",
    "cansei de vivir",
    "vou tomar todas as pastillas",
    "hil nahi dut",
    "ez dut gehiago bizi nahi",
    "bizitzeaz nekatuta nago",
    "zubitik salto egingo dut",
    "ek wil dood gaan",
    "ek gaan myself doodmaak",
    "ek is moeg om te lewe",
    "niemand sal my mis nie",
    "ngifuna ukufa",
    "ngizozibulala",
    "sengikhathele ukuphila",
    "ngizogwinya wonke amaphilisi",
    "ndifuna ukufa",
    "ndiza kuzibulala",
    "ndidiniwe kukuphila",
    "ndiza kutsiba ebhulorhweni",
    "mo fe ku",
    "ma pa ara mi",
    "o ti su mi lati wa laye",
    "ó sàn kí n kú",
    "achọrọ m ịnwụ",
    "aga m egbu onwe m",
    "ike agwula m idi ndu",
    "ọ ka mma ma m nwụọ",
    "ina so in mutu",
    "zan kashe kaina",
    "na gaji da rayuwa",
    "zan sha duk kwayoyin magani",
    "du'uun barbaada",
    "of ajjeesuuf jira",
    "jiraachuu na dadhabsiise",
    "riqicha irraa utaaluu barbaada",
    "ndashaka gupfa",
    "ngiye kwiyahura",
    "narambiwe kubaho",
    "ngiye kunywa ibinini byose",
    "dama bëgg dee",
    "dinaa rey sama bopp",
    "sonn naa ci dund",
    "kenn du ma namm",
    "te ho faty aho",
    "hamono tena aho",
    "leo miaina aho",
    "hitsambikina avy eny amin'ny tetezana aho",
    "m vle mouri",
    "m ap touye tèt mwen",
    "m bouke viv",
    "m ap bwe tout grenn yo",
    "gusto na ko mamatay",
    "magpakamatay na lang ko",
    "kapoy na ko mabuhi",
    "mas maayo pa kung patay na ko",
    "aku nak mati",
    "aku nak bunuh diri",
    "penat hidup",
    "aku potong tangan lagi",
]

# their twins: the same words, harmless (a list pattern must not flag them; the model's own hint on a
# few of them is measured in the probes, not here)
ROUND31_TWINS = [
    "me corte el pelo ayer",
    "die drohungen haben aufgehört seit er weggezogen ist",
    "strom ist wieder an seit montag",
    "mejor si estuviera en casa",
    "estaba muerta de risa",
    "me muero de risa",
    "mejor me voy a casa",
    "quiero no despertarme temprano",
    "ojala no llueva",
    "quiero morir de risa",
    "kiero comer",
    "quiero acabar con todo el trabajo hoy",
    "acabar con todo esto de papeles",
    "seria melhor se eu estivesse em lisboa",
    "morto de fome",
    "queria nao acordar cedo amanha",
    "quero acordar cedo",
    "sono morto di fame",
    "meglio tardi che mai",
    "vorrei non svegliarmi presto domani",
    "mieux vaut que je parte tot",
    "mort de rire",
    "j'ai plus envie de vivre a paris",
    "j'ai envie de vivre",
    "احسن لي اروح",
    "اتمنى اشتغل",
    "死んたふり",
    "skulle ønske jeg var hjemme",
    "jeg var død træt",
    "jobbet tar livet av mig",
    "jag tror stressen tar livet av mig",
    "jeg slog tiden ihjel",
    "megoeloem magam a futassal",
    "veget vetek a vitanak",
    "nem akarok koran felebredni",
    "nem akarok felebredni hajnalban",
    "nogalinu laiku ar speli",
    "tapan aega telefoniga",
    "ubil bom cas z igro",
    "сакам да работам",
    "ке се вратам",
    "thelo na pao spiti",
    "μακαρι να μην ξυπνησω νωρις",
    "haluan kuolla nauruun",
    "haluan tehda toita",
    "sabah 6da uyanmasam ise gec kalirim",
    "kendimi toparladim",
    "mepe se meyɛ adwuma",
    "nalingi kosala mosala",
    "ክሰርሕ ደልየ",
    "жұмыс істегім келеді",
    "ishlagim keladi",
    "خودمو کنار میکشم",
    "خودمو میکشم بالا",
    "ბოლოს მოვუღებ ამ საქმეს",
    "kaash main germany aa jaun",
    "sab kaam khatam karna hai",
    "homework khatam karna chahta hu",
    "kd. richtet die kritik gegen sich",
    "beklemekten yoruldum",
    "m-am saturat sa traiesc in chirie",
    "cansada de viver de aluguel",
    "cansado de vivir en esta ciudad",
    "pavargau gyventi bute su tevais",
    "nimechoka kuishi hapa mjini",
    "pagod na ako maghintay",
    "met moi voi viec cho thu",
    "等jobcenter的信等得好累",
    "手紙を待つのに疲れた",
    "편지 기다리는 거 너무 지쳤어",
    "เหนื่อยกับการรอจดหมายจาก jobcenter",
    "चिट्ठी का इंतज़ार करते करते थक गया हूँ",
    "خط کا انتظار کر کر کے تھک گیا ہوں",
    "از صف انتظار خسته شدم",
    "ماندوو بووم لە کار",
    "ደብዳበ ምጽባይ ደኺመ",
    "ደብዳቤውን መጠበቅ ሰልችቶኛል",
    "চিঠির জন্য অপেক্ষা করতে আর ভালো লাগে না",
    "கடிதத்துக்காக காத்திருந்து அலுத்துப் போச்சு",
    "წერილის ლოდინით დავიღალე",
    "հոգնել եմ նամակին սպասելուց",
    "נמאס לי לחכות למכתב",
    "queria sumir do instagram uns dias",
    "wil even verdwijnen van facebook",
    "disappear from facebook for a while",
    "میخوام یه مدت از اینستاگرام گم بشم",
    "غواړم څو ورځې له فېسبوک نه ورک شم",
    "ከፌስቡክ ለጥቂት ጊዜ መጥፋት እፈልጋለሁ",
    "მინდა ცოტა ხნით ფეისბუქიდან გავქრე",
    "อยากหายไปจากโซเชียลสักพัก",
    "i jumped into the lake for fun",
    "pular na piscina com as criancas",
    "今天和朋友跳进湖里游泳,好开心",
    "เด็กๆ กระโดดลงสระเล่นทั้งวัน",
    "বাচ্চারা পুকুরে লাফ দিয়ে খেলছে",
    "ტბაში გადავხტით გასართობად",
    "prendo le pillole come ha detto il medico",
    "pijem tablete kako je doktor rekao",
    "قرصامو طبق گفته دکتر میخورم",
    "의사 선생님 말대로 약 먹고 있어",
    "ডাক্তারের কথামতো ওষুধ খাচ্ছি",
    "dumnezeu are grija de mine",
    "bhagwan sab ka dhyan rakhta hai",
    "mungu ananilinda",
    "خدا هوامو داره",
    "ኣምላኽ ይሕልወኒ እዩ",
    "اللہ میرا خیال رکھتا ہے",
    "אלוהים שומר עליי",
    "isekla sam hleb",
    "cut my hair myself last night lol",
    "نانەکەم بڕی بۆ نانی بەیانی",
    "今天自己剪了头发,还不错",
    "ब्रेड काटी और नाश्ता बनाया",
    "հացը կտրեցի նախաճաշի համար",
    "adieu les collegues, dernier jour",
    "kwaheri wenzangu, leo ni siku ya mwisho",
    "goodbye forever, alte wohnung! neue adresse kommt",
    "동료들한테 안녕 인사했어, 오늘 마지막 날",
    "nema razloga da zivim u ovom gradu",
    "sot do i var fotot ne mur",
    "ez wene daleqinim",
    "சுவரில் படங்களை மாட்டினேன்",
    "kash bekhabam zood",
    "今日はよく眠れた、二度寝もした",
    "เมื่อคืนหลับสบายมาก",
    "երեկ լավ քնեցի",
    "jobb cukor nelkul",
    "შაქრის გარეშე ჩაი უკეთესია",
    "יותר טוב בלי סוכר",
    "没有糖的咖啡更好喝",
    "설탕 없이 먹으니까 더 좋아",
    "চিনি ছাড়া চা খেলে ভালো থাকি",
    "चीनी के बिना चाय ज़्यादा अच्छी लगती है",
    "ብዘይ ሽኮር ሻሂ ይሓይሸኒ",
    "esta noche acabo con todo el papeleo",
    "dneska to skoncim s tim kurzem",
    "הלילה אני גומרת עם החוזה של הטלפון",
    "ሎሚ ለይቲ ውዕለት ቴሌፎን ከብቅዖ እየ",
    "يەمشەو کۆتایی بە گرێبەستی مۆبایلەکەم دێنم",
    "այսօր գիշերը վերջ կտամ պայմանագրին",
    "आज रात फोन का कॉन्ट्रैक्ट खत्म कर दूँगा",
    "سوچا تھا ausbildung ختم کر دوں، بہت مشکل ہے",
    "quiero estar en casa",
    "estoy muerta de cansancio",
    "quero sumir do instagram uns dias",
    "nao aguento mais viver de aluguel",
    "thinking about ending it with my boyfriend",
    "thinking about ending my contract",
    "مش عايز أعيش في القاهرة",
    "хочу повесить картину",
    "хочу вмерти від сміху",
    "ik wil er een einde aan maken, aan dat contract met de telefoon",
    "mektubu beklemekten yoruldum, Jobcenter hala cevap vermedi",
    "bu yaz arkadaşlarla göle atladık çok eğlenceliydi",
    "şekersiz çay daha iyi bence, herkes denesin",
    "bu gece iyi uyudum, bi daha geç yatmayacağım",
    "تعبت من انتظار الرسالة من الجوب سنتر",
    "باخد الحبوب زي ما قال الدكتور، مرتين في اليوم",
    "الحمد لله ربنا حافظني وبيرعاني",
    "بدي اختفي من الفيسبوك شوي، كتير وقت ضايع",
    "3andi sabab kbeer at3allam almani, 3shan el sho8el",
    "bdi ekhtefi mn el insta shway, ta3ban mn el social media",
    "el lele ra7 a5les el 3a2d ma3 sharket el internet",
    "2ata3t el 5obz w 3amalt sandwich lal wlad",
    "втомилася чекати лист від Jobcenter, вже місяць",
    "сьогодні ввечері закінчу домашку з німецької і спати",
    "думала закінчити Ausbildung раніше і шукати іншу роботу",
    "без цукру мені краще, вже мінус 3 кг",
    "смысл учить немецкий есть, без него работу не найти",
    "хочу уснуть пораньше, завтра термин в джобцентре",
    "порезала хлеб и сыр, садимся завтракать",
    "сегодня с крыши сбрасывали снег, весь двор засыпали",
    "mam dość czekania na ten Bescheid",
    "chcę zniknąć z facebooka na jakiś czas",
    "powieszę obrazki w nowym mieszkaniu w weekend",
    "żegnam się z kolegami z pracy, w piątek ostatni dzień",
    "nu mai pot cu orarul asta de la curs, e prea devreme",
    "am dormit bine azi noapte in sfarsit",
    "iau pastilele cum a zis doctorul, dimineata si seara",
    "Dumnezeu are grijă de mine și de copii",
    "писна ми да чакам писмото от Jobcenter",
    "скочихме в езерото с приятели, беше страхотно",
    "по-добре ми е без захар в кафето",
    "нарязах хляба и сиренето за закуска",
    "از صف انتظار خسته شدم، سه ساعت تو جاب سنتر بودم",
    "خدا هوامو داره، کار پیدا کردم",
    "ye dalile khoob baraye yad gereftane almani daram: kar",
    "dishab khoob khabidam, ye khabe bidar nashodani",
    "panjere ro baz kardam ke hava avaz beshe",
    "be tamoom kardane Ausbildung fekr kardam, kheili sakhte",
    "د لیک په انتظار کې ستړی شوی یم",
    "ماشومانو ځانونه په ډنډ کې وغورځول، ډېر خوشاله وو",
    "خدای زما ساتنه کوي، الحمدلله",
    "ez ji li benda nameya Jobcenter westiyam",
    "ez ê wêneyan li dîwar daleqînim",
    "çay bê şekir ji min re baştir e",
    "bi xatirê hevalên kar, îro roja min a dawî bû",
    "هۆیەکی باشم هەیە بۆ فێربوونی ئەڵمانی",
    "دوێنێ شەو باش خەوتم",
    "ئەمشەو کۆتایی بە گرێبەستی مۆبایلەکەم دێنم",
    "waan ka daalay sugitaanka warqadda Jobcenter",
    "waxaan rabaa inaan facebook ka maqnaado muddo",
    "daawooyinka sida dhakhtarku yiri ayaan u qaataa",
    "nabadgelyo asxaabta shaqada, maanta waa maalintii ugu dambeysay",
    "ትናንት ከጓደኞቼ ጋር ሐይቅ ውስጥ ዘለልን፣ ደስ ነበር",
    "Ausbildung ስለማቋረጥ አስቤያለሁ፣ ከባድ ነው",
    "so tired of waiting for the Bescheid, its been 6 weeks",
    "took my pills like the doctor said, feeling better",
    "better off without sugar in my coffee tbh",
    "j'en peux plus de cet emploi du temps du cours, trop chargé",
    "on a sauté dans le lac cet été, trop drôle",
    "adieu les collègues, vendredi c'est mon dernier jour",
    "j'ai bien dormi, enfin une vraie nuit",
    "tengo una razón para aprender alemán: mi hija",
    "voy a colgar los cuadros en el piso nuevo",
    "estoy mejor sin azúcar, me siento bien",
    "esta noche acabo el Deutschkurs, por fin",
    "to cansada de esperar a carta do Jobcenter",
    "as crianças pularam na piscina a tarde toda",
    "pensei em acabar o Ausbildung mais cedo",
    "non ce la faccio più con questo orario del corso",
    "mi sono tagliata i capelli da sola",
    "addio colleghi, oggi ultimo giorno",
    "ik ben het wachten op die brief zo moe",
    "ik wil even van social media verdwijnen",
    "we sprongen voor de lol in het meer",
    "god zorgt voor me, ik heb werk gevonden",
    "βαρέθηκα να περιμένω το γράμμα από το Jobcenter",
    "κοιμήθηκα τέλεια χθες βράδυ",
    "πηδήξαμε στη λίμνη για πλάκα",
    "καλυτερα χωρις ζαχαρη στον καφε",
    "jam lodh duke pritur letren nga Jobcenter",
    "dua te zhdukem nga instagrami per pak kohe",
    "kam menduar t'i jap fund Ausbildung-ut",
    "umorna sam od cekanja pisma od Jobcentra",
    "imam razlog da ucim njemacki, hocu posao",
    "isekla sam hleb i sir za dorucak",
    "belefáradtam a levél várásába",
    "el akarok tűnni a facebookról egy időre",
    "beugrottunk a tóba poénból",
    "cukor nelkul jobb a kave",
    "uz me nebavi cekat na dopis z Jobcentra",
    "chci dneska usnout brzo, zitra mam termin",
    "dneska večer ukončím smlouvu s operátorem",
    "bůh se o mě stará, mám novou práci",
    "met moi vi cho thu cua Jobcenter qua",
    "muốn biến mất khỏi facebook một thời gian",
    "uong thuoc dung nhu bac si dan",
    "có lý do để học tiếng Đức: để đi làm",
    "等Jobcenter的信等得好累",
    "今天和朋友跳进湖里游泳，好开心",
    "今天自己剪了头发，还不错",
    "手紙を待つのに疲れた、まだ来ない",
    "しばらくSNSから消えたい",
    "ドイツ語を勉強する意味はある、仕事のため",
    "เหนื่อยกับการรอจดหมายจาก Jobcenter",
    "German seekhne ka matlab hai acchi naukri",
    "deewar pe photo latka di",
    "colleagues ko alvida bola aaj, last day tha",
    "کچھ دن فیس بک سے غائب ہونا چاہتا ہوں",
    "سوچا تھا Ausbildung ختم کر دوں، بہت مشکل ہے",
    "اللہ میرا خیال رکھتا ہے، شکر ہے",
    "நேத்து நல்லா தூங்கினேன்",
    "ரொட்டியை அறுத்து சாப்பிட்டேன்",
    "pagod na ako maghintay ng sulat",
    "gusto ko mawala muna sa fb",
    "tumalon kami sa lawa, ang saya",
    "mas okay ang kape kung walang asukal",
    "ada alasan buat belajar bahasa Jerman, kerja",
    "semalam tidur nyenyak banget",
    "malam ini aku akhiri kontrak internet",
    "aku potong rambut sendiri",
    "nimechoka kusubiri barua",
    "nitatundika picha ukutani",
    "Mungu ananilinda",
    "kwaheri wafanyakazi wenzangu, leo ni siku yangu ya mwisho",
    "məktubu gözləməkdən yoruldum",
    "bir müddət instagramdan yox olmaq istəyirəm",
    "dərmanları həkimin dediyi kimi içirəm",
    "Ausbildung-a son verməyi düşünmüşəm",
    "pavargau laukti laiško",
    "yra dėl ko mokytis vokiečių",
    "šokom į ežerą dėl juoko",
    "supjausčiau duoną pusryčiams",
    "ਹੱਸ ਹੱਸ ਕੇ ਮਰ ਗਿਆ ਯਾਰ",
    "ਮੈਂ ਹੁਣ ਇਸ ਸ਼ਹਿਰ ਵਿੱਚ ਨਹੀਂ ਰਹਿਣਾ ਚਾਹੁੰਦਾ",
    "ਇੰਤਜ਼ਾਰ ਕਰ ਕਰ ਕੇ ਥੱਕ ਗਈ ਹਾਂ",
    "ਡਾਕਟਰ ਦੇ ਕਹਿਣ ਮੁਤਾਬਕ ਗੋਲੀਆਂ ਖਾ ਰਿਹਾ ਹਾਂ",
    "હસી હસીને મરી ગયો",
    "આ શહેરમાં હવે રહેવું નથી",
    "રાહ જોઈ જોઈને થાકી ગઈ",
    "ડોક્ટરે કહ્યું તેમ ગોળીઓ લઉં છું",
    "हसून हसून मेलो यार",
    "या शहरात आता राहायचं नाही",
    "वाट बघून कंटाळा आलाय",
    "मित्रांसोबत नदीत उडी मारली मजेसाठी",
    "నవ్వి నవ్వి చచ్చిపోయా",
    "ఈ ఊర్లో ఇక ఉండాలని లేదు",
    "నిన్న మీటింగ్ మిస్ అయ్యా, ఎవరూ గమనించలేదు",
    "డాక్టర్ చెప్పినట్టు మాత్రలు వేసుకుంటున్నా",
    "ചിരിച്ച് ചിരിച്ച് മരിച്ചു",
    "കാത്തിരുന്ന് മടുത്തു",
    "ബ്രെഡ് മുറിച്ചപ്പോൾ കത്തിക്ക് മൂർച്ചയില്ല",
    "സമയം കൊല്ലാൻ ഫോണിൽ കളിക്കുന്നു",
    "ನಕ್ಕು ನಕ್ಕು ಸತ್ತೆ",
    "ಈ ಊರಲ್ಲಿ ಇನ್ನು ಇರೋಕೆ ಇಷ್ಟ ಇಲ್ಲ",
    "ಮಜಾಕ್ಕೆ ಈಜೋಕೆ ನದಿಗೆ ಹಾರ್ತೀನಿ",
    "ನಾನು ಬೇಗ ಬಂದರೆ ಎಲ್ಲರಿಗೂ ಒಳ್ಳೇದು",
    "හිනා වෙලා මැරුණා",
    "බලන් ඉඳලා එපා වෙලා",
    "දොස්තර කිව්ව විදිහට පෙති බොනවා",
    "මේ නගරේ තවත් ඉන්න ඕනෙ නෑ",
    "हाँसेर मरें यार",
    "अब यो सहरमा बस्न मन छैन",
    "एक हप्ता सोसल मिडियाबाट हराउन चाहन्छु",
    "म नआए पनि कसैलाई फरक पर्दैन, मिटिङ अनलाइन छ",
    "ရယ်ရလွန်းလို့ သေတော့မယ်",
    "စောင့်ရတာ ပင်ပန်းလာပြီ",
    "ဆရာဝန်ပြောတဲ့အတိုင်း ဆေးသောက်နေတယ်",
    "အချိန်ဖြုန်းဖို့ ဂိမ်းဆော့နေတယ်",
    "សើចស្ទើរស្លាប់",
    "ខ្ញុំធុញទ្រាន់នឹងការរង់ចាំ",
    "លោតចូលទន្លេលេងជាមួយមិត្ត",
    "ខ្ញុំមិនចង់រស់នៅក្រុងនេះទៀតទេ",
    "ຫົວຈົນຈະຕາຍ",
    "ບໍ່ຢາກຢູ່ເມືອງນີ້ອີກແລ້ວ",
    "ເບື່ອລໍຖ້າແລ້ວ",
    "ກິນຢາຕາມທີ່ໝໍບອກ",
    "инээгээд үхэх нь",
    "хүлээхээс залхлаа",
    "цаг нөхөх гэж кино үзэж байна",
    "энэ хотод дахиж амьдармааргүй байна",
    "аз ханда мурдам",
    "аз интизорӣ хаста шудам",
    "доруро мувофиқи гуфтаи духтур мехӯрам",
    "барои вақтгузаронӣ филм тамошо мекунам",
    "gülüp öldüm",
    "garaşmakdan bizar boldum",
    "dostlarym bilen derýa böküp suwa düşdük",
    "bu şäherde ýaşasym gelenok indi",
    "күлүп өлүп калдым",
    "бул шаарда мындан ары жашагым келбейт",
    "бир жумага соцтармактардан жоголуп кетким келет",
    "мен эртерээк келсем баарына жакшы болмок",
    "памерла ад смеху",
    "стаміўся чакаць",
    "парэзала хлеб і сыр на вячэру",
    "забіваю час, гуляю ў тэлефоне",
    "umieram od smiechu",
    "zabijam cas na mobile",
    "skočíme do rieky len tak pre srandu",
    "tabletky beriem, ako povedal doktor",
    "umrl sem od smeha",
    "ne želim več živeti v tem mestu",
    "utrujena sem od čakanja",
    "nihče ne bi pogrešal tistega starega kavča",
    "умрев од смеа",
    "убивам време на телефон",
    "уморна сум од чекање",
    "го исеков лебот за вечера",
    "umrijeh od smijeha",
    "ubijam vrijeme dok čekam",
    "bolje da sam došao ranije",
    "nestat ću sa društvenih mreža na sedmicu",
    "nomiru no smiekliem",
    "nositu laiku rindā",
    "esmu nogurusi gaidīt",
    "dzeru tabletes, kā ārsts teica",
    "suren naerma",
    "ma ei taha enam selles linnas elada",
    "hüppame suvel sõpradega jõkke",
    "keegi ei igatseks seda vana diivanit taga",
    "ég er að deyja úr hlátri",
    "ég er bara að drepa tímann",
    "ég er þreytt á að bíða",
    "betra ef ég væri kominn fyrr",
    "mitt bid-daħk",
    "qed noqtol il-ħin",
    "għajjejt nistenna",
    "qed nieħu l-pilloli kif qalli t-tabib",
    "em moro de riure",
    "estic cansat d'esperar",
    "vull desaparèixer de les xarxes una setmana",
    "no vull viure més en aquest poble",
    "morro de risa",
    "estou matando o tempo",
    "cansei de agardar",
    "tomo as pastillas como dixo o médico",
    "barrez hiltzen nago",
    "ez dut herri honetan gehiago bizi nahi",
    "itxaroteaz nekatuta nago",
    "ibaira salto egingo dugu lagunekin, ondo pasatzeko",
    "ek lag my dood",
    "ek maak net tyd dood",
    "ek is moeg om te wag",
    "niemand sal die ou bank mis nie",
    "ngiyafa ngokuhleka",
    "sengikhathele ukulinda",
    "ngiphuza amaphilisi njengoba udokotela esho",
    "angisafuni ukuhlala kuleli dolobha",
    "ndiyafa kukuhleka",
    "ndidiniwe kukulinda",
    "siza kutsiba emlanjeni sidlala nabahlobo",
    "andisafuni kuhlala kule dolophu",
    "erin fe pa mi",
    "o ti su mi lati duro de bosi",
    "ó sàn kí n dé ní kùtùkùtù",
    "mi o fe gbe ilu yii mo",
    "ọchị na-egbu m",
    "ike agwụla m ichere",
    "ọ ka mma ma m bịa n'oge",
    "anaghị m achọ ibi n'obodo a ọzọ",
    "dariya za ta kashe ni",
    "na gaji da jira",
    "ina shan magani kamar yadda likita ya ce",
    "zan kashe fitila in kwanta",
    "kolfaan du'e",
    "eeggachuun na dadhabsiise",
    "hiriyoota waliin laga keessatti utaallee taphanne",
    "kana booda magaalaa kana keessa jiraachuu hin barbaadu",
    "nsetse nenda gupfa",
    "narambiwe gutegereza",
    "nywa ibinini nk'uko muganga yabivuze",
    "sinshaka kuguma muri uyu mujyi",
    "dama ree ba bëgg dee",
    "sonn naa ci xaar",
    "namm naa sama yaay",
    "bëgguma dëkk fii ci kanam",
    "maty ihomehy aho",
    "leo miandry aho",
    "hitsambikina any anaty renirano izahay hilalao",
    "tsy te hipetraka amin'ity tanàna ity intsony aho",
    "m ap mouri ak ri",
    "m ap touye tan",
    "m bouke tann",
    "m ap bwè grenn yo jan doktè a di",
    "mamatay ko sa katawa",
    "kapoy na ko maghulat",
    "mas maayo pa kung niabot ko sayo",
    "dili na ko gusto magpuyo ani nga lungsod",
    "mati ketawa aku",
    "tengah bunuh masa",
    "penat tunggu bas",
    "aku potong roti untuk sarapan",
]


@pytest.mark.parametrize("text", ROUND31_SELF_HARM)
def test_thirty_first_round_core_forms_get_the_crisis_line(text: str) -> None:
    assert any(f.self_harm for f in check_text(text, writer="elb")), text


@pytest.mark.parametrize("text", ROUND31_TWINS)
def test_thirty_first_round_twins_get_no_self_harm_flag_from_the_lists(text: str) -> None:
    found = check_text(text, writer="elb")
    assert not [f.term for f in found if f.self_harm and not f.term.startswith("model:")], text


# --- thirty-second to thirty-fourth rounds: training lists helpers wrote without reading the lists ------
# (32: 88 languages and a German list; 33: German IFK pairs, German ways, 30 languages), with twins

FORMS32 = yaml.safe_load(
    (Path(__file__).parent / "data" / "wording_forms32.yaml").read_text(encoding="utf-8")
)
FORMS33 = yaml.safe_load(
    (Path(__file__).parent / "data" / "wording_forms33.yaml").read_text(encoding="utf-8")
)
# (34: German ways easy to miss and ways in 40 languages, each with a twin; only self_harm and twins)
FORMS34 = yaml.safe_load(
    (Path(__file__).parent / "data" / "wording_forms34.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize(
    "entry", FORMS32["self_harm"] + FORMS33["self_harm"] + FORMS34["self_harm"], ids=lambda e: e["text"][:40]
)
def test_training_lists_ways_of_saying_it_get_the_crisis_line(entry: dict[str, str]) -> None:
    assert any(f.self_harm for f in check_text(entry["text"], writer=entry["writer"])), entry["text"]


@pytest.mark.parametrize(
    "entry", FORMS32["twins"] + FORMS33["twins"] + FORMS34["twins"], ids=lambda e: e["text"][:40]
)
def test_training_lists_twins_get_no_self_harm_flag_from_the_lists(entry: dict[str, str]) -> None:
    found = check_text(entry["text"], writer=entry["writer"])
    assert not [f.term for f in found if f.self_harm and not f.term.startswith("model:")], entry["text"]


@pytest.mark.parametrize("entry", FORMS32["quiet"] + FORMS33["quiet"], ids=lambda e: e["text"][:40])
def test_training_lists_everyday_twins_get_no_crisis_line_at_all(entry: dict[str, str]) -> None:
    # (33) denials („verneint auf direkte Nachfrage Suizidgedanken“), a last day in a course, a shift at
    # four, a relative's dying, a queue that „kills“ in Turkish or Russian: no flag, lists or model
    assert not any(f.self_harm for f in check_text(entry["text"], writer=entry["writer"])), entry["text"]


def test_zero_width_non_joiner_parts_words_as_a_space_does() -> None:
    # Persian typed with the ZWNJ („می‌خوام“) reads as typed with a space („می خوام“), as the model reads it
    assert fold("می\u200cخوام")[0] == "می خوام"
    assert any(f.self_harm for f in check_text("می\u200cخوام بمیرم", writer="elb"))
    assert any(f.self_harm for f in check_text("از پل می\u200cپرم", writer="elb"))


# --- thirty-third round: the IFK notes of the training list in pairs (forms9) --------------------------


@pytest.mark.parametrize("entry", FORMS33["fine"], ids=lambda e: e["text"][:40])
def test_thirty_third_round_fine_ifk_notes_get_no_hint(entry: dict[str, str]) -> None:
    # „keinen Tag gefehlt“, „mangels Teilnehmer abgesagt“, „Der Kurs gehört zu den AZAV-zertifizierten
    # Maßnahmen“, „Besser wäre lt. Kdin. …“, arrears settled and the flat kept
    assert check_text(entry["text"], writer=entry["writer"]) == [], entry["text"]


@pytest.mark.parametrize("entry", FORMS33["issues"], ids=lambda e: e["text"][:40])
def test_thirty_third_round_ifk_verdicts_and_lack_get_a_hint_of_their_kind(entry: dict[str, Any]) -> None:
    kinds = {k for f in check_text(entry["text"], writer=entry["writer"]) for k in f.kinds}
    assert kinds & set(entry["kinds"]), (entry["text"], kinds)


@pytest.mark.parametrize(
    "text",
    [
        # the denials stay crises where the note hesitates, or tells of thoughts too
        "Kd. verneint auf direkte Nachfrage Suizidgedanken nicht glaubhaft, wirkt hoffnungslos.",
        "Suizidalität abgefragt: verneint, aber Kd. hat Tabletten gesammelt.",
        "Kd. spricht vom Tod seines Vaters und sagt, er wolle ihm nachfolgen.",
        "Ich möchte nicht mehr aufwachen müssen.",
        "Heute ist mein letzter Tag in der Maßnahme, ich verabschiede mich für immer.",
    ],
)
def test_thirty_third_round_exits_keep_the_crisis_where_it_is_said(text: str) -> None:
    assert any(f.self_harm for f in check_text(text, writer="ifk")), text


def test_the_threshold_search_vetoes_as_the_guard_does() -> None:
    """Thirty-eighth round: the training's search for the veto value called :func:`vetoable` without
    the sentence, so the fear rule (twenty-first round) and the word count (thirty-seventh round) did
    not apply there, while the guard applies them. A crisis finding in a sentence that says fear keeps
    the lists' score however low the model's is, and a verdict that is most of its sentence's own words
    too; a finding among other words gets the model's score."""
    from beratungskit.analysis import wording_train
    from beratungskit.analysis.wording_model import LABELS

    guard = load_guard()
    low = [dict.fromkeys(LABELS, 0.01)]

    def scored(text: str, writer: str = "elb") -> list[float]:
        entry = {"text": text, "writer": writer, "kinds": {"fine"}, "self_harm": False, "set": ""}
        return [score for _kinds, score, _harm in wording_train.units([entry], [low], guard)[0].lists]

    fear = scored("Ich hab Angst, weil meine Gläubiger anrufen.")
    calm = scored("Mit den Gläubigern gesprochen, alles gut.")
    assert fear and calm
    assert fear == [1.0] * len(fear) and calm == [0.01] * len(calm)
    assert scored("Kd. erzählt Lügen über den AG.", "ifk") == [1.0]


# --- thirty-eighth round: probe 41's missed ways (read after it was measured) -------------------------

# written for the test (not probe sentences): each way beside an everyday sentence with its words
ROUND38_WAYS = [
    ("Den Strick hab ich schon im Keller versteckt.", "elb", True),
    ("Ich hab mir schon eine Schlinge geknüpft.", "elb", True),
    ("Ich hab die Strickjacke schon im Schrank.", "elb", False),
    ("Kd. berichtet, dass er sich seit Monaten absichtlich mit Zigaretten verbrennt.", "ifk", True),
    ("Kdin. hat sich beim Sport immer wieder am Knie verletzt, Reha beantragt.", "ifk", False),
    ("Je me scarifie depuis l'été.", "elb", True),
    ("Il se fait du mal exprès quand il est seul.", "elb", True),
    ("Elle se coupe les bras avec une lame.", "elb", True),
    ("Je me coupe les cheveux moi-même, c'est moins cher.", "elb", False),
    ("Je me suis brûlé la main en cuisinant.", "elb", False),
    ("Niemand soll traurig sein, ich hab mich entschieden.", "elb", True),
    ("Niemand muss traurig sein, wenn die Maßnahme endet.", "elb", False),
    ("Mi sono ferita apposta ieri sera.", "elb", True),
    ("Mi sono tagliata i capelli corti per il colloquio.", "elb", False),
    ("Ik ben het leven moe.", "elb", True),
    ("Ik ben het wachten op de brief moe.", "elb", False),
]


@pytest.mark.parametrize(("text", "writer", "harm"), ROUND38_WAYS)
def test_the_thirty_eighth_rounds_ways_get_the_crisis_line_and_their_twins_none(
    text: str, writer: str, harm: bool
) -> None:
    """A rope kept ready, hurting oneself on purpose with a tool (German, French, Italian), tired of
    life in Dutch, nobody shall be sad with a decision after it — each with the crisis line, in the
    lists alone too; the everyday sentences with their words without."""
    found = check_text(text, writer=writer)
    assert any(f.self_harm for f in found) is harm, (text, [(f.kind, f.term) for f in found])
    if harm:
        assert any(f.self_harm for f in load_guard()._check_all(text, writer, model=False)), text


def test_a_reason_given_to_the_office_is_an_exit_only_with_the_reason() -> None:
    """Thirty-eighth round: „damit Sie wissen“ kept the model's self-harm hint away in any sentence;
    after a rope kept ready („… nur damit Sie wissen, dass ich es ernst mein“) it said nothing of an
    everyday reason. It is an exit where the reason follows („damit Sie wissen, warum …“)."""
    use = load_guard()._model  # type: ignore[attr-defined]
    assert use.exits(fold("Ich sag das nur, damit Sie wissen, warum ich dienstags nicht kann.")[0])
    assert not use.exits(fold("Nur damit Sie wissen, dass ich es ernst mein.")[0])


def test_the_models_typing_hint_yields_to_what_is_typical_of_a_trade() -> None:
    """Thirty-eighth round: a model rule other than self-harm may have an ``unless`` of its own. The
    retrained model gave „Typisch für die Gastronomie sind geteilte Dienste“ 0.97 for typing; the
    lists' exit for what is typical of a trade (``unless_lists.trade``) now holds for the model's typing
    hint too, and a typing of people still passes."""
    use = load_guard()._model  # type: ignore[attr-defined]
    rule = next(r for r in use.rules if r.label == "typing")
    model = use._load()
    trade = fold("Typisch für die Gastronomie sind geteilte Dienste")[0]
    people = fold("Typisch für solche Kunden, die kommen nie pünktlich")[0]
    assert rule.unless is not None and rule.unless.search(trade) and not rule.unless.search(people)
    assert not use.passes(rule, 0.99, trade, model, "ifk", [])
    assert use.passes(rule, 0.99, people, model, "ifk", [])


# --- thirty-ninth round: probe 42's errors (read after it was measured) -------------------------------

# written for the test (not probe sentences); each pair: the way the guard missed, and its everyday twin
ROUND39_EXITS_IN_ANOTHER_SENTENCE = [
    # an exit holds in its own sentence and the fragments joined to it, not in another full sentence
    (
        "Kd. sagt, sie stelle sich oft vor, mit dem Auto gegen einen Brückenpfeiler zu fahren. Noch nichts "
        "unternommen. Termin beim Hausarzt ist vereinbart.",
        "ifk",
        True,
    ),
    (
        "Kdin. berichtet, sie habe überlegt, sich von der Autobahnbrücke zu stürzen. Bisher keine Umsetzung. "
        "Der Hausarzt ist informiert.",
        "ifk",
        True,
    ),
    (
        "Mein Hausarzt hat mir neue Tabletten verschrieben. Zweimal täglich. Die vertrage ich gut.",
        "elb",
        False,
    ),
    # an everyday reason denied before it is no exit
    (
        "Ich wollte mich nur verabschieden. Nicht wegen Urlaub. Ich hab alles geregelt und mach heute "
        "Schluss.",
        "elb",
        True,
    ),
    ("Liebe Frau Berger, ich sag jetzt Tschüss. Wegen dem Umzug. Ab März bin ich in Kassel.", "elb", False),
    # insulin, the family doctor: everyday words only in a message without a pressing word
    ("Kann man an zu viel Insulin sterben? Ich frag für mich.", "elb", True),
    ("Ich spritze Insulin und bin beim Hausarzt gut eingestellt.", "elb", False),
]


@pytest.mark.parametrize(("text", "writer", "harm"), ROUND39_EXITS_IN_ANOTHER_SENTENCE)
def test_an_exit_holds_where_it_is_said_and_not_where_it_is_denied(
    text: str, writer: str, harm: bool
) -> None:
    """Thirty-ninth round (probe 42's four self-harm sentences without a self-harm finding, read after
    its measurement): the model was sure of each, and an exit of another sentence („Hausarzt … vermittelt“),
    a denied reason („Nicht wegen Umzug“) or an everyday word beside „sterben“ („Insulin“) silenced it.
    Against the guard before the round, the four self-harm sentences here get no self-harm finding."""
    found = check_text(text, writer=writer)
    assert any(f.self_harm for f in found) is harm, (text, [(f.kind, f.term) for f in found])


def test_the_medicine_exits_yield_to_a_pressing_word() -> None:
    """„Insulin“, „Hausarzt“, „vom Arzt“, „verschrieben“ were exits of the model's self-harm hint in
    any message; since the thirty-ninth round they are everyday exits, which a pressing word undoes."""
    use = load_guard()._model  # type: ignore[attr-defined]
    assert use.exits(fold("Das Insulin vom Hausarzt ist verschrieben.")[0])
    assert not use.exits(fold("Kann man an Insulin sterben, wenn man zu viel spritzt?")[0])
    assert not use.exits(fold("Die Tabletten vom Arzt, damit ich nicht mehr aufwache.")[0])


LONG_MESSAGE = (
    "Guten Tag, ich wollte fragen ob der Antrag auf Weiterbewilligung angekommen ist und ob die Nebenkosten "
    "jetzt anders berechnet werden, {clause}, den Kontoauszug reiche ich am Montag nach."
)


def test_a_long_sentence_is_read_clause_by_clause_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thirty-ninth round: in a long message of one sentence the model's score of the whole thins out
    what one clause says (probe 42: 0.11 for the sentence, 0.99 for its clause „weiß ich nicht ob ich
    den Januar noch erlebe“), and the errand at its end („reiche ich nach“) is an exit of the whole. A
    clause the model is sure of, read alone with its own exits, gets the hint; the same message with a
    glad clause gets none. Without the clause reading the hint does not come."""
    from beratungskit.analysis import wording

    harm = LONG_MESSAGE.format(clause="ich weiß nicht ob ich das Frühjahr noch erlebe")
    glad = LONG_MESSAGE.format(clause="ich freu mich schon auf das Frühjahr im Garten")
    assert [f.text for f in check_text(harm, writer="elb") if f.self_harm] == [
        "ich weiß nicht ob ich das Frühjahr noch erlebe"  # the clause quoted without its comma
    ]
    assert not check_text(glad, writer="elb")
    assert not any(f.self_harm for f in load_guard()._check_all(harm, "elb", model=False))
    monkeypatch.setattr(wording, "CLAUSE_SENTENCE_WORDS", 10_000)
    assert not any(f.self_harm for f in check_text(harm, writer="elb"))


@pytest.mark.parametrize(
    "text",
    [
        "Kann man an zu viel Insulin sterben? Ich frag für mich.",
        "Ich hab meinen Frieden gemacht und geh heut Nacht.",
    ],
)
@pytest.mark.parametrize("writer", ["elb", "ifk"])
def test_one_sentence_is_quoted_once_where_the_model_finds_harm_and_crisis(text: str, writer: str) -> None:
    """Fortieth round: where only the model finds something, its self-harm and its crisis finding on
    the same sentence are one hint (the self-harm one, with the crisis line), as they are where the
    lists found something too. Before, the hint quoted the sentence twice („„Kann man an zu viel
    Insulin sterben“ (…), „Kann man an zu viel Insulin sterben“ (…)“)."""
    findings = check_text(text, writer=writer)
    places = [(f.start, f.end) for f in findings]
    assert findings and len(places) == len(set(places))
    assert findings[0].self_harm and findings[0].start == 0


ROUND39_IFK_NOTES = [
    # a lack made good, or of no weight
    ("Der fehlende Führerschein ist für die Stelle im Büro kein Hindernis.", "deficit", False),
    ("Fehlende Zeugnisse aus dem Irak werden durch eine Arbeitsprobe ersetzt.", "deficit", False),
    (
        "Die fehlenden Deutschkenntnisse werden durch den Sprachkurs beim Träger ausgeglichen.",
        "deficit",
        False,
    ),
    ("Kd. fehlen Deutschkenntnisse, Motivation gering.", "deficit", True),
    # typical of a process, not of people
    ("Typische Startschwierigkeiten in der neuen Schicht, inzwischen gut eingearbeitet.", "typing", False),
    ("Typischer Werdegang im Handwerk: Lehre, Gesellenjahre, dann Meisterschule.", "typing", False),
    ("Typischer Werdegang eines Schulabbrechers, wie so viele hier.", "typing", True),
    # a habit given up, not with a relapse
    ("Kdin. hat vor einem Jahr das Kiffen aufgegeben und macht jetzt den Führerschein.", "crisis", False),
    ("Kd. hat mit dem Trinken aufgehört und geht regelmäßig zur Gruppe.", "crisis", False),
    ("Kd. hatte das Trinken aufgegeben, trinkt seit der Trennung aber wieder täglich.", "crisis", True),
    # a detail the person asked to have noted
    (
        "Kdin. berichtet von ihrer Epilepsie und möchte das bei der Stellensuche berücksichtigt wissen.",
        "profiling",
        False,
    ),
    ("Auf eigenen Wunsch vermerkt: Kd. hat Diabetes und braucht feste Pausen.", "profiling", False),
    ("Kdin. leidet an Epilepsie.", "profiling", True),
    # a denial told as what the person says, not with a doubt
    ("Kd. gibt auf Nachfrage an, keine Suizidgedanken zu haben.", "crisis", False),
    ("Kdin. äußert auf Nachfrage, keine Suizidgedanken zu haben; Stimmung stabil.", "crisis", False),
    ("Kd. gibt an, keine Suizidgedanken zu haben, wirkt aber sehr verzweifelt.", "crisis", True),
    # probe 43's (read after its measurement): a crisis said to be absent, a course on crises, a
    # screening with no finding, a clear distance from the thoughts
    (
        "Kd. beschreibt Müdigkeit nach der Spätschicht, keine Hinweise auf eine Krise, Wunsch nach "
        "Frühschicht notiert.",
        "crisis",
        False,
    ),
    ("Keine Krise erkennbar, Kdin. wirkt zuversichtlich.", "crisis", False),
    ("Keine Hinweise auf eine Krise, aber Kd. wirkt sehr angespannt und schläft kaum.", "crisis", True),
    (
        "Kdin. hat im Betrieb die Fortbildung „Umgang mit Krisen im Kundenkontakt“ abgeschlossen.",
        "crisis",
        False,
    ),
    ("Screening auf Suizidalität durchgeführt: unauffällig, Kdin. plant den Kursstart.", "crisis", False),
    ("Suizidalität abgefragt, aber Kd. wich aus.", "crisis", True),
    ("Kd. distanziert sich deutlich von Suizidgedanken, Termin in zwei Wochen.", "crisis", False),
    ("Kd. distanziert sich zögerlich von Suizidgedanken.", "crisis", True),
]


@pytest.mark.parametrize(("text", "kind", "hint"), ROUND39_IFK_NOTES)
def test_the_thirty_ninth_rounds_exits_in_ifk_notes(text: str, kind: str, hint: bool) -> None:
    """Thirty-ninth round (probe 42's fine IFK notes with a hint, read after its measurement): a lack
    made good (``unless_lists.ausgeglichen``), what is typical of a process (``typisch_sache``), a habit
    given up (``sucht_beendet``), a detail noted at the person's wish (``auf_wunsch``), a denial told as
    what the person says (``verneint``); probe 43's: a crisis said to be absent, a course on crises, a
    screening without a finding, a clear distance from the thoughts — each beside a note that keeps
    its hint. Against the guard before the round, each of the 16 fine notes here gets the hint."""
    found = check_text(text, writer="ifk")
    assert any(kind in f.kinds for f in found) is hint, (text, [(f.kind, f.term) for f in found])


ROUND40_WISHES = [
    # the wish to have a detail noted, said in other words than „auf eigenen Wunsch“
    ("Kdin. bittet, ihre Migräne in der Akte zu vermerken, damit Termine nicht früh morgens liegen.", False),
    ("Kd. bat darum festzuhalten, dass er wegen seiner Schwerhörigkeit am Telefon schlecht versteht.", False),
    ("Kd. möchte seine Epilepsie vermerkt haben, Schichtarbeit kommt nicht in Frage.", False),
    ("Kd. wünscht den Vermerk: Morbus Crohn, braucht am Arbeitsplatz eine Toilette in der Nähe.", False),
    ("Wie von Kdin. gewünscht notiert: Sie ist wegen einer Depression in Behandlung.", False),
    ("Auf Wunsch des Kd. vermerkt: Diabetes, Termine nicht über Mittag.", False),
    # no wish, or a wish not to have it noted
    ("Kd. hat eine Angststörung, will aber nicht, dass es notiert wird.", True),
    ("Kdin. ist wegen einer Depression in Behandlung.", True),
    ("Kd. hat Epilepsie, bittet um Termine am Nachmittag.", True),
]


@pytest.mark.parametrize(("text", "hint"), ROUND40_WISHES)
def test_a_detail_noted_at_the_persons_wish_in_other_words(text: str, hint: bool) -> None:
    """Fortieth round (probe 44's fine IFK notes with a hint, read after its measurement): the person's
    wish to have a health detail noted, in the ways probe 44's writers said it („bittet, … in der Akte
    zu vermerken“, „bat darum festzuhalten“, „möchte … vermerkt haben“, „wünscht den Vermerk“, „Wie von
    Kd. gewünscht vermerkt“, „Auf Wunsch des Kd.“), is an exit of the profiling hint
    (``unless_lists.auf_wunsch``); „will nicht, dass es notiert wird“ is none. Against the guard before
    the round, each of the six fine notes here gets the profiling hint."""
    found = check_text(text, writer="ifk")
    assert any("profiling" in f.kinds for f in found) is hint, (text, [(f.kind, f.term) for f in found])


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Ich will nicht mehr so faul sein.", False),
        ("Ich möchte nicht mehr so schüchtern sein, wenn ich anrufe.", False),
        ("Ich will nicht mehr so schwach sein, lieber tot.", True),
    ],
)
def test_a_wish_to_change_a_trait_is_no_thought_of_self_harm(text: str, hint: bool) -> None:
    """Fortieth round: the model retrained in the round gives „Ich will nicht mehr so faul sein.“ 0.46,
    just above the score at which its hint needs no word of the field. A wish to change a trait of
    one's own is an exit of the model's self-harm hint — never with a word of an end in the sentence."""
    found = check_text(text, writer="elb")
    assert any(f.self_harm for f in found) is hint, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Kd. wirkt erschöpft. Suizidgedanken auf Nachfrage klar verneint, Termin in zwei Wochen.", False),
        ("Nach Suizidgedanken gefragt: Kd. verneinte glaubhaft, plant den Umzug zur Schwester.", False),
        ("Kdin. hat Rückenschmerzen. Suizidalität im Gespräch verneint.", False),
        ("Kd. hat Suizidgedanken. Hilfe verneint.", True),
        ("Suizidgedanken auf Nachfrage nicht verneint.", True),
        ("Kd. spricht von Suizidgedanken, auf Nachfrage verneint.", True),
        ("Suizidgedanken verneint, aber Kd. hat Tabletten gesammelt.", True),
        ("Kd. verletzt sich abends mit einer Klinge, Suizidabsicht wird verneint.", True),
        ("Kdin. hat sich mit dem Feuerzeug Brandwunden zugefügt; Suizidalität verneint.", True),
    ],
)
def test_a_denial_with_the_word_first(text: str, hint: bool) -> None:
    """Forty-first round (probe 45's fine IFK notes, read after its measurement): a risk asked about and
    denied, told with the word first („Suizidgedanken auf Nachfrage verneint“), is an exit of the
    self-harm hint as „verneint Suizidgedanken“ was (``unless_lists.verneint``) — only from a sentence's
    start, never across its end, never with „nicht“, „aber“ or „spricht von“, and never where the
    sentence tells of hurting oneself (self-harm without the wish to die keeps the crisis line).
    Sentences I wrote for this test; the guard before the round gives the first three the hint."""
    found = check_text(text, writer="ifk")
    assert any(f.self_harm for f in found) is hint, [(f.kind, f.term) for f in found]


def test_an_exit_from_a_sentences_start_holds_in_a_later_sentence() -> None:
    """Forty-first round: the model reads a later sentence with the space before it, and an exit that
    holds from a sentence's start („(?:^|(?<=[.!?:;]\\s))…“, as the denials are) never matched there.
    The model's exits now see the sentence without it."""
    from beratungskit.analysis.wording import fold, load_guard

    use = load_guard()._model
    assert use.exits(fold(" Suizidalität im Gespräch verneint.")[0])
    assert use.exits(fold("Suizidalität im Gespräch verneint.")[0])
    assert not use.exits(fold(" Suizidalität im Gespräch nicht verneint.")[0])


def test_the_apps_question_for_a_support_person_is_an_exit_of_the_model() -> None:
    """Forty-first round: „Wen können Sie anrufen, wenn es schnell gehen muss?“ is the app's own question
    card, asked to the person; a newly trained word twin scored it 0.53, and the threshold search (where
    no card may get a hint) raised the IFK's self-harm threshold over it. It is an exit of the model's
    hint now — the same question asked for oneself with a wish to die is none."""
    from beratungskit.analysis.wording import fold, load_guard

    use = load_guard()._model
    assert use.exits(fold("Wen können Sie anrufen, wenn es schnell gehen muss?")[0])
    assert not use.exits(fold("Wen kann ich anrufen, wenn ich nicht mehr leben will?")[0])


@pytest.mark.parametrize(
    ("text", "writer", "crisis", "self_harm"),
    [
        ("Kd. berichtete vom Tod des Vaters im Oktober. Termin auf Wunsch verschoben.", "ifk", False, False),
        ("Todesfall in der Familie, Kdin. bittet um Verschiebung der Maßnahme.", "ifk", False, False),
        (
            "Meine Oma ist gestorben, die Trauerfeier ist am Freitag. Kann ich den Termin tauschen?",
            "elb",
            False,
            False,
        ),
        ("Kd. sagt, seit dem Tod der Mutter sehe er keinen Grund mehr zu leben.", "ifk", True, True),
        ("Seit dem Tod meines Mannes will ich nur noch zu ihm.", "elb", True, True),
        ("Kdin. berichtet von der Trennung, Ex-Partner droht ihr und den Kindern.", "ifk", True, False),
    ],
)
def test_grief_told_is_no_crisis_but_a_wish_to_follow_is(
    text: str, writer: str, crisis: bool, self_harm: bool
) -> None:
    """Forty-first round: a death in the family, told with its leave or a moved appointment, is no
    crisis to refer (the labelled sentences call „Tod des/der …“ fine 65 times and a crisis of another
    kind once); „Trauer“, „Todesfall“ and „Tod des …“ left the family topic's crisis group. A thought
    of following the dead keeps the crisis line, and a separation with a threat stays a crisis."""
    found = check_text(text, writer=writer)
    assert any(f.kind == "crisis" for f in found) is crisis, [(f.kind, f.term) for f in found]
    assert any(f.self_harm for f in found) is self_harm, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("text", "kind", "hint"),
    [
        ("Kd. krankgemeldet, AU bis Freitag.", "profiling", False),
        ("AU liegt vor, Termin auf nächste Woche verschoben.", "profiling", False),
        ("Kdin. hat einen Bandscheibenvorfall, AU bis Freitag.", "profiling", True),
        ("Kd. bewirbt sich bei einer Firma für Kampfmittelräumung.", "crisis", False),
        ("Kd. arbeitet in der Warenverräumung, die Räumungsklage gegen ihn läuft.", "crisis", True),
        ("Kd. lebt in einer gleichgeschlechtlichen Partnerschaft.", "profiling", True),
        ("Kdin. ist seit dem Sommer in Kinderwunschbehandlung.", "profiling", True),
        ("Ehemann der Kdin. ist fremdgegangen, sie will sich trennen.", "profiling", True),
    ],
)
def test_a_sick_note_and_a_trade_are_no_detail_but_private_life_is(text: str, kind: str, hint: bool) -> None:
    """Forty-first round (probe 45's IFK notes, read after its measurement): a sick note said short
    („AU bis Freitag“, „AU liegt vor“) is what the office must know, and a clearing that is a trade
    („Kampfmittelräumung“) is no eviction — both are ``exceptions``, so a diagnosis or an eviction in the
    same sentence keeps its hint. A same-sex partnership, a fertility treatment and an affair are
    private details (profiling). Sentences I wrote for this test."""
    found = check_text(text, writer="ifk")
    assert any(kind in f.kinds for f in found) is hint, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        ("Δεν θέλω να ξυπνήσω αύριο.", True),
        ("Δεν θέλω να ξυπνήσω.", True),
        ("Δεν θέλω να ξυπνήσω στις έξι, είναι πολύ νωρίς.", False),
    ],
)
def test_not_wanting_to_wake_up_in_greek(text: str, self_harm: bool) -> None:
    """Forty-first round (left noted in the fortieth): „Δεν θέλω να ξυπνήσω αύριο.“ („I don't want to
    wake up tomorrow“) got no hint — the Greek entry asked for „ποτέ/άλλο/ξανά“ after it. It now also
    holds at the sentence's end and with „αύριο“, never with a time („στις έξι“) or „early“."""
    found = check_text(text, writer="elb")
    assert any(f.self_harm for f in found) is self_harm, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        ("Ich hab früher mal geritzt, ist aber über 10 Jahre her. Muss ich die Narben erklären?", False),
        ("Ich hab früher geritzt, aber seit letzter Woche wieder.", True),
        ("Ich hab früher geritzt, ist 10 Jahre her, aber seit letzter Woche wieder.", True),
        ("Hab mich beim Gemüseschneiden geschnitten und dann wieder gearbeitet.", False),
    ],
)
def test_cutting_long_past_or_back_again(text: str, self_harm: bool) -> None:
    """Forty-first round: self-harm told as over „ist aber über 10 Jahre her“ is past (``over``; it
    knew „ist lange her“), and cutting told as past and then back („… aber seit letzter Woche wieder“)
    is a thought of self-harm — before, the guard gave that sentence no hint at all."""
    found = check_text(text, writer="elb")
    assert any(f.self_harm for f in found) is self_harm, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        ("Kd. verneint jedoch klar Suizidgedanken, Termin in drei Wochen.", False),
        ("Auf die Frage nach Suizidgedanken antwortet Kdin. klar mit Nein.", False),
        ("Kdin. äußert keine Gedanken an Selbstverletzung, Praktikum läuft gut.", False),
        ("Kd. verneint Lebensmüdigkeit klar, er schläft wegen der Nachtschichten schlecht.", False),
        ("Selbstgefährdung auf Nachfrage verneint.", False),
        ("Keine akute Eigengefährdung erkennbar.", False),
        ("Kd. äußert keine Gedanken an Suizid mehr.", True),
        ("Kd. will nicht mehr leben, verneint jedoch Suizidgedanken.", True),
        ("Kd. ist lebensmüde, Suizidgedanken verneint.", True),
        ("Kd. wirkt hoffnungslos, keine Eigengefährdung.", True),
        ("Kdin. will einfach nur noch weg, Lebensmüdigkeit verneint.", True),
        ("Kd. hat Suizidgedanken, keine akute Eigengefährdung.", True),
    ],
)
def test_more_ways_to_note_a_denial(text: str, self_harm: bool) -> None:
    """Forty-second round (probe 46's IFK notes, read after its measurement): a denial said with
    „jedoch“, „antwortet … mit Nein“, „äußert keine Gedanken an …“, and the nouns a note denies
    („Selbstgefährdung“, „Eigengefährdung“, „Lebensmüdigkeit“) now stand in the group whose denials hold.
    Never where the same sentence says the person is weary of life or hopeless („lebensmüde“ silenced
    its own group before this round), wants to be gone, or has thoughts. Sentences I wrote."""
    found = check_text(text, writer="ifk")
    assert any(f.self_harm for f in found) is self_harm, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Kd. besucht eine Schulung zum Umgang mit Suizidalität in der Pflege.", False),
        ("Kdin. ist Notfallsanitäterin; im Lehrplan steht der Umgang mit Suizidversuchen.", False),
        ("Modul ‚Erste Hilfe bei psychischen Krisen‘ ist Teil der Ausbildung zur Betreuungskraft.", False),
        ("Kd. war Sanitäter, oft bei Einsätzen nach Suizidversuchen; Bewerbung als Disponent.", False),
        ("Kd. spielt im Theaterverein eine Frau, die sich am Ende das Leben nimmt.", False),
        ("Kd. hat die Ausbildung abgebrochen, Umgang mit Suizidgedanken schwierig.", True),
        ("In der Schulung sprach Kd. über den Umgang mit eigenen Suizidgedanken.", True),
        ("Ich mach am Wochenende Schluss, dann hat das Amt weniger Arbeit mit mir.", True),
    ],
)
def test_a_crisis_as_the_subject_of_a_training_or_a_job(text: str, hint: bool) -> None:
    """Forty-second round (probe 46): a crisis as the subject of a course, a curriculum or a job is no
    crisis of the person („Umgang mit Suizidversuchen steht im Lehrplan“), nor a part played on a stage —
    never where the sentence tells of the person's own thoughts, a course broken off, or „ich/mein“.
    Ending it so that the office has less work is a thought of self-harm (probe 46 missed it)."""
    writer = "elb" if text.startswith("Ich") else "ifk"
    found = check_text(text, writer=writer)
    assert any(f.kind == "crisis" for f in found) is hint, [(f.kind, f.term) for f in found]
    assert any(f.self_harm for f in found) is hint, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("text", "kind", "hint"),
    [
        (
            "Kd. teilt mit, seine Mutter sei verstorben; Sonderurlaub für die Beerdigung genehmigt.",
            "profiling",
            False,
        ),
        (
            "Vater der Kdin. im Oktober gestorben, sie regelt den Nachlass, Termin verschoben.",
            "profiling",
            False,
        ),
        ("Kd.s Vater ist früh verstorben, seitdem lebt er bei der Oma.", "profiling", True),
        ("Stromsperre durch Ratenzahlung abgewendet, keine Rückstände mehr.", "crisis", False),
        ("Gasversorgung seit Montag wieder hergestellt.", "crisis", False),
        ("Stromsperre ab Montag angekündigt, Kinder im Haushalt.", "crisis", True),
        ("Kdin. bittet, ihre Diabeteserkrankung bei der Vermittlung zu berücksichtigen.", "profiling", False),
        ("Kd. bittet ausdrücklich um einen Vermerk zu seiner Epilepsie.", "profiling", False),
        ("Kd. hat Epilepsie.", "profiling", True),
    ],
)
def test_a_death_told_for_the_funeral_a_cut_off_averted_a_detail_asked_for(
    text: str, kind: str, hint: bool
) -> None:
    """Forty-second round (probe 46): a parent's death told for what follows now (the funeral, the
    estate, an appointment moved) is no life history; a cut-off averted or a supply restored is no
    crisis now; „bittet, … zu berücksichtigen“ and „bittet um einen Vermerk“ are the person's wish.
    A death long ago, a cut-off to come and a detail nobody asked for keep their hints."""
    found = check_text(text, writer="ifk")
    assert any(kind in f.kinds for f in found) is hint, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        ("Mein Therapeut ist im Urlaub und ich hab die Rasierklingen aus dem Bad geholt.", True),
        ("Meine Therapeutin ist im Urlaub, ich melde mich danach.", False),
        ("Ich bin im Urlaub bis zum 12., danach komme ich vorbei.", False),
    ],
)
def test_another_persons_holiday_is_no_exit_of_the_model(text: str, self_harm: bool) -> None:
    """Forty-second round: a holiday is an everyday exit of the model's self-harm hint — the writer's
    own, not the therapist's („Mein Therapeut ist im Urlaub und ich hab keine Rasierklingen mehr im Haus
    …“, probe 46's self-harm message, had no hint)."""
    found = check_text(text, writer="elb")
    assert any(f.self_harm for f in found) is self_harm, [(f.kind, f.term) for f in found]


def test_named_pieces_of_a_regex_are_written_once(tmp_path: Path) -> None:
    """Forty-third round: ``fragments:`` names a piece of a raw regex, used as ``(?&NAME)`` in a „re:“
    entry anywhere in the file (a group's terms, an ``unless``, the lists). The doubts that undo a noted
    denial stood written out in nine entries and had drifted apart."""
    file = _write(
        tmp_path / "wording_guard.yaml",
        "fragments:\n  TIER: >-\n    katze|hund\n    |hamster\n  MEIN_TIER: (?:mein|meine)\\s+(?&TIER)\n"
        "groups: [{kind: profiling, terms: ['re:(?&MEIN_TIER)'],"
        " unless: ['re:(?&TIER)\\s+ist\\s+gestorben']}]\n",
    )
    guard = load_guard(file)
    assert [f.text for f in check_text("Das ist meine Hamster-Dame.", guard=guard)] == ["meine Hamster"]
    assert check_text("Mein Hund ist gestorben.", guard=guard) == []
    assert check_text("Das ist meine Schildkröte.", guard=guard) == []


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ("groups: [{kind: profiling, terms: ['re:(?&FEHLT)']}]\n", "unbekanntes Teilstück „FEHLT“"),
        ("fragments: {klein: katze}\ngroups: []\n", "Namen aus Großbuchstaben"),
        ("fragments: {KAPUTT: 'katze('}\ngroups: []\n", "KAPUTT"),
        ("fragments: [KATZE]\ngroups: []\n", "nicht die erwartete Form"),
        # the built-in fragment of the abbreviations cannot be written over (said as such, not as a
        # badly formed name)
        ("fragments: {ABKUERZUNG: 'kd'}\ngroups: []\n", "„ABKUERZUNG“ ist ein eingebautes Teilstück"),
    ],
)
def test_a_bad_fragment_is_reported_in_german(tmp_path: Path, body: str, detail: str) -> None:
    file = _write(tmp_path / "wording_guard.yaml", body)
    with pytest.raises(WordingGuardError, match=re.escape(detail)):
        load_guard(file)


def test_the_shipped_denials_share_their_doubts() -> None:
    """The shipped list writes the doubts once: no „re:“ entry spells out the list of doubts itself."""
    raw = (Path(__file__).parent.parent / "templates" / "wording_guard.yaml").read_text(encoding="utf-8")
    doubts = "zoegerlich|ausweichend|unsicher|glaubwuerdig"
    assert raw.count(doubts) == 1, "the doubts of a denial belong in fragments: ZWEIFEL"
    assert raw.count("(?&KEIN_ZWEIFEL") >= 9


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        ("Keine Hinweise auf Fremdgefährdung; Suizidalität nach Todesfall erfragt, klar verneint.", False),
        (
            "Suizidgedanken wurden im Rahmen der Erstberatung erfragt und glaubhaft verneint; "
            "Kdin. freut sich auf den Kurs.",
            False,
        ),
        ("Auf Nachfrage keine Suizidgedanken; Kdin. freut sich auf den Kurs.", False),
        (
            "Kdin. beginnt die Ausbildung zur Notfallsanitäterin; Umgang mit Suizidversuchen steht im "
            "Lehrplan.",
            False,
        ),
        ("Kd. wirkt verärgert, aber nicht hoffnungslos; Selbstgefährdung auf Nachfrage verneint.", False),
        ("Kd. wirkt hoffnungslos, Suizidgedanken verneint.", True),
        ("Selbstverletzung durch Ritzen bekannt, keine Suizidgedanken.", True),
        ("Auf Nachfrage keine Suizidgedanken mehr, seit die Tabletten wirken.", True),
        ("Suizidgedanken erfragt und verneint, wirkt aber hoffnungslos.", True),
        ("Kd. geht seit zwei Wochen nicht mehr zur Dialyse, sagt, es lohne sich nicht mehr.", True),
    ],
)
def test_denials_over_a_semicolon_and_a_vital_treatment_left_off(text: str, self_harm: bool) -> None:
    """Forty-third round (probe 47's IFK notes, read after its measurement): a denial in the part after
    a „;“ (a „;“ ends a sentence for the guard; the denials looked back over it and held in the wrong
    part), with more words between the topic and „verneint“, „keine Suizidgedanken“ as one word; a
    training about crises, for the model's hint too (the app check of the last round); „aber nicht
    hoffnungslos“ is no despair (it kept the hint and undid the denial). Dialysis left off
    because „it is not worth it any more“ is a thought of self-harm. Sentences I wrote."""
    found = check_text(text, writer="ifk")
    assert any(f.self_harm for f in found) is self_harm, [(f.kind, f.term) for f in found]
    if not self_harm:
        assert not any(f.kind == "crisis" for f in found), [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("text", "self_harm"),
    [
        ("Не могу больше.", True),
        ("Nu mai pot.", True),
        ("Je n'en peux plus.", True),
        ("Nu mai pot veni mâine la 9.", False),
        ("Ya no puedo más con este calor.", False),
        ("hab nachgeschaut wie viele tabletten ich bräuchte", True),
        ("Die Brücke an der Autobahn ist nicht so hoch, aber die Autos sind schnell.", True),
        ("Tschüss. Diesmal für immer.", True),
        ("Hab den Antrag nochmal gemacht. Diesmal richtig.", False),
        ("Was bringt das alles noch?", True),
        ("Was bringt das noch, wenn der Kurs erst im März startet?", False),
        ("Ich mach einen Erste-Hilfe-Kurs, da geht es auch um Krisen und Suizid.", False),
        ("Ich mach einen Kurs, da geht es um Suizid, ich denke selber oft daran.", True),
        ("hab mir ein kletterseil für die halle gekauft", False),
        ("hab mir ein seil gekauft, nicht zum klettern", True),
        ("die kleine ist aus allen sachen rausgewachsen, hab alles verschenkt", False),
        ("hab alles verschenkt, brauch ich nicht mehr", True),
        ("Ich nehme den Zug um 7:05, bin dann um neun da.", False),
        ("Der Zug um 23:10 fährt hier ohne Halt durch, auf den warte ich.", True),
        ("Die Sterbeurkunde meiner Oma lade ich morgen hoch.", False),
        ("Hello, I sent my payslip. Please let me know if you need anything else.", False),
    ],
)
def test_warning_signs_and_their_everyday_twins_of_the_forty_third_round(text: str, self_harm: bool) -> None:
    """Forty-third round (probe 47's eLb messages, read after its measurement): „I can't any more“ as a
    sentence of its own in the eLb's languages (as the German „Ich kann nicht mehr.“), the dose
    reckoned, a bridge „not that high, but …“, a farewell „this time for ever“, „was bringt das alles
    noch?“; and their twins: a course about crises, a climbing rope, clothes outgrown and given away, a
    train taken at a time (not one waited for), a grandmother's death certificate uploaded, „let me know
    if you need anything else“ (probe 46's plain messages, read last round). Sentences I wrote."""
    found = check_text(text, writer="elb")
    assert any(f.self_harm for f in found) is self_harm, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("text", "kind", "hint"),
    [
        ("Mietschulden durch Nachzahlung erledigt, keine Räumungsklage mehr.", "crisis", False),
        ("Mietschulden noch offen, Räumungsklage droht.", "crisis", True),
        ("Kd. hat beim Räumungsverkauf eines Baumarkts Regale gekauft.", "crisis", False),
        ("Typisch Schmuddelwetter heute; Termin fand wie geplant statt.", "typing", False),
        ("Typisch Langzeitarbeitslose, die kommen nie pünktlich.", "typing", True),
        ("Kd. gehört zu den Teilnehmenden, die den Kurs bestanden haben.", "typing", False),
        ("Kd. gehört zu den ersten, die das neue Postfach nutzen.", "typing", False),
        ("Kd. gehört zu den Teilnehmern, die nie pünktlich sind.", "typing", True),
        ("Kd. sollte laut Träger Sicherheitsschuhe mitbringen; Kosten übernommen.", "judging", False),
        ("Kd. sollte sich endlich mehr bemühen.", "judging", True),
        ("Kdin. hat kaum Sprachprobleme.", "deficit", False),
        ("Kd. hat Sprachprobleme.", "deficit", True),
        ("Kd. konnte nicht kommen, weil die Oma gestorben ist; Termin verlegt.", "deficit", False),
        ("Kd. legt Wert darauf, dass ihre Schwerhörigkeit in der Akte vermerkt ist.", "profiling", False),
        ("Kd. ist schwerhörig.", "profiling", True),
        ("Kd. hat auf der Flucht seine Schwester verloren.", "profiling", True),
    ],
)
def test_settled_typical_of_the_weather_a_task_reported_a_wish_noted(
    text: str, kind: str, hint: bool
) -> None:
    """Forty-third round (probe 47's IFK notes): arrears paid and no eviction suit any more, a clearance
    sale, the weather „typical“, a group joined by what the person did, a task reported as another asked
    for it, a problem that is hardly there, a death as the reason for an absence, a detail the person
    wants noted — and their contrasts, which keep the hint; a loss on the flight is life history."""
    found = check_text(text, writer="ifk")
    assert any(kind in f.kinds for f in found) is hint, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("writer", "text", "self_harm"),
    [
        ("ifk", "Kdin. hat Suizidgedanken, konkrete Absichten verneint sie.", True),
        ("ifk", "Suizidgedanken vorhanden, eine Handlungsabsicht wird verneint.", True),
        ("ifk", "Kd. schildert seit Wochen Todeswünsche, einen Plan verneint er.", True),
        ("ifk", "Suizidalität anfangs verneint; im Verlauf sagte Kd., er habe schon ein Seil.", True),
        ("ifk", "Suizidgedanken zunächst verneint, später Andeutungen zum Abschied.", True),
        ("elb", "die adresse von der brücke hab ich schon rausgesucht", True),
        ("ifk", "Kd. hat sich gestern geritzt, verneint aber Gedanken an Suizid.", True),
        ("ifk", "Kd. verneint derzeit Gedanken an Suizid.", True),
        ("ifk", "Kdin. hat klar verneint, Gedanken an Suizid zu haben; sie plant den Umzug.", False),
        ("ifk", "Auf Nachfrage verneinte Fr. S. Gedanken an Selbstverletzung deutlich.", False),
        ("ifk", "Kd. hat auf Nachfrage verneint, sich etwas antun zu wollen.", False),
        ("ifk", "Kdin. sagt, dass sie keine Gedanken habe, sich etwas anzutun.", False),
        ("ifk", "Suizidalität offen angesprochen, ruhig und ohne Zögern verneint.", False),
        ("ifk", "Keine Anzeichen für eine Krise oder eine Selbstgefährdung.", False),
        ("ifk", "Suizidgedanken und -absichten verneint, Termin in zwei Wochen.", False),
        ("elb", "I'm dead tired after my training, can we talk tomorrow?", False),
        ("elb", "I'm dead tired of everything and want it to end.", True),
        ("elb", "im kurs haben wir gelernt, was man bei suizidgedanken von kollegen tun kann", False),
    ],
)
def test_partial_denials_keep_the_line_and_denials_in_other_words_are_quiet(
    writer: str, text: str, self_harm: bool
) -> None:
    """Forty-fourth round (probe 48, read after its measurement): a denial of plans or intent beside
    thoughts that are there („hat Suizidgedanken, konkrete Absichten verneint“) is no denial — the
    lists silenced it before this round; a denial „at first“ and a remark later; the address of a
    bridge kept; and the denials said in other words, which are quiet now: „verneint, Gedanken an …
    zu haben“, „verneinte Fr. S. Gedanken an …“, „verneint, sich etwas antun zu wollen“, more words
    between the asking and the answer, „dead tired after my training“. Sentences I wrote."""
    found = check_text(text, writer=writer)
    assert any(f.self_harm for f in found) is self_harm, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("text", "kind", "hint"),
    [
        ("Gassperre angedroht, Rate jedoch rechtzeitig bezahlt; Versorgung gesichert.", "crisis", False),
        ("Gassperre angedroht, die Rate wurde nicht bezahlt.", "crisis", True),
        ("Kündigung der Wohnung angedroht, mit dem Vermieter Ratenzahlung vereinbart.", "crisis", False),
        ("Stromsperre angekündigt; Sperre inzwischen abgewendet.", "crisis", False),
        ("Stromsperre angekündigt; Kd. weiß nicht, wie es weitergeht.", "crisis", True),
        ("Frage nach Krisen: Kdin. verneint, fühlt sich gut begleitet.", "crisis", False),
        ("Die Stromversorgung wurde gestern gesperrt, drei Kinder im Haushalt.", "crisis", True),
        ("Kd. ist einverstanden, dass seine Epilepsie in der Akte vermerkt wird.", "profiling", False),
        ("Kd. ist nicht einverstanden, dass seine Epilepsie in der Akte vermerkt wird.", "profiling", True),
        ("Kdin. möchte ihre Schwerhörigkeit im Lebenslauf erwähnen.", "profiling", False),
        ("Kdin. macht ein Praktikum an der Rezeption einer Klinik für Psychiatrie.", "profiling", False),
        ("Kdin. war zur Behandlung in einer Klinik für Psychiatrie.", "profiling", True),
        ("Kd. ist nie unpünktlich und hat keine Fehlzeiten.", "judging", False),
        ("Kd. ist nicht wählerisch bei der Schichtarbeit.", "judging", False),
        ("Kd. ist wählerisch bei der Schichtarbeit.", "judging", True),
        ("Kd. ist nie unpünktlich, aber leider unzuverlässig.", "judging", True),
        ("Kd. ist nicht schüchtern und hat keine Scheu vor Telefonaten.", "deficit", False),
        ("Kd. schaut gern eine Serie über einen Gefängnisausbruch.", "crisis", False),
        ("Kd. saß zwei Jahre im Gefängnis.", "profiling", True),
    ],
)
def test_averted_consented_at_work_and_weaknesses_denied(text: str, kind: str, hint: bool) -> None:
    """Forty-fourth round (probe 48's IFK notes): a cut-off averted by an instalment paid or agreed, also
    when told after a „;“; the question after crises answered no; consent to have a detail noted; a
    clinic as the place of work; a weakness said not to be there („nie unpünktlich“, „nicht
    wählerisch“, „keine Scheu“); a series about a prison break — and the contrasts that keep the hint."""
    found = check_text(text, writer="ifk")
    assert any(kind in f.kinds for f in found) is hint, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("writer", "text", "self_harm"),
    [
        ("ifk", "Suizidalität im Erstgespräch angesprochen und von Herrn W. klar verneint.", False),
        ("ifk", "Frage nach Gedanken an Suizid mit einem klaren Nein beantwortet.", False),
        ("ifk", "Selbstgefährdung: nein. Termin für die Bewerbungswerkstatt vereinbart.", False),
        ("ifk", "Frau P. schließt eine Selbstgefährdung glaubhaft aus.", False),
        ("ifk", "Es bestehen keine Anhaltspunkte für Suizidalität.", False),
        ("ifk", "Selbstmord komme für sie nicht in Frage, sagt sie.", False),
        ("ifk", "Herr L. habe nie daran gedacht, sich umzubringen.", False),
        ("ifk", "Nicht suizidal, nicht selbstgefährdend.", False),
        ("ifk", "Suizidalität seit Wochen, Plan verneint.", True),
        ("ifk", "Suizidgedanken, ansonsten keine Auffälligkeiten.", True),
        ("ifk", "Keine Anhaltspunkte für Besserung, Suizidgedanken täglich.", True),
        ("ifk", "Hat weder Arbeit noch Hoffnung, Suizidgedanken.", True),
        ("ifk", "Herr L. habe nie gedacht, dass er sich mal umbringen wolle.", True),
        ("ifk", "Selbstgefährdung glaubhaft ausgeschlossen, hat aber Tabletten gesammelt.", True),
        ("ifk", "Suizidgedanken verneint, sagt aber, sie sei bald nicht mehr da.", True),
        ("ifk", "Kd. hält die Sportwaffe in Gedanken an den eigenen Tod in der Hand.", True),
        ("ifk", "Unter Zukunftspläne schrieb sie: keine, bin dann nicht mehr da.", True),
        ("elb", "Ab Juli bin ich für immer weg – ich gehe in Rente! Danke für alles.", False),
        ("elb", "Ab Juli bin ich für immer weg, dann ist endlich Ruhe, das Leben hat keinen Sinn.", True),
        ("elb", "ich verabschiede mich von allen, ich ziehe nach Leipzig zu meinem neuen Job", False),
        ("elb", "ich verabschiede mich von allen, es tut mir leid, ich kann nicht mehr leben", True),
        ("ifk", "Kd. hat die Unterlagen noch am selben Tag eingereicht.", False),
        ("ifk", "Kd. meldet sich telefonisch betrunken und sagt, er stehe auf dem Dach.", True),
        ("ifk", "Kd. zeigt Selbstverletzungen, verneint Suizidgedanken.", True),
        ("ifk", "Kd. hat sich gestern verletzt, verneint Suizidgedanken.", True),
        ("ifk", "Suizidgedanken und Selbstverletzung werden klar verneint.", False),
    ],
)
def test_a_denial_in_general_and_its_doubts(writer: str, text: str, self_harm: bool) -> None:
    """Forty-fourth round (two development batches written for the round, read): a denial in any
    order within one part of a sentence — the asking answered no, „schließt … aus“, „keine
    Anhaltspunkte für …“, „komme nicht in Frage“, „habe nie daran gedacht, …“, „Nicht suizidal“ — is
    quiet; beside a plan denied, „ansonsten“, „täglich“, „seit Wochen“, a doubt, a means or a word of
    going away it keeps the crisis line, and so does „Hoffnung“ after „weder … noch“. Going away for
    a pension or a new job is quiet, going away with the life's sense denied is not. Sentences I wrote."""
    found = check_text(text, writer=writer)
    assert any(f.self_harm for f in found) is self_harm, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("text", "kind", "hint"),
    [
        ("Die Inobhutnahme ist beendet, die Kinder sind wieder zu Hause.", "crisis", False),
        ("Die Inobhutnahme läuft noch, Kinder seit Montag im Heim.", "crisis", True),
        ("Kontopfändung aufgehoben, Konto wieder freigegeben.", "crisis", False),
        ("Kontopfändung aufgehoben, aber die nächste droht.", "crisis", True),
        ("Die Zwangsvollstreckung wurde eingestellt.", "crisis", False),
        ("Mit Einverständnis des Kunden notiert: Diabetes, braucht Pausen.", "profiling", False),
        ("Kunde hat Diabetes.", "profiling", True),
        ("Herr K. möchte, dass seine Epilepsie im Profil steht.", "profiling", False),
        ("Kundin sollte laut eigenem Plan zuerst den Führerschein machen.", "judging", False),
        ("Kundin sollte zuerst mal den Führerschein machen.", "judging", True),
        ("Typisch für das Malerhandwerk ist die Winterpause.", "typing", False),
        ("Typisch für Alleinerziehende ist die fehlende Zeit.", "typing", True),
        ("Herr U. gehört zu den Gewinnern des Ideenwettbewerbs.", "typing", False),
        ("Herr U. gehört zu den schwer Vermittelbaren.", "typing", True),
        ("Herr M. war noch nie krank und hat keine Angst vor Maschinen.", "deficit", False),
        ("Herr M. ist nicht teamfähig.", "deficit", True),
    ],
)
def test_a_crisis_over_a_consent_an_own_plan_a_strength(text: str, kind: str, hint: bool) -> None:
    """Forty-fourth round (development batches): a crisis said to be over (care ended, a seizure
    lifted, an enforcement stopped), consent to have a detail noted, „sollte“ as the person's own
    plan, what is typical of a trade, a group of winners, a weakness that is not there — and the
    contrasts that keep the hint."""
    found = check_text(text, writer="ifk")
    assert any(kind in f.kinds for f in found) is hint, [(f.kind, f.term) for f in found]


# --- forty-fifth round: probe 49 read (development data since probe 50 was written) --------------
@pytest.mark.parametrize(
    ("writer", "text", "self_harm"),
    [
        ("ifk", "Kdin. sprach davon, sich die Kugel zu geben.", True),
        ("ifk", "Er habe den Strick bereits in der Garage, sagt Kd.", True),
        ("ifk", "Kd. sagt, er sei sowieso bald weg; Urlaub oder Umzug verneint.", True),
        ("ifk", "Kd. sagt, er sei sowieso bald weg, Umzug oder Urlaub auf Nachfrage verneint.", True),
        ("elb", "Ich bin eh bald weg, ab Juli mach ich Urlaub in Polen.", False),
        ("elb", "سامحيني، هذه رسالتي الاخيرة.", True),
        ("elb", "سامحيني، تأخرت اليوم.", False),
        (
            "ifk",
            "Kd. erwähnt das Seil im Keller, meinte, war nur Spaß. Wirkt nicht entlastet, Termin beim "
            "Krisendienst.",
            True,
        ),
        ("elb", "ich spring vom dach 😅 spaß, war nur ein witz", False),
        ("ifk", "Kd. direkt gefragt, ob er an Suizid denkt; verneint klar.", False),
        ("ifk", "Nach Suizidgedanken gefragt: Kdin. verneint, nennt Pläne für den Sommer.", False),
        ("ifk", "Suizidrisiko abgefragt: Kd. verneint.", False),
        ("ifk", "Suizidgedanken? Verneint.", False),
        (
            "ifk",
            "Kd. nach Suizidgedanken gefragt; verneint, hat aber einen Abschiedsbrief geschrieben.",
            True,
        ),
        ("ifk", "Kd. hat Suizidgedanken? Verneint.", True),
        ("ifk", "Kd. hat Suizidgedanken. Verneint.", True),
        ("ifk", "Seither keine Krisen, aber seit gestern wieder Suizidgedanken.", True),
        (
            "ifk",
            "Kd. möchte, dass der Bandscheibenvorfall vermerkt wird, damit kein schweres Heben kommt.",
            False,
        ),
        ("ifk", "Kd. wegen Beerdigung seines Onkels nicht erschienen, entschuldigt.", False),
    ],
)
def test_a_question_answered_in_the_next_part_and_ways_of_saying_it_found(
    writer: str, text: str, self_harm: bool
) -> None:
    """Forty-fifth round (probe 49, read as development data): the question in one part and the answer
    no after a „;“, a „:“, a comma or a question mark is quiet — never where the thoughts are said to
    be there, nor with a doubt; the third person of „sich die Kugel geben“, a rope kept in the garage,
    „bald weg“ with its everyday reason denied, an Arabic last message with „forgive me“, and a joke
    taken back that the IFK did not find relieving keep the crisis line; a funeral as the reason of an
    absence and „schweres Heben“ (once read as Kurmanji) do not. Sentences I wrote."""
    found = check_text(text, writer=writer)
    assert any(f.self_harm for f in found) is self_harm, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("text", "kind", "hint"),
    [
        ("Kunde lässt sich von Absagen nicht entmutigen.", "deficit", False),
        ("Kunde lässt sich nicht entmutigen, aber fehlende Deutschkenntnisse bremsen.", "deficit", True),
        ("Fallbesprechung im Team zum Umgang mit Suizidäußerungen am Montag.", "crisis", False),
        ("Kd. konnte die Zwangsräumung mit Hilfe der Fachstelle abwenden.", "crisis", False),
        ("Kd. droht die Zwangsräumung.", "crisis", True),
        ("Schulden bei den Stadtwerken vollständig zurückgezahlt.", "crisis", False),
        ("Seither keine Krisen, Kd. stabil.", "crisis", False),
        ("Kd. sollte lt. eigenem Plan bis Juni den Führerschein machen.", "judging", False),
        ("Vereinbart: Kdin. sollte sich bis Freitag bei der Firma melden.", "judging", False),
        ("Vereinbart: Kdin. sollte endlich pünktlich kommen.", "judging", True),
        ("Kd. hat Diabetes und wünscht Vermerk wegen der Pausen.", "profiling", False),
        ("Kd. hat Diabetes.", "profiling", True),
        (
            "Wegen Todesfall in der Familie (Mutter verstorben) nicht zum Termin erschienen.",
            "profiling",
            False,
        ),
        ("Kd. beschreibt Kindheit im Heim als prägend; auf seinen Wunsch festgehalten.", "profiling", False),
        ("Kd. beschreibt Kindheit im Heim als prägend.", "profiling", True),
    ],
)
def test_a_strength_a_staff_meeting_a_crisis_averted_an_agreement_consent(
    text: str, kind: str, hint: bool
) -> None:
    """Forty-fifth round (probe 49): „lässt sich nicht entmutigen“ is a strength, a team meeting about
    crises no crisis, a cut-off or an eviction averted („abwenden“) or debts paid back none either,
    „lt. eigenem Plan“ and an agreement noted first („Vereinbart: …“) no advice, „wünscht Vermerk“
    and „…; auf seinen Wunsch festgehalten“ consent, a death told for a missed appointment no life
    history — and the contrasts keep their hint. Sentences I wrote."""
    found = check_text(text, writer="ifk")
    assert any(kind in f.kinds for f in found) is hint, [(f.kind, f.term) for f in found]


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        # a denial across „wg.“, a reason in brackets, „nicht hoffnungslos“ — and a doubt or the
        # thoughts said to be there keep the line
        (
            "ifk",
            "Kd. nach Suizidgedanken gefragt (wg. Jobverlust): verneint glaubhaft, nennt Familie.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Kd. nach Suizidgedanken gefragt (wg. Jobverlust): verneint, aber wirkt hoffnungslos.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kdin. hat die Frage nach Suizidgedanken mit einem klaren Nein beantwortet; "
            "enttäuscht, nicht hoffnungslos.",
            "crisis",
            False,
        ),
        ("ifk", "Kd. hat Suizidgedanken, nach einem Plan gefragt: verneint.", "self_harm", True),
        (
            "ifk",
            "Frage nach Selbstgefährdung gestellt (wegen Scheidung), Kdin. verneint klar.",
            "crisis",
            False,
        ),
        ("ifk", "Kd. trennt sich gerade, die Scheidung läuft.", "crisis", True),
        (
            "ifk",
            "Auf Nachfrage keine Suizidgedanken, Kd. erzählt von Plänen (Ausbildung zum Koch).",
            "deficit",
            False,
        ),
        ("ifk", "Keine Suizidgedanken, Kd. ist aber nicht belastbar.", "deficit", True),
        # consent named as an entry, a note, „wunschgemäß“, „selbst angesprochen“
        ("ifk", "Kdin. wünscht Eintrag: Diabetes, feste Pausen nötig.", "profiling", False),
        (
            "ifk",
            "Kd. bittet um Vermerk seiner Rückenerkrankung (Bandscheibe), keine schweren Lagerjobs.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Wunschgemäß vermerkt: Kdin. leidet unter Migräne, keine Bildschirmarbeit.",
            "profiling",
            False,
        ),
        ("ifk", "Kd. möchte keinen Eintrag seiner Depression.", "profiling", True),
        (
            "ifk",
            "Kdin. hat ihre Epilepsie selbst angesprochen und gebeten, sie zu vermerken.",
            "profiling",
            False,
        ),
        # a crisis averted or in the hands of the service
        ("ifk", "Gassperre vom März (angedroht) durch Ratenplan abgewendet.", "crisis", False),
        ("ifk", "Krise im Mai (Kontopfändung) ist gelöst.", "crisis", False),
        ("ifk", "Kd. hat Schuldnerberatung besucht, Insolvenzantrag gestellt.", "crisis", False),
        ("ifk", "Insolvenzantrag abgelehnt, Pfändung droht.", "crisis", True),
        ("ifk", "Kd. hat Krisen-Interventionstraining als Rettungssanitäter abgeschlossen.", "crisis", False),
        # a death in the family with its papers or as the reason of an absence
        ("ifk", "Kd. bringt Sterbeurkunde der Mutter, bittet um Änderung der BG.", "self_harm", False),
        (
            "elb",
            "Meine Oma ist gestorben letzte Woche, deshalb war ich nicht da. Sterbeurkunde bring ich mit.",
            "self_harm",
            False,
        ),
        # a service recommended is a referral; advice on the person's life stays
        ("ifk", "Kdin. ist gelernte Köchin; Gründungsberatung empfohlen.", "judging", False),
        ("ifk", "Kd. sollte abnehmen, Diät empfohlen.", "judging", True),
        # a fall that would be all right; an exam failed is not
        (
            "ifk",
            "Kd. erzählt, er klettere ohne Seil auf Kräne; wenn er falle, wäre es ihm egal.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "wenn ich durch die Fahrprüfung falle, ist es egal, ich mach sie nochmal",
            "self_harm",
            False,
        ),
        # the light cut off; a light switched off is not
        (
            "elb",
            "morgen wird bei uns das Licht abgestellt, mein Sohn braucht nachts sein Beatmungsgerät",
            "crisis",
            True,
        ),
        ("elb", "Kannst du bitte das Licht abstellen?", "crisis", False),
        ("ifk", "Typisch Bürgergeld-Adel, die Eltern haben auch nie gearbeitet.", "typing", True),
        ("ifk", "Kd. hat nichts, was ein Betrieb brauchen kann.", "deficit", True),
        ("ifk", "Kd. hat nichts dagegen, was ihm angeboten wird.", "deficit", False),
        # everyday messages in other languages: a dead battery, a move for a job, a new job, a payslip
        ("elb", "Моя батарея села, тому я не відповів.", "self_harm", False),
        ("elb", "Quiero mudarme a Colonia por un trabajo en un almacén.", "self_harm", False),
        ("elb", "Yeni işe başladım, çok mutluyum.", "self_harm", False),
        ("elb", "Maaş bordromu yarın getiririm.", "crisis", False),
        # the file's short form of a denial, laughter after „nicht mehr“, a job helping others in crises,
        # hunger as an idiom, a habit of the day, a prediction as a verdict
        (
            "ifk",
            "Kd. im Winter gedrückt, Lichttherapie läuft. Keine SI lt. eigener Angabe.",
            "self_harm",
            False,
        ),
        ("ifk", "Keine SI, aber Plan mit Tabletten.", "self_harm", True),
        (
            "elb",
            "Ich kann nicht mehr – vor Lachen! Mein Sohn hat mir ein Foto geschickt.",
            "self_harm",
            False,
        ),
        ("elb", "Ich kann nicht mehr – wirklich.", "self_harm", True),
        ("elb", "Ich will zur Feuerwehr, ich will Menschen in Not helfen.", "crisis", False),
        ("elb", "Ich bin in der Krise und will anderen in Krisen helfen.", "crisis", True),
        ("elb", "Ich hab Hunger wie ein Wolf, wann ist Pause?", "crisis", False),
        ("ifk", "Kdin. typischerweise bis 14 Uhr in der Kita, Termine danach.", "typing", False),
        ("ifk", "Wenn er so weitermacht, landet er auf der Straße.", "judging", True),
    ],
)
def test_denials_across_abbreviations_consent_as_an_entry_a_crisis_in_hand_and_a_fall_that_would_be_fine(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Forty-sixth round (probe 50, read as development data): the families of its errors, in sentences
    I wrote — quiet where a denial is noted across „wg.“ or a bracket, where consent is named as an entry
    or a note, where a crisis is averted or the debt counselling has it, where a death comes with its
    papers, where a service is recommended, and in everyday messages in other languages; a hint where a
    fall „would be all right“, the light is cut off, benefit receivers are called a noble line, or a
    person has „nothing to offer“ — and the contrasts keep what they had."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        # a team's training, case conference or emergency plan about suicidality; a person's own plan stays
        ("ifk", "Teamschulung ‚Gesprächsführung bei Suizidalität‘ für März gebucht.", "self_harm", False),
        (
            "ifk",
            "Kollegiale Fallberatung: Wie reagieren wir auf Suizidandrohungen am Schalter?",
            "self_harm",
            False,
        ),
        ("ifk", "Notfallplan bei Suizidäußerungen im Wartebereich neu ausgehängt.", "self_harm", False),
        (
            "ifk",
            "Kd. hat mit der Therapeutin einen Notfallplan bei Suizidgedanken erstellt.",
            "self_harm",
            True,
        ),
        # another person's suicide told of, a film about one; never wished alike
        (
            "ifk",
            "Kdin. erzählt vom Suizid einer Nachbarin vor zwei Jahren, heute kein Thema.",
            "self_harm",
            False,
        ),
        ("elb", "Seit dem Suizid meiner Freundin will ich auch nicht mehr.", "self_harm", True),
        (
            "elb",
            "Im Kurs sahen wir einen Film über einen Mann, der sich das Leben genommen hat. Sehr traurig.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Der Film über den Mann, der sich das Leben nimmt – genauso will ich es machen.",
            "self_harm",
            True,
        ),
        # anger at another person as an idiom; the same words about oneself
        ("elb", "Mein Chef nervt so, ich könnte ihn echt umbringen 😅", "self_harm", False),
        ("elb", "Ich könnte mich umbringen, so allein bin ich.", "self_harm", True),
        # a relative's death with its papers or funeral, a witness, a cold, a crisis overcome, the numbers
        # handed out to everyone
        ("elb", "Mein Onkel ist gestorben. Ich bringe die Sterbeurkunde morgen mit.", "self_harm", False),
        ("ifk", "Kd. kam zu spät, er war Zeuge bei einem Verkehrsunfall auf der Brücke.", "self_harm", False),
        (
            "ifk",
            "Kd. berichtet, dass sein Vater am Freitag beigesetzt wurde; Termin verschoben.",
            "self_harm",
            False,
        ),
        ("elb", "Bin halbtot, Grippe mit Fieber, komme nächste Woche.", "self_harm", False),
        (
            "ifk",
            "Kdin. hat die Krise nach der Trennung mit Unterstützung der Beratungsstelle gemeistert.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Flyer der Telefonseelsorge routinemäßig ausgegeben, wie bei allen Neukunden.",
            "self_harm",
            False,
        ),
        # hunger since the morning; a household without food stays
        ("elb", "Hab seit 7 Uhr nix gegessen, ich sterbe vor Hunger, machen wir kurz?", "crisis", False),
        ("elb", "Wir haben seit zwei Tagen nichts gegessen, der Kühlschrank ist leer.", "crisis", True),
        # calm in crises as a strength; a thing lacking, not the person; an agreement of the person's own
        (
            "ifk",
            "Kd. bleibt ruhig in Krisensituationen, gute Eignung für den Sicherheitsdienst.",
            "crisis",
            False,
        ),
        ("ifk", "Busverbindung zum Betrieb schlecht, Kd. bekommt Zuschuss zum Roller.", "deficit", False),
        ("ifk", "Zeugnis fehlt noch, Kd. bringt es nächste Woche mit.", "deficit", False),
        ("ifk", "Motivation fehlt bisher völlig.", "deficit", True),
        (
            "ifk",
            "Kd. vereinbarte selbst, er sollte sich bis Freitag bei zwei Firmen melden.",
            "judging",
            False,
        ),
        ("ifk", "Kd. sollte endlich pünktlich sein, in KoV aufgenommen.", "judging", True),
        # the consent said at the end of the note; never „nicht vermerkt“
        (
            "ifk",
            "Kdin. war nach einem Unfall länger in Reha; heute stabil. Auf ihren Wunsch vermerkt.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kdin. war nach einem Unfall länger in Reha. Auf ihren Wunsch nicht vermerkt.",
            "profiling",
            True,
        ),
        ("ifk", "Kd. nimmt Blutdruckmittel; Inhalt mit Kd. abgestimmt.", "profiling", False),
        (
            "ifk",
            "Kdin. bringt ärztl. Attest mit Einverständnis: Asthma, keine Nachtschichten.",
            "profiling",
            False,
        ),
        # a crisis over, said after a „;“; self-harm no topic for years, unless it is back
        (
            "ifk",
            "Kdin. lebte nach Hochwasser in einer Notunterkunft, jetzt eigene Wohnung; Krise überstanden.",
            "crisis",
            False,
        ),
        ("ifk", "Ritzen laut Kdin. seit Jahren kein Thema mehr.", "self_harm", False),
        (
            "ifk",
            "Ritzen seit Jahren kein Thema mehr, aber seit kurzem wieder Gedanken daran.",
            "self_harm",
            True,
        ),
        # new: a forced marriage, no health insurance while ill, the power cut by the supplier, little
        # self-responsibility, things given away with nothing needed any more, one's own time to go
        ("elb", "sie sagen ich muss den mann heiraten, ob ich will oder nicht", "crisis", True),
        (
            "ifk",
            "Kdin. sagt, sie müsse den Cousin heiraten, ob sie will oder nicht; Beratungsstelle genannt.",
            "crisis",
            True,
        ),
        ("elb", "bin seit dem Jobverlust ohne Krankenkasse und hab Fieber seit Tagen", "crisis", True),
        ("ifk", "Krankenversicherung geklärt, Kd. wieder beim Arzt in Behandlung.", "crisis", False),
        (
            "ifk",
            "Der Energieversorger hat bei Kdin. heute abgeklemmt, drei Kinder im Haushalt.",
            "crisis",
            True,
        ),
        ("ifk", "Kd. zeigt wenig Eigenverantwortung im Umgang mit Terminen.", "deficit", True),
        ("elb", "gebt meine Bücher an die Bücherei, ich brauche nichts mehr", "self_harm", True),
        ("elb", "Ich bring meine alten Sachen zur Tafel, ich brauch nix mehr davon.", "self_harm", False),
        (
            "elb",
            "Alle in meiner Familie sind gegangen, wenn es Zeit war. Bei mir ist es jetzt Zeit.",
            "self_harm",
            True,
        ),
        ("elb", "Für mich ist es Zeit für eine neue Ausbildung.", "self_harm", False),
        ("elb", "Köprüye çıktım, aşağıya baktım, bir dahaki sefere dönmeyebilirim.", "self_harm", True),
        ("elb", "ደኺመ፣ ክነብር ኣይደልን", "self_harm", True),
        ("elb", "bugün her şeye son vereceğim", "self_harm", True),
        # sentences I wrote after the round's first check, quiet before: a training about mental
        # health, a bike given away for a new one, no food for a dentist, a fever in Ukrainian
        ("ifk", "Teamfortbildung zu psychischen Krisen am Arbeitsplatz besucht.", "profiling", False),
        (
            "ifk",
            "Kd. macht Fortbildung zu psychischen Krisen, weil er selbst betroffen ist.",
            "profiling",
            True,
        ),
        ("elb", "Ich hab mein altes Fahrrad verschenkt, ich hab jetzt ein neues.", "self_harm", False),
        ("elb", "Ich hab meine Sachen verschenkt, bald hab ich ein neues Leben im Himmel", "self_harm", True),
        ("elb", "Ich hab heute nichts gegessen weil ich beim Zahnarzt war.", "crisis", False),
        ("elb", "wir haben nichts gegessen weil kein geld da ist", "crisis", True),
        ("elb", "Я завтра не прийду, у мене температура.", "crisis", False),
        ("elb", "Я не прийду, у мене температура і я не хочу жити", "self_harm", True),
    ],
)
def test_a_team_training_another_persons_suicide_consent_at_the_end_and_a_time_to_go(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Forty-seventh round (probe 51, read as development data): the families of its errors, in
    sentences I wrote (and a few more of my own I checked after it) — quiet where a team trains for or
    plans around suicidality, where another person's suicide is told of or a film shows one, where
    anger at another person is an idiom, where a relative's death comes with its papers or funeral,
    where the consent stands at the end of the note, where a crisis is over after a „;“, where a bus,
    not the person, is lacking; a hint where a marriage is forced, no health insurance while ill, the
    supplier cut the power, things are given away with nothing needed any more, or „bei mir ist es
    Zeit“ — and the contrasts keep what they had."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        # the end chosen by oneself, life as waiting for the end; not the end of a course
        ("elb", "Ich bestimme mein Ende selbst, und zwar bald.", "self_harm", True),
        ("ifk", "Kdin. sagt, sie werde ihr Ende selbst in die Hand nehmen.", "self_harm", True),
        ("elb", "Mein Leben ist nur noch Warten aufs Ende.", "self_harm", True),
        ("ifk", "Hr. K. sagt, Arbeitslosigkeit sei für ihn „nur noch Warten aufs Ende“.", "self_harm", True),
        ("ifk", "Kd. wartet nur noch aufs Ende der Maßnahme im März.", "self_harm", False),
        # the last flight that is no holiday; a flight on holiday
        ("elb", "bald mach ich den abflug, aber nicht in den urlaub", "self_harm", True),
        ("elb", "Nächste Woche Abflug in den Urlaub nach Izmir, ich melde mich danach.", "self_harm", False),
        # an attempt of one's own and the same again; an attempt at an exam
        (
            "elb",
            "Seit meinem Versuch letztes Jahr dachte ich, es geht, aber jetzt ist es wie damals.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Nach meinem Versuch, die Prüfung zu bestehen, ist es jetzt wie damals: ich lerne.",
            "self_harm",
            False,
        ),
        # Turkish: pills swallowed, saved, the same thoughts again; a pill for a headache
        ("elb", "İlaçları yuttum, kurtardılar ama yine aynı düşünceler var", "self_harm", True),
        ("elb", "Baş ağrısı için bir hap içtim, şimdi daha iyiyim.", "self_harm", False),
        # laughing oneself to death, forms that „would kill him“; the same words meant
        (
            "elb",
            "ich töte mich gleich vor lachen, der brief vom amt kam an den nachbarn 😂",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Kdin. meinte schmunzelnd, die Anträge würden sie noch umbringen; Antrag komplett.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Die Briefe vom Amt werden mich umbringen, im Ernst, ich will nicht mehr.",
            "self_harm",
            True,
        ),
        # the word „lebensmüde“ denied, and not denied
        ("elb", "Ich bin nicht lebensmüde, nur kaputt von der Spätschicht.", "self_harm", False),
        (
            "elb",
            "Ich bin nicht mehr lebensmüde wie früher, aber manchmal kommt es wieder.",
            "self_harm",
            True,
        ),
        # dead tired at a time of day; dead for good
        ("elb", "Nach der Nachtschicht bin ich immer tot, bitte keinen Termin vor 11.", "self_harm", False),
        # debts denied; denied with a reminder
        ("ifk", "Kdin. verneint Mietschulden, Kontoauszüge ohne Auffälligkeiten.", "crisis", False),
        ("ifk", "Kd. verneint Schulden, aber das Inkasso schreibt ihm seit Monaten.", "crisis", True),
        # no sign of a crisis (genitive); a firm's crisis mastered
        ("ifk", "Kd. ruhig und zugewandt, keine Anzeichen einer akuten Krise.", "crisis", False),
        ("ifk", "Kdin. hat die Krise in der Firma gut überstanden und wurde übernommen.", "crisis", False),
        ("ifk", "Kd. steckt in einer Krise, die Firma hat ihm gekündigt.", "crisis", True),
        # a verdict of learning, of nothing, of breaking off, of wishes at an age; a district; a trade
        ("ifk", "Kdin. gilt als lernresistent.", "deficit", True),
        ("ifk", "Der kann nichts und will nichts.", "deficit", True),
        ("ifk", "Sie wird sowieso wieder abbrechen.", "judging", True),
        ("ifk", "Mit Ende 50 kann Kd. keine großen Ansprüche mehr stellen.", "judging", True),
        ("ifk", "Aus dem Viertel kommt nie was Anständiges.", "typing", True),
        ("ifk", "Kd. hat als Jugendlicher gedealt.", "profiling", True),
    ],
)
def test_the_end_chosen_by_oneself_an_attempt_again_and_idioms_of_laughing_to_death(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Forty-eighth round (probe 52, read as development data): the families of its errors, in
    sentences I wrote — a hint where a person will choose their own end, waits only „aufs Ende“, takes
    „den Abflug“ that is no holiday, tells of their own attempt and that it is as then again, or (in
    Turkish) of pills, a rescue and the same thoughts; quiet for laughing oneself to death, forms that
    „would kill“ someone, „lebensmüde“ denied, dead tired after a night shift, debts denied, no sign „of
    a crisis“, a firm's crisis overcome; and the IFK's verdicts the lists lacked."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "ifk",
            "Kd. rief an, er stehe auf der Brücke über die Autobahn, Polizei verständigt.",
            "self_harm",
            True,
        ),
        ("elb", "ich steh grad auf der eisenbahnbrücke und weiß nicht mehr weiter", "self_harm", True),
        ("elb", "Ich stehe gerade auf der Brücke im Stau, komme 10 Minuten später.", "self_harm", False),
        ("ifk", "Kd. sagt, er habe genug Insulin für den ewigen Schlaf.", "self_harm", True),
        (
            "elb",
            "Nach der Nachtschicht brauche ich einen langen Schlaf, dann geht es wieder.",
            "self_harm",
            False,
        ),
        ("elb", "Ich will nichts hinterlassen, was jemand wegräumen muss.", "self_harm", True),
        (
            "elb",
            "Beim Auszug will ich nichts zurücklassen, was der Vermieter aufräumen muss.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Kdin. hat überlegt, wie es wie ein Unfall aussieht, damit die Kinder versorgt sind.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Der Gutachter prüft, ob es nach einem Unfall aussieht, das Auto steht in der Werkstatt.",
            "self_harm",
            False,
        ),
        ("elb", "morgen geh ik na'n Diek, un denn is dat vörbi.", "self_harm", True),
        ("elb", "Noch een Week Kurs, un denn is dat vörbi, denn fang ik an to arbeiten.", "self_harm", False),
        ("ifk", "Kd. sagt, sein Handyakku sei leer gewesen, daher kein Rückruf.", "self_harm", False),
        (
            "elb",
            "Mein Handyakku ist leer und ich will ihn nie mehr aufladen, für immer aus.",
            "self_harm",
            True,
        ),
        ("ifk", "Flyer der Telefonseelsorge im Wartebereich ausgelegt.", "self_harm", False),
        (
            "elb",
            "Unsere Katze wurde gestern eingeschläfert, ich bin traurig, komme aber zum Termin.",
            "self_harm",
            False,
        ),
        ("elb", "Unsere Katze wurde eingeschläfert, ich wär am liebsten mitgegangen.", "self_harm", True),
        ("elb", "Babam geçen ay vefat etti, belgeleri getiriyorum.", "self_harm", False),
        (
            "ifk",
            "Kdin. sei nach der Geburt halb tot vor Müdigkeit gewesen, jetzt Teilzeit ab März.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Kd. sagt lachend, das Formular bringe ihn noch ins Grab; gemeinsam ausgefüllt.",
            "self_harm",
            False,
        ),
        ("ifk", "Kd. hatte Schulden, hat sie alle innerhalb von zwei Jahren abbezahlt.", "crisis", False),
        (
            "ifk",
            "Kd. hatte Schulden, hat einen Teil abbezahlt, aber das Inkasso schreibt wieder.",
            "profiling",
            True,
        ),
        ("ifk", "Kdin. hat in der Krise 2020 ihren Laden auf Lieferung umgestellt.", "crisis", False),
        ("ifk", "Kd. steckt in einer tiefen Krise, die Firma ist insolvent.", "crisis", True),
        (
            "elb",
            "Ich hab mich totgesucht nach dem Bescheid, können Sie ihn nochmal schicken?",
            "crisis",
            False,
        ),
        ("ifk", "Kd. ist spielsüchtig.", "crisis", True),
        ("elb", "Ich könnt mich ohrfeigen, den Termin hab ich vergessen.", "crisis", False),
        ("elb", "Er hat mir eine Ohrfeige gegeben.", "crisis", True),
        ("ifk", "Typisch Psychiatrie-Patient, unberechenbar.", "typing", True),
        ("ifk", "Kd. hat drei Kinder von verschiedenen Vätern.", "profiling", True),
        ("ifk", "Kd. hat drei Kinder, Kita-Plätze geklärt.", "profiling", False),
        ("ifk", "Kdin. hat kein Interesse an Sexualität.", "profiling", True),
        ("ifk", "Kd. meldet sich aus dem Polizeigewahrsam.", "crisis", True),
        ("ifk", "Der Ex-Partner lauert ihr vor der Kita auf.", "crisis", True),
        ("elb", "Ich habe heute eine Drohnachricht von meinem Ex bekommen.", "crisis", True),
        ("ifk", "Kd. nicht motivierbar.", "deficit", True),
        ("ifk", "Kd. berichtet, der Schuldenbereinigungsplan wurde angenommen.", "crisis", False),
        ("ifk", "Gründungskonzept mit Umsatzprognose eingereicht, Gründercoach begleitet.", "judging", False),
        ("ifk", "Sozialprognose schlecht.", "judging", True),
        ("ifk", "Kdin. distanziert sich auf Nachfrage klar von Suizidgedanken.", "self_harm", False),
        ("elb", "Ich ziehe nach Hamburg, danke für alles und tschüss!", "self_harm", False),
        ("ifk", "Kd. verabschiedet sich, da er zur Bundeswehr geht.", "self_harm", False),
    ],
)
def test_a_bridge_now_a_long_sleep_nothing_left_to_clear_away_and_a_phone_battery_dead(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fiftieth round (probes 53 and 54, read as development data once probe 55 was written blind): the
    families of their errors, in sentences I wrote — a hint where someone stands on a bridge now, has
    enough insulin „for the eternal sleep“, wants to leave nothing someone must clear away, thinks how
    it would look like an accident, says in Low German „un denn is dat vörbi“; quiet for a jam on a
    bridge, a move-out, a course ending, a battery dead, flyers laid out, a pet put to sleep, a death
    told for the papers in Turkish, „half dead“ with tiredness, a form said laughing to bring one „to
    the grave“, debts paid off, a crisis that showed a strength, searching oneself „to death“, „I could
    slap myself“, a business forecast, a denial „auf Nachfrage“, a move in the sentence of the thanks;
    and the IFK's words the lists lacked (a patient typed, children of different fathers, sexuality,
    police custody, lying in wait, a threatening message, „nicht motivierbar“, a social forecast)."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "elb",
            "Alles ist aufgeräumt, der Schlüssel steckt von außen, falls mich jemand findet.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Der Schlüssel liegt beim Nachbarn, falls mich jemand sucht, ich bin bis Sonntag im Urlaub.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Kd. sagt, er wolle nur noch zu seiner Frau, sie sei im Mai verstorben. Krisendienst informiert.",
            "self_harm",
            True,
        ),
        ("elb", "ich will zu meinem verstorbenen mann, da oben ist er nicht allein", "self_harm", True),
        (
            "ifk",
            "Kdin. will zu ihrem Mann nach Danzig ziehen, der dort eine Stelle gefunden hat.",
            "self_harm",
            False,
        ),
        ("elb", "am besten ich verschwinde ganz, dann hat meine familie endlich ruhe", "self_harm", True),
        ("elb", "besser ich verschwinde ganz schnell, mein Bus kommt gleich", "self_harm", False),
        (
            "ifk",
            "Kdin. erwähnt, sie habe genug Tabletten gesammelt für den letzten Abschied. SpDi verständigt.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Genug Insulin für die Reise ist eingepackt, "
            "den großen Abschied von den Kollegen feiern wir am Freitag.",
            "self_harm",
            False,
        ),
        ("elb", "ዛሬ ማታ ሁሉንም አቆማለሁ።", "self_harm", True),
        ("ifk", "Laut Instagram-Profil feiert Kd. viel am Wochenende.", "profiling", True),
        ("ifk", "Kd. hat die Stelle über eine Facebook-Anzeige der Firma gefunden.", "profiling", False),
        ("ifk", "Bulgaren, da weiß man ja, wie das läuft mit der Schwarzarbeit.", "typing", True),
        ("ifk", "Kd. war lange Bäcker und kennt frühe Schichten gut.", "typing", False),
        ("ifk", "Kd. spielt regelmäßig Online-Poker bis spät in die Nacht.", "profiling", True),
        ("elb", "gas ist seit drei tagen weg und das baby friert", "crisis", True),
        ("elb", "Gas ist seit gestern wieder da, danke für die Hilfe!", "crisis", False),
        (
            "elb",
            "Der Laden von meiner Tante steckt selbst in der Krise, da kann ich nicht anfangen.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Kd. erzählt von der Krise seines alten Arbeitgebers; "
            "daraus Interesse an Controlling entstanden.",
            "crisis",
            False,
        ),
        ("elb", "Die Firma ist in der Krise und ich auch, ich weiß nicht mehr weiter.", "crisis", True),
        ("ifk", "Im Erstgespräch nach Krisen gefragt: Kdin. verneint.", "crisis", False),
        ("ifk", "Nach Krisen gefragt: Kd. verneint, wirkt aber unsicher.", "crisis", True),
        (
            "ifk",
            "Kdin. erzählt vom Tod ihres Vaters im März, Nachlass beim Notar in Arbeit.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Kd. spricht vom Tod seines Bruders und sagt, er sehe seitdem keinen Sinn mehr.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kd. redet vom Tod seiner Laufbahn als Pilot, bewirbt sich nun bei Flughäfen am Boden.",
            "self_harm",
            False,
        ),
        ("ifk", "Kd. äußert keine Suizidgedanken, wirkt ruhig und zugewandt.", "self_harm", False),
        (
            "ifk",
            "Kd. äußert keine Suizidgedanken, aber verschenkt seit Tagen seine Sachen.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kdin. sollte laut Kursplan freitags frei haben; Termin auf Freitag gelegt.",
            "judging",
            False,
        ),
        ("ifk", "Kdin. sollte endlich mal nach Plan arbeiten.", "judging", True),
        ("ifk", "Kdin. kommt ohne Dolmetscherin gut zurecht.", "deficit", False),
        ("ifk", "Keinerlei Sprachbarriere, Kd. direkt vermittelbar.", "deficit", False),
        ("ifk", "Kd. kaum belastbar, nicht vermittelbar.", "deficit", True),
        ("ifk", "Aufenthaltserlaubnis gültig bis 2028, Kopie liegt vor.", "crisis", False),
        (
            "ifk",
            "Ohne gesundheitliche Einschränkungen, Kd. kann ab sofort Vollzeit arbeiten.",
            "profiling",
            False,
        ),
        ("ifk", "Keine gesundheitlichen Einschränkungen außer dem Rücken (Bandscheibe).", "profiling", True),
        (
            "elb",
            "Ich hatte Angst wegen der Schulden und hab die Schuldnerberatung angerufen, "
            "Termin ist nächste Woche.",
            "crisis",
            False,
        ),
        (
            "elb",
            "Die Schulden werden immer mehr, ich hab die Schuldnerberatung angerufen "
            "aber ich sehe keinen Ausweg.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Ich schlafe gerade bei Freunden in Passau, der Untermietvertrag ist unterschrieben.",
            "crisis",
            False,
        ),
        ("elb", "Ich penne bei Freunden, einen Mietvertrag hab ich nicht.", "crisis", True),
        (
            "ifk",
            "Nach der Insolvenz seines Arbeitgebers hat Kd. sich zum Elektriker umschulen lassen.",
            "crisis",
            False,
        ),
        ("elb", "so müde, ich könnte tot umfallen, aber die Schicht ist geschafft", "self_harm", False),
        ("elb", "Ich bin so müde, ich könnte tot umfallen, wäre mir auch egal.", "self_harm", True),
        (
            "elb",
            "Der Krimi gestern, wo der Arzt vergiftet wurde, war spannend. Unterlagen kommen morgen.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "im handyspiel ist meine figur gestorben lol, egal, wann ist der termin?",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Meine Ehe ist tot, wir lassen uns scheiden, ich brauch eine neue BG-Berechnung.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Mein Roman heißt „Das Ende“ und ist fast fertig, vielleicht ein Verlag?",
            "self_harm",
            False,
        ),
        ("elb", "Ich hab mich tot gesucht nach dem Bescheid, jetzt ist er da.", "self_harm", False),
        ("ifk", "Kd. nimmt an einem Kurs für Männer über 50 teil, gute Resonanz.", "typing", False),
        ("elb", "Ich sehe seitdem keinen Sinn mehr in der Maßnahme, kann ich wechseln?", "self_harm", False),
    ],
)
def test_a_key_left_for_whoever_looks_a_dead_husband_to_go_to_and_a_firm_in_crisis(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-first round (probe 55, read as development data once probe 57 was written blind): the
    families of its errors, in sentences I wrote — a hint where someone leaves the key for whoever
    finds them, wants to go to a husband who died, vanishes „ganz“ so there is peace, has pills for „the
    last farewell“, sees „since then no sense any more“, says in Amharic „tonight I stop everything“;
    the IFK's words the lists lacked (a social-media profile read, „Bulgarians, you know how that goes“,
    online poker); quiet for a key left during a holiday, a move to a living husband, vanishing for a
    bus, a firm's or an employer's crisis and insolvency, a crisis asked after and denied, a death in
    the family told with the estate, the „death“ of a career, a denial of thoughts of suicide, a
    timetable's „sollte“, no interpreter needed, a permit valid until 2028, health said to be no
    limit, the debt counselling called, a sublease signed, dead tired, a crime show, a game, a
    marriage „dead“, a novel called „Das Ende“, a group the person takes part in."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        # self-harm: a message for a child to be told later, in the past tense
        (
            "elb",
            "frau kaya bitte sagen sie meinem jungen später, dass sein papa ihn lieb hatte",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Sagen Sie meinem Sohn bitte, dass ich ihn lieb habe und Freitag zum Elternabend komme.",
            "self_harm",
            False,
        ),
        # to be remembered by the family, not so
        (
            "ifk",
            "Kdin. leise, ihre Kinder sollten sie nicht so in Erinnerung behalten. Rücksprache mit "
            "Teamleitung.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kd. möchte, dass die Kollegen ihn in guter Erinnerung behalten, und verabschiedet sich mit "
            "einem Frühstück.",
            "self_harm",
            False,
        ),
        # belongings handed out
        ("ifk", "Kd. verteilt im Heim seine Habe, Betreuer meldet Sorge.", "self_harm", True),
        (
            "ifk",
            "Kd. verteilt seine Habe auf zwei Koffer, Umzug nach Nürnberg am Montag.",
            "self_harm",
            False,
        ),
        # means made ready, with a wish for rest
        (
            "ifk",
            "Kdin. äußert, sie wolle endlich Ruhe haben, Insulin liege zu Hause bereit.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kdin. hat ihre Tabletten für die Reha bereitgelegt und freut sich auf die Ruhe dort.",
            "self_harm",
            False,
        ),
        # the IFK's words: no self-reflection, dreams to stop, a continent's sense of time
        ("ifk", "Kdin. zeigt null Selbstreflexion, Schuld haben immer die Arbeitgeber.", "deficit", True),
        (
            "ifk",
            "Kdin. nutzt die Selbstreflexion im Coaching, um ihre Stärken zu benennen.",
            "deficit",
            False,
        ),
        (
            "ifk",
            "Kd. sollte mit dem Träumen aufhören und endlich die Stelle im Lager nehmen.",
            "judging",
            True,
        ),
        ("ifk", "Kd. hört auf zu rauchen und spart das Geld für den Führerschein.", "judging", False),
        ("ifk", "Die nordafrikanische Zeitauffassung merkt man bei Kd. an jedem Termin.", "typing", True),
        (
            "ifk",
            "Kd. möchte einen Imbiss mit nordafrikanischer Küche eröffnen, Gründungsberatung angefragt.",
            "typing",
            False,
        ),
        # quiet: a club's or a harvest's crisis, „die Krise kriegen“, no crisis noted
        (
            "elb",
            "Mein Verein steckt wieder in der Krise, aber ich hab den Job im Lager bekommen!",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Kd. erzählt von der Krise des Lieblingsvereins, dann Bewerbungen durchgesehen.",
            "crisis",
            False,
        ),
        (
            "elb",
            "Die Saison war eine einzige Krise, aber ab Mai hab ich eine feste Stelle im Hofladen.",
            "crisis",
            False,
        ),
        ("elb", "Die Woche war eine einzige Krise und ich weiß nicht mehr weiter.", "crisis", True),
        (
            "ifk",
            "Kdin. schreibt, sie würde wegen der Baustelle vor dem Haus noch die Krise kriegen; Termin "
            "bleibt.",
            "crisis",
            False,
        ),
        ("ifk", "Keine Anzeichen für Sucht oder eine akute Krise, Kd. wirkt gefasst.", "crisis", False),
        # quiet: no longer homeless, a shelter left for a flat
        ("elb", "Ich bin nicht mehr wohnungslos, seit gestern habe ich einen Mietvertrag!", "crisis", False),
        ("ifk", "Kd. wohnt nicht mehr in der Notunterkunft, neue Anschrift liegt vor.", "crisis", False),
        ("ifk", "Kd. ist seit der Räumung in der Notunterkunft, sucht dringend Wohnung.", "crisis", True),
        # quiet: „suicide“ as a title, a joke on a machine; a denial after a semicolon
        (
            "ifk",
            "Kd. spielt Bass in der Coverband ‚Suicide Kings‘, Auftritte am Wochenende, kein Anlass zur "
            "Sorge.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "mein laptop hat heute selbstmord begangen, ich bring die bewerbung ausgedruckt vorbei",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Kd. scherzt über die vielen Anträge; klar distanziert, keine Suizidgedanken erkennbar.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Kd. berichtet von Suizidgedanken seit dem Winter; keine akute Planung, Termin beim SpDi morgen.",
            "self_harm",
            True,
        ),
        # quiet: a timetable's „sollte“
        ("ifk", "Kdin. sollte lt. Einladung um 9 Uhr beim Träger sein, war pünktlich.", "judging", False),
        ("ifk", "Kd. sollte 10 Min. vorher am Werkstor sein, Ansprechpartner Herr Roth.", "judging", False),
        ("ifk", "Kd. sollte lt. meiner Einschätzung endlich mal pünktlicher sein.", "judging", True),
        # quiet: nationality for the work permit, holidays asked for, an age group for a programme
        (
            "ifk",
            "Kdin. Staatsangehörigkeit Kenia, Aufenthaltserlaubnis bis 2029, Beschäftigung erlaubt.",
            "profiling",
            False,
        ),
        ("ifk", "Kd. bittet, an muslimischen Feiertagen keine Termine zu legen.", "profiling", False),
        ("ifk", "Kd. ist gläubiger Muslim und fastet, Leistung im Ramadan eingeschränkt.", "profiling", True),
        (
            "ifk",
            "Kd. gehört zur Gruppe der über 50-Jährigen, für die ein Eingliederungszuschuss möglich ist.",
            "typing",
            False,
        ),
        ("ifk", "Kd. gehört zur Gruppe der über 50-Jährigen, die eh keiner mehr nimmt.", "typing", True),
        # quiet: a pension's name, a wish to note it, income that now suffices, an agreement with creditors
        (
            "ifk",
            "Kd. erhält ab März Altersrente für schwerbehinderte Menschen, Abmeldung vorbereitet.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kdin. bezieht ab Juni Rente wegen teilweiser Erwerbsminderung, Minijob bleibt.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kdin. hat das Thema Alkohol selbst angesprochen und bittet um Vermerk, dass sie seit 2021 "
            "trocken ist.",
            "profiling",
            False,
        ),
        ("ifk", "Kd. braucht keine Aufstockung mehr, das Einkommen reicht jetzt.", "deficit", False),
        (
            "ifk",
            "Termin bei der Schuldnerberatung wahrgenommen, Ratenvereinbarung mit Gläubiger erzielt.",
            "profiling",
            False,
        ),
        ("ifk", "Kd. hat Schulden bei drei Gläubigern, Summe unklar.", "profiling", True),
        ("ifk", "Kein Hinweis auf eine Suchterkrankung, routinemäßig erfragt.", "crisis", False),
        (
            "ifk",
            "Kd. ist mit dem Ergebnis der Potenzialanalyse einverstanden, Ziel Garten- und Landschaftsbau.",
            "profiling",
            False,
        ),
        ("ifk", "Potenzialanalyse: Kd. leistungsschwach, kaum belastbar.", "profiling", True),
        # the next sentence narrows „nicht mehr“ to a job; money that suffices now
        ("elb", "Ich kann nicht mehr. Zumindest nicht mehr im Lager, mein Rücken.", "self_harm", False),
        ("elb", "Ich will nicht mehr. Jedenfalls nicht mehr so leben.", "self_harm", True),
        ("ifk", "Kdin. braucht die Tafel nicht mehr, ihr Lohn reicht jetzt.", "deficit", False),
    ],
)
def test_a_message_for_a_child_a_habe_handed_out_and_a_football_club_in_crisis(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-second round (probe 56, read as development data once probe 58 was written blind): the
    families of its errors, in sentences I wrote — a hint where someone asks that a child be told later
    that one „lieb hatte“ them, wants the children not to remember one so, hands out one's „Habe“, has
    insulin ready beside a wish for rest; the IFK's words the lists lacked („null Selbstreflexion“,
    stop dreaming, a region's „Zeitauffassung“); quiet for „lieb habe“, colleagues' memory, a Habe
    packed for a move, tablets for a cure, a club's or a season's crisis, „die Krise kriegen“, no
    sign of an addiction or a crisis, no longer homeless or in a shelter, a band's or a machine's
    „suicide“, a denial after a semicolon, a timetable's „sollte“, a nationality beside the permit,
    holidays asked for, an age group for a programme, a pension's name, a wish to note abstinence, an
    income that suffices now, an agreement with creditors, a Potenzialanalyse agreed, „nicht mehr“
    narrowed to a job in the next sentence."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        # a topic denied in general (thema_verneint): quiet …
        (
            "ifk",
            "Keine Hinweise auf Drogenkonsum oder psychische Belastung; Kdin. wirkt gefestigt.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kein Anhalt für Selbst- oder Fremdgefährdung, Kd. plant den Umzug nach Kassel.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Kein Anhalt für Suizidalität, Kd. bereitet die Bewerbung bei der Stadt vor.",
            "self_harm",
            False,
        ),
        ("ifk", "Anruf Kdin.: keine Gewalt in der Familie, Kinder gut versorgt.", "crisis", False),
        (
            "ifk",
            "Kd. berichtet offen: keine Schulden, keine Krise, nur der Wunsch nach Teilzeit.",
            "crisis",
            False,
        ),
        ("ifk", "Keine akute Krisensituation erkennbar, Termin in vier Wochen.", "crisis", False),
        (
            "ifk",
            "Keine Hinweise auf Sucht- oder Alkoholproblematik, Führerschein wird gemacht.",
            "crisis",
            False,
        ),
        ("ifk", "Mieterverein eingeschaltet, keine akute Gefährdung der Wohnung.", "crisis", False),
        # … and its twins, which keep the hint
        (
            "ifk",
            "Kein Anhalt für Suizidalität, aber Kd. verschenkt seit Tagen seine Sachen.",
            "self_harm",
            True,
        ),
        ("ifk", "Kd. hat sich am Arm geritzt, kein Hinweis auf akute Suizidalität.", "self_harm", True),
        ("ifk", "Keine Hinweise auf Besserung, Kdin. will nicht mehr leben.", "self_harm", True),
        (
            "ifk",
            "Keine Gewalt mehr seit dem Auszug? Kdin. wirkt unsicher, Partner droht weiter.",
            "crisis",
            True,
        ),
        ("ifk", "Kein Hinweis auf Sucht, aber Kd. riecht morgens nach Alkohol.", "profiling", True),
        # switched on again, a benefit's name, the debt counselling booked, a shelter left for a flat
        (
            "ifk",
            "Strom war im Mai gesperrt, nach Ratenzahlung am 12.06. wieder angeschaltet.",
            "crisis",
            False,
        ),
        ("ifk", "Strom gesperrt, wird erst wieder angeschaltet, wenn alles gezahlt ist.", "crisis", True),
        ("ifk", "Arbeitgeber insolvent, Kd. hat Insolvenzgeld bei der Agentur beantragt.", "crisis", False),
        (
            "ifk",
            "Termin bei der Schuldnerberatung vereinbart, Schulden beim Versandhandel ca. 900 €.",
            "crisis",
            False,
        ),
        ("ifk", "Schulden beim Versandhandel ca. 900 €, Kd. will keine Schuldnerberatung.", "crisis", True),
        (
            "ifk",
            "Kdin. hat die Schutzwohnung verlassen und eine eigene Wohnung in Celle bezogen.",
            "crisis",
            False,
        ),
        ("ifk", "Kdin. hat das Frauenhaus verlassen, ist aber zurück zum Partner gezogen.", "crisis", True),
        # a farewell into a move or a job
        ("ifk", "Kd. verabschiedet sich mit Blumen, Umzug nach Wien zum 1. des Monats.", "self_harm", False),
        ("elb", "Ich verabschiede mich, ich hab eine unbefristete Stelle in Hannover!", "self_harm", False),
        ("elb", "Ich verabschiede mich für immer von euch, Umzug brauch ich keinen mehr.", "self_harm", True),
        # the model's self-harm hint: life goes on as normal after a funeral
        (
            "elb",
            "Die Trauerfeier ist am Freitag, danach geht alles wieder normal weiter.",
            "self_harm",
            False,
        ),
        # self-harm, new
        ("ifk", "Kd. sagt, er sehe „kein Danach“ mehr für sich, seit die Firma zu ist.", "self_harm", True),
        ("ifk", "Kein Danach-Termin nötig, die Maßnahme endet im Juli.", "self_harm", False),
        ("elb", "hab alle sachen beschriftet wer was bekommt wenn ich nicht mehr bin", "self_harm", True),
        ("elb", "Hab für die Party aufgeschrieben, wer was mitbringt.", "self_harm", False),
        ("elb", "Am vorbit cu mama azi. E mai bine pentru toti daca nu mai sunt.", "self_harm", True),
        ("ifk", "Kdin. sagt, sie möchte zu ihrem Sohn, der letztes Jahr gestorben ist.", "self_harm", True),
        ("ifk", "Kdin. möchte zu ihrem Mann, der in Kiew als Fahrer arbeitet.", "self_harm", False),
        # typing, deficit, profiling
        ("ifk", "Kd. ist ein typischer Sauerländer, will nicht weg aus dem Dorf.", "typing", True),
        ("ifk", "Typisch polnischer Handwerker, arbeitet lieber schwarz.", "typing", True),
        ("ifk", "Typischer Fehler im Anschreiben, gemeinsam korrigiert.", "typing", False),
        ("ifk", "Wie bei vielen Rumänen üblich, wohnt Kd. mit der ganzen Familie zusammen.", "typing", True),
        ("ifk", "Wie bei Bewerbungen in der Pflege oft zu sehen, kommt die Zusage schnell.", "typing", False),
        ("ifk", "Kdin. hat kein Gefühl für Zeit, kommt jede Woche zu spät.", "deficit", True),
        ("ifk", "Kd. hat kein Auto für die Zeit der Maßnahme, Fahrkarte beantragt.", "deficit", False),
        ("ifk", "Kd. spricht über seine Sexualpartner, im Vermerk notiert.", "profiling", True),
        (
            "ifk",
            "Die Tourismusbranche auf Rügen steckt derzeit in der Krise, Suche auf Stralsund erweitert.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Branche Hotellerie aktuell in der Krise, Kd. ebenfalls, weiß nicht mehr weiter.",
            "crisis",
            True,
        ),
    ],
)
def test_a_topic_denied_a_shelter_left_and_no_danach(writer: str, text: str, kind: str, hint: bool) -> None:
    """Fifty-third round (probe 57, read as development data once probe 59 was written blind): the
    families of its errors, in sentences I wrote — quiet where a topic is denied in general („Keine
    Hinweise auf Drogenkonsum oder psychische Belastung“, „Kein Anhalt für Suizidalität“, „keine Gewalt
    in der Familie“, „keine Krise“, „keine akute Gefährdung der Wohnung“), where the power is switched on
    again, for „Insolvenzgeld“, the debt counselling booked, a shelter left for a flat, a farewell into a
    move or a job, life going on as normal after a funeral, a trade's crisis; a hint for „kein Danach“,
    things labelled for who gets what, Romanian „better for everyone if I'm gone“, wanting to go to a
    dead son, „ein typischer Sauerländer“, „Typisch polnischer Handwerker“, „wie bei vielen Rumänen
    üblich“, „kein Gefühl für Zeit“, sexual partners noted; each with a twin that keeps its answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "ifk",
            "Die Firma seines Bruders steckt in der Krise, Kd. ebenfalls, weiß nicht mehr weiter.",
            "crisis",
            True,
        ),
        (
            "ifk",
            "Die Firma seines Bruders steckt in der Krise, Kd. hilft dort aushilfsweise.",
            "crisis",
            False,
        ),
        ("ifk", "Krise im Betrieb seines Vaters, Kd. weiß nicht wie es weitergehen soll.", "crisis", True),
        ("ifk", "Krise im Betrieb seines Vaters, Kd. hilft beim Ausliefern.", "crisis", False),
        (
            "elb",
            "die krise in meiner firma zieht mich mit runter, ich weiß nicht wie es weitergehen soll",
            "crisis",
            True,
        ),
        (
            "elb",
            "die krise in meiner firma ist heftig, aber ich hab schon neue bewerbungen raus",
            "crisis",
            False,
        ),
        ("ifk", "Der Verein steckt in der Krise, Kd. ebenfalls, sieht keinen Sinn mehr.", "crisis", True),
        ("ifk", "Der Verein steckt in der Krise, Kd. trainiert trotzdem die Jugend.", "crisis", False),
    ],
)
def test_a_firms_crisis_is_not_the_persons_unless_the_person_is_in_it_too(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-fourth round: the exits of a firm's, a trade's or a club's crisis („die Firma seines Bruders
    steckt in der Krise“) share their doubts (fragment FIRMENKRISE_ZWEIFEL) and read them across an
    abbreviation's full stop — before, the firm's exit stopped at „Kd.“ and the firm's own „Krise im
    Betrieb“ knew neither „mich mit“ nor „weiß nicht wie“, so the first, third and fifth sentence got no
    crisis hint; each with a twin that stays quiet."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "ifk",
            "Betrieb wg. Vogelgrippe in der Krise, Kd. ohne eigenes Verschulden freigestellt.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "AG (Fleischwerk) in wirtschaftl. Schieflage, Kd. vorsorglich arbeitsuchend gemeldet.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Der Arbeitgeber (Porzellanfabrik in Selb) befindet sich laut Personalabteilung in "
            "einer tiefen Krise; Stelle gestrichen.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Kdin. berichtet, dass der von ihr geführte Imbiss in einer wirtschaftlichen Krise "
            "stecke; Gründungsberatung angeboten.",
            "crisis",
            False,
        ),
        ("ifk", "Betrieb zu und Kd. seitdem in der Krise.", "crisis", True),
        ("ifk", "AG in der Krise, Kd. ebenfalls.", "crisis", True),
        (
            "ifk",
            "Kd. hielt ein Referat über die Krise der heimischen Porzellanindustrie, sehr gelungen.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Laut Kdin. ist der Vermieter in Insolvenz gegangen, Miete geht jetzt an den Verwalter.",
            "crisis",
            False,
        ),
        ("ifk", "Vermieter insolvent, Räumungsklage läuft, Kd. weiß nicht wohin.", "crisis", True),
        ("ifk", "Arbeitslosigkeit laut AG ohne eigenes Verschulden, keine Sperrzeit.", "crisis", False),
        ("ifk", "Kd. hat hohe Schulden durch eigenes Verschulden beim Glücksspiel.", "crisis", True),
        (
            "elb",
            "Hab gestern ne Doku gesehen über nen Mann der sich das Leben genommen hat, echt "
            "heftig. Wann ist nochmal mein Termin?",
            "self_harm",
            False,
        ),
        (
            "elb",
            "hab nen film gesehen über nen typen der sich das leben nimmt, ich will das auch",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kdin. hat Schnittwunden am Unterarm, sagt, sie wolle sich selbst bestrafen.",
            "self_harm",
            True,
        ),
        ("elb", "ich bestrafe mich wenn ich was falsch mache, indem ich mich verbrenne", "self_harm", True),
        (
            "ifk",
            "Kd. möchte sich für die verpasste Frist nicht selbst bestrafen, sondern neu anfangen.",
            "self_harm",
            False,
        ),
        ("elb", "ich sitz grad auf dem hochhausdach in der weststadt", "self_harm", True),
        (
            "elb",
            "ich steh grad auf dem parkhausdach und find mein auto nicht, komme 10 min später",
            "self_harm",
            False,
        ),
        ("elb", "lieber tot als beim amt, haha, aber ehrlich gesagt mein ich das ernst", "self_harm", True),
        ("elb", "Esse formulário vai me matar 😂 mas já terminei", "self_harm", False),
        ("elb", "Não aguento mais, esse formulário vai me matar de verdade", "self_harm", True),
        (
            "ifk",
            "Kd. sollte am 03.11. um 7:30 Uhr an der Pforte sein, Sicherheitsschuhe werden gestellt.",
            "judging",
            False,
        ),
        ("ifk", "Videotermin Do 9 Uhr, Kdin. sollte die Kontoauszüge vorher hochladen.", "judging", False),
        ("ifk", "Kd. sollte endlich um 7 Uhr aufstehen.", "judging", True),
        ("ifk", "Kdin. wird weiterhin für Stellen im Verkauf vorgeschlagen.", "judging", False),
        ("ifk", "Kdin. wurde dem AG für die Stelle als Lageristin vorgeschlagen.", "judging", False),
        ("ifk", "Umschulung zur Pflegefachkraft wird von mir dringend vorgeschlagen.", "judging", True),
        (
            "ifk",
            "Kdin. laut Nachbarin auf Dating-Apps unterwegs, häufig wechselnde Partner.",
            "profiling",
            True,
        ),
        (
            "ifk",
            "Kdin. sucht über eine Online-Plattform einen Minijob, wechselnde Partnerbetriebe möglich.",
            "profiling",
            False,
        ),
        ("ifk", "Kd. ist einer dieser Glücksritter, die meinen, das Amt zahlt schon.", "typing", True),
        ("ifk", "Die Maßnahme ist eine dieser Maßnahmen, die online laufen.", "typing", False),
        (
            "ifk",
            "Im Termin wurde keine akute Gefährdung festgestellt, Kdin. wirkt trotz der Trennung gefasst.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Das Thema Suizid wurde angesprochen; der Kd. verneinte zögerlich, wirkt hoffnungslos.",
            "self_harm",
            True,
        ),
        ("ifk", "Kopie der Aufenthaltserlaubnis in die E-Akte genommen.", "crisis", False),
        (
            "ifk",
            "Kopie des Aufenthaltstitels zur Akte genommen, Titel läuft aus, Kd. hat Angst vor Abschiebung.",
            "crisis",
            True,
        ),
        (
            "ifk",
            "Kd. pflegt seine an Parkinson erkrankte Mutter; daher Teilzeit bis 25 Std. gewünscht.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kd. pflegt seine an Parkinson erkrankte Mutter und ist selbst seit 2022 in Therapie.",
            "profiling",
            True,
        ),
        (
            "ifk",
            "Kd. scherzt: „Noch ein Bescheid und ich spring vom Balkon“, lacht dabei, entspannt. "
            "Antrag gemeinsam ausgefüllt.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Kd. scherzt: „Noch ein Bescheid und ich spring vom Balkon“, lacht, wirkt aber nicht entlastet.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "meine oma hat immer gesagt lieber tot als pleite, haha, so schlimm ist es nicht",
            "self_harm",
            False,
        ),
    ],
)
def test_a_firm_in_need_a_joke_noted_and_a_roof_now(writer: str, text: str, kind: str, hint: bool) -> None:
    """Fifty-fourth round (probe 58, read as development data once probe 60 was written blind): the
    families of its errors, in sentences I wrote — quiet for an employer's or a firm's crisis at a
    clause's start („Betrieb wg. … in der Krise“, „AG (…) in wirtschaftl. Schieflage“), an industry's
    crisis, the landlord's insolvency, „ohne eigenes Verschulden“, a film „über nen Typen“, the IFK's
    note of a dark joke with a laugh, „lieber tot als …, haha“, Portuguese „esse formulário vai me
    matar 😂“, a date or an hour after „sollte“, papers to send before a call, a placement proposal,
    a copy of the permit filed, the illness of a relative one cares for; a hint for hurting oneself to
    punish oneself, standing on the roof of a car park or a tower block now, dating platforms and
    changing partners noted, „einer dieser …, die …“ of a person; each with a twin that keeps its
    answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "elb",
            "meine schwester hat sich vor zwei jahren umgebracht, ich versteh sie inzwischen und "
            "mach es genauso",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Mein Bruder hat letztes Jahr die Lehre abgebrochen, ich mach es genauso und fang was Neues an.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Den Schlüssel hab ich beim Hausmeister abgegeben, der Hund ist bei meiner Mutter. "
            "Ich mach das heute.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Den Schlüssel hab ich beim Hausmeister abgegeben, der Hund ist bei meiner Mutter. "
            "Die Ummeldung mach ich heute.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Der Hund ist bei meiner Mutter, weil ich in Urlaub fahre. Ich mach das heute.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Die Elbe ist im Februar eiskalt, da merkt man dann nichts mehr. Denk oft dran.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Beim Eisbaden in der Ostsee ist es kalt, nach zwei Minuten merkt man nichts mehr, "
            "das macht Spaß.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Der See ist im Mai noch kalt, aber nach dem ersten Schreck merkt man nichts mehr davon.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Kdin. schrieb nachts, dies sei ihre letzte Nachricht an das Jobcenter und überhaupt "
            "an jemanden.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Das ist meine letzte Nachricht an das Jobcenter vor dem Umzug, danach melde ich mich "
            "aus Kassel.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Ich werde ab Mittwoch nicht mehr da sein, weil ich zwei Wochen Kur in Bad Wildungen mache.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Ich werde ab Mittwoch nicht mehr da sein, weil ich es nicht mehr aushalte.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Ab Freitag werde ich nicht mehr da sein, weil ich in die Klinik gehe, und danach für immer weg.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Stromversorgung der Wohnung seit dem 03.02. eingestellt, die Kinder frieren.",
            "crisis",
            True,
        ),
        ("ifk", "Das Inkassoverfahren wurde eingestellt, die Stromversorgung läuft normal.", "crisis", False),
        ("elb", "ich penne seit drei tagen am bahnhof, mein freund hat mich rausgeworfen", "crisis", True),
        ("elb", "Unser Hund schläft im Treppenhaus, während ich auf der Arbeit bin.", "crisis", False),
        (
            "elb",
            "ich schlafe seit gestern im treppenhaus, der vermieter hat das schloss getauscht",
            "crisis",
            True,
        ),
        (
            "ifk",
            "Bauamt hat die Wohnung der Familie für unbewohnbar erklärt, Schimmel im ganzen Haus.",
            "crisis",
            True,
        ),
        (
            "ifk",
            "Die alte Wohnung wurde für unbewohnbar erklärt; Familie ist umgezogen und wohnt seit "
            "März in Hanau.",
            "crisis",
            False,
        ),
        ("ifk", "Kdin. muss das Frauenhaus Ende Mai verlassen, keine Wohnung in Aussicht.", "crisis", True),
        (
            "ifk",
            "Kdin. muss das Frauenhaus Ende Mai verlassen, die eigene Wohnung ist schon unterschrieben.",
            "crisis",
            False,
        ),
        ("elb", "Ich habe keine Pfändung und kein Inkasso, nur zur Info für den Antrag.", "crisis", False),
        ("elb", "Ich habe keine Pfändung mehr, aber jetzt kommt das Inkasso.", "crisis", True),
        ("elb", "Ich war früher im Knast, muss ich das bei der Bewerbung angeben?", "crisis", False),
        (
            "elb",
            "Ich war im Knast und muss morgen wieder rein, weil ich die Auflage verletzt habe.",
            "crisis",
            True,
        ),
        ("elb", "Meine Bewährungshelferin braucht einen Nachweis über den Termin hier.", "crisis", False),
        ("elb", "Meine Bewährungshelferin sagt, es droht der Widerruf der Bewährung.", "crisis", True),
        (
            "ifk",
            "Kdin. hat eine Aufenthaltserlaubnis nach § 25 Abs. 1 AufenthG; die Erwerbstätigkeit "
            "ist gestattet.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Kdin. hat eine Aufenthaltserlaubnis, Beschäftigung erlaubt, aber die "
            "Ausländerbehörde droht mit Abschiebung.",
            "crisis",
            True,
        ),
        ("ifk", "Kdin. hat Angst, dass ihre Aufenthaltserlaubnis nicht verlängert wird.", "crisis", True),
        ("elb", "Meine Aufenthaltserlaubnis gilt bis 2027, die Firma braucht eine Kopie.", "crisis", False),
        (
            "ifk",
            "Staatsangehörigkeit: eritreisch; Aufenthaltstitel gültig bis 2028, Beschäftigung erlaubt.",
            "profiling",
            False,
        ),
        ("ifk", "Kd. ist eritreischer Staatsangehöriger und sehr religiös.", "profiling", True),
        (
            "ifk",
            "Kd. muss erst den Bescheid der Anerkennungsstelle abwarten, dann kann er sich bewerben.",
            "judging",
            False,
        ),
        ("ifk", "Kd. muss sich erst mal ändern und abwarten lernen.", "judging", True),
        ("ifk", "Ein Vermittlungshemmnis ist derzeit nicht ersichtlich.", "deficit", False),
        ("ifk", "Vermittlungshemmnisse: fehlende Deutschkenntnisse.", "deficit", True),
        (
            "ifk",
            "Laut Gutachten des ÄD sind mittelschwere Tätigkeiten sechs Stunden täglich möglich.",
            "profiling",
            False,
        ),
        ("ifk", "Laut Gutachten sind leichte Tätigkeiten möglich, Diagnose Depression.", "profiling", True),
        (
            "ifk",
            "Kdin. bittet darum, ihre Migräne im Antrag zu erwähnen, damit die Teilzeit bewilligt wird.",
            "profiling",
            False,
        ),
        ("ifk", "Kdin. bittet darum, ihre Migräne nicht zu erwähnen.", "profiling", True),
        ("ifk", "Kd. berichtet, der alte Arbeitgeber habe im Mai Insolvenz angemeldet.", "profiling", False),
        ("ifk", "Kd. hat Privatinsolvenz angemeldet, der Arbeitgeber weiß davon.", "profiling", True),
        ("ifk", "Befund: Diagnosen F32.1 und F41.0 lt. Entlassbericht.", "profiling", True),
        ("ifk", "Kd. lebt in einer polyamoren Partnerschaft.", "profiling", True),
        ("ifk", "Kdin. bevorzugt jüngere Frauen, war mit ihrer Chefin liiert.", "profiling", True),
        ("ifk", "Kdin. bevorzugt Frauen als Ansprechpartnerinnen in der Beratung.", "profiling", False),
        ("ifk", "Kd. ist Mitglied einer evangelischen Freikirche.", "profiling", True),
        ("ifk", "Kd. ist Mitglied im Schützenverein und spielt Trompete.", "profiling", False),
        ("ifk", "Kdin. ist Ostfriesin, und die sind nun mal eher stur.", "typing", True),
        ("ifk", "Kd. ist Schweißer, und die sind nun mal gesucht in der Region.", "typing", False),
        ("ifk", "Typisch Generation Z, eine Generation, die lieber chillt als arbeitet.", "typing", True),
        ("ifk", "Im Betrieb arbeitet eine neue Generation, die Kd. selbst anlernt.", "typing", False),
        (
            "elb",
            "Ich gehe bald zurück nach Rumänien, meine Mutter braucht mich dort. Wie melde ich mich ab?",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Ich gehe zurück nach Rumänien zu meiner Familie, hier will ich nicht mehr leben.",
            "self_harm",
            True,
        ),
        ("elb", "Merhaba, kira sözleşmemi ekte gönderiyorum.", "self_harm", False),
        (
            "elb",
            "Ich verabschiede mich, ab Januar habe ich eine Vollzeitstelle. Danke für alles!",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Ich verabschiede mich, ab Januar habe ich eine Vollzeitstelle, und dann bin ich für immer weg.",
            "self_harm",
            True,
        ),
        ("ifk", "Kd. wirkt noch nicht sicher genug für Bewerbungsgespräche.", "deficit", True),
        ("ifk", "Kd. ist inzwischen stabil genug für eine Vollzeitstelle.", "deficit", False),
        ("ifk", "Kdin. hat weder eine Idee noch einen Plan, was sie arbeiten will.", "deficit", True),
        (
            "ifk",
            "Bis auf den Staplerschein bringt die Kdin. wenig mit, was in der Logistik gefragt ist.",
            "deficit",
            True,
        ),
        ("ifk", "Kd. bringt nichts mit zum Termin, die Unterlagen schickt er per Post.", "deficit", False),
        ("ifk", "Kd. hat weder Schulden noch Mietrückstände.", "crisis", False),
        ("ifk", "Kdin. hat Schulden bei der Bank und weder Job noch Rücklagen.", "crisis", True),
        ("elb", "Ich will keine Schulden hinterlassen, wenn ich gehe.", "self_harm", True),
        ("elb", "Keine Schulden sollen übrig bleiben, wenn ich weg bin.", "self_harm", True),
        (
            "elb",
            "Ich gehe zurück nach Syrien zu meiner Familie, dort wartet der Tod auf mich.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Ab Montag bin ich nicht mehr da, weil ich in Kur gehe, dann ist Schluss mit allem.",
            "self_harm",
            True,
        ),
        ("ifk", "Ostfriese halt – will nicht nach Bremen pendeln.", "typing", True),
        ("ifk", "Leider halt – der Termin fällt aus, Kd. meldet sich.", "typing", False),
    ],
)
def test_the_same_way_a_cold_sea_a_station_and_a_permit_to_work(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-fifth round (probe 59, read as development data once probe 61 was written blind): the
    families of its errors, in sentences I wrote — a hint for doing it „genauso“ as someone who took
    their life (a year named had silenced the model), keys and the pet handed over and then „Ich mach
    das heute.“, cold water where „man nichts mehr merkt“, the last message „an überhaupt jemanden“;
    crises for a supply „eingestellt“ (read as a crisis over), sleeping at a station, a home declared
    uninhabitable, a shelter to leave with no flat; quiet for a dated stay away with its reason, a
    seizure or a record denied, a prison stay or probation told for a paper, a permit with work
    allowed, „muss erst … abwarten“, a hindrance not seen, the medical service's finding of what work
    is possible, a detail the person asks to have mentioned, the former employer's insolvency, a paper
    sent „ekte“ in Turkish, going back to one's country for the family, a farewell into a full-time
    job, „weder Schulden noch …“; IFK hints for ICD codes, polyamory, a preference in partners, a
    church membership, „und die sind nun mal …“, „eine Generation, die …“, not „stabil genug“, neither
    plan nor goals, „bringt nichts mit, was …“ — each with a twin that keeps its answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "elb",
            "hallo, wollt nur danke sagen für alles, ich mach jetzt Schluss, richtig Schluss, nicht mit "
            "dem Job",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Ich mach Schluss mit dem Job im Lager, ab März fang ich bei der Post an.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Kd. meldet Strom und Handy ab, ohne neue Adresse, sagt: wo er hingehe, brauche er nichts mehr.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Ich kündige hier, meine neue Adresse schick ich Ihnen, ab 1.4. wohne ich in Gera.",
            "self_harm",
            False,
        ),
        ("elb", "wo ich hingehe brauch ich nix mehr, sagt euch das", "self_harm", True),
        (
            "elb",
            "Wo ich hingehe, brauch ich nichts, das Hotel stellt alles, Bettwäsche und Arbeitskleidung.",
            "self_harm",
            False,
        ),
        ("elb", "ካብዚ ንላዕሊ ክነብር ኣይደልን", "self_harm", True),
        (
            "elb",
            "Meine Tante hat sich vor zehn Jahren rausgenommen aus allem, ich versteh sie inzwischen gut",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Mein Onkel hat sich damals aus dem Familienstreit rausgenommen, ich versteh ihn jetzt gut.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Kd. erzählt, sein Freund habe sich 2019 das Leben genommen, er mache es genauso.",
            "self_harm",
            True,
        ),
        ("ifk", "Kd. kam nach Entlassung aus der JVA ohne Unterkunft zum Termin.", "crisis", True),
        ("ifk", "Kdin. ist seit zwei Wochen ohne festen Wohnsitz, schläft bei Bekannten.", "crisis", True),
        (
            "ifk",
            "Saisonstelle im Hotel wird ohne Unterkunft angeboten, Kd. pendelt aus Suhl.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Kd. war 2020 ohne Wohnung, lebt inzwischen in einer eigenen Wohnung in Aue.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Der frühere Arbeitgeber der Kdin., ein Maschinenbauer in Gera, befindet sich in einer tiefen "
            "Krise.",
            "crisis",
            False,
        ),
        (
            "elb",
            "Die Spedition, wo mein Mann fährt, steckt in der Krise, die entlassen Leute",
            "crisis",
            False,
        ),
        ("ifk", "Der Zulieferer in Eisenach steckt in der Krise, Kd. hat Kurzarbeit Null.", "crisis", False),
        (
            "elb",
            "Die Firma, wo ich war, steckt in der Krise, und ich selbst weiß nicht mehr weiter.",
            "crisis",
            True,
        ),
        (
            "ifk",
            "GdB 50 (Multiple Sklerose) liegt vor, wichtig für den Eingliederungszuschuss.",
            "profiling",
            False,
        ),
        ("ifk", "GdB 50 wegen Multipler Sklerose, Kd. wirkt oft erschöpft.", "profiling", True),
        (
            "ifk",
            "Mutter der Kdin. im März verstorben, Kdin. hat das Erbe ausgeschlagen, Nachweis liegt vor.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Mutter der Kdin. im März verstorben, Kdin. seitdem sehr niedergeschlagen.",
            "profiling",
            True,
        ),
        (
            "ifk",
            "Fehltermin vom 12.03. wegen Erkrankung der Tochter entschuldigt, keine Minderung.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Meldeversäumnis nicht entschuldigt, Kd. lag wegen Alkohol im Krankenhaus.",
            "profiling",
            True,
        ),
        ("ifk", "Netzbetreiber schreibt: keine Abschaltung geplant, Abschlag angepasst.", "crisis", False),
        ("ifk", "Netzbetreiber schreibt: Abschaltung am 20.11. angekündigt.", "crisis", True),
        ("elb", "Es gibt keine Kündigung, das war ein Fehler vom Vermieter, alles gut.", "crisis", False),
        ("elb", "Es gibt keine Kündigung bis jetzt, aber der Vermieter droht mit Räumung.", "crisis", True),
        ("ifk", "Den Kd. trifft am Abbruch der Maßnahme kein Verschulden.", "deficit", False),
        ("ifk", "Kd. hat kein anrechenbares Vermögen, Antrag vollständig.", "deficit", False),
        ("ifk", "Kd. hat kein Durchhaltevermögen.", "deficit", True),
        ("ifk", "Mehrbedarf wegen Schwangerschaft ab der 13. SSW beantragt.", "profiling", False),
        ("ifk", "Kdin. ist in der 20. SSW und wirkt überfordert.", "profiling", True),
        ("ifk", "Mehrbedarf für Alleinerziehende wurde bewilligt.", "typing", False),
        ("ifk", "Wie viele Alleinerziehende ist sie zeitlich unflexibel.", "typing", True),
        ("elb", "Ich hab grad ne Krise mit dem Drucker, schick die Unterlagen morgen.", "crisis", False),
        ("elb", "Ich hab ne Krise mit allem, ich weiß nicht mehr weiter.", "crisis", True),
        ("elb", "Die Zeche ist tot, aber ich lebe noch und such was Neues.", "self_harm", False),
        ("elb", "Die Zeche ist tot und ich will auch tot sein.", "self_harm", True),
        ("elb", "Das Geld ist gut, endlich keine Anträge mehr!", "crisis", False),
        ("elb", "Ich hab kein Geld mehr für Essen.", "crisis", True),
        (
            "elb",
            "Ich verabschiede mich aus dem Bürgergeld, ab Montag hab ich eine feste Stelle.",
            "self_harm",
            False,
        ),
        ("elb", "Ich verabschiede mich von allen, für immer.", "self_harm", True),
        ("elb", "Meine Aufenthaltserlaubnis gilt bis 2028, kann ich die Umschulung machen?", "crisis", False),
        (
            "elb",
            "Meine Aufenthaltserlaubnis gilt bis März, ich hab Angst, dass ich dann weg muss.",
            "crisis",
            True,
        ),
        (
            "elb",
            "Ich will nicht mehr länger auf den Bescheid warten, bitte melden Sie sich.",
            "self_harm",
            False,
        ),
        ("elb", "Ich will nicht mehr länger warten, bis es endlich vorbei ist.", "self_harm", True),
        ("elb", "Vormittags geht nicht, da bring ich die Kleinen in die Kita.", "self_harm", False),
        ("elb", "Für das Gutachten die Liste: Sertralin 50 mg, Metformin 1000 mg.", "self_harm", False),
        ("elb", "Die Tabletten hab ich alle gesammelt, 40 Stück Sertralin, für später.", "self_harm", True),
        ("elb", "Ich werde im August ausgesteuert, was muss ich beantragen?", "self_harm", False),
        (
            "ifk",
            "Kd. (ausgesteuert) sagte, er denke daran, mit dem Wagen gegen einen Brückenpfeiler zu fahren.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Ich bin ab Mai ausgesteuert, muss ich dann Arbeitslosengeld beantragen?",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Der Vater der Kdin. ist 2021 verstorben, Kdin. hat die Erbschaft angenommen, Vermögen wird "
            "geprüft.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kdin. besucht ihre Mutter nach der OP im Krankenhaus, Termin verschoben.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kdin. besucht ihre Mutter im Krankenhaus, sie selbst ist seit Wochen in Therapie.",
            "profiling",
            True,
        ),
        ("ifk", "Kd. ist nur bedingt flexibel und lehnt Schichtarbeit ab.", "deficit", True),
        (
            "ifk",
            "Die Arbeitszeiten im Lager sind wenig flexibel, Kd. hat trotzdem zugesagt.",
            "deficit",
            False,
        ),
        ("ifk", "Kdin. ist wegen ihrer Migräne zu gar nichts mehr in der Lage.", "deficit", True),
        ("ifk", "Kd. trinkt laut eigener Aussage abends zwei Flaschen Wein.", "profiling", True),
        ("ifk", "Kd. hat im Getränkemarkt Kästen Bier eingeräumt, Praktikum läuft gut.", "profiling", False),
        ("ifk", "Gegen die Kdin. wurde 2019 wegen Ladendiebstahls ermittelt.", "profiling", True),
        (
            "ifk",
            "Die Kdin. hat gegen den Vermieter Anzeige erstattet, Beratung bei der Mieterhilfe vereinbart.",
            "profiling",
            False,
        ),
        ("ifk", "Die Mutter hat die Familie verlassen, als er acht war.", "profiling", True),
        ("ifk", "Kd. hat die Familie beim Umzug nach Gera unterstützt, Vater dankbar.", "profiling", False),
        ("ifk", "Kdin. ist Mitglied einer evangelikalen Gemeinde in Suhl.", "profiling", True),
        ("ifk", "Kdin. macht ein Praktikum im Kindergarten der evangelischen Gemeinde.", "profiling", False),
        ("ifk", "Kd. ist am Hals tätowiert und hat mehrere Piercings.", "profiling", True),
        (
            "ifk",
            "Kd. möchte eine Ausbildung im Tattoo-Studio machen, Praktikum vereinbart.",
            "profiling",
            False,
        ),
        ("ifk", "Kd. kommt aus Gera-Lusan, der Stadtteil sagt eigentlich alles.", "typing", True),
        ("ifk", "Kd. wohnt in der Siedlung am Stadtrand, Bus 5 fährt direkt zum Betrieb.", "typing", False),
        ("elb", "Meine Schulden sind endlich alle bezahlt, danke an die Schuldnerberatung!", "crisis", False),
        ("elb", "Die Schulden sind weg, aber jetzt kommen neue Mahnungen.", "crisis", True),
        (
            "elb",
            "Ich ziehe für immer weg aus Gera, nach Leipzig, da fang ich im Lager an.",
            "self_harm",
            False,
        ),
        ("elb", "Ich geh für immer weg aus Gera, dann ist Schluss mit allem.", "self_harm", True),
        ("elb", "Die Räumungsklage hab ich gewonnen, wir bleiben in der Wohnung.", "crisis", False),
        (
            "elb",
            "Der Schufa-Eintrag ist gelöscht, jetzt kann ich einen Handyvertrag machen.",
            "crisis",
            False,
        ),
        (
            "elb",
            "Ich brauch Ihr Geld nicht mehr, ich hab eine Festanstellung, bitte abmelden.",
            "self_harm",
            False,
        ),
        ("elb", "Ich brauch Ihr Geld nicht mehr, bald ist eh Schluss mit mir.", "self_harm", True),
        ("elb", "Im Sanitätskurs haben wir geübt, was man bei einer Überdosis macht.", "self_harm", False),
        ("elb", "Ich hab gestern eine Überdosis genommen, mit Absicht.", "self_harm", True),
        (
            "elb",
            "Ich hör grad einen Thriller, da springt einer von der Brücke, echt spannend.",
            "self_harm",
            False,
        ),
        ("elb", "Ich steh auf der Brücke und spring gleich.", "self_harm", True),
        ("elb", "Meine Waschmaschine hat sich heute verabschiedet, ich komm später.", "self_harm", False),
        ("elb", "Seit gestern kein Strom im ganzen Dorf, Sturmschaden, ich melde mich.", "crisis", False),
        ("elb", "Seit gestern kein Strom bei uns, die Stadtwerke haben abgestellt.", "crisis", True),
        ("elb", "Die Kakerlaken sind endlich weg, der Kammerjäger war da.", "crisis", False),
        (
            "elb",
            "Die Stromsperre bei meiner Schwester ist schlimm, bei uns ist alles bezahlt.",
            "crisis",
            False,
        ),
        ("elb", "Die Stromsperre bei meiner Schwester, und bei uns auch bald.", "crisis", True),
        (
            "elb",
            "Die Polizei war bei uns in der Kita zum Vortrag, die Kinder fanden es toll.",
            "crisis",
            False,
        ),
        ("elb", "Die Polizei war bei uns, weil mein Mann mich geschlagen hat.", "crisis", True),
        (
            "elb",
            "Das ist meine letzte Lohnabrechnung von der Firma, die schick ich Ihnen.",
            "self_harm",
            False,
        ),
        ("elb", "Das ist meine letzte Nachricht an alle, ich will nicht mehr leben.", "self_harm", True),
        ("elb", "Mein Laptop ist seit gestern hinüber, ich schreib vom Handy.", "self_harm", False),
        ("elb", "Mein telefonum bozuldu, yarın ararım.", "crisis", False),
        (
            "elb",
            "Unser Hund war zwei Tage weg und ist wiedergekommen, deshalb hab ich mich nicht gemeldet.",
            "crisis",
            False,
        ),
        (
            "elb",
            "Der Tod meines Hundes hat mich sehr getroffen, aber ich komme zum Termin.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Wenn ich das Formular noch mal ausfüllen muss, spring ich vom Dach, Spaß, ich schick es heute "
            "ab.",
            "self_harm",
            False,
        ),
        ("elb", "Ich spring vom Dach, Spaß, aber ehrlich, ich kann nicht mehr.", "self_harm", True),
        ("ifk", "Frage nach Schulden: keine. Frage nach Gesundheit: keine Einschränkungen.", "crisis", False),
        ("ifk", "Frage nach Schulden: ja, Mietrückstand 900 Euro.", "crisis", True),
        ("ifk", "Pfändung? Nein. Ziel? Ausbildung.", "crisis", False),
        ("ifk", "Keine Hinweise auf Wohnungslosigkeit, Kd. lebt bei der Mutter.", "crisis", False),
        ("ifk", "Keine Suizidgedanken geäußert; Kdin. berichtet von neuem Job.", "self_harm", False),
        (
            "ifk",
            "Keine Suizidgedanken geäußert, Kdin. hat aber Abschiedsbriefe geschrieben.",
            "self_harm",
            True,
        ),
        ("ifk", "Aufenthaltstitel der Kdin.: Niederlassungserlaubnis, unbefristet.", "crisis", False),
        (
            "ifk",
            "Aufenthaltserlaubnis nach § 16a AufenthG gültig bis 2026, Ausbildung erlaubt.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Die Vorstrafe von 2011 ist getilgt, Führungszeugnis ohne Eintrag liegt vor.",
            "profiling",
            False,
        ),
        ("ifk", "Kd. ist vorbestraft wegen Körperverletzung.", "profiling", True),
        ("ifk", "Kdin. ist als Zeugin im Strafverfahren gegen ihren früheren Chef geladen.", "crisis", False),
        ("ifk", "Ziel? Verkauf. Hemmnis? keine.", "deficit", False),
        ("ifk", "Hemmnis: fehlende Motivation.", "deficit", True),
        ("ifk", "Kd. nach Knie-OP wieder arbeitsfähig ab 01.04.", "profiling", False),
        ("ifk", "Kd. nach Entzug wieder arbeitsfähig, Therapie läuft.", "profiling", True),
        ("ifk", "Die Spedition des Kd. hat Insolvenz angemeldet, Insolvenzgeld beantragt.", "crisis", False),
        ("ifk", "Kd. hat Privatinsolvenz angemeldet.", "crisis", True),
        ("elb", "Die Räumung bei meiner Mutter ist nächste Woche, ich wohne da auch.", "crisis", True),
        ("elb", "Ich will raus aus dem Leben, nach drüben zu Papa.", "self_harm", True),
    ],
)
def test_not_with_the_job_a_supplier_in_crisis_and_a_brother_visited_in_hospital(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-sixth round (probe 60, read as development data once probe 62 was written blind): the
    families of its errors, in sentences I wrote — self-harm hints for „Schluss … nicht mit dem Job“
    (the job's exit silenced the model), „wo ich hingehe, brauch ich nichts“ beside „ohne neue Adresse“,
    a relative who took their life understood now (a past „jetzt … gut“ had silenced it), Tigrinya „no
    longer than this“; crises for a person without lodging; quiet for a firm's or a supplier's crisis
    told with an apposition, a degree of disability with its purpose, a death told for the inheritance,
    a missed appointment excused, a cut-off or an eviction denied, no blame, no assets, a pregnancy's or a
    single parent's extra need, a „Krise“ with a printer, a plant „tot“ while the writer lives, „endlich
    keine Anträge mehr“, a farewell out of benefits, a permit valid until a year, impatience with a
    decision, children taken to nursery, a list of medicines for a report, the sickness benefit run
    out, a relative visited in hospital; IFK hints for „wenig flexibel“, „zu nichts mehr fähig“, a
    quantity of drink, an investigation, a parent who left the family, a congregation by its faith,
    tattoos, „das Viertel spricht für sich“; and the families of the development corpus 63 (near
    misses written for this round by a helper who read nothing, read at once): debts gone, a suit won,
    a Schufa entry deleted, away for good to a job in another town, the office's money not wanted with
    work found, a course on an overdose, a thriller in which someone jumps, a device that „took its
    life“ or is „hinüber“, an outage of a whole village, mould gone, another household's cut-off, the
    police at a nursery, the last payslip, a dog back home, a joke taken back with a task, the
    question-and-answer form („Frage nach Schulden: keine.“, „Hemmnis? keine.“), „Keine
    Suizidgedanken geäußert;“, a settled permit, a conviction erased, a witness, fit for work again —
    each with a twin that keeps its answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "elb",
            "Mein Instagram-Konto hab ich gelöscht, bitte schreiben Sie mir per E-Mail.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Meine Kinder sollen es besser haben als ich, deshalb mach ich den Kurs.",
            "self_harm",
            False,
        ),
        ("elb", "Meine Kinder haben es besser ohne mich.", "self_harm", True),
        ("elb", "Die Tabletten hab ich abgesetzt, ist eh alles egal jetzt.", "self_harm", True),
        ("elb", "Die Nachbarn sind so laut. Wissen Sie, wo ich mich beschweren kann?", "self_harm", False),
        (
            "elb",
            "Mein Sohn fragt, ob wir für immer in Deutschland bleiben, ich hab ja gesagt.",
            "self_harm",
            False,
        ),
        ("elb", "Мій телефон зламався, напишіть, будь ласка, ще раз.", "self_harm", False),
        ("elb", "So tired after my shift, can we talk tomorrow?", "self_harm", False),
        ("elb", "Cambié mi número, el nuevo es este.", "self_harm", False),
        ("elb", "Heute ist mein letzter Termin bei Ihnen, oder?", "self_harm", False),
        ("elb", "Ihr letzter Brief ist nie angekommen, bitte nochmal schicken.", "self_harm", False),
        ("ifk", "Kd.: „Ich will nicht mehr vom Jobcenter leben.“ Ziel Vollzeit.", "self_harm", False),
        ("ifk", "Kd.: „Ich will nicht mehr leben.“", "self_harm", True),
        (
            "elb",
            "Die Ärztin sagt, ich darf nicht mehr schwer tragen. Das Attest schick ich mit.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Familienhelferin kommt zweimal pro Woche, Kdin. empfindet das als entlastend.",
            "crisis",
            False,
        ),
        ("ifk", "Kd. berichtet, eine Kündigung droht nicht mehr, Rückstand ist bezahlt.", "crisis", False),
        ("ifk", "Kd. verneint, Schulden zu haben; Antrag vollständig.", "crisis", False),
        ("ifk", "Eine Lohnpfändung liegt nicht vor, Arbeitgeber hat das bestätigt.", "crisis", False),
        ("ifk", "Eine Lohnpfändung liegt nicht vor, aber der Gerichtsvollzieher droht.", "crisis", True),
        ("ifk", "Frage nach Mietschulden verneint, Miete läuft per Dauerauftrag.", "crisis", False),
        (
            "ifk",
            "Kdin. verneint Gewalt in der Familie, Termin zur Kinderbetreuung vereinbart.",
            "crisis",
            False,
        ),
        ("ifk", "Kdin. berichtet von Gewalt in der Familie, Frauenhaus angefragt.", "crisis", True),
        (
            "ifk",
            "Kdin. hat eine eigene Wohnung, die Zeit in der Notschlafstelle ist vorbei.",
            "crisis",
            False,
        ),
        ("ifk", "Kd. sagt, die Verhandlung am Montag sei nur als Zeuge.", "crisis", False),
        (
            "ifk",
            "Die Oma, die bisher die Kinder abgeholt hat, ist erkrankt; Kdin. sucht einen Hortplatz.",
            "profiling",
            False,
        ),
        ("ifk", "Für Kd. kommt das Bundesprogramm für U25 in Frage, Termin beim Träger.", "typing", False),
        ("ifk", "Als anerkannte Asylberechtigte hat Kdin. vollen Zugang zum Arbeitsmarkt.", "typing", False),
        (
            "ifk",
            "Keine Überkopfarbeit lt. Gutachten, Stellen in der Montage am Boden möglich.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kd. ist laut Attest nicht für Nachtschicht geeignet, Tagschicht angefragt.",
            "deficit",
            False,
        ),
        ("ifk", "Kd. ist nicht für Teamarbeit geeignet.", "deficit", True),
        ("ifk", "Der Bus sollte eigentlich um 6 Uhr fahren, Kd. nimmt den früheren.", "judging", False),
        (
            "elb",
            "Hab quasi meinen Abschiedsbrief an den Chef geschrieben, neue Stelle ab Mai 😄",
            "self_harm",
            False,
        ),
        ("elb", "Mein Abschiedsbrief an die Familie liegt auf dem Tisch.", "self_harm", True),
        ("ifk", "Die Syrer machen eh nur Schwarzarbeit, bei Kd. wird es nicht anders sein.", "typing", True),
        ("ifk", "Kd. ist Kurde, wie üblich mit großer Familie und wenig Zeit.", "typing", True),
        ("ifk", "Kdin. hat die fristlose Kündigung wegen Mietrückständen erhalten.", "crisis", True),
        ("ifk", "Kdin. hat ihrem Arbeitgeber fristlos gekündigt, neue Stelle ab Juni.", "crisis", False),
        ("elb", "Szef mnie wyrzucił z kwatery, nie mam gdzie spać.", "crisis", True),
        (
            "elb",
            "Morgen ist mein letzter Tag beim Erdbeerpflücken, danach fahr ich heim nach Polen.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Morgen ist mein letzter Tag beim Erdbeerpflücken und auch sonst mein letzter Tag.",
            "self_harm",
            True,
        ),
        ("elb", "Der Chef vom Hof hat unsere Pässe einbehalten, wir bekommen keinen Lohn.", "crisis", True),
        ("elb", "Der Chef braucht eine Kopie von meinem Pass für den Arbeitsvertrag.", "crisis", False),
        (
            "elb",
            "Die Grippe hat mich total erwischt, ich schlafe nur noch, Termin bitte verschieben.",
            "crisis",
            False,
        ),
        ("ifk", "Kdin. sagt: „Ich bin zu alt für TikTok“, Bewerbung per Post.", "judging", False),
        ("ifk", "Kdin. ist zu alt für den Job.", "judging", True),
        (
            "ifk",
            "Kein Heben über 10 kg lt. ärztl. Gutachten, Stellen im Verkauf werden vorgeschlagen.",
            "profiling",
            False,
        ),
    ],
)
def test_a_deleted_account_a_last_letter_lost_and_passports_kept(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-sixth round, development corpus 64 (600 sentences, mostly near misses, written for this
    round by a helper who read nothing and read at once): quiet for an account deleted with another way
    to write, children who should have it better „als ich“, where to complain, staying „für immer“
    here, a phone broken (Ukrainian), tired after a shift (English), a new number (Spanish), the last
    appointment asked about, the office's last letter lost, „nicht mehr vom Jobcenter leben“, a
    doctor's limit with the certificate, a family helper welcomed, an eviction that threatens no more,
    debts and a seizure denied, „Frage nach … verneint“, violence in the family denied, the shelter
    left for a flat, a court date as a witness, the grandmother who minded the children ill, a programme
    for U25, a recognised refugee's access, the report's limits, a bus that „sollte“ come at six, a
    „farewell letter“ to the boss, the last day of a harvest, the flu, the person's own „Ich bin zu alt
    für …“; hints for a group's habits carried over to the person, „wie üblich“ after an origin, a
    lease ended for arrears, passports kept by the boss, Polish „wyrzucił mnie z kwatery“ — each with a
    twin that keeps its answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "elb",
            "nix klappt bei mir, gar nix. arbeit, freundin, wohnung. "
            "vielleicht bin ich einfach das was weg muss",
            "self_harm",
            True,
        ),
        ("elb", "damawe bmrm, hich nemawa", "self_harm", True),
        (
            "ifk",
            "Kdin. berichtete, sie habe nachts auf der Brücke gestanden "
            "und sei nur wegen ihres Hundes zurückgegangen.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Ich stand gestern am Main und bin nur wegen meiner Tochter wieder nach Hause.",
            "self_harm",
            True,
        ),
        ("elb", "Wir standen am Rhein, es fing an zu regnen und wir sind umgekehrt.", "self_harm", False),
        (
            "elb",
            "Die Katze kommt zu meinem Bruder, Futter steht im Schrank. Ich regle gerade alles.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Der Hund kommt zu meiner Mutter, solange ich in der Reha bin. "
            "Ich regle gerade alles für die drei Wochen.",
            "self_harm",
            False,
        ),
        ("elb", "servus an alle, danke für die zeit hier 🖤", "self_harm", True),
        ("elb", "servus an alle, bis morgen im Kurs 😊", "self_harm", False),
        ("elb", "Bin heute aus der JVA raus und hab keine Wohnung und kein Geld.", "crisis", True),
        (
            "ifk",
            "Kd. wurde 2019 aus der Haft entlassen, wohnt seitdem bei seiner Schwester.",
            "crisis",
            False,
        ),
        ("ifk", "Kdin. lebt seit der Trennung in ihrem Auto auf einem Parkplatz.", "crisis", True),
        (
            "ifk",
            "Kd. schläft während der Tour in seinem LKW, Lenkzeiten werden eingehalten.",
            "crisis",
            False,
        ),
        ("ifk", "Kd. hat keine Meldeadresse mehr, Post geht an die Beratungsstelle.", "crisis", True),
        ("elb", "on m'a viré du foyer, je dors dehors depuis hier", "crisis", True),
        ("elb", "kanbat f zen9a had lilat", "crisis", True),
        (
            "ifk",
            "Kdin. berichtet, der Ex-Partner habe sie gewürgt, die Polizei sei heute Nacht vor Ort gewesen.",
            "crisis",
            True,
        ),
        (
            "ifk",
            "Kd. hat im Vorstellungsgespräch die Brücke zu seiner früheren Tätigkeit geschlagen.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Kdin. hat sich beim Probearbeiten gut geschlagen, Rückmeldung des Betriebs positiv.",
            "crisis",
            False,
        ),
        ("ifk", "Der Partner hat sie geschlagen, die Brücke zur Familie ist abgebrochen.", "crisis", True),
        (
            "ifk",
            "Der Arbeitgeber des Kd. steckt laut seiner Aussage in "
            "einer tiefen Krise, Kurzarbeit angekündigt.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Kdin. nimmt an der Schuldnerberatung teil, eine "
            "Ratenvereinbarung mit den Gläubigern ist getroffen.",
            "crisis",
            False,
        ),
        ("ifk", "Die Gläubiger drohen mit Pfändung, ein Vergleich ist gescheitert.", "crisis", True),
        (
            "ifk",
            "Kdin. hat die Aufenthaltserlaubnis erhalten, sie berechtigt zur Beschäftigung.",
            "crisis",
            False,
        ),
        (
            "elb",
            "Endlich hab ich meine Aufenthaltserlaubnis bekommen, ich darf ab Montag arbeiten!",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Kd. hat Zeugnisse aus Syrien eingereicht, Termin bei der "
            "IQ-Beratung zur Anerkennung vereinbart.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kd. ist schwerbehindert (GdB 60), ein Eingliederungszuschuss für den Betrieb ist möglich.",
            "profiling",
            False,
        ),
        ("ifk", "Kd. ist schwerbehindert (GdB 60) und wirkt meist antriebslos.", "profiling", True),
        (
            "ifk",
            "Die Tochter der Kdin. hat die Schule abgebrochen und ist aus der BG ausgezogen.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kd. will seinen Roller verkaufen, weil er ihn bei der neuen Arbeit nicht mehr braucht.",
            "crisis",
            False,
        ),
        ("ifk", "Verkaufserlös des Autos wird als Vermögen geprüft.", "crisis", False),
        (
            "ifk",
            "Kdin. sagt, sie wolle „einen Schlussstrich ziehen“, und meint "
            "damit den Wechsel aus der Pflege in die Verwaltung.",
            "crisis",
            False,
        ),
        (
            "elb",
            "[Sprachnachricht] ja hallo, wollte nur kurz sagen dass ich "
            "die Bescheinigung heute abgegeben hab, danke",
            "self_harm",
            False,
        ),
        (
            "elb",
            "[Sprachnachricht] wollte nur sagen dass ich den Brief bekommen hab und dann nicht mehr da bin",
            "self_harm",
            True,
        ),
        ("elb", "Ich hab die Unterlagen am Montag abgegeben, passt des so?", "self_harm", False),
        (
            "elb",
            "Meine Firma macht vielleicht zu. Muss ich mich jetzt schon vorsorglich arbeitsuchend melden?",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Die Kleine ist aus allem rausgewachsen, ich hab verschenkt, was sie nicht mehr anziehen kann.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Ich hab alles verschenkt, was die Kinder nicht mehr brauchen, ich brauch dann auch nichts mehr.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Der Bildungsgutschein muss erst von der Agentur bewilligt werden, dann Start im März.",
            "judging",
            False,
        ),
        ("ifk", "Kd. muss erst lernen, pünktlich zu sein.", "judging", True),
        ("ifk", "Sinnvoll wäre aus Sicht des Kd. eine Umschulung zum Fachlageristen.", "judging", False),
        ("ifk", "Wenn sie sich nicht bald bewirbt, kann sie die Ausbildung vergessen.", "judging", True),
        ("ifk", "Kd. kann wegen fehlender Busverbindung erst ab 8 Uhr anfangen.", "deficit", False),
        ("ifk", "Wie viele Wochenstunden möglich sind, klären wir nach dem Arztgespräch.", "typing", False),
        ("ifk", "Für eine Rumänin spricht Kdin. erstaunlich gut Deutsch.", "typing", True),
        ("ifk", "Kd. wohnt in Offenbach-Lauterborn, da wundert einen wenig.", "typing", True),
        ("ifk", "Schwule Männer sind ja oft sehr empfindlich, so auch Kd.", "typing", True),
        (
            "ifk",
            "Kd. lebt seit einem Jahr als Frau, bei Geburt männlich eingetragen, Hormontherapie läuft.",
            "profiling",
            True,
        ),
        (
            "elb",
            "Ich verabschiede mich von der Leiharbeit, ab März hab ich einen festen Vertrag!",
            "self_harm",
            False,
        ),
    ],
)
def test_a_bridge_built_a_truck_as_home_and_a_sentence_read_alone(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-seventh round, probe 62 (written blind in the fifty-sixth round, read in this one): self-harm
    for a full sentence that a list of three words joined to a verdict (read alone now), Sorani in Latin
    script, standing at the water and turned back only because of someone, a pet handed on while
    everything is settled, a farewell „an alle“ with a black heart, a voice message that says more
    than that the letter came; crises for out of prison with no flat, living in a car or a truck, no
    address to be registered at, thrown out of a shelter (French, Darija), a threat the police came to
    „gestern“ (never past for „vor Ort gewesen“); quiet for a bridge „geschlagen“, doing well, a firm's
    crisis „laut seiner Aussage“, a settlement with the creditors, a permit that allows work, the IQ
    network, a GdB for the employer's grant, a child's dropout told for the household, a van no longer
    needed for the new job, proceeds checked as income, an end explained as a change of trade, a voice
    message that a paper came, papers handed in on a day, registering early, children's things given
    away, away from shift work after an ellipsis, a farewell to temp work, „muss erst … werden“ of a
    thing, better „aus Sicht der Kdin.“, a missing bus or nursery place, „wie viele Stunden“; hints for
    „kann … vergessen“, „für einen Tunesier erstaunlich …“, „da wundert einen nichts“, a group's
    habits said of trans or gay people, details of a transition — each with a twin that keeps its
    answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        ("elb", "ich wär gern einfach weg, so richtig weg, nicht Urlaub, verstehst du", "self_harm", True),
        ("elb", "Ich wär gern mal weg, so richtig weg, Urlaub am Meer, zwei Wochen.", "self_harm", False),
        ("elb", "Die Brücke über den Neckar sieht jeden Abend einladender aus.", "self_harm", True),
        ("ifk", "Das Ziel Mechatroniker kann sie vergessen.", "judging", True),
        ("ifk", "Als Sachse ist er sicher sparsam.", "typing", True),
        (
            "ifk",
            "Die Russen in Pforzheim helfen sich ja gegenseitig, da findet er bestimmt was.",
            "typing",
            True,
        ),
        ("ifk", "Frühere Beamte wie er können sich erfahrungsgemäß schwer umstellen.", "typing", True),
        ("ifk", "Kd. kommt aus Mannheim-Neckarstadt, das sagt eigentlich alles.", "typing", True),
        ("ifk", "Ein echtes Villen-Söhnchen vom Killesberg.", "typing", True),
        ("ifk", "Kdin. ist laut eigener Aussage von Genitalverstümmelung betroffen.", "profiling", True),
        ("ifk", "Kd. trägt einen Turban, Vorstellung beim Lager am Montag.", "profiling", True),
        ("ifk", "Kdin. trennte sich, weil der Mann fremdging.", "profiling", True),
        (
            "ifk",
            "Kd. saß zwei Jahre im Gefängnis wegen Betrug, sucht jetzt Arbeit im Lager.",
            "profiling",
            True,
        ),
        ("ifk", "Kd. war laut eigener Aussage bei der Stasi.", "profiling", True),
        (
            "ifk",
            "Aufenthaltserlaubnis mit Erlaubnis zur Beschäftigung bis 2027, Kopie liegt vor.",
            "crisis",
            False,
        ),
        ("ifk", "Aufenthaltstitel liegt vor, Erwerbstätigkeit laut Zusatzblatt erlaubt.", "crisis", False),
        (
            "ifk",
            "Aufenthaltserlaubnis läuft im März ab, Beschäftigung bis dahin erlaubt, Kd. hat große Angst.",
            "crisis",
            True,
        ),
        ("ifk", "Kd. ist eritreischer Staatsangehöriger; Pass liegt vor.", "typing", False),
        (
            "ifk",
            "Kdin. legt Bescheinigung vor: die Therapie steht einer Arbeit im Verkauf nicht entgegen.",
            "profiling",
            False,
        ),
        ("ifk", "Es mangelt derzeit an freien Ausbildungsplätzen im Kfz-Handwerk.", "deficit", False),
        ("ifk", "Es mangelt Kd. an Motivation.", "deficit", True),
        (
            "ifk",
            "Kdin. ist seit zwei Jahren in Substitution und stabil, Praktikum im Café geplant.",
            "crisis",
            False,
        ),
        ("ifk", "Kd. ist in Substitution, hatte aber letzte Woche einen Rückfall.", "crisis", True),
        ("ifk", "Keine Abhängigkeit bekannt.", "profiling", False),
        ("ifk", "Kdin. hat das Thema Mietschulden abgeschlossen, alles beglichen.", "profiling", False),
        ("ifk", "Laut Arbeitgeber sollte sie am Montag um 7 Uhr da sein.", "judging", False),
        ("ifk", "Die Filiale wurde geschlossen; Kdin. sieht darin eine Chance.", "judging", False),
        ("ifk", "Wie viele Bewerbungen im Monat, steht in der EGV.", "typing", False),
        (
            "ifk",
            "Für die Stelle im Wachdienst ist ein Führungszeugnis nötig; es ist ohne Eintrag.",
            "crisis",
            False,
        ),
        ("elb", "Servus, i hätt gern en Termin am Donnerstag", "self_harm", False),
        ("elb", "Für das Attest hier die Namen: Subutex 8 mg und Ibuprofen.", "crisis", False),
        (
            "ifk",
            "Medikamentenplan für den ärztl. Dienst: Metoprolol, Simvastatin – an den ÄD weitergeleitet.",
            "self_harm",
            False,
        ),
        ("elb", "Die Wohnung wird zum 15. geräumt, weil wir in eine größere ziehen.", "crisis", False),
        ("elb", "Die Kündigung der Wohnung kam von uns, wir ziehen zu meinem Freund.", "crisis", False),
        ("elb", "Die Kündigung der Wohnung kam vom Vermieter, wir wissen nicht wohin.", "crisis", True),
        (
            "ifk",
            "Kdin. wohnt vorübergehend bei einer Freundin, Post geht über die Wohnungslosenhilfe.",
            "crisis",
            False,
        ),
        ("elb", "Ich brauch das Fahrrad nicht mehr, ich fahr jetzt mit dem Bus.", "self_harm", False),
        (
            "elb",
            "Ich brauch das Auto nicht mehr, ich fahr jetzt nirgends mehr hin, für immer.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Den alten Schrank geb ich weg, in der neuen Wohnung brauch ich den nicht mehr.",
            "self_harm",
            False,
        ),
        ("elb", "Ich geh für immer nach Rumänien zurück, bitte Abmeldung ab 1.6.", "self_harm", False),
        (
            "elb",
            "Heute war die letzte Dosis Polamidon, mit dem Arzt ausgeschlichen, jetzt bin ich clean.",
            "self_harm",
            False,
        ),
        ("elb", "Sorry, war gestern total tot, Grippe. Kann ich Montag kommen?", "self_harm", False),
        ("elb", "Das Handy hat den Geist aufgegeben, ich komme mit dem Zug um 10.", "self_harm", False),
        ("elb", "ya no quiero trabajar de noche, busco algo de día", "self_harm", False),
        (
            "ifk",
            "Kd. wünscht, dass seine Epilepsie dem Betrieb mitgeteilt wird, Einverständnis unterschrieben.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kd. musste keine Deutschkenntnisse nachweisen, Arbeitssprache ist Englisch.",
            "deficit",
            False,
        ),
        (
            "elb",
            "Die Zeit in der Notunterkunft liegt lange hinter mir, jetzt hab ich eine eigene Wohnung.",
            "crisis",
            False,
        ),
    ],
)
def test_a_permit_with_leave_to_work_and_tracks_that_look_tempting(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-seventh round, probe 61 (written blind in the fifty-fifth round, read in this one): self-harm
    for away „so richtig weg, nicht Urlaub“ and tracks or a bridge that look more tempting every day;
    hints for „kann sie vergessen“, „als Sachse … sicher“, „die Russen … helfen sich ja“, „X wie er
    können … erfahrungsgemäß“, „das sagt eigentlich alles“ after a place, a „Söhnchen“, genital
    cutting, a turban, „fremdging“, prison with the offence, the Stasi; quiet for a permit with leave to
    work (never beside its expiry and fear), a nationality told as a legal fact, a treatment that does
    not stand in the way of the job, a lack of training places, stable substitution (never beside a
    relapse), no addiction known, a matter closed, what an employer says „sollte“, a closure seen as a
    chance, „wie viele Bewerbungen“, a record without entries, a date asked for in dialect, medicines
    named for a certificate, a flat left for one's own move (never the landlord's notice), mail through
    the service, a bike or a cupboard not needed any more for the new (never „für immer“), going home
    to one's country with a date to deregister, the last dose tapered with the doctor, „total tot,
    Grippe“, a phone that gave up the ghost, night work no more (Spanish), a detail passed on at the
    person's wish, German not required, a shelter long behind — each with a twin that keeps its answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "elb",
            "Geben Sie bitte meiner Tochter die Miete vom letzten Monat zurück, ich bin dann nicht mehr da",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Letzten Monat war ich noch krank, jetzt geht es wieder und ich komme am Montag.",
            "self_harm",
            False,
        ),
        ("elb", "Die Wohnung is fort, mei Auto is fort, bald bin isch aach fort", "self_harm", True),
        ("elb", "Mein Mann ist weg, die Arbeit ist weg, bald bin ich auch weg", "self_harm", True),
        (
            "elb",
            "Die Kinder sind aus dem Haus, bald bin ich auch weg, ich ziehe im Mai zu meiner "
            "Schwester nach Kassel.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Hab die Dosis genau berechnet, mein Insulin reicht dafür. Sag es nur dir.",
            "self_harm",
            True,
        ),
        ("elb", "Mein Insulin ist vom Arzt neu eingestellt, ich komme am Dienstag.", "self_harm", False),
        (
            "ifk",
            "Nachricht der Kdin. um 1 Uhr: nur Bilder ihrer Töchter und „passt gut auf die Kinder "
            "auf“. Keine Reaktion auf Rückruf, Polizei verständigt.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Mama passt auf die Kinder auf, ich bin um 10 beim Vorstellungsgespräch.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Die Winterjacke brauch ich nicht mehr, hab sie der Kleiderkammer gebracht, es ist ja warm.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Hab alles der Caritas gegeben und das Konto leer gemacht, ich brauch eh nichts mehr",
            "self_harm",
            True,
        ),
        ("elb", "Ich verschenk mein altes Moped, weil ich jetzt ein Deutschlandticket hab", "crisis", False),
        (
            "elb",
            "I don't need my bike anymore, my neighbour drives me to work every morning",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Ich geh nicht mehr zurück in die Fabrik, das Kapitel ist vorbei, ich fang im Juni im Lager an.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Ich verschenk mein Moped, weil ich jetzt ein Deutschlandticket hab. Für immer, ich "
            "brauch bald gar nichts mehr.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Der Strom ist seit Freitag abgestellt, die Stadtwerke sagen, erst wenn der Rückstand "
            "bezahlt ist",
            "crisis",
            True,
        ),
        ("elb", "Der Rückstand ist bezahlt, der Strom ist seit gestern wieder an.", "crisis", False),
        ("elb", "Der Vermieder sacht, mir fliesche raus aus de Wohnung, wenn mer net zahle", "crisis", True),
        ("elb", "Na kanë prerë rrymën që dje, s'kemi dritë", "crisis", True),
        (
            "ifk",
            "Die Krise der Hotellerie nutzte Kdin., um eine Weiterbildung zur Hotelfachfrau zu beginnen.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Das Sägewerk hat Insolvenz angemeldet; Kd. bezieht Insolvenzgeld und sucht eine neue Stelle.",
            "crisis",
            False,
        ),
        ("ifk", "Kd. hat Privatinsolvenz angemeldet, Gläubiger drängen.", "crisis", True),
        (
            "ifk",
            "Es besteht derzeit keine Wohnungslosigkeit; Kdin. wohnt bei ihrer Schwester in Hanau.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Nach der Trennung hat sich Kd. gut in der kleinen Wohnung in Offenbach eingelebt.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kdin. ist bis Mittwoch krankgeschrieben, Termin daher auf Donnerstag gelegt.",
            "profiling",
            False,
        ),
        ("ifk", "Kd. ist wegen seiner Depression bis Freitag krankgeschrieben.", "profiling", True),
        (
            "ifk",
            "Termine nur vormittags, sagt Kdin., da nachmittags die Ergotherapie der Tochter ist.",
            "profiling",
            False,
        ),
        ("ifk", "Besser wäre eine Stelle in Teilzeit, sagt Kd., wegen der Kinder.", "judging", False),
        (
            "ifk",
            "Kdin. besitzt die deutsche und die griechische Staatsangehörigkeit; Personalausweis liegt vor.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kd. ist albanischer Staatsangehöriger; der Aufenthaltstitel erlaubt eine Beschäftigung.",
            "crisis",
            False,
        ),
        ("ifk", "Aufenthaltsstatus gesichert, Kd. hat eine Niederlassungserlaubnis.", "crisis", False),
        ("ifk", "Aufenthaltsstatus ungeklärt, Kd. hat große Angst vor der Abschiebung.", "crisis", True),
        ("ifk", "Kdin. soll ab 15.09. in die AGH einmünden, Zuweisung erfolgt.", "judging", False),
        ("ifk", "Kd. soll ab 01.10. endlich mal pünktlich sein.", "judging", True),
        (
            "ifk",
            "Laut Gutachten des ÄD sind leichte Tätigkeiten bis sechs Stunden täglich möglich.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Medikamente lt. Kd. für das amtsärztliche Gutachten notiert: Metformin, Ramipril; "
            "auf seinen Wunsch weitergeleitet.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kd. bittet darum, seine Diagnose Long COVID aufzunehmen, da er nur Teilzeit arbeiten "
            "kann; Attest liegt vor.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kdin. wünscht Berücksichtigung der Rheuma-Diagnose bei der Stellensuche.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kdin. ist nach dem Frauenhaus gut in ihrer neuen Wohnung angekommen und sucht Arbeit.",
            "crisis",
            False,
        ),
        (
            "elb",
            "seit wir aus dem frauenhaus raus sind haben wir eine eigene wohnung, aber er droht wieder",
            "crisis",
            True,
        ),
        ("elb", "Die Schuldnerberatung hat alles geregelt, das Inkasso ist erledigt", "crisis", False),
        (
            "ifk",
            "Ich finde es echt beeindruckend, dass er die Prüfung trotz Schichtarbeit geschafft hat.",
            "judging",
            False,
        ),
        (
            "ifk",
            "Laut Kdin. ist die Umschulung „genau das Richtige“, sie will sich gleich anmelden.",
            "judging",
            False,
        ),
        (
            "ifk",
            "Ich hab ihr ja angeboten, dass wir das Gespräch auch telefonisch machen können.",
            "judging",
            False,
        ),
        ("ifk", "Kd. hat keinen Führerschein, kommt aber pünktlich mit dem Rad.", "deficit", False),
        ("ifk", "Kd. ist nicht pünktlich und hat keinen Führerschein.", "deficit", True),
        (
            "ifk",
            "Typisch für die Glasbetriebe im Bayerwald sind Schichtmodelle; Kd. kennt das.",
            "typing",
            False,
        ),
        ("ifk", "Kdin. nimmt am Frühstückstreff für Alleinerziehende teil.", "typing", False),
        (
            "ifk",
            "Kdin. hat selbst angegeben, dass sie wegen eines Eintrags im Führungszeugnis nicht "
            "in der Kita arbeiten darf; Alternativen besprochen.",
            "profiling",
            False,
        ),
        ("ifk", "Kdin. ist kritikunfähig und reagiert gereizt.", "deficit", True),
        ("ifk", "Kd. hat weder Ehrgeiz noch Biss.", "deficit", True),
        ("ifk", "Kd. hat keine Berufserfahrung, für den Verkauf ungeeignet.", "deficit", True),
        ("ifk", "Die Wohnung ist zu klein, für die Familie ungeeignet.", "deficit", False),
        ("ifk", "Es mangelt eben an der Arbeitsmoral.", "deficit", True),
        ("ifk", "Nach der Elternzeit muss sie jetzt wieder funktionieren.", "judging", True),
        ("ifk", "Kd. hat sich die Lage selber eingebrockt.", "judging", True),
        ("ifk", "Typisch Vogelsberg: wortkarg und wenig flexibel.", "typing", True),
        ("ifk", "Typisch Montag: nicht erreichbar, nur der Anrufbeantworter.", "typing", False),
        ("ifk", "Bei Leuten vom Balkan bleibt die Frau halt zuhause.", "typing", True),
        ("ifk", "Kellner sind nun mal Nachtmenschen, auch Kd.", "typing", True),
        ("ifk", "Ein echter Wäldler: redet wenig und macht, was er will.", "typing", True),
        (
            "ifk",
            "Kd. hatte ein Verhältnis mit einer verheirateten Kollegin, deshalb die Kündigung.",
            "profiling",
            True,
        ),
        ("ifk", "Kdin. hat zwei uneheliche Kinder.", "profiling", True),
        ("ifk", "Die Familie gehört einer Freikirche an, Sonntag ist daher tabu.", "profiling", True),
        (
            "ifk",
            "Vater des Kd. hat sich 2015 das Leben genommen; hat mit der Vermittlung nichts zu "
            "tun, nur zur Info.",
            "profiling",
            True,
        ),
        (
            "ifk",
            "Die Mutter der Kdin. ist letztes Jahr verstorben, seitdem hat Kdin. die Bäckerei weitergeführt.",
            "profiling",
            False,
        ),
    ],
)
def test_a_dose_worked_out_a_trade_in_crisis_and_praise_in_the_first_person(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-eighth round, probe 63 (written blind in the fifty-seventh round, read in this one): self-harm
    for „ich bin dann nicht mehr da“ beside money of the month before, losses said one after another and
    „bald bin ich auch fort“, a dose worked out, a night message with photos of the children that sent the
    IFK to call the police, everything given to a charity (never a coat given in spring); hints for
    „konfliktunfähig“, „weder Ehrgeiz noch Biss“, „für den Verkauf ungeeignet“, a lack of work ethic,
    „muss wieder funktionieren“, „selber eingebrockt“, „Typisch REGION:“, „bei Leuten vom Balkan … halt“,
    „Kellner sind nun mal“, „ein echter Wäldler“, an affair, children born outside marriage, a free church,
    a relative's suicide noted „nur zur Info“; a cut-off stays a crisis when the arrears are only the
    condition, an eviction in Hessian, a power cut in Albanian; quiet for a trade's crisis, a firm's
    insolvency (never the person's own), no homelessness, a separation settled in, off sick until a near
    day (never beside a diagnosis), a child's therapy that sets the times, „sagt Kd.“, citizenship and a
    settled status, a date a step is set for (never „endlich mal“), the medical service's result as the
    work possible, medicines for the assessment, a certificate alone, a shelter behind (never beside a new
    threat), a debt settled by the counselling service, praise in the first person, the person's words
    reported, the IFK's own offer, a thing lacking beside the quality there, what is typical of a trade's
    firms, an offer for single parents, an entry the person told for the choice of work, a parent's death
    told for the business — each with a twin that keeps its answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "ifk",
            "Kd. schickte nachts nur noch Bilder seiner Söhne, danach nicht mehr erreichbar; "
            "Polizei um 7:30 Uhr verständigt.",
            "self_harm",
            True,
        ),
        ("ifk", "Kdin. schickte Fotos ihrer Kinder vom Sportfest, sehr stolz.", "self_harm", False),
        ("elb", "[Bild] 🖤 tschüss ihr", "self_harm", True),
        ("elb", "Danke für alles, tschüss und schönes Wochenende 😊", "self_harm", False),
        (
            "elb",
            "Can I return the tablet from the course? I do not need it anymore, my new company "
            "gave me a laptop.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Den Radiator hab ich weitergegeben, ich brauch ihn nicht mehr, seit die Heizung wieder geht.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Ich bin bald nicht mehr da – Reha in Bad Salzuflen bis Ende Mai. Danach melde ich mich wieder.",
            "self_harm",
            False,
        ),
        ("elb", "Ich bin bald nicht mehr da – für immer. Passt auf euch auf.", "self_harm", True),
        (
            "elb",
            "Die Apotheke will eine Zuzahlung für meine Tabletten. Kann ich mich davon befreien lassen?",
            "self_harm",
            False,
        ),
        (
            "elb",
            "I'm on sick leave until Monday, sent the note by mail. New date next week?",
            "self_harm",
            False,
        ),
        ("elb", "night shift just finished, sorry for the late reply. is 11 ok?", "self_harm", False),
        (
            "elb",
            "Meine Mutter ist gestorben, deshalb war ich nicht da. Die Sterbeurkunde schicke ich Ihnen.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Ich könnt mich umbringen, hab den Termin schon wieder verschlafen 🙈 Geht Freitag?",
            "self_harm",
            False,
        ),
        ("elb", "Счёт заблокирован, денег на еду нет.", "crisis", True),
        ("elb", "Executorul mi-a blocat contul, nu am bani.", "crisis", True),
        (
            "ifk",
            "Kündigungsandrohung des Vermieters wurde zurückgenommen, Ratenzahlung vereinbart.",
            "crisis",
            False,
        ),
        ("ifk", "Kontopfändung liegt vor, P-Konto eingerichtet, Freibetrag gesichert.", "crisis", False),
        ("elb", "the gas bill is paid now and the heating is back on", "crisis", False),
        ("ifk", "Kein Rückstand bei den Stadtwerken; Abschlag angepasst.", "crisis", False),
        ("elb", "Der Insolvenzverwalter vom alten Betrieb braucht meine Steuer-ID.", "crisis", False),
        ("elb", "Er hat unsere neue Adresse herausgefunden und wartet abends vor dem Haus.", "crisis", True),
        (
            "ifk",
            "Kd. ist ukrainischer Staatsangehöriger, Aufenthaltserlaubnis nach § 24 AufenthG, "
            "Beschäftigung ohne Zustimmung der BA erlaubt.",
            "crisis",
            False,
        ),
        (
            "elb",
            "Meine Aufenthaltserlaubnis läuft im Mai ab, ich habe schon einen Termin bei der "
            "Ausländerbehörde.",
            "crisis",
            False,
        ),
        (
            "elb",
            "Meine Aufenthaltserlaubnis läuft im Mai ab, ich habe einen Termin bei der "
            "Ausländerbehörde und große Angst.",
            "crisis",
            True,
        ),
        (
            "ifk",
            "Kdin. zieht aus der Notunterkunft in eine eigene Wohnung; Erstausstattung beantragt.",
            "crisis",
            False,
        ),
        ("elb", "Ich war im Frauenhaus, das ist lange her und jetzt ist alles gut.", "crisis", False),
        (
            "ifk",
            "Kd. legt Attest der Kinderärztin vor, Sohn krank, Kinderkrankengeld beantragt.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Typisch für Zeitarbeit sind kurze Einsätze; Kd. möchte es trotzdem versuchen.",
            "typing",
            False,
        ),
        ("ifk", "In der Gastronomie typisch: geteilte Dienste; Kdin. kennt das.", "typing", False),
        (
            "ifk",
            "Laut Kd. hat er sich die Lage selbst eingebrockt, er will jetzt neu anfangen.",
            "judging",
            False,
        ),
        (
            "ifk",
            "Kdin. sagt, sie müsse endlich den Führerschein machen; Förderung wird geprüft.",
            "judging",
            False,
        ),
        ("ifk", "Als waschechter Berliner meckert Kd. über jede Stelle.", "typing", True),
        ("ifk", "Kdin. hat es sich in der Maßnahme bequem gemacht.", "judging", True),
        ("ifk", "Kd. ist für eine Tätigkeit im Verkauf völlig ungeeignet.", "deficit", True),
    ],
)
def test_photos_only_at_night_a_blocked_account_and_an_errand_in_english(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-eighth round, development corpus 65 (near misses written by a helper who read nothing, read at
    once): self-harm for only photos of the children at night and then the police, a black heart and
    „tschüss ihr“; crises for an account blocked by the bailiff (Russian, Romanian), a new address found
    and someone waiting at the door; quiet for things given up for a replacement (English, „seit die
    Heizung wieder geht“), a stay named after a dash (and „melde mich wieder“ no longer undoes it), a
    co-payment, a sick note, a night shift just ended, a death certificate sent, an overslept appointment
    joked about, a notice withdrawn, an exemption secured, a bill paid, no arrears, the old firm's
    insolvency administrator, a permit that allows work, a permit running out with the appointment made
    (never beside fear), a move out of a shelter, a shelter long ago, a child's sick note, what is typical
    of temp work or the trade, the person's own view reported; IFK hints for „als waschechter Berliner
    meckert“, „es sich bequem gemacht“, „völlig ungeeignet“ — each with a twin that keeps its answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        ("elb", "ክመውት እየ ዝደሊ።", "self_harm", True),
        ("elb", "ሎሚ ናብ ስራሕ ክኸይድ እየ ዝደሊ።", "self_harm", False),
        (
            "ifk",
            "Auf Nachfrage verneinte Kd. Selbstmordgedanken; er sei nur müde nach der Spätschicht.",
            "self_harm",
            False,
        ),
        ("ifk", "Kd. verneinte Selbstmordgedanken, hat aber seine Tabletten gesammelt.", "self_harm", True),
        ("ifk", "Es wurde keine Suizidalität geäußert.", "self_harm", False),
        (
            "ifk",
            "Es wurde keine Suizidalität geäußert, aber Kdin. hat einen Abschiedsbrief geschrieben.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kd. meldet Rohrbruch, Wohnung unbewohnbar, die Familie schläft bei Freunden.",
            "crisis",
            True,
        ),
        (
            "ifk",
            "Die alte Wohnung war nach dem Wasserschaden unbewohnbar, Kdin. wohnt seit März in einer neuen "
            "Wohnung.",
            "crisis",
            False,
        ),
        ("elb", "O patrão ficou com o meu passaporte e não deixa a gente sair", "crisis", True),
        ("elb", "La agencia se quedó con mi pasaporte y no me pagan", "crisis", True),
        ("elb", "Já tenho o meu passaporte novo, está tudo certo para o contrato", "crisis", False),
        ("ifk", "Häusliche Gewalt auf Nachfrage klar verneint.", "crisis", False),
        ("ifk", "Gewalt in der Familie auf Nachfrage nicht verneint, Kdin. weint.", "crisis", True),
        ("elb", "Alles gut, ich bin in keiner Krise, ich hab nur eine Frage zum Bescheid.", "crisis", False),
        ("elb", "Ich stecke in einer Krise und weiß nicht weiter.", "crisis", True),
        (
            "ifk",
            "Wegen der Krise in der Raffinerie wurden 40 Stellen gestrichen, Kd. ist arbeitsuchend gemeldet.",
            "crisis",
            False,
        ),
        ("ifk", "Kd. ist seit der Schließung der Raffinerie selbst in einer schweren Krise.", "crisis", True),
        ("ifk", "Kdin. hatte nach der OP laut Entlassbrief eine Durchgangspsychose.", "profiling", True),
        ("ifk", "Kd. saß 2016 wegen einer unbezahlten Geldstrafe in Ersatzhaft.", "profiling", True),
        (
            "elb",
            "Ich muss nächste Woche in Ersatzhaft, weil ich die Strafe nicht zahlen kann.",
            "crisis",
            True,
        ),
        ("ifk", "Gegen Kdin. lief ein Verfahren wegen Betrugs, eingestellt.", "profiling", True),
        ("ifk", "Kd. ist ein typischer Lagerarbeiter: zuverlässig, aber maulfaul.", "typing", True),
        ("ifk", "Kd. wohnt in Sennestadt, man weiß ja, was da los ist.", "typing", True),
        ("ifk", "Kd. weiß, was bei der Arbeit los ist.", "typing", False),
        ("ifk", "Die Rumänen aus dem Schlachthof kommen eh nur zum Geldverdienen her.", "typing", True),
        ("ifk", "Die Rumänen im Deutschkurs lernen zusammen für die Prüfung.", "typing", False),
        (
            "ifk",
            "Kdin. gehört zur Zielgruppe des Landesprogramms für Alleinerziehende und kann teilnehmen.",
            "typing",
            False,
        ),
        ("ifk", "Kd. gehört zur Zielgruppe der Problemfälle.", "typing", True),
        ("ifk", "Kd. gehört zur Gruppe „Väter in Elternzeit“ beim Familienzentrum.", "typing", False),
        ("ifk", "Kd. gehört zur Gruppe der Dauerarbeitslosen.", "typing", True),
        (
            "ifk",
            "Deutsche Staatsangehörigkeit, Spätaussiedler nach § 4 BVFG, keine aufenthaltsrechtlichen "
            "Auflagen.",
            "typing",
            False,
        ),
        (
            "ifk",
            "Kd. ist Spätaussiedler, wie viele aus Kasachstan eben schwer zu motivieren.",
            "typing",
            True,
        ),
        ("ifk", "Der Kurs ist gut für ihn, damit er mal lernt, pünktlich zu sein.", "judging", True),
        ("ifk", "Der Kurs hilft ihm, damit er die Prüfung besteht.", "judging", False),
        (
            "ifk",
            "Der Termin sollte ursprünglich am Montag stattfinden, Kd. kam stattdessen am Dienstag.",
            "judging",
            False,
        ),
        ("ifk", "Kd. sollte endlich mal pünktlich sein.", "judging", True),
        (
            "ifk",
            "Kdin. wurde belehrt, dass Leistungen bei fehlender Mitwirkung entzogen werden können.",
            "deficit",
            False,
        ),
        ("ifk", "Bei Kd. fehlt es an Mitwirkung.", "deficit", True),
        (
            "ifk",
            "Lt. Gutachten des ÄD darf Kdin. nicht schwer heben – bei der Vermittlung berücksichtigen.",
            "profiling",
            False,
        ),
        ("ifk", "Lt. Gutachten des ÄD wegen Depression nur leichte Tätigkeiten.", "profiling", True),
        (
            "ifk",
            "Für die Arbeitserlaubnis festgehalten: Kdin. hat eine Aufenthaltserlaubnis nach § 24 AufenthG.",
            "crisis",
            False,
        ),
        ("elb", "Meine Aufenthaltserlaubnis läuft nächste Woche ab und ich habe Angst.", "crisis", True),
        (
            "ifk",
            "Kdin. darf nach der Knie-OP laut Attest nicht knien; dies wurde auf ihren Wunsch für die "
            "Vermittlung vermerkt.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kdin. bat, ihre Depression für den Antrag auf Teilhabe in der Akte festzuhalten.",
            "profiling",
            False,
        ),
        ("ifk", "Kdin. bat, ihre Depression nicht in der Akte festzuhalten.", "profiling", True),
        (
            "ifk",
            "Die Mutter der Kdin. ist 2022 gestorben, seitdem hat sie den Laden allein geführt; Einkommen "
            "wird geprüft.",
            "profiling",
            False,
        ),
        ("ifk", "Der Vater trank und ist früh gestorben.", "profiling", True),
        ("elb", "Patay na ang laptop ko, sa Jobcenter na lang ako mag-aapply.", "crisis", False),
        (
            "elb",
            "Hab mein altes Moped verschenkt, weil die Reparatur zu teuer war, ich fahr jetzt mit der Bahn.",
            "crisis",
            False,
        ),
        (
            "elb",
            "Ich hab mein altes Rad verschenkt, weil ich jetzt ein Auto für die Arbeit hab.",
            "crisis",
            False,
        ),
        (
            "elb",
            "Hab mein Moped verschenkt, ich fahr jetzt mit der Bahn, bis alles vorbei ist, für immer.",
            "self_harm",
            True,
        ),
        ("elb", "Wo krieg ich den Antrag her? Hab den Zettel verlegt.", "self_harm", False),
        ("elb", "Hab den Zettel verlegt, aber egal, ich mach eh bald Schluss.", "self_harm", True),
    ],
)
def test_a_farm_run_alone_a_passport_kept_and_a_paper_misplaced(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-ninth round, probe 64 (read as development data): self-harm in Tigrinya with „እየ“ between; a
    denial of „Selbstmordgedanken“ and „es wurde keine Suizidalität geäußert“ (never beside a doubt or a
    deed); crises for a flat made uninhabitable, a passport kept (Portuguese, Spanish), detention for an
    unpaid fine; quiet for violence denied with the topic first, „in keiner Krise“, a refinery's crisis, a
    programme's target group and a named group at a provider, a legal status with its paragraph, the legal
    notice on a lack of cooperation, what the assessment says for placement, a permit noted for the work
    permit, a wish to have a thing noted after „;“ or with „bat,“ (never „nicht … festzuhalten“), a
    parent's death told for the shop one runs now, a laptop dead in Tagalog, a thing given up for what
    replaces it, a paper misplaced (the whole sentence); IFK hints for a psychosis by its kind, proceedings
    without the article, „ein typischer Lagerarbeiter“, „man weiß ja, was da los ist“, a group that „eh
    nur“ does a thing, „damit er mal lernt“ — each with a twin that keeps its answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        ("elb", "kimut ideli, ayekhalon", "self_harm", True),
        ("elb", "Seit Mamas Tod will ich eigentlich nur noch zu ihr.", "self_harm", True),
        (
            "elb",
            "Seit der Beerdigung von Opa will ich nur noch zu ihm ans Grab, jeden Sonntag.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Kdin. sagte, sie habe vor, nach dem letzten Kurstag von der Brücke zu springen.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kd. sagt, er sei „bald bei seiner Frau“, die letztes Jahr gestorben ist, und verneint "
            "ausdrücklich Umzugspläne.",
            "self_harm",
            True,
        ),
        ("elb", "Ab Juni komme ich nicht mehr zu den Terminen, wegen Umzug nach Kiel.", "self_harm", False),
        (
            "ifk",
            "Kdin. sagt, nach dem Auszug der Kinder wolle sie „Schluss machen“; Hausarzt informiert.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kdin. will mit dem Minijob Schluss machen, weil sie ab Mai Vollzeit arbeitet; Hausarzt "
            "informiert.",
            "self_harm",
            False,
        ),
        ("elb", "老板威胁要打我，我不敢回宿舍。", "crisis", True),
        ("elb", "老板说明天打电话给我。", "crisis", False),
        ("ifk", "Türkische Eltern wollen immer, dass die Tochter früh heiratet.", "typing", True),
        (
            "ifk",
            "Die Eltern der Kdin. sind türkische Staatsangehörige und leben in Pirmasens.",
            "typing",
            False,
        ),
        (
            "ifk",
            "Kd. muss erst am 15.3. die Stelle antreten, bis dahin läuft der Bezug weiter.",
            "judging",
            False,
        ),
        ("ifk", "Kd. muss erst mal lernen, pünktlich zu sein.", "judging", True),
        (
            "ifk",
            "Kdin. muss erst noch den Arbeitsvertrag beim Träger unterschreiben, dann startet die Maßnahme.",
            "judging",
            False,
        ),
        (
            "ifk",
            "Für die ärztliche Bescheinigung bringt Kdin. ihre Medikamente als Liste mit.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kd. möchte seine Epilepsie-Diagnose ausdrücklich im Reha-Antrag erwähnt haben.",
            "profiling",
            False,
        ),
        (
            "elb",
            "Die Arbeitserlaubnis steht in meinem Aufenthaltstitel, soll ich ihn mitbringen?",
            "crisis",
            False,
        ),
        (
            "elb",
            "Mein Aufenthaltstitel läuft ab und ich habe Angst, dass ich keine Arbeit mehr darf.",
            "crisis",
            True,
        ),
        (
            "ifk",
            "Die Krise beim Autozulieferer in Wolfsburg hat 200 Stellen gekostet; Kd. bewirbt sich bereits.",
            "crisis",
            False,
        ),
        (
            "ifk",
            "Laut Kd. steckt die Baubranche in einer Krise, er sucht daher in der Pflege.",
            "crisis",
            False,
        ),
        ("ifk", "Kd. steckt seit der Kündigung selbst in einer tiefen Krise.", "crisis", True),
        (
            "ifk",
            "Kdin. kann wegen der fehlenden Arbeitserlaubnis noch nicht anfangen; Antrag ist gestellt.",
            "deficit",
            False,
        ),
        ("ifk", "Kd. fehlt jede Motivation.", "deficit", True),
        (
            "ifk",
            "Kd. hat seine Wohnung selbst gekündigt und zieht zu seiner Freundin nach Fürth.",
            "crisis",
            False,
        ),
        ("ifk", "Kd. hat die Wohnung gekündigt bekommen und weiß nicht, wohin.", "crisis", True),
        ("ifk", "Die Kinderbetreuung ist aus meiner Sicht nur vorgeschoben.", "judging", True),
        ("ifk", "Kd. trinkt gern mal einen über den Durst.", "profiling", True),
        ("ifk", "Kdin. (Vater Schrotthändler, Mutter Analphabetin) sucht Arbeit.", "profiling", True),
        ("ifk", "Kdin. wurde vom IS entführt und verkauft.", "profiling", True),
        (
            "ifk",
            "Kdin. gehört zu den Teilnehmerinnen, die die Prüfung im Juni bestanden haben.",
            "typing",
            False,
        ),
        ("ifk", "Kd. gehört zu den ewigen Maßnahmeteilnehmern.", "typing", True),
        (
            "elb",
            "Ich bin nicht mehr lange hier, ich zieh im Juni nach Erlangen zu meinem Bruder.",
            "self_harm",
            False,
        ),
        ("elb", "Ich bin nicht mehr lange hier, ich zieh bald zu Oma in den Himmel.", "self_harm", True),
        ("elb", "Der Minijob ist tot, ich fang im Mai neu an bei der Post.", "self_harm", False),
        (
            "ifk",
            "Kdin. wird ab Montag nicht mehr kommen, weil sie die Stelle im Lager angetreten hat.",
            "self_harm",
            False,
        ),
        ("ifk", "Notfallplan nicht nötig, keine Krisenanzeichen.", "self_harm", False),
        ("ifk", "Kd. hat in der Schuhfabrik jahrelang den Laden am Laufen gehalten.", "self_harm", False),
        ("elb", "Ich kann es kaum erwarten, endlich anzufangen!", "self_harm", False),
        ("elb", "I start on Monday at the depot. Should I bring the contract?", "self_harm", False),
        ("elb", "em da co viec moi o quan an, thu hai em bat dau", "self_harm", False),
        (
            "ifk",
            "Kd. stammt aus Syrien und hat dort eine Ausbildung als Schweißer gemacht; Anerkennung läuft.",
            "profiling",
            False,
        ),
    ],
)
def test_a_bridge_after_the_last_shift_a_permit_applied_for_and_a_new_start(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-ninth round, probe 65 (read as development data): self-harm in Tigrinya in Latin letters, the
    wish to be only with a dead parent, a plan „von der Brücke zu springen“ told with a time between, a
    move denied before it (GRUND_VERNEINT_DAVOR) and the children's move out, a life „nichts mehr wert“
    and „Schluss machen“ beside the doctor (pressing words now), a time that marks a death; a boss's threat
    in Chinese; quiet for a date or a paper first, medicines for a certificate, a diagnosis named in an
    application on request, leave to work in the permit, a firm's crisis „beim Zulieferer“ or with the
    verb first, a permit missing and applied for, one's own notice and a move, „gehört zu den
    Teilnehmenden, die …“, a move to a town after „nicht mehr lange hier“, a chapter „tot“ and a new
    start, a job begun, no crisis noted, a shop kept running, „kaum erwarten“, a contract to send, a new
    job in Vietnamese, an origin told for the recognition of a qualification; IFK hints for parents of a
    nationality who „always“ do a thing, a pretext, drink „über den Durst“, a parent who cannot read,
    captivity by the IS — each with a twin that keeps its answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "ifk",
            "Nach der Beisetzung der Mutter sagt Frau Roth, sie wolle nur noch zu ihr.",
            "self_harm",
            True,
        ),
        ("elb", "knebr aydelen, mot yihayish", "self_harm", True),
        ("elb", "工头说我要是报警，他就打我。", "crisis", True),
        ("elb", "老板扣了我的护照，不让我走。", "crisis", True),
        ("elb", "我的护照明天到期，我去领事馆办新的。", "crisis", False),
        ("ifk", "Kd. berichtet, der Subunternehmer behält die Pässe aller Arbeiter im Büro.", "crisis", True),
        (
            "ifk",
            "Der Arbeitgeber hat den Pass der Kdin. für die Personalakte kopiert und gleich zurückgegeben.",
            "crisis",
            False,
        ),
        ("ifk", "Kdin. wird nach eigener Aussage zur Prostitution gezwungen.", "crisis", True),
        ("ifk", "Der Vater von Herrn Tekin ist Analphabet.", "profiling", True),
        ("ifk", "Kdin. war drei Jahre in IS-Gefangenschaft.", "profiling", True),
        ("ifk", "Labile Persönlichkeit, gibt schnell auf.", "deficit", True),
        ("ifk", "Kd. hat eine offene, freundliche Persönlichkeit.", "deficit", False),
        ("ifk", "Syrer kommen immer mit der ganzen Familie zum Termin.", "typing", True),
        ("ifk", "Kd. kommt immer mit seiner Frau zum Termin.", "typing", False),
        ("ifk", "Auf Nachfrage wurden keine Selbstmordgedanken geäußert.", "self_harm", False),
        (
            "ifk",
            "Auf Nachfrage wurden keine Selbstmordgedanken geäußert, aber Kd. hat Tabletten gehortet.",
            "self_harm",
            True,
        ),
        ("ifk", "Auf Nachfrage verneint Kdin. Gewalt durch den Ex-Mann.", "crisis", False),
        ("ifk", "Auf Nachfrage verneint Kdin. Gewalt durch den Ex-Mann nicht.", "crisis", True),
        ("elb", "Das Walzwerk steckt in der Krise, ich such mir lieber was Neues.", "crisis", False),
        ("elb", "Ich finde den Brief nicht mehr, können Sie ihn mir nochmal schicken?", "self_harm", False),
        ("elb", "Mein Roller ist weg, ich hab ein Jobrad für die Arbeit bekommen.", "crisis", False),
        (
            "elb",
            "Ich bin nicht mehr lange hier, ab Juli wohne ich in Lübeck bei meinem Sohn.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Der Vater ist 2023 verstorben, Kdin. hat den Kosmetiksalon geschlossen und sucht Arbeit.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kd. stammt aus der Ukraine, die Anerkennung seines Ingenieurstudiums läuft.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Für die Anerkennung des Diploms wurde die Herkunft aus Damaskus angegeben.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kdin. macht beim Projekt „Neustart“ mit, das sich an Alleinerziehende richtet.",
            "typing",
            False,
        ),
        ("ifk", "Alleinerziehende sind halt selten flexibel.", "typing", True),
        ("ifk", "Kd. gehört zur Zielgruppe nach § 16e SGB II.", "typing", False),
        ("ifk", "Kdin. ist als Flüchtling nach § 3 AsylG anerkannt.", "typing", False),
        (
            "ifk",
            "Kd. ist ukrainischer Staatsangehöriger mit Aufenthaltserlaubnis nach § 24 AufenthG.",
            "crisis",
            False,
        ),
        ("elb", "Ich halte die Nachtschicht nicht mehr aus, gibt es was in Tagschicht?", "crisis", False),
        ("elb", "Ich halte das alles nicht mehr aus.", "crisis", True),
        (
            "elb",
            "Mein Vermieter hat das Schloss ausgetauscht, der neue Schlüssel liegt beim Hausmeister.",
            "crisis",
            False,
        ),
        ("elb", "Der Vermieter hat das Schloss ausgetauscht, ich komm nicht mehr rein.", "crisis", True),
        ("ifk", "Der Psychologe des Trägers hat donnerstags eine offene Sprechstunde.", "profiling", False),
        ("ifk", "Kd. ist beim Psychologen wegen Angststörung.", "profiling", True),
        ("elb", "Thanks, I will bring my payslips on Tuesday.", "self_harm", False),
        ("ifk", "Notfallplan nicht erforderlich, keine Krisenanzeichen.", "deficit", False),
        ("ifk", "Kdin. bittet, Gesundheitsdetails nicht zu notieren.", "profiling", False),
    ],
)
def test_a_funeral_a_passport_in_chinese_and_a_project_for_single_parents(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-ninth round, development corpus 66 (near misses in pairs on the round's themes, written by a
    helper who read nothing, read at once): self-harm for „sie wolle nur noch zu ihr“ after a funeral and
    Tigrinya in Latin letters; crises for threats and a passport kept in Chinese, a passport kept now,
    forced prostitution; IFK hints for a parent who cannot read, IS captivity in one word, a weak
    personality, a nationality that „immer“ does a thing; quiet for no thoughts told after the question,
    violence denied with the denial first, a steelworks' crisis, a paper not found and asked for again, a
    replacement got, a town to live in, a parent's death told for the salon, an origin named for the
    recognition, a project for single parents, a target group or a refugee status by its paragraph, a
    permit by § 24, a night shift one cannot stand and a day shift asked for, a new key, the provider's
    psychologist, payslips to bring, no crisis noted (no deficit hint either), details in general not to
    be noted — each with a twin that keeps its answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "elb",
            "Ich bewerb mich dann halt im Himmel, da gibts keine Sanktionen. Ist mir ernst.",
            "self_harm",
            True,
        ),
        ("elb", "Ayoko na mabuhay, wala nang saysay.", "self_harm", True),
        ("elb", "Ayoko na magtrabaho sa gabi, gusto ko ng day shift.", "self_harm", False),
        ("elb", "狗我已经送人了，我也快不在了。", "self_harm", True),
        ("elb", "我明天不在家，后天可以来。", "self_harm", False),
        ("elb", "honestly cant wait to finally be gone for good", "self_harm", True),
        ("elb", "haha I will be gone for good, not joking", "self_harm", True),
        ("elb", "Das Ende vom Lied: Ich hab die Stelle doch bekommen!", "self_harm", False),
        (
            "ifk",
            "Kdin. erzählt, ihr Vater habe ein Testament gemacht; Frage zur Anrechnung geklärt.",
            "self_harm",
            False,
        ),
        ("ifk", "Kd. hat die Medikamente mit dem Psychiater abgesetzt, es geht ihm gut.", "self_harm", False),
        ("ifk", "Kd. hat die Medikamente abgesetzt und sammelt sie jetzt.", "self_harm", True),
    ],
)
def test_applying_in_heaven_gone_for_good_and_a_parents_will(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Fifty-ninth round, development corpus 67 (200 self-harm sentences in the hardest phrasing and many
    languages and 100 near misses, written by a helper who read nothing, read at once): self-harm for
    applying „im Himmel“ meant seriously, Tagalog „ayoko na mabuhay“, Chinese „我也快不在了“, „be gone for
    good“, a joke's take-back undone by „not joking“; quiet for „Das Ende vom Lied“, a parent's will, and
    medicines stopped with the doctor (never beside pills saved up) — each with a twin that keeps its
    answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "elb",
            "Mit 52 noch mal bei null anfangen? Nee. Ich mach den Abgang, leise, ohne Theater.",
            "self_harm",
            True,
        ),
        ("elb", "Ich mach jetzt den Abgang, bis morgen um neun!", "self_harm", False),
        (
            "ifk",
            "Kdin. sagt, sie halte die Schmerzen nur aus, weil sie es jederzeit beenden könne.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kd. weiß, dass er das Praktikum jederzeit beenden kann, wenn es nicht passt.",
            "self_harm",
            False,
        ),
        ("elb", "Bin grad aufm Parkhausdach und guck runter, wollt nur tschüss sagen", "self_harm", True),
        ("elb", "Ich parke aufm Parkhausdach, da ist immer ein Platz frei.", "self_harm", False),
        (
            "elb",
            "Nach der Spätschicht fahr ich zu schnell und hoffe dass ich gegen ne Mauer krache",
            "self_harm",
            True,
        ),
        ("elb", "Ich hoffe, dass ich beim Turnier gegen nen starken Gegner spiel.", "self_harm", False),
        (
            "ifk",
            "Nach dem Brand ist die Wohnung laut Hausverwaltung unbewohnbar; Kdin. braucht sofort eine "
            "Unterkunft.",
            "crisis",
            True,
        ),
        (
            "ifk",
            "Die Wohnung war laut Vermieter nach dem Wasserschaden unbewohnbar, ist aber seit Mai saniert "
            "und bezogen.",
            "crisis",
            False,
        ),
        ("ifk", "Kdin. wohnt seit der Trennung in einem Bauwagen ohne Strom und Wasser.", "crisis", True),
        (
            "ifk",
            "Kd. hat eine Gartenlaube in Kiel-Hassee gepachtet und baut dort Gemüse an.",
            "crisis",
            False,
        ),
        (
            "elb",
            "Meine Mama ist mit ihrer Demenz heute früh weggelaufen, die Polizei sucht sie gerade.",
            "crisis",
            True,
        ),
        (
            "elb",
            "Die Polizei sucht Nachwuchs, ich hab mich für den Einstellungstest angemeldet.",
            "crisis",
            False,
        ),
        ("ifk", "Kdin. fehlen grundlegende Arbeitstugenden wie Pünktlichkeit.", "deficit", True),
        (
            "ifk",
            "Im Kurs geht es um Arbeitstugenden im Betrieb; Kdin. nimmt ab Montag teil.",
            "deficit",
            False,
        ),
        ("ifk", "Bei Syrern ist die Familie eben wichtiger als der Job.", "typing", True),
        (
            "ifk",
            "Bei Iranern mit Aufenthaltserlaubnis ist keine Zustimmung der BA mehr nötig.",
            "typing",
            False,
        ),
        ("ifk", "Als junge Mutter hat Kdin. natürlich andere Prioritäten als den Beruf.", "typing", True),
        (
            "ifk",
            "Als junge Mutter hat Kdin. Anspruch auf einen Kita-Platz; Antrag ist gestellt.",
            "typing",
            False,
        ),
        ("ifk", "Kd. gehört der Neuapostolischen Kirche an und gibt den Zehnten.", "profiling", True),
        ("ifk", "Kdin. ist armenisch-apostolisch und fastet vor Ostern.", "profiling", True),
        ("ifk", "Kd. hat einen BMI von 41 und Schlafapnoe.", "profiling", True),
        (
            "ifk",
            "Kd. wurde mit 15 nach einer Schlägerei mit Messer von der Schule verwiesen.",
            "profiling",
            True,
        ),
        ("ifk", "Kd. hat ein außereheliches Kind, von dem seine Frau nichts weiß.", "profiling", True),
        ("ifk", "Kdin. verhütet nicht, möchte aber keine Kinder mehr.", "profiling", True),
        (
            "ifk",
            "Kd. hat die Schule mit 15 verlassen und später den Hauptschulabschluss nachgeholt.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kdin. hat mangels Krippenplatz derzeit keine Betreuung; Tagesmutter ist angefragt.",
            "deficit",
            False,
        ),
        ("ifk", "Kd. arbeitet mangels Motivation im Kurs nicht mit.", "deficit", True),
        ("ifk", "Der Antrag auf Mehrbedarf für Alleinerziehende ist vollständig.", "typing", False),
        ("ifk", "Als Alleinerziehende ist sie eh nie pünktlich.", "typing", True),
        (
            "ifk",
            "Kdin. wünscht eine Tätigkeit im Sitzen; das Gutachten des ÄD liegt vor.",
            "profiling",
            False,
        ),
        ("ifk", "Gutachten des ÄD liegt vor: schwere Depression, Klinikaufenthalt 2021.", "profiling", True),
        (
            "ifk",
            "Kdin. erzählte von der Räumung im Nachbarhaus; ihre eigene Wohnung ist sicher.",
            "crisis",
            False,
        ),
        ("ifk", "Kdin. erzählte von der Räumung; der Termin für ihre Wohnung ist am Montag.", "crisis", True),
        ("elb", "Der Gerichtsvollzieher war bei uns im Haus, aber nur wegen der Nachbarin.", "crisis", False),
        ("elb", "Der Gerichtsvollzieher war da und hat den Fernseher gepfändet.", "crisis", True),
        (
            "ifk",
            "Kdin. ist als anerkannter Flüchtling arbeitsberechtigt; Bescheid liegt vor.",
            "typing",
            False,
        ),
        ("ifk", "Wie alle Flüchtlinge will Kd. nur schnell Geld verdienen.", "typing", True),
        (
            "ifk",
            "Kein Hinweis auf eine drohende Gassperre; Abschlag wird regelmäßig gezahlt.",
            "crisis",
            False,
        ),
        ("ifk", "Die Stadtwerke kündigen eine Stromsperre für nächste Woche an.", "crisis", True),
        (
            "ifk",
            "Kdin. hatte Probleme mit dem Login im Portal; Passwort gemeinsam neu vergeben.",
            "deficit",
            False,
        ),
        ("ifk", "Kdin. hat Probleme mit der Pünktlichkeit und dem Umgang mit Kritik.", "deficit", True),
        (
            "ifk",
            "Laut Arbeitgeber muss man für die Stelle erst den Gabelstaplerschein machen; Kd. ist "
            "angemeldet.",
            "judging",
            False,
        ),
        ("ifk", "Kd. muss erst mal lernen, morgens aufzustehen.", "judging", True),
        (
            "ifk",
            "Besser wäre für Kdin. nach eigenem Wunsch eine Teilzeitstelle am Vormittag.",
            "judging",
            False,
        ),
        ("ifk", "Besser wäre für Kdin. eine Teilzeitstelle, damit sie erst mal ankommt.", "judging", True),
        ("ifk", "Kdin. ist bis 14.09. in der Reha, Kontakt danach.", "profiling", False),
        ("ifk", "Kdin. ist bis 14.09. in der Reha wegen ihrer Alkoholabhängigkeit.", "profiling", True),
        ("ifk", "Kd. sollte demnach ab August in der Frühschicht anfangen.", "judging", False),
        ("ifk", "Kd. sollte ab August endlich mal pünktlich sein.", "judging", True),
        (
            "ifk",
            "Vater des Kd. hat Demenz; Kd. beantragt wegen der Pflege eine Freistellung, Pflegegrad 3 liegt "
            "vor.",
            "profiling",
            False,
        ),
        ("ifk", "Vater des Kd. hat Demenz und trinkt, die Familie ist zerstritten.", "profiling", True),
        (
            "ifk",
            "Kdin. sagt, ihre Nerven lägen wegen der Prüfung blank, sie habe aber viel geübt.",
            "profiling",
            False,
        ),
        (
            "ifk",
            "Kdin. sagt, ihre Nerven seien seit der Trennung völlig kaputt, sie nehme Tabletten.",
            "profiling",
            True,
        ),
        (
            "ifk",
            "Kd. wünscht aus religiösen Gründen keine Stellen in Metzgereien; Suchprofil angepasst.",
            "profiling",
            False,
        ),
        ("ifk", "Kd. ist streng religiös und betet fünfmal am Tag.", "profiling", True),
        (
            "ifk",
            "Kdin. ist schwanger; die Ärztin hat ein Beschäftigungsverbot ausgesprochen, Nachweis liegt vor.",
            "profiling",
            False,
        ),
        ("ifk", "Kdin. ist schwanger, schon wieder von einem anderen Mann.", "profiling", True),
        ("elb", "Die Restschuldbefreiung ist erteilt, endlich schuldenfrei!", "crisis", False),
        (
            "elb",
            "Die Restschuldbefreiung wurde versagt und jetzt pfänden sie wieder mein Konto.",
            "crisis",
            True,
        ),
        (
            "elb",
            "Ich hab die Bescheinigung vom Insolvenzverwalter bekommen, wo soll ich die abgeben?",
            "crisis",
            False,
        ),
        (
            "elb",
            "Der Gerichtsvollzieher hat geschrieben, alles ist erledigt, keine offenen Forderungen.",
            "crisis",
            False,
        ),
        (
            "elb",
            "Der Gerichtsvollzieher hat geschrieben, dass er am Montag zur Pfändung kommt.",
            "crisis",
            True,
        ),
        ("elb", "Das Gas wurde doch nicht abgestellt, die Raten haben geklappt!", "crisis", False),
        ("elb", "Das Gas wurde heute abgestellt, die Raten haben nicht geklappt.", "crisis", True),
        (
            "ifk",
            "Kd. berichtet, dass seine Mutter verstorben ist und er das Erbe ausschlagen will; Hinweis auf "
            "das Nachlassgericht.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Ich geb mein Fahrrad ab, seit ich das Jobticket hab brauch ich es nicht mehr",
            "self_harm",
            False,
        ),
        ("elb", "Ich geb mein Fahrrad ab, bald brauch ich es eh nicht mehr", "self_harm", True),
        (
            "ifk",
            "Kd. sagt, er halte die Schmerzen nur aus, weil er „es jederzeit beenden“ könne.",
            "self_harm",
            True,
        ),
        ("ifk", "Kdin. fastet im Ramadan und wünscht Termine am Vormittag; so geplant.", "profiling", False),
        ("ifk", "Kdin. fastet streng im Ramadan, wirkt dann oft müde.", "profiling", True),
        (
            "elb",
            "Meine Schwester hat jetzt Vollmacht fürs Konto, dann muss sie nach mir nicht zum "
            "Nachlassgericht rennen",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kdin. berichtet, dass ihre Mutter verstorben ist und sie das Erbe ausschlagen will; Hinweis "
            "auf das Nachlassgericht gegeben.",
            "self_harm",
            False,
        ),
    ],
)
def test_a_roof_in_a_car_park_an_inheritance_refused_and_exam_nerves(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Sixtieth round, probe 66 (written blind in the fifty-ninth round, measured there and read in this one):
    self-harm for „den Abgang machen“ with its manner („sauber, ohne Drama“), pain borne only because one
    could „es jederzeit beenden“, standing „aufm Parkhausdach“, hoping to crash into a tree or a wall;
    crises for a flat uninhabitable „laut Vermieter“, a parent with dementia missing and searched for by
    the police; IFK hints for a nationality's trait, a role that „of course“ makes a person so, a church
    and its tithe, a rite's fasting, weight and sleep apnoea, a knife fight at school, a child outside the
    marriage, contraception; quiet for a nursery place lacking, the legal extra need of single parents,
    the medical service's report at hand, an eviction or the bailiff next door, a recognised refugee's
    leave to work, no sign of a cut-off, a login problem, the employer's requirement, the person's own
    wish, a plan with its date, a clinic stay with its date, a parent's dementia told for a leave, exam
    nerves, a wish for religious reasons, a pregnancy with its ban on work, an insolvency done, the
    bailiff's all-clear, the power not cut after all, an inheritance refused, a bike given up for a
    ticket, fasting told for the appointments it asks for; the probate court in a farewell keeps its line
    — each with a twin that keeps its answer."""
    _assert_hint(writer, text, kind, hint)


@pytest.mark.parametrize(
    ("writer", "text", "kind", "hint"),
    [
        (
            "ifk",
            "Kd. wollte wissen, ob die Miete nach seinem Tod vom Bürgergeld weiterbezahlt wird, „lange "
            "dauert es ja nicht mehr“.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kd. wollte wissen, ob die Miete während der Reha vom Bürgergeld weiterbezahlt wird.",
            "self_harm",
            False,
        ),
        ("elb", "Mein Insulin hab ich gestern weggeschmissen. Wozu noch.", "self_harm", True),
        (
            "elb",
            "Mein Insulin ist abgelaufen, der Hausarzt hat mir ein neues Rezept gegeben.",
            "self_harm",
            False,
        ),
        (
            "ifk",
            "Kdin. erwähnt, sie wolle auf dem Heimweg „gegen einen Baum fahren“; Hausarzt informiert.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kdin. ist mit dem Rad gestürzt; Hausarzt hat sie bis Freitag krankgeschrieben.",
            "self_harm",
            False,
        ),
        ("ifk", "Kd. (Nachtschicht) fragt, ob heute der Tag ist, an dem er es macht.", "self_harm", True),
        ("elb", "nach der nachtschicht geh ich erstmal schlafen, melde mich morgen", "self_harm", False),
        (
            "elb",
            "Den Ausweis und die Adresse meiner Mutter hab ich in die Jacke gesteckt, damit man mich "
            "zuordnen kann.",
            "self_harm",
            True,
        ),
        (
            "elb",
            "Den Ausweis hab ich eingesteckt, damit ich ihn beim Termin zeigen kann.",
            "self_harm",
            False,
        ),
        ("elb", "Prüfung hin oder her, ich hab mir schon überlegt, wie.", "self_harm", True),
        ("elb", "Die Prüfung ist am Montag, ich hab mir schon einen Lernplan gemacht.", "self_harm", False),
        ("elb", "Im Hospiz dürfen sie in Ruhe gehen, ich mach es bald selber.", "self_harm", True),
        ("elb", "Im Hospiz helfe ich ehrenamtlich, das mach ich gern.", "self_harm", False),
        (
            "elb",
            "Ich zähl nicht die Tage bis zum Urlaub, sondern die Tage bis ich es mach.",
            "self_harm",
            True,
        ),
        ("elb", "Ich zähl die Tage bis zum Urlaub, noch zwei Wochen!", "self_harm", False),
        (
            "ifk",
            "Kd. kündigte „eine lange Reise“ an, gemeint sei nicht der Urlaub; er habe alles geregelt.",
            "self_harm",
            True,
        ),
        (
            "ifk",
            "Kd. kündigte eine lange Reise an, Urlaub ist genehmigt; Termin danach vereinbart.",
            "self_harm",
            False,
        ),
        (
            "elb",
            "Meine Schwester dachte, ich meine den Umzug, als ich sagte, ich bin bald weg.",
            "self_harm",
            True,
        ),
        ("elb", "Meine Schwester hilft beim Umzug, bald bin ich in der neuen Wohnung.", "self_harm", False),
        ("elb", "Die Bücher gehen an die Bücherei, ich hab nur noch eine Sache vor.", "self_harm", True),
        ("elb", "Die Bücher gehen an die Bücherei, ich hab keinen Platz mehr im Regal.", "self_harm", False),
        ("ifk", "Kdin. bat, ihre Möbel „nach ihrem Ende“ an das Sozialkaufhaus zu geben.", "self_harm", True),
        (
            "ifk",
            "Kdin. bat, ihre alten Möbel nach dem Umzug an das Sozialkaufhaus zu geben.",
            "self_harm",
            False,
        ),
    ],
)
def test_an_everyday_topic_never_silences_the_writers_own_end(
    writer: str, text: str, kind: str, hint: bool
) -> None:
    """Sixty-first round, the exit audit (``benchmarks/bench_wording_exits.py``): over all labelled sentences
    but the blind probes, the model's exits for an everyday topic (Bürgergeld, a night shift, an exam, an ID
    card, a hospice, a charity shop …) and for a medicine from the doctor (insulin, the family doctor) held
    on self-harm sentences the model was sure of. They no longer hold in a clause that says the writer's own
    end (after one's death, being found and identified, „whether today is the day“, a way already thought
    out, doing it oneself soon, only „one thing left to do“), nor beside a medicine thrown away or a car
    driven into a tree; the exit for a move or a holiday no longer holds where the move is said not to be
    meant („er dachte, ich mein den Umzug“) — each with a twin on the same topic that stays quiet. My own
    sentences, written for this test."""
    _assert_hint(writer, text, kind, hint)


def _assert_hint(writer: str, text: str, kind: str, hint: bool) -> None:
    """``text`` by ``writer`` gets (``hint``) or does not get a finding of ``kind``; for ``self_harm``,
    a finding with the self-harm flag (the crisis line)."""
    found = check_text(text, writer=writer)
    got = any(f.self_harm for f in found) if kind == "self_harm" else any(kind in f.kinds for f in found)
    assert got is hint, [(f.kind, f.term) for f in found]
