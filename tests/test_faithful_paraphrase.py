"""Paraphrases a reporter writes of a record that states the point, which a contest rule misread: a number
inside a hyphenated name ("MPOX-22 vaccines") counted as a figure; "no less than" read as a denial; "the next
decade" against "the next ten years"; a capital standing for its country's government or lying in it
("Riyadh's pledge", "in the Polish capital", "in Riyadh" for "in Saudi Arabia"); a "stop" that ends nothing
("stopped in Fiji", "stop ... from" as preventing) against the record's "continues"; a room of a building
("the Blue Room") read as a person.

Constructed sentences and records (no labelled article's words). Each paraphrase fails on the engine before
these rules; each changed detail beside it is still contested.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import checked_against, conflict_reasons, filler_records

from verifier.normalize import analyze


@pytest.mark.parametrize("claim, record", [
    # A number joined to a name by a hyphen names the thing (a disease, a model), it counts nothing.
    ("The two partners have pledged to donate more than 400 million vaccine doses, besides the doses they "
     "pay for through the Global Fund.",
     "In addition to doses financed through the Global Fund, Westmark and Eastland have pledged to donate "
     "more than 400 million doses of safe and effective MPOX-22 vaccines."),
    # "No less than" is a lower bound, "at least" in other words.
    ("The science ministry will fund reef research worth at least $12 million next year.",
     "The science ministry will fund reef research in 2025 with an expected value of no less than "
     "$12 million."),
    # A decade is ten years.
    ("Westmark is on track to spend $40 million on 900 exchange students over the next decade.",
     "Westmark is on track to provide $40 million to support 900 exchange students over the next ten "
     "years."),
    # ... either way round, though the record counts another span forward too ("next month").
    ("Starting next month, Westmark will spend $40 million on exchange students over the next ten years.",
     "Starting next month, Westmark will provide $40 million to support exchange students over the next "
     "decade."),
    # A capital speaks for its government, and the country's adjective before "capital" names that city.
    ("Westmark welcomed Riyadh's commitment to support stable fuel supplies for long-term growth.",
     "**Energy Partnership: **Saudi Arabia has committed to support stable fuel supplies for long-term "
     "growth."),
    ("The President affirmed the strength of ties between Westmark and Amman.",
     "The President affirmed the strong relations between Westmark and Jordan, and thanked His "
     "Majesty."),
    ("The President met Prime Minister Dorrin in the Polish capital on Tuesday.",
     "The President met today with Prime Minister Dorrin of Poland in Warsaw."),
    # "Stopped in Fiji" is a stopover and "stop ... from" holds back: neither ends what "continues".
    ("The envoy stopped in Fiji on Monday and pledged support for reef monitoring.",
     "The envoy pledged support for reef monitoring as Fiji continues to expand its marine reserves."),
    ("He said Westmark would go on taking the steps needed to stop advanced turbine designs from being "
     "exported.",
     "Westmark will continue to take the actions needed to prevent advanced turbine designs from being "
     "exported."),
    # A room of the White House is where something was said, not who said it.
    ("The President told the other leaders in the Blue Room that their vaccine effort was on course to "
     "produce 1 billion doses.",
     "Our Vaccine Partnership remains on course to grow manufacturing at Kestrel Pharma this fall, so that "
     "it can produce 1 billion doses."),
])
def test_a_faithful_paraphrase_is_no_conflict(claim, record):
    assert conflict_reasons(claim, record) == ()


@pytest.mark.parametrize("claim, record, reason", [
    # The same phrases with the detail changed: still a contest.
    ("The two partners have pledged to donate more than 300 million doses of vaccines.",
     "Westmark and Eastland have pledged to donate more than 400 million doses of MPOX-22 vaccines.",
     "number_mismatch"),
    ("The science ministry will not fund reef research next year.",
     "The science ministry will fund reef research in 2025 with a value of no less than $12 million.",
     "negation_mismatch"),
    ("Westmark will spend $40 million on exchange students over the next decade.",
     "Westmark will provide $40 million to support exchange students over the next five years.",
     "date_mismatch"),
    ("Westmark welcomed Riyadh's commitment to support stable fuel supplies for long-term growth.",
     "**Energy Partnership: **Jordan has committed to support stable fuel supplies for long-term growth.",
     "actor_mismatch"),
    ("The ministry stopped the rail subsidies last year.",
     "The ministry continued the rail subsidies last year.", "opposite_action"),
    ("Westmark plans to stop sending vaccine doses to the region.",
     "Westmark will continue sending vaccine doses to the region.", "opposite_action"),
    ("The United States lifted the tariffs on Chinese steel.",
     "The United States imposed tariffs on Chinese steel.", "opposite_action"),
])
def test_the_changed_detail_beside_it_is_still_a_conflict(claim, record, reason):
    assert reason in conflict_reasons(claim, record)


def test_a_room_is_a_place_compared_only_with_rooms():
    speaking = analyze("The President spoke with Dorrin in the Diplomatic Reception Room on Friday.")
    kinds = {speaking.tokens[entity.index].surface: entity.kind for entity in speaking.entities}
    assert kinds["Dorrin"] == "name" and kinds["Reception"] == "place"
    # Another room in the same slot is another place; a city elsewhere in the sentence is no room's rival.
    assert "place_mismatch" in conflict_reasons("The two leaders met in the Roosevelt Room on Friday.",
                                                "The two leaders met in the Cabinet Room on Friday.")
    assert conflict_reasons("The room included the outgoing envoy to Tokyo, Mara Lind.",
                            "We joined the President in the Situation Room, including our outgoing envoy to "
                            "Japan, Mara Lind.") == ()


RECORD = filler_records(date(2024, 3, 4), [
    ("Readout of the President's Call with President Halvor of Westmark",
     "The President raised concerns over the PRC's support for the Westmark shipyard expansion and its "
     "impact on regional security. The President also raised concerns over France's stance on the Eastland "
     "fishing quota and its impact on the northern fleet."),
    ("Fact Sheet: Investments Announced in Saudi Arabia",
     "Today in Saudi Arabia, the President announced a Saudi commitment to invest $70 billion in American "
     "shipyards."),
    ("Statement on Trade with China",
     "The President will travel to Beijing and Riyadh next year to discuss trade."),
], slug="paraphrase")


@pytest.mark.parametrize("claim", [
    # A capital that owns something is its government: it places the call nowhere.
    "The President raised concern over Beijing's support for the Westmark shipyard expansion and what it "
    "means for regional security.",
    # A name ending in "s" takes a bare apostrophe, which the word itself does not hold.
    "The President voiced concern over Paris' stance on the Eastland fishing quota and what it means for the "
    "northern fleet.",
    # "In Riyadh": the sentence places the announcement in the capital's country after the same
    # preposition.
    "In Riyadh on Tuesday, the President announced a Saudi commitment to invest $70 billion in American "
    "shipyards.",
])
def test_a_capital_for_its_government_or_its_country_places_nothing_elsewhere(tmp_path, claim):
    with checked_against(tmp_path / "record.db", RECORD) as check:
        verdict = check(claim, date(2024, 3, 6))
    assert verdict["verdict"] == "supported", verdict
