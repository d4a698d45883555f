"""The engine's general rules for paraphrase, names and who is speaking, one test each.

Each rule was found by error analysis of `verifier eval`; these tests pin the
rule itself with constructed sentences (no article's words), so a later change
that undoes it fails here rather than only in the accuracy figures.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from db.database import open_database
from db.store import ReadoutRecord, ensure_sources, store_readouts
from sources.registry import source_info
from verifier.checking import check_text
from verifier.normalize import analyze, speaker_keys
from verifier.verdicts import NUMBER_MISMATCH, PLACE_MISMATCH, find_conflicts


def _conflicts(claim: str, record: str) -> tuple[str, ...]:
    return find_conflicts(analyze(claim), analyze(record)).reasons


def test_ordinal_words_are_numbers_compared_with_ordinals():
    record = "This marks the third significant enforcement action since the leaders met."
    assert _conflicts("It was the second significant enforcement action since the leaders met.", record) == (
        NUMBER_MISMATCH,)
    assert _conflicts("It was the third significant enforcement action since the leaders met.", record) == ()
    # An ordinal is not a count: "the third action" says nothing about "three actions".
    assert NUMBER_MISMATCH not in _conflicts("Three significant enforcement actions followed.", record)
    assert analyze("First, we met.").quantities == []


def test_a_list_shares_its_first_members_preposition():
    entities = analyze("He raised abuses in Xinjiang, Tibet and Inner Mongolia.").entities
    assert [(e.key, e.after_preposition) for e in entities] == [
        ("=xinjiang", True), ("=tibet", True), ("=inner_mongolia", True)]
    # A place swapped inside the list is another place, not an absent topic.
    assert PLACE_MISMATCH in _conflicts("He raised abuses in Xinjiang, Tibet and Inner Mongolia.",
                                        "He raised abuses, including in Xinjiang, Tibet, and Hong Kong.")
    # Words merely next to each other are not a list.
    assert [e.after_preposition for e in analyze("Sullivan met Wang Yi in Vienna.").entities] == [False, False, True]


def test_a_name_inside_a_longer_alias_still_counts_as_named():
    # "summit meeting in San Francisco" folds to the Woodside summit, yet it names San Francisco.
    record = "The two sides discussed the understandings reached at the summit meeting in San Francisco."
    assert "=san_francisco" not in analyze(record).keys
    assert PLACE_MISMATCH not in _conflicts(
        "The two sides discussed the understandings reached by the heads of state in San Francisco.", record)


def test_a_plural_name_is_the_same_name_but_a_plural_noun_is_not():
    assert "=taiwan_strait" in analyze("peace and stability across the Taiwan Straits").keys
    assert analyze("across the Taiwan Straits").keys == analyze("across the Taiwan Strait").keys
    # Only names: a common noun's plural keeps its number ("drug controls" are not "drug control").
    assert "=counternarcotics" in analyze("cooperation on drug control").keys
    assert "=counternarcotics" not in analyze("new drug controls").keys


def test_speakers_are_names_followed_by_a_verb_of_saying():
    assert speaker_keys(analyze("Xi said China is ready to work with the new administration.")) == {"=xi"}
    assert speaker_keys(analyze("Biden met Xi in Lima.")) == frozenset()


# ---------------------------------------------------------------- who speaks in the record

TRANSCRIPT = ReadoutRecord(
    source="whitehouse",
    url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/11/16/remarks-before-bilateral-meeting/",
    title="Remarks by President Biden and President Xi Jinping Before Bilateral Meeting",
    published=datetime(2024, 11, 16, 22, 0, tzinfo=UTC),
    body=("PRESIDENT BIDEN: Well, thank you all for being here. We have not always agreed, but our "
          "conversations have been candid.\n\n"
          "PRESIDENT XI: Thank you, Mr. President. China is ready to work with the new administration to "
          "maintain communication, expand cooperation and manage differences.\n\n"
          "PRESIDENT BIDEN: Thank you."),
)
# A U.S. statement that reports what the Chinese side announced.
STATEMENT = ReadoutRecord(
    source="whitehouse",
    url="https://www.whitehouse.gov/briefing-room/statements-releases/2024/08/06/statement-on-scheduling/",
    title="Statement from the NSC Spokesperson on Scheduling Actions",
    published=datetime(2024, 8, 6, 18, 0, tzinfo=UTC),
    body=("The People's Republic of China announced that it will begin scheduling three essential precursor "
          "chemicals used to manufacture illicit fentanyl. The United States has long pressed for such action. "
          "Officials will watch how it is enforced. The NSC called it a valuable step forward for families."),
)
FILLER = [
    ReadoutRecord(source="whitehouse", url=f"https://www.whitehouse.gov/briefing-room/other-{n}/", title=title,
                  published=datetime(2024, 8, 1 + n, 15, 0, tzinfo=UTC), body=body)
    for n, (title, body) in enumerate([
        ("Statement on Infrastructure", "The President announced new funding for bridges and roads in twelve "
         "states. Construction begins in the spring."),
        ("Readout of a Call with Japan", "The President spoke with the Prime Minister of Japan about the economy. "
         "They agreed to stay in close touch."),
        ("Remarks on Health Care", "The President discussed lowering the cost of prescription drugs. Millions of "
         "families will save money on insulin."),
    ])
]


def _check(tmp_path, sentence: str, published: date) -> dict:
    engine = open_database(str(tmp_path / "record.db"))
    try:
        ensure_sources(engine, [source_info("whitehouse"), source_info("china-mfa")])
        store_readouts(engine, [TRANSCRIPT, STATEMENT, *FILLER])
        report = check_text(engine, sentence, published, store=False)
    finally:
        engine.dispose()
    assert len(report["claims"]) == 1, report["skipped"]
    return report["claims"][0]


def test_a_transcript_line_states_what_its_speaker_said(tmp_path):
    claim = _check(tmp_path, "Xi said China is ready to work with the new administration.", date(2024, 11, 17))
    assert claim["verdict"] == "supported", claim
    assert claim["evidence"][0]["url"] == TRANSCRIPT.url


def test_a_us_publication_reporting_the_chinese_side_counts_for_that_side(tmp_path):
    claim = _check(tmp_path, "China's foreign ministry said Beijing will begin scheduling three essential "
                             "precursor chemicals used to make illicit fentanyl.", date(2024, 8, 7))
    assert claim["attribution"] == "china-government"
    assert (claim["verdict"], claim["reasons"]) == ("supported", []), claim
    assert claim["evidence"][0]["url"] == STATEMENT.url


def test_a_us_publication_in_its_own_words_is_still_misattributed_to_china(tmp_path):
    claim = _check(tmp_path, "China's foreign ministry said the move was a valuable step forward for families.",
                   date(2024, 8, 7))
    assert claim["verdict"] in ("contested", "unsourced")
    if claim["verdict"] == "contested":
        assert claim["reasons"] == ["misattributed"]
