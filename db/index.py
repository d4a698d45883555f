"""The sentence-level full-text index, behind one interface for every database.

SQLite uses a contentless FTS5 table keyed by sentence.id (the text lives
once, in readout.body). PostgreSQL uses a `sentence_fts` table of tsvectors
under a GIN index (created by migration 0001), tokenised and ranked to give
the same candidates in the same order: the same tokens as FTS5's `porter
unicode61 remove_diacritics 2`, and FTS5's own BM25 formula computed in SQL
from the token counts the table keeps. Callers never see which machinery
answers: they add and remove a readout's sentences inside the writer's
transaction; they ask `search_sentences` for BM25-ranked matches, or
`sentences_holding` for every sentence holding a phrase (the engine ranks
those itself), then `sentence_places` and `sentence_hits` for where each
was published and what it says.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import sys
import threading
import unicodedata
import zlib
from array import array
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from operator import add

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection

from db.database import insert_rows

_TERM = re.compile(r"[^\W_]+", re.UNICODE)

# How many of the best matches a search ranks before its filters apply, per
# result asked for: deep enough that a date window or a source filter still
# finds its best sentences among them.
SEARCH_DEPTH_FACTOR = 20

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
# they count towards a sentence's length. Diacritics are stripped after a
# canonical decomposition (NFD), not a compatibility one: unicode61 keeps a
# ligature inside its token ("artiﬁcial" with U+FB01 is a term of its own), so
# folding it to "fi" here made PostgreSQL count one more sentence holding
# "artificial" than SQLite, and rank alike no more.
_FTS5_TOKEN = re.compile(r"(?:[^\W_]|[\U0001F3FB-\U0001F3FF])+")
# The same tokens found faster (one character class, no alternation) once
# underscores, the only word characters that are not letters or digits, are
# turned into spaces: see _fts5_tokens.
_FTS5_TOKEN_RUN = re.compile(r"[\w\U0001F3FB-\U0001F3FF]+")
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
    tokens = _fts5_tokens(text_)
    joined = " ".join(tokens)
    if not joined.isascii():
        joined = "".join(c for c in unicodedata.normalize("NFD", joined) if not unicodedata.combining(c))
    joined = _PORTER_DEPARTURES.sub(lambda match: _PORTER_DEPARTURE_ENDINGS[match.group(1).lower()], joined)
    return _SHORT_WORD.sub(r"\g<1>e", joined), len(tokens)


def _fts5_tokens(text_: str) -> list[str]:
    """What _FTS5_TOKEN finds in text_, in a third less time."""
    return _FTS5_TOKEN_RUN.findall(text_.replace("_", " "))


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
        _summary_after_additions(connection, min(row[0] for row in rows))
        connection.exec_driver_sql(
            "INSERT INTO sentence_fts(rowid, text) VALUES (?, ?)", [(row[0], row[2]) for row in rows]
        )
    else:
        _insert_postgres_entries(connection, [(row[0], row[2]) for row in rows])


# Each sentence's rowid and text, cut from its readout's current body: the rows the full-text tables index
# (and, for a contentless FTS5 table, must be told again to forget).
_SENTENCE_ROWS = ('s.id, substr(r.body, s.start + 1, s."end" - s.start) '
                  "FROM sentence s JOIN readout r ON r.id = s.readout_id")


def index_readouts(connection: Connection, readout_ids: Sequence[int]) -> None:
    """Add the sentences of these readouts (already in `sentence`) to the index."""
    if not readout_ids:
        return
    if connection.dialect.name == "sqlite":
        _forget_summary(connection)
        connection.execute(
            text(
                f"INSERT INTO sentence_fts(rowid, text) SELECT {_SENTENCE_ROWS} WHERE s.readout_id IN :ids"
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
        _forget_summary(connection)
        # A contentless FTS5 table forgets a row only when told its old text.
        connection.execute(
            text(
                f"INSERT INTO sentence_fts(sentence_fts, rowid, text) SELECT 'delete', {_SENTENCE_ROWS} "
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
    publication: its source, and its time (UTC, inclusive bounds). The
    search's statements read one snapshot: SQLite's read transaction, and on
    PostgreSQL a REPEATABLE READ transaction (db.database.create_db_engine)
    or a writer's, beside which no one writes.
    """
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
    rows = sentence_hits(connection, list(ranks))
    hits = [replace(hit, rank=float(ranks[hit.sentence_id])) for hit in rows]
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


def _postgres_generation(connection: Connection) -> int:
    return connection.exec_driver_sql("SELECT generation FROM sentence_fts_totals").scalar_one()


def evidence_state(connection: Connection) -> tuple[int, int, int]:
    """How many evidence sentences the record holds, the newest one's id and
    the newest revision's id: together they move whenever the indexed
    sentences change. (The revision is for SQLite, which gives the next row
    the largest id plus one: a revised newest readout of as many sentences
    as before gets its old ids back for its new sentences.) Counting a
    million rows costs a quarter of a second, so the answer is kept with the
    connection until the database changes (PRAGMA data_version on SQLite,
    the index generation on PostgreSQL)."""
    if connection.dialect.name == "sqlite":
        version = connection.exec_driver_sql("PRAGMA data_version").scalar()
        memo = connection.connection.info.setdefault("verifier_rankings", {})
        if memo.get("version") != version:
            memo.clear()
            memo["version"] = version
        marker = ("evidence_state", version)
    else:
        memo = connection.info.setdefault("verifier_evidence_state", {})
        marker = ("evidence_state", _postgres_generation(connection))
    state = memo.get(marker)
    if state is None:
        if connection.dialect.name == "sqlite":
            # All sentences (SQLite counts a b-tree's entries without reading
            # its rows) less those of the small index of non-evidence: the
            # same figure as counting where is_evidence, without reading the
            # whole table (0.18 s on the full corpus). One statement, one snapshot.
            statement = ("SELECT (SELECT count(*) FROM sentence) "
                         "- (SELECT count(*) FROM sentence WHERE NOT is_evidence), "
                         "(SELECT max(id) FROM sentence WHERE is_evidence), (SELECT max(id) FROM readout_revision)")
        else:
            statement = ("SELECT count(*), max(id), (SELECT max(id) FROM readout_revision) "
                         "FROM sentence WHERE is_evidence")
        count, newest, revision = connection.exec_driver_sql(statement).one()
        state = (int(count or 0), int(newest or 0), int(revision or 0))
        if connection.dialect.name != "sqlite":
            memo.clear()
        memo[marker] = state
    return state


def count_matching_sentences(connection: Connection, phrase: str, *, cap: int | None = None) -> int:
    """In how many indexed sentences the phrase's words occur, together and in
    this order; counting stops at `cap` (cheap for common words)."""
    words = _TERM.findall(phrase.lower())
    if not words:
        return 0
    if connection.dialect.name == "sqlite":
        rows = (_sqlite_rows_holding_word(connection, words[0]) if len(words) == 1
                else _stored_docs(connection, _phrase_key(words), complete=False))
        if rows is not None:
            # What LIMIT :cap would have let the count reach (a negative LIMIT is none).
            return rows if cap is None or cap < 0 else min(rows, cap)
        statement = ("SELECT count(*) FROM (SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH :match "
                     "LIMIT :cap) AS hits")
        params: dict[str, object] = {"match": '"' + " ".join(words) + '"', "cap": -1 if cap is None else cap}
    else:
        # No stop words are dropped, so the phrase's positions are the ones FTS5 sees.
        statement = ("SELECT count(*) FROM (SELECT 1 FROM sentence_fts "
                     "WHERE terms @@ phraseto_tsquery('verifier_text', :words) LIMIT :cap) AS hits")
        params = {"words": postgres_words(" ".join(words))[0], "cap": cap}
    return int(connection.execute(text(statement), params).scalar_one())


# One word's count is read from FTS5's own record of which rows hold each
# term (an fts5vocab table), not by stepping through its matches: up to half
# the cost for the words below the cap, which are nearly all a check asks
# for (the record is read whole, so the few words above the cap cost more).
# That record holds the tokenizer's terms (Porter stems), so the word is
# first put through the same tokenizer, in a private in-memory FTS5 table.
# The fts5vocab table lives in the connection's temp schema: no migration,
# and nothing written to the database file.
_SQLITE_TERMS_TABLE = "verifier_sentence_terms"
_TOKENIZE_OPTION = re.compile(r"""\btokenize\s*=\s*(?:'((?:[^']|'')*)'|"((?:[^"]|"")*)"|(\w+))""", re.IGNORECASE)
_STEMMED_WORDS_LIMIT = 100_000


def _sqlite_rows_holding_word(connection: Connection, word: str) -> int | None:
    """In how many indexed sentences the word's one term occurs, read in the
    connection's own snapshot; None when the word is not one term (the caller
    counts it as a phrase) or the index cannot be read so."""
    term = _sqlite_word_term(connection, word)
    if term is None:
        return None
    stored = _stored_docs(connection, term, complete=True)
    if stored is not None:
        return stored
    database = connection.connection.driver_connection
    try:
        if not database.execute("SELECT count(*) FROM temp.sqlite_master WHERE name = ?",
                                (_SQLITE_TERMS_TABLE,)).fetchone()[0]:
            # Made again whenever a rollback took it away with the transaction that made it.
            database.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_SQLITE_TERMS_TABLE} "
                             "USING fts5vocab(main, sentence_fts, row)")
        row = database.execute(f"SELECT doc FROM temp.{_SQLITE_TERMS_TABLE} WHERE term = ?", (term,)).fetchone()
    except sqlite3.Error:
        return None  # an SQLite build without fts5vocab: count the matches instead
    return int(row[0]) if row else 0


def _sqlite_tokenize(connection: Connection) -> str | None:
    """The index's tokenizer configuration, read inside the connection's
    transaction (begun here if need be, so that this read sees what the
    caller's next ones see); None when it cannot be told."""
    if not connection.in_transaction():
        connection.exec_driver_sql("SELECT 1")
    table_sql = connection.connection.driver_connection.execute(
        "SELECT sql FROM main.sqlite_master WHERE name = 'sentence_fts'").fetchone()
    option = _TOKENIZE_OPTION.search(table_sql[0] if table_sql else "")
    if option is None:
        return None
    single_quoted, double_quoted, bare = option.groups()
    return (bare if bare is not None else single_quoted.replace("''", "'") if single_quoted is not None
            else double_quoted.replace('""', '"'))


def _sqlite_word_term(connection: Connection, word: str) -> str | None:
    """The one term FTS5 indexes for the word; None when it makes none or
    several of it, or the tokenizer cannot be run here."""
    tokenize = _sqlite_tokenize(connection)
    if tokenize is None:
        return None
    try:
        terms = _fts5_terms(tokenize, word)
    except sqlite3.Error:
        return None  # a tokenizer this build lacks
    return terms[0] if len(terms) == 1 else None


# ------------------------------------------------------------------ the index's summary (SQLite)
#
# A fresh process checking an article on the full corpus used to spend a
# quarter of its time asking FTS5 what it had already been asked at the last
# start: how many sentences hold each word (an fts5vocab lookup walks the
# word's whole posting list) and which sentences hold the common words (tens
# of thousands of ids decoded, joined into text and parsed, per word). The
# answers change only when the index does, so the import that changes it
# stores them (`store_index_summary`): every term's sentence count, the
# counts of the alias groups' phrases, and the sentence ids of the frequent
# terms and groups, as packed arrays, with the newest sentence id they cover.
# A reader uses them only while that is still the newest sentence: new
# sentences (always given higher ids) put them behind, and the next import or
# refresh adds what the new sentences hold (`catch_up_index_summary`). Any
# other write to the index (sentences removed or indexed again) empties both
# tables in its own transaction, and the summary is stored again whole.
# Until then readers ask FTS5 as before. PostgreSQL keeps its own paths
# (counts cached per generation); the tables exist on SQLite only (migration 0004).
_DOCS_TABLE = "sentence_fts_term_docs"
_IDS_TABLE = "sentence_fts_term_ids"
# The docs table's row for the empty term (FTS5 makes no empty term): the
# newest sentence id the summary covers (0 for an empty index). Present only
# when the table holds every term, so that a term it lacks has no sentence.
_COVERED_MARK = ""
# Keys of the ids table: a term alone, or a group's FTS5 MATCH expression
# (it starts with a double quote, which no term does).
_TERM_KEY_PREFIX = "="
_INSTANCES_TABLE = "verifier_sentence_term_instances"
# The ids of a term held by fewer sentences are not stored: FTS5 reads a
# list this short in a few milliseconds, and the ~450 terms above it (less
# the stop words) hold nearly all the ids a check reads, in ~10 MB. The
# lexicon's phrase groups (a few hundred) are all stored, however short:
# matching a phrase walks its words' positions (a group of common words
# such as "military channels": ~15 ms for 132 sentences).
SUMMARY_MIN_IDS = 5_000
# A summary behind by more than this share of the sentences, and more than
# this many, is stored again whole: cheaper than cutting that many sentences
# out of their bodies (a small record is caught up whatever the share).
_CATCH_UP_SHARE = 0.05
_CATCH_UP_SENTENCES = 10_000
# Whether the summary covers the newest sentence: part of every statement
# that reads it, so that it is judged in the same snapshot.
_CURRENT = (f"(SELECT docs FROM {_DOCS_TABLE} WHERE term = '') = (SELECT coalesce(max(id), 0) FROM sentence)")


def _forget_summary(connection: Connection) -> None:
    """Called by the SQLite writes that take sentences out of the index or
    put old ones back, inside their transaction."""
    connection.exec_driver_sql(f"DELETE FROM {_DOCS_TABLE}")
    connection.exec_driver_sql(f"DELETE FROM {_IDS_TABLE}")


def _summary_after_additions(connection: Connection, lowest_id: int) -> None:
    """New sentences leave a summary behind (its readers see that it no
    longer covers the newest); sentences at or below the ids it covers make
    it wrong, and it goes."""
    covered = connection.exec_driver_sql(f"SELECT docs FROM {_DOCS_TABLE} WHERE term = ?", (_COVERED_MARK,)).scalar()
    if covered is not None and lowest_id <= covered:
        _forget_summary(connection)


def _stored_docs(connection: Connection, key: str, *, complete: bool) -> int | None:
    """A term's (or a phrase's) sentence count from a current summary; None
    when there is none, or when the key is missing from a table that is not
    `complete` for such keys (the summary counts some phrases only)."""
    if not connection.in_transaction():
        connection.exec_driver_sql("SELECT 1")
    try:
        current, docs = connection.connection.driver_connection.execute(
            f"SELECT {_CURRENT}, (SELECT docs FROM {_DOCS_TABLE} WHERE term = ?)", (key,)).fetchone()
    except sqlite3.OperationalError:
        return None  # a database not yet at migration 0004
    if not current:
        return None
    return docs if docs is not None or not complete else 0


def _phrase_key(words: Sequence[str]) -> str:
    # A phrase's count is kept in the docs table as its quoted words: no term holds a quote.
    return '"' + " ".join(words) + '"'


def _pack_ids(ids: Sequence[int]) -> bytes:
    # Four bytes an id, little-endian, compressed: ids stay far below 2**31,
    # and zlib at its fastest level halves them yet unpacks at memory speed.
    packed = array("i", ids)
    if packed.itemsize != 4:
        raise RuntimeError("this platform has no four-byte array type")
    if sys.byteorder != "little":
        packed.byteswap()
    return zlib.compress(packed.tobytes(), 1)


def _unpack_ids(blob: bytes) -> array:
    ids = array("i")
    ids.frombytes(zlib.decompress(blob))
    if sys.byteorder != "little":
        ids.byteswap()
    return ids


def stored_sentences_holding(connection: Connection, phrases: Sequence[str]) -> array | None:
    """What `sentences_holding(connection, phrases)` gives, as an array, when
    a current summary has it; else None (ask `sentences_holding`)."""
    if connection.dialect.name != "sqlite":
        return None
    wanted = [words for words in (_TERM.findall(phrase.lower()) for phrase in phrases) if words]
    if not wanted:
        return None
    if len(wanted) == 1 and len(wanted[0]) == 1:
        term = _sqlite_word_term(connection, wanted[0][0])
        if term is None:
            return None
        key = _TERM_KEY_PREFIX + term
    else:
        if not connection.in_transaction():
            connection.exec_driver_sql("SELECT 1")
        key = _sqlite_match(wanted)
    try:
        row = connection.connection.driver_connection.execute(
            f"SELECT ids FROM {_IDS_TABLE} WHERE key = ? AND {_CURRENT}", (key,)).fetchone()
    except sqlite3.OperationalError:
        return None  # a database not yet at migration 0004
    return _unpack_ids(row[0]) if row else None


def store_index_summary(connection: Connection, phrase_groups: Iterable[Sequence[str]], *,
                        skip_words: Iterable[str] = (), min_ids: int | None = None) -> bool:
    """Store the index's summary (see above) whole, in the caller's write
    transaction: every term's sentence count, and that of each phrase of
    several words in the groups; the sentence ids of each term held by at
    least `min_ids` sentences (SUMMARY_MIN_IDS by default; but for the terms
    of `skip_words`, never asked for alone) and of every phrase group (what
    `sentences_holding` gives for it). False where
    there is nothing to store (PostgreSQL, or an SQLite index these tables
    cannot describe)."""
    if connection.dialect.name != "sqlite":
        return False
    min_ids = SUMMARY_MIN_IDS if min_ids is None else min_ids
    tokenize = _sqlite_tokenize(connection)
    if tokenize is None:
        return False
    database = connection.connection.driver_connection
    _forget_summary(connection)
    newest = database.execute("SELECT coalesce(max(id), 0) FROM sentence").fetchone()[0]
    database.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_SQLITE_TERMS_TABLE} "
                     "USING fts5vocab(main, sentence_fts, row)")
    docs = database.execute(f"SELECT term, doc FROM temp.{_SQLITE_TERMS_TABLE}").fetchall()
    phrase_groups = list(phrase_groups)
    several = sorted({tuple(words) for group in phrase_groups for phrase in group
                      if len(words := _TERM.findall(phrase.lower())) > 1})
    # Each phrase counted as count_matching_sentences would.
    counted = [(_phrase_key(words), database.execute("SELECT count(*) FROM sentence_fts WHERE sentence_fts MATCH ?",
                                                     (_phrase_key(words),)).fetchone()[0]) for words in several]
    database.executemany(f"INSERT INTO {_DOCS_TABLE} (term, docs) VALUES (?, ?)",
                         [*docs, *counted, (_COVERED_MARK, newest)])
    skipped = {term for word in skip_words for term in _fts5_terms(tokenize, word)}
    lists: dict[str, bytes] = {}
    for term, count in docs:
        if count >= min_ids and term not in skipped:
            lists[_TERM_KEY_PREFIX + term] = _pack_ids(_term_ids(database, tokenize, "main", "sentence_fts", term))
    for phrases in phrase_groups:
        wanted = [words for words in (_TERM.findall(phrase.lower()) for phrase in phrases) if words]
        if not wanted or (len(wanted) == 1 and len(wanted[0]) == 1):
            continue  # a single word is stored by its term, when common enough
        match = _sqlite_match(wanted)
        if match not in lists:
            # Every group's list, however short: it is read anyway, and a reader would otherwise
            # match its phrases' positions again (tens of milliseconds where their words are common).
            lists[match] = _pack_ids(_sqlite_ids(
                database, "SELECT rowid AS id FROM sentence_fts WHERE sentence_fts MATCH ? ORDER BY rowid", (match,)))
    database.executemany(f"INSERT INTO {_IDS_TABLE} (key, ids) VALUES (?, ?)", sorted(lists.items()))
    return True


def _term_ids(database: sqlite3.Connection, tokenize: str, schema: str, table: str, term: str) -> list[int]:
    """Ascending ids of the rows of an FTS5 table that hold the term."""
    if _fts5_terms(tokenize, term) == (term,):
        return _sqlite_ids(database, f"SELECT rowid AS id FROM {schema}.{table} WHERE {table} MATCH ? ORDER BY rowid",
                           ('"' + term + '"',))
    # Stemmed again, the term would become another ("hous" to "hou"): its
    # rows are read by term, from the index's own record.
    vocabulary = f"{_INSTANCES_TABLE}_{table}"
    database.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{vocabulary} "
                     f"USING fts5vocab({schema}, {table}, instance)")
    return _sqlite_ids(database, f"SELECT DISTINCT doc AS id FROM temp.{vocabulary} WHERE term = ? ORDER BY doc",
                       (term,))


def catch_up_index_summary(connection: Connection) -> bool:
    """Bring a summary that new sentences put behind up to date, in the
    caller's write transaction: their terms and phrases counted in, their
    ids added to the lists stored. False when there is no summary to bring
    up to date, or it is too far behind (store it whole instead)."""
    if connection.dialect.name != "sqlite":
        return False
    tokenize = _sqlite_tokenize(connection)
    if tokenize is None:
        return False
    database = connection.connection.driver_connection
    try:
        covered, newest, sentences = database.execute(
            f"SELECT (SELECT docs FROM {_DOCS_TABLE} WHERE term = ?), coalesce(max(id), 0), count(*) FROM sentence",
            (_COVERED_MARK,)).fetchone()
    except sqlite3.OperationalError:
        return False  # a database not yet at migration 0004
    if covered is None or newest - covered > max(_CATCH_UP_SHARE * sentences, _CATCH_UP_SENTENCES):
        return False
    if newest == covered:
        return True
    # The new sentences, indexed alone in a private table of the same tokenizer.
    database.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_NEW_TABLE} USING fts5(text, tokenize=%s)"
                     % ("'" + tokenize.replace("'", "''") + "'"))
    database.execute(f"DELETE FROM temp.{_NEW_TABLE}")
    database.execute(f"INSERT INTO temp.{_NEW_TABLE} (rowid, text) SELECT {_SENTENCE_ROWS} WHERE s.id > ?",
                     (covered,))
    database.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_NEW_TABLE}_terms "
                     f"USING fts5vocab(temp, {_NEW_TABLE}, row)")
    added = database.execute(f"SELECT term, doc FROM temp.{_NEW_TABLE}_terms").fetchall()
    phrases = [row[0] for row in database.execute(f"SELECT term FROM {_DOCS_TABLE} WHERE term LIKE '\"%'")]
    added += [(phrase, database.execute(f"SELECT count(*) FROM temp.{_NEW_TABLE} WHERE {_NEW_TABLE} MATCH ?",
                                        (phrase,)).fetchone()[0]) for phrase in phrases]
    database.executemany(f"INSERT INTO {_DOCS_TABLE} (term, docs) VALUES (?, ?) "
                         "ON CONFLICT (term) DO UPDATE SET docs = docs + excluded.docs",
                         [(key, docs) for key, docs in added if docs])
    grown = []
    for key, blob in database.execute(f"SELECT key, ids FROM {_IDS_TABLE}").fetchall():
        if key.startswith(_TERM_KEY_PREFIX):
            more = _term_ids(database, tokenize, "temp", _NEW_TABLE, key[len(_TERM_KEY_PREFIX):])
        else:
            more = _sqlite_ids(database, f"SELECT rowid AS id FROM temp.{_NEW_TABLE} WHERE {_NEW_TABLE} MATCH ? "
                                         "ORDER BY rowid", (key,))
        if more:  # all above every id stored: the list stays ascending
            ids = _unpack_ids(blob)
            ids.extend(more)
            grown.append((_pack_ids(ids), key))
    database.executemany(f"UPDATE {_IDS_TABLE} SET ids = ? WHERE key = ?", grown)
    database.execute(f"UPDATE {_DOCS_TABLE} SET docs = ? WHERE term = ?", (newest, _COVERED_MARK))
    database.execute(f"DELETE FROM temp.{_NEW_TABLE}")
    return True


_NEW_TABLE = "verifier_new_sentences"


def index_summary_stored(connection: Connection) -> bool:
    """Whether a summary describes the index as it is (SQLite)."""
    if connection.dialect.name != "sqlite":
        return False
    return _stored_docs(connection, _COVERED_MARK, complete=False) is not None


def _sqlite_ids(database: sqlite3.Connection, statement: str, values: tuple) -> list[int]:
    """The ids `statement` selects (a column named id), in its order."""
    # Tens of thousands of ids: one string costs far less than a row each,
    # and json's parser reads it in half the time int() takes per id.
    joined = database.execute(f"SELECT group_concat(id) FROM ({statement})", values).fetchone()[0]
    return json.loads("[" + joined + "]") if joined else []


def _sqlite_match(wanted: list[list[str]]) -> str:
    """FTS5's MATCH expression for sentences holding any of the phrases (words in a row)."""
    return " OR ".join('"' + " ".join(words) + '"' for words in _without_longer_phrases(wanted))


class _Fts5Tokenizer:
    """FTS5's tokenizer of one configuration, on a private in-memory database."""

    def __init__(self, tokenize: str):
        self.database = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        self.database.execute("CREATE VIRTUAL TABLE words USING fts5(text, tokenize=%s)"
                              % ("'" + tokenize.replace("'", "''") + "'"))
        self.database.execute("CREATE VIRTUAL TABLE word_terms USING fts5vocab(words, instance)")
        self.lock = threading.Lock()
        self.terms_of: dict[str, tuple[str, ...]] = {}

    def terms(self, word: str) -> tuple[str, ...]:
        terms = self.terms_of.get(word)
        if terms is None:
            self.learn([word])
            terms = self.terms_of[word]
        return terms

    def learn(self, words: Iterable[str]) -> None:
        """Tokenize the words not met yet, together: three statements for all
        (a check asks about some 300 words, a fifth of a millisecond each
        when tokenized one by one), each word a row of its own."""
        missing = [word for word in dict.fromkeys(words) if word not in self.terms_of]
        if not missing:
            return
        with self.lock:
            self.database.executemany("INSERT INTO words (rowid, text) VALUES (?, ?)", enumerate(missing, 1))
            rows = self.database.execute("SELECT doc, term FROM word_terms ORDER BY doc, offset").fetchall()
            self.database.execute("DELETE FROM words")
        terms_of_row: dict[int, list[str]] = {}
        for row, term in rows:
            terms_of_row.setdefault(row, []).append(term)
        if len(self.terms_of) + len(missing) > _STEMMED_WORDS_LIMIT:
            self.terms_of.clear()
        for row, word in enumerate(missing, 1):
            self.terms_of[word] = tuple(terms_of_row.get(row, ()))


_tokenizers: dict[str, _Fts5Tokenizer] = {}
_tokenizers_lock = threading.Lock()


def _fts5_terms(tokenize: str, word: str) -> tuple[str, ...]:
    """The terms FTS5 indexes for the word under this tokenizer configuration."""
    return _fts5_tokenizer(tokenize).terms(word)


def _fts5_tokenizer(tokenize: str) -> _Fts5Tokenizer:
    tokenizer = _tokenizers.get(tokenize)
    if tokenizer is None:
        with _tokenizers_lock:
            tokenizer = _tokenizers.get(tokenize)
            if tokenizer is None:
                tokenizer = _tokenizers[tokenize] = _Fts5Tokenizer(tokenize)
    return tokenizer


def tokenize_ahead(connection: Connection, phrases: Iterable[str]) -> None:
    """Put the one-word phrases among `phrases` through the index's tokenizer
    together, ahead of the counts and reads that will ask for their terms
    one by one (`count_matching_sentences`, `stored_sentences_holding`)."""
    if connection.dialect.name != "sqlite":
        return
    words = [words[0] for words in (_TERM.findall(phrase.lower()) for phrase in phrases) if len(words) == 1]
    tokenize = _sqlite_tokenize(connection) if words else None
    if tokenize is None:
        return
    try:
        _fts5_tokenizer(tokenize).learn(words)
    except sqlite3.Error:
        return  # a tokenizer this build lacks: each word is asked about (and given up on) alone


def sentences_holding(connection: Connection, phrases: Sequence[str], *, within: Sequence[str] = (),
                      limit: int | None = None) -> list[int]:
    """Ids of the indexed sentences that hold any of `phrases` (each phrase's
    words together and in this order, as `count_matching_sentences` counts
    them), ascending. With `within`, only those that also hold one of those
    phrases: the index intersects its own lists, so asking for a common word
    among the sentences of a few rare ones costs little."""
    wanted = [words for words in (_TERM.findall(phrase.lower()) for phrase in phrases) if words]
    among = [words for words in (_TERM.findall(phrase.lower()) for phrase in within) if words]
    if not wanted or (within and not among):
        return []
    if connection.dialect.name == "sqlite":
        match = _sqlite_match(wanted)
        if among:
            match = "(" + _sqlite_match(among) + ") AND (" + match + ")"
        statement = "SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ? ORDER BY rowid"
        values: tuple = (match,)
        if limit is not None:
            statement += " LIMIT ?"
            values += (limit,)
        # Tens of thousands of ids: one string costs far less than a row each,
        # and json's parser reads it in half the time int() takes per id.
        joined = connection.exec_driver_sql(f"SELECT group_concat(rowid) FROM ({statement})", values).scalar()
        return json.loads("[" + joined + "]") if joined else []
    params: dict[str, object] = {}

    def any_of(prefix: str, groups: list[list[str]]) -> str:
        parts = []
        for number, words in enumerate(groups):
            params[f"{prefix}{number}"] = postgres_words(" ".join(words))[0]
            parts.append(f"phraseto_tsquery('verifier_text', :{prefix}{number})")
        return "(" + " || ".join(parts) + ")"

    query = any_of("phrase_", wanted)
    if among:
        query = f"({any_of('within_', among)} && {query})"
    statement = f"SELECT sentence_id FROM sentence_fts WHERE terms @@ {query} ORDER BY sentence_id"
    if limit is not None:
        statement += " LIMIT :limit"
        params["limit"] = limit
    return connection.execute(text(f"SELECT array_agg(sentence_id ORDER BY sentence_id) FROM ({statement}) AS hits"),
                              params).scalar() or []


def _without_longer_phrases(phrases: list[list[str]]) -> list[list[str]]:
    """The phrases less those holding another one's words in a row: a
    sentence with "united states of america" has "united states" too, so the
    longer phrase adds no sentence, only the cost of matching its positions
    (and of reading its common words, "of")."""
    spaced = [" " + " ".join(words) + " " for words in phrases]
    return [words for words, longer in zip(phrases, spaced, strict=True)
            if not any(shorter != longer and shorter in longer for shorter in spaced)]


@dataclass(frozen=True, slots=True)
class SentencePlace:
    """Where a sentence was published, without its text: enough to filter by."""

    sentence_id: int
    readout_id: int
    source: str
    is_evidence: bool
    published: datetime
    published_text: str


def sentence_places(connection: Connection, sentence_ids: Sequence[int]) -> dict[int, SentencePlace]:
    """The publication of each sentence (ids that are gone are left out)."""
    if not sentence_ids:
        return {}
    if connection.dialect.name == "sqlite":
        return _sqlite_readouts(connection).places(connection, sentence_ids)
    where, params = "s.id = ANY(%s)", (list(sentence_ids),)
    rows = _rows(connection, "SELECT s.id, s.readout_id, r.source_name, s.is_evidence, r.published, r.published_text "
                 f"FROM sentence s JOIN readout r ON r.id = s.readout_id WHERE {where}", params)
    places = {}
    for sentence_id, readout_id, source, is_evidence, published, published_text in rows:
        if isinstance(published, str):
            published = datetime.fromisoformat(published)
        places[sentence_id] = SentencePlace(sentence_id, readout_id, source, bool(is_evidence), published,
                                            published_text or "")
    return places


def _rows(connection: Connection, statement: str, params: tuple) -> list[tuple]:
    """The rows of a driver-level statement as plain tuples. On SQLite the
    driver's own cursor is asked, inside the connection's transaction (the
    same snapshot): a check reads tens of thousands of sentence rows, and
    SQLAlchemy's result rows cost as much again as the query."""
    if connection.dialect.name != "sqlite":
        return [tuple(row) for row in connection.exec_driver_sql(statement, params).all()]
    if not connection.in_transaction():
        connection.exec_driver_sql("SELECT 1")  # SQLAlchemy begins the transaction the cursor then reads in
    return connection.connection.driver_connection.execute(statement, params).fetchall()


def sentences_published(connection: Connection, *, after: datetime, before: datetime,
                        sources: Sequence[str] | None = None) -> frozenset[int]:
    """Ids of the sentences of every publication dated after..before (UTC, inclusive)."""
    return frozenset(row[0] for row in _published_between(connection, "s.id", after, before, sources))


def sentences_published_when(connection: Connection, *, after: datetime, before: datetime,
                             sources: Sequence[str] | None = None) -> list[tuple[int, str, datetime, str]]:
    """(sentence id, source, published, published text) of the sentences of every publication dated
    after..before (UTC, inclusive): for a caller that keeps those of some days on the publishers' own calendars."""
    rows = _published_between(connection, "s.id, r.source_name, r.published, r.published_text", after, before,
                              sources)
    return [(sentence_id, source, datetime.fromisoformat(published) if isinstance(published, str) else published,
             published_text or "")
            for sentence_id, source, published, published_text in rows]


def titles_published(connection: Connection, *, after: datetime, before: datetime,
                     sources: Sequence[str] | None = None) -> tuple[str, ...]:
    """The titles of every publication dated after..before (UTC, inclusive), in no set order."""
    rows = _rows_published_between(connection, "SELECT title FROM readout r", after, before, sources)
    return tuple(title for (title,) in rows)


def _published_between(connection: Connection, columns: str, after: datetime, before: datetime,
                       sources: Sequence[str] | None) -> list[tuple]:
    select = f"SELECT {columns} FROM readout r JOIN sentence s ON s.readout_id = r.id"
    return _rows_published_between(connection, select, after, before, sources)


def _rows_published_between(connection: Connection, select: str, after: datetime, before: datetime,
                            sources: Sequence[str] | None) -> list[tuple]:
    """The rows of `select` (a query over readout r) for the publications of `sources` dated after..before."""
    statement = text(
        f"{select} WHERE r.published >= :after AND r.published <= :before"
        + (" AND r.source_name IN :sources" if sources else "")
    )
    params: dict[str, object] = {"after": after, "before": before}
    if connection.dialect.name == "sqlite":
        params = {"after": _sqlite_time(after), "before": _sqlite_time(before)}
    if sources:
        statement = statement.bindparams(bindparam("sources", expanding=True))
        params["sources"] = list(sources)
    return [tuple(row) for row in connection.execute(statement, params)]


def sentence_hits(connection: Connection, sentence_ids: Sequence[int]) -> list[SentenceHit]:
    """The sentences, with their text and publication, in the order asked."""
    if not sentence_ids:
        return []
    if connection.dialect.name == "sqlite":
        by_id = _sqlite_readouts(connection).hits(connection, sentence_ids)
    else:
        by_id = {hit.sentence_id: hit for hit in _hits_where(connection, "s.id = ANY({})", (list(sentence_ids),))}
    return [by_id[sentence_id] for sentence_id in sentence_ids if sentence_id in by_id]


def source_names(connection: Connection) -> set[str]:
    """The names of the sources the record knows."""
    return set(connection.execute(text("SELECT name FROM source")).scalars())


def readouts_per_source(connection: Connection, sources: Sequence[str] | None = None) -> list[tuple]:
    """(source name, readouts, first published, last published) of each source
    (of `sources` only, when given), by name."""
    statement = text("SELECT source_name, count(id), min(published), max(published) FROM readout"
                     + (" WHERE source_name IN :sources" if sources else "")
                     + " GROUP BY source_name ORDER BY source_name")
    if sources:
        statement = statement.bindparams(bindparam("sources", expanding=True))
    return [tuple(row) for row in connection.execute(statement, {"sources": list(sources)} if sources else {})]


def publication_text(connection: Connection, readout_id: int) -> str | None:
    """A readout's title and body, one line apart, or None when there is no such readout."""
    if connection.dialect.name == "sqlite":
        readouts = _sqlite_readouts(connection)
        readout = readouts.about(connection, (readout_id,)).get(readout_id)
        if readout is None:
            return None
        return f"{readout.title}\n{readouts.bodies(connection, (readout_id,))[readout_id]}"
    row = connection.execute(text("SELECT title, body FROM readout WHERE id = :id"), {"id": readout_id}).first()
    return f"{row[0]}\n{row[1]}" if row else None


def sentences_of(connection: Connection, readout_id: int, first: int, last: int) -> list[SentenceHit]:
    """Sentences at positions first..last of one readout, for evidence windows."""
    return sentences_around(connection, [(readout_id, first, last)])


def sentences_around(connection: Connection, spans: Sequence[tuple[int, int, int]]) -> list[SentenceHit]:
    """Sentences at positions first..last of each (readout id, first, last), by readout and position."""
    if not spans:
        return []
    where = " OR ".join(["(s.readout_id = {} AND s.position BETWEEN {} AND {})"] * len(spans))
    hits = _hits_where(connection, where, tuple(value for span in spans for value in span))
    return sorted(hits, key=lambda hit: (hit.readout_id, hit.position))


def publication_sentences(connection: Connection, readout_ids: Collection[int]) -> list[SentenceHit]:
    """Every sentence of these readouts, by readout and position."""
    if not readout_ids:
        return []
    where = "s.readout_id IN ({})".format(", ".join(["{}"] * len(readout_ids)))
    hits = _hits_where(connection, where, tuple(sorted(readout_ids)))
    return sorted(hits, key=lambda hit: (hit.readout_id, hit.position))


def _hits_where(connection: Connection, where: str, values: tuple) -> list[SentenceHit]:
    """The sentences meeting `where` (its {} marks take `values`), with text and publication.

    Each body is read once and each sentence cut out of it here (offsets
    count characters in both databases): PostgreSQL would de-TOAST the whole
    body once per sentence and walk it to the offset, and SQLite's substr()
    too reads the whole body for each sentence (a check's sentences come
    from a quarter as many publications, whose bodies it would read four
    times over)."""
    if connection.dialect.name == "sqlite":
        return _sqlite_hits_where(connection, where.format(*(["?"] * len(values))), values)
    return _postgres_hits_where(connection, where.format(*(["%s"] * len(values))), values)


def _postgres_hits_where(connection: Connection, where: str, values: tuple) -> list[SentenceHit]:
    """`_hits_where` on PostgreSQL (`where` with its %s marks).

    The sentences, then the bodies they are cut from: a reader's transaction
    reads one snapshot (REPEATABLE READ, db.database), so both statements see
    the same generation of the record. The claims of one article draw on the
    same publications again and again, so bodies are kept with the
    connection while the generation (moved by every write) stands."""
    statement = ("SELECT s.id, s.readout_id, s.position, s.start, s.\"end\", "
                 "NULL, s.speaker, s.is_evidence, 0.0, "
                 "r.url, r.title, r.source_name, src.side, r.kind, r.published, r.published_text, t.generation "
                 "FROM sentence s JOIN readout r ON r.id = s.readout_id "
                 "JOIN source src ON src.name = r.source_name CROSS JOIN sentence_fts_totals t "
                 f"WHERE {where}")
    rows = connection.exec_driver_sql(statement, values).all()
    if not rows:
        return []
    generation = rows[0][-1]
    cached_generation, cache = connection.info.get("verifier_bodies", (None, {}))
    if cached_generation != generation or sum(map(len, cache.values())) > _BODY_CACHE_CHARACTERS:
        cache = {}
        connection.info["verifier_bodies"] = (generation, cache)
    missing = sorted({row[1] for row in rows} - cache.keys())
    if missing:
        cache.update(connection.exec_driver_sql("SELECT id, body FROM readout WHERE id = ANY(%s)", (missing,)).all())
    return [_hit((*row[:5], cache[row[1]][row[3]:row[4]], *row[6:-1])) for row in rows]


def _sqlite_hits_where(connection: Connection, where: str, values: tuple) -> list[SentenceHit]:
    """`_hits_where` on SQLite (`where` with its ? marks), the publications read through the connection's cache."""
    rows = _rows(connection, f"SELECT s.id, s.readout_id, s.position, s.start, s.\"end\", s.speaker, s.is_evidence "
                 f"FROM sentence s WHERE {where}", values)
    readouts = _sqlite_readouts(connection)
    about = readouts.about(connection, {row[1] for row in rows})
    # A readout whose source is not in the record is no candidate's (what joining source would leave out).
    bodies = readouts.bodies(connection,
                             [readout_id for readout_id, readout in about.items() if readout.side is not None])
    hits = []
    for sentence_id, readout_id, position, start, end, speaker, is_evidence in rows:
        body = bodies.get(readout_id)
        if body is None:
            continue
        readout = about[readout_id]
        hits.append(SentenceHit(sentence_id, readout_id, position, start, end, body[start:end], speaker,
                                bool(is_evidence), 0.0, readout.url, readout.title, readout.source, readout.side,
                                readout.kind, readout.published, readout.published_text))
    return hits


@dataclass(frozen=True, slots=True)
class _Readout:
    """What a sentence's hit or place tells of its publication (side None: its source is not in the record)."""

    url: str
    title: str
    source: str
    side: str | None
    kind: str
    published: datetime
    published_text: str


# Characters of readout bodies an SQLite connection keeps between calls.
_SQLITE_BODY_CHARACTERS = 50_000_000
# Sentences (places and hits) an SQLite connection keeps between calls.
_SQLITE_SENTENCES_KEPT = 400_000
# Ids in one IN (...) list, well below SQLite's limit on variables.
_SQLITE_IDS_PER_STATEMENT = 500


class _SqliteReadouts:
    """The publications an SQLite connection has read, by id: a check meets
    the same ones for sentence after sentence and claim after claim. Kept
    while the database is as it was when they were read: no other
    connection has committed since (PRAGMA data_version) and this one has
    written nothing (its total_changes)."""

    def __init__(self, mark: tuple[int, int]):
        self.mark = mark
        self.readouts: dict[int, _Readout | None] = {}
        self.texts: dict[int, str] = {}
        self.characters = 0
        # Sentences by id (None: no such sentence, or none of a readout in the record).
        self.sentence_places: dict[int, SentencePlace | None] = {}
        self.sentence_hits: dict[int, SentenceHit | None] = {}

    def full(self) -> bool:
        return (self.characters > _SQLITE_BODY_CHARACTERS
                or len(self.sentence_places) + len(self.sentence_hits) > _SQLITE_SENTENCES_KEPT)

    def places(self, connection: Connection, sentence_ids: Sequence[int]) -> dict[int, SentencePlace]:
        """What sentence_places gives."""
        known = self.sentence_places
        missing = [sentence_id for sentence_id in dict.fromkeys(sentence_ids) if sentence_id not in known]
        for first in range(0, len(missing), _SQLITE_IDS_PER_STATEMENT):
            chunk = missing[first:first + _SQLITE_IDS_PER_STATEMENT]
            rows = _rows(connection, f"SELECT id, readout_id, is_evidence FROM sentence WHERE id IN "
                         f"({', '.join('?' * len(chunk))})", tuple(chunk))
            about = self.about(connection, {row[1] for row in rows})
            known.update(dict.fromkeys(chunk))
            for sentence_id, readout_id, is_evidence in rows:
                readout = about.get(readout_id)
                if readout is not None:
                    known[sentence_id] = SentencePlace(sentence_id, readout_id, readout.source, bool(is_evidence),
                                                       readout.published, readout.published_text)
        return {sentence_id: place for sentence_id in sentence_ids if (place := known[sentence_id]) is not None}

    def hits(self, connection: Connection, sentence_ids: Sequence[int]) -> dict[int, SentenceHit]:
        """The hits of these sentences that exist, by id."""
        known = self.sentence_hits
        missing = [sentence_id for sentence_id in dict.fromkeys(sentence_ids) if sentence_id not in known]
        for first in range(0, len(missing), _SQLITE_IDS_PER_STATEMENT):
            chunk = missing[first:first + _SQLITE_IDS_PER_STATEMENT]
            known.update(dict.fromkeys(chunk))
            known.update((hit.sentence_id, hit) for hit in _sqlite_hits_where(
                connection, f"s.id IN ({', '.join('?' * len(chunk))})", tuple(chunk)))
        return {sentence_id: hit for sentence_id in sentence_ids if (hit := known[sentence_id]) is not None}

    def about(self, connection: Connection, readout_ids: Iterable[int]) -> dict[int, _Readout]:
        """The readouts among these ids that exist."""
        known = self.readouts
        missing = sorted(readout_id for readout_id in set(readout_ids) if readout_id not in known)
        for first in range(0, len(missing), _SQLITE_IDS_PER_STATEMENT):
            chunk = missing[first:first + _SQLITE_IDS_PER_STATEMENT]
            known.update(dict.fromkeys(chunk))
            for readout_id, url, title, source, side, kind, published, published_text in _rows(
                    connection, "SELECT r.id, r.url, r.title, r.source_name, src.side, r.kind, r.published, "
                    "r.published_text FROM readout r LEFT JOIN source src ON src.name = r.source_name "
                    f"WHERE r.id IN ({', '.join('?' * len(chunk))})", tuple(chunk)):
                if isinstance(published, str):
                    published = datetime.fromisoformat(published)
                known[readout_id] = _Readout(url, title, source, side, kind, published, published_text or "")
        return {readout_id: readout for readout_id in readout_ids if (readout := known.get(readout_id)) is not None}

    def bodies(self, connection: Connection, readout_ids: Iterable[int]) -> dict[int, str]:
        """The bodies of the readouts among these ids that exist."""
        texts = self.texts
        missing = sorted(readout_id for readout_id in set(readout_ids) if readout_id not in texts)
        for first in range(0, len(missing), _SQLITE_IDS_PER_STATEMENT):
            chunk = missing[first:first + _SQLITE_IDS_PER_STATEMENT]
            for readout_id, body in _rows(connection, "SELECT id, body FROM readout WHERE id IN "
                                          f"({', '.join('?' * len(chunk))})", tuple(chunk)):
                texts[readout_id] = body
                self.characters += len(body)
        return {readout_id: body for readout_id in readout_ids if (body := texts.get(readout_id)) is not None}


def _sqlite_readouts(connection: Connection) -> _SqliteReadouts:
    if not connection.in_transaction():
        connection.exec_driver_sql("SELECT 1")  # the statements below read in the connection's transaction
    database = connection.connection.driver_connection
    mark = (database.execute("PRAGMA data_version").fetchone()[0], database.total_changes)
    info = connection.connection.info
    readouts = info.get("verifier_readouts")
    if readouts is None or readouts.mark != mark or readouts.full():
        readouts = info["verifier_readouts"] = _SqliteReadouts(mark)
    return readouts


# Characters of readout bodies a PostgreSQL connection keeps between calls.
_BODY_CACHE_CHARACTERS = 50_000_000


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


# A sentence's full-text entry on PostgreSQL: its FTS5 token count and its
# tsvector as a literal.
PostgresEntry = tuple[int, str]


# PostgreSQL keeps at most 255 positions of a lexeme (MAXNUMPOS - 1), dropping
# the rest: a sentence of more words than that is left to to_tsvector.
_MAX_LITERAL_TOKENS = 255
_POSITION_SUFFIXES = tuple(f":{position}" for position in range(1, _MAX_LITERAL_TOKENS + 1))
_INDEX_WORK_MEM = "64MB"
# Distinct words remembered per database: a corpus has a few hundred thousand.
_LEXEME_CACHE_SIZE = 2_000_000
# Per database: a word (an FTS5 token as written) to its lexeme quoted for a
# tsvector literal, or None when PostgreSQL does not make exactly one lexeme of it.
_lexeme_cache: dict[str, dict[str | bytes, str | None]] = {}
# In ASCII text FTS5's tokens are the runs of letters and digits, which
# bytes.translate and split find in half the time a regular expression takes.
# Most sentences of English prose become ASCII once their curly quotes, dashes
# and no-break spaces (none of them letters or digits) are spaces.
_ASCII_NON_TOKEN_TO_SPACE = bytes(byte if byte < 128 and chr(byte).isalnum() else ord(" ") for byte in range(256))
_PROSE_PUNCTUATION = ("\u2019", "\u2014", "\xa0", "\u201c", "\u201d")


def _insert_postgres_entries(connection: Connection, sentences: Sequence[tuple[int, str]]) -> None:
    """Index (sentence id, text) pairs."""
    entries = postgres_index_entries(connection, [sentence_text for _sentence_id, sentence_text in sentences])
    _insert_postgres_prepared(connection, [(sentence_id, sentence_text, entry) for (sentence_id, sentence_text), entry
                                           in zip(sentences, entries, strict=True)])


def index_prepared_sentences(connection: Connection,
                             rows: Sequence[tuple[int, str | None, PostgresEntry | None]]) -> None:
    """PostgreSQL: add sentences to the index, (sentence id, text, entry) rows
    already in `sentence`, each entry made by `postgres_index_entries` ahead of
    the write transaction (it needs no lock), or None for the server to parse
    the text (needed only then)."""
    if not rows:
        return
    _forget_rankings(connection)
    _insert_postgres_prepared(connection, rows)


def postgres_index_entries(connection: Connection, texts: Sequence[str]) -> list[PostgresEntry | None]:
    """The full-text entry of each text, None where the server must parse it.

    Parsing and stemming every sentence (to_tsvector) used to cost the server
    more than all the rest of an import. So the tsvector is written here as a
    literal of the lexemes at their positions; the lexemes are still
    PostgreSQL's own, each distinct word stemmed by it once (see
    _lexeme_literals). A text the literal cannot stand for (a word the parser
    splits or drops, or too many words) is left to to_tsvector as before.
    """
    tokenised = [_index_tokens(text_) for text_ in texts]
    literals = _lexeme_literals(connection, set().union(*tokenised))
    lexeme_of = literals.__getitem__
    entries: list[PostgresEntry | None] = []
    for tokens in tokenised:
        if len(tokens) > _MAX_LITERAL_TOKENS:
            entries.append(None)
            continue
        try:
            # Repeated lexemes may stay apart: the tsvector input merges their positions.
            entries.append((len(tokens), " ".join(map(add, map(lexeme_of, tokens), _POSITION_SUFFIXES))))
        except TypeError:  # None + ":1": a word PostgreSQL does not make one lexeme of
            entries.append(None)
    return entries


def _insert_postgres_prepared(connection: Connection,
                              rows: Sequence[tuple[int, str | None, PostgresEntry | None]]) -> None:
    # Pending GIN entries are moved into the index in work_mem-sized runs
    # (ginInsertCleanup): 4MB by default makes several passes over the index
    # per batch.
    connection.exec_driver_sql(f"SET LOCAL work_mem = '{_INDEX_WORK_MEM}'")
    insert_rows(connection, "sentence_fts", ("sentence_id", "tokens", "terms"),
                ((sentence_id, *entry) for sentence_id, _text, entry in rows if entry is not None))
    to_parse = [(sentence_id, sentence_text) for sentence_id, sentence_text, entry in rows if entry is None]
    if to_parse:
        _insert_parsed_postgres_entries(connection, to_parse)


def _index_tokens(text_: str) -> list[str] | list[bytes]:
    """The FTS5 tokens of text_, as ASCII bytes when it can be made ASCII, else str."""
    if not text_.isascii():
        plain = text_
        for mark in _PROSE_PUNCTUATION:
            plain = plain.replace(mark, " ")
        if not plain.isascii():
            return _fts5_tokens(text_)
        text_ = plain
    return text_.encode("ascii").translate(_ASCII_NON_TOKEN_TO_SPACE).split()


def _lexeme_literals(connection: Connection, words: set[str | bytes]) -> dict[str | bytes, str | None]:
    """The word-to-lexeme map of this database, holding at least `words`."""
    cache = _lexeme_cache.setdefault(connection.engine.url.render_as_string(hide_password=True), {})
    missing = list(words - cache.keys())
    if not missing:
        return cache
    if len(cache) + len(missing) > _LEXEME_CACHE_SIZE:
        cache.clear()
        missing = list(words)
    stems: dict[int, list[tuple[str, list[int]]]] = {}
    for ordinal, lexeme, positions in connection.execute(
        text(
            "SELECT w.ordinal, v.lexeme, v.positions "
            "FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS w(word, ordinal), "
            "unnest(to_tsvector('verifier_text', w.word)) AS v"
        ),
        {"words": [postgres_words(word.decode("ascii") if isinstance(word, bytes) else word)[0] for word in missing]},
    ):
        stems.setdefault(ordinal, []).append((lexeme, positions))
    for ordinal, word in enumerate(missing, start=1):
        found = stems.get(ordinal, [])
        # One lexeme at position 1: within a sentence it sits at the word's own position.
        single = len(found) == 1 and found[0][1] == [1]
        cache[word] = _tsvector_quote(found[0][0]) if single else None
    return cache


def _tsvector_quote(lexeme: str) -> str:
    # Quoted only when it must be: quotes are two more characters per word for the server to read.
    if lexeme.isalnum():
        return lexeme
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def _insert_parsed_postgres_entries(connection: Connection, sentences: Sequence[tuple[int, str]]) -> None:
    """Index (sentence id, text) pairs in one statement, PostgreSQL parsing the words."""
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
                "SELECT l.lexeme, "
                "(SELECT count(*) FROM sentence_fts f WHERE f.terms @@ quote_literal(l.lexeme)::tsquery) "
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
    # Computed in the snapshot the generation was read in: the ranking of that generation.
    ranking = _postgres_rank(connection, stems, row_count, token_count, generation, limit)
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
