"""The perturbation harness's event kind (tests/eval/perturb.py) moves a claim to another occasion or document
of the same parties that the record holds, and its attribution kind gives a sideless readout the other side."""

from datetime import date

from tests.eval.perturb import Publication, RecordPublications, perturb_attribution, perturb_event


def _record(*publications: Publication) -> RecordPublications:
    return RecordPublications({p.url: p for p in publications}, tuple(sorted(publications, key=lambda p: p.day)))


CALL = Publication("u/call", "Readout of President Biden's Call with Prime Minister Kishida of Japan",
                   date(2024, 3, 1), "readout")
MEETING = Publication("u/meeting", "Readout of President Biden's Meeting with Prime Minister Kishida of Japan",
                      date(2024, 3, 10), "readout")
OTHER_MEETING = Publication("u/other", "Readout of President Biden's Meeting with President Lula of Brazil",
                            date(2024, 3, 10), "readout")
FACT_SHEET = Publication("u/facts", "FACT SHEET: Japan Official Visit to the United States", date(2024, 4, 10),
                         "fact-sheet")
JOINT = Publication("u/joint", "United States-Japan Joint Leaders' Statement", date(2024, 4, 10), "statement")


def test_a_call_becomes_the_meeting_of_the_same_parties_the_record_holds():
    claim = "During the call, Biden thanked Kishida for his leadership."
    moved = perturb_event(claim, [], CALL, _record(CALL, MEETING), published=date(2024, 3, 12))
    assert moved.claim == "During the meeting, Biden thanked Kishida for his leadership."
    assert "event_mismatch" in moved.expected
    # Not when the record's meeting is with someone else, or out after the article.
    assert perturb_event(claim, [], CALL, _record(CALL, OTHER_MEETING), published=date(2024, 3, 12)) is None
    assert perturb_event(claim, [], CALL, _record(CALL, MEETING), published=date(2024, 3, 5)) is None


def test_a_claim_naming_no_occasion_is_placed_at_the_other_one():
    claim = "The leaders discussed North Korea."
    moved = perturb_event(claim, [], CALL, _record(CALL, MEETING), published=date(2024, 3, 12))
    assert moved.claim == "During their meeting, the leaders discussed North Korea."
    # A claim that tells an occasion itself, or opens on its own setting, gets no second one.
    assert perturb_event("Biden spoke with Kishida on Friday.", [], CALL, _record(CALL, MEETING)) is None
    assert perturb_event("At the White House, the leaders discussed North Korea.", [], CALL,
                         _record(CALL, MEETING)) is None


def test_a_document_becomes_another_of_the_same_occasion():
    claim = "The leaders welcomed new research ties, the fact sheet said."
    moved = perturb_event(claim, [], FACT_SHEET, _record(FACT_SHEET, JOINT))
    assert moved.claim == "The leaders welcomed new research ties, the joint statement said."
    # "The readout" may be any of a day's publications: never the moved-to name, but moved from.
    assert perturb_event("They met, the readout said.", [], MEETING, _record(MEETING)) is None
    said = perturb_event("The leaders welcomed new research ties, the White House said.", [], JOINT,
                         _record(FACT_SHEET, JOINT), attribution=(40, 60))
    assert said.claim == "The leaders welcomed new research ties, the White House said in a fact sheet."


def test_a_sideless_readout_is_given_the_other_side():
    claim = "Biden raised concerns about Xinjiang, according to the readout."
    moved = perturb_attribution(claim, claim, 0, "us-government")
    assert moved.claim == "Biden raised concerns about Xinjiang, according to the Chinese readout."
    moved = perturb_attribution(claim, claim, 0, "china-government")
    assert moved.claim == "Biden raised concerns about Xinjiang, according to the U.S. readout."


def test_a_sourceless_claim_of_a_us_china_story_is_credited_to_the_other_side():
    claim = "Xi said Taiwan is the first red line that must not be crossed."
    moved = perturb_attribution(claim, claim, 0, "china-government")
    assert moved.claim == "Xi said Taiwan is the first red line that must not be crossed, the White House said."
    claim = "The two sides agreed to resume talks between Chinese and U.S. military commanders."
    moved = perturb_attribution(claim, claim, 0, "us-government")
    assert moved.claim.endswith("commanders, China's foreign ministry said.")
    # Not a story of other parties, nor a claim that already names its source.
    assert perturb_attribution("Biden and Kishida discussed trade.", "Biden and Kishida discussed trade.", 0,
                               "us-government") is None
