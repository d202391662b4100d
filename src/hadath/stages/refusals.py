"""Refusals told as a negated future: "أكد أنه لن يتنحى", "قالت أنقرة إنها لن تتراجع عن الصفقة".

PLOVER codes an actor's refusal to yield, meet, help or cooperate as REJECT (CAMEO 12x). Arabic news
tells most refusals without the verb رفض: the actor says it *will not* do the cooperative act
(لن + imperfect). The act itself stays negated (it has not happened and is not promised); the
refusal is the event the sentence reports, with the same participants. A past negation (لم) says
an act did not happen, not that anyone refused it, so only لن counts.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from ..lexicon.entries import Trigger
from .analysis import COMPLEMENTISER_PRONOUNS, Analysis

if TYPE_CHECKING:  # events imports this module
    from .events import EventDraft

# the refused act's type → the refusal's mode and CAMEO code
_REFUSAL_OF: dict[str, tuple[str | None, str]] = {
    "RETREAT": ("yield", "124"),  # refuse to yield: to step down, lift sanctions, withdraw
    "CONCEDE": ("yield", "124"),
    "CONSULT": ("meet", "125"),  # reject a proposal to meet or negotiate
    "AID": ("assist", "122"),  # refuse aid
    "COOPERATE": (None, "121"),  # reject material cooperation
    "AGREE": (None, "120"),
    "SUPPORT": (None, "120"),
}


def _refusal_entry(plover: str) -> Trigger:
    mode, cameo = _REFUSAL_OF[plover]
    return Trigger("REJECT", mode, cameo, (), "verb", ("direct",), "",
                   "refusal (a cooperative act its actor says it will not do)", True)


_ADVERBS = frozenset(("ابدا", "مطلقا", "اطلاقا"))


# the subject of the refused verb is the source itself: a pronoun of the complementiser, or its own country
_SELF_PRONOUNS = COMPLEMENTISER_PRONOUNS | frozenset("انني اننا انا نحن بلاده بلادها بلادنا حكومته حكومتها حكومتنا".split())


def _refused_by_its_source(an: Analysis, d: EventDraft) -> bool:
    """The act is the verb لن governs ("لن يتنحى"; a noun further on is governed by another verb:
    "لن نكف عن دعم أصدقائنا", support goes on), and its subject is the event's source: a pronoun
    of the complementiser (أنه لن، إنها لن), the source named right before لن or right after the
    verb. "أشار المسؤول إلى أن الاجتماعات لن تناقش" is a statement about meetings, no refusal."""
    if not d.entry.verbal or d.source is None:
        return False
    words = an.words_before(d.trigger.word_start, 3)
    before = [w for w in words if w not in _ADVERBS]
    if not before or before[-1] not in ("لن", "ولن", "فلن"):
        return False
    if len(before) > 1 and before[-2] in _SELF_PRONOUNS:
        return True
    src = d.source
    adverbs = len(words) - len(before)
    return (src.end <= d.trigger.word_start and an.count_words(src.end, d.trigger.word_start) == 1 + adverbs) \
        or (src.start >= d.trigger.end and an.count_words(d.trigger.end, src.start) <= 1)


def refusals(an: Analysis, drafts: list[EventDraft]) -> list[EventDraft]:
    """A REJECT draft for each cooperative act negated by لن whose actor is named in the text;
    the act keeps its own negated draft."""
    found = []
    for d in drafts:
        if d.entry.plover not in _REFUSAL_OF or not d.negated or d.background or d.hypothetical:
            continue
        if "negation:لن" not in d.modality or d.source is None or d.source.implied \
                or not _refused_by_its_source(an, d):
            continue  # "الحرب لن تتوقف": no one refuses anything
        found.append(dataclasses.replace(d, entry=_refusal_entry(d.entry.plover), negated=False,
                                         modality=["refusal"] + [m for m in d.modality if m != "negation:لن"]))
    return found
