"""What a process leaves behind when it exits after a check. The collector is
frozen at exit (verifier.normalize), so nothing in a reference cycle is
collected then: the database connections must be closed by db.database, or
SQLite's write-ahead log would stay beside the database file, holding the
stored check."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

from conftest import PROJECT_ROOT


def test_a_process_that_stored_a_check_leaves_its_writes_in_the_database_file(tmp_path):
    database = tmp_path / "record.db"
    program = (
        "from db.database import open_database\n"
        "from verifier.checking import check_text\n"
        f"engine = open_database({str(database)!r})\n"
        "check_text(engine, 'The two sides met in Vienna on Tuesday to discuss trade.', store=True)\n"
    )
    result = subprocess.run([sys.executable, "-c", program], cwd=PROJECT_ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "record.db-wal").exists()
    # Read without the log: the check is in the file itself.
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT count(*) FROM check_run").fetchone()[0] == 1
