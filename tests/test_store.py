"""The one write path: new readouts, revisions, sentences and the index, kept together."""

from datetime import UTC, datetime

from conftest import readout_record
from sqlalchemy import text
from sqlmodel import Session, select

from db.index import search_sentences
from db.models import Readout, ReadoutRevision, Sentence, Source
from db.store import ReadoutRecord, SourceInfo, ensure_sources, revision_body, store_readouts


def record(url="https://www.whitehouse.gov/r/1", body="Sullivan met Wang in Bangkok. They discussed fentanyl.",
           **fields) -> ReadoutRecord:
    return ReadoutRecord(source=fields.pop("source", "whitehouse"), url=url, title=fields.pop("title", "Readout"),
                         published=fields.pop("published", datetime(2024, 1, 27, 15, tzinfo=UTC)), body=body, **fields)


def index_count(engine, word: str) -> int:
    with engine.connect() as connection:
        return len(search_sentences(connection, [word], limit=100, evidence_only=False))


def test_new_readout_gets_revision_sentences_and_index(sqlite_engine):
    summary = store_readouts(sqlite_engine, [record()])
    assert (summary.new, summary.revised, summary.unchanged) == (1, 0, 0)
    with Session(sqlite_engine) as session:
        readout = session.exec(select(Readout)).one()
        assert readout.revision_count == 1
        assert readout.kind == "readout" and readout.language == "en"
        assert readout.published == datetime(2024, 1, 27, 15)  # stored as naive UTC
        sentences = session.exec(select(Sentence).order_by(Sentence.position)).all()
        assert [readout.body[s.start:s.end] for s in sentences] == [
            "Sullivan met Wang in Bangkok.", "They discussed fentanyl."]
        assert session.exec(select(Source)).one().side == "unknown"
    assert index_count(sqlite_engine, "fentanyl") == 1


def test_same_text_again_changes_nothing(sqlite_engine):
    store_readouts(sqlite_engine, [record()])
    summary = store_readouts(sqlite_engine, [record(body="  Sullivan met Wang in Bangkok. They discussed fentanyl.\n")])
    assert (summary.new, summary.revised, summary.unchanged) == (0, 0, 1)
    with Session(sqlite_engine) as session:
        assert len(session.exec(select(ReadoutRevision)).all()) == 1
        assert len(session.exec(select(Sentence)).all()) == 2


def test_changed_text_becomes_a_revision_and_old_text_is_kept(sqlite_engine):
    store_readouts(sqlite_engine, [record()])
    summary = store_readouts(sqlite_engine, [record(body="Sullivan met Wang in Vienna. They discussed Gaza.")])
    assert (summary.new, summary.revised) == (0, 1)
    with Session(sqlite_engine) as session:
        readout = session.exec(select(Readout)).one()
        assert "Vienna" in readout.body and readout.revision_count == 2
        revisions = session.exec(select(ReadoutRevision).order_by(ReadoutRevision.number)).all()
        assert [r.number for r in revisions] == [1, 2]
        assert "Bangkok" in revision_body(revisions[0].body_zlib)
    # The index follows the current text only.
    assert index_count(sqlite_engine, "fentanyl") == 0
    assert index_count(sqlite_engine, "gaza") == 1


def test_same_url_twice_in_one_batch_is_one_readout_with_two_revisions(sqlite_engine):
    summary = store_readouts(sqlite_engine, [record(), record(body="A corrected text. It differs.")])
    assert (summary.new, summary.revised) == (1, 1)
    with Session(sqlite_engine) as session:
        assert len(session.exec(select(Readout)).all()) == 1
        assert session.exec(select(Readout)).one().body == "A corrected text. It differs."
        assert len(session.exec(select(ReadoutRevision)).all()) == 2


def test_known_sources_keep_their_side(sqlite_engine):
    ensure_sources(sqlite_engine, [SourceInfo("china-mfa", "MFA", "china-government", "https://www.mfa.gov.cn/eng/")])
    store_readouts(sqlite_engine, [record(source="china-mfa", url="https://www.mfa.gov.cn/eng/x.html")])
    with sqlite_engine.connect() as connection:
        hit = search_sentences(connection, ["bangkok"])[0]
    assert hit.side == "china-government" and hit.source == "china-mfa"


def test_search_filters_by_source_date_and_questions(sqlite_engine):
    transcript = ("MR. KIRBY:  Sullivan raised fentanyl with Wang.\n\n"
                  "Q    Did Sullivan raise fentanyl?\n\nMR. KIRBY:  Yes.")
    store_readouts(sqlite_engine, [
        record(url="https://www.whitehouse.gov/a", body=transcript, published=datetime(2024, 1, 26, tzinfo=UTC)),
        record(url="https://www.whitehouse.gov/b", body="Fentanyl was discussed.",
               published=datetime(2024, 3, 1, tzinfo=UTC)),
    ])
    with sqlite_engine.connect() as connection:
        default = search_sentences(connection, ["fentanyl"])
        everything = search_sentences(connection, ["fentanyl"], evidence_only=False)
        early = search_sentences(connection, ["fentanyl"], published_before=datetime(2024, 2, 1))
        other_source = search_sentences(connection, ["fentanyl"], sources=["china-mfa"])
    assert {hit.text for hit in default} == {"Sullivan raised fentanyl with Wang.", "Fentanyl was discussed."}
    assert "Did Sullivan raise fentanyl?" in {hit.text for hit in everything}
    assert {hit.url for hit in early} == {"https://www.whitehouse.gov/a"}
    assert other_source == []


def test_failed_batch_leaves_nothing_half_written(sqlite_engine):
    store_readouts(sqlite_engine, [record()])
    bad = record(url="https://www.whitehouse.gov/r/2", source="no-such-source-" + "x" * 100)
    # A source name longer than the column allows is accepted by SQLite, so
    # force a real failure instead: a NULL title violates NOT NULL.
    broken = readout_record(
        "https://www.whitehouse.gov/r/3", "Text here.", title=None, published=datetime(2024, 1, 1, tzinfo=UTC))
    try:
        store_readouts(sqlite_engine, [bad, broken])
    except Exception:
        pass
    else:  # pragma: no cover - the failure above is the point of the test
        raise AssertionError("storing a record without a title should fail")
    with sqlite_engine.connect() as connection:
        urls = connection.execute(text("SELECT url FROM readout")).scalars().all()
        sentences = connection.execute(text("SELECT count(*) FROM sentence")).scalar()
    assert urls == ["https://www.whitehouse.gov/r/1"]
    assert sentences == 2


def test_reimporting_two_versions_of_one_url_adds_nothing(sqlite_engine):
    versions = [record(), record(body="A corrected text. It differs.")]
    store_readouts(sqlite_engine, versions)
    again = store_readouts(sqlite_engine, versions)
    assert (again.new, again.revised, again.unchanged) == (0, 0, 2)
    with Session(sqlite_engine) as session:
        assert len(session.exec(select(ReadoutRevision)).all()) == 2
        assert session.exec(select(Readout)).one().body == "A corrected text. It differs."


def test_splitting_in_a_worker_process_stores_the_same_rows(tmp_path):
    from db.database import open_database

    records = [record(url=f"https://www.whitehouse.gov/r/{n}",
                      body=f"Sentence {n} here. Another one.\n\nQ  A question?")
               for n in range(30)]
    records.append(record(url="https://www.whitehouse.gov/r/3", body="Revised text of three. Yes."))
    results = []
    for processes in (0, 1):
        engine = open_database(str(tmp_path / f"split-{processes}.db"))
        summary = store_readouts(engine, records, batch_size=7, splitter_processes=processes,
                                 now=datetime(2024, 2, 1))
        with engine.connect() as connection:
            rows = connection.execute(text(
                'SELECT r.url, s.position, s.start, s."end", s.speaker, s.is_evidence FROM sentence s '
                "JOIN readout r ON r.id = s.readout_id ORDER BY r.url, s.position")).all()
        results.append(((summary.new, summary.revised, summary.unchanged), rows))
        engine.dispose()
    assert results[0] == results[1]
    assert results[0][0] == (30, 1, 0)


def test_search_sees_new_text_after_a_write_through_the_same_pool(sqlite_engine):
    store_readouts(sqlite_engine, [record()])
    assert index_count(sqlite_engine, "fentanyl") == 1
    assert index_count(sqlite_engine, "fentanyl") == 1  # answered from the connection's memo
    store_readouts(sqlite_engine, [record(url="https://www.whitehouse.gov/r/2", body="Fentanyl again. Twice.")])
    assert index_count(sqlite_engine, "fentanyl") == 2
    store_readouts(sqlite_engine, [record(body="Sullivan met Wang. They discussed Gaza.")])
    assert index_count(sqlite_engine, "fentanyl") == 1
