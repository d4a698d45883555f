"""The people of a place the other sentence names are no other party: the lexicon knows the peoples of countries,
not of every territory, province or city, and "Tigrayans" read as an unknown name against "Afars in Tigray"
would otherwise be another actor in the same slot (verifier/alignment.people_of_a_place_named).

Constructed sentences (no labelled article's words).
"""

from __future__ import annotations

from conftest import conflict_reasons

from verifier.alignment import people_of_a_place_named
from verifier.rules.codes import ACTOR_MISMATCH


def test_a_peoples_name_is_read_against_its_places():
    assert people_of_a_place_named("Valdorans", "the residents of Valdora")
    assert people_of_a_place_named("Kessaris", "families in Kessar province")
    assert people_of_a_place_named("Ostlanders", "aid for Ostland")
    # Another place's people, a lowercase word and a stem too short to tell are not.
    assert not people_of_a_place_named("Valdorans", "the residents of Kessar")
    assert not people_of_a_place_named("valdorans", "the residents of Valdora")
    assert not people_of_a_place_named("Teks", "the Tekno ministry")


def test_the_people_of_the_place_the_record_names_fill_its_slot():
    record = "The ministry will issue work permits to Afars in Tigray to harvest the orchards."
    assert ACTOR_MISMATCH not in conflict_reasons(
        "The ministry will issue work permits to Tigrayans to harvest the orchards.", record)
    # Another place's people in that slot are still another party.
    assert ACTOR_MISMATCH in conflict_reasons(
        "The ministry will issue work permits to Nuristanis to harvest the orchards.", record)
