"""The project's own news-style articles (tests/data/articles, written by us) against their
annotations (*.expect.json). Floors are set just under what hadath measures today and only rise.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import hadath
from hadath.evaluation.articles import score_article
from hadath.lexicon.entries import PLOVER_TYPES

ARTICLES = sorted((Path(__file__).parent / "data" / "articles").glob("*.txt"))

# Floors (fractions of the annotated facts over all six articles).
FLOOR_EVENTS_FOUND = 0.80
FLOOR_ROLES = 0.45
FLOOR_FLAGS = 0.92
FLOOR_DATES = 0.95
FLOOR_QUOTES_FOUND = 0.80
FLOOR_SPEAKERS = 0.62


@pytest.fixture(scope="module")
def scores():
    return [score_article(p, p.with_suffix(".expect.json")) for p in ARTICLES]


def _ratio(scores, num, den):
    n = sum(getattr(s, num) for s, _ in scores)
    d = sum(getattr(s, den) for s, _ in scores)
    return n / d if d else 1.0


def test_there_are_six_articles():
    assert len(ARTICLES) == 6


@pytest.mark.parametrize("num,den,floor", [
    ("found", "expected", FLOOR_EVENTS_FOUND),
    ("roles_right", "roles_checked", FLOOR_ROLES),
    ("flags_right", "flags_checked", FLOOR_FLAGS),
    ("dates_right", "dates_checked", FLOOR_DATES),
    ("quotes_found", "quotes_expected", FLOOR_QUOTES_FOUND),
    ("quotes_speaker_right", "quotes_found", FLOOR_SPEAKERS),
])
def test_floors(scores, num, den, floor):
    assert _ratio(scores, num, den) >= floor


def test_every_plover_type_is_coded_somewhere(scores):
    coded = {e.plover for _, doc in scores for e in doc.events}
    assert set(PLOVER_TYPES) <= coded, sorted(set(PLOVER_TYPES) - coded)


def test_metadata_matches_footers():
    for p in ARTICLES:
        gold = json.loads(p.with_suffix(".expect.json").read_text(encoding="utf-8"))
        doc = hadath.code(p.read_text(encoding="utf-8"), date=gold["date"])
        assert doc.publisher == gold["publisher"], p.name
        assert doc.translated_from == gold.get("translated_from"), p.name


def test_offsets_point_at_the_original_text():
    for p in ARTICLES:
        text = p.read_text(encoding="utf-8")
        doc = hadath.code(text, date="2019-01-01")
        for e in doc.events:
            assert text[e.span[0]:e.span[1]] == e.trigger
            assert text[e.sentence_span[0]:e.sentence_span[1]] == e.sentence
            for actor in (e.source, e.target):
                if actor and actor.implied:  # no text of its own: it points at the trigger
                    assert actor.text == "" and actor.span == e.span
                elif actor:
                    assert text[actor.span[0]:actor.span[1]] == actor.text
        for q in doc.quotes:
            assert text[q.span[0]:q.span[1]] == q.text
        for p_ in doc.places:
            assert text[p_.span[0]:p_.span[1]]


def test_negation_and_hypothetical_flags_appear(scores):
    events = [e for _, doc in scores for e in doc.events]
    assert any(e.negated for e in events) and any(e.hypothetical for e in events)
    assert any(not e.negated and not e.hypothetical for e in events)


def test_carried_over_speaker():
    text = ('وقال وزير الخارجية الأردني أيمن الصفدي إن بلاده ترفض أي تهجير للفلسطينيين، '
            'مضيفًا: "لن نقبل بحلول على حساب الأردن".')
    doc = hadath.code(text, date="2023-11-01")
    speakers = [(q.cue, q.speaker.name_en if q.speaker else None) for q in doc.quotes]
    assert len(speakers) == 2
    assert speakers[0][1] == speakers[1][1] == "Ayman Safadi"
    assert doc.quotes[1].direct and doc.quotes[1].text.startswith("لن نقبل")
