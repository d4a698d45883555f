"""A figure the claim gives as a round bound ("more than 50 synthetic drugs") for the record's exact figure told
around other words ("55 dangerous synthetic drugs"): the same count, rounded, not another number. A record's own
bound a whole round step past the claim's ("more than 400" for "more than 300") stays another figure.

Constructed sentences and records (no labelled article's words); the first test fails when a figure in other
words is compared without the bound the claim writes.
"""

from __future__ import annotations

from datetime import date

from conftest import checked_against, filler_records

from verifier.normalize import analyze
from verifier.rules.conflicts import find_conflicts

RECORD = filler_records(date(2024, 9, 2), [
    ("Readout of President Marlow's Meeting with the Chancellor of Westmark",
     "President Marlow welcomed Westmark's listing of 55 dangerous harbour chemicals as controlled substances, "
     "and he called for additional steps in the months ahead."),
], slug="bounds")


def test_a_round_bound_holds_the_exact_figure_in_other_words(tmp_path):
    claim = "Marlow welcomed Westmark's listing of more than 50 harbour chemicals as controlled substances."
    record = ("President Marlow welcomed Westmark's listing of 55 dangerous harbour chemicals as controlled "
              "substances, and he called for additional steps in the months ahead.")
    assert "number_mismatch" not in find_conflicts(analyze(claim), analyze(record)).reasons
    with checked_against(tmp_path / "record.db", RECORD) as check:
        verdict = check(claim, date(2024, 9, 3))
    assert verdict["verdict"] != "contested", verdict


def test_a_record_bound_a_round_step_further_is_another_figure():
    claim = analyze("Ostland renewed the licences of more than 300 Westmark fishing boats.")
    record = analyze("Ostland renewed the expired licences of more than 400 Westmark fishing vessels.")
    assert "number_mismatch" in find_conflicts(claim, record).reasons
    # Within the step, the record's bound holds the claim's.
    record = analyze("Ostland renewed the expired licences of more than 340 Westmark fishing vessels.")
    assert "number_mismatch" not in find_conflicts(claim, record).reasons
