"""Supported claims the engine contested: a record that only denies knowing a thing ("I don't know that it will
come up at the summit") leaves it open, neither stated nor denied.

Constructed claims (no labelled article's words). The faithful claim is contested without its reading; the
changed ones stay contested.
"""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import NEGATION_MISMATCH
from verifier.rules.conflicts import find_conflicts


def test_what_a_denied_knowing_reaches_is_left_open():
    # "I don't know that it will come up at the summit" neither says it will nor that it will not.
    unknown = analyze("You know, I don't know that the ferry dispute will come up at the harbour summit.")
    assert NEGATION_MISMATCH not in find_conflicts(
        analyze("The ferry dispute was more likely to come up in talks with the ports than at the harbour summit."),
        unknown).reasons
    # A denied believing is said of what is believed, and the knowing itself stays denied.
    assert NEGATION_MISMATCH in find_conflicts(
        analyze("The ferry dispute will come up at the harbour summit."),
        analyze("We do not believe the ferry dispute will come up at the harbour summit.")).reasons
    assert NEGATION_MISMATCH in find_conflicts(
        analyze("He knows the ferry dispute will come up at the harbour summit."), unknown).reasons


def test_what_a_denied_knowing_reaches_is_left_open_in_its_noun_form_too():
    # "The long months of not knowing how the ferry money would turn out" leave the money open, as "I don't
    # know" does: the uncertainty is the point.
    unknown = analyze("I regret the long months of not knowing how the ferry money would turn out.")
    assert NEGATION_MISMATCH not in find_conflicts(
        analyze("The minister regretted the weeks of uncertainty over the ferry money."), unknown).reasons
