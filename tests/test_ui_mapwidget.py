"""The live map widget without a browser: what travels to the browser and what comes back.

Messages to the browser are captured by replacing the widget's ``send``; messages from the browser
enter through ``_handle_msg``, the same entry point the Jupyter comm calls. The browser side itself
is covered by ``test_browser_mapwidget.py`` in real chromium.
"""

from __future__ import annotations

import json
import statistics
from typing import Any

import pytest

from beratungskit.model import Case
from beratungskit.ui.mapwidget import CaseMap, MapWidget, diff_items, vis_network_js


def node(i: int, **extra: Any) -> dict[str, Any]:
    return {"id": f"r{i}", "label": f"Ressource {i}", "x": i * 10.0, "y": 0.0, "color": "#aaccee", **extra}


def edge(i: int, **extra: Any) -> dict[str, Any]:
    return {"id": f"v{i}", "from": "elb", "to": f"r{i}", "width": 2, **extra}


ELB = {"id": "elb", "label": "Ich", "x": 0.0, "y": 0.0, "shape": "star"}


def items(n: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    return [ELB, *(node(i) for i in range(1, n + 1))], [edge(i) for i in range(1, n + 1)]


class Recorder:
    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    def __call__(self, content: dict[str, Any], buffers: Any = None) -> None:
        # What the comm would serialise: must be plain JSON.
        self.sent.append(json.loads(json.dumps(content)))

    @property
    def deltas(self) -> list[dict[str, Any]]:
        return [m for m in self.sent if m["type"] == "delta"]


@pytest.fixture
def widget(monkeypatch: pytest.MonkeyPatch) -> tuple[MapWidget, Recorder]:
    w = MapWidget()
    rec = Recorder()
    monkeypatch.setattr(w, "send", rec)
    w.set_items(*items(200))
    return w, rec


def from_browser(w: MapWidget, content: dict[str, Any]) -> None:
    w._handle_msg({"content": {"data": {"method": "custom", "content": content}}, "buffers": []})


def browser_sets(w: MapWidget, **state: Any) -> None:
    w._handle_msg(
        {"content": {"data": {"method": "update", "state": state, "buffer_paths": []}}, "buffers": []}
    )


def test_first_load_is_the_snapshot_trait_with_every_item(widget: tuple[MapWidget, Recorder]) -> None:
    w, rec = widget
    assert len(w._snapshot["nodes"]) == 201
    assert len(w._snapshot["edges"]) == 200
    assert rec.sent == []


def test_adding_one_resource_sends_only_that_node_and_its_edge(widget: tuple[MapWidget, Recorder]) -> None:
    w, rec = widget
    snapshot_before = w._snapshot
    nodes, edges = items(201)
    w.update(nodes, edges)
    assert len(rec.deltas) == 1
    msg = rec.deltas[0]
    assert [n["id"] for n in msg["nodes"]["add"]] == ["r201"]
    assert [e["id"] for e in msg["edges"]["add"]] == ["v201"]
    assert msg["nodes"]["update"] == msg["nodes"]["remove"] == msg["edges"]["update"] == []
    # No full reload: the snapshot trait (which would resend all 201 nodes) is untouched.
    assert w._snapshot is snapshot_before


def test_changing_a_label_sends_only_the_changed_key(widget: tuple[MapWidget, Recorder]) -> None:
    w, rec = widget
    nodes, edges = items(200)
    nodes[5] = {**nodes[5], "label": "Fahrrad"}
    delta = w.update(nodes, edges)
    assert rec.deltas[0]["nodes"]["update"] == [{"id": "r5", "label": "Fahrrad"}]
    assert delta.size == 1


def test_nothing_changed_sends_nothing(widget: tuple[MapWidget, Recorder]) -> None:
    w, rec = widget
    delta = w.update(*items(200))
    assert not delta
    assert rec.sent == []


def test_removing_a_resource_removes_node_and_edge(widget: tuple[MapWidget, Recorder]) -> None:
    w, rec = widget
    nodes, edges = items(200)
    w.update([n for n in nodes if n["id"] != "r7"], [e for e in edges if e["to"] != "r7"])
    msg = rec.deltas[0]
    assert msg["nodes"]["remove"] == ["r7"]
    assert msg["edges"]["remove"] == ["v7"]
    assert msg["nodes"]["add"] == msg["nodes"]["update"] == []
    assert "r7" not in {n["id"] for n in w.nodes}


def test_a_removed_key_is_reset_in_the_browser(widget: tuple[MapWidget, Recorder]) -> None:
    w, rec = widget
    nodes, edges = items(200)
    nodes[3] = {**nodes[3], "title": "Hilft beim Umzug"}
    w.update(nodes, edges)
    w.update(*items(200))
    assert rec.deltas[1]["nodes"]["clear"] == [{"id": "r3", "title": None}]


def test_a_nested_option_that_lost_keys_is_cleared_then_set(widget: tuple[MapWidget, Recorder]) -> None:
    w, rec = widget
    nodes, edges = items(200)
    nodes[2] = {**nodes[2], "color": {"background": "#fff", "border": "#000"}}
    w.update(nodes, edges)
    nodes[2] = {**nodes[2], "color": {"background": "#eee"}}
    w.update(nodes, edges)
    last = rec.deltas[-1]["nodes"]
    assert last["clear"] == [{"id": "r2", "color": None}]
    assert last["update"] == [{"id": "r2", "color": {"background": "#eee"}}]


def test_later_changes_by_the_caller_do_not_leak_into_the_sent_state(
    widget: tuple[MapWidget, Recorder],
) -> None:
    w, rec = widget
    nodes, edges = items(200)
    w.update(nodes, edges)
    nodes[1]["label"] = "geändert"  # the same dict object, changed in place
    w.update(nodes, edges)
    assert rec.deltas[-1]["nodes"]["update"] == [{"id": "r1", "label": "geändert"}]


def test_highlight_touches_only_nodes_whose_look_changes(widget: tuple[MapWidget, Recorder]) -> None:
    w, rec = widget
    w.highlight(["r1", "r2"])
    first = rec.deltas[-1]["nodes"]
    # every node but the eLb, who is never faded (trial 16: the white name on light grey)
    assert {u["id"] for u in first["update"]} == {n["id"] for n in w.nodes} - {"elb"}
    emphasised = {u["id"]: u for u in first["update"]}
    assert emphasised["r1"]["borderWidth"] > 1 and "opacity" not in emphasised["r1"]
    assert emphasised["r9"]["opacity"] < 1
    # Moving the highlight from r2 to r3: only those two change.
    w.highlight(["r1", "r3"])
    second = rec.deltas[-1]["nodes"]
    touched = {u["id"] for u in second["update"]} | {c["id"] for c in second["clear"]}
    assert touched == {"r2", "r3"}
    # Ending the highlight resets the overlay keys to vis defaults.
    w.highlight([])
    third = rec.deltas[-1]["nodes"]
    assert {c["id"] for c in third["clear"]} == {n["id"] for n in w.nodes} - {"elb"}
    assert all("opacity" not in n and "shadow" not in n for n in w.nodes)


def test_highlight_survives_an_edit(widget: tuple[MapWidget, Recorder]) -> None:
    w, rec = widget
    w.highlight(["r1"])
    nodes, edges = items(200)
    nodes[4] = {**nodes[4], "label": "neu"}
    w.update(nodes, edges)
    assert rec.deltas[-1]["nodes"]["update"] == [{"id": "r4", "label": "neu"}]


def test_drag_in_the_browser_calls_on_move_and_is_remembered(widget: tuple[MapWidget, Recorder]) -> None:
    w, rec = widget
    moves: list[tuple[str, float, float]] = []
    w.on_move(lambda node_id, x, y: moves.append((node_id, x, y)))
    from_browser(w, {"type": "moved", "positions": {"r3": [120.5, -40.0]}})
    assert moves == [("r3", 120.5, -40.0)]
    # The case now stores that position; the next update carrying it sends nothing.
    nodes, edges = items(200)
    nodes[3] = {**nodes[3], "x": 120.5, "y": -40.0}
    assert not w.update(nodes, edges)
    assert rec.deltas == []


def test_move_of_an_unknown_node_is_ignored(widget: tuple[MapWidget, Recorder]) -> None:
    w, _ = widget
    moves: list[Any] = []
    w.on_move(lambda *a: moves.append(a))
    from_browser(w, {"type": "moved", "positions": {"nope": [1, 2], "r1": ["x", None]}})
    assert moves == []


def test_click_in_the_browser_reaches_on_select(widget: tuple[MapWidget, Recorder]) -> None:
    w, _ = widget
    picked: list[str] = []
    w.on_select(picked.append)
    browser_sets(w, selected="r12")
    browser_sets(w, selected="")
    assert picked == ["r12", ""]
    assert w.selected == ""


def test_removing_the_selected_node_clears_the_selection(widget: tuple[MapWidget, Recorder]) -> None:
    w, _ = widget
    w.selected = "r2"
    nodes, edges = items(200)
    w.update([n for n in nodes if n["id"] != "r2"], edges[:1] + edges[2:])
    assert w.selected == ""


def test_a_page_opened_after_edits_gets_everything(widget: tuple[MapWidget, Recorder]) -> None:
    w, rec = widget
    w.update(*items(201))
    from_browser(w, {"type": "hello", "seq": w._snapshot["seq"]})
    reset = [m for m in rec.sent if m["type"] == "reset"]
    assert len(reset) == 1 and len(reset[0]["nodes"]) == 202
    # A browser that is up to date is not sent anything.
    from_browser(w, {"type": "hello", "seq": reset[0]["seq"]})
    assert len([m for m in rec.sent if m["type"] == "reset"]) == 1


def test_sequence_numbers_increase_by_one_per_message(widget: tuple[MapWidget, Recorder]) -> None:
    w, rec = widget
    start = w._snapshot["seq"]
    w.update(*items(201))
    w.update(*items(200))
    w.highlight(["r1"])
    assert [m["seq"] for m in rec.deltas] == [start + 1, start + 2, start + 3]


def test_physics_stays_off_whatever_options_are_given() -> None:
    w = MapWidget(options={"physics": {"enabled": True, "solver": "barnesHut"}, "nodes": {"size": 30}})
    assert w.options["physics"]["enabled"] is False
    assert w.options["nodes"] == {"size": 30}
    assert w.options["interaction"]["dragNodes"] is True


@pytest.mark.parametrize("bad", [[{"label": "ohne id"}], [{"id": "a"}, {"id": "a"}]])
def test_items_without_unique_ids_are_refused_in_german(bad: list[dict[str, Any]]) -> None:
    with pytest.raises(ValueError, match="Kennung"):
        MapWidget().set_items(bad, [])


def test_vis_network_ships_inside_the_module_without_cdn_or_global() -> None:
    esm = MapWidget._esm
    assert vis_network_js().split("\n")[-3] in esm  # the bundle itself, not a link to it
    assert "var define = undefined" in esm and "module.exports" in esm
    assert "sourceMappingURL" not in esm
    assert "http://" not in esm.split("*/", 1)[1].replace("http://www.w3.org", "")
    assert "innerHTML" not in (MapWidget._esm.rsplit("})();", 1)[1])


def test_diff_items_keeps_the_new_order_for_additions() -> None:
    delta, current = diff_items({}, [{"id": "b"}, {"id": "a"}])
    assert [i["id"] for i in delta.add] == ["b", "a"]
    assert list(current) == ["b", "a"]


# --- the map of a case --------------------------------------------------------------------------


@pytest.fixture
def case_map(demo_case: Case, monkeypatch: pytest.MonkeyPatch) -> tuple[CaseMap, Recorder, Case]:
    m = CaseMap.from_case(demo_case)
    rec = Recorder()
    monkeypatch.setattr(m, "send", rec)
    return m, rec, demo_case


def test_case_map_shows_the_elb_and_every_resource_with_export_look(
    case_map: tuple[CaseMap, Recorder, Case],
) -> None:
    m, _, case = case_map
    assert [n["id"] for n in m.nodes] == ["elb", *(r.id for r in case.resources)]
    assert {e["id"] for e in m.edges} == {r.id for r in case.relations}
    assert m.options["physics"]["enabled"] is False
    assert len(m.background["rings"]) == 3
    legend = " ".join(str(e.get("label", e.get("heading", ""))) for e in m.legend)
    for name in ("Persönlich", "Sozial", "Materiell", "Infrastruktur", case.alias):
        assert name in legend
    # the dashed box of an open closeness is explained (trial 15 point 8)
    (dashed,) = [e for e in m.legend if e.get("dashed")]
    assert dashed["shape"] == "box" and "Nähe noch offen" in dashed["label"]


def test_new_rings_travel_with_the_boxes_in_one_message(
    case_map: tuple[CaseMap, Recorder, Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit that changes the rings sends them in the boxes' message (drawn once with them; they
    came as a second message and were drawn again), not as a trait of their own; an undo gets back
    the earlier rings the same way; an edit that leaves them as they were sends none."""
    m, rec, case = case_map
    states: list[dict[str, Any]] = []
    monkeypatch.setattr(m, "_send", lambda msg, buffers=None: states.append(msg))
    before = json.loads(json.dumps(m.background))
    old_case = case.model_copy()
    first = case.resources[0]
    case.add_resource("Nachbarin mit Auto", category=first.category, closeness=first.closeness)
    m.show_case(case)
    assert states == [] and len(rec.sent) == 1
    msg = rec.sent[0]
    assert [n["label"].replace("\n", " ") for n in msg["nodes"]["add"]] == ["Nachbarin mit Auto"]
    assert msg["background"] == json.loads(json.dumps(m.background)) != before
    m.highlight(["elb"])  # the boxes' look only: no rings
    assert "background" not in rec.sent[-1]
    m.show_case(old_case)  # back: the earlier layout's rings
    assert rec.sent[-1]["background"] == before and states == []


def test_the_rings_are_made_anew_only_where_the_layout_changed_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """The background travels with the boxes now: making it (~1.5 ms) is on the way to the browser. A
    line drawn at 200 resources moves no box and no ring (a name only if it runs through it): the last
    background is kept. After every edit it is the one the layout gives."""
    from benchmarks.cases import synthetic_case
    from beratungskit.render import visdata

    case = synthetic_case(200, seed=200)
    m = CaseMap.from_case(case)
    monkeypatch.setattr(m, "send", Recorder())
    made: list[int] = []
    original = visdata.map_background

    def counting(*args: Any) -> dict[str, Any]:
        made.append(1)
        return original(*args)

    monkeypatch.setattr(visdata, "map_background", counting)
    ids = [r.id for r in case.resources]
    first = case.resources[0]
    edits = {
        "connect": lambda: case.connect(ids[3], ids[40]),
        "rename": lambda: case.update_resource(ids[7], label=case.resource(ids[7]).label + " und noch mehr"),
        "add": lambda: case.add_resource("Nachbarin mit Auto", category=first.category, closeness=3),
        "connect again": lambda: case.connect(ids[5], ids[60]),
    }
    counts, names_moved = {}, {}
    for name, edit in edits.items():
        made.clear()
        rings = m.placed.rings
        edit()
        m.show_case(case)
        counts[name] = len(made)
        names_moved[name] = m.placed.rings != rings
        assert m.background == original(case, m.placed), name
    # a line moves a ring's name only where it runs through it (issue 11: at 200 the names find
    # room off their lines, where a new line may come): the background is made anew only then
    assert counts["connect"] == int(names_moved["connect"])
    assert counts["connect again"] == int(names_moved["connect again"])
    assert not all(names_moved[k] for k in ("connect", "connect again"))
    assert counts["add"] == 1


def test_rings_set_from_outside_an_update_travel_as_a_change_of_their_own(
    case_map: tuple[CaseMap, Recorder, Case], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A background set directly goes as a delta of its own (in order with the boxes' deltas); a view
    that starts later gets it with everything else (the full load or the answer to its hello)."""
    m, rec, _ = case_map
    states: list[dict[str, Any]] = []
    monkeypatch.setattr(m, "_send", lambda msg, buffers=None: states.append(msg))
    seq = m._seq
    rings = {**m.background, "rings": m.background["rings"][:-1]}
    m.background = rings
    assert states == []
    assert rec.sent == [
        {
            "type": "delta",
            "seq": seq + 1,
            "nodes": EMPTY,
            "edges": EMPTY,
            "background": json.loads(json.dumps(rings)),
        }
    ]
    from_browser(m, {"type": "hello", "seq": m._snapshot["seq"]})
    assert rec.sent[-1]["type"] == "reset" and rec.sent[-1]["background"]["rings"] == rings["rings"]
    fresh = CaseMap.from_case(m._case)
    assert fresh._snapshot["background"] == fresh.background and fresh.background["rings"]


EMPTY = {"add": [], "update": [], "clear": [], "remove": []}


def test_case_map_relabel_sends_only_that_resource(case_map: tuple[CaseMap, Recorder, Case]) -> None:
    m, rec, case = case_map
    target = case.resources[4]
    case.update_resource(target.id, label="Neues Fahrrad")
    m.show_case(case)
    nodes = rec.deltas[-1]["nodes"]
    assert nodes["add"] == nodes["remove"] == []
    changed = [u for u in nodes["update"] if set(u) - {"id", "x", "y"}]
    assert [u["id"] for u in changed] == [target.id]
    assert "Neues Fahrrad" in changed[0]["label"]


def test_case_map_removal_drops_node_and_its_lines(case_map: tuple[CaseMap, Recorder, Case]) -> None:
    m, rec, case = case_map
    rel = case.relations[0]
    gone = rel.target if rel.target != "elb" else rel.source
    lines = sorted(r.id for r in case.relations if gone in (r.source, r.target))
    case.remove_resource(gone)
    m.show_case(case)
    msg = rec.deltas[-1]
    assert msg["nodes"]["remove"] == [gone]
    assert sorted(msg["edges"]["remove"]) == lines


def test_case_map_unchanged_case_sends_nothing(case_map: tuple[CaseMap, Recorder, Case]) -> None:
    m, rec, case = case_map
    assert not m.show_case(case)
    assert rec.sent == []


def test_a_tool_button_of_the_view_reaches_its_callback(widget: tuple[MapWidget, Recorder]) -> None:
    w, _ = widget
    clicked: list[str] = []
    w.tools = [{"key": "fold", "label": "Formular ausblenden ▶"}]
    w.on_tool(clicked.append)
    from_browser(w, {"type": "tool", "key": "fold"})
    from_browser(w, {"type": "tool", "key": "nicht-da"})  # a key the view does not offer: ignored
    assert clicked == ["fold"]


def test_an_edit_on_the_live_map_starts_from_the_picture_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """The layout after an edit packs the change into the picture on screen (a few packings, not a
    search of every shape); another case loaded into the same map is laid out anew."""
    from beratungskit.analysis import layout as layout_module
    from beratungskit.model import Category
    from tests.mapcases import map_case

    case = map_case(40)
    # At this canvas the added resource fits into the picture shown; at 1.3–1.38 and 2.04 (the joint
    # screen with the form beside the map or folded) this add falls back to a whole new search
    # (50–67 packings): a known gap, see the closing note of issue 10.
    live = CaseMap.from_case(case, aspect=1.5)
    calls = [0]
    real = layout_module._pack

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(layout_module, "_pack", counting)
    case.add_resource("Fahrrad vom Nachbarn", category=Category.MATERIELL, closeness=1)
    live.show_case(case)
    assert 0 < calls[0] <= 6
    assert live.placed.cell_at(*live.placed.positions[case.resources[-1].id]) == (Category.MATERIELL, 1)
    calls[0] = 0
    other = map_case(60).model_copy(update={"key": "fall-anderer"})
    live.load_case(other)
    assert calls[0] > 10


def test_kept_node_and_line_dicts_are_what_vis_data_makes_after_every_change() -> None:
    """The live map keeps each node's and line's dict between edits (render.visdata.VisItems): after
    each change they equal the dicts made afresh, and only what the change touched is made anew."""
    from beratungskit.analysis.layout import compute_layout
    from beratungskit.demo import demo_case
    from beratungskit.model import ELB_ID
    from beratungskit.render.visdata import VisItems, vis_edges, vis_nodes

    case, items = demo_case(), VisItems()
    first, second = case.resources[0].id, case.resources[1].id
    changes = [
        lambda c: c.update_resource(first, label="Backen kann ich"),  # its node and its lines' titles
        lambda c: c.update_resource(second, closeness=3),
        lambda c: c.update_resource(first, note="Nur im Tooltip"),  # same place, same lines
        lambda c: c.connect(first, case.resources[-1].id),
        lambda c: c.update("relations", c.relations[0].id, note="Notiz"),
        lambda c: c.add_resource("Neu"),
        lambda c: c.remove_resource(second),
    ]
    placed = compute_layout(case)
    before = {n["id"]: n for n in items.nodes(case, placed)}
    items.edges(case, placed)
    made = 0
    for change in changes:
        objects = {r.id: r for r in case.resources}
        change(case)
        placed = compute_layout(case, previous=placed)
        nodes, edges = items.nodes(case, placed), items.edges(case, placed)
        assert nodes == vis_nodes(case, placed)
        assert edges == vis_edges(case, placed)
        for node in nodes[1:]:
            old = before.get(node["id"])
            unchanged = objects.get(node["id"]) is case.resource(node["id"])
            if (
                unchanged
                and old is not None
                and (old["x"], old["y"], old["label"])
                == (
                    node["x"],
                    node["y"],
                    node["label"],
                )
            ):
                assert old is node  # kept
            else:
                assert old is not node  # made anew
                made += 1
        before = {n["id"]: n for n in nodes}
    assert made < 3 * len(changes) + len(case.resources)  # not all of them every time
    assert nodes[0]["id"] == ELB_ID


def test_a_drag_never_changes_a_kept_dict() -> None:
    """The browser reports a dragged node's new place; the map notes it in a new dict. Changing the
    kept one in place would make the layout's own place look sent already: "put back" after a drop
    that changed nothing would leave the box where it was dropped."""
    from beratungskit.demo import demo_case

    case = demo_case()
    live = CaseMap.from_case(case)
    for label in ("Neu", "Noch eins"):  # edits: the map now holds the kept dicts themselves
        case.add_resource(label)
        live.show_case(case)
    node = live.nodes[1]
    live._handle_message(live, {"type": "moved", "positions": {node["id"]: [999.0, -999.0]}})
    assert next(n for n in live.nodes if n["id"] == node["id"])["x"] == 999.0
    delta = live.show_case(live._case)  # put back: the layout's place again
    assert {"id": node["id"], "x": node["x"], "y": node["y"]} in delta.nodes.update


@pytest.mark.parametrize("edit", ["drop", "connect"])
def test_a_local_edit_sends_as_many_boxes_at_200_resources_as_at_15(edit: str) -> None:
    """A drop within its ring and area (a little aside, where nothing else is) and a new line: the
    map sends the boxes that changed — the same few at any size, not the rings around them again."""
    from benchmarks.cases import synthetic_case
    from tests.mapcases import map_case

    sent = {}
    for n in (15, 60, 200):
        case = map_case(n) if n <= 60 else synthetic_case(n, 7)
        live = CaseMap.from_case(case, aspect=1240 / 671)
        live._loaded = True  # as after the browser's hello: what follows travels as changes
        counts = []
        for k in range(4):
            edited = case.model_copy(deep=True)
            res = edited.resources[(k * 7 + 3) % n]
            if edit == "drop":
                x, y = live.placed.positions[res.id]
                edited.move_resource(res.id, x + 3, y + 2)
            else:
                linked = {frozenset((r.source, r.target)) for r in edited.relations}
                other = next(r for r in reversed(edited.resources) if frozenset((r.id, res.id)) not in linked)
                edited.connect(res.id, other.id)
            delta = live.show_case(edited)
            counts.append(len({u["id"] for u in delta.nodes.update} | {a["id"] for a in delta.nodes.add}))
            case = edited
        sent[n] = counts
    # a drop: the box dropped (a drop onto a neighbour packs that ring anew: rare here, not typical);
    # a line at 200 (straight lines, no corridors): no box at all
    if edit == "drop":
        assert statistics.median(sent[200]) <= max(1, statistics.median(sent[15])), sent
        assert statistics.median(sent[200]) <= 1, sent
    else:
        assert sent[200] == [0, 0, 0, 0], sent


@pytest.mark.parametrize("n", [15, 200])
def test_the_map_comes_back_to_its_picture_when_the_form_folds_away(
    n: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The form opens (a narrower map), a resource is added, the form folds away after "Festhalten":
    the wide map starts from the picture it showed before — the boxes nobody touched are where they
    were, and no search of the shapes runs (it was most of an add's kernel time)."""
    from benchmarks.cases import synthetic_case
    from beratungskit.analysis import layout as layout_module
    from beratungskit.model import Category

    case = synthetic_case(n, seed=n)
    live = CaseMap.from_case(case, aspect=1240 / 664)
    live._loaded = True
    wide = live.placed
    live._resized(770, 664)  # the form beside it
    edited = case.model_copy(deep=True)
    edited.add_resource("Nachbarin vom Hof", category=Category.SOZIAL, closeness=2)
    live.show_case(edited)
    searches = []
    real = layout_module._best_packing
    monkeypatch.setattr(layout_module, "_best_packing", lambda *a, **k: searches.append(1) or real(*a, **k))
    live._resized(1240, 664)  # folded away again
    assert searches == []
    moved = [k for k in wide.positions if live.placed.positions[k] != wide.positions[k]]
    if n > layout_module.CORRIDOR_LIMIT:
        assert moved == [], moved
    else:  # a small map's areas turn with one more resource: fewer move than in a fresh layout
        layout_module._CACHE.clear()
        fresh = layout_module.compute_layout(edited, 1240 / 664)
        assert len(moved) < sum(1 for k in wide.positions if fresh.positions[k] != wide.positions[k]), moved


def test_a_map_grown_for_another_shape_keeps_its_labels_readable_on_the_new_canvas() -> None:
    """Session 16: the map of 40 resources, first laid out beside the open form (772 × 660), then the
    form folds away (1242 × 653, the head with „Rückgängig“ and „Wiederholen“). Grown from the narrow
    picture the map showed its labels at 13.94 px, under the 14 px aimed at; where a picture of its own
    for the new shape reads larger, that one is shown (14.28 px)."""
    from beratungskit.analysis import layout as layout_module
    from beratungskit.ui.mapwidget import readable_px
    from tests.mapcases import map_case

    layout_module._CACHE.clear()
    case = map_case(40)
    shown = CaseMap.from_case(case, aspect=772 / 660)
    shown.canvas_size = (772, 660)
    shown.expect_canvas(1242, 653)
    assert shown.label_px(1242, 653) >= readable_px(40)
