"""The official record: sources, readouts, revisions, sentences and their full-text index.

Revision ID: 0001_record
Revises:
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_record"
down_revision = None
branch_labels = None
depends_on = None

# PostgreSQL's counterpart of the FTS5 table, built to rank as FTS5 does (see
# db/index.py): the same tokens (db/index.py hands PostgreSQL every run of
# letters and digits without diacritics; here they are folded to lower case
# and Porter-stemmed, no stop words dropped) and the
# numbers BM25 needs: each sentence's token count, and per-table totals that
# triggers keep exact whatever inserts or deletes rows (FTS5 keeps the same
# totals inside its own structure).
POSTGRES_INDEX_DDL = (
    # Snowball's "porter" is the original Porter stemmer FTS5's "porter" implements.
    "CREATE TEXT SEARCH DICTIONARY verifier_porter (TEMPLATE = snowball, Language = porter)",
    "CREATE TEXT SEARCH CONFIGURATION verifier_text (PARSER = default)",
    "ALTER TEXT SEARCH CONFIGURATION verifier_text ADD MAPPING FOR "
    "asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart "
    "WITH verifier_porter",
    "ALTER TEXT SEARCH CONFIGURATION verifier_text ADD MAPPING FOR uint, int, sfloat, float WITH simple",
    """
    CREATE TABLE sentence_fts (
        -- No foreign key, as FTS5 has none: a check per row would slow
        -- imports, and db/store.py adds and removes entries with their sentences.
        sentence_id integer PRIMARY KEY,
        tokens integer NOT NULL,
        terms tsvector NOT NULL
    )""",
    "CREATE INDEX ix_sentence_fts_terms ON sentence_fts USING gin (terms)",
    """
    CREATE TABLE sentence_fts_totals (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        row_count bigint NOT NULL,
        token_count bigint NOT NULL,
        -- Changes with every write, so readers may cache what they counted.
        generation bigint NOT NULL
    )""",
    "INSERT INTO sentence_fts_totals (row_count, token_count, generation) VALUES (0, 0, 0)",
    """
    CREATE FUNCTION sentence_fts_count_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE sentence_fts_totals SET
            row_count = row_count + (SELECT count(*) FROM inserted),
            token_count = token_count + (SELECT coalesce(sum(tokens), 0) FROM inserted),
            generation = generation + 1;
        RETURN NULL;
    END $$""",
    """
    CREATE FUNCTION sentence_fts_count_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE sentence_fts_totals SET
            row_count = row_count - (SELECT count(*) FROM deleted),
            token_count = token_count - (SELECT coalesce(sum(tokens), 0) FROM deleted),
            generation = generation + 1;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER sentence_fts_inserted AFTER INSERT ON sentence_fts REFERENCING NEW TABLE AS inserted "
    "FOR EACH STATEMENT EXECUTE FUNCTION sentence_fts_count_inserted()",
    "CREATE TRIGGER sentence_fts_deleted AFTER DELETE ON sentence_fts REFERENCING OLD TABLE AS deleted "
    "FOR EACH STATEMENT EXECUTE FUNCTION sentence_fts_count_deleted()",
)
POSTGRES_INDEX_DROP = (
    "DROP TABLE sentence_fts",
    "DROP TABLE sentence_fts_totals",
    "DROP FUNCTION sentence_fts_count_inserted()",
    "DROP FUNCTION sentence_fts_count_deleted()",
    "DROP TEXT SEARCH CONFIGURATION verifier_text",
    "DROP TEXT SEARCH DICTIONARY verifier_porter",
)


def upgrade() -> None:
    op.create_table(
        "source",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("side", sa.String(32), nullable=False),
        sa.Column("home_url", sa.String(), nullable=False),
        sa.Column("last_refresh_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
    )
    op.create_table(
        "readout",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("url", sa.String(2048), nullable=False, unique=True),
        sa.Column("source_name", sa.String(64), sa.ForeignKey("source.name"), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("published", sa.DateTime(), nullable=False),
        sa.Column("published_text", sa.String(64), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=True),
        sa.Column("section", sa.String(128), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("revision_count", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_fetched", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_readout_published", "readout", ["published"])
    op.create_index("ix_readout_source_published", "readout", ["source_name", "published"])
    op.create_table(
        "readout_revision",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("readout_id", sa.Integer(), sa.ForeignKey("readout.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=True),
        sa.Column("body_zlib", sa.LargeBinary(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("readout_id", "number"),
    )
    op.create_index("ix_readout_revision_readout_id", "readout_revision", ["readout_id"])
    op.create_table(
        "sentence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("readout_id", sa.Integer(), sa.ForeignKey("readout.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.String(128), nullable=True),
        sa.Column("is_evidence", sa.Boolean(), nullable=False),
        sa.UniqueConstraint("readout_id", "position"),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # Contentless: the sentence text lives once, in readout.body; the index
        # keeps only its tokens, keyed by sentence.id.
        op.execute(
            "CREATE VIRTUAL TABLE sentence_fts USING fts5("
            "text, content='', tokenize='porter unicode61 remove_diacritics 2')"
        )
    elif bind.dialect.name == "postgresql":
        for statement in POSTGRES_INDEX_DDL:
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE sentence_fts")
    elif bind.dialect.name == "postgresql":
        for statement in POSTGRES_INDEX_DROP:
            op.execute(statement)
    op.drop_table("sentence")
    op.drop_table("readout_revision")
    op.drop_table("readout")
    op.drop_table("source")
