"""A place the record gives another place for: a country swapped in a list of places
(verifier/rules/actors._list_mates) and the places the lexicon knows (verifier/data/aliases.json).
Constructed sentences, real analyses, no mocks."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import PLACE_MISMATCH
from verifier.rules.conflicts import find_conflicts


def _conflicts(claim: str, record: str) -> tuple[str, ...]:
    return find_conflicts(analyze(claim), analyze(record)).reasons


def test_a_sea_the_lexicon_knows_is_a_place():
    # "Sea" on both sides made two unknown names look like spellings of one sea.
    assert _conflicts("Naval vessels were maneuvering in the Sea of Azov to the country's south.",
                      "Naval vessels are maneuvering in the Black Sea to the country's south.") == (PLACE_MISMATCH,)
    # A city and its country are one place.
    assert _conflicts("The working group will meet in Copenhagen next month.",
                      "The working group will meet in Denmark next month.") == ()


def test_a_country_swapped_in_a_list_of_places_is_another_place():
    # The claim says much the record does not, so its wording is not the record's: the list's other
    # member, shared by both, puts the two countries in one slot.
    record = "Since the last summit, we have opened embassies in Chile and Ecuador."
    assert _conflicts("On the diplomatic footprint, Washington has opened embassies in Chile and Peru since the "
                      "first summit, and it intends to open another in Bolivia next year.", record) == (PLACE_MISMATCH,)
    assert _conflicts("On the diplomatic footprint, Washington has opened embassies in Ecuador and Chile since the "
                      "first summit, and it intends to open another in Bolivia next year.", record) == ()
