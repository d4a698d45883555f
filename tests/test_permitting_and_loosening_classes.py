"""Letting a thing be done and keeping it from being done ("will authorize the sale of the patrol boats" /
"will block the sale of the patrol boats"), and loosening a measure and tightening it ("will waive the landing
fee" / "will impose the landing fee"), are opposite actions whichever word of each a writer picks, when both act
on the same thing.

Each test is constructed (an invented record, no article's words) and fails on the code before the rule.
"""

from __future__ import annotations

from conftest import conflict_reasons


def test_forbidding_what_the_record_permits_is_the_opposite_action():
    assert "opposite_action" in conflict_reasons(
        "The harbour board said it would block the sale of the two patrol boats to Ostland.",
        "The harbour board said it would authorize the sale of the two patrol boats to Ostland.")
    assert "opposite_action" in conflict_reasons(
        "The ministry granted grazing rights to the northern valley cooperatives.",
        "The ministry denied grazing rights to the northern valley cooperatives this spring.")


def test_tightening_what_the_record_loosens_is_the_opposite_action():
    assert "opposite_action" in conflict_reasons(
        "The council will tighten the timber export quota for the river ports.",
        "The council will remove the timber export quota for the river ports next year.")
    assert "opposite_action" in conflict_reasons(
        "The port authority will impose the landing fee on small fishing vessels.",
        "The port authority will waive the landing fee on small fishing vessels until March.")


def test_permitting_one_thing_and_forbidding_another_is_no_opposite():
    assert "opposite_action" not in conflict_reasons(
        "The harbour board will authorize night fishing in the outer bay.",
        "The harbour board will block motor boats from the nature reserve.")
    # A ban named as a thing in force is not the deed of banning.
    assert "opposite_action" not in conflict_reasons(
        "The board said the ban on night fishing in the outer bay would stay.",
        "The board will authorize night fishing in the outer bay.")


def test_a_loosening_only_asked_for_is_no_opposite_deed():
    # "Urged ... to waive" asks for the deed; it does not tell it done.
    assert "opposite_action" not in conflict_reasons(
        "The port authority will impose the landing fee on small fishing vessels.",
        "The fishermen's union urged the port authority to waive the landing fee on small fishing vessels.")
