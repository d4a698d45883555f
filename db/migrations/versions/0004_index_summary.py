"""The full-text index's summary, stored by the import (SQLite only).

A fresh process checking an article on the full White House corpus spent a
third of its time asking FTS5 for what does not change between imports: how
many sentences hold each word, and which sentences hold the common words.
`sentence_fts_term_docs` keeps every term's sentence count (with a row for
the empty term marking the table complete); `sentence_fts_term_ids` keeps
the packed sentence ids of the frequent terms and phrase groups. Both are
emptied by any write to the index and filled again at the end of an import
or refresh (db.index.store_index_summary). They start empty: until the next
import, checks ask FTS5 as before. PostgreSQL keeps its own paths.

Revision ID: 0004_index_summary
Revises: 0003_non_evidence_index
Create Date: 2026-11-29
"""

from alembic import op

revision = "0004_index_summary"
down_revision = "0003_non_evidence_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE TABLE sentence_fts_term_docs (term TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID")
        # A rowid table: its rows are blobs of up to a few hundred kilobytes.
        op.execute("CREATE TABLE sentence_fts_term_ids (key TEXT PRIMARY KEY, ids BLOB NOT NULL)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE sentence_fts_term_ids")
        op.execute("DROP TABLE sentence_fts_term_docs")
