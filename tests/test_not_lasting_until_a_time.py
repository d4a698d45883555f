""""Not ... until" a time puts an onset off to then ("the fee will not take effect until March" says it takes
effect in March), but denies a state's lasting that long ("the truce will not remain in force until March 3"
says it ends sooner): against a record that keeps it in force until then, that is a negation.

Constructed sentences (an invented record, no article's words); each fails on the code before the rule.
"""

from __future__ import annotations

from conftest import conflict_reasons

from verifier.normalize import analyze


def test_a_state_not_lasting_until_a_time_is_denied():
    assert "negation_mismatch" in conflict_reasons(
        "The harbour truce between Ostland and Westmark will not remain in force until March 3.",
        "The harbour truce between Ostland and Westmark will continue in effect until March 3.")
    assert "negation_mismatch" in conflict_reasons(
        "The ferry agreement will not stay in effect until June, the ministry said.",
        "The ferry agreement will remain in force until June.")


def test_an_onset_not_until_a_time_still_affirms():
    assert "negation_mismatch" not in conflict_reasons(
        "The new harbour fee will not take effect until March.",
        "The new harbour fee will take effect in March.")
    assert "=remain_in_effect" in analyze("The truce will not remain in force until March 3.").negated
