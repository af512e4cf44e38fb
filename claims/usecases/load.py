"""Load articles: read, parse, extract, and store each article with its quotes in one
transaction. One bad file never stops the rest; nothing half-written is left behind."""

from __future__ import annotations

import os
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterable

from sqlalchemy.exc import IntegrityError

from claims.errors import InputError
from claims.extract import extract_quotes
from claims.extract.types import OUTLET, SpeakerRef
from claims.extract.types import Quote as ExtractedQuote
from claims.ingest import ArticleInput, Overrides, parse_document, read_documents
from claims.ingest.reader import Document, expand_paths
from claims.store import index, listing, queries
from claims.store import speakers as speakers_store
from claims.store.engine import Database
from claims.store.index import Snapshot
from claims.store.lookup import LoaderReads
from claims.store.tables import NAME_WIDTH, REF_WIDTH, clip, utcnow
from claims.textutil import fold_name
from claims.xref.terms import term_counts


@dataclass
class LoadReport:
    loaded: int = 0
    present: int = 0
    failed: int = 0
    quotes: int = 0
    joined: int = 0  # quotes that joined an existing claim
    suggested: int = 0  # quotes awaiting a person's confirmation
    rated_repeats: Counter = field(default_factory=Counter)  # verdict -> quotes repeating it
    errors: list[InputError] = field(default_factory=list)
    present_sources: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class Prepared:
    """An article parsed and its quotes extracted, ready to store (no database yet)."""

    article: ArticleInput
    quotes: list[ExtractedQuote]
    terms: list[Counter] = field(default_factory=list)  # each quote's index terms (stemmed)
    ranked: object | None = None  # xref.Ranked: the claim index read ahead by a --jobs worker


@dataclass
class Present:
    """An article whose text is stored already: found before its quotes were extracted."""

    source: str


def prepare(doc: Document, overrides: Overrides | None = None, statements: bool = True,
            known: Callable[[str], bool] | None = None,
            rank: Callable[[list[Counter], Snapshot], object] | None = None,
            snap: Snapshot | None = None) -> Prepared | Present:
    art = parse_document(doc, overrides)
    if known is not None and known(art.content_hash):
        return Present(art.source)
    quotes = extract_quotes(art.body, art.published, art.date_precision, statements=statements, title=art.title)
    for q in quotes:
        if q.kind == "statement" and q.speaker is None:
            # A narrator's factual statement stands in the outlet's name.
            q.speaker = SpeakerRef(name=art.outlet or "unknown outlet", kind=OUTLET)
    # Stemming is CPU work that needs no database: done here, it runs in the --jobs workers,
    # and so does reading the claim index for the quotes (`rank`), when given.
    terms = [term_counts(q.text) for q in quotes]
    ranked = rank(terms, snap) if rank is not None and snap is not None and quotes else None
    return Prepared(art, quotes, terms, ranked)


# How many articles the reading of the claim index for an article lags behind the writer.
# The article is ranked against the index as it stood LAG articles earlier (by a --jobs
# worker, or by the loader itself), and the claims stored in between are caught up from
# memory when it is stored. A fixed lag makes a load's result the same whatever the number
# of workers, and bounds the work in flight.
LAG = 16


class _Ranking:
    """Reads the claim index for an article's quotes, as it stood at a snapshot, outside
    the write transaction: in a --jobs worker, or in the loader. Picklable."""

    def __init__(self, reads: LoaderReads) -> None:
        self.reads = reads

    def __call__(self, terms: list[Counter], snap: Snapshot) -> object:
        from claims.xref import rank_candidates

        with self.reads.connection() as conn:
            return rank_candidates(conn, terms, snap)


class _Lagged:
    """The index snapshots of the last LAG + 1 articles handled: article j is read against
    the one from before article j - LAG."""

    def __init__(self, first: Snapshot) -> None:
        self.states: deque[Snapshot] = deque([first], maxlen=LAG + 1)
        self.handled = 0

    def record(self, snap: Snapshot | None) -> None:
        self.states.append(snap or self.states[-1])
        self.handled += 1

    def for_item(self, j: int) -> Snapshot:
        first = self.handled - len(self.states) + 1  # the article states[0] came before
        return self.states[max(0, j - LAG) - first]


def count_files(paths: Iterable[str]) -> int:
    return sum(1 for p in expand_paths(paths) if not isinstance(p, InputError))


def load(
    db: Database,
    paths: list[str],
    overrides: Overrides | None = None,
    stdin: BinaryIO | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_progress: Callable[[str], None] | None = None,
    jobs: int = 1,
    stop: Callable[[], bool] | None = None,
) -> LoadReport:
    """Load every document under paths. `stop` is asked between articles: when it says so,
    the load ends with KeyboardInterrupt, leaving whole articles only."""
    report = LoadReport()
    docs = read_documents(paths, stdin=stdin)
    from claims.xref import RecentClaims

    reads = LoaderReads(db)
    with db.session() as s:
        lagged = _Lagged(index.snapshot(s))
    items = _prepared(docs, overrides, jobs, reads, lagged)
    recent = RecentClaims()
    try:
        _load_items(db, items, report, on_error, on_progress, stop, recent, lagged)
    finally:
        items.close()  # cancels what --jobs workers still have queued
        reads.close()
    if report.loaded:
        from claims.usecases import semantic

        semantic.embed_missing(db)
    return report


def _load_items(db, items, report, on_error, on_progress, stop, recent, lagged) -> None:
    for item in items:
        if stop is not None and stop():
            raise KeyboardInterrupt
        snap = None
        if isinstance(item, Present):
            report.present += 1
            report.present_sources.append(item.source)
        elif isinstance(item, InputError):
            report.failed += 1
            report.errors.append(item)
            if on_error:
                on_error(item)
        else:
            try:
                snap = store_prepared(db, item, report, recent=recent)
            except InputError as err:
                report.failed += 1
                report.errors.append(err)
                if on_error:
                    on_error(err)
        lagged.record(snap)
        if on_progress:
            on_progress(item.article.source if isinstance(item, Prepared) else item.source)


def prepare_safe(doc: Document | InputError, overrides: Overrides | None,
                 statements: bool = True, known: Callable[[str], bool] | None = None,
                 rank: Callable[[list[Counter], Snapshot], object] | None = None,
                 snap: Snapshot | None = None) -> Prepared | Present | InputError:
    if isinstance(doc, InputError):
        return doc
    try:
        return prepare(doc, overrides, statements, known, rank, snap)
    except InputError as err:
        return err
    except RecursionError:
        return InputError(doc.source, "text is nested too deeply to process")
    except Exception as exc:
        # A fault in extraction on one article's text must not cost the files beside it:
        # that article fails in one line (a bug to report), the batch goes on.
        if os.environ.get("CLAIMS_DEBUG"):
            raise
        first = (str(exc).strip().splitlines() or [""])[0]
        return InputError(doc.source, f"internal error while extracting quotes: {type(exc).__name__}: {first} "
                                      "(please report it; set CLAIMS_DEBUG=1 for a traceback)")


def _prepared(docs, overrides, jobs: int, reads: LoaderReads, lagged: _Lagged):
    known, rank = reads.stored, _Ranking(reads)
    if jobs <= 1:
        for j, doc in enumerate(docs):
            yield prepare_safe(doc, overrides, known=known, rank=rank, snap=lagged.for_item(j))
        return
    # Extraction is pure CPU work: spread it over processes, store in input order. At most
    # a few batches are in flight, so memory stays flat however many files there are; Ctrl-C
    # reaches the parent only, which cancels what is queued.
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial
    from itertools import islice

    work = partial(prepare_safe, overrides=overrides, known=known, rank=rank)
    docs = enumerate(docs)
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(os.getpid(),))
    try:
        # LAG articles in flight: article j is handed out when j - LAG has been stored.
        pending = deque(pool.submit(work, d, snap=lagged.for_item(j)) for j, d in islice(docs, LAG))
        while pending:
            done = pending.popleft().result()
            for j, d in islice(docs, 1):
                pending.append(pool.submit(work, d, snap=lagged.for_item(j)))
            yield done
    except BaseException:
        # Queued work is dropped; the few articles already in workers' hands finish, and the
        # workers are told to exit and waited for. Without the wait the parent could leave
        # before its executor thread had told them, and they would block on the queue forever.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()


def _worker_init(parent: int) -> None:
    """A --jobs worker: Ctrl-C is the parent's to handle, and the worker leaves by itself if
    the parent dies without a word (SIGKILL, the OOM killer)."""
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="claims-parent-watch").start()


def store_prepared(db: Database, item: Prepared, report: LoadReport, attempts: int = 5,
                   recent=None) -> Snapshot | None:
    """Store one article and its quotes in a single transaction.

    Another process loading at the same time may store the same article, or create the same
    speaker, between our reads and our writes; the unique constraints refuse the second
    copy and we retry the article on what is now committed."""
    from sqlalchemy.exc import DataError, DBAPIError

    for attempt in range(attempts):
        try:
            return _store_once(db, item, report, recent)
        except DataError as exc:
            # A value the database will not take (a width, a range, a character): this
            # article fails, in one line, and the batch goes on (its transaction is undone)
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "a value it cannot store"
            raise InputError(item.article.source, f"the database refused the article: {reason}") from None
        except IntegrityError:
            with db.session() as s:
                if listing.article_id_by_hash(s, item.article.content_hash) is not None:
                    _present(report, item)
                    return None
            if attempt == attempts - 1:
                raise
        except DBAPIError as exc:
            # PostgreSQL deadlock or serialization failure between two loaders: retry.
            if getattr(exc.orig, "sqlstate", None) not in ("40P01", "40001") or attempt == attempts - 1:
                raise


def _present(report: LoadReport, item: Prepared) -> None:
    report.present += 1
    report.present_sources.append(item.article.source)


def _store_once(db: Database, item: Prepared, report: LoadReport, recent=None) -> Snapshot | None:
    """Store the article; the index snapshot after it (None when it was stored already)."""
    from claims.xref import assign_claims

    art = item.article
    with db.session() as s:
        if listing.article_id_by_hash(s, art.content_hash) is not None:
            _present(report, item)
            return None
        article_id = queries.insert_article(
            s,
            content_hash=art.content_hash, source=art.source, url=art.url,
            outlet=clip(art.outlet, REF_WIDTH),  # (a header's outlet is clipped to its column)
            title=art.title, byline=art.byline, published=art.published,
            date_precision=art.date_precision, dateline=clip(art.dateline, REF_WIDTH),
            body=art.body, raw=art.raw,
            loaded_at=utcnow(),
        )
        rows = []
        people: dict[tuple, int | None] = {}  # one lookup per speaker of the article
        for q in item.quotes:
            spk = None
            if q.speaker is not None and not q.speaker.generic:  # ("The company": its label only)
                key = (q.speaker.name, q.speaker.kind, q.speaker.role, tuple(q.speaker.aliases))
                if key not in people:
                    people[key] = speakers_store.resolve(
                        s, q.speaker.name, q.speaker.kind, q.speaker.role, q.speaker.aliases)
                spk = people[key]
            rows.append(dict(
                article_id=article_id, speaker_id=spk,
                # (clipped to their columns' width: a description can run long)
                speaker_label=clip(q.speaker.name, NAME_WIDTH) if q.speaker else None,
                speaker_label_folded=clip(fold_name(q.speaker.name), NAME_WIDTH) if q.speaker else None,
                speaker_kind=q.speaker.kind if q.speaker else None,
                role=clip(q.speaker.role, NAME_WIDTH) if q.speaker else None,
                text=q.text, kind=q.kind, cue=clip(q.cue, REF_WIDTH), start=q.start, end=q.end,
                sentence=q.sentence, said_on=q.date, date_source=q.date_source, date_precision=q.date_precision, claim_id=None,
            ))
        # Claims first (a quote row carries its claim), then the quotes, then the links
        # that need the quotes' ids.
        outcome = assign_claims(s, rows, item.terms or None, item.ranked, recent)
        quote_ids = queries.insert_quotes(s, rows)
        queries.insert_links(s, [
            {"quote_id": quote_ids[link["quote"]], "claim_id": link["claim_id"],
             "score": link["score"], "state": link["state"]}
            for link in outcome.links
        ])
        snap = index.snapshot(s)
    if recent is not None:  # committed: later readings taken before it can be caught up
        recent.add(outcome.new_claims)
    report.loaded += 1
    report.quotes += len(quote_ids)
    report.joined += outcome.joined
    report.suggested += outcome.suggested
    report.rated_repeats.update(outcome.rated_repeats)
    return snap
