"""Import speed and size on the White House corpus (issue: foundation).

Measures, in one run on this machine:
- a fresh SQLite import through `verifier import` (wall time, peak RSS of the process),
- re-importing the same file unchanged,
- the database size against the uncompressed text,
- the baseline: a raw-sqlite3 import of the same rows (same splitter, same FTS5 table, no ORM, no
  revisions), so the figure that matters is the ratio, not the seconds.
Each measured command runs in its own process so its peak RSS is its own.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "data" / "whitehouse-briefing-room.jsonl.gz"


def generated_corpus(path: Path, publications: int = 3000, seed: int = 7) -> Path:
    """A corpus of the White House corpus's shape (paragraphs, transcripts, duplicates) for machines without it."""
    rng = random.Random(seed)
    words = ("president secretary minister talks counternarcotics cooperation security council agreement "
             "bilateral relations discussed emphasized welcomed trade climate Taiwan Ukraine fentanyl summit "
             "officials delegation Beijing Washington agreed continue maintain communication").split()

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(8, 30))).capitalize() + "."

    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for number in range(publications):
            transcript = number % 5 == 0
            paragraphs = []
            for paragraph in range(rng.randint(4, 40)):
                text = " ".join(sentence() for _ in range(rng.randint(1, 6)))
                if transcript:
                    text = ("Q    " if paragraph % 2 else "MS. PRESS SECRETARY:  ") + text
                paragraphs.append(text)
            record = {"source": "whitehouse",
                      "url": f"https://www.whitehouse.gov/generated/{number % (publications - 16)}",
                      "title": f"Generated publication {number}",
                      "published": f"2024-01-{1 + number % 28:02d}T12:00:00-05:00",
                      "section": "briefings-statements", "body": "\n\n".join(paragraphs)}
            handle.write(json.dumps(record) + "\n")
    return path


def text_size(corpus: Path) -> tuple[int, int, int]:
    """(publications, characters of body text, UTF-8 bytes of body text)."""
    count = characters = size = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            body = json.loads(line)["body"]
            count += 1
            characters += len(body)
            size += len(body.encode("utf-8"))
    return count, characters, size


def timed(command: list[str]) -> tuple[float, int, str]:
    """(wall seconds, peak RSS bytes of the child, stdout) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_ROOT)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {result.stderr.strip()[-500:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest of any child so far: measure the
    # biggest command first or read it as an upper bound.
    return elapsed, max(peak, before) * 1024, result.stdout


RAW_IMPORT = r'''
import gzip, json, sqlite3, sys
from db.text import split_body
corpus, db = sys.argv[1], sys.argv[2]
c = sqlite3.connect(db, isolation_level=None)
c.execute("PRAGMA journal_mode=WAL"); c.execute("PRAGMA synchronous=NORMAL")
c.execute("CREATE TABLE readout (id INTEGER PRIMARY KEY, url TEXT UNIQUE, title TEXT, published TEXT, body TEXT)")
c.execute("CREATE TABLE sentence (id INTEGER PRIMARY KEY, readout_id INTEGER, position INTEGER, start INTEGER, "
          "\"end\" INTEGER, speaker TEXT, is_evidence INTEGER, UNIQUE (readout_id, position))")
c.execute("CREATE VIRTUAL TABLE sentence_fts USING fts5(text, content='', "
          "tokenize='porter unicode61 remove_diacritics 2')")
sentence_id = 0
c.execute("BEGIN")
for number, line in enumerate(gzip.open(corpus, "rt", encoding="utf-8")):
    d = json.loads(line)
    cur = c.execute("INSERT OR REPLACE INTO readout (url, title, published, body) VALUES (?,?,?,?)",
                    (d["url"], d["title"], d["published"], d["body"]))
    rid = cur.lastrowid
    rows = []
    for s in split_body(d["body"]):
        sentence_id += 1
        rows.append((sentence_id, rid, s.position, s.start, s.end, s.speaker, s.is_evidence, d["body"][s.start:s.end]))
    c.executemany("INSERT OR REPLACE INTO sentence VALUES (?,?,?,?,?,?,?)", [r[:7] for r in rows])
    c.executemany("INSERT INTO sentence_fts(rowid, text) VALUES (?,?)", [(r[0], r[7]) for r in rows])
    if number % 400 == 399:
        c.execute("COMMIT"); c.execute("BEGIN")
c.execute("COMMIT")
'''


def run(corpus: Path | None = None, workdir: Path | None = None) -> dict:
    workdir = Path(workdir or tempfile.mkdtemp(prefix="verifier-bench-"))
    if corpus is None:
        corpus = SHARED_CORPUS if SHARED_CORPUS.exists() else generated_corpus(workdir / "generated.jsonl.gz")
    publications, characters, text_bytes = text_size(corpus)
    verifier = [sys.executable, "-m", "verifier"]
    db = workdir / "import.db"
    raw_db = workdir / "raw.db"
    for path in (db, raw_db):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)

    import_seconds, import_rss, import_out = timed([*verifier, "--db", str(db), "import", str(corpus)])
    reimport_seconds, _, reimport_out = timed([*verifier, "--db", str(db), "import", str(corpus)])
    raw_seconds, _, _ = timed([sys.executable, "-c", RAW_IMPORT, str(corpus), str(raw_db)])
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        sentences = connection.execute("SELECT count(*) FROM sentence").fetchone()[0]
    db_bytes = sum(Path(f"{db}{suffix}").stat().st_size for suffix in ("", "-wal") if Path(f"{db}{suffix}").exists())
    return {
        "corpus": str(corpus),
        "database": str(db),
        "publications": publications,
        "characters": characters,
        "text_bytes": text_bytes,
        "sentences": sentences,
        "import_seconds": round(import_seconds, 2),
        "import_peak_rss_mib": round(import_rss / 1_048_576, 1),
        "import_summary": import_out.strip(),
        "reimport_seconds": round(reimport_seconds, 2),
        "reimport_summary": reimport_out.strip(),
        "raw_sqlite_seconds": round(raw_seconds, 2),
        "import_vs_raw_ratio": round(import_seconds / raw_seconds, 2),
        "database_mib": round(db_bytes / 1_048_576, 1),
        "database_vs_text_ratio": round(db_bytes / text_bytes, 2),
        "targets": {"import_seconds": 45, "reimport_seconds": 15, "import_peak_rss_mib": 1024,
                    "database_vs_text_ratio": 3.0},
        "machine": {"cpus": os.cpu_count()},
    }


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1]) if len(sys.argv) > 1 else None), indent=2))
