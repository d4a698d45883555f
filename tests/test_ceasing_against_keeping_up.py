"""Ceasing or pausing a deed and keeping it up are opposite actions whichever word of each a writer picks
("ceased its naval patrols of the strait" / "maintained its naval patrols of the strait", "the cessation of the
raids" / "the continuation of the raids", "paused the grain shipments" / "kept up the grain shipments"), as "stop",
"halt" and "end" already are, when both are seen acting on the same thing; ceasing one thing beside keeping up
another is no opposite.

Each test is constructed (an invented record, no article's words) and fails on the code before the rule.
"""

from __future__ import annotations

from conftest import conflict_reasons


def test_ceasing_what_the_record_keeps_up_is_the_opposite_action():
    for claim, record in (
            ("Ostland ceased its naval patrols of the Karsi strait in May.",
             "Ostland maintained its naval patrols of the Karsi strait in May."),
            ("Ostland ceased its naval patrols of the Karsi strait in May.",
             "Ostland resumed its naval patrols of the Karsi strait in May."),
            ("The harbour council paused the grain shipments to Westmark.",
             "The harbour council kept up the grain shipments to Westmark."),
            ("The envoy welcomed the cessation of the raids on the Westmark ferry ports.",
             "The envoy deplored the resumption of the raids on the Westmark ferry ports.")):
        assert "opposite_action" in conflict_reasons(claim, record), (claim, record)


def test_ceasing_one_thing_and_keeping_up_another_is_no_opposite():
    assert "opposite_action" not in conflict_reasons(
        "Ostland ceased its naval patrols.",
        "Ostland maintained its fishing quotas.")


def test_an_irregular_past_after_its_subject_is_a_deed_not_a_thing_named():
    # "The council kept up the dredging": "kept" after "the council" is the council's deed, not a thing named
    # after a determiner as "the pause" is.
    for claim in ("The council paused the dredging of the Ostland canal.",
                  "The council suspended the dredging of the Ostland canal."):
        assert "opposite_action" in conflict_reasons(
            claim, "The council kept up the dredging of the Ostland canal."), claim
