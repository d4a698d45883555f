"""What sets one occasion or place apart from another, and what does not: a language after "in" ("speaking in
English") is no place; a record that tells a video call and an in-person meeting apart itself ("on the phone as
well as on video, but it's good to see you in person") does not say the claim's video meeting was held in person;
a support from the transcript of the very occasion the claim names ("said at the news conference": "... in Joint
Press Conference") outweighs another occasion's; a city the data places in its country ("in Vilnius") is a place,
not an unknown name, and fills a place's slot. Constructed sentences and records, real databases, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, check_claims, readout_record

from verifier.normalize import analyze
from verifier.rules.codes import CONTESTED, PLACE_MISMATCH, SUPPORTED
from verifier.rules.conflicts import find_conflicts


def _entity(text: str, surface: str):
    analysis = analyze(text)
    return next(entity for entity in analysis.entities if analysis.tokens[entity.index].surface == surface)


def test_a_language_after_in_is_no_place_but_a_countrys_adjective_before_its_noun_is():
    assert not _entity("The minister, speaking in English, praised the harbour workers.", "English").after_preposition
    assert not _entity("She answered in Portuguese that the plan would go ahead.", "Portuguese").after_preposition
    assert _entity("The fund invested in Japanese shipyards last year.", "Japanese").after_preposition


_WELCOME = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/03/11/remarks-before-bilateral-meeting/",
    "PRIME MINISTER ARVELO: Mr. President, I thank you for the support your country has given to our farmers "
    "through the long drought. Our partnership is deeper than ever.",
    title="Remarks by President Biden and Prime Minister Arvelo of Esmerel Before Bilateral Meeting",
    published=datetime(2024, 3, 11, 16, tzinfo=UTC))


# A record that writes the language's name elsewhere: the name is then no word the record lacks.
_LESSONS = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/02/20/fact-sheet-language-teachers/",
    "The exchange program will send two hundred teachers of English to rural schools next year.",
    title="Fact Sheet: Teacher Exchanges", published=datetime(2024, 2, 20, 15, tzinfo=UTC))


def test_words_quoted_as_spoken_in_a_language_are_not_placed_elsewhere(tmp_path):
    claim = check_claim(tmp_path / "language.db", [_WELCOME, _LESSONS],
                        "Arvelo, speaking in English, thanked Biden for the support his country has given to "
                        "Esmerel's farmers through the long drought.", date(2024, 3, 11))
    assert claim["verdict"] == SUPPORTED, (claim["verdict"], claim["reasons"])


_STATEMENT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/05/02/joint-statement-harbour-group/",
    "Senior officials of the two countries convened a virtual meeting of the Harbour Security Consultative Group "
    "today to review port inspections and coastal radar cooperation.",
    title="Joint Statement on the Meeting of the Harbour Security Consultative Group",
    published=datetime(2024, 5, 2, 18, tzinfo=UTC))
_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/05/02/remarks-joint-press-conference/",
    "THE PRESIDENT: We have spent a lot of time on the phone as well as on video, but it is nice to meet you "
    "in person again. The session was useful.",
    title="Remarks by President Biden and President Morell in Joint Press Conference",
    published=datetime(2024, 5, 2, 20, tzinfo=UTC))


def test_a_record_that_sets_video_and_in_person_apart_itself_places_no_video_meeting(tmp_path):
    record = analyze("We have spent a lot of time on the phone as well as on video, but it is nice to meet you "
                     "in person again.")
    claim = analyze("The session was held by video link.")
    assert PLACE_MISMATCH not in find_conflicts(claim, record).reasons
    # Told in person alone, the record still contradicts a meeting by video.
    in_person = analyze("It is nice to meet you in person again, and the session was held here.")
    assert PLACE_MISMATCH in find_conflicts(claim, in_person).reasons
    checked = check_claim(tmp_path / "video.db", [_STATEMENT, _REMARKS], "The session was held by video link.",
                          date(2024, 5, 2))
    assert checked["verdict"] != CONTESTED, (checked["verdict"], checked["reasons"])


_ADDRESS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2023/09/20/remarks-in-address-to-parliament/",
    "THE PRESIDENT: We are supplying radar systems, patrol boats, spare parts, fuel and so much more.",
    title="Remarks by President Biden in an Address to the Parliament of Esmerel",
    published=datetime(2023, 9, 20, 15, tzinfo=UTC))
_PRESS_CONFERENCE = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/04/09/remarks-in-joint-press-conference/",
    "THE PRESIDENT: We will keep supplying Esmerel with what it needs, including the package I approved today: "
    "additional radar systems, patrol boats and spare parts.",
    title="Remarks by President Biden and President Morell of Esmerel in Joint Press Conference",
    published=datetime(2024, 4, 9, 17, tzinfo=UTC))


def test_support_from_the_named_occasions_own_transcript_outweighs_another_occasions(tmp_path):
    claim = check_claim(tmp_path / "conference.db", [_ADDRESS, _PRESS_CONFERENCE],
                        "The package includes additional radar systems, patrol boats and spare parts, Biden said "
                        "at the news conference.", date(2024, 4, 9))
    assert claim["verdict"] == SUPPORTED, (claim["verdict"], claim["reasons"])


def test_a_city_the_data_places_in_its_country_is_a_place():
    assert _entity("The leaders met in Vilnius on Tuesday.", "Vilnius").kind == "place"
    # A capitalised word the data does not know stays an unknown name.
    assert _entity("The leaders met in Zarvonia on Tuesday.", "Zarvonia").kind == "name"


_SUMMIT_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/02/14/remarks-joint-press-conference-2/",
    "THE PRESIDENT: And we launched the Harbour Compact alongside President Morell and the G7 leaders in Vilnius, "
    "outlining a long-term commitment to Esmerel's coastal security.",
    title="Remarks by President Biden and President Morell of Esmerel in Joint Press Conference",
    published=datetime(2024, 2, 14, 17, tzinfo=UTC))


def test_a_known_city_fills_the_slot_of_the_claims_place(tmp_path):
    # Where the record's city is told without an occasion word ("the G7 leaders in Vilnius") and the claim's
    # with one ("at the summit in Tokyo"), only their being two places puts them in one slot.
    moved, kept = check_claims(tmp_path / "slot.db", [_SUMMIT_REMARKS], [
        ("The Harbour Compact, which Biden launched with Morell and G7 leaders at the summit in Tokyo, commits the "
         "allies to Esmerel's long-term coastal security.", date(2024, 2, 14)),
        ("The Harbour Compact, which Biden launched with Morell and G7 leaders in Vilnius, commits the "
         "allies to Esmerel's long-term coastal security.", date(2024, 2, 14))])
    assert moved["verdict"] == CONTESTED and PLACE_MISMATCH in moved["reasons"], (moved["verdict"], moved["reasons"])
    assert kept["verdict"] == SUPPORTED, (kept["verdict"], kept["reasons"])
