"""Each source's pure parse functions against its recorded pages: the
expected result of every page is the JSON file beside it (see
tests/fixtures/sites/manifest.json for which pages are real captures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sources.base import Listing, ParseError
from sources.registry import SCRAPERS, scraper

SITES = Path(__file__).resolve().parent / "fixtures" / "sites"
MANIFEST = json.loads((SITES / "manifest.json").read_text(encoding="utf-8"))["pages"]


def expected_for(file: str) -> dict:
    return json.loads((SITES / (file.rsplit(".", 1)[0] + ".expected.json")).read_text(encoding="utf-8"))


def _iso(moment):
    return moment.isoformat() if moment else None


@pytest.mark.parametrize("page", [p for p in MANIFEST if p["parse"] == "listing"], ids=lambda p: p["file"])
def test_listing_pages_parse_as_recorded(page):
    source = scraper(page["source"])
    text = (SITES / page["file"]).read_text(encoding="utf-8")
    parsed = source.parse_listing(Listing("test", page["url"], page["listing_kind"]), text, page["url"])
    got = {"items": [{"url": i.url, "title": i.title, "published": _iso(i.published), "has_text": i.record is not None}
                     for i in parsed.items],
           "next_url": parsed.next_url, "skipped": parsed.skipped}
    assert got == expected_for(page["file"])


@pytest.mark.parametrize("page", [p for p in MANIFEST if p["parse"] == "article"], ids=lambda p: p["file"])
def test_article_pages_parse_as_recorded(page):
    record = scraper(page["source"]).parse_article((SITES / page["file"]).read_text(encoding="utf-8"), page["url"])
    got = {"url": record.url, "title": record.title, "published": _iso(record.published),
           "modified": _iso(record.modified), "section": record.section, "kind": record.kind,
           "language": record.language, "body": record.body.split("\n\n")}
    assert got == expected_for(page["file"])
    assert record.source == page["source"]


@pytest.mark.parametrize("page", [p for p in MANIFEST if p["parse"] == "article-error"], ids=lambda p: p["file"])
def test_pages_without_an_article_are_errors_naming_the_url(page):
    with pytest.raises(ParseError) as error:
        scraper(page["source"]).parse_article((SITES / page["file"]).read_text(encoding="utf-8"), page["url"])
    assert str(error.value) == expected_for(page["file"])["error"]
    assert str(error.value).startswith(page["url"]) and "\n" not in str(error.value)


def test_every_source_has_recorded_pages():
    assert {p["source"] for p in MANIFEST} == set(SCRAPERS)
    assert all(p["capture"] in ("real", "reconstructed") for p in MANIFEST)
    assert all((SITES / p["file"]).is_file() for p in MANIFEST)


def test_real_captures_are_unchanged_copies():
    # The byte sizes of ../shared/html/ as recorded in whitehouse/SOURCES.md's origin repository.
    sizes = {"whitehouse/whitehouse_news_listing_2025-01-20__nmarley_wh.html": 103824,
             "whitehouse/whitehouse_news_listing_2025-01-23__nmarley_whnews.html": 109307}
    for file, size in sizes.items():
        assert (SITES / file).stat().st_size == size


def test_feed_body_drops_topper_and_trailer():
    page = next(p for p in MANIFEST if p["file"].endswith("_feed.xml"))
    source = scraper("whitehouse")
    parsed = source.parse_listing(Listing("t", page["url"], "feed"), (SITES / page["file"]).read_text(), page["url"])
    body = parsed.items[0].record.body
    assert "Briefings & Statements" not in body and "appeared first on" not in body
    assert body.startswith("The Government of the United States")


def test_mirror_and_former_hosts_are_cited_as_the_official_url():
    mfa = scraper("china-mfa")
    assert (mfa.canonical_url("http://www.fmprc.gov.cn/eng/xw/zyxw/202401/t20240128_11234608.html")
            == mfa.canonical_url("https://www.mfa.gov.cn/eng/xw/zyxw/202401/t20240128_11234608.html")
            == "https://www.mfa.gov.cn/eng/xw/zyxw/202401/t20240128_11234608.html")
    embassy = scraper("china-embassy-us")
    assert (embassy.canonical_url("http://www.china-embassy.org/eng./zgyw/202001/t20200118_3155573.htm")
            == "https://us.china-embassy.gov.cn/eng/zgyw/202001/t20200118_3155573.htm")
    archive = scraper("whitehouse-archive")
    assert (archive.canonical_url("https://www.whitehouse.gov/briefing-room/statements-releases/2023/10/30/x/")
            == "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2023/10/30/x/")
    replayed = scraper("whitehouse", "http://127.0.0.1:8123")
    assert (replayed.canonical_url("http://127.0.0.1:8123/briefings-statements/2025/05/a/")
            == "https://www.whitehouse.gov/briefings-statements/2025/05/a/")


def test_press_conference_turns_are_labelled_for_the_speaker_detector():
    from db.text import split_body

    page = next(p for p in MANIFEST if p["file"].endswith("article_press-conference.html"))
    record = scraper("china-mfa").parse_article((SITES / page["file"]).read_text(), page["url"])
    spans = split_body(record.body)
    questions = [record.body[s.start:s.end] for s in spans if not s.is_evidence]
    answers = [s for s in spans if s.speaker == "WANG WENBIN"]
    assert questions == [
        "Reuters: Could you give more details about Director Wang Yi's meetings with U.S. National Security "
        "Advisor Jake Sullivan in Bangkok?",
        "Follow-up: Will the two sides hold more meetings?",
    ]
    assert any("Jake Sullivan in Bangkok" in record.body[s.start:s.end] for s in answers)
    assert not any("Could you give more details" in record.body[s.start:s.end] for s in spans if s.is_evidence)


def test_unknown_source_name_is_refused():
    from sources.registry import UnknownSourceError

    with pytest.raises(UnknownSourceError, match="unknown source 'state-department'"):
        scraper("state-department")
