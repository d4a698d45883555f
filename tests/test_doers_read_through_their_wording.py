"""Who did or said it, read through the way news and readouts word it. Constructed records in a real SQLite
database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, check_claims, readout_record

from verifier.normalize import analyze, sayer_keys
from verifier.rules.codes import ACTOR_MISMATCH
from verifier.rules.conflicts import find_conflicts

DAY = date(2024, 3, 6)
PUBLISHED = datetime(2024, 3, 5, 21, 0, tzinfo=UTC)


def _readout(slug: str, body: str, title: str = "Readout of a Call", kind: str = "statements-releases"):
    return readout_record(
        f"https://www.whitehouse.gov/briefing-room/{kind}/2024/03/05/{slug}/", body, title=title, published=PUBLISHED)


FORUM_CALL = _readout("readout-forum-call", (
    "President Biden spoke today with Prime Minister Tamsin Okafor of Ruritania.\n\n"
    "President Biden also thanked Prime Minister Okafor for hosting the regional fisheries forum in March."))


def test_the_doer_before_an_adverb_keeps_a_swapped_thanks_apart(tmp_path):
    swapped, faithful = check_claims(tmp_path / "forum.db", [FORUM_CALL], [
        ("Okafor thanked Biden for hosting the regional fisheries forum in March.", DAY),
        ("Biden thanked Okafor for hosting the regional fisheries forum in March.", DAY)])
    # "also" stands between the record's doer and the deed: Biden thanked, Okafor was thanked.
    assert (swapped["verdict"], swapped["reasons"]) == ("contested", ["actor_mismatch"]), swapped
    assert faithful["verdict"] == "supported", faithful


HARBOUR_STATEMENT = _readout("joint-statement-harbour", (
    "Ruritania answered a United States request to send a survey vessel, the Albatross, to the "
    "Baltic, where it begins work this week. The vessel will map the approaches to the northern ports. "
    "The United States also welcomes Ruritania's recent pledge of $5 million for mine clearance.\n\n"
    "In addition, Ruritania welcomes the U.S. decision to buy the Albatross survey vessel, and continued "
    "cooperation on maritime research."), title="Joint Statement of the United States and Ruritania")


def test_a_window_joining_two_points_does_not_outweigh_a_swapped_deed(tmp_path):
    swapped, faithful = check_claims(tmp_path / "harbour.db", [HARBOUR_STATEMENT], [
        ("The United States welcomed Ruritania's decision to buy the Albatross survey vessel.", DAY),
        ("Ruritania welcomed the U.S. decision to buy the Albatross survey vessel.", DAY)])
    # The first paragraph names the vessel in one sentence and has the United States welcome something else in
    # another: read together they do not say who welcomed the purchase; the last sentence does.
    assert (swapped["verdict"], swapped["reasons"]) == ("contested", ["actor_mismatch"]), swapped
    assert faithful["verdict"] == "supported", faithful


RIFLES = _readout("fact-sheet-operation-riverbend", (
    "DOJ's Operation Riverbend, run by the U.S. Bureau of Alcohol, Tobacco, Firearms and Explosives, traces "
    "rifles smuggled across the northern border into Canada."), title="Fact Sheet: Operation Riverbend")


def test_a_body_named_by_its_initials_is_the_body_spelt_out(tmp_path):
    claim = check_claim(tmp_path / "rifles.db", [RIFLES], "Operation Riverbend, run by the ATF, traces "
                        "rifles smuggled across the northern border into Canada.", DAY)
    assert claim["verdict"] == "supported", claim


AFRICA_MEETING = _readout("readout-sullivan-mahamat", (
    "National Security Advisor Jake Sullivan held talks today with Commission Chairperson Ngozi Mahamat.\n\n"
    "Mr. Sullivan also welcomed the statement from the Chairperson calling on all parties to respect the "
    "ceasefire in the Sahel."),
    title="Readout of National Security Advisor Jake Sullivan's Meeting with Chairperson Mahamat")


def test_the_chairperson_referring_back_is_no_other_party(tmp_path):
    claim = check_claim(tmp_path / "chair.db", [AFRICA_MEETING], "Sullivan welcomed a statement by Mahamat "
                        "calling on all parties to respect the ceasefire in the Sahel.", DAY)
    assert claim["verdict"] != "contested", claim


PACIFIC_CALL = _readout("readout-call-with-okafor", (
    "President Biden commended Prime Minister Okafor for her steady leadership through the pandemic. "
    "President Biden voiced U.S. backing for the Christchurch Call to Action. They also discussed our "
    "cooperation with Pacific Island nations."))


def test_capitalised_words_hyphened_together_are_one_name(tmp_path):
    claim = check_claim(tmp_path / "pacific.db", [PACIFIC_CALL], "The readout built the call around three "
                        "themes: the Indo-Pacific, the pandemic and the Christchurch Call.", DAY)
    assert "actor_mismatch" not in claim["reasons"], claim


def test_two_known_people_hyphened_are_still_two():
    claim = analyze("President Joe Biden welcomed Ruritanian President Tamsin Okafor to the Oval Office, the "
                    "first African leader he has hosted there.")
    record = analyze("Again, this is President Biden's first Oval Office meeting with an African head of "
                     "state, and the Biden-Harris administration is starting a new chapter in U.S.-Africa "
                     "ties.")
    # "Biden-Harris" names two people of the administration, neither of them another party to this meeting.
    assert ACTOR_MISMATCH not in find_conflicts(claim, record).reasons


DINNER = _readout("remarks-biden-okafor-dinner", (
    "PRESIDENT BIDEN: Welcome, everyone, to the White House.\n\n"
    "PRIME MINISTER OKAFOR: Thank you very much, President Biden, Madam Vice President Kamala Harris. This "
    "morning, Mr. President, your speech to the harbour forum was so generous, so hopeful and so true to our "
    "shared history."),
    title="Remarks by President Biden and Prime Minister Okafor of Ruritania at the State Dinner",
    kind="speeches-remarks")


def test_a_speakers_given_name_does_not_hide_a_misattribution(tmp_path):
    claim = check_claim(tmp_path / "dinner.db", [DINNER], "Vice President Kamala Harris called Biden's forum "
                        "speech \"so generous, so hopeful and so true to our shared history.\"", DAY)
    assert (claim["verdict"], claim["reasons"][:1]) == ("contested", ["misattributed"]), claim


def test_a_name_inside_the_quotation_is_not_its_sayer():
    # "Tamsin" is spoken to, not speaking, and no given name of Harris's: a mark parts the two names.
    for text in ("\"We are so grateful to you, Tamsin,\" Harris said of the coast guard cutters.",
                 "“Thank you, Tamsin,” Vice President Harris said at the harbour."):
        assert sayer_keys(analyze(text)) == {"=harris"}, text
    # Written after the quotation, the attribution names the sayer, not a name inside the words.
    assert sayer_keys(analyze("\"It was about the harbour, not about Ukraine,\" said Tamsin Marsh, a historian "
                              "of the navy.")) == {"tamsin", "marsh"}


CUTTERS = _readout("remarks-biden-okafor-harbour", (
    "PRESIDENT BIDEN: Thank you all for coming down to the harbour.\n\n"
    "PRIME MINISTER OKAFOR: Joe, we are so grateful to you, Tamsin and I, for the coast guard cutters that now "
    "guard our shores against the smugglers."),
    title="Remarks by President Biden and Prime Minister Okafor of Ruritania at the Harbour",
    kind="speeches-remarks")


def test_a_name_spoken_to_in_the_quotation_does_not_hide_a_misattribution(tmp_path):
    claim = check_claim(tmp_path / "cutters.db", [CUTTERS], "\"We are so grateful to you, Tamsin and I, for the "
                        "coast guard cutters that now guard our shores,\" Vice President Harris said.", DAY)
    assert (claim["verdict"], claim["reasons"][:1]) == ("contested", ["misattributed"]), claim


BEFORE_TALKS = _readout("remarks-biden-okafor-before-talks", (
    "PRESIDENT BIDEN: It is good to have you here.\n\n"
    "PRIME MINISTER OKAFOR: Let us remember that we sit in the stormiest corner of the ocean. We have "
    "pirates to the north, smugglers to the south, and rival fleets that circle us."),
    title="Remarks by President Biden and Prime Minister Okafor of Ruritania Before Bilateral Meeting",
    kind="speeches-remarks")


def test_a_quotation_word_for_word_in_anothers_line_is_misattributed(tmp_path):
    other, own, recounted = check_claims(tmp_path / "corner.db", [BEFORE_TALKS], [
        ("Biden described the island as \"the stormiest corner of the ocean,\" with pirates, smugglers and "
         "rival fleets around it.", DAY),
        ("Okafor described the island as \"the stormiest corner of the ocean,\" with pirates, smugglers and "
         "rival fleets around it.", DAY),
        ("Biden heard Okafor describe the island as \"the stormiest corner of the ocean,\" with pirates, "
         "smugglers and rival fleets around it.", DAY)])
    # The quoted words are the point, and they are Okafor's, in a line of their own beside one of Biden's: the
    # paraphrase around them is the article's.
    assert (other["verdict"], other["reasons"][:1]) == ("contested", ["misattributed"]), other
    assert own["verdict"] != "contested", own
    # The claim names the line's speaker: it may tell the words as theirs in any frame.
    assert "misattributed" not in recounted["reasons"], recounted
