"""hadath on Spark (issue 6): the job in local[2] on the project's own articles — as JSONL, as Parquet
and as WARC — against ``hadath ingest`` on the same records: events row for row, the other tables,
near-duplicates and event clusters; rejects (bad lines, a truncated WARC); ``hadath import``; the
Spark near-duplicate and cluster aggregations against the store's functions on synthetic data; the
CLI's error without pyspark. One SparkSession for the module (JVM start-up is the slow part)."""
from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from hadath.store.ingest import IngestOptions, ingest

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles"

try:
    import pyspark  # noqa: F401
    _NO_SPARK = None
except ImportError:
    _NO_SPARK = "pyspark is not installed (pip install -e '.[spark]')"
if _NO_SPARK is None and not shutil.which("java"):
    _NO_SPARK = "Java is not installed (Spark needs Java 17 on PATH)"
needs_spark = pytest.mark.skipif(_NO_SPARK is not None, reason=_NO_SPARK or "")

# canonical projection of an event: document, sequence, type, trigger span, countries, dates
CANON = ("doc_key", "seq", "plover", "trigger", "start_char", "end_char", "source_country", "target_country",
         "date", "event_date")
ENGLISH = "This short text is written in English, so hadath must refuse it as not Arabic at all."
WIRE_HEAD = "(وكالة أنباء المثال) – "
WIRE_FOOT = "\nانتهى الخبر، وتابعوا التفاصيل لاحقاً على موقعنا."
# short reports written for this test: the same meeting told by three sites over two days
MEETING = [
    ("site-a", "2019-03-11", ("استقبل الرئيس العراقي في بغداد أمس وزير الخارجية الإيراني وبحث معه العلاقات "
                              "الثنائية بين البلدين وسبل تعزيز التعاون الاقتصادي.")),
    ("site-b", "2019-03-11", ("التقى وزير الخارجية الإيراني أمس في بغداد الرئيس العراقي، وناقش الجانبان "
                              "التعاون التجاري وأمن الحدود المشتركة.")),
    ("site-c", "2019-03-12", ("قال مسؤول عراقي إن الرئيس العراقي استقبل أول أمس في بغداد وزير الخارجية "
                              "الإيراني، وإن اللقاء تناول ملف المياه والتجارة.")),
]


def _articles() -> list[dict]:
    """The project's test articles, wire copies of two of them, a re-post a day later, short reports."""
    out = []
    for p in sorted(ARTICLES.glob("*.txt")):
        date = json.loads(p.with_suffix(".expect.json").read_text(encoding="utf-8"))["date"]
        out.append({"id": p.stem, "text": p.read_text(encoding="utf-8"), "date": date, "source": f"paper-{p.stem}"})
    by_id = {a["id"]: a for a in out}
    for stem in ("gulf", "iraq"):
        a = by_id[stem]
        out.append({"id": f"{stem}-wire", "text": WIRE_HEAD + a["text"] + WIRE_FOOT, "date": a["date"],
                    "source": "wire"})
    g = by_id["gaza"]
    later = (dt.date.fromisoformat(g["date"]) + dt.timedelta(days=1)).isoformat()
    out.append({"id": "gaza-repost", "text": g["text"].replace("\n\n", "\n\n" + "نشر هذا التقرير أولاً في صحيفة أخرى.\n\n", 1),
                "date": later, "source": "aggregator"})
    out += [{"id": f"meeting-{s}", "text": t, "date": d, "source": s} for s, d, t in MEETING]
    return out


def _html(a: dict) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in a["text"].split("\n") if p.strip())
    return (f'<html><head><meta charset="utf-8"><title>{a["id"]}</title>'
            f'<meta property="og:site_name" content="{a["source"]}">'
            f'<meta property="article:published_time" content="{a["date"]}T08:00:00Z"></head>'
            f"<body><nav>الرئيسية | أخبار</nav><article>{paras}</article></body></html>").encode()


def _write_corpus(d: Path) -> list[dict]:
    from test_store import write_warc

    arts = _articles()
    lines = [json.dumps(a, ensure_ascii=False).encode() for a in arts]
    lines.append(json.dumps({"id": "english", "text": ENGLISH, "date": "2019-01-01"}).encode())
    lines.append(b'{"id": "broken", "text": "\xd8\xba\xd9\x8a\xd8\xb1')          # truncated JSON
    lines.append(b'{"id": "latin1", "text": "caf\xe9 \xff"}')                     # not UTF-8
    (d / "jsonl").mkdir()
    (d / "jsonl" / "articles.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"id": a["id"], "content": a["text"], "date_extracted": a["date"], "source": a["source"]} for a in arts]
    rows += [{"id": "english", "content": ENGLISH, "date_extracted": "2019-01-01", "source": None},
             {"id": "blank", "content": "   ", "date_extracted": "2019-01-01", "source": None}]
    (d / "parquet").mkdir()
    pq.write_table(pa.Table.from_pylist(rows), d / "parquet" / "articles.parquet")
    (d / "warc").mkdir()
    pages = [(f"https://news.example/{a['id']}", "text/html; charset=utf-8", _html(a)) for a in arts]
    write_warc(d / "warc" / "crawl-1.warc.gz", pages[: len(pages) // 2])
    write_warc(d / "warc" / "crawl-2.warc.gz", pages[len(pages) // 2:] + [
        ("https://news.example/robots.txt", "text/plain", b"User-agent: *")])
    one = d / "one.warc.gz"  # a truncated file: one whole member, then half of the next one
    write_warc(one, [("https://news.example/cut-1", "text/html; charset=utf-8", _html(MEETING_EXTRA[0])),
                     ("https://news.example/cut-2", "text/html; charset=utf-8", _html(MEETING_EXTRA[1]))])
    data = one.read_bytes()
    (d / "warc" / "crawl-3-cut.warc.gz").write_bytes(data[: len(data) - 150])
    one.unlink()
    return arts


MEETING_EXTRA = [
    {"id": "cut-1", "source": "site-d", "date": "2019-03-12",
     "text": "أعلنت الحكومة العراقية أن الرئيس العراقي استقبل وزير الخارجية الإيراني في بغداد أمس."},
    {"id": "cut-2", "source": "site-e", "date": "2019-03-13",
     "text": "هذا الخبر مقطوع في منتصفه ولن يصل كاملاً إلى القارئ لأن الملف انتهى قبل نهايته بكثير من البايتات."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("spark_corpus")
    _write_corpus(d)
    db, wdb = d / "ingest.duckdb", d / "ingest-warc.duckdb"
    ingest([str(d / "jsonl" / "articles.jsonl")], str(db), IngestOptions(jobs=1))
    ingest([str(d / "warc")], str(wdb), IngestOptions(jobs=1))
    return d, db, wdb


@pytest.fixture(scope="module")
def spark():
    if _NO_SPARK:
        pytest.skip(_NO_SPARK)
    from hadath.spark.job import session

    s = session("local[2]", app="hadath-tests", shuffle_partitions=2)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def outputs(spark, corpus):
    from hadath.spark.job import run

    d, db, wdb = corpus
    return {
        "jsonl": (run(spark, [str(d / "jsonl" / "*.jsonl")], str(d / "out_jsonl")), d / "out_jsonl", db),
        "parquet": (run(spark, [str(d / "parquet")], str(d / "out_parquet"), fmt="parquet"), d / "out_parquet", db),
        "warc": (run(spark, [str(d / "warc" / "*.warc.gz")], str(d / "out_warc")), d / "out_warc", wdb),
    }


def _table(out: Path, t: str, cols="*", order="ALL") -> list[tuple]:
    with duckdb.connect() as con:
        return con.execute(f"SELECT {cols} FROM read_parquet('{out}/{t}/**/*.parquet', hive_partitioning = false)"
                           f" ORDER BY {order}").fetchall()


def _store(db: Path, t: str, cols="*", order="ALL") -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(f"SELECT {cols} FROM {t} ORDER BY {order}").fetchall()


FORMATS = ["jsonl", "parquet", "warc"]


@needs_spark
@pytest.mark.parametrize("fmt", FORMATS)
def test_events_equal_ingest_row_for_row(outputs, fmt):
    stats, out, db = outputs[fmt]
    cols = ", ".join(CANON)
    got, want = _table(out, "events", cols), _store(db, "events", cols)
    assert len(want) > 100
    assert got == want
    # and every column, not only the projection
    assert _table(out, "events", "*", "event_id") == _store(db, "events", "*", "event_id")
    with duckdb.connect(str(db), read_only=True) as con:
        coded = con.execute("SELECT count(*) FROM documents WHERE status = 'coded'").fetchone()[0]
    assert stats["coded"] == coded >= 12 and stats["events"] == len(want)


@needs_spark
@pytest.mark.parametrize("fmt", FORMATS)
def test_child_tables_equal_ingest(outputs, fmt):
    _, out, db = outputs[fmt]
    for t in ("entities", "mentions", "quotes", "places", "search_text"):
        assert _table(out, t) == _store(db, t), t
    cols = "doc_key, status, skip_reason, date, language, n_chars, n_events, text, lexicon_version, minhash"
    assert _table(out, "documents", cols) == _store(db, "documents", cols)


@needs_spark
@pytest.mark.parametrize("fmt", FORMATS)
def test_duplicates_and_clusters_equal_the_store(outputs, fmt):
    stats, out, db = outputs[fmt]
    dups = _table(out, "near_duplicates")
    assert dups == _store(db, "near_duplicates")
    assert len(dups) >= 3  # the two wire copies and the re-post
    assert _table(out, "clusters") == _store(db, "clusters")
    assert _table(out, "cluster_events") == _store(db, "cluster_events")
    multi = _store(db, "clusters", "num_articles, num_sources, num_mentions", "1")
    assert any(a >= 2 and s >= 2 for a, s, _ in multi)        # one event reported by several sites
    assert any(m > a for a, _, m in multi)                      # copies: mentions counted, articles once
    assert stats["near_duplicates"] == len(dups) and stats["clusters"] == len(multi)


@needs_spark
def test_columns_are_the_store_columns(outputs):
    _, out, db = outputs["jsonl"]
    from hadath.spark.schema import DERIVED, TABLES

    with duckdb.connect(str(db), read_only=True) as con:
        for t in (*TABLES, *DERIVED):
            store_cols = [c[0] for c in con.execute(f"SELECT * FROM {t} LIMIT 0").description]
            with duckdb.connect() as c2:
                cols = [c[0] for c in c2.execute(f"SELECT * FROM read_parquet('{out}/{t}/**/*.parquet', "
                                                  "hive_partitioning = false) LIMIT 0").description]
            assert cols == store_cols, t
    days = sorted(p.name for p in (out / "events").iterdir() if p.is_dir())
    assert "event_day=2018-08-10" in days  # partitioned by event date


@needs_spark
def test_bad_records_land_in_rejects_with_reason(outputs):
    stats, out, _ = outputs["jsonl"]
    rejects = {(r[1], r[3]) for r in _table(out, "rejects")}
    assert ("english", "not_arabic:en") in rejects
    reasons = sorted(r for _, r in rejects)
    assert reasons == ["encoding", "json", "not_arabic:en"]
    assert stats["rejects"] == 3 and stats["skipped"] == 1
    # the refused document is stored as skipped, as `hadath ingest` does
    assert ("skipped", "not_arabic:en") in {(r[0], r[1]) for r in _table(out, "documents", "status, skip_reason")}
    stats, out, _ = outputs["parquet"]
    assert sorted((r[1], r[3]) for r in _table(out, "rejects")) == [("blank", "no_text"), ("english", "not_arabic:en")]


@needs_spark
def test_truncated_warc_is_a_reject_and_the_records_before_it_are_coded(outputs):
    stats, out, wdb = outputs["warc"]
    rejects = _table(out, "rejects", "origin, reason, message")
    assert [r[1] for r in rejects] == ["truncated"] and stats["rejects"] == 1
    assert "crawl-3-cut.warc.gz#https://news.example/cut-2" in rejects[0][0] and "truncated" in rejects[0][2]
    urls = {r[0] for r in _table(out, "documents", "url")}
    assert "https://news.example/cut-1" in urls and "https://news.example/cut-2" not in urls
    assert "https://news.example/robots.txt" not in urls                    # not HTML: not an article
    assert [r[1] for r in _store(wdb, "problems")] == ["truncated"]          # ingest says the same


@needs_spark
def test_import_loads_sparks_clusters(outputs, tmp_path):
    from hadath.cli import main

    _, out, db = outputs["jsonl"]
    target = tmp_path / "imported.duckdb"
    for _ in range(2):  # importing twice changes nothing
        assert main(["import", str(out), "--db", str(target)]) == 0
        cols = ", ".join(CANON)
        assert _store(target, "events", cols) == _store(db, "events", cols)
        for t in ("documents", "entities", "mentions", "quotes", "places", "origins", "problems"):
            assert len(_store(target, t)) == len(_store(db, t)), t
        for t in ("near_duplicates", "clusters", "cluster_events"):
            assert _store(target, t) == _store(db, t), t
    assert main(["events", "--db", str(target), "--actor", "ISR", "--format", "json"]) == 0


@needs_spark
def test_import_into_a_store_with_other_documents_rebuilds_clusters(outputs, corpus, tmp_path):
    from hadath.spark.importer import import_output

    d, _, _ = corpus
    extra = tmp_path / "extra.jsonl"  # an article that is not in the Spark output
    extra.write_text(json.dumps(MEETING_EXTRA[0], ensure_ascii=False) + "\n", encoding="utf-8")
    target, want = tmp_path / "merged.duckdb", tmp_path / "want.duckdb"
    ingest([str(extra)], str(target), IngestOptions(jobs=1))
    counts = import_output(outputs["jsonl"][1], target)
    assert counts["clusters_from"] == "rebuilt"
    ingest([str(extra), str(d / "jsonl" / "articles.jsonl")], str(want), IngestOptions(jobs=1))
    # the clusters span both: as if everything had been ingested together
    assert _store(target, "clusters") == _store(want, "clusters")
    assert _store(target, "near_duplicates") == _store(want, "near_duplicates")
    assert _store(target, "clusters") != _table(outputs["jsonl"][1], "clusters")  # not the job's own clusters


# -- the aggregations alone, against the store's functions, on synthetic data --------------------------
def _store_con():
    from hadath.store import db as dbm

    con = duckdb.connect()
    con.execute(dbm.SCHEMA)
    return con


@needs_spark
def test_near_duplicate_links_equal_the_store_on_chains_and_ties(spark):
    """Signatures built to collide in different bands, with shared dates and chains of copies."""
    from hadath.spark.dedup import near_duplicates
    from hadath.store.dedup import NUM_PERM, link_near_duplicates

    rng = random.Random(7)
    bases = [[rng.randrange(1 << 32) for _ in range(NUM_PERM)] for _ in range(12)]
    docs = []
    for i in range(240):
        sig = list(rng.choice(bases))
        for j in rng.sample(range(NUM_PERM), rng.choice([0, 2, 5, 9, 14, 20, 40])):  # some copies, some not
            sig[j] = rng.randrange(1 << 32)
        date = None if i % 11 == 0 else dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(6))
        docs.append((f"{rng.randrange(1 << 64):016x}", date, sig))
    con = _store_con()
    con.executemany("INSERT INTO documents (doc_key, date, minhash) VALUES (?, ?, ?)", docs)
    n = link_near_duplicates(con)
    want = sorted(con.execute("SELECT * FROM near_duplicates").fetchall())
    df = spark.createDataFrame(docs, "doc_key string, date date, minhash array<bigint>")
    got = sorted(tuple(r) for r in near_duplicates(df).collect())
    assert n > 50 and len({w[1] for w in want}) > 5
    assert got == want


@needs_spark
def test_clusters_equal_the_store_across_partitions(spark):
    """Random factual and non-factual events over a few keys, days and places, in 3 partitions."""
    from hadath.spark import schema as sc
    from hadath.spark.clusters import event_clusters
    from hadath.store.clusters import build_clusters

    rng = random.Random(11)
    names = [n for n, _ in sc.TABLES["events"]]
    docs, events = [], []
    for k in range(60):
        key = f"doc{k:03d}"
        docs.append((key, rng.choice(["s1", "s2", None]), rng.choice(["p1", None]),
                     rng.choice(["https://a.example/x", "https://b.example/y", None]),
                     dt.date(2021, 5, 1) + dt.timedelta(days=rng.randrange(8))))
        for s in range(1, rng.randrange(2, 9)):
            ev = dict.fromkeys(names)
            place = rng.choice([None, ("Baghdad", 98182), ("Basra", 99532)])
            ev.update(event_id=f"{key}-ev{s}", doc_key=key, seq=s, plover=rng.choice(["CONSULT", "ASSAULT"]),
                      cameo=rng.choice(["040", "042", "190"]), source_country=rng.choice(["IRN", "IRQ", None]),
                      target_country=rng.choice(["IRQ", None]), source_sector=rng.choice(["GOV", None]),
                      event_date=dt.date(2021, 5, 1) + dt.timedelta(days=rng.randrange(10)),
                      date_precision=rng.choice(["day"] * 5 + ["month"]), place_name=place and place[0],
                      geonameid=place and place[1], negated=rng.random() < 0.1, hypothetical=False,
                      background=rng.random() < 0.1, score=round(rng.uniform(-10, 10), 1), quad_class="x")
            events.append(ev)
    dups = [("doc001", "doc000", 0.9), ("doc005", "doc002", 0.85)]
    con = _store_con()
    con.executemany("INSERT INTO documents (doc_key, source, publisher, url, date) VALUES (?, ?, ?, ?, ?)", docs)
    con.executemany(f"INSERT INTO events ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                    [[e[n] for n in names] for e in events])
    con.executemany("INSERT INTO near_duplicates VALUES (?, ?, ?)", dups)
    n = build_clusters(con)
    ev_df = spark.createDataFrame([[e[n] for n in names] for e in events], sc.ddl(sc.TABLES["events"]))
    doc_df = spark.createDataFrame(docs, "doc_key string, source string, publisher string, url string, date date")
    nd_df = spark.createDataFrame(dups, "doc_key string, dup_of string, similarity double")
    clusters, members = event_clusters(ev_df, doc_df, nd_df, 3)
    assert n > 20
    assert sorted(tuple(r) for r in clusters.collect()) == sorted(con.execute("SELECT * FROM clusters").fetchall())
    assert sorted(tuple(r) for r in members.collect()) == \
        sorted(con.execute("SELECT * FROM cluster_events").fetchall())


def test_missing_pyspark_is_a_clear_usage_error(monkeypatch, capsys):
    from hadath.cli import main

    monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark → ImportError
    assert main(["spark", "code", "--input", "x.jsonl", "--output", "out"]) == 2
    assert "pyspark is not installed" in capsys.readouterr().err


def test_module_entry_point_help():
    r = subprocess.run([sys.executable, "-m", "hadath.spark", "code", "--help"], check=False, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0 and "--master" in r.stdout
