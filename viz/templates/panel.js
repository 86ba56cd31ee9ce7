/* medkg explorer, part 3 of 4: the details panel, a node's or tie's facts, its ties and the
 * sentences they were read from. */

/** showNode(id) / showEdge(id) fill the panel; links call onSelect(id), the button onFocus(id). */
function detailsPanel(data, style, nodeById, edgeById, incident, onSelect, onFocus) {
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
    item.addEventListener("click", () => onSelect(id));
    return item;
  }

  function showNode(id) {
    const n = nodeById.get(id);
    const s = style.labels[n.kind];
    const ties = el("ul", { class: "links" });
    for (const e of incident.get(id)) {
      const other = nodeById.get(e.from === id ? e.to : e.from);
      const extra = ["title", "year", "score"].filter((k) => k in e.props).map((k) => e.props[k]).join(", ");
      const arrow = e.from === id ? "→" : "←";
      ties.append(nodeLink(other.id, `${style.rels[e.type].caption} ${arrow} ${other.name}${extra ? ` (${extra})` : ""}`));
    }
    const focusButton = el("button", { type: "button" }, "聚焦此处 Focus here");
    focusButton.addEventListener("click", () => onFocus(id));
    $("details").replaceChildren(
      el("h3", {}, n.name), badge(`${s.caption} ${n.kind}`, s.color), " ", focusButton,
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

  return { showNode, showEdge };
}
