"""Actor recognition: lexicon matches combined into participants with country and sector.

Arabic news names actors by composition more often than by name: "دبلوماسي أمريكي" (agent +
nationality), "رئيس الوزراء العراقي نوري المالكي" (title + nationality + person),
"المسلحين السنة في العراق" (agent + في + country), "مسئول في وزارة الخارجية" (agent + في +
institution). This stage walks the entity matches of each sentence left to right, starts an actor
at a head (agent, title, person, organisation, country…) and absorbs the modifiers that follow it
within a short gap. Titles with no known person after them introduce a person found from context;
names within one edit of a lexicon person (the seed's "قاسم سليمان") are resolved to that person.

Bare institutions ("وزارة الخارجية", "وزير الخزانة") get their country from the document: the
country of the last mention with the same domain ("وزير الخارجية جون كيري" makes the State
Department American), else the document's most-mentioned country.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from functools import lru_cache

from ..lexicon import morphology as morph
from ..lexicon.compiled import Hit, Match
from ..lexicon.entries import Agent, Country, Org, Person
from ..lexicon.morphology import strip_article
from ..text import numbers
from ..text.normalize import normalize_string
from .analysis import PREPOSITIONS, RESPONSIBLE_WORDS, ActorMention, Analysis, PlaceMention
from .places import context_prefers, country_votes, drop_stray_towns, resolve_namesakes

_QUOTES = "\"«»“”'"
_GAP_PUNCT_RE = re.compile(r"[^\s\w\"«»“”']")
# words no phrase spans: prepositions of place and time, and complementisers, which open a clause
# ("المتظاهرين في باريس هاتفين أن بوش": Bush is what they chanted about, not the protesters)
_GAP_BLOCKERS = frozenset("""امام خلف قرب لدي نحو ضد حول عند بعد قبل ان انه انها انهم انهما بان بانه بانها
    نفسه نفسها نفسيهما انفسهم داخل وسط""".split())  # a reflexive ends the subject: "فجر انتحاري نفسه داخل حافلة"
# members of a body ("عنصرين من حماس", "أعضاء في الحزب"): the body after them is theirs, not the noun before
# "اعتقلت قوات الأمن الجزائرية عددا من الناشطين": a number of, some of, open the next phrase too
_SOME_WORDS = frozenset("عددا عدد وعددا بعض وبعض عده".split())
MEMBER_NOUNS = frozenset("""عنصر عنصرا عنصرين عنصران عناصر فردا فردين فردان افراد عضوا عضوين عضوان اعضاء""".split())
_NAME_STOP = frozenset(
    """في من الي علي عن مع ان انه انها انهم انهما بان بانه بانها او و ثم قد لقد لم لن لا ما كان كانت قال قالت
    اكد اشار يوم خلال بعد قبل امام وسط قرب داخل خارج عند لدي حول ضد بين تحت فوق نحو عبر منذ حتي
    الذي التي الذين هو هي هم رييس وزير نايب قايد زعيم امين عام السابق الحالي الجديد الاسبق
    امس اليوم غدا السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه مساء صباح ليل""".split()
)
# "مدير أمن مدينة عدن", "رئيس المجلس البلدي لمدينة بنغازي": a title of a place, not a man named "مدينة عدن"
_PLACE_TYPE_WORDS = frozenset("""مدينه محافظه ولايه منطقه قضاء ناحيه بلده قريه اقليم مقاطعه مديريه مخيم
    مدن قري بلدات مناطق محافظات ولايات""".split())
# nouns a title is often followed by that are no name ("الرئيس نفسه", "المتحدث لشؤون المساجد")
_NOT_NAMES = frozenset("""نفسه نفسها انفسهم تقارير تقرير تحقيق تحقيقات نادي لشوون شوون مصادر
    اهميه ضروره استعداد استعداده التزام التزامه رفض رفضه حرص حرصه ترحيب ترحيبه تمسك تمسكه عزم عزمه
    موقف موقفه ثقته تقديره شكره دعم دعمه""".split())  # (and what "أكد الوزير" says next: "أهمية الحفاظ")
_NAME_STOP = _NAME_STOP | _PLACE_TYPE_WORDS | _NOT_NAMES
# a present verb of the derived forms (يتحمل، تتولى، يستعد) or a participle's plural (متحدثون،
# مراقبون) is no name; يتسحاق (Yitzhak) is
_VERB_OR_PLURAL_RE = re.compile(r"^(?:[يت](?:ت|ست)\w{3,}|م\w{4,}ون)$")
_NAMES_LIKE_VERBS = frozenset(("يتسحاق",))


def unlike_a_name(word: str) -> bool:
    """A word no unknown name begins with or holds: a particle, a title, a time word, a common
    noun a speaker or title is often followed by, a derived present verb or a participle's plural."""
    return word in _NAME_STOP or (_VERB_OR_PLURAL_RE.match(word) is not None and word not in _NAMES_LIKE_VERBS)


def _gap(an: Analysis, start: int, end: int) -> tuple[list[str], bool]:
    """Words in text[start:end] and whether the gap holds punctuation that breaks a phrase."""
    chunk = an.text[start:end]
    return an.words_between(start, end), bool(_GAP_PUNCT_RE.search(chunk))


def _primary(match: Match) -> Hit:
    return match.hits[0]  # hits are ordered by meaning priority when the lexicon is compiled


def resolve_overlaps(matches: list[Match]) -> list[Match]:
    """Longest matches first; a match overlapping an already kept one is dropped."""
    if not matches:
        return []
    kept: list[Match] = []
    occupied = bytearray(max(m.end for m in matches) + 1)
    for m in sorted(matches, key=lambda m: (m.start - m.end, m.start)):
        if 1 in occupied[m.start:m.end]:
            continue
        occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
        kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept


def _mention_from(an: Analysis, m: Match) -> ActorMention | None:
    hit = _primary(m)
    entry = hit.entry
    name_ar = an.orig_text(m.start, m.end)
    prefix = m.prefix
    if an.text.startswith("لل", m.start):  # matched through its "لل…" variant: ل + article
        prefix += "لل"
    base = dict(start=m.start, end=m.end, name_ar=name_ar, prefix=prefix, suffix=m.suffix)
    if hit.kind == "person":
        assert isinstance(entry, Person)
        role = entry.role_on(an.pub_date)
        return ActorMention(kind="person", name_en=entry.name_en, country=role.country if role else None,
                            sector=role.sector if role else None, entity_key=f"person:{entry.id}",
                            entity_kind="PERSON", title_en=entry.title_en or None, **base)
    if hit.kind == "org":
        assert isinstance(entry, Org)
        country, sector = entry.codes_on(an.pub_date)
        return ActorMention(kind="org", name_en=entry.name_en, country=country, sector=sector,
                            entity_key=f"org:{entry.id}", entity_kind="ORG", **base)
    if hit.kind == "country" and _adjective_after_event_noun(an, m):
        hit = dataclasses.replace(hit, kind="nisba")  # "الغارات السعودية": Saudi, not Saudi Arabia
    if hit.kind in ("country", "capital", "nisba"):
        assert isinstance(entry, Country)
        sector = "GOV" if hit.kind == "capital" else None
        if hit.kind == "capital" and is_dateline(an, m.start, m.end):
            return None
        if an.word_before(m.start) in _NAMES_A_THING_BEFORE:
            return None  # "صلاة المغرب" (sunset prayer), "باب المغاربة" (a gate), "حي الأكراد"
        word = an.text[m.start:m.end]
        plural = hit.kind == "nisba" and (word.endswith(("يين", "يون")) or word in _nisba_extra(entry))
        return ActorMention(kind=hit.kind, name_en=entry.name_en, country=entry.iso3, sector=sector,
                            entity_key=f"country:{entry.iso3}", entity_kind="GPE", plural_nisba=plural, **base)
    if hit.kind in ("agent", "title", "honorific", "needs_modifier", "counted"):
        assert isinstance(entry, Agent)
        if hit.kind in ("agent", "title") and _adjective_of_a_thing(an, m):
            return None
        word = an.text[m.word_start:m.word_end]
        if word == "فتي" and an.word_before(m.word_start).lstrip("وف") in ("ما", "لا"):
            return None  # "ما فتئ" ("has not ceased"), which normalises as فتى "a boy"
        if word == "والي" and (an.orig_text(m.word_start, m.word_end).endswith("ى") or
                               "إ" in an.orig_text(m.word_start, m.word_end)):
            return None  # "وإلى إضراب", "والى": the preposition إلى, not a governor (والي)
        if word == "الفتي" and an.word_before(m.word_start).startswith("ال"):
            return None  # "الحرس الفتي": the adjective "young" after a definite noun, not "the boy"
        kind = "agent" if hit.kind == "counted" else hit.kind  # a counted noun, its number found, is an agent
        return ActorMention(kind=kind, name_en=entry.name_en, country=entry.country, sector=entry.sector,
                            domain=entry.domain, head=entry, **base)
    return None


def _named_as_a_city(an: Analysis, head: ActorMention) -> bool:
    """The homograph read as a city by the word before it: a bearing, a district, a street or hotels
    (a country is not "وسط" or "حي" of anything)."""
    before = an.words_before(an.word_start_at(head.start), 1)
    return bool(before) and (before[0] in _CITY_CONTEXT_WORDS
                             or before[0].removeprefix("و").removeprefix("ب") in _CITY_CONTEXT_WORDS)


def _read_country_or_capital(an: Analysis, matches: list[Match], mentions: list[ActorMention | None]
                             ) -> set[tuple[int, int]]:
    """"عمان" is Oman and Amman: read as the capital when written with its shadda (عمّان) or when its
    sentence (else the document) names the capital's country more than the other (الأردن، أردني),
    as the country otherwise. Changes
    the mentions in place (before they are grouped into phrases); returns the spans read as a
    country, whose town reading the caller drops."""
    homographs = []
    for i, (m, head) in enumerate(zip(matches, mentions)):
        capital_hit = m.first("capital") if head is not None and head.kind == "country" else None
        if capital_hit is not None and capital_hit.entry is not m.hits[0].entry:
            homographs.append((i, m, head, capital_hit.entry))
    if not homographs:
        return set()
    votes, document = _votes_apart_from(an, mentions, {(h.start, h.end) for _, _, h, _ in homographs})
    as_country: set[tuple[int, int]] = set()
    for i, m, head, capital_of in homographs:
        here = votes.get(an.sentence_of(head.start), Counter())
        if "\u0651" in an.orig_text(head.start, head.end) or _named_as_a_city(an, head) \
                or context_prefers(here, document, capital_of.iso3, head.country):
            head.kind, head.country, head.sector = "capital", capital_of.iso3, "GOV"
            head.name_en, head.entity_key = capital_of.name_en, f"country:{capital_of.iso3}"
            if is_dateline(an, m.start, m.end):
                mentions[i] = None  # "عمّان (رويترز) -": where the report was filed, as for any capital
        else:
            as_country.add((head.start, head.end))
    return as_country  # mentions start and end where their matches do


def _votes_apart_from(an: Analysis, mentions: list[ActorMention | None], spans: set[tuple[int, int]]
                      ) -> tuple[dict[int, Counter], Counter]:
    """Countries named per sentence and in the document by the mentions other than the ambiguous
    ones being read (``spans``): the context a homograph is read in."""
    return country_votes([(an.sentence_of(a.start), a.country) for a in mentions
                          if a is not None and a.country and (a.start, a.end) not in spans])


def _read_capital_or_namesake(an: Analysis, matches: list[Match], mentions: list[ActorMention | None]) -> None:
    """"طرابلس" is Libya's capital and a Lebanese city: where its sentence (else the document) names
    the namesake's country more than the capital's ("أوقف الجيش اللبناني مشتبها بهم في طرابلس"), it is
    that town, a place and no government. Changes the mentions in place."""
    alternates = an.lexicon.place_alternates
    found = [(i, m, head) for i, (m, head) in enumerate(zip(matches, mentions))
             if head is not None and head.kind == "capital" and an.text[m.start:m.end] in alternates]
    if not found:
        return
    votes, document = _votes_apart_from(an, mentions, {(h.start, h.end) for _, _, h in found})
    for i, m, head in found:
        here = votes.get(an.sentence_of(head.start), Counter())
        if any(context_prefers(here, document, town.country, head.country) for town in alternates[an.text[m.start:m.end]]):
            mentions[i] = None


def _adjective_of_a_place(an: Analysis, m: Match) -> bool:
    """A definite singular nationality one to three words after a kind of place ("مدينة درنة
    الليبية", "في ولاية تيزي وزو الجزائرية") describes that place."""
    word = an.text[m.start:m.end]
    if not (m.prefix == "ال" or word.startswith("ال")) or word.endswith(("يين", "يون", "ين", "ون")):
        return False
    return _of_a_border(an, m) or any(_is_place_word(w) for w in an.words_before(m.word_start, 3))


def _of_a_border(an: Analysis, m: Match) -> bool:
    """"قرب الحدود الأفغانية": the nationality of a border, a place on either side of it (not "حرس
    الحدود العراقي", the border guards)."""
    before = an.words_before(m.word_start, 3)
    if len(before) > 1 and before[-1].startswith("ال") and before[-1].endswith("يه") and strip_article(before[-2]) in _BORDER_WORDS:
        before = before[:-1]  # "الحدود التركية السورية": the second side
    return bool(before) and strip_article(before[-1]) in _BORDER_WORDS \
        and not (len(before) > 1 and strip_article(before[-2]) in _GUARDS)


# callings that stay theirs in a ministry's service (an employee, LAB, of a consulate is its staff, GOV)
_CALLINGS = frozenset(("MED", "EDU", "HLH", "REL"))
_WORKING_PARTICIPLES = frozenset(("العاملين", "العاملون", "العاملات", "عاملين", "عاملون"))
_BORDER_WORDS = frozenset(("حدود", "للحدود", "بالحدود", "والحدود"))  # "المحاذية للحدود الأفغانية"
_GUARDS = frozenset(("حرس", "قوات", "شرطه", "لحرس", "وحرس", "بحرس"))


def _is_place_word(word: str) -> bool:
    """"مدينة", "بمدينة", "المدن", "ولاية": a kind of place, with a proclitic or the article."""
    if word[:1] in "بول" and word[1:] in _PLACE_TYPE_WORDS:
        return True
    return strip_article(word) in _PLACE_TYPE_WORDS


def _adjective_after_event_noun(an: Analysis, m: Match) -> bool:
    """A country name spelt like its feminine nisba right after an event noun agrees with it as an
    adjective, definite ("الغارات السعودية") or not ("بقذيفة سورية"): the noun's source, not a place
    or a target."""
    entry = m.hits[0].entry
    if m.prefix or not isinstance(entry, Country):
        return False
    definite = an.text.startswith("ال", m.start)
    if an.text[m.start + 2 * definite:m.end] not in _feminine_nisbas(entry):
        return False
    before = an.word_spans_before(m.word_start, 1)
    if not before:
        return False
    ps = before[0][0]
    return (an.text.startswith(("ال", "وال", "بال", "لل"), ps) == definite) and _starts_trigger(an, ps)


# agent nouns that are as often adjectives: "الطقم العسكري", "المكتب الإعلامي", "التسجيل المصور"
_ADJECTIVE_AGENT_STEMS = ("عسكري", "مصور", "اعلامي", "امني", "مسيحي", "قبطي", "درزي", "ايزيدي", "يزيدي",
                          "ارهابي")  # "أحبطت مخططا إرهابيا": the plot's adjective


_MAIN_THINGS = frozenset("""طريق شارع مدخل بوابه باب مقر مبني ميدان ساحه معبر سوق مكتب مركز محور طرق شوارع مداخل
    مستشفي مسجد جامع فندق مطار ميناء""".split())


def _adjective_of_a_thing(an: Analysis, m: Match) -> bool:
    """An agent noun that agrees with the noun before it is that noun's adjective, not a participant:
    both definite ("الطقم العسكري", "المكتب الإعلامي") or both indefinite accusative ("تجمعا
    عسكريا"). A preceding event word or actor keeps it a participant ("مقتل العسكري", "القائد
    العسكري" is one title)."""
    w = an.word_id_at(m.start)
    if w <= 0:
        return False
    word = an.text[an.word_starts[w]:an.word_ends[w]]
    ps, pe = an.word_starts[w - 1], an.word_ends[w - 1]
    prev = an.text[ps:pe]
    if strip_article(word) == "رييس" and strip_article(prev.removeprefix("و")) in _MAIN_THINGS:
        return True  # "قطعوا الطريق الرئيس", "أمام المدخل الرئيس": the main road, not the president
    if strip_article(word) == "رييسه" and word.startswith(("ال", "وال")) and prev.startswith(("ال", "وال")) \
            and len(prev) > 3 and not an.entity_in(ps, pe) and not _starts_trigger(an, ps):
        return True  # "خطوط الإمدادات الرئيسة", "الشوارع الرئيسة": the main ones, not a (woman) president
    if not strip_article(word).startswith(_ADJECTIVE_AGENT_STEMS):
        return False
    if _starts_trigger(an, ps) or an.entity_in(ps, pe) or prev in PREPOSITIONS:
        return False
    definite = word.startswith(("ال", "وال"))
    if definite:
        return prev.startswith(("ال", "وال")) and len(prev) > 3
    return word.endswith("يا") and prev.endswith("ا") and not prev.endswith(("يا", "وا")) and prev not in _PEOPLE_COUNTED
    # (not after a noun of people: "مقتل 20 عنصرا إرهابيا" are terrorists)


_PEOPLE_COUNTED = MEMBER_NOUNS | frozenset("شخصا رجلا شابا مقاتلا متشددا مسلحا ناشطا".split())


@lru_cache(maxsize=None)
def _feminine_nisbas(country: Country) -> frozenset[str]:
    return frozenset(normalize_string(base) + "ه" for base in country.nisba)


@lru_cache(maxsize=None)
def _nisba_extra(country: Country) -> frozenset[str]:
    return frozenset(normalize_string(f) for f in country.nisba_extra)


# a nationality after these names the country's capital as a place ("بالعاصمة القطرية")
_CAPITAL_WORDS = frozenset("العاصمه عاصمه للعاصمه لعاصمه بالعاصمه والعاصمه".split())
# a town's name after these is the name of a house of worship, unless the town is a city
_WORSHIP_HOUSES = frozenset("جامع مسجد كنيسه حسينيه دير كاتدراييه معبد كنيس".split())
_CITY_POPULATION = 100_000
# after these the country or nationality word names a prayer time, a gate, a quarter or a street
_NAMES_A_THING_BEFORE = frozenset("صلاه اذان باب حي شارع سوق حاره جامع مسجد".split())


def _without_owned_elsewhere(an: Analysis, places: list[PlaceMention]) -> list[PlaceMention]:
    """"الضاحية الجنوبية للعاصمة الجزائرية": a place of several words whose ل-genitive right after
    it places it in another country is a description of that place ("the southern suburb of
    Algiers"), not the gazetteer's namesake (Beirut's Dahiyeh)."""
    kept: list[PlaceMention] = []
    skip = False
    for i, p in enumerate(places):
        if skip:
            skip = False
            continue
        nxt = places[i + 1] if i + 1 < len(places) else None
        if " " in an.text[p.start:p.end] and nxt is not None and nxt.country != p.country \
                and an.count_words(p.end, nxt.start) <= 1 and an.text[p.end:].lstrip()[:1] == "ل":
            # the description and its genitive are one place phrase, where the genitive is
            kept.append(dataclasses.replace(nxt, start=p.start, name_ar=an.orig_text(p.start, nxt.end), prefix=p.prefix))
            skip = True
            continue
        kept.append(p)
    return kept


DIRECTION_WORDS = frozenset("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي".split())
# a city's part, landmark or bearing before the name: "وسط عمان", "حي عبدون في عمان", "فنادق عمان"
_CITY_CONTEXT_WORDS = DIRECTION_WORDS | frozenset("حي شارع دوار ضاحيه فندق فنادق بلديه امانه مدينه ضواحي احياء".split())


def _placed_in_another_country(an: Analysis, p: PlaceMention, actors: list[ActorMention]) -> bool:
    """The words right after the place are a direction and a country other than the place's own."""
    after = an.word_spans_after(p.end, 2)
    if not after or an.text[after[0][0]:after[0][1]].removeprefix("و") not in DIRECTION_WORDS:
        return False
    nxt = after[1][0] if len(after) > 1 else -1
    return any(a.kind == "country" and a.country and a.country != p.country and an.word_start_at(a.start) == nxt
               for a in actors)


_PROVINCE_WORDS = frozenset("باقليم بولايه بمحافظه بمقاطعه باقاليم".split())


def _in_a_province_of_another_country(an: Analysis, p: PlaceMention, actors: list[ActorMention],
                                      place_adjectives: list[tuple[int, str]]) -> bool:
    """"في مدينة بوسو بإقليم سولاويسي الوسطى الإندونيسي": a province word after the town, then within a
    few words the nationality or name of a country other than the place's own, whose town it is."""
    after = an.word_spans_after(p.end, 6)
    if not after or an.text[after[0][0]:after[0][1]] not in _PROVINCE_WORDS:
        return False
    end = next((en for (st, en), (nst, _) in zip(after, after[1:] + [(len(an.text), 0)])
                if any(c in an.text[en:nst] for c in "،,.؛:()")), after[-1][1])
    return any(a.kind in ("country", "nisba") and a.country and a.country != p.country
               and after[0][1] <= a.start < end for a in actors) or any(
        country != p.country and after[0][1] <= pos < end for pos, country in place_adjectives)


_IN_TOWN_WORDS = frozenset("بمدينه في بمحافظه بولايه ببلده بقريه".split())


def _inside_a_town_elsewhere(an: Analysis, p: PlaceMention, places: list[PlaceMention]) -> bool:
    """"في حي العزيزية بمدينة حلب": a place the text puts inside a town of another country (right
    after it: بمدينة/في + the town) is not the gazetteer's namesake there (Aziziya, Libya)."""
    after = an.word_spans_after(p.end, 2)
    if not after or an.text[after[0][0]:after[0][1]] not in _IN_TOWN_WORDS:
        return False
    lo, hi = after[0][0], (after[1][1] if len(after) > 1 else after[0][1])
    return any(q is not p and lo <= q.start < hi + 1 and q.country and q.country != p.country
               and an.count_words(p.end, an.word_start_at(q.start)) <= 2 for q in places)


def _town_told_after(an: Analysis, m: Match) -> bool:
    """"مسجد مكة التاريخي في مدينة حيدر آباد": a house of worship named after a city, with the town
    it stands in told a few words after."""
    return any(w in _IN_TOWN_WORDS or w == "مدينه" for w in an.words_after(m.end, 4))


# "لاهور (رويترز) -", "سامراء (العراق) (أ ف ب) -", "رويترز- القاهرة:": where and by whom a
# paragraph was filed, at its start
_DATELINE_RE = re.compile(r"[^\S\n]*(?:(?:[^\s()\-–—:،.]+[^\S\n]+){0,2}[^\s()\-–—:،.]+[^\S\n]*"
                          r"(?:\([^()\n]{1,30}\)[^\S\n]*){1,3}[-–—:]|[^\n()\-–—:،.]{1,25}[-–—][^\n()\-–—:،.]{1,30}:)")


def _farms(an: Analysis, head: ActorMention) -> bool:
    """"مزارع بريطانية": the plural of مزرعة takes a feminine adjective, a farmer (مزارع فلسطيني) a
    masculine one."""
    word = strip_article(an.text[head.start:head.end].split()[0])
    return word == "مزارع" and all(kind == "nisba" and an.text[ps:pe].endswith("ه") for ps, pe, kind, _c, _k in head.parts)


def _named_in_a_dateline(an: Analysis, a: ActorMention) -> bool:
    """A news agency, country or capital in a paragraph's dateline filed the story or says where it
    was filed; it takes no part in the events told after it."""
    if not (a.kind in ("country", "capital", "nisba") or (a.kind == "org" and a.sector == "MED")):
        return False
    line_start = an.text.rfind("\n", 0, a.start) + 1
    m = _DATELINE_RE.match(an.text, line_start)
    return m is not None and a.end <= m.end()


def is_dateline(an: Analysis, start: int, end: int) -> bool:
    """"بغداد – أعلن …": a city at the start of a paragraph (the text from ``start`` to ``end``)
    followed by a dash or colon."""
    line_start = an.text.rfind("\n", max(0, start - 40), start) + 1
    if line_start == 0 and start > 40:
        return False
    if an.text[line_start:start].strip(" (") not in ("", "ال"):
        return False
    after = an.text[end:end + 30].lstrip(" ")
    return after[:1] in ("-", "–", "—", ":", "(", "/")


def _capital_place(an: Analysis, iso3: str | None):
    """The gazetteer row of a country's capital (first capital name that the gazetteer knows)."""
    country = an.lexicon.countries.get(iso3 or "")
    if country is None:
        return None
    for name in country.capitals_ar:
        key = normalize_string(name)
        place = an.lexicon.place_by_key.get(key) or an.lexicon.place_by_key.get("ال" + key)
        if place is not None and place.country == country.iso3:
            return place
    return None


_ARTICLE_PREFIXES = ("ال", "وال", "بال", "لل", "فال", "كال")


def _ends_definite(an: Analysis, head: ActorMention) -> bool:
    """The phrase so far ends in a word with the article ("المبعوث", "وزير الخارجية")."""
    words = an.text[head.start:head.end].split()
    last = words[-1] if words else ""
    return last.startswith(_ARTICLE_PREFIXES) or (len(words) == 1 and "ال" in head.prefix)


def _definite(an: Analysis, head: ActorMention) -> bool:
    """A noun phrase is definite with the article on it or on its last word ("الجيش", "قوات الأمن")
    or a possessive pronoun ("نظيره"; not the accusative alif of "جنودا" nor the dual of "موظفتين");
    an adjective agrees with it, so an indefinite nationality after it starts a new phrase ("قتل
    الجيش الإسرائيلي فلسطينيا")."""
    words = an.text[head.start:head.end].split()
    last = words[-1] if words else ""
    return ("ال" in head.prefix or head.suffix in morph.PRONOUNS or an.text.startswith("ال", head.start)
            or (len(words) > 1 and last.startswith(_ARTICLE_PREFIXES)))


def _starts_trigger(an: Analysis, pos: int) -> bool:
    """An event word is not part of a name ("الرئيس الفلسطيني هجوما قاسيا")."""
    return an.event_word_in(pos, pos + 1)


def _entity_between(an: Analysis, start: int, end: int) -> bool:
    """Another actor word between a head and a nationality takes the nationality itself. (A
    definite head takes no genitive either: "المبعوث الأممي الفصائل الليبية" is two phrases.)"""
    return an.entity_in(start + 1, end)


def _trigger_between(an: Analysis, start: int, end: int) -> bool:
    """An event word between two mentions separates them ("الجيش الإسرائيلي قتل فلسطينيا")."""
    return an.event_word_in(start, end)


def _context_person(an: Analysis, title: ActorMention, limit: int) -> ActorMention | None:
    """A name right after a title that the lexicon does not know ("الجنرال "قاسم سليمان"")."""
    pos = title.end
    text = an.text
    while pos < limit and text[pos] in " " + _QUOTES:
        pos += 1
    quoted = pos > title.end and any(c in _QUOTES for c in text[title.end:pos])
    i, j = an.word_range(pos, limit)
    names: list[tuple[int, int]] = []
    for k in range(i, min(j, i + 3)):
        ws, we = an.word_starts[k], an.word_ends[k]
        if ws != pos and not (names and text[names[-1][1]:ws].strip() == ""):
            break
        word = text[ws:we]
        if (unlike_a_name(word) or (word[:1] in "لبو" and word[1:] in _PLACE_TYPE_WORDS) or word.isdigit() or len(word) < 2
                or _starts_trigger(an, ws)
                or word.startswith(("لل", "بال", "وال", "وب", "ول", "وف", "فال"))
                or (not names and word.startswith("ال"))
                or (len(names) == 2 and _complement_not_name(word) and text[names[-1][0]:names[-1][1]] not in _NAME_LINKS)):
            break
        names.append((ws, we))
        pos = we
        if quoted and pos < len(text) and text[pos] in _QUOTES:
            break
    if not names or (len(names) == 1 and not quoted):
        return None
    start, end = names[0][0], names[-1][1]
    person = an.lexicon.fuzzy_person(text[start:end])
    if person:
        role = person.role_on(an.pub_date)
        return ActorMention(start=start, end=end, kind="person", name_en=person.name_en,
                            country=role.country if role else title.country,
                            sector=role.sector if role else title.sector, entity_key=f"person:{person.id}",
                            entity_kind="PERSON", name_ar=an.orig_text(start, end), title_en=person.title_en or None)
    name_ar = an.orig_text(start, end)
    return ActorMention(start=start, end=end, kind="context_person", name_en=name_ar, country=title.country,
                        sector=title.sector, entity_key=f"person:~{text[start:end]}", entity_kind="PERSON",
                        name_ar=name_ar, title_en=title.name_en or None, in_lexicon=False)


def _complement_not_name(word: str) -> bool:
    """A third word after a two-word name that is a ب or ل complement ("طالب الدكتور خالد السدلان
    بوجوب", "لسؤاله", "بتشكيل", "بمناسبة"), not a name's last part ("شي جين بينغ", "آندي بيرك")."""
    rest = word[1:]
    return word[:1] in ("ب", "ل") and len(rest) >= 3 and (rest[:1] in ("ت", "م") or rest in _COMPLEMENT_NOUNS
                                                             or rest.startswith(_COMPLEMENT_NOUNS))


_COMPLEMENT_NOUNS = ("سبب", "ذكري", "وجود", "وجوب", "حضور", "سوال", "شان", "عد", "ضرور")


# words after which a name goes on ("محمد أبو بكر", "خالد بن بندر")
_NAME_LINKS = frozenset(("ابو", "بن", "ابن", "بنت", "عبد", "ال"))


_DEPUTY_WORDS = frozenset(("نايب", "نايبه", "مساعد", "مساعده", "وكيل"))


_BELIEVED_WORDS = frozenset(("يعتقد", "يرجح", "يشتبه", "يبدو", "يعتقدون"))


_BELONG_RE = re.compile(r"^(?:ينتم\w*|تنتمي|المنتمين|المنتمون|منتمين|منتمون)$")


def _belongs_to(words: list[str], to_prefix: str = "") -> bool:
    """"ينتمون إلى", "يعتقد أنهم من", "يشتبه بأنهم من", "يقولون إنهم من", "يشتبه في انتمائهم
    لـ": the men are said to be of the organisation after these words (and a word for a group,
    "تنظيم", before its name); ``to_prefix`` is the proclitic on that organisation's name."""
    words = _without_group_word(words)
    if len(words) == 2 and _BELONG_RE.match(words[0]) and words[1] == "الي":
        return True
    suspected = _SUSPECTED_MEMBERSHIP_RE.match(" ".join(words))
    if suspected is not None:
        return bool(suspected.group(1)) or to_prefix.startswith("ل")
    return len(words) == 3 and words[0] in _SAID_OF_WORDS and words[1] in ("انهم", "بانهم") and words[2] == "من"


def _without_group_word(words: list[str]) -> list[str]:
    """The gap words before a name without a last word for a group ("ينتمون إلى تنظيم", "في جماعة")."""
    return words[:-1] if words and words[-1] in ("تنظيم", "جماعه", "حركه") else words


def _cadre_of(words: list[str]) -> bool:
    """The words between a cadre and its organisation: في or من, after up to two words (a count, an
    adjective) and before a word for a group ("قياديين اثنين في تنظيم")."""
    words = _without_group_word(words)
    return bool(words) and words[-1] in ("في", "من") and len(words) <= 3


# "يشتبه في انتمائهم إلى", "المشتبه بانتمائهم لـ": membership suspected
_SUSPECTED_MEMBERSHIP_RE = re.compile(r"^(?:يشتبه|المشتبه|مشتبه|يعتقد)(?: في| ب)? ب?انتماي(?:هم|ه|هما|ها|هن)( الي)?$")


_SAID_OF_WORDS = _BELIEVED_WORDS | frozenset(("يقولون", "قالوا", "يقال"))


def _absorb(an: Analysis, head: ActorMention, nxt: Match, nxt_mention: ActorMention, limit: int) -> bool:
    """Fold ``nxt`` into ``head`` when it modifies it; True if absorbed."""
    words, punct = _gap(an, head.end, nxt.word_start)  # the clitics of nxt are its own (لحلف, العراقية)
    if nxt_mention.kind in ("country", "capital") and words == ["لدي"] and head.kind == "title" \
            and head.country is not None and not punct:
        # "السفير الأمريكي لدى ليبيا": the post's host country ends the title, which stays American
        # (and may still take the holder's name after it)
        head.end = nxt.end
        head.parts.append((nxt.start, nxt.end, "host", nxt_mention.country, None))
        return True
    if head.kind == "agent" and head.country is None and nxt_mention.kind == "nisba" and not punct \
            and words[:-1] in (["عدد", "من"], ["بعض"]) and strip_article(words[-1]) in _WORKPLACES:
        # "أساتذة عدد من الجامعات المصرية": people of some of a country's workplaces are of that country
        head.country = nxt_mention.country
        head.end = nxt.end
        head.parts.append((nxt.start, nxt.end, "nisba", nxt_mention.country, None))
        return True
    if head.kind == "agent" and head.country is None and nxt_mention.kind == "nisba" and len(words) == 2 \
            and words[0] in _BELIEVED_WORDS and words[1] in ("انها", "انه", "انهم"):
        # "قصفت مروحية، يرجح أنها روسية": the nationality the text attributes to it
        head.country = nxt_mention.country
        head.end = nxt.end
        head.parts.append((nxt.start, nxt.end, "nisba", nxt_mention.country, None))
        return True
    if head.kind == "agent" and nxt_mention.kind == "agent" and not words and not punct and head.sector != "LAB" \
            and an.text[nxt.word_start:nxt.end] in _WORKING_PARTICIPLES:
        head.end = nxt.end  # "الأطباء العاملين في مستشفيات الوزارة": working there, an adjective
        return True
    if head.kind == "agent" and (nxt_mention.kind == "org" or nxt_mention.sector in ("UAF", "REB")) and not punct \
            and _belongs_to(words, nxt.prefix):
        # "مسلحون ينتمون إلى تنظيم القاعدة", "مسلحون يعتقد أنهم من تنظيم القاعدة": the group's men
        head.country = nxt_mention.country or head.country
        head.sector = nxt_mention.sector or head.sector
        head.parts.append((nxt.start, nxt.end, "org", nxt_mention.country, nxt_mention.entity_key))
        head.end = nxt.end
        return True
    if head.kind in ("title", "agent") and head.sector is None and nxt_mention.kind == "org" and not punct \
            and _cadre_of(words):
        # "مقتل قياديين اثنين في تنظيم حراس الدين", "القيادي البارز في حماس": a cadre with no sector
        # of its own is the organisation's
        head.country, head.sector = nxt_mention.country or head.country, nxt_mention.sector
        head.parts.append((nxt.start, nxt.end, "org", nxt_mention.country, nxt_mention.entity_key))
        head.end = nxt.end
        return True
    if head.kind == "agent" and head.sector in ("UAF", "REB") and nxt_mention.kind == "agent" \
            and nxt_mention.sector == "CVL" and not punct and words and words[0] == "من" \
            and all(w in ("احدي", "احد") for w in words[1:]) and len(words) <= 2:
        # "مسلحون من إحدى قبائل محافظة مأرب": armed men from a tribe are still armed men, and the
        # tribe is no second participant
        head.country = head.country or nxt_mention.country
        head.end = nxt.end
        return True
    if head.kind == "agent" and head.sector in FORCE_SECTORS and nxt_mention.kind == "needs_modifier" \
            and words in ([], ["من"]) and not punct and nxt_mention.sector in FORCE_SECTORS and not nxt.prefix.startswith("و"):
        # "جنود قوة الاتحاد الأفريقي", "جنود من قوة …": the force's soldiers; its owner may follow
        head.parts.append((nxt.start, nxt.end, "force", None, None))
        head.end = nxt.end
        return True
    if head.parts and head.parts[-1][2] == "force" and head.parts[-1][1] == head.end and not words and not punct \
            and nxt_mention.kind == "org":
        # "جنود قوة الاتحاد الأفريقي" serve the Union; "جنود إسبان من قوة الأمم المتحدة" keep their nationality
        if not any(p[2] == "nisba" for p in head.parts):
            head.country = nxt_mention.country or head.country
        head.parts.append((nxt.start, nxt.end, "org", nxt_mention.country, nxt_mention.entity_key))
        head.end = nxt.end
        return True
    if punct or len(words) > 3 or any(w in _GAP_BLOCKERS for w in words) or (
            words and _trigger_between(an, head.end, nxt.start)):
        return False
    if any(numbers.is_count(w) or w.removeprefix("و") in MEMBER_NOUNS or w in _SOME_WORDS for w in words):
        # "اختطف مسلحون خمسة بريطانيين", "قتل الجنود عنصرين من حماس": a count or a member noun opens
        # the next phrase (here the object), or a second one ("بين الجيش وعناصر من جيش المهدي"); the
        # nationality or body after it is not the head's
        return False
    kind = nxt_mention.kind
    if kind == "country" and not words and an.text[nxt.word_start:nxt.end].endswith("يه") \
            and (nxt.prefix == "ال" or an.text.startswith("ال", nxt.start)):
        kind = "nisba"  # "قوات الأمن السعودية": the country's name that is also its adjective
    if head.kind in ("agent", "title", "honorific", "needs_modifier", "org"):
        if kind == "nisba" and len(words) <= 2 and not any(w in PREPOSITIONS or w in _GAP_BLOCKERS for w in words) \
                and not (an.count_words(head.end, nxt.word_start)
                         and (_entity_between(an, head.end, nxt.start)
                              or (_ends_definite(an, head) and not _relational_adjectives(words)))) \
                and not (_definite(an, head) and not ("ال" in nxt.prefix or an.text.startswith("ال", nxt.start))):
            # "دبلوماسي أمريكي رفيع المستوى"; but not "محتجون أمام السفارة الفرنسية" (the nisba
            # modifies the preposition's object)
            if head.kind == "org" and head.country:
                if words:  # "أعدم تنظيم داعش الطيار الأردني": the words between are the object it describes
                    return False
                if head.partner is None and nxt.prefix.startswith("و") and nxt_mention.country != head.country:
                    head.partner = _partner(head, nxt_mention)  # "الشرطة الأردنية والعراقية"
                elif nxt_mention.country and nxt_mention.country != head.country and head.country not in _NOT_A_HOME \
                        and not nxt.prefix.startswith("و") and _org_name_has_no_country(an, head):
                    # "الشرطة الاتحادية المكسيكية": a body named like one the lexicon knows elsewhere
                    head.country = nxt_mention.country
                    head.entity_key = None
                head.end = nxt.end
                return True
            if any(p[2] == "nisba" for p in head.parts):
                return False  # "مسؤولون أمريكيون وإيرانيون": the second nationality is its own actor
            head.country = nxt_mention.country
            head.end = nxt.end
            head.parts.append((nxt.start, nxt.end, "nisba", nxt_mention.country, None))
            return True
        if kind in ("country", "capital") and not words and head.kind in ("agent", "title") and head.country is None \
                and not _ends_definite(an, head):  # "برلمان طرابلس", "حكومة دمشق": the body of that place
            head.country = nxt_mention.country
            head.end = nxt.end
            head.parts.append((nxt.start, nxt.end, "country", nxt_mention.country, None))
            return True
        if kind in ("country", "capital") and words and words[-1] in ("في", "من") and head.kind != "org" \
                and head.country is None:  # "مسئولين إيرانيين في بغداد" stay Iranian
            head.country = nxt_mention.country
            head.end = nxt.end
            head.parts.append((nxt.start, nxt.end, "country", nxt_mention.country, None))
            return True
        if head.kind == "org":
            return False
        # (past one more indefinite adjective when "armed" follows: "مستوطنون يهود مسلحون")
        if kind == "agent" and head.kind == "agent" and _agreeing_adjective(an, head, nxt) and (not words or (
                len(words) == 1 and not words[0].startswith(("ال", "و")) and an.text[nxt.word_start:nxt.end]
                in _ARMED_ADJECTIVES)):
            # "مسلحون مجهولون", "مسلحين ملثمين": an agent noun in the same indefinite plural right after
            # another describes it; it is not a second participant
            head.sector = nxt_mention.sector if head.sector in (None, "CVL") else head.sector
            head.end = nxt.end
            return True
        if kind in ("agent", "org") and head.kind == "agent" and not words and head.sector == "MIL" \
                and nxt_mention.sector in ARMED_SECTORS and not _definite(an, head) \
                and (nxt.prefix == "ال" or (not nxt.prefix and an.text.startswith("ال", nxt.start))):
            # "طائرات الجيش السوري", "مدفعية الاحتلال": the weapons or troops of a force, in construct
            head.country = nxt_mention.country or head.country
            head.sector = nxt_mention.sector
            head.parts.append((nxt.start, nxt.end, kind, nxt_mention.country, nxt_mention.entity_key))
            head.end = nxt.end
            return True
        if (kind == "org" or (kind == "agent" and nxt_mention.sector in STATE_SECTORS)) and head.kind == "title" \
                and (nxt.prefix or nxt_mention.prefix) in ("ل", "لل") \
                and words in ([], ["بالوكاله"], ["بالانابه"]):  # "القائد بالوكالة للشرطة الاتحادية": acting
            # "الأمين العام لحلف شمال الأطلسي", "المتحدث الرسمي للجيش": an office of that body; the
            # office of an armed group, party or opposition is of its kind ("رئيس الجناح العسكري لحركة حماس")
            head.country = nxt_mention.country or head.country
            head.sector = nxt_mention.sector if nxt_mention.sector in _NON_STATE_BODIES else (head.sector or nxt_mention.sector)
            head.parts.append((nxt.start, nxt.end, kind, nxt_mention.country, nxt_mention.entity_key))
            head.end = nxt.end
            return True
        if kind in ("title", "honorific") and not words and head.kind in ("title", "honorific") \
                and not any(p in nxt.prefix for p in ("ل", "ب")) and not (
                    kind == "title" and head.parts and head.parts[-1][2] == "org" and not nxt.prefix.startswith("و")
                    and not an.text.startswith(_STYLES, nxt.word_start)):
            # (an office of a named body closes at the body: "استقبل الأمين العام لجامعة الدول العربية
            # وزير الخارجية" names two men; a rank or style may follow, "المتحدث باسم حركة فتح العميد …",
            # "المتحدث باسم وزارة الخارجية السفير …")
            # "وزير الخارجية السعودي الأمير فيصل …", "المتحدث باسم قوات حفتر اللواء أحمد المسماري";
            # a deputy is of the office he deputises ("نائب قائد الشرطة": police, not parliament)
            deputy = head.end == nxt.word_start - 1 and strip_article(an.text[head.start:head.end]) in _DEPUTY_WORDS
            head.sector = nxt_mention.sector if deputy else head.sector or nxt_mention.sector
            head.parts.append((nxt.start, nxt.end, "title", nxt_mention.country, None))
            head.kind = "title" if head.kind == "agent" else head.kind
            head.end = nxt.end
            return True
        # After a title (and its nationality, institution or second title) a person is the office
        # holder; after an agent noun ("قوات حفتر") the person is its owner.
        names_person = head.kind in ("title", "honorific") and (
            not head.parts or head.parts[-1][2] in ("title", "nisba", "org", "country"))
        if kind == "person" and _no_construct(an, head):
            return False  # "اختطف مسلحون علي زيدان": the man is their object, not their leader or name
        if kind == "person" and len(words) <= 1 and not names_person:
            # "إدارة أوباما", "مساعدو أوباما", "قوات حفتر": the person's side, not the person
            head.country = nxt_mention.country or head.country
            head.sector = head.sector or nxt_mention.sector
            head.parts.append((nxt.start, nxt.end, "person", nxt_mention.country, nxt_mention.entity_key))
            head.end = nxt.end
            return True
        if kind == "person" and words and head.sector in _TRADE_SECTORS and nxt_mention.sector != head.sector \
                and _another_bearer(words, nxt):
            # "الصحفي الصومالي علي إيمان شرماركي": a first name the entry does not hold before a
            # surname it does is another bearer of the name; the title says who he is
            head.kind = "context_person" if head.kind in ("title", "agent") else head.kind
            head.end = nxt.end
            return True
        if kind == "person" and len(words) <= 3 and not (head.kind == "agent" and any(w in PREPOSITIONS for w in words)):
            # (not a place named after a person the agent acts on: "أغارت الطائرات الإسرائيلية على
            # مطار رفيق الحريري")
            head.kind, head.name_en = "person", nxt_mention.name_en
            head.entity_key, head.entity_kind = nxt_mention.entity_key, "PERSON"
            head.title_en = head.title_en or nxt_mention.title_en
            head.country = nxt_mention.country or head.country
            head.sector = nxt_mention.sector or head.sector
            head.parts.append((nxt.start, nxt.end, "person", nxt_mention.country, nxt_mention.entity_key))
            head.end = nxt.end
            return True
        # an adjective closes a construct ("السلطات التركية حزب العمال" is two phrases), and so does
        # the article: a construct's head has none ("المبعوث الأممي الفصائل")
        # (nor does a noun after و: "وزير خارجية مصر ونظيره السوداني" are two)
        idafa = not words and head.kind in ("title", "agent", "needs_modifier") and not nxt.prefix.startswith("و") \
            and not any(p[2] == "nisba" for p in head.parts) and not _ends_definite(an, head) \
            and not (_no_construct(an, head) and ("ال" in nxt.prefix or an.text.startswith("ال", nxt.start))) and (
            kind == "org" or head.kind == "title" or an.text[head.start:head.end].endswith("باسم")
            or (head.sector == "LAB" and nxt_mention.sector == "BUS"))  # "عمال شركة نفط الجنوب"
        at_a_workplace = len(words) == 2 and words[0] == "في" and strip_article(words[1]) in _WORKPLACES \
            and kind == "org"  # "العاملين في مستشفيات وزارة الصحة"
        if words and words[-1] == "في" and any(p[2] == "nisba" for p in head.parts) and head.country \
                and nxt_mention.country and nxt_mention.country != head.country:
            return False  # "السفير الألماني في قصر قرطاج": a foreigner at a body of another state, not its member
        if head.kind != "honorific" and kind in ("org", "agent") and (
                idafa or at_a_workplace or (words and words[-1] in ("في", "من", "ب", "داخل", "عن", "باسم", "لدي", "انصار", "قوه", "قوات")
                          and (words[-1] != "عن" or (_speaks_for(an, head) and not _complement_between(words))) and not (len(words) > 1 and _no_construct(an, head) and not _partitive(words)
                                   and not all(w.endswith(an.text[head.end - 2:head.end]) for w in words[:-1])))):
            # "مسؤولون محليون في مجلس": agreeing adjectives between; not "اختطف مسلحون عاملتين في
            # منظمة", where a noun between opens the object's phrase
            # member of an institution: "مسئول في وزارة الخارجية", "ضابط في الشرطة"
            head.country = nxt_mention.country or head.country
            # a generic office of a named body takes the body's sector ("رئيس وفد الحوثيين" is REB)
            # civilians of a named body ("متظاهرون من أنصار حزب الله") take its affiliation
            # and a rank in a force serves in it ("ضابط في الشرطة" is police)
            # ("عمال شركة نفط الجنوب" are labour, not the company)
            # (a calling keeps its sector in a ministry's service: "أطباء في مستشفيات وزارة الصحة",
            # and members of parliament theirs in a party: "نواب حزب الشعب الجمهوري" are legislators)
            head.sector = (nxt_mention.sector or head.sector) if (
                kind == "org" and not (head.sector == "LAB" and nxt_mention.sector == "BUS")
                and not (head.sector in _CALLINGS and nxt_mention.sector == "GOV")
                and not (head.sector == "LEG" and nxt_mention.sector in ("PTY", "OPP"))) or head.sector == "CVL" or (
                head.sector in FORCE_SECTORS and nxt_mention.sector in FORCE_SECTORS) else (head.sector or nxt_mention.sector)
            if head.sector == "UAF" and kind == "org" and nxt_mention.sector == "UAF" and _crowd_of_followers(an, head) \
                    and nxt_mention.country not in ("IMG", "IGO"):
                # "متظاهرون من أنصار حزب الله", "مناصرو حزب الله": the crowd of a movement that also
                # has a militia is its political base, not its fighters
                head.sector = "PTY"
            if nxt_mention.domain and not nxt_mention.country:
                head.domain = nxt_mention.domain
            head.parts.append((nxt.start, nxt.end, kind, nxt_mention.country, nxt_mention.entity_key))
            head.end = nxt.end
            return True
    return False


_NON_STATE_BODIES = frozenset({"REB", "UAF", "PTY", "OPP"})

# supporters of a movement: "مناصري", "أنصار", "مؤيدو"
_SUPPORTER_STEMS = ("مناصر", "انصار", "مويدي", "مويدو")


# callings a statesman's namesake may follow: a journalist is not the prime minister of his surname
_TRADE_SECTORS = frozenset(("MED", "EDU", "HLH", "BUS", "LAB", "REL"))


def _another_bearer(words: list[str], m: Match) -> bool:
    """Words between a title and a person matched by a short variant ("شرماركي") that are in none
    of the person's names: a first name of someone else with that surname."""
    entry = _primary(m).entry
    if not isinstance(entry, Person):
        return False
    known = {w for name in entry.names_ar for w in normalize_string(name).split()}
    return any(w not in known and not w.startswith("ال") and len(w) > 2 for w in words)


def supporters_before(an: Analysis, a: ActorMention) -> bool:
    """The word before the mention names its supporters ("مئات من مناصري حزب الله")."""
    before = an.words_before(an.word_start_at(a.start), 1)
    return bool(before) and before[0].lstrip("و").startswith(_SUPPORTER_STEMS)


def _crowd_of_followers(an: Analysis, head: ActorMention) -> bool:
    """The phrase so far names protesters or followers ("متظاهرون من أنصار", "مناصرو", "أنصار")."""
    words = [strip_article(w.lstrip("و")) for w in an.text[head.start:head.end].split()]
    return any(w in _FOLLOWER_WORDS or w.startswith(_SUPPORTER_STEMS + ("مويد", "متظاهر", "محتج", "معتصم"))
               for w in words)


_PLURAL_ENDINGS = ("ون", "ين", "ان")

# nouns of representing: "ممثل عن الحكومة", "نائب عن حزب", "مندوبون عن النقابات"
_FOR_WHOM_STEMS = ("ممثل", "نايب", "نواب", "مندوب", "متحدث", "ناطق")


def _complement_between(words: list[str]) -> bool:
    """A word with a preposition's clitic between a representative and عن opens a verb's
    complement ("نواب بحجب الثقة عن الحكومة"): the عن after it is that verb's, not "representing"
    ("النائب في مجلس المحافظة عن الحزب")."""
    return any(w[:1] in ("ب", "ل") and len(w) > 3 for w in words[:-1])


def _speaks_for(an: Analysis, head: ActorMention) -> bool:
    """عن after a representative names whom he represents ("ممثلون عن الحكومة", "النائب في البرلمان
    عن الحزب"); after anyone else it opens the object of the verb ("أفرجت السلطات عن صحافي":
    released a journalist)."""
    return any(strip_article(w).startswith(_FOR_WHOM_STEMS) for w in an.text[head.start:head.end].split())


_FOLLOWER_WORDS = frozenset(("انصار", "اعضاء", "مويدي", "اتباع", "كوادر"))


def _partitive(words: list[str]) -> bool:
    """"متظاهرون من أنصار حزب الله": من and a word for followers open a partitive, which even an
    indefinite plural that keeps its ن takes (it takes no genitive)."""
    return words[0] == "من" and all(w in _FOLLOWER_WORDS for w in words[1:])


def _relational_adjectives(words: list[str]) -> bool:
    """"الحربية", "العسكرية": definite relational adjectives, which agree with the noun before them
    and let its nationality follow ("الزوارق الحربية الإسرائيلية")."""
    return bool(words) and all(w.startswith("ال") and w.endswith(("يه", "يين", "يون", "يات")) for w in words)


def _no_construct(an: Analysis, head: ActorMention) -> bool:
    """An indefinite sound plural that keeps its ن ("محتجون", "مسلحين") is neither in construct nor
    agrees with a definite noun: the noun after it is a new phrase ("هاجم محتجون السفارة الفرنسية"),
    not its genitive ("محتجو السفارة"). A definite one may be followed by its adjective
    ("المسلحين الحوثيين"), an indefinite one by an indefinite adjective ("مسلحين حوثيين"): the
    caller asks only about a definite noun after an indefinite plural."""
    last = an.text[head.start:head.end].split()[-1]
    return head.kind == "agent" and len(last) >= 5 and last.endswith(("ون", "ين")) and not head.parts \
        and not _definite(an, head) and not head.prefix.endswith("لل")  # "للمسلحين": ل + the article


FORCE_SECTORS = frozenset(("MIL", "COP", "SPY"))  # state forces: army, police, intelligence
ARMED_SECTORS = FORCE_SECTORS | {"UAF", "REB"}  # forces and armed groups


def _agreeing_adjective(an: Analysis, head: ActorMention, nxt: Match) -> bool:
    """Both words indefinite and ending alike in a sound plural or dual ("مسلحون مجهولون"), or an
    age after an indefinite person ("سائحة فرنسية شابة": a young tourist, not a second victim)."""
    first = an.text[head.start:head.end].split()[-1]
    second = an.text[nxt.word_start:nxt.end]
    if _definite_armed_adjective(an, head, first, second):
        return True
    if head.prefix or nxt.prefix or first.startswith("ال") or second.startswith("ال"):
        return False
    # a broken plural takes a sound plural adjective too: "شبان مسلحون", "رجال ملثمين"
    return second in _AGE_ADJECTIVES or second in _ARMED_ADJECTIVES \
        or any(first.endswith(e) and second.endswith(e) for e in _PLURAL_ENDINGS)


_ARMED_ADJECTIVES = frozenset("مسلحون مسلحين ملثمون ملثمين مقنعون مقنعين".split())


def _definite_armed_adjective(an: Analysis, head: ActorMention, first: str, second: str) -> bool:
    """"مئات الشبان المسلحين", "المحتجون المسلحون": "armed" with the article after a definite plural
    in the same case, a sound plural ending as it does or a counted one (genitive, so ين), is its
    adjective. ("حاصر السكان المسلحين" may be the residents besieging the gunmen: a bare broken
    plural is left alone.)"""
    if "ال" not in head.prefix and not first.startswith("ال"):
        return False
    bare = second.removeprefix("ال")
    if not second.startswith("ال") or bare not in _ARMED_ADJECTIVES:
        return False
    if first.endswith(("ون", "ين")) and len(first) >= 5:
        return first[-2:] == bare[-2:]
    before = an.words_before(an.word_start_at(head.start), 2)
    # counted, or after a crowd's partitive ("حشد من الشبان المسلحين"): in the genitive
    return bare.endswith("ين") and bool(before) and (numbers.is_count(before[-1]) or (
        len(before) == 2 and before[1] == "من" and before[0].removeprefix("و") in _CROWD_NOUNS))


_CROWD_NOUNS = frozenset("حشد حشود جموع مجموعه مجموعات عشرات الاف ميات العشرات الميات الالاف".split())
_AGE_ADJECTIVES = frozenset("شاب شابه شابا شابان شابين شبان مسن مسنه مسنا مسنين".split())


_FLAG_VERB_RE = re.compile(r"^[وف]?(?:[يت]?(?:حمل|رفع|احرق|حرق|لوح|رفرف)\w{0,3}|حاملين|حاملا|رافعين|رافعا|ملوحين)$")


def _flags(an: Analysis, a: ActorMention) -> bool:
    """"حملوا أعلاما فلسطينية", "رفع المتظاهرون الأعلام": أعلام (flags) is spelt as إعلام (the media)
    once hamzas are normalised. An indefinite accusative, or the object of carrying, raising or
    burning, is flags; the media is a definite mass noun ("وسائل الإعلام", "الإعلام الرسمي")."""
    if a.kind != "agent" or a.sector != "MED":
        return False
    first_end = an.word_spans_after(an.word_start_at(a.start), 1)[0][1]
    bare = morph.strip_clitics(an.text[an.word_start_at(a.start):first_end])
    if bare not in ("اعلام", "اعلاما"):
        return False  # إعلامي, إعلاميا: a media worker
    # "رفعوا أعلام الولايات الكونفيدرالية": flags of X after a verb of raising, too
    return bare == "اعلاما" or any(
        _FLAG_VERB_RE.match(w) for w in an.words_before(an.word_start_at(a.start), 3))


KIN_WORDS = frozenset("ذوي ذوو اهالي اقارب اقرباء عايلات اسر امهات زوجات".split())


def _kin_before(an: Analysis, a: ActorMention) -> bool:
    """The mention is the genitive of a word for relatives: they, not it, are the participants. A
    nominative plural (مسلحون, and in construct مقاتلو) is no genitive: "أسر مسلحون جنديين" and
    "أسر مقاتلو حزب الله جنديين" are captures, not families."""
    first = an.text[a.start:a.end].split(" ")[0]
    if first.endswith("ون") or (first.endswith("و") and len(first) > 4):
        return False
    before = an.words_before(an.word_start_at(a.start), 1)
    return bool(before) and (before[0] in KIN_WORDS or (before[0][:1] == "و" and before[0][1:] in KIN_WORDS))


def _banner(an: Analysis, a: ActorMention) -> bool:
    """"تحت لواء تحالف الشعب": under the banner of, not a brigade."""
    return an.text.startswith("لواء", a.start) and an.words_before(an.word_start_at(a.start), 1) == ["تحت"]


_WITHOUT_PILOT = ("بلا طيار", "بدون طيار", "دون طيار", "من دون طيار")


def _drones_of_a_nation(an: Analysis, actors: list[ActorMention]) -> list[ActorMention]:
    """"طائرة أمريكية بلا طيار": the nationality between the aircraft and "without a pilot" is the
    drone's; the two mentions are one actor."""
    out: list[ActorMention] = []
    for a in actors:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == "nisba" and a.kind == "agent" and a.country is None \
                and an.text[a.start:a.end] in _WITHOUT_PILOT and not an.count_words(prev.end, a.start):
            a.country, a.start, a.prefix = prev.country, prev.start, prev.prefix
            a.parts.append((prev.start, prev.end, "nisba", prev.country, None))
            out[-1] = a
            continue
        out.append(a)
    return out


# weapons that only a state's forces fire: with a nationality they are its military
_NATIONAL_WEAPONS = frozenset("""صاروخ صواريخ قذيفه قذايف مدفعيه دبابه دبابات زوارق بوارج بارجه مقاتلات مروحيات
    مدرعات""".split())


_AIRCRAFT = frozenset(("طايره", "طايرتان", "طايرتين"))  # bare "طائرة", which may also carry passengers


def _weapons_of_a_nation(an: Analysis, actors: list[ActorMention]) -> list[ActorMention]:
    """"صواريخ إسرائيلية استهدفت موقعا", "قذائف مدفعية تركية": a nationality right after a
    state's weapon is that state's military firing it (not "صواريخ إيرانية الصنع", made there)."""
    for a in actors:
        if a.kind != "nisba" or a.plural_nisba or a.prefix:
            continue
        spans = an.word_spans_before(an.word_start_at(a.start), 1)
        if not spans:
            continue
        noun = an.text[spans[0][0]:spans[0][1]]
        bare = noun[1:] if noun[:1] == "و" and noun[1:] in _NATIONAL_WEAPONS else noun  # "بقذائف سورية": the instrument, read elsewhere
        if (bare not in _NATIONAL_WEAPONS and bare not in _AIRCRAFT) or an.entity_in(spans[0][0], spans[0][1]):
            continue
        after = an.words_after(a.end, 1)[:1]
        if after in (["الصنع"], ["الصنع،"]) or (bare in _AIRCRAFT and after in (["ركاب"], ["مدنيه"], ["تجاريه"], ["شحن"])):
            continue  # made there; "طائرة ركاب إيرانية" is no force (its nationality follows ركاب, not طائرة)
        a.parts.append((a.start, a.end, "nisba", a.country, None))
        a.kind, a.sector = "agent", "MIL"
        a.start, a.prefix = spans[0][0] + (len(noun) - len(bare)), noun[:len(noun) - len(bare)]
    return actors


def _share_nationality(an: Analysis, actors: list[ActorMention]) -> None:
    """"طائرات وسفن حربية أمريكية": two agents of one sector joined by و share the nationality that
    follows the second."""
    for a, b in zip(actors, actors[1:]):
        if a.kind == "agent" == b.kind and a.country is None and b.country and a.sector == b.sector \
                and b.prefix.startswith("و") and not an.count_words(a.end, an.word_start_at(b.start)) \
                and any(p[2] == "nisba" for p in b.parts):
            a.country = b.country


_STREET_HEADS = frozenset("شارع الشارع ساحه حي ميدان جسر معبر طريق دوار".split())


_RECORDINGS = frozenset("شريط شريطا فيديو تسجيل تسجيلا مقطع مقطعا فيلم فيلما بيان بيانا".split())


def _filmed(an: Analysis, a: ActorMention) -> bool:
    """"بث التنظيم شريطا مصورا": مصور after a recording is its adjective ('filmed'), no cameraman."""
    if a.kind != "agent" or a.parts:
        return False
    word = strip_article(an.text[an.word_start_at(a.start):a.end])
    before = an.words_before(an.word_start_at(a.start), 1)
    return word in ("مصور", "مصورا", "مصوره") and bool(before) and strip_article(before[0].lstrip("وب")) in _RECORDINGS


_IDEA_NOUNS = frozenset("الفكر فكر الافكار افكار الخطاب خطاب النهج نهج الفكره فكره العقيده عقيده المنهج منهج".split())


def _of_an_idea(an: Analysis, a: ActorMention) -> bool:
    """"تبنوا الفكر المتطرف": an agent adjective after a word for ideas qualifies the idea; no one."""
    if a.kind != "agent" or a.parts:
        return False
    before = an.words_before(an.word_start_at(a.start), 1)
    return bool(before) and before[0].lstrip("وب") in _IDEA_NOUNS


def _street_name(an: Analysis, a: ActorMention) -> bool:
    """"في شارع المصارف", "ساحة الشهداء": a generic noun naming a street or square is no actor; nor
    is a title or a person naming a university, hospital or airport ("جامعة أمير كبير", "مستشفى الملك
    فهد", "مطار الملكة علياء")."""
    street = a.kind == "agent" and not a.parts
    named = a.kind in ("title", "person", "context_person") and not a.prefix.lstrip("وف").startswith(("ل", "ب", "ك"))
    if not (street or named):
        return False
    before = an.word_before(an.word_start_at(a.start)).removeprefix("و")
    if street:
        return before in _STREET_HEADS
    return before in _NAMED_SITES or (before[:1] in ("ب", "ل") and before[1:] in _NAMED_SITES)


# sites named after a person or a title
_NAMED_SITES = frozenset("جامعه مستشفي مطار مسجد جامع مدينه شارع جسر".split())


_DEEDS = frozenset(("ASSAULT", "COERCE"))


def _responsible_for_a_deed(an: Analysis, a: ActorMention) -> bool:
    """"ثلاثة أعضاء في التنظيم مسؤولون عن اغتيال رجل دين": مسؤول before عن and an attack or an act
    of force means "responsible for", no official (which "المسؤول عن الملف الأمني", in charge of a
    portfolio, still is). Indefinite, it describes the noun before it; definite ("اعتقلت الشرطة
    المسؤولين عن التفجير"), it names the perpetrators."""
    if a.kind != "agent" or a.parts or strip_article(an.text[an.word_start_at(a.start):a.end].lstrip("و")) not in RESPONSIBLE_WORDS:
        return False
    spans = an.word_spans_after(a.end, 2)
    if len(spans) < 2 or an.text[spans[0][0]:spans[0][1]] != "عن":
        return False
    deed_start = spans[1][0]
    return any(t.hits[0].entry.plover in _DEEDS for t in an.triggers_in(deed_start, deed_start + 1))


def _sports_striker(an: Analysis, a: ActorMention) -> bool:
    """"سجل المهاجم البرازيلي هدفين", "وقال مهاجم الفريق": in a sentence about a match or a team
    (a sports cue: لاعب، مباراة، المرمى…) مهاجم is a striker, not an attacker."""
    if a.kind != "agent" or a.sector != "UAF" or not strip_article(
            an.text[an.word_start_at(a.start):a.end].lstrip("وف")).startswith("مهاجم"):
        return False
    s_start, s_end = an.sentences[an.sentence_of(a.start)]
    first, last = bisect.bisect_left(an.cue_starts, s_start), bisect.bisect_left(an.cue_starts, s_end)
    return any(c.hits[0].entry.kind == "sports" for c in an.cue_matches[first:last])


_USED_RE = re.compile(r"^[وف]?(?:استخدم|استخدمت|استخدموا|يستخدم|تستخدم|يستخدمون|مستخدما|مستخدمين|مستخدمه|باستخدام|"
                      r"استعمل|استعملت|استعملوا|مستعملا|مستعملين|باستعمال)$")
_WEAPON_AGENTS = frozenset("دبابات الدبابات دبابه الدبابه مدفعيه المدفعيه مدافع المدافع طايرات الطايرات مروحيات المروحيات".split())


def _weapon_used(an: Analysis, a: ActorMention, actors: list[ActorMention]) -> bool:
    """"واستخدموا الدبابات والمدفعية الثقيلة في قصف": the object of a verb of using is a weapon,
    whoever it belongs to elsewhere, not a force of its own; so is a weapon joined to it by و."""
    if a.kind != "agent" or a.parts or an.text[an.word_start_at(a.start):a.end].removeprefix("و") not in _WEAPON_AGENTS:
        return False
    before = an.words_before(an.word_start_at(a.start), 1)
    if before and _USED_RE.match(before[0]):
        return True
    i = actors.index(a)
    return a.prefix.startswith("و") and i > 0 and actors[i - 1].end <= a.start \
        and not an.count_words(actors[i - 1].end, an.word_start_at(a.start)) and _weapon_used(an, actors[i - 1], actors)


_RULING = frozenset(("الحاكم", "الحاكمه"))


def _ruling_adjective(an: Analysis, a: ActorMention) -> bool:
    """"الحزب الشعبي الحاكم", "الائتلاف الحاكم": "ruling" with the article right after a definite
    word is its adjective, not a governor (who is named after a verb or preposition: "قال الحاكم")."""
    if an.text[an.word_start_at(a.start):a.end] not in _RULING:
        return False
    before = an.words_before(an.word_start_at(a.start), 1)
    return bool(before) and before[0].lstrip("وفبل").startswith("ال") and before[0] not in ("الي", "علي")


def _suicide_adjective(an: Analysis, a: ActorMention) -> bool:
    """"التفجير الانتحاري", "العملية الانتحارية", "تفجيران انتحاريان": after an attack noun of its
    definiteness انتحاري agrees with it as an adjective (a suicide bombing), not a bomber."""
    word = an.text[an.word_start_at(a.start):a.end].lstrip("وفب")
    if a.kind != "agent" or strip_article(word) not in _SUICIDE_ADJECTIVES:
        return False
    spans = an.word_spans_before(an.word_start_at(a.start), 1)
    if not spans:
        return False
    prev = an.text[spans[0][0]:spans[0][1]].lstrip("وفب")
    # a noun with a possessive pronoun is definite too: "هجماتها الانتحارية"
    definite_prev = prev.startswith("ال") or (word.startswith("ال") and prev.endswith(("ها", "هم", "ه")))
    if definite_prev != word.startswith("ال"):
        return False
    # "تفجيران انتحاريان", not the verb of "فجر انتحاريان نفسيهما"
    noun = any(any(h.kind == "trigger" and not h.entry.verbal for h in t.hits)
               for t in an.triggers_in(spans[0][0], spans[0][0] + 1))
    return noun or strip_article(prev) in ("عمليه", "عمليات", "عمليتان", "عمليتين")


_SUICIDE_ADJECTIVES = frozenset(("انتحاري", "انتحاريه", "انتحاريان", "انتحاريين", "انتحاريتان", "انتحاريتين",
                                 "استشهادي", "استشهاديه", "استشهاديان", "استشهاديين", "استشهاديتان", "استشهاديتين"))


def _second_office_holder(an: Analysis, head: ActorMention, j: int, matches: list[Match],
                          mentions: list[ActorMention | None]) -> bool:
    """"استقبل الرئيس المصري الرئيس الفلسطيني", "التقى وزير الخارجية المصري نظيره الأردني": a
    title with its own nationality right after a title that already has one is a second office
    holder (the object), not a second title of the first ("وزير الخارجية السعودي الأمير فيصل")."""
    if mentions[j].kind != "title" or head.kind not in ("title", "honorific") or not head.parts \
            or head.parts[-1][2] != "nisba" or an.count_words(head.end, matches[j].word_start):
        return False
    if j + 1 >= len(matches) or mentions[j + 1] is None or mentions[j + 1].kind != "nisba":
        return False
    return not an.count_words(matches[j].end, matches[j + 1].word_start)


def _coordinated_adjective(an: Analysis, head: ActorMention, m: Match, mention: ActorMention | None) -> bool:
    """A definite singular nationality joined by و right after a noun that already has one ("القوات
    العراقية والأميركية", "دورية مشتركة للقوات العراقية والأمريكية"), or right after it with no و
    ("الشركة الجزائرية المصرية", a joint company), describes that noun too."""
    if mention is None or mention.kind != "nisba" or mention.plural_nisba \
            or head.kind not in ("agent", "title", "needs_modifier"):
        return False
    if head.country is None or m.prefix not in ("وال", "ال") or an.count_words(head.end, m.word_start) > 0:
        return False
    return head.parts and head.parts[-1][2] == "nisba"


_DUAL_ENDINGS = ("ا", "ان", "ين", "ي")


def _second_country_of_a_dual(an: Analysis, head: ActorMention, m: Match, mention: ActorMention | None) -> bool:
    """"وزيرا خارجية مصر والسودان", "رئيسا وزراء العراق وتركيا": a dual title or body whose genitive
    country is joined by و to a second one names one holder in each; the second is the partner."""
    if mention is None or mention.kind not in ("country", "capital") or head.kind not in ("agent", "title"):
        return False
    if not head.parts or head.parts[-1][2] != "country" or not m.prefix.startswith("و") \
            or an.count_words(head.end, m.word_start) > 0:
        return False
    first = strip_article(an.text[head.start:head.end].split(" ")[0].removeprefix("و"))
    return len(first) >= 4 and first.endswith(_DUAL_ENDINGS)


def _org_name_has_no_country(an: Analysis, head: ActorMention) -> bool:
    """The organisation's name, as written, names no country of its own (no nationality, state or
    capital in it): "الشرطة الاتحادية" may be any federation's police."""
    return not any(m.start >= head.start and m.end <= head.end and m.first("country") is not None
                   for m in an.entity_matches)


def _partner(head: ActorMention, second: ActorMention) -> ActorMention:
    """The second party named by ``head``'s phrase: its span and country, the head's sector."""
    return dataclasses.replace(second, sector=head.sector, parts=[], domain=None)


def find_actors(an: Analysis) -> None:
    """Fill ``an.actors`` and ``an.places`` from ``an.entity_matches``."""
    matches = [m for m in an.entity_matches if m.start < an.meta.body_end]
    mentions = [_mention_from(an, m) for m in matches]
    actors: list[ActorMention] = []
    places: list[PlaceMention] = []
    place_adjectives: list[tuple[int, str]] = []
    read_as_country = _read_country_or_capital(an, matches, mentions)
    _read_capital_or_namesake(an, matches, mentions)
    i = 0
    while i < len(matches):
        m, head = matches[i], mentions[i]
        place_hit = m.first("place")
        if head is not None and head.kind == "nisba" and _adjective_of_a_place(an, m):
            # "في مدينة درنة الليبية", "بمدينة كونمينغ الصينية": where, not who (a border is on
            # either side: no country for the sentence's places)
            if not _of_a_border(an, m):
                place_adjectives.append((m.start, head.country))
            i += 1
            continue
        if head is not None and head.kind == "nisba" and an.word_before(m.start) in _CAPITAL_WORDS:
            # "العاصمة العراقية": the country's capital as a place
            capital = _capital_place(an, head.country)
            if capital is not None:
                word = an.word_before(m.start)
                start = m.word_start - len(word) - 1
                # without a preposition or conjunction before its article ("بالعاصمة القطرية" starts at ال;
                # "للعاصمة" has lost its alif and keeps its ل)
                clitic = next((c for c in ("وبال", "بال", "وال", "فال") if word.startswith(c)), "")
                start += max(len(clitic) - 2, 0)
                places.append(PlaceMention(max(start, 0), m.end, capital.name_en, an.orig_text(max(start, 0), m.end),
                                           capital.country, capital.lat, capital.lon, capital.geonameid, ""))
                i += 1
                continue
        # a name read as a country is no town: "وقالت عمان" is Oman, not Amman; nor is the name of a
        # house of worship, unless a city ("جامع الفرقان" is no Iranian village; "مسجد الكوفة" is in Kufa)
        if place_hit and (head is None or head.kind in ("country", "capital")) \
                and (m.start, m.end) not in read_as_country \
                and not (an.word_before(m.start).removeprefix("و") in _WORSHIP_HOUSES
                         and (place_hit.entry.population < _CITY_POPULATION or _town_told_after(an, m))) \
                and an.words_after(m.end, 1) != ["للدموع"]:  # "القنابل المسيلة للدموع": tear gas, not M'Sila
            p = place_hit.entry
            places.append(PlaceMention(m.start, m.end, p.name_en, an.orig_text(m.start, m.end), p.country,
                                       p.lat, p.lon, p.geonameid, m.prefix))
        if head is None:
            i += 1
            continue
        sent = an.sentence_of(m.start)
        limit = an.sentences[sent][1] if sent >= 0 else len(an.text)
        j = i + 1
        while j < len(matches) and mentions[j] is not None and matches[j].start < limit:
            if _second_office_holder(an, head, j, matches, mentions):
                break
            if not _absorb(an, head, matches[j], mentions[j], limit):
                break
            j += 1
        while j < len(matches) and _coordinated_adjective(an, head, matches[j], mentions[j]):
            # "للقوات العراقية والأميركية": a second nationality of the same noun, no participant of
            # its own; the other side of a joint act ("أجرت القوات البحرية المصرية والفرنسية مناورات")
            if head.partner is None and matches[j].prefix.startswith("و"):
                head.partner = _partner(head, mentions[j])
            j += 1
        if j < len(matches) and _second_country_of_a_dual(an, head, matches[j], mentions[j]):
            head.partner = _partner(head, mentions[j])  # "وزيرا خارجية مصر والسودان"
            j += 1
        if head.kind in ("title", "honorific"):
            k = j
            while k < len(matches) and mentions[k] is None:  # places do not block a name
                k += 1
            # the next mention's whole word, with its clitics ("مطالب المتظاهرين" is no name); a
            # nisba may end a name all the same ("سالم الهندي")
            next_start = limit if k >= len(matches) else matches[k].start if mentions[k].kind == "nisba" \
                else an.word_start_at(matches[k].start)
            person = _context_person(an, head, min(limit, next_start)) if next_start > head.end + 1 else None
            if person:
                person.parts.append((person.start, person.end, "person", person.country, person.entity_key))
                person.start, person.prefix = head.start, head.prefix
                person.country = person.country or head.country
                person.sector = person.sector or (head.sector if head.kind == "title" else None)
                person.title_en = person.title_en or head.name_en
                head = person
                while j < len(matches) and matches[j].start < person.end:
                    j += 1
        if head.kind == "needs_modifier" and (not head.parts or _farms(an, head)):
            pass  # "إدارة الأزمة": not an actor without a person or nationality
        elif head.kind != "honorific":
            if head.kind == "needs_modifier":
                head.kind = "agent"
            actors.append(head)
        i = j
    for a in actors:  # 'وزير الخارجية "جون كيري"': keep the name's closing quote mark in the span
        inside = an.text[a.start:a.end]
        if a.end < len(an.text) and an.text[a.end] in _QUOTES and sum(inside.count(c) for c in _QUOTES) % 2 == 1:
            a.end += 1
    actors = _quoted_org_names(an, actors)
    actors = _self_named_groups(an, actors)
    responsible = [a for a in actors if _responsible_for_a_deed(an, a)]
    nobody_ends = {a.end for a in actors if _flags(an, a) or _banner(an, a) or _suicide_adjective(an, a)
                   or _sports_striker(an, a) or _street_name(an, a) or _filmed(an, a) or _of_an_idea(an, a)
                   or _ruling_adjective(an, a) or _weapon_used(an, a, actors)} | {
        a.end for a in responsible if not _ends_definite(an, a)}
    if nobody_ends:  # flags, a banner, and the nationality that describes them ("أعلاما فلسطينية") are nobody
        actors = [a for a in actors if a.end not in nobody_ends and not (
            a.kind == "nisba" and any(an.count_words(e, a.start) == 0 for e in nobody_ends if e <= a.start))]
    actors = [a for a in actors if not _named_in_a_dateline(an, a)]
    actors = _drones_of_a_nation(an, actors)
    actors = _weapons_of_a_nation(an, actors)
    _share_nationality(an, actors)
    actors = _mark_foreigners(an, actors)
    for a in responsible:  # those kept are definite: "المسؤولين عن التفجير" are the perpetrators
        a.sector, a.country, a.domain = "UAF", None, None
    for a in actors:
        if a.kind == "org" and a.sector == "UAF" and a.country not in ("IMG", "IGO") and supporters_before(an, a):
            a.sector = "PTY"  # "مئات من مناصري حزب الله": the movement's supporters, not its militia
        if a.kind == "agent" and a.sector != "CVL" and _kin_before(an, a):
            a.sector = "CVL"  # "أنصار وذوي المتهمين", "أهالي الجنود": the families are civilians
    _rank_by_office(an, actors)
    _sector_from_apposition(an, actors)
    _sector_of_the_majority(an, actors)
    _people_described_by_a_partitive(an, actors)
    _resolve_possessives(an, actors)
    actors = _members_by_pronoun(an, actors)
    _resolve_anaphora(an, actors)
    # an event phrase holding a town's name ("سترة ناسفة": a suicide vest, not Sitra) is no place
    phrases = sorted((t.start, t.end) for t in an.trigger_matches if " " in an.text[t.start:t.end])
    places = [p for p in places if not _covered(phrases, None, p.start)]
    places = _without_owned_elsewhere(an, places)
    an.described_places = {}
    for pos, country in place_adjectives:
        an.described_places.setdefault(an.sentence_of(pos), country)
    resolved = resolve_namesakes(an, places, actors, place_adjectives)
    # a capital's name that resolves to a town of another country names no government (pairs taken
    # before any place is dropped below)
    moved = {(p.start, p.end) for p, q in zip(places, resolved) if p.country != q.country}
    # "في مدينة غوري الجورجية": a town whose nationality adjective names another country, with no
    # namesake there in the gazetteer, is not the gazetteer's town (Goré, Chad)
    resolved = [p for p in resolved if not any(
        country != p.country and pos >= p.end and an.count_words(p.end, an.word_start_at(pos)) == 0
        for pos, country in place_adjectives)]
    # "في بلدة بودا غربي جمهورية أفريقيا الوسطى": a town the text places in another country by a
    # direction is not the gazetteer's town of that name (Buda, Hungary)
    resolved = [p for p in resolved if not _placed_in_another_country(an, p, actors)
                and not _in_a_province_of_another_country(an, p, actors, place_adjectives)
                and not _inside_a_town_elsewhere(an, p, resolved)]
    actors = [a for a in actors if not (a.kind == "capital" and (a.start, a.end) in moved)]
    places = drop_stray_towns(an, resolved, actors, place_adjectives)
    _resolve_domains(an, actors, places)
    _infer_countries(an, actors, places)
    _mark_former(an, actors)
    _mark_standalone_nisbas(an, actors)
    an.actors = actors
    named = [(a.start, a.end) for a in actors if a.kind in ("org", "person")]
    named_starts = [s for s, _ in named]
    an.places = [p for p in places if not _covered(named, named_starts, p.start)]


# military ranks, which police, intelligence and civil officers of the region hold as well
_RANKS = ("العميد", "اللواء", "العقيد", "العماد", "الفريق", "المقدم", "الرايد", "النقيب", "الجنرال")
# styles a spokesman or official is addressed by before his name: his rank, not a second office
_STYLES = _RANKS + ("السفير", "المستشار")
_OFFICE_SECTORS = frozenset(("COP", "SPY", "GOV", "JUD"))


# "most of them" (not roles' partitive words, which also hold "some", "one", "all of them")
_MAJORITY_WORDS = frozenset(("غالبيتهم", "معظمهم", "اغلبهم", "اكثرهم", "جلهم", "غالبيتهن", "معظمهن"))


def _sector_of_the_majority(an: Analysis, actors: list[ActorMention]) -> None:
    """"أكثر من مليون شخص، غالبيتهم من الطلاب": a crowd of people with no calling takes the calling
    of most of them."""
    for a, b in zip(actors, actors[1:]):
        if a.kind != "agent" or a.sector not in (None, "CVL") or b.kind != "agent" or b.sector in (None, "CVL"):
            continue
        between = an.text[a.end:an.word_start_at(b.start)].replace("،", " ").replace(",", " ").split()
        if len(between) == 2 and between[0] in _MAJORITY_WORDS and between[1] == "من":
            a.sector = b.sector


def _people_described_by_a_partitive(an: Analysis, actors: list[ActorMention]) -> None:
    """"ثلاثة بريطانيين وكنديا من المتعاقدين الأمنيين": people of a country (and those joined to them)
    who are "of" a calling or body take its sector."""
    for i, a in enumerate(actors):
        if a.kind != "nisba" or not a.plural_nisba or a.sector is not None:
            continue
        group, j = [a], i + 1
        while j < len(actors) and actors[j].kind == "nisba" and actors[j].prefix.startswith("و") \
                and not an.count_words(group[-1].end, an.word_start_at(actors[j].start)):
            group.append(actors[j])
            j += 1
        # (not "من العاملين في منظمة إغاثة": who employs them is told after, not a calling)
        if j < len(actors) and actors[j].kind == "agent" and actors[j].sector not in (None, "LAB") \
                and an.words_between(group[-1].end, an.word_start_at(actors[j].start)) == ["من"]:
            for g in group:
                g.sector = actors[j].sector


def _sector_from_apposition(an: Analysis, actors: list[ActorMention]) -> None:
    """"الشيخ عبد الستار الجبوري، إمام وخطيب أحد المساجد": a person the lexicon does not know, with no
    sector of its own, takes the sector of the title or agent noun in the apposition after its comma."""
    for a, b in zip(actors, actors[1:]):
        if a.kind in ("person", "context_person") and a.sector is None and b.kind in ("agent", "title") \
                and b.sector is not None and an.text[a.end:b.start].strip() in ("،", ","):
            a.sector = b.sector
            a.country = a.country or b.country


def _rank_by_office(an: Analysis, actors: list[ActorMention]) -> None:
    """"العميد سامي كريم، مدير استخبارات الشرطة": a rank says soldier only until the apposition
    after it names the office held (police, intelligence, a governorate), whose sector it takes."""
    for a, b in zip(actors, actors[1:]):
        # the name the lexicon did not join to the rank may stand before the comma ("العميد سامي
        # كريم،"), the head of the office after it ("مدير استخبارات الشرطة")
        name, comma, office = an.text[a.end:an.word_start_at(b.start)].replace(",", "،").partition("،")
        if a.sector == "MIL" and an.text.startswith(_RANKS, an.word_start_at(a.start)) and comma \
                and len(name.split()) <= 2 and len(office.split()) <= 1 and not any(c in name + office for c in "،.«»:") \
                and b.kind in ("title", "agent") and b.sector in _OFFICE_SECTORS:
            a.sector = b.sector
            a.country = a.country or b.country


def _noun_by_position(an: Analysis, start: int, end: int) -> bool:
    """The word in [start, end) is a noun by its place: it carries ب/ل or follows a preposition."""
    word = an.text[start:end]
    return word[:1] in "بل" and len(word) > 3 or an.word_before(start) in PREPOSITIONS


def _mark_standalone_nisbas(an: Analysis, actors: list[ActorMention]) -> None:
    """"قتل الجيش الإسرائيلي فلسطينيا": a nationality right after an event word or another actor
    modifies no noun; it names a person of that nationality, a participant like a plural nisba."""
    ends = {a.end for a in actors}
    for a in actors:
        if a.kind != "nisba" or a.plural_nisba:
            continue
        before = an.word_spans_before(an.word_start_at(a.start), 1)
        if not before:
            continue
        prev_start, prev_end = before[0]
        word = an.text[a.start:a.end]
        prev = an.text[prev_start:prev_end]
        if not a.prefix and word.endswith("ا") and (prev.isdigit() or numbers.is_count(prev)):
            a.plural_nisba = True  # "استشهد 18 فلسطينيا": counted people of that nation
            continue
        if word.endswith("يه") or (a.prefix.endswith("ال") or word.startswith("ال")) and _starts_trigger(an, prev_start):
            continue  # "غارة أمريكية", "القصف الإسرائيلي": an adjective agreeing with the event noun
        if not word.endswith("ا") and _starts_trigger(an, prev_start) and _noun_by_position(an, prev_start, prev_end):
            continue  # "بقصف إسرائيلي", "في قصف إسرائيلي": after a preposition the event word is a noun
        if prev_end in ends or _starts_trigger(an, prev_start):
            a.plural_nisba = True


_FORMER_WORDS = frozenset("السابق السابقه الاسبق السابقين السابقون سابق سابقه اسبق".split())


def _mark_former(an: Analysis, actors: list[ActorMention]) -> None:
    """"الأمين العام السابق للحزب الشيوعي", "رئيسة الوزراء السابقة": a former office holder is an
    elite (PLOVER's ELI), not the office. Named persons keep the role their dates give."""
    for a in actors:
        if a.kind not in ("title", "agent", "context_person") or (a.kind == "agent" and a.sector is None):
            continue
        words = an.words_between(a.start, min(len(an.text), a.end + 12))
        span_words = an.words_between(a.start, a.end)
        if any(w in _FORMER_WORDS for w in words[:len(span_words) + 1]):
            a.sector = "ELI"


_QUOTED_RE = re.compile(r"[\"«“]([^\"«»“”\n]{2,40})[\"»”]")
_GENERIC_ORG_HEADS = frozenset(
    "فيلق لواء كتيبه كتايب جيش حركه تنظيم جماعه حزب قوه قوات سرايا جبهه ميليشيا مليشيا منظمه مجلس".split())


def _covered(spans: list[tuple[int, int]], starts: list[int] | None, start: int, end: int | None = None) -> bool:
    """Is [start, end) inside one of ``spans`` (sorted by start)?"""
    if starts is None:
        starts = [s for s, _ in spans]
    i = bisect.bisect_right(starts, start) - 1
    while i >= 0:
        s, e = spans[i]
        if s <= start < e and (end is None or end <= e):
            return True
        if e <= start:
            break
        i -= 1
    return False


def _quoted_org_names(an: Analysis, actors: list[ActorMention]) -> list[ActorMention]:
    """'الفيلق … "القدس"', 'حركة "حماس"': a generic organisation noun and, a few words later, a
    quoted name together name a lexicon organisation ("فيلق القدس"). A quoted name of three words or
    more led by an organisation word and not in the lexicon («تحالف الشعب من أجل الديمقراطية») holds
    no participant: the generic nouns in it are part of the name."""
    text = an.text
    unknown_names: list[tuple[int, int]] = []
    named: list[tuple[int, int]] | None = None  # spans of the names among the actors, as they stand
    for m in _QUOTED_RE.finditer(text, an.code_from, an.meta.body_end):
        q_start, q_end = m.start(1), m.end(1)
        words = text[q_start:q_end].split()
        if len(words) >= 3 and strip_article(words[0]) in _NAME_HEADS:
            unknown_names.append((q_start, q_end))  # until the lexicon knows it (below)
        if named is None:
            named = [(a.start, a.end) for a in actors if a.kind in ("org", "person")]
            named_starts = [start for start, _ in named]
        if _covered(named, named_starts, q_start, q_end):
            continue
        name = " ".join(words)
        for head in reversed(an.words_before(m.start(), 10)):
            bare = head[2:] if head.startswith("ال") else head
            if bare not in _GENERIC_ORG_HEADS:
                continue
            org = an.lexicon.org_by_key.get(f"{bare} {name}") or an.lexicon.org_by_key.get(f"{bare} {name[2:]}")
            if org:
                actors = [a for a in actors if not (q_start <= a.start < q_end)]
                country, sector = org.codes_on(an.pub_date)
                actors.append(ActorMention(start=q_start, end=q_end, kind="org", name_en=org.name_en,
                                           country=country, sector=sector, entity_key=f"org:{org.id}",
                                           entity_kind="ORG", name_ar=an.orig_text(q_start, q_end)))
                named = None
                break
    actors.sort(key=lambda a: a.start)
    if not unknown_names:
        return actors
    return [a for a in actors if not (a.kind in ("agent", "nisba", "title") and any(
        lo < a.start and a.end <= hi for lo, hi in unknown_names))]


# "مجموعة تطلق على نفسها «سرايا الفرقان»": a group the lexicon does not know, named by itself
_NAMING_VERBS = r"(?:تطلق\s+علي\s+نفسها|اطلقت\s+علي\s+نفسها|تسمي\s+نفسها|يطلق\s+عليها)"
_SELF_NAMED_RE = re.compile(
    r"(?:(?<=\s)|^)[وف]?(?:ال)?(?:مجموعه|جماعه|تنظيم|خليه|حركه)(?:\s+\S+){0,2}?\s+(?:التي\s+)?"
    + _NAMING_VERBS + r"(?:\s+اسم)?\s+"
    r"[«\"“]([^«»\"“”\n]{2,60})[»\"”]")
_NAMING_VERB_RE = re.compile(_NAMING_VERBS)  # the pattern's verbs alone: a cheap test before it
# a self-given name with one of these is an armed group's: a rebel group (not gunmen: it has a name)
_ARMED_NAME_WORDS = ("كتايب", "كتيبه", "سرايا", "سريه", "جيش", "الويه", "لواء", "فيلق", "مقاومه", "جبهه",
                     "مجاهد", "جهاد", "جند", "انصار", "دوله", "ولايه", "قاعده")


def _self_named_groups(an: Analysis, actors: list[ActorMention]) -> list[ActorMention]:
    """"تبنت جماعة تطلق على نفسها «كتائب الغضب في اليمن» خطف المهندسين": a group that
    names itself with an armed group's words is a rebel group, of the country its name holds; the
    words of its name are nobody on their own. (A self-named charity or hackers' group is left
    alone: its name tells no sector.)"""
    found: list[ActorMention] = []
    if _NAMING_VERB_RE.search(an.text) is None:
        return actors  # the naming verbs: most documents have none, and skip the pattern (which opens
        # with a lookbehind, tried at every character)
    for m in _SELF_NAMED_RE.finditer(an.text, an.code_from, an.meta.body_end):
        name = m.group(1)
        if not any(w.removeprefix("ال").startswith(_ARMED_NAME_WORDS) for w in name.split()):
            continue
        start = m.start() + len(re.match(r"[وف]?", an.text[m.start():]).group(0))
        inside = [a for a in actors if start <= a.start < m.end()]
        # (a country inside may have joined a phrase of the name's own words: "«المقاومة الوطنية في العراق»")
        country = next((a.country for a in inside if a.kind in ("country", "nisba") and a.country), None) or next(
            (a.country for a in inside if a.country and not a.country_inferred), None)
        found.append(ActorMention(start=start, end=m.end(), kind="org", name_en=an.orig_text(m.start(1), m.end(1)),
                                  country=country, sector="REB", entity_key=f"org:~{name}", entity_kind="ORG",
                                  name_ar=an.orig_text(m.start(1), m.end(1)), in_lexicon=False,
                                  prefix=an.text[m.start():start]))
    if not found:
        return actors
    kept = [a for a in actors if not any(f.start <= a.start < f.end for f in found)]
    return sorted(kept + found, key=lambda a: a.start)


_NAME_HEADS = _GENERIC_ORG_HEADS | frozenset("تحالف ايتلاف تجمع تيار اتحاد".split())


_NOT_A_HOME = frozenset({"IGO", "IMG", "NGO", "MNC", "INT"})


_POSSESSIVE = frozenset({"ه", "ها", "هم", "هما"})


def _resolve_anaphora(an: Analysis, actors: list[ActorMention]) -> None:
    """"الوزير", "المسؤول": a definite office or agent noun with no modifier refers back to the last
    actor of the same kind within three sentences (the same agent noun, or for an office the last
    named person of its sector): it takes that actor's country, sector and identity."""
    for i, a in enumerate(actors):
        if a.kind not in ("agent", "title") or a.parts or a.country or not a.prefix.endswith(("ال", "لل")):
            continue
        sent = an.sentence_of(a.start)
        for b in reversed(actors[:i]):
            if sent - an.sentence_of(b.start) > 3:
                break
            same_head = b.head is not None and b.head is a.head and b.country
            same_office = a.kind == "title" and b.kind in ("person", "context_person") and b.sector == a.sector
            if same_head or same_office:
                a.country, a.country_inferred = b.country, True
                a.sector = a.sector or b.sector
                if same_office and b.entity_key:
                    a.entity_key, a.entity_kind, a.name_en = b.entity_key, b.entity_kind, b.name_en
                break


# members named by a pronoun of their body: "أربعة من عناصرها", "أحد أفراده", "اثنين من ناشطيها"
_MEMBERS_WORD = r"(عناصر|افراد|منتسبي|اعضاء|ناشطي|مقاتلي)(ها|ه|هم)(?![^\s.،,؛:])"
_MEMBERS_BY_PRONOUN_RE = re.compile(r"(?<![^\s])(?:من |احد |اثنين من |اثنان من )?" + _MEMBERS_WORD)
_MEMBERS_WORD_RE = re.compile(_MEMBERS_WORD)  # the pattern's word alone: a cheap test before it


def _members_by_pronoun(an: Analysis, actors: list[ActorMention]) -> list[ActorMention]:
    """"قالت الشرطة إن مسلحين قتلوا أربعة من عناصرها": the members belong to the body the pronoun
    names: the nearest actor before, in the sentence, that agrees with it (ها a feminine or a
    thing, هم people, ه a masculine body), a speaker included. They take its country and sector."""
    found = []
    if _MEMBERS_WORD_RE.search(an.text, an.code_from) is None:
        return actors  # (the full pattern opens with a lookbehind, tried at every character)
    for m in _MEMBERS_BY_PRONOUN_RE.finditer(an.text, an.code_from):
        start, end, pronoun = m.start(1), m.end(2), m.group(2)
        if any(a.start <= start < a.end for a in actors):
            continue
        sent = an.sentence_of(start)
        s_start = an.sentences[sent][0] if sent >= 0 else 0
        owner = next((a for a in reversed(actors) if s_start <= a.start and a.end <= start
                      and a.kind in ("org", "agent") and a.sector and _agrees_with(an, a, pronoun)), None)
        if owner is None:
            continue
        found.append(ActorMention(start=start, end=end, kind="agent", name_en=f"members of {owner.name_en}",
                                  country=owner.country, sector=owner.sector, name_ar=an.orig_text(start, end),
                                  suffix=pronoun, country_inferred=True))
    return sorted(actors + found, key=lambda a: a.start) if found else actors


def _agrees_with(an: Analysis, a: ActorMention, pronoun: str) -> bool:
    """Whether a pronoun may point back to the actor: هم to people in a plural, ها to a feminine
    noun or a body, ه to a masculine singular body."""
    word = an.text[an.word_start_at(a.start):a.end].split(" ")[0]
    plural_people = word.endswith(("ون", "ين")) and a.kind == "agent"
    if pronoun == "هم":
        return plural_people
    if pronoun == "ها":
        return not plural_people and (word.endswith(("ه", "ات")) or a.kind == "org")
    return not plural_people and not word.endswith("ه")


def _resolve_possessives(an: Analysis, actors: list[ActorMention]) -> None:
    """"مقاتلاتها", "قواته": an agent noun with a possessive pronoun belongs to the nearest
    preceding actor with a country (the Russian ministry's jets, the Houthi leader's forces); so
    does one said to belong to "it" ("أعلن الجيش الأمريكي أن طائرة مسيرة تابعة له قتلت")."""
    last: ActorMention | None = None
    for a in actors:
        if a.kind in ("agent", "title") and a.country is None and last is not None \
                and (a.suffix in _POSSESSIVE or _owned_by_pronoun(an, a)):
            a.country, a.country_inferred = last.country, True
        if a.country and a.country not in ("IGO", "NGO"):
            last = a


def _launched_from(an: Analysis, p: PlaceMention) -> bool:
    """"صاروخا أطلقها حزب الله من جنوب لبنان": the place a weapon was fired from (من after a verb of
    launching, within three words)."""
    words = an.words_before(an.word_start_at(p.start), 4)
    return bool(words) and words[-1] == "من" and any(
        w.removeprefix("و").startswith(("اطلق", "انطلق", "تطلق", "يطلق", "قصف")) for w in words[:-1])


_OWNED_BY_PRONOUN = frozenset(("له", "لها", "لهم", "لهما"))


def _owned_by_pronoun(an: Analysis, a: ActorMention) -> bool:
    """The mention is followed by "تابعة له", "التابعة لها": it belongs to "it"."""
    words = an.words_after(a.end, 2)
    return len(words) == 2 and words[0].removeprefix("ال").startswith("تابع") and words[1] in _OWNED_BY_PRONOUN


_PLACE_BEFORE = frozenset("""في بـ داخل شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط""".split())


_WORKPLACES = frozenset("""مستشفي مستشفيات مدرسه مدارس جامعه جامعات مصنع مصانع شركه شركات سجن سجون مخيم مخيمات
    ميناء مطار مطارات""".split())


def _workplace_before(an: Analysis, a: ActorMention) -> bool:
    """The nationality describes a workplace after في or ب, across up to two definite adjectives."""
    words = an.words_before(an.word_start_at(a.start), 4)
    while words and words[-1].startswith("ال") and words[-1].endswith(("يه", "ه")) \
            and strip_article(words[-1]) not in _WORKPLACES and len(words) > 1:
        words = words[:-1]
    if not words:
        return False
    last = words[-1]
    if last[:1] == "ب" and strip_article(last[1:]) in _WORKPLACES:
        return True
    # "في المستشفيات", "في عدد من المستشفيات"
    return strip_article(last) in _WORKPLACES and len(words) > 1 and words[-2] in ("في", "وفي", "من")


_FOREIGN_WORDS = frozenset(f"{article}{stem}" for article in ("", "ال") for stem in
                           "اجنبي اجنبيا اجنبيه اجنبيان اجنبيين اجانب اجانبا اجنبيات".split())


def _mark_foreigners(an: Analysis, actors: list[ActorMention]) -> list[ActorMention]:
    """People named as foreigners ("العمال الأجانب", "خطف ثلاثة أجانب") are of another country than
    the place they are in: marked so that none is inferred for them. The adjective right after an
    agent noun is part of it, not a participant of its own."""
    absorbed: set[int] = set()
    for a in actors:
        if a.kind != "agent" or a.start in absorbed or (a.country and not all(
                p[2] in ("country", "capital") for p in a.parts)):
            continue  # (a nationality of its own is kept; "في بغداد" only says where they are)
        if any(w in _FOREIGN_WORDS for w in an.text[a.start:a.end].split(" ")):
            a.foreign, a.country = True, None  # "الرعايا الأجانب", "مهندسا أجنبيا في بغداد"
            continue
        nxt = an.word_spans_after(a.end, 1)
        if nxt and an.count_words(a.end, nxt[0][0]) == 0 and not _GAP_PUNCT_RE.search(an.text[a.end:nxt[0][0]]) \
                and an.text[nxt[0][0]:nxt[0][1]] in _FOREIGN_WORDS:
            a.foreign, a.country, a.end = True, None, nxt[0][1]
            absorbed.update(o.start for o in actors if nxt[0][0] <= o.start < nxt[0][1])
    return [a for a in actors if a.start not in absorbed]


def _infer_countries(an: Analysis, actors: list[ActorMention], places: list[PlaceMention]) -> None:
    """Generic actors with no nationality ("قوات الأمن", "المحتجون", "السلطات") belong, as a human
    annotator reads them, to where the reported events happen: the country of a place named in
    the same sentence, else the document's most named place country, else its most named country."""
    place_counts: Counter[str] = Counter(p.country for p in places if p.country)
    home = (place_counts.most_common(1)[0][0] if place_counts
            else an.dominant_countries[0] if an.dominant_countries else None)
    by_sentence: dict[int, str] = {}
    # a place fired or come from ("أطلقها حزب الله من جنوب لبنان على مدينة حيفا") is not where the
    # sentence's events happen when it names another
    for p in sorted(places, key=lambda p: _launched_from(an, p)):
        if p.country:
            by_sentence.setdefault(an.sentence_of(p.start), p.country)
    for a in actors:  # "في كاتوفيتشي، جنوبي بولندا", "في العراق": a country named as the place
        # (and a state's seat or body where the sentence's events take place: "في قصر قرطاج")
        if a.kind in ("country", "capital", "org") and an.word_before(an.word_start_at(a.start)) in _PLACE_BEFORE \
                and (a.kind != "org" or (a.country and a.country not in _NOT_A_HOME and a.sector in STATE_SECTORS)):
            by_sentence.setdefault(an.sentence_of(a.start), a.country or "")
        for start, _end, kind, country, _key in a.parts:  # "الصحافيين في القاهرة": the place of a group
            if kind == "country" and country and an.word_before(start) in _PLACE_BEFORE:
                by_sentence.setdefault(an.sentence_of(start), country)
    for sentence, country in an.described_places.items():  # "في مدينة كونمينغ الصينية"
        by_sentence.setdefault(sentence, country)
    for i, a in enumerate(actors):  # "الأطباء في المستشفيات الحكومية المصرية": they work in that country
        if a.kind == "nisba" and not a.plural_nisba and a.country and i and _workplace_before(an, a):
            worker = actors[i - 1]
            between = an.words_between(worker.end, an.word_start_at(a.start))
            if worker.country is None and worker.kind == "agent" and between and len(between) <= 6 \
                    and (between[0] in ("في", "وفي") or between[0][:1] == "ب"):
                worker.country, worker.country_inferred = a.country, True
    place_at = {an.word_start_at(p.start): p for p in places if p.country}
    for a in actors:  # "ناشطون من قطاع غزة": people from a place are of its country
        if a.country is None and a.kind == "agent":
            nxt = an.word_spans_after(a.end, 2)
            if len(nxt) == 2 and an.text[nxt[0][0]:nxt[0][1]] == "من" and nxt[1][0] in place_at:
                a.country, a.country_inferred = place_at[nxt[1][0]].country, True
    by_sentence = {k: v for k, v in by_sentence.items() if v}
    # With no place named, the home country is the most named one; a nationality carried by the other
    # group counted in the same sentence ("اختطف مسلحون ستة سائقين أتراك") says whom they attacked, not who
    # they are
    foreigners: set[tuple[int, str]] = set() if place_counts else {
        (an.sentence_of(o.start), o.country) for o in actors
        if o.kind == "agent" and o.country and any(p[2] == "nisba" for p in o.parts)
        and numbers.is_count(an.word_before(an.word_start_at(o.start)))}
    for a in actors:
        if a.country is None and a.kind in ("agent", "title", "context_person") and not a.foreign:
            sentence = an.sentence_of(a.start)
            country = by_sentence.get(sentence, home)
            if country and not (sentence not in by_sentence and (sentence, country) in foreigners):
                a.country, a.country_inferred = country, True


def _resolve_domains(an: Analysis, actors: list[ActorMention], places: list[PlaceMention]) -> None:
    """Give bare institutions a country from the document (see module docstring)."""
    by_domain: dict[str, str] = {}
    # a news agency ("رويترز", "فرانس برس") says where the report came from, not where it happened
    counts: Counter[str] = Counter(a.country for a in actors
                                   if a.country and a.country not in _NOT_A_HOME and a.kind != "nisba"
                                   and a.sector != "MED")
    counts.update(p.country for p in places if p.country)
    for a in actors:
        if a.domain and a.country:
            by_domain.setdefault(a.domain, a.country)
    dominant = [c for c, _ in counts.most_common(2)]
    for a in actors:
        if not a.domain or a.kind not in ("agent", "title") or a.sector not in STATE_SECTORS:
            continue
        if not a.country:
            a.country = by_domain.get(a.domain) or (dominant[0] if dominant else None)
        if not a.country:
            continue
        if not a.entity_key and not a.parts:
            org = _institution(an, a.start, a.end, a.country)
            if org:
                a.entity_key, a.entity_kind, a.name_en = f"org:{org.id}", "ORG", org.name_en
                a.sector = org.sector or a.sector
        for i, (ps, pe, kind, _country, key) in enumerate(a.parts):
            if kind == "agent" and not key:
                org = _institution(an, ps, pe, a.country)
                if org:
                    a.parts[i] = (ps, pe, "org", org.country, f"org:{org.id}")
    an.dominant_countries = dominant


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# the people who hold protests: a crowd of these is protesters, also when a party leads it
PROTESTING_PEOPLE_SECTORS = frozenset({"CVL", "LAB", "EDU", "OPP", "PTY", "REL", "REF", "MED", "HLH", "BUS"})


def _institution(an: Analysis, start: int, end: int, country_code: str) -> Org | None:
    """"وزارة الخارجية" of USA → the lexicon's "US State Department", if it lists one."""
    country = an.lexicon.countries.get(country_code)
    if not country:
        return None
    head = strip_article(" ".join(an.text[start:end].split()))
    for nisba in country.nisba:
        base = normalize_string(nisba)
        for form in (base + "ه", base):
            org = an.lexicon.org_by_key.get(f"{head} ال{form}")
            if org:
                return org
    return None


def is_singular(an: Analysis, a: ActorMention) -> bool:
    """One person: a named person, or an agent noun in its first (singular) lexicon form ("مراسل");
    a plural verb ("وأطلقوا عليه النار") has another subject, and its pronoun may point to this one."""
    if a.kind == "person":
        return True
    if a.kind not in ("agent", "title") or a.head is None or not a.head.forms:  # type: ignore[attr-defined]
        return False
    word = strip_article(morph.strip_clitics(an.text[an.word_start_at(a.start):a.end].split(" ")[0]))
    if word == strip_article(normalize_string(a.head.forms[0].split(" ")[0])):  # type: ignore[attr-defined]
        return True
    # a title names one holder unless written in a plural ("القاضي", "قاض"; not "القضاة", "الوزراء")
    return a.kind == "title" and not word.endswith(_PLURAL_ENDINGS + ("ات", "اء", "اه"))


def preposition_before(an: Analysis, start: int, prefix: str) -> str:
    """The preposition governing a mention: a proclitic (ب ل ك) or the word before it."""
    for p in ("ب", "ل", "ك"):
        if p in prefix.replace("ال", ""):
            return p
    word = an.word_before(start)
    if word[:1] in ("و", "ف") and word[1:] in PREPOSITIONS:  # "وفي"
        word = word[1:]
    return word if word in PREPOSITIONS else ""
