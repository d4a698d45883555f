"""Growing a thing and shrinking it are opposite directions whichever word of each a writer picks ("the
extension of the ferry offices" / "wind down the ferry offices"; "deepened their cooperation on tidal power" /
"phase down their cooperation on tidal power"), when both act on the same thing.

Each test is constructed (an invented record, no article's words) and fails on the code before the rule.
"""

from __future__ import annotations

from conftest import conflict_reasons


def test_shrinking_a_thing_the_record_grows_is_the_opposite_action():
    assert "opposite_action" in conflict_reasons(
        "The governor welcomed the port authority's decision to wind down the two coastal ferry offices.",
        "The governor welcomed the port authority's extension of the two coastal ferry offices in Marrow "
        "Bay.")
    assert "opposite_action" in conflict_reasons(
        "The two provinces said they would phase down their cooperation on tidal power.",
        "The two provinces have deepened their cooperation on tidal power since the accord.")
    assert "opposite_action" in conflict_reasons(
        "The ministries agreed to boost funding for the rural clinics network.",
        "The ministries agreed to scale back funding for the rural clinics network next year.")


def test_growing_and_shrinking_other_things_is_no_opposite():
    # Each direction acts on a thing of its own: the record's is not the claim's.
    assert "opposite_action" not in conflict_reasons(
        "The port authority will wind down its night shifts at the grain terminal.",
        "The port authority will increase timber exports through the northern docks.")
    # Two words of one direction tell the same action.
    assert "opposite_action" not in conflict_reasons(
        "The ministries agreed to cut back funding for the rural clinics network.",
        "The ministries agreed to scale back funding for the rural clinics network.")


def test_raising_a_level_the_record_lowers_is_the_opposite_action():
    # Raising and lowering a level: words the lexicon pairs with no opposite of their own.
    assert "opposite_action" in conflict_reasons(
        "The council will raise the harbour levy on foreign grain carriers.",
        "The council will lower the harbour levy on foreign grain carriers from next season.")
    assert "opposite_action" in conflict_reasons(
        "The two provinces agreed to shrink the fishing quota for the northern banks.",
        "The two provinces agreed to enlarge the fishing quota for the northern banks.")


def test_raising_one_thing_and_lowering_another_is_no_opposite():
    assert "opposite_action" not in conflict_reasons(
        "The council will raise the harbour levy on foreign grain carriers.",
        "The council will lower the speed limit for pleasure boats in the bay.")
