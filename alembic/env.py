"""Alembic environment for claims.

`claims db upgrade` passes its own Engine in config.attributes["engine"]; the `alembic`
command line uses sqlalchemy.url from alembic.ini. SQLite gets batch mode (ALTER TABLE is
limited there) and foreign keys off while migrating.
"""

from __future__ import annotations

from alembic import context

from claims.store.tables import metadata

config = context.config
target_metadata = metadata

# Tables and indexes that the migrations make by hand (full-text search) and the models do
# not describe; the model/migration comparison leaves them out.
MANUAL = {"quote_fts", "ix_quote_text_tsv", "ix_claim_text_tsv", "ix_speaker_folded_trgm",
          "ix_speaker_alias_folded_trgm", "ix_quote_unnamed_label_trgm"}


def include_object(obj, name, type_, reflected, compare_to):
    if name and (name in MANUAL or name.startswith("quote_fts")):
        return False
    return True


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transaction_per_migration=True,
        include_object=include_object,
        compare_type=True,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from claims.store.engine import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:  # before any BEGIN: the pragma is a no-op inside a transaction
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            _configure(connection)
            context.run_migrations()
            connection.commit()
        finally:
            if sqlite:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
