/* medkg explorer, part 2 of 4: the legend, one filter box per label and relationship type,
 * and the colours of the largest communities. */
const LEGEND_COMMUNITIES = 30;
const SHAPES = {
  dot: '<circle cx="8" cy="8" r="6"/>', square: '<rect x="2" y="2" width="12" height="12"/>',
  diamond: '<polygon points="8,1 15,8 8,15 1,8"/>', hexagon: '<polygon points="4,2 12,2 15,8 12,14 4,14 1,8"/>',
  triangle: '<polygon points="8,2 15,14 1,14"/>', triangleDown: '<polygon points="1,2 15,2 8,14"/>',
  star: '<polygon points="8,1 10,6 15,6 11,9 13,15 8,11 3,15 5,9 1,6 6,6"/>',
};

/** A small SVG built from constant markup (no data goes into it as markup). */
function icon(width, height, inner) {
  const wrap = document.createElement("span");
  wrap.innerHTML = `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${inner}</svg>`;
  return wrap.firstChild;
}

function shapeIcon(shape, colour) {
  const svg = icon(16, 16, SHAPES[shape]);
  svg.firstChild.setAttribute("fill", colour);
  return svg;
}

function lineIcon(rel) {
  const svg = icon(30, 10, '<line x1="1" y1="5" x2="29" y2="5"/>');
  const line = svg.firstChild;
  line.setAttribute("stroke", rel.color);
  line.setAttribute("stroke-width", Math.max(1.5, rel.width));
  if (rel.dashes.length) line.setAttribute("stroke-dasharray", rel.dashes.join(" "));
  return svg;
}

function legendEntry(symbol, text, count, onToggle) {
  const box = el("input", { type: "checkbox" });
  box.checked = true;
  box.addEventListener("change", () => onToggle(box.checked));
  return el("li", count ? {} : { class: "empty" },
    el("label", {}, box, symbol, el("span", {}, text), el("span", { class: "count" }, String(count))));
}

/** Fills the legend; onLabel(label, shown) and onRel(type, shown) run when a box changes. */
function buildLegend(data, style, onLabel, onRel) {
  const labelCount = {}, relCount = {};
  for (const n of data.nodes) labelCount[n.kind] = (labelCount[n.kind] || 0) + 1;
  for (const e of data.edges) relCount[e.type] = (relCount[e.type] || 0) + 1;
  for (const [label, s] of Object.entries(style.labels)) {
    $("legend-labels").append(legendEntry(shapeIcon(s.shape, s.color), `${s.caption} ${label}`,
      labelCount[label] || 0, (on) => onLabel(label, on)));
  }
  for (const [rel, s] of Object.entries(style.rels)) {
    $("legend-rels").append(legendEntry(lineIcon(s), `${s.caption} ${rel}${s.arrows ? " →" : ""}`,
      relCount[rel] || 0, (on) => onRel(rel, on)));
  }
  for (const c of data.communities.slice(0, LEGEND_COMMUNITIES)) {
    $("legend-communities").append(el("li", {}, shapeIcon("dot", c.color),
      el("span", {}, `社区 ${c.id}`), el("span", { class: "count" }, String(c.size))));
  }
  const rest = data.communities.slice(LEGEND_COMMUNITIES);
  if (rest.length) {
    $("legend-communities").append(el("li", { class: "note" },
      `… ${rest.length} 个更小的社区 smaller communities (${rest.reduce((a, c) => a + c.size, 0)} 节点)`));
  }
  $("size-note").textContent = `大小 size: ${data.sizeMeasure} · 虚线橙色 = 预测的潜在合作 (score)`;
}
