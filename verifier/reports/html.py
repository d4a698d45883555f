"""The HTML report: one self-contained page, readable offline and printable.

Everything that comes from the article or the record goes through `_text`
(html.escape) or `_link` (http/https only); the page's Content-Security-Policy
allows no network at all and runs only the script shipped here (by its hash),
so even a missed escape could neither fetch anything nor run injected code.
"""

from __future__ import annotations

import base64
import hashlib
from functools import lru_cache
from html import escape
from importlib import resources
from string import Template
from typing import Any

from verifier.reports.highlight import claim_terms, segments
from verifier.reports.view import (
    anchor_line,
    article_name,
    corpus_line,
    counts,
    day,
    percent,
    safe_url,
    score,
    sources_line,
    when,
)
from verifier.reports.wording import (
    EVIDENCE_HEADINGS,
    QUOTE_GRADES,
    REASONS,
    VERDICT_MEANINGS,
    VERDICTS,
    attribution_label,
    explain_reason,
    grade_label,
    verdict_label,
)


@lru_cache(maxsize=1)
def _assets() -> tuple[Template, str, str]:
    folder = resources.files("verifier") / "templates"
    return (Template((folder / "report.html").read_text(encoding="utf-8")),
            (folder / "report.css").read_text(encoding="utf-8"),
            (folder / "report.js").read_text(encoding="utf-8"))


def _text(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _marked(text: str, terms: list[str]) -> str:
    return "".join(f"<mark>{_text(piece)}</mark>" if matched else _text(piece)
                   for piece, matched in segments(text or "", terms))


def _link(url: str | None, label: str) -> str:
    target = safe_url(url)
    if target is None:
        return _text(label)
    return f'<a href="{_text(target)}" rel="noopener noreferrer">{_text(label)}</a>'


def render_html(report: dict[str, Any]) -> str:
    template, css, script = _assets()
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; "
           "base-uri 'none'; form-action 'none'")
    tool = report.get("tool") or {}
    body = "\n".join([_masthead(report), _summary(report), _claims(report), _footer(report)])
    return template.substitute(
        csp=_text(csp),
        generator=_text(f"{tool.get('name', 'verifier')} {tool.get('version', '')}".strip()),
        title=_text(f"Verification report: {article_name(report)}"),
        css=css,
        body=body,
        script=script,
    )


def _masthead(report: dict[str, Any]) -> str:
    article = report.get("article") or {}
    check = report.get("check") or {}
    rows = []
    if article.get("url"):
        rows.append(("Article", _link(article["url"], article["url"])))
    rows.append(("Published", _text(day(article.get("published")))))
    if anchor_line(report):
        rows.append(("Event date", _text(anchor_line(report))))
    if sources_line(report):
        rows.append(("Sources", _text(sources_line(report))))
    rows.append(("Checked", _text(f"{when(check.get('created_at'))} · check #{check.get('id', '—')}")))
    rows.append(("Record", _text(corpus_line(report))))
    meta = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    return (f'<header class="masthead"><p class="kicker">Verification report · official record check</p>'
            f"<h1>{_text(article_name(report))}</h1><dl>{meta}</dl></header>")


def _summary(report: dict[str, Any]) -> str:
    tally = counts(report)
    total = sum(tally[v] for v in VERDICTS)
    items = "".join(f'<li class="{v}"><b>{tally[v]}</b> {_text(verdict_label(v).lower())}</li>' for v in VERDICTS)
    items += f'<li class="tally-skipped"><b>{tally["skipped"]}</b> skipped</li>'
    segments_html = "".join(f'<span class="{v}" style="flex-grow:{tally[v]}" title="{tally[v]} {v}"></span>'
                            for v in VERDICTS if tally[v])
    label = ", ".join(f"{tally[v]} {v}" for v in VERDICTS)
    buttons = [f'<button type="button" data-filter="all" aria-pressed="true">All {total}</button>']
    buttons += [f'<button type="button" data-filter="{v}" aria-pressed="false">'
                f"{_text(verdict_label(v))} {tally[v]}</button>" for v in VERDICTS]
    return (f'<section class="summary" aria-label="Summary"><div class="wrap">'
            f'<ul class="tally">{items}</ul>'
            f'<div class="bar" role="img" aria-label="{_text(label)}">{segments_html}</div>'
            f'<div class="filter" id="verdict-filter" role="group" aria-label="Show claims" hidden>'
            f'{"".join(buttons)}</div></div></section>')


def _claims(report: dict[str, Any]) -> str:
    claims = report.get("claims") or []
    cards = [_card(claim) for claim in claims]
    if not claims:
        cards.append('<p class="nothing-shown">The article has no checkable claims.</p>')
    else:
        cards.append('<p class="nothing-shown" id="nothing-shown" hidden>No claim has this verdict.</p>')
    return f'<main class="wrap">{"".join(cards)}{_skipped(report)}{_notes(report)}</main>'


def _card(claim: dict[str, Any]) -> str:
    verdict = str(claim.get("verdict", ""))
    verdict_class = verdict if verdict in VERDICTS else "unknown"
    index = claim.get("index", 0)
    number = int(index) + 1 if isinstance(index, int) else index
    attribution = ("no attribution" if claim.get("attribution") in (None, "none")
                   else f"attributed to {attribution_label(claim.get('attribution'))}")
    if claim.get("attribution_phrase"):
        attribution += f" (“{claim['attribution_phrase']}”)"
    head = (f'<div class="card-head"><span class="number">Claim {_text(number)}</span>'
            f'<span class="badge">{_text(verdict_label(verdict))}</span>'
            f'<span>confidence {_text(percent(claim.get("confidence")))}</span>'
            f"<span>{_text(attribution)}</span></div>")
    parts = ['<div class="claim"><h3>The article says</h3>',
             f'<p class="claim-text">{_marked(claim.get("text", ""), claim_terms(claim))}</p>']
    if claim.get("explanation"):
        parts.append(f'<p class="explanation">{_text(claim["explanation"])}</p>')
    reasons = claim.get("reasons") or []
    if reasons:
        items = "".join(f"<li>{_text(explain_reason(code))} <code>{_text(code)}</code></li>" for code in reasons)
        parts.append(f'<ul class="reasons">{items}</ul>')
    quotes = claim.get("quotes") or []
    if quotes:
        parts.append('<h3>Quotes</h3><ul class="quotes">')
        for quote in quotes:
            grade = str(quote.get("grade", ""))
            matched = quote.get("matched")
            record = (f'<span class="matched">record: “{_text(matched)}”</span>' if matched
                      else '<span class="matched">not in the record</span>')
            parts.append(f'<li><span class="grade grade-{_text(grade)}" title="{_text(QUOTE_GRADES.get(grade, ""))}">'
                         f"{_text(grade_label(grade))}</span>“{_text(quote.get('text', ''))}”{record}</li>")
        parts.append("</ul>")
    parts.append("</div>")
    evidence = claim.get("evidence") or []
    record = [f'<div class="record"><h3>{_text(EVIDENCE_HEADINGS.get(verdict, "Official record"))}</h3>']
    if not evidence:
        record.append('<p class="no-evidence">No official sentence speaks to this claim.</p>')
    for item in evidence:
        source = item.get("source", "")
        caption = " · ".join([
            _link(item.get("url"), item.get("title") or item.get("url") or "official publication"),
            _text(source), _text(day(item.get("published"))), f"score {_text(score(item.get('score')))}",
        ])
        record.append(f'<figure class="evidence" data-source="{_text(source)}"><blockquote>'
                      f'{_marked(item.get("sentence", ""), list(item.get("matched_terms") or []))}'
                      f"</blockquote><figcaption>{caption}</figcaption></figure>")
    record.append("</div>")
    return (f'<article class="claim-card verdict-{verdict_class}" id="claim-{_text(index)}" '
            f'data-verdict="{_text(verdict)}">{head}<div class="card-body">{"".join(parts)}'
            f'{"".join(record)}</div></article>')


def _skipped(report: dict[str, Any]) -> str:
    skipped = report.get("skipped") or []
    if not skipped:
        return ""
    rows = "".join(f"<tr><td>{_text(item.get('text', ''))}</td><td>{_text(item.get('reason', ''))}</td></tr>"
                   for item in skipped)
    return (f'<section class="skipped" id="skipped"><h2>Skipped sentences ({len(skipped)})</h2>'
            f"<p>Not checked, because they are not claims.</p>"
            f"<table><thead><tr><th>Sentence</th><th>Why skipped</th></tr></thead><tbody>{rows}</tbody></table>"
            f"</section>")


def _notes(report: dict[str, Any]) -> str:
    """What the verdicts and the reason codes on this page mean."""
    used = [code for claim in report.get("claims") or [] for code in claim.get("reasons") or []]
    terms = [(verdict_label(v), VERDICT_MEANINGS[v]) for v in VERDICTS]
    terms += [(code, explain_reason(code)) for code in dict.fromkeys(used) if code in REASONS]
    rows = "".join(f"<dt>{_text(term)}</dt><dd>{_text(meaning)}</dd>" for term, meaning in terms)
    return f'<section class="notes"><h2>How to read this report</h2><dl>{rows}</dl></section>'


def _footer(report: dict[str, Any]) -> str:
    tool = report.get("tool") or {}
    article = report.get("article") or {}
    return (f'<footer class="wrap">Made by {_text(tool.get("name", "verifier"))} {_text(tool.get("version", ""))}. '
            f"Article SHA-256 <code>{_text(article.get('sha256', ''))}</code>. "
            f"A verdict says what the official record states, not whether the claim is true.</footer>")
