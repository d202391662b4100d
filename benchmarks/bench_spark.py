"""Throughput of ``hadath spark code`` in local mode against single-process ``hadath.code``.

    python benchmarks/bench_spark.py [--corpus PATH] [--n 2000] [--masters local[1],local[2]] [--json OUT]

Writes the first N records of a JSONL(.gz) corpus (by default SaudiNewsNet from ../shared, not part
of the project: fields content, date_extracted, title, url) to a temporary JSONL file, codes them
once in this process with ``hadath.code`` (lexicon build excluded), then runs the whole Spark job
(read, parse, dedup, code, write all Parquet tables) once per master, each in a fresh SparkSession
(JVM start-up reported separately, not counted; a 50-record warm-up job runs first, untimed, so that
the first master is not charged for the JVM's first-job costs). Reports input records/s (every record read counts, coded or not),
speed-up over the first master,
the ratio to single-process coding and the per-core rate.
"""
from __future__ import annotations

import argparse
import gzip
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "saudinewsnet" / "saudinewsnet.jsonl.gz"


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


def single_process(recs: list[dict]) -> dict:
    import hadath
    from hadath.lexicon.compiled import get_lexicon
    from hadath.store.readers import normalize_date

    get_lexicon()
    t0 = time.perf_counter()
    coded = 0
    for r in recs:
        try:
            hadath.code(r.get("content") or "", date=normalize_date(r.get("date_extracted")))
            coded += 1
        except hadath.InputRejected:
            pass
    s = time.perf_counter() - t0
    return {"records": len(recs), "coded": coded, "seconds": round(s, 2), "records_per_s": round(len(recs) / s, 1)}


def spark_run(master: str, inp: Path, out: Path, shuffle_partitions: int, n: int) -> dict:
    from hadath.spark import job

    t0 = time.perf_counter()
    spark = job.session(master, app="hadath-bench", shuffle_partitions=shuffle_partitions)
    start_s = time.perf_counter() - t0
    try:
        stats = job.run(spark, [str(inp)], str(out))
    finally:
        spark.stop()
    return {"master": master, "session_start_s": round(start_s, 2), "seconds": stats["seconds"], "records": n,
            "documents": stats["coded"] + stats["skipped"] + stats["errors"], "coded": stats["coded"], "events": stats["events"], "rejects": stats["rejects"],
            "records_per_s": round(n / stats["seconds"], 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--masters", default="local[1],local[2]")
    ap.add_argument("--shuffle-partitions", type=int, default=4)
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 3
    tmp = Path(tempfile.mkdtemp(prefix="hadath-bench-spark-"))
    try:
        inp = tmp / "sample.jsonl"
        recs = write_sample(args.corpus, args.n, inp)
        base = single_process(recs)
        print(f"single process hadath.code: {base['records']} records, {base['coded']} coded, "
              f"{base['seconds']} s, {base['records_per_s']} records/s", flush=True)
        # warm-up: the first job in a JVM pays class loading and code generation; without this the
        # first master would be charged for it and the speed-up overstated
        warm = tmp / "warm.jsonl"
        warm.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs[:50]), encoding="utf-8")
        spark_run(args.masters.split(",")[0], warm, tmp / "out-warm", args.shuffle_partitions, 50)
        runs = []
        for m in args.masters.split(","):
            r = spark_run(m, inp, tmp / f"out-{len(runs)}", args.shuffle_partitions, len(recs))
            cores = int(m[m.index("[") + 1:-1]) if "[" in m and m[m.index("[") + 1:-1].isdigit() else None
            r["speedup"] = round(r["records_per_s"] / runs[0]["records_per_s"], 2) if runs else 1.0
            r["ratio_to_single_process"] = round(r["records_per_s"] / base["records_per_s"], 2)
            r["per_core_records_per_s"] = round(r["records_per_s"] / cores, 1) if cores else None
            runs.append(r)
            print(f"{m}: {r['records']} records ({r['coded']} coded, {r['rejects']} rejected, {r['events']} events) "
                  f"in {r['seconds']} s = {r['records_per_s']} records/s; speed-up {r['speedup']}x; "
                  f"{r['ratio_to_single_process']}x single-process hadath.code; per core {r['per_core_records_per_s']}/s "
                  f"(session start {r['session_start_s']} s, not counted)", flush=True)
        result = {"n": args.n, "single_process": base, "spark": runs}
        if args.json:
            args.json.write_text(json.dumps(result, indent=1) + "\n")
        print(json.dumps(result))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
