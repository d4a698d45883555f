"""Small readings of a JSON report that several formats share: dates, links,
the corpus line, the article's name."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from verifier.reports.wording import VERDICTS


def safe_url(url: str | None) -> str | None:
    """The URL if it may become a link (http or https only), else None: a
    record or article URL like `javascript:...` is shown as text, never
    followed."""
    if not url or not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def day(moment: str | None) -> str:
    """The date part of an ISO timestamp, as the reports print it."""
    if not moment:
        return "—"
    return str(moment)[:10]


def when(moment: str | None) -> str:
    """An ISO timestamp as 'YYYY-MM-DD HH:MM UTC'."""
    if not moment:
        return "—"
    text = str(moment).replace("T", " ")
    if text.endswith("Z") or text.endswith("+00:00"):
        text = text.removesuffix("Z").removesuffix("+00:00")
        return text[:16] + " UTC"
    return text[:16]


def percent(confidence: Any) -> str:
    try:
        return f"{float(confidence) * 100:.0f}%"
    except (TypeError, ValueError):
        return "—"


def score(value: Any) -> str:
    try:
        return f"{float(value):.2f}"
    except (TypeError, ValueError):
        return "—"


def article_name(report: dict[str, Any]) -> str:
    article = report.get("article") or {}
    return article.get("title") or article.get("url") or "Untitled article"


def corpus_line(report: dict[str, Any]) -> str:
    corpus = report.get("corpus") or {}
    sources = corpus.get("sources") or {}
    listed = ", ".join(f"{name} {count}" for name, count in sorted(sources.items()))
    readouts = corpus.get("readouts", sum(sources.values()) if sources else 0)
    line = f"{readouts} official publications"
    if listed:
        line += f" ({listed})"
    if corpus.get("first_published"):
        line += f", {day(corpus.get('first_published'))} to {day(corpus.get('last_published'))}"
    return line


_ANCHOR_ORIGINS = {
    "given": "given with --published",
    "metadata": "from the article's metadata",
    "inferred": "inferred from the dates of the strongest matches",
}


def anchor_line(report: dict[str, Any]) -> str | None:
    """The date the check anchored the article's event on, and where it came
    from: evidence published after it was not used."""
    anchor = (report.get("parameters") or {}).get("anchor") or {}
    if not isinstance(anchor, dict) or not anchor.get("date"):
        return None
    origin = anchor.get("origin")
    line = day(anchor["date"])
    if origin:
        line += f" ({_ANCHOR_ORIGINS.get(origin, origin)})"
    return line


def sources_line(report: dict[str, Any]) -> str | None:
    """The sources a check was restricted to, when it was."""
    sources = (report.get("parameters") or {}).get("sources")
    if not sources:
        return None
    return ", ".join(str(s) for s in sources) + " only"


def counts(report: dict[str, Any]) -> dict[str, int]:
    """Claims per verdict, counted from the claims themselves so a report
    always agrees with its own cards and rows, and the skipped count."""
    claims = report.get("claims") or []
    result = {verdict: sum(1 for c in claims if c.get("verdict") == verdict) for verdict in VERDICTS}
    result["skipped"] = len(report.get("skipped") or [])
    return result
