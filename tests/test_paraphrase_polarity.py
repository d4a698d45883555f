"""Negations a paraphrase reads differently from the record, which tell the same thing: "whether or not" asks both
ways and denies nothing; "second to none" asserts; "no one had ever done it" is "the first time" told the other
way; and a record negation in a sentence's opening phrase is another thing's when the sentence's own point states
the claim's word.

Constructed sentences and records (no labelled article's words); each test fails when the set phrase is read as a
denial of the words after it (negation_mismatch against a record that states the claim).
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import checked_against, filler_records

from verifier.normalize import analyze
from verifier.rules.conflicts import find_conflicts

RECORD = filler_records(date(2024, 5, 6), [
    ("Remarks by President Marlow in Press Conference",
     "We will learn within the next year whether we really have a fisheries partnership that works. "
     "I regard the friendship between our harbour cities as second to none of the friendships we have. "
     "This is the first time that a Westmark chancellor has ever opened the Harbour Festival in Ostend."),
    ("Statement by President Marlow on the Northern Border",
     "Today, in response to Ostland's announcement that it will not withdraw its patrol ships from the strait, "
     "I have ordered additional patrol ships already in the region to escort Westmark's grain convoys."),
], slug="polarity")


@pytest.mark.parametrize("claim", [
    "President Marlow said it would become clear within a year whether both countries had a fisheries "
    "partnership that worked.",
    "President Marlow said he regards the friendship between the harbour cities as second to none.",
    "An official said no Westmark chancellor had ever before opened the Harbour Festival in Ostend.",
    "President Marlow said he had ordered additional patrol ships already in the region to escort Westmark's "
    "grain convoys.",
])
def test_a_paraphrased_polarity_is_not_contested(tmp_path, claim):
    with checked_against(tmp_path / "record.db", RECORD) as check:
        verdict = check(claim, date(2024, 5, 9))
    assert verdict["verdict"] != "contested", verdict
    assert "negation_mismatch" not in verdict["reasons"]


@pytest.mark.parametrize("claim, record", [
    ("Marlow said it would become clear within a year whether both countries had a fisheries partnership.",
     "We will learn within the next year whether we really have a fisheries partnership that works."),
    ("He regards the friendship between the harbour cities as second to none.",
     "I regard the friendship between our harbour cities as second to none of the friendships we have."),
])
def test_no_negation_mismatch_on_a_set_phrase(claim, record):
    assert "negation_mismatch" not in find_conflicts(analyze(claim), analyze(record)).reasons


@pytest.mark.parametrize("text", [
    "They will decide whether or not the talks resume.",
    "The partnership is second to none.",
    "The envoy was none other than the foreign minister.",
])
def test_set_phrases_deny_nothing(text):
    assert not analyze(text).negated


def test_a_negation_in_the_main_clause_still_contests():
    # The opening phrase states the word; the negation is the sentence's own point.
    claim = analyze("The President ordered patrol ships to the strait.")
    record = analyze("Today, after patrol ships were sighted near the coast, the President did not order patrol ships "
                     "to the strait.")
    assert "negation_mismatch" in find_conflicts(claim, record).reasons
    # "or not" after anything but a question's "whether" denies nothing either; "not" alone still denies.
    assert "talk" in " ".join(analyze("They did not resume the talks.").negated)
