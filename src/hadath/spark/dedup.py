"""Near-duplicate articles as Spark aggregations: the same links as ``hadath.store.dedup``.

The store walks the documents in order (publication date, nulls last, then key) band by band and
links document *i* the first time — in the lowest band — that the earliest document of its bucket,
``f``, is another document with an estimated Jaccard ≥ ``THRESHOLD``; the link points at ``f``'s
own root if ``f`` had already been linked by then (an earlier band, or the same band: ``f`` comes
first), else at ``f``. The same rules as joins and aggregations (so they scale with the cluster):

1. explode each signature into its ``BANDS`` bands; ``groupBy(band, bucket)`` → the earliest
   document ``f`` of each bucket (``min`` over ``(date is null, date, doc_key)``);
2. for the pairs (document, its bucket's ``f``) only, join both signatures and compute the
   similarity (equal MinHash values / ``NUM_PERM``); keep ≥ the threshold, and per document the
   lowest such band ``L`` (``min`` over ``(band, f, sim)``);
3. roots: a link whose ``f`` was linked in a band ≤ its own ``L`` takes ``f``'s root; resolved by
   pointer jumping (a self-join per round; the chains are short, rounds grow as their log).

Constants (``NUM_PERM``, ``BANDS``, ``THRESHOLD``) and the signatures themselves (``minhash``) are
the store's.
"""
from __future__ import annotations

from .frames import materialize

MAX_ROUNDS = 64  # pointer jumping halves every chain each round: 64 rounds cover any real chain


def near_duplicates(docs, threshold: float | None = None):
    """``docs`` (doc_key, date, minhash) → DataFrame ``(doc_key, dup_of, similarity)``."""
    from pyspark.sql import functions as F

    from ..store.dedup import BANDS, NUM_PERM, THRESHOLD

    threshold = THRESHOLD if threshold is None else threshold
    rows_per = NUM_PERM // BANDS
    order = F.struct(F.col("date").isNull().alias("nodate"), F.col("date").alias("d"), F.col("doc_key").alias("k"))
    sigs = docs.filter(F.col("minhash").isNotNull()).select("doc_key", "minhash", order.alias("pos"))
    # the bands carry no signature (16 copies of it would be the bulk of the shuffle): only the
    # few (document, earliest of its bucket) candidate pairs fetch both signatures afterwards
    banded = sigs.select("doc_key", "pos", F.posexplode(
        F.expr(f"transform(sequence(0, {BANDS - 1}), b -> slice(minhash, b * {rows_per} + 1, {rows_per}))"))
        .alias("band", "bucket"))
    first = banded.groupBy("band", "bucket").agg(F.min(F.struct("pos", F.col("doc_key").alias("f"))).alias("m"))
    pairs = (banded.join(first, ["band", "bucket"]).filter(F.col("m.f") != F.col("doc_key"))
             .select("doc_key", "band", F.col("m.f").alias("f")))
    fsigs = sigs.select(F.col("doc_key").alias("f"), F.col("minhash").alias("fsig"))
    cand = (pairs.join(sigs.select("doc_key", "minhash"), "doc_key").join(fsigs, "f")
            .select("doc_key", "band", "f",
                    (F.expr("aggregate(zip_with(minhash, fsig, (x, y) -> IF(x = y, 1, 0)), 0, (a, v) -> a + v)")
                     / F.lit(float(NUM_PERM))).alias("sim"))
            .filter(F.col("sim") >= threshold))
    links = (cand.groupBy("doc_key").agg(F.min(F.struct("band", "f", "sim")).alias("l"))
             .select("doc_key", F.col("l.band").alias("band"), F.col("l.f").alias("f"), F.col("l.sim").alias("sim")))
    return _resolve_roots(materialize(links))


def _resolve_roots(links):
    """``(doc_key, band, f, sim)`` → ``(doc_key, dup_of, similarity)`` with the store's roots."""
    from pyspark.sql import functions as F

    fl = links.select(F.col("doc_key").alias("f"), F.col("band").alias("fband"))
    # done: f was not linked before this link was made, so f is the root; else root(self) = root(f)
    state = materialize(links.join(fl, "f", "left")
                        .select("doc_key", "sim", F.col("f").alias("ptr"),
                                (F.col("fband").isNull() | (F.col("fband") > F.col("band"))).alias("done")))
    for _ in range(MAX_ROUNDS):
        if state.filter(~F.col("done")).limit(1).count() == 0:
            break
        nxt = state.select(F.col("doc_key").alias("ptr"), F.col("ptr").alias("ptr2"), F.col("done").alias("done2"))
        prev, state = state, materialize(state.join(nxt, "ptr", "left")
                                         .select("doc_key", "sim",
                                                 F.when(F.col("done"), F.col("ptr")).otherwise(F.col("ptr2")).alias("ptr"),
                                                 (F.col("done") | F.col("done2")).alias("done")))
        prev.unpersist()
    else:  # pragma: no cover - needs a chain of 2**64 links
        raise RuntimeError("near-duplicate roots did not converge")
    return state.select("doc_key", F.col("ptr").alias("dup_of"), F.col("sim").alias("similarity"))
