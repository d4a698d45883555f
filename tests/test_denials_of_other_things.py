"""Negations that deny something else than the claim's point: no contradiction of it.

Each rule was found among the false contests of the training sets (a supported claim the engine
contested with negation_mismatch); each test is constructed, with no article's words, and fails on the
code before the rule. The contradiction of the very point is asserted beside each.
"""

from __future__ import annotations

from tests.test_verdict_rules import _conflicts
from verifier.rules.codes import NEGATION_MISMATCH


def test_a_denial_of_another_deed_does_not_deny_the_words_it_reaches():
    # The record's "not" denies the refusal to recall the envoys; its reach ("envoys") is what that other
    # deed is done to, and the sentence's main clause states the claim's point.
    record = ("After Norway's announcement that it would not recall its envoys from Minsk, Sweden sent additional "
              "envoys to Vilnius and Riga.")
    assert _conflicts("Sweden sent additional envoys to Vilnius and Riga.", record) == ()
    # A denial of the claim's own deed still contradicts it, whatever else the two sentences share.
    assert _conflicts("Sweden sent additional envoys to Vilnius and Riga.",
                      "Sweden did not send additional envoys to Vilnius and Riga.") == (NEGATION_MISMATCH,)
    assert _conflicts("Sweden did not send additional envoys to Vilnius and Riga.",
                      "Sweden sent additional envoys to Vilnius and Riga.") == (NEGATION_MISMATCH,)
    # The denied word itself, written again elsewhere in the sentence (a verb and its noun share a key), is
    # still what the negation denies.
    assert _conflicts("The ministers said the quota had changed.",
                      "The ministers said the quota has not changed and rejected any unilateral changes to it.") == (
        NEGATION_MISMATCH,)
    assert _conflicts("The ministers never met in Oslo, at their third meeting.",
                      "The ministers met in Oslo for their third meeting.") == (NEGATION_MISMATCH,)
    # A "no" denies its whole noun phrase, the last word as much as the first: the levies it names are
    # denied, though the sentence speaks of levies elsewhere too.
    assert _conflicts("Oslo will raise the levy on boats and boat parts to 12 percent.",
                      "Oslo will cut levies on boats and boat parts as follows: no boat or boat parts levies will "
                      "apply to goods with a duty of 12 percent or higher.") == (NEGATION_MISMATCH,)


def test_no_matter_whether_is_regardless_not_a_denial():
    claim = "The levy applies to all listed goods no matter whether they originate in the customs union."
    assert _conflicts(claim, "The levy applies to all listed goods regardless of whether a good originates in the "
                             "customs union.") == ()
    assert _conflicts(claim, "The levy does not apply to listed goods that originate in the customs union.") == (
        NEGATION_MISMATCH,)
