"""The coded document: typed records and their JSON form (the published output contract).

All spans are ``(start, end)`` Python string indices into the text exactly as the user gave it.
Field names here are the contract: add fields, never rename or remove them.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]


@dataclass(slots=True)
class Place:
    name_en: str
    name_ar: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    span: Span

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        return d


@dataclass(slots=True)
class Actor:
    """An event's or quote's participant as it appears in one place of the text."""

    entity: str | None  # id of the document entity, when the actor is a named entity
    text: str
    name_en: str
    country: str | None
    sector: str | None
    span: Span
    implied: bool = False  # not named in the text but implied by the event (protesters of a protest)
    country_inferred: bool = False  # the country comes from the document (places), not the mention

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "text": self.text, "name_en": self.name_en, "country": self.country,
                "sector": self.sector, "span": list(self.span), "implied": self.implied,
                "country_inferred": self.country_inferred}


@dataclass(slots=True)
class Entity:
    id: str
    kind: str  # PERSON | ORG | GPE | LOC
    name_en: str
    name_ar: str
    country: str | None
    sector: str | None
    mentions: list[Span] = field(default_factory=list)
    lexicon_id: str | None = None
    surface_forms: list[str] = field(default_factory=list)
    title_en: str | None = None
    in_lexicon: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "name_en": self.name_en, "name_ar": self.name_ar,
                "country": self.country, "sector": self.sector, "mentions": [list(m) for m in self.mentions],
                "lexicon_id": self.lexicon_id, "surface_forms": self.surface_forms, "title_en": self.title_en,
                "in_lexicon": self.in_lexicon}


@dataclass(slots=True)
class Event:
    id: str
    plover: str
    mode: str | None
    cameo: str
    context: list[str]
    source: Actor | None
    target: Actor | None
    trigger: str
    span: Span
    sentence: str
    sentence_span: Span
    date: str | None
    date_precision: str | None
    date_basis: str  # "text" (a date expression in the sentence) or "publication"
    location: Place | None
    negated: bool
    hypothetical: bool
    score: float
    quad_class: str
    modality: list[str] = field(default_factory=list)  # cues that made it hypothetical/negated
    # not reported in its own right: a cause or time frame ("إثر مقتل…", "بعد أن…") or a verbal noun
    # named as a topic with no verb of occurrence, date, place or count ("دعم التظاهرات")
    background: bool = False
    historical: bool = False  # PLOVER "historical": the text dates it more than a month before publication
    # "text": a place the sentence names; "dateline": the city of the paragraph's dateline; None: no location
    location_basis: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "plover": self.plover, "mode": self.mode, "cameo": self.cameo, "context": self.context,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "trigger": self.trigger, "span": list(self.span), "sentence": self.sentence,
            "sentence_span": list(self.sentence_span), "date": self.date, "date_precision": self.date_precision,
            "date_basis": self.date_basis, "location": self.location.to_dict() if self.location else None,
            "negated": self.negated, "hypothetical": self.hypothetical, "modality": self.modality,
            "background": self.background, "historical": self.historical,
            "score": self.score, "quad_class": self.quad_class, "location_basis": self.location_basis,
        }


@dataclass(slots=True)
class Quote:
    speaker: Actor | None
    text: str
    span: Span
    cue: str
    cue_span: Span
    direct: bool

    def to_dict(self) -> dict[str, Any]:
        return {"speaker": self.speaker.to_dict() if self.speaker else None, "text": self.text,
                "span": list(self.span), "cue": self.cue, "cue_span": list(self.cue_span), "direct": self.direct}


@dataclass(slots=True)
class Document:
    """Input text plus everything hadath found in it."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    translated_from: str | None = None
    date: str | None = None
    language: str = "ar"
    source: str | None = None
    republished_from: str | None = None  # "نقلاً عن …": the outlet this copy was taken from
    adapted: bool = False  # "بتصرف": the text was adapted from its source
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    body_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "url": self.url, "publisher": self.publisher,
            "translated_from": self.translated_from, "date": self.date, "language": self.language,
            "source": self.source, "republished_from": self.republished_from, "adapted": self.adapted,
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "places": [p.to_dict() for p in self.places],
            "sentences": [list(s) for s in self.sentences],
            "hadath_version": _version(),
        }


def _version() -> str:
    from . import __version__
    return __version__
