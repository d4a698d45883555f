"""A name the lexicon does not know opening the claim ("Halvorsen offered ...", "Marcos, welcoming her, said ...")
is read as no entity, capitalised as every first word is; against a transcript line labelled with that name and
spoken in the first person ("PRIME MINISTER HALVORSEN: I bring ...") it is the line's speaker
(evidence._people, with_speakers), as a known name is. Constructed transcript, real record database, no mocks."""

from __future__ import annotations

from datetime import UTC, datetime

from conftest import readout_record, stored_sentences

from verifier.evidence import _people, with_speakers
from verifier.normalize import analyze, speaker_keys

REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/03/05/remarks-biden-halvorsen-harbours/",
    title="Remarks by President Biden and Prime Minister Halvorsen of Norland",
    published=datetime(2024, 3, 5, 18, 0, tzinfo=UTC),
    body=("PRESIDENT BIDEN: Welcome, Mr. Prime Minister.\n\n"
          "PRIME MINISTER HALVORSEN: I bring the sympathy of every harbour town of Norland after the storm on your "
          "coast.\n\n"
          "PRESIDENT BIDEN: The storm took homes along the whole coast."))


def _lines(tmp_path, word: str):
    return [hit for hit in stored_sentences(tmp_path / "remarks.db", [REMARKS]) if word in hit.text]


def test_the_opening_name_is_the_labelled_speaker(tmp_path):
    [line] = _lines(tmp_path, "sympathy")
    claim = analyze("Halvorsen offered the sympathy of Norland's harbour towns after the storm.")
    assert not analyze("Halvorsen").keys & claim.entity_keys  # the entity reader leaves it out
    read = with_speakers(analyze(line.text), (line,), speaker_keys(claim), _people(claim))
    assert analyze("Halvorsen").keys <= read.keys


def test_an_opening_word_that_is_no_name_meets_no_label(tmp_path):
    [line] = _lines(tmp_path, "sympathy")
    claim = analyze("Sympathy came from the harbour towns of Norland after the storm.")
    read = with_speakers(analyze(line.text), (line,), speaker_keys(claim), _people(claim))
    assert read.keys == analyze(line.text).keys
