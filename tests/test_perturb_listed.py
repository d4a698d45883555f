"""The perturbation harness's on-request `listed` kind: a claim's figure replaced by the figure its record sentence
gives another item of the same unit, written as the sentence writes it; nothing when the sentence gives no other
figure of that unit."""

from __future__ import annotations

from tests.eval.perturb import perturb_listed

SHARES = "The new plant's workforce is 40 percent engineers, 25 percent technicians and 10 percent apprentices."


def test_the_figure_of_another_item_of_the_record_sentence_replaces_the_claims():
    made = perturb_listed("Technicians make up 25 percent of the workforce.", [], SHARES)
    assert made is not None and made.claim == "Technicians make up 40 percent of the workforce."
    assert made.expected == frozenset({"number_mismatch"})


def test_no_other_figure_of_the_unit_makes_nothing():
    assert perturb_listed("The plant has 3 sites.", [], "The plant has 3 sites and 4 offices.") is None
    assert perturb_listed("Technicians make up 25 percent of the workforce.", [], "") is None
