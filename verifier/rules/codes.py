"""The vocabulary of the verdict rules: the three verdicts and the reason codes of docs/verdicts.md, the
records every rule module passes around (a verdict, a conflict, the anchor of an article's date, a citation),
and the few word lists several of them read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from verifier.claims import CHINA_GOVERNMENT, US_GOVERNMENT
from verifier.evidence import Candidate, Coverage
from verifier.normalize import ORDINAL_WORDS, Analysis, word_key

SUPPORTED = "supported"
CONTESTED = "contested"
UNSOURCED = "unsourced"
VERDICTS = (SUPPORTED, CONTESTED, UNSOURCED)

# Reason codes (docs/verdicts.md).
NUMBER_MISMATCH = "number_mismatch"
DATE_MISMATCH = "date_mismatch"
NEGATION_MISMATCH = "negation_mismatch"
ACTOR_MISMATCH = "actor_mismatch"
PLACE_MISMATCH = "place_mismatch"
EVENT_MISMATCH = "event_mismatch"
MISATTRIBUTED = "misattributed"
OPPOSITE_ACTION = "opposite_action"
NO_MATCH = "no_match"
BELOW_THRESHOLD = "below_threshold"
OUTSIDE_WINDOW = "outside_window"
ONLY_REPORTER_QUESTION = "only_reporter_question"
# The contests of polarity alone: the record says the claim's deed denied, or its opposite.
POLARITY_REASONS = frozenset({NEGATION_MISMATCH, OPPOSITE_ACTION})

# A government other than the two sides (claims.foreign_government_body): a side the article may name,
# never one the record speaks for.
FOREIGN_GOVERNMENT = "foreign-government"
SIDE_NAMES = {US_GOVERNMENT: "U.S. government", CHINA_GOVERNMENT: "Chinese government",
              FOREIGN_GOVERNMENT: "government of a third country"}
REASON_WORDS = {
    NUMBER_MISMATCH: "a number or duration differs", DATE_MISMATCH: "a date or time differs",
    NEGATION_MISMATCH: "the record says the opposite (negation)", ACTOR_MISMATCH: "a different actor is named",
    PLACE_MISMATCH: "a different place is named", EVENT_MISMATCH: "a different event is named",
    OPPOSITE_ACTION: "the record describes the opposite action",
    MISATTRIBUTED: "another speaker or publication than the one named says it",
}
# Publication kinds (db.text.classify_kind) that are the words as spoken: a briefing's or a call's
# transcript, a speech's remarks.
SPOKEN_KINDS = frozenset({"remarks", "transcript"})
EMPTY_RECORD_HINT = ("The record is empty: run `verifier import FILE` or `verifier sources refresh`, "
                     "then check again.")


@dataclass
class Verdict:
    verdict: str
    confidence: float
    reasons: list[str]
    explanation: str
    evidence: list[Candidate] = field(default_factory=list)


@dataclass
class DecisionTrace:
    """What the rules saw on the way to a verdict, for the calibrated model
    (verifier.calibration): every candidate a contest detector fired on, with
    whether it passed the same-point gates, and the candidates no detector
    fired on. Filled by `decide` when it is given one."""

    contests: list[tuple[Candidate, Conflict, Coverage, float, bool]] = field(default_factory=list)
    agreeing: list[Candidate] = field(default_factory=list)
    supporting: list[Candidate] = field(default_factory=list)
    # Of each contest that did not pass (keyed by the candidate's id): the gates that refused it, by name
    # (verdicts.GATES).
    refused: dict[int, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Anchor:
    """The article's date and what the record may be used for."""

    date: datetime | None  # end of the article's day (UTC), None when unknown
    known: bool  # given or from metadata (evidence after it is never used), not inferred
    day: date | None = None  # the article's own calendar day: what "on Friday" or "yesterday" count from


@dataclass(frozen=True)
class Conflict:
    reasons: tuple[str, ...]
    ignored: frozenset[str]  # claim keys the conflict is about, left out of the same-point test
    # The (month, day) the claim's "on Friday" or "last night" falls on, when that is what differs.
    days: frozenset[tuple[int, int]] = frozenset()
    # The verbs ("thanked") whose doer and receiver the record has the other way round.
    swapped: frozenset[str] = frozenset()
    # The record has the claim's two parties the other way round as doer and the one it is done to or for
    # (_deed_of_the_other_party): the side of the claim's doer, which a support must have doing it.
    doer_side: str | None = None
    # The actor who differs is the claim's speaker: the words are real, in someone else's mouth ("Modi said
    # the deficit was almost $100 billion" of Trump's line). Reported as misattributed too (reported_reasons);
    # the rules and the verdict model read it as the actor conflict it is.
    said_by_another: bool = False
    # The two names (keys, in the claim's order) the record has in each other's places (exchanged_pair): a
    # support states the claim's roles only when it names them in this order, not merely both.
    exchanged: tuple[str, ...] = ()


def reported_reasons(conflict: Conflict) -> list[str]:
    """The reason codes a contest is reported with: the rules' own, and for an actor conflict over who said
    it, misattributed first (docs/verdicts.md: the words are given to the wrong person; that person is also
    another actor than the record's)."""
    if not conflict.said_by_another or ACTOR_MISMATCH not in conflict.reasons:
        return list(conflict.reasons)
    return [MISATTRIBUTED] + [reason for reason in conflict.reasons if reason != MISATTRIBUTED]


def with_conflict(conflict: Conflict, other: Conflict) -> Conflict:
    """Both conflicts as one: the reasons of each (the first's first), and what each is about."""
    if not other.reasons:
        return conflict
    reasons = conflict.reasons + tuple(r for r in other.reasons if r not in conflict.reasons)
    return Conflict(reasons, conflict.ignored | other.ignored, conflict.days | other.days,
                    conflict.swapped | other.swapped, conflict.doer_side or other.doer_side,
                    conflict.said_by_another or other.said_by_another, conflict.exchanged or other.exchanged)


def without_reasons(conflict: Conflict, *reasons: str) -> Conflict:
    """The conflict less the reasons a later test found to be about something other than the claim's point."""
    return replace(conflict, reasons=tuple(reason for reason in conflict.reasons if reason not in reasons))


# Words several rule modules read: times of year and lengths of time, numbers and ordinals (months: is_month_key).
TIME_WORDS = frozenset({"spring", "summer", "fall", "autumn", "winter", "day", "days", "week", "weeks", "month",
                        "months", "year", "years", "decade", "decades", "quarter", "half"})


# What ends the clause of the words that tell what a number or a date is of, or whose a name is ("300 plants,
# two ports": "ports" are not what 300 counts): one pattern for the rule modules that read such words.
CLAUSE_MARKS = re.compile(r"[,;:()\[\]]|\s[-\u2013\u2014]\s")


# Keys that are numbers ("12", "395.4") or ordinals ("fourth"): what a number conflict is about.
NUMBER_KEY = re.compile(r"\d+(?:\.\d+)?")
# Keys that are years ("2023"): a number a date conflict is about, not a number conflict.
YEAR_KEY = re.compile(r"(?:19|20)\d\d")
ORDINAL_KEYS = frozenset(word_key(word) for word in ORDINAL_WORDS)


def slot_before(analysis: Analysis, index: int) -> tuple[str, ...]:
    """The keys of the two words before the token at `index`: the slot a date or a name fills, which two
    sentences share when they give it differently ("since 2017" / "since 2019"; fewer at the sentence's
    start)."""
    return tuple(token.key for token in analysis.tokens[max(0, index - 2):index])


Mentions = Callable[[int, str], bool]


def cite(candidate: Candidate) -> str:
    title = candidate.first.title.strip() or candidate.first.url
    # A reporter's question is never evidence: say that the answer is read with it.
    answer = ", an official's answer to a reporter's question" if candidate.asked else ""
    return f"“{title}” ({candidate.first.source}, {candidate.published.date().isoformat()}{answer})"
