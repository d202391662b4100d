"""Is this Arabic? A fast script-and-marker check, enough to refuse English or Persian input.

hadath codes Arabic only. Arabic, Persian and Urdu share a script, so after counting Arabic-script
letters we look at letters and function words that only one of them uses (Persian ی ک پ چ ژ گ,
"است", "می"; Arabic ي ك ة, "في", "التي"). Everything runs as C-level ``str.count`` and regex scans.
"""
from __future__ import annotations

import re

_ARABIC_LETTER_RE = re.compile(r"[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]")
_LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")
_OTHER_LETTER_RE = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]")
_PERSIAN_WORDS_RE = re.compile(r"(?<!\w)(?:است|می|های|این|را|که|برای|از|با|شده|کرد|بود|آن|ایران)(?!\w)")
_ARABIC_WORDS_RE = re.compile(r"(?<!\w)(?:في|من|على|إلى|الى|التي|الذي|أن|ان|عن|مع|هذا|هذه|قال|كان)(?!\w)")
_URDU_LETTERS = "ٹڈڑںےۓ"
_PERSIAN_LETTERS = "پچژگکی"


def detect_language(text: str, sample: int = 20000) -> str:
    """'ar', 'fa', 'ur', 'en' (Latin script) or 'other'. Looks at the first ``sample`` characters."""
    chunk = text[:sample]
    arabic = len(_ARABIC_LETTER_RE.findall(chunk))
    latin = len(_LATIN_LETTER_RE.findall(chunk))
    other = len(_OTHER_LETTER_RE.findall(chunk))
    total = arabic + latin + other
    if total == 0:
        return "other"
    if arabic < 0.5 * total:
        return "en" if latin >= other else "other"
    urdu = sum(chunk.count(c) for c in _URDU_LETTERS)
    persian_letters = sum(chunk.count(c) for c in _PERSIAN_LETTERS)
    arabic_letters = chunk.count("ي") + chunk.count("ك") + chunk.count("ة")
    persian_words = len(_PERSIAN_WORDS_RE.findall(chunk))
    arabic_words = len(_ARABIC_WORDS_RE.findall(chunk))
    if urdu > 0.01 * arabic and urdu > persian_letters * 0.2:
        return "ur"
    if persian_letters + 3 * persian_words > arabic_letters + 3 * arabic_words:
        return "fa"
    return "ar"
