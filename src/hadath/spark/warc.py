"""WARC input (``.warc``, ``.warc.gz``; Common Crawl layout) for the Spark job, read in the executors.

Only the file *paths* are distributed (Spark's ``binaryFile`` source lists them, globs and all,
and does not read the content when it is not selected; one task per file): each executor opens
its files and reads them with the store's own reader (``hadath.store.readers.read_path``: response records with an HTML
payload, the same HTML extraction, dates and truncation handling as ``hadath ingest``), so a
Spark run and an ingest of the same WARC files see the same articles. Files that are not on a
local file system (``s3a://``, ``hdfs://``…) are read by Spark as bytes and spilled to a temporary
file on the executor, because the store's reader takes a file path. A truncated or corrupt member
ends the file with a ``truncated`` reject; the records before it are kept.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit


def _local_path(uri: str) -> str | None:
    """The local path of a ``file:`` URI (or of a plain path); None for other schemes."""
    parts = urlsplit(uri)
    if parts.scheme in ("", "file"):
        return unquote(parts.path) if parts.scheme else uri
    return None


def _all_local(inputs: list[str]) -> bool:
    return all(_local_path(p) is not None for p in inputs)


def warc_files(spark, inputs: list[str]):
    """DataFrame ``(path[, content])`` of the WARC files under ``inputs`` (files, directories, globs).

    Local inputs: only the paths, one task per file (up to the cluster's parallelism × 4).
    Other file systems: the paths and the content (read by the executors, not the driver), one
    file per partition as Spark splits ``binaryFile`` input (a Common Crawl file is larger than a
    partition); never reshuffled, which would move whole files between executors."""
    from pyspark.sql import functions as F

    from ..errors import InputUnreadable

    reader = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
              .option("pathGlobFilter", "*.{warc,warc.gz,WARC,WARC.GZ}"))
    files = reader.load(inputs)
    if not _all_local(inputs):
        return files.select("path", "content")
    files = files.select("path")
    n = files.count()  # lists file names only: the content column is not read
    if n == 0:
        raise InputUnreadable(f"no WARC file (.warc, .warc.gz) found in {', '.join(inputs)}")
    return files.repartition(max(1, min(n, spark.sparkContext.defaultParallelism * 4)), F.col("path"))


def read_partition(default_date: str | None, max_bytes: int, to_row: Callable[..., dict]) -> Callable:
    """mapPartitions function: rows ``(path[, content])`` → parsed rows (documents to code, rejects)."""
    def run(rows: Iterator) -> Iterator[dict]:
        from ..store.readers import FieldMap, read_path

        for row in rows:
            row = row.asDict()
            uri = row["path"]
            local = _local_path(uri)
            tmp = None
            if local is None or not os.path.exists(local):
                content = row.get("content")
                if content is None:
                    yield to_row(_unreadable(uri))
                    continue
                tmp = tempfile.TemporaryDirectory(prefix="hadath-warc-")
                local = os.path.join(tmp.name, Path(urlsplit(uri).path).name)
                Path(local).write_bytes(content)
            try:
                for item in read_path(Path(local), FieldMap(), max_bytes=max_bytes, default_date=default_date):
                    yield to_row(_renamed(item, local, uri))
            finally:
                if tmp is not None:
                    tmp.cleanup()
    return run


def _unreadable(uri: str):
    from ..store.readers import Problem

    return Problem(uri, "unreadable", f"{uri}: cannot read the file on this executor")


def _renamed(item, local: str, uri: str):
    """Name the file as the user gave it (its URI), not as the executor opened it."""
    if local != uri:
        item.origin = item.origin.replace(local, uri, 1)
        if hasattr(item, "message"):
            item.message = item.message.replace(local, uri)
    return item
