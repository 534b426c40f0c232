"""Files with names are private: every export 0600, every folder made for them 0700, whatever the umask.

The umask is set to the usual 022 for each test, so a writer that forgot about modes would leave
0644 files behind and fail here.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from beratungskit.cli import main
from beratungskit.demo import DEMO_KEY, demo_case
from beratungskit.render.conference import write_conference
from beratungskit.render.ecomap import write_ecomap
from beratungskit.render.plan import html_to_pdf, write_festgehalten, write_plan
from beratungskit.render.team_report import write_team_report
from beratungskit.store import CaseStore
from beratungskit.store.private import write_private
from tests.conftest import CHROMIUM


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def demo_store(tmp_path: Path) -> Path:
    folder = tmp_path / "faelle"
    assert main(["demo", "--store", str(folder)]) == 0
    return folder


def test_a_new_case_folder_its_history_and_its_files_are_the_owners_alone(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "neu" / "faelle")
    case = store.create("Sonnenblume", key="sonne")
    case.add_resource("Fahrrad")
    store.save(case)
    assert mode(tmp_path / "neu") == 0o700
    assert mode(store.folder) == 0o700
    assert mode(store.path_for("sonne")) == 0o600
    assert mode(store.history_dir("sonne")) == 0o700


@pytest.mark.parametrize("fmt", ["karte", "plan", "festgehalten", "fallbesprechung", "graphml", "json"])
def test_every_cli_export_is_0600(demo_store: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "ausgabe" / f"datei.{fmt}"
    assert main(["export", DEMO_KEY, "--as", fmt, "-o", str(out), "--store", str(demo_store)]) == 0
    assert mode(out) == 0o600
    assert mode(out.parent) == 0o700


def test_csv_with_real_names_is_a_private_folder_of_private_files(demo_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "tabellen"
    args = ["export", DEMO_KEY, "--as", "csv", "--klarnamen", "-o", str(out), "--store", str(demo_store)]
    assert main(args) == 0
    files = sorted(out.iterdir())
    assert len(files) == 3
    assert mode(out) == 0o700
    assert {mode(f) for f in files} == {0o600}


def test_overwriting_a_readable_file_makes_it_private(tmp_path: Path) -> None:
    target = tmp_path / "plan.html"
    target.write_text("alt", encoding="utf-8")
    target.chmod(0o644)
    write_plan(demo_case(), target)
    assert mode(target) == 0o600
    assert "Mira" in target.read_text(encoding="utf-8")


def test_render_writers_are_private(tmp_path: Path) -> None:
    case = demo_case()
    written = [
        write_plan(case, tmp_path / "plan.html"),
        write_festgehalten(case, tmp_path / "fest.html"),
        write_conference(case, tmp_path / "fall.html"),
        write_ecomap(case, tmp_path / "karte.html"),
        write_team_report([case] * 5, tmp_path / "team.html"),
        write_private(tmp_path / "roh.bin", b"\x00"),
    ]
    assert {p.name: mode(p) for p in written} == {p.name: 0o600 for p in written}


@pytest.mark.browser
def test_the_plan_pdf_is_private(tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium ist nicht installiert (apt-get install chromium)")
    html = write_plan(demo_case(), tmp_path / "plan.html")
    old = tmp_path / "drucke" / "plan.pdf"
    old.parent.mkdir()
    old.write_bytes(b"%PDF alt")
    old.chmod(0o644)  # an older PDF that others could read: printing again must close it
    pdf = html_to_pdf(html, old)
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert mode(pdf) == 0o600
    fresh = html_to_pdf(html, tmp_path / "neu" / "plan.pdf")
    assert mode(fresh) == 0o600
    assert mode(fresh.parent) == 0o700
