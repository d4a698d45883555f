"""A contrast after a comma ("would carry conventional missiles and run on diesel engines, not diesel-electric
drives") denies only what follows its "not": the words before it are told as so, and a record sentence stating them
("carry conventional missiles and run on diesel engines") agrees with the claim. What only the contrast names stays
denied ("conventionally armed, not nuclear-armed" / "nuclear-armed frigates")."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import NEGATION_MISMATCH
from verifier.rules.conflicts import find_conflicts


def test_the_words_before_a_contrast_are_affirmed():
    claim = analyze("The minister said the frigates would carry conventional missiles and run on diesel engines, "
                    "not diesel-electric drives.")
    record = analyze("These frigates carry conventional missiles and run on diesel engines.")
    assert NEGATION_MISMATCH not in find_conflicts(claim, record).reasons


def test_what_only_the_contrast_names_stays_denied():
    claim = analyze("The frigates would be conventionally armed, not nuclear-armed.")
    assert NEGATION_MISMATCH in find_conflicts(claim, analyze("These are nuclear-armed frigates.")).reasons
