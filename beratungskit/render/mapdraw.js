// Drawing shared by the live map widget and the offline HTML export (plain functions, no modules).
//
// The background data comes from beratungskit/render/visdata.py (map_background): rings, the
// dividing lines of the four areas, the area titles and the ring names, all in map coordinates.
// Text is drawn on the canvas with fillText: nothing is ever parsed as HTML.

function bkDrawBackground(ctx, bg) {
  if (!bg || !Array.isArray(bg.rings)) return;
  const fonts = bg.fonts || {};
  const face = String(fonts.face || "Arial, sans-serif");
  ctx.save();
  // area dividing lines: solid, from the eLb out to the outer ring
  ctx.lineWidth = 2;
  ctx.strokeStyle = String(bg.sector_color || "#8c8c8c");
  for (const s of bg.sectors || []) {
    ctx.beginPath();
    ctx.moveTo(s.x0, s.y0);
    ctx.lineTo(s.x1, s.y1);
    ctx.stroke();
  }
  // rings: dashed rectangles with rounded corners around the eLb
  ctx.strokeStyle = String(bg.color || "#b8b8b8");
  ctx.setLineDash([8, 6]);
  for (const ring of bg.rings) {
    bkRoundRect(ctx, Number(ring.x0), Number(ring.y0), Number(ring.x1), Number(ring.y1), Number(ring.r));
    ctx.stroke();
  }
  ctx.setLineDash([]);
  const two = bg.second || null; // the eLb's language under the German (visdata.py map_background)
  const face2 = two ? String(two.face || face) : face;
  // area titles: symbol and name in bold, the hint below (and under each, the eLb's words)
  ctx.textBaseline = "top";
  for (const area of bg.areas || []) {
    ctx.textAlign = area.align === "right" ? "right" : area.align === "center" ? "center" : "left";
    const tops = two && Array.isArray(area.tops) ? area.tops.map(Number) : null;
    ctx.fillStyle = String(area.color || "#333333");
    ctx.font = "bold " + String(fonts.title || 26) + "px " + face;
    ctx.fillText(String(area.text || ""), area.x, area.y);
    if (tops && area.text2) {
      bkSecondText(ctx, two, String(area.text2), "bold " + Number(two.title || 20) + "px " + face2, area.x, area.y + tops[1]);
    }
    ctx.fillStyle = "#333333";
    ctx.font = String(fonts.hint || 18) + "px " + face;
    ctx.fillText(String(area.hint || ""), area.x, area.y + (tops ? tops[2] : Number(fonts.title || 26) * 1.2));
    if (tops && area.hint2) {
      bkSecondText(ctx, two, String(area.hint2), Number(two.hint || 18) + "px " + face2, area.x, area.y + tops[3]);
    }
  }
  ctx.restore();
}

function bkDrawRingNames(ctx, bg, network) {
  // The rings' names, drawn after the connection lines (afterDrawing): a line that runs under a
  // name is cut by its white patch instead of striking the name through (session 17: a crowded
  // ring 1 had its name under the lines). The boxes stay over the names: their places are kept
  // free of boxes (layout.py: a crowded ring is given room on its top line, session 20), and should
  // a name still reach a box the box is left out of the drawing (a safety net).
  if (!bg || !Array.isArray(bg.rings)) return;
  const fonts = bg.fonts || {};
  const face = String(fonts.face || "Arial, sans-serif");
  ctx.save();
  if (network) {
    ctx.beginPath();
    ctx.rect(-1e6, -1e6, 2e6, 2e6);
    for (const id of network.body.nodeIndices) {
      const node = network.body.nodes[id];
      if (!node || !node.shape || node.options.hidden) continue;
      const w = Number(node.shape.width) || 0;
      const h = Number(node.shape.height) || 0;
      ctx.rect(node.x - w / 2 - 2, node.y - h / 2 - 2, w + 4, h + 4);
    }
    ctx.clip("evenodd");
  }
  // on their line, on a white patch so the dashes (and lines) do not cut them
  ctx.font = String(fonts.ring || 18) + "px " + face;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  const two = bg.second || null; // the eLb's language under the German (visdata.py map_background)
  const face2 = two ? String(two.face || face) : face;
  const ring2 = two ? Number(two.ring || 18) : 0;
  for (const ring of bg.rings) {
    const text = String(ring.label || "");
    ctx.font = String(fonts.ring || 18) + "px " + face;
    let w = ctx.measureText(text).width + 8;
    let h = Number(fonts.ring || 18) * 1.3;
    const apart = two && ring.label2 && ring.apart;
    const own = two && ring.label2 && !apart ? String(ring.label2) : "";
    if (apart) {
      // the translation by itself at its own place on the line (no room beside the German)
      ctx.font = String(ring2) + "px " + face2;
      const w2 = ctx.measureText(String(ring.label2)).width + 8;
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(ring.lx2 - w2 / 2, ring.ly2 - ring2 * 0.65, w2, ring2 * 1.3);
      ctx.fillStyle = "#4d4d4d";
      bkSecondText(ctx, two, String(ring.label2), ring2 + "px " + face2, ring.lx2, ring.ly2);
    }
    const w1 = w - 8;
    let w2 = 0;
    if (own) {
      ctx.font = String(ring2) + "px " + face2;
      w2 = ctx.measureText(own).width;
      if (ring.inline) w = w1 + Number(two.space || 14) + w2 + 8; // beside the German, one line
      else {
        w = Math.max(w, w2 + 8);
        h += ring2 * 1.3;
      }
    }
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(ring.lx - w / 2, ring.ly - h / 2, w, h);
    ctx.fillStyle = "#4d4d4d";
    ctx.font = String(fonts.ring || 18) + "px " + face;
    if (!own) {
      ctx.fillText(text, ring.lx, ring.ly);
    } else if (ring.inline) {
      const left = ring.lx - w / 2 + 4;
      ctx.fillText(text, left + w1 / 2, ring.ly);
      bkSecondText(ctx, two, own, ring2 + "px " + face2, left + w1 + Number(two.space || 14) + w2 / 2, ring.ly);
    } else {
      ctx.fillText(text, ring.lx, ring.ly - h / 2 + Number(fonts.ring || 18) * 0.65);
      bkSecondText(ctx, two, own, ring2 + "px " + face2, ring.lx, ring.ly + h / 2 - ring2 * 0.65);
    }
  }
  ctx.restore();
}

function bkSecondText(ctx, two, text, font, x, y) {
  // One line in the eLb's language, at the German line's alignment (left/right/center are the
  // canvas's absolute sides): right to left for Arabic and Persian.
  ctx.save();
  ctx.font = font;
  ctx.direction = two.dir === "rtl" ? "rtl" : "ltr";
  ctx.fillText(text, x, y);
  ctx.restore();
}

function bkRoundRect(ctx, x0, y0, x1, y1, r) {
  // A ring's line: the rectangle from (x0, y0) to (x1, y1) with corners rounded with radius r.
  ctx.beginPath();
  ctx.moveTo(x0 + r, y0);
  ctx.lineTo(x1 - r, y0);
  ctx.arc(x1 - r, y0 + r, r, -Math.PI / 2, 0);
  ctx.lineTo(x1, y1 - r);
  ctx.arc(x1 - r, y1 - r, r, 0, Math.PI / 2);
  ctx.lineTo(x0 + r, y1);
  ctx.arc(x0 + r, y1 - r, r, Math.PI / 2, Math.PI);
  ctx.lineTo(x0, y0 + r);
  ctx.arc(x0 + r, y0 + r, r, Math.PI, 1.5 * Math.PI);
  ctx.closePath();
}

function bkSymbolPath(ctx, shape, cx, cy, r) {
  ctx.beginPath();
  if (shape === "star") {
    for (let n = 0; n < 10; n++) {
      const rad = r * (n % 2 === 0 ? 1.15 : 0.48);
      const a = (n * Math.PI) / 5 - Math.PI / 2;
      if (n === 0) ctx.moveTo(cx + rad * Math.cos(a), cy + 0.08 * r + rad * Math.sin(a));
      else ctx.lineTo(cx + rad * Math.cos(a), cy + 0.08 * r + rad * Math.sin(a));
    }
    ctx.closePath();
  } else if (shape === "square") {
    ctx.rect(cx - r * 0.85, cy - r * 0.85, r * 1.7, r * 1.7);
  } else if (shape === "triangle") {
    ctx.moveTo(cx, cy - r);
    ctx.lineTo(cx + r, cy + r * 0.75);
    ctx.lineTo(cx - r, cy + r * 0.75);
    ctx.closePath();
  } else {
    ctx.arc(cx, cy, r * 0.9, 0, 2 * Math.PI);
  }
}

function bkDrawSymbols(ctx, network, items, only) {
  // The category symbol in the left margin of each box: colour *and* shape, for colour-blind eyes.
  // `items`: the nodes' DataSet, or a Map id → item kept beside it (no copy of every item per
  // drawing); `only`: a Set of the ids to draw (the boxes of a drawing of part of the map).
  const nodes = network.body.nodes;
  ctx.save();
  for (const item of items instanceof Map ? items.values() : items.get()) {
    if (!item.symbol || (only && !only.has(item.id))) continue;
    const node = nodes[item.id];
    if (!node || !node.shape || node.options.hidden) continue;
    const left = node.x - node.shape.width / 2;
    const r = 9;
    ctx.globalAlpha = Number(node.options.opacity === undefined ? 1 : node.options.opacity);
    bkSymbolPath(ctx, String(item.symbol.shape), left + 16, node.y, r);
    ctx.fillStyle = String(item.symbol.color);
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = String(item.symbol.border);
    ctx.stroke();
  }
  ctx.restore();
}

function bkFitBox(network, width, height, box, pad) {
  // Zoom and pan so that `box` ([x0, y0, x1, y1] in map coordinates) fills the canvas.
  if (!box || !width || !height) return;
  const p = pad === undefined ? 6 : pad; // ui/mapwidget.py FIT_PAD
  const scale = Math.min((width - 2 * p) / (box[2] - box[0]), (height - 2 * p) / (box[3] - box[1]));
  network.moveTo({
    position: { x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2 },
    scale: Math.max(scale, 0.05),
    animation: false,
  });
}

function bkAreaAt(bg, x, y) {
  // The area whose title is at map point (x, y), or null.
  for (const area of (bg && bg.areas) || []) {
    const b = area.box;
    if (b && x >= b[0] - 6 && x <= b[2] + 6 && y >= b[1] - 6 && y <= b[3] + 6) return area;
  }
  return null;
}
