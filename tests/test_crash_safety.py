"""SIGKILL an import mid-way: every readout is then either whole (revision,
sentences, index entries) or absent, and importing again completes the record.
On SQLite and on PostgreSQL, with the writer a real separate process, killed
while it stands in a batch's open transaction (its rows written, not committed):
a moment the writer itself announces, so the test does not depend on how fast
the machine is."""

from __future__ import annotations

import select
import signal
import subprocess
import sys

from concurrency_worker import PAUSED, SENTENCES_PER_READOUT, URL_PREFIX, seen_generated
from conftest import PROJECT_ROOT
from sqlalchemy import text

from db.database import open_database
from db.integrity import record_problems

WORKER = PROJECT_ROOT / "tests" / "concurrency_worker.py"
TOTAL = 600
BATCH = 12
REVISED = 120


def start_writer(database_url: str, pause_in: int = 0) -> subprocess.Popen:
    """The writer: TOTAL new readouts, then REVISED of them revised; with `pause_in`, stopped in that batch."""
    return subprocess.Popen([sys.executable, str(WORKER), "write", database_url, str(TOTAL), str(BATCH), str(REVISED),
                             str(pause_in)],
                            cwd=PROJECT_ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def generated(engine) -> tuple[int, int, int]:
    with engine.connect() as connection:
        return tuple(seen_generated(connection))


def kill_when_paused(writer: subprocess.Popen) -> None:
    """SIGKILL the writer once it says it stands in its batch's open transaction."""
    ready, _, _ = select.select([writer.stdout], [], [], 240)
    assert ready, "the writer never reached the batch it was to pause in"
    said = writer.stdout.readline().strip()
    assert said == PAUSED, f"the writer ended before its pause ({said!r}): {writer.stderr.read()}"
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


def revised_count(engine) -> int:
    with engine.connect() as connection:
        return connection.execute(text(
            "SELECT count(*) FROM readout WHERE revision_count = 2 AND url LIKE :prefix"),
            {"prefix": URL_PREFIX + "%"}).scalar_one()


def test_killed_import_leaves_whole_readouts_and_a_rerun_completes(database_url):
    engine = open_database(database_url)
    # Killed while adding new readouts: three batches committed, the fourth written and not committed.
    writer = start_writer(database_url, pause_in=4)
    kill_when_paused(writer)
    assert assert_whole(engine) == 3 * BATCH

    # Killed again while revising readouts (old sentences out, new in): every new readout in (the three
    # batches already stored come first, unchanged), four batches of revisions committed, the fifth not.
    writer = start_writer(database_url, pause_in=TOTAL // BATCH + 5)
    kill_when_paused(writer)
    assert assert_whole(engine) == TOTAL
    assert revised_count(engine) == 4 * BATCH

    rerun = start_writer(database_url)
    stdout, stderr = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, stderr
    assert assert_whole(engine) == TOTAL
    assert revised_count(engine) == REVISED
    engine.dispose()
