"""A word that sets aside what follows it says "no" without a negation word: "Zarkan out of power" is the record's
"without Zarkan in power", "ignoring the dam request" its "refusing to take up the dam request",
"prevents consideration of the reserve for any future leasing" its "cannot be considered for any future leasing".
Such a sentence agrees with the negation on the other side; the setting-aside word itself is the deed, and denying
it ("did not ignore the request") still flips, and so does a negation of a holding back ("never agreed to ban
imports of goods" / "shall prohibit the importation of goods"). "Agreed to stop supplying arms" is an undertaking,
not a "no" to the supplying: against "that Ostland not become a supplier of arms" it stays a flipped polarity."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import NEGATION_MISMATCH
from verifier.rules.conflicts import find_conflicts
from verifier.rules.negation import denies_a_holding_back


def test_a_word_that_sets_aside_agrees_with_a_negation():
    for claim, record in (
            ("The envoy pressed for a truce in Ostland with the hostages freed and Zarkan out of power.",
             "The envoy will press for a truce in Ostland with the hostages freed and the end to the war without "
             "Zarkan in power."),
            ("The senator accused colleagues of ignoring a $3 billion dam request the ministry sent in May.",
             "Some colleagues talk about dams while refusing to take up the $3 billion request we sent in May."),
            ("The decree says the reserve cannot be considered for any future leasing for mining or drilling.",
             "The decree prevents consideration of the reserve for any future leasing for mining or drilling.")):
        assert NEGATION_MISMATCH not in find_conflicts(analyze(claim), analyze(record)).reasons, claim


def test_denying_the_setting_aside_itself_still_flips():
    for claim, record in (("The senator did not ignore the dam request.", "The senator ignored the dam request."),
                          ("The decree does not prevent consideration of the reserve for leasing.",
                           "The decree prevents consideration of the reserve for leasing."),
                          ("Ostland never agreed to ban imports of goods made with forced labour.",
                           "Ostland shall prohibit the importation of goods made with forced labour."),
                          ("The premier agreed to stop supplying Westland with military equipment.",
                           "Our priority is that Ostland not become militarily supportive of Westland through the "
                           "provision of equipment.")):
        assert NEGATION_MISMATCH in find_conflicts(analyze(claim), analyze(record)).reasons, claim


def test_a_negation_reaching_a_holding_back_is_read_as_such():
    # The flipped goods stay the disagreement, not only the denied agreeing ("never agreed to ban imports of goods"
    # / "a prohibition on the importation of goods" left the perturbed claim unsourced when they were dropped).
    banned = analyze("Ostland never agreed to ban imports of goods made with forced labour.")
    assert denies_a_holding_back(banned, "good")
    assert not denies_a_holding_back(analyze("Ostland never agreed to buy goods made with forced labour."), "good")
