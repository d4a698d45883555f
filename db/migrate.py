"""Schema migrations, run with alembic from code (no alembic.ini needed).

`upgrade_to_head` is called on every open: an older database is upgraded in
place; a database with tables but no alembic version is refused rather than
recreated.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config(None))  # type: ignore[arg-type]
    return script.get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    upgrade(engine, "head")


def upgrade(engine: Engine, revision: str) -> None:
    from db.database import DatabaseError, describe_location

    current = current_revision(engine)
    if current is None:
        existing = set(inspect(engine).get_table_names())
        if existing - {"alembic_version"}:
            raise DatabaseError(
                f"{describe_location(str(engine.url))}: has tables but no schema version; not a verifier database"
            )
    elif current == revision or (revision == "head" and current == head_revision()):
        return
    command.upgrade(alembic_config(engine), revision)
