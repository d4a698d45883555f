"""A record that keeps a thing in another word of the claim's class and calls off something else tells the
claim's point, when neither of its actions is seen acting on what the claim's word is read to act on: the
one acting on more of the claim's words is the claim's ("support for clinics and other programmes that
serve the families of Marrow will continue" / "freezing the junta's assets, while maintaining our support for
clinics").

Constructed (invented records, no article's words); fails on the code before the rule.
"""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.conflicts import find_conflicts

CLAIM = ("Support for clinics, school meals and other programmes that directly serve the families of Marrow "
         "will continue, the minister said.")


def _reasons(record: str) -> set[str]:
    return set(find_conflicts(analyze(CLAIM), analyze(record)).reasons)


def test_the_claims_thing_kept_in_another_word_while_another_is_frozen():
    assert "opposite_action" not in _reasons(
        "We are freezing the assets that profit the junta, while maintaining our support for clinics, school "
        "meals, and other programmes that serve the families of Marrow directly.")


def test_the_claims_thing_frozen_while_another_is_kept():
    assert "opposite_action" in _reasons(
        "We are freezing our support for clinics, school meals and other programmes, while maintaining the "
        "ferry service to the islands.")
