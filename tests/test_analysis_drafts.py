"""Step drafts: ordered own → circle → social space → SGB II, first person, never in the case unconfirmed."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from beratungskit.analysis.drafts import (
    StepDraft,
    confirm_draft,
    draft_for,
    draft_steps,
    load_phrasings,
    person_reference,
)
from beratungskit.model import Case, CaseError, Category, Origin, Owner, Resource
from tests.hostile import within


def _case_with_goal(resources: list[dict[str, object]]) -> tuple[Case, str]:
    case = Case.new(alias="Test", key="test-drafts")
    ids = [case.add_resource(**r).id for r in resources]  # type: ignore[arg-type]
    will = case.add_will("Ich will als Gärtnerin arbeiten.")
    goal = case.add_goal(will.id, "Eine Stelle in einer Gärtnerei finden.", resource_ids=ids)
    return case, goal.id


def test_drafts_are_ordered_by_origin_then_closeness_then_label() -> None:
    # deliberately scrambled: SGB II first, own resources last
    case, goal_id = _case_with_goal(
        [
            {"label": "Coaching im Jobcenter", "origin": Origin.FACHDIENST, "closeness": 1},
            {"label": "Stadtteiltreff", "origin": Origin.SOZIALRAUM, "closeness": 3},
            {"label": "Gemeinschaftsgarten", "origin": Origin.SOZIALRAUM, "closeness": 2},
            {"label": "Tante Ute", "origin": Origin.LEBENSUMFELD, "is_person": True, "role": "Tante"},
            {"label": "Zähigkeit", "origin": Origin.EIGEN, "closeness": 2},
            {"label": "Ausdauer", "origin": Origin.EIGEN, "closeness": 2},
            {"label": "Pflanzenwissen", "origin": Origin.EIGEN, "closeness": 1},
        ]
    )
    drafts = draft_steps(case, goal_id)
    assert [d.origin for d in drafts] == [
        Origin.EIGEN,
        Origin.EIGEN,
        Origin.EIGEN,
        Origin.LEBENSUMFELD,
        Origin.SOZIALRAUM,
        Origin.SOZIALRAUM,
        Origin.FACHDIENST,
    ]
    labels = [case.resource(d.resource_ids[0]).label for d in drafts]
    # within "eigen": closeness 1 before 2, then alphabetical
    assert labels[:3] == ["Pflanzenwissen", "Ausdauer", "Zähigkeit"]
    assert labels[4:6] == ["Gemeinschaftsgarten", "Stadtteiltreff"]


def test_drafting_leaves_the_case_unchanged(demo_case: Case) -> None:
    before = demo_case.model_dump()
    drafts = draft_steps(demo_case, "z1", skip_used=False)
    assert len(drafts) == 5
    assert demo_case.model_dump() == before
    assert all(isinstance(d, StepDraft) for d in drafts)


def test_demo_drafts_skip_resources_already_in_a_step(demo_case: Case) -> None:
    drafts = draft_steps(demo_case, "z1")
    labels = {demo_case.resource(d.resource_ids[0]).label for d in drafts}
    # Tamara, Fahrrad and Kita Sonnenhof already have a step of this goal
    assert labels == {"Ich backe gern und gut", "Früh aufstehen fällt mir leicht"}


def test_person_drafts_use_the_role_not_the_name() -> None:
    jana = Resource(id="r1", label="Jana", is_person=True, role="Schwester", origin=Origin.LEBENSUMFELD)
    text = draft_for(jana, "z1").text
    assert text == "Ich frage meine Schwester, ob …"
    assert "Jana" not in text
    neighbour = Resource(id="r2", label="Herr Ilić", is_person=True, role="Nachbar")
    assert draft_for(neighbour, "z1").text == "Ich frage meinen Nachbarn, ob …"
    no_role = Resource(id="r3", label="Jana", is_person=True)
    assert draft_for(no_role, "z1").text == "Ich frage Jana, ob …"
    odd_role = Resource(id="r4", label="X", is_person=True, role="Pate vom Fußball")
    assert person_reference(odd_role) == "meinen Paten vom Fußball"
    # neither a known role nor a name: a neutral frame, never "Ich frage Trainer vom Verein"
    unknown = Resource(id="r5", label="Trainer vom Verein", is_person=True)
    assert draft_for(unknown, "z1").text == "Dabei hilft mir: Trainer vom Verein. Ich frage nach, ob …"


def test_bus_line_draft_reads_like_the_example() -> None:
    bus = Resource(id="r1", label="Buslinie 11", category=Category.INFRASTRUKTURELL, origin=Origin.SOZIALRAUM)
    assert draft_for(bus, "z1").text == "Ich fahre mit der Buslinie 11 zu …"


@pytest.mark.parametrize("category", list(Category))
@pytest.mark.parametrize("origin", list(Origin))
@pytest.mark.parametrize("is_person", [False, True])
def test_every_draft_is_first_person_and_no_advice(
    category: Category, origin: Origin, is_person: bool
) -> None:
    res = Resource(id="r1", label="Etwas", category=category, origin=origin, is_person=is_person)
    draft = draft_for(res, "z1")
    assert re.search(r"\b(Ich|ich|mir)\b", draft.text), draft.text
    assert draft.owner is Owner.ELB
    for advice in ("Sie sollten", "sollten", "müssen", "Tipp", "empfehle"):
        assert advice not in draft.text


def test_confirm_keeps_the_draft_wording(demo_case: Case) -> None:
    import dataclasses

    draft = dataclasses.replace(
        draft_steps(demo_case, "z1")[0], text="Ich frage Tamara nach der Frühschicht."
    )
    assert draft.complete
    n_steps, n_log = len(demo_case.steps), len(demo_case.log)
    step = confirm_draft(demo_case, draft, due=date(2027, 1, 15))
    assert step.text == draft.text
    assert step.owner is Owner.ELB
    assert step.resource_ids == tuple(draft.resource_ids)
    assert step.due == date(2027, 1, 15)
    assert len(demo_case.steps) == n_steps + 1
    assert len(demo_case.log) == n_log + 1  # the eLb is told it was recorded


def test_confirm_with_a_rewrite_replaces_the_text(demo_case: Case) -> None:
    draft = draft_steps(demo_case, "z1")[0]
    step = confirm_draft(demo_case, draft, "Ich backe am Samstag Probe-Brötchen für die Bäckerei Lüders.")
    assert step.text == "Ich backe am Samstag Probe-Brötchen für die Bäckerei Lüders."
    assert demo_case.steps[-1] == step
    assert draft.text not in [s.text for s in demo_case.steps]


def test_an_open_sentence_is_not_kept_as_it_is(demo_case: Case) -> None:
    draft = next(d for d in draft_steps(demo_case, "z1") if not d.complete)
    assert draft.text.endswith("…")
    before = demo_case.model_dump()
    with pytest.raises(CaseError, match="halber Satz"):
        confirm_draft(demo_case, draft)
    assert demo_case.model_dump() == before


def test_confirm_with_another_owner(demo_case: Case) -> None:
    draft = draft_steps(demo_case, "z1")[0]
    step = confirm_draft(
        demo_case, draft, "Meine Schwester fragt im Laden nach.", owner=Owner.UMFELD, helper="Schwester"
    )
    assert (step.owner, step.helper) == (Owner.UMFELD, "Schwester")


def test_an_empty_rewrite_is_refused_and_nothing_is_added(demo_case: Case) -> None:
    draft = draft_steps(demo_case, "z1")[0]
    before = demo_case.model_dump()
    with pytest.raises(CaseError, match="Text"):
        confirm_draft(demo_case, draft, "   ")
    assert demo_case.model_dump() == before


def test_a_draft_for_a_removed_goal_cannot_be_confirmed(demo_case: Case) -> None:
    draft = draft_steps(demo_case, "z1")[0]
    demo_case.remove("goals", "z1")
    with pytest.raises(CaseError):
        confirm_draft(demo_case, draft)
    assert demo_case.steps == ()


def test_an_edited_phrasing_file_is_used(tmp_path: Path, demo_case: Case) -> None:
    own = tmp_path / "phr.yaml"
    own.write_text(
        'people:\n  default: "Ich rufe {who} an und frage, ob …"\n'
        "possessive:\n  meine: [Kollegin]\n"
        'default: "Das probiere ich aus: {label}."\n'
    )
    phrasings = load_phrasings(own)
    drafts = draft_steps(demo_case, "z1", skip_used=False, phrasings=phrasings)
    texts = [d.text for d in drafts]
    assert "Das probiere ich aus: Fahrrad." in texts
    assert "Ich rufe meine frühere Kollegin aus der Bäckerei an und frage, ob …" in texts


def test_a_broken_phrasing_file_gives_a_german_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text('default: "Ich frage {name}"\n')
    with pytest.raises(ValueError, match="unbekannter Platzhalter"):
        load_phrasings(bad)
    with pytest.raises(ValueError, match="fehlt"):
        load_phrasings(tmp_path / "gibt-es-nicht.yaml")


def test_braces_in_a_label_are_kept_verbatim() -> None:
    res = Resource(id="r1", label="{who} {{x}} </script>")
    assert "{who} {{x}} </script>" in draft_for(res, "z1").text


# --- issue 11: natural German for any label ----------------------------------------------------------

#: Labels of every shape a session produces: nouns of each gender, plurals, compounds, phrases,
#: sentences, verbs, numbers, names, a label that ends a sentence itself.
LABELS = [
    "Fahrrad",
    "Fahrrad mit Anhänger",
    "Altes Fahrrad",
    "Fahrräder",
    "Lastenrad vom Stadtteilladen",
    "Auto von meinem Bruder",
    "Buslinie 11",
    "Buslinien 11 und 12",
    "Nachtbus N5",
    "Hort an der Schule",
    "Tablet von der Schule",
    "Deutschlandticket",
    "Stadtbibliothek mit PC-Plätzen",
    "Bibliothek",
    "Kita Sonnenhof",
    "Kindergarten Regenbogen",
    "Grundschule am Park",
    "Smartphone mit Internet",
    "Laptop",
    "Führerschein Klasse B",
    "Geduld",
    "Ich koche gern",
    "Ich backe gern!",
    "Früh aufstehen fällt mir leicht",
    "kann gut zuhören",
    "Erfahrung im Verkauf",
    "Garten",
    "Geld vom Nebenjob",
    "Fußballverein",
    "Tafel in der Südstadt",
    "Sprachcafé",
    "Bewerbungscoaching im Jobcenter",
    "Schuldnerberatung",
    "Nähmaschine",
    "Kinder",
    "Deutsch B1",
    "3 Sprachen",
    "WLAN",
    "Oma Ruths Küche",
    "die Werkstatt",
]


def _patterns() -> list[tuple[str, str]]:
    """Every template of the shipped phrasing file, named by where it sits."""
    ph = load_phrasings()
    out = [(f"people.{k}", v) for k, v in ph.people.items()]
    out += [(f"rules[{i}]", r.text) for i, r in enumerate(ph.rules)]
    out += [(f"categories.{c}.{o}", v) for c, by in ph.categories.items() for o, v in by.items()]
    return [*out, ("default", ph.default)]


def _well_formed(text: str) -> None:
    assert "„" not in text and "“" not in text, text  # no label put in quotes as a stand-in
    assert not re.search(r"[.!?]\.", text) and ".." not in text.replace("…", ""), text
    assert "  " not in text, text
    # every sentence starts with a capital letter ("Dabei hilft mir: ich koche gern." would be fine;
    # a sentence after a full stop must start with a capital)
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        assert sentence[:1].isupper(), (sentence, text)


@pytest.mark.parametrize(("where", "template"), _patterns())
def test_every_pattern_reads_as_german_for_any_label(where: str, template: str) -> None:
    """Each template with many labels: the label stands verbatim either after a colon (neutral frame)
    or, only for "heads" rules whose head ends the label's first word, after a fitting article."""
    from beratungskit.analysis.drafts import _fill

    ph = load_phrasings()
    rule = next((r for i, r in enumerate(ph.rules) if where == f"rules[{i}]"), None)
    if "{who" in template:
        return  # people are checked with roles and names below
    seen = 0
    for label in LABELS:
        if rule is not None and not rule.matches(label):
            continue  # this rule never sees this label
        seen += 1
        text = _fill(template, label=label)
        _well_formed(text)
        assert label.rstrip("!") in text
        before = text[: text.index(label.rstrip("!"))].rstrip()
        if rule is not None and rule.heads:
            assert before.split()[-1] in {"der", "dem", "die", "im", "meinen"}, text
            assert any(label.split()[0].casefold().endswith(h) for h in rule.heads)
        else:
            assert before == "" or before.endswith(":"), text
    assert seen, f"{where}: no label of the list reaches this pattern"


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Fahrrad", "Ich fahre mit dem Fahrrad zu …"),
        ("Fahrrad mit Anhänger", "Ich fahre mit dem Fahrrad mit Anhänger zu …"),
        ("Altes Fahrrad", "Dabei hilft mir: Altes Fahrrad. Damit fahre ich zu …"),
        ("Fahrräder", "Dabei hilft mir: Fahrräder. Damit fahre ich zu …"),
        ("Buslinien 11 und 12", "Dabei hilft mir: Buslinien 11 und 12. Damit fahre ich zu …"),
        ("Stadtbibliothek mit PC-Plätzen", "Ich gehe in die Stadtbibliothek mit PC-Plätzen und …"),
        ("Kindergarten Regenbogen", "Ich frage im Kindergarten Regenbogen nach, ob …"),
        ("Grundschule am Park", "Ich frage in der Grundschule am Park nach, ob …"),
        ("Führerschein Klasse B", "Ich nutze meinen Führerschein Klasse B, um …"),
        ("Laptop", "Ich suche mit dem Laptop nach …"),
    ],
)
def test_things_get_the_right_article_or_a_neutral_frame(label: str, expected: str) -> None:
    category = Category.MATERIELL if "Fahrr" in label or label in ("Laptop",) else Category.INFRASTRUKTURELL
    assert draft_for(Resource(id="r1", label=label, category=category), "z1").text == expected


@pytest.mark.parametrize(
    ("label", "category", "expected"),
    [
        ("Ich koche gern", Category.PERSOENLICH, "Das bringe ich mit: Ich koche gern. Ich nutze das, um …"),
        ("Ich backe gern!", Category.PERSOENLICH, "Das bringe ich mit: Ich backe gern! Ich nutze das, um …"),
        ("Geduld", Category.PERSOENLICH, "Das bringe ich mit: Geduld. Ich nutze das, um …"),
        ("Nähmaschine", Category.MATERIELL, "Dabei hilft mir: Nähmaschine. Damit kann ich …"),
        (
            "Tafel in der Südstadt",
            Category.INFRASTRUKTURELL,
            "Dabei hilft mir: Tafel in der Südstadt. Dort frage ich nach, ob …",
        ),
    ],
)
def test_the_issue_examples_read_naturally(label: str, category: Category, expected: str) -> None:
    text = draft_for(Resource(id="r1", label=label, category=category), "z1").text
    assert text == expected
    assert "Ich nutze „" not in text and "mit „" not in text


@pytest.mark.parametrize("label", ["Onkel Mehmet", "Schwester", "Nachbar Herr Brandt", "Moschee-Gemeinde"])
def test_social_resources_not_ticked_as_people_get_no_place_frame(label: str) -> None:
    """A newcomer puts "Onkel Mehmet" into "Sozial" without opening "Mehr dazu" to tick "Das ist eine
    Person" (trial, issue 11): the draft must not read "… Onkel Mehmet. Dort frage ich nach" — "there"
    is for places. The neutral frame fits a person, a group and a place alike."""
    res = Resource(id="r1", label=label, category=Category.SOZIAL)
    for origin in (None, Origin.LEBENSUMFELD, Origin.SOZIALRAUM, Origin.FACHDIENST):
        text = draft_for(res.model_copy(update={"origin": origin}), "z1").text
        _well_formed(text)
        assert "Dort" not in text, text
    assert draft_for(res, "z1").text == f"Dabei hilft mir: {label}. Ich frage nach, ob …"


ROLES = [
    ("Schwester", "meine Schwester", "meiner Schwester"),
    ("ältere Schwester", "meine ältere Schwester", "meiner älteren Schwester"),
    ("Bruder", "meinen Bruder", "meinem Bruder"),
    ("großer Bruder", "meinen großen Bruder", "meinem großen Bruder"),
    ("Nachbar", "meinen Nachbarn", "meinem Nachbarn"),
    (
        "frühere Kollegin aus der Bäckerei",
        "meine frühere Kollegin aus der Bäckerei",
        "meiner früheren Kollegin aus der Bäckerei",
    ),
    ("früherer Kollege", "meinen früheren Kollegen", "meinem früheren Kollegen"),
    ("Kind", "mein Kind", "meinem Kind"),
    ("kleines Patenkind", "mein kleines Patenkind", "meinem kleinen Patenkind"),
    ("Schwager", "meinen Schwager", "meinem Schwager"),
    ("Pate vom Fußball", "meinen Paten vom Fußball", "meinem Paten vom Fußball"),
]


@pytest.mark.parametrize(("role", "acc", "dat"), ROLES)
@pytest.mark.parametrize("origin", [Origin.LEBENSUMFELD, Origin.SOZIALRAUM, Origin.FACHDIENST, None])
def test_people_are_asked_in_the_right_case(role: str, acc: str, dat: str, origin: Origin | None) -> None:
    res = Resource(id="r1", label="Person", is_person=True, role=role, origin=origin)
    text = draft_for(res, "z1").text
    _well_formed(text)
    if origin is Origin.FACHDIENST:
        assert f"bei {dat} " in text, text
    else:
        assert f" {acc} " in text or f" {acc}," in text, text


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Jana", "Ich frage Jana, ob …"),
        ("Frau Okafor", "Ich frage Frau Okafor, ob …"),
        ("Herr Ilić", "Ich frage Herrn Ilić, ob …"),
        ("Trainer vom Verein", "Dabei hilft mir: Trainer vom Verein. Ich frage nach, ob …"),
        ("Sozialarbeiterin", "Dabei hilft mir: Sozialarbeiterin. Ich frage nach, ob …"),
        ("meine Cousine", "Dabei hilft mir: meine Cousine. Ich frage nach, ob …"),
    ],
)
def test_people_without_a_known_role_by_name_or_a_neutral_frame(label: str, expected: str) -> None:
    res = Resource(id="r1", label=label, is_person=True, origin=Origin.LEBENSUMFELD)
    assert draft_for(res, "z1").text == expected


def test_a_template_that_puts_the_label_after_an_article_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text('default: "Ich fahre mit „{label}“ zu …"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="Doppelpunkt"):
        load_phrasings(bad)


@pytest.mark.parametrize(
    "template",
    ['"Dabei hilft mir: {label:>999999999}. Ich …"', '"Dabei hilft mir: {label!r}. Ich …"'],
)
def test_a_placeholder_with_a_format_spec_is_refused(tmp_path: Path, template: str) -> None:
    """Found for issue 9: ``{label:>999999999}`` built a gigabyte string for every draft."""
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"default: {template}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Formatangabe"):
        within(10, lambda: load_phrasings(bad))


def test_a_phrasing_file_with_yaml_aliases_is_refused(tmp_path: Path) -> None:
    """Issue 9: every template is read by the safe reader (no aliases, bounded)."""
    bad = tmp_path / "bad.yaml"
    bad.write_text('default: &d "Dabei hilft mir: {label}. Ich …"\npeople: {default: *d}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="Anker oder Verweis"):
        load_phrasings(bad)


# --- trial 15: the text box starts where the eLb writes on -----------------------------------------


@pytest.mark.parametrize(("where", "template"), _patterns())
def test_the_box_of_an_open_draft_starts_without_its_ellipsis(where: str, template: str) -> None:
    """„Zu Ende schreiben“ put „Dabei hilft mir: Cousin Emre. Ich …“ into the box, and the „…“ had
    to be deleted by hand. For every template and many labels: the box holds the draft's words
    without the „…“, one space after them (the caret goes on there), still well-formed German; the
    words left in the box alone are refused like the „…“, a finished sentence is kept."""
    from beratungskit.analysis.drafts import StepDraft, _fill, writing_start

    if "{who" in template:
        return
    ph = load_phrasings()
    rule = next((r for i, r in enumerate(ph.rules) if where == f"rules[{i}]"), None)
    case = Case.new("Sonnenblume", key="sonne")
    will = case.add_will("Ich will wieder arbeiten.")
    goal = case.add_goal(will.id, "Eine Arbeit finden")
    for label in LABELS:
        if rule is not None and not rule.matches(label):
            continue  # this rule never sees this label
        text = _fill(template, label=label)
        start = writing_start(text)
        if not text.rstrip().endswith("…"):
            assert start == text
            continue
        assert "…" not in start and not start.rstrip().endswith("..."), start
        assert start.endswith(" ") and not start.endswith("  ") and text.startswith(start), (text, start)
        _well_formed(start.rstrip())
        draft = StepDraft(goal_id=goal.id, text=text, resource_ids=(), origin=None)
        with pytest.raises(CaseError):
            confirm_draft(case, draft, start)
        kept = confirm_draft(case, draft, start + "ich morgen anrufe.")
        assert kept.text == start + "ich morgen anrufe."
