"""Event clusters on Spark: the store's clustering (``hadath.store.clusters.build_clusters``) per key.

A cluster never spans two (PLOVER type, source country, target country) keys, and within a key
the store assigns events greedily in date order — a sequential rule, not an associative
aggregate. So Spark does the distributed part (join events with their documents and near-duplicate
links, drop undated events, shuffle by the key so that every key's events meet in one partition)
and each partition runs the store's own ``build_clusters`` on an in-memory DuckDB holding just its
events (``mapPartitions``; the rows go into DuckDB as one Arrow table. ``mapInArrow`` would skip
the row objects, but pyspark routes it through ``pandas_udf`` and so requires pandas, which hadath
does not depend on). Same function, same inputs per key: the same
clusters, ids, NumMentions, NumSources, NumArticles, first/last seen and PLOVER score as
``hadath ingest`` — and a change to the store's rules reaches Spark without a second copy.

A partition holds whole keys; its largest key bounds the memory an executor needs (the store's
rule is sequential within a key). ``--shuffle-partitions`` sets the number of partitions.
"""
from __future__ import annotations

from collections.abc import Iterator

from . import schema as sc
from .frames import materialize

OUT = [*sc.DERIVED["clusters"], ("event_id", sc.S)]  # a cluster row (event_id null) or a member row
KEY = ("plover", "source_country", "target_country")


def event_clusters(events, documents, near_duplicates, partitions: int):
    """DataFrames ``(clusters, cluster_events)`` with the store's columns."""
    from pyspark.sql import functions as F

    docs = documents.select("doc_key", *[F.col(c).alias(f"d_{c}") for c in ("source", "publisher", "url", "date")])
    dups = near_duplicates.select("doc_key", F.col("dup_of").alias("n_dup_of"))
    rows = (events.filter(F.col("event_date").isNotNull())      # the store's query decides the rest
            .join(docs, "doc_key").join(dups, "doc_key", "left")
            .repartition(partitions, *KEY))
    spark = rows.sparkSession
    out = materialize(spark.createDataFrame(rows.rdd.mapPartitions(_cluster_partition),
                                            spark.createDataFrame([], sc.ddl(OUT)).schema,
                                            verifySchema=False))  # computed once, read twice
    clusters = out.filter(F.col("event_id").isNull()).select(*[n for n, _ in sc.DERIVED["clusters"]])
    members = out.filter(F.col("event_id").isNotNull()).select(*[n for n, _ in sc.DERIVED["cluster_events"]])
    return clusters, members


IN = [*sc.TABLES["events"], ("d_source", sc.S), ("d_publisher", sc.S), ("d_url", sc.S), ("d_date", sc.DT),
      ("n_dup_of", sc.S)]


def _cluster_partition(rows: Iterator) -> Iterator[tuple]:
    """The rows of one partition (whole keys) → cluster and member rows, by the store's code."""
    import pyarrow as pa

    names = [n for n, _ in IN]
    cols: dict[str, list] = {n: [] for n in names}
    for r in rows:
        for n in names:
            cols[n].append(r[n])
    if not cols["event_id"]:
        return
    import duckdb

    from ..store import db as dbm
    from ..store.clusters import build_clusters

    table = pa.table(cols, schema=sc.arrow_schema(IN))
    ev_cols = ", ".join(f'"{n}"' for n, _ in sc.TABLES["events"])
    con = duckdb.connect()
    try:
        con.execute(dbm.SCHEMA)
        con.register("_part", table)
        con.execute(f"INSERT INTO events ({ev_cols}) SELECT {ev_cols} FROM _part")
        con.execute("INSERT INTO documents (doc_key, source, publisher, url, date) "
                    "SELECT DISTINCT doc_key, d_source, d_publisher, d_url, d_date FROM _part")
        con.execute("INSERT INTO near_duplicates (doc_key, dup_of) "
                    "SELECT DISTINCT doc_key, n_dup_of FROM _part WHERE n_dup_of IS NOT NULL")
        con.unregister("_part")
        build_clusters(con)
        out = ", ".join(f'"{n}"' for n, _ in OUT)
        yield from con.execute(f"SELECT {out} FROM (SELECT *, NULL::VARCHAR AS event_id FROM clusters "
                               "UNION ALL BY NAME SELECT cluster_id, event_id FROM cluster_events)").fetchall()
    finally:
        con.close()
