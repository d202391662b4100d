"""hadath on Spark (issue 6): the job in local[2] on the project's own articles, as JSONL and as
Parquet, against ``hadath ingest`` on the same records; rejects; ``hadath import``; the CLI's
error without pyspark. One SparkSession for the module (JVM start-up is the slow part)."""
from __future__ import annotations

import json
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


def _articles() -> list[dict]:
    out = []
    for p in sorted(ARTICLES.glob("*.txt")):
        date = json.loads(p.with_suffix(".expect.json").read_text(encoding="utf-8"))["date"]
        out.append({"id": p.stem, "text": p.read_text(encoding="utf-8"), "date": date, "title": None})
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("spark_corpus")
    arts = _articles()
    lines = [json.dumps(a, ensure_ascii=False).encode() for a in arts]
    lines.append(json.dumps({"id": "english", "text": ENGLISH, "date": "2019-01-01"}).encode())
    lines.append(b'{"id": "broken", "text": "\xd8\xba\xd9\x8a\xd8\xb1')          # truncated JSON
    lines.append(b'{"id": "latin1", "text": "caf\xe9 \xff"}')                     # not UTF-8
    (d / "jsonl").mkdir()
    (d / "jsonl" / "articles.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"id": a["id"], "content": a["text"], "date_extracted": a["date"]} for a in arts]
    rows += [{"id": "english", "content": ENGLISH, "date_extracted": "2019-01-01"},
             {"id": "blank", "content": "   ", "date_extracted": "2019-01-01"}]
    (d / "parquet").mkdir()
    pq.write_table(pa.Table.from_pylist(rows), d / "parquet" / "articles.parquet")
    db = d / "ingest.duckdb"
    ingest([str(d / "jsonl" / "articles.jsonl")], str(db), IngestOptions(jobs=1))
    return d, db


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

    d, _ = corpus
    res = {}
    res["jsonl"] = (run(spark, [str(d / "jsonl" / "*.jsonl")], str(d / "out_jsonl")), d / "out_jsonl")
    res["parquet"] = (run(spark, [str(d / "parquet")], str(d / "out_parquet"), fmt="parquet"), d / "out_parquet")
    return res


def _table(out: Path, t: str, cols="*", order="ALL") -> list[tuple]:
    with duckdb.connect() as con:
        return con.execute(f"SELECT {cols} FROM read_parquet('{out}/{t}/**/*.parquet', hive_partitioning = false)"
                           f" ORDER BY {order}").fetchall()


def _store(db: Path, t: str, cols="*", order="ALL") -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(f"SELECT {cols} FROM {t} ORDER BY {order}").fetchall()


@needs_spark
@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_events_equal_ingest_row_for_row(outputs, corpus, fmt):
    _, db = corpus
    stats, out = outputs[fmt]
    cols = ", ".join(CANON)
    got, want = _table(out, "events", cols), _store(db, "events", cols)
    assert len(want) > 100
    assert got == want
    # and every column, not only the projection
    assert _table(out, "events", "*", "event_id") == \
        _store(db, "events", "*", "event_id")
    assert stats["coded"] == 6 and stats["events"] == len(want)


@needs_spark
@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_child_tables_equal_ingest(outputs, corpus, fmt):
    _, db = corpus
    _, out = outputs[fmt]
    for t in ("entities", "mentions", "quotes", "places", "search_text"):
        assert _table(out, t) == _store(db, t), t
    cols = "doc_key, status, skip_reason, date, language, n_chars, n_events, text, lexicon_version, minhash"
    assert _table(out, "documents", cols) == _store(db, "documents", cols)


@needs_spark
def test_columns_are_the_store_columns(outputs, corpus):
    _, db = corpus
    _, out = outputs["jsonl"]
    with duckdb.connect(str(db), read_only=True) as con:
        for t in ("documents", "entities", "mentions", "events", "quotes", "places", "search_text"):
            store_cols = [c[0] for c in con.execute(f"SELECT * FROM {t} LIMIT 0").description]
            with duckdb.connect() as c2:
                cols = [c[0] for c in c2.execute(f"SELECT * FROM read_parquet('{out}/{t}/**/*.parquet', "
                                                  "hive_partitioning = false) LIMIT 0").description]
            assert cols == store_cols, t
    days = sorted(p.name for p in (out / "events").iterdir() if p.is_dir())
    assert "event_day=2018-08-10" in days  # partitioned by event date


@needs_spark
def test_bad_records_land_in_rejects_with_reason(outputs):
    stats, out = outputs["jsonl"]
    rejects = {(r[1], r[3]) for r in _table(out, "rejects")}
    assert ("english", "not_arabic:en") in rejects
    reasons = sorted(r for _, r in rejects)
    assert reasons == ["encoding", "json", "not_arabic:en"]
    assert stats["rejects"] == 3 and stats["skipped"] == 1
    # the refused document is stored as skipped, as `hadath ingest` does
    assert ("skipped", "not_arabic:en") in {(r[0], r[1]) for r in _table(out, "documents", "status, skip_reason")}
    stats, out = outputs["parquet"]
    assert sorted((r[1], r[3]) for r in _table(out, "rejects")) == [("blank", "no_text"), ("english", "not_arabic:en")]


@needs_spark
def test_import_loads_the_store(outputs, corpus, tmp_path):
    from hadath.cli import main

    _, db = corpus
    _, out = outputs["jsonl"]
    target = tmp_path / "imported.duckdb"
    for _ in range(2):  # importing twice changes nothing
        assert main(["import", str(out), "--db", str(target)]) == 0
        cols = ", ".join(CANON)
        assert _store(target, "events", cols) == _store(db, "events", cols)
        for t in ("documents", "entities", "mentions", "quotes", "places", "origins", "problems", "clusters"):
            assert len(_store(target, t)) == len(_store(db, t)), t
    assert _store(target, "clusters", "cluster_id") == _store(db, "clusters", "cluster_id")
    assert main(["events", "--db", str(target), "--actor", "ISR", "--format", "json"]) == 0


def test_missing_pyspark_is_a_clear_usage_error(monkeypatch, capsys):
    from hadath.cli import main

    monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark → ImportError
    assert main(["spark", "code", "--input", "x.jsonl", "--output", "out"]) == 2
    assert "pyspark is not installed" in capsys.readouterr().err


def test_module_entry_point_help():
    r = subprocess.run([sys.executable, "-m", "hadath.spark", "code", "--help"], check=False, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0 and "--master" in r.stdout
