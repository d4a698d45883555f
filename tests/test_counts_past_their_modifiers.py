"""A figure's noun read past the words that only qualify it: the record's count of the claim's thing.

Found among the missed contests of the training sets (a claim's figure the record gives otherwise, of a noun the
record qualifies with adjectives the analysis takes for the unit); each test is constructed, with no article's words,
and fails on the code before the rule. Figures of other things are asserted beside each.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.conftest import only_the_changed_is_contested, readout_record
from tests.test_verdict_rules import _conflicts
from verifier.rules.codes import NUMBER_MISMATCH


def test_a_count_whose_noun_comes_after_joined_modifiers_counts_that_noun():
    record = "So far the partners have shipped nearly 42 million clean and affordable cooking stoves to East Africa."
    assert _conflicts("The partners have shipped close to 24 million stoves to East Africa.", record) == (
        NUMBER_MISMATCH,)
    # The same figure, rounded as news does, is the record's.
    assert _conflicts("The partners have shipped about 40 million stoves to East Africa.", record) == ()
    # A figure of another noun is no count of the stoves.
    assert _conflicts("The partners have trained 24 million nurses in East Africa.", record) == ()


def test_money_before_the_claims_noun_is_no_count_of_it():
    # "$42 million" is what the stoves cost, not how many there are.
    record = "The partners spent $42 million on clean and affordable cooking stoves for East Africa."
    assert _conflicts("The partners shipped 24,000 stoves to East Africa.", record) == ()


def test_the_changed_count_is_contested_and_the_faithful_one_is_not(tmp_path):
    records = [readout_record("https://example.gov/fact-sheet-stoves",
                              "So far the partners have shipped nearly 42 million clean and affordable cooking stoves "
                              "to East Africa, the largest such effort to date.",
                              title="Fact Sheet: Clean Cooking Partnership",
                              published=datetime(2024, 9, 2, 15, tzinfo=UTC))]
    only_the_changed_is_contested(tmp_path / "record.db", records, date(2024, 9, 3), NUMBER_MISMATCH, [
        "So far the partners have shipped close to 24 million stoves to East Africa, the fact sheet said.",
        "So far the partners have shipped close to 42 million stoves to East Africa, the fact sheet said.",
    ])
