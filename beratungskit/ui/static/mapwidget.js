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

function swatch(entry) {
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("width", "26");
  svg.setAttribute("height", "22");
  svg.setAttribute("viewBox", "0 0 26 22");
  svg.setAttribute("aria-hidden", "true");
  const color = String(entry.color || "#888888");
  const border = String(entry.border || "#333333");
  let shape;
  if (entry.line) {
    shape = document.createElementNS(SVG_NS, "line");
    shape.setAttribute("x1", "2");
    shape.setAttribute("y1", "11");
    shape.setAttribute("x2", "24");
    shape.setAttribute("y2", "11");
    shape.setAttribute("stroke", String(entry.line.color || color));
    shape.setAttribute("stroke-width", String(entry.line.width || 2));
    if (entry.line.dashes) shape.setAttribute("stroke-dasharray", "4 3");
  } else {
    const kind = String(entry.shape || "dot");
    const points = {
      diamond: "13,2 23,11 13,20 3,11",
      triangle: "13,2 23,20 3,20",
      triangleDown: "3,2 23,2 13,20",
      star: "13,1 15.6,8 23,8 17,12.5 19.2,20 13,15.5 6.8,20 9,12.5 3,8 10.4,8",
      hexagon: "7,2 19,2 24,11 19,20 7,20 2,11",
    }[kind];
    if (points) {
      shape = document.createElementNS(SVG_NS, "polygon");
      shape.setAttribute("points", points);
    } else if (kind === "square" || kind === "box") {
      shape = document.createElementNS(SVG_NS, "rect");
      shape.setAttribute("x", "4");
      shape.setAttribute("y", "2");
      shape.setAttribute("width", "18");
      shape.setAttribute("height", "18");
      if (kind === "box") shape.setAttribute("rx", "4");
    } else if (kind === "ellipse") {
      shape = document.createElementNS(SVG_NS, "ellipse");
      shape.setAttribute("cx", "13");
      shape.setAttribute("cy", "11");
      shape.setAttribute("rx", "11");
      shape.setAttribute("ry", "7");
    } else {
      shape = document.createElementNS(SVG_NS, "circle");
      shape.setAttribute("cx", "13");
      shape.setAttribute("cy", "11");
      shape.setAttribute("r", "9");
    }
    shape.setAttribute("fill", color);
    shape.setAttribute("stroke", border);
    shape.setAttribute("stroke-width", "1.5");
  }
  svg.appendChild(shape);
  return svg;
}

function renderLegend(box, model) {
  const entries = model.get("legend") || [];
  const texts = model.get("texts") || {};
  box.replaceChildren();
  box.hidden = entries.length === 0;
  if (!entries.length) return;
  const title = document.createElement("div");
  title.className = "bk-map-legend-title";
  title.textContent = String(texts.legend_title || "");
  box.appendChild(title);
  const list = document.createElement("ul");
  for (const entry of entries) {
    const item = document.createElement("li");
    const text = document.createElement("span");
    text.textContent = String(entry.label || "");
    item.append(swatch(entry), text);
    list.appendChild(item);
  }
  box.appendChild(list);
}

function render({ model, el }) {
  // Each view keeps its own DataSets. (anywidget hands initialize and render different model
  // proxies, so there is no per-model object to share them through.)
  const state = { nodes: new vis.DataSet(), edges: new vis.DataSet(), seq: -1 };
  const snapshot = model.get("_snapshot") || {};
  if (typeof snapshot.seq === "number") applyFull(state, snapshot);
  const texts = () => model.get("texts") || {};

  el.classList.add("bk-map");
  const frame = document.createElement("div");
  frame.className = "bk-map-frame";
  const canvasBox = document.createElement("div");
  canvasBox.className = "bk-map-canvas";
  canvasBox.setAttribute("role", "img");
  canvasBox.setAttribute("aria-label", String(texts().aria_label || ""));
  const legend = document.createElement("div");
  legend.className = "bk-map-legend";
  const fitButton = document.createElement("button");
  fitButton.type = "button";
  fitButton.className = "bk-map-fit";
  fitButton.textContent = String(texts().fit || "");
  fitButton.title = String(texts().fit_hint || "");
  const empty = document.createElement("div");
  empty.className = "bk-map-empty";
  empty.textContent = String(texts().empty || "");
  frame.append(canvasBox, empty, legend, fitButton);
  el.appendChild(frame);

  const setHeight = () => {
    frame.style.height = String(model.get("height") || "560px");
  };
  setHeight();
  renderLegend(legend, model);

  const network = new vis.Network(canvasBox, { nodes: state.nodes, edges: state.edges }, model.get("options") || {});
  el.__network = network;

  let sized = false;
  let fitPending = true;
  const fit = () => {
    network.fit({ animation: false });
    fitPending = false;
  };
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
        fit();
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
  fitButton.addEventListener("click", () => fit());
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
    model.off("change:_snapshot", onSnapshot);
    model.off("msg:custom", onMessage);
    const maps = registry();
    const index = maps.indexOf(record);
    if (index >= 0) maps.splice(index, 1);
    network.destroy();
  };
}

export default { render };
