/* medkg explorer, part 4 of 4: draws the embedded graph with vis-network and wires the controls.
 * Nodes, ties and vis-network options arrive as pyvis built them (medkg.viz.drawing), already
 * styled for the view's first state; this script restyles only when the reader changes it.
 * Everything it needs is on the page; it never fetches anything. */
const timings = { scriptStart: performance.now() };
const data = JSON.parse(document.getElementById("medkg-data").textContent);
const style = data.style;
const paint = style.paint;
const ARROWS_ALWAYS = data.options.edges.arrows.to.enabled;  // else only when zoomed in (big graphs)
const ARROW_SCALE = 0.4;

const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
const edgeById = new Map(data.edges.map((e) => [e.id, e]));
const incident = new Map(data.nodes.map((n) => [n.id, []]));
for (const e of data.edges) { incident.get(e.from).push(e); incident.get(e.to).push(e); }
const communityColour = new Map(data.communities.map((c) => [c.id, c.color]));
const years = data.edges.map((e) => e.year).filter((y) => y !== null);
const initial = data.state;

const state = {
  labels: new Set(Object.keys(style.labels)),
  rels: new Set(Object.keys(style.rels)),
  yearFrom: years.length ? years.reduce((a, b) => Math.min(a, b)) : null,
  yearTo: years.length ? years.reduce((a, b) => Math.max(a, b)) : null,
  undated: true,
  focus: null,
  focusSet: null,
  hops: initial.hops || 1,
  // a path or report selection: everything else is dimmed (pyvis drew the first one)
  highlight: initial.highlight_nodes.length || initial.highlight_edges.length
    ? { nodes: new Set(initial.highlight_nodes), edges: new Set(initial.highlight_edges) } : null,
  found: new Set(),  // search matches: outlined, nothing else changes (cheap at 5,000 nodes)
  selected: null,
  byCommunity: initial.colour_by === "community" && data.communities.length > 0,
};

/* ---------- how things look: the rules of medkg.viz.drawing node_paint / edge_paint ---------- */
function searchKey(text) { return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase(); }

function nodeColour(n) {
  if (state.byCommunity) return n.community === null ? paint.noCommunity : communityColour.get(n.community);
  return style.labels[n.kind].color;
}

function nodePaint(fill, lit, marked) {
  const shown = lit ? fill : paint.dim;
  const border = marked ? paint.mark : lit ? paint.border : paint.dim;
  const hover = { background: shown, border: paint.mark };
  return {
    borderWidth: marked ? 3 : 1,
    color: { background: shown, border, highlight: hover, hover },
    font: { color: lit ? paint.font : paint.dimFont },
  };
}

function edgePaint(type, lit, highlighted) {
  const s = style.rels[type];
  const shown = lit ? s.color : paint.dim;
  return {
    width: highlighted && lit ? s.width + 3 : s.width,
    color: { color: shown, highlight: paint.mark, hover: paint.mark },
    font: { color: shown },
  };
}

function edgeTooltip(e) {
  const lines = [`${nodeById.get(e.from).name} → ${nodeById.get(e.to).name}`, `${style.rels[e.type].caption} ${e.type}`];
  for (const [k, v] of Object.entries(e.props)) lines.push(`${k}: ${Array.isArray(v) ? v.join("、") : v}`);
  return lines.join("\n");
}

function visNode(n) {
  const lit = !state.highlight || state.highlight.nodes.has(n.id);
  const marked = state.found.has(n.id) || (state.highlight !== null && lit);
  return { id: n.id, ...nodePaint(nodeColour(n), lit, marked) };
}

function visEdge(e) {
  const lit = !state.highlight || state.highlight.edges.has(e.id);
  return { id: e.id, ...edgePaint(e.type, lit, state.highlight !== null) };
}

/* ---------- what is shown ---------- */
function edgePasses(e) {
  if (!state.rels.has(e.type)) return false;
  if (e.year === null) return state.undated;
  return (state.yearFrom === null || e.year >= state.yearFrom)
    && (state.yearTo === null || e.year <= state.yearTo);
}
function nodeVisible(id) {
  return state.labels.has(nodeById.get(id).kind) && (!state.focusSet || state.focusSet.has(id));
}
function edgeVisible(id) {
  const e = edgeById.get(id);
  return edgePasses(e) && nodeVisible(e.from) && nodeVisible(e.to);
}

/** Nodes within `hops` ties of `start`, walking only ties and labels the filters show. */
function neighbourhood(start, hops) {
  const seen = new Set([start]);
  let frontier = [start];
  for (let k = 0; k < hops && frontier.length; k++) {
    const next = [];
    for (const id of frontier) {
      for (const e of incident.get(id)) {
        const other = e.from === id ? e.to : e.from;
        if (edgePasses(e) && !seen.has(other) && state.labels.has(nodeById.get(other).kind)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

for (const e of data.edges) e.title = edgeTooltip(e);
const nodes = new vis.DataSet(data.nodes);
const edges = new vis.DataSet(data.edges);
const nodeView = new vis.DataView(nodes, { filter: (n) => nodeVisible(n.id) });
const edgeView = new vis.DataView(edges, { filter: (e) => edgeVisible(e.id) });
let laidOut = false;
let moved = false;  // positions on screen differ from those stored in `nodes`

/* Layout polish. Positions arrive laid out by igraph, so the browser only untangles: the
 * options' short probe batch measures what one Barnes-Hut iteration costs on this machine
 * (about 0.1 s at 5,000 nodes in headless Chromium), then one more batch gets what fits the
 * time budget. Then physics is switched off for good. */
const PROBE_ITERATIONS = data.options.physics.stabilization.iterations, MAX_ITERATIONS = 200, BUDGET_MS = 1500;

const network = new vis.Network($("network"), { nodes: nodeView, edges: edgeView }, data.options);
timings.networkCreated = performance.now();

/** Keep every node where it is, so a node hidden and shown again comes back in place. */
function savePositions() {
  if (!moved) return;
  const pos = network.getPositions();
  nodes.update(Object.keys(pos).map((id) => ({ id, x: pos[id].x, y: pos[id].y })));
  moved = false;
}
network.on("dragEnd", (p) => { if (p.nodes.length) moved = true; });

function updateCounts() {
  $("counts").textContent = `${nodeView.length} / ${data.nodes.length} 节点 nodes · `
    + `${edgeView.length} / ${data.edges.length} 关系 edges`;
  const f = state.focus ? nodeById.get(state.focus) : null;
  $("focus-status").textContent = f ? `聚焦 ${f.name} · ${state.hops} 跳 hops · ${nodeView.length} 节点` : "";
}

function apply() {
  savePositions();
  state.focusSet = state.focus ? neighbourhood(state.focus, state.hops) : null;
  nodeView.refresh();
  edgeView.refresh();
  updateCounts();
}

function restyle() {
  nodes.update(data.nodes.map(visNode));
  edges.update(data.edges.map(visEdge));
}

function fitTo(ids) {
  const shown = ids.filter(nodeVisible);
  if (shown.length === 1) network.focus(shown[0], { scale: 1.2, animation: false });
  else if (shown.length > 1) network.fit({ nodes: shown, animation: false });
}

function setHighlight(nodeIds, edgeIds) {
  state.highlight = nodeIds ? { nodes: new Set(nodeIds), edges: new Set(edgeIds) } : null;
  restyle();
}

function focusOn(id, hops) {
  state.focus = id;
  state.hops = Math.max(1, hops | 0);
  $("hops").value = state.hops;
  apply();
  network.selectNodes([id]);
  network.fit({ animation: false });
  panel.showNode(id);
}

function showAll() {
  state.focus = null;
  apply();
  network.fit({ animation: false });
}

/* ---------- search ---------- */
const searchIndex = data.nodes.map((n) => [n.id, [n.name, ...n.aliases].map(searchKey)]);

/** Nodes whose name or any alias contains the text (exact matches first): listed, outlined,
 *  the first selected and the view moved onto them. */
function search(text) {
  const key = searchKey(text);
  const list = $("search-results");
  list.replaceChildren();
  const hits = [];
  if (key) {
    const partial = [];
    for (const [id, keys] of searchIndex) {
      if (keys.includes(key)) hits.push(id);
      else if (keys.some((k) => k.includes(key))) partial.push(id);
    }
    hits.push(...partial);
  }
  for (const id of hits.slice(0, 50)) {
    const n = nodeById.get(id);
    const item = el("li", {}, `${n.name} · ${style.labels[n.kind].caption}`);
    item.addEventListener("click", () => select(id));
    list.append(item);
  }
  if (key && !hits.length) list.append(el("li", {}, "无匹配 no match"));
  const changed = new Set([...state.found, ...hits]);
  state.found = new Set(hits);
  nodes.update([...changed].map((id) => visNode(nodeById.get(id))));
  if (hits.length) {
    state.selected = hits[0];
    network.selectNodes(hits.filter(nodeVisible).slice(0, 1));
    fitTo(hits);
  }
}

function select(id) {
  state.selected = id;
  if (nodeVisible(id)) { network.selectNodes([id]); fitTo([id]); }
  panel.showNode(id);
}

const panel = detailsPanel(data, style, nodeById, edgeById, incident, select,
  (id) => focusOn(id, Number($("hops").value)));

// Arrow heads cost more to draw than the lines: on big graphs only when zoomed in enough to see them.
let arrowsShown = ARROWS_ALWAYS;
network.on("zoom", () => {
  const wanted = ARROWS_ALWAYS || network.getScale() >= ARROW_SCALE;
  if (wanted !== arrowsShown) {
    arrowsShown = wanted;
    network.setOptions({ edges: { arrows: { to: { enabled: wanted } } } });
  }
});

network.on("click", (p) => {
  if (p.nodes.length) panel.showNode(p.nodes[0]);
  else if (p.edges.length) panel.showEdge(p.edges[0]);
});
network.on("doubleClick", (p) => { if (p.nodes.length) focusOn(p.nodes[0], Number($("hops").value)); });

/* ---------- controls ---------- */
function syncCommunityControls() {
  $("colour-community").checked = state.byCommunity;
  $("legend-communities").hidden = !state.byCommunity;
}

function setColourByCommunity(on) {
  state.byCommunity = on && data.communities.length > 0;
  syncCommunityControls();
  restyle();
}

function wireControls() {
  let timer = null;
  $("search").addEventListener("input", (ev) => {
    clearTimeout(timer);
    timer = setTimeout(() => search(ev.target.value), 150);
  });
  $("focus-button").addEventListener("click", () => {
    const id = network.getSelectedNodes()[0] || state.selected;
    if (id) focusOn(id, Number($("hops").value));
  });
  $("hops").addEventListener("change", () => { if (state.focus) focusOn(state.focus, Number($("hops").value)); });
  $("show-all").addEventListener("click", showAll);
  $("colour-community").disabled = !data.communities.length;
  $("colour-community").addEventListener("change", (ev) => setColourByCommunity(ev.target.checked));
  $("year-section").hidden = !years.length;
  $("year-from").value = state.yearFrom ?? "";
  $("year-to").value = state.yearTo ?? "";
  const readYears = () => {
    state.yearFrom = $("year-from").value === "" ? null : Number($("year-from").value);
    state.yearTo = $("year-to").value === "" ? null : Number($("year-to").value);
    state.undated = $("year-undated").checked;
    apply();
  };
  for (const id of ["year-from", "year-to", "year-undated"]) $(id).addEventListener("change", readYears);
  $("relayout").addEventListener("click", () => {
    $("progress").textContent = "布局 layout…";
    polish.probed = false;
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(PROBE_ITERATIONS);
  });
  $("clear-highlight").addEventListener("click", () => {
    clearTimeout(timer);
    $("search").value = "";
    search("");
    if (state.highlight) setHighlight(null);
  });
}

/* ---------- start ---------- */
function applyInitialView() {
  if (initial.focus) focusOn(initial.focus, initial.hops);
  else if (initial.highlight_nodes.length) fitTo(initial.highlight_nodes);
  else network.fit({ animation: false });
}

function settle() {
  network.setOptions({ physics: { enabled: false } });
  const first = !laidOut;
  laidOut = true;
  moved = true;
  $("progress").textContent = "";
  timings.settled = performance.now();  // every layout run, the first and each re-layout
  if (first) {
    applyInitialView();
    timings.stabilised = performance.now();
    window.medkgReady = true;
  }
}

network.on("stabilizationProgress", (p) => {
  $("progress").textContent = `布局 layout ${Math.round((100 * p.iterations) / p.total)}%`;
});
const polish = { probed: false, started: 0 };
network.on("startStabilizing", () => {
  if (!polish.probed) polish.started = performance.now();
  timings.layoutStarted = timings.layoutStarted || performance.now();
});
network.on("stabilizationIterationsDone", () => {
  if (!polish.probed) {
    polish.probed = true;
    const spent = performance.now() - polish.started;
    const more = Math.min(MAX_ITERATIONS, Math.floor((BUDGET_MS - spent) / Math.max(spent / PROBE_ITERATIONS, 0.01)));
    timings.probed = timings.probed || performance.now();
    timings.iterations = PROBE_ITERATIONS + Math.max(0, more);
    if (more > 0) {
      setTimeout(() => network.stabilize(more), 0);
      return;
    }
  }
  settle();
});

buildLegend(data, style,
  (label, on) => { on ? state.labels.add(label) : state.labels.delete(label); apply(); },
  (rel, on) => { on ? state.rels.add(rel) : state.rels.delete(rel); apply(); });
wireControls();
syncCommunityControls();
updateCounts();
if (!data.nodes.length) settle();

window.medkgNetwork = network;
// Handles for tests, the benchmark and anyone poking at the page from the console.
window.medkg = { network, nodes, edges, nodeView, edgeView, state, timings, paint: { node: visNode, edge: visEdge } };
