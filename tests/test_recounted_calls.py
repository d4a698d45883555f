"""Remarks at a meeting that recount an earlier call ("Ever since our first phone conversation, the
President has told me ...") tell what was said on that call: a claim that places the point "in their first phone
call" is not told at another occasion because the transcript's title reads out a meeting
(rules.occasions._RECOUNTED_CALL). A sentence of the meeting that names no call still places the point
there. Constructed record, real database, no mocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier.rules.codes import CONTESTED, EVENT_MISMATCH
from verifier.rules.occasions import _RECOUNTED_CALL

_CALL = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/28/"
    "readout-of-the-call-with-ana-varga/",
    "President Joseph R. Biden, Jr. called President Ana Varga of Ruritania today to congratulate her on "
    "her inauguration. The leaders discussed energy cooperation and the coming harvest season.",
    title="Readout of President Biden's Call with President Ana Varga of Ruritania",
    published=datetime(2024, 4, 28, 18, tzinfo=UTC))
_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/05/09/"
    "remarks-by-president-biden-and-president-varga-of-ruritania-before-bilateral-meeting/",
    "PRESIDENT VARGA: Thank you, Mr. President, for welcoming us to the White House. "
    "Ever since our first phone conversation, the President has told me that Ruritania would never be "
    "treated as a junior partner of the United States. "
    "Our delegations have worked hard for many weeks to prepare this visit. "
    "We are grateful for the hospitality of the American people. "
    "Our farmers and engineers are watching this meeting closely. "
    "We also intend to expand the rail freight corridor between our ports before the end of the decade.",
    title="Remarks by President Biden and President Varga of Ruritania Before Bilateral Meeting",
    published=datetime(2024, 5, 9, 16, tzinfo=UTC))


def _checked(tmp_path, claims: list[str]) -> list[dict]:
    return check_claims(tmp_path / "calls.db", [_CALL, _REMARKS],
                        [(claim, date(2024, 5, 10)) for claim in claims])


def test_a_call_the_remarks_recount_is_where_the_point_was_made(tmp_path):
    [recalled] = _checked(tmp_path, [
        "Varga recalled that during their first phone call Biden had assured her Ruritania would never be treated "
        "as a junior partner of the United States."])
    assert not (recalled["verdict"] == CONTESTED and EVENT_MISMATCH in recalled["reasons"]), recalled


def test_a_point_of_the_meeting_itself_is_still_told_at_another_occasion(tmp_path):
    # Sentences apart from the recounted call, so no window reads the two together.
    [moved] = _checked(tmp_path, [
        "During their phone call, Varga said the two countries intend to expand the rail freight corridor "
        "between their ports before the end of the decade."])
    assert moved["verdict"] == CONTESTED and EVENT_MISMATCH in moved["reasons"], moved


def test_a_call_for_something_is_an_appeal_not_a_call_recounted():
    assert _RECOUNTED_CALL.search("On our call last week, the President agreed.")
    assert _RECOUNTED_CALL.search("We spoke by telephone on Sunday.")
    # An appeal names no phone call, and may be made at any occasion.
    assert not _RECOUNTED_CALL.search("Today we renewed our call for a ceasefire along the northern border.")
    assert not _RECOUNTED_CALL.search("They repeated their urgent call for restraint.")
