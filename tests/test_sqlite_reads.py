"""What an SQLite connection keeps of the publications it has read (db.index):
sentences' places and texts, readouts' bodies. Kept while the database is
unchanged; a revision written through another connection, or through the same
one, must be read at once, even where the new sentences took the old ones' ids.
"""

from __future__ import annotations

import pytest
from conftest import readout_record

from db.database import open_database
from db.index import publication_text, sentence_hits, sentence_places, sentences_around, sentences_holding
from db.store import ReadoutRecord, store_readouts

URL = "https://example.gov/readout"


def record(body: str, title: str = "Readout of a Meeting") -> ReadoutRecord:
    return readout_record(URL, body, title=title)


def read(engine) -> tuple[list[int], list[str], list[str], dict[int, bool], str | None]:
    """Every read the cache serves, of every sentence the record holds."""
    with engine.connect() as connection:
        ids = sentences_holding(connection, ["sentence"])
        hits = sentence_hits(connection, ids)
        around = sentences_around(connection, [(hit.readout_id, 0, 10) for hit in hits[:1]])
        places = sentence_places(connection, ids)
        text = publication_text(connection, hits[0].readout_id) if hits else None
    return (ids, [hit.text for hit in hits], [hit.text for hit in around],
            {sentence_id: place.is_evidence for sentence_id, place in places.items()}, text)


@pytest.mark.parametrize("writer", ["same engine", "another engine"])
def test_a_revision_is_read_at_once_though_its_sentences_took_the_old_ids(db_path, writer):
    engine = open_database(str(db_path))
    other = open_database(str(db_path)) if writer == "another engine" else engine
    try:
        store_readouts(engine, [record("First sentence here. Second sentence there.")])
        ids, texts, around, places, text = read(engine)
        assert texts == around == ["First sentence here.", "Second sentence there."]
        assert text == "Readout of a Meeting\nFirst sentence here. Second sentence there."
        assert read(engine) == (ids, texts, around, places, text)  # read again, from what was kept

        # The same publication revised: its sentences are replaced, and the new ones are
        # numbered from the highest id left, which is where the old ones began.
        store_readouts(other, [record("Revised sentence now. Another sentence added. A third sentence.",
                                      title="Readout of a Meeting, revised")])
        new_ids, texts, around, places, text = read(engine)
        assert new_ids[:2] == ids
        assert texts == around == ["Revised sentence now.", "Another sentence added.", "A third sentence."]
        assert sorted(places) == new_ids
        assert text == "Readout of a Meeting, revised\nRevised sentence now. Another sentence added. A third sentence."
    finally:
        if other is not engine:
            other.dispose()
        engine.dispose()


def test_sentences_that_are_gone_are_left_out(sqlite_engine):
    store_readouts(sqlite_engine, [record("One sentence. Two sentences.")])
    ids, *_ = read(sqlite_engine)
    with sqlite_engine.connect() as connection:
        missing = max(ids) + 100
        assert [hit.sentence_id for hit in sentence_hits(connection, [missing, *ids, missing])] == ids
        assert sorted(sentence_places(connection, [missing, *ids])) == ids
        assert publication_text(connection, 10_000) is None
