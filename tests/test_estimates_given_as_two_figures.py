"""A figure given as two ("four or five days") is one guess at one thing: a record whose values of the claim's
unit all lie within it contradicts a claim whose value lies outside ("in two weeks"), though it writes several
values.

Found among the read sets' missed contests (a contested claim the engine supported); the test is constructed,
with no article's words, and fails on the code before the rule. The agreements the rule must keep are asserted
beside it.
"""

from __future__ import annotations

from datetime import date

from conftest import checked_against, filler_records

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


# A range is the bounds of one figure as well: "by 30 to 35 percent", "between 30 and 35 percent", "30-35%".
CUTTING = "The ministry said the plan would cut harbour emissions by {} by 2035."


def test_a_value_outside_a_range_the_record_gives_contradicts_it():
    for written in ("30 to 35 percent", "between 30 and 35 percent", "30-35%"):
        record = f"Under the plan, Westmark pledges to cut harbour emissions by {written} by 2035."
        assert NUMBER_MISMATCH in _conflicts(CUTTING.format("10 to 15 percent"), record), written
        assert NUMBER_MISMATCH in _conflicts(CUTTING.format("50 percent"), record), written
        assert NUMBER_MISMATCH not in _conflicts(CUTTING.format("32 percent"), record), written
        assert NUMBER_MISMATCH not in _conflicts(CUTTING.format("30 to 35 percent"), record), written


def test_a_change_from_one_value_to_another_is_no_range():
    # "From 10 to 25 percent" gives the value before and the value after: a claim of 40 percent may tell
    # yet another step, and a claim of 15 percent is not within anything the record says.
    record = "The duty on harbour cranes rises from 10 to 25 percent next year."
    claim = "The duty on harbour cranes rises to 40 percent of their value."
    assert NUMBER_MISMATCH not in _conflicts(claim, record)
    # So when the value before is approximate.
    assert NUMBER_MISMATCH not in _conflicts(
        claim, "The duty on harbour cranes rises from about 10 to 25 percent next year.")
    # "From" ends before the range: "from 2035" dates it, and the range still bounds the figure.
    assert NUMBER_MISMATCH in _conflicts(
        claim, "From 2035, the duty on harbour cranes is expected to be 20 to 25 percent of their value.")


def test_a_range_in_a_checked_article(tmp_path):
    records = filler_records(date(2024, 9, 2), [
        ("Readout of the Westmark Harbour Compact",
         "Under the harbour compact, Westmark and Ostland pledge to cut methane emissions from their ports "
         "by 30 to 35 percent by 2035."),
    ], slug="ranges")
    with checked_against(tmp_path / "record.db", records) as check:
        verdict = check("Westmark and Ostland pledged to cut methane emissions from their ports by 50 to 55 "
                        "percent by 2035, the harbour compact says.", date(2024, 9, 3))
    assert verdict["verdict"] == "contested", verdict
