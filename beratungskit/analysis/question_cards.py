"""Question cards for the Ressourcencheck, per category, from ``templates/question_cards.yaml``.

Questions about possibilities and resources — never about deficits (concept paper).

>>> cards = load_question_cards()
>>> cards[Category.PERSOENLICH].questions[0]
'Was können Sie gut?'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from beratungskit.analysis.template_yaml import TemplateFileError, read_yaml, shape_error
from beratungskit.messages import t
from beratungskit.model import Category
from beratungskit.resources import template_path

__all__ = ["CardDeck", "TemplateFileError", "load_question_cards"]


@dataclass(frozen=True)
class CardDeck:
    category: Category
    title: str
    questions: tuple[str, ...]


def load_question_cards(path: Path | None = None) -> dict[Category, CardDeck]:
    """Every category's deck, in category order; German :class:`TemplateFileError` when malformed."""
    path = path or template_path("question_cards.yaml")
    data = read_yaml(path)
    allowed = ", ".join(c.value for c in Category)
    if not isinstance(data, dict):
        raise shape_error(path, t("analysis_templates.cards_list", key="persoenlich"))
    decks: dict[Category, CardDeck] = {}
    for key, entry in data.items():
        if key == "__line__":
            continue
        if key not in {c.value for c in Category}:
            raise shape_error(path, t("analysis_templates.cards_category", key=key, allowed=allowed))
        questions = entry.get("fragen") if isinstance(entry, dict) else None
        if not isinstance(questions, list) or not questions:
            raise shape_error(path, t("analysis_templates.cards_list", key=key))
        category = Category(key)
        decks[category] = CardDeck(
            category=category,
            title=str(entry.get("titel") or "").strip(),
            questions=tuple(str(q).strip() for q in questions if str(q).strip()),
        )
    return {c: decks[c] for c in Category if c in decks}
