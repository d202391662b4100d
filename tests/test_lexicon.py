"""Lexicon loading, validation of user lexicons, and clitic-aware matching."""
from __future__ import annotations

import pytest

import hadath
from hadath.errors import LexiconError
from hadath.lexicon.compiled import get_lexicon
from hadath.lexicon.loader import load_lexicons, parse_roles
from hadath.lexicon.morphology import conjugate, nisba_forms
from hadath.text.normalize import NormalizedText
from hadath.text.tokens import WordIndex


def _found(text: str, kind: str) -> list[str]:
    lex = get_lexicon()
    nt = NormalizedText.from_text(text)
    return [nt.text[m.start:m.end] for m in lex.find(nt.text, WordIndex.from_text(nt.text)) if m.first(kind)]


def test_clitics_are_split_for_matching():
    assert "ايران" in _found("الولايات المتحدة وإيران", "country")
    assert "للولايات المتحده" in _found("مبعوث للولايات المتحدة", "country")
    assert "امريكيه" in _found("الإدارة الأمريكية", "nisba")
    assert "نظير" in _found("مع نظيره الإيراني", "agent")


def test_keys_do_not_match_inside_other_words():
    assert "ايران" not in _found("الإيرانيين", "country")  # a nisba form, not the country name
    assert _found("حلبة السباق", "place") == []  # حلب must not fire inside حلبة


def test_morphology_generators():
    forms = conjugate("هاجم", "هاجم")
    assert {"هاجم", "هاجمت", "هاجموا", "يهاجم", "تهاجم", "يهاجمون", "نهاجم"} <= set(forms)
    assert {"دعت", "دعوا", "يدعو", "يدعون"} <= set(conjugate("دعا", "دعو"))
    assert {"امريكي", "امريكيه", "امريكيين", "امريكيون", "امريكيات"} <= set(nisba_forms("امريكي"))


def test_roles_by_date():
    roles = parse_roles("USA/LEG@1985..2013-02-01; USA/GOV@2013-02-01..2017-01-20; USA/ELI@2017-01-20..")
    assert [r.sector for r in roles] == ["LEG", "GOV", "ELI"]
    with pytest.raises(ValueError):
        parse_roles("USA/GOV@2017..2013")
    with pytest.raises(ValueError):
        parse_roles("USA/GOV@20170101")


def _write(path, name, text):
    (path / name).write_text(text, encoding="utf-8")


def test_user_lexicon_errors_are_all_reported(tmp_path):
    _write(tmp_path, "persons_mine.tsv", "id\tname_en\tnames_ar\troles\n"
           "X1\tOne\tاسم أول\tZZZ/GOV@2010..2012\n"
           "X2\tTwo\tاسم ثان\tUSA/BOSS@2010..\n"
           "X3\tThree\tاسم ثالث\tUSA/GOV@2015..2012\n")
    _write(tmp_path, "orgs_mine.tsv", "id\tname_en\tnames_ar\tcountry\tsector\tnote\tperiods\n"
           "ISIS\tdup\tداعش الجديد\tIMG\tUAF\n"
           "GRP1\tGroup\tجماعة أولى\tIMG\tREB\t\tYYY/GOV@2001..2003\n"
           "GRP2\tGroup\tجماعة ثانية\tIMG\tREB\t\tAFG/KING@2001..2003\n"
           "GRP3\tGroup\tجماعة ثالثة\tIMG\tREB\t\tAFG/GOV@2005..2003\n")
    _write(tmp_path, "events_mine.tsv", "plover\tmode\tcameo\tcontext\tpos\tforms\tobject\n"
           "HUG\t\t999\t\tverb\tعانق/عانق\tdirect\n")
    with pytest.raises(LexiconError) as info:
        load_lexicons([tmp_path])
    text = str(info.value)
    for needle in ("unknown country code 'ZZZ'", "unknown sector(s) BOSS", "ends before it starts",
                   "duplicate id 'ISIS'", "unknown PLOVER type 'HUG'", "org GRP1: unknown country code 'YYY'",
                   "unknown sector(s) KING in periods", "orgs_mine.tsv:5: role 'AFG/GOV@2005..2003'"):
        assert needle in text


def test_an_organisation_codes_by_the_period_of_its_date(tmp_path):
    """An insurgency that later governs: the row's codes hold outside its dated periods."""
    text = "اختطفت حركة طالبان حاكم منطقة في شرق أفغانستان."
    codes = {}
    for day in ("1999-03-01", "2008-03-01", "2022-03-01"):
        attack = next(e for e in hadath.code(text, date=day).events if e.plover == "ASSAULT")
        codes[day] = (attack.source.country, attack.source.sector)
    assert codes == {"1999-03-01": ("AFG", "GOV"), "2008-03-01": ("IMG", "REB"), "2022-03-01": ("AFG", "GOV")}
    _write(tmp_path, "orgs_local.tsv", "id\tname_en\tnames_ar\tcountry\tsector\tnote\tperiods\n"
           "BLUE_FRONT\tBlue Front\tالجبهة الزرقاء\tIMG\tREB\t\tSDN/GOV@2010..2012\n")
    for day, expected in (("2011-05-01", ("SDN", "GOV")), ("2014-05-01", ("IMG", "REB"))):
        doc = hadath.code("هاجمت الجبهة الزرقاء قافلة للجيش.", date=day, lexicon_dirs=[tmp_path])
        front = next(e for e in doc.entities if e.name_en == "Blue Front")
        assert (front.country, front.sector) == expected


def test_user_lexicon_extends_coding(tmp_path):
    text = "قال المحافظ زيد العتيبي إن المحتجين اعتصموا أمام المبنى."
    before = hadath.code(text, date="2020-01-01")
    assert not any(e.name_en == "Zaid Al-Otaibi" for e in before.entities)
    _write(tmp_path, "persons_local.tsv", "id\tname_en\tnames_ar\troles\n"
           "OTAIBI_ZAID\tZaid Al-Otaibi\tزيد العتيبي\tKWT/GOV@2018..\n")
    after = hadath.code(text, date="2020-01-01", lexicon_dirs=[tmp_path])
    person = next(e for e in after.entities if e.name_en == "Zaid Al-Otaibi")
    assert (person.country, person.sector) == ("KWT", "GOV")


def test_conjugation_leaves_out_forms_that_collide_with_names_and_adjectives():
    from hadath.lexicon.morphology import conjugate

    forms = conjugate("ايد", "ويد")
    assert {"ايدت", "ايدوا", "يويد", "تويد"} <= set(forms)
    assert "ايدن" not in forms  # "ايدن هازارد", not the feminine plural أيّدن
    assert "اعذب" not in conjugate("عذب", "عذب")  # no first person أفعل (أعذب 'sweeter')


def test_the_built_in_directory_given_as_a_users_is_loaded_once(monkeypatch):
    """`hadath lexicon validate src/hadath/data` (a relative path to the shipped lexicons) checks
    them as they are loaded: once, and without the gazetteer's source file read as places."""
    from hadath.lexicon.loader import package_data_dir

    monkeypatch.chdir(package_data_dir().parent)
    lex = load_lexicons([package_data_dir().relative_to(package_data_dir().parent.resolve())])
    assert len(lex.sources) == len(load_lexicons().sources)


def test_process_wide_memories_are_bounded(monkeypatch):
    """The key-and-clitic hits and the fuzzy name answers are remembered across documents; a server
    coding millions of them must not grow without bound: over the bound, the memory is emptied."""
    from hadath import code
    from hadath.lexicon import compiled
    from hadath.lexicon.compiled import get_lexicon
    lexicon = get_lexicon()
    first = "وقال الوزير إن القوات الأمريكية والبريطانية قصفت مواقع للمسلحين."
    second = "واستقبل الرئيس المصري بالقاهرة وزيرا سعوديا وبحثا العلاقات الثنائية."
    lexicon._affixed_hits.clear()
    code(second, date="2015-07-21")
    second_alone = set(lexicon._affixed_hits)
    monkeypatch.setattr(compiled, "_MAX_REMEMBERED", 3)
    lexicon._affixed_hits.clear()
    code(first, date="2015-07-21")
    code(second, date="2015-07-21")
    assert set(lexicon._affixed_hits) == second_alone  # the first document's pairs were let go
    lexicon._fuzzy_answers.clear()
    for name in ("محمد عبد الرحيمي", "احمد عبد الكريمي", "خالد عبد المجيدي", "سعيد عبد اللطيفي", "علي عبد الحميدي"):
        lexicon.fuzzy_person(name)
    assert len(lexicon._fuzzy_answers) <= 4


def test_a_places_own_alif_lam_is_no_article():
    # "إلدورادو" is written with a hamza: its ال are its own letters, so there is no bare
    # "دورادو" for another word to match, while the full name is found
    lex = get_lexicon()
    assert "الدورادو" in lex.place_by_key and "دورادو" not in lex.place_by_key
