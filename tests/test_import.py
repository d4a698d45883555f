"""`verifier import`: good, duplicate, revised and every kind of bad input, through the real entry point."""

import gzip
import json
import sqlite3
from pathlib import Path

import pytest
from conftest import BUNDLED_READOUTS, invoke_verifier, readout, run_verifier, write_jsonl

BODY = "Sullivan met Wang in Bangkok. They discussed counternarcotics cooperation."


def table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("readout", "readout_revision", "sentence")}


def test_import_then_reimport_is_idempotent(tmp_path, db_path):
    data = write_jsonl(tmp_path / "a.jsonl", [readout("https://www.whitehouse.gov/a", BODY),
                                             readout("https://www.whitehouse.gov/b", "Another text. Two sentences.")])
    first = run_verifier("import", str(data), db=db_path)
    assert first.returncode == 0, first.stderr
    assert "2 new, 0 revised, 0 unchanged, 0 skipped" in first.stdout
    before = table_counts(db_path)
    again = run_verifier("import", str(data), db=db_path)
    assert again.returncode == 0
    assert "0 new, 0 revised, 2 unchanged, 0 skipped" in again.stdout
    assert table_counts(db_path) == before


def test_gzip_file_and_revision_across_imports(tmp_path, db_path):
    gz = tmp_path / "a.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(readout("https://www.whitehouse.gov/a", BODY)) + "\n")
    assert invoke_verifier("import", str(gz), db=db_path).returncode == 0
    changed = write_jsonl(tmp_path / "b.jsonl", [readout("https://www.whitehouse.gov/a", BODY + " A line was added.")])
    result = invoke_verifier("import", str(changed), db=db_path)
    assert "0 new, 1 revised" in result.stdout
    assert table_counts(db_path)["readout"] == 1
    assert table_counts(db_path)["readout_revision"] == 2
    shown = invoke_verifier("readouts", "show", "https://www.whitehouse.gov/a", "--revisions", db=db_path)
    assert shown.returncode == 0
    added = "+Sullivan met Wang in Bangkok. They discussed counternarcotics cooperation. A line was added."
    assert added in shown.stdout
    assert "2 revision(s)" in shown.stdout


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"source": "whitehouse", "url": "https://x.gov/1", "published": "2024-01-01", "body": "B."}),
         "missing field 'title'"),
        (json.dumps(readout("https://x.gov/2", BODY, published="the 27th of January")), "unparseable date"),
        (json.dumps(readout("https://x.gov/3", "   ")), "empty body"),
        (json.dumps(readout("ftp://x.gov/4", BODY)), "url is not an http(s) URL"),
        ("[1, 2]", "not a JSON object"),
    ],
)
def test_bad_line_is_reported_skipped_and_counted(tmp_path, db_path, line, reason):
    data = write_jsonl(tmp_path / "mixed.jsonl", [readout("https://www.whitehouse.gov/ok", BODY), line,
                                                  readout("https://www.whitehouse.gov/ok2", BODY)])
    result = invoke_verifier("import", str(data), db=db_path)
    assert result.returncode == 3
    assert f"{data}:2: {reason}" in result.stderr
    assert "2 new, 0 revised, 0 unchanged, 1 skipped" in result.stdout
    assert table_counts(db_path)["readout"] == 2


def test_strict_aborts_and_leaves_database_as_before(tmp_path, db_path):
    good = write_jsonl(tmp_path / "good.jsonl", [readout("https://www.whitehouse.gov/a", BODY)])
    assert invoke_verifier("import", str(good), db=db_path).returncode == 0
    before = table_counts(db_path)
    mixed = write_jsonl(tmp_path / "mixed.jsonl", [readout("https://www.whitehouse.gov/new", BODY),
                                                   readout("https://www.whitehouse.gov/a", "Changed text."), "{oops"])
    result = invoke_verifier("import", "--strict", str(mixed), db=db_path)
    assert result.returncode == 1
    assert f"{mixed}:3: not valid JSON" in result.stderr
    assert "nothing was imported" in result.stderr
    assert table_counts(db_path) == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (None, b"", "is a directory"),
        ("empty.jsonl", b"", "empty file"),
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "not"),
        ("blob.bin", b"\x00\x01\x02binary", "binary data"),
        ("bad.gz", b"\x1f\x8bnot really gzip", "cannot read"),
        ("missing.jsonl", None, "no such file"),
    ],
)
def test_file_that_is_not_json_lines_gets_one_clear_error(tmp_path, db_path, name, content, message):
    folder = tmp_path / "input"
    folder.mkdir()
    target = folder / name if name else folder
    if name and content is not None:
        target.write_bytes(content)
    result = invoke_verifier("import", str(target), db=db_path)
    assert result.returncode == 1
    error_lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(error_lines) == 1, result.stderr
    assert error_lines[0].startswith("Error: ") and str(target) in error_lines[0] and message in error_lines[0]
    assert "Traceback" not in result.stderr


def test_bundled_readouts_import_cleanly_and_info_reports_them(db_path):
    result = invoke_verifier("import", str(BUNDLED_READOUTS), db=db_path)
    assert result.returncode == 0, result.stderr
    info = json.loads(invoke_verifier("info", "--format", "json", db=db_path).stdout)
    lines = [json.loads(line) for line in BUNDLED_READOUTS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert info["readouts"] == len({line["url"] for line in lines})
    assert info["sources"]["whitehouse"]["side"] == "us-government"
    assert info["sources"]["china-mfa"]["side"] == "china-government"
    assert info["sources"]["whitehouse"]["readouts"] == len({x["url"] for x in lines if x["source"] == "whitehouse"})
    assert info["sentences"] > info["readouts"]
    assert info["database"] == str(db_path)
