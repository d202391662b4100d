from hadath.stages.metadata import read_metadata
from hadath.text.normalize import NormalizedText


def _meta(text):
    return read_metadata(NormalizedText.from_text(text))


def test_translation_footer_and_link():
    m = _meta("عنوان المقال\n\nنص الخبر هنا.\n\nالمصدر: ترجمة نون بوست من NYTimes\n\nرابط المقال: <https://www.noonpost.com/1/>")
    assert (m.title, m.publisher, m.translated_from, m.url) == (
        "عنوان المقال", "Noon Post", "The New York Times", "https://www.noonpost.com/1/")
    assert m.body_end <= NormalizedText.from_text("عنوان المقال\n\nنص الخبر هنا.").text.__len__() + 2


def test_republished_and_adapted():
    m = _meta("عنوان\n\nنص.\nنقلاً عن صحيفة الغارديان بتصرف")
    assert m.republished_from == "The Guardian" and m.adapted
    assert m.publisher == "The Guardian"  # nothing else names a publisher: the source published it


def test_unknown_outlets_are_kept_as_written():
    m = _meta("عنوان\n\nنص.\nالمصدر: ترجمة منصة حدث عن ذا نورذرن هيرالد")
    assert m.publisher == "منصة حدث" and m.translated_from == "ذا نورذرن هيرالد"


def test_body_text_is_not_a_footer():
    m = _meta("عنوان\n\nقال المصدر إن الاجتماع انتهى.")
    assert m.publisher is None and m.url is None


def test_link_only_footer_names_the_site():
    m = _meta("عنوان\n\nنص.\nرابط المقال: https://news.example.org/a/1")
    assert m.url == "https://news.example.org/a/1" and m.publisher == "news.example.org"


def test_values_keep_original_spelling_with_diacritics():
    m = _meta("عنوان\n\nنص.\nنقلاً عن صحيفةِ الأُفق الجديد")
    assert m.republished_from == "الأُفق الجديد"
