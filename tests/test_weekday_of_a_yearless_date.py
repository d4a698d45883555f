"""A weekday written with a date that has no year ("declared on Wednesday, April 2") names that date in some
year near the article's: in a November article, last April's as well as the coming one's. It contradicts the
record's same date only when it fits none of them. Found among eval-rephrase's false contests (the weekday
kind); constructed sentences that fail on the code before the rule."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.test_verdict_rules import _in_window
from verifier.normalize import analyze
from verifier.rules.codes import DATE_MISMATCH, Anchor
from verifier.rules.dates import weekday_of_date_conflict


def _anchor(day: date) -> Anchor:
    return Anchor(date=datetime(day.year, day.month, day.day, 23, 59, tzinfo=UTC), known=True, day=day)


def test_a_weekday_that_fits_the_date_in_a_year_near_the_article_is_no_contradiction():
    claim = analyze("The levy dates from an emergency the governor declared on Wednesday, April 2.")
    record = _in_window(claim, {key: 1.0 for key in claim.keys}, 1,
                        "On April 2, the governor declared an emergency over the floods.")
    # April 2 was a Wednesday in 2025, a Thursday in 2026: a November 2025 article may mean either.
    assert not weekday_of_date_conflict(claim, record, _anchor(date(2025, 11, 20))).reasons


def test_a_weekday_that_fits_no_near_reading_of_the_date_is_contradicted():
    claim = analyze("The levy dates from an emergency the governor declared on Sunday, April 2.")
    record = _in_window(claim, {key: 1.0 for key in claim.keys}, 1,
                        "On April 2, the governor declared an emergency over the floods.")
    assert weekday_of_date_conflict(claim, record, _anchor(date(2025, 11, 20))).reasons == (DATE_MISMATCH,)
    # A week after the date, only this year's reading is near: Wednesday fits it, Thursday does not.
    thursday = analyze("The levy dates from an emergency the governor declared on Thursday, April 2.")
    assert weekday_of_date_conflict(thursday, record, _anchor(date(2025, 4, 9))).reasons == (DATE_MISMATCH,)
