"""``hadath compact``: give back the space of deleted rows (after re-coding, or re-imports).

DuckDB reuses the blocks of deleted rows only partly and never shrinks its file, so a store that
was re-coded a few times grows. Compaction copies every table into a fresh file next to the store
(``COPY FROM DATABASE``), checks that each table has the same number of rows and the same content
checksum in the copy, and only then replaces the store with it (``os.replace``: atomic on one file
system). Killed at any point, the store is either the old file or the new one, never a mix; a left-over
``.compact-tmp`` file is removed by the next run.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import HadathError, InputUnreadable
from . import db as dbm


@dataclass
class Compacted:
    before_bytes: int
    after_bytes: int
    rows: dict[str, int]


def _fingerprint(con, schema: str) -> dict[str, tuple[int, int]]:
    """(rows, order-independent content hash) of every table of an attached database."""
    tables = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = ? AND schema_name = 'main' ORDER BY 1",
        [schema]).fetchall()]
    out = {}
    for t in tables:
        n, h = con.execute(f'SELECT count(*), coalesce(sum(hash(x)), 0) FROM "{schema}".main."{t}" x').fetchone()
        out[t] = (int(n), int(h))
    return out


def compact(db_path: str | Path) -> Compacted:
    path = Path(db_path)
    if not path.is_file():
        raise InputUnreadable(f"{path}: no such database")
    tmp = path.with_name(path.name + ".compact-tmp")
    for leftover in (tmp, Path(str(tmp) + ".wal")):
        leftover.unlink(missing_ok=True)
    wal = Path(str(path) + ".wal")
    before = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    con = dbm.connect(path)   # takes the write lock: nobody else is writing while we copy
    try:
        con.execute("CHECKPOINT")
        db_name = con.execute("SELECT current_database()").fetchone()[0]
        quoted = tmp.as_posix().replace("'", "''")
        con.execute(f"ATTACH '{quoted}' AS hadath_compact")
        try:
            con.execute(f'COPY FROM DATABASE "{db_name}" TO hadath_compact')
            old, new = _fingerprint(con, db_name), _fingerprint(con, "hadath_compact")
            if old != new:
                bad = sorted(t for t in old.keys() | new.keys() if old.get(t) != new.get(t))
                raise HadathError(f"{path}: the compacted copy differs in {', '.join(bad)}; the store was "
                                  "left as it was")
        finally:
            con.execute("DETACH hadath_compact")
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        raise
    con.close()
    for wal in (Path(str(path) + ".wal"), Path(str(tmp) + ".wal")):
        if wal.exists():  # DuckDB checkpoints on close; a WAL left would be replayed onto the wrong file
            tmp.unlink(missing_ok=True)
            raise HadathError(f"{wal}: unexpected write-ahead log after checkpoint; the store was left as it was")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return Compacted(before, path.stat().st_size, {t: n for t, (n, _) in old.items()})
