"""The working state of one document while it is being coded (internal to the pipeline).

Stages read from and add to an ``Analysis``; all offsets in it are in the *normalised* view, and
are mapped to original offsets only when records are emitted (``Analysis.orig``).
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field


from ..lexicon.compiled import CompiledLexicon, Match
from ..text.normalize import NormalizedText
from ..text.tokens import WordIndex
from .dates import DateMention
from .metadata import Metadata

# Prepositions written as separate words (normalised); ب ل ك are proclitics and read from matches.
PREPOSITIONS = frozenset("في الي من مع علي عن ضد حول بين لدي عند نحو تجاه بحق ازاء داخل خارج قرب امام عبر".split())
# Words after which a following verb has its subject already expressed (relative clauses, "إنه"…).
SUBJECT_PRONOUN_WORDS = frozenset(
    """التي الذي الذين اللتي اللذين اللواتي انه انها انهم انهما بانه بانها بانهم وانه وانها لانه لانها
    هو هي هم هما انها""".split()
)

# "أنّ" with the pronoun of a subject already named: "حذرت من أنها قد تغلق", "أكد أنه لن يتنحى".
COMPLEMENTISER_PRONOUNS = frozenset(("انه", "انها", "انهم", "انهما"))
# "مسؤول" before عن and a deed: "responsible for" it, an attribution, not an official's title
RESPONSIBLE_WORDS = frozenset(("مسوول", "مسوولون", "مسوولين", "مسووله", "مسوولان", "مسوولا"))

# Words that open a clause with a subject of its own ("قبل أن يطلق الجنود الغاز", "فيما فجر مسلحون").
CLAUSE_OPENERS = ("قبل ان", "بعد ان", "بعدما", "عندما", "حينما", "حين", "بينما", "فيما", "حيث", "لكن", "ولكن", "اذ")


def senses(m: Match, *plovers: str) -> bool:
    """Some event meaning of the match is of one of these PLOVER types ("هجوم": ASSAULT)."""
    return any(h.kind == "trigger" and h.entry.plover in plovers for h in m.hits)


# the punctuation that ends a clause for rules reading a few words around an event
CLAUSE_BREAKS = "،,.؛:"


@dataclass(slots=True)
class ActorMention:
    """A participant found in the text: named (person, org, country) or generic (agent noun)."""

    start: int
    end: int
    kind: str  # person | org | country | capital | nisba | agent | title | context_person
    name_en: str
    country: str | None
    sector: str | None
    entity_key: str | None = None  # groups mentions of the same entity
    entity_kind: str | None = None  # PERSON | ORG | GPE
    name_ar: str = ""
    domain: str | None = None  # bare institution awaiting a country ("foreign" for وزارة الخارجية)
    prefix: str = ""  # proclitics on the first word (ب ل ك mark a preposition)
    suffix: str = ""  # enclitic on the last word (a possessive pronoun: قواته)
    parts: list[tuple[int, int, str | None, str | None, str | None]] = field(default_factory=list)
    title_en: str | None = None
    in_lexicon: bool = True
    plural_nisba: bool = False  # "العراقيين": people of a country, a participant on its own
    country_inferred: bool = False  # country taken from the document, not the mention
    implied: bool = False  # not in the text: a participant the event implies (protesters of a protest)
    head: object = None  # the agent/title lexicon entry that heads a generic mention
    # a second party the same noun phrase names, for a meeting, agreement or joint act to take as
    # its other side: "القوات البحرية المصرية والفرنسية", "وزيرا خارجية مصر والسودان"
    partner: ActorMention | None = None
    # "العمال الأجانب", "ثلاثة أجانب": people named as foreigners are of some other country than
    # where they are, so the place's country is not theirs
    foreign: bool = False


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    name_en: str
    name_ar: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    prefix: str = ""


@dataclass(slots=True)
class Analysis:
    nt: NormalizedText
    words: WordIndex
    lexicon: CompiledLexicon
    pub_date: dt.date | None
    meta: Metadata
    sentences: list[tuple[int, int]] = field(default_factory=list)
    code_from: int = 0  # normalised offset where codable body text starts (after the title)
    matches: list[Match] = field(default_factory=list)
    entity_matches: list[Match] = field(default_factory=list)
    trigger_matches: list[Match] = field(default_factory=list)
    entity_starts: list[int] = field(default_factory=list)  # sorted starts of entity_matches
    trigger_word_starts: list[int] = field(default_factory=list)  # sorted, for "is there an event word here"
    triggers_by_word: list[Match] = field(default_factory=list)  # trigger_matches in trigger_word_starts' order
    cue_matches: list[Match] = field(default_factory=list)
    cue_starts: list[int] = field(default_factory=list)  # starts of cue_matches, in their (sorted) order
    dates: list[DateMention] = field(default_factory=list)
    date_anchors: list[tuple[int, int, str]] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dominant_countries: list[str] = field(default_factory=list)
    # sentence → country of a place named only by its nationality ("المنطقة القبلية الباكستانية")
    described_places: dict[int, str] = field(default_factory=dict)
    text: str = field(init=False, default="")  # the normalised text (a field: read in every inner loop)
    _sentence_starts: list[int] | None = None
    # word starts and ends as Python lists: bisect on them costs no numpy call per query
    _word_starts: list[int] = field(init=False, default_factory=list)
    _word_ends: list[int] = field(init=False, default_factory=list)
    # each word's text and each character's word (-1 outside words), as Python lists: the word
    # helpers below run hundreds of thousands of times per thousand articles, and a list slice or
    # index costs no string slicing or numpy scalar per call
    _word_texts: list[str] = field(init=False, default_factory=list)
    _word_of: list[int] = field(init=False, default_factory=list)
    # answers of this document's text to questions rules ask again and again for the same span
    # ("does this sentence count casualties?"), keyed by the question and the span
    memo: dict = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.text = self.nt.text
        self._word_starts = self.words.starts.tolist()
        self._word_ends = self.words.ends.tolist()
        text = self.text
        self._word_texts = [text[s:e] for s, e in zip(self._word_starts, self._word_ends)]
        self._word_of = self.words.word_of.tolist()

    def orig(self, start: int, end: int) -> tuple[int, int]:
        return self.nt.to_original(start, end)

    def orig_text(self, start: int, end: int) -> str:
        s, e = self.orig(start, end)
        return self.nt.original[s:e]

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence containing normalised offset ``pos`` (-1 if none)."""
        if self._sentence_starts is None:
            self._sentence_starts = [s for s, _ in self.sentences]
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i][1]:
            return i
        return -1

    @property
    def word_starts(self) -> list[int]:
        """Start of every word, in text order (a list: indexing it costs no numpy scalar)."""
        return self._word_starts

    @property
    def word_ends(self) -> list[int]:
        return self._word_ends

    def word_id_at(self, pos: int) -> int:
        """Index of the word holding ``pos`` (-1 between words and past the end)."""
        return self._word_of[pos] if 0 <= pos < len(self.text) else -1

    def word_range(self, start: int, end: int) -> tuple[int, int]:
        """Indices [i, j) of the words that start inside [start, end)."""
        return bisect.bisect_left(self._word_starts, start), bisect.bisect_left(self._word_starts, end)

    def word_start_at(self, pos: int) -> int:
        """Start of the word holding ``pos``: where a mention begins with its clitics (the "لل" of
        "للنظام" is inside the span of a mention matched through that variant, and in its prefix)."""
        w = self._word_of[pos] if 0 <= pos < len(self.text) else -1
        return self._word_starts[w] if w >= 0 else pos

    def word_before(self, pos: int) -> str:
        """The whole word before the word containing (or following) ``pos``, normalised, or ''."""
        w = self._word_of[pos] if pos < len(self.text) else -1
        if w < 0:
            w = bisect.bisect_left(self._word_starts, pos)
        if w <= 0:
            return ""
        return self._word_texts[w - 1]

    def ends_before(self, pos: int, chars: str | tuple[str, ...]) -> bool:
        """Whether the text before ``pos``, whitespace aside, ends with one of the characters
        ``chars`` (a comma before a clause: "…، قال"). It scans back over the whitespace rather than
        copying the whole text before ``pos`` to strip it."""
        text, i = self.text, pos - 1
        while i >= 0 and text[i].isspace():
            i -= 1
        return i >= 0 and text[i] in chars

    def clause_break_in(self, start: int, end: int) -> bool:
        """A comma, full stop, semicolon or colon in [start, end): the rules that look a few words
        back or on for a verb, a place or a pronoun stop at the end of its clause."""
        return any(c in self.text[start:end] for c in CLAUSE_BREAKS)

    def count_words(self, start: int, end: int) -> int:
        """Number of words starting in [start, end)."""
        return bisect.bisect_left(self._word_starts, end) - bisect.bisect_left(self._word_starts, start)

    def event_word_in(self, lo: int, hi: int) -> bool:
        """Some event (trigger) word starts in [lo, hi)."""
        k = bisect.bisect_left(self.trigger_word_starts, lo)
        return k < len(self.trigger_word_starts) and self.trigger_word_starts[k] < hi

    def triggers_in(self, lo: int, hi: int) -> list[Match]:
        """The event-word matches whose word starts in [lo, hi): a bisection, where rules used to scan
        every trigger of the document."""
        starts = self.trigger_word_starts
        return self.triggers_by_word[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]

    def entity_in(self, lo: int, hi: int) -> bool:
        """Some actor or place match starts in [lo, hi)."""
        k = bisect.bisect_left(self.entity_starts, lo)
        return k < len(self.entity_starts) and self.entity_starts[k] < hi

    def word_spans_before(self, pos: int, n: int) -> list[tuple[int, int]]:
        """Spans of the (up to) ``n`` whole words that start before ``pos``, nearest last."""
        k = bisect.bisect_left(self._word_starts, pos)
        lo = max(0, k - n)
        return list(zip(self._word_starts[lo:k], self._word_ends[lo:k]))

    def words_before(self, pos: int, n: int, floor: int = 0) -> list[str]:
        """The (up to) ``n`` whole words that start in [floor, pos), in text order: a count of words
        rather than a character budget, which long words would cut short."""
        k = bisect.bisect_left(self._word_starts, pos)
        lo = max(bisect.bisect_left(self._word_starts, floor), k - n)
        return self._word_texts[lo:k] if lo < k else []

    def words_after(self, pos: int, n: int) -> list[str]:
        """The (up to) ``n`` whole words that start at or after ``pos``: the twin of ``words_before``."""
        i = bisect.bisect_left(self._word_starts, pos)
        return self._word_texts[i:i + n]

    def word_spans_after(self, pos: int, n: int) -> list[tuple[int, int]]:
        """Spans of the (up to) ``n`` whole words that start at or after ``pos``."""
        i = bisect.bisect_left(self._word_starts, pos)
        return list(zip(self._word_starts[i:i + n], self._word_ends[i:i + n]))

    def words_between(self, start: int, end: int) -> list[str]:
        i = bisect.bisect_left(self._word_starts, start)
        j = bisect.bisect_left(self._word_starts, end)
        return self._word_texts[i:j] if i < j else []
