"""A deed the claim places at its occasion ("signed the accord during Tuesday's meeting") that the occasion's own
readout dates before it ("noted the recent signing of the accord") was done at another, earlier occasion:
event_mismatch (rules/occasions.done_before_the_occasion).

Constructed record and article (no labelled article's words).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, readout_record

from verifier.rules.codes import EVENT_MISMATCH

MEETING = readout_record(
    "https://www.whitehouse.gov/briefing-room/2025/03/11/readout-marlow-aldric/",
    ("President Marlow met today with King Aldric of Westmark at the White House. The leaders welcomed the "
     "recent signing of the Northern Ferry Accord, which reopens the winter crossings between their ports. "
     "They also announced a joint fisheries survey of the Grey Banks for the coming season."),
    title="Readout of President Marlow's Meeting with King Aldric of Westmark",
    published=datetime(2025, 3, 11, 20, 0, tzinfo=UTC))
ARTICLE = ("President Marlow hosted King Aldric of Westmark at the White House on Tuesday, the readout said.\n\n"
           "{claim}\n\nThe leaders discussed grain exports and the fisheries survey, the readout said.")


def _verdict(tmp_path, claim: str, records: tuple = (MEETING,)) -> tuple[str, list[str]]:
    found = check_claim(tmp_path / "record.db", list(records), ARTICLE.format(claim=claim), date(2025, 3, 12),
                        claim_index=1)
    return found["verdict"], found["reasons"]


def test_a_deed_the_readout_dates_before_the_meeting_was_not_done_at_it(tmp_path):
    verdict = _verdict(tmp_path, "The leaders signed the Northern Ferry Accord to reopen the winter crossings between "
                                 "their ports during Tuesday's meeting.")
    assert verdict == ("contested", [EVENT_MISMATCH]), verdict


def test_the_earlier_deed_told_as_earlier_agrees(tmp_path):
    verdict = _verdict(tmp_path, "At Tuesday's meeting the leaders welcomed the recent signing of the Northern Ferry "
                                 "Accord, which reopens the winter crossings between their ports.")
    assert verdict[0] == "supported", verdict


def test_a_deed_of_the_meeting_itself_is_not_dated_before_it(tmp_path):
    verdict = _verdict(tmp_path, "The leaders announced a joint fisheries survey of the Grey Banks for the coming "
                                 "season during Tuesday's meeting.")
    assert verdict[0] == "supported", verdict


SHEET = readout_record(
    "https://www.whitehouse.gov/fact-sheets/2025/03/fact-sheet-ferry-tolls/",
    ("In just this past month, he reopened the winter ferry crossings to Westmark and lowered the tolls on "
     "freight carried between the two ports. The new tolls take effect at once."),
    title="Fact Sheet: President Marlow Lowers the Northern Ferry Tolls",
    published=datetime(2025, 3, 6, 20, 0, tzinfo=UTC))


def test_the_records_past_month_is_the_claims_last_month(tmp_path):
    # Published on March 6: the record's "this past month" is February, the article's "last month" too.
    article = ("President Marlow lowered the northern ferry tolls, a fact sheet said.\n\nThe fact sheet also cited "
               "last month's reopening of the winter ferry crossings to Westmark and the lower tolls on freight "
               "carried between the two ports.\n\nThe new tolls take effect at once.")
    found = check_claim(tmp_path / "record.db", [SHEET], article, date(2025, 3, 7), claim_index=1)
    assert found["verdict"] == "supported", (found["verdict"], found["reasons"])


# A fact sheet of the visit's day that dates the deed in its own words: "Last year", "a couple of months ago".
VISIT_SHEET = readout_record(
    "https://www.whitehouse.gov/fact-sheets/2025/03/fact-sheet-marlow-aldric-visit/",
    ("Last year, the two governments opened the Westmark Harbor Pilot School to train river pilots for the "
     "ferry crossings. The Grey Banks research fund that we set up with Westmark a couple of months ago "
     "now pays for twelve survey vessels. Today, the leaders launched a joint coastguard academy at Port "
     "Selden."),
    title="Fact Sheet: President Marlow Welcomes King Aldric of Westmark",
    published=datetime(2025, 3, 11, 21, 0, tzinfo=UTC))


def _visit_verdict(tmp_path, claim: str) -> tuple[str, list[str]]:
    return _verdict(tmp_path, claim, (MEETING, VISIT_SHEET))


def test_a_deed_the_days_fact_sheet_dates_last_year_was_not_done_at_the_meeting(tmp_path):
    verdict = _visit_verdict(tmp_path, "The two governments opened the Westmark Harbor Pilot School to train river "
                                       "pilots at this week's meeting.")
    assert verdict == ("contested", [EVENT_MISMATCH]), verdict


def test_a_deed_dated_some_months_ago_was_not_done_at_the_meeting(tmp_path):
    verdict = _visit_verdict(tmp_path, "During Tuesday's meeting, the leaders set up the Grey Banks research fund "
                                       "that pays for twelve survey vessels.")
    assert verdict == ("contested", [EVENT_MISMATCH]), verdict


def test_a_deed_the_fact_sheet_dates_today_was_done_at_the_meeting(tmp_path):
    verdict = _visit_verdict(tmp_path, "The leaders launched a joint coastguard academy at Port Selden during "
                                       "Tuesday's meeting.")
    assert verdict[0] == "supported", verdict


def test_the_earlier_deed_told_with_its_own_time_agrees(tmp_path):
    verdict = _visit_verdict(tmp_path, "The two governments opened the Westmark Harbor Pilot School last year to train "
                                       "river pilots for the ferry crossings, the fact sheet said.")
    assert verdict[0] == "supported", verdict


def test_a_claim_that_tells_the_earlier_time_itself_agrees(tmp_path):
    verdict = _visit_verdict(tmp_path, "A couple of months ago, during their meeting, the leaders set up the "
                                       "Grey Banks research fund that pays for twelve survey vessels.")
    assert verdict[0] == "supported", verdict
