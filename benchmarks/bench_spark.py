"""Throughput of ``hadath spark code`` in local mode against single-process ``hadath.code``.

    python benchmarks/bench_spark.py [--corpus PATH] [--n 10000] [--masters local[1],local[2]] [--repeat 1] [--json OUT]

Writes the first N records of a JSONL(.gz) corpus (by default SaudiNewsNet from ../shared, not part
of the project: fields content, date_extracted, title, url) to a temporary JSONL file, codes them
once in this process with ``hadath.code`` (coding only, lexicon build excluded) and once with the
whole ``hadath code --input … --output …`` command (one process, start-up included), then runs
the whole Spark job (read, parse, exact-duplicate removal, code, all Parquet tables, near-duplicates
and event clusters) once per master, each in a fresh SparkSession (JVM start-up reported
separately, not counted; a 50-record warm-up job runs first, untimed, so that the first master is
not charged for the JVM's first-job costs). Reports input records/s (every record read counts,
coded or not), the speed-up over the first master, the ratios to both single-process figures and
the per-core rate. ``--repeat`` times everything again. The 1-minute load average
(``os.getloadavg``) is recorded before and after every timed run: the figures mean little on a
busy machine.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from bench_common import DEFAULT_CORPUS, EXIT_NO_CORPUS, corpus_missing  # noqa: E402  (sibling script module)


def write_sample(src: Path, n: int, dst: Path) -> list[dict]:
    opener = gzip.open if src.suffix == ".gz" else open
    recs = []
    with opener(src, "rt", encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for line in f:
            out.write(line if line.endswith("\n") else line + "\n")
            recs.append(json.loads(line))
            if len(recs) >= n:
                break
    return recs


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def single_process(recs: list[dict]) -> dict:
    import hadath
    from hadath.lexicon.compiled import get_lexicon
    from hadath.store.readers import normalize_date

    get_lexicon()
    load = _load()
    t0 = time.perf_counter()
    coded = 0
    for r in recs:
        try:
            hadath.code(r.get("content") or "", date=normalize_date(r.get("date_extracted")))
            coded += 1
        except hadath.InputRejected:
            pass
    s = time.perf_counter() - t0
    return {"records": len(recs), "coded": coded, "seconds": round(s, 2), "records_per_s": round(len(recs) / s, 1),
            "load_before": load, "load_after": _load()}


def single_process_cli(recs: list[dict], tmp: Path) -> dict:
    """The whole ``hadath code --input … --output …`` command (start, lexicon build, read, code, write)."""
    import subprocess

    from hadath.store.readers import normalize_date

    inp, out = tmp / "cli-in.jsonl", tmp / "cli-out.jsonl"
    inp.write_text("".join(json.dumps({"id": str(i), "text": r.get("content") or "",
                                       "date": normalize_date(r.get("date_extracted"))}, ensure_ascii=False) + "\n"
                           for i, r in enumerate(recs)), encoding="utf-8")
    load = _load()
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "hadath", "code", "--input", str(inp), "--output", str(out),
                    "--rejects", str(tmp / "cli-rejects.jsonl")], check=False, capture_output=True)
    s = time.perf_counter() - t0
    coded = len(out.read_text(encoding="utf-8").splitlines()) if out.exists() else 0
    return {"records": len(recs), "coded": coded, "seconds": round(s, 2), "records_per_s": round(len(recs) / s, 1),
            "load_before": load, "load_after": _load()}


def spark_run(master: str, inp: Path, out: Path, shuffle_partitions: int, n: int) -> dict:
    from hadath.spark import job

    t0 = time.perf_counter()
    spark = job.session(master, app="hadath-bench", shuffle_partitions=shuffle_partitions)
    start_s = time.perf_counter() - t0
    load = _load()
    try:
        stats = job.run(spark, [str(inp)], str(out))
    finally:
        spark.stop()
    return {"master": master, "session_start_s": round(start_s, 2), "seconds": stats["seconds"], "records": n,
            "documents": stats["coded"] + stats["skipped"] + stats["errors"], "coded": stats["coded"], "events": stats["events"], "rejects": stats["rejects"],
            "near_duplicates": stats.get("near_duplicates"), "clusters": stats.get("clusters"),
            "records_per_s": round(n / stats["seconds"], 1), "load_before": load, "load_after": _load()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--repeat", type=int, default=1, help="time every configuration this many times")
    ap.add_argument("--masters", default="local[1],local[2]")
    ap.add_argument("--shuffle-partitions", type=int, default=4)
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    args = ap.parse_args()
    if corpus_missing(args.corpus):
        return EXIT_NO_CORPUS
    tmp = Path(tempfile.mkdtemp(prefix="hadath-bench-spark-"))
    try:
        inp = tmp / "sample.jsonl"
        recs = write_sample(args.corpus, args.n, inp)
        bases, clis = [], []
        for _ in range(args.repeat):
            base = single_process(recs)
            bases.append(base)
            print(f"single process hadath.code: {base['records']} records, {base['coded']} coded, "
                  f"{base['seconds']} s, {base['records_per_s']} records/s (load {base['load_before']} → "
                  f"{base['load_after']})", flush=True)
            cli = single_process_cli(recs, tmp)
            clis.append(cli)
            print(f"single process `hadath code --input`: {cli['coded']} coded, {cli['seconds']} s for the whole "
                  f"command, {cli['records_per_s']} records/s (load {cli['load_before']} → {cli['load_after']})",
                  flush=True)
        # warm-up: the first job in a JVM pays class loading and code generation; without this the
        # first master would be charged for it and the speed-up overstated
        warm = tmp / "warm.jsonl"
        warm.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs[:50]), encoding="utf-8")
        spark_run(args.masters.split(",")[0], warm, tmp / "out-warm", args.shuffle_partitions, 50)
        runs = []
        for rep in range(args.repeat):
            base = bases[rep]
            first = None
            for m in args.masters.split(","):
                r = spark_run(m, inp, tmp / f"out-{len(runs)}", args.shuffle_partitions, len(recs))
                inside = m[m.index("[") + 1:-1] if "[" in m else ""
                cores = int(inside) if inside.isdigit() else None
                first = first or r
                r["repeat"] = rep + 1
                r["speedup"] = round(r["records_per_s"] / first["records_per_s"], 2)
                r["ratio_to_single_process"] = round(r["records_per_s"] / base["records_per_s"], 2)
                r["ratio_to_cli"] = round(r["records_per_s"] / clis[rep]["records_per_s"], 2)
                r["per_core_records_per_s"] = round(r["records_per_s"] / cores, 1) if cores else None
                runs.append(r)
                print(f"{m}: {r['records']} records ({r['coded']} coded, {r['rejects']} rejected, {r['events']} events, "
                      f"{r['near_duplicates']} near-duplicates, {r['clusters']} clusters) in {r['seconds']} s = "
                      f"{r['records_per_s']} records/s; speed-up {r['speedup']}x; {r['ratio_to_single_process']}x "
                      f"single-process hadath.code, {r['ratio_to_cli']}x `hadath code --input`; per core {r['per_core_records_per_s']}/s (session start "
                      f"{r['session_start_s']} s, not counted; load {r['load_before']} → {r['load_after']})", flush=True)
        result = {"n": args.n, "single_process": bases, "single_process_cli": clis, "spark": runs}
        if args.json:
            args.json.write_text(json.dumps(result, indent=1) + "\n")
        print(json.dumps(result))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
