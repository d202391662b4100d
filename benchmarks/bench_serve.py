"""Load test of ``hadath serve``: p50/p99 latency of ``/api/events`` at a target request rate.

    python benchmarks/bench_serve.py [--n 3000] [--db PATH] [--rate 100,150,200] [--duration 10] [--cache 0] [--json OUT]

Builds a store from the first N SaudiNewsNet articles (``../shared/corpus/saudinewsnet/``, not part
of the project; written to a JSONL under /tmp and read by ``hadath ingest``) unless ``--db`` names an
existing store, starts ``hadath serve`` on 127.0.0.1 (loopback only) as a separate process, and
sends GET /api/events requests on an open-loop schedule: request i is due at start + i/rate,
whatever happened to the earlier ones, over a pool of keep-alive connections. Latency is measured
from the due time (so a slow server cannot hide its queueing: no coordinated omission) and, for
reference, from the moment the request was written. Bounded: at most rate × duration requests, each
with a timeout; the server is stopped at the end.

The queries rotate over realistic filters (actor, PLOVER type, date range, place, text, pagination)
built from the store's most frequent values. Several rates (``--rate 100,150,200``) run one after the
other against the same server; each result records the machine's load average (``uptime``) before
and after, since the load generator shares the cores with the server. The generator runs on uvloop
when it is installed (less CPU per request taken from the server).
"""
from __future__ import annotations

import argparse
import asyncio
import gzip
import importlib.util
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from bench_common import DEFAULT_CORPUS, EXIT_NO_CORPUS, corpus_missing  # noqa: E402  (sibling script module)
HOST = "127.0.0.1"
try:
    import uvloop  # noqa: F401

    LOOP = "uvloop"
except ImportError:
    LOOP = "asyncio"


def build_store(corpus: Path, n: int, db: Path, jobs: int) -> float:
    src = Path(tempfile.mkdtemp(prefix="hadath-bench-serve-")) / "articles.jsonl"
    opener = gzip.open if corpus.suffix == ".gz" else open
    with opener(corpus, "rt", encoding="utf-8") as f, open(src, "w", encoding="utf-8") as out:
        for i, line in enumerate(f):
            if i >= n:
                break
            out.write(line)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "hadath", "ingest", str(src), "--db", str(db), "--jobs", str(jobs),
                    "--progress", "off", "-q"], check=False)
    return time.perf_counter() - t


def query_mix(db: Path, k: int = 200, seed: int = 1) -> list[str]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    actors = [r[0] for r in con.execute("SELECT c, count(*) n FROM (SELECT source_country c FROM events UNION ALL "
                                        "SELECT target_country FROM events) WHERE c IS NOT NULL GROUP BY c "
                                        "ORDER BY n DESC LIMIT 15").fetchall()]
    types = [r[0] for r in con.execute("SELECT plover FROM events GROUP BY 1 ORDER BY count(*) DESC").fetchall()]
    places = [r[0] for r in con.execute("SELECT place_name FROM events WHERE place_name IS NOT NULL GROUP BY 1 "
                                        "ORDER BY count(*) DESC LIMIT 10").fetchall()]
    lo, hi = con.execute("SELECT min(event_date), max(event_date) FROM events WHERE event_date > DATE '1990-01-01'").fetchone()
    words = [r[0] for r in con.execute("SELECT trigger FROM events WHERE trigger IS NOT NULL GROUP BY 1 "
                                       "ORDER BY count(*) DESC LIMIT 10").fetchall()]
    con.close()
    rnd = random.Random(seed)
    out = []
    for i in range(k):
        p: dict = {"limit": 50}
        kind = i % 7
        if kind in (0, 3) and actors:
            p["actor"] = rnd.choice(actors)
        if kind in (1, 3) and types:
            p["type"] = rnd.choice(types[:8])
        if kind == 2 and lo and hi:
            span = (hi - lo).days
            a = lo.toordinal() + rnd.randrange(max(span, 1))
            import datetime as dt
            p["since"] = dt.date.fromordinal(a).isoformat()
            p["until"] = dt.date.fromordinal(a + 30).isoformat()
        if kind == 4 and places:
            p["place"] = rnd.choice(places)
        if kind == 5:
            p["offset"] = rnd.choice([0, 50, 100, 500, 1000])
        if kind == 6 and words:
            p["text"] = rnd.choice(words)
        out.append("/api/events?" + urllib.parse.urlencode(p))
    return out


async def _request(reader, writer, path: str, timeout: float) -> int:
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {HOST}\r\nAccept: application/json\r\n\r\n".encode())
    await writer.drain()
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout)
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    length = next((int(x.split(":", 1)[1]) for x in lines if x.lower().startswith("content-length:")), None)
    if length is None:
        raise RuntimeError("response without Content-Length")
    await asyncio.wait_for(reader.readexactly(length), timeout)
    return status


async def run_load(port: int, paths: list[str], rate: float, duration: float, conns: int, timeout: float) -> dict:
    pool: asyncio.Queue = asyncio.Queue()
    for _ in range(conns):
        pool.put_nowait(await asyncio.open_connection(HOST, port))
    total = int(rate * duration)
    lat_due, lat_sent, statuses, errors = [], [], {}, 0
    clock = time.perf_counter  # not loop.time(): uvloop's clock counts whole milliseconds
    start = clock() + 0.05

    async def one(i: int):
        nonlocal errors
        due = start + i / rate
        await asyncio.sleep(max(0.0, due - clock()))
        conn = await pool.get()
        sent = clock()
        try:
            st = await _request(*conn, paths[i % len(paths)], timeout)
            done = clock()
            statuses[st] = statuses.get(st, 0) + 1
            lat_due.append(done - due)
            lat_sent.append(done - sent)
            pool.put_nowait(conn)
        except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                ValueError, RuntimeError):  # timeout, broken connection or bad response: count it, reconnect
            errors += 1
            conn[1].close()
            pool.put_nowait(await asyncio.open_connection(HOST, port))

    t0 = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(total)))
    wall = time.perf_counter() - t0
    while not pool.empty():
        pool.get_nowait()[1].close()

    def pct(xs, q):
        if not xs:
            return None
        xs = sorted(xs)
        return round(1000 * xs[min(len(xs) - 1, int(q * len(xs)))], 2)

    return {"requests": total, "completed": len(lat_due), "errors": errors, "statuses": statuses,
            "target_rate": rate, "achieved_rate": round(len(lat_due) / wall, 1), "wall_s": round(wall, 2),
            "connections": conns,
            "p50_ms": pct(lat_due, 0.50), "p90_ms": pct(lat_due, 0.90), "p99_ms": pct(lat_due, 0.99),
            "max_ms": pct(lat_due, 1.0), "mean_ms": round(1000 * statistics.fmean(lat_due), 2) if lat_due else None,
            "service_p50_ms": pct(lat_sent, 0.50), "service_p99_ms": pct(lat_sent, 0.99)}


def _run(coro):
    """asyncio.run on uvloop when it is installed (a lighter load generator), else the default loop."""
    if LOOP == "uvloop":
        import uvloop

        return uvloop.run(coro)
    return asyncio.run(coro)


def tree_cpu(pid: int) -> float | None:
    """CPU seconds used so far by process ``pid`` and its descendants (the workers); None off Linux."""
    procs = {}
    try:
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    f = Path(f"/proc/{d}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                procs[int(d)] = (int(f[1]), (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK"))
    except OSError:
        return None
    todo, total = [pid], 0.0
    while todo:
        p = todo.pop()
        total += procs.get(p, (0, 0.0))[1]
        todo += [c for c, (ppid, _) in procs.items() if ppid == p]
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--n", type=int, default=3000, help="articles to ingest when building the store")
    ap.add_argument("--db", type=Path, help="use (or build and keep) this store")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--rate", default="200", help="requests per second, or several: 100,150,200 (default 200)")
    ap.add_argument("--duration", type=float, default=10.0, help="seconds of load per rate (default 10; at most 120)")
    ap.add_argument("--connections", type=int, default=32, help="keep-alive connections (default 32)")
    ap.add_argument("--timeout", type=float, default=5.0, help="per-request timeout in seconds")
    ap.add_argument("--workers", type=int, default=1, help="hadath serve --workers (default 1)")
    ap.add_argument("--cache", type=int, default=0,
                    help="hadath serve --cache: response cache size (default 0 here: every request is computed)")
    ap.add_argument("--distinct", type=int, default=400, help="number of distinct queries in the mix (default 400)")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    args = ap.parse_args()
    args.duration = min(args.duration, 120.0)
    try:
        rates = [float(r) for r in args.rate.split(",") if r.strip()]
    except ValueError:
        ap.error(f"--rate {args.rate!r}: give numbers, e.g. 200 or 100,150,200")
    if not rates or min(rates) <= 0:
        ap.error("--rate: give at least one rate above 0")
    if sum(rates) * args.duration > 50_000:
        ap.error("at most 50,000 requests per run (rates × duration)")
    db = args.db or Path(tempfile.mkdtemp(prefix="hadath-bench-serve-")) / "bench.duckdb"
    ingest_s = None
    if not db.exists():
        if corpus_missing(args.corpus):
            return EXIT_NO_CORPUS
        ingest_s = build_store(args.corpus, args.n, db, args.jobs)
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events")}
    con.close()
    paths = query_mix(db, args.distinct)
    port = free_port()
    env = {**os.environ, "HADATH_API_KEY": ""}
    server = subprocess.Popen([sys.executable, "-m", "hadath", "serve", "--db", str(db), "--host", HOST, "--port", str(port),
                               "--workers", str(args.workers), "--cache", str(args.cache)],
                              env=env, stdout=subprocess.DEVNULL)
    try:
        deadline = time.time() + 30
        while True:
            try:
                socket.create_connection((HOST, port), timeout=0.5).close()
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    print("the server did not start", file=sys.stderr)
                    return 1
                time.sleep(0.1)
        _run(run_load(port, paths[:20], 50, 1, 8, args.timeout))  # warm-up: 50 requests
        results = []
        for rate in rates:
            load_before, cpu0, gen0 = os.getloadavg(), tree_cpu(server.pid), time.process_time()
            res = _run(run_load(port, paths, rate, args.duration, args.connections, args.timeout))
            cpu1, gen1 = tree_cpu(server.pid), time.process_time()
            res.update(load_before=[round(x, 2) for x in load_before], load_after=[round(x, 2) for x in os.getloadavg()],
                       server_cpu_ms_per_request=round(1000 * (cpu1 - cpu0) / res["completed"], 3)
                       if cpu0 is not None and res["completed"] else None,
                       generator_cpu_ms_per_request=round(1000 * (gen1 - gen0) / max(1, res["requests"]), 3))
            results.append(res)
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
    run = {"db": str(db), "documents": counts["documents"], "events": counts["events"],
           "ingest_s": round(ingest_s, 1) if ingest_s else None, "cpus": os.cpu_count(), "workers": args.workers,
           "cache": args.cache, "distinct_queries": len(paths), "duration_s": args.duration, "generator_loop": LOOP,
           "server_http": "httptools" if importlib.util.find_spec("httptools") else "h11",
           "server_loop": "uvloop" if importlib.util.find_spec("uvloop") else "asyncio", "results": results}
    print(json.dumps(run, indent=1))
    for res in results:
        print(f"/api/events at {res['target_rate']:g} req/s for {args.duration:g} s over {counts['events']:,} events "
              f"({counts['documents']:,} documents), cache {args.cache}: p50 {res['p50_ms']} ms, p99 {res['p99_ms']} ms, "
              f"{res['errors']} errors, achieved {res['achieved_rate']} req/s, load {res['load_before'][0]} → "
              f"{res['load_after'][0]}; CPU per request: server {res['server_cpu_ms_per_request']} ms, load generator "
              f"{res['generator_cpu_ms_per_request']} ms", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(run, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
