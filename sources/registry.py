"""The official sources the project knows, by name.

Each entry says which government speaks through the source, which is what
attribution checks compare against. Scrapers register themselves here too
(`SCRAPERS` below); importing a file needs only the facts.
"""

from __future__ import annotations

from db.store import SourceInfo

US_GOVERNMENT = "us-government"
CHINA_GOVERNMENT = "china-government"

KNOWN_SOURCES: dict[str, SourceInfo] = {
    info.name: info
    for info in (
        SourceInfo("whitehouse", "The White House", US_GOVERNMENT, "https://www.whitehouse.gov/"),
        SourceInfo("whitehouse-archive", "The White House (Biden administration archive)", US_GOVERNMENT,
                   "https://bidenwhitehouse.archives.gov/"),
        SourceInfo("china-mfa", "Ministry of Foreign Affairs of the People's Republic of China", CHINA_GOVERNMENT,
                   "https://www.mfa.gov.cn/eng/"),
        SourceInfo("china-embassy-us", "Embassy of the People's Republic of China in the United States",
                   CHINA_GOVERNMENT, "http://us.china-embassy.gov.cn/eng/"),
    )
}


def source_info(name: str) -> SourceInfo:
    """The known facts of a source, or an entry of unknown side for a new name."""
    return KNOWN_SOURCES.get(name, SourceInfo(name, name, "unknown", ""))


# ---------------------------------------------------------------- scrapers
# name → "module:Class", imported on first use so that importing a file
# does not load the HTML machinery.
SCRAPERS: dict[str, str] = {
    "whitehouse": "sources.whitehouse:WhiteHouse",
    "whitehouse-archive": "sources.whitehouse_archive:WhiteHouseArchive",
    "china-mfa": "sources.china_mfa:ChinaMfa",
    "china-embassy-us": "sources.china_embassy_us:ChinaEmbassyUS",
}


class UnknownSourceError(ValueError):
    """A source name no scraper answers to."""


def scraper(name: str, base_url: str | None = None):
    """The scraper of a source, optionally pointed at another server (a mirror or a replay)."""
    from importlib import import_module

    if name not in SCRAPERS:
        raise UnknownSourceError(f"unknown source {name!r}; known sources: {', '.join(SCRAPERS)}")
    module_name, class_name = SCRAPERS[name].split(":")
    return getattr(import_module(module_name), class_name)(base_url)
