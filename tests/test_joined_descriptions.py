"""An action word that is also a description, joined by "and" to another description of the noun after both
("many close and cooperative sessions", "an open and transparent review"), describes that noun: it is no closing or
opening set against the claim's "opened the session". A verb joined to another verb with its object ("will close
and sell the consulate") or to a bare plural ("will close and consolidate consulates") stays an action."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import OPPOSITE_ACTION
from verifier.rules.conflicts import find_conflicts

_CLAIM = analyze("The premier opened the session by telling the envoy that Ostland had been his first call.")


def test_a_description_joined_to_another_is_no_opposite_action():
    record = analyze("The envoy and I just concluded a very productive meeting, the first of what I am sure will be "
                     "many close and cooperative sessions.")
    assert OPPOSITE_ACTION not in find_conflicts(_CLAIM, record).reasons


def test_a_verb_joined_to_another_verb_stays_an_action():
    claim = analyze("The ministry opened the consulates in Lyon.")
    for record in ("The ministry will close and sell the consulates in Lyon.",
                   "The ministry will close and consolidate consulates in Lyon."):
        assert OPPOSITE_ACTION in find_conflicts(claim, analyze(record)).reasons, record
