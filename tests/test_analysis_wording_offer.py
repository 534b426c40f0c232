"""The guard's crisis offer fits the crisis (trial of issue 11, point 3): under „ich will mir etwas
antun“ the crisis line, not the housing help or a violence helpline; a service whose topics name a
crisis beside its own field fits its own field."""

from __future__ import annotations

from dataclasses import replace

from beratungskit.analysis.partners import load_partners_or_none
from beratungskit.analysis.wording import check_text, crisis_offer, format_hint
from beratungskit.model import ReferralTopic

DESPAIR_AND_HARM = "Ich weiß nicht mehr weiter, ich will mir etwas antun"


def test_self_harm_after_despair_gets_the_crisis_line_and_no_service_of_another_field() -> None:
    findings = check_text(DESPAIR_AND_HARM, writer="elb")
    assert any(f.self_harm for f in findings)
    offer = crisis_offer(findings)
    assert offer is not None and offer.crisis_line.startswith("Bei Gedanken, sich etwas anzutun")
    assert not any("Wohnungslosenhilfe" in s or "Gewalt" in s for s in offer.services)
    hint = format_hint(findings)
    assert "Telefonseelsorge" in hint
    assert "Gewalt" not in hint and "116 016" not in hint  # the despair group's suggestion is not shown


def test_a_housing_crisis_still_gets_the_housing_help_and_violence_its_service() -> None:
    housing = crisis_offer(check_text("Morgen wird die Wohnung geräumt."))
    assert housing is not None and any("Wohnungslosenhilfe" in s for s in housing.services)
    violence = crisis_offer(check_text("Mein Mann schlägt mich."))
    assert violence is not None and any("häuslicher Gewalt" in s for s in violence.services)


def test_a_general_crisis_gets_a_crisis_service_of_the_directory_but_not_a_housing_one() -> None:
    partners = [p for p in load_partners_or_none() if "Wohnungslosenhilfe" in p.name]
    assert partners, "the shipped directory has the housing help with the topic krise"
    crisis_service = replace(partners[0], name="Krisendienst", topics=(ReferralTopic.KRISE,))
    offer = crisis_offer(check_text("Ich bin total verzweifelt."), partners=[*partners, crisis_service])
    assert offer is not None and offer.crisis_line
    assert [s.split(" (")[0] for s in offer.services] == ["Krisendienst"]
