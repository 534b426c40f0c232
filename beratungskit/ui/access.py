"""What keyboard and screen-reader users need beyond the stock ipywidgets views (WCAG 2.1 AA).

ipywidgets 8 draws a chosen toggle button only by its colour, gives a group of buttons no name,
leaves a field's visible label (a separate Label widget above it) unlinked, and has no live region
for "Gespeichert". :class:`AccessHelper` is one invisible widget per app that adds the missing ARIA
attributes in the page (``static/access.js``), driven only by the CSS classes the panels already set:

- ``bk-field-label`` names the field or button group that follows it (``aria-labelledby``);
- toggle buttons and the category buttons say whether they are pressed (``aria-pressed``), a
  ``bk-disclosure`` button whether it is open (``aria-expanded``);
- ``bk-status`` and ``bk-live`` are polite live regions (``role=status``): "Gespeichert ✓ (Stand 3)"
  is read out after each change; ``bk-error`` is an alert, read out at once;
- the page's cells around the app (``bk-app``) are its ``main`` landmark;
- a tap on a button never overtakes the typing before it. ipywidgets sends a field's state at most
  one message at a time and holds the rest back while the kernel works, but sends a click at once:
  "Festhalten" right after typing "Nachbarschaftscafé" into a busy kernel saved „N“. Before any
  click (any custom message) leaves the page, the held-back state of every field is sent first, so
  the kernel, which takes messages in order, has the whole text when the click arrives.

>>> AccessHelper().layout.display
'none'
"""

from __future__ import annotations

from pathlib import Path

import anywidget
import ipywidgets as widgets
import traitlets

__all__ = ["AccessHelper", "page_style"]

STATIC = Path(__file__).resolve().parent / "static"


class AccessHelper(anywidget.AnyWidget):
    """Invisible; installs the page's ARIA rules once, whichever app on the page comes first."""

    _esm = (STATIC / "access.js").read_text(encoding="utf-8")
    #: Its own model id: the page asks the widget manager for the model behind it, to reach the
    #: widget models' common send (anywidget hands its code only a narrow proxy of the model).
    _model_key = traitlets.Unicode("").tag(sync=True)

    def __init__(self) -> None:
        super().__init__(layout=widgets.Layout(display="none"))
        self._model_key = self.model_id

    def focus(self, selector: str) -> None:
        """Move the keyboard focus to the first element matching ``selector`` once it is shown
        (e.g. to the first field of a case just opened, instead of leaving it on a vanished button)."""
        self.send({"type": "focus", "selector": selector})


def page_style(css: str, helper: AccessHelper | None = None) -> list[widgets.Widget]:
    """The invisible parts every app puts first: its static ``css`` (a ``<style>`` block, no user
    text; it applies even inside a hidden element) and the :class:`AccessHelper`."""
    return [widgets.HTML(css, layout=widgets.Layout(display="none")), helper or AccessHelper()]
