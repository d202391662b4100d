"""Which of a fixed list of strings contain a given substring, fast enough to answer per request.

Why: scanning the ~9,000 distinct sentences of a 3,000-article store value by value costs several
milliseconds, more than the rest of an /api/events request, and a common piece such as "ال" (in
most Arabic words) costs tens of milliseconds when every hit goes through Python. Here the strings
are one array of code points searched with numpy (all matches at once, no Python loop per hit). A
substring without whitespace lies inside one word, so it is looked up in the (much shorter) list of
distinct words (cut at ASCII whitespace) and mapped back to the strings those words occur in. One
with whitespace is checked with ``in`` on the strings that have a word containing each of its pieces.
"""
from __future__ import annotations

import numpy as np

_SPACE = " \t\n\v\f\r"  # where words are cut (Arrow's ascii_split_whitespace)


class _Joined:
    """Strings joined with NUL as an array of code points, and where each one starts."""

    def __init__(self, values: list[str]):
        self.n = len(values)
        self.starts = np.cumsum([0] + [len(v) + 1 for v in values[:-1]], dtype=np.int64) if values \
            else np.zeros(0, dtype=np.int64)
        joined = "\0".join(values)
        units = joined.encode("utf-16-le", "surrogatepass")
        # 16 bits a character when all are in the Basic Multilingual Plane (Arabic is): half the memory to scan
        self.codes = np.frombuffer(units, dtype=np.uint16) if len(units) == 2 * len(joined) else \
            np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        self.freq = np.bincount(self.codes) if len(self.codes) else np.zeros(1, dtype=np.int64)

    def containing(self, sub: str) -> np.ndarray:
        """Boolean per string: does it contain ``sub`` (non-empty, without NUL)?"""
        needle = [ord(ch) for ch in sub]
        found = np.zeros(self.n, dtype=bool)
        m = len(needle)
        if m > len(self.codes) or any(ch >= len(self.freq) or not self.freq[ch] for ch in needle):
            return found
        # anchor on the needle's rarest character: fewest candidate positions to check further
        order = sorted(range(m), key=lambda k: self.freq[needle[k]])
        a = order[0]
        pos = np.flatnonzero(self.codes[a:len(self.codes) - m + 1 + a] == needle[a])
        for k in order[1:]:
            pos = pos[self.codes[pos + k] == needle[k]]
        found[np.searchsorted(self.starts, pos, side="right") - 1] = True  # a match never spans a NUL
        return found


class SubstringIndex:
    """The strings of ``values`` containing a substring; ``fold``: in any case (like SQL ILIKE)."""

    def __init__(self, values: list[str], fold: bool = False):
        import pyarrow as pa
        import pyarrow.compute as pc

        self.fold = fold
        vals = [v.lower() for v in values] if fold else list(values)
        n = len(vals)
        # words: split on ASCII whitespace in Arrow (C++), then the distinct (word, string) pairs
        pieces = pc.ascii_split_whitespace(pa.array(vals, type=pa.large_string()))
        flat = pc.list_flatten(pieces)
        enc = flat.dictionary_encode() if len(flat) else pa.DictionaryArray.from_arrays(
            pa.array([], pa.int32()), pa.array([], pa.large_string()))
        words = enc.dictionary.to_pylist()
        pairs = np.sort(enc.indices.to_numpy().astype(np.int64) * max(n, 1)
                        + pc.list_parent_indices(pieces).to_numpy().astype(np.int64))
        pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))] if len(pairs) else pairs  # distinct
        # the strings of each word, word by word (CSR): word w's are _postings[_offsets[w]:_offsets[w + 1]]
        self._postings = (pairs % max(n, 1)).astype(np.int32)
        self._offsets = np.concatenate(([0], np.cumsum(np.bincount(pairs // max(n, 1), minlength=len(words))))
                                       ).astype(np.int64)
        self._words = _Joined(words)
        self._vals = vals

    def containing(self, sub: str) -> np.ndarray:
        """Boolean per string of ``values``: does it contain ``sub``?"""
        if self.fold:
            sub = sub.lower()
        n = len(self._vals)
        if not sub:
            return np.ones(n, dtype=bool)
        if "\0" in sub:
            return np.zeros(n, dtype=bool)
        pieces = sub.split(None) if any(ch in _SPACE for ch in sub) else [sub]
        if len(pieces) == 1 and pieces[0] == sub:
            return self._with_word_containing(sub)
        found = np.ones(n, dtype=bool)
        for piece in pieces:
            found &= self._with_word_containing(piece)
        for i in np.flatnonzero(found).tolist():
            found[i] = sub in self._vals[i]
        return found

    def _with_word_containing(self, sub: str) -> np.ndarray:
        hit = np.flatnonzero(self._words.containing(sub))
        starts, lens = self._offsets[hit], self._offsets[hit + 1] - self._offsets[hit]
        # the postings of every hit word at once: for each, its start then start+1… (no loop per word)
        idx = np.repeat(starts - (np.cumsum(lens) - lens), lens) + np.arange(lens.sum())
        found = np.zeros(len(self._vals), dtype=bool)
        found[self._postings[idx]] = True
        return found
