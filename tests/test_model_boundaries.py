"""What the model must not hold or import.

The concept paper rules out typing, profiling and anamnesis, so the case format has no field for
diagnoses, deficits, target groups, risk scores or demographics. And the model is the pure core: it
imports no widget, drawing or notebook library.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from beratungskit.model import Case

ROOT = Path(__file__).resolve().parents[1]

#: Stems of words that would describe a person instead of their resources. Checked against the
#: start of each part of a field name (``geburts_datum`` → ``geburts``, ``datum``).
FORBIDDEN_STEMS = (
    "diagnos",
    "befund",
    "defizit",
    "deficit",
    "hemmnis",
    "vermittlungshemmnis",
    "zielgruppe",
    "targetgroup",
    "target_group",
    "risiko",
    "risk",
    "score",
    "prognos",
    "profil",
    "profile",
    "alter",
    "age",
    "geburt",
    "birth",
    "dob",
    "geschlecht",
    "gender",
    "sex",
    "nationalit",
    "staatsangeh",
    "herkunftsland",
    "country",
    "ethni",
    "religion",
    "konfession",
    "gesundheit",
    "health",
    "krankheit",
    "illness",
    "behinderung",
    "disab",
    "sucht",
    "addict",
    "psych",
    "therap",
    "anamnes",
    "vorstraf",
    "criminal",
    "familienstand",
    "marital",
)


def field_names(schema: dict[str, Any]) -> Iterator[str]:
    """Every property name of a JSON schema and of all its ``$defs``."""
    yield from schema.get("properties", {})
    for sub in schema.get("$defs", {}).values():
        yield from field_names(sub)


def forbidden(name: str) -> list[str]:
    parts = [name.lower(), *name.lower().split("_")]
    return sorted({stem for stem in FORBIDDEN_STEMS for part in parts if part.startswith(stem)})


def test_checker_finds_nested_fields_and_would_flag_a_profiling_field() -> None:
    class Person(BaseModel):
        geburtsdatum: str
        risk_score: int

    class Profile(BaseModel):
        label: str
        person: Person

    names = set(field_names(Profile.model_json_schema()))
    assert {"label", "geburtsdatum", "risk_score"} <= names
    assert forbidden("geburtsdatum") == ["geburt"]
    assert forbidden("risk_score") and forbidden("Zielgruppe") and forbidden("age")
    # legitimate words of the method must pass: the origin of a resource is not a person's origin
    for fine in (
        "origin",
        "category",
        "closeness",
        "named_by",
        "is_person",
        "role",
        "confidence",
        "updated_at",
    ):
        assert forbidden(fine) == [], fine


def test_case_format_has_no_field_for_profiling_a_person() -> None:
    names = sorted(set(field_names(Case.model_json_schema())))
    # the walk really reaches into resources, goals and steps
    assert {"label", "origin", "will_id", "confidence", "owner", "institution", "summary"} <= set(names)
    offending = {name: forbidden(name) for name in names if forbidden(name)}
    assert offending == {}


def _modules_after_import(module: str) -> list[str]:
    code = (
        f"import json, sys; import {module}; "
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out)  # type: ignore[no-any-return]


@pytest.mark.parametrize("module", ["beratungskit.model", "beratungskit.store"])
def test_core_layers_import_no_ui_or_drawing_library(module: str) -> None:
    loaded = set(_modules_after_import(module))
    assert "pydantic" in loaded  # the probe itself works
    heavy = {"ipywidgets", "pyvis", "IPython", "jinja2", "anywidget", "matplotlib", "playwright", "networkx"}
    assert loaded & heavy == set()
