"""Scheduled refresh: intervals, cron expressions, the cross-process lock,
failed runs retried, and a clean stop on SIGTERM."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from datetime import datetime, timedelta

import pytest
from conftest import PROJECT_ROOT, invoke_verifier
from sqlalchemy import select

from db.models import Readout, RefreshRun
from sources.schedule import (
    CronSchedule,
    LockBusy,
    Schedule,
    ScheduleError,
    lock_path_for,
    parse_interval,
    refresh_lock,
    run_schedule,
)


@pytest.mark.parametrize("text, minutes", [("6h", 360), ("90m", 90), ("1h30m", 90), ("1d", 1440)])
def test_intervals(text, minutes):
    assert parse_interval(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["6 hours", "10s", "", "h6", "-1h"])
def test_bad_intervals_are_refused(text):
    with pytest.raises(ScheduleError):
        parse_interval(text)


@pytest.mark.parametrize("expression, after, expected", [
    ("0 */6 * * *", datetime(2026, 11, 28, 11, 17), datetime(2026, 11, 28, 12, 0)),
    ("15 2 * * *", datetime(2026, 11, 28, 2, 15), datetime(2026, 11, 29, 2, 15)),
    ("30 9 * * 1", datetime(2026, 11, 28, 11, 0), datetime(2026, 11, 30, 9, 30)),  # the next Monday
    ("0 0 1 * *", datetime(2026, 12, 31, 23, 59), datetime(2027, 1, 1, 0, 0)),
    ("0 0 13 * 5", datetime(2026, 11, 1, 0, 0), datetime(2026, 11, 6, 0, 0)),  # day OR weekday, as cron does
    ("*/20 8-9 * * *", datetime(2026, 11, 28, 9, 41), datetime(2026, 11, 29, 8, 0)),
])
def test_cron_next_times(expression, after, expected):
    assert CronSchedule.parse(expression).next_after(after) == expected


@pytest.mark.parametrize("expression", ["* * * *", "61 * * * *", "0 0 31 2 *", "a b c d e"])
def test_bad_cron_expressions_are_refused(expression):
    with pytest.raises(ScheduleError):
        CronSchedule.parse(expression).next_after(datetime(2026, 1, 1))


def test_failed_run_is_logged_and_retried_next_time():
    clock = [datetime(2026, 11, 28, 12, 0)]

    def now():
        clock[0] += timedelta(hours=4)  # every look at the clock finds the next run due
        return clock[0]

    outcomes = iter([RuntimeError("whitehouse.gov timed out"), None, None])
    errors = []

    def run_once():
        outcome = next(outcomes)
        if outcome:
            raise outcome

    runs = run_schedule(Schedule(interval=timedelta(hours=6)), run_once, threading.Event(),
                        on_error=errors.append, max_runs=3, now=now)
    assert runs == 3
    assert [str(e) for e in errors] == ["whitehouse.gov timed out"]


def test_stop_event_ends_the_wait_at_once():
    stop = threading.Event()
    runs = []
    timers = []

    def stop_soon(due):
        # Started only once the schedule begins to wait: a timer started before the schedule could fire before
        # its first run on a busy machine (a pause of the test process, a garbage collection), and no run happen.
        timers.append(threading.Timer(0.2, stop.set))
        timers[-1].start()

    count = run_schedule(Schedule(interval=timedelta(hours=6)), lambda: runs.append(1), stop, on_error=print,
                         on_wait=stop_soon)
    for timer in timers:
        timer.join()
    assert count == 1 and runs == [1] and len(timers) == 1  # ran once at start, then stopped while waiting 6 h


def test_refresh_lock_is_exclusive_across_processes(sqlite_engine, db_path):
    # The other process takes the same lock file the way refresh_lock does (a bare flock keeps it quick).
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, sys\n"
         f"handle = open({str(lock_path_for(db_path))!r}, 'a+')\n"
         "fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
         "print('held', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LockBusy, match="another refresh"):
            with refresh_lock(sqlite_engine):
                pass
        busy = invoke_verifier("sources", "refresh", "whitehouse", "--base-url", "http://127.0.0.1:9", db=db_path)
        assert busy.returncode == 1 and "another refresh" in busy.stderr
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    with refresh_lock(sqlite_engine):  # free again once the other process let go
        pass


def test_sigterm_stops_the_schedule_cleanly(site_server, db_path, sqlite_engine):
    site_server.put_site("whitehouse-archive")
    process = subprocess.Popen(
        [sys.executable, "-m", "verifier", "--db", str(db_path), "sources", "schedule", "--every", "6h",
         "whitehouse-archive", "--base-url", site_server.base_url, "--delay", "0"],
        cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()  # printed when the first run has finished
        assert "whitehouse-archive ok (3 new" in line
        process.send_signal(signal.SIGTERM)
        _, errors = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, errors
    assert "Stopped after 1 run(s)." in errors
    with sqlite_engine.connect() as connection:
        assert len(connection.execute(select(Readout.id)).all()) == 3
        assert connection.execute(select(RefreshRun.status)).scalars().all() == ["ok"]


def test_schedule_needs_exactly_one_of_every_and_cron(db_path):
    neither = invoke_verifier("sources", "schedule", db=db_path)
    both = invoke_verifier("sources", "schedule", "--every", "6h", "--cron", "0 * * * *", db=db_path)
    assert neither.returncode == both.returncode == 2
    assert "either --every" in neither.stderr and "either --every" in both.stderr


def test_schedule_runs_and_reports_failures(site_server, db_path):
    site_server.put_site("china-embassy-us")
    result = invoke_verifier("sources", "schedule", "--every", "1h", "--max-runs", "1", "china-mfa",
                             "--base-url", site_server.base_url, "--delay", "0", db=db_path)
    # The ministry has no pages on this server: the run fails, is logged, and the schedule ends normally.
    assert result.returncode == 3
    assert "china-mfa failed" in result.stdout and "HTTP 404" in result.stderr
