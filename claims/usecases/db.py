"""Whole-database operations: moving an archive to another database."""

from __future__ import annotations

from typing import Callable

from claims.errors import ClaimsError
from claims.store.copy import copy_database
from claims.store.engine import Database, newest_revision, current_revision, open_database


def copy_to(source: Database, target_url: str, progress: Callable[[str, int], None] | None = None
            ) -> tuple[dict[str, int], str]:
    """Copy everything in `source` into the database at `target_url`, which is created and
    migrated if empty. Ids, statuses, verdicts and history are kept."""
    if current_revision(source.engine) != newest_revision():
        raise ClaimsError("the source database is not at the newest schema; run `claims db upgrade` first")
    target = open_database(target_url)  # creates and migrates an empty database
    if target.engine.url == source.engine.url:
        raise ClaimsError("the target is the source database")
    try:
        return copy_database(source.engine, target.engine, progress), target.display_url()
    finally:
        target.engine.dispose()
