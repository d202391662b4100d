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
from .actors import preposition_before, unlike_a_name
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
        if an.count_words(pos, m.start()) > _MAX_INTRO_WORDS:
            return None
        start = m.end()
    elif q >= 0:
        if an.count_words(pos, q) > _MAX_INTRO_WORDS:
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


_NOT_A_NAME = frozenset(
    """ان انه انها انهم في من الي علي عن مع ما لا لم لن قد كان كانت ايضا كذلك امس اليوم يوم خلال بعد قبل
    ذلك هذا هذه الذي التي بيان تصريح تصريحات مصدر مصادر""".split())


def _named_after_cue(an: Analysis, cue: Match, actors: list[ActorMention]) -> ActorMention | None:
    """"قال كمال شاه، ضابط في الشرطة، إن …": two or three unknown words right after a speech verb,
    closed by a comma, an apposition (an agent or title) or إن, are the speaker's name. The
    apposition, if any, gives the speaker's country and sector."""
    i, j = an.word_range(cue.end, min(len(an.text), cue.end + 60))
    actor_starts = {a.start for a in actors}
    spans: list[tuple[int, int]] = []
    for k in range(i, min(j, i + 4)):
        ws, we = an.word_starts[k], an.word_ends[k]
        w = an.text[ws:we]
        if (ws in actor_starts or w in _NOT_A_NAME or unlike_a_name(w) or w.isdigit() or len(w) < 2
                or w.startswith(("ال", "لل", "بال", "وال"))):
            break
        if spans and an.text[spans[-1][1]:ws].strip():  # punctuation between words ends the name
            break
        spans.append((ws, we))
    if not 2 <= len(spans) <= 3:
        return None
    start, end = spans[0][0], spans[-1][1]
    if any(a.start < end and start < a.end for a in actors):
        return None
    rest = an.text[end:end + 3].lstrip()
    apposition = next((a for a in actors if 0 <= a.start - end <= 3 and a.kind in ("agent", "title")), None)
    if not (rest.startswith(("،", ",", ":")) or apposition or an.words_between(end, end + 6)[:1] in (["ان"], ["انه"])):
        return None
    name_ar = an.orig_text(start, end)
    person = ActorMention(start=start, end=end, kind="context_person", name_en=name_ar,
                          country=apposition.country if apposition else None,
                          sector=apposition.sector if apposition else None,
                          entity_key=f"person:~{an.text[start:end]}", entity_kind="PERSON", name_ar=name_ar,
                          title_en=apposition.name_en if apposition else None, in_lexicon=False)
    an.actors.append(person)
    an.actors.sort(key=lambda a: a.start)
    return person


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
            speaker = next((a for a in actors if a.start >= c.end and an.count_words(c.end, a.start) <= 1), None)
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
            speaker = _named_after_cue(an, c, actors)
            if speaker is not None:
                after_speaker = speaker.end
        if cue.kind == "quote" and speaker is None:
            for a in actors:
                if a.start >= c.end and an.count_words(c.end, a.start) <= _MAX_SPEAKER_GAP:
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
