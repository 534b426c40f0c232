"""Dropping a network partner into the map: a resource named by the IFK, from Sozialraum/Fachdienst."""

from __future__ import annotations

import json
from pathlib import Path

from beratungskit.store import CaseStore
from beratungskit.ui.partners import PartnerPanel
from beratungskit.ui.session import Session


def test_partner_becomes_a_resource_named_by_ifk(store_dir: Path) -> None:
    store = CaseStore(store_dir)
    session = Session(store, store.create("Sonnenblume", key="sonne"))
    panel = PartnerPanel(session)
    panel.add_buttons["schuldnerberatung"].click()
    panel.add_buttons["sprachcafe"].click()
    data = json.loads(store.path_for("sonne").read_text(encoding="utf-8"))
    got = [(r["label"], r["named_by"], r["origin"]) for r in data["resources"]]
    assert got == [
        ("Schuldnerberatung (Beispiel)", "ifk", "fachdienst"),
        ("Sprachcafé (Beispiel)", "ifk", "sozialraum"),
    ]


def test_broken_directory_is_a_calm_notice(store_dir: Path, tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "vorlagen"
    folder.mkdir()
    (folder / "partners.yaml").write_text("partner: [\n", encoding="utf-8")
    monkeypatch.setenv("BERATUNGSKIT_TEMPLATES", str(folder))
    store = CaseStore(store_dir)
    panel = PartnerPanel(Session(store, store.create("Sonnenblume")))
    texts = [getattr(w, "value", "") for w in panel.widget.children]
    assert any("partners.yaml" in t and "nicht lesbar" in t for t in texts)


def test_a_partner_on_the_map_says_so_instead_of_being_added_again(store_dir: Path) -> None:
    store = CaseStore(store_dir)
    session = Session(store, store.create("Sonnenblume"))
    panel = PartnerPanel(session)
    panel.add_buttons["bibliothek"].click()
    res = session.case.resources[0]
    assert res.closeness is None  # how near it is, is the eLb's to say
    panel.add_buttons["bibliothek"].click()
    assert len(store.load(session.case.key).resources) == 1
    assert "schon auf der Karte" in panel.error.value


def test_every_partner_button_has_one_token_classes(store_dir: Path) -> None:
    """Defect 8: a kind with a space gave the button a class with a space; the browser refused it
    (DOMTokenList) and the partner button broke. The directory refuses such a kind now; a partner
    list handed in directly still gets one-token classes.
    """
    from beratungskit.analysis.partners import Partner
    from beratungskit.model import Category, Origin

    odd = Partner(
        kind="tafel nord\tost", name="Tafel Nord", category=Category.SOZIAL, origin=Origin.SOZIALRAUM
    )
    store = CaseStore(store_dir)
    panel = PartnerPanel(Session(store, store.create("Sonnenblume")), partners=[odd])
    button = panel.add_buttons[odd.kind]
    assert button._dom_classes and all(not any(c.isspace() for c in cls) for cls in button._dom_classes)
    assert "bk-partner-tafel-nord-ost" in button._dom_classes
