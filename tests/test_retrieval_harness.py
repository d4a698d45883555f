"""The retrieval harness (tests/eval/retrieval.py) reads which publication and sentence a gold comment cites
(tests/eval/citations.py, shared with reach.py), and never measures an unseen set."""

from types import SimpleNamespace

import pytest

from tests.eval import citations, retrieval
from tests.eval.sets import UNSEEN_NAMES


def test_the_cited_urls_are_read_without_their_trailing_punctuation():
    comment = ("Readout (Jan 27) https://example.gov/a/readout/. Same in https://example.gov/b, and "
               "again https://example.gov/a/readout/")
    assert citations.cited_urls(comment) == ["https://example.gov/a/readout/", "https://example.gov/b"]


def test_the_cited_sentence_is_the_one_the_comment_quotes_in_any_quotation_marks():
    hits = [SimpleNamespace(sentence_id=1, text="The two sides agreed to resume military talks next month."),
            SimpleNamespace(sentence_id=2, text="At the President's direction, the Department of Commerce will "
                                                "investigate the risks."),
            SimpleNamespace(sentence_id=3, text="They discussed trade.")]
    assert citations.cited_sentences('Readout: "agreed to resume military talks next month" (Friday).', hits) == {1}
    # Single quotes around a passage that holds an apostrophe of its own.
    assert citations.cited_sentences("Fact sheet: 'At the President's direction, the Department of Commerce "
                                     "will investigate' https://example.gov/x", hits) == {2}
    assert citations.cited_sentences("No quotation here, only a URL https://example.gov/x", hits) == set()


@pytest.mark.parametrize("name", UNSEEN_NAMES)
def test_an_unseen_set_is_refused(name, capsys):
    with pytest.raises(SystemExit):
        retrieval.main(["--db", "unused.db", "--set", name])
    assert "only the training sets" in capsys.readouterr().err
