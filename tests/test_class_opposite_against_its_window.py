"""A sentence that does the opposite of the claim's action in a word of the other class ("streamlining import
licenses" for "will tighten import licensing") does it to what the claim's action is done to, as a lexicon pair
would: so the passage read with its neighbours, which scores higher, states no support of its own (the claim's
action there is the sentence's opposite, not a neighbour's word) and the contest stands.
Constructed sentences, no article's words; fails on the code before the rule."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.verdicts import _opposed_on_the_same


def test_a_class_opposite_done_to_the_same_thing_is_opposed_on_the_same():
    assert _opposed_on_the_same(
        analyze("Under the deal, Ostland will tighten import licensing for Westmark copper wire products."),
        analyze("Ostland has committed to streamlining import licenses for Westmark copper wire products and "
                "copper-containing goods."))


def test_a_class_opposite_done_to_another_thing_is_not():
    assert not _opposed_on_the_same(
        analyze("Under the deal, Ostland will tighten import licensing for Westmark copper wire products."),
        analyze("Ostland has committed to streamlining halal requirements for cosmetics and medical devices."))
