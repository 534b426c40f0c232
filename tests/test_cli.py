"""The ``beratungskit`` command, every subcommand with its error paths.

Most tests call ``main()`` in-process (fast); the ones about "no traceback, ever" and ``start`` run
the real command in a subprocess.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import networkx as nx
import pytest

from beratungskit.cli import main
from beratungskit.demo import DEMO_KEY
from beratungskit.store import SECRET_FILE, CaseStore

BIN = [sys.executable, "-m", "beratungskit"]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BIN, *args], capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=120
    )


@pytest.fixture
def demo_store(store_dir: Path) -> Path:
    assert main(["demo", "--store", str(store_dir)]) == 0
    return store_dir


def test_schema_prints_the_case_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"resources", "relations", "goals", "steps", "referrals", "log"} <= set(schema["properties"])
    assert schema["$defs"]["Resource"]["required"] == ["id", "label"]


def test_demo_writes_the_case_once(store_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--store", str(store_dir)]) == 0
    path = store_dir / f"{DEMO_KEY}.json"
    before = path.read_bytes()
    assert main(["demo", "--store", str(store_dir)]) == 0
    assert "schon" in capsys.readouterr().out
    assert path.read_bytes() == before
    assert len(CaseStore(store_dir).load(DEMO_KEY).resources) == 16


def test_validate_accepts_a_valid_file(demo_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(demo_store / f"{DEMO_KEY}.json")]) == 0
    assert "gültig" in capsys.readouterr().out


def test_validate_names_file_and_field_and_leaves_the_file(
    demo_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads((demo_store / f"{DEMO_KEY}.json").read_text(encoding="utf-8"))
    data["resources"][2]["category"] = "gesundheit"
    bad = tmp_path / "kaputt.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    broken = tmp_path / "abgeschnitten.json"
    broken.write_text('{"key": "x", "alias": ', encoding="utf-8")
    before = bad.read_bytes(), broken.read_bytes()

    code = main(["validate", str(demo_store / f"{DEMO_KEY}.json"), str(bad), str(broken)])

    err = capsys.readouterr().err
    assert code == 1
    assert "kaputt.json" in err and "resources[2].category" in err and "gesundheit" in err
    assert "abgeschnitten.json" in err
    assert (bad.read_bytes(), broken.read_bytes()) == before


def test_validate_warns_about_wording_but_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from beratungskit.model import Case

    case = Case.new("Test", key="wortwahl")
    case.add_resource("Fahrrad", note="Kunde ist völlig unmotiviert")
    path = tmp_path / "wortwahl.json"
    path.write_text(case.model_dump_json(), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert "Hinweis zur Wortwahl" in capsys.readouterr().out


@pytest.mark.parametrize("by", ["key", "path"])
def test_export_karte_by_key_or_path(demo_store: Path, tmp_path: Path, by: str) -> None:
    out = tmp_path / "karte.html"
    ref = DEMO_KEY if by == "key" else str(demo_store / f"{DEMO_KEY}.json")
    assert main(["export", ref, "--as", "karte", "-o", str(out), "--store", str(demo_store)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "Mira K." in html and "vis-network" in html


@pytest.mark.parametrize("fmt", ["plan", "festgehalten", "fallbesprechung"])
def test_export_html_documents(demo_store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"{fmt}.html"
    assert main(["export", DEMO_KEY, "--as", fmt, "-o", str(out), "--store", str(demo_store)]) == 0
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


def test_export_fallbesprechung_is_pseudonymised(demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "fall.html"
    assert (
        main(["export", DEMO_KEY, "--as", "fallbesprechung", "-o", str(out), "--store", str(demo_store)]) == 0
    )
    html = out.read_text(encoding="utf-8")
    for secret in ("Mira K.", DEMO_KEY, "Jana", "Okafor", "Tamara"):
        assert secret not in html


def test_export_graphml_reads_back_pseudonymised(demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "karte.graphml"
    assert main(["export", DEMO_KEY, "--as", "graphml", "-o", str(out), "--store", str(demo_store)]) == 0
    graph = nx.read_graphml(out)
    assert graph.number_of_nodes() == 17
    assert "Jana" not in out.read_text(encoding="utf-8")


def test_export_csv_writes_three_tables(demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "tabellen"
    assert main(["export", DEMO_KEY, "--as", "csv", "-o", str(out), "--store", str(demo_store)]) == 0
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 3
    rows = {
        name: list(csv.DictReader(io.StringIO((out / name).read_text(encoding="utf-8")))) for name in files
    }
    assert sorted(len(r) for r in rows.values()) == [1, 3, 16]  # ego, alter–alter ties, alters


def test_export_json_is_pseudonymised_unless_asked(demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "fall.json"
    assert main(["export", DEMO_KEY, "--as", "json", "-o", str(out), "--store", str(demo_store)]) == 0
    assert "Mira K." not in out.read_text(encoding="utf-8")
    assert (
        main(["export", DEMO_KEY, "--as", "json", "-o", str(out), "--store", str(demo_store), "--klarnamen"])
        == 0
    )
    assert "Mira K." in out.read_text(encoding="utf-8")


def test_team_report(demo_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "team.html"
    assert main(["team", "--store", str(demo_store), "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "zu wenige Fälle" in html  # one case is below the minimum group size everywhere
    assert "Mira" not in html


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["export", "gibt-es-nicht", "--as", "karte", "-o", "x.html"], "gibt-es-nicht"),
        (["export", "/nirgends/fall.json", "--as", "karte", "-o", "x.html"], "/nirgends/fall.json"),
        (["export", DEMO_KEY, "--as", "bild", "-o", "x.html"], "ungültige Wahl"),
        (["export", DEMO_KEY, "--as", "graphml", "--pdf", "-o", "x.graphml"], "PDF"),
        (["export", "../etc/passwd", "--as", "karte", "-o", "x.html"], "../etc/passwd"),
        (["validate", "/nirgends/fall.json"], "fall.json"),
        (["export"], "es fehlt"),
        (["zaubern"], "ungültige Wahl"),
    ],
)
def test_errors_are_one_german_line_without_traceback(
    demo_store: Path, tmp_path: Path, args: list[str], expected: str
) -> None:
    result = run(*args, env={"BERATUNGSKIT_STORE": str(demo_store)})
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert expected in lines[0]


def test_export_onto_a_folder_is_a_german_error(demo_store: Path, tmp_path: Path) -> None:
    result = run("export", DEMO_KEY, "--as", "karte", "-o", str(tmp_path), "--store", str(demo_store))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("Fehler")


def test_export_does_not_touch_the_store(demo_store: Path, tmp_path: Path) -> None:
    before = {p: p.read_bytes() for p in demo_store.rglob("*") if p.is_file()}
    for fmt in ["karte", "plan", "festgehalten", "fallbesprechung", "graphml", "json"]:
        main(
            ["export", DEMO_KEY, "--as", fmt, "-o", str(tmp_path / f"out.{fmt}"), "--store", str(demo_store)]
        )
    after = {p: p.read_bytes() for p in demo_store.rglob("*") if p.is_file()}
    # The one new file is the folder's pseudonym secret, made by the first pseudonymised export.
    assert {p: b for p, b in after.items() if p.name != SECRET_FILE} == before
    assert {p.name for p in set(after) - set(before)} == {SECRET_FILE}


@pytest.mark.server
def test_start_seeds_the_demo_and_serves_on_loopback(tmp_path: Path) -> None:
    store = tmp_path / "faelle"
    process = subprocess.Popen(
        [*BIN, "start", "--store", str(store), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        url = ""
        deadline = time.monotonic() + 90
        assert process.stdout is not None
        while time.monotonic() < deadline and not url:
            line = process.stdout.readline()
            if not line:
                break
            if "http://" in line:
                url = line.strip()
        assert url.startswith("http://127.0.0.1:"), "no loopback URL printed"
        assert (store / f"{DEMO_KEY}.json").is_file()
        with urllib.request.urlopen(url, timeout=60) as response:
            assert response.status == 200
        port = url.split(":")[2].split("/")[0]
    finally:
        os.kill(process.pid, signal.SIGTERM)  # a plain kill of the command, not of its group
        process.wait(timeout=30)
    # The Voilà server it started (in a process group of its own) is gone with it.
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2).close()
        except OSError:
            break
        time.sleep(0.5)
    else:
        pytest.fail("Voilà still answers after beratungskit start was stopped")


def test_export_plan_since_an_earlier_revision(demo_store: Path, tmp_path: Path) -> None:
    store = CaseStore(demo_store)
    case = store.load(DEMO_KEY)
    case.add_resource("Gitarre")
    store.save(case)
    out = tmp_path / "plan.html"
    assert (
        main(["export", DEMO_KEY, "--as", "plan", "-o", str(out), "--store", str(demo_store), "--seit", "1"])
        == 0
    )
    html = out.read_text(encoding="utf-8")
    assert "Was hat sich seit dem" in html and "Gitarre" in html
    result = run(
        "export", DEMO_KEY, "--as", "plan", "-o", str(out), "--store", str(demo_store), "--seit", "9"
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr and "9" in result.stderr


def test_every_export_of_a_case_has_the_same_pseudonym(demo_store: Path, tmp_path: Path) -> None:
    """Two runs of the real command (two processes): one case, one pseudonym, in every format."""
    import re

    codes = set()
    for n, fmt in enumerate(["fallbesprechung", "fallbesprechung", "json"]):
        out = tmp_path / f"out{n}.{'json' if fmt == 'json' else 'html'}"
        done = run("export", DEMO_KEY, "--as", fmt, "-o", str(out), "--store", str(demo_store))
        assert done.returncode == 0, done.stderr
        codes.update(re.findall(r"Fall ([A-Z]-[A-Z0-9]{3})", out.read_text(encoding="utf-8")))
    assert len(codes) == 1, codes


# --- odd files, names and texts (issue 9) -----------------------------------------------------------


def _one_german_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    line = lines[0]
    assert "Traceback" not in line and "Errno" not in line and "Unerwarteter Fehler" not in line, line
    line.encode("utf-8")  # printable whatever the terminal: no lone surrogate left in it
    return line


def test_validate_goes_on_past_a_deeply_nested_file(
    demo_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Defect 1: ``validate`` stopped with a RecursionError and never checked the files after it."""
    deep = demo_store / "tief.json"
    deep.write_bytes(b"[" * 100_000)
    good = demo_store / f"{DEMO_KEY}.json"
    assert main(["validate", str(deep), str(good)]) == 1
    out, err = capsys.readouterr()
    line = _one_german_line(err)
    assert "tief.json" in line and "mehr als 32 Ebenen" in line
    assert f"{DEMO_KEY}.json: gültig" in out
    assert main(["team", "--store", str(demo_store), "-o", str(tmp_path / "team.html")]) == 0
    assert deep.read_bytes() == b"[" * 100_000


def test_a_fifo_in_the_case_folder_hangs_no_command(demo_store: Path, tmp_path: Path) -> None:
    """Defect 2: a FIFO ``x.json`` in the case folder made validate, export and team wait forever."""
    fifo = demo_store / "x.json"
    os.mkfifo(fifo)
    env = {"BERATUNGSKIT_STORE": str(demo_store)}
    checks = [
        (["validate", str(fifo), str(demo_store / f"{DEMO_KEY}.json")], 1, "Pipe"),
        (["export", "x", "--as", "plan", "-o", str(tmp_path / "x.html")], 1, "Pipe"),
        (["export", str(fifo), "--as", "plan", "-o", str(tmp_path / "x.html")], 1, "Pipe"),
    ]
    for args, code, expected in checks:
        try:
            result = subprocess.run(
                [*BIN, *args], capture_output=True, text=True, env={**os.environ, **env}, timeout=60
            )
        except subprocess.TimeoutExpired:
            pytest.fail(f"beratungskit {args[0]} hängt an einer FIFO")
        assert result.returncode == code, result.stderr
        assert expected in _one_german_line(result.stderr)
    try:
        team = run("team", "--store", str(demo_store), "-o", str(tmp_path / "team.html"))
    except subprocess.TimeoutExpired:
        pytest.fail("beratungskit team hängt an einer FIFO")
    assert team.returncode == 0 and (tmp_path / "team.html").exists()


def test_validate_accepts_only_what_the_store_opens(
    demo_store: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Defect 9: ``validate`` said "gültig" for files the store refuses."""
    good = demo_store / f"{DEMO_KEY}.json"
    refused = {
        "con.json": "reservierter Gerätename",
        "A-Upper.json": "keine gültige Fallkennung",
        ".versteckt.json": "beginnt mit einem Punkt",
        "a" * 41 + ".json": "keine gültige Fallkennung",
        "anderer-name.json": "Dateiname passt nicht",  # the key inside is demo-mira
    }
    for name in refused:
        (demo_store / name).write_bytes(good.read_bytes())
    assert main(["validate", str(good), *(str(demo_store / name) for name in refused)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == f"{good}: gültig"
    assert "gültig" not in out.replace(f"{good}: gültig", "")
    lines = err.splitlines()
    assert len(lines) == len(refused)
    for line, (name, reason) in zip(lines, refused.items(), strict=True):
        assert name in line and reason in line, line
    # and the store agrees: it lists only the good case
    store = CaseStore(demo_store)
    assert [s.key for s in store.list()] == [DEMO_KEY]
    assert sorted(p.path.name for p in store.problems()) == sorted(
        n for n in refused if not n.startswith(".")
    )


def test_long_keys_and_odd_names_get_german_printable_messages(demo_store: Path, tmp_path: Path) -> None:
    """Defect 10: a 300-character key gave "File name too long" in English."""
    env = {"BERATUNGSKIT_STORE": str(demo_store)}
    long_key = "a" * 300
    result = run("export", long_key, "--as", "plan", "-o", str(tmp_path / "p.html"), env=env)
    line = _one_german_line(result.stderr)
    assert result.returncode == 1 and "höchstens 40 Zeichen" in line and "too long" not in line
    result = run("export", str(tmp_path / f"{long_key}.json"), "--as", "plan", "-o", "p.html", env=env)
    line = _one_german_line(result.stderr)
    assert result.returncode == 1 and "zu lang für das Dateisystem" in line
    result = run("validate", str(tmp_path / f"{long_key}.json"), env=env)
    line = _one_german_line(result.stderr)
    assert result.returncode == 1 and "keine gültige Fallkennung" in line
    # a file name that is not valid UTF-8 (a byte 0xff) is shown escaped, on stdout too
    odd = os.fsdecode(bytes(tmp_path) + b"/ausgabe-\xff.json")
    result = subprocess.run(
        [*BIN, "export", DEMO_KEY, "--as", "json", "-o", odd],
        capture_output=True,
        env={**os.environ, **env},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert b"ausgabe-\\udcff.json" in result.stdout
    assert os.path.exists(odd)


def test_writing_onto_a_fifo_hangs_nothing(demo_store: Path, tmp_path: Path) -> None:
    """Issue 9, every writer: an export whose target is a FIFO replaces it (written through a
    temporary file and a rename) instead of waiting for a reader forever.
    """
    for args in (
        ["export", DEMO_KEY, "--as", "plan", "-o", str(tmp_path / "plan.html"), "--store", str(demo_store)],
        ["team", "--store", str(demo_store), "-o", str(tmp_path / "team.html")],
    ):
        target = Path(args[args.index("-o") + 1])
        os.mkfifo(target)
        try:
            result = subprocess.run([*BIN, *args], capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired:
            pytest.fail(f"beratungskit {args[0]} wartet an einer FIFO")
        assert result.returncode == 0, result.stderr
        assert target.is_file() and "<html" in target.read_text(encoding="utf-8").lower()
