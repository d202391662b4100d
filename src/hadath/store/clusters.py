"""Event clusters: the same event reported by many articles, like a row of GDELT's event table.

Events are clustered when they have the same PLOVER type, the same source and target countries
(missing counts as a value of its own), dates within one day of the cluster's latest event, and
the same place or none (an event without a place joins a placed cluster; a cluster without a place
takes the first place that joins it). Only factual, day-dated events are clustered: negated,
hypothetical and background mentions, and events dated only to a week, month or year, are kept
in ``events`` but belong to no cluster.

A cluster has NumMentions (its events), NumArticles (distinct articles, near-duplicate copies
counted once), NumSources (distinct publishers: ``source``, else publisher, else URL host), first
and last seen (publication dates), the PLOVER score, and every mention in ``cluster_events``.
The tables are rebuilt from ``events`` after every ingest (seconds for tens of thousands of articles).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter, defaultdict
from urllib.parse import urlsplit

from .db import insert_rows, transaction

ELIGIBLE = """
SELECT e.event_id, e.plover, e.cameo, e.source_country, e.target_country, e.source_sector, e.target_sector,
       e.source_name, e.target_name, e.event_date, e.place_name, e.place_country, e.lat, e.lon, e.geonameid,
       e.score, e.quad_class, e.doc_key, coalesce(n.dup_of, e.doc_key) AS article,
       coalesce(d.source, d.publisher) AS src, d.url, d.date
FROM events e JOIN documents d USING (doc_key) LEFT JOIN near_duplicates n USING (doc_key)
WHERE NOT e.negated AND NOT e.hypothetical AND NOT e.background AND e.event_date IS NOT NULL
  AND e.date_precision = 'day'
ORDER BY e.plover, e.source_country NULLS FIRST, e.target_country NULLS FIRST, e.event_date, d.date NULLS LAST,
         e.event_id
"""


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


def _top(values) -> str | None:
    c = Counter(v for v in values if v)
    return c.most_common(1)[0][0] if c else None


def build_clusters(con) -> int:
    """Rebuild ``clusters`` and ``cluster_events``; returns the number of clusters."""
    cur = con.execute(ELIGIBLE)
    cols = [c[0] for c in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        groups[(r["plover"], r["source_country"], r["target_country"])].append(r)
    clusters: list[list[dict]] = []
    for evs in groups.values():
        open_: list[dict] = []   # {"place", "last", "events"}
        for e in evs:            # sorted by date
            place = e["geonameid"] or (e["place_name"] or None)
            home = None
            for c in reversed(open_):
                if (e["event_date"] - c["last"]).days > 1:
                    continue
                if c["place"] is None or place is None or c["place"] == place:
                    home = c
                    break
            if home is None:
                home = {"place": place, "last": e["event_date"], "events": []}
                open_.append(home)
                clusters.append(home["events"])
            elif home["place"] is None and place is not None:
                home["place"] = place
            home["last"] = max(home["last"], e["event_date"])
            home["events"].append(e)
            if len(open_) > 64:  # dates only grow within a group: old clusters are closed
                open_ = [c for c in open_ if (e["event_date"] - c["last"]).days <= 1]
    out, members = [], []
    for evs in clusters:
        cid = "C" + hashlib.sha1(evs[0]["event_id"].encode()).hexdigest()[:15]
        placed = next((e for e in evs if e["geonameid"] or e["place_name"]), None) or {}
        pub = [e["date"] for e in evs if e["date"]]
        srcs = {e["src"] or _host(e["url"]) or f"doc:{e['article']}" for e in evs}
        first = min(evs, key=lambda e: (e["date"] or dt.date.max, e["event_id"]))
        out.append((
            cid, evs[0]["plover"], _top(e["cameo"] for e in evs), evs[0]["source_country"], evs[0]["target_country"],
            placed.get("place_name"), placed.get("place_country"), placed.get("lat"), placed.get("lon"),
            placed.get("geonameid"), min(e["event_date"] for e in evs), max(e["event_date"] for e in evs),
            len(evs), len(srcs), len({e["article"] for e in evs}), min(pub) if pub else None,
            max(pub) if pub else None, sum(e["score"] or 0 for e in evs) / len(evs), evs[0]["quad_class"],
            _top(e["source_sector"] for e in evs), _top(e["target_sector"] for e in evs),
            _top(e["source_name"] for e in evs), _top(e["target_name"] for e in evs), first["url"], first["doc_key"],
        ))
        members.extend((e["event_id"], cid) for e in evs)
    with transaction(con):
        con.execute("DELETE FROM clusters")
        con.execute("DELETE FROM cluster_events")
        insert_rows(con, "clusters", out)
        insert_rows(con, "cluster_events", members)
    return len(out)
