/* medkg explorer, part 1 of 4: DOM helpers shared by the legend, the panel and the explorer.
 * The parts are inlined in order into one function scope (see medkg.viz.page.SCRIPTS). */
const $ = (id) => document.getElementById(id);

/** An element with attributes and children; text children stay text, never markup. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}
