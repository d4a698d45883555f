"""Dates the claim and the record write in different forms: a span of days in either order, a weekday counted
from the occasion told rather than from the article's day, a past deed dated by the weekday before it, a year
counted from the article's ("next year") that the support writes out, a day written "the 24th of May", a
span's start beside its end ("since early 2019 ... through 2024"), and the parts of a year in other words
("the end of 2031" is late in it, "the first quarter" early).

Each rule was found among the false contests of the read sets (a supported claim the engine contested with
date_mismatch), the last among the missed ones; each test is constructed, with no article's words, and fails
on the code before the rule. A contradiction the rule must keep is asserted beside each.
"""

from __future__ import annotations

from datetime import date

from tests.test_verdict_rules import _decided, _in_window
from verifier.normalize import analyze
from verifier.rules.codes import DATE_MISMATCH
from verifier.rules.conflicts import find_conflicts
from verifier.rules.dates import named_days, worded_date_conflict


def _worded(claim: str, record: str) -> tuple[str, ...]:
    return worded_date_conflict(analyze(claim), analyze(record)).reasons


def test_a_span_of_days_is_the_same_span_whichever_way_it_is_written():
    claim = "The ministers reviewed the fisheries talks held in Bergen on March 3-5."
    assert _worded(claim, "They reviewed the fisheries talks held in Bergen on 3-5 March.") == ()
    # A day within the record's span is one of its days.
    assert _worded("The ministers reviewed the fisheries talks held in Bergen on March 4.",
                   "They reviewed the fisheries talks held in Bergen from 3 to 5 March.") == ()
    # Another span of the same talks, or a day outside it, is another date.
    assert _worded(claim, "They reviewed the fisheries talks held in Bergen on 4-6 March.") \
        == (DATE_MISMATCH,)
    assert _worded("The ministers reviewed the fisheries talks held in Bergen on March 6.",
                   "They reviewed the fisheries talks held in Bergen from 3 to 5 March.") == (DATE_MISMATCH,)


def test_a_weekday_counted_from_the_occasion_told_is_not_counted_from_the_articles_day():
    sunday = date(2024, 3, 10)
    # "The previous Saturday" is the Saturday before the briefing the sentence tells of, which it need not
    # date.
    assert named_days("The spokesman said the drone was smaller than the one downed the previous Saturday.",
                      sunday) == frozenset()
    assert named_days("The spokesman said the drone was smaller than the one shot down the following Monday.",
                      sunday) == frozenset()
    # A weekday of the article's own days still counts from them.
    assert named_days("The spokesman said the drone was smaller than the one shot down on Saturday.",
                      sunday) == frozenset({(3, 9)})


def test_a_past_deed_right_after_its_weekday_is_dated_in_the_past_whatever_the_future_around_it():
    saturday = date(2024, 3, 9)
    text = ("To show that the fund will not run dry, the ministry on Thursday released grants that will "
            "last a year.")
    assert named_days(text, saturday) == frozenset({(3, 7)})
    # A plan for the weekday is still the coming one.
    assert named_days("The ministry will release grants that will last a year on Thursday.", saturday) \
        == frozenset({(3, 14)})
    assert named_days("The ministry on Thursday expected to release the grants.", saturday) \
        == frozenset({(3, 14)})


def test_a_support_that_writes_out_the_claims_relative_year_states_it():
    # The article is of April 2024 (_decided): "next year" is 2025.
    claim = analyze("The agency intends to open a consulate in Tromso next year.")
    weights = {key: 1.0 for key in claim.keys}
    # The record's "last year" dates the pledges, read from its own day: 2023, another year than the claim's.
    pledged = _in_window(claim, weights, 1, "The agency has kept the pledges it made last year to open a "
                                            "consulate in Tromso.")
    written_out = _in_window(claim, weights, 2, "The agency intends to open a consulate in Tromso in 2025.")
    another_year = _in_window(claim, weights, 3, "The agency intends to open a consulate in Tromso in 2027.")
    assert _decided(claim, [pledged], weights) == ("contested", [DATE_MISMATCH])
    assert _decided(claim, [pledged, written_out], weights) == ("supported", [])
    assert _decided(claim, [pledged, another_year], weights)[0] == "contested"


def test_a_support_that_writes_the_claims_day_another_way_states_it():
    claim = analyze("The minister said he hoped to see his counterpart in Bergen around May 14.")
    weights = {key: 1.0 for key in claim.keys}
    other_day = _in_window(claim, weights, 1, "The minister said he hoped to see his counterpart in Bergen "
                                              "on September 14.")
    # "the 14th of May" names the claim's day, though its "May" may be read as the verb.
    written_otherwise = _in_window(claim, weights, 2, "The minister said: I hope to see my counterpart in "
                                                      "Bergen, around the 14th of May.")
    another_day = _in_window(claim, weights, 3, "The minister said: I hope to see my counterpart in Bergen, "
                                                "around the 16th of May.")
    assert _decided(claim, [other_day], weights) == ("contested", [DATE_MISMATCH])
    assert _decided(claim, [other_day, written_otherwise], weights) == ("supported", [])
    assert _decided(claim, [other_day, another_day], weights)[0] == "contested"


def test_a_spans_start_is_not_its_end_dated_otherwise():
    claim = "Shipyards have ordered close to 40 new harbour tugs since early 2019, the ministry said."
    # The record's "through 2024" ends the span the claim's "since early 2019" opens: both are the
    # record's too.
    record = ("Since the start of 2019, shipyards have ordered nearly 40 new harbour tugs for delivery "
              "through 2024, the ministry said.")
    assert _worded(claim, record) == ()
    # Another start of the same span is still another date.
    assert _worded(claim, "Shipyards have ordered nearly 40 new harbour tugs since early 2017, "
                          "the ministry said.") == (DATE_MISMATCH,)


def test_the_parts_of_a_year_in_other_words():
    claim = analyze("The two ministries aim to finish the harbour treaty by the end of 2031.")
    # "The first quarter" of the year is early in it, "the end" late: another time.
    record = "The ministries intend to conclude the harbour treaty by the first quarter of 2031."
    assert DATE_MISMATCH in find_conflicts(claim, analyze(record)).reasons
    assert DATE_MISMATCH in find_conflicts(
        claim, analyze("The ministries intend to conclude the harbour treaty in early 2031.")).reasons
    # "Late 2031" and "the close of 2031" are the end in other words.
    for record in ("The ministries intend to conclude the harbour treaty in late 2031.",
                   "The ministries intend to conclude the harbour treaty by the close of 2031."):
        assert DATE_MISMATCH not in find_conflicts(claim, analyze(record)).reasons


def test_a_weekday_before_the_date_leaves_the_words_before_it_the_dates():
    # "on Monday, March 9": the comma after the weekday does not cut "the port fees apply from" off the date.
    record = "The new port fees apply from midnight local time on March 8, 2027, under the notice."
    assert _worded("The new port fees apply from midnight local time on Monday, March 9, the notice says.",
                   record) == (DATE_MISMATCH,)
    assert _worded("The new port fees apply from midnight local time on Sunday, March 8, the notice says.",
                   record) == ()
