"""News words that a record writes another way only in a known setting (evidence._stand_ins): a country's
capital for the city's name, "received" a person for meeting him."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, check_claims, readout_record

from verifier.evidence import _stand_ins
from verifier.normalize import analyze

MEETING_IN_A_CAPITAL = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2026/02/11/readout-of-a-meeting-in-lima/",
    "President Biden met with President Boluarte of Peru in Lima today to discuss copper exports and port security.",
    published=datetime(2026, 2, 11, 20, 0, tzinfo=UTC),
)

HOSTED_VISIT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2026/02/13/readout-of-a-meeting-in-manila/",
    "President Marcos met with Secretary Raimondo at Malacanang Palace to review semiconductor investment.",
    published=datetime(2026, 2, 13, 20, 0, tzinfo=UTC),
)


def test_the_capital_named_by_its_country_is_the_city():
    assert _stand_ins(analyze("The secretary met officials in the Vietnamese capital.")) \
        == [("capital", frozenset(analyze("Hanoi").keys))]
    assert _stand_ins(analyze("The secretary met officials in the capital of Vietnam."))[0][0] == "capital"
    # No country qualifies it: money, not a city.
    assert _stand_ins(analyze("The firms raised new capital for the plants.")) == []


def test_every_capital_the_alias_data_lists_is_named_by_its_country():
    # Most capitals have no alias group of their own: the city is its own word's key.
    assert _stand_ins(analyze("The ministers met in the Colombian capital.")) \
        == [("capital", frozenset(analyze("Bogota").keys))]
    assert _stand_ins(analyze("The ministers met in the capital of Ecuador.")) \
        == [("capital", frozenset(analyze("Quito").keys))]


def test_received_is_a_meeting_only_with_a_person_for_its_object():
    assert _stand_ins(analyze("Marcos received the American official at the palace."))
    assert _stand_ins(analyze("Marcos received Mrs. Raimondo at the palace."))
    assert _stand_ins(analyze("Manila received a letter from Washington.")) == []
    assert _stand_ins(analyze("Marcos received a call from Biden.")) == []


def test_news_words_for_what_the_record_names_otherwise_support_the_claim(tmp_path):
    records = [MEETING_IN_A_CAPITAL, HOSTED_VISIT]
    capital, received = check_claims(tmp_path / "stand_ins.db", records, [
        ("Biden and Boluarte met in the Peruvian capital.", date(2026, 2, 12)),
        ("Marcos received the American official at Malacanang Palace.", date(2026, 2, 14)),
    ])
    assert capital["verdict"] == "supported", capital
    assert capital["evidence"][0]["url"] == MEETING_IN_A_CAPITAL.url
    assert received["verdict"] == "supported", received
    assert received["evidence"][0]["url"] == HOSTED_VISIT.url


DESALINATION_SUMMIT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2026/06/03/readout-of-a-desalination-summit/",
    "President Trump met with Crown Prince Mohammed bin Salman in Riyadh today to open a desalination "
    "research center and a solar grid laboratory.",
    published=datetime(2026, 6, 3, 20, 0, tzinfo=UTC),
)


def test_a_capital_no_alias_group_names_is_stated_by_the_record_naming_the_city(tmp_path):
    opened = check_claim(
        tmp_path / "capitals.db", [DESALINATION_SUMMIT],
        "Trump and the crown prince opened a desalination research center in the capital of Saudi Arabia.",
        date(2026, 6, 4))
    assert opened["verdict"] == "supported", opened
    assert opened["evidence"][0]["url"] == DESALINATION_SUMMIT.url


DIALOGUE_REVIEW = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2026/03/11/readout-of-a-dialogue/",
    "Secretary Raimondo and Minister Dien noted the value of the supply chain dialogue over the past eighteen months.",
    published=datetime(2026, 3, 11, 20, 0, tzinfo=UTC),
)

REGIONAL_ISSUES = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2026/03/12/readout-of-regional-talks/",
    "The two sides also discussed developments in the Red Sea and the war in Sudan.",
    published=datetime(2026, 3, 12, 20, 0, tzinfo=UTC),
)


def test_the_past_year_and_a_half_is_eighteen_months():
    assert analyze("over the past year and a half").quantities == analyze("over the past 18 months").quantities
    assert analyze("in the last year and a half").quantities == analyze("over the past 18 months").quantities


def test_a_length_said_with_a_half_and_the_situation_a_topic_is_in_weigh_as_the_record_writes_them(tmp_path):
    length, situation = check_claims(tmp_path / "halves.db", [DIALOGUE_REVIEW, REGIONAL_ISSUES], [
        ("Raimondo and Dien said the supply chain dialogue had proved valuable over the past year and a half.",
         date(2026, 3, 12)),
        # "the situation in" names no more than the place: a light word, as "the issue of" is.
        ("They discussed the situation in the Red Sea and Sudan.", date(2026, 3, 13)),
    ])
    assert length["verdict"] == "supported", length
    assert length["evidence"][0]["url"] == DIALOGUE_REVIEW.url
    assert situation["verdict"] == "supported", situation
    assert situation["evidence"][0]["url"] == REGIONAL_ISSUES.url
