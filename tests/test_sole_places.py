"""Where a sentence otherwise tells the claim's point, the one place each side names is where that point
happened, whatever verbs stand around them: "for not traveling to Palau in June" against "that I could
not be with you in Tonga this past June" (rules.actors._sole_places). Constructed record, real database,
no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier.normalize import analyze
from verifier.rules.actors import _sole_places, substitutions
from verifier.rules.codes import CONTESTED, PLACE_MISMATCH

_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/09/10/"
    "remarks-before-meeting-with-islands-leaders/",
    "THE PRESIDENT: Welcome, everyone, to the White House. "
    "I want to say again that I am sorry that I could not be with you in Tonga this past June, a country "
    "that means a great deal to my whole family. "
    "Our partnership with the islands has never been stronger.",
    title="Remarks by President Biden Before Meeting with Pacific Islands Leaders",
    published=datetime(2024, 9, 10, 15, tzinfo=UTC))


def _checked(tmp_path, claims: list[str]) -> list[dict]:
    return check_claims(tmp_path / "places.db", [_REMARKS], [(claim, date(2024, 9, 11)) for claim in claims])


def _sole(claim_text: str, record_text: str) -> bool:
    claim, record = analyze(claim_text), analyze(record_text)
    missing = [entity for entity in claim.entities if entity.key not in record.keys]
    extra = [entity for entity in record.entities if entity.key not in claim.keys]
    return any(_sole_places(claim, ours, record, theirs, missing, extra)
               for ours in missing for theirs in extra)


def test_the_one_place_each_side_names_is_the_same_slot_whatever_the_verbs():
    claim = analyze("Biden said he was sorry for not traveling to Palau in June.")
    record = analyze("I am sorry that I could not be with you in Tonga this past June.")
    assert [reason for reason, _ in substitutions(claim, record)] == [PLACE_MISMATCH]


def test_a_second_place_on_either_side_leaves_the_slot_open():
    # The record names two places the claim lacks: either may be where the claim's trip was.
    claim = analyze("Biden said he was sorry for not traveling to Palau.")
    record = analyze("I am sorry that I could not be with you in Tonga or in Samoa.")
    assert substitutions(claim, record) == []


def test_a_place_talked_about_or_a_trip_yet_to_come_is_no_sole_place_swap():
    assert _sole("Biden said he was sorry for not traveling to Palau.",
                 "He was sorry he could not travel to Tonga.")
    # A topic, not where the claim's occasion was.
    assert not _sole("The situation in Palau was also discussed, reports said.",
                     "The leaders covered issues related to Tonga.")
    # One trip done, the other to come: two trips.
    assert not _sole("It was the envoy's first visit to Palau since she took office.",
                     "The envoy spoke with her counterpart about the President's upcoming visit to Tonga.")


def test_a_city_against_a_country_is_no_sole_place_swap():
    # Two levels: a country the lexicon does not place the city in is not told another place by this rule.
    claim = analyze("Biden said he was sorry for not traveling to Manila in June.")
    record = analyze("I am sorry that I could not be with you in Tonga this past June.")
    assert substitutions(claim, record) == []


def test_the_other_place_contests_the_claim(tmp_path):
    [trip] = _checked(tmp_path, [
        "Biden apologized again for not traveling to Palau in June, saying the country means a great deal to "
        "his family."])
    assert trip["verdict"] == CONTESTED and PLACE_MISMATCH in trip["reasons"], trip
