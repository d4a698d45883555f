"""What a verb of holding back takes as its object ("prevent the spread of the fever in the camps", "avoid
unilateral moves") is kept from happening: the sentence tells it not done, as "keep the fever from spreading"
does, though no negation word reaches it. Two such sentences agree; a sentence that denies the holding back
itself, or denies the thing with a negation word, still disagrees with one that tells it.

Constructed records and claims (no labelled article's words). The faithful claim ("refrain from new curfews"
for "avoid new curfews") is contested without the reading; the changed one stays contested.
"""

from __future__ import annotations

from datetime import date

from conftest import check_claims, filler_records

from verifier.normalize import analyze
from verifier.rules.codes import NEGATION_MISMATCH
from verifier.rules.conflicts import find_conflicts
from verifier.rules.negation import held_off_keys

RECORD = filler_records(date(2024, 5, 6), [
    ("Readout of the Call with Governor Pell",
     "Governor Pell vowed to avoid new curfews in the Westmark camps during the fever season."),
], slug="heldoff")


def test_the_object_of_a_verb_of_holding_back_is_held_off():
    record = analyze("The council will avoid unilateral moves in the harbour, the minister said.")
    assert {"unilat", "move"} <= held_off_keys(record)
    assert "minist" not in held_off_keys(record)
    # "Keep" keeps its object in force.
    assert not held_off_keys(analyze("The council will keep the harbour levy."))
    claim = analyze("Members were asked to refrain from unilateral moves in the harbour.")
    assert NEGATION_MISMATCH not in find_conflicts(claim, record).reasons
    # Against a negation word the held-off thing is still denied: what is kept from happening is not it.
    stopping = analyze("The levy is designed to stop fuel flowing into Ostland, the minister said.")
    denying = analyze("What the levy tries to prevent is not fuel flowing into Ostland.")
    assert NEGATION_MISMATCH in find_conflicts(stopping, denying).reasons


def test_faithful_claims_are_not_contested_and_changed_ones_are(tmp_path):
    results = check_claims(tmp_path / "record.db", RECORD, [
        (text, date(2024, 5, 9)) for text in (
            # "Refrain from" is a verb of holding back too, so its object is no deed told done on either side.
            "Pell said he would refrain from new curfews in the Westmark camps during the fever season.",
            "Pell said he would not avoid new curfews in the Westmark camps during the fever season.",
        )])
    verdicts = [result["verdict"] for result in results]
    assert verdicts[0] != "contested", results[0]
    assert verdicts[1] == "contested", results[1]
