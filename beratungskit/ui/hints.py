"""A calm hint under a free-text field, from the wording guard, while the person types.

A hint never blocks saving: the eLb's words are theirs. The hint only invites the IFK to look again
(e.g. at deficit or profiling language).
"""

from __future__ import annotations

import html

import ipywidgets as widgets

__all__ = ["hint_for", "wording_hint"]


def hint_for(text: str) -> str:
    """The wording guard's hint for ``text`` ("" when all is fine or the guard is not available).

    >>> hint_for("")
    ''
    """
    if not text.strip():
        return ""
    try:
        from beratungskit.analysis.wording import check_text, format_hint
    except ImportError:  # the guard is optional for the session; without it there is simply no hint
        return ""
    findings = check_text(text)
    return format_hint(findings) if findings else ""


def wording_hint(field: widgets.Text | widgets.Textarea) -> widgets.HTML:
    """An HTML line that follows ``field`` as it is typed; its text is escaped, never raw HTML."""
    field.continuous_update = True
    out = widgets.HTML(value="")
    out.add_class("bk-hint")

    def update(_change: object = None) -> None:
        hint = hint_for(field.value or "")
        out.value = html.escape(hint).replace("\n", "<br>") if hint else ""

    field.observe(update, names="value")
    update()
    return out
