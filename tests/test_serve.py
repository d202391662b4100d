"""`hadath serve`: the REST API over a small store built from the project's own texts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient

from hadath.serve.app import create_app
from hadath.store.ingest import IngestOptions, ingest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"
KEY = "test-key-0123456789"


def build_store(path: Path) -> Path:
    """sample-ar.txt (2019-05-21) and the test articles with the dates of their .expect.json."""
    lines = [{"id": "sample-ar", "text": (ROOT / "samples" / "sample-ar.txt").read_text(encoding="utf-8"),
              "date": "2019-05-21"}]
    for t in sorted(ARTICLES.glob("*.txt")):
        exp = json.loads((ARTICLES / f"{t.stem}.expect.json").read_text(encoding="utf-8"))
        lines.append({"id": t.stem, "text": t.read_text(encoding="utf-8"), "date": exp["date"]})
    src = path.parent / "serve-docs.jsonl"
    src.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    ingest([str(src)], str(path), IngestOptions(jobs=1))
    return path


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve") / "hadath.duckdb")


@pytest.fixture(scope="module")
def client(store):
    app = create_app(store, api_key="")  # "" = no key: read-only whatever the environment says
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.con.close()


def no_traceback(r) -> None:
    assert "Traceback" not in r.text and 'File "' not in r.text
    assert r.headers["content-type"].startswith("application/json")
    assert "error" in r.json()


def test_stats_and_docs(client):
    s = client.get("/api/stats").json()
    assert s["documents"] == 7 and s["events"] > 50 and s["quotes"] > 0
    assert client.get("/openapi.json").json()["paths"]["/api/events"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger-ui-bundle.js" in docs.text and "cdn" not in docs.text.lower()
    assert client.get("/static/vendor/swagger-ui-5.17.14/swagger-ui-bundle.js").status_code == 200


def test_events_pagination(client):
    p1 = client.get("/api/events", params={"limit": 5}).json()
    p2 = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert p1["total"] == p2["total"] > 10 and len(p1["items"]) == len(p2["items"]) == 5
    ids1, ids2 = {e["event_id"] for e in p1["items"]}, {e["event_id"] for e in p2["items"]}
    assert not ids1 & ids2
    everything = client.get("/api/events", params={"limit": 500}).json()
    assert len(everything["items"]) == everything["total"]
    assert not any(e["negated"] or e["hypothetical"] for e in everything["items"])
    dates = [e["event_date"] for e in everything["items"]]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dates[:len(dated)] == dated  # newest first, undated last
    assert client.get("/api/events", params={"all": True, "limit": 1}).json()["total"] > everything["total"]
    assert client.get("/api/events", params={"limit": 501}).status_code == 422


def test_event_filters(client):
    isr = client.get("/api/events", params={"actor": "ISR", "limit": 500}).json()
    assert isr["total"] > 0
    assert all("ISR" in (e["source_country"], e["target_country"]) for e in isr["items"])
    a = client.get("/api/events", params={"type": "ASSAULT", "source": "ISR", "target": "PSE"}).json()
    assert a["total"] > 0 and all(e["plover"] == "ASSAULT" and e["source_country"] == "ISR" for e in a["items"])
    d = client.get("/api/events", params={"since": "2018-08-01", "until": "2018-08-31", "limit": 500}).json()
    assert d["total"] > 0 and all("2018-08-01" <= e["event_date"] <= "2018-08-31" for e in d["items"])
    yem = client.get("/api/events", params={"country": "YEM", "limit": 500}).json()
    assert yem["total"] > 0 and all(e["place_country"] == "YEM" for e in yem["items"])
    pl = client.get("/api/events", params={"place": "Abu Dhabi"}).json()
    assert pl["total"] > 0 and all(e["place_name"] == "Abu Dhabi" for e in pl["items"])
    pl_ar = client.get("/api/events", params={"place": "أبوظبي"}).json()
    assert pl_ar["total"] == pl["total"]
    tx = client.get("/api/events", params={"text": "غارات", "limit": 500, "sentence": True}).json()
    assert tx["total"] > 0 and all("غارات" in (e["sentence"] + e["trigger"]) for e in tx["items"])
    # filters are values, not SQL
    inj = client.get("/api/events", params={"place": "x' OR 1=1 --", "text": "'; DROP TABLE events; --"})
    assert inj.status_code == 200 and inj.json()["total"] == 0
    assert client.get("/api/stats").json()["events"] > 0
    bad = client.get("/api/events", params={"actor": "IR1"})
    assert bad.status_code == 400 and "country code" in bad.json()["error"]
    assert client.get("/api/events", params={"type": "PARTY"}).status_code == 400
    assert client.get("/api/events", params={"since": "yesterday"}).status_code == 400


def test_document_markup(client):
    docs = client.get("/api/documents", params={"limit": 3}).json()
    assert docs["total"] == 7 and len(docs["items"]) == 3
    gaza = client.get("/api/documents", params={"text": "غزة", "limit": 50}).json()["items"]
    assert gaza
    d = client.get(f"/api/documents/{gaza[0]['doc_key']}").json()
    text = d["text"]
    kinds = {s["kind"] for s in d["spans"]}
    assert {"actor", "trigger"} <= kinds
    for s in d["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(text)
    for ev in d["events"]:
        assert text[ev["start_char"]:ev["end_char"]] == ev["trigger"]
    for q in d["quotes"]:
        assert text[q["start_char"]:q["end_char"]] == q["text"]
    r = client.get("/api/documents/nope")
    assert r.status_code == 404
    no_traceback(r)


def test_clusters_entities_quotes_places(client):
    c = client.get("/api/clusters", params={"limit": 2}).json()
    assert c["total"] > 0 and c["items"][0]["num_mentions"] >= c["items"][-1]["num_mentions"]
    e = client.get("/api/entities", params={"q": "Iran"}).json()
    assert e["items"] and e["items"][0]["key"] == "IRN"
    m = client.get("/api/entities/IRN/mentions", params={"limit": 100}).json()
    assert m["total"] >= e["items"][0]["mentions"] > 0 and all(x["text"] in x["context"] for x in m["items"])
    speakers = client.get("/api/quotes/speakers").json()
    named = next(s for s in speakers if s["speaker"] != "?")
    q = client.get("/api/quotes", params={"speaker": named["speaker"]}).json()
    assert q["total"] >= named["quotes"] and all(named["speaker"].lower() in (x["speaker_name"] or "").lower() for x in q["items"])
    places = client.get("/api/places").json()
    assert places and all(p["lat"] is not None and p["events"] >= 1 for p in places)
    assert places == sorted(places, key=lambda p: -p["events"]) or places[0]["events"] >= places[-1]["events"]


def test_dyad_series(client):
    d = client.get("/api/dyad", params={"source": "ISR", "target": "PSE", "interval": "day"}).json()
    events = client.get("/api/events", params={"source": "ISR", "target": "PSE", "limit": 500}).json()["items"]
    dated = [e for e in events if e["event_date"]]
    assert sum(p["events"] for p in d["series"]) == len(dated) > 0
    for p in d["series"]:
        day = [e for e in dated if e["event_date"] == p["period"]]
        assert len(day) == p["events"]
        assert p["mean_score"] == pytest.approx(sum(e["score"] for e in day) / len(day), abs=1e-3)
    w = client.get("/api/dyad", params={"source": "ISR", "target": "PSE", "interval": "week"}).json()
    assert sum(p["events"] for p in w["series"]) == len(dated)
    for p in w["series"]:
        import datetime as dt
        assert dt.date.fromisoformat(p["period"]).weekday() == 0  # weeks start on Monday
    both = client.get("/api/dyad", params={"source": "ISR", "target": "PSE", "both": True}).json()
    assert sum(p["events"] for p in both["series"]) >= len(dated)
    assert client.get("/api/dyad", params={"source": "ISR", "target": "PSE", "interval": "year"}).status_code == 422
    assert client.get("/api/dyad", params={"source": "ISR"}).status_code == 422


def test_network(client):
    g = client.get("/api/network").json()
    assert g["nodes"] and g["edges"]
    ids = {n["id"] for n in g["nodes"]}
    for e in g["edges"]:
        assert e["source"] in ids and e["target"] in ids and e["source"] != e["target"]
        assert e["total"] == sum(e["counts"].values())
        assert set(e["counts"]) <= {"verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"}
    isr = next(e for e in g["edges"] if (e["source"], e["target"]) == ("ISR", "PSE"))
    n = client.get("/api/events", params={"source": "ISR", "target": "PSE", "limit": 500}).json()["total"]
    assert isr["total"] == n


def test_post_code_read_only(client):
    text = (ROOT / "samples" / "sample-ar.txt").read_text(encoding="utf-8")
    r = client.post("/api/code", json={"text": text, "date": "2019-05-21", "id": "s"})
    assert r.status_code == 200
    out = r.json()
    for k in ("id", "entities", "events", "quotes", "places", "sentences", "hadath_version"):
        assert k in out
    assert out["events"] and "stored" not in out
    import hadath
    assert out == hadath.code(text, date="2019-05-21", id="s").to_dict()
    r = client.post("/api/code", json={"text": text, "store": True}, headers={"X-API-Key": "anything"})
    assert r.status_code == 403 and "read-only" in r.json()["error"]
    r = client.post("/api/code", json={"text": "This is English, not Arabic at all."})
    assert r.status_code == 422 and r.json()["reason"]
    no_traceback(client.post("/api/code", content=b"{not json", headers={"Content-Type": "application/json"}))
    no_traceback(client.post("/api/code", json={"txt": "x"}))
    alias = client.post("/code", json={"text": text, "date": "2019-05-21", "id": "s"})
    assert alias.status_code == 200 and alias.json() == out


def test_size_limit_and_errors(store):
    app = create_app(store, api_key="", max_body=2000)
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/api/code", json={"text": "ا" * 5000})
        assert r.status_code == 413
        no_traceback(r)
        # a chunked body without Content-Length is counted as it streams
        r = c.post("/api/code", content=iter([b'{"text": "', "ب".encode() * 3000, b'"}']),
                   headers={"Content-Type": "application/json"})
        assert r.status_code == 413

        @app.get("/api/boom")
        def boom():
            raise RuntimeError("secret internals /etc/passwd")
        r = c.get("/api/boom")
        assert r.status_code == 500 and r.json() == {"error": "internal error"}
        assert "secret" not in r.text
        # CORS is off by default
        r = c.get("/api/stats", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in {k.lower() for k in r.headers}
        assert r.headers["x-content-type-options"] == "nosniff"
    app.state.con.close()


@pytest.fixture(scope="module")
def rw(tmp_path_factory):
    """A writable server (API key set) over its own copy of the test store."""
    db = build_store(tmp_path_factory.mktemp("rw") / "rw.duckdb")
    app = create_app(db, api_key=KEY, max_body=50_000)
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
    app.state.con.close()


EQUIVALENCE = [
    {"limit": 500}, {"actor": "ISR", "type": ["ASSAULT", "THREATEN"]}, {"all": True, "offset": 20},
    {"source": "ISR", "target": "PSE", "since": "2018-08-01"}, {"until": "2018-08-10", "limit": 500},
    {"country": "YEM", "limit": 500}, {"place": "abu dhabi"}, {"place": "أبوظبي"}, {"place": "%"}, {"place": "_"},
    {"text": "غارات", "sentence": True, "limit": 500}, {"text": "قطاع غزة", "limit": 500}, {"text": "ال", "limit": 500},
    {"text": "iran", "limit": 500}, {"text": "a_b%"}, {"limit": 5, "offset": 100_000},
    {"actor": ["ISR", "IRN"], "all": True, "sentence": True, "limit": 500},
]


def test_memory_index_matches_store(client, rw):
    """The read-only server answers from its in-memory event list, the writable one with SQL on the
    store: same texts, so every page must be the same, order and total included."""
    assert client.app.state.events_index is not None and rw.app.state.events_index is None
    for params in EQUIVALENCE:
        a, b = client.get("/api/events", params=params), rw.get("/api/events", params=params)
        assert a.status_code == b.status_code == 200, params
        assert a.json() == b.json(), params
    assert rw.get("/api/events", params={"text": "غارات"}).json()["total"] > 0
    assert rw.get("/api/events", params={"place": "%"}).json()["total"] == 0  # a LIKE wildcard is a plain character


def test_substring_index_matches_python():
    import random

    from hadath.serve.substring import SubstringIndex

    rnd = random.Random(5)
    alphabet = "ابتثجح خدذ\tAbC%_ "
    values = ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 12))) for _ in range(300)] + ["", "X"]
    for fold in (False, True):
        idx = SubstringIndex(values, fold=fold)
        for _ in range(300):
            v = rnd.choice(values)
            i = rnd.randrange(0, len(v) + 1)
            sub = v[i:i + rnd.randrange(1, 4)] or rnd.choice(alphabet)
            if rnd.random() < 0.2:
                sub = sub.swapcase()
            expect = [(sub.lower() in x.lower()) if fold else (sub in x) for x in values]
            assert idx.containing(sub).tolist() == expect, (sub, fold)
        assert not idx.containing("\0").any() and idx.containing("").all()


def test_api_key_enforced_for_storing(rw):
    text = "قصفت طائرات إسرائيلية مواقع في قطاع غزة يوم الأحد، وقال متحدث باسم الجيش إن الغارات استهدفت مخازن أسلحة."
    c = rw
    n0 = c.get("/api/stats").json()["documents"]
    assert c.post("/api/code", json={"text": text, "store": True}).status_code == 401
    assert c.post("/api/code", json={"text": text, "store": True}, headers={"X-API-Key": "wrong"}).status_code == 401
    assert c.get("/api/stats").json()["documents"] == n0
    r = c.post("/api/code", json={"text": text, "date": "2020-03-01", "store": True}, headers={"X-API-Key": KEY})
    assert r.status_code == 200 and r.json()["stored"]["new"] is True
    key = r.json()["stored"]["doc_key"]
    assert c.get("/api/stats").json()["documents"] == n0 + 1
    d = c.get(f"/api/documents/{key}").json()
    assert d["text"] == text and len(d["events"]) == len(r.json()["events"])
    again = c.post("/api/code", json={"text": text, "store": True}, headers={"X-API-Key": KEY}).json()
    assert again["stored"] == {"doc_key": key, "new": False}
    assert c.get("/api/stats").json()["documents"] == n0 + 1


# synthetic articles written for these tests
POSTED = [
    {"id": "p1", "date": "2022-04-03", "title": "مساعدات",
     "text": "أعلنت وزارة الخارجية السعودية يوم الأحد أن المملكة ستقدم مساعدات إنسانية عاجلة إلى اليمن، "
             "وقال وزير الخارجية إن الرياض تدعم جهود الأمم المتحدة لوقف إطلاق النار."},
    {"id": "p2", "date": "2022-04-04",
     "text": "اعتقلت القوات الإسرائيلية عشرة فلسطينيين في الضفة الغربية فجر الاثنين، "
             "وأدانت السلطة الفلسطينية الاعتقالات ووصفتها بأنها تصعيد خطير."},
    {"id": "p3", "text": "This article is written in English only and has nothing to code."},
]


def _counts(app) -> dict:
    cur = app.state.con.cursor()
    try:
        return {t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events", "origins")}
    finally:
        cur.close()


def test_ingest_endpoint(tmp_path, client):
    import hadath

    db = build_store(tmp_path / "ingest.duckdb")
    app = create_app(db, api_key=KEY, max_body=50_000)
    with TestClient(app, raise_server_exceptions=False) as c:
        body = {"documents": POSTED + [POSTED[0]]}
        before = _counts(app)
        # no key, wrong key, read-only server: nothing stored
        r = c.post("/api/ingest", json=body)
        assert r.status_code == 401 and "X-API-Key" in r.json()["error"]
        assert c.post("/api/ingest", json=body, headers={"X-API-Key": KEY + "x"}).status_code == 401
        r = client.post("/api/ingest", json=body, headers={"X-API-Key": KEY})
        assert r.status_code == 403 and "read-only" in r.json()["error"]
        # too large, too many, malformed: 413 / 422 with a JSON error, nothing stored
        big = {"documents": [{"text": "ب" * 30_000}]}
        r = c.post("/api/ingest", json=big, headers={"X-API-Key": KEY})
        assert r.status_code == 413
        no_traceback(r)
        r = c.post("/api/ingest", json={"documents": [{"text": "ب"}] * 1001}, headers={"X-API-Key": KEY})
        assert r.status_code == 422 and any("documents" in p["where"] for p in r.json()["problems"])
        for bad in ({"documents": []}, {"documents": [{"text": "   "}]}, {"documents": [{"text": "ب", "date": "2022-13-01"}]},
                    {"docs": POSTED}):
            r = c.post("/api/ingest", json=bad, headers={"X-API-Key": KEY})
            assert r.status_code == 422, bad
            no_traceback(r)
        assert _counts(app) == before

        r = c.post("/api/ingest", json=body, headers={"X-API-Key": KEY})
        assert r.status_code == 200, r.text
        out = r.json()
        assert [d["status"] for d in out["documents"]] == ["coded", "coded", "skipped", "duplicate"]
        assert out["documents"][2]["reason"].startswith("not_arabic")
        assert (out["stored"], out["coded"], out["skipped"], out["duplicates"], out["already"]) == (3, 2, 1, 1, 0)
        expected = [hadath.code(d["text"], date=d["date"]) for d in POSTED[:2]]
        assert out["events"] == sum(len(x.events) for x in expected) > 0
        after = _counts(app)
        assert after["documents"] == before["documents"] + 3
        assert after["events"] == before["events"] + out["events"]
        # the stored documents are served: their events in /api/events, their text in /api/documents
        for posted, res, coded in zip(POSTED, out["documents"], expected):
            ev = c.get("/api/events", params={"doc_key": res["doc_key"], "all": True, "limit": 500}).json()
            assert ev["total"] == len(coded.events) == res["events"]
            assert {e["plover"] for e in ev["items"]} == {e.plover for e in coded.events}
            assert all(e["published"] == posted["date"] for e in ev["items"])
            assert c.get(f"/api/documents/{res['doc_key']}").json()["text"] == posted["text"]
        assert c.get("/api/events", params={"text": "الضفة الغربية", "all": True}).json()["total"] > 0

        # posting again stores nothing: no document, event or origin row more
        again = c.post("/api/ingest", json=body, headers={"X-API-Key": KEY}).json()
        assert [d["status"] for d in again["documents"]] == ["already"] * 4
        assert [d["doc_key"] for d in again["documents"]] == [d["doc_key"] for d in out["documents"]]
        assert again["stored"] == 0 and _counts(app) == after
        # nor does coding and storing one of them through POST /api/code
        r = c.post("/api/code", json={**POSTED[1], "store": True}, headers={"X-API-Key": KEY})
        assert r.json()["stored"] == {"doc_key": out["documents"][1]["doc_key"], "new": False}
        assert _counts(app) == after
    app.state.con.close()


def test_response_cache_bounds(monkeypatch):
    """The read-only response cache: a hit does not reach the app; at most N responses and
    CACHE_BYTES bytes are kept (least recently used out first); errors and writes are not cached."""
    import asyncio

    from hadath.serve import app as appmod

    calls = []

    async def inner(scope, receive, send):
        calls.append(scope["path"])
        status = 404 if scope["path"].endswith("missing") else 200
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b"x" * 1000})

    def get(guard, path, method="GET"):
        sent = []

        async def send(msg):
            sent.append(msg)
        asyncio.run(guard({"type": "http", "method": method, "path": path, "query_string": b"q=1"}, None, send))
        return sent

    guard = appmod.Guard(inner, cache_size=2)
    for p in ("/api/a", "/api/b", "/api/a", "/api/c", "/api/b", "/api/missing", "/api/missing"):
        out = get(guard, p)
        assert out[-1]["body"] == b"x" * 1000 and (b"x-content-type-options", b"nosniff") in out[0]["headers"]
    # a, b computed; a hit; c evicts b (a was used more recently); b computed again; 404s every time
    assert calls == ["/api/a", "/api/b", "/api/c", "/api/b", "/api/missing", "/api/missing"]
    assert list(guard.cache) == ["/api/c?q=1", "/api/b?q=1"] and guard.bytes == 2000
    get(guard, "/api/a", method="POST")
    assert calls[-1] == "/api/a" and "/api/a?q=1" not in guard.cache
    monkeypatch.setattr(appmod, "CACHE_BYTES", 2500)
    big = appmod.Guard(inner, cache_size=100)
    for p in ("/api/1", "/api/2", "/api/3", "/api/4"):
        get(big, p)
    assert list(big.cache) == ["/api/3?q=1", "/api/4?q=1"] and big.bytes == 2000


def test_empty_store(tmp_path):
    from hadath.store import db as dbm

    dbm.connect(tmp_path / "empty.duckdb").close()
    app = create_app(tmp_path / "empty.duckdb", api_key="")
    with TestClient(app, raise_server_exceptions=False) as c:
        for params in ({}, {"text": "غزة"}, {"place": "Gaza", "actor": "ISR"}, {"offset": 10}):
            r = c.get("/api/events", params=params)
            assert r.status_code == 200 and r.json() == {"total": 0, "limit": 50, "offset": params.get("offset", 0), "items": []}
        assert c.get("/api/network").json() == {"nodes": [], "edges": []}
    app.state.con.close()


def test_cli_registers_serve():
    from hadath.cli import build_parser

    args = build_parser().parse_args(["serve", "--db", "x.duckdb", "--port", "8123"])
    assert args.command == "serve" and args.port == 8123 and args.host == "127.0.0.1"
