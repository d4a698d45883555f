"""Schema migrations, run with alembic from code (no alembic.ini needed).

`upgrade_to_head` is called on every open: an older database is upgraded in
place; a database with tables but no alembic version is refused rather than
recreated.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

if TYPE_CHECKING:
    from alembic.config import Config

# alembic is imported only when a database is not at the newest revision:
# importing it costs about 0.2 s, a fifth of a check's start-up.

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(None))  # type: ignore[arg-type]
    return script.get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    head = _plain_head_revision()
    if head is not None and _stamped_revisions(engine) == [head]:
        return  # the usual open: already at the newest revision, no alembic needed
    upgrade(engine, "head")


_REVISION_LINE = re.compile(r"""^(down_revision|revision)\s*(?::[^=\n]*)?=\s*(?:"([^"\n]*)"|'([^'\n]*)'|(None))\s*$""",
                            re.MULTILINE)


@lru_cache(maxsize=1)
def _plain_head_revision() -> str | None:
    """The newest revision, read from the migration files when they form one
    plain chain (each names one revision and the one before it); None for
    anything else, which is left to alembic."""
    revisions, parents = set(), set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found: dict[str, list[str | None]] = {"revision": [], "down_revision": []}
        for match in _REVISION_LINE.finditer(path.read_text(encoding="utf-8")):
            found[match.group(1)].append(match.group(2) or match.group(3))
        if len(found["revision"]) != 1 or len(found["down_revision"]) != 1 or not found["revision"][0]:
            return None
        revisions.add(found["revision"][0])
        parents.add(found["down_revision"][0])
    heads = revisions - parents
    if len(heads) != 1 or parents - revisions != {None}:
        return None
    return heads.pop()


def _stamped_revisions(engine: Engine) -> list[str]:
    """The revisions the database's alembic_version table holds (none for a new database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return []
        return sorted(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


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
    from alembic import command

    command.upgrade(alembic_config(engine), revision)
