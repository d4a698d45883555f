"""What a gold comment cites, read the same way by every harness that asks (retrieval.py, reach.py): the
publications by their URLs, and the sentences of them it quotes (five words running in both)."""

from __future__ import annotations

import re

from sqlalchemy import text


def cited_urls(comment: str) -> list[str]:
    return list(dict.fromkeys(url.rstrip(".,;:)'\"") for url in re.findall(r"https?://\S+", comment)))


# A quoted passage: in double quotes, curly quotes, or single quotes (an apostrophe inside a word does not end it).
_QUOTED = re.compile(r'"([^"]{20,})"|\u201c([^\u201d]{20,})\u201d|(?:^|(?<=[\s:(]))\'(.{20,}?)\'(?=[\s.,;:)]|$)')


def quoted_passages(comment: str) -> list[str]:
    """The passages the comment quotes, in any of the quotation marks above."""
    return [next(group for group in match.groups() if group) for match in _QUOTED.finditer(comment)]


def _words(text_: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text_.casefold())


def _grams(words: list[str], size: int = 5) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + size]) for i in range(max(1, len(words) - size + 1))}


def cited_sentences(comment: str, hits) -> set[int]:
    """The sentences of the cited publications that the comment quotes (five words running in both)."""
    quoted = set()
    for passage in quoted_passages(comment):
        quoted |= _grams(_words(passage))
    return {hit.sentence_id for hit in hits if _grams(_words(hit.text)) & quoted}


def readout_ids(connection, urls: list[str]) -> dict[str, int]:
    """Each URL the record holds, with its publication's id."""
    found = {}
    for url in urls:
        row = connection.execute(text("SELECT id FROM readout WHERE url = :url"), {"url": url}).first()
        if row is not None:
            found[url] = row[0]
    return found
