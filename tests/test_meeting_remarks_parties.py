"""The transcript of two leaders' remarks at their meeting ("Remarks by President Biden and Prime Minister Halvorsen
of Norland Before Bilateral Meeting") is what they said to each other: a line of it that names no one is spoken by
one to the other, so a claim naming the guest ("Biden promised Halvorsen ...") is stated by the host's "We will stand
with you", as a readout's line is about the people its title says met (evidence._meeting_parties). Constructed
transcript, real record database, no mocks."""

from __future__ import annotations

from datetime import UTC, datetime

from conftest import readout_record, stored_sentences

from verifier.evidence import _meeting_parties, _people, with_speakers
from verifier.normalize import analyze, speaker_keys

MEETING_REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/03/05/remarks-biden-halvorsen-bilateral/",
    title="Remarks by President Biden and Prime Minister Tormod Halvorsen of Norland Before Bilateral Meeting",
    published=datetime(2024, 3, 5, 18, 0, tzinfo=UTC),
    body=("PRESIDENT BIDEN: Welcome back to the Oval Office. We will keep supplying the fishing fleets with fuel "
          "through the whole of the coming winter.\n\n"
          "PRIME MINISTER HALVORSEN: Thank you, Mr. President. Our harbours remain open to your research vessels "
          "in every season."))


def test_the_titles_leaders_are_the_meetings_parties():
    parties = _meeting_parties(MEETING_REMARKS.title)
    assert analyze("Halvorsen").keys <= parties and analyze("Biden").keys <= parties
    assert not parties & analyze("Bilateral").keys  # the occasion's words are no party
    assert not _meeting_parties("Remarks by President Biden at a Campaign Reception")  # one speaker, no meeting


def test_a_line_of_the_meeting_holds_the_guest_the_claim_names(tmp_path):
    hits = [hit for hit in stored_sentences(tmp_path / "remarks.db", [MEETING_REMARKS]) if "supplying" in hit.text]
    claim = analyze("Biden promised Halvorsen to keep the fishing fleets supplied with fuel through the winter.")
    line = with_speakers(analyze(hits[0].text), tuple(hits), speaker_keys(claim), _people(claim))
    assert analyze("Halvorsen").keys <= line.keys
    # A line that names someone is that person's business, not the meeting's parties'.
    named = analyze("We will keep supplying Captain Ostby's fishing fleets with fuel.")
    assert not analyze("Halvorsen").keys <= with_speakers(named, tuple(hits), speaker_keys(claim), _people(claim)).keys
