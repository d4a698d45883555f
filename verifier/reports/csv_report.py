"""The CSV report: one row per claim, for a spreadsheet.

Encoding (docs/report-format.md): UTF-8 with a byte-order mark, RFC 4180
quoting and CRLF line ends. Excel reads a CSV without a BOM in the machine's
legacy code page, which turns Chinese text and curly quotes into mojibake;
with the BOM, Excel, LibreOffice, Numbers and Google Sheets all read UTF-8,
and Python reads it with encoding="utf-8-sig".

Cells of text from the article or the record that begin with = + - @ (or a
tab or carriage return) get a leading apostrophe, so a spreadsheet shows them
as text instead of running them as a formula (CSV injection).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from verifier.reports.view import day

BOM = "\ufeff"

COLUMNS = (
    "index", "verdict", "confidence", "reasons", "attribution", "claim",
    "evidence_sentence", "evidence_source", "evidence_url", "evidence_published", "evidence_score",
    "quote_grades",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def render_csv(report: dict[str, Any]) -> str:
    buffer = io.StringIO()
    # QUOTE_MINIMAL quotes exactly the fields RFC 4180 requires (comma, quote,
    # CR or LF inside) and doubles embedded quotes.
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for claim in report.get("claims") or []:
        evidence = (claim.get("evidence") or [None])[0] or {}
        quotes = claim.get("quotes") or []
        writer.writerow([
            claim.get("index", ""),
            claim.get("verdict", ""),
            f"{float(claim.get('confidence') or 0):.2f}",
            ";".join(claim.get("reasons") or []),
            claim.get("attribution") or "none",
            _text_cell(claim.get("text", "")),
            _text_cell(evidence.get("sentence", "")),
            evidence.get("source", ""),
            _text_cell(evidence.get("url", "")),
            day(evidence.get("published")) if evidence else "",
            f"{float(evidence['score']):.3f}" if evidence.get("score") is not None else "",
            ";".join(str(q.get("grade", "")) for q in quotes),
        ])
    return BOM + buffer.getvalue()
