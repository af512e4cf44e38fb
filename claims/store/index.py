"""The claim index: postings of terms to claims, read a term at a time."""

from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from claims.store.models import Claim, ClaimTerm

# Terms held by more claims than this share are too common to rank by (stop words of the
# collection); their postings are never read.
MAX_DF_SHARE = 0.2


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
    n, avg = s.execute(
        select(func.count(Claim.id), func.avg(Claim.n_terms))
        .where(Claim.n_terms > 0, Claim.merged_into_id.is_(None))
    ).one()
    return int(n or 0), float(avg or 0.0)


def postings(s: Session, terms: list[str], n_docs: int) -> dict[str, list[tuple[int, int]]]:
    """term -> [(claim_id, tf)], leaving out terms too common to rank by."""
    if not terms:
        return {}
    cap = max(50, int(n_docs * MAX_DF_SHARE))
    dfs = dict(s.execute(
        select(ClaimTerm.term, func.count()).where(ClaimTerm.term.in_(terms)).group_by(ClaimTerm.term)
    ).all())
    keep = [t for t in terms if 0 < dfs.get(t, 0) <= cap]
    out: dict[str, list[tuple[int, int]]] = defaultdict(list)
    if keep:
        for term, cid, tf in s.execute(
            select(ClaimTerm.term, ClaimTerm.claim_id, ClaimTerm.tf).where(ClaimTerm.term.in_(keep))
        ):
            out[term].append((cid, tf))
    return out


def lengths(s: Session, claim_ids: list[int]) -> dict[int, int]:
    if not claim_ids:
        return {}
    return dict(s.execute(select(Claim.id, Claim.n_terms).where(Claim.id.in_(claim_ids))).all())


def terms_of(s: Session, claim_ids: list[int]) -> dict[int, set[str]]:
    out: dict[int, set[str]] = defaultdict(set)
    if claim_ids:
        for cid, term in s.execute(
            select(ClaimTerm.claim_id, ClaimTerm.term).where(ClaimTerm.claim_id.in_(claim_ids))
        ):
            out[cid].add(term)
    return out
