"""The team report (Teamreflexion) as one offline HTML file with charts drawn as inline SVG.

Every chart has a German caption; every bar, share and line rests on at least
:data:`~beratungskit.analysis.team.MIN_GROUP` cases or says "zu wenige Fälle" instead (the numbers
below that threshold never reach this module: :mod:`beratungskit.analysis.team` drops them).
No JavaScript, nothing loaded from anywhere; every text is escaped.

>>> from beratungskit.demo import demo_case
>>> from beratungskit.analysis.team import team_aggregates
>>> page = team_html(team_aggregates([demo_case()] * 5, partners=None))
>>> "<svg" in page and "zu wenige Fälle" in page
True
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from beratungskit.analysis.team import (
    MIN_GROUP,
    Figure,
    Progress,
    Share,
    TeamAggregates,
    team_aggregates,
)
from beratungskit.messages import t
from beratungskit.model import Category, Origin, Owner, label
from beratungskit.render.templating import environment
from beratungskit.render.xmlcheck import well_formed
from beratungskit.store.private import write_private

__all__ = [
    "bar_chart_svg",
    "histogram_svg",
    "network_svg",
    "share_svg",
    "team_html",
    "write_team_report",
]

TEMPLATE = "html/team.html.j2"
INK = "#000000"
MUTED = "#555555"
BAR = "#0072B2"
HATCH = "#BBBBBB"
FONT = "DejaVu Sans, Verdana, Arial, sans-serif"

_CATEGORY_COLOURS = {
    Category.PERSOENLICH.value: "#E69F00",
    Category.SOZIAL.value: "#0072B2",
    Category.MATERIELL.value: "#009E73",
    Category.INFRASTRUKTURELL.value: "#CC79A7",
}


def _too_few() -> str:
    return t("render_team.too_few")


def _svg_open(width: float, height: float, aria: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" role="img" aria-label={quoteattr(aria)} '
        f"font-family={quoteattr(FONT)}>"
        '<defs><pattern id="bk-hatch" width="8" height="8" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="8" height="8" fill="#FFFFFF"/>'
        f'<line x1="0" y1="0" x2="0" y2="8" stroke="{HATCH}" stroke-width="4"/></pattern></defs>'
    )


def _text(x: float, y: float, text: str, size: int = 20, anchor: str = "start", **attrs: str) -> str:
    # fill may be given (muted text): one attribute of a name only — a second fill broke the XML
    # (and a browser kept the first, so "zu wenige Fälle" was drawn black instead of grey)
    attrs = {"fill": INK, **attrs}
    extra = "".join(f" {k.replace('_', '-')}={quoteattr(v)}" for k, v in attrs.items())
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}"{extra}>'
        f"{escape(text)}</text>"
    )


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


def bar_chart_svg(
    items: list[tuple[str, Figure]],
    *,
    aria: str,
    colours: dict[str, str] | None = None,
    width: int = 1000,
) -> str:
    """Horizontal bars, one per ``(label, figure)``; a hidden figure shows "zu wenige Fälle".

    >>> svg = bar_chart_svg([("A", Figure.of(12, 6)), ("B <b>", Figure.of(3, 2))], aria="Test")
    >>> "zu wenige Fälle" in svg and "B &lt;b&gt;" in svg
    True
    """
    # room for the longest label (20 px type ≈ 11.6 px per character); very long ones are cut
    names = [_cut(name, 44) for name, _f in items]
    label_w = max(160, min(530, round(11.6 * max((len(n) for n in names), default=10)) + 24))
    row_h, top = 46, 10
    bar_w = width - 330 - 140
    width = label_w + bar_w + 140
    largest = max([f.value for _l, f in items if f.value is not None] or [1]) or 1
    out = [_svg_open(width, top + row_h * len(items) + 10, aria)]
    for i, ((name, fig), shown_name) in enumerate(zip(items, names, strict=True)):
        y = top + i * row_h
        colour = (colours or {}).get(name, BAR)
        out.append(_text(label_w - 12, y + 29, shown_name, 20, "end"))
        if fig.value is None:
            out.append(
                f'<rect x="{label_w}" y="{y + 6}" width="{bar_w * 0.35:.1f}" height="{row_h - 12}" '
                f'fill="url(#bk-hatch)" stroke="{MUTED}"/>'
            )
            out.append(_text(label_w + bar_w * 0.35 + 10, y + 29, _too_few(), 18, fill=MUTED))
        else:
            w = max(2.0, bar_w * fig.value / largest)
            out.append(
                f'<rect x="{label_w}" y="{y + 6}" width="{w:.1f}" height="{row_h - 12}" '
                f'fill="{colour}" stroke="{INK}"/>'
            )
            out.append(_text(label_w + w + 10, y + 30, _number(fig.value), 22, font_weight="bold"))
    out.append("</svg>")
    return well_formed("".join(out), t("render_xml.what.chart"))


def histogram_svg(bins: dict[int, Figure], *, aria: str, width: int = 1000) -> str:
    """Vertical bars for the values 0–10 of the confidence scale; hidden bins are hatched."""
    height, left, bottom, top = 360, 60, 60, 30
    plot_w, plot_h = width - left - 20, height - bottom - top
    slot = plot_w / max(1, len(bins))
    largest = max([f.value for f in bins.values() if f.value is not None] or [1]) or 1
    out = [_svg_open(width, height, aria)]
    base = height - bottom
    out.append(
        f'<line x1="{left}" y1="{base}" x2="{width - 20}" y2="{base}" stroke="{INK}" stroke-width="2"/>'
    )
    hidden = False
    for i, (value, fig) in enumerate(sorted(bins.items())):
        x = left + i * slot + slot * 0.12
        w = slot * 0.76
        out.append(_text(x + w / 2, base + 30, str(value), 22, "middle"))
        if fig.value is None:
            hidden = True
            h = plot_h * 0.25
            out.append(
                f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{w:.1f}" height="{h:.1f}" '
                f'fill="url(#bk-hatch)" stroke="{MUTED}"/>'
            )
        else:
            h = max(2.0, plot_h * fig.value / largest)
            out.append(
                f'<rect x="{x:.1f}" y="{base - h:.1f}" width="{w:.1f}" height="{h:.1f}" '
                f'fill="{BAR}" stroke="{INK}"/>'
            )
            out.append(_text(x + w / 2, base - h - 8, _number(fig.value), 20, "middle", font_weight="bold"))
    if hidden:
        out.append(
            f'<rect x="{left}" y="{height - 22}" width="26" height="18" '
            f'fill="url(#bk-hatch)" stroke="{MUTED}"/>'
        )
        out.append(_text(left + 34, height - 7, _too_few(), 18, fill=MUTED))
    out.append("</svg>")
    return well_formed("".join(out), t("render_xml.what.chart"))


def share_svg(share: Share, *, aria: str, width: int = 1000) -> str:
    """One horizontal 0–100 % bar for a share; hatched with "zu wenige Fälle" when hidden."""
    height, left, bar_h = 64, 10, 40
    bar_w = width - 2 * left - 220
    out = [_svg_open(width, height, aria)]
    out.append(
        f'<rect x="{left}" y="8" width="{bar_w}" height="{bar_h}" fill="#FFFFFF" '
        f'stroke="{INK}" stroke-width="2"/>'
    )
    ratio = share.ratio
    if ratio is None:
        out.append(
            f'<rect x="{left}" y="8" width="{bar_w}" height="{bar_h}" fill="url(#bk-hatch)" stroke="{INK}"/>'
        )
        out.append(_text(left + bar_w + 14, 36, _too_few(), 20, fill=MUTED))
    else:
        out.append(
            f'<rect x="{left}" y="8" width="{bar_w * ratio:.1f}" height="{bar_h}" '
            f'fill="{BAR}" stroke="{INK}"/>'
        )
        out.append(_text(left + bar_w + 14, 38, f"{round(100 * ratio)} %", 26, font_weight="bold"))
    out.append("</svg>")
    return well_formed("".join(out), t("render_xml.what.chart"))


def network_svg(
    partners: dict[str, Figure], pairs: dict[tuple[str, str], Figure], *, aria: str, width: int = 1000
) -> str:
    """Partners on a circle; a line joins two partners used together in ≥ MIN_GROUP cases."""
    names = sorted(partners)
    width = max(width, 1600)  # labels sit left and right of the circle
    height = 900
    cx, cy = width / 2, height / 2
    radius = cy - 110
    pos = {}
    for i, name in enumerate(names):
        angle = -math.pi / 2 + 2 * math.pi * i / max(1, len(names))
        pos[name] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle), angle)
    largest = max([f.value for f in pairs.values() if f.value is not None] or [1]) or 1
    out = [_svg_open(width, height, aria)]
    for (a, b), fig in sorted(pairs.items()):
        if a not in pos or b not in pos or fig.value is None:
            continue
        (ax, ay, _), (bx, by, _) = pos[a], pos[b]
        w = 2 + 10 * fig.value / largest
        tip = escape(f"{a} – {b}: {_number(fig.value)}")
        out.append(
            f'<line x1="{ax:.1f}" y1="{ay:.1f}" x2="{bx:.1f}" y2="{by:.1f}" stroke="{BAR}" '
            f'stroke-width="{w:.1f}" stroke-opacity="0.75"><title>{tip}</title></line>'
        )
    for name in names:
        x, y, angle = pos[name]
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="14" fill="{INK}"/>')
        lx, ly = x + 28 * math.cos(angle), y + 28 * math.sin(angle) + 7
        anchor = "start" if math.cos(angle) > 0.2 else "end" if math.cos(angle) < -0.2 else "middle"
        if anchor == "middle":
            ly += 14 if math.sin(angle) > 0 else -8
        value = partners[name].value
        short = _cut(name, 32)
        text = f"{short} ({_number(value)})" if value is not None else short
        out.append(f"<g><title>{escape(name)}</title>{_text(lx, ly, text, 20, anchor)}</g>")
    out.append("</svg>")
    return well_formed("".join(out), t("render_xml.what.chart"))


def _cut(text: str, size: int) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _share_text(share: Share) -> str:
    if share.ratio is None or share.part is None or share.whole is None:
        return _too_few()
    return t("render_team.share", part=share.part, whole=share.whole, percent=round(100 * share.ratio))


def _context(agg: TeamAggregates) -> dict[str, Any]:
    from markupsafe import Markup

    def chart(svg: str) -> Markup:
        # drawn above with every text escaped: markup, not text
        return Markup(svg)

    ctx: dict[str, Any] = {
        "n": agg.n_cases,
        "min": MIN_GROUP,
        "enough": agg.enough,
        "unreadable": agg.n_unreadable,
    }
    if not agg.enough:
        return ctx
    cats = [(label(Category(k)), f) for k, f in agg.resources_by_category.items()]
    colours = {label(Category(k)): c for k, c in _CATEGORY_COLOURS.items()}
    ctx["category_chart"] = chart(bar_chart_svg(cats, aria=t("render_team.chart_category"), colours=colours))
    origins = [(label(Origin(k)), f) for k, f in agg.resources_by_origin.items()]
    ctx["origin_chart"] = chart(bar_chart_svg(origins, aria=t("render_team.chart_origin")))
    owners = [(label(Owner(k)), f) for k, f in agg.steps_by_owner.items()]
    ctx["owner_chart"] = chart(bar_chart_svg(owners, aria=t("render_team.chart_owner")))
    ctx["shares"] = [
        (t(f"render_team.{key}"), chart(share_svg(share, aria=t(f"render_team.{key}"))), _share_text(share))
        for key, share in (
            ("elb_share", agg.elb_step_share),
            ("goals_social", agg.goals_own_or_social),
            ("goals_reached", agg.goals_reached),
        )
    ]
    ctx["confidence_chart"] = chart(histogram_svg(agg.confidence, aria=t("render_team.chart_confidence")))
    ctx["confidence_basis"] = agg.confidence_goals.cases
    kinds = [
        (t("render_team.kind_unknown") if not k else _kind_label(k), f)
        for k, f in agg.referrals_by_kind.items()
    ]
    ctx["referral_chart"] = (
        chart(bar_chart_svg(kinds, aria=t("render_team.chart_referrals"))) if kinds else None
    )
    ctx["kinds_hidden"] = agg.referral_kinds_hidden
    ctx["has_directory"] = agg.partners is not None
    partners = agg.partners or {}
    ctx["partner_chart"] = (
        chart(bar_chart_svg(list(partners.items()), aria=t("render_team.chart_partners")))
        if partners
        else None
    )
    ctx["partners_hidden"] = agg.partners_hidden
    ctx["network_chart"] = (
        chart(network_svg(partners, agg.partner_pairs, aria=t("render_team.chart_network", min=MIN_GROUP)))
        if agg.partner_pairs
        else None
    )
    ctx["wording"] = None
    if agg.wording_cases is not None:
        findings = agg.wording_findings
        ctx["wording"] = {
            "chart": chart(share_svg(agg.wording_cases, aria=t("render_team.wording_cases"))),
            "text": _share_text(agg.wording_cases),
            "findings": _number(findings.value) if findings and findings.value is not None else _too_few(),
        }
    return ctx


def _kind_label(kind: str) -> str:
    text = kind.replace("_", " ").replace("-", " ").strip()
    return text[:1].upper() + text[1:]


def team_html(aggregates: TeamAggregates, team_folder: bool = False) -> str:
    """The team report for ``aggregates`` (from :func:`~beratungskit.analysis.team.team_aggregates`).

    ``team_folder``: the figures come from the hub's team folder, not from the own case folder (the
    report says where they come from).
    """
    template = environment().get_template(Path(TEMPLATE).name)
    return str(template.render(**_context(aggregates), team_folder=team_folder))


def write_team_report(store_or_cases: Any, path: Path | str, progress: Progress | None = None) -> Path:
    """Aggregate every case of a ``CaseStore``, a store folder or an iterable of cases and write the
    report to ``path`` (UTF-8). ``progress(done, total)`` is called while the cases are read.
    """
    html = team_html(team_aggregates(store_or_cases, progress=progress))
    return write_private(path, html)
