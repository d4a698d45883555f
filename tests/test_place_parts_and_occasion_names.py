"""Which part of a place, and the names an occasion or place goes by. A claim that puts the event in the opposite
part of the record's place ("in southern Dravia" / "in northern Dravia") is contested (rules.places.direction_swap);
the occasion the claim names is not another one when the record tells the calls in the plural ("readouts of calls
the President made"), when the claim's name is a modifier ("Kremlin-directed attempts"), when the claim glosses it
with the record's name ("the East Sea (South China Sea)"), or when the two spell the assembly differently ("UN
General Assembly" / "U.N. General Assembly") (rules.occasions._occasion_conflict). Constructed records and
sentences (no labelled article's words), real SQLite databases, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, check_claims, only_the_changed_is_contested, readout_record

from verifier.normalize import analyze
from verifier.rules.codes import CONTESTED, PLACE_MISMATCH, SUPPORTED
from verifier.rules.conflicts import find_conflicts
from verifier.rules.occasions import _CALLS as PHONE_CALLS
from verifier.rules.places import direction_swap

_FLOODS = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/03/05/readout-call-president-aranda/",
    "President Biden spoke today with President Lucia Aranda of Dravia. The two leaders discussed the floods that "
    "destroyed thousands of homes in northern Dravia last week. President Biden offered emergency shelters and "
    "water purification teams.",
    title="Readout of President Biden's Call with President Lucia Aranda of Dravia",
    published=datetime(2024, 3, 5, 20, tzinfo=UTC))


def test_the_opposite_part_of_the_records_place_is_contested(tmp_path):
    only_the_changed_is_contested(tmp_path / "parts.db", [_FLOODS], date(2024, 3, 6), PLACE_MISMATCH, [
        "Biden and Aranda discussed the floods that destroyed thousands of homes in southern Dravia last week.",
        "Biden and Aranda discussed the floods that destroyed thousands of homes in northern Dravia last week."])


def test_directions_that_overlap_or_name_a_country_do_not_disagree():
    northern = analyze("The floods destroyed homes in northern Dravia.")
    assert direction_swap(analyze("The floods destroyed homes in northeastern Dravia."), northern) is None
    assert direction_swap(analyze("The floods destroyed homes in eastern Dravia."), northern) is None
    assert direction_swap(analyze("The floods destroyed homes in southern Dravia."), northern)
    assert direction_swap(analyze("The floods destroyed homes in south-eastern Dravia."), northern)
    # A record naming both parts does not disagree with either; a capitalised direction is a name's own word.
    both = analyze("The floods destroyed homes in northern Dravia and in southern Dravia.")
    assert direction_swap(analyze("The floods destroyed homes in southern Dravia."), both) is None
    assert direction_swap(analyze("Envoys met in South Korea."), analyze("Envoys met in North Korea.")) is None
    # Through find_conflicts: the direction word is what the disagreement is about.
    conflict = find_conflicts(analyze("The floods destroyed homes in southern Dravia."), northern)
    assert PLACE_MISMATCH in conflict.reasons and conflict.ignored


_GAGGLE = readout_record(
    "https://www.whitehouse.gov/briefing-room/press-briefings/2024/03/12/press-gaggle-en-route-denver/",
    "MS. DALTON: Since we took off, we've released readouts of calls the President made to the leaders of Dravia "
    "and Ostland. He keeps working toward a prisoner exchange that would bring at least a four-week truce along "
    "the border.",
    title="Press Gaggle by Deputy Press Secretary Dana Whitfield En Route Denver, CO",
    published=datetime(2024, 3, 12, 18, tzinfo=UTC))
_CALLS = [readout_record(
    f"https://www.whitehouse.gov/briefing-room/statements-releases/2024/03/12/readout-call-{name.lower()}/",
    f"President Biden spoke today with President {leader} of {name}. The leaders underscored that the exchange of "
    "prisoners would result in an immediate truce along the border lasting at least four weeks.",
    title=f"Readout of President Biden's Call with President {leader} of {name}",
    published=datetime(2024, 3, 12, 21, tzinfo=UTC)) for name, leader in (("Dravia", "Aranda"),
                                                                          ("Ostland", "Lindqvist"))]


def test_calls_told_in_the_plural_are_the_claims_calls(tmp_path):
    # The gaggle never says "call" in the singular: its "readouts of calls" names the claim's occasion.
    claim = check_claim(
        tmp_path / "calls.db", [_GAGGLE, *_CALLS],
        "In each call, the leaders stressed that exchanging the prisoners would bring an immediate truce along the "
        "border lasting at least four weeks.", date(2024, 3, 13))
    assert claim["verdict"] == SUPPORTED, (claim["verdict"], claim["reasons"])


def test_calls_for_something_are_appeals_not_phone_calls():
    # A publication that tells of appeals ("heeded the calls for restraint") names no phone call of the claim's.
    assert PHONE_CALLS.search("the ministers heeded the calls for restraint from the region.") is None
    assert PHONE_CALLS.search("the two calls for a ceasefire went unanswered.") is None
    # The calls themselves, in the plural, still are.
    assert PHONE_CALLS.search("the readouts of the two calls the president made today.") is not None
    assert PHONE_CALLS.search("both calls lasted an hour.") is not None


_SANCTIONS = [readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/05/02/fact-sheet-costs-for-interference/",
    "**New Sanctions** Treasury sanctioned 27 people and firms behind Russian government-directed "
    "efforts to sway the regional elections in Moldova, and other acts of disinformation.",
    title="FACT SHEET: Imposing Costs for Election Interference", published=datetime(2024, 5, 2, 14, tzinfo=UTC)),
    readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/20/statement-on-the-kremlin/",
    "The Kremlin continues to deny any role in the attacks on the power grid.",
    title="Statement on Attacks on the Power Grid", published=datetime(2024, 4, 20, 14, tzinfo=UTC))]


def test_a_name_hyphenated_into_a_modifier_is_no_occasion(tmp_path):
    claim = check_claim(
        tmp_path / "modifier.db", _SANCTIONS,
        "Another 27 people and firms were sanctioned over Kremlin-directed efforts to influence the regional "
        "elections in Moldova.", date(2024, 5, 3))
    assert claim["verdict"] != CONTESTED, (claim["verdict"], claim["reasons"])


_SEAS = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/07/09/readout-meeting-nguyen/",
    "President Biden met today with President Nguyen Van Thanh of Vietnam. The two leaders stressed the "
    "need to keep the Indo-Pacific peaceful and stable, above all in the South China Sea.",
    title="Readout of President Biden's Meeting with President Nguyen Van Thanh of Vietnam",
    published=datetime(2024, 7, 9, 20, tzinfo=UTC))
_SEA_ELSEWHERE = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/06/01/statement-on-the-east-sea-forum/",
    "The East Sea forum gathered coast guards of the region for the first time.",
    title="Statement on the Maritime Forum", published=datetime(2024, 6, 1, 14, tzinfo=UTC))


def test_a_name_glossed_with_the_records_name_is_that_place(tmp_path):
    glossed, bare = check_claims(tmp_path / "gloss.db", [_SEAS, _SEA_ELSEWHERE], [
        ("The two leaders stressed the need to keep the Indo-Pacific peaceful and stable, "
         "above all in the East Sea (South China Sea).", date(2024, 7, 10)),
        ("The two leaders stressed the need to keep the Indo-Pacific peaceful and stable, "
         "above all in the East Sea.", date(2024, 7, 10))])
    assert glossed["verdict"] == SUPPORTED, (glossed["verdict"], glossed["reasons"])
    # Without the gloss, nothing says the East Sea is the record's sea: another occasion's place.
    assert bare["verdict"] == CONTESTED


def test_the_assembly_is_one_occasion_however_spelt():
    keys = {analyze(name).entity_keys for name in (
        "at the UN General Assembly", "at the U.N. General Assembly", "at the United Nations General Assembly",
        "at UNGA")}
    assert len(keys) == 1 and next(iter(keys))


_DINNER = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/10/15/details-on-the-state-dinner/",
    "The President and the First Lady will welcome President Lucia Aranda of Dravia and her husband for a State "
    "Dinner this evening, Tuesday, October 15. Guests will enjoy a menu of autumn harvest dishes.",
    title="The First Lady Releases Details on the State Dinner with President Aranda of Dravia",
    published=datetime(2024, 10, 15, 14, tzinfo=UTC))
_PRESS_CONFERENCE = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/10/16/remarks-in-joint-press-conference/",
    "East Room\n\nTHE PRESIDENT: Good afternoon. We concluded a new agreement on fisheries quotas for the coming "
    "season, and our coast guards will patrol the northern waters together.",
    title="Remarks by President Biden and President Aranda of Dravia in Joint Press Conference",
    published=datetime(2024, 10, 16, 19, tzinfo=UTC))


def test_a_room_the_publication_leaves_unsaid_is_no_other_place(tmp_path):
    dinner, garden = check_claims(tmp_path / "rooms.db", [_DINNER, _PRESS_CONFERENCE], [
        ("On Tuesday evening the Bidens hosted President Aranda and her husband at a state dinner held in the East "
         "Room.", date(2024, 10, 16)),
        ("Speaking in the Rose Garden, Biden said they had concluded a new agreement on fisheries quotas for the "
         "coming season.", date(2024, 10, 17))])
    # The dinner's details name no room at all: their silence places the dinner nowhere else.
    assert dinner["verdict"] != CONTESTED, (dinner["verdict"], dinner["reasons"])
    # The press conference's own place line names another room: that still disagrees.
    assert garden["verdict"] == CONTESTED, (garden["verdict"], garden["reasons"])
