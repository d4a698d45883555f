"""The opening and closing of a harness that measures the training sets claim by claim (retrieval.py, reach.py):
its arguments read, the sets' gold files (the unseen ones refused), the database opened; and every outcome
written as JSON, the one --json file every harness writes (perturb.py, rephrase.py, selfcheck.py and
crosscheck.py too, which take the arguments every harness takes from `harness_arguments`). Each harness keeps
only what it measures and prints."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from sqlalchemy import Engine

from db.database import open_database
from tests.eval.sets import gold_files_of

READOUTS_DATABASE = "database holding examples/readouts.jsonl"


def harness_arguments(prog: str, doc: str, database: str = READOUTS_DATABASE) -> argparse.ArgumentParser:
    """The arguments every harness takes, to which it adds its own: the database (--db, `database` saying
    which) and the file every outcome is written to (--json, see write_outcomes). `prog` is the harness's
    command ("python -m tests.eval.perturb"); the first paragraph of its `doc` describes it."""
    parser = argparse.ArgumentParser(prog=prog, description=doc.split("\n\n")[0])
    parser.add_argument("--db", required=True, help=database)
    parser.add_argument("--json", type=Path, help="write every outcome to this file")
    return parser


def open_training_run(prog: str, doc: str, misses: str,
                      argv: list[str] | None) -> tuple[argparse.Namespace, list[str], Engine]:
    """The arguments of `argv` (the description the first paragraph of the harness's `doc`, `misses` what
    --misses prints), the gold files of the sets they name, and the database they name, opened. A set that is
    not a training set ends the harness with the parser's usage error (exit 2) before the database is opened."""
    parser = harness_arguments(prog, doc)
    parser.add_argument("--set", action="append", help="dev, holdout, blind1 ... (default: every training set)")
    parser.add_argument("--misses", action="store_true", help=misses)
    args = parser.parse_args(argv)
    gold_files = gold_files_of(parser, args)
    return args, gold_files, open_database(args.db)


def write_outcomes(path: Path, outcomes: dict) -> None:
    """The --json file: the summary and every claim's outcome, readable as it stands (non-ASCII kept)."""
    path.write_text(json.dumps(outcomes, indent=1, ensure_ascii=False), encoding="utf-8")
