"""Which database, how to connect to it, and bringing its schema up to date.

A database is named by a file path or an SQLAlchemy URL; `open_database`
returns an engine whose schema is at the newest migration, upgrading an
older one in place (never recreating it).
"""

from __future__ import annotations

import atexit
import os
import weakref
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, make_url

ENV_VAR = "VERIFIER_DB"
SQLITE_BUSY_TIMEOUT_MS = 30_000


class DatabaseError(Exception):
    """The database cannot be opened or is not one of ours."""


# Every engine made here, while something else keeps it.
_ENGINES: weakref.WeakSet[Engine] = weakref.WeakSet()


@atexit.register
def _close_engines() -> None:
    """Close the connections of every engine still open when the interpreter
    exits, rather than leave them to the collector: a process may end
    without collecting what is in a reference cycle (verifier freezes the
    collector at exit), and SQLite writes its write-ahead log back into the
    database file, and removes it, when the last connection closes."""
    for engine in list(_ENGINES):
        engine.dispose()


def default_database_path() -> Path:
    # Imported here: a database named on the command line never needs it (a
    # fiftieth of a cold check's start-up, with the tempfile module it pulls in).
    from platformdirs import user_data_dir

    return Path(user_data_dir("verifier", appauthor=False)) / "verifier.db"


def resolve_database_url(option: str | None = None) -> str:
    """The URL from an explicit option, else $VERIFIER_DB, else the default file."""
    value = option or os.environ.get(ENV_VAR) or str(default_database_path())
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def describe_location(url: str) -> str:
    """A human-readable location: the file path for SQLite, the URL without password otherwise."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        return Path(parsed.database)
    return None


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # pragma: no cover - exercised by every test
        # Let SQLAlchemy, not the driver, decide where transactions begin,
        # so that BEGIN is emitted explicitly below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # pragma: no cover - exercised by every test
        # A write transaction that starts as a read and later upgrades to a
        # write fails at once with SQLITE_BUSY under WAL; callers that write
        # ask for an IMMEDIATE transaction through execution options.
        if connection.get_execution_options().get("sqlite_immediate"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


# The isolation of a PostgreSQL connection's transactions unless it writes (create_db_engine).
POSTGRES_READ_ISOLATION = "REPEATABLE READ"
# Any fixed number: the key of the PostgreSQL advisory lock writers share.
POSTGRES_WRITER_LOCK = 0x76657269  # "veri"


def _configure_postgres(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # JIT compiling costs a search more (50 ms and up) than it saves.
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SET jit = off")
        dbapi_connection.commit()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # The counterpart of SQLite's BEGIN IMMEDIATE: writers (connections
        # from db.store.write_transaction) take turns, so two imports of the
        # same URL never race to insert it; readers never wait. The lock is
        # released when the transaction ends, however it ends. A writer reads
        # at READ COMMITTED: a snapshot taken by the lock's statement, before
        # the wait, would miss what the writer it waited for committed.
        if connection.get_execution_options().get("sqlite_immediate"):
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL READ COMMITTED")
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({POSTGRES_WRITER_LOCK})")


def create_db_engine(url: str) -> Engine:
    """An engine for URL with the project's connection settings, schema untouched."""
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError with a long message
        raise DatabaseError(f"not a database path or URL: {url}") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = sqlite_file(url)
        if path is not None:
            if path.exists() and path.is_dir():
                raise DatabaseError(f"{path}: is a directory, not a database file")
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        _ENGINES.add(engine)
        return engine
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            # psycopg 3 is the driver we install; plain postgresql:// would pick psycopg2.
            url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
        # A transaction reads one snapshot, as SQLite's read transaction does:
        # a check, a search and every other read of several statements sees
        # the record as one moment left it, however many imports commit
        # meanwhile (READ COMMITTED, PostgreSQL's default, gives each
        # statement its own). A reader that only reads never fails to
        # serialize; writers read at READ COMMITTED (see _on_begin).
        engine = create_engine(url, pool_pre_ping=True, isolation_level=POSTGRES_READ_ISOLATION)
        _configure_postgres(engine)
        _ENGINES.add(engine)
        return engine
    raise DatabaseError(f"unsupported database {backend!r} in {describe_location(url)}: use SQLite or PostgreSQL")


def open_database(option: str | None = None, *, migrate: bool = True) -> Engine:
    """Resolve, connect and bring the schema to the newest revision."""
    from db.migrate import upgrade_to_head

    url = resolve_database_url(option)
    engine = create_db_engine(url)
    try:
        if migrate:
            upgrade_to_head(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise DatabaseError(f"{describe_location(url)}: cannot open database: {_first_line(exc)}") from exc
    return engine


def insert_rows(connection: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence],
                *, postgres_types: Sequence[str] | None = None) -> None:
    """Insert many rows into one table inside the connection's transaction, by
    each database's fastest path: a prepared executemany on SQLite, COPY on
    PostgreSQL (where executemany costs a statement per row). Column names
    are SQL as given (quote reserved words such as "end").

    With `postgres_types`, the columns' PostgreSQL types in order, the COPY
    is binary: the server then neither parses numbers nor unescapes text and
    bytes, which on long bodies is most of its work."""
    if connection.dialect.name == "postgresql":
        statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        if postgres_types:
            statement += " (FORMAT binary)"
        with connection.connection.driver_connection.cursor() as cursor, cursor.copy(statement) as copy:
            if postgres_types:
                copy.set_types(postgres_types)
            for row in rows:
                copy.write_row(row)
        return
    placeholder = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    connection.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([placeholder] * len(columns))})",
        [tuple(row) for row in rows],
    )


def is_postgres(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__
