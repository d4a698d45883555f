"""News words that a record writes another way only in a known setting (evidence._stand_ins): a country's
capital for the city's name, "received" a person for meeting him."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims

from db.store import ReadoutRecord
from verifier.evidence import _stand_ins
from verifier.normalize import analyze

MEETING_IN_A_CAPITAL = ReadoutRecord(
    source="whitehouse",
    url="https://www.whitehouse.gov/briefing-room/statements-releases/2026/02/11/readout-of-a-meeting-in-lima/",
    title="Readout of a Meeting",
    published=datetime(2026, 2, 11, 20, 0, tzinfo=UTC),
    body="President Biden met with President Boluarte of Peru in Lima today to discuss copper exports and port security.",
)

HOSTED_VISIT = ReadoutRecord(
    source="whitehouse",
    url="https://www.whitehouse.gov/briefing-room/statements-releases/2026/02/13/readout-of-a-meeting-in-manila/",
    title="Readout of a Meeting",
    published=datetime(2026, 2, 13, 20, 0, tzinfo=UTC),
    body="President Marcos met with Secretary Raimondo at Malacanang Palace to review semiconductor investment.",
)


def test_the_capital_named_by_its_country_is_the_city():
    assert _stand_ins(analyze("The secretary met officials in the Vietnamese capital.")) \
        == [("capital", frozenset(analyze("Hanoi").keys))]
    assert _stand_ins(analyze("The secretary met officials in the capital of Vietnam."))[0][0] == "capital"
    # No country qualifies it: money, not a city.
    assert _stand_ins(analyze("The firms raised new capital for the plants.")) == []


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
