"""A venue the claim places in a city the record names ("at Farmleigh House in Dublin" / a day's schedule in
Dublin): the record tells the occasion at the coarser level and is silent on the venue, which is no other place.
Constructed sentences and records, real databases, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, readout_record

from verifier.rules.codes import CONTESTED

_GAGGLE = readout_record(
    "https://www.whitehouse.gov/briefing-room/press-briefings/2024/05/14/press-gaggle-on-the-trip-to-esmerel/",
    "This morning President Biden will meet with Prime Minister Anja Halvorsen in Lisbon, and tonight he will "
    "attend a dinner hosted by the Prime Minister at the historic Lisbon Palace.",
    title="Press Gaggle by Press Secretary Karine Jean-Pierre on the President's Trip to Esmerel",
    published=datetime(2024, 5, 14, 9, tzinfo=UTC))


def test_a_venue_in_the_city_the_record_names_is_not_contested(tmp_path):
    result = check_claim(tmp_path / "venue.db", [_GAGGLE],
                         "President Joe Biden met Prime Minister Anja Halvorsen at Ajuda Palace in Lisbon on Tuesday.",
                         date(2024, 5, 14))
    assert result["verdict"] != CONTESTED, (result["verdict"], result["reasons"])


def test_a_venue_in_another_city_is_still_contested(tmp_path):
    result = check_claim(tmp_path / "venue-elsewhere.db", [_GAGGLE],
                         "President Joe Biden met Prime Minister Anja Halvorsen at Ajuda Palace in Porto on Tuesday.",
                         date(2024, 5, 14))
    assert result["verdict"] == CONTESTED, (result["verdict"], result["reasons"])
