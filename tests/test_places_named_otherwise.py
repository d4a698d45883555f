"""Places the lexicon did not read as places: a town qualified by its state or country ("Red Fork, Utah"), the
host of an occasion ("the summit hosted by India") and the sovereign states the lexicon lacked; and a town against
a region ("in Dunmore" / "in the Saltmere region"), two levels. Each is compared with the claim's place in the same
slot (rules/actors._substitutions).

Constructed sentences (no labelled article's words); the towns are names the lexicon does not know.
"""

from __future__ import annotations

from conftest import conflict_reasons

from verifier.rules.codes import ACTOR_MISMATCH, PLACE_MISMATCH


def test_a_town_qualified_by_its_state_is_a_place_not_a_person():
    # "Red Fork" read as a person's name had no place's slot to fill.
    claim = "He said he had stopped in Harlow, Nevada, on his way to Canada to see the border crossing for himself."
    record = "On my way here, I stopped in Red Fork, Utah, to see the crossing with my own eyes and to meet officials."
    assert conflict_reasons(claim, record) == (PLACE_MISMATCH,)
    # The same town, qualified or not, agrees.
    assert conflict_reasons("He said he had stopped in Red Fork on his way to Canada to see the border crossing.",
                            record) == ()
    # A person's name with a state after the article is no town: "Dana Whitfield, a Utah Republican".
    assert PLACE_MISMATCH not in conflict_reasons(
        "The bill was backed by Dana Whitfield, a Nevada Republican, the senator's office said.",
        "The bill was backed by Morgan Teller, a Utah Republican, the senator's office said.")


def test_the_host_of_an_occasion_is_where_it_is_held():
    record = "We look forward to the next fisheries summit hosted by India in 2027."
    assert PLACE_MISMATCH in conflict_reasons("The next fisheries summit will be held in Japan in 2027.", record)
    assert PLACE_MISMATCH not in conflict_reasons("The next fisheries summit will be held in India in 2027.", record)
    # A country that hosts no occasion ("backed by India") names no place.
    assert PLACE_MISMATCH not in conflict_reasons("The next fisheries plan will be drafted in Japan in 2027.",
                                                  "We look forward to the next fisheries plan backed by India in 2027.")


def test_every_sovereign_state_is_a_country():
    # Kiribati and Vanuatu were unknown names: a country's slot compared only with countries.
    reasons = conflict_reasons("The United States is discussing opening an embassy with the government of Tonga.",
                               "We are discussing opening an embassy with the Government of Kiribati.")
    assert {PLACE_MISMATCH, ACTOR_MISMATCH} & set(reasons), reasons
    assert conflict_reasons("The Cape Verdean government signed the maritime accord.",
                            "The Government of Cabo Verde signed the maritime accord.") == ()


def test_a_town_and_a_region_named_after_the_are_two_levels():
    # "In Dunmore" is where the deed was done; "in the Saltmere region" where the programme works: no one slot.
    claim = "At the Hollis School in Dunmore, the governor announced the Coastal Reading Initiative for children."
    record = "The Coastal Reading Initiative will focus first on children in the Saltmere region, the office said."
    assert PLACE_MISMATCH not in conflict_reasons(claim, record)
    # Two towns, or two regions, fill one slot.
    assert PLACE_MISMATCH in conflict_reasons("The initiative will focus first on children in Dunmore.",
                                              "The initiative will focus first on children in Saltmere.")
    assert PLACE_MISMATCH in conflict_reasons("The initiative will focus first on children in the Dunmore basin.",
                                              "The initiative will focus first on children in the Saltmere region.")
