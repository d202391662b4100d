"""``hadath serve`` subcommand (registered through the plugin hook of ``hadath.cli``)."""
from __future__ import annotations

import os

from ..errors import EXIT_OK, HadathError


def register(sub) -> None:
    s = sub.add_parser("serve", help="REST API and dashboard over the corpus store",
                       description="Serve the store read-only: REST API under /api, OpenAPI docs at /docs, the "
                                   "dashboard at /. Writes (POST /api/code with store=true) need $HADATH_API_KEY.")
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
    import uvicorn

    from ..store.db import DEFAULT_DB
    from .app import create_app

    db = args.db or os.environ.get("HADATH_DB", DEFAULT_DB)
    app = create_app(db, cors_origins=args.cors or None, max_body=args.max_body, cache_size=args.cache)
    mode = "read-write (API key set)" if app.state.api_key else "read-only"
    print(f"hadath serve: {db} ({mode}) on http://{args.host}:{args.port}/  (API docs: /docs)", flush=True)
    if args.workers > 1:
        if app.state.api_key:
            raise HadathError("--workers needs a read-only store: unset HADATH_API_KEY")
        app.state.con.close()  # each worker opens its own read-only connection
        os.environ.update(HADATH_SERVE_DB=str(db), HADATH_SERVE_CORS=" ".join(args.cors),
                          HADATH_SERVE_MAX_BODY=str(args.max_body), HADATH_SERVE_CACHE=str(args.cache))
        uvicorn.run("hadath.serve.app:app_from_env", factory=True, workers=args.workers, host=args.host,
                    port=args.port, log_level="warning", server_header=False)
    else:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return EXIT_OK


COMMANDS = {"serve": cmd_serve}
