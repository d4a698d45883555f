"""A reporter writes as a verb what the record writes as a noun made from it, or the other way round: "agreed
to lift the exclusions" / "excluding", "a decision" / "decided", "their arrival" / "arrived". Both are one
word made two ways, from one base (normalize.derivational_bases); the scorer credits the claim's word when the
record holds a word of the same base.

Constructed sentences and records (no labelled article's words). Each paraphrase is unsourced on the engine
before derived words were read alike; a noun whose meaning left its base stays apart, and a changed detail
beside the derived word still differs.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from conftest import checked_against, filler_records, readout_record

from verifier import thresholds as T
from verifier.evidence import coverage_of
from verifier.normalize import analyze, derivational_bases, light_stem


def one_base(first: str, second: str) -> bool:
    """Whether one word derives from the other, or both from one base (as coverage_of reads them)."""
    first_bases, second_bases = derivational_bases(first), derivational_bases(second)
    return (light_stem(first) in second_bases or light_stem(second) in first_bases
            or not first_bases.isdisjoint(second_bases))


@pytest.mark.parametrize("ours, theirs", [
    ("excluding", "exclusion"),
    ("expanding", "expansion"),
    ("decided", "decision"),
    ("arrived", "arrival"),
    ("withdraw", "withdrawal"),
    ("expected", "expectation"),
    ("divest", "divestment"),
    ("permitted", "permission"),
    ("reduces", "reduction"),
    ("resisting", "resistance"),
    ("urgent", "urgency"),
    ("tourists", "tourism"),
    ("peace", "peaceful"),
])
def test_one_base_made_two_ways(ours, theirs):
    assert one_base(ours, theirs)


@pytest.mark.parametrize("ours, theirs", [
    ("state", "statement"),  # a statement is no act of a state
    ("depart", "department"),
    ("imports", "importance"),
    ("commit", "commission"),
    ("state", "station"),  # a suffix needs a stem before it
    ("fine", "finance"),
    ("sign", "signal"),
    ("form", "formal"),
    ("received", "reception"),  # a warm reception is a welcome, nothing received
])
def test_words_that_only_look_derived_stay_apart(ours, theirs):
    assert not one_base(ours, theirs)


def test_the_derived_word_earns_less_than_the_word_itself():
    claim = analyze("The ministry noted the arrival of the Harlow delegation.")
    weights = dict.fromkeys(claim.keys, 1.0)
    same = coverage_of(claim, weights, analyze("The ministry noted the arrival of the Harlow delegation."))
    derived = coverage_of(claim, weights, analyze("The ministry noted that the Harlow delegation arrived."))
    unrelated = coverage_of(claim, weights, analyze("The ministry noted the Harlow delegation."))
    assert same.score > derived.score > unrelated.score
    assert same.coverage > derived.coverage > unrelated.coverage
    share = 1 / len(claim.keys)
    assert derived.coverage == pytest.approx(unrelated.coverage + T.DERIVED_WORD_CREDIT * share)


# The troops, Ostland and the duties are the record's everyday words; what the claim adds is the arrival and
# the exclusion, each said as a verb.
RECORD = [readout_record(
    "https://www.whitehouse.gov/briefing-room/statement-on-ostland/",
    "The Ministry confirmed the arrival of Velmari troops in Ostland on Tuesday. "
    "The Ministry also announced the exclusion of Ostland grain from the new duties.",
    title="Statement on Ostland", published=datetime.combine(date(2024, 5, 6), time(15), UTC)),
    *filler_records(date(2024, 4, 1), [
        "Velmari troops in Ostland held exercises with the Ministry on Tuesday.",
        "The Ministry said Velmari troops in Ostland guarded the border.",
        "Ostland grain and the new duties were discussed by the Ministry.",
        "The Ministry said the new duties on Ostland grain would be reviewed.",
    ], slug="ostland")]


@pytest.mark.parametrize("claim", [
    "Velmari troops arrived in Ostland on Tuesday, the Ministry confirmed.",
    "The Ministry said it was excluding Ostland grain from the new duties.",
])
def test_the_derived_word_is_supported(tmp_path, claim):
    with checked_against(tmp_path / "record.db", RECORD) as check:
        verdict = check(claim, date(2024, 5, 6))
    assert verdict["verdict"] == "supported", verdict


def test_a_changed_detail_beside_the_derived_word_is_not_supported(tmp_path):
    with checked_against(tmp_path / "record.db", RECORD) as check:
        verdict = check("Velmari troops arrived in Westland on Tuesday, the Ministry confirmed.", date(2024, 5, 6))
    assert verdict["verdict"] != "supported", verdict


def test_a_word_both_write_alike_counts_though_one_side_reads_it_into_an_alias_group():
    # "covered goods" is read as "discussed" (the talks group), the claim's "covers" as itself: still one word.
    claim = analyze("The order covers goods from Ostland.")
    weights = dict.fromkeys(claim.keys, 1.0)
    record = analyze("Duty-free treatment ends for covered goods from Ostland.")
    assert "cover" in claim.keys and "cover" not in record.keys
    scored = coverage_of(claim, weights, record)
    assert "cover" not in scored.matched
    assert scored.coverage > 0.5
    assert scored.coverage == pytest.approx((2 + T.DERIVED_WORD_CREDIT) / 4)  # goods, Ostland; not the order


def test_a_claim_word_of_an_alias_group_is_still_its_own_word_to_its_derived_form():
    # "elevated" is read into the upgrade group, the record's "elevation" as itself: one word made two ways.
    claim = analyze("The ministers said relations would be elevated.")
    weights = dict.fromkeys(claim.keys, 1.0)
    record = analyze("The ministers announced the elevation of relations.")
    elevated = next(key for key in claim.keys if claim.surfaces[key] == "elevated")
    assert elevated.startswith("=") and elevated not in record.keys
    scored = coverage_of(claim, weights, record)
    assert scored.coverage == pytest.approx((2 + T.DERIVED_WORD_CREDIT) / 3)  # ministers, relations
    # Only a word made from it: the same spelling outside the group may be another sense ("freed" is released).
    freed = analyze("The envoy expected the prisoners to be freed.")
    weights = dict.fromkeys(freed.keys, 1.0)
    other_sense = coverage_of(freed, weights, analyze("The envoy defended a free press for the prisoners."))
    assert other_sense.coverage == pytest.approx(2 / 4)  # envoy, prisoners; neither "expected" nor "freed"
