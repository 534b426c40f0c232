"""What a text field may hold: plain text, no control characters but tab and newline.

Every free text of a case ends up in some export, and some exports are XML (GraphML, the SVG map):
XML 1.0 cannot carry NUL or most other control characters, so one pasted control character would
break the whole file for Gephi, Cytoscape or the browser. Nobody can see such a character either, and
a terminal or spreadsheet may act on it. So the model refuses, in every text field, the control
characters U+0000–U+001F (tab and newline excepted) and U+007F–U+009F, and U+FFFE/U+FFFF, which are
no characters in XML. Lone surrogates (they cannot be written as UTF-8) pydantic refuses by itself.

The rule is a regular expression that pydantic checks in its Rust core, so it costs a load nothing;
:func:`text_problem` says in German which character is where.

>>> text_problem("Zeile eins\\nZeile zwei\\tmit Tab") is None
True
>>> print(text_problem("Fahr\\x00rad"))
Enthält ein unsichtbares Steuerzeichen (\\x00) an Stelle 5 – bitte entfernen.
"""

from __future__ import annotations

import re

from beratungskit.messages import t

__all__ = ["TEXT_PATTERN", "text_problem", "visible"]

#: The pattern of every text field (pydantic ``pattern=``; Rust, Python and JSON Schema read it alike).
TEXT_PATTERN = r"^[^\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF]*$"
_NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")

# Characters that must not reach a message as they are: control characters (a NUL or an escape
# sequence would garble a terminal line or a widget), line and paragraph separators, lone surrogates
# (they cannot even be encoded, so printing the message would fail) and the two non-characters.
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def visible(value: object, limit: int | None = None) -> str:
    r"""``value`` as one printable, encodable line: odd characters become ``\x00``-style escapes.

    With ``limit``, longer text is cut to that many characters and ends in "…".

    >>> print(visible("Zeile\nzwei\x00 \udc80"))
    Zeile\nzwei\x00 \udc80
    """
    text = str(value)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return _INVISIBLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be kept in a text field (German), or None when it can."""
    found = _NOT_TEXT.search(text)
    if found is None:
        return None
    return t("model.not_text", char=visible(found.group()), pos=found.start() + 1)
