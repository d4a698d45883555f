"""What a negation reaches: a degree adverb that negates nothing, a speaker's filler it reaches past, a verb of
holding back whose denial asserts what follows it; a denial of the years between that "the first ... in years"
tells the other way round; keeping a thing in place against phasing it out; and a denied deed, which meets no
opposite.

Constructed sentences (no labelled article's words); each test fails on the engine before these rules.
"""

from __future__ import annotations

import pytest
from conftest import conflict_reasons

from verifier.normalize import analyze, negation_words
from verifier.rules.codes import NEGATION_MISMATCH, OPPOSITE_ACTION


def test_rather_as_a_degree_adverb_negates_nothing():
    # "A rather detailed record" is a fairly detailed one: it is what the claim says, not its denial.
    assert NEGATION_MISMATCH not in conflict_reasons(
        "The envoy recalled that a clerk had kept detailed minutes of the harbour talks in Tallinn.",
        "In Tallinn a clerk kept minutes of the harbour talks, rather detailed ones.")
    assert not analyze("Rather, the port authority approved the new berth.").negated
    # "Rather than" still sets aside what follows it.
    assert {"minut"} <= analyze("The envoy relied on memory rather than minutes of the harbour talks.").negated


def test_a_negation_reaches_past_a_speakers_filler():
    # "I don't think we will, you know, insist on ...": the filler interrupts the denied clause without ending it.
    assert NEGATION_MISMATCH in conflict_reasons(
        "The minister said the coast guard would insist that Latvia sign on to every part of the fisheries plan.",
        "I don't believe we will, you know, insist on Latvia signing on to every part of the fisheries plan.")
    # The same denial repeated around an aside is still the claim's own denial.
    assert NEGATION_MISMATCH not in conflict_reasons(
        "The minister said the coast guard does not seek a clash with the fishing fleet but will enforce the quota.",
        "The coast guard does not \u2014 does not, I emphasize \u2014 seek a clash with the fishing fleet, but it "
        "will enforce the quota.")
    # A comma that opens another clause still ends the negation's reach.
    opened = analyze("The coast guard did not sign the quota plan, and the fleet insisted on talks.")
    assert "insist" not in opened.negated


def test_every_filler_of_the_negation_data_is_reached_past():
    # verifier/data/negation.json lists the fillers: each, between commas or dashes, leaves the denial whole.
    for filler in negation_words()["fillers"]:
        written = filler[:1].upper() + filler[1:] if filler.startswith("i ") or filler.startswith("i'") else filler
        assert "insist" in analyze(f"We will not, {written}, insist on the quota plan.").negated, filler
        assert "insist" in analyze(f"We will not \u2014 {written} \u2014 insist on the quota plan.").negated, filler
    assert "insist" not in analyze("We will not, in the end, insist on the quota plan.").negated


@pytest.mark.parametrize("claim, record, contested", [
    ("The minister said the navy would take further steps if the fleet returned.",
     "We will not hesitate to take more steps should the fleet return.", False),
    ("The minister said the navy would not take further steps if the fleet returned.",
     "We will not hesitate to take more steps should the fleet return.", True),
    ("The report says the agency does not have the capacity to inspect every ship.",
     "The agency does not lack the capacity to inspect every ship; it simply is unwilling to do so.", True),
])
def test_a_denied_holding_back_asserts_the_deed(claim, record, contested):
    # "Will not hesitate to take further steps" says the steps will be taken: it agrees with a claim that they
    # will be and disagrees with one that they will not.
    assert (NEGATION_MISMATCH in conflict_reasons(claim, record)) is contested


def test_never_failed_to_is_the_deed_done():
    assert "quota" not in analyze("The minister never failed to raise the fisheries quota.").negated
    assert "quota" in analyze("The minister failed to raise the fisheries quota.").negated


def test_keeping_in_place_is_the_opposite_of_phasing_out():
    # "Keep the levy in place" against "phase out the levy": the opposite deed on the same thing.
    assert OPPOSITE_ACTION in conflict_reasons("Estonia will also keep its port levy on foreign trawlers in place.",
                                               "Estonia will also phase out the port levy for foreign trawlers.")
    assert OPPOSITE_ACTION not in conflict_reasons("Estonia will phase out its port levy on foreign trawlers.",
                                                   "Estonia will phase out the port levy for foreign trawlers.")


def test_none_in_years_is_the_first_in_years():
    # "No Estonian leader had addressed the assembly in more than ten years" denies the years between, which
    # "the first Estonian leader in over a decade to address the assembly" says too.
    assert NEGATION_MISMATCH not in conflict_reasons(
        "No Estonian leader had addressed the harbour assembly in more than ten years.",
        "The prime minister became the first Estonian leader in over a decade to address the harbour assembly.")
    # Without a "first" the record's deed is no span of years: it contradicts the denial.
    assert NEGATION_MISMATCH in conflict_reasons("The prime minister had not visited Tartu in five years.",
                                                 "The prime minister visited Tartu last year for talks on the harbour.")


def test_a_denied_deed_has_no_opposite_to_meet():
    # "Will not withdraw" agrees with the record's deployment (and with its own "will not withdraw").
    assert OPPOSITE_ACTION not in conflict_reasons(
        "Latvian troops will not pull out at once but will keep their positions while the Estonian army "
        "deploys north.",
        "Latvian troops will keep their positions. They will not pull out. The Estonian army will begin its "
        "deployment towards the north.")
    assert OPPOSITE_ACTION in conflict_reasons("Latvian troops will withdraw from the border posts this week.",
                                               "Latvian troops will deploy to the border posts this week.")
