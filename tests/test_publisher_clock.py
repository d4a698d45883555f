"""The day and hour on a publisher's own clock (evidence.publisher_clock), which the date rules compare.

A feed's pubDate is printed in UTC ("+00:00", "Z"), and the import takes a time without an offset as UTC: neither
is the hour the publisher's staff saw, which decides whether a transcript is of that day's words
(rules.dates.transcript_days, thresholds.TRANSCRIPT_SAME_DAY_HOUR) and which day a publication is of (local_day).
"""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

import pytest

from db.index import SentenceHit
from verifier.evidence import local_day, publisher_clock
from verifier.rules.dates import transcript_days


@pytest.mark.parametrize(("printed", "source", "clock"), [
    # UTC, however written, is moved to the publisher's zone: 10:00 UTC is 05:00 in Washington in January.
    ("2024-01-27T10:00:00Z", "whitehouse", (date(2024, 1, 27), 5)),
    ("2024-01-27T10:00:00+00:00", "whitehouse", (date(2024, 1, 27), 5)),
    ("2024-01-27T02:00:00Z", "whitehouse-archive", (date(2024, 1, 26), 21)),  # 9 p.m. the evening before
    ("2024-01-27T20:00:00Z", "china-mfa", (date(2024, 1, 28), 4)),  # 4 a.m. the next day in Beijing
    # A time with no offset is stored as UTC (importing.parse_time), and read so.
    ("2024-01-27T10:00:00", "whitehouse", (date(2024, 1, 27), 5)),
    # The publisher's own offset is its own clock, whatever the source.
    ("2024-01-27T10:00:00+08:00", "china-mfa", (date(2024, 1, 27), 10)),
    ("2024-01-27T10:00:00-05:00", "whitehouse", (date(2024, 1, 27), 10)),
    ("2024-01-27T23:30:00-05:00", "china-mfa", (date(2024, 1, 27), 23)),
    # A source whose zone is unknown keeps UTC's clock.
    ("2024-01-27T10:00:00Z", "example-agency", (date(2024, 1, 27), 10)),
    # A day alone has no hour; words are no time.
    ("2024-01-27", "whitehouse", (date(2024, 1, 27), None)),
    # ... nor has a day alone written out as UTC's midnight: it keeps its day, not Washington's evening before.
    ("2024-01-27T00:00:00Z", "whitehouse", (date(2024, 1, 27), None)),
    ("2024-01-27T00:00:00+00:00", "china-mfa", (date(2024, 1, 27), None)),
    ("2024-01-27T00:00:00", "whitehouse-archive", (date(2024, 1, 27), None)),
    # A second past midnight is a time; 19:00 in Washington printed with its own offset is too.
    ("2024-01-27T00:00:01Z", "whitehouse", (date(2024, 1, 26), 19)),
    ("2024-01-26T19:00:00-05:00", "whitehouse", (date(2024, 1, 26), 19)),
    ("January 27, 2024", "whitehouse", None),
])
def test_the_publishers_clock(printed, source, clock):
    assert publisher_clock(printed, source) == clock


def _transcript(printed: str, published: datetime) -> SimpleNamespace:
    """A transcript's sentence as a candidate: transcript_days reads its first hit only."""
    hit = SentenceHit(sentence_id=1, readout_id=1, position=0, start=0, end=10, text="We discussed trade.",
                      speaker="MS. JEAN-PIERRE", is_evidence=True, rank=0.0, url="https://example.gov/briefing/",
                      title="Press Briefing", source="whitehouse", side="us-government", kind="transcript",
                      published=published, published_text=printed)
    return SimpleNamespace(first=hit)


def test_a_transcript_printed_in_utc_is_dated_by_washingtons_hour():
    # 16:00 UTC is 11:00 in Washington: a morning posting, which may be of the day before's words.
    morning = _transcript("2024-01-26T16:00:00Z", datetime(2024, 1, 26, 16, 0))
    assert local_day(morning.first) == date(2024, 1, 26)
    assert transcript_days(morning) == {date(2024, 1, 26), date(2024, 1, 25)}
    # 02:00 UTC on the 27th is 21:00 on the 26th in Washington: an evening posting, of that day's words.
    evening = _transcript("2024-01-27T02:00:00Z", datetime(2024, 1, 27, 2, 0))
    assert local_day(evening.first) == date(2024, 1, 26)
    assert transcript_days(evening) == {date(2024, 1, 26)}


def test_every_known_source_has_its_clock():
    from sources.registry import KNOWN_SOURCES
    from sources.zones import SOURCE_ZONES, source_zone

    assert set(SOURCE_ZONES) == set(KNOWN_SOURCES)
    assert all(source_zone(name) is not None for name in KNOWN_SOURCES)
