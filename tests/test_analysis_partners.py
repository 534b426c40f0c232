"""The partner directory: loads, marks its examples, and explains a broken file in German."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from beratungskit.analysis.partners import PARTNER_ORIGINS, TemplateFileError, load_partners, partners_path

KINDS = {
    "schuldnerberatung",
    "familienzentrum",
    "sprachcafe",
    "migrationsberatung",
    "sportverein",
    "tafel",
    "bibliothek",
    "nachbarschaftshilfe",
    "suchtberatung",
    "erziehungsberatung",
    "wohnungslosenhilfe",
    "kita_vermittlung",
    "ehrenamtsagentur",
    "bildungsberatung",
}


def test_directory_loads_with_the_usual_kinds() -> None:
    partners = load_partners()
    assert {p.kind for p in partners} >= KINDS
    assert all(p.origin in PARTNER_ORIGINS for p in partners)
    assert all(p.topics for p in partners)


def test_shipped_entries_are_marked_as_examples() -> None:
    partners = load_partners()
    assert all(p.example and p.name.endswith("(Beispiel)") for p in partners)
    header = partners_path().read_text(encoding="utf-8").splitlines()[:5]
    assert any("BEISPIELE" in line for line in header)


def test_loader_needs_no_widgets() -> None:
    import subprocess

    code = (
        "import sys, beratungskit.analysis.partners as p; p.load_partners(); "
        "print('ipywidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("partner:\n  - kind: tafel\n    name: [Tafel\n", r"„partners.yaml“ ist nicht lesbar \(Zeile 3\)"),
        ("partner:\n  - kind: tafel\n    category: sozial\n    origin: sozialraum\n", "„name“ fehlt"),
        (
            "partner:\n  - kind: tafel\n    name: Tafel\n    category: sozial\n    origin: eigen\n",
            r"Eintrag 1 \(Zeile 2\): „origin“ = „eigen“ ist nicht erlaubt",
        ),
        ("- nur eine Liste\n", "oben muss „partner:“ stehen"),
    ],
)
def test_malformed_file_gives_german_message(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "partners.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TemplateFileError, match=expected):
        load_partners(path)


def test_a_partner_already_on_the_map_is_found_not_added_again() -> None:
    """Issue 11: a partner could be laid into the map twice without a word."""
    from beratungskit.analysis.partners import partner_on_map
    from beratungskit.model import Case

    case = Case.new("Test")
    debt = next(p for p in load_partners() if p.kind == "schuldnerberatung")
    assert partner_on_map(case, debt) is None
    case.add_resource(debt.name, origin=debt.origin)
    found = partner_on_map(case, debt)
    assert found is not None and found.label == debt.name
    # a person of the same name is not the service
    other = Case.new("Test")
    other.add_resource(debt.name, is_person=True)
    assert partner_on_map(other, debt) is None


#: The same partner, written a little differently (map label, directory name).
SAME_PARTNER = [
    ("Tafel Nord", "Die Tafel Nord e.V."),
    ("Tafel Nord", "tafel nord"),
    ("Tafel Nord", "TAFEL NORD"),
    ("Tafel Nord", "  Tafel   Nord "),
    ("Tafel Nord", "Tafel-Nord"),
    ("Tafel Nord", "TafelNord"),
    ("Tafel Nord", "Tafel Nord e. V."),
    ("Tafel Nord", "Tafel Nord eV"),
    ("Tafel Nord", "Tafel Nord (e.V.)"),
    ("Tafel Nord", "„Tafel Nord“"),
    ("Tafel Nord", "Tafel Nord."),
    ("Kinderhaus Regenbogen", "Kinderhaus Regenbogen gGmbH"),
    ("Kinderhaus Regenbogen", "Das Kinderhaus Regenbogen GmbH"),
    ("Beschäftigungswerk Süd", "Beschaeftigungswerk Sued GmbH"),
    ("Beschäftigungswerk Süd", "Beschäftigungswerk Süd gemeinnützige GmbH"),
    ("Werkstatt am Fluss", "Werkstatt am Fluss UG (haftungsbeschränkt)"),
    ("Haus der Familie", "Haus der Familie e.V."),
    ("Haus der Familie", "Das Haus der Familie"),
    ("Haus der Familie", "Haus der Familie, e.V."),
    ("Schuldner- und Insolvenzberatung", "Schuldner und Insolvenzberatung"),
    ("Caritas & Diakonie Beratung", "Caritas Diakonie Beratung"),
    ("Der Paritätische Göttingen", "Paritätische Göttingen"),
    ("Stadtbibliothek", "stadtbibliothek"),
    ("Stadtteilbüro Grone", "Stadtteilbüro Grone e.V."),
    ("Sprachcafé International", "Sprachcafe International"),
]
#: Different partners: never taken for one another.
OTHER_PARTNER = [
    ("Tafel Nord", "Tafel Süd"),
    ("Tafel Nord", "Tafel"),
    ("Tafel Nord", "Tafel Nord-Ost"),
    ("Tafel Nord", "Tafel Nord 2"),
    ("Kinderhaus Regenbogen", "Kinderhaus Sonnenschein gGmbH"),
    ("Haus der Familie", "Haus der Jugend"),
    ("Caritas", "Diakonie"),
    ("Migrationsdienst", "Jugendmigrationsdienst"),
    ("Schuldnerberatung", "Suchtberatung"),
    ("Stadtbibliothek", "Stadtbibliothek Grone"),
    ("Beschäftigungswerk Süd", "Beschäftigungswerk Nord GmbH"),
    ("Frauenhaus", "Frauenberatung e.V."),
    ("AWO Kita", "AWO Kita Nord"),
    ("Verein Arbeit und Leben", "Arbeit und Leben"),
    ("Gemeinde St. Marien", "Gemeinde St. Michael"),
]


@pytest.mark.parametrize(("on_map", "directory"), SAME_PARTNER + [(b, a) for a, b in SAME_PARTNER])
def test_a_partner_on_the_map_is_recognised_when_the_name_differs_a_little(
    on_map: str, directory: str
) -> None:
    """Trial of issue 11, point 6: „Tafel Nord“ on the map and „Die Tafel Nord e.V.“ in the directory
    are one partner — case, spaces, hyphens, punctuation, legal forms, an article, umlauts as ae/oe/ue."""
    from beratungskit.analysis.partners import Partner, partner_on_map
    from beratungskit.model import Case, Category, Origin

    case = Case.new("Test")
    there = case.add_resource(on_map, category=Category.SOZIAL, origin=Origin.SOZIALRAUM)
    partner = Partner(kind="x", name=directory, category=Category.SOZIAL, origin=Origin.SOZIALRAUM)
    assert partner_on_map(case, partner) == there


@pytest.mark.parametrize(("on_map", "directory"), OTHER_PARTNER + [(b, a) for a, b in OTHER_PARTNER])
def test_a_different_partner_is_not_taken_for_one_on_the_map(on_map: str, directory: str) -> None:
    from beratungskit.analysis.partners import Partner, partner_on_map
    from beratungskit.model import Case, Category, Origin

    case = Case.new("Test")
    case.add_resource(on_map, category=Category.SOZIAL, origin=Origin.SOZIALRAUM)
    partner = Partner(kind="x", name=directory, category=Category.SOZIAL, origin=Origin.SOZIALRAUM)
    assert partner_on_map(case, partner) is None


def test_adding_the_directorys_name_of_a_partner_already_on_the_map_says_where_it_is() -> None:
    """The drop into the map (ui.partners.add_partner) names the resource that is already there."""
    from beratungskit.analysis.partners import Partner
    from beratungskit.model import Case, CaseError, Category, Origin
    from beratungskit.ui.partners import add_partner

    case = Case.new("Test")
    case.add_resource("Tafel Nord", category=Category.SOZIAL)
    partner = Partner(
        kind="tafel", name="Die Tafel Nord e.V.", category=Category.SOZIAL, origin=Origin.SOZIALRAUM
    )
    with pytest.raises(CaseError, match="„Tafel Nord“ ist schon auf der Karte"):
        add_partner(case, partner)
    assert [r.label for r in case.resources] == ["Tafel Nord"]


def _entry(**fields: str) -> str:
    base = {"kind": "tafel", "name": "Tafel", "category": "sozial", "origin": "sozialraum", **fields}
    return "partner:\n  - " + "\n    ".join(f"{k}: {v}" for k, v in base.items()) + "\n"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"kind": "tafel nord"}, "die Art „tafel nord“ ist keine gültige Kennung"),
        ({"kind": "Tafel"}, "die Art „Tafel“ ist keine gültige Kennung"),
        ({"kind": "'" + "t" * 41 + "'"}, "ist keine gültige Kennung"),
        ({"kind": "[tafel]"}, "ist keine gültige Kennung"),
        ({"name": "'" + "T" * 81 + "'"}, "„name“: Zu lang: höchstens 80 Zeichen"),
        ({"name": '"Ta\\x00fel"'}, r"„name“: Enthält ein unsichtbares Steuerzeichen \(\\x00\)"),
        ({"description": '"Hilft\\x1b[31m"'}, r"„description“: Enthält ein unsichtbares Steuerzeichen"),
    ],
)
def test_directory_entries_follow_the_rules_of_what_they_become(
    tmp_path: Path, fields: dict[str, str], expected: str
) -> None:
    """Defect 8: a kind with a space broke the partner button (a CSS class cannot hold a space).

    Found with it: a name longer than a label or with a control character was accepted by the
    directory and refused only when the IFK clicked "In die Karte legen".
    """
    path = tmp_path / "partners.yaml"
    path.write_text(_entry(**fields), encoding="utf-8")
    with pytest.raises(TemplateFileError, match=r"Eintrag 1 \(Zeile 2\): .*" + expected):
        load_partners(path)
