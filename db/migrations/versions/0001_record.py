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


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE sentence_fts")
    op.drop_table("sentence")
    op.drop_table("readout_revision")
    op.drop_table("readout")
    op.drop_table("source")
