"""Question cards beside the map: one question at a time, to find resources together.

The card follows the area chosen in the resource form's „Welche Art?“ (its four large buttons carry
their words beside the symbol, „★ Persönlich“): the question above is always one of the area the
answer is written down in, and there is one set of area buttons, not two — the card's own row of
them took a line the ring question now needs before „Festhalten“ at 1280×800 (trial 16). "Nächste
Frage" brings the form back to the card's area too (the form may have been changed meanwhile), and
each area keeps its place in its questions.

>>> cards = QuestionCards()
>>> cards.question.value
'Was können Sie gut?'
>>> cards.next_button.click(); cards.question.value
'Was machen Sie gern, auch in Ihrer freien Zeit?'
"""

from __future__ import annotations

import html
from collections.abc import Callable

import ipywidgets as widgets

from beratungskit.analysis.question_cards import CardDeck, load_question_cards
from beratungskit.messages import t
from beratungskit.model import Category
from beratungskit.ui.look import category_colour, category_symbol

__all__ = ["QuestionCards"]


class QuestionCards:
    """Shows one card; ``on_category(cb)`` is told when the deck (category) is chosen."""

    def __init__(self, decks: dict[Category, CardDeck] | None = None) -> None:
        self.decks = decks if decks is not None else load_question_cards()
        self.category = next(iter(self.decks), Category.PERSOENLICH)
        self.index = 0
        self._listeners: list[Callable[[Category], None]] = []

        self.title = widgets.HTML()
        self.title.add_class("bk-card-title")
        self.question = widgets.Label()
        self.question.add_class("bk-card-question")
        self.count = widgets.Label()
        self.count.add_class("bk-muted")
        self.count.add_class("bk-card-count")
        #: where each area's questions were left (back to an area: the question it was at)
        self._places: dict[Category, int] = {}
        self.next_button = widgets.Button(
            description=t("ui_session.card_next"), layout=widgets.Layout(width="auto", height="48px")
        )
        self.next_button.add_class("bk-card-next")
        self.next_button.on_click(lambda _b: self.next())
        self.widget = widgets.VBox(
            [
                self.title,
                self.question,
                # "Frage 1 von 10" after "Nächste Frage" on its line, not on a line of its own:
                # the form's "Festhalten" below stays in sight at 1280×800 (trial 15)
                widgets.Box(
                    [self.next_button, self.count],
                    layout=widgets.Layout(
                        display="flex", flex_flow="row wrap", width="100%", align_items="center"
                    ),
                ),
            ]
        )
        self.widget.add_class("bk-card")
        self._show()

    def on_category(self, listener: Callable[[Category], None]) -> None:
        self._listeners.append(listener)

    def choose(self, category: Category) -> None:
        """Switch to ``category``'s deck, at the question it was left at, and tell the listeners
        (the form's area follows; it calls this when its area is chosen, and is told nothing new).

        >>> cards = QuestionCards(); cards.next(); cards.choose(Category.SOZIAL); cards.index
        0
        >>> cards.choose(Category.PERSOENLICH); cards.question.value
        'Was machen Sie gern, auch in Ihrer freien Zeit?'
        """
        if category not in self.decks or category == self.category:
            return
        self._places[self.category] = self.index
        self.category = category
        self.index = self._places.get(category, 0)
        self._show()
        for listener in self._listeners:
            listener(category)

    def next(self) -> None:
        """The next question of this deck (after the last one, start again); the form follows the
        card's area again, so the answer is written down where the question belongs."""
        deck = self.decks.get(self.category)
        if deck:
            self.index = (self.index + 1) % len(deck.questions)
            self._show()
        for listener in self._listeners:
            listener(self.category)

    def _show(self) -> None:
        deck = self.decks.get(self.category)
        if not deck or not deck.questions:
            self.question.value = t("ui_session.cards_empty")
            return
        colour = category_colour(self.category)
        name = t(f"model.Category.{self.category.value}")
        # The area and the deck's title each in its own text, so that the page's language layer finds
        # both („● Sozial – Menschen um Sie herum“ as one text is none of the catalogue's). The deck
        # title comes from an office-edited file: escaped like any text.
        parts = [f"{category_symbol(self.category)} {name}"] + ([f" – {deck.title}"] if deck.title else [])
        inner = "".join(f"<span>{html.escape(part)}</span>" for part in parts)
        self.title.value = f'<span style="color:{colour};font-weight:600">{inner}</span>'
        self.question.value = deck.questions[self.index]
        self.count.value = t("ui_session.card_count", n=self.index + 1, total=len(deck.questions))
