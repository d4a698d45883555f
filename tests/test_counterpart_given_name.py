"""The other party of an occasion named with a given name the record does not write ("told Anna Kovar" against a
press conference that says "President Kovar"): the same person, not another occasion's (event_mismatch).

Constructed sentences and records (no labelled article's words); the test fails when the given name alone is looked
for in the publication.
"""

from __future__ import annotations

from datetime import date

from conftest import checked_against, filler_records

RECORD = filler_records(date(2024, 6, 3), [
    ("Remarks by President Marlow in Press Conference",
     "I had a long meeting with President Kovar this afternoon. So, fishing rights are going to always be on the "
     "table, I told her. We agreed that our ministers will meet again in the autumn."),
], slug="counterpart")


def test_a_counterparts_given_name_is_no_other_party(tmp_path):
    with checked_against(tmp_path / "record.db", RECORD) as check:
        verdict = check('President Marlow said he had told Anna Kovar that fishing rights would "always be on the '
                        'table."', date(2024, 6, 3))
    assert "event_mismatch" not in verdict["reasons"], verdict
    assert verdict["verdict"] == "supported", verdict
