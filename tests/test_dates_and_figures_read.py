"""Dates and figures the engine did not read: a month alone after the preposition that dates a deed
("launched in April"), a month counted from each text's own day ("next month" / "later this month"), a
numbered pillar, tier or stage of a programme, a figure bounded by "plus" after it ("50-plus years"), hundreds
spelt out ("six hundred and seventy million"), "inaugural" as the first and a "2+2" format as no count, a span
after "every" as how often, and the official long name of the United Kingdom, one country.

Each rule was found among the mismatches of the read sets; each test is constructed, with no article's words,
and fails on the code before the rule. A reading the rule must keep is asserted beside each.
"""

from __future__ import annotations

from datetime import date

from conftest import checked_against, filler_records
from test_verdict_rules import _decided, _in_window

from verifier.normalize import analyze
from verifier.rules.codes import DATE_MISMATCH, NUMBER_MISMATCH
from verifier.rules.conflicts import find_conflicts
from verifier.rules.dates import worded_date_conflict


def _worded(claim: str, record: str) -> tuple[str, ...]:
    return worded_date_conflict(analyze(claim), analyze(record)).reasons


def _number_conflict(claim: str, record: str) -> bool:
    return NUMBER_MISMATCH in find_conflicts(analyze(claim), analyze(record)).reasons


def test_a_month_alone_after_its_preposition_is_the_date_of_the_deed():
    record = ("Both agencies work through the joint Harbour Safety Board launched by Ministers Aalto and "
              "Brenner on May 12.")
    board = "The agencies work through a joint Harbour Safety Board, which Aalto and Brenner launched"
    assert _worded(f"{board} in June.", record) == (DATE_MISMATCH,)
    # The month of the record's day agrees.
    assert _worded(f"{board} in May.", record) == ()
    # "may" in lower case is the verb, and a month is a date only after a preposition that dates.
    assert _worded("The board Aalto and Brenner launched in may be dissolved soon.", record) == ()
    assert _worded("The board Aalto and Brenner launched, June said, works well.", record) == ()


def test_a_month_alone_that_is_the_records_own_month_dates_its_news_not_the_earlier_day_it_recalls():
    # The record is of April 1, 2024 (_in_window): its March 14 is the earlier meeting the call followed.
    record = "This call, which followed the March 14 meeting in Bergen, focused on harbour safety."
    claim = analyze("The ministers followed up with a call in April that focused on harbour safety.")
    weights = {key: 1.0 for key in claim.keys}
    assert _decided(claim, [_in_window(claim, weights, 1, record)], weights) == ("supported", [])
    in_june = analyze("The ministers followed up with a call in June that focused on harbour safety.")
    june_weights = {key: 1.0 for key in in_june.keys}
    assert _decided(in_june, [_in_window(in_june, june_weights, 2, record)], june_weights)[0] == "contested"


RECORD = filler_records(date(2024, 9, 2), [
    ("Joint Statement on Harbour Safety",
     "Together, we are partnering to make ports safer under our joint Harbour Safety Board launched by "
     "Ministers Aalto and Brenner on May 12."),
], slug="harbour")


def test_a_month_in_the_context_after_the_main_clause_is_still_read_against_the_record(tmp_path):
    # The main clause alone ("The two sides say they partner through a joint Harbour Safety Board") is the
    # record's point; the relative clause after it dates the board otherwise.
    claim = ("The two sides say they partner to make ports safer through a joint Harbour Safety Board, which "
             "Aalto and Brenner launched in June.")
    with checked_against(tmp_path / "record.db", RECORD) as check:
        other_month = check(claim, date(2024, 9, 3))
        same_month = check(claim.replace("June", "May"), date(2024, 9, 3))
    assert other_month["verdict"] == "contested" and other_month["reasons"] == [DATE_MISMATCH], other_month
    assert same_month["verdict"] == "supported", same_month


def test_next_month_and_later_this_month_are_counted_from_each_texts_own_day():
    # The article is of April 2, 2024, the record of April 1 (_decided, _in_window): "next month" is May, the
    # record's "later this month" April.
    talks = "The minister welcomed talks on fisheries, including ahead of the Bergen summit"
    claim = analyze(f"{talks} next month.")
    weights = {key: 1.0 for key in claim.keys}
    this_month = _in_window(claim, weights, 1, f"{talks} later this month.")
    next_month = _in_window(claim, weights, 2, f"{talks} next month.")
    assert _decided(claim, [this_month], weights) == ("contested", [DATE_MISMATCH])
    assert _decided(claim, [next_month], weights) == ("supported", [])
    # "The next month" is a span of time, not a calendar month.
    spanned = analyze("The minister welcomed talks on fisheries over the next month, ahead of the Bergen "
                      "summit.")
    spanned_weights = {key: 1.0 for key in spanned.keys}
    later = _in_window(spanned, spanned_weights, 3, "The minister welcomed talks on fisheries ahead of the "
                                                    "Bergen summit later this month.")
    assert _decided(spanned, [later], spanned_weights)[0] == "supported"


def test_a_numbered_pillar_tier_or_stage_is_another_part_under_another_number():
    record = ("Both ministers welcomed progress in pursuing cooperation on advanced research projects under "
              "Pillar 2 of the Ostland-Westmark Partnership (OWP) trilateral pact.")
    assert _number_conflict("The ministers hailed progress on the projects of Pillar 1 of OWP.", record)
    assert not _number_conflict("The ministers hailed progress on the projects of Pillar 2 of OWP.", record)
    assert _number_conflict("Ostland reached Stage 1 of the accession talks with OWP.",
                            "Ostland entered Stage 3 of the accession talks with the Ostland-Westmark "
                            "Partnership (OWP).")


def test_a_figure_with_plus_after_it_is_a_lower_bound_of_its_own_noun():
    record = "Ostland and Westmark have gone through 60-plus eventful years since their first treaty."
    assert _number_conflict("The two countries have been through more than 50 eventful years since their "
                            "first treaty.", record)
    assert not _number_conflict("The two countries have been through more than 60 eventful years since their "
                                "first treaty.", record)


def test_hundreds_spelt_out_are_one_number():
    assert [q.value for q in analyze("Six hundred and seventy million doses were shipped.").quantities] \
        == [670_000_000.0]
    assert [q.value for q in analyze("a hundred and twenty-five delegates").quantities] == [125.0]
    assert [q.value for q in analyze("hundreds of delegates").quantities] == []
    record = "Six hundred and seventy million doses were shipped to the islands this year."
    assert _number_conflict("Some 760 million doses were shipped to the islands this year.", record)
    assert not _number_conflict("Some 670 million doses were shipped to the islands this year.", record)


def test_the_united_kingdoms_long_name_is_one_country():
    claim = analyze("The statement pledged both countries to convene a first harbour safety summit.")
    weights = {key: 1.0 for key in claim.keys}
    sentence = "We commit to convene a first harbour safety summit."
    title = ("Joint Statement of the United States of America and the United Kingdom of Great Britain and "
             "Northern Ireland on Harbour Safety")
    assert _decided(claim, [_in_window(claim, weights, 1, sentence, title=title)], weights) \
        == ("supported", [])
    # A title that names three countries still counts three.
    three = title.replace("and the United Kingdom", ", Ireland and the United Kingdom")
    assert _decided(claim, [_in_window(claim, weights, 2, sentence, title=three)], weights) \
        == ("contested", [NUMBER_MISMATCH])


def test_an_inaugural_meeting_is_the_first_and_a_format_like_2_plus_2_counts_nothing():
    record = "The allies held the inaugural harbour 2+2 meeting in Bergen."
    assert [q.value for q in analyze(record).quantities] == [1.0]
    assert _number_conflict("The allies held their second such harbour 2+2 meeting in Bergen.", record)
    assert not _number_conflict("The allies held their first harbour 2+2 meeting in Bergen.", record)
    # Neither two of the "2+2" is a count of anything.
    assert analyze("The 2+2 talks resumed.").quantities == []


def test_a_span_after_every_says_how_often_not_how_long():
    claim = "The harbour agency would publish the first list of unsafe ports within 30 days."
    assert not _number_conflict(claim, "The harbour agency shall every 6 months publish a list of unsafe "
                                       "ports.")
    # A deadline of another length is still another figure.
    assert _number_conflict(claim, "The harbour agency shall publish within 6 months a list of unsafe ports.")


def test_a_figure_with_a_plus_after_it_keeps_its_scale():
    # "$40+ million" is forty million or more, not forty dollars.
    record = "The ministries plan to mobilize up to $40+ million over the next three years for the harbour fund."
    assert [q.value for q in analyze(record).quantities][:1] == [40_000_000.0]
    assert not _number_conflict("The ministries plan to mobilize roughly $40 million over three years for the "
                                "harbour fund.", record)
    assert _number_conflict("The ministries plan to mobilize roughly $60 million over three years for the "
                            "harbour fund.", record)
    # A format written with "+" still counts nothing.
    assert analyze("The 3+3 talks resumed.").quantities == []
