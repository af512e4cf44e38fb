"""Engine, database URL resolution and migrations.

The URL comes from --db, then CLAIMS_DATABASE_URL, then a SQLite file in the user's data
directory. The default file is created and migrated on first use, and upgraded
automatically when a newer `claims` brings new migrations; any other database that is
behind gets a message telling the user to run `claims db upgrade`.
"""

from __future__ import annotations

import os
import pathlib
import re
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

if TYPE_CHECKING:  # the ORM is imported only by the commands that write (~100 ms)
    from sqlalchemy.orm import Session

from claims.errors import ClaimsError, SchemaOutOfDate

ENV_URL = "CLAIMS_DATABASE_URL"
ENV_DATA_DIR = "CLAIMS_DATA_DIR"
SQLITE_BUSY_MS = 30_000


def default_data_dir() -> pathlib.Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return pathlib.Path(override)
    from platformdirs import user_data_path

    return user_data_path("claims", appauthor=False)


def default_url() -> str:
    return f"sqlite:///{default_data_dir() / 'claims.db'}"


def resolve_url(cli_url: str | None) -> tuple[str, bool]:
    """Return (url, is_default)."""
    if cli_url:
        return cli_url, False
    env = os.environ.get(ENV_URL)
    if env:
        return env, False
    return default_url(), True


def normalise_url(url: str) -> str:
    """Accept postgres:// and postgresql:// and use the psycopg 3 driver."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
    # Let SQLAlchemy, not the driver, manage transactions (pysqlite's default
    # behaviour defers BEGIN and breaks SAVEPOINT); BEGIN IMMEDIATE takes the write lock
    # up front so two writers queue on the busy timeout instead of dead-locking.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn) -> None:  # pragma: no cover - trivial
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write", True) else "BEGIN")


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    try:
        u = make_url(url)
    except ArgumentError as exc:
        raise ClaimsError(f"not a database URL: {url!r}") from exc
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            path = pathlib.Path(u.database)
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(u, connect_args={"timeout": SQLITE_BUSY_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if u.get_backend_name() == "postgresql":
        try:
            import psycopg  # noqa: F401
        except ImportError as exc:
            raise ClaimsError(
                "PostgreSQL support is not installed: pip install 'claims[postgres]'"
            ) from exc
        return create_engine(u, pool_pre_ping=True)
    raise ClaimsError(f"unsupported database {u.get_backend_name()!r}: use sqlite or postgresql")


# --- migrations -------------------------------------------------------------------------

def migrations_dir() -> pathlib.Path:
    """The Alembic scripts: inside the installed package, or at the repository's top."""
    here = pathlib.Path(__file__).resolve().parent.parent
    packaged = here / "_alembic"
    if (packaged / "env.py").exists():
        return packaged
    repo = here.parent / "alembic"
    if (repo / "env.py").exists():
        return repo
    raise ClaimsError("the Alembic migration scripts are missing from this installation")


def alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    return ScriptDirectory.from_config(cfg).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


# --- the database a command works on ------------------------------------------------------

@dataclass
class Database:
    url: str
    engine: Engine
    is_default: bool

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        from sqlalchemy.orm import sessionmaker

        with sessionmaker(self.engine, expire_on_commit=False)() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    @contextmanager
    def reader(self) -> Iterator[Connection]:
        """A read-only transaction on Core, for the listings: no ORM, and on SQLite a plain
        BEGIN, so a reader never queues behind a load for the write lock."""
        with self.engine.connect() as conn:
            conn.info["write"] = False
            try:
                with conn.begin():
                    yield conn
            finally:
                conn.info.pop("write", None)

    def display_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)


def open_database(cli_url: str | None, *, migrate: bool = True) -> Database:
    """Open the database a command should use, checking that its schema is current.

    A database with no tables at all (a new SQLite file, an empty PostgreSQL database) is
    created on first use; the default SQLite file is also upgraded automatically when a
    newer `claims` brings migrations. Any other database that is behind raises
    SchemaOutOfDate naming the command to run.
    """
    url, is_default = resolve_url(cli_url)
    engine = make_engine(url)
    db = Database(url=url, engine=engine, is_default=is_default)
    if not migrate:
        return db
    try:
        current = current_revision(engine)
        empty = current is None and _is_empty(engine)
    except OperationalError as exc:
        reason = " ".join(str(exc.orig).split())  # (libpq's message runs over several lines)
        raise ClaimsError(f"cannot open database {db.display_url()}: {reason}") from exc
    head = newest_revision()
    if current == head:
        return db
    if empty or (is_default and current is not None):
        upgrade(engine)
        return db
    if current is None:
        raise SchemaOutOfDate(
            f"database {db.display_url()} holds other tables but no claims schema; "
            "point --db at an empty database or a claims one"
        )
    raise SchemaOutOfDate(
        f"database {db.display_url()} is at schema revision {current}, this claims needs "
        f"{head}: run `claims --db URL db upgrade`"
    )


_HEAD: str | None = None


def newest_revision() -> str:
    global _HEAD
    if _HEAD is None:
        _HEAD = _scan_head()
    return _HEAD


def _scan_head() -> str:
    """The head revision, read from the scripts' headers without importing Alembic (it
    costs ~150 ms of start-up): the head is the revision no other script points back at."""
    revs: dict[str, str | None] = {}
    for path in (migrations_dir() / "versions").glob("*.py"):
        src = path.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", src, re.M)
        down = re.search(r"^down_revision\s*(?::[^=]*)?=\s*(None|['\"]([^'\"]+)['\"])", src, re.M)
        if rev:
            revs[rev.group(1)] = down.group(2) if down else None
    heads = set(revs) - {d for d in revs.values() if d}
    if len(heads) != 1:
        return head_revision()
    return heads.pop()


def _is_empty(engine: Engine) -> bool:
    with engine.connect() as conn:
        return not inspect(conn).get_table_names()
