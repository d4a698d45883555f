"""Pages of the TRS content system that China's foreign ministry and its
embassies share (sites.md §3.3–3.4 and §4): listings `index.html`,
`index_1.html`, … with the page count in inline JavaScript, relative
article links `./YYYYMM/tYYYYMMDD_N.html`, and article bodies in one of a
handful of containers that changed with each template.

No page of these sites has been recorded; every selector below comes from
other scrapers' code, and where they disagree the alternatives are tried
in the order given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from db.store import ReadoutRecord
from db.text import classify_kind, detect_language
from sources.base import ListingItem, ListingPage, ParseError
from sources.html import (
    BEIJING,
    Element,
    clean_text,
    first,
    iso_time,
    meta,
    month_day_year,
    parse_html,
    require_body,
    select_one,
    text_of,
)

ARTICLE_LINK = re.compile(r"^\./\d{6}/t\d{8}_\d+\.s?html?$")
_COUNT_PAGE = re.compile(r"(?:countPage\s*=\s*|createPageHTML\(\s*)(\d+)")
_PAGE_NUMBER = re.compile(r"index(?:_(\d+))?\.(s?html?)$")
_URL_DATE = re.compile(r"/t(\d{4})(\d{2})(\d{2})_\d+\.s?html?$")
_NUMERIC_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:\s+(\d{2}):(\d{2}))?")
# Removed pages answer 200 with a "system" page, recognisable by the final URL (sites.md §3.2).
SYSTEM_PAGE_URL = re.compile(r"/web/system/|index_17321")
MAINTENANCE_TEXT = ("系统维护", "system maintenance", "System Maintenance")
PRINT_CLOSE = re.compile(
    r"^(【打印】|【关闭】|\[Print\]|\[Close\]|分享到|Print\s*\|?\s*Close|\s)+.*$"
    r"|^.*【(打印|关闭)】.*$")
PRESS_CONFERENCE_TITLE = re.compile(
    r"Spokesperson (?P<name>.+?)['’]s (?:Regular Press Conference|Remarks) on "
    r"(?P<date>[A-Z][a-z]+ \d{1,2}, \d{4})")
# "Reuters:", "China Daily:", "Follow-up:" at the head of a paragraph of a transcript.
_TURN_LABEL = re.compile(r"^(?P<label>[A-Z][\w.&'’\- ]{0,38}?)\s*[:：]\s+(?P<text>\S.*)$", re.DOTALL)
MEETING_TITLE = re.compile(r"\b(Meets?|Meetings?|Holds? Talks|Talks with|Speaks? (?:with|by Phone)|Phone Call|"
                           r"Telephone Conversation|Call with)\b")
_REPORTED_SPEECH = re.compile(r"\b(said|says|stated|noted|added|stressed|pointed out|announced)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Template:
    """What one TRS site's pages look like."""

    source: str
    title_selectors: tuple[str, ...]
    title_meta: str | None
    title_suffix: re.Pattern[str]
    time_selectors: tuple[str, ...]
    body_selectors: tuple[str, ...]


def parse_listing(text: str, url: str) -> ListingPage:
    document = parse_html(text)
    page = ListingPage()
    seen: set[str] = set()
    for link in document.iter("a"):
        href = (link.get("href") or "").strip()
        if not ARTICLE_LINK.match(href):
            continue
        absolute = urljoin(url, href)
        if absolute in seen:
            continue  # the same item in a headline box and the list
        seen.add(absolute)
        title = text_of(link) or clean_text(link.get("title", ""))
        if not title:
            page.skipped.append(f"{url}: link {href} has no title")
            continue
        page.items.append(ListingItem(absolute, title, _listing_date(link) or url_date(absolute)))
    if not page.items and not page.skipped and not _COUNT_PAGE.search(text):
        raise ParseError(f"{url}: no article links found (./YYYYMM/tYYYYMMDD_N.html); "
                         "the page layout may have changed")
    page.next_url = _next_listing_page(text, url)
    return page


def _listing_date(link: Element) -> datetime | None:
    # Inferred markup (sites.md §3.3): <div><a …>Title</a><div>September 13, 2026</div></div>,
    # or a date span beside the link; the parent's text holds it either way.
    parent = link.getparent()
    if parent is None:
        return None
    text = text_of(parent).replace(text_of(link), " ")
    found = month_day_year(text, BEIJING)
    if found:
        return found
    numeric = _NUMERIC_TIME.search(text)
    return _numeric(numeric) if numeric else None


def _next_listing_page(text: str, url: str) -> str | None:
    count = _COUNT_PAGE.search(text)
    match = _PAGE_NUMBER.search(urlsplit(url).path)
    if not count or not match:
        return None
    index = int(match.group(1) or 0)
    if index + 1 >= int(count.group(1)):
        return None
    return urljoin(url, f"index_{index + 1}.{match.group(2)}")


def url_date(url: str) -> datetime | None:
    found = _URL_DATE.search(urlsplit(url).path)
    if not found:
        return None
    try:
        return datetime(int(found.group(1)), int(found.group(2)), int(found.group(3)), tzinfo=BEIJING)
    except ValueError:
        return None


def _numeric(match: re.Match[str]) -> datetime | None:
    year, month, day, hour, minute = match.groups()
    try:
        return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), tzinfo=BEIJING)
    except ValueError:
        return None


def parse_article(template: Template, text: str, url: str, *, canonical=lambda u: u) -> ReadoutRecord:
    if SYSTEM_PAGE_URL.search(url):
        raise ParseError(f"{url}: the site answered with its 'system' page (the article was removed or moved)")
    document = parse_html(text)
    body_element = first(document, template.body_selectors)
    if body_element is None and any(marker in text for marker in MAINTENANCE_TEXT):
        raise ParseError(f"{url}: the site answered with a 'system maintenance' page, not the article")
    body = [p for p in require_body(body_element, url, template.body_selectors) if not PRINT_CLOSE.match(p)]
    if not body:
        raise ParseError(f"{url}: the article body is empty")

    title = _title(template, document)
    if not title:
        raise ParseError(f"{url}: no title found ({', '.join(template.title_selectors)}, <title>)")
    published = _published(template, document, title, url)
    if published is None:
        raise ParseError(f"{url}: no publication date found (title, PubDate, page time or URL)")
    press_conference = PRESS_CONFERENCE_TITLE.search(title)
    if press_conference:
        body = mark_speaker_turns(body, press_conference.group("name"))
    joined = "\n\n".join(body)
    article_url = canonical(url)
    segments = [s for s in urlsplit(article_url).path.split("/") if s]
    section = "/".join(segments[1:-2]) or None  # /eng/<section…>/YYYYMM/t….html
    kind = _kind(title, article_url, section, joined, press_conference is not None)
    return ReadoutRecord(
        source=template.source, url=article_url, title=title, published=published,
        published_text=published.isoformat(), body=joined, section=section, kind=kind,
        language=detect_language(joined))


def _kind(title: str, url: str, section: str | None, body: str, press_conference: bool) -> str:
    if press_conference and "Press Conference" in title:
        return "transcript"
    kind = classify_kind(title, url, section, body)
    # The ministry titles its readouts "X Meets with Y", "X Holds Talks with Y", "X Speaks with Y on the Phone".
    if kind == "other" and MEETING_TITLE.search(title):
        return "readout"
    return kind


def _title(template: Template, document: Element) -> str:
    tag = first(document, template.title_selectors)
    if text_of(tag):
        return text_of(tag)
    if template.title_meta and meta(document, name=template.title_meta):
        return meta(document, name=template.title_meta) or ""
    title = select_one(document, "title")
    if title is not None:
        return clean_text(template.title_suffix.split(title.text_content(), maxsplit=1)[0])
    return ""


def _published(template: Template, document: Element, title: str, url: str) -> datetime | None:
    """The date a reader would cite. For press conferences the title's date
    wins: migrated pages carry the migration date in their URL and, at
    times, in their metadata (sites.md §3.2)."""
    candidates: list[datetime] = []
    pub_date = meta(document, name="PubDate")
    if pub_date:
        numeric = _NUMERIC_TIME.search(pub_date)
        if numeric and (moment := _numeric(numeric)):
            candidates.append(moment)
    for selector in template.time_selectors:
        tag = select_one(document, selector)
        if tag is None:
            continue
        text = text_of(tag)
        numeric = _NUMERIC_TIME.search(text)
        moment = _numeric(numeric) if numeric else month_day_year(text, BEIJING)
        if moment:
            candidates.append(moment)
            break
    titled = PRESS_CONFERENCE_TITLE.search(title)
    title_date = month_day_year(titled.group("date"), BEIJING) if titled else None
    if title_date is not None:
        same_day = [c for c in candidates if c.date() == title_date.date()]
        return same_day[0] if same_day else title_date
    if candidates:
        return candidates[0]
    return url_date(url) or iso_time(meta(document, prop="article:published_time"), BEIJING)


def mark_speaker_turns(body: list[str], spokesperson: str) -> list[str]:
    """Label a press conference's turns the way White House transcripts do.

    The ministry writes "Mao Ning: …" for answers and "Reuters: …" for a
    reporter's question. `db/text.py` recognises upper-case speaker labels
    and "Q" lines, so the spokesperson's label is upper-cased and a
    reporter's turn gets a leading "Q: " before the outlet's name. Only the
    labels change; every spoken word stays as published.
    """
    marked = []
    spokesperson_key = spokesperson.strip().lower()
    for paragraph in body:
        match = _TURN_LABEL.match(paragraph)
        label = match.group("label").strip() if match else ""
        if not match or len(label.split()) > 5 or _REPORTED_SPEECH.search(label):
            marked.append(paragraph)
        elif label.lower() == spokesperson_key or label.lower().endswith("spokesperson"):
            marked.append(f"{label.upper()}: {match.group('text')}")
        else:
            marked.append(f"Q: {paragraph}")
    return marked
