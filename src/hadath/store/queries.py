"""Queries over the store: event filters (parameterised SQL only) and Arabic-aware search."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..errors import HadathError

_CODE = re.compile(r"^[A-Z]{3}$")


def in_list(column: str) -> str:
    """SQL for "``column`` is one of a list" taking the whole list as one parameter."""
    return f"{column} IN (SELECT unnest(?::VARCHAR[]))"


def dyad_conditions(actor: list[str], source: list[str], target: list[str], types: list[str],
                    alias: str = "") -> tuple[list[str], list]:
    """Conditions on the country codes and PLOVER type shared by events and clusters: ``actor``
    is either side, ``source`` and ``target`` one side each."""
    a = f"{alias}." if alias else ""
    conds: list[str] = []
    params: list = []
    if actor:
        conds.append(f"({in_list(a + 'source_country')} OR {in_list(a + 'target_country')})")
        params += [actor, actor]
    for column, values in (("source_country", source), ("target_country", target), ("plover", types)):
        if values:
            conds.append(in_list(a + column))
            params.append(values)
    return conds, params


@dataclass
class EventFilter:
    actor: list[str] = field(default_factory=list)     # source or target country
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)     # PLOVER types
    cameo: str | None = None                           # CAMEO code prefix, e.g. 19 or 190
    since: dt.date | None = None
    until: dt.date | None = None
    include_all: bool = False                          # also negated / hypothetical / background

    def where(self, alias: str = "e") -> tuple[str, list]:
        """SQL condition and its parameters: values are never spliced into the SQL text."""
        a = alias
        conds, params = dyad_conditions(self.actor, self.source, self.target, self.types, a)
        if self.cameo:
            conds.append(f"starts_with({a}.cameo, ?)")
            params.append(self.cameo)
        if self.since:
            conds.append(f"{a}.event_date >= ?")
            params.append(self.since)
        if self.until:
            conds.append(f"{a}.event_date <= ?")
            params.append(self.until)
        if not self.include_all:
            conds.append(f"NOT {a}.negated AND NOT {a}.hypothetical")
        return (" AND ".join(conds) or "TRUE"), params


def parse_codes(values: list[str] | None, what: str) -> list[str]:
    out = []
    for v in values or []:
        for c in v.split(","):
            c = c.strip().upper()
            if not c:
                continue
            if not _CODE.match(c):
                raise HadathError(f"{what} {c!r} is not a 3-letter country code (ISO 3166-1 alpha-3, IGO, IMG…)")
            out.append(c)
    return out


def parse_types(values: list[str] | None) -> list[str]:
    from ..lexicon.entries import PLOVER_SCORES

    out = []
    for v in values or []:
        for t in v.split(","):
            t = t.strip().upper()
            if not t:
                continue
            if t not in PLOVER_SCORES:
                raise HadathError(f"event type {t!r} is not a PLOVER type ({', '.join(sorted(PLOVER_SCORES))})")
            out.append(t)
    return out


def parse_day(value: str | None, what: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise HadathError(f"{what} {value!r} is not a date YYYY-MM-DD") from None


EVENT_COLUMNS = """e.event_id, e.event_date, e.date, e.date_precision, e.plover, e.mode, e.cameo,
    e.source_country, e.source_sector, e.source_name, e.source_text, e.target_country, e.target_sector,
    e.target_name, e.target_text, e.trigger, e.place_name, e.place_country, e.lat, e.lon, e.geonameid,
    e.negated, e.hypothetical, e.background, e.score, e.quad_class, ce.cluster_id, e.sentence,
    e.start_char, e.end_char, e.doc_key, d.title, d.url, coalesce(d.source, d.publisher) AS publication,
    d.date AS published"""


# the events columns the listing needs (not the VARCHAR[] ones)
_EVENT_FIELDS = ", ".join(sorted(set(re.findall(r"\be\.(\w+)", EVENT_COLUMNS)) | {"seq"}))


def select_events(con, flt: EventFilter, limit: int | None = None):
    """Events matching ``flt`` with their document and cluster, in date order.

    The filter runs on the filter columns alone and the matching rows are then fetched by rowid
    (scanning ``sentence`` alongside the filter cost 27 ms on the 31,030 SaudiNewsNet articles);
    only their documents and cluster memberships are looked up (semi-joins: a plain join builds a
    hash table of every document and membership in the store, 85 ms for ``cluster_events``)."""
    where, params = flt.where("e")
    order = "ORDER BY e.event_date NULLS LAST, e.doc_key, e.seq"
    first = ""
    if limit:  # the first N by the filter and sort columns alone; then only those rows are fetched
        first, params = f" {order} LIMIT ?", params + [int(limit)]
    sql = (f"WITH e AS (SELECT {_EVENT_FIELDS} FROM events WHERE rowid IN "
           f"(SELECT rowid FROM events e WHERE {where}{first})), "
           "ce AS (SELECT event_id, cluster_id FROM cluster_events WHERE event_id IN (SELECT event_id FROM e)), "
           "d AS (SELECT doc_key, title, url, source, publisher, date FROM documents "
           "WHERE doc_key IN (SELECT doc_key FROM e)) "
           f"SELECT {EVENT_COLUMNS} FROM e JOIN d USING (doc_key) LEFT JOIN ce USING (event_id) {order}")
    cur = con.execute(sql, params)
    return [c[0] for c in cur.description], cur.fetchall()


def search(con, query: str, limit: int = 20):
    """Documents containing every word of the query, matched on hadath's normalised text (stored at
    ingest in ``search_text``: hamza, alef and ya variants, ta marbuta, diacritics and tatweel folded);
    the article ال, the clitics و ف ب ل ك and up to three suffix letters are allowed around each word."""
    from ..text.normalize import normalize_string

    words = [w for w in re.findall(r"\w+", normalize_string(query)) if w]
    if not words:
        raise HadathError("search: give at least one word")
    conds, params = [], []
    for w in words:
        core = w[2:] if w.startswith("ال") and len(w) > 3 else w
        conds.append("regexp_matches(s.norm, ?)")
        params.append(r"(^|[^\pL\pN])([وفبلك]?(ال)?|لل)" + _re2_escape(core) + r"[\pL\pN]{0,3}($|[^\pL\pN])")
    sql = ("SELECT d.doc_key, d.date, d.title, d.url, d.origin FROM documents d JOIN search_text s USING (doc_key) "
           f"WHERE {' AND '.join(conds)} "
           "ORDER BY d.date NULLS LAST, d.doc_key LIMIT ?")
    cur = con.execute(sql, params + [int(limit)])
    return [c[0] for c in cur.description], cur.fetchall()


def _re2_escape(w: str) -> str:
    return "".join(c if c.isalnum() else "\\" + c for c in w)
