"""Texts of the team figures (Teamreflexion): every figure rests on at least five cases."""

TEXTS = {
    "too_few": "zu wenige Fälle",
    "too_few_long": "zu wenige Fälle (weniger als {min} Fälle) – diese Zahl wird nicht gezeigt",
    "not_available": "nicht verfügbar",
    "no_directory": "Kein Verzeichnis der Netzwerkpartner gefunden (templates/partners.yaml).",
    "kind_unknown": "ohne Angabe der Art",
    "other_partners": "Partner, die in weniger als {min} Fällen vorkommen, werden nicht einzeln gezeigt.",
    "other_kinds": "Arten, die in weniger als {min} Fällen vorkommen, werden nicht einzeln gezeigt.",
}
