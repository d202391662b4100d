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


_M = [np.uint64(m) for m in (0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D, 0x27D4EB2F)]
_DELETED = np.uint32(0xFFFFFFFF)
_CHUNK_SHINGLES = 1 << 13      # shingles hashed at once: 64 x 8,192 x 8 bytes = 4 MB (no lasting heap growth)
_TABLES: tuple[np.ndarray, np.ndarray] | None = None


def _tables() -> tuple[np.ndarray, np.ndarray]:
    """Code point → folded code point (``_DELETED`` for deleted characters) over the Basic
    Multilingual Plane, the folding hadath matches with (diacritics, hamza/alef variants…), and
    which code points ``\\w`` matches (``str.isalnum()`` or ``_``: the rule of Python's ``re``)."""
    global _TABLES
    if _TABLES is None:
        fold = np.arange(0x10000, dtype=np.uint32)
        try:
            from ..text.normalize import TRANSLATE_TABLE
        except ImportError:  # the folding improves recall; it is not required
            TRANSLATE_TABLE = {}
        for k, v in TRANSLATE_TABLE.items():
            if k < 0x10000:
                fold[k] = _DELETED if v is None else ord(v)
        word = np.fromiter((chr(i).isalnum() for i in range(0x10000)), dtype=bool, count=0x10000)
        word[ord("_")] = True
        _TABLES = fold, word
    return _TABLES


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _translate(cps: np.ndarray) -> np.ndarray:
    """``str.translate(TRANSLATE_TABLE)`` over code points; deleted characters become ``_DELETED``."""
    return np.where(cps < 0x10000, _tables()[0][cps & 0xFFFF], cps)


def fold_text(text: str) -> str:
    """``hadath.text.normalize.normalize_string(text)``, the same string, about ten times faster on
    an article (a table lookup over the code points instead of a dict lookup per character). Text
    with presentation forms (U+FB00–U+FEFC, which may expand under NFKC) takes ``normalize_string``."""
    cps = _code_points(text)
    if ((cps >= 0xFB00) & (cps <= 0xFEFC)).any():
        from ..text.normalize import normalize_string

        return normalize_string(text)
    out = _translate(cps)
    return out[out != _DELETED].tobytes().decode("utf-32-le", "surrogatepass")


def _fold(texts: list[str]) -> tuple[str, np.ndarray, np.ndarray]:
    """The texts folded and joined by spaces (one ``str.translate`` would cost a dict lookup per
    character: this is a table lookup over the UTF-32 code units), the ``\\w`` mask of every
    character of the result, and where each text starts in it."""
    _, word = _tables()
    cps = _code_points(" ".join(texts))
    out = _translate(cps)
    keep = out != _DELETED
    ends = np.cumsum([len(t) + 1 for t in texts])          # position after each text's separator
    starts = np.concatenate(([0], ends[:-1]))
    kept_before = np.concatenate(([0], np.cumsum(keep)))  # folded position of each original position
    out = out[keep]
    is_word = word[out & 0xFFFF]
    astral = out >= 0x10000
    if astral.any():  # outside the BMP: ask Python, character by character (rare)
        is_word[astral] = [chr(c).isalnum() for c in out[astral].tolist()]
    return out.tobytes().decode("utf-32-le", "surrogatepass"), is_word, kept_before[starts]


_IDS: dict[str, int] = {}
_MAX_IDS = 1 << 18             # words whose crc32 is kept between calls (news vocabulary is Zipfian)


def _word_ids(words: list[str]) -> dict[str, int]:
    """crc32 of each word, remembered across calls (most words of an article were seen before)."""
    new = set(words).difference(_IDS)
    if len(_IDS) + len(new) > _MAX_IDS:
        _IDS.clear()
        new = set(words)
    _IDS.update((w, zlib.crc32(w.encode("utf-8", "surrogatepass"))) for w in new)
    return _IDS


def minhash_many(texts: list[str]) -> list[list[int] | None]:
    """``[minhash(t) for t in texts]``, computed for the whole list at once (numpy over all words of
    all texts: a fraction of the per-text cost). The values are exactly ``minhash``'s."""
    if not texts:
        return []
    folded, is_word, doc_start = _fold(texts)
    words = _WORD.findall(folded)
    edge = np.flatnonzero(np.diff(np.concatenate(([False], is_word, [False])).astype(np.int8)))
    word_start = edge[0::2]                                # the same runs findall returned, in order
    per_doc = np.bincount(np.searchsorted(doc_start, word_start, side="right") - 1, minlength=len(texts))
    ids = _word_ids(words)
    wh = np.fromiter(map(ids.__getitem__, words), dtype=np.uint64, count=len(words))
    first_word = np.concatenate(([0], np.cumsum(per_doc)))
    n_sh = np.maximum(per_doc - SHINGLE + 1, 0)           # shingles of each text
    out: list[list[int] | None] = [None] * len(texts)
    doc = 0
    while doc < len(texts):                                # chunks of whole texts, bounded memory
        stop, total = doc, 0
        while stop < len(texts) and (stop == doc or total + n_sh[stop] <= _CHUNK_SHINGLES):
            total += int(n_sh[stop])
            stop += 1
        docs = [i for i in range(doc, stop) if n_sh[i]]
        if docs:
            pos = np.concatenate([np.arange(first_word[i], first_word[i] + n_sh[i]) for i in docs])
            h = np.zeros(len(pos), dtype=np.uint64)
            for k in range(SHINGLE):  # polynomial combination of the 4 word hashes, kept in 32 bits
                h = (h * _M[k] + wh[pos + k]) & _MASK32
            # multiply-shift hashing: the top 32 bits of (a*h + b) mod 2**64, with a odd (uint64 wraps)
            with np.errstate(over="ignore"):
                vals = (np.outer(_A, h) + _B[:, None]) >> _SHIFT
            seg = np.concatenate(([0], np.cumsum(n_sh[docs])[:-1]))
            mins = np.minimum.reduceat(vals, seg, axis=1).T.tolist()
            for i, m in zip(docs, mins):
                out[i] = m
        doc = stop
    return out


def minhash(text: str) -> list[int] | None:
    """64 MinHash values (uint32 range) of the document's word 4-gram shingles; None for very short
    texts. Deterministic across processes and runs (crc32 of words, fixed permutations)."""
    return minhash_many([text])[0]


def similarity(a, b) -> float:
    a, b = np.asarray(a, dtype=np.uint64), np.asarray(b, dtype=np.uint64)
    return float((a == b).mean())


def near_duplicate_links(con, threshold: float = THRESHOLD) -> list[tuple[str, str, float]]:
    """(doc_key, dup_of, similarity) over every coded document: each later copy linked to the earliest."""
    rows = con.execute(
        "SELECT doc_key, minhash FROM documents WHERE minhash IS NOT NULL "
        "ORDER BY date NULLS LAST, doc_key").fetchall()
    if not rows:
        return []
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
    return [(keys[i], keys[root], sim) for i, (root, sim) in parent.items()]


def link_near_duplicates(con, threshold: float = THRESHOLD) -> int:
    """Rebuild ``near_duplicates`` over every coded document; returns the number linked."""
    links = near_duplicate_links(con, threshold)
    from .db import insert_rows, transaction
    with transaction(con):
        con.execute("DELETE FROM near_duplicates")
        insert_rows(con, "near_duplicates", links)
    return len(links)
