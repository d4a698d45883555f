"""Where a meeting was held: a claim that places its meeting ("The two men met in Tarnowa") is contested by the
record's sentence that tells the same meeting held elsewhere ("... met today with ... in Veldmark"), however
little else the two share (rules/places.meeting_held_elsewhere).

Constructed records and articles (no labelled article's words); the towns are names the lexicon does not know.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import FILLER, filler_records, readout_record, record_database

from verifier.checking import check_text
from verifier.normalize import analyze
from verifier.rules.codes import PLACE_MISMATCH
from verifier.rules.conflicts import find_conflicts
from verifier.rules.places import another_meeting_place, meeting_places

MEETING = readout_record(
    "https://www.whitehouse.gov/briefing-room/2025/03/14/readout-okafor-lindqvist/",
    ("Secretary Okafor met today with Ostland Minister of Fisheries Aron Lindqvist in Veldmark. The two "
     "discussed shipping lanes, port security and fisheries quotas. Secretary Okafor raised the detention of "
     "two trawler crews. They agreed to keep open lines of communication between their ministries."),
    title="Readout of Secretary Okafor's Meeting with Minister Lindqvist of Ostland",
    published=datetime(2025, 3, 14, 20, 0, tzinfo=UTC))
CALL = readout_record(
    "https://www.whitehouse.gov/briefing-room/2025/05/20/readout-okafor-lindqvist-call/",
    ("Secretary Okafor spoke today with Minister Lindqvist of Ostland about fisheries quotas and the detained "
     "trawler crews. This call, which came after their March 14 meeting in Veldmark, focused on the quotas for "
     "the coming season. They agreed to speak again before the summer."),
    title="Readout of Secretary Okafor's Call with Minister Lindqvist of Ostland",
    published=datetime(2025, 5, 20, 20, 0, tzinfo=UTC))

VISIT = readout_record(
    "https://www.whitehouse.gov/briefing-room/2025/04/08/readout-marlow-aldric/",
    ("President Marlow welcomed King Aldric of Westmark today for a working meeting at the White House. The "
     "leaders discussed grain exports, the northern ferry routes and the fisheries accord. President Marlow "
     "thanked the King for his help in freeing the detained trawler crews."),
    title="Readout of President Marlow's Meeting with King Aldric of Westmark",
    published=datetime(2025, 4, 8, 20, 0, tzinfo=UTC))
VISIT_ARTICLE = ("President Marlow welcomed King Aldric of Westmark for a working meeting on Tuesday, the White House "
                 "said.\n\n{claim}\n\nThe leaders discussed grain exports, the northern ferry routes and the "
                 "fisheries accord, the readout said.")
MEETING_ARTICLE = ("Secretary Okafor held talks with Ostland's fisheries minister Aron Lindqvist on shipping lanes, "
                   "port security and fisheries quotas, the readout said.\n\n{claim}\n\n"
                   "Okafor raised the detention of two trawler crews, according to the readout.")
CALL_ARTICLE = ("Secretary Okafor spoke with Minister Lindqvist of Ostland about fisheries quotas and the detained "
                "trawler crews, the readout said.\n\n{claim}\n\n"
                "They agreed to speak again before the summer, the readout said.")


def _verdicts(tmp_path, article: str, claims: list[str], day: date, crowd: tuple = (),
              index: int = 1) -> list[tuple[str, list[str]]]:
    """The verdict of each claim put in the article, the article's claim at `index`."""
    engine = record_database(tmp_path / "record.db", [MEETING, CALL, VISIT, *FILLER, *crowd])
    try:
        found = []
        for claim in claims:
            report = check_text(engine, article.format(claim=claim), day, store=False)
            found.append((report["claims"][index]["verdict"], report["claims"][index]["reasons"]))
        return found
    finally:
        engine.dispose()


def test_the_meeting_the_article_tells_held_elsewhere_is_contested(tmp_path):
    elsewhere, there, planned, agreed = _verdicts(tmp_path, MEETING_ARTICLE, [
        "The two men met in Tarnowa, the readout said.",
        "The two men met in Veldmark, the readout said.",
        "The two men will meet in Tarnowa next month.",
        "The two men agreed to meet again in Tarnowa."], date(2025, 3, 15))
    # The readout's "met today with ... in Veldmark" is where the article's meeting was: not Tarnowa.
    assert elsewhere == ("contested", [PLACE_MISMATCH]), elsewhere
    assert there[0] != "contested", there
    # A meeting yet to come is another one: the record has no place for it to disagree with.
    assert PLACE_MISMATCH not in planned[1], planned
    assert PLACE_MISMATCH not in agreed[1], agreed


def test_an_undated_meeting_is_the_articles_own_not_an_older_one_of_the_same_people(tmp_path):
    # A year after the Veldmark meeting, an article's "met in Tarnowa" is of its own days: the old readout
    # naming both ministers tells another meeting.
    [later] = _verdicts(tmp_path, "{claim}\n\nThey discussed the grain harvest.",
                        ["Okafor and Lindqvist met in Tarnowa on Tuesday, officials said."], date(2026, 3, 18), index=0)
    assert PLACE_MISMATCH not in later[1], later


def test_an_earlier_meeting_of_the_same_month_held_elsewhere_is_contested(tmp_path):
    elsewhere, there, other_month = _verdicts(tmp_path, CALL_ARTICLE, [
        "The two ministers last met in person in Tarnowa in March.",
        "The two ministers last met in person in Veldmark in March.",
        "The two ministers last met in person in Tarnowa in January."], date(2025, 5, 21))
    # The call's readout recalls "their March 14 meeting in Veldmark": the article's March meeting was there.
    assert elsewhere == ("contested", [PLACE_MISMATCH]), elsewhere
    assert there[0] != "contested", there
    # A January meeting is not the one the record places: nothing to disagree with.
    assert PLACE_MISMATCH not in other_month[1], other_month


# Older publications whose sentences share more of the claim's words than the call's does: searched alone, the
# claim's candidates are theirs.
CROWD = filler_records(date(2023, 1, 1), [
    f"The two ministers last met in person in March to review the grain quotas of district {n}." for n in range(150)],
    slug="crowd")


def test_a_meeting_place_is_read_in_the_publication_the_article_tells(tmp_path):
    [elsewhere] = _verdicts(tmp_path, CALL_ARTICLE, ["The two ministers last met in person in Tarnowa in March."],
                            date(2025, 6, 20), crowd=CROWD)
    # A month after the call, the claim's own search finds the older sentences; its neighbours are told from
    # the call's readout, whose sentence on where they last met is read with the claim
    # (checking._read_in_context), however few words it shares with it.
    assert elsewhere == ("contested", [PLACE_MISMATCH]), elsewhere


def test_a_meeting_at_another_venue_is_contested_one_in_its_rooms_is_not(tmp_path):
    elsewhere, inside = _verdicts(tmp_path, VISIT_ARTICLE, [
        "The meeting at President Marlow's Mar-a-Lago estate ran just over an hour.",
        "The meeting in the Oval Office ran just over an hour."], date(2025, 4, 9))
    # The readout held the meeting "at the White House": not at Mar-a-Lago, but its Oval Office may be where.
    assert elsewhere == ("contested", [PLACE_MISMATCH]), elsewhere
    assert inside[0] != "contested", inside


def test_meeting_places_are_read_after_the_meeting_word_only():
    def places(text: str) -> list[frozenset[str]]:
        return [found.keys for found in meeting_places(analyze(text))]

    veldmark, norway = (analyze(f"They met in {name}.").entities[0].key for name in ("Veldmark", "Norway"))

    assert places("Okafor met today with Ostland Minister of Fisheries Aron Lindqvist in Veldmark.") == [
        frozenset({veldmark})]
    assert places("It followed their March 14 meeting in Veldmark, Norway.") == [frozenset({veldmark, norway})]
    assert places("The two ministers last met in person in Veldmark in March.") == [frozenset({veldmark})]
    # A topic, a month, a building or a longer name the lexicon does not know are not where a meeting was held.
    assert places("The ministers met to discuss the situation in Veldmark.") == []
    assert places("The ministers met in March.") == []
    assert places("The ministers met at the Lakeside Hall in Veldmark.") == []
    assert places("The ministers met at Lakeside Hall.") == []
    # A venue leaders meet at is a place of its own kind, named by its words.
    assert places("The meeting at Mr. Marlow's Mar-a-Lago estate lasted an hour.") == [frozenset({"mar-a-lago"})]


def test_another_meeting_place_is_one_of_the_same_kind_and_not_its_container():
    [paris] = meeting_places(analyze("They met in Paris."))
    [geneva] = meeting_places(analyze("They met in Geneva."))
    [france] = meeting_places(analyze("They met in France."))
    [bangkok] = meeting_places(analyze("They met in Bangkok, Thailand."))
    [thailand] = meeting_places(analyze("They met in Thailand."))
    assert another_meeting_place(paris, geneva)
    assert not another_meeting_place(paris, paris)
    assert not another_meeting_place(paris, france)  # the city is in the country
    [vienna] = meeting_places(analyze("They met in Vienna."))
    [malta] = meeting_places(analyze("They met in Malta."))
    [valletta] = meeting_places(analyze("They met in Valletta."))
    assert another_meeting_place(vienna, malta)
    assert not another_meeting_place(valletta, malta)
    [white_house] = meeting_places(analyze("They met at the White House."))
    [oval_office] = meeting_places(analyze("They met in the Oval Office."))
    [situation_room] = meeting_places(analyze("They met in the Situation Room."))
    assert another_meeting_place(oval_office, situation_room)
    assert not another_meeting_place(oval_office, white_house)
    assert not another_meeting_place(white_house, paris)  # a venue against a city: not of one kind
    assert not another_meeting_place(bangkok, thailand)


def test_a_city_and_its_state_are_one_place_at_two_levels():
    # The lexicon lists San Francisco in California and California in the United States: a place named at
    # another level is the same place, in a meeting's place and as a substituted name; another state is not.
    [california] = meeting_places(analyze("They met in California."))
    [san_francisco] = meeting_places(analyze("They met in San Francisco."))
    [texas] = meeting_places(analyze("They met in Texas."))
    assert not another_meeting_place(california, san_francisco)
    assert another_meeting_place(texas, san_francisco)
    record = "Minister Lindqvist met Secretary Okafor in San Francisco this past November."
    assert find_conflicts(analyze("Lindqvist and Okafor met in California last November."),
                          analyze(record)).reasons == ()
    assert find_conflicts(analyze("Lindqvist and Okafor met in the United States last November."),
                          analyze(record)).reasons == ()
    assert find_conflicts(analyze("Lindqvist and Okafor met in Texas last November."),
                          analyze(record)).reasons == (PLACE_MISMATCH,)
