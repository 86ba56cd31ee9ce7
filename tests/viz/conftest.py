"""The sample graph, and a headless Chromium that opens pages the way a reader would."""
from __future__ import annotations

import importlib.util
import json
import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from medkg.graph.model import Graph

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: Screenshots are kept here (gitignored) so a person can look at what the tests saw.
ARTIFACTS = ROOT / "artifacts" / "viz"


def load_fixture_module():
    spec = importlib.util.spec_from_file_location("viz_sample_graph", ROOT / "tests/fixtures/viz/sample_graph.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAMPLE = load_fixture_module()


@pytest.fixture
def sample_graph() -> Graph:
    return SAMPLE.sample_graph()


@pytest.fixture
def synthetic_graph():
    """synthetic_graph(n) -> a fictional graph of n nodes."""
    return SAMPLE.synthetic_graph


@pytest.fixture
def embedded_data():
    """embedded_data(html) -> the JSON the page's script reads."""
    def _read(html: str) -> dict:
        match = re.search(r'<script id="medkg-data" type="application/json">(.*?)</script>', html, re.S)
        return json.loads(match.group(1))

    return _read


@dataclass
class OpenedPage:
    """A page after its layout settled, with everything it logged or asked for."""

    page: object
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def drawn_nodes(self) -> list[str]:
        return sorted(self.js("window.medkgNetwork.body.nodeIndices"))

    def drawn_edges(self) -> list[str]:
        return sorted(self.js("window.medkgNetwork.body.edgeIndices"))

    def ink(self) -> float:
        """Share of canvas pixels that something was drawn on (0 = blank)."""
        return self.js("""() => {
            const c = document.querySelector('#network canvas');
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let inked = 0;
            for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0) inked++;
            return inked / (c.width * c.height);
        }""")

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        print(f"screenshot: {path}")
        return path


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: the view tests need Debian's chromium "
                    "(run scripts/install-test-tools.sh, or apt-get install -y chromium fonts-noto-cjk)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser):
    """open_page(path) -> OpenedPage, once the layout has stabilised; asserts nothing left the page."""
    contexts = []

    def _open(path: Path, timeout_s: float = 60) -> OpenedPage:
        context = browser.new_context(viewport={"width": 1400, "height": 850})
        contexts.append(context)
        page = context.new_page()
        opened = OpenedPage(page)
        page.on("console", lambda m: m.type in ("error", "warning") and opened.errors.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda exc: opened.errors.append(f"pageerror: {exc}"))

        page.on("request", lambda request: opened.requests.append(request.url))
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
                   else route.abort())
        page.goto(Path(path).resolve().as_uri())
        # Polled from outside: the page's CSP forbids the eval that wait_for_function uses.
        deadline = time.monotonic() + timeout_s
        while not page.evaluate("window.medkgReady === true"):
            assert time.monotonic() < deadline, f"layout did not settle within {timeout_s} s; errors: {opened.errors}"
            page.wait_for_timeout(50)
        return opened

    yield _open
    for context in contexts:
        context.close()
