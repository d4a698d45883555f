"""Tables of the official record and of the checks run against it.

Times are stored as naive UTC datetimes (SQLite keeps no offset); the original
ISO string of a publication time is kept beside it so a report can show the
date the publisher printed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, LargeBinary, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel


class Source(SQLModel, table=True):
    """An official publisher: the White House, China's foreign ministry, ..."""

    __tablename__ = "source"

    name: str = Field(primary_key=True, max_length=64)
    title: str = Field(default="")
    # Which government speaks through this source: "us-government",
    # "china-government" or "unknown". Attribution checks compare against it.
    side: str = Field(default="unknown", max_length=32)
    home_url: str = Field(default="")
    last_refresh_at: datetime | None = Field(default=None, sa_type=DateTime)
    last_error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class Readout(SQLModel, table=True):
    """One official publication, holding the newest text seen for its URL."""

    __tablename__ = "readout"
    __table_args__ = (Index("ix_readout_source_published", "source_name", "published"),)

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(unique=True, max_length=2048)
    source_name: str = Field(foreign_key="source.name", max_length=64)
    title: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    published: datetime = Field(sa_type=DateTime, index=True)
    published_text: str = Field(default="", max_length=64)
    modified: datetime | None = Field(default=None, sa_type=DateTime)
    section: str | None = Field(default=None, max_length=128)
    kind: str = Field(default="other", max_length=32)
    language: str = Field(default="en", max_length=16)
    body: str = Field(sa_column=Column(Text, nullable=False))
    content_hash: str = Field(max_length=64)
    revision_count: int = Field(default=1)
    first_seen: datetime = Field(sa_type=DateTime)
    last_fetched: datetime = Field(sa_type=DateTime)


class ReadoutRevision(SQLModel, table=True):
    """Every distinct text ever seen for a URL; the body is zlib-compressed
    because old revisions are kept for the record, not searched."""

    __tablename__ = "readout_revision"
    __table_args__ = (UniqueConstraint("readout_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    readout_id: int = Field(foreign_key="readout.id", index=True, ondelete="CASCADE")
    number: int
    content_hash: str = Field(max_length=64)
    title: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    modified: datetime | None = Field(default=None, sa_type=DateTime)
    body_zlib: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    seen_at: datetime = Field(sa_type=DateTime)


class Sentence(SQLModel, table=True):
    """A sentence of a readout's current text, by character offsets into its
    body (the text itself is not stored twice). Its id is the full-text
    index's row id."""

    __tablename__ = "sentence"
    __table_args__ = (
        UniqueConstraint("readout_id", "position"),
        # The few sentences that are no evidence: the evidence count is all less these (db.index.evidence_state).
        # SQLite only: PostgreSQL counts with its own query and would pay for the index on every import.
        Index("ix_sentence_not_evidence", "id", sqlite_where=text("NOT is_evidence")).ddl_if(dialect="sqlite"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # A foreign key on SQLite only: migration 0005 drops it on PostgreSQL (its row-by-row check tripled
    # the import's sentence copy); keep it here so SQLite's tables, made from this model, still check it.
    readout_id: int = Field(foreign_key="readout.id", ondelete="CASCADE")
    position: int
    start: int
    end: int
    # Who speaks, in transcripts ("MS. LEAVITT", "Q", "SENIOR ADMINISTRATION OFFICIAL").
    speaker: str | None = Field(default=None, max_length=128)
    # False for a reporter's question and other text that may never be evidence.
    is_evidence: bool = True


class HttpCacheEntry(SQLModel, table=True):
    """Validators of the last response per URL, for conditional GET."""

    __tablename__ = "http_cache"

    url: str = Field(primary_key=True, max_length=2048)
    etag: str | None = Field(default=None, max_length=512)
    last_modified: str | None = Field(default=None, max_length=128)
    status: int | None = None
    fetched_at: datetime = Field(sa_type=DateTime)


class RefreshRun(SQLModel, table=True):
    """One refresh of one source, kept so `sources list` can say how it went."""

    __tablename__ = "refresh_run"

    id: int | None = Field(default=None, primary_key=True)
    source_name: str = Field(foreign_key="source.name", index=True, max_length=64)
    started_at: datetime = Field(sa_type=DateTime)
    finished_at: datetime | None = Field(default=None, sa_type=DateTime)
    status: str = Field(default="running", max_length=16)
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    failed: int = 0
    requests: int = 0
    bytes: int = 0
    error: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class Article(SQLModel, table=True):
    """An article as it was checked; one row per distinct text."""

    __tablename__ = "article"

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True, max_length=64)
    title: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    url: str | None = Field(default=None, max_length=2048)
    published: datetime | None = Field(default=None, sa_type=DateTime)
    text: str = Field(sa_column=Column(Text, nullable=False))


class Check(SQLModel, table=True):
    """One run of the engine over an article, with everything needed to
    reproduce or re-render it: tool version, parameters, corpus state and
    the full JSON report."""

    __tablename__ = "check_run"

    id: int | None = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True)
    created_at: datetime = Field(sa_type=DateTime)
    tool_version: str = Field(max_length=32)
    parameters: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    corpus: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    report: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class ClaimVerdict(SQLModel, table=True):
    """A claim of a checked article and the verdict it got."""

    __tablename__ = "claim_verdict"
    __table_args__ = (UniqueConstraint("check_id", "claim_index"),)

    id: int | None = Field(default=None, primary_key=True)
    check_id: int = Field(foreign_key="check_run.id", index=True, ondelete="CASCADE")
    claim_index: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    start: int
    end: int
    verdict: str = Field(max_length=16)
    confidence: float
    reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    attribution: str = Field(max_length=32)
    quotes: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class EvidenceLink(SQLModel, table=True):
    """An official sentence (or window of sentences) offered as evidence for a claim."""

    __tablename__ = "evidence_link"
    __table_args__ = (UniqueConstraint("claim_id", "rank"),)

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim_verdict.id", index=True, ondelete="CASCADE")
    rank: int
    readout_id: int | None = Field(default=None, foreign_key="readout.id", ondelete="SET NULL")
    url: str = Field(max_length=2048)
    sentence: str = Field(sa_column=Column(Text, nullable=False))
    start: int
    end: int
    score: float
