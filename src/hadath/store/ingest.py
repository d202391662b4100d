"""``hadath ingest``: read, code (in worker processes) and store, one transaction per batch.

Flow: the main process walks the inputs (``readers``), drops documents already stored with the same
lexicon version (content hash), and groups the rest into batches. Worker processes code the batches
(the lexicons are compiled once: in the main process before the workers are forked, or once per
worker where processes are spawned); the main process writes each coded batch — documents,
child rows, origins and the problems met — in one transaction, in input order.

Idempotence and crash safety follow: a batch is either entirely in the store or not at all, and a
re-run skips what is there, so a run killed with ``kill -9`` and restarted ends with exactly the
rows of an uninterrupted run. A document stored with another lexicon version is re-coded: its rows
are replaced in the same transaction (only the documents of the corpus being ingested change).
Documents on which hadath failed (status ``error``, a bug) are tried again on every run.
"""
from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .. import __version__
from ..errors import InputRejected
from ..io import DEFAULT_MAX_BYTES
from ..pipeline import DEFAULT_MAX_CHARS, Options
from . import db as dbm
from .readers import FieldMap, Problem, RawDoc, iter_paths, read_feed, read_path

_PAUSE_ENV = "HADATH_STORE_TEST_PAUSE"  # tests only: seconds to wait inside each transaction


@dataclass
class IngestOptions:
    fields: FieldMap = field(default_factory=FieldMap)
    encoding: str = "utf-8"
    max_bytes: int = DEFAULT_MAX_BYTES
    max_chars: int = DEFAULT_MAX_CHARS
    default_date: str | None = None
    lexicon_dirs: tuple[str, ...] = ()
    jobs: int = 1
    batch_size: int = 100
    any_language: bool = False
    link: bool = True   # near-duplicate linking and event clusters after the run


@dataclass
class Stats:
    files: int = 0
    records: int = 0
    coded: int = 0
    skipped: int = 0          # stored, not coded: not Arabic, empty…
    errors: int = 0           # stored, not coded: hadath failed on it (a bug)
    already: int = 0          # already in the store (same content, same lexicon version)
    duplicates: int = 0       # exact duplicates of another record (same text): origin linked
    recoded: int = 0
    problems: int = 0         # files / lines that could not be read
    ignored: int = 0          # files of other types in the folders walked
    events: int = 0
    batches: int = 0
    seconds: float = 0.0
    near_duplicates: int = 0
    clusters: int = 0
    skip_reasons: dict = field(default_factory=dict)

    def summary(self) -> str:
        rate = self.coded / self.seconds if self.seconds else 0.0
        s = (f"{self.records} document(s) read from {self.files} file(s): {self.coded} coded, "
             f"{self.skipped} skipped, {self.already} already stored, {self.duplicates} exact duplicate(s), {self.recoded} re-coded, "
             f"{self.problems} unreadable file(s)/line(s), {self.ignored} other file(s) ignored, "
             f"{self.events} event(s); "
             f"{self.seconds:.1f}s ({rate:.0f} articles/s)")
        if self.errors:
            s += f"; {self.errors} failed inside hadath (please report)"
        if self.skip_reasons:
            s += "; skipped by reason: " + ", ".join(f"{k} {v}" for k, v in sorted(self.skip_reasons.items()))
        return s


@dataclass
class Batch:
    todo: list[RawDoc] = field(default_factory=list)     # to code
    known: list[RawDoc] = field(default_factory=list)    # content already stored/queued: new origin only
    problems: list[Problem] = field(default_factory=list)
    recode: set[str] = field(default_factory=set)
    results: list | None = None

    def size(self) -> int:
        return len(self.todo) + len(self.known) + len(self.problems)


# -- coding (worker side) -----------------------------------------------------------------------
_W: dict = {}


def _worker_init(lexicon_dirs: tuple[str, ...], options: Options) -> None:
    from ..lexicon.compiled import get_lexicon

    _W["dirs"], _W["options"] = list(lexicon_dirs), options
    get_lexicon(_W["dirs"])  # compile once per worker process


def _code_batch(docs: list[RawDoc]) -> list[tuple]:
    """(status, reason, message, document fields or None, child rows or None, minhash) per document."""
    from ..pipeline import code
    from .dedup import minhash

    out = []
    for r in docs:
        try:
            d = code(r.text, date=r.date, id=r.key, title=r.title, url=r.url, source=r.source,
                     lexicon_dirs=_W["dirs"], options=_W["options"]).to_dict()
            meta = {k: d.get(k) for k in ("title", "url", "publisher", "translated_from", "language")}
            meta["n_events"] = len(d.get("events", []))
            out.append(("coded", None, None, meta, dbm.rows_for(r.key, d, r.text), minhash(r.text)))
        except InputRejected as exc:
            out.append(("skipped", exc.reason, str(exc), None, None, None))
        except Exception as exc:  # noqa: BLE001 - one article must not stop a corpus; it is stored as failed
            out.append(("error", "internal", f"{type(exc).__name__}: {exc}", None, None, None))
    return out


# -- batching (main side) -----------------------------------------------------------------------
def _sources(inputs: Iterable[str]):
    """Files of the inputs (recursively), feed URLs as they are, problems for what is missing."""
    for item in inputs:
        if str(item).startswith(("http://", "https://")):
            yield str(item)
        else:
            yield from iter_paths([item])


def _batches(inputs: Iterable[str], opts: IngestOptions, stored: dict[str, str], origins: set,
             version: str, stats: Stats) -> Iterator[Batch]:
    seen: set[str] = set()
    b = Batch()
    for item in _sources(inputs):
        if isinstance(item, Problem) and item.reason == "ignored":
            stats.ignored += 1
            continue
        if isinstance(item, Problem):
            records = [item]
        elif isinstance(item, str):  # a feed URL
            records = read_feed(item, item, opts.default_date)
            stats.files += 1
        else:
            records = read_path(item, opts.fields, opts.encoding, opts.max_bytes, opts.default_date)
            stats.files += 1
        for rec in records:
            if isinstance(rec, Problem):
                b.problems.append(rec)
            else:
                stats.records += 1
                if rec.key in seen or stored.get(rec.key) == version:
                    if (rec.key, rec.origin) in origins:
                        stats.already += 1      # this very record is stored: nothing to do
                    else:
                        stats.duplicates += 1   # same text seen elsewhere: link the new origin only
                        b.known.append(rec)
                else:
                    if rec.key in stored:
                        b.recode.add(rec.key)
                    b.todo.append(rec)
                seen.add(rec.key)
            if b.size() >= opts.batch_size:
                yield b
                b = Batch()
    if b.size():
        yield b


def _write(con, b: Batch, version: str, origins: set, known_problems: set, stats: Stats) -> None:
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    docs, kids = [], {t: [] for t in dbm.CHILD_TABLES}
    for r, (status, reason, message, d, rows, mh) in zip(b.todo, b.results):
        d = d or {}
        docs.append((r.key, status, reason, message, r.origin, r.ext_id, d.get("title") or r.title,
                     d.get("url") or r.url, d.get("publisher"), d.get("translated_from"), r.source,
                     dbm._iso_date(r.date), d.get("language"), len(r.text), d.get("n_events", 0), r.text,
                     __version__, version, now, mh))
        if rows:
            for t, rs in rows.items():
                kids[t].extend(rs)
    new_origins = []
    for r in b.todo + b.known:
        if (r.key, r.origin) not in origins:
            new_origins.append((r.key, r.origin, r.ext_id, now))
    probs = [(p.origin, p.reason, p.message, now) for p in b.problems if (p.origin, p.reason) not in known_problems]
    with dbm.transaction(con):
        if b.recode:
            keys = sorted(b.recode)
            for t in (*dbm.CHILD_TABLES, "documents"):
                con.execute(f"DELETE FROM {t} WHERE doc_key IN (SELECT unnest(?::VARCHAR[]))", [keys])
        dbm.insert_rows(con, "documents", docs)
        for t, rs in kids.items():
            dbm.insert_rows(con, t, rs)
        dbm.insert_rows(con, "origins", new_origins)
        dbm.insert_rows(con, "problems", probs)
        pause = os.environ.get(_PAUSE_ENV)
        if pause:
            time.sleep(float(pause))
    origins.update((o[0], o[1]) for o in new_origins)
    known_problems.update((p[0], p[1]) for p in probs)
    for r, res in zip(b.todo, b.results):
        status = res[0]
        if status == "coded":
            stats.coded += 1
            stats.events += res[3]["n_events"]
        elif status == "skipped":
            stats.skipped += 1
            tag = (res[1] or "").split(":")[0]
            stats.skip_reasons[tag] = stats.skip_reasons.get(tag, 0) + 1
        else:
            stats.errors += 1
    stats.recoded += len(b.recode)
    stats.problems += len(b.problems)
    stats.batches += 1


def ingest(inputs: Iterable[str], db_path: str, opts: IngestOptions | None = None,
           on_batch: Callable[[Batch, Stats], None] | None = None,
           on_problem: Callable[[Problem], None] | None = None) -> Stats:
    """Ingest files/directories into the store at ``db_path``; returns counts."""
    opts = opts or IngestOptions()
    stats = Stats()
    started = time.perf_counter()
    version = dbm.lexicon_version(tuple(opts.lexicon_dirs))
    options = Options(max_chars=opts.max_chars, check_language=not opts.any_language)
    jobs = max(1, opts.jobs)
    pool = None
    if jobs > 1:  # start workers before DuckDB opens its threads
        fork = sys.platform.startswith("linux")
        if fork:  # compile once here: forked workers share it (copy-on-write) instead of each building it
            _worker_init(tuple(opts.lexicon_dirs), options)
        ctx = mp.get_context("fork" if fork else "spawn")
        pool = ctx.Pool(jobs, initializer=_worker_init, initargs=(tuple(opts.lexicon_dirs), options))
    else:
        _worker_init(tuple(opts.lexicon_dirs), options)
    con = dbm.connect(db_path)
    try:
        # documents on which hadath failed (status 'error') are tried again on every run
        stored = dict(con.execute("SELECT doc_key, CASE WHEN status = 'error' THEN 'retry' ELSE lexicon_version "
                                  "END FROM documents").fetchall())
        origins = set(con.execute("SELECT doc_key, origin FROM origins").fetchall())
        known_problems = set(con.execute("SELECT origin, reason FROM problems").fetchall())

        def done(b: Batch) -> None:
            _write(con, b, version, origins, known_problems, stats)
            if on_problem:
                for p in b.problems:
                    on_problem(p)
                for r, res in zip(b.todo, b.results):
                    if res[0] == "error":  # stored with status 'error'; shown so that it gets reported
                        on_problem(Problem(r.origin, "internal", f"{r.origin}: hadath failed on this document "
                                                                 f"({res[2]}); please report it"))
            if on_batch:
                stats.seconds = time.perf_counter() - started
                on_batch(b, stats)

        batches = _batches(inputs, opts, stored, origins, version, stats)
        if pool is None:
            for b in batches:
                b.results = _code_batch(b.todo) if b.todo else []
                done(b)
        else:
            pending: deque = deque()
            for b in batches:
                pending.append((b, pool.apply_async(_code_batch, (b.todo,)) if b.todo else None))
                while len(pending) > 2 * jobs:
                    pb, res = pending.popleft()
                    pb.results = res.get() if res else []
                    done(pb)
            while pending:
                pb, res = pending.popleft()
                pb.results = res.get() if res else []
                done(pb)
        if opts.link:
            from .clusters import build_clusters
            from .dedup import link_near_duplicates

            stats.near_duplicates = link_near_duplicates(con)
            stats.clusters = build_clusters(con)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        con.close()
    stats.seconds = time.perf_counter() - started
    return stats
