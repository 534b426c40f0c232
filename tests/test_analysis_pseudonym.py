"""Pseudonymisation: no name, alias, key or unshared text of a case reaches any pseudonymised export."""

from __future__ import annotations

import string
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from beratungskit.analysis.pseudonym import pseudonym_code, pseudonymise
from beratungskit.demo import demo_case
from beratungskit.messages import CATALOGUE
from beratungskit.model import ELB_ID, Case, Category, ReferralTopic
from beratungskit.render.conference import conference_html
from beratungskit.render.interchange import csv_tables, graphml, json_export


def _exports(case: Case) -> dict[str, str]:
    return {
        "conference": conference_html(case),
        "graphml": graphml(case),
        "csv": "\n".join(csv_tables(case).values()),
        "json": json_export(case),
    }


# Fixed text of every export (and the message catalogue): a random secret must not be part of it by
# chance, or the leak check would fail for the wrong reason.
_FIXED = (" ".join(_exports(demo_case()).values()) + " ".join(CATALOGUE.values())).casefold()


def _secrets() -> st.SearchStrategy[str]:
    return (
        st.text(string.ascii_letters, min_size=8, max_size=12)
        .filter(lambda s: len(set(s.lower())) >= 5)
        .filter(lambda s: s.casefold() not in _FIXED)
    )


_ROLES = ["Schwester", "Nachbarin", "Trainer", "frühere Kollegin", None]
_T0 = datetime(2026, 3, 14, 9, 26, tzinfo=timezone(timedelta(hours=1)))


@st.composite
def secret_cases(draw: st.DrawFn) -> tuple[Case, list[str]]:
    """A case whose names, alias, key, ids and unshared texts are random secrets (also returned)."""
    secrets: list[str] = []

    def secret() -> str:
        value = draw(_secrets())
        secrets.append(value)
        return value

    alias, key = secret(), secret().lower()
    n_people = draw(st.integers(1, 4))
    resources: list[dict[str, Any]] = []
    people = []
    for i in range(n_people):
        name = secret()
        people.append(name)
        label = draw(st.sampled_from([name, f"Frau {name}", f"{name} {secret()}"]))
        shareable = draw(st.booleans())
        resources.append(
            {
                # a hand-made id may hold a name, too
                "id": secret() if i == 0 else f"p{i}",
                "label": label,
                "category": "sozial",
                "is_person": True,
                "role": draw(st.sampled_from(_ROLES)),
                # a shared note may be shown (scrubbed of names); an unshared one never
                "note": f"Notiz mit {name}" if shareable else f"Notiz {secret()}",
                "shareable": shareable,
            }
        )
    # things and places are kept, but a name inside their label or a shared note is scrubbed
    resources.append({"id": "t1", "label": f"Auto von {draw(st.sampled_from(people))}", "origin": "eigen"})
    resources.append(
        {
            "id": "t2",
            "label": "Buslinie 11",
            "note": f"Fährt mit {draw(st.sampled_from(people))} zur Arbeit",
            "shareable": True,
        }
    )
    ids = [r["id"] for r in resources]
    relations = [
        {"id": f"v{i}", "source": ELB_ID, "target": rid, "note": f"über {secret()}"}
        for i, rid in enumerate(ids, start=1)
    ]
    shared_text = f"Mit {draw(st.sampled_from(people))} und {alias} reden"
    wills = [
        {"id": "w1", "text": f"Ich will {secret()}", "shareable": False},
        {"id": "w2", "text": shared_text, "shareable": True},
    ]
    goals = [
        {
            "id": "z1",
            "will_id": "w1",
            "text": f"Ziel {secret()}",
            "confidence": 4,
            "confidence_next": f"Wenn {secret()} hilft",
            "resource_ids": ids[:2],
        },
        {"id": "z2", "will_id": "w2", "text": shared_text, "shareable": True, "confidence_next": shared_text},
    ]
    steps = [
        {
            "id": "s1",
            "goal_id": "z1",
            "text": f"Schritt {secret()}",
            "helper": secret(),
            "due": date(2026, 5, 17),
        },
        {"id": "s2", "goal_id": "z2", "text": shared_text, "shareable": True, "helper": shared_text},
    ]
    data = {
        "key": key,
        "alias": alias,
        "created_at": _T0,
        "updated_at": _T0,
        "resources": resources,
        "relations": relations,
        "wishes": [{"id": "wu1", "text": f"Traum {secret()}"}],
        "wills": wills,
        "goals": goals,
        "steps": steps,
        "referrals": [
            {
                "id": "vw1",
                "institution": f"Beratung {secret()}",
                "institution_kind": draw(st.sampled_from([None, "schuldnerberatung"])),
                "topic": "schulden",
                "on": date(2026, 4, 3),
            }
        ],
        "team_ideas": [{"id": "ti1", "text": f"Vielleicht hilft {draw(st.sampled_from(people))}?"}],
        "log": [
            {"at": _T0, "action": "added", "kind": "resource", "item_id": ids[0], "summary": secret()},
            {"at": _T0, "action": "added", "kind": "case", "item_id": key, "summary": alias},
        ],
    }
    return Case.model_validate(data), secrets


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(secret_cases())
def test_no_secret_reaches_any_pseudonymised_export(drawn: tuple[Case, list[str]]) -> None:
    case, secrets = drawn
    before = case.model_dump()
    for name, text in _exports(case).items():
        folded = text.casefold()
        leaked = [s for s in secrets if s.casefold() in folded]
        assert not leaked, f"{name} enthält {leaked}"
    assert case.model_dump() == before  # exporting never changes the case


def test_people_are_shown_by_role_or_as_person_n() -> None:
    case = Case.new(alias="Testalias", key="k1")
    case.add_resource("Jolanthe Quirin", category="sozial", is_person=True, role="Schwester")
    case.add_resource("Bertram", category="sozial", is_person=True)
    case.add_resource("Ludmila", category="sozial", is_person=True, role="Ludmilas Mutter")  # name in role
    labels = [r.label for r in pseudonymise(case, salt="x").resources]
    assert labels == ["Schwester", "Person 2", "Person 3"]


def test_same_key_same_pseudonym_within_a_run_and_not_across_salts() -> None:
    case = demo_case()
    assert pseudonymise(case).key == pseudonymise(case).key
    assert pseudonymise(case).alias == pseudonymise(demo_case()).alias
    assert pseudonym_code(case.key, salt="a") != pseudonym_code(case.key, salt="b")
    assert pseudonymise(case).alias.startswith("Fall ")


def test_unshared_wording_is_neutral_shared_wording_is_kept() -> None:
    case = demo_case()
    case.update("wills", "w1", shareable=True)
    p = pseudonymise(case)
    assert p.wills[0].text == case.wills[0].text
    assert [g.text for g in p.goals] == ["Ziel 1"]
    assert [s.text for s in p.steps] == ["Schritt 1", "Schritt 2", "Schritt 3", "Schritt 4"]
    assert p.wishes[0].text == "Wunsch 1"


def test_dates_to_the_month_log_without_summaries_referral_as_kind() -> None:
    case = demo_case()
    case.add_referral("Beratungsstelle Zeisig", ReferralTopic.SUCHT)
    p = pseudonymise(case)
    assert p.steps[0].due == date(2026, 12, 1)
    assert p.created_at.day == 1 and (p.created_at.hour, p.created_at.minute) == (0, 0)
    assert all(e.summary == "" for e in p.log)
    assert [r.institution for r in p.referrals] == [
        "Einrichtung: Schuldnerberatung",
        "Einrichtung zum Thema Sucht",
    ]


def test_private_notes_are_removed_shared_notes_kept() -> None:
    case = demo_case()
    case.update_resource("r14", shareable=True)  # Kita Sonnenhof: "Öffnet um 6:30 Uhr."
    p = pseudonymise(case)
    notes = {r.label: r.note for r in p.resources}
    assert notes["Kita Sonnenhof"] == "Öffnet um 6:30 Uhr."
    assert notes["Ich backe gern und gut"] is None
    assert all(rel.note is None for rel in p.relations)


@pytest.mark.parametrize("role", ["Schwester", None])
def test_a_long_role_replacing_a_short_name_keeps_field_limits(role: str | None) -> None:
    case = Case.new(alias="Abc", key="k2")
    person = case.add_resource("Jo", category="sozial", is_person=True, role="x" * 40)
    case.add_resource(" ".join(["Jo"] * 26), origin="eigen")  # 78 chars, every "Jo" → 40-char role
    case.connect(ELB_ID, person.id)
    p = pseudonymise(case)
    assert all(len(r.label) <= 80 for r in p.resources)


# --- issue 11: roles inside labels, one pseudonym per case ------------------------------------------


def test_a_role_contained_in_the_label_stays() -> None:
    case = Case.new(alias="Mira K.", key="k1")
    case.add_resource("Schwager mit Schreinerei", is_person=True, role="Schwager")
    case.add_resource("Frau Okafor", is_person=True, role="Nachbarin")
    case.add_resource("Jana", is_person=True, role="Schwester")
    case.add_resource("Mutter", is_person=True, role="Janas Mutter")  # the role names Jana
    case.add_resource("Kollegin", is_person=True, role="Kollegin")
    case.add_resource("Werkzeug vom Schwager", shareable=True, note="Der Schwager leiht es mir.")
    p = pseudonymise(case, salt="s")
    assert [r.label for r in p.resources] == [
        "Schwager",
        "Nachbarin",
        "Schwester",
        "Person 4",
        "Kollegin",
        "Werkzeug vom Schwager",
    ]
    assert p.resources[-1].note == "Der Schwager leiht es mir."
    page = conference_html(case, salt="s")
    assert "Schreinerei" not in page and "Okafor" not in page and "Jana" not in page


def test_the_pseudonym_of_a_case_is_the_folder_secret_s(tmp_path: Any) -> None:
    import os
    import stat

    from beratungskit.store import SECRET_FILE, folder_secret

    case = demo_case()
    first = pseudonymise(case, salt=folder_secret(tmp_path / "a")).alias
    again = pseudonymise(case, salt=folder_secret(tmp_path / "a")).alias
    other = pseudonymise(case, salt=folder_secret(tmp_path / "b")).alias
    assert first == again != other
    assert stat.S_IMODE(os.stat(tmp_path / "a" / SECRET_FILE).st_mode) == 0o600


def test_a_damaged_secret_is_reported_and_left_alone(tmp_path: Any) -> None:
    from beratungskit.store import SECRET_FILE, StoreError, folder_secret

    path = tmp_path / SECRET_FILE
    path.write_text("kein Geheimnis\n", encoding="ascii")
    with pytest.raises(StoreError, match="beschädigt"):
        folder_secret(tmp_path)
    assert path.read_text(encoding="ascii") == "kein Geheimnis\n"


def test_an_odd_secret_file_is_reported_without_waiting(tmp_path: Any) -> None:
    """Issue 9: the secret beside the cases is read like a case file (a pipe there hung the export)."""
    import os

    from beratungskit.store import SECRET_FILE, StoreError, folder_secret
    from tests.hostile import within

    fifo = tmp_path / SECRET_FILE
    os.mkfifo(fifo)
    with pytest.raises(StoreError, match="Pipe") as info:
        within(10, lambda: folder_secret(tmp_path), fifo=fifo)
    assert "Errno" not in str(info.value)


@pytest.mark.parametrize(
    ("label", "shown"),
    [
        ("Onkel Mehmet", "Onkel"),
        ("Nachbar Herr Brandt, leiht mir Werkzeug", "Nachbar"),
        ("Jana", "Person 1"),
        ("Frau Yilmaz", "Person 1"),
    ],
)
def test_a_social_resource_nobody_marked_as_a_person_shows_no_name(label: str, shown: str) -> None:
    """The trial of issue 11: a newcomer answers the card „Wer hat Ihnen schon einmal geholfen?“ with
    „Onkel Mehmet“ under Sozial and leaves „Person oder Gruppe?“ open — the conference file showed the
    name. Nobody chose "not a person"; a social label that names no group or place is shown by its role
    word or as "Person n", and the name is scrubbed everywhere else too."""
    case = Case.new("Deniz")
    res = case.add_resource(label, category=Category.SOZIAL)
    bike = case.add_resource(f"Fahrrad von {label.split()[-1]}", category=Category.MATERIELL)
    copy = pseudonymise(case, salt="s")
    labels = {r.id: r.label for r in copy.resources}
    assert labels["r1"] == shown
    assert label.split()[-1] not in labels["r2"], labels["r2"]
    assert copy.resources[0].is_person is None  # the copy keeps the resource's own marks ("noch offen")
    assert (res.id, bike.id) == ("r1", "r2")


@pytest.mark.parametrize(
    "label", ["Schwimmverein Grone", "Moschee-Gemeinde", "Familienzentrum am Markt", "Sprachcafé"]
)
def test_a_social_group_or_place_keeps_its_label(label: str) -> None:
    case = Case.new("Deniz")
    case.add_resource(label, category=Category.SOZIAL)
    assert pseudonymise(case, salt="s").resources[0].label == label


@pytest.mark.parametrize(
    ("is_person", "shown"),
    [(None, "Person 1"), (True, "Person 1"), (False, "Treffpunkt Lindenhof")],
)
def test_only_the_answer_group_or_place_keeps_a_social_label(is_person: bool | None, shown: str) -> None:
    """„Person oder Gruppe?“ is asked where a social resource is added: „eine Person“ and „noch offen“
    (None) hide the label, as before; only the chosen „eine Gruppe oder ein Ort“ keeps a label that
    the group-word list does not know."""
    case = Case.new("Deniz")
    case.add_resource("Treffpunkt Lindenhof", category=Category.SOZIAL, is_person=is_person)
    assert pseudonymise(case, salt="s").resources[0].label == shown


@pytest.mark.parametrize("shareable", [False, True])
def test_an_earlier_scaling_answer_travels_with_the_goals_mark(shareable: bool) -> None:
    """The history keeps each day's answer now: in the conference file it goes only where the goal's
    own answer goes (the goal marked shareable), scrubbed of names like the rest."""
    from datetime import date

    from beratungskit.model import ConfidenceMark

    case = Case.new("Deniz")
    case.add_resource("Jolanthe", category=Category.SOZIAL, is_person=True, role="Schwester")
    will = case.add_will("Ich will arbeiten.")
    goal = case.add_goal(will.id, "Eine Stelle", confidence=6, shareable=shareable)
    mark = ConfidenceMark(
        on=date(2026, 5, 4), value=4, question="Warum 4 und nicht 2?", answer="Jolanthe hilft mir."
    )
    case.update("goals", goal.id, confidence_history=[mark])
    (kept,) = pseudonymise(case, salt="s").goals[0].confidence_history
    assert (kept.value, kept.on) == (4, date(2026, 5, 1))  # the month, like every date
    assert kept.answer == ("Schwester hilft mir." if shareable else None)
