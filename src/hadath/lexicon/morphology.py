"""Generating surface forms from lexicon entries (build time of the matcher, not per document).

Lexicons list lemmas; Arabic news inflects them. Rather than ask lexicon writers to list every
form, we generate them here with a small concatenative conjugator. All inputs and outputs are in
hadath's normalised spelling (ة→ه, ى→ي, hamza carriers folded).
"""
from __future__ import annotations

from functools import lru_cache

# Proclitic strings accepted before a match inside the same word. Conjunction (و ف), then a
# preposition (ب ك ل) and/or the article; "لل" is ل + article with its alef dropped.
NOMINAL_PREFIXES = frozenset(
    p + q
    for p in ("", "و", "ف")
    for q in ("", "ب", "ك", "ل", "ال", "بال", "كال", "لل")
)
# A key written with its article ("الولايات المتحدة") takes conjunctions and ب ك before it, and
# is also added as "لل…" (ل + article with its alef dropped: "للولايات").
DEFINITE_PREFIXES = frozenset(p + q for p in ("", "و", "ف") for q in ("", "ب", "ك"))
LIL_PREFIXES = frozenset({"", "و", "ف"})
CONJUNCTION_PREFIXES = LIL_PREFIXES
# The same key without its article ("خارجية" in "وزارة خارجية إيران") takes no article either.
BARE_PREFIXES = frozenset(p + q for p in ("", "و", "ف") for q in ("", "ب", "ك", "ل"))
VERBAL_PREFIXES = frozenset(p + q for p in ("", "و", "ف") for q in ("", "س", "ل"))

# Attached pronouns; "ا" is the accusative tanween alif (هجومًا → هجوما after dediacritisation).
PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا")
NO_SUFFIX = frozenset({""})
CASE_ENDING_SUFFIXES = frozenset(("", "ا"))  # bare or accusative, no pronoun
NOUN_SUFFIXES = CASE_ENDING_SUFFIXES | frozenset(PRONOUNS)
VERB_SUFFIXES = frozenset(("",) + PRONOUNS + ("ني",))
NAME_SUFFIXES = NO_SUFFIX
TA_MARBUTA_SUFFIXES = frozenset(PRONOUNS + ("ان", "ين"))
PRONOUN_SUFFIXES = frozenset(PRONOUNS)

NISBA_ENDINGS = ("", "ه", "ين", "ون", "ان", "تان", "تين", "ات", "ا", "و")


def strip_article(key: str) -> str:
    """Drop a leading definite article (for lookups that ignore it)."""
    if key.startswith("ال") and len(key.split(" ", 1)[0]) >= 5:
        return key[2:]
    return key


def own_alif_lam(written: str) -> bool:
    """A word written with a hamza on its initial alif before lam ("ألماني", "إلغاء") has no article:
    those are its own letters, though normalising makes them look like ال."""
    return written.lstrip().startswith(("أل", "إل"))


def article_variants(key: str, bare_min: int = 4) -> list[tuple[str, frozenset]]:
    """Keys and accepted proclitics for a nominal lexicon form.

    "العراق" → ("العراق", و/ف/ب/ك…), ("للعراق", و/ف), and ("عراق", و/ف/ب/ك/ل) when the bare word
    has at least ``bare_min`` letters (short bare words are too often parts of other words).
    Forms without an article accept every nominal proclitic, the article included.
    """
    if not key.startswith("ال") or len(key.split(" ", 1)[0]) < 4:
        return [(key, NOMINAL_PREFIXES)]
    rest = key[2:]
    out = [(key, DEFINITE_PREFIXES), ("لل" + rest, LIL_PREFIXES)]
    if bare_min and len(rest.split(" ", 1)[0]) >= bare_min:
        out.append((rest, BARE_PREFIXES))
    return out


def nisba_forms(base: str) -> list[str]:
    """أمريكي → أمريكي أمريكيه أمريكيين أمريكيون أمريكيان أمريكيتان أمريكيات أمريكيا …"""
    if not base.endswith("ي"):
        return [base]
    return [base + ending for ending in NISBA_ENDINGS]


def ta_marbuta_stem(key: str) -> str | None:
    """زياره → زيارت, the stem seen before an attached pronoun or dual ending (زيارته)."""
    last = key.rsplit(" ", 1)[-1]
    if key.endswith("ه") and len(last) >= 3:
        return key[:-1] + "ت"
    return None


def hamza_stems(key: str) -> list[str]:
    """لقاء → لقاي, لقاو: a final hamza moves onto ي/و before an attached pronoun (لقائه, لقاؤه)."""
    if key.endswith("اء") and len(key.rsplit(" ", 1)[-1]) >= 4:
        return [key[:-1] + "ي", key[:-1] + "و"]
    return []


def conjugate(past: str, present: str) -> list[str]:
    """Perfect and imperfect forms of a verb from its 3ms perfect and imperfect stems.

    ``present`` is the imperfect without its person prefix: هاجم/هاجم, قتل/قتل, اعلن/علن,
    قال/قول. Hollow and other irregular forms the rules miss are listed as extras in the lexicon.
    """
    forms: set[str] = {past}
    if past[-1] in "اي" and len(past) > 2:  # defective: دعا دعت دعوا / رمي رمت رموا
        stem = past[:-1]
        forms.update({stem + "ت", stem + "وا", stem + "تا", stem + "و", past + "ت", stem + "ين"})
    # (no feminine plural فعلن: rare in news, and it makes names: "ايدن هازارد" is not أيّدن)
    forms.update({past + s for s in ("ت", "وا", "و", "ا", "تا", "نا", "تم", "تما")})
    if present:
        if present[-1] in "وي" and len(present) > 2:
            bases = [present + s for s in ("", "ن", "ا")] + [present[:-1] + s for s in ("ون", "وا", "ين", "و")]
        else:
            bases = [present + s for s in ("", "ون", "ان", "وا", "ن", "ين", "و", "ا")]
        # No first-person singular أفعل: it is rare in news outside quotes and collides with elative
        # adjectives (أعذب "sweeter", أكبر) and nouns (أصل).
        for prefix in ("ي", "ت", "ن"):
            forms.update(prefix + b for b in bases)
    return sorted(forms)


@lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """A word compared across its attached pronoun and its construct state: clitics stripped, then a
    final ه (pronoun or ta marbuta) and a final ت (the ta marbuta of a construct) dropped, so
    "السفاره", "سفارته", "سفارتها" and the dual "سفارتيهما" share the key "سفار"."""
    word = strip_clitics(word)
    if word[-2:] in ("تي", "تا") and len(word) > 4:  # a dual in construct: "سفارتيهما"
        word = word[:-1]
    for end in ("ه", "ت"):
        if word.endswith(end) and len(word) > 3:
            word = word[:-1]
    return word


@lru_cache(maxsize=1 << 16)
def strip_clitics(word: str) -> str:
    """A word without its leading conjunction, preposition and article and its attached pronoun
    (for word comparisons: "وعملياتها" → "عمليات")."""
    for p in ("وبال", "وال", "بال", "فال", "لل", "ال", "و", "ب", "ل", "ف"):
        if word.startswith(p) and len(word) - len(p) >= (3 if len(p) > 1 else 4):
            word = word[len(p):]
            break
    # not a bare ه: after normalisation it is as often a ta marbuta (وديعة) as a pronoun
    for s in ("هما", "ها", "هم"):
        if word.endswith(s) and len(word) - len(s) >= 3:
            return word[: -len(s)]
    return word
