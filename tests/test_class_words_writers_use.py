"""The classes of opposite actions hold the words writers use for them: "unwind", "shelve", "dismantle" call a
thing off, "reinstate" and "uphold" keep it in force; "ramp up", "scale up" and "hike" grow a thing, "slash" and
the irregular "wound down" shrink it (not "draw down": a drawdown of defense articles transfers them);
"simplify" loosens a rule. Each stands against the other class only when both act on the same thing, like the
words the classes held before.

Each test is constructed (an invented record, no article's words) and fails on the code before the rule.
"""

from __future__ import annotations

from conftest import conflict_reasons


def test_calling_off_words_against_keeping_the_same_thing():
    assert "opposite_action" in conflict_reasons(
        "The new cabinet has begun to unwind the river compact with the upstream provinces.",
        "The new cabinet will continue to implement the river compact with the upstream provinces.")
    assert "opposite_action" in conflict_reasons(
        "The ministry shelved the coastal rail survey for the northern bays.",
        "The ministry will continue the coastal rail survey for the northern bays.")
    assert "opposite_action" in conflict_reasons(
        "The decree reinstates the grain export levy on the eastern ports.",
        "The decree revokes the grain export levy on the eastern ports.")


def test_growing_and_shrinking_words_against_the_same_thing():
    assert "opposite_action" in conflict_reasons(
        "The council will begin to slash its support for the river clinics.",
        "The council will ramp up its support for the river clinics next year.")
    assert "opposite_action" in conflict_reasons(
        "The harbour patrols of the northern bays will be wound down.",
        "The governor pledged to maintain the harbour patrols of the northern bays.")
    assert "opposite_action" in conflict_reasons(
        "The council will slash the harbour levy on foreign grain carriers.",
        "The council will hike the harbour levy on foreign grain carriers.")


def test_simplifying_a_rule_is_loosening_it():
    assert "opposite_action" in conflict_reasons(
        "Ostland will tighten its permit rules for foreign fishing vessels.",
        "Ostland will simplify its permit rules for foreign fishing vessels.")


def test_the_new_words_on_other_things_are_no_opposite():
    assert "opposite_action" not in conflict_reasons(
        "The new cabinet has begun to unwind the river compact with the upstream provinces.",
        "The new cabinet will continue to fund the mountain schools in the western districts.")
    assert "opposite_action" not in conflict_reasons(
        "The council will ramp up its support for the river clinics.",
        "The council will slash the reserve fund for the harbour works.")
    # A drawdown of defense articles transfers them: no shrinking of the aid it is.
    assert "opposite_action" not in conflict_reasons(
        "The president authorized a drawdown of up to $100 million in rifles and ammunition for Ostland.",
        "The president pledged to ramp up rifles and ammunition for Ostland.")
    # "Wound" alone is an injury, no winding down.
    assert "opposite_action" not in conflict_reasons(
        "The soldier's wound was treated at the field hospital, officials said.",
        "Officials said they would maintain the field hospital for the soldiers.")
