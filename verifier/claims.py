"""Claims of an article: what the engine checks, and what it skips and why.

INTERFACE (fixed; the implementation is being written):
    extract_claims(text: str) -> ClaimSet
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Attribution values (docs: ../shared/docs/verdicts.md).
US_GOVERNMENT = "us-government"
CHINA_GOVERNMENT = "china-government"
MEDIA = "media"
NO_ATTRIBUTION = "none"


@dataclass(frozen=True)
class Quote:
    """A span inside quotation marks, with offsets into the article text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Claim:
    index: int
    text: str
    start: int  # character offsets into the article text
    end: int
    attribution: str  # one of the four values above
    attribution_phrase: str | None = None  # "the White House said", "a senior U.S. official said"
    quotes: tuple[Quote, ...] = ()
    # The claim with its attribution phrase removed: what is checked against the record.
    content: str = ""


@dataclass(frozen=True)
class SkippedSentence:
    text: str
    start: int
    end: int
    reason: str  # "site furniture", "heading", "fragment", "question", ...


@dataclass
class ClaimSet:
    claims: list[Claim] = field(default_factory=list)
    skipped: list[SkippedSentence] = field(default_factory=list)


def extract_claims(text: str) -> ClaimSet:
    raise NotImplementedError
