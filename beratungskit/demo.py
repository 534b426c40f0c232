"""The canonical example case, reused by tests, docs, notebooks and ``beratungskit demo``.

Everything here is fictional: "Mira K." and every person in her map are invented.

>>> case = demo_case()
>>> len(case.resources), case.key
(16, 'demo-mira')
"""

from __future__ import annotations

from datetime import date

from beratungskit.model import (
    ELB_ID,
    Case,
    Category,
    Direction,
    NamedBy,
    Origin,
    Owner,
    ReferralTopic,
    StepStatus,
    Strength,
)

__all__ = ["DEMO_KEY", "bare_case", "demo_case"]

DEMO_KEY = "demo-mira"

P, S, M, INFRA = Category.PERSOENLICH, Category.SOZIAL, Category.MATERIELL, Category.INFRASTRUKTURELL
EIGEN, UMFELD, RAUM, FACH = Origin.EIGEN, Origin.LEBENSUMFELD, Origin.SOZIALRAUM, Origin.FACHDIENST

# (label, category, origin, closeness, extra fields)
_RESOURCES: list[tuple[str, Category, Origin, int, dict[str, object]]] = [
    ("Ich backe gern und gut", P, EIGEN, 1, {"note": "Meine Brötchen mögen alle."}),
    ("Früh aufstehen fällt mir leicht", P, EIGEN, 1, {}),
    ("Erfahrung im Verkauf", P, EIGEN, 2, {"note": "Drei Jahre an der Kasse im Supermarkt."}),
    ("Ich spreche Polnisch und Deutsch", P, EIGEN, 2, {}),
    ("Jana", S, UMFELD, 1, {"is_person": True, "role": "Schwester", "note": "Sie holt die Kinder mal ab."}),
    ("Frau Okafor", S, UMFELD, 2, {"is_person": True, "role": "Nachbarin"}),
    ("Tamara", S, UMFELD, 2, {"is_person": True, "role": "frühere Kollegin aus der Bäckerei"}),
    ("Schwimmverein Grone", S, RAUM, 3, {"is_person": False}),
    ("Familienzentrum am Markt", S, RAUM, 3, {"named_by": NamedBy.IFK, "is_person": False}),
    ("Fahrrad", M, EIGEN, 1, {}),
    ("Smartphone mit Internet", M, EIGEN, 1, {}),
    ("Eigene Wohnung in der Innenstadt", M, EIGEN, 2, {}),
    ("Buslinie 11", INFRA, RAUM, 2, {}),
    ("Kita Sonnenhof", INFRA, RAUM, 2, {"note": "Öffnet um 6:30 Uhr."}),
    ("Stadtbibliothek mit PC-Plätzen", INFRA, RAUM, 3, {}),
    ("Bewerbungscoaching im Jobcenter", INFRA, FACH, 3, {"named_by": NamedBy.IFK}),
]


def demo_case() -> Case:
    """A realistic, fictional case: about 15 resources, relations, a will, a goal with steps."""
    case = Case.new(alias="Mira K.", key=DEMO_KEY)
    ids: dict[str, str] = {}
    for text, category, origin, closeness, extra in _RESOURCES:
        # In the demo conversation every origin, ring and "who named it" was asked and answered.
        extra = {"named_by": NamedBy.ELB, **extra}
        res = case.add_resource(text, category=category, origin=origin, closeness=closeness, **extra)
        ids[text] = res.id

    strong = {"Jana", "Ich backe gern und gut", "Fahrrad", "Kita Sonnenhof"}
    weak = {"Schwimmverein Grone", "Stadtbibliothek mit PC-Plätzen", "Bewerbungscoaching im Jobcenter"}
    for text, res_id in ids.items():
        strength = Strength.STARK if text in strong else Strength.SCHWACH if text in weak else Strength.MITTEL
        direction = Direction.GEGENSEITIG
        if text in {"Jana", "Frau Okafor", "Kita Sonnenhof"}:
            direction = Direction.BEKOMMT  # the eLb receives support from them
        case.connect(ELB_ID, res_id, strength=strength, direction=direction)
    case.connect(
        ids["Jana"],
        ids["Kita Sonnenhof"],
        strength=Strength.MITTEL,
        direction=Direction.GIBT,
        note="Jana bringt die Kinder hin, wenn ich Frühschicht habe.",
    )
    case.connect(ids["Tamara"], ids["Erfahrung im Verkauf"], strength=Strength.SCHWACH)
    case.connect(ids["Frau Okafor"], ids["Familienzentrum am Markt"], strength=Strength.SCHWACH)

    wish = case.add_wish("Irgendwann ein eigenes kleines Café haben.")
    will = case.add_will("Ich will wieder in einer Bäckerei arbeiten, am liebsten ganz früh morgens.")
    case.update("wishes", wish.id, text=wish.text)  # unchanged: wishes stay beside the will
    goal = case.add_goal(
        will.id,
        "Bis zum Frühjahr eine Stelle im Verkauf einer Bäckerei in der Frühschicht haben.",
        resource_ids=[
            ids[n]
            for n in (
                "Ich backe gern und gut",
                "Früh aufstehen fällt mir leicht",
                "Tamara",
                "Fahrrad",
                "Kita Sonnenhof",
            )
        ],
        confidence=6,
        confidence_question="Woran würden Sie merken, dass Sie bei 7 sind?",
        confidence_next="Wenn ich weiß, dass die Kita früh genug aufmacht.",
    )
    case.add_step(
        goal.id,
        "Ich frage Tamara, ob ihre Bäckerei jemanden für die Frühschicht sucht.",
        resource_ids=[ids["Tamara"]],
        due=date(2026, 12, 4),
    )
    case.add_step(
        goal.id,
        "Ich fahre mit dem Fahrrad die Bäckereien in meinem Viertel ab und frage nach.",
        resource_ids=[ids["Fahrrad"]],
        due=date(2026, 12, 11),
        status=StepStatus.BEGONNEN,
    )
    case.add_step(
        goal.id,
        "Ich frage in der Kita Sonnenhof, ob mein Sohn ab 6:30 Uhr kommen kann.",
        resource_ids=[ids["Kita Sonnenhof"]],
        due=date(2026, 12, 4),
    )
    case.add_step(
        goal.id,
        "Das Jobcenter prüft, ob es die Kosten für das Gesundheitszeugnis übernimmt.",
        owner=Owner.IFK,
        named_by=NamedBy.IFK,
        due=date(2026, 12, 18),
    )
    # a name as a plan would read it: the demo case is fictional, its printed plan must not say so
    # („(Beispiel)“ stood on the plan; it marks the directory's entries an office still has to replace)
    case.add_referral(
        "Schuldnerberatung der Stadt",
        ReferralTopic.SCHULDEN,
        institution_kind="schuldnerberatung",
        on=date(2026, 11, 20),
    )
    case.next_review = date(2027, 5, 20)
    case.set_ifk_note("Bringt zum nächsten Termin die Unterlagen für das Gesundheitszeugnis mit.")
    return case


def bare_case() -> Case:
    """The smallest valid case: an alias and nothing else."""
    return Case.new(alias="Neu", key="bare")
