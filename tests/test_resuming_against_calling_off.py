"""Resuming a thing sets it going again: against calling it off ("agreed to restart the working group" / "agreed to
wind down the working group") it is the opposite action, like keeping it going, whichever word of each class a
writer picks. Constructed records in a real SQLite database, no mocks; fails on the code before the rule."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

DAY = date(2024, 10, 3)

RECORD = readout_record(
    "https://example.gov/joint-statement-fisheries",
    "The ministers agreed to restart the Joint Commission on Coastal Fisheries, to protect spawning grounds in the "
    "northern bays. They also welcomed new funding for research vessels.",
    title="Joint Statement on Coastal Fisheries", published=datetime(2024, 10, 2, 18, tzinfo=UTC))


def test_calling_off_what_the_record_restarts_is_contested(tmp_path):
    wound_down, faithful, another = check_claims(tmp_path / "fisheries.db", [RECORD], [
        ("The ministers agreed to wind down the Joint Commission on Coastal Fisheries, the statement said.", DAY),
        ("The ministers agreed to resume the Joint Commission on Coastal Fisheries, the statement said.", DAY),
        ("The ministers agreed to wind down the research vessels programme, the statement said.", DAY)])
    assert (wound_down["verdict"], wound_down["reasons"]) == ("contested", ["opposite_action"]), wound_down
    assert faithful["verdict"] == "supported", faithful
    # What the record restarts is not what this claim winds down: no opposite of it.
    assert "opposite_action" not in another["reasons"], another
