"""The map as a list: its rows follow the case in place, its buttons do what the map does."""

from __future__ import annotations

from typing import Any

import pytest

from beratungskit.model import Category
from beratungskit.store import CaseStore
from beratungskit.ui.feedback import Feedback
from beratungskit.ui.map_list import ListActions, MapList, describe_map
from beratungskit.ui.map_tab import MapTab
from beratungskit.ui.session import Session


def _sent(panel: MapList) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    panel.view.send = messages.append  # type: ignore[method-assign]
    return messages


@pytest.fixture
def demo_session(store: CaseStore, demo_case: Any) -> Session:
    store.save(demo_case)
    return Session(store, store.load(demo_case.key))


def test_an_edit_sends_only_the_row_that_changed(demo_session: Session) -> None:
    panel = MapList(demo_session)
    sent = _sent(panel)
    bike = next(r for r in demo_session.case.resources if r.label == "Fahrrad")
    demo_session.apply(lambda case: case.update_resource(bike.id, label="Fahrrad mit Korb"))
    (delta,) = sent
    assert delta["rows"] == {bike.id: {**panel.rows[bike.id], "label": "Fahrrad mit Korb"}}
    assert "areas" not in delta and delta["removed"] == []


def test_adding_and_removing_send_the_new_order(demo_session: Session) -> None:
    panel = MapList(demo_session)
    sent = _sent(panel)
    new = demo_session.apply(
        lambda case: case.add_resource("Tafel", category=Category.INFRASTRUKTURELL, closeness=3)
    )
    (added,) = sent
    assert list(added["rows"]) == [new.id]
    infra = next(a for a in added["areas"] if a["key"] == "infrastrukturell")
    assert new.id in infra["rings"][-1]["ids"] and infra["count"] == 5
    demo_session.apply(lambda case: case.remove_resource(new.id))
    assert sent[-1]["removed"] == [new.id] and sent[-1]["rows"] == {}


def test_a_hidden_list_catches_up_when_shown(demo_session: Session) -> None:
    panel = MapList(demo_session)
    panel.show(False)
    sent = _sent(panel)
    demo_session.apply(lambda case: case.add_resource("Tafel"))
    assert sent == []
    panel.show(True)
    assert len(sent) == 1 and "areas" in sent[0]


def test_a_new_view_gets_everything(demo_session: Session) -> None:
    panel = MapList(demo_session)
    sent = _sent(panel)
    panel.view._handle(panel.view, {"type": "hello"}, [])
    (full,) = sent
    assert full["type"] == "full" and set(full["rows"]) == {r.id for r in demo_session.case.resources}
    assert full["center"] == "In der Mitte: Mira K." and full["empty"] == ""


def test_buttons_reach_their_action_only_for_known_resources(demo_session: Session) -> None:
    seen: list[tuple[str, str]] = []
    actions = ListActions(
        edit=lambda i: seen.append(("edit", i)),
        closer=lambda i: seen.append(("closer", i)),
        further=lambda i: seen.append(("further", i)),
        connect=lambda i: seen.append(("connect", i)),
    )
    panel = MapList(demo_session, actions)
    rid = demo_session.case.resources[0].id
    for action in ("edit", "closer", "further", "connect", "delete"):
        panel.view._handle(panel.view, {"type": "act", "action": action, "id": rid}, [])
    panel.view._handle(panel.view, {"type": "act", "action": "edit", "id": "r999"}, [])
    assert seen == [("edit", rid), ("closer", rid), ("further", rid), ("connect", rid)]


def test_closer_and_further_change_the_ring_and_say_so(demo_session: Session) -> None:
    feedback = Feedback()
    tab = MapTab(demo_session, feedback)
    bike = next(r for r in demo_session.case.resources if r.label == "Eigene Wohnung in der Innenstadt")
    assert bike.closeness == 2
    assert tab.move_closer(bike.id)
    assert demo_session.case.resource(bike.id).closeness == 1
    assert feedback.last == "„Eigene Wohnung in der Innenstadt“ ist jetzt ganz nah (Ring 1: ganz nah)."
    assert not tab.move_closer(bike.id)
    assert feedback.last == "„Eigene Wohnung in der Innenstadt“ ist schon ganz nah."
    assert tab.move_further(bike.id) and tab.move_further(bike.id)
    assert demo_session.case.resource(bike.id).closeness == 3 and not tab.move_further(bike.id)
    demo_session.undo()
    assert demo_session.case.resource(bike.id).closeness == 2


def test_list_buttons_open_the_form_and_choose_line_ends(demo_session: Session) -> None:
    tab = MapTab(demo_session)
    tab.view_mode.value = "list"
    sent = _sent(tab.map_list)
    jana, bike = (next(r for r in demo_session.case.resources if r.label == n) for n in ("Jana", "Fahrrad"))
    tab.map_list.view.act("edit", jana.id)
    assert tab.side_mode.value == "new" and tab.resource_form.editing == jana.id
    tab.map_list.view.act("connect", jana.id)
    tab.map_list.view.act("connect", bike.id)
    assert tab.side_mode.value == "connect"
    assert (tab.relation_form.first.value, tab.relation_form.second.value) == (jana.id, bike.id)
    # The keyboard follows: to the form's first field, then to the second end, then to "speichern".
    assert [m["selector"] for m in sent if m["type"] == "focus"] == [
        ".bk-resource-form .bk-label-input input",
        ".bk-relation-form .bk-rel-second select",
        ".bk-relation-form .bk-rel-save",
    ]


def test_the_map_canvas_is_named_by_its_summary(demo_session: Session) -> None:
    tab = MapTab(demo_session)
    assert tab.map.texts["aria_label"].startswith("Ressourcenkarte von Mira K.: 16 Ressourcen")
    demo_session.apply(lambda case: case.add_resource("Tafel"))
    assert tab.map.texts["aria_label"].startswith("Ressourcenkarte von Mira K.: 17 Ressourcen")


def test_describe_map_leaves_a_plain_widget_alone(demo_session: Session) -> None:
    import ipywidgets as widgets

    label = widgets.Label("Die Karte wird gerade vorbereitet.")
    describe_map(label, demo_session.case)
    assert label.value == "Die Karte wird gerade vorbereitet."


@pytest.mark.parametrize("lang", ["en", "ar", "tr", "uk", "ru", "fa"])
def test_the_lists_headings_and_details_are_whole_texts_of_the_elbs_language(lang: str) -> None:
    """Issue 11: „Sozial – Menschen“ and „– Person: Bruder“ stood in German only beside the
    translated list (built from two texts in one line). The heading is one text, German exactly as
    before; the detail's frame is the eLb's to read, the role stays as typed."""
    from beratungskit.demo import demo_case
    from beratungskit.messages import t
    from beratungskit.ui.bilingual import translate_text
    from beratungskit.ui.map_list import _rows_and_areas

    rows, areas = _rows_and_areas(demo_case())
    for area in areas:
        assert area["heading"] == f"{area['title']} – {area['hint']}"
        other = translate_text(f" {area['heading']}", lang)
        assert other and other != area["heading"], (area["heading"], other)
    if lang == "en":
        return  # „Person: …“ is the same in English: no line under it
    detail = next(row["detail"] for row in rows.values() if row["detail"].startswith("Person: "))
    role = detail.removeprefix("Person: ")
    other = translate_text(f" – {detail}", lang, [role])
    assert other is not None and role in other and other.startswith("– "), other
    assert translate_text(t("analysis_outline.person"), lang) is not None


@pytest.mark.parametrize("lang", ["en", "ar", "tr", "uk", "ru", "fa"])
def test_a_row_s_lines_are_said_in_the_elb_s_language(lang: str) -> None:
    """Issue 11: under a row of the list, its lines („hilft Kita Sonnenhof (mittlere Verbindung)“)
    stood in German only with a language chosen — the strength was a value of its own, so the line
    was none of the catalogue's texts. Each is a whole text now: the layer says all of it, the other
    resource's name kept as typed."""
    from beratungskit.demo import demo_case
    from beratungskit.ui.bilingual import translate_text, typed_texts
    from beratungskit.ui.map_list import _rows_and_areas

    case = demo_case()
    typed = typed_texts(case)
    rows, _areas = _rows_and_areas(case)
    lines = [line for row in rows.values() for line in row["links"]]
    assert len(lines) >= 10
    german = ("hilft", "Hilfe", "Verbindung")
    for line in lines:
        other = translate_text(line, lang, typed)
        assert other is not None, (lang, line)
        name = (
            line.split(" (")[0].removeprefix("hilft ").removeprefix("bekommt Hilfe von ").removeprefix("mit ")
        )
        name = name.removesuffix(": Hilfe in beide Richtungen")
        assert name in other and not any(word in other.replace(name, "") for word in german), (line, other)
