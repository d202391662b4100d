"""All lexicons compiled into one Aho-Corasick automaton, built once per process.

One pass of the automaton over a document's normalised text finds every lexicon key; matches are
then kept only where they align with words once Arabic clitics are allowed for (see
``text/tokens.py``). Building costs about a second; ``get_lexicon()`` caches the result per process
(and per set of user lexicon directories), so a CLI run, a server worker or a Spark executor pays
it once.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick
import numpy as np

from ..stages.dates import ANCHOR_GROUPS
from ..text.normalize import normalize_string
from ..text.tokens import WordIndex
from . import morphology as morph
from .entries import Country, Cue, LexiconSet, Org, Person, Place, Trigger
from .loader import load_lexicons

MIN_PLACE_KEY = 3
# When one key has several meanings, the first in this order is its primary one.
_KIND_PRIORITY = {k: i for i, k in enumerate(
    ("person", "org", "title", "agent", "needs_modifier", "counted", "honorific", "country", "capital", "nisba", "place",
     "trigger", "cue", "date"))}


# the simile proclitic ك with its conjunctions and article: no place takes it
_BARE_FA = frozenset(("ف",))
_SIMILE_PREFIXES = frozenset(p + q for p in ("", "و", "ف") for q in ("ك", "كال"))


@lru_cache(maxsize=None)
def _without_simile(prefixes: frozenset) -> frozenset:
    """One shared set per distinct prefix set (tens of thousands of place keys share a handful).
    Neither the simile ك nor a bare ف: "فخمين" is "luxurious" (two hotels), not ف + Khomeyn; the
    conjunction ف stands before verbs and particles, hardly ever before a town's name."""
    return prefixes - _SIMILE_PREFIXES - _BARE_FA


@dataclass(frozen=True, slots=True)
class Hit:
    """What a key means: the entry it belongs to and the clitics it accepts."""

    kind: str
    entry: object
    prefixes: frozenset
    suffixes: frozenset
    verbal: bool = False


@dataclass(slots=True)
class Match:
    """A lexicon key found at [start, end) of the normalised text, with its surviving hits."""

    start: int
    end: int
    hits: tuple[Hit, ...]
    prefix: str
    suffix: str
    word_start: int
    word_end: int

    def first(self, *kinds: str) -> Hit | None:
        for hit in self.hits:
            if hit.kind in kinds:
                return hit
        return None

    def kinds(self) -> set[str]:
        return {h.kind for h in self.hits}

    def verb_form(self) -> bool:
        """Some event sense of the match is a conjugated verb ("قتلوا"), not a noun ("مقتل")."""
        return any(h.kind == "trigger" and h.entry.verbal for h in self.hits)


class CompiledLexicon:
    """The matcher plus the lookup tables later stages need (nisba → country, person index…)."""

    def __init__(self, lex: LexiconSet):
        self.lexicon = lex
        self.countries: dict[str, Country] = {c.iso3: c for c in lex.countries}
        self.persons: dict[str, Person] = {p.id: p for p in lex.persons}
        self.orgs: dict[str, Org] = {o.id: o for o in lex.orgs}
        self._keys: dict[str, list[Hit]] = defaultdict(list)
        self._place_prefixes: dict[str, frozenset] = {}
        self._build_entities(lex)
        self._build_events(lex)
        self._build_places(lex)
        for word in ANCHOR_GROUPS:  # date words, so the dates stage needs no scan of its own
            self._put(word, Hit("date", word, morph.NOMINAL_PREFIXES, morph.NO_SUFFIX))
        self.org_by_key: dict[str, Org] = {}
        for org in lex.orgs:
            for name in org.names_ar:
                self.org_by_key.setdefault(morph.strip_article(normalize_string(name)), org)
        self.person_keys: dict[str, Person] = {}
        for person in lex.persons:
            for name in person.names_ar:
                key = normalize_string(name)
                if " " in key:
                    self.person_keys.setdefault(key, person)
        self._fuzzy: dict[str, set[str]] | None = None
        # names already looked up: unknown names recur from one article to the next
        self._fuzzy_answers: dict[str, Person | None] = {}
        self.automaton = ahocorasick.Automaton()
        # The automaton stores a small int per key; lengths and meanings live in parallel tables,
        # so one numpy conversion turns all occurrences of a document into arrays.
        self._key_hits: list[tuple[Hit, ...]] = []
        # the hits a bare word (no clitic at all) may have: not a stem that needs its suffix
        # ("طلبت" is the verb 'she asked', the construct stem of طلبة only in طلبتها)
        self._key_bare_hits: list[tuple[Hit, ...]] = []
        # the hits a key keeps with a given proclitic and enclitic string, filled as documents are
        # matched: the same (key, clitics) pairs come back in every document
        self._affixed_hits: dict[tuple[int, str, str], tuple[Hit, ...]] = {}
        key_lengths: list[int] = []
        for key, hits in self._keys.items():
            hits.sort(key=lambda h: _KIND_PRIORITY.get(h.kind, 99))  # the primary meaning first
            self.automaton.add_word(key, len(self._key_hits))
            self._key_hits.append(tuple(hits))
            self._key_bare_hits.append(tuple(h for h in hits if "" in h.suffixes and "" in h.prefixes))
            key_lengths.append(len(key))
        self._key_lengths = np.asarray(key_lengths, dtype=np.int64)
        self.automaton.make_automaton()
        self.size = len(self._keys)
        self.key_counts: dict[str, int] = defaultdict(int)  # surface keys per meaning kind (for stats)
        for hits in self._keys.values():
            for kind in {h.kind for h in hits}:
                self.key_counts[kind] += 1
        del self._keys, self._place_prefixes

    # -- building -----------------------------------------------------------------------------
    def _put(self, key: str, hit: Hit) -> None:
        bucket = self._keys[key]
        if hit not in bucket:
            bucket.append(hit)

    def _add(self, text: str, hit: Hit, nominal: bool = True, bare_min: int = 4, name: bool = False) -> None:
        key = " ".join(normalize_string(text).split())
        if not key:
            return
        if not nominal:
            self._put(key, hit)
            return
        # a one-word name written without the article never takes one: "الفتح" is a conquest, not
        # Fatah; "الحماس" enthusiasm, not Hamas; "السورية" the adjective, not Syria (a name led by a
        # common noun does: حلف الأطلسي → الحلف الأطلسي)
        bare_name = name and not key.startswith("ال") and " " not in key
        if morph.own_alif_lam(text):
            # "ألماني", "ألبانيا", "إلهام": the alif carries a hamza, so the ال is the word's own
            # letters, not the article (normalising drops the hamza): the word takes the article
            # ("الألماني") and has no bare form without those letters
            self._put(key, Hit(hit.kind, hit.entry, morph.BARE_PREFIXES if bare_name else morph.NOMINAL_PREFIXES,
                               hit.suffixes, hit.verbal))
            return
        for variant, prefixes in morph.article_variants(key, bare_min):
            if bare_name:
                prefixes = prefixes & morph.BARE_PREFIXES
            self._put(variant, Hit(hit.kind, hit.entry, prefixes, hit.suffixes, hit.verbal))

    def _add_noun(self, text: str, kind: str, entry: object, suffixes=morph.NOUN_SUFFIXES) -> None:
        bare_min = 0 if kind == "honorific" else 4
        if kind == "title" and normalize_string(text) in _TITLES_WHOSE_BARE_WORD_IS_A_NAME:
            bare_min = 0  # "العماد ميشال عون" is the rank; bare "عماد محمد" is a man named Imad
        if kind == "agent" and normalize_string(text) in _AGENTS_ONLY_WITH_THE_ARTICLE:
            bare_min = 0  # "المقاومة" is the armed resistance; bare "مقاومة شرسة" is the act of resisting
        # a word written with ة takes no ending (its pronouns attach to the ت stem below): "مظاهرها"
        # is مظاهر + ها ("its aspects"), not مظاهرة + ا
        full_suffixes = morph.NO_SUFFIX if text.rstrip().endswith("ة") and suffixes is morph.NOUN_SUFFIXES else suffixes
        if kind == "agent" and normalize_string(text) in _AGENTS_WITHOUT_PRONOUNS:
            full_suffixes = morph.CASE_ENDING_SUFFIXES  # "شابها اعتقال آلاف": the verb شاب 'marred it', not her young man
        self._add(text, Hit(kind, entry, morph.NOMINAL_PREFIXES, full_suffixes), bare_min=bare_min)
        key = normalize_string(text)
        stem = morph.ta_marbuta_stem(key)
        if stem and suffixes is not morph.NAME_SUFFIXES:
            self._add(stem, Hit(kind, entry, morph.NOMINAL_PREFIXES, morph.TA_MARBUTA_SUFFIXES), bare_min=bare_min)
        for stem in morph.hamza_stems(key):  # لقاء → لقائه / لقاؤه
            self._add(stem, Hit(kind, entry, morph.NOMINAL_PREFIXES, morph.PRONOUN_SUFFIXES), bare_min=bare_min)

    def _build_entities(self, lex: LexiconSet) -> None:
        for c in lex.countries:
            # a name with its own article is never written without it: bare "رياض" is a garden
            # (رياض الصلح، رياض الأطفال), "جزائر" islands, "بحرين" two seas
            for name in c.names_ar:
                self._add(name, Hit("country", c, morph.NOMINAL_PREFIXES, morph.NAME_SUFFIXES), bare_min=0, name=True)
            for base in c.nisba:
                for form in morph.nisba_forms(base.strip()):  # as written: a hamza on its alif matters
                    self._add(form, Hit("nisba", c, morph.NOMINAL_PREFIXES, morph.NO_SUFFIX))
            for form in c.nisba_extra:
                self._add(form, Hit("nisba", c, morph.NOMINAL_PREFIXES, morph.NO_SUFFIX))
            for cap in c.capitals_ar:
                self._add(cap, Hit("capital", c, morph.NOMINAL_PREFIXES, morph.NAME_SUFFIXES), bare_min=0, name=True)
        for o in lex.orgs:
            for name in o.names_ar:
                self._add(name, Hit("org", o, morph.NOMINAL_PREFIXES, morph.NAME_SUFFIXES), name=True)
        for p in lex.persons:
            for name in p.names_ar:
                self._add(name, Hit("person", p, morph.NOMINAL_PREFIXES, morph.NAME_SUFFIXES), name=True)
        for a in lex.agents:
            for form in a.forms:
                self._add_noun(form, a.kind, a)

    def _build_events(self, lex: LexiconSet) -> None:
        for trig, forms in lex.triggers:
            self._add_forms(forms, trig, "trigger")
        for cue, forms in lex.cues:
            if cue.pos == "particle":
                # particles take a conjunction only: "كما" is not ك + ما, "بلا" not ب + لا
                for form in forms:
                    self._add(form, Hit("cue", cue, morph.CONJUNCTION_PREFIXES, morph.NO_SUFFIX), nominal=False)
            else:
                self._add_forms(forms, cue, "cue", verb=cue.pos == "verb")

    def _add_forms(self, forms: tuple[str, ...], entry: Trigger | Cue, kind: str, verb: bool | None = None) -> None:
        """Expand a forms cell: conjugate PAST/PRESENT stems, keep literal extras as they are."""
        is_verb = entry.pos == "verb" if verb is None else verb
        for written in forms:
            form = " ".join(normalize_string(written).split())
            head, _, rest = form.partition(" ")
            if "/" in head:
                past, _, present = head.partition("/")
                verbal_entry = _with_verbal(entry)
                split_entry = (_split_phrase_entry(verbal_entry, rest)
                               if rest and kind == "trigger" and _splittable(rest) else None)
                for conj in morph.conjugate(past, present):
                    text = conj + (" " + rest if rest else "")
                    suffixes = morph.VERB_SUFFIXES if not rest else morph.NOUN_SUFFIXES
                    self._add(text, Hit(kind, verbal_entry, morph.VERBAL_PREFIXES, suffixes, True), nominal=False)
                    if split_entry is not None:
                        # "طرد/طرد السفير" also as "طردت الحكومة الكويتية السفير": the verb alone,
                        # valid only when the phrase's object word follows within a few words
                        self._add(conj, Hit(kind, split_entry, morph.VERBAL_PREFIXES, morph.VERB_SUFFIXES, True),
                                  nominal=False)
            elif is_verb:
                self._add(form, Hit(kind, _with_verbal(entry), morph.VERBAL_PREFIXES, morph.VERB_SUFFIXES, True),
                          nominal=False)
            else:
                self._add_noun(" ".join(written.split()), kind, entry)  # as written: its ة matters

    def _build_places(self, lex: LexiconSet) -> None:
        """Towns and regions of the gazetteer. They take no simile ك ("like"): "كاكيتا" is the
        Colombian province Caquetá, not ك + Akita, and "like Mosul" is rarely written كالموصل."""
        stop = _place_stopwords()
        best: dict[str, Place] = {}
        by_country: dict[str, dict[str, Place]] = defaultdict(dict)  # the best place of each country per name
        for place, names in lex.place_names:
            if place.country not in _REGION and 0 < place.population < _MIN_FOREIGN_POPULATION:
                continue  # small towns abroad are mostly namesakes of people and words in Arabic news
            for name in names:
                key = " ".join(normalize_string(name).split())
                # "إلبصان": its ال are its own letters (see _add), so it has no bare form without them
                variants = [(key, morph.BARE_PREFIXES)] if morph.own_alif_lam(name) \
                    else morph.article_variants(key, bare_min=5)
                for variant, prefixes in variants:
                    if len(variant.replace(" ", "")) < MIN_PLACE_KEY or variant in stop:
                        continue
                    current = best.get(variant)
                    if current is None or _place_rank(place) > _place_rank(current):
                        best[variant] = place
                        self._place_prefixes[variant] = _without_simile(prefixes)
                    rival = by_country[variant].get(place.country)
                    if rival is None or _place_rank(place) > _place_rank(rival):
                        by_country[variant][place.country] = place
        for key, place in best.items():
            self._put(key, Hit("place", place, self._place_prefixes[key], morph.NAME_SUFFIXES))
        self.place_by_key: dict[str, Place] = best
        # "المنصورية" is a town in Iraq and in Algeria: the other countries' namesakes, for the
        # document to choose from (stages/places.py)
        # Only namesakes in the region are offered: Arabic news means Manchester, England, whatever
        # else the article says about America
        self.place_alternates: dict[str, tuple[Place, ...]] = {}
        for key, options in by_country.items():
            others = sorted((p for c, p in options.items() if c != best[key].country and c in _REGION),
                            key=_place_rank, reverse=True)
            if others:
                self.place_alternates[key] = tuple(others)

    # -- matching -----------------------------------------------------------------------------
    def find(self, text: str, words: WordIndex, original: str | None = None, orig_index=None) -> list[Match]:
        """Every lexicon match of ``text`` that aligns with word and clitic boundaries.

        The automaton reports every key occurrence, also inside words. A vectorised pre-filter
        (numpy over all occurrences at once) keeps those whose prefix inside the word consists of
        clitic letters only and whose suffix of pronoun letters only; the exact clitic strings are
        then checked per surviving match. ``original`` and ``orig_index`` (the offset map) let the
        matcher see letters that normalisation folded, such as ة in "وزارة".
        """
        raw = list(self.automaton.iter(text))
        if not raw:
            return []
        pairs = np.array(raw, dtype=np.int64)  # (last index, key id) per occurrence
        last = pairs[:, 0]
        key_ids = pairs[:, 1]
        lengths = self._key_lengths[key_ids]
        starts_arr = last - lengths + 1
        ends_arr = last + 1
        ws = words.word_of[starts_arr]
        we = words.word_of[last]
        ok = (ws >= 0) & (we >= 0)
        ws_c, we_c = np.maximum(ws, 0), np.maximum(we, 0)
        w_start = words.starts[ws_c] if len(words.starts) else ws_c
        w_end = words.ends[we_c] if len(words.ends) else we_c
        bad_pre, bad_suf = _affix_tables(text)
        ok &= (starts_arr - w_start <= 4) & (w_end - ends_arr <= 4)
        ok &= bad_pre[starts_arr] == bad_pre[w_start]
        ok &= bad_suf[w_end] == bad_suf[ends_arr]
        out: list[Match] = []
        key_hits, bare_hits, affixed = self._key_hits, self._key_bare_hits, _bounded(self._affixed_hits)
        sel = np.flatnonzero(ok)
        for start, end, ws_i, we_i, kid in zip(starts_arr[sel].tolist(), ends_arr[sel].tolist(),
                                               w_start[sel].tolist(), w_end[sel].tolist(), key_ids[sel].tolist()):
            prefix = text[ws_i:start]
            suffix = text[end:we_i]
            if not prefix and not suffix:
                if bare_hits[kid]:
                    out.append(Match(start, end, bare_hits[kid], prefix, suffix, ws_i, we_i))
                continue
            good = affixed.get((kid, prefix, suffix))
            if good is None:
                good = affixed[kid, prefix, suffix] = tuple(
                    h for h in key_hits[kid] if prefix in h.prefixes and suffix in h.suffixes)
            if good and suffix == "ه" and original is not None and original[int(orig_index[end])] == "ة":
                # a ta marbuta is no pronoun: "وزارة" is not و + زار + ه, "عسكرية" not عسكري + ه
                good = ()
            if good:
                out.append(Match(start, end, good, prefix, suffix, ws_i, we_i))
        return out

    # -- persons ------------------------------------------------------------------------------
    def fuzzy_person(self, name: str) -> Person | None:
        """A lexicon person whose full name is within one edit of ``name`` (normalised)."""
        key = " ".join(normalize_string(name).split())
        if key in self.person_keys:
            return self.person_keys[key]
        if len(key) < 6:
            return None
        if key in self._fuzzy_answers:
            return self._fuzzy_answers[key]
        _bounded(self._fuzzy_answers)
        if self._fuzzy is None:
            self._fuzzy = defaultdict(set)
            for k in self.person_keys:
                for variant in _deletions(k):
                    self._fuzzy[variant].add(k)
        candidates: set[str] = set()
        for variant in _deletions(key) | {key}:
            if variant in self.person_keys:
                candidates.add(variant)
            candidates |= self._fuzzy.get(variant, set())
        # symmetric deletions also pair names two edits apart (السعدي / السديس, الجبوري / الجعبري):
        # different people; a spelling variant is one edit away (بوتين / بوتن)
        people = {self.person_keys[c].id: self.person_keys[c] for c in candidates if _one_edit_apart(key, c)}
        found = self._fuzzy_answers[key] = next(iter(people.values())) if len(people) == 1 else None
        return found


def _one_edit_apart(a: str, b: str) -> bool:
    """At most one insertion, deletion or substitution turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1:] == shorter[i:]


_PREFIX_LETTERS = frozenset("وفبلكسال")
_SUFFIX_LETTERS = frozenset("هامنكيتو")


def _letter_table(letters: frozenset[str]) -> np.ndarray:
    table = np.zeros(0x10000, dtype=bool)
    table[[ord(c) for c in letters]] = True
    return table


_PREFIX_TABLE = _letter_table(_PREFIX_LETTERS)
_SUFFIX_TABLE = _letter_table(_SUFFIX_LETTERS)


_MAX_REMEMBERED = 200_000  # key-and-clitics pairs, or names looked up, a long-running process keeps (40,000 pairs after 8,000 articles)


def _bounded(memory: dict) -> dict:
    """A process-wide memory, emptied once it holds ``_MAX_REMEMBERED`` answers: a bound for a server
    or an executor that codes millions of documents (the answers are cheap to find again)."""
    if len(memory) > _MAX_REMEMBERED:
        memory.clear()
    return memory


def _affix_tables(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Running counts of letters that cannot be part of a proclitic / enclitic string.

    A span contains only clitic letters iff the running count is equal at both its ends.
    """
    cps = np.minimum(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32), 0xFFFF)
    bad_pre = np.concatenate(([0], np.cumsum(~_PREFIX_TABLE[cps])))
    bad_suf = np.concatenate(([0], np.cumsum(~_SUFFIX_TABLE[cps])))
    return bad_pre, bad_suf


# Ranks written with the article whose bare word is a common given name
_TITLES_WHOSE_BARE_WORD_IS_A_NAME = frozenset(("العماد",))
_AGENTS_ONLY_WITH_THE_ARTICLE = frozenset(("المقاومه",))
# agents whose form with a pronoun is far more often a verb: شابه / شابها 'marred it'
_AGENTS_WITHOUT_PRONOUNS = frozenset(("شاب",))
_NOT_A_KEY_WORD = frozenset("في من الي علي عن مع ب ل ك جانب الي حد".split())


def _splittable(rest: str) -> bool:
    """A phrase can be matched with words between its verb and the rest of it only when the rest
    holds a specific word: "طرد/طرد السفير" and "وافق/وافق على مطالب" yes; "تراجع/تراجع عن" no
    (any عن would do)."""
    return any(w not in _NOT_A_KEY_WORD and len(morph.strip_clitics(w)) >= 3 for w in rest.split())


_REFLEXIVE_STEMS = frozenset(("نفس", "انفس"))


def _split_phrase_entry(entry: Trigger, rest: str) -> Trigger:
    """The verb of a phrase matched on its own ("طردت الحكومة الكويتية السفير"): its next word must
    follow, and a rest of several words must follow as one run ("أعادت الإمارات أمس فتح سفارتها";
    "أعادت السلطات فتح الطريق" is not "أعاد/عيد فتح سفارته"). A phrase row with its own `requires`
    words needs both: its rest and one of them ("أغلق التجار محالهم … احتجاجا"; shops shut for a
    holiday are no strike)."""
    words = rest.split()
    if entry.requires_words:
        return Trigger(entry.plover, entry.mode, entry.cameo, entry.context, entry.pos, entry.object_preps,
                       entry.passive_source, entry.note, True, entry.requires, entry.requires_words,
                       tuple(morph.word_key(w) for w in words), requires_past_phrase=True)
    # a reflexive keeps its pronoun: "فجرت … نفسها" needs نفسها, not the bare نفس of "في نفس المكان"
    key = words[0] if morph.strip_clitics(words[0]) in _REFLEXIVE_STEMS else morph.strip_clitics(words[0])
    return Trigger(entry.plover, entry.mode, entry.cameo, entry.context, entry.pos, entry.object_preps,
                   entry.passive_source, entry.note, True, entry.requires,
                   entry.requires_words | {key},
                   tuple(morph.word_key(w) for w in words) if len(words) > 1 else ())


def _with_verbal(entry):
    if isinstance(entry, Trigger):
        return Trigger(entry.plover, entry.mode, entry.cameo, entry.context, entry.pos, entry.object_preps,
                       entry.passive_source, entry.note, True, entry.requires, entry.requires_words)
    if isinstance(entry, Cue):
        return Cue(entry.kind, entry.pos, entry.note, True)
    return entry


def _deletions(key: str) -> set[str]:
    return {key[:i] + key[i + 1:] for i in range(len(key)) if key[i] != " "}


_MIN_FOREIGN_POPULATION = 50_000
_ARAB_WORLD = frozenset(
    "ARE BHR COM DJI DZA EGY IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN SOM SYR TUN YEM IRN TUR ISR AFG".split()
)


_REGION = _ARAB_WORLD | frozenset("PAK ESH ETH ERI SSD TCD NER MLI CYP KUR".split())


@lru_cache(maxsize=1)
def _place_stopwords() -> frozenset[str]:
    path = Path(__file__).resolve().parents[1] / "data" / "place_stopwords.txt"
    words = {normalize_string(w.strip()) for w in path.read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")}
    return frozenset(words | _PLACE_STOPWORDS)


def _place_rank(place: Place) -> tuple[int, int, int]:
    """Between places sharing a name: admin areas and capitals of the region first, then size."""
    return (1 if place.country in _ARAB_WORLD and place.population >= 100000 else 0, place.population, -place.geonameid)


# Arabic words that GeoNames also lists as place names but that in news are ordinary words.
_PLACE_STOPWORDS = frozenset(normalize_string(w) for w in """
قال اليوم امس يوم الذي التي هذا هذه ذلك تلك بين حول حيث عند عبر كان كانت ليس منذ خلال بعد قبل
الان مدينه قريه منطقه العام الماضي المقبل الشرق الغرب الشمال الجنوب وسط الوسط جديد جديده
سلام السلام امن الامن النور نور الحريه حريه العين عين الخير الحياه حياه الوطن وطن الدوله دوله
الجيش جيش الشعب شعب الثوره ثوره المركز مركز الجامعه جامعه الاتحاد اتحاد العرب عرب الرئيس رئيس
الملك ملك الامير امير الشيخ شيخ القصر قصر البيت بيت الحرم الوادي وادي الجبل جبل النهر نهر البحر بحر
الميناء ميناء المطار مطار السوق سوق الحي حي الساحه ساحه الرياضه نجم النجم البلد بلد
الفجر فجر الصباح صباح المساء الليل ليل النهار الاحد الاثنين الثلاثاء الاربعاء الخميس
الجمعه السبت اكبر اكثر كبير صغير الكبير الصغير الاول الثاني الثالث اول ثاني عربي العربي العربيه
الاسلام اسلام الاسلاميه مكان المكان ارض الارض الدار دار الامل امل النصر نصر الفتح فتح
الحرب حرب قوه القوه عمر علي محمد احمد حسن حسين خالد سعيد عبدالله ابراهيم يوسف سليمان موسي عيسي
مريم فاطمه زينب عائشه صالح ناصر منصور سالم كريم رحيم جميل جمال كمال نبيل عادل فيصل سلمان
""".split())


@lru_cache(maxsize=8)
def _compiled_for(dirs: tuple[str, ...]) -> CompiledLexicon:
    return CompiledLexicon(load_lexicons([Path(d) for d in dirs]))


def get_lexicon(user_dirs: list[str | Path] | None = None) -> CompiledLexicon:
    """The process-wide compiled lexicon for these user directories (built on first use)."""
    return _compiled_for(tuple(str(Path(d).resolve()) for d in (user_dirs or [])))
