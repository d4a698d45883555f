"""A record's figure or date contradicts the claim's only when it is about the same thing.

Found among the unsourced claims of the training sets that the engine contested: the record gave a figure
or a date of another thing (a recurrence against a deadline, another party's trade balance, the date of an
election against the date of a coup). Each test is constructed, with no article's words, and fails on the code
before the rule; the contradiction of the very figure is asserted beside each.
"""

from __future__ import annotations

from tests.test_verdict_rules import _conflicts, _decided, _in_window
from verifier.normalize import analyze
from verifier.rules.codes import ACTOR_MISMATCH, DATE_MISMATCH, NUMBER_MISMATCH
from verifier.rules.dates import dates_differ


def test_a_recurrence_is_no_other_value_of_a_deadline():
    claim = "The agency will publish the first list of affected suppliers within 30 days."
    assert _conflicts(claim, "The agency shall every 6 months publish a list of suppliers used in the schemes.") == ()
    # Two deadlines of the list are the same measure: another one contradicts the claim's.
    assert _conflicts(claim, "The agency shall publish within 90 days a list of suppliers used in the schemes.") == (
        NUMBER_MISMATCH,)


def test_an_offset_from_another_point_is_no_length_of_the_claims_thing():
    claim = "The decree had been almost two years in the making, officials said."
    assert _conflicts(claim, "The minister first proposed the decree one year ago, officials said.") == ()
    assert _conflicts(claim, "The decree was some three years in the making, officials said.") == (NUMBER_MISMATCH,)
    # Offsets of the same kind are compared: "three days ago" against "five days ago".
    assert _conflicts("The envoy arrived in Lima three days ago.", "The envoy arrived in Lima five days ago.") == (
        NUMBER_MISMATCH,)
    # A deadline counted from a named day is the claim's deadline: "within three months" / "within 180 days of".
    assert _conflicts("The accord calls for a ministerial meeting within three months.",
                      "The accord calls for a ministerial meeting within 180 days of the day it is signed.") == (
        NUMBER_MISMATCH,)


def test_a_superlatives_reach_is_no_length_of_the_thing_it_ranks():
    claim = "The firm says this is its biggest investment in the region in 40 years."
    assert _conflicts(claim, "We welcome a $3 billion investment in the region by the firm, which will expand its "
                             "plants over the next two years.") == ()
    # A first's reach is a reach too: "the first such visit in nearly five years" / "the first time in three".
    assert _conflicts("It was the envoy's first such visit in nearly five years.",
                      "The envoy came for the first time in almost three years.") == (NUMBER_MISMATCH,)
    # Another reach of the same superlative is still another figure.
    assert _conflicts(claim, "It is the firm's biggest investment in the region in 20 years.") == (NUMBER_MISMATCH,)


def test_a_rank_by_the_same_superlative_of_another_thing_is_no_rank_of_the_claims():
    claim = "Peru is now Chile's eighth-largest trading partner."
    assert _conflicts(claim, "Peruvian students in Chile are the fifth-largest foreign student population.") == ()
    assert _conflicts(claim, "Peru is now Chile's fifth-largest trading partner.") == (NUMBER_MISMATCH,)


def test_another_partys_figure_neither_contests_nor_states_the_claims():
    claim = analyze("Peru's goods trade surplus with Chile was about $4 billion in 2023.")
    weights = {key: 1.0 for key in claim.keys}
    other_party = _in_window(claim, weights, 1, "In 2023, Bolivia's goods trade surplus with Chile was $7.5 billion.")
    # The figure and whose it is both differ: the conflict detectors see both ...
    assert set(_conflicts(claim.text, other_party.analysis.text)) == {NUMBER_MISMATCH, ACTOR_MISMATCH}
    # ... and the record speaks of Bolivia's surplus, not of Peru's.
    assert _decided(claim, [other_party], weights)[0] == "unsourced"
    same_party = _in_window(claim, weights, 2, "In 2023, Peru's goods trade surplus with Chile was $7.5 billion.")
    assert _decided(claim, [same_party], weights) == ("contested", [NUMBER_MISMATCH])


def test_a_date_naming_their_occasion_is_not_the_date_of_the_claims():
    claim = analyze("The junta seized power on March 3, alleging fraud in the vote that the party won.")
    assert not dates_differ(claim, analyze("The junta must give up the power it seized and respect the will of the "
                                           "people as expressed in their October 5th election."))
    assert _conflicts(claim.text, "The junta seized power on March 5.") == (DATE_MISMATCH,)
    # The claim's own occasion named by the record's date is the claim's, however the analysis keys its words.
    assert dates_differ(analyze("The talks followed a phone call between the two envoys on May 28."),
                        analyze("The talks, which followed their May 18 phone call, were candid."))


def test_a_record_dating_its_own_years_occasion_says_nothing_of_a_claim_years_away():
    claim = analyze("The first trade forum was held in Lima in September 2018.")
    weights = {key: 1.0 for key in claim.keys}
    # Published in April 2024, the record's "March 30th and 31st" are that year's days.
    record = _in_window(claim, weights, 1, "On March 30th and 31st, the trade forum was held in Lima for the first "
                                           "time.")
    assert _conflicts(claim.text, record.analysis.text) == (DATE_MISMATCH,)
    assert _decided(claim, [record], weights)[0] == "unsourced"
    # A claim of the record's own year is contradicted by its days.
    this_year = analyze("The first trade forum was held in Lima in September 2024.")
    weights = {key: 1.0 for key in this_year.keys}
    record = _in_window(this_year, weights, 1, "On March 30th and 31st, the trade forum was held in Lima for the first "
                                               "time.")
    assert _decided(this_year, [record], weights) == ("contested", [DATE_MISMATCH])


def test_a_claims_deadline_is_a_detail_a_support_must_give():
    claim = analyze("Officials said the ferry task force would convene for the first time within two weeks.")
    weights = {key: 1.0 for key in claim.keys}
    launch = _in_window(claim, weights, 1, "Officials said the ferry task force would convene for the first time.")
    assert _decided(claim, [launch], weights)[0] == "unsourced"
    timed = _in_window(claim, weights, 2, "Officials said the ferry task force would convene for the first time "
                                          "within 14 days.")
    assert _decided(claim, [timed], weights)[0] == "supported"
    # A length of time that sets no deadline is often the article's own setting: not asked for.
    setting = analyze("Officials said the ferry working group, after two years of talks, would meet for the first "
                      "time.")
    weights_setting = {key: 1.0 for key in setting.keys}
    assert _decided(setting, [_in_window(setting, weights_setting, 1, "Officials said the ferry working group, after "
                                         "talks, would meet for the first time.")], weights_setting)[0] == "supported"
    # A claim with no length of time is stated as before.
    plain = analyze("Officials said the ferry task force would convene for the first time.")
    weights = {key: 1.0 for key in plain.keys}
    assert _decided(plain, [_in_window(plain, weights, 1, "Officials said the ferry task force would convene for the "
                                                          "first time.")], weights)[0] == "supported"


def test_a_year_to_come_is_a_detail_of_the_plan_a_support_must_give():
    claim = analyze("The ministry said it wants the region off imported coal by 2031.")
    weights = {key: 1.0 for key in claim.keys}
    # The record came out in 2024: 2031 is the plan's target, which this sentence does not give.
    plain = _in_window(claim, weights, 1, "The ministry said it wants the region off imported coal.")
    assert _decided(claim, [plain], weights)[0] == "unsourced"
    dated = _in_window(claim, weights, 2, "The ministry said it wants the region off imported coal by 2031.")
    assert _decided(claim, [dated], weights)[0] == "supported"
    # A year already past when the record came out is the record's own time, not a target it must write.
    past = analyze("In 2023, the ministry said it wants the region off imported coal.")
    weights = {key: 1.0 for key in past.keys}
    assert _decided(past, [_in_window(past, weights, 1, "The ministry said it wants the region off imported "
                                                        "coal.")], weights)[0] == "supported"


def test_a_figure_with_no_noun_after_it_is_of_the_word_before_it():
    # "pensioners over 70," counts nothing after it: the record's figure after the same noun is its figure.
    claim = "Under the plan, children, pensioners over 70, and disabled travellers ride free for 30 days."
    record = "In the first stage, children, pensioners over 65, and disabled travellers ride free for 30 days."
    assert _conflicts(claim, record) == (NUMBER_MISMATCH,)
    assert _conflicts(claim, record.replace("65", "70")) == ()
    # Another noun before the record's figure is of another thing.
    assert _conflicts(claim, record.replace("pensioners over 65", "stations beyond zone 4")) == ()


def test_a_count_of_named_things_is_of_their_names():
    # "three of Chile's Regional Export Offices" counts the offices the name gives, beside another figure.
    claim = "Peru will open three of Chile's Regional Export Offices to host at least 40 trade missions this year."
    record = "Peru will open five of Chile's Regional Export Offices to host at least 40 trade missions in 2027."
    assert _conflicts(claim, record) == (NUMBER_MISMATCH,)
    assert _conflicts(claim, record.replace("five", "three")) == ()
    # One name shared is whose the count is, not what it counts.
    assert _conflicts(claim, "Peru will host five of Chile's ministers and at least 40 trade missions in 2027.") == ()
