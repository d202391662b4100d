"""Document metadata from the article's own header and footer lines.

Arabic web articles end with lines such as "المصدر: ترجمة نون بوست من NYTimes",
"رابط المقال: <https://…>", "نقلاً عن صحيفة …" or "بتصرف". We read them (publisher, original
outlet of a translation, URL, adapted flag), and take a short first line with no sentence
punctuation, followed by a line break, as the title. Footer lines are excluded from coding:
"ترجمة نون بوست" must not become an event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlparse

from ..text.normalize import NormalizedText, normalize_string

_URL_RE = re.compile(r"https?://[^\s<>\"»]+")
_SOURCE_RE = re.compile(r"^(?:المصدر|مصدر|المصادر)\s*[:：]\s*(.+)$")
_TRANSLATION_RE = re.compile(r"^(?:ترجمه|بترجمه|ترجمها|ترجمته)\s*[:：]?\s*(.+?)\s+(?:من|عن|نقلا عن)\s+(.+)$")
_TRANSLATION_ONLY_RE = re.compile(r"^(?:ترجمه|بترجمه)\s*[:：]?\s*(.+)$")
_LINK_RE = re.compile(r"^(?:رابط المقال(?: الاصلي)?|الرابط(?: الاصلي)?|رابط|المقال الاصلي|المصدر الاصلي|link)\s*[:：]\s*(.*)$")
_VIA_RE = re.compile(r"^(?:نقلا عن|نقلا من|عن)\s+(?:صحيفه|جريده|موقع|وكاله|مجله|قناه)?\s*(.+?)\s*(?:بتصرف)?\s*[.:]?$")
_ADAPTED_RE = re.compile(r"(?:^|\s|\()بتصرف(?:\s|\)|$|[.،])")
_TERMINAL = ".!?؟:;؛»\"”"
_OUTLET_WORDS = frozenset({"صحيفه", "جريده", "موقع", "وكاله", "مجله", "قناه", "اذاعه"})


@dataclass(slots=True)
class Metadata:
    title: str | None = None
    title_span: tuple[int, int] | None = None  # normalised-text span
    publisher: str | None = None
    translated_from: str | None = None
    republished_from: str | None = None
    url: str | None = None
    adapted: bool = False
    body_end: int = 0  # normalised offset where the footer starts (end of codable text)


@lru_cache(maxsize=1)
def _publishers() -> tuple[dict[str, str], dict[str, str]]:
    by_alias: dict[str, str] = {}
    by_domain: dict[str, str] = {}
    text = (resources.files("hadath") / "data" / "publishers.tsv").read_text(encoding="utf-8")
    header = True
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        name, aliases, domains = (line.split("\t") + ["", ""])[:3]
        for alias in aliases.split("|") + [name]:
            by_alias[_alias_key(alias)] = name
        for domain in domains.split("|"):
            if domain.strip():
                by_domain[domain.strip().lower()] = name
    return by_alias, by_domain


def _alias_key(text: str) -> str:
    key = normalize_string(text).strip(" .،:\"'«»")
    for lead in ("صحيفه ", "جريده ", "موقع ", "وكاله ", "مجله ", "قناه "):
        if key.startswith(lead):
            key = key[len(lead):]
    return " ".join(key.split())


def resolve_publisher(text: str) -> str:
    """Canonical English outlet name for an Arabic or Latin mention; the text itself if unknown."""
    by_alias, by_domain = _publishers()
    key = _alias_key(text)
    if key in by_alias:
        return by_alias[key]
    if _URL_RE.match(text):
        return publisher_from_url(text) or text
    name = text.strip(" .،:")
    first, _, rest = name.partition(" ")
    if rest and normalize_string(first) in _OUTLET_WORDS:  # "صحيفة ذا ميريديان تايمز" → the name itself
        return rest.strip()
    return name


def publisher_from_url(url: str) -> str | None:
    _, by_domain = _publishers()
    host = (urlparse(url).hostname or "").lower()
    while host:
        if host in by_domain:
            return by_domain[host]
        host = host.partition(".")[2]
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def read_metadata(nt: NormalizedText) -> Metadata:
    """Read title and footer metadata from a document's normalised view."""
    norm = nt.text
    meta = Metadata(body_end=len(norm))
    lines = _lines(norm)
    if not lines:
        return meta
    first_start, first_end = lines[0]
    first = norm[first_start:first_end]
    if len(lines) > 1 and len(first) <= 200 and first[-1] not in _TERMINAL and len(first.split()) <= 25:
        o_start, o_end = nt.to_original(first_start, first_end)
        meta.title = nt.original[o_start:o_end]
        meta.title_span = (first_start, first_end)
    for start, end in reversed(lines[-6:]):

        def raw(a: int, b: int, base: int = start) -> str:
            """Original text of the normalised line's [a, b)."""
            o_a, o_b = nt.to_original(base + a, base + b)
            return nt.original[o_a:o_b].strip()

        if not _read_footer_line(norm[start:end], raw, meta):
            break
        meta.body_end = start
    if meta.publisher is None and meta.republished_from:
        meta.publisher = meta.republished_from  # "نقلاً عن صحيفة X": X published this text
    if meta.publisher is None and meta.url:
        meta.publisher = (urlparse(meta.url).hostname or "").removeprefix("www.") or None
    return meta


def _read_footer_line(line: str, raw, meta: Metadata) -> bool:
    """Record what a footer line says; False if the line is body text, not a footer.

    ``line`` is normalised (for matching); ``raw(a, b)`` gives the original text of line[a:b],
    so values are reported as the article wrote them.
    """
    m = _LINK_RE.match(line)
    url = _URL_RE.search(raw(0, len(line)))
    if m:
        if url:
            meta.url = meta.url or url.group(0).rstrip(").,")
            meta.publisher = meta.publisher or publisher_from_url(url.group(0))
        return True
    m = _SOURCE_RE.match(line)
    if m:
        value_start = m.start(1)
        value = m.group(1).strip()
        t = _TRANSLATION_RE.match(value)
        offset = line.index(value, value_start)
        if t:
            meta.publisher = resolve_publisher(raw(offset + t.start(1), offset + t.end(1)))
            meta.translated_from = resolve_publisher(raw(offset + t.start(2), offset + t.end(2)))
        else:
            t = _TRANSLATION_ONLY_RE.match(value)
            a = offset + (t.start(1) if t else 0)
            meta.publisher = meta.publisher or resolve_publisher(raw(a, offset + len(value)))
        meta.adapted = meta.adapted or bool(_ADAPTED_RE.search(line))
        return True
    m = _VIA_RE.match(line)
    if m and len(line.split()) <= 8:
        meta.republished_from = resolve_publisher(raw(m.start(1), m.end(1)))
        meta.adapted = meta.adapted or bool(_ADAPTED_RE.search(line))
        return True
    if _ADAPTED_RE.fullmatch(" " + line.strip(" ()[].") + " "):
        meta.adapted = True
        return True
    if url and len(line.split()) <= 3:
        meta.url = meta.url or url.group(0)
        meta.publisher = meta.publisher or publisher_from_url(url.group(0))
        return True
    return False
