"""The session app in every offered language (real Voilà, Debian chromium): chosen together in the
header, saved at once, and every text the eLb reads then carries its translation below the German,
in an element with the right ``lang`` and ``dir`` — typed text stays as typed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import pytest

from beratungskit.messages import LANGUAGES, RTL_LANGUAGES, SOURCE_LANGUAGE, t, tr
from beratungskit.store import CaseStore
from beratungskit.ui.bilingual import translate_text

pytestmark = [pytest.mark.browser, pytest.mark.server]

#: Set to a folder to keep screenshots of the Arabic and Ukrainian session (for looking at them).
SHOTS = Path(os.environ.get("BERATUNGSKIT_SHOTS", "")) if os.environ.get("BERATUNGSKIT_SHOTS") else None


def _translated(pg: Any, german: str, lang: str) -> Any:
    """The translation the page put right after the German text ``german``."""
    return pg.locator(
        f"xpath=//text()[normalize-space(.)='{german}']/following-sibling::span[1][@lang='{lang}']"
    )


def test_every_language_in_the_session(page: Any, demo_served: tuple[str, Path]) -> None:
    pg, watch = page
    url, store_dir = demo_served
    pg.set_viewport_size({"width": 1280, "height": 800})
    pg.goto(url, wait_until="load", timeout=90_000)
    pg.wait_for_selector(".bk-case-picker", timeout=90_000)
    pg.click(".bk-open-case:has-text('Mira')")
    pg.wait_for_selector(".bk-map canvas", timeout=60_000)
    assert pg.locator(".bk-tr").count() == 0  # German only until a language is chosen
    assert pg.locator("html").get_attribute("lang") == "de"

    for lang in [code for code in LANGUAGES if code != SOURCE_LANGUAGE]:
        pg.select_option(".bk-language select", index=LANGUAGES.index(lang))  # labels get translated
        changed = t(f"ui_session.language_changed.{lang}")
        pg.wait_for_selector(f".bk-status:has-text('{changed}')", timeout=30_000)
        direction = "rtl" if lang in RTL_LANGUAGES else "ltr"
        button = _translated(pg, t("ui_session.add"), lang)
        button.first.wait_for(timeout=20_000)
        assert button.first.inner_text() == tr(lang, "ui_session.add")
        assert button.first.get_attribute("dir") == direction
        for key in ("ui_session.tab_map", "ui_session.tab_transparency", "ui_session.form_new_heading"):
            assert _translated(pg, t(key), lang).count() >= 1, (lang, key)
        card = pg.locator(".bk-card-question").first.inner_text().split("\n")[0]
        assert _translated(pg, card, lang).count() == 1, (lang, card)  # the question card too
        # typed text is never translated: the resource labels in the map list stay German
        assert CaseStore(store_dir).load("demo-mira").language.value == lang
        assert "demo-mira" not in pg.locator(".bk-app").inner_text()
        if lang in ("ar", "uk") and SHOTS is not None:
            pg.screenshot(path=str(SHOTS / f"session_{lang}_1280.png"))
            pg.click(f".lm-TabBar-tab:has-text('{t('ui_session.tab_transparency')}')")
            pg.wait_for_selector(f".bk-transparency .tr[lang='{lang}']", timeout=20_000)
            pg.screenshot(path=str(SHOTS / f"session_{lang}_festhalten_1280.png"))
            pg.click(f".lm-TabBar-tab:has-text('{t('ui_session.tab_map')}')")

    pg.select_option(".bk-language select", index=LANGUAGES.index(SOURCE_LANGUAGE))
    pg.wait_for_function("document.querySelectorAll('.bk-app .bk-tr').length === 0", timeout=20_000)
    assert watch.external == [] and watch.page_errors == []


#: What of the page's head is cut or hidden: the head scrolled above the window, an element whose
#: content is wider than its box where the box clips (scrollWidth > clientWidth), a box outside the
#: window or the head, and the head's two columns over each other.
HEAD_CUT = """() => {
  const head = document.querySelector('.bk-header');
  const hb = head.getBoundingClientRect();
  const found = [];
  if (hb.top < -0.5) found.push(['head above the window', hb.top]);
  for (const el of head.querySelectorAll('*')) {
    const b = el.getBoundingClientRect();
    if (!el.getClientRects().length || !b.width || el.closest('option')) continue;
    const name = (el.className && String(el.className).split(' ').slice(-2).join(' ')) || el.tagName;
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
      found.push(['cut', name, el.scrollWidth, el.clientWidth, el.textContent.slice(0, 60)]);
    if (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth)
      found.push(['ellipsis', name]);
    if (b.left < -0.5 || b.right > innerWidth + 0.5)
      found.push(['outside the window', name, b.left, b.right]);
    if (b.top < hb.top - 0.5 || b.bottom > hb.bottom + 0.5)
      found.push(['outside the head', name, b.top, b.bottom]);
  }
  const left = head.querySelector('.bk-title-block').getBoundingClientRect();
  const right = head.querySelector('.bk-case-column, .bk-case-buttons').getBoundingClientRect();
  const beside = left.right <= right.left + 0.5 || left.bottom <= right.top + 0.5;
  if (!beside) found.push(['columns overlap', left.right, right.left]);
  return found;
}"""


def test_nothing_in_the_head_is_cut_in_any_language(page: Any, demo_served: tuple[str, Path]) -> None:
    """Issue 11: with Türkçe chosen at 1280×800 the status line „Gespeichert ✓ (Stand 2) – …“ was cut
    with „…“ at the page links, and it stood in German only (one text, none of the catalogue's).
    In every language, at 1280×800 and 1920×1080, nothing in the head is cut, hidden, outside the
    window or over something else; each part of the status carries its translation."""
    pg, watch = page
    url, _store_dir = demo_served
    pg.set_viewport_size({"width": 1280, "height": 800})
    pg.goto(url, wait_until="load", timeout=90_000)
    pg.wait_for_selector(".bk-case-picker", timeout=90_000)
    pg.click(".bk-open-case:has-text('Mira')")
    pg.wait_for_selector(".bk-map canvas", timeout=60_000)
    for lang in [code for code in LANGUAGES if code != SOURCE_LANGUAGE]:
        pg.set_viewport_size({"width": 1280, "height": 800})
        pg.select_option(".bk-language select", index=LANGUAGES.index(lang))
        changed = t(f"ui_session.language_changed.{lang}")
        pg.wait_for_selector(f".bk-status:has-text('{changed}')", timeout=30_000)
        if lang == "tr":  # the longest message: what was just saved, with its name
            if pg.locator(".bk-resource-form").is_hidden():
                pg.click(".bk-map-tool-fold")
            pg.fill(".bk-label-input input", "Nachbarin Frau Özdemir aus dem dritten Stock")
            pg.click(".bk-save")
            pg.wait_for_selector(".bk-status:has-text('dritten Stock')", timeout=30_000)
        # both parts of the status, each with its translation under it
        pg.wait_for_function(
            "(lang) => document.querySelectorAll(`.bk-header .bk-status .bk-tr[lang=${lang}]`).length === 2",
            arg=lang,
            timeout=20_000,
        )
        for width, height in ((1280, 800), (1920, 1080)):
            pg.set_viewport_size({"width": width, "height": height})
            pg.wait_for_timeout(400)
            assert pg.evaluate(HEAD_CUT) == [], (lang, width)
            # the question card's heading: its two texts side by side, each with its translation
            parts = pg.locator(".bk-card-title .widget-html-content > span > span")
            if parts.count() and parts.first.is_visible():
                boxes = [parts.nth(i).bounding_box() for i in range(parts.count())]
                assert len(boxes) == 2 and abs(boxes[0]["y"] - boxes[1]["y"]) < 1, (lang, width, boxes)
                assert pg.locator(f".bk-card-title .bk-tr[lang='{lang}']").count() == 2, (lang, width)
            if SHOTS is not None and lang in ("tr", "ar"):
                pg.screenshot(
                    path=str(SHOTS / f"head_{lang}_{width}.png"),
                    clip={"x": 0, "y": 0, "width": width, "height": 200},
                )
    assert watch.page_errors == []


#: For each area heading of the map as a list: (its text, the count's top − the German line's top).
COUNT_PLACES = """() => [...document.querySelectorAll('.bk-list-area-title')].map((h) => {
  const name = h.querySelector('.bk-list-area-name') || h.children[1];  // (the old list: no class)
  const text = [...name.childNodes].find((n) => n.nodeType === 3 && n.textContent.trim());
  // a heading the page is just laying out anew has no text box yet: not in place (the loop looks again)
  if (!text) return [h.innerText, 999, -1];
  const range = document.createRange();
  range.selectNodeContents(text);
  const first = range.getClientRects()[0];
  if (!first) return [h.innerText, 999, -1];
  const counted = h.querySelector('.bk-list-count');
  if (!counted) return [h.innerText, 999, -1];
  const count = counted.getBoundingClientRect();
  return [h.innerText.replace(/\\n/g, ' | '), count.top - first.top, name.querySelectorAll('.bk-tr').length];
})"""


def test_the_list_s_counts_stay_with_their_headings(page: Any, demo_served: tuple[str, Path]) -> None:
    """Issue 11: in the map as a list („Als Liste“) with Türkçe chosen, an area's count „(4)“ stood
    alone on a line under the heading's translation. It stays on the German heading's line, the
    translation under the heading, in Turkish and Arabic at both screen sizes."""
    pg, watch = page
    url, _store_dir = demo_served
    pg.goto(url, wait_until="load", timeout=90_000)
    pg.wait_for_selector(".bk-case-picker", timeout=90_000)
    pg.click(".bk-open-case:has-text('Mira')")
    pg.wait_for_selector(".bk-map canvas", timeout=60_000)
    for lang in ("tr", "ar"):
        pg.set_viewport_size({"width": 1280, "height": 800})
        pg.select_option(".bk-language select", index=LANGUAGES.index(lang))
        changed = t(f"ui_session.language_changed.{lang}")
        pg.wait_for_selector(f".bk-status:has-text('{changed}')", timeout=30_000)
        pg.click(".bk-map-tool-view-list:visible")  # „Als Liste“
        pg.wait_for_function(
            "(lang) => document.querySelectorAll(`.bk-list-area-title .bk-tr[lang=${lang}]`).length === 4",
            arg=lang,
            timeout=20_000,
        )
        for width, height in ((1280, 800), (1920, 1080)):
            pg.set_viewport_size({"width": width, "height": height})
            for _ in range(40):  # the page laid out anew for the new size (a loaded machine takes a while)
                pg.wait_for_timeout(300)
                places = pg.evaluate(COUNT_PLACES)
                if all(translations == 1 and abs(offset) < 4 for _text, offset, translations in places):
                    break
            for text, offset, translations in places:
                assert translations == 1 and abs(offset) < 4, (lang, width, text, offset)
            if SHOTS is not None:
                pg.screenshot(path=str(SHOTS / f"list_{lang}_{width}.png"))
        pg.click(".widget-toggle-buttons.bk-view-mode button:nth-child(1)")  # back to „Karte“
        pg.wait_for_selector(".bk-map-tool-view-list", state="visible", timeout=20_000)
    assert watch.page_errors == []


def _mira_in(pg: Any, url: str, lang: str) -> None:
    """The demo case „Mira K.“ open at 1280×800 with ``lang`` chosen (once the status says so; German:
    none chosen)."""
    from tests.servers import open_named_case

    pg.set_viewport_size({"width": 1280, "height": 800})
    open_named_case(pg, url, "Mira")
    if lang == SOURCE_LANGUAGE:  # German alone, as the case was saved
        return
    pg.select_option(".bk-language select", index=LANGUAGES.index(lang))
    changed = t(f"ui_session.language_changed.{lang}")
    pg.wait_for_selector(f".bk-status:has-text('{changed}')", timeout=30_000)


#: The page's head's height and the shown map canvas's width and height (CSS px).
HEAD_AND_MAP = """() => {
  const canvas = [...document.querySelectorAll('.bk-map-canvas')].find((c) => c.offsetParent);
  return [document.querySelector('.bk-header').getBoundingClientRect().height,
          canvas.clientWidth, canvas.clientHeight];
}"""


HEAD_TOP = "() => document.querySelector('.bk-header').getBoundingClientRect().top"


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_the_head_and_the_map_keep_their_size_when_undo_and_redo_become_usable(
    page: Any, demo_served: tuple[str, Path], lang: str
) -> None:
    """Session 16b: at 1280×800 the button „↷ Wiederholen“ appeared after an undo, the head's title row
    wrapped and the long status „Rückgängig gemacht: …“ with it: the head grew by 43 px in German
    (49 in Arabic) and the map moved down. An eLb loses what they were looking at. Before any edit,
    with „Rückgängig“ usable and with „Wiederholen“ usable the head and the map canvas keep one size,
    and the page does not move (after „Festhalten“ in Arabic it scrolled 4 px, the map grew 4 px)."""
    pg, watch = page
    url, store_dir = demo_served
    _mira_in(pg, url, lang)
    pg.wait_for_selector(".bk-map canvas", timeout=60_000)
    revision = CaseStore(store_dir).load("demo-mira").revision
    sizes = {}

    def measure(when: str) -> None:
        pg.wait_for_timeout(1500)  # the browser reported the map's size, the map is laid out
        if pg.locator(".bk-resource-form").is_visible():  # the same view each time: the map alone
            pg.click(".bk-map-tool-fold")  # (in Arabic the form folds away after „Festhalten“)
            pg.wait_for_selector(".bk-resource-form", state="hidden", timeout=20_000)
            pg.wait_for_timeout(1500)
        sizes[when] = pg.evaluate(HEAD_AND_MAP)
        assert pg.evaluate(HEAD_TOP) == pytest.approx(4, abs=0.5), (lang, when)  # the page not scrolled
        if SHOTS is not None:
            pg.screenshot(path=str(SHOTS / f"head_steps_{lang}_{when}.png"))

    def saved(step: int) -> None:
        status = f".bk-status:has-text('{t('ui_session.saved', revision=revision + step)}')"
        pg.wait_for_selector(status, timeout=20_000)

    measure("before")
    pg.click(".bk-map-tool-fold")  # the form again, to add a resource
    pg.fill(".bk-label-input input", "Nähmaschine")
    pg.press(".bk-label-input input", "Enter")
    saved(1)
    pg.wait_for_selector(".bk-undo:enabled", timeout=20_000)  # (its message may follow the status's)
    assert pg.locator(".bk-redo").is_disabled()
    measure("added")
    pg.click(".bk-undo")
    saved(2)
    pg.wait_for_selector(".bk-redo:enabled", timeout=20_000)
    measure("undone")
    names = ("head", "canvas width", "canvas height")
    for was, when in (("before", "added"), ("added", "undone"), ("before", "undone")):
        for name, a, b in zip(names, sizes[was], sizes[when], strict=True):
            assert abs(b - a) <= 1, (lang, was, when, name, sizes)
    assert watch.page_errors == []


def test_a_tap_on_a_translation_is_a_tap_on_its_button(page: Any, demo_served: tuple[str, Path]) -> None:
    """Walk of issue 11 in Arabic: in „Wille & Ziele“ a tap on „3 الخطوات“, the translation under
    „3 Schritte“, chose nothing and left every section button unpressed (ipywidgets reads the chosen
    option from the element tapped: the translation has none). The translation lets the tap through
    to its button. The will stands once: no „«…»“ copy of the eLb's words under it."""
    from tests.servers import show_goal_work

    pg, watch = page
    url, _store_dir = demo_served
    _mira_in(pg, url, "ar")
    pg.click(f".lm-TabBar-tab:has-text('{t('ui_session.tab_will_placeholder')}')")
    show_goal_work(pg)
    will = "Ich will wieder in einer Bäckerei arbeiten"
    pg.wait_for_selector(f".bk-section-body :text('{will}')", timeout=20_000)
    pressed = (
        "() => [...document.querySelectorAll('.bk-sections button')]"
        ".map(b => b.classList.contains('mod-active'))"
    )
    for n in (2, 1):
        said = pg.locator(".bk-sections button").nth(n).locator(".bk-tr[lang='ar']")
        said.wait_for(timeout=20_000)
        box = said.bounding_box()
        pg.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        pg.wait_for_function(f"() => ({pressed})()[{n}] === true", timeout=20_000)
        assert pg.evaluate(pressed) == [i == n for i in range(5)]
    pg.locator(".bk-sections button").nth(0).click()
    pg.wait_for_selector(f".bk-section-body :text('{will}')", timeout=20_000)
    pg.wait_for_timeout(500)  # the layer has had its turn
    assert pg.locator(".bk-section-body").inner_text().count(will) == 1
    assert watch.page_errors == []


def test_a_placeholder_follows_each_change_of_language(page: Any, demo_served: tuple[str, Path]) -> None:
    """Walk of issue 11: after Arabic, then Turkish and Ukrainian, the name field's example still read
    „Zum Beispiel: … · مثلًا: …“ (the first language's translation stayed in every placeholder, and
    stayed after going back to German). Each language now starts again from the German."""
    from tests.servers import open_named_case

    pg, watch = page
    url, _store_dir = demo_served
    pg.set_viewport_size({"width": 1280, "height": 800})
    open_named_case(pg, url, "Mira")
    field = pg.locator(".bk-label-input input")
    german = field.get_attribute("placeholder")
    assert german and " · " not in german
    for lang in ("ar", "tr", "uk", SOURCE_LANGUAGE):
        pg.select_option(".bk-language select", index=LANGUAGES.index(lang))
        pg.wait_for_selector(
            f".bk-status:has-text('{t(f'ui_session.language_changed.{lang}')}')", timeout=30_000
        )
        other = translate_text(german, lang)
        if lang in RTL_LANGUAGES:  # an Arabic translation as a bidi isolate beside the German
            other = f"\u2068{other}\u2069"
        expected = german if lang == SOURCE_LANGUAGE else f"{german} · {other}"
        pg.wait_for_function(
            "([sel, want]) => document.querySelector(sel).getAttribute('placeholder') === want",
            arg=[".bk-label-input input", expected],
            timeout=20_000,
        )
    assert watch.page_errors == []


def test_a_dropdown_s_choose_line_is_translated(page: Any, demo_served: tuple[str, Path]) -> None:
    """Walk of issue 11 (tr, ar): the goal picker's first line „– bitte wählen –“ stood in German only:
    ipywidgets writes options with no-break spaces, and the layer looked for the catalogue's spaces."""
    from tests.servers import show_goal_work

    pg, watch = page
    url, _store_dir = demo_served
    _mira_in(pg, url, "tr")
    pg.click(f".lm-TabBar-tab:has-text('{t('ui_session.tab_will_placeholder')}')")
    show_goal_work(pg)
    pg.locator(".bk-sections button").nth(1).click()
    first = pg.locator(".bk-section-body select").first.locator("option").first
    first.wait_for(state="attached", timeout=20_000)
    pg.wait_for_function(
        "(want) => [...document.querySelectorAll('.bk-section-body select option')]"
        ".some(o => o.textContent.replace(/\\u00a0/g, ' ').endsWith(want))",
        arg=" · " + tr("tr", "ui_goals.goal_pick_none"),
        timeout=20_000,
    )
    assert watch.page_errors == []


#: The eLb's parts of the page: the app, and the map when it is shown big (it then stands outside the
#: app, at the page's top level). The links to the other pages at the foot are the IFK's.
ELB_PARTS = "[document.querySelector('.bk-app'), ...document.querySelectorAll('.bk-map-big-view')]"

#: Every visible German text of the eLb's parts without its translation beside it: text nodes with
#: words (not inside a translation, not only what people typed: ``typed``), each of which must be
#: followed by the layer's ``.bk-tr`` or stand in a server-printed ``.de`` with its ``.tr``; the
#: visible lists' options and the fields' examples („Zum Beispiel: …“) with their „ · “ translation.
GERMAN_ONLY = (
    """(typed) => {
  const plain = (s) => s.replace(/[\\u00a0\\u2007\\u202f]/g, ' ').trim();
  const pieces = typed.map(plain).filter(Boolean).sort((a, b) => b.length - a.length);
  const words = (s) => /\\p{L}{2,}/u.test(s);
  const onlyTyped = (text) => { let rest = text; for (const p of pieces) rest = rest.split(p).join(' ');
                                return !words(rest); };
  const shown = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && !el.closest('.bk-visually-hidden'); };
  const found = [];
  for (const part of """
    + ELB_PARTS
    + """) {
    if (!part) continue;
    const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = plain(n.textContent);
      const p = n.parentElement;
      if (!words(text) || !p || ['SCRIPT', 'STYLE', 'TEXTAREA', 'OPTION'].includes(p.tagName)) continue;
      if (p.closest('.bk-tr, .tr, .bk-page-links') || !shown(p) || onlyTyped(text)) continue;
      const next = n.nextSibling;
      if (next && next.nodeType === 1 && next.classList.contains('bk-tr')) continue;
      const de = p.closest('.de');
      if (de && de.parentElement && de.parentElement.querySelector(':scope > .tr')) continue;
      found.push(text.slice(0, 90));
    }
    for (const select of part.querySelectorAll('select')) {
      if (!shown(select) || select.closest('.bk-language')) continue;  // the languages' own names
      for (const o of select.options) {
        const text = plain(o.textContent);
        if (words(text) && !onlyTyped(text) && !o.dataset.bkDe) found.push('option: ' + text.slice(0, 80));
      }
    }
    for (const field of part.querySelectorAll('input[placeholder], textarea[placeholder]')) {
      const text = plain(field.getAttribute('placeholder'));
      if (shown(field) && words(text) && !text.includes(' · '))
        found.push('placeholder: ' + text.slice(0, 80));
    }
  }
  return found;
}"""
)

#: Each button's and tab's German and its translation on lines of their own (the translation's top at
#: or below the German's bottom), each option's German and translation joined by „ · “, an Arabic or
#: Persian translation with its direction; and the sizes: every translation at least 13 px, every
#: German text with a translation at least 14 px.
SEPARATE_AND_SIZES = (
    """(lang) => {
  const rtl = ['ar', 'fa'].includes(lang);
  const found = [];
  const size = (el) => parseFloat(getComputedStyle(el).fontSize);
  for (const part of """
    + ELB_PARTS
    + """) {
    if (!part) continue;
    for (const tr of part.querySelectorAll('.bk-tr, .tr')) {
      const r = tr.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      const german = tr.classList.contains('tr') ? tr.parentElement.querySelector(':scope > .de')
                                                  : tr.previousSibling;
      if (!german) continue;
      const range = document.createRange();
      range.selectNodeContents(german);
      const lines = [...range.getClientRects()].filter((b) => b.width > 0);
      if (!lines.length) continue;
      const label = (german.textContent || '').trim().slice(0, 50);
      if (size(tr) < 13) found.push(['translation under 13 px', label, size(tr)]);
      const host = german.nodeType === 3 ? german.parentElement : german;
      if (size(host) < 14) found.push(['German under 14 px', label, size(host)]);
      if (tr.getAttribute('lang') !== lang || tr.getAttribute('dir') !== (rtl ? 'rtl' : 'ltr'))
        found.push(['lang or dir', label, tr.getAttribute('lang'), tr.getAttribute('dir')]);
      if (tr.closest('button, .lm-TabBar-tab')) {
        const bottom = Math.max(...lines.map((b) => b.bottom));
        if (r.top < bottom - 1) found.push(['German and translation on one line', label, tr.textContent]);
      }
    }
    for (const o of part.querySelectorAll('option[data-bk-de]')) {
      const rest = o.textContent.slice(o.dataset.bkDe.length);
      if (!rest.startsWith(' · ')) found.push(['option without „ · “', o.textContent]);
      if (rtl && !(rest.startsWith(' · \\u2068') && rest.endsWith('\\u2069')))
        found.push(['option without an isolate', o.textContent]);
    }
  }
  return found;
}"""
)


def _look_at_everything(pg: Any, lang: str, typed: list[str], where: str, width: int = 1280) -> None:
    """Nothing German only, buttons' two languages apart, sizes kept — in the eLb's parts now shown.
    Looked at until it holds or for 20 s: a click's answer from the kernel, and the translation layer's
    frame after it, come later on a loaded machine (a fresh clone's whole suite: once the whole page
    was German 0.7 s after the language was chosen, and right a moment later)."""
    deadline = time.monotonic() + 20
    while True:
        pg.wait_for_timeout(700)  # the layer has had its frame
        german, apart = pg.evaluate(GERMAN_ONLY, typed), pg.evaluate(SEPARATE_AND_SIZES, lang)
        if (german == [] and apart == []) or time.monotonic() > deadline:
            break
    assert german == [], (lang, where)
    assert apart == [], (lang, where)
    if SHOTS is not None:
        pg.screenshot(path=str(SHOTS / f"walk_{lang}_{where}_{width}.png"))


@pytest.mark.parametrize("lang", ["tr", "ar"])
def test_the_elb_reads_everything_in_their_language(
    page: Any, demo_served: tuple[str, Path], lang: str
) -> None:
    """Trial of session 14 (a new user, Türkçe, 1280×800): the beginnings of the step drafts, the
    „Angebote“ cards, the crisis panel's local services, the IFK's note's label and hint, the scaling
    question before the eLb's answer, „… ist jetzt mittel nah“, „Notiz der Fachkraft gespeichert“,
    the owner „Jobcenter“, „5 Plan“ and the big map's „✕ Karte klein“ stood in German only;
    „Schritt festhalten“ and „Ganze Karte zeigen“ ran into their translation on one line; the
    checkboxes' translation was 11 px. A walk through every part of the session in Turkish and Arabic
    finds no German text without its translation, every button's two languages apart and every
    translation at least 13 px (the German at least 14)."""
    from beratungskit.ui.bilingual import typed_texts
    from tests.servers import show_goal_work

    pg, watch = page
    url, store_dir = demo_served
    _mira_in(pg, url, lang)
    typed = typed_texts(CaseStore(store_dir).load("demo-mira"))  # the directory's own texts are ours
    _look_at_everything(pg, lang, typed, "map")
    for n, where in ((2, "connect"), (3, "offers")):  # „Verbinden“, „Angebote“ beside the map
        pg.locator(".bk-side .widget-toggle-buttons button").nth(n - 1).click()
        _look_at_everything(pg, lang, typed, where)
    pg.click(".bk-crisis-help")
    pg.wait_for_selector(".bk-crisis-service .bk-tr", timeout=20_000)
    _look_at_everything(pg, lang, typed, "crisis")
    pg.click(".bk-crisis-help")
    # a step further out in the list: the status says where it is now, in both languages
    pg.click(".bk-map-tool-view-list:visible")
    pg.locator(".bk-list-item .bk-list-further").first.click()
    pg.wait_for_selector(".bk-status .bk-tr:has-text('(')", timeout=20_000)
    _look_at_everything(pg, lang, typed, "list")
    status = pg.locator(".bk-header .bk-status .bk-tr").last.inner_text()
    assert not any(t(f"render_map.closeness.{n}") in status for n in (1, 2, 3)), status
    pg.click(".widget-toggle-buttons.bk-view-mode button:nth-child(1)")
    pg.click(".bk-map-big:visible")
    pg.wait_for_selector(".bk-map-big-view .bk-map-big .bk-tr", timeout=20_000)
    _look_at_everything(pg, lang, typed, "big")
    pg.keyboard.press("Escape")
    pg.wait_for_selector(".bk-map-big-view", state="detached", timeout=20_000)
    # „Was wir festhalten“ with the IFK's note, saved
    pg.click(f".lm-TabBar-tab:has-text('{t('ui_session.tab_transparency')}')")
    pg.wait_for_selector(".bk-ifk-note-save", timeout=20_000)
    _look_at_everything(pg, lang, typed, "festhalten")
    pg.fill(".bk-ifk-note textarea", "Bringt das Gesundheitszeugnis mit.")
    pg.click(".bk-ifk-note-save")
    pg.wait_for_selector(f".bk-status:has-text('{t('ui_goals.ifk_note_saved')}')", timeout=20_000)
    _look_at_everything(pg, lang, [*typed, "Bringt das Gesundheitszeugnis mit."], "note_saved")
    # „Wille & Ziele“: every section, a goal chosen (its scaling question), its steps and drafts
    pg.click(f".lm-TabBar-tab:has-text('{t('ui_session.tab_will_placeholder')}')")
    show_goal_work(pg)
    for n in range(5):
        pg.locator(".bk-sections button").nth(n).click()
        picker = pg.locator(".bk-section-body select").first
        if n in (1, 2) and picker.is_visible():
            picker.select_option(index=1)
            pg.wait_for_timeout(1000)
        if n == 2:
            pg.wait_for_selector(".bk-draft-text .bk-tr", timeout=20_000)
        _look_at_everything(pg, lang, typed, f"section{n + 1}")
    pg.click(f".lm-TabBar-tab:has-text('{t('ui_conference.history_tab')}')")
    _look_at_everything(pg, lang, typed, "changes")
    assert watch.page_errors == []


def _sizes_once_readable(pg: Any, least: float, seconds: float = 20.0) -> dict[str, float]:
    """The map's text sizes (``TEXTS``) once none is below ``least``, or as they are after ``seconds``.
    The fold of the form comes when the browser has reported the canvas and the kernel has answered;
    under load (a fresh install, the whole suite) that can be after the map first settled, and the
    sizes read at once were the ones before the fold (this session's CI: 12.88 px, once in two runs)."""
    from tests.test_browser_map_text_sizes import TEXTS

    waited = 0.0
    while True:
        sizes: dict[str, float] = pg.evaluate(TEXTS)
        if waited >= seconds or all(v >= least - 0.05 for v in sizes.values()):
            return sizes
        pg.wait_for_timeout(500)
        waited += 0.5


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_a_language_chosen_in_the_session_leaves_the_map_readable(
    page: Any, demo_served: tuple[str, Path], lang: str
) -> None:
    """Session 17 walk: Russian chosen for the demo case at 1280×800, its tab names are long, the
    map's button row no longer fits beside the tabs and stands under the map: the map beside the form
    showed its labels at 12.6 px (aim 14), and so did the case opened again. The form now folds away
    where the canvas the browser reports is too small beside it (one tap brings it back)."""
    from beratungskit.demo import demo_case
    from beratungskit.ui.mapwidget import readable_px
    from tests.test_browser_map import settled

    pg, watch = page
    url, _store_dir = demo_served
    least = readable_px(len(demo_case().resources))
    _mira_in(pg, url, lang)
    settled(pg)
    chosen = _sizes_once_readable(pg, least)
    pg.click("button:has-text('Anderen Fall öffnen')")
    pg.click(".bk-open-case:has-text('Mira')")  # opened again, in the language now saved
    pg.wait_for_selector(".bk-map canvas", timeout=60_000)
    settled(pg)
    opened = _sizes_once_readable(pg, least)
    small = {
        when: {k: round(v, 2) for k, v in sizes.items() if v < least - 0.05}
        for when, sizes in (("chosen", chosen), ("opened", opened))
    }
    assert small == {"chosen": {}, "opened": {}}, small
    assert watch.page_errors == []
    # German alone again for the tests after this one
    pg.select_option(".bk-language select", index=LANGUAGES.index(SOURCE_LANGUAGE))
    pg.wait_for_selector(f".bk-status:has-text('{t('ui_session.language_changed.de')}')", timeout=30_000)
