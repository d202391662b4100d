from hadath.text.normalize import NormalizedText, normalize_string
from hadath.text.tokens import WordIndex


def test_folding_rules():
    assert normalize_string("أإآٱ") == "اااا"
    assert normalize_string("مستشفى مدرسة") == "مستشفي مدرسه"
    assert normalize_string("مسؤول مسئول") == "مسوول مسيول"
    assert normalize_string("کیلو") == "كيلو"
    assert normalize_string("٢٠١٤ و۱۹") == "2014 و19"
    assert normalize_string("NYTimes") == "nytimes"


def test_diacritics_tatweel_and_controls_are_deleted_with_exact_offsets():
    original = "\u200fقَالَ الـــرئيس\u200c أوباما"
    nt = NormalizedText.from_text(original)
    assert nt.text == "قال الرييس اوباما"
    start = nt.text.index("الرييس")
    s, e = nt.to_original(start, start + len("الرييس"))
    assert original[s:e] == "الـــرئيس"
    s, e = nt.to_original(nt.text.index("اوباما"), len(nt.text))
    assert original[s:e] == "أوباما"


def test_presentation_forms_expand_and_map_back():
    original = "قال ﻻ ﺑﺄﺱ"  # lam-alef ligature and presentation forms
    nt = NormalizedText.from_text(original)
    assert nt.text == "قال لا باس"
    s, e = nt.to_original(4, 6)
    assert original[s:e] == "ﻻ"
    assert len(nt.orig_index) == len(nt.text) + 1


def test_word_index_marks_words_and_gaps():
    text = "التقى (كيري) مع 11.5"
    w = WordIndex.from_text(text)
    words = [text[s:e] for s, e in zip(w.starts.tolist(), w.ends.tolist())]
    assert words == ["التقى", "كيري", "مع", "11", "5"]
    assert w.word_at(text.index("(")) == -1
    assert w.word_at(text.index("كيري") + 2) == 1
