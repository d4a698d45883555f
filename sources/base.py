"""What every official source provides, and the pieces they share.

A source names its listings (feeds or HTML index pages, newest first) and
turns pages into records with pure `parse_*(text, url)` functions: no
network code here, so parsers are tested on recorded pages alone. Walking
the listings, fetching and storing is `sources/refresh.py`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

from db.store import ReadoutRecord


class ParseError(Exception):
    """A page is not what its source publishes (no body, a maintenance page);
    the message is one line naming the URL. Such a page is never stored."""


@dataclass(frozen=True, slots=True)
class Listing:
    """One place a source lists its publications, newest first."""

    section: str
    url: str  # the first page, on whichever server the source points at
    kind: str = "html"  # "feed": items carry their full text; "html": each item's page is fetched
    fallback: Listing | None = None  # used when this one cannot be fetched or read


@dataclass(frozen=True, slots=True)
class ListingItem:
    url: str  # as the server gave it, to be fetched as given
    title: str
    published: datetime | None = None
    record: ReadoutRecord | None = None  # set when the listing carries the full text (feeds)


@dataclass(slots=True)
class ListingPage:
    items: list[ListingItem] = field(default_factory=list)
    next_url: str | None = None
    skipped: list[str] = field(default_factory=list)  # one line per item left out, with the reason


class OfficialSource:
    """Base of the per-site sources registered in `sources/registry.py`."""

    name: str = ""
    official_origin: str = ""  # scheme and host the record cites, e.g. "https://www.whitehouse.gov"
    # Other hosts serving the same paths (mirrors, former domains), all cited as official_origin.
    host_aliases: tuple[str, ...] = ()
    language: str = "en"

    def __init__(self, base_url: str | None = None):
        self.base_url = (base_url or self.official_origin).rstrip("/")

    # -- what a source must say
    def listings(self) -> list[Listing]:
        raise NotImplementedError

    def parse_listing(self, listing: Listing, text: str, url: str) -> ListingPage:
        raise NotImplementedError

    def parse_article(self, text: str, url: str) -> ReadoutRecord:
        raise NotImplementedError

    # -- shared behaviour
    def url_for(self, path: str) -> str:
        return self.base_url + path

    def official_hosts(self) -> set[str]:
        return {urlsplit(self.official_origin).hostname or "", *self.host_aliases}

    def allowed_hosts(self) -> set[str]:
        """Hosts a fetch may be redirected to: the source's own, and the server it points at."""
        return self.official_hosts() | {urlsplit(self.base_url).hostname or ""}

    def canonical_url(self, url: str) -> str:
        """The URL the record cites: the official host whichever mirror or
        replay served the page, so one publication is stored once."""
        parts = urlsplit(url)
        base = urlsplit(self.base_url)
        official = urlsplit(self.official_origin)
        host = (parts.hostname or "").lower()
        if host in self.official_hosts() or (parts.scheme, parts.netloc) == (base.scheme, base.netloc):
            path = re.sub(r"/{2,}", "/", parts.path) or "/"
            return urlunsplit((official.scheme, official.netloc, path, parts.query, ""))
        return urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, ""))

    def fetch_url(self, canonical: str) -> str:
        """Where to fetch a cited URL from: on the server the source points at."""
        parts = urlsplit(canonical)
        if (parts.hostname or "") in self.official_hosts():
            return self.base_url + parts.path + (f"?{parts.query}" if parts.query else "")
        return canonical

    def describe(self) -> list[str]:
        return [listing.url for listing in self.listings()]
