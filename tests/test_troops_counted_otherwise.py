"""A force's strength counted in other words: a leader speaks of soldiers as the country's "sons and daughters",
and the record's count of them is the count of the claim's soldiers.

Found among the missed contests of the training sets; each test is constructed, with no article's words, and fails
on the code before the rule. Counts of other groups, and of things, are asserted beside it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.conftest import only_the_changed_is_contested, readout_record
from tests.test_verdict_rules import _conflicts
from verifier.rules.codes import NUMBER_MISMATCH

RECORD = "Today more than 45,000 courageous Moldovan sons and daughters are guarding the northern border."


def test_soldiers_are_the_sons_and_daughters_the_record_counts():
    assert _conflicts("More than 54,000 Moldovan soldiers are guarding the northern border.", RECORD) == (
        NUMBER_MISMATCH,)
    # The record's own figure, in the claim's word for them, is the record's.
    assert _conflicts("More than 45,000 Moldovan soldiers are guarding the northern border.", RECORD) == ()


def test_people_at_large_and_things_are_other_counts():
    # Not every group of people is the force: volunteers, or people, are counted apart from it.
    assert _conflicts("More than 54,000 Moldovan volunteers are guarding the northern border.", RECORD) == ()
    assert _conflicts("The guard sent four patrol boats to the northern border.",
                      "The guard sent six aircraft to the northern border.") == ()


def test_the_changed_strength_is_contested_and_the_faithful_one_is_not(tmp_path):
    records = [readout_record("https://example.gov/remarks-border",
                              "Today more than 45,000 courageous Moldovan sons and daughters are guarding the "
                              "northern border, the President said in his remarks.",
                              title="Remarks by the President on the Northern Border",
                              published=datetime(2024, 9, 2, 15, tzinfo=UTC))]
    only_the_changed_is_contested(tmp_path / "record.db", records, date(2024, 9, 3), NUMBER_MISMATCH, [
        "More than 54,000 Moldovan soldiers are guarding the northern border, the President said.",
        "More than 45,000 Moldovan soldiers are guarding the northern border, the President said.",
    ])
