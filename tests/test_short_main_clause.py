"""A sentence the record does not state whole may be decided on its main clause, its context only spoken to
(checking._main_clause). A main clause too short to stand as a claim of its own ("Exports collapsed after ...")
gives no such reading: the first context clause is not decided on in its place, as if it were the point.

Constructed sentences (no labelled article's words). The short main clause fails on the engine that dropped it
and decided on the context clause after it; the long one beside it keeps its main-clause reading.
"""

from __future__ import annotations

from datetime import date

from conftest import check_claims, filler_records

RECORD = filler_records(date(2024, 9, 2), [
    ("Readout of the Fisheries Meeting",
     "Minister Aalto signed the fisheries accord in Bergen on Monday. Trawler crews across the north were "
     "consulted on the new cod quotas."),
], slug="fisheries")
CONTEXT = "which trawler crews across the north opposed bitterly for months."
MAIN_CLAUSE_READING = "(The rest of the sentence is context the record speaks to.)"


def test_a_main_clause_too_short_to_decide_on_is_not_replaced_by_its_context(tmp_path):
    short_main, long_main = check_claims(tmp_path / "record.db", RECORD, [
        # "Exports collapsed" is the point, and the record never says it: the accord is only when it happened.
        (f"Exports collapsed after Minister Aalto signed the fisheries accord in Bergen, {CONTEXT}",
         date(2024, 9, 3)),
        (f"Minister Aalto signed the fisheries accord in Bergen, {CONTEXT}", date(2024, 9, 3)),
    ])
    assert MAIN_CLAUSE_READING not in short_main["explanation"], short_main
    assert long_main["verdict"] == "supported" and MAIN_CLAUSE_READING in long_main["explanation"], long_main
