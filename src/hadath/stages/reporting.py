"""Is an event reported as happening? Negation, modality, background and historical flags.

- ``negated``: a negation cue governs the trigger (لم لن لا ما ليس عدم دون, denial and foiling verbs).
- ``hypothetical``: the future prefix سـ on the trigger, future/modal/intent/readiness cues before
  it, conditional and fear cues earlier in the sentence, verbal nouns of purpose (لدعم، بهدف).
- ``background``: a cause or time frame of another event (إثر، بعد أن، منذ، عند), a verb in a
  relative clause, a definite verbal noun that refers back to a known event, or a verbal noun with
  no verb of occurrence, day-precise date or casualty count.
- ``historical`` (PLOVER's auxiliary): the text dates it more than a month before publication.
"""
from __future__ import annotations

import datetime as dt
import re

from ..lexicon import morphology as morph
from ..lexicon.compiled import Match
from ..lexicon.entries import Cue
from .analysis import PREPOSITIONS, RESPONSIBLE_WORDS, ActorMention, Analysis, PlaceMention
from .dates import WEEKDAY_WORDS, DateMention

_FUTURE_WORDS = frozenset("سيتم ستتم سيجري ستجري سيكون ستكون سوف".split())
_LITOTES = frozenset("يتورع تتورع يتوان تتوان يتوانوا يتردد تتردد يترددوا يتاخر تتاخر".split())
_ANY_WORDS = frozenset(("اي", "ايه", "لاي", "باي"))
_OPERATION_WORDS = frozenset(("عمليه", "عمليات", "محاوله", "اعمال"))
_SUCH_WORDS = frozenset(("مثل", "بمثل", "لمثل", "ومثل"))
_DEMONSTRATIVE_WORDS = frozenset("هذا هذه هذه ذلك تلك هولاء".split())
# "، ما أسفر عن مقتل", "ما أدى إلى": ما before a verb of result is 'which', not 'not'
_RESULT_VERB_RE = re.compile(r"^(?:اسفر|ادي|ادت|اوقع|خلف|تسبب|نجم|نتج|اودي|اودت|حصد|حصدت)")
_PREPOSITIONS_BEFORE_MA = frozenset("في من عن مع علي الي حول بعد قبل مثل".split())
# "غالبا ما يقتلون", "كثيرا ما": how often, not a negation
_FREQUENCY_BEFORE_MA = frozenset("غالبا كثيرا عاده قليلا نادرا دايما طالما".split())
# what is done as a rule: a habitual adverb in the clause of an imperfect verb
_HABITUAL_RE = re.compile(r"(?<!\S)(?:كل (?:يوم|عام|سنه|اسبوع|شهر|ليله|جمعه|صباح|مساء)|سنويا|يوميا|اسبوعيا|شهريا|"
                          r"عاده ما|غالبا ما|كثيرا ما|دايما ما|احيانا|في العاده)(?!\S)")
# whoever does it: "من يزور موناكو", colloquial "اللي يسافر", "ممن يعملون"
_WHOEVER = frozenset(("من", "ومن", "فمن", "ممن", "لمن", "اللي", "واللي"))


def present_tense(an: Analysis, t: Match) -> bool:
    """A verb in the imperfect: ي or ن after its clitics, or ت with a plural ending (تقتلون); a bare
    ت is as often a perfect (تظاهر, تعرضت) or a noun. Nouns are never present tense."""
    if not t.verb_form():
        return False
    w = an.text[t.word_start:t.word_end].split(" ", 1)[0]  # the verb of a phrase ("نظموا مسيرة")
    w = w[1:] if w[:1] in "وف" and t.prefix[:1] in "وف" else w
    w = w[1:] if w[:1] == "ل" and t.prefix[:1] == "ل" else w
    return (w[:1] in "ين" and not _perfect_of_a_nun_root(w)) or (w[:1] == "ت" and w.endswith(("ون", "ين")))


def _perfect_of_a_nun_root(word: str) -> bool:
    """"نفذت", "نظموا", "نسفا": a perfect ending (the imperfect's نـ, 'we', takes none) shows the ن
    is the root's first letter, not the imperfect prefix."""
    return word[:1] == "ن" and (word.endswith(("ت", "وا", "تا")) or (word.endswith("ا") and not word.endswith("ها")))


# "لم يكن قد قتل": a perfect verb after لم through the auxiliary it governs
_AUXILIARY_AFTER_LAM = frozenset(("يكن", "تكن", "يكونوا", "يكونا", "تكونا", "نكن", "يكون", "تكون"))


def _perfect_past_negator(an: Analysis, c: Match, t: Match) -> bool:
    """"سيارة لم تتوقف عند الحاجز فقتلت سائقها": لم and لن take the imperfect; a verb in the
    perfect (no ي، ن، ت or ا of the imperfect) after و or ف a few words on starts a clause of its
    own, unless an auxiliary the negator governs stands between ("لم يكن قد قتل")."""
    if not t.verb_form() or t.prefix not in ("و", "ف") \
            or an.count_words(c.end, t.start) < 1:
        return False  # without و or ف a bare stem may as well be a verbal noun: "لم يتم طلب أي شهادة"
    w = an.text[t.word_start:t.word_end][1:]
    if w[:1] in "ينتا":
        return False  # the imperfect, or a ت/ا form that may be either
    return not any(x in _AUXILIARY_AFTER_LAM for x in an.words_between(c.end, t.start))


def _imperfect_follows(an: Analysis, pos: int) -> bool:
    """The word after ``pos`` is a verb in the imperfect with ي or ن ("قد يوسع"), and the event noun
    it governs is as hedged as it is."""
    nxt = an.words_after(pos, 1)
    return bool(nxt) and nxt[0][:1] in "ين" and len(nxt[0]) >= 4 and not _perfect_of_a_nun_root(nxt[0])


def _derived_imperfect(an: Analysis, t: Match, c: Match) -> bool:
    """"قد تنفجر", "قد تتعرض", "قد تستهدف": right after قد, a verb in تن/تت/تست is an imperfect of a
    derived form (hedged), where a bare ت may be a perfect ("قد تعرض")."""
    nxt = an.word_spans_after(c.end, 1)
    word = an.text[t.word_start:t.word_end]
    # (and a defective verb's imperfect, ending in its weak letter: "قد تدعو", "قد تمضي")
    return bool(nxt) and nxt[0][0] == t.word_start and (word.startswith(("تن", "تت", "تست")) or (
        word.startswith("ت") and word.endswith(("و", "ي")) and len(word) >= 4)) \
        and t.verb_form()


_SENTENCING_WORDS = frozenset("حكم حكما الحكم حكمت احكام احكاما قضت قضي يقضي تقضي".split())


def _sentenced(an: Analysis, t: Match) -> bool:
    """An execution after a sentencing word and ب ("حكما بإعدام", "قضت المحكمة بإعدام") is the
    sentence passed, not the execution carried out."""
    if "ب" not in t.prefix or not any(h.kind == "trigger" and h.entry.cameo == "1823" for h in t.hits):
        return False
    # the court's name, seat and a day may stand between: "قضت المحكمة الجنائية العراقية العليا اليوم الأحد
    # بإعدام", "قضت محكمة أمن الدولة العليا طوارئ في الإسماعيلية أمس بإعدام"
    before = [w.removeprefix("و") for w in an.words_before(t.word_start, 10, an.sentences[an.sentence_of(t.start)][0])]
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _SENTENCING_WORDS), None)
    # (not "تم تنفيذ حكم المحكمة الصادر بإعدام": the sentence carried out)
    return at is not None and not any(w.startswith(("تنفيذ", "نفذ")) for w in before[max(0, at - 2):at])


_DURATION_LAM = frozenset("لمده لفتره ليوم ليومين لايام لساعات لساعه لساعتين لاسبوع لاسبوعين لشهر لعده".split())
_LAM_ROOT_WORDS = frozenset("ليل ليله ليلا ليلتي ليلتين لكن لم لن لا لدي لحين لحظه لحظات".split())
PURPOSE_WORDS = frozenset("بهدف لهدف اجل سعيا بغيه رغبه تمهيدا تحسبا".split())  # "بهدف دعم", "من أجل"; "تحسبا لتجدد": against what may come


_DAY_WORDS = frozenset(("اليوم", "يوم", "الاسبوع", "الشهر", "الليله"))
_ORDINALS = frozenset("""الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي عشر
    العشرين الثلاثين الاربعين الخمسين الميه الاخير""".split())
_PERIODS_WITHIN = frozenset(("الاسبوع", "الشهر", "المرحله"))  # a day of a week, a month or a stage of it


def day_of(an: Analysis, t: Match) -> bool:
    """"في اليوم الثالث عشر من الإضراب العام", "في اليوم الثاني للاحتجاجات": the protest or offensive
    counted by its days (a day word, its ordinal, then من or ل) is going on as the news is told."""
    lam = t.prefix.lstrip("وف") in ("ل", "لل")
    spans = an.word_spans_before(t.word_start, 9)
    edge, ordinals, expect_of = t.word_start, 0, not lam
    for start, end in reversed(spans):
        if an.clause_break_in(end, edge):
            return False
        word, edge = an.text[start:end].strip("«»\"“”"), start
        if expect_of:
            if word != "من":
                return False
            expect_of = False
            continue
        if word in _ORDINALS or word.isdigit():
            ordinals += 1
        elif ordinals and word in _PERIODS_WITHIN:
            # "في اليوم الأول من «الأسبوع الأخير» من الإضراب": a day of a week of it
            ordinals, expect_of = 0, True
        elif word.removeprefix("في").removeprefix("ل") in _DAY_WORDS or word in _DAY_WORDS:
            return ordinals > 0
        else:
            return False
    return False


_PURPOSE_LIGHT_NOUNS = frozenset(("تنفيذ", "شن", "ارتكاب", "تنظيم", "اقامه"))
_PLANNING_STEMS = ("تخطيط", "التخطيط", "بالتخطيط", "يخطط", "تخطط", "خطط", "خطه", "الخطه", "مخطط", "موامره", "الموامره")


# verbs that hold or wage what they take as object: "أقاموا اعتصاما للمطالبة" is a sit-in held
_HOLDING_VERB_RE = re.compile(r"^[وف]?(?:اقام|نظم|نفذ|شن|خاض|بدا|بدء|اعلن|قدم|وجه)(?:ت|وا|ا|تا)?$")


# a purpose lam on a verb of ability or attempt: "ليتمكنوا من", "لتستطيع", "ليحاولوا"
_PURPOSE_ABILITY_RE = re.compile(r"^[وف]?ل[يتن](?:تمكن|ستطيع|حاول)(?:وا|ا|ون|ان)?$")


def _able_to_before(an: Analysis, t: Match) -> bool:
    """An event noun that a purpose lam's verb of ability or attempt governs, right before it or
    through من ("ليتمكنوا من شن هجوم", "ليحاولوا اقتحام"): the aim of another act, not an act."""
    before = an.words_before(t.word_start, 2)
    if before[-1:] == ["من"]:
        before = before[:-1]
    return bool(before) and _PURPOSE_ABILITY_RE.match(before[-1]) is not None


def _is_purpose(an: Analysis, t: Match) -> bool:
    """A verbal noun of purpose: with the purpose lam ("لدعم", "للقاء"), after بهدف / من أجل /
    سعيًا إلى, or an accusative of purpose followed by ل ("دعمًا لـ")."""
    accusative = t.suffix == "ا" or (not t.suffix and an.text[t.end - 1] == "ا")
    # (an attack noun in the accusative is a verb's object: "بدأت القوات هجوما لاقتحام المدينة")
    if accusative and " " not in an.text[t.word_start:t.end] and an.text[t.word_end:t.word_end + 3].lstrip()[:1] == "ل" \
            and not all(h.entry.plover == "ASSAULT" for h in t.hits if h.kind == "trigger"):
        # "دعمًا لـ" (also read as the dual verb دعما, which is rare before ل); a phrase's accusative
        # adjective is its object's case ("قدمت غطاء جويا للقوات"), not a purpose; nor is a noun
        # with its length ("شن المعلمون إضرابا لمدة ثلاثة أيام")
        nxt = an.words_after(t.word_end, 1)
        s_start = an.sentences[an.sentence_of(t.start)][0]
        # the holding verb may stand well before its object: "نظم مئات الطلاب في المدينة الجامعية بحلب اعتصاما"
        # (no other event noun between: "نظم الحزب مهرجانا دعما للمرشح" held the rally, for the support)
        held = any(_HOLDING_VERB_RE.match(an.text[a:b]) and not an.triggers_in(b, t.word_start)
                   for a, b in an.word_spans_before(t.word_start, 8) if a >= s_start)
        # "اعتصاما ليل الأربعاء": a word whose own first letter is ل, not the preposition
        return not (nxt and (nxt[0] in _DURATION_LAM or nxt[0] in _LAM_ROOT_WORDS)) and not held
    lam = t.prefix in ("ل", "لل", "ول", "ولل", "فل", "فلل")
    if t.prefix == "و" and _joined_to_a_purpose(an, t):
        return True  # "لخطف وذبح أحد الجنود": the second deed is the first one's purpose too
    before = [w.removeprefix("و") for w in an.words_before(t.word_start, 1)]
    if before and before[0][:1] == "ل" and before[0][1:] in _PURPOSE_LIGHT_NOUNS:
        return True  # "كانوا يتدربون … لتنفيذ عمليات انتحارية": to carry them out, not done yet
    if _able_to_before(an, t):
        return True  # "حفروا نفقا ليتمكنوا من شن هجوم": what they dug it to be able to do
    light = all(h.entry.requires_words for h in t.hits if h.kind == "trigger")
    if lam and day_of(an, t):
        return False  # "في اليوم الثاني للإضراب": the lam of a genitive, the strike's second day
    if lam and (light or " " in an.text[t.word_start:t.end]):
        # "لشن هجوم", "لإطلاق سراح": a verbal-noun phrase (or light verb read as one) of purpose
        return not occurrence_verb_before(an, t)
    if lam and before and before[0].startswith(_PLANNING_STEMS):
        return True  # "للاشتباه في تخطيطهم لقتل رسام", "مؤامرة لاغتيال": the deed planned
    if lam and _deed_of_purpose(an, t):
        return True  # "أرسلت الجماعة عناصرها لخطف صحفيين": sent to kidnap; a past verb takes no purpose lam
    if lam and t.prefix[-1:] == "ل" and not t.suffix and _only_support(t):
        # "خصصت الحكومة مليار دولار لدعم المصارف", "لتدعم مرشحها": a lam before a verb's form
        # makes it the aim of another act (no past verb takes ل); the grant of "منحة لدعم التعليم"
        # is the event (AID), and "لدعمه" with its pronoun is the support thanked for, not an aim
        return True
    if any(h.entry.verbal for h in t.hits if h.kind == "trigger"):
        return False  # "لدعم" also reads as a verb
    if lam:
        # the purpose lam, unless a verb that takes ل comes right before: "تعرضت دورية لهجوم"
        return not occurrence_verb_before(an, t)
    before = an.words_before(t.word_start, 2)
    return any(w in PURPOSE_WORDS or w[1:] in PURPOSE_WORDS for w in before)


def _only_support(t: Match) -> bool:
    """Every sense is support, political or material (دعم is SUPPORT, and AID with money or arms)."""
    plovers = {h.entry.plover for h in t.hits if h.kind == "trigger"}
    return "SUPPORT" in plovers and plovers <= {"SUPPORT", "AID"}


# a noun's possessive pronoun as the matcher splits it off (سيطرتهم: سيطرت + هم)
POSSESSIVE_SUFFIXES = ("هم", "ها", "ه", "هن", "هما")
_KILLED_FOR_RE = re.compile(r"^[وف]?(?:ل)?(?:قتل|اغتيال|خطف|اختطاف|ذبح|تعذيب|ضرب|اغتصاب|طعن)(?:ه|ها|هم|هما)$")


def _deed_of_purpose(an: Analysis, t: Match) -> bool:
    """"لخطف", "لقتل", "لاغتيال": an attack word with the purpose lam, read as the verbal noun (a
    past verb takes no lam of purpose), unless a verb of suffering or resulting governs it ("تعرض
    لخطف", "أدى لقتل") or it carries its subject's pronoun, a cause ("أدين لقتله زوجته")."""
    if not all(h.entry.plover == "ASSAULT" for h in t.hits if h.kind == "trigger") \
            or t.suffix in POSSESSIVE_SUFFIXES or _KILLED_FOR_RE.match(an.text[t.word_start:t.word_end]) \
            or an.text[t.start:t.end] == "عدم":
        # (with a pronoun the noun has its possessor: "الخاضعة لسيطرتهم", "لقتله زوجته"; "لعدم
        # الوفاء" is the noun 'lack', which the verb أعدم's present stem spells)
        return False
    before = an.words_before(t.word_start, 2)
    if any(_RESULT_VERB_RE.match(w.lstrip("وف")) for w in before):
        return False
    return not occurrence_verb_before(an, t)


def _joined_to_a_purpose(an: Analysis, t: Match) -> bool:
    """The word right before is a verbal noun of purpose with its lam ("لخطف وقتل")."""
    spans = an.word_spans_before(t.word_start, 1)
    if not spans or an.text[spans[0][0]:spans[0][0] + 1] != "ل" or an.text[spans[0][1]:t.word_start].strip():
        return False  # (nothing but a space between: not across a comma or a sentence's end)
    return any(p.word_start == spans[0][0] and p.prefix[:1] == "ل" and _is_purpose(an, p)
               for p in an.triggers_in(spans[0][0], spans[0][1]))


# "تمكنت الشرطة من تفكيك السيارة قبل أن تنفجر", "اعتقل الانتحاري قبل أن يفجر نفسه": a deed
# forestalled, stopped before it happened
_FORESTALLING_RE = re.compile(r"^[وف]?(?:تمكن|تمكنت|تمكنوا|نجح|نجحت|نجحوا|احبط|فكك|تفكيك|ابطال|ابطل|اجهض|اعتقل|"
                              r"اعتقال|القبض|قبض|ضبط|ضبطت|اكتشف|اكتشاف|رصد|رصدت)")


def _forestalled(an: Analysis, t: Match, s_start: int) -> bool:
    """An attack told after قبل أن once the sentence has said it was stopped or found in time."""
    before = an.words_before(t.word_start, 4, s_start)
    if before[-1:] == ["موعد"]:
        before = before[:-1]  # "قبل دقائق من موعد انفجارها": the time set for it
    before = before[-3:]
    # "قبل أن تنفجر", "قبل انفجارها", "قبل دقائق من انفجارها": just before it would have gone off
    if not (before[-2:] == ["قبل", "ان"] or before[-1:] == ["قبل"]
            or (len(before) == 3 and before[0] == "قبل" and before[2] == "من" and before[1] in _SHORT_WHILES)) \
            or not any(getattr(h.entry, "plover", None) == "ASSAULT" for h in t.hits):
        return False
    return any(_FORESTALLING_RE.match(w) for w in an.words_between(s_start, t.word_start))


_SHORT_WHILES = frozenset("دقايق دقيقه ساعات ساعه لحظات لحظه".split())


# adjectives that make an event noun possible, expected or supposed, not one that happened
_EXPECTED_WORDS = frozenset("""محتمل محتمله المحتمل المحتمله مفترض مفترضه المفترض المفترضه متوقع متوقعه المتوقع
    المتوقعه مرتقب مرتقبه المرتقب المرتقبه مزمع مزمعه المزمع المزمعه محتملا مفترضا متوقعا مرتقبا
    مزمعا""".split())


def _expected_or_supposed(an: Analysis, t: Match) -> bool:
    """"تحذير من هجمات انتحارية مفترضة", "الهجوم المتوقع", "المسيرة المرتقبة": an event noun described
    as possible, expected or supposed (within the next two words, past an adjective of its own)."""
    if t.verb_form():
        return False
    return any(w in _EXPECTED_WORDS for w in an.words_after(t.end, 2))


_IN_FORMS = frozenset(("فان", "وان"))


def _conditional_in(an: Analysis, t: Match) -> bool:
    """فإن / وإن right before a verb is "then if" / "even if" ("فإن اتفقت الفصائل على الانتخابات"):
    إنّ ("indeed") always takes a noun first. Only a word that must be a verb counts: a perfect with
    its ending (اتفقت، هاجموا) or an imperfect, as bare forms (طلب، رفض) are as often verbal nouns,
    and the original must not spell أن ("that", before a verb too)."""
    if not t.verb_form() or t.prefix[:1] in ("و", "ف"):
        return False
    if an.word_before(t.word_start) not in _IN_FORMS:
        return False
    spans = an.word_spans_before(t.word_start, 1)
    if spans and "أ" in an.orig_text(*spans[-1]):
        return False
    word = an.text[t.word_start:t.word_end].split(" ", 1)[0]
    return present_tense(an, t) or (word.endswith(("ت", "وا", "تا")) and not word.endswith("ات"))


_MATERIAL_DEEDS = frozenset(("ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "AID", "COOPERATE", "RETREAT"))


def _generic_present(an: Analysis, t: Match, clause: tuple[int, int], s_start: int) -> str | None:
    """An imperfect verb told of whoever does it ("من يزور موناكو يتمتع", "اللي يسافر") or with a
    habitual adverb in its clause ("يزوره كل عام آلاف", "غالبا ما يقتلون"): what is done as a rule,
    not one event. Returns the word that says so."""
    before = an.words_before(t.word_start, 2, s_start)
    if len(before) == 2 and before[0] in ("كل", "وكل") and t.verb_form() \
            and an.text[t.word_start:t.word_start + 1] in "يتن" and not an.text[t.word_start:t.word_end].endswith("ت") \
            and any(h.kind == "trigger" and h.entry.plover in _MATERIAL_DEEDS for h in t.hits):
        # "كل فصيل يعذب أسرى الفصيل الآخر": each of them does it, as a rule (ت-: the imperfect after its
        # subject); words are another matter: "كل طرف يتهم الآخر" is a current exchange of accusations
        return "كل"
    if not present_tense(an, t):
        return None
    if before and before[-1] in _WHOEVER:
        return before[-1]
    habit = _HABITUAL_RE.search(an.text, clause[0], clause[1])
    return habit.group(0) if habit else None


def modality_flags(an: Analysis, t: Match, cues: list[Match], clause: tuple[int, int], s_start: int
           ) -> tuple[bool, bool, list[str]]:
    negated = hypothetical = False
    modality: list[str] = []
    if "س" in t.prefix and any(h.kind == "trigger" and h.verbal for h in t.hits):
        hypothetical = True
        modality.append("future:سـ")
    if t.prefix in ("ل", "ول", "فل") and present_tense(an, t):
        hypothetical = True  # "لنتظاهر", "ليتظاهروا": let us / so that they demonstrate
        modality.append("purpose:لـ")
    if _sentenced(an, t):  # "أصدرت المحكمة حكما بإعدام": a death sentence, not an execution
        hypothetical = True
        modality.append("sentence:حكم")
    if _forestalled(an, t, s_start):  # "فككت الشرطة العبوة قبل أن تنفجر": it never went off
        hypothetical = True
        modality.append("forestalled:قبل أن")
    if not negated and _reported_as_false(an, t):  # "واصفا التقارير عن قصف حفل زفاف بأنها عارية عن الصحة"
        negated = True
        modality.append("denied_report")
    if not negated and _cancelled_after(an, t, s_start):  # "أعلن منظمو المسيرة إلغاءها"
        negated = True
        modality.append("cancelled")
    if not negated and _prevented(an, t, s_start):  # "منعت السلطات تجمعا كان الطلاب يعتزمون تنظيمه"
        negated = True
        modality.append("prevented")
    if _conditional_in(an, t):  # "فإن اتفقت الفصائل على الانتخابات فإن الحكومة ستنفذها": only if
        hypothetical = True
        modality.append("condition:إن")
    if _expected_or_supposed(an, t):  # "هجمات انتحارية مفترضة", "المظاهرة المرتقبة": not (yet) real
        hypothetical = True
        modality.append("expected")
    if _is_purpose(an, t):  # "لدعم", "للقاء", "بهدف التعاون", "دعما لـ": intended, not (yet) done
        hypothetical = True
        modality.append("purpose")
    before2 = an.words_before(t.word_start, 2, s_start)  # whole words before "التفجيرات"
    before3 = an.words_before(t.word_start, 3, s_start)
    if an.word_before(t.start) in _ANY_WORDS or (
            len(before2) == 2 and before2[0] in _ANY_WORDS and before2[1] in _OPERATION_WORDS) or (
            len(before3) == 3 and before3[0] in _ANY_WORDS and before3[2] == "او"):
        # "قبل أن تنفذا أي هجوم", "أية عملية اجتياح", "قبل تنظيم أي تظاهرة أو اعتصام": any attack or
        # protest, not one that happened
        hypothetical = True
        modality.append("generic:أي")
    elif len(before2) == 2 and before2[0] in _SUCH_WORDS and before2[1] in _DEMONSTRATIVE_WORDS:
        hypothetical = True  # "أدت مثل هذه التفجيرات إلى": such attacks, a class, not one event
        modality.append("generic:مثل")
    generic = _generic_present(an, t, clause, s_start) if not hypothetical else None
    if generic:  # "غالبا ما يقتلون الأسرى", "من يزور المدينة": as a rule, not one event
        hypothetical = True
        modality.append(f"generic:{generic}")
    for w in an.words_before(t.word_start, 2, s_start):
        if w in _FUTURE_WORDS or (w.startswith(("وس", "س")) and w[1:] in _FUTURE_WORDS):
            hypothetical = True
            modality.append(f"future:{w}")
    if not hypothetical and _joined_to_a_future_verb(an, t, clause):
        hypothetical = True  # "سيعودون إلى الشارع ويقطعون الطرق": the second verb is as future as the first
        modality.append("future:joined")
    if not hypothetical and t.prefix[:1] == "ب" and _FUTURE_MEETING_RE.match(an.word_before(t.word_start)):
        hypothetical = True  # "أي هجوم سيقابل برد حاسم": met, in the future, by a response
        modality.append("future:before")
    if not hypothetical and _to_be_carried_out(an, t):
        hypothetical = True  # "بأن هجوما بعبوة ناسفة سينفذ مساء اليوم": an attack still to come
        modality.append("future:after")
    for c in cues:
        if c.end > t.start or c.start < s_start:
            continue
        cue: Cue = c.hits[0].entry  # type: ignore[assignment]
        words_between = an.count_words(c.end, t.start)
        word = an.text[c.start:c.end]
        if cue.kind == "negation":
            if an.text[c.word_start:c.word_end].lstrip("وف") in ("بعدما", "الابطال", "للابطال", "بالابطال"):
                continue  # "بعدما أطلقت" is 'after', not ب + عدم ('lack') + ا; "الأبطال" heroes, not foiling
            if an.text[c.word_start:c.word_end].lstrip("وف").startswith("تنكر") and any(
                    w == "في" or w.startswith(("بزي", "بزات", "بملابس", "بلباس", "كرجال", "كجنود"))
                    for w in an.words_after(c.word_end, 1)):
                continue  # "تنكروا في هيئة جنود", "تنكر بزي الشرطة": disguised, not denied
            if word == "ما" and (c.prefix or an.word_before(c.start) in _PREPOSITIONS_BEFORE_MA
                                 or an.word_before(c.start) in _FREQUENCY_BEFORE_MA
                                 or any(_RESULT_VERB_RE.match(w) for w in an.words_after(c.end, 1))):
                continue  # "في ما يشتبه بأنه هجوم", "بما", "كما", "ما أسفر عن": the relative 'what', not a negation
            if not cue.verbal and any(morph.strip_clitics(w) in _LITOTES for w in an.words_after(c.end, 1)):
                if word == "لن" and c.start >= clause[0]:  # "لن تتردد في شن عملية": will, not did
                    hypothetical = True
                    modality.append("future:لن")
                continue  # "لم يتورع عن إحراق نفسه": did not refrain, i.e. did it
            if cue.verbal:
                near = c.start >= clause[0] or words_between <= 8 or _denied_content(an, c, t)
            elif word in ("لم", "لن"):  # verbal negators scope over their clause: "لم تعقد الحكومة أي اجتماع"
                # and over the verbs joined by أو after theirs ("لم ينضموا إليه أو يعلنوا البيعة أو يبايعوا")
                alternative = an.word_before(t.word_start) in ("او", "ولا") and present_tense(an, t)
                near = c.start >= clause[0] and (words_between <= 5 or (alternative and words_between <= 12)) \
                    and not _perfect_past_negator(an, c, t)
            elif word in ("غير", "دون", "عدم"):  # "غير معلن", "عدم التدخل": the word right after only
                # (and "دون أن تشتبك": without that it happened)
                near = words_between == 0 or (word == "دون" and words_between == 1
                                              and an.words_after(c.end, 1) == ["ان"])
            else:
                near = words_between <= 2
            if near:
                negated = True
                modality.append(f"negation:{word}")
        elif cue.kind == "hypothetical" and word == "قد" and not present_tense(an, t) \
                and not _imperfect_follows(an, c.end) and not _derived_imperfect(an, t, c):
            continue  # "قد أطلقت": قد before a past verb asserts, it does not hedge ("قد يوسع الحظر" does)
        elif cue.kind == "hypothetical" and word.endswith(("حال", "حاله")) and any(
                w in _CONDITION_OF_HEALTH for w in an.words_after(c.end, 1)):
            continue  # "أحدهم في حال الخطر", "في حال حرجة": a wounded man's condition, not "in case"
        elif cue.kind == "hypothetical" and cue.verbal and _hedges_an_identity(an, c, t):
            continue  # "مسلحين يرجح أنهم على صلة بالقاعدة على إطلاق النار": who they are is hedged, not the deed
        elif cue.kind == "quote" and _CLAIMED_RE.match(an.text[c.word_start:c.word_end]) and words_between <= 4:
            hypothetical = True  # "وزعم المعتقل أنه تعرض للتعذيب": alleged, not established
            modality.append(f"claimed:{word}")
        elif cue.kind == "hypothetical" and word == "لو" and c.start < clause[0] \
                and any(ch in an.text[c.end:t.start] for ch in "،,.؛"):
            continue  # "في ضاحية فيلييه لو بيل، احتجاجا على": the French article; a condition's clause ends at its comma
        elif cue.kind == "hypothetical" and word in _SEEKING and not _sought(an, c, t):
            continue  # "وسعت الجزائر وتونس التعاون": وسّع 'expanded', not و + سعت 'sought'
        elif cue.kind == "hypothetical" and word in _ALLEGATIONS:
            # "مزاعم تعذيب", "الإشاعات عن مقتل جنود": the allegation's own complement, not the next verb
            # ("بالصراعات والشائعات … داعيا"); a that-clause after it is its content, however long
            # ("الادعاءات التي تقول بأن قوات الشغب دفعت متظاهرين … خلال أعمال الشغب")
            if (words_between <= 2 and not an.clause_break_in(c.end, t.start)) or (
                    words_between <= _ALLEGED_CLAUSE_WORDS and _allegation_clause(an, c, t)):
                hypothetical = True
                modality.append(f"hypothetical:{word}")
        elif cue.kind == "hypothetical":
            if words_between <= 3 or (cue.pos in ("phrase", "noun") and words_between <= 10) or c.start >= clause[0]:
                hypothetical = True
                modality.append(f"hypothetical:{word}")
            if "س" in c.prefix and cue.verbal:
                hypothetical = True
    if not hypothetical and not negated and _consequent_of_a_condition(an, t):
        hypothetical = True  # "قد ترفض المعارضة المشاركة … إذا أصر النظام": what would follow
        modality.append("conditional:اذا")
    return negated, hypothetical, modality


_ALLEGED_CLAUSE_WORDS = 25  # words of a that-clause an allegation governs
_SAYING_RELATIVES = frozenset("التي الذي تقول يقول تفيد تشير تتحدث تزعم".split())


def _allegation_clause(an: Analysis, c: Match, t: Match) -> bool:
    """The allegation opens a that-clause ("بأن", "أن"), maybe after a relative verb of saying ("التي
    تقول بأن"), and the trigger is in it: no full stop or semicolon between."""
    words = an.words_between(c.end, t.word_start)[:3]
    k = 0
    while k < len(words) and words[k] in _SAYING_RELATIVES:
        k += 1
    return k < len(words) and words[k] in ("بان", "ان", "بانه", "بانها", "انه", "انها") \
        and not any(ch in an.text[c.end:t.start] for ch in ".؛")


# "seeks to" (cues.tsv), normalised; سعت and سعوا also end وسّعت، وسّعوا 'expanded'
_SEEKING = frozenset(("سعي", "سعت", "سعوا", "يسعي", "تسعي", "نسعي", "يسعون"))


def _sought(an: Analysis, c: Match, t: Match) -> bool:
    """What one seeks is told after إلى, أن or a purpose ل ("سعت الحكومة إلى تعزيز التعاون"):
    with none of them between the verb and the trigger, the verb is not "sought"."""
    if t.prefix[:1] == "ل" or t.prefix[:2] in ("ول", "فل"):
        return True
    return any(w in ("الي", "ان", "لان") or w[:1] == "ل" for w in an.words_between(c.end, t.word_start))


# allegations and rumours (cues.tsv), normalised: they make only what they are about unconfirmed
_ALLEGATIONS = frozenset(("مزاعم", "ادعاءات", "اشاعات", "شايعات"))


_CANCELLED_IT_RE = re.compile(r"^[وف]?ب?(?:الغاء|الغائ|الغوا|الغي|الغت|الغا)(?:ها|ه|هما|هم)$")


_PREVENTED_RE = re.compile(r"^[وف]?(?:منع|منعت|منعوا|تمنع|يمنع|حظر|حظرت|تحظر|يحظر)$")


def _prevented(an: Analysis, t: Match, s_start: int) -> bool:
    """"منعت السلطات المحلية في أربيل تجمعا", "حظرت الحكومة المسيرة": a protest noun that is the
    object of a verb of preventing or banning was not held. Only a protest noun (an attack stopped is
    told as foiled), with no other event word between ("منعت المتظاهرين من الاقتراب فاشتبكوا")."""
    if not any(h.kind == "trigger" and h.entry.plover == "PROTEST" for h in t.hits) \
            or (t.verb_form() and an.text[t.word_start:t.word_end].endswith(("وا", "ون"))):
        return False  # (a noun; "تجمعا" also reads as a dual verb)
    for lo, hi in reversed(an.word_spans_before(t.word_start, 5)):
        if lo < s_start or an.triggers_in(hi, t.word_start):
            return False
        if _PREVENTED_RE.match(an.text[lo:hi]):
            return True
    return False


_FUTURE_VERB_RE = re.compile(r"^[وف]?س[يتن]\w{2,}$")
# a future verb that meets a deed with something: "سيقابل برد حاسم", "ستواجه بالقوة"
_FUTURE_MEETING_RE = re.compile(r"^[وف]?س[يتن](?:قابل|واجه|جابه|رد|عاقب|تعامل)(?:ون|ان|وا)?$")


def _joined_to_a_future_verb(an: Analysis, t: Match, clause: tuple[int, int]) -> bool:
    """A present verb joined by و to a future one (سـ) a few words before it in its clause."""
    first = an.text[t.word_start:t.word_end].split(" ")[0].removeprefix("و")
    if not t.prefix.startswith("و") or not (present_tense(an, t) or (first[:1] in "يتن" and first.endswith(("ون", "ن")))):
        return False
    return any(_FUTURE_VERB_RE.match(w) for w in an.words_before(t.word_start, 5, clause[0]))


_FUTURE_REACH = 3  # words from an indefinite noun to its future verb: an adjective, a ب-phrase of its means


def _to_be_carried_out(an: Analysis, t: Match) -> bool:
    """"هجوما بعبوة ناسفة سينفذ مساء اليوم", "مظاهرة ستنطلق غدا": an indefinite verbal noun whose
    verb of occurrence after it is future (سـ) is still to take place."""
    word = an.text[t.word_start:t.word_end]
    if t.verb_form() or word.startswith(("ال", "وال", "فال")) or t.prefix[:1] in ("ب", "ل", "ك"):
        return False
    for start, end in an.word_spans_after(t.word_end, _FUTURE_REACH):
        if any(c in an.text[t.word_end:start] for c in "،,.؛:()«»"):
            return False
        w = an.text[start:end]
        if _FUTURE_VERB_RE.match(w):
            return OCCURRENCE_RE.match(w.lstrip("وف")[1:]) is not None or _TOOK_PLACE_RE.match(w.lstrip("وف")[1:]) is not None
    return False


def _cancelled_after(an: Analysis, t: Match, s_start: int) -> bool:
    """"أعلن منظمو المسيرة المناهضة للزيارة إلغاءها": an event noun whose cancellation follows,
    told with a pronoun that refers back to it (the cancellation cue before an event, "ألغت النقابة
    الاعتصام", is read by the cue loop). Only a noun: a verb told what was done."""
    if t.verb_form() or an.sentence_of(t.start) != an.sentence_of(t.end):
        return False
    s_end = an.sentences[an.sentence_of(t.start)][1]
    if not any(_CANCELLED_IT_RE.match(an.text[lo:hi]) for lo, hi in an.word_spans_after(t.word_end, 10) if hi <= s_end):
        return False  # (the cheap test first: it runs for every event)
    # the pronoun refers to the first event noun told ("منظمو المسيرة المناهضة لزيارة …")
    return not any(s_start <= u.start < t.start and not u.verb_form() for u in an.trigger_matches)


_CONDITION_OF_HEALTH = frozenset("الخطر خطر خطره الخطره حرجه الحرجه سييه مستقره صحيه جيده الخطيره خطيره".split())


def _consequent_of_a_condition(an: Analysis, t: Match) -> bool:
    """A verb in the imperfect (or a ت form that may be one) with a condition after it in its
    sentence ("… إذا استمرت أزمة السيولة", "ما لم يتراجع", "في حال"): the main clause of a
    conditional, which says what would happen."""
    if not t.verb_form():
        return False
    word = an.text[t.word_start:t.word_end]
    word = word[1:] if word[:1] in "وف" and t.prefix[:1] in "وف" else word
    # a bare ت may be a perfect (تعهد، تقدم): only after قد is it read as the imperfect here
    if not (present_tense(an, t) or (word.startswith("ت") and an.word_before(t.word_start) == "قد")):
        return False
    s_end = an.sentences[an.sentence_of(t.start)][1]
    semicolon = an.text.find("؛", t.word_end, s_end)
    end = semicolon if semicolon >= 0 else s_end  # the condition's sentence, not past a semicolon
    words = [an.text[lo:hi] for lo, hi in an.word_spans_after(t.word_end, 15) if lo < end]
    # (not "ما إذا", whether; nor "وإذا", a new condition whose consequent follows it)
    return any((w == "اذا" and not (k and words[k - 1] == "ما")) or (k and (words[k - 1], w) in (("ما", "لم"), ("في", "حال")))
               for k, w in enumerate(words))


_REPORT_WORDS = frozenset("""التقارير تقارير الانباء انباء الاخبار اخبار المعلومات معلومات مزاعم المزاعم ادعاءات
    الادعاءات شايعات الشايعات روايات الروايات تبثه بثته تناقلته تناقلتها نشرته نشرتها تداولته تداولتها
    يتداوله تتداوله""".split())
# a denial verb a few words before the reports it denies ("نفى الجيش في بيان ما تداولته وسائل الإعلام عن",
# "نفت قيادة الجيش، في بيان، ما تناقلته بعض وسائل الإعلام عن تعرض دورية لها لإطلاق نار": eight words)
_DENIAL_VERB_RE = re.compile(r"^[وف]?(?:نفي|نفت|نفوا|ينفي|تنفي|ينفون|كذب|كذبت|فند|فندت|دحض|دحضت)$")
_FALSEHOOD_RE = re.compile(r"عاريه\s+(?:تماما\s+)?(?:عن|من)\s+الصحه|بانها\s+\W*دعايه|لا\s+صحه\s+لها|لا\s+اساس\s+لها|لا\s+اساس\s+له|اكاذيب|كاذبه|ملفقه|مفبركه|"
                           r"غير\s+صحيحه|عار\s+عن\s+الصحه|اشاعات\s+مغرضه")


_NO_KNOWLEDGE_WORDS = frozenset(("لا", "ليس", "ليست", "لم", "لسنا"))


def _reported_as_false(an: Analysis, t: Match) -> bool:
    """An event named as the topic of reports (التقارير عن، ما تبثه وسائل الإعلام عن، الأنباء عن) that
    the same sentence calls false (عارية عن الصحة، أكاذيب، لا أساس لها): denied, not reported; so is
    one of which someone has no information (لا تملك معلومات عن، لم تتلق أي معلومات عن)."""
    # (right after the preposition, a verb form is its verbal noun: "عن قصف حفل زفاف")
    s_start, s_end = an.sentences[an.sentence_of(t.start)]
    before = an.words_before(t.word_start, 12, s_start)
    # the topic right after the preposition, or a word of its phrase ("عن مقتل جنود في كمين")
    about = next((k for k in range(len(before) - 1, max(len(before) - 6, -1), -1)
                  if before[k] in ("عن", "بشان", "حول")), None)
    if about is None or not any(w in _REPORT_WORDS for w in before[max(0, about - 8):about]):
        return False
    if about < len(before) - 1 and an.clause_break_in(
            an.word_spans_before(t.word_start, len(before) - about)[0][0], t.word_start):
        return False
    report = next(k for k in range(about - 1, -1, -1) if before[k] in _REPORT_WORDS)
    if any(w.removeprefix("و") in _NO_KNOWLEDGE_WORDS for w in before[max(0, report - 3):report]):
        return True  # "لا تملك معلومات عن تعرض أي من موظفيها للخطف": nothing known of it
    return _FALSEHOOD_RE.search(an.text, t.end, s_end) is not None \
        or any(_DENIAL_VERB_RE.match(w) for w in an.words_before(an.word_spans_before(t.word_start, len(before) - report)[0][0], 8, s_start))


_COMPLEMENTISERS = frozenset("ان بان انه انها انهم بانه بانها بانهم".split())


def _denied_content(an: Analysis, c: Match, t: Match) -> bool:
    """"نفت قيادة قوات الأمم المتحدة المؤقتة في جنوب لبنان أمس أن تكون إحدى دورياتها قد تعرضت لإطلاق
    نار": past a long subject, what a denial verb denies is the clause its أنّ opens."""
    spans = an.word_spans_after(c.end, an.count_words(c.end, t.word_start))
    if len(spans) > 24:
        return False
    k = next((i for i, (lo, hi) in enumerate(spans) if an.text[lo:hi] in _COMPLEMENTISERS), None)
    # (its subject only before أنّ: not "تنفي روسيا إرسال جنود، مدعية أن …", a second verb's clause)
    return k is not None and len(spans) - k <= 9 and not any(ch in an.text[c.end:t.start] for ch in ".؛،,")


_CLAIMED_RE = re.compile(r"^[وف]?(?:زعم|زعمت|زعموا|يزعم|تزعم|يزعمون)$")
_PRONOUN_ANNA = frozenset(("انه", "انها", "انهم", "انهما"))


def _hedges_an_identity(an: Analysis, c: Match, t: Match) -> bool:
    """A hedge verb followed by أنّ and a pronoun ("يرجح أنهم", "يعتقد أنه") and an actor before the
    event word: it hedges who someone is ("على صلة بتنظيم القاعدة"), not the event told after."""
    nxt = an.words_after(c.end, 1)
    return bool(nxt) and nxt[0] in _PRONOUN_ANNA and an.entity_in(c.end, t.start) \
        and an.count_words(c.end, t.start) > 3


# time and cause frames govern the noun right after them ("إثر مقتل", "بعد ستة أيام على اغتيال")
_FRAME_WORDS = frozenset(
    """اثر عقب بعد بعدما منذ جراء بسبب خلفيه ردا اعقاب لمقتل اثناء عند عندما تعليقا حول بشان ازاء حيال رغم الرغم برغم
    هربا فرارا احتجاجا تنديدا استنكارا""".split())  # "فروا هربا من المعارك": the cause of a flight;
# "تظاهروا احتجاجا على مقتل فتى": what a protest is against happened before it
# topic words name an event as a subject of talk, further back ("ملف اغتيال", "مزاعم تعرض خضر للتعذيب")
_TOPIC_WORDS = frozenset(
    """بتهمه تهمه متهم المتهم المتهمين متهمين المدانين مدانين المدانون مدانون قضيه جريمه محاكمه ذكري الذكري ذكرا ملف تحقيق التحقيق تحقيقات التحقيقات
    اتهام اتهامات الاتهامات ادعاءات مزاعم تورط ضلوع الضلوع مسووليه ضحايا لضحايا تحذير تحذيرات مخاوف خطر
    مخاطر تاريخ تعازي تعزيه العزاء مواساه ممارسه بممارسه موقع مكان تصاعد تزايد تنامي الحد للحد اسماء ارواح لارواح
    استمرار باستمرار وقايع دعوي حجه ذريعه تبرير لتبرير بتهم تهم التهم جرايم""".split())  # "استعادوا وقائع معركة الكرامة": an account of it; "مبررة قرارها باستمرار أعمال العنف": violence as a state of affairs
# "بدعوى دعمها للإرهاب", "بحجة", "بذريعة": the alleged ground of a measure, not an event it reports
_ACCUSATION_RE = re.compile(r"^[وف]?(?:اتهم|يتهم|تتهم|نتهم|يتهمون|اتهمت|اتهموا|تتهمه|اتهام|متهم)")
# convicted (the passive أُدين): "متهمين أدينوا بقتل طالبة … في تفجير": the deed of a verdict
_CONVICTED_RE = re.compile(r"^[وف]?(?:ادين|ادينوا|ادينت|ادينا)$")
# "أدانت محكمة بريطانية أمس ثلاثة رجال بالتآمر لارتكاب جرائم قتل": a court's verdict (not "أدانت الحكومة
# الهجوم", a condemnation of a deed that happened)
_COURT_CONVICTED_RE = re.compile(r"(?:^|\s)[وف]?(?:ادانت|ادان)\s+(?:ال)?(?:محكمه|محاكم|القضاء|هييه\s+محلفين|هييه\s+المحلفين)\s")
_DURATION_WORDS = frozenset("يوم يومين ايام اسبوع اسبوعين اسابيع شهر شهرين اشهر عام عامين اعوام سنه سنتين سنوات ساعات ساعه".split())
_DAYS_OR_HOURS = frozenset("يوم يومين ايام ساعات ساعه".split())
_A_DAY_OR_HOURS = frozenset("يوم ساعات ساعه ساعتين".split())
_CAUSAL_WORDS = frozenset("اثر جراء بسبب نتيجه عقب بعد بعدما اعقاب اثناء عند عندما".split())
# "أصيب غيظان بجروح إثر إطلاق نار عليه", "أصيب السفير عندما تعرضت قافلته لهجوم": casualties told
# first, then their cause or occasion, which is reported
_CASUALTY_VERB_RE = re.compile(r"^[وف]?(?:اصيب|اصيبت|اصيبوا|جرح|قتل|قتلت|قتلوا|لقي|لقيت|لقوا|توفي|استشهد|سقط|نجا|نجت|نجوا|مصابا|مصابين|مصابه|قضي|قضت|قضوا|فارق)"
                               r"(?:ي|ت|وا|ا|تا|ن|ه|هم|ها|ين|ون)?$")  # not "نجامينا", "نجاح", "توفير"
_PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")
_CHARACTERIZING_WORDS = frozenset("بانه بانها بانهم انه انها انهم".split())
_DIGIT_RE = re.compile(r"\d")


RELATIVE_PRONOUNS = frozenset("الذي التي الذين اللذين اللتين اللواتي اللاتي".split())


def in_relative_clause(an: Analysis, t: Match, verbal: bool) -> bool:
    """"الزرقاوي الذي قتل العام الماضي": a verb in a relative clause describes a participant's past
    (background), it does not report the sentence's event."""
    if not verbal and _witnessed_or_fallen_in(an, t):
        return True  # "المدينة التي شهدت أسبوعا من أعمال العنف", "الجنود الذين سقطوا في كمين"
    if not verbal and _described_by_where_it_began(an, t):
        return True  # "المنطقة التي انطلقت منها الاحتجاجات": the place described by what began there
    if not verbal and (t.prefix.endswith("ال") or an.text.startswith("ال", t.word_start)):
        return False  # a phrase listed literally ("نزلوا إلى الشارع") starts with its verb all the same
    before = an.words_before(t.word_start, 2)
    if not verbal and len(before) == 2 and before[0] in RELATIVE_PRONOUNS and AUTHOR_VERB_RE.match(before[1]):
        return True  # "الشبكة التي نفذت اغتيال الحريري": who did it, described; the deed told before
    if not verbal and _relative_author_verb_before_a_day(an, t):
        return True  # "الموريتانيين الثلاثة الذين نفذوا يوم الاثنين هجوما": its day between
    relative = bool(before) and (before[-1] in RELATIVE_PRONOUNS or
                                 (len(before) == 2 and before[0] in RELATIVE_PRONOUNS and before[1] in ("قد", "لقد", "كان")))
    relative = relative or (verbal and _joined_to_a_relative_verb(an, t))
    # "إن المسلحين الذين هاجموا الحاجز لاذوا بالفرار": when all the main clause tells is that the
    # attackers fled, the relative clause is the report
    return relative and not (any(getattr(h.entry, "plover", None) == "ASSAULT" for h in t.hits)
                             and (any(_FLED_RE.match(w) for w in an.words_after(t.end, 14))
                                  or _projectiles_fell(an, t) or _attack_subject_with_its_toll(an, t)))


# a preposition with the pronoun of the noun a relative clause describes
_RESUMPTIVES = frozenset("منها منه فيها فيه بها به عنها عنه".split())


def _described_by_where_it_began(an: Analysis, t: Match) -> bool:
    """A noun after a relative pronoun, a verb of occurrence and a preposition with the pronoun of
    the noun described: "المدينة التي اندلعت فيها المظاهرات" tells about the city."""
    before = an.words_before(t.word_start, 3, an.sentences[an.sentence_of(t.start)][0])
    return len(before) == 3 and before[0] in RELATIVE_PRONOUNS and before[2] in _RESUMPTIVES \
        and AUTHOR_VERB_RE.match(before[1]) is not None


_PROJECTILES = frozenset("صواريخ الصواريخ صاروخ الصاروخ قذايف القذايف قذيفه القذيفه قذيفتين صاروخين".split())
_FELL_ON_RE = re.compile(r"^[وف]?(?:سقطت|سقط|سقطا|انهمرت|اصابت|اصاب|ضربت)$")


def _projectiles_fell(an: Analysis, t: Match) -> bool:
    """"سقطت عشرات الصواريخ التي أطلقها حزب الله على كريات شمونة": all the main clause tells is that
    the rockets fell, so the relative clause that fired them is the report."""
    before = an.words_before(t.word_start, 6)
    k = next((i for i in range(len(before) - 1, -1, -1) if before[i] in RELATIVE_PRONOUNS), None)
    return k is not None and k > 0 and before[k - 1] in _PROJECTILES \
        and any(_FELL_ON_RE.match(w) for w in before[max(0, k - 4):k - 1])


_WITNESSED_RE = re.compile(r"^(?:شهدت|شهد|تشهد|يشهد|شهدتا|شهدها|شهدتها|تشهدها|يشهدها)$")
_SUPERLATIVE_RE = re.compile(r"^ا\S{3}$")  # أعنف، أشد، أكبر
_FOUND_RE = re.compile(r"^(?:عثر|وجد|وجدت|وجدوا)$")
_FELL_RE = re.compile(r"^(?:سقطوا|سقط|سقطا|سقطت|قتلوا|قتل|قتلا|قتلت|لقوا|استشهدوا|استشهد|اصيبوا|اصيب|اصيبت|اصيبا|جرحوا|جرح|جرحت|ماتوا|توفوا)$")


def _witnessed_or_fallen_in(an: Analysis, t: Match) -> bool:
    """A noun in a relative clause that describes a place by what it saw ("هلمند التي تشهد أعنف
    المعارك", "التي شهدت أسبوعا من أعمال العنف") or people by where they fell ("الجنود الذين سقطوا في
    كمين"): the event is told of, as known, not reported by the sentence."""
    before = an.words_before(t.word_start, 5)
    for k in range(len(before) - 1, 0, -1):
        if before[k - 1] not in RELATIVE_PRONOUNS:
            continue
        rest = before[k + 1:]
        if _WITNESSED_RE.match(before[k]):
            return len(rest) <= 2 and (not rest or rest[-1] == "من" or rest[-1].startswith("ال")
                                       or _SUPERLATIVE_RE.match(rest[-1]) is not None)  # "أعنف المعارك"
        if _FELL_RE.match(before[k]):
            return rest in (["في"], ["خلال"], ["اثناء"], ["جراء"])
        if _FOUND_RE.match(before[k]):
            return rest in (["عليه"], ["عليها"], ["عليهم"], ["جثه"])  # "الكاهن الذي عثر عليه مقتولا"
        return False
    return False


_DAY_WORDS_BETWEEN = frozenset("يوم امس اليوم صباح مساء ليل ليله فجر ظهر الماضي".split()) | WEEKDAY_WORDS


def _relative_author_verb_before_a_day(an: Analysis, t: Match) -> bool:
    """A relative pronoun, a verb of doing and only words of a day before the noun."""
    before = an.words_before(t.word_start, 5)
    for k in range(len(before) - 2, 0, -1):
        if before[k - 1] in RELATIVE_PRONOUNS and AUTHOR_VERB_RE.match(before[k]):
            return all(w in _DAY_WORDS_BETWEEN for w in before[k + 1:])
    return False


_JOINED_REACH = 12


def _joined_to_a_relative_verb(an: Analysis, t: Match) -> bool:
    """"الانفجار الذي أودى بحياة مئتي شخص ودمر أجزاء من العاصمة": a verb joined by و to the verb of
    a relative clause, with no comma between, is in that clause too."""
    if not t.prefix.startswith("و"):
        return False
    s_start = an.sentences[an.sentence_of(t.start)][0] if an.sentence_of(t.start) >= 0 else 0
    spans = an.word_spans_before(t.word_start, _JOINED_REACH)
    for i in range(len(spans) - 1, -1, -1):
        start, end = spans[i]
        if start < s_start or an.clause_break_in(end, t.word_start):
            return False
        if an.text[start:end] in RELATIVE_PRONOUNS:
            nxt = spans[i + 1][0] if i + 1 < len(spans) else t.word_start
            return nxt < t.word_start and an.event_word_in(nxt, nxt + 1)
    return False


_TOLL_VERB_RE = re.compile(r"^[وف]?(?:ادي|اسفر|اوقع|خلف)(?:ت)?$")
_SUBJECT_OPENERS = frozenset(("ان", "بان", "وان", "فان"))


def _attack_subject_with_its_toll(an: Analysis, t: Match) -> bool:
    """"قال ناشطون إن القصف الذي استهدف الحي أدى إلى سقوط جرحى": an attack noun opening its clause
    (or right after إن) described by the relative clause, then its toll told by the main verb: the
    sentence reports the attack."""
    s_start, s_end = an.sentences[an.sentence_of(t.start)]
    before = an.words_before(t.word_start, 3, s_start)
    if len(before) < 2 or before[-1] not in RELATIVE_PRONOUNS or not an.triggers_in(
            an.word_spans_before(t.word_start, 2)[0][0], t.word_start):
        return False  # the noun before the relative pronoun is itself an event word
    if len(before) == 3 and before[0] not in _SUBJECT_OPENERS:
        return False
    return any(_TOLL_VERB_RE.match(w) for w in an.words_between(t.word_end, s_end)[:14])


_FLED_RE = re.compile(r"^[وف]?(?:فروا|فر|فرت|لاذوا|لاذ|لاذت|هربوا|هرب|هربت)$")


_WHO_DID = frozenset(("من", "ممن", "لمن", "بمن", "فيمن"))  # the relative 'those who', before a verb
_KANA = frozenset(("كان", "كانت", "كانوا", "كانا", "كانتا"))


def is_background(an: Analysis, t: Match, clause: tuple[int, int], verbal: bool = False) -> bool:
    """Mentioned as cause or time frame of another event ("إثر مقتل جنديين", "بعد أن خطف
    متشددون…", "منذ هجمات 11 أيلول"), not reported in its own right."""
    before = an.words_before(t.word_start, 4, clause[0])
    if _COURT_CONVICTED_RE.search(an.text, clause[0], t.word_start):
        return True  # "أدانت محكمة ثلاثة رجال بالتآمر لارتكاب جرائم قتل": what a verdict names
    if not verbal and before and before[-1] in _CHARACTERIZING_WORDS:
        return True  # "ما وصفه مسؤولون بأنه محاولة اغتيال": a characterization, not a new event
    if verbal and before and before[-1].removeprefix("و") in _KANA and (
            present_tense(an, t) or _feminine_imperfect_after_kana(an, t, before[-1])):
        return True  # "صحافيين كانوا يتظاهرون": an activity going on, the scene of another event
    if len(before) >= 2 and before[-2] in _DURATION_WORDS and (before[-1] == "علي" or (
            before[-1] == "من" and any(w in ("بعد", "وبعد") for w in an.words_before(t.word_start, 6, clause[0])[:-2]))) \
            and not (verbal and before[-2] in _DAYS_OR_HOURS) and before[-2] not in _A_DAY_OR_HOURS:
        # (a day or hours after it, the deed is news: "عثر على جثته بعد ساعات على خطفه")
        # "بعد ستة أيام على اغتيال", "بعد نحو أربعة أشهر من خطفه" (a verb's form, read as its noun):
        # dated from an earlier event; "بعد يوم من خطفهم" tells a kidnapping still news
        return True
    if verbal:
        # a verb is framed only by a word that governs it directly ("بعد أن خطف", "عندما هاجم");
        # "بعد صلاة العشاء واعتدت" coordinates a new clause
        if t.prefix[:1] in ("و", "ف"):
            return False
        if before and before[-1] in _WHO_DID and an.text[t.word_start:t.word_end].split(" ", 1)[0].endswith(("وا", "ون")):
            return True  # "محكمة دولية بحق من اغتالوا الحريري": people named by a deed told of
        before = [w for w in before[-2:] if w not in ("ان", "ما")][-1:]
        if before and before[-1] in _CAUSAL_WORDS and _casualties_told_before(an, t):
            return False  # "نجا العمدة من محاولة اغتيال عندما فجر مجهولون عبوة ناسفة"
        return any(_frame_word(w, _FRAME_WORDS | _TOPIC_WORDS) for w in before)
    if any(_frame_word(w, _TOPIC_WORDS) for w in before):
        return True
    if _stopped(before):
        return True  # "ستوقف هجماتها على المنشآت النفطية", "إنهاء الإضراب": attacks or a strike to be ended
    if len(before) >= 2 and before[-1] == "عن" and morph.strip_article(before[-2].removeprefix("و")) in RESPONSIBLE_WORDS:
        return True  # "الخلية هي المسؤولة عن التفجيرين": who is to blame for a deed told before
    if t.prefix.startswith(("ب", "وب")) and before and _LINK_RE.match(before[-1]):
        return True  # "يشتبه في صلتهم بتفجيرات القطارات": a link to a deed told before
    if before and before[-1].removeprefix("و").removeprefix("في") in _DEFYING_WORDS:
        return True  # "في تحد لحظر التجول": a curfew or ban defied was imposed before
    if len(before) >= 2 and before[-1] == "في" and _THEIR_PART_RE.match(before[-2]):
        return True  # "اعترفت بمشاركتها في تفجيرات الفنادق": one's part in a deed told before
    if before and (_PERPETRATOR_RE.match(before[-1]) or _SUSPECT_RE.match(before[-1]) or (
            before[-1] in ("في", "ب") and any(_SUSPECT_RE.match(w) for w in before[-3:-1]))):
        return True  # "دعما لوجستيا لمنفذي التفجيرين", "المشتبه بهم في قتل الفرنسيين": who did a deed told before
    if t.prefix.startswith(("ب", "وب")) and any(_ACCUSATION_RE.match(w) for w in an.words_between(clause[0], t.word_start)):
        return True  # "اتهمت جورجيا بممارسة تطهير عرقي", "اتهم … جماعة بمحاولة اغتيال": an allegation
    if any(_CONVICTED_RE.match(w) for w in an.words_before(t.word_start, 12, clause[0])):
        return True  # "ثلاثة متهمين أدينوا بقتل طالبة وإصابة عشرين في تفجير حي الحسين"
    frame = next((w for w in reversed(before[-3:]) if _frame_word(w, _FRAME_WORDS)), None)
    if frame is None:
        return False
    if frame == "منذ" and before[-1] in _DURATION_WORDS:
        return False  # "يواصل ألفا لاجئ منذ ثلاثة أشهر اعتصامهم": how long it has gone on, no earlier event
    if frame == "منذ" and before[-1] != "منذ" and all(
            w in _TIME_OF_DAY_WORDS or w in WEEKDAY_WORDS for w in before[before.index("منذ") + 1:]):
        return False  # "وتدور منذ فجر أمس معارك عنيفة": going on since a time of day, not since an event
    if frame in _CAUSAL_WORDS:
        return not (_casualties_told_before(an, t) or cause_of_casualties(an, t))
    return True


# a link or a part in a deed: "صلتهم بالتفجيرات", "علاقته باغتيال", "تورطهم بقتل"
_TIME_OF_DAY_WORDS = frozenset("فجر صباح مساء ليل ظهر عصر امس اليوم الصباح المساء الليله ليله الامس".split())
_DEFYING_WORDS = frozenset("تحد تحديا متحدين متحديا خرق خرقا خارقين متجاهلين".split())
_THEIR_PART_RE = re.compile(r"^[وف]?[بل]?(?:(?:مشارك|دور)(?:ته|تها|تهم|تهما|ه|ها|هم|هما)|(?:ال)?اشتراك(?:ه|ها|هم)?)$")
_LINK_RE = re.compile(r"^[وف]?(?:ب|بال|في|ال)?(?:صل|علاق|تورط|ضلوع)(?:ه|ته|تهم|تها|تهما|هم|ها|هما)?$")  # "في التورط بتفجيرات"
# the doers of a deed, and those suspected or accused of it: the deed after them is one told before
_PERPETRATOR_RE = re.compile(r"^[وف]?[لب]?(?:ال)?(?:منفذ|مرتكب|مدبر|مخطط)(?:ي|و|ا|ين|ون|ه)?$")
_SUSPECT_RE = re.compile(r"^[وف]?[لب]?(?:ال)?(?:مشتبه|متهم|متورط)(?:ين|ون|ان|ه|ا)?$")  # "مشتبها بهم"


def _feminine_imperfect_after_kana(an: Analysis, t: Match, kana: str) -> bool:
    """"الأسلحة التي كانت تطلق الرصاص": after كانت a verb in ت is the feminine imperfect (a perfect
    after كانت would end in its own ت: "كانت تعرضت")."""
    word = an.text[t.word_start:t.word_end]
    return kana.removeprefix("و") == "كانت" and word.startswith("ت") and not word.endswith("ت")


# verbs and nouns of stopping, suspending, ending or freezing, whose object is an event named as a
# class to end ("أوقفت الحركة هجماتها" is told by its verb, RETREAT)
_STOP_RE = re.compile(r"^[وف]?س?(?:اوقف|يوقف|توقف|نوقف|وقف|ايقاف|تعليق|علق|يعلق|تعلق|انهاء|انهي|انهت|ينهي|تنهي|"
                      r"تجميد|جمد|يجمد|تجمد|منهين|منهيا|منهيه|منهيين)(?:ت|وا|ون|ا)?$")  # "منهين اعتصاما"
_REFRAIN_RE = re.compile(r"^[وف]?(?:توقف|التوقف|الكف|يكف|تكف|يكفوا|الامتناع|امتنع|يمتنع|تمتنع)\w{0,2}$")


def _stopped(before: list[str]) -> bool:
    """The event noun right after a verb or noun of stopping ("ستوقف هجماتها", "وقف الهجمات"), or
    after one with عن ("الكف عن الهجمات")."""
    if before and _STOP_RE.match(before[-1]):
        return True
    return len(before) >= 2 and before[-1] == "عن" and _REFRAIN_RE.match(before[-2]) is not None


def _casualties_told_before(an: Analysis, t: Match) -> bool:
    """A casualty verb before the event in its sentence, within the reach of a cause told after its
    toll ("أصيب نائب عن جماعة الإخوان المسلمين في مجلس الشعب بجروح بعدما اعتدى عليه مجهولون")."""
    s_start = an.sentences[an.sentence_of(t.start)][0] if an.sentence_of(t.start) >= 0 else 0
    return any(_CASUALTY_VERB_RE.match(w) for w in an.words_before(t.word_start, _CAUSE_REACH, s_start)) \
        or _HOSPITALISED_RE.search(an.text, s_start, t.word_start) is not None \
        or _BODY_FOUND_RE.search(an.text, s_start, t.word_start) is not None \
        or _DAMAGE_TOLD_RE.search(an.text, s_start, t.word_start) is not None


# "وخرج مستشفى البلدة عن الخدمة بعد استهدافه بغارتين": the damage told first, then what caused it
_DAMAGE_TOLD_RE = re.compile(r"(?:^|\s)[وف]?(?:خرج|خرجت)\s+(?:\S+\s+){0,12}?عن\s+الخدمه(?:\s|$|،)")


# "عثر صباح أمس على جثة الفتى … بعد ساعات على خطفه": the body found, then how he came to die
_BODY_FOUND_RE = re.compile(r"(?:^|\s)[وف]?(?:عثر|عثرت|عثروا|يعثر|وجدت|وجد|انتشلت|انتشل)\s+(?:\S+\s+){0,4}?(?:علي\s+)?"
                            r"(?:جثه|جثث|جثمان|جثامين)")


# "نقل إلى العناية المركزة بعد تعرضه للضرب", "يرقد في المستشفى إثر إصابته": a victim's care told
# first, its cause after
_HOSPITALISED_RE = re.compile(r"(?:^|\s)[وف]?(?:نقل|نقلت|نقلوا|ادخل|ادخلت|ادخلوا|اسعف|اسعفت|اسعفوا|يرقد|ترقد|يرقدون|يعالج|"
                              r"تعالج|يعالجون)\s+(?:\S+\s+){0,4}?(?:الي|في|ب)\s*(?:ال)?(?:مستشفي|العنايه|مشفي|غرفه العنايه)")


# how far back in its sentence a casualty verb may tell the toll of an attack named as its cause
# ("وأصيب مستشار المحافظ سامر الحلبي، وهو في طريقه إلى عمله صباحا، بجروح بليغة إثر إطلاق نار عليه")
_CAUSE_REACH = 16


def cause_of_casualties(an: Analysis, t: Match) -> bool:
    """An attack noun right after a word of cause ("إثر", "جراء", "بسبب", "نتيجة") with a casualty
    verb before it in its sentence: the attack the sentence reports, named through its toll."""
    before = an.words_before(t.word_start, 1)
    if not before or before[-1].removeprefix("و") not in _CAUSAL_WORDS:
        return False
    s_start = an.sentences[an.sentence_of(t.start)][0] if an.sentence_of(t.start) >= 0 else 0
    words = an.words_before(t.word_start, _CAUSE_REACH, s_start)
    told = [i for i, w in enumerate(words) if _CASUALTY_VERB_RE.match(w)]
    # "توفيت متأثرة بجروح أصيبت بها قبل عامين جراء انفجار قنبلة": an injury of long ago, its cause too
    return bool(told) and not any(w in ("قبل", "منذ") for w in words[told[-1]:])


def _frame_word(word: str, words: frozenset[str]) -> bool:
    """"تحذيرها", "وبتهمة", "اتهامه": a background word behind a conjunction and/or a pronoun."""
    candidates = [word]
    if len(word) > 3 and word[0] in "وفبل":
        candidates.append(word[1:])
    if len(word) > 4 and word[0] in "وف" and word[1] in "بل":
        candidates.append(word[2:])
    for w in list(candidates):
        candidates += [w[:-len(s)] for s in _PRONOUN_SUFFIXES if w.endswith(s) and len(w) - len(s) >= 3
                       and not (s == "ه" and w[:-1] in _TA_MARBUTA_ADJECTIVES)]
    return any(w in words for w in candidates)


# normalised "خطره" is far more often the adjective خطرة ("بجروح خطرة") than "its danger"
_TA_MARBUTA_ADJECTIVES = frozenset(("خطر",))


_OCCURRENCE_STEMS_REPORTING = ("اعلن", "افاد", "ذكر", "اكد", "نفذ", "اجري", "اجرت", "اجرو", "بدا", "بدات", "اقيم",
                               "شارك", "بدء")
_OCCURRENCE_STEMS = ("تصدي", "تصدت", "تصدو", "قام", "قامت", "قامو", "نجا", "نجت", "نجو", "خرج", "تجدد", "اندلع", "انطلق", "تصاعد", "شهد", "نظم", "انفجر", "عم", "ارتفع", "وقع",
                     "جري", "جرت", "استمر", "تواصل", "نفذ", "شن", "شنت", "شنوا", "اسفر", "ادي", "اودي", "قاد",
                     "اقام", "تعرض", "تعرضت", "سقط", "لقي", "قتل", "اصيب", "جرح", "وجه", "وجهت", "وجهوا", "واصل",
                     "قدم", "اطلق", "وسع", "عزز", "دشن", "افتتح", "باشر", "استانف", "اودع", "تمكن", "نجح",
                     "سيرت", "سيرو", "يسير", "تسير"
                     ) + _OCCURRENCE_STEMS_REPORTING  # "قدمت غطاء جويا": provided; "أطلقت مشروعا": launched;
# "تمكنت الشرطة من اعتقال", "نجح الجيش في صد هجوم": managed to do it, so it was done; "سيرت دوريات":
# ran patrols, convoys (not bare سير, "the course of", nor the verbal noun تسيير, mostly what is
# decided or agreed: "قرروا تسيير مظاهرة")
# "تحولت التظاهرة إلى مواجهات", "تطور الخلاف إلى اشتباك": turned or grew into
_ENTERED_RE = re.compile(r"^[وف]?[يت]?دخل(?:ت)?$")
_ITS_PERIOD_RE = re.compile(r"(?<!\S)(?:يوم|اسبوع|شهر|عام)(?:ه|ها)(?!\S)")
_TURNED_INTO_RE = re.compile(r"^[وف]?[تي]?(?:تحول|تطور|انقلب)(?:ت|وا|تا|ا)?$")
# "شارك آلاف الأتراك في مسيرة", "انضم العمال إلى الإضراب": taking part reports the event, its subject between
# joining an event: "شارك مئات … في المسيرة", "دخل العمال في إضراب"
JOINED_RE = re.compile(r"^[وف]?[تين]?(?:شارك|انضم|انخرط|التحق|دخل)\w{0,3}$")


OCCURRENCE_RE = re.compile(
    "^[وف]?[تين]?(?:" + "|".join(sorted(_OCCURRENCE_STEMS, key=len, reverse=True)) + ")\\w{0,3}$")
# verbs of occurrence whose subject suffered or met the event ("قتل مدنيان في قصف", "تعرضت دورية
# لهجوم", "نجا الوزير من محاولة اغتيال"): their subject is not the author of the noun after them
_SUFFERING_STEMS = ("قتل", "اصيب", "جرح", "لقي", "سقط", "نجا", "نجت", "نجو", "تعرض", "تعرضت", "تصدي", "تصدت", "تصدو")
AUTHOR_VERB_RE = re.compile(
    "^[وف]?[تين]?(?:" + "|".join(sorted(set(_OCCURRENCE_STEMS) - set(_SUFFERING_STEMS), key=len, reverse=True))
    + ")\\w{0,3}$")


_NOT_YET_WORDS = frozenset(("قبل", "دون", "عدم", "لعدم", "حتي", "لحين", "فرص", "فرصه"))
# "تمكن … من", "نجح … في" in the past: managed to do what the verbal noun after them names
_MANAGED_RE = re.compile(r"^[وف]?(?:تمكن|نجح)(?:ت|وا|نا|ا|تا)?$")


def _managed_to(an: Analysis, t: Match) -> bool:
    """A past verb of managing up to eight words before the verbal noun, in its sentence and clause,
    its subject between them: "تمكنت دورية من حرس الحدود من اعتقال مهربين"."""
    s_start = an.sentences[an.sentence_of(t.start)][0]
    for start, end in reversed(an.word_spans_before(t.word_start, 8)[:-1]):
        if start < s_start or an.clause_break_in(end, t.word_start):
            return False
        if _MANAGED_RE.match(an.text[start:end]):
            # "قبل تمكن الأجهزة من اعتقالهم": the verbal noun after a time word, not yet managed
            return an.word_before(start).removeprefix("و") not in _NOT_YET_WORDS
    return False


def occurrence_verb_before(an: Analysis, t: Match, announced: bool = False) -> bool:
    """"خرجت مظاهرة", "شنت الطائرات غارات", "تعرض لهجوم": a verb of occurrence right before a
    verbal noun reports it as happening (rather than naming it as a topic)."""
    before = an.words_before(t.word_start, 8)
    if any(OCCURRENCE_RE.match(w) for w in before[-3:]):
        return True
    if before and _TOOK_PLACE_RE.match(before[-1]):
        return True  # "وحدث احتجاج قرب البلدية", "وجرت مظاهرات": took place, right before its subject
    # "انطلقت في مياه الخليج مناورات مشتركة": a place or time phrase between the verb and its subject
    far = before[-6:-3]
    for i, w in enumerate(far):
        nxt = far[i + 1] if i + 1 < len(far) else before[-3]
        if (OCCURRENCE_RE.match(w) or _TOOK_PLACE_RE.match(w)) and (nxt in PREPOSITIONS or nxt in ("امس", "اليوم", "منذ")):
            return True
    if _scene_verb_far_before(an, t):
        return True
    if before and _ENTERED_RE.match(before[-1]) and _ITS_PERIOD_RE.search(
            an.text, t.end, an.sentences[an.sentence_of(t.start)][1]):
        return True  # "دخل الإضراب العام … أسبوعه الثاني": going on into its second week
    if before and before[-1] == "الي" and any(_TURNED_INTO_RE.match(w) for w in an.words_before(
            t.word_start, 14, an.sentences[an.sentence_of(t.start)][0])[:-1]):
        return True  # "تحولت مباراة لكرة القدم في الملعب إلى أعمال شغب": what it turned into happened
    if _verb_before_subject(an, t):
        return True  # "نفذت المقاتلات الحربية التركية غارات": the verb, its whole subject, the noun
    if before and before[-1] == "علي" and any(_UNDERTOOK_RE.match(w) for w in before[-5:-1]):
        return True  # "أقدم مسلح على اغتيال ضابط": went ahead and did it
    if before and before[-1] in ("من", "في") and _managed_to(an, t):
        return True  # "تمكنت دورية من حرس الحدود من اعتقال": managed to do it, its subject between
    if t.prefix.startswith(("ل", "ول")) and _first_complement_of_suffering(an, t):
        return True
    if before and before[-1] in COUNTED_COMPLEMENTS and any(SUFFERED_RE.match(w) for w in before[-8:-1]):
        return True  # "تعرض مواطن لعدة طعنات": the ل on the count before the noun
    if t.prefix.startswith(("ب", "وب")) and any(_DID_RE.match(w) for w in before[-8:]):
        return True  # "قام عدد من شبان العشائر بإقفال الطريق": قام … بـ did it, its subject between
    if t.prefix.startswith(("ب", "وب")) and _did_past_an_aside(an, t):
        return True
    if before and before[-1] in ("في", "الي") and any(
            JOINED_RE.match(w) for w in an.words_before(t.word_start, 11, an.sentences[an.sentence_of(t.start)][0])):
        return True  # "شارك مئات الفلسطينيين ومتضامنون أجانب بعد صلاة الجمعة في المسيرة": its subject between
    # "أعلنت وزارة الدفاع الأمريكية إرسال …": an announcement with its subject in between (asked
    # for by the caller: announced attacks and protests are as often follow-ups of a report)
    return announced and any(_ANNOUNCE_RE.match(w) for w in before[-6:-3])


# a count or a burst carrying the ل of تعرض before the noun it counts
COUNTED_COMPLEMENTS = frozenset("لعده لعشرات لوابل لسلسله لموجه لعدد".split())

_ASIDE_REACH = 18


def _did_past_an_aside(an: Analysis, t: Match) -> bool:
    """"تقوم فيها مروحيات، تقول السلطات إنها تابعة للجيش، بقصف قرى": قام … بـ with an aside between
    two commas after its subject."""
    s_start = an.sentences[an.sentence_of(t.start)][0]
    for start, end in reversed(an.word_spans_before(t.word_start, _ASIDE_REACH)):
        if start < s_start:
            return False
        if _DID_RE.match(an.text[start:end]):
            between = an.text[end:t.word_start]
            return sum(between.count(c) for c in "،,") == 2 and not any(c in between for c in ".؛:")
    return False


def _aside_before(an: Analysis, pos: int) -> int | None:
    """Where an aside between two commas, a dozen words at most, ending right before ``pos`` opens
    ("بدأت القوات العراقية، بإسناد جوي من طيران التحالف، هجوما"), or None."""
    lo = max(0, pos - _ASIDE_CHARS)
    head = an.text[lo:pos].rstrip()
    if not head.endswith(("،", ",")):
        return None
    opening = max(head.rfind("،", 0, len(head) - 1), head.rfind(",", 0, len(head) - 1))
    if opening < 0 or any(c in head[opening:] for c in ".؛:") or an.count_words(lo + opening, pos) > 12:
        return None
    return lo + opening


_ASIDE_CHARS = 160  # enough for a dozen words


def _last_actor_before(an: Analysis, pos: int) -> ActorMention | None:
    return next((a for a in reversed(an.actors) if a.end <= pos and not a.implied), None)


def _verb_before_subject(an: Analysis, t: Match) -> bool:
    """An occurrence verb right before an actor that ends right before the noun: the actor is the
    verb's subject however many words it takes."""
    # "بدأت القوات العراقية، بإسناد جوي من طيران التحالف، هجوما": past an aside between two commas
    limit = _aside_before(an, t.word_start)
    subject = None if limit is None else _last_actor_before(an, limit)
    if subject is None or an.text[subject.end:limit].strip():
        # (no aside, or one that does not open right after the subject)
        limit = t.word_start
        subject = _last_actor_before(an, limit)
    if subject is None:
        return False
    between = an.words_between(subject.end, limit)
    # "نفذت طائرة حربية أمريكية من طراز «إيه سي-130» ضربة جوية": the model named after the subject
    if between and not (between[:2] == ["من", "طراز"] and len(between) <= 6):
        return False
    verb = an.word_before(an.word_start_at(_first_coordinated(an, subject).start))
    return bool(verb) and OCCURRENCE_RE.match(verb) is not None


def _first_coordinated(an: Analysis, last: ActorMention) -> ActorMention:
    """The first of the actors joined by و (or a comma) that end with ``last``: "أطلقت مصر واليونان
    وقبرص مشروعا" has its verb before مصر, the whole coordinated subject between."""
    first = last
    while True:
        joined = first.prefix.startswith("و")
        head = an.word_start_at(first.start)
        prev = next((a for a in reversed(an.actors) if a.end <= head and a is not first), None)
        gap = "" if prev is None else an.text[prev.end:head].strip()
        if prev is None or gap not in ("", "،", ",") or not (joined or gap):
            return first
        first = prev


# verbs whose object or complement is an event taking place: "شهدت مدن عدة في جنوب اليمن تظاهرات",
# "خرج عشرات الآلاف من أنصار التيار الصدري في مسيرة"
_CARRY_ON_VERBS = "واصل|واصلت|واصلوا|يواصل|تواصل|يواصلون"
# "واصل آلاف المعلمين المضربين احتلال الساحة": carried on
CARRY_ON_RE = re.compile(rf"^[وف]?(?:{_CARRY_ON_VERBS})$")
_SCENE_VERB_RE = re.compile(r"^[وف]?(?:شهد|شهدت|تشهد|يشهد|خرج|خرجت|خرجوا|اندلع|اندلعت|نظم|نظمت|نظموا|شارك|شاركت|شاركوا|"
                            rf"{_CARRY_ON_VERBS})$")  # and continuing: "واصل القضاة … اعتصامهم"
_SCENE_WINDOW = 11


def _scene_verb_far_before(an: Analysis, t: Match) -> bool:
    """A verb of witnessing, going out, breaking out, organising, taking part or continuing up to
    eleven words (``_SCENE_WINDOW``) before a protest or attack noun, with its subject and a place
    between and no punctuation,
    reports that noun (not "خرجت تسريبات … العقوبات": other nouns are too far from such a verb)."""
    if not any(getattr(h.entry, "plover", None) in ("PROTEST", "ASSAULT") for h in t.hits):
        return False
    spans = an.word_spans_before(t.word_start, _SCENE_WINDOW)
    for k in range(len(spans) - 1, -1, -1):
        start, end = spans[k]
        if any(c in an.text[end:t.word_start] for c in "،,.؛:()«»\""):
            return False
        if _SCENE_VERB_RE.match(an.text[start:end]):
            between = an.words_between(end, t.word_start)
            # "التي شهدت طوال الأسابيع الفائتة مظاهرات", "شهدت عدة مرات هجمات": a description, a series
            # a series is no span: "يواصل ألفا لاجئ منذ ثلاثة أشهر اعتصامهم" carries on one sit-in
            return not (an.words_before(start, 1) and an.words_before(start, 1)[0] in RELATIVE_PRONOUNS) \
                and (CARRY_ON_RE.match(an.text[start:end]) is not None or not any(w in _SERIES_WORDS for w in between))
    return False


_UNDERTOOK_RE = re.compile(r"^[وف]?(?:اقدم|اقدمت|اقدموا|يقدم|يقدمون)$")
_SERIES_WORDS = frozenset("مرات مره الاشهر اشهر الاسابيع اسابيع السنوات سنوات الاعوام اعوام الماضيه الماضي".split())


# "took place": only right before the noun ("تحدث" is 'spoke', "حدث" also 'event')
# verbs that say a fight or a protest is going on, after the noun they report: "معارك ضارية تدور"
_UNDER_WAY_WORDS = frozenset((
    "دار", "دارت", "يدور", "تدور", "اندلع", "اندلعت", "يندلع", "تندلع", "وقع", "وقعت", "يقع", "تقع",
    "جري", "جرت", "يجري", "تجري", "استمر", "استمرت", "يستمر", "تستمر", "تواصل", "تواصلت", "يتواصل",
    "تتواصل", "تجدد", "تجددت", "يتجدد", "تتجدد"))


def occurrence_verb_after(an: Analysis, t: Match) -> bool:
    """"وقالت مصادر إن معارك ضارية تدور بين الجيش والمتمردين": an indefinite noun followed, past an
    adjective at most, by a verb of taking place is that verb's subject, reported as happening (not
    "المعارك تدور", the ones told before, nor a noun after a preposition, whose verb qualifies it)."""
    word = an.text[t.word_start:t.word_end]
    if word.startswith(("ال", "وال", "فال")) or t.prefix[:1] in ("ب", "ل", "ك") or t.end != t.word_end:
        return False
    spans = an.word_spans_after(t.word_end, 2)
    for start, end in spans:
        if any(c in an.text[t.word_end:start] for c in "،,.؛:()"):
            return False
        if an.text[start:end] in _UNDER_WAY_WORDS:
            return True
        if an.text[start:end] in PREPOSITIONS or an.text[start] in "بلو":
            return False  # the adjective may not be a phrase of its own
    return False


_TOOK_PLACE_RE = re.compile(r"^[وف]?(?:حدث|حدثت|جري|جرت|تجري|يجري|دار|دارت|يدور|تدور|تحول|تحولت)$|^و?(?:شل|شلت|يشل|تشل)$")  # "شل إضراب المدارس"
def _first_complement_of_suffering(an: Analysis, t: Match) -> bool:
    """"تعرضت قافلة عسكرية تضم جنودا لهجوم", "تعرض مقر المجلس في مدينة الكوت (180 كلم جنوب شرق
    بغداد) فجر أمس لهجوم": the subject of تعرض and the place and time may be long; the noun is
    its complement when no other ل-word came first ("تعرض لنا بدلة … للقاء الملك": shows us)."""
    floor = an.sentences[an.sentence_of(t.start)][0]
    spans = [sp for sp in an.word_spans_before(t.word_start, 16) if sp[0] >= floor]
    words = [an.text[a:b] for a, b in spans]
    k = next((k for k in range(len(words) - 1, -1, -1) if SUFFERED_RE.match(words[k])), None)
    # a ل-word that names someone ("تعرض مكتب لتيار المستقبل … لإطلاق نار": the office of a party)
    # is a genitive, not an earlier complement
    return k is not None and (len(words) - k <= 8 or not any(
        w.startswith(("ل", "ول")) and w.lstrip("و") not in _LAM_WORDS and not an.entity_in(a, b)
        for w, (a, b) in zip(words[k + 1:], spans[k + 1:])))


_LAM_WORDS = frozenset(("ليل", "ليله", "ليلا", "لدي", "لكن"))  # open with ل but are no ل-complement


# did it, or kept it ("التزم الأساتذة بالإضراب"): past, present or verbal noun ("كي يقوم بهجمات" is a
# purpose all the same: كي is a hypothetical cue)
_DID_RE = re.compile(r"^[وف]?(?:قيام|قام|قامت|قاموا|قمن|يقوم|تقوم|يقومون|تقومان|يقومان|التزم|التزمت|التزموا)$")
SUFFERED_RE = re.compile(r"^[وف]?(?:تعرض|يتعرض|تتعرض)\w{0,3}$")
_ANNOUNCE_RE = re.compile(
    "^[وف]?[تين]?(?:" + "|".join(sorted(_OCCURRENCE_STEMS_REPORTING, key=len, reverse=True)) + ")\\w{0,3}$")


_NUMBER = (r"(?:\d+|عشرات|ميات|الاف|(?:ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر)ه?|اثنين|اثنان|اثني|اثنا|"
           r"(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ين|ون)|مايه|ميه|الف)")
CASUALTY_RE = re.compile(
    _NUMBER + r"\s+(?:من\s+)?(?:قتيلا|قتلي|قتيل|جريح|شخصا|اشخاص|شخص|جريحا|جرحي|مدنيا|مدنيين|جنديا|جنود|شرطيا|عنصرا|اخرين|"
    r"متظاهرا|طفلا|اطفال)|(?:مقتل|اصابه|جرح|قتل|اختطاف|خطف)\s+(?:نحو\s+|حوالي\s+)?" + _NUMBER)


def counts_casualties(an: Analysis, start: int, end: int) -> bool:
    """``text[start:end]`` counts dead, wounded or taken ("مقتل 15 شخصا", "ثلاثة جرحى"). Asked of
    the same sentence by one rule after another, so each span is searched once per document."""
    key = ("casualties", start, end)
    found = an.memo.get(key)
    if found is None:
        found = an.memo[key] = CASUALTY_RE.search(an.text, start, end) is not None
    return found


def anchored(an: Analysis, t: Match, clause: tuple[int, int], date: DateMention | None,
              place: PlaceMention | None) -> bool:
    """A verbal noun reports an event (rather than naming a topic) when its clause dates it to a
    day or week ("انفجار في بغداد أمس") or counts its victims ("مقتل 15 شخصا")."""
    if date is not None and date.precision in ("day", "week"):
        return True
    sentence = an.sentences[an.sentence_of(t.start)]
    return counts_casualties(an, sentence[0], sentence[1])


_DEMONSTRATIVES = frozenset("هذا هذه ذلك تلك هذان هاتان هذين هاتين".split())
_SAME_WORDS = frozenset("نفسه نفسها ذاته ذاتها نفسهما ذاتهما".split())


def pointed_back_to(an: Analysis, t: Match) -> bool:
    """"في هذا الهجوم", "التفجير نفسه": a demonstrative (or "itself") points back to an event the
    article has already told; the sentence adds to it, it does not report a new one."""
    if t.prefix not in ("ال", "وال", "بال", "فال", "لل", "") or an.word_before(t.word_start) not in _DEMONSTRATIVES:
        nxt = an.words_after(t.end, 1)
        return bool(nxt) and nxt[0] in _SAME_WORDS and "ال" in t.prefix
    return True


def anaphoric(an: Analysis, t: Match) -> bool:
    """"الهجوم", "هذا الاعتداء": a definite verbal noun refers back to an event already reported
    (reactions, follow-ups), not a new one."""
    return t.prefix.endswith("ال") or t.prefix.endswith("لل") or an.word_before(t.start) in _DEMONSTRATIVES


def is_historical(date: DateMention | None, pub: dt.date | None) -> bool:
    """PLOVER's "historical" auxiliary: the text dates the event well before publication."""
    if date is None or pub is None:
        return False
    if date.precision == "year":
        return date.day.year < pub.year
    return (pub - date.day).days > _HISTORICAL_DAYS


_HISTORICAL_DAYS = 31
_HISTORY_YEARS = 10


def is_history(date: DateMention | None, pub: dt.date | None) -> bool:
    """An event the text dates ten years or more before publication (1982 in a 2007 article) is
    history told as context, not news. A recent past (``is_historical``) is still reported: running
    prose often tells last year's attack as the news it is part of."""
    return date is not None and pub is not None and date.day.year <= pub.year - _HISTORY_YEARS
