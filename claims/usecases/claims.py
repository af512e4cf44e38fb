"""Claims across articles: repeats, ranking a new text against the database, importing
claims verified elsewhere, and a person's link / unlink decisions."""

from __future__ import annotations

import csv
import io
import json
import pathlib
from dataclasses import dataclass
from typing import Callable, Iterator


from claims.dates import BadDate, parse_date
from claims.errors import ClaimsError, InputError, NotFound
from claims.store import curation, index, queries
from claims.store import vectors as vectors_store
from claims.store import speakers as speakers_store
from claims.store.engine import Database
from claims.store.models import Claim, Quote, StatusEvent, utcnow
from claims.store.tables import REF_WIDTH
from claims.usecases import semantic
from claims.xref.terms import term_counts


def _claim_terms(text: str, title: str | None):
    """A claim's index terms: its text and its title (an imported claim's headline)."""
    return term_counts(text + " " + (title or ""))


def _hit_row(c: Claim, rank_: int, score: float) -> dict:
    return {"rank": rank_, "id": c.id, "claim": c.external_id or c.id, "score": round(score, 4),
            "status": c.status, "verdict": c.verdict, "text": c.text, "title": c.title}


def match(db: Database, text: str, top: int) -> list[dict]:
    if not text.strip():
        raise ClaimsError("nothing to match: the statement is empty")
    with db.session() as s:
        n_docs, avg_len = index.stats(s)
        hits = semantic.rank_many(s, [text], top, n_docs, avg_len, semantic.is_on(s))[0]
        claims = queries.claims_by_ids(s, [cid for cid, _ in hits])
        return [_hit_row(claims[cid], i, score) for i, (cid, score) in enumerate(hits, 1)]


def match_bulk(db: Database, path: str, top: int, batch: int = 64) -> Iterator[dict]:
    """Rank claims for every query of a JSONL/JSON file; queries go in batches (one encoder
    call per batch when semantic re-ranking is on)."""
    with db.session() as s:
        n_docs, avg_len = index.stats(s)
        on = semantic.is_on(s)
        pending: list[tuple[object, str]] = []

        def flush():
            ranked = semantic.rank_many(s, [t for _, t in pending], top, n_docs, avg_len, on)
            claims = queries.claims_by_ids(s, [cid for hits in ranked for cid, _ in hits])
            for (qid, _), hits in zip(pending, ranked):
                for i, (cid, score) in enumerate(hits, 1):
                    c = claims[cid]
                    yield {"query": qid, "rank": i, "claim": c.external_id or c.id, "score": round(score, 4)}
            pending.clear()

        for where, rec in _records(path):
            qid, text = rec.get("id"), rec.get("text")
            if qid is None or not isinstance(text, str):
                raise InputError(where, 'each query needs "id" and "text"')
            pending.append((qid, text))
            if len(pending) >= batch:
                yield from flush()
        if pending:
            yield from flush()


# --- import -----------------------------------------------------------------------------

STATUSES = ("unreviewed", "in-progress", "verified", "not-applicable")


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def _records(path: str) -> Iterator[tuple[str, dict]]:
    p = pathlib.Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    if b"\x00" in data:
        raise InputError(path, "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None
    if p.suffix.lower() == ".csv":
        for i, row in enumerate(csv.DictReader(io.StringIO(text)), 2):
            yield f"{path}:{i}", {k.strip().lower(): (v or "").strip() or None for k, v in row.items() if k}
        return
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            arr = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"malformed JSON: {exc.msg} at line {exc.lineno}") from None
        for i, rec in enumerate(arr, 1):
            if not isinstance(rec, dict):
                raise InputError(f"{path}[{i}]", "expected a JSON object")
            yield f"{path}[{i}]", rec
        return
    for i, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{i}", f"malformed JSON: {exc.msg}") from None
        if not isinstance(rec, dict):
            raise InputError(f"{path}:{i}", "expected a JSON object")
        yield f"{path}:{i}", rec


def import_claims(db: Database, path: str, by: str) -> ImportReport:
    """Claims verified elsewhere, keyed by their external id: re-importing the same file
    changes nothing; a changed text, title or rating updates the claim (rating changes go
    to its history). All or nothing: one bad record and nothing is imported."""
    from claims.usecases import scale

    report = ImportReport()
    verdicts = {e["verdict"] for e in scale.get(db)}
    recs = []
    for where, rec in _records(path):
        ext, text = rec.get("id"), rec.get("text")
        if ext is None or str(ext).strip() == "" or not isinstance(text, str) or not text.strip():
            raise InputError(where, 'each record needs "id" and a non-empty "text"')
        if len(str(ext)) > REF_WIDTH:
            raise InputError(where, f'"id" is {len(str(ext))} characters long; at most {REF_WIDTH}')
        if any(isinstance(v, str) and "\x00" in v for v in (str(ext), *rec.values())):
            raise InputError(where, "NUL character (\\u0000) in the record, not text")
        status = rec.get("status") or None
        if status is not None and status not in STATUSES:
            raise InputError(where, f"unknown status {status!r}; one of {', '.join(STATUSES)}")
        date = None
        if rec.get("date"):
            try:
                date = parse_date(str(rec["date"]))[0]
            except BadDate as exc:
                raise InputError(where, str(exc)) from None
        verdict = rec.get("verdict") or None
        if verdict is not None:
            verdict = scale.normalise(str(verdict))
            if verdict not in verdicts:
                raise InputError(where, f"verdict {rec['verdict']!r} is not on the rating scale "
                                 f"({', '.join(sorted(verdicts))}); see `claims scale add`")
        recs.append((str(ext), text.strip(), rec, status, date, verdict))
    with db.session() as s:
        existing = queries.external_ids(s)
        new_rows, new_counts = [], []
        seen = set()
        for ext, text, rec, status, date, verdict in recs:
            if ext in seen:
                continue
            seen.add(ext)
            title = rec.get("title") or None
            if verdict and not status:
                status = "verified"
            c = existing.get(ext)
            if c is None:
                spk = speakers_store.resolve(s, rec["speaker"]) if rec.get("speaker") else None
                counts = _claim_terms(text, title)
                new_rows.append({
                    "text": text, "title": title, "url": rec.get("url") or None, "external_id": ext,
                    "origin": "import", "status": status or "unreviewed", "verdict": verdict,
                    "claim_date": date, "speaker_id": spk,
                    "n_terms": sum(counts.values()), "version": 1,
                    "created_at": utcnow(), "updated_at": utcnow(),
                })
                new_counts.append(counts)
                continue
            changed = False
            if c.text != text or c.title != title:
                c.text, c.title = text, title
                index.remove(s, c.id)
                index.add(s, c, _claim_terms(text, title))
                vectors_store.drop(s, c.id)
                changed = True
            for field, new in (("status", status), ("verdict", verdict)):
                if new is not None and getattr(c, field) != new:
                    s.add(StatusEvent(claim_id=c.id, by=by, field=field, old=getattr(c, field),
                                      new=new, note=f"imported from {path}"))
                    setattr(c, field, new)
                    changed = True
            if changed:
                c.version += 1
                c.updated_at = utcnow()
                report.updated += 1
            else:
                report.unchanged += 1
        ids = queries.insert_claims(s, new_rows)
        index.add_many(s, list(zip(ids, new_counts)))
        report.added = len(ids)
    semantic.embed_missing(db)
    return report


def rebuild_index(db: Database, batch: int = 2000, progress: Callable[[int], None] | None = None) -> int:
    """Index every live claim afresh from its text and title: after an upgrade that changes
    how text becomes terms, old claims rank the way new ones do. A committed batch at a
    time; each claim is indexed whole either way, so an interrupted run leaves a usable
    index and running it again finishes the job."""
    done, after = 0, 0
    while True:
        with db.session() as s:
            rows = index.live_claims(s, after, batch)
            if not rows:
                return done
            index.replace(s, [(cid, _claim_terms(text, title)) for cid, text, title in rows])
        after = rows[-1][0]
        done += len(rows)
        if progress:
            progress(done)


# --- a person's decisions ----------------------------------------------------------------

def suggestions(db: Database, limit: int | None) -> list[dict]:
    with db.session() as s:
        return queries.suggestion_rows(s, limit)


def link(db: Database, quote_id: int, claim_id: int, by: str) -> str:
    """Put a quote in a claim (a person's decision). If the quote's old claim is left with
    no quote, it is merged into the target: its id keeps working and redirects."""
    with db.session() as s:
        q = s.get(Quote, quote_id)
        if q is None:
            raise NotFound(f"no quote {quote_id}")
        target, _ = queries.resolve_claim(s, claim_id)
        old_id = q.claim_id
        if old_id == target.id:
            return f"quote {quote_id} is already in claim {target.id}"
        q.claim_id = target.id
        curation.decide(s, quote_id, target.id, "confirmed", by)
        s.flush()
        msg = f"quote {quote_id} joined claim {target.id}"
        if old_id is not None:
            old = s.get(Claim, old_id)
            left = curation.other_quote_in_claim(s, old_id)
            if old is not None and left is None:
                old.merged_into_id = target.id
                index.remove(s, old_id)
                old.n_terms = 0
                msg += f"; claim {old_id} now redirects to {target.id}"
        return msg


def unlink(db: Database, quote_id: int, by: str) -> str:
    """Take a quote out of its claim into a claim of its own; the rejection is recorded so
    no automatic pass puts it back."""
    with db.session() as s:
        q = s.get(Quote, quote_id)
        if q is None:
            raise NotFound(f"no quote {quote_id}")
        old_id = q.claim_id
        others = curation.other_quote_in_claim(s, old_id, besides=q.id)
        if others is None:
            # Not in a shared claim: reject its pending suggestions instead.
            n = curation.reject_suggestions(s, quote_id, by)
            return f"quote {quote_id} is alone in claim {old_id}; {n} suggestion(s) rejected"
        c = queries.new_claim(s, text=q.text, speaker_id=q.speaker_id, origin=q.kind == "statement"
                              and "statement" or "quote", claim_date=q.said_on)
        q.claim_id = c.id
        index.add(s, c, term_counts(q.text))
        curation.decide(s, quote_id, old_id, "rejected", by)
        return f"quote {quote_id} left claim {old_id} for a new claim {c.id}"
