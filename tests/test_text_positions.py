"""A verb of opening or ending said of a text or a speech ("The statement ends with an invitation", "ended his
toast with a line of verse") tells where something stands in it (negation.only_placing_in_a_text): it is no
deed that the record must state, nor one that the record's "continued" or "opened" contradicts."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier.normalize import analyze
from verifier.rules.negation import only_placing_in_a_text


def _keys(text: str, word: str) -> tuple:
    analysis = analyze(text)
    return analysis, {token.key for token in analysis.tokens if token.surface.lower() == word}


def test_opening_or_ending_a_text_is_a_place_in_it():
    assert only_placing_in_a_text(*_keys("The joint statement ends with an invitation to Canberra.", "ends"))
    assert only_placing_in_a_text(*_keys("Albanese ended his short toast with a line of verse.", "ended"))
    assert only_placing_in_a_text(*_keys("She opened the briefing by thanking the delegation.", "opened"))
    # A deed: the ban, the consulate and the talks are no texts.
    assert not only_placing_in_a_text(*_keys("The ministry ended the export ban with immediate effect.", "ended"))
    assert not only_placing_in_a_text(*_keys("The two sides opened a consulate in Perth.", "opened"))
    assert not only_placing_in_a_text(*_keys("Talks ended on Friday without a statement.", "ended"))


JOINT_STATEMENT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2026/04/02/united-states-australia-joint-statement/",
    "The leaders resolved to deepen cooperation on critical minerals and shipbuilding. "
    "Prime Minister Albanese expresses his gratitude for the warm welcome and extends an invitation for "
    "President Biden to visit Australia next year.",
    title="United States-Australia Joint Statement", published=datetime(2026, 4, 2, 21, 0, tzinfo=UTC))


def test_a_statement_ending_with_an_invitation_supports_the_invitation(tmp_path):
    (claim,) = check_claims(tmp_path / "positions.db", [JOINT_STATEMENT], [
        ("The statement ends with a courtesy: Albanese invited Biden to visit Australia.", date(2026, 4, 3)),
    ])
    assert claim["verdict"] == "supported", claim
    assert claim["evidence"][0]["url"] == JOINT_STATEMENT.url


def test_an_occasion_opened_or_closed_on_a_day_is_a_deed():
    # "on" places something in a text only as its note ("ends on a hopeful note"); "on Monday" dates a deed
    # of the occasion a conference or a briefing also is.
    assert only_placing_in_a_text(*_keys("The communique ends on a hopeful note about the fisheries.", "ends"))
    assert not only_placing_in_a_text(*_keys("The ministers opened the trade conference on Monday.", "opened"))
    assert not only_placing_in_a_text(*_keys("The conference closed on Tuesday in Lima.", "closed"))


LIMA_CONFERENCE = readout_record(
    "https://www.state.gov/2025/03/10/readout-of-the-lima-trade-conference/",
    "Secretary Rubio and Foreign Minister Gonzalez closed the regional trade conference on Monday in Lima. "
    "The ministers agreed to meet again in the autumn.",
    title="Readout of the Lima Trade Conference", source="state", published=datetime(2025, 3, 10, 20, tzinfo=UTC))


def test_opening_a_conference_the_record_closed_is_contested(tmp_path):
    (claim,) = check_claims(tmp_path / "conference.db", [LIMA_CONFERENCE], [
        ("Rubio and Gonzalez opened the regional trade conference on Monday in Lima.", date(2025, 3, 11)),
    ])
    assert (claim["verdict"], claim["reasons"]) == ("contested", ["opposite_action"]), claim
