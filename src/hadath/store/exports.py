"""Exports of the store.

| format | files written in ``--out DIR`` |
|---|---|
| ``plover-jsonl`` | ``events.plover.jsonl``: one PLOVER record per event (id, date, actor, recipient, event, mode, context, event_loc, event_text, text_info, cite_info, …) |
| ``csv`` | ``events.csv`` (one row per event mention) and ``clusters.csv`` |
| ``parquet`` | one ``<table>.parquet`` per store table (documents, entities, mentions, events, quotes, places, clusters, cluster_events, near_duplicates, origins, problems) |
| ``gdelt-tsv`` | ``events.gdelt.tsv``: GDELT 2.0 event-table columns, one row per event cluster, with a header row; ``mentions.gdelt.tsv``: every mention of every cluster (provenance) |

CAMEO codes are strings and keep their leading zeros (``040``, ``0874``). Country codes are
ISO 3166-1 alpha-3 (GDELT's geography columns use FIPS; ours are ISO, as everywhere in hadath).
GoldsteinScale carries the PLOVER conflict–cooperation score (-10..+10), AvgTone is empty.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

from .queries import EventFilter, select_events

FORMATS = ("plover-jsonl", "csv", "parquet", "gdelt-tsv")
QUAD = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3, "material_conflict": 4}
TABLES = ("documents", "origins", "entities", "mentions", "events", "quotes", "places", "clusters",
          "cluster_events", "near_duplicates", "problems")

GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor{i}{c}" for i in (1, 2) for c in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{g}_{c}" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo") for c in (
        "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")]
    + ["DATEADDED", "SOURCEURL"]
)
GDELT_MENTION_COLUMNS = ["GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
                         "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset",
                         "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone",
                         "EventId", "DocKey"]


def _json_default(o):
    if isinstance(o, (dt.date, dt.datetime)):
        return o.isoformat()
    return str(o)


def _actor(r: dict, side: str) -> dict | None:
    country, sector = r[f"{side}_country"], r[f"{side}_sector"]
    if not (country or sector or r[f"{side}_name"] or r[f"{side}_text"]):
        return None
    return {"code": (country or "") + (sector or "") or None, "country": country, "sector": sector,
            "name": r[f"{side}_name"], "entity_text": r[f"{side}_text"] or None}


def plover_record(r: dict) -> dict:
    loc = None
    if r["place_name"] or r["geonameid"]:
        loc = {"extracted_place": r.get("place_name_ar") or r["place_name"], "resolved_place": r["place_name"],
               "geonameid": r["geonameid"], "lat": r["lat"], "lon": r["lon"], "country_code": r["place_country"],
               "resolution": "gazetteer"}
    return {
        "id": r["event_id"], "date": r["date"], "date_precision": r["date_precision"],
        "actor": _actor(r, "source"), "recipient": _actor(r, "target"),
        "event": r["plover"], "mode": r["mode"], "context": list(r["context"] or []), "cameo": r["cameo"],
        "event_loc": loc, "event_text": r["sentence"],
        "text_info": {"sequence": r["seq"], "start": r["start_char"], "end": r["end_char"], "trigger": r["trigger"],
                      "sentence_start": r["sentence_start"], "sentence_end": r["sentence_end"]},
        "cite_info": {"url": r["url"], "title": r["title"], "publication": r["publication"],
                      "publication_date": r["published"], "language": r["language"], "doc_key": r["doc_key"]},
        "negated": r["negated"], "hypothetical": r["hypothetical"], "background": r["background"],
        "score": r["score"], "quad_class": r["quad_class"], "cluster_id": r["cluster_id"],
        "dead": None, "injured": None, "arrested": None,
    }


def _events_full(con, flt: EventFilter):
    where, params = flt.where("e")
    cur = con.execute(
        "SELECT e.*, ce.cluster_id, d.url, d.title, coalesce(d.source, d.publisher) AS publication, "
        "d.date AS published, d.language FROM events e JOIN documents d USING (doc_key) "
        f"LEFT JOIN cluster_events ce USING (event_id) WHERE {where} ORDER BY e.event_date NULLS LAST, e.doc_key, e.seq",
        params)
    cols = [c[0] for c in cur.description]
    while True:
        chunk = cur.fetchmany(5000)
        if not chunk:
            break
        for row in chunk:
            yield dict(zip(cols, row))


def export(con, fmt: str, out: Path, flt: EventFilter | None = None) -> dict[str, int]:
    """Write the export; returns {file name: rows written}."""
    flt = flt or EventFilter(include_all=True)
    out.mkdir(parents=True, exist_ok=True)
    if fmt == "plover-jsonl":
        path, n = out / "events.plover.jsonl", 0
        with open(path, "w", encoding="utf-8") as f:
            for r in _events_full(con, flt):
                f.write(json.dumps(plover_record(r), ensure_ascii=False, default=_json_default) + "\n")
                n += 1
        return {path.name: n}
    if fmt == "csv":
        cols, rows = select_events(con, flt)
        counts = {"events.csv": _write_csv(out / "events.csv", cols, rows)}
        cur = con.execute("SELECT * FROM clusters ORDER BY first_date, cluster_id")
        counts["clusters.csv"] = _write_csv(out / "clusters.csv", [c[0] for c in cur.description], cur.fetchall())
        return counts
    if fmt == "parquet":
        if flt.where("e")[0] != "TRUE":
            from ..errors import HadathError
            raise HadathError("parquet exports whole tables: the filters apply to plover-jsonl, csv and gdelt-tsv")
        counts = {}
        for t in TABLES:
            path = out / f"{t}.parquet"
            # the path is ours (DIR/<table>.parquet); COPY cannot take it as a parameter
            con.execute(f"COPY {t} TO '{str(path).replace(chr(39), chr(39) * 2)}' (FORMAT parquet)")
            counts[path.name] = con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        return counts
    if fmt == "gdelt-tsv":
        return _gdelt(con, out, flt)
    raise ValueError(fmt)


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "1" if v else "0"
    if isinstance(v, (list, tuple)):
        return ";".join(map(str, v))
    return str(v).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _write_csv(path: Path, cols, rows) -> int:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if v is None else (";".join(v) if isinstance(v, list) else v) for v in r])
    return len(rows)


def _geo(country, name, lat, lon, fid) -> list:
    if not (country or name):
        return ["0", "", "", "", "", "", "", ""]
    gtype = "1" if name is None else "4"  # 1 country, 4 world city/place (GDELT's geo types)
    return [gtype, name or country, country, "", "", lat, lon, fid]


def _gdelt(con, out: Path, flt: EventFilter) -> dict[str, int]:
    where, params = flt.where("e")
    cur = con.execute("SELECT * FROM clusters WHERE cluster_id IN (SELECT ce.cluster_id FROM cluster_events ce "
                      f"JOIN events e USING (event_id) WHERE {where}) ORDER BY first_date, cluster_id", params)
    cols = [c[0] for c in cur.description]
    clusters = [dict(zip(cols, r)) for r in cur.fetchall()]
    # GLOBALEVENTID: the cluster id as a number (stable across exports while the cluster's first
    # mention stays the same)
    ids = {c["cluster_id"]: int(c["cluster_id"][1:], 16) for c in clusters}
    today = dt.date.today().strftime("%Y%m%d") + "000000"
    path = out / "events.gdelt.tsv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(GDELT_COLUMNS) + "\n")
        for c in clusters:
            d: dt.date = c["first_date"]
            cameo = c["cameo"] or ""
            row = [ids[c["cluster_id"]], d.strftime("%Y%m%d"), d.strftime("%Y%m"), d.year,
                   f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"]
            for side in ("source", "target"):
                country, sector = c[f"{side}_country"], c[f"{side}_sector"]
                row += [(country or "") + (sector or ""), c[f"{side}_name"] or "", country or "",
                        country if country in ("IGO", "IMG", "NGO", "MNC") else "", "", "", "", sector or "", "", ""]
            row += ["1", cameo, cameo[:3], cameo[:2], QUAD.get(c["quad_class"], ""), f"{c['score']:.1f}",
                    c["num_mentions"], c["num_sources"], c["num_articles"], ""]
            row += _geo(c["source_country"], None, None, None, None)
            row += _geo(c["target_country"], None, None, None, None)
            row += _geo(c["place_country"], c["place_name"], c["lat"], c["lon"], c["geonameid"])
            row += [today, c["url"] or ""]
            f.write("\t".join(_cell(v) for v in row) + "\n")
    mpath = out / "mentions.gdelt.tsv"
    cur = con.execute(
        "SELECT ce.cluster_id, e.event_date, d.date, coalesce(d.source, d.publisher), coalesce(d.url, d.origin), "
        "e.sentence_start, e.start_char, e.end_char, d.n_chars, e.event_id, e.doc_key, e.seq "
        "FROM cluster_events ce JOIN events e USING (event_id) JOIN documents d USING (doc_key) "
        "WHERE ce.cluster_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY ce.cluster_id, e.doc_key, e.seq",
        [list(ids)])
    n = 0
    with open(mpath, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(GDELT_MENTION_COLUMNS) + "\n")
        for cid, edate, pub, src, ident, sstart, s, e, nchars, eid, key, seq in cur.fetchall():
            row = [ids[cid], edate.strftime("%Y%m%d") + "000000", (pub.strftime("%Y%m%d") + "000000") if pub else "",
                   "1", src or "", ident or "", "", "", "", s, "1", "", nchars, "", eid, key]
            f.write("\t".join(_cell(v) for v in row) + "\n")
            n += 1
    return {path.name: len(clusters), mpath.name: n}
