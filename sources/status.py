"""What `verifier sources list` shows: each source, where it is read from,
how its last refresh went and how many readouts the record holds from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from db.models import Readout, RefreshRun, Source
from sources.registry import SCRAPERS, scraper, source_info


@dataclass(frozen=True, slots=True)
class SourceStatus:
    name: str
    title: str
    side: str
    urls: list[str]
    readouts: int
    last_refresh_at: datetime | None
    last_error: str | None
    last_run_status: str | None
    last_run_new: int
    last_run_revised: int
    last_run_failed: int

    def as_json(self) -> dict:
        return {
            "name": self.name, "title": self.title, "side": self.side, "urls": self.urls, "readouts": self.readouts,
            "last_refresh_at": self.last_refresh_at.isoformat() + "Z" if self.last_refresh_at else None,
            "last_error": self.last_error,
            "last_run": {"status": self.last_run_status, "new": self.last_run_new, "revised": self.last_run_revised,
                         "failed": self.last_run_failed} if self.last_run_status else None,
        }


def source_statuses(engine: Engine) -> list[SourceStatus]:
    """Every source with a scraper, plus any other source the record holds readouts of."""
    with engine.connect() as connection:
        rows = {row.name: row for row in connection.execute(
            select(Source.name, Source.title, Source.side, Source.last_refresh_at, Source.last_error))}
        counts = dict(connection.execute(
            select(Readout.source_name, func.count(Readout.id)).group_by(Readout.source_name)).all())
        latest = select(RefreshRun.source_name, func.max(RefreshRun.id).label("id")).group_by(
            RefreshRun.source_name).subquery()
        runs = {row.source_name: row for row in connection.execute(
            select(RefreshRun).join(latest, RefreshRun.id == latest.c.id))}
    statuses = []
    for name in [*SCRAPERS, *sorted(set(rows) - set(SCRAPERS))]:
        info = source_info(name)
        row = rows.get(name)
        run = runs.get(name)
        statuses.append(SourceStatus(
            name=name, title=row.title if row else info.title, side=row.side if row else info.side,
            urls=scraper(name).describe() if name in SCRAPERS else [],
            readouts=counts.get(name, 0),
            last_refresh_at=row.last_refresh_at if row else None, last_error=row.last_error if row else None,
            last_run_status=run.status if run else None, last_run_new=run.new if run else 0,
            last_run_revised=run.revised if run else 0, last_run_failed=run.failed if run else 0))
    return statuses
