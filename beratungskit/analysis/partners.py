"""The network-partner directory: kinds of local services an office lists in ``templates/partners.yaml``.

Pure (no widgets): the session drops a partner into the map, referrals pick the institution from it.
The shipped entries are examples (``beispiel: true``) for an office to replace with its own.

>>> partners = load_partners()
>>> debt = next(p for p in partners if p.kind == "schuldnerberatung")
>>> debt.example, debt.origin.value, debt.name.endswith("(Beispiel)")
(True, 'fachdienst', True)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from beratungskit.analysis.template_yaml import TemplateFileError, line_of, read_yaml, shape_error
from beratungskit.messages import t
from beratungskit.model import (
    KEY_PATTERN,
    LABEL_MAX,
    NOTE_MAX,
    Case,
    Category,
    Origin,
    ReferralTopic,
    Resource,
    text_problem,
    visible,
)
from beratungskit.resources import template_path

__all__ = [
    "KIND_PATTERN",
    "PARTNER_ORIGINS",
    "Partner",
    "TemplateFileError",
    "load_partners",
    "load_partners_or_none",
    "partner_key",
    "partner_named_on_map",
    "partner_on_map",
    "partners_path",
]

#: A kind is an id like a case key: ``schuldnerberatung``, ``tafel-nord`` (no spaces).
KIND_PATTERN = KEY_PATTERN
#: Partners come from the social space or are a specialised service — never "eigen"/"Lebensumfeld".
PARTNER_ORIGINS = (Origin.SOZIALRAUM, Origin.FACHDIENST)


@dataclass(frozen=True)
class Partner:
    """One kind of local service from the directory."""

    kind: str
    name: str
    category: Category
    origin: Origin
    topics: tuple[ReferralTopic, ...] = ()
    description: str = ""
    #: True for a shipped example the office should replace with its own entry.
    example: bool = False


def partners_path() -> Path:
    return template_path("partners.yaml")


def _choice(path: Path, n: int, line: object, field: str, value: object, allowed: list[str]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise shape_error(
            path,
            t(
                "analysis_templates.partner_value",
                n=n,
                line=line,
                field=field,
                value=visible(value, limit=60),
                allowed=", ".join(allowed),
            ),
        )
    return value


def load_partners(path: Path | None = None) -> list[Partner]:
    """Read the directory; raises :class:`TemplateFileError` (German, file and line) when malformed."""
    path = path or partners_path()
    data = read_yaml(path)
    entries = data.get("partner") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise shape_error(path, t("analysis_templates.partners_list"))
    out: list[Partner] = []
    seen: set[str] = set()
    for n, entry in enumerate(entries, start=1):
        line = line_of(entry)
        if not isinstance(entry, dict):
            raise shape_error(path, t("analysis_templates.partner_field", n=n, line=line, field="name"))
        for field in ("kind", "name", "category", "origin"):
            if not str(entry.get(field) or "").strip():
                raise shape_error(path, t("analysis_templates.partner_field", n=n, line=line, field=field))
        kind = str(entry["kind"]).strip()
        if not isinstance(entry["kind"], str) or not KIND_PATTERN.fullmatch(kind):
            # the kind is an id: it names the partner's button (a CSS class) and a referral's kind
            shown = visible(kind, limit=60)
            raise shape_error(path, t("analysis_templates.partner_kind_bad", n=n, line=line, kind=shown))
        if kind in seen:
            raise shape_error(path, t("analysis_templates.partner_kind_twice", n=n, line=line, kind=kind))
        seen.add(kind)
        category = _choice(path, n, line, "category", entry["category"], [c.value for c in Category])
        origin = _choice(path, n, line, "origin", entry["origin"], [o.value for o in PARTNER_ORIGINS])
        topics_raw = entry.get("topics") or []
        if isinstance(topics_raw, str):
            topics_raw = [topics_raw]
        if not isinstance(topics_raw, list):
            topics_raw = [topics_raw]
        topics = tuple(
            ReferralTopic(_choice(path, n, line, "topics", topic, [x.value for x in ReferralTopic]))
            for topic in topics_raw
        )
        name = str(entry["name"]).strip()
        description = str(entry.get("description") or "").strip()
        # A partner laid into the map becomes a resource: its name the label, its description the note.
        for field, value, limit in (("name", name, LABEL_MAX), ("description", description, NOTE_MAX)):
            problem = text_problem(value) or (
                t("model.err.too_long", max=limit) if len(value) > limit else None
            )
            if problem is not None:
                problem = f"„{field}“: {problem}"
                raise shape_error(path, t("analysis_templates.partner_text", n=n, line=line, problem=problem))
        out.append(
            Partner(
                kind=kind,
                name=name,
                category=Category(category),
                origin=Origin(origin),
                topics=topics,
                description=description,
                example=entry.get("beispiel") is True,
            )
        )
    return out


def load_partners_or_none() -> list[Partner]:
    """The office's directory, or no partner at all where it cannot be read.

    For offers whose fixed part never depends on the directory (the crisis lines of the wording
    guard's hint and of „Hilfe in einer Krise“): a broken file only leaves the local services out,
    and stays as it is.
    """
    try:
        return load_partners()
    except (ValueError, OSError):  # TemplateFileError is a ValueError
        return []


#: Legal forms said after a name ("Tafel Nord e.V.", "Kinderhaus gGmbH"): they do not make another
#: partner. Matched on the words that remain once dots and other punctuation are gone.
_LEGAL_FORMS = re.compile(
    r"\b(?:e ?v|e ?g|g?gmbh|gemeinnuetzige gmbh|mbh|g?ug|haftungsbeschraenkt|g?ag|kg|gbr|ohg|e ?k|co)\b"
)
#: Articles and "e. V."-like leftovers: "Die Tafel Nord" is the Tafel Nord.
_ARTICLES = re.compile(r"\b(?:der|die|das|den|dem|des)\b")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def partner_key(name: str) -> str:
    """What makes two names the same partner: letters and digits only, without case, spaces,
    hyphens, punctuation, legal forms (e.V., gGmbH, GmbH, UG …), articles and accents; umlauts as
    ae/oe/ue.

    >>> partner_key("Die Tafel Nord e.V.") == partner_key("Tafel-Nord") == partner_key("TAFEL  NORD")
    True
    >>> partner_key("Tafel Nord") == partner_key("Tafel Süd")
    False
    """
    text = unicodedata.normalize("NFKC", name).casefold().translate(_UMLAUTS)
    # other accents go ("Sprachcafé" is the "Sprachcafe")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[^\w]+|_", " ", text)  # hyphens, dots, quotes, brackets, "&": a word break
    text = _LEGAL_FORMS.sub(" ", text)
    text = _ARTICLES.sub(" ", text)
    return "".join(text.split())


def partner_on_map(case: Case, partner: Partner) -> Resource | None:
    """The resource that already stands for ``partner`` in the map (the same name as far as
    :func:`partner_key` tells, not a person), if any: a partner is laid into the map once; a second
    click says where it is instead of adding it again — also when the map says "Tafel Nord" and the
    directory "Die Tafel Nord e.V.".

    >>> from beratungskit.model import Case
    >>> case = Case.new("A")
    >>> library = next(p for p in load_partners() if p.kind == "bibliothek")
    >>> partner_on_map(case, library) is None
    True
    >>> _ = case.add_resource("  stadtbibliothek (beispiel) ")
    >>> partner_on_map(case, library).label
    'stadtbibliothek (beispiel)'
    """
    return _non_person_named(case, partner_key(partner.name))


def _non_person_named(case: Case, wanted: str, areas: tuple[Category, ...] | None = None) -> Resource | None:
    """The first resource of ``case`` that is not a person, whose :func:`partner_key` is ``wanted``
    (and whose area is one of ``areas``, if given)."""
    if not wanted:  # a name of legal form and articles only: nothing to compare
        return None
    for resource in case.resources:
        if (
            not resource.is_person
            and (areas is None or resource.category in areas)
            and partner_key(resource.label) == wanted
        ):
            return resource
    return None


#: The areas where a resource may be a partner (a group, a place, a service); a strength, a thing
#: or money named twice is not one partner twice.
PARTNER_AREAS = (Category.SOZIAL, Category.INFRASTRUKTURELL)


def partner_named_on_map(
    case: Case, label: str, category: Category | str, is_person: bool | None = None
) -> Resource | None:
    """The resource on the map that stands for the partner a resource typed by hand names (``label``,
    its area and "Wer oder was ist das?"), if any: the same name as far as :func:`partner_key`
    tells, neither of them a person, both in an area of partners (:data:`PARTNER_AREAS`). The form
    then says where it is instead of adding it again, as the directory does.

    >>> from beratungskit.model import Case
    >>> case = Case.new("A")
    >>> _ = case.add_resource("Die Tafel Nord e.V.", category="infrastrukturell")
    >>> partner_named_on_map(case, "Tafel Nord", "infrastrukturell").label
    'Die Tafel Nord e.V.'
    >>> partner_named_on_map(case, "Tafel Nord", "sozial", is_person=True) is None   # a person
    True
    >>> _ = case.add_resource("Fahrrad", category="materiell")
    >>> partner_named_on_map(case, "fahrrad", "materiell") is None   # a second bike: not a partner
    True
    """
    if is_person or Category(category) not in PARTNER_AREAS:
        return None
    return _non_person_named(case, partner_key(label), PARTNER_AREAS)
