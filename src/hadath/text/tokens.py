"""Word boundaries of a normalised text, computed with numpy rather than a Python loop.

Lexicon matching runs an Aho-Corasick automaton over the whole normalised text, which finds
keys anywhere, also inside words. A match is kept only if it lines up with word boundaries once
Arabic clitics are allowed for: the characters between the word's start and the match must be a
valid proclitic string (و ف ب ل ك س ال لل…) and the characters between the match and the word's
end a valid enclitic (attached pronoun). ``WordIndex`` gives, for every character, the word it
belongs to, so each check is two array lookups.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

_BMP = 0x10000


@lru_cache(maxsize=1)
def _word_char_table() -> np.ndarray:
    """Boolean table over the BMP: True for letters, digits and combining marks."""
    table = np.zeros(_BMP, dtype=bool)
    for cp in range(_BMP):
        cat = unicodedata.category(chr(cp))
        if cat[0] in ("L", "N") or cat in ("Mn", "Mc"):
            table[cp] = True
    return table


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


@dataclass(frozen=True, slots=True)
class WordIndex:
    """Word spans of a text and, per character, the id of the word containing it (-1 if none)."""

    starts: np.ndarray
    ends: np.ndarray
    word_of: np.ndarray

    @classmethod
    def from_text(cls, text: str) -> "WordIndex":
        n = len(text)
        if n == 0:
            empty = np.zeros(0, dtype=np.int64)
            return cls(empty, empty, np.full(1, -1, dtype=np.int64))
        cps = _codepoints(text)
        is_word = _word_char_table()[np.minimum(cps, _BMP - 1)]
        is_word[cps >= _BMP] = False
        padded = np.concatenate(([False], is_word, [False]))
        change = np.flatnonzero(padded[1:] != padded[:-1])
        starts = change[0::2].astype(np.int64)
        ends = change[1::2].astype(np.int64)
        word_of = np.full(n + 1, -1, dtype=np.int64)
        if len(starts):
            marks = np.zeros(n + 1, dtype=np.int64)
            marks[starts] += 1
            ids = np.cumsum(marks) - 1
            inside = np.zeros(n + 1, dtype=np.int64)
            inside[starts] += 1
            inside[ends] -= 1
            inside = np.cumsum(inside) > 0
            word_of = np.where(inside, ids, -1)
        return cls(starts, ends, word_of)

    def __len__(self) -> int:
        return len(self.starts)

    def word_at(self, pos: int) -> int:
        return int(self.word_of[pos])

    def count_between(self, start: int, end: int) -> int:
        """Number of words whose start lies in [start, end)."""
        return int(np.searchsorted(self.starts, end) - np.searchsorted(self.starts, start))

    def words_in(self, start: int, end: int) -> tuple[int, int]:
        """Range [i, j) of word ids that start inside [start, end)."""
        return int(np.searchsorted(self.starts, start)), int(np.searchsorted(self.starts, end))
