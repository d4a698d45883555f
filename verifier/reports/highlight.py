"""Which words of a claim or an evidence sentence matched, as text segments.

Renderers escape each segment themselves, so highlighting can never split an
HTML entity or a Markdown escape.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache


@lru_cache(maxsize=512)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    words = sorted({t.strip() for t in terms if t and t.strip()}, key=lambda t: (-len(t), t))
    if not words:
        return None
    # Longest first, so "North Korea" wins over "North".
    return re.compile("|".join(_alternative(w) for w in words), re.IGNORECASE)


# Chinese, Japanese and Korean script: no spaces between words, so a term in
# it matches anywhere, not only at word boundaries.
_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]")


def _is_word_edge(character: str) -> bool:
    return bool(re.match(r"\w", character)) and not _CJK.match(character)


def _alternative(term: str) -> str:
    body = r"\s+".join(re.escape(part) for part in term.split())
    # A boundary only where the term's edge is a word character: "AI" must not
    # match inside "said", but "U.S." and "<script>" end in punctuation.
    before = r"(?<!\w)" if _is_word_edge(term[0]) else ""
    after = r"(?!\w)" if _is_word_edge(term[-1]) else ""
    return f"{before}(?:{body}){after}"


def segments(text: str, terms: Iterable[str]) -> list[tuple[str, bool]]:
    """Split `text` into (piece, matched) pairs; matching is case-insensitive
    and on word boundaries. Joining the pieces gives `text` back."""
    pattern = _pattern(tuple(terms))
    if pattern is None or not text:
        return [(text, False)] if text else []
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            pieces.append((text[position:match.start()], False))
        pieces.append((match.group(0), True))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces


def claim_terms(claim: dict) -> list[str]:
    """The words to mark in a claim: every word any of its evidence matched."""
    terms: list[str] = []
    for evidence in claim.get("evidence") or []:
        terms.extend(evidence.get("matched_terms") or [])
    return terms
