"""Details a reporter words otherwise that tell the same thing: "no matter whether" is "regardless of whether";
"will not rise until 2027" says it rises in 2027; a span of years written "2022 to 2025" or "late 2022 into early
2023" is the record's "2022-2025"; "Ha Noi" is Hanoi and "the Second World War" is World War II.

Constructed sentences and records (no labelled article's words). Each paraphrase, checked against a record that
states it, fails on the engine that read the phrase as a denial, another date or another place; each changed
value beside it is still contested.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import checked_against, filler_records

from verifier.normalize import analyze
from verifier.rules.conflicts import find_conflicts
from verifier.rules.dates import worded_date_conflict

RECORD = filler_records(date(2024, 5, 6), [
    ("Fact Sheet: New Duties on Imported Kayaks",
     "These duties apply to all imported kayaks regardless of whether a kayak is assembled in a partner country. "
     "The duty on inflatable kayaks will increase from 5% to 20% in 2025, while the duty on rigid kayaks will "
     "increase from 5% to 20% in 2027."),
    ("Joint Statement on River Cooperation",
     "Westmark pledges to raise its contribution to the Delta River Fund to $90 million for the 2022-2025 "
     "period. The current round of river talks started in late 2022 into early 2023, the ministers noted."),
    ("Readout of the President's Meeting in Hanoi",
     "The President and Chairman Dorrin held talks and a working lunch at the Lakeside Guest House in Hanoi, "
     "Vietnam. The President recalled that during World War II American engineers built a seaplane base on "
     "Tarawa."),
], slug="details")


@pytest.mark.parametrize("claim", [
    "The White House said the duties apply to all imported kayaks no matter whether they are assembled in a "
    "partner country.",
    "The duty on inflatable kayaks rises to 20 percent in 2025, while rigid kayaks will not see the increase "
    "until 2027.",
    "Westmark pledged to raise its contribution to the Delta River Fund to $90 million over 2022 to 2025.",
    "The ministers said the current round of river talks began in late 2022 and early 2023.",
    "The President and Chairman Dorrin held talks and a working lunch at the Lakeside Guest House in Ha Noi.",
    "The President recalled that during the Second World War American engineers built a seaplane base on Tarawa.",
])
def test_a_detail_worded_otherwise_is_not_contested(tmp_path, claim):
    with checked_against(tmp_path / "record.db", RECORD) as check:
        verdict = check(claim, date(2024, 5, 10))
    assert verdict["verdict"] == "supported", verdict


@pytest.mark.parametrize("claim, record, reason", [
    # The same phrases with the detail changed: still a contest.
    ("The duty on rigid kayaks will not increase until 2026.",
     "The duty on rigid kayaks will increase from 5% to 20% in 2027.", "date_mismatch"),
    ("The duty on rigid kayaks will not increase at all, officials said.",
     "The duty on rigid kayaks will increase from 5% to 20% in 2027.", "negation_mismatch"),
    ("The duties apply to all imported kayaks, no matter where they are made.",
     "The duties do not apply to imported kayaks.", "negation_mismatch"),
])
def test_a_changed_detail_beside_the_phrase_is_still_a_conflict(claim, record, reason):
    assert reason in find_conflicts(analyze(claim), analyze(record)).reasons


@pytest.mark.parametrize("war", ["World War II", "World War 2", "World War Two", "the Second World War"])
def test_each_name_of_the_war_is_one_name(war):
    claim = analyze(f"American engineers built a seaplane base on Tarawa during {war}.")
    record = analyze("American engineers built a seaplane base on Tarawa during World War Two.")
    assert claim.keys == record.keys


def test_not_until_a_time_affirms_and_other_not_until_denies():
    affirmed = analyze("Rigid kayaks will not see the increase until January.")
    assert "increas" not in affirmed.negated
    denied = analyze("He will not stop working until every sailor is home.")
    assert "stop" in denied.negated


@pytest.mark.parametrize("claim, record, differs", [
    ("over 2022 to 2025", "for the 2022-2025 period", False),
    ("in late 2022 and early 2023", "that started in late 2022 into early 2023", False),
    ("for the fund over 2022 to 2026", "for the fund in the 2022-2025 period", True),
])
def test_a_span_of_years_is_one_date_however_joined(claim, record, differs):
    conflict = worded_date_conflict(analyze(f"Westmark raised money {claim}."),
                                    analyze(f"Westmark raised money {record}."))
    assert bool(conflict.reasons) is differs
