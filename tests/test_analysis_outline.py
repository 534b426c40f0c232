"""The map as an outline: the same resources, areas, rings and lines as the map, in reading order."""

from __future__ import annotations

from hypothesis import given, settings

from beratungskit.analysis.outline import OPEN_RING, map_outline, map_summary
from beratungskit.model import ELB_ID, Case, Category, Direction, Strength
from tests.strategies import cases


def _entries(case: Case) -> list[tuple[str, Category, int]]:
    return [
        (e.id, area.category, ring.ring)
        for area in map_outline(case)
        for ring in area.rings
        for e in ring.entries
    ]


def test_every_resource_once_in_its_area_and_ring(demo_case: Case) -> None:
    entries = _entries(demo_case)
    assert sorted(e[0] for e in entries) == sorted(r.id for r in demo_case.resources)
    for resource_id, category, ring in entries:
        res = demo_case.resource(resource_id)
        assert (res.category, res.closeness or OPEN_RING) == (category, ring)
    # Areas in the map's order, rings from the centre outwards, empty rings left out.
    areas = map_outline(demo_case)
    assert [a.category for a in areas] == list(Category)
    for area in areas:
        rings = [r.ring for r in area.rings]
        chosen = [r for r in rings if r != OPEN_RING]
        assert rings == chosen + [OPEN_RING] * (OPEN_RING in rings)  # the open group last
        assert chosen == sorted(chosen) and all(r.entries for r in area.rings)


@settings(max_examples=40, deadline=None)
@given(cases())
def test_outline_holds_every_resource_and_every_line_end(case: Case) -> None:
    entries = _entries(case)
    assert sorted(e[0] for e in entries) == sorted(r.id for r in case.resources)
    links = sum(len(e.links) for area in map_outline(case) for ring in area.rings for e in ring.entries)
    # A line between two resources is told at both, a line to the eLb at its resource.
    assert links == sum(2 - [rel.source, rel.target].count(ELB_ID) for rel in case.relations)


def test_a_line_is_said_from_each_side() -> None:
    case = Case.new("Sonnenblume", key="sonne")
    jana = case.add_resource("Jana", category=Category.SOZIAL, is_person=True, role="Schwester", closeness=1)
    bike = case.add_resource("Fahrrad", category=Category.MATERIELL)
    case.connect(jana.id, bike.id, strength=Strength.STARK, direction=Direction.GIBT)
    case.connect(ELB_ID, bike.id, direction=Direction.GEGENSEITIG, strength=Strength.SCHWACH)
    by_id = {e.id: e for area in map_outline(case) for ring in area.rings for e in ring.entries}
    assert [link.text for link in by_id[jana.id].links] == ["hilft Fahrrad (starke Verbindung)"]
    assert [link.text for link in by_id[bike.id].links] == [
        "bekommt Hilfe von Jana (starke Verbindung)",
        "mit Sonnenblume: Hilfe in beide Richtungen (schwache Verbindung)",
    ]
    assert by_id[jana.id].detail == "Person: Schwester" and not by_id[jana.id].closeness_open
    # Nobody chose the bicycle's closeness: drawn in the middle ring, said to be open.
    assert by_id[bike.id].ring == 2 and by_id[bike.id].closeness_open


def test_summary_counts_what_the_map_shows(demo_case: Case) -> None:
    text = map_summary(demo_case)
    people = sum(r.is_person is True for r in demo_case.resources)
    assert text.startswith(
        f"Ressourcenkarte von Mira K.: {len(demo_case.resources)} Ressourcen, davon {people} Menschen."
    )
    for category in Category:
        n = sum(r.category is category for r in demo_case.resources)
        assert f": {n}" in text
    assert f"{len(demo_case.relations)} Verbindungen." in text


def test_summary_of_a_small_and_an_empty_map() -> None:
    case = Case.new("Sonnenblume", key="sonne")
    assert map_summary(case) == "Ressourcenkarte von Sonnenblume: noch keine Ressourcen eingetragen."
    case.add_resource("Geduld", closeness=1)
    assert map_summary(case) == (
        "Ressourcenkarte von Sonnenblume: 1 Ressource, davon keine Menschen. Persönlich: 1. Ganz nah: 1. "
        "Noch keine Verbindungen."
    )


def test_an_open_closeness_is_listed_as_open_not_in_the_middle_ring() -> None:
    """Issue 11 point 6, trial 15 point 8: a resource whose closeness nobody chose stood under
    „Ring 2: mittel nah“ in „Als Liste“ — it looked decided. It has its own group after the rings."""
    case = Case.new("Sonnenblume", key="sonne")
    case.add_resource("Geduld", closeness=2)
    case.add_resource("Kochen", closeness=1)
    open_one = case.add_resource("Fahrrad fahren")
    (persoenlich, *_rest) = map_outline(case)
    assert [(r.ring, r.name) for r in persoenlich.rings] == [
        (1, "Ring 1: ganz nah"),
        (2, "Ring 2: mittel nah"),
        (OPEN_RING, "Nähe noch offen"),
    ]
    assert [e.id for e in persoenlich.rings[1].entries] != [open_one.id]
    assert [e.id for e in persoenlich.rings[-1].entries] == [open_one.id]
    assert persoenlich.rings[-1].entries[0].ring == 2  # still drawn in the middle ring
    # the summary counts it as open, not as "mittel nah"
    assert "Ganz nah: 1, mittel nah: 1, Nähe noch offen: 1." in map_summary(case)
