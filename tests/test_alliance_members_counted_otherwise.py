"""An alliance's size counted in other words: its members are the nations, countries or allies the record counts.

Found among the missed contests of the training sets; each test is constructed, with no article's words, and fails
on the code before the rule. Counts of other things are asserted beside it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.conftest import only_the_changed_is_contested, readout_record
from tests.test_verdict_rules import _conflicts
from verifier.rules.codes import NUMBER_MISMATCH

RECORD = "The Pacific Compact is now 14 nations strong after Tonga signed its charter in May."


def test_members_are_the_nations_the_record_counts():
    assert _conflicts("The compact now has 13 members after Tonga signed its charter in May.", RECORD) == (
        NUMBER_MISMATCH,)
    assert _conflicts("The compact now has 14 members after Tonga signed its charter in May.", RECORD) == ()


def test_other_things_are_other_counts():
    # Ports and officials are no members of the compact, however many the record counts of its nations.
    assert _conflicts("The compact now has 13 ports after Tonga signed its charter in May.", RECORD) == ()
    assert _conflicts("The compact sent 13 officials after Tonga signed its charter in May.", RECORD) == ()


def test_the_changed_size_is_contested_and_the_faithful_one_is_not(tmp_path):
    records = [readout_record("https://example.gov/statement-pacific-compact",
                              "The Pacific Compact is now 14 nations strong after Tonga signed its charter in May, "
                              "the Secretary said.",
                              title="Statement on the Pacific Compact",
                              published=datetime(2024, 9, 2, 15, tzinfo=UTC))]
    only_the_changed_is_contested(tmp_path / "record.db", records, date(2024, 9, 3), NUMBER_MISMATCH, [
        "The Pacific Compact now has 13 members after Tonga signed its charter in May, the Secretary said.",
        "The Pacific Compact now has 14 members after Tonga signed its charter in May, the Secretary said.",
    ])
