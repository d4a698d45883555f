"""Processes the concurrency and crash-safety tests start: a writer, readers, checkers.

Run as `python tests/concurrency_worker.py ROLE DATABASE_URL ...`; each role
exits non-zero with the failure on stderr. Kept apart from the tests so that
each runs in a real, separate interpreter with its own connections.
"""

from __future__ import annotations

import itertools
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from db import store
from db.database import open_database
from db.index import search_sentences, sentences_of
from db.integrity import record_problems
from db.store import ReadoutRecord, store_readouts

URL_PREFIX = "https://example.gov/concurrency/"
# In every sentence of every generated readout, so one search finds them all.
SHARED_WORD = "zebracrossing"
SENTENCES_PER_READOUT = 3
# What a writer told to pause prints once it stands in that batch's open transaction.
PAUSED = "paused in an open batch"


def generated_readout(number: int, revision: int = 1) -> ReadoutRecord:
    tag = f"revision{revision}"
    body = (f"The {SHARED_WORD} envoy {number} opened talks ({tag}). "
            f"The {SHARED_WORD} envoy {number} discussed fentanyl with officials. "
            f"The {SHARED_WORD} envoy {number} agreed to meet again.")
    return ReadoutRecord(source="whitehouse", url=f"{URL_PREFIX}{number}", title=f"Readout {number}",
                         published=datetime(2024, 2, 1, tzinfo=UTC) + timedelta(hours=number), body=body)


def write(url: str, count: int, batch_size: int, revise: int, pause_in: int = 0) -> None:
    """Store `count` new readouts in batches, then a new revision of the first `revise`. With `pause_in`, stop
    in that batch (every batch this writer stores counted from 1, new ones and revisions, unchanged ones too):
    its rows written and not committed, print PAUSED and wait there to be killed (_pause_in_batch)."""
    if pause_in:
        _pause_in_batch(pause_in)
    engine = open_database(url)
    store_readouts(engine, (generated_readout(n) for n in range(count)), batch_size=batch_size)
    store_readouts(engine, (generated_readout(n, revision=2) for n in range(revise)), batch_size=batch_size)


def _pause_in_batch(number: int) -> None:
    """Make the `number`-th batch stored stop inside its transaction, after its rows and before its commit:
    a crash at a known moment rather than wherever a polling test happens to catch the writer. Standard input
    closing (the test gone without killing it) ends the process there, the batch still uncommitted."""
    batches = itertools.count(1)
    store_batch = store._store_batch

    def store_then_pause(*args, **kwargs):
        summary = store_batch(*args, **kwargs)
        if next(batches) == number:
            print(PAUSED, flush=True)
            sys.stdin.read()
            os._exit(1)
        return summary

    store._store_batch = store_then_pause


def seen_generated(connection) -> tuple[int, int, int]:
    """Generated readouts, their sentences and their index entries, in one
    statement."""
    key = "rowid" if connection.dialect.name == "sqlite" else "sentence_id"
    return connection.execute(text(
        "SELECT (SELECT count(*) FROM readout WHERE url LIKE :prefix), "
        "(SELECT count(*) FROM sentence s JOIN readout r ON r.id = s.readout_id WHERE r.url LIKE :prefix), "
        f"(SELECT count(*) FROM sentence_fts f JOIN sentence s ON s.id = f.{key} "
        " JOIN readout r ON r.id = s.readout_id WHERE r.url LIKE :prefix)"
    ), {"prefix": URL_PREFIX + "%"}).one()


def read(url: str, stop_file: str, batch_size: int) -> None:
    """Until `stop_file` exists (and once more after): every readout seen is whole."""
    engine = open_database(url)
    last_count = 0
    rounds = 0
    while True:
        stopping = Path(stop_file).exists()
        with engine.connect() as connection:
            readouts, sentences, indexed = seen_generated(connection)
            if readouts % batch_size:
                fail(f"saw {readouts} readouts: a batch of {batch_size} was half-committed")
            if readouts < last_count:
                fail(f"readouts went from {last_count} to {readouts}")
            if not sentences == indexed == SENTENCES_PER_READOUT * readouts:
                fail(f"{readouts} readouts with {sentences} sentences and {indexed} index entries")
            hits = search_sentences(connection, [SHARED_WORD], limit=100_000, evidence_only=False)
            if len(hits) < SENTENCES_PER_READOUT * readouts:
                fail(f"search found {len(hits)} sentences of {readouts} readouts")
            for readout_id in sorted({hit.readout_id for hit in hits})[:20]:
                window = sentences_of(connection, readout_id, 0, 10)
                if len(window) != SENTENCES_PER_READOUT:
                    fail(f"readout {readout_id} has {len(window)} sentences")
            problems = record_problems(connection)
            if problems:
                fail("; ".join(problems))
        last_count = readouts
        rounds += 1
        if stopping:
            break
    print(f"{rounds} rounds, last saw {last_count} readouts")


def check(url: str, stop_file: str, article_path: str) -> None:
    """Until `stop_file` exists (and once more after): check the article and store the check."""
    from verifier.checking import ArticleText, check_article

    engine = open_database(url)
    article = ArticleText.from_text(Path(article_path).read_text(encoding="utf-8"))
    rounds = 0
    while True:
        stopping = Path(stop_file).exists()
        report = check_article(engine, article, store=True)
        if not report["claims"] or report["check"]["id"] is None:
            fail(f"check came back without claims or id: {report['summary']}")
        rounds += 1
        if stopping:
            break
        time.sleep(0.05)
    print(f"{rounds} checks")


def fail(message: str) -> None:
    print(message, file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
    role, database_url, *rest = sys.argv[1:]
    if role == "write":
        write(database_url, *(int(number) for number in rest))
    elif role == "read":
        read(database_url, rest[0], int(rest[1]))
    elif role == "check":
        check(database_url, rest[0], rest[1])
    else:
        fail(f"unknown role {role!r}")
