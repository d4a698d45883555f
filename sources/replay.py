"""A local HTTP server that replays recorded pages, for tests, benchmarks
and offline mirrors (`verifier sources refresh NAME --base-url URL`).

It is a real server on a real socket in a background thread, so the HTTP
client is exercised end to end: conditional GET is answered 304 from each
page's ETag, and a route may be a function that misbehaves the way real
servers do (stalls, resets, truncates).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(slots=True)
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # None: derived from the body

    def effective_etag(self) -> str:
        return self.etag or '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'


# A route may be a page or a function that answers the request itself.
Handler = Callable[[BaseHTTPRequestHandler], None]


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    path: str
    headers: dict[str, str]
    status: int


class ReplayServer:
    """Serves `pages` (path with query → Page or Handler) on 127.0.0.1.

    Use as a context manager; `base_url` is where it listens, `requests`
    what it was asked, in order.
    """

    def __init__(self, pages: dict[str, Page | Handler] | None = None):
        self.pages: dict[str, Page | Handler] = dict(pages or {})
        self.requests: list[LoggedRequest] = []
        self._lock = threading.Lock()
        server = self

        class RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body go out in two writes; without this, Nagle's algorithm
            # and delayed ACKs add 40 ms to every keep-alive response.
            disable_nagle_algorithm = True

            def do_GET(self) -> None:  # noqa: N802 - the stdlib's naming
                server._answer(self)

            def log_message(self, *_args) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02},
                                        name="replay-server", daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def start(self) -> ReplayServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *_exc) -> None:
        self.stop()

    def requested(self, path: str) -> list[LoggedRequest]:
        with self._lock:
            return [request for request in self.requests if request.path == path]

    def _log(self, handler: BaseHTTPRequestHandler, status: int) -> None:
        with self._lock:
            self.requests.append(LoggedRequest(handler.path, {k.lower(): v for k, v in handler.headers.items()},
                                               status))

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        route = self.pages.get(handler.path)
        if route is None:
            self._log(handler, 404)
            self._send(handler, Page(b"<html><body>Not Found</body></html>", status=404))
            return
        if callable(route):
            self._log(handler, 0)
            route(handler)
            return
        etag = route.effective_etag()
        if route.status == 200 and handler.headers.get("If-None-Match") == etag:
            self._log(handler, 304)
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        self._log(handler, route.status)
        self._send(handler, route, etag)

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, page: Page, etag: str | None = None) -> None:
        handler.send_response(page.status)
        handler.send_header("Content-Type", page.content_type)
        handler.send_header("Content-Length", str(len(page.body)))
        if etag and page.status == 200:
            handler.send_header("ETag", etag)
        for name, value in page.headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(page.body)
