"""Write N fictional cases into a store folder, quickly and reproducibly (seeded).

Every name is invented: people are "Testperson 17" or made of syllables ("Kalumo Werani"); partners
are the fictional ones in :data:`PARTNERS`. Cases are built as plain data and validated once
(``Case.model_validate``) — the ``add_*`` methods re-check the whole case on every call and would
take minutes for 10,000 cases.

    python benchmarks/generate_cases.py 1000 /tmp/faelle --seed 1
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from beratungskit.model import (
    ELB_ID,
    Case,
    Category,
    Direction,
    GoalStatus,
    NamedBy,
    Origin,
    Owner,
    ReferralTopic,
    StepStatus,
    Strength,
)

__all__ = ["PARTNERS", "make_case", "partners_yaml", "write_cases"]

#: Fictional network partners (name, kind) — also written as a partner directory for the benchmark.
PARTNERS = [
    ("Stadtteiltreff Nordwind (fiktiv)", "stadtteiltreff"),
    ("Schuldnerberatung Am Fluss (fiktiv)", "schuldnerberatung"),
    ("Suchtberatung Lindenhof (fiktiv)", "suchtberatung"),
    ("Familienzentrum Sonnenweg (fiktiv)", "familienzentrum"),
    ("Sprachcafé Brückenschlag (fiktiv)", "sprachkurs"),
    ("Tafel Oststadt (fiktiv)", "tafel"),
    ("Sportverein Eintracht Westhang (fiktiv)", "verein"),
    ("Bewerbungswerkstatt Jobcenter (fiktiv)", "jobcenter"),
]
_SYLLABLES = ["ka", "lu", "mo", "we", "ra", "ni", "to", "be", "si", "da", "fe", "go", "ri", "na", "pe"]
_ROLES = ["Schwester", "Bruder", "Nachbarin", "Nachbar", "Freundin", "Freund", "frühere Kollegin", "Onkel"]
_THINGS = {
    Category.PERSOENLICH: ["Ich koche gern", "Ich bin pünktlich", "Führerschein", "Erfahrung im Lager"],
    Category.MATERIELL: ["Fahrrad", "Laptop", "Eigene Wohnung", "Nähmaschine", "Smartphone"],
    Category.INFRASTRUKTURELL: ["Buslinie 7", "Stadtbibliothek", "Kita am Park", "Bürgerbüro"],
}
_BASE = datetime(2026, 1, 5, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def _syllable_name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


def make_case(rng: random.Random, number: int) -> Case:
    """One fictional case ``test-<number>`` with 6–24 resources, a will, goals, steps, referrals."""
    resources: list[dict[str, Any]] = []
    for i in range(1, rng.randint(6, 24) + 1):
        roll = rng.random()
        fields: dict[str, Any] = {"id": f"r{i}", "closeness": rng.randint(1, 3)}
        if roll < 0.3:
            name = f"Testperson {rng.randint(1, 999)}" if rng.random() < 0.5 else _syllable_name(rng)
            fields |= {
                "label": name,
                "category": Category.SOZIAL,
                "origin": Origin.LEBENSUMFELD,
                "is_person": True,
                "role": rng.choice(_ROLES),
            }
        elif roll < 0.5:
            partner, _kind = rng.choice(PARTNERS)
            fields |= {
                "label": partner,
                "category": rng.choice([Category.SOZIAL, Category.INFRASTRUKTURELL]),
                "origin": Origin.FACHDIENST if "Jobcenter" in partner else Origin.SOZIALRAUM,
                "named_by": NamedBy.IFK,
            }
        else:
            category = rng.choice(list(_THINGS))
            fields |= {
                "label": rng.choice(_THINGS[category]),
                "category": category,
                "origin": Origin.EIGEN,
                "note": "Erzählt im Gespräch." if rng.random() < 0.3 else None,
            }
        resources.append(fields)
    # at most one relation per pair: each resource to the eLb, a few between resources
    relations = [
        {
            "id": f"v{i}",
            "source": ELB_ID,
            "target": r["id"],
            "strength": rng.choice(list(Strength)),
            "direction": rng.choice(list(Direction)),
        }
        for i, r in enumerate(resources, start=1)
    ]
    for a, b in zip(resources[::3], resources[1::3], strict=False):
        relations.append({"id": f"v{len(relations) + 1}", "source": a["id"], "target": b["id"]})
    ids = [r["id"] for r in resources]
    wills = [{"id": "w1", "text": "Ich will wieder arbeiten, in meinem Tempo.", "named_by": NamedBy.ELB}]
    goals, steps = [], []
    for g in range(1, rng.randint(1, 3) + 1):
        goals.append(
            {
                "id": f"z{g}",
                "will_id": "w1",
                "text": f"Ziel {g} des Testfalls",
                "resource_ids": rng.sample(ids, k=min(len(ids), rng.randint(0, 3))),
                "confidence": rng.choice([None, *range(11)]),
                "status": GoalStatus.ERREICHT if rng.random() < 0.2 else GoalStatus.OFFEN,
            }
        )
        for s in range(rng.randint(1, 4)):
            steps.append(
                {
                    "id": f"s{len(steps) + 1}",
                    "goal_id": f"z{g}",
                    "text": f"Schritt {s + 1} zu Ziel {g}",
                    "owner": rng.choices(list(Owner), weights=[6, 2, 1, 1])[0],
                    "status": rng.choice(list(StepStatus)),
                    "resource_ids": rng.sample(ids, k=min(len(ids), rng.randint(0, 2))),
                    "due": date(2026, rng.randint(1, 12), rng.randint(1, 28)),
                }
            )
    referrals = []
    if rng.random() < 0.4:
        partner, kind = rng.choice(PARTNERS[1:4])
        referrals.append(
            {
                "id": "vw1",
                "institution": partner,
                "institution_kind": kind,
                "topic": rng.choice(list(ReferralTopic)),
                "on": date(2026, rng.randint(1, 12), rng.randint(1, 28)),
            }
        )
    created = _BASE + timedelta(days=rng.randint(0, 300), minutes=rng.randint(0, 600))
    return Case.model_validate(
        {
            "key": f"test-{number}",
            "alias": f"Testperson {number}",
            "created_at": created,
            "updated_at": created + timedelta(days=rng.randint(0, 60)),
            "revision": 1,
            "resources": resources,
            "relations": relations,
            "wills": wills,
            "goals": goals,
            "steps": steps,
            "referrals": referrals,
        }
    )


def write_cases(folder: Path | str, n: int, *, seed: int = 1) -> Path:
    """Write ``n`` fictional cases as ``<folder>/test-<i>.json`` (the store's file layout)."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    for i in range(1, n + 1):
        case = make_case(rng, i)
        # plain writes: a generated benchmark folder needs no fsync per file
        (target / f"{case.key}.json").write_text(case.model_dump_json(indent=2), encoding="utf-8")
    return target


def partners_yaml() -> str:
    """The fictional partners as a directory file (``partners:`` list of ``name``/``kind``)."""
    lines = ["partners:"]
    for name, kind in PARTNERS:
        lines += [f'  - name: "{name}"', f"    kind: {kind}"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fiktive Fälle in einen Fallordner schreiben")
    parser.add_argument("n", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    write_cases(args.folder, args.n, seed=args.seed)
    print(f"{args.n} Fälle geschrieben nach {args.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
