"""„Was wir festhalten“: everything stored for this case, in plain words addressed to the eLb.

Concept paper: "Gestalten Sie Ihre Arbeit transparent: Sagen Sie den eLb, was Sie dokumentieren."
Every stored item is listed, then the documentation log. User text is always escaped.

>>> from beratungskit.demo import demo_case
>>> text = transparency_html(demo_case())
>>> "Das haben wir über Sie festgehalten" in text and "Fahrrad" in text
True
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from beratungskit.messages import t
from beratungskit.model import ELB_ID, Case, Category, NamedBy, label
from beratungskit.ui.feedback import Feedback
from beratungskit.ui.ifk_note import IfkNoteBox
from beratungskit.ui.look import category_colour, category_symbol
from beratungskit.ui.panel import Panel
from beratungskit.ui.session import Session

__all__ = ["TransparencyPanel", "transparency_html"]


def _e(text: object) -> str:
    return html.escape(str(text))


def _section(title: str, items: list[str]) -> str:
    body = (
        "".join(f"<li>{item}</li>" for item in items)
        if items
        else f"<li>{_e(t('ui_session.tr_nothing'))}</li>"
    )
    return f'<h3 class="bk-heading">{_e(title)}</h3><ul>{body}</ul>'


def _by_ifk(named_by: NamedBy | None) -> str:
    return f" <i>({_e(t('ui_session.tr_named_by_ifk'))})</i>" if named_by == NamedBy.IFK else ""


def transparency_html(case: Case) -> str:
    """The whole panel as one HTML string (every piece of user text escaped)."""
    names = {r.id: r.label for r in case.resources}
    names[ELB_ID] = t("ui_session.rel_elb")
    parts = [
        f'<h2 class="bk-title">{_e(t("ui_session.tr_heading"))}</h2>',
        f"<p>{_e(t('ui_session.tr_intro'))}</p>",
        f"<p>{_e(t('ui_session.tr_alias', alias=case.alias))}</p>",
    ]
    resources = []
    for category in Category:
        for res in (r for r in case.resources if r.category == category):
            colour = category_colour(category)
            line = (
                f'<span style="color:{colour}">{_e(category_symbol(category))}</span> <b>{_e(res.label)}</b>'
            )
            extras = [
                label(category),
                t(f"ui_session.origin.{res.origin.value if res.origin else 'open'}"),
                t(f"ui_session.closeness.{res.closeness or 'open'}"),
            ]
            if res.is_person:
                extras.append(
                    f"{t('ui_session.tr_person')}: {res.role}" if res.role else t("ui_session.tr_person")
                )
            line += f" – {_e(', '.join(extras))}"
            if res.note:
                line += f"<br>„{_e(res.note)}“"
            resources.append(line + _by_ifk(res.named_by))
    parts.append(_section(t("ui_session.tr_resources"), resources))
    relations = [
        _e(
            t(
                "ui_session.tr_relation_line",
                a=names.get(r.source, r.source),
                b=names.get(r.target, r.target),
                strength=label(r.strength),
                direction=label(r.direction),
            )
        )
        + (f"<br>„{_e(r.note)}“" if r.note else "")
        for r in case.relations
    ]
    parts.append(_section(t("ui_session.tr_relations"), relations))
    parts.append(
        _section(t("ui_session.tr_wishes"), [f"„{_e(w.text)}“{_by_ifk(w.named_by)}" for w in case.wishes])
    )
    parts.append(
        _section(t("ui_session.tr_wills"), [f"„{_e(w.text)}“{_by_ifk(w.named_by)}" for w in case.wills])
    )
    goals = []
    for goal in case.goals:
        line = f"{_e(goal.text)} ({_e(label(goal.status))})"
        if goal.confidence is not None:
            line += f" – {_e(t('ui_session.tr_goal_confidence', n=goal.confidence))}"
        if goal.confidence_next:
            asked = f"{_e(goal.confidence_question)} " if goal.confidence_question else ""
            line += f"<br>{asked}„{_e(goal.confidence_next)}“"
        goals.append(line)
    parts.append(_section(t("ui_session.tr_goals"), goals))
    steps = []
    for step in case.steps:
        line = f"{_e(step.text)} – {_e(label(step.owner))}"
        if step.helper:
            line += f" ({_e(step.helper)})"
        if step.due:
            line += f", {step.due:%d.%m.%Y}"
        steps.append(line + f", {_e(label(step.status))}")
    parts.append(_section(t("ui_session.tr_steps"), steps))
    parts.append(
        _section(
            t("ui_session.tr_referrals"),
            [f"{_e(r.institution)} – {_e(label(r.topic))}, {r.on:%d.%m.%Y}" for r in case.referrals],
        )
    )
    if case.team_ideas:
        parts.append(_section(t("ui_session.tr_team_ideas"), [_e(i.text) for i in case.team_ideas]))
    if case.ifk_note:
        # The IFK's own words, apart from the eLb's: the eLb may read everything written about them.
        parts.append(_section(t("ui_session.tr_ifk_note"), [_e(case.ifk_note).replace("\n", "<br>")]))
    if case.next_review:
        parts.append(f"<p>{_e(t('ui_session.tr_next_review', date=f'{case.next_review:%d.%m.%Y}'))}</p>")
    parts.append(_section(t("ui_session.tr_log"), [_e(entry.describe()) for entry in reversed(case.log)]))
    return '<div class="bk-transparency">' + "".join(parts) + "</div>"


class TransparencyPanel(Panel):
    """The panel; follows every change of the session while it is shown (one HTML, rewritten)."""

    def __init__(self, session: Session, feedback: Feedback | None = None) -> None:
        super().__init__(session)
        self.html = widgets.HTML()
        self.html.add_class("bk-transparency-panel")
        # The IFK writes their own note here, where the eLb reads everything that is recorded.
        self.ifk_note = IfkNoteBox(session, feedback)
        self.widget = widgets.VBox([self.ifk_note.widget, self.html])
        self.refresh()

    def parts(self) -> list[Panel]:
        return [self.ifk_note]

    def refresh(self) -> None:
        self.html.value = transparency_html(self.session.case)
