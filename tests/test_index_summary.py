"""The index's stored summary (SQLite): term counts and common words' sentence ids
kept by the import, so that a fresh process need not read them from FTS5.

Whatever the summary answers must be what the index answers; any write to the
index must drop it in the same transaction; the import and the refresh store it
again; a check gives the same report with or without it.
"""

from __future__ import annotations

from datetime import date

import pytest

from db.index import (
    _unpack_ids,
    catch_up_index_summary,
    count_matching_sentences,
    index_readouts,
    index_summary_stored,
    sentences_holding,
    store_index_summary,
    stored_sentences_holding,
    unindex_readouts,
)
from db.store import store_readouts
from tests.conftest import readout, write_jsonl
from tests.conftest import readout_record as record

BODIES = {
    "https://example.gov/a": "Sullivan met Wang in Bangkok. They discussed fentanyl. The talks were candid.",
    "https://example.gov/b": "The President talked about fentanyl at the White House. Talking points were ready.",
    "https://example.gov/c": "Houses of Congress met. The United States and China held talks on fentanyl.",
}
GROUPS = [("talks", "met wang"), ("united states", "us", "u s"), ("fentanyl", "china")]
# "house" is indexed as "hous", which stemmed again would be "hou": read by term, not by a search.
WORDS = ["fentanyl", "talks", "talked", "house", "met", "bangkok", "absentword", "met wang", "wang met",
         "united states"]


def stored_everything(engine) -> None:
    with engine.connect() as connection, connection.begin():
        assert store_index_summary(connection, GROUPS, min_ids=1)


def answers(engine, *, stored: bool) -> tuple[list[int], list[list[int]]]:
    with engine.connect() as connection:
        counts = [count_matching_sentences(connection, word) for word in WORDS]
        lists = []
        for phrases in [*GROUPS, *((word,) for word in WORDS)]:
            found = stored_sentences_holding(connection, phrases) if stored else None
            lists.append(list(found) if found is not None else sentences_holding(connection, phrases))
        return counts, lists


def test_the_summary_answers_what_the_index_answers(sqlite_engine):
    store_readouts(sqlite_engine, [record(url, body) for url, body in BODIES.items()])
    from_index = answers(sqlite_engine, stored=False)
    stored_everything(sqlite_engine)
    with sqlite_engine.connect() as connection:
        assert index_summary_stored(connection)
        # Every group and every word held by a sentence is stored (min_ids=1); a word no sentence holds is not.
        single_words = [(word,) for word in WORDS if " " not in word and word != "absentword"]
        assert all(stored_sentences_holding(connection, phrases) is not None for phrases in [*GROUPS, *single_words])
        assert stored_sentences_holding(connection, ("absentword",)) is None
        assert stored_sentences_holding(connection, ("bangkok", "candid")) is None  # a group never stored
    assert answers(sqlite_engine, stored=True) == from_index
    assert from_index[0] == [3, 4, 4, 2, 2, 1, 0, 1, 0, 1]


def test_every_group_is_stored_however_few_sentences_hold_it(sqlite_engine):
    store_readouts(sqlite_engine, [record(url, body) for url, body in BODIES.items()])
    from_index = answers(sqlite_engine, stored=False)[1][:len(GROUPS)]
    held_by_none = ("absentword", "another absent phrase")
    with sqlite_engine.connect() as connection, connection.begin():
        assert store_index_summary(connection, [*GROUPS, held_by_none], min_ids=100)
    with sqlite_engine.connect() as connection:
        assert [list(stored_sentences_holding(connection, phrases)) for phrases in GROUPS] == from_index
        assert list(stored_sentences_holding(connection, held_by_none)) == []
        # A term held by fewer sentences than min_ids is left to the index.
        assert stored_sentences_holding(connection, ("fentanyl",)) is None


def test_counts_are_read_from_the_summary_when_it_is_there(sqlite_engine):
    store_readouts(sqlite_engine, [record(url, body) for url, body in BODIES.items()])
    stored_everything(sqlite_engine)
    with sqlite_engine.begin() as connection:
        # Altered behind the index's back, the stored count is what a reader gets: it is the one read.
        connection.exec_driver_sql("UPDATE sentence_fts_term_docs SET docs = 41 "
                                   "WHERE term IN ('fentanyl', '\"met wang\"')")
    with sqlite_engine.connect() as connection:
        assert count_matching_sentences(connection, "fentanyl") == 41
        assert count_matching_sentences(connection, "fentanyl", cap=5) == 5
        assert count_matching_sentences(connection, "Met Wang") == 41
        # A phrase of no stored group is counted by the index.
        assert count_matching_sentences(connection, "wang in bangkok") == 1


def test_any_write_to_the_index_drops_the_summary_in_its_own_transaction(sqlite_engine):
    store_readouts(sqlite_engine, [record(url, body) for url, body in BODIES.items()])
    stored_everything(sqlite_engine)
    # A revision takes sentences out of the index and puts others in.
    store_readouts(sqlite_engine, [record("https://example.gov/a", "Sullivan met Wang in Vienna.")])
    with sqlite_engine.connect() as connection:
        assert not index_summary_stored(connection)
        assert stored_sentences_holding(connection, ("fentanyl",)) is None
        assert count_matching_sentences(connection, "fentanyl") == 2
        assert count_matching_sentences(connection, "vienna") == 1
    stored_everything(sqlite_engine)
    with sqlite_engine.connect() as connection:
        assert list(stored_sentences_holding(connection, ("vienna",))) == sentences_holding(connection, ["vienna"])

    # A write rolled back leaves the summary as it was.
    with pytest.raises(RuntimeError), sqlite_engine.connect() as connection, connection.begin():
        connection.exec_driver_sql("DELETE FROM sentence_fts_term_ids")
        raise RuntimeError("abandoned")
    with sqlite_engine.connect() as connection:
        assert stored_sentences_holding(connection, ("vienna",)) is not None


def summary_tables(engine) -> tuple[list, list]:
    with engine.connect() as connection:
        docs = connection.exec_driver_sql("SELECT term, docs FROM sentence_fts_term_docs ORDER BY term").all()
        lists = [(key, list(_unpack_ids(blob))) for key, blob in
                 connection.exec_driver_sql("SELECT key, ids FROM sentence_fts_term_ids ORDER BY key").all()]
    return docs, lists


def test_new_sentences_put_the_summary_behind_and_catching_up_equals_storing_it_again(sqlite_engine):
    store_readouts(sqlite_engine, [record(url, body) for url, body in BODIES.items()])
    stored_everything(sqlite_engine)
    store_readouts(sqlite_engine, [
        record("https://example.gov/d", "Fentanyl talks resumed. The United States met Wang on the House floor."),
        record("https://example.gov/e", "Met Wang again; the houses voted."),
    ])
    with sqlite_engine.connect() as connection:
        # Behind: not used, though its rows are still there.
        assert not index_summary_stored(connection)
        assert stored_sentences_holding(connection, ("fentanyl",)) is None
        assert count_matching_sentences(connection, "fentanyl") == 4
        assert count_matching_sentences(connection, "met wang") == 3
    with sqlite_engine.connect() as connection, connection.begin():
        assert catch_up_index_summary(connection)
    (docs, lists) = summary_tables(sqlite_engine)
    stored_everything(sqlite_engine)
    (whole_docs, whole_lists) = summary_tables(sqlite_engine)
    assert docs == whole_docs
    assert dict(docs)["fentanyl"] == 4 and dict(docs)['"met wang"'] == 3
    # The lists kept grow as storing them again would give them; terms first met in the new
    # sentences ("resumed") get theirs when the summary is next stored whole.
    assert lists == [(key, ids) for key, ids in whole_lists if key in dict(lists)]
    assert "=resum" in dict(whole_lists) and "=resum" not in dict(lists)
    assert answers(sqlite_engine, stored=True) == answers(sqlite_engine, stored=False)


def test_sentences_indexed_again_drop_the_summary(sqlite_engine):
    store_readouts(sqlite_engine, [record(url, body) for url, body in BODIES.items()])
    stored_everything(sqlite_engine)
    with sqlite_engine.connect() as connection, connection.begin():
        readout_id = connection.exec_driver_sql("SELECT min(readout_id) FROM sentence").scalar()
        unindex_readouts(connection, [readout_id])
        index_readouts(connection, [readout_id])
        assert not index_summary_stored(connection)
        assert not catch_up_index_summary(connection)
        assert connection.exec_driver_sql("SELECT count(*) FROM sentence_fts_term_ids").scalar() == 0


def test_import_stores_the_summary_the_writes_before_dropped(tmp_path, monkeypatch):
    import db.index
    from db.database import open_database
    from verifier.importing import import_files

    monkeypatch.setattr(db.index, "SUMMARY_MIN_IDS", 1)
    engine = open_database(str(tmp_path / "record.db"))
    lines = [readout(url, body) for url, body in BODIES.items()]
    import_files(engine, [write_jsonl(tmp_path / "first.jsonl", lines)])
    with engine.connect() as connection:
        assert index_summary_stored(connection)
        assert list(stored_sentences_holding(connection, ("fentanyl",))) == sentences_holding(connection, ["fentanyl"])
    import_files(engine, [write_jsonl(tmp_path / "more.jsonl",
                                      [readout("https://example.gov/d", "Fentanyl again, in Vienna.")])])
    with engine.connect() as connection:
        assert index_summary_stored(connection)
        stored = list(stored_sentences_holding(connection, ("fentanyl",)))
        assert stored == sentences_holding(connection, ["fentanyl"]) and len(stored) == 4
        assert count_matching_sentences(connection, "vienna") == 1
    # A revision drops the summary; the import stores it again whole.
    import_files(engine, [write_jsonl(tmp_path / "revised.jsonl",
                                      [readout("https://example.gov/d", "Fentanyl again, in Geneva.")])])
    with engine.connect() as connection:
        assert index_summary_stored(connection)
        assert count_matching_sentences(connection, "vienna") == 0
        assert count_matching_sentences(connection, "geneva") == 1
    engine.dispose()


def test_a_check_reports_the_same_with_or_without_the_summary(tmp_path, monkeypatch):
    import db.index
    from tests.conftest import record_database
    from verifier.checking import check_text
    from verifier.importing import summarize_index

    records = [record(url, body) for url, body in BODIES.items()]
    article = "Sullivan met Wang in Bangkok, where they discussed fentanyl. The United States held talks with China."
    engine = record_database(tmp_path / "record.db", records)
    without = check_text(engine, article, date(2024, 1, 28), store=False)
    monkeypatch.setattr(db.index, "SUMMARY_MIN_IDS", 1)
    summarize_index(engine)
    with engine.connect() as connection:
        assert index_summary_stored(connection)
    with_summary = check_text(engine, article, date(2024, 1, 28), store=False)
    engine.dispose()
    for report in (without, with_summary):
        report.pop("check")
    assert with_summary == without
    assert with_summary["claims"]


def test_postgresql_keeps_its_own_paths(engine_on):
    store_readouts(engine_on, [record(url, body) for url, body in BODIES.items()])
    with engine_on.connect() as connection, connection.begin():
        stored = store_index_summary(connection, GROUPS, min_ids=1)
    with engine_on.connect() as connection:
        assert stored == (engine_on.dialect.name == "sqlite") == index_summary_stored(connection)
        found = stored_sentences_holding(connection, ("fentanyl",))
        assert (found is not None) == stored
        assert count_matching_sentences(connection, "fentanyl") == 3
