// The eLb's language beside the German in the session app (beratungskit/ui/bilingual.py).
// Watches the app's part of the page and, after every German text of the catalogue, adds
// <span class="bk-tr" lang=… dir=…>translation</span>. Typed text (input values) is never touched.

const SKIP = new Set(["SCRIPT", "STYLE", "TEXTAREA", "INPUT", "SELECT", "OPTION", "CODE"]);

function translator(model) {
  const exact = model.get("exact") || {};
  const templated = (model.get("templated") || []).map(([source, names, other]) => {
    try {
      return [new RegExp(source), names, other];
    } catch (error) {
      return null; // a pattern JavaScript cannot read is skipped, never fatal
    }
  }).filter(Boolean);
  const lookup = (wanted) => {
    if (Object.prototype.hasOwnProperty.call(exact, wanted)) return exact[wanted];
    for (const [pattern, names, other] of templated) {
      const match = pattern.exec(wanted);
      if (match) {
        let result = other;
        // each value in a bidi isolate (FSI … PDI): a German name keeps its order in Arabic text
        names.forEach((name, i) => { result = result.split("{" + name + "}").join("\u2068" + match[i + 1] + "\u2069"); });
        return result;
      }
    }
    return null;
  };
  // "★ Persönlich", "› Weiter": a symbol in front is kept, the words after it are looked up
  const PREFIX = /^([^\p{L}\p{N}„“"(]+)(.+)$/u;
  return (text) => {
    const wanted = text.trim();
    if (!wanted) return null;
    const found = lookup(wanted);
    if (found !== null) return found;
    const parts = PREFIX.exec(wanted);
    if (parts) {
      const rest = lookup(parts[2]);
      if (rest !== null) return parts[1] + rest;
    }
    return null;
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

function processElement(el, model, translate) {
  if (el.tagName === "OPTION" && !el.dataset.bkDe) {
    const other = translate(el.textContent);
    if (other !== null) {
      el.dataset.bkDe = el.textContent;
      el.textContent = el.textContent + " · " + other;
    }
  }
  for (const attr of ["placeholder", "title"]) {
    const value = el.getAttribute && el.getAttribute(attr);
    if (value && !el.dataset["bkTr" + attr]) {
      const other = translate(value);
      if (other !== null) {
        el.dataset["bkTr" + attr] = "1";
        el.setAttribute(attr, value + " · " + other);
      }
    }
  }
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
  root.querySelectorAll("option[data-bk-de]").forEach((el) => {
    el.textContent = el.dataset.bkDe;
    delete el.dataset.bkDe;
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

    const start = () => {
      generation += 1;
      const mine = generation;
      scheduled = false;
      if (observer) observer.disconnect();
      observer = null;
      const target = root();
      removeAll(target);
      if (model.get("lang") === "de") return;
      const translate = translator(model);
      const run = () => {
        scheduled = false;
        if (mine !== generation) return; // a later start() took over
        observer.disconnect();
        sweep(target, model, translate);
        observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["placeholder", "title"] });
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
    return () => observer && observer.disconnect();
  },
};
