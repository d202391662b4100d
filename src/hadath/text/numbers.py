"""Arabic number words, written normalised (ة→ه, ء-seats→ا, ى→ي, ئ→ي), shared by the stages.

News counts its actors ("خمسة جنود", "عشرات المتظاهرين", "نحو 200 شخص"); a count tells the rules
that a new group is introduced (victims, a crowd), that a word after it is the counted noun and not
a verb ("ثلاثين طالبا"), and that two nouns with a count between them are two phrases, not one
("مسلحون خمسة بريطانيين"). One list keeps those rules agreeing on what a count is.
"""
from __future__ import annotations

UNITS = frozenset("""اثنان اثنين اثنتان اثنتين ثلاث ثلاثه اربع اربعه خمس خمسه ست سته سبع سبعه ثماني ثمانيه
    ثمان تسع تسعه عشر عشره اثني اثنا اثنتا اثنتي""".split())
TENS = frozenset("""عشرين ثلاثين اربعين خمسين ستين سبعين ثمانين تسعين عشرون ثلاثون اربعون خمسون ستون سبعون
    ثمانون تسعون""".split())
LARGE = frozenset("""مايه ميه مايتان مايتين ميتين ميتان الف الفا الفين الفان مليون مليونا ملايين""".split())
# "ثلاثمئة", "تسعمائة": written as one word
HUNDREDS = frozenset(u + h for u in "ثلاث اربع خمس ست سبع ثمان تسع".split() for h in ("ميه", "مايه"))
# the counted noun after these is a genitive singular: "ثلاثمئة طالب", "ألف متظاهر"
HUNDREDS_AND_THOUSANDS = HUNDREDS | frozenset("مايه ميه مايتي ميتي الف الفي".split())
# "عشرات / مئات / آلاف" count without a number: "عشرات المتظاهرين"
VAGUE = frozenset("""عشرات ميات الاف العشرات الميات الالاف بضع بضعه""".split())
# words that introduce a count: "نحو 200", "أكثر من 30"
APPROXIMATORS = frozenset("نحو حوالي اكثر قرابه زهاء".split())

CARDINALS = UNITS | TENS | HUNDREDS | LARGE | VAGUE


# the tens of a compound number, joined to its units by و: "تسعة وثلاثين", "خمسة وعشرون"
JOINED_TENS = frozenset("و" + w for w in TENS)


def is_count(word: str) -> bool:
    """A digit string or a cardinal number word (normalised, without clitics; a compound's tens
    keep their و: "وثلاثين")."""
    return word.isdigit() or word in CARDINALS or word in JOINED_TENS
