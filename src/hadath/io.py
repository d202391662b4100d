"""Reading user input safely: size limits, encodings, binary detection, JSONL records.

Everything here turns bad input into ``InputRejected``/``InputUnreadable`` with a message a user
can act on; the CLI maps those to exit codes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import InputRejected, InputUnreadable

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
RECORD_FIELDS = ("id", "text", "date", "title", "url", "source")


def decode_bytes(data: bytes, encoding: str = "utf-8", what: str = "input") -> str:
    """Decode, refusing binary data and wrong encodings with a precise message."""
    if not data.strip():
        raise InputRejected(f"{what} is empty", "empty")
    sample = data[:8192]
    if b"\x00" in sample or sum(b < 9 or 13 < b < 32 for b in sample) > len(sample) * 0.05:
        raise InputRejected(f"{what} looks binary (control bytes), not text", "binary")
    try:
        return data.decode("utf-8-sig" if encoding.lower() in ("utf-8", "utf8") else encoding)
    except UnicodeDecodeError as exc:
        hint = ""
        try:
            data.decode("cp1256")
            hint = " It may be Windows-1256 (Arabic Windows): pass --encoding cp1256."
        except UnicodeDecodeError:
            pass
        raise InputRejected(f"{what} is not valid {encoding} (byte {exc.start}).{hint}", "encoding") from None
    except LookupError:
        raise InputRejected(f"unknown encoding {encoding!r}", "encoding") from None


def read_text_file(path: str | Path, encoding: str = "utf-8", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputUnreadable(f"{p}: no such file") from None
    except OSError as exc:
        raise InputUnreadable(f"{p}: cannot read ({exc.strerror})") from None
    if p.is_dir():
        raise InputUnreadable(f"{p}: is a directory (hadath code takes one file; use --input for JSONL batches)")
    if size > max_bytes:
        raise InputRejected(f"{p}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit for one "
                            "document (raise it with --max-bytes, or split the file)", "too_large")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputUnreadable(f"{p}: cannot read ({exc.strerror})") from None
    return decode_bytes(data, encoding, str(p))


@dataclass(slots=True)
class Record:
    """One document of a batch, or the reason its line could not be read."""

    line: int
    fields: dict | None
    error: str | None = None
    reason: str | None = None


def iter_jsonl(stream, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Record]:
    """Records of a JSONL byte stream; malformed lines come back as errors, never raise."""
    for lineno, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        if len(raw) > max_bytes:
            yield Record(lineno, None, f"line is {len(raw) / 1e6:.1f} MB, over the limit", "too_large")
            continue
        try:
            obj = json.loads(raw.decode("utf-8") if isinstance(raw, bytes) else raw)
        except UnicodeDecodeError:
            yield Record(lineno, None, "line is not valid UTF-8", "encoding")
            continue
        except json.JSONDecodeError as exc:
            yield Record(lineno, None, f"malformed JSON ({exc.msg} at column {exc.colno})", "json")
            continue
        if not isinstance(obj, dict):
            yield Record(lineno, None, "line is JSON but not an object", "json")
            continue
        if not isinstance(obj.get("text"), str):
            yield Record(lineno, None, 'object has no string field "text"', "no_text")
            continue
        fields = {k: obj.get(k) for k in RECORD_FIELDS}
        if fields["id"] is None:
            fields["id"] = str(lineno)
        yield Record(lineno, fields)
