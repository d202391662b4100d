"""Date expressions in Arabic news, resolved against the publication date.

Works on hadath's normalised text (ة→ه, أ→ا, ى→ي, digits ASCII). Covers weekdays (يوم الإثنين,
الخميس الماضي), relative days and periods (أمس, أول أمس, الأسبوع الماضي, هذا العام, قبل ثلاثة أيام),
day-month-year in Gregorian MSA/Egyptian, Levantine (كانون الثاني … أيلول) and Maghrebi (جانفي, أوت…)
month names, paired forms ("يناير/ كانون الثاني", "3 آذار/مارس 2016"), bare years (عام 2001) and
numeric dates (16/6/2014). Each hit carries a precision: day, week, month or year.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

_MONTHS = {
    # Gregorian names (MSA, Egyptian and Gulf spellings)
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7,
    "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi (Syriac) names
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    # Maghrebi (Algeria, Tunisia) and Moroccan names
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
# Month names that are ordinary words on their own ("اب" father, "ماي"): only with a day or year.
_AMBIGUOUS_MONTHS = {"اب", "ماي", "مارس"}
_WEEKDAYS = {"اثنين": 0, "ثلاثاء": 1, "اربعاء": 2, "خميس": 3, "جمعه": 4, "سبت": 5, "احد": 6}
# the weekdays as written with the article ("الاثنين"), for other stages that read a day word
WEEKDAY_WORDS = frozenset("ال" + w for w in _WEEKDAYS)
_NUMBER_WORDS = {
    "يوم": 1, "يومين": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8,
    "تسعه": 9, "عشره": 10, "اسبوع": 7, "اسبوعين": 14,
    # the forms without ه count feminine nouns: "ثلاث سنوات", "خمس مرات"
    "ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثماني": 8, "تسع": 9, "عشر": 10,
}
# "منذ عدة سنوات": an unknown count, at least two; read as two (a lower bound on how long ago)
_SEVERAL = {"عده", "بضع", "بضعه"}

_UNITS = ("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
_ORDINAL_DAYS = {
    **{w: k for k, w in enumerate(_UNITS + ("العاشر",), 1)},
    "الحادي عشر": 11, **{f"{w} عشر": k for k, w in enumerate(_UNITS[1:], 12)},
    "العشرين": 20, "الثلاثين": 30, "الحادي والعشرين": 21, "الحادي والثلاثين": 31,
    **{f"{w} والعشرين": k for k, w in enumerate(_UNITS[1:], 22)},
}
_ORDINAL_ALT = "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))
# a year written out: "ألفين وسبعة" (2007), "ألفين وخمسة عشر" (2015)
_YEAR_UNITS = {"واحد": 1, "اثنين": 2, "اثنان": 2, "ثلاثه": 3, "اربعه": 4, "خمسه": 5, "سته": 6, "سبعه": 7, "ثمانيه": 8,
               "تسعه": 9, "عشره": 10}
_YEAR = rf"(\d{{4}}|الفين(?:\s+و(?:{'|'.join(_YEAR_UNITS)})(?:\s+عشر)?)?)"


def _year_value(text: str) -> int:
    """2007 from "2007" or from "الفين وسبعه"; "الفين وخمسه عشر" is 2015."""
    if text.isdigit():
        return int(text)
    words = text.split()
    units = _YEAR_UNITS[words[1][1:]] if len(words) > 1 else 0
    return 2000 + units + (10 if len(words) > 2 else 0)


_MONTH_ALT = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_MONTH = rf"(?:{_MONTH_ALT})"
_MONTH_PAIR = rf"({_MONTH})(?:\s*[/(\-]\s*({_MONTH})\s*\)?)?"
_B = r"(?<![\w])"  # word start (a proclitic such as و ف ب ل may precede: handled by optional group)
_P = r"(?:[وفبل]|بال|وال|فال|لل|ال)?"
_E = r"(?![\w])"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("numeric", re.compile(rf"{_B}(\d{{1,2}})\s?[/.\-]\s?(\d{{1,2}})\s?[/.\-]\s?(\d{{4}})(?:ه|م)?{_E}")),  # "17/2/ 1986"
    ("iso", re.compile(rf"{_B}(\d{{4}})-(\d{{2}})-(\d{{2}}){_E}")),
    ("day_month", re.compile(
        rf"{_B}{_P}(\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?{_MONTH_PAIR}(?:\s*(?:من\s+)?(?:عام|سنه|العام)?\s*{_YEAR})?{_E}")),
    ("ordinal_day_month", re.compile(  # "في الرابع من أيار (مايو) المقبل", "في الثلاثين من آذار الجاري"
        rf"{_B}{_P}({_ORDINAL_ALT})\s+من\s+(?:شهر\s+)?{_MONTH_PAIR}(?:\s*(?:من\s+)?(?:عام|سنه|العام)?\s*{_YEAR})?"
        rf"(\s+(?:الماضي|المقبل|القادم|الجاري|الحالي))?{_E}")),
    ("day_of_month", re.compile(  # "في الثاني والعشرين من الشهر الجاري", "في 5 من الشهر الماضي"
        rf"{_B}{_P}({_ORDINAL_ALT}|\d{{1,2}})\s+من\s+(?:هذا\s+)?الشهر(?:\s+(الجاري|الحالي|الماضي|المنصرم|الفايت|المقبل|القادم){_E}|{_E}(?!\s*ال))")),  # not "الشهر الفضيل"
    ("month", re.compile(
        rf"{_B}(?:{_P}شهر\s+)?{_P}{_MONTH_PAIR}(?:\s*(?:من\s+)?(?:عام|سنه|العام)?\s*{_YEAR})?(\s+(?:الماضي|المقبل|القادم))?{_E}")),
    ("weekday", re.compile(
        rf"{_B}(?:{_P}يوم\s+)?{_P}(?:ال)(اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)(\s+(?:الماضيه|الماضي|المقبله|المقبل|القادمه|القادم|الفايته|الفايت))?{_E}")),
    ("yesterday2", re.compile(rf"{_B}{_P}اول\s+(?:من\s+)?امس{_E}")),
    ("yesterday", re.compile(rf"{_B}(?:{_P}امس|بالامس){_E}")),
    ("tomorrow", re.compile(rf"{_B}{_P}غدا{_E}")),
    # not "اليوم الأول", "اليوم العالمي", "اليوم الذي": a definite word after it is its adjective,
    # unless a time of day leads it ("نسف مسلحون صباح اليوم القبة": the object follows the date)
    ("today", re.compile(rf"{_B}{_P}(?:اليوم|هذا اليوم){_E}(?:(?:(?<=(?:صباح|مساء) اليوم)|(?<=(?:ظهر|فجر|عصر|ليل) اليوم))"
                         rf"(?!\s+(?:التالي|الموالي|السابق|الاول|الثاني|الثالث|الرابع|الخامس|الاخير|الذي|التي|\S+ي){_E})|"
                         rf"(?!\s+(?:ال|الذي|التي)))")),
    ("ago", re.compile(rf"{_B}{_P}(?:قبل|منذ)\s+(?:(?:قرابه|نحو|حوالي|زهاء|ما\s+يقارب)\s+)?(?:(\d+|[^\s]+)\s+(ايام|يوما|اسابيع|اشهر|شهور|اعوام|سنوات|سنه|عام)|"
                       rf"(يومين|اسبوعين|شهرين|عامين|سنتين)){_E}(?!\s*من\s)")),  # "قبل عامين"; not "قبل يومين من التظاهرة"
    ("period", re.compile(
        rf"{_B}{_P}(?:(هذا|هذه)\s+)?(الاسبوع|الشهر|العام|السنه)\s*(الماضي|الماضيه|المنصرم|المنصرمه|الفايت|المقبل|المقبله|القادم|القادمه|الجاري|الحالي|الحاليه|الجاريه)?{_E}")),
    ("year", re.compile(rf"{_B}{_P}(?:عام|سنه|العام)\s+{_YEAR}(?:ه|م)?{_E}")),
    # a chronicle's entry ("حدث في مثل هذا اليوم"): "1965 - الرئيس يأمر باعتقال …", the year and a dash
    # at the start of a line or right after the full stop of the entry before
    ("chronicle", re.compile(r"(?:(?<![^\n])|(?<=[.؟!:] ))[ \t*•]*((?:1[89]|20)\d\d)\s*[-–—ـ:]\s")),
]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str  # ISO day, "YYYY-MM", "YYYY", or the Monday of a week (precision "week")
    precision: str  # day | week | month | year
    day: dt.date  # a representative day, for ordering


def _month_of(name: str | None) -> int | None:
    return _MONTHS.get(name) if name else None


def _add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


_HIJRI_YEARS = range(1300, 1501)  # years written in the Islamic calendar (Saudi news: 1436هـ)


def _hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Tabular Islamic calendar (the civil epoch, JD 1948439.5); within a day or two of the
    Umm al-Qura calendar, which is enough for event dates."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    jd = 1948439.5 + day - 1 + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
    return dt.date.fromordinal(int(jd - 1721424.5))


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A Gregorian date, or the Gregorian date of a Hijri one (years 1300–1500), or None."""
    if year in _HIJRI_YEARS:
        return _hijri_to_gregorian(year, month, day)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _closest_year(pub: dt.date, month: int, day: int) -> dt.date | None:
    """Year for a day-month without one: the occurrence nearest the publication date."""
    options = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := _safe_date(y, month, day))]
    return min(options, key=lambda d: abs((d - pub).days)) if options else None


def _mention(m: re.Match, day: dt.date, precision: str) -> DateMention:
    if precision == "day":
        value = day.isoformat()
    elif precision == "week":
        day = day - dt.timedelta(days=day.weekday())
        value = day.isoformat()
    elif precision == "month":
        value = f"{day.year:04d}-{day.month:02d}"
    else:
        value = f"{day.year:04d}"
    return DateMention(m.start(), m.end(), value, precision, day)


_EARLIEST_YEAR = 1800  # before it a date is history writing, not an event date
_LATEST_YEARS_AHEAD = 10  # after publication + this, a projection ("عام 2050") or a misread number


def _resolve(kind: str, m: re.Match, pub: dt.date) -> DateMention | None:
    try:
        mention = _resolve_unchecked(kind, m, pub)
    except (ValueError, OverflowError):
        return None  # "قبل 2500 عام" and other dates outside the calendar's range
    if mention is not None and not (_EARLIEST_YEAR <= mention.day.year <= pub.year + _LATEST_YEARS_AHEAD):
        return None  # "منذ 1400 عام", "عام 1455م" read as Hijri (2031), "4500": not event dates
    return mention


def _resolve_unchecked(kind: str, m: re.Match, pub: dt.date) -> DateMention | None:
    g = m.groups()
    if kind == "numeric":
        d = _safe_date(int(g[2]), int(g[1]), int(g[0]))
        return _mention(m, d, "day") if d else None
    if kind == "iso":
        d = _safe_date(int(g[0]), int(g[1]), int(g[2]))
        return _mention(m, d, "day") if d else None
    if kind == "day_month":
        month = _month_of(g[1]) or _month_of(g[2])
        day_n = int(g[0])
        if not month:
            return None
        d = _safe_date(_year_value(g[3]), month, day_n) if g[3] else _closest_year(pub, month, day_n)
        return _mention(m, d, "day") if d else None
    if kind == "ordinal_day_month":
        month = _month_of(g[1]) or _month_of(g[2])
        day_n, rel = _ORDINAL_DAYS[g[0]], (g[4] or "").strip()
        if g[3]:
            d = _safe_date(_year_value(g[3]), month, day_n)
        elif rel in ("المقبل", "القادم"):
            d = _safe_date(pub.year if month >= pub.month else pub.year + 1, month, day_n)
        elif rel == "الماضي":
            d = _safe_date(pub.year if month <= pub.month else pub.year - 1, month, day_n)
        elif rel:
            d = _safe_date(pub.year, month, day_n)
        else:
            d = _closest_year(pub, month, day_n)
        return _mention(m, d, "day") if d else None
    if kind == "day_of_month":
        day_n = int(g[0]) if g[0].isdigit() else _ORDINAL_DAYS[g[0]]
        rel = g[1] or ""
        first = _add_months(pub, -1 if rel in ("الماضي", "المنصرم", "الفايت") else (1 if rel in ("المقبل", "القادم") else 0))
        d = _safe_date(first.year, first.month, day_n)
        return _mention(m, d, "day") if d else None
    if kind == "month":
        name, alt, year, rel = g[0], g[1], g[2], g[3]
        if name in _AMBIGUOUS_MONTHS and not (alt or year):
            return None
        month = _month_of(name) or _month_of(alt)
        if year:
            return _mention(m, dt.date(_year_value(year), month, 1), "month")
        rel = (rel or "").strip()
        y = pub.year
        if rel in ("المقبل", "القادم"):
            y = pub.year if month > pub.month else pub.year + 1
        elif month > pub.month or (rel == "الماضي" and month == pub.month):
            y = pub.year - 1
        return _mention(m, dt.date(y, month, 1), "month")
    if kind == "weekday":
        target = _WEEKDAYS[g[0]]
        rel = (g[1] or "").strip().removesuffix("ه")  # "الجمعة المقبلة" agrees with جمعة
        if rel in ("المقبل", "القادم"):
            delta = (target - pub.weekday()) % 7 or 7
            return _mention(m, pub + dt.timedelta(days=delta), "day")
        delta = (pub.weekday() - target) % 7
        if rel in ("الماضي", "الفايت") and delta == 0:
            delta = 7
        return _mention(m, pub - dt.timedelta(days=delta), "day")
    if kind == "yesterday2":
        return _mention(m, pub - dt.timedelta(days=2), "day")
    if kind == "yesterday":
        return _mention(m, pub - dt.timedelta(days=1), "day")
    if kind == "tomorrow":
        return _mention(m, pub + dt.timedelta(days=1), "day")
    if kind == "today":
        return _mention(m, pub, "day")
    if kind == "ago":
        count = (int(g[0]) if g[0].isdigit() else _NUMBER_WORDS.get(g[0])) if g[0] else None
        unit = g[1] or g[2]
        if g[0] in _SEVERAL and unit in ("اشهر", "شهور", "اعوام", "سنوات"):
            count = 2
        if unit in ("يومين", "اسبوعين", "شهرين", "عامين", "سنتين"):
            count, unit = 2, {"يومين": "ايام", "اسبوعين": "اسابيع", "شهرين": "اشهر", "عامين": "اعوام",
                              "سنتين": "اعوام"}[unit]
        if not count:
            return None
        if unit in ("ايام", "يوما"):
            return _mention(m, pub - dt.timedelta(days=count), "day")
        if unit == "اسابيع":
            return _mention(m, pub - dt.timedelta(weeks=count), "week")
        if unit in ("اشهر", "شهور"):
            return _mention(m, _add_months(pub, -count), "month")
        return _mention(m, dt.date(pub.year - count, 1, 1), "year")
    if kind == "period":
        this, unit, rel = g[0], g[1], (g[2] or "")
        if not this and not rel:
            return None  # bare "العام" / "الشهر": not a date
        step = -1 if rel.startswith(("الماضي", "المنصرم", "الفايت")) else (1 if rel.startswith(("المقبل", "القادم")) else 0)
        if unit == "الاسبوع":
            return _mention(m, pub + dt.timedelta(weeks=step), "week")
        if unit == "الشهر":
            return _mention(m, _add_months(pub, step), "month")
        return _mention(m, dt.date(pub.year + step, 1, 1), "year")
    if kind == "chronicle":
        return _mention(m, dt.date(int(g[0]), 1, 1), "year")
    if kind == "year":
        year = _year_value(g[0])
        start = _safe_date(year, 1, 1)
        return _mention(m, start, "year") if start else None
    return None


# Which patterns can start near which kind of anchor word.
ANCHOR_GROUPS: dict[str, tuple[str, ...]] = {
    **{m: ("day_month", "ordinal_day_month", "month") for m in _MONTHS},
    **{w: ("weekday",) for w in WEEKDAY_WORDS},
    "امس": ("yesterday2", "yesterday"), "غدا": ("tomorrow",), "اليوم": ("today",),
    "قبل": ("ago",), "منذ": ("ago",), "الاسبوع": ("period",), "الشهر": ("day_of_month", "period"), "العام": ("period", "year"),
    "السنه": ("period",), "عام": ("year",), "سنه": ("year",),
}
_DIGIT_PATTERNS = ("numeric", "iso", "day_month", "day_of_month", "year", "ago", "chronicle")
_DIGITS_RE = re.compile(r"\d+")
_ANCHOR_RE = re.compile("|".join(re.escape(w) for w in sorted(ANCHOR_GROUPS, key=len, reverse=True)))
_BY_KIND = dict(_PATTERNS)
_ORDER = {kind: i for i, (kind, _) in enumerate(_PATTERNS)}
_WINDOW_BEFORE, _WINDOW_AFTER = 30, 60


def find_dates(text: str, pub: dt.date | None, start: int = 0, end: int | None = None,
               anchors: list[tuple[int, int, str]] | None = None) -> list[DateMention]:
    """Date mentions in ``text[start:end]`` (normalised), non-overlapping.

    Patterns run only in small windows around anchors: numbers and date words (month and day
    names, أمس, الأسبوع…). The pipeline passes the date words its lexicon pass already found
    (``anchors``: start, end, word); without them a regex finds them.
    """
    if pub is None:
        pub = dt.date.today()
    end = len(text) if end is None else end
    if anchors is None:
        anchors = [(m.start(), m.end(), m.group(0)) for m in _ANCHOR_RE.finditer(text, start, end)]
    jobs: set[tuple[int, int, int]] = set()  # (pattern order, window start, window end)
    for a_start, a_end, word in anchors:
        for kind in ANCHOR_GROUPS.get(word, ()):
            jobs.add((_ORDER[kind], max(start, a_start - _WINDOW_BEFORE), min(end, a_end + _WINDOW_AFTER)))
    for m in _DIGITS_RE.finditer(text, start, end):
        for kind in _DIGIT_PATTERNS:
            jobs.add((_ORDER[kind], max(start, m.start() - _WINDOW_BEFORE), min(end, m.end() + _WINDOW_AFTER)))
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for order, w0, w1 in _merged(jobs):
        kind, pattern = _PATTERNS[order]
        for m in pattern.finditer(text, w0, w1):
            # the window bounds where a date starts, not where it ends: "أيار (مايو) المقبل" past it
            m = pattern.match(text, m.start(), end) or m
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            mention = _resolve(kind, m, pub)
            if mention:
                taken.append((m.start(), m.end()))
                found.append(mention)
    found.sort(key=lambda d: d.start)
    return found


def _merged(jobs: set[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The windows of each pattern with overlapping ones joined: the numbers of one date ("21 مايو
    2005") open windows that mostly overlap, and each would scan the same text again."""
    out: list[tuple[int, int, int]] = []
    for order, w0, w1 in sorted(jobs):
        if out and out[-1][0] == order and w0 <= out[-1][2]:
            out[-1] = (order, out[-1][1], max(out[-1][2], w1))
        else:
            out.append((order, w0, w1))
    return out
