"""Schema migrations: an older database upgrades in place; models and migrations agree."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from db.database import DatabaseError, create_db_engine, open_database, resolve_database_url
from db.migrate import current_revision, head_revision, upgrade
from db.models import SQLModel


def test_database_at_previous_revision_upgrades_in_place_keeping_its_data(db_path):
    engine = create_db_engine(resolve_database_url(str(db_path)))
    upgrade(engine, "0001_record")
    assert current_revision(engine) == "0001_record"
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO source (name, title, side, home_url) VALUES ('whitehouse', 'WH', 'us-government', '')")
        connection.exec_driver_sql(
            "INSERT INTO readout (url, source_name, title, published, published_text, kind, language, body, "
            "content_hash, revision_count, first_seen, last_fetched) VALUES ('https://www.whitehouse.gov/a', "
            "'whitehouse', 'T', '2024-01-27 00:00:00', '2024-01-27', 'readout', 'en', 'Body.', 'h', 1, "
            "'2024-01-27 00:00:00', '2024-01-27 00:00:00')")
    engine.dispose()

    upgraded = open_database(str(db_path))
    assert current_revision(upgraded) == head_revision()
    with upgraded.connect() as connection:
        assert connection.exec_driver_sql("SELECT url FROM readout").scalars().all() == ["https://www.whitehouse.gov/a"]
        # Tables of the newer revision now exist and work.
        assert connection.exec_driver_sql("SELECT count(*) FROM check_run").scalar() == 0
    upgraded.dispose()


def test_models_and_migrations_describe_the_same_schema(sqlite_engine):
    with sqlite_engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    # The FTS5 virtual table, its shadow tables and its stored summary (migration 0004, SQLite
    # only) are the index's, not a model's.
    differences = [d for d in differences
                   if not (d[0] == "remove_table" and d[1].name.startswith("sentence_fts"))]
    assert differences == []


def test_foreign_database_is_refused_not_recreated(db_path):
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("INSERT INTO notes (text) VALUES ('keep me')")
    with pytest.raises(DatabaseError, match="not a verifier database"):
        open_database(str(db_path))
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT text FROM notes").fetchall() == [("keep me",)]


def test_sqlite_connections_use_wal_busy_timeout_and_foreign_keys(sqlite_engine):
    with sqlite_engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_database_selection_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("VERIFIER_DB", str(tmp_path / "from-env.db"))
    assert resolve_database_url(None) == f"sqlite:///{tmp_path / 'from-env.db'}"
    assert resolve_database_url(str(tmp_path / "opt.db")) == f"sqlite:///{tmp_path / 'opt.db'}"
    assert resolve_database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.delenv("VERIFIER_DB")
    assert resolve_database_url(None).endswith("verifier.db")


def test_unusable_database_locations_get_one_line_errors(tmp_path):
    with pytest.raises(DatabaseError, match="is a directory"):
        open_database(str(tmp_path))
    with pytest.raises(DatabaseError, match="unsupported database"):
        open_database("mysql://u@h/db")


def test_opening_a_database_at_the_newest_revision_leaves_alembic_unloaded(db_path):
    from db.migrate import _plain_head_revision

    # The migration files read as one chain give alembic's own head.
    assert _plain_head_revision() == head_revision()
    open_database(str(db_path)).dispose()  # a new database: created by alembic
    program = ("import sys; from db.database import open_database; "
               f"open_database({str(db_path)!r}).dispose(); print('alembic' in sys.modules)")
    opened_again = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                                  cwd=Path(__file__).resolve().parents[1])
    assert opened_again.stdout.strip() == "False"
