"""Texts for reading the files an office adapts in ``templates/`` (partners, question cards)."""

TEXTS = {
    "missing": "Die Datei „{name}“ fehlt ({path}).",
    "yaml": (
        "Die Datei „{name}“ ist nicht lesbar (Zeile {line}). Bitte prüfen Sie dort und in der Zeile "
        "davor Einrückung, Doppelpunkte, Anführungszeichen und Klammern."
    ),
    "yaml_hint": "Bitte prüfen Sie Einrückung, Doppelpunkte, Anführungszeichen und Klammern",
    "yaml_noline": "Die Datei „{name}“ ist nicht lesbar: {problem}.",
    "shape": "Die Datei „{name}“ hat nicht die erwartete Form: {problem}",
    "partners_list": "oben muss „partner:“ stehen, darunter eine Liste von Einträgen.",
    "partner_field": "Eintrag {n} (Zeile {line}): „{field}“ fehlt oder ist leer.",
    "partner_value": (
        "Eintrag {n} (Zeile {line}): „{field}“ = „{value}“ ist nicht erlaubt. Erlaubt: {allowed}."
    ),
    "partner_kind_twice": "Eintrag {n} (Zeile {line}): die Art „{kind}“ kommt doppelt vor.",
    "cards_category": "„{key}“ ist keine Art von Ressource. Erlaubt: {allowed}.",
    "cards_list": "bei „{key}“ fehlt die Liste „fragen:“ mit mindestens einer Frage.",
}
