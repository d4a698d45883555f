"""A month's name is a month only when written as one, capitalised: the modal "may" ("talks may resume") and
the verb "march" ("they march on parliament") name no month, so a record that has them in the claim's slot
gives no other month (rules.dates.date_in_the_same_place).

Constructed sentences (no labelled article's words). The lowercase pair fails on the engine that read every
"may" and "march" as a month; the capitalised pair beside it still gives another month in the same slot.
"""

from __future__ import annotations

import pytest

from verifier.normalize import analyze
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
