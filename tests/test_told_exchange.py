"""Who told whom: "X told Y that ..." against a record whose sentence on the point is Y's own words
(verifier/claims.telling_sides, sentence_speaker; verifier/rules/speakers.record_sayer). Constructed
sentences and a real record database, no mocks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from conftest import record_database

from db.store import ReadoutRecord
from verifier.checking import check_text
from verifier.claims import (
    CHINA_GOVERNMENT,
    NO_ATTRIBUTION,
    SPEAKER_NAMED,
    SPEAKER_NONE,
    SPEAKER_OFFICE,
    SPEAKER_PRONOUN,
    SPEAKER_UNKNOWN,
    US_GOVERNMENT,
    sentence_speaker,
    telling_sides,
)
from verifier.rules.codes import ACTOR_MISMATCH, MISATTRIBUTED
from verifier.rules.speakers import record_sayer


def _sides(sentence: str) -> tuple[str, str] | None:
    telling = telling_sides(sentence)
    return (telling.speaker_side, telling.addressee_side) if telling else None


def test_a_government_telling_the_other_names_both_sides():
    assert _sides("Wang told Sullivan that the talks should go on.") == (CHINA_GOVERNMENT, US_GOVERNMENT)
    assert _sides("Sullivan told his Chinese counterpart the United States would act.") == (
        US_GOVERNMENT, CHINA_GOVERNMENT)
    assert _sides("The Chinese side urged the U.S. side to stop the sales.") == (CHINA_GOVERNMENT, US_GOVERNMENT)
    assert _sides("Biden assured Mr. Xi that nothing had changed.") == (US_GOVERNMENT, CHINA_GOVERNMENT)
    # "Xi" is whom it was told, not the "United States" of what was told.
    assert _sides("Biden told Xi the United States would keep competing.") == (US_GOVERNMENT, CHINA_GOVERNMENT)


def test_telling_the_press_or_ones_own_side_or_a_third_party_names_no_exchange():
    assert _sides("Biden told reporters the United States would act.") is None
    assert _sides("Sullivan told Blinken that the talks went well.") is None
    assert _sides("Harris told Marcos that the alliance is ironclad.") is None
    # Inside a quotation the verb is the speaker's words, not the article's frame.
    assert _sides("Wang said “we told Sullivan the truth” at the talks.") is None


def test_a_record_sentence_names_its_speaker_or_leaves_it_to_the_sentences_before():
    assert sentence_speaker("Wang Yi stressed that the question is an internal affair.") == (
        CHINA_GOVERNMENT, SPEAKER_NAMED)
    assert sentence_speaker("Mr. Sullivan underscored continued concern with the policies.") == (
        US_GOVERNMENT, SPEAKER_NAMED)
    assert sentence_speaker("He indicated that we oppose any change.")[1] == SPEAKER_PRONOUN
    assert sentence_speaker("The two sides had candid discussions.") == (NO_ATTRIBUTION, SPEAKER_UNKNOWN)
    assert sentence_speaker("As two major countries, both should be a source of stability.") == (
        NO_ATTRIBUTION, SPEAKER_NONE)


@dataclass(frozen=True)
class _Line:
    text: str
    speaker: str | None = None
    side: str = US_GOVERNMENT


def test_the_sayer_of_a_sentence_is_read_back_to_the_last_one_named():
    # A readout names its speaker once and goes on in their voice, across paragraphs.
    assert record_sayer([_Line("Wang Yi pointed out that the world is changing."),
                         _Line("People want openness and progress."),
                         _Line("Both countries should be a source of stability.")]) == CHINA_GOVERNMENT
    # "He" is the one named before, within the same speaker's turn.
    assert record_sayer([_Line("Mr. Sullivan met the director for two days.", "SENIOR ADMINISTRATION OFFICIAL"),
                         _Line("Mr. Sullivan underscored the U.S. position.", "SENIOR ADMINISTRATION OFFICIAL"),
                         _Line("He indicated that we oppose any change.", "SENIOR ADMINISTRATION OFFICIAL")]
                        ) == US_GOVERNMENT
    assert record_sayer([_Line("Wang Yi pointed out that the world is changing.", "MR. WANG"),
                         _Line("He indicated that we oppose any change.", "MODERATOR")]) is None
    # A subject that names neither government leaves it open; so does nothing named within reach.
    assert record_sayer([_Line("Wang Yi pointed out that the world is changing."),
                         _Line("The two sides agreed to keep talking.")]) is None
    assert record_sayer([_Line("Trade grew last year."), _Line("Both countries should be partners.")]) is None
    # A transcript line with no subject of its own is its speaker's voice; a label naming an office alone
    # is the publisher's side.
    assert record_sayer([_Line("China is ready to work with you.", "PRESIDENT XI", CHINA_GOVERNMENT)]
                        ) == CHINA_GOVERNMENT
    assert record_sayer([_Line("We are ready to work with you.", "THE PRESIDENT")]) == US_GOVERNMENT
    assert record_sayer([_Line("Are you ready to work with them?", "Q")]) is None


CHINESE_READOUT = ReadoutRecord(
    source="china-mfa", url="https://www.mfa.gov.cn/eng/wjdt_665385/2025/06/wang-meets-sullivan.html",
    title="Wang Yi Holds Talks with U.S. National Security Advisor Jake Sullivan",
    published=datetime(2025, 6, 2, 9, 0, tzinfo=UTC),
    body=("On June 1, Wang Yi held talks with U.S. National Security Advisor Jake Sullivan in Geneva.\n\n"
          "Wang Yi stressed that the grain corridor question concerns the livelihood of millions. "
          "The reopened grain corridor must stay open to all ships through the harvest season.\n\n"
          "Jake Sullivan said the United States values the channel of communication."))
US_READOUT = ReadoutRecord(
    source="whitehouse", url="https://www.whitehouse.gov/briefing-room/2025/06/01/readout-sullivan-wang/",
    title="Readout of National Security Advisor Jake Sullivan's Meeting with Director Wang Yi",
    published=datetime(2025, 6, 1, 20, 0, tzinfo=UTC),
    body=("National Security Advisor Jake Sullivan met with Director Wang Yi in Geneva. "
          "The two sides discussed the war in Ukraine and the situation in the Middle East."))


def _verdict(tmp_path, article: str, records=None) -> tuple[str, list[str]]:
    engine = record_database(tmp_path / "record.db", records or [CHINESE_READOUT, US_READOUT])
    try:
        report = check_text(engine, article, date(2025, 6, 3), store=False)
    finally:
        engine.dispose()
    [claim] = report["claims"]
    return claim["verdict"], claim["reasons"]


def test_telling_the_addressee_what_the_addressee_said_is_another_actor(tmp_path):
    # The Chinese readout has Wang say it (its sentence names no one: the paragraph's first does).
    assert _verdict(tmp_path, "Sullivan told Wang that the reopened grain corridor must stay open to all ships "
                              "through the harvest season.") == ("contested", [MISATTRIBUTED, ACTOR_MISMATCH])


def test_the_speaker_telling_what_the_speaker_said_is_supported(tmp_path):
    assert _verdict(tmp_path, "Wang told Sullivan that the reopened grain corridor must stay open to all ships "
                              "through the harvest season.") == ("supported", [])



def test_an_office_named_alone_as_a_record_sentences_subject_is_the_publishers_holder():
    # A government writes its own officials by their capitalised titles alone.
    for sentence in ("The President stressed that the alliance is ironclad.",
                     "The Vice President underscored the importance of open lines of communication.",
                     "The Secretary noted that the two sides would meet again.",
                     "During the call, the President emphasized that the United States will compete."):
        assert sentence_speaker(sentence) == (NO_ATTRIBUTION, SPEAKER_OFFICE)
        assert record_sayer([_Line(sentence)]) == US_GOVERNMENT
        assert record_sayer([_Line(sentence, side=CHINA_GOVERNMENT)]) == CHINA_GOVERNMENT
    # ... and goes on in their voice.
    assert record_sayer([_Line("The President stressed that the alliance is ironclad."),
                         _Line("Both countries should be partners.")]) == US_GOVERNMENT
    # Not an office only other countries have: "The Prime Minister" in a White House text is a guest's.
    assert record_sayer([_Line("The Prime Minister stressed that Japan would act.")]) is None
    assert record_sayer([_Line("The Premier said that China would open further.")]) is None
    assert record_sayer([_Line("The Premier said that China would open further.", side=CHINA_GOVERNMENT)]
                        ) == CHINA_GOVERNMENT
    # The subject's office, not another the sentence names: the Secretary tells the Prime Minister.
    assert record_sayer([_Line("The Secretary told the Prime Minister that the alliance is ironclad.")]
                        ) == US_GOVERNMENT
    # Lowercase, the title is anyone's (news prose), and a publisher of no known side names no side.
    assert sentence_speaker("The president stressed that trade matters.") == (NO_ATTRIBUTION, SPEAKER_UNKNOWN)
    assert record_sayer([_Line("The President stressed that trade matters.", side="unknown")]) is None


US_OFFICE_READOUT = ReadoutRecord(
    source="whitehouse", url="https://www.whitehouse.gov/briefing-room/2025/06/01/readout-call-xi/",
    title="Readout of President Biden's Call with President Xi Jinping of China",
    published=datetime(2025, 6, 1, 20, 0, tzinfo=UTC),
    body=("President Joe Biden spoke with President Xi Jinping of the People's Republic of China.\n\n"
          "The President stressed that the reopened grain corridor must stay open to all ships through the "
          "harvest season."))


def _office_verdict(tmp_path, article: str) -> tuple[str, list[str]]:
    return _verdict(tmp_path, article, [US_OFFICE_READOUT, US_READOUT])


def test_telling_the_addressee_what_the_addressees_office_said_is_another_actor(tmp_path):
    # The White House readout's "The President" is Biden: Xi did not tell it to him.
    assert _office_verdict(tmp_path, "Xi told Biden that the reopened grain corridor must stay open to all ships "
                                     "through the harvest season.") == ("contested", [MISATTRIBUTED, ACTOR_MISMATCH])
    assert _office_verdict(tmp_path, "Biden told Xi that the reopened grain corridor must stay open to all ships "
                                     "through the harvest season.") == ("supported", [])


def test_the_sayers_of_a_checks_sentences_are_read_in_one_statement(tmp_path, monkeypatch):
    # Each sentence's sayer needs the sentences before it; asked one by one, each was a statement (on PostgreSQL a
    # round trip). Read ahead, the sentences of several publications come in one, and say the same.
    from db.index import publication_sentences, sentences_around, sentences_of
    from verifier import checking
    from verifier.thresholds import SAYER_LOOKBACK_SENTENCES as LOOKBACK

    engine = record_database(tmp_path / "record.db", [CHINESE_READOUT, US_READOUT])
    reads = []

    def counted(connection, spans):
        reads.append(spans)
        return sentences_around(connection, spans)

    monkeypatch.setattr(checking, "sentences_around", counted)
    try:
        with engine.connect() as connection:
            hits = publication_sentences(connection, [1, 2])
            expected = {(hit.readout_id, hit.position): record_sayer(
                [*sentences_of(connection, hit.readout_id, hit.position - LOOKBACK, hit.position - 1), hit])
                for hit in hits}
            sayers = checking.SentenceSayers(connection)
            sayers.read_ahead(hits)
            read = {(hit.readout_id, hit.position): sayers.side(hit) for hit in hits}
    finally:
        engine.dispose()
    assert len(reads) == 1
    assert read == expected
    assert CHINA_GOVERNMENT in read.values() and US_GOVERNMENT in read.values()


def test_a_check_reads_the_sayers_only_of_candidates_no_other_conflict_set_aside(tmp_path, monkeypatch):
    # Whose words a sentence are is asked only of the candidates that reach the test of who told whom: a
    # sentence that says the opposite has its conflict already, and the sentences before it are not read.
    from sqlalchemy import text

    from db.index import sentences_around
    from verifier import checking

    denial = ReadoutRecord(
        source="whitehouse", url="https://www.whitehouse.gov/briefing-room/2025/06/02/statement-grain-corridor/",
        title="Statement on the Grain Corridor", published=datetime(2025, 6, 2, 18, 0, tzinfo=UTC),
        body=("The talks in Geneva covered food security.\n\n"
              "The reopened grain corridor must not stay open to all ships through the harvest season."))
    engine = record_database(tmp_path / "record.db", [CHINESE_READOUT, US_READOUT, denial])
    reads = []

    def counted(connection, spans):
        reads.append(list(spans))
        return sentences_around(connection, spans)

    monkeypatch.setattr(checking, "sentences_around", counted)
    try:
        with engine.connect() as connection:
            ids = dict(connection.execute(text("SELECT url, id FROM readout")).all())
        report = check_text(engine, "Wang told Sullivan that the reopened grain corridor must stay open to all "
                                    "ships through the harvest season.", date(2025, 6, 3), store=False)
    finally:
        engine.dispose()
    read = {span[0] for spans in reads for span in spans}
    assert ids[CHINESE_READOUT.url] in read  # the sentence that states the point: whose words it is counts
    assert ids[denial.url] not in read
    assert len(reads) == 1
    assert report["claims"][0]["verdict"] == "supported"
