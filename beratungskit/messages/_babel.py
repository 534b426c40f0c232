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

__all__ = [
    "PARTNERS_CONTEXT",
    "PHRASINGS_CONTEXT",
    "QUESTION_CARDS_CONTEXT",
    "extract_partners",
    "extract_phrasings",
    "extract_question_cards",
    "extract_texts",
    "partner_texts",
    "phrasing_texts",
    "placeholders",
]

#: Message context of the question cards (their German text is the msgid).
QUESTION_CARDS_CONTEXT = "question_cards"
#: Message context of the step drafts' sentence starts (``templates/step_phrasings.yaml``).
PHRASINGS_CONTEXT = "step_phrasings"
#: Message context of the partner directory's names and descriptions (``templates/partners.yaml``):
#: the „Angebote“ cards and the local services of „Hilfe in einer Krise“.
PARTNERS_CONTEXT = "partners"

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


def phrasing_texts(data: object) -> list[str]:
    """Every sentence start of a step-phrasings file (read as YAML), in the file's order, once each.

    >>> phrasing_texts({"people": {"default": "Ich frage {who}, ob …"}, "default": "Ich …",
    ...                 "rules": [{"text": "Ich …"}], "categories": {"sozial": {"eigen": "Wir …"}}})
    ['Ich frage {who}, ob …', 'Ich …', 'Wir …']
    """
    if not isinstance(data, dict):
        return []
    found: list[object] = list((data.get("people") or {}).values())
    found += [rule.get("text") for rule in data.get("rules") or [] if isinstance(rule, dict)]
    for by_origin in (data.get("categories") or {}).values():
        if isinstance(by_origin, dict):
            found += list(by_origin.values())
    found.append(data.get("default"))
    texts = [text.strip() for text in found if isinstance(text, str) and text.strip()]
    return list(dict.fromkeys(texts))


def partner_texts(data: object) -> list[str]:
    """The names and descriptions of a partner directory (read as YAML), once each.

    >>> partner_texts({"partner": [{"name": "Tafel", "description": "Lebensmittel."}, {"name": "Tafel"}]})
    ['Tafel', 'Lebensmittel.']
    """
    entries = data.get("partner") if isinstance(data, dict) else None
    texts: list[str] = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict):
            texts += [v.strip() for v in (entry.get("name"), entry.get("description")) if isinstance(v, str)]
    return list(dict.fromkeys(t for t in texts if t))


def extract_phrasings(fileobj: Any, keywords: Any, comment_tags: Any, options: Any) -> Iterator[Extracted]:
    """Babel extractor for ``templates/step_phrasings.yaml``: each sentence start of a step draft."""
    for text in phrasing_texts(yaml.safe_load(fileobj.read())):
        yield 0, "pgettext", (PHRASINGS_CONTEXT, text), _comments(text)


def extract_partners(fileobj: Any, keywords: Any, comment_tags: Any, options: Any) -> Iterator[Extracted]:
    """Babel extractor for ``templates/partners.yaml``: each offer's name and description."""
    for text in partner_texts(yaml.safe_load(fileobj.read())):
        yield 0, "pgettext", (PARTNERS_CONTEXT, text), []
