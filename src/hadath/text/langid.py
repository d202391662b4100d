"""Is this Arabic? A fast script-and-marker check, enough to refuse English or Persian input.

hadath codes Arabic only. Arabic, Persian and Urdu share a script, so after counting Arabic-script
letters we look at letters and function words that only one of them uses (Persian ی ک پ چ ژ گ,
"است", "می"; Arabic ي ك ة, "في", "التي"). Everything runs as C-level ``str.count`` and regex scans.
"""
from __future__ import annotations

import re

import numpy as np

_OTHER_LETTER_RE = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFC]")
_PERSIAN_WORDS_RE = re.compile(r"(?<!\w)(?:است|می|های|این|را|که|برای|از|با|شده|کرد|بود|آن|ایران)(?!\w)")
_ARABIC_WORDS_RE = re.compile(r"(?<!\w)(?:في|من|على|إلى|الى|التي|الذي|أن|ان|عن|مع|هذا|هذه|قال|كان)(?!\w)")
_URDU_LETTERS = "ٹڈڑںےۓ"
_PERSIAN_LETTERS = "پچژگکی"


def detect_language(text: str, sample: int = 6000) -> str:
    """'ar', 'fa', 'ur', 'en' (Latin script) or 'other'. Looks at the first ``sample`` characters."""
    chunk = text[:sample]
    cps = np.frombuffer(chunk.encode("utf-32-le"), dtype=np.uint32)
    arabic = int(np.count_nonzero(((cps >= 0x0620) & (cps <= 0x064A)) | ((cps >= 0x066E) & (cps <= 0x06D3))
                                  | ((cps >= 0x06FA) & (cps <= 0x06FF)) | ((cps >= 0x0750) & (cps <= 0x077F))
                                  | ((cps >= 0xFB50) & (cps <= 0xFDFF)) | ((cps >= 0xFE70) & (cps <= 0xFEFC))))
    latin = int(np.count_nonzero(((cps | 0x20) >= ord("a")) & ((cps | 0x20) <= ord("z"))
                                 | ((cps >= 0xC0) & (cps <= 0x24F))))
    other = 0
    if arabic < 2 * latin + 100:  # the cheap counts do not settle it: count other scripts too
        other = len(_OTHER_LETTER_RE.findall(chunk))
    total = arabic + latin + other
    if total == 0:
        return "other"
    if arabic < 0.5 * total:
        return "en" if latin >= other else "other"
    urdu = sum(chunk.count(c) for c in _URDU_LETTERS)
    persian_letters = sum(chunk.count(c) for c in _PERSIAN_LETTERS)
    arabic_letters = chunk.count("ي") + chunk.count("ك") + chunk.count("ة")
    head = chunk[:4000]  # function words settle it quickly; no need to scan the whole sample
    persian_words = len(_PERSIAN_WORDS_RE.findall(head))
    arabic_words = len(_ARABIC_WORDS_RE.findall(head))
    if urdu > 0.01 * arabic and urdu > persian_letters * 0.2:
        return "ur"
    if persian_letters + 3 * persian_words > arabic_letters + 3 * arabic_words:
        return "fa"
    return "ar"
