"""The HTML report of the demo check, opened in headless Chromium with the network off.

The demo check is the seed article checked against the bundled readouts, run
through the real CLI into a fresh database, as `make demo` does. A second page
is the hostile sample report (tests/report_fixture.py): markup in the article
and the record must stay text in a real browser too.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from devtools_pipe import Browser, find_chromium

# `make e2e` installs Debian's chromium when missing and sets VERIFIER_E2E=1;
# the plain test run skips the browser.
pytestmark = pytest.mark.skipif(os.environ.get("VERIFIER_E2E") != "1", reason="browser test: run `make e2e`")

PROJECT_ROOT = Path(__file__).resolve().parents[2]
BUILD = PROJECT_ROOT / "build" / "e2e"
SEED_ARTICLE = PROJECT_ROOT / "examples" / "seed-article.txt"
READOUTS = PROJECT_ROOT / "examples" / "readouts.jsonl"


def verifier(db: Path, *args: str) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key != "VERIFIER_DB"}
    return subprocess.run([sys.executable, "-m", "verifier", "--db", str(db), *args], capture_output=True,
                          text=True, cwd=PROJECT_ROOT, env=environment, timeout=300)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    executable = find_chromium()
    if executable is None:
        pytest.fail("chromium is not installed: `make e2e` installs it with apt-get")
    instance = Browser(executable, tmp_path_factory.mktemp("chromium") / "profile")  # a fresh profile
    yield instance
    instance.close()


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory):
    """(path of the HTML report, the JSON report it was rendered from)."""
    db = tmp_path_factory.mktemp("e2e") / "demo.db"
    imported = verifier(db, "import", str(READOUTS))
    assert imported.returncode == 0, imported.stderr
    # As `make demo` runs it.
    checked = verifier(db, "check", str(SEED_ARTICLE), "--published", "2024-01-28", "--format", "json")
    assert checked.returncode == 0, checked.stderr
    BUILD.mkdir(parents=True, exist_ok=True)
    html_path = BUILD / "report.html"
    rendered = verifier(db, "report", "latest", "-o", str(html_path))
    assert rendered.returncode == 0, rendered.stderr
    report = json.loads(verifier(db, "report", "latest", "--format", "json").stdout)
    assert report["claims"], "the demo check has no claims to show"
    return html_path, report


@pytest.fixture(scope="module")
def page(browser, demo_report):
    html_path, _ = demo_report
    opened = browser.session()
    opened.navigate(html_path.as_uri())
    return opened


def visible_verdicts(page) -> list[str]:
    return page.evaluate("[...document.querySelectorAll('.claim-card')]"
                         ".filter(card => card.getClientRects().length > 0).map(card => card.dataset.verdict)")


def test_loads_without_console_errors_or_network(page, demo_report):
    html_path, _ = demo_report
    assert page.evaluate("document.readyState") == "complete"
    assert page.console_errors() == []
    # The only request is the page itself, read from disk.
    assert page.requests() == [html_path.as_uri()]


def test_one_card_per_claim(page, demo_report):
    _, report = demo_report
    assert page.evaluate("document.querySelectorAll('.claim-card').length") == len(report["claims"])
    assert visible_verdicts(page) == [claim["verdict"] for claim in report["claims"]]
    assert page.evaluate("!document.getElementById('verdict-filter').hidden")  # the script ran


def test_verdict_filter_hides_and_shows_cards(page, demo_report):
    _, report = demo_report
    verdicts = [claim["verdict"] for claim in report["claims"]]
    for verdict in ("supported", "contested", "unsourced"):
        page.click(f"#verdict-filter button[data-filter='{verdict}']")
        assert visible_verdicts(page) == [v for v in verdicts if v == verdict]
        assert page.evaluate(f"document.querySelector(\"button[data-filter='{verdict}']\")"
                             ".getAttribute('aria-pressed')") == "true"
        empty_note_shown = page.evaluate("!document.getElementById('nothing-shown').hidden")
        assert empty_note_shown == (verdict not in verdicts)
    page.click("#verdict-filter button[data-filter='all']")
    assert visible_verdicts(page) == verdicts
    assert page.console_errors() == []


def test_full_page_screenshot(page):
    path = BUILD / "report.png"
    path.unlink(missing_ok=True)
    width, height = page.screenshot(path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # PNG header: width and height of the image, big-endian, at bytes 16-24.
    header = path.read_bytes()[16:24]
    assert (int.from_bytes(header[:4], "big"), int.from_bytes(header[4:], "big")) == (width, height)
    assert height > 900  # the whole page, not the first screen
    print(f"e2e: screenshot {path} ({width}x{height})")


def test_prints(page):
    page.send("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert page.evaluate("getComputedStyle(document.getElementById('verdict-filter')).display") == "none"
        assert page.evaluate("getComputedStyle(document.querySelector('.summary')).position") == "static"
        pdf = base64.b64decode(page.send("Page.printToPDF", {"printBackground": True})["data"])
    finally:
        page.send("Emulation.setEmulatedMedia", {"media": ""})
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page\b", pdf)) > 1  # more than one page
    assert page.console_errors() == []


def test_hostile_report_stays_text(browser, tmp_path, report_fixture):
    from db.database import open_database

    db = tmp_path / "hostile.db"
    engine = open_database(str(db))
    report_fixture.store_report(engine, report_fixture.sample_report())
    engine.dispose()
    html_path = tmp_path / "hostile.html"
    assert verifier(db, "report", "latest", "-o", str(html_path)).returncode == 0
    opened = browser.session()
    opened.navigate(html_path.as_uri())
    assert opened.console_errors() == []
    assert opened.requests() == [html_path.as_uri()]
    assert opened.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert opened.evaluate("document.scripts.length") == 1
    assert opened.evaluate("document.title").startswith("Verification report: Sullivan & Wang meet <script>")
    claim_text = opened.evaluate("document.querySelectorAll('.claim-text')[2].textContent")
    assert claim_text == report_fixture.sample_report()["claims"][2]["text"]
    # Chinese text is drawn with a Chinese font from the page's font stack, not as boxes.
    fonts = opened.platform_fonts("#skipped tbody tr:last-child td")
    assert any(re.search(r"WenQuanYi|Noto Sans CJK|Source Han|PingFang|YaHei", name) for name in fonts), fonts
    opened.screenshot(BUILD / "hostile.png")


def test_monitors_catch_what_they_look_for(browser, tmp_path):
    """The checks above pass on silence; this page is not silent, so a
    monitor that saw nothing would fail here."""
    control = tmp_path / "control.html"
    control.write_text('<!doctype html><meta charset="utf-8"><img src="http://example.invalid/pixel.png">'
                       '<script>console.error("control error")</script>', encoding="utf-8")
    opened = browser.session()
    opened.navigate(control.as_uri())
    assert "http://example.invalid/pixel.png" in opened.requests()
    assert any("control error" in error for error in opened.console_errors())
