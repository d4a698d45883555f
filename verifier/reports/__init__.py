"""Reports of a check, rendered from the engine's JSON report.

Every format is made from the same JSON report (docs/report-format.md), so a
stored check can be re-rendered at any time without re-running it:

    render(report, "html")              -> str
    format_for_path(Path("out.jsonld")) -> "claimreview"
    write_report(report, path)          -> writes atomically, format from the suffix

The terminal table is the CLI's job, not this package's.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

FORMATS = ("json", "md", "html", "csv", "claimreview")

_SUFFIXES = {
    ".json": "json",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".csv": "csv",
    ".jsonld": "claimreview",
}


class ReportError(ValueError):
    """A report cannot be rendered or written; the message is one line for the user."""


def format_for_path(path: str | Path) -> str:
    """The format a file name asks for, from its suffix."""
    suffix = Path(path).suffix.lower()
    try:
        return _SUFFIXES[suffix]
    except KeyError:
        known = " ".join(sorted(_SUFFIXES))
        raise ReportError(f"{path}: cannot tell the report format from the suffix "
                          f"{suffix or '(none)'!r}; use one of {known} or give --format") from None


def render(report: dict[str, Any], fmt: str, **options: Any) -> str:
    """Render a JSON report as `fmt` (one of FORMATS).

    Options: `org`, `org_url` and `review_url` for ClaimReview (see
    verifier.reports.claimreview); the other formats take none.
    """
    if fmt == "json":
        return render_json(report)
    if fmt == "md":
        from verifier.reports.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from verifier.reports.html import render_html

        return render_html(report)
    if fmt == "csv":
        from verifier.reports.csv_report import render_csv

        return render_csv(report)
    if fmt == "claimreview":
        from verifier.reports.claimreview import render_claimreview

        return render_claimreview(report, **options)
    raise ReportError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")


def render_json(report: dict[str, Any]) -> str:
    # Key order is the engine's (the contract's order); no sorting, so the
    # same check gives byte-identical JSON apart from check.id/created_at.
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def write_report(report: dict[str, Any], path: str | Path, fmt: str | None = None, **options: Any) -> str:
    """Render and write a report; returns the format used.

    The file is written to a temporary name beside it and renamed into place,
    so an interrupted write never leaves half a report under the real name.
    """
    path = Path(path)
    fmt = fmt or format_for_path(path)
    text = render(report, fmt, **options)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ReportError(f"{path}: directory {directory} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        # newline="" keeps the CSV's RFC 4180 CRLF line ends exactly as rendered.
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ReportError(f"{path}: cannot write the report ({exc.strerror or exc})") from None
    return fmt
