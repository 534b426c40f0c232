"""Show a whole HTML document inside the app: a sandboxed ``<iframe srcdoc>``.

Voilà shows a standalone document only this way (DESIGN.md). The sandbox allows no scripts, and the
document goes into the attribute fully escaped, so nothing in it can reach the app around it.

>>> frame_html("<p>a & b</p>")[:60]
'<iframe class="bk-doc" sandbox="" srcdoc="&lt;p&gt;a &amp; b'
"""

from __future__ import annotations

import html

__all__ = ["frame_html"]


def frame_html(document: str, height: str = "720px") -> str:
    """The markup of a script-less frame showing ``document`` (for an ``ipywidgets.HTML``)."""
    return (
        f'<iframe class="bk-doc" sandbox="" srcdoc="{html.escape(document, quote=True)}" '
        f'style="width:100%;height:{height};border:1px solid #ccc;border-radius:8px;background:#fff">'
        "</iframe>"
    )
