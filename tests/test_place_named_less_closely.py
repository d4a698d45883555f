"""A place named at a wider level than the record names it ("in California" for a meeting the readout places in
San Francisco, "in Thailand" for one held "here in Bangkok") is the same place named less closely, whatever the
level: a state as well as a country (the lexicon's `within`). Another state or country is still another place
(rules/occasions._occasion_conflict, verdicts._states).

Constructed record and article (no labelled article's words).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, readout_record

READOUT = readout_record(
    "https://www.whitehouse.gov/briefing-room/2025/03/11/readout-marlow-aldric-sf/",
    ("President Marlow met today with King Aldric of Westmark in San Francisco. The leaders agreed to open a "
     "joint harbor pilot school and to survey the Grey Banks fisheries together."),
    title="Readout of President Marlow's Meeting with King Aldric of Westmark",
    published=datetime(2025, 3, 11, 20, 0, tzinfo=UTC))
# The record names the wider places elsewhere, so it knows them.
ELSEWHERE = readout_record(
    "https://www.whitehouse.gov/briefing-room/2024/06/02/statement-wildfires/",
    "The President approved disaster declarations for California and Oregon after the wildfires.",
    title="Statement on the Wildfires", published=datetime(2024, 6, 2, 18, 0, tzinfo=UTC))
ARTICLE = "President Marlow hosted King Aldric of Westmark on Tuesday.\n\n{claim}"


def _verdict(tmp_path, claim: str) -> tuple[str, list[str]]:
    found = check_claim(tmp_path / "record.db", [READOUT, ELSEWHERE], ARTICLE.format(claim=claim),
                        date(2025, 3, 12), claim_index=1)
    return found["verdict"], found["reasons"]


def test_the_state_of_the_readouts_city_is_the_same_place(tmp_path):
    verdict = _verdict(tmp_path, "During their meeting in California, the leaders agreed to open a joint harbor "
                                 "pilot school and to survey the Grey Banks fisheries together.")
    assert verdict[0] == "supported", verdict


def test_another_state_is_another_place(tmp_path):
    verdict = _verdict(tmp_path, "During their meeting in Oregon, the leaders agreed to open a joint harbor "
                                 "pilot school and to survey the Grey Banks fisheries together.")
    assert verdict[0] == "contested", verdict


# A briefing of the talks that names no place, and the readout that places them in the city.
BRIEFING = readout_record(
    "https://www.whitehouse.gov/briefing-room/2025/03/11/background-call-fisheries-talks/",
    "Mr. Halden raised the quota dispute with Mr. Orrin over two days of talks on the fisheries.",
    title="Background Press Call on the Fisheries Talks", published=datetime(2025, 3, 11, 22, 0, tzinfo=UTC))
TALKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/2025/03/11/readout-halden-orrin/",
    "Mr. Halden raised the quota dispute with Mr. Orrin over two days of talks here in Bangkok.",
    title="Readout of Mr. Halden's Meeting with Mr. Orrin", published=datetime(2025, 3, 11, 21, 0, tzinfo=UTC))
THAILAND = readout_record(
    "https://www.whitehouse.gov/briefing-room/2024/06/03/statement-floods/",
    "The United States will send relief supplies to Thailand after the floods.", title="Statement on the Floods",
    published=datetime(2024, 6, 3, 18, 0, tzinfo=UTC))


def test_a_support_in_the_city_states_the_country(tmp_path):
    article = ("Mr. Halden met Mr. Orrin this week.\n\nMr. Halden raised the quota dispute with Mr. Orrin during "
               "two days of talks in Thailand.")
    found = check_claim(tmp_path / "record.db", [BRIEFING, TALKS, THAILAND], article, date(2025, 3, 12),
                        claim_index=1)
    assert found["verdict"] == "supported", (found["verdict"], found["reasons"])
