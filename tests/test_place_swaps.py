"""A place the record gives another place for: a place reworded around (verifier/alignment.place_swaps),
a country where something is (verifier/rules/actors._located), and the places the lexicon knows
(verifier/data/aliases.json). Constructed sentences, real analyses, no mocks."""

from __future__ import annotations

from verifier.normalize import analyze
from verifier.rules.codes import PLACE_MISMATCH
from verifier.rules.conflicts import find_conflicts


def _conflicts(claim: str, record: str) -> tuple[str, ...]:
    return find_conflicts(analyze(claim), analyze(record)).reasons


def test_a_country_reworded_around_is_another_place():
    # No word next to either country is the other's: the words around them are matched in order.
    record = "I apologize again for not being able to join you in Papua New Guinea this past May — the visit " \
             "would have meant a great deal to my team."
    assert _conflicts("The envoy again apologized for not traveling to Fiji in May, saying the visit would have "
                      "meant a great deal to her team.", record) == (PLACE_MISMATCH,)
    # The capital of the record's country is the same place said more closely.
    assert _conflicts("The envoy again apologized for not traveling to Port Moresby in May, saying the visit would "
                      "have meant a great deal to her team.", record) == ()


def test_a_place_the_record_does_not_give_another_for_is_no_swap():
    # Where the claim's speaker stood is background the record does not state; its own place is the port's.
    assert _conflicts("Speaking in Chile, the minister said the port would reopen in April.",
                      "The minister said the port in Peru would reopen in April.") == ()
    # A place the record writes out inside a longer name is named there.
    assert _conflicts("The two sides discussed the understandings the two heads of state reached in San Francisco.",
                      "The two sides discussed the understandings the two heads of state reached at the summit "
                      "meeting in San Francisco.") == ()


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


def test_a_place_opening_another_name_does_not_state_where_the_point_happened():
    from verifier.rules.codes import Conflict
    from verifier.verdicts import _states
    claim = analyze("The task force will meet other countries at a conference in Sydney in September.")
    conflict = Conflict((PLACE_MISMATCH,), frozenset(token.key for token in claim.tokens if token.surface == "Sydney"))
    # The record's other sentence names the Sydney Energy Forum, not a meeting in Sydney: it confirms nothing
    # against the sentence that puts the conference in Brisbane.
    assert not _states(claim, analyze("The task force welcomed the Sydney Energy Forum and will meet other "
                                      "countries at a conference in September."), conflict)
    assert _states(claim, analyze("The task force will meet other countries at a conference in Sydney in "
                                  "September."), conflict)
