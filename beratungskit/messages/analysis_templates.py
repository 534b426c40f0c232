"""Texts for reading the files an office adapts in ``templates/`` (partners, question cards)."""

TEXTS = {
    "missing": "Die Datei „{name}“ fehlt ({path}).",
    "yaml": (
        "Die Datei „{name}“ ist nicht lesbar (Zeile {line}). Bitte prüfen Sie dort und in der Zeile "
        "davor Einrückung, Doppelpunkte, Anführungszeichen und Klammern."
    ),
    "yaml_hint": "Bitte prüfen Sie Einrückung, Doppelpunkte, Anführungszeichen und Klammern",
    "yaml_noline": "Die Datei „{name}“ ist nicht lesbar: {problem}.",
    "unreadable": "Die Datei „{name}“ lässt sich nicht lesen: {reason}",
    "yaml_alias": (
        "Die Datei „{name}“ verwendet in Zeile {line} einen Anker oder Verweis (& oder *). Das ist in "
        "Vorlagen nicht erlaubt; bitte den Eintrag ausschreiben."
    ),
    "yaml_twice": (
        "Die Datei „{name}“ nennt „{key}“ in Zeile {line} ein zweites Mal im selben Eintrag. Sonst gälte "
        "nur die zweite Angabe und die erste ginge stillschweigend verloren; bitte beide zu einer "
        "zusammenführen."
    ),
    "yaml_deep": "Die Datei „{name}“ ist ab Zeile {line} zu tief verschachtelt (mehr als {limit} Ebenen).",
    "yaml_char": (
        "Die Datei „{name}“ enthält an Stelle {pos} ein Zeichen, das in YAML nicht erlaubt ist "
        "(ein unsichtbares Steuerzeichen)."
    ),
    "shape": "Die Datei „{name}“ hat nicht die erwartete Form: {problem}",
    "partners_list": "oben muss „partner:“ stehen, darunter eine Liste von Einträgen.",
    "partner_field": "Eintrag {n} (Zeile {line}): „{field}“ fehlt oder ist leer.",
    "partner_value": (
        "Eintrag {n} (Zeile {line}): „{field}“ = „{value}“ ist nicht erlaubt. Erlaubt: {allowed}."
    ),
    "partner_kind_twice": "Eintrag {n} (Zeile {line}): die Art „{kind}“ kommt doppelt vor.",
    "partner_kind_bad": (
        "Eintrag {n} (Zeile {line}): die Art „{kind}“ ist keine gültige Kennung (nur Kleinbuchstaben a–z, "
        "Ziffern, „-“ und „_“, ohne Leerzeichen, höchstens 40 Zeichen, am Anfang ein Buchstabe oder eine Ziffer)."
    ),
    "partner_text": "Eintrag {n} (Zeile {line}): {problem}",
    "cards_category": "„{key}“ ist keine Art von Ressource. Erlaubt: {allowed}.",
    "cards_list": "bei „{key}“ fehlt die Liste „fragen:“ mit mindestens einer Frage.",
}
