"""``hadath serve`` subcommand (registered through the plugin hook of ``hadath.cli``)."""
from __future__ import annotations

import os

from ..errors import EXIT_OK, HadathError


def register(sub) -> None:
    s = sub.add_parser("serve", help="REST API and dashboard over the corpus store",
                       description="Serve the store read-only: REST API under /api, OpenAPI docs at /docs, the "
                                   "dashboard at /. Writes (POST /api/ingest, POST /api/code with store=true) need "
                                   "$HADATH_API_KEY and the X-API-Key header.")
    s.add_argument("--db", default=None, help="DuckDB store file (default: hadath.duckdb, or $HADATH_DB)")
    s.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1, loopback only)")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--cors", action="append", default=[], metavar="ORIGIN",
                   help="allow cross-origin requests from ORIGIN (repeatable; CORS is off by default)")
    s.add_argument("--max-body", type=int, default=1_000_000, metavar="BYTES", help="largest request body (default 1 MB)")
    s.add_argument("--cache", type=int, default=2048, metavar="N",
                   help="read-only: keep the N most recent API responses in memory (0: off; default 2048)")
    s.add_argument("--workers", type=int, default=1,
                   help="server processes (read-only stores only; default 1)")


def cmd_serve(args) -> int:
    import time

    import uvicorn

    from ..store import db as dbm
    from .app import create_app

    db = args.db or os.environ.get("HADATH_DB", dbm.DEFAULT_DB)
    where = f"on http://{args.host}:{args.port}/  (API docs: /docs)"
    if args.workers > 1:
        if os.environ.get("HADATH_API_KEY"):
            raise HadathError("--workers needs a read-only store: unset HADATH_API_KEY")
        dbm.connect(db, read_only=True).close()  # a clear error now rather than one per worker
        print(f"hadath serve: {db} (read-only, {args.workers} workers) {where}", flush=True)
        os.environ.update(HADATH_SERVE_DB=str(db), HADATH_SERVE_CORS=" ".join(args.cors),
                          HADATH_SERVE_MAX_BODY=str(args.max_body), HADATH_SERVE_CACHE=str(args.cache))
        uvicorn.run("hadath.serve.app:app_from_env", factory=True, workers=args.workers, host=args.host,
                    port=args.port, log_level="warning", server_header=False)
        return EXIT_OK
    t = time.perf_counter()
    app = create_app(db, cors_origins=args.cors or None, max_body=args.max_body, cache_size=args.cache)
    index = app.state.events_index
    mode = "read-write (API key set)" if app.state.api_key else \
        f"read-only, {index.n:,} events in memory, ready in {time.perf_counter() - t:.1f} s"
    print(f"hadath serve: {db} ({mode}) {where}", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return EXIT_OK


COMMANDS = {"serve": cmd_serve}
