"""Which of several namesake places a document means.

The gazetteer keeps, for a name shared by towns in different countries ("القنيطرة" in Syria and
Morocco, "طرابلس" in Libya and Lebanon), its most likely reading and the other countries'
namesakes (``CompiledLexicon.place_alternates``). A reader picks the town of the country the
article is about: the countries the same sentence names (places without namesakes, countries,
capitals, nationalities), then the document's. Pure function of the analysis: it returns new place
mentions; a capital read as another country's namesake ("طرابلس" in Lebanon) is no longer the
seat of a government, and the caller drops that actor.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from .analysis import ActorMention, Analysis, PlaceMention


def country_votes(evidence: list[tuple[int, str]]) -> tuple[dict[int, Counter], Counter]:
    """Countries named per sentence and in the whole document, from (sentence, country) pairs."""
    by_sentence: dict[int, Counter] = {}
    for sentence, country in evidence:
        by_sentence.setdefault(sentence, Counter())[country] += 1
    return by_sentence, Counter(country for _, country in evidence)


def context_prefers(here: Counter, document: Counter, candidate: str | None, current: str | None) -> bool:
    """Read a name as ``candidate``'s rather than ``current``'s: its sentence names that country
    more; when the sentence names neither, the document does."""
    return here[candidate] > here[current] or (
        here[candidate] == here[current] == 0 and document[candidate] > document[current])


def resolve_namesakes(an: Analysis, places: list[PlaceMention], actors: list[ActorMention],
                      nationalities: Sequence[tuple[int, str]] = ()) -> list[PlaceMention]:
    """``places`` with each namesake read as the town of the country its context names.
    ``nationalities``: (position, country) of nationality adjectives that describe a place."""
    alternates = an.lexicon.place_alternates
    ambiguous = [i for i, p in enumerate(places) if an.text[p.start:p.end] in alternates]
    if not ambiguous:
        return places
    # context: unambiguous places and named countries, by sentence
    ambiguous_set = set(ambiguous)
    positions: list[tuple[int, str]] = [(p.start, p.country) for i, p in enumerate(places)
                                        if p.country and i not in ambiguous_set]
    spans = {(places[i].start, places[i].end) for i in ambiguous}
    positions += [(a.start, a.country) for a in actors  # named, not guessed from the place
                  if a.country and not a.country_inferred and (a.start, a.end) not in spans]
    positions += list(nationalities)
    votes, document = country_votes([(an.sentence_of(pos), country) for pos, country in positions])
    capitals = {(a.start, a.end) for a in actors if a.kind == "capital"}
    out = list(places)
    for i in ambiguous:
        p = places[i]
        here = votes.get(an.sentence_of(p.start), Counter())
        best = max(alternates[an.text[p.start:p.end]], key=lambda place: (here[place.country], document[place.country]))
        primary = an.lexicon.place_by_key.get(an.text[p.start:p.end])
        if (p.start, p.end) in capitals or (primary is not None and primary.population > 10 * max(best.population, 1)):
            # a capital, or a city far larger than its namesake, gives way only to the namesake's
            # country named right by it: "طرابلس شمال لبنان", "طرابلس اللبنانية" (not "موسكو" or
            # "مانشستر" in an article that also names America)
            switch = any(country == best.country and an.count_words(min(pos, p.start), max(pos, p.start)) <= 3
                         for pos, country in positions)
        else:
            switch = context_prefers(here, document, best.country, p.country)
        if switch:
            out[i] = dataclasses.replace(p, name_en=best.name_en, country=best.country, lat=best.lat, lon=best.lon,
                                         geonameid=best.geonameid)
    return out


_SMALL_TOWN = 50_000
_SETTLEMENT_WORDS = frozenset("قريه بلده مدينه ضاحيه منطقه حي مخيم ناحيه قضاء بلدات قري".split())


def _introduced_as_place(an: Analysis, p: PlaceMention) -> bool:
    """"في بلعين", "قرية بلعين": the text says a place comes ("حزما" or "زواره" are words)."""
    before = an.words_before(an.word_start_at(p.start), 1)
    return p.prefix[:1] in ("ب", "ل") or bool(before) and (
        before[0] in ("في", "وفي", "الي", "من") or before[0].removeprefix("و") in _SETTLEMENT_WORDS
        or before[0].removeprefix("ب") in _SETTLEMENT_WORDS)


_VILLAGE_WORDS = frozenset("قريه القريه بقريه وقريه لقريه مخيم المخيم بمخيم ومخيم".split())


def _named_a_village(an: Analysis, p: PlaceMention) -> bool:
    """"قرية دار السلام جنوب نيالا": a village or camp named like a city elsewhere (Dar es Salaam) is
    a namesake the gazetteer lacks, however large the city."""
    return an.word_before(an.word_start_at(p.start)) in _VILLAGE_WORDS


def drop_stray_towns(an: Analysis, places: list[PlaceMention], actors: list[ActorMention],
                     nationalities: Sequence[tuple[int, str]] = ()) -> list[PlaceMention]:
    """``places`` without the small towns of a country that nothing else in the document names while
    their sentence places the story in another: "ضاحية المنصورية … المقدادية … بغداد" is a suburb
    the gazetteer lacks, not the Algerian town of that name. A town the text introduces as a place
    (في، قرية، بلدة …) gives way only to other places and countries named in its sentence ("في
    بلعين" stays a Palestinian village beside "الجيش الإسرائيلي", a nationality); one it does not
    also to a nationality or an actor's country ("زواره" is its visitors, not Zuwara). A large city,
    or a town of a country named anywhere else, stays, unless the text calls it a village or camp."""
    evidence = [(p.start, p.country) for p in places if p.country]
    evidence += [(a.start, a.country) for a in actors if a.country and not a.country_inferred]
    evidence += list(nationalities)

    def named_elsewhere(p: PlaceMention) -> bool:  # its country named by something else in the document
        return any(country == p.country and pos != p.start for pos, country in evidence)

    out = []
    for p in places:
        if _inside_the_next_place(an, p, places) and not named_elsewhere(p):
            continue  # "في حي ميرويس مينا بقندهار": a district of Kandahar, not Minna in Nigeria
        primary = an.lexicon.place_by_key.get(an.text[p.start:p.end])
        if primary is not None and primary.country == p.country and (
                primary.population < _SMALL_TOWN or _named_a_village(an, p)):
            sentence = an.sentence_of(p.start)
            other_places = any(q.country and q.country != p.country and an.sentence_of(q.start) == sentence
                               for q in places) or any(
                a.kind in ("country", "capital") and a.country != p.country and an.sentence_of(a.start) == sentence
                for a in actors)
            other_country = any(country != p.country and an.sentence_of(pos) == sentence for pos, country in evidence)
            if not named_elsewhere(p) and (other_places or (other_country and not _introduced_as_place(an, p))):
                continue
        out.append(p)
    return out


def _inside_the_next_place(an: Analysis, p: PlaceMention, places: list[PlaceMention]) -> bool:
    """A name right before "بـ" + a place of another country ("حي ميرويس مينا بقندهار") names a spot
    inside that place, whatever town of that name the gazetteer holds elsewhere."""
    nxt = an.word_spans_after(p.end, 1)
    if not nxt or not p.country:
        return False
    return any(q.start >= nxt[0][0] and q.start < nxt[0][1] and q.prefix[:1] == "ب" and q.country
               and q.country != p.country for q in places)
