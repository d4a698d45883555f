"""The rephrasing harness (tests/eval/rephrase.py) rewrites a claim without changing what it says."""

from datetime import date

from tests.eval.rephrase import (
    rewrite_capital,
    rewrite_capitals,
    rewrite_counterpart,
    rewrite_date,
    rewrite_duration,
    rewrite_event,
    rewrite_head,
    rewrite_level,
    rewrite_name,
    rewrite_negation,
    rewrite_number,
    rewrite_order,
    rewrite_pair,
    rewrite_relative,
    rewrite_round,
    rewrite_source,
    rewrite_title,
    rewrite_weekday,
    rewrite_wording,
    synonyms_the_engine_folds,
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
    # A month just after the article's may be ahead ("takes effect on June 3") or last year's: no weekday given.
    assert rewrite_weekday("The rule takes effect on June 3 in Lima.", [], date(2024, 5, 1)) is None


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
    assert rewrite_title("National security adviser Jake Sullivan met Wang Yi.", []).change == \
        "Wang Yi -> China's top diplomat"


def test_a_government_is_named_by_its_capital_only_as_a_subject():
    assert rewrite_capital("China agreed to resume the talks.", []).claim == "Beijing agreed to resume the talks."
    assert rewrite_capital("The envoy flew to China and agreed to talk.", []) is None


def test_a_relative_day_is_the_same_day_told_from_the_articles():
    # An article of Sunday, January 28, 2024: January 26 was the Friday before; January 10 earlier this month.
    sunday = date(2024, 1, 28)
    assert rewrite_relative("They met on January 26 in Bangkok.", [], sunday).claim == "They met on Friday in Bangkok."
    assert rewrite_relative("They met on January 10 in Bangkok.", [], sunday).claim == \
        "They met earlier this month in Bangkok."
    assert rewrite_relative("They met on December 12 in Bangkok.", [], sunday).claim == \
        "They met last month in Bangkok."
    assert rewrite_relative("They met in 2023 in Bangkok.", [], sunday).claim == "They met last year in Bangkok."
    # A weekday alone: Tuesday, January 30 is in the week of Thursday, February 1; Monday, January 22 the week before.
    thursday = date(2024, 2, 1)
    assert rewrite_relative("They met on Tuesday in Oslo.", [], thursday).claim == "They met earlier this week in Oslo."
    assert rewrite_relative("They met on Monday in Oslo.", [], date(2024, 1, 27)).claim == \
        "They met earlier this week in Oslo."
    assert rewrite_relative("They met on Friday in Oslo.", [], date(2024, 1, 30)).claim == "They met last week in Oslo."
    # A day to come, or one a Sunday may put in either week, is left alone.
    assert rewrite_relative("They will meet on Tuesday in Oslo.", [], thursday) is None
    assert rewrite_relative("They met on Sunday in Oslo.", [], thursday) is None


def test_a_rounded_figure_keeps_the_value_within_its_hedge():
    assert rewrite_round("The fund holds $553 million.", []).claim == "The fund holds more than $500 million."
    assert rewrite_round("They listed 47 ports.", []).claim == "They listed nearly 50 ports."
    assert rewrite_round("They listed 183 ports.", []).claim == "They listed about 180 ports."
    assert rewrite_round("They listed 145 ports.", []).claim == "They listed more than 140 ports."
    assert rewrite_round("The deficit is $1.2 trillion.", []).claim == "The deficit is more than $1 trillion."
    # A figure written round already, a small count, a year or a name is left alone.
    assert rewrite_round("The tariff is 25 percent.", []) is None
    assert rewrite_round("They listed 7 ports in 2023.", []) is None
    assert rewrite_round("It opened a Section 301 investigation under the 123 agreement.", []) is None


def test_a_place_at_another_level_is_the_same_place():
    assert rewrite_level("They met in Bangkok, Thailand on Friday.", []).claim == "They met in Thailand on Friday."
    assert rewrite_level("They met at the White House.", []).claim == "They met in Washington."


def test_a_negation_and_an_occasion_keep_their_meaning_in_other_words():
    assert rewrite_negation("China did not attend.", []).claim == "China didn't attend."
    assert rewrite_negation("He declined to comment.", []).claim == "He would not comment."
    assert rewrite_event("The summit ended on Friday.", []).claim == "The meeting ended on Friday."
    # A named summit is that summit, not any meeting.
    assert rewrite_event("The APEC summit ended on Friday.", []) is None
def test_two_parties_named_together_keep_who_they_are():
    assert rewrite_pair("President Biden and President Xi agreed to resume talks.", []).claim == \
        "The two leaders agreed to resume talks."
    assert rewrite_pair("The United States and China will hold talks on AI.", []).claim == \
        "The two countries will hold talks on AI."
    # The pair is not the subject: whom the talks were between, not who acted.
    assert rewrite_pair("The talks between Biden and Xi lasted four hours.", []) is None
    assert rewrite_capitals("The United States and China will hold talks.", []).claim == \
        "Washington and Beijing will hold talks."
    # The end of a longer list, or a place things happen in, is no pair of governments.
    assert rewrite_capitals("Japan, South Korea and the United States condemned it.", []) is None
    assert rewrite_capitals("Envoys travelled to Japan and China.", []) is None


def test_a_list_in_another_order_names_the_same_parties():
    assert rewrite_order("Japan, South Korea and the United States condemned the launch.", []).claim == \
        "The United States, South Korea and Japan condemned the launch."
    assert rewrite_order("Talks between Biden and Xi ended.", []).claim == "Talks between Xi and Biden ended."
    # "from ... to ..." says a direction: its order is part of the claim.
    assert rewrite_order("Flights from China to the United States resumed.", []) is None


def test_the_other_party_is_named_by_relation():
    assert rewrite_counterpart("Secretary Blinken met Wang Yi in Munich.", []).claim == \
        "Secretary Blinken met his Chinese counterpart in Munich."
    assert rewrite_counterpart("Yellen spoke with Li Qiang.", []).claim == "Yellen spoke with her Chinese counterpart."
    # Two officials of one government are no counterparts.
    assert rewrite_counterpart("Biden met Blinken.", []) is None


def test_a_source_is_widened_to_the_same_government():
    assert rewrite_source("The White House said Biden raised Taiwan.", (0, 15)).claim == \
        "U.S. officials said Biden raised Taiwan."
    assert rewrite_source("Biden raised Taiwan, the White House says.", (21, 36)).claim == \
        "Biden raised Taiwan, U.S. officials say."
    assert rewrite_source("Biden raised Taiwan.", None) is None


def test_the_governments_act_is_given_to_the_president_of_the_day():
    assert rewrite_head("The White House announced new steel tariffs.", [], date(2024, 4, 17)).claim == \
        "President Biden announced new steel tariffs."
    assert rewrite_head("The United States will provide $5 million.", [], date(2025, 6, 1)).claim == \
        "President Trump will provide $5 million."
    # What the White House said is its source phrase; a pair's second party does nothing of its own.
    assert rewrite_head("The White House said it would act.", [], date(2024, 4, 17)) is None
    assert rewrite_head("Talks between China and the United States will resume.", [], date(2024, 4, 17)) is None


def test_a_word_is_put_in_a_reporters_other_word_the_engine_does_not_fold():
    assert rewrite_wording("The two sides signed a memorandum.", []).claim == "The two sides inked a memorandum."
    assert rewrite_wording("Cooperation on energy will grow.", []).claim == "Collaboration on energy will grow."
    # Up to three words at once, as a paraphrase changes them; a quoted word is the quotation's, a capitalised
    # one inside the sentence a name's.
    assert rewrite_wording('They "signed" it and praised the deal.', [(5, 13)]).claim == \
        'They "signed" it and commended the agreement.'
    assert rewrite_wording("Leaders signed the Paris Agreement and praised significant important vital aid.",
                           []).claim == "Heads inked the Paris Agreement and commended significant important vital aid."
    # A pair the engine already reads as one word measures its alias file, not its scorer: left out.
    folded = synonyms_the_engine_folds()
    assert "reaffirmed" in folded and "signed" not in folded
    assert rewrite_wording("The leaders reaffirmed their commitment.", []).claim == \
        "The heads reaffirmed their commitment."
