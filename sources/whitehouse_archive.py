"""bidenwhitehouse.archives.gov: the Biden White House briefing room, 2021–2025.

Facts from ../shared/docs/sites.md §2.1 (all from other scrapers' code, no
recorded page): listings `/briefing-room/<type>/` and `/page/N/`; items in
`div.article-wrapper article` with the title link `a.news-item__title`
(or `h2.news-item__title-container > a`), site-relative hrefs, and
`time[datetime]`; pagination "Page N" links. Articles: body
`section.body-content` (some code: `div.body-content`), title og:title or
h1, date article:published_time or the first time[datetime]. Where code
disagrees the alternatives are tried in that order. Old links on
www.whitehouse.gov/briefing-room/… are the same pages.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from db.store import ReadoutRecord
from db.text import classify_kind
from sources.base import Listing, ListingItem, ListingPage, OfficialSource, ParseError
from sources.html import (
    first,
    iso_time,
    meta,
    parse_html,
    require_body,
    require_published,
    select,
    select_one,
    text_of,
)

SECTIONS = ("statements-releases", "press-briefings", "speeches-remarks", "presidential-actions")
ITEM_SELECTORS = ("div.article-wrapper article", "article.news-item", "article")
TITLE_LINK_SELECTORS = ("a.news-item__title", "h2.news-item__title-container a", "h2 a")
BODY_SELECTORS = ("section.body-content", "div.body-content")
# Share widgets and end marks inside the body, never part of the text.
BOILERPLATE = re.compile(r"^(###|Share this page|Tags?:?.*|Share on .*)$")


class WhiteHouseArchive(OfficialSource):
    name = "whitehouse-archive"
    official_origin = "https://bidenwhitehouse.archives.gov"

    def listings(self) -> list[Listing]:
        return [Listing(section, self.url_for(f"/briefing-room/{section}/")) for section in SECTIONS]

    def canonical_url(self, url: str) -> str:
        # While live, the same paths were on www.whitehouse.gov (sites.md §2.1).
        parts = urlsplit(url)
        if (parts.hostname or "") in ("www.whitehouse.gov", "whitehouse.gov") and parts.path.startswith(
                "/briefing-room/"):
            url = self.official_origin + parts.path
        return super().canonical_url(url)

    def parse_listing(self, listing: Listing, text: str, url: str) -> ListingPage:
        return parse_listing(text, url)

    def parse_article(self, text: str, url: str) -> ReadoutRecord:
        return parse_article(text, url, canonical=self.canonical_url)


def parse_listing(text: str, url: str) -> ListingPage:
    document = parse_html(text)
    items = []
    for selector in ITEM_SELECTORS:
        items = select(document, selector)
        if items:
            break
    if not items and select_one(document, "div.article-wrapper, main") is None:
        raise ParseError(f"{url}: no listing found ({', '.join(ITEM_SELECTORS)}); the page layout may have changed")
    page = ListingPage()
    for number, item in enumerate(items, start=1):
        link = first(item, TITLE_LINK_SELECTORS)
        title = text_of(link)
        if link is None or not link.get("href") or not title:
            page.skipped.append(f"{url}: item {number} has no title link")
            continue
        time_tag = select_one(item, "time[datetime]")
        page.items.append(ListingItem(urljoin(url, link.get("href").strip()), title,
                                      iso_time(time_tag.get("datetime")) if time_tag is not None else None))
    page.next_url = _next_page(document, url)
    return page


def _next_page(document, url: str) -> str | None:
    following = first(document, ("head link[rel=next]", "a.next.page-numbers"))
    if following is not None and following.get("href"):
        return urljoin(url, following.get("href").strip())
    # Pagination reads "Page X" for the current page and "Page N" links for the others.
    current = select_one(document, "span.page-numbers.current")
    number = re.search(r"\d+", text_of(current)) if current is not None else None
    if number is None:
        return None
    wanted = int(number.group()) + 1
    for link in select(document, "a.page-numbers[href]"):
        found = re.search(r"\d+", text_of(link))
        if found and int(found.group()) == wanted:
            return urljoin(url, link.get("href").strip())
    return None


def parse_article(text: str, url: str, *, canonical=lambda u: u) -> ReadoutRecord:
    document = parse_html(text)
    body = [p for p in require_body(first(document, BODY_SELECTORS), url, BODY_SELECTORS)
            if not BOILERPLATE.match(p)]
    if not body:
        raise ParseError(f"{url}: the article body is empty")
    title = meta(document, prop="og:title") or ""
    title = re.sub(r"\s+\|\s+The White House$", "", title)
    if not title:
        title = text_of(select_one(document, "h1"))
    if not title:
        raise ParseError(f"{url}: no title found")
    published = require_published(document, url, "time[datetime]")
    article_url = canonical(url)
    segments = [s for s in urlsplit(article_url).path.split("/") if s]
    section = segments[1] if len(segments) > 1 and segments[0] == "briefing-room" else None
    joined = "\n\n".join(body)
    return ReadoutRecord(
        source=WhiteHouseArchive.name, url=article_url, title=title, published=published,
        published_text=published.isoformat(), body=joined,
        modified=iso_time(meta(document, prop="article:modified_time")), section=section,
        kind=classify_kind(title, article_url, section, joined), language="en")
