"""The plain words every report uses for verdicts, reason codes, quote grades
and attributions: one mapping, so HTML, Markdown, CSV and ClaimReview agree.

The codes and their meaning are the contract in ../shared/docs/verdicts.md
(copied to docs/report-format.md); the sentences here say the same thing to a
fact-checker who has not read it.
"""

from __future__ import annotations

VERDICTS = ("supported", "contested", "unsourced")

VERDICT_LABELS = {
    "supported": "Supported",
    "contested": "Contested",
    "unsourced": "Unsourced",
}

VERDICT_MEANINGS = {
    "supported": "An official publication in the record states the same thing.",
    "contested": "The record speaks to the same point and disagrees with the claim as written.",
    "unsourced": "Nothing in the official record speaks to this point; the claim may still be true.",
}

# What the evidence beside a claim is, by verdict: for an unsourced claim it
# is only the closest text, which must not read as support.
EVIDENCE_HEADINGS = {
    "supported": "Official record",
    "contested": "What the official record says",
    "unsourced": "Closest official text (not the same point)",
}

REASONS = {
    # contested
    "number_mismatch": "A count, duration or amount differs from the record.",
    "date_mismatch": "A date, month or relative time differs from the record.",
    "negation_mismatch": "The record says the opposite: one side is negated and the other is not.",
    "actor_mismatch": "The record names a different person, country or party as the one acting or acted upon.",
    "place_mismatch": "The record places this somewhere else.",
    "event_mismatch": "The record places this at a different meeting or event.",
    "misattributed": "The claim credits one government, but only the other government's publications say this.",
    "opposite_action": "The record describes the opposite action.",
    # unsourced
    "no_match": "No official sentence comes close to this claim.",
    "below_threshold": "The record has related sentences, but none makes the same point.",
    "outside_window": "The record says something similar only at another time, not around the article's date.",
    "only_reporter_question": ("Only a reporter's question in a briefing transcript says this, and questions are "
                               "not evidence."),
}

QUOTE_GRADES = {
    "verbatim": "The quoted words appear in the record as written.",
    "close": "The record has the same words with small changes.",
    "altered": "The record makes the same point in different words; the quotation marks are not earned.",
    "not_found": "The quoted words are not in the record.",
}

QUOTE_GRADE_LABELS = {
    "verbatim": "verbatim",
    "close": "close",
    "altered": "altered",
    "not_found": "not found",
}

ATTRIBUTIONS = {
    "us-government": "U.S. government",
    "china-government": "Chinese government",
    "media": "the news outlet",
    "none": "no attribution",
}


def explain_reason(code: str) -> str:
    """Plain words for a reason code; a code this version does not know is
    still shown, readably, rather than dropped."""
    return REASONS.get(code) or code.replace("_", " ").capitalize() + "."


def verdict_label(verdict: str) -> str:
    return VERDICT_LABELS.get(verdict, verdict.capitalize())


def grade_label(grade: str) -> str:
    return QUOTE_GRADE_LABELS.get(grade, grade.replace("_", " "))


def attribution_label(attribution: str | None) -> str:
    return ATTRIBUTIONS.get(attribution or "none", attribution or "no attribution")
