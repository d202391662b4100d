"""The DuckDB store: schema, connection, and coded documents → table rows.

One file (``hadath.duckdb`` by default). A document's key is the sha256 of its text (first 32 hex
digits), so the same article read twice — from the same file or another — is stored once; every
place it was seen is kept in ``origins``. Child rows (entities, mentions, events, quotes, places)
carry the document key; event ids are ``<doc_key>-ev<n>``, stable across runs.

Writes happen in one transaction per batch of documents (see ``ingest.py``): a run killed at any
point leaves the database as it was after the last committed batch.
"""
from __future__ import annotations

from contextlib import contextmanager

import datetime as dt
import hashlib
import re
from functools import lru_cache
from pathlib import Path

from .. import __version__
from ..errors import InputUnreadable

DEFAULT_DB = "hadath.duckdb"
SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    doc_key VARCHAR, status VARCHAR, skip_reason VARCHAR, skip_message VARCHAR,
    origin VARCHAR, ext_id VARCHAR, title VARCHAR, url VARCHAR, publisher VARCHAR, translated_from VARCHAR,
    source VARCHAR, date DATE, language VARCHAR, n_chars INTEGER, n_events INTEGER, text VARCHAR,
    hadath_version VARCHAR, lexicon_version VARCHAR, coded_at TIMESTAMP, minhash UBIGINT[]
);
CREATE TABLE IF NOT EXISTS near_duplicates (doc_key VARCHAR, dup_of VARCHAR, similarity DOUBLE);
CREATE TABLE IF NOT EXISTS origins (doc_key VARCHAR, origin VARCHAR, ext_id VARCHAR, first_seen TIMESTAMP);
CREATE TABLE IF NOT EXISTS entities (
    doc_key VARCHAR, entity_id VARCHAR, kind VARCHAR, name_en VARCHAR, name_ar VARCHAR, country VARCHAR,
    sector VARCHAR, lexicon_id VARCHAR, title_en VARCHAR, in_lexicon BOOLEAN, n_mentions INTEGER
);
CREATE TABLE IF NOT EXISTS mentions (
    doc_key VARCHAR, entity_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR, doc_key VARCHAR, seq INTEGER, plover VARCHAR, mode VARCHAR, cameo VARCHAR,
    context VARCHAR[],
    source_entity VARCHAR, source_text VARCHAR, source_name VARCHAR, source_country VARCHAR,
    source_sector VARCHAR, source_implied BOOLEAN,
    target_entity VARCHAR, target_text VARCHAR, target_name VARCHAR, target_country VARCHAR,
    target_sector VARCHAR, target_implied BOOLEAN,
    trigger VARCHAR, start_char INTEGER, end_char INTEGER, sentence VARCHAR, sentence_start INTEGER,
    sentence_end INTEGER, date VARCHAR, event_date DATE, date_precision VARCHAR, date_basis VARCHAR,
    place_name VARCHAR, place_name_ar VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE,
    geonameid BIGINT,
    negated BOOLEAN, hypothetical BOOLEAN, background BOOLEAN, historical BOOLEAN, modality VARCHAR[],
    score DOUBLE, quad_class VARCHAR, location_basis VARCHAR
);
-- location_basis came after the first stores were written: a store made before gains it when opened
ALTER TABLE events ADD COLUMN IF NOT EXISTS location_basis VARCHAR;
CREATE TABLE IF NOT EXISTS cluster_events (event_id VARCHAR, cluster_id VARCHAR);
CREATE TABLE IF NOT EXISTS cluster_dirty (plover VARCHAR, source_country VARCHAR, target_country VARCHAR);
CREATE TABLE IF NOT EXISTS quotes (
    doc_key VARCHAR, seq INTEGER, speaker_entity VARCHAR, speaker_text VARCHAR, speaker_name VARCHAR,
    speaker_country VARCHAR, speaker_sector VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER,
    cue VARCHAR, direct BOOLEAN
);
CREATE TABLE IF NOT EXISTS places (
    doc_key VARCHAR, seq INTEGER, name_en VARCHAR, name_ar VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE,
    geonameid BIGINT, start_char INTEGER, end_char INTEGER
);
CREATE TABLE IF NOT EXISTS search_text (doc_key VARCHAR, norm VARCHAR);
CREATE TABLE IF NOT EXISTS problems (origin VARCHAR, reason VARCHAR, message VARCHAR, seen_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id VARCHAR, plover VARCHAR, cameo VARCHAR, source_country VARCHAR, target_country VARCHAR,
    place_name VARCHAR, place_country VARCHAR, lat DOUBLE, lon DOUBLE, geonameid BIGINT,
    first_date DATE, last_date DATE, num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER,
    first_seen DATE, last_seen DATE, score DOUBLE, quad_class VARCHAR,
    source_sector VARCHAR, target_sector VARCHAR, source_name VARCHAR, target_name VARCHAR,
    url VARCHAR, doc_key VARCHAR
);
"""

CHILD_TABLES = ("entities", "mentions", "events", "quotes", "places", "search_text")


def connect(path: str | Path, read_only: bool = False):
    """Open (and create) the store; clear errors for a locked, unwritable or foreign file."""
    import duckdb

    p = Path(path)
    if read_only and not p.exists():
        raise InputUnreadable(f"{p}: no such database (create it with: hadath ingest … --db {p})")
    if p.exists() and p.is_dir():
        raise InputUnreadable(f"{p}: is a directory, not a database file")
    try:
        con = duckdb.connect(str(p), read_only=read_only)
    except duckdb.IOException as exc:
        msg = str(exc)
        if "lock" in msg.lower():
            raise InputUnreadable(f"{p}: the database is in use by another process ({msg.splitlines()[0]})") from None
        raise InputUnreadable(f"{p}: cannot open the database ({msg.splitlines()[0]})") from None
    except duckdb.Error as exc:
        raise InputUnreadable(f"{p}: not a hadath DuckDB database ({str(exc).splitlines()[0]})") from None
    if not read_only:
        with transaction(con):
            con.execute(SCHEMA)
            if not con.execute("SELECT 1 FROM meta WHERE key = 'schema_version'").fetchone():
                con.execute("INSERT INTO meta VALUES ('schema_version', ?), ('created_by', ?)",
                            [SCHEMA_VERSION, f"hadath {__version__}"])
    else:
        tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        if "documents" not in tables:
            con.close()
            raise InputUnreadable(f"{p}: not a hadath store (no documents table)")
    return con


# Parts of the package that do not change what ``hadath.code`` outputs for a text.
NOT_CODER = frozenset({"store", "serve", "spark", "evaluation", "cli.py", "__main__.py", "errors.py"})


def coder_fingerprint(root: Path) -> str:
    """Hash of the coder's source files under ``root`` (the ``hadath`` package): every ``.py`` file
    outside ``NOT_CODER``, by relative path and content. A new hadath, or an edited rule, changes it."""
    h = hashlib.sha256()
    for f in sorted(root.rglob("*.py")):
        rel = f.relative_to(root)
        if rel.parts[0] in NOT_CODER or "__pycache__" in rel.parts:
            continue
        h.update(rel.as_posix().encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def lexicon_version(user_dirs: tuple[str, ...] = ()) -> str:
    """Fingerprint of what codes a document, stored with it (``documents.lexicon_version``):
    ``<hadath version>+<hash>`` over the coder's source (``coder_fingerprint``), the shipped lexicon
    files and those of ``user_dirs``. An ingest re-codes a stored document whose fingerprint differs —
    after a lexicon change, a hadath upgrade, or an edited rule — and only the documents it reads.
    Computed once per process and set of directories (whatever the spelling of the call)."""
    return _fingerprint(tuple(str(d) for d in user_dirs))


@lru_cache(maxsize=8)
def _fingerprint(user_dirs: tuple[str, ...]) -> str:
    import hadath

    root = Path(hadath.__file__).parent
    h = hashlib.sha256(__version__.encode())
    h.update(coder_fingerprint(root).encode())
    dirs = [root / "data"] + [Path(d) for d in user_dirs]
    for d in dirs:
        for f in sorted(d.rglob("*")):
            if f.is_file() and f.suffix in (".tsv", ".txt"):
                h.update(f.name.encode())
                h.update(f.read_bytes())
    return f"{__version__}+{h.hexdigest()[:12]}"


def _event_date(date: str | None) -> dt.date | None:
    """First day of the event's period (YYYY, YYYY-MM or YYYY-MM-DD)."""
    if not date:
        return None
    parts = date.split("-")
    try:
        return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def _iso_date(s: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _actor(a: dict | None) -> list:
    if not a:
        return [None] * 6
    return [a.get("entity"), a.get("text"), a.get("name_en"), a.get("country"), a.get("sector"),
            bool(a.get("implied"))]


def rows_for(key: str, d: dict, text: str) -> dict[str, list[tuple]]:
    """Child-table rows of one coded document (``Document.to_dict()``).

    ``event_date`` (the first day of the event's period, used by filters and clusters) is left empty
    when the document has no publication date: hadath then resolves "yesterday" or "on Monday"
    against the day of coding, which says nothing about when the event happened. The ``date`` column
    keeps what hadath said."""
    dated = bool(d.get("date"))
    out: dict[str, list[tuple]] = {t: [] for t in CHILD_TABLES}
    for e in d.get("entities", []):
        ms = e.get("mentions") or []
        out["entities"].append((key, e["id"], e.get("kind"), e.get("name_en"), e.get("name_ar"), e.get("country"),
                                e.get("sector"), e.get("lexicon_id"), e.get("title_en"), e.get("in_lexicon"),
                                len(ms)))
        for s, t in ms:
            out["mentions"].append((key, e["id"], s, t, text[s:t]))
    for i, ev in enumerate(d.get("events", []), 1):
        loc = ev.get("location") or {}
        span = ev.get("span") or [None, None]
        sspan = ev.get("sentence_span") or [None, None]
        out["events"].append((
            f"{key}-ev{i}", key, i, ev.get("plover"), ev.get("mode"), ev.get("cameo"), list(ev.get("context") or []),
            *_actor(ev.get("source")), *_actor(ev.get("target")),
            ev.get("trigger"), span[0], span[1], ev.get("sentence"), sspan[0], sspan[1],
            ev.get("date"), _event_date(ev.get("date")) if dated else None, ev.get("date_precision"), ev.get("date_basis"),
            loc.get("name_en"), loc.get("name_ar"), loc.get("country"), loc.get("lat"), loc.get("lon"),
            loc.get("geonameid"),
            bool(ev.get("negated")), bool(ev.get("hypothetical")), bool(ev.get("background")),
            bool(ev.get("historical")), list(ev.get("modality") or []), ev.get("score"), ev.get("quad_class"),
            ev.get("location_basis"),
        ))
    for i, q in enumerate(d.get("quotes", []), 1):
        sp = q.get("speaker") or {}
        span = q.get("span") or [None, None]
        out["quotes"].append((key, i, sp.get("entity"), sp.get("text"), sp.get("name_en"), sp.get("country"),
                              sp.get("sector"), q.get("text"), span[0], span[1], q.get("cue"), q.get("direct")))
    from .dedup import fold_text

    out["search_text"].append((key, fold_text(text)))  # normalize_string(text), for `hadath search`
    for i, p in enumerate(d.get("places", []), 1):
        span = p.get("span") or [None, None]
        out["places"].append((key, i, p.get("name_en"), p.get("name_ar"), p.get("country"), p.get("lat"),
                              p.get("lon"), p.get("geonameid"), span[0], span[1]))
    return out


_ARROW_TYPES = {"VARCHAR": "string", "INTEGER": "int32", "BIGINT": "int64", "DOUBLE": "float64",
                "BOOLEAN": "bool_", "DATE": "date32", "VARCHAR[]": "list_string", "UBIGINT[]": "list_uint64",
                "TIMESTAMP": "timestamp"}
_TABLE_RE = re.compile(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\);", re.S)


@lru_cache(maxsize=None)
def arrow_schema(table: str):
    """The Arrow schema of a store table, read from ``SCHEMA`` (no database needed: worker processes
    build their batches' Arrow tables themselves, and the main process only hands them to DuckDB)."""
    import pyarrow as pa

    make = {"list_string": lambda: pa.list_(pa.string()), "list_uint64": lambda: pa.list_(pa.uint64()),
            "timestamp": lambda: pa.timestamp("us")}
    for name, body in _TABLE_RE.findall(SCHEMA):
        if name == table:
            fields = []
            for col in body.split(","):
                cname, ctype = col.split()
                kind = _ARROW_TYPES[ctype]
                fields.append(pa.field(cname, make[kind]() if kind in make else getattr(pa, kind)()))
            return pa.schema(fields)
    raise KeyError(table)


def to_arrow(table: str, rows: list[tuple]):
    """Rows (tuples in the table's column order) → an Arrow table with the store's column types."""
    import pyarrow as pa

    schema = arrow_schema(table)
    cols = list(zip(*rows)) if rows else [()] * len(schema)
    return pa.table([pa.array(list(c), type=f.type) for c, f in zip(cols, schema)], schema=schema)


def insert_arrow(con, table: str, data) -> None:
    """Append an Arrow table to a store table (DuckDB scans it without a per-row round trip)."""
    if not data.num_rows:
        return
    con.register("_hadath_batch", data)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _hadath_batch")
    finally:
        con.unregister("_hadath_batch")


def insert_rows(con, table: str, rows: list[tuple]) -> None:
    """Bulk insert of rows given in the table's column order (through Arrow)."""
    if rows:
        insert_arrow(con, table, to_arrow(table, rows))


@contextmanager
def transaction(con):
    """All the writes of the block, or none of them (also when the process is interrupted)."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
