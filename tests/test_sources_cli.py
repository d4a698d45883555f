"""`verifier sources list|refresh` as a user runs them, against recorded pages on a local server."""

from __future__ import annotations

import json

import pytest
from conftest import invoke_verifier

from db.database import open_database
from db.index import index_summary_stored


def test_refresh_then_list(site_server, db_path):
    site_server.put_site("china-embassy-us")
    site_server.put_site("china-mfa")
    result = invoke_verifier("sources", "refresh", "china-mfa", "china-embassy-us", "--base-url",
                             site_server.base_url, "--delay", "0", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "china-mfa" in result.stdout and "china-embassy-us" in result.stdout
    # The refresh left the index's summary current for the next checks (db.index, SQLite).
    engine = open_database(str(db_path))
    with engine.connect() as connection:
        assert index_summary_stored(connection)
    engine.dispose()
    again = invoke_verifier("sources", "refresh", "china-mfa", "--base-url", site_server.base_url, "--delay", "0",
                            "--format", "json", db=db_path)
    [summary] = json.loads(again.stdout)
    assert again.returncode == 0
    assert (summary["status"], summary["new"], summary["not_modified"], summary["requests"]) == ("ok", 0, 5, 6)
    listing = invoke_verifier("sources", "list", "--format", "json", db=db_path)
    statuses = {s["name"]: s for s in json.loads(listing.stdout)}
    assert statuses["china-mfa"]["readouts"] == 3 and statuses["china-embassy-us"]["readouts"] == 1
    assert statuses["china-mfa"]["last_run"] == {"status": "ok", "new": 0, "revised": 0, "failed": 0}
    assert statuses["whitehouse"]["last_refresh_at"] is None
    assert "https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index.html" in statuses["china-mfa"]["urls"]
    table = invoke_verifier("sources", "list", db=db_path)
    assert table.returncode == 0 and "never" in table.stdout


def test_failing_source_gives_exit_code_3_and_one_line_errors(site_server, db_path):
    site_server.put_site("china-embassy-us")
    result = invoke_verifier("sources", "refresh", "whitehouse-archive", "china-embassy-us", "--base-url",
                             site_server.base_url, "--delay", "0", db=db_path)
    assert result.returncode == 3
    errors = [line for line in result.stderr.splitlines() if line.startswith("whitehouse-archive: ")]
    assert len(errors) == 4 and all("/briefing-room/" in line and "HTTP 404" in line for line in errors)
    listing = json.loads(invoke_verifier("sources", "list", "--format", "json", db=db_path).stdout)
    assert next(s for s in listing if s["name"] == "china-embassy-us")["readouts"] == 1


@pytest.mark.parametrize("arguments, message", [
    (["--since", "yesterday"], "not a date"),
    (["--base-url", "ftp://mirror.example.org"], "not an http(s) URL"),
    (["--max-pages", "0"], "--max-pages"),
    (["--delay", "-1"], "--delay"),
    (["nonesuch"], "unknown source 'nonesuch'"),
])
def test_bad_refresh_options_are_usage_errors(db_path, arguments, message):
    result = invoke_verifier("sources", "refresh", *arguments, db=db_path)
    assert result.returncode == 2 and message in result.stderr


@pytest.mark.live
@pytest.mark.parametrize("name", ["whitehouse", "whitehouse-archive", "china-mfa", "china-embassy-us"])
def test_live_first_listing_and_newest_article_parse(name):
    """Fetches one real listing page and its newest article, politely; run with --run-live."""
    from sources.http import PoliteClient
    from sources.registry import scraper

    source = scraper(name)
    listing = source.listings()[0]
    with PoliteClient() as client:
        result = client.fetch(listing.url, allowed_hosts=source.allowed_hosts())
        page = source.parse_listing(listing, result.text, result.final_url)
        assert page.items, f"{listing.url}: no items parsed"
        newest = page.items[0]
        record = newest.record
        if record is None:
            article = client.fetch(newest.url, allowed_hosts=source.allowed_hosts())
            record = source.parse_article(article.text, article.final_url)
    assert record.title and len(record.body) > 100
    assert record.url.startswith(source.official_origin)
