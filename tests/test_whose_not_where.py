"""A name that says whose or from whom places no occasion: "made clear to the Kenyan and Tanzanian ministers" is
whose ministers they were, not a meeting in Kenya that a readout of talks in Nairobi's neighbour never names;
"officials from the Commerce Department" came from it, not to it. Only "at" or "in" makes a government body a
venue, and a country's adjective before a place's noun ("in the Kenyan capital") still places the deed.
Constructed sentences and records, real databases, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, readout_record

from verifier.normalize import analyze
from verifier.rules.codes import CONTESTED
from verifier.rules.occasions import _whose_not_where

_READOUT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/03/05/readout-envoy-meeting-tanzania/",
    "The Special Envoy met today with Foreign Minister Amani Luka of Tanzania in Dodoma. The Special Envoy "
    "made clear that the rail corridor to the port must stay open to all shippers. Deputy Secretary of "
    "Commerce Ruth Osei and senior officials of the trade agency joined the delegation.",
    title="Readout of the Special Envoy's Meeting with Foreign Minister Amani Luka of Tanzania",
    published=datetime(2024, 3, 5, 20, tzinfo=UTC))


def test_a_countrys_adjective_before_its_people_places_no_meeting(tmp_path):
    claim = check_claim(tmp_path / "adjective.db", [_READOUT],
                        "The envoy also made clear to the Kenyan and Tanzanian ministers that the rail corridor to "
                        "the port must stay open to all shippers.", date(2024, 3, 6))
    assert claim["verdict"] != CONTESTED, (claim["verdict"], claim["reasons"])


def test_whose_and_where():
    def reads(text: str, surface: str) -> bool:
        analysis = analyze(text)
        [entity] = [e for e in analysis.entities if analysis.tokens[e.index].surface == surface]
        return _whose_not_where(analysis, entity)

    assert reads("He made clear to the Kenyan and Tanzanian ministers that it must stay open.", "Kenyan")
    assert reads("He made clear to the Kenyan and Tanzanian ministers that it must stay open.", "Tanzanian")
    assert reads("Senior officials from the Commerce Department joined the delegation.", "Commerce Department")
    # Where the deed was done.
    assert not reads("They met in the Kenyan capital on Tuesday.", "Kenyan")
    assert not reads("They met in Kenya on Tuesday.", "Kenya")
    assert not reads("She hosted a working lunch at the Commerce Department.", "Commerce Department")
