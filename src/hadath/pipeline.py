"""The coding pipeline: text in, ``Document`` out.

Stages are plain functions of the document's analysis state, run in a fixed order:

1. ``validate``      refuse what cannot be coded (empty, binary, too large, not Arabic)
2. ``prepare``       normalised view + offset map, word index, metadata, sentences
3. ``match``         one Aho-Corasick pass for every lexicon; overlaps resolved per group
4. ``dates``         date expressions resolved against the publication date
5. ``actors``        composed participants and places
6. ``events``        triggers with roles, flags, date and place
7. ``quotes``        speech with its speaker
8. ``assemble``      entities, ids, original-text offsets: the output contract

Nothing here keeps state between documents except the compiled lexicon (read-only, built once
per process), so the same ``code`` runs in the CLI, a server worker or a Spark executor.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputRejected
from .lexicon.compiled import CompiledLexicon, Match, get_lexicon
from .lexicon.entries import PLOVER_SCORES, QUAD_CLASS
from .limits import DEFAULT_MAX_CHARS  # re-exported: callers import it from here
from .model import Actor, Document, Entity, Event, Place, Quote
from .stages.actors import find_actors, resolve_overlaps
from .stages.analysis import ActorMention, Analysis, PlaceMention
from .stages.dates import DateMention, find_dates
from .stages.events import LIGHT_NOUNS, EventDraft, find_events
from .stages.metadata import read_metadata
from .stages.quotes import QuoteDraft, find_quotes
from .text import numbers
from .text.langid import detect_language
from .text.normalize import NormalizedText
from .text.sentences import split_sentences
from .text.tokens import WordIndex

_NAMED_KINDS = frozenset({"person", "org", "country"})


@dataclass(frozen=True, slots=True)
class Options:
    """Per-call settings. ``max_chars`` bounds memory and time for one document."""

    max_chars: int = DEFAULT_MAX_CHARS
    check_language: bool = True


def parse_date(value: str | dt.date | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputRejected(f"date {value!r} is not an ISO date (YYYY-MM-DD)", "bad_date") from None


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def validate(text: str, options: Options) -> str:
    """Return the language code, or raise ``InputRejected`` with a reason a user can act on."""
    if not isinstance(text, str):
        raise InputRejected(f"text must be a string, not {type(text).__name__}", "not_text")
    if len(text) > options.max_chars:
        raise InputRejected(
            f"document has {len(text):,} characters, over the limit of {options.max_chars:,} "
            "(split it, or raise --max-chars)", "too_large")
    if not text.strip():
        raise InputRejected("document is empty", "empty")
    if "\x00" in text:
        raise InputRejected("document contains NUL bytes: binary data, not text", "binary")
    surrogate = _SURROGATE_RE.search(text)
    if surrogate:  # a JSON escape such as "\ud800" with no pair: no character at all, and unencodable
        raise InputRejected(f"document holds an unpaired surrogate (U+{ord(surrogate.group()):04X}) at character "
                            f"{surrogate.start()}: not valid Unicode text", "bad_unicode")
    language = detect_language(text)
    if options.check_language and language != "ar":
        names = {"en": "English or another Latin-script language", "fa": "Persian", "ur": "Urdu",
                 "other": "not Arabic script"}
        raise InputRejected(f"document is not Arabic (looks like {names.get(language, language)}); "
                            "hadath codes Arabic only", f"not_arabic:{language}")
    return language


def _split_matches(matches: list[Match]) -> tuple[list[Match], list[Match], list[Match], list[Match]]:
    """Entity, trigger, cue and date-word views of the matches (a key can have several meanings)."""
    groups: dict[str, list[Match]] = {"entity": [], "trigger": [], "cue": [], "date": []}
    for m in matches:
        hits = m.hits
        if len(hits) == 1:
            kind = hits[0].kind
            groups[kind if kind in groups else "entity"].append(m)
            continue
        split: dict[str, list] = {}
        for h in hits:
            split.setdefault(h.kind if h.kind in groups else "entity", []).append(h)
        for name, sub in split.items():
            groups[name].append(Match(m.start, m.end, tuple(sub), m.prefix, m.suffix, m.word_start, m.word_end))
    return groups["entity"], groups["trigger"], groups["cue"], groups["date"]


def _counted_at(an: Analysis, word_start: int) -> bool:
    """A number (digits or a cardinal word) is the word before."""
    return numbers.is_count(an.word_before(word_start).removeprefix("و"))


_DEMANDING = frozenset(("طالبه", "طالبات"))


def _demanding_word(an: Analysis, m: Match) -> bool:
    return an.text[m.word_start:m.word_end].lstrip("وف") in _DEMANDING


def _demanding(an: Analysis, m: Match, trigger_starts: set[int]) -> bool:
    """"طالبة توجيه ضربة", "طالبة بالإفراج": the feminine participle 'demanding', not a student,
    when a deed or ب follows it at once (``m`` is a طالبة/طالبات word)."""
    after = an.word_spans_after(m.word_end, 1)
    if not after:
        return False
    word = an.text[after[0][0]:after[0][1]]
    return after[0][0] in trigger_starts or word in LIGHT_NOUNS or (word[:1] == "ب" and (
        word[1:] in LIGHT_NOUNS or after[0][0] in trigger_starts))


def _inside(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


def _inside_longer(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(starts, start) - 1
    while i >= 0 and spans[i][0] > start - 80:
        s, e = spans[i]
        if s <= start and end <= e and (e - s) > (end - start):
            return True
        i -= 1
    return False


def prepare(text: str, lexicon: CompiledLexicon, pub_date: dt.date | None) -> Analysis:
    nt = NormalizedText.from_text(text)
    words = WordIndex.from_text(nt.text)
    meta = read_metadata(nt)
    an = Analysis(nt, words, lexicon, pub_date, meta)
    an.sentences = [s for s in split_sentences(nt.text) if s[0] < meta.body_end]
    if meta.title_span:
        an.code_from = meta.title_span[1]
    return an


def match(an: Analysis) -> None:
    an.matches = an.lexicon.find(an.text, an.words, an.nt.original, an.nt.orig_index)
    entities, triggers, cues, dates = _split_matches(an.matches)
    an.date_anchors = [(m.start, m.end, m.hits[0].entry) for m in dates]
    # An agent word inside a longer trigger phrase is an adjective of it ("العسكري" in "الدعم العسكري").
    # (also inside a cue phrase: "صحافي" in "مؤتمر صحافي" is no journalist)
    trigger_spans = sorted((m.start, m.end) for m in triggers + cues if m.end - m.start > 0)
    trigger_starts = [s for s, _ in trigger_spans]
    entities = [m for m in entities if not (m.hits[0].kind in ("agent", "title", "needs_modifier", "counted")
                                            and _inside_longer(trigger_spans, trigger_starts, m.start, m.end))]
    # a noun that is someone only when counted ("ثلاثين طالبا"; elsewhere طالب is "demanded") is no
    # one without its number, and leaves its word to the other meaning
    entities = [m for m in entities if m.hits[0].kind != "counted" or _counted_at(an, m.word_start)]
    demanding = [m for m in entities if _demanding_word(an, m)]
    if demanding:  # rare: the trigger starts are gathered only for a document that has the word
        trigger_word_starts = {m.word_start for m in triggers}
        dropped = {id(m) for m in demanding if _demanding(an, m, trigger_word_starts)}
        entities = [m for m in entities if id(m) not in dropped]
    an.entity_matches = resolve_overlaps(entities)
    an.entity_starts = sorted(m.start for m in an.entity_matches)
    # A trigger inside a name or an institution noun is part of that word ("زار" in "وزارة").
    spans = [(m.start, m.end) for m in an.entity_matches if m.hits[0].kind not in ("place", "nisba")]
    starts = [s for s, _ in spans]  # entity matches do not overlap: at most one can contain a trigger
    triggers = [t for t in resolve_overlaps(triggers) if not _inside(spans, starts, t.start, t.end)]
    an.trigger_matches = triggers
    an.triggers_by_word = sorted(triggers, key=lambda t: t.word_start)
    an.trigger_word_starts = [t.word_start for t in an.triggers_by_word]
    an.cue_matches = resolve_overlaps(cues)
    an.cue_starts = [c.start for c in an.cue_matches]


def code(text: str, *, date: str | dt.date | None = None, id: str | None = None, title: str | None = None,
         url: str | None = None, source: str | None = None, lexicon_dirs: list[str | Path] | None = None,
         options: Options | None = None) -> Document:
    """Code one Arabic news article. Raises ``InputRejected`` for input that cannot be coded."""
    options = options or Options()
    language = validate(text, options)
    pub_date = parse_date(date)
    lexicon = get_lexicon(lexicon_dirs)
    an = prepare(text, lexicon, pub_date)
    match(an)
    an.dates = find_dates(an.text, pub_date or dt.date.today(), anchors=an.date_anchors)
    find_actors(an)
    an.dates = _outside_names(an.dates, an.actors)
    drafts = find_events(an)
    quotes = find_quotes(an)
    doc = Document(text=text, id=id, title=title or an.meta.title, url=url or an.meta.url,
                   publisher=an.meta.publisher, translated_from=an.meta.translated_from,
                   date=pub_date.isoformat() if pub_date else None, language=language, source=source,
                   republished_from=an.meta.republished_from, adapted=an.meta.adapted)
    _assemble(an, doc, drafts, quotes)
    return doc


def _outside_names(dates: list[DateMention], actors: list[ActorMention]) -> list[DateMention]:
    """A date inside a name is part of the name: "حركة شباب 6 أبريل", "حركة 14 آذار" date nothing."""
    names = [(a.start, a.end) for a in actors if a.kind in ("org", "person")]
    return [d for d in dates if not any(s <= d.start and d.end <= e for s, e in names)]


# -- assembly -----------------------------------------------------------------------------------
# A country named as a participant acts through its government (CAMEO's convention: "إيران" = IRN GOV);
# a nationality named alone as a participant ("العراقيين", "قتل فلسطينيا") is its people.
def _participant_sector(a: ActorMention) -> str | None:
    if a.kind in ("country", "capital"):
        return "GOV"
    return "CVL" if a.kind == "nisba" and a.plural_nisba else None  # not "موقعا إسرائيليا": a place


# An event's or quote's participant carries its primary sector, as CAMEO codes actors: a legislature
# is a branch of government (CAMEO's GOVLEG), so a parliament or an MP takes part in events as GOV,
# as the expert gold codes them (an assassinated MP, a protest before a parliament). The entity list
# keeps the lexicon's finer LEG.
_PRIMARY_SECTOR = {"LEG": "GOV"}


def event_sector(a: ActorMention) -> str | None:
    """The sector a participant takes in an event or quote record."""
    sector = a.sector or _participant_sector(a)
    return _PRIMARY_SECTOR.get(sector, sector) if sector else None


class _Assembler:
    """Turns mentions into entities with ids, and drafts into contract records (original offsets)."""

    def __init__(self, an: Analysis, doc: Document):
        self.an, self.doc = an, doc
        self.entities: dict[str, Entity] = {}

    def entity_for(self, key: str | None, kind: str | None, start: int, end: int, name_en: str,
                   country: str | None, sector: str | None, **extra) -> str | None:
        if not key or not kind:
            return None
        span = self.an.orig(start, end)
        surface = self.an.nt.original[span[0]:span[1]]
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity(id=f"E{len(self.entities) + 1}", kind=kind, name_en=name_en,
                         name_ar=extra.pop("name_ar", None) or surface, country=country, sector=sector, **extra)
            self.entities[key] = ent
        if span not in ent.mentions:
            ent.mentions.append(span)
        if surface not in ent.surface_forms:
            ent.surface_forms.append(surface)
        return ent.id

    def register(self, a: ActorMention) -> str | None:
        lex = self.an.lexicon
        for start, end, kind, country, key in a.parts:
            if kind in ("nisba", "country") and country in lex.countries:
                c = lex.countries[country]
                self.entity_for(f"country:{country}", "GPE", start, end, c.name_en, country, None,
                                name_ar=c.names_ar[0] if c.names_ar else None)
            elif key:
                self._register_key(key, start, end)
        if a.entity_key:
            return self._register_key(a.entity_key, a.start if a.kind != "person" else self._name_start(a), a.end, a)
        return None

    def _name_start(self, a: ActorMention) -> int:
        for start, _end, kind, _c, key in a.parts:
            if kind == "person" and key == a.entity_key:
                return start
        return a.start

    def _register_key(self, key: str, start: int, end: int, a: ActorMention | None = None) -> str | None:
        lex = self.an.lexicon
        kind, _, ident = key.partition(":")
        if kind == "person":
            p = lex.persons.get(ident)
            if p:
                role = p.role_on(self.an.pub_date)
                return self.entity_for(key, "PERSON", start, end, p.name_en, role.country if role else None,
                                       role.sector if role else None, name_ar=p.names_ar[0], lexicon_id=p.id,
                                       title_en=p.title_en or None)
            if a is not None:
                return self.entity_for(key, "PERSON", start, end, a.name_en, a.country, a.sector,
                                       title_en=a.title_en, in_lexicon=False)
            return None
        if kind == "org":
            o = lex.orgs.get(ident)
            if o:
                country, sector = o.codes_on(self.an.pub_date)
                return self.entity_for(key, "ORG", start, end, o.name_en, country, sector,
                                       name_ar=o.names_ar[0], lexicon_id=o.id)
            if a is not None:  # a group named in the text only ("مجموعة تطلق على نفسها …")
                return self.entity_for(key, "ORG", start, end, a.name_en, a.country, a.sector,
                                       name_ar=a.name_ar, in_lexicon=False)
            return None
        if kind == "country":
            c = lex.countries.get(ident)
            if c:
                return self.entity_for(key, "GPE", start, end, c.name_en, c.iso3, None,
                                       name_ar=c.names_ar[0] if c.names_ar else None, lexicon_id=c.iso3)
        return None

    def actor(self, a: ActorMention | None, ids: dict[int, str | None]) -> Actor | None:
        if a is None:
            return None
        s, e = self.an.orig(a.start, a.end)
        name = a.name_en
        if a.kind in ("agent", "title") and not a.entity_key and a.country in self.an.lexicon.countries:
            name = f"{self.an.lexicon.countries[a.country].name_en}: {a.name_en}"
        return Actor(ids.get(id(a)), "" if a.implied else self.an.nt.original[s:e], name, a.country,
                     event_sector(a), (s, e), a.implied, a.country_inferred)

    def place(self, p: PlaceMention | None) -> Place | None:
        if p is None:
            return None
        return Place(p.name_en, p.name_ar, p.country, p.lat, p.lon, p.geonameid, self.an.orig(p.start, p.end))


def _mobilising_force(d: EventDraft) -> ActorMention | None:
    """"نشرت السعودية بطاريات باتريوت", "حركت إسرائيل بطاريات القبة الحديدية": a state that deploys
    troops or weapons does it through its military, so the country named acts as MIL, not GOV."""
    a = d.source
    if a is not None and d.entry.plover == "MOBILIZE" and d.entry.mode in ("troops", "weapons") \
            and a.kind in ("country", "capital") and a.sector is None:
        return dataclasses.replace(a, sector="MIL")
    return a


def _assemble(an: Analysis, doc: Document, drafts: list[EventDraft], quotes: list[QuoteDraft]) -> None:
    asm = _Assembler(an, doc)
    ids = {id(a): asm.register(a) for a in an.actors}
    seen_places: dict[tuple, Place] = {}
    for p in an.places:
        key = (p.geonameid, p.name_en)
        place = asm.place(p)
        if key not in seen_places:
            seen_places[key] = place
            asm.entity_for(f"place:{p.geonameid}", "LOC", p.start, p.end, p.name_en, p.country, None,
                           name_ar=p.name_ar, lexicon_id=str(p.geonameid))
        else:
            asm.entity_for(f"place:{p.geonameid}", "LOC", p.start, p.end, p.name_en, p.country, None)
    doc.places = list(seen_places.values())
    prefix = f"{doc.id}-" if doc.id else ""
    for n, d in enumerate(drafts, 1):
        s_start, s_end = an.sentences[d.sentence]
        ss, se = an.orig(s_start, s_end)
        ts, te = an.orig(d.trigger.start, d.trigger.end)
        if d.date is not None:
            date, precision, basis = d.date.value, d.date.precision, "text"
        else:
            date, precision, basis = doc.date, "day" if doc.date else None, "publication"
        doc.events.append(Event(
            id=f"{prefix}ev{n}", plover=d.entry.plover, mode=d.entry.mode, cameo=d.entry.cameo,
            context=list(d.entry.context), source=asm.actor(_mobilising_force(d), ids), target=asm.actor(d.target, ids),
            trigger=doc.text[ts:te], span=(ts, te), sentence=doc.text[ss:se], sentence_span=(ss, se),
            date=date, date_precision=precision, date_basis=basis, location=asm.place(d.place),
            negated=bool(d.negated), hypothetical=bool(d.hypothetical), score=PLOVER_SCORES[d.entry.plover],
            quad_class=QUAD_CLASS[d.entry.plover], modality=d.modality, background=bool(d.background),
            historical=bool(d.historical), location_basis=d.place_basis if d.place is not None else None,
        ))
    for q in quotes:
        qs, qe = an.orig(q.start, q.end)
        cs, ce = an.orig(q.cue.start, q.cue.end)
        doc.quotes.append(Quote(asm.actor(q.speaker, ids), doc.text[qs:qe], (qs, qe), doc.text[cs:ce], (cs, ce),
                                q.direct))
    doc.entities = list(asm.entities.values())
    doc.sentences = [an.orig(s, e) for s, e in an.sentences]
