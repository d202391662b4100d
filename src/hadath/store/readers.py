"""Readers: files and folders of news in many formats → ``RawDoc`` records (or ``Problem`` reports).

Every reader turns bad input into a ``Problem`` (origin, reason, message) and goes on with the next
file or line; nothing here raises for bad content. Supported, recursively over a directory:

- ``.txt``                    one article per file (UTF-8, or ``encoding=``)
- ``.jsonl`` / ``.ndjson``    one object per line; field names configurable (``FieldMap``)
- ``.json``                   an object, a list of objects, or an object with a list of objects
- ``.csv`` / ``.tsv``         one article per row; field names configurable
- ``.html`` / ``.htm``        main text and metadata (title, date, canonical URL, site name) with
                              trafilatura when it is installed, else a careful stdlib extraction
- ``.rss`` / ``.atom`` / ``.xml`` feeds (feedparser): one article per entry (content or summary)
- ``.warc`` / ``.warc.gz``    WARC response records with an HTML payload (warcio), Common Crawl layout

Any of these may be gzip-compressed (``.gz`` appended). Feeds at http(s) URLs: ``web.read_url``.
"""
from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import gzip
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from ..errors import InputRejected
from ..io import DEFAULT_MAX_BYTES, decode_bytes

TEXT_EXT = {".txt"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_EXT = {".json"}
CSV_EXT = {".csv", ".tsv"}
HTML_EXT = {".html", ".htm", ".xhtml"}
FEED_EXT = {".rss", ".atom", ".xml"}
WARC_EXT = {".warc"}
ALL_EXT = TEXT_EXT | JSONL_EXT | JSON_EXT | CSV_EXT | HTML_EXT | FEED_EXT | WARC_EXT


@dataclass(slots=True)
class RawDoc:
    """One article as read, before coding. ``key`` is the content hash (sha256 of the text)."""

    origin: str                 # file path, "path:line", "path#n" or a URL
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    ext_id: str | None = None
    key: str = ""

    def __post_init__(self):
        if not self.key:
            self.key = content_key(self.text)


@dataclass(slots=True)
class Problem:
    """A file, line or record that could not be read; reported and skipped."""

    origin: str
    reason: str
    message: str


@dataclass
class FieldMap:
    """Which fields of a JSON/CSV record hold what. The first present name of each list wins."""

    text: list[str] = field(default_factory=lambda: ["text", "content", "body", "article", "maintext"])
    date: list[str] = field(default_factory=lambda: ["date", "date_publish", "published", "pubdate",
                                                     "date_extracted", "datetime"])
    title: list[str] = field(default_factory=lambda: ["title", "headline"])
    url: list[str] = field(default_factory=lambda: ["url", "link", "source_url"])
    source: list[str] = field(default_factory=lambda: ["source", "publisher", "site", "source_domain"])
    id: list[str] = field(default_factory=lambda: ["id", "doc_id", "guid"])

    @classmethod
    def with_overrides(cls, **names: str | None) -> FieldMap:
        fm = cls()
        for k, v in names.items():
            if v:
                setattr(fm, k, [v])
        return fm

    def pick(self, obj: dict, what: str):
        for name in getattr(self, what):
            v = obj.get(name)
            if v not in (None, ""):
                return v
        return None


def content_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


_DATE_PATTERNS = (
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), (1, 2, 3)),
    (re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})"), (1, 2, 3)),
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), (3, 2, 1)),
    (re.compile(r"^(\d{4})(\d{2})(\d{2})"), (1, 2, 3)),
)


def normalize_date(value) -> str | None:
    """ISO ``YYYY-MM-DD`` from the common date spellings of news data, or None."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)):  # epoch seconds
        try:
            return dt.datetime.fromtimestamp(float(value), dt.timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    s = str(value).strip()
    for rx, (y, m, d) in _DATE_PATTERNS:
        hit = rx.search(s)
        if hit:
            try:
                return dt.date(int(hit.group(y)), int(hit.group(m)), int(hit.group(d))).isoformat()
            except ValueError:
                continue
    try:  # RFC 822 (feeds, HTTP headers)
        from email.utils import parsedate_to_datetime
        return parsedate_to_datetime(s).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _str(v) -> str | None:
    if v is None:
        return None
    return v if isinstance(v, str) else str(v)


# -- opening files ------------------------------------------------------------------------------
def _kind(path: Path) -> str | None:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    for kind, exts in (("txt", TEXT_EXT), ("jsonl", JSONL_EXT), ("json", JSON_EXT), ("csv", CSV_EXT),
                       ("html", HTML_EXT), ("feed", FEED_EXT), ("warc", WARC_EXT)):
        if ext in exts:
            return kind
    return None


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """Whole file (gunzipped), bounded; raises InputRejected for too large / truncated gzip."""
    size = path.stat().st_size
    if path.suffix.lower() == ".gz":
        try:
            with gzip.open(path, "rb") as f:
                data = f.read(max_bytes + 1)
        except (EOFError, gzip.BadGzipFile, OSError) as exc:
            raise InputRejected(f"{path}: broken or truncated gzip ({exc})", "truncated") from None
    else:
        if size > max_bytes:
            raise InputRejected(f"{path}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit "
                                "for one file (raise --max-bytes)", "too_large")
        data = path.read_bytes()
    if len(data) > max_bytes:
        raise InputRejected(f"{path}: over the {max_bytes / 1e6:.0f} MB limit once decompressed "
                            "(raise --max-bytes)", "too_large")
    return data


def iter_paths(inputs: Iterable[str | Path]) -> Iterator[Path | Problem]:
    """Files to read, recursively and in a stable order; unknown file types are reported."""
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    fp = Path(root) / name
                    if _kind(fp):
                        yield fp
                    else:  # other files of a folder (images, notes…) are passed over, and counted
                        yield Problem(str(fp), "ignored", f"{fp}: not a supported file type")
        elif p.is_file():
            if _kind(p):
                yield p
            else:
                yield Problem(str(p), "unsupported",
                              f"{p}: unsupported file type (use .txt .html .json .jsonl .csv .rss .warc)")
        else:
            yield Problem(str(p), "unreadable", f"{p}: no such file or directory")


def read_path(path: Path, fields: FieldMap, encoding: str = "utf-8",
              max_bytes: int = DEFAULT_MAX_BYTES, default_date: str | None = None) -> Iterator[RawDoc | Problem]:
    """Records of one file; never raises for bad content (reports a Problem instead)."""
    kind = _kind(path)
    try:
        if kind == "jsonl":
            yield from _read_jsonl(path, fields, max_bytes, default_date)
        elif kind == "warc":
            yield from _read_warc(path, max_bytes, default_date)
        else:
            data = _read_bytes(path, max_bytes)
            if kind == "txt":
                text = decode_bytes(data, encoding, str(path))
                yield RawDoc(str(path), text, date=default_date, ext_id=path.name)
            elif kind == "json":
                yield from _read_json(path, data, fields, default_date)
            elif kind == "csv":
                yield from _read_csv(path, data, fields, encoding, default_date)
            elif kind == "html":
                text = decode_html(data, encoding, str(path))
                doc = html_to_doc(text, str(path), default_date)
                if isinstance(doc, RawDoc):
                    doc.ext_id = path.name
                yield doc
            elif kind == "feed":
                yield from read_feed(data, str(path), default_date)
    except InputRejected as exc:
        yield Problem(str(path), exc.reason, str(exc))
    except PermissionError as exc:
        yield Problem(str(path), "unreadable", f"{path}: cannot read ({exc.strerror})")
    except OSError as exc:
        yield Problem(str(path), "unreadable", f"{path}: cannot read ({exc})")


def _record(obj: dict, origin: str, fields: FieldMap, default_date: str | None) -> RawDoc | Problem:
    text = fields.pick(obj, "text")
    if text is None and any(isinstance(obj.get(n), str) for n in fields.text):
        return Problem(origin, "empty", f"{origin}: the text field is empty")
    if not isinstance(text, str) or not text.strip():
        return Problem(origin, "no_text", f"{origin}: no text field (looked for {', '.join(fields.text)}; "
                                          "see --text-field)")
    return RawDoc(origin, text, date=normalize_date(fields.pick(obj, "date")) or default_date,
                  title=_str(fields.pick(obj, "title")), url=_str(fields.pick(obj, "url")),
                  source=_str(fields.pick(obj, "source")), ext_id=_str(fields.pick(obj, "id")))


class _Truncated(Exception):
    pass


def _gz_lines(path: Path, chunk: int = 1 << 20) -> Iterator[bytes]:
    """Lines of a gzip file, decompressed incrementally: every complete line before a truncation is
    yielded, then ``_Truncated`` is raised (``gzip.open`` loses the lines of its last buffer)."""
    import zlib

    def fresh():
        return zlib.decompressobj(16 + zlib.MAX_WBITS)

    d, started, rest = fresh(), False, b""
    with open(path, "rb") as f:
        while data := f.read(chunk):
            while data:
                try:
                    out = d.decompress(data)
                except zlib.error as exc:
                    raise _Truncated(f"corrupt gzip data ({exc})") from None
                started, data = True, b""
                if d.eof:  # a multi-member file goes on with the next member
                    data = d.unused_data.lstrip(b"\0")
                    d, started = fresh(), False
                rest += out
                *lines, rest = rest.split(b"\n")
                yield from (line + b"\n" for line in lines)
    if started:
        raise _Truncated("the file ends in the middle of the compressed data")
    if rest:
        yield rest


def _read_jsonl(path: Path, fields: FieldMap, max_bytes: int, default_date):
    gz = path.suffix.lower() == ".gz"
    lineno = 0
    try:
        with contextlib.nullcontext(_gz_lines(path)) if gz else open(path, "rb") as f:
            for lineno, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                origin = f"{path}:{lineno}"
                if len(raw) > max_bytes:
                    yield Problem(origin, "too_large", f"{origin}: line over the {max_bytes / 1e6:.0f} MB limit")
                    continue
                try:
                    obj = json.loads(raw.decode("utf-8"))
                except UnicodeDecodeError:
                    yield Problem(origin, "encoding", f"{origin}: line is not valid UTF-8")
                    continue
                except json.JSONDecodeError as exc:
                    yield Problem(origin, "json", f"{origin}: malformed JSON ({exc.msg}, column {exc.colno})")
                    continue
                if not isinstance(obj, dict):
                    yield Problem(origin, "json", f"{origin}: JSON but not an object")
                    continue
                yield _record(obj, origin, fields, default_date)
    except _Truncated as exc:
        yield Problem(str(path), "truncated", f"{path}: broken or truncated gzip after line {lineno} ({exc}); "
                                              "the lines before it were read")


def _read_json(path: Path, data: bytes, fields: FieldMap, default_date):
    try:
        obj = json.loads(decode_bytes(data, "utf-8", str(path)))
    except json.JSONDecodeError as exc:
        yield Problem(str(path), "json", f"{path}: malformed or truncated JSON ({exc.msg} at line {exc.lineno})")
        return
    if isinstance(obj, dict):
        lists = [v for v in obj.values() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
        items = lists[0] if (lists and fields.pick(obj, "text") is None) else [obj]
    elif isinstance(obj, list):
        items = obj
    else:
        yield Problem(str(path), "json", f"{path}: JSON is neither an object nor a list of objects")
        return
    if not any(isinstance(it, dict) and isinstance(fields.pick(it, "text"), str) for it in items):
        yield Problem(str(path), "no_text", f"{path}: no article in this JSON (no object with a text field: "
                                            f"looked for {', '.join(fields.text)}; see --text-field)")
        return
    for i, it in enumerate(items):
        origin = f"{path}#{i}" if len(items) > 1 else str(path)
        if not isinstance(it, dict):
            yield Problem(origin, "json", f"{origin}: item is not an object")
            continue
        yield _record(it, origin, fields, default_date)


def _read_csv(path: Path, data: bytes, fields: FieldMap, encoding: str, default_date):
    text = decode_bytes(data, encoding, str(path))
    csv.field_size_limit(sys.maxsize)
    delim = "\t" if ".tsv" in [s.lower() for s in path.suffixes] else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delim)
    try:
        for row in reader:
            origin = f"{path}:{reader.line_num}"
            yield _record({k: v for k, v in row.items() if k is not None}, origin, fields, default_date)
    except csv.Error as exc:
        yield Problem(str(path), "csv", f"{path}: malformed CSV at line {reader.line_num} ({exc})")


# -- HTML ---------------------------------------------------------------------------------------
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


def decode_html(data: bytes, encoding: str = "utf-8", what: str = "input") -> str:
    """HTML bytes → text, honouring a declared ``<meta charset>`` (e.g. windows-1256)."""
    m = _CHARSET.search(data[:4096])
    if m and encoding.lower() in ("utf-8", "utf8"):
        declared = m.group(1).decode("ascii", "ignore")
        try:
            codecs.lookup(declared)
            encoding = declared
        except LookupError:
            pass
    return decode_bytes(data, encoding, what)


class _Extractor(HTMLParser):
    """Stdlib fallback: paragraphs and headings outside nav/script/style, plus meta tags."""

    SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg",
            "iframe", "button", "select"})
    BLOCK = frozenset({"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "article", "section", "br", "tr",
                       "td"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self._skip = 0
        self._in_title = False
        self.blocks: list[list[str]] = [[]]

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag in self.SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
        if tag in self.BLOCK:
            self.blocks.append([])

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        if tag in self.BLOCK:
            self.blocks.append([])

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.blocks[-1].append(data)

    def text(self) -> str:
        paras = [re.sub(r"\s+", " ", "".join(b)).strip() for b in self.blocks]
        return "\n".join(p for p in paras if p)


def _stdlib_html(html: str) -> tuple[str, dict]:
    ex = _Extractor()
    ex.feed(html)
    ex.close()
    m = ex.meta
    meta = {
        "title": m.get("og:title") or m.get("twitter:title") or ex.title.strip() or None,
        "date": m.get("article:published_time") or m.get("datepublished") or m.get("date")
        or m.get("pubdate") or m.get("dc.date"),
        "url": m.get("canonical") or m.get("og:url"),
        "source": m.get("og:site_name"),
    }
    return ex.text(), meta


def html_to_doc(html: str, origin: str, default_date: str | None = None,
                url: str | None = None) -> RawDoc | Problem:
    """Main text and metadata of an HTML page (trafilatura if installed, else the stdlib fallback)."""
    text, meta = "", {}
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    if trafilatura is not None:
        try:
            d = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            favor_recall=True)
        except Exception:  # noqa: BLE001 - a broken page must not stop the run
            d = None
        if d is not None:
            d = d.as_dict() if hasattr(d, "as_dict") else d
            text = d.get("text") or ""
            meta = {"title": d.get("title"), "date": d.get("date"), "url": d.get("url"),
                    "source": d.get("sitename")}
            if meta["source"] and meta["url"] and meta["source"] in meta["url"]:
                meta["source"] = None  # trafilatura's fallback is the host name: not a publisher name
    fb_text, fb_meta = _stdlib_html(html)
    if not text.strip():
        text = fb_text
    for k, v in fb_meta.items():
        if not meta.get(k) and v:
            meta[k] = v
    if not text.strip():
        return Problem(origin, "empty", f"{origin}: no article text found in the HTML")
    return RawDoc(origin, text, date=normalize_date(meta.get("date")) or default_date,
                  title=meta.get("title"), url=url or meta.get("url"), source=meta.get("source"))


# -- feeds and WARC -----------------------------------------------------------------------------
def read_feed(data: bytes | str, origin: str, default_date: str | None = None,
              page: Callable[[str], RawDoc | Problem] | None = None) -> Iterator[RawDoc | Problem]:
    """One document per feed entry (its content, else its summary). With ``page`` (feeds read from
    the web), an entry that carries only a summary is replaced by the article page it links to,
    ``page(link)``; entries are then identified by their id or link rather than their position, which
    changes as a live feed rolls."""
    try:
        import feedparser
    except ImportError:
        yield Problem(origin, "unsupported", f"{origin}: reading feeds needs feedparser (pip install feedparser)")
        return
    if isinstance(data, str) and data.startswith(("http://", "https://")):
        yield Problem(origin, "unsupported", f"{origin}: use hadath.store.web.read_url for feed URLs")
        return
    feed = feedparser.parse(data)
    if not feed.entries:
        why = f" ({feed.bozo_exception})" if getattr(feed, "bozo", 0) else ""
        yield Problem(origin, "feed", f"{origin}: not an RSS/Atom feed, or a feed without entries{why}")
        return
    for i, e in enumerate(feed.entries):
        body = ""
        if e.get("content"):
            body = "\n".join(c.get("value", "") for c in e["content"])
        link = e.get("link")
        eorigin = f"{origin}#{(e.get('id') or link or i) if page else i}"
        title = e.get("title")
        date = None
        for k in ("published_parsed", "updated_parsed"):
            if e.get(k):
                date = dt.date(*e[k][:3]).isoformat()
                break
        if page is not None and not body.strip() and link:
            doc = page(link)
            if isinstance(doc, RawDoc):
                doc.date = doc.date or date or default_date  # the page's own date first
                doc.title = doc.title or title
                doc.source = doc.source or feed.feed.get("title")
                doc.ext_id = e.get("id") or link
            yield doc
            continue
        body = body or e.get("summary", "") or e.get("description", "")
        if "<" in body:
            body, _ = _stdlib_html(body)
        if not body.strip():
            yield Problem(eorigin, "no_text", f"{eorigin}: feed entry has no content or summary")
            continue
        text = body if not title or title in body else f"{title}\n{body}"
        yield RawDoc(eorigin, text, date=date or default_date, title=title, url=link,
                     source=feed.feed.get("title"), ext_id=e.get("id"))


def _read_warc(path: Path, max_bytes: int, default_date):
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        yield Problem(str(path), "unsupported", f"{path}: reading WARC needs warcio (pip install warcio)")
        return
    n = 0
    try:
        with open(path, "rb") as f:
            for rec in ArchiveIterator(f):
                if rec.rec_type != "response":
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
                if "html" not in ctype.lower():
                    continue
                n += 1
                url = rec.rec_headers.get_header("WARC-Target-URI")
                origin = f"{path}#{url}"
                payload = rec.content_stream().read(max_bytes + 1)
                if len(payload) > max_bytes:
                    yield Problem(origin, "too_large", f"{origin}: record over the size limit")
                    continue
                left = getattr(rec.raw_stream, "limit", 0)
                if left and not rec.raw_stream.read(1):  # fewer bytes than its Content-Length
                    yield Problem(origin, "truncated", f"{path}: WARC record {url} is truncated "
                                                       f"({left} byte(s) missing); the records before it were read")
                    break
                m = re.search(r"charset=([\w-]+)", ctype, re.IGNORECASE)
                try:
                    html = decode_html(payload, m.group(1) if m else "utf-8", origin)
                except (InputRejected, LookupError) as exc:
                    yield Problem(origin, getattr(exc, "reason", "encoding"), str(exc))
                    continue
                wdate = normalize_date(rec.rec_headers.get_header("WARC-Date"))
                yield html_to_doc(html, origin, default_date or wdate, url=url)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        yield Problem(str(path), "truncated", f"{path}: broken or truncated WARC after {n} record(s) ({exc}); "
                                              "the records before it were read")
