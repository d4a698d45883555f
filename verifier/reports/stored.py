"""Reading stored checks back, for `verifier report` and `verifier checks list`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from db.models import Article, Check
from verifier.reports import ReportError
from verifier.reports.wording import VERDICTS


@dataclass(frozen=True)
class CheckSummary:
    id: int
    created_at: datetime
    article: str  # title, else URL, else the start of its SHA-256
    counts: dict[str, int]  # supported, contested, unsourced, skipped

    @property
    def claims(self) -> int:
        return sum(self.counts.get(verdict, 0) for verdict in VERDICTS)


def load_report(engine, check_id: int) -> dict[str, Any]:
    """The JSON report of a stored check, exactly as the engine stored it."""
    with Session(engine) as session:
        check = session.get(Check, check_id)
        if check is None:
            raise ReportError(f"check {check_id}: no such check in the database (see `verifier checks list`)")
        report = check.report
        if not isinstance(report, dict) or "claims" not in report:
            raise ReportError(f"check {check_id}: the stored report is incomplete; run the check again")
        return report


def list_checks(engine, *, limit: int = 20) -> list[CheckSummary]:
    """The newest checks first."""
    statement = (select(Check.id, Check.created_at, Check.report, Article.title, Article.url, Article.sha256)
                 .join(Article, Article.id == Check.article_id)
                 .order_by(Check.created_at.desc(), Check.id.desc())
                 .limit(limit))
    with Session(engine) as session:
        rows = session.exec(statement).all()
    summaries = []
    for check_id, created_at, report, title, url, sha256 in rows:
        report = report if isinstance(report, dict) else {}
        counts = _counts(report)
        summaries.append(CheckSummary(id=check_id, created_at=created_at,
                                      article=title or url or f"sha256 {sha256[:12]}", counts=counts))
    return summaries


def _counts(report: dict[str, Any]) -> dict[str, int]:
    summary = report.get("summary") or {}
    if summary:
        return {key: int(summary.get(key, 0)) for key in (*VERDICTS, "skipped")}
    claims = report.get("claims") or []
    counts = {verdict: sum(1 for c in claims if c.get("verdict") == verdict) for verdict in VERDICTS}
    counts["skipped"] = len(report.get("skipped") or [])
    return counts
