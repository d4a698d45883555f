"""A week or a month a claim counts from the article's day ("due next month", "would begin next week") against
the days the record counts from its own ("occurred earlier this week", "starting today"): each is read from the
day of the text that writes it, and they share no day.

Found among the missed date contests of the read sets (the record's sentence tells the claim's deed with words
counted from its publication); each test is constructed, with no article's words, and fails on the code before
the rule. The agreeing readings are asserted beside each.
"""

from __future__ import annotations

from tests.test_verdict_rules import _decided, _in_window
from verifier.normalize import analyze
from verifier.rules.codes import DATE_MISMATCH

# The article is of Tuesday, April 2, 2024 (_decided); the record sentences were published on Monday, April 1
# (_in_window).


def _verdict(claim_text: str, record: str) -> tuple[str, list[str]]:
    claim = analyze(claim_text)
    weights = {key: 1.0 for key in claim.keys}
    return _decided(claim, [_in_window(claim, weights, 1, record)], weights)


def test_a_month_to_come_is_not_the_records_week_gone_by():
    record = "The first shipment of the new ferry parts arrived earlier this week."
    assert _verdict("The first shipment of the new ferry parts arrives next month.", record) == (
        "contested", [DATE_MISMATCH])
    # The record's week is the article's: the claim's "this week" is its own.
    assert _verdict("The first shipment of the new ferry parts arrived this week.", record) == ("supported", [])


def test_next_week_is_not_the_records_today():
    record = "Starting today, the ministry will inspect the harbour cranes."
    assert _verdict("The ministry will start inspecting the harbour cranes next week.", record) == (
        "contested", [DATE_MISMATCH])
    # The record's Monday is in the article's week.
    assert _verdict("The ministry started inspecting the harbour cranes this week.", record)[0] != "contested"
    # A record that tells both days states the claim's.
    assert _verdict("The ministry will start inspecting the harbour cranes next week.",
                    "Starting today, the ministry will prepare to inspect the harbour cranes next week.")[0] \
        != "contested"


def test_a_day_of_another_deed_is_no_date_of_the_claims():
    # The record's "this morning" dates the mayor's arrival, not the inspection the claim dates.
    assert _verdict("The ministry will start inspecting the harbour cranes next week.",
                    "The ministry will inspect the harbour cranes, as the mayor arrived this morning.")[0] \
        != "contested"


def test_a_further_deed_is_not_the_one_the_record_dates():
    # "More ... next week" is another inspection than the one the record starts today.
    assert _verdict("The ministry will inspect more harbour cranes next week.",
                    "The ministry starts inspecting the harbour cranes today.")[0] != "contested"
