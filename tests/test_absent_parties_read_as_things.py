"""A party the claim names and the publication never does is an absent party (rules.parties._absent_party),
which contests a claim the record otherwise states ("someone else did it"). Two readings keep words that are
no party out of it: a capitalised run written as a thing's or a place's name ("awarded her the Silver
Laurel", "At Harrowgate Lodge"; not a body's, "the Harrowgate Foundation"), and a country's adjective before
a common noun the record names unqualified ("Mexican drug cartels" / "drug cartels"): the record then leaves
open whose they are and names no one else in their place.

Constructed records and claims (no labelled article's words). The claims of the third test are contested on
the engine without these readings; the last test keeps a true absent party contested.
"""

from __future__ import annotations

from datetime import date

from conftest import checked_against, filler_records

from verifier.normalize import analyze
from verifier.rules.parties import _qualifies_what_the_record_names, _written_as_a_thing

RECORD = filler_records(date(2024, 6, 3), [
    ("Readout of President Marlow's Meeting with President Aaltonen of Finland",
     "President Marlow met today with President Aaltonen of Finland.  President Aaltonen presented President "
     "Marlow with an honor recognizing decades of transatlantic friendship."),
    ("Readout of the Counternarcotics Dialogue",
     "The delegations agreed to curb the diversion of precursor chemicals to drug cartels and to share "
     "information on illicit shipments."),
], slug="things")


def test_a_name_written_as_a_things_is_no_party():
    claim = analyze("At Harrowgate Lodge, President Aaltonen gave Marlow the Silver Laurel of the Northern "
                    "Guild.")
    names = {entity.key: entity.index for entity in claim.entities}
    assert _written_as_a_thing(claim, names["harrowg"])
    assert _written_as_a_thing(claim, names["silver"])
    person = analyze("The talks were led by Senior Advisor Harlan Pettigrew.")
    assert not any(_written_as_a_thing(person, entity.index) for entity in person.entities)
    body = analyze("The fellowship will be run by the Harrowgate Foundation.")  # a body acts: a party
    assert not any(_written_as_a_thing(body, entity.index) for entity in body.entities)


def test_an_adjective_of_a_noun_the_record_names():
    record = analyze("The delegations agreed to curb the diversion of precursor chemicals to drug cartels.")
    assert _qualifies_what_the_record_names(analyze("Mexican drug cartels buy precursor chemicals."), 0,
                                            record)
    assert not _qualifies_what_the_record_names(analyze("Mexico agreed to curb the diversion."), 0, record)
    assert not _qualifies_what_the_record_names(analyze("Mexican officials agreed to curb it."), 0, record)


def test_things_and_qualified_nouns_are_not_contested(tmp_path):
    with checked_against(tmp_path / "record.db", RECORD) as check:
        award = check("President Aaltonen presented President Marlow with the Silver Laurel recognizing "
                      "decades of transatlantic friendship.", date(2024, 6, 4))
        cartels = check("Mexican drug cartels obtain precursor chemicals through diversion.",
                        date(2024, 6, 5))
    assert award["verdict"] != "contested", award
    assert cartels["verdict"] != "contested", cartels


def test_an_absent_party_that_acts_is_still_contested(tmp_path):
    with checked_against(tmp_path / "record.db", RECORD) as check:
        verdict = check("Canada agreed to curb the diversion of precursor chemicals to drug cartels.",
                        date(2024, 6, 5))
    assert (verdict["verdict"], verdict["reasons"]) == ("contested", ["actor_mismatch"]), verdict
