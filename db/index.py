"""The sentence-level full-text index, behind one interface for every database.

SQLite uses a contentless FTS5 table keyed by sentence.id (the text lives
once, in readout.body). Callers never see which machinery answers: they add
and remove a readout's sentences inside the writer's transaction, and ask
`search_sentences` for candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

_TERM = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class SentenceHit:
    """A sentence the index offers as a candidate, with its publication."""

    sentence_id: int
    readout_id: int
    position: int
    start: int
    end: int
    text: str
    speaker: str | None
    is_evidence: bool
    rank: float
    url: str
    title: str
    source: str
    side: str
    kind: str
    published: datetime
    published_text: str


def index_readouts(connection: Connection, readout_ids: Sequence[int]) -> None:
    """Add the sentences of these readouts (already in `sentence`) to the index."""
    if not readout_ids:
        return
    if connection.dialect.name == "sqlite":
        connection.execute(
            text(
                "INSERT INTO sentence_fts(rowid, text) "
                "SELECT s.id, substr(r.body, s.start + 1, s.\"end\" - s.start) "
                "FROM sentence s JOIN readout r ON r.id = s.readout_id "
                "WHERE s.readout_id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": list(readout_ids)},
        )
    else:
        _postgres_not_ready()


def unindex_readouts(connection: Connection, readout_ids: Sequence[int]) -> None:
    """Remove the sentences of these readouts from the index; call while their
    `sentence` rows and current body are still in place."""
    if not readout_ids:
        return
    if connection.dialect.name == "sqlite":
        # A contentless FTS5 table forgets a row only when told its old text.
        connection.execute(
            text(
                "INSERT INTO sentence_fts(sentence_fts, rowid, text) "
                "SELECT 'delete', s.id, substr(r.body, s.start + 1, s.\"end\" - s.start) "
                "FROM sentence s JOIN readout r ON r.id = s.readout_id "
                "WHERE s.readout_id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": list(readout_ids)},
        )
    else:
        _postgres_not_ready()


def query_terms(words: Iterable[str]) -> list[str]:
    """Normalised, de-duplicated search terms in their first order."""
    seen: dict[str, None] = {}
    for word in words:
        for term in _TERM.findall(word.lower()):
            seen.setdefault(term, None)
    return list(seen)


def search_sentences(
    connection: Connection,
    terms: Sequence[str],
    *,
    limit: int = 50,
    sources: Sequence[str] | None = None,
    published_before: datetime | None = None,
    published_after: datetime | None = None,
    evidence_only: bool = True,
) -> list[SentenceHit]:
    """Sentences matching any of the terms, best (BM25) first.

    Terms are plain words; an empty list finds nothing. Filters apply to the
    publication: its source, and its time (UTC, inclusive bounds).
    """
    cleaned = query_terms(terms)
    if not cleaned:
        return []
    if connection.dialect.name != "sqlite":
        _postgres_not_ready()
    match = " OR ".join(f'"{term}"' for term in cleaned)
    filters = []
    params: dict[str, object] = {"match": match, "limit": limit}
    if sources:
        filters.append("r.source_name IN :sources")
        params["sources"] = list(sources)
    if published_before is not None:
        filters.append("r.published <= :before")
        params["before"] = published_before
    if published_after is not None:
        filters.append("r.published >= :after")
        params["after"] = published_after
    if evidence_only:
        filters.append("s.is_evidence")
    where = "".join(f" AND {condition}" for condition in filters)
    # Rank inside the index first, then join: joining 1 M rows before the
    # LIMIT would cost more than the search itself. Filters are applied after
    # ranking, so ask for more rows when filtering.
    inner_limit = limit if not filters or filters == ["s.is_evidence"] else limit * 20
    params["inner_limit"] = max(inner_limit, limit)
    statement = text(
        "SELECT s.id, s.readout_id, s.position, s.start, s.\"end\", "
        "substr(r.body, s.start + 1, s.\"end\" - s.start), s.speaker, s.is_evidence, hit.rank, "
        "r.url, r.title, r.source_name, src.side, r.kind, r.published, r.published_text "
        "FROM (SELECT rowid AS id, bm25(sentence_fts) AS rank FROM sentence_fts "
        "      WHERE sentence_fts MATCH :match ORDER BY rank LIMIT :inner_limit) AS hit "
        "JOIN sentence s ON s.id = hit.id "
        "JOIN readout r ON r.id = s.readout_id "
        "JOIN source src ON src.name = r.source_name "
        f"WHERE 1 = 1{where} ORDER BY hit.rank, s.id LIMIT :limit"
    )
    if sources:
        statement = statement.bindparams(bindparam("sources", expanding=True))
    rows = connection.execute(statement, params).all()
    return [_hit(row) for row in rows]


def sentences_of(connection: Connection, readout_id: int, first: int, last: int) -> list[SentenceHit]:
    """Sentences at positions first..last of one readout, for evidence windows."""
    rows = connection.execute(
        text(
            "SELECT s.id, s.readout_id, s.position, s.start, s.\"end\", "
            "substr(r.body, s.start + 1, s.\"end\" - s.start), s.speaker, s.is_evidence, 0.0, "
            "r.url, r.title, r.source_name, src.side, r.kind, r.published, r.published_text "
            "FROM sentence s JOIN readout r ON r.id = s.readout_id "
            "JOIN source src ON src.name = r.source_name "
            "WHERE s.readout_id = :readout AND s.position BETWEEN :first AND :last ORDER BY s.position"
        ),
        {"readout": readout_id, "first": first, "last": last},
    ).all()
    return [_hit(row) for row in rows]


def _hit(row) -> SentenceHit:
    published = row[14]
    if isinstance(published, str):
        published = datetime.fromisoformat(published)
    return SentenceHit(
        sentence_id=row[0], readout_id=row[1], position=row[2], start=row[3], end=row[4], text=row[5],
        speaker=row[6], is_evidence=bool(row[7]), rank=float(row[8]), url=row[9], title=row[10],
        source=row[11], side=row[12], kind=row[13], published=published, published_text=row[15],
    )


def _postgres_not_ready() -> None:
    raise NotImplementedError("the PostgreSQL full-text index is not implemented yet")
