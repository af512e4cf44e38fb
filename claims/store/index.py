"""The claim index: postings of terms to claims.

Every read is bounded, whatever the size of the database, so loading article N+1 costs the
same at 100,000 claims as at 1,000: a query's terms are read rarest first until a budget of
postings is spent (the common terms it leaves out weigh little in BM25 and are shared by too
many claims to find a repeat by), document frequencies are counted only up to that budget,
and the collection statistics come from the primary key and a recent sample, not a scan."""

from __future__ import annotations

from collections import Counter, deque
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, func, insert, select
from sqlalchemy.orm import Session

from claims.store import tables
from claims.store.models import Claim, ClaimTerm

# Terms held by more claims than this share are too common to rank by (stop words of the
# collection); their postings are never read.
MAX_DF_SHARE = 0.2
# Postings read per query at most; a term whose postings alone exceed it is never read.
BUDGET = 4000
SAMPLE = 1000  # recent claims the average length is taken from

def _conn(s: Session | Connection) -> Connection:
    """Reads take a session (the loader's write transaction) or a bare connection (a --jobs
    worker's read-only one)."""
    return s if isinstance(s, Connection) else s.connection()


def add(s: Session, claim: Claim, counts: Counter) -> None:
    claim.n_terms = sum(counts.values())
    _forget_window(s)
    add_many(s, [(claim.id, counts)])


def add_many(s: Session, rows: list[tuple[int, Counter]]) -> None:
    """Postings of claims whose n_terms the caller has set."""
    conn = s.connection()
    if conn.dialect.name == "postgresql":  # three arrays, one statement: no row-by-row protocol
        cols: tuple[list, list, list] = ([], [], [])
        for cid, c in rows:
            for t, n in c.items():
                cols[0].append(t[:80])
                cols[1].append(cid)
                cols[2].append(n)
        if cols[0]:
            conn.exec_driver_sql(
                "INSERT INTO claim_term (term, claim_id, tf) "
                "SELECT * FROM unnest(%s::varchar[], %s::integer[], %s::integer[])", cols)
        return
    postings = [{"term": t[:80], "claim_id": cid, "tf": n} for cid, c in rows for t, n in c.items()]
    for i in range(0, len(postings), 5000):
        conn.execute(insert(tables.claim_term), postings[i:i + 5000])


def remove(s: Session, claim_id: int) -> None:
    _forget_window(s)
    s.execute(ClaimTerm.__table__.delete().where(ClaimTerm.claim_id == claim_id))


def live_claims(s: Session, after: int, limit: int) -> list[tuple[int, str, str | None]]:
    """(id, text, title) of live (unmerged) claims with ids above `after`, in id order."""
    c = tables.claim.c
    return [tuple(r) for r in s.execute(
        select(c.id, c.text, c.title).where(c.id > after, c.merged_into_id.is_(None))
        .order_by(c.id).limit(limit))]


def replace(s: Session, rows: list[tuple[int, Counter]]) -> None:
    """New postings and lengths for these claims, in place of what they had."""
    if not rows:
        return
    _forget_window(s)
    ids = [cid for cid, _ in rows]
    s.execute(tables.claim_term.delete().where(tables.claim_term.c.claim_id.in_(ids)))
    s.execute(tables.claim.update().where(tables.claim.c.id == bindparam("cid"))
              .values(n_terms=bindparam("n")),
              [{"cid": cid, "n": sum(c.values())} for cid, c in rows])
    add_many(s, rows)


# The lengths of the most recent claims, kept on the connection between articles of a load:
# the window is read from the database once, then moved along as claims are added, and read
# again whenever the highest claim id is not the one it ends at (another writer, a rollback).
_WINDOW = "claims.index.recent_lengths"


class _Window:
    def __init__(self, top: int, lengths: list[int]) -> None:
        self.top = top
        self.lengths = deque(lengths, maxlen=SAMPLE)  # oldest first
        self.total = sum(self.lengths)

    def add(self, length: int) -> None:
        if len(self.lengths) == SAMPLE:
            self.total -= self.lengths[0]
        self.lengths.append(length)
        self.total += length

    @property
    def avg(self) -> float:
        return self.total / len(self.lengths) if self.lengths else 0.0


def _forget_window(s: Session) -> None:
    """Drop what the connection remembers of the index (it is being changed in place)."""
    info = s.connection().info
    info.pop(_WINDOW, None)
    info.pop(_COMMON, None)


def stats(s: Session | Connection) -> tuple[int, float]:
    """(number of claims, average claim length in terms) for BM25, in bounded time: the
    highest id stands for the count (merged claims are few) and the average comes from the
    most recent claims."""
    conn = _conn(s)
    n = conn.execute(select(func.max(tables.claim.c.id))).scalar() or 0
    w = conn.info.get(_WINDOW)
    if w is None or w.top != n:
        recent = conn.execute(
            select(tables.claim.c.n_terms).where(tables.claim.c.n_terms > 0)
            .order_by(tables.claim.c.id.desc()).limit(SAMPLE)
        ).scalars().all()
        w = conn.info[_WINDOW] = _Window(n, recent[::-1])
    return int(n), float(w.avg)


@dataclass(frozen=True)
class Snapshot:
    """The index as it stood after some write: the highest claim id, and the collection
    statistics BM25 needs. A reading against a snapshot sees the claims up to `top` only,
    whenever it is made: the same answers from a --jobs worker as from the loader itself."""

    top: int
    n_docs: int
    avg_len: float


def snapshot(s: Session) -> Snapshot:
    n, avg = stats(s)
    return Snapshot(n, n, avg)


def note_added(s: Session, rows: list[tuple[int, int]]) -> None:
    """(claim id, n_terms) of claims just inserted, in id order: moves the window along, so
    the next article needs no re-read."""
    w = s.connection().info.get(_WINDOW)
    if w is None or not rows:
        return
    if any(cid != w.top + 1 + i for i, (cid, _) in enumerate(rows)):
        _forget_window(s)  # someone else's claims may lie between: read afresh next time
        return
    for _, length in rows:
        if length > 0:
            w.add(length)
    w.top = rows[-1][0]


def count(s: Session) -> int:
    """Exact number of live indexed claims (a scan: for status displays, not per query)."""
    return s.scalar(select(func.count(Claim.id)).where(Claim.n_terms > 0, Claim.merged_into_id.is_(None))) or 0


def cap_for(n_docs: int, budget: int) -> int:
    """Document frequency above which a term is too common to read."""
    return min(budget, max(50, int(n_docs * MAX_DF_SHARE)))


_DF_SQL: dict[tuple[str, int, bool], str] = {}


def _df_sql(ph: str, n: int, upto: bool) -> str:
    key = (ph, n, upto)
    if key not in _DF_SQL:
        bound = f" AND claim_id <= {ph}" if upto else ""
        _DF_SQL[key] = " UNION ALL ".join(
            f"SELECT {k}, (SELECT count(*) FROM (SELECT 1 FROM claim_term WHERE term = {ph}{bound} "
            f"LIMIT {ph}) AS x{k})" for k in range(n))
    return _DF_SQL[key]


# Terms found too common (df above the cap) stay so while claims are only added: they are
# remembered on the connection for the cap they were counted against, and not counted again.
_COMMON = "claims.index.common_terms"


def doc_freqs(s: Session | Connection, terms, cap: int, upto: int | None = None) -> dict[str, int]:
    """df of each term, counted no further than cap + 1: bounded work per term. `upto`:
    count only the claims with ids up to it (the index as it stood then)."""
    conn = _conn(s)  # driver-level SQL, built once per size: this runs for every article
    known = conn.info.get(_COMMON)
    if known is None or known[0] != cap:
        known = conn.info[_COMMON] = (cap, set())
    common: set[str] = known[1]
    out: dict[str, int] = {t: cap + 1 for t in set(terms) & common}
    terms = sorted(set(terms) - common)
    ph = _placeholder(conn)
    if ph == "%s" and terms:  # PostgreSQL: one statement of fixed text, so it is prepared once
        sql, params = (_PG_DF_SQL, (cap + 1, terms)) if upto is None else (_PG_DF_UPTO_SQL, (upto, cap + 1, terms))
        for term, n in conn.exec_driver_sql(sql, params):
            out[term] = n
            if n > cap:
                common.add(term)
        return out
    for i in range(0, len(terms), 64):
        part = terms[i:i + 64]
        params = tuple(x for term in part for x in ((term, cap + 1) if upto is None else (term, upto, cap + 1)))
        for k, n in conn.exec_driver_sql(_df_sql(ph, len(part), upto is not None), params):
            out[part[k]] = n
            if n > cap:
                common.add(part[k])
    return out


_PG_DF_SQL = (
    "SELECT u.t, (SELECT count(*) FROM (SELECT 1 FROM claim_term WHERE term = u.t LIMIT %s) AS x) "
    "FROM unnest(%s::varchar[]) AS u(t)")
_PG_DF_UPTO_SQL = (
    "SELECT u.t, (SELECT count(*) FROM (SELECT 1 FROM claim_term WHERE term = u.t AND claim_id <= %s "
    "LIMIT %s) AS x) FROM unnest(%s::varchar[]) AS u(t)")


def choose(dfs: dict[str, int], terms, cap: int, budget: int, max_terms: int | None = None) -> list[str]:
    """A query's rarest terms (at most max_terms), within `budget` postings."""
    keep, spent = [], 0
    for term in sorted((t for t in set(terms) if 0 < dfs.get(t, 0) <= cap), key=lambda t: (dfs[t], t)):
        if spent + dfs[term] > budget or (max_terms is not None and len(keep) >= max_terms):
            break
        keep.append(term)
        spent += dfs[term]
    return keep


def _placeholder(s: Session | Connection) -> str:
    return "?" if _conn(s).dialect.paramstyle == "qmark" else "%s"


_TOP_SQL: dict[tuple[str, int, bool], str] = {}
# Set on a connection whose session has jit off for good (a worker's autocommit connection,
# where SET LOCAL would not hold).
JIT_OFF = "claims.index.jit_off"
# Far above any term a query reads (their document frequency is capped by the budget): it
# only keeps PostgreSQL from flattening the per-term subquery.
_LATERAL_LIMIT = 1_000_000


def _top_sql(ph: str, n_rows: int, upto: bool = False) -> str:
    """BM25 over the postings of the given (query, term, weight) rows, summed and ranked in
    the database: the postings never travel to Python, only each query's best claims.

    On PostgreSQL the rows come as three arrays (n_rows 0), so the text never changes and the
    statement is prepared once per connection. Each term's postings are read by a LATERAL
    subquery with a LIMIT, and each posting's claim length by a scalar subquery: neither can
    be flattened into a join. As a join, the planner (which knows nothing of the array's terms
    and estimates hundreds of postings for each) chose at ~40,000 articles a sequential scan of
    all postings and claims for every article: 650 ms, growing with the archive."""
    key = (ph, n_rows, upto)
    if key not in _TOP_SQL:
        if n_rows:
            row = f"(CAST({ph} AS INTEGER), CAST({ph} AS VARCHAR(80)), CAST({ph} AS FLOAT))"
            rows = f"VALUES {', '.join([row] * n_rows)}"
            bound = f" AND p.claim_id <= {ph}" if upto else ""
            postings = f"q JOIN claim_term p ON p.term = q.term{bound} JOIN claim c ON c.id = p.claim_id"
            n_terms = "c.n_terms"
        else:
            rows = "SELECT * FROM unnest(%s::integer[], %s::varchar[], %s::float8[])"
            bound = f" AND ct.claim_id <= {ph}" if upto else ""
            postings = ("q CROSS JOIN LATERAL (SELECT ct.claim_id, ct.tf, (SELECT c.n_terms FROM claim c "
                        f"WHERE c.id = ct.claim_id) AS n_terms FROM claim_term ct WHERE ct.term = q.term{bound} "
                        f"LIMIT {_LATERAL_LIMIT}) AS p")
            n_terms = "p.n_terms"
        _TOP_SQL[key] = (
            f"WITH q(qi, term, w) AS ({rows}), "
            "s AS (SELECT q.qi AS qi, p.claim_id AS claim_id, "
            f"SUM(q.w * p.tf / (p.tf + {ph} * (1 - {ph} + {ph} * "
            f"COALESCE(NULLIF({n_terms}, 0), {ph}) / {ph}))) AS score "
            f"FROM {postings} GROUP BY q.qi, p.claim_id), "
            "r AS (SELECT qi, claim_id, score, "
            "ROW_NUMBER() OVER (PARTITION BY qi ORDER BY score DESC, claim_id) AS rk FROM s) "
            f"SELECT qi, claim_id, score FROM r WHERE rk <= {ph}")
    return _TOP_SQL[key]


def top_claims(s: Session | Connection, weights: dict[int, dict[str, float]], avg_len: float, k1: float,
               b: float, top: int, upto: int | None = None) -> dict[int, dict[int, float]]:
    """query -> {claim id: BM25 score} of its `top` best claims. `weights` maps each query to
    its chosen terms and their weights (query tf x idf x (k1 + 1)); the length normalisation
    is applied here, from each claim's length in terms."""
    out: dict[int, dict[int, float]] = {qi: {} for qi in weights}
    avg = max(avg_len, 1e-9)
    conn = _conn(s)
    ph = _placeholder(conn)
    items = [(qi, w) for qi, w in weights.items() if w]
    tail = (float(k1), float(b), float(b), avg, avg, *(() if upto is None else (upto,)), top)
    if ph == "%s":
        if items:
            cols: tuple[list, list, list] = ([], [], [])
            for qi, w in items:
                for term, weight in w.items():
                    cols[0].append(qi)
                    cols[1].append(term[:80])
                    cols[2].append(float(weight))
            # Its cost estimate is far above PostgreSQL's JIT threshold, but it reads a few
            # hundred index entries: compiling it would cost ~30 ms an article.
            if not conn.info.get(JIT_OFF):
                conn.exec_driver_sql("SET LOCAL jit = off")
            for q, cid, score in conn.exec_driver_sql(_top_sql(ph, 0, upto is not None), (*cols, *tail)):
                out[q][cid] = score
        return out
    batch: list = []
    n_rows = 0
    for i, (qi, w) in enumerate(items):
        for term, weight in w.items():
            batch.extend((qi, term[:80], float(weight)))
        n_rows += len(w)
        if n_rows >= 300 or i == len(items) - 1:
            params = (*batch, *tail)
            for q, cid, score in conn.exec_driver_sql(_top_sql(ph, n_rows, upto is not None), params):
                out[q][cid] = score
            batch, n_rows = [], 0
    return out


_SEP = "\x1f"  # joins a claim's terms in one string (terms are words: never hold it)
_TERMS_SQL: dict[tuple[str, int], str] = {}


def terms_of(s: Session | Connection, claim_ids: list[int]) -> dict[int, set[str]]:
    """Each claim's distinct terms. One row per claim, its terms joined in the database:
    this runs for every article, on every candidate of its quotes."""
    out: dict[int, set[str]] = {}
    if not claim_ids:
        return out
    conn = _conn(s)
    ph = _placeholder(conn)
    if ph == "%s":  # PostgreSQL: one array parameter, one statement text
        out.update((cid, set(joined.split(_SEP))) for cid, joined in conn.exec_driver_sql(
            "SELECT claim_id, string_agg(term, chr(31)) FROM claim_term "
            "WHERE claim_id = ANY(%s::integer[]) GROUP BY claim_id", (list(claim_ids),)).fetchall())
        return out
    agg = "group_concat(term, char(31))"
    for i in range(0, len(claim_ids), 500):
        part = tuple(claim_ids[i:i + 500])
        key = (ph, len(part))
        if key not in _TERMS_SQL:
            _TERMS_SQL[key] = (f"SELECT claim_id, {agg} FROM claim_term "
                               f"WHERE claim_id IN ({', '.join([ph] * len(part))}) GROUP BY claim_id")
        out.update((cid, set(joined.split(_SEP))) for cid, joined in
                   conn.exec_driver_sql(_TERMS_SQL[key], part).fetchall())
    return out


def ids_after(s: Session, top: int) -> list[int]:
    """Ids of the indexed claims above `top` (the claims stored since a reader's look)."""
    conn = s.connection()
    sql = f"SELECT id FROM claim WHERE id > {_placeholder(conn)} AND n_terms > 0 ORDER BY id"
    return [r[0] for r in conn.exec_driver_sql(sql, (top,))]


def postings_of(s: Session, claim_ids: list[int]) -> dict[int, tuple[Counter, int]]:
    """Each claim's term counts and length (for the few claims a reader did not see)."""
    out: dict[int, tuple[Counter, int]] = {}
    if not claim_ids:
        return out
    t, c = tables.claim_term.c, tables.claim.c
    conn = s.connection()
    for i in range(0, len(claim_ids), 500):
        part = claim_ids[i:i + 500]
        for cid, term, tf in conn.execute(select(t.claim_id, t.term, t.tf).where(t.claim_id.in_(part))):
            out.setdefault(cid, (Counter(), 0))[0][term] = tf
        for cid, n in conn.execute(select(c.id, c.n_terms).where(c.id.in_(part))):
            if cid in out:
                out[cid] = (out[cid][0], n or 0)
    return out
