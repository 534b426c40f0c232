"""The case-conference file (Fallbesprechung): one pseudonymised, offline HTML page for a projector.

The page follows the usual phases of a collegial case consultation — Fallvorstellung, Fragen zum
Verständnis, Hypothesen/Ideen sammeln, Rückmeldung der fallgebenden Fachkraft, Abschluss — in large,
high-contrast type. The map is an inline SVG (no JavaScript, nothing loaded from anywhere). Everything
comes from :func:`beratungskit.analysis.pseudonym.pseudonymise` of the case; the original case is
not changed. Colleagues' ideas are shown strictly as suggestions: "Vorschlag – die Kundin/der Kunde
entscheidet".

>>> from beratungskit.demo import demo_case
>>> page = conference_html(demo_case())
>>> "Mira" in page, "Jana" in page, "Fallvorstellung" in page
(False, False, True)
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any

from beratungskit.analysis.pseudonym import pseudonymise
from beratungskit.messages import t
from beratungskit.model import (
    ORIGIN_ORDER,
    Case,
    Category,
    Owner,
    StepStatus,
    Strength,
    label,
    label_or_open,
)
from beratungskit.render.templating import environment
from beratungskit.store.private import write_private

__all__ = ["conference_html", "write_conference"]

TEMPLATE = "html/conference.html.j2"
MAP_WIDTH = 1100


def _month(value: date | datetime | None) -> str:
    return "" if value is None else f"{value:%m/%Y}"


def _map_svg(case: Case) -> Any:
    from markupsafe import Markup

    try:
        from beratungskit.render.svgmap import ecomap_svg
    except ImportError:  # pragma: no cover - the drawing is part of the package
        return None
    # ecomap_svg escapes every label itself (its own tests hold that); it is markup, not text.
    return Markup(ecomap_svg(case, width=MAP_WIDTH, legend=False))


def _legend() -> list[tuple[Any, str]]:
    """Legend beside the map, in page type (the SVG's own legend would be too small to read)."""
    from markupsafe import Markup

    try:
        from beratungskit.render.style import category_hint, category_name
        from beratungskit.render.svgmap import arrow_icon, legend_icon, line_icon
    except ImportError:  # pragma: no cover - the drawing is part of the package
        return []
    out: list[tuple[Any, str]] = [
        (Markup(legend_icon(cat, 40)), f"{category_name(cat)}: {category_hint(cat)}") for cat in Category
    ]
    out += [(Markup(line_icon(s, 56)), t(f"render_map.line.{s.value}")) for s in reversed(Strength)]
    out += [(Markup(arrow_icon(False, 56)), t("render_map.arrow.one"))]
    out += [(Markup(arrow_icon(True, 56)), t("render_map.arrow.both"))]
    return out


def _activation(case: Case) -> dict[str, Any]:
    active = [s for s in case.steps if s.status is not StepStatus.VERWORFEN]
    owners = Counter(s.owner for s in active)
    total = len(active)
    elb, ifk = owners[Owner.ELB], owners[Owner.IFK]
    return {
        "total": total,
        "elb": elb,
        "percent": round(100 * elb / total) if total else 0,
        "ifk": ifk,
        "others": total - elb - ifk,
    }


def _context(pcase: Case, ideas: bool) -> dict[str, Any]:
    names = {r.id: r.label for r in pcase.resources}
    wills = {w.id: (n, w.text) for n, w in enumerate(pcase.wills, start=1)}
    goal_numbers = {g.id: n for n, g in enumerate(pcase.goals, start=1)}
    goals = []
    for goal in pcase.goals:
        steps = [
            {
                "text": s.text,
                "owner": label(s.owner),
                "helper": s.helper,
                "due": _month(s.due),
                "status": label(s.status),
                "done": s.status is StepStatus.ERLEDIGT,
                "uses": ", ".join(names[r] for r in s.resource_ids),
            }
            for s in pcase.steps_of(goal.id)
        ]
        goals.append(
            {
                "text": goal.text,
                "will": wills[goal.will_id][1],
                "confidence": goal.confidence,
                "confidence_next": goal.confidence_next,
                "status": label(goal.status),
                "uses": ", ".join(names[r] for r in goal.resource_ids),
                "steps": steps,
            }
        )
    origins = Counter(r.origin for r in pcase.resources)
    idea_views = []
    for idea in pcase.team_ideas:
        state = {None: "idea_open", True: "idea_taken", False: "idea_left"}[idea.taken_up]
        goal_text = ""
        if idea.goal_id is not None:
            goal_text = t("analysis_pseudonym.goal", n=goal_numbers[idea.goal_id])
        idea_views.append({"text": idea.text, "goal": goal_text, "state": t(f"render_conference.{state}")})
    return {
        "alias": pcase.alias,
        "map_svg": _map_svg(pcase),
        "legend": _legend(),
        "resource_count": len(pcase.resources),
        "origins": [(label(o), origins[o]) for o in ORIGIN_ORDER]
        + ([(label_or_open(None), origins[None])] if origins[None] else []),
        # The pseudonymised case keeps a note only where the eLb agreed to share it.
        "notes": [(r.label, r.note) for r in pcase.resources if r.note],
        "wills": [text for _n, text in wills.values()],
        "goals": goals,
        "activation": _activation(pcase),
        "referrals": [
            {"institution": r.institution, "topic": label(r.topic), "month": _month(r.on)}
            for r in pcase.referrals
        ],
        "show_ideas": ideas,
        "ideas": idea_views,
        "month": _month(pcase.updated_at),
    }


def conference_html(case: Case, *, ideas: bool = True, salt: bytes | str | None = None) -> str:
    """The pseudonymised case-conference page as one offline HTML string.

    ``ideas=False`` leaves the colleagues' earlier ideas out (e.g. for a fresh round).
    """
    pcase = pseudonymise(case, salt=salt)
    template = environment().get_template(Path(TEMPLATE).name)
    return str(template.render(**_context(pcase, ideas)))


def write_conference(
    case: Case, path: Path | str, *, ideas: bool = True, salt: bytes | str | None = None
) -> Path:
    """Write :func:`conference_html` to ``path`` (UTF-8); returns the path."""
    return write_private(path, conference_html(case, ideas=ideas, salt=salt))
