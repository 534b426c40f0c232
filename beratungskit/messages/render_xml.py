"""Texts of the XML check every XML export passes (GraphML, SVG)."""

TEXTS = {
    "broken": (
        "Die {what} wäre kein gültiges XML (Zeile {line}, Spalte {column}) und wird deshalb nicht "
        "ausgegeben. Bitte melden Sie diesen Fehler."
    ),
    "what.graphml": "GraphML-Datei",
    "what.svg_map": "Karte",
    "what.chart": "Grafik",
}
