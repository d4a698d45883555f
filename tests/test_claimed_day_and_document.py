"""The day or the document a claim names picks its evidence: "on Friday", "in Friday's joint statement",
"in the March order". Constructed records (no article's words); each test fails on the rules before them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from conftest import FILLER, check_claim, check_claims, readout_record, record_database

from verifier.checking import check_with_decisions
from verifier.normalize import analyze
from verifier.rules.codes import EVENT_MISMATCH, MISATTRIBUTED, Anchor
from verifier.rules.conflicts import find_conflicts
from verifier.verdicts import _named_publication

# Monday, March 10, 2025: a joint statement and, the same day, a readout that alone states the pledge.
HARBOUR_JOINT_STATEMENT = readout_record(
    url="https://www.whitehouse.gov/briefing-room/2025/03/10/harbour-joint-statement/",
    title="Joint Statement on Harbour Cooperation", published=datetime(2025, 3, 10, 15, 0, tzinfo=UTC),
    body=("Engineers from both countries will train together at the northern harbour. "
          "The partners will publish a shared maintenance plan."))
HARBOUR_READOUT = readout_record(
    url="https://www.whitehouse.gov/briefing-room/2025/03/10/readout-of-meeting-with-ortega/",
    title="Readout of the President's Meeting with Prime Minister Ortega",
    published=datetime(2025, 3, 10, 18, 0, tzinfo=UTC),
    body=("The President met today with Prime Minister Ortega. Prime Minister Ortega pledged to open a joint "
          "coastal weather station to warn fishing fleets of storms."))


def test_words_written_into_a_named_publication_that_another_of_its_day_states_are_misattributed(tmp_path):
    # "Written into Monday's joint statement": the joint statement is in the record and silent on the pledge,
    # which only the readout of the same day states. The claim credits the words to the wrong document.
    into, plain = check_claims(tmp_path / "into.db", [HARBOUR_JOINT_STATEMENT, HARBOUR_READOUT], [
        ("Ortega's pledge to open a joint coastal weather station to warn fishing fleets of storms was written "
         "into Monday's joint statement.", date(2025, 3, 11)),
        ("Ortega pledged to open a joint coastal weather station to warn fishing fleets of storms.",
         date(2025, 3, 11)),
    ])
    assert (into["verdict"], into["reasons"]) == ("contested", [MISATTRIBUTED]), into
    assert plain["verdict"] == "supported", plain


# Two orders of a president, a month apart; orders are titled by what they do, not "Executive Order".
FEBRUARY_ORDER = readout_record(
    url="https://www.whitehouse.gov/presidential-actions/2025/02/imposing-harbour-fees/",
    title="Imposing Fees to Address the Overfishing of the Northern Harbour",
    published=datetime(2025, 2, 1, 22, 0, tzinfo=UTC),
    body=("Trawler operators hide their catch through transshipment at sea, false logbooks and relabelled "
          "crates. A fee of 10 percent shall apply to landings of foreign trawlers."))
MARCH_ORDER = readout_record(
    url="https://www.whitehouse.gov/presidential-actions/2025/03/amending-harbour-fees/",
    title="Further Amendment to Fees Addressing the Overfishing of the Northern Harbour",
    published=datetime(2025, 3, 3, 22, 0, tzinfo=UTC),
    body="The fee on landings of foreign trawlers shall be raised from 10 percent to 20 percent.")


def test_an_order_named_by_its_month_is_the_presidents_order_of_that_month(tmp_path):
    point = "the White House spelled out how trawler operators hide their catch through transshipment at sea, " \
            "false logbooks and relabelled crates."
    march, february = check_claims(tmp_path / "orders.db", [FEBRUARY_ORDER, MARCH_ORDER], [
        ("In the March order, " + point, date(2025, 3, 4)),
        ("In the February order, " + point, date(2025, 3, 4)),
    ])
    assert (march["verdict"], march["reasons"]) == ("contested", [EVENT_MISMATCH]), march
    # The order of the month named states it, and March's raised fee is another order's news: the rules
    # support it (whether the verdict model, fitted on labelled articles, reports so short a record's
    # support is its own choice among the verdicts the rules allow).
    assert february["verdict"] != "contested", february
    engine = record_database(tmp_path / "rules.db", [FEBRUARY_ORDER, MARCH_ORDER, *FILLER])
    try:
        _, results = check_with_decisions(engine, "In the February order, " + point, date(2025, 3, 4))
    finally:
        engine.dispose()
    assert (results[0].decision.rule.verdict, results[0].decision.rule.reasons) == ("supported", [])
    # Undated, "order" is seldom a publication: "in the order of $5 billion", "the new world order".
    anchor = Anchor(None, True, date(2025, 3, 4))
    assert _named_publication(analyze("Investment ran in the order of $5 billion."), anchor, None) is None
    assert _named_publication(analyze("In the March order, the duty rose."), anchor, None) is not None


# Last August's fact sheet tells the fee imposed; Friday's order (February 6, 2026) ends it.
FEE_IMPOSED = readout_record(
    url="https://www.whitehouse.gov/fact-sheets/2025/08/fact-sheet-harbour-fee/",
    title="Fact Sheet: The President Addresses Overfishing in the Northern Harbour",
    published=datetime(2025, 8, 6, 14, 0, tzinfo=UTC),
    body="Today, the President signed an order imposing an additional harbour fee of 25 percent on foreign trawlers.")
FEE_ENDED = readout_record(
    url="https://www.whitehouse.gov/presidential-actions/2026/02/modifying-harbour-fees/",
    title="Modifying Fees Addressing the Overfishing of the Northern Harbour",
    published=datetime(2026, 2, 6, 23, 0, tzinfo=UTC),
    body=("The operators have committed to new quotas. Accordingly, I have determined to eliminate the additional "
          "harbour fee imposed on foreign trawlers."))


def test_a_record_that_tells_the_calling_off_in_its_own_word_does_not_contest_it(tmp_path):
    # "Scrapping the additional fee" against Friday's "determined to eliminate the additional fee": the
    # same calling off, in another word, not the fee stated as in force.
    scrapped = check_claim(
        tmp_path / "fee.db", [FEE_IMPOSED, FEE_ENDED],
        "The President signed an order on Friday scrapping the additional harbour fee on foreign trawlers.",
        date(2026, 2, 8))
    assert (scrapped["verdict"], scrapped["reasons"]) == ("unsourced", ["below_threshold"]), scrapped
    # A record that does the very thing called off still contradicts it ("lift" is the thing ruled out).
    assert find_conflicts(analyze("The minister ruled out lifting the ban on night fishing in the bay."),
                          analyze("The minister agreed to lift the ban on night fishing in the bay.")).reasons


# Thursday's statement tells a commitment made; Friday's remarks, of the summit, do not give a sum.
FERRY_STATEMENT = readout_record(
    url="https://www.whitehouse.gov/briefing-room/2022/05/12/statement-ferry/",
    title="Statement on the Regional Ferry Programme", published=datetime(2022, 5, 12, 16, 0, tzinfo=UTC),
    body="The President committed $60 million to the regional ferry programme for the island states.")
FERRY_SUMMIT_REMARKS = readout_record(
    url="https://www.whitehouse.gov/briefing-room/2022/05/13/remarks-ferry-summit/",
    title="Remarks by the President at the Island States Summit", published=datetime(2022, 5, 13, 18, 0, tzinfo=UTC),
    body="Today I met the leaders of the island states. Our regional ferry programme will connect their ports.")


def test_a_publication_out_before_the_day_the_claim_names_does_not_contest_that_days_news(tmp_path):
    # "On Friday committed $90 million": Thursday's statement told an earlier commitment, and Friday's own
    # publication is in the record. Undated, the claim is the article's event, which Thursday's sum contests.
    friday, undated = check_claims(tmp_path / "ferry.db", [FERRY_STATEMENT, FERRY_SUMMIT_REMARKS], [
        ("The President on Friday committed $90 million to the regional ferry programme for the island states.",
         date(2022, 5, 14)),
        ("The President committed $90 million to the regional ferry programme for the island states.",
         date(2022, 5, 14)),
    ])
    # Friday's remarks give no sum: nothing states the claim, and nothing contests it. The rules leave it
    # unsourced; the verdict model chooses among what they allow (here it takes the remarks' window).
    assert friday["verdict"] != "contested", friday
    engine = record_database(tmp_path / "rules.db", [FERRY_STATEMENT, FERRY_SUMMIT_REMARKS, *FILLER])
    try:
        _, results = check_with_decisions(engine, "The President on Friday committed $90 million to the regional "
                                          "ferry programme for the island states.", date(2022, 5, 14))
    finally:
        engine.dispose()
    assert (results[0].decision.rule.verdict, results[0].decision.rule.reasons) == ("unsourced", ["below_threshold"])
    assert (undated["verdict"], undated["reasons"]) == ("contested", ["number_mismatch"]), undated


def test_a_preview_out_before_the_day_still_speaks_for_it(tmp_path):
    # Thursday's "will commit" previews Friday: its sum is the day's, and contests another one.
    preview = readout_record(
        url="https://www.whitehouse.gov/briefing-room/2022/05/12/statement-ferry/",
        title="Statement on the Regional Ferry Programme", published=datetime(2022, 5, 12, 16, 0, tzinfo=UTC),
        body="Tomorrow the President will commit $60 million to the regional ferry programme for the island states.")
    friday = check_claim(
        tmp_path / "preview.db", [preview, FERRY_SUMMIT_REMARKS],
        "The President on Friday committed $90 million to the regional ferry programme for the island "
        "states.",
        date(2022, 5, 14))
    assert (friday["verdict"], friday["reasons"]) == ("contested", ["number_mismatch"]), friday


# The eve's fact sheet recalls last year's summit; the joint vision statement came out late on Friday (its
# publisher's Friday; Saturday in UTC).
EVE_FACT_SHEET = readout_record(
    url="https://www.whitehouse.gov/briefing-room/2022/05/12/fact-sheet-harbour-summit/",
    title="Fact Sheet: The Northern Harbour Summit", published=datetime(2022, 5, 12, 21, 0, tzinfo=UTC),
    body=("At the annual harbour summit in October 2021, the leaders committed to a shared maintenance partnership "
          "for the northern harbour."))
JOINT_VISION_STATEMENT = readout_record(
    url="https://www.whitehouse.gov/briefing-room/2022/05/13/harbour-joint-vision-statement/",
    title="Northern Harbour Summit 2022, Joint Vision Statement",
    published=datetime(2022, 5, 13, 21, 30, tzinfo=timezone(timedelta(hours=-4))),
    body=("In this joint vision statement, the leaders set out their shared vision for the northern harbour and its "
          "maintenance."))


def test_a_publication_out_before_the_one_the_claim_names_is_no_account_of_it(tmp_path):
    # "In a joint vision statement released late on Friday": the statement is in the record, and Thursday's
    # fact sheet, which gives last year's summit, cannot tell what Friday's statement said: the statement is
    # silent on the partnership, and the claim unsourced.
    point = "the leaders committed to a shared maintenance partnership for the northern harbour at their annual " \
            "summit in November."
    named = check_claim(tmp_path / "vision.db", [EVE_FACT_SHEET, JOINT_VISION_STATEMENT],
                        "In a joint vision statement released late on Friday, " + point, date(2022, 5, 14))
    assert named["verdict"] == "unsourced", named
