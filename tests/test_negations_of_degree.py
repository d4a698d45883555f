"""A negated degree that none could pass asserts the highest: "I couldn't agree more with what the President
said", "we could not be more proud of the alliance", "I can't thank you enough". A record sentence worded so agrees
with a claim that states the agreement, the pride or the thanks; "cannot do more to help" still denies."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import NEGATION_MISMATCH
from verifier.rules.conflicts import find_conflicts


def test_a_degree_none_could_pass_agrees_with_the_plain_words():
    for claim, record in (
            ("The minister said leaders had a duty to show that democracy can deliver for farmers and workers.",
             "I couldn't agree more with what the President said: that we have a duty to show that democracy can "
             "deliver for farmers and for workers."),
            ("The premier said Ostland was proud of the alliance with Westland.",
             "We could not be more proud of the alliance with Westland."),
            ("The premier thanked the rescue crews from Westland.",
             "I can't thank the rescue crews from Westland enough.")):
        assert NEGATION_MISMATCH not in find_conflicts(analyze(claim), analyze(record)).reasons, claim


def test_a_plain_limit_still_denies():
    assert NEGATION_MISMATCH in find_conflicts(analyze("The premier said Westland can do more to help Ostland."),
                                               analyze("Westland cannot do more to help Ostland.")).reasons
