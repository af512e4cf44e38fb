"""The claim index: postings of terms to claims.

Every read is bounded, whatever the size of the database, so loading article N+1 costs the
same at 100,000 claims as at 1,000: a query's terms are read rarest first until a budget of
postings is spent (the common terms it leaves out weigh little in BM25 and are shared by too
many claims to find a repeat by), document frequencies are counted only up to that budget,
and the collection statistics come from the primary key and a recent sample, not a scan."""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import bindparam, func, insert, select, text
from sqlalchemy.orm import Session

from claims.store.models import Claim, ClaimTerm

# Terms held by more claims than this share are too common to rank by (stop words of the
# collection); their postings are never read.
MAX_DF_SHARE = 0.2
# Postings read per query at most; a term whose postings alone exceed it is never read.
BUDGET = 4000
SAMPLE = 1000  # recent claims the average length is taken from

# Plain SQL for the statements every loaded quote runs: no expression building per call.
_POSTINGS = text(
    "SELECT claim_term.term, claim_term.claim_id, claim_term.tf, claim.n_terms FROM claim_term "
    "JOIN claim ON claim.id = claim_term.claim_id WHERE claim_term.term IN :terms"
).bindparams(bindparam("terms", expanding=True))
_TERMS_OF = text(
    "SELECT claim_id, term FROM claim_term WHERE claim_id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def add(s: Session, claim: Claim, counts: Counter) -> None:
    claim.n_terms = sum(counts.values())
    add_many(s, [(claim.id, counts)])


def add_many(s: Session, rows: list[tuple[int, Counter]]) -> None:
    """Postings of claims whose n_terms the caller has set."""
    postings = [{"term": t[:80], "claim_id": cid, "tf": n} for cid, c in rows for t, n in c.items()]
    for i in range(0, len(postings), 5000):
        s.execute(insert(ClaimTerm), postings[i:i + 5000])


def remove(s: Session, claim_id: int) -> None:
    s.execute(ClaimTerm.__table__.delete().where(ClaimTerm.claim_id == claim_id))


def stats(s: Session) -> tuple[int, float]:
    """(number of claims, average claim length in terms) for BM25, in bounded time: the
    highest id stands for the count (merged claims are few) and the average comes from the
    most recent claims."""
    n = s.scalar(select(func.max(Claim.id))) or 0
    recent = select(Claim.n_terms).where(Claim.n_terms > 0).order_by(Claim.id.desc()).limit(SAMPLE).subquery()
    avg = s.scalar(select(func.avg(recent.c.n_terms)))
    return int(n), float(avg or 0.0)


def count(s: Session) -> int:
    """Exact number of live indexed claims (a scan: for status displays, not per query)."""
    return s.scalar(select(func.count(Claim.id)).where(Claim.n_terms > 0, Claim.merged_into_id.is_(None))) or 0


def cap_for(n_docs: int, budget: int) -> int:
    """Document frequency above which a term is too common to read."""
    return min(budget, max(50, int(n_docs * MAX_DF_SHARE)))


def doc_freqs(s: Session, terms, cap: int) -> dict[str, int]:
    """df of each term, counted no further than cap + 1: bounded work per term."""
    terms = sorted(set(terms))
    conn = s.connection()  # plain rows: this runs for every article loaded
    out: dict[str, int] = {}
    for i in range(0, len(terms), 64):
        part = terms[i:i + 64]
        params = {f"t{k}": term for k, term in enumerate(part)}
        params["cap"] = cap + 1
        sql = " UNION ALL ".join(
            f"SELECT :t{k}, (SELECT count(*) FROM (SELECT 1 FROM claim_term WHERE term = :t{k} LIMIT :cap) AS x{k})"
            for k in range(len(part)))
        out.update(conn.execute(text(sql), params).all())
    return out


def choose(dfs: dict[str, int], terms, cap: int, budget: int, max_terms: int | None = None) -> list[str]:
    """A query's rarest terms (at most max_terms), within `budget` postings."""
    keep, spent = [], 0
    for term in sorted((t for t in set(terms) if 0 < dfs.get(t, 0) <= cap), key=lambda t: (dfs[t], t)):
        if spent + dfs[term] > budget or (max_terms is not None and len(keep) >= max_terms):
            break
        keep.append(term)
        spent += dfs[term]
    return keep


def read_postings(s: Session, terms) -> dict[str, list[tuple[int, int, int]]]:
    """term -> [(claim_id, tf, claim length in terms)]."""
    out: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    terms = sorted(set(terms))
    if terms:
        for term, cid, tf, n in s.connection().execute(_POSTINGS, {"terms": terms}):
            out[term].append((cid, tf, n))
    return out


def postings(s: Session, terms: list[str], n_docs: int, budget: int = BUDGET,
             max_terms: int | None = None) -> dict[str, list[tuple[int, int, int]]]:
    """term -> [(claim_id, tf, claim length in terms)] for the query's rarest terms (at most
    `max_terms` of them), within `budget` postings; terms too common to rank by are left out."""
    terms = sorted(set(terms))[:64]
    if not terms:
        return {}
    cap = cap_for(n_docs, budget)
    return read_postings(s, choose(doc_freqs(s, terms, cap), terms, cap, budget, max_terms))


def terms_of(s: Session, claim_ids: list[int]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = defaultdict(set)
    if claim_ids:
        for cid, term in s.connection().execute(_TERMS_OF, {"ids": claim_ids}):
            out[cid].add(term)
    return out
