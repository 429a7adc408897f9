#!/usr/bin/env bash
# Installs headless Chromium + chromedriver (Debian) and selenium (PyPI) if missing, starts `reckon serve`,
# runs scripts/browser_test.py against it (every page, screenshots in .build/browser/), then runs the README's
# Python example against the same server.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromedriver >/dev/null || ! { command -v chromium >/dev/null || command -v chromium-browser >/dev/null; }; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
python3 -c "import selenium" 2>/dev/null || pip install -q selenium
swift build --product reckon >/dev/null
bin="$(swift build --show-bin-path)/reckon"
port="${RECKON_TEST_PORT:-18765}"
"$bin" serve --port "$port" >/tmp/reckon-serve-browser.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
python3 scripts/browser_test.py "http://127.0.0.1:$port" "$bin" .build/browser
# The README's Python example (standard library only) against the live server.
example="$(awk '/^```python$/{on=1; next} /^```$/{on=0} on' README.md)"
RECKON_URL="http://127.0.0.1:$port" python3 -c "$example" >/tmp/reckon-readme-python.log
echo "README Python example: ok ($(head -1 /tmp/reckon-readme-python.log))"
