"""A verb of holding back that is itself denied: "does not stop the port from levying fees", "Nothing in this
accord shall restrict, or otherwise prevent, a Party from levying fees". Two negations: the deed after "from"
is left free, so it agrees with a record that allows it and disagrees with one that forbids it.

Each test is constructed (an invented record, no article's words) and fails on the code before the rule.
"""

from __future__ import annotations

from conftest import conflict_reasons

from verifier.normalize import analyze

FORBIDS = "Westmark shall not levy harbour fees on foreign fishing vessels."
ALLOWS = ("Nothing in this text shall restrict, or otherwise prevent, either Party from levying harbour fees "
          "on foreign fishing vessels to fund port maintenance.")



def test_a_denied_holding_back_leaves_the_deed_free():
    for freed in ("The accord does not stop Westmark from levying harbour fees on foreign fishing vessels.",
                  "Nothing in the accord bars Westmark from levying harbour fees on foreign fishing vessels.",
                  "The ministry will not be deterred from levying harbour fees on foreign fishing vessels."):
        negated = analyze(freed).negated
        assert not {"=tariff", "harbor", "fee"} & negated, (freed, negated)
    # Undenied, the holding back still denies what follows "from".
    assert {"harbor", "fee"} <= analyze("The accord bars Westmark from levying harbour fees.").negated


def test_a_denied_holding_back_disagrees_with_a_record_that_forbids_the_deed():
    claim = "The accord does not bar Westmark from levying harbour fees on foreign fishing vessels."
    assert "negation_mismatch" in conflict_reasons(claim, FORBIDS)
    # A claim that the accord bars the fees agrees with it.
    assert "negation_mismatch" not in conflict_reasons(
        "The accord bars Westmark from levying harbour fees on foreign fishing vessels.", FORBIDS)


def test_a_record_that_denies_the_holding_back_allows_the_deed():
    claim = ("The accord lets either country levy harbour fees on foreign fishing vessels to fund port "
             "maintenance.")
    assert "negation_mismatch" not in conflict_reasons(claim, ALLOWS)
    # A claim that the fees are forbidden is the flipped polarity.
    assert "negation_mismatch" in conflict_reasons(
        "Under the accord, Westmark may not levy harbour fees on foreign fishing vessels.", ALLOWS)
