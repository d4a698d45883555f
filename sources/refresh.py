"""Bringing the record up to date from the official sites.

Each listing is walked newest first. The walk stops at the first
publication already stored with the same text (or at a listing answered
304, or at `since`, or after `max_pages`); `backfill` walks on past known
items to find ones an earlier run missed. New texts and new revisions go
through `db.store.store_readouts`, one transaction per listing page, so an
interrupted refresh leaves every readout whole or absent.

A listing's validators are saved only when every item it led to was
stored: a failure half-way means the listing is read in full next time.
An item that failed is remembered (an `http_cache` row with status 0, "to
retry") and fetched first on the next run, since the walk would otherwise
stop at the newer, already stored items above it. One failing source (or
listing) does not stop the others; each run of each source is a
`refresh_run` row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.engine import Engine

from db.models import HttpCacheEntry, Readout, RefreshRun, Source
from db.store import ReadoutRecord, ensure_sources, store_readouts, utc_naive, utcnow, write_transaction
from db.text import content_hash, normalise_body
from sources.base import Listing, ListingPage, OfficialSource, ParseError
from sources.cache import DatabaseValidators, PendingValidators
from sources.http import FetchError, PoliteClient, ValidatorStore
from sources.registry import scraper, source_info

readout_table = Readout.__table__
run_table = RefreshRun.__table__
source_table = Source.__table__
cache_table = HttpCacheEntry.__table__
RETRY_STATUS = 0  # an http_cache row with this status marks an item to fetch again next run


class RefreshInterrupted(Exception):
    """A stop was requested (SIGTERM, Ctrl-C); what was stored is whole."""


@dataclass(slots=True)
class SourceSummary:
    source: str
    new: int = 0
    revised: int = 0
    unchanged: int = 0
    failed: int = 0
    skipped: int = 0  # listing items left out (no title, no date)
    requests: int = 0
    bytes: int = 0
    not_modified: int = 0
    pages: int = 0
    status: str = "running"
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    new_urls: list[str] = field(default_factory=list)
    revised_urls: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass(frozen=True, slots=True)
class RefreshOptions:
    since: datetime | None = None  # timezone-aware
    max_pages: int | None = None  # per listing
    backfill: bool = False
    base_url: str | None = None  # point the sources at a mirror or a replay


ProgressCallback = Callable[[SourceSummary], None]


def refresh_sources(
    engine: Engine,
    names: Iterable[str],
    client: PoliteClient,
    options: RefreshOptions = RefreshOptions(),
    *,
    validators: ValidatorStore | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    on_progress: ProgressCallback | None = None,
) -> list[SourceSummary]:
    """Refresh each named source in turn; a summary per source, failures included."""
    sources = [scraper(name, options.base_url) for name in names]
    ensure_sources(engine, [source_info(source.name) for source in sources])
    store = validators or DatabaseValidators(engine)
    summaries = []
    for source in sources:
        summary = _Run(engine, source, client, options, store, should_stop, on_progress).run()
        summaries.append(summary)
        if summary.status == "interrupted":
            raise RefreshInterrupted(f"refresh stopped during {source.name}; everything stored so far is whole")
    return summaries


class _Run:
    def __init__(self, engine: Engine, source: OfficialSource, client: PoliteClient, options: RefreshOptions,
                 store: ValidatorStore, should_stop: Callable[[], bool], on_progress: ProgressCallback | None):
        self.engine = engine
        self.source = source
        self.client = client
        self.options = options
        self.pending = PendingValidators(store)
        self.should_stop = should_stop
        self.on_progress = on_progress
        self.summary = SourceSummary(source.name)
        self.seen: set[str] = set()
        self.since = utc_naive(options.since) if options.since else None
        self.to_retry: set[str] = set()  # canonical URLs of items that failed in this run
        self.recovered: set[str] = set()  # marked in an earlier run, stored in this one

    def run(self) -> SourceSummary:
        started = utcnow()
        with write_transaction(self.engine) as connection, connection.begin():
            run_id = connection.execute(insert(run_table).returning(run_table.c.id).values(
                source_name=self.source.name, started_at=started, status="running")).scalar_one()
        self._requests_before, self._bytes_before = self.client.stats.requests, self.client.stats.bytes
        try:
            self._retry_earlier_failures()
            for listing in self.source.listings():
                self._check_stop()
                self._walk_with_fallback(listing)
            self.summary.status = "failed" if self.summary.failed else "ok"
        except RefreshInterrupted:
            self.summary.status = "interrupted"
            self.summary.errors.append("interrupted")
        except Exception as exc:  # a bug or an unforeseen page must not stop the other sources
            self.summary.status = "failed"
            self.summary.failed += 1
            self.summary.errors.append(f"{self.source.name}: {type(exc).__name__}: {exc}")
        finally:
            self._count_traffic()
            self._record(run_id)
        return self.summary

    def _record(self, run_id: int) -> None:
        s = self.summary
        error = "; ".join(s.errors[:5]) + (f" (and {len(s.errors) - 5} more)" if len(s.errors) > 5 else "")
        now = utcnow()
        with write_transaction(self.engine) as connection, connection.begin():
            connection.execute(update(run_table).where(run_table.c.id == run_id).values(
                finished_at=now, status=s.status, new=s.new, revised=s.revised, unchanged=s.unchanged,
                failed=s.failed, requests=s.requests, bytes=s.bytes, error=error or None))
            connection.execute(update(source_table).where(source_table.c.name == self.source.name).values(
                last_refresh_at=now, last_error=error or None))
            marks = self.to_retry | self.recovered
            if marks:
                connection.execute(delete(cache_table).where(cache_table.c.url.in_(sorted(marks))))
            if self.to_retry:
                connection.execute(insert(cache_table), [
                    {"url": url, "etag": None, "last_modified": None, "status": RETRY_STATUS, "fetched_at": now}
                    for url in sorted(self.to_retry)])

    def _retry_earlier_failures(self) -> None:
        with self.engine.connect() as connection:
            marked = connection.scalars(select(cache_table.c.url).where(cache_table.c.status == RETRY_STATUS)).all()
        hosts = self.source.official_hosts()
        for canonical in marked:
            if (urlsplit(canonical).hostname or "") not in hosts:
                continue
            self._check_stop()
            self.seen.add(canonical)
            try:
                result = self.client.fetch(self.source.fetch_url(canonical), allowed_hosts=self.source.allowed_hosts())
                record = self.source.parse_article(result.text, result.final_url)
            except (FetchError, ParseError) as exc:
                self._fail(str(exc), canonical)
                continue
            self._store([record])
            self.recovered.add(canonical)
            self._progress()

    def _check_stop(self) -> None:
        if self.should_stop():
            raise RefreshInterrupted()

    def _count_traffic(self) -> None:
        self.summary.requests = self.client.stats.requests - self._requests_before
        self.summary.bytes = self.client.stats.bytes - self._bytes_before

    def _progress(self) -> None:
        if self.on_progress:
            self._count_traffic()
            self.on_progress(self.summary)

    # ------------------------------------------------------------ listings

    def _walk_with_fallback(self, listing: Listing) -> None:
        try:
            self._walk(listing)
        except (FetchError, ParseError) as exc:
            if listing.fallback is None:
                self._fail(str(exc))
                return
            self.summary.notes.append(f"{listing.url}: {exc}; reading {listing.fallback.url} instead")
            try:
                self._walk(listing.fallback)
            except (FetchError, ParseError) as fallback_exc:
                self._fail(str(fallback_exc))

    def _fail(self, message: str, item_url: str | None = None) -> None:
        if item_url:
            self.to_retry.add(item_url)
        self.summary.failed += 1
        self.summary.errors.append(message)
        self._progress()

    def _walk(self, listing: Listing) -> None:
        """Raises only for the listing's first page; later pages fail on their own."""
        page_url: str | None = listing.url
        number = 0
        to_commit: list[str] = []
        failures_before = self.summary.failed
        while page_url and (self.options.max_pages is None or number < self.options.max_pages):
            self._check_stop()
            first = number == 0
            try:
                result = self.client.fetch(page_url, allowed_hosts=self.source.allowed_hosts(),
                                           conditional=first and not self.options.backfill, cache=self.pending)
            except FetchError as exc:
                if first:
                    raise
                if exc.status == 404:  # feeds answer 404 past their last page
                    break
                self._fail(str(exc))
                break
            number += 1
            self.summary.pages += 1
            if result.not_modified:
                self.summary.not_modified += 1
                self._progress()
                break
            try:
                page = self.source.parse_listing(listing, result.text, result.final_url)
            except ParseError as exc:
                if first:
                    raise
                self._fail(str(exc))
                break
            to_commit.append(page_url)
            stop = self._take_page(page)
            self._progress()
            if stop:
                break
            page_url = page.next_url
        if self.summary.failed == failures_before:
            self.pending.commit(*to_commit)
        else:
            for url in to_commit:
                self.pending.discard(url)

    def _known_hashes(self, urls: list[str]) -> dict[str, str]:
        if not urls:
            return {}
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(readout_table.c.url, readout_table.c.content_hash)
                .where(readout_table.c.url.in_(bindparam("urls", expanding=True))), {"urls": urls})
            return {row.url: row.content_hash for row in rows}

    def _take_page(self, page: ListingPage) -> bool:
        """Fetch and store the page's new items; True when the walk should stop here."""
        self.summary.skipped += len(page.skipped)
        self.summary.notes.extend(page.skipped)
        known = self._known_hashes([self.source.canonical_url(item.url) for item in page.items])
        records: list[ReadoutRecord] = []
        fetched: list[str] = []
        stop = False
        for item in page.items:
            self._check_stop()
            if self.since and item.published and utc_naive(item.published) < self.since:
                stop = True
                break
            canonical = self.source.canonical_url(item.url)
            if canonical in self.seen:
                continue  # listed in two sections
            self.seen.add(canonical)
            record = item.record
            if record is None:
                if canonical in known and self.options.backfill:
                    self.summary.unchanged += 1  # backfill looks for missing items, not for changes
                    continue
                try:
                    result = self.client.fetch(item.url, allowed_hosts=self.source.allowed_hosts(),
                                               conditional=canonical in known, cache=self.pending)
                    if result.not_modified:
                        self.summary.unchanged += 1
                        stop = True
                        break
                    record = self.source.parse_article(result.text, result.final_url)
                except (FetchError, ParseError) as exc:
                    self._fail(str(exc), canonical)
                    continue
                fetched.append(item.url)
                if self.since and utc_naive(record.published) < self.since:
                    stop = True
                    break
            if canonical in known and known[canonical] == content_hash(normalise_body(record.body)):
                self.summary.unchanged += 1
                if not self.options.backfill:
                    stop = True
                    break
                continue
            records.append(record)
        self._store(records)
        self.pending.commit(*fetched)
        return stop

    def _store(self, records: list[ReadoutRecord]) -> None:
        if not records:
            return
        stored = store_readouts(self.engine, records)
        self.summary.new += stored.new
        self.summary.revised += stored.revised
        self.summary.unchanged += stored.unchanged
        self.summary.new_urls.extend(stored.new_urls)
        self.summary.revised_urls.extend(stored.revised_urls)
