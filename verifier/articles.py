"""Loading the article to check: a text, Markdown or HTML file, a URL, or standard input.

``Article.text`` is the prose the claims are cut from; every claim offset is
into it. For HTML it is the main text (trafilatura, with a BeautifulSoup
fallback), one paragraph per block; for Markdown it is the prose with the
markup taken out. ``Article.headings`` lists the spans the markup marked as
headings, for ``extract_claims(text, headings=...)``.

Encodings: UTF-8 (with or without a byte-order mark) and UTF-16 with a
byte-order mark are read as such. Anything else is refused with the offset
of the first bad byte, except in two cases where the encoding is clear:
a charset the HTML page declares itself (GB2312 and GBK are read as their
superset GB18030), and Windows-1252 text, recognised by its curly quotes and
dashes (bytes 0x91-0x97) among otherwise plain ASCII: what Word and older
Windows editors save. A file merely guessed to be GB18030 is refused, since
a wrong guess would turn the article into different text without a sign.
"""

from __future__ import annotations

import codecs
import hashlib
import html as html_lib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

MAX_ARTICLE_BYTES = 50 * 1024 * 1024
# Enough of the file to tell text from binary.
SNIFF_BYTES = 64 * 1024
# Above this share of control characters a file is not text.
MAX_CONTROL_SHARE = 0.05
# Windows-1252 is assumed only if the non-ASCII bytes are this rare (Chinese text is mostly
# non-ASCII) and mostly its smart punctuation.
MAX_CP1252_NON_ASCII_SHARE = 0.25
MIN_CP1252_SMART_PUNCTUATION_SHARE = 0.5

FORMAT_TEXT = "text"
FORMAT_MARKDOWN = "markdown"
FORMAT_HTML = "html"

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_TEXT_SUFFIXES = {".txt", ".text"}

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)


class ArticleError(Exception):
    """The article cannot be loaded; the message is one line naming the file or URL."""


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None
    url: str | None
    published: date | None
    sha256: str  # of text, UTF-8: the exact prose the claim offsets refer to
    source: str = ""  # the path, URL or "-" it was loaded from
    format: str = FORMAT_TEXT
    encoding: str = "utf-8"
    headings: tuple[tuple[int, int], ...] = field(default=())


Fetch = Callable[[str], Any]


def load_article(
    source: str,
    *,
    fetch: Fetch | None = None,
    stdin: str | bytes | None = None,
    format: str | None = None,
) -> Article:
    """Loads an article from a path, an http(s) URL (through ``fetch``) or ``-`` (``stdin``, given by the caller).

    fetch: a callable taking a URL and returning an object with ``content``
    (bytes) and optionally ``text``, ``content_type`` (or ``headers``),
    ``final_url`` and ``status``; it raises on failure (the CLI passes
    ``PoliteClient().fetch``). format: force "text", "markdown" or "html".
    """
    if format is not None and format not in (FORMAT_TEXT, FORMAT_MARKDOWN, FORMAT_HTML):
        raise ArticleError(f"{source}: unknown article format {format!r} (use text, markdown or html)")
    if source == "-":
        if stdin is None:
            raise ArticleError("-: no text was given on standard input")
        data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
        if len(data) > MAX_ARTICLE_BYTES:
            raise ArticleError(f"standard input: {_megabytes(len(data))}; articles over "
                               f"{_megabytes(MAX_ARTICLE_BYTES)} are refused")
        return _from_bytes(data, name="standard input", source="-", kind=format)
    if re.match(r"(?i)https?://", source):
        return _from_url(source, fetch, format)
    if re.match(r"(?i)[a-z][a-z0-9+.-]*://", source):
        raise ArticleError(f"{source}: only http and https URLs can be fetched")
    return _from_file(Path(source), format)


# --------------------------------------------------------------------------- sources


def _from_file(path: Path, kind: str | None) -> Article:
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ArticleError(f"{name}: no such file") from None
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    if path.is_dir():
        raise ArticleError(f"{name}: is a directory, not an article file")
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{name}: the file is {_megabytes(size)}; articles over {_megabytes(MAX_ARTICLE_BYTES)}"
                           " are refused")
    try:
        with path.open("rb") as handle:
            # A pipe or device can report size 0 and still stream without end.
            data = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{name}: the file is over {_megabytes(MAX_ARTICLE_BYTES)}; articles that large are refused")
    if kind is None:
        kind = _kind_from_suffix(path.suffix.lower())
    return _from_bytes(data, name=name, source=name, kind=kind)


def _from_url(url: str, fetch: Fetch | None, kind: str | None) -> Article:
    if fetch is None:
        raise ArticleError(f"{url}: no HTTP client was given to fetch it")
    try:
        result = fetch(url)
    except Exception as exc:  # noqa: BLE001 - any failure of the injected client is the URL's error
        message = " ".join(str(exc).split()) or type(exc).__name__
        raise ArticleError(message if url in message else f"{url}: {message}") from None
    status = getattr(result, "status", None) or getattr(result, "status_code", None)
    if isinstance(status, int) and status >= 400:
        raise ArticleError(f"{url}: the server answered HTTP {status}")
    content = getattr(result, "content", None)
    if content is None:
        text = getattr(result, "text", "") or ""
        content = text.encode("utf-8")
    if len(content) > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{url}: the page is {_megabytes(len(content))}; articles over "
                           f"{_megabytes(MAX_ARTICLE_BYTES)} are refused")
    final_url = getattr(result, "final_url", None) or getattr(result, "url", None) or url
    content_type = getattr(result, "content_type", None)
    if content_type is None:
        headers = getattr(result, "headers", None) or {}
        content_type = headers.get("content-type") if hasattr(headers, "get") else None
    content_type = (content_type or "").lower()
    if kind is None:
        if "html" in content_type or "xml" in content_type:
            kind = FORMAT_HTML
        elif "markdown" in content_type:
            kind = FORMAT_MARKDOWN
        elif content_type.startswith("text/"):
            kind = FORMAT_TEXT
        else:
            kind = _kind_from_suffix(Path(str(final_url).split("?")[0]).suffix.lower())
    declared = _charset_of(content_type)
    # The client decided a charset from the bytes too; it is the fallback when ours finds none.
    client_text = getattr(result, "text", None)
    return _from_bytes(content, name=url, source=url, kind=kind, url=str(final_url), declared_charset=declared,
                       client_text=client_text if isinstance(client_text, str) else None)


def _kind_from_suffix(suffix: str) -> str | None:
    if suffix in _HTML_SUFFIXES:
        return FORMAT_HTML
    if suffix in _MARKDOWN_SUFFIXES:
        return FORMAT_MARKDOWN
    if suffix in _TEXT_SUFFIXES:
        return FORMAT_TEXT
    return None


def _from_bytes(
    data: bytes,
    *,
    name: str,
    source: str,
    kind: str | None,
    url: str | None = None,
    declared_charset: str | None = None,
    client_text: str | None = None,
) -> Article:
    what = "page" if url else "input" if source == "-" else "file"
    if not data.strip():
        raise ArticleError(f"{name}: the {what} is empty")
    _refuse_binary(data, name)
    if kind is None:
        kind = FORMAT_HTML if _looks_like_html(data) else FORMAT_TEXT
    elif kind == FORMAT_TEXT and _HTML_START.match(data[:SNIFF_BYTES]):
        kind = FORMAT_HTML  # a saved page named .txt: its markup is not prose
    if kind == FORMAT_HTML and declared_charset is None:
        declared_charset = _charset_in_html(data)
    try:
        text, encoding = decode(data, name, declared_charset)
    except ArticleError:
        # A client that fell back to replacement characters did not know the charset either.
        if not client_text or ("\ufffd" in client_text and "\ufffd".encode() not in data):
            raise
        text, encoding = client_text, "as decoded by the HTTP client"
    text = _normalise(text)
    if not text.strip():
        raise ArticleError(f"{name}: the {what} is empty")
    if kind == FORMAT_HTML:
        return _from_html(text, name=name, source=source, url=url, encoding=encoding)
    if kind == FORMAT_MARKDOWN:
        prose, headings, meta = markdown_to_text(text)
        if not prose.strip():
            raise ArticleError(f"{name}: the Markdown file has no prose in it")
        return _article(prose, title=meta.get("title") or _first_heading(prose, headings), url=meta.get("url") or url,
                        published=parse_date(meta.get("date") or meta.get("published")), source=source,
                        kind=FORMAT_MARKDOWN, encoding=encoding, headings=headings)
    return _article(text, title=None, url=url, published=None, source=source, kind=FORMAT_TEXT,
                    encoding=encoding)


def _article(text: str, *, title, url, published, source, kind, encoding, headings=()) -> Article:
    return Article(
        text=text,
        title=title,
        url=url,
        published=published,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        source=source,
        format=kind,
        encoding=encoding,
        headings=tuple(headings),
    )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


# --------------------------------------------------------------------------- bytes to text


def _refuse_binary(data: bytes, name: str) -> None:
    head = data[:SNIFF_BYTES]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            raise ArticleError(f"{name}: is {what}, not text, Markdown or HTML")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    if b"\x00" in head:
        raise ArticleError(f"{name}: looks like a binary file (it contains NUL bytes), not text, Markdown or HTML")
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    if controls > MAX_CONTROL_SHARE * len(head):
        raise ArticleError(f"{name}: looks like a binary file (control characters), not text, Markdown or HTML")


def decode(data: bytes, name: str, declared_charset: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read with; see the module notes for which encodings are accepted."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: starts like UTF-16 text but is not valid UTF-16") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if declared_charset:
        codec = _codec_for(declared_charset)
        if codec and codec != "utf-8":
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                raise ArticleError(f"{name}: declares charset {declared_charset} but is not valid "
                                   f"{declared_charset}") from None
    if _clearly_cp1252(data):
        return data.decode("cp1252"), "cp1252"
    bad = data[utf8_error.start]
    raise ArticleError(f"{name}: is not UTF-8 text (byte 0x{bad:02x} at offset {utf8_error.start}); "
                       "save it as UTF-8 and try again")


def _codec_for(charset: str) -> str | None:
    charset = charset.strip().strip("\"'").lower()
    if charset in ("gb2312", "gbk", "gb18030", "x-gbk", "cp936"):
        return "gb18030"
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def _clearly_cp1252(data: bytes) -> bool:
    non_ascii = [byte for byte in data if byte >= 0x80]
    if not non_ascii or len(non_ascii) > MAX_CP1252_NON_ASCII_SHARE * len(data):
        return False
    smart = sum(1 for byte in non_ascii if 0x91 <= byte <= 0x97)
    if smart < MIN_CP1252_SMART_PUNCTUATION_SHARE * len(non_ascii):
        return False
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    return text


_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


def _looks_like_html(data: bytes) -> bool:
    head = data[:SNIFF_BYTES]
    if _HTML_START.match(head):
        return True
    return bool(re.search(rb"<(?:p|div|article)\b[^>]*>", head, re.IGNORECASE)) and b"</" in head


def _charset_in_html(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:SNIFF_BYTES])
    return match.group(1).decode("ascii", "replace") if match else None


def _charset_of(content_type: str) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type)
    return match.group(1) if match else None


# --------------------------------------------------------------------------- HTML

_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "dd", "dt")
_HEADING_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_NOISE_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figure", "figcaption",
               "iframe", "svg", "button", "template", "select", "input", "menu")


def _from_html(page: str, *, name: str, source: str, url: str | None, encoding: str) -> Article:
    text, headings = _join_blocks(_blocks_with_trafilatura(page, url))
    if not _has_prose(text):
        text, headings = _join_blocks(_blocks_with_soup(page))
    if not _has_prose(text):
        raise ArticleError(f"{name}: no article text found in the HTML page")
    meta = html_metadata(page)
    return _article(text, title=meta.get("title"), url=url or meta.get("url"),
                    published=parse_date(meta.get("published")), source=source, kind=FORMAT_HTML,
                    encoding=encoding, headings=headings)


def _blocks_with_trafilatura(page: str, url: str | None) -> list[tuple[str, bool]]:
    """(text, is_heading) per block of the page's main text, or [] when trafilatura finds none."""
    try:
        import trafilatura
        from lxml import etree
    except ImportError:
        return []
    try:
        xml = trafilatura.extract(page, url=url, output_format="xml", include_comments=False,
                                  include_tables=False, include_images=False, with_metadata=False)
    except Exception:  # noqa: BLE001 - trafilatura fails on some malformed pages; the fallback handles them
        return []
    if not xml:
        return []
    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return []
    blocks: list[tuple[str, bool]] = []
    for element in root.iter("head", "p", "item", "quote", "code"):
        if element.getparent() is not None and element.getparent().tag in ("quote", "item") and element.tag == "p":
            continue
        text = " ".join("".join(element.itertext()).split())
        if text:
            blocks.append((text, element.tag == "head"))
    return blocks


def _blocks_with_soup(page: str) -> list[tuple[str, bool]]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "lxml")
    for tag in soup(list(_NOISE_TAGS)):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    blocks: list[tuple[str, bool]] = []
    for element in root.find_all(list(_BLOCK_TAGS)):
        if element.find_parent(list(_BLOCK_TAGS)) is not None:
            continue  # the enclosing block already holds its text
        text = " ".join(element.get_text(" ").split())
        if text:
            blocks.append((text, element.name in _HEADING_TAGS))
    if not blocks:
        for line in root.get_text("\n").split("\n"):
            line = " ".join(line.split())
            if line:
                blocks.append((line, False))
    return blocks


def _join_blocks(blocks: list[tuple[str, bool]]) -> tuple[str, list[tuple[int, int]]]:
    """The article's text from its blocks (text, is a heading), a blank line between two, and the (start, end)
    of each heading in it: a web page's and a Markdown file's alike."""
    parts: list[str] = []
    headings: list[tuple[int, int]] = []
    position = 0
    for text, is_heading in blocks:
        if parts:
            parts.append("\n\n")  # a blank line: no block is ever taken for a hard-wrapped line
            position += 2
        if is_heading:
            headings.append((position, position + len(text)))
        parts.append(text)
        position += len(text)
    return "".join(parts), headings


def _has_prose(text: str) -> bool:
    """At least one paragraph that reads like a sentence, not a row of menu labels."""
    for line in text.split("\n"):
        words = line.split()
        if len(words) >= 5 and sum(1 for word in words if word[:1].islower()) >= 2:
            return True
    return False


def html_metadata(page: str) -> dict[str, str]:
    """title, published and url from the page's own metadata: Open Graph, article:, JSON-LD, <time>, <title>."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page, "lxml")
    meta: dict[str, str] = {}

    def meta_content(*keys: str) -> str | None:
        for key in keys:
            tag = (soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
                   or soup.find("meta", attrs={"itemprop": key}))
            if tag and tag.get("content", "").strip():
                return tag["content"].strip()
        return None

    json_ld = list(_json_ld_objects(soup))
    ld_title = next((str(obj[k]) for obj in json_ld for k in ("headline", "name") if obj.get(k)
                     and _is_article_type(obj)), None)
    ld_published = next((str(obj["datePublished"]) for obj in json_ld if obj.get("datePublished")), None)

    heading = soup.find("h1")
    title_tag = soup.find("title")
    title = (meta_content("og:title", "twitter:title", "dc.title", "DC.title") or ld_title
             or (heading.get_text(" ", strip=True) if heading else None)
             or (title_tag.get_text(" ", strip=True) if title_tag else None))
    if title:
        meta["title"] = " ".join(html_lib.unescape(title).split())

    published = (meta_content("article:published_time", "og:published_time", "datePublished", "pubdate",
                              "publishdate", "publish-date", "publish_date", "parsely-pub-date", "sailthru.date",
                              "dc.date.issued", "DC.date.issued", "dcterms.created", "dcterms.date", "dc.date",
                              "DC.date", "citation_publication_date", "date")
                 or ld_published or _time_element(soup))
    if published:
        meta["published"] = published

    canonical = soup.find("link", rel="canonical")
    url = meta_content("og:url") or (canonical.get("href") if canonical else None)
    if url and re.match(r"(?i)https?://", url):
        meta["url"] = url.strip()
    return meta


def _json_ld_objects(soup):
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        try:
            data = json.loads(script.string or script.get_text() or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if "@graph" in item:
                    stack.append(item["@graph"])


def _is_article_type(obj: dict) -> bool:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and ("Article" in k or k in ("Report", "BlogPosting", "WebPage")) for k in kinds)


def _time_element(soup) -> str | None:
    scope = soup.find("article") or soup.find("main") or soup
    for time in scope.find_all("time"):
        value = time.get("datetime") or time.get_text(" ", strip=True)
        if value and parse_date(value):
            return value
    return None


_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%Y%m%d",
                 "%m/%d/%Y", "%A, %B %d, %Y", "%a, %d %b %Y %H:%M:%S %z", "%a, %d %b %Y %H:%M:%S %Z")


def parse_date(value: str | None) -> date | None:
    """A publication date from ISO 8601 or a common written form; the page's own local date when it has a time."""
    if not value:
        return None
    value = " ".join(str(value).split())
    iso = value.replace("Z", "+00:00") if re.match(r"\d{4}-\d{2}-\d{2}", value) else value
    iso = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)
    try:
        return datetime.fromisoformat(iso).date()
    except ValueError:
        pass
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        try:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value)
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    return None


# --------------------------------------------------------------------------- Markdown

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_QUOTE_MARKER = re.compile(r"^\s{0,3}(?:>\s?)+")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)|!\[([^\]]*)\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)|\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<(https?://[^>]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_CODE = re.compile(r"`+([^`]*)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)|(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(.+?)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")


def markdown_to_text(markdown: str) -> tuple[str, list[tuple[int, int]], dict[str, str]]:
    """Prose of a Markdown document: (text, heading spans in it, front-matter fields).

    Paragraphs (consecutive lines, as Markdown joins them) and list items
    each become one line, separated by blank lines; code blocks, tables,
    rules, images and link targets are dropped.
    """
    lines = markdown.split("\n")
    meta: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        for end in range(1, min(len(lines), 200)):
            if lines[end].strip() in ("---", "..."):
                for line in lines[1:end]:
                    key, _, value = line.partition(":")
                    if value.strip():
                        meta[key.strip().lower()] = value.strip().strip("\"'")
                lines = lines[end + 1:]
                break

    blocks: list[tuple[str, bool]] = []
    paragraph: list[str] = []
    in_fence = False

    def flush() -> None:
        if paragraph:
            text = _inline_markdown(" ".join(part.strip() for part in paragraph))
            if text:
                blocks.append((text, False))
            paragraph.clear()

    for number, line in enumerate(lines):
        if _FENCE.match(line):
            flush()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if not line.strip():
            flush()
            continue
        if paragraph == [] and line.strip() and _SETEXT.match(following) and not _LIST_MARKER.match(line):
            # "Title\n=====": the underline is consumed below.
            flush()
            blocks.append((_inline_markdown(line.strip()), True))
            continue
        if _SETEXT.match(line) and blocks and blocks[-1][1] and not paragraph:
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            text = _inline_markdown(heading.group(2))
            if text:
                blocks.append((text, True))
            continue
        if _RULE.match(line) or _REFERENCE.match(line) or _TABLE_ROW.match(line):
            flush()
            continue
        line = _QUOTE_MARKER.sub("", line)
        if _LIST_MARKER.match(line):
            flush()
            line = _LIST_MARKER.sub("", line, count=1)
        paragraph.append(line)
    flush()
    text, headings = _join_blocks(blocks)
    return text, headings, meta


def _inline_markdown(text: str) -> str:
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    for _ in range(2):  # nested emphasis: ***x*** or **_x_**
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _STRIKE.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    text = html_lib.unescape(text)
    return " ".join(text.split())


def _first_heading(text: str, headings: list[tuple[int, int]]) -> str | None:
    return text[headings[0][0]:headings[0][1]] if headings else None

