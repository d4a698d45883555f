"""A city whose name holds its country's ("Mexico City", "Kuwait City", "Panama City") is that city: a place
where the claim's meeting was held, not the country and the word "city". Constructed records and claims in a
real SQLite database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier.normalize import analyze, lexicon
from verifier.rules.codes import PLACE_MISMATCH

DAY = date(2025, 6, 12)

TALKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/2025/06/11/readout-okafor-arvelo/",
    "Secretary Okafor met today with Foreign Minister Arvelo in Mexico City. The two discussed port security, "
    "shipping lanes and the fisheries accord. They agreed to keep open lines of communication.",
    title="Readout of Secretary Okafor's Meeting with Foreign Minister Arvelo",
    published=datetime(2025, 6, 11, 21, 0, tzinfo=UTC))


def test_the_whole_name_is_the_city_within_its_country():
    lex = lexicon()
    for text, country in (("in Mexico City", "=mexico"), ("in Kuwait City", "=kuwait"),
                          ("in Guatemala City", "=guatemala")):
        keys = analyze(f"The ministers met {text} on Tuesday.").keys
        [city] = [key for key in keys if lex.entity_kind.get(key) == "place"]
        # Not the country: the city lies in it.
        assert country not in keys and "city" not in keys, keys
        assert lex.located_in[city] == country, city
    # The country's own name, and a state that holds it, read as before.
    assert "=mexico" in analyze("Mexico agreed to the accord.").keys
    assert "=new_mexico" in analyze("New Mexico agreed to the accord.").keys


def test_a_meeting_held_in_the_city_is_not_held_in_another_town(tmp_path):
    elsewhere, there, country = check_claims(tmp_path / "talks.db", [TALKS], [
        ("Secretary Okafor met with Foreign Minister Arvelo in Monterrey to discuss port security.", DAY),
        ("Secretary Okafor met with Foreign Minister Arvelo in Mexico City to discuss port security.", DAY),
        ("Secretary Okafor met with Foreign Minister Arvelo in Mexico to discuss port security.", DAY)])
    # The record's meeting is placed in a city, so another town is another place (not another party).
    assert (elsewhere["verdict"], elsewhere["reasons"]) == ("contested", [PLACE_MISMATCH]), elsewhere
    # The city itself, and the country it lies in, are where the meeting was.
    assert there["verdict"] == "supported", there
    assert country["verdict"] == "supported", country
