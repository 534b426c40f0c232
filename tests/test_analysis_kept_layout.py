"""A layout kept as data comes back exactly, and only where it is still valid for the case."""

from __future__ import annotations

import json
from typing import Any

import pytest

from benchmarks.cases import synthetic_case
from beratungskit.analysis import kept_layout as kept_module
from beratungskit.analysis import layout as layout_module
from beratungskit.analysis.kept_layout import content_fingerprint, kept_layout, layout_data
from beratungskit.analysis.layout import compute_layout
from beratungskit.model import Case, Category
from tests.mapcases import map_case

ASPECT = 1240 / 664  # the map on a 1280×800 window, the form folded away


def through_json(case: Case, aspect: float = ASPECT) -> tuple[layout_module.MapLayout, Any]:
    shown = compute_layout(case, aspect)
    return shown, json.loads(json.dumps(layout_data(shown, content_fingerprint(case))))


@pytest.fixture(autouse=True)
def fresh_cache() -> None:
    layout_module._CACHE.clear()  # a kept layout must come from the data, not from the memory


@pytest.mark.parametrize("case", [map_case(15), map_case(60), synthetic_case(200, seed=200)], ids=str)
def test_a_kept_layout_comes_back_exactly_and_the_next_edit_starts_from_it(case: Case) -> None:
    shown, data = through_json(case)
    layout_module._CACHE.clear()
    again = kept_layout(case, data, ASPECT)
    assert again == shown and again.warm == shown.warm and again.lines == shown.lines
    # the next edit: the same picture as from the layout it was kept from
    case.update(
        "resources", case.resources[3].id, closeness=1 + case.resources[3].closeness % 3, x=None, y=None
    )
    layout_module._CACHE.clear()
    from_kept = compute_layout(case, ASPECT, previous=again)
    layout_module._CACHE.clear()
    assert from_kept == compute_layout(case, ASPECT, previous=shown)


def test_no_label_text_is_kept() -> None:
    case = map_case(15)
    _shown, data = through_json(case)
    text = json.dumps(data)
    assert not [r.label for r in case.resources if r.label in text]
    assert case.alias not in text


def changed(case: Case, how: str) -> Case:
    first = case.resources[0]
    if how == "label":
        case.update_resource(first.id, label=first.label + " und mehr")
    elif how == "added":
        case.add_resource("Nachbarin mit Auto")
    elif how == "ring":
        case.update("resources", first.id, closeness=1 + first.closeness % 3)
    elif how == "area":
        other = next(c for c in Category if c is not first.category)
        case.update("resources", first.id, category=other)
    elif how == "dropped":
        case.move_resource(first.id, 12.0, 34.0)
    elif how == "line":
        case.connect(case.resources[1].id, case.resources[2].id)
    elif how == "alias":
        object.__setattr__(case, "alias", "Kastanie")
    return case


@pytest.mark.parametrize("how", ["label", "added", "ring", "area", "dropped", "line", "alias"])
def test_a_kept_layout_is_not_used_once_the_case_changed(how: str) -> None:
    _shown, data = through_json(map_case(15))
    assert kept_layout(map_case(15), data, ASPECT) is not None
    assert kept_layout(changed(map_case(15), how), data, ASPECT) is None


def test_a_note_or_an_origin_does_not_change_what_is_kept() -> None:
    case = map_case(15)
    _shown, data = through_json(case)
    case.update_resource(case.resources[0].id, note="ruft sonntags an")
    assert kept_layout(case, data, ASPECT) is not None


def test_a_kept_layout_serves_a_canvas_of_nearly_its_shape_only() -> None:
    case = map_case(15)
    _shown, data = through_json(case)
    assert kept_layout(case, data, ASPECT * 1.03) is not None  # the live map keeps its picture too
    assert kept_layout(case, data, ASPECT * 1.05) is not None  # a reload on a canvas 5 % different
    assert kept_layout(case, data, ASPECT * 0.95) is not None
    assert kept_layout(case, data, ASPECT * 1.10) is None
    assert kept_layout(case, data, 1240 / (664 + 470)) is None  # the form beside it


def test_a_kept_layout_of_other_layout_code_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    case = map_case(15)
    _shown, data = through_json(case)
    monkeypatch.setattr(kept_module, "layout_version", lambda: "another version")
    assert kept_layout(case, data, ASPECT) is None


def test_boxes_of_another_size_than_the_labels_need_now_are_not_used() -> None:
    """Another font or hyphenation (the same layout code) measures the labels otherwise."""
    case = map_case(15)
    _shown, data = through_json(case)
    rid = case.resources[4].id
    box = data["layout"]["boxes"][rid]
    box["x1"] += 3.0
    assert kept_layout(case, data, ASPECT) is None


def damaged(data: Any, how: int) -> Any:
    layout = data["layout"]
    if how == 0:
        del layout["rings"]
    elif how == 1:
        layout["boxes"] = "nichts"
    elif how == 2:
        layout["warm"]["@"] = "Popen"  # only the layout's own classes are ever made
    elif how == 3:
        layout["rings"]["@t"] = layout["rings"]["@t"][:2]
    elif how == 4:
        layout["positions"].popitem()
    elif how == 5:
        layout["sectors"]["@t"][0]["category"] = {"@c": "unbekannt"}
    elif how == 6:
        layout["aspect"] = "breit"
    elif how == 7:
        data["aspect"] = float("nan")
    elif how == 8:
        return [data]
    elif how == 9:
        layout["titles"] = {"@t": [{"@t": []}]}
    return data


@pytest.mark.parametrize("how", range(10))
def test_damaged_data_is_passed_over(how: int) -> None:
    case = map_case(15)
    _shown, data = through_json(case)
    assert kept_layout(case, damaged(data, how), ASPECT) is None


def test_a_valid_kept_layout_is_what_an_undo_gets_back() -> None:
    """Kept as the layout's result for its content: coming back to that content shows it again."""
    case = map_case(15)
    _shown, data = through_json(case)
    layout_module._CACHE.clear()
    again = kept_layout(case, data, ASPECT)
    assert compute_layout(case, ASPECT) is again


def test_an_edit_makes_the_layouts_content_key_once_and_an_unchanged_case_not_at_all() -> None:
    """Issue 15: each edit asked for the case's content key twice (the layouts kept, the kept
    picture's fingerprint), ~0.5 ms each at 200 resources, and hashed it (~1 ms). The same lists give
    the same key parts (made once); a change gives new ones, equal to a key made from nothing."""
    case = synthetic_case(200, seed=200)
    first = layout_module._content_key(case, 1.6)
    assert layout_module._content_key(case, 2.0)[2] is first[2]
    assert layout_module._content_key(case, 1.6)[3] is first[3]
    fingerprint = content_fingerprint(case)
    res = case.resources[7]
    case.update("resources", res.id, closeness=1 + res.closeness % 3)
    changed = layout_module._content_key(case, 1.6)
    assert changed[2] != first[2] and changed[3] == first[3]
    assert content_fingerprint(case) != fingerprint
    layout_module._PARTS.clear()
    kept_module._last_fingerprint = None
    assert layout_module._content_key(case, 1.6) == changed
    # lists (not the model's tuples) may change in place: never kept
    as_list = case.model_copy()
    object.__setattr__(as_list, "resources", list(case.resources))
    assert layout_module._content_key(as_list, 1.6)[2] is not layout_module._content_key(as_list, 1.6)[2]
