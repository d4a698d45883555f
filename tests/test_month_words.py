"""A month's name is a month only when written as one, capitalised, and only the whole word or its usual
abbreviation ("Dec.", "Sept"): "market" and "declared" start like a month and are none, so a date conflict
does not set them aside as its own words (normalize.is_month_key). Capitalised: the modal "may" ("talks may
resume") and the verb "march" ("they march on parliament") name no month, so a record that has them in the
claim's slot gives no other month (rules.dates.date_in_the_same_place).

Constructed sentences (no labelled article's words). The lowercase pair fails on the engine that read every
"may" and "march" as a month; the capitalised pair beside it still gives another month in the same slot.
"""

from __future__ import annotations

import pytest

from verifier.normalize import analyze, is_month_key
from verifier.rules.codes import DATE_MISMATCH
from verifier.rules.conflicts import find_conflicts
from verifier.rules.dates import date_in_the_same_place


@pytest.mark.parametrize(("claim", "record", "another_month"), [
    # The claim's verb "march" and the record's modal "may" after the same two words are no two months.
    ("The unions say they march to parliament on Friday.",
     "The unions say they may march to parliament this week.", False),
    ("The ministers agreed the talks may resume soon.",
     "The ministers agreed the talks march on regardless.", False),
    # Written capitalised, they are months: another month after "resume in" is still another date there.
    ("The ministers agreed the talks resume in March.",
     "The ministers agreed the talks resume in May.", True),
])
def test_a_month_word_in_lowercase_is_no_month(claim, record, another_month):
    assert date_in_the_same_place(analyze(claim), analyze(record), frozenset()) is another_month


def _first_key(word: str) -> str:
    return analyze(word).tokens[0].key


@pytest.mark.parametrize("word", ["December", "Dec.", "Sept", "Sept.", "September", "Mar.", "March", "Jan", "Feb."])
def test_a_month_word_is_a_month_however_the_record_and_news_abbreviate_it(word):
    assert is_month_key(_first_key(word))


@pytest.mark.parametrize("word", ["market", "declared", "separate", "marine", "junior", "octet", "novel", "augment",
                                  "janitor", "mayor", "decade", "apron"])
def test_a_word_that_only_starts_like_a_month_is_no_month(word):
    assert not is_month_key(_first_key(word))


def test_a_date_conflict_sets_aside_the_months_not_the_words_that_start_like_one():
    # The month differs: it is what the conflict is about; the market the record lacks is still the claim's point.
    conflict = find_conflicts(analyze("The ministers opened the new fish market in March."),
                              analyze("The ministers opened the new fish hall in June."))
    assert DATE_MISMATCH in conflict.reasons
    assert "march" in conflict.ignored
    assert _first_key("market") not in conflict.ignored
