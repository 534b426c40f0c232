"""„Was wir festhalten“: everything stored for this case, in plain words addressed to the eLb.

Concept paper: "Gestalten Sie Ihre Arbeit transparent: Sagen Sie den eLb, was Sie dokumentieren."
Every stored item is listed as plain sentences (the same as on the sheet "Was über mich festgehalten
ist"), then the documentation log. User text is always escaped.

>>> from beratungskit.demo import demo_case
>>> text = transparency_html(demo_case())
>>> "Das haben wir über Sie festgehalten" in text and "Fahrrad" in text
True
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from beratungskit.analysis.documented import Sentence, documented
from beratungskit.messages import SOURCE_LANGUAGE
from beratungskit.model import Case, Category
from beratungskit.render.bilingual import sentence_html, text_html
from beratungskit.ui.feedback import Feedback
from beratungskit.ui.ifk_note import IfkNoteBox
from beratungskit.ui.look import category_colour, category_symbol
from beratungskit.ui.panel import Panel
from beratungskit.ui.session import Session

__all__ = ["TransparencyPanel", "transparency_html"]


def _e(text: object) -> str:
    return html.escape(str(text))


def _list(items: list[str], empty: str) -> str:
    body = "".join(f"<li>{item}</li>" for item in items) if items else f"<li>{empty}</li>"
    return f"<ul>{body}</ul>"


def transparency_html(case: Case, lang: str | None = None) -> str:
    """The whole panel as one HTML string (every piece of user text escaped).

    The same sentences as the sheet "Was über mich festgehalten ist"
    (:func:`beratungskit.analysis.documented.documented`); with another language (default: the
    case's), each German sentence has its translation below it.
    """
    lang = lang or case.language.value
    doc = documented(case)
    categories = {r.id: r.category for r in case.resources}
    nothing = str(sentence_html(Sentence("nothing"), lang))
    parts = [
        f'<h2 class="bk-title">{text_html("ui_session.tr_heading", lang)}</h2>',
        f"<p>{text_html('ui_session.tr_intro', lang)}</p>",
        f'<h3 class="bk-heading">{sentence_html(Sentence("section.case"), lang)}</h3>',
        _list([str(sentence_html(s, lang)) for s in doc.case], nothing),
    ]
    for section in doc.sections:
        items = []
        for entry in section.entries:
            title = f'<b dir="auto">{_e(entry.title)}</b>' if entry.title else ""
            if entry.title_sentence is not None and lang != SOURCE_LANGUAGE:
                # „Sie – Fahrrad“: „Sie“ in the eLb's language too, under the German
                title = f"<b>{sentence_html(entry.title_sentence, lang)}</b>"
            category = categories.get(entry.item_id) if section.collection == "resources" else None
            if isinstance(category, Category):
                colour, symbol = category_colour(category), _e(category_symbol(category))
                title = f'<span style="color:{colour}" aria-hidden="true">{symbol}</span> {title}'
            sentences = "".join(
                f'<span class="bk-says">{sentence_html(s, lang)}</span>' for s in entry.sentences
            )
            items.append(f"{title}{sentences}")
        parts.append(f'<h3 class="bk-heading">{sentence_html(section.heading, lang)}</h3>')
        parts.append(_list(items, nothing))
    log = []
    for line in reversed(doc.log):
        names = "".join(
            f"<li>{sentence_html(said, lang)}</li>"
            if said is not None and lang != SOURCE_LANGUAGE  # „Sie – Fahrrad“: „Sie“ translated too
            else f'<li dir="auto">{_e(item)}</li>'
            for item, said in zip(line.items, line.item_sentences, strict=True)
        )
        log.append(f"{sentence_html(line.sentence, lang)}" + (f"<ul>{names}</ul>" if names else ""))
    parts.append(f'<h3 class="bk-heading">{sentence_html(doc.log_heading, lang)}</h3>')
    parts.append(_list(log, nothing))
    return '<div class="bk-transparency">' + "".join(parts) + "</div>"


class TransparencyPanel(Panel):
    """The panel; follows every change of the session while it is shown (one HTML, rewritten)."""

    def __init__(self, session: Session, feedback: Feedback | None = None) -> None:
        super().__init__(session)
        self.html = widgets.HTML()
        self.html.add_class("bk-transparency-panel")
        # The IFK writes their own note here, where the eLb reads everything that is recorded.
        self.ifk_note = IfkNoteBox(session, feedback)
        self.widget = widgets.VBox([self.ifk_note.widget, self.html])
        self.refresh()

    def parts(self) -> list[Panel]:
        return [self.ifk_note]

    def refresh(self) -> None:
        self.html.value = transparency_html(self.session.case)
