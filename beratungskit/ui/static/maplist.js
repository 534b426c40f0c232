// The Ressourcenkarte as a list ("Als Liste"): area → ring → resources, in plain HTML a screen
// reader reads well (headings, lists, buttons with full names).
//
// Protocol (all JSON, see map_list.py):
//   JS → Python  {type:"hello"}                          once per view: "send me everything"
//                {type:"act", action, id}                a button of a row (edit/closer/further/connect)
//   Python → JS  {type:"full", center, empty, areas, rows}
//                {type:"delta", rows, removed, areas?}   only changed rows; areas when the order changed
//                {type:"focus", selector}                move the keyboard focus (after "Ändern" …)
// `areas`: [{key, title, symbol, colour, hint, count, empty, rings:[{ring, name, ids:[…]}]}]
// `rows`:  {id: {label, symbol, colour, detail, ring, links:[text…]}}
// A ring of `ring` 0 is the group „Nähe noch offen“ (analysis/outline.py OPEN_RING), after the rings.
// Every text is set with textContent or as an attribute: nothing a person typed is parsed as HTML.

const ACTIONS = ["edit", "closer", "further", "connect"];
let headings = 0;

function make(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function setText(node, text) {
  const value = String(text || "");
  if (node.textContent !== value) node.textContent = value;
}

function focusWhenShown(selector, tries = 40) {
  // The form may still be filling in: look again for a short while, then give up quietly.
  const target = document.querySelector(selector);
  if (target && target.getClientRects().length) {
    target.focus();
  } else if (tries > 0) {
    setTimeout(() => focusWhenShown(selector, tries - 1), 50);
  }
}

function fill(template, label) {
  // Button names are templates with {label}; the label is inserted as text, never as markup.
  return String(template || "").split("{label}").join(String(label));
}

export default {
  render({ model, el }) {
    const texts = () => model.get("texts") || {};
    const root = make("div", "bk-list");
    const center = make("p", "bk-list-center");
    const empty = make("p", "bk-list-empty");
    const areasBox = make("div", "bk-list-areas");
    root.append(center, empty, areasBox);
    el.appendChild(root);

    const rows = new Map(); // id -> {li, label, symbol, detail, links, buttons}
    const sections = new Map(); // area key -> {section, heading, count, hint, none, rings: Map}

    function makeRow(id) {
      const li = make("li", "bk-list-item");
      li.dataset.id = id;
      const head = make("p", "bk-list-head");
      const symbol = make("span", "bk-list-symbol");
      symbol.setAttribute("aria-hidden", "true");
      const label = make("span", "bk-list-label");
      const detail = make("span", "bk-list-detail");
      head.append(symbol, label, detail);
      const links = make("ul", "bk-list-links");
      const actions = make("div", "bk-list-actions");
      const buttons = {};
      for (const action of ACTIONS) {
        const button = make("button", `bk-list-btn bk-list-${action}`);
        button.type = "button";
        button.dataset.act = action;
        buttons[action] = button;
        actions.appendChild(button);
      }
      li.append(head, links, actions);
      const row = { li, symbol, label, detail, links, buttons };
      rows.set(id, row);
      return row;
    }

    function fillRow(row, data) {
      const t = texts();
      setText(row.symbol, data.symbol);
      row.symbol.style.color = String(data.colour || "");
      setText(row.label, data.label);
      setText(row.detail, data.detail ? ` – ${data.detail}` : "");
      const links = data.links || [];
      while (row.links.children.length > links.length) row.links.lastElementChild.remove();
      while (row.links.children.length < links.length) row.links.appendChild(make("li"));
      links.forEach((text, i) => setText(row.links.children[i], text));
      row.links.hidden = links.length === 0;
      for (const action of ACTIONS) {
        const button = row.buttons[action];
        setText(button, t[action]);
        const name = fill(t[`${action}_name`], data.label);
        if (button.getAttribute("aria-label") !== name) button.setAttribute("aria-label", name);
      }
      // The ring's edge: the button stays reachable and says why nothing moves when pressed.
      row.buttons.closer.setAttribute("aria-disabled", String(data.ring <= 1));
      row.buttons.further.setAttribute("aria-disabled", String(data.ring >= 3));
    }

    function applyRows(changed) {
      for (const [id, data] of Object.entries(changed || {})) {
        fillRow(rows.get(id) || makeRow(id), data);
      }
    }

    function sectionFor(area) {
      let s = sections.get(area.key);
      if (!s) {
        const section = make("section", "bk-list-area");
        section.dataset.area = area.key;
        const heading = make("h2", "bk-list-area-title");
        headings += 1;
        heading.id = `bk-list-area-${headings}`;
        section.setAttribute("aria-labelledby", heading.id);
        const symbol = make("span", "bk-list-symbol");
        symbol.setAttribute("aria-hidden", "true");
        // the German heading, its translation (the page's language layer puts it into this span) and
        // the count are laid out by maplist.css: the count stays on the German line
        const title = make("span", "bk-list-area-name");
        const count = make("span", "bk-list-count");
        heading.append(symbol, title, count);
        const none = make("p", "bk-list-none");
        section.append(heading, none);
        s = { section, heading, symbol, title, count, none, rings: new Map() };
        sections.set(area.key, s);
      }
      return s;
    }

    function ringFor(s, ring) {
      let r = s.rings.get(ring.ring);
      if (!r) {
        const box = make("div", ring.ring === 0 ? "bk-list-ring bk-list-ring-open" : "bk-list-ring");
        const heading = make("h3", "bk-list-ring-title");
        const list = make("ul", "bk-list-items");
        box.append(heading, list);
        r = { box, heading, list };
        s.rings.set(ring.ring, r);
      }
      setText(r.heading, ring.name);
      return r;
    }

    function keepOrder(parent, wanted) {
      // Put `wanted` into `parent` in this order, touching the page only where it differs.
      wanted.forEach((node, i) => {
        if (parent.children[i] !== node) parent.insertBefore(node, parent.children[i] || null);
      });
      while (parent.children.length > wanted.length) parent.lastElementChild.remove();
    }

    function layout(areas) {
      // Moving a focused button blurs it: keep the keyboard where it was.
      const active = document.activeElement;
      const hadFocus = root.contains(active);
      keepOrder(areasBox, areas.map((area) => sectionFor(area).section));
      for (const area of areas) {
        const s = sectionFor(area);
        setText(s.symbol, area.symbol);
        s.symbol.style.color = String(area.colour || "");
        setText(s.title, ` ${area.heading || `${area.title} – ${area.hint}`}`);
        setText(s.count, ` (${area.count})`);
        setText(s.none, area.empty);
        s.none.hidden = area.rings.length > 0;
        const boxes = area.rings.map((ring) => {
          const r = ringFor(s, ring);
          keepOrder(r.list, ring.ids.map((id) => (rows.get(id) || makeRow(id)).li));
          return r.box;
        });
        keepOrder(s.section, [s.heading, s.none, ...boxes]);
      }
      if (hadFocus && active.isConnected && document.activeElement !== active) active.focus();
    }

    function forget(ids) {
      for (const id of ids || []) {
        const row = rows.get(id);
        if (row) row.li.remove();
        rows.delete(id);
      }
    }

    model.on("msg:custom", (msg) => {
      if (msg.type === "full") {
        forget([...rows.keys()].filter((id) => !(id in (msg.rows || {}))));
        applyRows(msg.rows);
        setText(center, msg.center);
        setText(empty, msg.empty);
        empty.hidden = !msg.empty;
        layout(msg.areas || []);
      } else if (msg.type === "delta") {
        forget(msg.removed);
        applyRows(msg.rows);
        if (msg.center !== undefined) setText(center, msg.center);
        if (msg.empty !== undefined) {
          setText(empty, msg.empty);
          empty.hidden = !msg.empty;
        }
        if (msg.areas) layout(msg.areas);
      } else if (msg.type === "focus") {
        focusWhenShown(String(msg.selector || ""));
      }
    });

    root.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-act]");
      const item = button && button.closest("li[data-id]");
      if (item) model.send({ type: "act", action: button.dataset.act, id: item.dataset.id });
    });
    model.on("change:texts", () => {
      // Button words changed (another language): every row says them anew on the next full load.
      model.send({ type: "hello" });
    });
    model.send({ type: "hello" });
  },
};
