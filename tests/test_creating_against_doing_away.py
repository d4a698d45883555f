"""Setting a thing up and doing away with it are opposite actions whichever word of each a writer picks ("the fund
was established by the harbour council" / "the fund was canceled by the harbour council", "launched the task force"
/ "disbanded the task force"), when both are seen acting on the same thing; setting up one thing beside the end of
another is no opposite.

Each test is constructed (an invented record, no article's words) and fails on the code before the rule.
"""

from __future__ import annotations

from conftest import conflict_reasons


def test_canceling_what_the_record_establishes_is_the_opposite_action():
    assert "opposite_action" in conflict_reasons(
        "The river ports relief fund was canceled by the harbour council on Tuesday.",
        "The river ports relief fund was established by the harbour council on Tuesday.")
    assert "opposite_action" in conflict_reasons(
        "The ministers disbanded the joint task force on grain shipments.",
        "The ministers launched the joint task force on grain shipments.")


def test_setting_up_one_thing_and_ending_another_is_no_opposite():
    assert "opposite_action" not in conflict_reasons(
        "The ministers disbanded the joint task force on grain shipments.",
        "The ministers set up a new office for fishing licences on the southern beaches.")
