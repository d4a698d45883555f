"""Reports rendered from a stored check with hostile content, read back with real parsers."""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner
from markdown_it import MarkdownIt

from verifier.cli import cli
from verifier.reports import FORMATS, ReportError, format_for_path, render, write_report
from verifier.reports.claimreview import RATING_VALUES
from verifier.reports.csv_report import COLUMNS
from verifier.reports.highlight import segments
from verifier.reports.stored import list_checks, load_report
from verifier.reports.wording import REASONS, explain_reason

SCRIPT = "<script>alert('x')</script>"
IMG = '"><img src=x onerror=alert(1)>'

# Every reason code of the verdict contract (../shared/docs/verdicts.md, copied
# to docs/report-format.md): each must have plain words of its own.
CONTRACT_REASONS = ["number_mismatch", "date_mismatch", "negation_mismatch", "actor_mismatch", "place_mismatch",
                    "event_mismatch", "misattributed", "opposite_action", "no_match", "below_threshold",
                    "outside_window", "only_reporter_question"]


def _store_sample(db_path: Path, report_fixture):
    from db.database import open_database

    engine = open_database(str(db_path))
    check_id = report_fixture.store_report(engine, report_fixture.sample_report())
    return engine, check_id, load_report(engine, check_id)


@pytest.fixture(scope="module")
def stored_database(tmp_path_factory, report_fixture):
    """A database holding the hostile sample as check 1, shared by the tests that only read it."""
    db_path = tmp_path_factory.mktemp("reports") / "record.db"
    engine, check_id, report = _store_sample(db_path, report_fixture)
    yield db_path, engine, check_id, report
    engine.dispose()


@pytest.fixture
def stored(stored_database):
    """(engine, check id, the report as stored) for the hostile sample; read-only."""
    _, engine, check_id, report = stored_database
    return engine, check_id, report


@pytest.fixture
def stored_db_path(stored_database) -> Path:
    return stored_database[0]


@pytest.fixture
def writable(db_path, report_fixture):
    """Like `stored`, in a database of this test's own, for tests that add checks."""
    engine, check_id, report = _store_sample(db_path, report_fixture)
    yield engine, check_id, report
    engine.dispose()


def claim(report, index):
    return report["claims"][index]


# ---------------------------------------------------------------- JSON


def test_json_is_the_stored_report(stored):
    engine, check_id, report = stored
    text = render(report, "json")
    assert json.loads(text) == report
    assert report["check"]["id"] == check_id
    # The contract's key order survives storage and rendering.
    assert list(json.loads(text)) == ["tool", "check", "article", "corpus", "parameters", "claims", "skipped",
                                      "summary"]
    assert SCRIPT in text and "王毅" in text  # UTF-8, not \u escapes


# ---------------------------------------------------------------- HTML


@pytest.fixture
def html_soup(stored):
    _, _, report = stored
    text = render(report, "html")
    return text, BeautifulSoup(text, "html.parser"), report


def test_html_has_one_card_per_claim_with_verdict(html_soup):
    _, soup, report = html_soup
    cards = soup.select("article.claim-card")
    assert len(cards) == len(report["claims"])
    for card, item in zip(cards, report["claims"], strict=True):
        assert card["data-verdict"] == item["verdict"]
        assert f"verdict-{item['verdict']}" in card["class"]
        assert card["id"] == f"claim-{item['index']}"
        assert card.select_one(".badge").get_text().lower() == item["verdict"]
        assert len(card.select("figure.evidence")) == len(item["evidence"])


def test_html_summary_counts_and_filter_buttons(html_soup):
    _, soup, report = html_soup
    tally = {li["class"][0]: int(li.b.get_text()) for li in soup.select(".tally li")}
    for verdict in ("supported", "contested", "unsourced"):
        assert tally[verdict] == sum(1 for c in report["claims"] if c["verdict"] == verdict)
    assert tally["tally-skipped"] == len(report["skipped"])
    filters = [b["data-filter"] for b in soup.select("#verdict-filter button")]
    assert filters == ["all", "supported", "contested", "unsourced"]


def test_html_escapes_article_and_record_content(html_soup):
    text, soup, report = html_soup
    # Only the page's own script, no injected elements or handlers anywhere.
    scripts = soup.find_all("script")
    assert len(scripts) == 1 and "alert" not in scripts[0].get_text()
    assert soup.find("img") is None
    assert not [tag for tag in soup.find_all(True) if any(a.startswith("on") for a in tag.attrs)]
    assert "<script>alert" not in text and "<img" not in text
    # ... and the hostile text is shown, as text, exactly.
    hostile = soup.select("article.claim-card")[2]
    assert hostile.select_one(".claim-text").get_text() == claim(report, 2)["text"]
    assert SCRIPT in hostile.select_one(".explanation").get_text()
    assert IMG in hostile.select(".quotes li")[2].get_text()
    assert SCRIPT in soup.title.get_text() and "曼谷" in soup.title.get_text()
    assert SCRIPT in soup.h1.get_text()


def test_html_links_only_to_http_urls(html_soup):
    _, soup, report = html_soup
    hrefs = [a["href"] for a in soup.find_all("a")]
    assert hrefs and all(re.match(r"https?://", href) for href in hrefs)
    # The javascript: evidence URL is shown as its title text, not a link.
    hostile_evidence = soup.select("article.claim-card")[2].select_one("figure.evidence figcaption")
    assert hostile_evidence.find("a") is None
    assert f"MFA {IMG} title" in hostile_evidence.get_text()
    # The article URL with & and <> comes back intact from the attribute.
    assert report["article"]["url"] in hrefs


def test_html_is_self_contained_with_strict_csp(html_soup):
    text, soup, _ = html_soup
    assert soup.find("meta", charset=True)["charset"].lower() == "utf-8"
    assert not soup.find_all(["link", "iframe", "object", "embed", "img", "video", "audio"])
    assert not [tag for tag in soup.find_all(True) if tag.has_attr("src")]
    style = soup.style.get_text()
    assert "url(" not in style and "@import" not in style
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "default-src 'none'" in csp
    script = soup.script.string
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp  # the page's own script, and only it, may run


def test_html_highlights_matched_words_in_claim_and_evidence(html_soup):
    _, soup, report = html_soup
    first = soup.select("article.claim-card")[0]
    terms = {t.lower() for t in claim(report, 0)["evidence"][0]["matched_terms"]}
    evidence_marks = [m.get_text().lower() for m in first.select("figure.evidence mark")]
    claim_marks = [m.get_text().lower() for m in first.select(".claim-text mark")]
    assert set(evidence_marks) == terms  # every matched term found, nothing else marked
    assert "open lines" in claim_marks and set(claim_marks) <= terms
    # Case-insensitive, and Chinese terms match inside a run of Chinese text.
    hostile = soup.select("article.claim-card")[2]
    marks = [m.get_text() for m in hostile.select("figure.evidence mark")]
    assert "台独" in marks and "<script>" in marks and "Taiwan independence" in marks


def test_html_lists_skipped_sentences_empty_evidence_and_reason_words(html_soup):
    _, soup, report = html_soup
    rows = soup.select("section.skipped tbody tr")
    assert [r.find_all("td")[0].get_text() for r in rows] == [s["text"] for s in report["skipped"]]
    unsourced = soup.select("article.claim-card")[3]
    assert unsourced.select_one(".no-evidence") is not None
    reasons = [li.get_text() for li in soup.select("article.claim-card")[1].select(".reasons li")]
    assert reasons == [f"{REASONS['number_mismatch']} number_mismatch"]
    # A code this version does not know is still shown, in words.
    assert "Brand new code." in soup.select("article.claim-card")[2].select_one(".reasons").get_text()


def test_html_masthead_says_what_the_check_ran_on(html_soup, report_fixture):
    _, soup, report = html_soup
    meta = {dt.get_text(): dd.get_text() for dt, dd in zip(soup.select(".masthead dt"), soup.select(".masthead dd"),
                                                          strict=True)}
    assert meta["Published"] == "2024-01-29"
    assert meta["Event date"] == "2024-01-29 (given with --published)"
    assert meta["Checked"].endswith(f"check #{report['check']['id']}")
    assert meta["Record"].startswith("60 official publications (china-mfa 3, whitehouse 57)")
    assert "Sources" not in meta
    restricted = report_fixture.sample_report()
    restricted["parameters"]["sources"] = ["whitehouse"]
    restricted_soup = BeautifulSoup(render(restricted, "html"), "html.parser")
    assert "whitehouse only" in [dd.get_text() for dd in restricted_soup.select(".masthead dd")]


def test_html_without_claims_says_so(report_fixture):
    report = report_fixture.sample_report()
    report["claims"], report["skipped"] = [], []
    soup = BeautifulSoup(render(report, "html"), "html.parser")
    assert not soup.select("article.claim-card")
    assert "no checkable claims" in soup.select_one(".nothing-shown").get_text()


# ---------------------------------------------------------------- Markdown


def test_markdown_same_content_and_nothing_becomes_markup(stored):
    _, _, report = stored
    text = render(report, "md")
    html = MarkdownIt("commonmark").enable("table").render(text)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("script") is None and soup.find("img") is None
    headings = [h.get_text() for h in soup.find_all("h2")]
    assert [h for h in headings if h.startswith("Claim ")] == [
        f"Claim {c['index'] + 1}: {c['verdict'].capitalize()} (confidence {round(c['confidence'] * 100)}%)"
        for c in report["claims"]]
    quotes = soup.find_all("blockquote")
    assert len(quotes) == len(report["claims"])
    # Line breaks in a claim become spaces; everything else comes back as written.
    assert quotes[2].get_text().strip() == " ".join(claim(report, 2)["text"].split())
    assert quotes[3].get_text().strip().startswith('=HYPERLINK("http://evil.example/"')
    assert "open lines" in [s.get_text() for s in quotes[0].find_all("strong")]
    hrefs = [a["href"] for a in soup.find_all("a")]
    assert hrefs and all(href.startswith(("http://", "https://")) for href in hrefs)
    assert not any("javascript" in href for href in hrefs)
    assert [tr.find("td").get_text() for tr in soup.select("tbody tr")] == [s["text"] for s in report["skipped"]]
    assert "No official sentence speaks to this claim." in soup.get_text()
    assert "number_mismatch" in soup.get_text() and REASONS["number_mismatch"] in soup.get_text()


def test_markdown_text_cannot_start_lists_or_headings(report_fixture):
    report = report_fixture.sample_report()
    report["claims"][0]["text"] = "- 1. # not a list"
    report["claims"][0]["explanation"] = "2024. A year, not a list."
    html = MarkdownIt("commonmark").render(render(report, "md"))
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("blockquote").find(["ul", "ol", "h1"]) is None
    assert "2024. A year, not a list." in [p.get_text() for p in soup.find_all("p")]


# ---------------------------------------------------------------- CSV


def test_csv_rows_quoting_and_bom(stored):
    _, _, report = stored
    text = render(report, "csv")
    assert text.startswith("\ufeff")
    raw = text.encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    body = [dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]]
    assert len(body) == len(report["claims"])
    for row, item in zip(body, report["claims"], strict=True):
        assert int(row["index"]) == item["index"] and row["verdict"] == item["verdict"]
        assert row["reasons"].split(";") == (item["reasons"] or [""])
        assert abs(float(row["confidence"]) - item["confidence"]) < 0.005
    hostile = body[2]
    assert hostile["claim"] == claim(report, 2)["text"]  # quotes, commas, newline, CJK intact
    assert hostile["evidence_sentence"] == claim(report, 2)["evidence"][0]["sentence"]
    assert hostile["quote_grades"] == "verbatim;close;not_found"
    formula = body[3]
    assert formula["claim"] == "'" + claim(report, 3)["text"]  # not run as a formula
    assert formula["evidence_sentence"] == formula["evidence_url"] == formula["evidence_score"] == ""
    top = claim(report, 1)["evidence"][0]
    assert (body[1]["evidence_source"], body[1]["evidence_url"], body[1]["evidence_published"]) == (
        top["source"], top["url"], top["published"][:10])


# ---------------------------------------------------------------- ClaimReview


def test_claimreview_one_review_per_claim(stored):
    _, _, report = stored
    text = render(report, "claimreview", org="Example News", org_url="https://news.example/",
                  review_url="https://news.example/checks/7")
    reviews = json.loads(text)
    assert len(reviews) == len(report["claims"])
    assert "<" not in text  # safe to paste into <script type="application/ld+json">
    for review, item in zip(reviews, report["claims"], strict=True):
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == item["text"]
        assert review["url"] == f"https://news.example/checks/7#claim-{item['index']}"
        assert review["author"] == {"@type": "Organization", "name": "Example News", "url": "https://news.example/"}
        assert review["datePublished"] == report["check"]["created_at"][:10]
        rating = review["reviewRating"]
        assert rating["ratingValue"] == RATING_VALUES[item["verdict"]]
        assert (rating["worstRating"], rating["bestRating"]) == (1, 3)
        assert rating["alternateName"].lower() == item["verdict"]
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["itemReviewed"]["appearance"]["url"] == report["article"]["url"]
    authors = [r["itemReviewed"].get("author", {}).get("name") for r in reviews]
    assert authors == ["Government of the United States", "Government of the United States",
                       "Government of the People's Republic of China", None, None]
    assert RATING_VALUES["contested"] < RATING_VALUES["unsourced"] < RATING_VALUES["supported"]


def test_claimreview_needs_an_organisation(stored, monkeypatch):
    _, _, report = stored
    monkeypatch.delenv("VERIFIER_ORG", raising=False)
    with pytest.raises(ReportError, match="--org"):
        render(report, "claimreview")
    monkeypatch.setenv("VERIFIER_ORG", "Env Newsroom")
    reviews = json.loads(render(report, "claimreview"))
    assert {r["author"]["name"] for r in reviews} == {"Env Newsroom"}
    assert reviews[0]["url"] == "#claim-0"


# ---------------------------------------------------------------- wording, highlighting, files


def test_every_contract_reason_has_plain_words():
    for code in CONTRACT_REASONS:
        assert code in REASONS and explain_reason(code) == REASONS[code]
        assert "_" not in REASONS[code] and REASONS[code].endswith(".")


def test_highlight_word_boundaries_case_and_round_trip():
    text = "They said AI talks; the U.S.-China dialogue on ai, Maintained."
    pieces = segments(text, ["AI", "U.S.", "maintain", "dialogue on"])
    assert "".join(p for p, _ in pieces) == text
    assert [p for p, matched in pieces if matched] == ["AI", "U.S.", "dialogue on", "ai"]  # not "said", "Maintained"


def test_format_for_path():
    assert [format_for_path(f"r{s}") for s in (".json", ".md", ".html", ".csv", ".jsonld")] == list(FORMATS)
    assert format_for_path("REPORT.HTML") == "html"
    with pytest.raises(ReportError, match="suffix"):
        format_for_path("report.pdf")


def test_write_report_is_atomic(stored, tmp_path, monkeypatch):
    _, _, report = stored
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "report.jsonld"
    target.write_text("previous", encoding="utf-8")
    monkeypatch.delenv("VERIFIER_ORG", raising=False)
    with pytest.raises(ReportError):
        write_report(report, target)
    assert target.read_text(encoding="utf-8") == "previous"
    assert list(folder.iterdir()) == [target]  # no temporary file left behind
    with pytest.raises(ReportError, match="does not exist"):
        write_report(report, folder / "missing" / "r.html")
    csv_path = folder / "r.csv"
    assert write_report(report, csv_path) == "csv"
    assert csv_path.read_bytes() == render(report, "csv").encode("utf-8")  # CRLF kept, BOM written


# ---------------------------------------------------------------- CLI


def invoke(db_path: Path, *args: str, env: dict | None = None):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args], env={"VERIFIER_ORG": None, **(env or {})})


@pytest.mark.parametrize("suffix", [".json", ".md", ".html", ".csv", ".jsonld"])
def test_cli_report_writes_each_format(stored, stored_db_path, tmp_path, suffix):
    _, check_id, report = stored
    output = tmp_path / f"out{suffix}"
    result = invoke(stored_db_path, "report", str(check_id), "-o", str(output), "--org", "Example News")
    assert result.exit_code == 0, result.output
    assert str(output.resolve()) in result.output
    fmt = format_for_path(output)
    assert output.read_bytes() == render(report, fmt, org="Example News").encode("utf-8")


def test_cli_report_to_stdout_and_errors(stored, stored_db_path, tmp_path):
    _, check_id, report = stored
    result = invoke(stored_db_path, "report", str(check_id), "--format", "json")
    assert result.exit_code == 0 and json.loads(result.output) == report
    missing = invoke(stored_db_path, "report", "999", "--format", "html")
    assert missing.exit_code == 1
    assert missing.output.strip() == "Error: check 999: no such check in the database (see `verifier checks list`)"
    unknown_suffix = invoke(stored_db_path, "report", str(check_id), "-o", str(tmp_path / "r.pdf"))
    assert unknown_suffix.exit_code == 2 and "suffix" in unknown_suffix.output
    no_org = invoke(stored_db_path, "report", str(check_id), "-o", str(tmp_path / "r.jsonld"))
    assert no_org.exit_code == 1 and "--org" in no_org.output
    assert not (tmp_path / "r.jsonld").exists()


def test_cli_report_latest_and_bad_ids(writable, db_path, report_fixture):
    engine, first_id, _ = writable
    second = report_fixture.sample_report()
    second["claims"] = second["claims"][:1]
    second_id = report_fixture.store_report(engine, second)  # same time: the higher id is newer
    latest = json.loads(invoke(db_path, "report", "latest", "--format", "json").output)
    assert latest["check"]["id"] == second_id != first_id and len(latest["claims"]) == 1
    bad = invoke(db_path, "report", "last-tuesday")
    assert bad.exit_code == 2 and "not a check id" in bad.output


def test_cli_report_latest_on_empty_database(db_path):
    result = invoke(db_path, "report", "latest")
    assert result.exit_code == 1 and "no checks stored yet" in result.output


def test_cli_checks_list(writable, db_path, report_fixture):
    engine, first_id, _ = writable
    from datetime import datetime

    second = report_fixture.sample_report()
    second["article"]["title"] = None
    second["claims"] = second["claims"][:1]
    second_id = report_fixture.store_report(engine, second, created_at=datetime(2026, 11, 29, 9, 30))
    rows = json.loads(invoke(db_path, "checks", "list", "--format", "json").output)
    assert [r["id"] for r in rows] == [second_id, first_id]  # newest first
    assert rows[0]["article"] == second["article"]["url"]  # no title: the URL
    assert (rows[1]["supported"], rows[1]["contested"], rows[1]["unsourced"], rows[1]["skipped"]) == (2, 2, 1, 3)
    assert [c.id for c in list_checks(engine, limit=1)] == [second_id]
    table = invoke(db_path, "checks", "list", env={"COLUMNS": "250"})
    assert table.exit_code == 0
    assert SCRIPT in table.output and "2026-11-29 09:30" in table.output


def test_cli_checks_list_empty(db_path):
    result = invoke(db_path, "checks", "list")
    assert result.exit_code == 0 and "No checks stored yet" in result.output
