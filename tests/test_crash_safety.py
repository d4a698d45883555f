"""SIGKILL an import mid-way: every readout is then either whole (revision,
sentences, index entries) or absent, and importing again completes the record.
On SQLite and on PostgreSQL, with the writer a real separate process."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

from concurrency_worker import SENTENCES_PER_READOUT, URL_PREFIX, seen_generated
from conftest import PROJECT_ROOT
from sqlalchemy import text

from db.database import open_database
from db.integrity import record_problems

WORKER = PROJECT_ROOT / "tests" / "concurrency_worker.py"
TOTAL = 600
BATCH = 12
REVISED = 120


def start_writer(database_url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WORKER), "write", database_url, str(TOTAL), str(BATCH), str(REVISED)],
                            cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def generated(engine) -> tuple[int, int, int]:
    with engine.connect() as connection:
        return tuple(seen_generated(connection))


def kill_when(engine, writer: subprocess.Popen, condition) -> None:
    deadline = time.monotonic() + 240
    while not condition(generated(engine)):
        assert writer.poll() is None, f"the writer ended before it could be killed: {writer.stderr.read()}"
        assert time.monotonic() < deadline, "the writer made no progress"
        time.sleep(0.02)
    assert writer.poll() is None, "the writer finished before it could be killed"
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=60)
    assert writer.returncode == -signal.SIGKILL


def assert_whole(engine) -> int:
    readouts, sentences, indexed = generated(engine)
    assert readouts % BATCH == 0, f"{readouts} readouts: a batch was half-written"
    assert sentences == indexed == SENTENCES_PER_READOUT * readouts
    with engine.connect() as connection:
        assert record_problems(connection) == []
    return readouts


def test_killed_import_leaves_whole_readouts_and_a_rerun_completes(database_url):
    engine = open_database(database_url)
    # Killed while adding new readouts, after a few batches have landed.
    writer = start_writer(database_url)
    kill_when(engine, writer, lambda seen: seen[0] >= 3 * BATCH)
    landed = assert_whole(engine)
    assert 3 * BATCH <= landed < TOTAL

    # Killed again, this time while revising readouts (old sentences out, new in).
    writer = start_writer(database_url)
    kill_when(engine, writer, lambda seen: seen[0] == TOTAL)
    assert_whole(engine)

    rerun = start_writer(database_url)
    stdout, stderr = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, stderr
    assert assert_whole(engine) == TOTAL
    with engine.connect() as connection:
        revised = connection.execute(text(
            "SELECT count(*) FROM readout WHERE revision_count = 2 AND url LIKE :prefix"),
            {"prefix": URL_PREFIX + "%"}).scalar_one()
    assert revised == REVISED
    engine.dispose()
