"""Which executions are a state carrying out a death sentence, and so no assault.

"أعدمت السلطات 12 رجلا أدينوا بالاتجار بالمخدرات", "تم أمس تنفيذ حكم الإعدام": a judicial execution is
the state's legal coercion (coded COERCE, CAMEO 170, context legal), as conflict data sets such as
ACLED leave judicial executions out of political violence and as the expert Arabic gold codes them no
attack. An execution by an armed group or by troops in the field stays an ASSAULT (CAMEO 1823):
"أعدم مسلحو التنظيم عشرة من أبناء العشيرة", "أعدمت القوات عشرين مدنيا ميدانيا", even when the group
calls it carrying out a sentence of its own court.
"""
from __future__ import annotations

import dataclasses
import re

from ..lexicon.compiled import Match
from ..lexicon.entries import Trigger
from .analysis import ActorMention, Analysis

# the words of a legal process: a sentence, a conviction, the penalty's legal kinds, the prison
_LEGAL_RE = re.compile(r"(?<!\S)[وفب]?(?:ال)?(?:حكم|احكام|محكوم|محكومين|محكومون|مدان|مدانين|مدانون|مدانا|"
                       r"ادين|ادينوا|ادينا|ادانته|ادانتهم|ادانه|قصاصا|تعزيرا|حدا|شنقا|عقوبه|سجن|محكمه|المحكمه|"
                       r"تنفيذ)(?!\S)")
# in the field, without a trial: the assault the lexicon's summary-execution phrases name
_SUMMARY_RE = re.compile(r"ميداني|رميا\s+بالرصاص|ذبحا|بقطع\s+الراس|نحرا")
# "نفذت الشرطة الحكم بحق رجل أدين": the words of a sentence passed or carried out on someone
SENTENCE_WORDS = frozenset("حكم الحكم احكام الاحكام اعدام الاعدام القصاص قصاصا تعزيرا حدا".split())
_STATE_SENTENCERS = frozenset(("GOV", "JUD"))
# troops, intelligence men and armed groups kill without a court (the police carry out sentences)
_FIELD_EXECUTIONERS = frozenset(("MIL", "SPY", "UAF", "REB", "CRM"))
_REACH = 4  # words after the execution word where "ميدانيا" or "رميا بالرصاص" says how it was done


def judicial(entry: Trigger) -> Trigger:
    """The execution sense recoded as the state's legal coercion (its part of speech kept)."""
    return dataclasses.replace(entry, plover="COERCE", mode="", cameo="170", context=("legal",))


def is_execution(entry: Trigger) -> bool:
    return entry.plover == "ASSAULT" and entry.cameo == "1823" and "legal" in entry.context


def _field_executioner(a: ActorMention) -> bool:
    return not a.implied and (a.sector in _FIELD_EXECUTIONERS or a.country == "IMG")


def judicial_execution(an: Analysis, t: Match, source: ActorMention | None, actors: list[ActorMention],
                       s_start: int, s_end: int) -> bool:
    """An execution carried out by a state after a sentence: its author is a government or a court,
    or, with no armed author and no armed group named before it, its sentence tells a legal process
    ("أدينوا", "حكم", "قصاصا", "تنفيذ الإعدام"). Not one done in the field or with a gun or a knife,
    nor one by forces or armed groups ("فيديو لتنظيم داعش يظهر أحد مقاتليه … ينفذ عقوبة الإعدام")."""
    after = " ".join(an.words_after(t.end, _REACH))
    if _SUMMARY_RE.search(an.text[t.start:t.end]) or _SUMMARY_RE.search(after):
        return False
    if source is not None and _field_executioner(source):
        return False
    if source is not None and not source.implied and source.sector in _STATE_SENTENCERS:
        return True
    if any(s_start <= a.start and a.end <= t.start and _field_executioner(a) for a in actors):
        return False
    if _LEGAL_RE.search(an.text, s_start, s_end) is not None:
        return True
    # with no legal words and no author, the noun told alone ("أنباء إعدامه", "إعدام 29 شخصا في سجن")
    # is a state's execution, unless troops or an armed group are named anywhere in the sentence; a
    # verb has a subject, which hadath may fail to name ("أعدم التنظيم 21 عاملا"), so it stays
    return source is None and not t.verb_form() \
        and not any(s_start <= a.start < s_end and _field_executioner(a) for a in actors)
