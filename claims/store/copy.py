"""Copy a whole claims database to another one (SQLite to PostgreSQL, say), keeping every id,
status, verdict, history entry, link decision and setting. The target gets its schema from
the Alembic migrations first; the rows then go over in one transaction, so a failed copy
leaves the target as empty as it was."""

from __future__ import annotations

from typing import Callable

from sqlalchemy import Engine, func, select, text, update

from claims.errors import ClaimsError
from claims.store.tables import metadata

BATCH = 2000
# Tables that hold a person's work: the target must have none of it.
USER_TABLES = ("article", "claim", "speaker", "status_event")


def copy_database(source: Engine, target: Engine, progress: Callable[[str, int], None] | None = None
                  ) -> dict[str, int]:
    tables = metadata.sorted_tables  # parents before children
    with target.connect() as t:
        for name in USER_TABLES:
            n = t.execute(text(f"SELECT count(*) FROM {name}")).scalar_one()
            if n:
                raise ClaimsError(f"the target database already holds data ({n} rows in {name}); "
                                  "copy into an empty database")
    counts: dict[str, int] = {}
    with source.connect() as s, target.begin() as t:
        for table in reversed(tables):  # rows the target's migrations seeded (rating scale)
            t.execute(table.delete())
        for table in tables:
            # a column pointing into its own table is filled in after all rows are there
            self_fks = [fk.parent for fk in table.foreign_keys if fk.column.table is table]
            pk = list(table.primary_key.columns)
            n = 0
            later: list[dict] = []
            rows = s.execution_options(yield_per=BATCH).execute(select(table).order_by(*pk))
            for part in rows.partitions(BATCH):
                batch = [dict(r._mapping) for r in part]
                if self_fks:
                    for r in batch:
                        refs = {c.name: r[c.name] for c in self_fks if r[c.name] is not None}
                        if refs:
                            later.append({**{c.name: r[c.name] for c in pk}, **refs})
                            r.update({c: None for c in refs})
                t.execute(table.insert(), batch)
                n += len(batch)
                if progress:
                    progress(table.name, n)
            for r in later:
                keys = {c.name: r.pop(c.name) for c in pk}
                t.execute(update(table).where(*[c == keys[c.name] for c in pk]).values(**r))
            counts[table.name] = n
        if target.dialect.name == "postgresql":
            # ids were copied as they are: move each sequence past the highest one
            for table in tables:
                col = table.c.get("id")
                if col is not None and col.primary_key:
                    top = t.execute(select(func.max(col))).scalar()
                    if top is not None:
                        t.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), :v)"),
                                  {"v": top})
    return counts
