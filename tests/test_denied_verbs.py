"""A negation's head is the word it denies. A light verb ("work", "go", "meet") is usually passed over for what
follows it ("did not reach agreement" denies the agreement), but a light verb followed by a preposition has no
object: it is itself denied ("had not worked with Westmark", "did not go to Harbourton"). Read past it alone, the
head was the name after the preposition, and a claim that also quotes a negation the record shares ("... the
port 'will not reopen'") was taken to deny only what the record denies too.

Constructed sentences (no labelled article's words); each test of a denied light verb fails when the verb is
passed over.
"""

from __future__ import annotations

import pytest

from verifier.normalize import analyze
from verifier.rules.codes import NEGATION_MISMATCH
from verifier.rules.conflicts import find_conflicts
from verifier.rules.negation import negation_heads


def _key(word: str) -> str:
    return analyze(word).tokens[0].key


@pytest.mark.parametrize(
    "sentence, verb",
    [
        ("The minister had not worked with Westmark on the harbour plan.", "worked"),
        ("The envoy did not go to Harbourton last week.", "go"),
    ],
)
def test_a_light_verb_before_a_preposition_is_denied_itself(sentence, verb):
    assert _key(verb) in negation_heads(analyze(sentence))


def test_the_word_after_the_light_verb_stays_denied_too():
    # "should not come into compliance": the compliance is still what a record stating it contradicts.
    heads = negation_heads(analyze("The envoy said Westmark should not come into compliance this year."))
    assert {_key("come"), _key("compliance")} <= heads


def test_a_light_verb_with_an_object_is_passed_over():
    assert _key("hold") not in negation_heads(analyze("The envoy did not hold a meeting in Harbourton."))


def test_a_denied_deed_beside_a_shared_negation_is_a_flipped_polarity():
    claim = analyze('The minister said he had not worked with Westmark to make sure the old port "will not reopen."')
    record = analyze("As the minister promised, we worked with Westmark to ensure the old port will not reopen.")
    assert NEGATION_MISMATCH in find_conflicts(claim, record).reasons


def test_the_same_denial_on_both_sides_is_no_conflict():
    claim = analyze("The minister had not worked with Westmark on the harbour plan.")
    record = analyze("The minister has not worked with Westmark on the harbour plan.")
    assert NEGATION_MISMATCH not in find_conflicts(claim, record).reasons
