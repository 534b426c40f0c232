"""The safe reader of the files an office edits in ``templates/``: odd files get a German sentence.

Issue 9: a YAML alias bomb in the partner directory made ``team`` hang for more than a minute. Every
template file is now read by one reader (a regular file, at most 2 MB, no anchors or aliases, nesting
limited); these tests feed it what an odd or hostile file can hold.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from beratungskit.analysis.partners import load_partners
from beratungskit.analysis.template_yaml import (
    MAX_TEMPLATE_BYTES,
    MAX_YAML_DEPTH,
    TemplateFileError,
    read_yaml,
)
from beratungskit.resources import builtin_templates_dir
from tests.hostile import within

#: The "billion laughs": nine levels of nine aliases each, 9⁹ leaves when expanded.
ALIAS_BOMB = "\n".join(
    [
        'a0: &a0 ["lol"]',
        *(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)),
        "partner:",
        "  - kind: tafel",
        "    name: *a9",
        "    category: sozial",
        "    origin: sozialraum",
        "",
    ]
)


def _file(tmp_path: Path, text: str | bytes, name: str = "partners.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def test_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    """Defect 4: the alias bomb made every reader of the directory expand it (team hung > 1 min)."""
    path = _file(tmp_path, ALIAS_BOMB)
    start = time.perf_counter()
    with pytest.raises(TemplateFileError) as info:
        within(10, lambda: load_partners(path))
    assert time.perf_counter() - start < 2
    assert str(info.value) == (
        "Die Datei „partners.yaml“ verwendet in Zeile 1 einen Anker oder Verweis (& oder *). Das ist in "
        "Vorlagen nicht erlaubt; bitte den Eintrag ausschreiben."
    )


def test_team_report_with_an_alias_bomb_in_the_directory_finishes(tmp_path: Path) -> None:
    """Defect 4 end to end: the real command, the bomb in the office's templates folder."""
    templates = tmp_path / "vorlagen"
    templates.mkdir()
    _file(templates, ALIAS_BOMB)
    store = tmp_path / "faelle"
    env = {**os.environ, "BERATUNGSKIT_TEMPLATES": str(templates)}
    subprocess.run([sys.executable, "-m", "beratungskit", "demo", "--store", str(store)], env=env, check=True)
    out = tmp_path / "team.html"
    try:
        done = subprocess.run(
            [sys.executable, "-m", "beratungskit", "team", "--store", str(store), "-o", str(out)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("beratungskit team hängt an einer YAML-Bombe im Partnerverzeichnis")
    assert done.returncode == 0, done.stderr
    assert out.exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "partner: " + "[" * 5000 + "]" * 5000 + "\n",
            f"zu tief verschachtelt (mehr als {MAX_YAML_DEPTH} Ebenen)",
        ),
        ("partner: " + "[" * 100_000 + "\n", "zu tief verschachtelt"),
        ("a: &x 1\nb: 2\n", "Anker oder Verweis"),
        ("basis: &b {x: 1}\nneu:\n  <<: *b\n", "Anker oder Verweis"),
        (b"partner:\n  - kind: tafel\x00\n", "ein Zeichen, das in YAML nicht erlaubt ist"),
        (b"partner: \xff\xfe\n", "nicht in UTF-8 gespeichert"),
        (b"x" * (MAX_TEMPLATE_BYTES + 1), "größer als 2 MB"),
        ("partner: !!python/object/apply:os.system ['echo hallo']\n", "nicht lesbar (Zeile 1)"),
        # thirty-ninth round: PyYAML keeps the second of two equal keys and drops the first silently
        (
            "partner:\n  - kind: tafel\n    name: Tafel\n    kind: kleiderkammer\n",
            "„kind“ in Zeile 4 ein zweites Mal",
        ),
        (
            "groups:\n  - unless: [a]\n    terms: [b]\n    unless: [c]\n",
            "„unless“ in Zeile 4 ein zweites Mal",
        ),
    ],
    ids=[
        "tief",
        "tief-offen",
        "anker",
        "merge",
        "nul",
        "kein-utf8",
        "zu-gross",
        "python-tag",
        "doppelt",
        "doppelt-liste",
    ],
)
def test_odd_template_files_get_a_german_sentence(
    tmp_path: Path, content: str | bytes, expected: str
) -> None:
    path = _file(tmp_path, content)
    with pytest.raises(TemplateFileError) as info:
        within(10, lambda: read_yaml(path))
    message = str(info.value)
    assert expected in message and "„partners.yaml“" in message, message
    assert "\n" not in message


def test_a_pipe_or_folder_as_template_file_hangs_nothing(tmp_path: Path) -> None:
    fifo = tmp_path / "partners.yaml"
    os.mkfifo(fifo)
    with pytest.raises(TemplateFileError, match="Pipe"):
        within(10, lambda: read_yaml(fifo), fifo=fifo)
    (tmp_path / "ordner.yaml").mkdir()
    with pytest.raises(TemplateFileError, match="Ordner"):
        read_yaml(tmp_path / "ordner.yaml")
    with pytest.raises(TemplateFileError, match="fehlt"):
        read_yaml(tmp_path / "gibt-es-nicht.yaml")


@pytest.mark.parametrize("name", sorted(p.name for p in builtin_templates_dir().glob("*.yaml")))
def test_shipped_templates_read_exactly_as_plain_yaml(name: str) -> None:
    path = builtin_templates_dir() / name
    assert read_yaml(path, lines=False) == yaml.safe_load(path.read_text(encoding="utf-8"))
