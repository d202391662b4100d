"""Throughput of ``hadath.code`` on real news, one process (one core).

    python benchmarks/bench_code.py [--corpus PATH] [--n 1000] [--json OUT]

Reads the first N articles of a JSONL(.gz) corpus with a ``content`` or ``text`` field (by default
SaudiNewsNet from ../shared, which is not part of the project), codes each one and reports
articles/s, sentences/s, characters/s, events found, rejects by reason and peak memory (RSS).
``reference_loop_s`` times a fixed Python loop before and after: on a shared machine the same code
runs up to twice as fast or slow from one hour to the next, and this shows which it was.
The lexicon build is timed separately: it happens once per process.
"""
from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from collections import Counter
from pathlib import Path

import hadath
from hadath.lexicon.compiled import get_lexicon

from bench_common import DEFAULT_CORPUS, EXIT_NO_CORPUS, corpus_missing, emit  # noqa: E402  (sibling script module)


def load(path: Path, n: int) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    docs = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            text = obj.get("content") or obj.get("text") or ""
            date = (obj.get("date_extracted") or obj.get("date") or "")[:10] or None
            docs.append({"text": text, "date": date, "title": obj.get("title")})
            if len(docs) >= n:
                break
    return docs


def reference_loop_seconds() -> float:
    """Time of a fixed pure-Python loop: the machine's speed at benchmark time, so figures taken
    under different load (shared CPUs, steal time) can be compared."""
    start = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i
    return round(time.perf_counter() - start, 3)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    args = ap.parse_args()
    if corpus_missing(args.corpus):
        return EXIT_NO_CORPUS
    docs = load(args.corpus, args.n)
    loop_before = reference_loop_seconds()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    get_lexicon()
    build_s = time.perf_counter() - t0
    rss_lexicon = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    sentences = events = quotes = chars = coded = 0
    rejects: Counter[str] = Counter()
    by_type: Counter[str] = Counter()
    t1 = time.perf_counter()
    c1 = time.process_time()
    for d in docs:
        try:
            doc = hadath.code(d["text"], date=d["date"])
        except hadath.InputRejected as exc:
            rejects[exc.reason] += 1
            continue
        coded += 1
        chars += len(d["text"])
        sentences += len(doc.sentences)
        events += len(doc.events)
        quotes += len(doc.quotes)
        by_type.update(e.plover for e in doc.events)
    secs = time.perf_counter() - t1
    cpu_secs = time.process_time() - c1
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "articles": len(docs), "coded": coded, "rejected": dict(rejects), "seconds": round(secs, 2),
        "articles_per_s": round(len(docs) / secs, 1), "sentences_per_s": round(sentences / secs, 1),
        "articles_per_cpu_s": round(len(docs) / cpu_secs, 1), "cpu_seconds": round(cpu_secs, 2),
        "chars_per_s": round(chars / secs), "events": events, "quotes": quotes,
        "events_by_type": dict(by_type.most_common()), "lexicon_build_s": round(build_s, 2),
        "peak_rss_mb": round(peak_mb, 1), "rss_before_lexicon_mb": round(rss_before / 1024, 1),
        "rss_after_lexicon_mb": round(rss_lexicon / 1024, 1), "python": sys.version.split()[0],
        "hadath": hadath.__version__,
        "reference_loop_s": [loop_before, reference_loop_seconds()],
    }
    emit(result, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
