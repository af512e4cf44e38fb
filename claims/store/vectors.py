"""The claim vectors of the optional semantic re-ranking."""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from claims.store.models import Claim, ClaimVector

SEMANTIC_MODEL = "semantic_model"  # the setting naming the model vectors come from


def of(s: Session, claim_ids: list[int]) -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    for i in range(0, len(claim_ids), 500):
        out.update(s.execute(select(ClaimVector.claim_id, ClaimVector.vec)
                             .where(ClaimVector.claim_id.in_(claim_ids[i:i + 500]))).all())
    return out


def missing(s: Session, limit: int) -> list[tuple[int, str, str | None]]:
    """Live claims without a vector: (id, text, title)."""
    has = select(ClaimVector.claim_id).where(ClaimVector.claim_id == Claim.id).exists()
    q = (select(Claim.id, Claim.text, Claim.title).where(Claim.merged_into_id.is_(None), ~has)
         .order_by(Claim.id).limit(limit))
    return [tuple(r) for r in s.execute(q)]


def put(s: Session, model: str, rows: list[tuple[int, bytes]]) -> None:
    if rows:
        s.execute(insert(ClaimVector), [{"claim_id": c, "model": model, "vec": v} for c, v in rows])


def count(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(ClaimVector)) or 0


def clear(s: Session) -> None:
    s.execute(delete(ClaimVector))


def drop(s: Session, claim_id: int) -> None:
    s.execute(delete(ClaimVector).where(ClaimVector.claim_id == claim_id))
