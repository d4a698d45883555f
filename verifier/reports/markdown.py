"""The Markdown report: the HTML report's content, for pasting into a document
or a ticket. CommonMark with a GFM table for the skipped sentences.

Text from the article or the record is escaped (`_md`) so it can never become
markup, raw HTML or a link; matched words are marked with **bold**.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

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
    VERDICT_MEANINGS,
    VERDICTS,
    attribution_label,
    explain_reason,
    grade_label,
    verdict_label,
)

# Characters that start or end Markdown constructs inline: emphasis, code,
# link and image brackets (with [ and ] escaped, "(" and "!" can do nothing),
# raw HTML and autolinks, entities, table cells, strikethrough, headings.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~#])")
# A line that would become a list item, heading, quote or rule where it starts.
_BLOCK_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)(\.))")


def _md(value: Any) -> str:
    """Escaped inline text on one line (line breaks become spaces: a claim is
    one paragraph). Where it starts a line, wrap it in _escape_block_start."""
    text = " ".join(str(value if value is not None else "").split())
    return _INLINE_SPECIAL.sub(r"\\\1", text)


def _marked(text: str, terms: list[str]) -> str:
    flat = " ".join((text or "").split())
    out = []
    position = 0
    for piece, matched in segments(flat, terms):
        escaped = _INLINE_SPECIAL.sub(r"\\\1", piece)
        before = flat[position - 1] if position else " "
        after = flat[position + len(piece)] if position + len(piece) < len(flat) else " "
        position += len(piece)
        out.append(f"**{escaped}**" if matched and _can_embolden(before, piece, after) else escaped)
    return _escape_block_start("".join(out))


def _can_embolden(before: str, piece: str, after: str) -> bool:
    """Whether **piece** would be bold under CommonMark's flanking rules: a
    delimiter touching punctuation on its inner side needs space or
    punctuation on its outer side, else the asterisks show up literally."""
    def punctuation(character: str) -> bool:
        return not character.isalnum() and not character.isspace()

    if not piece.strip() or piece[0].isspace() or piece[-1].isspace():
        return False
    opens = not punctuation(piece[0]) or before.isspace() or punctuation(before)
    closes = not punctuation(piece[-1]) or after.isspace() or punctuation(after)
    return opens and closes


def _escape_block_start(text: str) -> str:
    def escape(match: re.Match[str]) -> str:
        if match.group(2):
            return f"{match.group(1)}\\{match.group(2)}"
        return f"{match.group(1)}{match.group(3)}\\{match.group(4)}"

    return _BLOCK_START.sub(escape, text, count=1)


def _link(url: str | None, label: str) -> str:
    target = safe_url(url)
    if target is None:
        return _md(label)
    # Percent-encode what could end the link destination early.
    destination = quote(target, safe=":/?#@!$&'*+,;=%~-._[]")
    return f"[{_md(label)}]({destination})"


def render_markdown(report: dict[str, Any]) -> str:
    article = report.get("article") or {}
    check = report.get("check") or {}
    tally = counts(report)
    lines = [f"# Verification report: {_md(article_name(report))}", ""]
    if article.get("url"):
        lines.append(f"- **Article:** {_link(article['url'], article['url'])}")
    lines += [
        f"- **Published:** {_md(day(article.get('published')))}",
        *([f"- **Event date:** {_md(anchor_line(report))}"] if anchor_line(report) else []),
        *([f"- **Sources:** {_md(sources_line(report))}"] if sources_line(report) else []),
        f"- **Checked:** {_md(when(check.get('created_at')))} (check \\#{_md(check.get('id', '—'))})",
        f"- **Record:** {_md(corpus_line(report))}",
        "",
        "**Summary:** " + " · ".join(f"{tally[v]} {v}" for v in VERDICTS) + f" · {tally['skipped']} skipped",
        "",
    ]
    claims = report.get("claims") or []
    if not claims:
        lines += ["The article has no checkable claims.", ""]
    for claim in claims:
        lines += _claim(claim)
    skipped = report.get("skipped") or []
    if skipped:
        lines += [f"## Skipped sentences ({len(skipped)})", "", "| Sentence | Why skipped |", "| --- | --- |"]
        lines += [f"| {_md(item.get('text', ''))} | {_md(item.get('reason', ''))} |" for item in skipped]
        lines.append("")
    lines += ["## How to read this report", ""]
    lines += [f"- **{verdict_label(v)}:** {_md(VERDICT_MEANINGS[v])}" for v in VERDICTS]
    tool = report.get("tool") or {}
    lines += ["", f"*Made by {_md(tool.get('name', 'verifier'))} {_md(tool.get('version', ''))}. A verdict says "
              "what the official record states, not whether the claim is true.*", ""]
    return "\n".join(lines)


def _claim(claim: dict[str, Any]) -> list[str]:
    index = claim.get("index", 0)
    number = int(index) + 1 if isinstance(index, int) else index
    verdict = str(claim.get("verdict", ""))
    attribution = ("no attribution" if claim.get("attribution") in (None, "none")
                   else f"attributed to {attribution_label(claim.get('attribution'))}")
    if claim.get("attribution_phrase"):
        attribution += f" (“{claim['attribution_phrase']}”)"
    lines = [f"## Claim {_md(number)}: {_md(verdict_label(verdict))} (confidence {percent(claim.get('confidence'))})",
             "", f"*{_md(attribution)}*", "",
             f"> {_marked(claim.get('text', ''), claim_terms(claim))}", ""]
    if claim.get("explanation"):
        lines += [_escape_block_start(_md(claim["explanation"])), ""]
    reasons = claim.get("reasons") or []
    if reasons:
        lines += ["**Why:**", ""]
        lines += [f"- {_escape_block_start(_md(explain_reason(code)))} ({_md(code)})" for code in reasons]
        lines.append("")
    quotes = claim.get("quotes") or []
    if quotes:
        lines += ["**Quotes:**", ""]
        for quote_item in quotes:
            matched = quote_item.get("matched")
            record = f"record: “{_md(matched)}”" if matched else "not in the record"
            lines.append(f"- **{_md(grade_label(str(quote_item.get('grade', ''))))}** "
                         f"“{_md(quote_item.get('text', ''))}”; {record}")
        lines.append("")
    lines += [f"**{EVIDENCE_HEADINGS.get(verdict, 'Official record')}:**", ""]
    evidence = claim.get("evidence") or []
    if not evidence:
        lines.append("- *No official sentence speaks to this claim.*")
    for item in evidence:
        source_line = " · ".join([
            _link(item.get("url"), item.get("title") or item.get("url") or "official publication"),
            _md(item.get("source", "")), _md(day(item.get("published"))), f"score {score(item.get('score'))}",
        ])
        marked = _marked(item.get("sentence", ""), list(item.get("matched_terms") or []))
        lines.append(f"- “{marked}”; {source_line}")
    lines.append("")
    return lines
