"""The network partners beside the map: local services the IFK can lay into the map as a resource.

A partner dropped into the map is recorded as named by the IFK, with its origin (Sozialraum or
Fachdienst) — the concept paper: "Präsentieren Sie die Netzwerkpartner als individuell nutzbare
Ressourcen".

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp())
>>> session = Session(store, store.create("Sonnenblume"))
>>> panel = PartnerPanel(session)
>>> panel.add_buttons["bibliothek"].click()
>>> res = store.load(session.case.key).resources[0]
>>> res.label, res.named_by.value, res.origin.value
('Stadtbibliothek (Beispiel)', 'ifk', 'sozialraum')
"""

from __future__ import annotations

import re

import ipywidgets as widgets

from beratungskit.analysis.partners import Partner, TemplateFileError, load_partners, partner_on_map
from beratungskit.messages import t
from beratungskit.model import Case, CaseError, NamedBy
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.look import category_colour, category_symbol
from beratungskit.ui.session import Session

__all__ = ["PartnerPanel", "add_partner", "partner_class"]


def partner_class(kind: str) -> str:
    """The CSS class of a partner's button: one token whatever ``kind`` holds.

    The directory allows only id-like kinds; a partner list handed in by other code is not checked,
    and a class with a space makes the browser refuse the whole widget (DOMTokenList).

    >>> partner_class("tafel nord")
    'bk-partner-tafel-nord'
    """
    return "bk-partner-" + re.sub(r"[^a-z0-9_-]+", "-", kind.lower())


def add_partner(case: Case, partner: Partner) -> object:
    """Lay ``partner`` into the map as a resource named by the IFK (a model operation).

    A partner already on the map is not added twice: :class:`CaseError` says where it is. How near
    it is to the eLb is theirs to say: closeness stays "noch offen" until it is asked.
    """
    there = partner_on_map(case, partner)
    if there is not None:
        raise CaseError(t("ui_session.partners_already", name=there.label))
    return case.add_resource(
        partner.name,
        category=partner.category,
        origin=partner.origin,
        named_by=NamedBy.IFK,
        note=partner.description or None,
    )


class PartnerPanel:
    """A list of partners, each with "In die Karte legen"."""

    def __init__(
        self, session: Session, feedback: Feedback | None = None, partners: list[Partner] | None = None
    ):
        self.session = session
        self.feedback = feedback or Feedback()
        self.error = widgets.Label()
        self.error.add_class("bk-error")
        self.add_buttons: dict[str, widgets.Button] = {}
        heading = widgets.Label(t("ui_session.partners_heading"))
        heading.add_class("bk-heading")
        intro = widgets.Label(t("ui_session.partners_help"))
        intro.add_class("bk-muted")
        rows: list[widgets.Widget] = [heading, intro]
        try:
            self.partners = partners if partners is not None else load_partners()
        except TemplateFileError as exc:
            self.partners = []
            problem = widgets.Label(t("ui_session.partners_problem", reason=exc))
            problem.add_class("bk-notice")
            rows.append(problem)
        if any(p.example for p in self.partners):
            note = widgets.Label(t("ui_session.partners_example_note"))
            note.add_class("bk-notice")
            rows.append(note)
        rows.append(self.error)
        rows += [self._row(p) for p in self.partners]
        self.widget = widgets.VBox(rows)
        self.widget.add_class("bk-partners")

    def _row(self, partner: Partner) -> widgets.Widget:
        name = widgets.Label(f"{category_symbol(partner.category)}  {partner.name}")
        name.style.text_color = category_colour(partner.category)
        name.style.font_weight = "bold"
        parts: list[widgets.Widget] = [name]
        if partner.description:
            parts.append(widgets.Label(partner.description))
        button = widgets.Button(description=t("ui_session.partners_add"), layout=widgets.Layout(width="auto"))
        button.add_class("bk-partner-add")
        button.add_class(partner_class(partner.kind))
        button.on_click(lambda _b, p=partner: self.add(p))
        self.add_buttons[partner.kind] = button
        parts.append(button)
        box = widgets.VBox(parts)
        box.add_class("bk-partner")
        return box

    def add(self, partner: Partner) -> None:
        attempt(
            self.session,
            lambda case: add_partner(case, partner),
            self.feedback,
            self._problem,
            lambda _r: t("ui_session.partners_added", name=partner.name),
        )

    def _problem(self, message: str) -> None:
        self.error.value = message
