"""CLI of the Spark job: ``hadath spark code …`` and ``hadath import OUT/ --db …``.

Registered through the plugin hook of ``hadath.cli``. This module imports nothing of pyspark at
load time: without pyspark (or Java), ``hadath spark`` says what to install and exits 2.
"""
from __future__ import annotations

import os
import shutil
import sys

from ..errors import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, InputUnreadable

DB_HELP = "DuckDB store file (default: hadath.duckdb, or $HADATH_DB)"


def register(sub) -> None:
    sp = sub.add_parser("spark", help="code whole archives on Apache Spark (needs pyspark and Java 17)",
                        description="Run hadath's coder on Apache Spark and write Parquet tables "
                                    "(documents, entities, mentions, events by event day, quotes, places, near_duplicates, "
                                    "clusters, cluster_events, rejects).")
    sps = sp.add_subparsers(dest="spark_command", required=True, parser_class=type(sp))
    c = sps.add_parser("code", help="code JSONL, Parquet or WARC records into Parquet tables")
    add_code_arguments(c)
    i = sub.add_parser("import", help="load the Parquet output of `hadath spark code` into the store",
                       description="Load the tables written by `hadath spark code` into the DuckDB store "
                                   "(replacing documents with the same key), with the job's near-duplicates and "
                                   "event clusters; if the store holds other documents too, links and clusters "
                                   "are rebuilt over all of them.")
    i.add_argument("output", help="output directory of `hadath spark code`")
    i.add_argument("--db", default=None, help=DB_HELP)
    i.add_argument("--no-link", action="store_true", help="load no near-duplicate links or event clusters")


def add_code_arguments(c) -> None:
    c.add_argument("--input", "-i", action="append", required=True, metavar="PATH",
                   help="input files, directories or globs (local, hdfs://, s3a://…); repeatable")
    c.add_argument("--output", "-o", required=True, help="output directory (overwritten)")
    c.add_argument("--format", choices=("jsonl", "parquet", "warc"),
                   help="input format (default: from the file names; .warc and .warc.gz are WARC)")
    c.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's, or local[*])")
    c.add_argument("--partitions", type=int, help="repartition the input into N partitions before coding")
    c.add_argument("--shuffle-partitions", type=int, default=4, help="spark.sql.shuffle.partitions (default 4)")
    c.add_argument("--no-dedup", action="store_true", help="keep exact duplicates (same text) as separate rows")
    c.add_argument("--date", help="publication date YYYY-MM-DD for records that have none")
    c.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                   help="extra lexicon directory (must be readable on every executor)")
    c.add_argument("--max-chars", type=int, default=None, help="largest document in characters")
    c.add_argument("--any-language", action="store_true", help="code non-Arabic documents too")
    for f in ("text", "date", "title", "url", "source", "id"):
        c.add_argument(f"--{f}-field", metavar="NAME", help=f"record field holding the {f}")


def _missing_requirements() -> str | None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        return ("pyspark is not installed: `hadath spark` needs it (pip install 'hadath[spark]' "
                "or pip install 'pyspark>=3.5')")
    if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
        return "Java was not found (no `java` on PATH and no JAVA_HOME): Spark needs Java 17"
    return None


def cmd_spark(args) -> int:
    problem = _missing_requirements()
    if problem:
        print(f"hadath: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    from ..store.readers import FieldMap
    from . import job

    fields = FieldMap.with_overrides(**{f: getattr(args, f"{f}_field") for f in
                                        ("text", "date", "title", "url", "source", "id")})
    try:
        fmt = args.format or job.detect_format(args.input)
    except ValueError as exc:
        print(f"hadath: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from pyspark.errors import AnalysisException

    spark = job.session(args.master, shuffle_partitions=args.shuffle_partitions)
    try:
        stats = job.run(spark, args.input, args.output, fmt=fmt, fields=fields, default_date=args.date,
                        lexicon_dirs=tuple(args.lexicon), any_language=args.any_language,
                        max_chars=args.max_chars, partitions=args.partitions, dedup=not args.no_dedup)
    except AnalysisException as exc:
        if "PATH_NOT_FOUND" in str(exc) or "does not exist" in str(exc):
            raise InputUnreadable(f"no input found: {str(exc).splitlines()[0]}") from None
        raise
    finally:
        spark.stop()
    reasons = ", ".join(f"{k} {v}" for k, v in sorted(stats["reject_reasons"].items()))
    print(f"hadath: {args.output}: {stats['coded']} coded, {stats['skipped']} skipped, {stats['errors']} failed, "
          f"{stats['rejects']} reject(s){' (' + reasons + ')' if reasons else ''}, {stats['events']} event(s), "
          f"{stats['near_duplicates']} near-duplicate(s), {stats['clusters']} cluster(s); "
          f"{stats['seconds']:.1f}s", file=sys.stderr)
    return EXIT_PARTIAL if stats["rejects"] else EXIT_OK


def cmd_import(args) -> int:
    from ..store.cli import _db_default
    from .importer import import_output

    db = args.db or _db_default()
    counts = import_output(args.output, db, link=not args.no_link)
    origin = counts.pop("clusters_from")
    print(f"hadath: {db}: imported " + ", ".join(f"{v} {k}" for k, v in counts.items())
          + {"spark": " (links and clusters as computed by the Spark job)",
             "rebuilt": " (links and clusters rebuilt over the whole store)"}.get(origin, ""), file=sys.stderr)
    return EXIT_OK


COMMANDS = {"spark": cmd_spark, "import": cmd_import}
