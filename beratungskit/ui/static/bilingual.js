// The eLb's language beside the German in the session app (beratungskit/ui/bilingual.py).
// Watches the app's part of the page and, after every German text of the catalogue, adds
// <span class="bk-tr" lang=… dir=…>translation</span>. Typed text (input values) is never touched,
// and what people typed (the model's "typed": labels, notes, wills …) is never read as the frame of a
// pattern: „{a} hilft {b}“ must not turn the note „Mein Bruder hilft mir beim Umzug“ into Turkish.

const SKIP = new Set(["SCRIPT", "STYLE", "TEXTAREA", "INPUT", "SELECT", "OPTION", "CODE"]);

const WORD = /[\p{L}\p{N}]/u;

// No-break spaces read as plain ones (mirrors plain_spaces in ui/bilingual.py): ipywidgets shows
// every space of a list's option as U+00A0, and the catalogue's keys have plain spaces.
const KEEP_TOGETHER = /[\u00a0\u2007\u202f]/g;
const plainSpaces = (text) => String(text).replace(KEEP_TOGETHER, " ");

// Where a typed text stands in `text` as whole words: [start, end) pairs.
function occurrences(text, typed) {
  const out = [];
  for (const piece of typed) {
    if (!piece || piece.length > text.length) continue;
    for (let start = text.indexOf(piece); start !== -1; start = text.indexOf(piece, start + 1)) {
      const end = start + piece.length;
      const before = start > 0 && WORD.test(text[start - 1]) && WORD.test(piece[0]);
      const after = end < text.length && WORD.test(text[end]) && WORD.test(piece[piece.length - 1]);
      if (!before && !after) out.push([start, end]);
    }
  }
  return out;
}

// Whether the pattern's own words (outside its values) run into a typed text: then the match read
// typed text as the app's frame. A typed text wholly inside one value, or wholly inside the fixed
// words (the same word by chance), is fine. Mirrors frames_typed_text in ui/bilingual.py.
function framesTyped(match, text, typed) {
  if (!typed.length) return false;
  const fixed = [];
  let pos = 0;
  for (const span of match.indices.slice(1)) {
    if (!span) continue;
    if (span[0] > pos) fixed.push([pos, span[0]]);
    pos = Math.max(pos, span[1]);
  }
  if (pos < text.length) fixed.push([pos, text.length]);
  for (const [start, end] of occurrences(text, typed)) {
    for (const [fStart, fEnd] of fixed) {
      if (start < fEnd && fStart < end && !(fStart <= start && end <= fEnd)) return true;
    }
  }
  return false;
}

// `text` with each typed text (longest first, not overlapping) replaced by one private-use sign, and
// the way back. Mirrors _mask in ui/bilingual.py.
function mask(text, typed) {
  const spans = occurrences(text, typed).sort((x, y) => (y[1] - y[0]) - (x[1] - x[0]) || x[0] - y[0]);
  const chosen = [];
  for (const span of spans) {
    if (chosen.length >= 6000) break;
    if (!chosen.some(([s, e]) => span[0] < e && s < span[1])) chosen.push(span);
  }
  chosen.sort((x, y) => x[0] - y[0]);
  const back = new Map();
  let out = "";
  let pos = 0;
  chosen.forEach(([start, end], i) => {
    const sign = String.fromCharCode(0xe000 + i);
    back.set(sign, text.slice(start, end));
    out += text.slice(pos, start) + sign;
    pos = end;
  });
  out += text.slice(pos);
  const unmask = (value) => Array.from(value, (c) => back.get(c) ?? c).join("");
  return { text: out, unmask };
}

function translator(model) {
  const exact = model.get("exact") || {};
  const typed = (model.get("typed") || []).map(plainSpaces);
  const typedSet = new Set(typed);
  // [pattern, names, translation, bare]: a bare frame (no words of its own, „{question} – „{text}““)
  // is shown only where one of its values is itself one of our texts
  const templated = (model.get("templated") || []).map(([source, names, other, bare]) => {
    try {
      return [new RegExp(source, "d"), names, other, Boolean(bare)];
    } catch (error) {
      return null; // a pattern JavaScript cannot read is skipped, never fatal
    }
  }).filter(Boolean);
  // "★ Persönlich", "› Weiter": a symbol in front is kept, the words after it are looked up
  const PREFIX = /^([^\p{L}\p{N}„“"(]+)(.+)$/u;
  const lookup = (wanted, depth) => {
    if (Object.prototype.hasOwnProperty.call(exact, wanted)) return exact[wanted];
    let masked = null;
    for (const [pattern, names, other, bare] of templated) {
      if (bare && depth) continue;
      const match = pattern.exec(wanted);
      if (!match) continue;
      let values = null;
      if (!framesTyped(match, wanted, typed)) {
        values = match.slice(1);
      } else {
        // the first split ran into typed text ("A hilft B hilft C"): the frame's words are sought
        // again with every typed text held as one sign, which only a value can take
        masked = masked || mask(wanted, typed);
        const again = pattern.exec(masked.text);
        if (again) values = again.slice(1).map(masked.unmask);
      }
      if (!values) continue;
      let result = other;
      const told = [];
      names.forEach((name, i) => {
        // a value that is itself one of our texts („ganz nah“, „Sie (in der Mitte)“) is shown in
        // the eLb's language too; typed text never is. Mirrors _lookup in ui/bilingual.py.
        const inner = depth || typedSet.has(values[i].trim()) ? null : translate(values[i].trim(), 1);
        if (inner !== null) told.push(inner);
        // each value in a bidi isolate (FSI … PDI): a German name keeps its order in Arabic text
        result = result.split("{" + name + "}").join("\u2068" + (inner ?? values[i]) + "\u2069");
      });
      if (bare) {
        if (!told.length) continue;
        // a frame without words: only what it says in the eLb's language, never the eLb's own
        // words again in other quotation marks
        return told.join(" · ");
      }
      return result;
    }
    return null;
  };
  const translate = (wanted, depth) => {
    const found = lookup(wanted, depth);
    if (found !== null) return found;
    const parts = PREFIX.exec(wanted);
    if (parts) {
      const rest = lookup(parts[2], depth);
      if (rest !== null) return parts[1] + rest;
    }
    return null;
  };
  return (text) => {
    const wanted = plainSpaces(text.trim());
    return wanted ? translate(wanted, 0) : null;
  };
}

function span(model, text) {
  const el = document.createElement("span");
  el.className = "bk-tr";
  el.lang = model.get("lang");
  el.dir = model.get("direction");
  el.textContent = text;
  return el;
}

// German and its translation in one line of text (a list's option, a placeholder, a title): a clear
// separator, and an Arabic or Persian translation as a bidi isolate (FSI … PDI), so that it keeps its
// own direction beside the German and never pulls the separator or the German's end into it.
function joined(model, german, other) {
  return german + " · " + (model.get("direction") === "rtl" ? "\u2068" + other + "\u2069" : other);
}

function processText(node, model, translate) {
  const parent = node.parentElement;
  // .de/.tr: parts the server already printed in both languages (render/bilingual.py)
  if (!parent || SKIP.has(parent.tagName) || parent.closest(".bk-tr, .bk-no-tr, .de, .tr")) return;
  const next = node.nextSibling;
  if (next && next.nodeType === 1 && next.classList.contains("bk-tr")) return; // done already
  const other = translate(node.textContent);
  if (other === null || other === node.textContent.trim()) return;
  parent.insertBefore(span(model, other), node.nextSibling);
  parent.classList.add("bk-has-tr");
}

// ipywidgets writes a dropdown's options with no-break spaces („–\u00a0bitte\u00a0wählen\u00a0–“): read
// with the catalogue's spaces they are found, so every "– bitte wählen –" is translated
function translateOption(text, translate) {
  const other = translate(text);
  if (other !== null || !text.includes("\u00a0")) return other;
  return translate(text.replace(/\u00a0/g, " "));
}

function processElement(el, model, translate) {
  if (el.closest && el.closest(".bk-no-tr")) return; // printed in both languages already (the languages' list)
  if (el.tagName === "OPTION" && !el.dataset.bkDe) {
    const other = translateOption(el.textContent, translate);
    if (other !== null) {
      el.dataset.bkDe = el.textContent;
      el.textContent = joined(model, el.textContent, other);
    }
  }
  for (const attr of ATTRS) {
    const value = el.getAttribute && el.getAttribute(attr);
    if (!value) continue;
    const kept = el.dataset[KEEP[attr]];
    if (kept !== undefined && value.startsWith(kept + " · ")) continue; // translated already
    const other = translate(value);
    if (other !== null) {
      el.dataset[KEEP[attr]] = value; // the German, to go back to when the language changes
      el.setAttribute(attr, joined(model, value, other));
    } else if (kept !== undefined) {
      delete el.dataset[KEEP[attr]]; // a new German text of the widget's own, none of ours
    }
  }
}

// Placeholders and titles carry their translation after a "·"; the German is kept beside it so a
// change of language (or back to German) starts from the German again — the first language's
// translation stayed in every placeholder through all later languages.
const ATTRS = ["placeholder", "title"];
const KEEP = { placeholder: "bkDePlaceholder", title: "bkDeTitle" };
const KEPT = ATTRS.map((attr) => `[data-bk-de-${attr}]`).join(", ");

function restoreAttributes(root) {
  root.querySelectorAll(KEPT).forEach((el) => {
    for (const attr of ATTRS) {
      const german = el.dataset[KEEP[attr]];
      if (german === undefined) continue;
      el.setAttribute(attr, german);
      delete el.dataset[KEEP[attr]];
    }
  });
}

function sweep(root, model, translate) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  const texts = [];
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === 3) texts.push(node);
    else processElement(node, model, translate);
  }
  texts.forEach((node) => processText(node, model, translate));
}

function removeAll(root) {
  root.querySelectorAll(".bk-tr").forEach((el) => el.remove());
  restoreAttributes(root);
  root.querySelectorAll("option[data-bk-de]").forEach((el) => {
    el.textContent = el.dataset.bkDe;
    delete el.dataset.bkDe;
  });
}

// The case's typed texts changed (a note saved, a label renamed): lines already shown are checked
// again with the new translator — one that now reads typed text as a frame goes — without
// sweeping the whole page on every click.
function recheck(root, model, translate) {
  root.querySelectorAll(".bk-tr").forEach((el) => {
    const before = el.previousSibling;
    const other = before && before.nodeType === 3 ? translate(before.textContent) : null;
    if (other === null || other === before.textContent.trim()) {
      const parent = el.parentElement;
      el.remove();
      if (parent && !parent.querySelector(":scope > .bk-tr")) parent.classList.remove("bk-has-tr");
    } else if (other !== el.textContent) {
      el.textContent = other;
    }
  });
  root.querySelectorAll("option[data-bk-de]").forEach((el) => {
    const other = translateOption(el.dataset.bkDe, translate);
    el.textContent = other === null ? el.dataset.bkDe : joined(model, el.dataset.bkDe, other);
    if (other === null) delete el.dataset.bkDe;
  });
}

export default {
  render({ model, el }) {
    el.style.display = "none";
    let observer = null;
    let scheduled = false;
    // Each start() begins a new generation: a sweep scheduled by the previous language's observer
    // (a frame requested just before the switch) must not run with that language's translator —
    // switching back to German left Turkish lines under every panel drawn afterwards.
    let generation = 0;
    const root = () => el.closest(".bk-app") || document.body;
    // The map shown big („⛶ Karte groß“) is moved out of the app to the page's top level
    // (mapwidget.js): its buttons („✕ Karte klein“, „◀ Ganze Karte“, „Legende“) are the eLb's
    // too and stood in German only, or ran into their translation without the app's styles.
    const bigMaps = (app) => [...document.querySelectorAll(".bk-map-big-view")].filter((v) => !app.contains(v));
    const targets = () => [root(), ...bigMaps(root())];
    const watched = () => document.body;
    let translate = null; // the current language's, with the case's typed texts
    const OBSERVED = { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["placeholder", "title"] };

    const start = () => {
      generation += 1;
      const mine = generation;
      scheduled = false;
      if (observer) observer.disconnect();
      observer = null;
      removeAll(watched());
      translate = null;
      if (model.get("lang") === "de") return;
      translate = translator(model);
      const run = () => {
        scheduled = false;
        if (mine !== generation) return; // a later start() took over
        observer.disconnect();
        targets().forEach((target) => sweep(target, model, translate));
        observer.observe(watched(), OBSERVED);
      };
      observer = new MutationObserver(() => {
        if (!scheduled) {
          scheduled = true;
          requestAnimationFrame(run);
        }
      });
      run();
    };

    // the app's element exists once this view is attached; start then, and on every language change
    requestAnimationFrame(start);
    model.on("change:lang", start);
    model.on("change:exact", start);
    model.on("change:typed", () => {
      if (!observer || !translate) return; // German, or not started yet: start() reads "typed" itself
      translate = translator(model);
      observer.disconnect();
      targets().forEach((target) => {
        recheck(target, model, translate);
        sweep(target, model, translate);
      });
      observer.observe(watched(), OBSERVED);
    });
    return () => observer && observer.disconnect();
  },
};
