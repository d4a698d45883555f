"""PostgreSQL: a sentence's readout is no longer checked by a foreign key.

PostgreSQL checks a foreign key row by row, a lookup and a row lock on the
readout per inserted sentence: on the White House corpus (1.2 M sentences)
that made the COPY of the sentences three times as long (18 s against 6 s),
a quarter of the server's work on an import. Sentences are written only by
db/store.py, for readouts the same transaction has just inserted or holds
(their ids come from the database, and writers take turns), and no code
deletes a readout; db.integrity.record_problems counts any sentence whose
readout is missing. The full-text entries went without one from the start
for the same reason (migration 0001). SQLite keeps its key: it checks it
for little. The downgrade puts the key back, which fails while any sentence's
readout is missing: db.integrity.record_problems lists them.

Revision ID: 0005_sentence_no_foreign_key
Revises: 0004_index_summary
Create Date: 2026-11-29
"""

from alembic import op

revision = "0005_sentence_no_foreign_key"
down_revision = "0004_index_summary"
branch_labels = None
depends_on = None

# The name PostgreSQL gave the key migration 0001 declared.
FOREIGN_KEY = "sentence_readout_id_fkey"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint(FOREIGN_KEY, "sentence", type_="foreignkey")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_foreign_key(FOREIGN_KEY, "sentence", "readout", ["readout_id"], ["id"], ondelete="CASCADE")
