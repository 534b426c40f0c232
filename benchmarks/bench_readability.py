"""Readability of what the eLb reads: German Flesch reading ease (Amstad's formula, textstat).

Figures for the demo case's Kooperationsplan and "Was über mich festgehalten ist" (the German part:
the binding text), and for the eLb's texts in the session (message catalogue and question cards).
Target (issue 12): at least 60 for the plan and the sheet — "leicht" to "mittelschwer"; plain
newspaper German is around 50–60, official letters often below 30.

Every heading, list item and table cell counts as a sentence of its own (that is how the eLb reads
it), so a heading without a full stop is not glued to the next sentence. Names and typed text stay
in: they are part of what the eLb reads.
"""

from __future__ import annotations

import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET = 60.0
_BLOCKS = {"p", "li", "h1", "h2", "h3", "dt", "dd", "blockquote", "td", "th", "figcaption", "div", "span"}


class _German(HTMLParser):
    """Text of the German parts of a page, one unit per block element (translations left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.units: list[str] = []
        self._current: list[str] = []
        self._skip = 0
        self._stack: list[bool] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"br", "meta", "link", "img", "input"}:
            return
        foreign = dict(attrs).get("class") == "tr" or tag in {"style", "title", "svg", "script"}
        self._stack.append(foreign)
        self._skip += foreign
        if tag in _BLOCKS and tag != "span":
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self._stack:
            self._skip -= self._stack.pop()
        if tag in _BLOCKS and tag != "span":
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._current.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        self._current = []
        if any(c.isalpha() for c in text):
            self.units.append(text if text[-1] in ".!?:" else text + ".")


def units_of_html(html: str) -> list[str]:
    parser = _German()
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.units


def reading_ease(units: list[str]) -> float:
    """Flesch reading ease for German (Amstad) over the units as one text."""
    import textstat

    textstat.set_lang("de")
    return float(textstat.flesch_reading_ease(" ".join(units)))


def plan_units() -> list[str]:
    from beratungskit.demo import demo_case
    from beratungskit.render.plan import plan_html

    return units_of_html(plan_html(demo_case(), today=date(2026, 11, 27)))


def festgehalten_units() -> list[str]:
    from beratungskit.demo import demo_case
    from beratungskit.render.plan import festgehalten_html

    return units_of_html(festgehalten_html(demo_case(), today=date(2026, 11, 27)))


def session_units() -> list[str]:
    """The eLb's texts of the session: every eLb-facing message (placeholders dropped) and card."""
    import re

    import yaml

    from beratungskit.messages import CATALOGUE, is_elb_facing
    from beratungskit.resources import template_path

    units = []
    for key, text in CATALOGUE.items():
        if is_elb_facing(key) and key.split(".")[0].startswith("ui_"):
            plain = " ".join(re.sub(r"\{[^}]*\}", "", text).split())
            if any(c.isalpha() for c in plain):
                units.append(plain if plain[-1] in ".!?:" else plain + ".")
    cards = yaml.safe_load(template_path("question_cards.yaml").read_text(encoding="utf-8"))
    for deck in cards.values():
        units += [deck["titel"] + ".", *deck["fragen"]]
    return units


def figures() -> dict[str, float]:
    return {
        "Kooperationsplan (Demo)": reading_ease(plan_units()),
        "Was über mich festgehalten ist (Demo)": reading_ease(festgehalten_units()),
        "Sitzung: Texte und Fragekarten": reading_ease(session_units()),
    }


def main() -> int:
    print(f"Lesbarkeit (Flesch-Amstad, 0 = sehr schwer … 100 = sehr leicht; Ziel Plan/Blatt ≥ {TARGET:g})")
    for name, value in figures().items():
        print(f"  {name:<42} {value:6.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
