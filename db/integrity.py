"""Is the record whole? The invariants every write keeps, checked from outside.

A readout is whole when it has all its revisions (numbered 1..revision_count,
the last one holding its current text), sentences that cover its body, and an
index entry for every sentence. Crash-safety and concurrency tests assert
these hold after a writer is killed or raced; nothing here repairs anything.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection

from db.index import index_problems


def record_problems(connection: Connection) -> list[str]:
    """One line per broken invariant; empty when the record is consistent."""
    problems = []
    checks = (
        ("readout(s) whose revisions are not numbered 1..revision_count",
         "SELECT count(*) FROM readout r WHERE r.revision_count <> "
         "(SELECT count(*) FROM readout_revision v WHERE v.readout_id = r.id) "
         "OR r.revision_count <> (SELECT coalesce(max(v.number), 0) FROM readout_revision v "
         "WHERE v.readout_id = r.id)"),
        ("readout(s) whose newest revision is not their current text",
         "SELECT count(*) FROM readout r JOIN readout_revision v "
         "ON v.readout_id = r.id AND v.number = r.revision_count WHERE v.content_hash <> r.content_hash"),
        ("readout(s) with a body but no sentences",
         "SELECT count(*) FROM readout r WHERE length(r.body) > 0 "
         "AND NOT EXISTS (SELECT 1 FROM sentence s WHERE s.readout_id = r.id)"),
        # PostgreSQL has no foreign key to say so (migration 0005).
        ("sentence(s) whose readout is missing",
         "SELECT count(*) FROM sentence s WHERE NOT EXISTS (SELECT 1 FROM readout r WHERE r.id = s.readout_id)"),
        ("sentence(s) outside their readout's body",
         'SELECT count(*) FROM sentence s JOIN readout r ON r.id = s.readout_id '
         'WHERE s.start < 0 OR s."end" > length(r.body) OR s.start >= s."end"'),
        ("readout(s) whose sentence positions have gaps",
         "SELECT count(*) FROM (SELECT readout_id FROM sentence GROUP BY readout_id "
         "HAVING max(position) - min(position) + 1 <> count(*) OR min(position) <> 0) AS gappy"),
    )
    for description, query in checks:
        count = connection.execute(text(query)).scalar_one()
        if count:
            problems.append(f"{count} {description}")
    problems.extend(index_problems(connection))
    return problems
