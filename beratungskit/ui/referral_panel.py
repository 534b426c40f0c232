"""Pointing the eLb to an institution for life, crisis or therapy topics ("Verweisen").

Concept paper: for everyday, life or crisis topics, "informieren und verweisen Sie konsequent auf
Institutionen, die dafür da sind". The panel records ONLY which institution (from the partner
directory) and the coarse topic area — there is deliberately no free-text field, so no detail of a
crisis can be written down here.

>>> from beratungskit.store import CaseStore
>>> import tempfile
>>> store = CaseStore(tempfile.mkdtemp())
>>> panel = ReferralPanel(Session(store, store.create("Sonnenblume")))
>>> panel.partner.value = "schuldnerberatung"; panel.add_button.click()
>>> ref = store.load(panel.session.case.key).referrals[0]
>>> ref.institution, ref.topic.value
('Schuldnerberatung (Beispiel)', 'schulden')
"""

from __future__ import annotations

import ipywidgets as widgets

from beratungskit.analysis.partners import Partner, TemplateFileError, load_partners
from beratungskit.messages import t
from beratungskit.model import Case, Referral, ReferralTopic, label
from beratungskit.ui.feedback import Feedback, attempt
from beratungskit.ui.panel import Panel
from beratungskit.ui.parts import full_width as _full
from beratungskit.ui.parts import label as _label
from beratungskit.ui.rows import KeyedRows
from beratungskit.ui.session import Session

__all__ = ["ReferralPanel", "refer"]


def refer(case: Case, partner: Partner, topic: ReferralTopic) -> Referral:
    """Record that the eLb was pointed to ``partner`` for ``topic`` (institution and area only)."""
    return case.add_referral(partner.name, topic, institution_kind=partner.kind)


class _Line:
    def __init__(self) -> None:
        self.widget = _label("", "bk-referral-item")

    def show(self, _key: str, text: str) -> None:
        self.widget.value = text


class ReferralPanel(Panel):
    """A calm sentence why, the institution, the topic area, and the referrals so far."""

    def __init__(
        self, session: Session, feedback: Feedback | None = None, partners: list[Partner] | None = None
    ) -> None:
        super().__init__(session)
        self.feedback = feedback or Feedback()
        rows: list[widgets.Widget] = [
            _label(t("ui_goals.referral_heading"), "bk-heading"),
            _label(t("ui_goals.referral_why"), "bk-card"),
        ]
        try:
            self.partners = partners if partners is not None else load_partners()
        except TemplateFileError as exc:
            self.partners = []
            rows.append(_label(t("ui_goals.referral_directory_problem", reason=exc), "bk-notice"))
        self._by_kind = {p.kind: p for p in self.partners}
        self.partner = widgets.Dropdown(
            # "" and not None: a Dropdown shows None as an empty box instead of "– bitte wählen –"
            options=[(t("ui_goals.referral_partner_none"), "")] + [(p.name, p.kind) for p in self.partners],
            value="",
            layout=_full(),
        )
        self.partner.add_class("bk-referral-partner")
        self.topic = widgets.Dropdown(
            options=[(label(topic), topic) for topic in ReferralTopic],
            value=ReferralTopic.SONSTIGES,
            layout=_full(),
        )
        self.topic.add_class("bk-referral-topic")
        self.add_button = widgets.Button(
            description=t("ui_goals.referral_add"), button_style="success", layout=_full()
        )
        self.add_button.add_class("bk-referral-add")
        self.error = _label("", "bk-error")
        self.lines: KeyedRows[str, _Line] = KeyedRows(
            _Line, empty=_label(t("ui_goals.wills_empty"), "bk-muted")
        )
        self.list_box = self.lines.box
        self.list_box.add_class("bk-referral-list")
        if any(p.example for p in self.partners):
            rows.append(_label(t("ui_goals.referral_example_note"), "bk-muted"))
        rows += [
            _label(t("ui_goals.referral_partner_label"), "bk-field-label"),
            self.partner,
            _label(t("ui_goals.referral_topic_label"), "bk-field-label"),
            self.topic,
            self.error,
            self.add_button,
            _label(t("ui_goals.referral_list_heading"), "bk-field-label"),
            self.list_box,
        ]
        self.widget = widgets.VBox(rows, layout=_full())
        self.widget.add_class("bk-referral")
        self.partner.observe(lambda _c: self._partner_chosen(), names="value")
        self.add_button.on_click(lambda _b: self.submit())
        self.refresh()

    def _partner_chosen(self) -> None:
        partner = self._by_kind.get(self.partner.value or "")
        if partner is not None and partner.topics:
            # The directory knows what the institution is for; the IFK can still change it.
            self.topic.value = partner.topics[0]
        self.error.value = ""

    def submit(self) -> None:
        partner = self._by_kind.get(self.partner.value or "")
        if partner is None:
            self.error.value = t("ui_goals.referral_required")
            return
        topic = self.topic.value
        ok, _ref = attempt(
            self.session,
            lambda case: refer(case, partner, topic),
            self.feedback,
            self._problem,
            lambda _r: t("ui_goals.referral_added", name=partner.name),
        )
        if ok:
            self.partner.value = ""

    def refresh(self) -> None:
        self.lines.sync(
            (
                r.id,
                t(f"ui_goals.referral_item.{r.topic.value}", name=r.institution, date=f"{r.on:%d.%m.%Y}"),
            )
            for r in self.session.case.referrals
        )

    def _problem(self, message: str) -> None:
        self.error.value = message
