"""Corpus store: ``hadath ingest`` into DuckDB, event clusters, near-duplicates, queries and exports.

    from hadath.store.ingest import ingest, IngestOptions
    stats = ingest(["articles/"], "hadath.duckdb", IngestOptions(jobs=2))

Modules: ``readers`` (files → records), ``db`` (schema, rows), ``ingest`` (batches, workers,
transactions), ``dedup`` (MinHash near-duplicates), ``clusters`` (cross-article event clusters),
``queries`` (event filters, search), ``exports`` (PLOVER JSONL, CSV, Parquet, GDELT TSV), ``cli``.
"""
