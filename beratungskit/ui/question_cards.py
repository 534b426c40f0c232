"""Question cards beside the map: one question at a time, to find resources together.

Choosing a deck (one of the four areas) presets the resource form's category, so an answer can be
written down straight away; "Nächste Frage" brings the form back to the card's area too (the form may
have been switched meanwhile). The area buttons carry their words beside the symbol ("★ Persönlich"):
a symbol alone means nothing to someone who sees the app for the first time.

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
        self.deck_buttons: dict[Category, widgets.Button] = {}
        for category in Category:
            name = t(f"model.Category.{category.value}")
            button = widgets.Button(
                description=f"{category_symbol(category)} {name}",
                tooltip=name,
                layout=widgets.Layout(width="auto", height="48px", margin="2px"),
            )
            button.style.text_color = category_colour(category)
            button.style.font_size = "18px"
            button.style.font_weight = "bold"
            button.add_class(f"bk-card-deck-{category.value}")
            button.on_click(lambda _b, c=category: self.choose(c))
            self.deck_buttons[category] = button
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
                    [*self.deck_buttons.values(), self.next_button, self.count],
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
        """Switch to ``category``'s deck (keeps each deck's place) and preset the form."""
        if category not in self.decks:
            return
        self.category = category
        self.index = 0
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
        for category, button in self.deck_buttons.items():
            button.style.button_color = "#e6ecf5" if category == self.category else "#ffffff"
