"""The sentence-level full-text index, behind one interface for every database.

SQLite uses a contentless FTS5 table keyed by sentence.id (the text lives
once, in readout.body). PostgreSQL uses a `sentence_fts` table of tsvectors
under a GIN index (created by migration 0001), tokenised and ranked to give
the same candidates in the same order: the same tokens as FTS5's `porter
unicode61 remove_diacritics 2`, and FTS5's own BM25 formula computed in SQL
from the token counts the table keeps. Callers never see which machinery
answers: they add and remove a readout's sentences inside the writer's
transaction, and ask `search_sentences` for candidates.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

_TERM = re.compile(r"[^\W_]+", re.UNICODE)

# How many of the best matches a search ranks before its filters apply, per
# result asked for: deep enough that a date window or a source filter still
# finds its best sentences among them.
SEARCH_DEPTH_FACTOR = 20
# How often a PostgreSQL search is repeated when a write commits while it runs.
SEARCH_ATTEMPTS = 5

# FTS5's bm25() defaults (sqlite/ext/fts5/fts5_aux.c), reproduced for PostgreSQL.
BM25_K1 = 1.2
BM25_B = 0.75
# FTS5 floors a term's idf here so that a term in most rows still counts a little.
BM25_MIN_IDF = 1e-6
# On PostgreSQL, a word in more than this share of sentences is scored only
# where it can change the best sentences (see _postgres_best_sentences).
COMMON_LEXEME_SHARE = 0.01

# unicode61 makes a token of every run of letters and digits, with
# diacritics removed; PostgreSQL's parser would also make tokens of hyphenated
# words, URLs and decimals. So the text PostgreSQL parses is prepared here:
# the tokens alone, one space apart. Doing this in Python, not with SQL
# regular expressions, halves the server's work on import. unicode61 also
# keeps emoji skin-tone modifiers as tokens (its Unicode tables predate them);
# they count towards a sentence's length.
_FTS5_TOKEN = re.compile(r"(?:[^\W_]|[\U0001F3FB-\U0001F3FF])+")
# FTS5's stemmer leaves words under three letters alone; PostgreSQL's changes
# only two-letter words ending in s or y ("us" to "u", "is" to "i"). With an
# e appended its stemmer gives the word back ("use" to "us", as FTS5 also
# stems it), or for a consonant and s a lexeme of its own ("ms" to "mse").
_SHORT_WORD = re.compile(r"\b([^\W\d_][sSyY])\b")
# Two endings where FTS5's Porter stemmer (Porter's own C version) departs
# from the published algorithm PostgreSQL's follows: "-bli" becomes "-ble"
# ("responsibly" and "responsible" share a stem) and "-logi" becomes "-log"
# ("technology", "technologies" and "technological" do). Rewritten first,
# PostgreSQL's stemmer then ends where FTS5's does.
_PORTER_DEPARTURES = re.compile(r"\B(bly|logy|logies)\b", re.IGNORECASE)
_PORTER_DEPARTURE_ENDINGS = {"bly": "ble", "logy": "log", "logies": "log"}


def postgres_words(text_: str) -> tuple[str, int]:
    """The text PostgreSQL's `verifier_text` configuration tokenises as FTS5
    would, and its token count (FTS5's document length for BM25)."""
    tokens = _FTS5_TOKEN.findall(text_)
    joined = " ".join(tokens)
    if not joined.isascii():
        joined = "".join(c for c in unicodedata.normalize("NFKD", joined) if not unicodedata.combining(c))
    joined = _PORTER_DEPARTURES.sub(lambda match: _PORTER_DEPARTURE_ENDINGS[match.group(1).lower()], joined)
    return _SHORT_WORD.sub(r"\g<1>e", joined), len(tokens)


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


def index_sentences(connection: Connection, rows: Sequence[tuple[int, int, str]]) -> None:
    """Add sentences to the index: (sentence id, readout id, text), rows already in `sentence`."""
    if not rows:
        return
    _forget_rankings(connection)
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(
            "INSERT INTO sentence_fts(rowid, text) VALUES (?, ?)", [(row[0], row[2]) for row in rows]
        )
    else:
        _insert_postgres_entries(connection, [(row[0], row[2]) for row in rows])


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
        _index_on_postgres(connection, readout_ids)


def unindex_readouts(connection: Connection, readout_ids: Sequence[int]) -> None:
    """Remove the sentences of these readouts from the index; call while their
    `sentence` rows and current body are still in place."""
    if not readout_ids:
        return
    _forget_rankings(connection)
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
        connection.execute(
            text(
                "DELETE FROM sentence_fts WHERE sentence_id IN "
                "(SELECT id FROM sentence WHERE readout_id IN :ids)"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": list(readout_ids)},
        )


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
    options = {"limit": limit, "sources": sources, "published_before": published_before,
               "published_after": published_after, "evidence_only": evidence_only}
    if connection.dialect.name == "sqlite":
        # The connection's read transaction is one snapshot for all the statements.
        return _search_once(connection, terms, **options)
    # PostgreSQL reads each statement at its own snapshot (READ COMMITTED): a
    # search is several statements, so a write committing between them could
    # drop a revised readout's sentences from the answer. Search again when
    # the index moved meanwhile.
    for _attempt in range(SEARCH_ATTEMPTS):
        generation = _postgres_generation(connection)
        hits = _search_once(connection, terms, **options)
        if _postgres_generation(connection) == generation:
            break
    return hits


def _postgres_generation(connection: Connection) -> int:
    return connection.exec_driver_sql("SELECT generation FROM sentence_fts_totals").scalar_one()


def _search_once(
    connection: Connection,
    terms: Sequence[str],
    *,
    limit: int = 50,
    sources: Sequence[str] | None = None,
    published_before: datetime | None = None,
    published_after: datetime | None = None,
    evidence_only: bool = True,
) -> list[SentenceHit]:
    cleaned = query_terms(terms)
    if not cleaned:
        return []
    params: dict[str, object] = {"limit": limit}
    filters = []
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
    # Rank inside the index first, then filter: joining 1 M rows before the
    # LIMIT would cost more than the search itself. Filters are applied to the
    # best `depth` matches, the same depth on every database so that both
    # offer the same candidates.
    depth = limit * SEARCH_DEPTH_FACTOR
    params["inner_limit"] = depth
    if connection.dialect.name == "sqlite":
        # Ranking every matching row by BM25 is most of a search's cost, and a
        # check asks the same terms twice (inside the event window, then
        # anywhere): the ranking is computed once, at the deeper of the two
        # depths, and kept until the database changes.
        best = _sqlite_best_sentences(connection, " OR ".join(f'"{term}"' for term in cleaned), depth)
        if not best:
            return []
        # Plain driver SQL: this runs a few hundred times per check, and
        # compiling an expanding IN list each time costs more than the query.
        conditions = []
        values: list[object] = []
        if sources:
            conditions.append(f"r.source_name IN ({', '.join('?' * len(sources))})")
            values.extend(sources)
        if published_before is not None:
            conditions.append("r.published <= ?")
            values.append(_sqlite_time(published_before))
        if published_after is not None:
            conditions.append("r.published >= ?")
            values.append(_sqlite_time(published_after))
        if evidence_only:
            conditions.append("s.is_evidence")
        extra = "".join(f" AND {condition}" for condition in conditions)
        # Filter best-first in slices, stopping once `limit` have passed: an
        # unwindowed search is done after its first slice.
        ranks = {}
        for first in range(0, len(best), limit * 2):
            chunk = best[first:first + limit * 2]
            ids = [sentence_id for sentence_id, _rank in chunk]
            passing = set(connection.exec_driver_sql(
                "SELECT s.id FROM sentence s JOIN readout r ON r.id = s.readout_id "
                f"WHERE s.id IN ({', '.join('?' * len(ids))}){extra}", (*ids, *values)).scalars())
            for sentence_id, rank in chunk:
                if sentence_id in passing and len(ranks) < limit:
                    ranks[sentence_id] = rank
            if len(ranks) >= limit:
                break
    else:
        best = _postgres_best_sentences(connection, cleaned, params["inner_limit"])
        if not best:
            return []
        ranked = "SELECT * FROM unnest(CAST(:hit_ids AS integer[]), CAST(:hit_ranks AS float8[])) AS hit(id, rank)"
        params["hit_ids"] = [sentence_id for sentence_id, _rank in best]
        params["hit_ranks"] = [rank for _sentence_id, rank in best]
        # Filter and cut to `limit` on ids alone; the text (a slice of a long
        # body, costly to compute) is read afterwards for the survivors only.
        statement = text(
            "SELECT s.id, hit.rank "
            f"FROM ({ranked}) AS hit "
            "JOIN sentence s ON s.id = hit.id "
            "JOIN readout r ON r.id = s.readout_id "
            f"WHERE 1 = 1{where} ORDER BY hit.rank, s.id LIMIT :limit"
        )
        if sources:
            statement = statement.bindparams(bindparam("sources", expanding=True))
        ranks = dict(connection.execute(statement, params).all())
    if not ranks:
        return []
    placeholder = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    rows = connection.exec_driver_sql(
        "SELECT s.id, s.readout_id, s.position, s.start, s.\"end\", "
        "substr(r.body, s.start + 1, s.\"end\" - s.start), s.speaker, s.is_evidence, 0.0, "
        "r.url, r.title, r.source_name, src.side, r.kind, r.published, r.published_text "
        "FROM sentence s JOIN readout r ON r.id = s.readout_id "
        f"JOIN source src ON src.name = r.source_name WHERE s.id IN ({', '.join([placeholder] * len(ranks))})",
        tuple(ranks),
    ).all()
    hits = [replace(_hit(row), rank=float(ranks[row[0]])) for row in rows]
    hits.sort(key=lambda hit: (hit.rank, hit.sentence_id))
    return hits


_RANKING_CACHE_SIZE = 256
# PostgreSQL rankings by (database, index generation, query); SQLite keeps its
# own on each connection.
_ranking_cache: dict[tuple, list[tuple[int, float]]] = {}


def _forget_rankings(connection: Connection) -> None:
    """A writer's own changes do not move its `PRAGMA data_version`: drop its memo."""
    connection.connection.info.pop("verifier_rankings", None)


def _sqlite_best_sentences(connection: Connection, match: str, depth: int) -> list[tuple[int, float]]:
    """(sentence id, BM25 rank) of the best `depth` matches, memoised on the
    DBAPI connection for as long as `PRAGMA data_version` (which moves
    whenever another connection commits) stays the same."""
    version = connection.exec_driver_sql("PRAGMA data_version").scalar()
    rankings = connection.connection.info.setdefault("verifier_rankings", {})
    if rankings.get("version") != version or len(rankings) > _RANKING_CACHE_SIZE:
        rankings.clear()
        rankings["version"] = version
    cached = rankings.get((match, depth))
    if cached is None:
        cached = [tuple(row) for row in connection.exec_driver_sql(
            "SELECT rowid, bm25(sentence_fts) AS rank FROM sentence_fts "
            "WHERE sentence_fts MATCH ? ORDER BY rank, rowid LIMIT ?", (match, depth)).all()]
        rankings[(match, depth)] = cached
    return cached


def count_matching_sentences(connection: Connection, phrase: str, *, cap: int | None = None) -> int:
    """In how many indexed sentences the phrase's words occur, together and in
    this order; counting stops at `cap` (cheap for common words)."""
    words = _TERM.findall(phrase.lower())
    if not words:
        return 0
    if connection.dialect.name == "sqlite":
        statement = ("SELECT count(*) FROM (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH :match "
                     "LIMIT :cap) AS hits")
        params: dict[str, object] = {"match": '"' + " ".join(words) + '"', "cap": -1 if cap is None else cap}
    else:
        # No stop words are dropped, so the phrase's positions are the ones FTS5 sees.
        statement = ("SELECT count(*) FROM (SELECT 1 FROM sentence_fts "
                     "WHERE terms @@ phraseto_tsquery('verifier_text', :words) LIMIT :cap) AS hits")
        params = {"words": postgres_words(" ".join(words))[0], "cap": cap}
    return int(connection.execute(text(statement), params).scalar_one())


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


def _sqlite_time(moment: datetime) -> str:
    """A time as SQLAlchemy stores DateTime in SQLite, so strings compare as times."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _hit(row) -> SentenceHit:
    published = row[14]
    if isinstance(published, str):
        published = datetime.fromisoformat(published)
    return SentenceHit(
        sentence_id=row[0], readout_id=row[1], position=row[2], start=row[3], end=row[4], text=row[5],
        speaker=row[6], is_evidence=bool(row[7]), rank=float(row[8]), url=row[9], title=row[10],
        source=row[11], side=row[12], kind=row[13], published=published, published_text=row[15],
    )


def _index_on_postgres(connection: Connection, readout_ids: Sequence[int]) -> None:
    # Sentences are cut out here rather than with substr() in SQL: on UTF-8
    # text, substr() walks from the start of the body each time, which makes
    # indexing a long transcript quadratic.
    bodies = dict(connection.execute(
        text("SELECT id, body FROM readout WHERE id IN :ids").bindparams(bindparam("ids", expanding=True)),
        {"ids": list(readout_ids)},
    ).all())
    spans = connection.execute(
        text('SELECT id, readout_id, start, "end" FROM sentence WHERE readout_id IN :ids')
        .bindparams(bindparam("ids", expanding=True)),
        {"ids": list(readout_ids)},
    ).all()
    _insert_postgres_entries(connection, [(sentence_id, bodies[readout_id][start:end])
                                          for sentence_id, readout_id, start, end in spans])


def _insert_postgres_entries(connection: Connection, sentences: Sequence[tuple[int, str]]) -> None:
    """Index (sentence id, text) pairs in one statement."""
    if not sentences:
        return
    ids, counts, words = [], [], []
    for sentence_id, sentence_text in sentences:
        prepared, count = postgres_words(sentence_text)
        ids.append(sentence_id)
        counts.append(count)
        words.append(prepared)
    connection.execute(
        text(
            "INSERT INTO sentence_fts (sentence_id, tokens, terms) "
            "SELECT t.id, t.tokens, to_tsvector('verifier_text', t.words) "
            "FROM unnest(CAST(:ids AS integer[]), CAST(:counts AS integer[]), CAST(:words AS text[])) "
            "AS t(id, tokens, words)"
        ),
        {"ids": ids, "counts": counts, "words": words},
    )


def _sentences_holding(connection: Connection, lexemes: list[str], generation: int) -> dict[str, int]:
    """How many indexed sentences hold each lexeme. A check asks for the same
    words again and again, and a count over the GIN index costs as much as the
    search for a common word, so counts are kept with the connection until
    the index changes (its generation moves on every write)."""
    cached_generation, cache = connection.info.get("verifier_lexeme_hits", (None, {}))
    if cached_generation != generation:
        cache = {}
        connection.info["verifier_lexeme_hits"] = (generation, cache)
    missing = [lexeme for lexeme in lexemes if lexeme not in cache]
    if missing:
        cache.update(connection.execute(
            text(
                "SELECT l.lexeme, (SELECT count(*) FROM sentence_fts f WHERE f.terms @@ quote_literal(l.lexeme)::tsquery) "
                "FROM unnest(CAST(:lexemes AS text[])) AS l(lexeme)"
            ),
            {"lexemes": missing},
        ).all())
    return {lexeme: cache[lexeme] for lexeme in lexemes}


def _postgres_best_sentences(connection: Connection, terms: list[str], limit: int) -> list[tuple[int, float]]:
    """(sentence id, rank) of the `limit` best sentences for the terms on
    PostgreSQL, ranked by FTS5's BM25 (each query term its own phrase, each
    sentence a document), best first; ties by sentence id as on SQLite."""
    # Per distinct lexeme of the query: how many query terms stem to it (FTS5
    # scores each term as its own phrase, so "ships" and "shipping" count
    # their shared stem twice), and how many sentences hold it.
    stems = connection.execute(
        text(
            "SELECT u.lexeme, array_length(u.positions, 1), t.row_count, t.token_count, t.generation "
            "FROM unnest(to_tsvector('verifier_text', :words)) u CROSS JOIN sentence_fts_totals t"
        ),
        {"words": postgres_words(" ".join(terms))[0]},
    ).all()
    if not stems or not stems[0].row_count:
        return []
    row_count, token_count, generation = stems[0][2:]
    # The same terms are searched twice per claim (inside the event window,
    # then anywhere): keep the ranking until the index's generation moves.
    key = (connection.engine.url.render_as_string(hide_password=True), generation, tuple(stem[0] for stem in stems),
           tuple(stem[1] for stem in stems), limit)
    cached = _ranking_cache.get(key)
    if cached is not None:
        return cached
    ranking = _postgres_rank(connection, stems, row_count, token_count, generation, limit)
    # Under READ COMMITTED the ranking may have seen a write that committed
    # after the generation was read: keep it only if nothing moved meanwhile.
    if connection.exec_driver_sql("SELECT generation FROM sentence_fts_totals").scalar() == generation:
        if len(_ranking_cache) >= _RANKING_CACHE_SIZE:
            _ranking_cache.clear()
        _ranking_cache[key] = ranking
    return ranking


def _postgres_rank(connection: Connection, stems, row_count: int, token_count: int, generation: int,
                   limit: int) -> list[tuple[int, float]]:
    hits = _sentences_holding(connection, [row[0] for row in stems], generation)
    params: dict[str, object] = {"k1": BM25_K1, "b": BM25_B, "average_tokens": token_count / row_count,
                                 "limit": limit}
    length_norm = "(:k1 * (1 - :b + :b * f.tokens / CAST(:average_tokens AS float8)))"
    contributions = []
    common, rare = [], []
    for number, (lexeme, uses, *_totals) in enumerate(stems):
        idf = uses * max(math.log((row_count - hits[lexeme] + 0.5) / (hits[lexeme] + 0.5)), BM25_MIN_IDF)
        params[f"lexeme_{number}"] = _tsquery_literal(lexeme)
        params[f"idf_{number}"] = idf
        # The term's frequency in the sentence, read without unpacking the
        # tsvector: for a one-lexeme query ts_rank_cd is 0.1 per occurrence
        # (default weights, no normalisation), and it is cheap C.
        frequency = f"round(ts_rank_cd(f.terms, CAST(:lexeme_{number} AS tsquery)) * 10)"
        contributions.append(f"CAST(:idf_{number} AS float8) * {frequency} * (:k1 + 1) / ({frequency} + {length_norm})")
        # A term adds at most idf * (k1 + 1) to a sentence's score.
        (common if hits[lexeme] > row_count * COMMON_LEXEME_SHARE else rare).append((lexeme, idf * (BM25_K1 + 1)))
    # Negated like FTS5's bm25(), so that lower is better on both databases.
    scored = (f"SELECT f.sentence_id, -({' + '.join(contributions)}) AS rank FROM sentence_fts f "
              "WHERE f.terms @@ CAST(:match AS tsquery) ORDER BY rank, f.sentence_id LIMIT :limit")

    def best(lexemes: list[tuple[str, float]]) -> list[tuple[int, float]]:
        params["match"] = " | ".join(_tsquery_literal(lexeme) for lexeme, _bound in lexemes)
        return [tuple(row) for row in connection.execute(text(scored), params).all()]

    if common and rare:
        # Scoring every sentence that holds a common word costs as much as
        # FTS5's whole search. Score first those with a rarer word: when the
        # last of the best `limit` among them beats anything the common words
        # alone could add up to, sentences with only common words cannot
        # enter, and the answer is exact.
        candidates = best(rare)
        if len(candidates) == limit and -candidates[-1][1] > sum(bound for _lexeme, bound in common):
            return candidates
    return best(common + rare)


def _tsquery_literal(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def index_problems(connection: Connection) -> list[str]:
    """What is wrong between `sentence` and the index: sentences it lacks,
    entries for sentences that are gone, and (PostgreSQL) stale BM25 totals."""
    key = "f.rowid" if connection.dialect.name == "sqlite" else "f.sentence_id"
    missing = connection.execute(text(
        f"SELECT count(*) FROM sentence s WHERE NOT EXISTS (SELECT 1 FROM sentence_fts f WHERE {key} = s.id)"
    )).scalar_one()
    stray = connection.execute(text(
        f"SELECT count(*) FROM sentence_fts f WHERE NOT EXISTS (SELECT 1 FROM sentence s WHERE s.id = {key})"
    )).scalar_one()
    problems = []
    if missing:
        problems.append(f"{missing} sentence(s) missing from the full-text index")
    if stray:
        problems.append(f"{stray} full-text index entr(ies) for sentences that no longer exist")
    if connection.dialect.name == "postgresql":
        kept, counted = connection.execute(text(
            "SELECT (SELECT row(row_count, token_count)::text FROM sentence_fts_totals), "
            "(SELECT row(count(*), coalesce(sum(tokens), 0))::text FROM sentence_fts)"
        )).one()
        if kept != counted:
            problems.append(f"full-text totals say (rows, tokens) = {kept} but the index holds {counted}")
    return problems
