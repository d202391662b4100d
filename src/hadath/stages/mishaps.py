"""Bombs that went off in the hands of those who made, carried or planted them: a mishap, no attack.

"انفجرت العبوة أثناء محاولة المجموعة زرعها", "قتل ثلاثة مسلحين عندما انفجرت قنبلة كانوا يصنعونها",
"صاروخ انفجر في وجهه": the blast hit its own handlers, and no one attacked anyone. A bomb planted by
someone that later went off ("قنبلة زرعها مسلحون") is an attack, and so is one that killed the experts
defusing it: only the handlers' own work (making, carrying, planting, preparing) or the blast in one's
hands or face makes the mishap.
"""
from __future__ import annotations

import re

from ..lexicon.compiled import Match
from .analysis import Analysis

_HANDLING = r"(?:زرع|وضع|تصنيع|صنع|تجهيز|تحضير|اعداد|تركيب|نقل|حمل|تفخيخ|تخزين)(?:ها|ه|هما)"
_WORD_END = r"(?![^\s،,.؛:»\"])"  # a space, a punctuation mark or the end next
_MISHAP_RE = re.compile(
    # "أثناء محاولة المجموعة زرعها", "خلال تصنيعها", "لدى نقله"
    r"(?<!\S)(?:اثناء|خلال|لدي|عند)\s+(?:(?:محاوله|محاولتهم|محاولته|محاولتها|قيام|قيامهم|قيامه)\s+)?"
    r"(?:\S+\s+){0,2}?" + _HANDLING + _WORD_END
    # "قنبلة كانوا يصنعونها", "عبوة كان يحملها"
    + r"|(?<!\S)كان(?:وا|ت|ا)?\s+[يت](?:صنع|جهز|حضر|عد|ركب|نقل|حمل|زرع|خزن)(?:ون|ان)?(?:ها|ه)" + _WORD_END
    # "انفجر في وجهه", "انفجرت بين يديه"
    + r"|(?<!\S)(?:في\s+(?:وجهه|وجهها|يده|يدها|يديه|يديها)|بين\s+(?:يديه|يديها|ايديهم))" + _WORD_END)
_BLAST_RE = re.compile(r"^[وف]?(?:ت|ي)?انفجر|^[وف]?(?:ال)?انفجار")
_REACH = 12  # words between the blast and its handlers' clause, and between the toll and the blast


def bomb_mishap(an: Analysis, t: Match, s_start: int, s_end: int) -> bool:
    """The attack word is a blast, or a death told with one, whose handlers' clause follows the blast
    closely: its makers' or carriers' mishap."""
    if _MISHAP_RE.search(an.text, s_start, s_end) is None:
        return False  # (the cheap test first: most sentences tell no handling)
    spans = an.word_spans_after(an.word_start_at(s_start), an.count_words(s_start, s_end))
    blasts = [(lo, hi) for lo, hi in spans if _BLAST_RE.match(an.text[lo:hi])]
    for lo, hi in blasts:
        if abs(an.count_words(min(lo, t.word_start), max(lo, t.word_start))) > _REACH:
            continue
        m = _MISHAP_RE.search(an.text, hi, s_end)
        if m is not None and an.count_words(hi, m.start()) <= _REACH:
            return True
    return False
