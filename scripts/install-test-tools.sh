#!/usr/bin/env bash
# Installs what the test suite drives besides Python: headless Chromium with CJK fonts (the HTML
# view is tested in a real browser) and Neo4j's Cypher parser from npm (every report is parsed by it).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1 || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-test-tools: need Debian packages chromium and fonts-noto-cjk; run as root or: sudo apt-get install -y chromium fonts-noto-cjk" >&2
    exit 1
  fi
  echo "install-test-tools: installing chromium and fonts-noto-cjk (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi

if [ -f tests/cypher_lint/package.json ] && [ ! -d tests/cypher_lint/node_modules ]; then
  echo "install-test-tools: installing Neo4j's Cypher parser (npm ci)"
  npm ci --prefix tests/cypher_lint --no-audit --no-fund --loglevel=error
fi
