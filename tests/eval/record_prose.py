"""The record's own prose, as the scripts that write verifier/data read it (tests/eval/compounds.py,
tests/eval/opposites.py): the shared White House corpus and the bundled record, each publication's title and
body with its links left out."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator

DEFAULT_CORPORA = ("../shared/data/whitehouse-briefing-room.jsonl.gz", "examples/readouts.jsonl")
# A word seen fewer times than this is a typing slip or a name, not the record's vocabulary.
MIN_COUNT = 5

_LINK = re.compile(r"\(https?://[^)]*\)|https?://\S+|\S+@\S+")


def record_texts(paths: list[str]) -> Iterator[str]:
    """Each publication's title and body of the corpora (JSON lines, gzipped or not), links left out."""
    for path in paths:
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                publication = json.loads(line)
                yield _LINK.sub(" ", f"{publication.get('title') or ''} \n {publication.get('body') or ''}")
