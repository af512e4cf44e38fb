"""The rating scale table: read it, replace it, and count which verdicts claims use."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from claims.store.models import Claim, Rating


def load(s: Session) -> list[dict]:
    return [
        {"verdict": r.verdict, "value": r.value, "key": r.key, "description": r.description}
        for r in s.scalars(select(Rating).order_by(Rating.position, Rating.verdict))
    ]


def replace(s: Session, entries: list[dict]) -> None:
    s.execute(delete(Rating))
    s.add_all(Rating(verdict=e["verdict"], position=i, value=e.get("value"), key=e.get("key"),
                     description=e.get("description")) for i, e in enumerate(entries))
    s.flush()


def verdict_usage(s: Session) -> dict[str, int]:
    """How many live claims carry each verdict."""
    q = (select(Claim.verdict, func.count()).where(Claim.verdict.is_not(None),
                                                   Claim.merged_into_id.is_(None))
         .group_by(Claim.verdict))
    return {v: n for v, n in s.execute(q)}
