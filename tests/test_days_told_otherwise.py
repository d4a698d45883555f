"""A day the claim names in words, told otherwise by the record: a readout sentence that dates what it tells
itself ("will be announced tomorrow") is no undated account of the meeting; another sentence that tells the
claim's day by its own ("Today, ..." in the publication of that day) outweighs a weaker one whose date is of
another thing ("until June 30"); two occasions named otherwise ("after a NATO summit" / "ahead of the
Nordic summit") are two, not one told in two orders; a future weekday in what someone said ("By Friday the
ferries will have carried ..., the ministry said") is counted from the saying, which may be of the days before
the article's.

Each rule was found among the false contests of the read sets (a supported claim contested with
date_mismatch); each test is constructed, with no article's words, and fails on the code before the rule.
The contradiction each rule must keep is asserted beside it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from conftest import check_claim, readout_record

from tests.test_verdict_rules import _decided, _in_window
from verifier.normalize import analyze
from verifier.rules.codes import DATE_MISMATCH, Anchor
from verifier.rules.conflicts import find_conflicts
from verifier.rules.dates import day_conflict, named_days, readout_day_conflict
from verifier.verdicts import _outstated

# The article's day in these tests (_decided's anchor): Tuesday, April 2, 2024. _in_window's publications
# come out on Monday, April 1 (Washington's day).
_TUESDAY = date(2024, 4, 2)
_ANCHOR = Anchor(date=datetime(2024, 4, 2, 23, 59, tzinfo=UTC), known=True, day=_TUESDAY)


def _readout(claim, text: str):
    weights = {key: 1.0 for key in claim.keys}
    candidate = _in_window(claim, weights, 1, text, title="Readout of the Minister's Meeting with the Mayor")
    return replace(candidate, hits=(replace(candidate.first, kind="readout"),))


def test_a_readout_sentence_that_dates_what_it_tells_is_no_undated_account_of_the_meeting():
    claim = analyze("The minister told the mayor the flood grants were to be announced publicly on Tuesday.")
    # Monday's "tomorrow" is the claim's Tuesday: the sentence dates the announcement itself.
    dated = _readout(claim, "The minister informed the mayor that the flood grants will be announced "
                            "publicly tomorrow.")
    assert readout_day_conflict(claim, dated, _ANCHOR, None).reasons == ()
    # An undated sentence of a readout tells the meeting, held on or just before its day: a claimed day
    # after it is another day.
    met = analyze("The minister met the mayor on Tuesday to discuss the flood grants.")
    undated = _readout(met, "The minister met the mayor to discuss the flood grants.")
    assert readout_day_conflict(met, undated, _ANCHOR, None).reasons == (DATE_MISMATCH,)


def test_a_sentence_telling_the_claims_day_by_its_own_outweighs_a_date_of_another_thing():
    claim = analyze("The minister on Monday signed an order extending the fishing quota for coastal towns.")
    weights = {key: 1.0 for key in claim.keys}
    # The end of the quota's span is no day of the signing; alone, the sentence contests the claim's Monday.
    until = _in_window(claim, weights, 1, "The ministry will keep the fishing quota for coastal towns in "
                                          "place until June 30.")
    assert _decided(claim, [until], weights) == ("contested", [DATE_MISMATCH])
    conflict = day_conflict(claim, until, _ANCHOR, None)
    assert conflict.reasons == (DATE_MISMATCH,) and conflict.days == {(4, 1)}
    # Monday's "today": the claim's day, told from the record's own, by a sentence that states more of the
    # claim; the claim's "Monday" need not be among its words.
    today = _in_window(claim, weights, 2, "Today, the minister signed an order extending the fishing quota "
                                          "for coastal towns.")
    assert today.score >= until.score
    assert _outstated(claim, (until, conflict), [today])
    assert _decided(claim, [until, today], weights)[0] == "supported"
    # Sunday's signing, told as "yesterday" on Monday, is another day: it does not state the claim's.
    yesterday = _in_window(claim, weights, 2, "Yesterday, the minister signed an order extending the fishing "
                                              "quota for coastal towns.")
    assert not _outstated(claim, (until, conflict), [yesterday])
    assert _decided(claim, [until, yesterday], weights)[0] == "contested"


def test_two_occasions_named_otherwise_are_not_one_told_in_two_orders():
    def conflicts(claim: str, record: str) -> tuple[str, ...]:
        return find_conflicts(analyze(claim), analyze(record)).reasons

    meeting = "The premier met the coastal mayors in the port city"
    assert conflicts(f"{meeting} hours after a harbour summit ended.",
                     f"{meeting} ahead of the fisheries summit.") == ()
    # The same occasion, named alike or left unnamed on one side, placed on the other side of the meeting.
    assert conflicts(f"{meeting} after the harbour summit.", f"{meeting} ahead of the harbour summit.") \
        == (DATE_MISMATCH,)
    assert conflicts(f"{meeting} after the summit.", f"{meeting} ahead of the harbour summit.") \
        == (DATE_MISMATCH,)
    # Words that describe the occasion (how long, how often, when) do not name another one.
    assert conflicts(f"{meeting} after the two-day summit.", f"{meeting} ahead of the harbour summit.") \
        == (DATE_MISMATCH,)
    assert conflicts(f"{meeting} after the annual summit.", f"{meeting} ahead of the harbour summit.") \
        == (DATE_MISMATCH,)


def test_a_future_weekday_in_what_someone_said_is_counted_from_the_saying(tmp_path):
    # The ministry's statement of Friday, September 13, 2024, read in Saturday's article.
    statement = readout_record(
        url="https://www.whitehouse.gov/briefing-room/2024/09/13/statement-island-ferries/",
        title="Statement on the Island Ferry Service", published=datetime(2024, 9, 13, 16, 0, tzinfo=UTC),
        body="By September 13, the island ferry service will have carried almost 40,000 passengers to the "
             "mainland.")
    saturday = date(2024, 9, 14)
    said = check_claim(tmp_path / "said.db", [statement], "By Friday the island ferry service will have carried "
                       "almost 40,000 passengers to the mainland, the White House said.", saturday)
    assert said["verdict"] == "supported", said
    # Told as the article's own future, the Friday is the coming one: another day than the statement's.
    assert named_days("By Friday the ferry service will have carried almost 40,000 passengers.", saturday) \
        == {(9, 20)}
    assert named_days("By Friday the ferry service will have carried almost 40,000 passengers.", saturday,
                      told_from_a_saying=True) == {(9, 13), (9, 20)}
