"""Scaling questions that follow the number, in the solution-focused way.

The eLb puts their confidence for a goal on a scale from 0 to 10. A fixed follow-up ("Was bräuchte
es, um einen Punkt höher zu kommen?") ignores what the number says. Solution-focused scaling works
*with* the number:

* **why this number and not a lower one** — what is already there ("Warum 4 und nicht 2?"),
* **what has already helped**,
* **what one point higher would look like** — how they would notice it,
* **what the eLb could do for it** themselves;
* at **0–2**: what helps to keep going at all, and what a very small next step would be;
* at **9–10**: what keeps it there.

At a later conversation the change is named first ("Beim letzten Mal 4, heute 6 – was hat dazu
beigetragen?"). The questions are suggestions for the IFK to ask; the eLb's answer is kept in their
words with the goal (``Goal.confidence_question`` / ``Goal.confidence_next``).

>>> [q.key for q in scaling_questions(4)]
['not_lower', 'helped', 'one_higher', 'own_part']
>>> scaling_questions(4)[0].text
'Warum 4 und nicht 2?'
>>> scaling_questions(6, previous=4)[0].text
'Beim letzten Mal 4, heute 6 – was hat dazu beigetragen?'
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date

from beratungskit.messages import CATALOGUE, t
from beratungskit.model import ConfidenceMark, Goal

__all__ = [
    "ScalingQuestion",
    "answer_frame",
    "change_line",
    "change_text",
    "previous_confidence",
    "previous_mark",
    "question_key",
    "scaling_questions",
]

#: Up to this value the scale is "low": first what helps to keep going.
LOW = 2
#: From this value on the scale is "high": first what keeps it there.
HIGH = 9


@dataclass(frozen=True, slots=True)
class ScalingQuestion:
    """One question to ask; ``key`` names its kind, ``text`` is the German question for this number."""

    key: str
    text: str


def _q(key: str, **values: object) -> ScalingQuestion:
    return ScalingQuestion(key, t(f"analysis_scaling.{key}", **values))


def scaling_questions(value: int | None, previous: int | None = None) -> list[ScalingQuestion]:
    """The questions for a confidence ``value`` (0–10; ``None``: not asked yet), most fitting first.

    ``previous`` is the value of the last conversation; a change (or none) is named first.

    >>> [q.key for q in scaling_questions(1)]
    ['keep_going', 'not_lower', 'small_step', 'own_part']
    >>> [q.key for q in scaling_questions(10)]
    ['keeps_there', 'helped']
    >>> [q.key for q in scaling_questions(None)]
    ['ask']
    """
    if value is None:
        return [_q("ask")]
    if not 0 <= value <= 10:
        raise ValueError(t("analysis_scaling.out_of_range", value=value))
    out: list[ScalingQuestion] = []
    if previous is not None:
        if value > previous:
            out.append(_q("went_up", old=previous, new=value))
        elif value < previous:
            out.append(_q("went_down", old=previous, new=value))
        else:
            out.append(_q("stayed", old=previous, new=value))
    if value >= HIGH:
        out += [_q("keeps_there", n=value), _q("helped")]
    elif value <= LOW:
        out.append(_q("keep_going"))
        if value > 0:
            out.append(_q("not_lower", n=value, lower=max(0, value - 2)))
        out += [_q("small_step", n=value, higher=value + 1), _q("own_part")]
    else:
        out += [
            _q("not_lower", n=value, lower=value - 2),
            _q("helped"),
            _q("one_higher", higher=value + 1),
            _q("own_part"),
        ]
    return out


def previous_mark(goal: Goal, today: date | None = None) -> ConfidenceMark | None:
    """The mark of the last conversation day before ``today``: its number, question and answer."""
    day = today or date.today()
    earlier = [m for m in goal.confidence_history if m.on < day]
    return max(earlier, key=lambda m: m.on) if earlier else None


def previous_confidence(goal: Goal, today: date | None = None) -> int | None:
    """The confidence at the end of the last conversation day before ``today`` (None: none yet).

    >>> from datetime import date
    >>> from beratungskit.model import ConfidenceMark, Goal
    >>> goal = Goal(id="z1", will_id="w1", text="Arbeit", confidence=6, confidence_history=[
    ...     ConfidenceMark(on=date(2026, 5, 1), value=4), ConfidenceMark(on=date(2026, 11, 2), value=6)])
    >>> previous_confidence(goal, date(2026, 11, 2))
    4
    """
    mark = previous_mark(goal, today)
    return mark.value if mark is not None else None


def change_text(old: int, new: int, answer: str | None = None) -> str:
    """ "Beim letzten Mal 4 – „Ich kenne schon zwei Tischlereien.“, heute 6." — the earlier answer
    with the earlier number, where one was kept; else "Beim letzten Mal 4, heute 6."

    >>> change_text(4, 6, "Ich kenne schon zwei Tischlereien.")
    'Beim letzten Mal 4 – „Ich kenne schon zwei Tischlereien.“, heute 6.'
    >>> change_text(4, 6)
    'Beim letzten Mal 4, heute 6.'
    """
    if answer and answer.strip():
        return t("analysis_scaling.change_answer", old=old, new=new, answer=" ".join(answer.split()))
    return t("analysis_scaling.change", old=old, new=new)


def change_line(goal: Goal, today: date | None = None) -> str:
    """ "Beim letzten Mal 4, heute 6." for a goal rated on an earlier day; "" otherwise.

    >>> from datetime import date
    >>> from beratungskit.model import ConfidenceMark, Goal
    >>> goal = Goal(id="z1", will_id="w1", text="Arbeit", confidence=6,
    ...             confidence_history=[ConfidenceMark(on=date(2026, 5, 1), value=4)])
    >>> change_line(goal, date(2026, 11, 2))
    'Beim letzten Mal 4, heute 6.'
    """
    before = previous_mark(goal, today)
    if before is None or goal.confidence is None:
        return ""
    return change_text(before.value, goal.confidence, before.answer)


#: What the eLb's answer to each kind of question is, for the printed plan ("Das hilft mir schon: …"):
#: the answer to "Warum 4 und nicht 2?" is what is already there, not what "would still help".
ANSWER_FRAMES = {
    "not_lower": "already",
    "helped": "already",
    "keeps_there": "already",
    "keep_going": "already",
    "went_up": "already",
    "stayed": "already",
    "one_higher": "notice",
    "own_part": "own",
    "small_step": "own",
    "went_down": "now",
}


@functools.cache  # the catalogue is fixed while the app runs: one pattern per kind, made once
def _question_pattern(key: str) -> re.Pattern[str]:
    parts = re.split(r"\{\w+\}", CATALOGUE[f"analysis_scaling.{key}"])
    return re.compile("^" + r"\d+".join(re.escape(p) for p in parts) + "$")


def question_key(question: str | None) -> str | None:
    """The kind of a stored scaling question, as it was asked (None: none of ours, or none).

    >>> question_key("Warum 3 und nicht 1?"), question_key("Woran würden Sie merken, dass Sie bei 7 sind?")
    ('not_lower', 'one_higher')
    >>> question_key("Was bräuchte es?") is None
    True
    """
    if not question:
        return None
    text = question.strip()
    return next((key for key in ANSWER_FRAMES if _question_pattern(key).match(text)), None)


def answer_frame(question: str | None) -> str:
    """The plan's frame for the answer to ``question``: ``already``, ``notice``, ``own``, ``now`` —
    or ``next`` ("Das würde mir noch helfen"), when the question is not known.

    >>> answer_frame("Warum 3 und nicht 1?"), answer_frame("Was könnten Sie selbst dafür tun?")
    ('already', 'own')
    >>> answer_frame(None)
    'next'
    """
    key = question_key(question)
    return ANSWER_FRAMES[key] if key else "next"
