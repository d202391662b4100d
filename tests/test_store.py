"""Corpus store (issue 4): readers, DuckDB store, idempotence, kill -9 and resume, duplicates,
clusters, queries and exports. Every corpus here is written by the tests themselves (short
news-style texts, invented events) or is the project's own test data."""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from hadath.cli import main
from hadath.store import db as dbm
from hadath.store.ingest import IngestOptions, ingest
from hadath.store.readers import FieldMap, Problem, RawDoc, _stdlib_html, read_path

ROOT = Path(__file__).resolve().parents[1]
STORE_DATA = ROOT / "tests" / "data" / "store"

# Short texts written for these tests.
MOSUL = ("بغداد - هاجم مسلحو تنظيم داعش مدينة الموصل يوم الإثنين، وقتلوا عشرة جنود من الجيش العراقي، "
         "بحسب ما أعلنت وزارة الدفاع العراقية في بيان.\n"
         "وذكر البيان أن الاشتباكات استمرت عدة ساعات في الأحياء الغربية من المدينة، وأن السكان لزموا منازلهم "
         "خوفا من القصف، فيما أغلقت المحال التجارية والمدارس أبوابها حتى إشعار آخر.\n"
         "وتعد الموصل ثاني أكبر مدن العراق من حيث عدد السكان، وتقع على ضفتي نهر دجلة في شمال البلاد، "
         "وتبعد نحو أربعمئة كيلومتر عن العاصمة بغداد.")
# A wire copy of MOSUL: another outlet's header and footer around the same body (near duplicate).
MOSUL_COPY = ("وكالة المثال للأنباء\n" + MOSUL + "\nجميع الحقوق محفوظة لوكالة المثال.")
ZARIF = ("طهران - التقى وزير الخارجية الإيراني محمد جواد ظريف نظيره العراقي في بغداد يوم الثلاثاء "
         "لبحث العلاقات الثنائية وأمن الحدود.")
JETS = ("قصفت طائرات حربية إيرانية مواقع لمسلحين أكراد في شمال العراق يوم الأحد، وقال مسؤول عراقي إن "
        "القصف استهدف قرى حدودية.")
ACCUSE = ("اتهمت الولايات المتحدة إيران بدعم الميليشيات في العراق، وقال المتحدث باسم وزارة الخارجية "
          "الأمريكية إن واشنطن تراقب الوضع عن كثب.")
ENGLISH = "The Iraqi foreign minister met his Iranian counterpart in Baghdad on Tuesday to discuss border security."

DATA_TABLES = ("documents", "origins", "entities", "mentions", "events", "quotes", "places", "search_text",
               "problems", "clusters", "cluster_events", "near_duplicates")
VOLATILE = {"coded_at", "first_seen", "seen_at"}  # wall-clock columns


def write_corpus(d: Path) -> Path:
    """A small corpus in every input format, with bad files among the good ones."""
    (d / "txt").mkdir(parents=True)
    (d / "txt" / "mosul.txt").write_text(MOSUL, encoding="utf-8")
    (d / "txt" / "jets.txt").write_text(JETS, encoding="utf-8")
    lines = [
        json.dumps({"id": "z1", "text": ZARIF, "date": "2014-06-17", "source": "وكالة أ"}, ensure_ascii=False),
        json.dumps({"id": "en1", "text": ENGLISH, "date": "2014-06-17"}),
        '{"id": "broken", "text": "نص',  # malformed JSON line
        json.dumps({"id": "m-again", "text": MOSUL, "date": "2014-06-17"}, ensure_ascii=False),  # exact duplicate
        json.dumps({"id": "copy", "text": MOSUL_COPY, "date": "2014-06-17", "source": "وكالة المثال"},
                   ensure_ascii=False),
    ]
    (d / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "more.json").write_text(json.dumps([{"text": ACCUSE, "date": "2014-06-18", "title": "اتهام"}],
                                            ensure_ascii=False), encoding="utf-8")
    with open(d / "rows.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["headline", "published", "body"])
        w.writerow(["قصف", "18/06/2014", JETS.replace("يوم الأحد", "أمس")])
    (d / "page.html").write_bytes((STORE_DATA / "page.html").read_bytes())
    (d / "feed.rss").write_bytes((STORE_DATA / "feed.rss").read_bytes())
    # bad files
    (d / "bad").mkdir()
    (d / "bad" / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "bad" / "arabic-windows.txt").write_bytes(ZARIF.encode("cp1256"))
    (d / "bad" / "cut.json").write_text('[{"text": "' + MOSUL[:40], encoding="utf-8")
    # a gzip cut in the middle: its complete lines (repeats of ZARIF under other ids) are still read
    many = [json.dumps({"id": hashlib.sha256(str(i).encode()).hexdigest(), "text": ZARIF, "date": "2014-06-17"},
                       ensure_ascii=False) for i in range(200)]
    gz = gzip.compress(("\n".join(many) + "\n").encode("utf-8"))
    (d / "bad" / "cut.jsonl.gz").write_bytes(gz[: len(gz) * 2 // 3])
    return d


def table_rows(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for t in DATA_TABLES:
        cur = con.execute(f"SELECT * FROM {t}")
        cols = [c[0] for c in cur.description]
        keep = [i for i, c in enumerate(cols) if c not in VOLATILE]
        out[t] = sorted(tuple(repr(r[i]) for i in keep) for r in cur.fetchall())
    con.close()
    return out


def q(db: Path, sql: str, params=None):
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def store(corpus, tmp_path_factory) -> tuple[Path, object]:
    db = tmp_path_factory.mktemp("db") / "hadath.duckdb"
    stats = ingest([str(corpus)], str(db), IngestOptions(batch_size=3))
    return db, stats


# -- readers ------------------------------------------------------------------------------------
def test_html_main_text_and_meta():
    (doc,) = list(read_path(STORE_DATA / "page.html", FieldMap()))
    assert isinstance(doc, RawDoc)
    assert doc.title == "اشتباكات قرب الموصل"
    assert doc.date == "2014-06-18"
    assert doc.url == "https://example.org/news/2014/06/18/mosul-clashes"
    assert "هاجم مسلحو تنظيم داعش" in doc.text
    assert "tracking" not in doc.text and "الرئيسية" not in doc.text


def test_html_stdlib_fallback():
    html = (STORE_DATA / "page.html").read_text(encoding="utf-8")
    text, meta = _stdlib_html(html)
    assert "هاجم مسلحو تنظيم داعش" in text
    assert "لا يجب أن يظهر" not in text and "العالم" not in text  # script and nav dropped
    assert meta["url"] == "https://example.org/news/2014/06/18/mosul-clashes"
    assert meta["date"].startswith("2014-06-18") and meta["source"] == "أخبار المثال"


def test_feed_entries():
    docs = list(read_path(STORE_DATA / "feed.rss", FieldMap()))
    assert [d.date for d in docs] == ["2014-06-17", "2014-06-18"]
    assert docs[1].url == "https://example.org/feed/2" and "<p>" not in docs[1].text
    assert docs[0].source == "نشرة المثال"


def test_csv_configurable_fields(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("matn,yawm\n\"" + ZARIF + "\",2014-06-17\n", encoding="utf-8")
    (bad,) = list(read_path(p, FieldMap()))
    assert isinstance(bad, Problem) and bad.reason == "no_text"
    (doc,) = list(read_path(p, FieldMap.with_overrides(text="matn", date="yawm")))
    assert doc.text == ZARIF and doc.date == "2014-06-17"


def write_warc(path: Path, pages: list[tuple[str, str, bytes]]) -> None:
    """A WARC of HTTP responses (url, content type, body), as a crawler writes them."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)
        for url, ctype, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


def test_warc_reader(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    html = (STORE_DATA / "page.html").read_bytes()
    write_warc(path, [("https://example.org/a", "text/html; charset=utf-8", html),
                      ("https://example.org/robots.txt", "text/plain", b"User-agent: *")])
    docs = list(read_path(path, FieldMap()))
    assert len(docs) == 1 and isinstance(docs[0], RawDoc)
    assert docs[0].url == "https://example.org/a" and "داعش" in docs[0].text
    # a truncated WARC: reported, and the records before the cut are still read
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data + data[: len(data) // 2])
    out = list(read_path(cut, FieldMap()))
    assert isinstance(out[0], RawDoc) and isinstance(out[-1], Problem) and out[-1].reason == "truncated"


def test_html_windows_1256_and_broken(tmp_path):
    page = (STORE_DATA / "page.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1256"')
    p = tmp_path / "cp.html"
    p.write_bytes(page.encode("cp1256"))
    (doc,) = list(read_path(p, FieldMap()))
    assert isinstance(doc, RawDoc) and "هاجم مسلحو تنظيم داعش" in doc.text
    cut = tmp_path / "cut.html"  # cut in the middle of the article: what is there is read
    raw = (STORE_DATA / "page.html").read_text(encoding="utf-8")
    cut.write_text(raw[: raw.index("وقال المتحدث")], encoding="utf-8")
    (doc,) = list(read_path(cut, FieldMap()))
    assert isinstance(doc, RawDoc) and "هاجم مسلحو" in doc.text
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title></title></head><body><script>x()</script></body></html>", encoding="utf-8")
    (prob,) = list(read_path(empty, FieldMap()))
    assert isinstance(prob, Problem) and prob.reason == "empty"


def test_size_limits(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(ZARIF * 50, encoding="utf-8")
    (p,) = list(read_path(big, FieldMap(), max_bytes=1000))
    assert isinstance(p, Problem) and p.reason == "too_large" and "--max-bytes" in p.message
    lines = tmp_path / "big.jsonl"
    lines.write_text(json.dumps({"text": ZARIF * 50}, ensure_ascii=False) + "\n"
                     + json.dumps({"text": ZARIF}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = list(read_path(lines, FieldMap(), max_bytes=1000))  # a JSONL file is bounded per line
    assert isinstance(out[0], Problem) and out[0].reason == "too_large" and isinstance(out[1], RawDoc)


def test_bad_files_reported_with_reasons(corpus):
    bad = corpus / "bad"
    (b,) = list(read_path(bad / "binary.txt", FieldMap()))
    assert b.reason == "binary"
    (w,) = list(read_path(bad / "arabic-windows.txt", FieldMap()))
    assert w.reason == "encoding" and "Windows-1256" in w.message
    (ok,) = list(read_path(bad / "arabic-windows.txt", FieldMap(), encoding="cp1256"))
    assert isinstance(ok, RawDoc) and ok.text == ZARIF
    (j,) = list(read_path(bad / "cut.json", FieldMap()))
    assert j.reason == "json"
    out = list(read_path(bad / "cut.jsonl.gz", FieldMap()))
    assert isinstance(out[-1], Problem) and out[-1].reason == "truncated"
    assert sum(isinstance(r, RawDoc) for r in out) >= 5  # lines before the cut are kept


# -- store ----------------------------------------------------------------------------------------
def test_ingest_counts(store):
    db, st = store
    status = dict(q(db, "SELECT status, count(*) FROM documents GROUP BY ALL"))
    # mosul, jets, zarif, mosul copy, accuse, csv jets, html page, 2 feed items, and the English
    # article; the exact duplicates (mosul again, zarif in the cut gzip) are not documents of their own
    assert status["coded"] == 9, status
    assert status["skipped"] == 1
    (reason,) = q(db, "SELECT skip_reason FROM documents WHERE status = 'skipped'")[0]
    assert reason.startswith("not_arabic")
    assert q(db, "SELECT count(*) FROM documents")[0][0] == len({r[0] for r in q(db, "SELECT doc_key FROM documents")})
    # the exact duplicate is one document with two origins
    key = q(db, "SELECT doc_key FROM documents WHERE text = ?", [MOSUL])[0][0]
    assert len(q(db, "SELECT origin FROM origins WHERE doc_key = ?", [key])) == 2
    reasons = {r[0] for r in q(db, "SELECT reason FROM problems")}
    assert {"binary", "encoding", "json", "truncated"} <= reasons
    assert q(db, "SELECT count(*) FROM events")[0][0] > 10
    versions = q(db, "SELECT DISTINCT hadath_version, lexicon_version FROM documents")
    assert len(versions) == 1 and versions[0][1] == dbm.lexicon_version(())
    assert st.coded == 9 and st.skipped == 1 and st.duplicates >= 1


def test_event_rows_point_at_the_text(store):
    db, _ = store
    for text, s, e, trigger in q(db, "SELECT d.text, e.start_char, e.end_char, e.trigger FROM events e "
                                     "JOIN documents d USING (doc_key)"):
        assert text[s:e] == trigger
    for text, s, e, surface in q(db, "SELECT d.text, m.start_char, m.end_char, m.text FROM mentions m "
                                     "JOIN documents d USING (doc_key)"):
        assert text[s:e] == surface


def test_reingest_adds_nothing(store, corpus):
    db, _ = store
    before = table_rows(db)
    st = ingest([str(corpus)], str(db), IngestOptions(batch_size=3))
    assert st.coded == 0 and st.already >= 10
    assert table_rows(db) == before


def test_two_workers_same_rows(store, corpus, tmp_path):
    db2 = tmp_path / "two.duckdb"
    ingest([str(corpus)], str(db2), IngestOptions(jobs=2, batch_size=2))
    assert table_rows(db2) == table_rows(store[0])


def test_kill_9_and_resume(corpus, tmp_path):
    ref = tmp_path / "ref.duckdb"
    db = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "hadath", "ingest", str(corpus), "--db", str(db), "--batch-size", "1",
           "--jobs", "1", "--progress", "lines"]
    env = dict(os.environ, HADATH_STORE_TEST_PAUSE="0.3")
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env, text=True)
    committed, deadline = 0, time.time() + 60
    while committed < 3 and time.time() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        committed += line.startswith("hadath: committed")
    time.sleep(0.1)  # inside the 4th transaction's pause
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()
    assert committed == 3 and proc.returncode == -signal.SIGKILL
    partial = q(db, "SELECT count(*) FROM documents")[0][0]
    done = subprocess.run(cmd[:-2], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 5, done.stderr  # partial: the bad files are reported again
    # the uninterrupted run, right after (the same hadath: a document coded by another one is re-coded)
    subprocess.run([*cmd[:5], "--db", str(ref), *cmd[7:-2]], capture_output=True, timeout=120, check=False)
    total = q(ref, "SELECT count(*) FROM documents")[0][0]
    assert 0 < partial < total  # killed mid-run, with the committed batches kept
    assert table_rows(db) == table_rows(ref)


def test_recode_after_lexicon_change_touches_that_corpus_only(tmp_path, monkeypatch):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "1.txt").write_text(MOSUL, encoding="utf-8")
    (b / "2.txt").write_text(ZARIF, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    ingest([str(a), str(b)], str(db), IngestOptions(default_date="2014-06-17"))
    n_events = q(db, "SELECT count(*) FROM events")[0][0]
    monkeypatch.setattr(dbm, "lexicon_version", lambda dirs=(): "new-lexicon")
    st = ingest([str(a)], str(db), IngestOptions(default_date="2014-06-17"))
    assert st.recoded == 1 and st.coded == 1
    versions = dict(q(db, "SELECT origin, lexicon_version FROM documents"))
    assert versions[str(a / "1.txt")] == "new-lexicon"
    assert versions[str(b / "2.txt")] != "new-lexicon"
    assert q(db, "SELECT count(*) FROM documents")[0][0] == 2
    assert q(db, "SELECT count(*) FROM events")[0][0] == n_events  # replaced, not added


# -- duplicates and clusters ------------------------------------------------------------------------
def test_near_duplicate_linked(store):
    db, _ = store
    rows = q(db, "SELECT d1.text, d2.text, n.similarity FROM near_duplicates n JOIN documents d1 USING (doc_key) "
                 "JOIN documents d2 ON d2.doc_key = n.dup_of")
    pairs = {(a, b) for a, b, _ in rows}
    assert (MOSUL_COPY, MOSUL) in pairs or (MOSUL, MOSUL_COPY) in pairs
    assert all(s >= 0.8 for *_, s in rows)
    # unrelated articles are not linked
    assert not any(ZARIF in (a, b) for a, b, _ in rows)


def test_clusters_count_articles_once(store):
    db, _ = store
    rows = q(db, "SELECT num_mentions, num_articles, num_sources, first_date, place_name, score FROM clusters "
                 "WHERE plover = 'ASSAULT' AND source_country = 'IMG' AND target_country = 'IRQ'")
    assert rows, "the Mosul attack forms a cluster"
    mentions, articles, sources, first, place, score = max(rows)
    # MOSUL (two origins, one document), its wire copy (near duplicate: not another article) and the
    # HTML page's report of the same attack the next day
    assert str(first) == "2014-06-16" and place == "Mosul" and score == -9.0
    assert mentions >= 3 and articles == 2 and sources >= 2
    members = q(db, "SELECT count(*) FROM cluster_events ce JOIN clusters c USING (cluster_id) "
                    "WHERE c.plover = 'ASSAULT' AND c.source_country = 'IMG' AND c.target_country = 'IRQ' "
                    "AND c.num_mentions = ?", [mentions])[0][0]
    assert members == mentions


def test_cluster_rules_day_and_place(tmp_path):
    """Same type and actors: within a day and same place (or none) cluster; later or elsewhere do not."""
    docs = [
        {"id": "a", "text": MOSUL, "date": "2014-06-17", "source": "أ"},
        {"id": "b", "text": "هاجم مسلحو تنظيم داعش مدينة الموصل أمس، وقتلوا ثلاثة جنود من الجيش العراقي "
                            "بحسب مصادر أمنية.", "date": "2014-06-20", "source": "ب"},
        {"id": "c", "text": "هاجم مسلحو تنظيم داعش مدينة تكريت يوم الإثنين، وقتلوا أربعة جنود من الجيش "
                            "العراقي بحسب مصادر أمنية.", "date": "2014-06-17", "source": "ج"},
        {"id": "d", "text": "هاجم مسلحو تنظيم داعش مواقع الجيش العراقي يوم الإثنين، بحسب مصادر أمنية.",
         "date": "2014-06-17", "source": "د"},
    ]
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs), encoding="utf-8")
    db = tmp_path / "c.duckdb"
    ingest([str(src)], str(db))
    rows = q(db, "SELECT c.first_date::VARCHAR, c.place_name, c.num_articles, list(DISTINCT o.ext_id ORDER BY o.ext_id) "
                 "FROM clusters c JOIN cluster_events USING (cluster_id) JOIN events e USING (event_id) "
                 "JOIN origins o ON o.doc_key = e.doc_key "
                 "WHERE c.plover = 'ASSAULT' AND c.source_country = 'IMG' AND c.target_country = 'IRQ' "
                 "GROUP BY ALL ORDER BY 1, 2")
    by_place = {(r[0], r[1]): r for r in rows}
    assert by_place[("2014-06-19", "Mosul")][3] == ["b"]           # three days later: its own cluster
    assert by_place[("2014-06-16", "Mosul")][3][0] == "a"           # not with Tikrit
    assert by_place[("2014-06-16", "Tikrīt")][3][0] == "c"
    placeless = [r for r in rows if "d" in r[3]]                    # no place: joins a same-day cluster
    assert len(placeless) == 1 and placeless[0][0] == "2014-06-16" and placeless[0][2] == 2
    assert len(rows) == 3


# -- CLI: events, export, search, exit codes -------------------------------------------------------
def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_events_query(store, capsys):
    db, _ = store
    code, out, _ = run(capsys, "events", "--db", str(db), "--actor", "IRN", "--type", "ASSAULT",
                       "--since", "2014-06-01", "--until", "2014-06-30", "--format", "json")
    assert code == 0
    rows = [json.loads(x) for x in out.splitlines()]
    assert rows and all(r["plover"] == "ASSAULT" and "IRN" in (r["source_country"], r["target_country"])
                        and "2014-06-01" <= r["event_date"] <= "2014-06-30" for r in rows)
    code, out, _ = run(capsys, "events", "--db", str(db), "--actor", "IRN", "--since", "2014-06-17",
                       "--format", "csv")
    got = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and {r["plover"] for r in got} >= {"CONSULT", "ACCUSE"}
    assert all(r["event_date"] >= "2014-06-17" for r in got)
    code, out, _ = run(capsys, "events", "--db", str(db), "--actor", "USA", "--format", "table")
    assert code == 0 and "ACCUSE" in out
    code, out, _ = run(capsys, "events", "--db", str(db), "--clusters", "--format", "json")
    assert code == 0 and all("num_articles" in json.loads(x) for x in out.splitlines())


def test_events_parameters_are_not_sql(store, capsys):
    db, _ = store
    code, out, _ = run(capsys, "events", "--db", str(db), "--cameo", "1'; DROP TABLE events; --", "--format", "json")
    assert code == 0 and out == ""
    assert q(db, "SELECT count(*) FROM events")[0][0] > 0


def test_cli_errors(store, tmp_path, capsys):
    db, _ = store
    code, _, err = run(capsys, "events", "--db", str(db), "--actor", "Iran")
    assert code == 2 and "3-letter" in err
    code, _, err = run(capsys, "events", "--db", str(db), "--type", "FIGHT")
    assert code == 2 and "PLOVER" in err
    code, _, err = run(capsys, "events", "--db", str(db), "--since", "June")
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = run(capsys, "events", "--db", str(tmp_path / "none.duckdb"))
    assert code == 3 and "no such database" in err
    notdb = tmp_path / "x.duckdb"
    notdb.write_text("hello")
    code, _, err = run(capsys, "events", "--db", str(notdb))
    assert code == 3 and "Traceback" not in err
    code, _, err = run(capsys, "ingest", str(tmp_path / "missing"), "--db", str(tmp_path / "n.duckdb"))
    assert code == 3 and "no such file" in err
    only_bad = tmp_path / "bad.txt"
    only_bad.write_bytes(b"\x00\x01\x02" * 100)
    code, _, err = run(capsys, "ingest", str(only_bad), "--db", str(tmp_path / "n.duckdb"), "--jobs", "1")
    assert code == 4 and "binary" in err


def test_database_in_use(store, tmp_path, capsys):
    db = tmp_path / "busy.duckdb"
    duckdb.connect(str(db)).close()
    script = "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('ok', flush=True); time.sleep(30)"
    holder = subprocess.Popen([sys.executable, "-c", script, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        code, _, err = run(capsys, "events", "--db", str(db))
        assert code == 3 and "in use by another process" in err
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()


def test_ingest_cli_exit_codes(tmp_path, capsys):
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.txt").write_text(ZARIF, encoding="utf-8")
    (good / "notes.md").write_text("# notes", encoding="utf-8")  # other files of a folder: passed over
    db = tmp_path / "c.duckdb"
    code, _, err = run(capsys, "ingest", str(good), "--db", str(db), "--jobs", "1", "--date", "2014-06-17")
    assert code == 0 and "1 coded" in err and "1 other file(s) ignored" in err
    (good / "en.txt").write_text(ENGLISH, encoding="utf-8")
    code, _, err = run(capsys, "ingest", str(good), "--db", str(db), "--jobs", "1", "--date", "2014-06-17")
    assert code == 5 and "1 skipped" in err and "not_arabic 1" in err


def test_ingest_warc_crawl(tmp_path, capsys):
    english = (b"<html><head><title>News</title></head><body><article><p>" + ENGLISH.encode() * 3
               + b"</p></article></body></html>")
    write_warc(tmp_path / "crawl.warc.gz", [
        ("https://example.org/a", "text/html; charset=utf-8", (STORE_DATA / "page.html").read_bytes()),
        ("https://example.org/en", "text/html", english),
        ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n"),
    ])
    db = tmp_path / "w.duckdb"
    code, _, err = run(capsys, "ingest", str(tmp_path / "crawl.warc.gz"), "--db", str(db), "--jobs", "1")
    assert code == 5 and "1 coded, 1 skipped" in err
    ((url, date),) = q(db, "SELECT url, date::VARCHAR FROM documents WHERE status = 'coded'")
    assert url == "https://example.org/a" and date == "2014-06-18"
    assert q(db, "SELECT count(*) FROM events")[0][0] > 0


def test_search_arabic_aware(store, capsys):
    db, _ = store
    # hamza and ta marbuta folded, clitics and the article allowed
    code, out, _ = run(capsys, "search", "--db", str(db), "داعش الموصل", "--format", "json")
    keys = {json.loads(x)["doc_key"] for x in out.splitlines()}
    assert code == 0 and len(keys) >= 3
    code, out, _ = run(capsys, "search", "--db", str(db), "ايران العراق", "--format", "json")
    hits = [json.loads(x) for x in out.splitlines()]
    assert hits and len(hits) < 11
    code, out, err = run(capsys, "search", "--db", str(db), "كلمةغيرموجودة")
    assert code == 0 and "no articles" in err


def test_exports(store, tmp_path, capsys):
    db, _ = store
    n_events = q(db, "SELECT count(*) FROM events")[0][0]
    n_clusters = q(db, "SELECT count(*) FROM clusters")[0][0]

    code, _, _ = run(capsys, "export", "--db", str(db), "--format", "plover-jsonl", "--out", str(tmp_path / "p"))
    recs = [json.loads(x) for x in (tmp_path / "p" / "events.plover.jsonl").read_text(encoding="utf-8").splitlines()]
    assert code == 0 and len(recs) == n_events
    r = next(r for r in recs if r["event"] == "CONSULT")
    for k in ("id", "date", "actor", "recipient", "event", "mode", "context", "event_loc", "event_text",
              "text_info", "cite_info"):
        assert k in r
    assert r["cameo"].startswith("04") and isinstance(r["cameo"], str)
    assert r["actor"]["country"] and r["cite_info"]["doc_key"]

    code, _, _ = run(capsys, "export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "c"))
    with open(tmp_path / "c" / "events.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert code == 0 and len(rows) == n_events and any(x["cameo"] == "040" for x in rows)

    code, _, _ = run(capsys, "export", "--db", str(db), "--format", "parquet", "--out", str(tmp_path / "q"))
    import pyarrow.parquet as pq

    t = pq.read_table(tmp_path / "q" / "events.parquet")
    assert code == 0 and t.num_rows == n_events and "040" in t.column("cameo").to_pylist()
    assert pq.read_table(tmp_path / "q" / "documents.parquet").num_rows == q(db, "SELECT count(*) FROM documents")[0][0]

    code, _, _ = run(capsys, "export", "--db", str(db), "--format", "gdelt-tsv", "--out", str(tmp_path / "g"))
    lines = (tmp_path / "g" / "events.gdelt.tsv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    assert code == 0 and len(header) == 61 and len(lines) - 1 == n_clusters
    rows = [dict(zip(header, x.split("\t"))) for x in lines[1:]]
    assert all(len(x) == 61 for x in rows)
    assert any(x["EventCode"] == "040" and x["EventRootCode"] == "04" for x in rows)
    mosul = [x for x in rows if x["EventRootCode"] == "19" and x["Actor1CountryCode"] == "IMG"
             and x["ActionGeo_FullName"] == "Mosul"]
    assert mosul and int(mosul[0]["NumArticles"]) == 2 and mosul[0]["SQLDATE"] == "20140616"
    assert mosul[0]["QuadClass"] == "4"
    mentions = (tmp_path / "g" / "mentions.gdelt.tsv").read_text(encoding="utf-8").splitlines()
    assert len(mentions) - 1 == q(db, "SELECT count(*) FROM cluster_events")[0][0]

    code, _, _ = run(capsys, "export", "--db", str(db), "--format", "gdelt-tsv", "--actor", "IRN",
                     "--out", str(tmp_path / "g2"))
    sub = (tmp_path / "g2" / "events.gdelt.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert code == 0 and 0 < len(sub) < len(rows)
    assert all("IRN" in (x.split("\t")[7], x.split("\t")[17]) for x in sub)
    code, _, err = run(capsys, "export", "--db", str(db), "--format", "parquet", "--actor", "IRN",
                       "--out", str(tmp_path / "q2"))
    assert code == 2 and "whole tables" in err

    with pytest.raises(SystemExit) as exc:
        main(["export", "--db", str(db), "--format", "xml", "--out", str(tmp_path / "x")])
    assert exc.value.code == 2 and "invalid choice" in capsys.readouterr().err


# -- feeds at URLs (a loopback HTTP server: no internet) -----------------------------------------
LINKED_PAGE = ("<html><head><title>ظريف في بغداد</title>"
               "<meta property='article:published_time' content='2014-06-17T09:00:00Z'></head>"
               "<body><nav>الرئيسية | العالم</nav><article><p>" + ZARIF + "</p><p>"
               "وأضاف البيان أن الجانبين اتفقا على تشكيل لجنة مشتركة لمراقبة الحدود.</p></article></body></html>")


def _rss(items: list[str]) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>موجز الاختبار</title>'
            '<link>http://127.0.0.1/</link><description>d</description>' + "".join(items) + "</channel></rss>")


@pytest.fixture(scope="module")
def http_site():
    """A local web site: a feed whose first entry has only a summary (its article is a linked page),
    whose second carries its full text, and whose third links to a page that is gone; plus an HTML
    page that is no feed, a feed that answers too slowly, and a 404."""
    import http.server
    import threading

    def routes(base: str) -> dict[str, tuple[int, str, bytes, float]]:
        feed = _rss([
            f"<item><title>ظريف في بغداد</title><link>{base}/a1.html</link><guid>g1</guid>"
            "<pubDate>Tue, 17 Jun 2014 08:00:00 GMT</pubDate><description>ملخص قصير فقط</description></item>",
            f"<item><title>اتهام</title><link>{base}/a2.html</link><guid>g2</guid>"
            "<pubDate>Wed, 18 Jun 2014 08:00:00 GMT</pubDate>"
            f"<content:encoded><![CDATA[<p>{ACCUSE}</p>]]></content:encoded></item>",
            f"<item><title>محذوف</title><link>{base}/gone.html</link><guid>g3</guid>"
            "<description>ملخص خبر محذوف</description></item>",
        ])
        return {"/feed.xml": (200, "application/rss+xml; charset=utf-8", feed.encode(), 0),
                "/a1.html": (200, "text/html; charset=utf-8", LINKED_PAGE.encode(), 0),
                "/page.html": (200, "text/html; charset=utf-8", LINKED_PAGE.encode(), 0),
                "/slow.xml": (200, "application/rss+xml", feed.encode(), 3.0)}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the stdlib's name
            status, ctype, body, delay = self.server.routes.get(self.path, (404, "text/plain", b"not found", 0))
            self.server.hits.append(self.path)
            time.sleep(delay)
            try:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout test)

        def log_message(self, *args):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    srv.routes, srv.hits = routes(base), []
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield base, srv
    srv.shutdown()
    srv.server_close()


def test_ingest_feed_url_fetches_linked_articles(http_site, tmp_path, capsys):
    base, srv = http_site
    db = tmp_path / "feed.duckdb"
    code, _, err = run(capsys, "ingest", f"{base}/feed.xml", "--db", str(db), "--jobs", "1")
    assert code == 5, err                                     # the third entry's page is gone: reported
    assert "gone.html" in err and "HTTP 404" in err and "2 coded" in err
    docs = dict(q(db, "SELECT url, text FROM documents ORDER BY url"))
    assert set(docs) == {f"{base}/a1.html", f"{base}/a2.html"}
    assert ZARIF in docs[f"{base}/a1.html"] and "لجنة مشتركة" in docs[f"{base}/a1.html"]  # the page, not the summary
    assert "ملخص" not in "".join(docs.values()) and "الرئيسية" not in docs[f"{base}/a1.html"]
    assert ACCUSE in docs[f"{base}/a2.html"] and "/a2.html" not in srv.hits  # full content: no fetch
    assert q(db, "SELECT date::VARCHAR FROM documents WHERE url LIKE '%a1.html'")[0][0] == "2014-06-17"
    assert q(db, "SELECT count(*) FROM problems WHERE reason = 'http'")[0][0] == 1
    before = table_rows(db)
    code, _, err = run(capsys, "ingest", f"{base}/feed.xml", "--db", str(db), "--jobs", "1")
    assert code == 5 and "0 coded" in err and "2 already stored" in err
    assert table_rows(db) == before                           # a re-run adds nothing
    code, _, err = run(capsys, "ingest", f"{base}/feed.xml", "--db", str(db), "--jobs", "1", "--no-fetch-links")
    assert code == 0 and "ملخص" in "".join(r[0] for r in q(db, "SELECT text FROM documents"))


def test_ingest_url_errors(http_site, tmp_path, capsys):
    import socket

    base, _ = http_site
    db = str(tmp_path / "e.duckdb")
    code, _, err = run(capsys, "ingest", f"{base}/page.html", "--db", db, "--jobs", "1")
    assert code == 4 and "not an RSS/Atom feed (got text/html)" in err
    code, _, err = run(capsys, "ingest", f"{base}/nothing.xml", "--db", db, "--jobs", "1")
    assert code == 3 and "HTTP 404" in err
    t = time.monotonic()
    code, _, err = run(capsys, "ingest", f"{base}/slow.xml", "--db", db, "--jobs", "1", "--timeout", "0.5")
    assert code == 3 and "within 0.5 s" in err and time.monotonic() - t < 2.5
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code, _, err = run(capsys, "ingest", f"http://127.0.0.1:{port}/rss.xml", "--db", db, "--jobs", "1")
    assert code == 3 and "cannot connect" in err and "Traceback" not in err
    code, _, err = run(capsys, "ingest", "http://[::1/rss.xml", "--db", db, "--jobs", "1")
    assert code == 3 and "not a valid URL" in err
    code, _, err = run(capsys, "ingest", f"http://127.0.0.1:{port}/rss.xml", f"{base}/feed.xml", "--db", db,
                       "--jobs", "1")
    assert code == 5 and "2 coded" in err                     # one feed down, the other read
    code, _, err = run(capsys, "ingest", f"{base}/feed.xml", "--db", db, "--timeout", "0")
    assert code == 2 and "--timeout" in err
    assert q(Path(db), "SELECT count(*) FROM documents")[0][0] == 2


# -- incremental clustering ---------------------------------------------------------------------------
TIKRIT = ("هاجم مسلحو تنظيم داعش مدينة تكريت يوم الإثنين، وقتلوا أربعة جنود من الجيش العراقي بحسب مصادر "
          "أمنية.")
PLACELESS = "هاجم مسلحو تنظيم داعش مواقع الجيش العراقي يوم الإثنين، بحسب مصادر أمنية."


def _jsonl(path: Path, docs: list[dict]) -> str:
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in docs), encoding="utf-8")
    return str(path)


def _cluster_tables(db: Path) -> dict:
    return {t: v for t, v in table_rows(db).items() if t in ("clusters", "cluster_events", "near_duplicates")}


def _rebuilt(db: Path, tmp_path: Path) -> dict:
    """The cluster tables of a copy of ``db`` rebuilt from scratch (``build_clusters`` over all events)."""
    import shutil

    from hadath.store.clusters import build_clusters
    from hadath.store.dedup import link_near_duplicates

    copy = tmp_path / f"rebuilt-{db.name}"
    shutil.copy(db, copy)
    con = dbm.connect(copy)
    link_near_duplicates(con)
    build_clusters(con)
    con.close()
    return _cluster_tables(copy)


def test_incremental_clusters_equal_a_full_rebuild(tmp_path):
    first = _jsonl(tmp_path / "1.jsonl", [
        {"id": "a", "text": MOSUL, "date": "2014-06-17", "source": "أ"},
        {"id": "c", "text": TIKRIT, "date": "2014-06-17", "source": "ج"},
        {"id": "z", "text": ZARIF, "date": "2014-06-17", "source": "ز"}])
    second = _jsonl(tmp_path / "2.jsonl", [
        {"id": "d", "text": PLACELESS, "date": "2014-06-17", "source": "د"},          # joins a same-day cluster
        {"id": "copy", "text": MOSUL_COPY, "date": "2014-06-16", "source": "م"},     # earlier wire copy of a
        {"id": "u", "text": ACCUSE, "date": "2014-06-18", "source": "و"}])           # a key of its own
    db = tmp_path / "inc.duckdb"
    ingest([first], str(db))
    zarif_key = q(db, "SELECT DISTINCT plover, source_country, target_country FROM events e JOIN origins o "
                      "USING (doc_key) WHERE o.ext_id = 'z' AND e.event_date IS NOT NULL")
    st = ingest([second], str(db))
    assert st.coded == 3
    touched = q(db, "SELECT DISTINCT plover, source_country, target_country FROM events e JOIN origins o "
                    "USING (doc_key) WHERE o.ext_id IN ('d', 'copy', 'u', 'a')")  # a: now a copy of 'copy'
    all_keys = q(db, "SELECT count(DISTINCT (plover, source_country, target_country)) FROM events")[0][0]
    assert zarif_key and not set(zarif_key) & set(touched)
    assert st.cluster_keys == len(touched) < all_keys            # only the keys of the new events
    assert q(db, "SELECT count(*) FROM cluster_dirty")[0][0] == 0
    got = _cluster_tables(db)
    assert got == _rebuilt(db, tmp_path)                          # the same as clustering everything again
    together = tmp_path / "together.duckdb"
    ingest([first, second], str(together))
    assert _cluster_tables(together) == got                       # and as one ingest of both
    mosul = q(db, "SELECT num_articles, num_mentions, num_sources FROM clusters WHERE plover = 'ASSAULT' AND "
                  "source_country = 'IMG' AND place_name = 'Mosul'")
    assert len(mosul) == 1 and mosul[0][0] == 1 and mosul[0][2] == 2 and mosul[0][1] >= 2  # a + its copy:
    # one article (the copy is linked to it), two sources, every mention kept


def test_clusters_catch_up_after_a_run_that_did_not_cluster(tmp_path):
    """Keys made dirty by committed batches survive a run that stops before clustering (killed, or
    --no-link); the next run clusters them."""
    src = _jsonl(tmp_path / "1.jsonl", [{"id": "a", "text": MOSUL, "date": "2014-06-17"},
                                        {"id": "z", "text": ZARIF, "date": "2014-06-17"}])
    db = tmp_path / "late.duckdb"
    ingest([src], str(db), IngestOptions(link=False))
    assert q(db, "SELECT count(*) FROM clusters")[0][0] == 0
    assert q(db, "SELECT count(*) FROM cluster_dirty")[0][0] > 0
    st = ingest([src], str(db))
    assert st.coded == 0 and st.clusters > 0
    assert _cluster_tables(db) == _rebuilt(db, tmp_path)


# -- compaction -------------------------------------------------------------------------------------
def test_compact_gives_back_space_and_keeps_every_row(corpus, tmp_path, monkeypatch, capsys):
    db = tmp_path / "big.duckdb"
    ingest([str(corpus)], str(db), IngestOptions(batch_size=2))
    for i in range(3):  # re-code the corpus three times: every row deleted and written again
        monkeypatch.setattr(dbm, "lexicon_version", lambda dirs=(), i=i: f"lexicon-{i}")
        assert ingest([str(corpus)], str(db), IngestOptions(batch_size=2)).recoded > 0
    before_rows, before_size = table_rows(db), db.stat().st_size
    con = duckdb.connect(str(db), read_only=True)
    all_tables = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                  for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    con.close()
    code, _, err = run(capsys, "compact", "--db", str(db))
    assert code == 0 and "all kept" in err, err
    assert db.stat().st_size < before_size
    assert table_rows(db) == before_rows
    con = duckdb.connect(str(db), read_only=True)
    assert {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for (t,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()} == all_tables
    con.close()
    assert not list(tmp_path.glob("*.compact-tmp*"))
    code, _, err = run(capsys, "compact", "--db", str(tmp_path / "none.duckdb"))
    assert code == 3 and "no such database" in err


# -- re-coding: what coded a document ------------------------------------------------------------------
def test_coder_fingerprint_follows_the_coder_source_only(tmp_path):
    root = tmp_path / "hadath"
    for rel, body in {"pipeline.py": "A = 1\n", "stages/events.py": "RULE = 1\n", "store/db.py": "X = 1\n",
                      "serve/app.py": "Y = 1\n", "cli.py": "Z = 1\n"}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(body)
    base = dbm.coder_fingerprint(root)
    for rel in ("store/db.py", "serve/app.py", "cli.py"):       # not the coder: same fingerprint
        (root / rel).write_text("changed = True\n")
        assert dbm.coder_fingerprint(root) == base, rel
    (root / "stages" / "events.py").write_text("RULE = 2\n")    # an edited rule: another fingerprint
    edited = dbm.coder_fingerprint(root)
    assert edited != base
    (root / "stages" / "new_stage.py").write_text("")           # a new module too
    assert dbm.coder_fingerprint(root) not in (base, edited)
    assert dbm.lexicon_version().startswith(__import__("hadath").__version__ + "+")


def test_recode_flag_codes_skipped_documents_again(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    (d / "en.txt").write_text(ENGLISH, encoding="utf-8")
    (d / "ar.txt").write_text(ZARIF, encoding="utf-8")
    db = str(tmp_path / "r.duckdb")
    code, _, err = run(capsys, "ingest", str(d), "--db", db, "--jobs", "1", "--date", "2014-06-17")
    assert code == 5 and "not_arabic 1" in err
    code, _, err = run(capsys, "ingest", str(d), "--db", db, "--jobs", "1", "--date", "2014-06-17", "--any-language")
    assert "2 already stored" in err                                   # same fingerprint: nothing to do
    code, _, err = run(capsys, "ingest", str(d), "--db", db, "--jobs", "1", "--date", "2014-06-17",
                       "--any-language", "--recode")
    assert code == 0 and "2 re-coded" in err
    assert q(Path(db), "SELECT count(*), count(*) FILTER (status = 'coded') FROM documents")[0] == (2, 2)
    assert q(Path(db), "SELECT count(*) FROM origins")[0][0] == 2      # replaced, not added


# -- vectorised MinHash and folding: the same values as the plain definitions ---------------------------
def _minhash_by_definition(text: str):
    """MinHash as defined in dedup's docstring, one shingle at a time (slow, obviously right)."""
    import re
    import zlib

    from hadath.store import dedup
    from hadath.text.normalize import TRANSLATE_TABLE

    words = re.findall(r"\w+", text.translate(TRANSLATE_TABLE))
    if len(words) < dedup.SHINGLE:
        return None
    mask = (1 << 32) - 1
    shingles = set()
    for i in range(len(words) - dedup.SHINGLE + 1):
        h = 0
        for k in range(dedup.SHINGLE):
            h = (h * int(dedup._M[k]) + zlib.crc32(words[i + k].encode())) & mask
        shingles.add(h)
    full = (1 << 64) - 1
    return [min(((int(a) * s + int(b)) & full) >> 32 for s in shingles) for a, b in zip(dedup._A, dedup._B)]


def test_minhash_many_equals_the_definition(monkeypatch):
    from hadath.store import dedup
    from hadath.text.normalize import normalize_string

    texts = [MOSUL, MOSUL_COPY, ZARIF, ENGLISH, "", "كلمة واحدة", "ثلاث كلمات فقط",
             "كِتَابٌ جَدِيدٌ\u200cفي المكتبة ـــ اليوم 😀 بـ_ي ١٢٣ ٤٥ Ａ ﻻ ﷺ 𝔘𝔫𝔦 نهاية"]
    expected = [_minhash_by_definition(t) for t in texts]
    assert expected[3] is not None and expected[4] is None and expected[5] is None
    assert dedup.minhash_many(texts) == expected
    assert [dedup.minhash(t) for t in texts] == expected
    monkeypatch.setattr(dedup, "_CHUNK_SHINGLES", 5)  # texts spread over many chunks
    assert dedup.minhash_many(texts) == expected
    assert [dedup.fold_text(t) for t in texts] == [normalize_string(t) for t in texts]


def test_a_document_hadath_fails_on_is_stored_as_failed_and_retried(tmp_path, monkeypatch, capsys):
    import hadath.pipeline

    real = hadath.pipeline.code

    def flaky(text, **kw):
        if "طهران" in text:
            raise RuntimeError("a bug")
        return real(text, **kw)

    d = tmp_path / "in"
    d.mkdir()
    for name, text in (("1.txt", MOSUL), ("2.txt", ZARIF), ("3.txt", ACCUSE)):
        (d / name).write_text(text, encoding="utf-8")
    db = tmp_path / "f.duckdb"
    monkeypatch.setattr(hadath.pipeline, "code", flaky)
    st = ingest([str(d)], str(db), IngestOptions(default_date="2014-06-17", batch_size=3))
    assert (st.coded, st.errors) == (2, 1)
    rows = dict(q(db, "SELECT origin, status || ':' || coalesce(skip_message, '') FROM documents"))
    assert rows[str(d / "2.txt")] == "error:RuntimeError: a bug"
    assert rows[str(d / "1.txt")].startswith("coded") and rows[str(d / "3.txt")].startswith("coded")
    assert q(db, "SELECT count(*) FROM events WHERE doc_key IN (SELECT doc_key FROM documents "
                 "WHERE status = 'error')")[0][0] == 0
    monkeypatch.setattr(hadath.pipeline, "code", real)      # fixed: the next run codes it, once
    st = ingest([str(d)], str(db), IngestOptions(default_date="2014-06-17"))
    assert (st.coded, st.recoded, st.errors) == (1, 1, 0)
    assert q(db, "SELECT count(*), count(*) FILTER (status = 'coded') FROM documents")[0] == (3, 3)


def test_select_events_equals_the_plain_join(store):
    """The query plan of select_events (filter, fetch by rowid, semi-joins) changes nothing in the rows."""
    import datetime as dt

    from hadath.store.queries import EVENT_COLUMNS, EventFilter, select_events

    con = duckdb.connect(str(store[0]), read_only=True)
    try:
        for flt in (EventFilter(), EventFilter(include_all=True), EventFilter(actor=["IRQ"]),
                    EventFilter(types=["ASSAULT"], since=dt.date(2014, 6, 16), until=dt.date(2014, 6, 17))):
            where, params = flt.where("e")
            plain = con.execute(f"SELECT {EVENT_COLUMNS} FROM events e JOIN documents d USING (doc_key) "
                                f"LEFT JOIN cluster_events ce USING (event_id) WHERE {where} "
                                "ORDER BY e.event_date NULLS LAST, e.doc_key, e.seq", params).fetchall()
            assert plain and select_events(con, flt)[1] == plain
            assert select_events(con, flt, 2)[1] == plain[:2]
    finally:
        con.close()


def test_a_store_written_before_location_basis_gains_the_column_and_keeps_its_events(tmp_path):
    db = tmp_path / "old.duckdb"
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "jets.txt").write_text(JETS, encoding="utf-8")
    ingest([str(tmp_path / "a")], str(db), IngestOptions())
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE events DROP COLUMN location_basis")  # the store as hadath wrote it before
    before = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    (tmp_path / "b").mkdir()
    dated = "بغداد - قتل ثلاثة جنود عراقيين وأصيب خمسة آخرون أمس عندما انفجرت عبوة ناسفة لدى مرور دوريتهم."
    (tmp_path / "b" / "baghdad.txt").write_text(dated, encoding="utf-8")
    ingest([str(tmp_path / "b")], str(db), IngestOptions())
    rows = q(db, "SELECT doc_key, place_name, location_basis FROM events")
    assert before > 0 and len(rows) > before
    assert ("Baghdad", "dateline") in {(r[1], r[2]) for r in rows}
