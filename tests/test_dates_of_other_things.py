"""A date that belongs to another thing than the claim's: a year of another verb in the record ("signed in
1995 that took effect in 1996"), and a month that only names a document ("Proclamation 1234 of April 2,
2024"), which does not state the claim's month. Constructed sentences, each failing on the code before its
rule."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import DATE_MISMATCH, Conflict
from verifier.rules.dates import worded_date_conflict
from verifier.verdicts import _states


def test_a_year_dates_the_verb_before_it_not_the_verb_of_another_year():
    record = analyze("The pact builds on the Fisheries Accord signed in 1995 that took effect in 1996.")
    # The claim's "signed" is the record's 1995, whatever year follows it.
    assert worded_date_conflict(analyze("The two governments signed the Fisheries Accord in 1996."),
                                record).reasons == (DATE_MISMATCH,)
    assert not worded_date_conflict(analyze("The two governments signed the Fisheries Accord in 1995."),
                                    record).reasons
    assert not worded_date_conflict(analyze("The Fisheries Accord took effect in 1996."), record).reasons


def test_a_month_that_only_names_a_document_does_not_state_the_claims_month():
    claim = analyze("In April, the Treasury designated four smuggling networks.")
    conflict = Conflict((DATE_MISMATCH,), frozenset({token.key for token in claim.tokens
                                                     if token.surface == "April"}))
    naming = analyze("As set out in Proclamation 1234 of April 2, 2024, the Treasury designated four "
                     "smuggling networks.")
    assert not _states(claim, naming, conflict)
    # The month dating the deed itself states it; so does "the night of" a day, which is a time.
    assert _states(claim, analyze("In April, the Treasury designated four smuggling networks."), conflict)
    assert _states(claim, analyze("On the night of April 2, 2024, the Treasury designated four smuggling "
                                  "networks."), conflict)
