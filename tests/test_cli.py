"""The CLI's contract with users: output formats, clear errors and documented exit codes."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

ARTICLE = "قال وزير الخارجية الأمريكي إن الولايات المتحدة ستفرض عقوبات على إيران.\n"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "hadath", *args], input=stdin, capture_output=True, timeout=120)


def test_json_output_is_the_contract(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    r = run("code", str(f), "--date", "2019-05-01", "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    doc = json.loads(r.stdout)
    for key in ("id", "title", "url", "publisher", "translated_from", "date", "language", "entities", "events",
                "quotes", "places"):
        assert key in doc
    assert doc["date"] == "2019-05-01" and doc["language"] == "ar"
    sanction = [e for e in doc["events"] if e["plover"] == "SANCTION"]
    assert sanction and sanction[0]["target"]["country"] == "IRN"
    s, e = sanction[0]["span"]
    assert ARTICLE[s:e] == sanction[0]["trigger"]


def test_event_flags_are_booleans_in_json(tmp_path):
    """A toll that may rise, a toll raised and a decade's killings are background: the flag must be
    a JSON boolean (a regular-expression match once leaked into it and the JSON writer failed)."""
    f = tmp_path / "a.txt"
    f.write_text("قال المحافظ إن 12 شخصا قتلوا في انفجار السوق، وقد يرتفع عدد القتلى.\n"
                 "ارتفع عدد قتلى الانفجار إلى 20 قتيلا.\n"
                 "قتل خمسة أشخاص في هجوم على قرية في الثمانينات من القرن الماضي.\n", encoding="utf-8")
    r = run("code", str(f), "--date", "2015-07-21", "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    events = json.loads(r.stdout)["events"]
    assert any(e["background"] for e in events)
    for e in events:
        for flag in ("negated", "hypothetical", "background", "historical"):
            assert isinstance(e[flag], bool), (flag, e)


@pytest.mark.parametrize("content,needle", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (b"\x00\x01\x02binary\x00" * 50, "binary"),
    ("قال الرئيس".encode("cp1256"), "cp1256"),
    (b"This is an English news report about a meeting in Vienna.", "not Arabic"),
    ("این یک متن فارسی است که برای آزمایش نوشته شده و ایران را می‌شناسد.".encode(), "Persian"),
])
def test_bad_input_is_refused_with_exit_4(tmp_path, content, needle):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    r = run("code", str(f))
    assert r.returncode == 4
    err = r.stderr.decode()
    assert needle in err and "Traceback" not in err


def test_huge_file_is_refused_without_reading_it(tmp_path):
    f = tmp_path / "huge.txt"
    with open(f, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse 50 MB file
    r = run("code", str(f))
    assert r.returncode == 4 and b"over the" in r.stderr and b"Traceback" not in r.stderr


def test_missing_file_exit_3_and_usage_exit_2(tmp_path):
    assert run("code", str(tmp_path / "nope.txt")).returncode == 3
    assert run("code", "--format", "xml").returncode == 2


def test_batch_skips_and_reports_bad_lines(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"id": "ok1", "text": ARTICLE, "date": "2019-05-01"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "en", "text": "An English sentence only, nothing Arabic in it at all."}),
        json.dumps({"id": "notext"}),
        json.dumps({"id": "half", "text": "قتل جنود \ud800 في بغداد"}),  # an unpaired surrogate escape
        json.dumps({"id": "ok2", "text": "تظاهر آلاف المحتجين في بغداد أمس ضد الحكومة العراقية."}, ensure_ascii=False),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out, rej = tmp_path / "out.jsonl", tmp_path / "rej.jsonl"
    r = run("code", "--input", str(src), "--output", str(out), "--rejects", str(rej))
    assert r.returncode == 5
    coded = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in coded] == ["ok1", "ok2"]
    rejected = [json.loads(line) for line in rej.read_text(encoding="utf-8").splitlines()]
    assert [(x["line"], x["reason"]) for x in rejected] == [(2, "json"), (3, "not_arabic:en"), (4, "no_text"),
                                                              (5, "bad_unicode")]
    assert b"Traceback" not in r.stderr and b"in.jsonl:2" in r.stderr


_BATCH_SENTENCES = [  # written for this test: an event each, with different actors and places
    "تظاهر مئات الطلاب في عمان أمس احتجاجا على رفع الرسوم الجامعية.",
    "قصفت طائرات حربية مواقع للمسلحين قرب مدينة الموصل فجر اليوم.",
    "التقى وزير الخارجية المصري نظيره الأردني في القاهرة لبحث الأزمة.",
    "فرضت الولايات المتحدة عقوبات جديدة على شركات إيرانية.",
    "اعتقلت الشرطة التونسية خمسة أشخاص يشتبه في انتمائهم إلى خلية مسلحة.",
]


def test_batch_in_several_processes_keeps_input_order(tmp_path):
    """--jobs 3 codes in worker processes and writes exactly what --jobs 1 writes, line for line:
    the same documents in input order, bad lines reported at their place."""
    src = tmp_path / "in.jsonl"
    lines = []
    for i in range(45):  # several chunks per worker
        lines.append(json.dumps({"id": f"d{i}", "text": _BATCH_SENTENCES[i % 5] + f" وذكر المصدر الرقم {i}.",
                                 "date": f"2019-05-{1 + i % 28:02d}"}, ensure_ascii=False))
        if i in (7, 30):
            lines.append("{not json")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outs = {}
    for jobs in ("1", "3"):
        out, rej = tmp_path / f"out{jobs}.jsonl", tmp_path / f"rej{jobs}.jsonl"
        r = run("code", "--input", str(src), "--output", str(out), "--rejects", str(rej), "--jobs", jobs)
        assert r.returncode == 5 and b"Traceback" not in r.stderr, r.stderr.decode()
        outs[jobs] = (out.read_text(encoding="utf-8"), rej.read_text(encoding="utf-8"))
    assert outs["1"] == outs["3"]
    coded = [json.loads(line) for line in outs["3"][0].splitlines()]
    assert [d["id"] for d in coded] == [f"d{i}" for i in range(45)]
    assert all(d["events"] for d in coded)
    assert [json.loads(line)["line"] for line in outs["3"][1].splitlines()] == [9, 33]


def test_batch_jobs_must_be_positive(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = run("code", "--input", str(src), "--jobs", "0")
    assert r.returncode == 2 and b"--jobs" in r.stderr and b"Traceback" not in r.stderr
