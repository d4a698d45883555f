"""The time between two things: the claim's "a week after X" or "met him a month earlier" against a record of
the claim's own days that dates X, or that meeting, with a word counted back from its own day ("Yesterday, X",
"I met you last week"). Found among the missed date contests (para29, blind25); constructed sentences that
fail on the code before the rule."""

from __future__ import annotations

from tests.test_verdict_rules import _decided, _in_window
from verifier.normalize import analyze
from verifier.rules.codes import DATE_MISMATCH


def test_a_time_between_that_the_records_day_word_does_not_allow_is_contested():
    claim = analyze("The ban came a week after the port authority announced that it would close the "
                    "northern terminal.")
    weights = {key: 1.0 for key in claim.keys}
    record = _in_window(claim, weights, 1, "Yesterday, after long talks, the port authority announced that "
                                           "it would close the northern terminal.")
    assert _decided(claim, [record], weights) == ("contested", [DATE_MISMATCH])


def test_a_time_between_the_day_word_allows_or_a_day_word_of_another_thing_is_no_contest():
    weights_of = lambda claim: {key: 1.0 for key in claim.keys}  # noqa: E731
    # "A day after" is yesterday; "a week after" is last week's word, news rounding five days to a week.
    for interval, word in (("a day", "Yesterday"), ("a week", "Last week")):
        claim = analyze(f"The ban came {interval} after the port authority announced that it would close the "
                        "northern terminal.")
        record = _in_window(claim, weights_of(claim), 1,
                            f"{word}, after long talks, the port authority announced that it would close the "
                            "northern terminal.")
        assert _decided(claim, [record], weights_of(claim))[0] == "supported", interval
    # The record's day word dates another thing than the clause "after" opens: nothing to compare.
    claim = analyze("The ban came a week after the port authority announced that it would close the northern "
                    "terminal.")
    record = _in_window(claim, weights_of(claim), 2, "Yesterday the minister signed the ban, and the port "
                                                     "authority will close the northern terminal.")
    assert _decided(claim, [record], weights_of(claim))[1] != [DATE_MISMATCH]
