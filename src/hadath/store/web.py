"""Feeds on the web: ``hadath ingest https://…/rss.xml`` and the article pages its entries link to.

Only http(s) URLs are fetched, with the standard library (no extra dependency), a total time limit
per request (``timeout``: connecting and reading, also for a server that sends a byte at a time)
and the size limit of files (``max_bytes``). A feed that cannot be fetched is one ``Problem``
with a reason the CLI maps to an exit code: ``unreachable`` (no connection, DNS), ``timeout``,
``http`` (404, 500…) — the input could not be read, exit 3 when nothing else was —, ``too_large``,
or ``feed`` (fetched, but not an RSS/Atom feed: exit 4 when nothing else was read).

Feeds often carry only a summary: an entry without full content is replaced by the page it links
to (main text and metadata as for ``.html`` files), unless ``fetch_links`` is off. A linked page
that cannot be fetched is reported and its entry skipped — not stored as its summary, which would
become a second document once the page is readable again.
"""
from __future__ import annotations

import gzip
import http.client
import socket
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator

from .. import __version__
from ..errors import InputRejected
from .readers import Problem, RawDoc, decode_html, html_to_doc, read_feed

USER_AGENT = f"hadath/{__version__} (news event coder)"
DEFAULT_TIMEOUT = 30.0
UNREADABLE_REASONS = frozenset({"unreachable", "timeout", "http"})  # exit 3 when nothing was read


class FetchError(Exception):
    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def fetch(url: str, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = 50_000_000) -> tuple[bytes, str]:
    """(body, Content-Type) of an http(s) URL; ``FetchError`` with a reason and a message otherwise."""
    if not url.startswith(("http://", "https://")):
        raise FetchError("unsupported", f"{url}: only http:// and https:// URLs are fetched")
    deadline = time.monotonic() + timeout
    try:
        req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip",
                                                   "Accept": "application/rss+xml, application/atom+xml, "
                                                             "application/xml, text/xml, text/html;q=0.9, */*;q=0.5"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            chunks, size = [], 0
            while chunk := resp.read(65536):
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError("too_large",
                                     f"{url}: over the {max_bytes / 1e6:.0f} MB limit (raise --max-bytes)")
                if time.monotonic() > deadline:
                    raise FetchError("timeout", f"{url}: no complete answer within {timeout:g} s (see --timeout)")
            data, ctype = b"".join(chunks), resp.headers.get("Content-Type", "")
            if resp.headers.get("Content-Encoding", "").lower() == "gzip":
                data = gzip.decompress(data)
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError("http", f"{url}: the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise FetchError("timeout", f"{url}: no answer within {timeout:g} s (see --timeout)") from None
        raise FetchError("unreachable", f"{url}: cannot connect ({exc.reason})") from None
    except ValueError as exc:  # a malformed URL (urllib raises before connecting)
        raise FetchError("unreachable", f"{url}: not a valid URL ({exc})") from None
    except (TimeoutError, socket.timeout):
        raise FetchError("timeout", f"{url}: no complete answer within {timeout:g} s (see --timeout)") from None
    except (http.client.HTTPException, OSError, EOFError, zlib.error) as exc:
        raise FetchError("unreachable", f"{url}: broken answer ({type(exc).__name__}: {exc})") from None
    if len(data) > max_bytes:
        raise FetchError("too_large", f"{url}: over the {max_bytes / 1e6:.0f} MB limit once decompressed")
    return data, ctype


def fetch_page(url: str, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = 50_000_000) -> RawDoc | Problem:
    """An article page → its main text and metadata (as a ``.html`` file), or a Problem."""
    try:
        data, ctype = fetch(url, timeout, max_bytes)
    except FetchError as exc:
        return Problem(url, exc.reason, f"linked article {exc}")
    charset = ctype.lower().split("charset=")[-1].split(";")[0].strip() if "charset=" in ctype.lower() else "utf-8"
    try:
        html = decode_html(data, charset, url)
    except (InputRejected, LookupError) as exc:
        return Problem(url, getattr(exc, "reason", "encoding"), f"linked article {exc}")
    return html_to_doc(html, url, None, url=url)


def read_url(url: str, default_date: str | None = None, timeout: float = DEFAULT_TIMEOUT,
             max_bytes: int = 50_000_000, fetch_links: bool = True) -> Iterator[RawDoc | Problem]:
    """Documents of the RSS/Atom feed at ``url`` (Problems for what cannot be read)."""
    try:
        data, ctype = fetch(url, timeout, max_bytes)
    except FetchError as exc:
        yield Problem(url, exc.reason, str(exc))
        return
    page = (lambda link: fetch_page(link, timeout, max_bytes)) if fetch_links else None
    for rec in read_feed(data, url, default_date, page=page):
        if isinstance(rec, Problem) and rec.reason == "feed" and rec.origin == url:
            got = ctype.split(";")[0].strip() or "content of unknown type"
            rec = Problem(url, "feed", f"{url}: not an RSS/Atom feed (got {got}); give the URL of the feed itself")
        yield rec
