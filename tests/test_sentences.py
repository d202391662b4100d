from hadath.text.sentences import split_sentences


def _split(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_decimal_numbers_do_not_split():
    assert _split("ارتفع النمو إلى 11.5 في المئة. وقال الوزير ذلك.") == [
        "ارتفع النمو إلى 11.5 في المئة.", "وقال الوزير ذلك."]


def test_paragraph_break_inside_a_sentence_is_joined():
    text = 'قال كيري إن بلاده "منفتحة على\n\nالمناقشات مع إيران".\n\nوقال مسؤول آخر.'
    assert _split(text) == ['قال كيري إن بلاده "منفتحة على\n\nالمناقشات مع إيران".', "وقال مسؤول آخر."]


def test_line_break_after_a_finished_line_splits_and_titles_stand_alone():
    assert _split("عنوان الخبر\n\nنص أول. نص ثان؟ نص ثالث!") == ["عنوان الخبر", "نص أول.", "نص ثان؟", "نص ثالث!"]


def test_closing_quotes_stay_with_their_sentence():
    assert _split("قال: «انتهى الأمر.» ثم غادر.") == ["قال: «انتهى الأمر.»", "ثم غادر."]


def test_a_dot_glued_between_two_arabic_words_ends_a_sentence():
    text = "ارتفع الطلب على النفط.ويعكس ذلك نمو الاقتصاد. وقالت أ.ف.ب إن الأسعار ارتفعت 2.5 في المئة."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "ارتفع الطلب على النفط.", "ويعكس ذلك نمو الاقتصاد.", "وقالت أ.ف.ب إن الأسعار ارتفعت 2.5 في المئة."]
