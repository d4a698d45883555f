"""A record's "today" that dates another deed than the claim's: "Today, the President met the hosts of the
upcoming summit" dates the meeting with the hosts, and the summit a claim puts on the next day is still to come
there, which the record says too. A claim that puts the summit before the record's day stays contested.

Constructed record and claims (no labelled article's words).
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import checked_against, filler_records

RECORD = filler_records(date(2024, 5, 10), [  # a Friday
    ("Fact Sheet: Results of the President's Meeting in Bergen",
     "Today, President Marlow met in Bergen with the leaders of Norway, our hosts for the upcoming summit with "
     "the Nordic Council countries plus Iceland and Greenland."),
], slug="upcoming")


def test_the_day_of_another_deed_is_no_date_of_the_upcoming_occasion(tmp_path):
    claim = ("On Saturday President Marlow attends a summit with the Nordic Council countries plus Iceland and "
             "Greenland.")
    with checked_against(tmp_path / "record.db", RECORD) as check:
        verdict = check(claim, date(2024, 5, 11))  # the Saturday itself
    assert "date_mismatch" not in verdict["reasons"], verdict


@pytest.mark.parametrize("day", ["On Thursday", "On Wednesday"])
def test_an_upcoming_occasion_dated_before_the_record_stays_contested(tmp_path, day):
    claim = f"{day} President Marlow attended a summit with the Nordic Council countries plus Iceland and Greenland."
    with checked_against(tmp_path / "record.db", RECORD) as check:
        verdict = check(claim, date(2024, 5, 11))
    assert verdict["verdict"] == "contested" and "date_mismatch" in verdict["reasons"], verdict
