"""Near-duplicate articles (syndicated wire copies, re-posts with a different header or footer).

Exact duplicates need nothing: the document key is the content hash, so the same text is stored
once with every origin it came from. Near duplicates are found with MinHash over word 4-gram shingles
of the normalised text (diacritics, hamza/alef variants and the like folded by hadath's own
normaliser), banded LSH for candidates, and a Jaccard estimate ≥ ``THRESHOLD`` to link: the later
copy is linked (table ``near_duplicates``: doc_key, dup_of, similarity) to the earliest one (by
publication date, then key). Linked copies count once in event clusters (NumArticles).
"""
from __future__ import annotations

import re
import zlib

import numpy as np

NUM_PERM = 64
BANDS = 16                     # 16 bands of 4 rows: pairs at Jaccard 0.8 collide with p ≈ 0.9996
SHINGLE = 4
THRESHOLD = 0.8
_MASK32 = np.uint64(0xFFFFFFFF)
_SHIFT = np.uint64(32)
_rng = np.random.default_rng(20140617)
_A = _rng.integers(1, 1 << 63, NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)  # odd
_B = _rng.integers(0, 1 << 63, NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    """Words of the text folded as hadath matches them (diacritics, hamza/alef variants…)."""
    try:
        from ..text.normalize import TRANSLATE_TABLE
        text = text.translate(TRANSLATE_TABLE)
    except ImportError:  # the folding improves recall; it is not required
        pass
    return _WORD.findall(text)


_M = [np.uint64(m) for m in (0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F)]


def minhash(text: str) -> list[int] | None:
    """64 MinHash values (uint32 range) of the document's word 4-gram shingles; None for very short
    texts. Deterministic across processes and runs (crc32 of words, fixed permutations)."""
    words = _words(text)
    if len(words) < SHINGLE:
        return None
    ids: dict[str, int] = {}
    for w in words:
        if w not in ids:
            ids[w] = zlib.crc32(w.encode("utf-8"))
    wh = np.fromiter((ids[w] for w in words), dtype=np.uint64, count=len(words))
    n = len(words) - SHINGLE + 1
    h = np.zeros(n, dtype=np.uint64)
    for k in range(SHINGLE):  # polynomial combination of the 4 word hashes, kept in 32 bits
        h = (h * _M[k] + wh[k:k + n]) & _MASK32
    h = np.unique(h)
    # multiply-shift hashing: the top 32 bits of (a*h + b) mod 2**64, with a odd (uint64 wraps)
    with np.errstate(over="ignore"):
        vals = (np.outer(_A, h) + _B[:, None]) >> _SHIFT
    return vals.min(axis=1).tolist()


def similarity(a, b) -> float:
    a, b = np.asarray(a, dtype=np.uint64), np.asarray(b, dtype=np.uint64)
    return float((a == b).mean())


def link_near_duplicates(con, threshold: float = THRESHOLD) -> int:
    """Rebuild ``near_duplicates`` over every coded document; returns the number linked."""
    rows = con.execute(
        "SELECT doc_key, minhash FROM documents WHERE minhash IS NOT NULL "
        "ORDER BY date NULLS LAST, doc_key").fetchall()
    if not rows:
        return 0
    keys = [r[0] for r in rows]
    sigs = np.array([r[1] for r in rows], dtype=np.uint64)
    rows_per = NUM_PERM // BANDS
    parent: dict[int, tuple[int, float]] = {}
    for band in range(BANDS):
        buckets: dict[bytes, int] = {}
        chunk = np.ascontiguousarray(sigs[:, band * rows_per:(band + 1) * rows_per])
        for i in range(len(keys)):
            k = chunk[i].tobytes()
            first = buckets.setdefault(k, i)
            if first != i and i not in parent:
                sim = float((sigs[first] == sigs[i]).mean())
                if sim >= threshold:
                    root = parent.get(first, (first, 1.0))[0]
                    parent[i] = (root, sim)
    links = [(keys[i], keys[root], sim) for i, (root, sim) in parent.items()]
    from .db import insert_rows, transaction
    with transaction(con):
        con.execute("DELETE FROM near_duplicates")
        insert_rows(con, "near_duplicates", links)
    return len(links)
