"""One name swapped in a sentence that otherwise says the record's words
(verifier/alignment.py), and a family name shared by two people
(verifier/normalize/names.py). Constructed sentences; real analyses and a real
record database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import filler_records, readout_record, record_database

from verifier.checking import check_text
from verifier.normalize import analyze
from verifier.rules.codes import ACTOR_MISMATCH, PLACE_MISMATCH
from verifier.rules.conflicts import find_conflicts


def _conflicts(claim: str, record: str) -> tuple[str, ...]:
    return find_conflicts(analyze(claim), analyze(record)).reasons


def test_one_member_of_a_list_of_unknown_places_swapped_is_another_place():
    # No word around the last town but other towns: only the alignment sees it replaced.
    assert _conflicts("The new corridor will join Arlow, Benvik, Corrin and Dunmere by rail.",
                      "The corridor will improve connectivity between Arlow, Benvik, Corrin, and Tavish in Kenya."
                      ) == (PLACE_MISMATCH,)
    # The same towns in another order are no swap.
    assert _conflicts("The corridor will join Arlow, Benvik, Corrin and Tavish.",
                      "The corridor will join Tavish, Corrin, Benvik and Arlow.") == ()


def test_a_country_swapped_next_to_another_country_is_another_actor():
    record = "The final terms will be set by the leaders of Chile and the United States."
    assert _conflicts("The final terms will be set by the leaders of Chile and Peru.", record) == (ACTOR_MISMATCH,)
    assert _conflicts("The final terms will be set by the leaders of the United States and Chile.", record) == ()


def test_a_person_swapped_after_the_same_office_is_another_actor():
    record = "The envoy thanked Mayor Adeyemi of Lagos for his partnership in reaching the accord."
    assert _conflicts("The envoy thanked Mayor Okonkwo for his partnership in reaching the accord.",
                      record) == (ACTOR_MISMATCH,)
    # The office alone in place of the name says nothing of who.
    assert _conflicts("The envoy thanked the Mayor for his partnership in reaching the accord.", record) == ()


def test_other_names_of_the_same_party_or_place_are_no_swap():
    # A city for its country, an acronym for its words, a nickname for the full name.
    assert _conflicts("Washington will host the next round of the grain talks.",
                      "The United States will host the next round of the grain talks.") == ()
    assert _conflicts("The envoy spoke at the UN about the grain corridor.",
                      "The envoy spoke at the United Nations about the grain corridor.") == ()
    assert _conflicts("The minister met Jen Ortiz in Lima.", "The minister met Jennifer Ortiz in Lima.") == ()
    # A name the lexicon does not know that shares a word with the record's may be another
    # language's name of the same sea.
    assert _conflicts("Ships must be free to sail in the West Sea and the Yellow Sea.",
                      "Ships must be free to sail in the Korea Bay Sea and the Yellow Sea.") == ()


def test_two_spellings_of_a_given_name_and_a_place_against_a_person_are_no_swap():
    # The same family name, known to the lexicon on both sides: one person, spelt two ways.
    assert _conflicts("Secretary Gina Raimondo will visit the port next month.",
                      "Secretary Geena Raimondo will visit the port next month.") == ()
    # A known place on one side, a person's two names on the other: not one slot.
    assert _conflicts("The statement did not mention the Red Sea at all.",
                      "The statement did not mention Gene Sperling at all.") == ()


def test_a_family_name_after_another_given_name_is_another_person():
    def keys(text: str) -> list[str]:
        return [token.key for token in analyze(text).tokens if token.capitalised]

    # The lexicon knows Jake Sullivan: Maria Sullivan is someone else, with a name of her own.
    assert "=sullivan" not in keys("Maria Sullivan opened the new library.")
    assert "=sullivan" not in keys("The grant went to Dr. Maria Sullivan.")
    # Offices, small words and the person's own given name leave the person as known.
    assert "=sullivan" in keys("Jake Sullivan opened the new library.")
    assert "=sullivan" in keys("Adviser Sullivan opened the new library.")
    assert "=sullivan" in keys("When Sullivan opened the new library, nobody came.")
    assert "=sullivan" in keys("The library opened. Separately Sullivan spoke.")
    assert _conflicts("Maria Sullivan opened the new library in the capital.",
                      "Jake Sullivan opened the new library in the capital.") == (ACTOR_MISMATCH,)


def test_a_family_name_written_first_before_another_given_name_is_another_person():
    def keys(text: str) -> list[str]:
        return [token.key for token in analyze(text).tokens if token.capitalised]

    # The lexicon knows Wang Yi, family name first: Wang Wenbin is someone else.
    assert "=wang_yi" not in keys("Spokesperson Wang Wenbin welcomed the grain deal.")
    assert "=wang_yi" in keys("Director Wang welcomed the grain deal.")
    assert _conflicts("Wang Wenbin welcomed the grain deal at the briefing.",
                      "Wang Yi welcomed the grain deal at the briefing.") == (ACTOR_MISMATCH,)


SWAPPED_TOWN = readout_record(
    "https://www.whitehouse.gov/briefing-room/2025/06/02/fact-sheet-rail-corridor/",
    ("The corridor will improve rail connectivity between Arlow, Benvik, Corrin, and Tavish in Kenya. "
     "Construction begins next year."),
    title="Fact Sheet: The Rail Corridor", published=datetime(2025, 6, 2, 15, 0, tzinfo=UTC))
FILLER = filler_records(date(2025, 5, 10), [
    ("Statement on Roads", "The President announced new funding for bridges and roads in twelve states."),
    ("Readout of a Call", "The President spoke with the Prime Minister about the economy and energy."),
])


def test_a_claim_naming_another_town_of_the_corridor_is_contested(tmp_path):
    engine = record_database(tmp_path / "record.db", [SWAPPED_TOWN, *FILLER])
    try:
        report = check_text(engine, "The corridor will improve rail connectivity between Arlow, Benvik, Corrin "
                                    "and Dunmere, the White House said.", date(2025, 6, 3), store=False)
    finally:
        engine.dispose()
    [claim] = report["claims"]
    assert (claim["verdict"], claim["reasons"]) == ("contested", [PLACE_MISMATCH]), claim


def test_two_bodies_that_share_only_the_head_of_their_names_are_two_bodies():
    # A body's head word ("Union", "Group") is as generic as a place's: every word of the place and body heads
    # is a head many names share (verifier/data/name_heads.json), so the word before it must agree.
    record = "The Kestrel Union signed the fisheries accord with Japan on Monday."
    assert _conflicts("The Varnian Union signed the fisheries accord with Japan on Monday.", record) == (
        ACTOR_MISMATCH,)
    assert _conflicts("The Kestrel Union signed the fisheries accord with Japan on Monday.", record) == ()
    assert _conflicts("The Varnian Group signed the fisheries accord with Japan on Monday.",
                      "The Kestrel Group signed the fisheries accord with Japan on Monday.") == (ACTOR_MISMATCH,)


def test_two_names_that_share_only_a_generic_head_are_two_names():
    # "Sea" is the head of many seas' names: the word that tells them apart must agree.
    record = "Russian warships patrolled the Black Sea near Crimea this week."
    assert _conflicts("Russian warships patrolled the Caspian Sea near Crimea this week.", record) == (ACTOR_MISMATCH,)
    assert _conflicts("Russian warships patrolled the Black Sea near Crimea this week.", record) == ()
    # A name written "Head of X" is the whole name, not a word of it shared with the other side.
    assert _conflicts("Russian warships patrolled the Sea of Okhotsk near Crimea this week.",
                      record) == (ACTOR_MISMATCH,)
    assert _conflicts("Russian warships patrolled the Sea of Okhotsk near Crimea this week.",
                      "Russian warships patrolled the Sea of Okhotsk near Crimea this week.") == ()
    # Word for word, the head matched and the word before it swapped (verifier/alignment.py).
    assert _conflicts("Grain ships will again sail through the Red Sea to Asia.",
                      "Grain ships will again sail through the Black Sea to Asia.") == (PLACE_MISMATCH,)
    # A name given in part still names its person ("Wang" for "Wang Yi", "President Xi" for "Xi Jinping").
    assert _conflicts("The minister met Wang in Lima to discuss trade.",
                      "The minister met Wang Yi in Lima to discuss trade.") == ()
    assert _conflicts("President Xi welcomed the accord on grain.", "Xi Jinping welcomed the accord on grain.") == ()
