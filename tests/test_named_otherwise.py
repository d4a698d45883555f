"""Who a reporter names another way than the record: a person by the country's title the record uses for them
("Indian Prime Minister Anand Verma" for "the Prime Minister of India"), and a transcript's speaker whose label
holds accented capitals ("PRIME MINISTER ØSTER:"), whose lines are theirs, not the speaker's before.

Constructed records and claims (no labelled article's words). Each claim fails on the engine that read the
title's holder as a party the publication never names, or the accented speaker's line as the one before's.
"""

from __future__ import annotations

from datetime import date

from conftest import check_claim, filler_records

from db.text import split_body
from verifier.normalize import analyze
from verifier.rules.parties import _titled_as_the_record_names

RECORD = filler_records(date(2024, 5, 6), [
    ("Remarks by President Marlow in a Press Conference on Fisheries",
     "PRESIDENT MARLOW:  Good afternoon.  Whether I would host the Prime Minister of India next spring depends "
     "on the outcome of the fisheries talks."),
    ("Remarks by President Marlow and Prime Minister Øster of Norway Before Bilateral Meeting",
     "PRESIDENT MARLOW:  Welcome back to Washington.  We have a great deal to discuss about the Arctic.\n\n"
     "PRIME MINISTER ØSTER:  (As interpreted.)  Thank you.  It is a great pleasure to see you again, and "
     "our cooperation on Arctic research stations has never been stronger.\n\n"
     "PRESIDENT MARLOW:  Thank you, Prime Minister.  Let us begin."),
], slug="named")


def test_a_person_named_where_the_record_gives_the_title(tmp_path):
    claim = ("President Marlow said whether he would host Indian Prime Minister Anand Verma next spring depends "
             "on the outcome of the fisheries talks.")
    verdict = check_claim(tmp_path / "record.db", RECORD, claim, date(2024, 5, 9))
    assert verdict["verdict"] == "supported", verdict


def test_the_title_must_be_the_records_own():
    claim = analyze("Indian Prime Minister Anand Verma said the talks were useful.")
    verma = next(entity.index for entity in claim.entities if entity.key.startswith("verma"))
    assert _titled_as_the_record_names(claim, verma, analyze("The Prime Minister of India said the talks were useful."))
    assert not _titled_as_the_record_names(claim, verma, analyze("The Prime Minister of Japan said they were useful."))
    assert not _titled_as_the_record_names(claim, verma, analyze("The President of India said the talks were useful."))


def test_a_label_with_accented_capitals_opens_its_speakers_lines():
    body = ("PRESIDENT MARLOW:  Welcome back.\n\nPRIME MINISTER ØSTER:  (As interpreted.)  Thank you.  It is a "
            "pleasure.\n\nPRESIDENT LÓPEZ:  Gracias.\n\nPRESIDENT MARLOW:  Thank you both.")
    speakers = [span.speaker for span in split_body(body)]
    assert speakers[0] == "PRESIDENT MARLOW"
    assert set(speakers[1:-2]) == {"PRIME MINISTER ØSTER"}
    assert speakers[-2:] == ["PRESIDENT LÓPEZ", "PRESIDENT MARLOW"]


def test_a_label_with_capitals_beyond_latin_1_opens_its_speakers_lines():
    body = ("PRESIDENT MARLOW:  Good morning.\n\nPRESIDENT DOĞANER:  Thank you, Mr. President.\n\n"
            "GENERAL SECRETARY ĐỖ:  We agree.\n\nPRESIDENT MARLOW:  Thank you.")
    speakers = [span.speaker for span in split_body(body)]
    assert speakers[0] == "PRESIDENT MARLOW"
    assert "PRESIDENT DOĞANER" in speakers and "GENERAL SECRETARY ĐỖ" in speakers
    assert speakers[-1] == "PRESIDENT MARLOW"


def test_the_accented_speakers_own_line_is_theirs(tmp_path):
    claim = "Prime Minister Øster said cooperation on Arctic research stations had never been stronger."
    verdict = check_claim(tmp_path / "record.db", RECORD, claim, date(2024, 5, 9))
    assert verdict["verdict"] == "supported", verdict
