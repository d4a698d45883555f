"""Document frequencies from the sentence index: the same numbers on SQLite and PostgreSQL.

On SQLite a single word is counted from FTS5's term records (an fts5vocab
table) and a phrase by walking its matches; both must give what a search
would find, after revisions too, and stop at the cap.
"""

from __future__ import annotations

from conftest import readout_record as record

from db.index import (
    _fts5_tokenizer,
    _Fts5Tokenizer,
    _sqlite_tokenize,
    count_matching_sentences,
    tokenize_ahead,
)
from db.store import store_readouts


def counts(engine, *phrases: str, cap: int | None = None) -> list[int]:
    with engine.connect() as connection:
        return [count_matching_sentences(connection, phrase, cap=cap) for phrase in phrases]


def test_words_count_by_stem_phrases_in_order_and_counting_stops_at_the_cap(engine_on):
    store_readouts(engine_on, [
        record("https://example.gov/a",
               "Sullivan met Wang in Bangkok. They discussed fentanyl. The talks were candid."),
        record("https://example.gov/b", "The President talked about fentanyl. Talking points on the café were ready."),
    ])
    # "talks", "talked" and "Talking" share a stem; "café" is indexed without its accent.
    assert counts(engine_on, "fentanyl", "talks", "cafe", "Café", "met wang", "wang met", "absentword", "") == [
        2, 3, 1, 1, 1, 0, 0, 0]
    assert counts(engine_on, "fentanyl", "talks", "met wang", cap=2) == [2, 2, 1]
    assert counts(engine_on, "talks", cap=0) == [0]


def test_counts_follow_a_revision_and_keep_to_the_readers_snapshot(engine_on):
    store_readouts(engine_on, [
        record("https://example.gov/a", "Sullivan met Wang in Bangkok. They discussed fentanyl."),
        record("https://example.gov/b", "Fentanyl was discussed again."),
    ])
    assert counts(engine_on, "fentanyl", "bangkok", "vienna") == [2, 1, 0]
    store_readouts(engine_on, [record("https://example.gov/a", "Sullivan met Wang in Vienna.")])
    assert counts(engine_on, "fentanyl", "bangkok", "vienna") == [1, 0, 1]

    with engine_on.connect() as reader:
        assert count_matching_sentences(reader, "vienna") == 1
        # A write committed meanwhile is not part of what this reader counts.
        store_readouts(engine_on, [record("https://example.gov/c", "Vienna hosted the talks.")])
        assert count_matching_sentences(reader, "vienna") == 1
    assert counts(engine_on, "vienna") == [2]


def test_words_tokenized_together_take_the_terms_each_takes_alone(sqlite_engine):
    # tokenize_ahead puts a check's words through FTS5's tokenizer as the rows of one table: each word's terms
    # (stems, several for a dotted word, none for one FTS5 drops) must be those it gets as the table's only row.
    words = ["talks", "talked", "café", "u.s", "co-operation", "2024", "xi's", "---", "中国", "talks"]
    with sqlite_engine.connect() as connection:
        tokenize = _sqlite_tokenize(connection)
        tokenize_ahead(connection, ["the talks", "Talked", "CAFÉ"])
        assert {"talked", "café"} <= _fts5_tokenizer(tokenize).terms_of.keys()  # one-word phrases, as counted
        assert "the talks" not in _fts5_tokenizer(tokenize).terms_of
    together = _Fts5Tokenizer(tokenize)
    together.learn(words)
    assert together.terms_of == {word: _Fts5Tokenizer(tokenize).terms(word) for word in words}
    assert together.terms_of["talked"] == ("talk",) and together.terms_of["---"] == ()
