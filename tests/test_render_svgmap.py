"""The print SVG of the ecomap: valid XML, same layout and vocabulary, escaped text, no script."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET

from beratungskit.analysis.layout import compute_layout
from beratungskit.model import Case
from beratungskit.render.style import CATEGORY_STYLE
from beratungskit.render.svgmap import ecomap_svg
from tests.test_render_ecomap import HOSTILE, hostile_case

NS = "{http://www.w3.org/2000/svg}"


def _texts(root: ET.Element) -> list[str]:
    return ["".join(el.itertext()) for el in root.iter(f"{NS}text")]


def test_parses_and_draws_every_resource_with_its_shape(demo_case: Case) -> None:
    root = ET.fromstring(ecomap_svg(demo_case, width=900))
    assert root.tag == f"{NS}svg" and root.get("width") == "900"
    texts = _texts(root)
    assert "Mira K." in texts and "Fahrrad" in texts and "(Schwester)" in texts
    fills = [el.get("fill") for el in root.iter() if el.get("fill")]
    for style in CATEGORY_STYLE.values():
        assert style.color in fills
    # every relation is a line, straight or curved around the boxes in its way
    drawn = [el for el in root.iter() if el.tag in (f"{NS}line", f"{NS}path") and el.get("fill") == "none"]
    assert len(drawn) >= len(demo_case.relations)
    assert any(el.get("stroke-dasharray") == "10 8" for el in drawn)  # schwach
    assert any("Pfeil" in t for t in texts) and any("Persönlich" in t for t in texts)
    assert not list(root.iter(f"{NS}script"))


def test_draws_the_screen_layout(demo_case: Case) -> None:
    placed = compute_layout(demo_case, 1.9)
    root = ET.fromstring(ecomap_svg(demo_case, placed))
    rects = {(float(r.get("x")), float(r.get("y"))) for r in root.iter(f"{NS}rect")}
    for res in demo_case.resources:  # every box where the layout put it (its border inside the pad)
        box = placed.boxes[res.id]
        assert (round(box.x0 + 4, 1), round(box.y0 + 4, 1)) in rects, res.label
    # three rings (dashed rectangles with rounded corners, as the layout shaped them) and the eLb
    rings = [r for r in root.iter(f"{NS}rect") if r.get("stroke-dasharray") == "8 6"]
    assert sorted(float(r.get("width")) for r in rings) == [
        round(ring.x1 - ring.x0, 1) for ring in placed.rings
    ]
    assert all(float(r.get("rx")) > 0 for r in rings)
    assert len(list(root.iter(f"{NS}ellipse"))) == 1


def test_hostile_text_is_escaped() -> None:
    case = hostile_case()
    svg = ecomap_svg(case)
    root = ET.fromstring(svg)  # would fail on broken markup
    assert not [
        el for el in root.iter() if el.tag in {f"{NS}script", f"{NS}img", f"{NS}a", f"{NS}foreignObject"}
    ]
    assert not [el for el in root.iter() if any(k.startswith("on") for k in el.attrib)]
    assert "<img" not in svg and "<script" not in svg
    joined = " ".join(_texts(root)) + " ".join(el.text or "" for el in root.iter(f"{NS}title"))
    assert "onerror=alert(1)" in joined and "alert(1)" in joined


def test_does_not_change_the_case(demo_case: Case) -> None:
    before = demo_case.model_dump()
    ecomap_svg(demo_case)
    assert demo_case.model_dump() == before
    assert HOSTILE  # the shared hostile texts are in use here too


def test_the_sheet_holds_every_curve_as_drawn(demo_case: Case) -> None:
    """A curve bulging beyond rings and boxes was cut at the printed sheet's edge (demo case, A4 map:
    Frau Okafor – Familienzentrum ran off the top): the viewBox holds every line's points."""
    from beratungskit.analysis.layout import line_points
    from beratungskit.render.ecomap import PRINT_MAP_MM

    width_mm, height_mm = PRINT_MAP_MM  # as the A4 sheet lays it out (render/ecomap.py karte_sheet)
    placed = compute_layout(demo_case, width_mm / height_mm, thorough=True)
    # since the rings are BAND_DEPTH deep on every side (session 17) the demo case's curves stay
    # within them: the line that bulges furthest out drawn as vis-network's roundest curve (1.0; the
    # layout's own go up to 0.75), as a route the sheet must hold whatever the layout chose
    ext = placed.extent

    def beyond(source: str, target: str, route: tuple[str, float]) -> int:
        points = line_points(*placed.positions[source], *placed.positions[target], route)
        return sum(not (ext.x0 <= px <= ext.x1 and ext.y0 <= py <= ext.y1) for px, py in points)

    _most, rel_id, route = max(
        (beyond(rel.source, rel.target, (kind, 1.0)), rel.id, (kind, 1.0))
        for rel in demo_case.relations
        for kind in ("curvedCW", "curvedCCW")
    )
    placed = dataclasses.replace(placed, routes={**placed.routes, rel_id: route})
    root = ET.fromstring(ecomap_svg(demo_case, placed, legend=False))
    x0, y0, w, h = (float(v) for v in root.attrib["viewBox"].split())
    bulging = 0
    for rel in demo_case.relations:
        route = placed.routes.get(rel.id)
        for px, py in line_points(*placed.positions[rel.source], *placed.positions[rel.target], route):
            assert x0 <= px <= x0 + w and y0 <= py <= y0 + h, (rel.id, px, py)
            bulging += not (ext.x0 <= px <= ext.x1 and ext.y0 <= py <= ext.y1)
    assert bulging, "the curve no longer runs beyond the layout's extent: pick another line"


def test_a_box_whose_closeness_is_open_is_dashed_on_paper_too() -> None:
    """The printed map shows what the screen shows (trial 15 point 8): an open closeness dashed."""
    case = Case.new("Sonnenblume", key="sonne")
    chosen = case.add_resource("Geduld", closeness=2)
    still_open = case.add_resource("Fahrrad fahren")
    placed = compute_layout(case)
    root = ET.fromstring(ecomap_svg(case, placed))
    by_corner = {(float(r.get("x")), float(r.get("y"))): r for r in root.iter(f"{NS}rect")}

    def box(res_id: str) -> ET.Element:
        b = placed.boxes[res_id]
        return by_corner[(round(b.x0 + 4, 1), round(b.y0 + 4, 1))]

    assert box(still_open.id).get("stroke-dasharray") == "7 5"
    assert box(chosen.id).get("stroke-dasharray") is None
    # the legend under it says what the dashes mean
    legend = ET.fromstring(ecomap_svg(case, placed, legend=True))
    assert "Nähe noch offen" in _texts(legend)


def test_ring_names_stand_over_the_lines_and_under_the_boxes(demo_case: Case) -> None:
    """As on the screen (mapdraw.js): a line through a ring's name is cut by its white patch (drawn
    after the lines), a box stays over a name (drawn after the names)."""
    from beratungskit.render.style import EDGE_COLOR

    root = ET.fromstring(ecomap_svg(demo_case, width=900))
    order = list(root.iter())
    lines = [i for i, el in enumerate(order) if el.get("stroke") == EDGE_COLOR and el.get("fill") == "none"]
    names = [
        i
        for i, el in enumerate(order)
        if el.tag == f"{NS}text" and "".join(el.itertext()).startswith("Ring ")
    ]
    boxes = [i for i, el in enumerate(order) if el.tag == f"{NS}text" and "".join(el.itertext()) == "Fahrrad"]
    assert lines and len(names) == 3 and boxes
    assert max(lines) < min(names) and max(names) < min(boxes)
