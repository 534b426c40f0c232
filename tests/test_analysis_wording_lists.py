"""Exits written once (thirty-fourth round): an entry „list: NAME“ in an ``unless`` stands for the
entries of ``unless_lists: NAME``, in a group's ``unless`` and in the model's; a wrong name is
reported in German and the file is not used."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml

from beratungskit.analysis.wording import Guard, WordingGuardError, check_text, load_guard
from beratungskit.resources import template_path

HARM = {"kind": "crisis", "self_harm": True, "terms": ["re:will\\s+nicht\\s+mehr\\s+leben"]}


def _shipped() -> dict:
    return yaml.safe_load(template_path("wording_guard.yaml").read_text(encoding="utf-8"))


def test_a_named_list_cancels_a_finding_as_its_entries_would() -> None:
    lists = {"unless_lists": {"umzug": ["re:in\\s+dieser\\s+wohnung", "wg"]}}
    listed = Guard({**lists, "groups": [{**HARM, "unless": ["list: umzug"]}]})
    plain = Guard({"groups": [HARM]})
    for text in ("Ich will nicht mehr leben in dieser Wohnung.", "Ich will nicht mehr leben in der WG."):
        assert any(f.self_harm for f in check_text(text, guard=plain))
        assert not check_text(text, guard=listed), text
    assert any(f.self_harm for f in check_text("Ich will nicht mehr leben.", guard=listed))


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"groups": [{**HARM, "unless": ["list: fehlt"]}]}, "unbekannte Liste „fehlt“"),
        ({"unless_lists": {"a": ["list: b"], "b": ["x"]}, "groups": [HARM]}, "keine andere Liste"),
        ({"unless_lists": {"a": []}, "groups": [HARM]}, "nicht die erwartete Form"),
        ({"unless_lists": ["a"], "groups": [HARM]}, "nicht die erwartete Form"),
        (
            {"groups": [HARM], "model": {"self_harm": {"unless": ["list: fehlt"]}}},
            "unbekannte Liste „fehlt“",
        ),
    ],
)
def test_a_wrong_list_is_reported_in_german(data: dict, words: str) -> None:
    with pytest.raises(WordingGuardError, match=words):
        Guard(data)


def test_the_shipped_lists_are_all_used_and_stand_in_the_model_too() -> None:
    data = _shipped()
    # every model rule's own „unless“ counts too (thirty-eighth round: the model's typing hint)
    model_unless = [
        (options or {}).get("unless") or []
        for options in data["model"].values()
        if isinstance(options, dict) or options is None
    ]
    exceptions = [data.get("exceptions") or []]  # the exceptions may name a list too (fifty-second round)
    used = Counter(
        str(e).split(":", 1)[1].strip()
        for unless in [g.get("unless") or [] for g in data["groups"]]
        + model_unless
        + exceptions
        + _everyday(data)
        for e in unless
        if str(e).startswith("list:")
    )
    assert set(used) == set(data["unless_lists"])
    assert all(n >= 2 for n in used.values()), used  # a list used once belongs in its place
    in_model = {
        str(e)[5:].strip() for e in data["model"]["self_harm"]["unless"] if str(e).startswith("list:")
    }
    assert {"verneint", "aufwachen_und_tod_anderer", "abschied_von_kurs_und_beruf"} <= in_model


def _everyday(data: dict) -> list[list[str]]:
    """The exits of the model's everyday words, one list per entry (they may name a list too)."""
    return [entry["exits"] for entry in data["model"]["self_harm"].get("everyday") or []]


def test_no_longer_exit_is_written_in_two_places() -> None:
    """Short words („urlaub*“, „klettern“) may stand twice; a pattern of more than 40 characters is
    written once and named where it is shared — in the groups, in every model hint's own exits and in
    the model's everyday exits (fifty-seventh round: a pet back home, a device dead in Turkish or
    French and a new number stood both in the everyday exits and in the crisis hint's)."""
    data = _shipped()
    places = Counter()
    model_unless = [(o or {}).get("unless") or [] for o in data["model"].values() if isinstance(o, dict)]
    for unless in [g.get("unless") or [] for g in data["groups"]] + model_unless + _everyday(data):
        # an everyday exit is a bare regex, an „unless“ entry says „re:“ first: the same pattern
        for entry in {str(e).removeprefix("re:") for e in unless}:
            if len(entry) > 40:
                places[entry] += 1
    twice = [entry[:60] for entry, n in places.items() if n > 1]
    assert not twice, twice


def test_an_everyday_exit_reads_a_list_and_a_wrong_name_is_reported() -> None:
    model = {"self_harm": {"pressing": ["sterb"], "everyday": [{"exits": ["list: tiere"]}]}}
    with pytest.raises(WordingGuardError, match="unbekannte Liste „tiere“"):
        Guard({"groups": [HARM], "model": model})
    use = load_guard()._model
    assert use is not None
    # „neue Nummer“ stands only in the list „neue_nummer“, which the everyday exits name
    assert use.exits("meine nummer hat sich geaendert, die neue steht unten")
    assert use.exits("mi numero es nuevo desde hoy")
    assert not use.exits(
        "meine nummer hat sich geaendert, die neue brauch ich nicht mehr lange, ich will sterben"
    )


def test_the_model_reads_its_exits_through_the_lists() -> None:
    use = load_guard()._model
    assert use is not None and use.unless is not None
    # „aufwachen müssen … um 4 Uhr“ stands only in the list „aufwachen_und_tod_anderer“
    assert use.exits("ich will nicht mehr um 4 uhr aufwachen muessen fuer die schicht")
    assert "list" not in use.unless.pattern.split("|")[0]
