"""A word that sets aside what follows it says "no" without a negation word: "Zarkan out of power" is the record's
"without Zarkan in power", "ignoring the dam request" its "refusing to take up the dam request",
"prevents the offering of the reserve in any later auction" its "cannot be offered in any later auction".
Such a sentence agrees with the negation on the other side; the setting-aside word itself is the deed, and denying
it ("did not ignore the request") still flips, and so does a negation of a holding back ("never agreed to ban
imports of timber" / "shall prohibit the importation of timber"). "Agreed to stop supplying arms" is an undertaking,
not a "no" to the supplying: against "that Ostland not become a supplier of arms" it stays a flipped polarity."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import NEGATION_MISMATCH
from verifier.rules.conflicts import find_conflicts
from verifier.rules.negation import denies_a_holding_back


def test_a_word_that_sets_aside_agrees_with_a_negation():
    for claim, record in (
            ("The envoy pressed for a ceasefire in Ostland with the prisoners returned and Zarkan out of power.",
             "The envoy will press for a ceasefire in Ostland with the prisoners returned and a settlement "
             "without Zarkan in power."),
            ("The senator accused colleagues of ignoring a $3 billion dam request the ministry sent in May.",
             "Some colleagues talk about dams while refusing to take up the $3 billion request we sent in May."),
            ("The decree says the reserve cannot be offered in any later auction of grazing rights.",
             "The decree prevents the offering of the reserve in any later auction of grazing rights.")):
        assert NEGATION_MISMATCH not in find_conflicts(analyze(claim), analyze(record)).reasons, claim


def test_denying_the_setting_aside_itself_still_flips():
    for claim, record in (("The senator did not ignore the dam request.", "The senator ignored the dam request."),
                          ("The decree does not prevent consideration of the reserve for leasing.",
                           "The decree prevents consideration of the reserve for leasing."),
                          ("Ostland never agreed to ban imports of timber cut in protected forests.",
                           "Ostland shall prohibit the importation of timber cut in protected forests."),
                          ("The premier agreed to stop supplying Westland with military equipment.",
                           "Our priority is that Ostland not become militarily supportive of Westland through the "
                           "provision of equipment.")):
        assert NEGATION_MISMATCH in find_conflicts(analyze(claim), analyze(record)).reasons, claim


def test_a_negation_reaching_a_holding_back_is_read_as_such():
    # The flipped timber stays the disagreement, not only the denied agreeing ("never agreed to ban imports of
    # timber" / "a prohibition on the importation of timber" left the perturbed claim unsourced when it was dropped).
    banned = analyze("Ostland never agreed to ban imports of timber cut in protected forests.")
    assert denies_a_holding_back(banned, "timber")
    assert not denies_a_holding_back(analyze("Ostland never agreed to buy timber cut in protected forests."), "timber")
