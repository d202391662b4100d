"""Typed lexicon entries: what one row of each lexicon file means once loaded."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# PLOVER manual's conflict-cooperation scores (-10..+10) per type.
PLOVER_SCORES = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5,
    "PROTEST": -5.0, "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}
QUAD_CLASS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal_cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material_cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal_conflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material_conflict"),
}
SECTORS = frozenset(
    "GOV MIL COP REB UAF OPP PTY CVL MED JUD LEG BUS REL EDU CRM REF ELI SPY LAB HLH NGO IGO AGR".split()
)
TRANSNATIONAL = frozenset({"IGO", "IMG", "NGO", "MNC"})
CUE_KINDS = frozenset({"negation", "hypothetical", "quote", "quote_source", "quote_continue", "accident", "fiction", "sports"})
AGENT_KINDS = frozenset({"agent", "title", "honorific", "needs_modifier", "counted"})


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name_en: str
    names_ar: tuple[str, ...]
    nisba: tuple[str, ...]
    nisba_extra: tuple[str, ...]
    capitals_ar: tuple[str, ...]
    capital_en: str


@dataclass(frozen=True, slots=True)
class Role:
    country: str
    sector: str | None
    start: dt.date | None
    end: dt.date | None

    def distance(self, day: dt.date) -> int:
        """0 when ``day`` is within the role's range, else days to its nearest end."""
        if self.start and day < self.start:
            return (self.start - day).days
        if self.end and day >= self.end:
            return (day - self.end).days + 1
        return 0


@dataclass(frozen=True, slots=True)
class Org:
    id: str
    name_en: str
    names_ar: tuple[str, ...]
    country: str | None
    sector: str | None
    # Dated exceptions to country/sector: the Taliban are insurgents (IMG REB) but Afghanistan's
    # government (AFG GOV) in 1996–2001 and since 2021. Outside every period, and for undated
    # text, the row's own country and sector hold.
    periods: tuple[Role, ...] = ()

    def codes_on(self, day: dt.date | None) -> tuple[str | None, str | None]:
        """(country, sector) of the organisation on ``day``."""
        if day is not None:
            for period in self.periods:
                if period.distance(day) == 0:
                    return period.country, period.sector
        return self.country, self.sector


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name_en: str
    names_ar: tuple[str, ...]
    roles: tuple[Role, ...]
    title_en: str

    def role_on(self, day: dt.date | None) -> Role | None:
        """The role held on ``day`` (the closest one if none covers it; the latest if no day)."""
        if not self.roles:
            return None
        if day is None:
            return self.roles[-1]
        # Prefer the role covering the day; among equals, the later-listed (more recent) one.
        best = min(range(len(self.roles)), key=lambda i: (self.roles[i].distance(day), -i))
        return self.roles[best]


@dataclass(frozen=True, slots=True)
class Agent:
    forms: tuple[str, ...]
    sector: str | None
    country: str | None
    kind: str  # agent | title | honorific | needs_modifier (an actor only with a person/nationality after it)
    # | counted (an agent only right after a number: "ثلاثين طالبا", "ألف معتقل")
    name_en: str
    domain: str | None = None  # e.g. "foreign" for وزير الخارجية / وزارة الخارجية


@dataclass(frozen=True, slots=True)
class Trigger:
    plover: str
    mode: str | None
    cameo: str
    context: tuple[str, ...]
    pos: str  # verb | noun | phrase | NOMINALISED (a verb form read as its verbal noun in context)
    object_preps: tuple[str, ...]  # normalised prepositions marking the target; "direct"
    passive_source: str  # "" | "ambiguous" (unvowelled: active or passive) | "subject" (subject is the target)
    note: str
    verbal: bool = False  # the matched form is a conjugated verb
    requires: frozenset = frozenset()  # sectors one of which must follow as object ("MIL" for إرسال)
    requires_words: frozenset = frozenset()  # words one of which must follow ("صواريخ" for أطلق)
    # the words of a split phrase after its verb, which must follow it in order ("فتح سفارته"
    # for "أعاد/عيد فتح سفارته"), compared by ``morphology.word_key``
    requires_phrase: tuple[str, ...] = ()
    # the split phrase's row had its own `requires` words: they may stand past the phrase's rest
    requires_past_phrase: bool = False


NOMINALISED = "verbal_noun"


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    pos: str
    note: str
    verbal: bool = False


@dataclass(frozen=True, slots=True)
class Place:
    geonameid: int
    name_en: str
    name_ar: str
    country: str
    lat: float
    lon: float
    population: int
    feature: str


@dataclass
class LexiconSet:
    """Everything loaded from the data directory (and user directories), before compilation."""

    countries: list[Country] = field(default_factory=list)
    orgs: list[Org] = field(default_factory=list)
    persons: list[Person] = field(default_factory=list)
    agents: list[Agent] = field(default_factory=list)
    triggers: list[tuple[Trigger, tuple[str, ...]]] = field(default_factory=list)  # (entry, forms cell)
    cues: list[tuple[Cue, tuple[str, ...]]] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    place_names: list[tuple[Place, tuple[str, ...]]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
