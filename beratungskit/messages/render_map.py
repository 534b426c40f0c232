"""Texts of the ecomap (Ressourcenkarte) as drawn in HTML, SVG and the live map: title, legend, tooltips."""

TEXTS = {
    "title": "Ressourcenkarte von {alias}",
    "page_title": "Ressourcenkarte – {alias}",
    "intro": (
        "{alias} steht in der Mitte. Rundherum steht alles, was hilft. "
        "Je näher etwas an der Mitte ist, desto näher ist es im Leben."
    ),
    "stand": "Stand: {date}",
    "hint_touch": (
        "Verschieben: mit dem Finger oder der Maus ziehen. Größer und kleiner: zwei Finger oder Mausrad."
    ),
    "legend": "So lesen Sie die Karte",
    # the offline page: shown only while the legend stands below the map (window narrower than 1600 px)
    "legend_below": "Unter der Karte: So lesen Sie die Karte",
    "legend_areas": "Die vier Bereiche",
    "legend_rings": "Die drei Ringe",
    "legend_lines": "Die Linien",
    "legend_elb": "{alias} (Mitte)",
    # categories: the short name and what belongs there, in plain words
    "cat.persoenlich": "Persönlich",
    "cat.persoenlich.hint": "was ich kann und mag",
    "cat.sozial": "Sozial",
    "cat.sozial.hint": "Menschen",
    "cat.materiell": "Materiell",
    "cat.materiell.hint": "Dinge und Geld",
    "cat.infrastrukturell": "Infrastruktur",
    "cat.infrastrukturell.hint": "Orte und Angebote",
    # closeness rings
    "ring.1": "Ring 1: ganz nah",
    "ring.2": "Ring 2: mittel nah",
    "ring.3": "Ring 3: weiter weg",
    "closeness.1": "ganz nah",
    "closeness.2": "mittel nah",
    "closeness.3": "weiter weg",
    "closeness.open": "Nähe noch offen",
    # the legend's dashed box: drawn in the middle ring until a closeness is chosen
    "legend_open": "gestrichelter Rahmen: Nähe noch offen (steht vorerst im mittleren Ring)",
    # lines and arrows
    "line.stark": "dicke Linie: starke Verbindung",
    "line.mittel": "Linie: mittlere Verbindung",
    "line.schwach": "gestrichelte Linie: schwache Verbindung",
    "arrow.one": "Pfeil: Hilfe geht in diese Richtung",
    "arrow.both": "Pfeil an beiden Enden: Hilfe in beide Richtungen",
    # tooltips (plain text, never HTML)
    "tip.elb": "{alias} – in der Mitte der Karte",
    "tip.resource": "{label}\n{category} · {closeness}\nHerkunft: {origin}",
    "tip.role": "Rolle: {role}",
    "tip.note": "Notiz: {note}",
    "tip.relation": "Verbindung: {strength}\n{direction}",
    "tip.dir.gibt": "{a} hilft {b}.",
    "tip.dir.bekommt": "{b} hilft {a}.",
    "tip.dir.gegenseitig": "{a} und {b} helfen sich gegenseitig.",
    "empty": "Noch nichts auf der Karte.",
    "svg_label": "Ressourcenkarte von {alias} mit {count} Ressourcen",
}
