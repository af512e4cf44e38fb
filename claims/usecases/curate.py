"""Verification status and verdicts: every change appended to the claim's history, undo by
appending the inverse, and an optimistic version check so two curators never overwrite
each other silently."""

from __future__ import annotations

import datetime as dt
import json

from claims.errors import ClaimsError, Conflict
from claims.store import curation, listing, queries
from claims.store import scale as scale_store
from claims.usecases import scale
from claims.store.engine import Database
from claims.store.models import Claim, StatusEvent, utcnow

STATUSES = ("unreviewed", "in-progress", "verified", "not-applicable")


def _apply(s, claim: Claim, changes: dict[str, str | None], by: str, note: str | None,
           sources: list[str], expected_version: int | None, undoes: dict[str, int] | None = None
           ) -> tuple[int, str | None]:
    """Write the changes with a version check; append one event per changed field.

    With `expected_version` (the version the curator looked at), a claim that changed since
    is refused with Conflict. Without it, a change that lands between our read and our write
    is not overwritten silently: ours is applied on top, both stay in the history, and the
    second return value says what changed under us."""
    raced = None
    for _attempt in range(5):
        version = claim.version if expected_version is None else expected_version
        todo = {k: v for k, v in changes.items() if getattr(claim, k) != v}
        if not todo:
            return 0, raced
        old = {k: getattr(claim, k) for k in todo}
        if queries.update_claim_versioned(s, claim.id, version, todo):
            break
        if expected_version is not None:
            now = queries.claim_version(s, claim.id)
            s.rollback()
            raise Conflict(
                f"claim {claim.id} changed while you were working on it (now at version {now}, "
                f"you had {version}); see `claims history {claim.id}` and retry")
        s.refresh(claim)
        last = curation.events(s, claim.id)[-1:]
        raced = (f"{last[0].by} set {last[0].field} to {last[0].new or '-'}" if last
                 else f"it moved to version {claim.version}")
    else:
        s.rollback()
        raise Conflict(f"claim {claim.id} keeps changing under you; retry")
    at = utcnow()
    for field, new in todo.items():
        s.add(StatusEvent(claim_id=claim.id, at=at, by=by, field=field, old=old[field], new=new,
                          note=note, sources=json.dumps(sources) if sources else None,
                          undoes_id=(undoes or {}).get(field)))
    s.flush()
    return len(todo), raced


def verify(db: Database, claim_id: int, verdict: str, by: str, note: str | None = None,
           sources: list[str] | None = None, expected_version: int | None = None) -> dict:
    with db.session() as s:
        v = scale.check_verdict(scale_store.load(s), verdict)
        claim, _ = queries.resolve_claim(s, claim_id)
        n, raced = _apply(s, claim, {"status": "verified", "verdict": v}, by, note, sources or [],
                          expected_version)
        return {"claim": claim.id, "changed": n, "verdict": v, "raced": raced}


def set_status(db: Database, claim_id: int, status: str, by: str, note: str | None = None,
               expected_version: int | None = None) -> dict:
    if status not in STATUSES:
        raise ClaimsError(f"unknown status {status!r}; one of: {', '.join(STATUSES)}")
    with db.session() as s:
        claim, _ = queries.resolve_claim(s, claim_id)
        changes: dict[str, str | None] = {"status": status}
        if status != "verified" and claim.verdict is not None:
            changes["verdict"] = None
        n, raced = _apply(s, claim, changes, by, note, [], expected_version)
        return {"claim": claim.id, "changed": n, "status": status, "raced": raced}


def history(db: Database, claim_id: int) -> list[dict]:
    with db.session() as s:
        claim, _ = queries.resolve_claim(s, claim_id)
        return [listing.event_dict(e) for e in curation.events(s, claim.id)]


def undo(db: Database, claim_id: int, by: str) -> str:
    """Revert the last change that is not itself undone, by appending its inverse."""
    with db.session() as s:
        claim, _ = queries.resolve_claim(s, claim_id)
        events = curation.events(s, claim.id)
        undone = {e.undoes_id for e in events if e.undoes_id}
        live = [e for e in events if e.id not in undone and e.undoes_id is None]
        if not live:
            raise ClaimsError(f"claim {claim.id} has no change to undo")
        last_at = live[-1].at
        batch = [e for e in live if e.at == last_at]
        changes = {e.field: e.old for e in batch}
        _apply(s, claim, changes, by, "undo", [], None, undoes={e.field: e.id for e in batch})
        return ", ".join(f"{e.field} {e.new or '-'} -> {e.old or '-'}" for e in batch)


def review_queue(db: Database, speaker: str | None, since: dt.date | None, status: str,
                 limit: int | None = None) -> list[int]:
    """Claims to review, most repeated and most recent first."""
    with db.session() as s:
        return curation.review_queue(s, speaker, since, status, limit)


# --- export -------------------------------------------------------------------------------

def export_rows(db: Database, verified_only: bool) -> list[dict]:
    with db.session() as s:
        return [listing.claim_detail(s, cid) for cid in curation.live_claim_ids(s, verified_only)]


def export_records(db: Database, verified_only: bool) -> list[dict]:
    """Flat rows of claims with their appearances and verdicts, for spreadsheets and pipelines."""
    return [{
        "id": d["id"], "external_id": d["external_id"], "text": d["text"], "speaker": d["speaker"],
        "status": d["status"], "verdict": d["verdict"], "first_date": d["first_date"],
        "last_date": d["last_date"], "articles": d["articles"],
        "appearances": [a["url"] or a["source"] for a in d["appearances"]],
        "note": next((e["note"] for e in reversed(d["history"]) if e["field"] == "verdict"), None),
    } for d in export_rows(db, verified_only)]


def claimreview_docs(db: Database, publisher: str | None = None) -> list[dict]:
    """schema.org ClaimReview JSON-LD of every verified claim."""
    ratings = scale.get(db)
    return [claimreview(d, ratings, publisher) for d in export_rows(db, True)]


def claimreview(d: dict, ratings: list[dict], publisher: str | None = None) -> dict:
    """A schema.org ClaimReview for a verified claim, rated on the database's scale."""
    apps = d["appearances"]
    verdict = d["verdict"]
    entry = next((e for e in ratings if e["verdict"] == verdict), None)
    value = entry["value"] if entry else None
    best, worst = scale.bounds(ratings)
    last_event = next((e for e in reversed(d["history"]) if e["field"] == "verdict"), None)
    rating = {"@type": "Rating", "alternateName": verdict, "bestRating": best, "worstRating": worst,
              # schema.org: -1 when the verdict is off the truth scale (satire, opinion...)
              "ratingValue": value if value is not None else -1}
    if entry and entry.get("description"):
        rating["ratingExplanation"] = entry["description"]
    urls = [a["url"] or a["source"] for a in apps if a.get("url") or a.get("source")]
    item = {
        "@type": "Claim",
        "author": {"@type": "Person" if apps and apps[0].get("speaker_kind") == "person" else "Organization",
                   "name": d.get("speaker") or (apps[0]["outlet"] if apps else None) or "unknown"},
        "datePublished": d.get("first_date"),
        "appearance": [{"@type": "CreativeWork", "url": u} for u in dict.fromkeys(urls)],
    }
    if apps:
        first = apps[0]
        item["firstAppearance"] = {"@type": "CreativeWork", "url": first.get("url") or first.get("source"),
                                   "datePublished": first.get("date")}
    out = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": d["text"],
        "reviewRating": rating,
        "itemReviewed": item,
        "datePublished": (last_event["at"][:10] if last_event else dt.date.today().isoformat()),
        "author": {"@type": "Organization", "name": publisher or "claims"},
    }
    if d.get("url"):
        out["url"] = d["url"]
    if last_event and last_event.get("by"):
        out["author"] = {"@type": "Person", "name": last_event["by"]}
    return out
