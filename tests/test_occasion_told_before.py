"""A sentence whose subject points back to the occasion the sentence before told ("That meeting took place on ...")
says when or where that occasion was: it is read with the sentence before, so the occasion's readout is found and
the detail compared there. The pointing words alone retrieve nothing.

Constructed article and record (no labelled article's words).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import filler_records, readout_record, record_database

from verifier.checking import _names_a_day, check_text

STATEMENT = readout_record(
    "https://www.whitehouse.gov/briefing-room/2024/03/04/statement-on-ortiz-meeting-with-general-varga/",
    ("National Security Advisor Sam Ortiz met today in Washington with General Tomas Varga, Chief of the "
     "Defence Staff of Ostland. They discussed the security of the Ostland coast and joint naval exercises. "
     "Mr. Ortiz restated the pledge of his country to help defend Ostland."),
    title="Statement on National Security Advisor Sam Ortiz's Meeting with General Tomas Varga of Ostland",
    published=datetime(2024, 3, 4, 21, 0, tzinfo=UTC))
OTHER_NEWS = filler_records(date(2024, 2, 20), [
    ("Statement on Bridges", "The President announced new funding for bridges in twelve states. Work on them "
     "begins on March 11."),
    ("Readout of a Call with Westmark", "The President spoke with the Chancellor of Westmark about fisheries. "
     "The meeting took place by video."),
    ("Remarks on Veterans", "The President said penalties for fraud against veterans must be raised."),
], slug="other")
OCCASION = ("Sam Ortiz hosted General Tomas Varga, the chief of the Ostland defence staff, in Washington last "
            "month. {claim} They discussed joint naval exercises.")


def _verdicts(tmp_path, article: str) -> list[tuple[str, list[str]]]:
    engine = record_database(tmp_path / f"record-{len(article)}.db", [STATEMENT, *OTHER_NEWS])
    try:
        report = check_text(engine, article, date(2024, 4, 2), store=False)
    finally:
        engine.dispose()
    return [(claim["verdict"], claim["reasons"]) for claim in report["claims"]]


def test_the_day_of_the_occasion_told_before_is_compared_with_its_readout(tmp_path):
    told, day, _ = _verdicts(tmp_path, OCCASION.format(claim="That meeting took place on March 11."))
    assert told[0] == "supported"
    assert day == ("contested", ["date_mismatch"])
    # Alone, the sentence names no occasion the record could be asked about.
    [(alone, _)] = _verdicts(tmp_path, "That meeting took place on March 11.")
    assert alone == "unsourced"


def test_the_readouts_own_day_is_no_contest(tmp_path):
    _, day, _ = _verdicts(tmp_path, OCCASION.format(claim="That meeting took place on March 4."))
    assert day[0] != "contested"


def test_an_occasion_the_rules_let_the_model_support_is_read_too(tmp_path):
    # "welcomed" is not how the statement puts the meeting: the rules hold the support back for the verdict model
    # to choose, but the statement is still the occasion's readout, and its day is compared.
    article = ("Sam Ortiz welcomed General Tomas Varga, the chief of the Ostland defence staff, in Washington last "
               "month. That meeting took place on March 11. They discussed joint naval exercises.")
    _, day, _ = _verdicts(tmp_path, article)
    assert day == ("contested", ["date_mismatch"])


def _verdicts_on(tmp_path, article: str, published: date) -> list[tuple[str, list[str]]]:
    engine = record_database(tmp_path / f"record-{len(article)}-{published}.db", [STATEMENT, *OTHER_NEWS])
    try:
        report = check_text(engine, article, published, store=False)
    finally:
        engine.dispose()
    return [(claim["verdict"], claim["reasons"]) for claim in report["claims"]]


def test_a_weekday_told_of_the_occasion_is_read_with_it_though_another_meeting_took_place(tmp_path):
    # "The meeting took place by video" (another occasion's readout) shares every word of the pointing sentence
    # but its day; the occasion the sentence before told is the statement's, which met "today", a Monday.
    article = ("Sam Ortiz met General Tomas Varga, the chief of the Ostland defence staff, in Washington, the White "
               "House said. The meeting took place on {day}, according to the statement. They discussed joint "
               "naval exercises.")
    _, told, _ = _verdicts_on(tmp_path, article.format(day="Friday"), date(2024, 3, 6))
    assert told == ("contested", ["date_mismatch"])
    _, faithful, _ = _verdicts_on(tmp_path, article.format(day="Monday"), date(2024, 3, 6))
    assert faithful[0] != "contested"


def test_the_verb_may_names_no_day():
    # Decided by another publication, a pointing sentence is read with its occasion only for a day it names: "may"
    # in lower case is the verb, the month only as a name.
    assert not _names_a_day("They may meet in the spring")
    assert not _names_a_day("in Oslo, where the two may meet again")
    assert _names_a_day("in Oslo in early May")
    assert _names_a_day("in march")
