"""Refreshing on a schedule, and the lock that keeps refreshes from overlapping.

`refresh_lock(engine)` is the one place that decides how: an exclusive
`flock` on a file beside the SQLite database (released by the kernel if
the process dies), or a PostgreSQL session advisory lock for a team
database. Every refresh, scheduled or by hand, runs under it.

A schedule is either an interval (`6h`, `90m`, `1h30m`) or a five-field
cron expression (`0 */6 * * *`, minute hour day-of-month month
day-of-week, in local time). A failed run is logged and the schedule goes
on; a stop request (SIGTERM, Ctrl-C) ends the loop between runs, or inside
a run between two stored pages.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine

from db.database import sqlite_file

# Any fixed 64-bit number identifies the lock among a PostgreSQL server's advisory locks.
POSTGRES_LOCK_KEY = 0x76657269666965  # "verifie"


class LockBusy(Exception):
    """Another refresh holds the lock."""


class ScheduleError(ValueError):
    """An interval or cron expression that cannot be understood."""


@contextmanager
def refresh_lock(engine: Engine) -> Iterator[str]:
    """Hold the refresh lock for the database behind `engine`, or raise LockBusy at once."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            acquired = connection.exec_driver_sql(f"SELECT pg_try_advisory_lock({POSTGRES_LOCK_KEY})").scalar()
            connection.commit()
            if not acquired:
                raise LockBusy("another refresh of this PostgreSQL database is running (advisory lock "
                               f"{POSTGRES_LOCK_KEY}); try again when it has finished")
            try:
                yield f"PostgreSQL advisory lock {POSTGRES_LOCK_KEY}"
            finally:
                connection.exec_driver_sql(f"SELECT pg_advisory_unlock({POSTGRES_LOCK_KEY})")
                connection.commit()
        return
    database = sqlite_file(str(engine.url))
    if database is None:  # an in-memory database lives in one process only
        with _process_lock("memory"):
            yield "in-process lock"
        return
    import fcntl

    path = lock_path_for(database)
    handle = open(path, "a+")  # noqa: SIM115 - held for the duration of the context
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockBusy(f"another refresh of {database} is running (lock file {path}); "
                           "try again when it has finished") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            yield str(path)
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
    finally:
        handle.close()


_PROCESS_LOCKS: dict[str, threading.Lock] = {}


@contextmanager
def _process_lock(name: str) -> Iterator[None]:
    lock = _PROCESS_LOCKS.setdefault(name, threading.Lock())
    if not lock.acquire(blocking=False):
        raise LockBusy("another refresh of this in-memory database is running")
    try:
        yield
    finally:
        lock.release()


# ---------------------------------------------------------------- schedules

_INTERVAL_PART = re.compile(r"(\d+)\s*([smhd])")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> timedelta:
    """`6h`, `90m`, `1h30m`, `1d` → a timedelta of at least a minute."""
    cleaned = text.strip().lower()
    parts = _INTERVAL_PART.findall(cleaned)
    if not parts or _INTERVAL_PART.sub("", cleaned).strip():
        raise ScheduleError(f"not an interval: {text!r} (use e.g. 6h, 90m, 1h30m, 1d)")
    seconds = sum(int(number) * _UNIT_SECONDS[unit] for number, unit in parts)
    if seconds < 60:
        raise ScheduleError(f"interval {text!r} is shorter than a minute; the sites ask for restraint")
    return timedelta(seconds=seconds)


@dataclass(frozen=True)
class CronSchedule:
    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]  # 0 = Sunday, as cron counts
    day_restricted: bool
    weekday_restricted: bool
    expression: str

    @classmethod
    def parse(cls, expression: str) -> CronSchedule:
        fields = expression.split()
        if len(fields) != 5:
            raise ScheduleError(f"not a cron expression: {expression!r} (five fields: minute hour day month weekday)")
        minute, hour, day, month, weekday = fields
        return cls(
            _cron_field(minute, 0, 59, expression), _cron_field(hour, 0, 23, expression),
            _cron_field(day, 1, 31, expression), _cron_field(month, 1, 12, expression),
            frozenset(d % 7 for d in _cron_field(weekday, 0, 7, expression)),
            day != "*", weekday != "*", expression)

    def _day_matches(self, moment: datetime) -> bool:
        cron_weekday = (moment.weekday() + 1) % 7
        day_ok = moment.day in self.days
        weekday_ok = cron_weekday in self.weekdays
        # cron's rule: when both day fields are restricted, either may match.
        if self.day_restricted and self.weekday_restricted:
            return day_ok or weekday_ok
        return day_ok and weekday_ok

    def next_after(self, moment: datetime) -> datetime:
        candidate = moment.replace(second=0, microsecond=0) + timedelta(minutes=1)
        limit = candidate + timedelta(days=366 * 5)
        while candidate < limit:
            if candidate.month not in self.months or not self._day_matches(candidate):
                candidate = (candidate + timedelta(days=1)).replace(hour=0, minute=0)
                continue
            if candidate.hour not in self.hours:
                candidate = (candidate + timedelta(hours=1)).replace(minute=0)
                continue
            if candidate.minute not in self.minutes:
                candidate += timedelta(minutes=1)
                continue
            return candidate
        raise ScheduleError(f"cron expression {self.expression!r} never matches")


def _cron_field(text: str, low: int, high: int, expression: str) -> frozenset[int]:
    values: set[int] = set()
    for part in text.split(","):
        match = re.fullmatch(r"(\*|\d+(?:-\d+)?)(?:/(\d+))?", part)
        if not match:
            raise ScheduleError(f"cron expression {expression!r}: cannot read {part!r}")
        span, step = match.group(1), int(match.group(2) or 1)
        if span == "*":
            start, end = low, high
        elif "-" in span:
            start, end = (int(x) for x in span.split("-"))
        else:
            start = end = int(span)
            if match.group(2):
                end = high
        if not (low <= start <= end <= high) or step < 1:
            raise ScheduleError(f"cron expression {expression!r}: {part!r} is outside {low}-{high}")
        values.update(range(start, end + 1, step))
    return frozenset(values)


@dataclass(frozen=True)
class Schedule:
    """When to run: every `interval` from the first run, or at cron times."""

    interval: timedelta | None = None
    cron: CronSchedule | None = None

    @classmethod
    def from_options(cls, every: str | None, cron: str | None) -> Schedule:
        if bool(every) == bool(cron):
            raise ScheduleError("give either --every INTERVAL or --cron EXPRESSION")
        return cls(interval=parse_interval(every)) if every else cls(cron=CronSchedule.parse(cron))

    def first_run(self, now: datetime) -> datetime:
        return now if self.interval else self.cron.next_after(now)

    def next_run(self, previous_start: datetime, now: datetime) -> datetime:
        if self.interval:
            following = previous_start + self.interval
            return following if following > now else now
        return self.cron.next_after(now)

    def describe(self) -> str:
        if self.interval:
            return f"every {self.interval}"
        return f"at cron times {self.cron.expression!r}"


def run_schedule(
    schedule: Schedule,
    run_once: Callable[[], None],
    stop: threading.Event,
    *,
    on_error: Callable[[Exception], None],
    on_wait: Callable[[datetime], None] | None = None,
    max_runs: int | None = None,
    now: Callable[[], datetime] = datetime.now,
) -> int:
    """Run `run_once` on the schedule until `stop` is set; returns how many runs started.

    An exception from a run goes to `on_error` and the schedule carries on:
    the next run retries what failed.
    """
    runs = 0
    due = schedule.first_run(now())
    while not stop.is_set() and (max_runs is None or runs < max_runs):
        wait = (due - now()).total_seconds()
        if wait > 0:
            if on_wait:
                on_wait(due)
            if stop.wait(wait):
                break
        started = now()
        runs += 1
        try:
            run_once()
        except Exception as exc:  # the schedule outlives any one failed run
            on_error(exc)
        due = schedule.next_run(started, now())
    return runs


def lock_path_for(database: Path) -> Path:
    return database.with_name(database.name + ".refresh.lock")
