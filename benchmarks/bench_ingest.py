"""``hadath ingest`` into DuckDB on real news: throughput, memory, database size, query time.

    python benchmarks/bench_ingest.py [--corpus PATH] [--n 3000] [--jobs 2] [--json OUT]

Takes the first N articles of a JSONL(.gz) corpus (by default SaudiNewsNet from ../shared, which
is not part of the project; fields content, title, url, date_extracted, source), writes them to a
temporary JSONL file, and runs ``hadath ingest`` on it as a separate process into a temporary
DuckDB file. Reports:

- wall time and articles/s of the whole command (Python start, lexicon build, reading, coding,
  writing, near-duplicate linking and clustering included), and the CPU seconds it used (all its
  processes): articles per CPU second is the figure that does not depend on other load;
- peak RSS of the process tree (main + workers, summed; sampled every 0.1 s), of the largest
  single process, and the peak PSS sum (shared pages divided among the processes sharing them);
- the coder's share of the CPU time: the CPU seconds spent inside ``hadath.code``, as the ingest's
  summary line reports them, over the CPU seconds of the whole command;
- the load average before and after the run (the machine may be shared);
- database size on disk and row counts;
- the time of a re-run of the same ingest (adds nothing, unless the lexicon files changed between the
  two runs: then it re-codes, as its summary line says);
- a typical events query (``--actor --type --since --until``: the most frequent ASSAULT source, its
  busiest year), in-process (median of 20 runs on an open connection; all rows, and the first 50 as
  the table view shows them) and as a full ``hadath events --format csv`` command (Python start
  and imports included).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_common import DEFAULT_CORPUS, EXIT_NO_CORPUS, corpus_missing, emit  # noqa: E402  (sibling script module)


def _tree_rss_kb(pid: int) -> tuple[int, int, int]:
    """(RSS sum, largest RSS, PSS sum) in kB of a process and all its descendants. The RSS sum counts
    pages the forked workers share with the main process (the compiled lexicons, libraries) once per
    process; PSS divides each shared page among the processes that share it."""
    total = biggest = pss = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        kb = int(line.split()[1])
                        total += kb
                        biggest = max(biggest, kb)
                        break
            with open(f"/proc/{p}/smaps_rollup") as f:
                pss += next((int(x.split()[1]) for x in f if x.startswith("Pss:")), 0)
            for t in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{t}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total, biggest, pss


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_measured(cmd: list[str]) -> dict:
    cpu0 = _children_cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak_sum = peak_one = peak_pss = 0
    while proc.poll() is None:
        s, b, p = _tree_rss_kb(proc.pid)
        peak_sum, peak_one, peak_pss = max(peak_sum, s), max(peak_one, b), max(peak_pss, p)
        time.sleep(0.1)
    err = proc.stderr.read()
    secs = time.perf_counter() - t0
    return {"seconds": secs, "cpu_seconds": _children_cpu() - cpu0, "rc": proc.returncode, "stderr": err.strip().splitlines()[-1:] if err else [],
            "peak_tree_rss_mb": peak_sum / 1024, "peak_process_rss_mb": peak_one / 1024,
            "peak_tree_pss_mb": peak_pss / 1024}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--batch-size", type=int, default=100)
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    ap.add_argument("--keep", type=Path, help="keep the database here instead of a temporary file")
    args = ap.parse_args()
    if corpus_missing(args.corpus):
        return EXIT_NO_CORPUS
    tmp = Path(tempfile.mkdtemp(prefix="hadath-bench-"))
    src = tmp / "articles.jsonl"
    opener = gzip.open if args.corpus.suffix == ".gz" else open
    n = chars = 0
    with opener(args.corpus, "rt", encoding="utf-8") as f, open(src, "w", encoding="utf-8") as out:
        for line in f:
            out.write(line)
            chars += len(json.loads(line).get("content") or "")
            n += 1
            if n >= args.n:
                break
    db = args.keep or (tmp / "bench.duckdb")
    if db.exists():
        db.unlink()
    cmd = [sys.executable, "-m", "hadath", "ingest", str(src), "--db", str(db), "--jobs", str(args.jobs),
           "--batch-size", str(args.batch_size), "--progress", "off"]
    load_before = os.getloadavg()
    first = run_measured(cmd)
    load_after = os.getloadavg()
    size_mb = db.stat().st_size / 1e6
    again = run_measured(cmd)  # re-codes instead if the lexicon files changed in between

    import duckdb

    from hadath.store.queries import EventFilter, select_events

    con = duckdb.connect(str(db), read_only=True)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("documents", "events", "entities", "mentions", "quotes", "places", "clusters",
                        "near_duplicates", "problems")}
    coded = con.execute("SELECT count(*) FROM documents WHERE status = 'coded'").fetchone()[0]
    year = con.execute("SELECT year(event_date) y, count(*) n FROM events WHERE event_date IS NOT NULL "
                       "GROUP BY ALL ORDER BY n DESC LIMIT 1").fetchone()
    top = con.execute("SELECT source_country, count(*) n FROM events WHERE plover = 'ASSAULT' AND source_country "
                      "IS NOT NULL GROUP BY ALL ORDER BY n DESC LIMIT 1").fetchone()
    actor = top[0] if top else "IRN"
    y = year[0] if year else 2015
    flt = EventFilter(actor=[actor], types=["ASSAULT"], since=__import__("datetime").date(y, 1, 1),
                      until=__import__("datetime").date(y, 12, 31))
    times, rows = [], []
    for _ in range(20):
        t = time.perf_counter()
        _, rows = select_events(con, flt)
        times.append((time.perf_counter() - t) * 1000)
    times50 = []  # the table view's default: the first 50 rows
    for _ in range(20):
        t = time.perf_counter()
        select_events(con, flt, 50)
        times50.append((time.perf_counter() - t) * 1000)
    con.close()
    qcmd = [sys.executable, "-m", "hadath", "events", "--db", str(db), "--actor", actor, "--type", "ASSAULT",
            "--since", f"{y}-01-01", "--until", f"{y}-12-31", "--format", "csv"]
    t = time.perf_counter()
    subprocess.run(qcmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    cli_ms = (time.perf_counter() - t) * 1000

    m = re.search(r"hadath\.code ([\d.]+) CPU s", " ".join(first["stderr"]))
    coder_cpu = float(m.group(1)) if m else None
    result = {
        "articles": n, "coded": coded, "characters": chars, "jobs": args.jobs, "batch_size": args.batch_size,
        "ingest_seconds": round(first["seconds"], 2), "articles_per_s": round(n / first["seconds"], 1),
        "cpu_seconds": round(first["cpu_seconds"], 1),
        # what the run would take with every core to itself (the machine may be shared)
        "articles_per_cpu_s": round(n / first["cpu_seconds"], 1),
        "ingest_summary": first["stderr"], "exit_code": first["rc"],
        "load_avg_before": [round(x, 2) for x in load_before], "load_avg_after": [round(x, 2) for x in load_after],
        # CPU seconds the workers spent inside hadath.code (timed by the ingest itself, same run, same
        # load): its share of the command's CPU time; the rest is start-up, reading, hashing, MinHash,
        # Arrow, DuckDB, near-duplicates and clusters
        "coder_cpu_seconds": coder_cpu,
        "coder_share_of_cpu": round(coder_cpu / first["cpu_seconds"], 3) if coder_cpu else None,
        "peak_tree_rss_mb": round(first["peak_tree_rss_mb"], 1),
        "peak_process_rss_mb": round(first["peak_process_rss_mb"], 1),
        "peak_tree_pss_mb": round(first["peak_tree_pss_mb"], 1),
        "db_size_mb": round(size_mb, 1), "db_size_after_rerun_mb": round(db.stat().st_size / 1e6, 1),
        "rows": counts,
        "rerun_seconds": round(again["seconds"], 2), "rerun_summary": again["stderr"],
        "query": f"events --actor {actor} --type ASSAULT --since {y}-01-01 --until {y}-12-31",
        "query_rows": len(rows), "query_ms_first": round(times[0], 1),
        "query_ms_median": round(statistics.median(times), 1),
        "query_limit50_ms_median": round(statistics.median(times50), 1), "query_cli_ms": round(cli_ms, 1),
        "bench_process_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": sys.version.split()[0], "cores": os.cpu_count(),
    }
    emit(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
