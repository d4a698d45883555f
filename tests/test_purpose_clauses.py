"""A purpose clause states an aim: "so that city funds do not invest savings in banks of hostile states", "to
ensure foreign mills are not engaged in practices that undercut prices". Its negation denies no deed done (the aim
presupposes the deed may be happening), so a claim that tells the deed, or acts against it, is no flipped polarity
on those words. An aim or a demand of the opposite deed still is ("ensures that funds will invest savings in ...",
"urged funds to invest savings in ..."), and so is a commitment: "has committed to ensure that no curbs are placed
on exports of lithium" against "leaves the country free to curb exports of lithium"."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import NEGATION_MISMATCH
from verifier.rules.conflicts import find_conflicts

_AIM = analyze("The council will issue guidance so that city funds do not invest savings in banks of hostile "
               "states.")


def test_a_purpose_clause_negation_denies_no_deed():
    assert NEGATION_MISMATCH not in find_conflicts(
        analyze("City funds invest savings in banks of hostile states, the mayor said."), _AIM).reasons
    directs = analyze("The decree directs the trade office to act to ensure foreign mills are not engaged in practices "
                      "that unfairly undercut steel prices.")
    assert NEGATION_MISMATCH not in find_conflicts(
        analyze("The decree tells the trade office to act against foreign mills whose practices unfairly undercut "
                "steel prices."), directs).reasons


def test_the_opposite_aim_or_demand_still_flips():
    for claim in ("The council ensures that city funds will invest savings in banks of hostile states.",
                  "The council urged city funds to invest savings in banks of hostile states."):
        assert NEGATION_MISMATCH in find_conflicts(analyze(claim), _AIM).reasons, claim


def test_a_commitment_to_ensure_is_no_purpose_clause():
    committed = analyze("Ostland has committed to ensure that no curbs are placed on exports of lithium to "
                        "Westland firms.")
    claim = analyze("The accord leaves Ostland free to curb exports of lithium to Westland buyers.")
    assert NEGATION_MISMATCH in find_conflicts(claim, committed).reasons
