"""A denying pronoun ("nothing", "nobody", "not everyone") names where its nothing or nobody is sought in an "in"
or "of" phrase after it: "Nothing in the accord creates a binding obligation" denies the obligation, not the
accord, and "Not everyone in the region has spoken out" does not deny the region. A sentence stating the
accord or the region is no flipped polarity on those words; the verb after the phrase and what it is done to
stay denied ("Nothing in the order changes the quota" / "The order changes the quota")."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import NEGATION_MISMATCH
from verifier.rules.conflicts import find_conflicts


def test_the_place_a_denying_pronoun_names_is_not_denied():
    claim = analyze("Biden called Ortiz's country the anchor of the whole region on fisheries enforcement.")
    record = analyze("Not everyone in the region has done that, and it matters.")
    assert NEGATION_MISMATCH not in find_conflicts(claim, record).reasons
    accord = analyze("Nothing in either accord, the officials said, imposes a binding obligation.")
    assert NEGATION_MISMATCH not in find_conflicts(
        accord, analyze("This accord is not meant to, and will not, impose a binding obligation.")).reasons


def test_the_verb_after_the_named_place_stays_denied():
    for claim, record in (("Nothing in the order changes the quota on cement.",
                           "The order changes the quota on cement."),
                          ("None of the ministers agreed to the plan.", "The ministers agreed to the plan."),
                          ("Nobody at the summit signed the pledge.", "The leaders at the summit signed the pledge.")):
        assert NEGATION_MISMATCH in find_conflicts(analyze(claim), analyze(record)).reasons, claim
