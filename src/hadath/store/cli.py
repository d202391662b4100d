"""CLI subcommands of the corpus store: ``ingest``, ``events``, ``export``, ``search``, ``compact``.

Registered through the plugin hook of ``hadath.cli`` (``register`` + ``COMMANDS``). Exit codes are
hadath's (``hadath.errors``): 0 ok, 2 usage, 3 unreadable (missing input or database, database in
use; feed URLs that are unreachable, time out or answer an HTTP error, when nothing else was
read), 4 rejected (nothing readable in the input, e.g. a URL that is not a feed), 5 partial (some
files, lines, URLs or documents were skipped: each is reported on stderr and recorded in the
``problems`` / ``documents`` tables).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import os
import sys
from pathlib import Path

from ..errors import EXIT_OK, EXIT_PARTIAL, EXIT_REJECTED, EXIT_UNREADABLE, HadathError, InputUnreadable
from ..io import DEFAULT_MAX_BYTES
from ..limits import DEFAULT_MAX_CHARS

DB_HELP = "DuckDB store file (default: hadath.duckdb, or $HADATH_DB)"


def _db_default() -> str:
    from .db import DEFAULT_DB

    return os.environ.get("HADATH_DB", DEFAULT_DB)


def _filters(p) -> None:
    p.add_argument("--actor", action="append", metavar="CODE", help="source or target country (IRN, USA, IGO…); repeatable or comma-separated")
    p.add_argument("--source", action="append", metavar="CODE", help="source country")
    p.add_argument("--target", action="append", metavar="CODE", help="target country")
    p.add_argument("--type", action="append", metavar="PLOVER", help="PLOVER event type (ASSAULT, CONSULT…)")
    p.add_argument("--cameo", metavar="PREFIX", help="CAMEO code prefix (19, 190, 0874…)")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="events dated on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="events dated on or before this day")


def register(sub) -> None:
    i = sub.add_parser("ingest", help="read articles into the corpus store (DuckDB) and code them",
                       description="Read .txt .html .json .jsonl .csv .rss/.atom/.xml .warc (optionally .gz) files, "
                                   "recursively over directories, code the Arabic ones and store everything.")
    i.add_argument("inputs", nargs="+", help="files, directories, or feed URLs")
    i.add_argument("--db", default=None, help=DB_HELP)
    i.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, help="coding processes (default: all cores)")
    i.add_argument("--batch-size", type=int, default=100, help="documents per transaction (default 100)")
    i.add_argument("--date", help="publication date YYYY-MM-DD for documents that have none")
    i.add_argument("--encoding", default="utf-8", help="encoding of .txt/.csv files (default utf-8; e.g. cp1256)")
    i.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="largest file/line in bytes")
    i.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="largest document in characters")
    i.add_argument("--any-language", action="store_true", help="code non-Arabic documents too")
    i.add_argument("--lexicon", action="append", default=[], metavar="DIR", help="extra lexicon directory")
    for f in ("text", "date", "title", "url", "source", "id"):
        i.add_argument(f"--{f}-field", metavar="NAME", help=f"JSON/CSV field holding the {f}")
    i.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="feed URLs: time limit of each request (default 30)")
    i.add_argument("--no-fetch-links", action="store_true",
                   help="feed URLs: store an entry's summary instead of fetching the article page it links to")
    i.add_argument("--recode", action="store_true",
                   help="code the documents read again even if stored by this hadath and these lexicons "
                        "(automatic when either changed), e.g. with --any-language after skips")
    i.add_argument("--no-link", action="store_true", help="skip near-duplicate linking and event clustering")
    i.add_argument("--progress", choices=("auto", "bar", "lines", "off"), default="auto",
                   help="progress display on stderr (auto: a bar on a terminal, nothing otherwise)")
    i.add_argument("-q", "--quiet", action="store_true", help="report nothing but errors and the summary")

    e = sub.add_parser("events", help="query coded events in the store",
                       description="List events (default: factual ones; --all adds negated and hypothetical).")
    e.add_argument("--db", default=None, help=DB_HELP)
    _filters(e)
    e.add_argument("--all", action="store_true", help="include negated and hypothetical events")
    e.add_argument("--clusters", action="store_true", help="list event clusters instead of mentions")
    e.add_argument("--limit", type=int, default=None, help="at most N rows (table default 50)")
    e.add_argument("--format", choices=("table", "csv", "json"), default="table")

    x = sub.add_parser("export", help="export the store: plover-jsonl, csv, parquet, gdelt-tsv")
    x.add_argument("--db", default=None, help=DB_HELP)
    x.add_argument("--format", required=True, choices=("plover-jsonl", "csv", "parquet", "gdelt-tsv"))
    x.add_argument("--out", required=True, metavar="DIR", help="output directory (created)")
    _filters(x)
    x.add_argument("--factual", action="store_true", help="plover-jsonl/csv: leave out negated and hypothetical events")

    c = sub.add_parser("compact", help="give back the space of deleted rows (after re-coding)",
                       description="Copy the store into a fresh file, check every table's rows, and replace it.")
    c.add_argument("--db", default=None, help=DB_HELP)

    s = sub.add_parser("search", help="full-text search of stored articles (Arabic-aware)")
    s.add_argument("query", help='words that must all occur, e.g. "داعش الموصل"')
    s.add_argument("--db", default=None, help=DB_HELP)
    s.add_argument("--limit", type=int, default=20)
    s.add_argument("--format", choices=("table", "json"), default="table")


def _open(args, read_only: bool):
    from .db import connect

    return connect(args.db or _db_default(), read_only=read_only)


def cmd_ingest(args) -> int:
    from .ingest import IngestOptions, ingest
    from .readers import FieldMap, normalize_date

    if args.batch_size < 1 or args.jobs < 1:
        raise HadathError("--batch-size and --jobs must be at least 1")
    if not args.timeout > 0:
        raise HadathError("--timeout must be a positive number of seconds")
    if args.date and not normalize_date(args.date):
        raise HadathError(f"--date {args.date!r} is not a date YYYY-MM-DD")
    for p in args.inputs:
        if not p.startswith(("http://", "https://")) and not Path(p).exists():
            raise InputUnreadable(f"{p}: no such file or directory")
    opts = IngestOptions(
        fields=FieldMap.with_overrides(text=args.text_field, date=args.date_field, title=args.title_field,
                                       url=args.url_field, source=args.source_field, id=args.id_field),
        encoding=args.encoding, max_bytes=args.max_bytes, max_chars=args.max_chars,
        default_date=normalize_date(args.date), lexicon_dirs=tuple(args.lexicon), jobs=args.jobs,
        batch_size=args.batch_size, any_language=args.any_language, link=not args.no_link,
        timeout=args.timeout, fetch_links=not args.no_fetch_links, recode=args.recode)
    mode = args.progress
    if mode == "auto":
        mode = "bar" if (sys.stderr.isatty() and not args.quiet) else "off"
    db = args.db or _db_default()

    def on_problem(p):
        print(f"hadath: skipped: {p.message} [{p.reason}]", file=sys.stderr)

    bar = None
    if mode == "bar":
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                       console=None, transient=True)
        task = bar.add_task("reading…")
        bar.start()

    def on_batch(b, st):
        rate = st.coded / st.seconds if st.seconds else 0
        line = (f"batch {st.batches}: {st.coded} coded, {st.skipped} skipped, {st.already} already stored, "
                f"{st.events} events, {st.problems} bad, {rate:.0f} articles/s")
        if bar is not None:
            bar.update(task, description=f"{st.coded:,} coded · {rate:.0f}/s · {st.events:,} events · "
                                         f"{st.skipped + st.problems:,} skipped")
        elif mode == "lines":
            print(f"hadath: committed {line}", file=sys.stderr, flush=True)

    try:
        stats = ingest(args.inputs, db, opts, on_batch=on_batch, on_problem=on_problem)
    finally:
        if bar is not None:
            bar.stop()
    print(f"hadath: {db}: {stats.summary()}; {stats.near_duplicates} near-duplicate(s) linked, "
          f"{stats.clusters} event cluster(s) ({stats.cluster_keys} type/actor key(s) re-clustered)",
          file=sys.stderr)
    if stats.records == 0 and stats.problems:
        from .web import UNREADABLE_REASONS

        if set(stats.problem_reasons) <= UNREADABLE_REASONS:  # e.g. the only input, a feed URL, is down
            return EXIT_UNREADABLE
        return EXIT_REJECTED
    if stats.problems or stats.skipped or stats.errors:
        return EXIT_PARTIAL
    return EXIT_OK


def _print_rows(cols, rows, fmt: str, table_cols: list[str] | None = None, title: str = "") -> None:
    if fmt == "json":
        for r in rows:
            print(json.dumps(dict(zip(cols, r)), ensure_ascii=False,
                             default=lambda o: o.isoformat() if isinstance(o, (dt.date, dt.datetime)) else str(o)))
        return
    if fmt == "csv":
        w = csv.writer(sys.stdout)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])
        return
    from rich.console import Console
    from rich.table import Table

    from ..output.table import _visual, want_bidi

    bidi = want_bidi("auto")
    t = Table(title=title, show_lines=False)
    show = table_cols or cols
    idx = [cols.index(c) for c in show]
    for c in show:
        t.add_column(c)
    for r in rows:
        cells = []
        for i in idx:
            v = r[i]
            s = "" if v is None else str(v)
            if len(s) > 60:
                s = s[:57] + "…"
            cells.append(_visual(s, bidi) if s else s)
        t.add_row(*cells)
    Console(width=None if sys.stdout.isatty() else 200).print(t)


def _filter_from(args, include_all: bool):
    from .queries import EventFilter, parse_codes, parse_day, parse_types

    return EventFilter(actor=parse_codes(args.actor, "--actor"), source=parse_codes(args.source, "--source"),
                       target=parse_codes(args.target, "--target"), types=parse_types(args.type),
                       cameo=args.cameo, since=parse_day(args.since, "--since"),
                       until=parse_day(args.until, "--until"), include_all=include_all)


def cmd_events(args) -> int:
    from .queries import select_events

    flt = _filter_from(args, args.all)
    con = _open(args, read_only=True)
    try:
        limit = args.limit if args.limit is not None else (50 if args.format == "table" else None)
        if args.clusters:
            where, params = flt.where("e")
            sql = ("SELECT * FROM clusters c WHERE c.cluster_id IN (SELECT ce.cluster_id FROM cluster_events ce "
                   f"JOIN events e USING (event_id) WHERE {where}) ORDER BY c.first_date, c.cluster_id")
            if limit:
                sql += " LIMIT ?"
                params = params + [limit]
            cur = con.execute(sql, params)
            cols, rows = [c[0] for c in cur.description], cur.fetchall()
            show = ["first_date", "plover", "cameo", "source_country", "target_country", "place_name",
                    "num_mentions", "num_sources", "num_articles", "score"]
        else:
            cols, rows = select_events(con, flt, limit)
            show = ["event_date", "plover", "cameo", "source_country", "source_sector", "target_country",
                    "target_sector", "trigger", "place_name", "publication"]
    finally:
        con.close()
    if args.format == "table" and not rows:
        print("no events match", file=sys.stderr)
        return EXIT_OK
    more = " (the first ones: --limit N for more)" if limit and len(rows) == limit else ""
    _print_rows(cols, rows, args.format, show, title=f"{len(rows)} row(s){more}")
    return EXIT_OK


def cmd_export(args) -> int:
    from .exports import export

    flt = _filter_from(args, include_all=not args.factual)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise HadathError(f"--out {out}: exists and is not a directory")
    con = _open(args, read_only=True)
    try:
        counts = export(con, args.format, out, flt)
    finally:
        con.close()
    for name, n in counts.items():
        print(f"hadath: wrote {out / name} ({n} row(s))", file=sys.stderr)
    return EXIT_OK


def cmd_search(args) -> int:
    from .queries import search

    con = _open(args, read_only=True)
    try:
        cols, rows = search(con, args.query, args.limit)
    finally:
        con.close()
    if args.format == "table" and not rows:
        print("no articles match", file=sys.stderr)
        return EXIT_OK
    _print_rows(cols, rows, "json" if args.format == "json" else "table", ["date", "title", "url", "origin"])
    return EXIT_OK


def cmd_compact(args) -> int:
    from .compact import compact

    db = args.db or _db_default()
    res = compact(db)
    print(f"hadath: {db}: {res.before_bytes / 1e6:.1f} MB → {res.after_bytes / 1e6:.1f} MB; "
          f"{sum(res.rows.values()):,} rows in {len(res.rows)} tables, all kept", file=sys.stderr)
    return EXIT_OK


COMMANDS = {"compact": cmd_compact, "ingest": cmd_ingest, "events": cmd_events, "export": cmd_export, "search": cmd_search}
