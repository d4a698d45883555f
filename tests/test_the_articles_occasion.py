"""A claim whose subject is the article's own occasion, told as one of a series ("This is the first visit to X by a
president since 2019", "It was their first call since January"), is dated by nothing but where the span it counts
starts: a publication of another period tells another occasion ("It's my first visit since 2019" of a chancellor's
visit years before), which neither contradicts nor states it. Its own period's publications still may
(rules/occasions.about_the_articles_occasion).

Constructed record and article (no labelled article's words).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import check_claim, readout_record

# Two years before the article: another visitor's visit, told as her first since 2019.
OLD_VISIT = readout_record(
    "https://www.whitehouse.gov/briefing-room/2023/05/04/remarks-marlow-ostra/",
    ("CHANCELLOR OSTRA: It is my first visit since 2019, and I am glad to see old friends. "
     "The harbor council held its first meeting since 2019 to plan the winter ferry crossings."),
    title="Remarks by President Marlow and Chancellor Ostra of Westmark in Press Conference",
    published=datetime(2023, 5, 4, 18, 0, tzinfo=UTC))
# The record names Oslo elsewhere: a place it knows.
OSLO = readout_record(
    "https://www.whitehouse.gov/briefing-room/2024/06/02/statement-oslo-forum/",
    "The Secretary will attend the Oslo Forum on fisheries next week.", title="Statement on the Oslo Forum",
    published=datetime(2024, 6, 2, 18, 0, tzinfo=UTC))
# The article's own days: the President's visit to Port Selden, told as his first there since 2019.
OWN_VISIT = readout_record(
    "https://www.whitehouse.gov/briefing-room/2025/03/11/remarks-marlow-port-selden/",
    "PRESIDENT MARLOW: This is my first visit to Bergen since 2019. We came to open the new harbor school.",
    title="Remarks by President Marlow on Arrival in Port Selden", published=datetime(2025, 3, 11, 18, 0, tzinfo=UTC))
ARTICLE = "President Marlow arrived in Norway on Tuesday to open the harbor school.\n\n{claim}"


def _verdict(tmp_path, records: list, claim: str) -> tuple[str, list[str]]:
    found = check_claim(tmp_path / "record.db", records, ARTICLE.format(claim=claim), date(2025, 3, 12),
                        claim_index=1)
    return found["verdict"], found["reasons"]


def test_another_periods_first_visit_does_not_place_the_articles_visit_elsewhere(tmp_path):
    verdict = _verdict(tmp_path, [OLD_VISIT, OSLO],
                       "It is his first visit to Oslo since 2019, and he is glad to see old friends.")
    assert verdict[0] == "unsourced", verdict


def test_another_periods_first_call_is_not_the_articles_call(tmp_path):
    verdict = _verdict(tmp_path, [OLD_VISIT, OSLO], "It was the first phone call of the harbor council since 2019 to "
                                                    "plan the winter ferry crossings.")
    assert verdict[0] == "unsourced", verdict


def test_the_articles_own_days_still_place_its_visit(tmp_path):
    verdict = _verdict(tmp_path, [OLD_VISIT, OWN_VISIT, OSLO],
                       "This is his first visit to Oslo since 2019, and he came to open the new harbor school.")
    assert verdict[0] == "contested", verdict
