"""Resource and relation forms, driven like a person would: set fields, click buttons.

Each test asserts on the case in memory *and* on the file in the store.
"""

from __future__ import annotations

import json

import ipywidgets as widgets
import pytest

from beratungskit.analysis.pseudonym import pseudonymise
from beratungskit.model import ELB_ID, Category, Direction, NamedBy, Origin, Strength
from beratungskit.store import CaseStore
from beratungskit.ui.feedback import Feedback
from beratungskit.ui.relation_form import RelationForm
from beratungskit.ui.resource_form import GROUP, OPEN, PERSON, ResourceForm
from beratungskit.ui.session import Session


def stored(store: CaseStore, key: str = "sonne") -> dict:
    return json.loads(store.path_for(key).read_text(encoding="utf-8"))


def _hint_after(hint: widgets.HTML, seconds: float, until: str) -> str:
    """The hint's value once ``until`` is in it, or after ``seconds`` (the pause runs in a timer)."""
    import time

    end = time.monotonic() + seconds
    while until not in hint.value and time.monotonic() < end:
        time.sleep(0.02)
    return hint.value


def test_only_the_label_is_needed(session: Session, store: CaseStore) -> None:
    form = ResourceForm(session)
    form.label.value = "Ich koche gern"
    form.save_button.click()
    (res,) = stored(store)["resources"]
    assert res["label"] == "Ich koche gern"
    # issue 11: nothing saved that nobody chose — origin, closeness and "who named it" stay open
    assert (res["origin"], res["closeness"], res["named_by"]) == (None, None, None)
    assert form.label.value == ""  # ready for the next one
    assert (form.origin.value, form.named_by.value) == ("open", "open")
    assert form.closeness.value is None  # nothing pressed: "noch offen" until someone chooses


def test_an_open_choice_shows_as_noch_offen_and_is_not_counted_as_own(
    session: Session, store: CaseStore
) -> None:
    from beratungskit.analysis.activation import sgb2_only_goals

    form = ResourceForm(session)
    assert form.origin.options[0] == ("noch offen", "open")  # the first button says so
    form.label.value = "Bibliothek"
    form.save_button.click()
    res = session.case.resources[0]
    form.edit(res.id)
    assert form.origin.value == "open" and form.closeness.value == "open" and form.named_by.value == "open"
    assert form.origin.label == "noch offen"
    # a goal on an SGB II resource while only an open-origin resource exists: nothing "own" to point to
    session.apply(lambda c: c.add_resource("Coaching", origin=Origin.FACHDIENST))
    will = session.apply(lambda c: c.add_will("Ich will arbeiten."))
    session.apply(lambda c: c.add_goal(will.id, "Stelle", resource_ids=[c.resources[1].id]))
    assert sgb2_only_goals(session.case) == []


def test_the_note_hint_knows_who_named_the_resource(session: Session) -> None:
    form = ResourceForm(session)
    form.note.value = "Ich bin Migrantin."
    hint = form.details.children[4]  # the hint under the note
    assert "Typisierung" in hint.value  # open: the whole guard
    form.named_by.value = NamedBy.ELB
    assert hint.value == ""  # the eLb's own words
    form.named_by.value = NamedBy.IFK
    assert "Typisierung" in hint.value


def test_all_fields_reach_the_file(session: Session, store: CaseStore) -> None:
    form = ResourceForm(session)
    form.label.value = "Jana"
    form.categories.buttons[Category.SOZIAL].click()
    form.origin.value = Origin.LEBENSUMFELD
    form.closeness.value = 1
    form.is_person.value = PERSON
    form.role.value = "Schwester"
    form.note.value = "Sie holt die Kinder ab."
    form.named_by.value = NamedBy.IFK
    form.save_button.click()
    (res,) = stored(store)["resources"]
    assert (res["category"], res["origin"], res["closeness"]) == ("sozial", "lebensumfeld", 1)
    assert (res["is_person"], res["role"], res["note"]) == (True, "Schwester", "Sie holt die Kinder ab.")
    assert res["named_by"] == "ifk"


def test_person_or_group_is_asked_openly_where_a_social_resource_is_added(
    session: Session, store: CaseStore
) -> None:
    """Issue 11, point 6: „Das ist eine Person“ was a tick hidden in „Mehr dazu“, and an unticked box
    was saved as "not a person". Now „Wer oder was ist das?“ stands under the category for „Sozial“,
    with nothing pre-selected; no answer is saved as None (shown as „noch offen“), never as False."""
    form = ResourceForm(session)
    assert form.person.widget.layout.display == "none"  # Persönlich: not asked
    form.categories.buttons[Category.SOZIAL].click()
    assert form.person.widget.layout.display != "none"
    assert form.more.value is False  # asked without opening „Mehr dazu“
    # nothing pressed is "noch offen" for a new one (no button for it: one row less before
    # „Festhalten“); a stored resource offers it to set an answer back (below)
    assert [label for label, _ in form.is_person.options] == ["eine Person", "eine Gruppe oder ein Ort"]
    assert form.is_person.value is None  # nothing pre-selected
    form.label.value = "Onkel Mehmet"
    form.save_button.click()
    assert stored(store)["resources"][0]["is_person"] is None
    assert form.is_person.value is None and form.role.value == ""  # the next one starts unanswered

    form.label.value = "Schwimmverein"
    form.is_person.value = GROUP
    form.save_button.click()
    form.label.value = "Jana"
    form.is_person.value = PERSON
    assert form.role_box.layout.display != "none"  # the role is asked with the answer „eine Person“
    form.role.value = "Schwester"
    form.save_button.click()
    form.label.value = "Tom"
    form.is_person.value = PERSON
    form.is_person.value = None  # chosen, and taken back
    form.save_button.click()
    saved = [(r["label"], r["is_person"], r["role"]) for r in stored(store)["resources"]]
    assert saved == [
        ("Onkel Mehmet", None, None),
        ("Schwimmverein", False, None),
        ("Jana", True, "Schwester"),
        ("Tom", None, None),
    ]
    # a stored open answer is shown as „noch offen“, a stored answer as itself
    uncle, club, jana, _tom = session.case.resources
    form.edit(uncle.id)
    assert form.is_person.value == OPEN and form.is_person.label == "noch offen"
    assert form.is_person.options[0] == ("noch offen", OPEN)
    form.edit(club.id)
    assert form.is_person.value == GROUP
    form.edit(jana.id)
    assert (form.is_person.value, form.role.value) == (PERSON, "Schwester")
    # another area does not ask; an answer chosen there before switching is not saved
    form.edit(None)
    form.label.value = "Fahrrad"
    form.is_person.value = PERSON
    form.categories.buttons[Category.MATERIELL].click()
    assert form.person.widget.layout.display == "none"
    form.save_button.click()
    assert stored(store)["resources"][-1]["is_person"] is None


def test_empty_label_is_explained_not_saved(session: Session, store: CaseStore) -> None:
    form = ResourceForm(session)
    form.label.value = "   "
    form.save_button.click()
    assert stored(store)["resources"] == []
    assert "Bitte" in form.error.value


def test_category_buttons_show_the_choice(session: Session) -> None:
    form = ResourceForm(session)
    form.categories.buttons[Category.INFRASTRUKTURELL].click()
    assert form.categories.value == Category.INFRASTRUKTURELL
    chosen = [c for c, b in form.categories.buttons.items() if "bk-chosen" in b._dom_classes]
    assert chosen == [Category.INFRASTRUKTURELL]
    assert all(b.description[0] in "★●■▲" for b in form.categories.buttons.values())


def test_edit_and_delete_selected_resource(session: Session, store: CaseStore) -> None:
    bike = session.apply(lambda case: case.add_resource("Fahrrad", category=Category.MATERIELL))
    form = ResourceForm(session)
    form.picker.value = bike.id  # chosen from the list (a click in the map calls edit() the same way)
    assert form.editing == bike.id and form.label.value == "Fahrrad"
    assert form.delete_button.layout.display != "none"
    form.label.value = "Fahrrad mit Korb"
    form.save_button.click()
    assert [r["label"] for r in stored(store)["resources"]] == ["Fahrrad mit Korb"]
    form.delete_button.click()
    assert stored(store)["resources"] == []
    assert form.editing is None
    session.undo()
    assert [r["label"] for r in stored(store)["resources"]] == ["Fahrrad mit Korb"]


def test_the_heading_says_which_resource_is_being_changed(session: Session, store: CaseStore) -> None:
    """„Fahrrad“ ändern, not a bare "Ändern": a screen reader reads the heading first (issue 13);
    it follows a new name once saved, and goes back to the question for a new one."""
    bike = session.apply(lambda case: case.add_resource("Fahrrad", category=Category.MATERIELL))
    form = ResourceForm(session)
    new_heading = form.heading.value
    form.picker.value = bike.id
    assert form.heading.value == "„Fahrrad“ ändern"
    form.label.value = "Fahrrad mit Korb"
    assert form.heading.value == "„Fahrrad“ ändern"  # what is saved, not what is being typed
    form.save_button.click()
    form.refresh()  # as the app does after every change of the case
    assert (form.editing, form.heading.value) == (bike.id, "„Fahrrad mit Korb“ ändern")
    form.picker.value = ""
    assert form.heading.value == new_heading


def test_a_change_made_elsewhere_is_shown_in_the_form_not_written_back(
    session: Session, store: CaseStore
) -> None:
    """Trial of session 16: while „Fahrrad“ stood in the form for changing, it was dragged into
    another ring (or „Rückgängig“ brought an older name back) — the form kept the old values, and
    „Änderung speichern“ wrote them back over the newer ones. Now the form shows what changed in the
    file, keeps what was typed in the other fields, and saves only what was changed in it."""
    bike = session.apply(lambda case: case.add_resource("Fahrrad", category=Category.MATERIELL, closeness=3))
    form = ResourceForm(session)
    form.edit(bike.id)
    form.note.value = "fährt damit zur Arbeit"  # typed, not saved yet
    session.apply(lambda case: case.update_resource(bike.id, closeness=1))  # dragged to ring 1
    form.refresh()  # as the app does after every change of the case
    assert form.closeness.value == 1
    assert form.note.value == "fährt damit zur Arbeit"
    form.save_button.click()
    (res,) = stored(store)["resources"]
    assert (res["closeness"], res["note"]) == (1, "fährt damit zur Arbeit")
    # „Rückgängig“ of a rename: the form shows the name as it is stored again
    form.label.value = "Fahrrad mit Korb"
    form.save_button.click()
    session.undo()
    form.refresh()
    assert form.label.value == "Fahrrad"
    assert stored(store)["resources"][0]["label"] == "Fahrrad"


def test_a_change_in_the_form_is_saved_when_the_next_resource_is_chosen(
    session: Session, store: CaseStore
) -> None:
    """Trial of session 16: a ring chosen in the form of „Kita“ was dropped without a word when the
    next resource was tapped on the map; every other change in the app is saved at once."""
    kita = session.apply(lambda case: case.add_resource("Kita", category=Category.INFRASTRUKTURELL))
    bike = session.apply(lambda case: case.add_resource("Fahrrad", category=Category.MATERIELL))
    form = ResourceForm(session)
    form.edit(kita.id)
    revision = session.case.revision
    form.edit(bike.id)
    form.edit(kita.id)  # looked at, nothing changed: nothing saved
    assert session.case.revision == revision
    form.save_button.click()  # „Änderung speichern“ without a change: nothing saved, and said so
    assert session.case.revision == revision
    assert form.feedback.last == "An „Kita“ hat sich nichts geändert."
    form.closeness.value = 1
    form.edit(bike.id)  # the next one tapped on the map
    assert {r["label"]: r["closeness"] for r in stored(store)["resources"]} == {"Kita": 1, "Fahrrad": None}
    assert (form.editing, form.label.value, form.closeness.value) == (bike.id, "Fahrrad", OPEN)
    form.closeness.value = 2
    form.new_button.click()  # „Fertig – etwas Neues aufschreiben“
    assert {r["label"]: r["closeness"] for r in stored(store)["resources"]} == {"Kita": 1, "Fahrrad": 2}
    assert form.label.value == ""


def test_stale_file_keeps_typed_input_and_offers_reload(session: Session, store: CaseStore) -> None:
    feedback = Feedback()
    form = ResourceForm(session, feedback)
    other = store.load("sonne")
    other.add_resource("Nachbarin")
    store.save(other)
    form.label.value = "Fahrrad"
    form.note.value = "Damit fahre ich zur Arbeit."
    form.save_button.click()
    assert feedback.stale_shown
    assert (form.label.value, form.note.value) == ("Fahrrad", "Damit fahre ich zur Arbeit.")
    assert [r["label"] for r in stored(store)["resources"]] == ["Nachbarin"]
    session.reload()
    form.save_button.click()
    assert [r["label"] for r in stored(store)["resources"]] == ["Nachbarin", "Fahrrad"]


def test_wording_hint_appears_while_typing_and_never_blocks(session: Session, store: CaseStore) -> None:
    pytest.importorskip("beratungskit.analysis.wording")
    form = ResourceForm(session)
    hints = [w for w in form.widget.children if "bk-hint" in getattr(w, "_dom_classes", ())]
    form.label.value = "Hat Defizite beim Lesen"
    # a label has no full stop: its hint comes after the pause in typing (round 28)
    assert any("Defizite" in _hint_after(h, 5.0, "Defizite") for h in hints)
    form.save_button.click()
    assert [r["label"] for r in stored(store)["resources"]] == ["Hat Defizite beim Lesen"]


def test_hint_escapes_user_text(session: Session) -> None:
    pytest.importorskip("beratungskit.analysis.wording")
    form = ResourceForm(session)
    hints = [w for w in form.widget.children if "bk-hint" in getattr(w, "_dom_classes", ())]
    form.label.value = "<b>Defizite</b>"
    assert all("<b>" not in h.value for h in hints)


def test_connect_with_strength_and_direction(session: Session, store: CaseStore) -> None:
    jana = session.apply(lambda case: case.add_resource("Jana", category=Category.SOZIAL))
    form = RelationForm(session)
    form.first.value = jana.id
    form.second.value = ELB_ID
    form.strength.value = Strength.STARK
    form.direction.value = Direction.GIBT  # Jana supports the eLb
    form.save_button.click()
    (rel,) = stored(store)["relations"]
    assert (rel["source"], rel["target"], rel["strength"], rel["direction"]) == (
        jana.id,
        ELB_ID,
        "stark",
        "gibt",
    )


def test_choosing_connected_ends_edits_that_line(session: Session, store: CaseStore) -> None:
    jana = session.apply(lambda case: case.add_resource("Jana"))
    session.apply(lambda case: case.connect(ELB_ID, jana.id, direction=Direction.BEKOMMT))
    form = RelationForm(session)
    form.choose(jana.id)  # clicks in the map: first Jana, then the eLb
    form.choose(ELB_ID)
    assert form.direction.value == Direction.GIBT  # same fact, read from Jana's side
    assert form.remove_button.layout.display != "none"
    form.strength.value = Strength.SCHWACH
    form.save_button.click()
    (rel,) = stored(store)["relations"]
    assert (rel["source"], rel["direction"], rel["strength"]) == (ELB_ID, "bekommt", "schwach")
    form.remove_button.click()
    assert stored(store)["relations"] == []


def test_same_end_twice_is_explained(session: Session, store: CaseStore) -> None:
    form = RelationForm(session)
    form.first.value = ELB_ID
    form.second.value = ELB_ID
    form.save_button.click()
    assert form.error.value
    assert stored(store)["relations"] == []


def test_lists_follow_the_case(session: Session) -> None:
    form = ResourceForm(session)
    rel = RelationForm(session)
    session.apply(lambda case: case.add_resource("Fahrrad"))
    assert any("Fahrrad" in label for label, _ in form.picker.options)
    assert any("Fahrrad" in label for label, _ in rel.second.options)


def test_direction_is_said_with_the_chosen_names(session: Session) -> None:
    jana = session.apply(lambda case: case.add_resource("Jana"))
    form = RelationForm(session)
    form.first.value = jana.id
    form.second.value = ELB_ID
    labels = dict((value, label) for label, value in form.direction.options)
    assert labels[Direction.GIBT] == "Jana hilft Ihnen"
    assert labels[Direction.BEKOMMT] == "Sie helfen Jana"


NOTE = "Sie holt die Kinder dienstags von der Kita ab."


def shared_notes(store: CaseStore) -> list[str | None]:
    """Notes as the pseudonymised case-conference copy carries them."""
    return [r.note for r in pseudonymise(store.load("sonne")).resources]


def test_note_reaches_the_conference_only_with_the_yes(session: Session, store: CaseStore) -> None:
    sister = session.apply(
        lambda case: case.add_resource("Jana", is_person=True, role="Schwester", note=NOTE)
    )
    form = ResourceForm(session)
    box = form.note_shareable
    assert "ohne Namen" in box.description and "Fallbesprechung" in box.description
    assert box in form.details.children  # next to the note, in "Mehr dazu"
    form.picker.value = sister.id
    assert box.value is False
    assert shared_notes(store) == [None]

    box.value = True  # saved at once, without "Änderungen speichern"
    assert stored(store)["resources"][0]["shareable"] is True
    assert shared_notes(store) == [NOTE]
    assert [r.label for r in pseudonymise(store.load("sonne")).resources] == ["Schwester"]  # no name

    box.value = False
    assert stored(store)["resources"][0]["shareable"] is False
    assert shared_notes(store) == [None]

    session.undo()  # "Rückgängig": the yes is back, and the box shows it
    assert stored(store)["resources"][0]["shareable"] is True
    assert box.value is True


def test_new_resource_takes_the_yes_along(session: Session, store: CaseStore) -> None:
    form = ResourceForm(session)
    form.label.value = "Kleingarten"
    form.note.value = "Dort ist sie gern am Wochenende."
    form.note_shareable.value = True
    assert stored(store)["resources"] == []  # nothing is saved before "Hinzufügen"
    form.save_button.click()
    (res,) = stored(store)["resources"]
    assert res["shareable"] is True
    assert form.note_shareable.value is False  # the next resource starts without a yes


def test_choosing_another_resource_shows_its_own_answer(session: Session, store: CaseStore) -> None:
    shared = session.apply(lambda case: case.add_resource("Fahrrad", note="steht im Keller", shareable=True))
    private = session.apply(lambda case: case.add_resource("Kleingarten", note="gehört der Tante"))
    form = ResourceForm(session)
    form.picker.value = shared.id
    assert form.note_shareable.value is True
    form.picker.value = private.id
    assert form.note_shareable.value is False
    # showing a stored answer saves nothing
    assert [r["shareable"] for r in stored(store)["resources"]] == [True, False]
    # only the two additions can be taken back: looking at a resource changed nothing
    assert session.undo() and session.undo() and not session.can_undo


def test_a_partner_typed_by_hand_that_is_on_the_map_says_so(session: Session, store: CaseStore) -> None:
    """Issue 11: the form says what the directory says when its name names a partner on the map
    („Die Stadtbibliothek (Beispiel)“ typed, „Stadtbibliothek (Beispiel)“ from the directory) and
    adds nothing; a thing named twice (a second bike) is no partner and is added."""
    from beratungskit.ui.partners import PartnerPanel

    PartnerPanel(session).add_buttons["bibliothek"].click()
    form = ResourceForm(session)
    form.categories.value = Category.INFRASTRUKTURELL
    form.label.value = "Die Stadtbibliothek (Beispiel)"
    form.save_button.click()
    assert len(stored(store)["resources"]) == 1
    assert (
        form.error.value
        == "„Stadtbibliothek (Beispiel)“ ist schon auf der Karte – es wird nicht noch einmal hinzugefügt."
    )
    assert form.label.value == "Die Stadtbibliothek (Beispiel)"  # the typed name stays to change
    form.categories.value = Category.MATERIELL
    for _ in range(2):
        form.label.value = "Fahrrad"
        form.save_button.click()
    assert [r["label"] for r in stored(store)["resources"]].count("Fahrrad") == 2


# --- trial 15: adding a resource costs less -------------------------------------------------------


def press_enter(field: object) -> None:
    """What the page sends when Enter is pressed in an ipywidgets text field."""
    field._handle_custom_msg({"event": "submit"}, [])  # type: ignore[attr-defined]


def test_enter_in_was_ist_es_saves_like_the_button(session: Session, store: CaseStore) -> None:
    """Trial 15: Enter in „Was ist es?“ did nothing. It saves, as „Festhalten“ does; an empty
    field is explained and nothing is saved."""
    form = ResourceForm(session)
    saved: list[bool] = []
    form.on_saved(saved.append)
    press_enter(form.label)
    assert stored(store)["resources"] == [] and "Bitte" in form.error.value and saved == []
    form.label.value = "Nachbarin Frau Yilmaz"
    form.categories.value = Category.SOZIAL
    press_enter(form.label)
    assert [(r["label"], r["category"]) for r in stored(store)["resources"]] == [
        ("Nachbarin Frau Yilmaz", "sozial")
    ]
    assert saved == [True] and form.label.value == "" and form.error.value == ""


def test_after_a_save_the_details_close_and_the_form_is_empty(session: Session, store: CaseStore) -> None:
    """Trial 15: „Mehr dazu“ stayed open after a save and pushed „Festhalten“ further down. After
    an add it closes and the form is empty for the next resource (the chosen area stays)."""
    form = ResourceForm(session)
    form.more.value = True
    form.label.value = "Fahrrad"
    form.categories.value = Category.MATERIELL
    form.closeness.value = 1
    form.note.value = "fährt gut"
    form.save_button.click()
    (res,) = stored(store)["resources"]
    assert (res["closeness"], res["note"]) == (1, "fährt gut")
    assert form.more.value is False and form.details_box.layout.display == "none"
    assert (form.label.value, form.closeness.value, form.note.value) == ("", None, "")
    assert form.categories.value is Category.MATERIELL


def test_festhalten_and_mehr_dazu_share_a_line_above_the_details(session: Session) -> None:
    """The button comes before the details: opening „Mehr dazu“ never pushes it down."""
    form = ResourceForm(session)
    parts = list(form.widget.children)
    assert form.save_button in form.buttons.children and form.more in form.buttons.children
    assert parts.index(form.buttons) < parts.index(form.details_box)
    assert form.more not in parts  # not on a line of its own above the button


def test_after_an_add_the_keyboard_goes_back_to_was_ist_es(session: Session) -> None:
    from beratungskit.ui.map_tab import MapTab

    feedback = Feedback()
    tab = MapTab(session, feedback, map=widgets.Label("Karte"))
    tab.show(True)
    tab.resource_form.label.value = "Geduld"
    press_enter(tab.resource_form.label)
    assert [r.label for r in session.case.resources] == ["Geduld"]
    assert feedback.focused == ".bk-resource-form .bk-label-input input"


def test_the_ring_is_asked_with_the_category_before_festhalten(session: Session, store: CaseStore) -> None:
    """Trial 16: „Wie nah ist es Ihnen?“ stood in „Mehr dazu“, below the fold — two clicks and a
    scroll for each resource, and half of them never got a ring. It is asked in the form itself now,
    before „Festhalten“, for every area, and a ring chosen there is saved without opening the details."""
    form = ResourceForm(session)
    children = list(form.widget.children)
    assert form.closeness in children  # not in „Mehr dazu“
    assert children.index(form.closeness) < children.index(form.buttons)  # before „Festhalten“
    assert [value for _text, value in form.closeness.options] == [1, 2, 3]  # nothing pressed: open
    assert [text for text, _ in form.closeness.options] == ["ganz nah", "mittel nah", "weiter weg"]
    form.label.value = "Fahrrad"
    form.closeness.value = 2
    form.save_button.click()
    assert form.more.value is False and form.details_box.children == ()  # the details never made
    assert [(r["label"], r["closeness"]) for r in stored(store)["resources"]] == [("Fahrrad", 2)]
    assert form.closeness.value is None  # the next resource starts open again
    form.edit(session.case.resources[0].id)
    assert (form.closeness.value, [v for _t, v in form.closeness.options]) == (2, ["open", 1, 2, 3])
    form.closeness.value = "open"  # set back to open
    form.save_button.click()
    assert stored(store)["resources"][0]["closeness"] is None


def test_a_sentence_half_typed_brings_no_hint_and_a_pause_reads_the_whole_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Round 28: the hint follows each keystroke; „Ich will wieder i“ — on its way to „in einer
    Werkstatt“ — made the guard's model see a thought of self-harm, and the crisis line flashed up under
    an everyday wish. While a sentence is typed the hint reads the sentences before it; after a pause
    the whole text, so a note without a full stop still gets its hint."""
    pytest.importorskip("beratungskit.analysis.wording")
    from beratungskit.ui import hints

    monkeypatch.setattr(hints, "PAUSE", 0.3)
    will = widgets.Textarea()
    hint = hints.wording_hint(will, writer="elb")
    will.value = "Ich will wieder i"
    assert hint.value == ""  # at once: the unfinished sentence is not read
    will.value = "Ich will wieder in einer Werkstatt arbeiten."
    assert hint.value == ""
    assert _hint_after(hint, 1.0, "Telefonseelsorge") == ""  # the pause of the half word came to nothing

    note = widgets.Textarea()
    ifk_hint = hints.wording_hint(note, writer="ifk")
    note.value = "Kd. ist unmotiviert"
    assert ifk_hint.value == ""  # the sentence is still being typed
    assert "„unmotiviert“" in _hint_after(ifk_hint, 5.0, "unmotiviert")  # after the pause: read whole
    note.value = "Kd. ist unmotiviert. Kommt aber"
    assert "„unmotiviert“" in ifk_hint.value  # a finished sentence keeps its hint while typing goes on

    will.value = "nicht mehr leben wolle"
    will.value = "Ich will in einer Bäckerei arbeiten"  # typed over before the pause ends
    assert "Telefonseelsorge" not in _hint_after(hint, 1.0, "Telefonseelsorge")
    will.value = "ich will nicht mehr aufwachen"
    assert "Telefonseelsorge" in _hint_after(hint, 5.0, "Telefonseelsorge")
