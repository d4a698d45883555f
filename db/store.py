"""Writing official publications into the record.

`store_readouts` is the one write path for imports and scrapers alike: it
takes readouts in batches, each batch one transaction holding the readout,
its revision, its sentences and their index entries together, so an
interrupted run leaves every readout either whole or absent. The hot path
uses Core bulk statements; the ORM per-row path is ten times slower here.
"""

from __future__ import annotations

import multiprocessing
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice

from sqlalchemy import BigInteger, DateTime, Table, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection, Engine

from db.database import create_db_engine, insert_rows, is_postgres
from db.index import (
    PostgresEntry,
    index_prepared_sentences,
    index_sentences,
    postgres_index_entries,
    unindex_readouts,
)
from db.models import Readout, ReadoutRevision, Sentence, Source
from db.text import classify_kind, content_hash, detect_language, normalise_body, split_body

DEFAULT_BATCH_SIZE = 400

readout_table = Readout.__table__
revision_table = ReadoutRevision.__table__
sentence_table = Sentence.__table__
source_table = Source.__table__


@dataclass(frozen=True, slots=True)
class ReadoutRecord:
    """One publication as a source or an import file gives it.

    `published` and `modified` are timezone-aware; `published_text` is the
    time as the publisher printed it (ISO), kept for reports.
    """

    source: str
    url: str
    title: str
    published: datetime
    body: str
    published_text: str = ""
    modified: datetime | None = None
    section: str | None = None
    kind: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class SourceInfo:
    name: str
    title: str = ""
    side: str = "unknown"
    home_url: str = ""


@dataclass(slots=True)
class StoreSummary:
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    new_urls: list[str] = field(default_factory=list)
    revised_urls: list[str] = field(default_factory=list)

    def add(self, other: StoreSummary) -> None:
        self.new += other.new
        self.revised += other.revised
        self.unchanged += other.unchanged
        self.new_urls.extend(other.new_urls)
        self.revised_urls.extend(other.revised_urls)


def utc_naive(moment: datetime) -> datetime:
    """How times are stored: UTC without an offset (SQLite keeps none)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def write_transaction(engine: Engine):
    """A connection whose transaction takes SQLite's write lock up front, so a
    concurrent writer waits (busy timeout) instead of failing mid-transaction."""
    return engine.connect().execution_options(sqlite_immediate=True)


def ensure_sources(engine: Engine, sources: Iterable[SourceInfo]) -> None:
    """Create or update the rows of known sources (title, side, home page)."""
    sources = list(sources)
    if not sources:
        return
    with write_transaction(engine) as connection, connection.begin():
        existing = set(connection.scalars(select(source_table.c.name)))
        for info in sources:
            values = {"title": info.title, "side": info.side, "home_url": info.home_url}
            if info.name in existing:
                connection.execute(update(source_table).where(source_table.c.name == info.name).values(**values))
            else:
                connection.execute(insert(source_table).values(name=info.name, **values))


def store_readouts(
    engine: Engine,
    records: Iterable[ReadoutRecord],
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    now: datetime | None = None,
    on_batch: Callable[[StoreSummary, int], None] | None = None,
    splitter_processes: int = 0,
) -> StoreSummary:
    """Store new publications and new revisions; leave unchanged ones alone.

    Sources named by records must exist (see `ensure_sources`); an unknown
    one is created with side "unknown". `on_batch(summary_so_far, batch_len)`
    is called after each committed batch, for progress bars.

    `splitter_processes` > 0 cuts the next batch's bodies into sentences in
    worker processes while this one writes the current batch: on a bulk
    import splitting is about half the work, and it needs no database.
    """
    total = StoreSummary()
    moment = now or utcnow()
    pool = _splitter_pool(splitter_processes)
    # PostgreSQL's index entries are made in the worker too (db.index.postgres_index_entries):
    # it asks the server, on a connection of its own, only how to stem words it has not seen.
    index_url = engine.url.render_as_string(hide_password=False) if pool and is_postgres(engine) else None
    pending: tuple[list[ReadoutRecord], Future | None] | None = None
    # With a worker, PostgreSQL batches are written by a thread while this one
    # reads and parses the next: the server stores one batch while Python
    # prepares another. (SQLite's writes keep this process busy themselves.)
    writer = ThreadPoolExecutor(max_workers=1) if index_url else None
    writing: Future | None = None

    def write(batch: list[ReadoutRecord], presplit: Future | None, *, last: bool) -> int:
        spans = presplit.result() if presplit is not None else {}
        with write_transaction(engine) as connection, connection.begin():
            if connection.dialect.name == "postgresql":
                _tune_postgres_writer(connection, more_batches=not last)
            total.add(_store_batch(connection, batch, moment, spans))
        return len(batch)

    def report(count: int) -> None:
        if on_batch:
            on_batch(total, count)

    try:
        for batch in _batches(records, batch_size):
            presplit = pool.submit(_split_bodies, _bodies_to_split(engine, batch), index_url) if pool else None
            if pending is not None:
                if writer is None:
                    report(write(*pending, last=False))
                else:
                    if writing is not None:
                        report(writing.result())
                    writing = writer.submit(write, *pending, last=False)
            pending = (batch, presplit)
        if writing is not None:
            report(writing.result())
        if pending is not None:
            report(write(*pending, last=True))
    finally:
        if writer:
            writer.shutdown(cancel_futures=True)
        if pool:
            pool.shutdown(cancel_futures=True)
    return total


# New full-text entries wait in the GIN index's pending list until it holds
# this much, then move into the index in one pass; fewer, longer passes cost
# a bulk import less. The last batch of a run keeps the server's limit (4MB
# by default), so readers are not left scanning a long list afterwards.
BULK_GIN_PENDING_LIST = "32MB"


def _tune_postgres_writer(connection: Connection, *, more_batches: bool) -> None:
    """Settings for this write transaction only (SET LOCAL)."""
    if more_batches:
        connection.exec_driver_sql(f"SET LOCAL gin_pending_list_limit = '{BULK_GIN_PENDING_LIST}'")
    # lz4 compresses readout bodies (TOAST) several times faster than the
    # default pglz, and decompresses them faster for readers; servers built
    # without it keep their default.
    info = connection.connection.info
    if "verifier_lz4" not in info:
        info["verifier_lz4"] = bool(connection.exec_driver_sql(
            "SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)"
        ).first())
    if info["verifier_lz4"]:
        connection.exec_driver_sql("SET LOCAL default_toast_compression = 'lz4'")


def _splitter_pool(processes: int) -> ProcessPoolExecutor | None:
    if processes <= 0:
        return None
    methods = multiprocessing.get_all_start_methods()
    # fork starts at once and re-imports nothing; the child only runs split_body.
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    return ProcessPoolExecutor(max_workers=processes, mp_context=context)


def _bodies_to_split(engine: Engine, batch: list[ReadoutRecord]) -> list[tuple[str, str]]:
    """(hash, body) of the texts in batch the record does not hold yet: a
    read-only guess made before the previous batch is written; the write
    splits inline whatever the guess missed."""
    prepared = {}
    for record in batch:
        body = normalise_body(record.body)
        prepared[content_hash(body)] = body
    with engine.connect() as connection:
        known = set(connection.execute(
            select(revision_table.c.content_hash)
            .join(readout_table, readout_table.c.id == revision_table.c.readout_id)
            .where(readout_table.c.url.in_(bindparam("urls", expanding=True))),
            {"urls": sorted({record.url for record in batch})},
        ).scalars())
    return [(digest, body) for digest, body in prepared.items() if digest not in known]


@dataclass(frozen=True, slots=True)
class PreparedText:
    """What a worker process makes of one new text: its sentences, its
    compressed revision body, and on PostgreSQL its sentences' index entries."""

    spans: list[tuple]
    body_zlib: bytes
    index_entries: list[PostgresEntry | None] | None = None


def _split_bodies(bodies: list[tuple[str, str]], index_url: str | None = None) -> dict[str, PreparedText]:
    spans = {digest: _span_rows(body) for digest, body in bodies}
    entries: dict[str, list] = {}
    if index_url and bodies:
        entries = _index_entries_apart(index_url, [(digest, body, spans[digest]) for digest, body in bodies])
    return {digest: PreparedText(spans[digest], _compress(body), entries.get(digest)) for digest, body in bodies}


def _index_entries_apart(url: str, texts: list[tuple[str, str, list[tuple]]]) -> dict[str, list]:
    """Index entries of each (hash, body, spans), made in a worker process on
    its own connection (never one inherited from the parent)."""
    sentences = [body[start:end] for _digest, body, spans in texts for _position, start, end, *_rest in spans]
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            entries = iter(postgres_index_entries(connection, sentences))
    finally:
        engine.dispose()
    return {digest: list(islice(entries, len(spans))) for digest, _body, spans in texts}


def _compress(body: str) -> bytes:
    return zlib.compress(body.encode("utf-8"), 1)


def _span_rows(body: str) -> list[tuple]:
    return [(span.position, span.start, span.end, span.speaker, span.is_evidence) for span in split_body(body)]


def _batches(records: Iterable[ReadoutRecord], size: int) -> Iterator[list[ReadoutRecord]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


def _store_batch(connection: Connection, batch: list[ReadoutRecord], now: datetime,
                 presplit: dict[str, PreparedText]) -> StoreSummary:
    summary = StoreSummary()
    # The same URL twice in one batch: the later text wins, the earlier one
    # is still kept as a revision.
    by_url: dict[str, list[ReadoutRecord]] = {}
    for record in batch:
        by_url.setdefault(record.url, []).append(record)

    _create_missing_sources(connection, {record.source for record in batch})
    existing = {
        row.url: row
        for row in connection.execute(
            select(readout_table.c.id, readout_table.c.url, readout_table.c.content_hash,
                   readout_table.c.revision_count)
            .where(readout_table.c.url.in_(bindparam("urls", expanding=True))),
            {"urls": list(by_url)},
        )
    }

    # A text already seen for its URL, current or older, is not news: this
    # keeps a re-import of a file holding two versions of one URL idempotent.
    seen_hashes: dict[int, set[str]] = {}
    if existing:
        for readout_id, digest in connection.execute(
            select(revision_table.c.readout_id, revision_table.c.content_hash)
            .where(revision_table.c.readout_id.in_(bindparam("ids", expanding=True))),
            {"ids": [row.id for row in existing.values()]},
        ):
            seen_hashes.setdefault(readout_id, set()).add(digest)

    new_rows: list[dict] = []
    new_revisions: dict[str, list[tuple[ReadoutRecord, str, str]]] = {}
    changed: list[tuple[int, int, ReadoutRecord, str, str, list[tuple[ReadoutRecord, str, str]]]] = []
    for url, versions in by_url.items():
        prepared = []
        known = set(seen_hashes.get(existing[url].id, ())) if url in existing else set()
        for record in versions:
            body = normalise_body(record.body)
            digest = content_hash(body)
            if digest not in known:
                prepared.append((record, body, digest))
                known.add(digest)
        if url not in existing:
            # The newest version becomes the current text; all versions are revisions.
            latest, body, digest = prepared[-1]
            new_rows.append(_readout_values(latest, body, digest, now, revision_count=len(prepared)))
            new_revisions[url] = prepared
            summary.new += 1
            summary.new_urls.append(url)
            if len(prepared) > 1:
                summary.revised += 1
                summary.revised_urls.append(url)
        elif prepared:
            row = existing[url]
            changed.append((row.id, row.revision_count, *prepared[-1], prepared))
            summary.revised += 1
            summary.revised_urls.append(url)
        else:
            summary.unchanged += len(versions)

    changed_id_set = {entry[0] for entry in changed}
    unchanged_ids = [row.id for row in existing.values() if row.id not in changed_id_set]
    if unchanged_ids:
        connection.execute(
            update(readout_table).where(readout_table.c.id.in_(unchanged_ids)).values(last_fetched=now)
        )

    to_split: list[tuple[int, str, str]] = []  # (readout id, current body, its hash): sentences to (re)write
    if new_rows:
        id_by_url = _insert_readouts(connection, new_rows)
        revision_rows = []
        for url, versions in new_revisions.items():
            readout_id = id_by_url[url]
            for number, (record, body, digest) in enumerate(versions, start=1):
                revision_rows.append(_revision_values(readout_id, number, record, body, digest, now, presplit))
            to_split.append((readout_id, versions[-1][1], versions[-1][2]))
        _insert_revisions(connection, revision_rows)

    if changed:
        changed_ids = [entry[0] for entry in changed]
        unindex_readouts(connection, changed_ids)
        connection.execute(delete(sentence_table).where(sentence_table.c.readout_id.in_(changed_ids)))
        revision_rows = []
        for readout_id, revision_count, record, body, digest, versions in changed:
            values = _readout_values(record, body, digest, now, revision_count=revision_count + len(versions))
            values.pop("first_seen")
            values.pop("url")
            connection.execute(update(readout_table).where(readout_table.c.id == readout_id).values(**values))
            for offset, (version, version_body, version_digest) in enumerate(versions, start=1):
                revision_rows.append(_revision_values(
                    readout_id, revision_count + offset, version, version_body, version_digest, now, presplit))
            to_split.append((readout_id, body, digest))
        _insert_revisions(connection, revision_rows)

    _insert_sentences(connection, to_split, presplit)
    return summary


def _insert_readouts(connection: Connection, rows: list[dict]) -> dict[str, int]:
    """Insert new readouts; their ids by URL."""
    if connection.dialect.name != "postgresql":
        result = connection.execute(insert(readout_table).returning(readout_table.c.id, readout_table.c.url), rows)
        return {row.url: row.id for row in result}
    # COPY with ids taken up front: an INSERT of many rows costs the client
    # more to compose (a statement of thousands of parameters) than the server.
    ids = _reserve_ids(connection, "readout", len(rows))
    columns = ["id", *rows[0]]
    insert_rows(connection, "readout", columns,
                ([readout_id, *row.values()] for readout_id, row in zip(ids, rows, strict=True)),
                postgres_types=_postgres_types(readout_table, columns))
    return {row["url"]: readout_id for readout_id, row in zip(ids, rows, strict=True)}


def _insert_revisions(connection: Connection, rows: list[dict]) -> None:
    if connection.dialect.name != "postgresql":
        connection.execute(insert(revision_table), rows)
        return
    columns = list(rows[0])
    insert_rows(connection, "readout_revision", columns, (row.values() for row in rows),
                postgres_types=_postgres_types(revision_table, columns))


def _postgres_types(table: Table, columns: Sequence[str]) -> list[str]:
    """PostgreSQL's names for the types of these columns of a model's table,
    for a binary COPY (where text and varchar read alike)."""
    names = []
    for name in columns:
        column_type = table.c[name.strip('"')].type
        column_type = getattr(column_type, "impl_instance", column_type)  # SQLModel's AutoString is a String
        if isinstance(column_type, BigInteger):
            names.append("int8")
        elif isinstance(column_type, DateTime) and column_type.timezone:
            names.append("timestamptz")
        else:
            names.append(_POSTGRES_COPY_TYPES[column_type.python_type])
    return names


_POSTGRES_COPY_TYPES = {int: "int4", str: "text", datetime: "timestamp", bool: "bool", bytes: "bytea"}


def _create_missing_sources(connection: Connection, names: set[str]) -> None:
    known = set(connection.scalars(select(source_table.c.name).where(
        source_table.c.name.in_(bindparam("names", expanding=True))), {"names": list(names)}))
    for name in sorted(names - known):
        connection.execute(insert(source_table).values(name=name, title=name, side="unknown", home_url=""))


def _readout_values(record: ReadoutRecord, body: str, digest: str, now: datetime, *, revision_count: int) -> dict:
    return {
        "url": record.url,
        "source_name": record.source,
        "title": record.title.strip(),
        "published": utc_naive(record.published),
        "published_text": record.published_text or record.published.isoformat(),
        "modified": utc_naive(record.modified) if record.modified else None,
        "section": record.section,
        "kind": record.kind or classify_kind(record.title, record.url, record.section, body),
        "language": record.language or detect_language(body),
        "body": body,
        "content_hash": digest,
        "revision_count": revision_count,
        "first_seen": now,
        "last_fetched": now,
    }


def _revision_values(readout_id: int, number: int, record: ReadoutRecord, body: str, digest: str,
                     now: datetime, presplit: dict[str, PreparedText]) -> dict:
    return {
        "readout_id": readout_id,
        "number": number,
        "content_hash": digest,
        "title": record.title.strip(),
        "modified": utc_naive(record.modified) if record.modified else None,
        "body_zlib": presplit[digest].body_zlib if digest in presplit else _compress(body),
        "seen_at": now,
    }


def _insert_sentences(connection: Connection, readouts: list[tuple[int, str, str]],
                      presplit: dict[str, PreparedText]) -> None:
    """Write the sentences of each (readout id, body, hash) and index them.

    Sentence ids are allocated up front so the index can be fed the text we
    already hold: slicing it back out of readout.body in SQL costs a scan of
    the body per sentence (character offsets), quadratic on long transcripts.
    """
    split = [(readout_id, body, presplit[digest] if digest in presplit else PreparedText(_span_rows(body), b""))
             for readout_id, body, digest in readouts]
    count = sum(len(prepared.spans) for _readout_id, _body, prepared in split)
    if not count:
        return
    ids = iter(_new_sentence_ids(connection, count))
    if connection.dialect.name == "postgresql":
        _insert_postgres_sentences(connection, split, ids)
        return
    rows = []
    entries = []
    for readout_id, body, prepared in split:
        for position, start, end, speaker, is_evidence in prepared.spans:
            sentence_id = next(ids)
            rows.append((sentence_id, readout_id, position, start, end, speaker, is_evidence))
            entries.append((sentence_id, readout_id, body[start:end]))
    insert_rows(connection, "sentence", _SENTENCE_COLUMNS, rows)
    index_sentences(connection, entries)


_SENTENCE_COLUMNS = ("id", "readout_id", "position", "start", '"end"', "speaker", "is_evidence")


def _insert_postgres_sentences(connection: Connection, split: list[tuple[int, str, PreparedText]],
                               ids: Iterator[int]) -> None:
    """The sentences and index entries of each (readout id, body, prepared
    text): the entries the worker made, and here the others. A sentence's text
    is cut out of its body only when an entry is still to be made from it."""
    rows = []
    index_rows: list[tuple[int, str | None, PostgresEntry | None]] = []
    to_make: list[int] = []  # places in index_rows of the entries made here
    for readout_id, body, prepared in split:
        entries = prepared.index_entries
        for number, (position, start, end, speaker, is_evidence) in enumerate(prepared.spans):
            sentence_id = next(ids)
            rows.append((sentence_id, readout_id, position, start, end, speaker, is_evidence))
            entry = None if entries is None else entries[number]
            if entries is None:
                to_make.append(len(index_rows))
            index_rows.append((sentence_id, body[start:end] if entry is None else None, entry))
    insert_rows(connection, "sentence", _SENTENCE_COLUMNS, rows,
                postgres_types=_postgres_types(sentence_table, _SENTENCE_COLUMNS))
    if to_make:
        made = postgres_index_entries(connection, [index_rows[place][1] for place in to_make])
        for place, entry in zip(to_make, made, strict=True):
            sentence_id, sentence_text, _none = index_rows[place]
            index_rows[place] = (sentence_id, sentence_text, entry)
    index_prepared_sentences(connection, index_rows)


def _new_sentence_ids(connection: Connection, count: int) -> Sequence[int]:
    if connection.dialect.name == "postgresql":
        return _reserve_ids(connection, "sentence", count)
    # SQLite: writers hold the database's write lock from BEGIN IMMEDIATE
    # (see write_transaction), so nobody else can take these ids meanwhile.
    first = connection.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM sentence").scalar()
    return list(range(first, first + count))


def _reserve_ids(connection: Connection, table: str, count: int) -> range:
    """PostgreSQL: `count` new ids of table's serial id column, for rows inserted with their id."""
    # One block taken at once: a nextval() per row cost seconds per import, on
    # both ends. Writers take turns (the advisory lock of write_transaction),
    # so no other nextval() runs between the two.
    last = connection.exec_driver_sql(
        "SELECT setval(pg_get_serial_sequence(%(table)s, 'id'), "
        "nextval(pg_get_serial_sequence(%(table)s, 'id')) + %(count)s - 1)", {"table": table, "count": count}
    ).scalar_one()
    return range(last - count + 1, last + 1)


def revision_body(body_zlib: bytes) -> str:
    return zlib.decompress(body_zlib).decode("utf-8")
