"""Assenting to a thing and refusing it are opposite actions whichever word of each a writer picks ("the council
concurred with the proposal" / "the council rejected the proposal", "accepted the offer" / "turned down the offer"),
when both are seen acting on the same thing; assent to one thing beside the refusal of another is no opposite.

Each test is constructed (an invented record, no article's words) and fails on the code before the rule.
"""

from __future__ import annotations

from conftest import conflict_reasons


def test_rejecting_what_the_record_concurs_with_is_the_opposite_action():
    assert "opposite_action" in conflict_reasons(
        "The harbour council rejected the proposal to dredge the northern channel.",
        "The harbour council concurred with the proposal to dredge the northern channel.")
    assert "opposite_action" in conflict_reasons(
        "Ostland turned down the offer of grain credits for the river ports.",
        "Ostland accepted the offer of grain credits for the river ports.")


def test_assent_to_one_thing_and_refusal_of_another_is_no_opposite():
    assert "opposite_action" not in conflict_reasons(
        "The harbour council rejected the proposal to dredge the northern channel.",
        "The harbour council concurred with the guilds on the new fishing seasons for the southern beaches.")
