"""The recorded official pages of tests/fixtures/sites/, served by a real
local server at the paths of their official URLs.

Pages link to their official hosts (whitehouse.gov lists absolute links);
the server rewrites those origins to its own when serving, the way a
mirror would, so a refresh pointed at it with --base-url never leaves it.
The files on disk stay byte for byte as recorded.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from sources.replay import Page, ReplayServer

SITES = Path(__file__).resolve().parent / "fixtures" / "sites"
MANIFEST = json.loads((SITES / "manifest.json").read_text(encoding="utf-8"))["pages"]
OFFICIAL_ORIGINS = ("https://www.whitehouse.gov", "https://bidenwhitehouse.archives.gov", "https://www.mfa.gov.cn",
                    "https://us.china-embassy.gov.cn")
ROBOTS = b"User-agent: *\nDisallow: /*?s=\nDisallow: /*&s=\n"

EMPTY_FEED = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Empty &#8211; The White House</title>
<link>https://www.whitehouse.gov/</link></channel></rss>"""
EMPTY_ARCHIVE_LISTING = ('<html><body><main id="main-content"><div class="col-md-10 article-wrapper"></div>'
                         "</main></body></html>")
EMPTY_TRS_LISTING = '<html><body><div class="list1"><ul></ul></div><script>var countPage = 1</script></body></html>'


def entry(file: str) -> dict:
    return next(item for item in MANIFEST if item["file"] == file)


def read(file: str) -> str:
    return (SITES / file).read_text(encoding="utf-8")


def path_of(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


class SiteServer(ReplayServer):
    """A replay server holding recorded pages by official URL."""

    def __init__(self):
        super().__init__({"/robots.txt": Page(ROBOTS, content_type="text/plain")})

    def put(self, official_url: str, text: str, *, content_type: str = "text/html; charset=utf-8",
            **page_options) -> None:
        for origin in OFFICIAL_ORIGINS:
            text = text.replace(origin, self.base_url)
        self.pages[path_of(official_url)] = Page(text.encode("utf-8"), content_type=content_type, **page_options)

    def put_file(self, file: str, official_url: str | None = None, **page_options) -> None:
        item = entry(file)
        content_type = "application/rss+xml; charset=UTF-8" if file.endswith(".xml") else "text/html; charset=utf-8"
        self.put(official_url or item["url"], read(file), content_type=content_type, **page_options)

    def put_site(self, source: str) -> None:
        """Every recorded page of a source, plus empty listings for the sections it has none of."""
        if source == "whitehouse":
            for section in ("briefings-statements", "presidential-actions", "fact-sheets", "releases"):
                self.put(f"https://www.whitehouse.gov/{section}/feed/", EMPTY_FEED,
                         content_type="application/rss+xml; charset=UTF-8")
            self.put_file("whitehouse/briefings-statements_feed.xml")
            self.put_file("whitehouse/article_joint-statement-geneva.html")
        elif source == "whitehouse-archive":
            for section in ("statements-releases", "press-briefings", "speeches-remarks", "presidential-actions"):
                self.put(f"https://bidenwhitehouse.archives.gov/briefing-room/{section}/", EMPTY_ARCHIVE_LISTING)
            for file in ("listing_statements-releases.html", "listing_press-briefings.html",
                         "article_background-press-call.html", "article_readout-sullivan-wang.html",
                         "article_readout-nato.html"):
                self.put_file(f"whitehouse-archive/{file}")
        elif source == "china-mfa":
            for section in ("xw/zyxw", "xw/wjbxw", "xw/fyrbt/lxjzh", "xw/fyrbt/fyrbt", "wjb/wjbz/hd"):
                self.put(f"https://www.mfa.gov.cn/eng/{section}/index.html", EMPTY_TRS_LISTING)
            for file in ("listing_zyxw_index.html", "listing_zyxw_index_1.html", "article_wang-sullivan-bangkok.html",
                         "article_xi-biden-underway.html", "article_press-conference.html"):
                self.put_file(f"china-mfa/{file}")
            # The press conference is listed on the press-conference section's first page.
            conference = entry("china-mfa/article_press-conference.html")["url"]
            self.put("https://www.mfa.gov.cn/eng/xw/fyrbt/lxjzh/index.html",
                     '<html><body><ul class="list1"><li><a href="./202405/t20240530_11347300.html">'
                     "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on January 29, 2024</a>"
                     "<span>2024-05-30</span></li></ul><script>var countPage = 1</script></body></html>")
            assert conference.endswith("/202405/t20240530_11347300.html")
        elif source == "china-embassy-us":
            self.put_file("china-embassy-us/listing_zgyw_index.htm")
            self.put_file("china-embassy-us/article_xi-sullivan.htm")
        else:
            raise ValueError(source)
