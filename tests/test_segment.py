"""Sentence segmentation of news prose: verifier/segment.py."""

from __future__ import annotations

import pytest

from verifier.segment import PYSBD_CHUNK_CHARS, paragraphs, split_sentences


def texts(text: str) -> list[str]:
    sentences = split_sentences(text)
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text
    return [sentence.text for sentence in sentences]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S. side raised fentanyl. China agreed.", ["The U.S. side raised fentanyl.", "China agreed."]),
        ("Mr. Sullivan met Mr. Wang in Bangkok. They talked.",
         ["Mr. Sullivan met Mr. Wang in Bangkok.", "They talked."]),
        ("Trade fell 3.5 percent in 2023. Exports rose 0.7 percent.",
         ["Trade fell 3.5 percent in 2023.", "Exports rose 0.7 percent."]),
        ("Taiwan elected Lai Ching-de. Beijing objected.", ["Taiwan elected Lai Ching-de.", "Beijing objected."]),
        ("Dr. Campbell and Gen. Brown arrived at 9 a.m. on Jan. 5. The talks began.",
         ["Dr. Campbell and Gen. Brown arrived at 9 a.m. on Jan. 5.", "The talks began."]),
    ],
)
def test_abbreviations_initialisms_and_decimals_do_not_end_sentences(text, expected):
    assert texts(text) == expected


def test_an_initialism_ending_a_sentence_before_a_pronoun_or_article_ends_it():
    assert texts("It ended in the U.S. Then it restarted.") == ["It ended in the U.S.", "Then it restarted."]
    assert texts("They flew to Washington, D.C. He met Blinken there.") == [
        "They flew to Washington, D.C.", "He met Blinken there."]
    assert texts("The U.S. Navy said so.") == ["The U.S. Navy said so."]


def test_lowercase_continuation_after_a_full_stop_is_one_sentence():
    text = ("Sullivan said he was working to curb attacks by the Iranian-backed Houthis. "
            "urged the Chinese government to leverage its influence. The talks ended.")
    result = texts(text)
    assert len(result) == 2
    assert result[0].endswith("leverage its influence.")
    assert "Houthis. urged" in result[0]


@pytest.mark.parametrize("text, expected", [
    ("The talks ended at noon. both sides will meet again in June.",
     ["The talks ended at noon.", "both sides will meet again in June."]),
    ('He backed a "free and open sea". minister Okoro recalled that the pact was signed in Lagos.',
     ['He backed a "free and open sea".', "minister Okoro recalled that the pact was signed in Lagos."]),
    # After a whole number too ("May 20."), and "according to" opens a sentence though it ends in -ing.
    ("The new governor takes office on May 20. according to the charter, the term lasts four years.",
     ["The new governor takes office on May 20.", "according to the charter, the term lasts four years."]),
    ("Free elections were first held in 1996. both parties have governed since then.",
     ["Free elections were first held in 1996.", "both parties have governed since then."]),
    # Not after an abbreviation, nor when the lowercase piece is a verb or connective carrying the sentence on.
    ("Growth reached 2.5 percent in May and slowed in June.",
     ["Growth reached 2.5 percent in May and slowed in June."]),
    ("The ferry leaves at 6 a.m. local time on Friday from the pier.",
     ["The ferry leaves at 6 a.m. local time on Friday from the pier."]),
    ("They grow wheat, barley, etc. and other crops near the river.",
     ["They grow wheat, barley, etc. and other crops near the river."]),
])
def test_a_lowercase_sentence_of_its_own_after_a_full_stop_is_split(text, expected):
    assert texts(text) == expected


def test_a_quotation_spanning_sentences_stays_with_its_speaker():
    text = "Wang said: “We will not back down. We never have.” The meeting then ended."
    assert texts(text) == ["Wang said: “We will not back down. We never have.”", "The meeting then ended."]


def test_straight_quotes_spanning_sentences_stay_together():
    text = 'The official said "It was frank. It was long. It was useful." Then he left.'
    assert texts(text) == ['The official said "It was frank. It was long. It was useful."', "Then he left."]


def test_an_unclosed_quotation_does_not_swallow_the_paragraph():
    sentence = "This sentence is a reasonably long one about the talks in Bangkok. "
    text = "He said “it is over. " + sentence * 8
    assert len(texts(text)) >= 3


def test_each_line_is_a_paragraph_and_no_sentence_crosses_one():
    text = "Stay informed with free updates\nThe talks ended. Both sides spoke.\n\nA new paragraph."
    sentences = split_sentences(text)
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
    assert sentences[0].text == "Stay informed with free updates"


def test_hard_wrapped_paragraphs_are_joined_with_offsets_kept():
    text = (
        "National Security Advisor Sullivan met Foreign Minister\n"
        "Wang Yi in Bangkok on January 26 and 27 for talks that\n"
        "covered fentanyl, Taiwan and the Middle East. They agreed\n"
        "to keep talking.\n"
        "\n"
        "A second paragraph follows here."
    )
    assert len(paragraphs(text)) == 2
    result = texts(text)
    assert result[0].startswith("National Security Advisor Sullivan met Foreign Minister\nWang Yi")
    assert result[0].endswith("the Middle East.")
    assert result[1] == "They agreed\nto keep talking."
    assert result[2] == "A second paragraph follows here."


def test_short_one_line_paragraphs_are_not_taken_for_wrapped_lines():
    text = (
        "Sullivan and Wang meet in Bangkok for talks\n"
        "The two officials met on Friday and Saturday in the Thai capital.\n"
        "They discussed fentanyl, Taiwan and the war in the Middle East.\n"
        "Both sides agreed to keep the channel open for the coming months."
    )
    assert len(paragraphs(text)) == 4
    assert texts(text)[0] == "Sullivan and Wang meet in Bangkok for talks"


def test_offsets_are_exact_with_leading_whitespace_and_crlf():
    text = "   \r\n  The talks ended.  Both sides spoke.\r\n\r\nNext.  "
    result = texts(text)
    assert result == ["The talks ended.", "Both sides spoke.", "Next."]


def test_a_very_long_paragraph_is_chunked_and_still_exact():
    sentence = "Officials from both governments met again in Bangkok on Friday for talks. "
    text = sentence * (3 * PYSBD_CHUNK_CHARS // len(sentence))
    result = texts(text)
    assert len(result) == 3 * PYSBD_CHUNK_CHARS // len(sentence)
    assert all(s == sentence.strip() for s in result)


def test_empty_and_blank_text_have_no_sentences():
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t") == []
