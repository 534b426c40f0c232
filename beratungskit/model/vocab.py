"""Vocabularies of the case model: the fixed choices a case is made of.

Values are stored as short ASCII keys; what a person sees comes from the message catalogue
(``label(member)``), so the file format never depends on wording.

>>> label(Category.SOZIAL)
'Sozial'
>>> [o.value for o in ORIGIN_ORDER]
['eigen', 'lebensumfeld', 'sozialraum', 'fachdienst']
"""

from __future__ import annotations

from enum import Enum

from beratungskit.messages import t

__all__ = [
    "CLOSENESS_RINGS",
    "ELB_ID",
    "ORIGIN_ORDER",
    "Category",
    "Direction",
    "GoalStatus",
    "ItemKind",
    "Language",
    "LogAction",
    "NamedBy",
    "Origin",
    "Owner",
    "ReferralTopic",
    "StepStatus",
    "Strength",
    "label",
    "label_or_open",
]

#: Node id of the eLb in every map and relation. No resource may use it.
ELB_ID = "elb"

#: Closeness to the eLb: 1 = ganz nah … 3 = weiter weg.
CLOSENESS_RINGS = (1, 2, 3)


class _Vocab(str, Enum):
    def __str__(self) -> str:
        return str(self.value)


class Category(_Vocab):
    PERSOENLICH = "persoenlich"
    SOZIAL = "sozial"
    MATERIELL = "materiell"
    INFRASTRUKTURELL = "infrastrukturell"


class Origin(_Vocab):
    """Where a resource comes from; the concept paper asks to use them in this order."""

    EIGEN = "eigen"
    LEBENSUMFELD = "lebensumfeld"
    SOZIALRAUM = "sozialraum"
    FACHDIENST = "fachdienst"


ORIGIN_ORDER: tuple[Origin, ...] = tuple(Origin)


class NamedBy(_Vocab):
    ELB = "elb"
    IFK = "ifk"


class Strength(_Vocab):
    SCHWACH = "schwach"
    MITTEL = "mittel"
    STARK = "stark"


class Direction(_Vocab):
    """Direction of support, read from the relation's source to its target."""

    GIBT = "gibt"
    BEKOMMT = "bekommt"
    GEGENSEITIG = "gegenseitig"


class Owner(_Vocab):
    ELB = "elb"
    IFK = "ifk"
    NETZWERKPARTNER = "netzwerkpartner"
    UMFELD = "umfeld"


class StepStatus(_Vocab):
    OFFEN = "offen"
    BEGONNEN = "begonnen"
    ERLEDIGT = "erledigt"
    VERWORFEN = "verworfen"


class GoalStatus(_Vocab):
    OFFEN = "offen"
    ERREICHT = "erreicht"


class ReferralTopic(_Vocab):
    """Topic *area* of a referral. Deliberately coarse: no details of a crisis are recorded."""

    ALLTAG = "alltag"
    KRISE = "krise"
    #: Violence and threats by another person (tenth round of the wording guard): the violence service
    #: is the fitting offer there, not the crisis line. Added at the end of the German order's
    #: crisis topics; old case files and directories never name it and load as before.
    GEWALT = "gewalt"
    GESUNDHEIT = "gesundheit"
    SUCHT = "sucht"
    SCHULDEN = "schulden"
    FAMILIE = "familie"
    WOHNEN = "wohnen"
    MIGRATION = "migration"
    RECHT = "recht"
    SONSTIGES = "sonstiges"


class ItemKind(_Vocab):
    CASE = "case"
    RESOURCE = "resource"
    RELATION = "relation"
    WISH = "wish"
    WILL = "will"
    GOAL = "goal"
    STEP = "step"
    REFERRAL = "referral"
    TEAM_IDEA = "team_idea"


class Language(_Vocab):
    """The language the eLb reads beside the German (ISO 639-1); German alone is ``de``.

    A preference for how the product speaks to the eLb, nothing more: it is not shown in a case
    conference, not exported without names, and never counted in team figures.
    """

    DE = "de"
    EN = "en"
    AR = "ar"
    TR = "tr"
    UK = "uk"
    RU = "ru"
    FA = "fa"


class LogAction(_Vocab):
    ADDED = "added"
    CHANGED = "changed"
    REMOVED = "removed"


def label(member: _Vocab) -> str:
    """German display label of a vocabulary value."""
    return t(f"model.{type(member).__name__}.{member.value}")


def label_or_open(member: _Vocab | None) -> str:
    """German label of a value, or "noch offen" while nobody has chosen one.

    >>> label_or_open(None), label_or_open(Origin.EIGEN)
    ('noch offen', 'Eigene Ressource')
    """
    return t("model.open") if member is None else label(member)
