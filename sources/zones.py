"""The official sources' own clocks: the time zone each publisher dates its pages in.

A time a source prints in UTC (a feed's pubDate "+0000") or without an offset is read on this clock by the
engine (verifier.evidence.publisher_clock) to know the publisher's own day and hour. Kept apart from the
registry, which imports the database's models: a check that stores nothing loads neither.
"""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import ZoneInfo

# IANA zone names, by source name (sources.registry.KNOWN_SOURCES).
SOURCE_ZONES: dict[str, str] = {
    "whitehouse": "America/New_York",
    "whitehouse-archive": "America/New_York",
    "china-mfa": "Asia/Shanghai",
    # The embassy's pages are dated in Beijing time, like the ministry's (the same TRS publishing system: trs.py).
    "china-embassy-us": "Asia/Shanghai",
}


@lru_cache(maxsize=64)
def source_zone(source: str) -> ZoneInfo | None:
    """The zone a source dates its publications in, or None for a source of unknown clock."""
    name = SOURCE_ZONES.get(source)
    return ZoneInfo(name) if name else None
