"""Events: for each trigger, its clause, roles, flags, date and place, as event drafts.

The stage orchestrates: ``roles`` assigns source and target, ``reporting`` sets the negated /
hypothetical / background / historical flags, ``implied`` adds the participants PLOVER implies.
A trigger whose lexicon entry requires an object word or sector only counts when one follows;
named actors coordinated with "و" give one event each; a light verb and its object noun of the
same type ("شنت غارات") are one event.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import morphology as morph
from ..lexicon.compiled import Hit, Match
from ..lexicon.entries import NOMINALISED, Trigger
from ..lexicon.morphology import strip_article
from ..text import numbers
from .actors import (ARMED_SECTORS, DIRECTION_WORDS, FORCE_SECTORS, is_dateline, is_singular, PROTESTING_PEOPLE_SECTORS,
                     preposition_before, supporters_before)
from .analysis import CLAUSE_BREAKS, CLAUSE_OPENERS, ActorMention, Analysis, PlaceMention, senses
from .dates import DateMention
from .executions import SENTENCE_WORDS, is_execution, judicial, judicial_execution
from .mishaps import bomb_mishap
from .implied import (
    ANSWERED_CALL,
    OBSTRUCTION,
    OFFICIAL_PROTEST,
    protester_word,
    PROTESTERS_PROTEST,
    RIOT,
    VERBAL_ATTACK,
    addressee,
    done_to,
    implied_attackers,
    implied_government,
    implied_host,
    implied_population,
    implied_protesters,
    implied_recipient,
    implied_victims,
    is_protesters,
    is_state,
    organiser,
    protesters_in_phrase,
    union_as_venue,
)
from .reporting import (
    CARRY_ON_RE,
    JOINED_RE,
    POSSESSIVE_SUFFIXES,
    PURPOSE_WORDS,
    RELATIVE_PRONOUNS,
    SUFFERED_RE,
    anaphoric,
    anchored,
    cause_of_casualties,
    counts_casualties,
    day_of,
    in_relative_clause,
    is_background,
    is_historical,
    is_history,
    modality_flags,
    occurrence_verb_after,
    occurrence_verb_before,
    pointed_back_to,
    present_tense,
)
from .roles import (FRAME_WORDS, QAMA_FORMS, SURVIVAL_VERBS, assign_roles, between_at, coordinated_chain, is_mutual,
                    is_participant)
from .refusals import refusals
from .threats import (conditional_threats, threatened_parties, warned_an_actor, warnings_told_as_threats,
                      without_safety_advice)

_CLAUSE_PUNCT_RE = re.compile(r"[،,؛;:()\[\]\n]|\s[-–]\s")
_CLAUSE_WORDS = frozenset(
    "حيث بينما لكن ولكن لكنه لكنها فيما كما وكما الا ان اما بعدما عندما حين حينما بسبب اذ الذي التي الذين".split()
)


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
    place_basis: str = "text"  # "dateline": no place in the sentence, the paragraph's dateline city


def _clause_bounds(an: Analysis, s_start: int, s_end: int, pos: int, end: int) -> tuple[int, int]:
    text = an.text
    left = s_start
    for m in _CLAUSE_PUNCT_RE.finditer(text, s_start, pos):
        left = m.end()
    for w in CLAUSE_OPENERS:  # "ألقى المتظاهرون الحجارة قبل أن يطلق الجنود الغاز": a new subject
        idx = text.rfind(" " + w + " ", left, pos)
        if idx >= 0 and idx + 1 > left:
            left = idx + 1
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


def _subject_before_quoted_verb(an: Analysis, t: Match, actors: list[ActorMention],
                                region: tuple[int, int]) -> ActorMention | None:
    """"قال إن فرنسا «تدين بشدة التفجير»": a quote that opens with the event verb
    quotes the predicate of the actor right before it, which is the verb's subject."""
    if not t.verb_form() or an.count_words(region[0], t.word_start):
        return None
    return next((a for a in actors if a.end <= region[0] and not an.text[a.end:region[0] - 1].strip()), None)


_SLOGAN_RE = re.compile(r"[وف]?(?:ب|ل)?(?:ال)?(?:هتاف|شعار|لافت|يافط|مردد|يرددون|رددو|هاتف|يهتف|هتفو)")


def _in_slogan(an: Analysis, a: ActorMention, t: Match) -> bool:
    """An actor inside a quoted chant or banner ("هتافات «تركيا علمانية وستبقى»") that the trigger is
    outside of: what was chanted, not who acted."""
    text = an.text
    open_at = max(text.rfind(q, max(0, a.start - 60), a.start) for q in "«“\"")
    if open_at < 0 or any(c in text[open_at + 1:a.start] for c in "»”"):
        return False
    close = min((i for i in (text.find(c, a.end, a.end + 80) for c in "»”\"") if i >= 0), default=-1)
    if close < 0 or open_at < t.start < close:
        return False
    return any(_SLOGAN_RE.match(w) for w in an.words_before(open_at, 3))


_RESULT_RE = re.compile(r"^[وف]?(?:اسفر|اسفرت|ادي|ادت|اوقع|اوقعت|خلف|خلفت|تسبب|تسببت|اسفرا|اسفرتا|اسفروا|ادتا|اديا|اوقعا|"
                        r"اوقعتا|اوقعوا|خلفا|خلفتا|تسببا|تسببتا)$")  # and the dual: "التفجيرين … وأسفرا عن"
_TOLL_WORDS = frozenset("مقتل اصابه جرح سقوط استشهاد مصرع".split())


def _victims_of_result(an: Analysis, t: Match, actors: list[ActorMention], s_end: int) -> ActorMention | None:
    """"أسفر انفجار العبوة عن جرح سبعة بينهم اثنان من عناصر الشرطة", "هجوم … أدى إلى
    مقتل خمسة جنود": the victims of the result clause are the attack's target."""
    words = an.words_between(t.end, min(s_end, t.end + 160))[:14]
    before = an.words_before(t.word_start, 2)
    if not any(_RESULT_RE.match(w) for w in words + before):
        return None
    for a in actors:
        if a.start < t.end or a.start >= s_end or a.kind == "nisba" and not a.plural_nisba:
            continue
        lead = an.words_before(a.start, 5, t.end)
        if any(morph.strip_clitics(w) in _TOLL_WORDS or w in _TOLL_WORDS for w in lead):
            return a
        if an.count_words(t.end, a.start) > 16:
            break
    return None


# "خلال عام 2007", "منذ بداية العام", "منذ عام 2009", "خلال الأشهر الستة", "سنويا": a span of months or years
_SPAN_RE = re.compile(r"(?:^|\s)منذ\s+(?:اندلاع|تجدد|بدء|بدايه|مطلع|انطلاق|تفجر|اشتعال|تفجير|اغتيال|سقوط|غزو|الغزو|"
                      r"احتلال|الاحتلال|حرب|الحرب|الثوره|ثوره|الانتفاضه|انتفاضه)\s|"  # "منذ تجدد التمرد", "منذ تفجير المرقد"
                      r"(?:^|\s)(?:خلال|طوال|منذ)\s+(?:(?:بدايه|بدء|مطلع)\s+)?(?:\S+\s+){0,2}?(?:ال)?(?:عام|اعوام|سنه|"
                      r"سنوات|اشهر|الاشهر|شهور|عامين|سنتين|\d{4}|تسعينات|ثمانينات|سبعينات|ستينات|القرن|موسم)|"
                      r"(?:^|\s)سنويا(?:\s|$)|(?:^|\s)في\s+(?:الاشهر|السنوات|الاعوام|الشهور)\s|"
                      r"(?:^|\s)(?:في\s+)?عام\s+\d{4}|"
                      # "تمردا استمر عشر سنوات", "بعد سبع سنوات من انتهاء الحرب"
                      r"(?:^|\s)[وف]?(?:استمر|استمرت|دام|دامت)\s+(?:\S+\s+){0,2}(?:سنوات|اعوام|عاما|عقود|عقدين|عقدا|سنه|عام)(?:\s|$)|"
                      r"(?:^|\s)بعد\s+\S+\s+(?:سنوات|اعوام|عقود)\s+من\s")
# "وارتفع عدد قتلى التفجيرين إلى 37 قتيلا": a toll brought up to date tells of an attack reported before
_TOLL_UPDATE_RE = re.compile(r"(?:^|\s)[وف]?(?:ارتفع|ارتفعت|يرتفع|ترتفع|وصل|وصلت|يصل|تصل|بلغ|بلغت|يبلغ|تبلغ)\s+"
                             r"(?:\S+\s+)?(?:عدد|حصيله)\s")
# "الحصيلة النهائية لضحايا تفجير السوق بلغت 19 قتيلا", "عدد قتلى تفجيرات دهب استقر عند 23 قتيلا":
# a toll named first, its verb after: every casualty and attack noun of the clause belongs to it
_TOLL_NAMED_FIRST_RE = re.compile(r"(?:^|\s)[وف]?(?:(?:ال)?حصيله|عدد\s+(?:ال)?(?:قتلي|ضحايا|جرحي|مصابين|شهداء))\s+"
                                  r"(?:\S+\s+){0,8}?(?:بلغت|بلغ|وصلت|وصل|ارتفعت|ارتفع|تجاوزت|تجاوز|استقرت|استقر)\s")
_WHOLE_YEAR_RE = re.compile(r"(?:^|\s)(?:خلال|طوال)\s+(?:عام\s+\d{4}|\d{4}|العام\s+(?:الماضي|الجاري|الحالي|المنصرم)|العام(?=\s*[،,.؛]|$)|"
                            r"شهر\s+\S+|الشهر\s+(?:الماضي|المنصرم|الفايت)|(?:عام|العام)\s+الفين)"
                            # "سجل العام 2008 نحو تسعين إضرابا": a year that recorded them
                            r"|(?:^|\s)[و]?(?:سجل|سجلت|شهد|شهدت)\s+(?:ال)?(?:عام|سنه)\s+\d{4}")  # "خلال شهر كانون الثاني"، "خلال عام ألفين وسبعة"
# "إذ قتل خلاله عشرات الإعلاميين" after "عام 2007 كان الأكثر دموية": during a year named before
_DURING_IT_RE = re.compile(r"(?:^|\s)خلال(?:ه|ها)(?:\s|$)")
_A_YEAR_RE = re.compile(r"(?:^|\s)(?:(?:عام|العام)\s+(?:\d{4}|الماضي|المنصرم)|"
                        r"\S*(?:تسعين|ثمانين|سبعين|ستين)(?:ي)?ات\s+القرن)")  # "في تسعينيات القرن الماضي"
# "قتل في ضربة جوية في أواخر التسعينات": a deed the text places in a past decade is history told as
# context (not "شاب في العشرينات من عمره", an age)
_DECADE_RE = re.compile(r"(?:^|\s)[و]?(?:في|خلال|منذ|ابان|اواخر|اوايل|مطلع|منتصف|بدايه|نهايه)\s+"
                        r"(?:(?:اواخر|اوايل|مطلع|منتصف|بدايه|نهايه)\s+)?(?:ال)?"
                        r"(?:ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ي)?ات(?!\s+من\s+(?:ال)?عمر)")
# "للتذكير: في 14 شباط 2005 اغتيل …": a sentence that says it reminds tells what is known already
# "يتذكر الأردنيون في مثل هذا اليوم من عام 1989 هبة نيسان": a day remembered, history
_ANNIVERSARY_RE = re.compile(r"(?:^|\s)(?:في\s+)?مثل\s+هذا\s+(?:اليوم|الشهر|الاسبوع)(?:\s|$)")
# "أحيا السكان الذكرى الخامسة لمأساة المدرسة … الضحايا الذين سقطوا في عملية احتجاز الرهائن": what a
# commemoration told before a deed noun remembers
_NTH_ANNIVERSARY_RE = re.compile(r"(?:^|\s)[وب]?(?:ال)?ذكري\s+(?:ال)?(?:اولي|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|"
                                 r"تاسعه|عاشره|سنويه|\d+)(?:\s|$)")
_REMINDER_RE = re.compile(r"[\s«\"]*[وف]?للتذكير(?:\s|:|،|,)")
_BECAUSE_RE = re.compile(r"^[،,\s]*اذ\s")  # "عام 2007 كان الأسوأ، إذ قتل ثمانية صحافيين"
# "أحبطت أكثر من 160 عملية منذ أيار 2003، وإن 74 من رجال الأمن قتلوا": a toll since a year past
_SINCE_A_YEAR_RE = re.compile(r"(?:^|\s)منذ\s+(?:\S+\s+){0,4}?(?:\d{4}|(?:ال)?عام\s+(?:الماضي|المنصرم|الجاري|الحالي)|"
                              r"(?:بدايه|مطلع|بدء)\s+(?:العام|السنه|الشهر)|"
                              # "منذ تولي الرئيس السلطة", "منذ سقوط النظام": an era's toll
                              r"(?:تولي|توليه|توليها|وصوله|وصولها|سقوط|الغزو|غزو|الاحتلال|استقلال))(?:\s|$|،|,|\.|؛)")  # "منذ يناير من العام الماضي"
# "ذكرت الوزارة في تقرير أمس أن أعمال العنف أودت بحياة …": the day is the report's, not the deaths'
_REPORTED_THAT_RE = re.compile(r"(?:^|\s)(?:ان|بان)\s")
_FIRST_OR_WORST_RE = re.compile(r"^[وفب]?(?:ال)?(?:اعنف|اسوا|اكبر|اكثر|اخطر|افدح|اول|نوعه|نوعها)$")  # "الأول من نوعه منذ"
_RATE_RE = re.compile(r"(?:^|\s)[بو]?(?:معدل|معدلات|متوسط)\s|(?:^|\s)(?:يوميا|شهريا|اسبوعيا)(?:\s|$)")
# "أقل من 900 قتيل، مقارنة بنحو ثلاثة آلاف في الشهر نفسه": a total set against another is a statistic
_COMPARED_RE = re.compile(r"(?:^|\s)(?:مقارنه|بالمقارنه)\s+(?:مع\s|ب)")
# "660 فلسطينيا قتلوا خلال عام 2006، في مقابل 23 إسرائيليا قتلوا": the other side of a count
_IN_RETURN_RE = re.compile(r"^[،,\s]*(?:في\s+)?مقابل\s")
_SUBSET_OF_A_TOTAL_RE = re.compile(r"(?:^|\s)\S+\s+(?:منهم|منهن)(?:\s|$)")
_PROTEST_TOTAL_RE = re.compile(r"(?:^|\s)(?:عدد|حصيله|اجمالي|مجموع)\s+(?:ال)?(?:احتجاجات|تظاهرات|مظاهرات|اضرابات)")
_TOLL_TOTAL_RE = re.compile(r"(?:^|\s)(?:عدد|حصيله|اجمالي|مجموع)\s+(?:ال)?(?:قتلي|ضحايا|القتلي|الضحايا|المصابين|"
                            r"الهجمات|هجمات|الاحتجاجات|التظاهرات|المظاهرات)|(?:اكثر|اقل)\s+من\s+(?:\d+\s+(?:الف|الاف)|\d{3,})|"
                            r"(?:\d+\s*|\S+\s+)(?:الف|الاف)\s+(?:شخص|قتيل|مدني)|(?:^|\s)(?:الفي|الفين)\s+(?:شخص|قتيل|مدني)|(?:^|\s)(?:الاف|الالاف)\s|"
                            r"(?:^|\s)\d{4,}\s+(?:مدنيا|شخصا|قتيلا|مدني|شخص|جنديا)|"
                            r"(?:^|\s)(?:مليون|مليوني|مليونين|ملايين)\s+(?:شخص|قتيل|مدني)|"
                            # "26 ألف غارة", "1200 غارة خلال الأشهر الستة": hundreds of strikes are a total
                            r"(?:^|\s)(?:\d{3,}|(?:\d+\s*|\S+\s+)(?:الف|الاف))\s+(?:غاره|غارات|ضربه|ضربات|هجوم|هجمات)(?:\s|$)")


_VIOLENT = frozenset(("ASSAULT", "COERCE"))
_CLUB_WORDS = frozenset(("النادي", "نادي", "الانديه"))


# what a film or a book is protested against or condemned for: "احتجاجا على فيلم النائب الهولندي"
_OBJECTED_TO_WORDS = frozenset("احتجاجا تنديدا استنكارا رفضا ضد منددين محتجين بسبب عرض نشر".split())


def _tells_a_story(an: Analysis, cues: list[Match]) -> bool:
    """A film, play or poem whose story the sentence tells (no event of it is news); not one that
    people protest against ("تظاهر الطلاب احتجاجا على فيلم مسيء"), named after the protest."""
    for c in cues:
        if c.hits[0].entry.kind != "fiction":  # type: ignore[union-attr]
            continue
        words = an.words_before(c.word_start, 3)
        before = [w.removeprefix("و") for w in words]
        if any(w in _OBJECTED_TO_WORDS for w in before):
            continue
        if (c.prefix.startswith("ب") or before[-1:] == ["ب"]) and any(
                _DESCRIBING_RE.match(w) or w.startswith(("وصف", "يصف", "تصف", "واصف")) for w in words):
            continue  # "رفضا لما وصفه الأهالي بـ«مسرحية»": a figure of speech, no play
        if strip_article(an.text[c.word_start:c.word_end]) in _STORY_PEOPLE and any(JOINED_RE.match(w) for w in before):
            continue  # "وشاركت في التظاهرة الممثلة جين فوندا": an actress who marched, no story told
        return True
    return False


_STORY_PEOPLE = frozenset(("ممثله", "مخرجه", "روايي", "رواييه"))  # an actress, a director, a novelist


def _about_sport(an: Analysis, cues: list[Match]) -> bool:
    """A sports cue in the sentence; not a club of a profession ("نادي القضاة", "نادي الصحافة",
    "نادي الأسير": professional bodies) nor "their club" ("اعتصامهم داخل مقر ناديهم"), when no cue
    but club words is found."""
    sports = [c for c in cues if c.hits[0].entry.kind == "sports"]
    if sports and all(_venue_of_the_scene(an, c) for c in sports):
        return False  # "تظاهر آلاف الصوماليين في ملعب كرة القدم": where people gathered, not a match
    if not sports or any(an.text[c.start:c.end] not in _CLUB_WORDS for c in sports):
        return bool(sports)
    # clubs alone: the first one says whose ("مقر ناديهم … في محيط النادي": the same club)
    club = sports[0]
    nxt = an.words_after(club.end, 1)
    return not (club.suffix or (nxt and nxt[0] in _PROFESSIONS))


_VENUE_WORDS = frozenset(("ملعب", "الملعب"))
_AT_A_PLACE = frozenset(("في", "داخل", "الي", "امام", "قرب", "من"))
# a club named as a landmark ("انفجار سيارة مفخخة قرب النادي الرياضي"): where, not a sport
_CLUB_LANDMARK_WORDS = frozenset(("النادي", "نادي"))
_NEAR_A_LANDMARK = frozenset(("قرب", "امام", "مقابل", "بجوار", "بمحاذاه", "قباله"))


def _venue_of_the_scene(an: Analysis, cue: Match) -> bool:
    """A stadium named as where something happened ("في ملعب", "أمام الملعب"): a place, which tells
    nothing of a match by itself."""
    before = an.words_before(cue.word_start, 1)
    if an.text[cue.start:cue.end] in _CLUB_LANDMARK_WORDS:
        return bool(before) and before[0].removeprefix("و") in _NEAR_A_LANDMARK
    return an.text[cue.start:cue.end] in _VENUE_WORDS and bool(before) and before[0].removeprefix("و") in _AT_A_PLACE


_PROFESSIONS = frozenset("القضاه الصحافه الصحفيين الصحافيين الاسير الاسري الضباط المحامين المهندسين الاطباء".split())


_FANS_RE = re.compile(r"(?:^|\s)(?:[وف]?(?:ال)?(?:مشجعي|مشجعو|مشجعين|جماهير|انصار|روابط)|الالتراس|التراس)(?:\s|$)")


def _fans_protesting(an: Analysis, s_start: int, s_end: int) -> bool:
    """"أقدم مئات من أنصار الفريق على تخريب المدرجات … احتجاجا على خسارة فريقهم": fans rioting
    or marching in protest are news, whatever the sport."""
    return bool(_FANS_RE.search(an.text, s_start, s_end) and _PROTEST_PURPOSE_RE.search(an.text, s_start, s_end))


def _armed_or_deadly(an: Analysis, actors: list[ActorMention], s_start: int, s_end: int) -> bool:
    """Gunmen, forces or a death toll in a sentence about a match or a team: "هاجم مسلحون حافلة فريق
    الكريكيت … ما أدى إلى مقتل ستة" is violence, not sport."""
    return any(a.sector in ARMED_SECTORS and not strip_article(an.text[a.start:a.end]).startswith("مهاجم")
               for a in actors) or counts_casualties(an, s_start, s_end)  # the striker is no gunman


def _aggregate(an: Analysis, clause: tuple[int, int], plover: str = "ASSAULT") -> bool:
    """"بلغ عدد القتلى المدنيين خلال عام 2007 نحو خمسة وعشرين ألف شخص", "قتلت أكثر من 14 ألف شخص
    منذ عام 2009": a total over months or years is a statistic, not a reported event. Thousands
    of protesters are a crowd's size, not a total ("تظاهر آلاف الموظفين … منذ ثلاثة أشهر")."""
    text = an.text[clause[0]:clause[1]]
    if _WHOLE_YEAR_RE.search(text):
        return True  # "قتل فيه 47 صحفيا خلال 2007": a year's count, whatever its size
    s_start, s_end = an.sentences[an.sentence_of(clause[0])]
    if (_DURING_IT_RE.search(text) or _BECAUSE_RE.match(text)) and _A_YEAR_RE.search(an.text, s_start, clause[1]) \
            and not any(d.precision == "day" and clause[0] <= d.start < clause[1] for d in an.dates):
        return True  # "عام 2007 كان الأكثر دموية … إذ قتل خلاله", "…، إذ قتل ثمانية": the year's count
    if plover == "ASSAULT":
        since = _SINCE_A_YEAR_RE.search(an.text, s_start, clause[1])
        if since and not any(_FIRST_OR_WORST_RE.match(w) for w in an.words_before(since.start() + 1, 3, s_start)) \
                and not an.event_word_in(*(an.word_spans_before(since.start() + 1, 1) or [(0, 0)])[0]) \
                and not any(d.precision == "day" and clause[0] <= d.start < clause[1]
                            and not _REPORTED_THAT_RE.search(an.text, d.end, since.start() + 1) for d in an.dates):
            # "منذ أيار 2003، وإن 74 من رجال الأمن قتلوا خلال المواجهات": a running toll (not one
            # dated to a day of its own: "يشهد العراق منذ 2003 عنفا، وقتل أمس ثلاثة")
            return True
    if plover == "ASSAULT" and _RATE_RE.search(text):
        return True  # "بمعدل 17 قتيلا يوميا": a rate, never one event
    if _SUBSET_OF_A_TOTAL_RE.search(text) or _IN_RETURN_RE.search(text):
        # "86 صحافيا قتلوا في العالم خلال عام 2007، قتل 47 منهم في العراق": a part of the total told
        # before in the sentence is a statistic too
        if s_start < clause[0]:
            return _aggregate(an, (s_start, clause[0]), plover)
    totals = _TOLL_TOTAL_RE if plover == "ASSAULT" else _PROTEST_TOTAL_RE
    if not totals.search(text):
        return False
    # the span may also open the sentence before the clause that counts ("يشهد الإقليم منذ 2003 حربا
    # …، أودت بحياة نحو مئتي ألف شخص"); one after it frames a superlative ("أعنف تفجير منذ شهور")
    return bool(_SPAN_RE.search(text) or (plover == "ASSAULT" and _SPAN_RE.search(an.text, s_start, clause[0]))
                or _COMPARED_RE.search(an.text, s_start, s_end))


_RANKS_WORDS = frozenset(("صفوف", "بصفوف", "وصفوف"))


def _in_ranks_of(an: Analysis, t: Match, actors: list[ActorMention], s_end: int) -> ActorMention | None:
    """"سقوط تسعة قتلى في صفوف القوات الحكومية", "خسائر في صفوف الحوثيين": the casualties
    were among X, the attack's target."""
    for a in actors:
        if a.start < t.end or a.start >= s_end or an.count_words(t.end, a.start) > 8:
            continue
        if an.word_before(a.start) in _RANKS_WORDS:
            return a
    return None


_GENERIC_VICTIM_WORDS = frozenset("شخص شخصا اشخاص شخصين شخصان اخرين اخرون".split())
_SUBSET_MARKERS = frozenset(("بينهم", "منهم", "بينهما", "معظمهم", "اغلبهم"))


# "يبيتون أمام مقر مجلس الوزراء لليوم السابع على التوالي، في اعتصام مفتوح": a protest counted in days going on
# "لليوم الثالث على التوالي", "يدخل اعتصام المعارضة يومه الخامس عشر": a protest going on
_CONSECUTIVE_DAY_RE = re.compile(r"(?:^|\s)لليوم\s+\S+\s+علي\s+التوالي|"
                                 r"(?:^|\s)[وف]?(?:يدخل|دخل|تدخل|دخلت)\s+(?:\S+\s+){0,8}?(?:يومه|يومها|اسبوعه|اسبوعها|"
                                 r"شهره|شهرها)(?:\s|$)")
_FOUND_RE = re.compile(r"^[وف]?(?:عثر|عثرت|عثروا|العثور|يعثر|وجد|وجدت|وجدوا)$")


def _found_killed(an: Analysis, t: Match, actors: list[ActorMention], s_start: int) -> ActorMention | None:
    """"عثر على الصحفية الروسية … مقتولة بالرصاص": who was found killed, the first person or group
    after the verb of finding (or, with none, the nearest before the participle)."""
    found = next((end for start, end in reversed(an.word_spans_before(t.word_start, 30))
                  if start >= s_start and _FOUND_RE.match(an.text[start:end])), None)
    before = [a for a in actors if s_start <= a.start and a.end <= t.start and a.kind in ("person", "agent", "title")]
    if found is not None:
        return next((a for a in before if a.start >= found), None)
    return before[-1] if before else None


def _named_subset(an: Analysis, target: ActorMention, actors: list[ActorMention]) -> ActorMention:
    """"مقتل 12 شخصا بينهم أربعة من الشرطة", "جرح سبعة بينهم اثنان من عناصر الشرطة": victims
    counted as mere persons are best known by the group named among them."""
    if target.kind != "agent" or (target.country and not target.country_inferred) \
            or morph.strip_clitics(an.text[target.start:target.end].split(" ")[0]) not in _GENERIC_VICTIM_WORDS:
        return target  # (the persons may be described: "9 أشخاص يشتبه في صلتهم بالمهربين، بينهم")
    for a in actors:
        if a.start <= target.end or a.kind not in ("agent", "org", "title") or a.sector in (None, "CVL"):
            continue
        between = an.words_between(target.end, a.start)
        if an.count_words(target.end, a.start) > 6:
            break
        marker = next((k for k, w in enumerate(between) if w in _SUBSET_MARKERS), None)
        if marker is not None and any(w in _SUBSET_CLOSERS for w in between[marker:]):
            break  # "قتل 11 شخصا بينهم أربعة أطفال عندما أغار مسلحون": the attackers of the next clause
        if marker is not None:
            return a
    return target


_SUBSET_CLOSERS = frozenset(("عندما", "حين", "حينما", "بعدما", "اثر", "جراء", "عقب", "لدي"))


def _subset_of_the_toll(an: Analysis, t: Match, actors: list[ActorMention], s_end: int) -> ActorMention | None:
    """"أوقعا 17 قتيلا بينهم خمسة أطفال": a toll that names no victims is best known by the group
    named among them."""
    if not _TOLL_NOUN_RE.match(an.text[t.word_start:t.word_end]):
        return None
    for a in actors:
        if a.start <= t.end:
            continue
        if a.start >= s_end or an.count_words(t.end, a.start) > 4:
            return None
        between = an.words_between(t.end, a.start)
        return a if a.kind in ("agent", "org") and a.sector is not None and between and between[0] in _SUBSET_MARKERS \
            else None
    return None


_SCENE_PREPOSITIONS = frozenset(("وسط", "علي", "داخل", "ضد"))
_SCENE_NATIONALITY_WINDOW = 14  # words from a casualty verb to the scene, past the wounded and the attack's kind


def _nationality_of_the_scene(an: Analysis, t: Match, target: ActorMention, actors: list[ActorMention],
                              s_end: int) -> ActorMention:
    """"قتل 22 شخصا في هجوم انتحاري وسط مظاهرة كردية", "مقتل خمسة في هجوم على حافلة إيرانية":
    persons counted with no nationality of their own (the place's is only inferred) take the one
    the attacked gathering or vehicle carries; a nationality right after the attack word names its
    author instead ("غارة أمريكية")."""
    placed = any(part[2] in ("country", "capital") for part in target.parts)  # "شخصا … في كركوك": where, not who
    if target.kind != "agent" or (target.country and not target.country_inferred and not placed) \
            or morph.strip_clitics(an.text[target.start:target.end].split(" ")[0]) not in _GENERIC_VICTIM_WORDS:
        return target
    for a in actors:
        if a.start <= t.end or a.start >= s_end or a.kind != "nisba" or a.plural_nisba:
            continue
        lead = an.words_before(an.word_start_at(a.start), 2, t.end)
        if an.count_words(t.end, a.start) > _SCENE_NATIONALITY_WINDOW:
            break
        noun_start = an.word_spans_before(an.word_start_at(a.start), 1)[0][0]
        if len(lead) == 2 and (lead[0] in _SCENE_PREPOSITIONS or lead[0][1:] in _SCENE_PREPOSITIONS) and not any(
                senses(m, "ASSAULT") for m in an.triggers_in(noun_start, noun_start + 1)):
            # not "ردا على هجوم أمريكي": the nationality of an attack
            return dataclasses.replace(target, country=a.country, country_inferred=False)
    return target


def _dated_after_publication(an: Analysis, date: DateMention | None, clause: tuple[int, int]) -> bool:
    """The clause dates the event after the article was published: announced or planned."""
    if date is None or an.pub_date is None or not (clause[0] <= date.start < clause[1]):
        return False
    if date.precision == "day":
        return date.day > an.pub_date
    if date.precision == "month":
        return (date.day.year, date.day.month) > (an.pub_date.year, an.pub_date.month)
    return False


def _named_by_its_date(an: Analysis, t: Match, date: DateMention | None) -> bool:
    """"تفجيرات 11 سبتمبر 2001", "هجمات 7 يوليو في لندن": a verbal noun followed at once by an
    earlier date is that event's name, recalled as background, not reported."""
    if date is None or date.precision not in ("day", "month") or not is_historical(date, an.pub_date):
        return False
    following = an.word_spans_after(t.end, 1)
    return bool(following) and following[0][0] == date.start


def _country_as_place(an: Analysis, actors: list[ActorMention], t: Match, clause: tuple[int, int]) -> str | None:
    """"نفذت إسرائيل ضربة جوية في سورية": a country named after في in the trigger's clause is where
    the event happened."""
    for a in actors:
        if a.kind == "country" and a.country and clause[0] <= a.start < clause[1] and a.start > t.start \
                and preposition_before(an, a.start, a.prefix) in ("في", "داخل"):
            return a.country
    return None


# what is struck is often named as places before the town or region ("قصفت المدفعية بلدات جنوب لبنان")
_STRUCK_PLACE_NOUNS = frozenset("""مواقع موقع اهداف بلدات بلده قري قريه مناطق منطقه مدن مدينه احياء حي مخيم
    مخيمات ضواحي اطراف محيط""".split())
_AIMED_AT = frozenset(("علي", "ضد", "باتجاه", "نحو", "صوب"))


def _struck_place_country(an: Analysis, places: list[PlaceMention], t: Match, clause: tuple[int, int],
                          actors: list[ActorMention]) -> str | None:
    """"قصف الجيش المناطق القبلية الباكستانية", "أطلقوا صواريخ على بلدات جنوب لبنان": a place the
    attack strikes (its object past its subject, or what على/ضد aims it at, a word or two of weapons
    between) is where its victims are: the country of an implied target."""
    for p in sorted(places, key=lambda p: p.start):
        if not (t.end <= p.start < clause[1]) or not p.country:
            continue
        subject_end = max((a.end for a in actors if t.end <= a.start and a.end <= p.start), default=t.word_end)
        gap = an.words_between(subject_end, p.start)
        if len(gap) > 4 or an.clause_break_in(t.word_end, p.start):
            return None
        core = [w for w in gap if strip_article(w.removeprefix("و")) not in _STRUCK_PLACE_NOUNS]
        if not core and not any(c in p.prefix.replace("ال", "") for c in "بلك"):
            return p.country  # its object
        if core and core[-1] in _AIMED_AT and len(core) <= 3 and not p.prefix.replace("ال", ""):
            return p.country  # aimed at it
        return None
    return None


def _own_relative_clause_date(an: Analysis, dates: list[DateMention], t: Match) -> DateMention | None:
    """"أعمال العنف الطائفية التي شهدتها الولاية عام 2002": a date in the relative clause right after
    the event noun says when that event happened, however near another date of the sentence stands."""
    spans = an.word_spans_after(t.end, 3)
    k = next((i for i, (st, en) in enumerate(spans) if an.text[st:en] in RELATIVE_PRONOUNS), None)
    if k is None or an.clause_break_in(t.end, spans[k][0]):
        return None
    stop = next((i for i in range(spans[k][1], len(an.text)) if an.text[i] in CLAUSE_BREAKS), len(an.text))
    return next((d for d in dates if spans[k][1] <= d.start < stop and an.count_words(spans[k][1], d.start) <= 6), None)


_SINCE = frozenset(("منذ", "ومنذ"))


def _pick_date(an: Analysis, dates: list[DateMention], t: Match, clause: tuple[int, int]) -> DateMention | None:
    # "أكبر تظاهرة منذ عام 1988": a date after منذ opens a period the event is compared with; it is
    # not when the event happened ("منذ ثلاثة أيام", "three days ago", starts with منذ inside the mention)
    dates = [d for d in dates if an.word_before(d.start) not in _SINCE]
    if not dates:
        return None
    own = _own_relative_clause_date(an, dates, t)
    if own is not None:
        return own
    in_clause = [d for d in dates if clause[0] <= d.start < clause[1]]
    # from another clause, not a day still to come ("تأجيل الانتخابات … بدلا من الثامن من يناير،
    # بسبب أعمال الشغب التي أعقبت اغتيال"): that clause's own plan
    pool = in_clause or [d for d in dates if an.pub_date is None or d.day <= an.pub_date or d.precision != "day"]
    return min(pool, key=lambda d: abs(d.start - t.start)) if pool else None


_LOCATIVE = frozenset({"في", "ب", "قرب", "داخل", "عند", "بالقرب", "امام", "خارج"})
# words that put a place name after them as where something happened: a kind of place or a part of it
_PLACE_HEADS = frozenset("""مدينه بلده قريه محافظه منطقه ولايه اقليم ضاحيه مخيم حي وسط شمال جنوب شرق غرب
    شمالي جنوبي شرقي غربي ضواحي اطراف محيط""".split())


# sites in a town: "في سوق بغداد", "قرب مطار كابل", "في شوارع القاهرة"
_SITE_LOCATIVES = (_LOCATIVE - {"ب"}) | {"محيط", "الي"}  # "في محيط مطار دمشق", "خرجوا إلى شوارع باماكو"
_SITE_WORDS = frozenset("""سوق اسواق شارع شوارع مطار جامعه مستشفي ميناء مرفا فندق مسجد جامع كنيسه سجن مدخل
    مداخل ساحه ساحات ميدان احياء مخيم معسكر طريق""".split())


_CALL_RE = re.compile(r"^[وف]?س?(?:دعا|دعت|دعوا|يدعو|تدعو|ندعو|يدعون|دعوه|الدعوه|دعوات|الدعوات|ناشد|ناشدت|حث|حثت|حثوا)$")
_CALL_WINDOW = 10
_JOINING_NOUNS = frozenset(("المشاركه", "مشاركه", "الانضمام"))
_APPOSITION_REACH = 6  # more words a call may stand back when an apposition between commas is in between
_CALL_CARRIERS = frozenset(("اطلقها", "اطلقه", "اطلقتها", "اطلقته", "وجهها", "وجهه", "وجهتها", "وجهته", "نشرها",
                            "اصدره", "اصدرته", "اصدرها", "اصدرتها", "اصدروه"))  # "في بيان أصدرته أمس إلى إضراب"


# nouns a called-for protest word may qualify: "يوم إضراب", "مسيرة مليونية"
_CALLED_HEADS = frozenset(("يوم", "ايام", "مسيره", "مسيرات", "تظاهره", "تظاهرات", "مظاهره", "مظاهرات"))


_HOLDING_NOUNS = frozenset(("تنظيم", "اقامه", "تنفيذ", "بتنظيم", "باقامه", "بتنفيذ"))
_DECIDED_RE = re.compile(r"^[وف]?(?:قرر|قررت|قرروا|يقرر|تقرر|يقررون|اعلن|اعلنت|اعلنوا|يعتزم|تعتزم|يعتزمون|اتفق|اتفقت|"
                         r"اتفقوا|ينوي|تنوي)$")


def _decided_to_hold(an: Analysis, t: Match) -> str | None:
    """"قررت النقابة تنظيم اعتصام أمام الوزارة", "أعلن مناصرو الرئيس تنظيم مظاهرة حاشدة": a protest
    decided on or announced as to be held, not (yet) held; the deciding verb and its subject within
    six words before the noun of holding (or عن before it)."""
    if an.text[t.word_start:t.end].split(" ", 1)[0] in _HOLDING_NOUNS:
        holding = t.word_start  # the phrase holds it: "تنظيم مسيرة"
    elif an.words_before(t.word_start, 1)[-1:] and an.words_before(t.word_start, 1)[-1] in _HOLDING_NOUNS:
        holding = an.word_spans_before(t.word_start, 1)[0][0]
    else:
        return None
    words = an.words_before(holding, 6, an.sentences[an.sentence_of(t.start)][0])
    if words and words[-1] == "عن":
        words = words[:-1]
    return next((w for w in reversed(words) if _DECIDED_RE.match(w)), None)


def _called_for(an: Analysis, t: Match) -> str | None:
    """A noun that is the object of a call ("دعا الاتحاد إلى إضراب عام", "دعوات للتظاهر"): the call
    word, when one governs the noun through إلى or ل with no other event between."""
    start_at = t.word_start
    if an.word_before(start_at) in _CALLED_HEADS:  # "الدعوة إلى يوم إضراب", "دعت إلى مسيرة مليونية"
        start_at = an.word_spans_before(start_at, 1)[0][0]
    s_start = an.sentences[an.sentence_of(t.start)][0]
    joining = an.word_spans_before(start_at, 2)
    if len(joining) == 2 and an.text[joining[1][0]:joining[1][1]] == "في" \
            and an.text[joining[0][0]:joining[0][1]] in _JOINING_NOUNS:
        start_at = joining[0][0]  # "دعت أنصارها إلى المشاركة في الإضراب": the call is to join it
    if an.word_before(start_at) == "والي":  # "دعت إلى مسيرة في عرابة …، وإلى إضراب شامل": a second object
        return _call_of_first_object(an, start_at, s_start)
    # (urged on with على: "حث المشرعين على رفض الاتفاق")
    if not (an.word_before(start_at) in ("الي", "علي") or t.prefix.lstrip("و").startswith("ل")):
        return None
    spans = an.word_spans_before(start_at, _CALL_WINDOW + _APPOSITION_REACH)
    for k, (start, end) in enumerate(reversed(spans)):
        between = an.text[end:t.word_start]
        commas = sum(between.count(c) for c in "،,")
        # a parenthesis may stand between ("اتحاد النقابات (الهستدروت) إلى إضراب"), or an apposition
        # closed by its second comma ("دعا التحالف، أكبر أحزاب المعارضة، أنصاره إلى إضراب"); not one comma
        if start < s_start or commas > 2 or any(c in between for c in ".؛:") or (k >= _CALL_WINDOW and not commas):
            return None
        word = an.text[start:end]
        if commas == 1 or (commas == 2 and not _CALL_RE.match(word)):
            continue
        if word == "الي" and end == an.word_spans_before(start_at, 1)[0][1]:
            continue  # the preposition itself, which a call phrase may hold ("دعوات إلى")
        if _CALL_RE.match(word) and not any(a.start <= start < a.end for a in an.actors):  # not "حزب الدعوة"
            # "لبى آلاف العمال دعوة النقابات إلى إضراب عام": a call answered is a protest held
            answered = an.words_before(start, 4, s_start)
            return None if any(w.removeprefix("و") in ANSWERED_CALL for w in answered) else word
        if word in _CALL_CARRIERS:
            continue  # "دعوات أطلقها ناشطون على الإنترنت إلى إضراب": the verb that made the call
        if any(m.start <= start < m.end for m in an.trigger_matches):
            return None
    return None


def _call_of_first_object(an: Analysis, start_at: int, s_start: int) -> str | None:
    """The call word of a sentence whose call takes a first object through إلى before this "وإلى"."""
    words = an.words_before(start_at, 3 * _CALL_WINDOW, s_start)[:-1]
    for k in range(len(words) - 1, -1, -1):
        if _CALL_RE.match(words[k]) and "الي" in words[k + 1:]:
            return words[k]
    return None


# "طالب بتوجيه ضربة", "طالبين توجيه ضربة عسكرية": the deed a demand asks for, told through ب or as
# the participle's object, perhaps after a light verbal noun that carries it
_DEMAND_RE = re.compile(r"^[وف]?(?:طالب|طالبت|طالبوا|يطالب|تطالب|نطالب|يطالبون|طالبين|طالبه|طالبات|مطالبا|مطالبين|مطالبه|"
                        r"المطالبه|مطالبات|ترخيص|ترخيصا|الترخيص|تصريح|تصريحا|التصريح|اذن|اذنا)$")  # or a permit for it
_DEMAND_PARTICIPLES = frozenset("طالبين طالبه طالبات مطالبا مطالبين".split())
# verbal nouns that carry the deed after them ("توجيه ضربة", "شن هجوم"): the demand is for the deed
LIGHT_NOUNS = frozenset("توجيه شن تنفيذ تنظيم اجراء القيام".split())


def _demanded(an: Analysis, t: Match) -> str | None:
    """A verbal noun a demand asks for ("طالب النائب بتوجيه ضربة للمسلحين", "طالبين توجيه ضربة"):
    the demand word, up to six words before a noun it governs through ب (or a light noun with ب
    that carries it), or right before as a participle's object."""
    before = an.word_spans_before(t.word_start, 1)
    if not before:
        return None
    lead = an.text[before[0][0]:before[0][1]]
    light = lead.lstrip("و") in LIGHT_NOUNS or (lead[:1] == "ب" and lead[1:] in LIGHT_NOUNS)
    if t.prefix.startswith(("ب", "ل", "ال")) and light:
        return None  # a light noun takes its deed bare ("بتوجيه ضربة"), never with a preposition
    through_b = t.prefix.startswith("ب") or (lead[:1] == "ب" and light)
    bare_light = light and lead[:1] != "ب"
    s_start = an.sentences[an.sentence_of(t.start)][0]
    spans = an.word_spans_before(before[0][0] if light else t.word_start, 6 if through_b else 1)
    for start, end in reversed(spans):
        if start < s_start or an.clause_break_in(end, t.word_start):
            return None
        word = an.text[start:end]
        if _DEMAND_RE.match(word) and (through_b or word.lstrip("وف") in _DEMAND_PARTICIPLES or bare_light):
            return word
        if any(m.start <= start < m.end for m in an.trigger_matches):
            return None
    return None


def _without_later_speakers(an: Analysis, t: Match, actors: list[ActorMention], cues: list[Match]
                            ) -> list[ActorMention]:
    """"دمر انفجار فندق ماريوت، وقالت الشرطة إن …": the subject of a speech verb after the event
    reports it; it takes no part in it."""
    speech_words = {an.word_start_at(c.start) for c in cues
                    if c.start > t.end and c.hits[0].entry.kind == "quote" and c.hits[0].entry.pos == "verb"  # type: ignore[union-attr]
                    and _opens_a_statement(an, c)}
    if not speech_words:
        return actors
    kept, last_speaker = [], None
    for a in actors:
        speaker = a.start > t.end and any(
            start in speech_words for start, _ in an.word_spans_before(an.word_start_at(a.start), 1))
        # and a second speaker joined to the first ("حسبما أكد متحدث باسم الحركة وشهود من البلدة")
        speaker = speaker or (last_speaker is not None and a.prefix.startswith("و")
                              and an.count_words(last_speaker.end, a.start) <= 2
                              and not _CLAUSE_PUNCT_RE.search(an.text, last_speaker.end, a.start))
        if speaker:
            last_speaker = a
        else:
            kept.append(a)
    return kept


_STATEMENT_LEADS = frozenset(("ما", "حسبما", "كما", "بحسب", "حسب", "وفق", "وفقا"))


def _opens_a_statement(an: Analysis, c: Match) -> bool:
    """A speech verb that opens a statement with its subject after it: joined by و or ف ("وقالت
    الشرطة"), after a comma, or after ما ("حسبما ذكرت الوكالة"); not a verbal noun ("رفض ذكر الصين")."""
    start = an.word_start_at(c.start)
    return an.text[start] in "وف" or an.word_before(start) in _STATEMENT_LEADS \
        or an.ends_before(start, ("،", ","))


_UNREST_FRAMES = frozenset(("في", "خلال", "اثناء", "اثر"))


_CALL_NOUNS_ANSWERED = frozenset(("دعوه", "لدعوه", "دعوات", "لدعوات", "نداء", "لنداء", "نداءات", "لنداءات"))


def _answered_call_to(an: Analysis, t: Match, s_start: int) -> bool:
    """"توقفوا عن العمل، استجابة لدعوة نقابتهم المستقلة إلى الإضراب": a protest a call answered
    before it asked for is held, however definite (it is not the one told before)."""
    if an.word_before(t.word_start) != "الي":
        return False
    before = an.words_before(t.word_start, 6, s_start)
    return any(w in _CALL_NOUNS_ANSWERED and k and before[k - 1].removeprefix("و") in ANSWERED_CALL
               for k, w in enumerate(before))


# chanting or demanding while they did it, or saying why (تعبيرا عن سخطهم); not احتجاجا or تنديدا,
# which tell a protest of their own beside the clash ("رشق شبان الشرطة بالحجارة احتجاجا على")
# (not "متهمين", as often "accused persons", nor "حاملين", carrying arms as well as banners)
_CHANTING_WORDS = frozenset(("هاتفين", "مرددين", "رافعين", "منددين", "مطالبين", "تعبيرا", "مستنكرين", "رافضين",
                             "محتجين"))
_ANGRY_WORDS = frozenset("الغاضبين الغاضبون غاضبين غاضبون الساخطين ساخطين الناقمين ناقمين".split())


def _chanting_crowd(an: Analysis, t: Match, source: ActorMention, s_end: int) -> bool:
    """"أضرم أنصار حزب الشعب الغاضبون النار في مصارف …، هاتفين بشعارات تتهم الرئيس": a crowd of
    unarmed people (supporters, students, workers) burning or storming while chanting or demanding,
    told in the same sentence, riots."""
    before = an.words_before(an.word_start_at(source.start), 1)
    counted = bool(before) and numbers.is_count(before[0].removeprefix("و"))  # "مئات السجناء"
    if not source.implied and source.sector in PROTESTING_PEOPLE_SECTORS \
            and any(w in _ANGRY_WORDS for w in an.words_after(source.end, 3)) \
            and not any(strip_article(w).startswith("مسلح") for w in an.words_after(source.end, 4)):
        # "رشق مئات من سكان البلدة الغاضبين مقر البعثة بالحجارة": an angry crowd (not one armed with
        # knives that burns a mosque)
        return True
    if source.implied or source.sector not in PROTESTING_PEOPLE_SECTORS or (
            is_singular(an, source) and not supporters_before(an, source) and not counted):
        return False
    words = [an.text[lo:hi] for lo, hi in an.word_spans_after(t.word_end, 25) if hi <= s_end]
    return any(w.removeprefix("و") in _CHANTING_WORDS for w in words)


def _setting_of_a_deed(an: Analysis, t: Match, s_start: int) -> bool:
    """"اشتبك مئات الطلاب مع الشرطة أمام البرلمان خلال احتجاج على قرار الحكومة": a protest named
    (indefinite) as when a clash, an arrest or a protest deed told before it in its sentence
    happened (خلال، أثناء) was going on."""
    if an.word_before(t.word_start).removeprefix("و") not in ("خلال", "اثناء") or t.prefix:
        return False  # not "خلال التظاهرة": the protest told before, and its follow-up now
    return any(s_start <= u.start < t.start and u.verb_form() and not present_tense(an, u)
               and any(h.entry.plover in _DEEDS_IN_A_PROTEST for h in u.hits) for u in an.trigger_matches)


_DEEDS_IN_A_PROTEST = frozenset(("ASSAULT", "COERCE", "PROTEST"))  # clashes, arrests, blocked roads


def _crowd_deed(an: Analysis, t: Match, source: ActorMention) -> bool:
    """Civilians' deed, or students' or workers' other than a clash: a clash of students with the police
    during a protest is part of that protest ("اشتبك مئات الطلاب مع الشرطة … خلال تظاهرة")."""
    return source.sector == "CVL" or (source.sector in _UNARMED_CROWD_SECTORS
                                      and not _CLASHED_RE.match(an.text[t.word_start:t.word_end]))


def _in_unrest(an: Analysis, t: Match, clause: tuple[int, int], s_end: int) -> bool:
    """"أحرق شبان غاضبون مئات السيارات في أعمال شغب": civilians' violence told as part of riots or
    protests named after it in its clause, or in the frame that opens right after its comma ("رشق
    عشرات الطلبة الجنود بالحجارة عند مدخل البلدة، خلال مسيرة تضامنية")."""
    for m in _protest_words_in(an, t.end, s_end):
        if an.count_words(t.end, m.start) > _UNREST_REACH or an.word_before(m.word_start) not in _UNREST_FRAMES:
            continue
        if m.start < clause[1]:
            return True
        frame = an.word_spans_before(m.word_start, 1)[0]
        if an.text[clause[1]:frame[0]].strip() in ("،", ",") and not an.triggers_in(t.end, frame[0]):
            return True
    return False


_UNREST_REACH = 16


_SITE_ATTACK_MODES = frozenset(("explosives", "suicide-attack", "heavy-weapons"))
_NEAR_WORDS = frozenset(("قرب", "امام", "بجوار", "محيط", "بمحاذاه"))
_SEAT_SECTORS = frozenset(("GOV", "MIL", "COP", "JUD", "LEG", "SPY"))


def _seat_near(an: Analysis, t: Match, actors: list[ActorMention], clause: tuple[int, int],
               source: ActorMention | None) -> ActorMention | None:
    """A bombing near or in front of a seat of state ("قرب القنصلية الأميركية", "أمام مقر الشرطة") was
    aimed at it: the institution right after قرب/أمام within eight words of the attack word."""
    for a in actors:
        if a.start <= t.end or a.start >= clause[1] or a is source or an.count_words(t.end, a.start) > 8:
            continue
        if a.kind in ("org", "agent", "capital") and a.sector in _SEAT_SECTORS and not a.implied:
            before = an.words_before(an.word_start_at(a.start), 2)
            if before and (before[-1].removeprefix("و") in _NEAR_WORDS
                           or (len(before) == 2 and before[0] in _NEAR_WORDS and before[1] in ("مقر", "مبني"))):
                return a
    return None


_UNARMED_CROWD_SECTORS = frozenset(("CVL", "LAB", "EDU", "OPP", "PTY", "HLH", "REF"))
# participles and adverbs of demanding or protesting that qualify the verb before them
_DEMANDING_WORDS = frozenset("مطالبين مطالبات منددين منددات احتجاجا هاتفين مرددين رافعين رفضا".split())


# whom an armed group holds is no abductee when armed too or a suspect (fighters taken, suspects handed over)
_HELD_NOT_ABDUCTED = frozenset(("UAF", "REB", "CRM"))


def _armed_non_state(a: ActorMention | None) -> bool:
    """Gunmen, militants or rebels named by a generic noun, or a transnational armed group (IMG):
    whom they hold, civilians or soldiers, they abduct. Not suspects (CRM), whom the police mostly
    hold and a misread passive makes the subject, nor a national movement named by its name (Hamas,
    the Houthis), whose arrests where it rules are its authority's."""
    if a is None or a.implied:
        return False
    if a.country == "IMG":
        return a.sector in (None, "UAF", "REB")
    return a.kind in ("agent", "nisba") and a.sector in ("UAF", "REB")


# unexploded ordnance found and destroyed: "من مخلفات الحرب", "عثر عليها مزارع", "غير منفجرة"
_DISPOSED_ORDNANCE_RE = re.compile(r"(?:من\s+مخلفات|غير\s+منفجر|لم\s+تنفجر|عثر\s+عليها|عثر\s+عليه|تفجير\s+محكوم|"
                                   r"تفجيرها\s+في\s+مكانها|فجرها\s+في\s+مكانها)")


def _disposed_ordnance(an: Analysis, source: ActorMention | None, actors: list[ActorMention], s_start: int,
                      s_end: int) -> bool:
    """Forces that blow up unexploded ordnance found lying ("فجر فوج الهندسة في الجيش قنبلة عنقودية من
    مخلفات العدوان عثر عليها مزارع"), with no one hurt, destroy it: no attack."""
    if source is not None and not source.implied and source.sector not in FORCE_SECTORS:
        return False
    return _DISPOSED_ORDNANCE_RE.search(an.text, s_start, s_end) is not None \
        and any(a.sector in FORCE_SECTORS for a in actors) and not counts_casualties(an, s_start, s_end)


_STORMED_RE = re.compile(r"(?:ي|ت)?اقتحم|اقتحام")


def _counted_supporters(an: Analysis, a: ActorMention) -> bool:
    """"اقتحم آلاف من أنصار المعارضة مبنى البرلمان": thousands of a party's or a leader's supporters,
    unarmed, counted before them."""
    if a.implied or a.sector in ARMED_SECTORS or not supporters_before(an, a):
        return False
    words = an.words_before(an.word_start_at(a.start), 3)[:-1]
    return any(numbers.is_count(w.removeprefix("و")) or w.isdigit() for w in words)


def _civilians_with_demands(an: Analysis, t: Match, source: ActorMention, s_end: int) -> bool:
    """A siege, occupation or closure by an unarmed crowd that states its demands in the same
    sentence ("احتل آلاف من أنصار المعارضة مبنى المطار مطالبين باستقالة الحكومة")."""
    if source.implied or source.sector not in _UNARMED_CROWD_SECTORS:
        return False
    return any(w.removeprefix("و") in _DEMANDING_WORDS for w in an.words_between(t.end, s_end))


def _protest_words_in(an: Analysis, lo: int, hi: int) -> Iterator[Match]:
    """The protest words (trigger matches with a PROTEST sense) starting in [lo, hi)."""
    return (m for m in an.trigger_matches if lo <= m.start < hi and senses(m, "PROTEST"))


def _genitive_of_locative(an: Analysis, p: PlaceMention) -> bool:
    """"في سوق بغداد", "قرب مطار كابل": the place completes a site noun a locative preposition governs."""
    words = an.words_before(an.word_start_at(p.start), 2)
    return not p.prefix and len(words) == 2 and words[0].removeprefix("و") in _SITE_LOCATIVES \
        and words[1] in _SITE_WORDS


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
        before = an.word_before(p.start)
        if prep not in allowed and before not in _PLACE_HEADS and not (
                before[:1] in ("ب", "و") and before[1:] in _PLACE_HEADS) and not _genitive_of_locative(an, p) \
                and not _capital_described_before(an, p):
            continue  # "بمدينة زاهدان", "وسط مقديشو", "في سوق بغداد" are where; "لبغداد" is not
        key = abs(p.start - t.start)
        if best_key is None or key < best_key:
            best, best_key = p, key
    return best


def _capital_described_before(an: Analysis, p: PlaceMention) -> bool:
    """"في العاصمة المجرية بودابست", "بمدينة درنة الليبية" aside: a place after a locative, a head
    noun and the head's nationality adjective is where, as after the head alone."""
    words = an.words_before(p.start, 3)
    if len(words) < 3 or not (words[2].startswith("ال") and words[2].endswith(("يه", "ي"))):
        return False
    head = words[1]
    if head[:1] == "ب" and strip_article(head[1:]) in _HEADS_OF_PLACES:
        return True  # "بالعاصمة المجرية بودابست"
    return strip_article(head) in _HEADS_OF_PLACES and words[0].removeprefix("و") in _LOCATIVE


_HEADS_OF_PLACES = frozenset(strip_article(w) for w in _PLACE_HEADS) | {"عاصمه"}


_WORD_WINDOW = 6
_PHRASE_WINDOW = 10  # words after a split phrase's verb that may hold the rest of the phrase


_FELL_VERB_RE = re.compile(r"^[وف]?[يت]?سقط(?:ت|ا|تا)?$")
_PROJECTILE_RE = re.compile(r"^(?:ال)?(?:صواريخ|صاروخ|صاروخا|صاروخان|صاروخين|قذايف|قذيفه|قذيفتان|قذيفتين)$")


def _projectile_fell(an: Analysis, t: Match) -> bool:
    """"سقطت ثلاثة صواريخ «كاتيوشا» داخل مجمع السفارة": the projectile is the verb's subject, right
    after it past a count. Not the definite one told before ("حين سقطت القذيفة أحدثت لهبا"), nor one
    a relative clause gives its author ("سقطت عشرات الصواريخ التي أطلقها حزب الله": that clause reports it)."""
    words = an.words_after(t.word_end, 5)
    for k, w in enumerate(words[:3]):
        if _PROJECTILE_RE.match(w):
            if w.startswith("ال") and k == 0:
                return False
            return not any(x in RELATIVE_PRONOUNS for x in words[k + 1:k + 3])
        if not (numbers.is_count(w) or w.isdigit()):
            return False
    return False


def _with_bearing(an: Analysis, start: int, end: int) -> tuple[int, int]:
    """A place's span from its first word, with the bearing or place noun before it ("جنوب الناصرية",
    "شمال شرقي بغداد", "مدينة أواكساكا")."""
    start = an.word_start_at(start)
    for a, _ in reversed(an.word_spans_before(start, 2)):
        word = an.text[a:start].split()[0].removeprefix("و")
        if word not in DIRECTION_WORDS and word not in _PLACE_HEADS:
            break
        start = a
    return start, end


def _following_words(an: Analysis, t: Match, names: list[tuple[int, int]],
                     phrases: list[tuple[int, int]]) -> frozenset[str]:
    """The words a `requires` list is checked against: the next six after the trigger and the two
    before it (a subject before its verb: "مليون متظاهر خرجوا"), as written and without clitics.
    An actor phrase (``phrases``) takes one place ("فجر مسلحون من جماعة جند الله البلوشية قنبلة"); a
    name (``names``: named organisations and people) takes one place and lends none of its words
    ("هاجم الجيش معاقل للجماعة السلفية للدعوة والقتال": no call, دعوة, was made)."""
    text = an.text
    words: list[str] = []
    spans = an.word_spans_after(t.word_end, _WORD_WINDOW * 3)  # the words after the trigger's own
    k, slots = 0, 0
    while slots < _WORD_WINDOW and k < len(spans):
        start = spans[k][0]
        if text[start] in "وف" and an.event_word_in(start, start + 1) and any(
                c in text[spans[k - 1][1] if k else t.word_end:start] for c in "،,؛;"):
            break  # "أصر على منعها، واعتقلت عشرات المتظاهرين": a new clause with its own verb
        name = _span_at(names, start)
        phrase = _span_at(phrases, start)
        end = name[1] if name else (phrase or spans[k])[1]
        word = text[spans[k][0]:spans[k][1]]
        while k < len(spans) and spans[k][0] < end:  # one place for the whole phrase
            if name is None:
                words.append(text[spans[k][0]:spans[k][1]])
            k += 1
        # a crowd's size takes no place ("خرج عشرات الآلاف من أنصار الحزب في مسيرة"), nor a
        # quantifier or the supporters before whom they follow ("قطع مناصرو المعارضة منذ الفجر معظم الطرق")
        if not (name is None and phrase is None and (numbers.is_count(word) or word.isdigit() or word.removeprefix("و") in _NO_PLACE_WORDS or (
                word == "من" and len(words) > 1 and (numbers.is_count(words[-2]) or words[-2] in _NO_PLACE_WORDS)))):
            slots += 1  # a date ("في 20 يونيو") is a phrase and takes its place
    # a verb with an object pronoun refers back to its object, which may stand a few words earlier
    # ("عشرة صواريخ من طراز قسام أطلقها ناشطون"); other verbs look at the two words before (a subject)
    # ("صاروخ من طراز قسام أطلق من قطاع غزة": a passive or relative verb, a preposition right after it,
    # refers back to its noun as well)
    back = 5 if (text[t.word_start:t.word_end].endswith(_OBJECT_PRONOUNS) and t.end < t.word_end) or (
        an.words_after(t.word_end, 1) in _ONE_PREPOSITION_AFTER_A_PASSIVE) else 2
    edge = t.word_start
    for start, end in reversed(an.word_spans_before(t.word_start, back)):
        if _CLAUSE_END_RE.search(text, end, edge):
            break  # not past a clause's end ("بالدم والنار؛ فالحدود … فتحها تنظيم داعش")
        words.append(text[start:end])
        edge = start
    return frozenset(words) | frozenset(morph.strip_clitics(w) for w in words)


_OBJECT_PRONOUNS = ("ها", "هم", "هما", "ه")
_NO_PLACE_WORDS = frozenset(("معظم", "كل", "جميع", "بعض", "اغلب", "غالبيه", "كافه", "عددا", "عدد",  # quantifiers
                             "مناصرو", "مناصري", "انصار", "مويدو", "مويدي"))  # supporters of someone
_ONE_PREPOSITION_AFTER_A_PASSIVE = (["من"], ["علي"], ["باتجاه"], ["نحو"])
_CLAUSE_END_RE = re.compile(r"[،,.؛:؟!]")



def _with_comma_words(an: Analysis, t: Match, following: frozenset[str]) -> frozenset[str]:
    """``following`` and the words after commas further on (looked for only when the near words
    lack what a `requires` list asks for)."""
    words = _after_commas(an, t)
    return following | frozenset(words) | frozenset(morph.strip_clitics(w) for w in words) if words else following


_COMMA_REACH = 20  # words after the trigger in which a comma may open the verb's circumstantial phrase


def _after_commas(an: Analysis, t: Match) -> list[str]:
    """The words right after a comma within the trigger's sentence: a circumstantial participle or
    accusative there ("خرج المئات في مدينة درعا … عقب صلاة الجمعة، مطالبين بالإفراج") describes the
    main verb however long its subject and place."""
    sent = an.sentence_of(t.start)
    s_end = an.sentences[sent][1] if sent >= 0 else len(an.text)
    spans = an.word_spans_after(t.word_end, _COMMA_REACH)
    end = min(s_end, spans[-1][1]) if spans else t.word_end
    stop = _CLAUSE_STOP_RE.search(an.text, t.word_end, end)
    if stop is not None:
        end = stop.start()
    out = []
    for m in _COMMA_RE.finditer(an.text, t.word_end, end):
        nxt = an.word_spans_after(m.end(), 2)
        if nxt and nxt[0][0] < s_end:
            out.append(an.text[nxt[0][0]:nxt[0][1]])
            if len(nxt) == 2 and nxt[1][0] < s_end and out[-1] in ("في", "الي"):
                # "شارك مليون شخص، غالبيتهم من الطلاب، في مسيرات": the word a preposition governs
                out.append(an.text[nxt[1][0]:nxt[1][1]])
    return out


_COMMA_RE = re.compile(r"[،,]")
_CLAUSE_STOP_RE = re.compile(r"[.؛;:]")


_REQUIRED_REACH_BEFORE = 5  # words before a trigger that `_following_words` may read
_REQUIRED_REACH_AFTER = _COMMA_REACH + 3  # and after it: the words after commas reach furthest


def _required_word_near(an: Analysis, t: Match) -> bool:
    """A cheap test before `_following_words`: does any word a sense of ``t`` requires occur, even
    inside a longer word, among the words that test could read? Every word it reads, and its form
    without clitics, is a piece of the text there, so where none occurs the trigger can go at once
    (most matches of split-phrase verbs lack their object word)."""
    starts, ends = an.word_starts, an.word_ends
    i = bisect.bisect_left(starts, t.word_start)
    lo = starts[max(0, i - _REQUIRED_REACH_BEFORE)] if starts else 0
    hi = ends[min(len(ends), i + 1 + _REQUIRED_REACH_AFTER) - 1] if ends else len(an.text)
    return any(_required_words_re(h.entry.requires_words).search(an.text, lo, hi) for h in t.hits)


@lru_cache(maxsize=None)
def _required_words_re(words: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words))))


def _phrase_follows(an: Analysis, t: Match, phrase: tuple[str, ...]) -> bool:
    """The rest of a split phrase within the next ten words after its verb, in order, each word at
    most two words after the one before ("سمحت السلطات بدخول قافلة مساعدات" for "سمح/سمح بدخول
    المساعدات"), read as written: a name may hold them ("أعادت فرنسا فتح السفارة الفرنسية")."""
    keys = [morph.word_key(w) for w in an.words_after(t.word_end, _PHRASE_WINDOW)]
    for i, key in enumerate(keys):
        if key != phrase[0]:
            continue
        at = i
        for word in phrase[1:]:
            at = next((j for j in range(at + 1, min(at + 4, len(keys))) if keys[j] == word), -1)
            if at < 0:
                break
        else:
            return True
    return False


def _without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans, each overlapping an earlier one dropped (``_span_at`` needs them disjoint)."""
    out: list[tuple[int, int]] = []
    for span in sorted(spans):
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def _span_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The span of the sorted, non-overlapping ``spans`` that holds ``pos``."""
    k = bisect.bisect_right(spans, (pos, 1 << 30)) - 1
    return spans[k] if k >= 0 and spans[k][0] <= pos < spans[k][1] else None


def _required_past_the_phrase(an: Analysis, t: Match, entry: Trigger) -> bool:
    """A split phrase's required word may stand after the phrase's rest, past the six words a verb
    looks at ("أغلق عشرات التجار في سوق المدينة محالهم حتى الظهر اعتراضا على"): looked for within
    the phrase's reach and six words more."""
    if not entry.requires_past_phrase:
        return False
    words = an.words_after(t.word_end, _PHRASE_WINDOW + _WORD_WINDOW)
    return not entry.requires_words.isdisjoint({*words, *(morph.strip_clitics(w) for w in words)})


def _requirement_met(an: Analysis, t: Match, entry: Trigger, actors: list[ActorMention], c_end: int,
                     following: frozenset[str]) -> bool:
    if entry.requires_words and entry.requires_words.isdisjoint(following) \
            and not _required_past_the_phrase(an, t, entry) \
            and not (entry.plover == "THREATEN" and warned_an_actor(an, t, actors)):
        return False
    if entry.requires_phrase and not _phrase_follows(an, t, entry.requires_phrase):
        return False
    if not entry.requires:
        return True
    for a in actors:
        if a.start >= t.end and a.start < c_end + 40 and an.count_words(t.end, a.start) <= 8:
            if a.sector in entry.requires:
                return True
        # "أن مقاتليه أسروا جنديين": the subject right before the verb
        if a.end <= t.word_start and not an.count_words(a.end, t.word_start) and a.sector in entry.requires:
            return True
    return entry.plover == "ASSAULT" and (_passive_report(an, t) or _claimed_act(an, t))


def _claimed_act(an: Analysis, t: Match) -> bool:
    """"أعلنت مجموعة مسؤوليتها عن خطف أربعة أميركيين": what a group claims is an attack whatever else
    the word may mean."""
    return _claim_word_at(an, t) is not None


_PASSIVE_FOLLOWERS = frozenset("في من امس اليوم علي قرب عند بعد اثناء خلال صباح مساء ليل فجر".split())
_AGENT_MARKER_RE = re.compile(r"(?:^|\s)(?:من\s+قبل|علي\s+يد|علي\s+ايدي)\s")


def _passive_report(an: Analysis, t: Match) -> bool:
    """"أمجد وهبة … خطف في وسط المدينة من قبل أربعة مسلحين", "خطف أمس": an unvowelled verb followed
    by where or when, not by an object, is a passive whose victim came before; it reports the act
    when the sentence names its agent or dates it (not "خطف في الدقيقة الأخيرة هدف الفوز")."""
    nxt = an.words_after(t.word_end, 1)
    if not nxt or nxt[0] not in _PASSIVE_FOLLOWERS or t.suffix:
        return False
    s_end = an.sentences[an.sentence_of(t.start)][1]
    return bool(_AGENT_MARKER_RE.search(an.text, t.end, s_end)) or any(
        t.end <= d.start < s_end and an.count_words(t.end, d.start) <= 3 and d.precision == "day" for d in an.dates)


def _participant_pairs(an: Analysis, entry: Trigger, source: ActorMention | None, target: ActorMention | None,
                       actors: list[ActorMention]) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """One (source, target) per coordinated actor: "قطعت السعودية والإمارات والبحرين ومصر علاقاتها
    مع قطر" is four events; a meeting, agreement or joint act of several ("أطلقت مصر واليونان
    وقبرص مشروعا مشتركا") is the first named with each of the others."""
    sources = coordinated_chain(an, source, actors)
    if len(sources) > 1 and any(_same_mention(target, a) for a in sources[1:]):
        if is_mutual(entry) or between_at(an, sources[0]) is not None:
            # "التطبيع بين واشنطن وهافانا" is Washington's with Havana, not also Havana's with itself
            return [(sources[0], a) for a in sources[1:]]
        # "دعم أصدقائنا في فلسطين واليمن وسوريا": a list after the act is what it is done to, each of it
        return [(None, a) for a in sources]
    return [(src, tgt) for src in sources
            for tgt in (coordinated_chain(an, target, actors) if src is source else [target])]


# "تحتجز 89 طفلا شاركوا في الهجوم", "نقل ثلاثة جنود أصيبوا في انفجار لغم إلى مستشفى": people held, moved,
# tried or cared for, described by the deed they took part in or suffered: that deed is told of
_PART_OR_HURT_RE = re.compile(r"^(?:شارك|شاركوا|شاركن|اشترك|اشتركوا|ساهموا|تورطوا|اصيب|اصيبوا|اصيبا|جرحوا|قتلوا|قتلا)$")
_HANDLING_VERBS = frozenset("""نقل نقلت تحتجز يحتجز احتجزت احتجز اعتقلت اعتقل اوقفت اوقف تسلمت سلمت افرجت افرج
    استقبل استقبلت زار زارت تعالج يعالج عالجت حاكمت تحاكم يحاكم ادانت دانت""".split())


def _deed_of_the_held(an: Analysis, t: Match, actors: list[ActorMention]) -> bool:
    """An attack or protest noun after "شاركوا في" / "أصيبوا في" that describes an indefinite
    object of a verb of holding, moving, trying or caring for people: told of, not reported."""
    before = an.words_before(t.word_start, 2)
    if len(before) < 2 or before[1] != "في" or not _PART_OR_HURT_RE.match(before[0]):
        return False
    held = _indefinite_people_right_before(an, actors, an.word_spans_before(t.word_start, 2)[0][0])
    return held is not None and any(w.removeprefix("و") in _HANDLING_VERBS
                                    for w in an.words_before(an.word_start_at(held.start), 4))


def _indefinite_people_right_before(an: Analysis, actors: list[ActorMention], pos: int) -> ActorMention | None:
    """The actor ending right before the word at ``pos`` when it is indefinite ("89 طفلا", "سائحتين"),
    so that a verb or clause after it describes it (no relative pronoun after an indefinite noun)."""
    held = next((a for a in actors if an.count_words(a.end, pos) == 0 and a.end <= pos), None)
    # (a possessive makes it definite: "أن مقاتليها خطفوا" is the group's own men doing it)
    return None if held is None or held.suffix or an.text.startswith("ال", an.word_start_at(held.start)) else held


# "أفرج مسلحون أمس عن مهندسين ألمانيين اختطفوا قرب صنعاء": the release is the news, the kidnapping
# that describes its hostages is told of
_RELEASE_WORDS = frozenset("""افرج افرجت افرجوا افرجا يفرج تفرج الافراج افراج اطلق اطلقت اطلقوا يطلق تطلق اطلاق
    سراح حرر حررت حرروا يحرر تحرر تحرير تسلم تسلمت تسلموا استعاد استعادت""".split())


_FAMILIES_AND_NAMES = frozenset("اسماء ذوي اهالي عايلات اسر ارواح ذكري الذكري".split())


def _deed_describing_people(an: Analysis, t: Match, actors: list[ActorMention], abduction: bool) -> bool:
    """A verb right after an indefinite people phrase, describing them (an Arabic relative clause
    needs no pronoun after an indefinite noun): told of, not reported, when a word before the
    phrase makes them the people named, remembered or mourned ("تليت أسماء ثلاثة آلاف شخص قتلوا في
    الهجمات") or, for a kidnapping, those being released ("أفرج مسلحون عن سائحتين اختطفتا")."""
    held = None if t.prefix else _indefinite_people_right_before(an, actors, t.word_start)
    if held is None:
        return False
    # (past the count before the people: "أسماء نحو ثلاثة آلاف شخص"; and not a word of a name:
    # "حركة تحرير دلتا النيجر" releases no one)
    spans = [(lo, hi, an.text[lo:hi].removeprefix("و")) for lo, hi in an.word_spans_before(an.word_start_at(held.start), 6)]
    before = [(w, an.entity_in(lo, hi)) for lo, hi, w in spans
              if not (numbers.is_count(w) or w.isdigit() or w in _COUNT_WORDS)]
    return any(morph.strip_clitics(w) in _FAMILIES_AND_NAMES for w, _named in before[-3:]) or (
        abduction and any(w in _RELEASE_WORDS and not named for w, named in before))


def _crime_of_the_sentenced(an: Analysis, t: Match, s_start: int) -> bool:
    """"نفذ حكم القتل قصاصا بحق رجل قتل جاره": a verb right after the one a sentence is passed on
    (بحق and a noun or two) tells his crime, not news."""
    if t.prefix:
        return False
    before = an.words_before(t.word_start, 8, s_start)
    at = next((i for i in range(len(before) - 1, len(before) - 4, -1) if i >= 0 and before[i] == "بحق"), None)
    return at is not None and at < len(before) - 1 and any(w in SENTENCE_WORDS for w in before[:at])


_MEANS_WORDS = frozenset(("في", "ب", "جراء", "اثر", "بسبب"))
_REMEMBERED = frozenset("ذكري الذكري ذكرا تاريخ اسماء تعويض تعويضات".split())


def _means_of_earlier_attack(an: Analysis, t: Match, drafts: list[EventDraft], sent: int,
                             target: ActorMention | None) -> EventDraft | None:
    """"ارتكبت الميليشيا مجزرة بحق المدنيين بقصف عشوائي": an attack noun after ب that tells how an
    attack told before it in the clause was done has that attack's author and victims; read as a
    circumstance of casualties, it would make the author before it its victim."""
    if t.verb_form() or not t.prefix.startswith(("ب", "وب")):
        return None
    d = _draft_before(drafts, sent, t)
    if d is None or d.entry.plover != "ASSAULT" or d.trigger.verb_form() or d.source is None \
            or not _same_mention(target, d.source):
        return None  # (an attack told by a noun: "مجزرة"; a light verb, "يقوم … باختطاف", is the same event)
    if _CLAUSE_PUNCT_RE.search(an.text, d.trigger.end, t.start) \
            or any(w.removeprefix("و").removeprefix("ف") in QAMA_FORMS for w in an.words_between(d.trigger.end, t.start)) \
            or any(m.verb_form() for m in an.triggers_in(d.trigger.end, t.word_start)):
        return None  # another clause, or the ب-noun is what قام did ("يقوم عناصر الوحدة باختطاف المدنيين")
    return d



def _draft_before(drafts: list[EventDraft], sent: int, t: Match) -> EventDraft | None:
    """The last event of sentence ``sent`` whose trigger ends before ``t`` (drafts are in text order)."""
    return next((d for d in reversed(drafts) if d.sentence == sent and d.trigger.end <= t.start), None)


def _detail_of_a_told_attack(an: Analysis, t: Match, drafts: list[EventDraft], sent: int, details: set[int]) -> bool:
    """An attack noun that tells how an attack told of was done, in the same noun phrase: "الذكرى
    الثانية لاغتيال الحريري في انفجار شاحنة مفخخة", "لقي ثلاثة آلاف شخص مصرعهم منذ اندلاع التمرد
    …، في أعمال عنف". It is that attack, told of too."""
    if t.verb_form():
        return False
    d = _draft_before(drafts, sent, t)
    if d is None or d.entry.plover != "ASSAULT" or not d.background or (d.entry.verbal and d.trigger.start not in details):
        return False  # (a verb only when told of itself: "أسماء ثلاثة آلاف شخص قتلوا في الهجمات")
    between = an.words_between(d.trigger.end, t.word_start)
    marked = (t.prefix[:1] == "ب" or (between and between[-1] in _MEANS_WORDS))
    if len(between) <= 1 and not marked:
        same_phrase = not an.clause_break_in(d.trigger.end, t.start)  # "انفجار شاحنة مفخخة"
    else:
        gap = an.text[d.trigger.end:t.start]
        commas = gap.count("،") + gap.count(",")
        toll = _CASUALTY_WORD_RE.match(an.text, d.trigger.start) is not None
        same_phrase = marked and len(between) <= 16 and (commas == 0 or (commas == 1 and toll)) \
            and not an.triggers_in(d.trigger.end, t.word_start) and "." not in gap
    if not same_phrase:
        return False
    # told of as history, a memory or a statistic, not merely framed ("عقب مقتل 15 جنديا الجمعة في
    # هجوم شنه متمردون": after a recent attack, still news); the costlier tests last
    s_start, s_end = an.sentences[sent]
    return d.historical or d.trigger.start in details \
        or any(morph.strip_clitics(w) in _REMEMBERED for w in an.words_before(d.trigger.word_start, 3)) \
        or _aggregate(an, _clause_bounds(an, s_start, s_end, d.trigger.start, d.trigger.end))


def _destination(an: Analysis, t: Match, place: PlaceMention) -> bool:
    """The place is where the event sends something: after the trigger, إلى up to three words
    before it and no clause break between ("إلى مدينة خان يونس", "إلى قاعدة الوطية غرب ليبيا")."""
    if place.start < t.end:
        return False
    spans = an.word_spans_before(an.word_start_at(place.start), 3)
    for start, end in reversed(spans):
        if start < t.end or an.clause_break_in(end, place.start):
            return False
        if an.text[start:end] in ("الي", "والي"):
            return True
    return False


def _alternative_to(an: Analysis, t: Match, drafts: list[EventDraft], sent: int) -> EventDraft | None:
    """An event word after أو or ولا whose alternative, a few words before, is negated, hypothetical
    or told of shares its fate: "لم تسجل أي عمليات إطلاق صواريخ أو غارات جوية" reports neither. A
    noun joined by و right after a noun told of is told of too."""
    joined = t.prefix == "و" and not t.verb_form()
    if not joined and (an.word_before(t.word_start) not in ("او", "ولا") or t.prefix):
        return None
    d = _draft_before(drafts, sent, t)
    if d is None or an.count_words(d.trigger.end, t.word_start) > (2 if joined else 3):
        return None
    # a noun joined by و shares only being told of ("مخاطر من وقوع هجمات إرهابية وعمليات خطف")
    return d if d.background or (not joined and (d.negated or d.hypothetical)) else None


def find_events(an: Analysis) -> list[EventDraft]:
    drafts: list[EventDraft] = []
    body_end = an.meta.body_end
    # actor phrases take one place among the words a trigger's `requires` looks at; names lend none
    name_spans = sorted({(an.word_start_at(a.start), a.end) for a in an.actors if a.kind in ("org", "person")})
    phrase_spans = sorted({_with_bearing(an, a.start, a.end) if a.kind == "country" else (an.word_start_at(a.start), a.end)
                           for a in an.actors} - set(name_spans))
    # a date takes one place too: "قامت الجماعة في ديسمبر (كانون الأول) 2005 بخطف"
    # and a place with its bearing: "قطع عشرات من سكان قضاء سوق الشيوخ جنوب الناصرية الطريق"
    phrase_spans = _without_overlaps(phrase_spans + [(an.word_start_at(d.start), d.end) for d in an.dates
                                                     if " " in an.text[d.start:d.end]]
                                     + [_with_bearing(an, p.start, p.end) for p in an.places])
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
    accidents: dict[int, set[str]] = {}  # per sentence, the words of the attack senses read as accidents
    details: set[int] = set()  # starts of attack nouns told as details of an attack told of
    for t in an.trigger_matches:
        if t.start < an.code_from or t.end > body_end:
            continue
        sent = an.sentence_of(t.start)
        if sent < 0:
            continue
        # cheap test first: most matches of split-phrase verbs lack their object word and go
        following: frozenset[str] | None = None
        if all(h.entry.requires_words for h in t.hits) and not (
                any(h.entry.plover == "THREATEN" for h in t.hits)
                and warned_an_actor(an, t, by_sentence_actors.get(sent, []))):  # "حذرت روسيا إسرائيل من"
            if not _required_word_near(an, t):
                continue
            following = _following_words(an, t, name_spans, phrase_spans)
            if all(h.entry.requires_words.isdisjoint(following) for h in t.hits):
                following = _with_comma_words(an, t, following)
                if all(h.entry.requires_words.isdisjoint(following) for h in t.hits) and not any(
                        _required_past_the_phrase(an, t, h.entry) for h in t.hits):
                    continue
        s_start, s_end = an.sentences[sent]
        # a question asks, a film's story or a match is not news: no event of the sentence is reported
        kinds = {c.hits[0].entry.kind for c in by_sentence_cues.get(sent, [])}  # type: ignore[union-attr]
        not_news = an.text[s_start:s_end].rstrip(' "»”')[-1:] in ("؟", "?") or (
            "fiction" in kinds and _tells_a_story(an, by_sentence_cues.get(sent, [])))
        sport = _about_sport(an, by_sentence_cues.get(sent, []))
        clause = _clause_bounds(an, s_start, s_end, t.start, t.end)
        actors = _without_later_speakers(an, t, by_sentence_actors.get(sent, []), by_sentence_cues.get(sent, []))
        if sent not in quote_regions:
            quote_regions[sent] = _quote_regions(an.text, s_start, s_end)
        region = next((r for r in quote_regions[sent] if r[0] <= t.start < r[1]), None)
        if region:  # inside a direct quote the speaker is not a participant: use the quote's own actors
            # (and the subject right before a quote that opens with the verb: "إن فرنسا «تدين…»")
            lead = _subject_before_quoted_verb(an, t, actors, region)
            actors = [a for a in actors if region[0] <= a.start < region[1] or a is lead]
            clause = (max(clause[0], lead.start if lead is not None else region[0]), min(clause[1], region[1]))
        # a sense whose required following word is present is more specific than a plain one, and a
        # longer split phrase more than a shorter one ("فرضت … حظرا شاملا للتجوال" is a curfew, not an embargo)
        ordered = sorted(t.hits, key=lambda h: (not (h.kind == "trigger" and h.entry.requires_words),
                                                -len(getattr(h.entry, "requires_phrase", ()))))
        for hit in ordered:
            if hit.kind != "trigger":
                continue
            entry: Trigger = hit.entry  # type: ignore[assignment]
            if entry.requires_words and following is None:
                following = _with_comma_words(an, t, _following_words(an, t, name_spans, phrase_spans))
            if not _requirement_met(an, t, entry, actors, clause[1], following or frozenset()):
                continue
            if _blatant(an, t):
                continue  # "تدخل سافر": the adjective 'blatant', not "he travelled"
            if entry.verbal and _noun_with_a_pronoun(an, t, entry):
                continue  # "سيطرتهم على المؤسسة": their control, a noun; سيطر takes no object pronoun
            if entry.verbal and _hamzated_participle(an, t):
                continue  # "بائعو الخضار": sellers, not "they pledged allegiance" (بايع), once ئ is ي
            if entry.verbal and _prayer_formula(an, t):
                continue  # "استقبل الملك - أيده الله - الوفد": a blessing, not God's support reported
            if entry.plover == "REQUEST" and (_prayer(an, t) or _kunya(an, t) or _short_circuit(an, t)
                                              or _gives_cause_for(an, t) or _seeker(an, t) or _prompted(an, t)
                                              or _student(an, t) or _market_demand(an, t)
                                              or _seeking_a_good(an, t) or _let_me(an, t) or _required(an, t)
                                              or _claimed(an, t) or _eligibility(an, t, s_start)):
                continue  # "ودعا الأمير الله أن…", "علي بن أبي طالب", "التماس كهربائي", "يدعو للقلق": no request
            if entry.plover == "ASSAULT" and _FELL_VERB_RE.match(an.text[t.word_start:t.word_end]) \
                    and not _projectile_fell(an, t):
                continue  # "سقط النظام بعد أن أطلقت الصواريخ": a regime fell, not a rocket
            if entry.plover == "ASSAULT" and (_animals_or_a_wave(an, t, s_start, s_end) or _into_a_market(an, t)
                                              or _campaign_aimed_at(an, t, s_start, s_end)
                                              or _rescuers_broke_in(an, t, s_start)):
                continue  # "إعدام آلاف الطيور", "موجة بيع اجتاحت الأسواق": a cull or a wave, not an attack
            if entry.plover == "ASSAULT" and _defeated_an_idea(an, t):
                continue  # "دحر مخططاتهم", "دحر الإرهاب": plans or an ideology defeated, no one attacked
            if entry.plover == "ASSAULT" and (_figurative(an, t) or _bombshell(an, t)):
                continue  # "هجوما دبلوماسيا", "قصف إعلامي": an attack in words or by diplomacy
            if _pronoun_homograph(an, t) or _word_of_other_root(an.text[t.word_start:t.word_end]) \
                    or _part_of_a_place_name(an, t):
                continue  # "ظاهرة التحرش ومظاهره": its aspects, not a demonstration; "والدهم" their father
            if entry.verbal and not t.prefix and _after_a_number(an, t):
                continue  # "ثلاثين طالبا": students counted, not the verb "they demanded"
            if entry.verbal and not t.prefix and SUFFERED_RE.match(an.word_before(t.word_start)):
                continue  # "تعرض طالب للطعن": the subject of تعرض, a noun, not the verb "demanded"
            if entry.plover == "PROTEST" and entry.verbal and JOINED_RE.match(an.text[t.word_start:t.word_end]) \
                    and not _joined_a_march(an, t):
                continue  # "شاركت مصر في مسيرة السلام", "شاركت طائرات مسيرة في القصف": no march joined
            if entry.plover == "PROTEST" and (_electoral_rally(an, t, s_start, s_end) or _audience(an, t, s_start, s_end)):
                continue  # "احتشد أنصار الحزب في مهرجان انتخابي": a campaign rally; "لحضور حفل": an audience
            if entry.plover == "AGREE" and _kept_silence(an, t):
                continue  # "التزم الصمت", "التزمت الفكر نفسه": kept silence or a creed, promised nothing
            if entry.plover == "AGREE" and _in_keeping_with(an, t):
                continue  # "بما يتفق مع مبادئ حسن الجوار": in keeping with, no agreement reached
            if entry.plover == "RETREAT" and entry.mode == "release" and entry.verbal and _relief_not_release(an, t):
                continue  # "نفرّج كرب إخواننا": relieving distress, no one released
            if entry.cameo == "115" and _family_suit(an, t, s_end):
                continue  # "أقامت زوجة دعوى خلع ضد زوجها": family law, no political accusation
            if entry.plover == "ACCUSE" and _professes_or_owes(an, t):
                continue  # "يدين غالبية السكان بالإسلام", "يدين له بالفضل": a faith or a debt, no condemnation
            if entry.plover == "REJECT" and _an_ailment(an, t):
                continue  # "توفي بعد عارض صحي": an ailment, no one opposed
            if entry.plover == "REJECT" and _stood_in_the_way(an, t):
                continue  # "اعترض فيل طريق السياح": blocked a path, objected to nothing
            if entry.plover == "AGREE" and _concurs_or_matches(an, t):
                continue  # "ووافقتها الرأي زميلتها", "بما يوافق تطلعات", "اليوم يوافق": no agreement
            if entry.plover == "COERCE" and entry.mode == "seize" and _market_share(an, t):
                continue  # "سيطرت الشركة على حصة من السوق": a market share, nothing seized
            if entry.mode == "martial-law" and (_emergency_of_a_service(an, s_start, s_end)
                                                 or _another_deed_on_the_emergency(an, t, entry, s_end)):
                # "أعلن المستشفى حالة الطوارئ لاستقبال المصابين": a hospital's alert, no martial law;
                # "أعلنت الحكومة رفع حالة الطوارئ": the lifting is the event
                continue
            if entry.plover == "MOBILIZE" and _published(an, t):
                continue  # "نشرت الشرطة فيديو على الإنترنت", "في بيان نشره": published, not deployed
            if entry.plover == "THREATEN" and (_board_or_painting(an, t) or _and_a_feast(an, t)):
                continue  # "على شكل لوح", "قماشة لوحته": a board, a painting; "رمضان وعيد الفطر": and the feast
            if entry.plover == "CONSULT" and _family_or_friends(an, t):
                continue  # "زيارة الأقارب والأهل", "الاجتماع الأسري": family and friends, no talks
            if entry.plover == "CONSULT" and _searching(an, t):
                continue  # "بحثا عن الأفيال", "عمليات بحث وتمشيط", "محرك بحث": a search, not talks
            if entry.passive_source != "subject" and _received_not_thrown(an, t):
                continue  # "تلقى التعليمات وزود الخلية بالسلاح": received, not "throws (down) the weapons"
            if entry.plover == "SUPPORT" and _welcomed_in_person(an, t, actors):
                continue  # "رحب الأمير بالحضور", "رحب الملك بقادة دول المجلس": a greeting, not an endorsement
            if entry.plover == "MOBILIZE" and _sent_a_message(an, t):
                continue  # "أرسل قائد الفيلق برقية تعزية بمقتل قائد": a cable sent, not troops
            if entry.plover == "SANCTION" and _classified_into(an, t):
                continue  # "صنفت الدراسة التنظيمات الإرهابية إلى أربع فئات": sorted, no one designated
            if entry.plover == "SUPPORT" and _technical_support(an, t):
                continue  # "ويدعم التطبيق 140 بلدا": software works with them, backs no one
            if entry.plover == "SUPPORT" and _subsidy(an, t):
                continue  # "خفض دعم الوقود", "دعم أسعار النفط": a subsidy or a price held up, no one backed
            if entry.plover == "CONSULT" and _relates_to(an, t):
                continue  # "أسئلة تتصل بتضاؤل الدعم", "طلب يتصل بحملات": relates to, no one calls
            if entry.plover == "CONSULT" and _telecommunications(an, t):
                continue  # "هيئة الاتصالات", "تكنولوجيا الاتصالات": telecommunications, no contacts
            if entry.plover == "CONSULT" and (_ideas_meeting(an, t) or _sociology(an, t)):
                continue  # "تلتقي مصالح البلدين": interests coincide, no one meets
            if entry.plover == "CONSULT" and _received_no_visitor(an, t):
                continue  # "استقبل المستشفى المصابين", "تستقبل الحديقة الزوار": no host meeting a visitor
            if entry.plover == "COERCE" and entry.cameo == "173" and _trapped(an, t, s_start, s_end):
                continue  # "احتجازهم داخل مصعد": trapped people rescued, no one detained
            if entry.plover in ("COERCE", "ASSAULT") and entry.verbal and _feelings_as_subject(an, t):
                continue  # "حاصرتني الدموع", "هاجمتني الذكريات": a feeling, no one's act
            if entry.plover == "COERCE" and _fire_brought_under_control(an, t):
                continue  # "سيطرت فرق الإطفاء على الحريق": firemen, not a seizure
            if entry.plover == "PROTEST" and _other_protest_sense(an, t, entry):
                continue  # "تظاهر بالمرض" pretended, "احتج بوجود" argued from, "احتجنا" needed
            if entry.plover == "ASSAULT" and (_accidental(an, t, entry, by_sentence_cues.get(sent, []), clause)
                                              or bomb_mishap(an, t, s_start, s_end)
                                              or _told_accident(an, t, accidents.get(sent, frozenset()))):
                # "لقي ثلاثة مصرعهم في حادث سير": deaths, not violence; "إثر انفجار أسطوانة غاز …،
                # وقال الدفاع المدني إن تسربا أدى إلى الانفجار": the explosion told again
                accidents.setdefault(sent, set()).add(strip_article(an.text[t.word_start:t.word_end]))
                continue
            if entry.plover == "ASSAULT" and _fired_in_an_exercise(an, t, s_start, s_end):
                continue  # "أجرت القوات مناورات أطلقت خلالها صواريخ": an exercise, not an attack
            if entry.plover == "ASSAULT" and entry.mode == "firearms" and _into_the_air(an, t):
                continue  # "أطلقت الشرطة أعيرة نارية في الهواء تحية له": a salute or a warning, no one shot at
            if entry.plover == "COOPERATE" and not _verbal_entry(entry) and _attacked(an, t):
                continue  # "هجوم استهدف دورية مشتركة": the joint patrol is what was attacked
            if entry.plover == "REJECT" and _declined_to_comment(an, t):
                continue  # "رفض المتحدث التعليق على التقارير": no comment, not a rejection (CAMEO 012's sense)
            if entry.plover == "REJECT" and _declined_to_be_named(an, t):
                continue  # "مسؤول رفض الإفصاح عن هويته": a source's anonymity, no rejection between actors
            if entry.plover == "REQUEST" and _asked_anonymity(an, t):
                continue  # "مسؤول طلب عدم الكشف عن اسمه": a source's anonymity, no request between actors
            if entry.plover == "ASSAULT" and _weapon_found(an, t, entry):
                continue  # "عثرت الشرطة على عبوة ناسفة", "فككت سيارة مفخخة": a bomb found, not an attack
            if entry.plover == "ASSAULT" and entry.mode == "destroy" and _records_destroyed(an, t):
                continue  # "سجلت ودمرت شرائط فيديو", "دمرت قنبلة": records or a bomb destroyed, not an attack
            if entry.plover == "ASSAULT" and (_dawn(an, t) or _outburst(an, t, entry, s_start, s_end)):
                continue  # "الساعة الثالثة فجرا" is dawn; "فانفجرت رايس" an outburst, not a bomb
            if entry.cameo == "114" and entry.verbal and _recalled_own_envoy(an, t):
                entry = RECALLED_ENVOY  # "استدعت ألمانيا سفيرها في أنقرة": its own ambassador called home
            if entry.plover == "PROTEST" and entry.mode == "vandalize" and _looting_by_arms(an, t, actors, clause):
                entry = LOOTING  # "أعمال نهب من قبل مسلحين": armed men seizing property, no riot
            if entry.plover == "AGREE" and _vowed_violence(an, t):
                entry = VOWED_FORCE  # "تعهدت الحركة بشن هجمات في أنحاء البلاد": a threat, not a promise to cooperate
            # "قتل مدنيان في قصف لطائرات التحالف": after a preposition the verb form is its verbal noun,
            # whose author follows it; whether it happened is still read as for the verb
            # (so is one in the accusative with its adjective: "أن قصفا مدفعيا استهدف مواقعهم")
            role_entry = _nominal(entry) if entry.verbal and entry.plover == "ASSAULT" \
                and (_verbal_noun_after_preposition(an, t) or _accusative_noun_described(an, t)) else entry
            source, target = assign_roles(an, t, role_entry, actors, clause)
            if entry.plover == "ACCUSE" and entry.requires_words and source is not None and not source.implied \
                    and source.sector in _FIGHTING_SECTORS and _SHANNA_RE.match(an.text[t.word_start:t.word_end]):
                continue  # "شن الجيش هجوما عنيفا على مواقع الحوثيين": armed men attack with arms, not words
            if entry.cameo == "062" and _a_sale_between_firms(source, target):
                continue  # "تسلمت شركة الطيران طائرات من الشركة المصنعة": a purchase, not military cooperation
            if entry.plover == "ACCUSE" and _bore_responsibility(an, t, target):
                continue  # "رغبة في تحمل المسؤولية", "تحمل الوزير المسؤولية": bore it, blamed no one
            if entry.cameo == "054" and not entry.requires_words and _admitted(an, t, target):
                continue  # "اعترف الجيش بإسقاط الطائرة": admitted a deed, recognised no one
            if entry.plover == "ASSAULT" and _victim_of_earlier_attack(an, drafts, sent, source):
                source = None  # "قتل مدنيان في قصف": the victims of قتل did not shell
            if entry.plover == "ASSAULT" and (means := _means_of_earlier_attack(an, t, drafts, sent, target)) is not None:
                source, target = means.source, means.target  # "ارتكبت الميليشيا مجزرة بحق المدنيين بقصف عشوائي"
            source = _shared_subject(an, t, drafts, sent, source)
            if source is not None and _same_mention(source, target):
                # the subject shared from the event before is this one's victim when named after the
                # verb ("رفضا للعدوان وقتل الأطفال"); before it, it is the subject ("جنودا … فقتلوا رجلا")
                if target.start > t.start:
                    source = None
                else:
                    target = None
            if source is not None and entry.plover == "ASSAULT" and source.end <= t.start \
                    and source.sector not in ("UAF", "REB") and _CASUALTY_WORD_RE.match(an.text, t.start) \
                    and any(_RESULT_RE.match(w) for w in an.words_before(t.word_start, 3, s_start)):
                # "ضرب انفجار مقر المنظمة الدولية فأسفر عن مقتل موظفين", "أمام مركز لتطويع الشرطة، ما أسفر
                # عن مقتل": the toll is the attack's, whose target they were; its author is the attack's
                # (gunmen or bombers before it are more often its authors, read as a target by mistake)
                told = [d for d in drafts if d.sentence == sent and d.entry.plover == "ASSAULT"]
                hit = next((d for d in reversed(told) if _same_mention(d.target, source)), None)
                if hit is not None and not (source.sector in FORCE_SECTORS and hit is not told[-1]):
                    # (a force hit by an earlier attack of the sentence may be the author of the last one)
                    source = next((d.source for d in told if d.source is not None
                                   and not _same_mention(d.source, source)), None)
            if source is not None and entry.plover == "ASSAULT" and source.sector in (None, "CVL") \
                    and _blew_self_up(an, t, source):
                source = dataclasses.replace(source, sector="UAF")  # "فجر شابان نفسيهما": suicide bombers
            elif source is not None and entry.mode in _ARMED_MODES and _activists(an, source):
                source = dataclasses.replace(source, sector="UAF")  # "صواريخ أطلقها ناشطون": militants
            if source is not None and _in_slogan(an, source, t):
                source = None  # "على وقع هتافات «تركيا علمانية»، توجه المتظاهرون": Turkey chanted, not marching
            if is_execution(entry) and judicial_execution(an, t, source, actors, s_start, s_end):
                entry = judicial(entry)  # "أعدمت السلطات 12 رجلا أدينوا بالاتجار بالمخدرات": a sentence carried out
            negated, hypothetical, modality = modality_flags(an, t, by_sentence_cues.get(sent, []), clause, s_start)
            alternative = None if negated or hypothetical else _alternative_to(an, t, drafts, sent)
            told_of = (entry.plover == "ASSAULT" and _detail_of_a_told_attack(an, t, drafts, sent, details)) or (
                entry.plover in ("ASSAULT", "PROTEST") and not entry.verbal and _deed_of_the_held(an, t, actors)) or (
                entry.verbal and (_deed_describing_people(an, t, actors, abduction=entry.mode == "abduct")
                                  or _crime_of_the_sentenced(an, t, s_start)))
            if told_of:
                details.add(t.start)  # "في انفجار شاحنة مفخخة": the next noun of the phrase is told of too
            if alternative is not None:  # "لم تسجل أي عمليات إطلاق صواريخ أو غارات جوية": neither
                negated, hypothetical = alternative.negated, alternative.hypothetical
                modality = modality + [m for m in alternative.modality if m not in modality]
                told_of = alternative.background  # "مخاطر من وقوع هجمات أو عمليات خطف"
            # (a verb form after a preposition is its verbal noun: "دعا الوزير إلى رفض الاتفاق")
            call = None if hypothetical or (entry.verbal and not _verbal_noun_after_preposition(an, t)) \
                or entry.plover == "REQUEST" else (_called_for(an, t) or _demanded(an, t))
            if not call and not hypothetical and entry.plover == "PROTEST" and _adverbial_accusative(an, t):
                call = _purpose_of_a_protest_called_for(an, t, s_start)
            if not call and not hypothetical and entry.plover == "PROTEST" and not entry.verbal:
                call = _decided_to_hold(an, t)
            if call:  # "دعا الاتحاد إلى إضراب عام يبدأ الأحد": asked for, not (yet) held
                hypothetical, modality = True, modality + [f"hypothetical:{call}"]
            date = _pick_date(an, by_sentence_dates.get(sent, []), t, clause)
            excluded = (source,) if entry.mode == "visit" else (source, target)  # a visit happens at its target
            place = _pick_place(an, by_sentence_places.get(sent, []), t, entry, excluded)
            verbal = t.verb_form()
            is_anchored = anchored(an, t, clause, date, place)
            in_protest = (entry.plover == "PROTEST" and _adverbial_accusative(an, t)) or (  # "احتجاجا على"
                entry.plover == "COOPERATE" and _in_cooperation_with(an, t)) or (  # "ضبطت الشرطة بالتنسيق مع"
                entry.plover == "CONCEDE" and _adverbial_concession(an, t))  # "…، استجابة لمطالب المحتجين"
            told_occurring = not verbal and not in_protest and (occurrence_verb_before(
                an, t, entry.plover not in _FOLLOW_UP_WHEN_ANNOUNCED) or (
                entry.plover in _ORDERED_TYPES and _ordered(an, t, s_start)))
            if not verbal and source is None and target is None and not is_anchored \
                    and not (place is not None and clause[0] <= place.start < clause[1]) \
                    and not (entry.plover in _VIOLENT and any(clause[0] <= p.start < clause[1]
                                                              for p in by_sentence_places.get(sent, []))) \
                    and not in_protest \
                    and not (entry.plover == "PROTEST" and told_occurring) \
                    and not (entry.plover == "ASSAULT" and _claimed_here(an, t, s_start)):
                continue  # "القتل والاغتيال السياسي": a topic, not a reported event ("تواصلت الاحتجاجات" is one)
            occurring = verbal or in_protest or told_occurring or _headline(an, t, s_start, source, target, place) \
                or _circumstantial_participle(an, t, entry) or (entry.plover == "ASSAULT" and cause_of_casualties(an, t)) \
                or (entry.plover in ("ASSAULT", "PROTEST") and day_of(an, t)) \
                or (entry.plover == "PROTEST" and not verbal and _CONSECUTIVE_DAY_RE.search(an.text, s_start, s_end) is not None) \
                or (entry.plover in ("ASSAULT", "PROTEST") and not verbal and occurrence_verb_after(an, t)) \
                or (entry.plover == "PROTEST" and not verbal and _setting_of_a_deed(an, t, s_start)) \
                or (entry.plover == "PROTEST" and not verbal and _answered_call_to(an, t, s_start)) \
                or (entry.plover == "PROTEST" and not verbal and _own_protest_continued(an, t, s_start))
            # "بسبب دورهم في قمع الاحتجاجات": after a preposition the verb form is a verbal noun, framed as one
            as_verb = verbal and not _verbal_noun_after_preposition(an, t)
            if sport and not (entry.plover in _VIOLENT and _armed_or_deadly(an, actors, s_start, s_end)) \
                    and not (entry.plover in ("PROTEST", "ASSAULT") and _fans_protesting(an, s_start, s_end)) \
                    and not (entry.plover == "PROTEST" and entry.cameo == "145"):  # a match turned into a riot
                not_news = True  # a match or a club; but gunmen or a death toll near a team are violence
            if entry.plover == "ASSAULT" and not verbal and _on_a_market(an, t):
                not_news = True  # "تعرض الجنيه الإسترليني لهجوم من المضاربين": a run on a currency
            background = not_news or told_of or in_relative_clause(an, t, verbal) or is_background(an, t, clause, as_verb) or (
                entry.plover == "ASSAULT" and not verbal and _TOLL_UPDATE_RE.search(an.text, clause[0], t.start) is not None) or (
                entry.plover == "ASSAULT" and not verbal and _TOLL_NAMED_FIRST_RE.search(an.text, clause[0], clause[1]) is not None) or (
                entry.plover == "ASSAULT" and not verbal and _victims_of_a_told_attack(an, t)) or (
                entry.plover == "ASSAULT" and _DIED_OF_WOUNDS_RE.search(an.text, s_start, t.start) is not None) or (
                entry.plover in ("ASSAULT", "PROTEST") and _aggregate(an, clause, entry.plover)) or (
                entry.plover in ("ASSAULT", "PROTEST") and _DECADE_RE.search(an.text, clause[0], clause[1]) is not None) or (
                _REMINDER_RE.match(an.text, s_start) is not None) or (
                _ANNIVERSARY_RE.search(an.text, s_start, s_end) is not None) or (
                not verbal and _NTH_ANNIVERSARY_RE.search(an.text, s_start, t.start) is not None) or (
                entry.plover in ("ASSAULT", "COERCE", "PROTEST") and _listed_crime(an, t, verbal)) or (
                not verbal and _characterised_as(an, t, s_start)) or (
                entry.plover == "PROTEST" and _purpose_of_a_counted_set(an, t)) or (
                not occurring and not is_anchored) or (
                not occurring and anaphoric(an, t) and not counts_casualties(an, clause[0], clause[1])) or (
                not verbal and _told_again(an, t)) or (not verbal and _named_by_its_date(an, t, date)) or (
                not verbal and pointed_back_to(an, t))
            if entry.plover == "COERCE" and verbal and not background and _state_of_control(an, t):
                background = True  # "المدن التي يسيطر عليها التنظيم": who holds a place, not a seizure told
            if entry.plover in _NEEDS_SCENE and verbal and not background:
                background = not _has_scene(an, t, entry, clause, date, place, source, target)
            if (entry.plover == "CONSULT" or entry.cameo in _NEEDS_SOMEONE or _HADDADA_RE.match(an.text[t.word_start:t.word_end])) \
                    and verbal and source is None and target is None:
                # "يلتقي بنهر دجلة", "تستضيف بطولة": meeting, hosting, discussing with no one named;
                # "تدعم السماعة ميزة"، "نشكر الإخوة": a feature supported, thanks in a speech, no actor
                continue
            if entry.plover == "ASSAULT" and _disposed_ordnance(an, source, actors, s_start, s_end):
                continue  # "فجر فوج الهندسة قنبلة عنقودية من مخلفات الحرب": ordnance destroyed, no attack
            if entry.plover == "PROTEST" and entry.requires_words and source is not None and not source.implied \
                    and source.sector in FORCE_SECTORS:
                continue  # "كان ضباطه يخرجون إلى الشوارع": forces moving through the streets are no protest
            if entry.plover == "PROTEST" and entry.mode == "obstruct" and not _blocked_by_people(an, t, source, s_start, s_end):
                continue  # "قطعت القوات طرق الإمداد", "أغلقت الشرطة الطريق": no protest without protesters
            if entry.plover == "PROTEST" and _protest_word(an, t) and (
                    _protesting_state(an, t, source, actors, s_start) or _protest_delivered(an, t)):
                entry = OFFICIAL_PROTEST
                source, target = assign_roles(an, t, entry, actors, clause)  # "لدى إيران" marks its target
            if entry.plover == "PROTEST" and not verbal and (crowd := _protesters_named_after(an, t, actors)) is not None:
                # "مشاريع قوانين أثارت احتجاجات من الناخبين": whose protests they are, not the sentence's subject
                source, target = crowd, (None if target is crowd else target)
            elif entry.plover == "PROTEST" and not verbal and source is not None and is_state(source) \
                    and _crowds_protest(an, t):
                source = None  # "الاحتجاجات الشعبية": a crowd's, not the sentence's minister or state
            if entry.plover == "PROTEST" and _names_protesters(an, t):
                source = protesters_in_phrase(an, t, place)  # "احتشد المتظاهرون": the subject is in the phrase
            if entry.plover == "PROTEST" and source is not None and source.kind == "nisba" and source.sector == "GOV":
                source = dataclasses.replace(source, sector="CVL")  # "مظاهرة كردية": people of that nation, not its state
            if entry.plover == "ASSAULT" and (target is None or target.implied) \
                    and an.text[t.word_start:t.word_end].startswith("مقتول"):
                target = _found_killed(an, t, actors, s_start) or target
            if entry.plover == "PROTEST" and target is not None and done_to(an, target, t):
                target = None  # "احتجاجا على اعتقال زعيم الحزب": the arrested man is not whom they protest against
            if entry.plover == "PROTEST" and source is not None and done_to(an, source, t):
                source = None  # "احتجاجا على مقتل صبي": nor who protested
            if entry.plover == "PROTEST" and not verbal and source is not None and source.sector in FORCE_SECTORS \
                    and source.end <= t.start:
                # "فرقت قوات الدرك … مسيرة شارك فيها ثلاثة آلاف شخص بدعوة من حزب جبهة العمل": the forces
                # before a protest noun met the protest; who called it, or its crowd, protested
                # (a crowd may hold its caller: "ألفي شخص بدعوة من حزب التجمع" is one phrase)
                source = next((a for a in actors if t.end <= a.start < s_end
                               and (organiser(an, a) or " بدعوه من " in an.text[a.start:a.end])), None)
                if target is not None and target.end <= t.start and target.sector in FORCE_SECTORS:
                    target = None
            if entry.plover == "PROTEST" and target is not None and organiser(an, target):
                # "إضراب عام دعت إليه أكبر نقابتين", "لبى دعوة نقابات مستقلة": who called the protest
                # leads it; it is not whom the protest is against
                source = target if source is None or source.implied else source
                target = None
            if entry.plover == "PROTEST" and not background:
                source = source or implied_protesters(an, t, place)
                if target is not None and union_as_venue(an, target):
                    target = None  # "أمام نقابة الصحافيين": where they gathered
                target = (target if target is not None and target.sector not in _THINGS_PROTESTED_AT else None) \
                    or addressee(an, t, actors, source) or target or _forces_clashed_with(an, actors, s_start, s_end) \
                    or implied_government(an, t, place, source)
                if target is not None and target.implied:
                    # "أضرب الأسرى الفلسطينيون في السجون الإسرائيلية عن الطعام": prisoners protest to
                    # the state that holds them
                    target = _custodian(an, actors, s_start, s_end) or target
                if target is not None and target.country is None and target.kind in ("agent", "title", "org") \
                        and not target.implied \
                        and (place is not None or source.country is not None):
                    # "تجمع آلاف الشباب الكويتيين أمام مجلس الأمة": a body named without its country is
                    # the one where the protest is held, or the protesters' own
                    target = dataclasses.replace(target, country=place.country if place else source.country,
                                                 country_inferred=True)
            elif entry.plover == "PROTEST" and source is not None:
                # an elaboration still says whom the protesters addressed ("هتافات شجبت القصف الإيراني")
                target = target or addressee(an, t, actors, source)
            if entry.plover == "RETREAT" and entry.mode == "withdraw" and target is None and place is not None \
                    and place.country is not None and (source is None or source.country != place.country) \
                    and _withdrawn_from(an, t, place):
                # "انسحبت القوات الأمريكية من قاعدة عين الأسد في الأنبار": the forces leave that country
                target = implied_host(t, place)
            if entry.plover in ("MOBILIZE", "AID") and target is None and place is not None \
                    and _destination(an, t, place):
                target = implied_recipient(t, place, source)  # "أرسل الأردن مستشفى ميدانيا إلى خان يونس"
            if entry.plover == "COERCE" and target is None and not background and (
                    entry.mode in _POPULATION_MODES or (entry.mode == "seize" and _property_seized(an, t, source))):
                target = implied_population(t, place, source)
            if entry.plover == "ASSAULT" and target is None:
                target = _in_ranks_of(an, t, actors, s_end) or (
                    None if verbal else _victims_of_result(an, t, actors, s_end) or _subset_of_the_toll(an, t, actors, s_end))
            if entry.plover == "ASSAULT" and source is None and target is not None and not target.implied:
                source = _clash_partner(an, t, actors, target, s_end)  # "قتلوا في اشتباك مع متمردين"
            if entry.plover == "ASSAULT" and target is not None:
                target = _named_subset(an, target, actors)
                target = _nationality_of_the_scene(an, t, target, actors, s_end)
            if entry.plover == "ASSAULT" and (target is None or (target.kind == "nisba" and target.sector is None)) \
                    and not background and entry.mode in _SITE_ATTACK_MODES:
                # "فجر انتحاريان نفسيهما قرب القنصلية الأميركية" (before a nationality of a thing further on)
                target = _seat_near(an, t, actors, clause, source) or target
            if entry.plover == "ASSAULT" and target is None:
                target = _pronoun_target(an, t, actors, source)  # "أطلقوا عليه النار": the one named before
            if entry.plover == "ASSAULT" and entry.mode == "beat" and entry.verbal and t.prefix[:1] == "و" \
                    and _carries_object_pronoun(an, t):
                # "اعتقلت الشرطة زعيم المعارضة وضربته بشدة": a verb joined to the one before, its pronoun
                # the same object and its subject the same
                prev = _draft_before(drafts, sent, t)
                if prev is not None and prev.target is not None and not prev.target.implied:
                    source, target = prev.source or source, prev.target
                elif source is not None and source.end <= t.start and target is None:
                    # "أوقف رجال الأمن عشرات الطلاب وضربوهم": with no event before, the people right
                    # before the verb are its pronoun's antecedent, and the subject the one before them
                    earlier = [a for a in actors if s_start <= a.start and a.end <= source.start and not a.implied]
                    source, target = (earlier[-1] if earlier else None), source
            if entry.plover == "ASSAULT" and target is None and not background:
                # where it happened: a named place, or one named by its nationality only
                country = place.country if place is not None else an.described_places.get(sent) or \
                    _country_as_place(an, actors, t, clause) or \
                    _struck_place_country(an, by_sentence_places.get(sent, []), t, clause, actors)
                target = implied_victims(t, country) if country else None
            if entry.plover == "ASSAULT" and source is None and not background:
                source = implied_attackers(an, t, entry)
                if source is not None and source.sector == "UAF" and source.country is None and place is not None \
                        and place.country:
                    # "انفجرت عبوة في شارع مكتظ ببيروت": an armed group of the place, as its victims are
                    source = dataclasses.replace(source, country=place.country, country_inferred=True)
            if entry.plover == "ASSAULT" and _verbal_attack(an, t, entry, source, s_start, s_end):
                # "شن الرئيس الفلسطيني أعنف هجوم له على حماس"; a light verb stays one, to merge with its noun
                if _attacked_in_a_text(an, t, s_start) and source is not None and source.start > t.start:
                    # "أصدرت الحركة بيانا يهاجم الرئيس": the text's object is attacked, its author wrote it
                    source, target = next((a for a in reversed(actors) if clause[0] <= a.start and a.end <= t.start
                                           and is_participant(a)), None), source
                entry = dataclasses.replace(VERBAL_ATTACK, verbal=entry.verbal, requires_words=entry.requires_words)
            if entry.plover == "ASSAULT" and not verbal and source is not None and is_protesters(an, source) \
                    and any(_RESULT_RE.match(w) for w in an.words_before(t.word_start, _RESULT_REACH, s_start)):
                # "خرج المتظاهرون …، فأطلقت قوات مكافحة الشغب الرصاص عليهم، ما أدى إلى مقتل أربعة": the
                # toll is of the forces' fire told between, not of the protesters
                force = next((a for a in reversed(actors) if source.end <= a.start < t.start and a.sector in FORCE_SECTORS),
                             None)
                source = force or source
            if entry.plover == "ASSAULT" and _clash_of_protesters(an, t, source, target, s_start, s_end):
                # "مواجهات بين الشرطة ومئات الشبان … احتجاجا على مقتل فتى": the protesters' riot
                entry, source, target = RIOT, target, source
            elif entry.plover == "ASSAULT" and _clash_of_protesters(an, t, target, source, s_start, s_end, PROTESTING_PEOPLE_SECTORS) \
                    and _only_a_purpose_tells_the_protest(an, s_start, s_end):
                # "اشتبك مئات الطلاب مع الجنود … احتجاجا على اعتقال زملائهم" (with a protest of its own
                # told, "خلال تظاهرة احتجاجا على قرار الحكومة", the clash is part of that one)
                entry = RIOT
            elif entry.plover in ("ASSAULT", "COERCE") and source is not None and (
                    is_protesters(an, source)
                    or (_crowd_deed(an, t, source) and _in_unrest(an, t, clause, s_end))
                    or _chanting_crowd(an, t, source, s_end)
                    or (_STORMED_RE.match(an.text, t.start) is not None and (
                        _civilians_with_demands(an, t, source, s_end) or _counted_supporters(an, source)))):
                # "اقتحم العشرات من ذوي الضحايا مبنى البرلمان مطالبين بالكشف عن مصير أبنائهم"
                entry = RIOT  # protesters burning, clashing, storming: a violent protest (PLOVER riot)
                if target is None and _CLASHED_RE.match(an.text[t.word_start:t.word_end].split(" ")[0]):
                    # "اشتبك المحتجون الذين اقتحموا ساحة المبنى مع عناصر الشرطة": whom they fought
                    target = _forces_clashed_with(an, actors, s_start, s_end)
            elif entry.plover == "COERCE" and source is not None and not background \
                    and _civilians_with_demands(an, t, source, s_end):
                entry = OBSTRUCTION  # "حاصر آلاف المزارعين المصنع مطالبين الشركة": a siege in protest
            elif entry.plover == "COERCE" and source is None and target is not None and target.start > t.end \
                    and an.count_words(t.end, target.start) <= 2 and _civilians_with_demands(an, t, target, s_end):
                # "حاصر آلاف المزارعين موقع المصنع مطالبين": the crowd counted after the verb, read as
                # its object, besieged the site with its demands
                entry, source, target = OBSTRUCTION, target, None
            if entry.plover == "COERCE" and entry.mode == "arrest" and _armed_non_state(source) \
                    and target is not None and not target.implied and target.sector not in _HELD_NOT_ABDUCTED:
                # "احتجز مسلحون من المعارضة 13 راهبة": held by an armed group, not arrested by a
                # state: an abduction (CAMEO 181)
                entry = dataclasses.replace(entry, plover="ASSAULT", mode="abduct", cameo="181", context=())
            if entry.plover == "PROTEST" and not background:
                background = _elaborates_protest(an, t, entry, source, s_end, date is not None)
            historical = is_historical(date, an.pub_date)
            if historical and not background and _years_ago(an, date) and clause[0] <= date.start < clause[1] \
                    and not _date_of_another_event(an, t, date.start):
                background = True  # "قتل في انفجار سيارة مفخخة قبل عامين": recalled, not news
            if historical and not background and is_history(date, an.pub_date):
                background = True  # "قصفت الطائرات العراقية مدينة حلبجة في آذار 1988": history, not news
            if not hypothetical and not (verbal and not present_tense(an, t)) and _dated_after_publication(an, date, clause):
                # a past verb was done already ("اتفقتا على فتح المعبر الشهر المقبل"): the date is its object's
                hypothetical = True  # "وقفات احتجاجية أيام 10 و17 و24 أغسطس": planned, not yet held
                modality = modality + ["future_date"]
            for src, tgt in _participant_pairs(an, entry, source, target, actors):
                drafts.append(EventDraft(t, entry, sent, src, tgt, negated, hypothetical, modality, date, place,
                                         background, historical))
            break  # one event per trigger occurrence: the first listed sense wins
    drafts = _merge_attack_details(an, _drop_echoing_nouns(an, _without_joined_marches_told_twice(an, drafts)))
    _victims_of_the_result(an, drafts)
    _toll_of_a_past_attack(an, drafts)
    _author_from_frame(an, drafts)
    _author_from_claim(an, drafts)
    _author_from_how_clause(an, drafts)
    _survivor_as_target(an, drafts)
    _support_as_aid_purpose(an, drafts)
    drafts = _aid_sent(an, drafts)
    drafts = _light_trigger_with_its_object(an, drafts)
    _support_naming_a_plan(an, drafts)
    _request_answered(an, drafts)
    _demand_of_a_protest(an, drafts)
    threats = conditional_threats(an, drafts)
    for threat in threats:  # "ستقصف الحركة المدينة إذا …": a threat, and the act
        drafts.insert(drafts.index(next(d for d in drafts if d.trigger is threat.trigger)) + 1, threat)
    if threats:
        drafts = warnings_told_as_threats(an, drafts, threats)
    drafts = without_safety_advice(an, drafts)
    for refusal in refusals(an, drafts):  # "أكد أنه لن يتنحى": a refusal, and the negated act
        drafts.insert(drafts.index(next(d for d in drafts if d.trigger is refusal.trigger)) + 1, refusal)
    _threatened_deeds(an, drafts)
    threatened_parties(an, drafts)
    drafts = _merge_protest_purpose(an, drafts)
    for d in _protests_of_named_protesters(an, drafts, by_sentence_actors, by_sentence_dates, by_sentence_places):
        at = next((i for i, o in enumerate(drafts) if o.trigger.start > d.trigger.start), len(drafts))
        drafts.insert(at, d)
    for d in drafts:
        if _same_mention(d.source, d.target) and _suffered_before(an, d.target, d.trigger):
            d.source = None  # "تعرض المعتقلون للتعذيب": one mention is not both sides; it suffered the act
        elif _same_mention(d.source, d.target) and d.entry.plover == "ASSAULT" and d.target.start < d.trigger.start:
            d.target = None  # "جنودا أميركيين … فقتلوا رجلا": the subject told before did it
    _located_by_dateline(an, drafts, by_sentence_places, by_sentence_actors)
    _share_a_listed_frame(an, drafts)
    return _reactions_first(an, drafts)


def _share_a_listed_frame(an: Analysis, drafts: list[EventDraft]) -> None:
    """"دين باغتصاب فتاة وقتلها", "بتهمة خطف رجل وتعذيبه": a verbal noun with its pronoun joined by و
    to an attack noun two words before shares that noun's frame: a charge, a cause or a topic is told
    as background for both."""
    for i, d in enumerate(drafts):
        if d.entry.plover != "ASSAULT" or d.background or not d.trigger.prefix.startswith("و"):
            continue
        word = an.text[d.trigger.word_start:d.trigger.word_end]
        if _joined_to_an_unreported_genitive(an, d, drafts):
            d.background = True  # "تهمة التواطؤ في خطف وقتل جنود": a charge's second deed
            continue
        if not (d.trigger.suffix and word.endswith(_OBJECT_PRONOUNS)):
            continue
        for p in drafts[:i]:
            if p.entry.plover == "ASSAULT" and p.background and not p.entry.verbal and p.sentence == d.sentence \
                    and an.count_words(p.trigger.end, d.trigger.word_start) <= 2 \
                    and not any(c in an.text[p.trigger.end:d.trigger.start] for c in "،,؛;.:"):
                d.background = True
                break


_GENITIVE_PREPOSITIONS = frozenset(("في", "عن", "من", "علي", "الي"))
_PREPOSITION_PREFIXES = frozenset(("ب", "ل", "بال", "لل"))


def _joined_to_an_unreported_genitive(an: Analysis, d: EventDraft, drafts: list[EventDraft]) -> bool:
    """The attack word right before, joined by و with only a space between, is a noun after a
    preposition that no reported event of the sentence tells: the second is its coordinate, a topic
    or a frame as it is."""
    spans = an.word_spans_before(d.trigger.word_start, 2)
    if len(spans) < 2 or an.text[spans[1][1]:d.trigger.word_start].strip():
        return False
    (plo, phi), (lo, hi) = spans
    first = next((m for m in an.triggers_in(lo, hi) if senses(m, "ASSAULT")), None)
    if first is None or present_tense(an, d.trigger) or not (
            an.text[plo:phi] in _GENITIVE_PREPOSITIONS or first.prefix.lstrip("وف") in _PREPOSITION_PREFIXES):
        return False  # ("يرتكبون المجازر ويغتصبون": a verb joined to a verb's object)
    return not any(o.sentence == d.sentence and o.trigger.word_start == lo and o.entry.plover == "ASSAULT"
                   and not (o.background or o.hypothetical or o.negated) for o in drafts)


def _date_of_another_event(an: Analysis, t: Match, pos: int) -> bool:
    """A frame of another event (منذ، بعد، إثر…), or more than a few words, stand between ``t`` and
    ``pos`` ("رفع حالة الطوارئ المفروضة منذ محاولة الانقلاب الفاشلة قبل عامين": the date is the coup
    attempt's, not the lifting's)."""
    lo, hi = (t.end, pos) if pos >= t.end else (pos, t.start)
    if an.count_words(lo, hi) > _OWN_DATE_REACH:
        return True  # too far to be the event's own
    return any(w in _OTHER_FRAME_WORDS for w in an.words_between(lo, hi))


_OTHER_FRAME_WORDS = frozenset("منذ ومنذ بعد وبعد اثر عقب اعقاب اثناء خلال".split())


_OWN_DATE_REACH = 6


def _years_ago(an: Analysis, date: DateMention | None) -> bool:
    """"قبل عامين", "قبل ثلاث سنوات": a deed dated years back from the day of writing is recalled
    (an interview, a witness, a profile); a date written out ("في 14 شباط 2005") is how running
    prose tells the story of an event, and stays reported with the ``historical`` flag. "منذ ثلاث
    سنوات" is the same recall, or a count over those years ("قتل المئات منذ عامين"): no new deed."""
    return date is not None and date.precision == "year" and an.text.startswith(("قبل", "وقبل", "منذ", "ومنذ"),
                                                                                 date.start)


def _located_by_dateline(an: Analysis, drafts: list[EventDraft], by_sentence_places: dict[int, list[PlaceMention]],
                         by_sentence_actors: dict[int, list[ActorMention]]) -> None:
    """"بغداد - (رويترز): قتل ثلاثة جنود …": an event reported in its own right whose sentence names
    no place takes the city of the dateline that opens its paragraph or one before it, marked
    ``place_basis = "dateline"``. A sentence that places its events in a country ("في العراق", "في
    مدينة كونمينغ الصينية") of another country than the dateline's keeps no place."""
    datelines = sorted((p for p in an.places if p.country and is_dateline(an, p.start, p.end)), key=lambda p: p.start)
    if not datelines:
        return
    starts = [p.start for p in datelines]
    ends = [_paragraph_end(an, p.start) for p in datelines]
    for d in drafts:
        if d.place is not None or d.background or d.historical or any(
                p.start not in starts for p in by_sentence_places.get(d.sentence, [])):
            continue
        k = bisect.bisect_right(starts, d.trigger.start) - 1
        if k < 0 or d.trigger.start >= ends[k]:
            continue  # before the first dateline, or past its paragraph (later ones tell more places)
        s_start, s_end = an.sentences[d.sentence]
        if _UNKNOWN_PLACE_RE.search(an.text, s_start, s_end):
            continue  # "في مدينة فوتوكول": a town the gazetteer lacks, not the dateline's city
        city = datelines[k]
        elsewhere = an.described_places.get(d.sentence) or next(
            (a.country for a in by_sentence_actors.get(d.sentence, []) if a.kind in ("country", "capital")
             and _placed_in(an, a)), None)
        if elsewhere and elsewhere != city.country:
            continue  # "واشنطن - قتل جنديان أمريكيان في العراق": not in Washington
        countries = {a.country for a in (d.source, d.target) if a is not None and a.country and not a.country_inferred}
        if countries and city.country not in countries:
            continue  # "ياوندي - كثف المتمردون النيجيريون الهجمات": the Nigerians' attacks were in Nigeria
        d.place, d.place_basis = city, "dateline"


def _placed_in(an: Analysis, a: ActorMention) -> bool:
    """"في العراق", "داخل سوريا", "في شمال الكاميرون": a country named as where things happen."""
    if preposition_before(an, a.start, a.prefix) in ("في", "داخل"):
        return True
    words = an.words_before(an.word_start_at(a.start), 2)
    return len(words) == 2 and words[0] in ("في", "داخل") and strip_article(words[1]) in DIRECTION_WORDS


# "في مدينة …", "ببلدة …": a place named by its kind, which the gazetteer may not know
_UNKNOWN_PLACE_RE = re.compile(r"(?:^|\s)(?:في|وفي|ب|وب)\s*(?:ال)?(?:مدينه|بلده|قريه|منطقه|ولايه|محافظه|اقليم|مخيم|ناحيه|قضاء)\s")


def _paragraph_end(an: Analysis, start: int) -> int:
    """Where the paragraph holding ``start`` ends: a dateline opens its story's lead; later
    paragraphs tell background, reactions and other places."""
    end = an.text.find("\n", start)
    return len(an.text) if end < 0 else end


_THREAT_REACH = 8
_CARRY_OUT_WORDS = frozenset(("بتنفيذ", "بشن", "بالقيام", "باللجوء"))


_THREATENED_STEPS_RE = re.compile(r"^ب(?:ال)?(?:خطوات|خطوه|اجراءات|تحركات|خيارات|سلسله|تصعيد|تصعيدا)$")


def _threatened_deeds(an: Analysis, drafts: list[EventDraft]) -> None:
    """"لوحت النقابة أمس بتنفيذ إضراب شامل": the deed a threat verb governs with ب, a few words on
    in its clause, has not happened; it is what was threatened (hypothetical)."""
    for threat in drafts:
        if threat.entry.plover != "THREATEN" or not threat.entry.verbal or threat.negated:
            continue
        for d in drafts:
            t = d.trigger
            if d is threat or d.sentence != threat.sentence or t.start < threat.trigger.end:
                continue
            distance = an.count_words(threat.trigger.end, t.start)
            if distance > 2 * _THREAT_REACH or _CLAUSE_PUNCT_RE.search(an.text, threat.trigger.end, t.start):
                continue
            # (or named among the steps it threatened: "لوح بخطوات تصعيدية تشمل العصيان المدني وقطع الطرق")
            steps = any(_THREATENED_STEPS_RE.match(w) for w in an.words_between(threat.trigger.end, t.word_start))
            if distance > _THREAT_REACH and not steps:
                continue
            if t.prefix.startswith("ب") or an.word_before(t.word_start) in _CARRY_OUT_WORDS or steps:
                d.hypothetical = True
                d.modality = d.modality + ["threatened"]


def _not_a_crowd(an: Analysis, a: ActorMention) -> bool:
    """"معتصم" alone is a man's name (Mu'tasim); "متظاهرة بذلك" is pretending."""
    word = morph.strip_clitics(an.text[a.start:a.end].split(" ")[0])
    following = an.words_after(a.end, 1)
    return word == "معتصم" or (word in ("متظاهر", "متظاهره", "متظاهرا") and bool(following) and following[0][:1] == "ب")


def _protesters_carrying_on(an: Analysis, crowd: ActorMention, sent: int) -> bool:
    """"واصل آلاف المعلمين المضربين أمس احتلال الساحة …، مطالبين باستقالة الحاكم": protesters
    (past their count) who are the subject of "carried on", with their demand or protest told in the
    sentence, are the protest going on, reported."""
    spans = an.word_spans_before(an.word_start_at(crowd.start), 4)
    words = [an.text[lo:hi] for lo, hi in spans]
    while words and (numbers.is_count(words[-1]) or words[-1].isdigit() or words[-1] == "من"
                     or an.entity_in(spans[len(words) - 1][0], spans[len(words) - 1][1])):
        words.pop()  # "آلاف", "مئات من", the people "المضربين" qualifies ("المعلمين")
    counted = len(words) < len(spans)
    if not words or not (CARRY_ON_RE.match(words[-1]) or (counted and _CROWD_MOVED_RE.match(words[-1]))):
        return False
    return _PROTEST_PURPOSE_RE.search(an.text, crowd.end, an.sentences[sent][1]) is not None \
        or _CHANTED_RE.search(an.text, crowd.end, an.sentences[sent][1]) is not None


# a counted crowd of protesters that tried, headed, gathered or marched: "وحاول آلاف المتظاهرين الوصول
# إلى مقر السفارة، مرددين هتافات": the protest, reported (not one the police dispersed: its object)
_CROWD_MOVED_RE = re.compile(r"^[وف]?[يت]?(?:حاول|توجه|تجمع|احتشد|سار|زحف|خرج|تدفق|نزل|وصل|اقترب|تمكن|تحدي)"
                             r"(?:ت|وا|ون|ا)?$")
_CHANTED_RE = re.compile(r"(?<!\S)[وف]?(?:مرددين|هاتفين|رافعين|منددين)(?!\S)")


def _protests_of_named_protesters(an: Analysis, drafts: list[EventDraft],
                                  by_sentence_actors: dict[int, list[ActorMention]],
                                  by_sentence_dates: dict[int, list[DateMention]],
                                  by_sentence_places: dict[int, list[PlaceMention]]) -> list[EventDraft]:
    """"وقام المتظاهرون بنصب خيامهم", "واستخدمت الشرطة الغاز لفض المتظاهرين": protesters named in a
    sentence that codes no protest are taking part in one. It is coded as background, an elaboration
    of a protest told elsewhere (annotators and PLOVER count the protest where it is reported), so
    that who protested, and against whom, is on record without counting a new protest."""
    with_protest = {d.sentence for d in drafts if d.entry.plover == "PROTEST"}
    found = []
    for sent, actors in by_sentence_actors.items():
        if sent in with_protest or sent < 0:
            continue
        crowd = next((a for a in actors if a.kind == "agent" and not a.implied and a.start >= an.code_from
                      and a.end <= an.meta.body_end and is_protesters(an, a) and not _not_a_crowd(an, a)), None)
        if crowd is None:
            continue
        word_start, word_end = an.word_spans_after(an.word_start_at(crowd.start), 1)[0]  # the protesters' word
        t = Match(crowd.start, word_end, (Hit("trigger", PROTESTERS_PROTEST, frozenset(), frozenset()),),
                  crowd.prefix, "", word_start, word_end)
        place = _pick_place(an, by_sentence_places.get(sent, []), t, PROTESTERS_PROTEST, (crowd,))
        target = addressee(an, t, actors, crowd) or implied_government(an, t, place, crowd)
        found.append(EventDraft(t, PROTESTERS_PROTEST, sent, crowd, target, False, False, [],
                                _pick_date(an, by_sentence_dates.get(sent, []), t, an.sentences[sent]), place,
                                background=not _protesters_carrying_on(an, crowd, sent)))
    return found


def _victim_of_earlier_attack(an: Analysis, drafts: list[EventDraft], sent: int, source: ActorMention | None) -> bool:
    """"قتل مدنيان في قصف": an actor told as killed or wounded just before is not the author of the
    attack that follows."""
    if source is None:
        return False
    for d in reversed(drafts):  # drafts come in text order: only this sentence's last ones
        if d.sentence != sent:
            return False
        if _same_mention(d.target, source) and _VICTIM_WORD_RE.match(an.text, d.trigger.start) is not None \
                and (_CASUALTY_WORD_RE.match(an.text, d.trigger.start) or an.count_words(d.trigger.end, source.start) <= 4):
            return True  # an assassination or abduction only when its victim follows it closely
    return False


# the killed, wounded or assassinated, told without their author ("اغتيل النائب في انفجار سيارة مفخخة")
_CASUALTY_WORD_RE = re.compile(r"(?:قتل|مقتل|اصيب|اصابه|جرح|مصرع|لقي|استشهد|استشهاد|سقط|اغتيل|اغتيال|محاوله اغتيال|محاوله لاغتيال)")
# killed, wounded, assassinated or abducted: "اغتيال النائب X بانفجار سيارة مفخخة" (not its author)
_VICTIM_WORD_RE = re.compile(r"(?:قتل|مقتل|اصيب|اصابه|جرح|مصرع|لقي|استشهد|سقط|اغتي|اغتال|اختطاف|اختطف|خطف)")


# after these an unprefixed verb form is its verbal noun: "في قصف", "جراء قتل", "إثر خطف"
_NOMINALISING_PREPS = frozenset("في جراء اثر عقب خلال بسبب نتيجه علي عن الي ضد".split())
# "أعمال قتل", "عمليات خطف", "حوادث اغتصاب": a noun of acts in construct before a verb form makes it
# the verbal noun too (a past verb never follows a bare noun in construct)
_NOMINALISING_HEADS = frozenset("اعمال عمليات حوادث جرايم حالات موجه حملات ممارسات تبرير لتبرير".split())


def _verbal_noun_after_preposition(an: Analysis, t: Match) -> bool:
    """"في قصف", and "لقصف" with ل attached: a past verb form after a preposition is its verbal
    noun (ل before a verb opens only a present: "ليقصف"); so is one after a noun of acts ("أعمال قتل")."""
    if t.prefix in ("ل", "ول", "فل"):
        return an.text[t.start:t.start + 1] not in ("ي", "ت", "ن", "ا")
    before = an.word_before(t.start)
    return not t.prefix and (before in _NOMINALISING_PREPS or before in _NOMINALISING_HEADS)


# adjectives of manner an attack noun takes ("قصفا مدفعيا", "هجوما عنيفا"); not nationalities or
# people, which after a dual verb are its object ("قتلا جنديا")
_ATTACK_MANNER_ADJECTIVES = frozenset(
    "مدفعيا جويا صاروخيا بريا بحريا عنيفا مكثفا كثيفا شديدا عشوايا متواصلا مركزا مباغتا منسقا".split())


def _accusative_noun_described(an: Analysis, t: Match) -> bool:
    """"قصفا مدفعيا": a form in ‑ا that could be a dual past verb, followed by an adjective of manner
    in the accusative, is the indefinite verbal noun, whose object is no subject."""
    if t.prefix not in ("", "و") or an.text[t.word_end - 1:t.word_end] != "ا" or t.suffix:
        return False
    following = an.words_after(t.word_end, 1)
    return bool(following) and following[0] in _ATTACK_MANNER_ADJECTIVES


@lru_cache(maxsize=None)
def _nominal(entry: Trigger) -> Trigger:
    return dataclasses.replace(entry, verbal=False, pos=NOMINALISED)


_NEEDS_SCENE = frozenset({"ASSAULT"})
# an announced attack or protest ("أعلنت الشرطة … مقتل") is as often a follow-up as a report
_FOLLOW_UP_WHEN_ANNOUNCED = _NEEDS_SCENE | {"PROTEST"}
# coercion imposed on everyone where it applies: its target, when none is named, is the population
_POPULATION_MODES = frozenset({"curfew", "martial-law", "restrict", "censor"})
# what people own: its seizure ("صادرت السلطات مئات الدونمات من أراضي القرى") coerces the people
# where it is seized, not whoever else the sentence names (weapons or drugs seized coerce nobody)
_PROPERTY_STEMS = ("اراضي", "ارض", "دونم", "الدونم", "ممتلكات", "منازل", "مزارع", "عقارات", "بيوت", "اموال")


def _property_seized(an: Analysis, t: Match, source: ActorMention | None) -> bool:
    """Land, homes or money within the four words after a seizure, or after its subject when the
    subject follows it ("صادرت سلطات الاحتلال مئات الدونمات")."""
    start = source.end if source is not None and source.start >= t.end else t.end
    return any(w.removeprefix("ال").startswith(_PROPERTY_STEMS) for w in an.words_after(start, 4))


def _has_scene(an: Analysis, t: Match, entry: Trigger, clause: tuple[int, int], date: DateMention | None,
               place: PlaceMention | None, source: ActorMention | None, target: ActorMention | None) -> bool:
    """News reports violence with a scene: who, whom, where, when, how or how many. A violent verb with
    none of them ("يقتلون", "قتلوا اولادي") is commentary, memory or fiction; so is a present-tense
    one ("يخطفون ويقتلون") that neither a day-precise date nor both participants anchor to an occurrence."""
    if date is not None and date.precision == "day":
        return True
    if present_tense(an, t):
        if source is not None and any(w.lstrip("وف") in _INCHOATIVE for w in an.words_before(t.word_start, 5, clause[0])):
            return True  # "بدأ الحراس الأمريكيون يطلقون النار": began to, an occurrence
        return source is not None and target is not None  # "شاهد مسلحين يطلقون النار على الطائرات"
    return (source is not None or target is not None or entry.mode is not None or anchored(an, t, clause, date, place)
            or (place is not None and clause[0] <= place.start < clause[1]) or _framed_by_an_attack(an, t, clause)
            or (entry.plover == "ASSAULT" and _attack_noun_subject(an, t)))


def _attack_noun_subject(an: Analysis, t: Match) -> bool:
    """"استهدف هجوم بطائرة مسيرة قاعدة", "استهدفها قصف مدفعي": an indefinite attack noun right after
    the verb is its subject, the attack itself (not "واستهدف الهجوم السيطرة", the one told before,
    nor "قتلانا وجرحانا", a list)."""
    def attack_noun_at(start: int, noun_only: bool = True) -> bool:
        return any(not m.prefix and not an.text.startswith("ال", m.start) and any(
            h.kind == "trigger" and h.entry.plover == "ASSAULT" and not (noun_only and h.entry.verbal) for h in m.hits)
            for m in an.triggers_in(start, start + 1))

    nxt = an.word_spans_after(t.word_end, 1)
    if nxt and attack_noun_at(nxt[0][0]):
        return True
    # "إن قصفا عنيفا استهدف معسكرا": the indefinite attack noun (accusative after إن) before the verb,
    # with its adjective (قصفا is also spelt as a dual verb: before another verb it is the noun)
    if t.prefix:
        return False  # "تتقاتل وتغزو المدن": a verb joined by و to another is no noun's predicate
    before = an.word_spans_before(t.word_start, 2)
    return any(an.text[en - 1:en] == "ا" and attack_noun_at(st, noun_only=False)
               and not an.clause_break_in(en, t.word_start) for st, en in before)


_SCENE_FRAMES = FRAME_WORDS | frozenset(("اثناء", "بغاره", "بضربه", "بهجوم", "بتفجير", "بانفجار"))


def _framed_by_an_attack(an: Analysis, t: Match, clause: tuple[int, int]) -> bool:
    """"قتل رؤوف … في ضربة جوية", "قتل خلال تبادل إطلاق نار": the attack a killing happened in is its
    how: an attack word within two words after a framing preposition, itself within eight words."""
    spans = [sp for sp in an.word_spans_after(t.end, 10) if sp[0] < clause[1]]
    for i, (start, end) in enumerate(spans[:8]):
        word = an.text[start:end]
        if word not in _SCENE_FRAMES:
            continue
        lo = start if word.startswith("ب") else end
        hi = spans[min(i + 2, len(spans) - 1)][1]
        if any(senses(m, "ASSAULT") for m in an.triggers_in(lo, hi)):
            return True
    return False


_INCHOATIVE = frozenset("بدا بدات بداوا اخذ اخذت اخذوا راح راحت راحوا شرع شرعت شرعوا".split())


# Normalisation writes ة as ه, so "مظاهرة" (demonstration) and "مظاهره" (its aspects, مظاهر + ه) meet;
# the original spelling tells them apart where the writer used ة.
_TA_MARBUTA_HOMOGRAPHS = frozenset(("مظاهره", "تظاهره"))


# whole words (with و, ف or ل before them) that read as a trigger once clitics are stripped:
# "والدهم" (their father) is not "و + الدهم" (and the raid)
_WORDS_OF_OTHER_ROOTS = frozenset("""والد والده والدها والدهم والدهما والدي والدين والدان والدتهم
    اسرته اسرتها اسرتهم اسرتي اسرتنا اسرتك التمسك بالتمسك قبضته قبضتها قبضتهم دعواه دعواها دعواهم
    يتوسطه يتوسطها تتوسطه تتوسطها توسطه توسطها يتوسطهم تتوسطهم""".split())  # أسرته: his family far more often than "she captured him"; التمسك: holding fast, not "he petitioned you"; قبضته: his grip (arrest takes على, never a pronoun); دعواه: his lawsuit; يتوسطها: lies in its middle (mediation takes بين, في or لدى)


# heads of place names: the definite noun after them is a name ("معبر الكرامة", "ساحة التحرير",
# "شارع الاستقلال", "مخيم العودة"), not an event
_NAMED_PLACE_HEADS = frozenset("معبر ميناء مطار مخيم شارع ساحه ميدان جسر حي".split())  # not منفذ: منفذ الهجوم, its perpetrator


def _part_of_a_place_name(an: Analysis, t: Match) -> bool:
    if any(h.entry.verbal for h in t.hits if h.kind == "trigger") or not t.prefix.endswith("ال"):
        return False
    return an.word_before(t.start).lstrip("وفب") in _NAMED_PLACE_HEADS


_BLATANT_NOUNS = frozenset("تدخل تدخلا انتهاك انتهاكا اعتداء عدوان عدوانا خرق خرقا تحد تحديا استفزاز استفزازا كذب تطاول".split())


# whom one visits or meets in private life: kin, friends, neighbours; and a family gathering
_PRIVATE_CIRCLE = frozenset("""الاقارب اقارب الاهل الارحام الاسري الاسريه العايلي العايليه العايله
    الاصدقاء اصدقاء الاصحاب الجيران الوالدين والديه""".split())  # (not the sick: an official visits them)


# what an order by authority carries out as it is given: an arrest, a deportation, a ban, a release
_ORDERED_TYPES = frozenset(("COERCE", "SANCTION", "RETREAT"))
_ORDER_WORDS = frozenset("امر امرت امروا يامر تامر قرار قرارا قرارات اوامر امرا".split())


def _ordered(an: Analysis, t: Match, s_start: int) -> bool:
    """"أمرت السلطات بترحيل آلاف العمال", "أصدرت المحكمة قرارا بحبس ناشط": a coercive act, a
    sanction or a release an authority orders is the act the order reports (within the order's
    clause: the ordering word at most four words before the ب of the act)."""
    if not t.prefix.startswith(("ب", "وب")):
        return False
    return any(w.removeprefix("و") in _ORDER_WORDS for w in an.words_before(t.word_start, 4, s_start))


def _family_or_friends(an: Analysis, t: Match) -> bool:
    """"يقضي العيد في زيارة الأقارب والأهل", "لحظة الاجتماع الأسري": a visit or a gathering of kin
    or friends is private life, not a meeting between parties."""
    near = an.words_after(t.word_end, 2) + an.words_before(t.word_start, 1)
    return any(w.removeprefix("و") in _PRIVATE_CIRCLE for w in near)


def _blatant(an: Analysis, t: Match) -> bool:
    """"تدخل سافر": the adjective 'blatant', not "he travelled"; also joined to another adjective of
    the noun ("تدخلا فجا وسافرا")."""
    word = an.text[t.word_start:t.word_end]
    if word.removeprefix("و") not in ("سافر", "سافرا", "سافره"):
        return False
    before = an.words_before(t.word_start, 3)
    if word.startswith("و"):  # "فجا وسافرا": the noun stands before the first adjective
        return len(before) >= 2 and morph.strip_clitics(before[-2]) in _BLATANT_NOUNS
    return bool(before) and morph.strip_clitics(before[-1]) in _BLATANT_NOUNS


def _word_of_other_root(word: str) -> bool:
    return word in _WORDS_OF_OTHER_ROOTS or (word[:1] in "وفل" and word[1:] in _WORDS_OF_OTHER_ROOTS)


# adjectives that make an attack noun a figure: diplomatic, media, political, verbal attacks
_FIGURATIVE_ADJECTIVES = frozenset("""دبلوماسي دبلوماسيا دبلوماسيه اعلامي اعلاميا اعلاميه سياسي سياسيا سياسيه
    كلامي كلاميا لفظي لفظيا اعلاني اعلانيا دعايي مضاربي مضاربيا مضاربيه المضاربين مضاربين
    تسويقي تسويقيا تسويقيه وهمي وهميا وهميه انتخابي انتخابيا انتخابيه قانوني قانونيا قانونيه قضايي قضاييا
    قضاييه اقتصادي اقتصاديا اقتصاديه تجاري تجاريا تجاريه نفسي نفسيا نفسيه""".split())
# "هجوم تسويقي", "صد هجوم وهمي" (a drill), "معركة انتخابية", "حرب تجارية"


_ASSASSINATED_RE = re.compile(r"^[وف]?(?:اغتال|اغتالت|اغتالوا|يغتال|تغتال|يغتالون|اغتيال)$")
_ABSTRACT_VICTIMS = frozenset("حلم احلام امل امال فرحه بسمه طفوله براءه روح الروح".split())
_SNATCHED_OR_BURNT_RE = re.compile(r"^[وف]?(?:[يت]?خطف|اختطف|[يت]?ختطف|خطف|[يت]?حرق|حرق)(?:ت|وا|ون)?$")
# what is "snatched" or "burnt" in a figure: hearts, eyes, the limelight, the stages of a process
_ABSTRACT_PREY = frozenset("قلوب قلب انظار اضواء انفاس ابصار اعجاب اهتمام مراحل خطوات".split())
_REPRESSED_RE = re.compile(r"^[وف]?(?:ال)?(?:[يت]?قمع)(?:ت|وا|ون|ا)?$")
_ABSTRACT_REPRESSED = frozenset("حريه حريات سلوك راي اراء فكر افكار شهوه شهوات غضب رغبه رغبات مشاعر".split())
_SHELLED_RE = re.compile(r"^[وف]?(?:قصف|قصفت|قصفوا|يقصف|تقصف|يقصفون)$")
_WORDS_FIRED = frozenset("اسيله الاسيله انتقادات الانتقادات اتهامات الاتهامات شتايم الشتايم تصريحات التصريحات رسايل الرسايل".split())
_FIGURE_IN_QUOTES_RE = re.compile(r"^(?:ال)?(?:مجزره|مذبحه|مجازر|مذابح|حرب|معركه|هجوم|قصف|تدمير|اغتيال|اعدام|غزو)$")
_FIGHT_NOUN_RE = re.compile(r"^(?:ال)?(?:هجوم|هجمات|هجمه|قصف|حرب|حروب|معرك|معارك|غاره|غارات|ضربه|ضربات)")


_CLASH_RE = re.compile(r"^(?:ال)?(?:مواجه|اشتباك|صدام|اشتبك|يشتبك|تشتبك)")


def _clash_of_protesters(an: Analysis, t: Match, source: ActorMention | None, target: ActorMention | None,
                         s_start: int, s_end: int, civilians: frozenset[str] = frozenset(("CVL",))) -> bool:
    """Clashes between a force (``source``) and civilians (``target``, of one of the sectors
    ``civilians``) in a sentence that tells a protest (احتجاجا، تظاهرة): the civilians are
    protesters rioting, the force whom they fight."""
    if source is None or target is None or source.sector not in ("COP", "MIL") or target.sector not in civilians:
        return False
    if not _CLASH_RE.match(an.text[t.word_start:t.end].lstrip("وف")):
        return False
    return next(_protest_words_in(an, s_start, s_end), None) is not None


def _only_a_purpose_tells_the_protest(an: Analysis, s_start: int, s_end: int) -> bool:
    """The sentence's protest words are all purpose words ("احتجاجا على"), no protest noun or verb
    ("تظاهرة", "اعتصموا")."""
    return not any(_PROTEST_WORD_RE.search(an.text, m.word_start, m.word_end)
                   and not _PROTEST_PURPOSE_RE.fullmatch(an.text, m.word_start, m.word_end)
                   for m in _protest_words_in(an, s_start, s_end))


_SELF_WORDS = frozenset("نفسه نفسها نفسيهما انفسهم انفسهن".split())


def _blew_self_up(an: Analysis, t: Match, source: ActorMention) -> bool:
    """"فجر شابان نفسيهما بحزامين ناسفين": who blew themselves up did the bombing, civilians no more."""
    if not an.text[t.word_start:t.word_end].removeprefix("و").startswith(("فجر", "يفجر", "تفجر", "ففجر")):
        return False
    after = an.words_after(source.end if source.start > t.start else t.end, 2)  # "فجر شابان نفسيهما", "فجر نفسه"
    return any(w in _SELF_WORDS for w in after)


def _into_the_air(an: Analysis, t: Match) -> bool:
    """Shots fired into the air (في الهواء، بالهواء) within six words, aimed at no one (no على before)."""
    for w in an.words_after(t.word_end, 6):
        if w in ("علي", "ضد", "باتجاه", "نحو"):
            return False
        if w in ("بالهواء", "الهواء"):
            return True
    return False


_CASUALTY_HEADS = frozenset("جرحي ضحايا قتلي مصابي مصابو شهداء".split())


def _victims_of_a_told_attack(an: Analysis, t: Match) -> bool:
    """"ثلاثة من جرحى انفجار الأسبوع الماضي توفوا", "الحصيلة النهائية لضحايا تفجير السوق": an attack
    noun that names whose casualties the sentence speaks of is an attack told before, not news."""
    word = an.word_before(t.word_start).removeprefix("و")
    return word in _CASUALTY_HEADS or (word[:1] == "ل" and word[1:] in _CASUALTY_HEADS)


def _figurative(an: Analysis, t: Match) -> bool:
    """"بدأت إيران هجومًا دبلوماسيًا", "تتعرض لقصف إعلامي": an attack noun with an adjective of
    words, media or diplomacy is a figure, no assault; so is a violent word alone in quote marks,
    and the verb that launches such an attack ("هجوم تسويقي واسع تشنه الشركة")."""
    if _LAUNCH_RE.match(an.text[t.word_start:t.word_end]) and t.suffix:
        return any(strip_article(w) in _FIGURATIVE_ADJECTIVES for w in an.words_before(t.word_start, 3))
    if _ASSASSINATED_RE.match(an.text[t.word_start:t.word_end]) and any(
            strip_article(w) in _ABSTRACT_VICTIMS for w in an.words_after(t.word_end, 4)):
        return True  # "اغتال الروتين حلم آلاف الشبان": a dream killed, no one
    if _SNATCHED_OR_BURNT_RE.match(an.text[t.word_start:t.word_end]) and any(
            strip_article(w) in _ABSTRACT_PREY for w in an.words_after(t.word_end, 3)):
        return True  # "اختطف أداؤه قلوب المشاهدين", "تحرق المراحل": hearts won, steps skipped
    if _REPRESSED_RE.match(an.text[t.word_start:t.word_end]) and any(
            strip_article(w.removeprefix("ل")) in _ABSTRACT_REPRESSED for w in an.words_after(t.word_end, 3)):
        return True  # "قمع الحريات", "قمع صريح لكل سلوك": freedoms or conduct curbed, no one beaten
    if _SHELLED_RE.match(an.text[t.word_start:t.word_end]) and any(
            strip_article(w.removeprefix("ب")) in _WORDS_FIRED for w in an.words_after(t.word_end, 7)):
        return True  # "قصف المعلق الحكومة بوابل من الأسئلة": a barrage of words
    nxt = an.words_after(t.word_end, 1)
    if an.text[t.word_end - 1:t.word_end] == "ا" and nxt and nxt[0].endswith("يا") and nxt[0] in _FIGURATIVE_ADJECTIVES:
        return True  # "تبادلت الصحف «قصفا إعلاميا»": the accusative noun, spelt as a dual verb, and its adjective
    if not t.prefix and an.text[t.word_end - 1:t.word_end] == "ا" \
            and any(strip_article(w) == "دبلوماسيه" for w in an.words_before(t.word_start, 3)):
        return True  # "بدأت الدبلوماسية الإيرانية هجوما مضادا": an offensive diplomacy launched (not "لهجوم")
    if all(h.entry.verbal for h in t.hits if h.kind == "trigger"):
        return False
    if _BURST_RE.match(an.text[t.word_start:t.word_end]) and (
            _prices_burst(an.words_before(t.word_start, 7))
            or any(strip_article(w) in _BOOM_ADJECTIVES for w in an.words_after(t.word_end, 1))
            or any(w.startswith("في") and strip_article(w[2:]) in _PRICE_WORDS or strip_article(w) in _PRICE_WORDS
                   for w in an.words_after(t.word_end, 4))):
        # "شهدت أسعار الغذاء انفجارا غير مسبوق", "انفجار سكاني", "انفجارا غير مسبوق في أسعار
        # المواد الغذائية": a boom, no blast
        return True
    if an.text[t.word_start - 1:t.word_start] in ("«", '"', "“") and an.text[t.word_end:t.word_end + 1] in ("»", '"', "”") \
            and _FIGURE_IN_QUOTES_RE.match(an.text[t.word_start:t.word_end]):
        return True  # "شهدت البورصة «مجزرة» حقيقية": a word of war in scare quotes is a figure («استشهاد» is not)
    if not _FIGHT_NOUN_RE.match(an.text[t.word_start:t.end].lstrip("وفبل")):
        return False  # "اغتيال سياسي" is a political assassination, no figure
    spans = an.word_spans_after(t.end, 1)
    if not spans or an.sentence_of(spans[0][0]) != an.sentence_of(t.start):
        return False
    following = strip_article(an.text[spans[0][0]:spans[0][1]])
    return following in _FIGURATIVE_ADJECTIVES or following in _FIGURATIVE_FIELDS


# what a "battle" or "war" of words or work is about: "معركة تنمية", "حرب الأسعار", "معركة الوعي"
_FIGURATIVE_FIELDS = frozenset("""تنميه بناء وعي اقتصاد انتخابات اعمار تعليم اصلاح اسعار شايعات ارقام عقول قلوب
    افكار هويه""".split())


_BURST_RE = re.compile(r"^[وفبل]?(?:ال)?انفجار(?:ا|ات)?$")
_PRICE_WORDS = frozenset(("اسعار", "سعر", "الاسعار", "تضخم", "اسعارها"))
_BOOM_ADJECTIVES = frozenset(("سكاني", "معرفي", "سعري", "عاطفي", "سكانيا", "معرفيا"))
_CAUSE_WORDS = frozenset(("بعد", "اثر", "عقب", "جراء", "بسبب", "نتيجه", "وبعد"))


def _prices_burst(before: list[str]) -> bool:
    """Prices named within seven words before an explosion noun, with no word of cause between:
    the prices burst ("شهدت أسعار الغذاء انفجارا"), not rose after a blast ("ارتفعت الأسعار بعد انفجار")."""
    for k in range(len(before) - 1, -1, -1):
        if before[k] in _CAUSE_WORDS:
            return False
        if strip_article(before[k].lstrip("وفبل")) in _PRICE_WORDS:
            return True
    return False


_DETONATE_RE = re.compile(r"^[وف]?(?:فجر|فجرت|فجروا|يفجر|تفجر|يفجرون)$")
_BOMBSHELL_WORDS = frozenset("العيار سياسيه اعلاميه مدويه حقيقيه".split())
_DISCLOSURE_STEMS = ("باعلان", "بكشف", "بالكشف", "بالاعلان", "بتصريح", "بتصريحات", "بقول", "باتهام", "بنشر")


def _bombshell(an: Analysis, t: Match) -> bool:
    """"فجرت هيئة النزاهة قنبلة من العيار الثقيل بإعلانها": a bombshell dropped in words, no blast:
    the verb of detonating, a bomb a few words on, and after it a figure's adjective or the
    disclosure that was the bomb."""
    words = an.words_after(t.word_start, 14)
    if not words or not _DETONATE_RE.match(words[0]):
        return False
    # (past the subject's title and name: "فجر رئيس الوزراء الإسرائيلي إيهود أولمرت قنبلة سياسية")
    at = next((k for k, w in enumerate(words[1:8], 1) if w in ("قنبله", "قنابل")), None)
    return at is not None and any(w in _BOMBSHELL_WORDS or w.startswith(_DISCLOSURE_STEMS) for w in words[at + 1:at + 8])


_ANIMALS = frozenset("""طيور دواجن مواشي ماشيه حيوانات كلاب ابقار اغنام اضاحي خنازير دجاج ابل جمال خيول
    قطط ماعز طيورا دواجنا سمكه لسمكه قرش لقرش اسماك تمساح لتمساح دب لدب نمر لنمر ذياب كلب لكلب""".split())
# (after an attack: "هجوم لسمكة قرش", "هجوم كلب")
_OWNED_RE = re.compile(r"(?:هم|ها|هما|ه)$")  # a possessive on the animals: "أغنامهم"
_SLAUGHTER_RE = re.compile(r"^[وف]?[يتن]?ذبح")
_SLAUGHTERHOUSE_WORDS = frozenset("""مسلخ المسلخ مسالخ المسالخ ذبيحه الذبيحه ذبايح الذبايح اضاحي الاضاحي اضحيه
    الاضحيه اغنام الاغنام مواشي المواشي ماشيه الماشيه خراف الخراف""".split())
# what sweeps through without hands: a wave of selling or anger, storms, floods, an epidemic
_SWEEPING_THINGS = frozenset("""موجه موجات عاصفه عواصف سيول فيضانات امطار وباء اوبيه حمي انفلونزا الانفلونزا
    الموجه العاصفه السيول الفيضانات الامطار الوباء اسراب جراد الجراد""".split())  # "اجتاحت أسراب من الجراد"


_MARKET_ENTRANTS = frozenset("شركات الشركات شركه منتجات المنتجات سلع السلع بضايع البضايع ماركات".split())


def _into_a_market(an: Analysis, t: Match) -> bool:
    """"اقتحمت شركات السيارات الصينية السوق الجزائرية", "غزت المنتجات الصينية الأسواق": firms or
    goods storming a market, a figure of trade."""
    word = morph.strip_clitics(an.text[t.word_start:t.word_end])
    if not word.startswith(("اقتحم", "يقتحم", "تقتحم", "غزت", "غزا", "يغزو", "تغزو", "اجتاح", "تجتاح", "يجتاح")):
        return False
    nxt = an.words_after(t.word_end, 1)
    return bool(nxt) and nxt[0] in _MARKET_ENTRANTS


def _animals_or_a_wave(an: Analysis, t: Match, s_start: int, s_end: int) -> bool:
    """"إعدام آلاف الطيور المصابة", "ذبح الأضاحي": animals culled or slaughtered; "موجة بيع مذعورة
    اجتاحت الأسواق", "سيول اجتاحت القرى": a wave or a flood sweeping through. No one attacked anyone."""
    after = [strip_article(w) for w in an.words_after(t.word_end, 3)
             if not (numbers.is_count(w) or w.isdigit() or w in ("من", "الاف", "ميات", "عشرات", "ملايين"))][:1]
    if after and (after[0] in _ANIMALS or _OWNED_RE.sub("", after[0]) in _ANIMALS):  # "ذبح أغنامهم"
        return True
    word = an.text[t.word_start:t.word_end]
    if _SLAUGHTER_RE.match(word) and any(w in _SLAUGHTERHOUSE_WORDS for w in an.words_between(s_start, s_end)):
        return True  # "ننقل الذبائح إلى المسالخ وذبحها هناك": animals slaughtered, told by their pronoun
    if not morph.strip_clitics(word).startswith(("اجتاح", "يجتاح", "تجتاح")):
        return False
    return any(w in _SWEEPING_THINGS for w in an.words_before(t.word_start, 4, s_start)) \
        or any(strip_article(w) in _SWEEPING_THINGS for w in an.words_after(t.word_end, 1))  # "اجتاحت أسراب الجراد"


_DAHARA_RE = re.compile(r"^[وف]?[يتن]?دحر")
_ABSTRACT_ENEMIES = frozenset("""مخطط مخططات مخططاتهم مخططاتها مخططه ارهاب الارهاب الباطل الفكر فكر المشروع مشروع
    الشر الظلام الفتنه""".split())


def _defeated_an_idea(an: Analysis, t: Match) -> bool:
    """دحر defeats an enemy, and also plans, terrorism as such or falsehood ("دحر مخططاتهم التي
    تحاول النيل من أمن الوطن", "في سبيل دحر الإرهاب"): an abstract object right after it is no one."""
    if not _DAHARA_RE.match(an.text[t.word_start:t.word_end]):
        return False
    after = an.words_after(t.word_end, 1)
    return bool(after) and after[0].removeprefix("و") in _ABSTRACT_ENEMIES


_ISTAHDAF_RE = re.compile(r"^[وف]?(?:[يتن]?ستهدف|استهدف)")
# what "targets" an audience: "حملة توعوية استهدفت الأطفال", "برنامج استهدف جميع الفئات"
_CAMPAIGN_WORDS = frozenset("""حمله حملتها حملته الحمله حملات برنامج برامج البرنامج برامجي مبادره المبادره فعاليات
    الفعاليات فعاليه المهرجان مهرجان الدوره دوره دورات ورشه الورشه المسابقه مسابقه الملتقي ملتقي المعرض
    عقوبات العقوبات عقوباتها اجراءات الاجراءات اجراءاتها تدابير التدابير قرار القرار قانون القانون ضريبه الضريبه
    رسوم الرسوم""".split())  # (sanctions and measures aim at people too: "عقوبات استهدفت مسؤولين روسا")
_FORCE_WORDS = frozenset("""عسكري العسكري عسكريه العسكريه انتحاري الانتحاري مسلح مسلحون مسلحين المسلحون المسلحين
    الجوي الجويه غاره غارات قصف صاروخ صواريخ تفجير هجوم قتل مقتل قنبله عبوه الامنيه""".split())


# what a firm or a plan "targets": a price, sales, growth ("استهدفت الشركة سعرا بين", "يستهدف البنك نموا")
_ECONOMIC_AIMS = frozenset("""سعر سعرا اسعار الاسعار مبيعات المبيعات ارباح الارباح ارباحا نمو النمو نموا نسبه ايرادات
    الايرادات عايدات العايدات حصه زياده خفض تحقيق انتاج الانتاج صادرات الصادرات استثمارات الاستثمارات عملاء العملاء
    المستهلكين مستهلكين المستثمرين مستثمرين""".split())


def _campaign_aimed_at(an: Analysis, t: Match, s_start: int, s_end: int) -> bool:
    """استهدف also means 'to aim at' an audience: "حملتها التوعوية استهدفت الأطفال", "برنامج استهدف
    جميع الفئات", or a figure: "استهدفت الشركة سعرا". A campaign, programme or festival around the
    verb, or a price, sales or growth after it, and no force or weapon in the sentence ("الحملة
    العسكرية استهدفت"), make it no attack."""
    if not _ISTAHDAF_RE.match(strip_article(an.text[t.word_start:t.word_end])):
        return False
    near = an.words_before(t.word_start, 6, s_start) + an.words_after(t.word_end, 3)
    if not any(w in _CAMPAIGN_WORDS or w[1:] in _CAMPAIGN_WORDS or w[2:] in _CAMPAIGN_WORDS for w in near) \
            and not any(w in _ECONOMIC_AIMS for w in an.words_after(t.word_end, 3)):
        return False
    return not any(w.removeprefix("و") in _FORCE_WORDS for w in an.words_between(s_start, s_end))


_RESCUERS_RE = re.compile(r"الدفاع المدني|فرق الانقاذ|فرق الاطفاء|رجال الاطفاء|فرقه الانقاذ|رجال الانقاذ")
_IQTAHAM_RE = re.compile(r"^[وف]?(?:[يتن]?قتحم|اقتحم)")


_DETAINED_RE = re.compile(r"^[وف]?(?:احتجاز|احتجز|[يت]حتجز|محتجز)")
# what traps people rather than holds them, with and without the article: a lift, a well, floods,
# rubble, fire, snow
_TRAPS = frozenset("""مصعد المصعد بير البير السيول سيول الانقاض انقاض الحريق حريق الثلوج ثلوج المياه مياه كهف الكهف
    منجم المنجم نفق النفق""".split())


def _trapped(an: Analysis, t: Match, s_start: int, s_end: int) -> bool:
    """"أنقذت فرق الدفاع المدني ثلاثة أشخاص بعد احتجازهم داخل مصعد": people trapped, whom rescuers
    free, not a detention: احتجز with a trap near it or rescuers in its sentence."""
    if not _DETAINED_RE.match(an.text[t.word_start:t.word_end]):
        return False
    return any(w in _TRAPS for w in an.words_after(t.word_end, 4)) \
        or _RESCUERS_RE.search(an.text, s_start, s_end) is not None


# feelings and thoughts that "besiege", "attack" or "kill" the writer: a figure, no one's act
_BESIEGING_FEELINGS = frozenset("""الدموع دموع الهموم هموم الاسيله اسيله الشكوك المخاوف الذكريات ذكريات الحزن القلق الافكار
    الشوق الحنين الخوف الياس الملل الضجر الغضب الحيره""".split())


def _feelings_as_subject(an: Analysis, t: Match) -> bool:
    """"حاصرتني الدموع", "هاجمتني الذكريات": a verb whose subject, right after it, is a feeling."""
    after = an.words_after(t.word_end, 1)
    return bool(after) and after[0].removeprefix("و") in _BESIEGING_FEELINGS


def _rescuers_broke_in(an: Analysis, t: Match, s_start: int) -> bool:
    """"اقتحمت فرق الدفاع المدني الغرفة وأخرجت شخصين": rescuers forcing a door, no raid."""
    if not _IQTAHAM_RE.match(an.text[t.word_start:t.word_end]):
        return False
    subject = " ".join(an.words_after(t.word_end, 4)) + " | " + " ".join(an.words_before(t.word_start, 4, s_start))
    return _RESCUERS_RE.search(subject) is not None


_GOD_WORDS = frozenset(("الله", "المولي"))


def _prayer_formula(an: Analysis, t: Match) -> bool:
    """"أيده الله", "حفظهم الله": a verb with its object pronoun whose subject is God is the
    blessing newswire puts after a ruler's name, not an act of anyone in the news."""
    after = an.words_after(t.word_end, 1)
    return t.suffix in ("ه", "ها", "هم", "هما") and bool(after) and after[0].strip("،,؛;.-–") in _GOD_WORDS


_PRAYER_REACH = 8  # words after the verb: its subject and a title or two may come before God
_AFTER_GOD = frozenset("ان عز جل تعالي سبحانه".split())


def _prayer(an: Analysis, t: Match) -> bool:
    """"ودعا الوزير في كلمته الله تعالى أن يحفظ البلاد", "طلب لهم العون من الله": a call or request
    addressed to God is a prayer, no request of anyone in the news; الله inside a name (حزب الله)
    is no addressee."""
    s_end = an.sentences[an.sentence_of(t.start)][1]
    spans = [(a, b) for a, b in an.word_spans_after(t.word_end, _PRAYER_REACH) if b <= s_end]
    words = [an.text[a:b].strip("-–،,«»()") for a, b in spans]
    for i, (w, (a, _b)) in enumerate(zip(words, spans)):
        if w.removeprefix("من") not in _GOD_WORDS or any(m.start <= a < m.end for m in an.actors):
            continue
        return (i + 1 < len(words) and words[i + 1] in _AFTER_GOD) or (i > 0 and words[i - 1] == "من") \
            or w.startswith("من")
    return False


def _hamzated_participle(an: Analysis, t: Match) -> bool:
    """A verb of the pattern فاعَل is spelt with ي (بايع); alif + hamza on ya in the original word
    (بائع, سائق) is the active participle of a hollow root, which normalisation (hamza on ya → ي)
    makes look like the verb. Only the verb's own word is read ("أطلقت قذائفها" is a verb)."""
    space = an.text.find(" ", t.start, t.end)
    word = an.orig_text(t.start, t.end if space < 0 else space)
    at = word.find("ئ")  # the original text, compared letter by letter (as "ة" is)
    return at > 0 and word[at - 1] == "ا"


_KUNYA_WORDS = frozenset(("ابي", "ابو", "ابا", "وابي", "وابو"))


def _kunya(an: Analysis, t: Match) -> bool:
    """"علي بن أبي طالب", "أبو طالب": after "father of" the verb's form is a name."""
    return not t.prefix and an.word_before(t.word_start) in _KUNYA_WORDS


# feelings a thing "calls for": "أمر يدعو إلى القلق", "ما يدعو للتفاؤل"
_FEELINGS = frozenset("""قلق القلق تفاول التفاول فخر الفخر استغراب الاستغراب دهشه الدهشه غبطه الغبطه سخريه السخريه
    اعتزاز الاعتزاز اسف الاسف حزن الحزن ريبه الريبه تساول التساول تامل التامل ارتياح الارتياح اطمينان الاطمينان
    استياء الاستياء عجب العجب خوف الخوف شك الشك حيره الحيره""".split())


def _gives_cause_for(an: Analysis, t: Match) -> bool:
    """"وهو أمر يدعو إلى القلق", "ما يدعو للتفاؤل": a call whose object is a feeling says a thing
    gives cause for it; no one is asked anything."""
    after = an.words_after(t.word_end, 2)
    if not after:
        return False
    word = after[1] if after[0] == "الي" and len(after) == 2 else after[0]
    return an.text[t.start:t.start + 1] in ("د", "ي", "ت") and \
        (word in _FEELINGS or (word[:1] == "ل" and (word[1:] in _FEELINGS or "ال" + word[2:] in _FEELINGS)))


_WHAT_WORDS = frozenset(("ما", "مما", "وما", "الذي"))  # "مما دعا", "وهو ما دعا", "الأمر الذي دعا"


def _prompted(an: Analysis, t: Match) -> bool:
    """"مما دعا الحكومة إلى…", "وهو ما يدعو الخبراء إلى…": with ما (or الأمر الذي) as its subject,
    دعا means a situation prompted someone; no one made a call."""
    return not t.prefix and an.text[t.start:t.start + 1] in ("د", "ي", "ت") \
        and an.word_before(t.word_start) in _WHAT_WORDS and an.text[t.start:t.word_end].startswith(("دع", "يدع", "تدع"))


# what a student studies for or where: "طالب دكتوراه", "طالب في جامعة", "طالب وطالبة"
_STUDY_WORDS = frozenset("""دكتوراه ماجستير بكالوريوس جامعي جامعيا ثانوي الثانويه بجامعه بكليه بمدرسه بالجامعه بالكليه
    بالمدرسه وطالبه وطالبات طب الطب هندسه الهندسه الصيدله صيدله الحقوق حقوق الشريعه شريعه الاداب الصحافه
    الاعلام التمريض علم علوم العلوم مبتعث مبتعثا""".split())
_ANOTHER = frozenset(("اخر", "ثان"))  # "فيجيبه طالب آخر": another student (not "وطالب آخر المتحدثين")
_IS_A = frozenset(("هو", "وهو", "هي", "وهي"))  # "وهو طالب": he is a student


def _student(an: Analysis, t: Match) -> bool:
    """"طالب دكتوراه", "طالب بجامعة الملك سعود", "طالب وطالبة": the noun student, not "demanded"."""
    if an.text[t.start:t.word_end] != "طالب":
        return False
    after = an.words_after(t.word_end, 1)
    return (bool(after) and (after[0] in _STUDY_WORDS or (after[0] in _ANOTHER and not t.prefix))) \
        or an.word_before(t.word_start) in _IS_A


# what one seeks for oneself: "طلب العلم" (seeking knowledge), "طلب الرزق" (a living)
_SOUGHT_GOODS = frozenset("العلم الرزق الدنيا الشهره المعرفه الشفاء الثار المغفره الاجر الثواب الرحمه الصداقه".split())


def _seeking_a_good(an: Analysis, t: Match) -> bool:
    """طلب before knowledge, a living, fame or forgiveness is seeking them, no request of anyone."""
    if an.text[t.start:t.word_end] != "طلب":
        return False
    after = an.words_after(t.word_end, 1)
    return bool(after) and after[0] in _SOUGHT_GOODS


_LET_ME_WORDS = frozenset(("دعوني", "دعني", "دعيني", "دعونا", "فدعوني", "فدعني", "فدعونا", "ودعوني", "ودعني", "ودعونا"))


def _let_me(an: Analysis, t: Match) -> bool:
    """"دعوني أطرح عليكم سؤالا", "دعونا نتحدث بصراحة": the imperative 'let me / let us' before a
    first-person verb, no call on anyone ("دعونا الحكومة إلى", "دعونا إلى" are calls)."""
    if an.text[t.word_start:t.word_end] not in _LET_ME_WORDS:
        return False
    after = an.words_after(t.word_end, 1)
    return bool(after) and len(after[0]) > 2 and after[0][0] in "ان" and not after[0].startswith("ال") \
        and after[0] not in ("انه", "انها")  # (الي starts with ال)


def _required(an: Analysis, t: Match) -> bool:
    """"تطلّب منها الدور لعب شخصيتين": the verb تطلّب, 'required', spelt with its shadda in the
    original, normalised to the same letters as تطلب, 'she asks'."""
    return _SHADDA_TALAB_RE.search(an.orig_text(t.word_start, t.word_end)) is not None


_STIPULATED_RE = re.compile(r"^[وف]?(?:اشترط|[يت]شترط)")
# who must meet a condition to apply or be admitted: "اشترطت الجامعة أن يكون المتقدم سعوديا"
_APPLICANT_WORDS = frozenset("""المتقدم المتقدمه المتقدمين المتقدمات المتقدمون للتقدم للقبول للالتحاق للتسجيل للتعيين
    الراغب الراغبه الراغبين الراغبات المرشح للترشح المرشحين للوظيفه للوظايف الوظيفه توافر توافرها""".split())


_CALL_ON_RE = re.compile(r"^[وف]?(?:دعا|دعت|[يت]دعو|طالب|طالبت|[يت]طالب|طلب|طلبت|[يت]طلب)$")
_CALLED_APPLICANTS_REACH = 4  # words after the verb: its subject, then whom it calls on
# applicants called on (plural: "المرشح" after the verb is a candidate making a demand)
_CALLED_APPLICANTS = frozenset("المتقدمين المتقدمات المتقدمون الراغبين الراغبات المقبولين المقبولات".split())


def _eligibility(an: Analysis, t: Match, s_start: int) -> bool:
    """اشترط of an applicant, a post or an admission ("اشترطت الكلية للتقدم أن يكون المتقدم
    سعوديا"): a rule of eligibility, not a demand made of anyone in the news. So is a call on
    applicants ("ودعت الجامعة المتقدمات تقديم مستنداتهن"): a notice."""
    verb = an.text[t.word_start:t.word_end]
    if _CALL_ON_RE.match(verb):
        return any(w.removeprefix("و") in _CALLED_APPLICANTS for w in an.words_after(t.word_end, _CALLED_APPLICANTS_REACH))
    if not _STIPULATED_RE.match(verb):
        return False
    return any(w in _APPLICANT_WORDS for w in an.words_after(t.word_end, 10) + an.words_before(t.word_start, 4, s_start))


def _claimed(an: Analysis, t: Match) -> bool:
    """"يدّعون الجهاد", "ادّعى أنه": ادّعى (claimed) with its shadda in the original, normalised to the
    letters of يدعون / ادعي, 'they call' / 'I call'."""
    return _SHADDA_DAA_RE.search(an.orig_text(t.word_start, t.word_end)) is not None


def _shadda_between(before: str, after: str) -> re.Pattern:
    """The letters ``before`` and ``after`` with a shadda among the short-vowel marks between them, as
    the original text may spell a doubled letter (the normalised text has no marks)."""
    return re.compile(before + "[\u064b-\u0652]*\u0651[\u064b-\u0652]*" + after)


_SHADDA_DAA_RE = _shadda_between("د", "ع")  # ادّعى
_SHADDA_TALAB_RE = _shadda_between("طل", "ب")  # تطلّب


_PREPOSITION_PROCLITICS = ("ل", "ب", "ك", "ول", "وب", "فل", "فب")


def _seeker(an: Analysis, t: Match) -> bool:
    """"لطالب الوظيفة", "بطالب": no past verb takes a preposition, so طالب after one is the noun
    (student, seeker)."""
    return t.prefix in _PREPOSITION_PROCLITICS and an.text[t.start:t.word_end] == "طالب"


# words before الطلب that make it a market's demand: "العرض والطلب", "ارتفاع الطلب", "نمو الطلب"
_DEMAND_MOVES = frozenset("العرض عرض ارتفاع تراجع انخفاض زياده نمو ضعف تباطو قوه تزايد تنامي تلبيه لتلبيه حجم".split())


def _market_demand(an: Analysis, t: Match) -> bool:
    """"الطلب على النفط", "هناك طلب دائم على المهندسين", "العرض والطلب", "تلبية طلب الزبائن": the
    noun طلب is also a market's demand, for a good or for people, with على after it."""
    if an.text[t.start:t.end] != "طلب" or t.suffix:
        return False
    after = an.words_after(t.word_end, 2)
    if after and (after[0] == "علي" or (len(after) == 2 and after[1] == "علي" and not after[0].startswith("ال"))):
        return True
    before = an.words_before(t.word_start, 1)
    return bool(before) and before[0].removeprefix("و") in _DEMAND_MOVES


def _short_circuit(an: Analysis, t: Match) -> bool:
    """"حريق سببه التماس كهربائي": التماس is an electrical contact, not a petition."""
    after = an.words_after(t.word_end, 1)
    return an.text[t.start:t.end] == "التماس" and bool(after) and after[0].startswith(("كهربا", "الكهربا"))


def _pronoun_homograph(an: Analysis, t: Match) -> bool:
    if an.text[t.start:t.word_end] not in _TA_MARBUTA_HOMOGRAPHS:
        return False
    _s, e = an.orig(t.word_start, t.word_end)
    return an.nt.original[e - 1:e] == "ه"


def _adverbial_accusative(an: Analysis, t: Match) -> bool:
    """"أحرق نفسه احتجاجًا على الظلم": an indefinite accusative verbal noun qualifies an action told
    before it, which was done in protest."""
    word = an.text[t.word_start:t.word_end]
    return word.endswith("ا") and not t.prefix and an.count_words(an.sentences[an.sentence_of(t.start)][0], t.start) > 0


# bare verbal nouns that, indefinite and in the accusative, say an act was done as a concession
_CONCESSION_ADVERBS = frozenset("استجابه تلبيه رضوخا امتثالا نزولا اذعانا انصياعا".split())


def _adverbial_concession(an: Analysis, t: Match) -> bool:
    """"أعلن الملك تعديلات دستورية، استجابة لمطالب الحركة", "خفضت الحكومة الأسعار رضوخا للضغوط":
    like "احتجاجا على", the accusative verbal noun qualifies the act told before it, done as a
    concession, so the concession happened. (The accusative of استجابة is unseen under its ta
    marbuta: bare, with no preposition or article, and taking its object through ل, it is the
    adverb, not "في استجابة" nor the genitive of "أهمية تلبية مطالب".)"""
    word = an.text[t.word_start:t.word_end].split(" ")[0]
    after = an.words_after(t.word_start, 2)[1:]
    if after[:1] and after[0] in _CALL_NOUNS_ANSWERED:
        return False  # "اعتصم العمال استجابة لدعوة نقابتهم": a call to protest answered
    return not t.prefix and word in _CONCESSION_ADVERBS and (word.endswith("ا") or after[:1] and after[0][:1] == "ل") \
        and an.count_words(an.sentences[an.sentence_of(t.start)][0], t.start) > 0 \
        and an.word_before(t.word_start) not in _LIST_PREPOSITIONS


_BI_SENSE_STEMS = ("تظاهر", "يتظاهر", "تتظاهر", "احتج", "يحتج", "تحتج", "اعتصم", "يعتصم", "تعتصم")
_CROWD_AFTER_BI = ("بالالاف", "بالميات", "بالعشرات", "بالملايين", "بالاف", "بعشرات", "بميات", "بالقرب")
# "تظاهرة ثقافية / اقتصادية / رياضية": a cultural, trade or sports event, not a demonstration
_FESTIVAL_ADJECTIVES = frozenset("""ثقافيه اقتصاديه رياضيه فنيه علميه سياحيه تجاريه ادبيه تراثيه سينماييه مسرحيه
    موسيقيه ثقافيتان اقتصاديتان كرويه""".split())  # "مظاهرة كروية": a display of football
# احتجّ is doubled: "we protested" is احتججنا; احتجنا / احتجتم are احتاج, "needed"
_NEEDED_FORMS = frozenset(("احتجنا", "احتجتم", "احتجتما", "واحتجنا", "فاحتجنا",
                           # the feminine plural of احتاج ("ما يحتجنه": what they need)
                           "يحتجن", "يحتجنه", "يحتجنها", "تحتجن", "ويحتجن"))


# the letters of a weapon's model before its number: إف-16، ميغ 29، تي-72، سو-24، بي-52
_MODEL_LETTERS = frozenset("اف ف ميغ ميج سو سوخوي تي بي يو اتش ام".split())


def _withdrawn_from(an: Analysis, t: Match, place: PlaceMention) -> bool:
    """The place is in the من phrase after the withdrawal ("انسحبت القوات من قاعدة عين الأسد في
    الأنبار"), not the seat of talks left ("انسحب الوفد من جولة المفاوضات في جنيف") nor a place
    further on."""
    if place.start < t.end:
        return False
    spans = an.word_spans_after(t.word_end, 12)
    mn = next((a for a, b in spans if a < place.start and an.text[a:b] == "من"), None)
    return mn is not None and an.count_words(mn, place.start) <= 6 and not an.triggers_in(mn, place.start)


# past forms of verbs that take their object with a preposition only, spelt like a noun in ة
# before a pronoun (the object column lists prepositions for many verbs that do take pronouns)
_INTRANSITIVE_T_FORMS = frozenset(("سيطرت", "هيمنت"))


def _noun_with_a_pronoun(an: Analysis, t: Match, entry: Trigger) -> bool:
    """A verb that takes its object with a preposition only (سيطر على) cannot carry an object
    pronoun: "سيطرتهم" is the noun سيطرة ("their control") with its possessive, spelt as the verb
    سيطرت + هم."""
    return t.suffix in _OBJECT_PRONOUNS and an.text[t.start:t.end] in _INTRANSITIVE_T_FORMS


def _model_number(an: Analysis, number_start: int) -> bool:
    """The number starting at ``number_start`` is a model's, after a hyphen or model letters."""
    if an.text[max(0, number_start - 3):number_start].rstrip().endswith("-"):
        return True
    return an.word_before(number_start).rstrip("-") in _MODEL_LETTERS


def _after_a_number(an: Analysis, t: Match) -> bool:
    """A verb form after a number is the counted noun it spells: accusative after eleven to ninety-nine
    ("ثلاثين طالبا", "15 طالبا"), genitive after a hundred or a thousand ("ثلاثمئة طالب", "ألف متظاهر"),
    not the verb "they two demanded"; "الآلاف تظاهروا" is a verb."""
    word = an.text[t.word_start:t.word_end]
    if word.endswith("وا"):
        return False
    prev = an.word_before(t.start)
    if prev.isdigit() and _ends_a_date(an, t.word_start):
        return False  # "في يوليو 2005 قتل 52 شخصا": the number is the year of the date before the verb
    if prev.isdigit() and _model_number(an, an.word_start_at(an.word_spans_before(t.word_start, 1)[0][0])):
        return False  # "مقاتلات إف- 16 قصفت": the aircraft's model, not a count
    if prev[:1] in ("ل", "ب") and prev[1:] in numbers.HUNDREDS_AND_THOUSANDS:
        prev = prev[1:]  # "لمئة طالب", "بألف متظاهر"
    return prev.isdigit() or prev in numbers.HUNDREDS_AND_THOUSANDS or (word.endswith("ا") and prev in _TENS)


def _ends_a_date(an: Analysis, pos: int) -> bool:
    """The word before ``pos`` is the last of a date mention."""
    spans = an.word_spans_before(pos, 1)
    return bool(spans) and any(d.end == spans[0][1] for d in an.dates)


_TENS = numbers.TENS | {"عشر", "عشره"}  # "خمسة عشر طالبا"


# words that open with ب but are no ب + noun: "تظاهر ما بين مليون وثلاثة ملايين", "بعد"، "بسبب"
_BI_WORDS = frozenset("بين بينما بعد بعدما بعض بسبب بشكل بينهم".split())


_ELECTORAL_RE = re.compile(r"(?:^|\s)[وب]?(?:ال)?انتخابي(?:ه|ا|ين|ون)?(?:\s|$)")


def _electoral_rally(an: Analysis, t: Match, s_start: int, s_end: int) -> bool:
    """"احتشد عشرات الآلاف من أنصار الحزب في مهرجان انتخابي": a campaign rally is no protest,
    unless the sentence says what it protests ("احتجاجا على")."""
    if an.text.startswith(("احتج", "اضراب", "اعتصام"), t.word_start + len(t.prefix)):
        return False
    lo = an.word_spans_before(t.word_start, 8)
    hi = an.word_spans_after(t.word_end, 14)
    window = (max(s_start, lo[0][0]) if lo else t.word_start, min(s_end, hi[-1][1]) if hi else t.word_end)
    return bool(_ELECTORAL_RE.search(an.text, *window)) and "احتجاجا" not in an.text[s_start:s_end]


# what a crowd gathers for when it is an audience: "احتشد الآلاف لحضور حفل افتتاح المهرجان"
_AUDIENCE_PURPOSES = frozenset("""لحضور لمشاهده للاستماع للاحتفال احتفالا لاستقبال استقبالا للترحيب ترحيبا لاداء
    للصلاه لتهنيه لتشييع لوداع ابتهاجا فرحا احتفاء""".split())  # (a funeral crowd mourns: "احتشد الآلاف لتشييع القائد")
_GATHERING_RE = re.compile(r"^[وف]?(?:احتشد|يحتشد|تحتشد|يحتشدون|تجمع|يتجمع|تتجمع|يتجمعون|تجمهر|توافد|يتوافد|يتوافدون)")


def _audience(an: Analysis, t: Match, s_start: int, s_end: int) -> bool:
    """"احتشد عشرات الآلاف لحضور حفل الافتتاح", "تجمعوا للاستماع إلى خطاب": a crowd gathered to
    attend, watch, celebrate or welcome is an audience, not a protest, unless the sentence says
    what it protests."""
    if not _GATHERING_RE.match(an.text[t.word_start:t.word_end]):
        return False
    # (the place may take many words before the purpose: "في الساحات القريبة من … لمشاهدة")
    after = an.words_after(t.word_end, _AUDIENCE_REACH)[:an.count_words(t.word_end, s_end)]
    return any(w in _AUDIENCE_PURPOSES for w in after) and not _PROTEST_PURPOSE_RE.search(an.text, s_start, s_end)


_AUDIENCE_REACH = 20  # words after a gathering verb where its purpose is looked for


_WAFAQ_RE = re.compile(r"^[يت]?وافق")
_AGREED_TO_REACH = 8  # words after وافق: its subject, then على or أن


def _concurs_or_matches(an: Analysis, t: Match) -> bool:
    """وافق agrees to something with على or أن ("وافق المجلس على القرار", "وافق النواب أن"); with an
    object pronoun it shares someone's opinion ("ووافقتها الرأي زميلتها": a voice in a feature), and
    with a bare object it matches or falls on ("بما يوافق تطلعات", "اليوم يوافق ذكرى")."""
    if not _WAFAQ_RE.match(an.text[t.start:t.end]) or " " in an.text[t.start:t.end]:
        return False
    if t.suffix:
        return True
    return not any(w.startswith("علي") or w in ("ان", "بان", "وان")
                   for w in _clause_words_after(an, t, _AGREED_TO_REACH))


_ITTAFAQ_RE = re.compile(r"^[يتن]?تفق|^اتفق")


def _in_keeping_with(an: Analysis, t: Match) -> bool:
    """"بما يتفق مع القانون", "بما لا يتفق مع": "in keeping with", a measure, not parties agreeing."""
    if not _ITTAFAQ_RE.match(an.text[t.start:t.end]):
        return False
    before = an.words_before(t.word_start, 2)
    return bool(before) and (before[-1] == "بما" or (before[-1] == "لا" and len(before) == 2 and before[0] == "بما"))


_YATTASIL_RE = re.compile(r"^[وف]?[يت]تصل(?:ون|ان)?$")
_BY_PHONE = frozenset("هاتفيا هاتفيه هاتفي بالهاتف".split())


def _relates_to(an: Analysis, t: Match) -> bool:
    """The imperfect يتصل/تتصل ب in news mostly means "relates to" or "is connected" ("قضايا تتصل
    بالأمن", "تتصل لاسلكيا"); a call is told in the past (اتصل الرئيس بنظيره), or by phone (هاتفيا)."""
    if not _YATTASIL_RE.match(an.text[t.word_start:t.word_end]):
        return False
    return not any(w in _BY_PHONE for w in an.words_after(t.word_end, 4))


_ILTAZAMA_RE = re.compile(r"^[وف]?(?:[يتن]?لتزم|التزم)")
# what one keeps or holds to with a direct object: silence, neutrality, one's home, a creed
_KEPT_NOT_PROMISED = frozenset("الصمت صمتا الحياد الهدوء بيته بيتها منزله منزلها الفراش الفكر النهج نهج المنهج".split())


def _kept_silence(an: Analysis, t: Match) -> bool:
    """التزم commits to something with ب ("التزمت الحكومة بالاتفاق"); with a direct object it keeps
    silence, neutrality or a creed ("التزم الصمت", "جهات التزمت الفكر نفسه"): no promise to anyone."""
    if not _ILTAZAMA_RE.match(an.text[t.word_start:t.word_end]):
        return False
    return any(w in _KEPT_NOT_PROMISED for w in _clause_words_after(an, t, 3))


_FARAJA_RE = re.compile(r"^[وف]?(?:[يتن]?فرج|افرج)")
_RELEASE_REACH = 6  # words after the verb: its subject, then عن and who was released


def _relief_not_release(an: Analysis, t: Match) -> bool:
    """أفرج releases with عن ("أفرجت السلطات عن المعتقلين"); فرّج without it relieves ("نفرّج كرب
    المحتاجين", "فرّج الله همه")."""
    if not _FARAJA_RE.match(an.text[t.word_start:t.word_end]) or t.suffix:
        return False
    return not any(w.startswith("عن") for w in _clause_words_after(an, t, _RELEASE_REACH))


_DANA_RE = re.compile(r"^[وف]?(?:[يتن]دين|دان)")  # دان ب: not أدان (condemned), which takes no ب
_CONDEMNED_HOW = frozenset("بشده بقوه باشد بكل بشكل بالشده".split())  # "يدين بشدة": condemns strongly


# suits of family law: a divorce, alimony, custody or an inheritance
_FAMILY_SUIT_WORDS = frozenset("خلع طلاق الطلاق نفقه حضانه الحضانه ميراث الميراث".split())


def _family_suit(an: Analysis, t: Match, s_end: int) -> bool:
    """"أقامت زوجة دعوى خلع ضد زوجها": a divorce or custody suit is family law, not an accusation
    between actors in the news (CAMEO 115 is a legal action of political weight)."""
    return any(w in _FAMILY_SUIT_WORDS for w in an.words_after(t.word_start, 6)) or \
        "محكمه الاسره" in an.text[t.word_end:s_end]


def _professes_or_owes(an: Analysis, t: Match) -> bool:
    """يدين is "condemns" (أدان) and, with ب, "professes" or "owes" (دان ب): "يدين معظم السكان
    بالإسلام", "تدين له بالولاء". A ب word right after the verb, or after its subject, that is not
    how strongly it condemns, makes it the faith or the debt."""
    if not _DANA_RE.match(an.text[t.word_start:t.word_end]) or " " in an.text[t.start:t.end]:
        return False
    for w in _clause_words_after(an, t, 4):
        if w.startswith("ب") and len(w) > 3:
            return w not in _CONDEMNED_HOW
    return False


_HEALTH_WORDS = frozenset("صحي صحيه مرضي طاري".split())


def _an_ailment(an: Analysis, t: Match) -> bool:
    """عارض opposes, and the noun عارض is an ailment: "بعد عارض صحي ألم به"."""
    after = an.words_after(t.word_end, 1)
    return strip_article(an.text[t.start:t.end]) == "عارض" and bool(after) and after[0] in _HEALTH_WORDS


_IATARADA_RE = re.compile(r"^[يتن]?عترض|^اعترض")
_PATH_WORDS = frozenset("طريق طريقه طريقها طريقهم سبيل سبيله سبيلها مسار مساره موكب موكبه".split())


def _stood_in_the_way(an: Analysis, t: Match) -> bool:
    """اعترض objects (with على) and also blocks a way: "اعترض مسلحون طريق الحافلة" stands in a path."""
    if not _IATARADA_RE.match(an.text[t.start:t.end]):
        return False
    return any(w in _PATH_WORDS for w in _clause_words_after(an, t, 4))


def _clause_word_spans_after(an: Analysis, t: Match, reach: int) -> list[tuple[int, int]]:
    """Spans of the (up to) ``reach`` words after the trigger's word that stay in its clause: none
    past a comma or a stop ("ولوحت لهم من بعيد، ورد": what follows the comma is no complement of لوّح)."""
    spans: list[tuple[int, int]] = []
    edge = t.word_end
    for start, end in an.word_spans_after(t.word_end, reach):
        if _CLAUSE_END_RE.search(an.text, edge, start):
            break
        spans.append((start, end))
        edge = end
    return spans


def _clause_words_after(an: Analysis, t: Match, reach: int) -> list[str]:
    """The words of ``_clause_word_spans_after``."""
    return [an.text[start:end] for start, end in _clause_word_spans_after(an, t, reach)]


_NASHR_RE = re.compile(r"^[يتن]?نشر")
# what is published: the object after نشر, or the noun a relative نشره/نشرت refers back to
_PUBLISHED_THINGS = frozenset("""بيان بيانا بيانات فيديو فيديوهات صور صوره صورا خبر خبرا اخبار اخبارا تقرير تقريرا
    تقارير مقال مقالا مقالات تغريده تغريدات رساله رسايل شريط تسجيل تسجيلا مقطع مقاطع كتاب دراسه نتايج قايمه
    اعلان اعلانا تدوينه منشور منشورا صحيفه صحف وكاله وسايل وثايق وثيقه مستندات خريطه خرايط رسوم اسماء
    احصاءات احصاييات ملف ملفات نص نصوص""".split())  # (and media, its subject)
_PUBLISHED_ON = frozenset("""الانترنت بالانترنت تويتر فيسبوك يوتيوب انستغرام حساب حسابه حسابها حساباته الالكتروني
    الالكترونيه موقعه موقعها""".split())
_PUBLISHING_REACH = 6  # words after the verb: its subject, then what it published


_MARKET_SHARE_WORDS = frozenset("حصه حصته حصتها المايه بالمايه %".split())  # (not سوق: "سيطر المسلحون على سوق المدينة")
_MARKET_REACH = 8  # words after "seized" or "controls" to the market or the share


def _market_share(an: Analysis, t: Match) -> bool:
    """"سيطرت شركة الاتصالات على حصة كبيرة من السوق المحلية": control of a share (or a percentage)
    of a market is business, no seizure."""
    return any(w in _MARKET_SHARE_WORDS or w.removeprefix("و") in _MARKET_SHARE_WORDS
               for w in _clause_words_after(an, t, _MARKET_REACH))


# where a state of emergency is a service's alert, not rule by decree: hospitals, health boards,
# airports, relief ("حالة الطوارئ الإنسانية"), floods and fires
_SERVICE_EMERGENCY_WORDS = frozenset("""مستشفي مستشفيات المستشفي المستشفيات بالمستشفيات بمستشفيات لمستشفي مطار المطار
    بالمطار الصحيه صحه الانسانيه الاسعاف الهلال السيول الامطار الحريق الحرايق الفيضانات""".split())


def _another_deed_on_the_emergency(an: Analysis, t: Match, entry: Trigger, s_end: int) -> bool:
    """A verb that needs الطوارئ after it ("أعلنت الحكومة … حالة الطوارئ") with another event word
    between them ("رفع حالة الطوارئ") declares that other deed, not the emergency."""
    if not entry.requires_words:
        return False
    at = an.text.find("الطواري", t.end, s_end)
    return at > 0 and bool(an.triggers_in(t.end, at))


def _emergency_of_a_service(an: Analysis, s_start: int, s_end: int) -> bool:
    """The sentence tells of a hospital, health board, airport or relief body, or of a flood or fire:
    the state of emergency it declares is an alert to cope, not martial law."""
    return any(w in _SERVICE_EMERGENCY_WORDS or w.removeprefix("و") in _SERVICE_EMERGENCY_WORDS
               for w in an.words_between(s_start, s_end))


def _published_thing(word: str) -> bool:
    """A thing one publishes, with or without و and the article ("وثائق" keeps its و, "والصور" drops it)."""
    return strip_article(word) in _PUBLISHED_THINGS or strip_article(word.removeprefix("و")) in _PUBLISHED_THINGS


def _published(an: Analysis, t: Match) -> bool:
    """نشر is to deploy (troops) and to publish: "نشرت الشرطة فيديو على الإنترنت", "في بيان نشره
    على موقعه", "بصور نشرت على موقع فيسبوك" publish, whoever the subject."""
    if not _NASHR_RE.match(an.text[t.start:t.end]):
        return False
    before = an.words_before(t.word_start, 1)
    if before and _published_thing(before[0].removeprefix("ب")):
        return True
    if any(_published_thing(w) for w in an.words_after(t.word_end, _PUBLISHING_REACH)):
        return True
    return any(w.removeprefix("و") in _PUBLISHED_ON for w in an.words_after(t.word_end, _PUBLISHING_REACH + 2))


_CONTROL_VERB_RE = re.compile(r"^[وف]?[يتن]?سيطر")
_IMPERFECT_CONTROL_RE = re.compile(r"^[وف]?[يتن]سيطر")
_FIRE_WORDS = frozenset("حريق الحريق حرايق الحرايق النار النيران نيران اللهب السنه الحريقين".split())
_CONTROL_REACH = 4  # words after the verb: its subject, then على and what was brought under control


def _fire_brought_under_control(an: Analysis, t: Match) -> bool:
    """سيطر على is to seize a place and to bring a fire under control: "سيطر الدفاع المدني على حريق
    في مستودع" is the civil defence putting a fire out, whoever the subject."""
    if not _CONTROL_VERB_RE.match(an.text[t.word_start:t.word_end]):
        return False
    words = _clause_words_after(an, t, _CONTROL_REACH)
    return any(w == "علي" and k + 1 < len(words) and words[k + 1] in _FIRE_WORDS for k, w in enumerate(words))


def _state_of_control(an: Analysis, t: Match) -> bool:
    """سيطر in the imperfect tells who holds a place ("المدن التي يسيطر عليها التنظيم", "تسيطر الحكومة
    على العاصمة"), a state, not the seizure it came from; the perfect (سيطر، سيطرت) tells the seizure."""
    return _IMPERFECT_CONTROL_RE.match(an.text[t.word_start:t.word_end]) is not None \
        or an.word_before(t.word_start) == "تحت"  # "المناطق الواقعة تحت سيطرتهم": held, not seized


_LAWWAH_RE = re.compile(r"^(?:[يت]?لوح|ملوح)")
_BRANDISH_REACH = 5  # words after the verb: its subject may come before the ب of its threat


def _board_or_painting(an: Analysis, t: Match) -> bool:
    """لوّح ("brandished") takes its threat with ب ("لوحت الدول بإعادة فرض العقوبات"); لوح is also
    a board or a slate, and لوحته (the verb's form with a pronoun) his painting."""
    if not _LAWWAH_RE.match(an.text[t.start:t.end]):
        return False
    if t.suffix:
        return True
    words = _clause_words_after(an, t, _BRANDISH_REACH)
    if any(w.startswith(_WAVED_THINGS) for w in words):
        return True  # "تلوح بذراعيها للكاميرا", "لوح المشجعون بالأعلام": waving, no threat
    return not any(w.startswith("ب") and len(w) > 3 and w not in _BI_NOT_A_THREAT for w in words)


_BI_NOT_A_THREAT = frozenset("بعيد بعد بين بسبب بشكل بعض بالقرب بجانب بيده بيديه بيدها".split())
_WAVED_THINGS = ("بذراع", "بيد", "بايدي", "بالعلم", "بعلم", "بالاعلام", "باعلام", "برايه", "بالرايه", "برايات",
                 "بالرايات", "بمنديل", "بالمنديل", "بعلامه", "بشاره", "بالشاره")


def _and_a_feast(an: Analysis, t: Match) -> bool:
    """وعيد (a menace) is also و + عيد, "and the feast of" before the feast's name: "بعد شهر رمضان
    وعيد الفطر", "عيد الفطر وعيد التحرير"."""
    after = an.words_after(t.word_end, 1)
    return an.text[t.start:t.end] == "وعيد" and not t.prefix and bool(after) and after[0].startswith("ال")


_BAHATH_RE = re.compile(r"^[يتن]?بحث")
_SEARCH_FOR = frozenset(("عن", "عما", "عمن", "عنه", "عنها", "عنهم", "عنهما"))
_SEARCH_REACH = 4  # words after the verb: its subject may stand before عن
# nouns of which بحث is the genitive "search": operations, engines, results, teams
_SEARCH_HEADS = frozenset("""عمليه عمليات بعمليه بعمليات لعمليه لعمليات محرك محركات نتيجه نتايج فريق فرق
    فرقه حمله حملات مراكز مركز اعمال""".split())
_SEARCH_PARTNERS = frozenset("وتمشيط والتمشيط وتحري والتحري وتطوير والتطوير وتنقيب والتنقيب".split())


# praise, defence, apology, cooperation or a climb-down told by a verb that names no one on either
# side is no event an analyst can use, and in real news mostly another sense (a device supporting a
# feature, thanks in a speech, a style); acts that name their object stay (an embassy reopened,
# an agreement signed, "اتفق الطرفان")
_NEEDS_SOMEONE = frozenset(("051", "052", "055", "060", "080", "030", "0872", "100", "120", "111"))  # CAMEO codes; CONSULT too, all of it
# (a request, 100, with no one named is mostly a private one: "طلب من الحلاق أن…", "دعا الشيف المدعوين")
# هدّد with no one named endangers ("منافسة شديدة تهدد الأسواق", "يهدد أمن بلادنا"); لوّح and توعّد
# are an actor's threats even when the actor is not one hadath names ("لوحت العواصم الغربية بفرض عقوبات")
_HADDADA_RE = re.compile(r"^[وف]?[يتن]?هدد")


def _searching(an: Analysis, t: Match) -> bool:
    """بحث is to discuss (مع someone, a matter) and also to search: "بحثا عن الأفيال" (in search of),
    "تبحث الشرطة عن شخصين" (looks for), "عمليات بحث وتمشيط", "محرك بحث", "أعمال بحث وتطوير" are no
    talks between actors."""
    if not _BAHATH_RE.match(an.text[t.start:t.end]):
        return False
    word = an.text[t.word_start:t.word_end]
    after = _clause_words_after(an, t, _SEARCH_REACH)
    for w in after:  # "عن" after the subject ("تبحث السلطات السويسرية عن"), unless مع comes first
        if w in _SEARCH_FOR:
            return True
        if w == "مع":
            break
    return bool(after and after[0] in _SEARCH_PARTNERS) \
        or (not t.prefix and not t.suffix and word.endswith("ا") and word != an.text[t.start:t.end]) \
        or an.word_before(t.word_start) in _SEARCH_HEADS


# goods and prices that دعم before them subsidises or holds up
_SUBSIDISED = frozenset("""الوقود وقود المحروقات محروقات الطاقه الكهرباء كهرباء الخبز خبز السلع سلع البنزين الديزل
    اسعار الاسعار سعر الغذاء المواد الادويه القمح الاعلاف المياه الغاز الدقيق الارز السكر النمو""".split())
# what software, a service or a device "supports" (languages, formats, countries it works in)
_TECH_WORDS = frozenset("""التطبيق تطبيق التطبيقات تطبيقات الجهاز جهاز الاجهزه اجهزه المتصفح متصفح
    الهاتف هاتف الهواتف هواتف اللغات لغات اللغه الصيغ صيغ الاصدار""".split())  # (not برنامج, نظام: a programme, a regime)


def _technical_support(an: Analysis, t: Match) -> bool:
    """"ويدعم التطبيق أكثر من 140 بلدا", "اللغات التي تدعمها الخدمة": an application, a service or a
    device that supports languages or countries works with them; no one is backed."""
    word = an.text[t.word_start:t.word_end]
    if not word.removeprefix("و").startswith(("يدعم", "تدعم", "دعم")):
        return False
    near = an.words_before(t.word_start, 2) + an.words_after(t.word_end, 2)
    return any(w.removeprefix("و") in _TECH_WORDS for w in near)


def _subsidy(an: Analysis, t: Match) -> bool:
    """The noun دعم is support and also a subsidy: "خفض دعم الوقود", "دعم أسعار المحروقات", "تسهم
    في دعم الكهرباء" subsidise goods or hold prices up; the goods name no one supported."""
    if strip_article(an.text[t.start:t.end]) not in ("دعم", "دعما") or t.suffix:
        return False
    after = an.words_after(t.word_end, 1)
    # "وتجد الأسعار دعما": prices (the market) find support
    return (bool(after) and after[0] in _SUBSIDISED) or an.word_before(t.word_start) in _MARKETS


_MARKETS = frozenset("الاسعار اسعار الاسهم اسهم الاسواق الخام النفط الدولار العمله البورصه الموشر".split())


def _received_not_thrown(an: Analysis, t: Match) -> bool:
    """تلقّى (received) ends in ى, تُلقي (throws, lays down: ألقى's imperfect) in ي; normalisation
    spells both تلقي. With ى in the original it received something: only the senses whose subject
    is the receiver (a call, aid, an invitation) stay."""
    word = an.text[t.word_start:t.word_end]
    if word.removeprefix("و").removeprefix("ف") != "تلقي" or " " in an.text[t.start:t.end]:
        return False
    return an.orig_text(t.word_start, t.word_end).endswith("ى")


_STATE_SECTORS = FORCE_SECTORS | {"GOV"}  # the state's own parties: government and its forces
# the army and armed groups: whose "violent attack" (هجوما عنيفا) is an assault, whose looting a seizure
_FIGHTING_SECTORS = frozenset(("MIL", "UAF", "REB"))
_SHANNA_RE = re.compile(r"^[وف]?[يتن]?شن")  # "شن … هجوما": launched an attack (of words, or of arms)


def _a_sale_between_firms(source: ActorMention | None, target: ActorMention | None) -> bool:
    """Aircraft or equipment handed over (CAMEO 062, military cooperation) between companies, or by
    one to its customers, with no state or force on either side, is trade."""
    parties = [a for a in (source, target) if a is not None and not a.implied]
    return any(a.sector == "BUS" for a in parties) and not any(a.sector in _STATE_SECTORS for a in parties)


_ARSALA_RE = re.compile(r"^[وف]?(?:[يتن]?رسل|ارسل)")
_MESSAGES = frozenset("""برقيه برقيات برقيتي رساله رسايل رسالتين خطابا خطاب مذكره مذكرات تهنيه تعزيه""".split())
_MESSAGE_REACH = 5  # words after the verb: its subject (a title and a name), then what was sent


def _sent_a_message(an: Analysis, t: Match) -> bool:
    """أرسل sends troops only with a force as its object; a cable or a letter sent ("أرسل برقية
    تعزية بمقتل قائد") names soldiers only as its subject matter."""
    if not _ARSALA_RE.match(an.text[t.word_start:t.word_end]) or " " in an.text[t.start:t.end]:
        return False
    return any(strip_article(w) in _MESSAGES for w in _clause_words_after(an, t, _MESSAGE_REACH))


_SANNAF_RE = re.compile(r"^[وف]?[يتن]?صنف")


def _classified_into(an: Analysis, t: Match) -> bool:
    """صنّف designates (a group as terrorist) and sorts: "صنف التقرير الجماعات إلى ثلاث فئات" puts
    things into classes (إلى), designating no one."""
    return _SANNAF_RE.match(an.text[t.word_start:t.word_end]) is not None \
        and "الي" in _clause_words_after(an, t, _CLASSES_REACH)


_CLASSES_REACH = 10  # words after the verb: its subject, what it sorted (with a relative clause), then إلى


_WELCOME_RE = re.compile(r"^[وف]?[يتن]?رحب")
# people greeted: "رحب بالحضور", "رحب بسموه"
_GREETED = frozenset("الحضور حضور الضيوف ضيوف الزوار زوار سمو سموه معالي معاليه فخامه فخامته الجميع الوفد وفد".split())
_PEOPLE_KINDS = frozenset(("person", "agent", "title", "context_person"))
# words that open with ب but are no object of رحب ("رحب في بداية الحفل بالحضور", "رحب بحرارة بالقرار")
_NOT_WELCOMED = frozenset("بدايه بين بعد بعض بشكل بسبب بيان بيانا بلاده بلادها بنفسه بالغ بحراره بشده باسم باسمه".split())
_WELCOME_REACH = 8  # words after the verb: its subject (a long title), then whom or what it welcomed


def _welcomed_in_person(an: Analysis, t: Match, actors: list[ActorMention]) -> bool:
    """رحب ب is endorsement of a thing ("رحبت مصر بالقرار"), and a greeting of people: "رحب
    الأمير بالحضور", "رحب الملك بقادة دول المجلس", "نرحب بساركوزي". The first ب word after the verb
    says which: people, or a person or agent named there, are greeted, not endorsed."""
    if not _WELCOME_RE.match(an.text[t.word_start:t.word_end]) or t.end != t.word_end:
        return False
    for start, end in _clause_word_spans_after(an, t, _WELCOME_REACH):
        word = an.text[start:end]
        if not word.startswith("ب") or len(word) < 4 or word in _NOT_WELCOMED:
            continue
        if strip_article(word[1:]) in _GREETED or word[1:] in _GREETED:
            return True
        return any(start <= a.start <= start + 1 and a.kind in _PEOPLE_KINDS for a in actors)
    return False


# CAMEO 171, seize or damage property: looting by forces or armed groups
LOOTING = Trigger("COERCE", "seize", "171", ("human_security",), "noun", ("direct",), "", "looting by armed men", False)
_LOOT_RE = re.compile(r"نهب|سلب")


def _looting_by_arms(an: Analysis, t: Match, actors: list[ActorMention], clause: tuple[int, int]) -> bool:
    """Looting is a riot's (PLOVER PROTEST, vandalize) when crowds loot; told of forces or an armed
    group named in its clause ("تعرضت المحلات لأعمال نهب من قبل مسلحين") it is armed men seizing
    property (COERCE 171)."""
    if _LOOT_RE.search(an.text, t.start, t.end) is None:
        return False
    for a in actors:
        if not (clause[0] <= a.start < clause[1]) or a.implied or a.sector not in _FIGHTING_SECTORS:
            continue
        if a.start >= t.end and _AGENT_MARKER_RE.search(an.text, max(t.end, a.start - 16), a.start + 1):
            return True  # "أعمال نهب من قبل المليشيات"
        if a.end <= t.start and t.prefix.startswith(("ب", "وب")):
            return True  # "تقوم المليشيات بأعمال نهب"
    return False


_ISTADA_RE = re.compile(r"^[وف]?(?:[يتن]?ستدعي|استدع)")
_OWN_ENVOYS = frozenset("سفيرها سفيره سفيرهم سفيرهما سفراءها سفراءه سفراءهم سفرايها سفرايه سفرايهم".split())
# CAMEO 161, reduce or break diplomatic relations: an ambassador recalled (not a foreign one summoned, 114)
RECALLED_ENVOY = Trigger("SANCTION", "withdraw", "161", ("diplomatic",), "verb", ("لدي", "في", "من"), "", "recalled its ambassador", True)


def _recalled_own_envoy(an: Analysis, t: Match) -> bool:
    """استدعى summons a foreign envoy (السفير الإيراني, ACCUSE 114) and recalls one's own (سفيرها,
    SANCTION 161). The matcher reads both as سفير; the pronoun in the text tells them apart."""
    return _ISTADA_RE.match(an.text[t.word_start:t.word_end]) is not None \
        and any(w in _OWN_ENVOYS for w in _clause_words_after(an, t, _VOW_REACH))


_VOW_RE = re.compile(r"^[وف]?[يتن]?تعهد")
# violence pledged after ب: "تعهد بسحق المسلحين", "تعهدت بشن هجمات", "تعهد بالانتقام"
_VIOLENT_PLEDGES = frozenset("""شن سحق قضاء ضرب قتال مقاتله محاربه انتقام ثار تدمير اباده مهاجمه استهداف
    تصفيه قصف اقتحام تحرير""".split())  # (without their article)
# CAMEO 138, threaten with military force; the pledged act's object is the threat's target
VOWED_FORCE = Trigger("THREATEN", "violence", "138", ("military",), "verb", ("direct",), "", "vowed to use force", True)


def _vowed_violence(an: Analysis, t: Match) -> bool:
    """تعهد is a promise (AGREE, CAMEO 030) unless what is pledged after ب is force: then it is a
    threat of it (CAMEO 138), "تعهد الرئيس بسحق المتمردين"."""
    if not _VOW_RE.match(an.text[t.word_start:t.word_end]):
        return False
    for w in _clause_words_after(an, t, _VOW_REACH):
        if w.startswith("ب") and len(w) > 2:
            return strip_article(w[1:]) in _VIOLENT_PLEDGES
    return False


_VOW_REACH = 6  # words after the verb: its subject, then what it pledged with ب


_TELECOM_HEADS = frozenset("""هييه شركه شركات تكنولوجيا قطاع وزاره وزير شبكه شبكات خدمات مشغل مشغلي برج ابراج
    تقنيه تقنيات مجال مجالات اسواق سوق معدات اجهزه""".split())
_TELECOM_AFTER = frozenset("والمعلومات وتقنيه وتكنولوجيا السلكيه واللاسلكيه اللاسلكيه المتنقله الدوليه والانترنت".split())


def _telecommunications(an: Analysis, t: Match) -> bool:
    """الاتصالات is contacts and also telecommunications: "هيئة الاتصالات", "شركات الاتصالات",
    "الاتصالات وتقنية المعلومات" name a sector or a body, no one's contacts."""
    if strip_article(an.text[t.start:t.end]) != "اتصالات" or t.suffix:
        return False
    after = an.words_after(t.word_end, 1)
    return an.word_before(t.word_start) in _TELECOM_HEADS or (bool(after) and after[0] in _TELECOM_AFTER)


_MEET_RE = re.compile(r"^[وف]?(?:[يتن]?لتقي|التقي|التقت|التقوا)")
# what "meets" without meeting anyone: interests, views, aims, lines, roads
_ABSTRACT_MEETERS = frozenset("""مصالح المصالح مصلحه اراء الاراء وجهات وجهتا روي الروي اهداف الاهداف افكار الافكار
    خطوط الخطوط طرق الطرق الطريقان النهران نهرا الحضارات ثقافات الثقافات""".split())


def _ideas_meeting(an: Analysis, t: Match) -> bool:
    """التقى is a meeting of people, and also interests or views that coincide ("تلتقي مصالح
    البلدين"), roads or rivers that join: its subject, right after it or right before, says which."""
    if not _MEET_RE.match(an.text[t.word_start:t.word_end]):
        return False
    after = an.words_after(t.word_end, 1)
    return (bool(after) and after[0] in _ABSTRACT_MEETERS) or an.word_before(t.word_start) in _ABSTRACT_MEETERS


_SCIENCE_OF = frozenset(("علم", "علماء", "عالم", "عالمه", "لعلم", "وعلم", "بعلم", "وعلماء", "لعلماء"))


def _sociology(an: Analysis, t: Match) -> bool:
    """"علم الاجتماع", "علماء الاجتماع": sociology and sociologists, no meeting."""
    return an.text[t.word_start:t.word_end] == "الاجتماع" and an.word_before(t.word_start) in _SCIENCE_OF


_RECEIVE_RE = re.compile(r"^[وف]?(?:[يتن]?ستقبل|استقبل|[يتن]?ستضيف|استضاف)")
# what a hospital, a fair or a country receives, and the places and events that receive: none is
# a host meeting a visitor (CAMEO 043)
_RECEIVED_NOT_MET = frozenset("""جثمان جثمانه جثمانها جثامين جثه جثث جثته رفات مصابين المصابين مصابا جرحي الجرحي حالات
    حاله الحالات مرضي المرضي مراجعين المراجعين زوار الزوار زوارا زاير زايرا زايرين الزايرين متسوقين المتسوقين
    حجاج الحجاج معتمرين المعتمرين مهاجرين المهاجرين لاجيين اللاجيين نازحين النازحين طلبات الطلبات شكاوي
    الشكاوي بلاغات البلاغات رمضان العيد مواليد المواليد سياح السياح سايحين السايحين مسافر مسافرا مسافرين
    المسافرين زواره زوارها زوارهم المهنيين مهنيين الف الاف الالاف مليون ملايين""".split())
# (well-wishers, المهنئين, and crowds counted in thousands: "استقبلت الاحتفالات مليون زائر")
_RECEIVING_THINGS = frozenset("""مستشفي المستشفي مستشفيات المستشفيات معرض المعرض مهرجان المهرجان فعاليات الفعاليات
    احتفالات الاحتفالات حديقه الحديقه حدايق الحدايق متحف المتحف مطار المطار ميناء الميناء منفذ المنفذ
    الجناح جناح سوق السوق ملعب الملعب قاعه القاعه شواطي الشواطي فندق الفندق فنادق الفنادق مسجد المسجد
    مواقع المواقع حديقتين""".split())  # (not a centre or a university: they host delegations)
_RECEIVING_REACH = 4  # words after the verb: its subject, then what it received


def _received_no_visitor(an: Analysis, t: Match) -> bool:
    """استقبل and استضاف are CONSULT when a host receives a visitor. A hospital receiving the
    wounded, a park its visitors, a town a body for burial or a country refugees is no meeting:
    a receiving place as the subject, or a received crowd, body or season as the object, says so."""
    if not _RECEIVE_RE.match(an.text[t.word_start:t.word_end]):
        return False
    words = _clause_words_after(an, t, _RECEIVING_REACH)
    # the subject is the first word after the verb or the word before it ("المعرض يستقبل زواره")
    return any(w.removeprefix("و") in _RECEIVED_NOT_MET for w in words) or (
        bool(words) and words[0] in _RECEIVING_THINGS) or an.word_before(t.word_start) in _RECEIVING_THINGS


_TAHAMMUL_RE = re.compile(r"^[وف]?(?:ب|ل|لل|بال|ال)?تحمل(?:ت|وا)?\b")  # (تحملت، تحملوا: past of bearing only)


def _bore_responsibility(an: Analysis, t: Match, target: ActorMention | None) -> bool:
    """تحمّل المسؤولية is to bear it (form V); حمّل فلانا المسؤولية, whose present is spelt the same
    (تحمّل الحكومة المعارضة المسؤولية), to blame someone. With no one blamed named, or as a noun
    after a preposition or the article, it is bearing."""
    word = an.text[t.word_start:t.word_end]
    if not _TAHAMMUL_RE.match(word):
        return False
    before = an.word_before(t.word_start)
    return target is None or t.prefix.endswith(("ب", "ل", "ال")) or before in _NOMINALISING_PREPS


_EXAMPLE_WORDS = frozenset("مثل مثلا مثالا مثال مثالين مثلين امثله".split())


# verbs (and their nouns) that lodge, convey or voice a protest: a complaint in words (ACCUSE 114)
_LODGING_RE = re.compile(r"^[وف]?(?:قدم|سجل|ابلغ|نقل|وجه|سلم|اعرب|عبر|تقديم|تسجيل|ابلاغ|توجيه)(?:ت|وا|تا|ا)?$")
_COMPLAINT_NOUN_RE = re.compile(r"^(?:احتجاج|احتجاجا|احتجاجه|احتجاجها|احتجاجهم|احتجاجهما|احتجاجنا|احتجاجي)$")


def _lodged_complaint(an: Analysis, t: Match) -> bool:
    """The noun احتجاج as what a verb of lodging or voicing takes, up to four words before it in its
    clause ("قدمت الخارجية احتجاجا", "أبلغت الحكومة السفير احتجاجها", "أعرب عن احتجاجه"): a
    complaint made in words, which the phrase lexicon codes as ACCUSE 114, not a demonstration."""
    if not _COMPLAINT_NOUN_RE.match(an.text[t.word_start:t.word_end]):
        return False
    for start, end in reversed(an.word_spans_before(t.word_start, 4)):
        if an.clause_break_in(end, t.word_start) or an.triggers_in(end, t.word_start):
            return False
        if _LODGING_RE.match(an.text[start:end]):
            return True
    return False


def _other_protest_sense(an: Analysis, t: Match, entry: Trigger) -> bool:
    """A protest verb followed by ب has another sense: تظاهر ب 'pretend', احتج ب 'argue from',
    اعتصم ب 'hold fast to' ("تظاهر بالمرض", "اعتصموا بحبل الله"); a crowd's size after ب is still
    a protest ("تظاهروا بالآلاف")."""
    word = an.text[t.word_start:t.word_end]
    if word in _NEEDED_FORMS:
        return True
    if entry.mode == "strike" and entry.verbal and any(
            w.removeprefix("ل") in _EXAMPLE_WORDS for w in an.words_after(t.word_end, 1)):
        return True  # "أضرب مثالين", "أضرب مثلا": I give an example, no one stops work
    if not entry.verbal and _lodged_complaint(an, t):
        return True  # "سجلت الوزارة احتجاجا", "أبلغت الحكومة السفير احتجاجها": a complaint, no crowd
    if not entry.verbal and strip_article(word).startswith(("تظاهر", "مظاهر")):
        nxt = an.words_after(t.end, 1)
        return bool(nxt) and strip_article(nxt[0]) in _FESTIVAL_ADJECTIVES  # "تظاهرة اقتصادية": a fair
    if not entry.verbal or not morph.strip_clitics(word).startswith(_BI_SENSE_STEMS) and not word[1:].startswith(_BI_SENSE_STEMS):
        return False
    if "بالصمت" in an.words_after(t.end, 6):
        return True  # "اعتصم وزير الخارجية الكويتي بالصمت": kept silent, its subject between
    starts = an.word_starts
    w = an.word_id_at(t.word_start)
    for k in (w + 1, w + 2):  # right after the verb, or after its subject ("تظاهر الرجل بالمرض")
        if k >= len(starts):
            return False
        ws, we = starts[k], an.word_ends[k]
        word = an.text[ws:we]
        if word.startswith("ب") and len(word) > 2 and word not in _BI_WORDS:
            return not (word.startswith(_CROWD_AFTER_BI) or word[1:] in _PLACE_NOUNS or word[1:].startswith(_PLACE_NOUNS)
                        or an.entity_in(ws, we) or any(ws <= p.start < we for p in an.places))
        if k == w + 1 and word in _LIST_PREPOSITIONS:
            return False
    return False


_PLACE_NOUNS = ("ساحه", "الساحه", "شارع", "الشارع", "شوارع", "الشوارع", "مدينه", "المدينه", "ميدان", "الميدان",
                "منطقه", "المنطقه", "العاصمه", "محافظه", "وسط", "محيط", "مقر", "جامعه", "الجامعه", "مخيم", "دعوه",
                "مناسبه", "القرب", "قرب", "مختلف", "عده", "كل")


# an object a protest acts on rather than addresses ("قاطع المحامون جلسات المحاكم … احتجاجا على قرار
# الرئيس"): whom the protest is against, when the sentence names it, comes first
_THINGS_PROTESTED_AT = frozenset(("JUD", "EDU", "BUS", "HLH", "MED", "LEG"))
_PROTEST_PURPOSE_RE = re.compile(r"(?<!\S)[وف]?(?:احتجاجا|مطالبين|مطالبه|تنديدا|استنكارا)(?!\S)")
_PROTEST_WORD_RE = re.compile(r"(?:متظاهر|محتج|معتصم|مضرب|احتجاج|تظاهر|مظاهر|اعتصام|غاضب)")


_MARCH_WORDS = frozenset(("مسيره", "مسيرات", "المسيره", "المسيرات"))
# what a مسيرة is when a genitive follows it: a process or a life's course, not a march
_COURSES = frozenset(("السلام", "التنميه", "الاصلاح", "البناء", "العمل", "الحياه", "النضال", "التحرير",
                      "الديمقراطيه", "التطوير", "النهضه", "التعليم", "التحول", "المصالحه", "التسويه",
                      "المفاوضات", "الخير", "العطاء", "التقدم", "الحوار", "التكامل", "التعاون"))


def _joined_a_march(an: Analysis, t: Match) -> bool:
    """"شارك آلاف الأردنيين في مسيرة", "انضم مئات الطلاب إلى المسيرة": the march word governed by في
    or إلى within the verb's clause, and not a process or a course of life (مسيرة السلام)."""
    spans = an.word_spans_after(t.word_end, 16)

    def stop_before(k: int) -> bool:
        return an.clause_break_in(spans[k - 1][1] if k else t.word_end, spans[k][0])

    k, aside_skipped = 0, False
    while k < len(spans):
        if stop_before(k):
            # an apposition between two commas ("شارك أكثر من مليون شخص، غالبيتهم من الطلاب، في
            # مسيرات") is passed over once; any other break ends the clause
            close = next((m for m in range(k + 1, min(k + 8, len(spans))) if stop_before(m)), None)
            if aside_skipped or close is None or "،" not in an.text[spans[k - 1][1] if k else t.word_end:spans[k][0]] \
                    or "،" not in an.text[spans[close - 1][1]:spans[close][0]]:
                return False
            aside_skipped, k = True, close
        start, end = spans[k]
        if an.text[start:end] in _MARCH_WORDS and k and an.text[spans[k - 1][0]:spans[k - 1][1]] in ("في", "الي"):
            return k + 1 >= len(spans) or an.text[spans[k + 1][0]:spans[k + 1][1]] not in _COURSES
        k += 1
    return False


_DETENTION_WORDS = frozenset("""سجن سجون السجن السجون معتقل معتقلات المعتقل المعتقلات قاعده القاعده مركز المركز
    مراكز احتجاز الاحتجاز""".split())


def _custodian(an: Analysis, actors: list[ActorMention], s_start: int, s_end: int) -> ActorMention | None:
    """The state a prison or camp is said to belong to ("في السجون الإسرائيلية", "في قاعدة غوانتانامو
    الأمريكية"): the nationality within two words after a detention word, as its government."""
    for a in actors:
        if a.kind != "nisba" or a.plural_nisba or not (s_start <= a.start < s_end):
            continue
        lead = an.words_before(an.word_start_at(a.start), 2, s_start)
        if any(morph.strip_clitics(w) in _DETENTION_WORDS or w in _DETENTION_WORDS for w in lead):
            return dataclasses.replace(a, sector="GOV")
    return None


def _without_joined_marches_told_twice(an: Analysis, drafts: list[EventDraft]) -> list[EventDraft]:
    """"شارك آلاف الإسبان في مسيرة صامتة وسط مدريد": when the march word is a protest of its own
    (its streets, slogans or demands told), taking part in it is the same protest, not a second one;
    the verb keeps it, for its subject names who marched."""
    joined = [d for d in drafts if d.entry.plover == "PROTEST" and d.entry.verbal
              and JOINED_RE.match(an.text[d.trigger.word_start:d.trigger.word_end])
              and not (d.background or d.hypothetical or d.negated)]
    if not joined:
        return drafts
    drop = {id(n) for n in drafts if n.entry.plover == "PROTEST" and not n.entry.verbal and any(
        n.sentence == j.sentence and n.trigger.start > j.trigger.end and an.count_words(j.trigger.end, n.trigger.start) <= 10
        for j in joined)}
    return [d for d in drafts if id(d) not in drop]


_SUPPORTERS_RE = re.compile(r"^[وف]?(?:ال)?(?:انصار|مناصر|مويد|موال)(?:ين|ون|و|ي)?$")


_SUPPLY_WORDS = frozenset(("امداد", "امدادات", "تموين"))
_SUPPLY_REACH = 4  # words after the verb: "طرق خطوط الإمدادات"


def _blocked_by_people(an: Analysis, t: Match, source: ActorMention | None, s_start: int, s_end: int) -> bool:
    """Roads cut, squares occupied or tyres burned are a protest when people do it ("قطع المحتجون
    الطريق", "أقفل شبان العشائر الطريق"), or when the sentence says it is one; an army cutting
    supply lines or police closing a road is not."""
    if an.words_after(t.word_end, 1) == ["غيار"]:
        return False  # "قطع غيار السيارات والسكك الحديدية": spare parts
    if any(w.removeprefix("ال") in _SUPPLY_WORDS for w in an.words_after(t.word_end, _SUPPLY_REACH)):
        return False  # "قطع المقاتلون خطوط الإمدادات عن الحامية": a supply line cut in a war
    if source is not None and source.start >= t.end and an.count_words(t.end, an.word_start_at(source.start)) == 0 \
            and an.text[source.start:source.end].endswith("ين"):
        return False  # "منع المتظاهرين": the protesters in the accusative are its object, not its subject
    if source is not None and (source.kind == "implied" or source.sector in PROTESTING_PEOPLE_SECTORS
                               or is_protesters(an, source)):
        return True
    if source is None and any(_SUPPORTERS_RE.match(w) for w in an.words_after(t.word_end, _WORD_WINDOW)):
        return True  # "يحتل عشرات الآلاف من «القمصان الحمر» الموالين لرئيس الوزراء المخلوع تقاطعا": a crowd
    if source is not None and (is_state(source) or source.sector in ("MIL", "COP", "GOV", "UAF", "REB", "CRM", "SPY")):
        return False
    # the protesters told before the act ("المحتجون … قطعوا الطرق"), not as its object ("منع المتظاهرين");
    # or its purpose told after it ("أغلق أنصار الحركة الطرق …، احتجاجا على", "مطالبين الحكومة")
    return bool(_PROTEST_WORD_RE.search(an.text, s_start, t.start) or _PROTEST_PURPOSE_RE.search(an.text, t.end, s_end))


def _protesting_state(an: Analysis, t: Match, source: ActorMention | None, actors: list[ActorMention],
                      s_start: int) -> bool:
    """A state protests: "احتجت مصر لدى إيران"; for "احتجاجا" qualifying an act, the state must be
    the act's subject, a country named before it ("استدعت البحرين سفيرها احتجاجا"), not any state
    body near it ("قمع الجيش المتظاهرين الذين قطعوا الطرق احتجاجا")."""
    if not _adverbial_accusative(an, t):
        return source is not None and is_state(source) and not _crowds_protest(an, t)
    first = next((a for a in actors if s_start <= a.start < t.start and not preposition_before(an, a.start, a.prefix)
                  and an.word_before(an.word_start_at(a.start)) not in DIRECTION_WORDS), None)  # "شرق بوليفيا": where
    return first is not None and is_state(first) and first.sector not in ("MIL", "COP")


# "احتجاجات شعبية", "احتجاجات الطلاب": protests in the street, never a state's formal complaint
_CROWD_PROTEST_WORDS = frozenset("""شعبيه الشعبيه جماهيريه الجماهيريه طلابيه الطلابيه عماليه العماليه حاشده
الحاشده غاضبه الغاضبه عنيفه العنيفه واسعه الواسعه سلميه السلميه الشوارع الشارع""".split())


def _crowds_protest(an: Analysis, t: Match) -> bool:
    """A protest noun in the plural ("أثارت الخطة احتجاجات من الناخبين") or with a word of the
    street after it ("الاحتجاجات الشعبية") is held by crowds, whatever state the sentence names."""
    word = morph.strip_clitics(an.text[t.word_start:t.word_end])
    nxt = an.words_after(t.word_end, 1)
    return not t.verb_form() and (strip_article(word).startswith("احتجاجات")
                                  or (bool(nxt) and nxt[0] in _CROWD_PROTEST_WORDS))


def _protesters_named_after(an: Analysis, t: Match, actors: list[ActorMention]) -> ActorMention | None:
    """The people after من right after a protest noun, past one adjective at most ("احتجاجات
    واسعة من العمال"); not a state (a formal protest is its own), nor a partitive after the noun's
    own subject ("قاد التظاهرة عدد من النشطاء")."""
    words = an.words_after(t.word_end, 2)
    if not words or (words[0] != "من" and not (words[0] in _CROWD_PROTEST_WORDS and words[1:2] == ["من"])):
        return None
    reach = an.word_spans_after(t.word_end, 3 if words[0] != "من" else 2)[-1][1]
    return next((a for a in actors if t.word_end < a.start <= reach and is_participant(a) and not is_state(a)
                 and an.word_before(an.word_start_at(a.start)) == "من"), None)


_DELIVERED_RE = re.compile(r"^[وف]?(?:ابلغ|سلم|قدم|نقل|وجه|ابدي|سجل)(?:ت|وا|ه|ته|تها|ها|هم|تهم)?$")


def _protest_delivered(an: Analysis, t: Match) -> bool:
    """"أبلغته احتجاجا شديدا", "سلمت السفير مذكرة احتجاج": a protest handed to someone is a formal
    complaint, not a crowd in the street."""
    before = an.words_before(t.word_start, 2)
    return bool(before) and (_DELIVERED_RE.match(before[-1]) is not None or (
        len(before) == 2 and _DELIVERED_RE.match(before[0]) is not None and before[1] in ("مذكره", "رساله")))


def _protest_word(an: Analysis, t: Match) -> bool:
    """احتج / احتجاج / احتجاجا: the word a state uses for a formal protest too (not تظاهر, اعتصم)."""
    word = an.text[t.word_start:t.word_end]
    return morph.strip_clitics(word).startswith(("احتج", "يحتج", "تحتج")) or word.startswith(("واحتج", "فاحتج"))


def _names_protesters(an: Analysis, t: Match) -> bool:
    words = an.text[t.word_start:t.end].split()
    return len(words) > 1 and any(protester_word(morph.strip_clitics(w)) for w in words[1:])


def _counted(an: Analysis, a: ActorMention) -> bool:
    """"تسعة جنود", "عشرات المدنيين": a counted group, an object rather than an actor of the story."""
    before = an.words_before(an.word_start_at(a.start), 1)
    return bool(before) and (before[0].isdigit() or numbers.is_count(before[0]))


def _shared_subject(an: Analysis, t: Match, drafts: list[EventDraft], sent: int,
                    source: ActorMention | None) -> ActorMention | None:
    """"خطفوا القنصل وقتلوا سائقه": a verb joined by و to the previous verb shares its subject; the
    actor just before it is the previous verb's object, not its subject."""
    if not t.prefix.startswith(("و", "ف")) or not t.verb_form():
        return source
    prev = next((d for d in reversed(drafts) if d.sentence == sent and d.trigger.end <= t.start
                 and (d.entry.verbal or d.source is not None)), None)
    if prev is None:
        return source
    if source is not None and source.end <= t.start and _counted(an, source) and any(
            d.sentence == sent and _same_mention(d.target, source) for d in drafts):
        # "قامت الجماعة بخطف تسعة جنود … وقتلت التاسع": the soldiers were the object before, not
        # the killers now; the subject is the previous verb's, named or not
        return prev.source if prev.source is not None and not prev.source.implied else None
    if prev.source is None or prev.source.implied:
        return source
    if source is None or source is prev.target or (source.end <= t.start and source.start >= prev.trigger.end):
        return prev.source
    return source


def _attack_between(an: Analysis, start: int, end: int, accident_at: int | None = None) -> bool:
    """An attack word other than a casualty word between ``start`` and ``end``: a toll after it is
    that attack's ("في حرائق … بهجوم مسلح خلف 37 قتيلا"); not one the accident cue at
    ``accident_at`` follows closely ("إثر انفجار في مصنع للألعاب النارية")."""
    return any(start <= m.start < end and _CASUALTY_WORD_RE.match(an.text, m.start) is None
               and senses(m, "ASSAULT") and not _dawn(an, m) and not _disaster_struck(an, m)
               and not (accident_at is not None and an.count_words(m.end, accident_at) <= 2) for m in an.trigger_matches)


_DISASTER_VERBS = frozenset("ضرب ضربت هز هزت اجتاح اجتاحت".split())
_DISASTERS = frozenset("زلزال زلزالا اعصار اعصارا عاصفه هزه تسونامي فيضان فيضانات سيول".split())


def _disaster_struck(an: Analysis, m: Match) -> bool:
    """"في زلزال بقوة 6.4 درجات ضرب فجر أمس": the verb a disaster strikes with, no attack."""
    return an.text[m.word_start:m.word_end].removeprefix("و") in _DISASTER_VERBS \
        and any(w in _DISASTERS for w in an.words_before(m.word_start, 6))


def _told_accident(an: Analysis, t: Match, words: set[str] | frozenset[str]) -> bool:
    """A definite attack word repeating one its sentence already read as an accident ("الانفجار")."""
    word = an.text[t.word_start:t.word_end]
    return bool(words) and "ال" in word[:4] and strip_article(word) in words


# words that open the cause of a toll told before them ("لقي 15 شخصا مصرعهم … عندما اصطدمت حافلة")
_CAUSE_OPENERS = frozenset(("عندما", "حين", "حينما", "اثر", "جراء", "بسبب", "نتيجه", "بعدما", "لدي", "عقب"))
_CAUSE_REACH = 20


_THE_INCIDENT = frozenset("الحادث الحادثه الانفجار الانفجارات الحريق كان كانت".split())


def _ruled_accidental(an: Analysis, c: Match) -> bool:
    """"وقالت الحكومة إن الحادث عرضي": the sentence's blasts and deaths ruled an accident, wherever
    the ruling stands, when the sentence names no weapon or gunman."""
    word = strip_article(an.text[c.word_start:c.word_end]).lstrip("و")
    if not word.startswith("عرضي") or not set(an.words_before(c.word_start, 2)) & _THE_INCIDENT:
        return False
    return not _names_a_weapon(an, *an.sentences[an.sentence_of(c.start)])


_CONTROLLED_DETONATION = frozenset(("متحكم به", "متحكما به", "المتحكم به", "مسيطر عليه", "مسيطرا عليه", "تفجير مبرمج",
                                    "تفجيرا مبرمجا", "التفجير المبرمج"))


def _accidental(an: Analysis, t: Match, entry: Trigger, cues: list[Match], clause: tuple[int, int]) -> bool:
    """An accident or disaster cue in the clause of a death word with no weapon of its own, or right
    after a specific one ("انفجار أسطوانة غاز")."""
    for c in cues:
        if c.hits[0].entry.kind != "accident":  # type: ignore[union-attr]
            continue
        if _ruled_accidental(an, c) or (an.text[c.start:c.end] in _CONTROLLED_DETONATION and entry.mode in (None, "explosives")):
            return True  # "نجم الانفجار عن تفجير مسيطر عليه لعبوة": the engineers' detonation, all the sentence
        if not (clause[0] <= c.start < clause[1]):
            # "قتل ثلاثة أشخاص، في زلزال": a death word with no weapon, its cause told after a comma
            if not entry.mode and c.start >= t.end and an.count_words(t.end, c.start) <= 8:
                return True
            # "لقي 15 شخصا مصرعهم وأصيب 22 آخرون أمس عندما اصطدمت حافلة": the toll's cause told after it
            if not entry.mode and c.start >= t.end and an.count_words(t.end, c.start) <= _CAUSE_REACH \
                    and any(w.removeprefix("و") in _CAUSE_OPENERS for w in an.words_between(t.end, c.start)) \
                    and not _attack_between(an, t.end, c.start, c.start):
                return True
            # "هز انفجار قوي مبنى سكنيا، ناجم عن تسرب الغاز": a blast whose cause is told after it
            if c.start >= t.end and an.count_words(t.end, c.start) <= 15 \
                    and set(an.words_before(c.word_start, 2)) & _CAUSED_BY \
                    and not _names_a_weapon(an, *an.sentences[an.sentence_of(t.start)]):
                return True
            # "ضرب زلزال المنطقة، ما أدى إلى مقتل مئة شخص وتدمير المباني": the disaster's toll
            if entry.mode in (None, "destroy") and c.end <= t.start and an.count_words(c.end, t.start) <= 25 \
                    and any(_RESULT_RE.match(w) for w in an.words_between(c.end, t.start)) \
                    and not _attack_between(an, c.end, t.start):
                return True
            if _joined_after_comma(an, t) and c.end <= t.start and an.count_words(c.end, t.start) <= 25 \
                    and entry.mode in (None, "destroy") and not _attack_between(an, c.end, t.start):
                return True  # "ضرب زلزال إقليم بلوشستان فجر أمس، ودمر مئات المنازل": the disaster did it
            continue
        if an.text[c.start:c.end].startswith(_BOMBABLE_VEHICLES) and _names_a_weapon(an, clause[0], clause[1]):
            continue  # "فجر انتحاري صهريج وقود مفخخا": a tanker turned into a bomb
        if _DETONATE_RE.match(an.text[t.word_start:t.word_end]) and c.start > t.end:
            continue  # "فجر شاب قنينة غاز داخل حافلة": someone set it off (not "انفجرت قنينة غاز")
        if not entry.mode or (c.start >= t.end and an.count_words(t.end, c.start) <= 2):
            return True
        if entry.mode == "destroy" and c.end <= t.start and not _attack_between(an, c.end, t.start):
            return True  # "أدت سيول جارفة … إلى غرق أربعة أشخاص وتدمير عشرات المنازل": the flood's
    return False


_BOMBABLE_VEHICLES = ("صهريج", "خزان")
_CAUSED_BY = frozenset(("ناجم", "ناجما", "الناجم", "نجم", "ناتج", "ناتجا", "نتج", "بسبب", "جراء", "سببه"))


_CLASH_WORD_RE = re.compile(r"^[وفب]?(?:ال)?(?:اشتباك|اشتباكات|مواجهه|مواجهات|معركه|معارك|تبادل)$")
_CLASH_REACH = 10


_CLASHED_RE = re.compile(r"^[وفب]?(?:ال)?(?:اشتبك|اشتبكوا|اشتباك|اشتباكات|مواجهات|صدامات|اصطدم|اصطدموا|تصادم|تصادموا)$")


_CLASH_PARTNER_REACH = 20


def _forces_clashed_with(an: Analysis, actors: list[ActorMention], s_start: int, s_end: int) -> ActorMention | None:
    """"واشتبك المتظاهرون مع الجنود الإسرائيليين": a protest with no one addressed is against the
    police or soldiers its sentence says the protesters clashed with."""
    for start, end in an.word_spans_after(s_start, 80):
        if start >= s_end:
            break
        if not _CLASHED_RE.match(an.text[start:end]):
            continue
        # مع within the clause, past the protesters' own relative clause ("اشتبك المحتجون الذين اقتحموا
        # ساحة المبنى مع عناصر الشرطة")
        words = [sp for sp in an.word_spans_after(end, _CLASH_PARTNER_REACH) if sp[1] <= s_end]
        mark = next((sp for sp in words if an.text[sp[0]:sp[1]] == "مع"
                     and not an.clause_break_in(end, sp[0])), None)
        if mark is None:
            continue
        # (past a head noun of the men of a force: "رجال الأمن", "عناصر الشرطة")
        force = next((a for a in actors if a.start >= mark[1] and (
            an.count_words(mark[1], an.word_start_at(a.start)) == 0
            or an.words_between(mark[1], an.word_start_at(a.start)) in (["رجال"], ["عناصر"], ["افراد"]))), None)
        if force is not None and force.sector in ("COP", "MIL", "SPY"):
            return force
    return None


def _clash_partner(an: Analysis, t: Match, actors: list[ActorMention], target: ActorMention,
                   s_end: int) -> ActorMention | None:
    """"قتل 13 جنديا في اشتباك مع متمردين": the armed side the victims clashed with, named after مع
    (or after "تبادل لإطلاق النار مع") a few words after the killing or the clash word, did it."""
    spans = [sp for sp in an.word_spans_after(t.word_end, _CLASH_REACH) if sp[1] <= s_end]
    own = _CLASH_WORD_RE.match(an.text[t.word_start:t.word_end].split(" ")[0]) is not None
    clash = -1 if own else next((k for k, (a, b) in enumerate(spans) if _CLASH_WORD_RE.match(an.text[a:b])), None)
    if clash is None:
        return None
    mark = next((sp for sp in spans[clash + 1:clash + 4] if an.text[sp[0]:sp[1]] == "مع"), None)
    if mark is None:
        return None
    # (past a count: "في مواجهات مع مئات الشبان")
    partner = next((a for a in actors if a.start >= mark[1] and an.count_words(mark[1], a.start) <= 3 and all(
        numbers.is_count(w) or w in ("من", "نحو", "حوالي") for w in an.words_between(mark[1], an.word_start_at(a.start)))),
        None)
    # the armed side; or the crowd that fought the police or soldiers who were hurt ("أصيب 80 شرطيا في
    # مواجهات مع مئات الشبان")
    if partner is None or partner is target or not (
            partner.sector in ARMED_SECTORS or partner.sector == "CRM"  # "تبادل لإطلاق النار مع تجار مخدرات"
            or (partner.sector == "CVL" and target.sector in ("COP", "MIL"))):
        return None
    return partner if (partner.sector, partner.country) != (target.sector, target.country) else None


_EXERCISE_RE = re.compile(r"^[وفبل]?(?:ال)?(?:مناورات|مناوره|تدريبات|تمرين|تمارين)$")
_TEST_WORDS = frozenset(("تجربه", "تجارب", "اختبار", "بتجربه", "تجربتين"))  # "أجرى تجربة لإطلاق صاروخ"


def _fired_in_an_exercise(an: Analysis, t: Match, s_start: int, s_end: int) -> bool:
    """Weapons fired a few words after a military exercise ("مناورات بحرية … أطلقت خلالها صواريخ") in
    a sentence that counts no victims."""
    if _CASUALTY_WORD_RE.match(an.text, t.start) or counts_casualties(an, s_start, s_end):
        return False
    if any(w in _TEST_WORDS for w in an.words_before(t.word_start, 2, s_start)):
        return True  # a test launch
    # (or right after: "أطلق الحرس الثوري تسعة صواريخ … خلال مناورات عسكرية")
    after = an.words_between(t.word_end, s_end)
    # (further on when framed: "… في إطار مناورات «الرسول الأعظم 3»", "ضمن تدريبات")
    return any(_EXERCISE_RE.match(w) for w in an.words_before(t.word_start, 12, s_start)) \
        or any(_EXERCISE_RE.match(w) for w in after[:18]) \
        or any(_EXERCISE_RE.match(w) and k and after[k - 1] in _EXERCISE_FRAMES for k, w in enumerate(after))


_EXERCISE_FRAMES = frozenset(("اطار", "ضمن", "خلال", "اثناء"))


def _joined_after_comma(an: Analysis, t: Match) -> bool:
    """"، ودمر مئات المنازل": a verb joined by و right after a comma with no subject of its own after
    it shares the subject of the clause before."""
    before = an.word_spans_before(t.word_start, 1)
    if not t.prefix.startswith("و") or not before or not an.text[before[0][1]:t.word_start].rstrip().endswith(("،", ",")):
        return False
    nxt = an.word_spans_after(t.end, 1)
    return not (nxt and an.entity_in(nxt[0][0], nxt[0][1]))


# what protesters do at a protest besides protesting: with "the protesters" it tells more of one
_ELABORATING_VERBS = ("رفع", "حمل", "هتف", "ردد", "احرق")


_DURING_IT = frozenset(("خلالها", "خلاله", "فيها", "فيه", "اثناءها", "اثناءه"))


def _elaborates_protest(an: Analysis, t: Match, entry: Trigger, source: ActorMention | None, s_end: int,
                        dated: bool = False) -> bool:
    """"وأحرق المتظاهرون الأعلام", "ورفع المتظاهرون لافتات": "the protesters" (definite, not counted)
    were reported before; burning, stone-throwing, banners, chants and roadblocks there elaborate that
    protest. Gathering, sitting in or taking to the streets ("احتشد المتظاهرون", "اعتصم المتظاهرون") is still
    the protest itself."""
    if entry is RIOT:
        return source is not None and _definite(an, source)
    if entry.mode == "obstruct" and source is not None and is_protesters(an, source) and _definite(an, source) \
            and not dated:
        # "وأدت التظاهرة إلى … بعدما قطع المتظاهرون الطرقات": the roadblocks of a protest the sentence
        # told first (not "ومنع المتظاهرون الشاحنات", told alone, nor "أغلقوا أمس الشارع", a day of its own)
        s_start = an.sentences[an.sentence_of(t.start)][0]
        # barricades "the protesters" set up are a detail of their protest, like the tyres they burn
        return any(True for _ in _protest_words_in(an, s_start, t.start)) \
            or an.text[t.word_start:t.word_end].lstrip("وف").startswith(("اقام", "يقيم"))
    words = an.text[t.word_start:t.end].split()
    verb = words[0][1:] if words[0][:1] in "وف" and t.prefix[:1] in "وف" else words[0]
    # a verb with a pronoun ("لافتات حملها المتظاهرون") matches alone; its subject follows it, after
    # a "during it" that refers to the protest ("مظاهرة رفع خلالها المتظاهرون شعارات")
    subject = words[1:] or [w for w in an.words_after(t.word_end, 2) if w not in _DURING_IT][:1]
    if not verb.startswith(_ELABORATING_VERBS):
        return False
    return any(w.startswith(("ال", "وال")) and protester_word(morph.strip_clitics(w)) for w in subject) \
        or _during_the_protest(an, t, s_end)


_DURING_WORDS = frozenset(("خلال", "اثناء", "في"))


def _during_the_protest(an: Analysis, t: Match, s_end: int) -> bool:
    """"وأحرق عدد من المتظاهرين أعلاما خلال التظاهرة التي…": burning or banners "during the
    protest", named definite, tell more of a protest reported already."""
    for m in an.triggers_in(t.end, s_end):
        if senses(m, "PROTEST") and m.prefix.endswith("ال") and an.word_before(m.word_start) in _DURING_WORDS:
            return True
    return False


def _definite(an: Analysis, a: ActorMention) -> bool:
    """"المتظاهرون" refers back; "مئات المتظاهرين", "آلاف المحتجين" is a count, new to the text."""
    if a.kind == "implied" or not (a.prefix.endswith("ال") or an.text[a.start:a.start + 2] == "ال"):
        return False
    start = an.word_start_at(a.start)
    if supporters_before(an, a):  # "آلاف من أنصار المعارضة": the supporters, counted, are the crowd
        start = an.word_spans_before(start, 1)[0][0]
        if not (an.text[start:start + 2] == "ال" or an.text[start:start + 3] == "وال"):
            return False  # "أنصار المعارضة" (indefinite), new to the text
    before = an.words_before(start, 2)
    if len(before) == 2 and before[1] == "من":  # "العشرات من المتظاهرين": counted all the same
        before = before[:1]
    last = before[-1].removeprefix("و") if before else ""  # "بين الشرطة ومئات الشبان": counted after و
    return not before or not (last.isdigit() or last in _COUNT_WORDS)


def _headline(an: Analysis, t: Match, s_start: int, source: ActorMention | None, target: ActorMention | None,
              place: PlaceMention | None) -> bool:
    """"مقتل شرطيين برصاص مسلحين في كويتا", "اغتيال قاض في بنغازي": a sentence that opens with the
    event noun, names who took part and where, is a headline or a lede reporting it."""
    if an.count_words(s_start, t.word_start) or t.prefix.startswith("ال") or place is None:
        return False
    return any(a is not None and not a.implied for a in (source, target))


_HAPPENED_RE = re.compile(r"^[وف]?(?:وقع|وقعت|تم|تمت|حدث|حدثت|جري|جرت)$")


def _told_again(an: Analysis, t: Match) -> bool:
    """"ووقع الهجوم في خوست عندما…", "الاعتداء وقع أمام المعهد", "وتم الاغتيال بعملية…": the event
    named definite with "took place" is one already reported; the sentence adds where, when or how."""
    if not anaphoric(an, t):
        return False
    after = an.words_after(t.word_end, 1)
    return bool(_HAPPENED_RE.match(an.word_before(t.start)) or (after and _HAPPENED_RE.match(after[0])))


_TIME_OF_DAY_BEFORE = frozenset("الساعه صباحا مساء فجر".split())
_TIME_AFTER = frozenset("اليوم امس الامس السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه".split())


_RECORD_NOUNS = frozenset("""شرايط اشرطه شريط وثايق وثيقه مستندات ادله الادله ملفات سجلات تسجيلات ارشيف
    بيانات رسايل مراسلات""".split())


def _records_destroyed(an: Analysis, t: Match) -> bool:
    """The object of destroying is a record (tapes, documents, evidence) or a bomb, not a place or people."""
    nxt = an.words_after(t.word_end, 1)
    if not nxt:
        return False
    noun = morph.strip_clitics(nxt[0]).removeprefix("ال")
    if noun in _RECORD_NOUNS:
        return True
    # "اكتشفت ودمرت قنبلة تقليدية الصنع": a bomb destroyed by those who found it, no attack (not
    # "دمرت القنبلة سيارة شرطة", the bomb as subject)
    return noun.startswith(("قنبل", "عبوه", "عبوات", "لغم", "الغام")) and any(
        w.removeprefix("و") in _WEAPON_HANDLING_WORDS for w in an.words_before(t.word_start, 8))


# finding, seizing, defusing, making or holding a weapon; its presence
_WEAPON_HANDLING_WORDS = frozenset("""عثر عثرت عثروا العثور ضبط ضبطت ضبطوا فكك فككت فككوا تفكيك ابطال ابطل ابطلت
    اكتشف اكتشفت اكتشاف صادر صادرت مصادره وجود بوجود حيازه بحيازه تهريب بتهريب تصنيع بتصنيع صنع تخزين
    يحتوي تحتوي يحوي تحوي تضم مخزن مخزنا مستودع مستودعا مخبا ترسانه""".split())  # "مخزنا يحتوي على قذائف"


def _verbal_entry(entry: Trigger) -> bool:
    return entry.verbal or entry.pos == "verb"


def _attacked(an: Analysis, t: Match) -> bool:
    """The noun is what an attack right before it hit: "استهدف دورية مشتركة", "هجوم على دورية"."""
    spans = an.word_spans_before(t.word_start, 2)
    if spans and an.text[spans[-1][0]:spans[-1][1]] in ("علي", "ضد"):
        spans = spans[:-1]
    if not spans:
        return False
    lo, hi = spans[-1]
    return any(m.start < hi and lo < m.end and senses(m, "ASSAULT") for m in an.trigger_matches)


def _weapon_found(an: Analysis, t: Match, entry: Trigger) -> bool:
    """A bomb noun ("عبوة ناسفة", "سيارة مفخخة") right after finding, seizing, defusing, making or
    holding it, or its presence ("إنذارات بوجود قنابل وسيارات مفخخة"): a weapon, no attack."""
    if an.word_before(t.word_start).removeprefix("و") in _DEVICE_HEADS and not t.prefix:
        return True  # "صواعق تفجير", "أجهزة تفجير": detonators, not a blast
    if entry.verbal or entry.mode not in ("explosives", "heavy-weapons"):
        return False
    if any(w in _FINDING_WORDS for w in an.words_after(t.end, 2)[:2]) and "عليها" in an.words_after(t.end, 3):
        return True  # "تفجير مسيطر عليه لعبوة ناسفة عثر عليها في مكب": a bomb that was found
    before = [w for w in an.words_before(t.word_start, 4) if w != "علي"]  # "عثرت على"
    if any(w.removeprefix("و") in _WEAPON_HANDLING_WORDS or morph.strip_clitics(w) in _WEAPON_HANDLING_WORDS
           for w in before):
        return True
    # found on after a long subject: "عثر خبراء المتفجرات في الشرطة العراقية صباح أمس على عبوة ناسفة"
    spans = an.word_spans_before(t.word_start, 14)
    if not spans or an.text[spans[-1][0]:spans[-1][1]] != "علي" or _CLAUSE_PUNCT_RE.search(an.text, spans[0][0], t.start):
        return False
    return any(an.text[lo:hi].removeprefix("و") in _FINDING_WORDS for lo, hi in spans[:-1])


_DEVICE_HEADS = frozenset("صواعق صاعق اجهزه جهاز ادوات اداه وسايل".split())
_FINDING_WORDS = frozenset("عثر عثرت عثروا ضبط ضبطت ضبطوا".split())


def _dawn(an: Analysis, t: Match) -> bool:
    """"فجر" is also the noun 'dawn': "الساعة الثالثة فجرا", "فجر اليوم", "فجر الأحد"."""
    word = an.text[t.word_start:t.word_end]
    if morph.strip_clitics(word) not in ("فجر", "فجرا"):
        return False
    nxt = an.words_after(t.word_end, 1)
    before = an.words_before(t.word_start, 3)
    return bool(nxt and nxt[0] in _TIME_AFTER) or (word.endswith("فجرا") and (
        any(w in _TIME_OF_DAY_BEFORE for w in before) or any(w.isdigit() for w in before[-1:])))


_EXPLODE_RE = re.compile(r"^[وف]?(?:ان|ين|تن)فجر")
_DEVICE_STEMS = ("سياره", "سيارات", "مفخخ", "عبوه", "عبوات", "قنبل", "لغم", "الغام", "حزام", "صاروخ", "قذيف",
                 "قذايف", "ناسف", "انتحاري", "متفجر", "شحنه", "صهريج", "شاحنه", "دراجه", "طرد", "ذخير", "مقذوف",
                 "راس", "جسم", "اسطوان")


_ATTACK_NOUN_RE = re.compile(r"^[وفبل]?(?:ال)?(?:هجوم|هجمات|هجمه|هجمت)")
_LAUNCH_RE = re.compile(r"^[وف]?[يت]?شن(?:ت|وا|ون|ه|ها|هم)?$")
_INDIVIDUAL_KINDS = frozenset(("person", "title", "context_person"))
_WEAPON_STEMS = ("سلاح", "اسلح", "صاروخ", "صواريخ", "قذيف", "قذايف", "رصاص", "قنابل", "قنبل", "مفخخ", "ناسف", "مدفع",
                 "طاير", "دباب", "مسلح", "انتحاري")


# groups named by an office or a profession that bears no arms: MPs, officials, judges, journalists
_UNARMED_OFFICE_SECTORS = frozenset(("GOV", "LEG", "JUD", "MED", "EDU", "ELI"))


# the imperfect of هاجم, whose subject right before it may be a text ("بيانات تهاجم السلطان")
_ATTACKED_IN_A_TEXT_RE = re.compile(r"^[وف]?[يت]هاجم(?:ان|ون)?$")
_TEXT_NOUNS = frozenset("""بيان بيانا بيانات البيان البيانات تقريرا منشورا مقال مقالا مقالات المقال تقرير تقارير التقرير تغريده تغريدات
    خطاب خطابا الخطاب كلمه رساله رسايل افتتاحيه منشورات شعارات الشعارات هتافات لافتات قصيده كتاب كتابا""".split())


def _attacked_in_a_text(an: Analysis, t: Match, s_start: int) -> bool:
    """The imperfect of هاجم right after a text, its subject: "بيانات تهاجم السلطان", "مقالا يهاجم فيه"."""
    before = an.words_before(t.word_start, 1, s_start)
    return bool(before) and before[0] in _TEXT_NOUNS \
        and _ATTACKED_IN_A_TEXT_RE.match(an.text[t.word_start:t.word_end]) is not None


def _verbal_attack(an: Analysis, t: Match, entry: Trigger, source: ActorMention | None, s_start: int,
                   s_end: int) -> bool:
    """"شن الرئيس عباس أعنف هجوم له على حماس": a bare attack noun whose author is one office holder
    or politician, not a force, is an attack in words. Weapons or casualties in the sentence keep it
    an assault ("هجوم شنه القائد بالدبابات")."""
    if entry.cameo != "190" or entry.mode:
        return False
    if entry.verbal and _attacked_in_a_text(an, t, s_start):
        return True  # "نشرت الجماعة بيانات تهاجم الحكومة": statements attack in words
    if _on_a_policy(an, t, entry) and not counts_casualties(an, s_start, s_end) \
            and not _names_a_weapon(an, s_start, s_end):
        return True  # "شن عدد من النواب هجوما على سياسة الحكومة": whoever attacks a policy does it in words
    if source is None or (source.kind not in _INDIVIDUAL_KINDS and source.sector != "MED"
                          and not (source.kind == "agent" and source.sector in _UNARMED_OFFICE_SECTORS)):
        return False  # "شن مغردون هجوما على": in words, but so does "شن مسلحون"; "شن نواب هجوما" is in words
    if source.sector is None or source.sector in ARMED_SECTORS or source.sector == "CRM":
        return False
    words = an.text[t.word_start:t.end].split(" ") + list(entry.requires_words)  # "شن … هجوما" split
    if not any(_ATTACK_NOUN_RE.match(w) for w in words) or counts_casualties(an, s_start, s_end):
        return False
    # launched by its author ("شن … هجوما", "الهجوم الذي شنه عليه", "هجوم له"), not an attack talked about
    near = words + an.words_before(t.word_start, 5, s_start) + an.words_after(t.end, 3)
    if source.end <= t.start:  # its long subject between: "شن رئيس الوزراء التركي رجب طيب أردوغان هجوما"
        near += an.words_before(an.word_start_at(source.start), 2, s_start)
    if not any(_LAUNCH_RE.match(w) for w in near) and not an.words_after(t.end, 1) in (["له"], ["لها"]) \
            and not (source.sector == "MED" and source.start > t.end):
        # "تعرض الرئيس لهجوم شرس من الصحف المحلية": the press, its marked author, attacks in print
        return False
    return not _names_a_weapon(an, s_start, s_end)


_POLICY_WORDS = frozenset("""سياسه سياسات تصريحات تصريح قرار قرارات موقف مواقف اداء خطه خطط نهج برنامج مشروع
    اقتراح خطاب""".split())


def _on_a_policy(an: Analysis, t: Match, entry: Trigger) -> bool:
    """The attack falls on a policy, statement or decision ("هجوما على سياسة الحكومة الاقتصادية",
    "هاجم قرار الوزير"): its object, right after the trigger, its required noun or على."""
    after = an.words_after(t.word_end, 3)
    for w in after:
        w = w.removeprefix("و")
        if strip_article(w.removeprefix("علي")) in _POLICY_WORDS or strip_article(w) in _POLICY_WORDS:
            return True
        if not (w in ("علي", "ضد") or _ATTACK_NOUN_RE.match(w) or w in entry.requires_words):
            return False
    return False


def _names_a_weapon(an: Analysis, start: int, end: int) -> bool:
    """A weapon, gunman or bomber is named between ``start`` and ``end``."""
    return any(morph.strip_clitics(w).startswith(_WEAPON_STEMS) for w in an.words_between(start, end))


def _outburst(an: Analysis, t: Match, entry: Trigger, s_start: int, s_end: int) -> bool:
    """"انفجر" needs something that explodes: a device near the verb or victims in the sentence.
    Without them it is an outburst ("فانفجرت رايس ضاحكة", "انفجر الصراع بين الطرفين")."""
    if not entry.verbal or not _EXPLODE_RE.match(an.text[t.word_start:t.word_end]):
        return False
    near = an.words_before(t.word_start, 8, s_start) + \
        an.words_between(t.word_end, min(s_end, t.word_end + 70))[:6]
    if any(morph.strip_clitics(w).startswith(_DEVICE_STEMS) or w.startswith(_DEVICE_STEMS) for w in near):
        return False
    return not counts_casualties(an, s_start, s_end)


def _joined_event_word(an: Analysis, start: int) -> bool:
    """An event word at ``start`` joined by the conjunction و ("وإصابة"), not one whose root begins
    with و ("انفجار وقع في مقهى": وقع, it happened)."""
    return an.text[start] == "و" and any(m.prefix.startswith("و") for m in an.triggers_in(start, start + 1))


_THAT_IT_IS = frozenset("بانه بانها بانهما بانهم انه انها انهما انهم".split())
_DESCRIBING_RE = re.compile(r"^[وف]?(?:وصف|وصفت|وصفوا|يصف|تصف|واصفا|واصفه|واصفين|واصفون|اعتبر|اعتبرت|اعتبروا|يعتبر|تعتبر|"
                            r"معتبرا|معتبره|معتبرين)(?:ه|ها|هم|هما)?$")  # "ما وصفه محللون بالمذبحة"


_MARKET_WORDS = frozenset(f"{a}{w}" for a in ("", "ال") for w in
                          "جنيه دولار يورو ين عمله عملات ليره ريال دينار روبل روبيه اسهم بورصه بورصات".split())
_SPECULATORS = frozenset("مضاربين المضاربين المضاربون مضاربون المضاربه مضاربات".split())


def _on_a_market(an: Analysis, t: Match) -> bool:
    """An attack noun whose sufferer is a currency or a market ("تعرض الجنيه الإسترليني لهجوم"،
    "هجوم على الليرة") or whose author is speculators ("هجوم من المضاربين"): a run on it."""
    before = an.words_before(t.word_start, 4)
    after = an.words_after(t.end, 4)
    suffered = any(w.removeprefix("و").startswith(("تعرض", "يتعرض", "تتعرض")) and k + 1 < len(before)
                   and before[k + 1] in _MARKET_WORDS for k, w in enumerate(before))
    return suffered or (len(after) > 1 and after[0] in ("علي", "ضد") and after[1] in _MARKET_WORDS) \
        or any(w in _SPECULATORS for w in after)


def _characterised_as(an: Analysis, t: Match, s_start: int) -> bool:
    """"دان التفجيرين واصفا إياهما بأنهما عمل إرهابي": a noun after "describing it as" names what a
    deed told already was; it is not a second one."""
    before = an.words_before(t.word_start, 8, s_start)
    if t.prefix in ("بال", "ب") and any(_DESCRIBING_RE.match(w) for w in before[-3:]):
        return True  # "شهدت السوق ما وصفه محللون بالمذبحة": what something was called
    if _predicate_of_a_deed(an, t, s_start):
        return True  # "قال إن تفجيري الفندقين «عمل إرهابي وحشي»": what the deed told as subject was
    if before and _FIRST_OR_WORST_RE.match(before[-1]):
        before = before[:-1]  # "وصفها المراقبون بأنها أسوأ مجزرة"
    if not before or before[-1] not in _THAT_IT_IS:
        return _described_deed(an, t, before)
    return any(_DESCRIBING_RE.match(w) for w in before[:-1][-4:])


_SET_QUANTIFIERS = frozenset(f"{q}{p}" for q in ("معظم", "غالبيه", "اغلب", "بعض", "كل", "جميع", "اكثر")
                             for p in ("ها", "هم"))


def _purpose_of_a_counted_set(an: Analysis, t: Match) -> bool:
    """"أحصى المرصد 187 تظاهرة خلال العام، معظمها احتجاجا على سوء الخدمات": the purpose of most of a
    set counted before, not a protest of its own."""
    return an.word_before(t.word_start).removeprefix("و") in _SET_QUANTIFIERS


_LABEL_RE = re.compile(r"^(?:عمل|عملا|اعمال|جريمه|جرايم|عمليه)$")


def _predicate_of_a_deed(an: Analysis, t: Match, s_start: int) -> bool:
    """A label ("عمل إرهابي", "جريمة") right after a deed noun that is a subject after إن, with only
    its genitive and quote marks between ("إن تفجيري الفندقين «عمل إرهابي»"): a nominal predicate."""
    if not _LABEL_RE.match(an.text[t.word_start:t.word_end].split(" ")[0]):
        return False
    before = an.words_before(t.word_start, 4, s_start)
    for k in range(len(before) - 1, max(len(before) - 3, 0) - 1, -1):
        if _DEED_NOUN_RE.match(before[k]):
            return k > 0 and before[k - 1] in ("ان", "بان", "لان")
    return False


# a deed noun, also in the dual construct ("تفجيري الفندقين")
_DEED_NOUN_RE = re.compile(r"^(?:ال)?(?:تفجير|هجوم|هجمات|هجمه|هجمتي|اعتداء|اعتدا|انفجار|اغتيال|قصف|تفجيرات|عمليه)\w{0,3}$")


def _described_deed(an: Analysis, t: Match, before: list[str]) -> bool:
    """"ووصف رئيس المفوضية الاعتداء على القاعدة بأنه جريمة حرب": the deed someone describes, named
    with the article and followed by what it was called, is one told already, not a new one."""
    if not t.prefix.lstrip("وف").startswith("ال") or not any(_DESCRIBING_RE.match(w) for w in before):
        return False
    return any(w in _THAT_IT_IS for w in an.words_after(t.end, 8))


def _listed_crime(an: Analysis, t: Match, verbal: bool) -> bool:
    """"أعمال قتل واغتصاب", "من قتل وذبح وخطف", "بتهمة القتل والاغتصاب", "أدت إلى القتل أو الخطف":
    violent nouns listed together (or as alternatives) name kinds of crime, not one reported act; "مقتل وإصابة 20 شخصا" counts its victims
    and stays an event. Bare forms that could be verbs ("قتل وذبح") count as nouns after a
    preposition ("لما يجري من قتل وذبح")."""
    starts, ends = an.word_starts, an.word_ends
    w = an.word_id_at(t.word_start)
    if w < 0:
        return False
    first = last = w
    while first > 0 and _joined_event_word(an, int(starts[first])) and an.event_word_in(int(starts[first - 1]), int(starts[first - 1]) + 1):
        first -= 1
    while last + 1 < len(starts) and _joined_event_word(an, int(starts[last + 1])):
        last += 1

    def or_at(k: int) -> bool:  # "القتل أو الخطف": alternatives are kinds too
        return 0 <= k < len(starts) and an.text[int(starts[k]):int(ends[k])] == "او"

    while first > 1 and or_at(first - 1) and an.event_word_in(int(starts[first - 2]), int(starts[first - 2]) + 1):
        first -= 2
    while last + 2 < len(starts) and or_at(last + 1) and an.event_word_in(int(starts[last + 2]), int(starts[last + 2]) + 1):
        last += 2
    if first == last:
        return False
    after_preposition = first > 0 and an.text[int(starts[first - 1]):int(ends[first - 1])] in _LIST_PREPOSITIONS
    if verbal and not after_preposition:
        return False
    head = an.text[int(starts[first]):int(ends[first])]
    if not after_preposition and head.endswith("ا") and not head.endswith(("ها", "نا", "هما")) and head[:1] not in "بل":
        return False  # "نظم العمال إضرابا واعتصاما": indefinite objects of a verb, the acts it reports
    if last + 1 >= len(starts):
        return True
    nxt = an.text[int(starts[last + 1]):int(ends[last + 1])]
    if nxt.isdigit() or nxt in _COUNT_WORDS:
        return False
    return not an.entity_in(int(starts[last + 1]), int(ends[last + 1]))  # "مقتل وإصابة جنود"


_LIST_PREPOSITIONS = frozenset("من عن في علي الي حول ضد بين".split())
_COUNT_WORDS = numbers.CARDINALS | numbers.APPROXIMATORS


def _names_object(an: Analysis, verb: EventDraft, noun: EventDraft) -> bool:
    """A verb that only says "carried out" (شن، نفذ) takes its type from its object noun ("شن … هجوما
    قاسيا" is an accusation). Verbs with a meaning of their own keep it: "رفعت العقوبات" is lifting
    sanctions, "هدد بتدمير" a threat."""
    if not morph.strip_clitics(an.text[verb.trigger.word_start:verb.trigger.word_end]).startswith(_DO_VERBS):
        return False
    first = an.text[noun.trigger.word_start:noun.trigger.end].split()[0]
    return first in verb.entry.requires_words or morph.strip_clitics(first) in verb.entry.requires_words


_DO_VERBS = ("شن", "نفذ", "ينفذ", "يشن", "تشن", "تنفذ")


_REACTION_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})


# attacks made with weapons: whoever makes them is armed
_ARMED_MODES = frozenset(("firearms", "heavy-weapons", "explosives", "suicide-attack", "drone", "aerial"))


def _activists(an: Analysis, a: ActorMention) -> bool:
    """"ناشطون فلسطينيون": newswire calls militants who fire rockets or plant bombs "activists"; the
    agent noun's OPP (political activists) does not fit the one holding the weapon."""
    return a.kind == "agent" and a.sector == "OPP" \
        and morph.strip_clitics(an.text[a.start:a.end].split(" ")[0]).removeprefix("ال").startswith(("ناشط", "نشطاء"))


_ON_PRONOUNS = {"عليه": False, "عليها": False, "عليهم": True, "عليهما": True}


def _carries_object_pronoun(an: Analysis, t: Match) -> bool:
    """The verb ends in an object pronoun (ضربته, ضربوه, ضربها, ضربوهم)."""
    return an.text[t.word_start:t.word_end].split(" ")[0].endswith(("هم", "هما", "ته", "وه", "ها"))


def _pronoun_target(an: Analysis, t: Match, actors: list[ActorMention],
                    source: ActorMention | None) -> ActorMention | None:
    """"اعترض مسلحون سيارة مراسل وأطلقوا عليه النار": the pronoun inside the fire phrase is the
    last actor of its number named before, other than the shooters."""
    words = an.text[t.word_start:t.end].split(" ")
    plural = next((_ON_PRONOUNS[w] for w in words[1:2] if w in _ON_PRONOUNS), None)
    if plural is None:
        return None
    for a in reversed([a for a in actors if a.end <= t.word_start and not a.implied]):
        if _same_mention(a, source):
            continue
        if a.kind in ("person", "agent", "title") and is_singular(an, a) != plural:
            return a
    return None


def _describes_its_subject(an: Analysis, d: EventDraft) -> bool:
    """"جماعة مسلحة تطالب بالحكم الذاتي": an imperfect verb right after an indefinite actor is an
    adjectival clause saying what the actor is (Arabic has no relative pronoun after an indefinite
    noun), not the statement the sentence reports. "الحكومة تطالب" (definite) is a sentence."""
    a = d.source
    if a is None or a.implied or not d.entry.verbal or d.trigger.prefix.strip("وف"):
        return False
    if an.text[d.trigger.start:d.trigger.start + 1] not in ("ي", "ت"):
        return False
    if an.count_words(a.end, d.trigger.word_start) or an.text[a.end:d.trigger.word_start].strip():
        return False  # not right after the actor: a comma or another word stands between
    head = an.text[an.word_start_at(a.start):a.end]
    return not head.startswith(("ال", "وال", "فال")) and a.kind == "agent"


def _demand_of_a_protest_told_first(r: EventDraft, drafts: list[EventDraft]) -> bool:
    """"خرج آلاف المتظاهرين مطالبين بإسقاط الحكومة، فأطلقت الشرطة الرصاص عليهم": the sentence opens
    with the protest; its demand does not make the fire that follows a cause told before."""
    return any(o.entry.plover == "PROTEST" and not o.background and o.sentence == r.sentence
               and o.trigger.end <= r.trigger.start for o in drafts)


def _reactions_first(an: Analysis, drafts: list[EventDraft]) -> list[EventDraft]:
    """"أدانت الصين قتل ثلاثة من مواطنيها", "هدد جيش الإسلام حماس لمقتل تسعة من عناصره": a sentence
    that opens with a condemnation, demand, threat or denial reports that statement; the attack it
    names is its object or cause, told as news earlier. The attack stays coded, as background."""
    first_statement: dict[int, int] = {}
    for r in drafts:
        # (not a reaction governed by a preposition: "صحافي معروف بانتقاده للحكومة" describes the victim,
        # nor one describing an actor: "أعلنت جماعة مسلحة تطالب بالحكم الذاتي مسؤوليتها عن انفجار",
        # nor a noun after a preposition: "أقدم مسلحون على اعتراض قافلة" intercepted it)
        if r.entry.plover in _REACTION_TYPES and not r.trigger.prefix.lstrip("وف").startswith(("ب", "ل")) \
                and not (not r.entry.verbal and an.word_before(r.trigger.word_start) in _LIST_PREPOSITIONS) \
                and not _describes_its_subject(an, r) and not _demand_of_a_protest_told_first(r, drafts):
            first_statement[r.sentence] = min(r.trigger.start, first_statement.get(r.sentence, r.trigger.start))
    for d in drafts:
        if d.entry.plover == "ASSAULT" and d.trigger.start > first_statement.get(d.sentence, d.trigger.start):
            d.background = True
        elif d.entry.plover == "ASSAULT" and _CONCERN_RE.search(an.text, an.sentences[d.sentence][0], d.trigger.start):
            d.background = True  # "عبرت فرنسا عن قلقها البالغ من تجدد الاقتتال": a worry voiced about it
    return drafts


_CONCERN_RE = re.compile(r"(?:^|\s)[وف]?(?:عبر|عبرت|عبروا|اعرب|اعربت|اعربوا|ابدي|ابدت|ابدوا)\s+(?:\S+\s+){0,4}?"
                         r"عن\s+(?:قلق|انزعاج|اسف|استياء|مخاوف)")


_INSTRUMENT_PREFIXES = ("ب", "وب", "بال")
_INSTRUMENT_REACH = 4  # words between an attack verb and the weapon after ب that is its instrument


_RESULT_REACH = 4  # "ما أسفر عن مقتل", "ما أوقع عشرات القتلى"
_DEATH_RESULT_RE = re.compile(r"^[وف]?(?:اودت|اودي|حصدت|حصد)$")  # "أودت بحياة", "حصدت أرواح"
_TOLL_NOUN_RE = re.compile(r"^[وفب]?(?:ال)?(?:قتلي|قتيل|قتيلا|جرحي|مصابين|ضحايا)$")


def _result_of_a_thing_remembered(an: Analysis, result_start: int) -> bool:
    """The result verb at ``result_start`` is in a relative clause (التي/الذي a few words before, in
    the same stretch of text) of a noun an anniversary or memory word governs: "تحل الذكرى الثانية
    لحرب تموز التي شنتها إسرائيل واستمرت 33 يوما وأسفرت عن مقتل"."""
    spans = an.word_spans_before(result_start, 10)
    for j in range(len(spans) - 1, -1, -1):
        a, b = spans[j]
        if an.clause_break_in(b, result_start):
            return False
        if an.text[a:b].removeprefix("و") in RELATIVE_PRONOUNS:
            return any(morph.strip_clitics(w) in _REMEMBERED for w in an.words_before(a, 6))
    return False


def _toll_of_a_past_attack(an: Analysis, drafts: list[EventDraft]) -> None:
    """"أحيت إسبانيا الذكرى الثالثة لتفجيرات مدريد التي أسفرت عن مقتل 191 شخصا": the toll told in
    a relative clause of an attack named as background is that background too."""
    for i, d in enumerate(drafts):
        if d.entry.plover != "ASSAULT" or d.background:
            continue
        # "التي أسفرت عن مقتل", "التي أوقعت ستين قتيلا"; or the result phrase itself ("والتي أودت بحياة 52")
        own = _DEATH_RESULT_RE.match(an.text[d.trigger.word_start:d.trigger.word_end].split(" ", 1)[0]) is not None
        if not own and _CASUALTY_WORD_RE.match(an.text, d.trigger.start) is None \
                and not _TOLL_NOUN_RE.match(an.text[d.trigger.word_start:d.trigger.word_end]):
            continue
        # (a date may stand between the result verb and its preposition: "أسفرت في 11 آذار 2004 عن مقتل")
        spans = an.word_spans_before(d.trigger.word_start, 7) + ([(d.trigger.word_start, d.trigger.word_end)] if own else [])
        k = next((j for j, (a, b) in enumerate(spans) if _RESULT_RE.match(an.text[a:b]) or (own and a == d.trigger.word_start)), None)
        if k is None or (len(spans) - k > 3 and an.text[spans[-1][0]:spans[-1][1]] not in ("عن", "الي")):
            continue
        relative = k and an.text[spans[k - 1][0]:spans[k - 1][1]].removeprefix("و") in RELATIVE_PRONOUNS
        attack = next((h for h in reversed(drafts[:i]) if h.sentence == d.sentence and h.entry.plover == "ASSAULT"
                       and h.trigger.end <= d.trigger.start), None)
        if (attack is None or not attack.background) and _result_of_a_thing_remembered(an, spans[k][0]):
            d.background = True  # "الذكرى الثانية لحرب تموز التي شنتها إسرائيل وأسفرت عن مقتل": a war remembered
            continue
        if attack is None or not attack.background:
            continue
        # or an indefinite attack's own clause, no comma between ("نفذوا يوم الاثنين هجوما ضد سياح فرنسيين
        # أسفر عن مقتل 4 منهم")
        adjectival = not attack.trigger.prefix.endswith("ال") and an.count_words(attack.trigger.end, spans[k][0]) <= 6 \
            and not an.clause_break_in(attack.trigger.end, spans[k][0])
        if relative or adjectival:
            d.background = True


def _victims_of_the_result(an: Analysis, drafts: list[EventDraft]) -> None:
    """"قصفت القوات أحياء سكنية في مقديشو، ما أسفر عن مقتل 16 مدنيا": an attack on a place (no one
    named, or only implied by the place) hit the victims its result clause counts."""
    for i, a in enumerate(drafts):
        if a.entry.plover != "ASSAULT" or not (a.target is None or a.target.implied):
            continue
        for b in drafts[i + 1:]:
            if b.sentence != a.sentence or b.trigger.start <= a.trigger.end:
                continue
            if b.entry.plover != "ASSAULT" or b.target is None or b.target.implied \
                    or not (b.source is None or a.source is None or _same_mention(a.source, b.source)):
                break
            word = an.text[b.trigger.word_start:b.trigger.word_end]
            if not (_CASUALTY_WORD_RE.match(word.removeprefix("و")) or _TOLL_NOUN_RE.match(word)):
                break
            before = an.words_before(b.trigger.word_start, _RESULT_REACH)
            # (past a comma only to say who most of them were: "37 قتيلا، أغلبهم من السياح")
            punct = _CLAUSE_PUNCT_RE.search(an.text, b.trigger.end, b.target.start)
            counted = b.target.start >= b.trigger.end and an.count_words(b.trigger.end, b.target.start) <= 6 \
                and (punct is None or an.words_after(punct.end(), 1)[:1] in (["اغلبهم"], ["معظمهم"], ["غالبيتهم"], ["جلهم"]))
            if counted and any(_RESULT_RE.match(w) for w in before) and not _attack_between(an, a.trigger.end, b.trigger.start):
                a.target = b.target  # the victims counted right after the toll word
            break
        if a.target is None or a.target.implied:
            a.target = _wounded_by_the_result(an, a) or a.target


_INJURY_WORDS = frozenset(("اصابه", "جرح", "باصابه", "بجرح"))


def _wounded_by_the_result(an: Analysis, a: EventDraft) -> ActorMention | None:
    """"أطلقوا صواريخ على بلدة سديروت، ما أدى إلى إصابة امرأة وطفلها": the wounded the result clause
    names right after its injury word (an injury is no event of its own without the fire named)."""
    s_end = an.sentences[a.sentence][1]
    # the sentence's actors after the attack word only (the actors are in text order)
    for actor in an.actors[bisect.bisect_right(an.actors, a.trigger.end, key=lambda m: m.start):]:
        if actor.start >= s_end:
            break
        before = an.words_before(an.word_start_at(actor.start), 4, a.trigger.end)
        if len(before) >= 2 and before[-1] in _INJURY_WORDS and any(_RESULT_RE.match(w) for w in before[:-1]) \
                and not _attack_between(an, a.trigger.end, actor.start):
            return actor
    return None


def _merge_attack_details(an: Analysis, drafts: list[EventDraft]) -> list[EventDraft]:
    """"في هجوم انتحاري بشاحنة مفخخة استهدف حاجزا للجيش" reports one attack: the weapon after ب
    is its instrument and the verb right after the noun (no و) is a relative clause describing it.
    Both fold into the attack noun (a weapon right after an attack verb folds into the verb),
    which takes the target, date and place they name, instead of
    standing as attacks of their own with the victims of the noun read as their subject. So does a
    verb whose subject the noun is ("استهدف هجوم انتحاري موكبا"): the noun takes its object."""
    merged: set[int] = set()
    for i, d in enumerate(drafts):
        if d.entry.plover != "ASSAULT" or id(d) in merged:
            continue
        head = next((h for h in reversed(drafts[:i]) if h.entry.plover == "ASSAULT" and not h.entry.verbal
                     and id(h) not in merged and h.sentence == d.sentence and h.trigger.end <= d.trigger.start
                     and an.count_words(h.trigger.end, d.trigger.start) <= 3), None)
        if head is None and not d.entry.verbal and d.trigger.prefix in _INSTRUMENT_PREFIXES:
            # "استهدفوا بقذائف الهاون حي المزة": the weapon right after the verb is its instrument too
            # and so is one after the verb's victims and day ("قتل أربعة مزارعين أمس بقذيفة")
            head = next((h for h in reversed(drafts[:i]) if h.entry.plover == "ASSAULT" and h.entry.verbal
                         and id(h) not in merged and h.sentence == d.sentence and h.trigger.end <= d.trigger.start
                         and an.count_words(h.trigger.end, d.trigger.word_start) <= _INSTRUMENT_REACH
                         and not _CLAUSE_PUNCT_RE.search(an.text, h.trigger.end, d.trigger.word_start)), None)
        if head is None or an.text[head.trigger.end:d.trigger.start].strip(" ،,")[-1:] in (".", ":", "؛"):
            continue
        instrument = not d.entry.verbal and d.trigger.prefix in _INSTRUMENT_PREFIXES
        describing = d.entry.verbal and not d.trigger.prefix and d.entry.object_preps == ("direct",)
        if not (instrument or describing):
            continue
        if describing and (head.target is None or head.target.kind == "implied"
                           or _named_apart_from(d.target, head.source)
                           or (d.target is not None and head.target.end <= head.trigger.start)):
            # named in the relative clause, not implied by the place; what it targeted ("استهدف دورية
            # للقوات العراقية") rather than whom it happened to kill (the victims told before the noun:
            # "مقتل 15 شخصا في هجوم انتحاري استهدف دورية")
            head.target = d.target or head.target
        if describing and head.source is None and d.source is not None and d.source.start >= d.trigger.end \
                and not _same_mention(d.source, head.target):
            head.source = d.source  # "في اشتباك اندلع عندما هاجم متمردون دورية": its own subject after the verb
        head.date = head.date or d.date
        head.place = head.place or d.place
        if instrument and head.source is None:  # "اعتداء بسيارة مفخخة": the weapon tells who uses it
            head.source = implied_attackers(an, d.trigger, d.entry)
        merged.add(id(d))
    _fold_relative_firing(an, drafts, merged)
    _fold_suffered_relative(an, drafts, merged)
    for v in drafts:  # "استهدف هجوم انتحاري موكبا لسفارة الولايات المتحدة": the attack is the verb's subject
        if v.entry.plover != "ASSAULT" or not v.entry.verbal or v.trigger.prefix not in ("", "و", "ف") or id(v) in merged \
                or v.entry.object_preps != ("direct",):
            continue
        noun = next((h for h in drafts if h.entry.plover == "ASSAULT" and not h.entry.verbal and id(h) not in merged
                     and h.sentence == v.sentence and h.trigger.start >= v.trigger.end
                     and an.count_words(v.trigger.end, h.trigger.start) == 0), None)
        if noun is None:
            continue
        if v.target is not None and not _same_mention(v.target, noun.source):
            noun.target = v.target  # "دمرت غارة فرنسية مستودعا": not the raid's own nationality
        noun.date, noun.place = noun.date or v.date, noun.place or v.place
        _told_as(noun, v)  # the verb is the predicate: its tense and modality tell whether the attack is reported
        merged.add(id(v))
    return [d for d in drafts if id(d) not in merged]


_SUFFERED_FOR = frozenset(("له", "لها", "لهم", "لهما", "لهن"))


def _fold_suffered_relative(an: Analysis, drafts: list[EventDraft], merged: set[int]) -> None:
    """"ليلة تعذيب تعرضت لها الخادمة", "الهجوم الذي تعرض له الموكب": تعرّض with its pronoun back to
    an attack noun just before it says who suffered that attack. It is the noun's event, not a
    second one: the noun takes its victim and date, and its own status (dated, reported or not) holds."""
    for i, d in enumerate(drafts):
        if d.entry.plover != "ASSAULT" or id(d) in merged or not SUFFERED_RE.match(an.text[d.trigger.word_start:d.trigger.word_end]):
            continue
        after = an.words_after(d.trigger.word_end, 1)
        if not after or after[0] not in _SUFFERED_FOR:
            continue
        head = next((h for h in reversed(drafts[:i]) if h.entry.plover == "ASSAULT" and not h.entry.verbal
                     and id(h) not in merged and h.sentence == d.sentence and h.trigger.end <= d.trigger.start
                     and an.count_words(h.trigger.end, d.trigger.word_start) <= 2
                     and not _CLAUSE_PUNCT_RE.search(an.text, h.trigger.end, d.trigger.word_start)), None)
        if head is None:
            continue
        head.target = head.target if head.target is not None and not head.target.implied else (d.target or head.target)
        head.date = head.date or d.date
        head.place = head.place or d.place
        merged.add(id(d))


# the object pronoun a firing verb in a relative clause takes back to its weapon ("أطلقته", "ألقاها")
_RESUMPTIVE_ENDINGS = ("ه", "ها", "هم", "هن", "هما")
_FOLD_REACH = 8


def _fold_relative_firing(an: Analysis, drafts: list[EventDraft], merged: set[int]) -> None:
    """"قتل ثلاثة مدنيين بصاروخ أطلقته القوات الإسرائيلية": the verb after the weapon, with a pronoun
    that points back to it, is a relative clause telling who fired the weapon of the attack told
    before; it is that attack (which takes its firer), not a second one."""
    for d in drafts:
        if d.entry.plover != "ASSAULT" or not d.entry.verbal or id(d) in merged or d.trigger.prefix:
            continue
        word = an.text[d.trigger.word_start:d.trigger.word_end]
        if not word.endswith(_RESUMPTIVE_ENDINGS) or an.text[d.trigger.start:d.trigger.end] == word:
            continue
        before = an.words_before(d.trigger.word_start, 1)
        if not before or before[0][:1] != "ب" or not morph.strip_clitics(before[0]).startswith(_WEAPON_STEMS):
            continue
        head = next((h for h in reversed(drafts) if h is not d and h.entry.plover == "ASSAULT" and id(h) not in merged
                     and h.sentence == d.sentence and h.trigger.end <= d.trigger.word_start
                     and an.count_words(h.trigger.end, d.trigger.word_start) <= _FOLD_REACH
                     and not _CLAUSE_PUNCT_RE.search(an.text, h.trigger.end, d.trigger.word_start)), None)
        if head is None:
            continue
        firer = d.source
        if head.target is not None and not head.target.implied and head.target.start > d.trigger.start:
            firer = firer or head.target  # the relative clause's subject, read as the victim of the head
            head.target = None
        if firer is not None and (head.source is None or head.source.implied):
            head.source = firer
        head.place = head.place or d.place
        merged.add(id(d))


def _named_apart_from(a: ActorMention | None, other: ActorMention | None) -> bool:
    """``a`` is a named participant with a sector, and neither ``other`` nor a part or another
    mention of it."""
    if a is None or a.implied or a.sector is None:
        return False
    if other is None:
        return True
    same_entity = a.entity_key is not None and a.entity_key == other.entity_key
    return not (same_entity or (other.start <= a.start and a.end <= other.end))


def _suffered_before(an: Analysis, a: ActorMention, t: Match) -> bool:
    """"تعرض المعتقلون للتعذيب": a verb of suffering between an actor and the act names it the victim."""
    return a.end <= t.start and any(SUFFERED_RE.match(w) for w in an.words_between(a.end, t.word_start)) or (
        any(SUFFERED_RE.match(w) for w in an.words_before(an.word_start_at(a.start), 1)))


def _same_mention(a: ActorMention | None, b: ActorMention | None) -> bool:
    return a is not None and b is not None and (a.start, a.end) == (b.start, b.end)


def _words_outside_names(an: Analysis, start: int, end: int) -> int:
    """Words in [start, end), a named person or organisation counted as one: "اغتيل وزير الأمن
    الوطني الصومالي عمر حاشي آدن مع نحو 30 شخصا في هجوم انتحاري" is a casualty and its frame."""
    words = an.count_words(start, end)
    for a in an.actors:
        if a.kind not in ("nisba", "implied") and start <= a.start and a.end <= end:
            words -= max(0, an.count_words(an.word_start_at(a.start), a.end) - 1)
    return words


def _author_from_frame(an: Analysis, drafts: list[EventDraft]) -> None:
    """"مصرع ستة من عناصر الأمن في هجوم لحركة الشباب", "قتل مدنيان بغارة لطائرة أمريكية": the
    casualties are reported without their author, who is named in the attack that frames them
    (after في، ب، جراء، إثر). The reported casualty event takes it. The frame keeps its own flags:
    it names the kind of attack (a suicide bombing, an air strike) that the casualty verb does not."""
    for i, d in enumerate(drafts):
        if d.entry.plover != "ASSAULT" or _CASUALTY_WORD_RE.match(an.text, d.trigger.start) is None \
                or (d.background and not _relative_casualty(an, d.trigger)):
            continue
        frame = None
        for f in drafts[i + 1:]:  # text order: the frame follows in the same sentence
            if f.sentence != d.sentence:
                break
            when = f.entry.verbal and an.word_before(f.trigger.word_start) in _WHEN_WORDS
            # "قتل 18 شخصا بينهم ثلاثة سياح وأصيب العشرات مساء الاثنين عندما انفجرت": a clause of
            # victims and time may stand before "when"
            if _words_outside_names(an, d.trigger.end, f.trigger.start) > (14 if when else 8):
                if when:
                    break
                continue
            if f.entry.plover == "ASSAULT" and f.trigger.start > d.trigger.end and (
                    f.trigger.prefix[:1] == "ب" or an.word_before(f.trigger.start) in FRAME_WORDS
                    or _framed_by_demonstrative(an, f.trigger) or when or _hedged_frame(an, f.trigger)):
                frame = f
                break
        if frame is None:
            continue
        if d.background:
            # "زعيم الجماعة الذي قتل في اشتباك وقع في أيلول": the frame of a past told in a relative
            # clause is that past too
            frame.background = True
            continue
        if pointed_back_to(an, frame.trigger):
            d.background = True  # "قتل أربعة مدنيين في هذا الهجوم": the casualties of an attack told already
        if d.source is not None and not d.source.implied:
            if _same_mention(frame.target, d.source):  # "قتل مسلحون ثلاثة جنود في هجوم": not an attack on the gunmen
                frame.source, frame.target = d.source, d.target
        elif frame.source is not None and not frame.source.implied and frame.source.start >= frame.trigger.end:
            d.source = frame.source  # named after the noun: "هجوم لحركة الشباب", "غارة أمريكية", "هجوم شنه"
        elif d.source is None and frame.source is not None and frame.source.implied:
            d.source = frame.source  # "قتل ثلاثة في هجوم انتحاري": the attackers the attack implies
        elif d.source is None and frame.source is None:
            d.source = implied_attackers(an, frame.trigger, frame.entry)  # "اغتيل في انفجار سيارة مفخخة"
        if frame.target is None and d.target is not None and not d.target.implied \
                and d.target.end <= frame.trigger.start and not _same_mention(d.target, frame.source):
            frame.target = d.target  # "قتل ثمانية مدنيين في قصف طائرات النظام": whom the framing attack hit


def _relative_casualty(an: Analysis, t: Match) -> bool:
    """A casualty verb right after a relative pronoun ("الذي قتل", "التي اغتيلت")."""
    before = an.words_before(t.word_start, 1)
    return bool(before) and before[0] in RELATIVE_PRONOUNS


_HEDGE_VERBS = frozenset(("يشتبه", "يعتقد", "يبدو", "يرجح", "وصف", "وصفته"))
_IT_WAS = frozenset(("انه", "بانه", "انها", "بانها"))


def _hedged_frame(an: Analysis, t: Match) -> bool:
    """"قتلوا … في ما يعتقد أنه تفجير": an attack framing casualties behind a hedge of
    what it was."""
    words = an.words_before(t.word_start, 4)
    return len(words) >= 3 and words[-1] in _IT_WAS and words[-2] in _HEDGE_VERBS \
        and ("في" in words[:-2] or "فيما" in words[:-2])


# "قتل 23 شخصا عندما انفجرت سيارة مفخخة": the verb after "when" tells the attack that killed them
_WHEN_WORDS = frozenset(("عندما", "حين", "حينما", "لدي", "بعدما"))

# "وأعلنت الجماعة مسؤوليتها عن التفجير", "تبنى التنظيم المسؤولية عن العملية": a claim of an attack
_CLAIM_RE = re.compile(r"(?:مسووليت(?:ه|ها|هم|هما)|المسووليه)\s+عن\s+[وب]?(?:ال)?(?:هجوم|هجمات|هجمه|تفجير|انفجار|"
                       r"عمليه|عمليات|اعتداء|حادث|اغتيال|خطف|اختطاف|قتل|قصف|اطلاق|ذلك|هذا|هذه)")
# "انتحارية نفذت الهجوم", "وتبنى تنظيم القاعدة الهجوم": the attack told before, its author named
_CARRY_OUT_RE = re.compile(r"[وف]?(?:نفذ|شن|تبن)\w{0,3}\s+ال")
_CLAIM_VERB_RE = re.compile(r"[وف]?(?:اعلن|تبن|تحمل|يتحمل)")
_CLAIM_VERB_WINDOW = 12


def _author_from_claim(an: Analysis, drafts: list[EventDraft]) -> None:
    """An attack told without its author ("قتل ثلاثة جنود في هجوم انتحاري") takes the one a claim
    after it names: "وأعلنت الجماعة مسؤوليتها عن التفجير", "وقالت الشرطة إن انتحارية نفذت
    الهجوم", in the same sentence or, when the claim's sentence tells no attack before it, the
    sentence before. A carrying-out told again ("نفذت الهجوم") is that attack, not a second one."""
    _claimed_in_place(an, drafts)
    claims: list[tuple[int, int, ActorMention]] = []  # (sentence, position, claimer)
    for d in drafts:
        if d.entry.plover == "ASSAULT" and d.source is not None and not d.source.implied and not d.negated \
                and not d.hypothetical and d.source.end <= d.trigger.start and _carried_out_again(an, d):
            claims.append((d.sentence, d.trigger.start, d.source))
    for m in _CLAIM_RE.finditer(an.text, an.code_from):
        sent = an.sentence_of(m.start())
        verb = next((start for start, end in reversed(an.word_spans_before(m.start(), _CLAIM_VERB_WINDOW))
                     if _CLAIM_VERB_RE.match(an.text, start, end)), None)
        if verb is None or sent < 0:
            continue
        claimer = _claim_subject(an, verb, m.start())
        if claimer is not None:  # the claim verb's subject: "وأعلنت جماعة … جناح تنظيم داعش في مصر مسؤوليتها"
            claims.append((sent, m.start(), claimer))
    # (the pattern opens with a lookbehind, which the engine tries at every character: its verb's
    # letters are looked for first)
    for m in _ADOPTED_OPERATION_RE.finditer(an.text, an.code_from) if "تبن" in an.text else ():
        # "وتبنت الجماعة المسلحة العملية في بيانها": the operation just told
        claimer, sent = _claim_subject(an, m.start(), m.start(1)), an.sentence_of(m.start())
        if claimer is not None and sent >= 0:
            claims.append((sent, m.start(1), claimer))
    for sent, pos, claimer in claims:
        told = [d for d in drafts if d.entry.plover == "ASSAULT" and d.sentence == sent and d.trigger.end <= pos
                and not (d.source is not None and d.source is claimer)]
        if not told:
            told = [d for d in drafts if d.entry.plover == "ASSAULT" and d.sentence == sent - 1 and not d.background]
        for d in told:
            if d.negated or d.hypothetical or not (d.source is None or d.source.implied or _unnamed_armed(d.source, claimer)):
                continue
            if _same_mention(d.target, claimer):
                if not _CLAIM_CLAUSE_RE.search(an.text, d.trigger.end, claimer.start):
                    continue
                d.target = None  # "تفجير استهدف مسجدا، وتبنت جماعة جند الله الهجوم": the claimer is no victim
            d.source = claimer
        for d in drafts:
            if d.sentence == sent and d.source is claimer and d.trigger.start < pos + 1 and told \
                    and _carried_out_again(an, d):
                d.background = True  # the attack just told, told again with its author


# a new clause of claiming between an attack and the one who claims it
_CLAIM_CLAUSE_RE = re.compile(r"[،,]\s*[وف]?(?:تبن|اعلن)")
# an adopting verb, its subject, and "the operation" within a few words
_ADOPTED_OPERATION_RE = re.compile(r"(?:(?<=\s)|^)[وف]?(?:تبني|تبنت|تبنوا)\s(?:\S+\s){1,10}?(ال(?:عمليه|عمليتين|عمليات))(?=\s|$|[،,.])")


def _unnamed_armed(source: ActorMention, claimer: ActorMention) -> bool:
    """"كمين نصبته جماعة مسلحة … وتبنى التنظيم العملية": a generic armed agent is the group that
    claims the attack by name."""
    return source.kind == "agent" and not source.parts and source.sector in ("UAF", "REB") \
        and claimer.kind in ("org", "person")


def _claim_subject(an: Analysis, verb: int, end: int) -> ActorMention | None:
    """Who claims: the first named actor after the claim verb at ``verb`` and before ``end`` that no
    preposition governs ("وأعلنت جماعة … جناح تنظيم داعش في مصر مسؤوليتها")."""
    return next((a for a in an.actors if not a.implied and verb < a.start and a.end <= end
                 and not preposition_before(an, a.start, a.prefix)), None)


def _claim_word_at(an: Analysis, t: Match, floor: int = 0) -> int | None:
    """"مسؤوليتها عن خطف": where the claim word stands when it and "عن" are the two words before
    the trigger (from ``floor`` on), else None."""
    spans = [sp for sp in an.word_spans_before(t.word_start, 2) if sp[0] >= floor]
    if len(spans) == 2 and an.text[spans[1][0]:spans[1][1]] == "عن" \
            and _CLAIM_RE.match(an.text, spans[0][0], t.end + 40) is not None:
        return spans[0][0]
    return None


_ADOPT_RE = re.compile(r"^[وف]?(?:تبني|تبنت|تبنوا)$")
_ADOPT_WINDOW = 14


def _claimed_here(an: Analysis, t: Match, floor: int) -> bool:
    """A claim names this attack noun ("مسؤوليتها عن تفجير", "تبنى التنظيم، في بيان، الهجوم"): it is
    an event even before its claimer is known."""
    if _claim_word_at(an, t, floor) is not None:
        return _tells_a_new_attack(an, t, True)
    return _tells_a_new_attack(an, t, False) and any(
        _ADOPT_RE.match(w) for w in an.words_before(t.word_start, _ADOPT_WINDOW, floor))


def _tells_a_new_attack(an: Analysis, t: Match, after_claim_word: bool) -> bool:
    """The claimed attack noun tells an attack of its own, not one told already: indefinite after
    "مسؤوليتها عن" ("مسؤوليتها عن الهجوم" points back); after an adopting verb, definite with its
    relative clause ("تبنى التنظيم الهجوم الانتحاري الذي استهدف ثكنة") or a series ("سلسلة تفجيرات")."""
    definite = "ال" in t.prefix
    if after_claim_word:
        return not definite
    return (definite and any(w in RELATIVE_PRONOUNS for w in an.words_after(t.end, 3))) \
        or an.word_before(t.word_start) == "سلسله"


def _claimed_in_place(an: Analysis, drafts: list[EventDraft]) -> None:
    """The attack a claim names is its claimer's: "أعلن التنظيم مسؤوليته عن التفجيرين", "تبنى تنظيم
    دولة العراق الإسلامية في بيان الهجوم الانتحاري" (the claimer is the first actor after the verb)."""
    for d in drafts:
        named = d.source is not None and not d.source.implied
        if d.entry.plover != "ASSAULT" or (named and not d.background):
            continue
        sent_start = an.sentences[d.sentence][0]
        words = [(st, en) for st, en in an.word_spans_before(d.trigger.word_start, _ADOPT_WINDOW) if st >= sent_start]
        verb = None
        claim_word = _claim_word_at(an, d.trigger, sent_start)
        if claim_word is not None:
            verb = next((st for st, en in reversed(words) if st < claim_word and _CLAIM_VERB_RE.match(an.text[st:en])),
                        None)
        elif ("ال" in d.trigger.prefix and not d.entry.verbal) or an.word_before(d.trigger.word_start) in (
                "الذي", "التي", "سلسله"):  # "تبنت الجبهة سلسلة تفجيرات": a claimed series
            verb = next((st for st, en in reversed(words) if _ADOPT_RE.match(an.text[st:en])), None)
        if verb is None:
            continue
        between = an.text[verb:d.trigger.word_start]
        # an apposition closed by its second comma may stand between ("وتبنت الكتائب، الذراع المسلحة
        # للجبهة، مسؤوليتها عن إطلاق صاروخين")
        if any(c in between for c in ".؛:") or (between.count("،") + between.count(",")) % 2:
            continue
        claimer = _claim_subject(an, verb, d.trigger.start)
        if claimer is None or (named and not _same_mention(claimer, d.source)):
            continue
        d.source = claimer
        if d.background and not (d.negated or d.hypothetical) \
                and _tells_a_new_attack(an, d.trigger, claim_word is not None):
            d.background = False  # the claim reports the attack: "تبنى التنظيم الهجوم الذي استهدف ثكنة"
        for o in drafts:  # "… الهجوم الذي استهدف مركزا وأسفر عن مقتل سبعة": its toll too
            if o.sentence == d.sentence and o.trigger.start > d.trigger.end and o.entry.plover == "ASSAULT" \
                    and (o.source is None or o.source.implied) and _CASUALTY_WORD_RE.match(an.text, o.trigger.start) \
                    and any(_RESULT_RE.match(w) for w in an.words_between(d.trigger.end, o.trigger.word_start)):
                o.source = claimer


def _carried_out_again(an: Analysis, d: EventDraft) -> bool:
    """"نفذت الهجوم", "وتبنى تنظيم القاعدة الهجوم": a verb of carrying out or adopting and a definite
    attack noun, its subject before the noun."""
    if _CARRY_OUT_RE.match(an.text, d.trigger.word_start):
        return True
    if d.source is None or "ال" not in d.trigger.prefix or not _only_adjectives_between(an, d.source.end, d.trigger.word_start):
        return False
    before = an.words_before(an.word_start_at(d.source.start), 2)
    if len(before) == 2 and before[1] in _GROUP_WORDS:
        before = before[:1]  # "وتبنى تنظيم دولة العراق الإسلامية الهجمات": the name after its kind
    return bool(before) and _CARRY_OUT_RE.match(before[-1] + " ال") is not None


_GROUP_WORDS = frozenset(("تنظيم", "جماعه", "حركه", "جبهه", "كتايب", "مجموعه"))


def _only_adjectives_between(an: Analysis, start: int, end: int) -> bool:
    """Nothing, or up to three definite adjectives, between a subject and its object noun ("وتبنت
    جماعة جند الله السنية المتمردة الهجوم"); also a link to another body or a leader after it
    ("المرتبط بالقاعدة", "بزعامة أبو مصعب الزرقاوي": up to three words)."""
    words = an.words_between(start, end)
    if words and (words[0] in _LINK_ADJECTIVES or words[0] in ("بزعامه", "بقياده")) and len(words) <= 4:
        return True
    return len(words) <= 3 and all(w.startswith("ال") and w.endswith(("ه", "ي", "يه", "يون", "يين")) for w in words)


_LINK_ADJECTIVES = frozenset("المرتبط المرتبطه التابع التابعه الموالي المواليه المقرب المقربه".split())


_HOW_OPENERS = frozenset("عندما حينما حين بعدما لدي".split())


def _actor_after_one_word(an: Analysis, t: Match, kinds: tuple[str, ...] | None = None) -> bool:
    """An actor (of one of ``kinds``) whose word comes right after the one word that follows ``t``:
    "بالتنسيق مع الشرطة", "اعترافها بسيادة المغرب"."""
    return any(a.start > t.end and an.count_words(t.end, an.word_start_at(a.start)) == 1
               and (kinds is None or a.kind in kinds) for a in an.actors)


_DISCLOSING_WORDS = frozenset("الكشف كشف ذكر نشر الافصاح افصاح الاشاره".split())


def _asked_anonymity(an: Analysis, t: Match) -> bool:
    """"طلب عدم الكشف عن اسمه", "طالبا عدم كشف اسمه", "عدم ذكر", "عدم نشر": what a source asks of
    the reporter."""
    after = an.words_after(t.end, 2)
    return len(after) == 2 and after[0] == "عدم" and after[1] in _DISCLOSING_WORDS


_IDENTITY_WORDS = frozenset("اسمه اسمها اسمهم اسميهما هويته هويتها هويتهم هوياتهم".split())


_RAFADA_RE = re.compile(r"^[وف]?(?:رفض|رفضت|رفضوا|يرفض|ترفض|يرفضون)$")
_COMMENTING_WORDS = frozenset("التعليق تعليق يعلق تعلق يعلقوا الادلاء".split())
_ANSWERING_WORDS = frozenset("الرد يرد ترد".split())  # only with على: "الرد الأمريكي" is a reply rejected


def _declined_to_comment(an: Analysis, t: Match) -> bool:
    """"رفض المتحدث التعليق", "رفضت الوزارة الرد على أسئلة الصحيفة", "رفض … أن يعلق": declining to
    comment is how a report says a party kept silent, no rejection of anyone (its subject may come
    between, a few words of name or title)."""
    if not _RAFADA_RE.match(an.text[t.word_start:t.word_end]):
        return False
    words = _clause_words_after(an, t, 8)
    return any(w in _COMMENTING_WORDS or (w in _ANSWERING_WORDS and words[k + 1:k + 2] == ["علي"])
               for k, w in enumerate(words))


def _declined_to_be_named(an: Analysis, t: Match) -> bool:
    """"مسؤول رفض الكشف عن اسمه", "رفضت الإفصاح عن هويتها": a source's refusal to be named is how
    the reporter quotes it, not a rejection of anyone's demand (نشر and ذكر too: "رفض ذكر اسمه")."""
    after = an.words_after(t.word_end, 3)
    if after and after[0] in _DISCLOSING_WORDS and "بالاسم" in after[1:]:
        return True  # "رفض ذكر الصين بالاسم": would not name a party, no rejection of it
    return len(after) >= 2 and after[0] in _DISCLOSING_WORDS and (
        after[1] in _IDENTITY_WORDS or (after[1] == "عن" and len(after) == 3 and after[2] in _IDENTITY_WORDS))


def _in_cooperation_with(an: Analysis, t: Match) -> bool:
    """"ضبطت الشرطة المغربية بالتنسيق مع الشرطة الإسبانية خلية": done in cooperation with someone
    named right after مع, the cooperation happened as the verb it qualifies did ("بالتنسيق مع الجهات
    ذات العلاقة" names no one)."""
    return t.prefix in ("بال", "وبال") and an.words_after(t.end, 1) == ["مع"] and _actor_after_one_word(an, t)


def _admitted(an: Analysis, t: Match, target: ActorMention | None) -> bool:
    """اعترف/اعتراف ب: recognition of a state, government or body named after ب; with a deed,
    a right or a fact there ("بإسقاط الطائرة", "بحق المعتقلين", "بالمسؤولية") it is an admission."""
    if " " in an.text[t.start:t.end]:
        return False  # the phrases (إقامة علاقات، فتح سفارة) stand as they are
    nxt = an.words_after(t.end, 1)
    if target is None and nxt and nxt[0] in _RECOGNISED_ATTRIBUTES:  # "اعترافها بسيادة المغرب"
        return not _actor_after_one_word(an, t, ("country", "capital", "org"))
    return target is None or (target.kind not in ("country", "capital", "org") and target.sector != "GOV")


_RECOGNISED_ATTRIBUTES = frozenset("بسياده بشرعيه باستقلال بحكومه بدوله".split())


_AID_PURPOSE_TYPES = frozenset(("AID", "COOPERATE", "CONCEDE", "RETREAT", "AGREE"))
# "مساعدات تهدف إلى دعم", "الرامية إلى دعم": an aim; "ضمن برنامج دعم": the programme it belongs to
_AIM_WORDS = frozenset("تهدف يهدف تهدفان الهادفه الهادف هادفه ترمي يرمي الراميه الرامي".split())
_PROGRAMME_WORDS = frozenset("برنامج برامج لبرنامج لبرامج وبرنامج".split())


def _named_as_an_aim(an: Analysis, t: Match) -> bool:
    if t.prefix[:1] == "ل" or t.prefix[:2] in ("ول", "فل"):
        return True
    before = an.words_before(t.word_start, 2)
    return any(w in PURPOSE_WORDS or w in _PROGRAMME_WORDS for w in before) \
        or (len(before) == 2 and before[1] == "الي" and before[0] in _AIM_WORDS) \
        or (bool(before) and before[-1] in _PROGRAMME_WORDS)


def _support_as_aid_purpose(an: Analysis, drafts: list[EventDraft]) -> None:
    """"أودعت الكويت وديعة في البنك المركزي لدعم احتياطياته", "خفف العقوبات بهدف دعم التعافي",
    "وافق الصندوق على قرض لدعم برنامج الإصلاح", "مساعدات تهدف إلى دعم الجيش": the support named
    after ل, بهدف or an aim verb, or as a programme's name, is what the aid, agreement or concession
    told before it is for, not a second event of support."""
    for i, d in enumerate(drafts):
        if d.entry.plover != "SUPPORT" or d.background or not _named_as_an_aim(an, d.trigger):
            continue
        if any(o.entry.plover in _AID_PURPOSE_TYPES and o.sentence == d.sentence
               and an.count_words(o.trigger.end, d.trigger.start) <= 15 for o in drafts[:i]):
            d.background = True
            d.modality = d.modality + ["purpose"]


def _told_as(kept: EventDraft, governor: EventDraft) -> None:
    """A draft folded into another tells its event the way the governing word does: that word's
    negation, modality and background decide whether the kept event is reported ("استهدف هجوم
    موكبا", "لإجراء محادثات", "لم ترسل أي مستشفى ميداني")."""
    kept.negated, kept.hypothetical, kept.background = governor.negated, governor.hypothetical, governor.background
    kept.modality = list(governor.modality)


def _light_trigger_with_its_object(an: Analysis, drafts: list[EventDraft]) -> list[EventDraft]:
    """"تقديم مساعدات غذائية": a trigger that needs an object word (تقديم needs aid) and the event noun
    right after it that is that object tell one event. The noun's own sense is the more specific
    (food aid, 073); the head's modality, background and participants stand for both."""
    dropped: set[int] = set()
    for i, head in enumerate(drafts[:-1]):
        if not head.entry.requires_words:
            continue
        obj = next((o for o in drafts[i + 1:] if o.sentence == head.sentence and o.entry.plover == head.entry.plover
                    and o.trigger.start >= head.trigger.end and not an.count_words(head.trigger.end, o.trigger.start)),
                   None)
        if obj is None:
            continue
        word = an.text[obj.trigger.word_start:obj.trigger.word_end].split(" ")[0]  # (a phrase's first word)
        if word not in head.entry.requires_words and morph.strip_clitics(word) not in head.entry.requires_words:
            continue
        dropped.add(id(head))
        _told_as(obj, head)
        obj.source, obj.target = head.source or obj.source, head.target or obj.target
    return [d for d in drafts if id(d) not in dropped] if dropped else drafts


_SENDING_RE = re.compile(r"^[وف]?(?:ارسل|ارسلت|ارسلوا|يرسل|ترسل|بعث|بعثت|يبعث|تبعث|سير|سيرت|يسير|تسير)$")
_SENT_OBJECT_REACH = 4  # words from the verb of sending to what it sent (its subject between)


def _aid_sent(an: Analysis, drafts: list[EventDraft]) -> list[EventDraft]:
    """"أرسل الأردن مستشفى ميدانيا عسكريا إلى غزة": what a verb of sending sends is the event. When it
    is aid (a field hospital, a convoy, relief), the sending is that aid, told by the sentence (not a
    detail of it), and no deployment of troops (an adjective "عسكري" on the aid is no force sent)."""
    dropped: set[int] = set()
    for d in drafts:
        if d.entry.plover != "MOBILIZE" or not _SENDING_RE.match(an.text[d.trigger.word_start:d.trigger.word_end]):
            continue
        aid = next((o for o in drafts if o.entry.plover == "AID" and o.sentence == d.sentence
                    and o.trigger.start > d.trigger.end
                    and an.count_words(d.trigger.end, o.trigger.start) <= _SENT_OBJECT_REACH
                    and not an.clause_break_in(d.trigger.end, o.trigger.start)), None)
        if aid is None or an.triggers_in(d.trigger.end, aid.trigger.start):
            continue
        dropped.add(id(d))
        _told_as(aid, d)
        aid.source = d.source or aid.source  # the sender, not an adjective after the aid ("عسكريا")
        aid.target = aid.target or d.target
    return [d for d in drafts if id(d) not in dropped] if dropped else drafts


# heads of a construct that names a plan, a fund or a policy of support (or of subsidy: دعم is both)
_PLAN_HEADS = frozenset("خطه خطط برنامج برامج حزمه حزم صندوق مشروع مشاريع سياسه سياسات نظام اليه مبادره".split())


def _plan_head(word: str) -> bool:
    """The word, or it without one or two proclitics (وبرنامج, لخطة), heads a plan's name."""
    return word in _PLAN_HEADS or (word[:1] in "وفبل" and (word[1:] in _PLAN_HEADS or (
        word[1:2] in "بل" and word[2:] in _PLAN_HEADS)))


def _support_naming_a_plan(an: Analysis, drafts: list[EventDraft]) -> None:
    """"خطة دعم الأرز", "صندوق دعم المشاريع", "برنامج دعم الشركات الصغيرة": دعم after the head of a
    construct names a plan or a fund (often of subsidies), not an act of support the sentence reports."""
    for d in drafts:
        if d.entry.plover != "SUPPORT" or d.background or d.trigger.prefix:
            continue
        before = an.words_before(d.trigger.word_start, 1)
        if before and _plan_head(before[0]):  # (a comma would cling to the head word)
            d.background = True
            d.modality = d.modality + ["named_plan"]


# answers to a request: the rejection, acceptance or granting the sentence reports
_ANSWER_TYPES = frozenset(("REJECT", "AGREE", "CONCEDE"))
_ANSWER_REACH = 6  # words from the answer's verb to its object, past a subject and its adjectives
# participles of a reported call (events_extra, events_more): a circumstantial clause of their own
# (طالبا: also the participle of طلب, "رفض النتائج طالبا إعادة الفرز")
_CALL_PARTICIPLES = frozenset("داعيا داعيه داعين مطالبا مطالبه مطالبين مطالبات مناشدا حاثا حاثه ملتمسا طالبا طالبين".split())


def _call_participle(an: Analysis, t: Match) -> bool:
    return an.text[t.word_start:t.word_end].split(" ")[0].removeprefix("و") in _CALL_PARTICIPLES


def _request_answered(an: Analysis, drafts: list[EventDraft]) -> None:
    """"رفضت الحكومة طلبا فرنسيا بالسماح…", "وافق الرئيس على طلب المعترضين", "رفض مجلس الأمن مشروع
    قرار يطالب بـ…": a request named as the object of its rejection or acceptance was made before;
    the news is the answer, so the request is background. A verb joined by و ("رفض العرض وطالب
    بـ…"), a participle ("مطالبا") or anything past a comma is a new statement and stays."""
    for i, d in enumerate(drafts):
        if d.entry.plover != "REQUEST" or d.background or d.trigger.prefix[:1] in ("و", "ف") \
                or _call_participle(an, d.trigger):
            continue
        for o in drafts[:i]:
            if o.entry.plover in _ANSWER_TYPES and o.sentence == d.sentence and o.trigger.end <= d.trigger.word_start \
                    and an.count_words(o.trigger.end, d.trigger.word_start) <= _ANSWER_REACH \
                    and not _COMMA_RE.search(an.text, o.trigger.end, d.trigger.word_start) \
                    and not any(w.removeprefix("و") in _CLAUSE_WORDS
                                for w in an.words_between(o.trigger.end, d.trigger.word_start)):
                d.background = True
                d.modality = d.modality + ["answered"]
                break


_BANNER_WORDS = frozenset("لافتات لافته يافطات يافطه شعارات شعار هتافات هتاف".split())  # "لافتات كبيرة تطالب"


_BANNER_REACH = 6  # words from a banner to its verb: an adjective, or a first verb joined by و


def _banner_word(word: str) -> bool:
    """(not by strip_clitics alone: it reads the ل of لافتات as a preposition)"""
    return any(w.removeprefix("ال") in _BANNER_WORDS for w in (word, word.removeprefix("و"), morph.strip_clitics(word)))


def _on_a_banner(an: Analysis, t: Match, s_start: int) -> bool:
    """"لافتات كبيرة تطالب بـ…", "لافتات تندد بالتدخل وتطالب بـ…": the banner holds the demand (its
    imperfect verb, or one joined by و to its first), with no comma between."""
    if t.prefix not in ("", "و"):
        return False
    before = an.words_before(t.word_start, 2 if not t.prefix else _BANNER_REACH, s_start)
    at = next((i for i in range(len(before) - 1, -1, -1)
               if _banner_word(before[i])), None)
    return at is not None and not any(_COMMA_RE.search(w) for w in before[at:])


def _demand_of_a_protest(an: Analysis, drafts: list[EventDraft]) -> None:
    """"تظاهر آلاف العراقيين…، مطالبين باستقالة الحكومة", "رفعوا لافتات تطالب بإجراء الانتخابات":
    what protesters demand, as they march or on their banners, is the claim of the protest (PLOVER
    codes it within the PROTEST event), not a second event of request. A participle of demand
    whose nearest event before it in the sentence is a protest, and a demand made by a banner,
    slogan or chant, are background."""
    for i, d in enumerate(drafts):
        if d.entry.plover != "REQUEST" or d.background:
            continue
        before = [o for o in drafts[:i] if o.sentence == d.sentence and o.trigger.end <= d.trigger.word_start
                  and o.entry.plover != "REQUEST"]
        protest_led = _call_participle(an, d.trigger) and bool(before) and before[-1].entry.plover == "PROTEST"
        if protest_led or _on_a_banner(an, d.trigger, an.sentences[d.sentence][0]):
            d.background = True
            d.modality = d.modality + ["protest_demand"]


_SAID_TYPES = frozenset(("ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "REJECT", "AGREE"))


_CONTINUE_RE = re.compile(r"^[وف]?(?:يتابع|تتابع|يتابعون|تابع|تابعت|تابعوا|يواصل|تواصل|يواصلون|واصل|واصلت|واصلوا|"
                          r"يستمر|تستمر|يستمرون|استمر|استمرت|استمروا)$")


def _own_protest_continued(an: Analysis, t: Match, s_start: int) -> bool:
    """"ويتابع المعتصمون … اعتصامهم في ساحة رياض الصلح": a protest noun with its subject's pronoun
    after a verb of going on with it is their protest, still being held."""
    word = an.text[t.word_start:t.word_end]
    if not word.endswith(POSSESSIVE_SUFFIXES) or t.end >= t.word_end:
        return False
    end = t.word_start
    lo = max(s_start, an.text.rfind("،", s_start, end) + 1)  # the verb within its clause, its long subject between
    if lo > s_start and not an.words_between(lo, end):
        # right after an aside between commas ("ويواصل المزارعون، بقيادة زعيمة الحزب، اعتصامهم"):
        # the verb before the aside
        opening = an.text.rfind("،", s_start, lo - 1)
        if opening >= 0 and an.count_words(opening, lo) <= 10:
            end, lo = opening, max(s_start, an.text.rfind("،", s_start, opening) + 1)
    return any(_CONTINUE_RE.match(w) for w in an.words_before(end, 14, lo))


# "توفي أمس متأثرا بجروحه جندي كان قد أصيب في معارك …": a death from wounds; the fighting told after
# it is where the wounds came from, an attack reported before
_DIED_OF_WOUNDS_RE = re.compile(r"(?:^|\s)[و]?متاثر(?:ا|ين|ه|تين|ان|ون)?\s+(?:ب)?(?:جروح|جراح|اصاب)")


def _circumstantial_participle(an: Analysis, t: Match, entry: Trigger) -> bool:
    """"أعلن المغرب قطع علاقاته مع إيران، متهما طهران بتسليح…", "…، داعيا إلى الحوار": a participle
    after a comma tells what the main clause's subject did at the same time; it happens as that does."""
    if entry.plover not in _SAID_TYPES or entry.pos != "noun" or " " in an.text[t.start:t.end]:
        return False
    word = an.text[t.word_start:t.word_end]
    if an.words_after(t.end, 1)[:1] in (["الله"], ["المولي"], ["ربه"], ["الباري"]):
        return False  # "داعيا الله أن يحفظ البلاد": a prayer, no appeal to anyone in the news
    return word[:1] in "مد" and word.endswith(("ا", "ه", "ين")) and an.text[:t.word_start].rstrip()[-1:] in ("،", ",")


def _framed_by_demonstrative(an: Analysis, t: Match) -> bool:
    """"في هذا الهجوم", "بهذا التفجير": a frame word before the demonstrative before the noun."""
    before = an.words_before(t.word_start, 2)
    return len(before) == 2 and pointed_back_to(an, t) and (before[0] in FRAME_WORDS or before[0].startswith("ب"))


def _author_from_how_clause(an: Analysis, drafts: list[EventDraft]) -> None:
    """"نجا العمدة من محاولة لاغتياله عندما فجر مجهولون عبوة ناسفة": the clause after عندما (حين،
    بعدما) tells how the attack told before it was done, so its author is that attack's author
    when the attack names none, and whom the attack aimed at is the clause's target when the
    clause names none."""
    for i, d in enumerate(drafts):
        if d.entry.plover != "ASSAULT" or (d.source is not None and not d.source.implied):
            continue
        for f in drafts[i + 1:]:
            if f.sentence != d.sentence or an.count_words(d.trigger.end, f.trigger.start) > 16:
                break
            if f.entry.plover != "ASSAULT" or f.source is None or f.source.implied:
                continue
            words = an.words_between(d.trigger.end, f.trigger.start)
            if not any(w.removeprefix("و") in _HOW_OPENERS and (k == 0 or words[k - 1] != "في")  # "في حين": whereas
                       for k, w in enumerate(words)) or _same_mention(f.source, d.target):
                break
            d.source = f.source
            f.target = f.target or d.target
            break


_DEATH_WORDS = frozenset(("الموت", "القتل", "الاصابه", "الهلاك"))


def _survivor_as_target(an: Analysis, drafts: list[EventDraft]) -> None:
    """"نجا المحافظ من الموت عندما انفجرت عبوة قرب موكبه": who escaped death is whom the
    attack told after it (بعد أن، عندما، حين) was aimed at, when the attack names no one else."""
    for d in drafts:
        if d.entry.plover != "ASSAULT" or (d.target is not None and not d.target.implied):
            continue
        s_start = an.sentences[d.sentence][0]
        words = an.words_between(s_start, d.trigger.word_start)
        k = next((k for k, w in enumerate(words) if w.removeprefix("و") in SURVIVAL_VERBS), None)
        if k is None or not any(words[j] == "من" and words[j + 1] in _DEATH_WORDS
                                for j in range(k + 1, min(k + 10, len(words) - 1))):
            continue
        if not any(w.removeprefix("و") in _HOW_OPENERS or (w.removeprefix("و") == "بعد" and nxt.startswith("ان"))
                   for w, nxt in zip(words[k + 1:], words[k + 2:] + [""])):
            continue
        verb_end = an.word_spans_after(s_start, k + 1)[-1][1]
        survivor = next((a for a in an.actors if verb_end <= a.start < d.trigger.start
                         and an.sentence_of(a.start) == d.sentence and a.kind != "nisba"), None)
        if survivor is not None and survivor is not d.source:
            d.target = survivor


def _merge_protest_purpose(an: Analysis, drafts: list[EventDraft]) -> list[EventDraft]:
    """"تظاهر المئات أمام النقابة احتجاجا على زيارة الرئيس": "in protest at" says what the protest
    told before it was against. It is that protest's target, not a second protest with the crowd
    read again as its subject."""
    merged: set[int] = set()
    for i, d in enumerate(drafts):
        if d.entry.plover != "PROTEST" or d.entry.verbal or not _adverbial_accusative(an, d.trigger):
            continue
        head = next((h for h in reversed(drafts[:i]) if h.entry.plover == "PROTEST" and id(h) not in merged
                     and h.sentence == d.sentence and h.trigger.end <= d.trigger.start
                     and not _SENTENCE_BREAK_RE.search(an.text, h.trigger.end, d.trigger.start)), None)
        if head is None:
            call = next((h for h in reversed(drafts[:i]) if h.entry.plover == "REQUEST" and h.sentence == d.sentence
                         and _CALL_RE.match(an.words_after(h.trigger.word_start, 1)[0])
                         and not _SENTENCE_BREAK_RE.search(an.text, h.trigger.end, d.trigger.start)), None)
            if call is not None and not d.hypothetical:
                # "دعت المعارضة أنصارها إلى التظاهر غدا احتجاجا على الغلاء": the protest called for
                d.hypothetical = True
                d.modality = d.modality + [f"hypothetical:{an.text[call.trigger.word_start:call.trigger.end]}"]
            deed = next((h for h in reversed(drafts[:i]) if h.entry.verbal and h.sentence == d.sentence
                         and h.trigger.end <= d.trigger.start and h.source is not None and not h.source.implied
                         and not _SENTENCE_BREAK_RE.search(an.text, h.trigger.end, d.trigger.start)), None)
            if call is None and deed is not None and deed.source.sector not in FORCE_SECTORS:
                # "انسحب نواب حزب الشعب من قاعة البرلمان احتجاجا على": who did the deed did it in protest
                d.source = deed.source
            continue
        if d.target is not None and (d.target.kind != "implied" or head.target is None):
            head.target = d.target
        head.date, head.place = head.date or d.date, head.place or d.place
        # "وأحرق المتظاهرون الإطارات احتجاجا على…": done in protest, the act is the protest reported
        head.background = head.background and d.background
        merged.add(id(d))
    for d in drafts:
        if id(d) in merged or d.entry.plover != "PROTEST" or not (d.target is None or d.target.implied):
            continue
        author = _author_of_what_is_protested(an, d, drafts)
        if author is not None:
            d.target = author
    return [d for d in drafts if id(d) not in merged]


# the first word after a protest that names what it is against: "احتجاجا على"، "تنديدا بـ"
_PROTESTED_RE = re.compile(r"(?<!\S)[وف]?(?:احتجاجا|تنديدا|استنكارا|رفضا)(?!\S)")


def _author_of_what_is_protested(an: Analysis, protest: EventDraft, drafts: list[EventDraft]) -> ActorMention | None:
    """"نظم رجال دين اعتصاما احتجاجا على مداهمة القوات الأمريكية عددا من المساجد": a protest that names
    no one is against whoever did the deed it protests, named with the deed after احتجاجا على, تنديدا بـ."""
    s_end = an.sentences[protest.sentence][1]
    m = _PROTESTED_RE.search(an.text[protest.trigger.start:s_end])
    if m is None:
        return None
    at = protest.trigger.start + m.end()
    deed = next((o for o in drafts if o is not protest and o.sentence == protest.sentence
                 and at <= o.trigger.start and an.count_words(at, o.trigger.word_start) <= 1), None)
    # (its author named with it, or referred back to by its pronoun: "أمام مقر التنظيم احتجاجا على احتجازه")
    if deed is not None and deed.source is not None and not deed.source.implied \
            and (deed.source.start >= at or deed.trigger.suffix.startswith("ه")) \
            and not _same_mention(deed.source, protest.source) and deed.source.sector not in ("CVL", None):
        return deed.source
    return None


_SENTENCE_BREAK_RE = re.compile(r"[.:؛;!?؟]")


def _named_first(mine: ActorMention | None, other: ActorMention | None) -> ActorMention | None:
    """Of two readings of one participant, a named one over one PLOVER only implies."""
    if mine is None or (mine.implied and other is not None and not other.implied):
        return other or mine
    return mine


def _purpose_of_a_protest_called_for(an: Analysis, t: Match, s_start: int) -> str | None:
    """"دعوات إلى إضراب عام … احتجاجا على الغلاء": a purpose qualifies the protest told before it in
    the sentence; when that one is only called for or demanded, so is the purpose (the call word)."""
    qualified = next((m for m in reversed(an.triggers_in(s_start, t.start))
                      if m.end <= t.word_start and senses(m, "PROTEST")), None)
    return None if qualified is None else _called_for(an, qualified) or _demanded(an, qualified)


def _in_phrase_of(an: Analysis, v: EventDraft, d: EventDraft) -> bool:
    """The noun is a word of the split phrase the verb matched ("نفذت الوزارة حكم القتل")."""
    return bool(v.entry.requires_phrase) and \
        morph.word_key(an.text[d.trigger.word_start:d.trigger.word_end]) in v.entry.requires_phrase


def _drop_echoing_nouns(an: Analysis, drafts: list[EventDraft]) -> list[EventDraft]:
    """"شنت الطائرات غارات جوية", "قدمت السعودية منحة": a verb and its object noun are one event.
    The noun names it more precisely (mode "aerial"), so it is kept, and takes the verb's
    participants, date and place where it has none. A light verb whose object is a pronoun
    referring back to the noun ("في هجوم شنه مسلحون") gives the noun its subject and goes too."""
    merged: set[int] = set()
    for v in drafts:
        if not (v.entry.verbal and v.entry.requires_words):  # only light verbs that need an object noun
            continue
        if v.trigger.suffix:
            noun = next((d for d in reversed(drafts) if not d.entry.verbal and d.sentence == v.sentence
                         and d.trigger.end <= v.trigger.start
                         and an.count_words(d.trigger.end, v.trigger.start) <= 3), None)
            if noun is not None:
                noun.source = noun.source or v.source
                merged.add(id(v))
                continue
        eligible = [d for d in drafts if not (
            d is v or d.entry.verbal or d.sentence != v.sentence
            or (d.entry.plover != v.entry.plover and not _names_object(an, v, d) and not _in_phrase_of(an, v, d))
            or d.trigger.start < v.trigger.end
            or an.count_words(v.trigger.end, d.trigger.start) > 6)]
        if not eligible:
            continue
        # "قدمت فرنسا والنرويج … مساعدات": one copy of the verb per coordinated actor, each into its own
        d = next((e for e in eligible if _same_mention(e.source, v.source)), eligible[0])
        if _in_phrase_of(an, v, d):
            # "نفذت وزارة الداخلية حكم القتل": the noun is a word of the verb's phrase, whose sense is its
            v.source, v.target = v.source or d.source, v.target or d.target
            v.date, v.place = v.date or d.date, v.place or d.place
            merged.add(id(d))
            continue
        if v.source is not None and _same_mention(d.source, v.target) and v.trigger.end <= d.source.start < d.trigger.start:
            # "عقد مسؤولون أمريكيون وإيرانيون جولة محادثات": the actor right before the noun is the
            # verb's other side, ending its subject phrase; the verb's reading holds
            d.source = v.source
        if v.source is not None and not v.source.implied and v.source.end <= v.trigger.start and d.source is not None \
                and ((d.source.start >= d.trigger.end and d.source.kind == "nisba") or _same_mention(d.source, d.target)):
            # "أن مقاتليه فجروا عبوة ناسفة بدورية إسرائيلية": the verb's subject, not the noun's target's nation
            d.source = v.source
        d.source = d.source or v.source
        d.target = _named_first(d.target, v.target)  # "لقي شخصان مصرعهما": the verb names the victims
        d.date = d.date or v.date
        d.place = d.place or v.place
        if "purpose" in d.modality:  # "خرجوا للاحتجاج": the purpose noun names what the verb did
            d.hypothetical = False
            d.modality = [m for m in d.modality if m != "purpose"]
        d.negated, d.hypothetical = d.negated or v.negated, d.hypothetical or v.hypothetical
        d.background = d.background and v.background
        merged.add(id(v))
    return [d for d in drafts if id(d) not in merged]