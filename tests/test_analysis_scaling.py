"""Scaling questions follow the number (issue 11): low, middle, high, and the change since last time."""

from __future__ import annotations

from datetime import date

import pytest

from beratungskit.analysis.scaling import change_line, previous_confidence, scaling_questions
from beratungskit.model import ConfidenceMark, Goal


@pytest.mark.parametrize("value", range(3, 9))
def test_middle_numbers_ask_why_not_lower_what_helped_one_higher_own_part(value: int) -> None:
    questions = scaling_questions(value)
    assert [q.key for q in questions] == ["not_lower", "helped", "one_higher", "own_part"]
    texts = [q.text for q in questions]
    assert texts[0] == f"Warum {value} und nicht {value - 2}?"
    assert f"bei {value + 1} sind" in texts[2]


@pytest.mark.parametrize("value", [0, 1, 2])
def test_low_numbers_first_ask_what_helps_to_keep_going(value: int) -> None:
    questions = scaling_questions(value)
    assert questions[0].key == "keep_going"
    assert any(q.key == "small_step" and f"Richtung {value + 1}" in q.text for q in questions)
    # "Warum 0 und nicht …" makes no sense: there is nothing lower
    assert ("not_lower" in [q.key for q in questions]) == (value > 0)
    assert all("und nicht -" not in q.text for q in questions)


@pytest.mark.parametrize("value", [9, 10])
def test_high_numbers_ask_what_keeps_it_there(value: int) -> None:
    questions = scaling_questions(value)
    assert questions[0].key == "keeps_there" and f"bei {value} bleibt" in questions[0].text
    assert "one_higher" not in [q.key for q in questions]


def test_every_question_is_a_question_and_never_advice() -> None:
    for value in [None, *range(11)]:
        for previous in (None, 0, 5, 10):
            for q in scaling_questions(value, previous=previous if value is not None else None):
                assert q.text.endswith("?"), q.text
                assert "sollten" not in q.text and "müssen" not in q.text


@pytest.mark.parametrize(
    ("previous", "value", "start"),
    [
        (4, 6, "Beim letzten Mal 4, heute 6 – was hat dazu"),
        (6, 4, "Beim letzten Mal 6, heute 4"),
        (5, 5, "Beim letzten Mal auch 5"),
    ],
)
def test_a_review_names_the_change_first(previous: int, value: int, start: str) -> None:
    assert scaling_questions(value, previous=previous)[0].text.startswith(start)


def test_out_of_range_is_refused_in_german() -> None:
    with pytest.raises(ValueError, match="0 bis 10"):
        scaling_questions(11)


def test_previous_confidence_is_the_last_earlier_day() -> None:
    goal = Goal(
        id="z1",
        will_id="w1",
        text="Arbeit",
        confidence=6,
        confidence_history=[
            ConfidenceMark(on=date(2026, 1, 5), value=2),
            ConfidenceMark(on=date(2026, 5, 4), value=4),
            ConfidenceMark(on=date(2026, 11, 2), value=6),
        ],
    )
    assert previous_confidence(goal, date(2026, 11, 2)) == 4
    assert previous_confidence(goal, date(2026, 11, 3)) == 6
    assert previous_confidence(goal, date(2026, 1, 5)) is None
    assert change_line(goal, date(2026, 11, 2)) == "Beim letzten Mal 4, heute 6."
    assert change_line(goal, date(2026, 1, 5)) == ""


def test_the_change_names_the_earlier_answer_with_the_earlier_number() -> None:
    """At a review: „Beim letzten Mal 4 – „…“, heute 6.“ — the earlier number with what the eLb said
    then; without a kept answer the plain change."""
    from beratungskit.analysis.scaling import change_line
    from beratungskit.model import ConfidenceMark, Goal

    earlier = ConfidenceMark(
        on=date(2026, 5, 4), value=4, question="Warum 4 und nicht 2?", answer="Ich kenne  eine\nTischlerei."
    )
    goal = Goal(id="z1", will_id="w1", text="Arbeit", confidence=6, confidence_history=[earlier])
    assert (
        change_line(goal, date(2026, 11, 2)) == "Beim letzten Mal 4 – „Ich kenne eine Tischlerei.“, heute 6."
    )
    plain = goal.model_copy(update={"confidence_history": (earlier.model_copy(update={"answer": None}),)})
    assert change_line(plain, date(2026, 11, 2)) == "Beim letzten Mal 4, heute 6."
    assert change_line(goal, date(2026, 5, 4)) == ""  # no earlier day
