"""Figures and dates as the claim and the record write them: a figure one side copies with its bound, a figure the
claim's own context gives, a support that dates the point as the claim does, a relative year of another year's
publication.

Each rule was found among the false contests of the read sets (a supported or unsourced claim the engine contested
with number_mismatch or date_mismatch); each test is constructed, with no article's words, and fails on the code
before the rule. A contradiction the rule must keep is asserted beside each.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from tests.test_verdict_rules import _conflicts, _decided, _in_window
from verifier.normalize import analyze
from verifier.rules.codes import DATE_MISMATCH, NUMBER_MISMATCH, Anchor
from verifier.rules.conflicts import find_conflicts
from verifier.rules.dates import relative_year_conflict
from verifier.verdicts import _main_clause_times


def test_a_figure_the_record_writes_with_the_claims_bound_is_the_claims_in_other_words():
    claim = "Nearly 300 relief workers from four provinces joined the rescue."
    # The record copies "nearly 300" and counts them as volunteers; its 120 relief workers are other people.
    assert NUMBER_MISMATCH not in _conflicts(
        claim, "The governor thanked 120 local relief workers and nearly 300 volunteers from four provinces.")
    # Another figure under the same bound is still another value of the claim's.
    assert NUMBER_MISMATCH in _conflicts(
        claim, "The governor thanked 120 local relief workers and nearly 400 volunteers from four provinces.")
    # So is the record's other count when it never writes the claim's figure.
    assert NUMBER_MISMATCH in _conflicts(claim, "The governor thanked 120 relief workers from four provinces.")


def test_a_figure_the_claims_context_gives_is_no_other_value_of_its_main_clause():
    text = ("The two ministries announced grants worth about $40 million, including roughly $25 million for clinics "
            "and some $9 million for school meals.")
    claim = analyze(text)
    # The main clause alone is compared, as decide compares it: the context's figures are context.
    main = _main_clause_times(claim, text.index(", including"))
    assert {q.value for q in main.quantities if q.unit == "$"} == {40e6}
    # The record gives the context's $9 million: the claim states that figure too, and it is no other value of
    # the $40 million.
    nine = analyze("Grants for school meals of approximately $9 million were announced.")
    assert find_conflicts(main, nine).reasons == ()
    # A figure the claim never gives is still another value of the main clause's.
    twelve = analyze("Grants for school meals of approximately $12 million were announced.")
    assert find_conflicts(main, twelve).reasons == (NUMBER_MISMATCH,)


def test_a_support_need_not_count_what_it_names_otherwise_when_only_a_date_is_in_conflict():
    claim = analyze("The minister praised progress in ties between the two countries since the king's state visit to "
                    "Oslo last October.")
    weights = {key: 1.0 for key in claim.keys}
    other_visit = _in_window(claim, weights, 1, "The minister praised progress in strengthening ties since the "
                                                "queen's state visit to Oslo in March.")
    support = _in_window(claim, weights, 2, "The minister praised the progress made in bilateral ties since the "
                                            "king's state visit to Oslo last October.")
    assert _decided(claim, [other_visit], weights) == ("contested", [DATE_MISMATCH])
    # The support dates the visit as the claim does; it calls the ties bilateral instead of counting the countries.
    assert _decided(claim, [other_visit, support], weights) == ("supported", [])
    # One that dates it otherwise confirms nothing.
    wrong_month = _in_window(claim, weights, 3, "The minister praised the progress made in bilateral ties since the "
                                                "king's state visit to Oslo last November.")
    assert _decided(claim, [other_visit, wrong_month], weights)[0] == "contested"


def test_a_relative_year_of_a_publication_from_outside_the_articles_weeks_is_that_years():
    anchor = Anchor(date=datetime(2024, 4, 2, 23, 59, tzinfo=UTC), known=True, day=date(2024, 4, 2))
    claim = analyze("The two leaders agreed to hold a summit on fisheries later this year.")
    record = "Both leaders agreed to hold a fisheries dialogue by the end of the year."
    recent = _in_window(claim, {key: 1.0 for key in claim.keys}, 1, record)
    # Published in the article's weeks, "by the end of the year" is the claim's year: no conflict.
    assert relative_year_conflict(claim, recent, anchor, None).reasons == ()
    # And a claim giving the next year is contradicted by it.
    next_year = analyze("The two leaders agreed to hold a summit on fisheries next year.")
    assert relative_year_conflict(next_year, recent, anchor, None).reasons == (DATE_MISMATCH,)
    # Two years earlier, the record's "end of the year" is its own year's plan: it dates another occasion.
    hit = recent.hits[0]
    old = replace(recent, hits=(replace(hit, published=datetime(2022, 5, 21, 12, 0, tzinfo=UTC),
                                        published_text="May 21, 2022"),), in_window=False)
    assert relative_year_conflict(claim, old, anchor, None).reasons == ()
    # A year the record writes out is compared wherever it was published.
    written = _in_window(claim, {key: 1.0 for key in claim.keys}, 2,
                         "Both leaders agreed to hold a fisheries dialogue by the end of 2022.")
    assert relative_year_conflict(claim, replace(written, in_window=False), anchor, None).reasons == (DATE_MISMATCH,)



def test_a_record_that_counts_the_claims_year_in_its_words_names_it_beside_the_years_it_writes_out():
    anchor = Anchor(date=datetime(2024, 4, 2, 23, 59, tzinfo=UTC), known=True, day=date(2024, 4, 2))
    claim = analyze("Nearly 60 clinics opened in the valley this year, the ministry said.")
    weights = {key: 1.0 for key in claim.keys}
    # The record writes out another year of another clause ("since 2011") and counts the clinics' year as the
    # claim does: it names the claim's year.
    both = _in_window(claim, weights, 1, "The ministry has built 300 clinics since 2011, including nearly 60 that "
                                         "opened in the valley this year.")
    assert relative_year_conflict(claim, both, anchor, None).reasons == ()
    # One that counts another year in its words, beside the one it writes out, still dates it otherwise.
    last = _in_window(claim, weights, 2, "The ministry has built 300 clinics since 2011, including nearly 60 that "
                                         "opened in the valley last year.")
    assert relative_year_conflict(claim, last, anchor, None).reasons == (DATE_MISMATCH,)
    # And one that only writes out another year too.
    written = _in_window(claim, weights, 3, "The ministry has built 300 clinics since 2011, including nearly 60 "
                                            "that opened in the valley in 2022.")
    assert relative_year_conflict(claim, written, anchor, None).reasons == (DATE_MISMATCH,)

def test_a_yearly_figure_of_another_year_is_another_figure():
    claim = analyze("The trade surplus with Chile stood at $4.1 billion last year, officials said.")
    weights = {key: 1.0 for key in claim.keys}
    # "Last year" is 2023 for the article of April 2024: the record's 2022 figure is another year's, and neither its
    # value nor its year contradicts the claim's (nor does it state it).
    older = _in_window(claim, weights, 1, "The trade surplus with Chile was $3.2 billion in 2022.")
    assert _decided(claim, [older], weights)[0] == "unsourced"
    # The same year's other figure is a contradiction.
    same_year = _in_window(claim, weights, 2, "The trade surplus with Chile was $3.2 billion in 2023.")
    assert _decided(claim, [same_year], weights) == ("contested", [NUMBER_MISMATCH])
    # So is another year alone, when the figure is the claim's.
    same_figure = _in_window(claim, weights, 3, "The trade surplus with Chile was $4.1 billion in 2022.")
    assert _decided(claim, [same_figure], weights) == ("contested", [DATE_MISMATCH])
