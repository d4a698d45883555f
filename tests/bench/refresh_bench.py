"""Refresh speed against a local replay of all four sources, rate limit off.

Generates about 1,000 publications spread over the four sources' feeds and
listings (bodies from the White House corpus when given, else generated),
serves them from `sources.replay.ReplayServer`, and measures:

- a full refresh into an empty SQLite file: pages per second (feeds,
  listings and article pages fetched), and publications stored per second;
- the baseline, measured in the same run: fetching the very same pages
  with the same client and nothing else (no parsing, no storing), so
  `full_refresh_vs_fetch_only` says what parsing and storing cost;
- an unchanged incremental refresh of all sources: how many requests it
  makes, how many were conditional and answered 304, and how many bytes
  of page content came back (the target is one 304 per feed or listing).

    python -m tests.bench.refresh_bench [--articles 1000] [--corpus ../shared/data/whitehouse-briefing-room.jsonl.gz]
"""

from __future__ import annotations

import argparse
import gzip
import html
import itertools
import json
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from db.database import open_database
from sources.http import PoliteClient
from sources.refresh import RefreshOptions, refresh_sources
from sources.registry import scraper
from sources.replay import Page, ReplayServer

WH_SECTIONS = ("briefings-statements", "presidential-actions", "fact-sheets", "releases")
ARCHIVE_SECTIONS = ("statements-releases", "press-briefings", "speeches-remarks", "presidential-actions")
MFA_SECTIONS = ("xw/zyxw", "xw/wjbxw", "xw/fyrbt/lxjzh", "xw/fyrbt/fyrbt", "wjb/wjbz/hd")
# Share of the publications per source, roughly as the record holds them.
SHARES = {"whitehouse": 0.3, "whitehouse-archive": 0.3, "china-mfa": 0.25, "china-embassy-us": 0.15}


def _bodies(corpus: Path | None, count: int) -> list[tuple[str, str]]:
    """(title, body) pairs: real White House texts when a corpus is given."""
    found: list[tuple[str, str]] = []
    if corpus is not None:
        with gzip.open(corpus, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                if 500 < len(record["body"]) < 20_000:
                    found.append((record["title"], record["body"]))
                if len(found) >= count:
                    return found
    sentences = ["The two sides had candid, substantive and constructive discussions on bilateral issues.",
                 "Both sides agreed to maintain open lines of communication and to manage competition responsibly.",
                 "They discussed counternarcotics cooperation, military-to-military channels and regional security.",
                 "Q Did the two sides discuss Taiwan?", "SENIOR ADMINISTRATION OFFICIAL: Yes, they did."]
    while len(found) < count:
        number = len(found)
        paragraphs = [f"Publication {number}, paragraph {p}. " + " ".join(sentences[(number + p) % 3: 3])
                      for p in range(8)]
        found.append((f"Readout of Meeting Number {number}", "\n\n".join(paragraphs)))
    return found


def _paragraphs(body: str) -> str:
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))


def build_site(count: int, corpus: Path | None) -> tuple[dict[str, Page], int]:
    """Pages by path for all four sources, and how many publications they hold."""
    pages: dict[str, Page] = {"/robots.txt": Page(b"User-agent: *\nDisallow: /*?s=\n", content_type="text/plain")}
    texts = iter(_bodies(corpus, count))
    start = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
    serial = itertools.count(1)

    def moment() -> datetime:
        return start - timedelta(hours=next(serial))

    per_source = {name: int(count * share) for name, share in SHARES.items()}
    per_source["whitehouse"] += count - sum(per_source.values())

    # whitehouse: full-text feeds, 30 items a page, ?paged=N, 404 past the end.
    for index, section in enumerate(WH_SECTIONS):
        n = per_source["whitehouse"] // len(WH_SECTIONS) + (index < per_source["whitehouse"] % len(WH_SECTIONS))
        items = []
        for _ in range(n):
            title, body = next(texts)
            when = moment()
            url = f"https://www.whitehouse.gov/{section}/{when:%Y/%m}/item-{next(serial)}/"
            items.append(f"<item><title>{html.escape(title)}</title><link>{url}</link>"
                         f"<pubDate>{format_datetime(when)}</pubDate><category><![CDATA[News]]></category>"
                         f"<content:encoded><![CDATA[{_paragraphs(body)}]]></content:encoded></item>")
        for number in range(max(1, -(-len(items) // 30))):
            chunk = "".join(items[number * 30:(number + 1) * 30])
            path = f"/{section}/feed/" + (f"?paged={number + 1}" if number else "")
            pages[path] = Page(
                ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                 'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>WH</title>'
                 f"{chunk}</channel></rss>").encode(), content_type="application/rss+xml; charset=UTF-8")

    # whitehouse-archive: HTML listings of 10 with "Page N" links, one page per article.
    for index, section in enumerate(ARCHIVE_SECTIONS):
        total = per_source["whitehouse-archive"]
        n = total // len(ARCHIVE_SECTIONS) + (index < total % len(ARCHIVE_SECTIONS))
        entries = []
        for _ in range(n):
            title, body = next(texts)
            when = moment()
            path = f"/briefing-room/{section}/{when:%Y/%m/%d}/item-{next(serial)}/"
            entries.append((path, title, when))
            pages[path] = Page(
                (f'<html><head><meta property="og:title" content="{html.escape(title)}">'
                 f'<meta property="article:published_time" content="{when.isoformat()}"></head><body>'
                 f'<section class="body-content">{_paragraphs(body)}</section></body></html>').encode())
        page_count = max(1, -(-len(entries) // 10))
        for number in range(page_count):
            listing = "".join(
                f'<article class="news-item"><h2 class="news-item__title-container"><a class="news-item__title" '
                f'href="{path}">{html.escape(title)}</a></h2><time datetime="{when.isoformat()}"></time></article>'
                for path, title, when in entries[number * 10:(number + 1) * 10])
            following = (f'<link rel="next" href="/briefing-room/{section}/page/{number + 2}/">'
                         if number + 1 < page_count else "")
            path = f"/briefing-room/{section}/" + (f"page/{number + 1}/" if number else "")
            pages[path] = Page(f'<html><head>{following}</head><body><div class="article-wrapper">{listing}'
                               "</div></body></html>".encode())

    # china-mfa and china-embassy-us: TRS listings of 20 with countPage, relative links.
    def trs(name: str, sections: tuple[str, ...], extension: str, total: int) -> None:
        for index, section in enumerate(sections):
            n = total // len(sections) + (index < total % len(sections))
            entries = []
            for _ in range(n):
                title, body = next(texts)
                when = moment().astimezone(UTC)
                relative = f"./{when:%Y%m}/t{when:%Y%m%d}_{next(serial) + 11_000_000}.{extension}"
                entries.append((relative, title, when))
                pages[f"/eng/{section}/{relative[2:]}"] = Page(
                    (f'<html><head><meta name="PubDate" content="{when:%Y-%m-%d %H:%M}"></head><body>'
                     f'<div class="news_header_title bigtitle">{html.escape(title)}</div>'
                     f'<div class="content_text TRS_Editor">{_paragraphs(body)}</div></body></html>').encode())
            page_count = max(1, -(-len(entries) // 20))
            for number in range(page_count):
                links = "".join(f'<li><a href="{relative}">{html.escape(title)}</a><div>{when:%B %-d, %Y}</div></li>'
                                for relative, title, when in entries[number * 20:(number + 1) * 20])
                name_part = f"index_{number}" if number else "index"
                pages[f"/eng/{section}/{name_part}.{extension}"] = Page(
                    f'<html><body><ul class="list1">{links}</ul><script>var countPage = {page_count}</script>'
                    "</body></html>".encode())

    trs("china-mfa", MFA_SECTIONS, "html", per_source["china-mfa"])
    trs("china-embassy-us", ("zgyw",), "htm", per_source["china-embassy-us"])
    return pages, count


def run(articles: int = 1000, corpus: Path | None = None, workdir: Path | None = None) -> dict:
    names = list(SHARES)
    for name in names:  # import the parsers now: module loading is not per-page work
        scraper(name)
    pages, count = build_site(articles, corpus)
    with tempfile.TemporaryDirectory(dir=workdir) as scratch, ReplayServer(pages) as server:
        engine = open_database(str(Path(scratch) / "bench.db"))
        try:
            # Baseline: the same pages, fetched by the same client, nothing else done.
            paths = [path for path in pages if path != "/robots.txt"]
            with PoliteClient(delay=0) as client:
                started = time.perf_counter()
                for path in paths:
                    client.fetch(server.url(path))
                fetch_seconds = time.perf_counter() - started
            server.requests.clear()

            with PoliteClient(delay=0) as client:
                started = time.perf_counter()
                full = refresh_sources(engine, names, client, RefreshOptions(base_url=server.base_url))
                full_seconds = time.perf_counter() - started
            full_pages = sum(1 for r in server.requests if r.path != "/robots.txt")
            server.requests.clear()

            with PoliteClient(delay=0) as client:
                started = time.perf_counter()
                again = refresh_sources(engine, names, client, RefreshOptions(base_url=server.base_url))
                again_seconds = time.perf_counter() - started
            incremental = [r for r in server.requests if r.path != "/robots.txt"]
            listings = sum(len(scraper(n).listings()) for n in names)
        finally:
            engine.dispose()
    stored = sum(s.new for s in full)
    return {
        "publications": count,
        "stored": stored,
        "failed": sum(s.failed for s in full),
        "full_refresh": {
            "pages_fetched": full_pages,
            "seconds": round(full_seconds, 3),
            "pages_per_second": round(full_pages / full_seconds, 1),
            "publications_per_second": round(stored / full_seconds, 1),
        },
        "baseline_fetch_only": {
            "pages_fetched": len(paths),
            "seconds": round(fetch_seconds, 3),
            "pages_per_second": round(len(paths) / fetch_seconds, 1),
        },
        "full_refresh_vs_fetch_only": round((full_pages / full_seconds) / (len(paths) / fetch_seconds), 3),
        "unchanged_refresh": {
            "feeds_and_listings": listings,
            "requests": len(incremental),
            "conditional_304": sum(1 for r in incremental if r.status == 304 and "if-none-match" in r.headers),
            "new_or_revised": sum(s.new + s.revised for s in again),
            "bytes_downloaded_including_robots_txt": sum(s.bytes for s in again),
            "seconds": round(again_seconds, 3),
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--corpus", type=Path, help="White House JSON Lines corpus for real bodies")
    parser.add_argument("--output", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    figures = run(args.articles, args.corpus)
    text = json.dumps(figures, indent=2)
    print(text)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
