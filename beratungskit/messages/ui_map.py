"""German texts of the live map widget (``beratungskit/ui/mapwidget.py``)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "aria_label": "Ressourcenkarte: die Person in der Mitte, rundherum ihre Ressourcen",
    "legend_title": "Legende",
    "fit_hint": "Karte wieder einpassen, sodass alle Ressourcen zu sehen sind",
    "empty": "Noch nichts auf der Karte.",
    "missing_id": "Ein Eintrag der Karte hat keine Kennung (id): {item}",
    "duplicate_id": "Die Kennung „{id}“ kommt auf der Karte zweimal vor.",
    "whole_map": "◀ Ganze Karte",
    "big": "⛶ Karte groß",
    "big_hint": "Nur die Karte zeigen, über das ganze Fenster",
    "big_exit": "✕ Karte klein",
    "big_exit_hint": "Zurück zur Seite mit Formular und Reitern (Taste Esc)",
    "legend_show": "Legende",
    "legend_help_hint": "Legende der Karte, mit der Hilfe zur Karte",
    "legend_hide": "Legende schließen",
    "fold_form": "Formular ausblenden ▶",
    "unfold_form": "◀ Formular zeigen",
    "fold_goals": "Ziele ausblenden ▶",
    "unfold_goals": "◀ Ziele bearbeiten",
    "focus_hint": "Tippen Sie auf den Namen eines Bereichs, um nur diesen Bereich groß zu sehen.",
    # moving a resource on the map
    "moved_ring": "„{label}“ ist jetzt {closeness} ({ring}).",
    "moved_order": "„{label}“ hat einen neuen Platz in seinem Bereich.",
    "ask_area": "Gehört „{label}“ jetzt zum Bereich „{area}“?",
    "ask_yes": "Ja, zu „{area}“",
    "ask_no": "Nein, zurück",
    "moved_area": "„{label}“ gehört jetzt zum Bereich „{area}“ ({closeness}).",
    "moved_back": "„{label}“ bleibt im Bereich „{area}“.",
    "moved_closer": "„{label}“ ist jetzt {closeness} ({ring}).",
    "cannot_closer": "„{label}“ ist schon ganz nah.",
    "cannot_further": "„{label}“ ist schon im äußeren Ring.",
}
