"""German validation messages name the field as the JSON file reads and say what to fix."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from beratungskit.model import Case, CaseError, field_path, german_errors, visible


def _errors(data: dict[str, object]) -> list[str]:
    with pytest.raises(ValidationError) as info:
        Case.model_validate(data)
    return german_errors(info.value)


BASE: dict[str, object] = {"key": "k", "alias": "A"}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"alias": None}, "alias: Wert „None“ hat die falsche Art (Text erwartet)."),
        ({"resources": [{"id": "r1"}]}, "resources[0].label: Pflichtangabe fehlt."),
        (
            {"resources": [{"id": "r1", "label": "x" * 81}]},
            "resources[0].label: Zu lang: höchstens 80 Zeichen.",
        ),
        ({"resources": [{"id": "r1", "label": "X", "closeness": 0}]}, "resources[0].closeness: Wert „0“"),
        ({"resources": [{"id": "r1", "label": "X", "category": "quer"}]}, "Erlaubt: 'persoenlich'"),
        ({"resources": "keine"}, "resources: Wert „keine“ hat die falsche Art (Liste erwartet)."),
        ({"geburtsdatum": "2000-01-01"}, "geburtsdatum: Dieses Feld ist im Fallformat nicht vorgesehen."),
        ({"schema_version": 7}, "schema_version: Wert „7“ ist nicht erlaubt."),
        (
            {"next_review": "bald"},
            "next_review: Wert „bald“ hat die falsche Art (Datum (JJJJ-MM-TT) erwartet).",
        ),
    ],
)
def test_validation_messages_are_german_and_name_the_field(changes: dict[str, object], expected: str) -> None:
    messages = _errors({**BASE, **changes})
    assert any(expected in m for m in messages), messages
    for message in messages:
        assert "Input should" not in message and "Field required" not in message


def test_rule_violation_of_a_whole_case_is_a_german_sentence() -> None:
    messages = _errors({**BASE, "relations": [{"id": "v1", "source": "elb", "target": "r3"}]})
    assert messages == ["Die Verbindung „v1“ zeigt auf „r3“, das es in diesem Fall nicht gibt."]


def test_field_path_reads_like_the_file() -> None:
    assert field_path(("resources", 2, "label")) == "resources[2].label"
    assert field_path(()) == ""


def test_case_error_is_a_value_error_with_the_message() -> None:
    case = Case.new(alias="A", key="a")
    with pytest.raises(CaseError) as info:
        case.add_resource("")
    assert isinstance(info.value, ValueError)
    assert (
        str(info.value) == "Bezeichnung: Bitte einen Text eingeben (leer geht nicht)."
    )  # named as in the form


def test_validate_still_names_the_place_in_the_file() -> None:
    """The command line names the JSON field (``resources[0].label``); the app names the form field."""
    from pydantic import ValidationError

    from beratungskit.model.errors import german_errors

    with pytest.raises(ValidationError) as info:
        Case.model_validate({"key": "a", "alias": "A", "resources": [{"id": "r1", "label": "x" * 81}]})
    assert german_errors(info.value) == ["resources[0].label: Zu lang: höchstens 80 Zeichen."]
    assert german_errors(info.value, for_people=True) == ["Bezeichnung: Zu lang: höchstens 80 Zeichen."]


def test_lone_surrogate_gives_a_german_message_that_can_be_printed() -> None:
    """Defect 10: a lone surrogate gave a half-English pydantic message that could not be encoded."""
    for data in (
        {**BASE, "alias": "A\ud800"},
        {**BASE, "resources": [{"id": "\udc80", "label": "Fahrrad"}]},
        {**BASE, "bemerkung\x00": 1},
    ):
        for message in _errors(data):
            message.encode("utf-8")
            assert visible(message) == message and "\n" not in message
            assert "Input should" not in message and "unicode" not in message, message


def test_an_id_that_breaks_the_pattern_is_explained_in_german() -> None:
    messages = _errors({**BASE, "resources": [{"id": "r 1", "label": "Fahrrad"}]})
    assert messages == [
        "resources[0].id: Ungültige Kennung „r 1“: erlaubt sind Buchstaben, Ziffern, „-“ und „_“ "
        "(höchstens 40 Zeichen)."
    ]
