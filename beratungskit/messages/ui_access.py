"""Texts for keyboard, screen-reader and touch use of the session (``ui/map_list.py``, ``ui/access.py``).

What the eLb reads on the joint screen: plain words, addressed with "Sie".
"""

TEXTS = {
    # the map tab: map or list
    "view_map": "Karte",
    "view_list": "Als Liste",
    "list_help": (
        "Die Karte als Liste: jeder Bereich, von innen nach außen. "
        "„Näher“ und „Weiter weg“ verschieben eine Ressource in den nächsten Ring."
    ),
    "center": "In der Mitte: {alias}",
    "empty": "Noch keine Ressourcen auf der Karte.",
    "area_empty": "In diesem Bereich steht noch nichts.",
    # an area's heading in the list: its name and what belongs there, one text (the map's words)
    "area_heading.persoenlich": "Persönlich – was ich kann und mag",
    "area_heading.sozial": "Sozial – Menschen",
    "area_heading.materiell": "Materiell – Dinge und Geld",
    "area_heading.infrastrukturell": "Infrastruktur – Orte und Angebote",
    # the buttons of one resource in the list; {label} is the resource's name (for screen readers)
    "edit": "Ändern",
    "edit_name": "„{label}“ ändern",
    "closer": "Näher",
    "closer_name": "„{label}“ näher zur Mitte",
    "further": "Weiter weg",
    "further_name": "„{label}“ weiter nach außen",
    "connect": "Verbinden",
    "connect_name": "„{label}“ verbinden",
    # moving closer or further without the mouse
}
