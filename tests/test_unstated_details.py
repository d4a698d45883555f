"""What no official text backs: a sentence on the claim's topic that leaves out the detail the claim adds (its
share or sum), and a reporter's question that an official answers "No." (real SQLite records)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import filler_records, readout_record, record_database

from db.store import ReadoutRecord
from verifier.checking import check_text
from verifier.normalize import analyze

SPEECH = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/05/14/remarks-in-norland/",
    ("Norland and the United States will always stand together. "
     "I urged Norland to spend more on defence and to modernise its coastal patrol fleet. "
     "We are grateful for Norland's hospitality."),
    title="Remarks by President Biden to the Parliament of Norland", published=datetime(2024, 5, 14, 16, 0, tzinfo=UTC))
FIGURED_SPEECH = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/05/14/remarks-in-norland-figures/",
    ("Norland and the United States will always stand together. "
     "I urged Norland to spend 3 percent of its economy on defence and to modernise its coastal patrol fleet. "
     "We are grateful for Norland's hospitality."),
    title="Remarks by President Biden to the Parliament of Norland", published=datetime(2024, 5, 14, 16, 0, tzinfo=UTC))
BRIEFING = readout_record(
    "https://www.whitehouse.gov/briefing-room/press-briefings/2024/05/15/press-briefing/",
    ("MS. JEAN-PIERRE: Good afternoon, everybody.\n\n"
     "Q The dockworkers' union leader, Ingrid Halvorsen, who opposes the shipyard sale, attended the "
     "harbour banquet for Norland's premier last night. Was she invited to change her mind?\n\n"
     "MS. JEAN-PIERRE: No."),
    title="Press Briefing by Press Secretary Karine Jean-Pierre", published=datetime(2024, 5, 15, 19, 0, tzinfo=UTC))
FILLER = filler_records(date(2024, 4, 1), [
    "The President announced new funding for roads and bridges in twelve states this year.",
    "The Department of the Treasury released guidance for small businesses on new tax credits.",
    "The leaders discussed trade, climate and health security and agreed to meet again in the spring.",
    "The Vice President traveled to Arizona to highlight investments in clean energy jobs.",
    "The Secretary met the Minister to discuss energy markets and agreed to meet again this week.",
])
ARTICLE_DAY = date(2024, 5, 16)


def _claim(path, records: list[ReadoutRecord], text: str) -> dict:
    engine = record_database(path, [*records, *FILLER])
    try:
        return check_text(engine, text, ARTICLE_DAY, store=False)["claims"][0]
    finally:
        engine.dispose()


@pytest.mark.parametrize(("record", "share", "verdict"),
                         [(SPEECH, 2, "unsourced"), (FIGURED_SPEECH, 3, "supported")])
def test_a_share_the_claim_adds_to_the_topic_must_be_the_records(tmp_path, record, share, verdict):
    # The speech urges more defence spending but gives no share: "2 percent of its economy" is the article's
    # own detail. A speech that gives the claim's share supports it as before.
    claim = _claim(tmp_path / "speech.db", [record],
                   f"Biden urged Norland to spend {share} percent of its economy on defence and to modernise "
                   "its coastal patrol fleet.")
    assert claim["verdict"] == verdict, claim


def test_a_no_to_a_question_does_not_support_what_the_question_took_for_granted(tmp_path):
    claim = _claim(tmp_path / "briefing.db", [BRIEFING],
                   "The dockworkers' union leader, Ingrid Halvorsen, who opposes the shipyard sale, attended the "
                   "harbour banquet for Norland's premier.")
    assert claim["verdict"] != "supported", claim
    assert all(evidence["sentence"] != "No." for evidence in claim["evidence"]) or claim["verdict"] == "unsourced"


def test_a_fraction_of_a_scale_of_dollars_is_a_sum_not_a_share():
    # "three-quarters of a trillion dollars" is $750 billion, which a record's "$750 billion" gives; it had been
    # read as 75 percent, a share no record sentence on the purchase gives.
    quantities = [(q.value, q.unit) for q in analyze("Norland will buy energy worth three-quarters of a trillion "
                                                     "dollars.").quantities]
    assert quantities == [(750e9, "$")]
    shares = analyze("Two-thirds of the budget goes to ports.").quantities
    assert [(q.value, q.unit) for q in shares] == [(67.0, "percent")]
