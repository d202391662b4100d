"""``hadath import OUT/``: load the Parquet tables of ``hadath spark code`` into the DuckDB store.

One transaction: the documents of the output replace any stored document with the same key (with
all its child rows), so importing the same output twice leaves the store as after one import.
Origins are added for every document, rejects without a document (unreadable lines) become
``problems``.

Near-duplicates and event clusters span the whole store, so where they come from depends on what
the store holds: when it holds only the imported documents (a fresh store, or a re-import), the
job's own ``near_duplicates``, ``clusters`` and ``cluster_events`` tables are loaded as they are —
computed by Spark with the store's rules, they are what the store would compute, and a
single-machine rebuild over a whole archive is what Spark was used to avoid. When the store also
holds other documents, the links and clusters are rebuilt with the store's own functions over
everything (clusters join events of both), as after ``hadath ingest``.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..errors import InputUnreadable
from ..store import db as dbm
from . import schema as sc


def _source(out: Path, table: str) -> str | None:
    d = out / table
    files = [p for p in d.rglob("*.parquet") if not p.name.startswith((".", "_"))] if d.is_dir() else []
    if not files:
        return None
    return f"read_parquet('{(d / '**' / '*.parquet').as_posix()}', hive_partitioning = false, union_by_name = true)"


def import_output(out: str | Path, db_path: str | Path, link: bool = True) -> dict:
    out = Path(out)
    if not (out / "documents").is_dir():
        raise InputUnreadable(f"{out}: not the output of `hadath spark code` (no documents/ table)")
    con = dbm.connect(db_path)
    counts: dict[str, int] = {}
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    try:
        docs = _source(out, "documents")
        with dbm.transaction(con):
            if docs:
                con.execute(f"CREATE TEMP TABLE _imp_keys AS SELECT DISTINCT doc_key FROM {docs}")
                for t in (*dbm.CHILD_TABLES, "documents"):
                    con.execute(f"DELETE FROM {t} WHERE doc_key IN (SELECT doc_key FROM _imp_keys)")
            for t, cols in sc.TABLES.items():
                src = _source(out, t)
                if not src:
                    counts[t] = 0
                    continue
                names = ", ".join(f'"{n}"' for n, _ in cols)
                con.execute(f"INSERT INTO {t} ({names}) SELECT {names} FROM {src}")
                counts[t] = con.execute(f"SELECT count(*) FROM {src}").fetchone()[0]
            if docs:
                con.execute(f"INSERT INTO origins SELECT d.doc_key, d.origin, d.ext_id, ? FROM {docs} d "
                            "WHERE NOT EXISTS (SELECT 1 FROM origins o WHERE o.doc_key = d.doc_key "
                            "AND o.origin = d.origin)", [now])
            rej = _source(out, "rejects")
            counts["problems"] = 0
            if rej:
                new = (f"FROM {rej} r WHERE r.doc_key IS NULL AND NOT EXISTS (SELECT 1 FROM problems p "
                       "WHERE p.origin = r.origin AND p.reason = r.reason AND p.message = r.message)")
                counts["problems"] = con.execute(f"SELECT count(*) {new}").fetchone()[0]
                con.execute(f"INSERT INTO problems SELECT r.origin, r.reason, r.message, ? {new}", [now])
            others = con.execute("SELECT count(*) FROM documents WHERE doc_key NOT IN "
                                 "(SELECT doc_key FROM _imp_keys)").fetchone()[0] if docs else 1
            con.execute("DROP TABLE IF EXISTS _imp_keys")
            derived = {t: _source(out, t) for t in sc.DERIVED}
            load = link and not others and all((out / t).is_dir() for t in sc.DERIVED)
            if load:
                for t, cols in sc.DERIVED.items():
                    con.execute(f"DELETE FROM {t}")
                    if derived[t]:
                        names = ", ".join(f'"{n}"' for n, _ in cols)
                        con.execute(f"INSERT INTO {t} ({names}) SELECT {names} FROM {derived[t]}")
                counts["near_duplicates"] = con.execute("SELECT count(*) FROM near_duplicates").fetchone()[0]
                counts["clusters"] = con.execute("SELECT count(*) FROM clusters").fetchone()[0]
        if link and not load:
            from ..store.clusters import build_clusters
            from ..store.dedup import link_near_duplicates

            counts["near_duplicates"] = link_near_duplicates(con)
            counts["clusters"] = build_clusters(con)
        counts["clusters_from"] = "spark" if load else ("rebuilt" if link else "none")
    finally:
        con.close()
    return counts
