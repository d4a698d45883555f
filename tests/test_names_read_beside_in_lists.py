"""A fact sheet's list items read together: an item that brings the claim's name and nothing else of the claim
("Reports indicate Peruvian ... leaders have long funded ...") beside the item that states the point with
another name is a name read beside, not support. Constructed record in a real SQLite database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, readout_record

DAY = date(2024, 3, 6)

FACT_SHEET = readout_record(
    "https://www.whitehouse.gov/fact-sheets/2024/03/fact-sheet-designating-chapters-of-the-harbour-league/",
    ("-   After the flood, the northern chapter of the Harbour League helped smugglers launch raids on "
     "coastal villages.\n"
     "-   A senior Chilean Harbour League leader urged attacks on allied ships on the same day the "
     "storm struck the coast.\n"
     "-   Reports indicate Peruvian Harbour League leaders have long funded the smugglers' boats."),
    title="Fact Sheet: Designating Chapters of the Harbour League", published=datetime(2024, 3, 5, 21, 0, tzinfo=UTC))

CLAIM = ("The order also accuses a senior {} Harbour League leader of urging attacks on allied ships on the "
         "day the storm launched its raids on the coast.")


def test_a_list_item_bringing_only_the_name_is_no_support(tmp_path):
    swapped = check_claim(tmp_path / "swapped.db", [FACT_SHEET], CLAIM.format("Peruvian"), DAY)
    faithful = check_claim(tmp_path / "faithful.db", [FACT_SHEET], CLAIM.format("Chilean"), DAY)
    # The second item states the point of a Chilean leader; the Peruvians of the third funded boats.
    assert (swapped["verdict"], swapped["reasons"][:1]) == ("contested", ["actor_mismatch"]), swapped
    assert faithful["verdict"] == "supported", faithful
