"""A republic named for short: "Congo" for "the Democratic Republic of the Congo" (or "the DRC") is the same
country, not another place; an unknown name in its place is still another place. Constructed sentences, no
mocks."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import PLACE_MISMATCH
from verifier.rules.conflicts import find_conflicts

_RECORD = analyze("The United States has provided nearly $20 million in support of farming cooperatives and the "
                  "water boards in Ghana and the DRC.")


def test_a_republic_named_by_its_short_name_is_the_same_country():
    claim = analyze("The United States has already given almost $20 million to farming cooperatives and water boards "
                    "in Ghana and Congo.")
    assert PLACE_MISMATCH not in find_conflicts(claim, _RECORD).reasons
    assert PLACE_MISMATCH not in find_conflicts(_RECORD, claim).reasons


def test_another_name_in_its_place_is_still_another_place():
    claim = analyze("The United States has already given almost $20 million to farming cooperatives and water boards "
                    "in Ghana and Zembla.")
    assert PLACE_MISMATCH in find_conflicts(claim, _RECORD).reasons
