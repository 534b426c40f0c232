"""What the steps section and the activation bar show, as plain data.

:mod:`beratungskit.ui.steps_panel` and :mod:`beratungskit.ui.activation_strip` turn these into
widgets and change only what differs; here is what each row and line says, testable without widgets.

>>> from beratungskit.demo import demo_case
>>> case = demo_case()
>>> [item.done for _id, item in step_items(case, "z1")]
[False, False, False, False]
>>> activation_view(case).text
'3 von 4 Schritten gehen Sie selbst.'
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from beratungskit.analysis.activation import activation_hints, activation_share
from beratungskit.analysis.drafts import Phrasings, StepDraft, draft_steps, order_resources
from beratungskit.messages import t
from beratungskit.model import Case, Category, Origin, Owner, Step, StepStatus, label
from beratungskit.ui.goals_viewmodel import resource_name
from beratungskit.ui.look import category_symbol

__all__ = [
    "ActivationView",
    "DraftItem",
    "DraftKey",
    "StepItem",
    "activation_view",
    "draft_items",
    "draft_key",
    "goal_resource_ticks",
    "helper_choices",
    "share_bar_html",
    "share_legend_html",
    "step_items",
]

#: Bar colours: the eLb's own steps stand out; colour always comes with the count in words.
_BAR = {"elb": "#2e7d4f", "others": "#7fb3d5", "ifk": "#c9c9c9"}

DraftKey = tuple[str, tuple[str, ...], str]


@dataclass(frozen=True)
class StepItem:
    """One confirmed step: its words, who and when, the status buttons to offer, the conference yes."""

    text: str
    meta: str
    status: StepStatus
    shareable: bool

    @property
    def done(self) -> bool:
        return self.status is StepStatus.ERLEDIGT

    @property
    def targets(self) -> tuple[StepStatus, ...]:
        """The statuses a button can move the step to (all but its own)."""
        return tuple(s for s in StepStatus if s is not self.status)


@dataclass(frozen=True)
class DraftItem:
    """One step draft on a card, with the line that says where it comes from."""

    draft: StepDraft
    origin: str


def draft_key(draft: StepDraft) -> DraftKey:
    """What identifies a draft across refreshes (goal, resources, wording)."""
    return (draft.goal_id, draft.resource_ids, draft.text)


def _meta(step: Step) -> str:
    owner = label(step.owner)
    if step.helper and step.owner in (Owner.NETZWERKPARTNER, Owner.UMFELD):
        owner = step.helper
    status = label(step.status)
    if step.due:
        return t("ui_goals.step_meta_due", owner=owner, due=f"{step.due:%d.%m.%Y}", status=status)
    return t("ui_goals.step_meta", owner=owner, status=status)


def step_items(case: Case, goal_id: str) -> list[tuple[str, StepItem]]:
    """``(step id, item)`` for the confirmed steps of ``goal_id``."""
    return [(s.id, StepItem(s.text, _meta(s), s.status, s.shareable)) for s in case.steps_of(goal_id)]


def draft_items(
    case: Case, goal_id: str, discarded: set[DraftKey], phrasings: Phrasings | None = None
) -> list[tuple[DraftKey, DraftItem]]:
    """The drafts for ``goal_id`` not laid aside, in origin order (own resources first).

    ``phrasings``: the phrasing file as read once by the caller (read anew when None).
    """
    items = []
    for draft in draft_steps(case, goal_id, phrasings=phrasings):
        key = draft_key(draft)
        if key in discarded:
            continue
        res = case.resource(draft.resource_ids[0])
        name = res.role or res.label if res.is_person else res.label
        origin = t(
            "ui_goals.draft_origin",
            symbol=category_symbol(res.category),
            origin=t(f"ui_session.origin.{draft.origin.value if draft.origin else 'open'}"),
        )
        items.append((key, DraftItem(draft, t("ui_goals.draft_from", origin=origin, name=name))))
    return items


def goal_resource_ticks(case: Case, goal_id: str) -> list[tuple[str, str]]:
    """``(resource id, name)`` of the goal's resources, for "Was hilft dabei?" under an own step."""
    goal = case.goal(goal_id)
    return [(r.id, resource_name(r)) for r in order_resources([case.resource(i) for i in goal.resource_ids])]


def helper_choices(case: Case, owner: Owner) -> list[tuple[str, tuple[str, str]]]:
    """Who on the map could do a step of ``owner`` (trial 16: „Wer genau?“ was free text only, and
    „Frau Weber“, on the map already, had to be typed again): ``(resource id, (tile text, what goes
    into „Wer genau?“))``. Someone of the eLb's circle is one of the social area; a network partner
    a place or service, or what came from a Fachdienst. A person is named by their role where there
    is one (the field asks for a role or a place, no name needed), as the drafts name them.

    >>> case = Case.new("Mira K.")
    >>> _ = case.add_resource("Frau Weber", category=Category.SOZIAL, is_person=True, role="Nachbarin")
    >>> _ = case.add_resource("Stadtbibliothek", category=Category.INFRASTRUKTURELL)
    >>> [item for _id, item in helper_choices(case, Owner.UMFELD)]
    [('● Nachbarin (Frau Weber)', 'Nachbarin')]
    >>> [item for _id, item in helper_choices(case, Owner.NETZWERKPARTNER)]
    [('▲ Stadtbibliothek', 'Stadtbibliothek')]
    >>> helper_choices(case, Owner.ELB)
    []
    """
    if owner is Owner.UMFELD:
        chosen = [
            r for r in case.resources if r.category is Category.SOZIAL and r.origin is not Origin.FACHDIENST
        ]
    elif owner is Owner.NETZWERKPARTNER:
        chosen = [
            r
            for r in case.resources
            if r.category is Category.INFRASTRUKTURELL or r.origin is Origin.FACHDIENST
        ]
    else:
        return []
    items = []
    for res in order_resources(chosen):
        role = res.role if res.is_person and res.role else None
        text = f"{category_symbol(res.category)} {role} ({res.label})" if role else resource_name(res)
        items.append((res.id, (text, role or res.label)))
    return items


# --- activation ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActivationView:
    """The activation bar: HTML of bar and legend (numbers only), the sentence, the gentle hints."""

    bar: str
    text: str
    legend: str
    hints: tuple[str, ...]
    #: Whether there is a step to count (without one, the bar's 0 / 0 / 0 only pushed the will down)
    counted: bool = True


def activation_view(case: Case) -> ActivationView:
    """Who does the steps of ``case``, as the bar above the tab shows it."""
    share = activation_share(case)
    return ActivationView(
        bar=share_bar_html(share.elb, share.others, share.ifk),
        text=(
            t("ui_goals.share_text", elb=share.elb, total=share.total)
            if share.total
            else t("ui_goals.share_none")
        ),
        legend=share_legend_html(share.elb, share.others, share.ifk),
        hints=tuple(f"💬 {h}" for h in activation_hints(case)),
        counted=bool(share.total),
    )


def share_bar_html(elb: int, others: int, ifk: int) -> str:
    """The bar as static HTML (numbers only, no user text).

    >>> 'width:75%' in share_bar_html(3, 0, 1)
    True
    """
    total = elb + others + ifk
    if not total:
        return '<div class="bk-share-bar" style="height:22px;border-radius:8px;background:#eee"></div>'
    parts = []
    for key, n in (("elb", elb), ("others", others), ("ifk", ifk)):
        if n:
            width = round(100 * n / total)
            parts.append(f'<div class="bk-share-{key}" style="width:{width}%;background:{_BAR[key]}"></div>')
    return (
        '<div class="bk-share-bar" role="img" aria-label="'
        + html.escape(t("ui_goals.share_legend", elb=elb, others=others, ifk=ifk), quote=True)
        + '" style="display:flex;height:22px;border-radius:8px;overflow:hidden;'
        'border:1px solid #bbb;width:100%">' + "".join(parts) + "</div>"
    )


def share_legend_html(elb: int, others: int, ifk: int) -> str:
    """The bar's legend: a coloured square beside each count (numbers only, no user text).

    >>> "Sie selbst: 2" in share_legend_html(2, 0, 1)
    True
    """
    parts = []
    for key, n in (("elb", elb), ("others", others), ("ifk", ifk)):
        square = f'<span style="color:{_BAR[key]};font-size:20px">■</span>'
        parts.append(f"{square} {html.escape(t(f'ui_goals.share_legend_{key}', n=n))}")
    return "&nbsp;&nbsp; ".join(parts)
