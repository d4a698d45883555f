"""A date as people say it in remarks ("September the 20th") is the month's day: a claim giving another day
for the same start is contested on its date. Constructed record in a real SQLite database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, readout_record

from verifier.normalize import analyze

REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/03/05/remarks-biden-okafor-ferries/",
    ("PRESIDENT BIDEN: And this is good news as well — the new ferry service is going to start here on "
     "April the 14th, pending approval of the harbour board."),
    published=datetime(2024, 3, 5, 21, 0, tzinfo=UTC), kind="speeches-remarks",
    title="Remarks by President Biden and Prime Minister Okafor of Ruritania Before Bilateral Meeting")


def test_a_month_and_the_ordinal_day_is_a_date():
    assert analyze("the ferry service starts on April the 14th").days == {(4, 14)}
    assert analyze("in April the 14 ships sailed").days == frozenset()


def test_another_day_than_the_spoken_date_is_contested(tmp_path):
    claim = check_claim(tmp_path / "ferry.db", [REMARKS],
                        "Biden said the new ferry service would start on May 2, pending approval from the "
                        "harbour board.", date(2024, 3, 6))
    assert (claim["verdict"], claim["reasons"][:1]) == ("contested", ["date_mismatch"]), claim
