"""Dates and lengths of time read as what they are: a year before 1950 is a year ("issued in 1941"), not a
count; "within 90 days after the date of this order" is a deadline, as "within 90 days" is, not a point in
time; a day or month written without a year, in an article and in a record a year apart, is each side's own
year's (the claim's "made public on March 22" and a statement of the year before that names "March 10"); a
rank of the occasion another follows ("It follows our first summit") is no rank of the claim's.

Each rule was found among the mismatches of the read sets (a missed date contest, false number contests and a
false date contest); each test is constructed, with no article's words, and fails on the code before the
rule. The contradiction each rule must keep is asserted beside it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from tests.test_verdict_rules import _conflicts, _decided, _in_window
from verifier.normalize import analyze
from verifier.rules.codes import DATE_MISMATCH, NUMBER_MISMATCH


def test_a_year_before_1950_is_a_year_not_a_count():
    claim = "The harbour convention was signed in 1938, the minister recalled."
    assert analyze(claim).years == {1938}
    assert analyze(claim).quantities == []
    assert _conflicts(claim, "Back in 1937, the two kingdoms signed the harbour convention.") == (
        DATE_MISMATCH,)
    assert _conflicts(claim, "Back in 1938, the two kingdoms signed the harbour convention.") == ()
    # A count written with its thousands' comma is still a count.
    assert [q.value for q in analyze("The fleet carried 1,938 passengers.").quantities] == [1938.0]


_ORDER = ("Within 60 days after the date of this order, the Minister shall publish a list of approved ferry "
          "operators. An operator left off the list may appeal within 30 days of its publication.")


def test_a_deadline_counted_from_a_point_is_a_deadline():
    # "Within 60 days after the date of this order" gives the claim's deadline; the 30 days are another one's.
    assert _conflicts("Within 60 days, the ministry must publish a list of approved ferry operators.",
                      _ORDER) == ()
    # Another deadline of the very list is a contradiction.
    assert _conflicts("Within 45 days, the ministry must publish a list of approved ferry operators.",
                      _ORDER.split(". ")[0] + ".") == (NUMBER_MISMATCH,)
    # A bare "60 days after" still places a point in time, no length to set against a deadline.
    assert NUMBER_MISMATCH not in _conflicts(
        "Within 45 days, the ministry must publish a list of approved ferry operators.",
        "Sixty days after the order, the Minister published a list of approved ferry operators.")


def _published(candidate, when: datetime):
    return replace(candidate, hits=(replace(candidate.first, published=when),))


def test_days_without_a_year_in_an_article_and_a_record_a_year_apart_are_each_their_own_years():
    # The article is of April 2, 2024: its "March 22" is March 22, 2024.
    claim = analyze("The ferry plan was first made public on March 22, when the ministry said the two ports "
                    "would renew their harbour agreement.")
    weights = {key: 1.0 for key in claim.keys}
    record = ("The two ports renewed their harbour agreement, and the ministry welcomed the first ferry plan "
              "dialogue on March 10.")
    a_year_before = _published(_in_window(claim, weights, 1, record),
                               datetime(2023, 3, 24, 16, 0, tzinfo=UTC))
    assert _decided(claim, [a_year_before], weights)[0] != "contested"
    # The same sentence of the same March is the claim's own occasion dated otherwise.
    same_march = _published(_in_window(claim, weights, 1, record), datetime(2024, 3, 24, 16, 0, tzinfo=UTC))
    assert _decided(claim, [same_march], weights) == ("contested", [DATE_MISMATCH])


def test_a_rank_of_the_occasion_another_follows_is_no_rank_of_the_claims():
    claim = "The fishing ministers held their second such summit in about a year."
    # "It follows our first summit" ranks the earlier summit, not the one the sentence is about.
    assert _conflicts(claim, "It follows our first summit a year ago in the same harbour hall.") == ()
    assert _conflicts(claim, "The ministers meet today, since their first summit in the harbour hall.") == ()
    # The record's rank of its own summit is still compared, beside the one it recalls.
    assert _conflicts(claim, "This is our third summit, and it follows our first summit a year ago.") == (
        NUMBER_MISMATCH,)
    assert _conflicts(claim, "This is our first summit in the harbour hall.") == (NUMBER_MISMATCH,)
    # Words that look ahead may name the very thing the claim ranks.
    assert _conflicts("They marked the 25th anniversary of the harbour treaty.",
                      "They met ahead of the 35th anniversary of the harbour treaty.") == (NUMBER_MISMATCH,)
    # A claim that recalls the rank itself compares it with the record's.
    assert _conflicts("It follows their second summit in the harbour hall.",
                      "It follows our first summit in the harbour hall.") == (NUMBER_MISMATCH,)


def test_a_month_without_a_year_is_read_in_either_year_it_may_be():
    # Told on April 2, 2024, "in September" may be last September or the coming one; in a record of April 1,
    # 2024, "in November" is last November: the two may be months apart in 2023, so the record's month is
    # another of the claim's meeting, though the nearest reading of each is a year apart.
    claim = analyze("The envoys said they met in the harbour town in September and charted the course for "
                    "the ferry accord.")
    weights = {key: 1.0 for key in claim.keys}
    record = _in_window(claim, weights, 1, "We met in the harbour town in November and charted the course "
                                           "for the ferry accord.")
    assert _decided(claim, [record], weights) == ("contested", [DATE_MISMATCH])
