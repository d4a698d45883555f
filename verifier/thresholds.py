"""Every number the engine decides with, in one place.

Scores are on a 0..1 scale (see `verifier.evidence.score_candidate`): the
share of the claim's content, weighted by rarity (IDF), that a record
sentence covers, blended with how much of the claim's *predicate* (its words
other than names) it covers. The values below were set on the labelled
development set and the worked examples of docs/verdicts.md; change them
there, never inline, and re-run `verifier eval`.
"""

from __future__ import annotations

# ---- verdict thresholds (on the candidate score) -----------------------------
# A candidate at or above this states the same point: it can support the claim.
SUPPORT_SCORE = 0.55
# ... and it may not lack a single word carrying this share of the claim's
# weight ("discussed the Israel-Hamas conflict" against a readout without it).
SUPPORT_MISSING_SHARE = 0.3
# Below SUPPORT_SCORE but at or above this, the record speaks about something
# related: unsourced with `below_threshold` (never contested on this alone).
RELATED_SCORE = 0.38
# Share of the claim's predicate (non-name content) a supporting sentence
# must cover: names alone (Sullivan, Wang) match every sentence of an event.
SUPPORT_PREDICATE_COVERAGE = 0.45
# A contradiction (negation, number, date, actor, ...) counts only when the
# candidate covers at least this much of the claim once the conflicting
# words themselves are set aside: it must be about the same point.
CONTEST_COVERAGE = 0.6
# ... and covers this much of the claim's predicate ...
CONTEST_PREDICATE_COVERAGE = 0.5
# ... and scores at least this before the conflicting words are set aside.
CONTEST_MIN_SCORE = 0.45

# A reporter's question explains an unsourced claim when it matches the claim
# this much better than any official sentence.
QUESTION_MARGIN = 0.1

# ---- scoring ----------------------------------------------------------------
# Blend of the score: whole-claim coverage, predicate coverage, coverage of
# the claim's names (people, countries, places) and rapidfuzz's
# token_sort_ratio (a tie-breaker for word order and near-duplicates).
WEIGHT_COVERAGE = 0.4
WEIGHT_PREDICATE = 0.3
WEIGHT_NAMES = 0.2
WEIGHT_FUZZ = 0.1
# When the claim's non-name words weigh less than this share of it, its
# predicate coverage is its whole coverage.
PREDICATE_MIN_SHARE = 0.25
# Two words that are not the same key but are this close (rapidfuzz ratio,
# 0..100) count as a partial match: spelling variants, "stabilise"/"stabilize".
FUZZY_WORD_RATIO = 88.0
FUZZY_WORD_CREDIT = 0.8
# A word's weight is log(sentences / sentences with the word) + IDF_OFFSET,
# never below IDF_FLOOR: the smaller the offset, the more rare words dominate.
IDF_OFFSET = 0.0
IDF_FLOOR = 0.1
# Weight of generic verbs and event nouns ("hold", "talks", "effort") against
# their rarity: they rarely carry the point of a claim.
LIGHT_WEIGHT = 0.3
# Keys shorter than this never match fuzzily ("war"/"was").
FUZZY_MIN_LENGTH = 5

# ---- retrieval --------------------------------------------------------------
# Terms found in more than this many sentences are too common to search for
# (BM25 ranks every sentence a term occurs in, so they make the query slow and
# add little to its ranking); they still count, with their low weight, in the scorer.
QUERY_DF_CAP = 4_000
# The rarest terms go into one full-text query until their sentences add up to
# this budget (keeping at least QUERY_MIN_TERMS, at most QUERY_MAX_TERMS).
QUERY_POSTINGS_BUDGET = 5_000
QUERY_MIN_TERMS = 3
QUERY_MAX_TERMS = 10
# Candidates asked of the index per claim, over the whole record and (the
# index ranks 20 times as many before filtering by date) in the event window.
CANDIDATES = 120
WINDOW_CANDIDATES = 120
# How many of the best single sentences are tried as 2-3 sentence windows.
WINDOW_SEEDS = 4
# A window replaces its sentence only when it scores this much better.
WINDOW_GAIN = 0.06
# Evidence kept per claim in the report.
EVIDENCE_PER_CLAIM = 3
# Document frequencies are counted up to this (exact below it); cheap on 1 M rows.
DF_COUNT_CAP = 50_000

# Candidates asked of the index when looking for evidence published after the article.
LATER_CANDIDATES = 30

# ---- event anchoring --------------------------------------------------------
# Days before the article's date that make up "the event": evidence from this
# window ranks first.
ANCHOR_WINDOW_DAYS = 21
# Bonus added to the ranking (not to the verdict score) for evidence in the window.
ANCHOR_BONUS = 0.05

# ---- quotes -----------------------------------------------------------------
# A quote is `close` when, against its best-aligned passage, at most this
# many words differ, or this share of its words, whichever is larger.
QUOTE_CLOSE_WORDS = 2
QUOTE_CLOSE_SHARE = 0.2
# Quotes shorter than this many words may differ in at most this share of them
# (none: "frank and constructive" for "candid and constructive" is altered, per
# docs/verdicts.md).
QUOTE_SHORT_WORDS = 6
QUOTE_SHORT_SHARE = 0.0
# The aligned passage must be at least this similar (rapidfuzz partial_ratio).
QUOTE_ALIGN_RATIO = 70.0

# ---- confidence -------------------------------------------------------------
# Confidence never claims certainty nor falls below a coin toss for a verdict given.
CONFIDENCE_FLOOR = 0.5
CONFIDENCE_CEILING = 0.99

# Decimal places of every float in the report: keeps the JSON byte-identical
# between runs.
FLOAT_DIGITS = 4


def as_parameters() -> dict[str, float | int]:
    """The thresholds as recorded with each check (names in lower case)."""
    return {name.lower(): value for name, value in globals().items()
            if name.isupper() and isinstance(value, (int, float))}
