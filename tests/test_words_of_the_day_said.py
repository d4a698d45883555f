"""A claim that says someone spoke on a day ("the press secretary had announced on Tuesday that ...") tells of
that day's statement or transcript: its disagreeing sentence speaks for the claim even when it is no claim's
closest evidence, which the article's other claims would make the article's event. Found among the missed
date contests of a fresh set (blind30); a constructed record, failing on the code before the rule."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.conftest import check_claim, readout_record
from verifier.rules.codes import DATE_MISMATCH

_STATEMENT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements/2024/03/12/statement-on-the-visit-of-"
    "president-ruiz/",
    "President Biden will welcome President Alvaro Ruiz of Costa Verde to the White House on Thursday. The "
    "visit will follow up on the two presidents' video call in February and on our partnership on clean energy.",
    title="Statement by Press Secretary Dana Morrow on the Visit of President Alvaro Ruiz of "
          "Costa Verde",
    published=datetime(2024, 3, 12, 18, 0, tzinfo=UTC))

_READOUT = readout_record(
    "https://www.whitehouse.gov/briefing-room/readouts/2024/03/14/readout-of-the-meeting-with-"
    "president-ruiz/",
    "President Biden met today with President Alvaro Ruiz of Costa Verde at the White House. The leaders "
    "discussed fisheries and tourism.",
    title="Readout of President Biden's Meeting with President Alvaro Ruiz of Costa Verde",
    published=datetime(2024, 3, 14, 20, 0, tzinfo=UTC))

_ARTICLE = ("President Biden met President Alvaro Ruiz of Costa Verde at the White House on Thursday, and "
            "the two leaders discussed fisheries and tourism.\n\n"
            "Press secretary Dana Morrow had said on Tuesday that the visit would follow up on a "
            "video call the two presidents held in {month}, "
            "according to aides familiar with the long and often tense preparations for the state visit.")


def test_the_statement_of_the_day_the_claim_says_it_was_announced_speaks_for_it(tmp_path):
    found = check_claim(tmp_path / "a.db", [_STATEMENT, _READOUT], _ARTICLE.format(month="April"),
                        date(2024, 3, 14), claim_index=1)
    assert (found["verdict"], found["reasons"]) == ("contested", [DATE_MISMATCH])
    found = check_claim(tmp_path / "b.db", [_STATEMENT, _READOUT], _ARTICLE.format(month="February"),
                        date(2024, 3, 14), claim_index=1)
    assert found["verdict"] != "contested"
