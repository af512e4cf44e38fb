"""Lookups a loader makes outside its write transactions, on connections kept for the load."""

from __future__ import annotations

from claims.store.engine import Database, make_engine
from claims.store.listing import article_id_by_hash


class StoredArticles:
    """Is an article's text stored already? A loader asks between parsing and extraction, so
    that loading a folder again (new files beside thousands loaded before) costs a parse and
    an index read for each old file, not an extraction. Picklable: in a `--jobs` worker it
    opens its own connection when first asked. A stale answer costs only time: storing an
    article checks again in its own transaction."""

    def __init__(self, db: Database) -> None:
        self.url = db.url
        self._db: Database | None = db  # the loader's own, in its process
        self._held = None  # PostgreSQL: one autocommit connection for all the checks

    def __getstate__(self) -> dict:  # sent to worker processes without the engine
        return {"url": self.url, "_db": None, "_held": None}

    def __call__(self, content_hash: str) -> bool:
        if self._db is None:
            self._db = Database(url=self.url, engine=make_engine(self.url), is_default=False)
        if self._db.dialect == "postgresql":
            # A transaction for each check cost three round trips (0.7 ms); an autocommit
            # read is one (0.25 ms). SQLite keeps a short read transaction per check (0.1 ms):
            # one held open would pin an old snapshot of the file.
            if self._held is None:
                self._held = self._db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            return article_id_by_hash(self._held, content_hash) is not None
        with self._db.reader() as conn:
            return article_id_by_hash(conn, content_hash) is not None

    def close(self) -> None:
        if self._held is not None:
            self._held.close()
            self._held = None
