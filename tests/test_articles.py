"""Loading articles from files, URLs and standard input: verifier/articles.py."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest

from verifier.articles import MAX_ARTICLE_BYTES, ArticleError, load_article, markdown_to_text, parse_date
from verifier.claims import SKIP_HEADING, US_GOVERNMENT, extract_claims

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
NEWS_PAGE = FIXTURES / "bangkok-talks.html"  # written for these tests; see the comment at its top
PROSE = "Sullivan and Wang met for two days of talks in Bangkok, a senior U.S. official said.\n"


def one_line(error: ArticleError) -> str:
    message = str(error)
    assert "\n" not in message
    return message


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


# --------------------------------------------------------------------------- text and Markdown files


def test_a_text_file_is_its_text_with_a_hash_of_it(tmp_path):
    path = write(tmp_path, "story.txt", "\ufeff" + PROSE.replace("\n", "\r\n"))
    article = load_article(str(path))
    assert article.text == PROSE
    assert article.sha256 == hashlib.sha256(PROSE.encode("utf-8")).hexdigest()
    assert (article.title, article.url, article.published, article.format) == (None, None, None, "text")
    assert article.source == str(path)


def test_a_file_without_a_known_suffix_is_sniffed(tmp_path):
    plain = load_article(str(write(tmp_path, "story", PROSE)))
    assert plain.format == "text"
    page = load_article(str(write(tmp_path, "page", NEWS_PAGE.read_bytes())))
    assert page.format == "html"
    assert "Bangkok" in page.text and "<p>" not in page.text


def test_a_page_saved_as_txt_is_still_read_as_html(tmp_path):
    article = load_article(str(write(tmp_path, "saved.txt", NEWS_PAGE.read_bytes())))
    assert article.format == "html"
    assert "<p>" not in article.text and "a senior U.S. official said on Sunday." in article.text


def test_markdown_is_reduced_to_prose_with_headings_and_front_matter(tmp_path):
    markdown = (
        "---\ntitle: \"Counter-drug talks agreed\"\ndate: 2024-01-28\n---\n\n"
        "# Counter-drug talks agreed\n\n"
        "The **White House** said the [two sides](https://example.com/x) would hold\n"
        "counter-drug talks in *Beijing* next week.\n\n"
        "![Sullivan in Bangkok](bangkok.jpg)\n\n"
        "Taiwan\n------\n\n"
        "> The Chinese embassy said Wang told Sullivan to stop arming Taiwan.\n\n"
        "- Sullivan raised the Red Sea attacks with Wang.\n"
        "- The two men met in `Vienna` in May 2023.\n\n"
        "```\nprint('not prose')\n```\n\n"
        "| a | b |\n|---|---|\n\n"
        "***\n"
    )
    article = load_article(str(write(tmp_path, "story.md", markdown)))
    assert article.format == "markdown"
    assert article.title == "Counter-drug talks agreed"
    assert article.published == date(2024, 1, 28)
    paragraphs = article.text.split("\n\n")
    assert paragraphs == [
        "Counter-drug talks agreed",
        "The White House said the two sides would hold counter-drug talks in Beijing next week.",
        "Taiwan",
        "The Chinese embassy said Wang told Sullivan to stop arming Taiwan.",
        "Sullivan raised the Red Sea attacks with Wang.",
        "The two men met in Vienna in May 2023.",
    ]
    assert [article.text[start:end] for start, end in article.headings] == ["Counter-drug talks agreed", "Taiwan"]
    result = extract_claims(article.text, headings=article.headings)
    assert [s.reason for s in result.skipped] == [SKIP_HEADING, SKIP_HEADING]
    assert len(result.claims) == 4
    for claim in result.claims:
        assert article.text[claim.start:claim.end] == claim.text


def test_markdown_emphasis_does_not_eat_underscores_inside_words():
    text, _, _ = markdown_to_text("The snake_case_name stays, but _this_ and __that__ lose their marks.")
    assert text == "The snake_case_name stays, but this and that lose their marks."


def test_markdown_title_falls_back_to_the_first_heading(tmp_path):
    article = load_article(str(write(tmp_path, "a.markdown", "Intro line.\n\n## Talks in Bangkok\n\n" + PROSE)))
    assert article.title == "Talks in Bangkok"
    assert article.published is None


# --------------------------------------------------------------------------- HTML


def test_html_main_text_title_date_and_url_from_the_page():
    article = load_article(str(NEWS_PAGE))
    assert article.format == "html"
    assert article.title == "US and China to hold counter-drug talks after Bangkok meeting"
    # article:published_time is 2024-01-28 21:40 in New York: the page's own date, not UTC's next day.
    assert article.published == date(2024, 1, 28)
    assert article.url == "https://ledger.example.com/world/2024/01/28/us-china-counter-drug-talks"
    text = article.text
    assert "a senior U.S. official said on Sunday." in text
    assert "“candid, substantive and constructive”" in text
    for furniture in ("Subscribe", "Most read", "Privacy policy", "Markets rally", "Copy link", "gtag"):
        assert furniture not in text
    headings = [text[start:end] for start, end in article.headings]
    assert "Taiwan and the Red Sea" in headings


def test_html_claims_end_to_end():
    article = load_article(str(NEWS_PAGE))
    result = extract_claims(article.text, headings=article.headings)
    first = result.claims[0]
    assert first.attribution == US_GOVERNMENT
    assert first.attribution_phrase == "a senior U.S. official said on Sunday"
    reasons = {s.text: s.reason for s in result.skipped}
    assert reasons["Taiwan and the Red Sea"] == SKIP_HEADING
    assert reasons["Will the two presidents speak again before the spring?"] == "question"


@pytest.mark.parametrize(
    "head, expected",
    [
        ('<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle", '
         '"headline": "From JSON-LD", "datePublished": "2024-01-27T08:00:00+07:00"}]}</script>',
         ("From JSON-LD", date(2024, 1, 27))),
        ('<meta name="twitter:title" content="From Twitter card"><meta itemprop="datePublished" '
         'content="2024-01-26">', ("From Twitter card", date(2024, 1, 26))),
        ("<title>Only a title tag</title>", ("Only a title tag", date(2024, 1, 25))),
    ],
)
def test_html_metadata_sources(tmp_path, head, expected):
    page = (f"<html><head>{head}</head><body><article>"
            f'<time datetime="2024-01-25T10:00:00Z">Jan 25</time><p>{PROSE}</p></article></body></html>')
    article = load_article(str(write(tmp_path, "page.html", page)))
    assert (article.title, article.published) == expected


def test_html_that_trafilatura_cannot_use_falls_back_to_the_page_blocks(tmp_path):
    page = ("<html><body><div><h2>Talks</h2><ul><li>Sullivan met Wang in Bangkok for two days of talks.</li>"
            "<li>The White House said the two sides agreed to hold counter-drug talks.</li></ul></div></body></html>")
    article = load_article(str(write(tmp_path, "list.html", page)))
    assert "Sullivan met Wang in Bangkok for two days of talks." in article.text
    assert "The White House said the two sides agreed to hold counter-drug talks." in article.text


def test_html_declaring_gb2312_is_decoded_as_gb18030(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
            "<p>王毅 met Sullivan in Bangkok for two days of talks, the embassy said.</p></body></html>")
    article = load_article(str(write(tmp_path, "gb.html", page.encode("gb18030"))))
    assert article.encoding == "gb18030"
    assert "王毅 met Sullivan" in article.text


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-01-28T21:40:00-05:00", date(2024, 1, 28)),
        ("2024-01-29T02:40:00Z", date(2024, 1, 29)),
        ("2024-01-29T02:40:00+0000", date(2024, 1, 29)),
        ("January 28, 2024", date(2024, 1, 28)),
        ("28 Jan 2024", date(2024, 1, 28)),
        ("Sun, 28 Jan 2024 21:40:00 GMT", date(2024, 1, 28)),
        ("not a date", None),
        ("", None),
    ],
)
def test_parse_date(value, expected):
    assert parse_date(value) == expected


# --------------------------------------------------------------------------- encodings


def test_windows_1252_smart_punctuation_is_read_as_cp1252(tmp_path):
    data = "The official called the talks \u201ccandid\u201d \u2014 and \u201cuseful\u201d.\n".encode("cp1252")
    article = load_article(str(write(tmp_path, "word.txt", data)))
    assert article.encoding == "cp1252"
    assert article.text == "The official called the talks “candid” — and “useful”.\n"


def test_utf16_with_a_byte_order_mark_is_read(tmp_path):
    article = load_article(str(write(tmp_path, "utf16.txt", PROSE.encode("utf-16"))))
    assert (article.text, article.encoding) == (PROSE, "utf-16")


@pytest.mark.parametrize(
    "data",
    [
        "Le ministre a rencontr\u00e9 son homologue \u00e0 Bangkok.\n".encode("latin-1"),
        "王毅与沙利文在曼谷举行会谈。\n".encode("gb18030"),
    ],
)
def test_other_encodings_are_refused_with_the_offset(tmp_path, data):
    path = write(tmp_path, "other.txt", data)
    with pytest.raises(ArticleError) as caught:
        load_article(str(path))
    message = one_line(caught.value)
    assert str(path) in message and "not UTF-8" in message and "offset" in message


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t \n", "empty"),
        ("nul.txt", b"Sullivan met Wang\x00\x00\x01\x02 in Bangkok", "binary"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        ("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        ("menu.html", b"<html><body><nav><a href='/'>Home</a> <a>World</a></nav><script>var x = 1;</script>"
                      b"<footer>Copyright</footer></body></html>", "no article text"),
        ("empty.md", b"# \n\n```\ncode only\n```\n", "no prose"),
    ],
)
def test_bad_files_raise_one_line_errors_naming_the_file(tmp_path, name, data, words):
    path = write(tmp_path, name, data)
    with pytest.raises(ArticleError) as caught:
        load_article(str(path))
    message = one_line(caught.value)
    assert str(path) in message
    assert words in message


def test_a_file_over_50_mb_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: no 50 MB written to the disk
    with pytest.raises(ArticleError) as caught:
        load_article(str(path))
    message = one_line(caught.value)
    assert str(path) in message and "50.0 MB" in message


def test_a_missing_file_and_a_directory(tmp_path):
    with pytest.raises(ArticleError, match="no such file"):
        load_article(str(tmp_path / "missing.txt"))
    with pytest.raises(ArticleError, match="is a directory"):
        load_article(str(tmp_path))


def test_unknown_scheme_and_format(tmp_path):
    with pytest.raises(ArticleError, match="only http and https"):
        load_article("ftp://example.com/story.txt")
    with pytest.raises(ArticleError, match="unknown article format"):
        load_article(str(write(tmp_path, "a.txt", PROSE)), format="pdf")


# --------------------------------------------------------------------------- standard input


def test_standard_input_text_and_html():
    article = load_article("-", stdin=PROSE)
    assert (article.text, article.source, article.format) == (PROSE, "-", "text")
    page = load_article("-", stdin=NEWS_PAGE.read_bytes())
    assert page.format == "html" and page.published == date(2024, 1, 28)
    forced = load_article("-", stdin="# Title\n\nSome *prose* here for the check.", format="markdown")
    assert forced.text == "Title\n\nSome prose here for the check."


def test_standard_input_missing_or_empty():
    with pytest.raises(ArticleError, match="no text was given"):
        load_article("-")
    with pytest.raises(ArticleError, match="standard input: the input is empty"):
        load_article("-", stdin="   \n")
    with pytest.raises(ArticleError, match="standard input: .* over 50.0 MB"):
        load_article("-", stdin=b"a" * (MAX_ARTICLE_BYTES + 1))


# --------------------------------------------------------------------------- URLs


class _Pages(BaseHTTPRequestHandler):
    stop = threading.Event()

    def do_GET(self):  # noqa: N802 - the name http.server calls
        if self.path == "/story.html":
            self._send(200, NEWS_PAGE.read_bytes(), "text/html; charset=utf-8")
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/story.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/plain":
            self._send(200, PROSE.encode("utf-8"), "text/plain; charset=utf-8")
        elif self.path == "/latin":
            body = "Le ministre a rencontr\u00e9 son homologue \u00e0 Bangkok pour deux jours.".encode("latin-1")
            self._send(200, b"<html><body><p>" + body + b"</p></body></html>", "text/html; charset=iso-8859-1")
        elif self.path == "/undeclared":
            body = "Le ministre a rencontr\u00e9 son homologue \u00e0 Bangkok pour deux jours.".encode("latin-1")
            self._send(200, b"<html><body><p>" + body + b"</p></body></html>", "text/html")
        elif self.path == "/report.pdf":
            self._send(200, b"%PDF-1.7\n1 0 obj", "application/pdf")
        elif self.path == "/slow":
            self.stop.wait(5)  # longer than the client waits; ends early when the server stops
            self._send(200, PROSE.encode("utf-8"), "text/plain")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, *args):  # keep test output clean
        pass


@pytest.fixture
def site() -> Iterator[str]:
    _Pages.stop.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        _Pages.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


class FetchFailed(Exception):
    pass


def httpx_fetch(timeout: float = 5.0, default_encoding: str = "utf-8"):
    """A fetch callable of the shape the CLI passes (PoliteClient().fetch): raises on failure."""

    def fetch(url: str):
        try:
            with httpx.Client(timeout=timeout, follow_redirects=True, default_encoding=default_encoding) as client:
                response = client.get(url)
        except httpx.TimeoutException:
            raise FetchFailed(f"{url}: timed out after {timeout:g} s") from None
        if response.status_code >= 400:
            raise FetchFailed(f"{url}: HTTP {response.status_code}")
        return SimpleNamespace(content=response.content, text=response.text, status=response.status_code,
                               content_type=response.headers.get("content-type"), final_url=str(response.url))

    return fetch


def test_an_html_url_is_fetched_and_extracted(site):
    article = load_article(f"{site}/story.html", fetch=httpx_fetch())
    assert article.url == f"{site}/story.html"
    assert article.source == f"{site}/story.html"
    assert article.title == "US and China to hold counter-drug talks after Bangkok meeting"
    assert article.published == date(2024, 1, 28)
    assert article.text == load_article(str(NEWS_PAGE)).text


def test_a_redirected_url_keeps_the_final_address(site):
    article = load_article(f"{site}/moved", fetch=httpx_fetch())
    assert article.url == f"{site}/story.html"
    assert article.source == f"{site}/moved"


def test_a_plain_text_url(site):
    article = load_article(f"{site}/plain", fetch=httpx_fetch())
    assert (article.text, article.format) == (PROSE, "text")


def test_a_page_in_the_charset_its_server_declares(site):
    article = load_article(f"{site}/latin", fetch=httpx_fetch())
    assert "rencontré son homologue à Bangkok" in article.text
    assert article.encoding == "iso8859-1"


def test_a_page_in_no_declared_charset_falls_back_to_the_clients_decoding(site):
    article = load_article(f"{site}/undeclared", fetch=httpx_fetch(default_encoding="iso-8859-1"))
    assert "rencontré son homologue à Bangkok" in article.text
    assert article.encoding == "as decoded by the HTTP client"


def test_a_client_that_could_only_guess_replacement_characters_is_not_trusted(site):
    with pytest.raises(ArticleError) as caught:
        load_article(f"{site}/undeclared", fetch=httpx_fetch())
    assert "not UTF-8" in one_line(caught.value)


@pytest.mark.parametrize("path, words", [("/missing", "HTTP 404"), ("/report.pdf", "PDF")])
def test_url_failures_are_one_line_errors_naming_the_url(site, path, words):
    with pytest.raises(ArticleError) as caught:
        load_article(f"{site}{path}", fetch=httpx_fetch())
    message = one_line(caught.value)
    assert f"{site}{path}" in message and words in message


def test_a_url_that_times_out(site):
    with pytest.raises(ArticleError) as caught:
        load_article(f"{site}/slow", fetch=httpx_fetch(timeout=0.3))
    message = one_line(caught.value)
    assert f"{site}/slow" in message and "timed out" in message


def test_a_client_error_without_the_url_gets_it_and_loses_its_line_breaks():
    def failing(url: str):
        raise OSError("connection refused\nwhile connecting")

    with pytest.raises(ArticleError) as caught:
        load_article("https://news.example.com/a", fetch=failing)
    assert one_line(caught.value) == "https://news.example.com/a: connection refused while connecting"


def test_a_url_without_a_client_is_an_error():
    with pytest.raises(ArticleError, match="no HTTP client"):
        load_article("https://news.example.com/a")
