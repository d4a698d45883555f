"""A statement or remarks by one person, its lines unlabelled ("Statement by President Joe Biden on ..."), is that
person's word: a line of it in the first person ("I will keep our harbours open ...") is the author's act, as a
labelled line in the first person is its speaker's (evidence.with_speakers), so "Biden will keep the harbours open"
is stated by it. A line without the first person, or a title naming two authors, gives no one. Constructed
statements, real record database, no mocks."""

from __future__ import annotations

from datetime import UTC, datetime

from conftest import readout_record, stored_sentences

from db.store import ReadoutRecord
from verifier.evidence import _people, with_speakers
from verifier.normalize import analyze, speaker_keys


def _statement(title: str, slug: str) -> ReadoutRecord:
    return readout_record(
        f"https://www.whitehouse.gov/briefing-room/statements-releases/2024/04/02/{slug}/",
        title=title, published=datetime(2024, 4, 2, 18, 0, tzinfo=UTC),
        body=("I will keep the harbours of the northern coast open to research vessels from Norland in every "
              "season.\n\nThe harbours of the northern coast serve fishing fleets from four countries."))


def _lines(tmp_path, record: ReadoutRecord) -> list:
    return stored_sentences(tmp_path / f"{record.url.rsplit('/', 2)[-2]}.db", [record])


CLAIM = analyze("Biden will keep the northern harbours open to Norland's research vessels in every season.")


def test_the_sole_authors_first_person_line_is_the_authors_act(tmp_path):
    own, told = _lines(tmp_path, _statement("Statement by President Joe Biden on the Northern Harbours", "one"))
    biden = analyze("Biden").keys
    assert biden <= with_speakers(analyze(own.text), (own,), speaker_keys(CLAIM), _people(CLAIM)).keys
    assert not biden <= with_speakers(analyze(told.text), (told,), speaker_keys(CLAIM), _people(CLAIM)).keys


def test_two_authors_leave_the_line_no_ones(tmp_path):
    own, _ = _lines(tmp_path, _statement("Statement by President Joe Biden and Prime Minister Halvorsen on the "
                                         "Northern Harbours", "two"))
    assert not analyze("Biden").keys <= with_speakers(analyze(own.text), (own,), speaker_keys(CLAIM),
                                                      _people(CLAIM)).keys
