"""Queries of curation: a claim's status events, the review queue, claims to export, and a
person's link decisions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claims.store import speakers as speakers_store
from claims.store.models import Claim, ClaimLink, Quote, StatusEvent, utcnow


def events(s: Session, claim_id: int) -> list[StatusEvent]:
    return list(s.scalars(select(StatusEvent).where(StatusEvent.claim_id == claim_id)
                          .order_by(StatusEvent.id)))


def review_queue(s: Session, speaker: str | None, since: dt.date | None, status: str,
                 limit: int | None = None) -> list[int]:
    """Live claims in `status`, most repeated (articles) and most recent first."""
    n_art = func.count(func.distinct(Quote.article_id))
    q = (select(Claim.id).join(Quote, Quote.claim_id == Claim.id)
         .where(Claim.status == status, Claim.merged_into_id.is_(None))
         .group_by(Claim.id)
         .order_by(n_art.desc(), func.max(Quote.said_on).desc(), Claim.id.desc()))
    if speaker:
        ids = speakers_store.find_ids(s, speaker)
        q = q.where(Quote.speaker_id.in_(ids or [-1]))
    if since:
        q = q.where(Quote.said_on >= since)
    if limit:
        q = q.limit(limit)
    return list(s.scalars(q))


def live_claim_ids(s: Session, verified_only: bool) -> list[int]:
    q = select(Claim.id).where(Claim.merged_into_id.is_(None))
    if verified_only:
        q = q.where(Claim.status == "verified", Claim.verdict.is_not(None))
    return list(s.scalars(q.order_by(Claim.id)))


def other_quote_in_claim(s: Session, claim_id: int, besides: int | None = None) -> int | None:
    q = select(Quote.id).where(Quote.claim_id == claim_id)
    if besides is not None:
        q = q.where(Quote.id != besides)
    return s.scalar(q.limit(1))


def reject_suggestions(s: Session, quote_id: int, by: str) -> int:
    n = 0
    for link_ in s.scalars(select(ClaimLink).where(ClaimLink.quote_id == quote_id,
                                                   ClaimLink.state == "suggested")):
        link_.state, link_.decided_by, link_.decided_at = "rejected", by, utcnow()
        n += 1
    return n


def decide(s: Session, quote_id: int, claim_id: int, state: str, by: str) -> None:
    """Record a person's decision on a quote and a claim (confirmed or rejected)."""
    link_ = s.scalar(select(ClaimLink).where(ClaimLink.quote_id == quote_id, ClaimLink.claim_id == claim_id))
    if link_ is None:
        link_ = ClaimLink(quote_id=quote_id, claim_id=claim_id, score=0.0)
        s.add(link_)
    link_.state, link_.decided_by, link_.decided_at = state, by, utcnow()
