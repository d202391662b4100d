"""Events: triggers with their source and target actors, flags, date and place.

Arabic clauses are verb-subject-object ("التقى دبلوماسي أمريكي مع نظيره الإيراني") or, often in
news, subject-verb-object ("الولايات المتحدة تدعو…"); relative clauses and "إنه/إنها" carry the
subject as a pronoun ("داعش والتي يقال إنها هزمت الجيش العراقي"). Roles are assigned with these
rules, within the trigger's clause first:

- verb: an actor earlier in the clause that no preposition governs is the subject (SVO); after a
  relative or subject pronoun the subject is the antecedent before it; otherwise the first
  ungoverned actor after the verb (VSO). The target is the actor governed by one of the entry's
  object prepositions, or for ``direct`` entries the next ungoverned actor.
- verbal noun: a genitive actor right after the noun is its subject ("زيارة أوباما") unless the
  entry is ``direct`` (its object: "اغتيال الرئيس"); else the ungoverned actor before it in the
  clause ("شن مسلحون هجوما"). "من قبل X" marks the source in both.

Flags: ``negated`` from a negation cue right before the trigger (لم لن لا ما ليس عدم دون) or a
denial verb (نفى) earlier in the clause; ``hypothetical`` from the future prefix سـ on the trigger,
future/modal/intent/readiness cues just before it, or conditional and fear cues earlier in the
sentence.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..lexicon import morphology as morph
from ..lexicon.compiled import Match
from ..lexicon.entries import Cue, Trigger
from .actors import preposition_before
from .analysis import SUBJECT_PRONOUN_WORDS, ActorMention, Analysis, PlaceMention
from .dates import DateMention

_CLAUSE_PUNCT_RE = re.compile(r"[،,؛;:()\[\]\n]|\s[-–]\s")
_CLAUSE_WORDS = frozenset(
    "حيث بينما لكن ولكن لكنه لكنها فيما كما وكما الا ان اما بعدما عندما حين حينما بسبب اذ".split()
)
_FUTURE_WORDS = frozenset("سيتم ستتم سيجري ستجري سيكون ستكون سوف".split())
_MAX_GAP_WORDS = 6


@dataclass(slots=True)
class EventDraft:
    trigger: Match
    entry: Trigger
    sentence: int
    source: ActorMention | None
    target: ActorMention | None
    negated: bool
    hypothetical: bool
    modality: list[str] = field(default_factory=list)
    date: DateMention | None = None
    place: PlaceMention | None = None
    background: bool = False  # a cause, time frame or topic, not an event reported in this sentence
    historical: bool = False  # dated by the text well before publication


def _clause_bounds(an: Analysis, s_start: int, s_end: int, pos: int, end: int) -> tuple[int, int]:
    text = an.text
    left = s_start
    for m in _CLAUSE_PUNCT_RE.finditer(text, s_start, pos):
        left = m.end()
    right = s_end
    m = _CLAUSE_PUNCT_RE.search(text, end, s_end)
    if m:
        right = m.start()
    for w in an.words_between(end, right):
        if w in _CLAUSE_WORDS:
            idx = text.find(" " + w, end, right)
            if idx >= 0:
                right = idx
                break
    return left, right


def _governed(an: Analysis, a: ActorMention) -> str:
    return preposition_before(an, a.start, a.prefix)


def _is_participant(a: ActorMention) -> bool:
    return a.kind != "nisba" or a.plural_nisba


def assign_roles(an: Analysis, t: Match, entry: Trigger, actors: list[ActorMention],
                 clause: tuple[int, int]) -> tuple[ActorMention | None, ActorMention | None]:
    c_start, c_end = clause
    before = [a for a in actors if a.end <= t.start and a.start >= c_start]
    after = [a for a in actors if a.start >= t.end and a.start < c_end]
    after_sentence = [a for a in actors if a.start >= t.end]
    preps = set(entry.object_preps)
    direct = "direct" in preps or not preps
    source: ActorMention | None = None
    target: ActorMention | None = None

    # "اشتباكات بين X و Y": the pair is source and target.
    between = _between_pair(an, t, after)
    if between:
        return between

    # "عدوان إسرائيلي", "الغارات التركية": a nationality adjective on an event noun is its source.
    if not entry.verbal and after and after[0].kind == "nisba" and not after[0].plural_nisba \
            and an.count_words(t.end, after[0].start) <= 1:
        source = after[0]
        after = after[1:]

    # "من قبل X", "على يد X", "برصاص X", "بنيران X" mark the agent explicitly.
    explicit = False
    for a in after:
        if _explicit_agent_marker(an, a):
            source, explicit = a, True
            break

    ungoverned_before = [a for a in before if not _governed(an, a) and _is_participant(a)]
    prev_word = an.word_before(t.start)
    verbal = entry.verbal or any(h.entry.verbal for h in t.hits if h.kind == "trigger")
    comma_initial = (not an.text[c_start:t.start].strip() and c_start > 0
                     and an.text[:c_start].rstrip().endswith(("،", ",")))
    if source is None and verbal and comma_initial and not ungoverned_before:
        source = _main_subject(an, t, actors, clause)
    if source is None and verbal:
        if ungoverned_before:
            source = ungoverned_before[-1]
        elif prev_word in SUBJECT_PRONOUN_WORDS or prev_word.startswith(("ان", "لان", "بان")) and len(prev_word) <= 5:
            antecedents = [a for a in actors if a.end <= t.start and not _governed(an, a) and _is_participant(a)]
            source = antecedents[-1] if antecedents else None
            if source is None:
                source = next((a for a in reversed(actors) if a.end <= t.start and _is_participant(a)), None)
        else:
            for a in after:
                if an.count_words(t.end, a.start) > _MAX_GAP_WORDS:
                    break
                if not _governed(an, a) and _is_participant(a):
                    source = a
                    break
    elif source is None and (carrier := next((a for a in after_sentence if _carried_out_by(an, a)), None)):
        source = carrier  # "في هجوم شنه متمردون"
    elif source is None:
        first_after = after[0] if after else None
        if (first_after and an.count_words(t.end, first_after.start) == 0
                and not _governed(an, first_after) and not direct):
            source = first_after
        elif ungoverned_before and an.count_words(ungoverned_before[-1].end, t.start) <= 4:
            source = ungoverned_before[-1]  # "شن مسلحون هجوما": subject of a light verb just before

    if verbal and entry.passive_source and not explicit and source is not None and source.start > t.end:
        others = [a for a in after_sentence if a is not source and _is_participant(a)]
        counted = _counted(an, source)
        if entry.passive_source == "subject" or not [a for a in others if not _governed(an, a)] or counted:
            # "قتل ثلاثة جنود": no agent before and a single (or counted) actor after: passive reading.
            # The agent, if any, is marked ("على يد", "برصاص") or is the one who "carried out" the attack
            agent = _explicit_agent(an, t, after_sentence) or (
                next((a for a in others if _carried_out_by(an, a)), None) if counted else None)
            if agent is None and entry.passive_source == "subject":  # "تلقى X اتصالا من Y": Y is the source
                agent = next((a for a in others if _governed(an, a) == "من"), None)
            return agent, source

    if source is None:
        source = _main_subject(an, t, actors, clause)

    # the clause first; when the clause holds only the subject (an apposition or comma follows),
    # the next actors of the sentence
    candidates = [a for a in after if a is not source] or [a for a in after_sentence[:3] if a is not source]
    for a in candidates:
        prep = _governed(an, a)
        if prep and prep in preps:
            target = a
            break
    if target is None and direct:
        for a in candidates:
            if not _governed(an, a) and (source is None or a.start > source.start or source.start < t.start):
                target = a
                break
    if target is None and not verbal and "direct" in preps:
        # "اغتيال الرئيس", "مقتل عشرة أشخاص": the genitive right after the noun (a count may intervene)
        target = next((a for a in candidates if an.count_words(t.end, a.start) == 0
                       or (_counted(an, a) and an.count_words(t.end, a.start) <= 2)), None)
    if target is None and preps - {"direct"}:
        target = _owner_of_object(an, t, candidates, preps)
    if source is not None and target is not None and (
            (source.entity_key and source.entity_key == target.entity_key) or source is target):
        target = None
    return source, target


_SEGMENT_WORDS = frozenset("لكن ولكن بينما فيما حيث كما وكما اما".split())


def _owner_of_object(an: Analysis, t: Match, candidates: list[ActorMention], preps: set[str]
                     ) -> ActorMention | None:
    """"غارات على مواقع لحركة حماس", "هجوم على نقطة تفتيش للجيش": the target preposition governs a
    thing, and the thing's owner (after ل or تابعة ل) is the target."""
    for a in candidates:
        if an.count_words(t.end, a.start) > 8:
            break
        if _governed(an, a) not in ("ل", "لدي") and not an.word_before(a.start).startswith("تابع"):
            continue
        between = an.words_between(t.end, a.start)
        if any(w in preps for w in between):
            return a
    return None


def _between_pair(an: Analysis, t: Match, after: list[ActorMention]
                  ) -> tuple[ActorMention, ActorMention] | None:
    """"اشتباكات بين قوات X ومقاتلي Y", "محادثات بين X و Y"."""
    if len(after) < 2 or an.word_before(after[0].start) != "بين" or an.count_words(t.end, after[0].start) > 3:
        return None
    first, second = after[0], after[1]
    gap = an.text[first.end:second.start].strip()
    if (gap.startswith("و") or (not gap and second.prefix.startswith("و"))) and len(gap.split()) <= 2 and _is_participant(first) and _is_participant(second):
        return first, second
    return None


def _main_subject(an: Analysis, t: Match, actors: list[ActorMention], clause: tuple[int, int]
                  ) -> ActorMention | None:
    """Fallback subject: the first ungoverned actor of the sentence segment holding the trigger.

    Covers a subject separated from its verb by an apposition ("الجنرال X، رئيس …، سافر") and
    a subordinate clause whose subject is the main clause's ("أبلغ أوباما الكونغرس أنه سيتم إرسال").
    """
    seg_start = actors[0].start if actors else t.start
    for w in _SEGMENT_WORDS:
        idx = an.text.rfind(" " + w + " ", seg_start, t.start)
        if idx > seg_start:
            seg_start = idx
    for a in actors:
        if a.start >= t.start:
            break
        if a.start >= seg_start and _is_participant(a) and not _governed(an, a):
            return a
    return None


_AGENT_MARKERS = ("من قبل", "علي يد", "علي ايدي", "برصاص", "بنيران", "بقصف", "بغارة", "بغارات", "بهجوم")


_QUOTE_PAIRS = {"«": "»", "“": "”", '"': '"'}


def _quote_regions(text: str, s_start: int, s_end: int) -> list[tuple[int, int]]:
    """Quoted stretches ("…", «…») of a sentence long enough to be speech, not a quoted name."""
    regions = []
    i = s_start
    while True:
        m = _OPEN_QUOTE_RE.search(text, i, s_end)
        if not m:
            return regions
        close = text.find(_QUOTE_PAIRS[m.group(0)], m.end(), s_end + 1)
        if close < 0:
            return regions
        if text.count(" ", m.end(), close) >= 3:
            regions.append((m.end(), close))
        i = close + 1


_OPEN_QUOTE_RE = re.compile('[«“"]')


_NUMBER_WORDS = frozenset(
    """ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره اثنين اثنان عشرات مئات الاف آلاف الالاف عشرين ثلاثين
    اربعين خمسين ستين سبعين ثمانين تسعين مائه مئه الف عدد""".split())


def _counted(an: Analysis, a: ActorMention) -> bool:
    """"خمسة جنود", "30 شخصا": an actor introduced by a number is counted, i.e. a set of victims."""
    w = an.word_before(a.start)
    return w.isdigit() or w in _NUMBER_WORDS


def _carried_out_by(an: Analysis, a: ActorMention) -> bool:
    """"في هجوم شنه مسلحون", "نفذه عناصر": the actor after a carry-out verb with an object pronoun."""
    w = an.word_before(a.start)
    return w.startswith(("شن", "نفذ", "تبنا", "تبني")) and w.endswith(("ه", "ها"))


def _explicit_agent_marker(an: Analysis, a: ActorMention) -> bool:
    before = an.text[max(0, a.start - len(a.prefix) - 12):a.start - len(a.prefix)].rstrip()
    return before.endswith(_AGENT_MARKERS)


def _explicit_agent(an: Analysis, t: Match, after: list[ActorMention]) -> ActorMention | None:
    """The agent of a passive clause, when stated: "على يد X", "من قبل X", "برصاص X"."""
    return next((a for a in after if _explicit_agent_marker(an, a)), None)


def _present_tense(an: Analysis, t: Match) -> bool:
    """Imperfect verbs start with ي or ن after their clitics (ت and ا are ambiguous with perfect
    forms such as تظاهر and اعتقل, so those count as present only for nouns' absence)."""
    if not any(h.kind == "trigger" and h.entry.verbal for h in t.hits):
        return False
    return an.text[t.start:t.start + 1] in ("ي", "ن")


_PURPOSE_WORDS = frozenset("بهدف لهدف اجل سعيا بغيه رغبه تمهيدا".split())


def _is_purpose(an: Analysis, t: Match) -> bool:
    """A verbal noun of purpose: with the purpose lam ("لدعم", "للقاء"), after بهدف / من أجل /
    سعيًا إلى, or an accusative of purpose followed by ل ("دعمًا لـ")."""
    accusative = t.suffix == "ا" or (not t.suffix and an.text[t.end - 1] == "ا")
    if accusative and an.text[t.word_end:t.word_end + 3].lstrip()[:1] == "ل":
        return True  # "دعمًا لـ" (also read as the dual verb دعما, which is rare before ل)
    if any(h.entry.verbal for h in t.hits if h.kind == "trigger"):
        return False
    if t.prefix in ("ل", "لل", "ول", "ولل", "فل", "فلل"):
        return True
    before = an.words_between(max(0, t.start - 24), t.word_start)[-2:]
    return any(w in _PURPOSE_WORDS or w[1:] in _PURPOSE_WORDS for w in before)


def _flags(an: Analysis, t: Match, cues: list[Match], clause: tuple[int, int], s_start: int
           ) -> tuple[bool, bool, list[str]]:
    negated = hypothetical = False
    modality: list[str] = []
    if "س" in t.prefix and any(h.kind == "trigger" and h.verbal for h in t.hits):
        hypothetical = True
        modality.append("future:سـ")
    if _is_purpose(an, t):  # "لدعم", "للقاء", "بهدف التعاون", "دعما لـ": intended, not (yet) done
        hypothetical = True
        modality.append("purpose")
    for w in an.words_between(max(s_start, t.start - 24), t.start)[-2:]:
        if w in _FUTURE_WORDS or (w.startswith(("وس", "س")) and w[1:] in _FUTURE_WORDS):
            hypothetical = True
            modality.append(f"future:{w}")
    for c in cues:
        if c.end > t.start or c.start < s_start:
            continue
        cue: Cue = c.hits[0].entry  # type: ignore[assignment]
        words_between = an.count_words(c.end, t.start)
        word = an.text[c.start:c.end]
        if cue.kind == "negation":
            if cue.verbal:
                near = c.start >= clause[0] or words_between <= 8
            elif word in ("لم", "لن"):  # verbal negators scope over their clause: "لم تعقد الحكومة أي اجتماع"
                near = c.start >= clause[0] and words_between <= 5
            else:
                near = words_between <= 2
            if near:
                negated = True
                modality.append(f"negation:{word}")
        elif cue.kind == "hypothetical" and word == "قد" and not _present_tense(an, t):
            continue  # "قد أطلقت": قد before a past verb asserts, it does not hedge
        elif cue.kind == "hypothetical":
            if words_between <= 3 or (cue.pos in ("phrase", "noun") and words_between <= 10) or c.start >= clause[0]:
                hypothetical = True
                modality.append(f"hypothetical:{word}")
            if "س" in c.prefix and cue.verbal:
                hypothetical = True
    return negated, hypothetical, modality


def _pick_date(dates: list[DateMention], t: Match, clause: tuple[int, int]) -> DateMention | None:
    if not dates:
        return None
    in_clause = [d for d in dates if clause[0] <= d.start < clause[1]]
    pool = in_clause or dates
    return min(pool, key=lambda d: abs(d.start - t.start))


_LOCATIVE = frozenset({"في", "ب", "قرب", "داخل", "عند", "بالقرب", "امام", "خارج"})


def _pick_place(an: Analysis, places: list[PlaceMention], t: Match, entry: Trigger,
                exclude: tuple[ActorMention | None, ...]) -> PlaceMention | None:
    """The place the event happened in: the nearest place governed by a locative preposition
    ("في فيينا"; for visits also "إلى بغداد"), never a capital that is an argument of the event."""
    taken = {(a.start, a.end) for a in exclude if a}
    allowed = _LOCATIVE | ({"الي", "لي"} if entry.mode == "visit" else set())
    best = None
    best_key = None
    for p in places:
        if any(s <= p.start < e for s, e in taken):
            continue
        prep = preposition_before(an, p.start, p.prefix)
        if prep not in allowed and an.word_before(p.start) not in ("مدينه", "بلده", "قريه", "محافظه", "منطقه"):
            continue
        key = abs(p.start - t.start)
        if best_key is None or key < best_key:
            best, best_key = p, key
    return best


_WORD_WINDOW = 6


def _following_words(an: Analysis, t: Match) -> frozenset[str]:
    """The words a `requires` list is checked against: the next six after the trigger and the two
    before it (a subject before its verb: "مليون متظاهر خرجوا"), as written and without clitics."""
    words = (an.words_between(t.end, min(len(an.text), t.end + 80))[:_WORD_WINDOW]
             + an.words_between(max(0, t.word_start - 30), t.word_start)[-2:])
    return frozenset(words) | frozenset(morph.strip_clitics(w) for w in words)


def _requirement_met(an: Analysis, t: Match, entry: Trigger, actors: list[ActorMention], c_end: int,
                     following: frozenset[str]) -> bool:
    if entry.requires_words and entry.requires_words.isdisjoint(following):
        return False
    if not entry.requires:
        return True
    for a in actors:
        if a.start >= t.end and a.start < c_end + 40 and an.count_words(t.end, a.start) <= 8:
            if a.sector in entry.requires:
                return True
    return False


_BACKGROUND_WORDS = frozenset(
    """اثر عقب بعد منذ جراء بسبب خلفيه ردا اعقاب لمقتل اثناء بتهمه تهمه متهم المتهم المتهمين متهمين
    قضيه جريمه محاكمه ذكري عند عندما تعليقا حول بشان""".split())
_DIGIT_RE = re.compile(r"\d")


_RELATIVE_PRONOUNS = frozenset("الذي التي الذين اللذين اللتين اللواتي اللاتي".split())


def _in_relative_clause(an: Analysis, t: Match, verbal: bool) -> bool:
    """"الزرقاوي الذي قتل العام الماضي": a verb in a relative clause describes a participant's past
    (background), it does not report the sentence's event."""
    if not verbal:
        return False
    before = an.words_between(max(0, t.start - 30), t.word_start)[-2:]
    return bool(before) and (before[-1] in _RELATIVE_PRONOUNS or
                             (len(before) == 2 and before[0] in _RELATIVE_PRONOUNS and before[1] in ("قد", "لقد", "كان")))


def _is_background(an: Analysis, t: Match, clause: tuple[int, int]) -> bool:
    """Mentioned as cause or time frame of another event ("إثر مقتل جنديين", "بعد أن خطف
    متشددون…", "منذ هجمات 11 أيلول"), not reported in its own right."""
    before = an.words_between(max(clause[0], t.start - 40), t.word_start)[-3:]
    return any(w in _BACKGROUND_WORDS or (len(w) > 3 and w[0] in "وف" and w[1:] in _BACKGROUND_WORDS)
               for w in before)


_OCCURRENCE_STEMS_REPORTING = ("اعلن", "افاد", "ذكر", "اكد", "نفذ", "اجري", "اجرت", "اجرو", "بدا", "بدات", "اقيم",
                               "شارك", "بدء")
_OCCURRENCE_STEMS = ("خرج", "تجدد", "اندلع", "انطلق", "تصاعد", "شهد", "نظم", "انفجر", "عم", "ارتفع", "وقع",
                     "جري", "جرت", "استمر", "تواصل", "نفذ", "شن", "شنت", "شنوا", "اسفر", "ادي", "اودي", "قاد",
                     "اقام", "تعرض", "تعرضت", "سقط", "لقي", "قتل", "اصيب", "جرح") + _OCCURRENCE_STEMS_REPORTING


_OCCURRENCE_RE = re.compile(
    "^[وف]?[تين]?(?:" + "|".join(sorted(_OCCURRENCE_STEMS, key=len, reverse=True)) + ")\\w{0,3}$")


def _occurrence_verb_before(an: Analysis, t: Match) -> bool:
    """"خرجت مظاهرة", "شنت الطائرات غارات", "تعرض لهجوم": a verb of occurrence right before a
    verbal noun reports it as happening (rather than naming it as a topic)."""
    return any(_OCCURRENCE_RE.match(w) for w in an.words_between(max(0, t.start - 40), t.word_start)[-3:])


_NUMBER = r"(?:\d+|عشرات|مئات|الاف|آلاف|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|اثنين|اثنان)"
_CASUALTY_RE = re.compile(
    _NUMBER + r"\s+(?:من\s+)?(?:قتيلا|قتلي|شخصا|اشخاص|جريحا|جرحي|مدنيا|مدنيين|جنديا|جنود|شرطيا|عنصرا|اخرين|"
    r"متظاهرا|طفلا|اطفال)|(?:مقتل|اصابه|جرح|قتل|اختطاف|خطف)\s+(?:نحو\s+|حوالي\s+)?" + _NUMBER)


def _anchored(an: Analysis, t: Match, clause: tuple[int, int], date: DateMention | None,
              place: PlaceMention | None) -> bool:
    """A verbal noun reports an event (rather than naming a topic) when its clause dates it to a
    day or week ("انفجار في بغداد أمس") or counts its victims ("مقتل 15 شخصا")."""
    if date is not None and date.precision in ("day", "week"):
        return True
    sentence = an.sentences[an.sentence_of(t.start)]
    return bool(_CASUALTY_RE.search(an.text, sentence[0], sentence[1]))


_DEMONSTRATIVES = frozenset("هذا هذه ذلك تلك هذان هاتان".split())


def _anaphoric(an: Analysis, t: Match) -> bool:
    """"الهجوم", "هذا الاعتداء": a definite verbal noun refers back to an event already reported
    (reactions, follow-ups), not a new one."""
    return t.prefix.endswith("ال") or t.prefix.endswith("لل") or an.word_before(t.start) in _DEMONSTRATIVES


def _is_historical(date: DateMention | None, pub: dt.date | None) -> bool:
    """PLOVER's "historical" auxiliary: the text dates the event well before publication."""
    if date is None or pub is None:
        return False
    if date.precision == "year":
        return date.day.year < pub.year
    return (pub - date.day).days > _HISTORICAL_DAYS


_HISTORICAL_DAYS = 31


_PROTESTER_STEMS = ("متظاهر", "محتج", "معتصم", "مضرب")
_RIOT = Trigger("PROTEST", "riot", "145", ("rights_freedoms",), "verb", ("ضد", "علي"), "", "violent protest", True)


def _is_protesters(an: Analysis, a: ActorMention) -> bool:
    word = morph.strip_clitics(an.text[a.start:a.end].split(" ")[0])
    return word.startswith(_PROTESTER_STEMS)


def _implied_protesters(an: Analysis, t: Match, place: PlaceMention | None) -> ActorMention:
    """"تظاهر الآلاف في بغداد": a protest with no named participant is by civilians (PLOVER's
    default), of the country where it happens. Marked ``implied``; it spans the trigger."""
    country = place.country if place else (an.dominant_countries[0] if an.dominant_countries else None)
    return ActorMention(start=t.start, end=t.end, kind="implied", name_en="protesters (implied)", country=country,
                        sector="CVL", country_inferred=True, implied=True)


_DEMAND_STEMS = ("مطالب", "تطالب", "يطالب", "طالب", "داعين", "مناشد")


def _addressee(an: Analysis, t: Match, actors: list[ActorMention], source: ActorMention | None
               ) -> ActorMention | None:
    """"مطالبين الحكومة التركية بالتدخل": whom the protesters address is what they protest against."""
    for a in actors:
        if a is source or a.start < t.end or a.kind == "nisba":
            continue
        w = morph.strip_clitics(an.word_before(a.start))
        if w.startswith(_DEMAND_STEMS):
            return a
    return None


def _implied_government(an: Analysis, t: Match, place: PlaceMention | None) -> ActorMention | None:
    """A protest with no named target is, by PLOVER's default, against the government where it
    happens. Marked ``implied``."""
    country = place.country if place else None
    if country is None:
        return None
    return ActorMention(start=t.start, end=t.end, kind="implied", name_en="government (implied)", country=country,
                        sector="GOV", country_inferred=True, implied=True)


def _implied_victims(t: Match, place: PlaceMention) -> ActorMention | None:
    """An attack with no named target hits the country where it happens ("انفجرت سيارة مفخخة في
    بغداد"): an implied target of the place's country, sector unknown."""
    if not place.country:
        return None
    return ActorMention(start=t.start, end=t.end, kind="implied", name_en="(implied by the place)",
                        country=place.country, sector=None, country_inferred=True, implied=True)


_COORDINATABLE = frozenset({"country", "capital", "org", "person"})


def _coordinated(an: Analysis, first: ActorMention | None, actors: list[ActorMention]) -> list:
    """``first`` and the named actors coordinated with it ("X وY وZ", "X، Y وZ")."""
    if first is None or first.kind not in _COORDINATABLE:
        return [first]
    chain = [first]
    for a in actors:
        if a.start < chain[-1].end or a.kind not in _COORDINATABLE:
            continue
        gap = an.text[chain[-1].end:a.start - len(a.prefix)].strip()
        if gap in ("", "،", ",") and (a.prefix.startswith("و") or gap in ("،", ",")):
            chain.append(a)
        else:
            break
    return chain


def find_events(an: Analysis) -> list[EventDraft]:
    drafts: list[EventDraft] = []
    body_end = an.meta.body_end
    by_sentence_actors: dict[int, list[ActorMention]] = {}
    for a in an.actors:
        by_sentence_actors.setdefault(an.sentence_of(a.start), []).append(a)
    by_sentence_cues: dict[int, list[Match]] = {}
    for c in an.cue_matches:
        by_sentence_cues.setdefault(an.sentence_of(c.start), []).append(c)
    by_sentence_dates: dict[int, list[DateMention]] = {}
    for d in an.dates:
        by_sentence_dates.setdefault(an.sentence_of(d.start), []).append(d)
    by_sentence_places: dict[int, list[PlaceMention]] = {}
    for p in an.places:
        by_sentence_places.setdefault(an.sentence_of(p.start), []).append(p)

    quote_regions: dict[int, list[tuple[int, int]]] = {}
    for t in an.trigger_matches:
        if t.start < an.code_from or t.end > body_end:
            continue
        sent = an.sentence_of(t.start)
        if sent < 0:
            continue
        # cheap test first: most matches of split-phrase verbs lack their object word and go
        following: frozenset[str] | None = None
        if all(h.entry.requires_words for h in t.hits):
            following = _following_words(an, t)
            if all(h.entry.requires_words.isdisjoint(following) for h in t.hits):
                continue
        s_start, s_end = an.sentences[sent]
        clause = _clause_bounds(an, s_start, s_end, t.start, t.end)
        actors = by_sentence_actors.get(sent, [])
        if sent not in quote_regions:
            quote_regions[sent] = _quote_regions(an.text, s_start, s_end)
        region = next((r for r in quote_regions[sent] if r[0] <= t.start < r[1]), None)
        if region:  # inside a direct quote the speaker is not a participant: use the quote's own actors
            actors = [a for a in actors if region[0] <= a.start < region[1]]
            clause = (max(clause[0], region[0]), min(clause[1], region[1]))
        # a sense whose required following word is present is more specific than a plain one
        ordered = sorted(t.hits, key=lambda h: not (h.kind == "trigger" and h.entry.requires_words))
        for hit in ordered:
            if hit.kind != "trigger":
                continue
            entry: Trigger = hit.entry  # type: ignore[assignment]
            if entry.requires_words and following is None:
                following = _following_words(an, t)
            if not _requirement_met(an, t, entry, actors, clause[1], following or frozenset()):
                continue
            source, target = assign_roles(an, t, entry, actors, clause)
            negated, hypothetical, modality = _flags(an, t, by_sentence_cues.get(sent, []), clause, s_start)
            date = _pick_date(by_sentence_dates.get(sent, []), t, clause)
            excluded = (source,) if entry.mode == "visit" else (source, target)  # a visit happens at its target
            place = _pick_place(an, by_sentence_places.get(sent, []), t, entry, excluded)
            verbal = any(h.kind == "trigger" and h.entry.verbal for h in t.hits)
            if not verbal and source is None and target is None and not _anchored(an, t, clause, date, place) \
                    and not (place is not None and clause[0] <= place.start < clause[1]):
                continue  # "القتل والاغتيال السياسي": a topic, not a reported event
            occurring = verbal or _occurrence_verb_before(an, t)
            background = _in_relative_clause(an, t, verbal) or _is_background(an, t, clause) or (
                not occurring and not _anchored(an, t, clause, date, place)) or (
                not occurring and _anaphoric(an, t) and not _CASUALTY_RE.search(an.text, clause[0], clause[1]))
            if entry.plover == "PROTEST" and not background:
                source = source or _implied_protesters(an, t, place)
                target = target or _addressee(an, t, actors, source) or _implied_government(an, t, place)
            if entry.plover == "ASSAULT" and target is None and not background and place is not None:
                target = _implied_victims(t, place)
            if entry.plover in ("ASSAULT", "COERCE") and source is not None and _is_protesters(an, source):
                entry = _RIOT  # protesters burning, clashing, storming: a violent protest (PLOVER riot)
            historical = _is_historical(date, an.pub_date)
            # "قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر": one event per coordinated actor
            for src in _coordinated(an, source, actors):
                for tgt in (_coordinated(an, target, actors) if src is source else [target]):
                    drafts.append(EventDraft(t, entry, sent, src, tgt, negated, hypothetical, modality, date, place,
                                             background, historical))
            break  # one event per trigger occurrence: the first listed sense wins
    return _drop_echoing_nouns(an, drafts)


def _drop_echoing_nouns(an: Analysis, drafts: list[EventDraft]) -> list[EventDraft]:
    """"شنت الطائرات غارات جوية", "قدمت السعودية منحة": a verb and its object noun of the same type
    are one event. The noun names it more precisely (mode "aerial"), so it is kept, and takes the
    verb's participants, date and place where it has none."""
    merged: set[int] = set()
    for v in drafts:
        if not (v.entry.verbal and v.entry.requires_words):  # only light verbs that need an object noun
            continue
        for d in drafts:
            if (d is v or d.entry.verbal or d.sentence != v.sentence or d.entry.plover != v.entry.plover
                    or d.trigger.start < v.trigger.end
                    or an.count_words(v.trigger.end, d.trigger.start) > 6):
                continue
            d.source = d.source or v.source
            d.target = d.target or v.target
            d.date = d.date or v.date
            d.place = d.place or v.place
            d.negated, d.hypothetical = d.negated or v.negated, d.hypothetical or v.hypothetical
            d.background = d.background and v.background
            merged.add(id(v))
            break
    return [d for d in drafts if id(d) not in merged]