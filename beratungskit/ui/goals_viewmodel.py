"""What the "Wille & Ziele" tab shows, as plain data: wills, wishes, goals, ticks, the goal summary.

The panels (:mod:`beratungskit.ui.will_panel`, :mod:`beratungskit.ui.goals_panel`) turn these into
widgets, one row per item, and change only what differs from the last time; here is what each row
says, testable without a widget.

>>> from beratungskit.demo import demo_case
>>> case = demo_case()
>>> [item.text for _id, item in will_items(case)][:1]  # doctest: +ELLIPSIS
['„Ich will wieder ...“']
>>> goal_summary(case, "z1").confidence  # doctest: +ELLIPSIS
'So sicher: 6 von 10...'
"""

from __future__ import annotations

from dataclasses import dataclass

from beratungskit.analysis.drafts import order_resources
from beratungskit.analysis.scaling import change_line
from beratungskit.messages import t
from beratungskit.model import Case, Goal, Resource
from beratungskit.ui.look import category_symbol

__all__ = [
    "GoalSummary",
    "WillItem",
    "WishItem",
    "goal_options",
    "goal_summary",
    "resource_name",
    "resource_ticks",
    "will_items",
    "will_options",
    "wish_items",
]


@dataclass(frozen=True)
class WillItem:
    """One will statement as listed: the eLb's words in quotes, and their yes to the conference."""

    text: str
    shareable: bool


@dataclass(frozen=True)
class WishItem:
    """One wish; ``promoted`` once it has become a will statement."""

    text: str
    promoted: bool


@dataclass(frozen=True)
class GoalSummary:
    """The chosen goal at a glance (each line ``""`` when there is nothing to say); ``text``: the goal
    as it was written, whole."""

    text: str
    resources: str
    confidence: str
    confidence_next: str
    shareable: bool


def resource_name(res: Resource) -> str:
    """A resource as lists and tick tiles name it: symbol (never colour alone) and label.

    >>> from beratungskit.model import Category
    >>> resource_name(Resource(id="r1", label="Fahrrad", category=Category.MATERIELL))
    '■ Fahrrad'
    """
    return f"{category_symbol(res.category)} {res.label}"


def will_items(case: Case) -> list[tuple[str, WillItem]]:
    """``(will id, item)`` for every will statement, in the order they were said."""
    items = []
    for will in case.wills:
        text = t("ui_goals.will_item", text=will.text)
        if will.from_wish:
            text += f"  {t('ui_goals.will_from_wish')}"
        items.append((will.id, WillItem(text, will.shareable)))
    return items


def wish_items(case: Case) -> list[tuple[str, WishItem]]:
    """``(wish id, item)`` for every wish; a wish that became a will says so."""
    promoted = {w.from_wish for w in case.wills if w.from_wish}
    return [(wish.id, WishItem(wish.text, wish.id in promoted)) for wish in case.wishes]


def goal_options(case: Case) -> list[tuple[str, str]]:
    """The goal picker's choices; ``""`` is "no goal" (a Dropdown shows None as an empty box)."""
    options = [(t("ui_goals.goal_pick_none"), "")]
    options += [(t("ui_goals.goal_option", n=n, text=g.text), g.id) for n, g in enumerate(case.goals, 1)]
    return options


def will_options(case: Case) -> list[tuple[str, str]]:
    """The will a goal belongs to, in the eLb's words."""
    return [(w.text, w.id) for w in case.wills]


def resource_ticks(case: Case) -> list[tuple[str, str]]:
    """``(resource id, name)`` for the goal editor's tiles, own resources first (origin order)."""
    return [(r.id, resource_name(r)) for r in order_resources(list(case.resources))]


def _scaling_answer(goal: Goal) -> str:
    """The kept answer with the question it answers: „Warum 4 und nicht 2?“ – „Weil …“."""
    if not goal.confidence_next:
        return ""
    if goal.confidence_question:
        return t("ui_goals.goal_summary_answer", question=goal.confidence_question, text=goal.confidence_next)
    return t("ui_goals.goal_summary_next", text=goal.confidence_next)


def goal_summary(case: Case, goal_id: str) -> GoalSummary:
    """What the chosen goal leans on, how confident the eLb is, and what would raise it."""
    goal = case.goal(goal_id)
    names = [case.resource(r).label for r in goal.resource_ids]
    return GoalSummary(
        text=goal.text,
        resources=(
            t("ui_goals.goal_summary_resources", names=", ".join(names))
            if names
            else t("ui_goals.goal_summary_no_resources")
        ),
        confidence=(
            " ".join(
                part
                for part in (t("ui_goals.goal_summary_confidence", n=goal.confidence), change_line(goal))
                if part
            )
            if goal.confidence is not None
            else ""
        ),
        confidence_next=_scaling_answer(goal),
        shareable=goal.shareable,
    )
