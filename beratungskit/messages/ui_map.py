"""German texts of the live map widget (``beratungskit/ui/mapwidget.py``)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "aria_label": "Ressourcenkarte: die Person in der Mitte, rundherum ihre Ressourcen",
    "legend_title": "Legende",
    "fit": "Ganze Karte zeigen",
    "fit_hint": "Karte wieder einpassen, sodass alle Ressourcen zu sehen sind",
    "empty": "Noch nichts auf der Karte.",
    "missing_id": "Ein Eintrag der Karte hat keine Kennung (id): {item}",
    "duplicate_id": "Die Kennung „{id}“ kommt auf der Karte zweimal vor.",
}
