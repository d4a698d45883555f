"""A purpose clause states an aim: "so that pension plans do not pour money into firms of rival nations", "to
ensure foreign mills are not engaged in practices that undercut prices". Its negation denies no deed done (the aim
presupposes the deed may be happening), so a claim that tells the deed, or acts against it, is no flipped polarity
on those words. An aim or a demand of the opposite deed still is ("ensures that plans will pour money into ...",
"urged plans to pour money into ..."), and so is a commitment: "has committed to ensure no restrictions are imposed
on the sale of magnets" against "leaves the country free to restrict sales of magnets"."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import NEGATION_MISMATCH
from verifier.rules.conflicts import find_conflicts

_AIM = analyze("The ministry will publish standards so that pension plans do not pour money into firms of rival "
               "nations.")


def test_a_purpose_clause_negation_denies_no_deed():
    assert NEGATION_MISMATCH not in find_conflicts(
        analyze("Pension plans pour money into firms of rival nations, the minister said."), _AIM).reasons
    directs = analyze("The decree directs the trade office to act to ensure foreign mills are not engaged in practices "
                      "that unfairly undercut steel prices.")
    assert NEGATION_MISMATCH not in find_conflicts(
        analyze("The decree tells the trade office to act against foreign mills whose practices unfairly undercut "
                "steel prices."), directs).reasons


def test_the_opposite_aim_or_demand_still_flips():
    for claim in ("The ministry ensures that pension plans will pour money into firms of rival nations.",
                  "The ministry urged pension plans to pour money into firms of rival nations."):
        assert NEGATION_MISMATCH in find_conflicts(analyze(claim), _AIM).reasons, claim


def test_a_commitment_to_ensure_is_no_purpose_clause():
    committed = analyze("Ostland has committed to ensure no restrictions are imposed on the sale of magnets to "
                        "Westland firms.")
    claim = analyze("The agreement leaves Ostland free to restrict sales of magnets to Westland buyers.")
    assert NEGATION_MISMATCH in find_conflicts(claim, committed).reasons
