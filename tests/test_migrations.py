"""Alembic is the only source of the schema: it goes up and down cleanly on both
backends, and it agrees with the models."""

from __future__ import annotations

import json
import re

from sqlalchemy import inspect, text

from claims.store.engine import (
    _scan_head, current_revision, downgrade, head_revision, make_engine, migrations_dir, upgrade,
)
from claims.textutil import fold_name


def test_one_head_and_header_scan_agrees_with_alembic():
    assert _scan_head() == head_revision()
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    assert len(ScriptDirectory.from_config(cfg).get_heads()) == 1


def test_migration_files_sort_by_date():
    names = sorted(p.name for p in (migrations_dir() / "versions").glob("*.py"))
    assert names and all(re.match(r"\d{4}_\d{2}_\d{2}_", n) for n in names)


def test_upgrade_downgrade_upgrade_with_data(db_url):
    eng = make_engine(db_url)
    upgrade(eng)
    assert current_revision(eng) == head_revision()
    with eng.begin() as c:
        c.execute(text(
            "INSERT INTO article (content_hash, body, raw, date_precision, loaded_at) "
            "VALUES ('h', 'b', 'r', 'unknown', CURRENT_TIMESTAMP)"))
    downgrade(eng, "base")
    tables = set(inspect(eng).get_table_names()) - {"alembic_version"}
    assert not tables, tables
    upgrade(eng)
    assert {"article", "quote", "speaker", "speaker_alias", "claim", "status_event"} <= set(
        inspect(eng).get_table_names())
    eng.dispose()


def test_claim_index_survives_its_rebuild(cli, db_url, seeds_dir):
    """0006 rebuilds claim_term (WITHOUT ROWID on SQLite): down and up again, every posting
    is kept and matching still finds the loaded claims."""
    assert cli("--db", db_url, "load", seeds_dir).code == 0
    eng = make_engine(db_url)
    count = "SELECT count(*), sum(tf) FROM claim_term"
    with eng.connect() as c:
        before = c.execute(text(count)).one()
    downgrade(eng, "0005")
    upgrade(eng)
    with eng.connect() as c:
        assert c.execute(text(count)).one() == before and before[0] > 0
        if eng.dialect.name == "sqlite":
            ddl = c.execute(text("SELECT sql FROM sqlite_master WHERE name = 'claim_term'")).scalar()
            assert "WITHOUT ROWID" in ddl
    eng.dispose()
    r = cli("--db", db_url, "match", "Half a million migrants crossed the Darien Gap this year",
            "--format", "json")
    assert r.code == 0 and "Darien" in r.out


def test_models_and_migrations_agree(db_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from claims.store.models import Base

    src = (migrations_dir() / "env.py").read_text()
    ns: dict = {}
    exec(src.split("def _configure")[0].replace("config = context.config", "").replace(
        "from alembic import context", ""), ns)
    eng = make_engine(db_url)
    upgrade(eng)
    with eng.connect() as c:
        mc = MigrationContext.configure(c, opts={"include_object": ns["include_object"],
                                                 "compare_type": True})
        diff = compare_metadata(mc, Base.metadata)
    eng.dispose()
    assert diff == []


def test_sqlite_pragmas(tmp_path):
    eng = make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    with eng.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    eng.dispose()


def test_behind_database_asks_for_upgrade(cli, tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    eng = make_engine(url)
    upgrade(eng)
    with eng.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = 'old0'"))
    eng.dispose()
    r = cli("--db", url, "articles")
    assert r.code != 0
    assert "claims --db URL db upgrade" in r.err


def test_default_database_is_created_in_data_dir(cli, tmp_path, seeds_dir):
    r = cli("db", "path")
    assert str(tmp_path / "data" / "claims.db") in r.out
    assert cli("load", seeds_dir).code == 0
    assert (tmp_path / "data" / "claims.db").exists()
    r = cli("db", "current")
    assert "(head)" in r.out


def test_env_var_url(cli, tmp_path, monkeypatch, seeds_dir):
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("CLAIMS_DATABASE_URL", url)
    assert cli("load", seeds_dir).code == 0
    assert (tmp_path / "env.db").exists()
    assert not (tmp_path / "data" / "claims.db").exists()


def test_labels_loaded_before_0008_are_folded_for_search(cli, db_url, seeds_dir):
    """0008 adds the folded copy of speaker labels: a database loaded before it finds its
    unnamed speakers by label once upgraded."""
    assert cli("--db", db_url, "load", seeds_dir).code == 0
    eng = make_engine(db_url)
    downgrade(eng, "0007")
    upgrade(eng)
    with eng.connect() as c:
        rows = c.execute(text("SELECT speaker_label, speaker_label_folded FROM quote")).all()
    eng.dispose()
    assert rows and all(folded == fold_name(label) for label, folded in rows if label)
    r = cli("--db", db_url, "list", "--speaker", "us official", "--format", "json")
    assert r.code == 0 and [q["speaker"] for q in json.loads(r.out)] == ["a US official"]


def test_quotes_loaded_before_0009_take_the_precision_of_their_articles_date(cli, db_url, tmp_path):
    """0009 adds quote.date_precision: a quote dated by an article known only to the month
    is known only to the month, and is listed so after the upgrade."""
    (tmp_path / "a.txt").write_text('date: 2024-03\n\n"We are ready," Maria Lopez said.\n')
    (tmp_path / "b.txt").write_text('date: 2024-03-05\n\n"We are not," Ana Ruiz said.\n')
    assert cli("--db", db_url, "load", str(tmp_path)).code == 0
    eng = make_engine(db_url)
    downgrade(eng, "0008")
    upgrade(eng)
    eng.dispose()
    r = cli("--db", db_url, "list", "--format", "json")
    assert {q["speaker"]: q["date"] for q in json.loads(r.out)} == {"Maria Lopez": "2024-03",
                                                                     "Ana Ruiz": "2024-03-05"}
