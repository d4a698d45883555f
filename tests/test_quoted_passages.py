"""The sentences that hold an article's quotations word for word, read together and with their
neighbours (checking._quoted_evidence), on a real SQLite record."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from conftest import BUNDLED_READOUTS, readout_record, record_database
from test_verdict_rules import _window

from verifier import thresholds as T
from verifier.checking import check_text
from verifier.claims import CHINA_GOVERNMENT, US_GOVERNMENT
from verifier.importing import import_files
from verifier.normalize import analyze
from verifier.rules.quotes import quoted_word_count
from verifier.verdicts import _quoted_in_own_line

REMARKS = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/03/05/remarks-harbor-council/",
    ("THE PRESIDENT: Thank you all for coming to Lisbon.\n\n"
     "THE PRESIDENT: I am proud to announce that I have nominated one of my most trusted counselors to be "
     "Ambassador to the Harbor Council: Dana Whitfield. "
     "Ports, shipping lanes and fisheries will be the council's work for the next decade. "
     "The council meets again in the autumn. "
     "I confess I am a bit nervous to send her, because she can read my mind.\n\n"
     "PRIME MINISTER OKAFOR: We welcome the nomination and we will work with the new ambassador."),
    title="Remarks by President Biden at the Harbor Council Summit", published=datetime(2024, 3, 5, 19, 0, tzinfo=UTC))
TRANSCRIPT = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/03/04/remarks-before-bilateral/",
    ("THE PRESIDENT: The fisheries accord is a model for the whole region.\n\n"
     "PRIME MINISTER OKAFOR: Our partnership is not a transactional relationship. "
     "It is an alliance of shared values and of neighbours."),
    title="Remarks by President Biden and Prime Minister Okafor Before Bilateral Meeting",
    published=datetime(2024, 3, 4, 15, 0, tzinfo=UTC))
CLOSING = readout_record(
    "https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/03/05/remarks-closing-press-conference/",
    ("THE PRESIDENT: Let me answer the second question first. "
     "This summit was never about any one country.\n\n"
     "PRIME MINISTER OKAFOR: Our fishermen have waited for this accord for twenty years."),
    title="Remarks by President Biden and Prime Minister Okafor in Joint Press Conference",
    published=datetime(2024, 3, 5, 21, 0, tzinfo=UTC))
FACT_SHEET = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2024/03/05/fact-sheet-harbor-council/",
    "Our fishermen have waited for this accord for twenty years, and the council will give them a voice.",
    title="FACT SHEET: The Harbor Council", published=datetime(2024, 3, 5, 12, 0, tzinfo=UTC))
ARTICLE_DAY = date(2024, 3, 6)
ABOUT_WHITFIELD = ('Biden called Whitfield one of his "most trusted counselors" and joked that he was "a bit nervous" '
                   'about sending her because "she can read my mind."')


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    """The bundled record (its words weigh as in use) and the two transcripts above."""
    engine = record_database(tmp_path_factory.mktemp("quoted") / "record.db",
                             [REMARKS, TRANSCRIPT, CLOSING, FACT_SHEET])
    import_files(engine, [BUNDLED_READOUTS])
    yield engine
    engine.dispose()


def _claim(engine, text: str) -> dict:
    return check_text(engine, text, ARTICLE_DAY, store=False)["claims"][0]


def test_quotations_in_two_sentences_of_one_speech_support_the_claim_read_together(engine):
    claim = _claim(engine, ABOUT_WHITFIELD)
    assert claim["verdict"] == "supported"
    cited = " ".join(evidence["sentence"] for evidence in claim["evidence"])
    assert "most trusted counselors" in cited and "she can read my mind" in cited


def test_without_the_quotations_read_together_no_one_sentence_states_it(engine, monkeypatch):
    # Each sentence alone states only its half of the claim: the reading together is what supports it. The rules'
    # own reading (the calibrated model, fitted on every read set, weighs the nomination's half as enough: 0.76).
    monkeypatch.setattr(T, "QUOTED_MIN_WORDS", 10_000)
    monkeypatch.setattr(T, "VERDICT_MODEL", 0)
    assert _claim(engine, ABOUT_WHITFIELD)["verdict"] == "unsourced"


def test_quotations_spoken_by_another_than_the_claim_names_contest_it(engine):
    claim = _claim(engine, 'Biden told reporters that the partnership was "not a transactional relationship" '
                           'but "an alliance of shared values."')
    assert claim["verdict"] == "contested"
    assert claim["reasons"] == ["misattributed", "actor_mismatch"]


SCENE_SET = ('Asked about the timing, Biden insisted at the news conference: '
             '"This summit was never about any one country."')


def test_a_quotation_in_the_speakers_own_line_supports_the_claim_whatever_sets_the_scene(engine):
    claim = _claim(engine, SCENE_SET)
    assert claim["verdict"] == "supported"
    assert claim["evidence"][0]["sentence"] == "This summit was never about any one country."


def test_the_scene_setting_words_alone_keep_the_line_below_support(engine, monkeypatch):
    # Without the quotation's pinning, the scene's words outweigh the line: the rule is what supports it. The
    # rules' own reading: the calibrated model, refitted on 47 read sets, raises the line it finds.
    monkeypatch.setattr(T, "QUOTED_MIN_WORDS", 10_000)
    monkeypatch.setattr(T, "FRAME_WITH_PUBLICATION", False)  # the title's words would cover the scene's
    monkeypatch.setattr(T, "VERDICT_MODEL", 0)
    assert _claim(engine, SCENE_SET)["verdict"] == "unsourced"


def test_a_quotation_in_another_speakers_line_or_an_unlabelled_text_is_no_own_line(engine):
    # Okafor's line given to Biden is not his (it contests); a fact sheet's sentence has no speaker to be his.
    for quotation, verdict, reasons in (
            ("Our fishermen have waited for this accord for twenty years.", "contested",
             ["misattributed", "actor_mismatch"]),
            ("the council will give them a voice.", "unsourced", ["no_match"])):
        claim = _claim(engine, f'Asked about the timing, Biden insisted at the news conference: "{quotation}"')
        assert (claim["verdict"], claim["reasons"]) == (verdict, reasons)


def _line(speaker: str | None, side: str = US_GOVERNMENT):
    """The closing press conference's line as one transcript candidate, given to the speaker named."""
    window = _window("This summit was never about any one country.")
    return replace(window, hits=(replace(window.hits[0], speaker=speaker, side=side, kind="transcript"),))


def test_own_line_needs_the_claimed_speaker():
    # The person the claim has speak must be the line's speaker; with no person named, the side the claim
    # is attributed to must be the speaker's, and a line with no speaker is no one's own line.
    claim = analyze('Asked about the timing, Biden insisted: "This summit was never about any one country."')
    assert _quoted_in_own_line(claim, US_GOVERNMENT, _line("PRESIDENT BIDEN"))
    assert not _quoted_in_own_line(claim, US_GOVERNMENT, _line("PRIME MINISTER OKAFOR"))
    official = analyze('Asked about the timing, the official said: "This summit was never about any one country."')
    assert _quoted_in_own_line(official, US_GOVERNMENT, _line("PRESIDENT BIDEN"))
    assert not _quoted_in_own_line(official, US_GOVERNMENT, _line(None))
    assert not _quoted_in_own_line(official, CHINA_GOVERNMENT, _line("PRESIDENT BIDEN"))


def test_quoted_words_are_counted_as_quotations_are_compared():
    # One count for the search of quoted passages and the own-line rule: "U.S." is one word, as "US" is,
    # so "U.S. tariffs" falls short of QUOTED_MIN_WORDS in both (a raw count of word characters made it three).
    assert quoted_word_count(["U.S. tariffs"]) == quoted_word_count(["US tariffs"]) == 2
    assert quoted_word_count(["U.S. tariffs", "phase two"]) == 4


def test_the_speakers_own_words_are_not_weighed_away_by_the_verdict_model(engine, monkeypatch):
    # The model weighs looser signs than a verbatim quotation in the claimed speaker's own line: told to doubt
    # every claim, it still may not overrule that one, while a claim supported otherwise is its to weigh.
    from verifier import calibration

    monkeypatch.setattr(calibration, "apply", lambda decision, model, pool: replace(
        decision.rule, verdict="unsourced", reasons=["below_threshold"], evidence=[]))
    assert _claim(engine, SCENE_SET)["verdict"] == "supported"
    assert _claim(engine, "Biden said the summit was never about any one country.")["verdict"] == "unsourced"


def _speech_line(speaker: str | None, title: str):
    """The closing line as one transcript candidate, labelled `speaker` (None: unlabelled) in a publication `title`."""
    line = _line(speaker)
    return replace(line, hits=(replace(line.hits[0], title=title),))


def test_a_courtesy_title_label_names_its_speaker_by_the_surname():
    # "MS. BRAINARD" is how transcripts label a speaker the lexicon may not know; the article's "Lael
    # Brainard said" names the same person by the same surname. Someone else's label is still not hers.
    claim = analyze('On a call, economic adviser Dana Okonkwo said: "This summit was never about any one country."')
    assert _quoted_in_own_line(claim, "none", _line("MS. OKONKWO"))
    assert not _quoted_in_own_line(claim, "none", _line("MR. HALVERSEN"))
    assert not _quoted_in_own_line(claim, "none", _line("Q"))


def test_an_unlabelled_line_is_the_speech_of_the_one_speaker_its_title_names():
    # A speech by one person has no speaker labels: the title names who speaks every line. A title naming two
    # speakers, or a readout (the government's account, no one's spoken words), leaves the line no one's.
    claim = analyze('Asked about the timing, Biden insisted: "This summit was never about any one country."')
    assert _quoted_in_own_line(claim, "none", _speech_line(None, "Remarks by President Biden at the Harbor Council"))
    assert not _quoted_in_own_line(claim, "none", _speech_line(
        None, "Remarks by President Biden and Prime Minister Okafor in Joint Press Conference"))
    assert not _quoted_in_own_line(claim, "none", _speech_line(
        None, "Readout of President Biden's Call with President Okafor"))
    assert not _quoted_in_own_line(claim, "none", _speech_line(
        None, "Remarks by Vice President Harris at the Harbor Council"))


UNCREDITED = 'The summit, in a line from the news conference, "was never about any one country."'


def test_words_credited_to_no_one_are_an_officials_line_that_holds_them():
    # The article quotes without naming who spoke: no one can be misquoted, and an official's line holding the
    # words is where they come from. A reporter's question, a moderator or a text with no speaker is no such line.
    claim = analyze(UNCREDITED)
    assert _quoted_in_own_line(claim, "none", _line("SENIOR ADMINISTRATION OFFICIAL"))
    assert _quoted_in_own_line(claim, "none", _line("PRESIDENT BIDEN"))
    assert not _quoted_in_own_line(claim, "none", _line("Q"))
    assert not _quoted_in_own_line(claim, "none", _line("MODERATOR"))
    assert not _quoted_in_own_line(claim, "none", _line(None))


def test_an_uncredited_quotation_in_an_officials_line_supports_the_claim(engine):
    assert _claim(engine, UNCREDITED)["verdict"] == "supported"


def test_an_uncredited_quotation_needs_the_quotation_to_be_supported(engine, monkeypatch):
    # Without the quotation's pinning, the article's framing words outweigh the line for the rules (the calibrated
    # model, fitted on every read set, weighs the line's exact words as enough: 0.72).
    monkeypatch.setattr(T, "QUOTED_MIN_WORDS", 10_000)
    monkeypatch.setattr(T, "FRAME_WITH_PUBLICATION", False)  # the title's words would cover the scene's
    monkeypatch.setattr(T, "VERDICT_MODEL", 0)
    assert _claim(engine, UNCREDITED)["verdict"] == "unsourced"


DOCTORED = ('Biden said "this summit was about any one country" as delegates packed up their maps, flags and coffee '
            'cups in the harbor hall.')


def test_a_quotation_with_its_negation_dropped_contests_the_claim(engine):
    # The speaker's own line says "never": the quotation, all but word for word, says the opposite. The rest of the
    # sentence shares too few words with the line for the same-point rules to compare them.
    claim = _claim(engine, DOCTORED)
    assert (claim["verdict"], claim["reasons"]) == ("contested", ["negation_mismatch"])
    assert claim["evidence"][0]["sentence"] == "This summit was never about any one country."


def test_a_doctored_quotation_needs_the_speakers_own_line_of_the_occasion_and_a_turned_polarity():
    from verifier.verdicts import doctored_quotation

    claim = analyze(DOCTORED)
    said = "This summit was never about any one country"
    quote = "this summit was about any one country"
    assert doctored_quotation(claim, "none", quote, said, _line("PRESIDENT BIDEN")) is not None
    # Another speaker's line: whose words were turned is not the claim's speaker's.
    assert doctored_quotation(claim, "none", quote, said, _line("PRIME MINISTER OKAFOR")) is None
    # Another occasion's line: the speaker may have said otherwise then.
    assert doctored_quotation(claim, "none", quote, said, replace(_line("PRESIDENT BIDEN"), in_window=False)) is None
    # A changed word that is no negation is a misquote, not a denial.
    assert doctored_quotation(claim, "none", "this summit was never about any one nation", said,
                              _line("PRESIDENT BIDEN")) is None


def test_a_courtesy_title_label_is_its_speakers_line_not_everyone_the_title_names():
    # "MS. PSAKI" in a briefing by Psaki and Sullivan is Psaki's line: the title's people stand in only for an
    # unlabelled line. Read as no name, the label used to lend the line Sullivan's name too.
    from verifier.evidence import with_speakers
    from verifier.normalize import speaker_keys

    class Line:
        speaker = "MS. PSAKI"
        title = "Press Briefing by Press Secretary Jen Psaki and National Security Advisor Jake Sullivan"
        side = US_GOVERNMENT
        published = datetime(2022, 2, 11, 20, 0, tzinfo=UTC)

    line = analyze("We do not believe a final decision has been made.")
    sullivan = speaker_keys(analyze("Sullivan said no final decision had been made."))
    psaki = speaker_keys(analyze("Psaki said no final decision had been made."))
    assert sullivan and psaki
    assert not sullivan & with_speakers(line, (Line(),), sullivan).keys
    assert psaki <= with_speakers(line, (Line(),), psaki).keys
