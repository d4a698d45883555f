"""Two negations that cancel assert: "The abuses must not go without consequence" says the abuses must have
consequences, and "will not leave without the hostages" leaves with them. A record sentence written so agrees with
a claim that states the deed plainly; a lone "without" ("entered Gaza without fuel") still denies, and so does a
"not" with no "without" after it in its clause."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import NEGATION_MISMATCH
from verifier.rules.conflicts import find_conflicts


def test_a_negated_without_agrees_with_the_plain_deed():
    record = analyze("The eyes of the world are on Ostland. The abuses inflicted by its rulers must not go "
                     "without consequence.")
    claim = analyze("The minister said the abuses committed by Ostland's rulers must have consequences.")
    assert NEGATION_MISMATCH not in find_conflicts(claim, record).reasons
    convoy = analyze("The envoy said the team would not leave without the two detained reporters.")
    assert NEGATION_MISMATCH not in find_conflicts(
        analyze("The team would leave with the two detained reporters, the envoy said."), convoy).reasons


def test_a_lone_without_or_not_still_denies():
    for claim, record in (("The aid convoy entered the city with fuel.",
                           "The aid convoy entered the city without fuel."),
                          ("The abuses must have consequences for the rulers.",
                           "The abuses must not have consequences for the rulers, without question.")):
        assert NEGATION_MISMATCH in find_conflicts(analyze(claim), analyze(record)).reasons, claim
