"""Exports for other tools: GraphML (Gephi, Cytoscape), CSV tables (R/egor, spreadsheets) and JSON.

GraphML is parsed once before it is returned (:func:`beratungskit.render.xmlcheck.well_formed`): a
file Gephi or Cytoscape could not open is never written.

Every export is pseudonymised unless ``pseudonymise=False`` is passed on purpose
(:func:`beratungskit.analysis.pseudonym.pseudonymise` says exactly what that changes).

The CSV tables follow the layout the R package *egor* reads: one table of egos, one of alters, one of
alter–alter ties, joined by ``ego_id``::

    egor::egor(alters = alters, egos = ego, aaties = aaties,
               ID.vars = list(ego = "ego_id", alter = "alter_id", source = "source", target = "target"))

A cell that starts with ``=``, ``+``, ``-``, ``@`` or a tab gets a leading apostrophe, so a spreadsheet
opens it as text and never runs it as a formula.

>>> from beratungskit.demo import demo_case
>>> tables = csv_tables(demo_case())
>>> sorted(tables)
['aaties', 'alters', 'ego']
>>> tables["alters"].splitlines()[0].split(",")[:3]
['ego_id', 'alter_id', 'label']
"""

from __future__ import annotations

import csv
import io
from typing import Any

import networkx as nx

from beratungskit.analysis.pseudonym import pseudonymise as _pseudonymise
from beratungskit.messages import t
from beratungskit.model import ELB_ID, Case, Direction, Relation
from beratungskit.render.xmlcheck import well_formed

__all__ = ["csv_tables", "graphml", "json_export"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


Salt = bytes | str | None


def _prepared(case: Case, pseudonymise: bool, salt: Salt = None) -> Case:
    # salt: the case folder's secret (beratungskit.store.folder_secret), so a case keeps its pseudonym
    return _pseudonymise(case, salt=salt) if pseudonymise else case


def _graph(case: Case) -> nx.Graph:
    from beratungskit.analysis.graph import to_networkx

    graph = to_networkx(case)
    # GraphML has no "missing" value: an unset attribute is left out instead of written as None.
    for _node, attrs in graph.nodes(data=True):
        for key in [k for k, v in attrs.items() if v is None]:
            del attrs[key]
    for _a, _b, attrs in graph.edges(data=True):
        for key in [k for k, v in attrs.items() if v is None]:
            del attrs[key]
    graph.graph = {k: v for k, v in graph.graph.items() if v is not None}
    return graph


def graphml(case: Case, pseudonymise: bool = True, salt: Salt = None) -> str:
    """The map as GraphML (nodes: the eLb and every resource; edges: the relations).

    >>> from beratungskit.demo import demo_case
    >>> "<graphml" in graphml(demo_case())
    True
    """
    text = "\n".join(nx.generate_graphml(_graph(_prepared(case, pseudonymise, salt)))) + "\n"
    return well_formed(text, t("render_xml.what.graphml"))


def json_export(case: Case, pseudonymise: bool = True, salt: Salt = None) -> str:
    """The whole case as JSON in the store's file format (pseudonymised by default).

    >>> from beratungskit.demo import demo_case
    >>> '"Mira K."' in json_export(demo_case())
    False
    """
    return _prepared(case, pseudonymise, salt).model_dump_json(indent=2) + "\n"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _table(header: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return out.getvalue()


_FLIP = {Direction.GIBT: Direction.BEKOMMT, Direction.BEKOMMT: Direction.GIBT}


def _from_ego(rel: Relation) -> Direction:
    """Direction of support read from the eLb's side (a relation may be drawn either way)."""
    if rel.source == ELB_ID:
        return rel.direction
    return _FLIP.get(rel.direction, rel.direction)


def csv_tables(case: Case, pseudonymise: bool = True, salt: Salt = None) -> dict[str, str]:
    """Three CSV tables — ``ego``, ``alters``, ``aaties`` — as egor reads them (see module docstring)."""
    case = _prepared(case, pseudonymise, salt)
    ego_id = case.key
    ego = _table(["ego_id", "alias"], [[ego_id, case.alias]])
    ego_ties = {}
    for rel in case.relations:
        if ELB_ID in (rel.source, rel.target):
            other = rel.target if rel.source == ELB_ID else rel.source
            ego_ties[other] = rel
    alter_rows = []
    for res in case.resources:
        tie = ego_ties.get(res.id)
        alter_rows.append(
            [
                ego_id,
                res.id,
                res.label,
                res.category.value,
                res.origin.value if res.origin else None,
                res.closeness,
                res.is_person,
                res.role,
                res.named_by.value if res.named_by else None,
                tie.strength.value if tie else None,
                _from_ego(tie).value if tie else None,
                res.note,
            ]
        )
    alters = _table(
        [
            "ego_id",
            "alter_id",
            "label",
            "category",
            "origin",
            "closeness",
            "is_person",
            "role",
            "named_by",
            "tie_strength",
            "tie_direction",
            "note",
        ],
        alter_rows,
    )
    aatie_rows = [
        [ego_id, rel.source, rel.target, rel.strength.value, rel.direction.value, rel.note]
        for rel in case.relations
        if ELB_ID not in (rel.source, rel.target)
    ]
    aaties = _table(["ego_id", "source", "target", "strength", "direction", "note"], aatie_rows)
    return {"ego": ego, "alters": alters, "aaties": aaties}
