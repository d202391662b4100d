"""Read endpoints over the corpus store and ``POST /api/code``.

Every query is parameterised: request values travel as DuckDB parameters, never inside the SQL
text. Column and table names that vary (ordering, group keys) come from fixed whitelists.
"""
from __future__ import annotations

import functools
from typing import Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field

from ..errors import HadathError, InputRejected
from ..store.queries import (
    EVENT_COLUMNS,
    EventFilter,
    dyad_conditions,
    parse_codes,
    parse_day,
    parse_types,
)
from .encode import dumps
from .events_index import EVENT_ORDER, LIST_COLUMNS, EventQuery, like_escape, page_body
from .writes import IngestDocument, require_key, store_documents

router = APIRouter(prefix="/api")

MAX_LIMIT = 500


class Page(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


def _cursor(request: Request):
    """A cursor of the app's DuckDB connection: one per request, safe across worker threads."""
    cur = request.app.state.con.cursor()
    try:
        yield cur
    finally:
        cur.close()


def _rows(cur, sql: str, params: list) -> list[dict[str, Any]]:
    res = cur.execute(sql, params)
    names = [c[0] for c in res.description]
    return [dict(zip(names, row)) for row in res.fetchall()]


def fast_json(fn):
    """Serialise the endpoint's result straight to JSON bytes (``encode.dumps``): FastAPI's generic
    encoder costs more than the query on a page of rows. The declared response_model still documents it."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        out = fn(*args, **kwargs)
        if isinstance(out, Response):
            return out
        return Response(dumps(out), media_type="application/json")
    return wrapper


def _bad(exc: Exception) -> HTTPException:
    return HTTPException(status_code=400, detail=str(exc))


def _page(cur, select: str, frm: str, where: str, params: list, order: str, limit: int, offset: int) -> dict:
    total = cur.execute(f"SELECT count(*) FROM {frm} WHERE {where}", params).fetchone()[0]
    items = _rows(cur, f"SELECT {select} FROM {frm} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
                  params + [limit, offset])
    return {"total": int(total), "limit": limit, "offset": offset, "items": items}


Limit = Query(50, ge=1, le=MAX_LIMIT, description=f"page size (at most {MAX_LIMIT})")
Offset = Query(0, ge=0, le=10_000_000)


def _event_filter(actor, source, target, type_, since, until, all_) -> EventFilter:
    try:
        return EventFilter(actor=parse_codes(actor, "actor"), source=parse_codes(source, "source"),
                           target=parse_codes(target, "target"), types=parse_types(type_),
                           since=parse_day(since, "since"), until=parse_day(until, "until"), include_all=all_)
    except HadathError as exc:
        raise _bad(exc) from None


# ---------------------------------------------------------------------------------------- stats
@router.get("/stats", summary="Counts of the store (documents, events, clusters, quotes, places)")
@fast_json
def stats(cur=Depends(_cursor)):
    q = {t: f"SELECT count(*) FROM {t}" for t in ("documents", "events", "clusters", "quotes", "entities")}
    out = {t: int(cur.execute(s).fetchone()[0]) for t, s in q.items()}
    span = cur.execute("SELECT min(event_date), max(event_date) FROM events").fetchone()
    out["first_event"], out["last_event"] = span[0], span[1]
    out["plover_types"] = [r[0] for r in cur.execute(
        "SELECT plover FROM events GROUP BY plover ORDER BY count(*) DESC").fetchall() if r[0]]
    return out


# ------------------------------------------------------------------------------------ documents
@router.get("/documents", response_model=Page, summary="Stored documents, newest first")
@fast_json
def documents(limit: int = Limit, offset: int = Offset, status: str | None = Query(None, pattern="^(coded|skipped|error)$"),
              since: str | None = None, until: str | None = None,
              text: str | None = Query(None, max_length=200, description="substring of the title or text"),
              cur=Depends(_cursor)):
    conds, params = ["TRUE"], []
    if status:
        conds.append("status = ?")
        params.append(status)
    try:
        s, u = parse_day(since, "since"), parse_day(until, "until")
    except HadathError as exc:
        raise _bad(exc) from None
    if s:
        conds.append("date >= ?")
        params.append(s)
    if u:
        conds.append("date <= ?")
        params.append(u)
    if text:
        conds.append("(contains(title, ?) OR contains(text, ?))")
        params += [text, text]
    return _page(cur, "doc_key, status, skip_reason, title, url, publisher, source, date, n_chars, n_events",
                 "documents", " AND ".join(conds), params, "date DESC NULLS LAST, doc_key", limit, offset)


@router.get("/documents/{doc_key}", summary="One document with its coded markup (actor, trigger and quote spans)")
@fast_json
def document(doc_key: str, cur=Depends(_cursor)):
    if len(doc_key) > 64:
        raise HTTPException(404, "no such document")
    docs = _rows(cur, "SELECT doc_key, status, skip_reason, title, url, publisher, translated_from, source, date, "
                      "language, n_events, text, hadath_version FROM documents WHERE doc_key = ?", [doc_key])
    if not docs:
        raise HTTPException(404, "no such document")
    doc = docs[0]
    ents = _rows(cur, "SELECT entity_id, kind, name_en, name_ar, country, sector, lexicon_id FROM entities "
                      "WHERE doc_key = ? ORDER BY entity_id", [doc_key])
    ments = cur.execute("SELECT entity_id, start_char, end_char FROM mentions WHERE doc_key = ? ORDER BY start_char",
                        [doc_key]).fetchall()
    by_id = {e["entity_id"]: e for e in ents}
    for e in ents:
        e["mentions"] = []
    for eid, s, t in ments:
        if eid in by_id:
            by_id[eid]["mentions"].append([s, t])
    events = _rows(cur, "SELECT event_id, seq, plover, cameo, mode, trigger, start_char, end_char, date, "
                        "source_entity, source_name, source_country, source_sector, target_entity, target_name, "
                        "target_country, target_sector, place_name, negated, hypothetical, background, score, "
                        "quad_class FROM events WHERE doc_key = ? ORDER BY seq", [doc_key])
    quotes = _rows(cur, "SELECT seq, speaker_entity, speaker_name, speaker_country, speaker_sector, text, start_char, "
                        "end_char, cue, direct FROM quotes WHERE doc_key = ? ORDER BY seq", [doc_key])
    places = _rows(cur, "SELECT seq, name_en, name_ar, country, lat, lon, geonameid, start_char, end_char FROM places "
                        "WHERE doc_key = ? ORDER BY seq", [doc_key])
    actors = {x for ev in events for x in (ev["source_entity"], ev["target_entity"]) if x} | \
             {q["speaker_entity"] for q in quotes if q["speaker_entity"]}
    spans = []
    for e in ents:
        for s, t in e["mentions"]:
            spans.append({"kind": "actor" if e["entity_id"] in actors else "entity", "start": s, "end": t,
                          "label": e["name_en"] or e["name_ar"], "country": e["country"], "sector": e["sector"],
                          "ref": e["entity_id"]})
    for ev in events:
        if ev["start_char"] is not None:
            spans.append({"kind": "trigger", "start": ev["start_char"], "end": ev["end_char"], "label": ev["plover"],
                          "ref": ev["event_id"], "quad_class": ev["quad_class"],
                          "negated": ev["negated"], "hypothetical": ev["hypothetical"]})
    for q in quotes:
        if q["start_char"] is not None:
            spans.append({"kind": "quote", "start": q["start_char"], "end": q["end_char"],
                          "label": q["speaker_name"] or "?", "ref": f"q{q['seq']}"})
    spans.sort(key=lambda s: (s["start"], -s["end"]))
    doc.update(entities=ents, events=events, quotes=quotes, places=places, spans=spans)
    return doc


# --------------------------------------------------------------------------------------- events
@router.get("/events", response_model=Page, summary="Coded events with filters (factual ones unless all=true)")
async def events(request: Request, actor: list[str] | None = Query(None, description="source or target country, e.g. IRN (repeatable)"),
                 source: list[str] | None = Query(None), target: list[str] | None = Query(None),
                 country: list[str] | None = Query(None, description="country of the event's location"),
                 type: list[str] | None = Query(None, description="PLOVER type, e.g. ASSAULT (repeatable)"),
                 since: str | None = Query(None, description="YYYY-MM-DD"), until: str | None = Query(None),
                 place: str | None = Query(None, max_length=100, description="place name (English or Arabic)"),
                 text: str | None = Query(None, max_length=200, description="in the sentence or trigger, or part of an "
                                                                           "actor's English name (any case)"),
                 doc_key: str | None = Query(None, max_length=64),
                 all: bool = Query(False, description="also negated and hypothetical events"),
                 sentence: bool = Query(False, description="include each event's sentence (larger responses)"),
                 limit: int = Limit, offset: int = Offset) -> Response:
    # async: the in-memory list answers in a fraction of a millisecond, less than a hop to the thread
    # pool costs; the store's SQL (writable server) runs in the pool
    try:
        q = EventQuery(_event_filter(actor, source, target, type, since, until, all),
                       countries=parse_codes(country, "country"), place=place, text=text, doc_key=doc_key)
    except HadathError as exc:
        raise _bad(exc) from None
    index = request.app.state.events_index
    if index is not None:
        body = index.page(q, limit, offset, sentence)
    else:
        body = await run_in_threadpool(_events_from_store, request.app.state.con, q, sentence, limit, offset)
    return Response(body, media_type="application/json")


def _events_from_store(con, q: EventQuery, sentence: bool, limit: int, offset: int) -> bytes:
    where, params = q.where("e")
    cols = EVENT_COLUMNS if sentence else LIST_COLUMNS
    cur = con.cursor()
    try:
        total = cur.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]
        items = _rows(cur, f"SELECT {cols} FROM events e JOIN documents d USING (doc_key) "
                           f"LEFT JOIN cluster_events ce USING (event_id) WHERE {where} ORDER BY {EVENT_ORDER} "
                           "LIMIT ? OFFSET ?", params + [limit, offset]) if total > offset else []
    finally:
        cur.close()
    return page_body(int(total), limit, offset, [dumps(x) for x in items])


@router.get("/clusters", response_model=Page, summary="Event clusters (the same event across articles)")
@fast_json
def clusters(actor: list[str] | None = Query(None), source: list[str] | None = Query(None),
             target: list[str] | None = Query(None), type: list[str] | None = Query(None),
             since: str | None = None, until: str | None = None,
             limit: int = Limit, offset: int = Offset, cur=Depends(_cursor)):
    try:
        a, s, t = parse_codes(actor, "actor"), parse_codes(source, "source"), parse_codes(target, "target")
        types, d0, d1 = parse_types(type), parse_day(since, "since"), parse_day(until, "until")
    except HadathError as exc:
        raise _bad(exc) from None
    conds, params = dyad_conditions(a, s, t, types)
    conds.insert(0, "TRUE")
    if d0:
        conds.append("last_date >= ?")
        params.append(d0)
    if d1:
        conds.append("first_date <= ?")
        params.append(d1)
    return _page(cur, "*", "clusters", " AND ".join(conds), params,
                 "num_mentions DESC, first_date DESC NULLS LAST, cluster_id", limit, offset)


# ------------------------------------------------------------------------------------- entities
_ENTITY_KEY = "coalesce(lexicon_id, name_en, name_ar)"


@router.get("/entities", response_model=Page, summary="Entities across the corpus, by number of documents")
@fast_json
def entities(q: str | None = Query(None, max_length=100, description="part of the English or Arabic name"),
             kind: str | None = Query(None, pattern="^(PERSON|ORG|GPE|LOC)$"), country: str | None = None,
             limit: int = Limit, offset: int = Offset, cur=Depends(_cursor)):
    conds, params = ["TRUE"], []
    if q:
        conds.append("(name_en ILIKE ? ESCAPE '\\' OR contains(name_ar, ?))")
        params += [f"%{like_escape(q)}%", q]
    if kind:
        conds.append("kind = ?")
        params.append(kind)
    if country:
        try:
            conds.append("country = ?")
            params.append(parse_codes([country], "country")[0])
        except HadathError as exc:
            raise _bad(exc) from None
    frm = (f"(SELECT {_ENTITY_KEY} AS key, any_value(kind) AS kind, any_value(name_en) AS name_en, "
           "any_value(name_ar) AS name_ar, mode(country) AS country, mode(sector) AS sector, "
           "count(DISTINCT doc_key) AS documents, sum(n_mentions) AS mentions FROM entities "
           f"WHERE {' AND '.join(conds)} GROUP BY 1)")
    return _page(cur, "*", frm, "TRUE", params, "documents DESC, mentions DESC, key", limit, offset)


@router.get("/entities/{key}/mentions", response_model=Page, summary="Mentions of one entity, with their text")
@fast_json
def entity_mentions(key: str, limit: int = Limit, offset: int = Offset, cur=Depends(_cursor)):
    frm = ("mentions m JOIN entities en USING (doc_key, entity_id) JOIN documents d USING (doc_key)")
    return _page(cur, "m.doc_key, d.title, d.date, m.entity_id, m.start_char, m.end_char, m.text, "
                      "substr(d.text, greatest(m.start_char - 60, 0) + 1, m.end_char - greatest(m.start_char - 60, 0) + 60) AS context",
                 frm, f"{_ENTITY_KEY.replace('lexicon_id', 'en.lexicon_id').replace('name_en', 'en.name_en').replace('name_ar', 'en.name_ar')} = ?",
                 [key], "d.date DESC NULLS LAST, m.doc_key, m.start_char", limit, offset)


# --------------------------------------------------------------------------------------- quotes
@router.get("/quotes", response_model=Page, summary="Quotes, optionally by speaker")
@fast_json
def quotes(speaker: str | None = Query(None, max_length=100, description="speaker name (English, part of it)"),
           country: str | None = None, limit: int = Limit, offset: int = Offset, cur=Depends(_cursor)):
    conds, params = ["TRUE"], []
    if speaker:
        conds.append("(q.speaker_name ILIKE ? ESCAPE '\\' OR contains(q.speaker_text, ?))")
        params += [f"%{like_escape(speaker)}%", speaker]
    if country:
        try:
            conds.append("q.speaker_country = ?")
            params.append(parse_codes([country], "country")[0])
        except HadathError as exc:
            raise _bad(exc) from None
    return _page(cur, "q.doc_key, q.seq, q.speaker_name, q.speaker_text, q.speaker_country, q.speaker_sector, q.text, "
                      "q.start_char, q.end_char, q.cue, q.direct, d.title, d.date",
                 "quotes q JOIN documents d USING (doc_key)", " AND ".join(conds), params,
                 "d.date DESC NULLS LAST, q.doc_key, q.seq", limit, offset)


@router.get("/quotes/speakers", summary="Speakers with their number of quotes")
@fast_json
def quote_speakers(limit: int = Limit, cur=Depends(_cursor)):
    return _rows(cur, "SELECT coalesce(speaker_name, speaker_text, '?') AS speaker, any_value(speaker_country) AS country, "
                      "any_value(speaker_sector) AS sector, count(*) AS quotes FROM quotes GROUP BY 1 "
                      "ORDER BY quotes DESC, speaker LIMIT ?", [limit])


# ----------------------------------------------------------------------------- dyad and network
@router.get("/dyad", summary="Events and mean PLOVER score per day or week for source → target")
@fast_json
def dyad(source: str, target: str, interval: Literal["day", "week", "month"] = "week",
         since: str | None = None, until: str | None = None, both: bool = Query(False, description="count B → A too"),
         type: list[str] | None = Query(None), cur=Depends(_cursor)):
    flt = _event_filter(None, [source], [target], type, since, until, False)
    if not flt.source or not flt.target:
        raise HTTPException(400, "give source and target country codes")
    where, params = flt.where("e")
    if both:
        flt2 = _event_filter(None, [target], [source], type, since, until, False)
        w2, p2 = flt2.where("e")
        where, params = f"(({where}) OR ({w2}))", params + p2
    rows = cur.execute(
        f"SELECT date_trunc(?, e.event_date)::DATE AS period, count(*) AS events, avg(e.score) AS mean_score, "
        "count(*) FILTER (WHERE e.score > 0) AS cooperation, count(*) FILTER (WHERE e.score < 0) AS conflict "
        f"FROM events e WHERE e.event_date IS NOT NULL AND {where} GROUP BY 1 ORDER BY 1",
        [interval] + params).fetchall()
    return {"source": flt.source[0], "target": flt.target[0], "interval": interval, "both": both,
            "series": [{"period": p.isoformat(), "events": int(n), "mean_score": round(float(m), 3) if m is not None else None,
                        "cooperation": int(c), "conflict": int(k)} for p, n, m, c, k in rows]}


@router.get("/network", summary="Actor network: nodes are countries, edges count events by quad class")
@fast_json
def network(since: str | None = None, until: str | None = None, type: list[str] | None = Query(None),
            min_count: int = Query(1, ge=1, le=100000), max_edges: int = Query(200, ge=1, le=2000),
            self_loops: bool = Query(False, description="keep events of a country on itself (USA → USA)"),
            cur=Depends(_cursor)):
    flt = _event_filter(None, None, None, type, since, until, False)
    where, params = flt.where("e")
    rows = cur.execute(
        "SELECT e.source_country, e.target_country, e.quad_class, count(*), avg(e.score) FROM events e "
        f"WHERE e.source_country IS NOT NULL AND e.target_country IS NOT NULL AND {where} "
        f"{'' if self_loops else 'AND e.source_country <> e.target_country '}GROUP BY 1, 2, 3", params).fetchall()
    edges: dict[tuple[str, str], dict] = {}
    for s, t, quad, n, sc in rows:
        ed = edges.setdefault((s, t), {"source": s, "target": t, "total": 0, "score_sum": 0.0, "counts": {}})
        ed["counts"][quad or "unknown"] = int(n)
        ed["total"] += int(n)
        ed["score_sum"] += float(sc or 0) * int(n)
    kept = sorted((e for e in edges.values() if e["total"] >= min_count), key=lambda e: -e["total"])[:max_edges]
    nodes: dict[str, dict] = {}
    for e in kept:
        e["mean_score"] = round(e.pop("score_sum") / e["total"], 3)
        for k, role in ((e["source"], "out"), (e["target"], "in")):
            n = nodes.setdefault(k, {"id": k, "in": 0, "out": 0})
            n[role] += e["total"]
    return {"nodes": sorted(nodes.values(), key=lambda n: -(n["in"] + n["out"])), "edges": kept}


@router.get("/places", summary="Event locations with counts")
@fast_json
def places(since: str | None = None, until: str | None = None, type: list[str] | None = Query(None),
           actor: list[str] | None = Query(None), limit: int = Query(500, ge=1, le=5000), cur=Depends(_cursor)):
    flt = _event_filter(actor, None, None, type, since, until, False)
    where, params = flt.where("e")
    return _rows(cur, "SELECT e.place_name AS name_en, any_value(e.place_name_ar) AS name_ar, e.place_country AS country, "
                      "e.lat, e.lon, e.geonameid, count(*) AS events, avg(e.score) AS mean_score FROM events e "
                      f"WHERE e.lat IS NOT NULL AND {where} GROUP BY e.place_name, e.place_country, e.lat, e.lon, "
                      "e.geonameid ORDER BY events DESC, name_en LIMIT ?", params + [limit])


# ------------------------------------------------------------------------------------ POST code
class CodeRequest(IngestDocument):
    store: bool = Field(False, description="also store the coded document (needs the X-API-Key header)")


@router.post("/code", summary="Code posted text; returns hadath's output contract (storing needs an API key)")
def code_text(req: CodeRequest, request: Request, x_api_key: str | None = Header(None)):
    state = request.app.state
    if req.store:
        require_key(state, x_api_key)
    from ..pipeline import code

    try:
        doc = code(req.text, date=req.date, id=req.id, title=req.title, url=req.url, source=req.source)
    except InputRejected as exc:
        raise HTTPException(422, {"message": str(exc), "reason": exc.reason}) from None
    except HadathError as exc:
        raise _bad(exc) from None
    out = doc.to_dict()
    if req.store:
        res = store_documents(state, [req.model_dump(exclude={"store"})])["documents"][0]
        out["stored"] = {"doc_key": res["doc_key"], "new": res["status"] not in ("already", "duplicate")}
    return out
