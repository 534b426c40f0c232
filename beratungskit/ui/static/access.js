// What the stock ipywidgets 8 views leave out for keyboard and screen-reader users, added to the
// page once (the first AccessHelper view installs it; later views find it installed).
//
// ipywidgets renders ToggleButtons and ToggleButton without a pressed state, a group of buttons
// without a name, a field whose visible label is a separate Label widget without any link to it,
// and a status line that is not a live region. Each rule below reads only the classes the Python
// side sets (bk-field-label, bk-status, bk-error, bk-disclosure, bk-chosen …) and the widgets' own
// state classes, and writes ARIA attributes. No text a person typed is read or written here.

const PRESSED = [
  // [selector, class that means "on"]
  [".widget-toggle-button", "mod-active"],
  [".bk-category-button", "bk-chosen"],
];
const PRESSED_SELECTOR = PRESSED.map(([sel]) => sel).join(", ");
const FIELD_SELECTOR = ".widget-text, .widget-textarea, .widget-dropdown, .widget-inline-hbox, .widget-box";
const CONTROL_SELECTOR = "input:not([type=checkbox]):not([type=radio]), textarea, select";
const WATCHED = [
  ".widget-toggle-buttons",
  PRESSED_SELECTOR,
  ".bk-field-label",
  ".bk-status",
  ".bk-error",
  ".bk-live",
  ".bk-app",
].join(", ");

let counter = 0;

function ensureId(el) {
  if (!el.id) {
    counter += 1;
    el.id = `bk-a11y-${counter}`;
  }
  return el.id;
}

function setAttr(el, name, value) {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

function pressedState(button) {
  for (const [selector, on] of PRESSED) {
    if (!button.matches(selector)) continue;
    const state = String(button.classList.contains(on));
    // A button that opens more fields says "expanded"; any other toggle says "pressed".
    setAttr(button, button.classList.contains("bk-disclosure") ? "aria-expanded" : "aria-pressed", state);
    return;
  }
}

function labelField(label) {
  // A `.bk-field-label` names what follows it: a group of toggle buttons, or the one text field or
  // list box inside the next widget (a field may sit in a row with its button).
  const next = label.nextElementSibling;
  if (!next) return;
  const id = ensureId(label);
  if (next.matches(".widget-toggle-buttons")) {
    setAttr(next, "aria-labelledby", id);
    return;
  }
  if (!next.matches(FIELD_SELECTOR)) return;
  const controls = next.matches(CONTROL_SELECTOR) ? [next] : next.querySelectorAll(CONTROL_SELECTOR);
  if (controls.length === 1) setAttr(controls[0], "aria-labelledby", id);
}

function fixOne(el) {
  if (el.matches(".widget-toggle-buttons")) {
    setAttr(el, "role", "group");
    const before = el.previousElementSibling;
    if (before && before.classList.contains("bk-field-label")) labelField(before);
  }
  if (el.matches(PRESSED_SELECTOR)) pressedState(el);
  if (el.matches(".bk-field-label")) labelField(el);
  if (el.matches(".bk-status, .bk-live")) {
    setAttr(el, "role", "status");
    setAttr(el, "aria-live", "polite");
  }
  if (el.matches(".bk-error")) setAttr(el, "role", "alert");
  // The page's cells (the notebook's heading and the app) are its main content: a screen reader
  // jumps there, and nothing a person reads lies outside a landmark (axe's "region" rule). One main
  // per page: a second app, or one inside another, finds it set.
  if (el.matches(".bk-app")) {
    const content = el.closest("#rendered_cells") || el;
    const other = document.querySelector("main, [role=main]");
    if (!other || other === content) setAttr(content, "role", "main");
  }
  // A field that arrives after its label (widget views are made asynchronously): label it now.
  const before = el.previousElementSibling;
  if (before && before.classList.contains("bk-field-label")) labelField(before);
}

function fixTree(root) {
  if (!(root instanceof Element)) return;
  fixOne(root);
  for (const el of root.querySelectorAll(WATCHED)) fixOne(el);
}

function install() {
  if (globalThis.__beratungskitAccess) return globalThis.__beratungskitAccess;
  // Widget views are filled after they are put into the page (a text field's <input> arrives after
  // its box), so the labels are linked again once per frame after anything was added.
  let pending = false;
  const relink = () => {
    pending = false;
    for (const label of document.querySelectorAll(".bk-field-label")) labelField(label);
  };
  const observer = new MutationObserver((records) => {
    let added = false;
    for (const record of records) {
      if (record.type === "attributes") {
        // Widgets get their classes after they are in the page: look again at a changed class.
        const el = record.target;
        if (el instanceof Element && el.matches(WATCHED)) fixOne(el);
      } else {
        for (const node of record.addedNodes) fixTree(node);
        added = added || record.addedNodes.length > 0;
      }
    }
    if (added && !pending) {
      pending = true;
      requestAnimationFrame(relink);
    }
  });
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["class"],
  });
  fixTree(document.body);
  globalThis.__beratungskitAccess = { observer, fixTree };
  return globalThis.__beratungskitAccess;
}

function focusWhenShown(selector, tries = 40) {
  // The element may still be on its way (widget views are made asynchronously): look again for a
  // short while, then give up quietly.
  const target = document.querySelector(selector);
  if (target && target.getClientRects().length) {
    target.focus();
    caretAtEnd(target);
  } else if (tries > 0) {
    setTimeout(() => focusWhenShown(selector, tries - 1), 50);
  }
}

function caretAtEnd(field) {
  // A text field gets the keyboard where the person goes on writing: after the text already in it
  // (a step draft's beginning), not before it. Once more in the next frame: the field's text may
  // arrive with the same batch of messages, after the focus.
  if (typeof field.setSelectionRange !== "function" || typeof field.value !== "string") return;
  const put = () => {
    if (document.activeElement === field) field.setSelectionRange(field.value.length, field.value.length);
  };
  put();
  requestAnimationFrame(put);
}

// --- typing before a tap -------------------------------------------------------------------------
//
// @jupyter-widgets/base throttles a model's state: while one update of it is still with the kernel
// (`_pending_msgs` ≥ 1), later changes are merged into `_msg_buffer` and sent only when the kernel
// reports idle for the first. A click is a custom message (`send`) and goes out at once. So with a
// busy kernel, a tap on "Festhalten" right after typing reached the kernel before the rest of the
// text: „N“ was saved instead of „Nachbarschaftscafé“. The kernel takes messages in order, so it is
// enough to send every held-back state just before any custom message leaves the page.

function sendHeld(model) {
  if (model._msg_buffer === null || model._msg_buffer === undefined || !model.comm) return;
  // As the model itself does when the kernel reports idle (`_handle_status`).
  const msgId = model.send_sync_message(model._msg_buffer, model._msg_buffer_callbacks);
  if (typeof model.rememberLastUpdateFor === "function") model.rememberLastUpdateFor(msgId);
  model._msg_buffer = null;
  model._msg_buffer_callbacks = null;
}

function sendTypingFirst(widgetModel) {
  // The prototype that owns the throttle is WidgetModel's, shared by every widget on the page.
  let proto = Object.getPrototypeOf(widgetModel);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "send_sync_message")) {
    proto = Object.getPrototypeOf(proto);
  }
  if (!proto || proto.__beratungskitTypingFirst) return;
  const held = new Set();
  const sync = proto.sync;
  proto.sync = function (...args) {
    const result = sync.apply(this, args);
    if (this._msg_buffer !== null && this._msg_buffer !== undefined) held.add(this);
    return result;
  };
  const send = proto.send;
  proto.send = function (...args) {
    for (const model of held) sendHeld(model);
    held.clear();
    return send.apply(this, args);
  };
  proto.__beratungskitTypingFirst = true;
}

export default {
  render({ model, el }) {
    el.hidden = true;
    install();
    const key = model.get("_model_key");
    if (key && model.widget_manager) {
      model.widget_manager.get_model(key).then(sendTypingFirst, () => {});
    }
    model.on("msg:custom", (msg) => {
      if (msg && msg.type === "focus") focusWhenShown(String(msg.selector || ""));
    });
  },
};
