"""The canonical example: Noon Post's translation of a 2014 NYT story on US–Iran talks about Iraq.

Everything asserted here comes from general lexicons and rules (no special case for this file).
"""
from __future__ import annotations

import pytest

import hadath


@pytest.fixture(scope="module")
def doc(seed_text):
    return hadath.code(seed_text, date="2014-06-17", id="noonpost-2995")


def _events(doc, plover, trigger_part=None):
    return [e for e in doc.events if e.plover == plover and (trigger_part is None or trigger_part in e.trigger)]


def _country(actor):
    return actor.country if actor else None


def test_metadata(doc):
    assert doc.publisher == "Noon Post"
    assert doc.translated_from == "The New York Times"
    assert doc.url == "https://www.noonpost.com/2995/"
    assert doc.title.startswith("محدثات أمريكية إيرانية")


def test_vienna_meeting(doc):
    ev = _events(doc, "CONSULT", "التقى")
    assert len(ev) == 1
    e = ev[0]
    assert (_country(e.source), _country(e.target)) == ("USA", "IRN")
    assert e.source.sector == "GOV"
    assert e.date == "2014-06-16" and e.date_basis == "text"
    assert e.location.name_en == "Vienna" and e.location.country == "AUT"
    assert doc.text[e.span[0]:e.span[1]] == e.trigger


def test_intent_to_cooperate(doc):
    e = _events(doc, "AGREE", "مستعدة للتعاون")[0]
    assert (_country(e.source), _country(e.target)) == ("USA", "IRN")


def test_isis_routs_iraqi_army(doc):
    e = _events(doc, "ASSAULT", "هزمت")[0]
    assert (e.target.country, e.target.sector) == ("IRQ", "MIL")
    assert e.source.name_en.startswith("Islamic State")


def test_troops_to_baghdad(doc):
    e = _events(doc, "MOBILIZE")[0]
    assert _country(e.source) == "USA"
    assert e.date == "2014-06-16"
    assert "275" in e.sentence


def test_soleimani_trip(doc):
    trips = [e for e in _events(doc, "CONSULT") if _country(e.source) == "IRN" and _country(e.target) == "IRQ"]
    assert trips, "Soleimani's trip to Baghdad"
    assert any(e.source.name_en == "Qasem Soleimani" for e in trips)
    assert any(e.location and e.location.name_en == "Baghdad" for e in trips)


def test_treasury_accuses_iran(doc):
    e = _events(doc, "ACCUSE", "اتهمت")[0]
    assert (_country(e.source), _country(e.target)) == ("USA", "IRN")
    assert e.source.name_en in ("US Treasury", "US Department of the Treasury") or "Treasury" in e.source.name_en
    assert e.date == "2014" and e.date_precision == "year"


def test_meetings_will_not_discuss_is_negated(doc):
    ev = [e for e in doc.events if "تناقش" in e.trigger]
    assert ev and all(e.negated for e in ev)
    assert not _events(doc, "CONSULT", "التقى")[0].negated


def test_quotes(doc):
    kerry = [q for q in doc.quotes if q.speaker and q.speaker.name_en == "John Kerry"]
    starts = [q.text.split()[0] for q in kerry]
    assert len(kerry) == 3, [q.text[:30] for q in kerry]
    assert "إدارة" in starts and "أعتقد" in starts
    assert any(q.cue.startswith("مضيف") for q in kerry)
    official = [q for q in doc.quotes if "الغرض" in q.text[:20]]
    assert official and (official[0].speaker.country, official[0].speaker.sector) == ("USA", "GOV")
    for q in doc.quotes:
        assert doc.text[q.span[0]:q.span[1]] == q.text


def test_entities(doc):
    by_name = {e.name_en: e for e in doc.entities}
    expected = {
        "John Kerry": "USA", "Barack Obama": "USA", "Nouri al-Maliki": "IRQ", "Qasem Soleimani": "IRN",
        "Bashar al-Assad": "SYR", "Quds Force": "IRN", "White House": "USA", "US Congress": "USA",
        "United Nations": "IGO", "Taliban": "IMG", "al-Qaeda": "IMG",
    }
    for name, country in expected.items():
        assert name in by_name, name
        assert by_name[name].country == country, name
    assert any(n.startswith("Islamic State") and e.country == "IMG" for n, e in by_name.items())
    assert any("State Department" in n and e.country == "USA" for n, e in by_name.items())
    maliki = by_name["Nouri al-Maliki"]
    assert maliki.sector == "GOV" and len(maliki.mentions) >= 3
    for ent in doc.entities:
        for s, e in ent.mentions:
            assert doc.text[s:e] in ent.surface_forms


def test_places_geocoded(doc):
    places = {p.name_en: p for p in doc.places}
    for name, country in (("Vienna", "AUT"), ("Baghdad", "IRQ"), ("Geneva", "CHE"), ("Tehran", "IRN")):
        assert places[name].country == country
        assert places[name].geonameid and places[name].lat is not None
