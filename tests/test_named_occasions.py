"""Occasions a claim names (event_mismatch): words that name no occasion, and an event the record names in a
shorter form, are no other occasion than the record's."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import check_claim, readout_record

from db.store import ReadoutRecord
from verifier.normalize import analyze
from verifier.rules.occasions import _CALL_AS_VERB, _names_it_shorter


def _white_house(slug: str, title: str, day: int, body: str) -> ReadoutRecord:
    return readout_record(
        f"https://www.whitehouse.gov/briefing-room/2024/05/{day:02d}/{slug}/", body, title=title,
        published=datetime(2024, 5, day, 18, 0, tzinfo=UTC))


COMPACT_STATEMENT = _white_house(
    "okafor-lindqvist-joint-leaders-statement", "Zurnia-United States Joint Leaders' Statement", 6,
    "Today, President Okafor and Prime Minister Lindqvist launched a new initiative, the Harbour Compact for "
    "Shipping, Ports and Fisheries, to drive cooperation across key pillars. The leaders also welcomed new "
    "student exchanges.")


def test_call_as_a_verb_names_no_call(tmp_path):
    # "What they call" is how the leaders name their initiative, not a phone call the joint statement is silent on.
    claim = check_claim(
        tmp_path / "compact.db", [COMPACT_STATEMENT],
        "Okafor and Lindqvist launched what they call the Harbour Compact for Shipping, Ports and Fisheries, "
        "to drive cooperation across key pillars.", date(2024, 5, 7))
    assert claim["verdict"] == "supported", claim


def test_call_the_noun_is_still_an_occasion():
    def as_verb(text: str) -> bool:
        end = text.index("call") + len("call")
        return _CALL_AS_VERB.search(text, 0, end) is not None

    assert as_verb("the two leaders launched what they call the Compact")
    assert as_verb("we also call on both sides to show restraint")
    assert as_verb("Biden will call Xi next week")
    assert not as_verb("during the call, they discussed trade")
    assert not as_verb("on their call, the leaders discussed trade")
    assert not as_verb("the two leaders held a call on Tuesday")


MUNICH_REMARKS = _white_house(
    "remarks-okafor-response", "Remarks by President Okafor Announcing a Response to the Crisis", 6,
    "Vice President Adeyemi met in person with leaders in Germany over the weekend at the Munich Conference, "
    "including President Marlow. We will keep working with our allies.")


def test_an_event_the_record_names_by_its_first_and_last_words_is_the_same_event(tmp_path):
    claim = check_claim(
        tmp_path / "munich.db", [MUNICH_REMARKS],
        "Vice President Adeyemi met leaders in Germany at the Munich Security Conference over the weekend, "
        "including President Marlow, Okafor noted.", date(2024, 5, 7))
    assert claim["verdict"] == "supported", claim


def test_a_shorter_name_keeps_the_events_first_and_last_words():
    assert _names_it_shorter("Munich Security Conference", "met leaders at the Munich Conference on Saturday")
    assert _names_it_shorter("UN General Assembly", "in his speech to the UN Assembly")
    assert not _names_it_shorter("Munich Security Conference", "met leaders at the Munich airport")
    assert not _names_it_shorter("Munich Security Conference", "the Security Conference in Munich")
    assert not _names_it_shorter("G20", "the G20")



HARBOUR_READOUT = _white_house(
    "readout-okafor-meeting-lindqvist", "Readout of President Okafor's Meeting with Prime Minister Lindqvist", 6,
    "President Okafor met with Prime Minister Lindqvist of Ruritania today. The leaders reviewed the progress made "
    "in the Zurnia-Ruritania Blue Harbour Partnership.")


@pytest.mark.parametrize("claim", [
    "The leaders reviewed the progress made in what Zurnia and Ruritania call their Blue Harbour Partnership.",
    "The leaders reviewed the progress made in what both governments call the Blue Harbour Partnership.",
])
def test_call_that_names_something_is_no_phone_call(tmp_path, claim):
    # "What X and Y call their partnership" gives the partnership its name: the claim names no call the record
    # would have to tell.
    assert "=phone_call" not in analyze(claim).keys
    checked = check_claim(tmp_path / "harbour.db", [HARBOUR_READOUT], claim, date(2024, 5, 7))
    assert checked["verdict"] == "supported", checked


@pytest.mark.parametrize("sentence", [
    "They went over what was said on the call the day before.",
    "The aides described what the two leaders discussed during their call.",
    "It is unclear what they agreed in a call on Tuesday.",
])
def test_call_after_what_is_still_a_call_as_a_noun(sentence):
    assert "=phone_call" in analyze(sentence).keys
