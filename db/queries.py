"""Read-side questions about the record: what it holds, one readout, its history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from db.database import describe_location, sqlite_file
from db.models import Readout, ReadoutRevision, Sentence, Source
from db.store import revision_body


@dataclass(frozen=True)
class SourceStats:
    name: str
    title: str
    side: str
    readouts: int
    first_published: datetime | None
    last_published: datetime | None


@dataclass(frozen=True)
class CorpusStats:
    location: str
    size_bytes: int | None
    readouts: int
    revisions: int
    sentences: int
    first_published: datetime | None
    last_published: datetime | None
    sources: list[SourceStats]


def corpus_stats(engine: Engine) -> CorpusStats:
    with Session(engine) as session:
        per_source = session.exec(
            select(Source.name, Source.title, Source.side, func.count(Readout.id),
                   func.min(Readout.published), func.max(Readout.published))
            .select_from(Source)
            .join(Readout, Readout.source_name == Source.name, isouter=True)
            .group_by(Source.name, Source.title, Source.side)
            .order_by(Source.name)
        ).all()
        revisions = session.exec(select(func.count()).select_from(ReadoutRevision)).one()[0]
        sentences = session.exec(select(func.count()).select_from(Sentence)).one()[0]
    sources = [SourceStats(*row) for row in per_source]
    dated = [s for s in sources if s.readouts]
    return CorpusStats(
        location=describe_location(str(engine.url.render_as_string(hide_password=False))),
        size_bytes=_database_size(engine),
        readouts=sum(s.readouts for s in sources),
        revisions=revisions,
        sentences=sentences,
        first_published=min((s.first_published for s in dated), default=None),
        last_published=max((s.last_published for s in dated), default=None),
        sources=sources,
    )


def _database_size(engine: Engine) -> int | None:
    path = sqlite_file(str(engine.url))
    if path is not None:
        return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            return connection.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()
    return None


def find_readout(engine: Engine, url: str) -> Readout | None:
    with Session(engine) as session:
        readout = session.exec(select(Readout).where(Readout.url == url)).scalars().first()
        if readout is not None:
            session.expunge(readout)
        return readout


@dataclass(frozen=True)
class RevisionText:
    number: int
    seen_at: datetime
    modified: datetime | None
    title: str
    body: str


def readout_revisions(engine: Engine, readout_id: int) -> list[RevisionText]:
    with Session(engine) as session:
        rows = session.exec(
            select(ReadoutRevision).where(ReadoutRevision.readout_id == readout_id)
            .order_by(ReadoutRevision.number)
        ).scalars().all()
        return [RevisionText(r.number, r.seen_at, r.modified, r.title, revision_body(r.body_zlib)) for r in rows]
