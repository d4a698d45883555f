"""Where a name does not place the claim's point. A capital after "to" whose country the record names
is the recipient, its government ("provided patrol boats to Manila" / "... to the Philippines", and so
the rest of its list: rules.actors._substitutions); an unknown name after "to" is where the occasion was
only as the destination of its visit or trip ("an approach to Vantari nations"), and a planned occasion's
place is not contradicted by an announcement that names none (rules.occasions._occasion_conflict); a
claim that itself sets a video meeting against face-to-face talks is not contradicted by a record of the
talks in person (rules.places.virtual_conflict); "the leaders said in their statement" may credit the
occasion's readout (verdicts._is_named_publication). Constructed records and sentences (no labelled
article's words), real SQLite databases, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, check_claims, readout_record

from verifier.normalize import analyze
from verifier.rules.codes import CONTESTED, EVENT_MISMATCH, PLACE_MISMATCH
from verifier.rules.conflicts import find_conflicts
from verifier.rules.places import virtual_conflict


def test_a_claim_that_sets_video_against_face_to_face_is_not_contested_by_the_in_person_talks():
    record = analyze("There is no substitute for talks held in person, the Chancellor said.")
    both = analyze("There is no substitute for face-to-face talks once months of meeting only by "
                   "video link are over.")
    assert virtual_conflict(both, record) is None
    assert PLACE_MISMATCH not in find_conflicts(both, record).reasons
    # A claim that tells only the video meeting is still contested by a record of the visit in person.
    visit = analyze("During his visit to Kelmar, the Chancellor met the President to discuss energy.")
    assert virtual_conflict(analyze("The Chancellor met the President by video to discuss energy."), visit)


def test_a_capital_after_to_is_the_recipient_its_country_names():
    claim = analyze("Ostland has provided twelve patrol boats to Manila and plans to deliver five more.")
    record = analyze("Ostland has provided twelve patrol boats to the Philippines and plans to deliver five "
                     "more to patrol in the Indo-Pacific.")
    assert PLACE_MISMATCH not in find_conflicts(claim, record).reasons
    # The list the capital is part of is read as one: "to Tokyo and Manila" names two governments, one of
    # them the record's, and the other is no place in the record's ocean.
    listed = analyze("He described Washington's defense commitments to Tokyo and Manila as unshakable.")
    one = analyze("America's defense commitment to the Philippines remains unshakable and extends to its "
                  "vessels anywhere in the Pacific.")
    assert PLACE_MISMATCH not in find_conflicts(listed, one).reasons
    # A destination in another country is still another place.
    flown = find_conflicts(analyze("The envoy flew to Manila on Tuesday for the talks."),
                           analyze("The envoy flew to Hanoi on Tuesday for the talks."))
    assert PLACE_MISMATCH in flown.reasons


_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/03/20/remarks-president-biden-prime-"
    "minister-rossi-before-bilateral-meeting/",
    "PRIME MINISTER ROSSI: We must deal fairly with countries that feel they were exploited of their "
    "resources. We want a new relation with them, based on a peer-to-peer approach.",
    title="Remarks by President Biden and Prime Minister Rossi of Dravia Before Bilateral Meeting",
    published=datetime(2024, 3, 20, 16, tzinfo=UTC))
# Names the claim's people and places elsewhere in the record, so they are known to it.
_ELSEWHERE = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/02/02/statement-vantari-ostland/",
    "The United States welcomes the Vantari Compact signed in Kelmar. Ambassador Lena Brandt, the U.S. "
    "ambassador to Ostland, attended the ceremony.",
    title="Statement on the Vantari Compact",
    published=datetime(2024, 2, 2, 15, tzinfo=UTC))


def test_a_name_after_to_is_not_where_the_point_was_made(tmp_path):
    claim = check_claim(
        tmp_path / "to.db", [_REMARKS, _ELSEWHERE],
        "Rossi described a peer-to-peer approach to Vantari nations that feel exploited of their resources.",
        date(2024, 3, 21))
    assert claim["verdict"] != CONTESTED, (claim["verdict"], claim["reasons"])


_LAUNCH = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/03/18/readout-minister-talks-dravia/",
    "Secretary Brandt met today with Foreign Minister Aldo Rossi of Dravia. The two sides welcomed progress "
    "on counternarcotics cooperation, including the first talks of the U.S.-Dravia Counternarcotics Working "
    "Group next week.",
    title="Readout of Secretary Brandt's Meeting with Foreign Minister Aldo Rossi of Dravia",
    published=datetime(2024, 3, 18, 20, tzinfo=UTC))


def test_a_plans_place_is_not_contested_by_an_announcement_that_names_none(tmp_path):
    planned, held = check_claims(tmp_path / "plan.db", [_LAUNCH, _ELSEWHERE], [
        ("The two sides will hold the first counternarcotics working group talks in Kelmar next week, after "
         "Brandt and Rossi met.", date(2024, 3, 19)),
        ("At their meeting in Kelmar, Brandt and Rossi welcomed progress on counternarcotics cooperation.",
         date(2024, 3, 19))])
    assert (planned["verdict"], planned["reasons"]) != (CONTESTED, [EVENT_MISMATCH]), planned["reasons"]
    # Nor is a meeting said to have been held there: the day's readout of it is silent on where, and absence
    # is not contradiction (verdicts.md).
    assert held["verdict"] != CONTESTED, (held["verdict"], held["reasons"])


_SUMMIT_READOUT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/05/14/readout-harbour-leaders-summit/",
    "On the environment, the leaders underscored that coastal storms and the loss of fisheries are among the "
    "most critical challenges facing the northern harbour.",
    title="Readout of the Second Northern Harbour Leaders' Summit",
    published=datetime(2024, 5, 14, 15, tzinfo=UTC))


def test_the_statement_a_claim_credits_may_be_the_occasions_readout(tmp_path):
    # News calls the publisher's readout its statement; a joint statement stays a document of its own
    # (test_verdict_rules: words placed in a named publication must come from one like it).
    claim = check_claim(
        tmp_path / "statement.db", [_SUMMIT_READOUT],
        "Coastal storms and the loss of fisheries rank among the gravest challenges facing the northern "
        "harbour, the leaders said in their statement.", date(2024, 5, 15))
    assert claim["verdict"] != CONTESTED, (claim["verdict"], claim["reasons"])


_ALLIANCE = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/06/11/readout-meeting-president-reyes/",
    "President Biden met today with President Ana Reyes. President Biden reaffirmed that America's "
    "defense commitment to the Philippines remains unshakable and extends to its coast guard vessels.",
    title="Readout of President Biden's Meeting with President Ana Reyes of the Philippines",
    published=datetime(2024, 6, 11, 20, tzinfo=UTC))


def test_capitals_listed_after_to_are_parties_when_the_publication_names_one_of_their_countries(tmp_path):
    # The readout never names Tokyo: listed with Manila after "to", it is a government, not where it was said.
    claim = check_claim(
        tmp_path / "listed.db", [_ALLIANCE],
        "Biden described Washington's defense commitments to Tokyo and Manila as unshakable.", date(2024, 6, 12))
    assert claim["verdict"] != CONTESTED, (claim["verdict"], claim["reasons"])
