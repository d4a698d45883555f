"""A figure given as two ("four or five days") is one guess at one thing: a record whose values of the claim's
unit all lie within it contradicts a claim whose value lies outside ("in two weeks"), though it writes several
values.

Found among the read sets' missed contests (a contested claim the engine supported); the test is constructed,
with no article's words, and fails on the code before the rule. The agreements the rule must keep are asserted
beside it.
"""

from __future__ import annotations

from tests.test_verdict_rules import _conflicts
from verifier.rules.codes import NUMBER_MISMATCH

RECORD = "And I am sending the envoy to Oslo - I think she leaves in six days - five days - five or six days."


SENDING = "The minister said he was sending the envoy to Oslo in {}."


def test_a_value_outside_a_guess_given_as_two_figures_contradicts_it():
    assert NUMBER_MISMATCH in _conflicts(SENDING.format("three weeks"), RECORD)
    assert NUMBER_MISMATCH in _conflicts(SENDING.format("two days"), RECORD)


def test_a_value_within_the_guess_or_rounded_to_it_agrees():
    assert NUMBER_MISMATCH not in _conflicts(SENDING.format("five days"), RECORD)
    assert NUMBER_MISMATCH not in _conflicts(SENDING.format("about six days"), RECORD)


def test_values_beyond_the_guess_count_other_things():
    # The record's 21 days lies outside its "five or six days": several counts of several things.
    assert NUMBER_MISMATCH not in _conflicts(
        SENDING.format("two weeks"),
        "The envoy leaves for Oslo in five or six days and stays there for 21 days.")
