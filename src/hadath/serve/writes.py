"""Writes over the API: ``POST /api/ingest`` (documents as JSON) and the storing half of ``POST /api/code``.

Both need the server's API key (``X-API-Key``; 403 on a read-only server, 401 without the right
key) and go through the store's own ``ingest`` — the same reading, coding, one-transaction batches,
near-duplicate linking and clustering as ``hadath ingest`` — so a document posted twice, or posted
and also ingested from a file, is stored once. Texts already stored with the current lexicons are
answered from the store without touching it (no new origin row for a re-post).
"""
from __future__ import annotations

import datetime as dt
import hmac
import json
import tempfile
from pathlib import Path

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel, Field, field_validator

from ..errors import HadathError
from ..store.queries import parse_day

router = APIRouter(prefix="/api")

MAX_DOCUMENTS = 1000


def require_key(state, given: str | None) -> None:
    """403 when the server is read-only, 401 without the configured key (constant-time comparison)."""
    if not state.api_key:
        raise HTTPException(403, "writes are disabled: the server is read-only (set HADATH_API_KEY to allow them)")
    if not given or not hmac.compare_digest(given.encode(), state.api_key.encode()):
        raise HTTPException(401, "a valid X-API-Key header is required to store documents")


class IngestDocument(BaseModel):
    """One article to code (and store); also the body of POST /api/code."""

    text: str = Field(..., description="Arabic article text", min_length=1, max_length=1_000_000)
    date: str | None = Field(None, description="publication date YYYY-MM-DD", max_length=10)
    id: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200)

    @field_validator("text")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("the text is empty")
        return v

    @field_validator("date")
    @classmethod
    def _day(cls, v: str | None) -> str | None:
        try:
            parse_day(v, "date")
        except HadathError as exc:
            raise ValueError(str(exc)) from None
        return v or None


class IngestRequest(BaseModel):
    documents: list[IngestDocument] = Field(..., min_length=1, max_length=MAX_DOCUMENTS,
                                            description=f"at most {MAX_DOCUMENTS} documents (and the body size limit)")


def store_documents(state, docs: list[dict]) -> dict:
    """Store ``docs`` (``{"text", "date"?, "id"?, "title"?, "url"?, "source"?}``) through the store's
    ingest; what happened to each one, in order, and the totals."""
    from ..store import db as dbm
    from ..store.ingest import IngestOptions, ingest
    from ..store.readers import content_key

    keys = [content_key(d["text"]) for d in docs]
    with state.write_lock:  # one writer at a time; DuckDB readers go on meanwhile
        cur = state.con.cursor()
        try:
            stored = {k for (k,) in cur.execute(
                "SELECT doc_key FROM documents WHERE doc_key IN (SELECT unnest(?::VARCHAR[])) "
                "AND status <> 'error' AND lexicon_version = ?", [sorted(set(keys)), dbm.lexicon_version()]).fetchall()}
        finally:
            cur.close()
        outcome, todo, seen = [], [], set()
        for d, k in zip(docs, keys):
            if k in stored:
                outcome.append("already")
            elif k in seen:
                outcome.append("duplicate")
            else:
                seen.add(k)
                todo.append(d)
                outcome.append(None)
        if todo:
            stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
            with tempfile.TemporaryDirectory(prefix="hadath-api-") as tmp:
                src = Path(tmp) / f"api-{stamp}.jsonl"
                # ASCII JSON: any text the request could carry (lone surrogates too) survives the round trip
                src.write_text("".join(json.dumps({k: v for k, v in d.items() if v is not None}) + "\n" for d in todo),
                               encoding="ascii")
                ingest([str(src)], state.db_path, IngestOptions(jobs=1))
        cur = state.con.cursor()
        try:
            rows = {k: (st, reason, n) for k, st, reason, n in cur.execute(
                "SELECT doc_key, status, skip_reason, n_events FROM documents WHERE doc_key IN (SELECT unnest(?::VARCHAR[]))",
                [sorted(set(keys))]).fetchall()}
        finally:
            cur.close()
    items = []
    for i, (d, k, how) in enumerate(zip(docs, keys, outcome)):
        st, reason, n = rows.get(k, ("error", "not stored", 0))
        items.append({"index": i, "id": d.get("id"), "doc_key": k, "status": how or st, "reason": reason,
                      "events": n or 0})
    count = {s: sum(1 for x in items if x["status"] == s) for s in ("coded", "skipped", "error", "already", "duplicate")}
    return {"stored": count["coded"] + count["skipped"] + count["error"], "coded": count["coded"],
            "skipped": count["skipped"], "failed": count["error"], "already": count["already"],
            "duplicates": count["duplicate"], "events": sum(x["events"] for x in items if x["status"] == "coded"),
            "documents": items}


@router.post("/ingest", summary="Store documents (needs the X-API-Key header): coded and stored as by `hadath ingest`")
def ingest_documents(req: IngestRequest, request: Request, x_api_key: str | None = Header(None)) -> dict:
    """Each document is coded and stored once: texts already in the store (same content, same lexicons)
    are reported as ``already``, repeats within the request as ``duplicate``; non-Arabic texts are
    stored as ``skipped`` with the reason, as ``hadath ingest`` does."""
    require_key(request.app.state, x_api_key)
    return store_documents(request.app.state, [d.model_dump() for d in req.documents])
