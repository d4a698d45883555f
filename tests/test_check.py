"""`verifier check` end to end: the real CLI in a subprocess, real SQLite files,
the bundled record (examples/readouts.jsonl) and the bundled seed article."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from conftest import EXAMPLES, readout_record, run_verifier

from db.database import open_database
from verifier.checking import CheckError, check_article, check_text
from verifier.importing import import_files

SEED = EXAMPLES / "seed-article.txt"
CONTESTED_ARTICLE = "Sullivan and Wang did not discuss Ukraine, the White House said.\n"


@pytest.fixture(scope="module")
def bundled_db(tmp_path_factory) -> Path:
    """The bundled record, imported once; tests that write get a copy."""
    path = tmp_path_factory.mktemp("bundled") / "record.db"
    engine = open_database(str(path))
    import_files(engine, [EXAMPLES / "readouts.jsonl"])
    engine.dispose()
    return path


@pytest.fixture
def record_db(bundled_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "record.db"
    shutil.copy(bundled_db, copy)
    return copy


def _rows(db: Path, table: str) -> int:
    with sqlite3.connect(db) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_check_prints_a_table_and_stores_the_check(record_db):
    result = run_verifier("check", str(SEED), "--published", "2024-01-28", db=record_db)
    assert result.returncode == 0, result.stderr
    assert "supported" in result.stdout and "https://bidenwhitehouse.archives.gov/briefing-room/" in result.stdout
    with sqlite3.connect(record_db) as connection:
        (report_json,) = connection.execute("SELECT report FROM check_run").fetchone()
        claims = connection.execute("SELECT count(*) FROM claim_verdict").fetchone()[0]
        links = connection.execute("SELECT count(*) FROM evidence_link").fetchone()[0]
    report = json.loads(report_json)
    assert claims == len(report["claims"]) > 10
    assert links == sum(len(claim["evidence"]) for claim in report["claims"]) > 0
    assert report["summary"]["skipped"] >= 3  # newsletter prompts and "Ta." fragments
    assert report["tool"] == {"name": "verifier", "version": "0.1.0"}
    assert report["corpus"]["readouts"] > 50 and "whitehouse" in report["corpus"]["sources"]
    assert report["parameters"]["anchor"]["origin"] == "given"
    counts = {verdict: sum(c["verdict"] == verdict for c in report["claims"])
              for verdict in ("supported", "contested", "unsourced")}
    assert {key: report["summary"][key] for key in counts} == counts
    assert counts["supported"] >= 5


def test_json_output_and_file_output_agree(record_db, tmp_path):
    article = tmp_path / "short.txt"
    article.write_text("Stay informed with free updates\n\nThe White House said Sullivan and Wang discussed next "
                       "steps towards a U.S.-China dialogue on AI in the spring.\n", encoding="utf-8")
    printed = run_verifier("check", str(article), "--published", "2024-01-28", "--format", "json", db=record_db)
    assert printed.returncode == 0, printed.stderr
    target = tmp_path / "out.json"
    written = run_verifier("check", str(article), "--published", "2024-01-28", "-o", str(target), db=record_db)
    assert written.returncode == 0, written.stderr
    first, second = json.loads(printed.stdout), json.loads(target.read_text(encoding="utf-8"))
    assert first["check"]["id"] != second["check"]["id"]
    assert [c["verdict"] for c in first["claims"]] == ["supported"]
    assert first["skipped"][0]["reason"] == "site furniture"
    first.pop("check"), second.pop("check")
    assert first == second


def test_the_same_check_twice_is_byte_identical_but_for_its_id_and_time(record_db):
    engine = open_database(str(record_db))
    text = SEED.read_text(encoding="utf-8")
    first = check_text(engine, text, date(2024, 1, 28))
    second = check_text(engine, text, date(2024, 1, 28))
    engine.dispose()
    assert first["check"]["id"] != second["check"]["id"]
    for report in (first, second):
        report["check"] = {"id": 0, "created_at": "-"}
    assert json.dumps(first, ensure_ascii=False) == json.dumps(second, ensure_ascii=False)


def test_the_same_check_in_another_process_is_identical(record_db):
    # Each process hashes strings with its own seed: no verdict, score or evidence may rest on a set's order.
    reports = []
    for seed in ("0", "1"):
        run = run_verifier("check", str(SEED), "--published", "2024-01-28", "--format", "json", db=record_db,
                           env={"PYTHONHASHSEED": seed})
        assert run.returncode == 0, run.stderr
        report = json.loads(run.stdout)
        report.pop("check")
        reports.append(report)
    assert reports[0] == reports[1]


def test_stdin_and_fail_on(record_db):
    result = run_verifier("check", "-", "--published", "2023-10-28", "--fail-on", "contested",
                          "--format", "json", db=record_db, input=CONTESTED_ARTICLE)
    assert result.returncode == 4, result.stderr
    claim = json.loads(result.stdout)["claims"][0]
    assert (claim["verdict"], claim["reasons"]) == ("contested", ["negation_mismatch"])
    relaxed = run_verifier("check", "-", "--published", "2023-10-28", "--fail-on", "unsourced",
                           db=record_db, input=CONTESTED_ARTICLE)
    assert relaxed.returncode == 0, relaxed.stderr


def test_an_empty_record_says_every_claim_is_unsourced(tmp_path):
    db = tmp_path / "empty.db"
    result = run_verifier("check", str(SEED), "--format", "json", db=db)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["corpus"]["readouts"] == 0
    assert {claim["verdict"] for claim in report["claims"]} == {"unsourced"}
    assert all("verifier import" in claim["explanation"] for claim in report["claims"])
    table = run_verifier("check", str(SEED), db=db)
    assert "The record is empty" in table.stdout


@pytest.mark.parametrize(("name", "content"), [
    ("empty.txt", b""),
    ("blank.txt", b"   \n\n  "),
    ("binary.txt", bytes(range(256)) * 40),
])
def test_bad_articles_fail_in_one_line_and_store_nothing(record_db, tmp_path, name, content):
    article = tmp_path / name
    article.write_bytes(content)
    result = run_verifier("check", str(article), db=record_db)
    assert result.returncode == 1
    assert result.stderr.startswith("Error:") and len(result.stderr.strip().splitlines()) == 1
    assert _rows(record_db, "check_run") == 0 and _rows(record_db, "article") == 0


def test_unknown_source_and_missing_file_are_errors(record_db, tmp_path):
    unknown = run_verifier("check", str(SEED), "--source", "xinhua", db=record_db)
    assert unknown.returncode == 1 and "unknown source 'xinhua'" in unknown.stderr
    missing = run_verifier("check", str(tmp_path / "nope.txt"), db=record_db)
    assert missing.returncode == 1 and missing.stderr.startswith("Error:")
    assert _rows(record_db, "check_run") == 0


def test_a_failure_while_storing_leaves_nothing(record_db, monkeypatch):
    import db.models as models

    class Exploding(models.EvidenceLink):
        def __init__(self, **_fields):
            raise RuntimeError("disk full")

    # A fault a real database will not produce on demand: the last rows of the transaction fail.
    # (verifier.checking imports the models only when it stores a check.)
    monkeypatch.setattr(models, "EvidenceLink", Exploding)
    engine = open_database(str(record_db))
    with pytest.raises(RuntimeError):
        check_text(engine, SEED.read_text(encoding="utf-8"), date(2024, 1, 28))
    engine.dispose()
    assert _rows(record_db, "check_run") == 0 and _rows(record_db, "article") == 0
    assert _rows(record_db, "claim_verdict") == 0


def test_a_source_filter_restricts_the_record(record_db):
    engine = open_database(str(record_db))
    report = check_text(engine, "Wang Yi said Taiwan independence poses the biggest risk to cross-Strait peace.",
                        date(2024, 1, 28), sources=["whitehouse"], store=False)
    assert list(report["corpus"]["sources"]) == ["whitehouse"]
    assert all(e["source"] == "whitehouse" for c in report["claims"] for e in c["evidence"])
    with pytest.raises(CheckError):
        check_article(engine, type("A", (), {"text": "", "title": None, "url": None, "published": None,
                                             "sha256": ""})(), store=False)
    engine.dispose()


def test_a_check_leaves_the_cycle_collector_as_it_found_it(bundled_db):
    import gc

    engine = open_database(str(bundled_db))
    text = "Sullivan and Wang met in Bangkok, the White House said.\n"
    try:
        assert gc.isenabled()
        check_text(engine, text, date(2024, 1, 28), store=False)
        assert gc.isenabled()
        gc.disable()
        check_text(engine, text, date(2024, 1, 28), store=False)
        assert not gc.isenabled()
        gc.enable()
        with pytest.raises(CheckError, match="unknown source"):  # raised while the collector is paused
            check_text(engine, text, date(2024, 1, 28), sources=["no-such-source"], store=False)
        assert gc.isenabled()
    finally:
        gc.enable()
        engine.dispose()


def test_a_warm_process_sees_its_newest_readout_revised(engine_on):
    """A revision of the newest readout into as many sentences: SQLite gives the
    new sentences the old ones' ids, which the next check must not take for
    the rows it read before (the counts, id lists and sentence rows it keeps)."""
    from datetime import UTC, datetime

    from db.store import ReadoutRecord, store_readouts

    def readout(url: str, body: str, day: int) -> ReadoutRecord:
        return readout_record(url, body, published=datetime(2024, 1, day, 15, tzinfo=UTC))

    older = readout("https://example.gov/older", "The President spoke with Prime Minister Kishida about trade.", 20)
    store_readouts(engine_on, [older, readout(
        "https://example.gov/newest", "Sullivan met Wang Yi in Bangkok. They discussed fentanyl at length.", 27)])
    claim = "Sullivan and Wang Yi discussed fentanyl in Bangkok."
    first = check_text(engine_on, claim, date(2024, 1, 28), store=False)
    assert "Bangkok" in " ".join(e["sentence"] for e in first["claims"][0]["evidence"])
    store_readouts(engine_on, [readout(
        "https://example.gov/newest", "Sullivan met Wang Yi in Vienna. They discussed fentanyl at length.", 27)])
    again = check_text(engine_on, claim, date(2024, 1, 28), store=False)
    quoted = " ".join(e["sentence"] for e in again["claims"][0]["evidence"])
    assert "Vienna" in quoted and "Bangkok" not in quoted
    assert again["claims"][0]["verdict"] != "supported"
