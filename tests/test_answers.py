"""Two official sentences read together: an answer with the reporter's question
it answers, and two sentences apart in one publication (real SQLite records)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import filler_records, readout_record, record_database

from db.store import ReadoutRecord
from verifier import thresholds as T
from verifier.checking import check_text

GAGGLE = readout_record(
    "https://www.whitehouse.gov/briefing-room/press-briefings/2024/03/05/press-gaggle/",
    ("MS. WHITFIELD: Good afternoon, everybody.\n\n"
     "Q Has the President spoken with Prime Minister Okafor about the fisheries dispute this week?\n\n"
     "MS. WHITFIELD: No. That conversation has not happened yet.\n\n"
     "Q Did the Secretary sign the port security memorandum with Minister Adeyemi in Lagos?\n\n"
     "MS. WHITFIELD: Yes.\n\n"
     "Q Why are there no sanctions on the shipping company, given the seized cargo?\n\n"
     "MS. WHITFIELD: Thanks. The Treasury investigation into the cargo is not finished."),
    title="Press Gaggle by Press Secretary Dana Whitfield", published=datetime(2024, 3, 5, 19, 0, tzinfo=UTC))
STATEMENT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/03/04/statement-rivera/",
    ("Secretary Rivera met Minister Okafor in Lisbon on Monday. "
     "The weather delayed the delegation's arrival by several hours. "
     "Officials from both ministries joined the working lunch. "
     "The two ministers then signed a fisheries accord on coastal patrols."),
    title="Statement on Secretary Rivera's Travel", published=datetime(2024, 3, 4, 15, 0, tzinfo=UTC))
FILLER = filler_records(date(2024, 2, 1), [
    "The President announced new funding for roads and bridges in twelve states this year.",
    "The Department of the Treasury released guidance for small businesses on new tax credits.",
    "The leaders discussed trade, climate and health security and agreed to meet again in the spring.",
    "The Vice President traveled to Arizona to highlight investments in clean energy jobs.",
    "The Secretary met the Minister to discuss energy markets and agreed to meet again this week.",
])
ARTICLE_DAY = date(2024, 3, 6)


@pytest.fixture
def engine(tmp_path):
    engine = record_database(tmp_path / "record.db", [GAGGLE, STATEMENT, *FILLER])
    yield engine
    engine.dispose()


def _claim(engine, text: str, day: date = ARTICLE_DAY) -> dict:
    return check_text(engine, text, day, store=False)["claims"][0]


def _in_readout(record: ReadoutRecord, evidence: dict) -> bool:
    return record.body[evidence["start"]:evidence["end"]] == evidence["sentence"]


def test_a_no_to_the_question_contests_the_claim_and_cites_only_the_answer(engine):
    claim = _claim(engine, "The President spoke with Prime Minister Okafor about the fisheries dispute this week.")
    assert claim["verdict"] == "contested"
    assert claim["reasons"] == ["negation_mismatch"]
    assert "answer to a reporter's question" in claim["explanation"]
    top = claim["evidence"][0]
    assert top["sentence"].startswith("No.") and _in_readout(GAGGLE, top)
    # The question gave the answer its topic; it is never shown as evidence.
    assert all("Has the President" not in evidence["sentence"] for evidence in claim["evidence"])


def test_a_bare_yes_does_not_let_the_question_support_the_claim(engine):
    claim = _claim(engine, "The Secretary signed the port security memorandum with Minister Adeyemi in Lagos.")
    assert claim["verdict"] == "unsourced"


def test_an_answer_with_words_of_its_own_supports_with_its_question(engine):
    claim = _claim(engine, "Asked by reporters why the shipping company faced no sanctions, the press "
                           "secretary replied that the investigation is not finished.")
    assert claim["verdict"] == "supported"
    top = claim["evidence"][0]
    assert top["sentence"] == "The Treasury investigation into the cargo is not finished."
    assert _in_readout(GAGGLE, top)


def test_an_answer_published_after_the_article_is_not_used(engine):
    claim = _claim(engine, "The President spoke with Prime Minister Okafor about the fisheries dispute this week.",
                   day=date(2024, 3, 1))
    assert claim["verdict"] == "unsourced"
    assert claim["evidence"] == [] or all(not _in_readout(GAGGLE, e) for e in claim["evidence"])


def test_two_sentences_apart_each_stating_a_part_are_cited_one_by_one(engine, monkeypatch):
    text = "Rivera and Okafor signed a fisheries accord in Lisbon on Monday."
    # The readout's title names the two ministers' meeting: framed by it, the second sentence alone would do.
    monkeypatch.setattr(T, "FRAME_WITH_PUBLICATION", False)
    assert _claim(engine, text)["verdict"] == "unsourced"  # pairs are off by default (PAIR_SEEDS = 0)
    monkeypatch.setattr(T, "PAIR_SEEDS", 6)
    claim = _claim(engine, text)
    assert claim["verdict"] == "supported"
    sentences = [evidence["sentence"] for evidence in claim["evidence"]]
    assert sentences[:2] == ["Secretary Rivera met Minister Okafor in Lisbon on Monday.",
                             "The two ministers then signed a fisheries accord on coastal patrols."]
    # Each is the exact sentence at its own offsets, never the text between them.
    assert all(_in_readout(STATEMENT, evidence) for evidence in claim["evidence"][:2])


def test_a_no_that_says_it_was_refused_contests_the_claim(tmp_path):
    # The answer's "declined" is a refusal, an opposite action as well as the "no": the answer
    # still contests the claim (the polarity flip is the only disagreement it shows).
    briefing = readout_record(
        "https://www.whitehouse.gov/briefing-room/press-briefings/2024/03/05/press-briefing/",
        ("MS. WHITFIELD: Good afternoon, everybody.\n\n"
         "Q Did Minister Adeyemi sign the harbour pilots agreement during the Lagos visit?\n\n"
         "MS. WHITFIELD: No. He declined to sign it."),
        title="Press Briefing by Press Secretary Dana Whitfield", published=datetime(2024, 3, 5, 19, 0, tzinfo=UTC))
    engine = record_database(tmp_path / "refused.db", [briefing, *FILLER])
    try:
        claim = _claim(engine, "Minister Adeyemi signed the harbour pilots agreement during the Lagos visit.")
    finally:
        engine.dispose()
    assert claim["verdict"] == "contested", claim
    assert "negation_mismatch" in claim["reasons"]


# An official's "no" in words of their own: the answer's first sentence denies the very verb asked about, and
# only the question says what ("we did not ask them to do that").
WORDED_NO = readout_record(
    "https://www.whitehouse.gov/briefing-room/press-briefings/2024/03/05/press-briefing-worded/",
    ("MS. WHITFIELD: Good afternoon, everybody.\n\n"
     "Q Did the United States ask Ostland to turn away the cargo ships from its harbour?\n\n"
     "MS. WHITFIELD: Well, look, we did not ask them to do that. Those vessels are under sanctions, "
     "and we have been clear about that.\n\n"
     "Q Did the Secretary discuss the harbour pilots agreement with Minister Adeyemi?\n\n"
     "MS. WHITFIELD: We did not go into every detail of it. They discussed the harbour pilots agreement "
     "at length."),
    title="Press Briefing by Press Secretary Dana Whitfield", published=datetime(2024, 3, 5, 19, 0, tzinfo=UTC))


@pytest.fixture
def worded_engine(tmp_path):
    engine = record_database(tmp_path / "worded.db", [WORDED_NO, *FILLER])
    yield engine
    engine.dispose()


def test_an_answer_that_denies_the_asked_verb_in_its_own_words_contests_the_claim(worded_engine):
    claim = _claim(worded_engine, "The United States asked Ostland to turn away the cargo ships from its harbour, "
                                  "the press secretary said.")
    assert claim["verdict"] == "contested", claim
    assert "negation_mismatch" in claim["reasons"]


def test_an_answer_whose_negation_denies_another_word_is_no_denial():
    from verifier.evidence import _denies_the_asked_verb

    asked = "Did the Secretary discuss the harbour pilots agreement with Minister Adeyemi?"
    # "did not go into every detail": the negation denies the detail, not the discussion asked about.
    assert not _denies_the_asked_verb(asked, "We did not go into every detail of it.")
    # The asked verb denied, and used once: a denial in words of its own.
    assert _denies_the_asked_verb(asked, "No, they did not discuss the agreement.")
    # The asked verb affirmed beside its denial ("did not discuss X, but discussed Y") is no plain denial.
    assert not _denies_the_asked_verb(asked, "They did not discuss the fees but discussed the agreement.")
