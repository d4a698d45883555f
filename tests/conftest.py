"""Shared fixtures. Each helper's fixtures live in its own marked section."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from db.store import ReadoutRecord

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = PROJECT_ROOT / "examples"
BUNDLED_READOUTS = EXAMPLES / "readouts.jsonl"

# ---------------------------------------------------------------- foundation (db, import, CLI)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A fresh SQLite database file (created on first open)."""
    return tmp_path / "record.db"


@pytest.fixture
def sqlite_engine(db_path: Path):
    from db.database import open_database

    engine = open_database(str(db_path))
    yield engine
    engine.dispose()


def write_jsonl(path: Path, records: list[dict | str]) -> Path:
    """Write records (dicts as JSON, strings as raw lines) one a line."""
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write((record if isinstance(record, str) else json.dumps(record, ensure_ascii=False)) + "\n")
    return path


def readout(url: str, body: str, **fields) -> dict:
    """A valid import line with sensible defaults."""
    return {
        "source": fields.pop("source", "whitehouse"),
        "url": url,
        "title": fields.pop("title", "Readout of a Meeting"),
        "published": fields.pop("published", "2024-01-27T10:00:00-05:00"),
        "body": body,
        **fields,
    }


def readout_record(url: str, body: str, **fields) -> ReadoutRecord:
    """`readout`'s record, with the same defaults, for a test that stores records without an import."""
    return ReadoutRecord(source=fields.pop("source", "whitehouse"), url=url,
                         title=fields.pop("title", "Readout of a Meeting"),
                         published=fields.pop("published", datetime(2024, 1, 27, 15, tzinfo=UTC)), body=body, **fields)


def run_verifier(*args: str, db: Path | str | None = None, input: str | None = None,
                 env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real `verifier` entry point (`python -m verifier`) in a subprocess."""
    command = [sys.executable, "-m", "verifier"]
    if db is not None:
        command += ["--db", str(db)]
    environment = {key: value for key, value in os.environ.items() if key != "VERIFIER_DB"}
    environment.update({"COLUMNS": "200", **(env or {})})
    return subprocess.run(command + list(args), capture_output=True, text=True, input=input,
                          cwd=PROJECT_ROOT, env=environment, timeout=300)


def record_database(path: Path, records: list, also_sources: tuple[str, ...] = ()):
    """An SQLite record at path holding `records`, their sources (and `also_sources`) registered
    with their known sides. The caller disposes of the engine."""
    from db.database import open_database
    from db.store import ensure_sources, store_readouts
    from sources.registry import source_info

    engine = open_database(str(path))
    names = sorted({record.source for record in records} | set(also_sources))
    ensure_sources(engine, [source_info(name) for name in names])
    store_readouts(engine, records)
    return engine


def stored_sentences(path: Path, records: list) -> list:
    """Every indexed sentence of `records` stored in a fresh record at path, as the engine reads them back
    (db.index.publication_sentences: text, speaker label, title)."""
    from sqlalchemy import text

    from db.index import publication_sentences

    engine = record_database(path, records)
    try:
        with engine.connect() as connection:
            ids = list(connection.execute(text("SELECT id FROM readout ORDER BY id")).scalars())
            return list(publication_sentences(connection, ids))
    finally:
        engine.dispose()


def invoke_verifier(*args: str, db: Path | str | None = None, input: str | None = None,
                    env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the `verifier` command in this process (click's runner): the same
    command tree as the entry point, without a second of interpreter start-up
    per call. Returns what `run_verifier` returns."""
    from click.testing import CliRunner

    from verifier.cli import cli

    command = (["--db", str(db)] if db is not None else []) + list(args)
    environment = {"VERIFIER_DB": None, "COLUMNS": "200", **(env or {})}
    result = CliRunner().invoke(cli, command, input=input, env=environment, prog_name="verifier")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(command, result.exit_code, result.stdout, result.stderr)


# ---------------------------------------------------------------- end foundation


# ---------------------------------------------------------------- checked claims (the verdict rules' tests)
def filler_records(first_day: date, publications: Sequence[tuple[str, str] | str],
                   slug: str = "filler") -> list[ReadoutRecord]:
    """White House publications on other matters, one a day from `first_day`, each a (title, body) or a body
    alone (titled "Statement N"): beside them a constructed record's term weights are not those of its few
    publications alone."""
    records = []
    for n, publication in enumerate(publications):
        title, body = (f"Statement {n}", publication) if isinstance(publication, str) else publication
        records.append(readout_record(f"https://www.whitehouse.gov/briefing-room/{slug}-{n}/", body, title=title,
                                      published=datetime.combine(first_day + timedelta(days=n), time(15), UTC)))
    return records


# A few days of filler on other matters, so a constructed record's term weights are not those of two publications.
FILLER = filler_records(date(2024, 8, 1), [
    ("Statement on Infrastructure", "The President announced new funding for bridges and roads in twelve "
     "states. Construction begins in the spring."),
    ("Readout of a Call with Japan", "The President spoke with the Prime Minister of Japan about the economy. "
     "They agreed to stay in close touch."),
    ("Remarks on Health Care", "The President discussed lowering the cost of prescription drugs. Millions of "
     "families will save money on insulin."),
], slug="other")


@contextmanager
def checked_against(path: Path, records: list, also_sources: tuple[str, ...] = (), *, one_claim: bool = False,
                    claim_index: int = 0):
    """`check(text, published)`, which checks a one-claim article against one record (`records` plus FILLER,
    stored at path) and gives its first claim; with `one_claim`, the article must make exactly one. An article
    whose first paragraph sets the scene gives the claim at `claim_index` instead."""
    from verifier.checking import check_text

    engine = record_database(path, [*records, *FILLER], also_sources=also_sources)

    def check(text: str, published: date) -> dict:
        report = check_text(engine, text, published, store=False)
        assert not one_claim or len(report["claims"]) == 1, report["skipped"]
        return report["claims"][claim_index]

    try:
        yield check
    finally:
        engine.dispose()


def check_claims(path: Path, records: list, checks: list[tuple[str, date]],
                 also_sources: tuple[str, ...] = (), *, claim_index: int = 0) -> list[dict]:
    """Each one-claim article of `checks` (text, published) checked against one record (plus FILLER)."""
    with checked_against(path, records, also_sources, claim_index=claim_index) as check:
        return [check(claim, day) for claim, day in checks]


def check_claim(path: Path, records: list, text: str, published: date,
                also_sources: tuple[str, ...] = (), *, claim_index: int = 0) -> dict:
    """One one-claim article (text, published) checked against one record (plus FILLER): its claim."""
    [claim] = check_claims(path, records, [(text, published)], also_sources, claim_index=claim_index)
    return claim


def only_the_changed_is_contested(path: Path, records: list, published: date, reason: str,
                                   claims: list[str]) -> None:
    """Of two one-claim articles, the first (a detail changed) is contested for `reason` alone; the second
    (faithful) is not."""
    changed, faithful = ((result["verdict"], result["reasons"]) for result in check_claims(
        path, records, [(claim, published) for claim in claims]))
    assert changed == ("contested", [reason]), changed
    assert faithful[0] != "contested", faithful


def conflict_reasons(claim: str, record: str) -> tuple[str, ...]:
    """The reasons the conflict detectors find between one claim sentence and one record sentence, no database:
    for tests of a single reading."""
    from verifier.normalize import analyze
    from verifier.rules.conflicts import find_conflicts

    return find_conflicts(analyze(claim), analyze(record)).reasons


# ---------------------------------------------------------------- end checked claims


# ---------------------------------------------------------------- reports


def _report_fixture_module():
    # Loaded by path so it works whatever pytest's import mode and whether or
    # not tests/ becomes a package.
    import importlib.util

    spec = importlib.util.spec_from_file_location("report_fixture", Path(__file__).parent / "report_fixture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def report_fixture():
    """tests/report_fixture.py: `sample_report()` (hostile content) and `store_report(engine, report)`."""
    return _report_fixture_module()


# ---------------------------------------------------------------- end reports


# ---------------------------------------------------------------- postgres (issue 6: both databases)
# PostgreSQL tests run against the server named by VERIFIER_TEST_POSTGRES_URL
# (`make test-postgres` starts a throwaway one); each test gets a database of
# its own, created empty and dropped afterwards. Without the variable they
# skip, and `-ra` lists the reason.

POSTGRES_URL_ENV = "VERIFIER_TEST_POSTGRES_URL"
POSTGRES_SKIP_REASON = f"needs PostgreSQL: set {POSTGRES_URL_ENV} or run `make test-postgres`"


@contextmanager
def fresh_postgres_database(server_url: str) -> Iterator[str]:
    """The URL of a new, empty database on the server, dropped on exit."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"verifier_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            # FORCE: a test may leave connections behind (a killed subprocess's among them).
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path: Path) -> Iterator[str]:
    """A URL for a new, empty database: once as an SQLite file, once on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'record.db'}"
        return
    yield from _test_server_database()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A URL for a new, empty PostgreSQL database (skips without a server)."""
    yield from _test_server_database()


def _test_server_database() -> Iterator[str]:
    """A new, empty database on the server POSTGRES_URL_ENV names, dropped after the test; the test skipped
    when none is named."""
    server_url = os.environ.get(POSTGRES_URL_ENV)
    if not server_url:
        pytest.skip(POSTGRES_SKIP_REASON)
    with fresh_postgres_database(server_url) as url:
        yield url


@pytest.fixture
def engine_on(database_url: str):
    """A migrated engine on `database_url` (SQLite, then PostgreSQL)."""
    from db.database import open_database

    engine = open_database(database_url)
    yield engine
    engine.dispose()


# ---------------------------------------------------------------- end postgres


# ---------------------------------------------------------------- sources (issue 3: scrapers, refresh, schedule)
# Tests marked `live` touch the real official sites; they run only with --run-live.


def pytest_addoption(parser):
    parser.addoption("--run-live", action="store_true", default=False,
                     help="also run tests marked live, which fetch from the real official sites")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--run-live"):
        return
    skip_live = pytest.mark.skip(reason="touches the real official sites: run with --run-live")
    for item in items:
        if "live" in item.keywords:
            item.add_marker(skip_live)


@pytest.fixture
def site_server():
    """tests/sources_fixture.py's SiteServer, running: recorded official pages on a local port."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("sources_fixture", Path(__file__).parent / "sources_fixture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with module.SiteServer() as server:
        yield server


# ---------------------------------------------------------------- end sources
