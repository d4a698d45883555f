"""A thing said to be "no longer" in force has ended: a record that keeps the same thing in force ("remains in
effect", "maintains", "continues") contradicts it, though neither side denies the other's word.

Constructed (invented records, no article's words); fails on the code before the rule.
"""

from __future__ import annotations

from conftest import conflict_reasons

CLAIM = "The harbour levy on imported timber no longer applies during the strike, the ministry said."



def test_a_thing_no_longer_in_force_against_the_same_thing_kept():
    assert "negation_mismatch" in conflict_reasons(
        CLAIM, "The harbour levy on imported timber remains in place for the length of the strike.")
    assert "negation_mismatch" in conflict_reasons(CLAIM, "The ministry maintains the harbour levy on imported timber.")
    assert "negation_mismatch" in conflict_reasons("The export waiver for grain shipments is no longer in effect.",
                                                   "The export waiver for grain shipments continues, officials said.")


def test_another_thing_kept_or_the_same_end_is_no_contradiction():
    # Another levy kept (its head word is not the claim's), another deed continued, the same end told again.
    assert "negation_mismatch" not in conflict_reasons(CLAIM, "The harbour levy on imported steel remains in place.")
    assert "negation_mismatch" not in conflict_reasons(CLAIM, "The ministry will continue to review imported timber "
                                                      "and the harbour levy.")
    assert "negation_mismatch" not in conflict_reasons(CLAIM, "The harbour levy on imported timber no longer applies.")
