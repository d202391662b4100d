"""The FastAPI app of ``hadath serve``: REST API under /api, dashboard at /, OpenAPI docs at /docs.

Security defaults: the store is opened read-only unless an API key is configured
(``HADATH_API_KEY``), and then only ``POST /api/ingest`` and ``POST /api/code`` with ``store: true``,
with the key in ``X-API-Key``, write; request bodies are limited (``max_body``, default 1 MB); CORS is off unless
origins are given; errors are generic JSON (``{"error": ...}``), never a traceback.
"""
from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__

STATIC = Path(__file__).parent / "static"
SWAGGER = "/static/vendor/swagger-ui-5.17.14"
DEFAULT_MAX_BODY = 1_000_000
DEFAULT_CACHE = 2048
CACHE_BYTES = 64_000_000  # the response cache's memory, at most
_DASHBOARD_HEADERS = [
    (b"content-security-policy", (b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                  b"script-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'")),
    (b"x-frame-options", b"DENY"),
]
_COMMON_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
log = logging.getLogger("hadath.serve")


class Guard:
    """Pure ASGI middleware: security headers on every response, and an LRU cache of successful
    GET /api responses when the store is read-only (nothing can change it while it is served:
    DuckDB's lock keeps writers out). ``cache_size`` (responses) 0 turns the cache off; the cache
    also keeps under ``CACHE_BYTES`` in all, whatever the count."""

    def __init__(self, app, cache_size: int):
        from collections import OrderedDict

        self.app, self.size, self.cache, self.bytes = app, cache_size, OrderedDict(), 0

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        extra = _COMMON_HEADERS + ([] if path.startswith("/api") else _DASHBOARD_HEADERS)
        key = None
        if self.size and scope.get("method") == "GET" and path.startswith("/api/"):
            key = path + "?" + scope.get("query_string", b"").decode("latin-1")
            hit = self.cache.get(key)
            if hit is not None:
                self.cache.move_to_end(key)
                await send({"type": "http.response.start", "status": 200, "headers": hit[0]})
                await send({"type": "http.response.body", "body": hit[1]})
                return
        start: dict = {}
        parts: list[bytes] = []

        async def wrapped(msg):
            if msg["type"] == "http.response.start":
                msg = {**msg, "headers": list(msg.get("headers", [])) + extra}
                start.update(msg)
            elif key is not None and msg["type"] == "http.response.body" and start.get("status") == 200:
                parts.append(msg.get("body", b""))
                if not msg.get("more_body"):
                    body = b"".join(parts)
                    if len(body) <= 512_000 and key not in self.cache:
                        self.cache[key] = (start["headers"], body)
                        self.bytes += len(body)
                        while len(self.cache) > self.size or self.bytes > CACHE_BYTES:
                            self.bytes -= len(self.cache.popitem(last=False)[1][1])
            await send(msg)

        await self.app(scope, receive, wrapped)


class BodyLimit:
    """Pure ASGI middleware: 413 for a body over ``max_body`` bytes (declared or streamed)."""

    def __init__(self, app, max_body: int):
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    too_big = int(v) > self.max_body
                except ValueError:
                    too_big = True
                if too_big:
                    return await _too_large(self.max_body, send)
        if not any(k == b"content-length" for k, _ in scope.get("headers", [])) and \
                scope.get("method") in ("POST", "PUT", "PATCH"):
            # no declared length (chunked): read the body here, up to the limit, then replay it
            chunks, seen = [], 0
            while True:
                msg = await receive()
                if msg["type"] != "http.request":
                    return
                seen += len(msg.get("body", b""))
                if seen > self.max_body:
                    return await _too_large(self.max_body, send)
                chunks.append(msg.get("body", b""))
                if not msg.get("more_body"):
                    break
            body = b"".join(chunks)
            sent = False

            async def replay():
                nonlocal sent
                if not sent:
                    sent = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            return await self.app(scope, replay, send)
        await self.app(scope, receive, send)


async def _too_large(limit: int, send) -> None:
    resp = JSONResponse({"error": f"request body over the {limit} byte limit"}, status_code=413)
    await send({"type": "http.response.start", "status": 413, "headers": resp.raw_headers})
    await send({"type": "http.response.body", "body": resp.body})


def create_app(db_path: str | os.PathLike, api_key: str | None = None, cors_origins: list[str] | None = None,
               max_body: int = DEFAULT_MAX_BODY, cache_size: int = DEFAULT_CACHE) -> FastAPI:
    """The app over the store at ``db_path``. ``api_key`` (default ``$HADATH_API_KEY``) enables writes."""
    from ..store import db as dbm
    from .api import router
    from .events_index import EventsIndex
    from .writes import router as writes_router

    if api_key is None:
        api_key = os.environ.get("HADATH_API_KEY") or None
    app = FastAPI(title="hadath", version=__version__, docs_url=None, redoc_url=None,
                  description="Arabic news → political event data: events, actors, quotes and places of a hadath "
                              "corpus store. Read-only unless the server has an API key.")
    app.state.api_key = api_key
    app.state.write_lock = threading.Lock()
    app.state.con = dbm.connect(db_path, read_only=not api_key)
    app.state.db_path = str(db_path)
    app.state.events_index = None if api_key else EventsIndex(app.state.con)
    app.include_router(router)
    app.include_router(writes_router)
    # the name for it: POST /code is the same endpoint as POST /api/code
    from .api import code_text
    app.add_api_route("/code", code_text, methods=["POST"], include_in_schema=False)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        detail = exc.detail
        body = {"error": detail} if isinstance(detail, str) else {"error": detail.get("message", "error"), **detail} \
            if isinstance(detail, dict) else {"error": "error"}
        return JSONResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = [{"where": ".".join(str(x) for x in e.get("loc", ())), "problem": e.get("msg", "")} for e in exc.errors()]
        return JSONResponse({"error": "invalid request", "problems": problems}, status_code=422)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        return JSONResponse({"error": "internal error"}, status_code=500)

    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Content-Type", "X-API-Key"])
    app.add_middleware(Guard, cache_size=0 if api_key else cache_size)
    app.add_middleware(BodyLimit, max_body=max_body)

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url=app.openapi_url, title="hadath API",
                                   swagger_js_url=f"{SWAGGER}/swagger-ui-bundle.js",
                                   swagger_css_url=f"{SWAGGER}/swagger-ui.css", swagger_favicon_url="/static/favicon.svg")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    return app


def app_from_env() -> FastAPI:
    """uvicorn factory for ``hadath serve --workers N`` (each worker process opens the store)."""
    return create_app(os.environ["HADATH_SERVE_DB"], cors_origins=[o for o in os.environ.get("HADATH_SERVE_CORS", "").split() if o] or None,
                      max_body=int(os.environ.get("HADATH_SERVE_MAX_BODY", DEFAULT_MAX_BODY)),
                      cache_size=int(os.environ.get("HADATH_SERVE_CACHE", DEFAULT_CACHE)))
