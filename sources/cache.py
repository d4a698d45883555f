"""Conditional-GET validators kept in the database's `http_cache` table.

`PendingValidators` holds new validators back until the caller says the
page's contents were stored: if a refresh fails half-way through a listing,
the listing must be fetched in full next time, not answered 304.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Engine

from db.models import HttpCacheEntry
from db.store import utcnow, write_transaction
from sources.http import Validators, ValidatorStore

cache_table = HttpCacheEntry.__table__


class DatabaseValidators:
    """A `ValidatorStore` over the `http_cache` table."""

    def __init__(self, engine: Engine):
        self.engine = engine

    def get(self, url: str) -> Validators | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                select(cache_table.c.etag, cache_table.c.last_modified).where(cache_table.c.url == url)
            ).first()
        return Validators(row.etag, row.last_modified) if row else None

    def put(self, url: str, validators: Validators, status: int) -> None:
        self.put_many([(url, validators, status)])

    def put_many(self, entries: list[tuple[str, Validators, int]]) -> None:
        if not entries:
            return
        now = utcnow()
        with write_transaction(self.engine) as connection, connection.begin():
            urls = [url for url, _, _ in entries]
            connection.execute(delete(cache_table).where(cache_table.c.url.in_(urls)))
            connection.execute(insert(cache_table), [
                {"url": url, "etag": (v.etag or None) and v.etag[:512],
                 "last_modified": (v.last_modified or None) and v.last_modified[:128],
                 "status": status, "fetched_at": now}
                for url, v, status in entries
            ])


class PendingValidators:
    """Reads through to `inner`; writes wait for `commit(url)`."""

    def __init__(self, inner: ValidatorStore):
        self.inner = inner
        self._pending: dict[str, tuple[Validators, int]] = {}

    def get(self, url: str) -> Validators | None:
        return self.inner.get(url)

    def put(self, url: str, validators: Validators, status: int) -> None:
        self._pending[url] = (validators, status)

    def commit(self, *urls: str) -> None:
        entries = [(url, *self._pending.pop(url)) for url in urls if url in self._pending]
        if not entries:
            return
        if hasattr(self.inner, "put_many"):  # one transaction for a page's worth of URLs
            self.inner.put_many(entries)
        else:
            for url, validators, status in entries:
                self.inner.put(url, validators, status)

    def discard(self, url: str) -> None:
        self._pending.pop(url, None)
