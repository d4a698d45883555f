"""Speaking well of a party and finding fault with it are opposite actions whichever word of each a writer picks
("thanked Ostland for its efforts to move grain" / "faulted Ostland for holding up grain"), when both speak of the
same party and the same deed (the party thanked, or the party whose deed the thanks are for: "thanked its leader for
Ostland's part"); praise of one party beside fault found with another ("thanked Westmark for its help
after Ostland's raid" / "condemned Ostland's raid") is no opposite.

Each test is constructed (an invented record, no article's words) and fails on the code before the rule.
"""

from __future__ import annotations

from conftest import conflict_reasons


def test_faulting_whom_the_record_thanks_is_the_opposite_action():
    assert "opposite_action" in conflict_reasons(
        "The governor faulted Ostland for holding up grain shipments bound for the river ports.",
        "The governor expressed his appreciation for Ostland's efforts to move grain shipments to the river ports.")
    assert "opposite_action" in conflict_reasons(
        "The minister denounced the harbour board's plan for the northern docks.",
        "The minister applauded the harbour board's plan for the northern docks.")


def test_praise_of_one_party_and_fault_with_another_is_no_opposite():
    assert "opposite_action" not in conflict_reasons(
        "The governor denounced Ostland's raid on the river ports.",
        "The governor thanked Westmark for its help after Ostland's raid on the river ports.")


def test_praise_and_fault_of_other_deeds_is_no_opposite():
    assert "opposite_action" not in conflict_reasons(
        "The minister denounced the harbour board's plan for the northern docks.",
        "The minister thanked the fishing guilds for their work on the southern beaches.")


def test_faulting_the_party_whose_deed_the_record_thanks_someone_for_is_the_opposite_action():
    # The record thanks a person for Ostland's part: the praise is for the party the claim faults.
    record = "The governor thanked Marek Novak for Ostland's participation in the river grain compact."
    assert "opposite_action" in conflict_reasons(
        "The governor criticized Ostland's participation in the river grain compact.", record)
    assert "opposite_action" not in conflict_reasons(
        "The governor praised Ostland's participation in the river grain compact.", record)
