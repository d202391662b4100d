"""Arabic normalisation for matching, with an exact offset map back to the original text.

Every record hadath emits points at character spans of the text *as the user gave it*, but all
matching happens on a normalised view. The two are tied by ``NormalizedText.orig_index``: for
each character of the normalised view, the index of the original character it came from.

Normalisation is one numpy table lookup over the code points (C speed) for the common case, where
every original character maps to zero or one character. Only text holding Arabic presentation forms (which
expand, e.g. the lam-alef ligature to two letters) takes the slower per-character path.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np

# Characters deleted from the matching view: harakat and Quranic marks, tatweel, bidi and
# zero-width controls. Deleting (rather than mapping to a space) keeps "كِتَاب" == "كتاب".
_DELETE_RANGES = [
    (0x0610, 0x061A),  # Quranic honorifics and small letters
    (0x064B, 0x065F),  # fathatan .. wavy hamza below (harakat)
    (0x0670, 0x0670),  # superscript alef
    (0x06D6, 0x06DC),  # Quranic annotation signs
    (0x06DF, 0x06E8),
    (0x06EA, 0x06ED),
    (0x0640, 0x0640),  # tatweel
    (0x061C, 0x061C),  # Arabic letter mark
    (0x200B, 0x200F),  # zero-width space/non-joiner/joiner, LRM, RLM
    (0x202A, 0x202E),  # bidi embeddings and overrides
    (0x2066, 0x2069),  # bidi isolates
    (0x00AD, 0x00AD),  # soft hyphen
    (0xFEFF, 0xFEFF),  # BOM / zero-width no-break space
]
DELETED_CHARS = "".join(chr(c) for lo, hi in _DELETE_RANGES for c in range(lo, hi + 1))

# One-to-one letter folding. Hamza carriers and alef variants fold to bare letters because news
# spelling of hamza is inconsistent ("إيران"/"ايران", "مسؤول"/"مسئول"); ta marbuta and alef
# maqsura fold because they are routinely written as ه / ي.
_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ئ": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ێ": "ي",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه",
    "ؤ": "و", "ۋ": "و", "ۆ": "و",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "پ": "ب", "چ": "ج", "ژ": "ز", "ڤ": "ف", "ڨ": "ق",
    "ء": "ء",
    "٫": ".", "٬": ",", "،": "،",
    "\u00a0": " ", "\t": " ", "\r": " ", "\u2028": "\n", "\u2029": "\n",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic digits
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian/Urdu) digits
for _c in range(ord("A"), ord("Z") + 1):
    _FOLD[chr(_c)] = chr(_c + 32)

TRANSLATE_TABLE: dict[int, str | None] = {ord(k): v for k, v in _FOLD.items()}
TRANSLATE_TABLE.update({ord(c): None for c in DELETED_CHARS})

# The same table as arrays over the Basic Multilingual Plane, for whole documents: one numpy
# lookup folds every character at once (six times faster than ``str.translate`` with a dict,
# which looks each character up in Python's dict)
_FOLDED_CODEPOINT = np.arange(0x10000, dtype=np.uint32)
_IS_DELETED = np.zeros(0x10000, dtype=bool)
for _code, _value in TRANSLATE_TABLE.items():
    if _value is None:
        _IS_DELETED[_code] = True
    else:
        _FOLDED_CODEPOINT[_code] = ord(_value)  # every fold is one character to one
# Presentation forms and other compatibility characters that may expand under NFKC.
_EXPANDING_RE = re.compile("[\uFB50-\uFDFF\uFE70-\uFEFC\uFB00-\uFB06]")


def normalize_string(text: str) -> str:
    """Normalise a short string (a lexicon key) exactly as documents are normalised."""
    if _EXPANDING_RE.search(text):
        return NormalizedText.from_text(text).text
    return text.translate(TRANSLATE_TABLE)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised matching view of ``original`` plus the map back to it.

    ``orig_index[i]`` is the index in ``original`` of the character that produced ``text[i]``;
    the array has one extra trailing element equal to ``len(original)`` so that an exclusive
    end offset ``e`` maps with ``orig_index[e - 1] + 1`` and empty spans stay well defined.
    """

    original: str
    text: str
    orig_index: np.ndarray
    # the same map as a Python list: span lookups run hundreds of times per document, and a list
    # index costs less than a numpy scalar
    orig_positions: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "orig_positions", self.orig_index.tolist())

    @classmethod
    def from_text(cls, original: str) -> "NormalizedText":
        if _EXPANDING_RE.search(original):
            return cls._from_text_slow(original)
        n = len(original)
        cps = np.frombuffer(original.encode("utf-32-le"), dtype=np.uint32)
        if n and int(cps.max()) >= 0x10000:  # emoji and other characters past the BMP stay as they are
            in_bmp = cps < 0x10000
            bmp_cps = np.where(in_bmp, cps, 0)
            folded = np.where(in_bmp, _FOLDED_CODEPOINT[bmp_cps], cps)
            deleted = _IS_DELETED[bmp_cps] & in_bmp
        else:
            folded, deleted = _FOLDED_CODEPOINT[cps], _IS_DELETED[cps]
        if deleted.any():
            keep = ~deleted
            text = folded[keep].tobytes().decode("utf-32-le")
            index = np.append(np.flatnonzero(keep), n).astype(np.int64)
        else:
            text = folded.tobytes().decode("utf-32-le")
            index = np.arange(n + 1, dtype=np.int64)
        return cls(original, text, index)

    @classmethod
    def _from_text_slow(cls, original: str) -> "NormalizedText":
        parts: list[str] = []
        index: list[int] = []
        for i, ch in enumerate(original):
            if _EXPANDING_RE.match(ch):
                folded = unicodedata.normalize("NFKC", ch).translate(TRANSLATE_TABLE)
            else:
                folded = ch.translate(TRANSLATE_TABLE)
            parts.append(folded)
            index.extend([i] * len(folded))
        index.append(len(original))
        return cls(original, "".join(parts), np.asarray(index, dtype=np.int64))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original text's span."""
        positions = self.orig_positions
        if end <= start:
            pos = positions[start]
            return pos, pos
        return positions[start], positions[end - 1] + 1

    def to_normalized(self, orig_pos: int) -> int:
        """First normalised index whose source is at or after ``orig_pos``."""
        return int(np.searchsorted(self.orig_index, orig_pos, side="left"))
