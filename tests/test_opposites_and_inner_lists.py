"""Contests the eighteenth session found supported: an action and its opposite the lexicon did not pair
("cut" / "increase" a cost, "retain" / "eliminate" a cap, "excluding" / "including" a capability), a date
hidden behind an example list set inside the subject ("The second convoy, including water pumps, is due by
...": the predicate after the list is the point, and its date is compared), and who thanked whom when the
record gives each name its office ("Foreign Minister Lindqvist thanked Deputy Prime Minister Aaltonen") or
has the sentence's opening name do a second deed ("Queen Astrid welcomed ..., and thanked the President").

Each test is constructed (an invented record, no article's words) and fails on the code before the rule; the
faithful claim is checked beside each changed one and is not contested.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from conftest import only_the_changed_is_contested, readout_record

DAY = date(2025, 3, 6)

FACT_SHEET = readout_record(
    "https://www.whitehouse.gov/fact-sheets/2025/03/fact-sheet-ostland-trade-and-security-measures/",
    "The proclamation will sharply increase duties on copper wire that was drawn or rolled in Westmark to "
    "enter the U.S. market.\n\n"
    "Ostland will eliminate the 40,000-ton quota on U.S.-grown barley that can enter Ostland without further "
    "inspection.\n\n"
    "The President affirmed that the U.S. commitment to defend Ostland rests on the whole range of U.S. "
    "capabilities, including space-based sensors.\n\n"
    "The Department of Energy will deliver its second convoy of relief supplies to Ostland by late May. The "
    "convoy will carry several water pumps and field generators.",
    title="Fact Sheet: New Trade and Security Measures with Ostland",
    published=datetime(2025, 3, 5, 18, 0, tzinfo=UTC),
)


READOUT = readout_record(
    "https://www.whitehouse.gov/briefings-statements/2025/03/readout-of-the-ostland-westmark-ministerial/",
    "Foreign Minister Lindqvist thanked Deputy Prime Minister Aaltonen and Trade Minister Berg for "
    "Westmark's steadfast support for the harbor reconstruction fund.\n\n"
    "Queen Astrid congratulated President Halvorsen on a successful first month in office, and thanked the "
    "President for leading the reopening of the northern ferry route.",
    title="Readout of the Ostland-Westmark Ministerial",
    published=datetime(2025, 3, 5, 20, 0, tzinfo=UTC),
)


def _only_the_changed_is_contested(tmp_path, reason: str, claims: list[str]) -> None:
    only_the_changed_is_contested(tmp_path / "record.db", [FACT_SHEET, READOUT], DAY, reason, claims)


def test_cutting_a_cost_is_the_opposite_of_increasing_it(tmp_path):
    _only_the_changed_is_contested(tmp_path, "opposite_action", [
        "The proclamation will cut the duties on copper wire drawn or rolled in Westmark entering the U.S. "
        "market, the fact sheet said.",
        "The proclamation will raise the duties on copper wire drawn or rolled in Westmark entering the U.S. "
        "market, the fact sheet said.",
    ])


def test_retaining_a_cap_is_the_opposite_of_eliminating_it(tmp_path):
    _only_the_changed_is_contested(tmp_path, "opposite_action", [
        "Ostland agreed to retain its 40,000-ton quota on American barley that can enter without inspection.",
        "Ostland agreed to scrap its 40,000-ton quota on American barley that can enter without inspection.",
    ])


def test_excluding_is_the_opposite_of_including(tmp_path):
    _only_the_changed_is_contested(tmp_path, "opposite_action", [
        "The President said the commitment to defend Ostland rested on the whole range of American "
        "capabilities, excluding space-based sensors.",
        "The President said the commitment to defend Ostland rested on the whole range of American "
        "capabilities, including space-based sensors.",
    ])


def test_a_list_inside_the_subject_leaves_the_date_in_the_point(tmp_path):
    _only_the_changed_is_contested(tmp_path, "date_mismatch", [
        "The Energy Department's second convoy of relief supplies, including water pumps, is due in Ostland "
        "by late June.",
        "The Energy Department's second convoy of relief supplies, including water pumps, is due in Ostland "
        "by late May.",
    ])


def test_who_thanked_whom_reads_past_the_offices(tmp_path):
    _only_the_changed_is_contested(tmp_path, "actor_mismatch", [
        "Aaltonen thanked Lindqvist for Westmark's steadfast support for the harbor reconstruction fund.",
        "Lindqvist thanked Aaltonen for Westmark's steadfast support for the harbor reconstruction fund.",
    ])


def test_a_second_deed_after_and_is_done_by_the_sentences_opening_name(tmp_path):
    _only_the_changed_is_contested(tmp_path, "actor_mismatch", [
        "The President thanked the Queen for her leadership in reopening the northern ferry route.",
        "The Queen thanked the President for his leadership in reopening the northern ferry route.",
    ])
