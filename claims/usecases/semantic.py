"""The optional semantic re-ranking, per database: switch it on (embed every claim), off,
keep it current after loads and imports, and rank texts with it."""

from __future__ import annotations

from typing import Callable

from claims.errors import ClaimsError
from claims.store import index, settings
from claims.store import vectors as vectors_store
from claims.store.engine import Database
from claims.xref import bm25, semantic
from claims.xref.terms import term_counts

BATCH = 256

NOT_INSTALLED = ("semantic matching needs its optional dependencies: install torch first from "
                 "this machine's CPU build (pip install torch==2.13.0), then pip install 'claims[semantic]'")


def is_on(s) -> bool:
    model = settings.get(s, vectors_store.SEMANTIC_MODEL)
    if model and not semantic.available():
        raise ClaimsError(f"this database re-ranks matches with sentence vectors ({model}); "
                          f"{NOT_INSTALLED}, or switch it off with `claims index --lexical`")
    return bool(model)


def status(db: Database) -> dict:
    with db.session() as s:
        _, avg_len = index.stats(s)
        model = settings.get(s, vectors_store.SEMANTIC_MODEL)
        return {"ranking": "semantic" if model else "lexical", "claims": index.count(s),
                "avg_terms": round(avg_len, 1), "vectors": vectors_store.count(s), "model": model,
                "semantic_installed": semantic.available()}


def switch_on(db: Database, progress: Callable[[int], None] | None = None) -> int:
    if not semantic.available():
        raise ClaimsError(NOT_INSTALLED)
    with db.session() as s:
        settings.set(s, vectors_store.SEMANTIC_MODEL, semantic.MODEL)
    return embed_missing(db, progress)


def switch_off(db: Database) -> None:
    with db.session() as s:
        vectors_store.clear(s)
        settings.set(s, vectors_store.SEMANTIC_MODEL, None)


def embed_missing(db: Database, progress: Callable[[int], None] | None = None) -> int:
    """Embed the claims that have no vector yet, a committed batch at a time (an interrupted
    run resumes where it stopped). Does nothing unless the database has switched it on."""
    done = 0
    while True:
        with db.session() as s:
            if not settings.get(s, vectors_store.SEMANTIC_MODEL) or not semantic.available():
                return done  # off, or not installed here: `match` says so when asked
            rows = vectors_store.missing(s, BATCH)
            if not rows:
                return done
            vecs = semantic.encode([semantic.claim_text(text, title) for _, text, title in rows])
            vectors_store.put(s, semantic.MODEL, [(cid, v) for (cid, _, _), v in zip(rows, vecs)])
        done += len(rows)
        if progress:
            progress(done)


def rank_many(s, texts: list[str], top: int, n_docs: int, avg_len: float, on: bool
              ) -> list[list[tuple[int, float]]]:
    """(claim id, score) lists, best first, for each text."""
    depth = max(top, semantic.DEPTH) if on else top
    lexical = [[(h.claim_id, h.score) for h in bm25(s, term_counts(t), depth, n_docs, avg_len)]
               for t in texts]
    if not on:
        return lexical
    qvecs = semantic.encode(texts)
    vecs = vectors_store.of(s, sorted({cid for hits in lexical for cid, _ in hits}))
    return [semantic.fuse(q, hits, vecs)[:top] for q, hits in zip(qvecs, lexical)]
