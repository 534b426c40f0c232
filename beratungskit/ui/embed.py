"""Show a whole HTML document inside the app: a sandboxed ``<iframe srcdoc>``.

Voilà shows a standalone document only this way (DESIGN.md). The sandbox allows no scripts, and the
document goes into the attribute fully escaped, so nothing in it can reach the app around it. The
frame is named for screen readers (WCAG 4.1.2): by the document's own title unless told otherwise.

>>> frame_html("<title>Plan &amp; Karte</title><p>a & b</p>")[:73]
'<iframe class="bk-doc" title="Plan &amp; Karte" sandbox="" srcdoc="&lt;ti'
"""

from __future__ import annotations

import html

__all__ = ["frame_html"]


def frame_html(document: str, height: str = "720px", title: str = "") -> str:
    """The markup of a script-less frame showing ``document`` (for an ``ipywidgets.HTML``)."""
    name = title or _document_title(document)
    return (
        f'<iframe class="bk-doc" title="{html.escape(name, quote=True)}" sandbox="" '
        f'srcdoc="{html.escape(document, quote=True)}" '
        f'style="box-sizing:border-box;width:100%;height:{height};border:1px solid #ccc;border-radius:8px;'
        'background:#fff">'
        "</iframe>"
    )


def _document_title(document: str) -> str:
    # The <title> holds escaped HTML: unescaped here, escaped again for the attribute.
    start = document.find("<title>")
    end = document.find("</title>", start)
    return html.unescape(document[start + len("<title>") : end].strip()) if 0 <= start < end else ""
