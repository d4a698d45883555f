"""A claim that dates an announcement ("had announced the summit on March 11") against the publication of that day,
which names the coming occasion's own, later day ("will host the summit on March 22"): the two dates are of two
things, not a date mismatch. A claim that gives the occasion another day is still contested.

Constructed sentences and records (no labelled article's words); the first test fails when the announcement's day
is compared with the occasion's.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from conftest import checked_against, readout_record

RECORD = [readout_record(
    "https://www.whitehouse.gov/briefing-room/statement-on-the-harbour-summit/",
    "President Marlow will host the first Harbour Summit of Westmark and Ostland at the Lakeside Palace on March "
    "22. The administration has made rebuilding the harbour partnership a priority.",
    title="Statement by the Press Secretary on the Harbour Summit",
    published=datetime.combine(date(2024, 3, 11), time(15), UTC))]


@pytest.mark.parametrize("day", ["March 11", "Monday, March 11"])
def test_the_day_an_occasion_was_announced_is_not_its_day(tmp_path, day):
    with checked_against(tmp_path / "record.db", RECORD) as check:
        verdict = check(f"The White House had announced the Harbour Summit on {day}, saying the administration had "
                        "made rebuilding the harbour partnership a priority.", date(2024, 3, 23))
    assert "date_mismatch" not in verdict["reasons"], verdict


def test_another_day_for_the_occasion_is_still_contested(tmp_path):
    with checked_against(tmp_path / "record.db", RECORD) as check:
        verdict = check("President Marlow will host the first Harbour Summit of Westmark and Ostland at the "
                        "Lakeside Palace on March 25.", date(2024, 3, 12))
    assert verdict["verdict"] == "contested", verdict
    assert "date_mismatch" in verdict["reasons"]
