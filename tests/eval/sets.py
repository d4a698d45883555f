"""Which labelled sets may be read and tuned on, and which are kept unseen.

A set is unseen until a newer blind set exists to measure the session that reads it (tests/eval/README.md).
The harnesses (perturb.py, rephrase.py) refuse the unseen sets, so a tuning loop cannot touch them by accident.
"""

from __future__ import annotations

import argparse
from pathlib import Path

DEV = "tests/eval/gold.jsonl"
# Read, and tuned on: the development set, the holdout and the blind sets a later one has measured.
# para1 and para2: news paraphrases of publications in the bundled record, read from the start (2026-11-30).
# blind21 and para3 to para6 from the end of the sixteenth session (para7 to para10 took over as the paraphrase check);
# blind22 and para7 to para10 from the end of the seventeenth (para11 to para15 took over);
# blind23 and para11 to para15 from the start of the eighteenth, once blind27 and para16 to para18 were written
# to measure it (a set stays unseen until a newer set exists to measure the session that reads it);
# blind24 and para16 to para18 from the start of the nineteenth, once blind28, para19 and para20 were written;
# blind25, para19 and para20 from the start of the twentieth, once blind29, para21 and para22 were written;
# blind26, para21 and para22 from the start of the twenty-first, once blind30, para23 and para24 were written;
# blind27, para23 and para24 from the start of the twenty-second, once blind31, para25 and para26 were written;
# blind28, para25 and para26 from the start of the twenty-third, once blind32, para27 and para28 were written;
# blind29, para27 and para28 from the start of the twenty-fourth, once blind33, para29 and para30 were written;
# blind30, para29 and para30 from the start of the twenty-fifth, once blind34, para31 to para33 were written;
# blind31 and para31 to para33 from the start of the twenty-sixth, once blind35, para34 to para36 were written;
# blind32 and para34 to para36 from the start of the twenty-seventh, once blind36, para37 to para39 were written;
# blind33 and para37 to para39 from the start of the twenty-eighth, once blind37, para40 to para42 were written;
# blind34 and para40 to para42 from the start of the twenty-ninth, once blind38, para43 to para45 were written;
# blind35 and para43 to para45 from the start of the thirtieth, once blind39, para46 to para48 were written;
# blind36 and para46 to para48 from the start of the thirty-first, once blind40, para49 to para51 were written;
# blind37 and para49 to para51 from the start of the thirty-second, once blind41, para52 to para54 were written;
# blind38 and para52 to para54 from the start of the thirty-third, once blind42, para55 to para57 were written;
# blind39 and para55 to para57 from the start of the thirty-fourth, once blind43, para58 to para60 were written;
# blind40 and para58 to para60 from the start of the thirty-fifth, once para61 and para62 were written (the writers
# of blind44 and para63 were cut off with that session, so the thirty-fifth and thirty-sixth share one unseen group);
# para61 and para62 from the start of the thirty-seventh, once para63 to para67 were written to measure it.
TRAINING = (DEV, "tests/eval/holdout/gold.jsonl") + tuple(f"tests/eval/blind{n}/gold.jsonl" for n in range(1, 41)) \
    + tuple(f"tests/eval/para{n}/gold.jsonl" for n in range(1, 63))
# Aggregate figures only; never read their mismatches while changing the engine.
# blind26: written at the start of the seventeenth session (2026-11-30); blind27 at the start of the eighteenth;
# blind28 at the start of the nineteenth; blind29 at the start of the twentieth; blind30, para23 and para24 at the
# start of the twenty-first; blind31, para25 and para26 at the start of the twenty-second; blind32, para27 and
# para28 at the start of the twenty-third; blind33, para29 and para30 at the start of the twenty-fourth; blind34,
# para31 to para33 at the start of the twenty-fifth; blind35, para34 to para36 at the start of the twenty-sixth;
# blind36, para37 to para39 at the start of the twenty-seventh; blind37, para40 to para42 at the start of the
# twenty-eighth; blind38, para43 to para45 at the start of the twenty-ninth (para43 to para45 paraphrase corpus
# publications that were not bundled yet: their writers' record additions join the record like a blind set's);
# blind39, para46 to para48 at the start of the thirtieth; blind40, para49 to para51 at the start of the thirty-first;
# blind41, para52 to para54 at the start of the thirty-second; blind42, para55 to para57 at the start of the
# thirty-third; blind43, para58 to para60 at the start of the thirty-fourth; para61 and para62 at the start of
# the thirty-fifth; para63 to para67 at the start of the thirty-seventh.
UNSEEN_NAMES = ("final", "blind41", "blind42", "blind43", "para63", "para64", "para65", "para66", "para67")


def gold_path(name: str) -> str:
    """`dev`, `holdout`, `blind7` ... as the path of its gold file."""
    return DEV if name == "dev" else f"tests/eval/{name}/gold.jsonl"


def is_unseen(path: str) -> bool:
    return any(part in UNSEEN_NAMES for part in Path(path).parts)


def training_gold_files(names: list[str] | None) -> list[str]:
    """The gold files of the named sets (`dev`, `blind7` ...), every training set when none is named. A
    ValueError names those that are not training sets, unseen or unknown: a harness measures only those."""
    gold_files = [gold_path(name) for name in names] if names else list(TRAINING)
    refused = [g for g in gold_files if is_unseen(g) or g not in TRAINING]
    if refused:
        raise ValueError("only the training sets are measured (tests/eval/sets.py), not: " + ", ".join(refused))
    return gold_files


def gold_files_of(parser: argparse.ArgumentParser, args: argparse.Namespace) -> list[str]:
    """The gold files of the --set names; the parser's usage error (exit 2) for an unseen or unknown set."""
    try:
        return training_gold_files(args.set)
    except ValueError as refused:
        parser.error(str(refused))
