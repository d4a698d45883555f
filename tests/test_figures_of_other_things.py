"""Numbers and ranks that count something else than the claim's figure: no contradiction of it.

Each rule was found among the false contests of the training sets (a supported claim the engine
contested with number_mismatch); each test is constructed, with no article's words, and fails on the
code before the rule. Contradictions of the very figure are asserted beside each.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.test_verdict_rules import _conflicts, _decided, _in_window
from verifier.normalize import analyze
from verifier.rules.codes import NUMBER_MISMATCH


def test_a_record_giving_only_the_claims_other_figure_leaves_this_one_unsaid():
    claim = ("Norway accounts for nearly 30 percent of the region's salmon exports, and its prices are 15 percent "
             "higher.")
    # The record states the first figure and is silent on the second: no contradiction of either.
    assert _conflicts(claim, "Norway accounts for nearly 30 percent of the region's salmon exports.") == ()
    # A third figure of the unit is still another value of the claim's.
    assert _conflicts(claim, "Norway accounts for nearly 45 percent of the region's salmon exports.") == (
        NUMBER_MISMATCH,)
    # The record gives both, one of them otherwise: the one left is the record's value of the claim's.
    assert _conflicts(claim, "Norway accounts for nearly 30 percent of the region's salmon exports, and its prices "
                             "are 25 percent higher.") == (NUMBER_MISMATCH,)


def test_a_definite_count_of_the_parties_named_is_no_count_of_another_group():
    claim = "The ministers of Chile and Peru signed the accord, the first ever between the two countries."
    # "The two countries" refers back to the parties named; "40 other countries" and "more than 60 countries"
    # count other groups.
    assert NUMBER_MISMATCH not in _conflicts(claim, "Chile joins 40 other countries that have signed the accord.")
    assert NUMBER_MISMATCH not in _conflicts(claim, "Delegates from more than 60 countries, including Chile and Peru, "
                                                    "signed the accord.")
    # The record's own definite count refers to the same parties: another value is a contradiction.
    assert _conflicts(claim, "The ministers signed the accord, the first ever between the three countries.") == (
        NUMBER_MISMATCH,)
    # An indefinite count in the claim is still compared.
    assert _conflicts("Ministers of two countries signed the accord.",
                      "Ministers of 40 countries signed the accord.") == (NUMBER_MISMATCH,)


def test_an_unnamed_occasion_is_ranked_by_any_occasion_the_record_ranks():
    # "For the fourth time" names no noun: the record's "met for the first time" a year ago is one
    # ranked occasion among others ("our fourth meeting"), not the claim's only measure.
    record = "A year ago the envoys met for the first time. Today they convene for their fourth meeting in Oslo."
    assert _conflicts("The envoys convene in Oslo for the fourth time.", record) == ()
    assert _conflicts("The envoys convene in Oslo for the fifth time.", record) == (NUMBER_MISMATCH,)


def test_two_sentences_that_each_give_one_of_the_claims_figures_state_it_together():
    claim = analyze("An official said Norway supplies nearly 30 percent of the region's salmon, and that its salmon "
                    "prices are 15 percent higher than Chile's.")
    weights = {key: 1.0 for key in claim.keys}
    first = _in_window(claim, weights, 1, "Norway supplies nearly 30 percent of the region's salmon, an official said.")
    second = _in_window(claim, weights, 2, "Its salmon prices are 15 percent higher than Chile's, an official said.")
    other = _in_window(claim, weights, 3, "Norway's salmon prices are 2 percent of the region's total, an official "
                                          "said, higher than Chile's.")
    assert _decided(claim, [other], weights)[0] == "contested"
    # Each supporting sentence gives one of the claim's figures: together they give both, and the third
    # sentence's "2 percent" counts something else.
    assert _decided(claim, [first, second, other], weights) == ("supported", [])


def test_an_answers_support_does_not_take_the_reporters_figure_for_granted():
    from db.index import SentenceHit
    from verifier.evidence import Candidate, coverage_of
    claim = analyze("Norway exports about $40 billion of salmon a year, against some $3 billion from Chile.")
    weights = {key: 1.0 for key in claim.keys}

    def sentence(sentence_id: int, text: str):
        return SentenceHit(sentence_id=sentence_id, readout_id=7, position=sentence_id, start=0, end=len(text),
                           text=text, speaker=None, is_evidence=True, rank=0.0,
                           url="https://www.whitehouse.gov/briefing-room/7/", title="Press Briefing",
                           source="whitehouse", side="us-government", kind="transcript",
                           published=datetime(2024, 4, 1, 18, 0, tzinfo=UTC), published_text="April 1, 2024")

    def answered(answer: str):
        question = ("Norway exports about $40 billion of salmon a year and we only get $3 billion from Chile. "
                    "Is there a risk?")
        together = analyze(question + " " + answer)
        return Candidate((sentence(2, answer),), together, coverage_of(claim, weights, together), in_window=True,
                         asked=(sentence(1, question),))
    # The figures are the reporter's: an answer that never gives them does not support the claim.
    assert _decided(claim, [answered("We take salmon exports against our country a year seriously.")],
                    weights)[0] != "supported"
    assert _decided(claim, [answered("Norway exports $40 billion a year, and Chile $3 billion, against our "
                                     "salmon.")], weights)[0] == "supported"


def test_a_date_naming_another_occasion_is_not_the_claims_date():
    from verifier.rules.codes import DATE_MISMATCH
    claim = "The palace announced the royal visit on March 30, saying the two kings would discuss the flood relief."
    # "The March 4 storm" names the storm by its day: the record's date is the storm's, not the announcement's.
    assert DATE_MISMATCH not in _conflicts(claim, "Following the March 4 storm in the delta, the king called the "
                                                  "palace to discuss the royal visit and flood relief.")
    # A date of the claim's own occasion, so named, is still compared ("the March 4 visit").
    assert DATE_MISMATCH in _conflicts(claim, "The palace announced the March 4 visit of the king, saying the two "
                                              "kings would discuss flood relief.")
    assert DATE_MISMATCH in _conflicts(claim, "The palace announced the royal visit on March 4, saying the two kings "
                                              "would discuss the flood relief.")


def test_a_claim_with_two_dates_agrees_with_a_record_giving_either():
    from verifier.rules.codes import DATE_MISMATCH
    claim = "The deal the ministers reached in late June suspends the quotas the ministry announced on June 3."
    # The record's "June 27" falls in the claim's "late June": the claim's date of the deal.
    assert DATE_MISMATCH not in _conflicts(claim, "The ministers reached the deal on June 27 to suspend the quotas.")
    # A day in neither is another date.
    assert DATE_MISMATCH in _conflicts(claim, "The ministers reached the deal on June 9 to suspend the quotas.")


def test_a_day_the_claim_gives_is_not_outside_the_part_of_the_month_it_also_gives():
    from verifier.rules.codes import DATE_MISMATCH
    claim = "The deal the ministers reached in late June suspends the quotas the ministry announced on June 3."
    # The record's "June 3" is the claim's own day of the quotas, not a day outside "late June".
    assert DATE_MISMATCH not in _conflicts(claim, "The deal suspends the quotas the ministry announced on June 3.")
    # Without that day in the claim, "June 3" is outside its "late June".
    assert DATE_MISMATCH in _conflicts("The deal the ministers reached in late June suspends the quotas.",
                                       "The ministers reached the deal on June 3 to suspend the quotas.")


def test_the_claims_other_figure_is_one_of_the_same_unit():
    # "The two envoys" is no figure of the sides: the record's "two sides" is another count of the claim's sides.
    assert _conflicts("The three sides held talks in Oslo, the two envoys said.",
                      "The two sides held talks in Oslo, the two envoys said.") == (NUMBER_MISMATCH,)



def test_a_round_bound_holds_the_exact_figure_just_past_it():
    # "A little over 3 percent" is a round bound for 3.3 percent: past it on its side, short of the next round figure.
    record = "Before this deal, Norway's average applied tariff was 8% while Chile's average applied tariff was 3.3%."
    assert _conflicts("Norway's average applied tariff was about 8 percent, against a little over 3 percent for Chile.",
                      record) == ()
    assert _conflicts("Norway's average applied tariff was 8 percent, against just under 3.4 percent for Chile.",
                      record) == ()
    # On the wrong side of the bound, or past the next round figure, it is another figure.
    assert _conflicts("Norway's average applied tariff was about 8 percent, against a little over 4 percent for Chile.",
                      record) == (NUMBER_MISMATCH,)
    assert _conflicts("Norway's average applied tariff was about 8 percent, against under 3 percent for Chile.",
                      record) == (NUMBER_MISMATCH,)
    # A record's bound on the claim's side as far or further holds the claim's: "over $230 million" is "more than
    # $200 million"; "more than $10 million" is not "more than $11 million", nor "up to $230 million" more than 200.
    assert _conflicts("The navy put more than $200 million into the sonar program.",
                      "The navy has put over $230 million into the sonar program.") == ()
    assert _conflicts("The navy put more than $11 million into the sonar program.",
                      "The navy has put more than $10 million into the sonar program.") == (NUMBER_MISMATCH,)
    assert _conflicts("The navy put more than $200 million into the sonar program.",
                      "The navy will put up to $230 million into the sonar program.") == (NUMBER_MISMATCH,)
    # A bound only the record gives is no support for an exact claim, nor a contradiction of one it holds:
    # the claim states more than the record, which the rules of support weigh, not this one.
    bound = "The navy will fund a sonar program worth more than $10 million for the islands."
    assert _conflicts("The navy will put $50 million into a sonar program for the islands.", bound) == (
        NUMBER_MISMATCH,)
    # The claim's lower bound holds the record's figure up to the next round one, not past it.
    exact = "The navy will fund a sonar program worth $145 million for the islands."
    assert _conflicts("The navy will put more than $100 million into a sonar program for the islands.", exact) == ()
    assert _conflicts("The navy will put more than $140 million into a sonar program for the islands.", exact) == ()
    assert _conflicts("The navy will put more than $150 million into a sonar program for the islands.",
                      exact) == (NUMBER_MISMATCH,)
    assert _conflicts("The navy will put more than $130 million into a sonar program for the islands.",
                      exact) == (NUMBER_MISMATCH,)
    # "No more than" bounds from above.
    assert NUMBER_MISMATCH in _conflicts("The navy will put no more than $10 million into a sonar program.",
                                         "The navy will fund a sonar program worth $11 million.")


def test_a_near_bound_holds_only_a_figure_close_below_it():
    # "Nearly 50" is the round figure next above 47 (and "nearly $200 million" above $183 million); the
    # approximate reading alone (a twentieth) misses both.
    record = "The ministry listed 47 new ports and $183 million in port grants."
    assert _conflicts("The ministry listed nearly 50 new ports.", record) == ()
    assert _conflicts("The ministry listed nearly $200 million in port grants.", record) == ()
    # Far below it, or above it, it is another figure.
    assert _conflicts("The ministry listed nearly 60 new ports.", record) == (NUMBER_MISMATCH,)
    assert _conflicts("The ministry listed nearly 45 new ports.", record) == (NUMBER_MISMATCH,)
    assert _conflicts("The ministry listed nearly $300 million in port grants.", record) == (NUMBER_MISMATCH,)


def test_about_a_round_figure_holds_one_close_on_either_side():
    # "About 50" is the round figure nearest 47 or 53; the approximate reading alone (a twentieth) misses 47.
    assert _conflicts("The ministry listed about 50 new ports.", "The ministry listed 47 new ports.") == ()
    assert _conflicts("The ministry listed about 50 new ports.", "The ministry listed 53 new ports.") == ()
    for claimed, listed in ((50, 40), (10, 8)):
        about, record = f"The ministry listed about {claimed} new ports.", f"The ministry listed {listed} new ports."
        assert _conflicts(about, record) == (NUMBER_MISMATCH,)


def test_a_count_whose_noun_goes_unsaid_counts_the_claims_named_thing():
    claim = ("The shipyard will add about 900 welding jobs on top of the 4,000 the firm already employs in "
             "Westmark, the ministry said.")
    # The record gives the 4,000 as jobs and is silent on the 900: the claim's unnamed "4,000" is that figure.
    record = "The shipyard's expansion adds to the {} welding jobs the firm already supports in Westmark."
    assert NUMBER_MISMATCH not in _conflicts(claim, record.format("4,000"))
    # Another figure of the jobs is still another value.
    assert NUMBER_MISMATCH in _conflicts(claim, record.format("6,000"))
    # A record that writes the referred-back figure twice gives the claim's other count its value.
    claim = "The new dock adds three cranes to the two that already unload ferries in Westmark."
    assert NUMBER_MISMATCH in _conflicts(
        claim, "The new dock will add two harbour cranes to the existing two cranes that unload ferries.")
    # Without "the", a bare number is no count referred back ("the '40 for 40' scheme"): nothing changes.
    assert NUMBER_MISMATCH in _conflicts(
        "The new '40 for 40' scheme will send 30 Westmark cadets to Ostland.",
        "The '40 for 40' scheme will send 40 Westmark cadets to Ostland.")


def test_half_a_dozen_is_six():
    assert [q.value for q in analyze("They had met half a dozen times before.").quantities] == [6.0]
    assert [q.value for q in analyze("They had met a dozen times before.").quantities] == [12.0]
    record = "We have met, what, a half a dozen times already this year?"
    claim = "The minister said they had met {} this year."
    assert NUMBER_MISMATCH in _conflicts(claim.format("about a dozen times"), record)
    assert NUMBER_MISMATCH not in _conflicts(claim.format("some six times"), record)


def test_one_partys_part_is_no_figure_of_both_parties():
    claim = "Both sides will cut their duties on grain by 80 percentage points, the ministry said."
    # The record's sentence tells what one of the two does: its figure is that party's part of the cut.
    assert _conflicts(claim, "Chile will suspend 30 percentage points of its duty on grain from Peru.") == ()
    # Told of the two together, the figure is the claim's own, and another one contradicts it.
    assert _conflicts(claim, "Chile and Peru will suspend 30 percentage points of their duties on grain.") == (
        NUMBER_MISMATCH,)
    assert _conflicts(claim, "The two countries will suspend 30 percentage points of their duties on grain.") == (
        NUMBER_MISMATCH,)
    # A sentence that names no party may tell what both do ("we"): its figure is compared.
    assert _conflicts(claim, "We will suspend 30 percentage points of our duties on grain.") == (NUMBER_MISMATCH,)
