"""Storage on both databases: the same writes, searches and migrations on SQLite and PostgreSQL.

Tests taking `engine_on` or `database_url` run twice (SQLite, then PostgreSQL);
the PostgreSQL run skips, with its reason listed, when no server is configured.
"""

from __future__ import annotations

import itertools
import json
import os
from datetime import UTC, datetime

import pytest
from conftest import BUNDLED_READOUTS, EXAMPLES, POSTGRES_URL_ENV, run_verifier
from conftest import readout_record as record
from sqlalchemy import event, text

from db.database import DatabaseError, open_database
from db.index import (
    evidence_state,
    publication_sentences,
    search_sentences,
    sentence_hits,
    sentence_places,
    sentences_holding,
    sentences_of,
    sentences_published,
)
from db.integrity import record_problems
from db.migrate import current_revision, head_revision, upgrade, upgrade_to_head
from db.store import store_readouts
from verifier.importing import import_files

pytestmark = pytest.mark.filterwarnings("error::sqlalchemy.exc.SAWarning")


def search(engine, *words: str, **options):
    with engine.connect() as connection:
        return search_sentences(connection, list(words), **options)


def problems(engine) -> list[str]:
    with engine.connect() as connection:
        return record_problems(connection)


def test_new_revised_and_unchanged_readouts_keep_the_index_in_step(engine_on):
    first = store_readouts(engine_on, [
        record("https://example.gov/a", "Sullivan met Wang in Bangkok. They discussed fentanyl."),
        record("https://example.gov/b", "The President spoke about tariffs."),
    ])
    assert (first.new, first.revised, first.unchanged) == (2, 0, 0)
    second = store_readouts(engine_on, [
        record("https://example.gov/a", "Sullivan met Wang in Vienna. They discussed Gaza."),
        record("https://example.gov/b", "The President spoke about tariffs."),
    ])
    assert (second.new, second.revised, second.unchanged) == (0, 1, 1)
    assert second.revised_urls == ["https://example.gov/a"]

    assert search(engine_on, "fentanyl") == []
    assert [hit.text for hit in search(engine_on, "Gaza")] == ["They discussed Gaza."]
    assert [hit.url for hit in search(engine_on, "tariffs")] == ["https://example.gov/b"]
    with engine_on.connect() as connection:
        revisions = connection.execute(text(
            "SELECT number FROM readout_revision v JOIN readout r ON r.id = v.readout_id "
            "WHERE r.url = 'https://example.gov/a' ORDER BY number")).scalars().all()
    assert revisions == [1, 2]
    assert problems(engine_on) == []


def test_search_stems_folds_case_and_filters_by_source_and_time(engine_on):
    store_readouts(engine_on, [
        record("https://example.gov/jan", "The leaders agreed to resume military communications.",
               published=datetime(2024, 1, 10, tzinfo=UTC)),
        record("https://example.gov/mar", "Communication between the militaries resumed.",
               published=datetime(2024, 3, 10, tzinfo=UTC)),
    ])
    both = search(engine_on, "COMMUNICATING", "Militaries")
    assert {hit.url for hit in both} == {"https://example.gov/jan", "https://example.gov/mar"}
    assert all(hit.rank < 0 for hit in both)  # bm25 convention on both: lower is better
    later = search(engine_on, "communication", published_after=datetime(2024, 2, 1))
    assert [hit.url for hit in later] == ["https://example.gov/mar"]
    assert search(engine_on, "communication", sources=["china-mfa"]) == []
    assert search(engine_on, "", "   ") == []
    assert search(engine_on, "absentword") == []


def test_rarer_terms_rank_higher_as_bm25_does(engine_on):
    common = " ".join(f"Officials discussed trade item {n}." for n in range(12))
    store_readouts(engine_on, [
        record("https://example.gov/common", common),
        record("https://example.gov/rare", "Officials discussed fentanyl precursors."),
    ])
    hits = search(engine_on, "officials", "fentanyl", limit=3)
    assert hits[0].text == "Officials discussed fentanyl precursors."
    assert hits[0].rank < hits[1].rank


def test_ranks_follow_new_writes_as_a_fresh_connection_sees_them(engine_on, database_url):
    """Word counts a connection keeps between searches must not outlive a write."""
    filler = " ".join(f"Item {n} was discussed." for n in range(20))
    store_readouts(engine_on, [record("https://example.gov/0", f"Fentanyl talks. {filler}")])
    before = search(engine_on, "fentanyl")[0].rank
    store_readouts(engine_on, [record(f"https://example.gov/{n}", f"Fentanyl again {n}. {filler}")
                               for n in range(1, 6)])
    after = [hit.rank for hit in search(engine_on, "fentanyl", limit=10)]
    fresh_engine = open_database(database_url)
    try:
        assert after == [hit.rank for hit in search(fresh_engine, "fentanyl", limit=10)]
    finally:
        fresh_engine.dispose()
    assert len(after) == 6 and after[0] != before


def test_phrase_lookups_stem_keep_word_order_and_intersect_alike(engine_on):
    store_readouts(engine_on, [
        record("https://example.gov/jan", "Sullivan met Wang Yi. Wang and Sullivan spoke of fentanyl. Yi Wang arrived.",
               published=datetime(2024, 1, 10, tzinfo=UTC)),
        record("https://example.gov/mar", "Counternarcotics talks resumed in Beijing. The talks on fentanyl resumed.",
               published=datetime(2024, 3, 10, tzinfo=UTC)),
    ])
    with engine_on.connect() as connection:
        texts = {hit.sentence_id: hit.text for hit in search_sentences(connection, ["wang", "talks", "fentanyl"])}

        def holding(*phrases, within=()):
            return [texts[i] for i in sentences_holding(connection, phrases, within=within)]

        # A phrase's words together and in order; stems match ("talk" finds "talks").
        assert holding("wang yi") == ["Sullivan met Wang Yi."]
        assert holding("talk") == ["Counternarcotics talks resumed in Beijing.", "The talks on fentanyl resumed."]
        assert holding("wang yi", "fentanyl") == ["Sullivan met Wang Yi.", "Wang and Sullivan spoke of fentanyl.",
                                                  "The talks on fentanyl resumed."]
        assert holding("fentanyl", within=("sullivan",)) == ["Wang and Sullivan spoke of fentanyl."]
        assert holding("absentword") == [] and holding("fentanyl", within=("absentword",)) == []
        ids = sentences_holding(connection, ["resumed"])
        march = sentences_published(connection, after=datetime(2024, 3, 1), before=datetime(2024, 3, 31))
        assert set(ids) <= march and len(march) == 2
        assert sentences_published(connection, after=datetime(2024, 3, 1), before=datetime(2024, 3, 31),
                                   sources=["china-mfa"]) == frozenset()
        places = sentence_places(connection, ids)
        assert {place.published.month for place in places.values()} == {3}
        assert all(place.is_evidence and place.source == "whitehouse" for place in places.values())
        assert [hit.text for hit in sentence_hits(connection, list(reversed(ids)))] == [
            "The talks on fentanyl resumed.", "Counternarcotics talks resumed in Beijing."]


def test_the_evidence_count_follows_writes_from_any_connection(engine_on, database_url):
    store_readouts(engine_on, [record("https://example.gov/a", "One here. Two here.")])
    other_engine = open_database(database_url)
    try:
        with engine_on.connect() as reader:
            first = evidence_state(reader)
            assert first[0] == 2 and evidence_state(reader) == first
            store_readouts(other_engine, [record("https://example.gov/b", "Three here.")])
            reader.rollback()  # a new read transaction: SQLite's snapshot moves on
            second = evidence_state(reader)
        assert second[0] == 3 and second[1] > first[1]
        store_readouts(engine_on, [record("https://example.gov/c", "Four here. Five here.")])
        with engine_on.connect() as reader:
            assert evidence_state(reader)[0] == 5
    finally:
        other_engine.dispose()


def test_sentence_windows_come_back_in_order(engine_on):
    store_readouts(engine_on, [record("https://example.gov/w", "One here. Two here. Three here. Four here.")])
    hit = search(engine_on, "three")[0]
    window = [s.text for s in sentences_of_engine(engine_on, hit.readout_id, hit.position - 1, hit.position + 1)]
    assert window == ["Two here.", "Three here.", "Four here."]


def test_every_sentence_of_the_publications_asked_for_comes_back_in_order(engine_on):
    store_readouts(engine_on, [record("https://example.gov/a", "A one. A two. A three."),
                               record("https://example.gov/b", "B one."),
                               record("https://example.gov/c", "C one. C two.")])
    with engine_on.connect() as connection:
        ids = dict(connection.execute(text("SELECT url, id FROM readout")).all())
        wanted = {ids["https://example.gov/c"], ids["https://example.gov/a"]}
        assert [hit.text for hit in publication_sentences(connection, wanted)] == [
            "A one.", "A two.", "A three.", "C one.", "C two."]
        assert publication_sentences(connection, set()) == []


def read_while_a_writer_keeps_revising(postgres_url, read, rounds: int = 4) -> tuple[list, list[list[str]]]:
    """What `read(connection, readout_id)` gives, `rounds` times in one
    connection, while a writer commits a new revision of the readout before
    every statement the reader runs (the worst timing a steady import can
    give); with the sentences of every revision written, oldest first."""
    reading = open_database(postgres_url)

    def version(number: int) -> list[str]:  # each revision's sentences, of lengths unlike the others'
        return [f"Sentence {'a' * number} one.", f"Sentence two of {number}."]

    store_readouts(reading, [record("https://example.gov/r", " ".join(version(0)))])
    writer = open_database(postgres_url)
    revisions = itertools.count(1)

    def revise_first(*_args) -> None:
        store_readouts(writer, [record("https://example.gov/r", " ".join(version(next(revisions))))])

    try:
        with reading.connect() as reader:
            readout_id = reader.execute(text("SELECT id FROM readout")).scalar_one()
            event.listen(reader, "before_cursor_execute", revise_first)
            answers = [read(reader, readout_id) for _ in range(rounds)]
            event.remove(reader, "before_cursor_execute", revise_first)
    finally:
        writer.dispose()
        reading.dispose()
    written = next(revisions)
    assert written > 2, written  # the writer did revise between the reader's statements
    return answers, [version(number) for number in range(written)]


@pytest.mark.postgres
def test_sentences_are_cut_from_the_body_of_their_own_snapshot_while_a_writer_keeps_revising(postgres_url):
    """The reader neither gives up nor cuts one revision's offsets out of
    another revision's body. (PostgreSQL only: SQLite reads a whole read
    transaction from one snapshot.)"""
    windows, versions = read_while_a_writer_keeps_revising(
        postgres_url, lambda reader, readout_id: [hit.text for hit in sentences_of(reader, readout_id, 0, 1)])
    assert all(window in versions for window in windows), windows


@pytest.mark.postgres
def test_a_search_reads_one_snapshot_while_a_writer_keeps_revising(postgres_url):
    """A search's statements (stems and totals, word counts, ranking, filters,
    texts) all read the record as one moment left it: it finds both sentences
    of one revision, where statements reading each its own moment would rank
    sentences that the next statement no longer finds."""
    found, versions = read_while_a_writer_keeps_revising(
        postgres_url, lambda reader, _readout_id: sorted(hit.text for hit in search_sentences(reader, ["sentence"])))
    assert all(texts in [sorted(version) for version in versions] for texts in found), found


def sentences_of_engine(engine, readout_id: int, first: int, last: int):
    with engine.connect() as connection:
        return sentences_of(connection, readout_id, first, last)


def test_integrity_check_notices_a_missing_index_entry(engine_on):
    """The checker the crash and concurrency tests rely on can fail."""
    store_readouts(engine_on, [record("https://example.gov/a", "Sullivan met Wang. They talked.")])
    assert problems(engine_on) == []
    with engine_on.begin() as connection:
        sentence_id = connection.execute(text("SELECT min(id) FROM sentence")).scalar_one()
        if connection.dialect.name == "sqlite":
            body = connection.execute(text("SELECT body FROM readout")).scalar_one()
            start, end = connection.execute(text(
                'SELECT start, "end" FROM sentence WHERE id = :id'), {"id": sentence_id}).one()
            connection.execute(text("INSERT INTO sentence_fts(sentence_fts, rowid, text) VALUES ('delete', :id, :t)"),
                               {"id": sentence_id, "t": body[start:end]})
        else:
            connection.execute(text("DELETE FROM sentence_fts WHERE sentence_id = :id"), {"id": sentence_id})
    assert problems(engine_on) == ["1 sentence(s) missing from the full-text index"]


@pytest.mark.postgres
def test_integrity_check_notices_a_sentence_whose_readout_is_missing(postgres_url):
    """PostgreSQL keeps no foreign key from a sentence to its readout (it cost
    imports a lookup per sentence): the checker the crash and concurrency
    tests rely on says when one is missing."""
    engine = open_database(postgres_url)
    try:
        store_readouts(engine, [record("https://example.gov/a", "Sullivan met Wang. They talked.")])
        assert problems(engine) == []
        with engine.begin() as connection:
            connection.execute(text('INSERT INTO sentence (readout_id, position, start, "end", is_evidence) '
                                    "SELECT max(id) + 1, 0, 0, 5, true FROM readout"))
        assert "1 sentence(s) whose readout is missing" in problems(engine)
    finally:
        engine.dispose()


def test_bundled_corpus_imports_whole_and_again_unchanged(engine_on):
    first = import_files(engine_on, [BUNDLED_READOUTS])
    again = import_files(engine_on, [BUNDLED_READOUTS])
    assert first.stored.new > 50 and first.skipped == 0
    assert (again.stored.new, again.stored.revised, again.stored.unchanged) == (0, 0, first.stored.new)
    assert problems(engine_on) == []


@pytest.mark.postgres
def test_searches_rank_alike_on_both_databases(postgres_url, tmp_path):
    """The engine re-scores the candidates the index offers; offering the same
    candidates in the same order is what makes verdicts match."""
    sqlite_engine = open_database(str(tmp_path / "record.db"))
    postgres_engine = open_database(postgres_url)
    try:
        for engine in (sqlite_engine, postgres_engine):
            import_files(engine, [BUNDLED_READOUTS])
        queries = [
            ["Sullivan", "Wang", "Bangkok"],
            ["counternarcotics", "working", "group"],
            ["military", "to", "military", "communication"],
            ["Taiwan", "Strait", "peace", "stability"],
            ["fentanyl", "precursor", "chemicals"],
            ["President", "Biden", "Xi", "Jinping", "call"],
            ["artificial", "intelligence", "risks"],
            ["U.S.", "China", "relations"],
        ]
        for words in queries:
            results = []
            for engine in (sqlite_engine, postgres_engine):
                with engine.connect() as connection:
                    results.append(search_sentences(connection, words, limit=20))
            on_sqlite, on_postgres = results
            assert on_sqlite, words
            assert [h.sentence_id for h in on_postgres] == [h.sentence_id for h in on_sqlite], words
            for a, b in zip(on_sqlite, on_postgres, strict=True):
                # Not to the last digit: the two tokenisers disagree on a few rare
                # characters (emoji), which shifts the average sentence length a little.
                assert b.rank == pytest.approx(a.rank, rel=1e-4), words
                assert (b.text, b.url, b.published, b.speaker) == (a.text, a.url, a.published, a.speaker)
    finally:
        sqlite_engine.dispose()
        postgres_engine.dispose()


@pytest.mark.postgres
def test_migrations_run_from_0001_to_head_keeping_data(postgres_url):
    engine = open_database(postgres_url, migrate=False)
    try:
        upgrade(engine, "0001_record")
        assert current_revision(engine) == "0001_record"
        store_readouts(engine, [record("https://example.gov/old", "Stored before the upgrade. Still found.")])
        upgrade_to_head(engine)
        assert current_revision(engine) == head_revision()
        assert [hit.text for hit in search(engine, "upgrade")] == ["Stored before the upgrade."]
        assert problems(engine) == []
        upgrade_to_head(engine)  # a second open of an up-to-date database changes nothing
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_cli_works_on_a_postgres_url(postgres_url):
    imported = run_verifier("import", str(BUNDLED_READOUTS), db=postgres_url)
    assert imported.returncode == 0, imported.stderr
    assert "new" in imported.stdout
    info = run_verifier("info", "--format", "json", db=postgres_url)
    assert info.returncode == 0, info.stderr
    assert '"readouts": ' in info.stdout and "postgresql" in info.stdout
    found = run_verifier("readouts", "search", "counternarcotics working group", "--limit", "3", db=postgres_url)
    assert found.returncode == 0, found.stderr
    assert "Counternarcotics" in found.stdout
    checked = run_verifier("check", str(EXAMPLES / "seed-article.txt"), "--published", "2024-01-28",
                           "--format", "json", db=postgres_url)
    assert checked.returncode == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["check"]["id"] is not None and report["summary"]["supported"] > 0
    rendered = run_verifier("report", "latest", "--format", "json", db=postgres_url)
    assert rendered.returncode == 0, rendered.stderr
    assert json.loads(rendered.stdout)["claims"] == report["claims"]  # stored and read back whole


@pytest.mark.postgres
def test_plain_postgresql_scheme_and_environment_variable_work(postgres_url):
    plain = postgres_url.replace("postgresql+psycopg://", "postgresql://", 1)
    result = run_verifier("info", env={"VERIFIER_DB": plain})
    assert result.returncode == 0, result.stderr
    assert "Readouts: 0" in result.stdout


@pytest.mark.postgres
def test_a_missing_postgres_database_is_a_one_line_error(postgres_url):
    missing = postgres_url.rsplit("/", 1)[0] + "/no_such_database_here?" + postgres_url.split("?", 1)[1]
    with pytest.raises(DatabaseError, match="no_such_database_here"):
        open_database(missing)
    result = run_verifier("info", db=missing)
    assert result.returncode != 0
    assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1


def test_postgres_tests_say_why_they_skip():
    """Without a server the PostgreSQL half of the suite skips with this reason (seen under -ra)."""
    from conftest import POSTGRES_SKIP_REASON

    assert POSTGRES_URL_ENV in POSTGRES_SKIP_REASON and "make test-postgres" in POSTGRES_SKIP_REASON
    assert os.environ.get(POSTGRES_URL_ENV) is None or "://" in os.environ[POSTGRES_URL_ENV]
