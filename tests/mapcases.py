"""Fictional cases of 15, 40 and 60 resources for the map's browser and PDF tests.

Realistic labels of all lengths, people with roles, Arabic and emoji labels; a third of the
resources (every third one) are connected to the eLb (as in a real session, where the person draws
the lines that matter) and a few resources are connected with each other inside their area (one pair
across the line between two neighbouring areas). Nothing refers to a real person.

>>> case = map_case(40)
>>> len(case.resources), any("🚲" in r.label for r in case.resources)
(40, True)
"""

from __future__ import annotations

from beratungskit.model import ELB_ID, Case, Category, Direction, Strength

__all__ = ["LABELS", "crowded_case", "map_case", "open_case"]

P, S, M, INF = Category.PERSOENLICH, Category.SOZIAL, Category.MATERIELL, Category.INFRASTRUKTURELL

#: (label, category, closeness, role) — the first 15 form the small case, and so on.
LABELS: list[tuple[str, Category, int, str | None]] = [
    ("Ich backe gern und gut", P, 1, None),
    ("Jana", S, 1, "Schwester"),
    ("Fahrrad 🚲", M, 1, None),
    ("Kita Sonnenhof", INF, 2, None),
    ("Ich spreche Polnisch und Deutsch", P, 2, None),
    ("فاطمة", S, 2, "Nachbarin"),
    ("Smartphone mit Internet", M, 2, None),
    ("Stadtbibliothek mit PC-Plätzen", INF, 3, None),
    ("Erfahrung im Verkauf", P, 2, None),
    ("Tamara", S, 2, "frühere Kollegin aus der Bäckerei"),
    ("Eigene Wohnung in der Innenstadt", M, 2, None),
    ("Bewerbungscoaching im Jobcenter", INF, 3, None),
    ("Früh aufstehen fällt mir leicht 💪", P, 1, None),
    ("Schwimmverein Grone", S, 3, None),
    ("Integrationskurs-Träger am Bahnhof", INF, 3, None),
    ("Geduld mit Kindern", P, 1, None),
    ("Herr Yılmaz", S, 2, "Trainer im Fußballverein"),
    ("Nähmaschine von meiner Oma", M, 3, None),
    ("Buslinie 11 bis zur Innenstadt", INF, 2, None),
    ("Ich kann gut zuhören", P, 2, None),
    ("Freundinnen aus dem Deutschkurs", S, 3, None),
    ("Kindergeld und Wohngeld", M, 2, None),
    ("Familienzentrum am Markt", INF, 3, None),
    ("Führerschein Klasse B", P, 2, None),
    ("مساعدة الجيران", S, 3, None),
    ("Laptop (gebraucht)", M, 3, None),
    ("Tafel im Stadtteil ❤️", INF, 3, None),
    ("Reparieren von Fahrrädern", P, 3, None),
    ("Mama", S, 1, "wohnt zwei Straßen weiter"),
    ("Kleiderkammer der Kirchengemeinde", INF, 3, None),
    ("Monatskarte für Bus und Bahn", M, 2, None),
    ("Humor, auch wenn es schwer ist", P, 3, None),
    ("Bruder Ahmed", S, 2, None),
    ("Stadtteilbüro Grone-Süd", INF, 2, None),
    ("Gartenparzelle im Kleingartenverein", M, 3, None),
    ("Englisch aus der Schule", P, 3, None),
    ("Elternabend-Gruppe", S, 3, None),
    ("Jugendtreff für meinen Sohn", INF, 3, None),
    ("Ersparnisse für die Kaution", M, 3, None),
    ("Kochen für viele Leute 🍲", P, 2, None),
    ("Frau Okafor", S, 3, "Nachbarin aus dem dritten Stock"),
    ("Beratungsstelle für Alleinerziehende", INF, 3, None),
    ("Werkzeugkasten", M, 3, None),
    ("Ordnung halten", P, 3, None),
    ("Chor der Gemeinde", S, 3, None),
    ("Sportplatz hinter dem Haus", INF, 2, None),
    ("Waschmaschine", M, 1, None),
    ("Gute Noten in Mathe", P, 3, None),
    ("Cousine Lena", S, 3, "Friseurin"),
    ("Volkshochschule", INF, 3, None),
    ("Bügeleisen und Bügelbrett", M, 3, None),
    ("Tiere versorgen", P, 3, None),
    ("Kollegen vom Minijob", S, 3, None),
    ("Schuldnerberatung der Stadt", INF, 3, None),
    ("Ein zweites Fahrrad für die Kinder", M, 3, None),
    ("Türkisch verstehen", P, 3, None),
    ("Nachbarschaftshilfe Grone", S, 2, None),
    ("Mehrgenerationenhaus", INF, 3, None),
    ("Kinderwagen", M, 3, None),
    ("Ich bin pünktlich", P, 2, None),
]

#: Resource–resource relations (by position in LABELS), inside one area or between neighbours.
LINKS = [(1, 13), (9, 8), (16, 28), (2, 10), (28, 1), (32, 16), (21, 30)]


def map_case(n: int) -> Case:
    """The first ``n`` resources of :data:`LABELS` (n ≤ 60) with their lines."""
    case = Case.new(alias="Sonnenblume", key=f"karte-{n}")
    ids = []
    for label, category, closeness, role in LABELS[:n]:
        person = role is not None or category is S
        res = case.add_resource(label, category=category, closeness=closeness, is_person=person, role=role)
        ids.append(res.id)
    for k, rid in enumerate(ids):
        if k % 3 == 0:
            strength = (Strength.STARK, Strength.MITTEL, Strength.SCHWACH)[k % 3]
            case.connect(ELB_ID, rid, strength=strength, direction=Direction.GEGENSEITIG)
    for a, b in LINKS:
        if a < n and b < n:
            case.connect(ids[a], ids[b], strength=Strength.SCHWACH, direction=Direction.GIBT)
    return case


def crowded_case(n: int, seed: int) -> Case:
    """``n`` resources (n ≤ 60) drawn at random from :data:`LABELS`, half of them moved to another ring
    (the inner rings fill up), about two in five connected to the eLb: crowded maps of many shapes
    for the tests that must hold on any of them.

    >>> case = crowded_case(40, 1)
    >>> len(case.resources)
    40
    >>> [r.label for r in case.resources] == [r.label for r in crowded_case(40, 1).resources]
    True
    """
    import random

    rng = random.Random(seed)
    case = Case.new(alias="Sonnenblume", key=f"voll-{n}-{seed}")
    ids = []
    for i in rng.sample(range(len(LABELS)), n):
        label, category, closeness, role = LABELS[i]
        if rng.random() < 0.5:
            closeness = rng.choice((1, 2, 2, 3))
        person = role is not None or category is S
        res = case.add_resource(label, category=category, closeness=closeness, is_person=person, role=role)
        ids.append(res.id)
    for rid in ids:
        if rng.random() < 0.4:
            case.connect(ELB_ID, rid)
    return case


def open_case(n: int, seed: int) -> Case:
    """:func:`crowded_case` with about a third of its resources' closeness still open (``None``: drawn
    with a dashed border in the middle ring until somebody chooses one), as early in a session.

    >>> case = open_case(30, 1)
    >>> 5 <= sum(r.closeness is None for r in case.resources) <= 15
    True
    """
    import random

    case = crowded_case(n, seed)
    rng = random.Random(1000 + 100 * seed + n)
    for rid in [r.id for r in case.resources]:
        if rng.random() < 0.33:
            case.update_resource(rid, closeness=None)
    return case
