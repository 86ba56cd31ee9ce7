"""How long `medkg view` pages take to generate, to open and to stop moving, by size.

    .venv/bin/python bench/bench_view.py [--sizes 500 2000 5000] [--keep DIR]

For each size a fictional graph (about 2 ties per node, in communities, the view tests'
generator) is rendered to HTML in Python, then opened from a file:// URL in headless Chromium
(Debian's /usr/bin/chromium). Times in the browser are from navigation start: `created` when
vis-network holds the data, `stable` when the layout polish has stopped and physics is off
(the page is usable). `frame` is one full redraw afterwards (how smooth panning is); `search`
is typing an alias until the matches are outlined, `focus` is the 1-hop focus on the match.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

from medkg.viz import write_page

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FRAME_JS = """() => { const n = window.medkgNetwork; const t = performance.now();
  n.renderer._redraw(); return performance.now() - t; }"""


def synthetic_graph(n_nodes: int):
    spec = importlib.util.spec_from_file_location("viz_sample_graph", ROOT / "tests/fixtures/viz/sample_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.synthetic_graph(n_nodes)


def open_in_browser(browser, page_path: Path, timeout_s: float = 300) -> dict:
    page = browser.new_page(viewport={"width": 1400, "height": 850})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    clock = time.perf_counter()
    page.goto(page_path.resolve().as_uri())
    while not page.evaluate("window.medkgReady === true"):
        if time.perf_counter() - clock > timeout_s or errors:
            raise RuntimeError(f"{page_path.name} did not settle: {errors or 'timeout'}")
        page.wait_for_timeout(20)
    timings = page.evaluate("window.medkg.timings")
    drawn = page.evaluate("window.medkgNetwork.body.nodeIndices.length")
    frame = min(page.evaluate(FRAME_JS) for _ in range(3))
    clock = time.perf_counter()
    page.locator("#search").fill("简称42")  # an alias of node 42; includes the 150 ms typing pause
    while page.evaluate("window.medkg.state.found.size === 0"):
        page.wait_for_timeout(5)
    search = time.perf_counter() - clock
    clock = time.perf_counter()
    page.locator("#focus-button").click()
    focus = time.perf_counter() - clock
    if page.evaluate("window.medkgNetwork.body.nodeIndices.length") >= drawn:
        raise RuntimeError("focus did not narrow the view")
    page.close()
    return {"drawn": drawn, "frame": frame / 1000, "search": search, "focus": focus,
            **{k: v / 1000 if k != "iterations" else v for k, v in timings.items()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 5000])
    parser.add_argument("--keep", type=Path, help="write the pages here instead of a temporary folder")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-view-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'nodes':>6} {'ties':>6} {'MB':>5} {'render s':>8} {'created s':>9} {'stable s':>8} "
          f"{'iters':>5} {'frame s':>7} {'search s':>8} {'focus s':>7} {'ms/node render':>14} {'ms/node stable':>14}")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for n in args.sizes:
            graph = synthetic_graph(n)
            clock = time.perf_counter()
            path = write_page(graph, folder / f"view-{n}.html")
            render = time.perf_counter() - clock
            b = open_in_browser(browser, path)
            if b["drawn"] != len(graph.nodes):
                raise RuntimeError(f"{b['drawn']} of {len(graph.nodes)} nodes drawn")
            print(f"{n:>6} {len(graph.relationships):>6} {path.stat().st_size / 1e6:>5.1f} {render:>8.2f} "
                  f"{b['networkCreated']:>9.2f} {b['stabilised']:>8.2f} {b.get('iterations', 0):>5} "
                  f"{b['frame']:>7.3f} {b['search']:>8.2f} {b['focus']:>7.2f} "
                  f"{1000 * render / n:>14.3f} {1000 * b['stabilised'] / n:>14.3f}")
        browser.close()
    print(f"pages in {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
