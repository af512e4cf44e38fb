"""Cross-referencing: which claim a quote belongs to."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from claims.store import queries
from claims.store.models import Quote


@dataclass
class Outcome:
    joined: int = 0
    suggested: int = 0
    rated_repeats: Counter = field(default_factory=Counter)


def assign_claims(s: Session, quotes: list[Quote]) -> Outcome:
    out = Outcome()
    for q in quotes:
        c = queries.new_claim(s, text=q.text, speaker_id=q.speaker_id, origin="quote",
                              claim_date=q.said_on)
        q.claim_id = c.id
    s.flush()
    return out
