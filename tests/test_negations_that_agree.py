"""Negations a record writes that do not deny what the claim states: a negation word repeated in a
speaker's emphasis ("nobody — nobody can stop it"), which falls within the first one's reach but is itself
the denial and no denied thing; and a negation inside an opening phrase that names the topic, often what
others say of it ("In terms of the press saying the port is not safe, the port is completely safe"): the
negation is theirs, the sentence's point the speaker's. And "no less" or "no more" before an adjective and
"than" is a bound ("terms no less favorable than those"), which denies nothing.

Constructed records and claims (no labelled article's words). Each faithful claim is contested without
these readings; the changed ones stay contested.
"""

from __future__ import annotations

from datetime import date

from conftest import check_claims, filler_records

from verifier.normalize import analyze
from verifier.rules.codes import NEGATION_MISMATCH
from verifier.rules.conflicts import find_conflicts

RECORD = filler_records(date(2024, 5, 6), [
    ("Remarks by President Marlow at the Harbour Works",
     "Some may try to slow the rebuilding of the Westmark harbour, but nobody — nobody can halt it — "
     "nobody.  We will finish the northern breakwater by the autumn."),
    ("Remarks by President Marlow and Chancellor Ostrander",
     "You asked about the ferries.  But in terms of the Westmark press saying Ostland is not dependable, "
     "Ostland is completely dependable — completely, totally dependable."),
], slug="agree")


def test_a_repeated_negation_word_is_no_word_denied():
    claim = analyze('Some may try to slow the rebuilding of the harbour, he said, but "nobody can halt it."')
    record = analyze("Some may try to slow the rebuilding of the Westmark harbour, but nobody — nobody can "
                     "halt it — nobody.")
    assert find_conflicts(claim, record).reasons == ()


def test_a_negation_in_an_opening_phrase_on_the_topic_is_not_the_speakers():
    claim = analyze("Asked about criticism in the Westmark press, he said Ostland was completely dependable.")
    record = analyze("But in terms of the U.S. press saying Ostland is not dependable, Ostland is completely "
                     "dependable.")
    assert find_conflicts(claim, record).reasons == ()
    # The speaker's own negation after such an opening still denies.
    denied = analyze("In terms of the ferry tariffs, we will not lift them this year.")
    lifted = analyze("Marlow said he would lift the ferry tariffs this year.")
    assert NEGATION_MISMATCH in find_conflicts(lifted, denied).reasons


def test_no_less_before_an_adjective_and_than_is_a_bound():
    claim = analyze("Ostland will offer Westmark favorable terms on its harbour tariffs.")
    record = analyze("Ostland intends to provide terms on harbour tariffs for Westmark that are no less "
                     "favorable than those offered to any other partner.")
    assert find_conflicts(claim, record).reasons == ()
    denied = analyze("Ostland will not provide favorable terms on harbour tariffs for Westmark.")
    assert NEGATION_MISMATCH in find_conflicts(claim, denied).reasons


def test_no_longer_than_a_duration_is_a_bound_and_no_longer_alone_a_deed_stopped():
    claim = analyze("Ostland will finish the survey of the Westmark harbour within six weeks.")
    record = analyze("Ostland will finish the survey of the Westmark harbour in no longer than six weeks.")
    assert find_conflicts(claim, record).reasons == ()
    stopped = analyze("Ostland will no longer finish the survey of the Westmark harbour.")
    assert NEGATION_MISMATCH in find_conflicts(claim, stopped).reasons


def test_faithful_claims_are_not_contested_and_changed_ones_are(tmp_path):
    results = check_claims(tmp_path / "record.db", RECORD, [
        (text, date(2024, 5, 9)) for text in (
            'Some may try to slow the rebuilding of the Westmark harbour, Marlow said, but "nobody can halt '
            'it."',
            "Asked about criticism in the Westmark press, Marlow insisted Ostland was completely dependable.",
            "Marlow said Westmark would not finish the northern breakwater by the autumn.",
        )])
    verdicts = [result["verdict"] for result in results]
    assert verdicts[0] == "supported", results[0]
    assert verdicts[1] == "supported", results[1]
    assert verdicts[2] == "contested", results[2]
