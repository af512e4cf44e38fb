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
from claims.xref.terms import containment, term_counts

AUTO = 0.65  # containment at or above which a quote joins a claim by itself
AUTO_OTHER_SPEAKER = 0.85  # ... when both sides name different speakers
SUGGEST = 0.4  # at or above: a suggestion for a person
SAME_SPEAKER_BONUS = 0.15  # toward a suggestion only
MIN_AUTO_TERMS = 5  # distinct terms the shorter text needs before an automatic join
MIN_SUGGEST_TERMS = 4  # ... before a suggestion: a quote with fewer is never ranked
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
    # {"quote": index of the quote in the article, "claim_id", "score", "state"}: stored by
    # the caller once the quotes have ids
    links: list[dict] = field(default_factory=list)
    new_claims: list[tuple[int, Counter, int]] = field(default_factory=list)  # id, terms, length


@dataclass
class Hit:
    claim_id: int
    score: float


def _idf(n_docs: int, df: int) -> float:
    return math.log(1 + (n_docs - df + 0.5) / (df + 0.5))


def _bm25_scores(post: dict, counts: Counter, n_docs: int, avg_len: float,
                 extra_df: Counter) -> dict[int, float]:
    """BM25 over postings held in memory (the claims an article creates while it loads)."""
    scores: dict[int, float] = {}
    avg = max(avg_len, 1e-9)
    for term, plist in post.items():
        idf = _idf(n_docs, len(plist) + extra_df[term])
        qtf = counts[term]
        for cid, tf, dl in plist:
            dl = dl or avg_len
            scores[cid] = scores.get(cid, 0.0) + qtf * idf * tf * (K1 + 1) / (
                tf + K1 * (1 - B + B * dl / avg))
    return scores


def _weights(chosen: list[str], counts: Counter, dfs: dict[str, int], n_docs: int) -> dict[str, float]:
    """Each chosen term's share of a BM25 score before length normalisation."""
    return {t: counts[t] * _idf(n_docs, dfs[t]) * (K1 + 1) for t in chosen}


def _db_scores(s: Session, chosen: list[list[str]], all_counts: list[Counter], dfs: dict[str, int],
               n_docs: int, avg_len: float, top: int, upto: int | None = None) -> list[dict[int, float]]:
    """Each query's `top` claims in the database by BM25 over its chosen terms."""
    weights = {i: _weights(ch, c, dfs, n_docs) for i, (ch, c) in enumerate(zip(chosen, all_counts))}
    found = index.top_claims(s, weights, avg_len, K1, B, top, upto)
    return [found[i] for i in range(len(chosen))]


def _top(scores: dict[int, float], top: int) -> list[Hit]:
    best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [Hit(cid, sc) for cid, sc in best]


def bm25(s: Session, counts: Counter, top: int, n_docs: int | None = None,
         avg_len: float | None = None, budget: int = index.BUDGET,
         max_terms: int | None = None) -> list[Hit]:
    """The `top` claims for one text: its rarest terms (at most max_terms, within `budget`
    postings; terms too common to rank by left out), ranked by BM25 in the database."""
    if not counts:
        return []
    if n_docs is None or avg_len is None:
        n_docs, avg_len = index.stats(s)
    if n_docs == 0:
        return []
    terms = sorted(counts)[:64]
    cap = index.cap_for(n_docs, budget)
    dfs = index.doc_freqs(s, terms, cap)
    chosen = index.choose(dfs, terms, cap, budget, max_terms)
    return _top(_db_scores(s, [chosen], [counts], dfs, n_docs, avg_len, top)[0], top)


@dataclass
class _Head:
    id: int
    speaker_id: int | None
    merged_into_id: int | None = None
    verdict: str | None = None


@dataclass
class Ranked:
    """What the claim index, as it stood at a snapshot, says of one article's quotes: each
    quote's best claims by BM25 and their terms. Read ahead of the writer (by a --jobs
    worker or by the loader); the writer adds the claims stored since (`_catch_up`)."""

    top: int  # the snapshot's highest claim id
    n_docs: int
    avg_len: float
    dfs: dict[str, int]
    scores: list[dict[int, float]]  # per quote: claim id -> BM25 score, its best CANDIDATES
    cand_terms: dict[int, set[str]]


def _join_terms(dfs: dict[str, int], counts: Counter, cap: int) -> list[str]:
    """The terms a quote is ranked by when it is loaded. A claim sharing at least SUGGEST of
    its terms holds one of its rarest (1 - SUGGEST) * n + 1 terms (pigeonhole): reading
    those finds every candidate. None for a quote too short to join or suggest anything
    (a third of the quotes in news text are such scare quotes and titles)."""
    if len(counts) < MIN_SUGGEST_TERMS:
        return []
    return index.choose(dfs, counts, cap, JOIN_BUDGET, int((1 - SUGGEST) * len(counts)) + 1)


def rank_candidates(s, all_counts: list[Counter], snap: index.Snapshot) -> Ranked:
    """Read the index as it stood at `snap` for one article's quotes (s: a session or a
    read-only connection)."""
    n_docs, avg_len = snap.n_docs, snap.avg_len
    cap = index.cap_for(n_docs, JOIN_BUDGET)
    wanted = {t for c in all_counts if len(c) >= MIN_SUGGEST_TERMS for t in c}
    dfs = index.doc_freqs(s, wanted, cap, snap.top) if n_docs and wanted else {}
    chosen = [_join_terms(dfs, c, cap) for c in all_counts]
    scores = _db_scores(s, chosen, all_counts, dfs, n_docs, avg_len, CANDIDATES, snap.top)
    cand_ids = sorted({cid for sc in scores for cid in sc})
    return Ranked(snap.top, n_docs, avg_len, dfs, scores, dict(index.terms_of(s, cand_ids)))


class RecentClaims:
    """The claims a loader stored lately (id -> term counts, length), so that a reading
    taken by a worker before them can be brought up to date without the database. Bounded:
    older claims are read back from the index when a reading is that old."""

    def __init__(self, size: int = 5000) -> None:
        self.size = size
        self.claims: dict[int, tuple[Counter, int]] = {}

    def add(self, rows: list[tuple[int, Counter, int]]) -> None:
        for cid, counts, n_terms in rows:
            self.claims[cid] = (counts, n_terms)
        while len(self.claims) > self.size:
            del self.claims[next(iter(self.claims))]


def _catch_up(s: Session, ranked: Ranked, all_counts: list[Counter], recent: RecentClaims | None) -> None:
    """Score the claims stored after `ranked` was read (by this loader, or by another one
    at the same time) against each quote, and add them to its candidates."""
    newer = index.ids_after(s, ranked.top)
    if not newer:
        return
    known = recent.claims if recent is not None else {}
    missing = [cid for cid in newer if cid not in known]
    fetched = index.postings_of(s, missing) if missing else {}
    wanted = {t for c in all_counts for t in c}
    post: dict[str, list[tuple[int, int, int]]] = {}  # the newer claims' postings of those terms
    for cid in newer:
        theirs, n_terms = known.get(cid) or fetched.get(cid) or (Counter(), 0)
        for t in wanted & theirs.keys():
            post.setdefault(t, []).append((cid, theirs[t], n_terms))
        ranked.cand_terms.setdefault(cid, set(theirs))
    n_docs = max(ranked.n_docs, newer[-1])
    # The terms each quote is ranked by, chosen again with the newer claims counted: a term
    # no claim had at the reading (left out then) may be the one a newer claim shares.
    dfs = {t: ranked.dfs.get(t, 0) + len(post.get(t, ())) for t in wanted}
    cap = index.cap_for(n_docs, JOIN_BUDGET)
    extra_df = Counter(ranked.dfs)
    for counts, scores in zip(all_counts, ranked.scores):
        mine = {t: post[t] for t in _join_terms(dfs, counts, cap) if t in post}
        if mine:
            # A claim the reading may have seen already is scored afresh, not twice.
            scores.update(_bm25_scores(mine, counts, n_docs, ranked.avg_len, extra_df))
    ranked.n_docs = n_docs


def assign_claims(s: Session, quotes: list[dict], terms: list[Counter] | None = None,
                  ranked: Ranked | None = None, recent: RecentClaims | None = None) -> Outcome:
    """Give each quote of one article (rows about to be stored: text, speaker_id, said_on,
    kind) a claim: an existing one it repeats, or its own, set as its claim_id. The new
    claims and their postings are inserted; the links (joins and suggestions) are returned
    for the caller to store with the quotes' ids.

    The index is read once for the whole article: document frequencies of all its terms,
    the postings its quotes need, then the candidates' terms and heads; claims the article
    itself creates are held in memory, so a repeat within the article is found too.
    `terms` are the quotes' term counts when the caller has them already."""
    out = Outcome()
    if not quotes:
        return out
    all_counts = terms if terms is not None else [term_counts(q["text"]) for q in quotes]
    if ranked is None:
        ranked = rank_candidates(s, all_counts, index.snapshot(s))
    else:
        _catch_up(s, ranked, all_counts, recent)
    n_docs, avg_len, db_scores = ranked.n_docs, ranked.avg_len, ranked.scores
    cand_terms = ranked.cand_terms
    cand_ids = sorted({cid for sc in db_scores for cid in sc})
    heads: dict[int, object] = dict(queries.claim_heads(s, cand_ids))
    local_post: dict[str, list[tuple[int, int, int]]] = {}
    local_df: Counter = Counter()
    # Claims this article creates get provisional ids (-1, -2, ...) until one insert at the end.
    new_rows: list[dict] = []
    new_counts: list[Counter] = []
    claim_of: list[int] = []
    links = out.links
    for qi, (q, counts, scores) in enumerate(zip(quotes, all_counts, db_scores)):
        if local_post and len(counts) >= MIN_SUGGEST_TERMS:
            local = {t: local_post[t] for t in counts if t in local_post}
            for cid, sc in _bm25_scores(local, counts, n_docs, avg_len, local_df).items():
                scores[cid] = scores.get(cid, 0.0) + sc
        hits = _top(scores, CANDIDATES)
        target, suggestions = _judge(q, counts, hits, cand_terms, heads)
        if target is not None:
            claim_of.append(target.id)
            links.append({"quote": qi, "claim_id": target.id, "state": "auto",
                          "score": round(suggestions[0][1], 4) if suggestions else 1.0})
            out.joined += 1
            if target.verdict:
                out.rated_repeats[target.verdict] += 1
            continue
        cid = -(len(new_rows) + 1)
        n_terms = sum(counts.values())
        new_rows.append({"text": q["text"], "speaker_id": q["speaker_id"], "claim_date": q["said_on"],
                         "origin": "statement" if q["kind"] == "statement" else "quote",
                         "n_terms": n_terms})
        new_counts.append(counts)
        claim_of.append(cid)
        n_docs += 1
        cand_terms[cid] = set(counts)
        heads[cid] = _Head(cid, q["speaker_id"])
        for term, tf in counts.items():
            local_post.setdefault(term, []).append((cid, tf, n_terms))
            local_df[term] += 1
        links.extend({"quote": qi, "claim_id": sid, "score": round(score, 4), "state": "suggested"}
                     for sid, score in suggestions)
        if suggestions:
            out.suggested += 1
    ids = queries.insert_claims(s, new_rows)
    out.new_claims = [(cid, c, row["n_terms"]) for cid, c, row in zip(ids, new_counts, new_rows)]
    real = lambda cid: ids[-cid - 1] if cid < 0 else cid  # noqa: E731
    for q, cid in zip(quotes, claim_of):
        q["claim_id"] = real(cid)
    for link in links:
        link["claim_id"] = real(link["claim_id"])
    index.add_many(s, list(zip(ids, new_counts)))
    index.note_added(s, [(cid, row["n_terms"]) for cid, row in zip(ids, new_rows)])
    return out


def _judge(q: dict, counts: Counter, hits: list[Hit], cand_terms: dict[int, set[str]],
           heads: dict[int, object]):
    """(claim to join or None, [(claim id, score)] to suggest)."""
    if not hits:
        return None, []
    mine = set(counts)
    best: tuple[float, object] | None = None
    suggest: list[tuple[int, float]] = []
    for h in hits:
        claim = heads.get(h.claim_id)
        if claim is None or claim.merged_into_id is not None:
            continue
        theirs = cand_terms.get(h.claim_id, set())
        sim = containment(mine, theirs)
        short = min(len(mine), len(theirs))
        same = q["speaker_id"] is not None and q["speaker_id"] == claim.speaker_id
        differ = q["speaker_id"] is not None and claim.speaker_id is not None and not same
        need = AUTO_OTHER_SPEAKER if differ else AUTO
        if short >= MIN_AUTO_TERMS and sim >= need:
            if best is None or sim > best[0]:
                best = (sim, claim)
            continue
        score = sim + (SAME_SPEAKER_BONUS if same else 0.0)
        if score >= SUGGEST and short >= MIN_SUGGEST_TERMS:
            suggest.append((claim.id, score))
    if best is not None:
        return best[1], [(best[1].id, best[0])]
    suggest.sort(key=lambda x: -x[1])
    return None, suggest[:3]
