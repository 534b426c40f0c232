"""Texts of the map as an outline (``analysis/outline.py``): the map's summary and its lines in words.

The area and ring names are the map's own (``render_map.cat.*``, ``render_map.ring.*``), so the list
and the map say the same.
"""

TEXTS = {
    "summary": "Ressourcenkarte von {alias}: {resources}, davon {people}. {areas}. {rings}. {lines}.",
    "summary_empty": "Ressourcenkarte von {alias}: noch keine Ressourcen eingetragen.",
    "resources_one": "1 Ressource",
    "resources": "{n} Ressourcen",
    "people_none": "keine Menschen",
    "people_one": "1 Mensch",
    "people": "{n} Menschen",
    "area_count": "{area}: {n}",
    "ring_count": "{ring}: {n}",
    "lines_none": "Noch keine Verbindungen",
    "lines_one": "1 Verbindung",
    "lines": "{n} Verbindungen",
    # one line of the map, said from the side of one resource: a whole text for each direction and
    # strength, so that the eLb's language says all of it (with the strength as a value of its own,
    # the line was none of the catalogue's texts and stood in German only in the map as a list)
    "link.gibt.stark": "hilft {other} (starke Verbindung)",
    "link.gibt.mittel": "hilft {other} (mittlere Verbindung)",
    "link.gibt.schwach": "hilft {other} (schwache Verbindung)",
    "link.bekommt.stark": "bekommt Hilfe von {other} (starke Verbindung)",
    "link.bekommt.mittel": "bekommt Hilfe von {other} (mittlere Verbindung)",
    "link.bekommt.schwach": "bekommt Hilfe von {other} (schwache Verbindung)",
    "link.gegenseitig.stark": "mit {other}: Hilfe in beide Richtungen (starke Verbindung)",
    "link.gegenseitig.mittel": "mit {other}: Hilfe in beide Richtungen (mittlere Verbindung)",
    "link.gegenseitig.schwach": "mit {other}: Hilfe in beide Richtungen (schwache Verbindung)",
    "person_role": "Person: {role}",
    "person": "Person",
    "closeness_open": "Nähe noch offen",
}
