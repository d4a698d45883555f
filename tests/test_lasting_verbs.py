"""A verb that only says how long something went on ("ran for an hour and a half", "stretched over two days")
is stated by a record that gives the same length in its own words ("a 90-minute session"): the length is the
point (evidence._lasting_verbs)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claims, readout_record

from verifier.evidence import _lasting_verbs
from verifier.normalize import analyze


def _verbs(text: str) -> frozenset[str]:
    analysis = analyze(text)
    return _lasting_verbs(analysis, frozenset(analysis.keys))[0]


def test_a_verb_before_a_length_of_time_is_a_verb_of_lasting():
    assert _verbs("The session ran for about an hour and a half.") == analyze("ran").keys
    assert _verbs("The talks stretched over three days.") == analyze("stretched").keys
    assert _verbs("The delegation spent two days in Hanoi.") == analyze("spend").keys
    # No length after it, or a length the verb does not take.
    assert not _verbs("The ministry spent $5 billion on the port.")
    assert not _verbs("The talks in the last two days ran smoothly.")
    assert not _verbs("Sanchez ran the meeting.")


VIRTUAL_SESSION = readout_record(
    "https://www.whitehouse.gov/briefing-room/press-briefings/2026/05/06/background-press-call-on-the-virtual-meeting/",
    "We have just concluded a 90-minute virtual session between President Ortega Vidal and the President.",
    title="Background Press Call on the Virtual Meeting", published=datetime(2026, 5, 6, 20, 0, tzinfo=UTC))


def test_a_length_in_other_units_states_the_verb_of_lasting(tmp_path):
    (claim,) = check_claims(tmp_path / "lasting.db", [VIRTUAL_SESSION], [
        ("The session ran for an hour and a half.", date(2026, 5, 7)),
    ])
    assert claim["verdict"] == "supported", claim
    assert claim["evidence"][0]["url"] == VIRTUAL_SESSION.url
