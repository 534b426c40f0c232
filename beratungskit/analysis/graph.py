"""The case as a networkx graph: the eLb in the middle, every resource, every relation.

>>> from beratungskit.demo import demo_case
>>> g = to_networkx(demo_case())
>>> g.nodes["elb"]["kind"], g.number_of_nodes()
('elb', 17)
>>> g.nodes["r1"]["category"]
'persoenlich'
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from beratungskit.model import ELB_ID, Case

__all__ = ["to_networkx"]


def to_networkx(case: Case, *, directed: bool = False) -> nx.Graph:
    """Every resource and relation of ``case`` as a graph, attributes as plain JSON values.

    Node ``ELB_ID`` is the eLb (``kind="elb"``, ``label`` = the alias); resources carry all their
    fields (``kind="resource"``; enum values as strings, times as ISO strings, unset ``x``/``y`` as
    ``None``). Each relation is one edge carrying all its fields, including ``source``/``target`` so
    that the direction of support can be read from an undirected graph too. ``directed=True`` gives a
    :class:`networkx.DiGraph` whose edges run from ``source`` to ``target``.
    """
    graph: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    graph.graph.update(key=case.key, alias=case.alias)
    graph.add_node(ELB_ID, kind="elb", label=case.alias)
    for res in case.resources:
        attrs: dict[str, Any] = res.model_dump(mode="json", exclude={"id"})
        graph.add_node(res.id, kind="resource", **attrs)
    for rel in case.relations:
        attrs = rel.model_dump(mode="json")
        edge_id = attrs.pop("id")
        graph.add_edge(rel.source, rel.target, id=edge_id, **attrs)
    return graph
