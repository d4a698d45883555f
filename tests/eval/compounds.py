"""Writes verifier/data/compounds.json: the closed compounds of the record's prose.

The record is U.S. government prose, which closes compounds ("nonproliferation", "cybersecurity",
"healthcare"); news, British and translated prose write the same words hyphenated or apart
("non-proliferation", "cyber security"). The list is read from a corpus of the record's own prose
(../shared/data/whitehouse-briefing-room.jsonl.gz and examples/readouts.jsonl by default): a word is a closed
compound when it is two words of that corpus written together, each seen on its own too.

Run: python -m tests.eval.compounds [CORPUS.jsonl[.gz] ...] > verifier/data/compounds.json
(kept beside tests.eval.train_verdicts, the other script that writes a file of verifier/data)
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter

from tests.eval.record_prose import DEFAULT_CORPORA, MIN_COUNT, record_texts
from verifier.normalize import STOPWORDS

# A hashtag or a web address ("whitehouse", "cleanenergy") is far rarer than the two words it runs together.
MIN_SHARE_OF_OTHER_FORMS = 1 / 20
# Two words apart are read as the closed compound only when the corpus writes it closed often, and at least a
# quarter as often as apart: "healthcare" and "health care" are one thing, "longtime" is not "a long time".
MIN_COUNT_TO_JOIN_APART = 20
MIN_SHARE_TO_JOIN_APART = 1 / 4
MIN_PART_TO_JOIN_APART = 4  # leaves out "in direct", "not able", "for getting", "re doing"

_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def count(paths: list[str]) -> tuple[Counter, Counter, Counter]:
    """Words, pairs of words one space apart, and hyphenated words, lower-cased."""
    words, pairs, hyphenated = Counter(), Counter(), Counter()
    for text in record_texts(paths):
        previous = None
        for match in _WORD.finditer(text):
            word = match.group().lower()
            if "-" in word:
                hyphenated[word] += 1
                previous = None
                continue
            words[word] += 1
            if previous is not None and text[previous[1]:match.start()] == " ":
                pairs[(previous[0], word)] += 1
            previous = (word, match.end())
    return words, pairs, hyphenated


def compounds(words: Counter, pairs: Counter, hyphenated: Counter) -> dict[str, list]:
    """closed word -> [first part, second part, whether the two parts apart are read as it]."""
    found = {}
    for closed, seen in words.items():
        if seen < MIN_COUNT or len(closed) < 6:
            continue
        splits = [(pairs[(closed[:cut], closed[cut:])] + hyphenated[f"{closed[:cut]}-{closed[cut:]}"], closed[:cut],
                   closed[cut:]) for cut in range(2, len(closed) - 2)
                  if words[closed[:cut]] >= MIN_COUNT and words[closed[cut:]] >= MIN_COUNT]
        if not splits:
            continue
        other_forms, first, second = max(splits)
        if seen < other_forms * MIN_SHARE_OF_OTHER_FORMS:
            continue
        apart = pairs[(first, second)]
        # The corpus hyphenates it too: a compound of two words, not a word that merely contains two
        # ("strategically" is no "strategic ally", "household" no "house hold").
        written_three_ways = apart > 0 and hyphenated[f"{first}-{second}"] > 0
        joins_apart = (written_three_ways and seen >= MIN_COUNT_TO_JOIN_APART
                       and seen >= apart * MIN_SHARE_TO_JOIN_APART
                       and min(len(first), len(second)) >= MIN_PART_TO_JOIN_APART
                       and first not in STOPWORDS and second not in STOPWORDS)
        found[closed] = [first, second, joins_apart]
    return dict(sorted(found.items()))


def main() -> None:
    corpora = sys.argv[1:] or list(DEFAULT_CORPORA)
    found = compounds(*count(corpora))
    # One compound a line: a change to the list reads as a diff of its words.
    entries = ",\n".join(f"{json.dumps(word)}: {json.dumps(parts)}" for word, parts in found.items())
    source = json.dumps("tests/eval/compounds.py over " + ", ".join(corpora))
    sys.stdout.write(f'{{"source": {source},\n"compounds": {{\n{entries}\n}}}}\n')


if __name__ == "__main__":
    main()
