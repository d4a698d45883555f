"""Figures whose unit is the point: a sum in euros or pounds is compared like one in dollars ("€40 billion" against
"€50 billion"), and never with a dollar sum; a length written with the record's bounded figure in another unit
("nearly 250 months" / "for nearly 250 years") is another length; an ordinal after a pair of parties ("a second
U.S.-Ostland naval exercise") ranks the noun after the pair, so "a third naval exercise" is another rank of it; and
a count after a year and its comma ("in 2022, five weeks before") is read, not swallowed as the year's unit.

Found by the perturbation harness (tests/eval/perturb.py), each a detail changed in a supported claim that the engine
still supported. Constructed sentences (no labelled article's words); each test fails on the engine before the
reading it names.
"""

from __future__ import annotations

import pytest
from conftest import conflict_reasons

from verifier.normalize import analyze
from verifier.rules.codes import NUMBER_MISMATCH

RECORD_FUND = "The partners will announce a minimum baseline of {sign}40 billion for the reconstruction fund next year."


@pytest.mark.parametrize("sign", ["€", "£", "$"])
def test_another_sum_in_the_same_currency_is_contested(sign):
    claim = f"The partners were set to announce a minimum baseline of {sign}50 billion for the reconstruction fund."
    assert NUMBER_MISMATCH in conflict_reasons(claim, RECORD_FUND.format(sign=sign))


@pytest.mark.parametrize("sign", ["€", "£", "$"])
def test_the_same_sum_in_the_same_currency_is_no_contest(sign):
    claim = f"The partners were set to announce a minimum baseline of {sign}40 billion for the reconstruction fund."
    assert NUMBER_MISMATCH not in conflict_reasons(claim, RECORD_FUND.format(sign=sign))


def test_each_currency_is_its_own_unit():
    units = [quantity.unit for quantity in analyze("€3 billion, 40 billion euros, £2bn and US$5 million").quantities]
    assert units == ["€", "€", "£", "$"]


def test_a_bounded_figure_in_another_unit_of_time_is_another_length():
    record = "As Ostland's oldest partner, for nearly 250 years, Westmark has stood with it in every crisis."
    assert NUMBER_MISMATCH in conflict_reasons(
        "The statement called Westmark Ostland's oldest partner, for nearly 250 months.", record)
    assert NUMBER_MISMATCH not in conflict_reasons(
        "The statement called Westmark Ostland's oldest partner, for nearly 250 years.", record)


def test_an_ordinal_after_a_pair_of_parties_ranks_the_noun_after_it():
    record = "The United States plans to hold a second U.S.-Ostland naval exercise in 2026, hosted by Ostland."
    assert NUMBER_MISMATCH in conflict_reasons(
        "A third joint naval exercise with Ostland is planned for 2026, hosted by Ostland.", record)
    assert NUMBER_MISMATCH not in conflict_reasons(
        "A second joint naval exercise with Ostland is planned for 2026, hosted by Ostland.", record)


def test_a_count_after_a_year_and_its_comma_is_read():
    # "In 2022, five weeks before": the year's comma ends the year, and the count after it is a count of its own.
    assert [q.value for q in analyze("She met him in 2022, five weeks before the vote.").quantities] == [35.0]
    assert [(q.value, q.unit) for q in analyze("Since 2021, three summits were held.").quantities] == [(3.0, "summit")]
