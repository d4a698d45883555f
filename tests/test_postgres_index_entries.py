"""PostgreSQL's full-text entries written by the import (tsvector literals of
PostgreSQL's own lexemes) are exactly what to_tsvector makes of each sentence.

The import builds each sentence's tsvector itself, asking the server only how
to stem words it has not seen; these tests hold it to the server's own answer,
on awkward words and on the bundled corpus, made inline and in the splitter
worker process.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from conftest import BUNDLED_READOUTS, readout_record
from sqlalchemy import text

from db.database import open_database
from db.index import _FTS5_TOKEN, _fts5_tokens, _index_tokens, postgres_index_entries, postgres_words
from db.integrity import record_problems
from db.store import ReadoutRecord, store_readouts
from verifier.importing import record_from_json

# Words the server's parser splits in two ("0e29d35385" reads as a number in
# scientific notation, "½" decomposes to "1⁄2"), a sentence longer than the
# 255 positions a lexeme may keep, repeated and stemmed words, diacritics,
# underscores, emoji skin tones, and FTS5's two-letter and Porter quirks.
AWKWARD_BODY = (
    "The ledger cites hash 0e29d35385 and a share of 18½ percent. "
    "Naïve café owners in Zürich met Zelenskyy's envoy. "
    "Ships shipping shipped; the ships and the shipping lanes. "
    "Us and Ms Smith said it is so, responsibly, on technology and technologies. "
    "A snake_case_name and 👍🏽 stayed. "
    + "Talks " + " ".join(["went on and on"] * 80) + ". "
    "The end."
)


def awkward_records() -> list[ReadoutRecord]:
    published = datetime(2024, 1, 27, 15, tzinfo=UTC)
    return [
        readout_record("https://example.gov/awkward", AWKWARD_BODY, title="Awkward words", published=published),
        readout_record(
            "https://example.gov/plain", "Sullivan met Wang in Bangkok. They discussed fentanyl.", title="Plain words",
            published=published),
    ]


def bundled_records() -> list[ReadoutRecord]:
    lines = BUNDLED_READOUTS.read_text(encoding="utf-8").splitlines()
    return [record_from_json(json.loads(line)) for line in lines if line.strip()]


def entries_unlike_to_tsvector(connection) -> int:
    """Sentences whose index entry is not what to_tsvector makes of their text
    (as the index did before entries were built client side), or that have none."""
    sentences = connection.execute(text(
        'SELECT s.id, substr(r.body, s.start + 1, s."end" - s.start) FROM sentence s '
        "JOIN readout r ON r.id = s.readout_id"
    )).all()
    prepared = [postgres_words(sentence_text) for _id, sentence_text in sentences]
    return connection.execute(
        text(
            "SELECT count(*) FROM unnest(CAST(:ids AS integer[]), CAST(:words AS text[]), "
            "CAST(:tokens AS integer[])) AS e(id, words, tokens) "
            "FULL JOIN sentence_fts f ON f.sentence_id = e.id "
            "WHERE f.terms IS DISTINCT FROM to_tsvector('verifier_text', e.words) "
            "OR f.tokens IS DISTINCT FROM e.tokens"
        ),
        {"ids": [row[0] for row in sentences], "words": [words for words, _count in prepared],
         "tokens": [count for _words, count in prepared]},
    ).scalar_one()


def test_fast_tokens_are_fts5_tokens():
    samples = [AWKWARD_BODY, "under_scored__twice_ and _lead", "👍🏽👍 x🏿y", "ﬁne ½ Ⅻ ٣٤ 東京タワー",
               "It’s “done”—twice over, ain’t it?", "tab\tand\nnew-line; e-mail: a@b.gov"]
    samples += [sentence for record in bundled_records() for sentence in record.body.splitlines()]
    for sample in samples:
        expected = _FTS5_TOKEN.findall(sample)
        assert _fts5_tokens(sample) == expected
        assert [token.decode() if isinstance(token, bytes) else token for token in _index_tokens(sample)] == expected



def test_a_ligature_stays_in_its_token_as_fts5_keeps_it():
    """FTS5 strips diacritics but keeps a ligature: "artiﬁcial" (U+FB01) is not the term "artificial" there, so the
    words PostgreSQL indexes keep it too, or the two databases count that word's sentences differently."""
    fts5 = sqlite3.connect(":memory:")
    fts5.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize='porter unicode61 remove_diacritics 2')")
    fts5.execute("INSERT INTO t VALUES ('harness artiﬁcial intelligence at the café')")
    assert fts5.execute("SELECT count(*) FROM t WHERE t MATCH 'artificial'").fetchone() == (0,)
    assert fts5.execute("SELECT count(*) FROM t WHERE t MATCH 'cafe'").fetchone() == (1,)
    words, count = postgres_words("harness artiﬁcial intelligence at the café")
    assert words.split() == ["harness", "artiﬁcial", "intelligence", "at", "the", "cafe"]
    assert count == 6

@pytest.mark.postgres
def test_words_the_parser_splits_and_long_sentences_are_left_to_the_server(postgres_url):
    engine = open_database(postgres_url)
    try:
        with engine.connect() as connection:
            split_word, too_long, plain = postgres_index_entries(
                connection, ["hash 0e29d35385 here", "word " * 256, "Ships shipping shipped"])
    finally:
        engine.dispose()
    assert split_word is None
    assert too_long is None
    assert plain == (3, "ship:1 ship:2 ship:3")


@pytest.mark.postgres
@pytest.mark.parametrize("splitter_processes", [0, 1], ids=["inline", "worker"])
def test_index_entries_equal_to_tsvector(postgres_url, splitter_processes):
    engine = open_database(postgres_url)
    try:
        summary = store_readouts(engine, awkward_records() + bundled_records(), batch_size=50,
                                 splitter_processes=splitter_processes)
        assert summary.new > 100
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM sentence_fts").scalar() > 1000
            assert entries_unlike_to_tsvector(connection) == 0
            assert record_problems(connection) == []
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_ids_taken_in_blocks_leave_the_sequences_ahead(postgres_url):
    engine = open_database(postgres_url)
    try:
        store_readouts(engine, awkward_records())
        store_readouts(engine, [replace(awkward_records()[0], body="A new text. It has two sentences.")])
        with engine.connect() as connection:
            for table in ("readout", "sentence"):
                largest = connection.exec_driver_sql(f"SELECT max(id) FROM {table}").scalar()
                following = connection.exec_driver_sql(
                    f"SELECT nextval(pg_get_serial_sequence('{table}', 'id'))").scalar()
                assert following > largest
            assert entries_unlike_to_tsvector(connection) == 0
            assert record_problems(connection) == []
    finally:
        engine.dispose()
