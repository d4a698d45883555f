"""The worked examples of the verdict contract (../shared/docs/verdicts.md), as tests.

The record is built in tmp_path from the two White House sentences the page
quotes (readout of October 27, 2023), set among other sentences of the same
readout and a few unrelated publications so that word rarity means something.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from conftest import filler_records, readout_record

from db.database import open_database
from db.store import ReadoutRecord, ensure_sources, store_readouts
from sources.registry import source_info
from verifier.checking import check_text
from verifier.normalize import analyze
from verifier.rules.codes import (
    ACTOR_MISMATCH,
    DATE_MISMATCH,
    NEGATION_MISMATCH,
    NUMBER_MISMATCH,
    OPPOSITE_ACTION,
)
from verifier.rules.conflicts import find_conflicts
from verifier.rules.quotes import CLOSE, NOT_FOUND, VERBATIM, grade_quote

# The two record sentences quoted by docs/verdicts.md ("Worked examples").
TOPICS = ("National Security Advisor Sullivan and Director Wang had candid, constructive, and substantive "
          "discussions on key issues in the U.S.-China bilateral relationship, the Israel-Hamas conflict, "
          "Russia's war against Ukraine, and cross-Strait issues, among other topics.")
CONDOLENCES = ("National Security Advisor Sullivan expressed his condolences on the passing of former Premier Li "
               "Keqiang.")

WH_READOUT = readout_record(
    "https://www.whitehouse.gov/briefing-room/statements-releases/2023/10/27/readout-sullivan-wang/",
    (f"{TOPICS} {CONDOLENCES} The two sides agreed to maintain this strategic channel of communication.\n\n"
     "###"),
    title="Readout of National Security Advisor Jake Sullivan's Meeting with Director Wang Yi",
    published=datetime(2023, 10, 28, 1, 0, tzinfo=UTC),  # 9 p.m. on October 27 in Washington
    published_text="2023-10-27T21:00:00-04:00")
# Unrelated publications: they give the scorer a realistic spread of word rarity.
FILLER = filler_records(date(2023, 10, 20), [
    ("Statement on Infrastructure", "The President announced new funding for bridges and roads in twelve "
     "states. The Department of Transportation will award the grants this year. Construction begins in the "
     "spring."),
    ("Readout of a Call with Japan", "The President spoke with the Prime Minister of Japan about the economy "
     "and regional security. The leaders discussed the situation on the Korean Peninsula. They agreed to "
     "stay in close touch."),
    ("Remarks on Health Care", "The President discussed lowering the cost of prescription drugs for "
     "seniors. Millions of families will save money on insulin. The administration will keep working with "
     "Congress."),
    ("Statement on Climate", "The United States will cut emissions in half by the end of the decade. New "
     "clean energy projects will create jobs in every state."),
])
CHINESE_CONDOLENCES = readout_record(
    "https://www.mfa.gov.cn/eng/wjdt_665385/wshd_665389/202310/t20231028_readout.html",
    ("Wang Yi met with Jake Sullivan in Washington. Sullivan expressed condolences on the passing of former "
     "Premier Li Keqiang. Wang Yi said the two sides should implement the consensus of the two heads of state."),
    source="china-mfa", title="Wang Yi Meets with U.S. National Security Advisor Jake Sullivan",
    published=datetime(2023, 10, 28, 2, 0, tzinfo=UTC))
ARTICLE_DATE = date(2023, 10, 28)


def _record(tmp_path, *records: ReadoutRecord):
    engine = open_database(str(tmp_path / "record.db"))
    ensure_sources(engine, [source_info("whitehouse"), source_info("china-mfa")])
    store_readouts(engine, [WH_READOUT, *FILLER, *records])
    return engine


@pytest.fixture
def record(tmp_path):
    engine = _record(tmp_path)
    yield engine
    engine.dispose()


def _only_claim(engine, sentence: str) -> dict:
    report = check_text(engine, sentence, ARTICLE_DATE, store=False)
    assert len(report["claims"]) == 1, report["skipped"]
    return report["claims"][0]


@pytest.mark.parametrize(("sentence", "verdict", "reasons"), [
    ("The White House said Sullivan and Wang discussed the war in Gaza and Ukraine.", "supported", []),
    ("Sullivan and Wang did not discuss Ukraine, the White House said.", "contested", [NEGATION_MISMATCH]),
    ("Sullivan offered condolences on the death of former Premier Wen Jiabao.", "contested", [ACTOR_MISMATCH]),
    ("Sullivan and Wang also agreed on a new climate working group.", "unsourced", None),
])
def test_worked_examples(record, sentence, verdict, reasons):
    claim = _only_claim(record, sentence)
    assert claim["verdict"] == verdict, claim
    if reasons is not None:
        assert claim["reasons"] == reasons
    if verdict != "unsourced":
        assert claim["evidence"][0]["url"] == WH_READOUT.url


def test_misattributed_when_only_the_other_side_says_it(record):
    claim = _only_claim(record, "China's foreign ministry said Sullivan offered condolences on Li Keqiang's death.")
    assert claim["attribution"] == "china-government"
    assert (claim["verdict"], claim["reasons"]) == ("contested", ["misattributed"])
    assert claim["evidence"][0]["side"] == "us-government"


@pytest.mark.parametrize("speaker", ["Japan's foreign ministry", "The Jordanian royal court", "Indian officials"])
def test_misattributed_to_a_third_government_that_the_record_never_quotes(record, speaker):
    # The record holds the two sides' publications only: a third government's words are never in it.
    claim = _only_claim(record, f"{speaker} said Sullivan offered condolences on Li Keqiang's death.")
    assert claim["attribution"] == "none"
    assert (claim["verdict"], claim["reasons"]) == ("contested", ["misattributed"]), claim
    assert claim["evidence"][0]["url"] == WH_READOUT.url
    # Analysts and a country's leader by name are no government body: the sentence is checked as written.
    assert _only_claim(record, "Analysts said Sullivan offered condolences on Li Keqiang's death.")["reasons"] != [
        "misattributed"]


def test_supported_when_the_named_side_says_it_too(tmp_path):
    engine = _record(tmp_path, CHINESE_CONDOLENCES)
    claim = _only_claim(engine, "China's foreign ministry said Sullivan offered condolences on Li Keqiang's death.")
    assert claim["verdict"] == "supported"
    assert claim["evidence"][0]["source"] == "china-mfa"
    engine.dispose()


@pytest.mark.parametrize(("sentence", "grade"), [
    ("The White House called the talks \u201ccandid, constructive, and substantive\u201d.", "verbatim"),
    ("The White House called the talks \u201cfrank and constructive\u201d.", "altered"),
])
def test_quoted_words_are_graded_apart_from_the_verdict(record, sentence, grade):
    claim = _only_claim(record, sentence)
    assert claim["verdict"] == "supported"
    assert [q["grade"] for q in claim["quotes"]] == [grade]


# ---------------------------------------------------------------- rules on their own


def _conflicts(claim: str, record: str) -> tuple[str, ...]:
    return find_conflicts(analyze(claim), analyze(record)).reasons


def test_durations_compare_with_date_ranges():
    record = "Foreign Minister Okafor met Foreign Minister Lindqvist in Bergen on March 4-5."
    assert _conflicts("Okafor met Lindqvist over two days of talks in Bergen.", record) == ()
    assert _conflicts("Okafor met Lindqvist over three days of talks in Bergen.", record) == (NUMBER_MISMATCH,)


def test_the_span_something_happened_within_is_no_length():
    record = "The President will host the leaders on September 25-26 for the second summit with the region."
    assert _conflicts("The President welcomed the leaders to his second summit with the region in just over a year.",
                      record) == ()
    assert _conflicts("The President welcomed the leaders to his second summit with the region in just over 12 "
                      "months.", record) == ()
    assert NUMBER_MISMATCH in _conflicts("The President hosted the leaders for a summit that lasted over a week.",
                                         record)


def test_dates_and_relative_times_compare():
    record = "The working group will hold its first meeting on January 30 in Beijing."
    assert DATE_MISMATCH in _conflicts("The working group will first meet on February 15 in Beijing.", record)
    assert _conflicts("The working group will first meet on January 30 in Beijing.", record) == ()
    assert DATE_MISMATCH in _conflicts("The leaders will speak in the coming months.",
                                       "The leaders will speak in the coming weeks.")


def test_before_and_after_the_same_occasion_disagree():
    record = "The ministry intends to send an observer mission after the regional election."
    assert DATE_MISMATCH in _conflicts("The ministry will send an observer mission before the election.", record)
    assert DATE_MISMATCH in _conflicts("The ministry will send observers ahead of the regional election.", record)
    assert _conflicts("The ministry will send an observer mission following the election.", record) == ()
    # Another occasion, or a record that places it on both sides, is no disagreement.
    assert _conflicts("The ministry will send an observer mission before the summit.", record) == ()
    assert _conflicts("The ministry will send observers before the election.",
                      "Observers will arrive before the election and stay after the election.") == ()


def test_a_share_said_as_a_fraction_is_its_percentage():
    record = "By some counts, about half of the world's grain shipments pass through the northern strait."
    assert NUMBER_MISMATCH in _conflicts("About one third of the world's grain shipments pass through the northern "
                                         "strait.", record)
    assert _conflicts("Some 50 percent of the world's grain shipments pass through the northern strait.", record) == ()
    # A period is no share: "the first half of the year", "the third quarter".
    assert all(q.unit != "percent" for q in analyze("Exports rose in the third quarter of the year.").quantities)
    assert all(q.unit != "percent" for q in analyze("Exports rose in the first half of the year.").quantities)


def test_a_date_written_day_first_is_a_date():
    """"1 September 2025", "25-26 September": how joint statements and most of the world write dates."""
    record = "Effective as of 1 September 2025, the partners will apply the lower tariff to cork."
    assert DATE_MISMATCH in _conflicts("From October 1, the partners will apply the lower tariff to cork.", record)
    assert _conflicts("From September 1, the partners will apply the lower tariff to cork.", record) == ()
    assert analyze("The summit took place on 25-26 September.").days == analyze("The summit took place on "
                                                                                 "September 25-26.").days
    assert analyze("Those 10 may face charges.").days == frozenset()
    # "at the end of July" places it in July, as "in July" does.
    assert analyze("The partners agreed at the end of July to cut the tariff.").months == frozenset({7})


def test_negation_compares_polarity():
    record = "The United States does not support Taiwan independence."
    assert _conflicts("The United States supports Taiwan independence.", record) == (NEGATION_MISMATCH,)
    assert _conflicts("The United States does not support Taiwan independence.", record) == ()


def test_declining_or_refusing_in_any_tense_is_a_negation():
    record = "The minister is not going to speculate on the reaction of the neighbours."
    assert _conflicts("Declining to speculate on the neighbours' reaction, the minister spoke of trade.", record) == ()
    assert _conflicts("The minister, refusing to speculate on the neighbours' reaction, spoke of trade.", record) == ()
    assert _conflicts("The minister speculated on the neighbours' reaction.", record) == (NEGATION_MISMATCH,)


def test_actor_substitution_needs_the_same_slot():
    assert ACTOR_MISMATCH in _conflicts("China supports Iran's defense industrial base.",
                                        "China supports Russia's defense industrial base.")
    # A list of topics that merely lacks one is absence, not a different actor.
    assert ACTOR_MISMATCH not in _conflicts("They discussed Ukraine and Iran.",
                                            "They discussed Russia's war against Ukraine, the Middle East and Burma.")


def test_opposite_actions():
    assert OPPOSITE_ACTION in _conflicts("The United States will lift export controls on chips.",
                                         "The United States will impose export controls on chips.")


def test_aliases_fold_both_sides():
    assert analyze("talks on North Korea and AI").keys == \
        analyze("discussions on the DPRK and artificial intelligence").keys
    assert "=myanmar" in analyze("the situation in Burma").keys
    # A country's short name: "returning to the Solomons" is the Solomon Islands.
    assert analyze("returning to the Solomons").entity_keys == analyze("returning to Solomon Islands").entity_keys
    # Leaders' names as news spells or shortens them.
    assert analyze("President Zelensky spoke").entity_keys == analyze("Zelenskyy spoke").entity_keys
    assert analyze("a delegation met AMLO").entity_keys == \
        analyze("a delegation met Andres Manuel Lopez Obrador").entity_keys
    assert analyze("MBS hosted the talks").entity_keys == analyze("Mohammed bin Salman hosted the talks").entity_keys


def test_quote_grades():
    passage = ("\"Harbour separatism\" poses the biggest threat to calm along the coast and the biggest "
               "obstacle to Norway-Denmark ties.")
    assert grade_quote("the biggest threat to calm along the coast", [passage], None).grade == VERBATIM
    close = grade_quote("the greatest threat to calm along the coast and the greatest obstacle to "
                        "Norway-Denmark ties", [passage], None)
    assert close.grade == CLOSE
    assert close.matched.startswith("the biggest threat")
    assert grade_quote("a dangerous separatist", [passage], None).grade == NOT_FOUND
    # In a two-word quote one changed word is not a small change.
    assert grade_quote("substantial influence", ["Beijing seized substantial quantities of fentanyl."],
                       None).grade == NOT_FOUND
    assert grade_quote("a dangerous separatist", [passage], passage).grade == "altered"
    # Curly quotes, dashes and the Oxford comma fold away.
    assert grade_quote("candid, substantive, and constructive", ["They had candid, substantive and constructive "
                                                                  "talks."], None).grade == VERBATIM


def test_a_point_placed_at_another_occasion_is_contested(tmp_path):
    bangkok = readout_record(
        "https://www.whitehouse.gov/briefing-room/statements-releases/2024/01/27/bangkok/",
        "National Security Advisor Sullivan met Director Wang in Bangkok on January 26-27.",
        title="Readout of a Meeting in Bangkok", published=datetime(2024, 1, 27, 13, 0, tzinfo=UTC))
    engine = _record(tmp_path, bangkok)
    # The record names Bangkok, but for another meeting: the condolences were offered in Washington.
    elsewhere = _only_claim(engine, "At the Bangkok talks, Sullivan expressed his condolences on the death "
                                    "of former Premier Li Keqiang.")
    assert (elsewhere["verdict"], elsewhere["reasons"]) == ("contested", ["event_mismatch"])
    assert elsewhere["evidence"][0]["url"] == WH_READOUT.url
    # A place the record never names at all.
    nowhere = _only_claim(engine, "In Hanoi, Sullivan offered his condolences on the death of former Premier "
                                  "Li Keqiang.")
    assert (nowhere["verdict"], nowhere["reasons"]) == ("contested", ["place_mismatch"])
    engine.dispose()


def test_the_publishers_own_date_decides_what_came_after_the_article(tmp_path):
    # Published late on October 27 in Washington: already October 28 in UTC, still usable on the 27th.
    engine = _record(tmp_path)
    claim = check_text(engine, CONDOLENCES, date(2023, 10, 27), store=False)["claims"][0]
    assert claim["verdict"] == "supported"
    late = readout_record(
        "https://www.mfa.gov.cn/eng/2023-10-29.html",
        "Wang Yi said the two sides agreed to hold a dialogue on ocean affairs in December.", source="china-mfa",
        title="Readout", published=datetime(2023, 10, 29, 1, 0, tzinfo=UTC))
    store_readouts(engine, [late])
    later = check_text(engine, "Wang Yi said the two sides agreed to hold a dialogue on ocean affairs in December.",
                       date(2023, 10, 28), store=False)["claims"][0]
    assert (later["verdict"], later["reasons"], later["evidence"]) == ("unsourced", ["outside_window"], [])
    engine.dispose()


def test_a_leaders_family_name_alone_is_a_person():
    # "it was Marcos who ...": a head of state the offices list names is a person even with no title or
    # given name beside it, so the record giving the act to someone else names another doer.
    record = analyze("Vice President Harris pledged new coast guard cutters for the island states.")
    claim = analyze("Officials said it was Marcos who pledged new coast guard cutters for the island states.")
    assert find_conflicts(claim, record).reasons == (ACTOR_MISMATCH,)
    same = analyze("Officials said it was Harris who pledged new coast guard cutters for the island states.")
    assert find_conflicts(same, record).reasons == ()


def test_a_shared_given_name_does_not_make_two_people_one():
    record = analyze("Vice President Kamala Harris pledged new coast guard cutters for the island states.")
    other = analyze("Vice President Kamala Kirby pledged new coast guard cutters for the island states.")
    assert find_conflicts(other, record).reasons == (ACTOR_MISMATCH,)
    # The family name shared, the given name written or not: the same person.
    for same in ("Kamala Harris pledged new coast guard cutters for the island states.",
                 "Vice President Harris pledged new coast guard cutters for the island states."):
        assert find_conflicts(analyze(same), record).reasons == (), same
