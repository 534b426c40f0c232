"""Babel extractors: the eLb's texts out of the message modules and the question cards.

``babel.cfg`` at the top of the checkout names them (``make catalogues`` runs ``pybabel extract``).
Each text becomes one catalogue entry with the message key as ``msgctxt`` and the German text as
``msgid``; a comment tells the translator which placeholders must stay. Only texts the eLb reads
(:func:`beratungskit.messages.is_elb_facing`) are extracted: the catalogues hold nothing a
translator need not translate.

>>> import io
>>> source = b'TEXTS = {"title": "Mein Plan", "for": "f\\xc3\\xbcr {alias}"}'
>>> handle = io.BytesIO(source); handle.name = "beratungskit/messages/render_plan.py"
>>> list(extract_texts(handle, [], [], {}))
[]
>>> handle = io.BytesIO(b'TEXTS = {"plan.for": "f\\xc3\\xbcr {alias}"}'); handle.name = "render_plan.py"
>>> list(extract_texts(handle, [], [], {}))
[(1, 'pgettext', ('render_plan.plan.for', 'für {alias}'), ['Platzhalter (unverändert lassen): {alias}'])]
"""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from beratungskit.messages import is_elb_facing

__all__ = ["QUESTION_CARDS_CONTEXT", "extract_question_cards", "extract_texts", "placeholders"]

#: Message context of the question cards (their German text is the msgid).
QUESTION_CARDS_CONTEXT = "question_cards"

Extracted = tuple[int, str, tuple[str, str], list[str]]


def placeholders(text: str) -> set[str]:
    """The ``{name}`` placeholders of a text (``{{`` is a literal brace, not a placeholder).

    >>> sorted(placeholders("{a} hilft {b} – {{x}}"))
    ['a', 'b']
    """
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def _comments(text: str) -> list[str]:
    names = sorted(placeholders(text))
    if not names:
        return []
    return ["Platzhalter (unverändert lassen): " + ", ".join("{" + n + "}" for n in names)]


def extract_texts(fileobj: Any, keywords: Any, comment_tags: Any, options: Any) -> Iterator[Extracted]:
    """Babel extractor for ``beratungskit/messages/<area>.py``: the ``TEXTS`` dict, read with ``ast``.

    The module is parsed, not imported, so a half-edited module cannot run code during extraction.
    """
    area = Path(getattr(fileobj, "name", "")).stem
    if not area or area.startswith("_"):
        return
    tree = ast.parse(fileobj.read())
    for node in ast.walk(tree):
        value: ast.expr | None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        else:
            continue
        if not (isinstance(target, ast.Name) and target.id == "TEXTS" and isinstance(value, ast.Dict)):
            continue
        for key_node, value_node in zip(value.keys, value.values, strict=True):
            if not (isinstance(key_node, ast.Constant) and isinstance(value_node, ast.Constant)):
                continue
            key, text = f"{area}.{key_node.value!s}", value_node.value
            if isinstance(text, str) and text and is_elb_facing(key):
                yield key_node.lineno, "pgettext", (key, text), _comments(text)


def extract_question_cards(
    fileobj: Any, keywords: Any, comment_tags: Any, options: Any
) -> Iterator[Extracted]:
    """Babel extractor for ``templates/question_cards.yaml``: each deck's title and its questions."""
    data = yaml.safe_load(fileobj.read()) or {}
    for deck in data.values():
        if not isinstance(deck, dict):
            continue
        for text in [deck.get("titel"), *(deck.get("fragen") or [])]:
            if isinstance(text, str) and text.strip():
                yield 0, "pgettext", (QUESTION_CARDS_CONTEXT, text.strip()), []
