"""The rephrasing harness (tests/eval/rephrase.py) rewrites a claim without changing what it says."""

from datetime import date

from tests.eval.rephrase import (
    rewrite_capital,
    rewrite_date,
    rewrite_duration,
    rewrite_name,
    rewrite_number,
    rewrite_title,
    rewrite_weekday,
)


def test_counts_change_form_but_not_value():
    assert rewrite_number("The two envoys met for three hours.", []).claim == "The 2 envoys met for three hours."
    assert rewrite_number("Exports rose 5% in 2023.", []).claim == "Exports rose 5 percent in 2023."
    # A year, a day of the month or a quoted count is no count to rewrite.
    assert rewrite_number("They met on March 12, 2023.", []) is None
    assert rewrite_number('He said "two rounds" were held.', [(8, 20)]) is None


def test_dates_keep_their_day():
    assert rewrite_date("They met on March 12 in Lima.", []).claim == "They met on 12 March in Lima."
    # 12 March 2024 was a Tuesday; an article of May 2024 dates March in its own year.
    assert rewrite_weekday("They met on March 12 in Lima.", [], date(2024, 5, 1)).claim == \
        "They met on Tuesday, March 12 in Lima."
    # A later month than the article's is last year's.
    assert rewrite_weekday("They met on December 12 in Lima.", [], date(2024, 5, 1)).claim == \
        "They met on Tuesday, December 12 in Lima."


def test_durations_keep_their_length():
    assert rewrite_duration("The call lasted two hours.", []).claim == "The call lasted 120 minutes."
    # A rate is not a length.
    assert rewrite_duration("They will meet once a year.", []) is None


def test_people_keep_who_they_are():
    assert rewrite_name("Blinken met the minister.", []).claim == "Antony Blinken met the minister."
    assert rewrite_name("Wang Yi met the envoy.", []).claim == "Wang met the envoy."
    assert rewrite_title("President Biden met the envoy.", []).claim == "The U.S. president met the envoy."
    assert rewrite_title("Sullivan's talks with Wang ended.", []).claim == \
        "The national security adviser's talks with Wang ended."
    # The office is written already: nothing to replace.
    assert rewrite_title("National security adviser Jake Sullivan met Wang Yi.", []).change == "Wang Yi -> China's top diplomat"


def test_a_government_is_named_by_its_capital_only_as_a_subject():
    assert rewrite_capital("China agreed to resume the talks.", []).claim == "Beijing agreed to resume the talks."
    assert rewrite_capital("The envoy flew to China and agreed to talk.", []) is None
