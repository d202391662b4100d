"""Sentence splitting for Arabic news.

Rules, in order:
- ``. ! ? ؟ …`` end a sentence when followed by whitespace (so 11.5 and 2.0 never split),
  together with any closing quotes/brackets right after them; a dot after a one-letter word
  (an initial or abbreviation: "د." "أ.") does not. A dot glued between two Arabic words
  ("الطلب.ويعكس", a missing space) ends one too; "أ.ف.ب" does not.
- A line break ends a sentence, except when the sentence is visibly unfinished: a quote or
  bracket is still open, or the line ends with a word that cannot end an Arabic sentence
  (a preposition, conjunction or particle: على، في، من، أن…). Translated news often carries
  such mid-sentence paragraph breaks.
"""
from __future__ import annotations

import re

# (every branch starts with its boundary character, the glued dot's letters looked behind it, so the
# engine scans for those characters alone: twice as fast as a branch that starts with a lookbehind)
_BOUNDARY_RE = re.compile(r"[.!?؟…]+[\"»”’'\)\]]*(?=\s|$)|\n+|\.(?<=[\u0621-\u064a]{2}\.)(?=[\u0621-\u064a]{2})")
_LAST_WORD_RE = re.compile(r"(\w+)\W*$")

# Words after which a sentence cannot end: a following line break is a paragraph break in the
# middle of a sentence. Normalised spelling (see normalize.py).
_CONTINUATION_WORDS = frozenset(
    """على في من الي الى عن مع ان او و ف ثم بين حول ضد عند لدي لدى منذ خلال بعد قبل حتي حتى
    الذي التي الذين اللذين اللتين لان لكن بل كما مثل نحو عبر وفق بحسب حسب دون بدون غير سوي
    لم لن لا ما قد سوف كي لكي اذا لو التي هو هي هم انه انها بان وان""".split()
)
_ONE_LETTER_ABBR_RE = re.compile(r"(?:^|\s)\w$")


def _is_unfinished(chunk: str) -> bool:
    stripped = chunk.rstrip()
    if not stripped:
        return False
    if stripped[-1] in ".!?؟…:»”\")]":
        return False
    if stripped.count('"') % 2 == 1 or stripped.count("«") > stripped.count("»"):
        return True
    if stripped.count("“") > stripped.count("”") or stripped.count("(") > stripped.count(")"):
        return True
    m = _LAST_WORD_RE.search(stripped)
    return bool(m and m.group(1) in _CONTINUATION_WORDS)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return sentence spans [start, end) over ``text`` (whitespace trimmed, empties dropped)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        if m.group(0)[0] == "\n":
            if _is_unfinished(text[start:m.start()]):
                continue
            end = m.start()
        else:
            if m.group(0)[0] == "." and _ONE_LETTER_ABBR_RE.search(text, max(0, m.start() - 2), m.start()):
                continue
            end = m.end()
        _append_trimmed(text, start, end, spans)
        start = m.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
