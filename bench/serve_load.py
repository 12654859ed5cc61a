"""Load on the SPARQL endpoint over loopback: normal competency queries mixed with pathological ones.

``python -m bench.serve_load [--graph DIR] [--clients 16] [--requests 400]`` starts
``aigov-kg serve`` on a free 127.0.0.1 port, sends a bounded number of requests from
concurrent clients (competency queries through /queries/NAME with their example
parameters, and cartesian products, deep property paths and huge OFFSETs through
/sparql), then stops the server.  It prints requests per second, p50/p99 latency of
the normal queries, what the pathological ones got (their limit errors), and the
server's peak memory (server process plus its query workers).
"""
from __future__ import annotations

import argparse
import json
import os
import shlex
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

PATHOLOGICAL = {
    "cartesian": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "deep-path": "SELECT (COUNT(*) AS ?n) WHERE { ?s (<urn:x:p>|!<urn:x:p>)* ?o }",
    "huge-offset": "SELECT * WHERE { ?s ?p ?o } OFFSET 1000000000",
}


@dataclass
class Outcome:
    kind: str          # "normal" or a PATHOLOGICAL key
    status: int
    seconds: float


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss_kb(pid: int) -> int:
    """Resident memory of a process and its children (the query workers), in kB."""
    total = 0
    pids = [pid]
    try:
        pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def normal_requests(base: str) -> list[str]:
    """One URL per stored query, with the parameters of its ``# example:`` line."""
    with urllib.request.urlopen(base + "/queries", timeout=30) as r:
        listing = json.load(r)
    urls = []
    for q in listing:
        words = shlex.split(q["example"] or "")
        params = {}
        for i, w in enumerate(words):
            if w == "--param" and i + 1 < len(words) and "=" in words[i + 1]:
                k, v = words[i + 1].split("=", 1)
                params[k] = v
        if len(params) == len(q["params"]):
            urls.append(f"{base}/queries/{q['name']}?" + urllib.parse.urlencode(params))
    return urls


def _one(url: str, data: bytes | None, kind: str) -> Outcome:
    req = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
    if data is not None:
        req.add_header("Content-Type", "application/sparql-query")
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        e.read()
        status = e.code
    except (urllib.error.URLError, OSError):
        status = 0
    return Outcome(kind, status, time.perf_counter() - t0)


def run_load(graph_dir: Path, clients: int = 16, requests: int = 400, timeout_s: float = 3.0,
             pathological_every: int = 10) -> dict:
    """Start a server, run the bounded load, stop the server; return the figures."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "aigov_kg", "serve", "--graph", str(graph_dir), "--port",
                               str(port), "--timeout", str(timeout_s), "--max-results", "5000"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(base + "/queries", timeout=5).read()
                break
            except (urllib.error.URLError, OSError):
                if time.time() > deadline or server.poll() is not None:
                    raise RuntimeError("the server did not come up")
                time.sleep(0.3)
        normal = normal_requests(base)
        plan: list[tuple[str, bytes | None, str]] = []
        bad = list(PATHOLOGICAL.items())
        for i in range(requests):
            if i % pathological_every == pathological_every - 1:
                name, text = bad[(i // pathological_every) % len(bad)]
                plan.append((base + "/sparql", text.encode(), name))
            else:
                plan.append((normal[i % len(normal)], None, "normal"))
        outcomes: list[Outcome] = []
        lock = threading.Lock()
        peak = [0]
        done = threading.Event()

        def sample():
            while not done.is_set():
                peak[0] = max(peak[0], _rss_kb(server.pid))
                time.sleep(0.2)

        def client(k: int):
            for url, data, kind in plan[k::clients]:
                o = _one(url, data, kind)
                with lock:
                    outcomes.append(o)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        t0 = time.perf_counter()
        threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        done.set()
        sampler.join()
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    lat = sorted(o.seconds for o in outcomes if o.kind == "normal")
    figures = {
        "requests": len(outcomes), "clients": clients, "wall_s": round(wall, 2),
        "requests_per_s": round(len(outcomes) / wall, 1),
        "normal_ok": sum(1 for o in outcomes if o.kind == "normal" and o.status == 200),
        "normal_total": len(lat),
        "normal_p50_ms": round(1000 * statistics.median(lat), 1) if lat else None,
        "normal_p99_ms": round(1000 * lat[min(len(lat) - 1, int(0.99 * len(lat)))], 1) if lat else None,
        "pathological": {k: sorted({o.status for o in outcomes if o.kind == k}) for k in PATHOLOGICAL},
        "pathological_max_s": round(max((o.seconds for o in outcomes if o.kind != "normal"), default=0), 2),
        "server_peak_rss_mb": round(peak[0] / 1024, 1),
    }
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.serve_load", description=__doc__.splitlines()[0])
    ap.add_argument("--graph", help="built graph folder (default: build the sample corpus into a temp folder)")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--timeout", type=float, default=3.0, help="the server's per-query time limit")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        graph = Path(args.graph) if args.graph else Path(tmp) / "out"
        if not args.graph:
            subprocess.run([sys.executable, "-m", "aigov_kg", "build", "--out", str(graph)], check=True,
                           stdout=subprocess.DEVNULL)
        figures = run_load(graph, args.clients, args.requests, args.timeout)
    print(f"machine: {os.cpu_count()} cores; server on 127.0.0.1, {figures['clients']} clients")
    for k, v in figures.items():
        print(f"{k:22} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
