"""A sentence of the article's own days that gives another value in the claim's very slot contests the claim
though a reporter worded the rest otherwise (verdicts._only_the_detail_reworded): a measure in the same unit
("ran for roughly five hours" / "was about three and a half hours long"), a year after the same two words
("to Chile since 2009" / "to Chile since 2011"), a weekday after the same two words ("with Moreno by phone on
Friday" / "with President Moreno by phone on Thursday"). A sum of money or a year after other words stays to the
ordinary gates. Constructed record, real database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier.rules.codes import CONTESTED, DATE_MISMATCH, NUMBER_MISMATCH, UNSOURCED

_DAY = datetime(2024, 3, 5, 22, tzinfo=UTC)
_BRIEFING = readout_record(
    "https://www.whitehouse.gov/briefing-room/press-briefings/2024/03/05/press-briefing-on-the-santiago-visit/",
    "Q How long did the President's meeting with President Moreno last? "
    "MS. HALVORSEN: The meeting with President Moreno was about three and a half hours long. "
    "It was the first visit of a United States President to Chile since 2011. "
    "The two presidents agreed to expand cooperation on copper mining and lithium processing. "
    "Chile will invest $2 billion in new port facilities at Valparaiso by 2030. "
    "The President will be speaking with President Moreno by phone on Thursday to follow up on the lithium "
    "agreement.",
    title="Press Briefing by Press Secretary Ingrid Halvorsen", published=_DAY)


def _checked(tmp_path, claims: list[str]) -> list[dict]:
    return check_claims(tmp_path / "slots.db", [_BRIEFING], [(claim, date(2024, 3, 6)) for claim in claims])


def test_another_measure_in_the_claims_unit_contests_it_however_the_rest_is_worded(tmp_path):
    [reworded] = _checked(tmp_path, [
        "The session with the Chilean leader ran for roughly five hours, the White House spokeswoman told "
        "reporters in Washington."])
    assert reworded["verdict"] == CONTESTED and NUMBER_MISMATCH in reworded["reasons"]


def test_another_year_after_the_same_two_words_contests_the_claims_year(tmp_path):
    [reworded] = _checked(tmp_path, [
        "The trip was the first visit by a sitting American president to Chile since 2009, the spokeswoman noted."])
    assert reworded["verdict"] == CONTESTED and DATE_MISMATCH in reworded["reasons"]


def test_another_weekday_after_the_same_two_words_contests_the_claims_day(tmp_path):
    # Friday counted from the article's day (March 8) against the briefing's Thursday (March 7): the weekday
    # is in conflict by the day it falls on, not by its word, and its slot pins the point though "slated to
    # confer" is the claim's own wording. After other words ("on lithium on Friday") the weekday is no slot of
    # the record's sentence: the ordinary gates keep it unsourced.
    slated, elsewhere = _checked(tmp_path, [
        "Biden is slated to confer with Chilean President Moreno by phone on Friday, a spokeswoman said.",
        "Biden is slated to confer with Chilean President Moreno on lithium on Friday, a spokeswoman said."])
    assert slated["verdict"] == CONTESTED and DATE_MISMATCH in slated["reasons"]
    assert elsewhere["verdict"] == UNSOURCED


def test_another_sum_of_money_is_left_to_the_ordinary_gates(tmp_path):
    # A sum is a figure any point of the day may carry ("$2 billion in new port facilities"): with the rest of
    # the claim worded otherwise it is not taken for the claim's own figure.
    [spent] = _checked(tmp_path, ["Chile will spend some $5 billion on docks at Valparaiso, the spokeswoman told "
                                  "reporters."])
    assert spent["verdict"] == UNSOURCED


_HANDOVER = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/03/05/fact-sheet-maritime-partnership/",
    "Additionally, the hydrographic survey ship Meridian Star was transferred to the Ghana Navy in late February, "
    "and is now en route to Takoradi.  The two navies will hold their first joint exercise in the Gulf of Guinea "
    "this summer.",
    title="Fact Sheet: Deepening the U.S.-Ghana Maritime Partnership", published=_DAY)


def test_another_month_given_to_the_same_deed_in_other_words_contests_the_claim(tmp_path):
    # The record words the deed otherwise ("was transferred" / "was handed over", "en route to" / "sailing for"),
    # so less of the predicate is shared than the contest gate asks; the clause holding its month names the
    # claim's own thing ("survey ship Meridian Star"): that month is the deed's, and the claim's contradicts it.
    # The faithful month is no contest; a month the claim gives another deed, in a clause of its own, is none
    # either, though its other clause names the record's deed.
    handed, faithful, other_deed = (claim for claim in check_claims(
        tmp_path / "deeds.db", [_HANDOVER],
        [(text, date(2024, 3, 6)) for text in (
            "The survey ship Meridian Star was handed over to Ghana in January and is already sailing for Takoradi.",
            "The survey ship Meridian Star was handed over to Ghana in February and is already sailing for "
            "Takoradi.",
            "Ghana's defence minister visited Washington in January, before the survey ship was handed over.")]))
    assert handed["verdict"] == CONTESTED and handed["reasons"] == [DATE_MISMATCH]
    assert faithful["verdict"] != CONTESTED
    assert other_deed["verdict"] != CONTESTED
