"""Quote grading (docs/verdicts.md, "Quotes"): each quoted span of a claim graded verbatim, close, altered
or not found against the record's words, separately from the claim's verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from verifier import thresholds as T
from verifier.normalize import fold, fold_for_quotes, word_key

VERBATIM = "verbatim"
CLOSE = "close"
ALTERED = "altered"
NOT_FOUND = "not_found"


@dataclass(frozen=True)
class QuoteGrade:
    grade: str
    matched: str | None


def grade_quote(quote: str, passages: list[str], related_passage: str | None) -> QuoteGrade:
    """Grade a quotation against record passages.

    `related_passage` is the record text on the claim's point (its best
    evidence), if any: a quote found nowhere word for word is `altered` when
    the record makes the same point in other words, else `not_found`.
    """
    wanted = fold_for_quotes(quote)
    if not wanted:
        return QuoteGrade(NOT_FOUND, None)
    wanted_words = _quote_words(quote)
    best: tuple[int, str] | None = None
    for passage in passages:
        folded, positions = _fold_with_positions(passage)
        at = folded.find(wanted)
        if at >= 0:
            return QuoteGrade(VERBATIM, passage[positions[at]:positions[at + len(wanted) - 1] + 1])
        alignment = fuzz.partial_ratio_alignment(wanted, folded, score_cutoff=T.QUOTE_ALIGN_RATIO)
        if alignment is None:
            continue
        start, end = _word_bounds(folded, alignment.dest_start, alignment.dest_end)
        if end <= start:
            continue
        original = passage[positions[start]:positions[end - 1] + 1]
        differing = Levenshtein.distance(wanted_words, _quote_words(original))
        if best is None or differing < best[0]:
            best = (differing, original)
    if best is not None:
        allowed = max(T.QUOTE_CLOSE_WORDS, int(len(wanted_words) * T.QUOTE_CLOSE_SHARE))
        if len(wanted_words) < T.QUOTE_SHORT_WORDS:
            # In a short quote one word is a third of it: "substantial influence" is not "substantial quantities".
            allowed = int(len(wanted_words) * T.QUOTE_SHORT_SHARE)
        if best[0] <= allowed:
            return QuoteGrade(CLOSE, best[1])
    if related_passage is not None:
        return QuoteGrade(ALTERED, related_passage)
    return QuoteGrade(NOT_FOUND, None)


def holds_quotation(quote: str, passage: str) -> bool:
    """Whether the passage holds the quotation word for word (as `grade_quote` finds it verbatim)."""
    wanted = fold_for_quotes(quote)
    return bool(wanted) and wanted in _fold_with_positions(passage)[0]


_QUOTE_WORD = re.compile(r"[a-z0-9]+(?:\.[a-z0-9]+)*")


def quoted_word_count(quotes: Iterable[str]) -> int:
    """How many words the quotations hold, as QUOTED_MIN_WORDS counts them: words as quotations are
    compared ("U.S. tariffs" is two words, as "US tariffs" is), so one text reads the same however it
    spells an abbreviation."""
    return sum(len(_QUOTE_WORD.findall(fold(quote))) for quote in quotes)


def _quote_words(text: str) -> list[str]:
    """Words as compared inside quotations: case, plurals and dots folded
    ("Straits" = "Strait", "U.S." = "US"), no synonyms (those make a quote close, not verbatim)."""
    return [word_key(word) for word in _QUOTE_WORD.findall(fold(text))]


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def _fold_with_positions(text: str) -> tuple[str, list[int]]:
    """`fold_for_quotes` without trimming the edges, with each folded
    character's offset in the original, so a match can quote the record as written."""
    lowered = fold(text).replace('"', "'")
    # Characters dropped: an Oxford comma, and a space after a space kept
    # (all but the first of a run of spaces, and after an Oxford comma that
    # follows a space, every space up to the "and").
    dropped: set[int] = set()
    for comma in _OXFORD_COMMA.finditer(lowered):
        at = comma.start()
        dropped.add(at)
        if at and lowered[at - 1].isspace():
            spaces = _SPACES_FROM.match(lowered, at + 1)
            dropped.update(range(spaces.start(), spaces.end()))
    for run in _SPACE_RUN.finditer(lowered):
        dropped.update(range(run.start() + 1, run.end()))
    if dropped:
        pieces: list[str] = []
        positions: list[int] = []
        kept_from = 0
        for at in sorted(dropped):
            pieces.append(lowered[kept_from:at])
            positions.extend(range(kept_from, at))
            kept_from = at + 1
        pieces.append(lowered[kept_from:])
        positions.extend(range(kept_from, len(lowered)))
        folded = "".join(pieces)
    else:
        folded, positions = lowered, list(range(len(lowered)))
    # Every space kept is a plain one, character for character.
    return _OTHER_SPACE.sub(" ", folded), positions


# \s is str.isspace().
_OXFORD_COMMA = re.compile(r",(?=\s+(?:and|or)\s)", re.IGNORECASE)
_SPACES_FROM = re.compile(r"\s*")
_SPACE_RUN = re.compile(r"\s{2,}")
_OTHER_SPACE = re.compile(r"[^\S ]")
