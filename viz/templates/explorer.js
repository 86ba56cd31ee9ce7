/* medkg explorer: draws the embedded graph with vis-network and wires the controls.
 * Everything it needs is on the page; it never fetches anything. */
(function () {
  "use strict";
  const timings = { scriptStart: performance.now() };
  const data = JSON.parse(document.getElementById("medkg-data").textContent);
  const style = data.style;
  const BIG = data.nodes.length > 150;
  const DIM = "rgba(190,196,204,0.35)";
  const ARROW_SCALE = 0.4;
  const LEGEND_COMMUNITIES = 30;
  const $ = (id) => document.getElementById(id);

  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const incident = new Map(data.nodes.map((n) => [n.id, []]));
  for (const e of data.edges) { incident.get(e.from).push(e); incident.get(e.to).push(e); }
  const communityColour = new Map(data.communities.map(
    (c, i) => [c.id, style.communities[i % style.communities.length]]));
  const years = data.edges.map((e) => e.year).filter((y) => y !== null);

  const state = {
    labels: new Set(Object.keys(style.labels)),
    rels: new Set(Object.keys(style.rels)),
    yearFrom: years.length ? years.reduce((a, b) => Math.min(a, b)) : null,
    yearTo: years.length ? years.reduce((a, b) => Math.max(a, b)) : null,
    undated: true,
    focus: null,
    focusSet: null,
    hops: data.state.hops || 1,
    highlight: null,  // a path or report selection: everything else is dimmed
    found: new Set(),  // search matches: outlined, nothing else changes (cheap at 5,000 nodes)
    selected: null,
    byCommunity: data.state.colour_by === "community" && data.communities.length > 0,
  };

  /* ---------- how things look ---------- */
  function searchKey(text) { return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase(); }

  function nodeColour(n) {
    if (state.byCommunity) return n.community === null ? "#c4cad2" : communityColour.get(n.community);
    return style.labels[n.label].color;
  }

  function nodeTooltip(n) {
    const lines = [n.name, `${style.labels[n.label].caption} ${n.label}`];
    if (n.aliases.length) lines.push("别名: " + n.aliases.join("、"));
    if (n.community !== null) lines.push("社区 community: " + n.community);
    return lines.join("\n");
  }

  function edgeTooltip(e) {
    const lines = [`${nodeById.get(e.from).name} → ${nodeById.get(e.to).name}`,
      `${style.rels[e.type].caption} ${e.type}`];
    for (const [k, v] of Object.entries(e.props)) lines.push(`${k}: ${v}`);
    return lines.join("\n");
  }

  function visNode(n) {
    const lit = !state.highlight || state.highlight.nodes.has(n.id);
    const marked = state.found.has(n.id) || (state.highlight && lit);
    const fill = lit ? nodeColour(n) : DIM;
    const border = marked ? "#111111" : lit ? "#2b3440" : DIM;
    return {
      id: n.id, label: n.name, shape: style.labels[n.label].shape, size: n.size,
      borderWidth: marked ? 3 : 1, title: nodeTooltip(n),
      color: { background: fill, border, highlight: { background: fill, border: "#111111" },
        hover: { background: fill, border: "#111111" } },
      font: { color: lit ? "#1d2733" : "rgba(80,90,100,0.35)" },
    };
  }

  function gapScore(e) {
    const s = e.props.score;
    if (e.type !== "GAP_CANDIDATE" || typeof s !== "number") return undefined;
    return Number.isInteger(s) ? String(s) : s.toFixed(2);
  }

  function visEdge(e) {
    const s = style.rels[e.type];
    const lit = !state.highlight || state.highlight.edges.has(e.id);
    return {
      id: e.id, from: e.from, to: e.to, arrows: s.arrows ? undefined : { to: { enabled: false } },
      dashes: s.dashes.length ? s.dashes : false, title: edgeTooltip(e), label: gapScore(e),
      width: state.highlight && lit ? s.width + 3 : s.width,
      color: { color: lit ? s.color : DIM, highlight: "#111111", hover: "#111111" },
      font: { color: lit ? s.color : DIM },
    };
  }

  /* ---------- what is shown ---------- */
  function edgePasses(e) {
    if (!state.rels.has(e.type)) return false;
    if (e.year === null) return state.undated;
    return (state.yearFrom === null || e.year >= state.yearFrom)
      && (state.yearTo === null || e.year <= state.yearTo);
  }
  function nodeVisible(id) {
    return state.labels.has(nodeById.get(id).label) && (!state.focusSet || state.focusSet.has(id));
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
          if (edgePasses(e) && !seen.has(other) && state.labels.has(nodeById.get(other).label)) {
            seen.add(other);
            next.push(other);
          }
        }
      }
      frontier = next;
    }
    return seen;
  }

  const nodes = new vis.DataSet(data.nodes.map((n) => ({ ...visNode(n), x: n.x, y: n.y })));
  const edges = new vis.DataSet(data.edges.map(visEdge));
  const nodeView = new vis.DataView(nodes, { filter: (n) => nodeVisible(n.id) });
  const edgeView = new vis.DataView(edges, { filter: (e) => edgeVisible(e.id) });
  let laidOut = false;
  let moved = false;  // positions on screen differ from those stored in `nodes`

  /* Layout polish. Positions arrive laid out by igraph, so the browser only untangles: a
   * short probe batch measures what one Barnes-Hut iteration costs on this machine (about 0.1 s
   * at 5,000 nodes in headless Chromium), then one more batch gets what fits the time budget.
   * Then physics is switched off for good. */
  const PROBE_ITERATIONS = BIG ? 2 : 5, MAX_ITERATIONS = 200, BUDGET_MS = 1500;

  function options() {
    return {
      autoResize: true,
      layout: { improvedLayout: false, randomSeed: 42 },
      physics: {
        enabled: true, solver: "barnesHut", minVelocity: 0.75, timestep: 0.5, adaptiveTimestep: !BIG,
        barnesHut: { gravitationalConstant: -6000, centralGravity: 0.3, springLength: 110,
          springConstant: 0.04, damping: 0.25, avoidOverlap: 0.2, theta: BIG ? 0.8 : 0.5 },
        stabilization: { enabled: true, iterations: PROBE_ITERATIONS, updateInterval: 5, fit: true },
      },
      interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG },
      nodes: { font: { face: style.font, size: 14, strokeWidth: 3, strokeColor: "#ffffff" } },
      edges: {
        smooth: BIG ? false : { enabled: true, type: "continuous", roundness: 0.3 },
        font: { face: style.font, size: 11, strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
        arrows: { to: { enabled: !BIG, scaleFactor: 0.5 } }, selectionWidth: 2,
      },
    };
  }

  const network = new vis.Network($("network"), { nodes: nodeView, edges: edgeView }, options());
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
    showNode(id);
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
      const item = el("li", {}, `${n.name} · ${style.labels[n.label].caption}`);
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
    showNode(id);
  }

  /* ---------- details panel ---------- */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    for (const c of children) node.append(c);
    return node;
  }

  function propList(entries) {
    const dl = el("dl", {});
    for (const [k, v] of entries) {
      if (v === null || v === undefined || v === "" || (Array.isArray(v) && !v.length)) continue;
      dl.append(el("dt", {}, k), el("dd", {}, Array.isArray(v) ? v.join("、") : String(v)));
    }
    return dl;
  }

  function evidenceList(evidence) {
    const ol = el("ol", { class: "evidence" });
    for (const ev of evidence.items) {
      const path = data.docs[ev.doc] || "";
      const source = `${path ? path + " · " : ""}doc ${ev.doc}${ev.rule ? " · " + ev.rule : ""}`
        + ` · ${ev.confidence.toFixed(2)}`;
      ol.append(el("li", {}, ev.sentence || "(no sentence)", el("span", { class: "doc" }, source)));
    }
    const wrap = el("div", {}, el("h2", {}, `证据 Evidence (${evidence.items.length + evidence.more})`), ol);
    if (evidence.more) wrap.append(el("p", { class: "note" }, `… ${evidence.more} more`));
    return wrap;
  }

  function badge(text, colour) { return el("span", { class: "badge", style: `background:${colour}` }, text); }

  function nodeLink(id, text) {
    const item = el("li", {}, text);
    item.addEventListener("click", () => select(id));
    return item;
  }

  function showNode(id) {
    const n = nodeById.get(id);
    const s = style.labels[n.label];
    const ties = el("ul", { class: "links" });
    for (const e of incident.get(id)) {
      const other = nodeById.get(e.from === id ? e.to : e.from);
      const extra = ["title", "year", "score"].filter((k) => k in e.props).map((k) => e.props[k]).join(", ");
      const arrow = e.from === id ? "→" : "←";
      ties.append(nodeLink(other.id, `${style.rels[e.type].caption} ${arrow} ${other.name}${extra ? ` (${extra})` : ""}`));
    }
    const focusButton = el("button", { type: "button" }, "聚焦此处 Focus here");
    focusButton.addEventListener("click", () => focusOn(id, Number($("hops").value)));
    $("details").replaceChildren(
      el("h3", {}, n.name), badge(`${s.caption} ${n.label}`, s.color), " ", focusButton,
      propList([["别名 aliases", n.aliases], ["uid", n.id], [data.sizeMeasure, n.measure],
        ["社区 community", n.community],
        ...Object.entries(n.props).filter(([k]) => k !== "community" && k !== data.sizeMeasure)]),
      el("h2", {}, `关系 Ties (${incident.get(id).length})`), ties, evidenceList(n.evidence));
  }

  function showEdge(id) {
    const e = edgeById.get(id);
    const s = style.rels[e.type];
    const ends = el("ul", { class: "links" },
      nodeLink(e.from, "从 from: " + nodeById.get(e.from).name),
      nodeLink(e.to, "到 to: " + nodeById.get(e.to).name));
    $("details").replaceChildren(el("h3", {}, `${s.caption} ${e.type}`), ends,
      propList(Object.entries(e.props)), evidenceList(e.evidence));
  }

  // Arrow heads cost more to draw than the lines: on big graphs only when zoomed in enough to see them.
  let arrowsShown = !BIG;
  network.on("zoom", () => {
    const wanted = !BIG || network.getScale() >= ARROW_SCALE;
    if (wanted !== arrowsShown) {
      arrowsShown = wanted;
      network.setOptions({ edges: { arrows: { to: { enabled: wanted } } } });
    }
  });

  network.on("click", (p) => {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });
  network.on("doubleClick", (p) => { if (p.nodes.length) focusOn(p.nodes[0], Number($("hops").value)); });

  /* ---------- legend and filters ---------- */
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

  function legendEntry(icon, text, count, checked, onToggle) {
    const box = el("input", { type: "checkbox" });
    box.checked = checked;
    box.addEventListener("change", () => onToggle(box.checked));
    return el("li", count ? {} : { class: "empty" },
      el("label", {}, box, icon, el("span", {}, text), el("span", { class: "count" }, String(count))));
  }

  function buildLegend() {
    const labelCount = {}, relCount = {};
    for (const n of data.nodes) labelCount[n.label] = (labelCount[n.label] || 0) + 1;
    for (const e of data.edges) relCount[e.type] = (relCount[e.type] || 0) + 1;
    for (const [label, s] of Object.entries(style.labels)) {
      $("legend-labels").append(legendEntry(shapeIcon(s.shape, s.color), `${s.caption} ${label}`,
        labelCount[label] || 0, true, (on) => { on ? state.labels.add(label) : state.labels.delete(label); apply(); }));
    }
    for (const [rel, s] of Object.entries(style.rels)) {
      $("legend-rels").append(legendEntry(lineIcon(s), `${s.caption} ${rel}${s.arrows ? " →" : ""}`,
        relCount[rel] || 0, true, (on) => { on ? state.rels.add(rel) : state.rels.delete(rel); apply(); }));
    }
    for (const c of data.communities.slice(0, LEGEND_COMMUNITIES)) {
      $("legend-communities").append(el("li", {}, shapeIcon("dot", communityColour.get(c.id)),
        el("span", {}, `社区 ${c.id}`), el("span", { class: "count" }, String(c.size))));
    }
    const rest = data.communities.slice(LEGEND_COMMUNITIES);
    if (rest.length) {
      $("legend-communities").append(el("li", { class: "note" },
        `… ${rest.length} 个更小的社区 smaller communities (${rest.reduce((a, c) => a + c.size, 0)} 节点)`));
    }
    $("size-note").textContent = `大小 size: ${data.sizeMeasure} · 虚线橙色 = 预测的潜在合作 (score)`;
  }

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
  function applyInitialState() {
    const s = data.state;
    if (s.highlight_nodes.length || s.highlight_edges.length) setHighlight(s.highlight_nodes, s.highlight_edges);
    if (s.focus) focusOn(s.focus, s.hops);
    else if (s.highlight_nodes.length) fitTo(s.highlight_nodes);
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
      applyInitialState();
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

  buildLegend();
  wireControls();
  syncCommunityControls();
  updateCounts();
  if (!data.nodes.length) settle();

  window.medkgNetwork = network;
  // Handles for tests, the benchmark and anyone poking at the page from the console.
  window.medkg = { network, nodes, edges, nodeView, edgeView, state, timings };
})();
