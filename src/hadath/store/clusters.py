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
``build_clusters`` rebuilds the tables from all events; an ingest re-clusters only the (type, source,
target) keys its events touched (``update_clusters``), with the same result.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import groupby
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


def _cluster(rows: Iterable[dict]) -> tuple[list[tuple], list[tuple]]:
    """Eligible events (sorted as ``ELIGIBLE`` sorts them, key first) → cluster rows and (event_id,
    cluster_id). One key's events are held at a time (a corpus's events need not fit in memory)."""
    out: list[tuple] = []
    members: list[tuple] = []
    for _, group in groupby(rows, key=lambda r: (r["plover"], r["source_country"], r["target_country"])):
        for evs in _key_clusters(list(group)):
            out.append(_cluster_row(evs))
            members.extend((e["event_id"], out[-1][0]) for e in evs)
    return out, members


def _key_clusters(evs: list[dict]) -> list[list[dict]]:
    """The clusters of one key's events (sorted by date): greedy, each event joins the latest open
    cluster within a day of it with the same place or none."""
    clusters: list[list[dict]] = []
    open_: list[dict] = []   # {"place", "last", "events"}
    for e in evs:
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
    return clusters


def _cluster_row(evs: list[dict]) -> tuple:
    """The ``clusters`` row of one cluster's events."""
    cid = "C" + hashlib.sha1(evs[0]["event_id"].encode()).hexdigest()[:15]
    placed = next((e for e in evs if e["geonameid"] or e["place_name"]), None) or {}
    pub = [e["date"] for e in evs if e["date"]]
    srcs = {e["src"] or _host(e["url"]) or f"doc:{e['article']}" for e in evs}
    first = min(evs, key=lambda e: (e["date"] or dt.date.max, e["event_id"]))
    return (
        cid, evs[0]["plover"], _top(e["cameo"] for e in evs), evs[0]["source_country"], evs[0]["target_country"],
        placed.get("place_name"), placed.get("place_country"), placed.get("lat"), placed.get("lon"),
        placed.get("geonameid"), min(e["event_date"] for e in evs), max(e["event_date"] for e in evs),
        len(evs), len(srcs), len({e["article"] for e in evs}), min(pub) if pub else None,
        max(pub) if pub else None, sum(e["score"] or 0 for e in evs) / len(evs), evs[0]["quad_class"],
        _top(e["source_sector"] for e in evs), _top(e["target_sector"] for e in evs),
        _top(e["source_name"] for e in evs), _top(e["target_name"] for e in evs), first["url"], first["doc_key"],
    )


def _eligible(con, where: str = "") -> Iterator[dict]:
    """Eligible events as dicts, streamed from the database in ``ELIGIBLE``'s order."""
    sql = ELIGIBLE.replace("ORDER BY", f"{where}\nORDER BY", 1) if where else ELIGIBLE
    cur = con.execute(sql)
    cols = [c[0] for c in cur.description]
    while chunk := cur.fetchmany(10_000):
        yield from (dict(zip(cols, r)) for r in chunk)


def build_clusters(con) -> int:
    """Rebuild ``clusters`` and ``cluster_events`` from all events; returns the number of clusters."""
    out, members = _cluster(_eligible(con))
    with transaction(con):
        con.execute("DELETE FROM clusters")
        con.execute("DELETE FROM cluster_events")
        con.execute("DELETE FROM cluster_dirty")
        insert_rows(con, "clusters", out)
        insert_rows(con, "cluster_events", members)
    return len(out)


# -- incremental ------------------------------------------------------------------------------------
# A cluster never spans two (type, source, target) keys, and a key's clusters depend only on that key's
# events (and their documents and near-duplicate links). So after an ingest only the keys whose events
# changed are clustered again: the result is the full rebuild's, at the cost of the new events' keys.
# The keys to redo are kept in ``cluster_dirty``, written in the same transaction as the events that
# made them dirty: a run killed before its clustering step leaves them for the next run.
_SAME_KEY = ("k.plover = {e}.plover AND k.source_country IS NOT DISTINCT FROM {e}.source_country "
             "AND k.target_country IS NOT DISTINCT FROM {e}.target_country")


def mark_dirty(con, events: str, params: list | None = None) -> None:
    """Mark the keys of some events for re-clustering: ``events`` is SQL naming them as ``e``
    (``"events e WHERE e.doc_key = ?"``, or a registered Arrow table ``"_batch e"``). Call it inside
    the transaction that changes those events (before deleting them, or after inserting them)."""
    con.execute("INSERT INTO cluster_dirty SELECT DISTINCT e.plover, e.source_country, e.target_country "
                f"FROM {events}", params or [])


def update_clusters(con) -> tuple[int, int]:
    """Re-cluster the keys marked dirty (in one transaction, which also clears the marks);
    returns (keys re-clustered, clusters in the store)."""
    keys = con.execute("SELECT count(*) FROM (SELECT DISTINCT * FROM cluster_dirty)").fetchone()[0]
    if keys:
        con.execute("CREATE OR REPLACE TEMP TABLE _cluster_keys AS SELECT DISTINCT * FROM cluster_dirty")
        try:
            rows = _eligible(con, f"AND EXISTS (SELECT 1 FROM _cluster_keys k WHERE {_SAME_KEY.format(e='e')})")
            out, members = _cluster(rows)
            with transaction(con):
                con.execute("DELETE FROM cluster_events WHERE cluster_id IN (SELECT c.cluster_id FROM clusters c "
                            f"WHERE EXISTS (SELECT 1 FROM _cluster_keys k WHERE {_SAME_KEY.format(e='c')}))")
                con.execute(f"DELETE FROM clusters c WHERE EXISTS (SELECT 1 FROM _cluster_keys k "
                            f"WHERE {_SAME_KEY.format(e='c')})")
                con.execute("DELETE FROM cluster_dirty")
                insert_rows(con, "clusters", out)
                insert_rows(con, "cluster_events", members)
        finally:
            con.execute("DROP TABLE IF EXISTS _cluster_keys")
    return keys, con.execute("SELECT count(*) FROM clusters").fetchone()[0]


def refresh(con) -> tuple[int, int, int]:
    """After an ingest: near-duplicate links over all documents, then re-clustering of the keys whose
    events changed — new or re-coded events, or events of documents whose near-duplicate link
    changed (NumArticles and NumSources count a copy once). Returns (near-duplicates, keys
    re-clustered, clusters)."""
    from .db import insert_arrow, to_arrow
    from .dedup import near_duplicate_links

    links = to_arrow("near_duplicates", near_duplicate_links(con))
    con.register("_nd_new", links)
    try:
        with transaction(con):
            changed = ("(SELECT doc_key, dup_of FROM near_duplicates EXCEPT SELECT doc_key, dup_of FROM _nd_new) "
                       "UNION (SELECT doc_key, dup_of FROM _nd_new EXCEPT SELECT doc_key, dup_of FROM near_duplicates)")
            mark_dirty(con, f"events e WHERE e.doc_key IN (SELECT doc_key FROM ({changed}))")
            con.execute("DELETE FROM near_duplicates")
            insert_arrow(con, "near_duplicates", links)
    finally:
        con.unregister("_nd_new")
    keys, n = update_clusters(con)
    return links.num_rows, keys, n
