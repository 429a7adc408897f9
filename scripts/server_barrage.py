#!/usr/bin/env python3
"""A barrage of malformed and extreme requests against a running `reckon serve`, then its health (issue 12).

Usage: server_barrage.py PORT PID [REQUESTS]

Sends REQUESTS (default 3000) requests mixing: unknown methods and CONNECT, wrong methods, huge and truncated
headers, bodies announced but not sent (connection then dropped), invalid and deeply nested JSON, duplicate keys,
extreme numbers, long IDs and queries, cross-origin POSTs. Then it checks that the server still answers
GET /healthz in under 50 ms (median and worst of 20 tries, 2 s after the barrage) and that its resident memory grew
by less than 64 MB.
Exits non-zero, saying why, if any check fails or the server died. Standard library only.
"""
import json
import random
import socket
import sys
import time

port, pid = int(sys.argv[1]), int(sys.argv[2])
count = int(sys.argv[3]) if len(sys.argv) > 3 else 3000
rng = random.Random(12)


def rss_kb():
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise SystemExit("server process is gone")


def send(raw, wait=True):
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=5)
        s.sendall(raw)
        if wait:
            s.settimeout(3)
            s.recv(4096)
        s.close()
    except (OSError, socket.timeout):
        pass


def request(method, path, body=None, headers=None):
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n"
    for k, v in (headers or {}).items():
        head += f"{k}: {v}\r\n"
    data = body.encode() if isinstance(body, str) else (body or b"")
    if body is not None:
        head += f"Content-Length: {len(data)}\r\n"
    return head.encode() + b"\r\n" + data


analyses = ["train", "scale", "plan", "infer", "deploy", "project", "roadmap"]
json_type = {"Content-Type": "application/json"}
extremes = ["1e308", "-1e308", "1e-320", "\"nan\"", "\"inf\"", "9223372036854775808", "\"2,5\"", "\"0x10\"",
            "\"1e-300..1e-299\"", "\"normal(0, 1e308)\"", "true", "null", "[]", "{}", "\"" + "x" * 5000 + "\""]
fields = ["gpus", "mfu", "params", "tokens", "samples", "points", "price_per_hour", "output_tokens_per_day",
          "heads", "layers", "gpu", "model", "tolerate", "seed", "GPUS", "gpus "]


def one():
    kind = rng.randrange(12)
    a = rng.choice(analyses)
    if kind == 0:
        return request(rng.choice(["CONNECT", "DELETE", "PUT", "PATCH", "TRACE", "FOO"]), f"/{a}")
    if kind == 1:
        return request("POST", f"/api/v1/{a}", "{" * rng.randrange(1, 5000), json_type)
    if kind == 2:
        pairs = [f"\"{rng.choice(fields)}\": {rng.choice(extremes)}" for _ in range(rng.randrange(1, 6))]
        body = "{" + ",".join(pairs) + "}"
        return request("POST", f"/api/v1/{a}", body, json_type)
    if kind == 3:  # announced body, never sent
        head = f"POST /api/v1/{a} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        return (head + "Content-Length: 1000\r\n\r\n{").encode()
    if kind == 4:
        return request("GET", f"/api/v1/catalog/{'x' * rng.randrange(1, 30000)}")
    if kind == 5:
        return request("GET", f"/{a}?" + "&".join(f"{rng.choice(fields)}={rng.choice(extremes)}" for _ in range(5)))
    if kind == 6:
        return request("POST", f"/api/v1/{a}", "{}", {"Content-Type": "text/plain"})
    if kind == 7:
        return request("POST", f"/api/v1/{a}", "{}", {**json_type, "Origin": "http://evil.example"})
    if kind == 8:
        return request("GET", "/" + "a" * rng.randrange(1, 20000))
    if kind == 9:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(1, 2000)))
    if kind == 10:
        return request("GET", f"/{a}", headers={"X-Big": "y" * rng.randrange(1, 100000)})
    return request("POST", "/api/v1/train", json.dumps({"samples": 100000, "mfu": "0.3..0.5"}), json_type)


before = rss_kb()
start = time.time()
for i in range(count):
    raw = one()
    # Half of the connections are dropped without waiting for an answer (clients that go away); a body that never
    # comes is always dropped (the server answers 408 only after its 10 s limit).
    send(raw, wait=rng.random() < 0.5 and not raw.endswith(b"\r\n\r\n{"))
elapsed = time.time() - start
time.sleep(2)  # let the server finish work for clients that went away

latencies = []
for _ in range(20):
    t = time.time()
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.sendall(request("GET", "/healthz"))
    answer = s.recv(4096)
    s.close()
    latencies.append((time.time() - t) * 1000)
    if b" 200 " not in answer.split(b"\r\n")[0]:
        raise SystemExit(f"/healthz did not answer 200: {answer[:80]!r}")
after = rss_kb()
latencies.sort()
median, worst = latencies[len(latencies) // 2], latencies[-1]
print(f"{count} malformed requests in {elapsed:.1f} s; /healthz median {median:.1f} ms, worst {worst:.1f} ms; "
      f"RSS {before / 1024:.1f} → {after / 1024:.1f} MB")
problems = []
if median > 50 or worst > 50:
    problems.append("healthz slower than 50 ms")
if after - before > 64 * 1024:
    problems.append("RSS grew by more than 64 MB")
if problems:
    raise SystemExit("; ".join(problems))
