"""Threats told as conditions: "ستقصف الحركة المدينة إذا …", "حذرت من أنها ستطرد السفير".

PLOVER codes a conditional promise of harm as THREATEN (CAMEO 13x). Arabic news tells most threats
without the verb هدد: an actor's future act of force, coercion or sanction is made conditional on
another's (إذا، لو، في حال، ما لم), or is the content of a warning (حذر … من أن). The future act
itself stays hypothetical (it has not happened); the threat is the event the sentence reports,
with the same participants.
"""
from __future__ import annotations

import dataclasses
import itertools
from typing import TYPE_CHECKING

from ..lexicon import morphology as morph
from ..lexicon.compiled import Match
from ..lexicon.entries import Trigger
from .actors import ARMED_SECTORS
from .analysis import COMPLEMENTISER_PRONOUNS, ActorMention, Analysis

if TYPE_CHECKING:  # events imports this module
    from .events import EventDraft

# the future act's type (and mode) → the threat's mode and CAMEO code
_THREAT_OF: dict[tuple[str, str | None], tuple[str, str]] = {
    ("COERCE", "arrest"): ("arrest", "137"),
    ("COERCE", "deport"): ("expel", "132"),
}
_THREAT_BY_TYPE: dict[str, tuple[str, str]] = {
    "ASSAULT": ("violence", "138"),
    "MOBILIZE": ("violence", "138"),
    "COERCE": ("restrict", "132"),
    "SANCTION": ("restrict", "1312"),
}
_CONDITION_WORDS = frozenset("اذا لو".split())  # "في حال" and "ما لم" are told by their two words
_WARNING_STEMS = ("حذر", "يحذر", "تحذر", "نحذر", "تحذير", "محذرا", "محذره")
_HEDGES = ("future:", "hypothetical:قد", "hypothetical:سوف")


def _threat_entry(plover: str, mode: str | None) -> Trigger:
    threat_mode, cameo = _THREAT_OF.get((plover, mode)) or _THREAT_BY_TYPE[plover]
    return Trigger("THREATEN", threat_mode, cameo, ("military",) if threat_mode == "violence" else (), "verb",
                   ("direct",), "", "conditional threat (a future act made conditional, or warned of)", True)


def _made_conditional(an: Analysis, start: int, end: int) -> bool:
    """A condition word in the sentence span [start, end): "إذا"، "لو"، "في حال"، "ما لم"."""
    words = an.words_between(start, end)
    return any(morph.strip_clitics(w) in _CONDITION_WORDS or w in _CONDITION_WORDS
               or (k > 0 and (words[k - 1], w) in (("ما", "لم"), ("في", "حال")))
               for k, w in enumerate(words))


def _warned_of(an: Analysis, s_start: int, pos: int) -> bool:
    """A warning verb before ``pos`` in its sentence, with "من أن" or "من أنه/أنها" between."""
    words = an.words_between(s_start, pos)
    for k, w in enumerate(words):
        if morph.strip_clitics(w).startswith(_WARNING_STEMS):
            rest = words[k + 1:]
            return any(a == "من" and b.startswith("ان") and len(b) <= 5 for a, b in itertools.pairwise(rest))
    return False


def _warner_and_warned(an: Analysis, s_start: int, pos: int) -> tuple[ActorMention, ActorMention | None] | None:
    """In "حذرت واشنطن بغداد من أنها قد تغلق سفارتها" the act warned of is the warner's own (أنها
    after من): its author is the warning verb's subject and its target who was warned. Returns
    (warner, warned) when the act right after "من أنه/أنها" (with قد or the future between) follows
    a warning verb whose subject is named; None otherwise."""
    spans = an.word_spans_after(s_start, an.count_words(s_start, pos) + 1)
    words = [an.text[a:b] for a, b in spans if b <= pos]
    verb = next((k for k, w in enumerate(words) if morph.strip_clitics(w).startswith(_WARNING_STEMS)), None)
    if verb is None:
        return None
    pron = next((k for k in range(verb + 1, len(words)) if words[k] in COMPLEMENTISER_PRONOUNS and words[k - 1] == "من"), None)
    if pron is None or len(words) - pron > 3:  # "من أنها قد تغلق": the act within two words
        return None
    verb_start, min_start = spans[verb][0], spans[pron - 1][0]
    actors = [a for a in an.actors if s_start <= a.start < min_start and a.kind != "nisba"]
    before = [a for a in actors if a.start < verb_start]
    after = [a for a in actors if a.start > verb_start]
    if after and not after[0].prefix[:1] in ("ب", "ل", "ك"):
        subject = after[0]
        warned = next((a for a in after[1:] if not a.prefix[:1] in ("ب", "ل", "ك")), None)
        if before and an.count_words(before[-1].end, verb_start) == 0:  # "واشنطن حذرت بغداد"
            subject, warned = before[-1], after[0]
        return subject, warned
    if before and an.count_words(before[-1].end, verb_start) == 0:
        return before[-1], None
    return None


def warned_an_actor(an: Analysis, t: Match, actors: list[ActorMention]) -> bool:
    """"حذرت روسيا إسرائيل من مواصلة الغارات", "واشنطن تحذر طهران من": a warning addressed to a named
    party (a state, an organisation, a person, forces or officials; not citizens or residents told to
    keep safe), with what it is warned of after من, is a threat to that party, whatever the
    consequence it names. "حذر من عواقب" needs no addressee; "حذر الوزير من الغش" (no one warned) is no threat."""
    if not morph.strip_clitics(an.text[t.word_start:t.word_end]).startswith(_WARNING_STEMS):
        return False
    s_start, s_end = an.sentences[an.sentence_of(t.start)]
    after = [a for a in actors if t.end <= a.start < s_end and a.kind != "nisba" and not a.implied
             and not a.prefix[:1] in ("ب", "ل", "ك", "و")]
    subject_before = any(a.end <= t.word_start and a.start >= s_start and not an.count_words(a.end, t.word_start)
                         for a in actors)
    # the warned party: the first actor after the verb when its subject stood before it, else the second
    candidates = after[:1] if subject_before else after[1:2]
    if not subject_before and after and an.count_words(t.end, after[0].start):
        return False  # "حذر في بيان …": the subject does not follow the verb
    for warned in candidates:
        if warned.sector in _WARNED_CIVILIANS or an.clause_break_in(t.end, warned.start) \
                or "(" in an.text[t.end:warned.start]:
            continue  # "حذر مسؤول في وزارة الدفاع (البنتاغون) من": the subject's own name in brackets
        if an.words_after(warned.end, 1) == ["من"]:
            return True
    return False


# who is warned to keep safe, not threatened ("حذرت الوزارة المواطنين من السباحة")
_WARNED_CIVILIANS = frozenset(("CVL", "REF", "EDU", "BUS", "LAB"))


def conditional_threats(an: Analysis, drafts: list[EventDraft]) -> list[EventDraft]:
    """A THREATEN draft for each future (or قد-hedged) act of force, coercion or sanction that its
    sentence makes conditional or tells as a warning; the act keeps its own hypothetical draft."""
    found = []
    for d in drafts:
        if d.entry.plover not in _THREAT_BY_TYPE or d.negated or d.background \
                or d.entry.mode == "convict":  # "قد يحكم عليه بالسجن إذا …": a possible sentence, no threat
            continue
        if not (d.hypothetical and any(m.startswith(_HEDGES) for m in d.modality)):
            before = an.words_before(d.trigger.word_start, 3)
            if len(before) < 3 or before[0] != "من" or before[1] not in COMPLEMENTISER_PRONOUNS or before[2] != "قد":
                continue
            # "حذرت من أنها قد تغلق سفارتها": قد before a ت-verb is as often a perfect (قد تعرضت),
            # but the warner's own act after "من أنها قد" is one it may do
            d.hypothetical = True
            d.modality = d.modality + ["hypothetical:قد"]
        s_start, s_end = an.sentences[d.sentence]
        if not (_made_conditional(an, s_start, s_end) or _warned_of(an, s_start, d.trigger.start)):
            continue
        parties = _warner_and_warned(an, s_start, d.trigger.start)
        if parties is not None:  # the warner's own act: it is the author, the warned its target
            d.source, d.target = parties[0], parties[1] or d.target
        found.append(dataclasses.replace(d, entry=_threat_entry(d.entry.plover, d.entry.mode), hypothetical=False,
                                         modality=["conditional"] + [m for m in d.modality
                                                                     if not m.startswith(_HEDGES)]))
    return found


def warnings_told_as_threats(an: Analysis, drafts: list[EventDraft], threats: list[EventDraft]) -> list[EventDraft]:
    """The drafts without the warning verb of a warning that a conditional threat already tells:
    "حذرت واشنطن بغداد من أنها قد تغلق سفارتها" is one threat, the closure it warns of (1312), not
    that and a warning (130) besides."""
    told = {(th.sentence, th.source.start if th.source is not None else -1) for th in threats}
    return [d for d in drafts
            if not (d.entry.plover == "THREATEN" and d.entry.cameo == "130"
                    and (d.sentence, d.source.start if d.source is not None else -1) in told
                    and morph.strip_clitics(an.text[d.trigger.word_start:d.trigger.word_end]).startswith(_WARNING_STEMS))]


_WARNING_NOUNS = ("تحذير", "تحذيرا", "تحذيرات")


def without_safety_advice(an: Analysis, drafts: list[EventDraft]) -> list[EventDraft]:
    """The drafts without warnings given to civilians by someone unarmed: "وجهت وزارة الصحة تحذيرا
    للمواطنين" is advice to keep safe. An army's warning to residents ("حذر الجيش السكان من البقاء")
    is still a threat."""
    def advice(d: EventDraft) -> bool:
        if d.entry.plover != "THREATEN" or d.target is None or d.target.sector not in _WARNED_CIVILIANS:
            return False
        if d.source is not None and d.source.sector in ARMED_SECTORS:
            return False
        # the warning verb, or a warning noun it issues before the warned ("وجهت الوزارة تحذيرا للمواطنين")
        words = an.text[d.trigger.word_start:d.trigger.end].split() + an.words_between(d.trigger.end, d.target.start)
        return any(morph.strip_clitics(w).startswith(_WARNING_STEMS) or w in _WARNING_NOUNS for w in words)
    return [d for d in drafts if not advice(d)]


_DEED_REACH = 6  # words from the threat verb to the ب of the deed it threatens (its subject between)
_PARTY_REACH = 5  # words from the deed, or from the condition word, to the party it names
_PARTY_PREPOSITIONS = frozenset("عن علي ضد مع من الي".split())


def threatened_parties(an: Analysis, drafts: list[EventDraft]) -> None:
    """A threat verb that names no target threatens the party its deed is aimed at ("هدد النواب بحجب
    الثقة عن الحكومة", "هددت الجماعة باستهداف السفن المرتبطة بإسرائيل"), or else the party whose act the
    condition waits for ("لوح الاتحاد بالإضراب ما لم تتراجع الحكومة")."""
    for d in drafts:
        if d.entry.plover != "THREATEN" or not d.entry.verbal or d.target is not None or d.negated:
            continue
        s_start, s_end = an.sentences[d.sentence]
        spans = [(a, b) for a, b in an.word_spans_after(d.trigger.word_end, _DEED_REACH + _PARTY_REACH + 3)
                 if b <= s_end]
        words = [an.text[a:b] for a, b in spans]
        deed = next((k for k, w in enumerate(words[:_DEED_REACH]) if w.startswith("ب") and len(w) > 3), None)
        condition = next((k for k, w in enumerate(words) if morph.strip_clitics(w) in _CONDITION_WORDS
                          or (k > 0 and (words[k - 1], w) in (("ما", "لم"), ("في", "حال")))), None)
        for anchor in (deed, condition):
            if anchor is None:
                continue
            party = _party_after(an, d, spans, anchor)
            if party is not None:
                d.target = party
                break


def _party_after(an: Analysis, d: EventDraft, spans: list[tuple[int, int]], anchor: int) -> ActorMention | None:
    """The first actor within reach after word ``anchor`` of ``spans``, in the same clause, that is
    not the threatener: bare, or after a preposition that marks whom a deed is aimed at."""
    lo = spans[anchor][1]
    hi = spans[min(anchor + _PARTY_REACH, len(spans) - 1)][1]
    for a in an.actors:
        if not lo <= a.start < hi or a.kind == "nisba" or a.implied:
            continue
        if an.clause_break_in(lo, a.start) or (d.source is not None and a.start == d.source.start):
            return None
        before = an.word_before(an.word_start_at(a.start))
        if a.prefix[:1] in ("ب", "ل") or not a.prefix or before in _PARTY_PREPOSITIONS or an.count_words(lo, a.start) <= 2:
            return a
    return None
