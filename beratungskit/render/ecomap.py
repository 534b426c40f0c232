"""The ecomap as one self-contained, offline HTML file (projector, case conference, handout on screen).

vis-network 9.1.2 is taken from the copy pyvis ships and inlined; the page uses our own autoescaping
Jinja template (``templates/html/ecomap.html.j2``), not pyvis's (which links a CDN and does not
escape). The map data travels as JSON inside ``<script type="application/json">`` with ``<``, ``>``,
``&`` and the JavaScript line separators escaped, so no label can end the script element; the page
builds nothing from user text with ``innerHTML``. A Content-Security-Policy forbids every network
request, so the file works, and stays silent, on a PC without internet.

>>> from beratungskit.demo import demo_case
>>> html = ecomap_html(demo_case())
>>> html.startswith("<!DOCTYPE html>") and "Ressourcenkarte von Mira K." in html
True
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path
from typing import Any

from beratungskit.analysis.layout import compute_layout
from beratungskit.messages import SOURCE_LANGUAGE, t
from beratungskit.model import Case, Category, Strength
from beratungskit.render.style import CATEGORY_STYLE, FONT_FACE, category_hint, category_name
from beratungskit.render.svgmap import arrow_icon, legend_icon, line_icon
from beratungskit.render.templating import environment
from beratungskit.render.visdata import VIS_OPTIONS, map_background, vis_edges, vis_nodes
from beratungskit.store.private import write_private

__all__ = [
    "EXPORT_ASPECT",
    "PRINT_MAP_MM",
    "TEMPLATE",
    "ecomap_html",
    "json_for_script",
    "karte_print_html",
    "karte_sheet",
    "vis_network_assets",
    "write_ecomap",
]

TEMPLATE = "html/ecomap.html.j2"
PRINT_TEMPLATE = "karte.html.j2"
#: The map's box on the A4 landscape sheet (width, height in mm): the page without its margins, the
#: title line and the legend along the bottom.
PRINT_MAP_MM = (287.0, 181.0)
#: The shape (width / height) the offline page's map is laid out for: the window under the page's
#: title line, the legend below the map (beside it only from 1600 px on). A 1280×800 screen leaves
#: about 1280 × 720 px, a 1920×1080 one 1920 × 1000 px (with the legend beside: 1590 × 1000). For
#: 1.45 and the legend always beside, the labels at 1280×800 came to 12.5 px at 40 resources and
#: 10.8 px at 60 (issue 11: 14 and 12 are the aim).
EXPORT_ASPECT = 1.75
_VIS_DIR = ("lib", "vis-9.1.2")


@functools.cache
def vis_network_assets() -> tuple[str, str]:
    """(JavaScript, CSS) of vis-network 9.1.2 from the pyvis package, read once per process."""
    # find_spec locates pyvis without importing it (pyvis pulls in IPython and its own template).
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "pyvis ist nicht installiert: die Karte braucht die mitgelieferte vis-network-Datei."
        )
    folder = Path(next(iter(spec.submodule_search_locations))).joinpath(*_VIS_DIR)
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    # Inlined into <script>/<style>: a closing tag inside would end the element early.
    if "</script" in js.lower() or "</style" in css.lower():  # pragma: no cover - checked for 9.1.2
        raise RuntimeError("vis-network enthält ein schließendes Tag und kann nicht eingebettet werden.")
    return js, css


def json_for_script(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">`` (and inside JavaScript).

    >>> json_for_script({"label": "</script><b>"})
    '{"label": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False)
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def ecomap_html(
    case: Case, *, title: str | None = None, include_notes: bool = True, aspect: float = EXPORT_ASPECT
) -> str:
    """The whole map page as a string. ``include_notes=False`` leaves the notes out of the tooltips."""
    from markupsafe import Markup

    from beratungskit.render.bilingual import translation_html

    template = environment().get_template(Path(TEMPLATE).name)
    js, css = vis_network_assets()
    placed = compute_layout(case, aspect)
    data = {
        "nodes": vis_nodes(case, placed, include_notes=include_notes),
        "edges": vis_edges(case, placed, include_notes=include_notes),
        "options": VIS_OPTIONS,
        "background": map_background(case, placed),
        "font": FONT_FACE,
    }
    html: str = template.render(
        lang="de",
        page_title=t("render_map.page_title", alias=case.alias),
        title=title if title is not None else t("render_map.title", alias=case.alias),
        intro=t("render_map.intro", alias=case.alias),
        hint=t("render_map.hint_touch"),
        stand=t("render_map.stand", date=f"{case.updated_at:%d.%m.%Y}"),
        empty=t("render_map.empty") if not case.resources else "",
        legend_areas=t("render_map.legend_areas"),
        legend_rings=t("render_map.legend_rings"),
        legend_lines=t("render_map.legend_lines"),
        # the legend stands below the map on a window like 1280×800, out of sight: the head says so,
        # in the eLb's language too
        legend_below=t("render_map.legend_below"),
        legend_below_tr=translation_html("render_map.legend_below", case.language.value),
        # the dashed box of a closeness nobody chose yet (visdata.OPEN_DASHES) is said with the rings
        rings=[*(t(f"render_map.ring.{i}") for i in (1, 2, 3)), t("render_map.legend_open")],
        **_legend_items(case.alias),
        data_json=Markup(json_for_script(data)),
        vis_js=Markup(js),
        draw_js=Markup(_mapdraw_js()),
        vis_css=Markup(css),
    )
    return html


def _legend_items(alias: str, lang: str = SOURCE_LANGUAGE) -> dict[str, Any]:
    """The legend's pieces (icons as SVG markup, texts), shared by the screen page and the print page.

    ``lang``: each text's translation (``…_tr``, a ``<span class="tr">``; empty for German), for the
    printed sheet of a case with another language — there the map's own words carry it already.
    """
    from markupsafe import Markup

    from beratungskit.render.bilingual import translation_html

    categories = [
        {
            "icon": Markup(legend_icon(cat)),
            "name": category_name(cat),
            "name_tr": translation_html(f"render_map.cat.{cat.value}", lang),
            "hint": category_hint(cat),
            "symbol": CATEGORY_STYLE[cat].symbol,
        }
        for cat in Category
    ]
    keys = [f"render_map.line.{s.value}" for s in reversed(Strength)]
    lines = [
        {"icon": Markup(line_icon(s)), "text": t(key), "tr": translation_html(key, lang)}
        for s, key in zip(reversed(Strength), keys, strict=True)
    ]
    for both in (False, True):
        key = f"render_map.arrow.{'both' if both else 'one'}"
        lines.append({"icon": Markup(arrow_icon(both)), "text": t(key), "tr": translation_html(key, lang)})
    return {
        "legend_title": t("render_map.legend"),
        "legend_title_tr": translation_html("render_map.legend", lang),
        "elb_icon": Markup(legend_icon(None)),
        "elb_text": t("render_map.legend_elb", alias=alias),
        "elb_tr": translation_html("render_map.legend_elb", lang, alias=alias),
        "categories": categories,
        "lines": lines,
    }


def karte_sheet(case: Case, lang: str | None = None) -> dict[str, Any]:
    """What the A4 landscape map sheet shows (``templates/html/_karte_sheet.html.j2``): the map as
    inline SVG laid out for the sheet's map box, the legend's pieces and the "Stand" line. The
    plan prints the same sheet as its page after the plan. ``lang`` (default: the case's language):
    the language whose words the area titles and ring names carry under the German."""
    from markupsafe import Markup

    from beratungskit.model import Language
    from beratungskit.render.bilingual import translation_html
    from beratungskit.render.svgmap import ecomap_svg, open_box_icon

    if lang is not None and lang != case.language.value:
        case = case.model_copy(update={"language": Language(lang)})

    width_mm, height_mm = PRINT_MAP_MM
    placed = compute_layout(case, width_mm / height_mm, thorough=True)
    # the SVG fills its box (the page's CSS sizes it); the width only sets its own proportions
    svg = ecomap_svg(case, placed, width=round(width_mm / 25.4 * 96), legend=False)
    stand = {"date": f"{case.updated_at:%d.%m.%Y}"}
    legend = _legend_items(case.alias, case.language.value)
    if any(r.closeness is None for r in case.resources):
        # the dashed box, as the screen's legend and the export say it (the printed sheet drew such
        # boxes without a word for them, rings17)
        key = "render_map.closeness.open"
        legend["lines"].append(
            {
                "icon": Markup(open_box_icon()),
                "text": t(key),
                "tr": translation_html(key, case.language.value),
            }
        )
    return {
        "map_svg": Markup(svg),
        "legend": legend,
        "stand": t("render_map.stand", **stand),
        "stand_tr": translation_html("render_map.stand", case.language.value, **stand),
    }


def karte_print_html(case: Case, *, title: str | None = None) -> str:
    """The map on one A4 landscape page for printing: title, the map as inline SVG laid out for the
    page (areas, rings with their names, area titles, boxes, lines) and the legend along the bottom.

    >>> from beratungskit.demo import demo_case
    >>> page = karte_print_html(demo_case())
    >>> "size: A4 landscape" in page and "Ring 1: ganz nah" in page and "<script" not in page
    True
    """
    template = environment().get_template(PRINT_TEMPLATE)
    page: str = template.render(
        page_title=t("render_map.page_title", alias=case.alias),
        title=title if title is not None else t("render_map.title", alias=case.alias),
        **karte_sheet(case),
    )
    return page


@functools.cache
def _mapdraw_js() -> str:
    """The drawing code the live map uses too (rings, area lines and titles, symbols, fitting)."""
    text = (Path(__file__).resolve().parent / "mapdraw.js").read_text(encoding="utf-8")
    if "</script" in text.lower():  # pragma: no cover - our own file
        raise RuntimeError("mapdraw.js enthält ein schließendes Tag.")
    return text


def write_ecomap(
    case: Case, path: str | Path, *, title: str | None = None, include_notes: bool = True
) -> Path:
    """Write :func:`ecomap_html` to ``path`` (UTF-8) and return the path."""
    return write_private(path, ecomap_html(case, title=title, include_notes=include_notes))
