"""Reads a loader makes outside its write transactions, on connections kept for the load."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import Connection

from claims.store.engine import Database, make_engine
from claims.store.index import JIT_OFF
from claims.store.listing import article_id_by_hash


class LoaderReads:
    """A loader's reads ahead of its writes: is an article's text stored already (asked
    between parsing and extraction, so that loading a folder again costs a parse and an
    index read for each old file, not an extraction), and the claim index for an article's
    quotes at a lagged snapshot (in a `--jobs` worker, or in the loader itself). Picklable:
    in a worker it opens its own connection when first asked. A stale answer costs only time: the writer checks again in its own
    transaction, and brings a stale reading of the index up to date."""

    def __init__(self, db: Database) -> None:
        self.url = db.url
        self._db: Database | None = db  # the loader's own, in its process
        self._held: Connection | None = None  # PostgreSQL: one autocommit connection for all

    def __reduce__(self):
        # Sent to a worker with each article: the worker keeps one instance per database,
        # so its connection (and what the connection has cached) lasts for the whole load.
        return (_in_worker, (self.url,))

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        if self._db is None:
            self._db = Database(url=self.url, engine=make_engine(self.url), is_default=False)
        if self._db.dialect == "postgresql":
            # A transaction for each read cost three round trips (0.7 ms); an autocommit
            # read is one (0.25 ms).
            if self._held is None:
                self._held = self._db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
                self._held.exec_driver_sql("SET jit = off")  # see index.top_claims
                self._held.info[JIT_OFF] = True
            yield self._held
            return
        # SQLite: a short read transaction each time; one held open would pin an old
        # snapshot of the file.
        with self._db.reader() as conn:
            yield conn

    def stored(self, content_hash: str) -> bool:
        with self.connection() as conn:
            return article_id_by_hash(conn, content_hash) is not None

    def close(self) -> None:
        if self._held is not None:
            self._held.close()
            self._held = None


_WORKER: dict[str, LoaderReads] = {}


def _in_worker(url: str) -> LoaderReads:
    reads = _WORKER.get(url)
    if reads is None:
        reads = _WORKER[url] = LoaderReads.__new__(LoaderReads)
        reads.url, reads._db, reads._held = url, None, None
    return reads
