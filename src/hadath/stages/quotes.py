"""Quotes: who said what, direct («…», "…") and indirect (قال … إن، أشار إلى أن، وفق، بحسب).

For a speech verb the speaker is the first actor after it (VSO: "قال وزير الخارجية جون كيري")
or the nearest one before it in the clause (SVO: "فإن مسئولًا … أشار"); with neither, the speech
verb has a pronoun subject and the previous quote's speaker continues, as it does for participles
such as "مضيفًا:". The quote starts after إن/أن/بأن, a colon or an opening quote mark that follows
the speaker; it is direct when it opens with a quote mark, and then ends at the closing mark.
"وفق X" / "بحسب X" attribute the rest of their sentence to X.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon.compiled import Match
from ..lexicon.entries import Cue
from .actors import preposition_before
from .analysis import ActorMention, Analysis

_OPEN = {"«": "»", '"': '"', "“": "”", "'": "'"}
_THAT_RE = re.compile(r"(?:^|\s)(?:[وف]?(?:ان|بان|لان)|:)(?=\s|[\"«“]|$)")
_MAX_SPEAKER_GAP = 6
_MAX_INTRO_WORDS = 14


@dataclass(slots=True)
class QuoteDraft:
    speaker: ActorMention | None
    start: int
    end: int
    cue: Match
    direct: bool


def _closing(text: str, pos: int, mark: str, limit: int) -> int:
    close = _OPEN[mark]
    end = text.find(close, pos + 1, limit)
    return end


def _content(an: Analysis, pos: int, limit: int, hard_limit: int) -> tuple[int, int, bool] | None:
    """Quote span starting at the first إن/أن/colon/quote mark at or after ``pos``."""
    text = an.text
    window_end = min(limit, pos + 200)
    m = _THAT_RE.search(text, pos, window_end)
    q = min((i for i in (text.find(c, pos, window_end) for c in _OPEN) if i >= 0), default=-1)
    if m and (q < 0 or m.start() < q):
        if an.words.count_between(pos, m.start()) > _MAX_INTRO_WORDS:
            return None
        start = m.end()
    elif q >= 0:
        if an.words.count_between(pos, q) > _MAX_INTRO_WORDS:
            return None
        start = q
    else:
        return None
    while start < limit and text[start] in " :":
        start += 1
    if start >= limit:
        return None
    if text[start] in _OPEN:
        end = _closing(text, start, text[start], hard_limit)
        if end > start + 1:
            return start + 1, end, True
    end = limit
    while end > start and text[end - 1] in " .،,؛;:\"»”":
        end -= 1
    if end - start < 3:
        return None
    return start, end, False


def find_quotes(an: Analysis) -> list[QuoteDraft]:
    quotes: list[QuoteDraft] = []
    last_speaker: ActorMention | None = None
    last_sentence = -10
    covered_until = -1
    actors_by_sentence: dict[int, list[ActorMention]] = {}
    for a in an.actors:
        actors_by_sentence.setdefault(an.sentence_of(a.start), []).append(a)
    quote_cues = [c for c in an.cue_matches if c.hits[0].entry.kind.startswith("quote")]
    for idx, c in enumerate(quote_cues):
        if c.start < covered_until or c.start < an.code_from or c.end > an.meta.body_end:
            continue
        cue: Cue = c.hits[0].entry  # type: ignore[assignment]
        sent = an.sentence_of(c.start)
        if sent < 0:
            continue
        s_start, s_end = an.sentences[sent]
        nxt = next((q.start for q in quote_cues[idx + 1:] if q.start > c.end and q.start < s_end
                    and q.hits[0].entry.kind == "quote_continue"), s_end)
        actors = actors_by_sentence.get(sent, [])
        if cue.kind == "quote_source":
            speaker = next((a for a in actors if a.start >= c.end and an.words.count_between(c.end, a.start) <= 1), None)
            if speaker is None:
                continue
            if c.start - s_start < 12:  # "وبحسب X، …": the rest of the sentence
                start, end = speaker.end, s_end
            else:  # "…، وفق X": what came before
                start, end = s_start, c.start
            text = an.text
            while start < end and text[start] in " ،,:":
                start += 1
            while end > start and text[end - 1] in " ،,.":
                end -= 1
            if end - start >= 3:
                quotes.append(QuoteDraft(speaker, start, end, c, False))
            continue
        speaker: ActorMention | None = None
        after_speaker = c.end
        if cue.kind == "quote":
            for a in actors:
                if a.start >= c.end and an.words.count_between(c.end, a.start) <= _MAX_SPEAKER_GAP:
                    if not preposition_before(an, a.start, a.prefix):
                        speaker, after_speaker = a, a.end
                        break
                if a.start >= c.end:
                    break
            if speaker is None:
                before = [a for a in actors if a.end <= c.start and a.kind != "nisba"
                          and not preposition_before(an, a.start, a.prefix) and a.start >= max(covered_until, s_start)]
                speaker = before[-1] if before else None
        if speaker is None and last_speaker is not None and sent - last_sentence <= 2:
            speaker = last_speaker
        span = _content(an, after_speaker, nxt, min(len(an.text), s_end + 2000))
        if span is None:
            continue
        start, end, direct = span
        quotes.append(QuoteDraft(speaker, start, end, c, direct))
        covered_until = end
        if speaker is not None:
            last_speaker, last_sentence = speaker, an.sentence_of(end - 1)
    return quotes
