"""Where a line was spoken: a claim that sets its speaker's words somewhere ("Speaking in the Oval Office, ...")
is contested by the transcript of those words whose place line names another place ("Rose Garden", "Lakeside
Hotel Tarnowa, Ostland"), compared at one level: a room with a room, a city or venue with a place line that
gives its city (rules/places.spoken_elsewhere).

Constructed records and articles (no labelled article's words).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import FILLER, readout_record, record_database

from verifier.checking import check_text
from verifier.normalize import fold
from verifier.rules.codes import PLACE_MISMATCH
from verifier.rules.places import transcript_place_line


def _transcript(url: str, title: str, published: datetime, body: str):
    return readout_record(url, body, title=title, published=published, kind="transcript")


GARDEN = _transcript(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2025/03/11/remarks-ferry/",
    "Remarks by President Marlow Announcing the Northern Ferry Agreement", datetime(2025, 3, 11, 22, 0, tzinfo=UTC),
    ("Rose Garden\n\n3:38 P.M. EDT\n\nTHE PRESIDENT:  Good afternoon.  I just spoke with the prime ministers "
     "of Ostland and Westmark, and I'm pleased to announce that both governments have accepted our proposal "
     "to reopen the northern ferry crossings.\n\nQ:  Mr. President, when will they reopen?\n\n"
     "THE PRESIDENT:  The crossings will reopen in the spring for freight and passengers alike."))
HOTEL = _transcript(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2025/05/20/remarks-press/",
    "Remarks by President Marlow in Press Conference", datetime(2025, 5, 20, 22, 0, tzinfo=UTC),
    ("Lakeside Hotel Tarnowa, Ostland\n\n7:20 P.M. CEST\n\nTHE PRESIDENT:  Well, I told the Chancellor that "
     "our fisheries plan is not aimed at Ostland or anyone else; it is for the fishermen of both our "
     "countries.\n\nQ:  Will you meet the Chancellor again?\n\n"
     "THE PRESIDENT:  We agreed to meet again before the winter."))
ARTICLE = "President Marlow spoke to reporters, the White House said.\n\n{claim}\n\nHe took questions afterwards."


def _verdict(tmp_path, claim: str, day: date) -> tuple[str, list[str]]:
    engine = record_database(tmp_path / "record.db", [GARDEN, HOTEL, *FILLER])
    try:
        found = check_text(engine, ARTICLE.format(claim=claim), day, store=False)["claims"][1]
        return found["verdict"], found["reasons"]
    finally:
        engine.dispose()


def test_the_place_line_is_read_before_the_time_line():
    assert transcript_place_line(fold(f"{HOTEL.title}\n{HOTEL.body}")) == "lakeside hotel tarnowa, ostland"
    assert transcript_place_line(fold("Remarks\nTHE PRESIDENT:  Thank you all.\n\nIt is good to be here.")) is None


def test_words_spoken_in_another_room_are_contested(tmp_path):
    claim = ("Speaking in the Oval Office on Tuesday, Marlow said he had just talked with the prime ministers of "
             "Ostland and Westmark and that both governments had accepted his proposal to reopen the northern "
             "ferry crossings.")
    verdict = _verdict(tmp_path, claim, date(2025, 3, 12))
    assert verdict == ("contested", [PLACE_MISMATCH]), verdict
    same_room = _verdict(tmp_path, claim.replace("Oval Office", "Rose Garden"), date(2025, 3, 12))
    assert PLACE_MISMATCH not in same_room[1], same_room
    # The whole White House is the garden's venue too: another level, no disagreement.
    venue = _verdict(tmp_path, claim.replace("in the Oval Office", "at the White House"), date(2025, 3, 12))
    assert PLACE_MISMATCH not in venue[1], venue


def test_words_spoken_at_another_venue_are_contested(tmp_path):
    claim = ("Speaking at a news conference at the Grand Meridian hotel, Marlow said his fisheries plan was not "
             "aimed at Ostland or anyone else but was for the fishermen of both countries.")
    verdict = _verdict(tmp_path, claim, date(2025, 5, 21))
    assert verdict[1] == [PLACE_MISMATCH], verdict
    # The city the place line gives is the claim's: no disagreement at the city's level.
    city = _verdict(tmp_path, claim.replace("at the Grand Meridian hotel", "in Tarnowa"), date(2025, 5, 21))
    assert PLACE_MISMATCH not in city[1], city


def test_the_setting_is_read_wherever_the_sentence_tells_it(tmp_path):
    # Who the speaker spoke to or beside comes between the speech word and the place; the place may close the
    # sentence after the quotation.
    day = date(2025, 3, 12)
    openings = [
        "Speaking to reporters in the Oval Office before the talks, Marlow said he had just talked with the prime "
        "ministers of Ostland and Westmark and that both governments had accepted his proposal to reopen the "
        "northern ferry crossings.",
        "Speaking alongside the Ostland ambassador in the Oval Office, Marlow said both governments had accepted "
        "his proposal to reopen the northern ferry crossings.",
        "Both governments had accepted his proposal to reopen the northern ferry crossings, Marlow said, "
        "speaking from the Oval Office ahead of the talks.",
    ]
    for claim in openings:
        verdict = _verdict(tmp_path, claim, day)
        assert verdict == ("contested", [PLACE_MISMATCH]), (claim, verdict)
        same = _verdict(tmp_path, claim.replace("Oval Office", "Rose Garden"), day)
        assert PLACE_MISMATCH not in same[1], (claim, same)


TREATY_ROOM = _transcript(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2025/06/03/remarks-storage/",
    "Remarks by Mrs. Marlow at a School Safety Event", datetime(2025, 6, 3, 22, 0, tzinfo=UTC),
    ("Harbour Treaty Room Ostland Executive Office Building\n\n3:41 P.M. EDT\n\nMRS. MARLOW:  Thank you.  "
     "I teach at a community college near here, and I was in class this morning with my students.\n\n"
     "MRS. MARLOW:  Every school in the country deserves a safe storage plan for the coming year."))


def test_a_room_of_another_building_is_a_room_by_its_head_noun(tmp_path):
    # "Harbour Treaty Room ..." is a room though no list names it; the rooms' shared head noun tells nothing.
    engine = record_database(tmp_path / "record.db", [TREATY_ROOM, *FILLER])
    claim = ("Speaking in the State Dining Room, Mrs. Marlow said she teaches at a community college near "
             "here and was in class this morning with her students.")
    try:
        found = check_text(engine, ARTICLE.format(claim=claim), date(2025, 6, 3), store=False)["claims"][1]
        assert found["reasons"] == [PLACE_MISMATCH], found
        same = check_text(engine, ARTICLE.format(claim=claim.replace("State Dining", "Harbour Treaty")),
                          date(2025, 6, 3), store=False)["claims"][1]
        assert PLACE_MISMATCH not in same["reasons"], same
    finally:
        engine.dispose()


BRIEFING = _transcript(
    "https://www.whitehouse.gov/briefing-room/press-briefings/2025/03/11/press-briefing/",
    "Press Briefing by Press Secretary Dana Tarrow", datetime(2025, 3, 11, 22, 0, tzinfo=UTC),
    ("Harbour Briefing Room\n\n1:12 P.M. EDT\n\nMS. TARROW:  Good afternoon.  As you heard, the President has "
     "just spoken with the prime ministers of Ostland and Westmark, and both governments have accepted his "
     "proposal to reopen the northern ferry crossings.\n\nQ:  When will they reopen?\n\n"
     "MS. TARROW:  In the spring, for freight and passengers alike."))


def test_a_briefings_place_line_is_where_its_spokesperson_spoke(tmp_path):
    # The press secretary recounts the President's words in the briefing room: that is not where he said them.
    engine = record_database(tmp_path / "record.db", [BRIEFING, *FILLER])
    claim = ("Speaking in the Oval Office on Tuesday, Marlow said he had just talked with the prime ministers of "
             "Ostland and Westmark and that both governments had accepted his proposal to reopen the northern "
             "ferry crossings.")
    try:
        found = check_text(engine, ARTICLE.format(claim=claim), date(2025, 3, 12), store=False)["claims"][1]
        assert PLACE_MISMATCH not in found["reasons"], found
        # Her own words, placed in another room, are contested.
        hers = check_text(engine, ARTICLE.format(claim=claim.replace("Marlow said he had", "Tarrow said the "
                                                                      "President had")),
                          date(2025, 3, 12), store=False)["claims"][1]
        assert hers["reasons"] == [PLACE_MISMATCH], hers
    finally:
        engine.dispose()
