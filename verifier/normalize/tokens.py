"""A folded text cut into the words and known phrases that become its `Token`s: the word split
(possessives, hyphenated and dotted words, clock times), the record's closed compounds
(verifier/data/compounds.json), the longest known phrase at a word, a plain word's key and the month keys, and
the words to ask the full-text index for a key (`search_words`).

Apart because it is the step between the lexicon and the readings of names and negation, which both work on
its tokens.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from itertools import accumulate
from typing import NamedTuple

from verifier.normalize.aliases import Lexicon, lexicon
from verifier.normalize.keys import _NUMBER, _WORD, american_spelling, fold, light_stem, word_key
from verifier.normalize.words import (
    _CASE_SENSITIVE_VARIANTS,
    _MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    STOPWORDS,
)


class Token(NamedTuple):
    """One word, or one known multi-word name, of an analysed text. A named
    tuple, not a dataclass: a check builds hundreds of thousands of them, and
    a tuple is built several times faster."""

    key: str
    surface: str  # as written, original case
    start: int  # offsets into the analysed text
    end: int
    stop: bool
    capitalised: bool


def _known_phrase(text: str, folded: str, words: list[tuple[int, int, str]], index: int, most: int,
                  lex: Lexicon) -> tuple[str, int, str, int] | None:
    """The longest known name or alias (up to `most` words) starting at the
    word `index`: (key, words, lookup form, end offset), or None."""
    canonical = lex.canonical
    prefixes = lex.phrase_prefixes
    # Only as many words as begin some known phrase can be one: "the" starts
    # "the white house", but "the talks" need not be looked up.
    phrases = [words[index][2]]
    while len(phrases) < most and phrases[-1] in prefixes:
        phrases.append(phrases[-1] + " " + words[index + len(phrases)][2])
    for size in range(len(phrases), 0, -1):
        phrase = phrases[size - 1]
        key = canonical.get(phrase)
        if key is None and size > 1 and phrase.endswith("s") and canonical.get(phrase[:-1]) in lex.entity_kind:
            # A name's plural is a spelling variant ("Taiwan Straits"); a
            # common noun's is not ("phone calls" in general is not "the call").
            key = canonical.get(phrase[:-1])
        span = words[index:index + size]
        if key is None or size > 1 and not _contiguous(folded, span) \
                and not (size == 2 and key in lex.opposites and _hyphenated(folded, span)):
            continue
        start, end = words[index][0], words[index + size - 1][1]
        if phrase in _CASE_SENSITIVE_VARIANTS and not text[start:start + len(phrase)].isupper():
            continue
        return key, size, phrase, end
    return None


# "Nov. 10" is "November 10": an abbreviated month has its month's key ("mar" is
# left alone: it is a verb and the start of names as often as March).
_MONTH_OF_ABBREVIATION = {abbreviation: name for abbreviation, name in
                          [(name[:3], name) for name in MONTHS] + [("sept", "september")]
                          if abbreviation not in ("mar", "may")}
# The key of every month word as the record and news write it ("December", "Dec.", "Sept", "Mar."): the rules
# that set a date's words aside test a key against these exactly, for words that merely start like a month
# ("market", "declared", "junior") are no dates.
MONTH_KEYS = frozenset(word_key(_MONTH_OF_ABBREVIATION.get(word, word))
                       for word in [*MONTHS, *_MONTH_ABBREVIATIONS])


def is_month_key(key: str) -> bool:
    return key in MONTH_KEYS


def _plain_word(word: str) -> tuple[str, bool]:
    if word in NUMBER_WORDS:
        return str(NUMBER_WORDS[word]), word in STOPWORDS
    word = _MONTH_OF_ABBREVIATION.get(word, word)
    # A stop word inflected ("reporting", "tells") is one too. Its stem is compared before the cut to
    # seven letters: the cut makes "reporters" "report", but "reporters" is no stop word.
    return word_key(word), word in STOPWORDS or light_stem(word) in STOPWORDS or word.endswith("n't")


# _WORD with its match captured: re.split hands back the words and what lies
# between them as plain strings, cheaper than a match object per word.
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")


# How a clock time is written, not what it says: "4am", "4 a.m." and "4:00 a.m." give the same hour ("a.m." is
# a stop word), so a reporter's "takes effect at 4am" shares the record's "at 4:00 a.m." key.
_CLOCK_WRITTEN = re.compile(r"\d(?:am|pm)\b|:00\b")
_CLOCK_HOUR = re.compile(r"(\d{1,2})([ap])m")


def _words(folded: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """_split_words, with a clock time written as the record writes it: "4pm" as "4 p.m.", "4:00" as "4"."""
    words = _split_words(folded, lex)
    if not _CLOCK_WRITTEN.search(folded):
        return words
    found = []
    for start, end, word in words:
        if word == "00" and start and folded[start - 1] == ":":
            continue  # the minutes of a full hour ("4:00")
        hour = _CLOCK_HOUR.fullmatch(word)
        if hour:  # "4pm" as "4 p.m."
            split = start + len(hour.group(1))
            found += [(split - len(hour.group(1)), split, hour.group(1)), (split, end, f"{hour.group(2)}.m")]
            continue
        found.append((start, end, word))
    return found


def _split_words(folded: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, lookup form) of each word: possessive 's dropped; a
    hyphenated or dotted word the lexicon does not know split into its parts
    ("U.S.-China" → "u.s", "china"; "end.Next" → "end", "next")."""
    pieces = _WORD_SPLIT.split(folded)
    # Where each piece ends: word k runs from bounds[2k] to bounds[2k + 1]
    # (one more separator than words, so the zips below stop at the last word).
    bounds = list(accumulate(map(len, pieces)))
    found = compounds()
    if not _JOINED_WORD.search(folded):
        # No word holds an apostrophe, a dot or a hyphen: every word is its own lookup form.
        words = list(zip(bounds[0::2], bounds[1::2], pieces[1::2], strict=False))
        if found.apart_first.isdisjoint(pieces[1::2]):
            return words
        return _join_compounds_apart(folded, words, found)
    words = []
    append = words.append
    for word, start, end in zip(pieces[1::2], bounds[0::2], bounds[1::2], strict=False):
        if "'" not in word and "-" not in word and "." not in word:
            append((start, end, word))
            continue
        if word.endswith("'s"):
            word = word[:-2]
        if not word:
            continue
        if "-" not in word and "." not in word:
            append((start, end, word))
            continue
        if word not in lex.canonical and not _NUMBER.match(word):
            if "." not in word and word.replace("-", "") in found.closed:
                # "non-proliferation", "co-operation": the word the record writes closed. Only a word
                # that exists closed joins, so a prefix that changes the meaning never just vanishes.
                append((start, end, word.replace("-", "")))
                continue
            offset = start
            for piece in word.split("-"):
                if piece in lex.canonical or _INITIALISM.fullmatch(piece) or "." not in piece:
                    if piece:
                        append((offset, offset + len(piece), piece))
                else:
                    inner = offset
                    for part in piece.split("."):
                        if part:
                            append((inner, inner + len(part), part))
                        inner += len(part) + 1
                offset += len(piece) + 1
            continue
        append((start, start + len(word), word))
    if found.apart_first.isdisjoint(word for _, _, word in words):
        return words
    return _join_compounds_apart(folded, words, found)


# A word's inner apostrophe, dot or hyphen stands between two word characters.
_JOINED_WORD = re.compile(r"\w['.\-]\w")


class Compounds(NamedTuple):
    """The record's closed compounds (verifier/data/compounds.json, read from the record's own prose by
    tests/eval/compounds.py): U.S. government prose writes "nonproliferation", "cybersecurity", "healthcare"
    where news, British and translated prose write "non-proliferation", "cyber security", "health care"."""
    closed: dict[str, tuple[str, str]]  # closed word -> its two parts
    apart: dict[tuple[str, str], str]  # two words apart that are read as one closed word
    apart_first: frozenset[str]  # the first words of `apart`, to skip a text that has none


@lru_cache(maxsize=1)
def compounds() -> Compounds:
    data = json.loads(resources.files("verifier").joinpath("data/compounds.json").read_text(encoding="utf-8"))
    lex = lexicon()
    closed, apart = {}, {}
    for word, (first, second, joins_apart) in data["compounds"].items():
        # A name stays a name ("pro-Russia" is not a word of its own), and a known phrase stays the
        # phrase ("white house"): only words the lexicon does not name are joined.
        if any(lex.canonical.get(part) in lex.entity_kind for part in (first, second)):
            continue
        closed[word] = (first, second)
        if joins_apart and f"{first} {second}" not in lex.canonical and first not in lex.phrase_prefixes:
            apart[(first, second)] = word
    return Compounds(closed, apart, frozenset(first for first, _ in apart))


def _join_compounds_apart(folded: str, words: list[tuple[int, int, str]],
                          found: Compounds) -> list[tuple[int, int, str]]:
    """Two words one space apart that the record writes as one ("cyber security") read as that word."""
    joined: list[tuple[int, int, str]] = []
    index, count = 0, len(words)
    while index < count:
        start, end, word = words[index]
        if word in found.apart_first and index + 1 < count:
            next_start, next_end, next_word = words[index + 1]
            closed = found.apart.get((word, next_word))
            if closed is not None and next_start == end + 1 and folded[end] == " ":
                joined.append((start, next_end, closed))
                index += 2
                continue
        joined.append(words[index])
        index += 1
    return joined


def _contiguous(folded: str, words: list[tuple[int, int, str]]) -> bool:
    """A phrase's words may be separated by spaces, not by punctuation (but an
    initialism keeps its full stop: "talks between the U.S. and ...")."""
    return all(not folded[left[1]:right[0]].lstrip("." if "." in left[2] else "").strip(" '")
               for left, right in zip(words, words[1:], strict=False))


def _hyphenated(folded: str, words: list[tuple[int, int, str]]) -> bool:
    """Two words joined by a hyphen alone: a phrasal action written as one word describing a thing ("a
    scaled-back effort", "stepped-up patrols") is the action still, set against its opposites like it."""
    return folded[words[0][1]:words[1][0]] == "-"


_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")


def search_words(key: str, analysis_surface: str) -> list[str]:
    """Plain words to ask the full-text index for one key: every variant of
    an alias group, or the word as written."""
    variants = lexicon().variants.get(key)
    if variants:
        return sorted({" ".join(re.findall(r"[a-z0-9]+", variant)) for variant in variants} - {""})
    # "month's" is searched as "month": a possessive is no part of the word.
    surface = re.sub(r"'s$", "", fold(analysis_surface).strip())
    words = re.findall(r"[a-z0-9]+", surface)
    american = [american_spelling(word) for word in words]
    if american != words:  # "defence" is searched as written and as the record writes it
        return [" ".join(words), " ".join(american)]
    if len(words) == 2 and "".join(words) in compounds().closed:
        # "cyber security", "non-proliferation" are searched as written and as the record writes them. (Not the
        # other way round: the query is made of single words, and "non" and "proliferation" as two more of
        # them would outweigh the claim's other words.)
        return [" ".join(words), "".join(words)]
    return [" ".join(words)]
