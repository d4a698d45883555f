"""The Chinese Ministry of Foreign Affairs in English: www.mfa.gov.cn/eng
and its byte-identical mirror www.fmprc.gov.cn/eng, one source.

Facts from ../shared/docs/sites.md §3: the 2024 URL scheme
`/eng/<section>/YYYYMM/tYYYYMMDD_N.html`, `index_N.html` paging, no RSS,
Beijing time, a 200 "system" page for removed articles. Both hosts are
cited as www.mfa.gov.cn, so a publication seen on either is stored once
(de-duplicated by path).
"""

from __future__ import annotations

import re

from db.store import ReadoutRecord
from sources import trs
from sources.base import Listing, ListingPage, OfficialSource

# Current-scheme English sections that carry readouts, statements and press conferences (sites.md §3.2).
SECTIONS = (
    ("xw/zyxw", "major news"),
    ("xw/wjbxw", "ministry news"),
    ("xw/fyrbt/lxjzh", "regular press conferences"),
    ("xw/fyrbt/fyrbt", "spokesperson's remarks"),
    ("wjb/wjbz/hd", "minister's activities"),
)

TEMPLATE = trs.Template(
    source="china-mfa",
    title_selectors=(".news_header_title", "#News_Body_Title", "div.vibox > div.title"),
    title_meta="ArticleTitle",
    title_suffix=re.compile(r"_Ministry of Foreign Affairs|_Ministry"),
    time_selectors=(".xltime", "#News_Body_Time", ".time span"),
    body_selectors=(".content_text", "#News_Body_Txt_A", ".news_content", "#printBody", ".TRS_UEDITOR",
                    ".TRS_Editor"),
)


class ChinaMfa(OfficialSource):
    name = "china-mfa"
    official_origin = "https://www.mfa.gov.cn"
    host_aliases = ("mfa.gov.cn", "www.fmprc.gov.cn", "fmprc.gov.cn")

    def listings(self) -> list[Listing]:
        return [Listing(section, self.url_for(f"/eng/{section}/index.html")) for section, _ in SECTIONS]

    def parse_listing(self, listing: Listing, text: str, url: str) -> ListingPage:
        return trs.parse_listing(text, url)

    def parse_article(self, text: str, url: str) -> ReadoutRecord:
        return trs.parse_article(TEMPLATE, text, url, canonical=self.canonical_url)
