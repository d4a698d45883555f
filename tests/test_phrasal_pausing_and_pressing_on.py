"""News prose pauses a thing and keeps it going in phrasal verbs: "put on hold" and "put on ice" suspend it (the
alias group of "suspend", so they also state a record's "suspended"), "press ahead", "push ahead" and "forge ahead"
with it keep it going (a keeping word, against calling it off or halting it). "Pressed" alone stays a word of
urging.

Each test is constructed (an invented record, no article's words) and fails on the code before the rule.
"""

from __future__ import annotations

from conftest import conflict_reasons

from verifier.normalize import analyze


def test_pressing_ahead_with_what_the_record_halts_is_the_opposite_action():
    assert "opposite_action" in conflict_reasons(
        "The governor pressed ahead with the planned closure of the river ferry offices, officials said.",
        "The governor announced the halting of the planned closure of the river ferry offices last spring.")


def test_putting_on_hold_what_the_record_continues_is_the_opposite_action():
    assert "opposite_action" in conflict_reasons(
        "The coastal rail survey of the northern bays was put on hold, officials said.",
        "The ministry will continue the coastal rail survey of the northern bays.")


def test_put_on_hold_states_a_suspension_and_pressed_alone_still_urges():
    suspended = analyze("The ministry put on hold the coastal rail survey.")
    assert "=suspend" in suspended.keys
    assert "=urge" in analyze("The governor pressed the ministry on the coastal rail survey.").keys
