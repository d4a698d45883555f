"""PostgreSQL beside SQLite (issue 6), measured in the same run on this machine:

- import of the White House corpus through `verifier import` into a fresh database on each
  (wall time; target: PostgreSQL at most 2x SQLite's),
- the seed article's check (examples/seed-article.txt, dated 2024-01-28) on each: one cold run,
  then the median of warm runs (target: PostgreSQL at most 1.5 s warm), and whether the two
  reports agree claim for claim.

The server is $VERIFIER_TEST_POSTGRES_URL when set; otherwise this module runs itself under
.ci/pg-server, a throwaway local server with fsync on and synchronous_commit off: the
durability SQLite's WAL mode with synchronous=NORMAL gives (a power cut may lose the last
commits, never corrupt the database).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "data" / "whitehouse-briefing-room.jsonl.gz"
SEED_ARTICLE = PROJECT_ROOT / "examples" / "seed-article.txt"
SEED_DATE = date(2024, 1, 28)
WARM_RUNS = 5
POSTGRES_URL_ENV = "VERIFIER_TEST_POSTGRES_URL"


def run(corpus: Path | None = None) -> dict:
    server_url = os.environ.get(POSTGRES_URL_ENV)
    if server_url:
        return measure(server_url, corpus)
    if not (shutil.which("initdb") or list(Path("/usr/lib/postgresql").glob("*/bin/initdb"))):
        return {"skipped": f"no PostgreSQL server binaries and no {POSTGRES_URL_ENV}"}
    with tempfile.TemporaryDirectory() as scratch:
        output = Path(scratch) / "figures.json"
        command = ["bash", str(PROJECT_ROOT / ".ci" / "pg-server"), sys.executable, "-m",
                   "tests.bench.postgres_bench", "--output", str(output)]
        if corpus:
            command += ["--corpus", str(corpus)]
        subprocess.run(command, cwd=PROJECT_ROOT, check=True)
        return json.loads(output.read_text(encoding="utf-8"))


def measure(server_url: str, corpus: Path | None) -> dict:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    corpus = corpus or (SHARED_CORPUS if SHARED_CORPUS.exists() else None)
    figures: dict = {}
    with tempfile.TemporaryDirectory() as scratch:
        if corpus is None:
            from tests.bench.import_bench import generated_corpus

            corpus = generated_corpus(Path(scratch) / "generated.jsonl.gz")
            figures["corpus"] = "generated (no shared corpus)"
        else:
            figures["corpus"] = str(corpus)
        sqlite_url = f"sqlite:///{Path(scratch) / 'bench.db'}"
        name = f"verifier_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
        postgres_url = make_url(server_url).set(database=name).render_as_string(hide_password=False)
        try:
            figures["sqlite_import_s"] = round(timed_import(sqlite_url, corpus), 1)
            figures["postgres_import_s"] = round(timed_import(postgres_url, corpus), 1)
            figures["postgres_import_vs_sqlite"] = round(figures["postgres_import_s"] / figures["sqlite_import_s"], 2)
            figures["postgres_import_target_met"] = figures["postgres_import_vs_sqlite"] <= 2.0
            reports = {}
            for label, url in (("sqlite", sqlite_url), ("postgres", postgres_url)):
                cold, warm, reports[label] = timed_checks(url)
                figures[f"{label}_check_cold_s"] = round(cold, 2)
                figures[f"{label}_check_warm_s"] = round(warm, 2)
            figures["postgres_check_warm_vs_sqlite"] = round(
                figures["postgres_check_warm_s"] / figures["sqlite_check_warm_s"], 2)
            figures["postgres_check_target_met"] = figures["postgres_check_warm_s"] <= 1.5
            figures["same_verdicts"] = verdicts(reports["sqlite"]) == verdicts(reports["postgres"])
            figures["same_evidence"] = evidence(reports["sqlite"]) == evidence(reports["postgres"])
        finally:
            with admin.connect() as connection:
                connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.dispose()
    return figures


def timed_import(url: str, corpus: Path) -> float:
    command = [sys.executable, "-m", "verifier", "--db", url, "import", str(corpus)]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_ROOT)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"import into {url.split('?')[0]} failed: {result.stderr.strip()[-500:]}")
    return elapsed


def timed_checks(url: str) -> tuple[float, float, dict]:
    """(cold seconds, median warm seconds, report) of the seed article's check, in this process."""
    from db.database import open_database
    from verifier.checking import check_text

    text = SEED_ARTICLE.read_text(encoding="utf-8")
    engine = open_database(url)
    try:
        started = time.perf_counter()
        report = check_text(engine, text, SEED_DATE, store=False)
        cold = time.perf_counter() - started
        warm = []
        for _ in range(WARM_RUNS):
            started = time.perf_counter()
            check_text(engine, text, SEED_DATE, store=False)
            warm.append(time.perf_counter() - started)
    finally:
        engine.dispose()
    return cold, statistics.median(warm), report


def verdicts(report: dict) -> list:
    return [(claim["index"], claim["verdict"], claim["reasons"]) for claim in report["claims"]]


def evidence(report: dict) -> list:
    return [[(item["url"], item["start"], item["end"]) for item in claim["evidence"]] for claim in report["claims"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args()
    server_url = os.environ.get(POSTGRES_URL_ENV)
    if not server_url:
        sys.exit(f"{POSTGRES_URL_ENV} is not set (run under .ci/pg-server)")
    args.output.write_text(json.dumps(measure(server_url, args.corpus), indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
