"""A sentence of the article's event that says the opposite of the claim's action, when the action is the claim's
heaviest word ("would wind down its consultations with allies ahead of the transition" / "will continue to
collaborate with allies"): as it stands it holds little of the claim's weight, too little for any floor, and it is
the very sentence the claim contradicts. It is read with the opposite standing for the claim's word, and must reach
the related score so read.

Constructed records and claims (no labelled article's words); the changed claim is unsourced without the reading.
"""

from __future__ import annotations

from datetime import date

from conftest import check_claims, filler_records

from verifier.rules.codes import OPPOSITE_ACTION

RECORD = filler_records(date(2024, 5, 6), [
    ("Fact Sheet: The Ministry Acts on Harbour Dredging",
     "The ministry announced new rules on harbour dredging. The ministry will continue to collaborate with the "
     "pilots' guilds on this question in the coming weeks."),
    # The claim's other words are common in the record, its action is not: the action weighs most.
    *[f"Ahead of the handover, the guilds met the port office on berth {n}." for n in range(1, 7)],
], slug="oppfloor")


def test_the_opposite_of_the_heaviest_word_is_found(tmp_path):
    changed, faithful = check_claims(tmp_path / "record.db", RECORD, [
        (text, date(2024, 5, 9)) for text in (
            "But it would wind down its consultations with the guilds ahead of the handover.",
            "The ministry said it would continue to collaborate with the pilots' guilds on dredging.",
        )])
    assert (changed["verdict"], changed["reasons"]) == ("contested", [OPPOSITE_ACTION]), changed
    assert faithful["verdict"] != "contested", faithful
