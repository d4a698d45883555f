"""A capital opening a clause after a subordinating conjunction ("if Moscow keeps escalating", "unless Beijing
agrees") is that clause's subject, its government: a claim naming the capitals where the record names the
countries says the same thing. Constructed record in a real SQLite database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import check_claims, conflict_reasons, readout_record

DAY = date(2024, 3, 6)

WARNING = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/03/05/statement-pipeline-sanctions/",
    ("Today I directed my administration to impose sanctions on the company building the Baltic "
     "pipeline. As I have said, we will not hesitate to impose further costs if Russia continues to "
     "threaten its neighbours."),
    title="Statement by the President on the Pipeline Sanctions", published=datetime(2024, 3, 5, 21, 0, tzinfo=UTC))


def test_a_capital_after_if_is_its_government(tmp_path):
    capitals, other = check_claims(tmp_path / "warning.db", [WARNING], [
        ("Biden warned that Washington would not hesitate to impose further costs if Moscow keeps "
         "threatening its neighbours.", DAY),
        ("Biden warned that Washington would not hesitate to impose further costs if Minsk keeps threatening "
         "its neighbours.", DAY)])
    # "Washington" is the speaker's own government ("we"), "Moscow" Russia's: the record's sentence in other
    # names.
    assert capitals["verdict"] == "supported", capitals
    # Another capital where the record has Russia is another party: not stated.
    assert other["verdict"] != "supported", other


@pytest.mark.parametrize(("capital", "country"), [
    ("Phnom Penh", "Cambodia"), ("Kuala Lumpur", "Malaysia"), ("Wellington", "New Zealand"),
    ("Addis Ababa", "Ethiopia"), ("Port Moresby", "Papua New Guinea"), ("Bishkek", "Kyrgyzstan"),
])
def test_the_worlds_capitals_stand_for_their_governments(capital, country):
    # A capital as a subject speaks for its country's government, whichever of the world's capitals it is.
    claim = f"{capital} will not impose quotas on imports of grain unless both sides agree otherwise."
    record = f"{country} shall not impose quotas on imports of grain unless otherwise agreed by the Parties."
    assert conflict_reasons(claim, record) == ()
    # Another country is another party.
    assert conflict_reasons(claim, record.replace(country, "Thailand")) != ()
