"""A window of consecutive record sentences that disagrees with a claim only in polarity, while one of its
own sentences, read alone, states the claim: the neighbour uses the point's word about something else ("a truce
deal that brings the sailors home" beside "the militia that is currently refusing this deal", for a militia that
would not bring them home), and its polarity there is no answer to the claim (verdicts._polarity_of_a_neighbour). A
sentence of the window that disagrees by itself still contests.

Each record is constructed (invented names and words); the first test fails on the code before the rule.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

DAY = date(2025, 6, 12)

REMARKS = readout_record(
    "https://www.whitehouse.gov/remarks/2025/06/remarks-by-the-president-at-the-first-session-of-the-harbor-"
    "summit/",
    "THE PRESIDENT: Thank you all for being here.\n\n"
    "THE PRESIDENT: The United States has led the world in relief to Westmark, and we are going to keep "
    "pushing to accelerate a truce deal that brings the sailors home. I call on every nation here to step up "
    "pressure on the Karsi militia that is currently refusing this deal.\n\n"
    "THE PRESIDENT: Thank you.",
    title="Remarks by the President at the First Session of the Harbor Summit",
    published=datetime(2025, 6, 11, 15, 0, tzinfo=UTC),
    kind="transcript",
)


def test_a_refusal_the_window_also_tells_of_another_deal_is_supported(tmp_path):
    # The window adds "a truce deal that brings the sailors home" to the sentence that states the claim: the
    # deal is refused by the militia in the claim and in the record's own sentence alike, and the bringing home
    # the claim denies of the militia is the deal's in the neighbour.
    [faithful, changed] = check_claims(tmp_path / "record.db", [REMARKS], [
        ("On Westmark, the President urged the other nations to step up pressure on the Karsi "
         "militia, which was refusing the deal and would not bring the sailors home.", DAY),
        ("On Westmark, the President urged the other nations to step up pressure on the Karsi "
         "militia, which had accepted the deal and would bring the sailors home.", DAY),
    ])
    assert faithful["verdict"] == "supported", (faithful["verdict"], faithful["reasons"])
    assert changed["verdict"] != "supported", (changed["verdict"], changed["reasons"])
