"""A claim that dates an announcement ("had announced the summit on March 11") against the publication of that day,
which names the coming occasion's own, later day ("will host the summit on March 22"): the two dates are of two
things, not a date mismatch. A claim that gives the occasion another day is still contested. And the statement
announcing a coming occasion came out on the day it was announced: a claim that dates the announcement to another
day ("had announced the visit on March 4" of a statement out on March 11) is contested.

Constructed sentences and records (no labelled article's words); the first test fails when the announcement's day
is compared with the occasion's, the announcement's other days when the statement's own day is not read.
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


# A statement announcing a coming visit without its day.
UNDATED_VISIT = [readout_record(
    "https://www.whitehouse.gov/briefing-room/statement-on-the-visit-of-chancellor-ostrand/",
    "President Marlow will welcome Chancellor Ostrand of Ostland to the White House to review their growing "
    "security cooperation on the harbour.",
    title="Statement by the Press Secretary on the Visit of Chancellor Ostrand",
    published=datetime.combine(date(2024, 3, 11), time(15), UTC))]


@pytest.mark.parametrize("when", ["on March 4", "on Tuesday", "in early February"])
def test_another_day_for_the_announcement_is_contested(tmp_path, when):
    # The statement announcing the coming visit came out on Monday, March 11: that is the day it was announced.
    with checked_against(tmp_path / "record.db", UNDATED_VISIT) as check:
        verdict = check(f"The White House had announced the visit {when}, saying President Marlow would welcome "
                        "Chancellor Ostrand to review their growing security cooperation on the harbour.",
                        date(2024, 3, 14))
    assert verdict["verdict"] == "contested", verdict
    assert "date_mismatch" in verdict["reasons"]


@pytest.mark.parametrize("records", [RECORD, UNDATED_VISIT])
@pytest.mark.parametrize("when", ["on Monday", "in mid-March"])
def test_the_announcements_own_day_is_not_contested(tmp_path, when, records):
    # Against the summit's statement, the weekday is the announcement's, not the summit's March 22.
    with checked_against(tmp_path / "record.db", records) as check:
        verdict = check(f"The White House had announced the Harbour Summit {when}, saying President Marlow would "
                        "host the first Harbour Summit of Westmark and Ostland at the Lakeside Palace.",
                        date(2024, 3, 14))
    assert "date_mismatch" not in verdict["reasons"], verdict


def test_a_record_recalling_the_announcement_is_not_the_announcement(tmp_path):
    recalled = [readout_record(
        "https://www.whitehouse.gov/briefing-room/statement-on-the-visit-of-chancellor-ostrand-2/",
        "As announced last week, President Marlow will welcome Chancellor Ostrand of Ostland to the White House to "
        "review their growing security cooperation on the harbour.",
        title="Statement by the Press Secretary on the Visit of Chancellor Ostrand",
        published=datetime.combine(date(2024, 3, 11), time(15), UTC))]
    with checked_against(tmp_path / "record.db", recalled) as check:
        verdict = check("The White House had announced the visit on March 4, saying President Marlow would welcome "
                        "Chancellor Ostrand to review their growing security cooperation on the harbour.",
                        date(2024, 3, 14))
    assert "date_mismatch" not in verdict["reasons"], verdict
