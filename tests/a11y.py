"""Accessibility checks for browser tests: axe-core, tap-target sizes, reflow, inner scroll areas.

axe-core comes inside the ``axe-playwright-python`` package (no download) and runs in the page.
The other checks measure what axe does not: WCAG 2.5.5 target size (44×44 CSS px, as the issue asks),
1.4.10 reflow (no sideways scrolling at 200 % zoom) and "no scroll area inside the scrolling page".

>>> blocking([{"id": "x", "impact": "moderate", "nodes": []}])
[]
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "MIN_TARGET_PX",
    "axe_violations",
    "blocking",
    "describe",
    "focus_ring",
    "inner_scroll_areas",
    "small_targets",
    "wider_than_window",
]

#: Least width and height of anything a person taps (WCAG 2.5.5; Apple and Android say the same).
MIN_TARGET_PX = 44
#: axe impacts that fail a page; "moderate" and "minor" are reported, not failed.
BLOCKING = ("serious", "critical")


def axe_violations(page: Any, context: Any = None) -> list[dict[str, Any]]:
    """All axe-core violations on ``page`` (WCAG 2.0/2.1 A and AA rules and axe's best practices)."""
    from axe_playwright_python.sync_playwright import Axe

    options = {"resultTypes": ["violations"]}
    result = Axe().run(page, context=context, options=options)
    return list(result.response["violations"])


def blocking(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The violations that count: serious or critical."""
    return [v for v in violations if v.get("impact") in BLOCKING]


def describe(violations: list[dict[str, Any]]) -> str:
    """One readable block per violation: rule, impact, help, and the first few elements."""
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}, {len(v['nodes'])}×): {v['help']}")
        for node in v["nodes"][:5]:
            summary = " | ".join(str(node.get("failureSummary", "")).split("\n")[1:3])
            lines.append(f"    {node['target']} {node.get('html', '')[:120]} → {summary}")
    return "\n".join(lines)


# Everything a person can tap or click; a checkbox is measured with its label (the label is tappable).
_TARGETS_JS = """
(root) => {
  const scope = document.querySelector(root) || document.body;
  const sel = 'button, [role=button], [role=tab], a[href], input, select, textarea, [tabindex="0"]';
  const out = [];
  for (let el of scope.querySelectorAll(sel)) {
    if (el.disabled || el.closest('[hidden], .bk-map-canvas')) continue;
    if (el.matches('input[type=checkbox], input[type=radio]')) el = el.closest('label') || el;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
    const name = (el.innerText || el.value || el.getAttribute('aria-label') || el.tagName).trim();
    out.push({name: name.slice(0, 60), cls: String(el.className).slice(0, 80),
              width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10});
  }
  return out;
}
"""


def small_targets(page: Any, root: str = "body", minimum: float = MIN_TARGET_PX) -> list[dict[str, Any]]:
    """Visible tap targets under ``root`` narrower or lower than ``minimum`` CSS pixels."""
    found = page.evaluate(_TARGETS_JS, root)
    return [t for t in found if t["width"] < minimum - 0.5 or t["height"] < minimum - 0.5]


_SCROLLERS_JS = """
() => {
  const scrolls = (el) => {
    const s = getComputedStyle(el);
    const y = /(auto|scroll)/.test(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
    const x = /(auto|scroll)/.test(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
    return x || y;
  };
  const all = [...document.querySelectorAll('body *')].filter(
    (el) => !el.matches('textarea, select, canvas') && el.getClientRects().length && scrolls(el));
  return all.filter((el) => all.some((outer) => outer !== el && outer.contains(el)))
            .map((el) => ({cls: String(el.className).slice(0, 100), height: el.clientHeight,
                           content: el.scrollHeight, width: el.clientWidth, contentWidth: el.scrollWidth}));
}
"""


def inner_scroll_areas(page: Any) -> list[dict[str, Any]]:
    """Elements that scroll by themselves inside another scrolling element (the page)."""
    return list(page.evaluate(_SCROLLERS_JS))


_WIDE_JS = """
() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  const scrollers = [document.scrollingElement, ...document.querySelectorAll('body *')].filter((el) => {
    const s = getComputedStyle(el);
    return el === document.scrollingElement || /(auto|scroll)/.test(s.overflowX);
  });
  for (const el of scrollers) {
    if (el.closest && el.closest('.bk-map-canvas')) continue;
    if (el.scrollWidth > el.clientWidth + 1)
      out.push({what: 'scrolls sideways', cls: String(el.className).slice(0, 100),
                width: el.clientWidth, content: el.scrollWidth});
  }
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.bk-map-canvas, .vis-network')) continue;
    const r = el.getBoundingClientRect();
    if (r.width && r.right > width + 1 && getComputedStyle(el).visibility !== 'hidden')
      out.push({what: 'beyond the window', cls: String(el.className).slice(0, 100),
                text: (el.innerText || '').slice(0, 40), right: Math.round(r.right)});
  }
  return out.slice(0, 20);
}
"""


def wider_than_window(page: Any) -> list[dict[str, Any]]:
    """What would need a sideways scroll: scrolling boxes wider than they are, elements beyond the
    window's right edge (the map canvas left out: a map may be panned, WCAG 1.4.10's exception)."""
    return list(page.evaluate(_WIDE_JS))


def focus_ring(page: Any) -> dict[str, Any]:
    """The focused element and how its focus is drawn (outline or box shadow)."""
    return dict(
        page.evaluate(
            """() => { const el = document.activeElement; const s = getComputedStyle(el);
                 return {tag: el.tagName, cls: String(el.className).slice(0, 80),
                         text: (el.innerText || el.value || el.getAttribute('aria-label') || '').slice(0, 60),
                         outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
                         shadow: s.boxShadow !== 'none'}; }"""
        )
    )
