"""A denied stance rejects a thing without denying it: "we cannot afford a blockade of the straits" says the
speaker will not bear one, not that a blockade could not happen, what it would bring, or who would mount it
(verifier/data/negation.json, "stance"). A claim that takes the stance itself, or denies the thing outright,
still disagrees.

Constructed sentences (no labelled article's words).
"""

from __future__ import annotations

from conftest import conflict_reasons

from verifier.rules.codes import NEGATION_MISMATCH

REJECTING = "We cannot afford a blockade of the Korsun straits.  It would strand the grain convoys for months."


def test_what_a_rejected_thing_would_bring_is_not_denied():
    claim = "The minister warned that a blockade of the Korsun straits would strand the grain convoys for months."
    assert NEGATION_MISMATCH not in conflict_reasons(claim, REJECTING)
    assert NEGATION_MISMATCH not in conflict_reasons(
        "Pirates have been attacking the coastal tankers, the admiral said.",
        "Our navy will not tolerate pirates attacking the coastal tankers.")


def test_the_stance_itself_or_the_thing_denied_outright_still_disagrees():
    # The claim takes the stance the record denies.
    assert NEGATION_MISMATCH in conflict_reasons("The minister said the country could afford a blockade of the "
                                                 "Korsun straits.", REJECTING)
    # The record denies the consequence, not a stance.
    assert NEGATION_MISMATCH in conflict_reasons(
        "The minister warned that a blockade of the Korsun straits would strand the grain convoys for months.",
        "A blockade of the Korsun straits would not strand the grain convoys.")
    # Another denial in the sentence than the stance's: what it denies stays denied.
    assert NEGATION_MISMATCH in conflict_reasons(
        "The navy escorted the grain convoys through the Korsun straits.",
        "We cannot afford delays, and the navy did not escort the grain convoys through the Korsun straits.")
