"""Cross-referencing: which claim a new quote or statement belongs to, and ranking the
claims for a text ("has this been checked before?").

Candidates come from a BM25 ranking over the claim index (postings of stemmed terms, read
only for the new text's terms), so loading stays sub-quadratic. Each candidate is then
judged by term containment (a trimmed, extended or translated quote keeps most of its
words). Two thresholds, as in mature record-linkage tools: above AUTO the quote joins the
claim; between SUGGEST and AUTO it gets a claim of its own and a suggestion a person
confirms or rejects. Short texts never join automatically.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from claims.store import index, queries
from claims.store.models import Claim, ClaimLink, Quote
from claims.xref.terms import containment, term_counts

AUTO = 0.65  # containment at or above which a quote joins a claim by itself
AUTO_OTHER_SPEAKER = 0.85  # ... when both sides name different speakers
SUGGEST = 0.4  # at or above: a suggestion for a person
SAME_SPEAKER_BONUS = 0.15  # toward a suggestion only
MIN_AUTO_TERMS = 5  # distinct terms the shorter text needs before an automatic join
K1, B = 1.5, 0.4
CANDIDATES = 10
# Postings read per new quote: a repeat shares the quote's rarest terms, so a small budget
# finds it, and keeps each load step bounded however large the database grows.
JOIN_BUDGET = 600


@dataclass
class Outcome:
    joined: int = 0
    suggested: int = 0
    rated_repeats: Counter = field(default_factory=Counter)


@dataclass
class Hit:
    claim_id: int
    score: float


def bm25(s: Session, counts: Counter, top: int, n_docs: int | None = None,
         avg_len: float | None = None, budget: int = index.BUDGET,
         max_terms: int | None = None) -> list[Hit]:
    if not counts:
        return []
    if n_docs is None or avg_len is None:
        n_docs, avg_len = index.stats(s)
    if n_docs == 0:
        return []
    post = index.postings(s, list(counts), n_docs, budget, max_terms)
    scores: dict[int, float] = {}
    for term, plist in post.items():
        df = len(plist)
        idf = math.log(1 + (n_docs - df + 0.5) / (df + 0.5))
        qtf = counts[term]
        for cid, tf, dl in plist:
            dl = dl or avg_len
            scores[cid] = scores.get(cid, 0.0) + qtf * idf * tf * (K1 + 1) / (
                tf + K1 * (1 - B + B * dl / max(avg_len, 1e-9)))
    best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [Hit(cid, sc) for cid, sc in best]


def assign_claims(s: Session, quotes: list[Quote]) -> Outcome:
    """Give each newly stored quote a claim: an existing one it repeats, or its own."""
    out = Outcome()
    n_docs, avg_len = index.stats(s)
    for q in quotes:
        counts = term_counts(q.text)
        target, suggestions = _judge(s, q, counts, n_docs, avg_len)
        if target is not None:
            q.claim_id = target.id
            s.add(ClaimLink(quote_id=q.id, claim_id=target.id, score=round(suggestions[0][1], 4)
                            if suggestions else 1.0, state="auto"))
            out.joined += 1
            if target.verdict:
                out.rated_repeats[target.verdict] += 1
            continue
        c = queries.new_claim(s, text=q.text, speaker_id=q.speaker_id,
                              origin="statement" if q.kind == "statement" else "quote",
                              claim_date=q.said_on)
        q.claim_id = c.id
        index.add(s, c, counts)
        n_docs += 1
        for cid, score in suggestions:
            s.add(ClaimLink(quote_id=q.id, claim_id=cid, score=round(score, 4), state="suggested"))
        if suggestions:
            out.suggested += 1
    s.flush()
    return out


def _judge(s: Session, q: Quote, counts: Counter, n_docs: int, avg_len: float):
    """(claim to join or None, [(claim id, score)] to suggest)."""
    # A claim sharing at least SUGGEST of the quote's terms holds one of its rarest
    # (1 - SUGGEST) * n + 1 terms (pigeonhole): reading those finds every candidate.
    hits = bm25(s, counts, CANDIDATES, n_docs, avg_len, JOIN_BUDGET,
                max_terms=int((1 - SUGGEST) * len(counts)) + 1)
    if not hits:
        return None, []
    cand_terms = index.terms_of(s, [h.claim_id for h in hits])
    cands = queries.claim_heads(s, [h.claim_id for h in hits])  # one query, not one per hit
    mine = set(counts)
    best: tuple[float, Claim] | None = None
    suggest: list[tuple[int, float]] = []
    for h in hits:
        claim = cands.get(h.claim_id)
        if claim is None or claim.merged_into_id is not None:
            continue
        theirs = cand_terms.get(h.claim_id, set())
        sim = containment(mine, theirs)
        short = min(len(mine), len(theirs))
        same = q.speaker_id is not None and q.speaker_id == claim.speaker_id
        differ = q.speaker_id is not None and claim.speaker_id is not None and not same
        need = AUTO_OTHER_SPEAKER if differ else AUTO
        if short >= MIN_AUTO_TERMS and sim >= need:
            if best is None or sim > best[0]:
                best = (sim, claim)
            continue
        score = sim + (SAME_SPEAKER_BONUS if same else 0.0)
        if score >= SUGGEST and short >= 4:
            suggest.append((claim.id, score))
    if best is not None:
        return best[1], [(best[1].id, best[0])]
    suggest.sort(key=lambda x: -x[1])
    return None, suggest[:3]
