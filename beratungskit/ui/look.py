"""How the session looks: the category colours and symbols, and the one small CSS block.

Colours and symbols come from the shared style (``beratungskit.render.style``) so that map, forms,
handout and conference file agree; colour always travels with a symbol (colour-blind readers).
"""

from __future__ import annotations

from beratungskit.model import Category
from beratungskit.render.style import CATEGORY_STYLE

__all__ = ["CSS", "category_colour", "category_symbol"]


def category_colour(category: Category) -> str:
    """The category's colour as ``#rrggbb`` (shared with the map and the exports).

    >>> category_colour(Category.SOZIAL).startswith("#")
    True
    """
    return CATEGORY_STYLE[category].color


def category_symbol(category: Category) -> str:
    """The category's symbol (★ ● ■ ▲).

    >>> category_symbol(Category.PERSOENLICH)
    '★'
    """
    return CATEGORY_STYLE[category].symbol


#: Static CSS (no user text): large calm type, big touch targets. Scoped to ``.bk-app``.
CSS = """
<style>
.bk-app, .bk-app .widget-label, .bk-app .widget-html-content, .bk-app input, .bk-app textarea,
.bk-app select, .bk-app button, .bk-app .widget-toggle-button, .bk-app .p-TabBar-tabLabel,
.bk-app .lm-TabBar-tabLabel { font-size: 18px !important; line-height: 1.4; }
.bk-app { font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #222; }
.bk-app .widget-html-content, .bk-app .widget-label { white-space: normal; height: auto !important; }
.bk-app button, .bk-app .widget-toggle-button { min-height: 48px; border-radius: 10px; }
.bk-app input, .bk-app select { min-height: 44px; }
.bk-app .widget-dropdown, .bk-app .widget-text, .bk-app .widget-textarea { height: auto; margin-bottom: 4px; }
.bk-app textarea { min-height: 70px; }
.bk-app .lm-TabBar-tab, .bk-app .p-TabBar-tab { min-height: 48px; padding: 8px 18px; }
/* ipywidgets boxes shrink their children when space is short; here the side panel scrolls instead */
.bk-app .widget-vbox > *, .bk-app .widget-hbox > * { flex-shrink: 0; }
.bk-app .bk-map-box { flex-shrink: 1 !important; min-width: 0; }
.bk-app .widget-toggle-buttons, .bk-app .widget-toggle-buttons .btn-group {
  display: flex; flex-wrap: wrap; height: auto; gap: 4px; }
.bk-app .widget-toggle-buttons .widget-toggle-button { margin: 0; padding: 0 14px; }
.bk-app .widget-label, .bk-app .widget-html { height: auto; min-height: 28px; }
.bk-app .widget-checkbox { height: auto; min-height: 44px; width: auto; }
.bk-app .widget-checkbox input[type=checkbox] { width: 26px; height: 26px; margin-right: 10px; }
.bk-app .lm-TabBar-tab, .bk-app .p-TabBar-tab { flex: 0 0 auto !important; max-width: none !important;
  min-width: 0 !important; }
.bk-app .bk-title, .bk-app .bk-title .widget-label { font-size: 26px !important; font-weight: 600; }
.bk-app .bk-heading { font-size: 21px !important; font-weight: 600; margin: 4px 0; }
.bk-app .bk-status { color: #1d6b2e; font-weight: 600; margin-left: 2px; }
.bk-app .bk-header .bk-title { margin: 0; }
.bk-app .bk-status-error { color: #8a4b00; }
.bk-app .bk-hint { color: #6a4b00; font-size: 16px !important; min-height: 0; }
.bk-app .bk-error { color: #a12; }
.bk-app .bk-stale { background: #fff4d6; border: 2px solid #e0b44a; border-radius: 10px; padding: 10px; }
.bk-app .bk-card { background: #f4f7fb; border-radius: 12px; padding: 10px 14px; }
.bk-app .bk-card-question { font-size: 22px !important; font-weight: 500; }
.bk-app .bk-stale .widget-label { font-weight: 600; }
.bk-app .bk-side { border-left: 1px solid #dde; padding-left: 12px; }
.bk-app .bk-category button { font-weight: 600; }
.bk-app .bk-muted { color: #555; }
.bk-app .bk-partner { border: 1px solid #dde; border-radius: 10px; padding: 6px 10px; margin: 4px 0; }
.bk-app .bk-notice { background: #f6f1e7; border-radius: 10px; padding: 8px 12px; }
.bk-app .bk-transparency li { margin: 3px 0; }
.bk-app .bk-transparency .bk-says { display: block; }
.bk-app .tr, .bk-app .bk-tr { display: block; color: #2d4a63; font-weight: normal; }
.bk-app .tr[dir="rtl"], .bk-app .bk-tr[dir="rtl"] {
  text-align: right; font-family: "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif; }
.bk-app .bk-tr { font-size: 0.85em; line-height: 1.25; white-space: normal; }
.bk-app button.bk-has-tr {
  height: auto !important; min-height: 40px; padding-top: 3px; padding-bottom: 3px; line-height: 1.2; }
.bk-app .lm-TabBar-tab.bk-has-tr, .bk-app .lm-TabBar-tabLabel.bk-has-tr { height: auto; line-height: 1.2; }
/* labels are flex boxes: the German and its translation one under the other, the whole width */
.bk-app .bk-has-tr:not(button) {
  flex-direction: column; align-items: stretch; white-space: normal; height: auto; line-height: 1.3; }
.bk-app .bk-has-tr:not(button) > .bk-tr { align-self: stretch; }
.bk-app .lm-TabBar-content:has(.bk-tr) { min-height: 52px; }
</style>
"""
