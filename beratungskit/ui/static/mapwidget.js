// Live map widget: vis-network driven by incremental updates from Python.
//
// Python prepends the vis-network bundle that pyvis ships, wrapped so that it takes its CommonJS
// path, and binds the result to `vis` (see mapwidget.py: _build_esm). No CDN, no global `vis`.
//
// Protocol (all JSON):
//   trait `_snapshot` {seq, nodes, edges, background}  full load (set_items); applied when seq is newer
//   Python → JS  {type:"delta", seq, nodes:{add,update,clear,remove}, edges:{…}, background?}
//                (background: the new rings and titles, only when they changed — drawn with the boxes)
//                {type:"reset", seq, nodes, edges, background}    answer to hello/resync
//                {type:"fit"}
//   JS → Python  {type:"hello", seq}                 once per view: "this is what I have"
//                {type:"resync", seq}                a delta arrived out of order
//                {type:"moved", positions:{id:[x,y]}} after a drag ended
//   trait `selected` (node id or "") both ways.
// Everything the person sees is set through textContent and attributes, never parsed as HTML.

const MAX_TIMINGS = 200;
// From this window width on the map's button row sits at the right end of the tabs' row.
const DOCK_MIN_WIDTH = 1100;

function registry() {
  // A test/benchmark hook: every live view with its network and timings.
  if (!globalThis.__beratungskitMaps) {
    globalThis.__beratungskitMaps = [];
  }
  return globalThis.__beratungskitMaps;
}

// A message to Python. While the page is being left (another page opened, the window closed) the
// kernel connection is gone before the page is, and the size watcher may still report a new canvas:
// then there is nobody to tell ("Cannot send"), and nothing is lost by saying nothing.
function send(model, msg) {
  try {
    model.send(msg);
  } catch (err) {
    if (!(err instanceof Error && err.message === "Cannot send")) throw err;
  }
}

function applyPart(dataSet, part, move) {
  if (!part) return;
  if (part.remove && part.remove.length) dataSet.remove(part.remove);
  if (part.add && part.add.length) dataSet.add(part.add);
  // `clear` resets keys to vis defaults (null deletes an option) before the new values land,
  // so a key that disappeared in Python does not linger in the drawing.
  if (part.clear && part.clear.length) dataSet.update(part.clear);
  let update = part.update || [];
  if (move && update.length) update = move(update);
  if (update.length) dataSet.update(update);
}

function onlyMoved(item, network) {
  // A box that only got a new place (the layout made room): nothing else of it changed.
  const node = network.body.nodes[item.id];
  if (!node || node.predefinedPosition !== true) return false;
  for (const key in item) {
    if (key === "id") continue;
    if ((key !== "x" && key !== "y") || item[key] === null) return false;
  }
  return true;
}

function moveBoxes(state, network, updates) {
  // Boxes that only moved are put at their new place directly, as vis-network does (whole pixels,
  // Node.setOptions), and the DataSet learns the place without telling vis: a DataSet update makes
  // vis take every option of the box again and measure its label anew — at 200 resources a change
  // moves 40-100 boxes in their rings (~5 ms of measuring labels that did not change).
  // Returns the updates that go the usual way.
  const moves = updates.filter((item) => onlyMoved(item, network));
  if (!moves.length || !placeQuietly(state, network, moves)) return updates;
  const moved = new Set(moves);
  return updates.filter((item) => !moved.has(item));
}

function placeQuietly(state, network, moves) {
  // Boxes ({id, x, y}) put at their place as vis-network's Node.setOptions puts them (whole
  // pixels), the DataSet updated with vis's listener detached. False (nothing done) if this vis
  // build has no such listener: the caller then takes the usual way.
  const listener = network.nodesHandler && network.nodesHandler.nodesListeners && network.nodesHandler.nodesListeners.update;
  if (typeof listener !== "function") return false;
  state.nodes.off("update", listener);
  try {
    state.nodes.update(moves);
  } finally {
    state.nodes.on("update", listener);
  }
  for (const item of moves) {
    const node = network.body.nodes[item.id];
    if (!node) continue;
    const [x0, y0] = [node.x, node.y];
    if (item.x !== undefined) node.x = parseInt(item.x);
    if (item.y !== undefined) node.y = parseInt(item.y);
    // vis draws only the boxes whose last drawn outline lies in view: the outline goes with the box
    // (a box moved from outside the view into it was left out of the next drawing — at 200
    // resources, after the first layout for the canvas's shape, two boxes showed as bare symbols).
    const box = node.shape && node.shape.boundingBox;
    if (box) {
      box.left += node.x - x0;
      box.right += node.x - x0;
      box.top += node.y - y0;
      box.bottom += node.y - y0;
    }
  }
  return true;
}

function applyDelta(state, msg, network) {
  // Returns [received, applied] times, for the benchmark hook.
  const received = performance.now();
  if (msg.background !== undefined) state.background = msg.background || {};
  // Removing nodes first lets edges that pointed at them go in the same step.
  if (msg.edges && msg.edges.remove) state.edges.remove(msg.edges.remove);
  applyPart(state.nodes, msg.nodes, network && ((updates) => moveBoxes(state, network, updates)));
  applyPart(state.edges, msg.edges && { ...msg.edges, remove: [] });
  return [received, performance.now()];
}

function applyFull(state, data) {
  state.edges.clear();
  state.nodes.clear();
  state.nodes.add(data.nodes || []);
  state.edges.add(data.edges || []);
  state.background = data.background || {};
  state.seq = data.seq;
}

// --- the lines a change touches -------------------------------------------------------------------

function touched(msg) {
  // The boxes and lines a delta changes: ids of nodes and edges.
  const ids = (part) => {
    const out = [];
    for (const key of ["add", "update", "clear", "remove"]) {
      for (const item of (part && part[key]) || []) out.push(key === "remove" ? item : item.id);
    }
    return out;
  };
  return { nodeIds: new Set(ids(msg.nodes)), edgeIds: new Set(ids(msg.edges)) };
}

function touchedEdges(network, change) {
  // The lines a change touches: changed ones and those at a changed box (every line: change null).
  const body = network.body;
  const out = [];
  for (const id of body.edgeIndices) {
    const edge = body.edges[id];
    if (!edge || edge.connected !== true) continue;
    if (!change || change.edgeIds.has(id) || change.nodeIds.has(edge.fromId) || change.nodeIds.has(edge.toId)) out.push(edge);
  }
  return out;
}

let scratch = null;

function primeEdges(network, change) {
  // vis-network draws a line up to where the previous drawing put its arrow heads (Edge.drawArrows
  // keeps them for the next drawLine): a new or moved curve was drawn between the boxes' centres
  // once — another curve — until the next drawing (a hover, say). Its arrow heads are found first,
  // off screen, so that the first drawing after a change is the one every later drawing makes.
  // After a full load every line is new (`change` null).
  if (!scratch) scratch = document.createElement("canvas").getContext("2d");
  for (const edge of touchedEdges(network, change)) {
    scratch.save();
    edge.drawArrows(scratch);
    scratch.restore();
  }
}

const SVG_NS = "http://www.w3.org/2000/svg";

function svgEl(name, attrs) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  return node;
}

function swatch(entry) {
  // Drawn from data (shape, colours, line style); never from markup.
  const line = entry.line;
  const svg = svgEl("svg", {
    width: line ? 48 : 28,
    height: line ? 20 : 28,
    viewBox: line ? "0 0 48 20" : "-15 -15 30 30",
    "aria-hidden": "true",
  });
  if (line) {
    const color = String(line.color || "#555555");
    const arrows = String(line.arrows || "none");
    const dashes = Array.isArray(line.dashes) ? line.dashes.join(" ") : "";
    svg.appendChild(
      svgEl("line", {
        x1: arrows === "both" ? 12 : 2,
        y1: 10,
        x2: arrows === "none" ? 46 : 36,
        y2: 10,
        stroke: color,
        "stroke-width": line.width || 2,
        ...(dashes ? { "stroke-dasharray": dashes } : {}),
      }),
    );
    if (arrows !== "none") svg.appendChild(svgEl("path", { d: "M46,10 L34,4 L34,16 Z", fill: color }));
    if (arrows === "both") svg.appendChild(svgEl("path", { d: "M2,10 L14,4 L14,16 Z", fill: color }));
    return svg;
  }
  const paint = {
    fill: String(entry.color || "#888888"),
    stroke: String(entry.border || "#333333"),
    "stroke-width": 2,
    "stroke-linejoin": "round",
    // „Nähe noch offen“: the box's border dashed as on the map
    ...(entry.dashed ? { "stroke-dasharray": "4 3" } : {}),
  };
  const kind = String(entry.shape || "dot");
  const points = {
    star: "0,-12.2 2.7,-3.3 11.5,-3.3 4.4,2.1 7.1,10.6 0,5.4 -7.1,10.6 -4.4,2.1 -11.5,-3.3 -2.7,-3.3",
    triangle: "0,-11 11,8 -11,8",
    triangleDown: "0,11 11,-8 -11,-8",
    diamond: "0,-12 12,0 0,12 -12,0",
    hexagon: "-6,-11 6,-11 12,0 6,11 -6,11 -12,0",
  }[kind];
  if (points) {
    svg.appendChild(svgEl("polygon", { points, ...paint }));
  } else if (kind === "square" || kind === "box") {
    svg.appendChild(svgEl("rect", { x: -10, y: -10, width: 20, height: 20, rx: kind === "box" ? 4 : 0, ...paint }));
  } else if (kind === "ellipse") {
    svg.appendChild(svgEl("ellipse", { cx: 0, cy: 0, rx: 13, ry: 8, ...paint }));
  } else {
    svg.appendChild(svgEl("circle", { cx: 0, cy: 0, r: 10, ...paint }));
  }
  return svg;
}

function renderLegend(box, model, help) {
  // Entries: {heading} | {label, hint?, strong?, shape, color, border} | {label, line:{…}} | {label}.
  // `help`: the view's help texts, shown first (when the button row has no room for them).
  const entries = model.get("legend") || [];
  const texts = model.get("texts") || {};
  box.replaceChildren();
  box.hidden = entries.length === 0 && !(help && help.length);
  for (const text of help || []) {
    const p = document.createElement("p");
    p.className = "bk-map-legend-help";
    p.textContent = String(text);
    box.appendChild(p);
  }
  if (!entries.length) return;
  const title = document.createElement("h2");
  title.className = "bk-map-legend-title";
  title.textContent = String(texts.legend_title || "");
  box.appendChild(title);
  let list = null;
  for (const entry of entries) {
    if (entry.heading !== undefined) {
      const heading = document.createElement("h3");
      heading.textContent = String(entry.heading);
      box.appendChild(heading);
      list = null;
      continue;
    }
    if (!list) {
      list = document.createElement("ul");
      box.appendChild(list);
    }
    const item = document.createElement("li");
    if (entry.line || entry.shape) item.appendChild(swatch(entry));
    const text = document.createElement("span");
    const name = document.createElement(entry.strong || entry.hint ? "strong" : "span");
    name.textContent = String(entry.label || "");
    text.appendChild(name);
    if (entry.hint) text.appendChild(document.createTextNode(" – " + String(entry.hint)));
    item.appendChild(text);
    list.appendChild(item);
  }
}

function showTip(tip, text, x, y) {
  // Our own tooltip (vis-network's stays hidden): always the current text, gone when the pointer leaves.
  tip.textContent = String(text || "");
  tip.hidden = !text;
  // Beside the pointer, but inside the map: a tip near the right or lower edge is not cut off.
  const frame = tip.parentElement;
  const width = frame ? frame.clientWidth : 0;
  const height = frame ? frame.clientHeight : 0;
  let left = x + 14;
  let top = y + 14;
  if (width && left + tip.offsetWidth > width - 4) left = Math.max(4, width - 4 - tip.offsetWidth);
  if (height && top + tip.offsetHeight > height - 4) top = Math.max(4, y - 14 - tip.offsetHeight);
  tip.style.left = Math.round(left) + "px";
  tip.style.top = Math.round(top) + "px";
}

function render({ model, el }) {
  // Each view keeps its own DataSets. (anywidget hands initialize and render different model
  // proxies, so there is no per-model object to share them through.)
  // `background`: the rings and titles drawn behind the boxes; they come with the boxes.
  const state = { nodes: new vis.DataSet(), edges: new vis.DataSet(), seq: -1, background: {} };
  const snapshot = model.get("_snapshot") || {};
  if (typeof snapshot.seq === "number") applyFull(state, snapshot);
  const texts = () => model.get("texts") || {};

  el.classList.add("bk-map");
  const row = document.createElement("div");
  row.className = "bk-map-row";
  const frame = document.createElement("div");
  frame.className = "bk-map-frame";
  const canvasBox = document.createElement("div");
  canvasBox.className = "bk-map-canvas";
  canvasBox.setAttribute("role", "img");
  canvasBox.setAttribute("aria-label", String(texts().aria_label || ""));
  const legend = document.createElement("aside");
  legend.className = "bk-map-legend";
  legend.id = "bk-map-legend-" + Math.random().toString(36).slice(2);
  legend.hidden = true;
  // The legend lies over the map when asked for: the map keeps the whole width.
  const legendButton = document.createElement("button");
  legendButton.type = "button";
  legendButton.className = "bk-map-legend-toggle";
  legendButton.setAttribute("aria-expanded", "false");
  legendButton.setAttribute("aria-controls", legend.id);
  const empty = document.createElement("div");
  empty.className = "bk-map-empty";
  empty.textContent = String(texts().empty || "");
  const tip = document.createElement("div");
  tip.className = "bk-map-tip";
  tip.hidden = true;
  tip.setAttribute("role", "tooltip");
  const backButton = document.createElement("button");
  backButton.type = "button";
  backButton.className = "bk-map-back";
  backButton.hidden = true;
  backButton.textContent = String(texts().whole_map || "");
  backButton.title = String(texts().fit_hint || "");
  const ask = document.createElement("div");
  ask.className = "bk-map-ask";
  ask.hidden = true;
  ask.setAttribute("role", "dialog");
  // The button sits under the map, not on it: the corners of the map hold the area titles.
  const tools = document.createElement("div");
  tools.className = "bk-map-tools";
  const viewTools = document.createElement("div");
  viewTools.className = "bk-map-view-tools";
  // "Karte groß": the map alone over the whole window (the page's head, tabs and forms hidden
  // under it) while the eLb and the IFK look at it; the same button, or Esc, brings the page back.
  const bigButton = document.createElement("button");
  bigButton.type = "button";
  bigButton.className = "bk-map-big";
  bigButton.setAttribute("aria-pressed", "false");
  tools.append(viewTools, legendButton, bigButton);
  // Buttons of the view around the map (e.g. "Formular ausblenden"): drawn here, answered in Python.
  let helpTexts = [];
  const renderTools = () => {
    viewTools.replaceChildren();
    helpTexts = [];
    let wantFocus = null;
    let group = null; // consecutive tools of one "group" share a wrapper (e.g. "Karte | Als Liste")
    for (const tool of model.get("tools") || []) {
      if (tool.text !== undefined) {
        // a short help text of the view, in the same row (saves a line of the screen)
        const help = document.createElement("span");
        help.className = "bk-map-tool-text";
        help.textContent = String(tool.text);
        helpTexts.push(String(tool.text));
        viewTools.appendChild(help);
        group = null;
        continue;
      }
      const button = document.createElement("button");
      button.type = "button";
      button.className = "bk-map-tool bk-map-tool-" + String(tool.key || "").replace(/[^a-z0-9-]/gi, "");
      button.textContent = String(tool.label || "");
      if (tool.pressed !== undefined) button.setAttribute("aria-pressed", tool.pressed ? "true" : "false");
      button.addEventListener("click", () => send(model, { type: "tool", key: String(tool.key || "") }));
      if (tool.focus) wantFocus = button; // e.g. the form just folded away: its button takes the keyboard
      const name = String(tool.group || "").replace(/[^a-z0-9-]/gi, "");
      if (!name) {
        group = null;
        viewTools.appendChild(button);
        continue;
      }
      if (!group || group.dataset.group !== name) {
        group = document.createElement("div");
        group.className = "bk-map-tool-group " + name;
        group.dataset.group = name;
        group.setAttribute("role", "group");
        if (tool.group_label) group.setAttribute("aria-label", String(tool.group_label));
        viewTools.appendChild(group);
      }
      group.appendChild(button);
    }
    showLegend(legendOpen); // the help text may live in the legend (docked)
    if (wantFocus && el.contains(document.activeElement) === false && wantFocus.offsetParent !== null) {
      const active = document.activeElement;
      // only when the keyboard was on something that is gone now (the form's "Festhalten")
      if (!active || active === document.body || active.offsetParent === null) {
        wantFocus.focus({ preventScroll: true });
        // The form folded away after "Festhalten": the page is short again, and the page's head
        // (the status saying what was just saved, app.py) comes back into view — the page kept the
        // scroll that reached "Festhalten" at the form's end, and the head stood above the window.
        const app = el.closest(".bk-app");
        if (app) app.scrollIntoView({ block: "start" });
      }
    }
  };
  const main = document.createElement("div");
  main.className = "bk-map-main";
  frame.append(canvasBox, empty, tip, backButton, ask, legend);
  main.append(frame, tools);
  row.append(main);
  el.appendChild(row);

  let legendOpen = false;
  let docked = false; // the button row sits at the right end of the tabs' row (see dock())
  const showLegend = (open) => {
    legendOpen = open;
    // docked, the view's help text (no room in the tabs' row) is the legend's first paragraph
    const help = docked ? helpTexts : [];
    renderLegend(legend, model, help);
    legend.hidden = !open || !((model.get("legend") || []).length + help.length);
    legendButton.setAttribute("aria-expanded", open ? "true" : "false");
    legendButton.textContent = String((open ? texts().legend_hide : texts().legend_show) || "");
    legendButton.title = help.length ? String(texts().legend_help_hint || "") : "";
  };
  renderTools();
  legendButton.addEventListener("click", () => showLegend(!legendOpen));

  let big = false;
  let stayed = null; // where the map stands in the page while it is shown big
  const showBig = (on) => {
    if (on === big) return;
    big = on;
    // Over the whole window from the page's top level: the tabs' panels are stacking contexts that
    // would keep their tab bar above a map inside them.
    if (on) {
      stayed = document.createComment("bk-map");
      el.before(stayed);
      document.body.appendChild(el);
    } else if (stayed) {
      stayed.replaceWith(el);
      stayed = null;
    }
    el.classList.toggle("bk-map-big-view", on);
    if (on) {
      el.setAttribute("role", "dialog");
      el.setAttribute("aria-modal", "true");
      el.setAttribute("aria-label", String(texts().big || ""));
    } else {
      el.removeAttribute("role");
      el.removeAttribute("aria-modal");
      el.removeAttribute("aria-label");
    }
    document.documentElement.classList.toggle("bk-map-big-open", on);
    bigButton.setAttribute("aria-pressed", on ? "true" : "false");
    bigButton.textContent = String((on ? texts().big_exit : texts().big) || "");
    bigButton.title = String((on ? texts().big_exit_hint : texts().big_hint) || "");
    record.big = on;
    dock();
    setHeight();
    bigButton.focus();
  };
  bigButton.addEventListener("click", () => showBig(!big));
  const onKey = (event) => {
    if (!big) return;
    if (event.key === "Escape") {
      event.preventDefault();
      showBig(false);
    } else if (event.key === "Tab") {
      // the page under the big map is covered: the keyboard stays on the map's own buttons
      const inside = [...el.querySelectorAll("button")].filter((b) => b.offsetParent !== null && !b.disabled);
      if (!inside.length) return;
      const at = inside.indexOf(document.activeElement);
      const next = event.shiftKey ? (at <= 0 ? inside.length - 1 : at - 1) : (at + 1) % inside.length;
      event.preventDefault();
      inside[next].focus();
    }
  };
  document.addEventListener("keydown", onKey);

  // height "fill": the map takes the rest of the window below its top (at least 380 px), so the
  // whole map and the buttons under it are on screen without scrolling
  const setHeight = () => {
    const wanted = String(model.get("height") || "560px");
    if (wanted !== "fill") {
      frame.style.height = wanted;
      return;
    }
    if (big) {
      // the window less the button row and the overlay's own padding
      const wantedPx = Math.max(200, Math.round(window.innerHeight - tools.getBoundingClientRect().height - 20)) + "px";
      if (frame.style.height !== wantedPx) frame.style.height = wantedPx;
      return;
    }
    const top = frame.getBoundingClientRect().top + window.scrollY;
    // the button row under the map (unless it sits in the tabs' row), and a little for the frame
    // of the tab around it
    const below = docked ? 8 : tools.getBoundingClientRect().height + 12;
    const wantedPx = Math.max(380, Math.round(window.innerHeight - top - below)) + "px";
    if (frame.style.height !== wantedPx) frame.style.height = wantedPx;
  };
  // On a wide window the button row sits in the free right end of the tabs' row instead of under
  // the map: the map gets those ~60 px of the screen's height (at 1280×800 the difference between
  // 13.6 and 14.3 px labels at 40 resources). Narrow, zoomed, or where the row does not fit beside
  // the tabs, and while the map is big: under the map as before.
  const dock = () => {
    const tabs = big ? null : el.closest(".bk-tabs");
    const bar = tabs && tabs.querySelector(":scope > .lm-TabBar");
    let want = !!bar && window.innerWidth >= DOCK_MIN_WIDTH;
    if (want !== docked) {
      docked = want;
      if (want) bar.after(tools);
      else main.append(tools);
      tools.classList.toggle("bk-map-tools-docked", want);
      showLegend(legendOpen);
      showBack();
    }
    const shown = canvasBox.getBoundingClientRect().width > 0;
    tools.classList.toggle("bk-map-tools-away", docked && !shown);
    if (docked && shown) {
      // the row must not cover a tab: if it does (long words, a narrower window), back under the map
      const last = [...bar.querySelectorAll(".lm-TabBar-tab")].pop();
      const end = last ? last.getBoundingClientRect().right : 0;
      if (tools.getBoundingClientRect().left < end + 8) {
        docked = false;
        main.append(tools);
        tools.classList.remove("bk-map-tools-docked", "bk-map-tools-away");
        showLegend(legendOpen);
        showBack();
      }
    }
  };
  const onResize = () => {
    dock();
    setHeight();
  };
  new ResizeObserver(() => setHeight()).observe(tools);
  window.addEventListener("resize", onResize);
  setHeight();
  showLegend(false);
  bigButton.textContent = String(texts().big || "");
  bigButton.title = String(texts().big_hint || "");

  // Our watcher of the canvas's size is made before vis-network's own (they are called in the order
  // they were made): the map takes its new size, is fitted and drawn once there, and vis then finds
  // the size unchanged. (Each new size drew the whole map three times: vis's own resize, a redraw
  // and the fit after it — at 200 resources ~20 ms, twice when the form folds after "Festhalten".)
  let onCanvasSize = null;
  const observer = new ResizeObserver(() => {
    if (onCanvasSize) onCanvasSize();
  });
  observer.observe(canvasBox);
  const network = new vis.Network(canvasBox, { nodes: state.nodes, edges: state.edges }, model.get("options") || {});
  el.__network = network;
  primeEdges(network, null); // its lines' first drawing is the one every later drawing makes

  let sized = false;
  let fitPending = true;
  let focus = null; // the area shown alone (focus view), or null for the whole map
  let handMoved = false; // zoomed or moved by hand since the last fit
  // "Ganze Karte" on the map, only when the whole map is not in view: in the focus view and once the
  // map was zoomed or moved by hand. (A "Ganze Karte zeigen" in the button row stood there always,
  // also when the whole map was in view, and made the row two lines high in languages with long
  // words — each line less map.)
  const showBack = () => {
    backButton.hidden = !(focus || handMoved);
  };
  // The whole map always fits the canvas (after opening and after every change); a tap on an area's
  // title shows that area alone, larger; a tap on it again (or "Ganze Karte") shows everything.
  const fit = () => {
    const bg = state.background;
    let box = bg.extent;
    if (focus) {
      const area = (bg.areas || []).find((a) => a.category === focus);
      if (area) box = area.focus;
      else focus = null;
    }
    handMoved = false;
    showBack();
    record.focus = focus;
    if (box) bkFitBox(network, canvasBox.clientWidth, canvasBox.clientHeight, box);
    else network.fit({ animation: false });
    fitPending = false;
  };
  const setFocus = (category) => {
    focus = category;
    fit();
  };
  backButton.addEventListener("click", () => setFocus(null));
  network.on("beforeDrawing", (ctx) => bkDrawBackground(ctx, state.background));
  // The symbols of the boxes, kept beside the DataSet (its get() copies every item).
  const symbols = new Map();
  const keepSymbols = (event, params) => {
    const ids = (params && params.items) || [];
    if (event === "remove") {
      for (const id of ids) symbols.delete(id);
      return;
    }
    for (const item of state.nodes.get(ids)) {
      if (item.symbol) symbols.set(item.id, { id: item.id, symbol: item.symbol });
      else symbols.delete(item.id);
    }
  };
  const keepAllSymbols = () => {
    symbols.clear();
    keepSymbols("add", { items: state.nodes.getIds() });
  };
  keepAllSymbols();
  state.nodes.on("add", keepSymbols);
  state.nodes.on("update", keepSymbols);
  state.nodes.on("remove", keepSymbols);
  network.on("afterDrawing", (ctx) => {
    bkDrawRingNames(ctx, state.background, network); // over the lines, under the boxes (mapdraw.js)
    bkDrawSymbols(ctx, network, symbols);
    if (record.drawn.length < MAX_TIMINGS) record.drawn.push([performance.now(), network.body.nodeIndices.length]);
  });
  const updateEmpty = () => {
    empty.hidden = state.nodes.length > 0;
  };
  updateEmpty();
  const onNodesChanged = () => updateEmpty();
  state.nodes.on("*", onNodesChanged);

  const record = {
    el,
    big: false,
    network,
    nodes: state.nodes,
    edges: state.edges,
    timings: [],
    // when the network drew, with how many nodes (for the benchmarks: "opened → whole map drawn")
    drawn: [],
    focus: null,
    background: () => state.background,
    fit: () => fit(),
    setFocus: (category) => setFocus(category),
  };
  const requestFit = () => {
    fitPending = true;
    if (sized) fit();
  };
  // vis-network draws the whole map at once on every DataSet call (it does not wait for the next
  // frame): a delta of nodes and edges drew 200 resources four to six times (20-40 ms). Drawing is
  // held while a message is applied, and the map is drawn once afterwards.
  const drawnOnce = (apply) => {
    network.body.emitter.emit("_blockRedraw");
    try {
      return apply();
    } finally {
      network.body.emitter.emit("_allowRedraw");
    }
  };
  const drawNow = () => network.body.emitter.emit("_redraw");
  const recordDraw = (seq, times) => {
    network.once("afterDrawing", () => {
      record.timings.push({ seq, received: times[0], applied: times[1], drawn: performance.now() });
      if (record.timings.length > MAX_TIMINGS) record.timings.shift();
    });
  };
  const onSnapshot = () => {
    const snap = model.get("_snapshot") || {};
    if (typeof snap.seq === "number" && snap.seq > state.seq) {
      drawnOnce(() => {
        applyFull(state, snap);
        requestFit();
      });
      primeEdges(network, null);
      drawNow();
    }
  };
  const onMessage = (msg) => {
    if (!msg || typeof msg !== "object") return;
    try {
      if (msg.type === "delta") {
        if (msg.seq === state.seq + 1) {
          state.seq = msg.seq;
          hideTip();
          const times = drawnOnce(() => {
            const applied = applyDelta(state, msg, network);
            // The whole map (or the area in focus) stays in view after every change.
            fit();
            return applied;
          });
          primeEdges(network, touched(msg));
          recordDraw(msg.seq, times);
          drawNow();
        } else if (msg.seq > state.seq) {
          // A message was missed (e.g. sent before this view existed): ask for everything.
          send(model, { type: "resync", seq: state.seq });
        }
      } else if (msg.type === "reset") {
        if (msg.seq > state.seq) {
          drawnOnce(() => {
            applyFull(state, msg);
            requestFit();
          });
          primeEdges(network, null);
          drawNow();
        }
      } else if (msg.type === "fit") {
        if (msg.whole) focus = null;
        fit();
      } else if (msg.type === "ask") {
        showAsk(msg);
      } else if (msg.type === "focus") {
        // the keyboard goes on where the person will go on (e.g. the form just opened), once shown
        const selector = String(msg.selector || "");
        let tries = 0;
        const attemptFocus = () => {
          const target = selector ? document.querySelector(selector) : null;
          if (target && target.offsetParent !== null) target.focus();
          else if (++tries < 40) setTimeout(attemptFocus, 50);
        };
        attemptFocus();
      }
    } catch (err) {
      console.error("beratungskit map:", err);
    }
  };
  model.on("change:_snapshot", onSnapshot);
  model.on("msg:custom", onMessage);
  registry().push(record);

  // A network made before its element is attached starts unfitted (centre in a corner):
  // fit once the element first gets a real size, and redraw when the size changes.
  let lastSize = "";
  onCanvasSize = () => {
    dock(); // shown or hidden (another tab): the docked button row follows
    if (!sized) setHeight(); // the first real size: the page around the map is laid out now
    const rect = canvasBox.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return;
    // Python lays the map out for the canvas's shape: tell it the size when it really changed —
    // first, so the kernel works on it while the browser draws (after "Festhalten" the form folds
    // away: the layout for the new shape comes one whole drawing sooner, ~5 ms at 200 resources).
    const size = Math.round(rect.width) + "x" + Math.round(rect.height);
    if (size !== lastSize) {
      lastSize = size;
      send(model, {
        type: "size",
        width: rect.width,
        height: rect.height,
        window_width: window.innerWidth,
        window_height: window.innerHeight,
      });
    }
    drawnOnce(() => {
      network.body.emitter.emit("setSize"); // what network.redraw() does before it draws
      sized = true;
      fit();
    });
    drawNow();
  };

  const applySelection = () => {
    const id = model.get("selected") || "";
    if (id && state.nodes.get(id)) {
      network.selectNodes([id], false);
    } else {
      network.unselectAll();
    }
  };
  applySelection();

  const hideTip = () => {
    tip.hidden = true;
  };
  network.on("hoverNode", (params) => {
    const item = state.nodes.get(params.node);
    const p = params.pointer && params.pointer.DOM;
    if (item && p) showTip(tip, item.title, p.x, p.y);
  });
  network.on("hoverEdge", (params) => {
    const item = state.edges.get(params.edge);
    const p = params.pointer && params.pointer.DOM;
    if (item && p) showTip(tip, item.title, p.x, p.y);
  });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", () => {
    hideTip();
    handMoved = true;
    showBack();
  });
  // A finger "leaves" as soon as it is lifted: only a mouse or pen that moves away hides the tip.
  canvasBox.addEventListener("pointerleave", (event) => {
    if (event.pointerType !== "touch") hideTip();
  });
  // Nothing only on hover: a tap (or click) shows the tip of the resource or line under it, a tap
  // beside them hides it. A touch screen has no hover, and this does not rely on the browser
  // sending an emulated mouse move after the tap.
  const tipOnTap = (params) => {
    const at = params.pointer && params.pointer.DOM;
    if (!at) return;
    const nodeId = network.getNodeAt(at);
    const edgeId = nodeId === undefined ? network.getEdgeAt(at) : undefined;
    let item = null;
    if (nodeId !== undefined) item = state.nodes.get(nodeId);
    else if (edgeId !== undefined) item = state.edges.get(edgeId);
    if (item && item.title) showTip(tip, item.title, at.x, at.y);
    else hideTip();
  };

  let askToken = null;
  const showAsk = (msg) => {
    // "Does it belong to another area now?" – two buttons; the answer goes back to Python.
    askToken = msg.token;
    ask.replaceChildren();
    const question = document.createElement("p");
    question.textContent = String(msg.question || "");
    const yes = document.createElement("button");
    yes.type = "button";
    yes.className = "bk-map-ask-yes";
    yes.textContent = String(msg.yes || "");
    const no = document.createElement("button");
    no.type = "button";
    no.className = "bk-map-ask-no";
    no.textContent = String(msg.no || "");
    const answer = (value) => {
      if (askToken === null) return;
      send(model, { type: "answer", token: askToken, yes: value });
      askToken = null;
      ask.hidden = true;
    };
    yes.addEventListener("click", () => answer(true));
    no.addEventListener("click", () => answer(false));
    ask.append(question, yes, no);
    ask.hidden = false;
    yes.focus();
  };

  network.on("click", (params) => {
    tipOnTap(params);
    const pos = params.pointer && params.pointer.canvas;
    if ((!params.nodes || !params.nodes.length) && (!params.edges || !params.edges.length) && pos) {
      const area = bkAreaAt(state.background, pos.x, pos.y);
      if (area) {
        setFocus(focus === area.category ? null : area.category);
        return;
      }
    }
    const id = params.nodes && params.nodes.length ? String(params.nodes[0]) : "";
    if (id !== (model.get("selected") || "")) {
      model.set("selected", id);
      model.save_changes();
    }
  });
  // Two fingers zoom; they never move a resource. A pinch whose first finger lands on a box ends
  // in vis as a drag of that box: it goes back to its place and nothing is reported (it was saved
  // as a new place in its area, and the layout's answer reset the zoom just made).
  const touches = new Set();
  let pinched = false;
  canvasBox.addEventListener(
    "pointerdown",
    (event) => {
      if (event.pointerType !== "touch") return;
      if (!touches.size) pinched = false; // a new gesture
      touches.add(event.pointerId);
      if (touches.size > 1) pinched = true;
    },
    true,
  );
  for (const kind of ["pointerup", "pointercancel"]) {
    canvasBox.addEventListener(kind, (event) => touches.delete(event.pointerId), true);
  }
  network.on("dragEnd", (params) => {
    if (!params.nodes || !params.nodes.length) {
      handMoved = true; // the whole map pushed aside
      showBack();
      return;
    }
    if (pinched) {
      for (const id of params.nodes) {
        const kept = state.nodes.get(id);
        if (kept && kept.x !== undefined) network.moveNode(id, kept.x, kept.y);
      }
      applySelection();
      return;
    }
    const found = network.getPositions(params.nodes);
    const positions = {};
    const updates = [];
    for (const id of params.nodes) {
      const p = found[id];
      if (!p) continue;
      const x = Math.round(p.x * 10) / 10;
      const y = Math.round(p.y * 10) / 10;
      positions[id] = [x, y];
      updates.push({ id, x, y });
    }
    // Python hears of the drop first: the kernel works on it while the browser draws (the drawings
    // below went first and held the message back by one whole drawing of the map, ~5 ms at 200).
    send(model, { type: "moved", positions });
    // Keep the DataSet in step with the drawing, so later updates start from the dropped place. The
    // box is drawn there already: it keeps its options and measured label (a DataSet update would
    // have vis take them all again and draw the map twice more, ~10 ms at 200 resources).
    if (!placeQuietly(state, network, updates)) state.nodes.update(updates);
    // Dragging selects in vis; the selection shown must stay the one Python knows. vis draws the
    // map once right after this handler (its drag end): the selection is drawn there, not before.
    drawnOnce(() => applySelection());
  });

  const onSelected = () => applySelection();
  const onOptions = () => network.setOptions(model.get("options") || {});
  const onLegend = () => showLegend(legendOpen);
  const onTexts = () => {
    canvasBox.setAttribute("aria-label", String(texts().aria_label || ""));
    backButton.textContent = String(texts().whole_map || "");
    backButton.title = String(texts().fit_hint || "");
    bigButton.textContent = String((big ? texts().big_exit : texts().big) || "");
    bigButton.title = String((big ? texts().big_exit_hint : texts().big_hint) || "");
    empty.textContent = String(texts().empty || "");
    showLegend(legendOpen);
  };
  model.on("change:selected", onSelected);
  model.on("change:options", onOptions);
  model.on("change:legend", onLegend);
  model.on("change:texts", onTexts);
  model.on("change:height", setHeight);
  model.on("change:tools", renderTools);
  // The saved trait may be older than the deltas sent since; Python answers with a reset if so.
  send(model, { type: "hello", seq: state.seq });

  return () => {
    observer.disconnect();
    window.removeEventListener("resize", onResize);
    tools.remove();
    document.removeEventListener("keydown", onKey);
    if (big) showBig(false);
    state.nodes.off("*", onNodesChanged);
    state.nodes.off("add", keepSymbols);
    state.nodes.off("update", keepSymbols);
    state.nodes.off("remove", keepSymbols);
    model.off("change:selected", onSelected);
    model.off("change:options", onOptions);
    model.off("change:legend", onLegend);
    model.off("change:texts", onTexts);
    model.off("change:height", setHeight);
    model.off("change:tools", renderTools);
    model.off("change:_snapshot", onSnapshot);
    model.off("msg:custom", onMessage);
    const maps = registry();
    const index = maps.indexOf(record);
    if (index >= 0) maps.splice(index, 1);
    network.destroy();
  };
}

export default { render };
