"""Being unable to do a thing is not doing it: "the ministers were unable to agree on a plan" denies what "the
ministers agreed on a plan" states, and says what "could not agree" says.

Constructed sentences (no labelled article's words); the first test fails without "unable" as a negation cue.
"""

from __future__ import annotations

from conftest import conflict_reasons


def test_unable_to_denies_the_deed():
    assert "negation_mismatch" in conflict_reasons(
        "The harbour commissioners were unable to agree on a budget for the northern pier.",
        "The harbour commissioners agreed on a budget for the northern pier.")
    assert "negation_mismatch" in conflict_reasons(
        "The harbour commissioners agreed on a budget for the northern pier.",
        "The harbour commissioners said they were unable to agree on a budget for the northern pier.")


def test_unable_to_says_what_could_not_says():
    assert "negation_mismatch" not in conflict_reasons(
        "The harbour commissioners were unable to agree on a budget for the northern pier.",
        "The harbour commissioners could not agree on a budget for the northern pier.")
