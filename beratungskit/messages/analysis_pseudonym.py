"""Texts of the pseudonymisation: neutral stand-ins for everything that is not shared."""

TEXTS = {
    "case_alias": "Fall {code}",
    "person": "Person {n}",
    "wish": "Wunsch {n}",
    "will": "Wille {n}",
    "goal": "Ziel {n}",
    "step": "Schritt {n}",
    "idea": "Idee {n}",
    "name": "[Name]",
    "institution_kind": "Einrichtung: {kind}",
    "institution_topic": "Einrichtung zum Thema {topic}",
}
