"""The Chinese Embassy in the United States: us.china-embassy.gov.cn/eng,
formerly www.china-embassy.org/eng.

Facts from ../shared/docs/sites.md §4: the ministry's TRS system with
`.htm` pages; only the `zgyw` (China news) section is confirmed for this
embassy, so it is the one listed. Its robots.txt answers a redirect loop:
see the policy for unreadable robots.txt in `sources/http.py`.
"""

from __future__ import annotations

import re

from db.store import ReadoutRecord
from sources import trs
from sources.base import Listing, ListingPage, OfficialSource

SECTIONS = (("zgyw", "China news"),)

TEMPLATE = trs.Template(
    source="china-embassy-us",
    title_selectors=("div.bigtitle", "td.bigtitle", "h1.bigtitle", ".title", ".news-title", "#News_Body_Title",
                     "h1"),
    title_meta="ArticleTitle",
    title_suffix=re.compile(r"_|——"),
    time_selectors=("#News_Body_Time", ".time", ".xltime"),
    body_selectors=(".TRS_UEDITOR", ".TRS_Editor", ".trs_editor_view", "#News_Body_Txt_A"),
)


class ChinaEmbassyUS(OfficialSource):
    name = "china-embassy-us"
    official_origin = "https://us.china-embassy.gov.cn"
    host_aliases = ("www.china-embassy.org", "china-embassy.org")

    def listings(self) -> list[Listing]:
        return [Listing(section, self.url_for(f"/eng/{section}/index.htm")) for section, _ in SECTIONS]

    def canonical_url(self, url: str) -> str:
        # One recorded link reads /eng./lsfw/… (sites.md §4); it is the same page.
        return super().canonical_url(url.replace("/eng./", "/eng/"))

    def parse_listing(self, listing: Listing, text: str, url: str) -> ListingPage:
        return trs.parse_listing(text, url)

    def parse_article(self, text: str, url: str) -> ReadoutRecord:
        return trs.parse_article(TEMPLATE, text, url, canonical=self.canonical_url)
