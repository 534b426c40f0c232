"""Every XML the product writes is parsed once before anyone gets it.

GraphML and the SVG map are XML: one character that XML cannot carry (a NUL from a pasted text, a
lone surrogate) and Gephi, Cytoscape or the browser refuse the whole file. The model refuses such
characters in every text field; this check makes sure no other path (a new field, a template, a
pseudonym) ever lets a broken file out — it raises instead of writing one.

>>> well_formed("<svg><text>a &amp; b</text></svg>", "Karte")
'<svg><text>a &amp; b</text></svg>'
>>> try:
...     well_formed("<svg><text>a & b</text></svg>", "Karte")
... except XmlExportError as exc:
...     print(exc)
Die Karte wäre kein gültiges XML (Zeile 1, Spalte 15) und wird deshalb nicht ausgegeben. Bitte melden Sie diesen Fehler.
"""  # noqa: E501

from __future__ import annotations

from xml.parsers import expat

from beratungskit.messages import t

__all__ = ["XmlExportError", "well_formed"]


class XmlExportError(ValueError):
    """An export would not be well-formed XML (a program error, never the person's)."""


def well_formed(text: str, what: str) -> str:
    """``text`` unchanged if it parses as XML; else :class:`XmlExportError` naming ``what``."""
    parser = expat.ParserCreate()
    try:
        parser.Parse(text, True)
    except expat.ExpatError as exc:
        raise XmlExportError(
            t("render_xml.broken", what=what, line=exc.lineno, column=exc.offset + 1)
        ) from None
    return text
