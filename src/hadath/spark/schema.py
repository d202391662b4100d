"""Column layouts of the Parquet tables written by the Spark job.

They are the DuckDB store's (``hadath.store.db.SCHEMA``), in the same order and with the matching
Spark types (VARCHAR → string, INTEGER → int, BIGINT → bigint, DOUBLE → double, DATE → date,
TIMESTAMP → timestamp_ntz, VARCHAR[] → array<string>; ``minhash`` holds uint32 values, so bigint
is exact). ``events`` has one extra column, ``event_day`` (the partition column: ``event_date`` as
text or ``none``); ``rejects`` is the job's own table of records that were not coded.
"""
from __future__ import annotations

S, I, L, D, B, DT, TS = "string", "int", "bigint", "double", "boolean", "date", "timestamp_ntz"
AS = "array<string>"

TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("doc_key", S), ("status", S), ("skip_reason", S), ("skip_message", S), ("origin", S), ("ext_id", S),
        ("title", S), ("url", S), ("publisher", S), ("translated_from", S), ("source", S), ("date", DT),
        ("language", S), ("n_chars", I), ("n_events", I), ("text", S), ("hadath_version", S),
        ("lexicon_version", S), ("coded_at", TS), ("minhash", "array<bigint>"),
    ],
    "entities": [
        ("doc_key", S), ("entity_id", S), ("kind", S), ("name_en", S), ("name_ar", S), ("country", S),
        ("sector", S), ("lexicon_id", S), ("title_en", S), ("in_lexicon", B), ("n_mentions", I),
    ],
    "mentions": [("doc_key", S), ("entity_id", S), ("start_char", I), ("end_char", I), ("text", S)],
    "events": [
        ("event_id", S), ("doc_key", S), ("seq", I), ("plover", S), ("mode", S), ("cameo", S), ("context", AS),
        ("source_entity", S), ("source_text", S), ("source_name", S), ("source_country", S),
        ("source_sector", S), ("source_implied", B),
        ("target_entity", S), ("target_text", S), ("target_name", S), ("target_country", S),
        ("target_sector", S), ("target_implied", B),
        ("trigger", S), ("start_char", I), ("end_char", I), ("sentence", S), ("sentence_start", I),
        ("sentence_end", I), ("date", S), ("event_date", DT), ("date_precision", S), ("date_basis", S),
        ("place_name", S), ("place_name_ar", S), ("place_country", S), ("lat", D), ("lon", D),
        ("geonameid", L),
        ("negated", B), ("hypothetical", B), ("background", B), ("historical", B), ("modality", AS),
        ("score", D), ("quad_class", S), ("location_basis", S),
    ],
    "quotes": [
        ("doc_key", S), ("seq", I), ("speaker_entity", S), ("speaker_text", S), ("speaker_name", S),
        ("speaker_country", S), ("speaker_sector", S), ("text", S), ("start_char", I), ("end_char", I),
        ("cue", S), ("direct", B),
    ],
    "places": [
        ("doc_key", S), ("seq", I), ("name_en", S), ("name_ar", S), ("country", S), ("lat", D), ("lon", D),
        ("geonameid", L), ("start_char", I), ("end_char", I),
    ],
    "search_text": [("doc_key", S), ("norm", S)],
}
CHILD = ("entities", "mentions", "events", "quotes", "places", "search_text")
REJECTS = [("origin", S), ("ext_id", S), ("doc_key", S), ("reason", S), ("message", S)]

# Raw records after reading (one per input line / Parquet row), before parsing.
RAW = [("origin", S), ("raw", S)]
# Parsed records: a document to code, or a reject (reason set).
PARSED = [("doc_key", S), ("origin", S), ("ext_id", S), ("text", S), ("date", S), ("title", S), ("url", S),
          ("source", S), ("reason", S), ("message", S)]


def ddl(cols: list[tuple[str, str]]) -> str:
    return ", ".join(f"`{n}` {t}" for n, t in cols)


def coded_ddl() -> str:
    """One row per document: the document's columns, its child rows as arrays of structs, a reject."""
    parts = [ddl(TABLES["documents"])]
    for t in CHILD:
        parts.append(f"`{t}` array<struct<{', '.join(f'`{n}`: {ty}' for n, ty in TABLES[t])}>>")
    parts.append(f"`reject` struct<{', '.join(f'`{n}`: {ty}' for n, ty in REJECTS)}>")
    return ", ".join(parts)

# Cross-article tables computed by the job (after coding): the store's near_duplicates, clusters and
# cluster_events, loaded as they are by `hadath import` into a store that holds nothing else.
DERIVED: dict[str, list[tuple[str, str]]] = {
    "near_duplicates": [("doc_key", S), ("dup_of", S), ("similarity", D)],
    "clusters": [
        ("cluster_id", S), ("plover", S), ("cameo", S), ("source_country", S), ("target_country", S),
        ("place_name", S), ("place_country", S), ("lat", D), ("lon", D), ("geonameid", L),
        ("first_date", DT), ("last_date", DT), ("num_mentions", I), ("num_sources", I), ("num_articles", I),
        ("first_seen", DT), ("last_seen", DT), ("score", D), ("quad_class", S),
        ("source_sector", S), ("target_sector", S), ("source_name", S), ("target_name", S),
        ("url", S), ("doc_key", S),
    ],
    "cluster_events": [("event_id", S), ("cluster_id", S)],
}


def arrow_schema(cols: list[tuple[str, str]]):
    """The pyarrow schema of a column list (rows handed to DuckDB in an executor)."""
    import pyarrow as pa

    types = {S: pa.string(), I: pa.int32(), L: pa.int64(), D: pa.float64(), B: pa.bool_(), DT: pa.date32(),
             AS: pa.list_(pa.string())}
    return pa.schema([(n, types[t]) for n, t in cols])
