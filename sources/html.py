"""HTML and text helpers the site parsers share: turning an article's body
element into paragraphs, reading dates, trying selectors in order.

Pages are parsed with lxml and queried with CSS selectors (compiled once);
building a BeautifulSoup tree cost three quarters of a refresh's time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html
from lxml.cssselect import CSSSelector

from db.markup import is_struck_slip
from sources.base import ParseError

Element = lxml_html.HtmlElement

BLOCK_TAGS = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre", "dd", "dt",
                        "figcaption"})
CONTAINER_TAGS = frozenset({"div", "section", "article", "ul", "ol", "table", "tbody", "thead", "main", "dl",
                            "figure", "center", "font", "span"})
DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "button", "select", "svg", "img")
# Struck text: a transcript strikes a spoken slip and prints the correction after it in brackets ("Starting
# <s>tomorrow</s> [today]"); the struck word was not what was meant. Dropped when it is a slip as db.markup
# decides for imported bodies (is_struck_slip): a struck element left unclosed is closed by lxml at the end
# of its paragraph, and dropping it would lose the rest of the paragraph.
STRUCK_TAGS = ("s", "strike", "del")
# A line break in a page's source is a space where it shows (only <pre> keeps it): titles, cells and lines are
# cleaned with it.
_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u2002\u2003\u2009\u3000]+")
_SOURCE_LINE_BREAK = re.compile(r"[\r\n]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\ufeff]")
_MONTH_DAY_YEAR = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s*(\d{4})")
BEIJING = timezone(timedelta(hours=8), "UTC+08:00")
# The text is already decoded (see sources/http.py); a <meta charset> in it must not re-decode it.
_PARSER = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)


def parse_html(text: str) -> Element:
    try:
        return lxml_html.document_fromstring(text.encode("utf-8"), parser=_PARSER)
    except etree.ParserError:  # an empty document
        return lxml_html.document_fromstring(b"<html><body></body></html>", parser=_PARSER)


@lru_cache(maxsize=256)
def _compiled(selector: str) -> CSSSelector:
    return CSSSelector(selector, translator="html")


def select(element: Element, selector: str) -> list[Element]:
    return _compiled(selector)(element)


def select_one(element: Element, selector: str) -> Element | None:
    found = _compiled(selector)(element)
    return found[0] if found else None


def first(element: Element, selectors: Iterable[str]) -> Element | None:
    """The first element matched by the first selector that matches anything."""
    for selector in selectors:
        found = select_one(element, selector)
        if found is not None:
            return found
    return None


def text_of(element: Element | None) -> str:
    return clean_text(element.text_content()) if element is not None else ""


def clean_text(text: str) -> str:
    text = _ZERO_WIDTH.sub("", text)
    return _SPACE.sub(" ", text).strip()


def meta(document: Element, *, name: str | None = None, prop: str | None = None) -> str | None:
    attribute, value = ("name", name) if name else ("property", prop)
    for content in document.xpath(f"//meta[@{attribute}=$value]/@content", value=value):
        if content.strip():
            return clean_text(content)
    return None


def remove(element: Element, selectors: Iterable[str]) -> None:
    """Drop the matched elements (their tails, text outside them, stay)."""
    for selector in selectors:
        for found in select(element, selector):
            if found.getparent() is not None:
                found.drop_tree()


def paragraphs(element: Element) -> list[str]:
    """The text of a body element as paragraphs, in document order.

    Block elements (p, li, headings, table rows) are paragraphs; text lying
    directly in a container is one too; a `<br>` inside a paragraph starts a
    new one, because transcripts put one speaker turn per line that way. A
    line break in the page's source is only a space, as a browser shows it,
    and elements meet as they are shown: inline ones as written, a block or
    container inside another block on its own line, so that neither a wrapped
    source line splits a sentence nor two blocks glue their words together.
    """
    for dropped in list(element.iter(*DROP_TAGS)):
        if dropped is not element:
            dropped.drop_tree()
    _source_line_breaks_as_spaces(element)
    for struck in list(element.iter(*STRUCK_TAGS)):
        if struck is element:
            continue
        spans_lines = any(isinstance(tag, str) and (tag in BLOCK_TAGS or tag in ("div", "br"))
                          for tag in (descendant.tag for descendant in struck.iterdescendants()))
        text = "\n\n" if spans_lines else struck.text_content()
        if is_struck_slip(text, ends_paragraph=_ends_paragraph(struck)):
            struck.drop_tree()
        else:
            struck.drop_tag()  # its words stay, as read
    for br in list(element.iter("br")):
        br.tail = "\n" + (br.tail or "")
        br.drop_tree()
    for inner in element.iterdescendants():
        if _breaks_the_line(inner):
            inner.text = "\n" + (inner.text or "")
            inner.tail = "\n" + (inner.tail or "")
    result: list[str] = []
    _collect(element, result)
    return [p for p in result if p]


def _source_line_breaks_as_spaces(element: Element) -> None:
    """Newlines in the text as spaces, outside <pre>, so that the newlines left are the line breaks shown."""
    def inside_pre(node: Element) -> bool:
        return any(ancestor.tag == "pre" for ancestor in node.iterancestors())

    for node in element.iter():
        preformatted = inside_pre(node)
        if node.text and isinstance(node.tag, str) and node.tag != "pre" and not preformatted:
            node.text = _SOURCE_LINE_BREAK.sub(" ", node.text)
        if node.tail and node is not element and not preformatted:
            node.tail = _SOURCE_LINE_BREAK.sub(" ", node.tail)


def _ends_paragraph(element: Element) -> bool:
    """Whether nothing but space follows the element in its paragraph, through the inline elements around it."""
    while True:
        if (element.tail or "").strip():
            return False
        for after in element.itersiblings():
            if _breaks_the_line(after):
                return True
            if after.text_content().strip() or (after.tail or "").strip():
                return False
        parent = element.getparent()
        if parent is None or _breaks_the_line(parent):
            return True
        element = parent


def _breaks_the_line(element: Element) -> bool:
    """A block, a container other than an inline span or font, or a line break: what ends a paragraph's text."""
    tag = element.tag
    return isinstance(tag, str) and (tag in BLOCK_TAGS or tag == "br"
                                     or (tag in CONTAINER_TAGS and tag not in ("span", "font")))


def _collect(element: Element, out: list[str]) -> None:
    loose: list[str] = [element.text] if element.text else []

    def flush() -> None:
        if loose:
            out.extend(_lines("".join(loose)))
            loose.clear()

    for child in element:
        if not isinstance(child.tag, str):  # a processing instruction
            if child.tail:
                loose.append(child.tail)
            continue
        name = child.tag.lower()
        if name in BLOCK_TAGS and (name == "tr" or not _has_block_inside(child)):
            flush()
            if name == "tr":
                cells = [clean_text(cell.text_content()) for cell in child.iter("td", "th")]
                out.append(" | ".join(cell for cell in cells if cell))
            else:
                out.extend(_lines(child.text_content()))
        elif name in CONTAINER_TAGS or name in BLOCK_TAGS:
            if name in ("span", "font") and not _has_block_inside(child, also_div=True):
                loose.append(child.text_content())
            else:
                flush()
                _collect(child, out)
        else:
            loose.append(child.text_content())
        if child.tail:
            loose.append(child.tail)
    flush()


def _has_block_inside(element: Element, *, also_div: bool = False) -> bool:
    for descendant in element.iterdescendants():
        tag = descendant.tag
        if isinstance(tag, str) and (tag in BLOCK_TAGS or (also_div and tag == "div")):
            return True
    return False


def _lines(text: str) -> list[str]:
    return [line for line in (clean_text(part) for part in text.split("\n")) if line]


def require_body(element: Element | None, url: str, tried: Iterable[str]) -> list[str]:
    """The body's paragraphs, or a ParseError naming the URL and what was looked for."""
    if element is None:
        raise ParseError(f"{url}: no article body found (looked for {', '.join(tried)}); "
                         "the page layout may have changed")
    found = paragraphs(element)
    if not found or sum(len(p) for p in found) < 20:
        raise ParseError(f"{url}: the article body is empty")
    return found


def require_published(document: Element, url: str, time_selector: str, described: str | None = None) -> datetime:
    """The article's publication time: its article:published_time meta, else the datetime of the first
    `time_selector` element; or a ParseError naming the URL and both places looked in (`described`, the
    selector in the message's words)."""
    time_tag = select_one(document, time_selector)
    published = iso_time(meta(document, prop="article:published_time")) or (
        iso_time(time_tag.get("datetime")) if time_tag is not None else None)
    if published is None:
        raise ParseError(f"{url}: no publication time found (article:published_time, {described or time_selector})")
    return published


def iso_time(value: str | None, default_zone: timezone | None = None) -> datetime | None:
    if not value:
        return None
    value = value.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None and default_zone is not None:
        moment = moment.replace(tzinfo=default_zone)
    return moment if moment.tzinfo else None


def month_day_year(text: str | None, zone: timezone) -> datetime | None:
    """A date written "September 13, 2026", at midnight in the publisher's zone."""
    if not text:
        return None
    match = _MONTH_DAY_YEAR.search(text)
    if not match:
        return None
    try:
        return datetime.strptime(f"{match.group(1)} {match.group(2)} {match.group(3)}", "%B %d %Y").replace(
            tzinfo=zone)
    except ValueError:
        return None
