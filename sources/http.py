"""The one HTTP client of the project: every source and article fetch goes through it.

Politeness is not optional here: robots.txt is obeyed, each host gets at
most one request per `delay` seconds (or its Crawl-delay, if longer),
failures back off exponentially with jitter, and an unchanged page costs a
single conditional request answered 304.

Policy for robots.txt (RFC 9309 §2.3.1):
- 2xx with rules: obeyed, including `*`/`$` wildcards and Crawl-delay.
- 2xx that is an HTML page (the Chinese ministry redirects robots.txt to a
  "system" page): no rules, so everything is allowed.
- 4xx: "unavailable", so everything is allowed.
- 5xx or no connection after retries: "unreachable", so nothing on that
  host is fetched during this client's life.
- Redirects are followed up to five hops, across hosts, as §2.3.1.2 asks.
  A loop or a longer chain (the US embassy's robots.txt loops) makes the
  file unreadable; §2.3.1.2 lets a crawler treat that as "unavailable",
  and by default this client does (`unreadable_robots="allow"`), because
  the embassy is a source the project's users name explicitly. Pass
  `unreadable_robots="disallow"` to refuse such hosts instead.

The client knows nothing of the database: conditional GET reads and
writes validators through the `ValidatorStore` passed to `fetch`.
"""

from __future__ import annotations

import codecs
import os
import random
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Protocol
from urllib.parse import urljoin, urlsplit

import httpx

from sources.robots import RobotsRules

try:  # the installed version names the tool honestly in every request
    from importlib.metadata import version as _package_version

    _VERSION = _package_version("verifier")
except Exception:  # pragma: no cover - running from a source tree without install
    _VERSION = "0.1.0"

PROJECT_URL = "https://github.com/verifier-project/verifier"
DEFAULT_USER_AGENT = f"verifier/{_VERSION} (fact-checking against official readouts; +{PROJECT_URL})"
# Operators put their own contact here; every fetch (sources and articles) sends it.
USER_AGENT_ENV = "VERIFIER_USER_AGENT"

DEFAULT_DELAY = 1.0
DEFAULT_TIMEOUT = 20.0
DEFAULT_CONNECT_TIMEOUT = 10.0
DEFAULT_MAX_BYTES = 8 * 1024 * 1024  # whitehouse.gov's /news/feed/ is about 500 KB
DEFAULT_RETRIES = 3
BACKOFF_BASE = 1.0
BACKOFF_CAP = 60.0
# A server asking us to wait longer than this is treated as refusing us for now.
MAX_RETRY_AFTER = 300.0
MAX_REDIRECTS = 10
ROBOTS_MAX_REDIRECTS = 5
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
_LATIN_CODECS = {"latin-1", "iso8859-1", "cp1252", "ascii"}
_CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,}")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""",
    re.IGNORECASE,
)


class FetchError(Exception):
    """A URL could not be fetched; the message is one line naming the URL."""

    def __init__(self, message: str, *, url: str, status: int | None = None):
        super().__init__(message)
        self.url = url
        self.status = status


class RobotsDisallowed(FetchError):
    """robots.txt forbids the URL (or the host's robots.txt is unreachable)."""


@dataclass(frozen=True, slots=True)
class Validators:
    etag: str | None
    last_modified: str | None


class ValidatorStore(Protocol):
    """Where conditional-GET validators live between runs (see `sources/cache.py`)."""

    def get(self, url: str) -> Validators | None: ...

    def put(self, url: str, validators: Validators, status: int) -> None: ...


@dataclass(frozen=True, slots=True)
class FetchResult:
    url: str
    final_url: str
    status: int
    content: bytes
    text: str
    content_type: str
    headers: dict[str, str]
    not_modified: bool = False


@dataclass(slots=True)
class _RobotsState:
    rules: RobotsRules
    refusal: str | None = None  # why the whole host is off limits, if it is


@dataclass(slots=True)
class ClientStats:
    requests: int = 0
    bytes: int = 0
    not_modified: int = 0
    retries: int = 0
    slept: float = 0.0
    per_host: dict[str, int] = field(default_factory=dict)


class PoliteClient:
    def __init__(
        self,
        user_agent: str | None = None,
        delay: float = DEFAULT_DELAY,
        transport: httpx.BaseTransport | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
        retries: int = DEFAULT_RETRIES,
        *,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        obey_robots: bool = True,
        unreadable_robots: str = "allow",
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        if delay < 0:
            raise ValueError(f"delay must be zero or more seconds, not {delay}")
        if unreadable_robots not in ("allow", "disallow"):
            raise ValueError(f"unreadable_robots must be 'allow' or 'disallow', not {unreadable_robots!r}")
        self.user_agent = user_agent or os.environ.get(USER_AGENT_ENV) or DEFAULT_USER_AGENT
        self.delay = delay
        self.max_bytes = max_bytes
        self.retries = retries
        self.obey_robots = obey_robots
        self.unreadable_robots = unreadable_robots
        self.stats = ClientStats()
        self._sleep = sleep
        # What a host's next turn is measured by; a test that records sleeps rather than sleeping gives a clock
        # that only its sleeps move, so the waits it sees do not depend on how busy the machine is.
        self._clock = clock
        self._rng = rng or random.Random()
        self._next_turn: dict[str, float] = {}
        self._crawl_delay: dict[str, float] = {}
        self._robots: dict[str, _RobotsState] = {}
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(timeout, connect=min(connect_timeout, timeout)),
            follow_redirects=False,
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    # ------------------------------------------------------------ public

    def fetch(
        self,
        url: str,
        *,
        allowed_hosts: Iterable[str] | None = None,
        conditional: bool = False,
        cache: ValidatorStore | None = None,
    ) -> FetchResult:
        """GET url politely. Redirects are followed only to `allowed_hosts`
        (any host when None). With `conditional` and a `cache`, stored
        validators are sent and a 304 comes back as `not_modified`."""
        hosts = {host.lower() for host in allowed_hosts} if allowed_hosts is not None else None
        _check_scheme(url)
        headers: dict[str, str] = {}
        if conditional and cache is not None:
            validators = cache.get(url)
            if validators is not None:
                if validators.etag:
                    headers["If-None-Match"] = validators.etag
                if validators.last_modified:
                    headers["If-Modified-Since"] = validators.last_modified
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            self._check_robots(current)
            status, response_headers, content = self._request(current, headers)
            if status in REDIRECT_STATUSES and "location" in response_headers:
                target = urljoin(current, response_headers["location"].strip())
                _check_scheme(target)
                target_host = _host(target)
                if hosts is not None and target_host not in hosts:
                    raise FetchError(f"{url}: redirected to {target}, outside the source's hosts "
                                     f"({', '.join(sorted(hosts))})", url=url, status=status)
                current = target
                # Validators belong to the URL asked for, not to where it leads.
                headers = {}
                continue
            break
        else:
            raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects", url=url)

        content_type = response_headers.get("content-type", "")
        if status == 304:
            self.stats.not_modified += 1
            return FetchResult(url, current, status, b"", "", content_type, response_headers, not_modified=True)
        if not 200 <= status < 300:
            raise FetchError(f"{current}: HTTP {status}", url=url, status=status)
        text = decode_body(content, content_type)
        if cache is not None and current == url:
            etag = response_headers.get("etag")
            last_modified = response_headers.get("last-modified")
            if etag or last_modified:
                cache.put(url, Validators(etag, last_modified), status)
        return FetchResult(url, current, status, content, text, content_type, response_headers)

    # ------------------------------------------------------------ requests

    def _request(self, url: str, headers: dict[str, str], *, retries: int | None = None
                 ) -> tuple[int, dict[str, str], bytes]:
        """One GET with polite waiting and retries; redirects are returned, not followed."""
        retries = self.retries if retries is None else retries
        host = _host(url)
        for attempt in range(retries + 1):
            self._wait_turn(host)
            try:
                status, response_headers, content = self._get_once(url, headers)
            except httpx.TransportError as exc:
                if attempt >= retries:
                    raise FetchError(f"{url}: {_describe(exc)} (after {attempt + 1} attempts)", url=url) from exc
                self._back_off(self._backoff_seconds(attempt))
                continue
            if status == 429 or status >= 500:
                if attempt >= retries:
                    raise FetchError(f"{url}: HTTP {status} (after {attempt + 1} attempts)", url=url, status=status)
                wait = _retry_after(response_headers.get("retry-after"))
                if wait is not None and wait > MAX_RETRY_AFTER:
                    raise FetchError(f"{url}: HTTP {status} asks to retry after {wait:.0f} s; giving up for now",
                                     url=url, status=status)
                self._back_off(wait if wait is not None else self._backoff_seconds(attempt))
                continue
            return status, response_headers, content
        raise AssertionError("unreachable")  # pragma: no cover

    def _get_once(self, url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        host = _host(url)
        self.stats.requests += 1
        self.stats.per_host[host] = self.stats.per_host.get(host, 0) + 1
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"{url}: response of {int(declared)} bytes exceeds the {self.max_bytes}-byte cap",
                                     url=url, status=response.status_code)
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"{url}: response exceeds the {self.max_bytes}-byte cap",
                                         url=url, status=response.status_code)
                    chunks.append(chunk)
                self.stats.bytes += response.num_bytes_downloaded
                return response.status_code, {k.lower(): v for k, v in response.headers.items()}, b"".join(chunks)
        finally:
            self._next_turn[host] = self._clock() + self._host_delay(host)

    def _wait_turn(self, host: str) -> None:
        wait = self._next_turn.get(host, 0.0) - self._clock()
        if wait > 0:
            self._sleep(wait)
            self.stats.slept += wait

    def _host_delay(self, host: str) -> float:
        return max(self.delay, self._crawl_delay.get(host, 0.0))

    def _backoff_seconds(self, attempt: int) -> float:
        base = min(BACKOFF_CAP, BACKOFF_BASE * (2 ** attempt))
        return base + self._rng.uniform(0, base / 2)

    def _back_off(self, seconds: float) -> None:
        self.stats.retries += 1
        self.stats.slept += seconds
        self._sleep(seconds)

    # ------------------------------------------------------------ robots

    def _check_robots(self, url: str) -> None:
        if not self.obey_robots:
            return
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        state = self._robots.get(origin)
        if state is None:
            state = self._robots[origin] = self._load_robots(origin)
            delay = state.rules.crawl_delay(self.user_agent)
            if delay:
                self._crawl_delay[_host(url)] = delay
        if state.refusal:
            raise RobotsDisallowed(f"{url}: not fetched, {state.refusal}", url=url)
        if not state.rules.allowed(url, self.user_agent):
            raise RobotsDisallowed(f"{url}: disallowed by {origin}/robots.txt", url=url)

    def _load_robots(self, origin: str) -> _RobotsState:
        url = f"{origin}/robots.txt"
        seen: set[str] = set()
        for _hop in range(ROBOTS_MAX_REDIRECTS + 1):
            if url in seen:
                return self._unreadable_robots(origin, "loops")
            seen.add(url)
            try:
                status, headers, content = self._request(url, {}, retries=1)
            except FetchError as exc:
                return _RobotsState(RobotsRules.disallow_all(),
                                    f"{origin}/robots.txt is unreachable ({exc.status or 'no connection'})")
            if status in REDIRECT_STATUSES and "location" in headers:
                url = urljoin(url, headers["location"].strip())
                continue
            if 200 <= status < 300:
                text = decode_body(content, headers.get("content-type", ""))
                if "html" in headers.get("content-type", "").lower() or text.lstrip()[:1] == "<":
                    return _RobotsState(RobotsRules.allow_all())
                return _RobotsState(RobotsRules.parse(text))
            if 400 <= status < 500:
                return _RobotsState(RobotsRules.allow_all())
            return _RobotsState(RobotsRules.disallow_all(), f"{origin}/robots.txt answered HTTP {status}")
        return self._unreadable_robots(origin, f"redirects more than {ROBOTS_MAX_REDIRECTS} times")

    def _unreadable_robots(self, origin: str, why: str) -> _RobotsState:
        if self.unreadable_robots == "allow":
            return _RobotsState(RobotsRules.allow_all())
        return _RobotsState(RobotsRules.disallow_all(), f"{origin}/robots.txt {why} and is treated as disallowing all")


# ---------------------------------------------------------------- decoding


def decode_body(content: bytes, content_type: str = "") -> str:
    """Text from bytes, trusting the bytes over the declared charset.

    Chinese government pages often declare one charset and send another;
    strict UTF-8 is tried first (it almost never decodes text that is not
    UTF-8), then a declared non-Latin charset, then GB18030, then the
    declared Latin one.
    """
    if content.startswith(codecs.BOM_UTF8):
        content = content[len(codecs.BOM_UTF8):]
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _codec(_declared_charset(content, content_type))
    if declared and declared not in _LATIN_CODECS and declared != "utf-8":
        try:
            return content.decode(declared)
        except UnicodeDecodeError:
            pass
    try:
        as_gb = content.decode("gb18030")
    except UnicodeDecodeError:
        as_gb = None
    # Latin-1 decodes any bytes, so a GB18030 reading wins only if it gives
    # runs of Chinese characters, which stray Western accents never do.
    if as_gb is not None and (declared not in _LATIN_CODECS or _CJK_RUN.search(as_gb)):
        return as_gb
    if declared:
        try:
            return content.decode(declared)
        except UnicodeDecodeError:
            pass
    return content.decode("utf-8", errors="replace")


def _declared_charset(content: bytes, content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_\-:.]+)", content_type, re.IGNORECASE)
    if match:
        return match.group(1)
    match = _META_CHARSET.search(content[:4096])
    if match:
        return (match.group(1) or match.group(2)).decode("ascii", "replace")
    return None


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # gb2312 and gbk pages routinely use characters only their superset has.
    return "gb18030" if codec in ("gb2312", "gbk") else codec


# ---------------------------------------------------------------- helpers


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _check_scheme(url: str) -> None:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs can be fetched", url=url)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return max(0.0, (moment - datetime.now(UTC)).total_seconds())


def _describe(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out ({type(exc).__name__})"
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"connection failed: {detail}"
