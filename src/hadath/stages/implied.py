"""Participants an event implies when the text does not name them (PLOVER conventions).

A protest with no named participant is by civilians; with no named target it is against whom the
protesters address, else the local government; an attack with no named target hits the country
where it happens; a bombing with no named perpetrator is by an armed group (UAF); protesters burning and clashing make a violent protest (riot). Implied actors
are marked ``implied`` and span their trigger.
"""
from __future__ import annotations

import dataclasses
import re

from ..lexicon import morphology as morph
from ..lexicon.compiled import Match
from ..lexicon.entries import Trigger
from .actors import PROTESTING_PEOPLE_SECTORS, STATE_SECTORS, preposition_before
from .analysis import ActorMention, Analysis, PlaceMention, senses
from .reporting import RELATIVE_PRONOUNS

PROTESTER_STEMS = ("متظاهر", "محتج", "معتصم", "مضرب")
RIOT = Trigger("PROTEST", "riot", "145", ("rights_freedoms",), "verb", ("ضد", "علي"), "", "violent protest", True)
# "حاصر آلاف المزارعين المصنع مطالبين الشركة بإعادة أراضيهم": civilians besieging or occupying a site
# with their demands obstruct it in protest (PLOVER obstruct)
OBSTRUCTION = Trigger("PROTEST", "obstruct", "144", (), "verb", ("ضد", "علي"), "", "siege or occupation in protest", True)
# "احتجت مصر رسميا لدى إيران", "استدعت البحرين سفيرها احتجاجا على": a state's protest is a formal complaint
OFFICIAL_PROTEST = Trigger("ACCUSE", "disapprove", "114", (), "verb", ("لدي", "علي"), "", "protested officially", True)
# "وقام المتظاهرون بنصب خيامهم", "فرقت الشرطة المتظاهرين": protesters named in a sentence that tells no
# protest take part in one (coded as background: the protest itself is told elsewhere)
PROTESTERS_PROTEST = Trigger("PROTEST", "demo", "141", (), "noun", ("ضد", "علي"), "", "protesters taking part", False)
# "شن الرئيس هجوما على المعارضة": an office holder's attack is made of words (CAMEO 111, criticise)
VERBAL_ATTACK = Trigger("ACCUSE", "disapprove", "111", (), "noun", ("علي", "ضد"), "", "verbal attack", False)


def is_state(a: ActorMention) -> bool:
    """A government, its bodies and officials, or a country or capital named for its government."""
    return a.kind in ("country", "capital") or (a.sector in STATE_SECTORS and a.kind != "agent")


def protester_word(word: str) -> bool:
    """"المحتجون", "متظاهرين", "المعتصمين" (not "محتجزين", detainees, which share محتج)."""
    return word.startswith(PROTESTER_STEMS) and not word.startswith("محتجز")


def is_protesters(an: Analysis, a: ActorMention) -> bool:
    return protester_word(morph.strip_clitics(an.text[a.start:a.end].split(" ")[0]))


def implied_protesters(an: Analysis, t: Match, place: PlaceMention | None) -> ActorMention:
    """"تظاهر الآلاف في بغداد": a protest with no named participant is by civilians (PLOVER's
    default), of the country where it happens. Marked ``implied``; it spans the trigger."""
    country = place.country if place else (an.dominant_countries[0] if an.dominant_countries else None)
    return ActorMention(start=t.start, end=t.end, kind="implied", name_en="protesters (implied)", country=country,
                        sector="CVL", country_inferred=True, implied=True)


def protesters_in_phrase(an: Analysis, t: Match, place: PlaceMention | None) -> ActorMention:
    """"احتشد المتظاهرون", "حمل المتظاهرون": the protesters are named inside the trigger phrase. They
    are civilians of the country where it happens, as an implied crowd would be, but the span is
    theirs and they are named, not implied."""
    crowd = implied_protesters(an, t, place)
    for start, end in an.word_spans_after(t.word_start, len(an.text[t.word_start:t.end].split()))[1:]:
        if protester_word(morph.strip_clitics(an.text[start:end])):
            return dataclasses.replace(crowd, start=start, end=end,
                                       kind="agent", name_en="protesters", implied=False)
    return crowd


_DEMAND_STEMS = ("مطالب", "تطالب", "يطالب", "طالب", "داعين", "مناشد", "دعوه")  # "لدعوة قادة مجموعة الثماني"


# words after which the protest's object follows within a few words: "احتجاجا على زيارة بوش",
# "ضد الحكومة", "تنديدا بالقصف الإيراني", "للمطالبة باستقالة الائتلاف", "أمام السفارة اليونانية"
_OBJECT_MARKER_STEMS = ("احتجاج", "ضد", "تنديد", "رفض", "استنكار", "برحيل", "رحيل", "باستقال", "استقال", "باسقاط",
                        "اسقاط", "سفاره", "السفاره", "قنصليه", "القنصليه", "بعثه", "البعثه", "مناهض", "المناهض",
                        "مندد", "شجب", "تشجب", "يشجب", "ادان", "تدين", "يدين", "مضاد", "معادي",
                        "مويده", "مويدا", "تاييد", "دعما", "نصره",  # "مظاهرات مؤيدة لأوجلان": whom it is about (not "مؤيدي داعش", its supporters)
                        # chants and their verbs name whom they are aimed at ("هاتفين أن بوش غير مرحب
                        # به", "مرددين هتافات تندد بالحكومة"), and a cause its author ("بسبب قرار الحكومة")
                        "هتاف", "هاتفين", "هاتفون", "يهتفون", "هتفو", "مردد", "يرددون", "رددو",
                        "تندد", "يندد", "ندد", "بسبب")
_MARKER_WINDOW = 5
_MISSION_STEMS = ("سفاره", "قنصليه", "بعثه")


def addressee(an: Analysis, t: Match, actors: list[ActorMention], source: ActorMention | None
               ) -> ActorMention | None:
    """What the protesters protest against: whom they address ("مطالبين الحكومة التركية بالتدخل"),
    or the first actor a few words after "احتجاجا على", "ضد", "تنديدا ب", "للمطالبة برحيل" or
    "أمام السفارة" ("أمام السفارة اليونانية": Greece; "احتجاجا على زيارة بوش": Bush). A nationality
    adjective counts there: it names whose act or mission it is."""
    sentence_end = an.sentences[an.sentence_of(t.start)][1] if an.sentence_of(t.start) >= 0 else len(an.text)
    trigger_text = an.text[t.word_start:t.end]
    marker_trigger = " " not in trigger_text and morph.strip_clitics(trigger_text).startswith(_OBJECT_MARKER_STEMS)
    for a in actors:
        if a is source or a.start < t.end or a.start >= sentence_end:
            continue
        if (a.kind == "nisba" and a.plural_nisba) or is_protesters(an, a):
            continue  # "متظاهرين فلسطينيين", "وأضرم محتجون": who, not against whom
        if preposition_before(an, a.start, a.prefix) == "في":
            continue  # "وقف الحرب في العراق": where, not whom
        if organiser(an, a):
            continue  # "لبى دعوة نقابات مستقلة": who called the protest, not whom it is against
        if morph.strip_clitics(an.word_before(a.start)).startswith(_DEMAND_STEMS) and a.kind != "nisba":
            if _subject_of_a_finite_demand(an, a):
                continue  # "وطالب خطباء المهرجان الحكومة": who demanded; the one addressed follows
            return a  # "مطالبين الحكومة التركية": the one addressed, right after the verb
        # the trigger may be the marker itself ("احتجاجا على قرار الحكومة"), so its word counts too;
        # the subject of a relative clause on the object is looked at from its noun ("احتجاجا على
        # عمليات الخطف التي تنفذها القوات المسلحة الثورية": who does the kidnapping)
        window = _MARKER_WINDOW + 2 if _subject_of_a_relative_clause(an, a) else _MARKER_WINDOW
        before = an.words_before(a.start, window, t.word_start if marker_trigger else t.end)
        if morph.strip_clitics(an.text[a.start:a.end].split(" ")[0]).startswith(_MISSION_STEMS):
            return a  # "أمام السفارة الفرنسية" named as one organisation: the mission's state
        lead = an.words_before(an.word_start_at(a.start), 2, t.end)
        if union_as_venue(an, a):
            continue  # "أمام نقابة الصحافيين", "مقر نقابتهم": where they gathered, not whom they address
        if lead and (lead[-1] == "امام" or lead in (["امام", "مقر"], ["امام", "مبني"])):
            return a  # "أمام مقر الأمم المتحدة", "أمام البرلمان": whom the protesters stand before
        if a.kind == "nisba" and len(lead) == 2 and lead[0] == "امام":
            return dataclasses.replace(a, sector="GOV")  # "أمام السجون الإسرائيلية": the state that runs them
        if done_to(an, a, t):
            continue  # "احتجاجا على اعتقال زعيم الحزب": the one arrested is not whom they protest against
        if any(morph.strip_clitics(w).startswith(_OBJECT_MARKER_STEMS) or w.startswith(_OBJECT_MARKER_STEMS)
               for w in before):
            # "السفارة اليونانية", "القصف الإيراني": the adjective names the state behind the object
            return dataclasses.replace(a, sector="GOV") if a.kind == "nisba" else a
    return None


_CALL_NOUNS = frozenset(("دعوه", "بدعوه", "لدعوه"))
_ORGANISED_IT = frozenset(("نظمها", "نظمته", "نظمتها", "نظمه", "بدعوه"))
# answering a call: "لبى آلاف العمال دعوة النقابات"
ANSWERED_CALL = frozenset(("لبي", "لبت", "لبوا", "تلبيه", "استجابه", "استجاب", "استجابت", "استجابوا"))
_BODY_HEADS = frozenset("موتمر اتحاد تحالف ايتلاف نقابه جبهه تجمع حركه هييه لجنه".split())
_ELATIVES = frozenset(("اكبر", "ابرز", "اهم", "كبري"))  # "دعت إليه أكبر نقابتين"
_CALLED_IT = re.compile(r"^و?(?:دعا|دعت|دعتا|دعوا)$")


def organiser(an: Analysis, a: ActorMention) -> bool:
    """The actor is named as who called or organised the protest: "دعت إليه X", "بدعوة من X", "لبى
    دعوة X", "نظمها X" (not "لدعوة قادة مجموعة الثماني للتحرك": a call made to them)."""
    before = [w for w in an.words_before(an.word_start_at(a.start), 4) if w not in _ELATIVES]
    if before and before[-1] in _BODY_HEADS:  # "دعا إليه مؤتمر العمال": the body's head noun
        before = before[:-1]
    before = before[-2:]
    if not before:
        return False
    if before[-1] in _ORGANISED_IT:
        return True
    if len(before) < 2:
        return False
    if before[-1] == "من":
        return before[0] in _CALL_NOUNS
    if before[-1] in _CALL_NOUNS:
        return before[0].removeprefix("و") in ANSWERED_CALL
    return before[-1] in ("اليه", "اليها") and _CALLED_IT.match(before[0]) is not None


_GROUP_HEADS = _BODY_HEADS | frozenset(("جماعه", "منظمه", "تنظيم", "قوات", "ميليشيات", "مليشيات"))
_VENUE_WORDS = frozenset(("امام", "مقر", "بمقر", "داخل", "قرب"))


def union_as_venue(an: Analysis, a: ActorMention) -> bool:
    """A union's seat is where protesters gather, not whom they address: "تجمعوا أمام نقابة
    الصحافيين", "وقفة أمام دار الحكمة مقر نقابتهم" (their own union, a pronoun on it)."""
    if a.sector != "LAB":
        return False
    return bool(a.suffix) or an.word_before(an.word_start_at(a.start)) in _VENUE_WORDS


# acts done to people that are no event words of their own: referral to trial, dismissal, expulsion
_DONE_TO_WORDS = frozenset(("احاله", "فصل", "طرد", "ابعاد", "ترحيل", "حبس", "سجن", "تسريح"))
_FINITE_DEMANDS = frozenset(("طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون"))


def _subject_of_a_finite_demand(an: Analysis, a: ActorMention) -> bool:
    """People right after a finite demand verb are its subject ("وطالب خطباء المهرجان الحكومة"),
    unlike the object of a participle ("مطالبين الحكومة")."""
    return an.word_before(an.word_start_at(a.start)).removeprefix("و").removeprefix("ف") in _FINITE_DEMANDS \
        and a.kind in ("agent", "title") and a.sector in PROTESTING_PEOPLE_SECTORS


def _subject_of_a_relative_clause(an: Analysis, a: ActorMention) -> bool:
    """"القيود التي فرضتها حكومة الرئيس", "الهجمات التي تشنها جماعة الدرب المضيء": the actor right
    after a relative pronoun and its verb (past the head noun of a group's name)."""
    before = an.words_before(an.word_start_at(a.start), 3)
    if before and before[-1] in _GROUP_HEADS:
        before = before[:-1]
    return len(before) >= 2 and before[-2] in RELATIVE_PRONOUNS


def done_to(an: Analysis, a: ActorMention, t: Match) -> bool:
    """An actor right after an act of force or coercion named after the protest ("اعتقال زعيم
    الحزب", "مقتل الصبي") is who suffered it, not whom the protest addresses; after a relative
    clause's verb it is who did it ("القيود التي فرضتها حكومة الرئيس")."""
    if a.kind == "nisba" or _subject_of_a_relative_clause(an, a):
        return False  # "القصف الإيراني": a nationality after the act names its author
    start = an.word_start_at(a.start)
    before = an.words_before(start, 3)
    if before[-2:] == ["عدد", "من"]:
        before = before[:-2]  # "إحالة عدد من قيادات الجماعة"
    if before and morph.strip_clitics(before[-1]) in _DONE_TO_WORDS:
        return True  # "احتجاجا على إحالة قيادات الجماعة إلى محاكمة عسكرية", "فصل العمال"
    # (or its object through على/ضد: "احتجاجا على الاعتداءات على النقابيين")
    return any(m.start > t.end and senses(m, "ASSAULT", "COERCE") and (
        an.count_words(m.end, start) == 0 or an.words_between(m.end, start) in (["علي"], ["ضد"]))
        for m in an.trigger_matches)


def implied_government(an: Analysis, t: Match, place: PlaceMention | None,
                       protesters: ActorMention | None = None) -> ActorMention | None:
    """A protest with no named target is, by PLOVER's default, against the government where it
    happens, or, with no place, the protesters' own government. Marked ``implied``."""
    return _implied_people_of(t, place, protesters, "government (implied)", "GOV")


def implied_host(t: Match, place: PlaceMention) -> ActorMention | None:
    """Forces that withdraw from a place with no one named leave the state it belongs to: its
    government, marked ``implied``."""
    return _implied_people_of(t, place, None, "country withdrawn from (implied)", None)


def implied_population(t: Match, place: PlaceMention | None, source: ActorMention | None) -> ActorMention | None:
    """A curfew, martial law or a restriction with no one named ("فرضت السلطات حظر التجول في بغداد",
    "قطعت السلطات الإنترنت") coerces the people where it is imposed, or, with no place, the
    authorities' own people: civilians of that country, marked ``implied``."""
    return _implied_people_of(t, place, source, "population (implied)", "CVL")


def _implied_people_of(t: Match, place: PlaceMention | None, actor: ActorMention | None, name_en: str,
                       sector: str | None) -> ActorMention | None:
    """An implied participant of the country where the event happens, or, with no place, of the
    actor's country: the government a protest addresses, the population a curfew coerces, the
    country forces or aid are sent to."""
    country = place.country if place else (actor.country if actor is not None else None)
    if country is None:
        return None
    return ActorMention(start=t.start, end=t.end, kind="implied", name_en=name_en, country=country,
                        sector=sector, country_inferred=True, implied=True)


def implied_recipient(t: Match, place: PlaceMention, source: ActorMention | None) -> ActorMention | None:
    """Forces or aid sent to a place with no one named there ("أرسل الأردن مستشفى ميدانيا إلى خان
    يونس") go to that place's country: an implied target of that country, sector unknown; none
    when the place is the sender's own country."""
    if place.country is None or (source is not None and source.country == place.country):
        return None
    return _implied_people_of(t, place, None, "(implied by the destination)", None)


def implied_victims(t: Match, country: str) -> ActorMention:
    """An attack with no named target hits the country where it happens ("انفجرت سيارة مفخخة في
    بغداد", "استهدفت المنطقة القبلية الباكستانية"): an implied target of that country, sector
    unknown."""
    return ActorMention(start=t.start, end=t.end, kind="implied", name_en="(implied by the place)",
                        country=country, sector=None, country_inferred=True, implied=True)


_ARMED_GROUP_MODES = frozenset({"suicide-attack", "explosives", "targeted"})


def implied_attackers(an: Analysis, t: Match, entry: Trigger) -> ActorMention | None:
    """A bombing or an assassination with no named perpetrator ("انفجرت سيارة مفخخة", "هجوم انتحاري",
    "اغتيل رئيس البلدية") is by an armed group: an implied source of sector UAF, country unknown (a
    state's targeted killing names the state). An air or drone strike ("غارة جوية",
    "ضربات جوية") is by a state's military: sector MIL (not a downed aircraft, "أسقط طائرة", which
    insurgents do as often). Other attacks (shootings, shelling) stay without source: their
    perpetrator could be either."""
    if entry.mode in _ARMED_GROUP_MODES:
        return ActorMention(start=t.start, end=t.end, kind="implied", name_en="armed group (implied)", country=None,
                            sector="UAF", implied=True)
    if entry.mode in _STATE_FORCE_MODES and not an.text[t.word_start:t.end].lstrip("وف").startswith(("اسقط", "سقط")):
        return ActorMention(start=t.start, end=t.end, kind="implied", name_en="armed forces (implied)", country=None,
                            sector="MIL", implied=True)
    return None


_STATE_FORCE_MODES = frozenset({"aerial", "drone"})
