#!/usr/bin/env bash
# Starts `reckon serve` on a free loopback port, throws scripts/server_barrage.py's malformed and extreme requests at
# it, and checks it still answers /healthz within 50 ms with bounded memory (issue 12). Usage: server-barrage.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product reckon >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
.build/debug/reckon serve --port "$port" >/tmp/reckon-barrage-server.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
python3 scripts/server_barrage.py "$port" "$pid" "${1:-3000}"
kill -0 "$pid" || { echo "the server died"; exit 1; }
