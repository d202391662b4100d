"""The filter of ``GET /api/events`` and, for a read-only store, the event list held in memory.

Why in memory: a page of events costs DuckDB 4–6 ms (a join, a sort, and Python objects built for
35 columns of 50 rows) against a budget of a few milliseconds per request at 200 requests/s on two
cores. A read-only store cannot change while it is served (DuckDB's lock keeps writers out), so the
list is read once, in the API's order, each row serialised to JSON once; a request is then a few
numpy comparisons over integer codes and a join of ready-made bytes (0.1–0.3 ms over 13,600 events;
text filters go through ``substring.SubstringIndex``, about 1 ms). A writable store is queried with the same filter in SQL (``EventQuery.where``), and a test checks
that both give the same pages.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np

from ..store.queries import EVENT_COLUMNS, EventFilter, in_list
from .encode import dumps
from .substring import SubstringIndex

EVENT_ORDER = "e.event_date DESC NULLS LAST, e.doc_key, e.seq"
LIST_COLUMNS = EVENT_COLUMNS.replace("e.sentence,", "")  # the sentence only on request (sentence=true)


def like_escape(s: str) -> str:
    """``s`` as a literal inside an ILIKE pattern written with ``ESCAPE '\\'``."""
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


@dataclass
class EventQuery:
    """Everything /api/events filters on: the store's EventFilter plus the API's extras."""

    flt: EventFilter
    countries: list[str] = field(default_factory=list)  # country of the event's location
    place: str | None = None                            # part of the English name (any case) or Arabic name
    text: str | None = None                             # in the sentence or trigger, or part of an actor's name
    doc_key: str | None = None

    def where(self, alias: str = "e") -> tuple[str, list]:
        """SQL condition and parameters (values are never spliced into the SQL text)."""
        a = alias
        where, params = self.flt.where(a)
        conds = [where]
        if self.countries:
            conds.append(in_list(f"{a}.place_country"))
            params.append(self.countries)
        if self.place:
            conds.append(f"({a}.place_name ILIKE ? ESCAPE '\\' OR contains({a}.place_name_ar, ?))")
            params += [f"%{like_escape(self.place)}%", self.place]
        if self.text:
            pat = f"%{like_escape(self.text)}%"
            conds.append(f"(contains({a}.sentence, ?) OR contains({a}.trigger, ?) OR "
                         f"{a}.source_name ILIKE ? ESCAPE '\\' OR {a}.target_name ILIKE ? ESCAPE '\\')")
            params += [self.text, self.text, pat, pat]
        if self.doc_key:
            conds.append(f"{a}.doc_key = ?")
            params.append(self.doc_key)
        return " AND ".join(conds), params


def page_body(total: int, limit: int, offset: int, items: list[bytes]) -> bytes:
    """The JSON page ``{"total", "limit", "offset", "items"}`` from items already serialised."""
    return b'{"total":%d,"limit":%d,"offset":%d,"items":[%s]}' % (total, limit, offset, b",".join(items))


class _Coded:
    """A text column as integer codes (-1 for NULL) and its distinct values; with ``fold`` set (True:
    any case, False: exact), also a substring index over those values."""

    def __init__(self, column, fold: bool | None = None):
        import pyarrow.compute as pc

        enc = column.combine_chunks().dictionary_encode()  # in Arrow (C++): no Python object per row
        self.codes = pc.fill_null(enc.indices, -1).to_numpy().astype(np.int32)
        self.values = enc.dictionary.to_pylist()
        self._vocab = {v: i for i, v in enumerate(self.values)}
        self._search = None if fold is None else SubstringIndex(self.values, fold=fold)

    def isin(self, wanted: list) -> np.ndarray:
        return self._rows_of(np.asarray([self._vocab[v] for v in wanted if v in self._vocab], dtype=np.int64))

    def containing(self, sub: str) -> np.ndarray:
        """Rows whose value contains ``sub`` (case-folded if the column was built with fold=True)."""
        hit = self._search.containing(sub)
        if not hit.any():
            return np.zeros(len(self.codes), dtype=bool)
        return np.append(hit, False)[self.codes]  # the last slot stands for NULL (code -1)

    def _rows_of(self, ids) -> np.ndarray:
        if len(ids) == 1:
            return self.codes == ids[0]
        wanted = np.zeros(len(self.values) + 1, dtype=bool)  # the last slot stands for NULL (code -1)
        wanted[ids] = True
        return wanted[self.codes]


def _release_freed_memory() -> None:
    """Give the memory freed after the build (the Arrow table and word lists, the Python rows of each
    chunk) back to the system: Arrow's allocator and glibc keep it otherwise, and a server over
    100,000 events would hold about twice what it uses. Without glibc, only Arrow's part."""
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


_NO_DAY = np.iinfo(np.int64).min  # event_date NULL
_EPOCH = dt.date(1970, 1, 1).toordinal()


class EventsIndex:
    """The event list of a read-only store, sorted in the API's order (newest first, undated last).

    Held as: every row's JSON in one buffer (``_json`` with ``_offsets``), the filtered columns as
    integer codes, and substring indexes for the text filters. Measured for the 118,550 events of all
    31,030 SaudiNewsNet articles: built in 6–7 s; the process then holds about 600 MB (110 MB before
    the build; DuckDB keeps about 200 MB of it after reading the list)."""

    # the columns filtered on, and how the API matches text in them (None: whole values only;
    # True: part of the value in any case, like ILIKE; False: part of the value, like contains)
    FILTERED = (("source_country", None), ("target_country", None), ("place_country", None), ("plover", None),
                ("doc_key", None), ("place_name", True), ("place_name_ar", False), ("sentence", False),
                ("trigger", False), ("source_name", True), ("target_name", True))

    def __init__(self, con, chunk: int = 5_000):
        import pyarrow as pa
        import pyarrow.compute as pc

        rel = con.sql(f"SELECT {LIST_COLUMNS}, e.sentence, e.place_name_ar FROM events e "
                      "JOIN documents d USING (doc_key) LEFT JOIN cluster_events ce USING (event_id) "
                      f"ORDER BY {EVENT_ORDER}")
        tbl = rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()  # duckdb 2 / 1.x
        del rel
        self.n = tbl.num_rows
        shown = tbl.select(tbl.column_names[:-2])  # sentence and place_name_ar: for filtering only
        buf, offsets = bytearray(), [0]
        for start in range(0, self.n, chunk):  # a chunk at a time as Python objects, then only its JSON
            for row in shown.slice(start, chunk).to_pylist():
                buf += dumps(row)
                offsets.append(len(buf))
        self._json, self._offsets = memoryview(buf), offsets
        del shown
        self.coded = {k: _Coded(tbl.column(k), fold) for k, fold in self.FILTERED}
        days = pc.fill_null(tbl.column("event_date").cast(pa.int32()).cast(pa.int64()), _NO_DAY)
        self.day = days.to_numpy()  # days since 1970-01-01
        # as SQL's NOT negated AND NOT hypothetical: a NULL flag leaves the event out too
        factual = pc.and_(pc.invert(tbl.column("negated")), pc.invert(tbl.column("hypothetical")))
        self.excluded = ~pc.fill_null(factual, False).to_numpy(zero_copy_only=False).astype(bool)

        _release_freed_memory()

    def _row(self, i: int) -> memoryview:
        return self._json[self._offsets[i]:self._offsets[i + 1]]

    def mask(self, q: EventQuery) -> np.ndarray:
        """The rows ``q`` selects: the same rows as ``q.where()`` on the store."""
        c, f = self.coded, q.flt
        m = np.ones(self.n, dtype=bool) if f.include_all else ~self.excluded
        if f.actor:
            m &= c["source_country"].isin(f.actor) | c["target_country"].isin(f.actor)
        for col, wanted in (("source_country", f.source), ("target_country", f.target), ("plover", f.types),
                            ("place_country", q.countries)):
            if wanted:
                m &= c[col].isin(wanted)
        if f.cameo:
            raise ValueError("the in-memory event list does not filter on CAMEO codes")
        if f.since:
            m &= self.day >= f.since.toordinal() - _EPOCH
        if f.until:
            m &= (self.day != _NO_DAY) & (self.day <= f.until.toordinal() - _EPOCH)
        if q.place:
            m &= c["place_name"].containing(q.place) | c["place_name_ar"].containing(q.place)
        if q.text:
            t = q.text
            m &= (c["sentence"].containing(t) | c["trigger"].containing(t)
                  | c["source_name"].containing(t) | c["target_name"].containing(t))
        if q.doc_key:
            m &= c["doc_key"].isin([q.doc_key])
        return m

    def page(self, q: EventQuery, limit: int, offset: int, sentence: bool = False) -> bytes:
        """One page as JSON bytes; ``sentence`` adds each event's sentence."""
        hits = np.flatnonzero(self.mask(q))
        sel = hits[offset:offset + limit].tolist()
        if sentence:
            sent = self.coded["sentence"]
            items = [b"".join((self._row(i)[:-1], b',"sentence":',
                               dumps(sent.values[sent.codes[i]] if sent.codes[i] >= 0 else None), b"}")) for i in sel]
        else:
            items = [self._row(i) for i in sel]
        return page_body(len(hits), limit, offset, items)
