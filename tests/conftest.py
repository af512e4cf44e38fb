"""Shared fixtures: every test gets its own data directory and its own database, on SQLite
and, when CLAIMS_TEST_POSTGRES_URL points at a server, on PostgreSQL too."""

from __future__ import annotations

import os
import pathlib
import shutil
import sys
import uuid
from dataclasses import dataclass

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"
PG_ENV = "CLAIMS_TEST_POSTGRES_URL"


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    """No test touches the user's real data: the default database lives in tmp."""
    monkeypatch.setenv("CLAIMS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CLAIMS_DATABASE_URL", raising=False)
    monkeypatch.setenv("CLAIMS_DEBUG", "1")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "160")
    monkeypatch.setenv("CLAIMS_REVIEWER", "tester")


def _pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture(scope="session")
def pg_admin():
    url = _pg_admin_url()
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the PostgreSQL tests: set {PG_ENV}")
        pytest.skip(f"no PostgreSQL server configured (set {PG_ENV})")
    from sqlalchemy import create_engine

    from claims.store.engine import normalise_url

    eng = create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
    yield eng
    eng.dispose()


def _fresh_pg_url(pg_admin) -> str:
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    name = "claims_test_" + uuid.uuid4().hex[:12]
    with pg_admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    return make_url(pg_admin.url).set(database=name).render_as_string(hide_password=False), name


def _drop_pg(pg_admin, name: str) -> None:
    from sqlalchemy import text

    with pg_admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """A URL of an empty database, once per backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    pg_admin = request.getfixturevalue("pg_admin")
    url, name = _fresh_pg_url(pg_admin)
    yield url
    from claims.store import engine as engine_mod  # noqa: F401

    _drop_pg(pg_admin, name)


@pytest.fixture
def pg_url(request):
    pg_admin = request.getfixturevalue("pg_admin")
    url, name = _fresh_pg_url(pg_admin)
    yield url
    _drop_pg(pg_admin, name)


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run the claims command in-process; returns exit code, stdout and stderr."""
    from claims.cli import main

    def run(*args: str, stdin: str | bytes | None = None) -> Result:
        import io

        if stdin is not None:
            data = stdin.encode() if isinstance(stdin, str) else stdin
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
        monkeypatch.setattr(sys, "argv", ["claims", *map(str, args)])
        capsys.readouterr()
        code = 0
        try:
            main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


@pytest.fixture
def seeds_dir(tmp_path) -> pathlib.Path:
    d = tmp_path / "seeds"
    shutil.copytree(SEEDS, d)
    return d


@pytest.fixture
def claims_proc():
    """Start the real `claims` command as its own process (for concurrency and kill tests)."""
    import subprocess

    def start(*args: str, **kw) -> subprocess.Popen:
        import signal

        # A runner started in the background (nohup, `cmd &`) ignores SIGINT, and children
        # inherit that; give the command the Ctrl-C a user at a terminal would send it.
        return subprocess.Popen([sys.executable, "-m", "claims", *map(str, args)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL), **kw)

    return start
