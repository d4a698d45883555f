"""The article's own days, and its event window, are read by every word of a claim (evidence._event_day_bounds).

Over a record of years a claim is searched by its rarer words and each sentence ranked among tens of thousands; the
readout of the event itself, out the day before the article and telling it in its own words, may share only common
words with the claim, or rank below other days' sentences. These records are small, so the search's budgets are made
small to stand for a large record's.
"""

from __future__ import annotations

import json
from datetime import date

from db.database import open_database
from verifier import thresholds as T
from verifier.checking import article_scope
from verifier.evidence import TermWeights, find_candidates
from verifier.importing import import_files
from verifier.normalize import analyze

ARTICLE_DAY = date(2024, 4, 3)
EVENT_URL = "https://example.gov/2024/04/02/readout-of-the-call/"


def _record(tmp_path, older: list[str], event: list[str], *, source: str = "whitehouse",
            published: str = "2024-04-02T18:00:00-04:00"):
    lines = [{"source": "whitehouse", "url": f"https://example.gov/2023/{n:03d}/", "title": f"Statement {n}",
              "published": f"2023-0{1 + n % 9}-{10 + n % 18}T15:00:00-05:00", "body": text}
             for n, text in enumerate(older)]
    lines.append({"source": source, "url": EVENT_URL, "title": "Readout of the President's Call",
                  "published": published, "body": "\n\n".join(event)})
    path = tmp_path / "record.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    engine = open_database(str(tmp_path / "record.db"))
    import_files(engine, [path])
    return engine


def _event_candidates(engine, claim: str, limit: int = T.SCORED_CANDIDATES) -> list:
    scope = article_scope(ARTICLE_DAY)
    with engine.connect() as connection:
        analysis = analyze(claim)
        found = find_candidates(connection, analysis, TermWeights(connection), scope, limit=limit)
    return [candidate for candidate in found.candidates if candidate.first.url == EVENT_URL]


def test_the_days_readout_is_a_candidate_though_it_shares_only_common_words(tmp_path, monkeypatch):
    # "call" is in many older statements, "Taiwan" in a few: the search reads the rarer word's sentences only.
    older = ["In a call, officials discussed trade and investment."] * 15 + ["Our Taiwan policy has not changed."] * 3
    engine = _record(tmp_path, older, ["President Biden held a call with President Xi Jinping of China.",
                                        "The leaders discussed fentanyl."])
    monkeypatch.setattr(T, "SEED_POSTINGS_BUDGET", 5)
    try:
        found = _event_candidates(engine, "Taiwan dominated the call.")
    finally:
        engine.dispose()
    assert [candidate.first.text for candidate in found] == [
        "President Biden held a call with President Xi Jinping of China."]


def test_the_days_readout_is_a_candidate_though_other_days_outrank_it(tmp_path, monkeypatch):
    # Older statements hold more of the claim's words; the day's readout says it its own way.
    older = [f"Officials discussed tariffs on steel at meeting number {n}." for n in range(12)]
    engine = _record(tmp_path, older, ["The two presidents discussed tariffs.", "They spoke for an hour."])
    monkeypatch.setattr(T, "SCORED_WINDOW_CANDIDATES", 0)
    try:
        found = _event_candidates(engine, "Officials discussed tariffs on steel.", limit=4)
    finally:
        engine.dispose()
    assert [candidate.first.text for candidate in found] == ["The two presidents discussed tariffs."]


# Fifteen older readouts on trade and three on Taiwan: more postings of the claim's words than the seed budget
# reads, so only the event-day pass can find the article's own readout.
_OLDER = ["In a call, officials discussed trade and investment."] * 15 + ["Our Taiwan policy has not changed."] * 3


def _taiwan_candidates(tmp_path, monkeypatch, readout: str, **record) -> list[str]:
    """The event-day pass alone: the window's reading by every word is left out (its own test is below)."""
    engine = _record(tmp_path, _OLDER, [readout], **record)
    monkeypatch.setattr(T, "SEED_POSTINGS_BUDGET", 5)
    monkeypatch.setattr(T, "SCORED_WINDOW_WORD_CANDIDATES", 0)
    try:
        return [candidate.first.text for candidate in _event_candidates(engine, "Taiwan dominated the call.")]
    finally:
        engine.dispose()


def test_only_the_articles_last_days_are_read_by_every_word(tmp_path, monkeypatch):
    # With the article's own day alone read so, the readout of the day before is found, or not, as any other.
    monkeypatch.setattr(T, "EVENT_DAYS", 1)
    assert _taiwan_candidates(tmp_path, monkeypatch,
                              "President Biden held a call with President Xi Jinping of China.") == []


def test_a_publication_early_on_the_day_before_in_beijing_is_of_the_articles_days(tmp_path, monkeypatch):
    # 07:00 in Beijing on April 2 is 23:00 UTC on April 1: still the day before the article on the ministry's calendar.
    readout = "President Xi Jinping held a call with President Biden."
    assert _taiwan_candidates(tmp_path, monkeypatch, readout, source="china-mfa",
                              published="2024-04-02T07:00:00+08:00") == [readout]


def test_a_publication_late_in_the_evening_before_in_washington_is_not(tmp_path, monkeypatch):
    # 21:00 in Washington on April 1 is 01:00 UTC on April 2, but two days before the article on the White House's
    # calendar: found, or not, as any other day's.
    assert _taiwan_candidates(tmp_path, monkeypatch, "President Biden held a call with President Xi Jinping of China.",
                              published="2024-04-01T21:00:00-04:00") == []


def test_a_readout_of_the_event_window_is_a_candidate_though_it_shares_only_common_words(tmp_path, monkeypatch):
    # Ten days before the article: not of its last days, but of its event window, which is read by every word too.
    readout = "President Biden held a call with President Xi Jinping of China."
    monkeypatch.setattr(T, "SEED_POSTINGS_BUDGET", 5)
    engine = _record(tmp_path, _OLDER, [readout], published="2024-03-24T18:00:00-04:00")
    try:
        found = [candidate.first.text for candidate in _event_candidates(engine, "Taiwan dominated the call.")]
        monkeypatch.setattr(T, "SCORED_WINDOW_WORD_CANDIDATES", 0)
        without = [candidate.first.text for candidate in _event_candidates(engine, "Taiwan dominated the call.")]
    finally:
        engine.dispose()
    assert found == [readout]
    assert without == []
