import datetime as dt

import pytest

from hadath.stages.dates import find_dates
from hadath.text.normalize import normalize_string

PUB = dt.date(2014, 6, 17)  # a Tuesday


@pytest.mark.parametrize("text,value,precision", [
    ("التقيا في فيينا يوم الإثنين", "2014-06-16", "day"),
    ("وصل الأحد", "2014-06-15", "day"),
    ("عقد الخميس الماضي", "2014-06-12", "day"),
    ("الثلاثاء الماضي", "2014-06-10", "day"),
    ("يوم الجمعة المقبل", "2014-06-20", "day"),
    ("قال أمس", "2014-06-16", "day"),
    ("أول أمس", "2014-06-15", "day"),
    ("قبل ثلاثة أيام", "2014-06-14", "day"),
    ("قتل قبل عامين", "2012", "year"),
    ("منذ ثلاث سنوات", "2011", "year"),  # the count of a feminine noun has no ه
    ("قبل قرابة خمس سنوات", "2009", "year"),
    ("منذ عدة سنوات", "2012", "year"),  # several: at least two
    ("قبل شهرين", "2014-04", "month"),
    ("الجمعة المقبلة", "2014-06-20", "day"),
    ("الجمعة الماضية", "2014-06-13", "day"),
    ("الأسبوع الماضي", "2014-06-09", "week"),
    ("هذا العام", "2014", "year"),
    ("العام الماضي", "2013", "year"),
    ("الشهر الماضي", "2014-05", "month"),
    ("حدد 20 يوليو موعدا", "2014-07-20", "day"),
    ("في يناير/ كانون الثاني", "2014-01", "month"),
    ("بعد هجمات 11 أيلول 2001", "2001-09-11", "day"),
    ("في 3 آذار/مارس 2016", "2016-03-03", "day"),
    ("يوم 5 جانفي 2019", "2019-01-05", "day"),
    ("منذ أوت الماضي", "2013-08", "month"),
    ("في عام ٢٠١٨", "2018", "year"),
    ("بتاريخ 16/6/2014", "2014-06-16", "day"),
    ("الثلاثاء الفائت", "2014-06-10", "day"),  # ئ folds to ي: the pattern must be spelled so
    ("في الرابع من تموز (يوليو) المقبل", "2014-07-04", "day"),
    ("في الثلاثين من أيار الماضي", "2014-05-30", "day"),
    ("في الحادي عشر من أيلول 2001", "2001-09-11", "day"),
    ("في الخامس والعشرين من كانون الأول", "2013-12-25", "day"),
    ("في الثاني والعشرين من الشهر الجاري", "2014-06-22", "day"),
    ("في 5 من الشهر الماضي", "2014-05-05", "day"),
    ("في التاسع من تشرين الثاني ألفين وخمسة", "2005-11-09", "day"),
    ("خلال عام ألفين وسبعة", "2007", "year"),
    ("في أيار ألفين وخمسة عشر", "2015-05", "month"),
    ("في 17/2/ 1986 شارك في العملية", "1986-02-17", "day"),
    ("بيانا بتاريخ 23 - 06 - 2015", "2015-06-23", "day"),
])
def test_date_forms(text, value, precision):
    found = find_dates(normalize_string(text), PUB)
    assert [(d.value, d.precision) for d in found] == [(value, precision)]


def test_words_that_only_look_like_dates_are_ignored():
    assert find_dates(normalize_string("قال الأب إن العام كان صعبا"), PUB) == []
    assert find_dates(normalize_string("قبل يومين من الانتخابات"), PUB) == []  # before the vote, not ago


def test_a_month_with_its_other_name_keeps_the_word_after_it():
    """A date found from its first word's window is not cut where that window ends: the paired month
    name and "المقبل" after it still belong to it (it was read as last May)."""
    text = normalize_string("أعلن في 6 أبريل أن الاتحاد العام سيدعو العمال إلى إضراب عام جديد في أيار (مايو) المقبل")
    found = find_dates(text, dt.date(2008, 4, 10))
    assert [(d.value, d.precision) for d in found] == [("2008-04-06", "day"), ("2008-05", "month")]


def test_a_sacred_month_is_not_the_current_one():
    assert find_dates(normalize_string("حدد موعد الهجوم في العاشر من الشهر الفضيل"), PUB) == []


def test_a_date_inside_a_name_dates_nothing():
    import hadath

    doc = hadath.code("دعت حركة شباب 6 أبريل إلى إضراب عام في الرابع من أيار المقبل.", date="2008-04-10")
    (strike,) = [e for e in doc.events if e.plover == "PROTEST"]
    assert strike.date == "2008-05-04" and strike.hypothetical


def test_hijri_dates_are_converted():
    (d,) = find_dates(normalize_string("بتاريخ 19/6/1436هـ"), PUB)
    assert (d.value, d.precision) == ("2015-04-09", "day")
    (y,) = find_dates(normalize_string("في عام 1436"), PUB)
    assert y.value == "2014"


def test_dates_out_of_range_are_ignored():
    assert find_dates(normalize_string("منذ 2500 عام"), PUB) == []


def test_dates_outside_the_plausible_range_are_not_event_dates():
    import hadath

    for text in ("تناقش المرجعيات الخلافات منذ 1400 عام.",
                 "اجتمع السلطان مع وفد البطارقة عام 1455م.",
                 "هددت الزيادة السكانية الموارد حتى عام 2050."):
        doc = hadath.code(text, date="2015-06-01")
        assert all(e.date_basis != "text" for e in doc.events), text
    doc = hadath.code("اجتمع وزير الخارجية مع نظيره التركي عام 1436هـ في الرياض.", date="2015-06-01")
    assert all(e.date is None or e.date.startswith("2014") or e.date.startswith("2015") for e in doc.events)


def test_today_after_a_time_of_day_is_a_date_whatever_follows():
    # "نسف مسلحون صباح اليوم القبة": the object follows the date
    found = find_dates(normalize_string("ونسف مسلحون صباح اليوم القبة الذهبية في المدينة"), PUB)
    assert [(d.value, d.precision) for d in found] == [("2014-06-17", "day")]
    # but "the next day" or a national day are not today
    for text in ("وفي صباح اليوم التالي عاد الوفد", "احتفلوا صباح اليوم الوطني", "في اليوم العالمي للمرأة"):
        assert not find_dates(normalize_string(text), PUB), text
