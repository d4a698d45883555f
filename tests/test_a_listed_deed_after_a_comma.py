"""A word after a comma is the next item of a list, not the noun a determiner before the comma names: in "to bring
calm to the Middle East, bolster regional security" the bolstering is a deed, which a claim's "weakening regional
security" opposes.

Constructed sentences (no article's words); the test fails on the code before the rule.
"""

from __future__ import annotations

from conftest import conflict_reasons

from verifier.normalize import analyze
from verifier.rules.negation import only_as_a_thing


def test_a_deed_listed_after_a_named_place_is_an_action():
    record = "The ministers agreed to protect the harbour, bolster the coastal defences, and train new pilots."
    assert not only_as_a_thing(analyze(record), {"bolster"})
    assert "opposite_action" in conflict_reasons(
        "The ministers agreed to protect the harbour, weaken the coastal defences and train new pilots.", record)


def test_a_noun_after_its_determiner_is_still_a_thing():
    assert only_as_a_thing(analyze("The council named a bolster for the coastal defences."), {"bolster"})
