"""A year the record counts from its own day ("started last year" in a fact sheet of 2021 is 2020) against the
year a claim writes out ("began in 2019"): the mirror of a claim's "next year" against a record's written year.

Found among the missed date contests of the read sets (a claim's year the record's sentence tells in words
counted from its publication); the test is constructed, with no article's words, and fails on the code before
the rule. The agreeing year, and a year that names a thing rather than dating the deed, are asserted beside it.
"""

from __future__ import annotations

from tests.test_verdict_rules import _decided, _in_window
from verifier.normalize import analyze
from verifier.rules.codes import DATE_MISMATCH

# The record sentences are published on April 1, 2024 (_in_window): their "last year" is 2023.
_RECORD = "Formal talks on the fisheries accord resumed last year after a pause of two decades."


def _verdict(claim_text: str, record: str = _RECORD) -> tuple[str, list[str]]:
    claim = analyze(claim_text)
    weights = {key: 1.0 for key in claim.keys}
    return _decided(claim, [_in_window(claim, weights, 1, record)], weights)


def test_a_year_the_record_counts_from_its_day_contests_another_written_year():
    assert _verdict("Formal talks on the fisheries accord resumed in 2021 after a pause of two decades.") == (
        "contested", [DATE_MISMATCH])
    assert _verdict("Formal talks on the fisheries accord resumed in 2023 after a pause of two decades.") == (
        "supported", [])


def test_a_year_that_names_a_thing_is_no_date_of_the_deed():
    # "The 2021 accord" names which accord; the record's "last year" dates the talks, which the claim leaves
    # undated.
    record = "Formal talks on the 2021 fisheries accord started last year."
    assert _verdict("Formal talks on the 2021 fisheries accord have started.", record)[0] != "contested"


def test_a_past_year_is_no_date_of_a_deed_the_record_plans():
    # The record's "next year" (2025) is a plan; the claim's 2019 dates something done, another deed.
    record = "They agreed to open a joint customs training center in Valparaiso next year."
    assert _verdict("After the visit in 2019, they agreed to open a joint customs training center in Valparaiso.",
                    record)[0] != "contested"
    assert _verdict("They agreed to open a joint customs training center in Valparaiso in 2027.", record) == (
        "contested", [DATE_MISMATCH])
