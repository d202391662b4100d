"""Who did it to whom: source and target of an event trigger within its clause.

Arabic clauses are verb-subject-object ("التقى دبلوماسي أمريكي مع نظيره الإيراني") or, often in
news, subject-verb-object; relative clauses and "إنه/إنها" carry the subject as a pronoun ("داعش
والتي يقال إنها هزمت الجيش العراقي"). The rules, within the trigger's clause first:

- verb: an actor earlier in the clause that no preposition governs is the subject (SVO); after a
  relative or subject pronoun the subject is the antecedent; otherwise the first ungoverned actor
  after the verb (VSO). The target is the actor governed by one of the entry's object
  prepositions, or for ``direct`` entries the next ungoverned actor.
- verbal noun: a genitive actor right after the noun is its subject ("زيارة أوباما") unless the
  entry is ``direct`` (its object: "اغتيال الرئيس"); else the ungoverned actor just before it
  ("شن مسلحون هجوما"). "من قبل X", "على يد X", "برصاص X" mark the source in both; counted
  victims ("قتل خمسة جنود") give the passive reading; "بين X و Y" gives the pair.
"""
from __future__ import annotations

import bisect
import dataclasses
import re

from ..lexicon import morphology as morph
from ..lexicon.compiled import Match
from ..lexicon.entries import NOMINALISED, Trigger
from ..lexicon.morphology import strip_article
from ..text import numbers
from .actors import ARMED_SECTORS, KIN_WORDS, is_singular, MEMBER_NOUNS, PROTESTING_PEOPLE_SECTORS, STATE_SECTORS, preposition_before
from .analysis import CLAUSE_OPENERS, PREPOSITIONS, SUBJECT_PRONOUN_WORDS, ActorMention, Analysis
from .dates import WEEKDAY_WORDS
from .implied import protester_word
from .reporting import AUTHOR_VERB_RE, COUNTED_COMPLEMENTS, JOINED_RE, RELATIVE_PRONOUNS

_MAX_GAP_WORDS = 6


_RELATIVE_WORDS = frozenset("الذي التي الذين اللذين اللتين اللواتي اللاتي".split())
_OBJECT_SUFFIXES = frozenset(("ه", "ها", "هم", "هما", "هن"))
_BARE_AN = frozenset(("ان", "لان", "بان"))  # "أن يطلق الجنود": the subject follows; "أنه" carries it
_PARTITIVE_GOVERNORS = frozenset("علي ضد الي مع".split())
_UNIT_ADJECTIVES = frozenset("خاصه مشتركه كبيره صغيره اضافيه مدرعه راجله مسلحه خاصا".split())
_PARTITIVE_WORDS = MEMBER_NOUNS | frozenset(
    """قوه قوات مجموعه مجموعات عدد عددا دوريه دوريات وحده وحدات فرقه بعض احد عشرات
    ميات الاف العشرات الميات الالاف مسلحين مسلحون انصار اتباع مويدي انصارا حشد حشود جموع""".split())  # "حشد من الشبان"


_CROWD_LEAD_WORDS = _PARTITIVE_WORDS | KIN_WORDS | frozenset(("من", "حشود", "جموع", "نحو", "حوالي"))


def _crowd_subject_after(an: Analysis, t: Match, after: list[ActorMention], noun: bool) -> ActorMention | None:
    """The first actor after the verb when only words of a crowd's size, followers or kin stand
    between them ("مجموعات من أنصار وذوي", "الآلاف من"), else None. After a noun من alone says whose
    it is ("احتجاجات من الناخبين"); after a verb it says from where or whom ("سحبت سفيرها من إسرائيل")."""
    if not after:
        return None
    a = after[0]
    words = an.words_between(t.end, an.word_start_at(a.start))
    if not words or len(words) > 6 or not is_participant(a):
        return None
    if all(w.removeprefix("و") in _CROWD_LEAD_WORDS or w in _NUMBER_WORDS or w.isdigit() for w in words) \
            and (noun or any(w.removeprefix("و") not in _CROWD_PARTICLES for w in words)):
        return a
    return None  # (not "سحبت سفيرها من إسرائيل": من alone tells where from, not how many)


_CROWD_PARTICLES = frozenset(("من", "نحو", "حوالي"))


_TIME_CLAUSE_OPENERS = frozenset(("عندما", "حين", "حينما", "بعدما", "لما", "لدي"))


def _subject_right_after_an_opener(an: Analysis, t: Match, after: list[ActorMention]) -> ActorMention | None:
    """A verb opening a time clause ("عندما أغار مسلحون") has its subject right after it; the actor
    before the opener belongs to the clause before."""
    if t.prefix or not after or an.word_before(t.word_start) not in _TIME_CLAUSE_OPENERS:
        return None
    a = after[0]
    if an.count_words(t.end, an.word_start_at(a.start)) or _governed(an, a) or not is_participant(a):
        return None
    return a


def _governed(an: Analysis, a: ActorMention) -> str:
    """The preposition governing ``a``; a partitive "من" ("قوة من الشرطة", "عناصر من الجيش") does not
    count: the group named after it is the participant."""
    prep = preposition_before(an, a.start, a.prefix)
    if prep == "من" and a.prefix in ("", "ال"):
        words = an.words_before(an.word_start_at(a.start), 2)
        if len(words) >= 2 and words[-1] == "من" and (
                words[-2] in _PARTITIVE_WORDS or words[-2] in _NUMBER_WORDS or words[-2].isdigit()
                or words[-2] in _MOST_OF_THEM):
            # "ثلاثة من عناصر الصحوة", "13 معظمهم من أفراد الشرطة"; the partitive's own preposition
            # governs the group: "أطلق النار على مجموعة من السياح"
            head = an.words_before(an.word_start_at(a.start), 3)
            counted = head[1:2] and (head[1].isdigit() or head[1] in _NUMBER_WORDS)  # "ما يصل إلى 275 من": up to
            return head[0] if len(head) == 3 and head[0] in _PARTITIVE_GOVERNORS and not counted else ""
        if len(words) >= 2 and words[-1] == "من" and words[-2] in _UNIT_ADJECTIVES:
            words = an.words_before(an.word_start_at(a.start), 3)
            if len(words) == 3 and words[1] in _UNIT_ADJECTIVES and words[0] in _PARTITIVE_WORDS:
                return ""  # "وحدة خاصة من الجيش الإسرائيلي": a unit of the army
    if prep == "في" and a.prefix in ("", "ال"):
        words = an.words_before(an.word_start_at(a.start), 2)
        if len(words) == 2 and words[1] == "في" and words[0].removeprefix("و") in MEMBER_NOUNS:
            return ""  # "أطلق عناصر في الشرطة العراقية النار": members in a force are that force
    if not prep and a.prefix in ("", "ال"):
        counted = _preposition_before_count(an, a)
        if counted:
            return counted  # "أطلقت الشرطة النار على نحو عشرة آلاف متظاهر": the count's preposition
        words = an.words_before(an.word_start_at(a.start), 2)
        if len(words) == 2 and words[1] in _FOLLOWER_WORDS and words[0] in _COUNT_GOVERNORS:
            return words[0]  # "أطلقت الشرطة الرصاص على أنصار المعارضة": the followers' preposition
    if not prep and a.prefix in ("و", "وال"):
        before = an.words_before(an.word_start_at(a.start), 1)
        if before and before[0].startswith("بال"):
            return "ب"  # "قصف الجيش بالمدفعية والطائرات مواقع": joined to an instrument, an instrument too
    if prep == "ب" and an.word_before(an.word_start_at(a.start)).startswith(_LADEN_STEMS):
        return ""  # "شاحنتان محملتان برجال مسلحين نفذتا الخطف": who rode in them did it
    if prep == "ل" and a.prefix[:1] == "ل":
        words = an.words_before(an.word_start_at(a.start), 3)
        spans = an.word_spans_before(an.word_start_at(a.start), 4)
        if words and words[-1] in _OWNED_FORCES and len(spans) >= 2 and _verb_at(an, spans[-2][0]):
            return ""  # "تعرضت دورية للجيش التركي لهجوم": the patrol's force, the subject of the verb
        owned = [k for k in (-2, -3) if len(words) >= -k and words[k] in _OWNED_FORCES]
        if len(words) >= 2 and words[-1].removeprefix("ال").startswith("تابع") and owned \
                and len(spans) > -owned[0] and _verb_at(an, spans[owned[0] - 1][0]):
            # "قصفت طائرة تابعة لسلاح الجو": the aircraft, the verb's subject, is the force it belongs
            # to (not "إسقاط طائرة تابعة لقوات الأسد", its object)
            return ""
    return prep


_LADEN_STEMS = ("محمل", "مكتظ", "مليي")  # vehicles "laden" with men (مليئة is normalised مليية)
_APPROXIMATORS = frozenset(("نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل", "من", "ما", "يقارب"))


def _preposition_before_count(an: Analysis, a: ActorMention, governors: frozenset[str] | None = None) -> str:
    """The preposition before the count of a counted actor ("على نحو 10 آلاف متظاهر", "على أكثر من
    مئة شخص"), or "" when the count opens the phrase. Only a preposition that governs a counted
    group as such, unless ``governors`` (a trigger's own prepositions: "أفرجت عن تسعة وثلاثين أسيرا")
    are given."""
    words = an.words_before(an.word_start_at(a.start), 6)
    i = len(words)
    if not i or not numbers.is_count(words[-1]):
        return ""
    while i and (numbers.is_count(words[i - 1]) or words[i - 1] in _APPROXIMATORS):
        i -= 1
    if not i:
        return ""
    w = words[i - 1]
    w = w[1:] if w[:1] in ("و", "ف") and w[1:] in PREPOSITIONS else w
    if i >= 2 and words[i - 2] in ("يقل", "يزيد", "يتجاوز"):
        return ""  # "ما لا يقل عن 49 شخصا", "ما يزيد على": the preposition belongs to the quantity
    return w if w in (governors or _COUNT_GOVERNORS) else ""


# prepositions that govern a counted group as a participant ("على مئات المتظاهرين"); not عن or مع,
# which a count follows as part of a quantity or a company ("اعتقل مع ستة مسؤولين")
_COUNT_GOVERNORS = frozenset(("علي", "الي", "ضد", "في", "بين"))
_FOLLOWER_WORDS = frozenset(("انصار", "مناصري", "مويدي", "اتباع"))


_DISPERSE_WORDS = frozenset("""لتفريق تفريق بتفريق وتفريق لفض لتشتيت تشتيت""".split())


def _dispersed(an: Analysis, t: Match, a: ActorMention) -> bool:
    """The actor comes right after a word of dispersing (لتفريق، لفض), at most eight words after the
    crowd-control trigger, across an optional count ("لتفريق مئات المحتجين")."""
    if an.count_words(t.end, an.word_start_at(a.start)) > 8:
        return False
    words = an.words_before(an.word_start_at(a.start), 2)
    return bool(words) and (words[-1] in _DISPERSE_WORDS or (
        len(words) == 2 and words[0] in _DISPERSE_WORDS and (numbers.is_count(words[1]) or words[1] in _CROWD_NOUNS)))


_CROWD_NOUNS = frozenset(("حشد", "حشود", "جموع", "تجمع", "مجموعه", "صفوف"))


def _amid(an: Analysis, a: ActorMention) -> bool:
    """The actor stands after وسط ('amid'), or after وسط and a crowd noun with من ("وسط حشد من المصلين");
    not بين, which pairs the sides of a clash."""
    words = an.words_before(an.word_start_at(a.start), 3)
    if words and words[-1] in ("وسط", "ووسط"):
        return True
    return len(words) == 3 and words[0] in ("وسط", "ووسط") and words[1] in _CROWD_NOUNS and words[2] == "من"


def _verb_at(an: Analysis, start: int) -> bool:
    """A verb's event word starts at ``start``."""
    return any(m.verb_form() for m in an.triggers_in(start, start + 1))


# what a force acts through: "طائرة (حربية) تابعة لـ X" is X acting
_OWNED_FORCES = frozenset("""طايره طايرات مروحيه مروحيات مقاتله مقاتلات سفينه سفن زورق زوارق بارجه دبابه دبابات
    مدفعيه صواريخ وحده وحدات دوريه دوريات قوه عناصر""".split())


_SITE_NOUNS = frozenset("مقر مقار مبني منزل مكتب مجمع قصر ديوان مدخل بوابه".split())


def _named_as_a_site(an: Analysis, a: ActorMention) -> bool:
    """"تظاهر الطلاب أمام مقر البرلمان": a body named through its building after a preposition is
    where the event happens (or whom it addresses), never the verb's subject."""
    words = an.words_before(an.word_start_at(a.start), 2)
    return len(words) == 2 and words[1] in _SITE_NOUNS and words[0] in PREPOSITIONS


_STRONGHOLD_NOUNS = frozenset("معقل معاقل موطن".split())


def _whose_stronghold(an: Analysis, a: ActorMention) -> bool:
    """"وفي كيسومو، معقل زعيم المعارضة رايلا أودينغا، فتحت الشرطة": a body or leader named in an
    apposition describing a place (its stronghold, home town) says what the place is, not who acted."""
    spans = an.word_spans_before(an.word_start_at(a.start), 2)
    words = [an.text[lo:hi] for lo, hi in spans]
    if words[-1:] and words[-1] in _STRONGHOLD_NOUNS:
        k = -1
    elif words == ["مسقط", "راس"]:  # "مسقط رأس": a home town
        k = -2
    else:
        return False
    return an.ends_before(spans[k][0], ("،", ","))


_CLOTHING_WORDS = frozenset("زي بزي وزي زيا ازياء بازياء لباس بلباس ملابس بملابس بزات ببزات بدلات ببدلات".split())


def _worn(an: Analysis, a: ActorMention) -> bool:
    """"مسلحون يرتدون زي الشرطة", "بملابس عسكرية": a force named by the uniform worn is not a participant."""
    words = an.words_before(an.word_start_at(a.start), 1)
    return bool(words) and words[-1] in _CLOTHING_WORDS


_ATTRIBUTION_WORDS = frozenset("بحسب حسب وبحسب وحسب وفق وفقا طبقا نقلا حسبما وحسبما".split())
_ATTRIBUTION_PARTITIVES = frozenset("احد احدي بعض مصادر مصدر عن".split())


def _attribution(an: Analysis, a: ActorMention) -> bool:
    """"بحسب أحد المسؤولين عن المسجد", "وفقا للشرطة", "نقلا عن مصادر": whom the report is attributed
    to tells it; it takes no part in what the sentence reports."""
    words = an.words_before(an.word_start_at(a.start), 2)
    if words and words[-1] in _ATTRIBUTION_WORDS:
        return True
    return len(words) == 2 and words[0] in _ATTRIBUTION_WORDS and words[1] in _ATTRIBUTION_PARTITIVES


_MOST_OF_THEM = frozenset("معظمهم اغلبهم غالبيتهم بعضهم احدهم اكثرهم جميعهم كلهم".split())


def is_participant(a: ActorMention) -> bool:
    """A mention that can take part in an event: any but a bare nationality adjective ("الغارات
    الإسرائيلية"), which a plural people's noun is not ("العراقيين")."""
    return a.kind != "nisba" or a.plural_nisba


# events with two sides that do the same thing together: a second party joined to the first by و
# ("التقى الرئيس ورئيس البرلمان", "اتفقت مصر والسودان") is the other side, not a co-author
MUTUAL_TYPES = frozenset(("CONSULT", "AGREE", "COOPERATE"))
_MUTUAL_CAMEO = frozenset(("054", "057"))  # relations established, an agreement signed (SUPPORT)


def is_mutual(entry: Trigger) -> bool:
    """An event whose two sides do it together (a meeting, an agreement, a joint act)."""
    return entry.plover in MUTUAL_TYPES or entry.cameo in _MUTUAL_CAMEO


_COORDINATABLE = frozenset({"country", "capital", "org", "person"})


def coordinated_chain(an: Analysis, first: ActorMention | None, actors: list[ActorMention]) -> list:
    """``first`` and the named actors coordinated with it ("X وY وZ", "X، Y وZ")."""
    if first is None or first.kind not in _COORDINATABLE:
        return [first]
    chain = [first]
    for a in actors:
        if a.start < chain[-1].end or a.kind not in _COORDINATABLE:
            continue
        gap = an.text[chain[-1].end:an.word_start_at(a.start)].strip()
        if gap in ("", "،", ",") and (a.prefix.startswith("و") or gap in ("،", ",")):
            chain.append(a)
        else:
            break
    return chain


def _another_side(first: ActorMention, second: ActorMention) -> bool:
    """``second``, joined to ``first`` by و, is a party of its own: named, or of another country or
    sector ("الرئيس التونسي والرئيس الجزائري", "النقابات وأرباب العمل"); not the same side's second
    office or member ("روحاني ووزير خارجيته", "نائب المستشارة ووزير الطاقة")."""
    if first.kind in _COORDINATABLE and second.kind in _COORDINATABLE:
        return True
    return (second.country, second.sector) != (first.country, first.sector)


def _chain_start(an: Analysis, last: ActorMention, actors: list[ActorMention]) -> ActorMention:
    """The first of the named actors joined by و that ``last`` ends ("أن مصر والسعودية أدانتا":
    the subject before the verb is both, and the first is named first)."""
    head = last
    while head.kind in _COORDINATABLE:
        before = next((a for a in reversed(actors) if a.end <= head.start), None)
        if before is None or before.kind not in _COORDINATABLE or not _joined_to(an, before, head):
            break
        head = before
    return head


def assign_roles(an: Analysis, t: Match, entry: Trigger, actors: list[ActorMention],
                 clause: tuple[int, int]) -> tuple[ActorMention | None, ActorMention | None]:
    """Source and target of the event word ``t`` among the sentence's actors."""
    owners = {id(a): o for a, o in _owned_actors(an, actors)}
    owner_ids = {id(o) for o in owners.values()}
    source, target = _assign_roles(an, t, entry, [a for a in actors if id(a) not in owner_ids], clause)
    if entry.plover == "ASSAULT" and target is not None and not entry.verbal and target.start > t.end \
            and an.count_words(t.end, an.word_start_at(target.start)) == 0 and _weapon_platform(an, target) \
            and (source is None or source.sector not in ARMED_SECTORS):
        # "قتل ثمانية مدنيين في قصف طائرات النظام السوري": the aircraft shelled, the dead were hit
        source, target = target, source
    if entry.plover == "ASSAULT" and source is None and target is not None and t.prefix[:1] == "ب" \
            and target.end <= t.start and not an.count_words(target.end, t.word_start) \
            and target.sector in ARMED_SECTORS and not _governed(an, target) and _wields(an, target):
        # "قبل أن تفرقهم قوات الأمن بالغاز المسيل للدموع": the force right before its weapon uses it
        source, target = target, None
    # "قصفت طائرات تابعة لقوات حفتر": the force that owns the generic aircraft is the actor
    # (a crowd led by parties holds its protest: "أنصار المعارضة بقيادة حزب الله")
    if source is not None and source.kind == "agent" and id(source) in owners and not _names_a_body(source) \
            and not (entry.plover == "PROTEST" and source.sector in PROTESTING_PEOPLE_SECTORS):
        owner = owners[id(source)]  # an armed body's aircraft are its forces: "تابعة للنظام السوري"
        source = dataclasses.replace(owner, sector=source.sector) if owner.sector in (None, "GOV") else owner
    if target is not None and target.kind == "agent" and id(target) in owners and not _names_a_body(target):
        owner = owners[id(target)]  # "قافلة لقوات التحالف بقيادة أمريكية": American, and still forces
        target = dataclasses.replace(owner, sector=target.sector) if owner.sector in (None, "GOV") else owner
    if source is not None and source.end <= t.start:
        source = _chain_start(an, source, actors)
    if is_mutual(entry) and source is not None and target is None:
        # "بدأ الجيشان التركي والروسي تسيير دوريات مشتركة", "أن أنقرة وموسكو توصلتا إلى اتفاق"
        target = source.partner or next((a for a in actors if _joined_to(an, source, a)
                                         and _another_side(source, a)), None)
    return source, target


_HURT_RE = re.compile(r"^[وفب]?(?:ال)?(?:قتل|مقتل|اصيب|اصابه|جرح|مصرع|لقي|سقط|استشهد|استشهاد|اغتيل|اغتيال|اعدام|خطف|اختطاف)")


def _wields(an: Analysis, a: ActorMention) -> bool:
    """The force is the subject of the verb before it (not counted, not the one killed or hurt:
    "بمقتل 33 مسلحا من داعش بانفجار", "أصيب رجل أمن بانفجار")."""
    before = an.words_before(an.word_start_at(a.start), 3)
    return bool(before) and not _counted(an, a) and not any(numbers.is_count(w) or w.isdigit() for w in before) \
        and not any(_HURT_RE.match(w) for w in before)  # "مقتل 22 من ميليشيا الحوثي باشتباكات"


def _names_a_body(a: ActorMention) -> bool:
    """"ناشطي كتائب شهداء الأقصى التابعة لحركة فتح": members of a named body are its, not its
    parent's (the armed wing keeps its sector)."""
    return any(p[2] in ("org", "person") for p in a.parts)


def _first_of_chain(an: Analysis, last: ActorMention, before: list[ActorMention]) -> ActorMention:
    """"نحو 200 مسلح ونحو 50 جنديا قتلوا": the first of the groups joined by و before the verb,
    each perhaps counted, is the one the coder names (the first told)."""
    head = last
    for a in reversed([b for b in before if b.end <= head.start]):
        gap = an.text[a.end:an.word_start_at(head.start)].split()
        joined = [w for w in gap if w.startswith("و") and len(w) > 1]
        if len(joined) != 1 or not all(  # one و; the rest counts or adjectives of the first group
                numbers.is_count(w.removeprefix("و")) or w.removeprefix("و") in ("نحو", "حوالي") or w.isdigit()
                or (w is not joined[0] and w.endswith(("ي", "يه", "يين", "يون"))) for w in gap):
            break
        head = a
    return head


def _joined_to(an: Analysis, head: ActorMention | None, a: ActorMention) -> bool:
    """``a`` follows ``head`` joined by و with nothing between: the same role, coordinated."""
    return head is not None and a.start > head.end and a.prefix.startswith("و") \
        and not an.text[head.end:an.word_start_at(a.start)].strip()


# definite nouns that say what kind of body a name is, in an apposition right after it
_KIND_OF_BODY = frozenset("الجناح الذراع الحركه الجماعه التنظيم الحزب الفصيل المنظمه".split())


def _apposition(an: Analysis, head: ActorMention, a: ActorMention) -> bool:
    """"اللواء محمد الكروي، قائد الفرقة السابعة": an actor right after another across a comma names it
    again, and so does one in brackets a few words after it ("جنود قوة الأمم المتحدة المؤقتة العاملة
    في جنوب لبنان (يونيفيل)")."""
    if a.start <= head.end:
        return False
    between = an.text[head.end:an.word_start_at(a.start)]
    if between.strip() in ("،", ","):
        return True
    if not between.strip() and head.parts and head.parts[-1][2] == "org" \
            and an.text[a.start:a.end].split()[0] in _KIND_OF_BODY:
        return True  # "كتائب شهداء الأقصى الجناح المسلح لحركة فتح": what the named body is
    return between.rstrip().endswith("(") and ")" not in between and an.count_words(head.end, a.start) <= 7 \
        and an.text[a.end:a.end + 2].lstrip()[:1] == ")"


def _apposition_closes(an: Analysis, head: ActorMention, c_end: int) -> bool:
    """The clause after ``head`` ends with a comma that opens an apposition of it."""
    return an.text[head.end:c_end + 1].strip() in ("،", ",")


def _owned_actors(an: Analysis, actors: list[ActorMention]) -> list[tuple[ActorMention, ActorMention]]:
    """Pairs (X, Y) for "X تابعة لـ Y", "X التابعة لـ Y", "X بقيادة Y": Y owns or leads X."""
    pairs = []
    for a, b in zip(actors, actors[1:]):
        gap = an.text[a.end:b.start].split()  # "تابعة ل" before "لقوات", "تابعة" before "للنظام"
        if gap[:1] == ["ا"] and an.text[a.end:a.end + 1] == "ا":
            gap = gap[1:]  # the accusative alif the actor's span leaves out: "حراسا تابعين لشركة"
        # (past the owned noun's adjective: "حراس أمنيون تابعون لشركة")
        k = next((i for i, g in enumerate(gap[:2]) if g.startswith(_OWNED_STEMS)), None)
        if k is not None and all(g.endswith(("يون", "يين")) for g in gap[:k]) and all(g in ("ل", "لل") for g in gap[k + 1:]) \
                and (len(gap) > k + 1 or an.text.startswith("لل", b.start)):
            pairs.append((a, b))
        elif gap and gap[-1] in _LED_BY and all(_adjective_word(g) for g in gap[:-1]) and len(gap) <= 3:
            pairs.append((a, b))  # "طائرات التحالف بقيادة السعودية", "طائرات التحالف الدولي بقيادة الولايات المتحدة"
    return pairs


_LED_BY = frozenset(("بقياده", "بزعامه", "بقيادتها", "بزعامتها"))


def _adjective_word(word: str) -> bool:
    """A definite relational adjective ("الدولي", "العربي"): it may stand between a body and its leader."""
    return word.startswith("ال") and word.endswith(("ي", "يه"))


_CARRYING = frozenset("تقل يقل تقلان تنقل ينقل تحمل يحمل".split())
_OWNED_STEMS = ("تابع", "التابع", "مملوك", "المملوك")


# the one-word clause openers: "…، فيما فجر مسلحون جسرا", "بينما قتل جنديان"
_CLAUSE_OPENER_WORDS = frozenset(w for w in CLAUSE_OPENERS if " " not in w)


def _new_clause_between(an: Analysis, start: int, end: int) -> bool:
    """A clause opener ("فيما", "بعدما"), a relative clause after a comma ("…، والتي يشتبه بإيوائها
    عناصر من طالبان": it describes a noun before it), or a verb opening a clause after a comma ("بعد
    ساعات على قصف المقر، أغارت طائرات على مخزن": the aircraft are the new verb's subject) stands
    between ``start`` and ``end``."""
    return any(w in _CLAUSE_OPENER_WORDS for w in an.words_between(start, end)) \
        or _RELATIVE_AFTER_COMMA_RE.search(an.text, start, end) is not None \
        or any(_verb_after_comma(an, m) for m in an.triggers_in(start, end))


def _verb_after_comma(an: Analysis, m: Match) -> bool:
    """An event verb that opens a clause: right after a comma, with no article or preposition."""
    return m.verb_form() and m.prefix in ("", "و", "ف") and an.ends_before(m.word_start, ("،", ",", "؛"))


# a relative clause opened after a comma and not closed by another before the actor ("الغارات، التي
# تقودها الولايات المتحدة، على مواقع داعش" closes it: its target follows)
_RELATIVE_AFTER_COMMA_RE = re.compile(r"[،,]\s*و?(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)\s[^،,]*$")


_ASIDE_RE = re.compile(r"[،,]\s*(?:وهو|وهي|وهم|وهما)\s(?!ما\s)[^،,.؛]*[،,]")  # not "وهو ما قاله X"


def _asides(an: Analysis, t: Match) -> list[tuple[int, int]]:
    """"، وهو ائتلاف يضم …،": parenthetical descriptions in the trigger's sentence that do not hold it."""
    sent = an.sentence_of(t.start)
    if sent < 0:
        return []
    lo, hi = an.sentences[sent]
    if an.text.find("وه", lo, hi) < 0:  # most sentences have none: no scan
        return []
    # not "وهو الوضع الذي قالت عنه ميركل …، وتعهدت": a relative clause there holds the next verb's subject
    return [(m.start(), m.end()) for m in _ASIDE_RE.finditer(an.text, lo, hi)
            if not m.start() <= t.start < m.end() and RELATIVE_PRONOUNS.isdisjoint(m.group(0).split())]


_APPOSITION_GAP = frozenset("،,»\"” ")


def _without_appositions(an: Analysis, actors: list[ActorMention]) -> list[ActorMention]:
    """"«كتائب أبو علي مصطفى»، الذراع العسكرية للجبهة، تبنت": a generic noun right after a name and a
    comma describes the name; the name is the participant, not the description (nor the body it
    names as the owner: "لحركة حماس")."""
    out: list[ActorMention] = []
    skip_owner_of: ActorMention | None = None
    titled: ActorMention | None = None  # the person whose own titles follow the name
    for k, a in enumerate(actors):
        chained = titled is not None and titled.kind != "person" and an.count_words(titled.end, an.word_start_at(a.start)) <= 1 \
            and a.kind in ("title", "country", "org") and (a.prefix in ("", "ل") or a.kind != "title")
        if titled is not None and (chained or (a.kind == "title" and not a.prefix and not an.text[titled.end:a.start].strip())) \
                and (a.country is None or a.country == out[-1].country) and _participant_later(an, actors, k):
            # "استقبل الأمير فلان أمير منطقة الجوف أمس السفير البريطاني": the
            # titles right after a name are that person's, when someone else is named after them,
            # with what they govern ("نائب رئيس دولة الإمارات", "النائب الثاني لرئيس مجلس الوزراء")
            titled = a
            continue
        titled = a if a.kind == "person" else None
        if skip_owner_of is not None:
            if a.prefix[:1] == "ل" and an.count_words(skip_owner_of.end, an.word_start_at(a.start)) == 0:
                skip_owner_of = None
                continue  # "لحركة حماس": whose wing it is
            skip_owner_of = None
        prev = out[-1] if out else None
        if prev is not None and prev.kind in ("org", "person") and a.kind in ("agent", "title") and not a.prefix \
                and "،" in an.text[prev.end:a.start] and set(an.text[prev.end:a.start]) <= _APPOSITION_GAP:
            skip_owner_of = a
            continue
        out.append(a)
    return out


def _participant_later(an: Analysis, actors: list[ActorMention], k: int) -> bool:
    """Some actor after ``actors[k]``, in its sentence and past other words, could be the object of
    the verb: ungoverned, and not only present ("بحضور")."""
    sent = an.sentence_of(actors[k].start)
    return any(an.sentence_of(b.start) == sent and an.count_words(actors[k].end, b.start) > 0 and is_participant(b)
               and not _governed(an, b) and an.word_before(an.word_start_at(b.start)) not in _ATTENDING
               for b in actors[k + 1:])


_ATTENDING = frozenset(("بحضور", "وبحضور", "حضور", "بمشاركه", "وبمشاركه"))  # "بحضور رئيس الوزراء": present, not met


def _place_uniform_source_or_vehicle(an: Analysis, a: ActorMention) -> bool:
    """The mention names where, a uniform, whom a report is attributed to or a vehicle: read from
    its own words alone, so answered once per mention and document, not once per event word."""
    key = ("not_a_participant", a.start, a.end, a.kind, a.prefix)
    answer = an.memo.get(key)
    if answer is None:
        answer = an.memo[key] = _location(an, a) or _worn(an, a) or _attribution(an, a) or _ridden(an, a)
    return answer


def _assign_roles(an: Analysis, t: Match, entry: Trigger, actors: list[ActorMention],
                  clause: tuple[int, int]) -> tuple[ActorMention | None, ActorMention | None]:
    c_start, c_end = clause
    # a verb form read as its verbal noun after a preposition ("في قصف") is a noun whatever its other senses
    verbal = entry.verbal or (entry.pos != NOMINALISED and any(h.entry.verbal for h in t.hits if h.kind == "trigger"))
    # where, a uniform, or whom the report is attributed to: not who
    actors = [a for a in actors if not _place_uniform_source_or_vehicle(an, a)]
    asides = _asides(an, t)
    if asides:  # "، وهي حركة تجمع طلابا ونقابيين،": who is described there takes no part
        actors = [a for a in actors if not any(lo <= a.start < hi for lo, hi in asides)]
    actors = _without_appositions(an, actors)
    # an announcer of a protest, sanction or arrest is mostly its actor; of an attack, or a news
    # outlet ("نقلت وكالة رويترز … أن الآلاف تظاهروا"), it only reports it
    actors = [a for a in actors if not (a.end <= t.start and (entry.plover == "ASSAULT" or _news_outlet(a))
                                        and (_reporter(an, a, t) or (entry.plover == "ASSAULT" and _condemner(an, a))))]
    if not verbal:
        # "شهدت تركيا مظاهرات": the subject of "witnessed" is where the event happened
        actors = [a for a in actors if not (a.end <= t.start and _witness_subject(an, a))]
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

    # "عدوان إسرائيلي", "الغارات التركية": a nationality adjective on an event noun is its source,
    # the state: its armed forces for an attack, its government otherwise.
    # (a word between is the noun's adjective, "غارات جوية إسرائيلية"; not a place the nationality
    # describes: "انفجار ببلدة تركية")
    if not entry.verbal and after and after[0].kind == "nisba" and not after[0].plural_nisba \
            and an.count_words(t.end, after[0].start) <= 1 and not _construct_with_its_object(an, t) \
            and all(w.endswith(_NISBA_ENDINGS) for w in an.words_between(t.end, an.word_start_at(after[0].start))):
        source = dataclasses.replace(after[0], sector=after[0].sector or (
            "MIL" if entry.plover == "ASSAULT" else "GOV"))
        after = after[1:]

    # "هجوم لحركة الشباب", "قصف للطيران الحربي": an armed force in the genitive with ل right after
    # an attack noun is its author
    # (an adjective may stand between: "قصفا مدفعيا للجيش", where قصفا, the accusative noun, is
    # spelt as the dual verb)
    next_word = an.words_after(t.end, 1)
    nominal = not entry.verbal or (an.text[t.word_end - 1:t.word_end] == "ا" and bool(next_word)
                                   and next_word[0].endswith("يا"))
    if nominal and entry.plover == "ASSAULT" and after and "ل" not in preps \
            and after[0].prefix[:1] == "ل" and after[0].sector in ARMED_SECTORS and not _captives(an, after[0]) \
            and all(w.endswith(("ي", "يه", "يا")) for w in an.words_between(t.end, an.word_start_at(after[0].start))) \
            and an.count_words(t.end, an.word_start_at(after[0].start)) <= 1:
        source = after[0]
        after = after[1:]

    # "قصف المدفعية الإسرائيلية", "غارات التحالف": an armed force in the genitive right after an
    # attack noun that names what the attacker fires is its author (not "اختطاف الجنود", the victims)
    if source is None and not entry.verbal and entry.plover == "ASSAULT" and after and not after[0].prefix \
            and not t.prefix.endswith("ال") and _agent_genitive_noun(an, t) and after[0].sector in ARMED_SECTORS and not _captives(an, after[0]) \
            and an.count_words(t.end, an.word_start_at(after[0].start)) == 0:
        source = after[0]
        after = after[1:]

    # "من قبل X", "على يد X", "برصاص X", "بنيران X" mark the agent explicitly.
    explicit = False
    # past an apposition's commas too: "اختطف الصحفي جيمس فولي، مراسل موقع …، على يد مسلحين"
    beyond = [a for a in after_sentence if a.start >= c_end and an.count_words(t.end, a.start) <= 14
              and not _event_word_before_agent(an, _past_asides(an, c_end, a.start), a.start)] if entry.plover == "ASSAULT" else []
    for a in (after + beyond) if entry.plover != "PROTEST" else []:  # "احتجاجا على مقتل صبي برصاص الشرطة"
        if _explicit_agent_marker(an, a):
            source, explicit = a, True
            if a.kind == "nisba" and not a.plural_nisba:  # "بصواريخ إسرائيلية": the state's forces
                source = dataclasses.replace(a, sector=a.sector or ("MIL" if entry.plover == "ASSAULT" else "GOV"))
            break

    ungoverned_before = [a for a in before if not _governed(an, a) and is_participant(a) and not _named_as_a_site(an, a)
                         and not _whose_stronghold(an, a)]
    prev_word = an.word_before(t.start)
    if verbal and explicit and entry.passive_source in ("subject", "ambiguous"):
        # "شابا استشهد برصاص قوات الاحتلال", "جنديا قتل برصاص قناص": the subject of a verb whose
        # agent is marked after it is its victim
        victim = ungoverned_before[-1] if ungoverned_before else None
        between = [a for a in after if a is not source and a.start < source.start]
        if victim is None:  # "قتل جندي برصاص قناصة": the actor between the verb and the marked agent
            victim = next((a for a in between if not _governed(an, a) and is_participant(a)), None)
        if victim is None:  # "قُصفت مواقع للجيش السوري بصواريخ إسرائيلية": the owner of what was hit
            victim = _owner_of_object(an, t, between, {"direct"})
        if victim is not None and victim is not source:
            return source, victim
    if not verbal and source is None and t.prefix.startswith(("ب", "وب")) and _carried_out_with_qama(an, t):
        # "قام مسلحون ملثمون باختطاف مدير المدرسة": the subject of قام did it
        if ungoverned_before:
            source = ungoverned_before[-1]
            # (or after its own preposition: "قام الوزير بزيارة إلى بغداد")
            target = next((a for a in after if (not _governed(an, a) or _governed(an, a) in preps)
                           and an.count_words(t.end, a.start) <= 2), None)
            return source, target
    if not verbal and entry.plover != "ASSAULT" and _received(an, t):
        # "تلقى الجيش اللبناني معونات من الولايات المتحدة": the receiver is the subject, the giver
        # follows من
        giver = next((a for a in after if _governed(an, a) == "من" and is_participant(a)), None)
        receiver = ungoverned_before[-1] if ungoverned_before else None
        if receiver is not None or giver is not None:
            return giver, receiver
    if not verbal and entry.plover == "ASSAULT" and _survived(an, t, prev_word):
        # "نجا العمدة من محاولة اغتيال": the survivor, the subject of نجا, is the target (not an
        # actor of a relative clause between them: "قائد … شكل لمقاتلة القاعدة نجا")
        survivor = _main_subject(an, t, actors, clause)
        return _victims_frame(an, t, source, explicit, after, after_sentence,
                              [survivor] if survivor is not None else ungoverned_before)
    if not verbal and entry.plover in _SUFFERED_TYPES and _first_suffered_complement(an, t, prev_word):
        # "تعرض الوزير لانتقادات حادة من المعارضة", "تعرضت إيران لعقوبات أوروبية": the subject of
        # تعرض is whom it was done to; who did it follows من (or is the nationality after the noun)
        sufferer = ungoverned_before[-1] if ungoverned_before else None
        if source is None:
            source = next((a for a in after if _governed(an, a) == "من" and is_participant(a)
                           and an.count_words(t.end, an.word_start_at(a.start)) <= 3), None)
        return source, (sufferer if sufferer is not source else None)
    if not verbal and entry.plover == "ASSAULT" and (not direct or _suffered_complement(an, t, prev_word)) \
            and _in_attack_frame(an, t, prev_word):
        source, target = _victims_frame(an, t, source, explicit, after, after_sentence, ungoverned_before)
        return source, target or _owner_of_sufferer(an, t, actors, source)
    comma_initial = (not an.text[c_start:t.start].strip() and c_start > 0
                     and an.ends_before(c_start, ("،", ",")))
    if source is None and verbal and comma_initial and not ungoverned_before:
        right_after = next((a for a in after if an.count_words(t.end, an.word_start_at(a.start)) == 0 and not _governed(an, a)
                            and is_participant(a)), None)  # "، احتشد المتظاهرون": its own subject
        source = right_after or _main_subject(an, t, actors, clause)
    # the noun a relative clause describes ("المحتجين الذين رشقوا"); not when the verb carries a pronoun,
    # which is that noun as object ("الجماعات التي تدعمها"), nor a country of origin ("فلان من جزر كايمان الذي")
    relative_head = _participant_right_before(an, t, actors, 1) if prev_word in _RELATIVE_WORDS and not t.suffix \
        else None
    if relative_head is not None and relative_head.kind == "country" and _governed(an, relative_head) == "من":
        relative_head = None
    counted_subject = False
    object_is_antecedent = False  # the verb's object pronoun is the noun a relative clause describes
    if source is None and verbal and entry.plover in _WITH_A_PARTNER and (an.words_after(t.word_end, 1) or [""])[0] in _DURING_IT_WORDS \
            and not any(_governed(an, a) in ("ب", "مع") for a in after[1:]):
        # "قام الوزير بزيارة إلى بغداد، والتقى خلالها رئيس الوزراء": a meeting verb that refers back to
        # a visit told before ("during it") shares its subject; who follows is whom it met (not when
        # the partner follows with ب or مع: "والتقى خلالها الوزير بالرئيس")
        source = next((a for a in actors if a.end <= t.start and not _governed(an, a) and is_participant(a)), None)
    if source is None and verbal and not t.suffix:
        # "مواقع تسيطر عليها جماعة الحوثي": after a preposition with the pronoun of the thing described,
        # the verb's own subject follows
        source = _subject_after_resumptive(an, t, after)
    if source is None and verbal:
        if relative_head is not None:
            # "أطلقت الشرطة الغاز على المحتجين الذين رشقوا الحجارة": the noun before الذين did it, even
            # after a preposition and with another subject before it
            source = relative_head
        elif prev_word in _RELATIVE_WORDS and t.suffix in _OBJECT_SUFFIXES and (
                subject := next((a for a in after[:1] if an.count_words(t.end, an.word_start_at(a.start)) == 0
                                 and not _governed(an, a) and is_participant(a)), None)) is not None:
            # "الصواريخ التي أطلقها مسلحون": the pronoun is the thing described, the subject follows
            source = subject
            object_is_antecedent = True
        elif (opened := _subject_right_after_an_opener(an, t, after)) is not None:
            source = opened  # "قتل أحد عشر شخصا عندما أغار مسلحون على قرية": the new clause's own subject
        elif not direct and (crowd := _crowd_subject_after(an, t, after, not entry.verbal)) is not None:
            # "في البلدة التي يسكنها عدد من الموقوفين اعتصمت مجموعات من ذوي الموقوفين": a crowd
            # named by its size, followers or kin right after an intransitive verb is its subject
            source = crowd
        elif ungoverned_before and _noun_subject_after_complementiser(an, ungoverned_before[-1].end, t):
            pass  # "قالت الشرطة إن الآلاف تظاهروا": the clause after إن has its own subject
        elif not t.prefix and (head := _indefinite_relative_head(an, t, actors)) is not None:
            # "أطلقت القوات صاروخا ضد مقاتلين استهدفوا القوات": an indefinite noun after a preposition
            # right before a verb with its plural subject is described by it (no relative pronoun
            # after an indefinite noun)
            source = head
        elif ungoverned_before and t.prefix[:1] in ("و", "ف") and _subject_suffixed(an, t):
            # "أسر مقاتلو حزب الله جنديين إسرائيليين وقتلوا ثمانية": a verb joined by و shares the
            # subject before; an actor right after another is that one's object, not a subject
            subjects = [a for i, a in enumerate(ungoverned_before) if i == 0
                        or an.count_words(ungoverned_before[i - 1].end, an.word_start_at(a.start)) > 1]
            if _plural_verb(an, t):  # "مسلحون اعترضوا سيارة مراسل وأطلقوا عليه النار": not the one man
                subjects = [a for a in subjects if not is_singular(an, a)] or subjects
            source = subjects[-1]
        elif ungoverned_before and t.prefix[:1] in ("و", "ف") and entry.passive_source == "ambiguous" \
                and _nominative_count_follows(an, t):
            counted_subject = True  # "أصيب 400 شخص وقتل اثنان": the number after the verb is its own (passive) subject
        elif ungoverned_before:
            source = ungoverned_before[-1]
            if len(ungoverned_before) > 1 and _object_of_a_described_verb(an, source):
                source = ungoverned_before[-2]  # "مسلحون يستقلون سيارة مدنية أطلقوا النار": who rode it
        elif prev_word in SUBJECT_PRONOUN_WORDS or (prev_word.startswith(("ان", "لان", "بان")) and len(prev_word) <= 5
                                                     and prev_word not in _BARE_AN):
            antecedents = [a for a in actors if a.end <= t.start and not _governed(an, a) and is_participant(a)]
            source = antecedents[-1] if antecedents else None
            if source is None:
                source = next((a for a in reversed(actors) if a.end <= t.start and is_participant(a)), None)
        elif _subject_suffixed(an, t):
            # "وخطفوا 50 شخصا": the verb carries its plural subject, so who follows it is its object;
            # the subject is whom the sentence named before: right before it even after a preposition
            # (an indefinite noun's relative clause, "ضد مقاتلين استهدفوا القوات"), else the last subject
            right_before = _participant_right_before(an, t, actors, 0)
            antecedents = [a for a in actors if a.end <= t.start and not _governed(an, a) and is_participant(a)]
            source = right_before or (antecedents[-1] if antecedents else None)
            if source is not None and _noun_subject_after_complementiser(an, source.end, t):
                source = None  # "قالت الشرطة إن الآلاف تظاهروا": the speaker is not the subject
        elif not (entry.plover == "ASSAULT" and _event_noun_follows(an, t)):  # "استهدف هجوم انتحاري موكبا"
            for a in after:
                if an.count_words(t.end, a.start) > _MAX_GAP_WORDS or _past_required_noun(an, t, entry, a):
                    break  # "قامت الجماعة … بخطف تسعة جنود": who follows a light verb's noun is its object
                if not _governed(an, a) and is_participant(a) and not _named_as_a_site(an, a):
                    if entry.plover == "COERCE" and _counted(an, a) and a is after[-1] and not _hostage_takers(an, a):
                        break  # "كما اعتقلت أربعة رهبان": those counted after an arrest are arrested
                    source = a
                    break
    elif source is None and (carrier := next((a for a in _before_a_reaction(an, t, after_sentence)
                                              if _carried_out_by(an, a, t)), None)):
        source = carrier  # "في هجوم شنه متمردون"
    elif source is None and (joiner := _joined_by(an, t, actors)) is not None:
        source = joiner  # "شارك عشرات الفلسطينيين ومتضامنون أجانب بعد ظهر الجمعة في المسيرة"
    elif source is None:
        first_after = after[0] if after else None
        if (first_after and an.count_words(t.end, _genitive_start(an, t, entry, first_after)) == 0
                and not _governed(an, first_after) and (not direct or _object_in_accusative_after(an, first_after))):
            # "احتجاجات المعارضة", "مظاهرات طلاب": the genitive did it; so with a direct object in
            # the accusative after it: "مداهمة القوات الأمريكية عددا من المساجد"
            source = first_after
        elif (light := _light_verb_start(an, t)) is not None and (
                subjects := [a for a in ungoverned_before if a.start > light]):
            # "نظم إسرائيليون معارضون لخطة الحكومة تظاهرة": the subject follows its verb; later
            # actors before the noun are genitives or complements
            source = subjects[0]
        elif ungoverned_before and an.count_words(ungoverned_before[-1].end, t.start) <= 4:
            source = ungoverned_before[-1]  # "شن مسلحون هجوما", "نجح الجيش في قتل": the subject before
            if len(ungoverned_before) > 1 and _plural_verb_before(an, t) and _agent_of_a_described_thing(an, source):
                # "واجه الطلاب المحتجون حاجزا نصبه الجيش ورددوا هتافات": the army set up the
                # barrier; those who chanted are the subject the plural verb shares
                source = ungoverned_before[-2]

    if source is None and verbal and not counted_subject:
        # the subject across an apposition ("وزير الداخلية الأسبق، فلان الفلاني، قد اغتيل"): found
        # before the passive reading below is weighed, which it is subject to like any other
        source = _main_subject(an, t, actors, clause)
    if (verbal and not explicit and source is not None and source.end <= t.start and "س" not in t.prefix
            and ((entry.passive_source == "subject" and entry.plover == "ASSAULT") or (  # "150 شخصا تعرضوا للخطف"
                entry.passive_source == "ambiguous" and _nothing_done_to(an, t, after)))):
        # "إن شرطيا قتل وجرح زميله": a subject before an unvowelled verb with no object is its
        # victim (passive reading); the agent is only where the text marks it. A future ("ستعتقل")
        # is read active: its passive is rare in news
        # (not the author of an attack the victims' attack answered: "…، ردا على هجمات شنها مسلحون")
        unanswered = _before_a_reaction(an, t, after_sentence)
        return _explicit_agent(an, t, unanswered) or next(
            (a for a in unanswered if _carried_out_by(an, a, t)), None), _first_of_chain(an, source, before)
    if verbal and entry.passive_source and not explicit and source is not None and source.start > t.end \
            and t.suffix not in _OBJECT_SUFFIXES:  # "واعتقلتهم الشرطة": a verb with its object pronoun is active
        # "قتل اللواء محمد الكروي، قائد الفرقة السابعة، في هجوم": the apposition is the subject again
        others = [a for a in after_sentence if a is not source and is_participant(a)
                  and not _apposition(an, source, a)]
        counted = _counted(an, source) or (_after_partitive(an, source) and _count_follows(an, t))  # "قتل أربعة من رجال الشرطة"
        carrier = next((a for a in _before_a_reaction(an, t, others) if _carried_out_by(an, a, t)), None)
        # the victim of a killing is named again in an apposition ("قتل اللواء X، قائد الفرقة، مع"):
        # its object is looked for in the clause that the apposition closes
        apposition = entry.plover == "ASSAULT" and _apposition_closes(an, source, c_end)
        next_clause = _next_clause_at(an, source.end, len(an.text)) if entry.plover == "ASSAULT" else len(an.text)
        objects = [a for a in others if not _governed(an, a) and (a.start < c_end or not apposition)
                   and a.start < next_clause  # not "وأصيب عشرون شخصا", "بعد أن قتل مسلحون"
                   and not _coordinated_with(an, source, a)  # "قتل جنود ومدنيون عراقيون": both killed
                   and not _others_of_a_list(an, a)]  # "قتل النائب ونجله وثمانية أشخاص آخرين"
        if any(_others_of_a_list(an, a) for a in others):
            # "قتل النائب ونجله وحارساه وستة أشخاص آخرون": every member of a list that ends in
            # "others" was killed with him, and what follows a comma after it is no object
            # ("…، في عملية طالت شخصيات")
            objects = [a for a in objects if not a.prefix.startswith("و")
                       and not an.clause_break_in(source.end, a.start)]
        nxt = an.word_spans_after(source.end, 1)  # the noun right after it names it again: no object
        apposed = bool(nxt) and any(a.start == nxt[0][0] and _apposition(an, source, a) for a in after_sentence)
        if entry.passive_source == "subject" or _marked_passive(an, t) or (
                (apposed or not _object_follows(an, source)) and (not objects or counted or carrier is not None)
                and not _crowd_storming(an, t, entry, source) and not _hostage_takers(an, source)):  # "اقتحم آلاف المحتجين من أنصار التيار المنطقة": they did it
            # "قتل ثلاثة جنود": no agent before and a single (or counted) actor after: passive reading.
            # The agent, if any, is marked ("على يد", "برصاص") or is the one who "carried out" the
            # attack ("قتل شرطيان في هجوم شنه مسلحون")
            agent = _explicit_agent(an, t, after_sentence) or carrier
            if agent is None and entry.passive_source == "subject" and entry.plover != "ASSAULT":
                # "تلقى X اتصالا من Y": Y is the source (not "استشهدت امرأة … خمسة آخرين من سكان المنزل")
                agent = next((a for a in others if _governed(an, a) == "من"), None)
            return agent, source

    if source is None and not counted_subject:
        source = _main_subject(an, t, actors, clause)

    # the clause first; when the clause holds only the subject (an apposition or comma follows),
    # the next actors of the sentence
    # an attack's victims are not looked for in a new clause ("…، فيما فجر مسلحون جسرا"); a statement's
    # addressee may be the party that answers in it ("هدد برهوم …، فيما قال ليبرمان")
    candidates = [a for a in after if a is not source and not _did_it(an, a)] or [
        a for a in after_sentence[:3] if a is not source and not _did_it(an, a)
        and not (entry.plover == "ASSAULT" and _new_clause_between(an, t.end, a.start))]
    # "هاجمت القوات الصومالية وقوات الاتحاد الأفريقي معاقل …", "أدانت مصر والسعودية الهجوم": a
    # second author joined by و (a second party to a meeting, "يلتقي الرئيس ورئيس البرلمان", is its
    # other side)
    if not is_mutual(entry):
        candidates = [a for a in candidates if not _joined_to(an, source, a)]
    if entry.plover == "ASSAULT":
        # "وجهت ضربات جوية مستهدفة مقاتلي الشباب": the participle names what the attack aimed at
        target = _aimed_at(an, t, after_sentence, source)
    elif entry.plover == "SANCTION":
        target = _sanctions_aimed_at(an, t, after, source)
    for a in candidates if target is None else ():
        prep = _governed(an, a)
        if prep and (prep in preps or (prep == "ضد" and _against_the_attack(an, t, entry, a))):
            target = a
            break
        if not prep and preps - {"direct"} and _preposition_before_count(an, a, frozenset(preps)):
            target = a  # "أفرجت السلطات عن تسعة وثلاثين أسيرا": the trigger's preposition before the count
            break
        if not prep and _stance_of_the_governed(an.word_before(a.start), preps):
            target = a  # "أشاد بدور السعودية", "رحب بإعلان الرئيس الفرنسي": the role, effort or stance's owner
            break
    if target is None and entry.plover == "ASSAULT":
        # "فجر انتحاري نفسه وسط حشد من المصلين": whom the bomber blew himself up amid; "أطلقت الشرطة
        # الغاز المسيل للدموع لتفريق محتجين": whom the force fired at to disperse them
        target = next((a for a in candidates if _amid(an, a) or _dispersed(an, t, a)), None)
    if target is None and not verbal and "direct" in preps:
        target = _genitive_object(an, t, candidates)
    if target is None and direct and not object_is_antecedent:
        for a in candidates:
            if not _governed(an, a) and (source is None or a.start > source.start or source.start < t.start):
                target = a
                break
        # "قصفت المقاتلات مواقع لحزب العمال … بشمال العراق": the owner of the object named first is
        # the target, not a country further on in a phrase of place
        owner = _owner_of_object(an, t, candidates, preps or {"direct"}, source) if target is not None \
            and entry.plover == "ASSAULT" and target.kind in ("country", "capital") and (preps - {"direct"} or verbal) \
            else None
        if owner is not None and owner.start < target.start:
            target = owner
    if target is None and (preps - {"direct"} or (verbal and not object_is_antecedent)):
        target = _owner_of_object(an, t, candidates, preps or {"direct"}, source)
    if target is None and entry.plover in _WITH_A_PARTNER and source is not None and source.end <= t.start:
        # "تعمل قوات الأمن الكويتية مع نظيرتها السعودية على تسيير دوريات مشتركة": the partner named
        # with مع between the subject and the joint act
        target = next((a for a in before if a.start > source.end and _governed(an, a) == "مع"
                       and an.count_words(a.end, t.start) <= _PARTNER_REACH and is_participant(a)), None)
    if entry.plover == "PROTEST" and target is not None and target.sector not in STATE_SECTORS \
            and target.kind != "country" and (_governed(an, target) == "امام" or _named_as_a_site(an, target)):
        # "تظاهروا أمام مقر نقابة الصحفيين رفضا لقرار الحكومة": the union's seat is where they
        # gathered; whom they protest against is the state named in the purpose phrase
        target = _protested_state(an, target, after_sentence) or target
    if source is not None and source.start > t.end \
            and an.word_before(an.word_start_at(source.start)).removeprefix("و") in _AIMING_PARTICIPLES:
        # "انفجرت عبوة مساء أمس مستهدفة حافلة مدنية": what the attack aimed at is no subject
        source, target = None, target or source
    if source is not None and target is not None and (
            (source.entity_key and source.entity_key == target.entity_key) or source is target
            or (source.start, source.end) == (target.start, target.end)):
        target = None  # one mention is never both ("غارة فرنسية": its author, read again as its object)
    if target is not None and verbal and entry.plover == "ASSAULT" and target.start > t.end \
            and _owner_of_a_later_attack(an, t, target):
        target = None  # "قتل ثلاثة في هجوم لحركة الشباب": the attack's author, not the killed
    if target is not None and target.kind == "nisba" and not target.plural_nisba and target.sector is None \
            and (arm := _state_arm(an, target, entry.plover != "ASSAULT")):
        target = dataclasses.replace(target, sector=arm)
    return source, target


_DURING_IT_WORDS = frozenset(("خلالها", "خلاله", "اثناءها", "اثناءه", "بعدها"))  # "during it", "after it"


_WITH_A_PARTNER = frozenset(("COOPERATE", "CONSULT", "AGREE"))  # done with someone
_PARTNER_REACH = 4  # words from the partner to the joint act ("مع نظيرتها السعودية على تسيير")


_PROTEST_PURPOSE_RE = re.compile(r"^(?:رفضا|احتجاجا|تنديدا|استنكارا|ضد|اعتراضا)$")


def _protested_state(an: Analysis, venue: ActorMention, after: list[ActorMention]) -> ActorMention | None:
    """The state body or country named within four words after a purpose word (رفضا، احتجاجا،
    تنديدا، ضد) that follows the venue."""
    for a in after:
        if a.start <= venue.end or (a.sector not in STATE_SECTORS and a.kind != "country"):
            continue
        words = an.words_before(an.word_start_at(a.start), 4)
        if any(_PROTEST_PURPOSE_RE.match(w.removeprefix("و")) for w in words) \
                and not any(c in an.text[venue.end:a.start] for c in ".؛"):
            return a
    return None


def _genitive_start(an: Analysis, t: Match, entry: Trigger, a: ActorMention) -> int:
    """Where the word of ``a`` starts when it can be the genitive of the protest or attack noun ``t``
    ("احتجاجات المعارضة", "هجمات المتشددين"), else where its name starts (past its article, so that a
    definite word reads as one word away). A noun with the article or a pronoun ("هجماتها
    الانتحارية") is in no construct: the definite word after it is its adjective."""
    if entry.plover in ("PROTEST", "ASSAULT") and "ال" not in t.prefix and not t.prefix.endswith("لل") \
            and not t.suffix and not a.prefix.startswith("و"):  # not "بين قتيل وأسير"
        return an.word_start_at(a.start)
    return a.start


_CAPTIVE_WORDS = frozenset("اسري اسير سجناء سجين معتقلين معتقلي رهاين رهينه مخطوفين مختطفين".split())


def _captives(an: Analysis, a: ActorMention) -> bool:
    """"إعدام لأسرى من الجيش": captives of an armed force are whom the act is done to, never its author."""
    first = an.text[an.word_start_at(a.start):a.end].split(" ", 1)[0]
    return strip_article(first.removeprefix("ل").removeprefix("ل")) in _CAPTIVE_WORDS


_JOINING_REACH = 11


def _joined_by(an: Analysis, t: Match, actors: list[ActorMention]) -> ActorMention | None:
    """The subject of a verb of joining ("شارك", "انضم") that governs the event noun through في or
    إلى: the first participant after that verb and before the noun."""
    if an.word_before(t.word_start).removeprefix("و") not in ("في", "الي"):
        return None
    sent = an.sentence_of(t.start)
    floor = an.sentences[sent][0] if sent >= 0 else 0
    verb = next(((st, en) for st, en in reversed(an.word_spans_before(t.word_start, _JOINING_REACH))
                 if st >= floor and JOINED_RE.match(an.text[st:en])), None)
    if verb is None:
        return None
    return next((a for a in actors if verb[1] <= a.start < t.word_start and is_participant(a)
                 and not _governed(an, a)), None)


def _owner_of_a_later_attack(an: Analysis, t: Match, a: ActorMention) -> bool:
    """``a`` is the genitive with ل right after another attack noun than ``t`` ("هجوم لحركة الشباب")."""
    if a.prefix[:1] != "ل":
        return False
    k = bisect.bisect_left(an.trigger_word_starts, t.word_end)
    while k < len(an.trigger_word_starts) and an.trigger_word_starts[k] < a.start:
        start = an.trigger_word_starts[k]
        if an.count_words(start, an.word_start_at(a.start)) == 1:
            return True
        k += 1
    return False


_AIMING_PARTICIPLES = frozenset("مستهدفا مستهدفه مستهدفين مستهدفتين مستهدفان".split())


def _participant_right_before(an: Analysis, t: Match, actors: list[ActorMention], gap: int
                              ) -> ActorMention | None:
    """The participant that ends at most ``gap`` words before the trigger."""
    return next((a for a in reversed(actors) if a.end <= t.start and is_participant(a)
                 and an.count_words(a.end, t.start) <= gap), None)


def _indefinite_relative_head(an: Analysis, t: Match, actors: list[ActorMention]) -> ActorMention | None:
    """The indefinite noun right before a plural-suffixed verb, governed by a preposition: the noun
    its relative clause describes ("على متظاهرين رشقوا الحجارة")."""
    if not _subject_suffixed(an, t):
        return None
    head = _participant_right_before(an, t, actors, 0)
    if head is None or "ال" in head.prefix or head.kind not in ("agent", "nisba") or not _governed(an, head):
        return None
    return head


def _past_required_noun(an: Analysis, t: Match, entry: Trigger, a: ActorMention) -> bool:
    """The noun that the light verb ``t`` takes with ب ("قامت … بخطف") stands before ``a``. (A
    required word without ب may open the subject itself: "احتشد آلاف المواطنين".)"""
    return bool(entry.requires_words) and any(
        w in entry.requires_words for w in an.words_between(t.end, an.word_start_at(a.start)) if w[:1] == "ب")


def _subject_suffixed(an: Analysis, t: Match) -> bool:
    """A verb ending in the plural وا ("خطفوا", "أن يزوروا"): in Arabic a verb before its noun subject
    stays singular, so a plural ending means the subject is already in the verb. (A present verb's
    ون is no such sign: "يتعاون" ends in its root.)"""
    return an.text[t.start:t.end].split(" ", 1)[0].endswith("وا")


def _noun_subject_after_complementiser(an: Analysis, start: int, t: Match) -> bool:
    """A bare أن/إن between ``start`` and the verb with a word between it and the verb: that word
    opens the complement clause as its subject ("إن الآلاف تظاهروا"), so no actor before it is.
    A noun with a pronoun ("أن بلاده لن ترفع", "إن قواته أطلقت") is the speaker's own side, and an
    event noun is no participant."""
    spans = [(s, e) for s, e in an.word_spans_after(start, an.count_words(start, t.word_start)) if s < t.word_start]
    bare = [i for i, (s, e) in enumerate(spans) if an.text[s:e] in _BARE_AN]
    if not bare or bare[-1] == len(spans) - 1:
        return False
    s, e = spans[bare[-1] + 1]
    if an.event_word_in(s, e):
        return False  # "أشار مسؤول إلى أن الاجتماعات لن تناقش": an event noun, whose parties are told elsewhere
    subject = an.orig_text(s, e)  # the original tells ة (a noun) from ه (a pronoun)
    return not (len(subject) > 4 and subject.endswith(("ه", "ها", "هم")))


def _aimed_at(an: Analysis, t: Match, after: list[ActorMention], source: ActorMention | None
              ) -> ActorMention | None:
    """The actor right after "مستهدفا/مستهدفة" that follows the attack in its sentence, with no other
    event word between them: whom the attack was aimed at."""
    for a in after:
        if an.count_words(t.end, a.start) > 12:
            break
        start = an.word_start_at(a.start)
        before = an.words_before(start, 1)
        if a is not source and before and before[-1].removeprefix("و") in _AIMING_PARTICIPLES \
                and a.prefix in ("", "ال") and not an.event_word_in(t.end, start):
            return a
    return None


_SANCTION_AIM_RE = re.compile(r"^[وف]?(?:[تي]ستهدف|استهدفت|استهدف|[تي]طال|طالت|مستهدفه?)$")
_SANCTION_AIM_REACH = 4  # words from the sanctions to the verb that says whom they aim at, and from it to the actor


def _sanctions_aimed_at(an: Analysis, t: Match, after: list[ActorMention], source: ActorMention | None
                        ) -> ActorMention | None:
    """"فرضت واشنطن عقوبات جديدة تستهدف شركات صينية", "عقوبات طالت مسؤولين إيرانيين": whom the
    sanctions aim at, named after the verb that says so (what it hits first may be a sector the
    actor's nationality describes: "تستهدف قطاع البتروكيماويات الإيراني")."""
    spans = an.word_spans_after(t.end, _SANCTION_AIM_REACH + 1)
    verb = next((sp for sp in spans if _SANCTION_AIM_RE.match(an.text[sp[0]:sp[1]])), None)
    if verb is None or an.clause_break_in(t.end, verb[0]) or an.event_word_in(t.end, verb[0]):
        return None
    for a in after:
        if a.start < verb[1] or a is source:
            continue
        if an.count_words(verb[1], a.start) > _SANCTION_AIM_REACH or an.clause_break_in(verb[1], a.start):
            return None
        return a
    return None


def _against_the_attack(an: Analysis, t: Match, entry: Trigger, a: ActorMention) -> bool:
    """"أطلقت صاروخا ضد مقاتلين": whom an attack is against, whatever preposition its entry lists,
    when no comma and nothing else that happens ("العقوبات ضد روسيا") stand between the attack and ضد.
    The weapons fired may stand between at any length ("أطلقت الزوارق الحربية قذائف من عيار ثقيل
    وصواريخ موجهة من مسافة بعيدة ضد المهربين"): up to ten words after the last of them."""
    a_word = an.word_start_at(a.start)
    if entry.plover != "ASSAULT" or any(c in an.text[t.end:a.start] for c in "،,"):
        return False
    spans = [sp for sp in an.word_spans_before(a_word, _WEAPON_PHRASE_WORDS) if sp[0] >= t.end]
    weapons = [end for start, end in spans
               if an.text[start:end].removeprefix("و").removeprefix("ب").startswith(_WEAPON_STEMS)]
    since = weapons[-1] if weapons else t.end
    return an.count_words(since, a.start) <= (10 if weapons else 6) and not an.event_word_in(since, a_word)


def _state_arm(an: Analysis, a: ActorMention, political: bool) -> str | None:
    """Whose thing a nationality on the object names: "قاعدة عسكرية كينية" or "دورية كندية" the
    army, "دورية أمنية تركية" the police, "السفارة الفرنسية" the government. The object of a political act (a
    statement, a meeting, a demand: ``political``) is the state's; of an attack on anything else
    ("فتى فلسطيني", "بلدات إسرائيلية") the text does not say."""
    before = morph.strip_clitics(an.word_before(an.word_start_at(a.start)))  # "للسفارة الهندية"
    if before.startswith(("عسكري",) + _MILITARY_THINGS):  # "دورية كندية": a foreign army's patrol
        return "MIL"
    if before.startswith("امني"):
        return "COP"
    return "GOV" if political or before.startswith(_STATE_PLACES) else None


_STATE_PLACES = ("سفار", "قنصلي", "حكوم", "وزار", "موسس", "بعث")
_MILITARY_THINGS = ("دوريه", "دوريات", "اليه", "اليات", "مدرع", "ثكن", "معسكر", "بارج", "فرقاط")


FRAME_WORDS = frozenset(("في", "خلال", "جراء", "اثر", "عقب", "بسبب", "نتيجه"))  # "قتل ثلاثة في هجوم"


def _event_noun_follows(an: Analysis, t: Match) -> bool:
    """The word right after a verb is an event word (its subject is an event, not an actor)."""
    k = bisect.bisect_right(an.trigger_word_starts, t.word_end)
    if k >= len(an.trigger_word_starts):
        return False
    if an.count_words(t.word_end, an.trigger_word_starts[k]) != 0:
        return False
    nxt = an.words_after(t.word_end, 2)
    return not (len(nxt) == 2 and nxt[0] in _CROWD_NOUNS and nxt[1] == "من")  # "أحرق حشد من الشبان": a crowd


def _light_verb_start(an: Analysis, t: Match, max_words: int = 8) -> int | None:
    """Start of the verb of occurrence whose subject is the author ("نظم", "شن", "نفذ", "خرجت") among
    the words before a verbal noun, nearest first, or None."""
    for start, end in reversed(an.word_spans_before(t.word_start, max_words)):
        if AUTHOR_VERB_RE.match(an.text[start:end]):
            return start
    return None


def _in_attack_frame(an: Analysis, t: Match, prev_word: str) -> bool:
    """"قتل ثلاثة جنود في هجوم", "أصيبوا بانفجار", "تعرضت قافلته لهجوم": the attack noun names
    the circumstance of the casualties, or what the subject suffered."""
    if prev_word in FRAME_WORDS or t.prefix in ("ب", "وب", "فب", "بال", "وبال"):
        return True
    return _suffered_complement(an, t, prev_word)


# what one suffers at another's hands, besides attacks
_SUFFERED_TYPES = frozenset(("ACCUSE", "THREATEN", "SANCTION", "COERCE"))


def _first_suffered_complement(an: Analysis, t: Match, prev_word: str) -> bool:
    """The noun is the first ل-complement of تعرض ("تعرض لانتقادات"), not a purpose after it
    ("تعرضت الحكومة لضغوط لقبول الخطة")."""
    if not _suffered_complement(an, t, prev_word):
        return False
    s_start = an.sentences[an.sentence_of(t.start)][0]
    words = an.words_before(t.word_start, 12, s_start)
    k = max(i for i, w in enumerate(words) if morph.strip_clitics(w).startswith(("تعرض", "يتعرض", "تتعرض")))
    return not any(w.startswith("ل") and w not in COUNTED_COMPLEMENTS for w in words[k + 1:]) \
        and not an.clause_break_in(an.word_spans_before(t.word_start, len(words) - k)[0][0], t.word_start)


def _suffered_complement(an: Analysis, t: Match, prev_word: str) -> bool:
    """"تعرض مواطن لطعنات", "تعرضت الدورية لعدة هجمات": what the subject of تعرض suffered (its
    subject is the target, whatever object the attack word takes on its own)."""
    return (t.prefix.startswith(("ل", "ول")) or prev_word in COUNTED_COMPLEMENTS) and any(
        morph.strip_clitics(w).startswith(("تعرض", "يتعرض", "تتعرض"))
        for w in an.words_before(t.word_start, 12))  # the subject, place and time stand between


def _owner_of_sufferer(an: Analysis, t: Match, actors: list[ActorMention], source: ActorMention | None
                       ) -> ActorMention | None:
    """"أصيب السفير عندما تعرضت قافلته لهجوم": what suffered the attack is someone's (its pronoun);
    the target is that someone, the last participant named before it in the sentence."""
    spans = an.word_spans_before(t.word_start, 8)
    for k, (lo, hi) in enumerate(spans[:-1]):
        if morph.strip_clitics(an.text[lo:hi]).startswith(("تعرض", "يتعرض", "تتعرض")):
            thing = an.orig_text(*spans[k + 1])  # the original: normalising makes ة a ه
            if not thing.endswith(("ه", "ها", "هم", "هما")) or len(thing) < 5:
                return None
            return next((a for a in reversed(actors) if a.end <= lo and is_participant(a) and a is not source
                         and an.sentence_of(a.start) == an.sentence_of(t.start)), None)
    return None


SURVIVAL_VERBS = frozenset(("نجا", "نجت", "نجوا", "ينجو", "تنجو"))


def _survived(an: Analysis, t: Match, prev_word: str) -> bool:
    """"نجا X من محاولة اغتيال", "… من محاولة لاغتياله", "… من هجوم بتفجير انتحاري": an attack someone
    survived."""
    attempt = t.prefix.startswith("ل") and an.words_before(t.word_start, 2) == ["من", "محاوله"]
    if not (prev_word == "من" or attempt or t.prefix.startswith(("ب", "وب"))):
        return False
    # the survivor's name and titles stand between: "نجا علي حسن محمود محافظ المدينة الساحلية من"
    return any(morph.strip_clitics(w) in SURVIVAL_VERBS for w in an.words_before(t.word_start, 12))


def _victims_frame(an: Analysis, t: Match, source: ActorMention | None, explicit: bool,
                   after: list[ActorMention], after_sentence: list[ActorMention],
                   ungoverned_before: list[ActorMention]) -> tuple[ActorMention | None, ActorMention | None]:
    """In "قتل ثلاثة جنود في هجوم شنه مسلحون" the actor before the noun is the victim (subject of a
    passive or of أصيب/لقي), and the attacker is only where the text marks it: a nationality
    adjective, "من قبل", "شنه", or the owner after ل ("في هجوم لطالبان")."""
    if source is None:
        source = next((a for a in _before_a_reaction(an, t, after_sentence) if _carried_out_by(an, a, t)), None)
    if source is None and after and _governed(an, after[0]) == "ل" and an.count_words(t.end, after[0].start) <= 1:
        source = after[0]
    if source is None and after and _by_armed_men(an, t, after[0]):
        source = after[0]
    if source is None and after and not t.prefix.endswith("ال") and not _governed(an, after[0]) \
            and an.count_words(t.end, an.word_start_at(after[0].start)) == 0 and is_participant(after[0]) \
            and _agent_genitive_noun(an, t):
        source = after[0]  # "تعرضت المخازن لقصف الحوثيين": the attack's owner in the construct
    # "مقتل ستة مدنيين … بينهم أربعة جنود": the victims, not the subset named after بينهم
    victims = [a for a in ungoverned_before if not _subset_of_previous(an, a)]
    # the first told ("قتل ثلاثة جنود وأصيب خمسة مدنيين"), with the words right after it that the
    # phrase builder left apart ("جنودا بريطانيين")
    target = None
    for v in victims:
        if target is not None and an.count_words(target.end, v.start) > 0:
            break
        target = v
    if target is None:
        target = next((a for a in after if a is not source and _governed(an, a) in ("علي", "ضد")), None)
    if source is not None and target is source:
        target = None
    return source, target


# attack nouns whose genitive is the attacker (what it fires or launches), not its victim
_AGENT_GENITIVE_NOUNS = frozenset("""قصف غاره غارات هجوم هجمات ضربه ضربات عدوان نيران قذايف صواريخ رصاص
اعتداء اعتداءات تفجيرات""".split())


def _agent_genitive_noun(an: Analysis, t: Match) -> bool:
    word = an.text[t.word_start:t.word_end]
    return strip_article(word[len(t.prefix):] if word.startswith(t.prefix) else word) in _AGENT_GENITIVE_NOUNS


_CASUALTY_NOUN_RE = re.compile(r"^(?:مقتل|قتل|اصابه|اصابات|جرح|مصرع|سقوط|خطف|اختطاف|اعتقال)")


def _by_armed_men(an: Analysis, t: Match, a: ActorMention) -> bool:
    """"تعرض المكتب لإطلاق نار كثيف من مسلحين", "لهجوم من قوات الاحتلال": من with an armed force
    right after an attack noun names who attacked; after a casualty noun من is partitive ("مقتل
    ثلاثة من الجنود")."""
    # (or the press, whose attack is in print: "تعرض الرئيس لهجوم شرس من الصحف المحلية")
    return (a.sector in ARMED_SECTORS or a.sector == "MED") and _governed(an, a) == "من" \
        and an.count_words(t.end, an.word_start_at(a.start)) <= 2 \
        and not _CASUALTY_NOUN_RE.match(strip_article(an.text[t.word_start:t.end].lstrip("وفبل")))


_SUBSET_WORDS = frozenset(("بينهم", "بينهن", "بينها", "منهم", "منهن", "بينهما"))


def _subset_of_previous(an: Analysis, a: ActorMention) -> bool:
    words = an.words_before(an.word_start_at(a.start), 3)
    return any(w in _SUBSET_WORDS for w in words)


_NOT_AN_OBJECT = frozenset("""في من علي الي عن مع ب قرب امس اليوم صباح مساء صباحا مساء ليلا ظهرا فجرا فجر ليل
    الليله اول خلال اثناء بعد قبل عند لدي منذ حتي جراء اثر بسبب نتيجه برصاص بنيران وسط شمال جنوب شرق غرب داخل خارج
    امام ايضا علي الاقل نحو حوالي لحفظ""".split())


_COUNTED_CROWDS = frozenset("العشرات الميات الالاف الالوف".split())
_PLURAL_ADJECTIVE_ENDINGS = ("يين", "يون", "ين")
_POST_MODIFIERS = frozenset("""السابق السابقه الاسبق الحالي الحاليه الجديد الجديده المستقيل المقال الراحل العام
    العامه الاول الاولي الثاني الثانيه الاخر الاخري المكلف المنتخب المخلوع""".split())


_JOINED_CASUALTY_RE = re.compile(r"^[وف](?:اصيب|اصيبت|اصيبوا|جرح|قتل|قتلت|قتلوا|لقي|خطف|اختطف)$")


def _next_clause_at(an: Analysis, pos: int, limit: int) -> int:
    """Where the clause after ``pos`` ends: at a clause opener ("بعد أن", "عندما") or a casualty verb
    joined by و ("قتلت سائحة وأصيب عشرون شخصا": who follows is the second verb's)."""
    spans = an.word_spans_after(pos, 16)
    for k, (start, end) in enumerate(spans):
        if start >= limit:
            break
        w = an.text[start:end]
        nxt = an.text[spans[k + 1][0]:spans[k + 1][1]] if k + 1 < len(spans) else ""
        # ("…، حسبما أكد متحدث باسم الحركة": who tells the event is never its object)
        if w in _SEGMENT_WORDS or w in _ATTRIBUTION_WORDS or (w in ("بعد", "قبل") and nxt in ("ان", "ما")) \
                or _JOINED_CASUALTY_RE.match(w):
            return start
    return limit


_OTHERS = frozenset(("اخرين", "اخرون", "اخريات", "اخري"))
_OTHERS_AGREEING = _OTHERS | frozenset(("اخران", "اخرين", "اخريان", "اخرتان"))  # and the duals


def _others_of_a_list(an: Analysis, a: ActorMention) -> bool:
    """"وثمانية أشخاص آخرين": joined by و and called "others", the same lot as those named before."""
    after = an.words_after(a.end, 1)
    before = an.words_before(an.word_start_at(a.start), 1)
    return bool(after) and after[0] in _OTHERS and bool(before) and before[0][:1] == "و"


def _past_asides(an: Analysis, lo: int, hi: int) -> int:
    """Where the stretch [lo, hi) leaves its last comma: "قتلت الصحافية آنا، المعروفة بانتقاداتها
    للحرب، برصاص مسلح": the event word inside the apposition does not part the agent from its verb."""
    return max(lo, an.text.rfind("،", lo, hi), an.text.rfind(",", lo, hi))


def _event_word_before_agent(an: Analysis, lo: int, hi: int) -> bool:
    """An event word in [lo, hi) other than the قبل of the agent marker "من قبل" (not 'accepted')."""
    return any(not (an.text[m.word_start:m.word_end] == "قبل" and an.word_before(m.word_start) == "من")
               for m in an.triggers_in(lo, hi))


# how far a list of weapons fired may run before the one it is fired against ("ضد مقاتلين")
_WEAPON_PHRASE_WORDS = 20
_WEAPON_STEMS = ("صاروخ", "صواريخ", "قذيف", "قذايف", "رصاص", "نيران", "قنبل", "عبوه", "عبوات", "لغم", "الغام", "سكين",
                 "غاره", "غارات")


# adjectives that describe a force or body (temporary, operating, joint, special, deployed), never
# the object of a verb
_BODY_ADJECTIVES = frozenset("الموقته العامله المشتركه الخاصه المنتشره المرابطه المتمركزه".split())


_TIME_ADVERBS = WEEKDAY_WORDS | frozenset("امس اليوم صباح مساء فجر ليل ليله ظهر عصر صباحا ليلا فجرا ظهرا عصرا".split())
_DUAL_OR_PLURAL_ENDINGS = ("ان", "ين", "ون", "ا")  # and the accusative of a counted noun: "17 جنديا ماليا"


def _object_follows(an: Analysis, subject: ActorMention) -> bool:
    """"اقتحم مستوطنون باحات المسجد", "قتل جنود صبيا": a noun right after the actor that follows the
    verb is its object, so the actor is the subject of an active verb (not the victim of a passive)."""
    if an.text[subject.end:subject.end + 2].strip()[:1] in ("،", ",", ".", "(", "«", ":", "؛", "-", '"'):
        return False
    words = an.words_between(subject.end, min(len(an.text), subject.end + 60))
    if words and words[0] in _OTHERS_AGREEING:
        words = words[1:]  # "قتل شخصان آخران في هجمات": "others" agrees with the actor, no object
    while len(words) > 1 and words[0] in _TIME_ADVERBS:
        words = words[1:]  # past the day the verb happened ("اقتحم المتمردون أمس السبت العاصمة")
    if not words:
        return False
    # past the actor's plural adjectives and the ل-complement of one ("آلاف المحتجين المناهضين
    # للحكومة مطار بانكوك"): the word after them is what the verb may take as its object
    k = 0
    while k < min(len(words) - 1, 3) and words[k].startswith("ال") and words[k].endswith(_PLURAL_ADJECTIVE_ENDINGS):
        k += 1
        if words[k].startswith("لل") and k + 1 < len(words):  # "للحكومة التايلاندية"
            k += 1
            while k + 1 < len(words) and words[k].startswith("ال") and words[k].endswith(("ي", "يه")):
                k += 1
    last = an.text[an.word_start_at(subject.end - 1):subject.end]
    # past the indefinite actor's own nisba adjective ("معلمان بوذيان بالرصاص", "17 جنديا ماليا")
    while k < len(words) - 1 and not last.startswith("ال") and last.endswith(_DUAL_OR_PLURAL_ENDINGS) \
            and words[k].endswith(tuple("ي" + e for e in _DUAL_OR_PLURAL_ENDINGS)) and not words[k].startswith("ال"):
        k += 1
    w = words[k]
    if k and (w.startswith("ال") or not (len(w) > 3 and w[:1] not in "وفبلي" and w not in _NOT_AN_OBJECT)):
        return False
    if not k and w.startswith("ال") and not last.startswith("ال") and not last.endswith(("ون", "ين", "ان", "ا")):
        return False  # "عشرة من جنود القوة": a definite noun after a bare broken plural is its genitive
    number = w.isdigit() or w in _NUMBER_WORDS or w in ("واحدا", "واحده", "احدهم", "احدهما")  # "قتلت قوات الأمن واحدا منهم"
    if number and (not w.startswith("ال") or w in _COUNTED_CROWDS):
        return True  # "قتل الجيش خمسة من عناصرها", "اعتقلت الشرطة العشرات" ("المسلحون الثلاثة": an adjective)
    if w.startswith("ال") and w[2:] in _NUMBER_WORDS:
        return False  # "الجنود الأمريكيون الثلاثة": a definite number is the actor's adjective
    if number or w in _NOT_AN_OBJECT or w in _SUBSET_WORDS or w in CLAUSE_OPENERS or w[:1] in ("و", "ف", "ي"):
        # "قتل 18 شخصا بينهم ثلاثة سياح": those among them are the same victims, no object
        return False  # ي: a present verb describing the actor ("قتل ثلاثة مهاجمين يرتدون أحزمة")
    if w in SUBJECT_PRONOUN_WORDS or w.startswith("كان"):
        return False
    if w.startswith(("بال", "لل", "كال")):
        return False  # a preposition with the article: "بالرصاص", "للشرطة"
    if w[:1] == "ب" and w[1:] in _LOCATION_WORDS:
        return False  # where: "قتلت طالبة بجامعة بغداد في انفجار"
    if w[:1] == "ب" and w[1:].startswith(_WEAPON_STEMS):
        return False  # the weapon: "قتل خمسة جنود بصاروخ أطلقته القوات"
    if w in _BODY_ADJECTIVES:
        return False  # "جنود قوة الأمم المتحدة المؤقتة العاملة في جنوب لبنان": the force described
    if w in _POST_MODIFIERS or w.startswith(_OWNED_STEMS) or (
            w.startswith("ال") and w.endswith(("ي", "يه", "يين", "يون", "ين"))):
        return False  # an adjective of the actor: "الأمين العام السابق", "الجنود الأمريكيين"
    start = an.text.find(w, subject.end)
    # "بانفجار", "في هجوم" are no objects; a word that is an event only with a companion word
    # ("دورية" needs "مشتركة") is a plain noun: "استهدف مسلحون دورية للشرطة"
    if not an.event_word_in(an.word_start_at(start), start + 1):
        return True  # no event word here (a bisect): the common case, decided without a scan
    return not any(m.word_start <= start < m.end and any(
        h.kind == "trigger" and not h.entry.requires_words and not h.entry.requires for h in m.hits)
        for m in an.trigger_matches)


def _nothing_done_to(an: Analysis, t: Match, after: list[ActorMention]) -> bool:
    """No object follows the verb: no pronoun on it, no ungoverned actor or number word right after."""
    if t.suffix:
        return False
    span = an.word_spans_after(t.end, 1)
    nxt = [an.text[span[0][0]:span[0][1]]] if span else []
    if " و" in an.text[t.word_start:t.end]:
        nxt = []  # "60 شخصا قتلوا وجرح 200": the count after belongs to the second verb
    if nxt and an.text[t.end:span[0][0]].strip():
        nxt = []  # "17 متمردا قتلوا، مشيرة": past a comma, the next word is not the verb's
    if nxt and nxt[0] in _ADVERBS and nxt[0] != "اليوم":
        # "اقتحمت ليلا عيادة": the object may follow an adverb of time or manner
        later = an.word_spans_after(span[0][1], 1)
        if later and not an.text[span[0][1]:later[0][0]].strip():
            span, nxt = later, [an.text[later[0][0]:later[0][1]]]
    if nxt and (nxt[0].isdigit() or nxt[0] in _NUMBER_WORDS or nxt[0] in ("نحو", "حوالي", "اكثر", "قرابه")):
        return False
    if _object_after_instrument(an, t):
        return False
    if nxt and nxt[0].startswith("ال") and len(nxt[0]) > 4 and nxt[0] not in _TIME_WORDS \
            and not an.entity_in(t.end, span[0][1]) and not an.event_word_in(t.end, t.end + len(nxt[0]) + 2):
        return False  # "إن رجالا ملثمين اقتحموا المدرسة": a definite noun right after is its object
    # "هجوم استهدف مركزا للشرطة": an indefinite accusative noun right after is its object (not
    # "طاقمها", whose pronoun may be a passive's subject, nor "عندما", "بينما", nor an adverb)
    if nxt and nxt[0].endswith("ا") and not nxt[0].endswith(("ها", "ما")) and len(nxt[0]) > 4 \
            and nxt[0][:1] not in "وفبل" and nxt[0] not in _ADVERBS:
        return False
    # "أعدموا رجلين", "خطفوا صحفيين": a dual or plural noun in ين right after is its object
    if nxt and nxt[0].endswith("ين") and len(nxt[0]) >= 5 and nxt[0][:1] not in "وفبل" \
            and not nxt[0].startswith(("ال", "اخرين")) and nxt[0] not in _ADVERBS \
            and not an.event_word_in(span[0][0], span[0][1]):  # not "قتلوا بعد تفجيرين", "قتل آخرين"
        return False
    # "هجوم استهدف دورية": a feminine noun's accusative shows no alif (the original keeps its ة)
    if nxt and nxt[0][:1] not in "وفبل" and len(nxt[0]) > 3 and nxt[0] not in _TIME_NOUNS \
            and an.orig_text(*span[0]).endswith("ة"):
        return False
    if _attack_phrase_follows(an, span):
        return True  # "13 مسلحا قتلوا في ضربة جوية أميركية": the nationality is the strike's
    return not any(not _governed(an, a) and an.count_words(t.end, a.start) <= 3 for a in after)


_FRAMING_PREPOSITIONS = frozenset(("في", "خلال", "جراء", "اثر", "اثناء", "بعد"))


_RIDING_WORDS = frozenset("""يستقل يستقلون تستقل يستقلان تستقلان مستقلين مستقلا يركبون يمتطون""".split())


def _ridden(an: Analysis, a: ActorMention) -> bool:
    """"خطف مسلحون يستقلون زوارق سريعة أربعة عمال": the boats, cars or aircraft people ride in are
    their vehicle, not a participant."""
    before = an.words_before(an.word_start_at(a.start), 1)
    return bool(before) and before[0].removeprefix("و") in _RIDING_WORDS and not a.prefix


def _object_of_a_described_verb(an: Analysis, a: ActorMention) -> bool:
    """The actor is the object of a plural imperfect verb right before it ("يستقلون سيارة"), the verb
    describing the actor before: a clause inside the subject."""
    before = an.words_before(an.word_start_at(a.start), 1)
    return bool(before) and before[0][:1] in "يت" and before[0].endswith("ون") and len(before[0]) >= 5 \
        and not a.prefix


def _coordinated_with(an: Analysis, first: ActorMention, a: ActorMention) -> bool:
    """``a`` follows ``first`` joined by و with no word between: a second subject, no object."""
    return a.start > first.end and a.prefix.startswith("و") and not an.count_words(first.end, an.word_start_at(a.start))


_DAMMA = "\u064f"


def _marked_passive(an: Analysis, t: Match) -> bool:
    """"قُتل", "أُصيب", "وخُطف": a perfect verb whose first letter carries a damma is a passive (an
    imperfect prefix with a damma, "يُطلق", is an active form IV and does not count)."""
    if not t.verb_form():
        return False
    word = an.orig_text(t.word_start, t.word_end)
    stem = word[len(t.prefix):] if word[:len(t.prefix)] == t.prefix else word.lstrip("وف")
    return len(stem) > 1 and stem[1] == _DAMMA and stem[0] not in "يتن"


def _attack_phrase_follows(an: Analysis, first_word: list[tuple[int, int]]) -> bool:
    """A preposition and an event noun right after the verb ("قتلوا في ضربة جوية", "جرحوا خلال
    اشتباك"): what follows describes that event, no object comes between."""
    if not first_word or an.text[first_word[0][0]:first_word[0][1]] not in _FRAMING_PREPOSITIONS:
        return False
    second = an.word_spans_after(first_word[0][1], 1)
    return bool(second) and an.event_word_in(second[0][0], second[0][0] + 1)


# accusatives that are adverbs, not objects: "قتلوا صباحا", "أصيبوا أيضا"
_ADVERBS = frozenset("""صباحا مساء ليلا فجرا ظهرا عصرا ايضا مجددا حاليا سابقا لاحقا كثيرا تقريبا يوميا رسميا
    اخيرا موخرا جميعا فورا حرقا رميا ذبحا خنقا غرقا عمدا خطا اليوم""".split())
_TIME_NOUNS = frozenset("ليله ساعه مره لحظه فتره مده عشيه ظهيره برهه".split())
_TIME_WORDS = frozenset("اليوم الليله الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد الماضي الماضيه "
                        "الصباح المساء الفجر الاسبوع الشهر العام الحالي الجاري امس".split())


def _object_after_instrument(an: Analysis, t: Match) -> bool:
    """"استهدفوا بقذائف الهاون حي المزة": a noun after the weapon phrase is the verb's object, so
    the verb is active (the subject before it did it)."""
    words = an.words_after(t.end, 3)
    if not words or not words[0].startswith("ب") or len(words[0]) < 4:
        return False
    if words[0] in _CAUSE_NOUNS_WITH_BA:
        return False  # "قتلا بتفجير سيارة مفخخة": an attack noun, its genitive no object of the verb
    i = 2 if len(words) > 1 and words[1].startswith("ال") else 1
    return i < len(words) and strip_article(words[i]) in _TARGET_SITES


_CAUSE_NOUNS_WITH_BA = frozenset("بتفجير بتفجيرات بانفجار بانفجارات بهجوم بهجمات بقصف بغاره بغارات بعمليه".split())
# what a weapon is aimed at: a noun of these after the weapon phrase is the object
_TARGET_SITES = frozenset("""حي احياء مدينه بلده قريه قري مواقع موقع مقر مقار منزل منازل مبني مخيم مطار قاعده
    حاجز دوريه سياره مركز مستشفي مدرسه سوق""".split())


_BORDERING_STEMS = ("محاذي", "متاخم", "مجاور", "مقابل")
_LOCATION_WORDS = frozenset(
    """في داخل قرب عند شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي العاصمه عاصمه مدينه بلده قريه محافظه ولايه
    اقليم منطقه ضاحيه حي مخيم شوارع شارع ساحه ساحات ميدان جامعه ضواحي احياء اطراف مطار ميناء قلب""".split())  # "في قلب القاهرة"


_RECEIVE_RE = re.compile(r"^[وف]?(?:تلقي|تلقت|تلقوا|يتلقي|تتلقي|تسلم|تسلمت|تسلموا|يتسلم|تتسلم|استلم|استلمت|استلموا|"
                         r"يستلم|تستلم|حصل|حصلت|حصلوا|يحصل|تحصل)$")


def _received(an: Analysis, t: Match) -> bool:
    return any(_RECEIVE_RE.match(w) for w in an.words_before(t.word_start, 4))


QAMA_FORMS = frozenset("قام قامت قاموا يقوم تقوم يقومون تقومان".split())


def _carried_out_with_qama(an: Analysis, t: Match) -> bool:
    return any(morph.strip_clitics(w) in QAMA_FORMS or w in QAMA_FORMS
               for w in an.words_before(t.word_start, 4))


_PRONOUN_CARRIERS = frozenset(w for w in SUBJECT_PRONOUN_WORDS if w.endswith(("ه", "ها", "هم", "هما")) and w[-2:] != "لذ")
_CLAIM_WORDS = ("مسووليه", "المسووليه")


def _news_outlet(a: ActorMention) -> bool:
    return a.kind == "org" and a.sector == "MED"


_NISBA_ENDINGS = ("ي", "يه", "يا", "يين", "يون")
_SPEECH_OPENS_RE = re.compile(r":")  # a colon: the speech itself begins (a quote mark alone may quote a name)


def _reporter(an: Analysis, a: ActorMention, t: Match) -> bool:
    """"أعلنت الشرطة مقتل سبعة أشخاص", "قال مصدر أمني إن سيارة انفجرت": the subject of a speech verb
    reports the event; it did not take part. It still does where a pronoun takes it up ("أعلن
    الجيش أنه قتل") or it claims the act ("أعلنت طالبان مسؤوليتها عن الهجوم")."""
    if _news_outlet(a) and "عن" in an.words_between(a.end, min(t.start, a.end + 20))[:2]:
        return True  # "نقلت وكالة رويترز عن شهود"
    # cues are a few words long: one that ends within 40 characters of the actor starts after this
    first = bisect.bisect_left(an.cue_starts, a.start - 100)
    for c in an.cue_matches[first:]:
        if c.start >= t.start:
            break
        if c.end + 40 < a.start or c.hits[0].entry.kind != "quote":
            continue
        vso = c.end <= a.start and an.count_words(c.end, a.start) <= 1 \
            and not set(an.words_between(c.end, a.start)) & {"ان", "بان"} \
            and not _SPEECH_OPENS_RE.search(an.text, c.end, a.start)
        # (not "قال إن جنودا قتلوا", nor "وتابع: «الميليشيا قامت بتفجير…»": the clause's or the quote's subject)
        svo = a.end <= c.start and an.count_words(a.end, c.start) <= 1
        if not (vso or svo):
            continue
        between = an.words_between(max(c.end, a.end), t.word_start)
        if any(w in _PRONOUN_CARRIERS for w in between) or any(w.startswith(_CLAIM_WORDS) for w in between):
            return False
        return True
    return False


_CONDEMN_RE = re.compile(r"^[وف]?[يت]?(?:ندد|ادان|دان|استنكر|شجب|نعي|نعت)\w{0,2}$")


def _condemner(an: Analysis, a: ActorMention) -> bool:
    """"ندد الرئيس التركي بالهجوم الانتحاري الذي أوقع 30 قتيلا": the subject of a verb of
    condemnation reacts to the attack; it did not carry it out."""
    before = an.words_before(an.word_start_at(a.start), 1)
    after = an.words_after(a.end, 1)
    return bool(before and _CONDEMN_RE.match(before[0])) or bool(after and _CONDEMN_RE.match(after[0]))


def _witness_subject(an: Analysis, a: ActorMention) -> bool:
    return morph.strip_clitics(an.word_before(a.start)).startswith(("شهد", "تشهد", "يشهد"))


def _location(an: Analysis, a: ActorMention) -> bool:
    """"انفجار في بغداد", "في العاصمة الباكستانية اسلام أباد": a country or capital where it
    happened, not whom it hit."""
    if a.kind not in ("country", "capital"):
        return False
    words = an.words_before(an.word_start_at(a.start), 2)
    if words and a.prefix[:1] == "ل" and words[-1].removeprefix("ال").startswith(_BORDERING_STEMS):
        return True  # "المنطقة القبلية المحاذية لأفغانستان": where, not whom
    if a.prefix[:1] == "و" and len(words) == 2 and (_location_word(words[0]) or words[0] in ("في", "وفي")):
        return True  # "في سوريا والعراق", "إلى شوارع كيسومو ونيروبي": joined to a place, a place too
        # (not "بين واشنطن وهافانا": the two governments)
    return bool(words) and (_location_word(words[-1]) or (len(words) == 2 and _location_word(words[0])
                                                          and words[1].startswith("ال")))


def _plural_verb(an: Analysis, t: Match) -> bool:
    """"وأطلقوا", "فقتلوا": a past verb with its masculine plural subject suffix."""
    return an.text[t.word_start:t.word_end].split(" ")[0].endswith("وا")


def _plural_verb_before(an: Analysis, t: Match) -> bool:
    """The word right before the noun is a verb joined by و with the plural ending وا ("ورددوا")."""
    before = an.words_before(t.word_start, 1)
    return bool(before) and before[0][:1] == "و" and before[0].endswith("وا") and len(before[0]) >= 5


def _agent_of_a_described_thing(an: Analysis, a: ActorMention) -> bool:
    """The actor right after a verb carrying the pronoun of a thing just named ("حاجزا نصبه
    الجيش"): the agent of a clause describing that thing, no subject of the sentence."""
    spans = an.word_spans_before(an.word_start_at(a.start), 1)
    before = an.orig_text(*spans[0]) if spans else ""
    return len(before) >= 4 and before.endswith(("ه", "ها")) and not before.endswith("ة") \
        and not an.entity_in(an.word_start_at(a.start) - len(before) - 1, an.word_start_at(a.start))


def _location_word(word: str) -> bool:
    """A word of place, also with ب or و before it ("بجامعة بغداد", "وشوارع القاهرة")."""
    return word in _LOCATION_WORDS or (word[:1] in "بو" and (word[1:] in _LOCATION_WORDS or (
        word[:2] == "وب" and word[2:] in _LOCATION_WORDS)))


_PLATFORM_WORDS = frozenset("طايرات طايره مقاتلات مروحيات مدفعيه دبابات بوارج زوارق راجمات".split())


def _weapon_platform(an: Analysis, a: ActorMention) -> bool:
    """An armed body named by its aircraft, guns or boats ("طائرات النظام", "مدفعية الجيش"): in the
    genitive of an attack noun, what attacked."""
    return (a.sector in ARMED_SECTORS or a.sector == "GOV") and an.text[a.start:a.end].split(" ", 1)[0] in _PLATFORM_WORDS


def _genitive_object(an: Analysis, t: Match, candidates: list[ActorMention]) -> ActorMention | None:
    """"اغتيال الرئيس", "مقتل عشرة أشخاص", "مقتل ثلاثة من عناصر الصحوة": the genitive right after
    the noun (a count, or a count and a partitive من, may intervene)."""
    return next((a for a in candidates if an.count_words(t.end, an.word_start_at(a.start)) == 0
                 or (_counted(an, a) and an.count_words(t.end, a.start) <= 2)
                 or (an.count_words(t.end, a.start) <= 4 and not _governed(an, a)
                     and _after_partitive(an, a) and _count_follows(an, t))), None)


_HOSTAGE_WORDS = frozenset("رهاين رهينه كرهاين كرهينه".split())


def _hostage_takers(an: Analysis, a: ActorMention) -> bool:
    """"احتجز نحو أربعين مسلحا أكثر من 700 شخص رهائن": armed men counted after the verb, with the
    hostages named after them in the sentence, are the ones who hold them."""
    return a.sector in ARMED_SECTORS and any(
        w in _HOSTAGE_WORDS for w in an.words_between(a.end, an.sentences[an.sentence_of(a.start)][1]))


def _object_in_accusative_after(an: Analysis, a: ActorMention) -> bool:
    """A verbal noun's genitive followed by its object in the accusative ("مداهمة القوات عددا من
    المساجد", "اعتقال الشرطة ناشطا"): the genitive is the doer. Only a word that shows its case
    (tanween alif) and is not a pronoun form or an adjective of the genitive."""
    nxt = an.words_after(a.end, 1)
    if not nxt:
        return False
    w = nxt[0]
    return w == "عددا" or (len(w) > 3 and w.endswith("ا") and not w.endswith(("يا", "ها", "نا", "وا", "اا"))
                           and not w.startswith(("ال", "و", "ف", "ب", "ل")))


def _crowd_storming(an: Analysis, t: Match, entry: Trigger, a: ActorMention) -> bool:
    """Protesters or victims' kin counted after an attack verb that does not hurt ("اقتحم آلاف المحتجين",
    "اقتحم العشرات من ذوي ضحايا المجزرة"): they are its subject; killing or wounding them reads passive."""
    first = morph.strip_clitics(an.text[a.start:a.end].split(" ")[0])
    return entry.plover == "ASSAULT" and (protester_word(first) or first in KIN_WORDS) \
        and not _HURT_RE.match(an.text[t.word_start:t.word_end])


def _after_partitive(an: Analysis, a: ActorMention) -> bool:
    """"ثلاثة من الجنود", "ثلاثة من عناصر قوات الصحوة": من, or من and a member noun, before it."""
    words = an.words_before(an.word_start_at(a.start), 2)
    return bool(words) and (words[-1] == "من" or (len(words) == 2 and words[0] == "من"
                                                     and words[1] in MEMBER_NOUNS))


def _nominative_count_follows(an: Analysis, t: Match) -> bool:
    """"وقتل اثنان", "وجرح ثلاثة آخرون": a number in the nominative (a dual, or a counted sound
    plural in ون) after a masculine verb is that verb's subject; "وقتلت 10 مسلحين" has an object."""
    nxt = an.words_after(t.end, 2)
    if not nxt or an.text[t.word_start:t.word_end].endswith(("ت", "وا")) or not _count_follows(an, t):
        return False
    return nxt[0].endswith("ان") or (len(nxt) > 1 and nxt[1].endswith(("ون", "ان")))


def _count_follows(an: Analysis, t: Match) -> bool:
    nxt = an.words_after(t.end, 1)
    return bool(nxt) and (nxt[0].isdigit() or nxt[0] in _NUMBER_WORDS)


_SEGMENT_WORDS = frozenset("لكن ولكن بينما فيما حيث كما وكما اما حين حينما عندما بعدما".split())


def _next_actor(an: Analysis, a: ActorMention) -> ActorMention:
    """The document's actor right after ``a`` (``a`` itself when it is the last)."""
    k = bisect.bisect_right(an.actors, a.start, key=lambda m: m.start)  # the actors are in text order
    return an.actors[k] if k < len(an.actors) else a


# what one praises, backs or welcomes in another: its role, efforts, stance, initiative or steps
_STANCE_NOUNS = frozenset("""دور جهود جهد موقف مواقف مساهمه مساهمات مبادره قرار قرارات خطوه خطوات اعلان تعاون
    سياسه سياسات اداء انجازات نجاح التزام استعداد حرص وقوف تضامن مشاركه مساعي وساطه تجاوب استجابه""".split())


def _stance_of_the_governed(word: str, preps: set[str]) -> bool:
    """The word is a stance noun that a target preposition governs as a clitic ("بدور", "لجهود")."""
    word = word.removeprefix("و")
    clitic = word[:1]
    return clitic in preps and clitic in ("ب", "ل") and strip_article(word[1:]) in _STANCE_NOUNS


def _owner_of_object(an: Analysis, t: Match, candidates: list[ActorMention], preps: set[str],
                     source: ActorMention | None = None) -> ActorMention | None:
    """"غارات على مواقع لحركة حماس", "هجوم على نقطة تفتيش للجيش": the target preposition governs a
    thing, and the thing's owner (after ل or تابعة ل) is the target. Counted from the subject when it
    follows the verb ("قصفت طائرات حربية مواقع لتنظيم الدولة")."""
    # "قصفت مقاتلات تابعة لسلاح الجو التركي فجر أمس مواقع لحزب العمال": counted past the subject's owner
    subject_end = t.end if source is None or source.start < t.end else next(
        (o.end for _, o in _owned_actors(an, [source, _next_actor(an, source)])), source.end)
    for a in candidates:
        # counted from a subject between the verb and the candidate
        start = subject_end if source is not None and t.end <= source.start and subject_end <= a.start else t.end
        if an.count_words(start, a.start) > 8:
            break
        between = an.words_between(start, a.start)
        # "سيارة تابعة للشرطة", "سيارة تقل موظفين": whose the thing is, or whom it carries
        word_before = an.word_before(a.start)
        owned = _governed(an, a) in ("ل", "لدي") or word_before.startswith(_OWNED_STEMS) or word_before in _CARRYING \
            or _controlled_by(an, a)
        # "غارات على مواقع الحوثيين": the genitive of the governed thing
        genitive = not _governed(an, a) and len(between) >= 2 and between[-2] in preps
        if (owned or genitive) and (any(w in preps for w in between) or ("direct" in preps and 1 <= len(between) <= 6)):
            return a  # also a direct object's owner: "فجرت حافلة مملوكة للحرس الثوري"
    return None


_RESUMPTIVES = frozenset("عليها عليه عليهم لها له اليها اليه".split())  # not فيها: "بيانا تطالب فيه الحكومة", its object


def _subject_after_resumptive(an: Analysis, t: Match, after: list[ActorMention]) -> ActorMention | None:
    """The ungoverned actor right after the verb's resumptive preposition ("تسيطر عليها جماعة")."""
    nxt = an.words_after(t.end, 1)
    if not nxt or nxt[0] not in _RESUMPTIVES:
        return None
    return next((a for a in after if an.count_words(t.end, an.word_start_at(a.start)) == 1
                 and not _governed(an, a) and is_participant(a)), None)


_CONTROL_RE = re.compile(r"^[وف]?(?:يسيطر|تسيطر|سيطر|سيطرت|يسيطرون|تتحصن|يتحصن|يتحصنون)$")


def _controlled_by(an: Analysis, a: ActorMention) -> bool:
    """"مواقع تسيطر عليها جماعة الحوثي", "مبان يتحصن فيها مسلحون": who holds the thing."""
    words = an.words_before(an.word_start_at(a.start), 2)
    return len(words) == 2 and bool(_CONTROL_RE.match(words[0])) and words[1] in ("عليها", "عليه", "عليهم", "فيها", "فيه")


_NO_QUOTES = str.maketrans("", "", "«»\"“”")


def between_at(an: Analysis, a: ActorMention) -> int | None:
    """Where the بين that opens a pair with ``a`` starts: right before it ("بين الجيش و…") or before
    a partitive member noun ("بين عناصر من جند الشام و…"); None if ``a`` opens no pair."""
    start = an.word_start_at(a.start)
    before = an.words_before(start, 3)
    if before[-1:] == ["بين"]:
        return an.word_spans_before(start, 1)[0][0]
    if len(before) == 3 and before[0] == "بين" and before[1] in MEMBER_NOUNS and before[2] == "من":
        return an.word_spans_before(start, 3)[0][0]
    return None


def _construct_with_its_object(an: Analysis, t: Match) -> bool:
    """A phrase trigger that is a verbal noun in construct with its definite object ("إسقاط الطائرة",
    "اقتحام المسجد"): a nationality after it agrees with the object ("إسقاط الطائرة الأوكرانية" is a
    Ukrainian plane), not with the deed as in "الغارات الجوية الإسرائيلية" or "غارة جوية إسرائيلية"."""
    words = an.text[t.start:t.end].split()
    return len(words) >= 2 and not words[0].startswith("ال") and words[-1].startswith("ال")


def _between_pair(an: Analysis, t: Match, after: list[ActorMention]
                  ) -> tuple[ActorMention, ActorMention] | None:
    """"اشتباكات بين قوات X ومقاتلي Y", "محادثات بين X و Y", "اشتباكات متقطعة بين عناصر من X و Y"."""
    if len(after) < 2:
        return None
    between = between_at(an, after[0])
    if between is None:
        return None
    if an.count_words(t.end, between) > 2:
        return None
    first, second = after[0], after[1]
    gap = an.text[first.end:second.start].translate(_NO_QUOTES).strip()  # "وعناصر من «جيش المهدي»"
    if (gap.startswith("و") or (not gap and second.prefix.startswith("و"))) and len(gap.split()) <= 2 and is_participant(first) and is_participant(second):
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
    # "قال الناشط: إن جرافات الاحتلال اقتحمت": after a colon or a bare إنّ the reported clause has
    # its own subject, never the speaker (a pronoun, "إنه", still refers back)
    for marker in (":", " ان "):
        idx = an.text.rfind(marker, seg_start, t.start)
        if idx > seg_start:
            seg_start = idx
    for a in actors:
        if a.start >= t.start:
            break
        if a.start >= seg_start and is_participant(a) and not _governed(an, a):
            return a
    return None


_AGENT_MARKERS = ("من قبل", "علي يد", "علي ايدي", "برصاص", "بنيران", "بقصف", "بغاره", "بغارات", "بهجوم",
                  "نسب الي", "نسبت الي", "ونسب الي", "ونسبت الي", "المنسوب الي", "تبنته", "تبناه",
                  # the weapon's owner or nationality: "بصواريخ إسرائيلية", "بقذيفة للجيش"
                  "بصاروخ", "بصواريخ", "بقذيفه", "بقذايف", "بطايره", "بطايرات", "بقنابل", "بمدفعيه",
                  # whom the dead was fighting: "قتل … عندما كان يتصدى للقوات الإسرائيلية"
                  "يتصدي", "يتصدون", "تتصدي", "تصديه", "تصديهم", "تصديها", "اثناء تصديه")


_NUMBER_WORDS = numbers.CARDINALS | {"عدد", "عددا"}


def _counted(an: Analysis, a: ActorMention) -> bool:
    """"خمسة جنود", "30 شخصا": an actor introduced by a number is counted, i.e. a set of victims."""
    w = an.word_before(a.start)
    return w.isdigit() or w in _NUMBER_WORDS or (w[:1] == "و" and w[1:] in _NUMBER_WORDS)  # "خمسة وعشرون شخصا"


def _did_it_at(an: Analysis, a: ActorMention) -> int | None:
    """Where "قام" stands when the actor comes right after "قام به" / "قامت بها" (a doer, never an
    object), else None."""
    spans = an.word_spans_before(an.word_start_at(a.start), 2)
    if len(spans) == 2 and an.text[spans[1][0]:spans[1][1]] in ("به", "بها") \
            and an.text[spans[0][0]:spans[0][1]] in ("قام", "قامت", "قاما", "قاموا"):
        return spans[0][0]
    return None


def _did_it(an: Analysis, a: ActorMention) -> bool:
    """The actor after "قام به" / "قامت بها" did something: a doer, never an object."""
    return _did_it_at(an, a) is not None


_REACTION_WORDS = frozenset("ردا انتقاما ثارا ردها رده".split())


def _before_a_reaction(an: Analysis, t: Match, actors: list[ActorMention]) -> list[ActorMention]:
    """The actors before the first "in reply to" / "in revenge for" after ``t`` in its sentence: those
    after it did the deed answered, not this one."""
    s_end = an.sentences[an.sentence_of(t.start)][1]
    for lo, hi in an.word_spans_after(t.end, 40):
        if lo >= s_end:
            break
        if an.text[lo:hi].removeprefix("و") in _REACTION_WORDS:
            return [a for a in actors if a.start < lo]
    return actors


_UNIT_NOUNS = frozenset("وحده قوه فرقه مجموعه دوريه كتيبه سريه خليه".split())


def _carried_out_by(an: Analysis, a: ActorMention, t: Match) -> bool:
    """"في هجوم شنه مسلحون", "نفذه عناصر", "في كمين نصبه مسلحون": the actor after a carry-out verb
    with an object pronoun; after "قام به" only when that follows the event word ``t`` closely
    ("قصف عشوائي قام به المتمردون", not "الممارسات التي قامت بها الميليشيات" after a visit); the
    actor may be named as members of it ("تفجير نفذه عنصر من متمردي نمور التاميل")."""
    w = an.word_before(a.start)
    before = an.words_before(an.word_start_at(a.start), 3)
    if len(before) == 3 and before[2] == "من" and (before[1] in MEMBER_NOUNS or before[1] in _UNIT_NOUNS):
        w = before[0]  # "نفذه عنصر من", "زرعها عناصر من", "نفذتها وحدة من القوات الخاصة"
    if w in ("اليه", "اليها"):  # "إضراب عام دعت إليه النقابات": who called it organised it
        before = an.words_before(an.word_start_at(a.start), 2)
        return len(before) == 2 and before[0].startswith(("دعا", "دعت", "دعو"))
    if w in ("به", "بها"):  # "اعتداء انتحاري قام به داعش": who carried it out
        verb = _did_it_at(an, a)
        return verb is not None and t.end <= verb and an.count_words(t.end, verb) <= 2
    # "قذائف هاون أطلقها مسلحون", "بصاروخ أطلقته قوة إيساف": who fired it (past تبناه، تبنته only:
    # present تبنيه is as often "builds it", "جدار الفصل الذي تبنيه إسرائيل")
    # "عبوة ناسفة زرعها مسلحو طالبان", "قنبلة ألقاها مجهولون": who planted or threw it
    return (w.startswith(("شن", "نفذ", "تبنا", "تبنت", "تبنو", "نصب", "نظم", "اطلق", "زرع")) and w.endswith(("ه", "ها"))) \
        or w.removeprefix("و") in ("القاه", "القاها")  # not "القادة", "القارة"


def _explicit_agent_marker(an: Analysis, a: ActorMention) -> bool:
    """"من قبل X", "على يد X", also across a quantifier or a count: "من قبل عدة ضباط", "من قبل أربعة
    مسلحين" (a count elsewhere introduces victims; after the marker it counts the agents)."""
    word_start = an.word_start_at(a.start)
    before = an.text[max(0, word_start - 30):word_start].rstrip()
    if before.endswith(_AGENT_MARKERS):
        return True
    head, _, last = before.rpartition(" ")
    if last in _MEMBERS_OF:  # "على أيدي عناصر من مغاوير الشرطة", "عناصر فرع المخابرات": members of the agents
        for _ in range(2):
            if head.rstrip().endswith(_AGENT_MARKERS):
                return True
            head, _, last = head.rstrip().rpartition(" ")
            if last not in _MEMBERS_OF:
                return False
        return head.rstrip().endswith(_AGENT_MARKERS)
    quantifier = last in _AGENT_QUANTIFIERS or last.isdigit() or last in numbers.CARDINALS  # "من قبل أربعة مسلحين"
    return quantifier and head.rstrip().endswith(_AGENT_MARKERS)


_MEMBERS_OF = MEMBER_NOUNS | {"من", "فرع", "جهاز", "مجموعه"}
_AGENT_QUANTIFIERS = frozenset("عده بعض مجموعه عدد احد مسلحين".split())


def _explicit_agent(an: Analysis, t: Match, after: list[ActorMention]) -> ActorMention | None:
    """The agent of a passive clause, when stated: "على يد X", "من قبل X", "برصاص X"."""
    return next((a for a in after if _explicit_agent_marker(an, a)), None)
