"""Fictional cases of any size for benchmarks and tests: ``synthetic_case(n_resources, seed)``.

Labels are invented phrases of realistic length (like "Nachbarin aus dem dritten Stock"); nothing
refers to a real person.

>>> case = synthetic_case(50, seed=1)
>>> len(case.resources)
50
"""

from __future__ import annotations

import random

from beratungskit.model import ELB_ID, Case, Category, Direction, Strength

__all__ = ["synthetic_case"]

_WORDS = [
    "Nachbarin",
    "Fahrrad",
    "Kita",
    "Bibliothek",
    "Schwester",
    "Bruder",
    "Verein",
    "Sportgruppe",
    "Bäckerei",
    "Werkstatt",
    "Garten",
    "Computer",
    "Smartphone",
    "Führerschein",
    "Deutschkurs",
    "Freundin",
    "Kollege",
    "Trainer",
    "Chor",
    "Familienzentrum",
    "Bus",
    "Straßenbahn",
    "Tafel",
    "Kleiderkammer",
    "Nähmaschine",
    "Kochen",
    "Backen",
    "Reparieren",
    "Geduld",
    "Humor",
    "Pünktlichkeit",
    "Polnisch",
    "Englisch",
    "Arabisch",
    "Türkisch",
    "Jugendtreff",
    "Stadtteilbüro",
    "Beratungsstelle",
    "Wohnung",
    "Auto",
]
_FILL = [
    "aus dem Viertel",
    "am Markt",
    "von früher",
    "in der Nähe",
    "mit Herz",
    "seit Jahren",
    "zu Hause",
]


def synthetic_case(
    n_resources: int,
    seed: int = 0,
    *,
    skew: bool = False,
    long_labels: bool = False,
) -> Case:
    """A fictional case with ``n_resources`` resources and a relation from the eLb to each.

    ``skew=True`` puts every resource into one category and ring (the worst case for the layout);
    ``long_labels=True`` uses labels close to the 80-character limit.
    """
    rng = random.Random(seed)
    case = Case.new(alias=f"Testfall {seed}", key=f"synthetisch-{n_resources}-{seed}")
    cats = list(Category)
    skew_cat, skew_ring = rng.choice(cats), rng.randint(1, 3)
    for i in range(n_resources):
        n_words = rng.randint(3, 8) if long_labels else rng.choice((1, 1, 2, 2, 3, 4))
        words = [rng.choice(_WORDS) for _ in range(n_words)]
        if rng.random() < 0.4:
            words.append(rng.choice(_FILL))
        label = " ".join(words)[:80]
        if skew:
            category, closeness = skew_cat, skew_ring
        else:
            category, closeness = rng.choice(cats), rng.randint(1, 3)
        person = category == Category.SOZIAL and rng.random() < 0.5
        res = case.add_resource(
            f"{label} {i + 1}"[-80:].strip(),
            category=category,
            closeness=closeness,
            is_person=person,
            role=rng.choice(("Nachbarin", "Schwester", "Trainer", "Kollegin")) if person else None,
        )
        case.connect(
            ELB_ID,
            res.id,
            strength=rng.choice(list(Strength)),
            direction=rng.choice(list(Direction)),
        )
    return case
