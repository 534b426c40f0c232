"""How the session looks: the category colours and symbols, and the one small CSS block.

Colours and symbols come from the shared style (``beratungskit.render.style``) so that map, forms,
handout and conference file agree; colour always travels with a symbol (colour-blind readers).
"""

from __future__ import annotations

from beratungskit.model import Category
from beratungskit.render.style import CATEGORY_STYLE

__all__ = ["CSS", "category_colour", "category_symbol"]


def category_colour(category: Category) -> str:
    """The category's colour for text and buttons on screen, as ``#rrggbb``.

    It is the darker shade of the map's colour (the outline of its symbols): the map's own fill
    colours are too light for text (orange on white: 2:1), this shade reads at least 5:1 on white
    and light grey, and white text on it too (WCAG 1.4.3).

    >>> category_colour(Category.PERSOENLICH)
    '#8A5F00'
    """
    return CATEGORY_STYLE[category].border


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
/* typed text in the page's letters (a text area's own default is a typewriter font) */
.bk-app textarea { font-family: inherit; }
.bk-app .widget-html-content, .bk-app .widget-label { white-space: normal; height: auto !important; }
.bk-app button, .bk-app .widget-toggle-button { min-height: 48px; border-radius: 10px; }
.bk-app input, .bk-app select { min-height: 44px; }
.bk-app .widget-dropdown, .bk-app .widget-text, .bk-app .widget-textarea { height: auto; margin-bottom: 4px; }
.bk-app textarea { min-height: 70px; }
.bk-app .lm-TabBar-tab, .bk-app .p-TabBar-tab { min-height: 48px; padding: 8px 18px; }
/* ipywidgets boxes shrink their children when space is short; here the side panel scrolls instead */
.bk-app .widget-vbox > *, .bk-app .widget-hbox > * { flex-shrink: 0; }
.bk-app .bk-map-box { flex-shrink: 1 !important; min-width: 0; }
.bk-app .bk-tabs { width: 100%; }
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
.bk-app .bk-header { gap: 2px 16px; margin: 0 0 6px; }
.bk-app .bk-header .bk-title, .bk-app .bk-header .bk-title .widget-label { font-size: 22px !important;
  line-height: 1.25; min-height: 0; }
.bk-app .bk-header .bk-status { font-size: 16px !important; line-height: 1.3; min-height: 0; }
.bk-app .bk-title-block { min-width: 0; }
.bk-app .bk-page-links .bk-nav { margin: 0; gap: 0 14px; }
.bk-app .bk-body { flex-direction: column; position: relative; }
.bk-app .bk-body > .bk-tabs { width: auto; }
.bk-app .bk-tabs > .widget-tab-contents { padding: 6px 8px; }
/* The map's sticky column (below) stays in view while the form beside it is scrolled down to
   "Festhalten" only if no box between it and the page's scrolling panel clips: Voilà's output area
   and the tab's panel did (overflow auto/hidden), and the map scrolled away with the form. */
.jp-Cell-outputArea:has(.bk-app), .jp-OutputArea-child:has(.bk-app), .jp-OutputArea-output:has(.bk-app),
.bk-app .bk-tabs > .widget-tab-contents { overflow: visible !important; }
/* the page around the app (Voilà's cell and panel): a thin edge, the map gets the lines */
.lm-BoxPanel-child:has(.bk-app) { padding: 4px 8px !important; }
/* The map brings the app's top into view after „Festhalten“ (mapwidget.js: scrollIntoView): with
   the page's 4 px edge kept above it, not scrolled away — in Arabic the page moved 4 px up after the
   first resource added and the map sized itself 4 px higher (session 16b). */
.bk-app { scroll-margin-top: 4px; }
.jp-Cell:has(.bk-app) { padding: 0 !important; }
.jp-Cell:has(.bk-app) .jp-Cell-outputWrapper { margin-top: 0 !important; }
/* With a case open the links to the other pages stand at the page's foot, under the tabs (app.py);
   the right end of the tabs' row holds the map's buttons on a wide screen (mapwidget.js: dock). */
.bk-app .bk-tabs { position: relative; }
.bk-app .bk-body-case > .bk-page-links { margin: 10px 0 4px; }
/* The status line has the title's column's second line to itself: never cut (issue 11: in Turkish
   „Gespeichert ✓ (Stand 2) – …“ was), a long message wraps. Its parts ("Gespeichert ✓ (Stand 3)",
   " – „Fahrrad“ festgehalten.") stand side by side, each with its translation under it. */
.bk-app .bk-status-row { align-items: baseline; }
.bk-app .bk-status-row .bk-status { margin-top: 0; margin-bottom: 0; min-height: 0; height: auto;
  white-space: normal; overflow-wrap: anywhere; }
.bk-app .bk-header .bk-status .widget-html-content { font-size: 16px !important; line-height: 1.3;
  min-height: 0; height: auto; white-space: normal; display: block; }
.bk-app .bk-header .bk-status .widget-html-content > span { display: inline-block; vertical-align: top;
  max-width: 100%; }
.bk-app .bk-header .bk-status .widget-html-content > span + span { margin-inline-start: 0.3em; }
.bk-app .bk-header .bk-status .widget-html-content > span > .bk-tr { font-size: 14px; }
.bk-app .bk-status-error { color: #8a4b00; }
/* With the eLb's language chosen the head must not take the map's height (issue 11: 119 px instead
   of 52 in Türkçe, labels of 40 resources under 14 px at 1280×800): the status's translation stands
   beside its German on the same line (a long message wraps), and the crisis button and the title
   stay on one row (a long translation of either wraps in its own place). */
.bk-app .bk-header .bk-status .widget-html-content > span > .bk-tr { display: inline-block;
  vertical-align: baseline; max-width: 100%; line-height: 1.3; margin-left: 0.8em; }
.bk-app .bk-header:has(.bk-tr) { margin-bottom: 2px; }
.bk-app .bk-header:has(.bk-tr) .bk-title-row { gap: 0 10px; flex-wrap: nowrap !important; }
.bk-app .bk-header:has(.bk-tr) .bk-crisis-help { max-width: 9.5em; padding-inline: 2px; }
.bk-app .bk-header:has(.bk-tr) .bk-title-row > .bk-title { flex: 0 1 auto; min-width: 0; }
/* each of the title's two lines stays one line (a long name in Russian: „Ressourcenkarte von Sonnenblume“
   wrapped beside the crisis help's translation, the head grew 20 px and the map's labels of 40
   resources fell to 13.8 px); what does not fit ends in „…“ (the name stands in the map's middle) */
.bk-app .bk-header:has(.bk-tr) .bk-title-row > .bk-title,
.bk-app .bk-header:has(.bk-tr) .bk-title-row > .bk-title * { white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; }
/* „Hilfe in einer Krise“ (ui/crisis_help.py): a link-like button beside the page links, a calm panel */
.bk-app .bk-title-row { gap: 0 24px; }
/* a finger's 44 px to tap (padding), without making the title's row that high (negative margins) */
.bk-app .bk-crisis-help { flex: none; background: none; border: none; box-shadow: none; color: #0b4f6c;
  text-decoration: underline; font-size: 17px; line-height: 22px; height: auto; min-height: 0;
  margin: -8px 0 -14px; padding: 11px 6px; }
.bk-app .bk-crisis-help.bk-crisis-help-open { font-weight: 600; }
.bk-app .bk-crisis-panel { align-items: flex-start; background: #eef6fa; border: 2px solid #6aa6c4;
  border-radius: 10px; padding: 8px 16px 12px; margin: 4px 0 8px; }
.bk-app .bk-crisis-text { font-size: 18px; line-height: 1.45; }
.bk-app .bk-crisis-text h2 { font-size: 20px; margin: 4px 0 6px; }
.bk-app .bk-crisis-text ul { margin: 0; padding-inline-start: 1.2em; }
.bk-app .bk-crisis-text li { margin: 4px 0; }
/* a local service: its name, what it offers on a line of its own (each with its translation) */
.bk-app .bk-crisis-text .bk-crisis-service { font-weight: 600; display: block; }
.bk-app .bk-crisis-text .bk-crisis-offer { display: block; }
.bk-app .bk-hint { color: #6a4b00; font-size: 16px !important; min-height: 0; }
.bk-app .bk-error { color: #a12; }
.bk-app .bk-stale { background: #fff4d6; border: 2px solid #e0b44a; border-radius: 10px; padding: 10px; }
.bk-app .bk-card { background: #f4f7fb; border-radius: 12px; padding: 10px 14px; }
.bk-app .bk-card-question { font-size: 22px !important; font-weight: 500; }
/* The card's heading is two texts („★ Persönlich“, „– Was Sie können und mögen“), each with its
   translation under it: side by side, one heading on two lines instead of four (a long one wraps). */
.bk-app .bk-card-title .widget-html-content > span > span { display: inline-block; vertical-align: top;
  max-width: 100%; }
.bk-app .bk-card-title .widget-html-content > span > span + span { margin-inline-start: 0.3em; }
.bk-app .bk-stale .widget-label { font-weight: 600; }
.bk-app .bk-side { border-left: 1px solid #dde; padding-left: 12px; }
.bk-app .bk-category button { font-weight: 600; }
/* The resource form (trial 15): "Festhalten" and "Mehr dazu" share a line under the category, the
   details open below them; an empty error line takes no room; "Frage 1 von 10" beside the card's
   buttons. At 1280×800 the button is in sight as the form opens. */
.bk-app .bk-form-buttons > .bk-save { flex: 1 1 45%; min-width: 0; }
/* In the eLb's language a question of the form and its translation stand side by side (a long one
   wraps), and "Festhalten" keeps to the window's foot while the form is longer than the window: in
   Ukrainian under „Sozial“, with the ring asked, it lay below the window at 1280×800 (sessions 17–18),
   and „eine Person“ opens „Wer ist das für Sie?“ above it; „Verbinden“ lay 75 px below. A shadow
   says that more of the form lies under the bar — only then (a scroll-driven animation on the view
   timeline of the mark where the bar stands in the form, ui/parts.py bar_end: below the window the
   shadow, in sight none; a form that fits has none, session 19 showed it there too); at the form's
   end the bar stands in its place, "Mehr dazu"'s details below it. */
.bk-app :is(.bk-resource-form, .bk-relation-form) .bk-field-label.bk-has-tr { flex-direction: row;
  flex-wrap: wrap; align-items: baseline; column-gap: 0.6em; }
.bk-app :is(.bk-resource-form, .bk-relation-form) .bk-field-label.bk-has-tr > .bk-tr { align-self: auto; }
.bk-app :is(.bk-resource-form, .bk-relation-form) .bk-form-buttons { position: sticky; bottom: 0;
  z-index: 3; background: #fff; padding-block: 4px; box-shadow: 0 -6px 8px -6px rgba(0, 0, 0, 0.25); }
@supports (animation-timeline: view()) {
  .bk-app :is(.bk-resource-form, .bk-relation-form) { timeline-scope: --bk-bar-end; }
  .bk-app :is(.bk-resource-form, .bk-relation-form) .bk-form-buttons { box-shadow: none;
    animation: bk-bar-covers linear both; animation-timeline: --bk-bar-end;
    animation-range: entry 0% entry 100%; }
}
@keyframes bk-bar-covers { from { box-shadow: 0 -6px 8px -6px rgba(0, 0, 0, 0.25); }
  to { box-shadow: none; } }
.bk-app .bk-bar-end { view-timeline: --bk-bar-end block; height: 1px; min-height: 0; margin: -1px 0 0 0;
  padding: 0; }
/* what the keyboard moves to is scrolled into view above the bar, not under it (WCAG 2.4.11) */
.bk-app :is(.bk-resource-form, .bk-relation-form) :is(button, input, textarea, select) {
  scroll-margin-bottom: 64px; }
.bk-app .bk-form-buttons > .bk-more { flex: 0 1 auto; margin: 0; }
.bk-app :is(.bk-resource-form, .bk-relation-form) .bk-error:empty,
.bk-app .bk-relation-form .bk-muted:empty { min-height: 0; height: 0; margin: 0; }
.bk-app .bk-card-count { margin-inline-start: 8px; min-height: 0; }
.bk-app .bk-card-next + .bk-card-count { flex: 1 0 auto; }
/* read by a screen reader, not shown (the new-resource form's heading) */
.bk-app .bk-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important;
  min-height: 0 !important; overflow: hidden; clip-path: inset(50%); white-space: nowrap; margin: 0;
  padding: 0; }
.bk-app .bk-muted { color: #555; }
/* the plan's two links „Plan öffnen und drucken“ / „… festgehalten … öffnen“, as large as buttons */
.bk-app .bk-printout-button { display: inline-flex; align-items: center; justify-content: center;
  min-height: 48px; margin: 6px 8px 6px 0; padding: 8px 16px; font-size: 17px; font-weight: 600;
  border: 2px solid #1f5fbf; border-radius: 6px; color: #1f5fbf; background: #ffffff;
  text-decoration: none; }
.bk-app .bk-printout-button:hover { background: #eaf1fb; }
.bk-app .bk-printout-button:focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
.bk-app .bk-partner { border: 1px solid #dde; border-radius: 10px; padding: 6px 10px; margin: 4px 0; }
.bk-app .bk-notice { background: #f6f1e7; border-radius: 10px; padding: 8px 12px; }
.bk-app .bk-transparency li { margin: 3px 0; }
.bk-app .bk-transparency .bk-says { display: block; }
.bk-app .tr, .bk-app .bk-tr { display: block; color: #2d4a63; font-weight: normal; }
.bk-app .tr[dir="rtl"], .bk-app .bk-tr[dir="rtl"] {
  text-align: right; font-family: "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif; }
/* The translation a little smaller than the German, never under 13 px (the German never under 14):
   at 1280×800 the checkboxes' translations were 11 px (trial of session 14). */
.bk-app .bk-tr { font-size: max(13px, 0.85em); line-height: 1.25; white-space: normal; }
/* the map shown big stands outside the app (mapwidget.js): its buttons' translations likewise */
.bk-map-big-view .bk-tr { display: block; color: #2d4a63; font-weight: normal; font-size: max(13px, 0.85em);
  line-height: 1.25; white-space: normal; }
.bk-map-big-view .bk-tr[dir="rtl"] { text-align: right;
  font-family: "Noto Sans Arabic", "Noto Naskh Arabic", sans-serif; }
.bk-map-big-view button.bk-has-tr { height: auto; line-height: 1.2; flex-direction: column; }
.bk-map-big-view button[aria-pressed="true"] .bk-tr { color: inherit; }
.bk-app .tr { font-size: max(13px, 0.9em); }
.bk-app .widget-checkbox label, .bk-app .widget-checkbox .widget-label-basic { font-size: 16px !important;
  line-height: 1.3; }
/* A tap on a toggle button's translation is a tap on the button: ipywidgets' toggle buttons read the
   chosen option from the element tapped, and a tap on „3 الخطوات“ under „3 Schritte“ chose nothing
   and left every section button unpressed (any language, every toggle row). Other buttons take the
   tap through the usual bubbling and are left as they are. */
.bk-app .widget-toggle-button .bk-tr { pointer-events: none; }
/* On a coloured button (green "Festhalten", a chosen area, a ticked resource) the translation takes the
   button's own light text colour: the dark blue above stood at 1.6:1 on the green (WCAG 1.4.3). */
.bk-app button:is(.mod-success, .mod-primary, .mod-info, .mod-warning, .mod-danger, .bk-chosen) .bk-tr,
.bk-app .bk-tick.mod-active .bk-tr { color: inherit; }
.bk-app button.bk-has-tr {
  height: auto !important; min-height: 48px; padding-top: 3px; padding-bottom: 3px; line-height: 1.2; }
/* A button drawn as a flex box put the translation beside its German on one line („Schritt
   festhaltenAdımı kaydet“, trial of session 14): German above, translation below, in every button. */
.bk-app button.bk-has-tr { flex-direction: column; justify-content: center; }
.bk-app button.bk-has-tr > .bk-tr { flex: none; max-width: 100%; }
.bk-app .lm-TabBar-tab.bk-has-tr, .bk-app .lm-TabBar-tabLabel.bk-has-tr { height: auto; line-height: 1.2; }
/* a tab with its translation under it: narrower sides, so that in Russian and Ukrainian the map's buttons
   keep their place in the tabs' row at 1280×800 (under it they cost the map 20 px of height) */
.bk-app .lm-TabBar-tab.bk-has-tr { padding-left: 10px; padding-right: 10px; }
/* A tab's German and its translation as two lines of text (the tab's 46 px line height is for one
   line: with it, two took 65 px and the map below lost the 10 px; issue 11). Still 48 px and more
   for the finger, and as high as the map's buttons docked beside the tabs (54 px). */
.bk-app .lm-TabBar-tab .lm-TabBar-tabLabel.bk-has-tr { line-height: 1.25 !important; padding: 5px 0; }
/* labels are flex boxes: the German and its translation one under the other, the whole width */
.bk-app .bk-has-tr:not(button) {
  flex-direction: column; align-items: stretch; white-space: normal; height: auto; line-height: 1.3; }
.bk-app .bk-has-tr:not(button) > .bk-tr { align-self: stretch; }
.bk-app .lm-TabBar-content:has(.bk-tr) { min-height: 52px; }
/* Tabs as high as a finger (44 px at least, WCAG 2.5.5); ipywidgets draws them 25 px high. */
.bk-app { --jp-widgets-horizontal-tab-height: 46px; }
/* Boxes never scroll by themselves: the page scrolls, and a few pixels of margin must not turn a
   panel into a scroll area of its own. */
.bk-app, .bk-app .widget-box { overflow: visible !important; }
/* Nothing is wider than the window (WCAG 1.4.10): boxes may shrink below their content's width, and
   the widest parts (case buttons, fields, tabs) give way. */
.bk-app, .bk-app .widget-box, .bk-app .widget-box > *, .bk-app .lm-TabBar-content,
.bk-app .widget-tab-contents { min-width: 0 !important; max-width: 100%; }
.bk-app .lm-TabBar-content { flex-wrap: wrap; }
/* A full-width widget keeps its 2 px margins inside the width it has. */
.bk-app .widget-inline-hbox { max-width: calc(100% - 2 * var(--jp-widgets-margin, 2px)); }
.bk-app .widget-tab > .lm-TabBar { height: auto !important; }
.bk-app select { min-width: 8em; }
/* The map stays in sight while the page scrolls the form beside it. */
.bk-app .bk-map-view, .bk-app .bk-goals-row { align-items: flex-start; }
.bk-app .bk-map-view > .bk-map-box, .bk-app .bk-goals-row > .bk-map-box { position: sticky; top: 0;
  flex: 1 1 0 !important; }
/* Reflow (WCAG 1.4.10): in a narrow window or at 200 % zoom the panel goes under the map and
   rows of fields and buttons wrap; nothing needs a sideways scroll. */
.bk-app .widget-hbox { flex-wrap: wrap; }
.bk-app .bk-header .widget-hbox { row-gap: 4px; }
/* The head keeps one height whatever its buttons and status say (session 16b): „↶ Rückgängig“ and
   „↷ Wiederholen“ are always there (greyed when there is nothing to do), the top row (title | the
   eLb's language and the buttons) stands on one line at 1280×800, and the status has its own line
   across the whole width under it (app.py). The head's buttons and the language's name are 16 px
   (their translations under them 13.6 px), still 44 px high for a finger. */
.bk-app .bk-header { gap: 0 12px; margin-bottom: 0; }
.bk-app .bk-header > .bk-status-row { flex: 1 0 100%; }
.bk-app .bk-header .bk-status, .bk-app .bk-header .bk-status .widget-html-content { line-height: 1.1; }
.bk-app .bk-header .bk-title-row { column-gap: 12px; }
.bk-app .bk-case-buttons { column-gap: 6px; }
.bk-app .bk-case-buttons > *, .bk-app .bk-case-buttons .widget-dropdown { margin-block: 0; }
.bk-app .bk-case-buttons button { font-size: 16px !important; min-height: 44px; margin: 0;
  padding-inline: 10px; }
.bk-app .bk-case-buttons .bk-field-label, .bk-app .bk-case-buttons select { font-size: 16px !important; }
/* „Hilfe in einer Krise“ with its translation on one line under it: wrapped (Russian: „Помощь в
   кризисной ситуации“), it ran over the status line below the title's row. */
.bk-app .bk-header:has(.bk-tr) .bk-crisis-help { max-width: none; margin-block: 0; padding-block: 3px; }
.bk-app .bk-header .bk-crisis-help .bk-tr { white-space: nowrap; font-size: 13px; }
/* With a language the title's row holds „Hilfe in einer Krise“ and the title with their translations
   beside the buttons at 1280×800 (in Russian and Turkish the title wrapped onto a third line). */
.bk-app .bk-header:has(.bk-tr) .bk-title, .bk-app .bk-header:has(.bk-tr) .bk-title .widget-label {
  font-size: 20px !important; }
.bk-app .bk-header .bk-title .bk-tr { font-size: 15px; }
@media (max-width: 1000px) {
  .bk-app .bk-map-view, .bk-app .bk-goals-row { flex-direction: column; align-items: stretch; }
  .bk-app .bk-side { width: 100% !important; border-left: 0; padding-left: 0; }
  .bk-app .bk-map-view > .bk-map-box, .bk-app .bk-goals-row > .bk-map-box { position: static; }
}
.bk-app .jupyter-button { max-width: 100%; }
.bk-app .jupyter-button { white-space: normal; height: auto; }
/* Contrast at least 4.5:1 (WCAG 1.4.3): JupyterLab's grey tab titles and green/orange buttons are
   lighter than that. */
.bk-app .lm-TabBar-tab, .bk-app .p-TabBar-tab { color: #222 !important; }
.bk-app .lm-TabBar-tab:not(.lm-mod-current) { background: #e6e9ef; }
.bk-app .jupyter-button.mod-success { background-color: #1d6b2e; color: #fff; }
.bk-app .jupyter-button.mod-warning { background-color: #8a4b00; color: #fff; }
.bk-app .jupyter-button.mod-primary { background-color: #0b4f8a; color: #fff; }
.bk-app .jupyter-button.mod-info { background-color: #00677a; color: #fff; }
.bk-app .jupyter-button.mod-danger { background-color: #a3231a; color: #fff; }
.bk-app input::placeholder, .bk-app textarea::placeholder { color: #666; opacity: 1; }
.bk-app .bk-disclosure::before { content: "▸ "; }
.bk-app .bk-disclosure.mod-active::before { content: "▾ "; }
/* Keyboard: where the focus is must always be visible (WCAG 2.4.7), also on the tabs. */
.bk-app :focus-visible, .bk-app .jupyter-button:focus-visible, .bk-app input:focus-visible,
.bk-app textarea:focus-visible, .bk-app select:focus-visible, .bk-app .lm-TabBar-tab:focus-visible {
  outline: 3px solid #0b4fa8 !important; outline-offset: 2px !important;
  box-shadow: 0 0 0 5px #ffffff !important; }
.bk-app .widget-checkbox input[type=checkbox]:focus-visible { outline-offset: 3px !important; }
/* A date field keeps its focus in its day, month and year parts: ring the whole field. */
.bk-app input[type=date]:focus, .bk-app input[type=date]:focus-within {
  outline: 3px solid #0b4fa8 !important; outline-offset: 2px !important; }
</style>
"""
