"""The polite HTTP client against a real local server, one fault per test."""

from __future__ import annotations

import random
import socket
import time

import pytest

from sources.http import FetchError, PoliteClient, RobotsDisallowed, Validators, decode_body
from sources.replay import Page, ReplayServer

ROBOTS_OPEN = Page(b"User-agent: *\nDisallow: /*?s=\n", content_type="text/plain")


class MemoryValidators:
    def __init__(self):
        self.entries: dict[str, Validators] = {}

    def get(self, url):
        return self.entries.get(url)

    def put(self, url, validators, status):
        self.entries[url] = validators


class SleepRecorder:
    """Stands in for time.sleep so retry tests do not really wait, and for the client's clock, which only the
    recorded sleeps move: the waits between requests are then the same however busy the machine is (a real
    clock let a pause of more than a second between two fetches shorten the crawl delay's wait below 2 s)."""

    def __init__(self):
        self.calls: list[float] = []
        self.now = 0.0

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


def make_client(**options) -> tuple[PoliteClient, SleepRecorder]:
    sleep = options.pop("sleep", None) or SleepRecorder()
    options.setdefault("delay", 0)
    options.setdefault("retries", 2)
    if isinstance(sleep, SleepRecorder):
        options.setdefault("clock", sleep.clock)
    return PoliteClient(sleep=sleep, rng=random.Random(7), **options), sleep


@pytest.fixture
def server():
    with ReplayServer({"/robots.txt": ROBOTS_OPEN}) as running:
        yield running


def test_fetch_sends_identifying_user_agent_and_returns_text(server):
    server.pages["/page"] = Page(b"<p>Wang Yi met Jake Sullivan</p>")
    client, _ = make_client(user_agent="verifier-test/1 (+https://example.org/contact)")
    result = client.fetch(server.url("/page"))
    assert result.status == 200
    assert "Jake Sullivan" in result.text
    assert server.requested("/page")[0].headers["user-agent"] == "verifier-test/1 (+https://example.org/contact)"
    assert client.stats.requests == 2  # robots.txt, then the page


def test_robots_disallow_is_obeyed_and_page_never_requested(server):
    server.pages["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    server.pages["/private/readout"] = Page(b"secret")
    client, _ = make_client()
    with pytest.raises(RobotsDisallowed, match=r"/private/readout: disallowed by .*robots.txt"):
        client.fetch(server.url("/private/readout"))
    assert server.requested("/private/readout") == []


def test_robots_wildcards_follow_rfc_9309(server):
    # whitehouse.gov's own rule: search URLs only.
    client, _ = make_client()
    server.pages["/news/?s=china"] = Page(b"search")
    server.pages["/news/"] = Page(b"<p>news</p>")
    assert client.fetch(server.url("/news/")).status == 200
    with pytest.raises(RobotsDisallowed):
        client.fetch(server.url("/news/?s=china"))


def test_robots_redirect_loop_is_unreadable_and_policy_decides(server):
    def loop(handler):
        handler.send_response(301)
        handler.send_header("Location", "/robots.txt")
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    server.pages["/robots.txt"] = loop
    server.pages["/eng/zgyw/index.htm"] = Page(b"<p>embassy</p>")
    allowing, _ = make_client()
    assert allowing.fetch(server.url("/eng/zgyw/index.htm")).status == 200
    robots_requests = len(server.requested("/robots.txt"))
    assert robots_requests <= 6  # the loop is noticed, not followed forever

    refusing, _ = make_client(unreadable_robots="disallow")
    with pytest.raises(RobotsDisallowed, match="loops"):
        refusing.fetch(server.url("/eng/zgyw/index.htm"))


def test_robots_served_as_html_page_means_no_rules(server):
    server.pages["/robots.txt"] = Page("<html><body>系统维护 Disallow: /</body></html>".encode())
    server.pages["/eng/"] = Page(b"<p>ok</p>")
    client, _ = make_client()
    assert client.fetch(server.url("/eng/")).status == 200


def test_crawl_delay_is_honoured_between_requests(server):
    server.pages["/robots.txt"] = Page(b"User-agent: *\nCrawl-delay: 3\n", content_type="text/plain")
    server.pages["/a"] = Page(b"a")
    server.pages["/b"] = Page(b"b")
    client, sleep = make_client(delay=0)
    client.fetch(server.url("/a"))
    client.fetch(server.url("/b"))
    assert sleep.calls, "the second request should have waited"
    assert 2.0 < max(sleep.calls) <= 3.0


def test_default_rate_limit_spaces_requests_to_one_host(server):
    server.pages["/a"] = Page(b"a")
    client, sleep = make_client(delay=1.0)
    client.fetch(server.url("/a"))
    client.fetch(server.url("/a"))
    assert len(sleep.calls) == 2  # before the page (after robots.txt) and before the repeat
    assert all(0.0 < seconds <= 1.0 for seconds in sleep.calls)


def test_timeout_is_retried_then_reported(server):
    def stall(handler):
        time.sleep(1.0)

    server.pages["/slow"] = stall
    client, sleep = make_client(timeout=0.2, retries=1)
    with pytest.raises(FetchError, match=r"/slow: timed out .*after 2 attempts"):
        client.fetch(server.url("/slow"))
    assert len(sleep.calls) == 1  # one backoff between the two attempts


def test_connection_reset_then_success(server):
    attempts = []

    def reset_once(handler):
        attempts.append(1)
        if len(attempts) == 1:
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            handler.connection.close()
            handler.close_connection = True
            return
        body = b"<p>second time lucky</p>"
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    server.pages["/flaky"] = reset_once
    client, sleep = make_client()
    result = client.fetch(server.url("/flaky"))
    assert "second time lucky" in result.text
    assert len(attempts) == 2 and len(sleep.calls) == 1


def test_429_honours_retry_after(server):
    answers = iter([Page(b"slow down", status=429, headers={"Retry-After": "7"}), Page(b"<p>fine</p>")])

    def throttled(handler):
        ReplayServer._send(handler, next(answers))

    server.pages["/busy"] = throttled
    client, sleep = make_client()
    assert "fine" in client.fetch(server.url("/busy")).text
    assert sleep.calls == [7.0]


def test_429_with_huge_retry_after_gives_up_without_waiting(server):
    server.pages["/busy"] = Page(b"come back tomorrow", status=429, headers={"Retry-After": "86400"})
    client, sleep = make_client()
    with pytest.raises(FetchError, match="retry after 86400 s"):
        client.fetch(server.url("/busy"))
    assert sleep.calls == []


def test_500_then_success_backs_off_exponentially(server):
    answers = iter([Page(b"oops", status=500), Page(b"oops", status=503), Page(b"<p>recovered</p>")])

    def failing(handler):
        ReplayServer._send(handler, next(answers))

    server.pages["/unstable"] = failing
    client, sleep = make_client(retries=3)
    assert "recovered" in client.fetch(server.url("/unstable")).text
    assert len(sleep.calls) == 2
    assert 1.0 <= sleep.calls[0] <= 1.5 and 2.0 <= sleep.calls[1] <= 3.0  # base 1 s doubled, plus jitter


def test_persistent_500_is_an_error_naming_the_url(server):
    server.pages["/down"] = Page(b"down", status=502)
    client, _ = make_client(retries=2)
    with pytest.raises(FetchError, match=r"/down: HTTP 502 \(after 3 attempts\)") as error:
        client.fetch(server.url("/down"))
    assert error.value.status == 502


def test_truncated_body_is_an_error_not_a_short_page(server):
    def truncated(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "5000")
        handler.end_headers()
        handler.wfile.write(b"<p>only the beginning")
        handler.close_connection = True

    server.pages["/cut"] = truncated
    client, _ = make_client(retries=1)
    with pytest.raises(FetchError, match="/cut: connection failed"):
        client.fetch(server.url("/cut"))


def test_response_size_cap(server):
    server.pages["/huge"] = Page(b"x" * 50_000)
    client, _ = make_client(max_bytes=10_000)
    with pytest.raises(FetchError, match="exceeds the 10000-byte cap"):
        client.fetch(server.url("/huge"))


def test_wrong_declared_charset_is_decided_from_bytes(server):
    text = "Foreign Ministry Spokesperson’s remarks — 外交部发言人"
    server.pages["/utf8-as-latin1"] = Page(text.encode("utf-8"), content_type="text/html; charset=iso-8859-1")
    server.pages["/gbk-as-utf8"] = Page(text.encode("gb18030"), content_type="text/html; charset=utf-8")
    client, _ = make_client()
    assert client.fetch(server.url("/utf8-as-latin1")).text == text
    assert client.fetch(server.url("/gbk-as-utf8")).text == text


def test_genuine_latin1_page_stays_latin1():
    assert decode_body("Café à Paris".encode("latin-1"), "text/html; charset=iso-8859-1") == "Café à Paris"


def test_redirect_to_another_host_is_refused(server):
    server.pages["/moved"] = Page(b"", status=302, headers={"Location": "http://evil.example.net/readout"})
    client, _ = make_client()
    with pytest.raises(FetchError, match="outside the source's hosts"):
        client.fetch(server.url("/moved"), allowed_hosts={"127.0.0.1"})


def test_redirect_within_allowed_hosts_is_followed(server):
    server.pages["/old"] = Page(b"", status=301, headers={"Location": "/new"})
    server.pages["/new"] = Page(b"<p>new home</p>")
    client, _ = make_client()
    result = client.fetch(server.url("/old"), allowed_hosts={"127.0.0.1"})
    assert result.final_url == server.url("/new") and "new home" in result.text


def test_conditional_get_costs_one_request_answered_304(server):
    server.pages["/feed/"] = Page(b"<rss/>", content_type="application/rss+xml; charset=UTF-8")
    cache = MemoryValidators()
    client, _ = make_client()
    first = client.fetch(server.url("/feed/"), conditional=True, cache=cache)
    assert first.status == 200 and cache.get(server.url("/feed/")).etag
    second = client.fetch(server.url("/feed/"), conditional=True, cache=cache)
    assert second.not_modified and second.content == b""
    assert [r.status for r in server.requested("/feed/")] == [200, 304]


def test_non_http_url_is_refused():
    client, _ = make_client()
    with pytest.raises(FetchError, match="only http and https"):
        client.fetch("file:///etc/passwd")
