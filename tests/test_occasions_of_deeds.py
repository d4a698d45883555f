"""Where a deed was done, and which occasion a claim recounts: "during that call", of a call the article has
just told, is supported by that call's readout, however another occasion's readout words the point; two places
before the same noun of a gathering ("the Lisbon summit" / "the 2018 Brussels Summit") name two gatherings; a
place that names the gathering an "at" phrase places a deed at ("made at the 2019 Lisbon climate conference")
is where it was done, though a year or a possessive stands before it.
Constructed sentences and records, real databases, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, readout_record

from verifier.normalize import analyze
from verifier.rules.codes import CONTESTED, EVENT_MISMATCH, PLACE_MISMATCH, SUPPORTED
from verifier.rules.conflicts import find_conflicts

_CALL = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/06/02/readout-call-prime-minister-elect/",
    "President Biden spoke today with Prime Minister-elect Tomas Varga of Esmerel to congratulate him on his "
    "election victory. President Biden reaffirmed the United States' unwavering commitment to the "
    "U.S.-Esmerel fisheries partnership and his resolve to partner with the incoming cabinet to widen it "
    "further.",
    title="Readout of President Biden's Call with Prime Minister-elect Tomas Varga of Esmerel",
    published=datetime(2024, 6, 2, 22, tzinfo=UTC))
_MEETING = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/06/04/readout-meeting-prime-minister/",
    "President Biden met today with Prime Minister Tomas Varga of Esmerel. President Biden reaffirmed his "
    "unwavering support for the U.S.-Esmerel fisheries partnership and commitment to widening it further.",
    title="Readout of President Biden's Meeting with Prime Minister Tomas Varga of Esmerel",
    published=datetime(2024, 6, 4, 18, tzinfo=UTC))

_ARTICLE = ("President Joe Biden met Esmerel's new prime minister, Tomas Varga, on Tuesday. Biden had phoned "
            "Varga on Sunday to congratulate him on his election.\n\n"
            "During that call, Biden reaffirmed the unwavering American commitment to the fisheries "
            "partnership and said he meant to partner with the incoming cabinet to widen it further.")


def test_a_point_placed_at_that_call_is_supported_by_the_calls_own_readout(tmp_path):
    claim = check_claim(tmp_path / "that-call.db", [_CALL, _MEETING], _ARTICLE, date(2024, 6, 4),
                        claim_index=2)
    assert claim["text"].startswith("During that call"), claim["text"]
    assert claim["verdict"] == SUPPORTED, (claim["verdict"], claim["reasons"])


def test_two_places_naming_the_same_kind_of_gathering_are_two_gatherings():
    record = analyze("The ministers reaffirmed that their navies will meet the readiness targets agreed "
                     "under NATO's 2018 Brussels Summit Readiness Initiative.")
    claim = analyze("The ministers said their navies would meet the readiness targets agreed at NATO's "
                    "Lisbon summit.")
    conflict = find_conflicts(claim, record)
    assert conflict.reasons == (EVENT_MISMATCH,) and "lisbon" in conflict.ignored, conflict
    # The same place before another noun is no gathering's name: no event in conflict.
    office = analyze("The ministers said their navies would meet the readiness targets of NATO's Lisbon "
                     "office.")
    assert EVENT_MISMATCH not in find_conflicts(office, analyze(
        "The ministers said their navies will meet the readiness targets of the Brussels Readiness "
        "Office.")).reasons


_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/07/09/remarks-before-bilateral-meeting/",
    "PRESIDENT HALVORSEN: We have had a commitment since 2019, in Oslo, when I attended the climate talks, "
    "and we took the pledge to cut methane leaks from our gas fields by 40 percent. We will keep it.",
    title="Remarks by President Biden and President Halvorsen of Esmerel Before Bilateral Meeting",
    published=datetime(2024, 7, 9, 16, tzinfo=UTC))


def test_a_deed_placed_at_a_gathering_named_by_another_place_is_contested(tmp_path):
    moved, faithful = (check_claim(tmp_path / f"gathering-{n}.db", [_REMARKS], text, date(2024, 7, 9))
                       for n, text in enumerate([
                           "Halvorsen recalled the pledge Esmerel made at the 2019 Lisbon climate conference "
                           "to cut methane leaks from its gas fields by 40 percent.",
                           "Halvorsen recalled the pledge Esmerel made at the 2019 Oslo climate conference "
                           "to cut methane leaks from its gas fields by 40 percent."]))
    assert moved["verdict"] == CONTESTED, (moved["verdict"], moved["reasons"])
    assert set(moved["reasons"]) <= {EVENT_MISMATCH, PLACE_MISMATCH}, moved["reasons"]
    assert faithful["verdict"] != CONTESTED, (faithful["verdict"], faithful["reasons"])


_FACT_SHEET = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/07/09/readout-of-meeting-with-esmerel/",
    "Esmerel has received 40 water treatment plants and will get more next year as part of the commitment "
    "President Biden made at the G20 last year to build 300 water treatment plants across the region.",
    title="Readout of President Biden's Meeting with President Halvorsen of Esmerel",
    published=datetime(2024, 7, 9, 16, tzinfo=UTC))


def test_a_deed_placed_at_another_named_gathering_is_contested(tmp_path):
    moved, faithful = (check_claim(tmp_path / f"named-gathering-{n}.db", [_FACT_SHEET], text, date(2024, 7, 9))
                       for n, text in enumerate([
                           "The plants come from the 300 water treatment plants Biden first committed to build at "
                           "the APEC leaders' meeting in San Francisco.",
                           "The plants come from the 300 water treatment plants Biden first committed to build at "
                           "the G20."]))
    assert moved["verdict"] == CONTESTED, (moved["verdict"], moved["reasons"])
    assert moved["reasons"] == [EVENT_MISMATCH], moved["reasons"]
    assert faithful["verdict"] != CONTESTED, (faithful["verdict"], faithful["reasons"])


def test_a_bodys_gathering_named_against_another_named_gathering_is_another_event():
    # A body's name before a gathering's noun, and the name after "Summit of": each says which gathering it was.
    record = analyze("We will host the next round together at the Summit of Coastal Republics in May, where the "
                     "two of us will sign the fisheries accord.")
    claim = analyze("The two leaders will sign the fisheries accord together at the Orvane Compact summit in May.")
    conflict = find_conflicts(claim, record)
    assert conflict.reasons == (EVENT_MISMATCH,) and "orvan" in {key[:5] for key in conflict.ignored}, conflict
    # A gathering the lexicon knows as an event against a body's meeting: two gatherings too.
    known = analyze("The leaders will sign the fisheries accord at the G20 in May.")
    assert find_conflicts(known, analyze("The leaders will sign the fisheries accord at an Orvane Compact "
                                         "meeting in May.")).reasons == (EVENT_MISMATCH,)
    # The same body's gathering, however named, is no other event.
    same = analyze("The two leaders will sign the fisheries accord together at the Summit of Coastal Republics.")
    assert EVENT_MISMATCH not in find_conflicts(same, record).reasons
    # A person's name before "meeting" says whose meeting it was, not which gathering.
    person = analyze("The leaders will sign the fisheries accord at the President Halvorsen meeting in May.")
    assert EVENT_MISMATCH not in find_conflicts(person, record).reasons


def test_talks_named_by_another_topic_are_another_event():
    record = analyze("The delegation will travel to Orvane on May 3 to open the U.S.-Esmerel Fisheries Working Group "
                     "with its counterparts.")
    moved = find_conflicts(analyze("The two governments will hold energy talks in Orvane on May 3."), record)
    assert moved.reasons == (EVENT_MISMATCH,) and analyze("energy").keys <= moved.ignored, moved
    # The record's own topic, or words that only tell how the talks were held, name no other gathering.
    for faithful in ("The two governments will hold fisheries talks in Orvane on May 3.",
                     "The two governments will hold bilateral talks in Orvane on May 3."):
        assert EVENT_MISMATCH not in find_conflicts(analyze(faithful), record).reasons, faithful
    # The verb the talks are the object of is no word of their topic, in any of its forms: "starting" fisheries
    # talks are still talks on fisheries, not on starting them, and the claim's own "start" shares nothing of it.
    starting = analyze("The delegation travels to Orvane on May 3, starting fisheries talks with its counterparts.")
    assert find_conflicts(analyze("The two governments will start energy talks in Orvane on May 3."),
                          starting).reasons == (EVENT_MISMATCH,)
    # A record that names no gathering of its own by a topic is silent on the talks' topic, not at odds with it.
    silent = analyze("The delegation will travel to Orvane on May 3 to meet its counterparts.")
    assert EVENT_MISMATCH not in find_conflicts(analyze("The two governments will hold energy talks in Orvane "
                                                        "on May 3."), silent).reasons
