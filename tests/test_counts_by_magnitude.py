"""A count given by its order of magnitude alone ("dozens of", "hundreds of", "tens of thousands of") is a
figure: another order of magnitude of the same thing contradicts it. Found among the missed contests of the
read sets (the engine read no quantity in either); constructed sentences, failing on the code before the
rule."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import NUMBER_MISMATCH
from verifier.rules.conflicts import find_conflicts


def _conflicts(claim: str, record: str) -> tuple[str, ...]:
    return find_conflicts(analyze(claim), analyze(record)).reasons


def test_another_order_of_magnitude_of_the_same_thing_contradicts_the_claims():
    assert NUMBER_MISMATCH in _conflicts("The ceasefire will lead to the return of hundreds of displaced families.",
                                         "The ceasefire will lead to the return of dozens of displaced families.")
    # "Tens of thousands of" is one count, not "thousands of" inside it.
    assert NUMBER_MISMATCH in _conflicts("The agency shipped thousands of water filters to the valley.",
                                         "The agency shipped tens of thousands of water filters to the valley.")


def test_the_same_magnitude_or_another_things_count_is_no_contradiction():
    # "Scores" are dozens; the record's count of another thing says nothing of the claim's.
    assert NUMBER_MISMATCH not in _conflicts("The ceasefire will lead to the return of scores of displaced "
                                             "families.",
                                             "The ceasefire will lead to the return of dozens of displaced families.")
    assert NUMBER_MISMATCH not in _conflicts("The ceasefire will lead to the return of hundreds of displaced "
                                             "families.",
                                             "The ceasefire will lead to the return of hundreds of displaced "
                                             "families and dozens of aid trucks.")
    # A record that gives no magnitude of the thing neither contradicts nor states it.
    assert NUMBER_MISMATCH not in _conflicts("The ceasefire will lead to the return of hundreds of displaced "
                                             "families.",
                                             "The ceasefire will lead to the return of displaced families.")


def test_a_magnitude_standing_alone_counts_what_is_said_of_it():
    # "Thousands were evacuated": the noun goes unsaid; the same thing said of both makes them one count.
    assert NUMBER_MISMATCH in _conflicts("Hundreds of residents were evacuated from the flooded river towns.",
                                         "Thousands were evacuated from the flooded river towns overnight.")
    assert NUMBER_MISMATCH in _conflicts("Dozens have been wrongly imprisoned by the junta, the envoy said.",
                                         "Hundreds of activists have been wrongly imprisoned by the junta.")


def test_a_magnitude_alone_of_something_else_is_no_contradiction():
    claim = "Hundreds of residents were evacuated from the flooded river towns."
    # What is said of the record's count is another matter: it counts another thing.
    assert NUMBER_MISMATCH not in _conflicts(claim, "Thousands were left without power after the storm.")
    # The same magnitude, once with its noun and once without, agrees.
    record = "Thousands were evacuated from the flooded river towns overnight."
    assert NUMBER_MISMATCH not in _conflicts(claim.replace("Hundreds", "Thousands"), record)
