"""Issue 11 widgets without a browser: the scaling box follows the number; the IFK's note is its own."""

from __future__ import annotations

from beratungskit.store import CaseStore
from beratungskit.ui.ifk_note import IfkNoteBox
from beratungskit.ui.scaling_box import ScalingBox
from beratungskit.ui.session import Session


def test_the_scaling_box_offers_the_questions_for_the_chosen_number() -> None:
    box = ScalingBox()
    assert box.question_text is None and box.answer.layout.display == "none"
    box.set_number(4)
    assert box.questions.options[0] == "Warum 4 und nicht 2?" and box.question_text == "Warum 4 und nicht 2?"
    box.set_number(1)
    assert box.questions.options[0] == "Was hilft Ihnen, trotzdem dranzubleiben?"
    box.set_number(10)
    assert box.questions.options[0] == "Was sorgt dafür, dass es bei 10 bleibt?"
    assert box.change.value == ""


def test_the_scaling_box_names_the_change_and_keeps_the_question_of_an_answer() -> None:
    box = ScalingBox()
    box.fill(6, 4, "Was hat schon geholfen?", "Meine Schwester.")
    assert box.change.value == "Beim letzten Mal 4, heute 6."
    assert box.questions.options[0].startswith("Beim letzten Mal 4, heute 6 –")
    assert box.question_text == "Was hat schon geholfen?" and box.answer.value == "Meine Schwester."
    box.fill(7, None, "Warum 3 und nicht 1?", "Weil ich schon angefangen habe.")  # asked at another number
    assert box.question_text == "Warum 3 und nicht 1?"  # the answer stays with its question


def test_the_ifk_note_is_saved_shown_and_follows_undo(store: CaseStore) -> None:
    session = Session(store, store.create("Sonnenblume"))
    box = IfkNoteBox(session)
    box.text.value = "Termin für Unterlagen vereinbart."
    box.save_button.click()
    assert store.load(session.case.key).ifk_note == "Termin für Unterlagen vereinbart."
    assert box.message.value == "Notiz der Fachkraft gespeichert."
    session.undo()
    assert box.text.value == "" and session.case.ifk_note is None


def test_the_ifk_note_gets_the_whole_guard() -> None:
    from beratungskit.ui.hints import hint_for

    assert "Profiling" in hint_for("Bandscheibenvorfall 2021, seitdem Depression.", "ifk")
    assert hint_for("Bandscheibenvorfall 2021, seitdem Depression.", "elb") == ""


def test_the_review_field_shows_the_latest_legal_date_and_says_so(store: CaseStore) -> None:
    from datetime import date

    from beratungskit.model import add_months
    from beratungskit.ui.plan_panel import PlanPanel

    session = Session(store, store.create("Sonnenblume"))
    panel = PlanPanel(session, make_pdf=False)
    latest = add_months(date.today(), 6)
    assert panel.review.value == latest  # shown in the field, not empty
    assert "spätestens am" in panel.review_note.value and "SGB\u00a0II, §\u00a015" in panel.review_note.value
    assert store.load(session.case.key).next_review is None  # shown, not silently stored
    panel.make()
    assert session.case.plan_on == date.today()  # the six months run from the plan
    panel.review_take.click()  # agreed together: now it is a chosen date
    assert store.load(session.case.key).next_review == latest
    assert panel.review_note.value == "Gemeinsam vereinbart." and panel.review_take.layout.display == "none"
    panel.review.value = date(2027, 1, 15)
    assert store.load(session.case.key).next_review == date(2027, 1, 15)
