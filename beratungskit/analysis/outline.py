"""The Ressourcenkarte as an outline: area → ring → resources, each with its lines in words.

The same content the map draws, in reading order, for the list view a screen reader reads well
("Als Liste") and for the map's text summary. Areas, rings and their names are the map's own; within
a ring the resources stand in the order they were named. Nothing here draws or knows widgets.

>>> from beratungskit.demo import demo_case
>>> areas = map_outline(demo_case())
>>> [(a.name, [r.ring for r in a.rings]) for a in areas][:2]
[('Persönlich', [1, 2]), ('Sozial', [1, 2, 3])]
>>> jana = areas[1].rings[0].entries[0]
>>> jana.label, jana.detail, jana.links[0].text
('Jana', 'Person: Schwester', 'hilft Mira K. (starke Verbindung)')
>>> map_summary(demo_case())[:61]
'Ressourcenkarte von Mira K.: 16 Ressourcen, davon 3 Menschen.'
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from beratungskit.messages import CATALOGUE, t
from beratungskit.model import CLOSENESS_RINGS, ELB_ID, Case, Category, Direction, Resource

__all__ = ["OPEN_RING", "Area", "Entry", "Link", "Ring", "map_outline", "map_summary"]

#: The group of the resources whose closeness nobody chose yet (after the three rings). The map
#: draws them in the middle ring with a dashed border; the list must not file them under
#: „Ring 2: mittel nah“ as if that had been chosen (issue 11 point 6, trial 15).
OPEN_RING = 0

_FLIP = {
    Direction.GIBT: Direction.BEKOMMT,
    Direction.BEKOMMT: Direction.GIBT,
    Direction.GEGENSEITIG: Direction.GEGENSEITIG,
}


@dataclass(frozen=True)
class Link:
    """One line of the map, said from the side of one resource."""

    other: str  #: the other end's id (``ELB_ID`` for the person in the middle)
    other_label: str
    text: str  #: e.g. "Jana hilft Mira K. (starke Verbindung)"


@dataclass(frozen=True)
class Entry:
    """One resource as the map shows it."""

    id: str
    label: str
    category: Category
    ring: int  #: the ring it is drawn in (1 = ganz nah)
    closeness_open: bool  #: nobody chose its closeness yet (drawn in the middle ring, dashed; listed apart)
    detail: str  #: "Person: Schwester", "Person" or ""
    links: tuple[Link, ...]


@dataclass(frozen=True)
class Ring:
    ring: int  #: 1–3, or :data:`OPEN_RING` for "Nähe noch offen"
    name: str  #: "Ring 1: ganz nah" / "Nähe noch offen"
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Area:
    category: Category
    name: str  #: the map's short name ("Persönlich")
    hint: str  #: what belongs there ("was ich kann und mag")
    rings: tuple[Ring, ...]  #: only rings that hold something, the open group last

    @property
    def count(self) -> int:
        return sum(len(r.entries) for r in self.rings)


def _links(resource: Resource, case: Case, names: dict[str, str]) -> tuple[Link, ...]:
    links = []
    for rel in case.relations:
        if resource.id not in (rel.source, rel.target):
            continue
        other = rel.target if rel.source == resource.id else rel.source
        # The direction is stored from the relation's source; say it from this resource's side.
        direction = rel.direction if rel.source == resource.id else _FLIP[rel.direction]
        text = t(f"analysis_outline.link.{direction.value}.{rel.strength.value}", other=names[other])
        links.append(Link(other, names[other], text))
    return tuple(links)


def _detail(resource: Resource) -> str:
    if not resource.is_person:
        return ""
    if resource.role:
        return t("analysis_outline.person_role", role=resource.role)
    return t("analysis_outline.person")


def map_outline(case: Case) -> tuple[Area, ...]:
    """The map's four areas in the map's order, each with its rings from the centre outwards, and
    last the resources whose closeness is still open (:data:`OPEN_RING`)."""
    names = {ELB_ID: case.alias, **{r.id: r.label for r in case.resources}}

    def entry(r: Resource) -> Entry:
        links = _links(r, case, names)
        return Entry(r.id, r.label, r.category, r.ring, r.closeness is None, _detail(r), links)

    areas = []
    for category in Category:
        mine = [r for r in case.resources if r.category is category]
        rings = []
        for ring in CLOSENESS_RINGS:
            entries = tuple(entry(r) for r in mine if r.closeness is not None and r.ring == ring)
            if entries:
                rings.append(Ring(ring, t(f"render_map.ring.{ring}"), entries))
        still_open = tuple(entry(r) for r in mine if r.closeness is None)
        if still_open:
            rings.append(Ring(OPEN_RING, t("render_map.closeness.open"), still_open))
        areas.append(
            Area(
                category,
                t(f"render_map.cat.{category.value}"),
                t(f"render_map.cat.{category.value}.hint"),
                tuple(rings),
            )
        )
    return tuple(areas)


def _count(key: str, n: int) -> str:
    if n == 0 and f"analysis_outline.{key}_none" in CATALOGUE:
        return t(f"analysis_outline.{key}_none")
    if n == 1:
        return t(f"analysis_outline.{key}_one")
    return t(f"analysis_outline.{key}", n=n)


def map_summary(case: Case) -> str:
    """The map in one or two sentences: how many resources, people, per area and ring, lines.

    >>> from beratungskit.model import Case
    >>> map_summary(Case(key="k", alias="Sonnenblume"))
    'Ressourcenkarte von Sonnenblume: noch keine Ressourcen eingetragen.'
    """
    if not case.resources:
        return t("analysis_outline.summary_empty", alias=case.alias)
    by_area = Counter(r.category for r in case.resources)
    # an open closeness is counted as open, not as the middle ring it is drawn in
    by_ring = Counter(r.closeness or OPEN_RING for r in case.resources)
    areas = ", ".join(
        t("analysis_outline.area_count", area=t(f"render_map.cat.{c.value}"), n=by_area[c])
        for c in Category
        if by_area[c]
    )
    rings = ", ".join(
        t("analysis_outline.ring_count", ring=t(f"render_map.closeness.{n}"), n=by_ring[n])
        for n in CLOSENESS_RINGS
        if by_ring[n]
    )
    if by_ring[OPEN_RING]:
        name = t("render_map.closeness.open")
        still_open = t("analysis_outline.ring_count", ring=name, n=by_ring[OPEN_RING])
        rings = f"{rings}, {still_open}" if rings else still_open
    return t(
        "analysis_outline.summary",
        alias=case.alias,
        resources=_count("resources", len(case.resources)),
        people=_count("people", sum(1 for r in case.resources if r.is_person)),
        areas=areas,
        rings=rings[:1].upper() + rings[1:],
        lines=_count("lines", len(case.relations)),
    )
