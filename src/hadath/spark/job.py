"""The Spark job: read records, parse them, code each partition, write the Parquet tables.

Flow (no text ever goes to the driver):

1. read: JSONL (``.jsonl``/``.json``, gzipped too) as text lines, Parquet as rows turned into one
   JSON object each (``to_json(struct(*))``), both as ``(origin, raw)``; WARC (``.warc``,
   ``.warc.gz``) as file paths, each file read in an executor by the store's reader (``warc.py``);
2. parse (``mapPartitions``): the record's fields are picked as ``hadath ingest`` picks them
   (``FieldMap``: text/content/body…, date/date_extracted…); lines that are not valid UTF-8, not
   JSON or have no text, and truncated WARC members, become rejects with their reason;
3. exact duplicates (same content hash = ``doc_key``) are dropped, as the store keeps one document;
4. code (``mapPartitions``): ``hadath.code`` per record, in executor Python processes that compile the
   lexicons once (``get_lexicon`` caches per process; Spark reuses its Python workers); one output row
   per document with its child rows nested; a record hadath refuses (not Arabic, empty…) or fails on
   is a document with status ``skipped``/``error`` *and* a reject — never a failed job;
5. write: ``documents``, ``entities``, ``mentions``, ``events`` (partitioned by ``event_day``),
   ``quotes``, ``places``, ``search_text`` and ``rejects`` under the output directory;
6. across articles, with the store's rules: ``near_duplicates`` (``dedup.py``: joins and
   aggregations over MinHash bands) and ``clusters`` + ``cluster_events`` (``clusters.py``: a
   shuffle by cluster key, then the store's clustering per partition); ``_hadath.json`` with the counts.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from . import schema as sc

OUTPUT_TABLES = (*sc.TABLES, "rejects", *sc.DERIVED)


def session(master: str | None = None, app: str = "hadath", shuffle_partitions: int = 4, conf: dict | None = None):
    """A quiet, small SparkSession whose Python workers run this Python."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    b = SparkSession.builder.appName(app)
    if master:
        b = b.master(master)
    settings = {"spark.sql.shuffle.partitions": str(shuffle_partitions), "spark.ui.enabled": "false",
                "spark.python.worker.reuse": "true", "spark.ui.showConsoleProgress": "false",
                "spark.log.level": "WARN", "spark.sql.debug.maxToStringFields": "200"}
    settings.update(conf or {})
    for k, v in settings.items():
        b = b.config(k, v)
    spark = b.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    _quiet(spark, "org.apache.spark.sql.execution.streaming.sinks.FileStreamSink")
    return spark


def _quiet(spark, logger: str) -> None:
    """Only errors from ``logger``: FileStreamSink warns, with a Java stack trace, about every glob
    input (``data/*.jsonl``) that it is not a directory of a streaming sink — alarming and useless."""
    import contextlib

    with contextlib.suppress(Exception):  # another logging backend (a managed cluster): leave it be
        jvm = spark.sparkContext._jvm
        jvm.org.apache.logging.log4j.core.config.Configurator.setLevel(
            logger, jvm.org.apache.logging.log4j.Level.ERROR)


def detect_format(inputs: list[str]) -> str:
    fmts = set()
    for p in inputs:
        name = p.lower().rstrip("/")
        name = name.removesuffix(".gz")
        if name.endswith(".warc"):
            fmts.add("warc")
        elif name.endswith((".parquet", ".pq")):
            fmts.add("parquet")
        elif name.endswith((".jsonl", ".json", ".ndjson")):
            fmts.add("jsonl")
        else:
            raise ValueError(f"{p}: cannot tell the input format from the name; give --format jsonl|parquet|warc")
    if len(fmts) != 1:
        raise ValueError("all inputs of one run must have the same format (jsonl, parquet or warc)")
    return fmts.pop()


def read_raw(spark, inputs: list[str], fmt: str):
    """DataFrame ``(origin, raw)``: one row per input record, raw = a JSON object as text."""
    from pyspark.sql import functions as F

    if fmt == "jsonl":
        df = spark.read.text(inputs)
        return df.select(F.col("_metadata.file_path").alias("origin"), F.col("value").alias("raw"))
    if fmt == "parquet":
        df = spark.read.parquet(*inputs)
        cols = [c for c, t in df.dtypes if t != "binary"]
        return df.select(F.col("_metadata.file_path").alias("origin"),
                         F.to_json(F.struct(*[F.col(f"`{c}`") for c in cols])).alias("raw"))
    raise ValueError(f"unknown input format {fmt!r} (jsonl or parquet)")


def _schema(spark, ddl: str):
    return spark.createDataFrame([], ddl).schema


# -- executor side ---------------------------------------------------------------------------------
def _parse_partition(fields, default_date):
    def run(rows: Iterator) -> Iterator[dict]:
        from ..store.readers import _record

        for origin, raw in rows:
            yield _parse_one(origin or "", raw, fields, default_date, _record)
    return run


def _parse_one(origin: str, raw: str | None, fields, default_date, _record) -> dict:
    def reject(reason, message, ext_id=None):
        return {"origin": origin, "ext_id": ext_id, "reason": reason, "message": message}

    if raw is None or not raw.strip():
        return reject("empty", f"{origin}: empty line")
    if "\ufffd" in raw:  # Spark decodes text files as UTF-8 with replacement characters
        return reject("encoding", f"{origin}: line is not valid UTF-8")
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        return reject("json", f"{origin}: malformed JSON ({exc.msg}, column {exc.colno})")
    if not isinstance(obj, dict):
        return reject("json", f"{origin}: JSON but not an object")
    ext_id = fields.pick(obj, "id")
    return parsed_row(_record(obj, origin, fields, default_date), None if ext_id is None else str(ext_id))


def parsed_row(item, ext_id: str | None = None) -> dict:
    """A reader's ``RawDoc`` (a document to code) or ``Problem`` (a reject) as a parsed row."""
    from ..store.readers import Problem

    if isinstance(item, Problem):
        return {"origin": item.origin, "ext_id": ext_id, "reason": item.reason, "message": item.message}
    return {"doc_key": item.key, "origin": item.origin, "ext_id": item.ext_id, "text": item.text,
            "date": item.date, "title": item.title, "url": item.url, "source": item.source}


def _code_partition(lexicon_dirs: tuple[str, ...], options):
    def run(rows: Iterator) -> Iterator[dict]:
        for rec in rows:
            yield code_record(rec.asDict(), lexicon_dirs, options)
    return run


def code_record(rec: dict, lexicon_dirs: tuple[str, ...], options) -> dict:
    """One parsed record → one output row (document columns, nested child rows, reject or None)."""
    from .. import __version__
    from ..errors import InputRejected
    from ..pipeline import code
    from ..store import db as dbm
    from ..store.dedup import minhash

    if rec.get("reason"):
        return {"reject": {k: rec.get(k) for k in ("origin", "ext_id", "doc_key", "reason", "message")}}
    key, text = rec["doc_key"], rec["text"]
    row = {"doc_key": key, "origin": rec["origin"], "ext_id": rec["ext_id"], "title": rec["title"],
           "url": rec["url"], "source": rec["source"], "date": dbm._iso_date(rec["date"]), "n_chars": len(text),
           "n_events": 0, "text": text, "hadath_version": __version__,
           "lexicon_version": dbm.lexicon_version(tuple(lexicon_dirs)),
           "coded_at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)}
    try:
        d = code(text, date=rec["date"], id=key, title=rec["title"], url=rec["url"], source=rec["source"],
                 lexicon_dirs=list(lexicon_dirs), options=options).to_dict()
    except InputRejected as exc:
        row.update(status="skipped", skip_reason=exc.reason, skip_message=str(exc))
    except Exception as exc:  # noqa: BLE001 - one article must not fail the job: stored as failed
        row.update(status="error", skip_reason="internal", skip_message=f"{type(exc).__name__}: {exc}")
    else:
        row.update(status="coded", title=d.get("title") or rec["title"], url=d.get("url") or rec["url"],
                   publisher=d.get("publisher"), translated_from=d.get("translated_from"),
                   language=d.get("language"), n_events=len(d.get("events", [])), minhash=minhash(text))
        for t, rows in dbm.rows_for(key, d, text).items():
            names = [n for n, _ in sc.TABLES[t]]
            row[t] = [dict(zip(names, r)) for r in rows]
        return row
    row["reject"] = {"origin": rec["origin"], "ext_id": rec["ext_id"], "doc_key": key,
                     "reason": row["skip_reason"], "message": row["skip_message"]}
    return row


# -- driver side -----------------------------------------------------------------------------------
def _write_cross_article(spark, docs, out: str) -> dict:
    """Near-duplicates and event clusters of the whole output (Spark aggregations, the store's rules)."""
    from pyspark.sql import functions as F

    from .clusters import event_clusters
    from .dedup import near_duplicates

    dups = near_duplicates(docs.select("doc_key", "date", "minhash"))
    dups.write.mode("overwrite").parquet(f"{out}/near_duplicates")
    events = docs.select(F.explode("events").alias("r")).select("r.*")
    parts = int(spark.conf.get("spark.sql.shuffle.partitions"))
    clusters, members = event_clusters(events, docs.select("doc_key", "source", "publisher", "url", "date"), dups,
                                       parts)
    clusters.write.mode("overwrite").parquet(f"{out}/clusters")
    members.write.mode("overwrite").parquet(f"{out}/cluster_events")
    return {"near_duplicates": dups.count(), "clusters": clusters.count()}  # both are checkpointed: cheap


def run(spark, inputs: list[str], output: str, fmt: str | None = None, fields=None,
        default_date: str | None = None, lexicon_dirs: tuple[str, ...] = (), any_language: bool = False,
        max_chars: int | None = None, partitions: int | None = None, dedup: bool = True) -> dict:
    """Code ``inputs`` into Parquet tables under ``output`` (overwritten); returns the counts."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    from ..pipeline import DEFAULT_MAX_CHARS, Options
    from ..store.readers import FieldMap

    started = time.perf_counter()
    fmt = fmt or detect_format(inputs)
    fields = fields or FieldMap()
    options = Options(max_chars=max_chars or DEFAULT_MAX_CHARS, check_language=not any_language)
    parsed_ddl, coded_ddl = sc.ddl(sc.PARSED), sc.coded_ddl()

    if fmt == "warc":
        from ..io import DEFAULT_MAX_BYTES
        from . import warc

        files = warc.warc_files(spark, inputs)
        rows = files.rdd.mapPartitions(warc.read_partition(default_date, DEFAULT_MAX_BYTES, parsed_row))
    else:
        raw = read_raw(spark, inputs, fmt)
        if partitions:
            raw = raw.repartition(partitions)
        rows = raw.rdd.mapPartitions(_parse_partition(fields, default_date))
    parsed = spark.createDataFrame(rows, _schema(spark, parsed_ddl), verifySchema=False)
    if fmt == "warc" and partitions:
        parsed = parsed.repartition(partitions)
    if dedup:
        good = parsed.filter(F.col("reason").isNull()).dropDuplicates(["doc_key"])
        parsed = good.unionByName(parsed.filter(F.col("reason").isNotNull()))
    coded = spark.createDataFrame(parsed.rdd.mapPartitions(_code_partition(tuple(str(d) for d in lexicon_dirs),
                                                                            options)),
                                  _schema(spark, coded_ddl), verifySchema=False)
    coded = coded.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        out = output.rstrip("/")
        docs = coded.filter(F.col("status").isNotNull())
        docs.select(*[n for n, _ in sc.TABLES["documents"]]).write.mode("overwrite").parquet(f"{out}/documents")
        for t in sc.CHILD:
            rows = docs.select(F.explode(t).alias("r")).select("r.*")
            if t == "events":
                w = rows.withColumn("event_day", F.coalesce(F.date_format("event_date", "yyyy-MM-dd"), F.lit("none")))
                # one task per day: one file per day directory, not one per coding partition and day
                w.repartition("event_day").write.mode("overwrite").partitionBy("event_day").parquet(f"{out}/{t}")
            else:
                rows.write.mode("overwrite").parquet(f"{out}/{t}")
        coded.filter(F.col("reject").isNotNull()).select("reject.*").write.mode("overwrite").parquet(f"{out}/rejects")
        linked = _write_cross_article(spark, docs, out)
        agg = coded.agg(
            F.count(F.when(F.col("status") == "coded", 1)).alias("coded"),
            F.count(F.when(F.col("status") == "skipped", 1)).alias("skipped"),
            F.count(F.when(F.col("status") == "error", 1)).alias("errors"),
            F.count(F.when(F.col("reject").isNotNull(), 1)).alias("rejects"),
            F.coalesce(F.sum("n_events"), F.lit(0)).alias("events"),
        ).first().asDict()
        reasons = {r["reason"]: r["n"] for r in coded.filter(F.col("reject").isNotNull())
                   .groupBy(F.col("reject.reason").alias("reason")).agg(F.count("*").alias("n")).collect()}
    finally:
        coded.unpersist()
    from .. import __version__

    stats = {**{k: int(v) for k, v in agg.items()}, **linked, "reject_reasons": reasons, "inputs": list(inputs),
             "format": fmt, "hadath_version": __version__, "seconds": round(time.perf_counter() - started, 3)}
    if "://" not in out or out.startswith("file://"):
        Path(out.removeprefix("file://"), "_hadath.json").write_text(json.dumps(stats, indent=1) + "\n")
    return stats
