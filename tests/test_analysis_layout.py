"""Layout: eLb in the centre, categories as quarters, closeness as rings, no overlapping labels."""

from __future__ import annotations

import math

import pytest

from benchmarks.cases import synthetic_case
from beratungskit.analysis.layout import (
    ASPECT,
    QUARTERS,
    compute_layout,
    count_overlaps,
    label_boxes,
    label_lines,
    layout,
    node_box,
    text_width,
)
from beratungskit.model import ELB_ID, Case, Category


def _ring_radius(pos: tuple[float, float]) -> float:
    x, y = pos
    return math.hypot(x / ASPECT, y)


def test_elb_in_the_centre(demo_case: Case) -> None:
    assert layout(demo_case)[ELB_ID] == (0.0, 0.0)


def test_same_case_same_positions_whatever_the_list_order(demo_case: Case) -> None:
    first = layout(demo_case)
    shuffled = demo_case.model_copy(deep=True)
    shuffled.resources = list(reversed(shuffled.resources))
    assert layout(shuffled) == first
    assert layout(demo_case) == first


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_category_in_its_quarter_and_each_ring_outside_the_inner_ones(seed: int) -> None:
    case = synthetic_case(60, seed)
    result = compute_layout(case)
    for res in case.resources:
        x, y = result.positions[res.id]
        sx, sy = QUARTERS[res.category]
        assert x * sx > 0 and y * sy > 0, res
        # the whole label box stays in the quarter, so quarters never mix
        box = next(b for b in label_boxes(case, result.positions) if b.node_id == res.id)
        assert (box.x0 > 0 if sx > 0 else box.x1 < 0) and (box.y0 > 0 if sy > 0 else box.y1 < 0)
        r = _ring_radius((x, y))
        inner = result.ring_radii[res.closeness - 2] if res.closeness > 1 else 0.0
        assert inner < r < result.ring_radii[res.closeness - 1], (res.closeness, r, result.ring_radii)


def test_persoenlich_is_upper_left_and_materiell_lower_right(demo_case: Case) -> None:
    pos = layout(demo_case)
    for res in demo_case.resources:
        x, y = pos[res.id]
        if res.category is Category.PERSOENLICH:
            assert x < 0 and y < 0  # y grows downward on screen
        if res.category is Category.MATERIELL:
            assert x > 0 and y > 0


def test_saved_position_wins_and_others_keep_clear(demo_case: Case) -> None:
    moved = demo_case.resources[0]
    demo_case.move_resource(moved.id, 12.0, 345.0)
    pos = layout(demo_case)
    assert pos[moved.id] == (12.0, 345.0)
    saved_box = next(b for b in label_boxes(demo_case, pos) if b.node_id == moved.id)
    others = [b for b in label_boxes(demo_case, pos) if b.node_id != moved.id]
    assert not any(saved_box.overlaps(b) for b in others)


@pytest.mark.parametrize("n", [15, 50, 200])
@pytest.mark.parametrize("seed", [1, 7])
@pytest.mark.parametrize(
    ("skew", "long_labels"), [(False, False), (True, False), (False, True), (True, True)]
)
def test_no_label_boxes_overlap(n: int, seed: int, skew: bool, long_labels: bool) -> None:
    case = synthetic_case(n, seed, skew=skew, long_labels=long_labels)
    pos = layout(case)
    assert len(pos) == n + 1
    assert count_overlaps(label_boxes(case, pos)) == 0


def test_all_in_one_quarter_and_ring_uses_lanes_outward() -> None:
    case = synthetic_case(200, 3, skew=True)
    assert len({(r.category, r.closeness) for r in case.resources}) == 1
    pos = layout(case)
    radii = sorted(_ring_radius(pos[r.id]) for r in case.resources)
    assert radii[-1] > 3 * radii[0]  # several lanes, not one crowded arc
    assert count_overlaps(label_boxes(case, pos)) == 0


def test_overlap_counter_counts_pairs() -> None:
    a = node_box("a", 0, 0, ["Fahrrad"])
    b = node_box("b", 10, 10, ["Fahrrad"])
    c = node_box("c", 2000, 0, ["Fahrrad"])
    assert count_overlaps([a, b, c]) == 1
    assert count_overlaps([a, c]) == 0


def test_labels_wrap_at_22_characters_and_width_grows_with_text() -> None:
    lines = label_lines("Bewerbungscoaching im Jobcenter der Stadt")
    assert all(len(line) <= 22 for line in lines) and len(lines) == 2
    assert label_lines("x" * 50) == ["x" * 22, "x" * 22, "x" * 6]
    assert text_width("Fahrrad") < text_width("Fahrradwerkstatt")


def test_rings_keep_their_nodes_once_every_node_is_saved() -> None:
    """The session pins every shown node; the rings must still enclose each node's own ring."""
    import math

    from beratungskit.analysis.layout import ASPECT, compute_layout, unplaced_positions
    from beratungskit.demo import demo_case

    case = demo_case()
    case.place_resources(unplaced_positions(case))
    case.add_resource("Gitarre spielen")
    case.place_resources(unplaced_positions(case))
    placed = compute_layout(case)
    inner = 0.0
    for ring, radius in zip((1, 2, 3), placed.ring_radii, strict=True):
        for res in case.resources:
            if res.closeness == ring:
                dist = math.hypot(res.x / ASPECT, res.y)  # type: ignore[operator]
                assert inner < dist < radius, (res.label, ring, dist, inner, radius)
        inner = radius
