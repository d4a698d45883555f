"""A claim that denies a deed ("never held talks with Brenning") against a record sentence that tells the deed
as closely as support must ("met today with ... Halvard Brenning"): the polarity is the only difference, so the
sentence contests the claim, although the record's own words for the talks and for the official's titles leave
less of the predicate shared than the general contest gate asks.

Constructed sentences and record (no labelled article's words). The first test fails when a flipped polarity
must pass the general predicate-coverage gate (the claim was left unsourced); the others pin the negations
that deny no deed, which stay as they were.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import FILLER, filler_records, record_database

from db.store import ReadoutRecord
from verifier.checking import check_text

RECORD = FILLER + filler_records(date(2024, 9, 2), [
    ("Readout of Foreign Minister Aldane's Meeting with Westmark's Chancellor",
     "Foreign Minister Tobias Aldane met today with Chancellor and Chair of the Westmark Council of Ministers "
     "Halvard Brenning in Lisbon. The two discussed fisheries, harbour security and the grain corridor."),
], slug="meetings")
ARTICLE_DAY = date(2024, 9, 3)


def _verdicts(tmp_path, claims: list[str], record: list[ReadoutRecord] = RECORD) -> list[dict]:
    engine = record_database(tmp_path / "record.db", record)
    try:
        return [check_text(engine, claim, ARTICLE_DAY, store=False)["claims"][0] for claim in claims]
    finally:
        engine.dispose()


def test_a_denied_meeting_is_contested_by_the_readout_of_the_meeting(tmp_path):
    affirmed, denied = _verdicts(tmp_path, [
        "Tobias Aldane held talks with Westmark's top foreign policy official Halvard Brenning in Lisbon on Monday.",
        "Tobias Aldane never held talks with Westmark's top foreign policy official Halvard Brenning in Lisbon on "
        "Monday.",
    ])
    # The same sentence is what the affirmative claim rests on ...
    assert affirmed["verdict"] == "supported"
    # ... and what the denial is contradicted by.
    assert denied["verdict"] == "contested"
    assert denied["reasons"] == ["negation_mismatch"]
    assert "met today with" in denied["evidence"][0]["sentence"]


@pytest.mark.parametrize("claim", [
    # A denial of saying leaves the deed open.
    "Tobias Aldane would not say whether he held talks with Westmark's top foreign policy official Halvard "
    "Brenning in Lisbon on Monday.",
    # A denial of knowing is no denial of the meeting the record tells.
    "Tobias Aldane had not known Westmark's top foreign policy official Halvard Brenning before the talks in "
    "Lisbon on Monday.",
])
def test_a_negation_that_denies_no_deed_is_not_contested_by_the_deed(tmp_path, claim):
    (verdict,) = _verdicts(tmp_path, [claim])
    assert verdict["verdict"] != "contested"


# The verdict model weighs closeness, not the denial: without the bar it raised the denied conversation below to
# supported on the very sentence that tells the discussion.
DISCUSSION = FILLER + filler_records(date(2024, 9, 2), [
    ("Readout of Foreign Minister Aldane's Meeting with Westmark's Chancellor",
     "Foreign Minister Tobias Aldane met today with Chancellor and Chair of the Westmark Council of Ministers "
     "Halvard Brenning in Lisbon. The two had a broad, candid discussion of fisheries, harbour security and the "
     "grain corridor."),
], slug="discussion")
CONVERSATION = "a wide-ranging, frank conversation covering fisheries, harbour security and the grain corridor."


def test_a_sentence_without_any_denial_does_not_support_a_denied_deed(tmp_path):
    affirmed, denied, litotes, two_clauses = _verdicts(tmp_path, [
        f"Aldane and Brenning held {CONVERSATION}",
        f"Aldane and Brenning never held {CONVERSATION}",
        # A denial that asserts, and a denial beside a clause that denies nothing, are left to the model.
        f"Aldane and Brenning did not hesitate to hold {CONVERSATION}",
        f"Aldane had not met Brenning before, and the two held {CONVERSATION}",
    ], DISCUSSION)
    assert affirmed["verdict"] == "supported"
    assert denied["verdict"] != "supported"
    assert litotes["verdict"] == "supported"
    assert two_clauses["verdict"] == "supported"


# Welcoming, praising, assuring, urging and warning are deeds told in words of saying: denied, they are denied as
# flatly as a meeting, unlike "would not say whether". Before negation._SPEECH_DEEDS the verdict model raised the
# denied welcome below to supported on the greeting.
WELCOME = FILLER + filler_records(date(2024, 9, 2), [
    ("Remarks by Foreign Minister Aldane and Chancellor Brenning Before Their Meeting",
     "Foreign Minister Tobias Aldane greeted Chancellor Halvard Brenning warmly in Lisbon for talks on fisheries, "
     "harbour security and the grain corridor."),
], slug="welcome")


def test_a_denied_welcome_is_not_supported_by_the_greeting(tmp_path):
    affirmed, denied = _verdicts(tmp_path, [
        "Tobias Aldane welcomed Halvard Brenning to Lisbon for talks on fisheries, harbour security and the grain "
        "corridor.",
        "Aldane did not welcome Brenning to Lisbon, noting talks on fisheries, harbour security and the grain "
        "corridor.",
    ], WELCOME)
    assert affirmed["verdict"] == "supported"
    assert denied["verdict"] != "supported"
