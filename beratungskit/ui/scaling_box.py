"""The scaling follow-up under a goal's 0–10 confidence: questions that follow the number.

The IFK picks the question they ask (the fitting ones come first, from
:func:`beratungskit.analysis.scaling.scaling_questions`); the eLb's answer is written in their own
words and kept with the goal together with the question as it was asked. At a later conversation
the change is named first, with the eLb's answer of that day where one was kept ("Beim letzten Mal 4 –
„Ich kenne schon zwei Tischlereien.“, heute 6.").

This box is a view: it holds no rule and saves nothing itself — the goal form reads
:attr:`question_text` and :attr:`answer` when the goal is saved.

>>> box = ScalingBox()
>>> box.set_number(4)
>>> box.question_text
'Warum 4 und nicht 2?'
>>> box.set_number(6, previous=4); box.change.value
'Beim letzten Mal 4, heute 6.'
>>> box.set_number(6, previous=4, previous_answer="Ich kenne eine Tischlerei."); box.change.value
'Beim letzten Mal 4 – „Ich kenne eine Tischlerei.“, heute 6.'

A stored answer belongs to its number: at a review with another number the form offers that
number's questions with an empty answer, and going back to the stored number brings both back.

>>> box.fill(3, None, "Warum 3 und nicht 1?", "Ich koche schon für viele.")
>>> box.set_number(6, previous=3); (box.question_text, box.answer.value)
('Beim letzten Mal 3, heute 6 – was hat dazu beigetragen?', '')
>>> box.set_number(3); (box.question_text, box.answer.value)
('Warum 3 und nicht 1?', 'Ich koche schon für viele.')
"""

from __future__ import annotations

import ipywidgets as widgets

from beratungskit.analysis.scaling import change_text, scaling_questions
from beratungskit.messages import t
from beratungskit.ui.hints import wording_hint

__all__ = ["ScalingBox"]


class ScalingBox:
    """Change line, the questions for the number, and the eLb's answer (``widget`` to show)."""

    def __init__(self) -> None:
        self.change = widgets.Label("")
        self.change.add_class("bk-scale-change")
        # large buttons, one per line (CSS in goals_panel.GOALS_CSS): readable and easy to tap
        self.questions = widgets.ToggleButtons(
            options=[], value=None, style={"button_width": "auto"}, layout=widgets.Layout(width="100%")
        )
        self.questions.add_class("bk-scale-questions")
        self.answer = widgets.Textarea(
            placeholder=t("ui_goals.scale_answer_placeholder"), rows=2, layout=widgets.Layout(width="100%")
        )
        self.answer.add_class("bk-confidence-next")
        self.label = widgets.Label(t("ui_goals.scale_questions_label"))
        self.label.add_class("bk-field-label")
        #: the stored goal's number, question and answer: they belong together (see :meth:`set_number`)
        self._kept: tuple[int | None, str | None, str] = (None, None, "")
        self.widget = widgets.VBox(
            [
                self.change,
                self.label,
                self.questions,
                self.answer,
                # the answer is the eLb's own words: only crisis hints
                wording_hint(self.answer, writer="elb"),
            ],
            layout=widgets.Layout(width="100%"),
        )
        self.widget.add_class("bk-scaling")
        self.set_number(None)

    @property
    def question_text(self) -> str | None:
        """The question the answer belongs to (None while no number is given)."""
        value = self.questions.value
        return str(value) if value else None

    def set_number(
        self, value: int | None, previous: int | None = None, previous_answer: str | None = None
    ) -> None:
        """Offer the questions for ``value`` (the number chosen now) and name the change since last time
        (``previous``, with the eLb's answer of that day)."""
        texts = [q.text for q in scaling_questions(value, previous=previous)] if value is not None else []
        kept_value, kept_question, kept_answer = self._kept
        chosen = self.questions.value
        if value == kept_value:
            # back at the stored number: its question (perhaps one of another day's) and its answer
            if kept_question and kept_question not in texts:
                texts.append(kept_question)
            if not self.answer.value and kept_answer:
                chosen, self.answer.value = kept_question, kept_answer
        elif kept_answer and self.answer.value == kept_answer:
            # another number (a review, or a change of mind): the stored answer answered the stored
            # number's question — it is not carried over to the new one, nor saved under it
            self.answer.value = ""
            chosen = None
        self.questions.options = texts
        self.questions.value = chosen if chosen in texts else (texts[0] if texts else None)
        hidden = value is None
        self.questions.layout.display = "none" if hidden else ""
        self.label.layout.display = "none" if hidden else ""
        self.answer.layout.display = "none" if hidden else ""
        if previous is not None and value is not None:
            self.change.value = change_text(previous, value, previous_answer)
        else:
            self.change.value = ""
        self.change.layout.display = "" if self.change.value else "none"

    def fill(
        self,
        value: int | None,
        previous: int | None,
        question: str | None,
        answer: str | None,
        previous_answer: str | None = None,
    ) -> None:
        """Show a stored goal: its number, the question its answer belongs to, and the answer."""
        self._kept = (value, question, answer or "")
        self.questions.value = None
        self.answer.value = ""
        self.set_number(value, previous, previous_answer)
        if question and question in self.questions.options:
            self.questions.value = question
        self.answer.value = answer or ""
