"""The "Wille & Ziele" tab without a browser: real widgets, a real store in a temp folder, real map."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import ipywidgets as widgets
import pytest

from beratungskit.model import ELB_ID, ORIGIN_ORDER, Case, Category, Origin, Owner, StepStatus
from beratungskit.render.conference import conference_html
from beratungskit.store import CaseStore
from beratungskit.ui.app import SessionApp
from beratungskit.ui.feedback import Feedback
from beratungskit.ui.goals_panel import GoalsPanel
from beratungskit.ui.session import Session

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> & „Ich will“'


def walk(widget: widgets.Widget) -> Iterator[widgets.Widget]:
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def shown(widget: widgets.Widget) -> bool:
    return bool(widget.layout.display != "none")


def open_panel(store: CaseStore, case: Case) -> GoalsPanel:
    store.save(case)
    return GoalsPanel(Session(store, case), Feedback(), make_pdf=False)


@pytest.fixture
def demo(store: CaseStore, demo_case: Case) -> GoalsPanel:
    return open_panel(store, demo_case)


@pytest.fixture
def fresh(store: CaseStore) -> GoalsPanel:
    return GoalsPanel(Session(store, store.create("Sonnenblume", key="sonne")), Feedback(), make_pdf=False)


def mixed_case() -> Case:
    """A goal whose resources were linked in the 'wrong' order: SGB II first, own strength last."""
    case = Case.new("Lale", key="lale")
    fach = case.add_resource(
        "Bewerbungscoaching", origin=Origin.FACHDIENST, category=Category.INFRASTRUKTURELL
    )
    raum = case.add_resource("Stadtteiltreff", origin=Origin.SOZIALRAUM, category=Category.SOZIAL)
    umfeld = case.add_resource("Onkel", origin=Origin.LEBENSUMFELD, is_person=True, role="Onkel")
    eigen = case.add_resource("Ich kann gut zuhören", origin=Origin.EIGEN)
    will = case.add_will("Ich will mit Menschen arbeiten.")
    case.add_goal(
        will.id, "Ein Praktikum in der Pflege", resource_ids=[fach.id, raum.id, umfeld.id, eigen.id]
    )
    return case


# --- 1. will and wishes ---------------------------------------------------------------------------


def test_will_is_kept_verbatim(fresh: GoalsPanel, store: CaseStore) -> None:
    words = "ich will  wieder in der Backstube stehen – um 4 Uhr früh!!"
    fresh.will.text.value = words
    fresh.will.add_button.click()
    assert [w.text for w in store.load("sonne").wills] == [words]
    assert fresh.will.text.value == ""  # ready for the next one
    items = [w for w in walk(fresh.will.wills_box) if "bk-will-item" in getattr(w, "_dom_classes", ())]
    assert [c.value for c in items] == [f"„{words}“"]


def test_empty_will_is_not_saved_and_says_why(fresh: GoalsPanel, store: CaseStore) -> None:
    fresh.will.text.value = "   "
    fresh.will.add_button.click()
    assert store.load("sonne").wills == ()
    assert "schreiben Sie" in fresh.will.error.value


def test_wish_can_be_promoted_to_a_will(fresh: GoalsPanel, store: CaseStore) -> None:
    fresh.will.wish_text.value = "Irgendwann ein eigenes Café"
    fresh.will.wish_button.click()
    wish_id = store.load("sonne").wishes[0].id
    assert store.load("sonne").wills == ()
    fresh.will.promote_buttons[wish_id].click()
    stored = store.load("sonne")
    assert [(w.text, w.from_wish) for w in stored.wills] == [("Irgendwann ein eigenes Café", wish_id)]
    assert [w.text for w in stored.wishes] == ["Irgendwann ein eigenes Café"]  # the wish stays
    assert wish_id not in fresh.will.promote_buttons  # promoted once, then marked
    texts = [w.value for w in walk(fresh.will.wishes_box) if isinstance(w, widgets.Label)]
    assert "✓ ist jetzt ein Wille" in texts


# --- 2. goals ---------------------------------------------------------------------------------------


def test_goal_is_linked_to_will_and_resources_and_highlighted(fresh: GoalsPanel, store: CaseStore) -> None:
    session = fresh.session
    bike = session.apply(lambda c: c.add_resource("Fahrrad", category=Category.MATERIELL))
    sister = session.apply(lambda c: c.add_resource("Jana", is_person=True, role="Schwester"))
    session.apply(lambda c: c.add_resource("Buslinie 11"))
    fresh.will.text.value = "Ich will wieder arbeiten."
    fresh.will.add_button.click()
    assert fresh.map is not None

    fresh.show_section("goals")
    fresh.goals.new_button.click()
    assert fresh.goals.editor_open and shown(fresh.goals.editor)
    fresh.goals.text.value = "Eine Stelle in der Frühschicht"
    fresh.goals.ticks[bike.id].value = True
    fresh.map.selected = sister.id  # a tap in the live map while the goal is edited
    assert fresh.goals.ticks[sister.id].value is True
    assert fresh.map.selected == ""  # ready for a second tap
    assert fresh.map.highlighted == {bike.id, sister.id}  # the map follows the ticks while editing
    fresh.goals.confidence.value = 7
    fresh.goals.confidence_next.value = "Wenn die Kita früher aufmacht."
    fresh.goals.save_button.click()

    goal = store.load("sonne").goals[0]
    assert goal.will_id == store.load("sonne").wills[0].id
    assert set(goal.resource_ids) == {bike.id, sister.id}
    assert (goal.confidence, goal.confidence_next) == (7, "Wenn die Kita früher aufmacht.")
    assert fresh.goals.goal_id == goal.id and not fresh.goals.editor_open
    assert fresh.map.highlighted == {bike.id, sister.id}

    fresh.goals.picker.value = ""  # no goal chosen: nothing is highlighted
    assert fresh.map.highlighted == frozenset()
    fresh.goals.picker.value = goal.id
    assert fresh.map.highlighted == {bike.id, sister.id}


def test_goal_needs_a_will_first(fresh: GoalsPanel) -> None:
    fresh.show_section("goals")
    assert fresh.goals.new_button.disabled
    assert shown(fresh.goals.need_will)


def test_confidence_offers_the_whole_0_to_10_scale(demo: GoalsPanel) -> None:
    assert [v for _l, v in demo.goals.confidence.options] == list(range(11))
    demo.show_section("goals")
    demo.show_section("steps")
    demo.goals.picker.value = "z1"
    demo.goals.edit_button.click()
    assert demo.goals.confidence.value == 6  # the stored answer, ready to change


# --- 3. steps ---------------------------------------------------------------------------------------


def test_drafts_are_shown_in_origin_order(store: CaseStore) -> None:
    panel = open_panel(store, mixed_case())
    panel.show_section("steps")
    panel.goals.picker.value = "z1"
    origins = [card.draft.origin for card in panel.steps.cards]
    assert origins == list(ORIGIN_ORDER)
    assert "ich " in panel.steps.cards[0].text.value.casefold()  # first person, whatever the frame


def test_nothing_is_added_without_confirmation(store: CaseStore) -> None:
    panel = open_panel(store, mixed_case())
    before = store.path_for("lale").read_bytes()
    panel.goals.picker.value = "z1"
    panel.show_section("steps")
    panel.steps.cards[1].rewrite_button.click()
    panel.steps.cards[1].rewrite.value = "Ich frage meinen Onkel nach seiner Pflegestation."
    assert store.path_for("lale").read_bytes() == before
    assert store.load("lale").steps == ()


def test_an_open_draft_is_finished_before_it_is_kept(store: CaseStore) -> None:
    panel = open_panel(store, mixed_case())
    panel.show_section("steps")
    panel.goals.picker.value = "z1"
    card = next(c for c in panel.steps.cards if not c.draft.complete)
    assert card.take_button.description == "Zu Ende schreiben"
    card.take_button.click()
    assert store.load("lale").steps == ()  # nothing kept yet
    assert card.rewrite_box.layout.display == "flex"
    # trial 15: the box holds the draft's words without the „…“ (nothing to delete by hand), and
    # the keyboard goes into this card's box
    assert card.rewrite.value == card.draft.text.removesuffix("…")
    assert not card.rewrite.value.rstrip().endswith("…") and card.rewrite.value.endswith(" ")
    assert panel.steps.feedback.focused == f".{card.css_class} .bk-draft-rewrite-input textarea"
    # the words alone are still half a sentence: refused, nothing kept
    card.save_button.click()
    assert store.load("lale").steps == () and card.error.value
    finished = card.rewrite.value + "er Zeit hat."
    card.rewrite.value = finished
    card.save_button.click()
    assert [s.text for s in store.load("lale").steps] == [finished]


def test_take_confirms_the_draft_as_it_is(store: CaseStore) -> None:
    import dataclasses

    panel = open_panel(store, mixed_case())
    panel.show_section("steps")
    panel.goals.picker.value = "z1"
    card = panel.steps.cards[0]
    card.draft = dataclasses.replace(card.draft, text="Ich rufe heute noch an.")  # a whole sentence
    panel.steps.take(card)
    steps = store.load("lale").steps
    assert [(s.text, s.owner, s.resource_ids) for s in steps] == [
        (card.draft.text, Owner.ELB, tuple(card.draft.resource_ids))
    ]
    assert card not in panel.steps.cards  # its resource now has a step


def test_rewrite_keeps_the_elb_words(store: CaseStore) -> None:
    panel = open_panel(store, mixed_case())
    panel.show_section("steps")
    panel.goals.picker.value = "z1"
    card = panel.steps.cards[1]
    card.rewrite_button.click()
    assert shown(card.rewrite_box) and not shown(card.buttons)
    card.rewrite.value = "Ich frage meinen Onkel, wie er in die Pflege kam."
    card.save_button.click()
    steps = store.load("lale").steps
    assert [s.text for s in steps] == ["Ich frage meinen Onkel, wie er in die Pflege kam."]
    assert steps[0].resource_ids == tuple(card.draft.resource_ids)


def test_discard_stores_nothing_and_hides_the_draft(store: CaseStore) -> None:
    panel = open_panel(store, mixed_case())
    panel.show_section("steps")
    panel.goals.picker.value = "z1"
    card = panel.steps.cards[0]
    before = store.path_for("lale").read_bytes()
    card.discard_button.click()
    assert store.path_for("lale").read_bytes() == before
    assert card.draft not in [c.draft for c in panel.steps.cards]
    panel.session.apply(lambda c: c.add_resource("Neu"))  # any later change keeps it aside
    assert card.draft not in [c.draft for c in panel.steps.cards]
    assert len(panel.steps.cards) == 3


def test_ifk_step_asks_first_and_needs_a_choice(demo: GoalsPanel, store: CaseStore) -> None:
    demo.show_section("steps")
    demo.goals.picker.value = "z1"
    steps = demo.steps
    n = len(store.load("demo-mira").steps)
    steps.step_text.value = "Das Jobcenter sucht passende Bäckereien heraus."
    steps.owner.value = Owner.IFK
    steps.add_button.click()
    assert len(store.load("demo-mira").steps) == n  # not added yet
    assert shown(steps.ifk_box) and not shown(steps.add_button)
    assert steps.widget.children == (steps.ifk_box,)  # the question comes first, nothing else to do
    choices = (steps.ifk_self, steps.ifk_split, steps.ifk_keep, steps.ifk_back)
    assert all(shown(b) for b in choices)  # hiding "Schritt festhalten" hides nothing else
    assert steps.ifk_question.value == "Was davon können Sie selbst tun?"

    steps.ifk_split.click()  # splitting needs the eLb's own part
    assert len(store.load("demo-mira").steps) == n
    assert steps.ifk_error.value

    steps.ifk_own_part.value = "Ich schaue selbst in der Stadtbibliothek nach Bäckereien."
    steps.ifk_split.click()
    added = store.load("demo-mira").steps[n:]
    assert [(s.text, s.owner) for s in added] == [
        ("Ich schaue selbst in der Stadtbibliothek nach Bäckereien.", Owner.ELB),
        ("Das Jobcenter sucht passende Bäckereien heraus.", Owner.IFK),
    ]
    assert not shown(steps.ifk_box) and steps.step_text.value == ""
    assert steps.widget.children == (steps.goal_body,)


@pytest.mark.parametrize(("choice", "owner"), [("self", Owner.ELB), ("keep", Owner.IFK)])
def test_ifk_choice_self_or_keep(demo: GoalsPanel, store: CaseStore, choice: str, owner: Owner) -> None:
    demo.show_section("steps")
    demo.goals.picker.value = "z1"
    demo.steps.step_text.value = "Bei der Bäckerei anrufen."
    demo.steps.owner.value = Owner.IFK
    demo.steps.add_button.click()
    {"self": demo.steps.ifk_self, "keep": demo.steps.ifk_keep}[choice].click()
    last = store.load("demo-mira").steps[-1]
    assert (last.text, last.owner) == ("Bei der Bäckerei anrufen.", owner)


def test_partner_step_does_not_ask(demo: GoalsPanel, store: CaseStore) -> None:
    demo.show_section("steps")
    demo.goals.picker.value = "z1"
    demo.steps.step_text.value = "Die Kita sagt, ob es ab 6 Uhr geht."
    demo.steps.owner.value = Owner.NETZWERKPARTNER
    demo.steps.helper.value = "Kita Sonnenhof"
    demo.steps.add_button.click()
    last = store.load("demo-mira").steps[-1]
    assert (last.owner, last.helper) == (Owner.NETZWERKPARTNER, "Kita Sonnenhof")
    assert not shown(demo.steps.ifk_box)


def test_status_buttons_change_a_confirmed_step(demo: GoalsPanel, store: CaseStore) -> None:
    demo.show_section("steps")
    demo.goals.picker.value = "z1"
    row = demo.steps.confirmed_box.children[0]
    done = next(
        w for w in walk(row) if isinstance(w, widgets.Button) and "bk-step-to-erledigt" in w._dom_classes
    )
    done.click()
    assert store.load("demo-mira").steps[0].status is StepStatus.ERLEDIGT


# --- activation ---------------------------------------------------------------------------------


def test_activation_share_text_updates(demo: GoalsPanel) -> None:
    assert demo.activation.text.value == "3 von 4 Schritten gehen Sie selbst."
    demo.show_section("steps")
    demo.goals.picker.value = "z1"
    demo.steps.step_text.value = "Das Jobcenter prüft die Fahrtkosten."
    demo.steps.owner.value = Owner.IFK
    demo.steps.add_button.click()
    demo.steps.ifk_keep.click()
    assert demo.activation.text.value == "3 von 5 Schritten gehen Sie selbst."
    assert "width:60%" in demo.activation.bar.value


def test_the_counts_stand_once_there_is_a_step(fresh: GoalsPanel) -> None:
    """Trial of session 16: with no step yet, „Wer macht die Schritte?“, an empty bar and 0 / 0 / 0
    stood first in the tab and pushed „1 Wille“ and the will just saved below the window."""
    strip = fresh.activation
    assert strip.head.layout.display == "none"
    will = fresh.session.apply(lambda c: c.add_will("Ich will wieder nähen."))
    goal = fresh.session.apply(lambda c: c.add_goal(will.id, "Eine Teilzeitstelle"))
    fresh.session.apply(lambda c: c.add_step(goal.id, "Ich frage in der Schneiderei nach."))
    strip.refresh()  # as the app does after every change of the case
    assert strip.head.layout.display != "none"
    assert strip.text.value == "1 von 1 Schritten gehen Sie selbst."


def test_ifk_majority_hint(demo: GoalsPanel) -> None:
    for _ in range(3):
        demo.session.apply(lambda c: c.add_step("z1", "Das Jobcenter klärt etwas.", owner=Owner.IFK))
    hints = [h.value for h in demo.activation.hints.children]
    assert any("mehr Schritte" in h for h in hints)


def test_sgb2_only_hint(store: CaseStore) -> None:
    case = Case.new("Kai", key="kai")
    coaching = case.add_resource("Bewerbungscoaching", origin=Origin.FACHDIENST)
    case.add_resource("Ich koche gern", origin=Origin.EIGEN)
    will = case.add_will("Ich will in eine Küche.")
    case.add_goal(will.id, "Ausbildung als Koch", resource_ids=[coaching.id])
    panel = open_panel(store, case)
    hints = [h.value for h in panel.activation.hints.children]
    assert len(hints) == 1 and "Ausbildung als Koch" in hints[0] and "Ich koche gern" in hints[0]
    # linking an own resource to the goal ends the hint
    panel.session.apply(lambda c: c.update("goals", "z1", resource_ids=[coaching.id, "r2"]))
    assert panel.activation.hints.children == ()


# --- referral -----------------------------------------------------------------------------------


def test_referral_records_only_institution_and_topic(fresh: GoalsPanel, store: CaseStore) -> None:
    panel = fresh.referral
    free_text = [w for w in walk(panel.widget) if isinstance(w, (widgets.Text, widgets.Textarea))]
    assert free_text == []
    assert "Dafür gibt es Stellen, die genau dafür da sind." in " ".join(
        w.value for w in walk(panel.widget) if isinstance(w, widgets.Label)
    )
    panel.add_button.click()
    assert store.load("sonne").referrals == () and panel.error.value
    panel.partner.value = "suchtberatung"
    assert panel.topic.value.value == "sucht"  # preset from the directory
    panel.add_button.click()
    (ref,) = store.load("sonne").referrals
    assert set(ref.model_dump()) == {"id", "institution", "institution_kind", "topic", "on"}
    assert ref.institution_kind == "suchtberatung"


# --- plan ---------------------------------------------------------------------------------------


def test_plan_is_written_next_to_the_store_and_shown(demo: GoalsPanel, store: CaseStore) -> None:
    demo.show_section("plan")
    paths = demo.plan.make()
    plan = store.folder / "ausdrucke" / "demo-mira-plan.html"
    fest = store.folder / "ausdrucke" / "demo-mira-festgehalten.html"
    assert paths == [plan, fest]
    text = plan.read_text(encoding="utf-8")
    case = demo.session.case
    assert html.escape(case.goals[0].text) in text
    for step in case.steps:
        assert html.escape(step.text) in text
    assert "Was über mich festgehalten ist" in fest.read_text(encoding="utf-8")
    assert demo.left.children == (demo.plan.preview,)  # the preview takes the map's place
    assert '<iframe title="Vorschau: Kooperationsplan" sandbox=""' in demo.plan.preview.value
    assert store.list()[0].key == "demo-mira" and store.problems() == []  # the folder is no case
    # two large buttons open the plan to print and the sheet (trial 16: only grey file names and the
    # folder's path on the server stood there); without a PDF the plan's HTML is opened
    anchor = r'<a class="bk-printout-button ([\w-]+)" href="([^"]+)"[^>]*>([^<]+)</a>'
    links = re.findall(anchor, demo.plan.open_links.value)
    assert [(cls, href.rsplit("/", 1)[-1], text) for cls, href, text in links] == [
        ("bk-open-plan", "demo-mira-plan.html", "🖨 Plan öffnen und drucken"),
        ("bk-open-fest", "demo-mira-festgehalten.html", "„Was über mich festgehalten ist“ öffnen"),
    ]


def test_review_date_is_saved_and_undone(demo: GoalsPanel, store: CaseStore) -> None:
    from datetime import date

    demo.show_section("plan")
    demo.plan.review.value = date(2027, 1, 15)
    assert store.load("demo-mira").next_review == date(2027, 1, 15)
    demo.session.undo()
    assert demo.plan.review.value == date(2027, 5, 20)


# --- safety ------------------------------------------------------------------------------------


def test_hostile_text_is_shown_as_text(fresh: GoalsPanel, store: CaseStore) -> None:
    fresh.will.text.value = HOSTILE
    fresh.will.add_button.click()
    fresh.will.wish_text.value = HOSTILE
    fresh.will.wish_button.click()
    fresh.show_section("goals")
    fresh.goals.new_button.click()
    fresh.goals.text.value = HOSTILE[:120]
    fresh.goals.save_button.click()
    fresh.show_section("steps")
    fresh.steps.step_text.value = HOSTILE
    fresh.steps.add_button.click()
    fresh.show_section("plan")
    fresh.plan.make()
    case = store.load("sonne")
    assert case.wills[0].text == HOSTILE and len(case.steps) == 1
    every = [
        w
        for part in (
            fresh.widget,
            fresh.will.widget,
            fresh.goals.widget,
            fresh.steps.widget,
            fresh.plan.widget,
        )
        for w in walk(part)
    ]
    labels = [w.value for w in every if isinstance(w, widgets.Label)]
    assert f"„{HOSTILE}“" in labels  # the eLb sees exactly what was typed
    assert HOSTILE in labels  # the wish and the step, as text
    html_values = [w.value for w in every if isinstance(w, widgets.HTML)]
    assert not any("<img src=x" in v or "<script>alert" in v for v in html_values)
    frame = fresh.plan.preview.value
    # the whole plan is one escaped attribute: no tag of it (nor of the eLb's text) is live markup
    assert frame.count("<") == 2 and "<img" not in frame and "<script" not in frame
    assert html.escape(html.escape("<img src=x"), quote=True) in frame


# --- in the app ----------------------------------------------------------------------------------


def test_goals_tab_is_made_with_its_map_when_it_opens(store: CaseStore) -> None:
    app = SessionApp(store)
    app.picker.alias.value = "Sonnenblume"
    app.picker.create_button.click()
    index = list(app.tabs.titles).index("Wille & Ziele")
    assert app.panel_of(GoalsPanel) is None  # not opened yet: one map in the page, not two
    app.tabs.selected_index = index
    panel = app.panel_of(GoalsPanel)
    assert panel is not None and panel.map is not None
    panel.will.text.value = "Ich will Fahrrad fahren."
    panel.will.add_button.click()
    assert "Gespeichert ✓" in app.status.text
    app.undo()
    assert panel.will.wills_box.children[0].value == "Noch nichts festgehalten."


# --- the eLb's yes to the case conference ---------------------------------------------------------


def conference_case() -> Case:
    case = Case.new("Lale", key="lale")
    oven = case.add_resource("Ich backe gern", origin=Origin.EIGEN)
    will = case.add_will("Ich will wieder in einer Backstube stehen.")
    goal = case.add_goal(will.id, "Ein Praktikum in der Bäckerei am Markt", resource_ids=[oven.id])
    case.add_step(goal.id, "Ich frage in der Bäckerei nach einem Probetag.", resource_ids=[oven.id])
    return case


def test_conference_box_says_names_stay_out_and_the_elb_decides(store: CaseStore) -> None:
    panel = open_panel(store, conference_case())
    panel.show_section("steps")
    panel.goals.picker.value = panel.session.case.goals[0].id
    boxes = [
        *panel.will.conference_boxes.values(),
        panel.goals.conference_box,
        *panel.steps.conference_boxes.values(),
    ]
    assert len(boxes) == 3
    for box in boxes:
        assert isinstance(box, widgets.Checkbox) and box.value is False  # nothing is shared unasked
        assert "ohne Namen" in box.description and "Fallbesprechung" in box.description
    help_texts = [w.value for w in walk(panel.widget) if isinstance(w, widgets.Label)]
    assert any("Sie entscheiden" in text and "Namen" in text for text in help_texts)


@pytest.mark.parametrize("kind", ["wills", "goals", "steps"])
def test_ticked_words_reach_the_conference_and_unticked_leave_it(store: CaseStore, kind: str) -> None:
    panel = open_panel(store, conference_case())
    case = panel.session.case
    panel.show_section("steps")
    panel.goals.picker.value = case.goals[0].id
    panel.show_section({"wills": "will", "goals": "goals", "steps": "steps"}[kind])
    item = getattr(case, kind)[0]
    words = item.text

    def box() -> widgets.Checkbox:
        if kind == "wills":
            return panel.will.conference_boxes[item.id]
        if kind == "goals":
            assert panel.goals.conference_box is not None
            return panel.goals.conference_box
        return panel.steps.conference_boxes[item.id]

    assert html.escape(words) not in conference_html(store.load("lale"))
    box().value = True
    assert getattr(store.load("lale"), kind)[0].shareable is True
    assert html.escape(words) in conference_html(store.load("lale"))
    assert box().value is True  # the new box after the refresh shows what is stored

    box().value = False
    assert getattr(store.load("lale"), kind)[0].shareable is False
    assert html.escape(words) not in conference_html(store.load("lale"))

    panel.session.undo()  # "Rückgängig" brings the yes back, and the box shows it
    assert getattr(store.load("lale"), kind)[0].shareable is True
    assert box().value is True


def test_the_open_editors_tiles_follow_the_resources_and_only_them(fresh: GoalsPanel) -> None:
    """While a goal is written, a resource added or renamed elsewhere (the map tab) gets its tile;
    a change that leaves the resources alone leaves the tiles alone (200 of them at 200 resources)."""
    session = fresh.session
    bike = session.apply(lambda c: c.add_resource("Fahrrad", category=Category.MATERIELL))
    session.apply(lambda c: c.add_will("Ich will wieder arbeiten."))
    fresh.show_section("goals")
    fresh.goals.new_button.click()
    fresh.goals.ticks[bike.id].value = True
    tile = fresh.goals.ticks[bike.id]
    bus = session.apply(lambda c: c.add_resource("Buslinie 11"))
    session.apply(lambda c: c.update_resource(bike.id, label="Rad"))
    assert set(fresh.goals.ticks) == {bike.id, bus.id}
    assert "Rad" in tile.description and "Fahrrad" not in tile.description
    assert fresh.goals.ticks[bike.id] is tile and tile.value is True  # kept, still ticked
    seen: list[str] = []
    tile.observe(lambda change: seen.append(change["name"]), names=["description", "value"])
    synced = fresh.goals.tick_rows.sync
    calls: list[object] = []
    fresh.goals.tick_rows.sync = lambda items: (calls.append(items), synced(items))[1]  # type: ignore[method-assign]
    session.apply(lambda c: c.add_will("Ich will Ruhe."))
    assert calls == [] and seen == []


def test_the_tabs_map_follows_what_it_draws_and_nothing_else(fresh: GoalsPanel) -> None:
    session = fresh.session
    assert fresh.map is not None
    bike = session.apply(lambda c: c.add_resource("Fahrrad", category=Category.MATERIELL))
    assert bike.id in {n["id"] for n in fresh.map.nodes}
    session.apply(lambda c: c.connect("elb", bike.id))
    assert len(fresh.map.edges) == 1
    session.apply(lambda c: c.update_resource(bike.id, label="Rad"))
    assert any("Rad" in n["label"] for n in fresh.map.nodes)
    drawn: list[object] = []
    show_case = fresh.map.show_case
    fresh.map.show_case = lambda case: (drawn.append(case), show_case(case))[1]  # type: ignore[method-assign]
    session.apply(lambda c: c.add_will("Ich will wieder arbeiten."))
    assert drawn == []  # a will is not on the map
    session.apply(lambda c: c.add_resource("Buslinie 11"))
    assert len(drawn) == 1


def test_at_a_review_a_new_number_does_not_take_the_last_answer_with_it(store: CaseStore) -> None:
    """Trial of issue 11: the last conversation's question and answer stayed selected when a new number
    was chosen, and saving stored „Warum 3 und nicht 1?“ under 6. Now the new number gets its own
    questions with an empty answer; going back to 3 brings the stored pair back."""
    case = Case.new("Kemal", key="kemal")
    will = case.add_will("Ich will wieder kochen.")
    case.add_goal(
        will.id,
        "Eine Stelle in einer Kantine",
        confidence=3,
        confidence_question="Warum 3 und nicht 1?",
        confidence_next="Ich habe schon für viele gekocht.",
    )
    panel = open_panel(store, case)
    panel.show_section("goals")
    panel.goals.picker.value = "z1"
    panel.goals.edit_button.click()
    box = panel.goals.scaling
    stored = ("Warum 3 und nicht 1?", "Ich habe schon für viele gekocht.")
    assert (box.question_text, box.answer.value) == stored
    panel.goals.confidence.value = 6
    assert box.answer.value == "" and box.question_text != "Warum 3 und nicht 1?"
    panel.goals.confidence.value = 3
    assert (box.question_text, box.answer.value) == stored
    panel.goals.confidence.value = 6
    box.answer.value = "Der Kochkurs."
    panel.goals.confidence.value = 7  # the answer typed today stays while the number is chosen
    assert box.answer.value == "Der Kochkurs."
    question = box.question_text
    panel.goals.save_button.click()
    goal = store.load("kemal").goals[0]
    assert (goal.confidence, goal.confidence_question, goal.confidence_next) == (7, question, "Der Kochkurs.")
    assert question != "Warum 3 und nicht 1?"


def test_a_case_with_goals_shows_the_last_one_not_an_empty_choice(store: CaseStore, demo_case: Case) -> None:
    """Session 17 walk: the demo case (one goal, its steps) opened „Ziele“ and „Schritte“ on
    „– bitte wählen –“ and „Wählen Sie oben ein Ziel.“, as if nothing had been agreed. The goal worked
    on last is chosen, its steps shown and its resources lit on the map; „– bitte wählen –“ chosen by
    hand stays until a goal is picked."""
    demo_case.add_goal(demo_case.wills[0].id, "Einen Erste-Hilfe-Kurs machen")
    panel = open_panel(store, demo_case)
    last = demo_case.goals[-1]
    assert panel.goals.goal_id == last.id
    panel.show_section("steps")
    assert panel.steps.goal_id == last.id and panel.steps.widget.children != (panel.steps.no_goal,)
    panel.goals.picker.value = ""  # by hand
    panel.will.text.value = "Ich will Auto fahren lernen."
    panel.will.add_button.click()  # another change: the choice stays as made
    assert panel.goals.goal_id is None and panel.steps.widget.children == (panel.steps.no_goal,)
    panel.goals.picker.value = demo_case.goals[0].id
    assert panel.map is not None and panel.map.highlighted == set(demo_case.goals[0].resource_ids)


def test_the_chosen_goal_is_shown_whole_in_ziele_and_in_schritte(fresh: GoalsPanel) -> None:
    """Trial 16: a goal stood only in the picker, cut off after one line („1. Bis zum Sommer eine
    Teilzeitstelle in einer Änderungssch…“): the eLb never saw the goal they agreed to in full. The
    chosen goal now stands whole, as text, under the picker in „Ziele“ and above the steps."""
    long_goal = (
        "Bis zum Sommer eine Teilzeitstelle in einer Änderungsschneiderei im Stadtteil, "
        "vormittags, solange die Kinder in der Kita sind"
    )
    fresh.will.text.value = "Ich will wieder nähen."
    fresh.will.add_button.click()
    fresh.show_section("goals")
    assert not shown(fresh.goals.goal_text)  # no goal yet
    fresh.goals.new_button.click()
    fresh.goals.text.value = long_goal
    assert not shown(fresh.goals.goal_text)  # the editor shows it while it is written
    fresh.goals.save_button.click()
    assert isinstance(fresh.goals.goal_text, widgets.Label)  # text, never markup
    assert fresh.goals.goal_text.value == long_goal and shown(fresh.goals.goal_text)
    assert fresh.goals.goal_text in fresh.goals.chooser.children
    fresh.show_section("steps")
    assert fresh.goals.goal_text in fresh.steps_goal.children and shown(fresh.goals.goal_text)
    fresh.goals.picker.value = ""  # no goal chosen: nothing to show
    assert not shown(fresh.goals.goal_text)


def test_who_does_a_step_is_chosen_from_the_map(demo: GoalsPanel, store: CaseStore) -> None:
    """Trial 16: a step done by someone of the eLb's circle asked „Wer genau?“ as free text only —
    Frau Weber, on the map already, could not be chosen. The people of the social area (by their role
    where there is one) and, for a network partner, the places and services are one tap each."""
    demo.show_section("steps")
    demo.goals.picker.value = "z1"
    steps = demo.steps
    assert steps.helper_rows.box.children == ()  # not asked: nothing made
    steps.owner.value = Owner.UMFELD
    social = {r.label for r in demo.session.case.resources if r.category is Category.SOZIAL}
    picks = {w.description: w for w in steps.helper_rows.box.children}
    assert len(picks) == len(social) and all(any(s in d for s in social) for d in picks)
    sister = next(d for d in picks if "Jana" in d)
    assert sister == "● Schwester (Jana)"
    picks[sister].click()
    assert steps.helper.value == "Schwester"  # a role, no name needed
    steps.step_text.value = "Jana holt die Kinder dienstags ab."
    steps.add_button.click()
    last = store.load("demo-mira").steps[-1]
    assert (last.owner, last.helper) == (Owner.UMFELD, "Schwester")
    steps.owner.value = Owner.NETZWERKPARTNER
    partners = [w.description for w in steps.helper_rows.box.children]
    assert "▲ Kita Sonnenhof" in partners and not any("Jana" in d for d in partners)
    # a resource added to the map meanwhile is there to choose
    demo.session.apply(lambda c: c.add_resource("Stadtteilzentrum", category=Category.INFRASTRUKTURELL))
    assert "▲ Stadtteilzentrum" in [w.description for w in steps.helper_rows.box.children]


def test_the_goal_lights_up_in_ziele_and_schritte_and_the_elb_never_fades(
    store: CaseStore, demo_case: Case
) -> None:
    """Trial 16: under „1 Wille“ the last goal's highlight stayed on — most of the map faded, and the
    centre with it: the eLb's white name on light grey. The goal's resources stand out in „Ziele“
    and „Schritte“ only, and the eLb in the centre is never faded."""
    panel = open_panel(store, demo_case)
    assert panel.map is not None
    goal = demo_case.goals[-1]
    for section, lit in (
        ("will", set()),
        ("goals", set(goal.resource_ids)),
        ("steps", set(goal.resource_ids)),
    ):
        panel.show_section(section)
        assert panel.map.highlighted == lit, section
    for section in ("referral", "plan", "will"):
        panel.show_section(section)
        assert panel.map.highlighted == frozenset(), section
    panel.show_section("goals")
    faded = {n["id"] for n in panel.map.nodes if n.get("opacity", 1) < 1}
    assert faded and ELB_ID not in faded
