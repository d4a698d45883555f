"""Where words were spoken as the claim's whole point ("Marlow delivered his remarks in the Roosevelt Room", "Their
press conference had been held in the East Room"): no record sentence states or contests it, but the place lines of the
story's transcripts that may be those words do; when every one of them names another place, at a level it can be
compared at, the claim is contested (rules/places.held_elsewhere_by_its_transcripts). A city or the venue a room
belongs to is the same place at another level.

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


BEFORE_MEETING = _transcript(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2025/03/11/remarks-before-meeting-oster/",
    "Remarks by President Marlow and Prime Minister Oster of Ostland Before Bilateral Meeting",
    datetime(2025, 3, 11, 19, 0, tzinfo=UTC),
    ("Oval Office\n\n2:10 P.M. EDT\n\nPRESIDENT MARLOW:  Welcome, Prime Minister.  Our two countries will reopen "
     "the northern ferry crossings in the spring, for freight and passengers alike.\n\n"
     "PRIME MINISTER OSTER:  Thank you, Mr. President.  Ostland is grateful for the new grain corridor."))
PRESS_CONFERENCE = _transcript(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2025/03/11/remarks-press-conference-oster/",
    "Remarks by President Marlow and Prime Minister Oster of Ostland in Joint Press Conference",
    datetime(2025, 3, 11, 22, 0, tzinfo=UTC),
    ("South Court Room Eisenhower Executive Office Building\n\n(March 11, 2025)\n\n5:01 P.M. EDT\n\n"
     "PRESIDENT MARLOW:  Please have a seat.  Today we signed the fisheries accord between our two nations, "
     "which doubles the quota for the lake fleets.\n\nPRIME MINISTER OSTER:  The accord is a fair one."))
ARTICLE = ("President Marlow said the two countries will reopen the northern ferry crossings "
           "in the spring. Oster said Ostland is grateful for the new grain corridor. Marlow said the fisheries "
           "accord the two nations signed doubles the quota for the lake fleets.\n\n{claim}")


def _verdict(tmp_path, claim: str, transcripts=(BEFORE_MEETING, PRESS_CONFERENCE), article: str = ARTICLE
             ) -> tuple[str, list[str]]:
    # A database of its own for each record: the tests ask about records with and without a transcript.
    engine = record_database(tmp_path / f"record-{len(list(tmp_path.iterdir()))}.db", [*transcripts, *FILLER])
    try:
        found = check_text(engine, article.format(claim=claim), date(2025, 3, 12), store=False)["claims"][-1]
        assert found["text"] == claim, found
        return found["verdict"], found["reasons"]
    finally:
        engine.dispose()


def test_a_date_line_between_the_place_line_and_the_time_is_passed_over():
    text = fold(f"{PRESS_CONFERENCE.title}\n{PRESS_CONFERENCE.body}")
    assert transcript_place_line(text) == "south court room eisenhower executive office building"


def test_remarks_said_made_in_another_room_are_contested(tmp_path):
    verdict = _verdict(tmp_path, "Marlow delivered his remarks in the Roosevelt Room, flanked by two generals.")
    assert verdict == ("contested", [PLACE_MISMATCH]), verdict
    same_room = _verdict(tmp_path, "Marlow delivered his remarks in the Oval Office, flanked by two generals.")
    assert PLACE_MISMATCH not in same_room[1], same_room


def test_the_venue_or_city_of_the_room_is_the_same_place(tmp_path):
    for place in ("at the White House", "in Washington"):
        verdict = _verdict(tmp_path, f"Marlow delivered his remarks {place}, flanked by two generals.")
        assert PLACE_MISMATCH not in verdict[1], (place, verdict)


def test_another_venue_is_another_place(tmp_path):
    claim = "Both leaders spoke to journalists at Camp David before the working lunch."
    verdict = _verdict(tmp_path, claim, (BEFORE_MEETING,))
    assert verdict == ("contested", [PLACE_MISMATCH]), verdict
    # A place line of a building the venues table does not know ("Eisenhower Executive Office Building") may be
    # anywhere: it cannot tell the claim's venue wrong, so neither can the other transcript of the story.
    unknown = _verdict(tmp_path, claim)
    assert PLACE_MISMATCH not in unknown[1], unknown


def test_a_news_conference_is_compared_with_the_news_conference_only(tmp_path):
    claim = "Their press conference had been held in the East Room."
    verdict = _verdict(tmp_path, claim)
    assert verdict == ("contested", [PLACE_MISMATCH]), verdict
    # The remarks before the meeting, in the East Room, are not the news conference.
    elsewhere = _transcript(BEFORE_MEETING.url, BEFORE_MEETING.title, BEFORE_MEETING.published,
                            BEFORE_MEETING.body.replace("Oval Office", "East Room"))
    other_occasion = _verdict(tmp_path, claim, (elsewhere, PRESS_CONFERENCE))
    assert other_occasion == ("contested", [PLACE_MISMATCH]), other_occasion
    right = _verdict(tmp_path, "Their press conference had been held in the South Court Room.")
    assert PLACE_MISMATCH not in right[1], right


RECEPTION = _transcript(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2025/03/11/remarks-reception-ostland/",
    "Remarks by President Marlow and Prime Minister Oster of Ostland at a Reception Honoring Ostlandic Americans",
    datetime(2025, 3, 12, 1, 0, tzinfo=UTC),
    ("East Room\n\n8:05 P.M. EDT\n\nPRESIDENT MARLOW:  Welcome to the White House.  Tonight we celebrate the "
     "families who keep the grain corridor open.\n\nPRIME MINISTER OSTER:  Thank you for this warm evening."))


WITH_RECEPTION = ARTICLE.replace("\n\n{claim}", " At the reception, Marlow celebrated the families who keep the "
                                                "grain corridor open.\n\n{claim}")


def test_an_occasion_held_in_another_room_is_contested(tmp_path):
    # Who came ("drew Speaker Dalby") is no one the reception's title need name: only who is told before the place.
    claim = "Marlow's Ostland reception, held in the Rose Garden, drew Speaker Dalby and several mayors."
    everything = (BEFORE_MEETING, PRESS_CONFERENCE, RECEPTION)
    verdict = _verdict(tmp_path, claim, everything, WITH_RECEPTION)
    assert verdict == ("contested", [PLACE_MISMATCH]), verdict
    right = _verdict(tmp_path, claim.replace("Rose Garden", "East Room"), everything, WITH_RECEPTION)
    assert PLACE_MISMATCH not in right[1], right
    # The remarks before the meeting in the Oval Office are no reception: without the reception's transcript, the
    # record does not say where it was held.
    unsaid = _verdict(tmp_path, claim, (BEFORE_MEETING, PRESS_CONFERENCE), WITH_RECEPTION)
    assert PLACE_MISMATCH not in unsaid[1], unsaid
