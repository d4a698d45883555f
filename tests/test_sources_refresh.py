"""Refreshing every source from recorded pages served by a real local
server into a real SQLite file: incremental runs, revisions, faults."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from db.models import HttpCacheEntry, Readout, RefreshRun, Sentence, Source
from sources.http import PoliteClient
from sources.refresh import RefreshInterrupted, RefreshOptions, refresh_sources
from sources.replay import Page

GENEVA = ("https://www.whitehouse.gov/briefings-statements/2025/05/joint-statement-on-u-s-china-economic-and-trade-"
          "meeting-in-geneva/")
STOCKHOLM = ("https://www.whitehouse.gov/briefings-statements/2025/08/joint-statement-on-u-s-china-economic-and-trade-"
             "meeting-in-stockholm/")
BACKGROUND_CALL = ("https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2024/01/27/background-press-"
                   "call-on-apnsa-jake-sullivans-meeting-with-foreign-minister-wang-yi-of-the-peoples-republic-of-"
                   "china/")
EXPECTED_URLS = {
    "whitehouse": {STOCKHOLM, GENEVA},
    "whitehouse-archive": {
        BACKGROUND_CALL,
        "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/01/27/readout-of-national-"
        "security-advisor-jake-sullivans-meeting-with-chinese-communist-party-politburo-member-director-of-the-"
        "office-of-the-foreign-affairs-commission-and-foreign-minister-wang-2/",
        "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2024/01/29/readout-of-national-"
        "security-advisor-sullivans-meeting-with-nato-secretary-general-jens-stoltenberg/",
    },
    "china-mfa": {
        "https://www.mfa.gov.cn/eng/xw/zyxw/202401/t20240128_11234608.html",
        "https://www.mfa.gov.cn/eng/xw/zyxw/202311/t20231116_11181123.html",
        "https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202405/t20240530_11347300.html",
    },
    "china-embassy-us": {"https://us.china-embassy.gov.cn/eng/zgyw/202408/t20240830_11481234.htm"},
}


def client(**options) -> PoliteClient:
    options.setdefault("retries", 1)
    return PoliteClient(delay=0, sleep=lambda seconds: None, rng=random.Random(1), **options)


def refresh(engine, server, *names, **options):
    with client() as http:
        return refresh_sources(engine, names, http, RefreshOptions(base_url=server.base_url, **options))


def stored(engine) -> dict[str, str]:
    with engine.connect() as connection:
        return {row.url: row.source_name for row in connection.execute(select(Readout.url, Readout.source_name))}


def page_requests(server) -> list[str]:
    return [r.path for r in server.requests if r.path != "/robots.txt"]


@pytest.mark.parametrize("name", sorted(EXPECTED_URLS))
def test_each_source_refreshes_from_recorded_pages(sqlite_engine, site_server, name):
    site_server.put_site(name)
    [summary] = refresh(sqlite_engine, site_server, name)
    assert summary.status == "ok", summary.errors
    assert summary.new == len(EXPECTED_URLS[name]) and summary.failed == 0
    assert stored(sqlite_engine) == {url: name for url in EXPECTED_URLS[name]}
    assert summary.requests == len(site_server.requests) and summary.bytes > 0
    with sqlite_engine.connect() as connection:
        run = connection.execute(select(RefreshRun)).one()
        source = connection.execute(select(Source).where(Source.name == name)).one()
    assert (run.status, run.new, run.requests) == ("ok", summary.new, summary.requests)
    assert source.last_refresh_at is not None and source.last_error is None


def test_unchanged_refresh_costs_one_conditional_request_per_listing(sqlite_engine, site_server):
    names = sorted(EXPECTED_URLS)
    for name in names:
        site_server.put_site(name)
    first = refresh(sqlite_engine, site_server, *names)
    assert all(s.status == "ok" for s in first)
    site_server.requests.clear()
    second = refresh(sqlite_engine, site_server, *names)
    listings = 4 + 4 + 5 + 1  # feeds and listings of whitehouse, the archive, the ministry, the embassy
    assert page_requests(site_server) and len(page_requests(site_server)) == listings
    assert all(r.status == 304 and "if-none-match" in r.headers for r in site_server.requests
               if r.path != "/robots.txt")
    assert sum(s.new + s.revised for s in second) == 0
    assert sum(s.not_modified for s in second) == listings


def test_changed_text_becomes_a_revision_and_walk_stops_at_known_item(sqlite_engine, site_server):
    site_server.put_site("whitehouse")
    refresh(sqlite_engine, site_server, "whitehouse")
    feed_path = "/briefings-statements/feed/"
    page = site_server.pages[feed_path]
    site_server.pages[feed_path] = Page(
        page.body.replace(b"Stockholm on July 28 and 29, 2025", b"Stockholm, Sweden, on July 28 and 29, 2025"),
        content_type=page.content_type)
    site_server.requests.clear()
    [summary] = refresh(sqlite_engine, site_server, "whitehouse")
    assert (summary.new, summary.revised) == (0, 1)
    assert summary.revised_urls == [STOCKHOLM]
    geneva_path = GENEVA.removeprefix("https://www.whitehouse.gov")
    # Geneva is known: one conditional fetch answered 304, and the walk stops there.
    assert [r.status for r in site_server.requested(geneva_path)] == [304]
    assert site_server.requested(feed_path + "?paged=2") == []
    with sqlite_engine.connect() as connection:
        count = connection.execute(select(Readout.revision_count).where(Readout.url == STOCKHOLM)).scalar_one()
    assert count == 2


def test_since_bounds_the_walk(sqlite_engine, site_server):
    site_server.put_site("whitehouse")
    [summary] = refresh(sqlite_engine, site_server, "whitehouse", since=datetime(2025, 6, 1, tzinfo=UTC))
    assert stored(sqlite_engine) == {STOCKHOLM: "whitehouse"}
    assert site_server.requested(GENEVA.removeprefix("https://www.whitehouse.gov")) == []
    assert summary.status == "ok"


def test_max_pages_bounds_each_listing(sqlite_engine, site_server):
    site_server.put_site("china-mfa")
    refresh(sqlite_engine, site_server, "china-mfa", max_pages=1)
    assert site_server.requested("/eng/xw/zyxw/index_1.html") == []
    assert "https://www.mfa.gov.cn/eng/xw/zyxw/202311/t20231116_11181123.html" not in stored(sqlite_engine)


def test_backfill_finds_items_an_earlier_run_missed(sqlite_engine, site_server):
    site_server.put_site("china-mfa")
    refresh(sqlite_engine, site_server, "china-mfa", max_pages=1)
    [summary] = refresh(sqlite_engine, site_server, "china-mfa", backfill=True)
    assert summary.new == 1
    assert "https://www.mfa.gov.cn/eng/xw/zyxw/202311/t20231116_11181123.html" in stored(sqlite_engine)


def test_transcript_questions_are_never_evidence_after_storing(sqlite_engine, site_server):
    site_server.put_site("whitehouse-archive")
    site_server.put_site("china-mfa")
    refresh(sqlite_engine, site_server, "whitehouse-archive", "china-mfa")
    with sqlite_engine.connect() as connection:
        rows = connection.execute(
            select(Readout.url, Sentence.speaker, Sentence.is_evidence)
            .join(Sentence, Sentence.readout_id == Readout.id)
            .where(Readout.kind == "transcript")).all()
    by_url: dict[str, list] = {}
    for row in rows:
        by_url.setdefault(row.url, []).append(row)
    assert set(by_url) == {BACKGROUND_CALL, "https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/202405/t20240530_11347300.html"}
    for sentences in by_url.values():
        questions = [s for s in sentences if s.speaker == "Q"]
        assert questions and not any(s.is_evidence for s in questions)
        assert any(s.is_evidence and s.speaker and s.speaker != "Q" for s in sentences)


CAMBODIA = ("https://www.whitehouse.gov/briefings-statements/2025/10/agreement-between-the-united-states-of-america-"
            "and-the-kingdom-of-cambodia-on-reciprocal-trade/")
CAMBODIA_FEED = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>Briefings &#38; Statements &#8211; The White House</title><link>https://www.whitehouse.gov/</link>
<item><title>Agreement Between the United States of America and the Kingdom of Cambodia on Reciprocal Trade</title>
<link>{CAMBODIA}</link><pubDate>Sun, 26 Oct 2025 02:00:28 -0400</pubDate></item></channel></rss>"""


def test_stored_sentences_read_as_the_page_shows_them(sqlite_engine, site_server):
    # The recorded page wraps source lines inside paragraphs and puts blocks inside a list item and a table cell.
    site_server.put_site("whitehouse")
    site_server.put("https://www.whitehouse.gov/briefings-statements/feed/", CAMBODIA_FEED,
                    content_type="application/rss+xml; charset=UTF-8")
    site_server.put_file("whitehouse/article_agreement-cambodia.html")
    [summary] = refresh(sqlite_engine, site_server, "whitehouse")
    assert summary.status == "ok", summary.errors
    with sqlite_engine.connect() as connection:
        body, readout_id = connection.execute(select(Readout.body, Readout.id).where(Readout.url == CAMBODIA)).one()
        spans = connection.execute(select(Sentence.start, Sentence.end).where(Sentence.readout_id == readout_id)).all()
    sentences = [body[start:end] for start, end in spans]
    assert ("Cambodia shall not impose quotas on imports of originating goods of the United States unless otherwise "
            "agreed by the Parties.") in sentences
    assert "Cambodia shall apply a rate of customs duty on originating goods of the United States as set out" in body
    assert ("Cambodia shall not apply import licensing to U.S. goods in a manner that restricts the importation of "
            "such goods.") in sentences
    glued = ("Statesunless", "LicensingCambodia", "Schedule 1to")
    assert not [s for s in sentences if any(join in s for join in glued)]


# ---------------------------------------------------------------- faults: nothing wrong is stored


def _geneva_path():
    return GENEVA.removeprefix("https://www.whitehouse.gov")


def _status_page(status, **headers):
    return Page(b"<html><body>error</body></html>", status=status, headers=headers)


def server_fixture_text(file):
    from pathlib import Path

    return (Path(__file__).parent / "fixtures" / "sites" / file).read_text(encoding="utf-8")


FAULTS = {
    "maintenance page with status 200": lambda s: s.put(GENEVA, server_fixture_text("china-mfa/maintenance.html")),
    "body selector missing": lambda s: s.put(GENEVA,
                                             server_fixture_text("whitehouse/article_body-selector-missing.html")),
    "persistent 500": lambda s: s.pages.__setitem__(_geneva_path(), _status_page(500)),
    "429 asking for a day": lambda s: s.pages.__setitem__(_geneva_path(),
                                                          _status_page(429, **{"Retry-After": "86400"})),
    "redirect to another host": lambda s: s.pages.__setitem__(
        _geneva_path(), Page(b"", status=302, headers={"Location": "http://elsewhere.example.org/geneva/"})),
    "robots.txt disallow": lambda s: s.pages.__setitem__(
        "/robots.txt", Page(b"User-agent: *\nDisallow: /briefings-statements/2025/05/\n", content_type="text/plain")),
    "truncated body": lambda s: s.pages.__setitem__(_geneva_path(), _truncated),
}


def _truncated(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", "90000")
    handler.end_headers()
    handler.wfile.write(b"<html><body><div class='entry-content'><p>The Government of the United States")
    handler.close_connection = True


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_article_fault_stores_nothing_wrong_and_is_retried_next_run(sqlite_engine, site_server, fault):
    site_server.put_site("whitehouse")
    good_article = site_server.pages[_geneva_path()]
    FAULTS[fault](site_server)
    [summary] = refresh(sqlite_engine, site_server, "whitehouse")
    assert summary.status == "failed" and summary.failed == 1
    assert GENEVA in summary.errors[0] or "/briefings-statements/2025/05/" in summary.errors[0]
    assert stored(sqlite_engine) == {STOCKHOLM: "whitehouse"}  # the good item of the same feed is kept
    with sqlite_engine.connect() as connection:
        assert connection.execute(select(Source.last_error).where(Source.name == "whitehouse")).scalar_one()
        cached = set(connection.scalars(select(HttpCacheEntry.url)))
    assert not any(url.endswith("/briefings-statements/feed/") for url in cached)

    site_server.pages[_geneva_path()] = good_article
    site_server.pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /*?s=\n", content_type="text/plain")
    [again] = refresh(sqlite_engine, site_server, "whitehouse")
    assert again.status == "ok" and again.new == 1
    assert GENEVA in stored(sqlite_engine)


def test_one_failing_source_does_not_stop_the_others(sqlite_engine, site_server):
    site_server.put_site("china-embassy-us")  # the ministry has no pages at all on this server
    summaries = refresh(sqlite_engine, site_server, "china-mfa", "china-embassy-us")
    assert [s.status for s in summaries] == ["failed", "ok"]
    assert summaries[0].failed == 5 and "HTTP 404" in summaries[0].errors[0]
    assert set(stored(sqlite_engine)) == EXPECTED_URLS["china-embassy-us"]


def test_feed_fault_falls_back_to_the_html_listing(sqlite_engine, site_server):
    site_server.put_site("whitehouse")
    del site_server.pages["/briefings-statements/feed/"]
    listing = server_fixture_text("whitehouse/whitehouse_news_listing_2025-01-23__nmarley_whnews.html")
    site_server.put("https://www.whitehouse.gov/briefings-statements/", listing)
    [summary] = refresh(sqlite_engine, site_server, "whitehouse", max_pages=1)
    # The listing's articles were never recorded: each fails with its URL, nothing is stored.
    assert any("reading" in note and "/briefings-statements/" in note for note in summary.notes)
    assert summary.failed == 9 and stored(sqlite_engine) == {}
    assert any("post-695 has no title link" in note for note in summary.notes)


def test_stop_request_interrupts_cleanly(sqlite_engine, site_server):
    site_server.put_site("whitehouse-archive")
    calls = []

    def stop_after_some_work():
        calls.append(1)
        return len(calls) > 3

    with client() as http, pytest.raises(RefreshInterrupted):
        refresh_sources(sqlite_engine, ["whitehouse-archive"], http, RefreshOptions(base_url=site_server.base_url),
                        should_stop=stop_after_some_work)
    with sqlite_engine.connect() as connection:
        run = connection.execute(select(RefreshRun)).one()
        bodies = connection.execute(select(Readout.body)).scalars().all()
    assert run.status == "interrupted"
    assert all(body.strip() for body in bodies)


def test_refresh_and_lock_on_both_databases(engine_on, site_server):
    """The same refresh on SQLite and PostgreSQL; the lock is the advisory lock on PostgreSQL."""
    from sources.schedule import LockBusy, refresh_lock

    site_server.put_site("china-mfa")
    with refresh_lock(engine_on):
        [summary] = refresh(engine_on, site_server, "china-mfa")
        if engine_on.dialect.name == "postgresql":
            with pytest.raises(LockBusy):
                with refresh_lock(engine_on):
                    pass
    assert summary.status == "ok" and set(stored(engine_on)) == EXPECTED_URLS["china-mfa"]
    site_server.requests.clear()
    [again] = refresh(engine_on, site_server, "china-mfa")
    assert again.not_modified == 5 and again.new == 0


def test_refresh_bench_replay_costs_one_304_per_listing_when_unchanged():
    """The benchmark's own claim, on a small replay (figures are for `make bench`, not asserted here)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent / "bench" / "refresh_bench.py"
    spec = importlib.util.spec_from_file_location("refresh_bench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    figures = module.run(articles=60)
    assert figures["stored"] == 60 and figures["failed"] == 0
    unchanged = figures["unchanged_refresh"]
    assert unchanged["requests"] == unchanged["conditional_304"] == unchanged["feeds_and_listings"] == 14
    assert unchanged["new_or_revised"] == 0
