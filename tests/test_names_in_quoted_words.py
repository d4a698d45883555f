"""A name inside the words a claim quotes is what its speaker said, not a party the record must name doing anything:
"\\"A visit about friendship, not about tariffs or Canada,\\" said a historian" is no claim about Canada's part in
the visit, and a record silent on Canada does not give the point to someone else. A name outside the quotation
still is a party. Constructed publications; no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

VISIT = readout_record(
    "https://www.whitehouse.gov/briefing-room/state-visit-of-the-president-of-ireland/",
    "President Trump hosted the President of Ireland at the White House this week for a state visit celebrating "
    "the friendship between our two nations. The leaders discussed tourism and cultural ties.",
    title="President Trump Welcomes the President of Ireland for a State Visit",
    published=datetime(2026, 3, 18, 18, tzinfo=UTC))


def test_a_name_in_the_quoted_words_is_no_absent_party(tmp_path):
    quoted, outside = check_claims(tmp_path / "record.db", [VISIT], [
        ("\"It was a state visit about friendship between two nations, not about trade or Canada,\" said Maeve "
         "Doyle, a historian at Trinity College Dublin.", date(2026, 3, 19)),
        ("Canada hosted the President of Ireland this week for a state visit celebrating the friendship "
         "between the two nations.", date(2026, 3, 19)),
    ])
    assert quoted["reasons"] != ["actor_mismatch"], quoted
    assert (outside["verdict"], outside["reasons"]) == ("contested", ["actor_mismatch"]), outside


CALL = readout_record(
    "https://www.whitehouse.gov/briefing-room/background-press-call-on-trade-week/",
    "SENIOR ADMINISTRATION OFFICIAL: The President and Ambassador Tai have both said that trade policy must work "
    "for the workers in every region of our country, not only for the coasts. We will keep saying it.",
    title="Background Press Call on Trade Week", published=datetime(2023, 5, 8, 18, tzinfo=UTC))


def test_a_name_in_quoted_words_the_record_holds_with_another_name_is_still_a_party(tmp_path):
    [result] = check_claims(tmp_path / "record.db", [CALL], [
        ("\"The President and Secretary Raimondo have both said that trade policy must work for the workers in every "
         "region of our country, not only for the coasts,\" a senior official said.", date(2023, 5, 9))])
    assert (result["verdict"], "actor_mismatch" in result["reasons"]) == ("contested", True), result
