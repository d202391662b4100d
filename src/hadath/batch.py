"""Coding a JSONL batch in input order, in one process or in several.

``hadath code --input`` reads records one by one and writes one output line per coded record, in
the order of the input, so that a user can pair input and output line by line whatever ``--jobs``
is. With several jobs the records go to worker processes in chunks; at most a few chunks per
worker are in flight, so memory stays flat however long the input. On Linux the workers are
forked after the lexicon is compiled, and share it instead of each building it again.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .errors import InputRejected
from .io import Record
from .pipeline import Options, code

CHUNK = 16  # records per task sent to a worker: large enough to amortise the hand-over
_IN_FLIGHT_PER_JOB = 2  # chunks queued per worker before the reader waits for the oldest


@dataclass(slots=True)
class Outcome:
    """What became of one input record: its coded document as one JSON line, or why it was not."""

    record: Record
    json_line: str | None = None
    reason: str | None = None
    message: str | None = None


_WORKER: dict = {}  # the settings of this worker process, set once by _start_worker


def _start_worker(lexicon_dirs: tuple[str, ...], options: Options) -> None:
    from .lexicon.compiled import get_lexicon

    _WORKER["dirs"], _WORKER["options"] = list(lexicon_dirs), options
    get_lexicon(_WORKER["dirs"])  # compiled once per process (forked workers find it built)


def _code_chunk(records: list[Record]) -> list[Outcome]:
    """Code records in this process; a record that cannot be read or coded says why."""
    out = []
    for rec in records:
        if rec.fields is None:
            out.append(Outcome(rec, reason=rec.reason, message=rec.error))
            continue
        f = rec.fields
        try:
            doc = code(f["text"], date=f["date"], id=str(f["id"]), title=f["title"], url=f["url"],
                       source=f["source"], lexicon_dirs=_WORKER["dirs"], options=_WORKER["options"])
        except InputRejected as exc:
            out.append(Outcome(rec, reason=exc.reason, message=str(exc)))
            continue
        out.append(Outcome(rec, json_line=json.dumps(doc.to_dict(), ensure_ascii=False)))
    return out


def _chunks(records: Iterable[Record]) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for rec in records:
        chunk.append(rec)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def code_records(records: Iterable[Record], lexicon_dirs: list[str], options: Options,
                 jobs: int = 1) -> Iterator[Outcome]:
    """The outcome of every record, in input order, coded by ``jobs`` processes."""
    _start_worker(tuple(lexicon_dirs), options)  # here too: forked workers inherit the compiled lexicon
    if jobs <= 1:
        for chunk in _chunks(records):
            yield from _code_chunk(chunk)
        return
    fork = sys.platform.startswith("linux")
    ctx = mp.get_context("fork" if fork else "spawn")
    pool = ctx.Pool(jobs, initializer=_start_worker, initargs=(tuple(lexicon_dirs), options))
    try:
        pending: deque = deque()
        for chunk in _chunks(records):
            pending.append(pool.apply_async(_code_chunk, (chunk,)))
            while len(pending) > _IN_FLIGHT_PER_JOB * jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
    finally:
        pool.terminate()
        pool.join()
