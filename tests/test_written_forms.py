"""How a reporter writes what the record states in other forms of the same words: a clock time ("6am" for
"6:00 a.m."), the start of a rule or a truce ("takes effect" for "will go into effect", "would be effective on",
"the effective date"), and a loss ("lives lost" for "the loss of lives").

Constructed sentences and records (no labelled article's words). Each paraphrase is unsourced on the engine
before these forms were read alike; a changed detail beside it still differs.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from conftest import checked_against, readout_record

from verifier.normalize import analyze


@pytest.mark.parametrize("ours, theirs", [
    ("at 6am on Saturday", "at 6:00 a.m. on Saturday"),
    ("at 6 a.m. on Saturday", "at 6:00 a.m. on Saturday"),
    ("at 11pm on Friday", "at 11:00 p.m. on Friday"),
    ("the levy takes effect on July 1", "the levy would be effective on July 1"),
    ("after the rules took effect", "after the effective date of the rules"),
    ("the accord entered into force in May", "the accord went into effect in May"),
    ("they mourned the lives lost", "they mourned the loss of lives"),
])
def test_two_written_forms_share_their_keys(ours, theirs):
    assert analyze(ours).keys == analyze(theirs).keys


@pytest.mark.parametrize("ours, theirs", [
    ("at 6am on Saturday", "at 7:00 a.m. on Saturday"),  # another hour
    ("at 6:30 a.m. on Saturday", "at 6:00 a.m. on Saturday"),  # minutes other than a full hour are kept
    ("an effective response", "the response takes effect"),  # "effective" alone is how well something works
])
def test_other_words_keep_their_keys(ours, theirs):
    assert analyze(ours).keys != analyze(theirs).keys


RECORD = [readout_record(
    "https://www.whitehouse.gov/briefing-room/statement-on-the-corran-valley-truce/",
    "The President welcomed the truce between Westmark and Ostland in the Corran Valley. "
    "Under the arrangement, the truce will go into effect at 6:00 a.m. local time on June 15 across the Corran "
    "Valley. "
    "The President grieved the loss of civilian lives in the valley and pledged new aid for the families.",
    title="Statement by the President on the Corran Valley Truce",
    published=datetime.combine(date(2024, 6, 14), time(15), UTC))]


@pytest.mark.parametrize("claim", [
    "The truce takes effect at 6am.",
    "The President mourned the civilian lives lost.",
])
def test_the_paraphrase_is_supported(tmp_path, claim):
    with checked_against(tmp_path / "record.db", RECORD) as check:
        verdict = check(claim, date(2024, 6, 14))
    assert verdict["verdict"] == "supported", verdict

