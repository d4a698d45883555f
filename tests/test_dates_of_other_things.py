"""A date that belongs to another thing than the claim's: a year of another verb in the record ("signed in 1995
that took effect in 1996"). Constructed sentences, failing on the code before the rule."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import DATE_MISMATCH
from verifier.rules.dates import _worded_date_conflict


def test_a_year_dates_the_verb_before_it_not_the_verb_of_another_year():
    record = analyze("The pact builds on the Fisheries Accord signed in 1995 that took effect in 1996.")
    # The claim's "signed" is the record's 1995, whatever year follows it.
    assert _worded_date_conflict(analyze("The two governments signed the Fisheries Accord in 1996."),
                                 record).reasons == (DATE_MISMATCH,)
    assert not _worded_date_conflict(analyze("The two governments signed the Fisheries Accord in 1995."),
                                     record).reasons
    assert not _worded_date_conflict(analyze("The Fisheries Accord took effect in 1996."), record).reasons
