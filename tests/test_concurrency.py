"""An import writing while readers search and a checker checks, in real separate
processes, on SQLite and on PostgreSQL: no "database is locked", no torn read,
nothing lost."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from concurrency_worker import URL_PREFIX
from conftest import BUNDLED_READOUTS, EXAMPLES, PROJECT_ROOT
from sqlalchemy import text

from db.database import open_database
from db.integrity import record_problems
from verifier.importing import import_files

WORKER = PROJECT_ROOT / "tests" / "concurrency_worker.py"
NEW_READOUTS = 240
BATCH = 12  # 20 transactions of new readouts, then 5 of revisions
REVISED = 60


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WORKER), *args], cwd=PROJECT_ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen, name: str) -> str:
    stdout, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, f"{name} failed: {stderr.strip()[-2000:]}"
    assert "locked" not in stderr
    return stdout


def test_import_while_two_readers_and_a_checker_run(database_url, tmp_path):
    engine = open_database(database_url)
    import_files(engine, [BUNDLED_READOUTS])  # something for the checker to find
    stop = tmp_path / "writer-done"
    readers = [start("read", database_url, str(stop), str(BATCH)) for _ in range(2)]
    checker = start("check", database_url, str(stop), str(EXAMPLES / "seed-article.txt"))
    time.sleep(1.0)  # let them open the database and start reading before the writes begin
    writer = start("write", database_url, str(NEW_READOUTS), str(BATCH), str(REVISED))
    try:
        finish(writer, "writer")
    finally:
        stop.touch()
        outputs = [finish(reader, f"reader {n}") for n, reader in enumerate(readers)]
        checks = finish(checker, "checker")
    assert all(f"last saw {NEW_READOUTS} readouts" in output for output in outputs), outputs
    assert int(checks.split()[0]) >= 1

    with engine.connect() as connection:
        assert record_problems(connection) == []
        revised = connection.execute(text(
            "SELECT count(*) FROM readout WHERE url LIKE :prefix AND revision_count = 2"),
            {"prefix": URL_PREFIX + "%"}).scalar_one()
        stored_checks = connection.execute(text("SELECT count(*) FROM check_run")).scalar_one()
    assert revised == REVISED
    assert stored_checks == int(checks.split()[0])
    engine.dispose()


@pytest.mark.parametrize("writers", [2])
def test_two_imports_at_once_both_land(database_url, tmp_path, writers):
    """Two writers at once wait for each other rather than fail."""
    engine = open_database(database_url)
    processes = [start("write", database_url, str(NEW_READOUTS // 2), str(BATCH), "0") for _ in range(writers)]
    for n, process in enumerate(processes):
        finish(process, f"writer {n}")
    with engine.connect() as connection:
        assert record_problems(connection) == []
        count = connection.execute(text("SELECT count(*) FROM readout WHERE url LIKE :prefix"),
                                   {"prefix": URL_PREFIX + "%"}).scalar_one()
    assert count == NEW_READOUTS // 2  # the same readouts twice: the second writer finds them unchanged
    engine.dispose()
