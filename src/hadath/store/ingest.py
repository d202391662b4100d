"""``hadath ingest``: read, code (in worker processes) and store, one transaction per batch.

Flow: the main process walks the inputs (``readers``), drops documents already stored with the same
lexicon version (content hash), and groups the rest into batches. Worker processes code the batches
(the lexicons are compiled once: in the main process before the workers are forked, or once per
worker where processes are spawned); the main process writes each coded batch — documents,
child rows, origins and the problems met — in one transaction, in input order.

Idempotence and crash safety follow: a batch is either entirely in the store or not at all, and a
re-run skips what is there, so a run killed with ``kill -9`` and restarted ends with exactly the
rows of an uninterrupted run. A document stored with another fingerprint (``db.lexicon_version``:
hadath version, coder source, lexicons) is re-coded: its rows are replaced in the same transaction
(only the documents of the corpus being ingested change); ``recode`` forces it, e.g. to code with
``any_language`` documents stored as skipped.
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
from .clusters import mark_dirty, refresh
from .readers import FieldMap, Problem, RawDoc, iter_paths, read_path

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
    timeout: float = 30.0        # feed URLs: seconds per request
    fetch_links: bool = True     # feed URLs: fetch the article page of entries that carry only a summary
    recode: bool = False         # re-code the documents read even when stored with the same fingerprint


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
    cluster_keys: int = 0     # (type, source, target) keys re-clustered: those the new events touched
    coder_seconds: float = 0.0  # CPU seconds inside hadath.code, all workers: the coder's part of the run
    skip_reasons: dict = field(default_factory=dict)
    problem_reasons: dict = field(default_factory=dict)   # unreadable files/lines/URLs by reason

    def summary(self) -> str:
        rate = self.coded / self.seconds if self.seconds else 0.0
        s = (f"{self.records} document(s) read from {self.files} file(s): {self.coded} coded, "
             f"{self.skipped} skipped, {self.already} already stored, {self.duplicates} exact duplicate(s), {self.recoded} re-coded, "
             f"{self.problems} unreadable file(s)/line(s), {self.ignored} other file(s) ignored, "
             f"{self.events} event(s); "
             f"{self.seconds:.1f}s ({rate:.0f} articles/s; hadath.code {self.coder_seconds:.1f} CPU s)")
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
    results: Coded | None = None

    def size(self) -> int:
        return len(self.todo) + len(self.known) + len(self.problems)


# -- coding (worker side) -----------------------------------------------------------------------
_W: dict = {}


def _worker_init(lexicon_dirs: tuple[str, ...], options: Options) -> None:
    from ..lexicon.compiled import get_lexicon

    _W["dirs"], _W["options"] = list(lexicon_dirs), options
    _W["version"] = dbm.lexicon_version(tuple(lexicon_dirs))
    get_lexicon(_W["dirs"])  # compile once per worker process


@dataclass
class Coded:
    """What a worker sends back for a batch: one (status, reason, message, n_events) per document,
    and the rows of every table as Arrow tables — built here, in parallel, so that the main process
    receives a few buffers (cheap to unpickle) and hands them to DuckDB as they are."""

    outcomes: list[tuple[str, str | None, str | None, int]]
    tables: dict[str, object]
    coder_seconds: float = 0.0   # CPU time inside hadath.code (and to_dict): the rest is the store's


def _code_batch(docs: list[RawDoc]) -> Coded:
    """Code a batch in a worker: every document gets exactly one outcome (coded, skipped, or error
    when hadath fails on it), and all the batch's rows come back as Arrow tables."""
    from ..pipeline import code
    from .dedup import minhash_many

    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    outcomes, metas = [], []
    kids: dict[str, list[tuple]] = {t: [] for t in dbm.CHILD_TABLES}
    coder = 0.0
    for r in docs:
        started = time.process_time()
        try:
            try:
                d = code(r.text, date=r.date, id=r.key, title=r.title, url=r.url, source=r.source,
                         lexicon_dirs=_W["dirs"], options=_W["options"]).to_dict()
            finally:
                coder += time.process_time() - started
            rows = dbm.rows_for(r.key, d, r.text)
        except InputRejected as exc:
            outcomes.append(("skipped", exc.reason, str(exc), 0))
            metas.append({})
        except Exception as exc:  # noqa: BLE001 - one article must not stop a corpus; it is stored as failed
            outcomes.append(("error", "internal", f"{type(exc).__name__}: {exc}", 0))
            metas.append({})
        else:
            outcomes.append(("coded", None, None, len(d.get("events", []))))
            metas.append(d)
            for t, rs in rows.items():
                kids[t].extend(rs)
    coded = [i for i, o in enumerate(outcomes) if o[0] == "coded"]
    sigs: list = [None] * len(docs)
    for i, mh in zip(coded, minhash_many([docs[i].text for i in coded])):
        sigs[i] = mh
    doc_rows = [(r.key, status, reason, message, r.origin, r.ext_id, d.get("title") or r.title,
                 d.get("url") or r.url, d.get("publisher"), d.get("translated_from"), r.source,
                 dbm._iso_date(r.date), d.get("language"), len(r.text), n, r.text, __version__, _W["version"],
                 now, mh)
                for r, (status, reason, message, n), d, mh in zip(docs, outcomes, metas, sigs)]
    tables = {"documents": dbm.to_arrow("documents", doc_rows)}
    tables.update((t, dbm.to_arrow(t, rs)) for t, rs in kids.items() if rs)
    return Coded(outcomes, tables, coder)


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
            from .web import read_url

            records = read_url(item, opts.default_date, opts.timeout, opts.max_bytes, opts.fetch_links)
            stats.files += 1
        else:
            records = read_path(item, opts.fields, opts.encoding, opts.max_bytes, opts.default_date)
            stats.files += 1
        for rec in records:
            if isinstance(rec, Problem):
                b.problems.append(rec)
            else:
                stats.records += 1
                if rec.key in seen or (stored.get(rec.key) == version and not opts.recode):
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


def _write(con, b: Batch, origins: set, known_problems: set, stats: Stats) -> None:
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    new_origins = []
    for r in b.todo + b.known:
        if (r.key, r.origin) not in origins:
            new_origins.append((r.key, r.origin, r.ext_id, now))
    probs = [(p.origin, p.reason, p.message, now) for p in b.problems if (p.origin, p.reason) not in known_problems]
    with dbm.transaction(con):
        if b.recode:
            keys = sorted(b.recode)
            mark_dirty(con, "events e WHERE e.doc_key IN (SELECT unnest(?::VARCHAR[]))", [keys])
            for t in (*dbm.CHILD_TABLES, "documents"):
                con.execute(f"DELETE FROM {t} WHERE doc_key IN (SELECT unnest(?::VARCHAR[]))", [keys])
        if b.results is not None:
            for t, data in b.results.tables.items():
                dbm.insert_arrow(con, t, data)
            if "events" in b.results.tables:  # their (type, source, target) keys are clustered again
                con.register("_batch_events", b.results.tables["events"])
                try:
                    mark_dirty(con, "_batch_events e")
                finally:
                    con.unregister("_batch_events")
        dbm.insert_rows(con, "origins", new_origins)
        dbm.insert_rows(con, "problems", probs)
        pause = os.environ.get(_PAUSE_ENV)
        if pause:
            time.sleep(float(pause))
    origins.update((o[0], o[1]) for o in new_origins)
    known_problems.update((p[0], p[1]) for p in probs)
    stats.coder_seconds += b.results.coder_seconds if b.results else 0.0
    for status, reason, _, n_events in (b.results.outcomes if b.results else ()):
        if status == "coded":
            stats.coded += 1
            stats.events += n_events
        elif status == "skipped":
            stats.skipped += 1
            tag = (reason or "").split(":")[0]
            stats.skip_reasons[tag] = stats.skip_reasons.get(tag, 0) + 1
        else:
            stats.errors += 1
    stats.recoded += len(b.recode)
    stats.problems += len(b.problems)
    for p in b.problems:
        stats.problem_reasons[p.reason] = stats.problem_reasons.get(p.reason, 0) + 1
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
            import pyarrow  # noqa: F401 - workers build Arrow tables: share the library's pages too
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
            _write(con, b, origins, known_problems, stats)
            if on_problem:
                for p in b.problems:
                    on_problem(p)
                for r, res in zip(b.todo, b.results.outcomes if b.results else ()):
                    if res[0] == "error":  # stored with status 'error'; shown so that it gets reported
                        on_problem(Problem(r.origin, "internal", f"{r.origin}: hadath failed on this document "
                                                                 f"({res[2]}); please report it"))
            if on_batch:
                stats.seconds = time.perf_counter() - started
                on_batch(b, stats)

        batches = _batches(inputs, opts, stored, origins, version, stats)
        if pool is None:
            for b in batches:
                b.results = _code_batch(b.todo) if b.todo else None
                done(b)
        else:
            pending: deque = deque()
            for b in batches:
                pending.append((b, pool.apply_async(_code_batch, (b.todo,)) if b.todo else None))
                while len(pending) > 2 * jobs:
                    pb, res = pending.popleft()
                    pb.results = res.get() if res else None
                    done(pb)
            while pending:
                pb, res = pending.popleft()
                pb.results = res.get() if res else None
                done(pb)
        if opts.link:
            stats.near_duplicates, stats.cluster_keys, stats.clusters = refresh(con)
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
        con.close()
    stats.seconds = time.perf_counter() - started
    return stats
