""""The 40-year anniversary" ranks an anniversary as "the 40th anniversary" does: a rank of the occasion, not
a length of time, so another rank of the same anniversary contradicts it. Found among the missed number
contests of a fresh set (para29); constructed sentences, failing on the code before the rule."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import NUMBER_MISMATCH
from verifier.rules.conflicts import find_conflicts


def test_the_years_of_an_anniversary_rank_it():
    assert NUMBER_MISMATCH in find_conflicts(
        analyze("The minister hailed the coming 40th anniversary of the port's opening."),
        analyze("The minister hailed the coming 30-year anniversary of the port's opening.")).reasons
    assert NUMBER_MISMATCH not in find_conflicts(
        analyze("The minister hailed the coming 30th anniversary of the port's opening."),
        analyze("The minister hailed the coming 30-year anniversary of the port's opening.")).reasons
    # A length of years is still a length.
    assert analyze("The alliance has kept the peace for 30 years.").quantities[0].unit == "month"
