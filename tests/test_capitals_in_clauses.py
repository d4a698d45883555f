"""A capital opening a clause after a subordinating conjunction ("if Moscow keeps escalating", "unless Beijing
agrees") is that clause's subject, its government: a claim naming the capitals where the record names the
countries says the same thing. Constructed record in a real SQLite database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims

from db.store import ReadoutRecord

DAY = date(2024, 3, 6)

WARNING = ReadoutRecord(
    source="whitehouse", title="Statement by the President on the Pipeline Sanctions",
    published=datetime(2024, 3, 5, 21, 0, tzinfo=UTC),
    url="https://www.whitehouse.gov/briefing-room/statements-releases/2024/03/05/statement-pipeline-sanctions/",
    body=("Today I directed my administration to impose sanctions on the company building the Baltic "
          "pipeline. As I have said, we will not hesitate to impose further costs if Russia continues to "
          "threaten its neighbours."))


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
