// Live map widget: vis-network driven by incremental updates from Python.
//
// Python prepends the vis-network bundle that pyvis ships, wrapped so that it takes its CommonJS
// path, and binds the result to `vis` (see mapwidget.py: _build_esm). No CDN, no global `vis`.
//
// Protocol (all JSON):
//   trait `_snapshot` {seq, nodes, edges}  full load (set_items); applied when seq is newer
//   Python → JS  {type:"delta", seq, nodes:{add,update,clear,remove}, edges:{…}}
//                {type:"reset", seq, nodes, edges}    answer to hello/resync
//                {type:"fit"}
//   JS → Python  {type:"hello", seq}                 once per view: "this is what I have"
//                {type:"resync", seq}                a delta arrived out of order
//                {type:"moved", positions:{id:[x,y]}} after a drag ended
//   trait `selected` (node id or "") both ways.
// Everything the person sees is set through textContent and attributes, never parsed as HTML.

const MAX_TIMINGS = 200;

function registry() {
  // A test/benchmark hook: every live view with its network and timings.
  if (!globalThis.__beratungskitMaps) {
    globalThis.__beratungskitMaps = [];
  }
  return globalThis.__beratungskitMaps;
}

function applyPart(dataSet, part) {
  if (!part) return;
  if (part.remove && part.remove.length) dataSet.remove(part.remove);
  if (part.add && part.add.length) dataSet.add(part.add);
  // `clear` resets keys to vis defaults (null deletes an option) before the new values land,
  // so a key that disappeared in Python does not linger in the drawing.
  if (part.clear && part.clear.length) dataSet.update(part.clear);
  if (part.update && part.update.length) dataSet.update(part.update);
}

function applyDelta(state, msg) {
  // Returns [received, applied] times, for the benchmark hook.
  const received = performance.now();
  // Removing nodes first lets edges that pointed at them go in the same step.
  if (msg.edges && msg.edges.remove) state.edges.remove(msg.edges.remove);
  applyPart(state.nodes, msg.nodes);
  applyPart(state.edges, msg.edges && { ...msg.edges, remove: [] });
  return [received, performance.now()];
}

function applyFull(state, data) {
  state.edges.clear();
  state.nodes.clear();
  state.nodes.add(data.nodes || []);
  state.edges.add(data.edges || []);
  state.seq = data.seq;
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

function renderLegend(box, model) {
  // Entries: {heading} | {label, hint?, strong?, shape, color, border} | {label, line:{…}} | {label}.
  const entries = model.get("legend") || [];
  const texts = model.get("texts") || {};
  box.replaceChildren();
  box.hidden = entries.length === 0;
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

function drawBackground(ctx, bg) {
  // Rings and area titles, as in the HTML export; canvas text is never parsed as HTML.
  if (!bg || !Array.isArray(bg.rings)) return;
  const font = String(bg.font || "Arial, sans-serif");
  ctx.save();
  ctx.lineWidth = 2;
  ctx.strokeStyle = String(bg.color || "#b8b8b8");
  ctx.setLineDash([6, 6]);
  for (const ring of bg.rings) {
    ctx.beginPath();
    ctx.ellipse(0, 0, ring.rx, ring.radius, 0, 0, 2 * Math.PI);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.textAlign = "center";
  ctx.fillStyle = "#555555";
  ctx.font = "18px " + font;
  for (const ring of bg.rings) ctx.fillText(String(ring.label || ""), 0, -ring.radius - 7);
  ctx.font = "bold 24px " + font;
  for (const area of bg.areas || []) {
    ctx.fillStyle = String(area.color || "#333333");
    ctx.textAlign = area.align === "right" ? "right" : "left";
    ctx.fillText(String(area.text || ""), area.x, area.y);
  }
  ctx.restore();
}

function readableScale(options, minTextPx) {
  // The least zoom at which node labels are `minTextPx` screen pixels tall (0: no limit).
  const font = options && options.nodes && options.nodes.font;
  const size = Number((font && font.size) || 14);
  return minTextPx > 0 && size > 0 ? minTextPx / size : 0;
}

function fitView(network, box, nodeIds, bg, minScale) {
  // Like network.fit(), but keeping the rings and area titles in view too (as the export does).
  // With `minScale`, never zoom out further than that: text stays readable, the map stays centred
  // and the rest is reached by dragging the canvas ("Ganze Karte zeigen" passes 0).
  const rings = bg && Array.isArray(bg.rings) ? bg.rings : [];
  if (!rings.length) {
    network.fit({ animation: false });
    if (minScale && network.getScale() < minScale) {
      network.moveTo({ position: network.getViewPosition(), scale: minScale, animation: false });
    }
    return;
  }
  const width = box.clientWidth;
  const height = box.clientHeight;
  if (!width || !height) return;
  const outer = rings[rings.length - 1];
  let x0 = -outer.rx - 10;
  let x1 = outer.rx + 10;
  let y0 = -outer.radius - 30;
  let y1 = outer.radius + 10;
  for (const id of nodeIds) {
    const b = network.getBoundingBox(id);
    if (!b) continue;
    x0 = Math.min(x0, b.left);
    x1 = Math.max(x1, b.right);
    y0 = Math.min(y0, b.top);
    y1 = Math.max(y1, b.bottom);
  }
  const scale = Math.max(Math.min(width / (x1 - x0 + 40), height / (y1 - y0 + 40), 1.6), minScale || 0);
  network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale, animation: false });
}

function render({ model, el }) {
  // Each view keeps its own DataSets. (anywidget hands initialize and render different model
  // proxies, so there is no per-model object to share them through.)
  const state = { nodes: new vis.DataSet(), edges: new vis.DataSet(), seq: -1 };
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
  const fitButton = document.createElement("button");
  fitButton.type = "button";
  fitButton.className = "bk-map-fit";
  fitButton.textContent = String(texts().fit || "");
  fitButton.title = String(texts().fit_hint || "");
  const empty = document.createElement("div");
  empty.className = "bk-map-empty";
  empty.textContent = String(texts().empty || "");
  // The button sits under the map, not on it: the corners of the map hold the area titles.
  const tools = document.createElement("div");
  tools.className = "bk-map-tools";
  tools.appendChild(fitButton);
  const main = document.createElement("div");
  main.className = "bk-map-main";
  frame.append(canvasBox, empty);
  main.append(frame, tools);
  row.append(main, legend);
  el.appendChild(row);

  const setHeight = () => {
    frame.style.height = String(model.get("height") || "560px");
  };
  setHeight();
  renderLegend(legend, model);

  const network = new vis.Network(canvasBox, { nodes: state.nodes, edges: state.edges }, model.get("options") || {});
  el.__network = network;

  let sized = false;
  let fitPending = true;
  // Automatic fits (first size, new case) keep labels readable; the button shows the whole map.
  const fit = (whole) => {
    const minScale = whole ? 0 : readableScale(model.get("options"), Number(model.get("min_text_px") || 0));
    fitView(network, canvasBox, state.nodes.getIds(), model.get("background"), minScale);
    fitPending = false;
  };
  network.on("beforeDrawing", (ctx) => drawBackground(ctx, model.get("background")));
  const updateEmpty = () => {
    empty.hidden = state.nodes.length > 0;
  };
  updateEmpty();
  const onNodesChanged = () => updateEmpty();
  state.nodes.on("*", onNodesChanged);

  const record = {
    el,
    network,
    nodes: state.nodes,
    edges: state.edges,
    timings: [],
  };
  const requestFit = () => {
    fitPending = true;
    if (sized) fit();
  };
  const recordDraw = (seq, times) => {
    network.once("afterDrawing", () => {
      record.timings.push({ seq, received: times[0], applied: times[1], drawn: performance.now() });
      if (record.timings.length > MAX_TIMINGS) record.timings.shift();
    });
  };
  const onSnapshot = () => {
    const snap = model.get("_snapshot") || {};
    if (typeof snap.seq === "number" && snap.seq > state.seq) {
      applyFull(state, snap);
      requestFit();
    }
  };
  const onMessage = (msg) => {
    if (!msg || typeof msg !== "object") return;
    try {
      if (msg.type === "delta") {
        if (msg.seq === state.seq + 1) {
          state.seq = msg.seq;
          recordDraw(msg.seq, applyDelta(state, msg));
        } else if (msg.seq > state.seq) {
          // A message was missed (e.g. sent before this view existed): ask for everything.
          model.send({ type: "resync", seq: state.seq });
        }
      } else if (msg.type === "reset") {
        if (msg.seq > state.seq) {
          applyFull(state, msg);
          requestFit();
        }
      } else if (msg.type === "fit") {
        fit(Boolean(msg.whole));
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
  const observer = new ResizeObserver(() => {
    const rect = canvasBox.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return;
    network.redraw();
    sized = true;
    if (fitPending) fit();
  });
  observer.observe(canvasBox);

  const applySelection = () => {
    const id = model.get("selected") || "";
    if (id && state.nodes.get(id)) {
      network.selectNodes([id], false);
    } else {
      network.unselectAll();
    }
  };
  applySelection();

  network.on("click", (params) => {
    const id = params.nodes && params.nodes.length ? String(params.nodes[0]) : "";
    if (id !== (model.get("selected") || "")) {
      model.set("selected", id);
      model.save_changes();
    }
  });
  network.on("dragEnd", (params) => {
    if (!params.nodes || !params.nodes.length) return;
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
    // Keep the DataSet in step with the drawing, so later updates start from the dropped place.
    state.nodes.update(updates);
    model.send({ type: "moved", positions });
    // Dragging selects in vis; the selection shown must stay the one Python knows.
    applySelection();
  });

  const onSelected = () => applySelection();
  const onOptions = () => network.setOptions(model.get("options") || {});
  const onLegend = () => renderLegend(legend, model);
  const onTexts = () => {
    canvasBox.setAttribute("aria-label", String(texts().aria_label || ""));
    fitButton.textContent = String(texts().fit || "");
    fitButton.title = String(texts().fit_hint || "");
    empty.textContent = String(texts().empty || "");
    renderLegend(legend, model);
  };
  model.on("change:selected", onSelected);
  model.on("change:options", onOptions);
  model.on("change:legend", onLegend);
  model.on("change:texts", onTexts);
  model.on("change:height", setHeight);
  const onBackground = () => network.redraw();
  model.on("change:background", onBackground);
  fitButton.addEventListener("click", () => fit(true));
  // The saved trait may be older than the deltas sent since; Python answers with a reset if so.
  model.send({ type: "hello", seq: state.seq });

  return () => {
    observer.disconnect();
    state.nodes.off("*", onNodesChanged);
    model.off("change:selected", onSelected);
    model.off("change:options", onOptions);
    model.off("change:legend", onLegend);
    model.off("change:texts", onTexts);
    model.off("change:height", setHeight);
    model.off("change:background", onBackground);
    model.off("change:_snapshot", onSnapshot);
    model.off("msg:custom", onMessage);
    const maps = registry();
    const index = maps.indexOf(record);
    if (index >= 0) maps.splice(index, 1);
    network.destroy();
  };
}

export default { render };
