"""www.whitehouse.gov (2025 onward): section RSS feeds first, HTML as fallback.

Facts from ../shared/docs/sites.md §1: feeds at `/<section>/feed/` carry
the full text in `content:encoded`, 30 items a page, older pages at
`?paged=N` (a page past the end answers 404); the feed's HTML starts with
the section "topper" block and ends with a "The post … appeared first on
The White House." trailer, both removed. HTML listings are
`ul.wp-block-post-template > li.wp-block-post` with `link[rel=next]`
paging. No article page has been recorded: its selectors come from other
scrapers' code and are tried in order (marked "inferred" in sites.md).
"""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from lxml import etree

from db.store import ReadoutRecord
from db.text import classify_kind
from sources.base import Listing, ListingItem, ListingPage, OfficialSource, ParseError
from sources.html import (
    clean_text,
    first,
    iso_time,
    meta,
    paragraphs,
    parse_html,
    remove,
    require_body,
    require_published,
    select,
    select_one,
    text_of,
)

# Sections whose feeds hold readouts, statements and actions; /remarks/ is dormant (sites.md §1.1).
SECTIONS = ("briefings-statements", "presidential-actions", "fact-sheets", "releases")
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
_TRAILER = re.compile(r"^The post .* appeared first on The White House\.?$")
TOPPER_SELECTORS = ("div.wp-block-whitehouse-topper", "nav")
BODY_SELECTORS = ("div.entry-content.wp-block-post-content", "div.entry-content", "main .wp-block-post-content")
# The text is already decoded; re-encoded as UTF-8, whatever its XML declaration says.
_XML_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, encoding="utf-8")


class WhiteHouse(OfficialSource):
    name = "whitehouse"
    official_origin = "https://www.whitehouse.gov"
    host_aliases = ("whitehouse.gov",)

    def listings(self) -> list[Listing]:
        return [
            Listing(section, self.url_for(f"/{section}/feed/"), "feed",
                    fallback=Listing(section, self.url_for(f"/{section}/"), "html"))
            for section in SECTIONS
        ]

    def parse_listing(self, listing: Listing, text: str, url: str) -> ListingPage:
        if listing.kind == "feed":
            return self.parse_feed(text, url)
        return parse_listing_html(text, url)

    def parse_feed(self, text: str, url: str) -> ListingPage:
        page = parse_feed(text, url, canonical=self.canonical_url)
        if page.items:
            page.next_url = next_feed_page(url)
        return page

    def parse_article(self, text: str, url: str) -> ReadoutRecord:
        return parse_article(text, url, canonical=self.canonical_url)


def next_feed_page(url: str) -> str:
    parts = urlsplit(url)
    query = parse_qs(parts.query)
    number = int(query.get("paged", ["1"])[0] or 1) + 1
    query["paged"] = [str(number)]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query, doseq=True), ""))


def parse_feed(text: str, url: str, *, canonical=lambda u: u) -> ListingPage:
    """An RSS page of a section feed; items with full text carry their record."""
    try:
        root = etree.fromstring(text.encode("utf-8"), parser=_XML_PARSER)
    except etree.XMLSyntaxError as exc:
        raise ParseError(f"{url}: not an RSS feed ({exc})") from None
    if root is None or root.find("channel") is None:
        raise ParseError(f"{url}: not an RSS feed (no <channel>)")
    page = ListingPage()
    for number, item in enumerate(root.iter("item"), start=1):
        title = clean_text(item.findtext("title") or "")
        link = (item.findtext("link") or "").strip()
        if not title or not link:
            page.skipped.append(f"{url}: item {number} has no {'title' if not title else 'link'}")
            continue
        try:
            published = parsedate_to_datetime((item.findtext("pubDate") or "").strip())
        except (TypeError, ValueError):
            page.skipped.append(f"{url}: item {number} ({link}) has no readable pubDate")
            continue
        record = None
        html = item.findtext(f"{{{CONTENT_NS}}}encoded")
        if html and html.strip():
            body = _feed_body(html)
            if body:
                article_url = canonical(link)
                section = _section(article_url)
                categories = [clean_text(c.text or "") for c in item.findall("category")]
                record = ReadoutRecord(
                    source=WhiteHouse.name, url=article_url, title=title, published=published,
                    published_text=published.isoformat(), body=body, section=section,
                    kind=_kind(title, article_url, section, body, categories), language="en")
        page.items.append(ListingItem(link, title, published, record))
    return page


def _feed_body(html: str) -> str:
    document = parse_html(html)
    remove(document, TOPPER_SELECTORS)
    return "\n\n".join(_without_trailer(paragraphs(document.body)))


def _without_trailer(found: list[str]) -> list[str]:
    while found and _TRAILER.match(found[-1]):
        found.pop()
    return found


def parse_listing_html(text: str, url: str) -> ListingPage:
    """A `/news/`-style listing page: items, and the next page's URL."""
    document = parse_html(text)
    container = select_one(document, "ul.wp-block-post-template")
    if container is None:
        raise ParseError(f"{url}: no listing found (ul.wp-block-post-template); the page layout may have changed")
    page = ListingPage()
    for number, item in enumerate(select(container, "li.wp-block-post"), start=1):
        link = first(item, ("h2.wp-block-post-title a[href]", ".wp-block-post-title a[href]"))
        if link is None or not text_of(link):
            post_id = next((c for c in item.get("class", "").split() if re.fullmatch(r"post-\d+", c)),
                           f"item {number}")
            page.skipped.append(f"{url}: {post_id} has no title link")
            continue
        time_tag = select_one(item, ".wp-block-post-date time[datetime]")
        page.items.append(ListingItem(link.get("href").strip(), text_of(link),
                                      iso_time(time_tag.get("datetime")) if time_tag is not None else None))
    following = first(document, ("head link[rel=next]", "a.wp-block-query-pagination-next"))
    page.next_url = following.get("href").strip() if following is not None and following.get("href") else None
    return page


def parse_article(text: str, url: str, *, canonical=lambda u: u) -> ReadoutRecord:
    document = parse_html(text)
    # Other scrapers read the topper headline first, then og:title, then any h1 (sites.md §1.3, inferred).
    title = text_of(select_one(document, "h1.wp-block-whitehouse-topper__headline"))
    og_title = meta(document, prop="og:title")
    if not title and og_title:
        title = re.sub(r"\s+[–—-]\s+The White House$", "", og_title)
    if not title:
        title = text_of(select_one(document, "h1"))
    body_element = first(document, BODY_SELECTORS)
    if body_element is not None:
        remove(body_element, TOPPER_SELECTORS)
    body = _without_trailer(require_body(body_element, url, BODY_SELECTORS))
    if not title:
        raise ParseError(f"{url}: no title found")
    published = require_published(document, url, ".wp-block-post-date time[datetime]", ".wp-block-post-date time")
    article_url = canonical(url)
    section = _section(article_url)
    category = first(document, (".wp-block-whitehouse-byline-subcategory__link", ".taxonomy-category a"))
    categories = [text_of(category)] if category is not None else []
    joined = "\n\n".join(body)
    return ReadoutRecord(
        source=WhiteHouse.name, url=article_url, title=title, published=published,
        published_text=published.isoformat(), body=joined,
        modified=iso_time(meta(document, prop="article:modified_time")), section=section,
        kind=_kind(title, article_url, section, joined, categories), language="en")


def _section(url: str) -> str | None:
    segments = [s for s in urlsplit(url).path.split("/") if s]
    return segments[0] if segments else None


def _kind(title: str, url: str, section: str | None, body: str, categories: list[str]) -> str:
    kind = classify_kind(title, url, section, body)
    if kind == "other" and any("action" in c.lower() or c in ("Executive Orders", "Proclamations",
                                                              "Presidential Memoranda") for c in categories):
        return "action"
    return kind
