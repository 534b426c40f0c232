"""to_networkx: the eLb, every resource and every relation, with all their attributes as plain values."""

from __future__ import annotations

import networkx as nx

from beratungskit.analysis.graph import to_networkx
from beratungskit.model import ELB_ID, Case


def test_every_resource_and_relation_with_all_attributes(demo_case: Case) -> None:
    graph = to_networkx(demo_case)
    assert isinstance(graph, nx.Graph) and not graph.is_directed()
    assert graph.number_of_nodes() == len(demo_case.resources) + 1
    assert graph.number_of_edges() == len(demo_case.relations)
    assert graph.nodes[ELB_ID] == {"kind": "elb", "label": "Mira K."}
    jana = next(r for r in demo_case.resources if r.label == "Jana")
    attrs = graph.nodes[jana.id]
    assert attrs["category"] == "sozial" and attrs["origin"] == "lebensumfeld"
    assert attrs["role"] == "Schwester" and attrs["is_person"] is True and attrs["closeness"] == 1
    assert attrs["note"] == "Sie holt die Kinder mal ab."
    assert set(attrs) == set(type(jana).model_fields) - {"id"} | {"kind"}
    assert all(type(v) in (str, int, float, bool, type(None)) for v in attrs.values())
    rel = demo_case.relations[-3]  # Jana → Kita, "gibt", with a note
    edge = graph.edges[rel.source, rel.target]
    assert edge == {
        "id": rel.id,
        "source": rel.source,
        "target": rel.target,
        "strength": "mittel",
        "direction": "gibt",
        "note": rel.note,
    }


def test_directed_graph_runs_from_source_to_target(demo_case: Case) -> None:
    graph = to_networkx(demo_case, directed=True)
    assert graph.is_directed()
    for rel in demo_case.relations:
        assert graph.has_edge(rel.source, rel.target)
        assert not graph.has_edge(rel.target, rel.source)


def test_export_does_not_change_the_case(demo_case: Case) -> None:
    before = demo_case.model_dump()
    to_networkx(demo_case)
    assert demo_case.model_dump() == before
