"""GraphML, CSV and JSON exports: parse back, pseudonymised by default, hostile text harmless."""

from __future__ import annotations

import csv
import io

import networkx as nx

from beratungskit.demo import demo_case
from beratungskit.model import Case
from beratungskit.render.interchange import csv_tables, graphml, json_export


def _hostile_case() -> Case:
    case = demo_case()
    case.update_resource("r10", label="=SUMME(A1:A9) <b>&", note="</data><x>", shareable=True)
    return case


def test_graphml_reads_back_with_networkx() -> None:
    graph = nx.read_graphml(io.StringIO(graphml(_hostile_case())))
    assert graph.number_of_nodes() == 17 and graph.number_of_edges() == 19
    labels = {d["label"] for _n, d in graph.nodes(data=True)}
    assert "=SUMME(A1:A9) <b>&" in labels and "Schwester" in labels
    assert "Jana" not in labels and not any("Mira" in x for x in labels)


def test_csv_tables_in_egor_layout_with_formula_guard() -> None:
    tables = csv_tables(_hostile_case())
    ego = list(csv.DictReader(io.StringIO(tables["ego"])))
    alters = list(csv.DictReader(io.StringIO(tables["alters"])))
    aaties = list(csv.DictReader(io.StringIO(tables["aaties"])))
    assert len(ego) == 1 and ego[0]["ego_id"].startswith("fall-")
    assert len(alters) == 16 and {a["ego_id"] for a in alters} == {ego[0]["ego_id"]}
    assert len(aaties) == 3 and set(aaties[0]) >= {"ego_id", "source", "target"}
    assert "'=SUMME(A1:A9) <b>&" in [a["label"] for a in alters]
    sister = next(a for a in alters if a["label"] == "Schwester")
    assert sister["tie_direction"] == "bekommt" and sister["tie_strength"] == "stark"


def test_json_export_is_a_valid_pseudonymised_case() -> None:
    case = _hostile_case()
    back = Case.model_validate_json(json_export(case))
    assert back.key != case.key and "Mira" not in json_export(case)
    plain = Case.model_validate_json(json_export(case, pseudonymise=False))
    assert plain == case
