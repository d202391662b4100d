"""Participants an event implies when the text does not name them (PLOVER conventions).

A protest with no named participant is by civilians; with no named target it is against whom the
protesters address, else the local government; an attack with no named target hits the country
where it happens; a bombing with no named perpetrator is by an armed group (UAF); protesters burning and clashing make a violent protest (riot). Implied actors
are marked ``implied`` and span their trigger.
"""
from __future__ import annotations

from ..lexicon import morphology as morph
from ..lexicon.compiled import Match
from ..lexicon.entries import Trigger
from .analysis import ActorMention, Analysis, PlaceMention

PROTESTER_STEMS = ("متظاهر", "محتج", "معتصم", "مضرب")
RIOT = Trigger("PROTEST", "riot", "145", ("rights_freedoms",), "verb", ("ضد", "علي"), "", "violent protest", True)
# "احتجت مصر رسميا لدى إيران", "استدعت البحرين سفيرها احتجاجا على": a state's protest is a formal complaint
OFFICIAL_PROTEST = Trigger("ACCUSE", "disapprove", "114", (), "verb", ("لدي", "علي"), "", "protested officially", True)
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def is_state(a: ActorMention) -> bool:
    """A government, its bodies and officials, or a country or capital named for its government."""
    return a.kind in ("country", "capital") or (a.sector in _STATE_SECTORS and a.kind != "agent")


def is_protesters(an: Analysis, a: ActorMention) -> bool:
    word = morph.strip_clitics(an.text[a.start:a.end].split(" ")[0])
    return word.startswith(PROTESTER_STEMS)


def implied_protesters(an: Analysis, t: Match, place: PlaceMention | None) -> ActorMention:
    """"تظاهر الآلاف في بغداد": a protest with no named participant is by civilians (PLOVER's
    default), of the country where it happens. Marked ``implied``; it spans the trigger."""
    country = place.country if place else (an.dominant_countries[0] if an.dominant_countries else None)
    return ActorMention(start=t.start, end=t.end, kind="implied", name_en="protesters (implied)", country=country,
                        sector="CVL", country_inferred=True, implied=True)


_DEMAND_STEMS = ("مطالب", "تطالب", "يطالب", "طالب", "داعين", "مناشد")


def addressee(an: Analysis, t: Match, actors: list[ActorMention], source: ActorMention | None
               ) -> ActorMention | None:
    """"مطالبين الحكومة التركية بالتدخل": whom the protesters address is what they protest against."""
    for a in actors:
        if a is source or a.start < t.end or a.kind == "nisba":
            continue
        w = morph.strip_clitics(an.word_before(a.start))
        if w.startswith(_DEMAND_STEMS):
            return a
    return None


def implied_government(an: Analysis, t: Match, place: PlaceMention | None,
                       protesters: ActorMention | None = None) -> ActorMention | None:
    """A protest with no named target is, by PLOVER's default, against the government where it
    happens, or, with no place, the protesters' own government. Marked ``implied``."""
    country = place.country if place else (protesters.country if protesters is not None else None)
    if country is None:
        return None
    return ActorMention(start=t.start, end=t.end, kind="implied", name_en="government (implied)", country=country,
                        sector="GOV", country_inferred=True, implied=True)


def implied_victims(t: Match, place: PlaceMention) -> ActorMention | None:
    """An attack with no named target hits the country where it happens ("انفجرت سيارة مفخخة في
    بغداد"): an implied target of the place's country, sector unknown."""
    if not place.country:
        return None
    return ActorMention(start=t.start, end=t.end, kind="implied", name_en="(implied by the place)",
                        country=place.country, sector=None, country_inferred=True, implied=True)


_ARMED_GROUP_MODES = frozenset({"suicide-attack", "explosives"})


def implied_attackers(an: Analysis, t: Match, entry: Trigger) -> ActorMention | None:
    """A bombing with no named perpetrator ("انفجرت سيارة مفخخة", "هجوم انتحاري") is by an armed
    group: an implied source of sector UAF, country unknown. An air or drone strike ("غارة جوية",
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
