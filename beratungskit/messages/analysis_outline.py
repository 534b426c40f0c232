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
    # one line of the map, said from the side of one resource
    "link.gibt": "hilft {other} ({strength})",
    "link.bekommt": "bekommt Hilfe von {other} ({strength})",
    "link.gegenseitig": "mit {other}: Hilfe in beide Richtungen ({strength})",
    "strength.stark": "starke Verbindung",
    "strength.mittel": "mittlere Verbindung",
    "strength.schwach": "schwache Verbindung",
    "person_role": "Person: {role}",
    "person": "Person",
    "closeness_open": "Nähe noch offen",
}
